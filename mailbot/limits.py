"""Bounds on the work one message can cause, checked on the raw bytes before parsing.

mail-parser and the stdlib address parser are slow on some shapes (a From header
with 300,000 addresses takes minutes), and a poll that never finishes stalls the
mailbox for good. So every count that makes parsing expensive is measured here first,
with one linear pass over the bytes; a message over a limit is unprocessable, with a
reason that names the limit. The wall-clock budget (`Deadline`) is the backstop for
whatever these counts do not foresee.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

# Header fields whose value is a list of addresses (RFC 5322 §3.6.2–3.6.6).
ADDRESS_HEADERS = frozenset(
    {
        b"from",
        b"sender",
        b"reply-to",
        b"to",
        b"cc",
        b"bcc",
        b"resent-from",
        b"resent-sender",
        b"resent-to",
        b"resent-cc",
        b"resent-bcc",
        b"disposition-notification-to",
        b"return-receipt-to",
        b"mail-followup-to",
        b"mail-reply-to",
    }
)

# One pass finds what shapes the MIME tree: boundary declarations (always a
# Content-Type parameter, so after a ';'), delimiter lines, and message/* parts.
_MIME = re.compile(
    rb"(?m)^--(?P<delim>[^\r\n]*)"
    rb'|;\s*(?i:boundary)\s*=\s*(?:"(?P<quoted>[^"\r\n]*)"|(?P<token>[^\s;"]+))'
    rb"|^(?i:content-type):[ \t]*(?i:message/(?:rfc822|global))"
)


# Address headers together may hold this many bytes per allowed address.
BYTES_PER_ADDRESS = 100


class LimitExceeded(Exception):
    """The message needs more work than any honest mail; it is filed as unprocessable."""


class Timeout(BaseException):
    """Preparing one message took longer than `mailbox.parse_timeout`.

    A BaseException, so that the catch-all handlers inside parsing libraries cannot
    swallow it and carry on with the same expensive input.
    """


@dataclass(frozen=True)
class Limits:
    """Per-message bounds; the defaults are far above any honest mail."""

    max_header_bytes: int = 256 * 1024
    max_headers: int = 1000
    max_from_bytes: int = 1024
    max_encoded_words: int = 1000
    max_addresses: int = 500
    max_parts: int = 500
    max_depth: int = 20
    max_text_chars: int = 200_000
    parse_timeout: float = 60.0

    @classmethod
    def of(cls, settings: Any) -> Limits:
        """From the [mailbox] settings (any object with the same attribute names)."""
        return cls(**{k: getattr(settings, k) for k in cls.__dataclass_fields__})


def header_block(raw: bytes) -> bytes:
    """The top-level header fields: everything before the first empty line."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[: min(ends) + 1] if ends else raw


