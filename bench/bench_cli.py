"""`mailbot --help` against `python -c pass`, alternated, as issue 12 measures it.

    .venv/bin/python bench/bench_cli.py [--runs 15]

Prints min/median/max of each and of their ratio; exits 1 when the median ratio is
over the budget (8).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BUDGET = 8.0


def _time(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    mailbot = str(Path(sys.executable).with_name("mailbot"))
    pairs = []
    _time([mailbot, "--help"])  # warm the page cache
    for _ in range(args.runs):
        help_s = _time([mailbot, "--help"])
        pass_s = _time([sys.executable, "-c", "pass"])
        pairs.append((help_s, pass_s, help_s / pass_s))

    def row(name: str, values: list[float]) -> None:
        print(
            f"{name}: min {min(values):.3f} median {statistics.median(values):.3f} max {max(values):.3f}"
        )

    row("mailbot --help s", [p[0] for p in pairs])
    row("python -c pass s", [p[1] for p in pairs])
    ratios = [p[2] for p in pairs]
    row("ratio --help/pass", ratios)
    median = statistics.median(ratios)
    print(f"budget {BUDGET}: {'ok' if median <= BUDGET else 'OVER'}")
    sys.exit(0 if median <= BUDGET else 1)


if __name__ == "__main__":
    main()
