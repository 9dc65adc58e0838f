"""Raw bytes → one normalised Message (SPEC §1.2). Pure: no I/O.

mail-parser does the MIME walking and charset decoding; this module decides what
counts as the sender, the text a person newly wrote, and its language.
"""

from __future__ import annotations

import base64
import email.errors
import email.policy
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import _header_value_parser as _hvp
from email.headerregistry import Address
from email.utils import getaddresses
from functools import cache, lru_cache
from typing import Any

import mailparser
from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import html as lxml_html

from mailbot import limits as bounds
from mailbot.lexicon import lexicon

# mail-parser logs a warning for every MIME part it does not decode (e.g. DSN headers).
logging.getLogger("mailparser").setLevel(logging.ERROR)

QUOTE_MARK = "\u2063mailbot-quote\u2063"
_WS = re.compile(r"[ \t\u00a0]+")
_MSGID = re.compile(r"<[^<>\s]{1,900}>")


@dataclass(frozen=True)
class Attachment:
    name: str
    size: int
    content_type: str


@dataclass
class Message:
    """What every later stage reads; `new_text` excludes quoted mail and signatures."""

    sender: str | None
    from_addresses: list[str]
    display_name: str | None
    reply_to: list[str]
    recipients: list[str]
    subject: str
    text: str
    new_text: str
    quoted: str
    signature: str
    language: str | None
    message_id: str | None
    in_reply_to: list[str]
    references: list[str]
    date: datetime | None
    headers: dict[str, list[str]]
    auth_results: list[str]
    attachments: list[Attachment] = field(default_factory=list)
    content_type: str = "text/plain"
    is_html: bool = False
    size: int = 0
    body_hash: str = ""
    headers_only: bool = False
    html: str = ""  # the HTML body when the mail has no plain text (form tables, issue 8)

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


class ParseError(Exception):
    """The message cannot be understood at all; it goes to unprocessable."""


def _unfold(value: str) -> str:
    """One line; NUL removed (PostgreSQL text cannot hold it, and no header needs it)."""
    return re.sub(r"\r?\n[ \t]+", " ", str(value)).replace("\x00", "").strip()


# Defects that leave a From header unambiguous: raw UTF-8 in a local part (SMTPUTF8) and the
# RFC 5322 obsolete syntax that real clients still write ("Sam A. Smith <sam@…>", routes).
_HARMLESS_FROM_DEFECTS = (email.errors.NonASCIILocalPartDefect, email.errors.ObsoleteHeaderDefect)


def _from_parse(value: str) -> tuple[list[Address], str | None]:
    """`_parse_from` of one value, remembered: the same senders write again and again (forms,
    chats), and the stdlib's header parser was a fifth of parsing a message (issue 12)."""
    addrs, why = _parse_from(value)
    return list(addrs), why


@lru_cache(maxsize=2048)
def _parse_from(value: str) -> tuple[tuple[Address, ...], str | None]:
    """The mailboxes of one From value, or ([], why) when the header does not say one thing.

    The stdlib parser recovers from errors by guessing: ``victim@example.com <attacker@…>``
    (an address as an unquoted display name) comes back as victim@ with a defect, and an
    encoded-word in an addr-spec is silently decoded into another address. Any guess of that
    kind — a defect other than SMTPUTF8 or obsolete syntax, an invalid mailbox, a group, an
    encoded-word in the address, an addr-spec that is not written literally in the header —
    makes the whole From unusable: zero senders, so the sender is unverified (issue 7).
    """
    try:
        header = email.policy.default.header_factory("from", value)
        tree = getattr(header, "_parse_tree", None) or _hvp.get_address_list(value)[0]
    except Exception as exc:  # noqa: BLE001 - a broken header counts as no address
        return (), f"unreadable From header ({type(exc).__name__})"
    bad = [d for d in header.defects if not isinstance(d, _HARMLESS_FROM_DEFECTS)]
    if bad:
        return (), f"defective From header: {bad[0]}"
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        token, in_addr_spec = stack.pop()
        kind = getattr(token, "token_type", None)
        if kind in ("invalid-mailbox", "group", "invalid-comment"):
            return (), f"defective From header: {kind}"
        if kind == "encoded-word" and in_addr_spec:
            return (), "defective From header: encoded-word in the address"
        if isinstance(token, list):
            inner = in_addr_spec or kind == "addr-spec"
            stack.extend((t, inner) for t in token)
    addrs: tuple[Address, ...] = tuple(header.addresses)  # type: ignore[attr-defined]
    # The tree does not always keep an encoded-word ("=?…?=sam@" decodes into the atom), nor
    # CFWS inside an obsolete local part: a sender must be written as it is used. Checked only
    # for a lone address (several give no sender anyway), so the check stays linear.
    if len(addrs) == 1 and addrs[0].addr_spec not in value:
        return (), "defective From header: the address is not written literally"
    return addrs, None


