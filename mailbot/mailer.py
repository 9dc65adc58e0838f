"""Outgoing mail from templates, with RFC 3834 headers and nothing injectable.

Templates own the prose; this module only fills headers, and every value that
came from a received mail is stripped of control characters first.
"""

from __future__ import annotations

import re
import secrets
import tomllib
import unicodedata
from dataclasses import dataclass
from email import charset, message_from_bytes
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape

from mailbot import clock

LANGUAGES = ("fi", "sv", "en")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")
_ADDR = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_UTF8 = charset.Charset("utf-8")
_UTF8.body_encoding = charset.QP
_WIRE = compat32.clone(linesep="\r\n")
_MSGID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$")
_ATEXT = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]")


class MailError(ValueError):
    """A mail that must not be sent as asked (bad address, unknown template)."""


def clean_header(value: str, limit: int = 200) -> str:
    """One line, no control characters: CR/LF from a mail can never start a header."""
    text = _CONTROL.sub(" ", value)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit]


def valid_address(addr: str) -> bool:
    """An ASCII addr-spec, mailable through any server (see envelope_address for UTF-8)."""
    return _ADDR.fullmatch(addr) is not None and len(addr) <= 254


def _utf8_local(local: str) -> bool:
    """RFC 6531 dot-atom: ASCII atext or any printable non-ASCII character, dots between."""
    if not local or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    if len(local.encode("utf-8")) > 64:
        return False
    for ch in local:
        if ch.isascii():
            if not _ATEXT.fullmatch(ch):
                return False
        elif ch.isspace() or unicodedata.category(ch)[0] in ("C", "Z"):
            return False
    return True


def envelope_address(addr: str) -> str | None:
    """The address as it goes on the wire: local part as is, domain as its IDNA A-label.

    None when it is not an address we can send to. The result is ASCII unless the local
    part is not (RFC 6531), and only then does sending need SMTPUTF8, which the outbox
    checks for when it sends.
    """
    from mailbot.addresses import normalise_domain

    if not isinstance(addr, str) or addr.count("@") != 1 or _CONTROL.search(addr):
        return None
    if _ADDR.fullmatch(addr) is not None and len(addr) <= 254:
        return addr
    local, domain = addr.split("@")
    wire_domain = domain if domain.isascii() else normalise_domain(domain)
    if not wire_domain or not _utf8_local(local):
        return None
    wire = f"{local}@{wire_domain}"
    if not wire.isascii():
        return wire if len(wire.encode("utf-8")) <= 254 else None
    return wire if _ADDR.fullmatch(wire) is not None and len(wire) <= 254 else None


def _attachment(filename: str, ctype: str, data: bytes) -> Message:
    if ctype == "message/rfc822":
        part: Message = MIMEMessage(message_from_bytes(data))
    else:
        maintype, _, subtype = ctype.partition("/")
        part = MIMEApplication(data, _subtype=subtype or "octet-stream")
        if maintype != "application":
            part.set_type(ctype)
    part.add_header("Content-Disposition", "attachment", filename=clean_header(filename, 100))
    return part


def template_dir() -> Path:
    """Templates sit at the top level of the source tree (the design card's layout); an
    installed wheel carries them as mailbot/templates (pyproject maps one to the other)."""
    installed = Path(__file__).parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "templates"


