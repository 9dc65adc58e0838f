"""A blind corpus kept as a regression floor once its first sight is recorded.

The corpus folders' manifest and senders, classified with rules and model together;
the figures and the dangerous misses that tests/test_corpus_<n>.py hold it to.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from mailbot.classify import Classification, Rules, classify
from mailbot.parsing import parse

ANSWERABLE = {"contact_form", "data_request", "confirmation"}
Results = dict[str, tuple[dict, Classification]]


def read(corpus: Path) -> Results:
    """Each message's manifest entry and what mailbot makes of it."""
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    senders = tomllib.loads((corpus / "senders.toml").read_text(encoding="utf-8"))
    rules = Rules.of(senders.get("contact_form", []), senders.get("chat", []))
    return {
        name: (want, classify(parse((corpus / name).read_bytes()), rules))
        for name, want in manifest.items()
    }


def misses(results: Results) -> tuple[list[str], list[str], int]:
    """Kinds read wrong; data requests whose first request was read wrong; requests."""
    kinds = [n for n, (w, c) in results.items() if c.kind != w["kind"]]
    asked = {n: (w, c) for n, (w, c) in results.items() if w["kind"] == "data_request"}
    wrong = [
        n
        for n, (w, c) in asked.items()
        if c.kind != "data_request" or c.requests[:1] != w["requests"][:1]
    ]
    return kinds, wrong, len(asked)


def unsafe(results: Results, forms_lost: bool = False) -> list[str]:
    """Automatic mail mailbot would answer, ordinary mail taken for a request, and
    (with `forms_lost`) forms taken for automatic mail."""
    return [
        n
        for n, (w, c) in results.items()
        if (w["kind"] == "automatic" and c.kind in ANSWERABLE)
        or (w["kind"] == "other" and c.kind == "data_request")
        or (forms_lost and w["kind"] == "contact_form" and c.kind == "automatic")
    ]