def from_problem(raw_values: list[str]) -> str | None:
    """Why the From header(s) give no sender, for the audit and the flag; None if they do."""
    for raw in raw_values:
        _addrs, why = _from_parse(_unfold(raw))
        if why is not None:
            return why
    return None


def _addresses(raw_values: list[str]) -> list[Address]:
    """All From mailboxes; none at all when any From header is ambiguous or defective."""
    out: list[Address] = []
    for raw in raw_values:
        addrs, why = _from_parse(_unfold(raw))
        if why is not None:
            return []
        out.extend(addrs)
    return out


def _raw_values(msg: Any, name: str) -> list[str]:
    """A header's values with raw 8-bit bytes read as UTF-8 (RFC 6532), not as U+FFFD.

    compat32 keeps undecodable bytes as surrogate escapes; its `get_all` would turn
    `From: åsa@example.com` into `��sa@example.com`. Bytes that are not UTF-8 still
    become U+FFFD, which no address accepts.
    """
    return [
        str(v).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        for k, v in msg.raw_items()
        if k.lower() == name
    ]


def _addr_specs(raw_values: list[str]) -> list[str]:
    """Lenient and fast, for headers that never decide anything about identity."""
    return [addr for _name, addr in getaddresses([_unfold(v) for v in raw_values]) if "@" in addr]


def _msgids(value: str | None) -> list[str]:
    return _MSGID.findall(value or "")


_SPACE = b" \t\n\r\x0b\x0c"  # what bytes.strip() strips
_HASH_STEP = 1 << 20


def body_hash(raw: bytes) -> str:
    """Hash of the body only, so a re-delivery with new Received headers still matches.

    The body, stripped, with CRLF read as LF; hashed in steps over a memoryview, so a
    16 MB mail costs no copy of itself (the same digest as hashing the copy would give).
    """
    cut = raw.find(b"\r\n\r\n")
    cut2 = raw.find(b"\n\n")
    candidates = [c for c in (cut, cut2) if c >= 0]
    start, end = (min(candidates) if candidates else 0), len(raw)
    while candidates and start < end and raw[start] in _SPACE:  # no body: all of it, unstripped
        start += 1
    while candidates and end > start and raw[end - 1] in _SPACE:
        end -= 1
    digest = hashlib.sha256()
    view = memoryview(raw)
    carry = b""  # a CR at the end of one step may pair with an LF at the start of the next
    for at in range(start, end, _HASH_STEP):
        chunk = carry + bytes(view[at : min(at + _HASH_STEP, end)])
        carry = b""
        if chunk.endswith(b"\r") and at + _HASH_STEP < end:
            chunk, carry = chunk[:-1], b"\r"
        digest.update(chunk.replace(b"\r\n", b"\n"))
    digest.update(carry)
    return digest.hexdigest()


# ---------------------------------------------------------------- big attachments
# A non-text MIME part bigger than this is not handed to mail-parser: nothing reads
# its content (classification reads text parts), and parsing a 16 MB attachment
# took eight copies of it. Its name, type and size are kept.
SLIM_FROM = 64 * 1024
_BOUNDARY = re.compile(rb';\s*(?i:boundary)\s*=\s*(?:"([^"\r\n]*)"|([^\s;"]+))')
_DELIMITER = re.compile(rb"(?m)^--([^\r\n]*)\r?$\n?")
_PART_TYPE = re.compile(rb"(?im)^content-type:[ \t]*([^;\s]*)")
_PART_CTE = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*([^;\s]*)")
OMITTED = b"bWFpbGJvdCBvbWl0dGVk"  # base64 of "mailbot omitted": the stub body


