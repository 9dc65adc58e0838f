"""Issue 12: fetch in batches bounded by bytes, big bodies streamed, no copies in parsing.

Against the real Dovecot: batches end at `mailbox.batch_bytes`, a big body read in
pieces through a temporary file is byte for byte what the server holds, and a poll
of big mail files and answers exactly as before. Parsing leaves big attachments out
of mail-parser's work without changing what is read (hypothesis).
"""

from __future__ import annotations

import hashlib
import json
import os
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mailbot import parsing
from mailbot.cli import app
from mailbot.config import MailboxSettings
from mailbot.sources import batches
from mailbot.sources import imap as imap_source
from mailbot.sources.imap import ImapSource
from tests.helpers import make_mail, sample
from tests.servers import ImapAccount
from tests.test_e2e_imap import count, db_rows, write_config

MB = 1024 * 1024


def with_attachment(i: int, size: int, text: str = "Hello, the drawings are attached.") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sender {i} <sender{i}@example.net>"
    msg["To"] = "info@plaza.example.com"
    msg["Subject"] = f"Drawings {i}"
    msg["Message-ID"] = f"<big-{i}@test.example.org>"
    msg.set_content(text + "\n")
    msg.add_attachment(
        os.urandom(size), maintype="application", subtype="pdf", filename=f"drawing-{i}.pdf"
    )
    return msg.as_bytes()


def source_for(account: ImapAccount, **extra: object) -> ImapSource:
    return ImapSource(
        MailboxSettings.model_validate({"url": account.url, "password": account.password, **extra})
    )


# ----------------------------------------------------------------------------- batches
def test_batches_end_at_the_byte_bound_and_the_count(imap_account: ImapAccount) -> None:
    small = make_mail("hello")
    big = with_attachment(1, 3 * MB)
    imap_account.append_many([small, small, big, small, big, big, small, small, small])
    source = source_for(imap_account)
    source.connect()
    try:
        keys = source.candidates(None)
        sizes = source.sizes(keys)
        plan = batches(source, keys, count=2, max_bytes=5 * MB)
    finally:
        source.close()
    assert [k for b in plan for k in b] == keys  # nothing lost, order kept
    assert all(len(b) <= 2 for b in plan)
    for b in plan:  # over the bound only when the batch is a single message
        assert len(b) == 1 or sum(sizes[k] for k in b) <= 5 * MB
    assert sum(1 for b in plan if any(sizes[k] > 3 * MB for k in b)) == 3  # each big one alone


# ----------------------------------------------------------------------------- streaming
def test_a_streamed_body_is_exactly_what_the_server_holds(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_source, "STREAM_FROM", 64 * 1024)
    monkeypatch.setattr(imap_source, "PIECE", 10_000)  # many pieces, one shorter at the end
    monkeypatch.setattr(imap_source, "FETCH_BYTES", 3000)  # small ones a few per command
    mails = [make_mail("one"), with_attachment(1, 300_000), make_mail("two"), make_mail("three")]
    mails.append(with_attachment(2, 7 * 10_000 // 4 * 3))  # near a piece boundary
    mails.append(with_attachment(3, 2 * MB))  # over max_message_bytes: headers only
    imap_account.append_many(mails)
    stored = imap_account.folder_messages()
    source = source_for(imap_account, max_message_bytes=MB)
    source.connect()
    try:
        got = list(source.fetch(source.candidates(None)))
    finally:
        source.close()
    assert [m.key for m in got] == [str(u) for u in imap_account.folder_uids()]
    for item, raw in zip(got, stored, strict=True):
        assert item.size == len(raw)
        if item.too_large:
            assert raw.startswith(item.raw) and b"drawing-3.pdf" not in item.raw
        else:
            assert hashlib.sha256(item.raw).hexdigest() == hashlib.sha256(raw).hexdigest()
    assert [m.too_large for m in got] == [False] * 5 + [True]


# ----------------------------------------------------------------------------- end to end
def test_a_poll_of_big_mail_files_and_answers_as_before(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    """Big mail in batches of one, small mail around it: each filed once, forms answered."""
    form = sample("contact-form-en.eml")
    mails = [
        with_attachment(i, 3 * MB) if i % 3 == 0 else make_mail(f"Hello {i}") for i in range(7)
    ]
    mails.insert(2, form)
    imap_account.append_many(mails)
    cfg = write_config(tmp_path, imap_account, None, batch_bytes=str(4 * MB))
    result = CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["seen"] == 8 and report["processed"] == 8
    assert report["by_kind"] == {"other": 7, "contact_form": 1}
    assert count(tmp_path, "inbound_message") == 8
    assert db_rows(tmp_path, "SELECT count(*) FROM inbound_message WHERE filed = 1") == [(8,)]
    assert count(tmp_path, "outbound_mail") == report["queued_mail"] >= 1
    again = json.loads(CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)]).stdout)
    assert again["seen"] == 0
    assert count(tmp_path, "inbound_message") == 8


