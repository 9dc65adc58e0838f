"""Hypothesis fuzzing of the identity evidence (issue 7): Authentication-Results, From, addresses.

Properties rather than examples: a header built from the RFC 8601 grammar reads back exactly;
attacker text anywhere in a property value of our own header never turns a fail into a pass;
the From parser never hands over an address that is not written literally in the header; and
address normalisation folds ordinary case and nothing else. Budgeted to run in seconds.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mailbot.addresses import normalise
from mailbot.authresults import ParsedHeader, parse_header, verdict
from mailbot.parsing import _from_parse, parse

OURS = "mx.example.com"
TRUSTED = [OURS]
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- Authentication-Results: the grammar reads back what was written ----------------------------

_keyword = st.from_regex(r"[a-z][a-z0-9-]{0,8}[a-z0-9]", fullmatch=True).filter(
    lambda k: k not in ("reason", "none", "dmarc", "dkim", "spf", "arc", "iprev", "auth")
)
_method = st.one_of(st.sampled_from(["dmarc", "dkim", "spf", "iprev", "arc"]), _keyword)
_result = st.sampled_from(["pass", "fail", "none", "neutral", "softfail", "temperror"])
_ptype = st.sampled_from(["header", "smtp", "body", "policy"])
_pvalue = st.one_of(
    st.from_regex(r"[A-Za-z0-9@.+/=_-]{1,20}", fullmatch=True),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=15),  # quoted below
)
_comment = st.sampled_from(["", " ", " (a comment) ", "(nested (one))", "\t", " (x;y=z) "])


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _render(value: str, force_quote: bool) -> str:
    # "=" is not token text (RFC 2045): a writer quotes it, and "a.b= x.y=" is ambiguous.
    plain = value and all(c.isascii() and (c.isalnum() or c in "@.+/_-") for c in value)
    return value if plain and not force_quote else _quote(value)


_resinfo = st.tuples(
    _method,
    _result,
    st.one_of(st.none(), st.text(max_size=10)),
    st.dictionaries(st.tuples(_ptype, _keyword), _pvalue, max_size=4),
)


@given(
    st.lists(_resinfo, min_size=1, max_size=5),
    st.booleans(),
    st.lists(_comment, min_size=8, max_size=8),
    st.booleans(),
)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_grammatical_header_reads_back_exactly(
    resinfos: list[tuple[str, str, str | None, dict[tuple[str, str], str]]],
    version: bool,
    cfws: list[str],
    quote_all: bool,
) -> None:
    parts = [f"{cfws[0]}{OURS}{' 1' if version else ''}{cfws[1]}"]
    for method, result, reason, props in resinfos:
        text = f"{cfws[2]}{method}{cfws[3]}={cfws[4]}{result}"
        if reason is not None:
            text += f" reason={_quote(reason)}"
        for (ptype, prop), value in props.items():
            text += f" {ptype}{cfws[5]}.{prop}={cfws[6]}{_render(value, quote_all)}"
        parts.append(text + cfws[7])
    parsed = parse_header(";".join(parts))
    assert isinstance(parsed, ParsedHeader)
    assert parsed.error is None, parsed.error
    assert parsed.authserv_id == OURS
    assert [(r.method, r.result, r.reason) for r in parsed.results] == [
        (m, res, reason) for m, res, reason, _ in resinfos
    ]
    for r, (_m, _res, _reason, props) in zip(parsed.results, resinfos, strict=True):
        assert dict(r.props) == {f"{t}.{p}": v for (t, p), v in props.items()}


# --- Authentication-Results: attacker text in our header never makes a pass --------------------

_attacker_fragments = st.sampled_from(
    [
        ";",
        " ",
        "dmarc=pass",
        "dkim=pass",
        "header.from=example.org",
        "header.d=example.org",
        "header.i=@example.org",
        "(",
        ")",
        '"',
        "\\",
        "=",
        ".",
        "/1",
        "none",
        OURS,
        "x",
        "reason=",
    ]
)
_attacker_text = st.one_of(
    st.lists(_attacker_fragments, max_size=25).map("".join),
    st.text(max_size=60),
)


@given(
    _attacker_text, st.sampled_from(["smtp.helo", "smtp.mailfrom", "policy.x"]), st.integers(0, 2)
)
@FAST
def test_copied_text_never_turns_our_fail_into_a_pass(text: str, prop: str, where: int) -> None:
    """Our MTA quotes the sender's HELO or envelope unquoted; its verdicts say fail."""
    results = [
        "dkim=fail (bad signature) header.d=example.org",
        "dmarc=fail header.from=example.org",
        f"spf=pass smtp.mailfrom=example.org {prop}={text}",
    ]
    results.insert(where, results.pop())
    ours = f"{OURS}; " + "; ".join(results)
    forged_below = f"{OURS}; dmarc=pass header.from=example.org; dkim=pass header.d=example.org"
    v = verdict([ours, forged_below], "example.org", TRUSTED)
    assert not v.authenticated, (ours, v.reason)