def slim(raw: bytes, keep: int | None = None) -> tuple[bytes, list[int]]:
    """`raw` without the bodies of non-text leaf parts over `keep` bytes, and their sizes.

    The bodies are replaced by a short stub (OMITTED); the sizes (decoded, estimated from
    base64 where it is base64) are in document order, as mail-parser lists attachments.
    Parts are found by the delimiter lines of declared boundaries; a part whose type is
    text, message or multipart, or that has no Content-Type, is never touched.
    """
    keep = SLIM_FROM if keep is None else keep
    if len(raw) <= keep:
        return raw, []
    declared = {
        m.group(1) if m.group(1) is not None else m.group(2) for m in _BOUNDARY.finditer(raw)
    }
    if not declared:
        return raw, []
    marks: list[tuple[int, int]] = []  # (start, end) of each delimiter line
    for m in _DELIMITER.finditer(raw):
        line = m.group(1).rstrip(b" \t")
        if line in declared or (line.endswith(b"--") and line[:-2] in declared):
            marks.append((m.start(), m.end()))
    view = memoryview(raw)
    pieces: list[memoryview | bytes] = []
    sizes: list[int] = []
    done = 0
    for (_s, body_from), (next_start, _e) in zip(marks, marks[1:], strict=False):
        if next_start - body_from <= keep:
            continue
        head_end = -1
        for sep in (b"\r\n\r\n", b"\n\n"):
            found = raw.find(sep, body_from, next_start)
            if found >= 0 and (head_end < 0 or found < head_end):
                head_end = found + len(sep)
        if head_end < 0:
            continue
        head = raw[body_from:head_end]
        kind = _PART_TYPE.search(head)
        ctype = kind.group(1).lower() if kind else b""
        if (
            not ctype
            or ctype.startswith((b"text/", b"multipart/", b"message/"))
            or b"/" not in ctype
        ):
            continue
        cte = _PART_CTE.search(head)
        body = view[head_end:next_start]
        length = len(body)
        if cte and cte.group(1).lower() == b"base64":
            length = (
                (
                    length
                    - raw.count(b"\n", head_end, next_start)
                    - raw.count(b"\r", head_end, next_start)
                )
                * 3
                // 4
            )
        sizes.append(length)
        newline = b"\r\n" if head.endswith(b"\r\n\r\n") else b"\n"
        pieces.extend((view[done:head_end], OMITTED + newline))
        done = next_start
    if not sizes:
        return raw, []
    pieces.append(view[done:])
    return b"".join(pieces), sizes


_QUOTE_SELECTORS = (
    "//blockquote[1]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
    "//div[@id='divRplyFwdMsg']",
    "//div[@id='appendonsend']",
    "//div[contains(@class, 'moz-cite-prefix')]",
    "//div[contains(@style, 'border-top:solid #E1E1E1')]",
    "//div[contains(@style, 'border-top: solid #E1E1E1')]",
    "//hr[@id='stopSpelling']",
)


def html_to_text(markup: str) -> str:
    """Readable text from HTML, with a marker where quoted earlier mail begins.

    Scripts, styles and images are dropped; nothing is fetched.
    """
    if not markup.strip():
        return ""
    try:
        tree = lxml_html.fromstring(markup)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return re.sub(r"<[^>]+>", " ", markup)
    for bad in tree.xpath("//script|//style|//head"):
        bad.getparent().remove(bad) if bad.getparent() is not None else None
    for selector in _QUOTE_SELECTORS:
        for node in tree.xpath(selector):
            marker = lxml_html.Element("p")
            marker.text = QUOTE_MARK
            node.addprevious(marker)
            break
    text = Inscriptis(tree, ParserConfig(display_links=False, display_images=False)).get_text()
    return text


def _norm_line(line: str) -> str:
    return _WS.sub(" ", line).strip().casefold()


def split_reply(text: str) -> tuple[str, str, str]:
    """(new text, quoted earlier mail, signature) by markers from the word files."""
    lex = lexicon()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut_quote: int | None = None
    cut_sig: int | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if QUOTE_MARK in line or stripped.startswith(">"):
            cut_quote = i
            break
        if len(stripped) > 300:
            continue  # markers are short lines; long ones are text
        low = _norm_line(line)
        if low and any(p.search(low) for p in lex.attribution):
            cut_quote = i
            break
        # An attribution wrapped over two lines ("On …, X <\nx@example.com> wrote:").
        if i + 1 < len(lines) and low and len(low) < 200:
            joined = low + " " + _norm_line(lines[i + 1])
            if _norm_line(lines[i + 1]) and any(p.search(joined) for p in lex.attribution):
                cut_quote = i
                break
        label = low.split(":", 1)[0].lstrip("*").strip() if ":" in low else ""
        if label in lex.header_start:
            following = [
                _norm_line(x).split(":", 1)[0].strip("* ") for x in lines[i + 1 : i + 5] if ":" in x
            ]
            if sum(1 for f in following if f in lex.header_block) >= 2:
                cut_quote = i
                break
        if cut_sig is None and (
            line.rstrip() in ("--", "-- ", "__", "___")
            or re.fullmatch(r"_{5,}|-{5,}", stripped) is not None
            or (low and any(p.search(low) for p in lex.signature))
            or (low and any(p.search(low) for p in lex.disclaimer))
        ):
            cut_sig = i
    end = cut_quote if cut_quote is not None else len(lines)
    sig_start = cut_sig if cut_sig is not None and cut_sig < end else end
    new = "\n".join(lines[:sig_start]).strip()
    signature = "\n".join(lines[sig_start:end]).strip()
    quoted = "\n".join(lines[end:]).replace(QUOTE_MARK, "").strip()
    return new, quoted, signature


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FI_HINT = re.compile(r"(aa|ää|uu|yy|ii|öö)|(ssa|ssä|lla|llä|sta|stä|kaa|kää)\b")


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lang, words in lexicon().stopwords.items():
        for w in words:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def guess_language(text: str) -> str | None:
    """fi, sv or en by stop-word counts (plus å and Finnish endings); None without evidence."""
    sample = text[:2000].casefold()
    index = _stopword_index()
    scores: dict[str, float] = dict.fromkeys(lexicon().stopwords, 0.0)
    for w in _WORD.findall(sample):
        for lang in index.get(w, ()):
            scores[lang] += 1
    if "sv" in scores:
        scores["sv"] += 0.5 * sample.count("å")
    if "fi" in scores:
        scores["fi"] += 0.3 * len(_FI_HINT.findall(sample))
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else None


