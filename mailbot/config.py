"""Settings: TOML file, overridden by MAILBOT_<SECTION>__<KEY> environment variables.

Validated once at start-up so that a broken configuration stops the service with
one line naming the key, instead of failing later in the middle of a mailbox.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from mailbot import kinds, redact

Language = Literal["fi", "sv", "en"]

DEFAULT_FOLDERS: dict[str, str] = kinds.default_folders()  # declared with each kind


class ConfigError(Exception):
    """A configuration problem, worded as the one line the operator sees."""


class Section(BaseModel):
    """Base for sections: unknown keys are errors (typos must not pass silently).

    A key `X_file` is read from that file into `X`, so secrets need not sit in the
    TOML or the environment.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _read_secret_files(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out = dict(data)
        for key in list(out):
            if not key.endswith("_file") or key[:-5] not in cls.model_fields:
                continue
            path = out.pop(key)
            if path in (None, ""):
                continue
            try:
                out[key[:-5]] = Path(str(path)).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ValueError(f"{key}: cannot read {path}: {exc.strerror}") from None
        return out


class OAuthSettings(Section):
    """XOAUTH2 instead of a password (Microsoft 365, Google Workspace, or a command).

    Shared by [mailbox] and [smtp]; see mailbot/oauth.py. Secrets (client secret,
    private key, service-account key) are best given as `*_file` keys.
    """

    auth: Literal["password", "xoauth2"] = "password"
    oauth_provider: Literal["microsoft", "google", "command"] | None = None
    oauth_tenant: str | None = None  # Microsoft: directory (tenant) ID or domain
    oauth_client_id: str | None = None  # Microsoft: application (client) ID
    oauth_client_secret: str | None = None
    oauth_private_key: str | None = None  # Microsoft: PEM key of the certificate
    oauth_certificate: str | None = None  # Microsoft: PEM certificate uploaded to the app
    oauth_authority: str = "https://login.microsoftonline.com"
    oauth_scope: str | None = None  # default: the provider's IMAP/SMTP scope
    oauth_service_account: str | None = None  # Google: the JSON key (oauth_service_account_file)
    oauth_subject: str | None = None  # Google: the user to act as (default: the login user)
    oauth_command: list[str] | None = None  # argv, no shell; prints the token
    oauth_token_lifetime: float = Field(3000.0, gt=0)  # a bare token from the command

    @field_validator("oauth_command")
    @classmethod
    def _check_command(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and (not v or not v[0]):
            raise ValueError('must be a non-empty argv list such as ["/usr/local/bin/get-token"]')
        return v

    @field_validator("oauth_authority")
    @classmethod
    def _check_authority(cls, v: str) -> str:
        if not v.startswith("https://") or not urlsplit(v).hostname:
            raise ValueError("must be an https:// URL such as https://login.microsoftonline.com")
        return v.rstrip("/")

    def oauth_problem(self) -> str | None:
        """What is missing for XOAUTH2 with this provider, as `key: reason`; None if fine."""
        from mailbot import oauth

        kind = self.oauth_provider
        if kind is None:
            return 'oauth_provider: required when auth = "xoauth2" (microsoft, google or command)'
        if kind == "command":
            return (
                None
                if self.oauth_command
                else 'oauth_command: required for oauth_provider = "command"'
            )
        if kind == "microsoft":
            for key in ("oauth_tenant", "oauth_client_id"):
                if not getattr(self, key):
                    return f'{key}: required for oauth_provider = "microsoft"'
            has_cert = bool(self.oauth_private_key or self.oauth_certificate)
            if bool(self.oauth_client_secret) == has_cert:
                return (
                    "oauth_client_secret: give either it or oauth_private_key + oauth_certificate"
                )
            if has_cert and not (self.oauth_private_key and self.oauth_certificate):
                missing = "oauth_certificate" if self.oauth_private_key else "oauth_private_key"
                return f"{missing}: required with a certificate credential"
        if kind == "google":
            if not self.oauth_service_account:
                return 'oauth_service_account_file: required for oauth_provider = "google"'
            try:
                oauth.parse_service_account(self.oauth_service_account)
            except ValueError as exc:
                return f"oauth_service_account: {exc}"
        missing = oauth.missing_extra(kind)
        return f"oauth_provider: {missing}" if missing else None

    def copy_oauth_from(self, other: OAuthSettings) -> None:
        """Use another section's token source (SMTP reusing the mailbox's)."""
        for key in OAuthSettings.model_fields:
            if key.startswith("oauth_"):
                setattr(self, key, getattr(other, key))


class MailboxSettings(OAuthSettings):
    url: str = "maildir:./Maildir"
    user: str | None = None
    password: str | None = None
    tls_verify: bool = True
    timeout: float = 30.0
    max_message_bytes: int = Field(25 * 1024 * 1024, gt=0)
    batch_size: int = Field(500, ge=1, le=1000)
    # A batch also ends before this many bytes (RFC822.SIZE): big mail is held few at a time.
    batch_bytes: int = Field(32 * 1024 * 1024, ge=1024 * 1024)
    poll_interval: float = Field(60.0, gt=0)
    idle_timeout: float = Field(600.0, gt=0, le=1740)
    seen_keyword: str = "$MailbotSeen"
    # `run` stops (exit status 3) after this many logins refused in a row: a wrong
    # password must not look like a healthy, waiting service.
    max_auth_failures: int = Field(3, ge=1)
    folders: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_FOLDERS))
    # Bounds on the work one message may cause (mailbot/limits.py); over one: unprocessable.
    max_header_bytes: int = Field(256 * 1024, ge=1024)
    max_headers: int = Field(1000, ge=10)
    max_from_bytes: int = Field(1024, ge=100)
    max_encoded_words: int = Field(1000, ge=10)
    max_addresses: int = Field(500, ge=1)
    max_parts: int = Field(500, ge=1)
    max_depth: int = Field(20, ge=1)
    max_text_chars: int = Field(200_000, ge=1000)
    parse_timeout: float = Field(60.0, gt=0)

    @field_validator("url")
    @classmethod
    def _check_url(cls, v: str) -> str:
        scheme = v.split(":", 1)[0].lower()
        if scheme not in ("imap", "imaps", "imap+starttls", "maildir"):
            raise ValueError("must start with imaps://, imap+starttls://, imap:// or maildir:")
        if scheme != "maildir" and not urlsplit(v).hostname:
            raise ValueError("has no host name")
        return v

    @field_validator("folders")
    @classmethod
    def _complete_folders(cls, v: dict[str, str]) -> dict[str, str]:
        unknown = set(v) - set(DEFAULT_FOLDERS)
        if unknown:
            raise ValueError(f"unknown kind(s) {sorted(unknown)}; known: {sorted(DEFAULT_FOLDERS)}")
        return {**DEFAULT_FOLDERS, **v}

    @model_validator(mode="after")
    def _check_oauth(self) -> MailboxSettings:
        if self.auth == "xoauth2":
            problem = self.oauth_problem()
            if problem:
                raise ValueError(problem)
        return self

    @field_validator("seen_keyword")
    @classmethod
    def _check_keyword(cls, v: str) -> str:
        if not v or any(c in v for c in ' ()"{%*]\\') or not v.isascii():
            raise ValueError("must be a single IMAP atom such as $MailbotSeen")
        return v