@cache
def environment() -> Environment:
    # auto_reload off: templates ship with the code, and checking each file's mtime on
    # every reply cost more than rendering it (issue 12).
    return Environment(
        loader=FileSystemLoader(template_dir()),
        autoescape=select_autoescape(["html", "htm", "xml"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,
    )


@cache
def _template(name: str) -> Template:
    """Compiled once per process."""
    return environment().get_template(name)


@cache
def words() -> dict[str, Any]:
    """Names of request kinds and fields per language (mailbot/data/words.toml)."""
    text = (resources.files("mailbot") / "data" / "words.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def render(template: str, language: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject, body). The template's first line is `Subject: …`."""
    lang = language if language in LANGUAGES else "en"
    tpl = _template(f"mail/{lang}/{template}.txt.j2")
    text = tpl.render(words=words()[lang], **context)
    first, _, body = text.partition("\n")
    if not first.startswith("Subject:"):
        raise MailError(f"template {lang}/{template} does not start with a Subject line")
    return clean_header(first.removeprefix("Subject:")), body.lstrip("\n")


@dataclass(frozen=True)
class Built:
    message_id: str
    subject: str
    raw: bytes


def new_message_id(domain: str, prefix: str = "mailbot", token: str | None = None) -> str:
    return f"<{prefix}.{token or secrets.token_hex(12)}@{domain}>"


def build(
    *,
    to: str,
    from_addr: str,
    from_name: str,
    subject: str,
    body: str,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    auto_submitted: str = "auto-replied",
    message_id: str | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
) -> Built:
    """A complete RFC 5322 message; the Message-ID is fixed here so retries reuse it."""
    msg, msgid, clean_subject = compose(
        to=to, from_addr=from_addr, from_name=from_name, subject=subject, body=body,
        in_reply_to=in_reply_to, references=references, auto_submitted=auto_submitted,
        message_id=message_id, attachments=attachments,
    )  # fmt: skip
    raw = msg.as_bytes(policy=_WIRE) if msg.is_multipart() else _flatten(msg)
    return Built(msgid, clean_subject, raw)


def compose(
    *,
    to: str,
    from_addr: str,
    from_name: str,
    subject: str,
    body: str,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    auto_submitted: str = "auto-replied",
    message_id: str | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
) -> tuple[Message, str, str]:
    """(the message, its Message-ID, its clean subject), not yet flattened."""
    wire_to = envelope_address(to)
    if wire_to is None:
        raise MailError(f"refusing to send to an invalid address: {to!r}")
    domain = from_addr.rsplit("@", 1)[-1]
    msgid = message_id or new_message_id(domain)
    # compat32 MIMEText: five times faster than EmailMessage, and every header value
    # below is already a single clean line.
    text = MIMEText(body, "plain", _UTF8)
    msg: Message = text
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(text)
        for filename, ctype, data in attachments:
            msg.attach(_attachment(filename, ctype, data))
    msg["From"] = formataddr((clean_header(from_name), from_addr), charset="utf-8")
    # A UTF-8 address goes as raw UTF-8 (RFC 6532), never as an encoded-word, which an
    # addr-spec cannot hold: surrogate escapes make compat32 write the bytes unchanged.
    msg["To"] = wire_to.encode().decode("ascii", "surrogateescape")
    clean_subject = clean_header(subject)
    msg["Subject"] = clean_subject if clean_subject.isascii() else Header(clean_subject, "utf-8")
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = msgid
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    if in_reply_to and _MSGID.fullmatch(in_reply_to):
        msg["In-Reply-To"] = in_reply_to
        refs = [r for r in (references or []) if _MSGID.fullmatch(r)][-10:]
        if in_reply_to not in refs:
            refs.append(in_reply_to)
        msg["References"] = " ".join(refs)
    return msg, msgid, clean_subject


# A header line compat32 writes unchanged: printable ASCII, single spaces, short enough.
_PLAIN_VALUE = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def _flatten(msg: Message) -> bytes:
    """`msg.as_bytes(policy=_WIRE)` for a single text part, without the generator.

    compat32 folds every header through email.header.Header even when it fits on one
    line, which was most of the time it took to build a reply (issue 12). Headers that
    it would write unchanged are written directly; any other goes through the policy
    (test_mailer checks the bytes are the same).
    """
    lines = []
    for name, value in msg.raw_items():
        if (
            isinstance(value, str)
            and len(name) + 2 + len(value) <= 78
            and _PLAIN_VALUE.fullmatch(value) is not None
        ):
            lines.append(f"{name}: {value}\r\n".encode("ascii"))
        else:
            lines.append(_fold(name, value))
    payload = msg._payload  # noqa: SLF001 - MIMEText's encoded body (ASCII: QP)
    lines.append(b"\r\n")
    if payload:
        lines.append(_NEWLINES.sub("\r\n", payload).encode("ascii", "surrogateescape"))
    return b"".join(lines)


def _fold(name: str, value: Any) -> bytes:
    if isinstance(value, Header):
        return _fold_header(name, str(value), value._charset.input_charset)  # noqa: SLF001
    return _WIRE.fold_binary(name, value)


@lru_cache(maxsize=1024)
def _fold_header(name: str, text: str, charset: str) -> bytes:
    """An encoded-word header (a non-ASCII subject): the same few subjects, again and again."""
    return _WIRE.fold_binary(name, Header(text, charset))
