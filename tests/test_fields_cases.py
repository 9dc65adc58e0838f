"""Form and chat fields, exactly, on notifications in each service's own layout.

tests/fields_cases holds mails written from the services' documented formats (see its
_generate.py); every field is compared exactly, chats included (the corpus benchmark
compares only contact forms). The corpora's chat fields are checked here too.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mailbot.classify import Rules, classify
from mailbot.classify.forms import output_fields
from mailbot.parsing import parse

HERE = Path(__file__).parent
CORPORA = [HERE / "fields_cases", HERE / "corpus", HERE / "corpus_seventh", HERE / "corpus_eighth"]


def _rules(corpus: Path) -> Rules:
    conf = tomllib.loads((corpus / "senders.toml").read_text(encoding="utf-8"))
    return Rules.of(conf.get("contact_form", []), conf.get("chat", []))


def _cases() -> list[tuple[Path, str, dict]]:
    out = []
    for corpus in CORPORA:
        if not (corpus / "senders.toml").exists():
            continue
        manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
        for name, want in manifest.items():
            if corpus.name == "fields_cases" or (
                want["kind"] == "chat_transcript" and "fields" in want
            ):
                out.append((corpus, name, want))
    return out


CASES = _cases()


def test_every_layout_is_here() -> None:
    """The cases cover the services the issue names (a deleted file would go unnoticed)."""
    names = " ".join(name for corpus, name, _w in CASES if corpus.name == "fields_cases")
    for service in (
        "cf7", "wpforms", "gravity", "elementor", "ninja", "fluent", "formidable", "hubspot",
        "typeform", "jotform", "googleforms", "drupal", "wix", "squarespace", "webflow",
        "tawk", "livechat", "zendesk", "crisp", "intercom", "olark",
    ):  # fmt: skip
        assert service in names, service


@pytest.mark.parametrize(
    ("corpus", "name", "want"), CASES, ids=[f"{c.name}/{n}" for c, n, _w in CASES]
)
def test_fields_exact(corpus: Path, name: str, want: dict) -> None:
    cls = classify(parse((corpus / name).read_bytes()), _rules(corpus))
    assert cls.kind == want["kind"], cls.reason
    if want["kind"] in ("contact_form", "chat_transcript"):
        got = {k: v for k, v in output_fields(cls.fields).items() if k != "message"}
        assert got == want["fields"]
