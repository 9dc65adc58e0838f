"""The ninth corpus (first sight in tests/corpus_ninth/FIRST_SIGHT.txt: 95 % of kinds,
88 % of requests) as a regression floor, rules and model together, and the messages of
each category it missed then. Its form fields are helper `fields`' floor, not this one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import corpus_floor

CORPUS = Path(__file__).parent / "corpus_ninth"
RESULTS = corpus_floor.read(CORPUS)


def test_figures() -> None:
    kinds, wrong, asked = corpus_floor.misses(RESULTS)
    assert len(kinds) / len(RESULTS) <= 0.03, kinds
    assert len(wrong) / asked <= 0.05, wrong


def test_no_automatic_answered_no_ordinary_mail_taken_for_a_request() -> None:
    assert corpus_floor.unsafe(RESULTS) == []


@pytest.mark.parametrize(
    ("name", "kind", "asked"),
    [
        ("data_request/dr05-osoitteenmuutos-tb-fi.eml", "data_request", "rectification"),
        ("data_request/dr07-entinen-tyontekija-fi.eml", "data_request", "personnel"),
        ("data_request/dr13-vastaus-muistutukseen-fi.eml", "data_request", "unsubscribe"),
        ("data_request/dr14-rontgenkuvat-fi.eml", "data_request", "access"),
        ("data_request/dr18-poisto-ja-uutiskirje-typo-fi.eml", "data_request", "erasure"),
        ("other/ot03-vl-poistopyynto-sisainen-fi.eml", "other", None),
        ("other/ot07-tyohakemus-fysio-fi.eml", "other", None),
        ("other/ot09-vanha-poisto-uusi-aika-fi.eml", "other", None),
    ],
)
def test_the_categories_missed_on_first_sight(name: str, kind: str, asked: str | None) -> None:
    c = RESULTS[name][1]
    assert c.kind == kind, c.evidence
    assert c.request == asked


def test_erasure_and_unsubscribe_both_read() -> None:
    c = RESULTS["data_request/dr18-poisto-ja-uutiskirje-typo-fi.eml"][1]
    assert c.requests == ["erasure", "unsubscribe"]
