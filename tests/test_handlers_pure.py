"""Issue 9 item 3: the request handlers are pure — every cell of SPEC §3, in memory.

No database, no Dovecot, no SMTP: a parsed message, a classification and a Snapshot in;
typed intents out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mailbot import clock
from mailbot.classify import KINDS as CLASSIFIED
from mailbot.classify import Classification
from mailbot.config import DEFAULT_FOLDERS, Settings
from mailbot.handlers import KINDS, decide, handle
from mailbot.handlers.base import Context, Effects
from mailbot.identity import Identity
from mailbot.intents import (
    ActivateContact,
    ApplyUnsubscribe,
    Audit,
    ConfirmationView,
    ConfirmSubscription,
    ContactView,
    Erase,
    ForwardToCeo,
    IssueConfirmation,
    QueueAction,
    RecordConsent,
    SendExtract,
    SendReply,
    Snapshot,
    Touch,
    UndoUnsubscribe,
    UseConfirmation,
)
from mailbot.parsing import Message, parse
from tests.helpers import make_mail

NOW = datetime(2026, 11, 12, 8, 0, tzinfo=UTC)
SAM = "sam@example.net"
CEO = "ceo@plaza.example.com"
CONTACT = ContactView(
    id=7, email=SAM, name="Sam Example", language="en", newsletter=True, status="active"
)
UNSUBSCRIBED = ContactView(
    id=7, email=SAM, name="Sam Example", language="en", newsletter=False, status="active"
)
QUEUED = ("rectification", "erasure", "objection")


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with clock.frozen(NOW):
        yield


CTX = Context.of(
    Settings.model_validate(
        {
            "mailbox": {"url": "maildir:/nonexistent"},
            "smtp": {"url": "file:/nonexistent", "from": "info@plaza.example.com"},
            "database": {"url": "sqlite://"},
            "organisation": {"name": "Plaza", "ceo_email": CEO},
        }
    )
)


def message(body: str = "Please.", sender: str = f"Sam Example <{SAM}>", **kw: Any) -> Message:
    return parse(make_mail(body, sender=sender, **kw))


def who(
    registered: bool, authenticated: bool, address: str | None = SAM, suppressed: bool = False
) -> Identity:
    return Identity(address, 7 if registered else None, authenticated, suppressed, "test")


def run(
    kind: str,
    requests: list[str],
    snap: Snapshot,
    msg: Message | None = None,
    **cls_kw: Any,
) -> Effects:
    msg = msg or message()
    cls = Classification(kind, requests=requests, **cls_kw)
    return decide(msg, cls, CTX, snap, handle(msg, cls, CTX))


def types(effects: Effects) -> list[str]:
    return [type(i).__name__ for i in effects.intents]


def replies(effects: Effects) -> list[tuple[str, str]]:
    """(to, template) of every mail the intents send, confirmation mails included."""
    out = []
    for i in effects.intents:
        if isinstance(i, (SendReply, IssueConfirmation)):
            out.append((i.reply.to, i.reply.template))
        elif isinstance(i, ForwardToCeo):
            out.append((CEO, "personnel_forward"))
    return out


def only(effects: Effects, kind: type) -> Any:
    [found] = [i for i in effects.intents if isinstance(i, kind)]
    return found


# ----------------------------------------------------------------------------- registered + authenticated
def test_registered_authenticated_access_sends_the_extract_to_the_registered_address() -> None:
    e = run("data_request", ["access"], Snapshot(who(True, True), CONTACT))
    assert types(e) == ["Touch", "SendExtract"]
    assert only(e, SendExtract).to == SAM and only(e, SendExtract).contact_id == 7
    assert only(e, Touch) == Touch(7)


@pytest.mark.parametrize("asked", QUEUED)
def test_registered_authenticated_change_is_queued_for_review(asked: str) -> None:
    e = run("data_request", [asked], Snapshot(who(True, True), CONTACT))
    action = only(e, QueueAction)
    assert (action.action, action.email, action.contact_id) == (asked, SAM, 7)
    assert action.verification == "authenticated"
    assert action.due.date() == datetime(2026, 12, 12).date()  # received + one month
    assert replies(e) == [(SAM, "request_received")]


def test_registered_authenticated_subscribe_asks_double_opt_in() -> None:
    e = run("data_request", ["subscribe"], Snapshot(who(True, True), UNSUBSCRIBED))
    conf = only(e, IssueConfirmation)
    assert (conf.purpose, conf.email, conf.contact_id) == ("subscribe", SAM, 7)
    assert only(e, RecordConsent).event == "requested"
    assert replies(e) == [(SAM, "subscribe_confirm")]
    assert not any(isinstance(i, ConfirmSubscription) for i in e.intents)


def test_registered_authenticated_unsubscribe_applies_at_once() -> None:
    e = run("data_request", ["unsubscribe"], Snapshot(who(True, True), CONTACT))
    assert only(e, ApplyUnsubscribe) == ApplyUnsubscribe(7, "authenticated", only_via(e))
    assert replies(e) == [(SAM, "unsubscribed")]


def only_via(e: Effects) -> str:
    return only(e, ApplyUnsubscribe).via


# ----------------------------------------------------------------------------- registered, not authenticated
@pytest.mark.parametrize("asked", ["access", *QUEUED])
def test_registered_unauthenticated_gets_an_identity_check_first(asked: str) -> None:
    e = run("data_request", [asked], Snapshot(who(True, False), CONTACT))
    conf = only(e, IssueConfirmation)
    assert (conf.purpose, conf.email, conf.contact_id) == ("identity", SAM, 7)
    assert conf.payload["requests"] == [asked]
    assert replies(e) == [(SAM, "identity_check")]
    assert not any(isinstance(i, (QueueAction, SendExtract, Touch)) for i in e.intents)


def test_registered_unauthenticated_subscribe_gets_the_confirmation_mail() -> None:
    e = run("data_request", ["subscribe"], Snapshot(who(True, False), UNSUBSCRIBED))
    assert only(e, IssueConfirmation).purpose == "subscribe"


def test_registered_unauthenticated_unsubscribe_applies_with_an_undo() -> None:
    e = run("data_request", ["unsubscribe"], Snapshot(who(True, False), CONTACT))
    assert only(e, ApplyUnsubscribe).verification == "unverified"
    undo = only(e, IssueConfirmation)
    assert (undo.purpose, undo.token_key, undo.reply.template) == (
        "resubscribe",
        "undo_token",
        "unsubscribed",
    )


# ----------------------------------------------------------------------------- not registered
@pytest.mark.parametrize("auth", [True, False])
@pytest.mark.parametrize("asked", ["access", *QUEUED])
def test_unregistered_gets_the_no_data_words_and_nothing_is_queued(asked: str, auth: bool) -> None:
    e = run("data_request", [asked], Snapshot(who(False, auth)))
    assert types(e) == ["SendReply"]
    assert replies(e) == [(SAM, "no_data")]


def test_unregistered_hears_no_data_once_for_several_requests() -> None:
    e = run("data_request", ["access", "erasure"], Snapshot(who(False, True)))
    assert replies(e) == [(SAM, "no_data")]


def test_unregistered_subscribe_asks_consent_to_storage_and_newsletter() -> None:
    e = run("data_request", ["subscribe"], Snapshot(who(False, False)))
    conf = only(e, IssueConfirmation)
    assert (conf.purpose, conf.email, conf.contact_id) == ("subscribe", SAM, None)
    assert conf.reply.context["registered"] is False
    assert not any(isinstance(i, RecordConsent) for i in e.intents)


def test_unregistered_unsubscribe_is_told_not_subscribed() -> None:
    e = run("data_request", ["unsubscribe"], Snapshot(who(False, True)))
    assert replies(e) == [(SAM, "not_subscribed")]
    assert not any(isinstance(i, ApplyUnsubscribe) for i in e.intents)


def test_unregistered_with_data_held_is_checked_then_served() -> None:
    e = run("data_request", ["access"], Snapshot(who(False, False), holds_data=True))
    conf = only(e, IssueConfirmation)
    assert (conf.purpose, conf.email, conf.contact_id) == ("identity", SAM, None)
    e = run("data_request", ["access", "erasure"], Snapshot(who(False, True), holds_data=True))
    assert types(e) == ["SendExtract", "QueueAction", "SendReply"]
    assert only(e, QueueAction).contact_id is None


# ----------------------------------------------------------------------------- who cannot ask
def test_unverified_sender_is_flagged_and_nothing_is_done() -> None:
    e = run("data_request", ["access", "erasure"], Snapshot(who(False, False, address=None)))
    assert e.intents == [] and e.flag
    assert "sender unverified" in (e.note or "")


def test_erased_address_is_not_answered() -> None:
    e = run("data_request", ["access"], Snapshot(who(False, True, suppressed=True)))
    assert e.intents == [] and not e.flag


def test_personnel_request_is_forwarded_to_the_ceo_and_the_sender_told() -> None:
    msg = message(subject="Palkkatiedot")
    e = run("data_request", ["personnel"], Snapshot(who(False, False)), msg)
    assert only(e, ForwardToCeo) == ForwardToCeo(SAM, "Palkkatiedot")
    assert replies(e) == [(CEO, "personnel_forward"), (SAM, "personnel_forwarded")]
    assert only(e, Audit).action == "forward_personnel"
    assert not any(isinstance(i, SendExtract) for i in e.intents)


def test_replies_go_to_the_registered_address_never_reply_to() -> None:
    msg = message(headers={"Reply-To": "thief@example.org"}, body="Body names thief@example.org")
    e = run("data_request", ["access", "erasure"], Snapshot(who(True, True), CONTACT), msg)
    assert {to for to, _ in replies(e)} | {only(e, SendExtract).to} == {SAM}


# ----------------------------------------------------------------------------- on behalf of another
def form(email: str, requests: list[str]) -> tuple[Message, dict[str, Any]]:
    msg = message(sender="WordPress <wordpress@plaza.example.com>", subject="Yhteydenotto")
    fields = {"email": email, "name": "Someone", "message": "Poistakaa tietoni"}
    return msg, {"fields": fields}


def test_form_unsubscribe_for_a_registered_address_only_asks_that_address() -> None:
    msg, kw = form(SAM, ["unsubscribe"])
    snap = Snapshot(who(True, False), CONTACT)
    e = run("contact_form", ["unsubscribe"], snap, msg, **kw)
    assert not any(isinstance(i, ApplyUnsubscribe) for i in e.intents)
    assert only(e, IssueConfirmation).purpose == "unsubscribe"
    assert (SAM, "unsubscribe_confirm") in replies(e)


def test_form_request_for_a_registered_address_is_an_identity_check_to_it() -> None:
    msg, kw = form(SAM, ["access", "erasure"])
    e = run("contact_form", ["access", "erasure"], Snapshot(who(True, False), CONTACT), msg, **kw)
    assert only(e, IssueConfirmation).email == SAM
    assert not any(isinstance(i, (SendExtract, QueueAction)) for i in e.intents)


def test_form_about_an_unregistered_address_holds_its_own_enquiry() -> None:
    msg, kw = form(SAM, ["access"])
    e = run("contact_form", ["access"], Snapshot(who(False, False)), msg, **kw)
    assert only(e, IssueConfirmation).purpose == "identity"  # the form itself is data held


# ----------------------------------------------------------------------------- confirmations
def confirmation(
    purpose: str = "identity",
    email: str = SAM,
    contact_id: int | None = 7,
    expires: timedelta = timedelta(days=3),
    used: bool = False,
    **payload: Any,
) -> ConfirmationView:
    return ConfirmationView(
        id=5,
        purpose=purpose,
        email=email,
        contact_id=contact_id,
        payload={"language": "en", **payload},
        created_at=NOW - timedelta(days=1),
        expires_at=NOW + expires,
        used=used,
    )


def answer(decision: str | None, conf: ConfirmationView | None, **snap: Any) -> Effects:
    snap.setdefault("contact", CONTACT)
    s = Snapshot(who(True, False), confirmation=conf, **snap)
    return run("confirmation", [], s, decision=decision, token="tok")


def test_identity_accept_carries_out_the_waiting_requests() -> None:
    e = answer("accept", confirmation(requests=["access", "erasure"]))
    assert types(e)[:2] == ["UseConfirmation", "Audit"]
    assert only(e, UseConfirmation) == UseConfirmation(5, "accept")
    assert only(e, SendExtract).to == SAM
    assert only(e, QueueAction).verification == "identity_confirmed"


def test_identity_decline_does_nothing_more() -> None:
    e = answer("decline", confirmation(requests=["erasure"]))
    assert types(e) == ["UseConfirmation", "Audit"]


def test_expired_confirmation_is_spent_and_not_acted_on() -> None:
    e = answer("accept", confirmation(expires=timedelta(seconds=-1), requests=["erasure"]))
    assert e.intents == [UseConfirmation(5, "expired")]


def test_forged_or_unknown_token_is_flagged() -> None:
    e = answer("accept", None, contact=None)
    assert e.intents == [] and e.flag and "unknown token" in (e.note or "")


def test_answer_from_another_address_is_ignored() -> None:
    e = answer("accept", confirmation(email="other@example.org", requests=["erasure"]))
    assert e.intents == [] and e.flag


def test_used_token_counts_once() -> None:
    e = answer("accept", confirmation(used=True, requests=["erasure"]))
    assert e.intents == [] and "already used" in (e.note or "")


def test_consent_accept_activates_and_decline_erases() -> None:
    assert only(answer("accept", confirmation("consent")), ActivateContact).contact_id == 7
    erase = only(answer("decline", confirmation("consent")), Erase)
    assert erase == Erase(SAM, 7, "consent_refused")


def test_subscription_accept_makes_an_active_subscriber() -> None:
    e = answer("accept", confirmation("subscribe", contact_id=None, name="Sam"), contact=None)
    sub = only(e, ConfirmSubscription)
    assert (sub.email, sub.contact_id, sub.name) == (SAM, None, "Sam")
    assert replies(e) == [(SAM, "subscribed")]


def test_resubscribe_accept_undoes_an_unverified_unsubscribe() -> None:
    e = answer("accept", confirmation("resubscribe"), contact=UNSUBSCRIBED)
    assert only(e, UndoUnsubscribe).contact_id == 7


def test_answer_not_understood_is_left_for_a_person() -> None:
    e = answer(None, confirmation(requests=["erasure"]))
    assert e.intents == [] and e.flag


# ----------------------------------------------------------------------------- declarations
def test_every_kind_is_declared_once_with_its_handler() -> None:
    names = [k.name for k in KINDS]
    assert sorted(names) == sorted(CLASSIFIED) and len(set(names)) == len(names)
    assert set(DEFAULT_FOLDERS) - {"unprocessable"} == set(names) - {"other"}


def test_other_mail_from_a_registered_address_counts_as_dealings() -> None:
    e = run("other", [], Snapshot(who(True, False), CONTACT))
    assert e.intents == [Touch(7)]
    assert run("other", [], Snapshot(who(False, False))).intents == []
