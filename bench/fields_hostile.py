"""Worst-case work of the form and chat field extractor on hostile bodies (issue 8).

    .venv/bin/python bench/fields_hostile.py

Each body is as large as classification reads (parsing caps text at max_text_chars,
200 000 characters) and shaped to make a careless regex or loop go quadratic: long
runs without an "@", thousands of labels, label lines with empty values, nested
tables, transcript lines. Prints seconds per body and fails (exit 1) over the budget.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailbot.classify.forms import parse_chat, parse_fields, question_answers  # noqa: E402

N = 200_000
BUDGET = 2.0  # seconds per body on one shared core

BODIES = {
    "no @ in a long run": "Email: " + "a" * N,
    "many @": "Email: " + "a@" * (N // 2),
    "local parts of 63": "Email: " + ("a" * 63 + "@") * (N // 64),
    "named address": "From: x <" + "a@" * (N // 2) + ">",
    "empty labels": "Name:\n\n\n" * (N // 9),
    "label lines": ("x" * 39 + ": y\n") * (N // 40),
    "questions": "Why?\nada@example.org\n\n" * (N // 22),
    "transcript": "[10:00] a: b\n" * (N // 13),
    "speaker heads": "Ada Example 10:00\n" * (N // 18),
    "urls": ("Page: http://" + "a" * 50 + " ") * (N // 64),
    "leading spaces": " " * N + "Name",
    "spaces in a cell": "| Name | " + " " * N + "x|y",
    "dot leaders": "Name...." + " " * N,
    "block label": "-- " + "x" * 50 + " " * N + "y",
    "spaces after a time": "[10:00]" + " " * N + "x",
    "nested tables": "<table><tr><td>" * 2000 + "Name</td><td>Ada" + "</td></tr></table>" * 2000,
    "wide table": "<table><tr>" + "<td>Name</td>" * (N // 14) + "</tr></table>",
    "many rows": "<table>" + "<tr><td>Name</td><td>Ada</td></tr>" * (N // 34) + "</table>",
}


def main() -> int:
    worst = 0.0
    for name, body in BODIES.items():
        started = time.perf_counter()
        html = body if body.startswith("<") else ""
        parse_fields(body, html)
        parse_chat(body, body[:200])
        question_answers(body)
        took = time.perf_counter() - started
        worst = max(worst, took)
        print(f"{name:22} {len(body):>8} chars  {took:6.3f} s")
    print(f"worst {worst:.3f} s (budget {BUDGET} s)")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
