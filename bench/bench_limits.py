"""The cost of hostile mail against a normal message, in the same run (issue 7 item 8).

    .venv/bin/python bench/bench_limits.py [--repeat 5] [--unbounded]

Times prepare() (parse + classify, what a worker does per message) on:
  - a normal message (the baseline);
  - each message that a limit rejects (300,000-address From, MIME bombs, 50,000
    parts, 300,000 headers, a 7 MB header) — budget: each under 1 s, and per MB of
    message under REJECT_RATIO_PER_MB × the baseline (a rejection costs one linear
    scan of the bytes, not a parse);
  - messages just inside every limit, and 20 MB text/HTML bodies — budget: each
    under a quarter of mailbox.parse_timeout, so honest mail never runs out of time.
With --unbounded it also prints what a 10,000-address From costs with the limits
lifted (the quadratic parser this bounds), for comparison; that is not asserted.
Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot.classify import Rules  # noqa: E402
from mailbot.limits import Limits  # noqa: E402
from mailbot.service import Prepared, prepare  # noqa: E402
from tests import hostile  # noqa: E402
from tests.helpers import sample  # noqa: E402

REJECT_SECONDS = 1.0
# A rejected message costs one linear scan of its bytes; a normal one a full parse.
# Per MB of message, the scan must stay far below a normal parse.
REJECT_RATIO_PER_MB = 20.0
BOUNDED_SHARE = 0.25  # of mailbox.parse_timeout
RULES = Rules.of(["wordpress@plaza.example.com"], ["transcripts@chat.example.net"])


def timed(raw: bytes, limits: Limits, repeat: int) -> tuple[float, Prepared]:
    runs = []
    prep = prepare(raw, False, RULES, limits)
    for _ in range(repeat):
        t = time.perf_counter()
        prep = prepare(raw, False, RULES, limits)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), prep


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--unbounded", action="store_true")
    args = ap.parse_args()
    limits = Limits()
    failures: list[str] = []

    normal, prep = timed(sample("contact-form-en.eml"), limits, max(args.repeat, 20))
    assert prep.cls is not None and prep.cls.kind == "contact_form", prep.error
    print(f"{'normal contact form':28} {'0.0':>6} MB {normal * 1000:9.2f} ms  (baseline)")

    def row(name: str, make: Callable[[], bytes], rejected: bool) -> None:
        raw = make()
        mb = len(raw) / 1e6
        seconds, prep = timed(raw, limits, args.repeat)
        ratio = seconds / normal
        outcome = (prep.error or "")[:70] if prep.cls is None else f"processed: {prep.cls.kind}"
        print(f"{name:28} {mb:6.1f} MB {seconds * 1000:9.2f} ms {ratio:8.1f}×  {outcome}")
        if rejected:
            if prep.cls is not None or "over a limit" not in (prep.error or ""):
                failures.append(f"{name}: not rejected by a limit ({outcome})")
            if seconds > REJECT_SECONDS:
                failures.append(f"{name}: {seconds:.2f} s > {REJECT_SECONDS} s")
            if ratio > REJECT_RATIO_PER_MB * max(mb, 1.0):
                failures.append(
                    f"{name}: {ratio:.0f}× normal > {REJECT_RATIO_PER_MB:g}× per MB ({mb:.1f} MB)"
                )
        else:
            if prep.cls is None:
                failures.append(f"{name}: should be processed ({outcome})")
            if seconds > BOUNDED_SHARE * limits.parse_timeout:
                failures.append(
                    f"{name}: {seconds:.2f} s > {BOUNDED_SHARE:g} × parse_timeout"
                    f" ({limits.parse_timeout:g} s)"
                )

    print("-- rejected by a limit (unprocessable)")
    for name, make in hostile.REJECTED.items():
        row(name, make, rejected=True)
    print("-- inside every limit (processed)")
    for name, make in hostile.BOUNDED.items():
        row(name, make, rejected=False)

    if args.unbounded:
        lifted = Limits(
            max_header_bytes=10**9, max_addresses=10**9, max_from_bytes=10**9, parse_timeout=600
        )
        raw = hostile.many_from_addresses(10_000)
        seconds, _ = timed(raw, lifted, 1)
        print(f"{'from 10,000 without limits':28} {len(raw) / 1e6:6.1f} MB {seconds:9.2f} s")

    if failures:
        print("BUDGET MISSED:\n  " + "\n  ".join(failures))
        return 1
    print(
        f"budget met: rejected < {REJECT_SECONDS:g} s and < {REJECT_RATIO_PER_MB:g}× normal per MB;"
        f" processed < {BOUNDED_SHARE * limits.parse_timeout:g} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
