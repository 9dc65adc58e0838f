"""Contact-form and chat mail: recognising the structure and reading the fields."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from lxml import html as lxml_html

from mailbot.classify import automatic
from mailbot.classify.automatic import clean_subject as automatic_clean
from mailbot.classify.words import fold
from mailbot.lexicon import lexicon
from mailbot.parsing import Message

OUTPUT_FIELDS = ("email", "name", "company", "phone", "message", "page")
_LABEL_LINE = re.compile(r"^\s*+[*_]*+([^:：\n]{1,40}?)[*_]*\s*+[:：]\s*(.*)$")
# "| Name | Ada |" (a text table), "NAME ........ Ada" (dotted leaders).
# Possessive quantifiers: a run of spaces or dots is read once, never re-split (a
# 2 000-space cell took minutes with lazy groups).
_CELL_LINE = re.compile(r"^\s*+\|\s*+([^|\n]{1,60}+)\|([^|\n]*+)\|?+\s*+$")
_LEADER_LINE = re.compile(r"^\s*+([^\n.]{1,40}+(?:\.(?!\.)[^\n.]{0,20}+)?)\.{3,}+[\s:：]*+(\S.*)$")
_COLUMN_LINE = re.compile(r"^\s*+([^\s].{0,38}?)(?:\s{2,}+|\t\s*+)(\S.*)$")
_DATE = r"(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})?,?\s)?"
_TIME = _DATE + r"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\.?\d)(?:\s?[ap]\.?m\.?)?)"
# Transcript lines of any chat service: "[10:02] Name: text", "10:02 Name: text",
# "10:02  Name  text" (columns), "Name (10:02): text", "Name [10:02]: text".
_SPEAKER_LINES = (
    re.compile(r"^\s*+[\[(]?" + _TIME + r"[\])]?\s*+[-–]?\s*+([^:\n]{1,80}?):\s?(.*)$", re.I),
    re.compile(r"^\s*+[\[(]?" + _TIME + r"[\])]?\s++(\S[^\n]{0,78}?\S)\s{2,}+(\S.*)$", re.I),
)
_SPEAKER_FIRST = re.compile(
    r"^\s*+([^:\n(\[]{1,80}?)\s*+[(\[]" + _TIME + r"[)\]]\s*+:\s?(.*)$", re.I
)
# "Oskari Virta · 08:55" alone on its line, the text below (Crisp, Intercom).
_SPEAKER_HEAD = re.compile(r"^\s*+([^:\n·•|]{1,80}?)\s++[·•|]\s++" + _TIME + r"\s*+$", re.I)
# "Leena Kallio 12:44" alone on its line (Tidio): a name of a few words, no digits.
# "Sam Rivers at 10:02 AM", "Anna klo 10.02", "Eva kl. 10:02" (Freshchat and others).
_SPEAKER_BARE = re.compile(
    r"^\s*+([^\W\d][^:\n·•|\d]{0,60}?)\s++(?:(?:at|klo|kl\.?)\s++)?" + _TIME + r"\s*+$", re.I
)


def _a_speakers_name(text: str) -> bool:
    """ "Leena Kallio", "Nordvolt (Ville)": capitalised words, not "Soita klo" or a label."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and all(w[0].isupper() or (w[0] == "(" and w[1:2].isupper()) for w in words)
        and field_of_label(text) is None
    )


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
    m = _SPEAKER_BARE.match(line)
    if m and _a_speakers_name(m.group(1)):
        return m.group(2), m.group(1), ""
    return None


# Bounded parts (RFC 5321: 64-character local part, 253-character domain) and a local
# part that cannot start inside another run of local-part characters: a 200 000-character
# line without an "@" is one linear scan, not a quadratic search.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
    r"@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?"
)


@dataclass(frozen=True)
class ChatLineData:
    time: str
    speaker: str
    text: str


@dataclass(frozen=True)
class FieldWords:
    """mailbot/data/form_fields.toml: how notifications name their fields."""

    labels: dict[str, str]
    page_phrases: tuple[str, ...]
    weak_tails: frozenset[str]
    questions: dict[str, tuple[str, ...]]
    placeholders: frozenset[str]
    admin_urls: tuple[re.Pattern[str], ...]
    chat_name: tuple[re.Pattern[str], ...]
    chat_heading: tuple[re.Pattern[str], ...]
    weak_pages: frozenset[str]
    page_before_title: tuple[str, ...]


