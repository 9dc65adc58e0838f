"""XOAUTH2 for IMAP and SMTP: config, token cache, the three token sources, real servers.

What runs for real here: Dovecot with an oauth2 passdb asking a local
token-introspection server (IMAP XOAUTH2 login, refusal, refresh on refusal),
aiosmtpd accepting AUTH XOAUTH2, the `command` provider as a real subprocess,
MSAL against a local HTTPS stand-in for Entra ID (tenant discovery + token
endpoint, client secret and certificate), and google-auth against a local
stand-in for Google's token endpoint (signed JWT assertion checked).
What cannot run here: Microsoft's and Google's real endpoints and their
consent/permission checks (no network).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import ssl
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mailbot import clock, oauth, outbox
from mailbot.cli import app
from mailbot.config import ConfigError, load_settings
from mailbot.db import create_schema, make_engine
from mailbot.models import OutboundMail
from mailbot.oauth import OAuthError, TokenProvider
from mailbot.sources import SourceError
from mailbot.sources.imap import ImapSource
from tests.helpers import sample
from tests.servers import (
    Dovecot,
    DovecotNotInstalled,
    SmtpCapture,
    TokenIntrospection,
    find_dovecot,
)

# --------------------------------------------------------------------------- helpers

TOKEN_SCRIPT = """\
import pathlib, sys
d = pathlib.Path(sys.argv[1])
with open(d / "calls", "a") as f:
    f.write("x\\n")
