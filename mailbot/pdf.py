"""The register extract as a PDF (SPEC §4), rendered with fpdf2 from `extract.build_extract`.

fpdf2 ships no TrueType font and its core fonts are Latin-1 only (€ š ž – ” would fail),
so a Unicode TTF from the system is embedded (subset): `register.font_path`, or the first
of the usual Debian/Fedora/Arch places. No font file is kept in the repository.

Every word shown comes from ``data/extract_labels.toml`` (fi, sv, en); this module only
lays out. Times are shown in UTC, as stored, with the label file's strftime pattern.
"""

from __future__ import annotations

import copy
import functools
import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import Align

from mailbot.config import Settings

log = logging.getLogger(__name__)

FAMILY = "extract"
INSTALL_HINT = "install Debian's fonts-dejavu-core or set register.font_path to a Unicode TTF"

# Searched in order when register.font_path is not set (or, with fallback, is missing).
FONT_CANDIDATES: tuple[Path, ...] = tuple(
    Path(p)
    for p in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian/Ubuntu fonts-dejavu-core
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",  # Fedora
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  # Fedora (newer)
        "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
        "/usr/local/share/fonts/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",  # Debian fonts-noto-core
        "/usr/share/fonts/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/google-noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",  # Debian fonts-freefont-ttf
        "/usr/share/fonts/gnu-free/FreeSans.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    )
)

PAGE_MARGIN = 18.0  # mm
LINE = 5.0  # mm, body line height
LABEL_SHARE = 0.34  # of the usable width, for the label column of key/value rows


class FontMissing(RuntimeError):
    """No usable Unicode TrueType font: the operator must install one or configure it."""


# --------------------------------------------------------------------------- fonts
def find_font(
    settings: Settings,
    *,
    fallback: bool = True,
    candidates: Sequence[Path] | None = None,
) -> Path:
    """The TTF to embed: `register.font_path`, else the first installed candidate.

    With ``fallback=False`` a configured path must exist (and with no configured path there
    is nothing to search), so a typo in the configuration is reported rather than papered
    over. `candidates` replaces FONT_CANDIDATES (tests use it to simulate a bare system).
    """
    configured = settings.register_.font_path
    if configured:
        path = Path(configured).expanduser()
        if path.is_file():
            return path
        if not fallback:
            raise FontMissing(f"register.font_path {path} is not a readable file; {INSTALL_HINT}")
        log.warning("register.font_path %s not found; looking for a system font", path)
    elif not fallback:
        raise FontMissing(f"register.font_path is not set; {INSTALL_HINT}")
    for path in FONT_CANDIDATES if candidates is None else candidates:
        if path.is_file():
            return path
    raise FontMissing(f"no Unicode TrueType font found for the PDF extract; {INSTALL_HINT}")


def bold_sibling(regular: Path) -> Path | None:
    """The bold face beside a regular one (DejaVuSans-Bold, NotoSans-Bold, FreeSansBold …)."""
    stem, suffix = regular.stem, regular.suffix
    names = [f"{stem}-Bold", f"{stem}Bold", stem.replace("Regular", "Bold")]
    for name in names:
        candidate = regular.with_name(name + suffix)
        if candidate != regular and candidate.is_file():
            return candidate
    return None


# --------------------------------------------------------------------------- labels
@functools.cache
def _all_labels() -> dict[str, Any]:
    text = resources.files("mailbot").joinpath("data/extract_labels.toml").read_text("utf-8")
    return tomllib.loads(text)


def labels(language: str) -> dict[str, Any]:
    """The label set for `language` (fi, sv, en); English for anything else."""
    every = _all_labels()
    return every.get(language) or every["en"]


# --------------------------------------------------------------------------- text helpers
# Unicode's Cc (controls), Cs (surrogates) and Co (private use), but the line feed.
_UNPRINTABLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def clean(text: Any) -> str:
    """Printable text: NFC (so å is one glyph), tabs as spaces, no other control characters."""
    s = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return _UNPRINTABLE.sub("", s.replace("\t", "    "))