class SmtpSettings(OAuthSettings):
    url: str = "file:./outbox"
    from_: str = Field("info@example.com", alias="from")
    user: str | None = None
    password: str | None = None
    tls_verify: bool = True
    timeout: float = 30.0
    max_attempts: int = Field(12, ge=1)

    @field_validator("url")
    @classmethod
    def _check_url(cls, v: str) -> str:
        scheme = v.split(":", 1)[0].lower()
        if scheme not in ("smtp", "smtps", "smtp+starttls", "file"):
            raise ValueError("must start with smtps://, smtp+starttls://, smtp:// or file:")
        if scheme != "file" and not urlsplit(v).hostname:
            raise ValueError("has no host name")
        return v

    @field_validator("from_")
    @classmethod
    def _check_from(cls, v: str) -> str:
        if "@" not in v or any(c in v for c in "\r\n <>"):
            raise ValueError("must be a plain address such as info@example.com")
        return v


class LogSettings(Section):
    """The log on standard error: one line per message, never bodies."""

    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"
    # Sender, subject and Message-ID in the per-message lines (off: the journal keeps
    # no personal data beyond mailbot's own database).
    personal_data: bool = False


class MetricsSettings(Section):
    """/healthz and /metrics on their own HTTP port (off unless `listen` is set)."""

    listen: str = ""  # e.g. "127.0.0.1:9125"
    max_poll_age: float = Field(900.0, gt=0)  # /healthz fails when the last good poll is older

    @field_validator("listen")
    @classmethod
    def _check_listen(cls, v: str) -> str:
        if not v:
            return v
        host, sep, port = v.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("must be HOST:PORT such as 127.0.0.1:9125")
        return v