print((d / "token").read_text().strip())
"""


class TokenDir:
    """A `command` token source: a script that prints the token in a file, counting calls."""

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        (path / "get_token.py").write_text(TOKEN_SCRIPT)
        self.set(token)

    def set(self, token: str) -> None:
        (self.path / "token").write_text(token + "\n")

    @property
    def calls(self) -> int:
        calls = self.path / "calls"
        return len(calls.read_text().splitlines()) if calls.exists() else 0

    @property
    def argv(self) -> list[str]:
        return [sys.executable, str(self.path / "get_token.py"), str(self.path)]

    def toml(self) -> str:
        return "oauth_command = " + json.dumps(self.argv)


def write_cfg(tmp_path: Path, text: str) -> Path:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(text)
    return cfg


class StubProvider(TokenProvider):
    """A real TokenProvider whose fetch() hands out token-1, token-2, … with a fixed lifetime."""

    name = "stub"

    def __init__(self, lifetime: float, clock: list[float]) -> None:
        super().__init__(now=lambda: clock[0])
        self.lifetime = lifetime
        self.gate: threading.Event | None = None

    def fetch(self) -> tuple[str, float]:
        if self.gate is not None:
            self.gate.wait(5)
        return f"token-{self.fetches + 1}", self.lifetime


# --------------------------------------------------------------------------- configuration


def test_xoauth2_without_provider_names_the_key(tmp_path: Path) -> None:
    cfg = write_cfg(
        tmp_path, '[mailbox]\nurl = "imaps://bot@mail.example.com/INBOX"\nauth = "xoauth2"\n'
    )
    with pytest.raises(ConfigError, match=r"mailbox: oauth_provider: required when auth"):
        load_settings(cfg)


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ('oauth_client_id = "c"\noauth_client_secret = "s"', "oauth_tenant: required"),
        ('oauth_tenant = "t"\noauth_client_secret = "s"', "oauth_client_id: required"),
        ('oauth_tenant = "t"\noauth_client_id = "c"', "oauth_client_secret: give either"),
        (
            'oauth_tenant = "t"\noauth_client_id = "c"\noauth_client_secret = "s"\n'
            'oauth_private_key = "k"\noauth_certificate = "c"',
            "oauth_client_secret: give either",
        ),
        (
            'oauth_tenant = "t"\noauth_client_id = "c"\noauth_private_key = "k"',
            "oauth_certificate: required with a certificate",
        ),
        (
            'oauth_tenant = "t"\noauth_client_id = "c"\noauth_client_secret = "s"\n'
            'oauth_authority = "http://login.example.com"',
            "oauth_authority: must be an https:// URL",
        ),
    ],
)
def test_microsoft_settings_are_checked(tmp_path: Path, keys: str, message: str) -> None:
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imaps://info@example.com@outlook.office365.com/INBOX"\n'
        f'auth = "xoauth2"\noauth_provider = "microsoft"\n{keys}\n',
    )
    with pytest.raises(ConfigError, match=message) as err:
        load_settings(cfg)
    assert "\n" not in str(err.value)


def test_secrets_come_from_files(tmp_path: Path) -> None:
    (tmp_path / "secret").write_text("s3cret-value\n")
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imaps://info%40example.com@outlook.office365.com/INBOX"\n'
        'auth = "xoauth2"\noauth_provider = "microsoft"\noauth_tenant = "t"\n'
        f'oauth_client_id = "c"\noauth_client_secret_file = "{tmp_path / "secret"}"\n',
    )
    assert load_settings(cfg).mailbox.oauth_client_secret == "s3cret-value"


def test_google_key_is_checked(tmp_path: Path) -> None:
    (tmp_path / "key.json").write_text('{"client_email": "bot@p.iam.example.com"}')
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imaps://info%40example.com@imap.gmail.com/INBOX"\n'
        'auth = "xoauth2"\noauth_provider = "google"\n'
        f'oauth_service_account_file = "{tmp_path / "key.json"}"\n',
    )
    with pytest.raises(ConfigError, match="oauth_service_account: service-account key lacks"):
        load_settings(cfg)


def test_command_must_be_an_argv_list(tmp_path: Path) -> None:
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imap://bot@127.0.0.1/INBOX"\nauth = "xoauth2"\n'
        'oauth_provider = "command"\noauth_command = []\n',
    )
    with pytest.raises(ConfigError, match="mailbox.oauth_command: must be a non-empty argv"):
        load_settings(cfg)
    cfg.write_text(
        '[mailbox]\nurl = "imap://bot@127.0.0.1/INBOX"\nauth = "xoauth2"\n'
        'oauth_provider = "command"\noauth_command = "get-token --now"\n'
    )
    with pytest.raises(ConfigError, match="mailbox.oauth_command"):
        load_settings(cfg)


def test_smtp_xoauth2_reuses_the_mailbox_token_source_or_needs_its_own(tmp_path: Path) -> None:
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imap://bot@127.0.0.1/INBOX"\npassword = "pw"\n'
        '[smtp]\nurl = "smtp://127.0.0.1:25"\nauth = "xoauth2"\n',
    )
    with pytest.raises(ConfigError, match=r"smtp.oauth_provider: required when smtp.auth"):
        load_settings(cfg)
    cfg.write_text(
        '[mailbox]\nurl = "imap://bot@127.0.0.1/INBOX"\nauth = "xoauth2"\n'
        'oauth_provider = "command"\noauth_command = ["/bin/echo", "t"]\n'
        '[smtp]\nurl = "smtp://127.0.0.1:25"\nauth = "xoauth2"\n'
    )
    smtp = load_settings(cfg).smtp
    assert smtp.oauth_provider == "command"
    assert smtp.oauth_command == ["/bin/echo", "t"]


def test_missing_extra_is_one_line_at_startup_and_at_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "msal", None)  # import msal now raises ImportError
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imaps://info%40example.com@outlook.office365.com/INBOX"\n'
        'auth = "xoauth2"\noauth_provider = "microsoft"\noauth_tenant = "t"\n'
        'oauth_client_id = "c"\noauth_client_secret = "s"\n',
    )
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert str(err.value) == (
        f'{cfg}: mailbox: oauth_provider: oauth_provider = "microsoft" needs the msal '
        "package: pip install 'mailbot[microsoft]'"
    )
    with pytest.raises(OAuthError, match=r"pip install 'mailbot\[microsoft\]'"):
        oauth.MicrosoftProvider("t", "c", client_secret="s").token()


def test_missing_google_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "google.oauth2.service_account", None)
    assert oauth.missing_extra("google") == (
        "oauth_provider = \"google\" needs the google package: pip install 'mailbot[google]'"
    )
    key = json.dumps({"client_email": "a@example.com", "private_key": "k", "token_uri": "u"})
    with pytest.raises(OAuthError, match=r"mailbot\[google\]"):
        oauth.GoogleProvider(key, subject="info@example.com").token()


# --------------------------------------------------------------------------- token cache


def test_token_is_cached_and_refreshed_before_expiry() -> None:
    clock = [1000.0]
    provider = StubProvider(lifetime=3600, clock=clock)
    assert provider.token() == "token-1"
    clock[0] += 3600 - oauth.REFRESH_MARGIN - 1  # one second before the refresh point
    assert provider.token() == "token-1"
    assert provider.fetches == 1
    clock[0] += 1  # refresh point: five minutes before expiry
    assert provider.token() == "token-2"
    assert provider.fetches == 2


def test_short_lived_tokens_refresh_at_half_their_life() -> None:
    clock = [0.0]
    provider = StubProvider(lifetime=60, clock=clock)
    assert provider.token() == "token-1"
    clock[0] = 29.9
    assert provider.token() == "token-1"
    clock[0] = 30.0
    assert provider.token() == "token-2"


def test_invalidate_drops_only_the_refused_token() -> None:
    clock = [0.0]
    provider = StubProvider(lifetime=3600, clock=clock)
    first = provider.token()
    provider.invalidate(first)
    second = provider.token()
    assert second == "token-2"
    provider.invalidate(first)  # a late report about the old token keeps the new one
    assert provider.token() == "token-2"
    provider.invalidate()
    assert provider.token() == "token-3"


def test_concurrent_callers_share_one_fetch() -> None:
    provider = StubProvider(lifetime=3600, clock=[0.0])
    provider.gate = threading.Event()
    got: list[str] = []
    threads = [threading.Thread(target=lambda: got.append(provider.token())) for _ in range(8)]
    for t in threads:
        t.start()
    provider.gate.set()
    for t in threads:
        t.join(10)
    assert got == ["token-1"] * 8
    assert provider.fetches == 1


def test_providers_are_shared_per_configuration(tmp_path: Path) -> None:
    tokens = TokenDir(tmp_path / "t", "tok")
    cfg = write_cfg(
        tmp_path,
        '[mailbox]\nurl = "imap://bot@127.0.0.1/INBOX"\nauth = "xoauth2"\n'
        f'oauth_provider = "command"\n{tokens.toml()}\n'
        '[smtp]\nurl = "smtp://127.0.0.1:25"\nauth = "xoauth2"\n',
    )
    s = load_settings(cfg)
    assert oauth.provider_for(s.mailbox, "bot") is oauth.provider_for(s.smtp, "bot")
    assert oauth.provider_for(s.mailbox, "bot") is not oauth.provider_for(s.smtp, "other")


# --------------------------------------------------------------------------- command provider


def test_command_prints_a_bare_token_or_json(tmp_path: Path) -> None:
    tokens = TokenDir(tmp_path, "abc.DEF-123")
    provider = oauth.CommandProvider(tokens.argv, lifetime=100)
    assert provider.token() == "abc.DEF-123"
    assert provider.token() == "abc.DEF-123"
    assert tokens.calls == 1
    tokens.set('{"access_token": "eyJ0eXAi.x.y", "expires_in": 3599, "token_type": "Bearer"}')
    clock = [0.0]
    provider = oauth.CommandProvider(tokens.argv, now=lambda: clock[0])
    assert provider.token() == "eyJ0eXAi.x.y"
    clock[0] = 3599 - oauth.REFRESH_MARGIN
    provider.token()
    assert tokens.calls == 3


def test_command_failures_are_one_line(tmp_path: Path) -> None:
    script = tmp_path / "fail.py"
    script.write_text(
        "import sys\nprint('trace', file=sys.stderr)\nprint('AADSTS700016: no app', file=sys.stderr)\nsys.exit(3)\n"
    )
    with pytest.raises(
        OAuthError, match=r"^oauth_command exited with status 3: AADSTS700016: no app$"
    ):
        oauth.CommandProvider([sys.executable, str(script)]).token()
    with pytest.raises(OAuthError, match="not found"):
        oauth.CommandProvider([str(tmp_path / "missing")]).token()
    script.write_text("print('line one\\x01user=evil')\n")
    with pytest.raises(OAuthError, match="control characters"):
        oauth.CommandProvider([sys.executable, str(script)]).token()
    script.write_text("print('')\n")
    with pytest.raises(OAuthError, match="empty token"):
        oauth.CommandProvider([sys.executable, str(script)]).token()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_command_output_never_smuggles_sasl_framing(out: bytes) -> None:
    """Whatever a command prints, either it is refused or the SASL string has three \\x01."""
    try:
        raw, lifetime = oauth.parse_command_output(out, 600)
        token = oauth.check_token(raw, "oauth_command")
    except OAuthError:
        return
    assert 0 <= lifetime <= 7 * 86400
    assert oauth.xoauth2_string("bot", token).count("\x01") == 3
    assert token.isascii() and token.isprintable() and " " not in token


# --------------------------------------------------------------------------- IMAP against Dovecot


@pytest.fixture(scope="module")
def introspection() -> Iterator[TokenIntrospection]:
    server = TokenIntrospection().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def oauth_dovecot(
    tmp_path_factory: pytest.TempPathFactory, introspection: TokenIntrospection
) -> Iterator[Dovecot]:
    if find_dovecot() is None:
        pytest.skip("dovecot is not installed")
    server = Dovecot(oauth2_introspection_url=introspection.url)
    try:
        server.start(tmp_path_factory.mktemp("dovecot-oauth2"))
    except DovecotNotInstalled:
        pytest.skip("dovecot is not installed")
    try:
        yield server
    finally:
        server.stop()


def oauth_config(tmp_path: Path, dovecot: Dovecot, user: str, tokens: TokenDir, smtp: str) -> Path:
    return write_cfg(
        tmp_path,
        f'[mailbox]\nurl = "imap://{user}@127.0.0.1:{dovecot.port}/INBOX"\n'
        f'auth = "xoauth2"\noauth_provider = "command"\n{tokens.toml()}\n'
        f"[smtp]\n{smtp}\n"
        'from = "info@plaza.example.com"\n'
        '[database]\nurl = "sqlite:///mailbot.db"\n'
        '[contact_form]\nsenders = ["wordpress@plaza.example.com"]\n',
    )


def test_poll_logs_in_with_a_token_and_files_mail_and_sends_over_smtp_xoauth2(
    tmp_path: Path, oauth_dovecot: Dovecot, introspection: TokenIntrospection
) -> None:
    account = oauth_dovecot.add_user()
    account.append(sample("contact-form-en.eml"))
    tokens = TokenDir(tmp_path / "tok", "good-token-1")
    introspection.tokens["good-token-1"] = account.user
    smtp = SmtpCapture(xoauth2_tokens={"good-token-1": account.user}).start()
    try:
        cfg = oauth_config(
            tmp_path,
            oauth_dovecot,
            account.user,
            tokens,
            f'url = "smtp://127.0.0.1:{smtp.port}"\nuser = "{account.user}"\nauth = "xoauth2"',
        )
        before = introspection.requests
        result = CliRunner().invoke(app, ["poll", "--config", str(cfg)])
        assert result.exit_code == 0, result.output
        assert len(account.folder_uids("mailbot/contact-form")) == 1
        assert introspection.requests > before  # Dovecot asked the introspection server
        # The acknowledgement went out through AUTH XOAUTH2 with the same token.
        smtp.wait_for(1)
        assert smtp.auth_attempts == [(account.user, "good-token-1")]
        # IMAP and SMTP shared one token: the command ran once.
        assert tokens.calls == 1
    finally:
        smtp.stop()


def test_refused_token_is_replaced_once_and_reconnects_reuse_the_cache(
    tmp_path: Path, oauth_dovecot: Dovecot, introspection: TokenIntrospection
) -> None:
    account = oauth_dovecot.add_user()
    tokens = TokenDir(tmp_path / "tok", "revoked-early")
    introspection.tokens["revoked-early"] = account.user
    cfg = oauth_config(tmp_path, oauth_dovecot, account.user, tokens, 'url = "file:outbox"')
    source = ImapSource(load_settings(cfg).mailbox)
    source.connect()
    source.close()
    source.connect()  # a reconnect uses the cached token
    source.close()
    assert tokens.calls == 1
    # The identity provider revokes it before its expiry and hands out a new one.
    del introspection.tokens["revoked-early"]
    tokens.set("fresh-token")
    introspection.tokens["fresh-token"] = account.user
    source.connect()
    source.close()
    assert tokens.calls == 2


def test_invalid_token_fails_with_one_clear_line(
    tmp_path: Path, oauth_dovecot: Dovecot, introspection: TokenIntrospection
) -> None:
    account = oauth_dovecot.add_user()
    tokens = TokenDir(tmp_path / "tok", "expired-token")
    cfg = oauth_config(tmp_path, oauth_dovecot, account.user, tokens, 'url = "file:outbox"')
    source = ImapSource(load_settings(cfg).mailbox)
    with pytest.raises(SourceError) as err:
        source.connect()
    message = str(err.value)
    assert "\n" not in message
    assert f"XOAUTH2 login as {account.user} refused, also with a fresh token" in message
    assert "AUTHENTICATIONFAILED" in message
    assert tokens.calls == 2  # one retry with a fresh token, no more

    result = CliRunner().invoke(app, ["poll", "--config", str(cfg)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused, also with a fresh token" in lines[0]


def test_a_token_for_another_user_is_refused(
    tmp_path: Path, oauth_dovecot: Dovecot, introspection: TokenIntrospection
) -> None:
    account = oauth_dovecot.add_user()
    other = oauth_dovecot.add_user()
    tokens = TokenDir(tmp_path / "tok", "others-token")
    introspection.tokens["others-token"] = other.user
    cfg = oauth_config(tmp_path, oauth_dovecot, account.user, tokens, 'url = "file:outbox"')
    with pytest.raises(SourceError, match="refused"):
        ImapSource(load_settings(cfg).mailbox).connect()


def test_token_source_failure_is_a_source_error(tmp_path: Path, oauth_dovecot: Dovecot) -> None:
    account = oauth_dovecot.add_user()
    cfg = write_cfg(
        tmp_path,
        f'[mailbox]\nurl = "imap://{account.user}@127.0.0.1:{oauth_dovecot.port}/INBOX"\n'
        'auth = "xoauth2"\noauth_provider = "command"\noauth_command = ["/bin/false"]\n',
    )
    with pytest.raises(SourceError, match=r"no OAuth token: oauth_command exited with status 1"):
        ImapSource(load_settings(cfg).mailbox).connect()


# --------------------------------------------------------------------------- SMTP XOAUTH2


def _queue_one(engine: Any) -> None:
    from sqlmodel import Session

    with Session(engine) as session:
        session.add(
            OutboundMail(
                message_id="<t1@plaza.example.com>",
                created_at=clock.now(),
                to_addr="sam@example.net",
                subject="t",
                template="test",
                raw=b"From: info@plaza.example.com\r\nTo: sam@example.net\r\nSubject: t\r\n\r\nhi\r\n",
            )
        )
        session.commit()


def test_smtp_refused_token_leaves_mail_pending_after_one_fresh_try(tmp_path: Path) -> None:
    tokens = TokenDir(tmp_path / "tok", "stale")
    smtp = SmtpCapture(xoauth2_tokens={"valid": "info@plaza.example.com"}).start()
    try:
        cfg = write_cfg(
            tmp_path,
            '[mailbox]\nurl = "maildir:Maildir"\n'
            f'[smtp]\nurl = "smtp://127.0.0.1:{smtp.port}"\nuser = "info@plaza.example.com"\n'
            f'auth = "xoauth2"\noauth_provider = "command"\n{tokens.toml()}\n',
        )
        settings_ = load_settings(cfg)
        engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
        create_schema(engine)
        _queue_one(engine)
        report = outbox.send_pending(engine, settings_.smtp)
        assert report.sent == 0 and report.retried == 1
        assert "535" in (report.error or "")
        assert smtp.auth_attempts == [("info@plaza.example.com", "stale")] * 2
        assert tokens.calls == 2
        assert smtp.mails == []
    finally:
        smtp.stop()


# --------------------------------------------------------------------------- Microsoft (MSAL)


def _self_signed(tmp_path: Path, name: str = "127.0.0.1") -> tuple[Path, Path, str, str]:
    """A certificate for 127.0.0.1 and its key: (cert file, key file, cert PEM, key PEM)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    cert_file, key_file = tmp_path / f"{name}.crt", tmp_path / f"{name}.key"
    cert_file.write_text(cert_pem)
    key_file.write_text(key_pem)
    return cert_file, key_file, cert_pem, key_pem


