"""Cost of the daily caps per recipient (issue 7, item 7), with budgets.

    .venv/bin/python bench/bench_caps.py [--history 100000] [--replies 2000]

Fills `outbound_mail` with a day of history (many mailboxes over a few hundred
domains, as a busy info@ would have after a flood), then queues new replies
through `Service.queue_reply` as the poll does, and prints:
  1. the cost of one cap check (mailbox + domain count from the indexed columns)
     for a recipient not yet seen in the transaction, against the budget;
  2. the same count by lower(to_addr), the query the caps used to make, for scale;
  3. a flood of 500 personnel forwards: how many reach the CEO.
Exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from mailbot import clock  # noqa: E402
from mailbot.config import Settings  # noqa: E402
from mailbot.db import create_schema, make_engine  # noqa: E402
from mailbot.handlers.base import Context, Reply  # noqa: E402
from mailbot.models import InboundMessage, OutboundMail  # noqa: E402
from mailbot.service import Service, recipient_keys  # noqa: E402

CHECK_BUDGET_MS = 2.0  # median mailbox + domain count for a new recipient
FLOOD = 500


def fill(engine: object, history: int, inbound_id: int) -> None:
    rnd = random.Random(7)
    now = clock.now()
    rows = []
    for i in range(history):
        user, domain = f"user{rnd.randrange(history // 4)}", f"d{rnd.randrange(300)}.example.net"
        to, mailbox = f"{user}+t{i % 3}@{domain}", f"{user}@{domain}"
        rows.append(
            {
                "message_id": f"<h{i}@bench.example.com>",
                "to_addr": to,
                "to_mailbox": mailbox,
                "to_domain": domain,
                "subject": "s",
                "template": "no_data",
                "automatic": i % 10 != 0,
                "final": False,
                "raw": b"x",
                "status": "sent",
                "attempts": 1,
                "created_at": now - timedelta(seconds=rnd.randrange(86_000)),
                "inbound_id": inbound_id,
            }
        )
    with Session(engine) as session:  # type: ignore[arg-type]
        for i in range(0, len(rows), 5000):
            session.exec(insert(OutboundMail), params=rows[i : i + 5000])  # type: ignore[call-overload]
        session.commit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--history", type=int, default=100_000)
    ap.add_argument("--replies", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.model_validate(
            {
                "database": {"url": f"sqlite:///{tmp}/mailbot.db"},
                "organisation": {"name": "Plaza", "ceo_email": "ceo@plaza.example.com"},
            }
        )
        engine = make_engine(settings.database.url)
        create_schema(engine)
        service = Service(Context.of(settings), engine)
        with Session(engine) as session:
            inbound = InboundMessage(
                mailbox="INBOX", item_key="1:1", dedup_key="d", processed_at=clock.now()
            )
            session.add(inbound)
            session.commit()
            inbound_id = inbound.id
        t = time.perf_counter()
        fill(engine, args.history, inbound_id)
        print(f"history: {args.history:,} mails in {time.perf_counter() - t:.1f} s")

        rnd = random.Random(11)
        checks: list[float] = []
        legacy: list[float] = []
        with Session(engine) as session:
            row = session.get(InboundMessage, inbound_id)
            assert row is not None
            since = clock.now() - timedelta(days=1)
            for i in range(args.replies):
                to = f"User{rnd.randrange(args.history)}+x@d{rnd.randrange(300)}.example.net"
                mailbox, domain = recipient_keys(to)
                t = time.perf_counter()
                service._sent_today(session, "mailbox", mailbox, 5)
                service._sent_today(session, "domain", domain, 100)
                checks.append(time.perf_counter() - t)
                session.info.pop("mailbot.sent_today.domain", None)  # every check a cold one
                if i < 200:
                    t = time.perf_counter()
                    session.exec(
                        select(func.count())
                        .select_from(OutboundMail)
                        .where(func.lower(OutboundMail.to_addr) == to.lower())
                        .where(OutboundMail.created_at >= since)
                    ).one()
                    legacy.append(time.perf_counter() - t)
        check_ms = statistics.median(checks) * 1000
        legacy_ms = statistics.median(legacy) * 1000
        print(
            f"cap check (mailbox + domain, cold): median {check_ms:.3f} ms, "
            f"p99 {sorted(checks)[int(len(checks) * 0.99)] * 1000:.3f} ms "
            f"(budget {CHECK_BUDGET_MS} ms)"
        )
        print(f"old count by lower(to_addr):        median {legacy_ms:.3f} ms (for scale)")

        with Session(engine) as session:
            row = session.get(InboundMessage, inbound_id)
            assert row is not None
            t = time.perf_counter()
            queued = 0
            for i in range(FLOOD):
                reply = Reply(
                    to="ceo@plaza.example.com",
                    template="personnel_forward",
                    language="en",
                    context={"sender": f"x{i}@example.net", "subject": "s"},
                    in_reply_to_original=False,
                    limited=False,
                )
                queued += service.queue_reply(session, reply, None, row) is not None
            service.flush_deferred(session)
            session.commit()
            flood_s = time.perf_counter() - t
            to_ceo = session.exec(
                select(func.count())
                .select_from(OutboundMail)
                .where(OutboundMail.to_mailbox == "ceo@plaza.example.com")
            ).one()
        cap = settings.limits.staff_mails_per_day
        print(
            f"{FLOOD} personnel forwards: {queued} queued, {to_ceo} mails to the CEO "
            f"(cap {cap} + 1 digest) in {flood_s:.2f} s"
        )
    ok = check_ms <= CHECK_BUDGET_MS and to_ceo == cap + 1
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
