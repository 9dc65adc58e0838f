"""The console's contact edit: a field emptied on the form is cleared, as with the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.models import AuditEvent, Contact
from tests.test_web_attacks import STAFF, Site, _csrf


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    s = Site(tmp_path)
    yield s
    s.close()


def _contact(site: Site) -> int:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with Session(site.engine) as s:
        c = Contact(
            email="aino@example.org",
            name="Aino Esimerkki",
            phone="040 123 4567",
            title="Hankintapäällikkö",
            status="active",
            created_at=now,
            updated_at=now,
        )
        s.add(c)
        s.commit()
        assert c.id is not None
        return c.id


def _form(**over: str) -> dict[str, str]:
    values = {
        "name": "Aino Esimerkki",
        "email": "aino@example.org",
        "phone": "040 123 4567",
        "title": "Hankintapäällikkö",
        "department": "",
        "company": "",
    }
    return {**values, **over}


def _stored(site: Site, contact_id: int) -> Contact:
    with Session(site.engine) as s:
        c = s.get(Contact, contact_id)
        assert c is not None
        return c


def test_a_blank_field_clears_it_and_the_audit_says_so(site: Site) -> None:
    cid = _contact(site)
    staff = site.login(STAFF)
    path = f"/contacts/{cid}"
    r = staff.post(f"{path}/edit", data={"csrf": _csrf(staff, path), **_form(phone="")})
    assert r.status_code == 303, r.text
    c = _stored(site, cid)
    assert c.phone is None and c.title == "Hankintapäällikkö" and c.name == "Aino Esimerkki"
    with Session(site.engine) as s:
        [event] = s.exec(select(AuditEvent).where(AuditEvent.action == "edit")).all()
    assert event.fields == {"fields": ["phone"], "cleared": ["phone"]}
    assert event.actor.endswith(STAFF)
    assert "040 123 4567" not in str(event.fields)  # names the field, never its value


def test_an_unchanged_form_changes_nothing(site: Site) -> None:
    cid = _contact(site)
    staff = site.login(STAFF)
    path = f"/contacts/{cid}"
    staff.post(f"{path}/edit", data={"csrf": _csrf(staff, path), **_form()})
    with Session(site.engine) as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "edit")).all() == []


def test_a_blank_name_is_refused_and_nothing_changes(site: Site) -> None:
    cid = _contact(site)
    staff = site.login(STAFF)
    path = f"/contacts/{cid}"
    r = staff.post(f"{path}/edit", data={"csrf": _csrf(staff, path), **_form(name="", phone="")})
    assert r.status_code in (400, 409), r.status_code
    assert "cannot empty name" in r.text
    c = _stored(site, cid)
    assert c.name == "Aino Esimerkki" and c.phone == "040 123 4567"