@given(st.lists(st.one_of(st.text(max_size=80), _attacker_text), max_size=4))
@FAST
def test_parse_header_never_raises(headers: list[str]) -> None:
    for h in headers:
        parsed = parse_header(h)
        assert parsed is None or isinstance(parsed, ParsedHeader)
        if parsed is not None and parsed.error is not None:
            assert parsed.results == ()
    v = verdict(headers, "example.org", TRUSTED, exchange_online=True)
    assert v.reason


@given(st.integers(32_769, 200_000), _attacker_text)
@settings(max_examples=30, deadline=None)
def test_any_oversized_topmost_trusted_header_ends_the_search(size: int, text: str) -> None:
    ours = f"{OURS}; spf=none smtp.helo={'a' * size}{text}"
    below = f"{OURS}; dmarc=pass header.from=example.org"
    v = verdict([ours, below], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id == OURS


# --- From: an address is used only when written literally ---------------------------------------

_from_fragments = st.sampled_from(
    [
        "victim@example.com",
        "attacker@evil.example.net",
        "<",
        ">",
        " ",
        '"',
        ",",
        ";",
        ":",
        "(",
        ")",
        "\\",
        "@",
        ".",
        "=?utf-8?q?victim?=",
        "=?utf-8?q?=EF=AC=86ina?=",
        "=?utf-8?b?dmljdGlt?=",
        "Victim Name",
        "@example.com",
        "\u017f",
    ]
)


@given(st.lists(_from_fragments, min_size=1, max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_a_from_sender_never_comes_from_a_decoded_encoded_word(value: str) -> None:
    addrs, why = _from_parse(value)
    assert why is None or addrs == []
    without_encoded = re.sub(r"=\?[^?]*\?[bBqQ]\?[^?]*\?=", " ", value)
    for a in addrs:
        local = a.username
        assert "\ufb06" not in a.addr_spec, value  # only ever written encoded
        assert local in without_encoded, (value, a.addr_spec)


@given(
    st.sampled_from(["", "Victim ", '"Victim" ', "=?utf-8?q?Victim?= ", "(c) "]),
    st.sampled_from(["=?utf-8?q?=EF=AC=86ina?=", "=?utf-8?b?dmljdGlt?=", "=?UTF-8?Q?victim?="]),
    st.sampled_from(["", " ", "(c)"]),
    st.booleans(),
)
@settings(max_examples=100, deadline=None)
def test_an_encoded_word_in_the_address_gives_no_sender(
    display: str, word: str, gap: str, angle: bool
) -> None:
    spec = f"{word}{gap}@example.com"
    addrs, why = _from_parse(f"{display}<{spec}>" if angle else f"{spec}")
    assert addrs == [] and why is not None


@given(
    st.sampled_from(["", "x", '"', "<", ">", "(", ")", ",", " "]),
    st.sampled_from(["", " ", "  ", "\t", '" ', "> ", ") "]),
    st.sampled_from(["", " ", ">", ",", " (c)"]),
)
@settings(max_examples=200, deadline=None)
def test_an_address_as_display_text_never_becomes_the_sender(
    prefix: str, mid: str, suffix: str
) -> None:
    raw = (
        f"From: {prefix}victim@example.com{mid}<attacker@evil.example.net>{suffix}\r\n"
        "To: info@example.com\r\nSubject: hi\r\n\r\nSend me my data.\r\n"
    ).encode()
    msg = parse(raw)
    assert msg.sender in (None, "attacker@evil.example.net"), (raw, msg.sender)


# --- address normalisation: ordinary case only ---------------------------------------------------

# Characters that NFKC or full case folding would turn into others, and canonical singletons.
_KEPT = "\u017f\ufb06\ufb01\uff53\u00aa\u24e2\u00df\u1e9e"  # ſ ﬆ ﬁ ｓ ª ⓢ ß ẞ
_SINGLETONS = "\u212a\u212b\u2126"  # Kelvin, Ångström and Ohm signs
_local_chars = st.sampled_from(
    "abcsStKkA0._-+'\u00e4\u00c5\u03a3\u03c3\u0301" + _KEPT + _SINGLETONS
)


@given(st.text(_local_chars, min_size=1, max_size=16))
@settings(max_examples=400, deadline=None)
def test_normalisation_folds_ordinary_case_and_nothing_else(local: str) -> None:
    out = normalise(f"{local}@example.com")
    if any(c in local for c in _SINGLETONS):
        assert out is None
        return
    if out is None:
        return
    assert normalise(out) == out
    mine = out.rpartition("@")[0]
    assert unicodedata.is_normalized("NFC", mine)
    for c in _KEPT:  # nothing maps ſ to s, ﬆ to st, ß to ss, ｓ to s
        assert mine.count(c) == local.count(c), (local, out)
    ascii_in = "".join(c for c in unicodedata.normalize("NFD", local) if c.isascii())
    ascii_out = "".join(c for c in unicodedata.normalize("NFD", mine) if c.isascii())
    assert ascii_out == ascii_in.lower()  # ASCII letters only ever change case
    if any(c in local for c in _KEPT):
        # ... so the compatibility spelling never equals the address it would fold into.
        folded = unicodedata.normalize("NFKC", local).casefold()
        assert normalise(f"{folded}@example.com") != out


@given(st.text(max_size=30), st.sampled_from(["q", "Q", "b", "B"]), st.text(max_size=5))
@settings(max_examples=200, deadline=None)
def test_an_encoded_word_local_part_is_never_an_address(text: str, enc: str, pre: str) -> None:
    assume("?" not in text)
    assert normalise(f"{pre}=?utf-8?{enc}?{text}?=@example.com") is None


@given(st.from_regex(r"[A-Za-z0-9._+-]{1,20}", fullmatch=True))
@settings(max_examples=200, deadline=None)
def test_ascii_addresses_compare_case_insensitively(local: str) -> None:
    assume(not local.startswith(".") and ".." not in local)
    out = normalise(f"{local}@Example.COM")
    assert out is None or out == f"{local.lower()}@example.com"
    assert normalise(f"{local.upper()}@example.com") == normalise(f"{local.lower()}@example.com")


# --- From: the cases above, and what the fuzzing found, as plain examples ------------------------


def _sender(from_value: str) -> str | None:
    raw = f"From: {from_value}\r\nTo: info@example.com\r\nSubject: hi\r\n\r\nhello\r\n"
    return parse(raw.encode()).sender


def test_from_examples() -> None:
    # Unambiguous: the addr-spec counts, never the display name.
    assert _sender("Sam Example <sam@example.com>") == "sam@example.com"
    assert _sender("Sam A. Example <sam@example.com>") == "sam@example.com"  # obsolete, fine
    assert _sender('"victim@example.com" <attacker@evil.example.net>') == (
        "attacker@evil.example.net"
    )
    assert _sender("=?utf-8?q?victim@example.com?= <attacker@evil.example.net>") == (
        "attacker@evil.example.net"
    )
    assert _sender("sam@example.com (Sam Example)") == "sam@example.com"
    # Guessed at by the parser: no sender.
    for forged in (
        "victim@example.com <attacker@evil.example.net>",
        "victim@example.com<attacker@evil.example.net>",
        "victim@example.com attacker@evil.example.net",
        "=?utf-8?q?=EF=AC=86ina?=@example.com",
        "=?utf-8?q?=EF=AC=86ina?= @example.com",
        "=?utf-8?q?victim?=victim@example.com",  # found by the fuzzing: decoded, no defect
        "Stina <=?utf-8?q?stina?=@example.com>",
        "sam@=?utf-8?q?example.com?=",
        '"=?utf-8?q?sam?="@example.com',
        "group: sam@example.com;",
        "Sam <sam@example.com",
        "sam@example.com (unclosed",
    ):
        assert _sender(forged) is None, forged
