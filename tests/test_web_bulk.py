"""Bulk decisions in the console: each stands alone, and the note says which were not made."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlmodel import Session, select

from mailbot.models import QueuedAction
from tests.test_web_attacks import STAFF, Site, _csrf


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    s = Site(tmp_path)
    yield s
    s.close()


def _action(site: Site, email: str, status: str = "pending") -> int:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with Session(site.engine) as s:
        a = QueuedAction(
            action="objection",
            email=email,
            status=status,
            verification="authenticated",
            language="fi",
            text="Älkää soittako minulle.",
            received_at=now,
            due=now + timedelta(days=30),
        )
        s.add(a)
        s.commit()
        assert a.id is not None
        return a.id


def test_one_that_cannot_be_decided_does_not_hide_the_others(site: Site) -> None:
    first = _action(site, "aino@example.org")
    decided = _action(site, "eino@example.org", status="applied")
    last = _action(site, "sanni@example.org")
    staff = site.login(STAFF)
    r = staff.post(
        "/queue/bulk",
        content="&".join(
            [f"csrf={_csrf(staff, '/queue')}", "decision=reject", "reason=Ei+perustetta"]
            + [f"ids={i}" for i in (first, decided, last)]
        ).encode(),
    )
    assert r.status_code == 303, r.text
    with Session(site.engine) as s:
        status = {a.id: a.status for a in s.exec(select(QueuedAction)).all()}
    assert status == {first: "rejected", decided: "applied", last: "rejected"}
    page = staff.get(r.headers["location"]).text
    note = re.search(r'class="note"[^>]*>([^<]+)<', page)
    assert note, page[:500]
    assert "2" in note[1] and f"#{decided}" in note[1] and f"#{first}" not in note[1]
    assert parse_qs(urlsplit(r.headers["location"]).query)["note"]  # signed, not plain text
