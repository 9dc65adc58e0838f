"""Issue 9 leftover 4: a public `actions.rectify` that can empty an optional field.

`app.contacts.edit` used the private `_rectify`, which skipped every empty value, so
a staff member could never remove a wrong phone number or title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from mailbot import actions, app
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context
from mailbot.models import AuditEvent, Contact
from mailbot.service import Service
from mailbot.sources.maildir import ensure_maildir

AINO = "aino@example.com"


@pytest.fixture
def service(tmp_path: Path) -> Service:
    engine = make_engine(f"sqlite:///{tmp_path / 'app.db'}")
    create_schema(engine)
    ensure_maildir(tmp_path / "Maildir")
    settings = Settings(
        mailbox={"url": f"maildir:{tmp_path / 'Maildir'}"},
        organisation={"name": "Esimerkki Oy", "ceo_email": "ceo@example.com"},
        smtp={"url": "file:outbox", "from": "info@example.com"},
    )
    service = Service(Context.of(settings), engine)
    with app.unit(service, "setup") as uow:
        app.contacts.add(
            uow,
            service,
            email=AINO,
            name="Aino Esimerkki",
            phone="+358 40 123 4567",
            title="CTO",
            company="Esimerkki Oy",
            status="active",
        )
    return service


def _last_event(service: Service) -> AuditEvent:
    with Session(service.engine) as session:
        return session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc())).first()  # type: ignore[return-value]


def test_edit_clears_optional_fields_and_audits_names_not_values(service: Service) -> None:
    with app.unit(service, "cli:alice") as uow:
        edited = app.contacts.edit(
            uow, service, AINO, {"phone": "", "title": "  ", "company": "", "department": "R&D"}
        )
    assert edited.before == {
        "phone": "+358 40 123 4567",
        "title": "CTO",
        "company": "Esimerkki Oy",
        "department": None,
    }
    assert edited.after == {"phone": None, "title": None, "company": None, "department": "R&D"}
    with Session(service.engine) as session:
        contact = session.exec(select(Contact).where(Contact.email == AINO)).one()
    assert (contact.phone, contact.title, contact.company_id) == (None, None, None)
    assert contact.department == "R&D"
    event = _last_event(service)
    assert (event.action, event.actor) == ("edit", "cli:alice")
    assert event.fields == {
        "fields": ["company", "department", "phone", "title"],
        "cleared": ["company", "phone", "title"],
    }
    assert "123" not in str(event.fields) and "CTO" not in str(event.fields)


def test_a_contact_keeps_its_name_and_address(service: Service) -> None:
    for field in ("name", "email"):
        with (
            app.unit(service, "cli:alice") as uow,
            pytest.raises(app.Refused, match="cannot empty"),
        ):
            app.contacts.edit(uow, service, AINO, {field: "", "phone": ""})
    with Session(service.engine) as session:
        contact = session.exec(select(Contact).where(Contact.email == AINO)).one()
    assert (contact.name, contact.phone) == ("Aino Esimerkki", "+358 40 123 4567")


def test_rectify_reports_before_and_after_and_leaves_out_what_it_refused(
    service: Service,
) -> None:
    settings = service.ctx.settings
    with app.unit(service, "cli:alice") as uow:
        app.contacts.add(uow, service, email="ilmari@example.net", name="Ilmari", status="active")
    with app.unit(service, "cli:alice") as uow:
        contact = uow.session.exec(select(Contact).where(Contact.email == AINO)).one()
        done = actions.rectify(
            uow.session,
            settings,
            contact,
            {"email": "ilmari@example.net", "name": None, "phone": None, "title": "CEO"},
        )
        assert done == {
            "phone": actions.Change("+358 40 123 4567", None),
            "title": actions.Change("CTO", "CEO"),
        }
        assert (contact.email, contact.name) == (AINO, "Aino Esimerkki")