class WebSettings(Section):
    """The web console (issue 10): `mailbot web`, or inside `mailbot run` when enabled."""

    enabled: bool = False  # also serve the console from `mailbot run`
    listen: str = "127.0.0.1:8025"
    # Addresses of reverse proxies whose X-Forwarded-For/-Proto are believed ("*": any).
    trusted_proxies: list[str] = Field(default_factory=list)
    public_url: str = ""  # e.g. "https://mailbot.example.com": links in set-password mail
    idle_minutes: int = Field(30, ge=1)  # a session unused this long ends
    session_hours: int = Field(12, ge=1)  # and every session ends this long after login
    require_totp: bool = False  # every user must use a second factor (TOTP)
    max_failures_per_account: int = Field(5, ge=1)  # failed logins before a pause
    max_failures_per_address: int = Field(20, ge=1)  # the same per client address
    throttle_minutes: int = Field(15, ge=1)  # the window (and pause) of those counts

    @field_validator("listen")
    @classmethod
    def _check_listen(cls, v: str) -> str:
        host, sep, port = v.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("must be HOST:PORT such as 127.0.0.1:8025")
        return v


class DatabaseSettings(Section):
    url: str = "sqlite:///mailbot.db"


class AuthSettings(Section):
    trusted_authserv_ids: list[str] = Field(default_factory=list)
    exchange_online: bool = False


class OrganisationSettings(Section):
    name: str = "Example Ltd"
    ceo_email: str = "ceo@example.com"
    admin_email: str = ""  # deadline digests; default: ceo_email
    default_language: Language = "fi"
    website: str = ""


class ContactFormSettings(Section):
    senders: list[str] = Field(default_factory=list)
    acknowledge: bool = True


class ChatSettings(Section):
    senders: list[str] = Field(default_factory=list)


class LimitsSettings(Section):
    """Daily caps on mail caused by incoming mail; an attacker chooses how much arrives."""

    replies_per_address_per_day: int = Field(5, ge=0)  # per mailbox: case and +tags folded
    replies_per_domain_per_day: int = Field(100, ge=0)  # all mailboxes of one domain together
    staff_mails_per_day: int = Field(20, ge=0)  # forwards to one staff mailbox; then one digest


class RetentionSettings(Section):
    """REGISTER.md §5: form mail deleted continuously, at least twice a year; chats kept."""

    mailbox_days: int = Field(180, ge=1)
    prune_inbox: bool = False  # also expunge old mail left in INBOX for people
    enquiry_days: int | None = Field(None, ge=1)  # default: mailbox_days
    chat_days: int | None = Field(None, ge=1)  # default: kept until deleted


