"""Each data-subject request type (SPEC §2 `request` values), declared once.

What kind of request it is decides the rung of the SPEC §3 ladder it takes
(handlers/requests.py reads these flags, not lists of names), and `templates` names
every mail it can cause, so a test can check that each exists in fi, sv and en.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RequestType:
    name: str
    personal: bool  # about the person's data: identity rules of SPEC §3 apply
    queued: bool  # a person reviews it (a QueuedAction; approve/reject/extend mail)
    held: bool  # an unregistered address about whom data is held may ask it too
    templates: tuple[str, ...]


_CHECK = ("identity_check", "no_data")
_QUEUE = ("request_received", "result_applied", "result_rejected", "deadline_extended")

REQUEST_TYPES: dict[str, RequestType] = {
    t.name: t
    for t in (
        RequestType("access", True, False, True, ("extract", *_CHECK)),
        RequestType("rectification", True, True, False, (*_QUEUE, *_CHECK)),
        RequestType("erasure", True, True, True, (*_QUEUE, *_CHECK)),
        RequestType("objection", True, True, False, (*_QUEUE, *_CHECK)),
        RequestType("subscribe", False, False, False, ("subscribe_confirm", "subscribed")),
        RequestType(
            "unsubscribe",
            False,
            False,
            False,
            ("unsubscribed", "not_subscribed", "unsubscribe_confirm", "subscribed"),
        ),
        RequestType("personnel", False, False, False, ("personnel_forward", "personnel_forwarded")),
    )
}

PERSONAL = tuple(n for n, t in REQUEST_TYPES.items() if t.personal)
QUEUED = tuple(n for n, t in REQUEST_TYPES.items() if t.queued)
HELD = tuple(n for n, t in REQUEST_TYPES.items() if t.held)