def _when(value: str | None, pattern: str) -> str | None:
    """An ISO 8601 time in UTC with the language's pattern; text that is no time, as is."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(pattern)


def _glyphs(pdf: FPDF) -> frozenset[int] | None:
    """Code points both faces can draw; None when this fpdf2 does not expose its cmap."""
    faces = [pdf.fonts.get(FAMILY + style) for style in ("", "B")]
    maps = [getattr(face, "cmap", None) for face in faces]
    if any(not isinstance(m, dict) for m in maps):
        return None
    return frozenset(maps[0]).intersection(*maps[1:])  # type: ignore[arg-type]


class _Document(FPDF):
    """A4 with the page number in the footer."""

    def __init__(self, page_label: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._page_label = page_label

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        # fpdf2 replaces its alias (default "{nb}") with the page count when the document ends.
        text = self._page_label.format(page=self.page_no(), pages=self.str_alias_nb_pages)
        self.cell(0, 5, text, align=Align.C)


class _Writer:
    """Layout primitives over one document; all words come from the label set."""

    def __init__(self, pdf: _Document, lab: dict[str, Any]) -> None:
        self.pdf = pdf
        self.lab = lab
        self.glyphs = _glyphs(pdf)
        self._widths: dict[tuple[str, str], float] = {}

    def text(self, value: Any) -> str:
        """`clean` text; a character the font lacks is shown as its code point, not dropped.

        fpdf2 only logs a warning and leaves a missing glyph out, which would silently
        shorten what the person wrote (an emoji, a CJK name); the JSON keeps the original.
        """
        s = clean(value)
        if self.glyphs is None or self.glyphs.issuperset(map(ord, s.replace("\n", ""))):
            return s
        return "".join(
            ch if ch == "\n" or ord(ch) in self.glyphs else f"[U+{ord(ch):04X}]" for ch in s
        )

    # -- values
    def when(self, value: str | None) -> str | None:
        return _when(value, self.lab["datetime"])

    def value(self, table: str, code: Any) -> str | None:
        """A stored code in words (e.g. status "active"); unknown codes as stored."""
        if code is None or code == "":
            return None
        if isinstance(code, bool):
            return self.lab["yes"] if code else self.lab["no"]
        return self.lab.get("values", {}).get(table, {}).get(str(code), str(code))

    # -- layout: fpdf2's multi_cell measured each line character by character (quadratic
    # in the line's length) and row() laid every cell out twice; this wraps once, by the
    # font's own advance widths, and writes each line with text(), six times cheaper than cell().
    def _width(self, word: str, font: Any = None) -> float:
        """A word's advance in font units (1/1000 of the size), cached per face."""
        font = font or self.pdf.current_font
        key = (font.fontkey, word)
        width = self._widths.get(key)
        if width is None:
            cw = font.cw
            width = self._widths[key] = float(sum(cw[ord(ch)] for ch in word))
        return width

    def wrap(
        self, text: str, width: float, style: str | None = None, size: float | None = None
    ) -> list[str]:
        """Lines of `text` that fit `width` mm less the cell margins, in the face of
        `style` and `size` (default: the current font, which is left as it is).

        Greedy, at spaces; a word longer than a line is cut where it must be.
        """
        pdf = self.pdf
        font = pdf.current_font if style is None else pdf.fonts[FAMILY + style]
        unit = (pdf.font_size_pt if size is None else size) * 0.001 / pdf.k  # font units -> mm
        room = max((width - 2 * pdf.c_margin) / unit, 1.0)
        space = self._width(" ", font)
        out: list[str] = []
        for para in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in para.split(" "):
                w = self._width(word, font)
                if line and used + space + w <= room:
                    line.append(word)
                    used += space + w
                    continue
                if line:
                    out.append(" ".join(line))
                while w > room and len(word) > 1:  # cut a word wider than the line
                    cut, taken = 0, 0.0
                    while cut < len(word) - 1:
                        step = self._width(word[cut], font)
                        if cut and taken + step > room:
                            break
                        taken += step
                        cut += 1
                    out.append(word[:cut])
                    word = word[cut:]
                    w = self._width(word, font)
                line, used = [word], w
            out.append(" ".join(line))
        return out

    def font(self, style: str, size: float) -> None:
        """set_font, skipped when nothing changes (it cost 20 µs a call, 7,000 calls a file)."""
        pdf = self.pdf
        if pdf.font_style != style or pdf.font_size_pt != size or pdf.font_family != FAMILY:
            pdf.set_font(FAMILY, style, size)

    def _put(self, x: float, y: float, line_h: float, line: str) -> None:
        """One line at the top-left (x, y) of its cell, placed as fpdf2's cell() places it."""
        if line.strip():
            pdf = self.pdf
            pdf.text(x + pdf.c_margin, y + 0.5 * line_h + 0.3 * pdf.font_size, line)

    def flow(self, text: str, style: str, size: float, line_h: float) -> None:
        """Text over the full width from the left margin, breaking pages between lines."""
        pdf = self.pdf
        self.font(style, size)
        for line in self.wrap(text, pdf.epw):
            if pdf.will_page_break(line_h):
                pdf.add_page()
                self.font(style, size)
            y = pdf.get_y()
            self._put(pdf.l_margin, y, line_h, line)
            pdf.set_y(y + line_h)

    # -- blocks
    def heading(self, text: str, size: float = 13) -> None:
        pdf = self.pdf
        if pdf.will_page_break(size * 0.6 + 4 * LINE):  # keep a heading with what follows
            pdf.add_page()
        pdf.ln(2)
        self.flow(self.text(text), "B", size, size * 0.5)
        y = pdf.get_y() + 0.5
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(2)
        self.font("", 10)

    def subheading(self, text: str, size: float = 10.5) -> None:
        pdf = self.pdf
        if pdf.will_page_break(3 * LINE):  # keep it with its first rows
            pdf.add_page()
        pdf.ln(1.5)
        self.flow(self.text(text), "B", size, LINE)
        self.font("", 10)

    def paragraph(self, text: str) -> None:
        self.flow(self.text(text), "", 10, LINE)

    def none(self) -> None:
        self.paragraph(self.lab["none"])

    def row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        styles: Sequence[str],
        size: float = 10,
    ) -> None:
        """One table row; a row taller than a page flows as paragraphs instead."""
        pdf = self.pdf
        texts = [self.text(c) for c in cells]
        line = LINE * size / 10
        wrapped = [
            self.wrap(text, width, style, size)
            for text, width, style in zip(texts, widths, styles, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * line
        usable = pdf.h - pdf.t_margin - pdf.b_margin
        if height > usable * 0.8:
            for text, style in zip(texts, styles, strict=True):
                self.flow(text, style, size, line)
            self.font("", 10)
            return
        if pdf.will_page_break(height):
            pdf.add_page()
        top = pdf.get_y()
        x = pdf.l_margin
        for lines, width, style in zip(wrapped, widths, styles, strict=True):
            self.font(style, size)
            for n, text in enumerate(lines):
                self._put(x, top + n * line, line, text)
            x += width
        pdf.set_xy(pdf.l_margin, top + height + 0.8)  # the font stays: see pairs(), table()

    def pairs(self, items: Iterable[tuple[str, str | None]]) -> None:
        """Label/value rows, leaving out values that are empty."""
        label_w = self.pdf.epw * LABEL_SHARE
        widths = (label_w, self.pdf.epw - label_w)
        for label, value in items:
            if value is None or value == "":
                continue
            self.row((label, value), widths, ("B", ""))
        self.font("", 10)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]
    ) -> None:
        """A simple table with a bold header row, a size smaller than the text."""
        widths = [self.pdf.epw * s for s in shares]
        plain = [""] * len(header)
        self.row(header, widths, ["B"] * len(header), size=9)
        for cells in rows:
            self.row(cells, widths, plain, size=9)
        self.font("", 10)