class LifecycleSettings(Section):
    """REGISTER.md §5 and §8: quarantine, reminders, inactivity review, legacy notice."""

    quarantine_days: int = Field(14, ge=1)
    reminder_days: list[int] = Field(default_factory=lambda: [5, 10])
    inactivity_years: int = Field(5, ge=1)
    review_dates: list[str] = Field(default_factory=lambda: ["01-15", "07-15"])  # MM-DD
    legacy_cutoff: str = "2018-05-25"
    legacy_batch: int = Field(50, ge=1)
    digest_days: int = Field(7, ge=0)
    # Consent requests from imports and `contacts add` leave at most this fast (0: no limit).
    consent_per_hour: int = Field(60, ge=0)
    daily_at: str = "03:00"  # HH:MM, local time of the server, for the daily jobs

    @field_validator("review_dates")
    @classmethod
    def _check_dates(cls, v: list[str]) -> list[str]:
        for d in v:
            month, _, day = d.partition("-")
            if not (
                month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31
            ):
                raise ValueError(f"{d!r} is not MM-DD")
        return v

    @field_validator("daily_at")
    @classmethod
    def _check_time(cls, v: str) -> str:
        hour, _, minute = v.partition(":")
        if not (hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60):
            raise ValueError(f"{v!r} is not HH:MM")
        return v


class ClassifySettings(Section):
    # Below this confidence (0..1) a message is not acted on: it stays in INBOX, flagged,
    # with the classifier's candidate kind in the ledger (status "unsure").
    min_confidence: float = Field(0.6, ge=0, le=1)


class NewsletterSettings(Section):
    # Addresses the CRM's List-Unsubscribe mailto links point to: mail to them unsubscribes.
    unsubscribe_addresses: list[str] = Field(default_factory=list)


Texts = dict[str, str]  # language -> text


def _t(fi: str, sv: str, en: str) -> Texts:
    return {"fi": fi, "sv": sv, "en": en}


