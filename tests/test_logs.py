"""The log a person reads: one line per message, no personal data, IMAP traces masked."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from mailbot import logs
from mailbot.cli import app
from mailbot.models import InboundMessage
from tests.helpers import make_mail, sample
from tests.servers import ImapAccount, SmtpCapture
from tests.test_e2e_imap import write_config

BODY_MARK = "Q3-budget-figures-7731"  # a phrase only the body of the form mail holds


def mailbot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("mailbot")
    return subprocess.run(
        [str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def with_log(cfg: Path, **keys: str) -> Path:
    cfg.write_text(cfg.read_text() + "[log]\n" + "".join(f"{k} = {v}\n" for k, v in keys.items()))
    return cfg


def seed(account: ImapAccount) -> None:
    account.append(sample("contact-form-sv.eml"))
    account.append(
        make_mail(
            f"Please delete my data. {BODY_MARK}",
            subject="Delete my data",
            sender="Sam Example <sam@example.net>",
            message_id="<erase-1@test.example.org>",
        )
    )
    account.append(b"\x00\x01 this is not a mail at all")


def json_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.strip()]


def test_poll_logs_one_json_line_per_message_and_no_personal_data(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = with_log(write_config(tmp_path, imap_account, smtp_server), format='"json"')

    result = mailbot("poll", "--config", str(cfg), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stderr)
    messages = [x for x in lines if x["logger"] == "mailbot.messages"]
    assert len(messages) == 3
    by_kind = {m.get("kind", m["status"]): m for m in messages}
    form = by_kind["contact_form"]
    assert form["level"] == "info" and form["message"] == "message"
    assert isinstance(form["uid"], int) and form["folder"] == "mailbot/contact-form"
    assert form["replies"] == 1 and form["status"] == "processed"
    assert form["time"].endswith("Z")
    erase = by_kind["data_request"]
    assert erase["requests"] == ["erasure"] and erase["folder"] == "mailbot/requests"
    bad = by_kind["unprocessable"]
    assert bad["level"] == "warning" and bad["message"] == "unprocessable message"
    assert bad["reason"] and bad["folder"] == "mailbot/unprocessable"
    # No addresses, subjects, Message-IDs or bodies in the journal.
    for forbidden in ("@example", "Delete my data", "erase-1", BODY_MARK, "Stina"):
        assert forbidden not in result.stderr
    assert "confidence" not in form  # the classifier has none yet: left out, not faked


def test_personal_data_is_logged_only_when_allowed_in_text_format(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = with_log(write_config(tmp_path, imap_account, smtp_server), personal_data="true")

    result = mailbot("poll", "--config", str(cfg), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = [x for x in result.stderr.splitlines() if "mailbot.messages:" in x]
    assert len(lines) == 3
    [erase] = [x for x in lines if "kind=data_request" in x]
    assert " INFO mailbot.messages: message id=" in erase
    assert "requests=erasure" in erase and "folder=mailbot/requests" in erase
    assert "sender=sam@example.net" in erase and 'subject="Delete my data"' in erase
    assert "message_id=<erase-1@test.example.org>" in erase
    assert BODY_MARK not in result.stderr  # bodies never, not even with personal_data
    [bad] = [x for x in lines if "status=unprocessable" in x]
    assert " WARNING " in bad and "reason=" in bad


def test_level_warning_keeps_only_the_unprocessable_lines(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = with_log(write_config(tmp_path, imap_account, smtp_server), level='"warning"')

    result = mailbot("poll", "--config", str(cfg), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = [x for x in result.stderr.splitlines() if "mailbot.messages:" in x]
    assert len(lines) == 1 and "status=unprocessable" in lines[0]


def test_verbose_shows_decisions_but_not_the_imap_conversation(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = write_config(tmp_path, imap_account, smtp_server)

    result = mailbot("-v", "poll", "--config", str(cfg), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "kind=contact_form" in result.stderr
    assert "imapclient" not in result.stderr
    assert "FETCH" not in result.stderr
    assert BODY_MARK not in result.stderr
    assert imap_account.password not in result.stderr


def test_trace_imap_shows_commands_with_credentials_and_bodies_masked(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = write_config(tmp_path, imap_account, smtp_server)

    result = mailbot("--trace-imap", "poll", "--config", str(cfg), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    trace = [x for x in result.stderr.splitlines() if " imapclient." in x]
    assert any("SELECT" in x for x in trace)
    assert any("FETCH" in x for x in trace)
    assert any("LOGIN **MASKED**" in x for x in trace)
    assert imap_account.password not in result.stderr
    assert BODY_MARK not in result.stderr
    assert "Stina" not in result.stderr and "sam@example.net" not in result.stderr


# --------------------------------------------------------------------------- formatters
def _record(fields: dict, msg: str = "message") -> logging.LogRecord:
    record = logging.LogRecord("mailbot.messages", logging.INFO, __file__, 1, msg, None, None)
    record.fields = fields
    return record


@given(st.text(), st.text())
def test_any_field_value_stays_on_one_line(subject: str, note: str) -> None:
    fields = {"subject": subject, "note": note, "uid": 7}
    text = logs.TextFormatter().format(_record(fields, msg=subject))
    assert len(text.splitlines()) == 1
    assert text.endswith(" uid=7") or " uid=7 " in text
    line = logs.JsonFormatter().format(_record(fields, msg=note))
    assert len(line.splitlines()) == 1
    data = json.loads(line)
    assert (data["subject"], data["note"], data["uid"]) == (subject, note, 7)


def test_hostile_subject_cannot_forge_a_log_line() -> None:
    forged = "hi\n2026-01-01T00:00:00.000Z INFO mailbot.messages: message id=1 status=processed"
    text = logs.TextFormatter().format(_record({"subject": forged}))
    assert "\n" not in text
    assert ' subject="hi\\n2026-01-01' in text  # quoted and escaped: visibly part of the value


def test_reasons_lose_addresses_unless_personal_data_is_on() -> None:
    row = InboundMessage(
        mailbox="m",
        item_key="1:5",
        uid=5,
        dedup_key="k",
        status="unprocessable",
        error="bad header in mail from sam@example.net",
        sender="sam@example.net",
        subject="Secret plans",
        message_id="<x@example.org>",
    )
    hidden = logs.message_fields(row, 0, None, personal_data=False)
    assert hidden["reason"] == "bad header in mail from <address>"
    assert not {"sender", "subject", "message_id"} & set(hidden)
    shown = logs.message_fields(row, 0, None, personal_data=True)
    assert shown["reason"].endswith("sam@example.net") and shown["subject"] == "Secret plans"


def test_trace_filter_masks_login_fetch_data_literals_and_secrets() -> None:
    logs._State.secrets = {"hunter2pw"}
    try:
        f = logs.ImapTraceFilter()
        cases = {
            "> b'ABCD1 LOGIN bot \"hunter2pw\"'": "hunter2pw",
            "untagged_responses[FETCH] => [(b'1 (UID 5 BODY[] {20}', b'Dear Sam, secret')]": (
                "Dear Sam"
            ),
            "untagged_responses[FETCH] 3 += [b'Dear Sam, secret']": "Dear Sam",
            "untagged responses dump:FETCH: [b'Dear Sam']": "Dear Sam",
            "< b'* 1 FETCH (UID 5 BODY[] \"Dear Sam inline\")'": "Dear Sam",
            "   (literal) > b'From: sam@example.net'": "sam@example.net",
            "> b'ABCD2 AUTHENTICATE XOAUTH2 dXNlcj1ib3QBYXV0aD1CZWFyZXIgdG9r'": "dXNlcj1",
            "some line that quotes hunter2pw again": "hunter2pw",
        }
        for line, secret in cases.items():
            record = logging.LogRecord("imapclient.imaplib", 10, __file__, 1, line, None, None)
            assert f.filter(record)
            assert secret not in record.getMessage(), line
            assert "MASKED" in record.getMessage()
    finally:
        logs._State.secrets = set()


# --------------------------------------------------------------------------- messages list/show
def test_messages_list_and_show_explain_each_decision(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    seed(imap_account)
    cfg = write_config(tmp_path, imap_account, smtp_server)
    assert mailbot("poll", "--config", str(cfg), cwd=tmp_path).returncode == 0
    runner = CliRunner()

    listed = runner.invoke(app, ["messages", "list", "--json", "--config", str(cfg)])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert [r["id"] for r in rows] == sorted((r["id"] for r in rows), reverse=True)
    assert {r["status"] for r in rows} == {"processed", "unprocessable"}
    [erase] = [r for r in rows if r["kind"] == "data_request"]
    assert erase["requests"] == ["erasure"] and erase["folder"] == "mailbot/requests"
    assert [x["template"] for x in erase["replies"]] == ["no_data"]

    only = runner.invoke(
        app, ["messages", "list", "--json", "--kind", "contact_form", "--config", str(cfg)]
    )
    assert [json.loads(x)["kind"] for x in only.stdout.splitlines()] == ["contact_form"]
    one = runner.invoke(app, ["messages", "list", "--json", "--limit", "1", "--config", str(cfg)])
    assert len(one.stdout.splitlines()) == 1
    bad = runner.invoke(
        app, ["messages", "list", "--status", "unprocessable", "--json", "--config", str(cfg)]
    )
    [unprocessable] = [json.loads(x) for x in bad.stdout.splitlines()]
    assert unprocessable["error"] and unprocessable["folder"] == "mailbot/unprocessable"

    for ident in ("erase-1@test.example.org", "<erase-1@test.example.org>", str(erase["id"])):
        shown = runner.invoke(app, ["messages", "show", ident, "--config", str(cfg)])
        assert shown.exit_code == 0, shown.output
        assert "kind: data_request" in shown.stdout
        assert "why: classified as data_request; asking for erasure" in shown.stdout
        assert "reply: " in shown.stdout and "no_data" in shown.stdout
    why = runner.invoke(
        app, ["messages", "show", str(unprocessable["id"]), "--json", "--config", str(cfg)]
    )
    assert json.loads(why.stdout)["why"].startswith("could not be processed: ")


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["messages", "show", "999"], 1, "no processed message 999"),
        (["messages", "show", "nobody@example.org"], 1, "no processed message"),
        (["messages", "list", "--kind", "spam"], 2, "--kind: unknown kind 'spam'"),
        (["messages", "list", "--status", "lost"], 2, "--status: unknown status 'lost'"),
    ],
)
def test_messages_commands_refuse_what_is_not_there(
    tmp_path: Path, args: list[str], code: int, text: str
) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[database]\nurl = "sqlite:///mailbot.db"\n')
    result = CliRunner().invoke(app, [*args, "--config", str(cfg)])
    assert result.exit_code == code
    assert text in result.output


# The plain definition of an address in a log line; mask_addresses must mask exactly
# these, in linear time (the plain pattern is tried at every position of a long run).
_PLAIN_ADDRESS = re.compile(r"[^\s<>\"'(),;:]+@[^\s<>\"'(),;:]+")


@given(st.text(alphabet="ab@ <>:;,x.\"'\n", max_size=40))
def test_mask_addresses_masks_what_the_plain_pattern_finds(text: str) -> None:
    from mailbot.logs import mask_addresses

    assert mask_addresses(text) == _PLAIN_ADDRESS.sub("<address>", text)


def test_mask_addresses_reads_a_long_run_once() -> None:
    from mailbot.logs import mask_addresses

    # The plain pattern takes minutes on this; mask_addresses milliseconds.
    assert mask_addresses("a" * 300_000 + " sam@example.net") == "a" * 300_000 + " <address>"
