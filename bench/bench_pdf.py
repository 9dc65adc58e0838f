"""The register extract's cost for a contact with 0 and 50 history items (issue 12).

    .venv/bin/python bench/bench_pdf.py [--items 0,50] [--runs 7] [--profile] [--tree PATH]

Prints, per size, the median time of building the data (database) and of rendering
the PDF, cold (first render in the process: font parsed) and warm. With --profile,
the top functions of a warm 50-item render (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# --tree PATH: render with the mailbot of another checkout (e.g. main, for before/after).
if "--tree" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1])

from sqlmodel import Session  # noqa: E402

from mailbot import audit, clock  # noqa: E402
from mailbot.config import Settings  # noqa: E402
from mailbot.db import create_schema, make_engine  # noqa: E402
from mailbot.models import (  # noqa: E402
    ChatLine,
    ChatRecord,
    Company,
    Consent,
    Contact,
    Enquiry,
    InboundMessage,
    OutboundMail,
)

ADDRESS = "asa.ohman@example.com"
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def populate(session: Session, items: int, address: str = ADDRESS) -> None:
    """One registered person with `items` history rows, spread over every section.

    A fifth each of enquiries, chats (four lines each), stored mail, sent mail and
    consent events; each writes its audit event as the service would.
    """
    t0 = NOW - timedelta(days=400)
    company = Company(name="Järvikylän Energia Oy", created_at=t0, updated_at=t0)
    session.add(company)
    session.flush()
    contact = Contact(
        email=address,
        name="Åsa Öhman-Mäkelä",
        company_id=company.id,
        language="fi",
        status="active",
        source="cli",
        created_at=t0,
        updated_at=t0,
    )
    session.add(contact)
    session.flush()
    audit.record(session, "create", "Contact", contact.id, {"fields": ["email", "name"]})
    text = "Tarjouspyyntö: kaksi muuntajaa, budjetti 12 000 € – toimitus ”heti”. " * 6
    for i in range(items):
        when = t0 + timedelta(days=i)
        kind = i % 5
        if kind == 0:
            row: object = Enquiry(
                email=address,
                name="Åsa",
                message=text,
                page="https://www.example.com/",
                received_at=when,
            )
        elif kind == 1:
            chat = ChatRecord(
                visitor_name="Åsa", email=address, received_at=when, started_at="10:00"
            )
            chat.lines = [
                ChatLine(
                    position=p, time=f"10:0{p}", speaker="Åsa" if p % 2 else "Pekka", text=text[:90]
                )
                for p in range(4)
            ]
            row = chat
        elif kind == 2:
            row = InboundMessage(
                mailbox="imap://bot/INBOX",
                item_key=f"1:{i}",
                dedup_key=f"d{i}",
                sender=address,
                subject=f"Kysymys {i}: varaosat ja toimitusajat",
                kind="other",
                processed_at=when,
                received_at=when,
            )
        elif kind == 3:
            row = OutboundMail(
                message_id=f"<m{i}@example.com>",
                to_addr=address,
                subject=f"Vastaus {i}: kiitos viestistäsi",
                template="form_ack",
                raw=b"Subject: x\r\n\r\n",
                status="sent",
                created_at=when,
                sent_at=when,
            )
        else:
            row = Consent(
                contact_id=contact.id, topic="newsletter", event="given", at=when, via="cli"
            )
        session.add(row)
        session.flush()
        audit.record(session, "create", type(row).__name__, row.id, {"fields": ["email"]})  # type: ignore[attr-defined]


def measure(items: int, runs: int, settings: Settings) -> tuple[float, float, float, int, float]:
    """(build ms, cold render ms, warm render ms median, pdf bytes, best build+render ms)."""
    from mailbot.extract import build_extract
    from mailbot.pdf import render_pdf

    engine = make_engine("sqlite://")
    create_schema(engine)
    with Session(engine, expire_on_commit=False) as session, clock.frozen(NOW):
        populate(session, items)
        session.commit()
        builds, renders, totals = [], [], []
        size = 0
        cold = None
        for _ in range(runs):
            t = time.perf_counter()
            data = build_extract(session, ADDRESS, settings, "fi")
            builds.append(time.perf_counter() - t)
            assert data is not None
            t = time.perf_counter()
            pdf = render_pdf(data, settings)
            elapsed = time.perf_counter() - t
            if cold is None:
                cold = elapsed
            renders.append(elapsed)
            totals.append(builds[-1] + elapsed)
            size = len(pdf)
    engine.dispose()
    return (
        statistics.median(builds) * 1000,
        (cold or 0) * 1000,
        statistics.median(renders[1:] or renders) * 1000,
        size,
        min(totals[1:] or totals) * 1000,
    )


def profile(items: int, settings: Settings) -> None:
    from mailbot.extract import build_extract
    from mailbot.pdf import render_pdf

    engine = make_engine("sqlite://")
    create_schema(engine)
    with Session(engine, expire_on_commit=False) as session, clock.frozen(NOW):
        populate(session, items)
        session.commit()
        data = build_extract(session, ADDRESS, settings, "fi")
        assert data is not None
        render_pdf(data, settings)
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(3):
            render_pdf(data, settings)
        prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", default="0,50")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--tree", help="another checkout's mailbot (imported instead of this one)")
    args = ap.parse_args()
    settings = Settings(organisation={"name": "Esimerkki Tekniikka Oy"})
    for n in (int(x) for x in args.items.split(",")):
        build, cold, warm, size, best = measure(n, args.runs, settings)
        print(
            f"PDF extract, {n} history items: build {build:.0f} ms + render {warm:.0f} ms "
            f"= {build + warm:.0f} ms median (best {best:.0f} ms; first render in the process "
            f"{cold:.0f} ms), {size / 1024:.0f} KB"
        )
    if args.profile:
        profile(max(int(x) for x in args.items.split(",")), settings)


if __name__ == "__main__":
    main()