class RegisterSettings(Section):
    """Facts of the register description (GDPR Art. 13-15) shown in every extract.

    Defaults restate the company's register description (shared/seed/REGISTER.md);
    each text exists in fi, sv and en.
    """

    controller: str = ""  # defaults to organisation.name
    controller_contact: str = ""  # defaults to smtp.from
    purposes: Texts = Field(
        default_factory=lambda: _t(
            "Yhteydenpito asiakkaisiin, toimittajiin ja yhteistyökumppaneihin sähköpostitse ja "
            "puhelimitse; asiakassuhteen rakentaminen kiinnostuneisiin; uutiskirjeiden lähettäminen; "
            "yhteydenottopyyntöihin vastaaminen (verkkosivujen lomake ja chat).",
            "Kontakt med kunder, leverantörer och samarbetspartner per e-post och telefon; att bygga "
            "kundrelationer med intresserade; utskick av nyhetsbrev; svar på kontaktförfrågningar "
            "(webbplatsens formulär och chatt).",
            "Contacting customers, suppliers and partners by e-mail and phone; building a customer "
            "relationship with prospects who showed interest; sending newsletters; answering "
            "requests to be contacted (the website's form and chat).",
        )
    )
    categories: Texts = Field(
        default_factory=lambda: _t(
            "Yritys: nimi, osoite, verkko-osoite, yleinen sähköposti, puhelin, toimiala. Henkilö: "
            "nimi, osasto, titteli, sähköposti, puhelin, uutiskirjeen tila. Chat ja lomake: nimi, "
            "yritys, sähköposti, puhelin, viesti, keskustelu ja sivu, jolla vierailija oli.",
            "Företag: namn, adress, webbadress, allmän e-post, telefon, bransch. Person: namn, "
            "avdelning, titel, e-post, telefon, nyhetsbrevsstatus. Chatt och formulär: namn, "
            "företag, e-post, telefon, meddelande, konversation och sidan besökaren var på.",
            "Company: name, postal address, web address, general e-mail, phone, business area. "
            "Person: name, department, title, e-mail, phone, newsletter status. Chat and form: "
            "name, company, e-mail, phone, message, the conversation and the page the visitor was on.",
        )
    )
    recipients: Texts = Field(
        default_factory=lambda: _t(
            "Tietoja ei luovuteta markkinointiin. Chat-palvelun toimittaja säilyttää chat-historian "
            "Yhdysvalloissa. Henkilöstörekisterin tietoja luovutetaan palkanlaskentaan "
            "(tilitoimisto) ja työterveyshuoltoon.",
            "Uppgifterna lämnas inte ut för marknadsföring. Chattjänstens leverantör lagrar "
            "chatthistoriken i USA. Personalregistrets uppgifter lämnas till lönebokföring "
            "(bokföringsbyrå) och företagshälsovård.",
            "Data is not disclosed for marketing. The chat service's vendor keeps the chat history "
            "in the USA. Personnel-register data is passed to payroll (an accounting firm) and "
            "occupational health care.",
        )
    )
    retention: Texts = Field(
        default_factory=lambda: _t(
            "Asiakasrekisterin tietoja säilytetään, kunnes pyydät poistoa; yhteystiedot, joihin ei "
            "ole ollut asiointia viiteen vuoteen, poistetaan kahdesti vuodessa. Lomakeviestit "
            "poistetaan jatkuvasti, vähintään kahdesti vuodessa. Chat-historia säilytetään, kunnes "
            "ylläpitäjä tai chat-agentti poistaa sen.",
            "Kundregistrets uppgifter sparas tills du begär radering; kontakter utan ärenden på fem "
            "år raderas två gånger om året. Formulärmeddelanden raderas fortlöpande, minst två "
            "gånger om året. Chatthistoriken sparas tills en administratör eller chattagent raderar den.",
            "Customer-register data is kept until you ask for deletion; contacts with no dealings "
            "for five years are deleted twice a year. Contact-form mail is deleted continuously, at "
            "least twice a year. Chat history is kept until an administrator or chat agent deletes it.",
        )
    )
    source: Texts = Field(
        default_factory=lambda: _t(
            "Tiedot on saatu sinulta itseltäsi henkilökohtaisen yhteydenoton yhteydessä "
            "(messut, puhelu, sähköposti) tai verkkosivujen lomakkeen tai chatin kautta.",
            "Uppgifterna har vi fått av dig själv vid personlig kontakt (mässa, samtal, e-post) "
            "eller via webbplatsens formulär eller chatt.",
            "The data was given by you in personal contact (trade fair, phone call, e-mail) or "
            "through the website's form or chat.",
        )
    )
    rights: Texts = Field(
        default_factory=lambda: _t(
            "Sinulla on oikeus saada pääsy tietoihisi, oikaista ja poistaa ne, rajoittaa niiden "
            "käsittelyä, vastustaa käsittelyä ja siirtää tietosi järjestelmästä toiseen. Pyynnöt "
            "sähköpostitse rekisteröidystä osoitteestasi.",
            "Du har rätt till tillgång till dina uppgifter, rättelse och radering, begränsning av "
            "behandlingen, att invända mot behandlingen och dataportabilitet. Begäran per e-post "
            "från din registrerade adress.",
            "You have the right of access to your data, to rectification and erasure, to "
            "restriction of processing, to object to processing, and to data portability. Send "
            "requests by e-mail from your registered address.",
        )
    )
    complaint: Texts = Field(
        default_factory=lambda: _t(
            "Voit tehdä valituksen valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, "
            "www.tietosuoja.fi.",
            "Du kan klaga hos tillsynsmyndigheten: Dataombudsmannens byrå, www.tietosuoja.fi.",
            "You can complain to the supervisory authority: the Office of the Data Protection "
            "Ombudsman, www.tietosuoja.fi.",
        )
    )
    art19_recipients: list[str] = Field(default_factory=lambda: ["chat service vendor (USA)"])
    suppression_key: str | None = None
    font_path: str | None = None
    identity_token_days: int = Field(7, ge=1, le=60)
    plus_tags_match: bool = False