class FakeIdentityServer:
    """Stands in for Entra ID's tenant discovery and token endpoint, or Google's token_uri."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        self.posts: list[dict[str, str]] = []
        self.answer: dict[str, Any] = {"access_token": "ms-token-1", "expires_in": 3599}
        self.status = 200
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                base = owner.url
                tenant = self.path.split("/")[1]
                if self.path.endswith("/.well-known/openid-configuration"):
                    self._send(
                        200,
                        {
                            "issuer": f"{base}/{tenant}/v2.0",
                            "authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/authorize",
                            "token_endpoint": f"{base}/{tenant}/oauth2/v2.0/token",
                        },
                    )
                else:
                    self._send(404, {"error": "not_found"})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                owner.posts.append({k: v[0] for k, v in form.items()} | {"path": self.path})
                self._send(owner.status, owner.answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.scheme = "http"
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(tls[0]), str(tls[1]))
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def entra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeIdentityServer]:
    pytest.importorskip("msal")
    cert_file, key_file, _c, _k = _self_signed(tmp_path)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert_file))  # MSAL uses requests
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    server = FakeIdentityServer(tls=(cert_file, key_file))
    try:
        yield server
    finally:
        server.stop()


def _verify_jwt(token: str, public_key: Any) -> None:
    """Raise unless `token` is signed (RS256 or PS256) by the key's private half."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    header, _claims = _jwt_parts(token)
    signed, sig = token.rsplit(".", 1)
    pad: Any = (
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        if header["alg"] == "PS256"
        else padding.PKCS1v15()
    )
    assert header["alg"] in ("RS256", "PS256")
    public_key.verify(
        base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)), signed.encode(), pad, hashes.SHA256()
    )


