"""Fuzzing parse + classify (issue 7 item 8): any bytes are a Message or a ParseError.

Nothing else may escape, since an exception outside prepare()'s contract stops the
poll, and the next poll starts with the same message. "Within the budget" means the
time budget never had to fire (it is 100× what these small messages need).
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mailbot import limits as bounds
from mailbot.classify import Rules, classify
from mailbot.parsing import ParseError, parse
from mailbot.service import prepare
from tests import hostile

RULES = Rules.of(
    ["wordpress@plaza.example.com"],
    ["transcripts@chat.example.net"],
    ["unsubscribe@plaza.example.com"],
)
LIMITS = bounds.Limits(parse_timeout=10)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def _check(raw: bytes) -> None:
    try:
        msg = parse(raw, limits=LIMITS)
    except ParseError:
        pass
    else:
        classify(msg, RULES)
    prep = prepare(raw, False, RULES, LIMITS)
    assert not prep.timed_out, prep.error
    assert (prep.msg is None or prep.cls is None) == (prep.error is not None)


# ---------------------------------------------------------------- building blocks
_atoms = st.sampled_from(
    [
        "sam@example.net",
        "wordpress@plaza.example.com",
        "transcripts@chat.example.net",
        "unsubscribe@plaza.example.com",
        '"Doe, Jane" <jane@example.org>',
        "victim@example.com <attacker@example.net>",
        "=?utf-8?q?=EF=AC=86ina?=@example.com",
        "=?utf-8?b?w6XDpMO2?= <asa@example.org>",
        "group: a@example.org, b@example.org;",
        "<>",
        "@",
        ",",
        ";",
        '"',
        "(comment (nested)",
        "\\",
        "ſ@example.com",
        "\x00",
        "\r\n ",
        "<a@[127.0.0.1]>",
        "x" * 300,
    ]
)
_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], max_codepoint=0x2FFF), max_size=200
)
_value = st.one_of(
    _text,
    st.lists(_atoms, max_size=12).map(" ".join),
    st.lists(st.one_of(_atoms, _text), max_size=8).map(", ".join),
)
_name = st.sampled_from(
    [
        "From",
        "To",
        "Cc",
        "Reply-To",
        "Sender",
        "Subject",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Date",
        "Auto-Submitted",
        "Precedence",
        "List-Id",
        "Return-Path",
        "Authentication-Results",
        "Received",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "MIME-Version",
        "X-Custom",
    ]
)
_content_type = st.sampled_from(
    [
        "text/plain",
        'text/plain; charset="utf-8"',
        "text/plain; charset=iso-8859-1",
        "text/plain; charset=bogus-charset",
        "text/html; charset=utf-8",
        "application/octet-stream; name=a.pdf",
        "message/rfc822",
        "message/delivery-status",
        "multipart/mixed",
        "multipart/alternative; boundary=",
        "text/plain; charset*=utf-8''%E4",
    ]
)
_cte = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"])
_body = st.one_of(
    _text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=300),
    st.just(b"<html><body><blockquote>quoted</blockquote><script>x</script></body></html>"),
    st.just(b"PGI+aGk8L2I+\r\n"),  # base64 of <b>hi</b>
    st.just(b"=E4=\r\n=ZZ"),
)


def _header_lines(pairs: list[tuple[str, str]]) -> bytes:
    return b"".join(f"{n}: {v}\r\n".encode("utf-8", "surrogatepass") for n, v in pairs)


@st.composite
def _part(draw: st.DrawFn, depth: int = 0) -> bytes:
    ctype = draw(_content_type)
    cte = draw(_cte)
    if depth < 4 and draw(st.booleans()) and ctype.startswith("multipart"):
        boundary = draw(st.sampled_from(["b", "=_x", "a b", "--", "b" * 80])) + str(depth)
        children = draw(st.lists(_part(depth + 1), max_size=3))
        closing = draw(st.sampled_from([b"--\r\n", b"\r\n", b""]))
        inner = b"".join(b"--" + boundary.encode() + b"\r\n" + c + b"\r\n" for c in children)
        head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
        return head + inner + b"--" + boundary.encode() + closing
    if depth < 4 and ctype == "message/rfc822" and draw(st.booleans()):
        return b"Content-Type: message/rfc822\r\n\r\n" + draw(_message(depth + 1))
    head = f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
    return head + draw(_body)


@st.composite
def _message(draw: st.DrawFn, depth: int = 0) -> bytes:
    pairs = draw(st.lists(st.tuples(_name, _value), max_size=12))
    newline = draw(st.sampled_from([b"\r\n", b"\n"]))
    raw = _header_lines(pairs) + draw(_part(depth))
    return raw.replace(b"\r\n", newline) if newline == b"\n" else raw


# ---------------------------------------------------------------- properties
@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(st.binary(max_size=400), st.binary(max_size=400))
def test_header_shaped_bytes(head: bytes, body: bytes) -> None:
    _check(
        b"From: " + head + b"\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" + body
    )


@FUZZ
@given(_message())
def test_structured_messages(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(st.binary(max_size=3000))
def test_limit_check_raises_only_limit_errors(raw: bytes) -> None:
    with contextlib.suppress(bounds.LimitExceeded):
        bounds.check(raw, LIMITS)
    parts, depth = bounds.mime_shape(raw)
    assert parts >= 0 and depth >= 0


SHAPES = settings(max_examples=12, deadline=None, derandomize=True)


def _rejected_for(raw: bytes, key: str) -> bool:
    try:
        parse(raw, limits=LIMITS)
    except ParseError as exc:
        assert f"mailbox.{key}" in str(exc), str(exc)
        return True
    return False


@SHAPES
@given(st.integers(0, 2 * LIMITS.max_addresses))
@example(LIMITS.max_addresses)
@example(LIMITS.max_addresses + 1)
def test_address_count_limit(n: int) -> None:
    raw = hostile.header_field("Cc", ", ".join(f"u{i}@example.net" for i in range(n)))
    assert _rejected_for(raw, "max_addresses") == (n > LIMITS.max_addresses)


@SHAPES
@given(st.integers(1, 3 * LIMITS.max_from_bytes), st.integers(1, 3))
@example(LIMITS.max_from_bytes, 1)
@example(LIMITS.max_from_bytes + 1, 1)
@example(LIMITS.max_from_bytes // 2 + 1, 2)
def test_from_size_limit(size: int, fields: int) -> None:
    value = "a" + " a" * ((size - 1) // 2) + "a" * ((size - 1) % 2)
    assert len(value) == size
    raw = b"".join(f"From: {value}\r\n".encode() for _ in range(fields - 1))
    raw += hostile.header_field("From", value)
    assert _rejected_for(raw, "max_from_bytes") == (size * fields > LIMITS.max_from_bytes)


@SHAPES
@given(st.integers(1, 2 * bounds.BYTES_PER_ADDRESS * LIMITS.max_addresses))
@example(bounds.BYTES_PER_ADDRESS * LIMITS.max_addresses)
@example(bounds.BYTES_PER_ADDRESS * LIMITS.max_addresses + 1)
def test_address_bytes_limit(size: int) -> None:
    raw = hostile.header_field("To", "a" + ")" * (size - 1))
    allowed = bounds.BYTES_PER_ADDRESS * LIMITS.max_addresses
    assert _rejected_for(raw, "max_addresses") == (size > allowed)


@SHAPES
@given(st.integers(0, 2 * LIMITS.max_encoded_words))
@example(LIMITS.max_encoded_words)
@example(LIMITS.max_encoded_words + 1)
def test_encoded_word_limit(n: int) -> None:
    raw = hostile.header_field("Subject", "=?utf-8?q?a?= " * n)
    assert _rejected_for(raw, "max_encoded_words") == (n > LIMITS.max_encoded_words)


@SHAPES
@given(st.integers(0, 2 * LIMITS.max_depth))
@example(LIMITS.max_depth - 1)
@example(LIMITS.max_depth)
def test_nesting_limit(depth: int) -> None:
    # The outermost multipart is a level too.
    assert _rejected_for(hostile.nested_mime(depth), "max_depth") == (depth + 1 > LIMITS.max_depth)
    assert _rejected_for(hostile.nested_rfc822(depth), "max_depth") == (
        depth + 1 > LIMITS.max_depth
    )


@SHAPES
@given(st.integers(0, 2 * LIMITS.max_parts))
@example(LIMITS.max_parts)
@example(LIMITS.max_parts + 1)
def test_parts_limit(n: int) -> None:
    assert _rejected_for(hostile.many_parts(n), "max_parts") == (n > LIMITS.max_parts)


@SHAPES
@given(st.integers(0, 2 * LIMITS.max_headers))
@example(LIMITS.max_headers - 7)
@example(LIMITS.max_headers - 6)
def test_header_count_limit(n: int) -> None:
    fixed = 7  # From, To, Subject, Date, MIME-Version, Message-ID, Content-Type
    assert _rejected_for(hostile.many_headers(n), "max_headers") == (n + fixed > LIMITS.max_headers)


@SHAPES
@given(st.integers(1, 2 * LIMITS.max_header_bytes))
@example(LIMITS.max_header_bytes - 120)
def test_header_size_limit(size: int) -> None:
    raw = hostile.huge_header(size)
    block = bounds.header_block(raw)
    assert _rejected_for(raw, "max_header_bytes") == (len(block) > LIMITS.max_header_bytes)


_field_names = st.sampled_from(
    ["Name", "Email", "E-mail", "Phone", "Company", "Page", "Message", "Visitor", "Started"]
)
_lines = st.lists(
    st.one_of(
        st.tuples(_field_names, _value).map(lambda kv: f"{kv[0]}: {kv[1]}"),
        st.tuples(_text, _text).map(lambda ab: f"[09:1{len(ab[0]) % 10}] {ab[0]}: {ab[1]}"),
        st.sampled_from(
            [
                "Please delete all personal data you hold about me.",
                "Poistakaa tietoni.",
                "unsubscribe",
                "What data do you hold about me?",
                "> quoted line",
                "On Mon, Sam <sam@example.net> wrote:",
                "-- ",
                "Chat transcript",
            ]
        ),
        _text,
    ),
    max_size=20,
)


@FUZZ
@given(
    st.sampled_from(
        [
            "Plaza website <wordpress@plaza.example.com>",
            "transcripts@chat.example.net",
            "Sam <sam@example.net>",
            "unsubscribe@plaza.example.com",
        ]
    ),
    st.lists(st.tuples(_name, _value), max_size=4),
    _lines,
)
def test_form_chat_and_request_shaped_mail(
    sender: str, extra: list[tuple[str, str]], lines: list[str]
) -> None:
    head = _header_lines([("From", sender), ("To", "info@plaza.example.com"), *extra])
    body = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    _check(head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)


# The alarm may ring inside a gc or weakref callback, where Python drops the
# exception (and reports it); it rings again until one lands in the parser.
DROPPED_ALARMS = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@DROPPED_ALARMS
def test_time_budget_interrupts_pure_python_work() -> None:
    # A From that the strict parser needs far longer than 0.3 s for, limits lifted.
    lifted = bounds.Limits(max_header_bytes=10**8, max_from_bytes=10**8, parse_timeout=0.3)
    prep = prepare(hostile.header_field("From", "a " * 20_000), False, RULES, lifted)
    assert prep.timed_out and prep.msg is None
    assert "mailbox.parse_timeout" in (prep.error or "")


def test_configured_defaults_are_the_limits_defaults() -> None:
    from mailbot.config import MailboxSettings

    assert bounds.Limits.of(MailboxSettings()) == bounds.Limits()