# --------------------------------------------------------------------------- sections
def _fields(w: _Writer, table: str, record: dict[str, Any], keys: Sequence[str]) -> None:
    """Key/value rows of one record, codes and times put into words."""
    names = w.lab[table]
    items: list[tuple[str, str | None]] = []
    for key in keys:
        raw = record.get(key)
        if key == "started_at":  # as the chat service wrote it, not a parsed time
            shown = raw
        elif key.endswith("_at") or key in ("due", "extended_until"):
            shown = w.when(raw)
        elif key in ("status", "source", "language", "form"):
            shown = w.value(_VALUE_TABLE.get((table, key), key), raw)
        elif key in ("action", "verification") and table == "request":
            shown = w.value(_VALUE_TABLE[(table, key)], raw)
        elif isinstance(raw, bool):
            shown = w.value("", raw)
        elif isinstance(raw, int):  # a count; none is not worth a row
            shown = str(raw) if raw else None
        else:
            shown = None if raw is None else str(raw)
        items.append((names[key], shown))
    w.pairs(items)


_VALUE_TABLE = {
    ("request", "status"): "request_status",
    ("request", "action"): "request",
    ("request", "verification"): "verification",
}

CONTACT_KEYS = (
    "name",
    "title",
    "department",
    "email",
    "phone",
    "mobile",
    "language",
    "status",
    "newsletter",
    "newsletter_opt_in_at",
    "newsletter_confirmed_at",
    "newsletter_opt_out_at",
    "marketing_allowed",
    "source",
    "created_at",
    "updated_at",
    "last_interaction_at",
    "legacy_notice_at",
    "consent_requested_at",
    "consent_reminders",
)
COMPANY_KEYS = ("name", "address", "website", "email", "phone", "business_area")
ENQUIRY_KEYS = ("received_at", "name", "company", "email", "phone", "page", "language", "message")
CHAT_KEYS = (
    "received_at",
    "form",
    "started_at",
    "visitor_name",
    "company",
    "email",
    "phone",
    "page",
    "language",
    "message",
)
REQUEST_KEYS = (
    "action",
    "status",
    "verification",
    "received_at",
    "due",
    "extended_until",
    "decided_at",
    "reason",
)
ART15_KEYS = ("purposes", "categories", "recipients", "retention", "source", "rights", "complaint")