def _attachments(parsed: Any, omitted: list[int] | None = None) -> list[Attachment]:
    out: list[Attachment] = []
    left = list(omitted or [])
    stub = OMITTED.decode("ascii")
    for att in parsed.attachments or []:
        payload = att.get("payload") or ""
        if left and str(payload).strip() == stub:
            size = left.pop(0)  # a body slim() left out
        elif att.get("binary"):
            try:
                size = len(base64.b64decode(payload))
            except ValueError:
                size = len(payload) * 3 // 4
        else:
            size = len(str(payload).encode())
        out.append(
            Attachment(
                name=str(att.get("filename") or "unnamed"),
                size=size,
                content_type=str(att.get("mail_content_type") or "application/octet-stream"),
            )
        )
    return out


def parse(
    raw: bytes,
    headers_only: bool = False,
    limits: bounds.Limits | None = None,
    deadline: bounds.Deadline | None = None,
) -> Message:
    """Parse raw RFC 5322 bytes; raise ParseError when nothing usable is there.

    The raw bytes are checked against `limits` first (defaults when None), so that a
    hostile message costs a linear scan, not the parsers' worst case; `deadline`
    is checked between the stages (limits.Timeout when it has passed).
    """
    if not raw or (not raw[:4096].strip() and not raw.strip()):  # no copy of a big mail
        raise ParseError("empty message")
    limits = limits or bounds.Limits()
    try:
        bounds.check(raw, limits)
    except bounds.LimitExceeded as exc:
        raise ParseError(f"over a limit: {exc}") from exc
    small, omitted = slim(raw)
    try:
        parsed = mailparser.parse_from_bytes(small)
    except Exception as exc:  # noqa: BLE001 - mail-parser raises many types
        raise ParseError(f"mail-parser failed: {type(exc).__name__}: {exc}") from exc
    if deadline:
        deadline.check("mail-parser")
    msg = parsed.message
    if not msg.keys():
        raise ParseError("no header fields")

    headers: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        text = str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        headers.setdefault(name.lower(), []).append(_unfold(text))

    from_addrs = _addresses(_raw_values(msg, "from"))
    specs = [a.addr_spec for a in from_addrs if "@" in a.addr_spec and "\ufffd" not in a.addr_spec]
    sender = specs[0] if len(from_addrs) == 1 and len(specs) == 1 else None
    display = from_addrs[0].display_name if len(from_addrs) == 1 else None
    if deadline:
        deadline.check("reading the addresses")

    # Classification reads the first max_text_chars; the rest of a long text is cut.
    cap = limits.max_text_chars
    plain = "\n".join(t for t in (parsed.text_plain or []) if t)[:cap]
    html_parts = [t for t in (parsed.text_html or []) if t]
    is_html = not plain.strip() and bool(html_parts)
    text = html_to_text("\n".join(html_parts)[:cap])[:cap] if is_html else plain
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if deadline:
        deadline.check("converting the text")
    new, quoted, signature = split_reply(text)
    subject = _unfold(parsed.subject or "")
    display = (display or "").replace("\x00", "")
    date = parsed.date if isinstance(parsed.date, datetime) else None

    return Message(
        sender=sender,
        from_addresses=specs,
        display_name=display or None,
        reply_to=_addr_specs(_raw_values(msg, "reply-to")),
        recipients=_addr_specs(_raw_values(msg, "to") + _raw_values(msg, "cc")),
        subject=subject,
        text=text.replace(QUOTE_MARK, "").strip(),
        new_text=new,
        quoted=quoted,
        signature=signature,
        language=guess_language(subject + "\n" + new),
        message_id=(_msgids(_unfold(msg.get("Message-ID") or "")) or [None])[0],
        in_reply_to=_msgids(_unfold(msg.get("In-Reply-To") or "")),
        references=_msgids(_unfold(msg.get("References") or "")),
        date=date,
        headers=headers,
        auth_results=[_unfold(v) for v in msg.get_all("Authentication-Results") or []],
        attachments=_attachments(parsed, omitted),
        content_type=msg.get_content_type(),
        is_html=is_html,
        size=len(raw),
        body_hash=body_hash(raw),
        headers_only=headers_only,
        html="\n".join(html_parts) if is_html else "",
    )
