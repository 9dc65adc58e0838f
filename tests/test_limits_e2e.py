"""Issue 7 item 8 end to end: hostile mail cannot stall the mailbox (real Dovecot)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mailbot.classify import Rules
from mailbot.config import load_settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context
from mailbot.limits import Limits
from mailbot.service import PARALLEL_FROM, Isolator, PollReport, Service
from mailbot.sources import open_source
from tests import hostile
from tests.helpers import make_mail, sample
from tests.servers import ImapAccount, SmtpCapture
from tests.test_e2e_imap import _form, count, db_rows, poll, write_config

UNPROCESSABLE = "mailbot/unprocessable"
# Limits high enough that the quadratic parser gets the message: only the time
# budget and the attempt counter stand between it and a stalled mailbox.
NO_LIMITS = {
    "max_header_bytes": "100000000",
    "max_addresses": "10000000",
    "max_from_bytes": "100000000",
}


def _unprocessable_errors(tmp_path: Path) -> list[str]:
    rows = db_rows(tmp_path, "SELECT error FROM inbound_message WHERE status = 'unprocessable'")
    return [r[0] for r in rows]


def test_hostile_backlog_is_filed_unprocessable_and_normal_mail_processed(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(sample("contact-form-en.eml"))
    for make in hostile.REJECTED.values():
        imap_account.append(make())
    imap_account.append(sample("other.eml"))
    imap_account.append(sample("request-access-fi.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)

    poll(cfg)

    errors = _unprocessable_errors(tmp_path)
    assert len(errors) == len(hostile.REJECTED)
    joined = "\n".join(errors)
    for key in (
        "max_header_bytes",
        "max_headers",
        "max_from_bytes",
        "max_addresses",
        "max_encoded_words",
        "max_parts",
        "max_depth",
    ):
        assert f"mailbox.{key}" in joined
    assert len(imap_account.folder_uids(UNPROCESSABLE)) == len(hostile.REJECTED)
    # The normal mail around them was handled as usual.
    assert count(tmp_path, "enquiry") == 1
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    assert len(imap_account.folder_uids("mailbot/requests")) == 1
    assert len(imap_account.folder_uids("INBOX")) == 1  # other.eml, left for a person
    assert count(tmp_path, "prepare_attempt") == 0

    before = db_rows(tmp_path, "SELECT id, status, filed FROM inbound_message ORDER BY id")
    poll(cfg)
    assert db_rows(tmp_path, "SELECT id, status, filed FROM inbound_message ORDER BY id") == before


def test_long_text_is_cut_not_refused(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    body = "Name: Sam Example\nEmail: sam@example.net\nMessage:\n" + "Many words.\n" * 200_000
    imap_account.append(
        make_mail(
            body,
            subject="New contact form submission",
            sender="Plaza website <wordpress@plaza.example.com>",
        )
    )
    cfg = write_config(tmp_path, imap_account, smtp_server, max_text_chars="5000")
    poll(cfg)
    assert db_rows(tmp_path, "SELECT status, kind FROM inbound_message") == [
        ("processed", "contact_form")
    ]
    [(email, length)] = db_rows(tmp_path, "SELECT email, length(message) FROM enquiry")
    assert email == "sam@example.net"
    assert 1000 < length <= 5000


# The alarm may ring inside a gc or weakref callback, where Python drops the
# exception (and reports it); it rings again until one lands in the parser.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_timing_out_twice_is_unprocessable_and_the_poll_goes_on(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(hostile.many_from_addresses(80_000))
    imap_account.append(sample("contact-form-fi.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server, parse_timeout="1", **NO_LIMITS)

    poll(cfg)

    [error] = _unprocessable_errors(tmp_path)
    assert "2 times" in error and "mailbox.parse_timeout" in error
    assert len(imap_account.folder_uids(UNPROCESSABLE)) == 1
    assert count(tmp_path, "enquiry") == 1
    assert count(tmp_path, "prepare_attempt") == 0


def _mailbot(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("mailbot")
    return subprocess.Popen(
        [str(exe), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _wait_for(tmp_path: Path, sql: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "mailbot poll ended before it could be killed"
        try:
            if db_rows(tmp_path, sql):
                return
        except Exception:  # noqa: BLE001 - the table may not exist yet
            pass
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {sql}")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_message_that_killed_the_process_twice_is_not_tried_a_third_time(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(hostile.many_from_addresses(80_000))
    imap_account.append(sample("contact-form-sv.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server, parse_timeout="600", **NO_LIMITS)

    # 1st attempt: the whole batch; the process is killed while it grinds (think OOM killer).
    proc = _mailbot("poll", "--config", str(cfg), cwd=tmp_path)
    try:
        _wait_for(tmp_path, "SELECT 1 FROM prepare_attempt WHERE attempts = 1", proc, 60)
        time.sleep(0.5)
    finally:
        _kill(proc)
    assert count(tmp_path, "inbound_message") == 0

    # 2nd attempt: each message of that batch alone; killed again on the hostile one.
    proc = _mailbot("poll", "--config", str(cfg), cwd=tmp_path)
    try:
        _wait_for(tmp_path, "SELECT 1 FROM prepare_attempt WHERE attempts = 2", proc, 120)
        time.sleep(0.5)
    finally:
        _kill(proc)

    # 3rd start: the hostile message is not parsed again (a parse would now run out of
    # time and say so); the form is handled.
    cfg = write_config(tmp_path, imap_account, smtp_server, parse_timeout="1", **NO_LIMITS)
    poll(cfg)
    [error] = _unprocessable_errors(tmp_path)
    assert "2 times" in error and "parse_timeout" not in error
    assert count(tmp_path, "enquiry") == 1
    assert len(imap_account.folder_uids(UNPROCESSABLE)) == 1
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    assert count(tmp_path, "prepare_attempt") == 0


def test_isolated_worker_is_killed_when_it_hangs_and_replaced() -> None:
    slow = Limits(parse_timeout=1)
    isolator = Isolator(Rules(), slow)
    try:
        # A hang the alarm cannot break (the worker ignores it): killed after the grace.
        isolator.GRACE = 1.0
        assert isolator.prepare(b"not used", False) is not None  # starts the worker
        os.kill(isolator.proc.pid, signal.SIGSTOP)
        assert isolator.prepare(sample("other.eml"), False) is None
        assert isolator.proc is None
        again = isolator.prepare(sample("other.eml"), False)
        assert again is not None and again.cls is not None and again.cls.kind == "other"
    finally:
        isolator.close()


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry))
    return out


def _is_fork_server(pid: int) -> bool:
    try:
        return b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def test_a_worker_crash_in_the_pool_costs_only_the_message_that_caused_it(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpCapture,
    caplog: pytest.LogCaptureFixture,
) -> None:
    n = PARALLEL_FROM + 20  # enough for the worker pool
    imap_account.append_many([_form(i) for i in range(n // 2)])
    imap_account.append(hostile.many_from_addresses(80_000))
    imap_account.append_many([_form(i) for i in range(n // 2, n)])
    cfg = write_config(
        tmp_path, imap_account, smtp_server, batch_size="500", parse_timeout="8", **NO_LIMITS
    )
    settings = load_settings(cfg)
    engine = make_engine(settings.database.url)
    create_schema(engine)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    reports: list[PollReport] = []
    poller = threading.Thread(target=lambda: reports.append(service.poll_once(source)))
    poller.start()
    try:
        # The workers are children of a fork server that this poll started (or reused).
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not count(tmp_path, "prepare_attempt"):
            time.sleep(0.05)
        time.sleep(1.0)  # the batch is being parsed, the hostile message too
        servers = [p for p in _children(os.getpid()) if _is_fork_server(p)]
        workers = [w for server in servers for w in _children(server)]
        assert workers, "no worker processes found"
        for worker in workers:  # a crash: the pool breaks
            os.kill(worker, signal.SIGKILL)
    finally:
        poller.join(timeout=300)
        source.close()
    assert not poller.is_alive()
    assert "a parsing worker died" in caplog.text
    [report] = reports
    assert report.seen == n + 1 and report.unprocessable == 1
    [error] = _unprocessable_errors(tmp_path)
    assert "2 times" in error and "mailbox.parse_timeout" in error
    assert count(tmp_path, "enquiry") == n
    assert count(tmp_path, "prepare_attempt") == 0
    assert len(imap_account.folder_uids("mailbot/contact-form")) == n