def _contact(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["contact"])
    if data["contact"] is None:
        w.none()
        return
    _fields(w, "contact", data["contact"], CONTACT_KEYS)


def _company(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["company"])
    if data["company"] is None:
        w.none()
        return
    _fields(w, "company", data["company"], COMPANY_KEYS)


def _consents(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["consents"])
    if not data["consents"]:
        w.none()
        return
    names = w.lab["consent"]
    empty = w.lab["empty"]
    rows = [
        (
            w.when(c["at"]) or empty,
            w.value("topic", c["topic"]) or empty,
            w.value("event", c["event"]) or empty,
            c["via"] or empty,
        )
        for c in data["consents"]
    ]
    header = (names["at"], names["topic"], names["event"], names["via"])
    w.table(header, rows, (0.28, 0.26, 0.16, 0.30))


def _enquiries(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["enquiries"])
    if not data["enquiries"]:
        w.none()
        return
    for n, enquiry in enumerate(data["enquiries"], 1):
        w.subheading(f"{w.lab['enquiry']['heading']} {n}")
        _fields(w, "enquiry", enquiry, ENQUIRY_KEYS)


def _chats(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["chats"])
    if not data["chats"]:
        w.none()
        return
    label_w = w.pdf.epw * LABEL_SHARE
    widths = (label_w, w.pdf.epw - label_w)
    for n, chat in enumerate(data["chats"], 1):
        w.subheading(f"{w.lab['chat']['heading']} {n}")
        _fields(w, "chat", chat, CHAT_KEYS)
        if chat["lines"]:
            w.subheading(w.lab["chat"]["lines"], size=10)
            for line in chat["lines"]:
                who = " ".join(p for p in (line["time"], line["speaker"]) if p)
                w.row((who, line["text"]), widths, ("B", ""))


def _requests(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["requests"])
    if not data["requests"]:
        w.none()
        return
    for n, request in enumerate(data["requests"], 1):
        w.subheading(f"{w.lab['request']['heading']} {n}")
        _fields(w, "request", request, REQUEST_KEYS)


def _stored_mail(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["stored_mail"])
    if not data["stored_mail"]:
        w.none()
        return
    names = w.lab["stored_mail"]
    empty = w.lab["empty"]
    rows = [
        (
            w.when(m["received_at"] or m["processed_at"]) or empty,
            m["subject"] or empty,
            w.value("kind", m["kind"]) or empty,
            w.value("mail_status", m["status"]) or empty,
        )
        for m in data["stored_mail"]
    ]
    header = (names["received_at"], names["subject"], names["kind"], names["status"])
    w.table(header, rows, (0.25, 0.39, 0.20, 0.16))


