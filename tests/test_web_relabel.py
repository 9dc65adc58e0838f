"""Correcting the classifier from a message's page in the console (issue 8 item 5).

The console records the same correction as `mailbot relabel`, named for the logged-in
reviewer; the next poll carries it out (tested end to end in test_corrections*). Staff
may not see or make newsletter opt-outs (REGISTER.md), here as everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.models import AuditEvent, Correction, InboundMessage
from tests.test_web_attacks import ADMIN, AGENT, STAFF, Site, _csrf


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    s = Site(tmp_path)
    yield s
    s.close()


def _message(site: Site, requests: list[str] | None = None) -> int:
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    with Session(site.engine) as s:
        row = InboundMessage(
            mailbox="info@example.com/INBOX",
            item_key=f"1:{7 + len(requests or [])}",
            message_id=f"<unsure-{len(requests or [])}@example.org>",
            dedup_key="d" * 64,
            processed_at=now,
            sender="aino@example.org",
            subject="Tiedot",
            kind="data_request" if requests else "other",
            requests=requests or [],
            status="unsure",
            flagged=True,
            confidence=0.4,
        )
        s.add(row)
        s.commit()
        assert row.id is not None
        return row.id


def test_staff_correct_an_unsure_message_and_the_page_shows_it(site: Site) -> None:
    mid = _message(site)
    staff = site.login(STAFF)
    page = staff.get(f"/messages/{mid}").text
    assert f'action="/messages/{mid}/relabel"' in page
    r = staff.post(
        f"/messages/{mid}/relabel",
        data={"csrf": _csrf(staff), "kind": "data_request", "request": "erasure"},
    )
    assert r.status_code == 303, r.text
    with Session(site.engine) as s:
        [corr] = s.exec(select(Correction)).all()
        assert (corr.inbound_id, corr.new_kind, corr.new_request) == (
            mid,
            "data_request",
            "erasure",
        )
        assert (corr.by, corr.status, corr.old_kind) == (STAFF, "pending", "other")
        [event] = s.exec(select(AuditEvent).where(AuditEvent.action == "relabel")).all()
        assert event.actor == STAFF
    again = staff.get(f"/messages/{mid}").text
    assert 'id="corrections"' in again and "erasure" in again and "pending" in again


def test_a_request_is_ignored_unless_the_kind_is_data_request(site: Site) -> None:
    mid = _message(site)
    staff = site.login(STAFF)
    staff.post(
        f"/messages/{mid}/relabel",
        data={"csrf": _csrf(staff), "kind": "automatic", "request": "erasure"},
    )
    with Session(site.engine) as s:
        [corr] = s.exec(select(Correction)).all()
        assert (corr.new_kind, corr.new_request) == ("automatic", None)


def test_bad_labels_are_refused_with_a_message(site: Site) -> None:
    mid = _message(site)
    staff = site.login(STAFF)
    for form in ({"kind": "spam"}, {"kind": "data_request", "request": ""}):
        r = staff.post(f"/messages/{mid}/relabel", data={"csrf": _csrf(staff), **form})
        assert r.status_code == 400 and ("unknown kind" in r.text or "needs a REQUEST" in r.text)
    assert (
        staff.post(
            "/messages/999/relabel", data={"csrf": _csrf(staff), "kind": "other"}
        ).status_code
        == 404
    )
    with Session(site.engine) as s:
        assert s.exec(select(Correction)).all() == []


def test_opt_outs_stay_the_administrators(site: Site) -> None:
    mid = _message(site)
    unsub = _message(site, ["unsubscribe"])
    staff = site.login(STAFF)
    token = _csrf(staff)
    as_unsub = {"csrf": token, "kind": "data_request", "request": "unsubscribe"}
    assert staff.post(f"/messages/{mid}/relabel", data=as_unsub).status_code == 403
    r = staff.post(f"/messages/{unsub}/relabel", data={"csrf": token, "kind": "other"})
    assert r.status_code == 403
    agent = site.login(AGENT)
    r = agent.post(f"/messages/{mid}/relabel", data={"csrf": _csrf(agent), "kind": "other"})
    assert r.status_code == 403
    with Session(site.engine) as s:
        assert s.exec(select(Correction)).all() == []
    admin = site.login(ADMIN)
    assert (
        admin.post(
            f"/messages/{mid}/relabel",
            data={"csrf": _csrf(admin), **{**as_unsub, "csrf": _csrf(admin)}},
        ).status_code
        == 303
    )
