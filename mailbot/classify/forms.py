"""Contact-form and chat mail: recognising the structure and reading the fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from lxml import html as lxml_html

from mailbot.classify.automatic import clean_subject as automatic_clean
from mailbot.classify.words import fold
from mailbot.lexicon import lexicon
from mailbot.parsing import Message

OUTPUT_FIELDS = ("email", "name", "company", "phone", "message", "page")
_LABEL_LINE = re.compile(r"^\s*[*_]*([^:：\n]{1,40}?)[*_]*\s*[:：]\s*(.*)$")
_COLUMN_LINE = re.compile(r"^\s*([^\s].{0,38}?)(?:\s{2,}|\t\s*)(\S.*)$")
_TIME = r"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\.?\d)(?:\s?[ap]\.?m\.?)?)"
# Transcript lines of any chat service: "[10:02] Name: text", "10:02 Name: text",
# "10:02  Name  text" (columns), "Name (10:02): text", "Name [10:02]: text".
_SPEAKER_LINES = (
    re.compile(r"^\s*\[?" + _TIME + r"\]?\s*[-–]?\s*([^:\n]{1,80}?):\s?(.*)$", re.I),
    re.compile(r"^\s*\[?" + _TIME + r"\]?\s{1,}(\S[^\n]{0,78}?\S)\s{2,}(\S.*)$", re.I),
)
_SPEAKER_FIRST = re.compile(r"^\s*([^:\n(\[]{1,80}?)\s*[(\[]" + _TIME + r"[)\]]\s*:\s?(.*)$", re.I)
# "Oskari Virta · 08:55" alone on its line, the text below (Crisp, Intercom).
_SPEAKER_HEAD = re.compile(r"^\s*([^:\n·•|]{1,80}?)\s+[·•|]\s+" + _TIME + r"\s*$", re.I)


def _speaker(line: str) -> tuple[str, str, str] | None:
    """(time, speaker, text) of a transcript line."""
    for pattern in _SPEAKER_LINES:
        m = pattern.match(line)
        if m:
            return m.group(1), m.group(2), m.group(3)
    m = _SPEAKER_FIRST.match(line)
    if m:
        return m.group(2), m.group(1), m.group(3)
    m = _SPEAKER_HEAD.match(line)
    if m:
        return m.group(2), m.group(1), ""
    return None


_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class ChatLineData:
    time: str
    speaker: str
    text: str


@cache
def _labels() -> dict[str, str]:
    return {_label_key(k): v for k, v in lexicon().labels.items()}


_OPTIONAL = re.compile(r"\([^)]{0,40}\)|\[[^\]]{0,40}\]")


def _label_key(raw: str) -> str:
    """Folded label without decoration or "(optional)"-style notes."""
    return " ".join(_OPTIONAL.sub(" ", fold(raw)).strip(" \t*_#:：?!.-–—=[]()").split())


@lru_cache(maxsize=4096)
def field_of_label(raw: str) -> str | None:
    """The field a form label names, in any plugin's wording.

    Exact label first ("Sähköposti"); then its last words ("Comment or Message",
    "Your e-mail address"); a question ("What's your email address?") names the field
    it contains; a label starting with a page word ("Page submitted on") is the page.
    """
    labels = _labels()
    key = _label_key(raw)
    if not key or len(key) > 60:
        return None
    if key in labels:
        return labels[key]
    words = key.split()
    if len(words) > 8:
        return None
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in labels:
            return labels[tail]
    question = raw.strip().endswith("?")
    for w in words if question or len(words) == 1 else ():
        # A question names its field ("Mikä on nimesi?"), inflected or not
        # ("Mihin sähköpostiosoitteeseen vastaamme?", "Puhelinnumerosi").
        if labels.get(w) in ("name", "email", "company", "phone"):
            return labels[w]
        for label, field in labels.items():
            # The stem may change at its end when inflected (osoite → osoitteeseen).
            if (
                len(label) >= 7
                and " " not in label
                and field in ("name", "email", "company", "phone", "message")
                and w.startswith(label[:-1])
                and len(w) - len(label) <= 8
            ):
                return field
    for i in range(len(words) - 1, 0, -1):
        if labels.get(" ".join(words[:i])) == "page":
            return "page"
    return None


_BLOCK_LABEL = re.compile(
    r"^\s*(?:-{2,}|={2,}|\*{2}|#{1,3})\s*([^:\n]{1,60}?)\s*(?:-{2,}|={2,}|\*{2})?\s*$"
)


def _label_of(line: str) -> tuple[str, str] | None:
    """(field, value) when the line is 'Label: value' with a known label."""
    m = _LABEL_LINE.match(line)
    if m:
        field = field_of_label(m.group(1))
        if field:
            return field, m.group(2).strip().lstrip("*_").strip()  # "**Name:** Eva"
    m = _COLUMN_LINE.match(line)
    if m:
        field = field_of_label(m.group(1))
        if field:
            return field, m.group(2).strip()
    m = _BLOCK_LABEL.match(line)  # --- Name --- (WPForms), **Name**, ## Name
    if m:
        field = field_of_label(m.group(1))
        if field:
            return field, ""
    stripped = line.strip()
    if stripped and len(stripped) <= 60 and not _EMAIL.search(stripped):
        field = field_of_label(stripped)  # a label alone on its line, the value below
        if field:
            return field, ""
    return None


def _is_footer(line: str) -> bool:
    stripped = line.strip()
    if stripped in ("--", "-- ", "__") or re.fullmatch(r"[-_=]{5,}", stripped):
        return True
    low = stripped.casefold()
    return bool(low) and any(p.search(low) for p in lexicon().form_footer)


_URL = re.compile(r"https?://[^\s<>\"')]+")
_URL_WITH_PATH = re.compile(r"https?://[^\s<>\"'/]+/[^\s<>\"')]+")
_NAMED_ADDRESS = re.compile(r"^([^<>@:\n]{2,60}?)\s*<([^<>\s]+@[^<>\s]+)>$")
_MAILTO = re.compile(r"^mailto:([^?]+)", re.I)


def _cell_text(node: Any) -> str:
    return " ".join(node.text_content().split())


def html_pairs(markup: str) -> list[tuple[str, str]]:
    """(field, value) from HTML layouts that text rendering flattens.

    Table rows with a label cell and a value cell, a label row followed by a value
    row (Gravity Forms, WPForms), definition lists, and mailto: links.
    """
    if not markup.strip():
        return []
    try:
        tree = lxml_html.fromstring(markup)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return []
    pairs: list[tuple[str, str]] = []
    pending: str | None = None  # a label row waiting for its value row
    header: list[str | None] | None = None  # a row of column labels (a top-row table)
    for tr in tree.iter("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if any(c.find(".//table") is not None for c in cells):
            continue  # a layout row around an inner table
        if header is not None and len(cells) == len(header):
            for field, cell in zip(header, cells, strict=True):
                value = cell.text_content().strip()
                if field and value:
                    pairs.append((field, value))
            header = None
            continue
        header = None
        if len(cells) >= 2:
            columns = [field_of_label(t) if len(t := _cell_text(c)) <= 60 else None for c in cells]
            if sum(f is not None for f in columns) >= 2 and all(
                f is not None or not _cell_text(c) or len(cells) > 2
                for f, c in zip(columns, cells, strict=True)
            ):
                header = columns  # "Nimi | Sähköposti | Puhelin", the values below
                continue
        if len(cells) == 2 and pending is not None and not _cell_text(cells[0]):
            # Gravity Forms: the value row starts with an empty spacer cell.
            value = cells[1].text_content().strip()
            if value:
                pairs.append((pending, value))
            pending = None
        elif len(cells) == 2:
            field = field_of_label(_cell_text(cells[0]))
            value = cells[1].text_content().strip()
            if field and value:
                pairs.append((field, value))
            pending = None
        elif len(cells) == 1:
            text = cells[0].text_content().strip()
            if pending is not None:
                if text:
                    pairs.append((pending, text))
                pending = None
            else:
                pending = field_of_label(text) if len(text) <= 60 else None
    for dl in tree.iter("dl"):
        label: str | None = None
        for child in dl:
            if child.tag == "dt":
                label = field_of_label(_cell_text(child))
            elif child.tag == "dd" and label:
                pairs.append((label, child.text_content().strip()))
                label = None
    for a in tree.iter("a"):
        m = _MAILTO.match(a.get("href") or "")
        if m:
            pairs.append(("email", m.group(1)))
    return pairs


def parse_fields(text: str, html: str = "") -> dict[str, str]:
    """Labelled fields; the message may run over several lines until the next label."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for field, value in html_pairs(html):
        value = value.strip()
        if value and field not in fields and not (field == "email" and "email" in fields):
            fields[field] = value
    i = 0
    while i < len(lines):
        hit = _label_of(lines[i])
        if hit is None:
            i += 1
            continue
        field, value = hit
        i += 1
        if field == "message":
            body = [value] if value else []
            while i < len(lines) and _label_of(lines[i]) is None and not _is_footer(lines[i]):
                body.append(lines[i])
                i += 1
            value = "\n".join(body).strip()
        elif not value or (field == "page" and not _URL.search(value)):
            # The value on the next line ("Page submitted on: Contact us" + URL below).
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            if (
                j < len(lines)
                and _label_of(lines[j]) is None
                and not _is_footer(lines[j])
                and (not value or _URL.search(lines[j]))
            ):
                value = lines[j].strip()
                i = j + 1
        if field == "email" and value and not _EMAIL.search(value):
            # "Lähettäjä: Minna Peltonen" names the sender; the address comes later. A
            # "Name" field, wherever it is, says it better ("Lähettäjä: Anonyymi").
            field = "sender_name"
        if field == "page" and not _URL.search(value):
            continue  # a sentence that ends in "website" is no page; a later label may be
        if value and field not in fields:
            fields[field] = value
    if "email" in fields:
        raw = fields["email"]
        m = _EMAIL.search(raw)
        if m:
            fields["email"] = m.group(0)
            # "From: Ryan Foster <ryan@example.com>" (Contact Form 7) also names the sender.
            display = raw[: m.start()].strip(' "<')
            if display and "name" not in fields:
                fields["name"] = display
        else:
            del fields["email"]
    if "page" in fields:
        url = _URL.search(fields["page"])
        if url:
            fields["page"] = url.group(0).rstrip(".,;")
        else:
            del fields["page"]
    if "page" not in fields:
        # "This message was sent from https://…" (Forminator, Contact Form 7 footers).
        for line in lines:
            low = fold(line)
            url = _URL_WITH_PATH.search(line)  # a page, not the site's home
            if url and line[: url.start()].rstrip().endswith("("):
                continue  # Contact Form 7's "…form on Nordvolt (https://…)": the site, no page
            if url and any(p.search(low) for p in lexicon().page_sentence):
                fields["page"] = url.group(0).rstrip(".,;")
                break
    first, last = fields.pop("first_name", ""), fields.pop("last_name", "")
    if "name" not in fields and (first or last):
        fields["name"] = f"{first} {last}".strip()
    sender_name = fields.pop("sender_name", "")
    if "name" not in fields and "email" in fields:
        name_of_address(text, fields)
    if "name" not in fields and sender_name:
        fields["name"] = sender_name
    return fields


