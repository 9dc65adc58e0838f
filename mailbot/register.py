"""The customer register: contacts and companies, and the CRM's CSV (SuiteCRM column names)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from mailbot import addresses, cells, clock, confirmations, lifecycle, mailer
from mailbot.companies import get_or_create_company
from mailbot.identity import is_suppressed
from mailbot.models import Company, Consent, Contact, OutboundMail
from mailbot.writer import Writer

__all__ = ["get_or_create_company"]  # its home was here; callers still find it

STATUSES = ("quarantined", "active")
# SuiteCRM "Contacts" export columns that mailbot reads and writes.
CSV_COLUMNS = [
    "First Name",
    "Last Name",
    "Title",
    "Department",
    "Account Name",
    "Email Address",
    "Office Phone",
    "Mobile Phone",
    "Primary Address Street",
    "Primary Address City",
    "Primary Address Postalcode",
    "Primary Address Country",
    "Date Created",
    "Email Opt Out",
    "Language",
    "Status",
]


class RegisterError(Exception):
    """A contact that cannot be added or found (one line for the CLI)."""


def add_contact(
    service: Writer,
    session: Session,
    *,
    email: str,
    name: str,
    company: str | None = None,
    phone: str | None = None,
    mobile: str | None = None,
    title: str | None = None,
    department: str | None = None,
    language: str | None = None,
    status: str = "quarantined",
    newsletter: bool = False,
    created_at: datetime | None = None,
    source: str = "cli",
) -> Contact:
    """Add a contact; the audit names the unit of work's actor (a plain Session: "mailbot")."""
    settings = service.ctx.settings
    address = addresses.person_key(email, settings.register_.plus_tags_match)
    if address is None:
        raise RegisterError(f"not a usable e-mail address: {email!r}")
    if not mailer.valid_address(address):
        # Consent requests, extracts and notices must reach the address (no SMTPUTF8).
        raise RegisterError(f"mailbot cannot send mail to {address!r} (non-ASCII local part)")
    if status not in STATUSES:
        raise RegisterError(f"status must be one of {', '.join(STATUSES)}")
    if language is not None and language not in ("fi", "sv", "en"):
        raise RegisterError("language must be fi, sv or en")
    if is_suppressed(session, settings, address):
        raise RegisterError(f"{address} was erased at its owner's request and may not be re-added")
    if session.exec(select(Contact).where(Contact.email == address)).first() is not None:
        raise RegisterError(f"{address} is already in the register")
    now = clock.now()
    org = get_or_create_company(session, company)
    contact = Contact(
        email=address,
        name=" ".join(name.split()),
        title=title or None,
        department=department or None,
        phone=phone or None,
        mobile=mobile or None,
        company_id=org.id if org else None,
        language=language,
        status=status,
        newsletter=newsletter,
        newsletter_opt_in_at=now if newsletter else None,
        source=source,
        created_at=created_at or now,
        updated_at=now,
        last_interaction_at=created_at or now,
    )
    session.add(contact)
    session.flush()
    if status == "active":
        session.add(
            Consent(contact_id=contact.id, topic="storage", event="given", at=now, via=source)
        )
    fields = [
        k
        for k in ("email", "name", "title", "department", "phone", "mobile")
        if getattr(contact, k)
    ]
    service.defer_audit(session, "create", contact, {"fields": fields, "status": status})
    if status == "quarantined" and contact.created_at >= lifecycle.cutoff(service):
        lifecycle.request_consent(service, session, contact)
    return contact


def contact_dict(session: Session, contact: Contact) -> dict[str, Any]:
    company = session.get(Company, contact.company_id) if contact.company_id else None

    def iso(v: datetime | None) -> str | None:
        return v.isoformat() if v else None

    return {
        "id": contact.id,
        "email": contact.email,
        "name": contact.name,
        "company": company.name if company else None,
        "title": contact.title,
        "department": contact.department,
        "phone": contact.phone,
        "mobile": contact.mobile,
        "language": contact.language,
        "status": contact.status,
        "newsletter": contact.newsletter,
        "newsletter_opt_in_at": iso(contact.newsletter_opt_in_at),
        "newsletter_confirmed_at": iso(contact.newsletter_confirmed_at),
        "newsletter_opt_out_at": iso(contact.newsletter_opt_out_at),
        "marketing_allowed": contact.marketing_allowed,
        "created_at": iso(contact.created_at),
        "updated_at": iso(contact.updated_at),
        "last_interaction_at": iso(contact.last_interaction_at),
    }


def find(session: Session, email: str, plus_tags_match: bool = False) -> Contact | None:
    address = addresses.person_key(email, plus_tags_match)
    if address is None:
        return None
    return session.exec(select(Contact).where(Contact.email == address)).first()


def all_contacts(session: Session) -> list[Contact]:
    return list(session.exec(select(Contact).order_by(col(Contact.email))).all())


# ----------------------------------------------------------------------------- CSV
@dataclass
class ImportReport:
    taken: int = 0  # added to the register
    updated: int = 0  # already there; empty fields filled in from the CSV
    skipped: list[tuple[int, str]] = field(default_factory=list)
    consent_mails: int = 0  # consent requests queued (each starts a 14-day quarantine)
    first_mail: datetime | None = None
    last_mail: datetime | None = None


# Fields an import may fill in on a contact already in the register (never overwrite:
# a rectification the person asked for must not be undone by an old CRM export).
FILLABLE = ("title", "department", "phone", "mobile")


