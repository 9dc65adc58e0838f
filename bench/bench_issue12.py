"""Issue 12's benchmark, in one run on the test Dovecot; every figure a ratio to a bare baseline.

    .venv/bin/python bench/bench_issue12.py [--quick] [--sizes 1000,5000,20000]
                                            [--messages 5000] [--no-postgres]

Prints one line per figure, each ending with `ratio mailbot/bare: X`: mailbot's figure divided
by the bare one's (a rate for the backlog, so higher is better there; a time or a size
everywhere else, so lower is better). "bare" is:

  backlog          a bare imapclient script: FETCH BODY.PEEK[] + MOVE in batches of 500
                   of the same mail (another folder); mailbot polls with 6,200 registered
                   contacts (forms, chats, requests, automatic and ordinary mail, 6.6 %
                   with a 100 KB attachment), SQLite and PostgreSQL, outbox sent to an
                   aiosmtpd sink; the poll runs in a fresh process (start-up not counted)
  replies          all replies the poll queued (ratio: handed to SMTP ÷ queued)
  size scaling     per-message time at each size; the last line: growth largest ÷ smallest
                   of mailbot over that of the bare script
  PDF              an fpdf2 page of text in the same embedded font (the floor of any PDF
                   with a Unicode font)
  peak RSS         a process that imports the same and only connects
  --help           `python -c pass`
  IDLE             a bare imapclient IDLE client that moves the new message at once

Then what each stage costs per message (cProfile of a poll with parsing in-process),
and the top costs left in service.py. `--quick` uses small sizes (for trying it out).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONTACTS = 6200
DOMAINS = 400
ATTACH_SHARE = 330 / 5000
WEIGHTS = {
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
PEOPLE = (
    b"sam@example.net",
    b"maija.esimerkki@example.org",
    b"stina.exempel@example.org",
    b"leo.example@example.com",
    b"ville.esimerkki@example.org",
)


def person(k: int) -> str:
    return f"person{k}@c{k % DOMAINS}.example.com"


def backlog(n: int, seed: int = 12) -> list[bytes]:
    """Mixed like a real info@ box; the people in it are mostly registered contacts."""
    from tests.helpers import sample

    rnd = random.Random(seed)
    names = list(WEIGHTS)
    attachment = b"\n".join(rnd.randbytes(57).hex().encode()[:76] for _ in range(100 * 1024 // 77))
    out = []
    for i in range(n):
        name = rnd.choices(names, [WEIGHTS[x] for x in names])[0]
        raw = sample(name)
        who = person(rnd.randrange(int(CONTACTS * 1.1))).encode()
        for addr in PEOPLE:
            raw = raw.replace(addr, who)
        raw = raw.replace(b"@sample.example.org>", f".{i}.{seed}@bench.example.org>".encode())
        raw += ("\n" + "Lorem ipsum dolor sit amet. " * rnd.randint(20, 120) + "\n").encode()
        if rnd.random() < ATTACH_SHARE and b"multipart" not in raw.lower():
            head, _, body = raw.partition(b"\n\n")
            keep = [h for h in head.split(b"\n") if not h.lower().startswith(b"content-")]
            raw = (
                b"\n".join([*keep, b'Content-Type: multipart/mixed; boundary="b12"'])
                + b"\n\n--b12\nContent-Type: text/plain; charset=utf-8\n\n"
                + body
                + b"\n--b12\nContent-Type: application/pdf; name=a.pdf\n"
                + b"Content-Transfer-Encoding: base64\n"
                + b"Content-Disposition: attachment; filename=a.pdf\n\n"
                + attachment
                + b"\n--b12--\n"
            )
        out.append(raw)
    return out


# --------------------------------------------------------------------------- runners
BARE = r"""
import sys, time
from imapclient import IMAPClient
host, port, user, password, folder = sys.argv[1:6]
c = IMAPClient(host, port=int(port), ssl=False, timeout=60)
c.login(user, password)
c.create_folder(folder + "Done")
t = time.perf_counter()
c.select_folder(folder)
uids = c.search(["ALL"])
n = 0
for i in range(0, len(uids), 500):
    got = c.fetch(uids[i : i + 500], ["RFC822.SIZE", "BODY.PEEK[]"])
    n += sum(1 for v in got.values() if v.get(b"BODY[]"))
    c.move(uids[i : i + 500], folder + "Done")