def _fields(block: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(lower-case name, unfolded value) per header field; junk lines are skipped."""
    name: bytes | None = None
    value: list[bytes] = []
    for line in block.splitlines():
        if line[:1] in (b" ", b"\t") and name is not None:
            value.append(line)
            continue
        if name is not None:
            yield name, b" ".join(value)
        head, sep, rest = line.partition(b":")
        name, value = (head.strip().lower(), [rest]) if sep else (None, [])
    if name is not None:
        yield name, b" ".join(value)


def address_count(value: bytes) -> int:
    """An upper estimate of how many addresses (or groups) a header value lists.

    Counted on separators rather than parsed, because parsing is what is slow.
    """
    return max(value.count(b"@"), value.count(b",") + value.count(b";") + 1)


def check_headers(raw: bytes, limits: Limits) -> None:
    block = header_block(raw)
    if len(block) > limits.max_header_bytes:
        raise LimitExceeded(
            f"header block of {len(block)} bytes is over mailbox.max_header_bytes "
            f"({limits.max_header_bytes})"
        )
    words = block.count(b"=?")
    if words > limits.max_encoded_words:
        raise LimitExceeded(
            f"about {words} encoded-words in the header; "
            f"mailbox.max_encoded_words is {limits.max_encoded_words}"
        )
    from_bytes = address_bytes = 0
    for count, (name, value) in enumerate(_fields(block), start=1):
        if count > limits.max_headers:
            raise LimitExceeded(f"more than mailbox.max_headers ({limits.max_headers}) headers")
        if name == b"from":
            # From is read strictly (its defects matter), at a cost that grows with
            # the square of its length; an honest one is a line.
            from_bytes += len(value.strip())
            if from_bytes > limits.max_from_bytes:
                raise LimitExceeded(
                    f"From is over mailbox.max_from_bytes ({limits.max_from_bytes} bytes)"
                )
        if name in ADDRESS_HEADERS:
            # Other address lists cost ~linear time but with a large constant per byte;
            # an honest address needs far fewer than BYTES_PER_ADDRESS.
            address_bytes += len(value.strip()) if name != b"from" else 0
            if address_bytes > BYTES_PER_ADDRESS * limits.max_addresses:
                raise LimitExceeded(
                    f"address headers hold {address_bytes} bytes; at most {BYTES_PER_ADDRESS} "
                    f"per address of mailbox.max_addresses ({limits.max_addresses})"
                )
            n = address_count(value)
            if n > limits.max_addresses:
                raise LimitExceeded(
                    f"{name.decode('ascii', 'replace').title()} lists about {n} addresses; "
                    f"mailbox.max_addresses is {limits.max_addresses}"
                )


def mime_shape(raw: bytes, stop_at: Limits | None = None) -> tuple[int, int]:
    """(parts, depth) of the MIME tree as the delimiter lines describe it.

    Declared boundaries are pushed on a stack; a delimiter line of an open boundary
    closes everything nested inside its previous part. message/rfc822 parts count as
    a level of their own. With `stop_at`, scanning stops at the first limit crossed.
    """
    low = raw.lower()
    if b"boundary" not in low and b"message/" not in low:
        # Nothing declares a part: "--" lines are body text. A C substring test instead of
        # the three-way regex at every byte, which was a tenth of parsing (issue 12).
        return 0, 0
    return _scan_shape(raw, stop_at)


def _scan_shape(raw: bytes, stop_at: Limits | None = None) -> tuple[int, int]:
    declared: set[bytes] = set()
    stack: list[bytes | None] = []
    parts = depth = 0
    for m in _MIME.finditer(raw):
        delim = m.group("delim")
        if delim is None:
            boundary = m.group("quoted")
            if boundary is None:
                boundary = m.group("token")
            if boundary is not None:
                declared.add(boundary)
            stack.append(boundary)  # None: an encapsulated message (message/rfc822)
            parts += boundary is None
            depth = max(depth, len(stack))
        else:
            line = delim.rstrip(b" \t")
            closing = line not in declared and line.endswith(b"--")
            boundary = line[:-2] if closing else line
            if boundary not in declared:
                continue  # a body line that merely starts with "--"
            if boundary in stack:
                del stack[len(stack) - stack[::-1].index(boundary) :]
                if closing:
                    stack.pop()
                else:
                    parts += 1
        if stop_at is not None and (parts > stop_at.max_parts or depth > stop_at.max_depth):
            break
    return parts, depth


def check_mime(raw: bytes, limits: Limits) -> None:
    parts, depth = mime_shape(raw, stop_at=limits)
    if depth > limits.max_depth:
        raise LimitExceeded(f"MIME nesting deeper than mailbox.max_depth ({limits.max_depth})")
    if parts > limits.max_parts:
        raise LimitExceeded(f"more than mailbox.max_parts ({limits.max_parts}) MIME parts")


def check(raw: bytes, limits: Limits) -> None:
    """Raise LimitExceeded when parsing `raw` could cost more than the limits allow."""
    check_headers(raw, limits)
    check_mime(raw, limits)


class Deadline:
    """The wall-clock budget of one message, checked between the stages of its work."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self, stage: str) -> None:
        if time.monotonic() > self.end:
            raise Timeout(f"{stage} took longer than mailbox.parse_timeout ({self.seconds:g} s)")


@contextmanager
def alarm(seconds: float) -> Iterator[None]:
    """Interrupt pure-Python work after `seconds` with Timeout.

    Only the main thread can receive signals; elsewhere (a run loop started in a
    thread) the stage checks of `Deadline` are the budget.
    """
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _ring(_signum: int, _frame: Any) -> None:
        raise Timeout(f"took longer than mailbox.parse_timeout ({seconds:g} s)")

    previous = signal.signal(signal.SIGALRM, _ring)
    # Repeating: an exception raised inside a weakref callback or __del__ is dropped
    # by Python, so the alarm rings again until one lands in the work itself.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
