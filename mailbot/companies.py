"""Companies in the register, found or made by name (used by the register and rectification)."""

from __future__ import annotations

from sqlmodel import Session, select

from mailbot import clock
from mailbot.models import Company


def get_or_create_company(session: Session, name: str | None) -> Company | None:
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    company = session.exec(select(Company).where(Company.name == name)).first()
    if company is None:
        now = clock.now()
        company = Company(name=name, created_at=now, updated_at=now)
        session.add(company)
        session.flush()
    return company