print(n, time.perf_counter() - t)
c.logout()
"""


def bare_run(account: Any, folder: str) -> tuple[int, float]:
    out = subprocess.run(
        [sys.executable, "-c", BARE, account.host, str(account.port), account.user,
         account.password, folder],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    n, seconds = out.stdout.split()
    return int(n), float(seconds)


def write_config(work: Path, account: Any, folder: str, smtp_port: int, db_url: str) -> Path:
    cfg = work / f"mailbot-{folder}.toml"
    cfg.write_text(
        "\n".join(
            [
                "[mailbox]",
                f'url = "{account.url.replace("/INBOX", "/" + folder)}"',
                f'password = "{account.password}"',
                "[smtp]",
                f'url = "smtp://127.0.0.1:{smtp_port}"',
                'from = "info@plaza.example.com"',
                "[database]",
                f'url = "{db_url}"',
                "[organisation]",
                'name = "Plaza Example Oy"',
                "[contact_form]",
                'senders = ["wordpress@plaza.example.com"]',
                "[chat]",
                'senders = ["transcripts@chat.example.net"]',
                "",
            ]
        )
    )
    return cfg


def prepare_db(cfg: Path) -> None:
    """The schema and the registered contacts, before the poll."""
    from sqlalchemy import insert

    from mailbot import clock
    from mailbot.config import load_settings
    from mailbot.db import create_schema, make_engine
    from mailbot.models import Contact

    engine = make_engine(load_settings(cfg).database.url)
    create_schema(engine)
    now = clock.now()
    rows = [
        {
            "email": person(k), "name": f"Person {k}", "status": "active", "language": "fi",
            "newsletter": k % 3 == 0, "marketing_allowed": True, "source": "import",
            "created_at": now, "updated_at": now, "consent_reminders": 0,
        }
        for k in range(CONTACTS)
    ]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(Contact.__table__), rows)  # type: ignore[attr-defined]
    engine.dispose()


def poll_run(cfg: Path, profile: bool = False) -> dict[str, Any]:
    """One poll + send in a fresh process; its report, times and (with profile) stages."""
    argv = [sys.executable, __file__, "--run-poll", str(cfg)] + (["--profile"] if profile else [])
    out = subprocess.run(argv, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


STAGES = {
    "fetch": [("mailbot/sources/imap.py", "fetch"), ("mailbot/sources/imap.py", "sizes")],
    "parse": [("mailbot/parsing.py", "parse")],
    "classify": [("mailbot/classify/__init__.py", "classify")],
    "DB (handlers, register, ledger, commit)": [("mailbot/service.py", "_commit_batch")],
    "  of which rendering replies": [("mailbot/service.py", "_queue_rendered")],
    "file (MOVE, flags)": [("mailbot/service.py", "_file")],
    "SMTP (outbox drain)": [("mailbot/outbox.py", "send_pending")],
}


def _run_poll(cfg_path: str, profile: bool) -> None:
    """--run-poll: what `mailbot poll` does, timed from the first IMAP command to the last send."""
    from mailbot import outbox, service
    from mailbot.config import load_settings
    from mailbot.db import make_engine
    from mailbot.handlers.base import Context
    from mailbot.sources import open_source

    settings = load_settings(Path(cfg_path))
    engine = make_engine(settings.database.url)
    svc = service.Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    mark = outbox.audit_mark(engine)
    prof = cProfile.Profile() if profile else None
    if profile:
        service.PARALLEL_FROM = 10**9  # parse and classify here, where the profile sees them
    started, cpu = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    report = svc.poll_once(source)
    source.close()
    polled, cpu = time.perf_counter(), time.process_time() - cpu
    sent = outbox.send_pending(engine, settings.smtp, full=settings)
    done = time.perf_counter()
    if prof:
        prof.disable()
    left = outbox.waiting(engine, held_after=mark)
    result: dict[str, Any] = {
        "seen": report.seen, "queued": report.queued_mail, "sent": sent.sent,
        "connections": sent.connections, "retry": left.retry, "scheduled": left.scheduled,
        "failed": left.failed, "held": left.held, "poll_s": polled - started,
        "total_s": done - started, "main_cpu_s": cpu,
    }  # fmt: skip
    if prof:
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        stages = {}
        for stage, wanted in STAGES.items():
            stages[stage] = sum(
                ct
                for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.items()
                if any(file.endswith(f) and func == fn for f, fn in wanted)
            )
        in_service = sorted(
            (
                (ct, func)
                for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.items()
                if file.endswith("mailbot/service.py")
            ),
            reverse=True,
        )
        result["stages"] = stages
        result["service_top"] = in_service[:12]
        result["tottime_top"] = sorted(
            (
                (tt, f"{Path(file).name}:{func}")
                for (file, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.items()
            ),
            reverse=True,
        )[:10]
    print(json.dumps(result))


# --------------------------------------------------------------------------- figures
def line(text: str, ratio: float) -> None:
    print(f"{text}; ratio mailbot/bare: {ratio:.3f}", flush=True)


class Bench:
    def __init__(self, work: Path, account: Any, smtp_port: int, postgres: Any) -> None:
        self.work, self.account, self.smtp_port, self.postgres = work, account, smtp_port, postgres
        self.runs = 0
        self.sqlite_per_msg: dict[int, tuple[float, float]] = {}  # n -> (mailbot, bare) s/msg

    def folders(self, msgs: list[bytes]) -> tuple[str, str]:
        self.runs += 1
        bare, bot = f"Bare{self.runs}", f"Bot{self.runs}"
        for folder in (bare, bot):
            self.account.create_folder(folder)
            self.account.append_many(msgs, folder=folder)
        return bare, bot

    def db_url(self, kind: str) -> str:
        if kind == "postgresql":
            return str(self.postgres.create_database(f"bench{self.runs}"))
        return f"sqlite:///{self.work / f'bench{self.runs}.db'}"

    def poll_vs_bare(
        self, msgs: list[bytes], db: str, profile: bool = False
    ) -> tuple[dict[str, Any], float, float]:
        """(mailbot's result, mailbot s/msg, bare s/msg), both runs on the same mail."""
        bare, bot = self.folders(msgs)
        n_bare, t_bare = bare_run(self.account, bare)
        cfg = write_config(self.work, self.account, bot, self.smtp_port, self.db_url(db))
        prepare_db(cfg)
        result = poll_run(cfg, profile=profile)
        assert result["seen"] == len(msgs) == n_bare, (result, n_bare)
        return result, result["total_s"] / result["seen"], t_bare / n_bare

    def backlog(self, n: int, dbs: list[str]) -> None:
        msgs = backlog(n, seed=n)
        for db in dbs:
            r, bot, bare = self.poll_vs_bare(msgs, db)
            if db == "sqlite":
                self.sqlite_per_msg[n] = (bot, bare)
            # Where the poll's time goes: the main process's own CPU (fetch, database,
            # filing) against the poll's wall time; the rest is waiting for the parse
            # workers (or for the machine's other processes).
            seen = max(r["seen"], 1)
            print(
                f"backlog of {n:,} ({db}): poll {r['poll_s'] / seen * 1000:.2f} ms/msg "
                f"(main process CPU {r['main_cpu_s'] / seen * 1000:.2f}), outbox drain "
                f"{(r['total_s'] - r['poll_s']) / seen * 1000:.2f} ms/msg",
                flush=True,
            )
            line(
                f"backlog of {n:,} ({db}): mailbot poll+send {1 / bot:,.0f} msgs/s, "
                f"bare fetch+MOVE {1 / bare:,.0f} msgs/s (goal ≥ 0.25)",
                bare / bot,
            )
            waiting = r["queued"] - r["sent"]
            line(
                f"replies from the backlog ({db}): {r['sent']:,} of {r['queued']:,} queued handed "
                f"to SMTP in the same poll over {r['connections']} connection(s); still waiting "
                f"{waiting} (back-off {r['retry']}, scheduled {r['scheduled']}, failed "
                f"{r['failed']}); not queued, held by a daily cap: {r['held']}",
                r["sent"] / max(r["queued"], 1),
            )

    def scaling(self, sizes: list[int]) -> None:
        per: dict[int, tuple[float, float]] = {}
        for n in sizes:
            if n in self.sqlite_per_msg:  # the backlog's run is this size's run
                bot, bare = self.sqlite_per_msg[n]
            else:
                _r, bot, bare = self.poll_vs_bare(backlog(n, seed=n), "sqlite")
            per[n] = (bot, bare)
            line(
                f"size {n:,}: mailbot {bot * 1000:.2f} ms/msg, bare {bare * 1000:.2f} ms/msg",
                bot / bare,
            )
        lo, hi = min(per), max(per)
        grow_bot, grow_bare = per[hi][0] / per[lo][0], per[hi][1] / per[lo][1]
        line(
            f"time per message {hi:,} ÷ {lo:,}: mailbot {grow_bot:.2f} (goal ≤ 1.05), "
            f"bare {grow_bare:.2f}",
            grow_bot / grow_bare,
        )

    def stages(self, n: int) -> None:
        r, _bot, _bare = self.poll_vs_bare(backlog(n, seed=99), "sqlite", profile=True)
        total = r["total_s"]
        parts = ", ".join(f"{k.strip()} {v / n * 1000:.2f}" for k, v in r["stages"].items())
        print(f"stages per message, ms (cProfile, {n:,} msgs, parsing in-process): {parts}; "
              f"whole poll+send {total / n * 1000:.2f}")  # fmt: skip
        print("top cumulative costs in service.py (s over the poll):")
        for ct, func in r["service_top"]:
            print(f"  {ct:7.2f}  {func}")
        print("top own-time functions (s):")
        for tt, name in r["tottime_top"]:
            print(f"  {tt:7.2f}  {name}")


def pdf_figures() -> None:
    from bench.bench_pdf import measure
    from mailbot.config import Settings
    from mailbot.pdf import find_font

    settings = Settings(organisation={"name": "Esimerkki Tekniikka Oy"})
    floor = _bare_pdf(find_font(settings))
    for items in (0, 50):
        build, _cold, warm, _size, best = measure(items, 9, settings)
        line(
            f"PDF extract, {items} history items: {build + warm:.0f} ms median "
            f"(best {best:.0f}; goal ≤ 150 ms for 50), bare fpdf2 page {floor:.0f} ms",
            (build + warm) / floor,
        )


def _bare_pdf(font: Path) -> float:
    from fpdf import FPDF

    times = []
    for _ in range(7):
        t = time.perf_counter()
        pdf = FPDF()
        pdf.add_font("f", "", str(font))
        pdf.add_page()
        pdf.set_font("f", "", 10)
        pdf.multi_cell(0, 5, "Rekisteriote – Åsa Öhman-Mäkelä, 12 000 €. " * 20)
        bytes(pdf.output())
        times.append(time.perf_counter() - t)
    return statistics.median(times[1:]) * 1000


def rss_figure(work: Path, account: Any) -> None:
    from bench.bench_memory import big_mail, peak

    folder = "Big"
    account.create_folder(folder)
    account.append_many((big_mail(i, 16) for i in range(10)), folder=folder)
    url = account.url.replace("/INBOX", f"/{folder}")
    base = peak(work, url, account.password, 10, run=False)
    rss = peak(work, url, account.password, 10, run=True)
    line(
        f"peak RSS, a poll of ten 16 MB mails: {rss:.0f} MB (goal ≤ 200), bare {base:.0f} MB",
        rss / base,
    )


def help_figure(runs: int = 9) -> None:
    mailbot = str(Path(sys.executable).with_name("mailbot"))
    pairs = []

    def timed(argv: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - t

    timed([mailbot, "--help"])
    for _ in range(runs):
        pairs.append((timed([mailbot, "--help"]), timed([sys.executable, "-c", "pass"])))
    ratio = statistics.median(h / p for h, p in pairs)
    line(
        f"mailbot --help {statistics.median(h for h, _ in pairs) * 1000:.0f} ms, python -c pass "
        f"{statistics.median(p for _, p in pairs) * 1000:.0f} ms (goal ≤ 8×)",
        ratio,
    )


def idle_figure(work: Path, server: Any, smtp_port: int, rounds: int = 9) -> None:
    """Append → gone from INBOX, mailbot's run loop and a bare IDLE client side by side.

    bench_idle.paired: each round appends to both in turn, so the ratio is read
    within the round (`bench_idle.py --trace` shows where mailbot's part goes).
    """
    from bench.bench_idle import paired

    bot, bare = paired(work, server, smtp_port, rounds)[:2]
    b, m = statistics.median(bot), statistics.median(bare)
    ratios = [x / y for x, y in zip(bot, bare, strict=True)]
    line(
        f"IDLE, appended → filed: mailbot {b * 1000:.0f} ms median, bare IDLE client "
        f"{m * 1000:.0f} ms (goal ≤ 1.05×; median of the rounds' ratios "
        f"{statistics.median(ratios):.2f})",
        b / m,
    )


def main() -> None:
    if "--run-poll" in sys.argv:
        _run_poll(sys.argv[sys.argv.index("--run-poll") + 1], "--profile" in sys.argv)
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, to try the bench out")
    ap.add_argument("--messages", type=int, default=None)
    ap.add_argument("--sizes", default=None)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    n = args.messages or (500 if args.quick else 5000)
    sizes = [
        int(s)
        for s in (args.sizes or ("200,500,1000" if args.quick else "1000,5000,20000")).split(",")
    ]

    from tests.servers import Dovecot, Postgres, SmtpCapture, find_initdb

    print(
        f"issue 12 benchmark, {time.strftime('%Y-%m-%d %H:%M')} UTC, {os.cpu_count()} cores",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.chmod(work, 0o755)
        server = Dovecot()
        server.start(work / "dovecot")
        sink = SmtpCapture().start()
        pg = None
        if not args.no_postgres and find_initdb() is not None:
            pg = Postgres().start(work / "pg")
        try:
            bench = Bench(work, server.add_user(), sink.port, pg)
            bench.backlog(n, ["sqlite"] + (["postgresql"] if pg else []))
            sink.clear()
            bench.scaling(sizes)
            sink.clear()
            pdf_figures()
            rss_figure(work, server.add_user())
            help_figure()
            idle_figure(work, server, sink.port)
            bench.stages(min(n, 1000))
        finally:
            sink.stop()
            if pg is not None:
                pg.stop()
            server.stop()


if __name__ == "__main__":
    main()
