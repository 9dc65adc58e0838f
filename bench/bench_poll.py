"""Throughput of `mailbot poll` against the transport's own limit, in the same run.

    .venv/bin/python bench/bench_poll.py [--messages 5000] [--idle-sizes 1000,50000]

Starts a throwaway Dovecot (as the tests do), loads a realistic mixed backlog,
and measures:
  1. a bare imapclient script fetching the same messages in batches of 500
     (BODY.PEEK[]; the best any consumer can do over this transport);
  2. mailbot processing the same backlog (parse, classify, commit, file, outbox);
  3. an idle poll (nothing new) on mailboxes of different sizes.
It prints the rates and their ratio. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot.config import Settings  # noqa: E402
from mailbot.db import create_schema, make_engine  # noqa: E402
from mailbot.handlers.base import Context  # noqa: E402
from mailbot.outbox import send_pending  # noqa: E402
from mailbot.service import Service  # noqa: E402
from mailbot.sources import open_source  # noqa: E402
from tests.helpers import sample, sample_names  # noqa: E402
from tests.servers import Dovecot, ImapAccount  # noqa: E402


def backlog(n: int, seed: int = 7) -> list[bytes]:
    """Mixed like a real info@ box: mostly forms and ordinary mail, some of each other kind."""
    rnd = random.Random(seed)
    weights = {
        "contact-form-fi.eml": 18,
        "contact-form-sv.eml": 8,
        "contact-form-en.eml": 10,
        "chat-transcript-en.eml": 10,
        "chat-offline-fi.eml": 6,
        "other.eml": 25,
        "auto-reply.eml": 12,
        "request-access-fi.eml": 5,
        "request-erasure-en.eml": 6,
    }
    names = [n for n in sample_names() if n in weights]
    out = []
    for i in range(n):
        name = rnd.choices(names, [weights[x] for x in names])[0]
        raw = sample(name)
        raw = raw.replace(b"@sample.example.org>", f".{i}@bench.example.org>".encode())
        raw = raw.replace(b"example.org\n", f"example.org\nX-Bench: {i}\n".encode(), 1)
        body_pad = ("\n" + "Lorem ipsum dolor sit amet. " * rnd.randint(20, 120)).encode()
        out.append(raw + body_pad)
    return out


def bare_fetch(account: ImapAccount, folder: str, batch: int = 500) -> tuple[int, float]:
    c = account.client()
    c.select_folder(folder, readonly=True)
    t = time.perf_counter()
    uids = c.search(["ALL"])
    n = 0
    for i in range(0, len(uids), batch):
        got = c.fetch(uids[i : i + batch], ["RFC822.SIZE", "BODY.PEEK[]"])
        n += sum(1 for v in got.values() if v.get(b"BODY[]"))
    elapsed = time.perf_counter() - t
    c.logout()
    return n, elapsed


def settings_for(account: ImapAccount, work: Path, folder: str) -> Settings:
    return Settings.model_validate(
        {
            "mailbox": {
                "url": account.url.replace("/INBOX", f"/{folder}"),
                "password": account.password,
            },
            "smtp": {"url": f"file:{work / 'outbox'}", "from": "info@plaza.example.com"},
            "database": {"url": f"sqlite:///{work / 'mailbot.db'}"},
            "contact_form": {"senders": ["wordpress@plaza.example.com"]},
            "chat": {"senders": ["transcripts@chat.example.net"]},
            "limits": {
                "replies_per_address_per_day": 1000000,
                "replies_per_domain_per_day": 1000000,
                "staff_mails_per_day": 1000000,
            },
        }
    )


def mailbot_poll(settings: Settings) -> tuple[int, float, float]:
    engine = make_engine(settings.database.url)
    create_schema(engine)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    t = time.perf_counter()
    report = service.poll_once(source)
    t_poll = time.perf_counter() - t
    send_pending(engine, settings.smtp, batch=100000)
    total = time.perf_counter() - t
    source.close()
    return report.seen, t_poll, total


def idle_poll_cost(account: ImapAccount, work: Path, size: int) -> float:
    """Median wall time of a poll that finds nothing new on a mailbox of `size` messages."""
    folder = f"Idle{size}"
    account.create_folder(folder)
    other = sample("other.eml")
    msgs = [other.replace(b"<other@", f"<other-{size}-{i}@".encode()) for i in range(size)]
    account.append_many(msgs, folder=folder)
    (work / f"idle{size}").mkdir()
    settings = settings_for(account, work / f"idle{size}", folder)
    mailbot_poll(settings)  # first poll processes them all ("other": they stay in the folder)
    engine = make_engine(settings.database.url)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    source.connect()
    times = []
    for _ in range(15):
        t = time.perf_counter()
        report = service.poll_once(source)
        times.append(time.perf_counter() - t)
        assert report.seen == 0
    source.close()
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--idle-sizes", default="1000,50000")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = Dovecot()
        server.start(work / "dovecot")
        try:
            account = server.add_user()
            msgs = backlog(args.messages)
            for folder in ("Bare", "Bot"):
                account.create_folder(folder)
                t = time.perf_counter()
                account.append_many(msgs, folder=folder)
                print(
                    f"loaded {len(msgs)} messages into {folder} in {time.perf_counter() - t:.1f} s"
                )
            n_bare, t_bare = bare_fetch(account, "Bare")
            n_bot, t_poll, t_total = mailbot_poll(settings_for(account, work, "Bot"))
            bare_rate, bot_rate = n_bare / t_bare, n_bot / t_total
            print(
                f"bare imapclient fetch (batches of 500): {n_bare} msgs in {t_bare:.2f} s = {bare_rate:,.0f} msgs/s"
            )
            print(
                f"mailbot poll + outbox:                  {n_bot} msgs in {t_total:.2f} s = {bot_rate:,.0f} msgs/s"
                f" (poll alone {n_bot / t_poll:,.0f} msgs/s)"
            )
            print(f"ratio mailbot / bare: {bot_rate / bare_rate:.2f} (aim: >= 0.5)")
            sizes = [int(s) for s in args.idle_sizes.split(",") if s]
            costs = {s: idle_poll_cost(account, work, s) for s in sizes}
            for s, c in costs.items():
                print(f"idle poll on {s:,} messages: {c * 1000:.1f} ms (median of 15)")
            if len(costs) >= 2:
                lo, hi = costs[min(costs)], costs[max(costs)]
                print(f"idle poll cost ratio largest/smallest: {hi / lo:.2f} (aim: about 1)")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
