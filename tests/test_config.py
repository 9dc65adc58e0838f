from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import ConfigError, load_settings


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "mailbot.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_contract_keys_are_read(tmp_path: Path) -> None:
    cfg = write(
        tmp_path,
        """
[mailbox]
url = "imap://bot@127.0.0.1:1143/INBOX"
password = "pw"
tls_verify = false
[smtp]
url = "smtp://127.0.0.1:2525"
from = "info@example.com"
[database]
url = "sqlite:///var/mailbot.db"
[auth]
trusted_authserv_ids = ["mx.example.com"]
[organisation]
name = "Plaza"
ceo_email = "ceo@example.com"
[contact_form]
senders = ["wordpress@plaza.example.com"]
[chat]
senders = ["transcripts@chat.example.net"]
""",
    )
    s = load_settings(cfg)
    assert s.mailbox.url == "imap://bot@127.0.0.1:1143/INBOX"
    assert s.mailbox.password == "pw" and s.mailbox.tls_verify is False
    assert s.smtp.from_ == "info@example.com"
    assert s.auth.trusted_authserv_ids == ["mx.example.com"]
    assert s.contact_form.senders == ["wordpress@plaza.example.com"]
    assert s.chat.senders == ["transcripts@chat.example.net"]
    assert s.database.url == f"sqlite:///{tmp_path / 'var/mailbot.db'}"


def test_environment_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write(tmp_path, '[smtp]\nurl = "smtp://a:25"\nfrom = "info@example.com"\n')
    monkeypatch.setenv("MAILBOT_SMTP__URL", "smtp://b:2525")
    monkeypatch.setenv("MAILBOT_AUTH__TRUSTED_AUTHSERV_IDS", '["mx1.example.com"]')
    s = load_settings(cfg)
    assert s.smtp.url == "smtp://b:2525"
    assert s.smtp.from_ == "info@example.com"
    assert s.auth.trusted_authserv_ids == ["mx1.example.com"]


def test_config_from_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write(tmp_path, '[organisation]\nname = "From env path"\n')
    monkeypatch.setenv("MAILBOT_CONFIG", str(cfg))
    assert load_settings(None).organisation.name == "From env path"


def test_secret_file(tmp_path: Path) -> None:
    secret = tmp_path / "imap.secret"
    secret.write_text("s3cret\n")
    cfg = write(
        tmp_path,
        f'[mailbox]\nurl = "imaps://bot@mx.example.com/INBOX"\npassword_file = "{secret}"\n',
    )
    assert load_settings(cfg).mailbox.password == "s3cret"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[mailbox]\nurl = "pop3://x"\n', "mailbox.url"),
        ('[mailbox]\nurll = "x"\n', "mailbox.urll: unknown key"),
        ('[smtp]\nfrom = "not an address"\n', "smtp.from"),
        ("[mailbox]\nbatch_size = 0\n", "mailbox.batch_size"),
        ('[organisation]\ndefault_language = "de"\n', "organisation.default_language"),
        ('[mailbox]\npassword_file = "/nonexistent/secret"\n', "password_file"),
        ("[mailbox\n", "not valid TOML"),
    ],
)
def test_broken_config_is_one_line_naming_the_key(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    message = str(info.value)
    assert expected in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")