def _sent_mail(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["sent_mail"])
    if not data["sent_mail"]:
        w.none()
        return
    names = w.lab["sent_mail"]
    empty = w.lab["empty"]
    rows = [
        (
            w.when(m["sent_at"] or m["created_at"]) or empty,
            m["subject"] or empty,
            w.value("mail_status", m["status"]) or empty,
        )
        for m in data["sent_mail"]
    ]
    header = (names["sent_at"], names["subject"], names["status"])
    w.table(header, rows, (0.25, 0.55, 0.20))


def _audit(w: _Writer, data: dict[str, Any]) -> None:
    w.heading(w.lab["sections"]["audit"])
    if not data["audit"]:
        w.none()
        return
    names = w.lab["audit"]
    empty = w.lab["empty"]
    field_names = {**w.lab["company"], **w.lab["enquiry"], **w.lab["chat"], **w.lab["contact"]}
    rows = []
    for event in data["audit"]:
        fields = ", ".join(field_names.get(f, f) for f in event["fields"])
        rows.append(
            (
                w.when(event["at"]) or empty,
                event["actor"] or empty,
                w.value("action", event["action"]) or empty,
                w.value("entity", event["entity"]) or empty,
                fields or empty,
            )
        )
    header = (names["at"], names["actor"], names["action"], names["entity"], names["fields"])
    w.table(header, rows, (0.25, 0.14, 0.19, 0.18, 0.24))


def _art15(w: _Writer, data: dict[str, Any]) -> None:
    art = w.lab["art15"]
    w.heading(art["heading"])
    for key in ART15_KEYS:
        w.subheading(art[key])
        w.paragraph(data["art15"][key])


# --------------------------------------------------------------------------- the document
def _load_fonts(pdf: FPDF, regular: Path, chars: frozenset[int] = frozenset()) -> None:
    """Regular and bold faces under one family; without a bold file, bold is the regular face.

    A document whose characters (`chars`) the common-scripts cut of both faces covers
    embeds from that cut; any other document from the whole font.
    """
    bold = bold_sibling(regular) or regular
    try:
        keys = [(style, _file_key(path)) for style, path in (("", regular), ("B", bold))]
        cuts = [_cut_face(*key, style) for style, key in keys]
        if all(cut is not None and chars <= cut.covers for cut in cuts):
            faces = cuts
        else:
            faces = [_whole_face(*key, style) for style, key in keys]
    except Exception as exc:  # fontTools raises many kinds for a file that is no TTF
        raise FontMissing(f"cannot use font {regular}: {exc}; {INSTALL_HINT}") from exc
    for (style, _key), face in zip(keys, faces, strict=True):
        assert face is not None
        _add_face(pdf, style, face)


@dataclass(frozen=True)
class _Face:
    template: Any  # fpdf2's TTFFont, parsed once: widths, cmap, glyph ids
    data: bytes  # the font file each document's subsetting starts from
    covers: frozenset[int]


def _file_key(path: Path) -> tuple[str, int, int]:
    """The path with its mtime and size: a changed file is parsed again."""
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


