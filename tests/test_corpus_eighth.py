"""The eighth corpus (first sight in tests/corpus_eighth/FIRST_SIGHT.txt: 95 % of kinds,
91 % of requests) as a regression floor, rules and model together, and the messages of
each category it missed then. Its form fields are helper `fields`' floor, not this one.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.classify import Classification, Rules, classify
from mailbot.parsing import parse

CORPUS = Path(__file__).parent / "corpus_eighth"
MANIFEST = tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))
SENDERS = tomllib.loads((CORPUS / "senders.toml").read_text(encoding="utf-8"))
RULES = Rules.of(SENDERS.get("contact_form", []), SENDERS.get("chat", []))
ANSWERABLE = {"contact_form", "data_request", "confirmation"}


def _read(name: str) -> Classification:
    return classify(parse((CORPUS / name).read_bytes()), RULES)


RESULTS = {name: (want, _read(name)) for name, want in MANIFEST.items()}


def test_figures() -> None:
    kinds = [n for n, (w, c) in RESULTS.items() if c.kind != w["kind"]]
    asked = {n: (w, c) for n, (w, c) in RESULTS.items() if w["kind"] == "data_request"}
    wrong = [
        n
        for n, (w, c) in asked.items()
        if c.kind != "data_request" or c.requests[:1] != w["requests"][:1]
    ]
    assert len(kinds) / len(RESULTS) <= 0.03, kinds
    assert len(wrong) / len(asked) <= 0.05, wrong


def test_no_automatic_answered_no_trap_no_form_lost() -> None:
    bad = [
        n
        for n, (w, c) in RESULTS.items()
        if (w["kind"] == "automatic" and c.kind in ANSWERABLE)
        or (w["kind"] == "other" and c.kind == "data_request")
        or (w["kind"] == "contact_form" and c.kind == "automatic")
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("name", "kind", "asked"),
    [
        ("data_request/dr09-sv-rectification-sloppy-address.eml", "data_request", "rectification"),
        ("data_request/dr10-en-rectification-name-typo.eml", "data_request", "rectification"),
        ("data_request/dr28-en-unsub-stop-sending.eml", "data_request", "unsubscribe"),
        ("data_request/dr32-sv-unsub-avregistrera-apple.eml", "data_request", "unsubscribe"),
        ("data_request/dr53-sv-list-unsubscribe-mailto.eml", "data_request", "unsubscribe"),
        ("other/ot29-en-seo-pitch-stop.eml", "other", None),
        ("automatic/au27-noreply-bank-fi.eml", "automatic", None),
        ("contact_form/cf14-typeform-sv-questions.eml", "contact_form", None),
    ],
)
def test_the_categories_missed_on_first_sight(name: str, kind: str, asked: str | None) -> None:
    c = RESULTS[name][1]
    assert c.kind == kind
    assert c.request == asked


@pytest.mark.parametrize(
    "name",
    [
        "confirmation/cn01-fi-accept.eml",
        "confirmation/cn02-sv-decline.eml",
        "confirmation/cn03-en-accept.eml",
    ],
)
def test_short_subject_tokens_are_confirmations_never_looked_up(name: str) -> None:
    want, c = RESULTS[name]
    assert c.kind == "confirmation" and c.decision == want["decision"]
    assert c.token is None
