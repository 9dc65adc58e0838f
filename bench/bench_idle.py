"""IDLE latency alone: appended → filed, mailbot's run loop against a bare IDLE client.

    .venv/bin/python bench/bench_idle.py [--rounds 15] [--trace] [--tree PATH]

Both loops run side by side on their own accounts of one test Dovecot; each round
appends one message to each in turn (order alternating), so the machine's load
falls on both alike and the ratio is read within the round. `--trace` prints, for
mailbot, where each round's time went from the append to the message leaving
INBOX (the steps of the cycle, median ms from the append).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# --tree PATH: run the mailbot of another checkout (e.g. main, for before/after).
if "--tree" in sys.argv:
    sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1])

TRACE: list[tuple[str, float, float]] = []


def traced(obj: Any, name: str, label: str | None = None) -> None:
    """Record each call's start and end (perf_counter) under `label`."""
    inner = getattr(obj, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            TRACE.append((label or name, t, time.perf_counter()))

    setattr(obj, name, wrapper)


def gone(observer: Any, t: float) -> float:
    while True:
        observer.select_folder("INBOX", readonly=True)
        if not observer.search(["ALL"]):
            return time.perf_counter() - t
        time.sleep(0.002)


def bare_loop(account: Any, stop: threading.Event) -> None:
    c = account.client()
    c.create_folder("Done")
    c.select_folder("INBOX")
    while not stop.is_set():
        c.idle()
        try:
            while not stop.is_set():
                if any(isinstance(r, tuple) and r[1] == b"EXISTS" for r in c.idle_check(0.5)):
                    break
        finally:
            c.idle_done()
        uids = c.search(["ALL"])
        if uids:
            c.fetch(uids, ["BODY.PEEK[]"])
            c.move(uids, "Done")
    c.logout()


def mailbot_loop(work: Path, account: Any, smtp_port: int, trace: bool) -> Callable[[], None]:
    from bench.bench_issue12 import write_config
    from mailbot import corrections, outbox
    from mailbot import service as service_mod
    from mailbot.config import load_settings
    from mailbot.db import create_schema, make_engine
    from mailbot.handlers.base import Context
    from mailbot.service import Service, run_loop
    from mailbot.sources import open_source

    cfg = write_config(work, account, "INBOX", smtp_port, f"sqlite:///{work / 'idle.db'}")
    settings = load_settings(cfg)
    engine = make_engine(settings.database.url)
    create_schema(engine)
    svc = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    if trace:
        for name in ("wait", "connect", "candidates", "sizes", "file"):
            traced(source, name, f"source.{name}")
        for name in (
            "poll_once",
            "file_pending",
            "_erase_on_server",
            "_unknown",
            "_begin_attempts",
            "_end_attempts",
            "_commit_batch",
            "_file",
            "_queued_in",
        ):
            traced(svc, name, f"service.{name}")
        traced(corrections, "before_poll", "corrections.before_poll")
        traced(service_mod, "prepare", "prepare")
        traced(type(source), "fetch", "source.fetch(gen)")

    def send() -> object:
        t = time.perf_counter()
        try:
            return outbox.send_pending(engine, settings.smtp, full=settings)
        finally:
            TRACE.append(("send_outbox", t, time.perf_counter()))

    stop = threading.Event()
    loop = threading.Thread(target=run_loop, args=(svc, source, send, stop), daemon=True)
    loop.start()

    def finish() -> None:
        stop.set()
        loop.join(timeout=20)

    return finish


def paired(
    work: Path, server: Any, smtp_port: int, rounds: int, trace: bool = False
) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Appended → gone from INBOX, for mailbot's loop and a bare client side by side.

    Each round appends to both in turn (which goes first alternates), so the load of
    the moment falls on both alike. Returns (mailbot's, bare's, mailbot's steps).
    """
    from tests.helpers import sample

    auto = sample("auto-reply.eml")
    bot_account, bare_account = server.add_user(), server.add_user()
    finish = mailbot_loop(work, bot_account, smtp_port, trace)
    stop = threading.Event()
    bare = threading.Thread(target=bare_loop, args=(bare_account, stop), daemon=True)
    bare.start()
    time.sleep(3)
    obs_bot, obs_bare = bot_account.client(), bare_account.client()
    bots: list[float] = []
    bares: list[float] = []
    phases: dict[str, list[float]] = {}
    try:
        for i in range(rounds):
            order = [(bot_account, obs_bot, bots), (bare_account, obs_bare, bares)]
            for account, observer, out in order if i % 2 else order[::-1]:
                time.sleep(0.6)  # both are idle by now
                raw = auto.replace(b"@sample.example.org>", f".i{i}@bench.example.org>".encode())
                TRACE.clear()
                t = time.perf_counter()
                account.append(raw)
                out.append(gone(observer, t))
                if account is bot_account and trace:
                    time.sleep(0.3)
                    for label, begin, end in list(TRACE):
                        if end >= t:
                            phases.setdefault(label, []).append((max(begin, t) - t) * 1000)
                            phases.setdefault(label + " (ms)", []).append(
                                (end - max(begin, t)) * 1000
                            )
    finally:
        finish()
        stop.set()
        bare.join(timeout=5)
        obs_bot.logout()
        obs_bare.logout()
    return bots, bares, phases


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--tree", help="another checkout's mailbot (imported instead of this one)")
    args = ap.parse_args()
    from tests.servers import Dovecot, SmtpCapture

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        work.chmod(0o755)
        server = Dovecot()
        server.start(work / "dovecot")
        sink = SmtpCapture().start()
        try:
            bots, bares, phases = paired(work, server, sink.port, args.rounds, args.trace)
            b, m = statistics.median(bots), statistics.median(bares)
            ratios = [x / y for x, y in zip(bots, bares, strict=True)]
            print(
                f"IDLE, appended → filed: mailbot {b * 1000:.0f} ms median, bare IDLE client "
                f"{m * 1000:.0f} ms; ratio of medians {b / m:.2f}, median of round ratios "
                f"{statistics.median(ratios):.2f} (goal ≤ 1.05)"
            )
            if args.trace:
                print("mailbot's steps after the append (median start, median duration):")
                for label in sorted(
                    (k for k in phases if not k.endswith("(ms)")),
                    key=lambda k: statistics.median(phases[k]),
                ):
                    print(
                        f"  {label:28} start {statistics.median(phases[label]):7.1f} ms  "
                        f"takes {statistics.median(phases[label + ' (ms)']):7.1f} ms  "
                        f"({len(phases[label])} calls)"
                    )
        finally:
            sink.stop()
            server.stop()


if __name__ == "__main__":
    main()
