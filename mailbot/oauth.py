"""OAuth2 access tokens for IMAP and SMTP (SASL XOAUTH2).

Microsoft 365 and Google Workspace refuse passwords over IMAP: a service logs in
with a short-lived bearer token it obtains itself. Three sources are supported:
Microsoft's client-credentials flow (MSAL), a Google service account with
domain-wide delegation (google-auth), and any command that prints a token.
msal and google-auth are optional extras, imported only when used.

Tokens are kept in memory and fetched again a few minutes before they expire,
and once more when the server refuses one (it may have been revoked early).
Expiry uses the real wall clock, never mailbot.clock: `tick --now` moves the
register's time, not the identity provider's.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import json
import subprocess
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mailbot.config import OAuthSettings

MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
# Refresh this long before expiry (capped at half a token's lifetime).
REFRESH_MARGIN = 300.0
# What each provider needs installed, and the extra that installs it.
EXTRAS: dict[str, tuple[str, str]] = {
    "microsoft": ("msal", "microsoft"),
    "google": ("google.oauth2.service_account", "google"),
}


class OAuthError(Exception):
    """No token could be had; worded as the one line an operator sees."""


def missing_extra(provider: str) -> str | None:
    """The one-line complaint when `provider`'s library is not installed, else None."""
    if provider not in EXTRAS:
        return None
    module, extra = EXTRAS[provider]
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    return (
        f'oauth_provider = "{provider}" needs the {module.split(".")[0]} package: '
        f"pip install 'mailbot[{extra}]'"
    )


def _require(provider: str) -> Any:
    """Import the provider's library lazily; a missing extra is one clear line."""
    module, _extra = EXTRAS[provider]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise OAuthError(missing_extra(provider) or f"cannot import {module}") from None


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, before base64 (imapclient encodes it itself)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def xoauth2_b64(user: str, token: str) -> str:
    return base64.b64encode(xoauth2_string(user, token).encode()).decode("ascii")


def check_token(token: str, source: str) -> str:
    """A token goes into a SASL string: printable ASCII without spaces, or it is refused.

    A \\x01 or a line break in it would end the SASL message early and let the
    rest be read as something else.
    """
    token = token.strip()
    if not token:
        raise OAuthError(f"{source} gave an empty token")
    if not token.isascii() or not token.isprintable() or any(c.isspace() for c in token):
        raise OAuthError(f"{source} gave a token with spaces or control characters")
    if len(token) > 16384:
        raise OAuthError(f"{source} gave a token longer than 16384 characters")
    return token


@dataclass(frozen=True)
class Token:
    value: str
    expires_at: float  # wall-clock seconds
    refresh_at: float


class TokenProvider(ABC):
    """Hands out a cached token, fetching a new one before the old one expires.

    Subclasses only implement fetch(); caching, refresh and locking live here so
    that every source behaves the same. Thread-safe: `run` polls IMAP and sends
    SMTP from different threads.
    """

    name = "token provider"

    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._token: Token | None = None
        self.fetches = 0  # how many times fetch() ran (for `check` and tests)

    @abstractmethod
    def fetch(self) -> tuple[str, float]:
        """Obtain a fresh token: (token, lifetime in seconds from now)."""

    def token(self) -> str:
        with self._lock:
            now = self._now()
            if self._token is None or now >= self._token.refresh_at:
                value, lifetime = self.fetch()
                self.fetches += 1
                value = check_token(value, self.name)
                lifetime = max(float(lifetime), 0.0)
                margin = min(REFRESH_MARGIN, lifetime / 2)
                self._token = Token(value, now + lifetime, now + lifetime - margin)
            return self._token.value

    def invalidate(self, token: str | None = None) -> bool:
        """Forget the cached token (if it is still `token`): the server refused it."""
        with self._lock:
            if self._token is not None and (token is None or self._token.value == token):
                self._token = None
                return True
            return False


