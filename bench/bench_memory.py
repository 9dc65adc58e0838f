"""Peak RSS of a poll whose batch holds ten 16 MB mails (issue 12: budget 200 MB).

    .venv/bin/python bench/bench_memory.py [--mails 10] [--mb 16]

Loads the mails (each a short text plus a base64 attachment of that size) into a
throwaway Dovecot, then runs one poll in a fresh process and reads its peak RSS
(ru_maxrss). Also prints the peak of a process that only imports what the poll
imports and connects, so the mail's own share is visible.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import Dovecot  # noqa: E402

BUDGET_MB = 200.0

CHILD = r"""
import sys
# The peak so far is the parent's (a fork copies its size): start counting afresh.
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
sys.path.insert(0, {root!r})
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context
from mailbot.service import Service
from mailbot.sources import open_source
settings = Settings.model_validate({settings!r})
engine = make_engine(settings.database.url)
create_schema(engine)
service = Service(Context.of(settings), engine)
source = open_source(settings.mailbox)
if {run!r}:
    report = service.poll_once(source)
    assert report.seen == {n}, report
else:
    source.connect()
source.close()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def big_mail(i: int, mb: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sender {i} <sender{i}@example.net>"
    msg["To"] = "info@plaza.example.com"
    msg["Subject"] = f"Drawings {i}"
    msg["Message-ID"] = f"<big-{i}@bench.example.org>"
    msg.set_content("Hello, the drawings are attached.\n")
    # Base64 grows by 4/3: the raw attachment is sized so the whole mail is about `mb` MB.
    msg.add_attachment(
        os.urandom(mb * 1024 * 1024 * 3 // 4),
        maintype="application",
        subtype="octet-stream",
        filename=f"drawing-{i}.bin",
    )
    return msg.as_bytes()


def peak(work: Path, url: str, password: str, n: int, run: bool) -> float:
    settings = {
        "mailbox": {"url": url, "password": password},
        "smtp": {"url": f"file:{work / 'outbox'}", "from": "info@plaza.example.com"},
        "database": {"url": f"sqlite:///{work / ('mailbot.db' if run else 'base.db')}"},
    }
    code = CHILD.format(root=str(ROOT), settings=settings, run=run, n=n)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mails", type=int, default=10)
    ap.add_argument("--mb", type=int, default=16)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = Dovecot()
        server.start(work / "dovecot")
        try:
            account = server.add_user()
            account.append_many(big_mail(i, args.mb) for i in range(args.mails))
            base = peak(work, account.url, account.password, args.mails, run=False)
            rss = peak(work, account.url, account.password, args.mails, run=True)
            print(
                f"peak RSS, poll of {args.mails} mails of {args.mb} MB: {rss:.0f} MB "
                f"(a process that only connects: {base:.0f} MB; budget {BUDGET_MB:.0f} MB)"
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
