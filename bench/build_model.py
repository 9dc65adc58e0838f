"""Build the shipped model (mailbot/data/model/) from the project's corpora.

    .venv/bin/python bench/build_model.py [--eval]

Writes examples.json.gz (each corpus message as its normalised text and label: what
`mailbot learn` trains on beside a site's corrections) and default.json.gz (the model
trained on them). With --eval, each corpus is first predicted by a model trained on
the others (leave one corpus out), to show what the model does on mail it never saw.
"""

from __future__ import annotations

import gzip
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.classify.model import Example, label_of, message_text, train  # noqa: E402
from mailbot.parsing import parse  # noqa: E402

CORPORA = [
    "corpus",
    "corpus_holdout",
    "corpus_third",
    "corpus_fourth",
    "corpus_fifth",
    "corpus_sixth",
    "corpus_seventh",
    "corpus_eighth",
    "corpus_ninth",
]
OUT = ROOT / "mailbot" / "data" / "model"


def examples() -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {}
    for name in CORPORA:
        corpus = ROOT / "tests" / name
        if not (corpus / "manifest.toml").exists():
            continue
        manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
        out[name] = [
            Example(
                message_text(parse((corpus / f).read_bytes())),
                label_of(want["kind"], want.get("requests", [])),
                1.0,
                name,
            )
            for f, want in manifest.items()
        ]
    return out


def main() -> None:
    by_corpus = examples()
    if "--eval" in sys.argv:
        for held, test in by_corpus.items():
            model = train([e for k, v in by_corpus.items() if k != held for e in v])
            right = sum(model.predict(e.text)[0][0] == e.label for e in test)
            print(f"{held}: {right}/{len(test)} labels right on first sight")
    every = [e for v in by_corpus.values() for e in v]
    OUT.mkdir(parents=True, exist_ok=True)
    rows = [{"text": e.text, "label": e.label, "origin": e.origin} for e in every]
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
    (OUT / "examples.json.gz").write_bytes(gzip.compress(data, 9, mtime=0))
    model = train(every)
    (OUT / "default.json.gz").write_bytes(gzip.compress(model.to_json().encode(), 9, mtime=0))
    print(f"{len(every)} examples, {len(model.weights)} weights, labels {model.labels}")


if __name__ == "__main__":
    main()
