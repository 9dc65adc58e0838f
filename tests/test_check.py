"""`mailbot check` against the real Dovecot and SMTP sink: one line per part, exit status."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from typer.testing import CliRunner

from mailbot.check import REGISTER_FACTS
from mailbot.cli import app
from mailbot.config import RegisterSettings
from tests.servers import ImapAccount, SmtpCapture

runner = CliRunner()

OWN_FACTS = "\n".join(
    [
        "[register]",
        'art19_recipients = ["Example CRM hosting Oy"]',
        *(
            f'{key} = {{ fi = "Oma {key}", sv = "Egen {key}", en = "Our {key}" }}'
            for key in REGISTER_FACTS
            if key != "art19_recipients"
        ),
    ]
)


def site(
    tmp: Path, account: ImapAccount, smtp: SmtpCapture, password: str | None = None, extra: str = ""
) -> Path:
    cfg = tmp / "mailbot.toml"
    cfg.write_text(
        f'[mailbox]\nurl = "{account.url}"\npassword = "{password or account.password}"\n'
        f'[smtp]\nurl = "smtp://127.0.0.1:{smtp.port}"\nfrom = "info@plaza.example.com"\n'
        '[database]\nurl = "sqlite:///mailbot.db"\n' + extra,
        encoding="utf-8",
    )
    return cfg


def lines(output: str) -> dict[str, str]:
    """part -> whole line."""
    found = {}
    for line in output.splitlines():
        status, part, *_ = line.split()
        found[part] = line
        assert status in ("OK", "WARN", "FAIL"), line
    return found


def test_a_ready_site_passes_every_line(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    cfg = site(tmp_path, imap_account, smtp_server, extra=OWN_FACTS)
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0  # keeps cfg, makes the db
    result = runner.invoke(app, ["check", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    found = lines(result.output)
    assert list(found) == ["configuration", "mailbox", "smtp", "database", "register"]
    assert all(line.startswith("OK") for line in found.values()), result.output
    assert "logged in" in found["mailbox"] and "connected" in found["smtp"]
    assert smtp_server.messages == []  # nothing was sent


def test_a_wrong_password_fails_the_mailbox_line(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    cfg = site(tmp_path, imap_account, smtp_server, password="Not-The-Pa55word", extra=OWN_FACTS)
    runner.invoke(app, ["init", str(tmp_path)])
    result = runner.invoke(app, ["check", "--config", str(cfg)])
    assert result.exit_code == 1
    found = lines(result.output)
    assert found["mailbox"].startswith("FAIL") and imap_account.user in found["mailbox"]
    assert "Not-The-Pa55word" not in result.output  # the password is never printed
    assert found["smtp"].startswith("OK") and found["database"].startswith("OK")


def test_smtp_down_and_no_database_fail_their_lines(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    cfg = site(tmp_path, imap_account, smtp_server, extra=OWN_FACTS)
    smtp_server.stop()
    result = runner.invoke(app, ["check", "--config", str(cfg)])
    assert result.exit_code == 1
    found = lines(result.output)
    assert found["mailbox"].startswith("OK")
    assert found["smtp"].startswith("FAIL")
    assert found["database"].startswith("FAIL") and "mailbot init" in found["database"]
    assert not (tmp_path / "mailbot.db").exists()  # check creates nothing


def test_example_register_facts_are_named(tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path)])
    cfg = tmp_path / "mailbot.toml"
    result = runner.invoke(app, ["check", "--config", str(cfg)])
    assert result.exit_code == 0, result.output  # a warning, not a failure...
    found = lines(result.output)
    assert found["register"].startswith("WARN")
    for key in REGISTER_FACTS:
        assert f"register.{key}" in found["register"]
    assert runner.invoke(app, ["check", "--strict", "--config", str(cfg)]).exit_code == 1
    # Edit one text in one language: the others are still named.
    text = cfg.read_text(encoding="utf-8")
    start = text.index("[register.complaint]")
    edited = text[:start] + "[register.complaint]\n" + 'fi = "Oma"\nsv = "Egen"\nen = "Own"\n'
    rest = text[start:].split("\n\n", 1)
    cfg.write_text(edited + ("\n" + rest[1] if len(rest) > 1 else ""), encoding="utf-8")
    again = lines(runner.invoke(app, ["check", "--config", str(cfg)]).output)
    assert (
        "register.complaint" not in again["register"] and "register.purposes" in again["register"]
    )


def test_init_writes_every_register_fact_as_the_example() -> None:
    """What `check` calls example text is exactly what `init` writes."""
    text = (resources.files("mailbot") / "data" / "mailbot.example.toml").read_text("utf-8")
    register = tomllib.loads(text)["register"]
    defaults = RegisterSettings()
    for key in REGISTER_FACTS:
        assert register[key] == getattr(defaults, key), key


def test_a_broken_configuration_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[mailbox]\nurl = "pop3://mail.example.com"\n')
    result = runner.invoke(app, ["check", "--config", str(cfg)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "mailbox.url" in result.output
