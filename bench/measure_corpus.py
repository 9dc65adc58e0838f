"""First-sight figures of the classifier on a corpus (issue 8's table), from its manifest.

    .venv/bin/python bench/measure_corpus.py tests/corpus_fifth [--misses] [--no-model]

--no-model: the rules alone (without the statistical model's say; see classify/model.py).

A corpus is a folder of .eml files with manifest.toml (one table per file: kind,
requests, decision, language, fields) and, optionally, senders.toml with the site's own
`contact_form` and `chat` sender lists (as an administrator would configure them).
Figures: kinds right; request types right (of data-subject requests, first-named
request); contact-form fields exact; automatic mail answered or taken for a form;
ordinary mail taken for a request; form submissions taken for automatic mail.
"""

from __future__ import annotations

import dataclasses
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.classify import Rules, classify  # noqa: E402
from mailbot.classify.forms import output_fields  # noqa: E402
from mailbot.parsing import parse  # noqa: E402

ANSWERABLE = {"contact_form", "data_request", "confirmation"}
UNSURE = 0.6  # the default [classify] min_confidence


def measure(corpus: Path, show: bool, model: bool = True) -> dict[str, str]:
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    senders_file = corpus / "senders.toml"
    senders = tomllib.loads(senders_file.read_text()) if senders_file.exists() else {}
    rules = Rules.of(senders.get("contact_form", []), senders.get("chat", []))
    if not model:
        rules = dataclasses.replace(rules, use_model=False)
    kinds = requests = requests_total = fields = fields_total = 0
    auto_bad = other_as_request = form_as_auto = unsure = wrong_unsure = 0
    misses: list[str] = []
    started = time.perf_counter()
    for name, want in manifest.items():
        cls = classify(parse((corpus / name).read_bytes()), rules)
        kind_ok = cls.kind == want["kind"]
        kinds += kind_ok
        if cls.confidence < UNSURE:
            unsure += 1
            wrong_unsure += not kind_ok
        if not kind_ok:
            misses.append(f"kind  {name}: {cls.kind} != {want['kind']} ({cls.reason})")
        if want["kind"] == "data_request":
            requests_total += 1
            wanted = want.get("requests", [])
            got = cls.requests if cls.kind == "data_request" else []
            ok = bool(wanted) and got[:1] == wanted[:1]
            requests += ok
            if not ok:
                misses.append(f"req   {name}: {got} != {wanted}")
        if want["kind"] == "contact_form" and "fields" in want:
            fields_total += 1
            got_fields = (
                {k: v for k, v in output_fields(cls.fields).items() if k != "message"}
                if cls.kind == "contact_form"
                else {}
            )
            ok = got_fields == want["fields"]
            fields += ok
            if not ok:
                misses.append(f"field {name}: {got_fields} != {want['fields']}")
        if want["kind"] == "automatic" and cls.kind in ANSWERABLE:
            auto_bad += 1
        if want["kind"] == "other" and cls.kind == "data_request":
            other_as_request += 1
        if want["kind"] == "contact_form" and cls.kind == "automatic":
            form_as_auto += 1
    elapsed = time.perf_counter() - started
    n = len(manifest)
    if show:
        print("\n".join(misses))

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.0f} % ({a}/{b})" if b else "n/a"

    return {
        "messages": str(n),
        "kind right": pct(kinds, n),
        "request right (of data-subject requests)": pct(requests, requests_total),
        "contact-form fields exact": pct(fields, fields_total),
        "automatic mail answered or taken for a form": str(auto_bad),
        "ordinary mail taken for a request": str(other_as_request),
        "form submissions taken for automatic mail": str(form_as_auto),
        f"unsure (confidence < {UNSURE}), of them wrong": f"{unsure}, {wrong_unsure}",
        "parse + classify, messages/s": f"{n / elapsed:.0f}",
    }


def main() -> None:
    corpus = Path(sys.argv[1])
    figures = measure(corpus, "--misses" in sys.argv, "--no-model" not in sys.argv)
    for key, value in figures.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