def name_of_address(text: str, fields: dict[str, str]) -> None:
    """ "Marcus Ehrlich <marcus@example.net>" on a line of its own names the visitor (Joomla)."""
    for line in text.split("\n"):
        m = _NAMED_ADDRESS.match(line.strip())
        if m and m.group(2).casefold() == fields["email"].casefold():
            fields["name"] = m.group(1).strip().strip('"')
            return


@cache
def _headings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Each language's heading patterns as one alternation: one search a line."""
    lex = lexicon()

    def one(patterns: list[Any]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p.pattern.pattern})" for p in patterns), re.M)

    return one(lex.transcript_heading), one(lex.offline_heading)


def _heading(text: str, subject: str = "") -> str | None:
    transcript, offline = _headings()
    lines = [subject]
    for x in text.split("\n"):
        if x.strip():
            lines.append(x)
            if len(lines) == 4:
                break
    for line in lines:
        low = line.strip().casefold()
        if transcript.search(low):
            return "transcript"
        if offline.search(low):
            return "offline"
    return None


def parse_chat(text: str, subject: str = "") -> tuple[dict[str, str], list[ChatLineData], str]:
    """Visitor fields, the transcript lines, and whether it was a transcript or offline."""
    lines: list[ChatLineData] = []
    header: list[str] = []
    for raw in text.split("\n"):
        m = _speaker(raw)
        if m:
            lines.append(ChatLineData(m[0].replace(".", ":"), m[1].strip(), m[2].rstrip()))
        elif lines and raw.strip() and not _is_footer(raw):
            last = lines[-1]
            text_so_far = last.text + "\n" if last.text else ""
            lines[-1] = ChatLineData(last.time, last.speaker, text_so_far + raw.strip())
        elif not lines:
            header.append(raw)
    fields = parse_fields("\n".join(header))
    form = _heading(text, automatic_clean(subject)) or ("transcript" if lines else "offline")
    return fields, lines, form


