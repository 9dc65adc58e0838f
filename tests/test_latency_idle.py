"""Issue 12: IDLE waits (no busy polling) and new mail is filed before the cycle's chores.

Against the test Dovecot: the run loop with nothing to do runs one cycle and then
sits in IDLE; mail IDLE announced is filed before corrections, filing retries and
erasures run; mail a person moved back into the inbox (mailbot's filed keyword on
it) is not taken for plain new mail, so the corrections see it first.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from mailbot.config import load_settings
from mailbot.service import Service
from mailbot.sources.imap import FILED_KEYWORD, ImapSource
from tests.helpers import sample
from tests.servers import ImapAccount, SmtpCapture
from tests.test_e2e_imap import running_loop, write_config


def record_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, log: list[str]) -> None:
    inner = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        log.append(name)
        return inner(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


def test_an_idle_loop_waits_instead_of_polling(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpCapture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every SELECT leaves an EXISTS with imaplib; taken for new mail, it spun the loop."""
    cycles: list[str] = []
    record_calls(monkeypatch, Service, "poll_once", cycles)
    cfg = write_config(tmp_path, imap_account, smtp_server, poll_interval="30")
    with running_loop(cfg):
        time.sleep(3)
        assert len(cycles) <= 2  # the first cycle, then IDLE until something happens
        imap_account.append(sample("contact-form-sv.eml"))
        smtp_server.wait_for(1, timeout=10)
        time.sleep(1)
    assert 2 <= len(cycles) <= 4


def test_announced_mail_is_filed_before_the_cycles_other_work(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpCapture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order: list[str] = []
    record_calls(monkeypatch, Service, "housekeep", order)
    record_calls(monkeypatch, ImapSource, "file", order)
    cfg = write_config(tmp_path, imap_account, smtp_server, poll_interval="30")
    with running_loop(cfg):
        time.sleep(1.5)
        assert order == ["housekeep"]  # the first cycle does everything first
        imap_account.append(sample("contact-form-sv.eml"))
        smtp_server.wait_for(1, timeout=10)
        time.sleep(0.5)
    assert order == ["housekeep", "file", "housekeep"]
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    assert imap_account.folder_uids("INBOX") == []


@pytest.fixture
def source(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Any:
    settings = load_settings(write_config(tmp_path, imap_account, smtp_server))
    src = ImapSource(settings.mailbox)
    src.connect()
    src.candidates(None)
    yield src
    src.close()


def wait_for_append(source: ImapSource, account: ImapAccount, flags: tuple[str, ...]) -> float:
    def later() -> None:
        time.sleep(0.5)
        account.append(sample("other.eml"), flags=flags)

    appender = threading.Thread(target=later)
    appender.start()
    started = time.monotonic()
    source.wait(20, threading.Event())
    appender.join()
    return time.monotonic() - started


def test_plain_new_mail_is_announced(source: ImapSource, imap_account: ImapAccount) -> None:
    assert source.announced() is False  # nothing waited for yet
    assert wait_for_append(source, imap_account, ()) < 10
    assert source.announced() is True
    assert source.announced() is False  # told once
    keys = source.candidates(0)
    assert keys == [str(u) for u in imap_account.folder_uids("INBOX")]
    # The sizes came with the announcement; they are what the server says.
    with imap_account.client() as c:
        c.select_folder("INBOX", readonly=True)
        told = c.fetch([int(k) for k in keys], ["RFC822.SIZE"])
    assert source.sizes(keys) == {k: told[int(k)][b"RFC822.SIZE"] for k in keys}
    assert [m.raw for m in source.fetch(keys)] == imap_account.folder_messages("INBOX")


def test_mail_moved_back_by_a_person_is_not_announced(
    source: ImapSource, imap_account: ImapAccount
) -> None:
    assert wait_for_append(source, imap_account, (FILED_KEYWORD,)) < 10
    assert source.announced() is False  # the corrections look at it before the poll


def test_a_timeout_is_no_announcement(source: ImapSource) -> None:
    started = time.monotonic()
    source.wait(1.5, threading.Event())
    assert time.monotonic() - started >= 1.4
    assert source.announced() is False