class Settings(BaseSettings):
    """The whole configuration; every section has defaults so `init` has a start."""

    model_config = SettingsConfigDict(
        env_prefix="MAILBOT_", env_nested_delimiter="__", extra="forbid", populate_by_name=True
    )

    mailbox: MailboxSettings = Field(default_factory=MailboxSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    organisation: OrganisationSettings = Field(default_factory=OrganisationSettings)
    contact_form: ContactFormSettings = Field(default_factory=ContactFormSettings)
    chat: ChatSettings = Field(default_factory=ChatSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    lifecycle: LifecycleSettings = Field(default_factory=LifecycleSettings)
    newsletter: NewsletterSettings = Field(default_factory=NewsletterSettings)
    classify: ClassifySettings = Field(default_factory=ClassifySettings)
    register_: RegisterSettings = Field(default_factory=RegisterSettings, alias="register")
    log: LogSettings = Field(default_factory=LogSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    web: WebSettings = Field(default_factory=WebSettings)

    @model_validator(mode="after")
    def _smtp_oauth(self) -> Settings:
        """[smtp] auth = "xoauth2" without its own oauth_provider uses the mailbox's."""
        smtp = self.smtp
        if smtp.auth != "xoauth2":
            return self
        if smtp.oauth_provider is None:
            if self.mailbox.auth != "xoauth2":
                raise ValueError(
                    'smtp.oauth_provider: required when smtp.auth = "xoauth2" '
                    "and the mailbox does not use xoauth2"
                )
            smtp.copy_oauth_from(self.mailbox)
        problem = smtp.oauth_problem()
        if problem:
            raise ValueError(f"smtp.{problem}")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The TOML document is passed as init data; the environment wins over it.
        return (env_settings, init_settings)


def _error_line(exc: ValidationError, source: str) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"] if p != "__root__")
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif err["type"] == "missing":
        msg = "missing key"
    return f"{source}: {loc}: {msg}" if loc else f"{source}: {msg}"


def config_path(explicit: str | Path | None) -> Path | None:
    """--config wins, then MAILBOT_CONFIG, then ./mailbot.toml when it exists."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MAILBOT_CONFIG")
    if env:
        return Path(env)
    local = Path("mailbot.toml")
    return local if local.exists() else None


NO_CONFIG = (
    "no configuration file: give --config PATH, set MAILBOT_CONFIG, "
    "or run `mailbot init` to write ./mailbot.toml"
)


def load_settings(path: str | Path | None = None, *, required: bool = True) -> Settings:
    """Read, merge and validate; raise ConfigError with one line naming the key.

    Without a file the defaults would watch ./Maildir and write ./mailbot.db where the
    command happens to stand, so a missing file is an error unless `required` is off.
    """
    cfg = config_path(path)
    if cfg is None and required:
        raise ConfigError(NO_CONFIG)
    data: dict[str, Any] = {}
    source = str(cfg) if cfg else "configuration"
    if cfg is not None:
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{cfg}: configuration file not found (run `mailbot init`)") from None
        except OSError as exc:
            raise ConfigError(f"{cfg}: cannot read: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{cfg}: not valid TOML: {exc}") from None
    base = cfg.parent if cfg else Path.cwd()
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_error_line(exc, source)) from None
    redact.remember_settings(settings)  # masked in every error and log line from now on
    return _resolve_relative(settings, base)


def _resolve_relative(settings: Settings, base: Path) -> Settings:
    """Relative paths in URLs are relative to the configuration file, not the cwd."""

    def fix(url: str, prefix: str) -> str:
        rest = url[len(prefix) :]
        if rest.startswith("/") or not rest:
            return url
        return prefix + str((base / rest).resolve())

    if settings.mailbox.url.startswith("maildir:"):
        settings.mailbox.url = fix(settings.mailbox.url, "maildir:")
    if settings.smtp.url.startswith("file:"):
        settings.smtp.url = fix(settings.smtp.url, "file:")
    if (
        settings.database.url.startswith("sqlite:///")
        and settings.database.url != "sqlite:///:memory:"
    ):
        settings.database.url = fix(settings.database.url, "sqlite:///")
    return settings


def check_maildir(settings: Settings) -> None:
    """A `maildir:` mailbox must exist: a typo must not become a new, empty Maildir."""
    url = settings.mailbox.url
    if not url.startswith("maildir:"):
        return
    path = Path(url.removeprefix("maildir:")).expanduser()
    if not path.is_dir():
        raise ConfigError(
            f"mailbox.url: Maildir {path} does not exist "
            "(create it, or run `mailbot init` in its folder)"
        )
