"""Reads, as far as it can, which fields a rectification request wants changed.

The result is only a proposal shown to the reviewer as before/after; nothing is
changed until a person approves it. Patterns live in the word files ([rectify]).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

FIELDS = ("name", "email", "phone", "title", "department", "company")


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    out: dict[str, list[re.Pattern[str]]] = {f: [] for f in FIELDS}
    root = resources.files("mailbot") / "data" / "keywords"
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            doc = tomllib.loads(entry.read_text(encoding="utf-8"))
            for field, patterns in doc.get("rectify", {}).items():
                out.setdefault(field, []).extend(re.compile(p, re.I) for p in patterns)
    return out


def _current(contact: Any, field: str) -> str | None:
    if field == "company":
        company = getattr(contact, "company", None)
        return company.name if company is not None else None
    return getattr(contact, field, None)


def proposed_changes(text: str, contact: Any) -> dict[str, dict[str, str | None]]:
    """{field: {"old": current, "new": asked}} for every field the text names a new value for."""
    found: dict[str, dict[str, str | None]] = {}
    for field, patterns in _patterns().items():
        for pattern in patterns:
            m = pattern.search(text)
            if not m:
                continue
            value = " ".join(m.group("value").split()).strip(" .'\"")
            if field == "email":
                value = value.lower()
            old = _current(contact, field)
            if value and value != old:
                found[field] = {"old": old, "new": value}
            break
    return found