# ----------------------------------------------------------------------------- parsing
def old_body_hash(raw: bytes) -> str:
    """The body hash as it was computed (with copies): the ledger's dedup keys use it."""
    cut = raw.find(b"\r\n\r\n")
    cut2 = raw.find(b"\n\n")
    candidates = [c for c in (cut, cut2) if c >= 0]
    body = raw[min(candidates) :].strip() if candidates else raw
    return hashlib.sha256(body.replace(b"\r\n", b"\n")).hexdigest()


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=200)
    | st.lists(st.sampled_from([b"\r", b"\n", b"a", b" ", b"\t"])).map(b"".join)
)
def test_body_hash_is_the_same_as_before(raw: bytes) -> None:
    for step in (1, 2, 3, 7, 1 << 20):
        parsing._HASH_STEP = step
        try:
            assert parsing.body_hash(raw) == old_body_hash(raw), step
        finally:
            parsing._HASH_STEP = 1 << 20


def _read(raw: bytes) -> tuple[object, ...]:
    msg = parsing.parse(raw)
    names = [(a.name, a.content_type) for a in msg.attachments]
    return (msg.sender, msg.subject, msg.text, msg.new_text, msg.body_hash, msg.size, names)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip()),
    sizes=st.lists(
        st.sampled_from([0, 10, 1000, 30_000, 100_000, 200_000]), min_size=1, max_size=3
    ),
    crlf=st.booleans(),
)
def test_leaving_big_attachments_out_reads_the_same(
    text: str, sizes: list[int], crlf: bool
) -> None:
    msg = EmailMessage()
    msg["From"] = "Sam Example <sam@example.net>"
    msg["To"] = "info@plaza.example.com"
    msg["Subject"] = "Files"
    msg.set_content(text)
    for i, size in enumerate(sizes):
        msg.add_attachment(
            os.urandom(size), maintype="application", subtype="zip", filename=f"f{i}.zip"
        )
    raw = msg.as_bytes()
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    slim, omitted = parsing.slim(raw)
    big = [s for s in sizes if s >= 100_000]
    assert len(omitted) == len(big) and len(slim) <= len(raw) - sum(big)
    assert all(abs(got - want) <= 2 for got, want in zip(omitted, big, strict=True))
    fast = _read(raw)
    original = parsing.SLIM_FROM
    parsing.SLIM_FROM = 1 << 40
    try:
        slow = _read(raw)
    finally:
        parsing.SLIM_FROM = original
    assert fast == slow
    sizes_read = [a.size for a in parsing.parse(raw).attachments]
    assert all(abs(got - want) <= 2 for got, want in zip(sizes_read, sizes, strict=True))


def test_a_text_part_is_never_left_out() -> None:
    """However big, a text part is read: only non-text leaf parts are left out."""
    long_text = "Please send me the price list. " * 10_000
    raw = with_attachment(1, 200_000, text=long_text)
    slim, omitted = parsing.slim(raw)
    assert len(omitted) == 1 and len(slim) > len(long_text)  # the text part is all there
    assert parsing.parse(raw).text.startswith("Please send me the price list.")


def test_sizes_asked_for_inbox_never_describe_another_folder(imap_account: ImapAccount) -> None:
    """fetch() reuses what sizes() asked; a search in another folder (same UIDs) does not."""
    imap_account.append_many([make_mail("short"), make_mail("x" * 5000)])
    other = make_mail("in another folder " * 100)
    imap_account.append(other, folder="Other")
    source = source_for(imap_account)
    source.connect()
    try:
        keys = source.candidates(None)
        inbox_sizes = source.sizes(keys)
        (found,) = source.find_sized("Other", [len(imap_account.folder_messages("Other")[0])])
        assert found.size != inbox_sizes[found.key]  # UID 1 of Other, not of INBOX
        assert found.raw == imap_account.folder_messages("Other")[0]
        got = list(source.fetch(keys))  # INBOX again, as sizes() saw it
    finally:
        source.close()
    assert [m.size for m in got] == [inbox_sizes[k] for k in keys]
    assert [m.raw for m in got] == imap_account.folder_messages()