def parse_command_output(out: bytes, default_lifetime: float) -> tuple[str, float]:
    """A bare token on the first line, or JSON {"access_token", "expires_in"}.

    The JSON form is what token endpoints answer, so `curl … | jq` style helpers
    work as they are; a bare token is assumed to live `default_lifetime` seconds.
    """
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError:
        raise OAuthError("oauth_command printed something that is not UTF-8") from None
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            raise OAuthError("oauth_command printed JSON that does not parse") from None
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise OAuthError('oauth_command printed JSON without a string "access_token"')
        lifetime = data.get("expires_in", default_lifetime)
        if isinstance(lifetime, str) and lifetime.isdigit():
            lifetime = int(lifetime)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float):
            raise OAuthError('oauth_command printed an "expires_in" that is not a number')
        if not 0 <= lifetime <= 7 * 86400:
            raise OAuthError('oauth_command printed an "expires_in" outside 0…604800 s')
        return data["access_token"], float(lifetime)
    lines = stripped.splitlines()
    return (lines[0] if lines else ""), default_lifetime


class CommandProvider(TokenProvider):
    """Runs an argv list (no shell) whose standard output is the token."""

    name = "oauth_command"

    def __init__(
        self,
        argv: Sequence[str],
        lifetime: float = 3000.0,
        timeout: float = 30.0,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(now)
        self.argv = list(argv)
        self.lifetime = lifetime
        self.timeout = timeout

    def fetch(self) -> tuple[str, float]:
        try:
            done = subprocess.run(
                self.argv,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except FileNotFoundError:
            raise OAuthError(f"oauth_command: {self.argv[0]} not found") from None
        except PermissionError:
            raise OAuthError(f"oauth_command: {self.argv[0]} is not executable") from None
        except subprocess.TimeoutExpired:
            raise OAuthError(f"oauth_command did not finish within {self.timeout:.0f} s") from None
        if done.returncode != 0:
            err = done.stderr.decode("utf-8", "replace").strip().splitlines()
            last = err[-1][:200] if err else "no message"
            raise OAuthError(f"oauth_command exited with status {done.returncode}: {last}")
        return parse_command_output(done.stdout, self.lifetime)


class MicrosoftProvider(TokenProvider):
    """Client credentials (app-only) from Microsoft Entra ID through MSAL."""

    name = "Microsoft Entra ID"

    def __init__(
        self,
        tenant: str,
        client_id: str,
        client_secret: str | None = None,
        private_key: str | None = None,
        certificate: str | None = None,
        authority: str = MICROSOFT_AUTHORITY,
        scope: str = MICROSOFT_SCOPE,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(now)
        self.tenant = tenant
        self.client_id = client_id
        self.client_secret = client_secret
        self.private_key = private_key
        self.certificate = certificate
        self.authority = authority.rstrip("/")
        self.scope = scope
        self._app: Any = None

    def _credential(self) -> Any:
        if self.client_secret:
            return self.client_secret
        # MSAL >= 1.35 works out the certificate's SHA-256 thumbprint itself.
        return {"private_key": self.private_key, "public_certificate": self.certificate}

    def invalidate(self, token: str | None = None) -> bool:
        dropped = super().invalidate(token)
        if dropped:
            self._app = None  # MSAL's own cache would hand the refused token back
        return dropped

    def fetch(self) -> tuple[str, float]:
        msal = _require("microsoft")
        if self._app is None:
            try:
                self._app = msal.ConfidentialClientApplication(
                    self.client_id,
                    authority=f"{self.authority}/{self.tenant}",
                    client_credential=self._credential(),
                    # The authority is the operator's choice; asking
                    # login.microsoftonline.com to vouch for it adds nothing.
                    instance_discovery=False,
                )
            except ValueError as exc:  # bad authority or tenant, unreadable key
                raise OAuthError(f"Microsoft sign-in set-up: {_first_line(str(exc))}") from None
            except Exception as exc:  # noqa: BLE001 - msal raises requests' errors unwrapped
                raise OAuthError(f"Microsoft sign-in: {_first_line(str(exc))}") from None
        try:
            result = self._app.acquire_token_for_client(scopes=[self.scope])
        except Exception as exc:  # noqa: BLE001 - network errors from requests
            raise OAuthError(f"Microsoft token request failed: {_first_line(str(exc))}") from None
        if not isinstance(result, dict) or "access_token" not in result:
            result = result if isinstance(result, dict) else {}
            raise OAuthError(
                f"Microsoft refused a token for client {self.client_id}: "
                f"{result.get('error', 'no answer')}: "
                f"{_first_line(str(result.get('error_description', '')))}"
            )
        return str(result["access_token"]), float(result.get("expires_in", 3600))


class GoogleProvider(TokenProvider):
    """A service account acting as the mailbox user (domain-wide delegation)."""

    name = "Google"

    def __init__(
        self,
        service_account: str,
        subject: str,
        scope: str = GOOGLE_SCOPE,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(now)
        self.info = parse_service_account(service_account)
        self.subject = subject
        self.scope = scope

    def fetch(self) -> tuple[str, float]:
        service_account = _require("google")
        try:
            from google.auth.exceptions import GoogleAuthError, TransportError
            from google.auth.transport.requests import Request
        except ImportError:
            raise OAuthError(missing_extra("google") or "cannot import google-auth") from None
        try:
            creds = service_account.Credentials.from_service_account_info(
                self.info, scopes=[self.scope], subject=self.subject
            )
            creds.refresh(Request())
        except TransportError as exc:
            raise OAuthError(f"Google token request failed: {_first_line(str(exc))}") from None
        except (GoogleAuthError, ValueError) as exc:
            raise OAuthError(
                f"Google refused a token for {self.subject} "
                f"(service account {self.info.get('client_email')}): {_first_line(str(exc))}"
            ) from None
        expiry = creds.expiry  # naive UTC datetime
        lifetime = 3600.0
        if expiry is not None:
            lifetime = expiry.replace(tzinfo=UTC).timestamp() - time.time()
        return str(creds.token), lifetime


def parse_service_account(text: str) -> dict[str, Any]:
    """The JSON key Google's console downloads; checked for the fields a token needs."""
    try:
        info = json.loads(text)
    except ValueError:
        raise ValueError("is not a service-account JSON key") from None
    if not isinstance(info, dict):
        raise ValueError("is not a service-account JSON key")
    missing = [k for k in ("client_email", "private_key", "token_uri") if not info.get(k)]
    if missing:
        raise ValueError(f"service-account key lacks {', '.join(missing)}")
    return info


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0][:300] if lines else "no details"


# One provider per distinct configuration, so IMAP and SMTP share one token
# cache when they log in as the same user with the same settings.
_PROVIDERS: dict[tuple[Any, ...], TokenProvider] = {}
_PROVIDERS_LOCK = threading.Lock()


def _key(settings: OAuthSettings, user: str) -> tuple[Any, ...]:
    return (
        settings.oauth_provider,
        settings.oauth_tenant,
        settings.oauth_client_id,
        settings.oauth_client_secret,
        settings.oauth_private_key,
        settings.oauth_certificate,
        settings.oauth_authority,
        settings.oauth_scope,
        settings.oauth_service_account,
        settings.oauth_subject or user,
        tuple(settings.oauth_command or ()),
        settings.oauth_token_lifetime,
    )


def build_provider(settings: OAuthSettings, user: str, timeout: float = 30.0) -> TokenProvider:
    """A new provider for these settings (validated by config.py already)."""
    kind = settings.oauth_provider
    if kind == "command":
        return CommandProvider(
            settings.oauth_command or [], lifetime=settings.oauth_token_lifetime, timeout=timeout
        )
    if kind == "microsoft":
        return MicrosoftProvider(
            settings.oauth_tenant or "",
            settings.oauth_client_id or "",
            client_secret=settings.oauth_client_secret,
            private_key=settings.oauth_private_key,
            certificate=settings.oauth_certificate,
            authority=settings.oauth_authority,
            scope=settings.oauth_scope or MICROSOFT_SCOPE,
        )
    if kind == "google":
        return GoogleProvider(
            settings.oauth_service_account or "",
            subject=settings.oauth_subject or user,
            scope=settings.oauth_scope or GOOGLE_SCOPE,
        )
    raise OAuthError(f"oauth_provider {kind!r} is not microsoft, google or command")


def provider_for(settings: OAuthSettings, user: str, timeout: float = 30.0) -> TokenProvider:
    """The shared provider for these settings and user (created on first use)."""
    key = _key(settings, user)
    with _PROVIDERS_LOCK:
        provider = _PROVIDERS.get(key)
        if provider is None:
            provider = _PROVIDERS[key] = build_provider(settings, user, timeout)
        return provider
