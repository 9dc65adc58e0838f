"""Loads the per-language word files (mailbot/data/keywords/*.toml) once, compiled.

Words are data: adding a language is adding a file with the same tables.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from mailbot.prefilter import Filtered

REQUESTS = (
    "access",
    "rectification",
    "erasure",
    "unsubscribe",
    "subscribe",
    "objection",
    "personnel",
)
FIELDS = (
    "email",
    "name",
    "first_name",
    "last_name",
    "company",
    "phone",
    "message",
    "page",
    "started",
)


@dataclass(frozen=True)
class Lexicon:
    """All languages' words merged by purpose; `stopwords` stays per language."""

    languages: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]
    requests: dict[str, list[Filtered]]
    accept: list[Filtered]
    decline: list[Filtered]
    auto_subject: list[Filtered]
    auto_body: list[Filtered]
    labels: dict[str, str]  # label (case-folded) -> field name
    transcript_heading: list[Filtered]
    offline_heading: list[Filtered]
    form_footer: list[Filtered]
    attribution: list[Filtered]
    header_block: frozenset[str]
    header_start: frozenset[str] = field(default_factory=frozenset)
    negation: list[Filtered] = field(default_factory=list)
    request_language: dict[int, str] = field(default_factory=dict)  # id(pattern) -> language
    signature: list[Filtered] = field(default_factory=list)
    disclaimer: list[Filtered] = field(default_factory=list)
    page_sentence: list[Filtered] = field(default_factory=list)
    site_notice: list[Filtered] = field(default_factory=list)


def _compile(patterns: list[str]) -> list[Filtered]:
    # MULTILINE: '^' and '$' mean the start and end of a line of the searched text.
    return [Filtered(re.compile(p, re.MULTILINE)) for p in patterns]


@cache
def lexicon() -> Lexicon:
    root = resources.files("mailbot") / "data" / "keywords"
    docs = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            docs.append(tomllib.loads(entry.read_text(encoding="utf-8")))

    def expand(doc: dict[str, Any], pattern: str) -> str:
        for name, value in doc.get("macros", {}).items():
            pattern = pattern.replace("{" + name + "}", value)
        return pattern

    def merged(section: str, key: str) -> list[str]:
        return [expand(d, p) for d in docs for p in d.get(section, {}).get(key, [])]

    labels: dict[str, str] = {}
    for d in docs:
        for name, words in d.get("labels", {}).items():
            for w in words:
                labels.setdefault(w.casefold(), name)
    header_block = frozenset(w for d in docs for w in d["quotes"].get("header_block", []))
    requests = {r: _compile(merged("requests", r)) for r in REQUESTS}
    # Which language's file each request pattern came from (a hint when a mail is one word).
    request_language: dict[int, str] = {}
    for r in REQUESTS:
        i = 0
        for d in docs:
            for _ in d.get("requests", {}).get(r, []):
                request_language[id(requests[r][i])] = d["language"]
                i += 1
    return Lexicon(
        languages=tuple(d["language"] for d in docs),
        stopwords={d["language"]: frozenset(d["stopwords"]["words"]) for d in docs},
        requests=requests,
        request_language=request_language,
        accept=_compile(merged("decision", "accept")),
        decline=_compile(merged("decision", "decline")),
        auto_subject=_compile(merged("automatic", "subject")),
        auto_body=_compile(merged("automatic", "body")),
        labels=labels,
        transcript_heading=_compile(merged("structure", "transcript_heading")),
        offline_heading=_compile(merged("structure", "offline_heading")),
        form_footer=_compile(merged("structure", "form_footer")),
        attribution=_compile(merged("quotes", "attribution")),
        header_block=header_block,
        header_start=frozenset(d["quotes"]["header_block"][0] for d in docs),
        signature=_compile(merged("quotes", "signature")),
        disclaimer=_compile(merged("quotes", "disclaimer")),
        negation=_compile(merged("negation", "before")),
        page_sentence=_compile(merged("structure", "page_sentence")),
        site_notice=_compile(merged("automatic", "site_notice")),
    )
