"""The application layer: one function per user-visible operation, shared by CLI and web.

Queries take the engine and return plain records (dataclasses with `as_json()`,
TypedDicts) ready to print or render; they never write. Commands take a
`UnitOfWork` first (its actor is who acts: "alice", "web:alice", "job:…") and
commit it; every one leaves an audit event and is listed in `COMMANDS`.

Modules and their public functions (commands marked *):

- queue: list_actions, show_action, approve*, reject*, extend*
- contacts: list_contacts, show_contact, add*, edit*, erase*, extract, promote
- register: import_csv* (also its dry run), export_csv
- enquiries: list_enquiries, show_enquiry, promote*, delete*
- chats: list_chats, show_chat, promote*, delete*
- newsletter: optouts, subscribers
- outbox: list_outbox, waiting, retry*
- audit: list_events, verify_chain
- messages: list_messages, show_message, why, check_filters, handled
- retention: prune*
- corrections: list_corrections, relabel*, learn*
- base: unit(service, actor), open_database(settings), reading(engine), NotFound, Refused

Errors: NotFound / Refused carry the one line the CLI prints.
"""

from __future__ import annotations

from mailbot.app import (
    audit,
    chats,
    contacts,
    corrections,
    enquiries,
    messages,
    newsletter,
    outbox,
    queue,
    register,
    retention,
)
from mailbot.app.base import COMMANDS, NotFound, Refused, open_database, reading, unit

__all__ = [
    "COMMANDS",
    "NotFound",
    "Refused",
    "audit",
    "chats",
    "contacts",
    "corrections",
    "enquiries",
    "messages",
    "newsletter",
    "open_database",
    "outbox",
    "queue",
    "reading",
    "register",
    "retention",
    "unit",
]
