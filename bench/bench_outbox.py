"""The outbox drain: how much of a backlog one send hands over, over how many connections.

    .venv/bin/python bench/bench_outbox.py [--mails 2000] [--db sqlite|postgresql]

Queues `--mails` replies (as the poll would, rendered) and calls the sender once
against the aiosmtpd sink of the tests. Prints mails handed over, connections used,
the rate, and what waits afterwards. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from mailbot import clock, mailer  # noqa: E402
from mailbot.config import Settings  # noqa: E402
from mailbot.db import create_schema, make_engine  # noqa: E402
from mailbot.models import OutboundMail  # noqa: E402
from mailbot.outbox import send_pending  # noqa: E402
from tests.servers import SmtpCapture  # noqa: E402


def queue(engine: object, n: int) -> None:
    with Session(engine) as session:  # type: ignore[arg-type]
        for i in range(n):
            to = f"person{i}@example.net"
            built = mailer.build(
                to=to,
                from_addr="info@example.com",
                from_name="Plaza",
                subject=f"Kiitos viestistäsi {i}",
                body="Kiitos yhteydenotosta. Vastaamme pian.\n" * 20,
            )
            session.add(
                OutboundMail(
                    message_id=built.message_id,
                    to_addr=to,
                    to_mailbox=to,
                    to_domain="example.net",
                    subject=built.subject,
                    template="form_ack",
                    raw=built.raw,
                    created_at=clock.now(),
                    next_attempt_at=clock.now(),
                )
            )
        session.commit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mails", type=int, default=2000)
    args = ap.parse_args()
    sink = SmtpCapture().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
            create_schema(engine)
            queue(engine, args.mails)
            settings = Settings.model_validate(
                {"smtp": {"url": f"smtp://127.0.0.1:{sink.port}", "from": "info@example.com"}}
            )
            t = time.perf_counter()
            report = send_pending(engine, settings.smtp, full=settings)
            elapsed = time.perf_counter() - t
            sink.wait_for(report.sent, timeout=30)
            peers = {m.peer for m in sink.mails}
            print(
                f"outbox drain: {report.sent} of {args.mails} handed over in one send, "
                f"{len(peers)} connection(s), {elapsed:.2f} s = {report.sent / elapsed:,.0f} mails/s; "
                f"waiting after it: {args.mails - report.sent}"
            )
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
