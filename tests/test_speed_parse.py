"""Parsing's shortcuts answer as the full work does (issue 12)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot import limits
from mailbot.parsing import _from_parse, _parse_from

FRAGMENTS = [
    b"--", b"--x", b"--x--", b"\r\n", b"\n", b"; ", b";\r\n\t", b"boundary=", b"BOUNDARY = ",
    b'"x"', b"x", b"Content-Type: ", b"content-type:\t", b"message/rfc822", b"MESSAGE/global",
    b"multipart/mixed", b"text", b" ", b"\xc3\xa4",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(b"".join))
def test_mime_shape_shortcut_is_the_scan(raw: bytes) -> None:
    assert limits.mime_shape(raw) == limits._scan_shape(raw)


def test_a_plain_mail_with_dash_lines_has_no_parts() -> None:
    raw = b"From: a@example.org\r\n\r\nHi\r\n-- \r\n--x\r\n--x--\r\n"
    assert limits.mime_shape(raw) == (0, 0) == limits._scan_shape(raw)


@given(st.text(max_size=80))
def test_a_remembered_from_is_a_fresh_list(value: str) -> None:
    first, why = _from_parse(value)
    first.append(None)  # type: ignore[arg-type]  # the caller's list is its own
    again, why_again = _from_parse(value)
    assert (list(_parse_from.__wrapped__(value)[0]), why) == (again, why_again)