@cache
def field_words() -> FieldWords:
    raw = resources.files("mailbot") / "data" / "form_fields.toml"
    doc = tomllib.loads(raw.read_text(encoding="utf-8"))
    labels = {_label_key(w): name for name, words in doc.get("labels", {}).items() for w in words}
    return FieldWords(
        labels=labels,
        page_phrases=tuple(fold(p) for p in doc["page_phrases"]["phrases"]),
        weak_tails=frozenset(fold(w) for w in doc["weak_tails"]["words"]),
        questions={f: tuple(fold(w) for w in ws) for f, ws in doc["questions"].items()},
        placeholders=frozenset(fold(v) for v in doc["placeholders"]["values"]),
        admin_urls=tuple(re.compile(p) for p in doc["admin_urls"]["patterns"]),
        chat_name=tuple(re.compile(p, re.M) for p in doc["chat_name"]["patterns"]),
        chat_heading=tuple(re.compile(p) for p in doc["chat_heading"]["patterns"]),
        weak_pages=frozenset(_label_key(w) for w in doc["weak_pages"]["labels"]),
        page_before_title=tuple(fold(w) for w in doc["weak_pages"]["page_words"]),
    )


@cache
def _labels() -> dict[str, str]:
    labels = {_label_key(k): v for k, v in lexicon().labels.items()}
    for key, field in field_words().labels.items():
        labels.setdefault(key, field)
    for key in field_words().weak_pages:
        labels[key] = "weak_page"  # "Website": often the visitor's own site
    return labels


def is_admin_url(url: str) -> bool:
    """A link into the form service's back office, not the page the visitor was on."""
    low = fold(url)
    return any(p.search(low) for p in field_words().admin_urls)


def is_placeholder(value: str) -> bool:
    """ "ei annettu", "n/a", "-": the visitor gave nothing."""
    return fold(value.strip()) in field_words().placeholders


_NOTE = re.compile(r"[(\[]([^)\]]{1,30})[)\]]")
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
    note = _NOTE.search(raw)
    if note and labels.get(key) == "name":
        # Gravity Forms' "Name (First)", "Nimi (sukunimi)": the note says which part.
        part = labels.get(_label_key(note.group(1)))
        if part in ("first_name", "last_name"):
            return part
    if key in labels:
        return labels[key]
    if "/" in key or "|" in key:
        # Bilingual and either/or labels: "Nimi / Namn / Name", "Company/Organisation".
        parts = {field_of_label(p) for p in re.split(r"\s*[/|]\s*", key) if p}
        if len(parts) == 1 and None not in parts:  # every part names the same field
            return parts.pop()
    words = key.split()
    if len(words) > 8:
        return None
    words_data = field_words()
    padded = f" {key} "
    if any(f" {p} " in padded for p in words_data.page_phrases):
        return "page"  # "Sidan formuläret skickades från", "This form was submitted from"
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in labels and not (i == len(words) - 1 and tail in words_data.weak_tails):
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
                and (question or field not in ("name", "message"))  # Användarnamn, -agent
                and w.startswith(label[:-1])
                and len(w) - len(label) <= 8
            ):
                return field
    if question:
        for field, phrases in words_data.questions.items():
            if any(f" {p} " in padded for p in phrases):
                return field  # "Vad heter du?", "What should we call you?"
    for i in range(len(words) - 1, 0, -1):
        if labels.get(" ".join(words[:i])) == "page":
            return "page"
    return None


_BLOCK_LABEL = re.compile(
    r"^\s*+(?:-{2,}+|={2,}+|\*{2}|#{1,3})\s*+([^:\n]{1,60}?)\s*+(?:-{2,}+|={2,}+|\*{2})?\s*+$"
)


def _label_of(line: str) -> tuple[str, str] | None:
    """(field, value) when the line is 'Label: value' with a known label."""
    m = _LABEL_LINE.match(line)
    if m:
        field = field_of_label(m.group(1))
        if field:
            return field, m.group(2).strip().lstrip("*_").strip()  # "**Name:** Eva"
    for pattern in (_CELL_LINE, _LEADER_LINE, _COLUMN_LINE):
        m = pattern.match(line)
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
_NAMED_ADDRESS = re.compile(r"^([^<>@:\n]{2,60}?)\s*<([^<>\s@]{1,64}@[^<>\s@]{1,253})>$")
_MAILTO = re.compile(r"^mailto:([^?]+)", re.I)


def _cell_text(node: Any) -> str:
    return " ".join(node.text_content().split())


def _value(field: str | None, node: Any) -> str:
    """A cell's text; a page cell showing a link's title gives the link's target."""
    value = node.text_content().strip()
    if field == "page" and not _URL.search(value):
        for a in node.iter("a"):
            href = (a.get("href") or "").strip()
            if _URL.fullmatch(href):
                return href
    return value