def _fill_in(service: Writer, session: Session, contact: Contact, row: dict[str, Any]) -> list[str]:
    """Empty fields of an existing contact taken from the CSV row; returns what changed."""
    changed = []
    for key in FILLABLE:
        value = row.get(key)
        if value and not getattr(contact, key):
            setattr(contact, key, value)
            changed.append(key)
    if row.get("company") and contact.company_id is None:
        org = get_or_create_company(session, row["company"])
        if org is not None:
            contact.company_id = org.id
            changed.append("company")
    if changed:
        contact.updated_at = clock.now()
        session.add(contact)
        service.defer_audit(session, "update", contact, {"fields": changed, "via": "import"})
    return changed


def _parse_date(value: str) -> datetime | None:
    value = value.strip()
    for fmt in (
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d",
        "%d.%m.%Y %H:%M",
        "%d.%m.%Y",
        "%m/%d/%Y %H:%M",
        "%m/%d/%Y",
    ):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=clock.now().tzinfo)
        except ValueError:
            continue
    return None


def import_csv(
    service: Writer, session: Session, text: str, status: str | None = None
) -> ImportReport:
    """Rows with a usable, new, not erased address are taken; every other row says why not.

    Contacts created before 2018-05-25 in the CRM come in `active` (verified legacy
    data, told by the legacy notice); later ones start `quarantined` unless
    `status` says otherwise, and each is sent a consent request at the
    `[lifecycle] consent_per_hour` rate. A contact already in the register gets its
    empty fields filled in (nothing is overwritten). For a dry run the caller rolls
    the session back.
    """
    report = ImportReport()
    # The header line tells the delimiter (SuiteCRM exports ',' or, localised, ';').
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames or "Email Address" not in [f.strip() for f in reader.fieldnames]:
        raise RegisterError(
            "the CSV has no 'Email Address' column (SuiteCRM Contacts export expected)"
        )
    cutoff = datetime(2018, 5, 25, tzinfo=clock.now().tzinfo)
    plus = service.ctx.settings.register_.plus_tags_match
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip(): cells.unquote((v or "").strip()) for k, v in row.items()}
        email = row.get("Email Address", "")
        if not email:
            report.skipped.append((line, "no e-mail address"))
            continue
        name = " ".join(x for x in (row.get("First Name", ""), row.get("Last Name", "")) if x)
        created = _parse_date(row.get("Date Created", ""))
        row_status = status or ("active" if created and created < cutoff else "quarantined")
        lang = row.get("Language", "").lower()[:2] or None
        existing = find(session, email, plus)
        if existing is not None:
            fields = {
                "title": row.get("Title"),
                "department": row.get("Department"),
                "phone": row.get("Office Phone"),
                "mobile": row.get("Mobile Phone"),
                "company": row.get("Account Name"),
            }
            with session.begin_nested():
                changed = _fill_in(service, session, existing, fields)
            if changed:
                report.updated += 1
            else:
                report.skipped.append((line, f"{existing.email} is already in the register"))
            continue
        try:
            with session.begin_nested():
                contact = add_contact(
                    service,
                    session,
                    email=email,
                    name=name,
                    company=row.get("Account Name"),
                    phone=row.get("Office Phone"),
                    mobile=row.get("Mobile Phone"),
                    title=row.get("Title"),
                    department=row.get("Department"),
                    language=lang if lang in ("fi", "sv", "en") else None,
                    status=row_status,
                    newsletter=False,  # the newsletter always needs a double opt-in
                    created_at=created,
                    source="import",
                )
            report.taken += 1
            slot = consent_slot(session, contact)
            if slot is not None:
                report.consent_mails += 1
                report.first_mail = report.first_mail or slot
                report.last_mail = slot
        except RegisterError as exc:
            report.skipped.append((line, str(exc)))
    return report


def consent_slot(session: Session, contact: Contact) -> datetime | None:
    """When the contact's consent request is due to leave, if one was queued for it."""
    if contact.consent_requested_at is None or contact.status != "quarantined":
        return None
    conf = confirmations.consent_of(session, contact.id, unused=False)
    if conf is None:
        return None
    mail = session.exec(
        select(OutboundMail).where(OutboundMail.message_id == conf.message_id)
    ).first()
    return mail.next_attempt_at if mail is not None else None


def _safe_cells(row: dict[str, str]) -> dict[str, str]:
    return {k: cells.safe(v) for k, v in row.items()}


def export_csv(session: Session) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for contact in all_contacts(session):
        company = session.get(Company, contact.company_id) if contact.company_id else None
        first, _, last = contact.name.rpartition(" ")
        if not first:
            first, last = last, ""
        writer.writerow(
            _safe_cells(
                {
                    "First Name": first,
                    "Last Name": last,
                    "Title": contact.title or "",
                    "Department": contact.department or "",
                    "Account Name": company.name if company else "",
                    "Email Address": contact.email,
                    "Office Phone": contact.phone or "",
                    "Mobile Phone": contact.mobile or "",
                    "Primary Address Street": company.address
                    if company and company.address
                    else "",
                    "Primary Address City": "",
                    "Primary Address Postalcode": "",
                    "Primary Address Country": "",
                    "Date Created": contact.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                    "Email Opt Out": "0" if contact.newsletter else "1",
                    "Language": contact.language or "",
                    "Status": contact.status,
                }
            )
        )
    return out.getvalue()
