"""The eighth corpus (first sight in tests/corpus_eighth/FIRST_SIGHT.txt: 95 % of kinds,
91 % of requests) as a regression floor, rules and model together, and the messages of
each category it missed then. Its form fields are helper `fields`' floor, not this one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import corpus_floor

CORPUS = Path(__file__).parent / "corpus_eighth"
RESULTS = corpus_floor.read(CORPUS)


def test_figures() -> None:
    kinds, wrong, asked = corpus_floor.misses(RESULTS)
    assert len(kinds) / len(RESULTS) <= 0.03, kinds
    assert len(wrong) / asked <= 0.05, wrong


def test_no_automatic_answered_no_trap_no_form_lost() -> None:
    assert corpus_floor.unsafe(RESULTS, forms_lost=True) == []


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