def _text_before(node: Any) -> str:
    """The text just before an inline element in its parent ("Label: " before a link)."""
    prev = node.getprevious()
    if prev is not None:
        text = prev.tail or ""
        if not text.strip() and prev.tag not in ("br", "p", "div"):
            text = prev.text_content() + text  # "<b>Page:</b> <a …>"
    else:
        parent = node.getparent()
        text = (parent.text or "") if parent is not None else ""
    return " ".join(text.split())[-200:]


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
            value = _value(field, cells[1])
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
                pairs.append((label, _value(label, child)))
                label = None
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if _URL.fullmatch(href) and _text_before(a).endswith((":", "：")):
            # "Page submitted on: <a href=…>Basalt slabs | Kivikko</a>" (HubSpot): the
            # page is the link's target, its text only the page's title.
            label = re.split(r"[.!?]\s", _text_before(a)[:-1])[-1]
            if field_of_label(label) == "page":
                pairs.append(("page", href))
        m = _MAILTO.match(href)
        if m:
            # ("_mailto", "address\nlink text"): parse_fields decides what it is.
            pairs.append(("_mailto", f"{m.group(1)}\n{_cell_text(a)}"))
    return pairs


def parse_fields(text: str, html: str = "") -> dict[str, str]:
    """Labelled fields; the message may run over several lines until the next label.

    Nothing is invented: every value is text of the mail. A placeholder ("ei annettu")
    is no value; a link into the form service's back office is no page; an address
    only in a mailto: link counts when no label names one.
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    emails: list[str] = []  # every e-mail-labelled value: their display names name the sender
    pages: list[str] = []  # every page-labelled URL, in order
    weak_pages: list[str] = []  # "Website:" URLs: the page only when nothing says better
    mailtos: list[tuple[str, str]] = []
    for field, value in html_pairs(html):
        value = value.strip()
        if field == "_mailto":
            addr, _, link_text = value.partition("\n")
            mailtos.append((addr.strip(), link_text.strip()))
            continue
        if not value or is_placeholder(value):
            continue
        if field == "email":
            emails.append(value)
        if field in ("page", "weak_page"):
            urls = [u.group(0).rstrip(".,;") for u in _URL.finditer(value)]
            (pages if field == "page" else weak_pages).extend(urls)
        if field not in fields:
            fields[field] = value
    # A split name from HTML cells beats a "Name" the text rendering of nested tables made.
    html_split_name = "first_name" in fields or "last_name" in fields
    i = 0
    while i < len(lines):
        hit = _label_of(lines[i])
        if hit is None and lines[i].rstrip().endswith("?") and i + 1 < len(lines):
            # "Where can we reach you?" answered by an address alone: the address.
            answer = lines[i + 1].strip()
            if len(answer) <= 254 and _EMAIL.fullmatch(answer):
                hit = ("email", "")
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
        if not value or is_placeholder(value):
            continue
        if field == "email" and not _EMAIL.search(value):
            # "Lähettäjä: Minna Peltonen" names the sender; the address comes later. A
            # "Name" field, wherever it is, says it better ("Lähettäjä: Anonyymi").
            field = "sender_name"
        elif field == "email":
            emails.append(value)
        if field in ("page", "weak_page"):
            url = _URL.search(value)
            if not url:
                continue  # a sentence that ends in "website" is no page; a later label may be
            (pages if field == "page" else weak_pages).append(url.group(0).rstrip(".,;"))
        if field == "name" and html_split_name:
            continue
        if field not in fields:
            fields[field] = value
    _settle_email(fields, emails, mailtos)
    public = [u for u in pages if not is_admin_url(u)]
    public += [u for u in weak_pages if not is_admin_url(u)]
    fields.pop("page", None)
    fields.pop("weak_page", None)
    if public:
        fields["page"] = public[0]
    elif not pages:
        # "This message was sent from https://…" (Forminator, Contact Form 7 footers).
        for line in lines:
            low = fold(line)
            url = _URL_WITH_PATH.search(line)  # a page, not the site's home
            if not url or is_admin_url(url.group(0)):
                continue
            before = fold(line[: url.start()].rstrip())
            if before.endswith("(") and not _names_a_page(before):
                continue  # Contact Form 7's "…form on Nordvolt (https://…)": the site, no page
            if any(p.search(low) for p in lexicon().page_sentence):
                fields["page"] = url.group(0).rstrip(".,;")
                break
    first, last = fields.pop("first_name", ""), fields.pop("last_name", "")
    if "name" not in fields and (first or last):
        fields["name"] = f"{first} {last}".strip()
    sender_name = fields.pop("sender_name", "")
    if "name" not in fields and "email" in fields:
        name_of_address(text, fields)
    if "name" not in fields and "email" in fields:
        for addr, link_text in mailtos:
            # <a href="mailto:karin@…">Karin Blomqvist</a>: the link names the visitor.
            if addr.casefold() == fields["email"].casefold() and _looks_like_name(link_text):
                fields["name"] = link_text
                break
    if "name" not in fields and sender_name:
        fields["name"] = sender_name
    return fields


def _names_a_page(before: str) -> bool:
    """ "Skickat från sidan Gatsten (" names a page; "…formulär på Nordvolt (" the site."""
    words = before.split()[-6:]
    return any(w in field_words().page_before_title for w in words)


def _settle_email(
    fields: dict[str, str], emails: list[str], mailtos: list[tuple[str, str]]
) -> None:
    """The visitor's address, and the display name written beside it."""
    name = fields.get("name", "")
    if "email" not in fields and _EMAIL.fullmatch(name.strip()):
        fields["email"] = name.strip()  # "Besökare: kustbo77@example.net"
        del fields["name"]
        emails.append(fields["email"])
    address = ""
    for raw in emails:
        m = _EMAIL.search(raw)
        if m:
            address = m.group(0)
            break
    if not address:
        for addr, _text in mailtos:
            if _EMAIL.fullmatch(addr):
                address = addr  # no label names one: the first mailto: link
                break
    if not address:
        fields.pop("email", None)
        return
    fields["email"] = address
    if "name" in fields:
        return
    for raw in emails:
        m = _EMAIL.search(raw)
        if m and m.group(0).casefold() == address.casefold():
            # "From: Ryan Foster <ryan@example.com>" (Contact Form 7) also names the sender.
            display = raw[: m.start()].strip(" \"<'([")
            if display and _looks_like_name(display):
                fields["name"] = display
                return


