"""The trilingual corpus (tests/corpus): kinds, requests, decisions, languages and fields.

The corpus is the closest thing to mail we have not seen; its thresholds are the
issue's acceptance bar (97 % of kinds, no automatic mail answerable), and every
miss is printed so a regression says which mail broke.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.classify import Rules, classify
from mailbot.classify.forms import output_fields
from mailbot.parsing import parse

HERE = Path(__file__).parent
# The first corpus was written beside the classifier; the others by people who never saw
# it (86 %, 94 %, 94 % and — fifth, before the concept design of issue 8 — 76 % of kinds
# on first sight; tests/corpus_fifth/FIRST_SIGHT.txt). All are regression floors now.
CORPORA = [
    HERE / "corpus",
    HERE / "corpus_holdout",
    HERE / "corpus_third",
    HERE / "corpus_fourth",
    HERE / "corpus_fifth",
]
RULES = Rules.of(["wordpress@plaza.example.com"], ["transcripts@chat.example.net"])


def _rules(corpus: Path) -> Rules:
    """The site's own senders as its administrator configured them (senders.toml)."""
    senders = corpus / "senders.toml"
    if not senders.exists():
        return RULES
    conf = tomllib.loads(senders.read_text(encoding="utf-8"))
    return Rules.of(conf.get("contact_form", []), conf.get("chat", []))


ANSWERABLE = {"contact_form", "data_request", "confirmation"}


def _results() -> dict[str, tuple[dict, object, object]]:
    out = {}
    for corpus in CORPORA:
        manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
        rules = _rules(corpus)
        for name, expected in manifest.items():
            msg = parse((corpus / name).read_bytes())
            out[f"{corpus.name}/{name}"] = (expected, msg, classify(msg, rules))
    return out


RESULTS = _results()
MANIFEST = {name: exp for name, (exp, _m, _c) in RESULTS.items()}


def _misses(check) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{name}: {why}"
        for name, (exp, msg, cls) in RESULTS.items()
        if (why := check(exp, msg, cls))
    ]


def test_corpus_is_not_trivial() -> None:
    kinds = {exp["kind"] for exp in MANIFEST.values()}
    assert kinds == {
        "contact_form",
        "chat_transcript",
        "data_request",
        "confirmation",
        "automatic",
        "other",
    }
    assert len(MANIFEST) >= 200


def test_kinds() -> None:
    misses = _misses(
        lambda e, m, c: None if c.kind == e["kind"] else f"{c.kind} != {e['kind']} ({c.reason})"
    )
    accuracy = 1 - len(misses) / len(RESULTS)
    assert accuracy >= 0.97, "\n".join(misses)


def test_no_automatic_mail_is_answerable() -> None:
    misses = _misses(
        lambda e, m, c: (
            f"answerable {c.kind}" if e["kind"] == "automatic" and c.kind in ANSWERABLE else None
        )
    )
    assert misses == []


def test_every_automatic_message_is_automatic() -> None:
    """Per message: machine mail is never answered, taken for a form or left for a person."""
    misses = _misses(
        lambda e, m, c: (
            f"{c.kind} ({c.reason})" if e["kind"] == "automatic" and c.kind != "automatic" else None
        )
    )
    assert misses == []


def test_traps_are_not_requests() -> None:
    """Per message: ordinary mail (pitches, articles, questionnaires, removing a logo or
    an order) is never taken for a data-subject request."""
    misses = _misses(
        lambda e, m, c: (
            f"{c.requests} ({c.evidence})"
            if e["kind"] == "other" and c.kind == "data_request"
            else None
        )
    )
    assert misses == []


def test_form_submissions_are_not_automatic() -> None:
    misses = _misses(
        lambda e, m, c: (
            c.reason
            if e["kind"] in ("contact_form", "chat_transcript") and c.kind == "automatic"
            else None
        )
    )
    assert misses == []


def test_requests_in_order() -> None:
    def check(e, m, c):  # type: ignore[no-untyped-def]
        if e["kind"] not in ("data_request", "contact_form") or c.kind != e["kind"]:
            return None
        want = e.get("requests", [])
        return None if c.requests == want else f"{c.requests} != {want}"

    misses = _misses(check)
    assert len(misses) <= 2, "\n".join(misses)


def test_confirmation_decisions() -> None:
    def check(e, m, c):  # type: ignore[no-untyped-def]
        if e["kind"] != "confirmation":
            return None
        return None if c.decision == e.get("decision") else f"{c.decision} != {e.get('decision')}"

    assert _misses(check) == []


def test_languages() -> None:
    def check(e, m, c):  # type: ignore[no-untyped-def]
        if "language" not in e:
            return None
        return None if m.language == e["language"] else f"{m.language} != {e['language']}"

    misses = _misses(check)
    assert len(misses) <= len(RESULTS) * 0.05, "\n".join(misses)


@pytest.mark.parametrize("kind", ["contact_form", "chat_transcript"])
def test_fields(kind: str) -> None:
    def check(e, m, c):  # type: ignore[no-untyped-def]
        if e["kind"] != kind or c.kind != kind or "fields" not in e:
            return None
        got = {k: v for k, v in output_fields(c.fields).items() if k != "message"}
        return None if got == e.get("fields", {}) else f"{got} != {e.get('fields')}"

    misses = _misses(check)
    assert misses == [], "\n".join(misses)
