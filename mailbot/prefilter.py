"""Cheap necessary conditions for regular expressions.

Searching ~100 request patterns through a long mail costs milliseconds; most
patterns contain a literal word that must appear for any match ("newsletter",
"rekisteriot"). `required_literals` finds such a word set from the pattern's
own syntax tree, so a plain substring test can skip the regex. When nothing
safe can be derived it returns None and the pattern always runs.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+: the parser lives in re._parser
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re._constants import BRANCH, LITERAL, SUBPATTERN  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import BRANCH, LITERAL, SUBPATTERN  # type: ignore[no-redef]


def _literal_string(items: Any) -> str | None:
    chars = []
    for op, av in items:
        if op is not LITERAL:
            return None
        chars.append(chr(av))
    return "".join(chars)


def _alternatives(items: Any) -> set[str] | None:
    """The item list as a set of literal strings, if it is exactly that."""
    s = _literal_string(items)
    if s is not None:
        return {s}
    if len(items) == 1:
        op, av = items[0]
        if op is SUBPATTERN:
            return _alternatives(av[-1])
        if op is BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                sub = _alternatives(alt)
                if sub is None:
                    return None
                out |= sub
            return out
    return None


def required_literals(pattern: str, min_len: int = 3) -> tuple[str, ...] | None:
    """Strings of which at least one occurs in every text the pattern matches."""
    try:
        tree = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - unknown syntax: no prefilter
        return None
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidates: set[str] | None) -> None:
        nonlocal best
        if not candidates or min(len(c) for c in candidates) < min_len:
            return
        if best is None or min(len(c) for c in candidates) > min(len(c) for c in best):
            best = candidates

    for op, av in list(tree):
        if op is LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is SUBPATTERN:
            consider(_alternatives(av[-1]))
        elif op is BRANCH:
            consider(_alternatives([(op, av)]))
    if run:
        consider({"".join(run)})
    return tuple(sorted(best)) if best else None


class Filtered:
    """A compiled pattern with its cheap precondition."""

    __slots__ = ("literals", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.literals = required_literals(pattern.pattern)

    def finditer(self, text: str) -> Any:
        if self.literals is not None and not any(lit in text for lit in self.literals):
            return iter(())
        return self.pattern.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        if self.literals is not None and not any(lit in text for lit in self.literals):
            return None
        return self.pattern.search(text)