# Latin (with Extended-A/B and Additional), punctuation, currency and letterlike symbols:
# what nearly all register data here is written in. Other scripts use the whole font.
COMMON_SCRIPTS = (
    (0x20, 0x24F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
    (0xFFFD, 0xFFFD),
)  # fmt: skip

# Tables fpdf2's output() drops from every embedded subset (fpdf/output.py): dropped once
# here instead, so each document's subsetting no longer decompiles them (GSUB/GPOS were a
# third of it). Glyph names are kept, as fpdf2 maps by them.
UNUSED_TABLES = (
    "FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta", "sbix",
    "CBDT", "CBLC", "EBDT", "EBLC", "EBSC", "SVG ", "CPAL", "COLR",
)  # fmt: skip


def _font_bytes(path: str, cut: bool) -> bytes:
    """The font without UNUSED_TABLES; with `cut`, only its COMMON_SCRIPTS glyphs."""
    from io import BytesIO

    from fontTools import subset as ftsubset
    from fontTools import ttLib

    font = ttLib.TTFont(path, recalcTimestamp=False, lazy=True)
    if cut:
        options = ftsubset.Options(
            notdef_outline=True,
            recommended_glyphs=True,
            glyph_names=True,
            name_IDs=["*"],
            name_languages=["*"],
            name_legacy=True,
            drop_tables=list(UNUSED_TABLES),
            layout_features=[],
            hinting=False,
        )
        subsetter = ftsubset.Subsetter(options)
        subsetter.populate(unicodes=[c for a, b in COMMON_SCRIPTS for c in range(a, b + 1)])
        subsetter.subset(font)
    else:
        for tag in UNUSED_TABLES:
            if tag in font:
                del font[tag]
    out = BytesIO()
    font.save(out)
    return out.getvalue()


@functools.lru_cache(maxsize=8)
def _whole_face(path: str, _mtime_ns: int, _size: int, style: str) -> _Face:
    """A face parsed once per process (60-150 ms a document before)."""
    return _face_of(_font_bytes(path, cut=False), style)


@functools.lru_cache(maxsize=8)
def _cut_face(path: str, _mtime_ns: int, _size: int, style: str) -> _Face | None:
    """The common-scripts cut, parsed once per process; each document's subsetting then
    decompiles a tenth of the glyphs. None when fontTools cannot cut this font."""
    try:
        return _face_of(_font_bytes(path, cut=True), style)
    except Exception:  # noqa: BLE001 - the whole font serves instead
        log.warning("cannot cut font %s to the common scripts; embedding from it whole", path)
        return None


def _face_of(data: bytes, style: str) -> _Face:
    import tempfile

    # fpdf2 reads a font only from a named .ttf file.
    with tempfile.NamedTemporaryFile(suffix=".ttf") as fh:
        fh.write(data)
        fh.flush()
        scratch = FPDF()
        scratch.add_font(FAMILY, style, fh.name)
        template = scratch.fonts[FAMILY + style]  # its open file outlives the name
    return _Face(template, data, frozenset(template.cmap))


# ------------------------------------------------------------------ the embedded subset
# fpdf2's output() subsets each face to the glyphs the document used, with fontTools: half
# of a 50-item extract's time (issue 12), and nearly the same work for every extract. The
# face it is given is an _Embedded instead of a fontTools font: the glyphs asked for are
# rounded up to whole Unicode blocks of 128 code points (an extract in fi, sv or en uses
# the same few blocks), and the subset of those blocks is made once per process.
BLOCK = 128


class _Embedded:
    """Stands in for the fontTools font fpdf2's output() subsets, saves and reads ids from."""

    def __init__(self, face: _Face) -> None:
        self.face = face
        self.data = b""
        self.ids: dict[str, int] = {}

    def take(self, glyphs: Iterable[str]) -> None:
        self.data, self.ids = _block_subset(self.face, *_blocks_of(self.face, glyphs))

    def getGlyphID(self, name: str) -> int:  # noqa: N802 - fontTools' name
        return self.ids[name]

    def save(self, out: Any) -> None:
        out.write(self.data)

    def close(self) -> None:
        pass


def _blocks_of(face: _Face, glyphs: Iterable[str]) -> tuple[frozenset[int], frozenset[str]]:
    """The blocks the glyphs belong to, and the glyphs that belong to none (.notdef)."""
    block = _glyph_blocks(face)
    blocks, others = set(), set()
    for name in glyphs:
        b = block.get(name)
        if b is None:
            others.add(name)
        else:
            blocks.add(b)
    return frozenset(blocks), frozenset(others)


@functools.lru_cache(maxsize=8)
def _glyph_blocks(face: _Face) -> dict[str, int]:
    out: dict[str, int] = {}
    for code, name in sorted(face.template.cmap.items()):
        out.setdefault(name, code // BLOCK)
    return out


@functools.lru_cache(maxsize=64)
def _block_subset(
    face: _Face, blocks: frozenset[int], others: frozenset[str]
) -> tuple[bytes, dict[str, int]]:
    """The face cut to these blocks, as fpdf2 would cut it: (font file, glyph id by name)."""
    from io import BytesIO

    from fontTools import subset as ftsubset
    from fontTools import ttLib

    names = set(others) | {n for n, b in _glyph_blocks(face).items() if b in blocks}
    font = ttLib.TTFont(BytesIO(face.data), recalcTimestamp=False, lazy=True)
    options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True)
    options.drop_tables += list(UNUSED_TABLES)
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(glyphs=names)
    subsetter.subset(font)
    out = BytesIO()
    font.save(out)
    return out.getvalue(), {name: i for i, name in enumerate(font.getGlyphOrder())}


def _patch_fpdf_subsetting() -> bool:
    """Route fpdf2's subsetting of an _Embedded to it; other fonts go on as before.

    False (and every face a fontTools font, as before) when this fpdf2 is laid out
    otherwise than the 2.7/2.8 releases this was written against.
    """
    import types

    import fpdf.output
    from fontTools import subset as ftsubset

    if getattr(fpdf.output, "ftsubset", None) is not ftsubset:
        return isinstance(getattr(fpdf.output, "ftsubset", None), types.SimpleNamespace)

    class Subsetter(ftsubset.Subsetter):  # type: ignore[misc]
        def populate(self, *args: Any, glyphs: Iterable[str] = (), **kwargs: Any) -> None:
            self.asked = list(glyphs)
            super().populate(*args, glyphs=self.asked, **kwargs)

        def subset(self, font: Any) -> None:
            if isinstance(font, _Embedded):
                font.take(self.asked)
            else:
                super().subset(font)

    fpdf.output.ftsubset = types.SimpleNamespace(  # type: ignore[attr-defined]
        Options=ftsubset.Options, Subsetter=Subsetter
    )
    return True


@functools.cache
def _embedding_cached() -> bool:
    try:
        return _patch_fpdf_subsetting()
    except Exception:  # noqa: BLE001 - slower, not wrong: fpdf2 subsets on its own
        log.warning("cannot cache the PDF font subsets; fpdf2 subsets each document")
        return False


def _add_face(pdf: FPDF, style: str, parsed: _Face) -> None:
    """The parsed face in this document, with what a document changes made fresh: its glyph
    subset, missing glyphs, and what output() subsets (an _Embedded, or a fontTools font)."""
    from io import BytesIO

    from fontTools import ttLib
    from fpdf.fonts import SubsetMap

    face = copy.copy(parsed.template)  # widths, cmap and glyph ids are only read: shared
    face.i = len(pdf.fonts) + 1
    if not face.is_cff and _embedding_cached():
        face.ttfont = _Embedded(parsed)
    else:
        face.ttfont = ttLib.TTFont(BytesIO(parsed.data), recalcTimestamp=False, lazy=True)
    face.missing_glyphs = []
    face.biggest_size_pt = 0
    face.subset = SubsetMap(face)
    pdf.fonts[FAMILY + style] = face


def _chars(data: Any) -> frozenset[int]:
    """Every code point in the extract's strings (what the document will draw, but labels)."""
    import json

    return frozenset(map(ord, json.dumps(data, ensure_ascii=False, default=str)))


def render_pdf(data: dict[str, Any], settings: Settings) -> bytes:
    """The extract as PDF bytes, in `data["language"]`, with an embedded Unicode font."""
    lab = labels(data["language"])
    pdf = _Document(lab["page"])
    _load_fonts(pdf, find_font(settings), _chars(data) | _chars(lab))
    pdf.set_margins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    pdf.set_auto_page_break(True, margin=PAGE_MARGIN)
    # Metadata: a title and language only; fpdf2 writes no author unless told to.
    pdf.set_title(lab["title"])
    pdf.set_lang(data["language"])
    pdf.set_creator("mailbot")
    generated = datetime.fromisoformat(data["generated_at"])
    pdf.set_creation_date(generated if generated.tzinfo else generated.replace(tzinfo=UTC))
    pdf.add_page()

    w = _Writer(pdf, lab)
    w.flow(w.text(lab["title"]), "B", 18, 9)
    pdf.ln(1)
    art = data["art15"]
    w.pairs(
        [
            (lab["subject"], data["subject"]),
            (lab["generated_at"], w.when(data["generated_at"])),
            (lab["controller"], art["controller"]),
            (lab["controller_contact"], art["contact"]),
        ]
    )
    pdf.ln(1)
    w.paragraph(lab["intro"])

    sections = (
        _contact,
        _company,
        _consents,
        _enquiries,
        _chats,
        _requests,
        _stored_mail,
        _sent_mail,
        _audit,
        _art15,
    )
    for section in sections:
        section(w, data)
    return bytes(pdf.output())
