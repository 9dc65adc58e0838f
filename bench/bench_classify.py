"""Classification throughput (issue 8): parse + classify over every corpus, cold and warm.

    .venv/bin/python bench/bench_classify.py [ROOT]

ROOT is a source tree to measure (default: this one), so the same run can measure
another checkout (`git archive main | tar -x -C /tmp/main`) for a before/after figure.
"Cold" is the first pass in a fresh process (concept caches empty, word files loading);
"warm" the best of five later passes, as in a long-running `mailbot run`.
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
sys.path.insert(0, str(ROOT))

from mailbot.classify import Rules, classify  # noqa: E402
from mailbot.parsing import parse  # noqa: E402

CORPORA = ["corpus", "corpus_holdout", "corpus_third", "corpus_fourth", "corpus_fifth"]
# (the same five as before issue 8 item 5, so figures compare across trees)


def main() -> None:
    raws: list[bytes] = []
    for name in CORPORA:
        corpus = HERE / "tests" / name
        manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
        raws += [(corpus / f).read_bytes() for f in manifest]
    rules = Rules.of(["wordpress@plaza.example.com", "forms@plaza.example.com"], [])
    started = time.perf_counter()
    msgs = [parse(r) for r in raws]
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    for m in msgs:
        classify(m, rules)
    cold = time.perf_counter() - started
    warm = []
    cpu = []
    for _ in range(5):
        msgs = [parse(r) for r in raws]
        started, cpu_started = time.perf_counter(), time.process_time()
        for m in msgs:
            classify(m, rules)
        warm.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    n = len(raws)
    print(f"tree: {ROOT}")
    print(f"messages: {n}")
    print(f"parse, messages/s: {n / parsed:.0f}")
    print(f"classify cold (first pass), messages/s: {n / cold:.0f}")
    print(f"classify warm (best of 5), messages/s: {n / min(warm):.0f}")
    # CPU time is what a shared machine's neighbours disturb least: compare trees by it.
    print(f"classify warm, CPU ms per message: {1000 * min(cpu) / n:.2f}")
    print(f"parse + classify warm, messages/s: {n / (parsed + min(warm)):.0f}")


if __name__ == "__main__":
    main()