def _looks_like_name(text: str) -> bool:
    """A person's or company's name, not an address, a URL or a sentence."""
    text = text.strip()
    return (
        0 < len(text) <= 80
        and "@" not in text
        and "://" not in text
        and len(text.split()) <= 6
        and any(c.isalpha() for c in text)
    )


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
    for line in lines[1:]:  # the service's own opening line, not a subject a visitor wrote
        low = fold(line.strip())
        if any(p.search(low) for p in field_words().chat_heading):
            return "offline"  # "Oskar Nyberg skickade ett meddelande på Kivikko:"
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
    if "name" not in fields:
        name = chat_visitor_name(header, subject)
        if name:
            fields["name"] = name
    form = _heading(text, automatic_clean(subject)) or ("transcript" if lines else "offline")
    return fields, lines, form


def chat_visitor_name(header: list[str], subject: str) -> str | None:
    """ "Chat with Sara Westerlund", "Keskustelu: Eeva Laine": the visitor, as written.

    Only a heading the service writes (form_fields.toml [chat_name]); a name that is
    an address, a number ("Visitor 48211") or a placeholder is none.
    """
    candidates = [x.strip() for x in header if x.strip()][:3] + [automatic_clean(subject)]
    candidates[-1] = subject.strip()
    for line in candidates:
        line = _REPLY_TAG.sub("", line)[:200]
        low = fold(line)
        if len(low) != len(line):
            continue  # folding changed the length: positions would not match
        for pattern in field_words().chat_name:
            m = pattern.search(low)
            if not m:
                continue
            name = line[m.start("name") : m.end("name")].strip(" .,;-–")
            if (
                _looks_like_name(name)
                and not any(c.isdigit() for c in name)
                and not is_placeholder(name)
                and field_of_label(name) is None
            ):
                return name
    return None


_REPLY_TAG = re.compile(r"^(?:(?:re|fw|fwd|vs|vl|sv|aw)\s*:\s*)+", re.I)


def looks_like_chat(msg: Message) -> bool:
    text = msg.text
    who = [sp[1].strip().casefold() for line in text.split("\n")[:2000] if (sp := _speaker(line))]
    speakers = len(who)
    # A dialogue: two to six people, someone speaking more than once (a calendar's
    # "09:00 Standup: …" lines are all different).
    dialogue = speakers >= 3 and 2 <= len(set(who)) <= 6 and len(set(who)) < speakers
    if _heading(text, automatic_clean(msg.subject)) or dialogue:
        fields = parse_fields(text)
        # An anonymous visitor's transcript still has its lines and the page it was on.
        return "email" in fields or "name" in fields or (speakers >= 2 and bool(fields))
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
    if is_form(fields):
        return True
    # A survey-style notification from a form service's robot address (Typeform, Google
    # Forms): question, answer, blank line, over and over; one answer the visitor's address.
    robot = automatic.form_robot(msg) or automatic.notifier_sender(msg) is not None
    return robot and "email" in fields and question_answers(msg.text) >= 3


def question_answers(text: str) -> int:
    """Blocks of a question line ("…?") and its answer line(s) before a blank line."""
    count = 0
    lines = [x.strip() for x in text.split("\n")[:2000]]
    for i, line in enumerate(lines[:-1]):
        if (
            line.endswith("?")
            and len(line) <= 120
            and (i == 0 or not lines[i - 1])
            and lines[i + 1]
            and not lines[i + 1].endswith("?")
            and (i + 2 >= len(lines) or not lines[i + 2] or i + 3 >= len(lines) or not lines[i + 3])
        ):
            count += 1
    return count


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