def _jwt_parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    def part(s: str) -> dict[str, Any]:
        return json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))

    header, payload, _sig = token.split(".")
    return part(header), part(payload)


def test_microsoft_client_secret_up_to_the_http_boundary(entra: FakeIdentityServer) -> None:
    provider = oauth.MicrosoftProvider(
        "contoso-tenant-id", "app-client-id", client_secret="s3cret", authority=entra.url
    )
    assert provider.token() == "ms-token-1"
    post = entra.posts[-1]
    assert post["path"] == "/contoso-tenant-id/oauth2/v2.0/token"
    assert post["grant_type"] == "client_credentials"
    assert post["client_id"] == "app-client-id"
    assert post["client_secret"] == "s3cret"
    assert post["scope"] == "https://outlook.office365.com/.default"
    provider.token()
    assert len(entra.posts) == 1  # cached
    # Refused by the server: MSAL's own cache must not hand the same token back.
    entra.answer = {"access_token": "ms-token-2", "expires_in": 3599}
    provider.invalidate("ms-token-1")
    assert provider.token() == "ms-token-2"
    assert len(entra.posts) == 2

    entra.status = 401
    entra.answer = {
        "error": "invalid_client",
        "error_description": "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1",
    }
    bad = oauth.MicrosoftProvider("t2", "app-client-id", client_secret="x", authority=entra.url)
    with pytest.raises(OAuthError) as err:
        bad.token()
    assert str(err.value) == (
        "Microsoft refused a token for client app-client-id: invalid_client: "
        "AADSTS7000215: Invalid client secret provided."
    )


