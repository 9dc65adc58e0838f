"""Spreadsheet-safe CSV cells: exports are opened in Excel or LibreOffice by people.

A cell that begins (after blanks) with a character a spreadsheet reads as the start of
a formula — = + - @, tab, CR, LF, or their full-width forms, which some locales also
read as formulas — gets an apostrophe in front, so it shows as text. A value that
itself begins with an apostrophe gets one more, so `unquote` gives back exactly what
`safe` was given and an export imports back unchanged.
"""

from __future__ import annotations

FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def _starts_formula(value: str) -> bool:
    return value.lstrip(" \u00a0\u3000")[:1] in FORMULA_STARTS


def safe(value: str) -> str:
    """The value as a cell no spreadsheet runs."""
    return "'" + value if value[:1] == "'" or _starts_formula(value) else value


def unquote(value: str) -> str:
    """Undo `safe`; anything `safe` would not have written comes back as it is."""
    rest = value[1:]
    return rest if value[:1] == "'" and (rest[:1] == "'" or _starts_formula(rest)) else value