def looks_like_chat(msg: Message) -> bool:
    text = msg.text
    if _heading(text, automatic_clean(msg.subject)):
        fields = parse_fields(text)
        return "email" in fields or "name" in fields
    speakers = sum(1 for line in text.split("\n") if _speaker(line))
    return speakers >= 2 and bool({"email", "name"} & set(parse_fields(text)))


def looks_like_form(msg: Message) -> bool:
    """A visitor's address and what they wrote (or a name beside two more fields).

    The address may be only in Reply-To (form builders that reply to the visitor).
    """
    if msg.quoted:
        return False
    fields = parse_fields(msg.text, msg.html)
    if "email" not in fields:
        sender = (msg.sender or "").lower()
        visitor = [a for a in msg.reply_to if a.lower() != sender]
        if visitor and "name" in fields and "message" in fields:
            fields["email"] = visitor[0]
    return is_form(fields)


def is_form(fields: dict[str, str]) -> bool:
    if "email" not in fields:
        return False
    return "message" in fields or ("name" in fields and len(fields) >= 3)


def has_form(msg: Message, fields: dict[str, str]) -> bool:
    """From a configured form sender: any labelled visitor field makes it a form.

    The visitor's address may be only in Reply-To (Contact Form 7 without an email
    field), so a name or a message is enough; plugin updates and password resets
    carry none of them.
    """
    return bool({"email", "name", "message"} & set(fields)) and len(fields) >= 2


def output_fields(fields: dict[str, str]) -> dict[str, str]:
    return {k: fields[k] for k in OUTPUT_FIELDS if k in fields}