def test_microsoft_certificate_credential_signs_an_assertion(
    tmp_path: Path, entra: FakeIdentityServer
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    _cf, _kf, cert_pem, key_pem = _self_signed(tmp_path, "app-cert")
    provider = oauth.MicrosoftProvider(
        "tenant", "app-client-id", private_key=key_pem, certificate=cert_pem, authority=entra.url
    )
    assert provider.token() == "ms-token-1"
    post = entra.posts[-1]
    assert "client_secret" not in post
    assert post["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    header, claims = _jwt_parts(post["client_assertion"])
    cert = x509.load_pem_x509_certificate(cert_pem.encode())
    thumb = base64.urlsafe_b64encode(cert.fingerprint(hashes.SHA256())).rstrip(b"=").decode()
    assert header["x5t#S256"].rstrip("=") == thumb
    assert claims["iss"] == claims["sub"] == "app-client-id"
    # raises if MSAL did not sign with the certificate's key
    _verify_jwt(post["client_assertion"], cert.public_key())


def test_microsoft_unreachable_authority_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("msal")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    from tests.servers import free_port

    provider = oauth.MicrosoftProvider(
        "t", "c", client_secret="s", authority=f"https://127.0.0.1:{free_port()}"
    )
    with pytest.raises(OAuthError) as err:
        provider.token()
    assert "\n" not in str(err.value) and str(err.value).startswith("Microsoft sign-in")


# --------------------------------------------------------------------------- Google (google-auth)


def test_google_service_account_up_to_the_http_boundary(tmp_path: Path) -> None:
    pytest.importorskip("google.oauth2.service_account")
    from cryptography import x509

    _cf, _kf, cert_pem, key_pem = _self_signed(tmp_path, "sa")
    server = FakeIdentityServer()
    server.answer = {
        "access_token": "ya29.google-token",
        "expires_in": 3599,
        "token_type": "Bearer",
    }
    try:
        key = {
            "type": "service_account",
            "client_email": "mailbot@project.iam.example.com",
            "private_key_id": "kid1",
            "private_key": key_pem,
            "token_uri": f"{server.url}/token",
        }
        (tmp_path / "sa.json").write_text(json.dumps(key))
        cfg = write_cfg(
            tmp_path,
            '[mailbox]\nurl = "imaps://info%40example.com@imap.gmail.com/INBOX"\n'
            'auth = "xoauth2"\noauth_provider = "google"\n'
            f'oauth_service_account_file = "{tmp_path / "sa.json"}"\n',
        )
        mailbox = load_settings(cfg).mailbox
        provider = oauth.build_provider(mailbox, "info@example.com")
        assert provider.token() == "ya29.google-token"
        post = server.posts[-1]
        assert post["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
        _header, claims = _jwt_parts(post["assertion"])
        assert claims["sub"] == "info@example.com"  # acts as the mailbox user
        assert claims["scope"] == "https://mail.google.com/"
        assert claims["iss"] == "mailbot@project.iam.example.com"
        sa_cert = x509.load_pem_x509_certificate(cert_pem.encode())
        _verify_jwt(post["assertion"], sa_cert.public_key())

        server.status = 401
        server.answer = {
            "error": "unauthorized_client",
            "error_description": "Client is unauthorized to retrieve access tokens using this method.",
        }
        with pytest.raises(OAuthError) as err:
            oauth.build_provider(mailbox, "other@example.com").token()
        assert "\n" not in str(err.value)
        assert str(err.value).startswith(
            "Google refused a token for other@example.com "
            "(service account mailbot@project.iam.example.com): "
        )
        assert "unauthorized_client" in str(err.value)
    finally:
        server.stop()
