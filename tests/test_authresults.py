"""mailbot.authresults: which Authentication-Results header counts, and what it proves.

The headers are invented but shaped like what real receivers write (unfolded, as parsing.py
hands them over).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.authresults import AuthVerdict, parse_header, verdict

OURS = "mx.example.com"
TRUSTED = [OURS]

# --- real-world-looking headers ----------------------------------------------------------------

GMAIL = (
    "mx.google.com;"
    "       dkim=pass header.i=@example.org header.s=20230601 header.b=Xy12Ab+/;"
    "       arc=pass (i=1 spf=pass spfdomain=example.org dkim=pass dkdomain=example.org"
    " dmarc=pass fromdomain=example.org);"
    "       spf=pass (google.com: domain of sam@example.org designates 192.0.2.10 as permitted"
    " sender) smtp.mailfrom=sam@example.org;"
    "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org"
)
GMAIL_DKIM_ONLY = (
    "mx.google.com; dkim=pass header.i=@mail.example.org header.s=s1 header.b=AbCdEfGh;"
    " spf=softfail (google.com: domain of transitioning bounce@example.net does not designate"
    " 192.0.2.11 as permitted sender) smtp.mailfrom=bounce@example.net"
)
M365_IDLESS = (
    "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.org; dkim=pass (signature was"
    " verified) header.d=example.org;dmarc=pass action=none header.from=example.org;"
    "compauth=pass reason=100"
)
M365_IDLESS_FAIL = (
    "spf=fail (sender IP is 192.0.2.66) smtp.mailfrom=example.org; dkim=none (message not"
    " signed) header.d=none;dmarc=fail action=quarantine header.from=example.org;"
    "compauth=fail reason=000"
)
M365_WITH_ID = (
    "mx.microsoft.com 1; spf=pass smtp.mailfrom=example.org; dmarc=pass action=none"
    " header.from=example.org; dkim=pass header.d=example.org; arc=none"
)
OPENDMARC = f"{OURS}; dmarc=pass (p=quarantine dis=none) header.from=example.org"
OPENDMARC_NONE = f"{OURS}; dmarc=none (p=none dis=none) header.from=example.org"
OPENDKIM = (
    f"{OURS}; dkim=pass (2048-bit key; unprotected) header.d=example.org header.i=@example.org"
    ' header.a=rsa-sha256 header.s=mail header.b="AbCd1234"; dkim-atps=neutral'
)
POLICYD_SPF = (
    f"{OURS}; spf=pass (sender SPF authorized) smtp.mailfrom=example.org (client-ip=192.0.2.20;"
    " helo=mail.example.org; envelope-from=sam@example.org; receiver=<UNKNOWN>)"
)
FASTMAIL = (
    "mx5.messagingengine.com; dkim=pass (2048-bit rsa key sha256) header.d=example.org"
    " header.i=@example.org header.b=AbCdEfGh header.a=rsa-sha256 header.s=fm3 x-bits=2048;"
    " dmarc=pass policy.published-domain-policy=none policy.applied-disposition=none"
    " policy.evaluated-disposition=none (p=none,d=none,d.eval=none) policy.policy-from=p"
    " header.from=example.org; iprev=pass smtp.remote-ip=192.0.2.30 (mail.example.org);"
    " spf=pass smtp.mailfrom=sam@example.org smtp.helo=mail.example.org;"
    " x-aligned-from=pass (Address match); x-me-sender=none;"
    " x-ptr=pass smtp.helo=mail.example.org policy.ptr=mail.example.org;"
    " x-return-mx=pass header.domain=example.org policy.is_org=yes (MX Records found:"
    " mx1.example.org); x-tls=pass smtp.version=TLSv1.3 smtp.cipher=TLS_AES_256_GCM_SHA384"
    " smtp.bits=256/256; x-vs=clean score=-100 state=0"
)
RSPAMD = (
    f"{OURS}; dkim=pass header.d=example.org header.s=dkim header.b=AbCd1234;"
    " dmarc=pass (policy=reject) header.from=example.org;"
    f" spf=pass ({OURS}: domain of sam@example.org designates 192.0.2.40 as permitted sender)"
    " smtp.mailfrom=sam@example.org"
)
RSPAMD_FAIL = (
    f'{OURS}; dkim=none; dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM"'
    " header.from=example.org (policy=none);"
    f" spf=pass ({OURS}: domain of bounce@example.net designates 192.0.2.41 as permitted"
    " sender) smtp.mailfrom=bounce@example.net"
)


def test_gmail() -> None:
    v = verdict([GMAIL], "example.org", ["mx.google.com"])
    assert v == AuthVerdict(
        authenticated=True,
        dmarc="pass",
        dkim_domains_pass=("example.org",),
        spf="pass",
        authserv_id="mx.google.com",
        reason="dmarc=pass for example.org by mx.google.com",
    )


def test_gmail_dkim_header_i_aligned_subdomain() -> None:
    v = verdict([GMAIL_DKIM_ONLY], "example.org", ["mx.google.com"])
    assert v.authenticated
    assert v.dmarc is None
    assert v.dkim_domains_pass == ("mail.example.org",)
    assert v.spf == "softfail"
    assert "aligned" in v.reason


def test_microsoft_365_idless_form_needs_exchange_online() -> None:
    assert not verdict([M365_IDLESS], "example.org", TRUSTED).authenticated
    assert not verdict([M365_IDLESS], "example.org", []).authenticated
    v = verdict([M365_IDLESS], "example.org", [], exchange_online=True)
    assert v.authenticated
    assert v.authserv_id is None
    assert (v.dmarc, v.dkim_domains_pass, v.spf) == ("pass", ("example.org",), "pass")


def test_microsoft_365_idless_fail() -> None:
    v = verdict([M365_IDLESS_FAIL], "example.org", [], exchange_online=True)
    assert not v.authenticated
    assert v.dmarc == "fail"
    assert v.dkim_domains_pass == ()


def test_microsoft_365_form_with_id_and_version() -> None:
    assert verdict([M365_WITH_ID], "example.org", ["mx.microsoft.com"]).authenticated
    assert verdict([M365_WITH_ID], "example.org", ["MX.Microsoft.COM"]).authenticated
    # Exchange mode does not make a header with an id trusted.
    assert not verdict([M365_WITH_ID], "example.org", [], exchange_online=True).authenticated


def test_exchange_bestguesspass_and_compauth_do_not_count() -> None:
    header = (
        "spf=none (sender IP is 192.0.2.2) smtp.mailfrom=example.org; dkim=none (message not"
        " signed) header.d=none;dmarc=bestguesspass action=none header.from=example.org;"
        "compauth=pass reason=109"
    )
    v = verdict([header], "example.org", [], exchange_online=True)
    assert not v.authenticated
    assert v.dmarc == "bestguesspass"


def test_exchange_mode_skips_untrusted_id_above() -> None:
    other = "filter.example.net; dmarc=fail header.from=example.org"
    assert verdict([other, M365_IDLESS], "example.org", [], exchange_online=True).authenticated


def test_exchange_mode_unparseable_topmost_stops_the_search() -> None:
    v = verdict(["((garbage", M365_IDLESS], "example.org", [], exchange_online=True)
    assert not v.authenticated
    assert "unparseable" in v.reason


def test_postfix_opendmarc() -> None:
    v = verdict([OPENDMARC, OPENDKIM, POLICYD_SPF], "example.org", TRUSTED)
    assert v.authenticated
    assert v.authserv_id == OURS
    assert v.dmarc == "pass"


def test_postfix_opendkim_on_top() -> None:
    v = verdict([OPENDKIM, POLICYD_SPF], "example.org", TRUSTED)
    assert v.authenticated
    assert v.dkim_domains_pass == ("example.org",)
    assert v.spf is None  # SPF is in another header, which is not read


def test_postfix_split_headers_only_topmost_is_read() -> None:
    """Documented cost of the topmost rule: a lower header with our id is not read, because
    without RFC 8601 §5 stripping it could be a forgery."""
    v = verdict([OPENDMARC_NONE, OPENDKIM], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dmarc == "none"


def test_fastmail() -> None:
    v = verdict([FASTMAIL], "example.org", ["mx5.messagingengine.com"])
    assert v.authenticated
    assert (v.dmarc, v.dkim_domains_pass, v.spf) == ("pass", ("example.org",), "pass")
    header = parse_header(FASTMAIL)
    assert header is not None
    methods = [r.method for r in header.results]
    assert methods == [
        "dkim",
        "dmarc",
        "iprev",
        "spf",
        "x-aligned-from",
        "x-me-sender",
        "x-ptr",
        "x-return-mx",
        "x-tls",
        "x-vs",
    ]
    dmarc = header.results[1]
    assert dmarc.props["policy.published-domain-policy"] == "none"
    assert dmarc.props["header.from"] == "example.org"


def test_rspamd() -> None:
    v = verdict([RSPAMD], "example.org", TRUSTED)
    assert v.authenticated
    assert (v.dmarc, v.dkim_domains_pass, v.spf) == ("pass", ("example.org",), "pass")


def test_rspamd_fail_with_quoted_reason() -> None:
    v = verdict([RSPAMD_FAIL], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dmarc == "fail"
    assert "spf=pass alone does not authenticate" in v.reason
    header = parse_header(RSPAMD_FAIL)
    assert header is not None
    assert header.results[1].reason == "SPF not aligned (relaxed), No valid DKIM"


# --- forgeries ---------------------------------------------------------------------------------


def test_untrusted_authserv_id_is_ignored() -> None:
    forged = "mx.evil.example; dmarc=pass header.from=example.org; dkim=pass header.d=example.org"
    v = verdict([forged], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id is None
    assert "no trusted" in v.reason


@pytest.mark.parametrize(
    "forged_id", ["mx.example.com.evil.example", "evil.mx.example.com", "mx.example", "mx"]
)
def test_trusted_id_match_is_exact(forged_id: str) -> None:
    forged = f"{forged_id}; dmarc=pass header.from=example.org"
    assert not verdict([forged], "example.org", TRUSTED).authenticated


def test_trusted_id_in_a_comment_does_not_count() -> None:
    forged = f"mx.evil.example ({OURS}); dmarc=pass header.from=example.org"
    assert not verdict([forged], "example.org", TRUSTED).authenticated
    forged = f"({OURS}) mx.evil.example; dmarc=pass header.from=example.org"
    assert not verdict([forged], "example.org", TRUSTED).authenticated
    genuine = f"{OURS} (via the border relay); dmarc=pass header.from=example.org"
    assert verdict([genuine], "example.org", TRUSTED).authenticated


def test_trusted_id_for_a_different_header_from() -> None:
    header = f"{OURS}; dmarc=pass header.from=example.net"
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dmarc is None
    assert "dmarc=pass only for example.net" in v.reason


def test_dkim_pass_for_unrelated_domain() -> None:
    header = (
        f"{OURS}; dkim=pass header.d=evil.example header.s=s1; dmarc=fail header.from=example.org"
    )
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dkim_domains_pass == ("evil.example",)
    assert "unaligned evil.example" in v.reason


@pytest.mark.parametrize(
    "d", ["notexample.org", "example.org.evil.example", "org", "example.net", "ex\u0430mple.org"]
)
def test_dkim_pass_for_lookalike_or_suffix_is_not_aligned(d: str) -> None:
    header = f"{OURS}; dkim=pass header.d={d}"
    assert not verdict([header], "example.org", TRUSTED).authenticated


def test_dkim_pass_aligned_via_subdomain() -> None:
    header = f"{OURS}; dkim=pass header.d=mail.example.org header.s=s1; spf=none"
    v = verdict([header], "example.org", TRUSTED)
    assert v.authenticated
    assert v.reason == f"dkim=pass for mail.example.org, aligned with example.org, by {OURS}"


def test_dkim_pass_aligned_parent_of_from_subdomain() -> None:
    header = f"{OURS}; dkim=pass header.d=example.org"
    assert verdict([header], "news.example.org", TRUSTED).authenticated


def test_dkim_fail_aligned_does_not_count() -> None:
    header = f"{OURS}; dkim=fail (bad signature) header.d=example.org"
    assert not verdict([header], "example.org", TRUSTED).authenticated


def test_dkim_pass_without_domain_does_not_count() -> None:
    assert not verdict([f"{OURS}; dkim=pass"], "example.org", TRUSTED).authenticated


def test_spf_pass_alone_never_authenticates() -> None:
    header = f"{OURS}; spf=pass smtp.mailfrom=sam@example.org; dkim=none; dmarc=none"
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.spf == "pass"
    assert "spf=pass alone does not authenticate" in v.reason


def test_only_an_untrusted_header_says_pass() -> None:
    headers = [
        f"{OURS}; dmarc=fail header.from=example.org; dkim=none",
        "mx.evil.example; dmarc=pass header.from=example.org; dkim=pass header.d=example.org",
        "spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org",
    ]
    v = verdict(headers, "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id == OURS
    assert v.dmarc == "fail"


def test_forged_header_with_our_id_below_ours_is_not_read() -> None:
    headers = [
        f"{OURS}; dmarc=none header.from=example.org; dkim=none",
        f"{OURS}; dmarc=pass header.from=example.org",  # written by the sender
    ]
    assert not verdict(headers, "example.org", TRUSTED).authenticated


def test_trusted_header_below_untrusted_ones_is_found() -> None:
    headers = ["relay.example.net; dmarc=fail header.from=example.org", OPENDMARC]
    assert verdict(headers, "example.org", TRUSTED).authenticated


def test_result_inside_a_comment_does_not_count() -> None:
    header = (
        f"{OURS}; dmarc=fail (p=reject (nested; dmarc=pass header.from=example.org))"
        " header.from=example.org; dkim=none (dkim=pass header.d=example.org)"
    )
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dmarc == "fail"
    assert v.dkim_domains_pass == ()


def test_result_inside_a_quoted_string_does_not_count() -> None:
    header = (
        f'{OURS}; dmarc=fail reason="; dmarc=pass header.from=example.org" header.from=example.org'
    )
    assert not verdict([header], "example.org", TRUSTED).authenticated


def test_no_from_domain() -> None:
    v = verdict([OPENDMARC], None, TRUSTED)
    assert not v.authenticated
    assert "From domain" in v.reason
    assert not verdict([OPENDMARC], "", TRUSTED).authenticated
    assert not verdict([OPENDMARC], "not a domain", TRUSTED).authenticated


def test_no_trusted_ids_configured() -> None:
    v = verdict([OPENDMARC], "example.org", [])
    assert not v.authenticated
    assert "configured" in v.reason
    assert not verdict([OPENDMARC], "example.org", ["", "  "]).authenticated


def test_no_headers() -> None:
    v = verdict([], "example.org", TRUSTED)
    assert not v.authenticated
    assert v == AuthVerdict(False, None, (), None, None, v.reason)


def test_dmarc_pass_without_header_from_is_not_a_pass() -> None:
    """Issue 7 item 2: a dmarc=pass that does not name the From domain proves nothing about it.
    (This header was accepted before; the tolerant-parsing case asserting that was removed.)"""
    v = verdict([f"{OURS}; dmarc=pass"], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.dmarc is None
    assert "without header.from" in v.reason
    v = verdict([f"{OURS}; dmarc=pass policy.dmarc=reject"], "example.org", TRUSTED)
    assert not v.authenticated


# --- issue 7: the topmost trusted header decides, whatever its size ----------------------------

_FORGED_BELOW = f"{OURS}; dmarc=pass header.from=example.org; dkim=pass header.d=example.org"


@pytest.mark.parametrize("size", [40_000, 200_000, 7_000_000])
def test_oversized_trusted_header_ends_the_search(size: int) -> None:
    """Issue 7 item 1: our MTA's header, inflated past any limit (here through a long HELO),
    is still the one that counts; the forged pass below it is never read."""
    ours = (
        f"{OURS}; spf=pass smtp.mailfrom=example.org smtp.helo={'h' * size};"
        " dmarc=fail header.from=example.org"
    )
    v = verdict([ours, _FORGED_BELOW], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id == OURS
    assert "too long" in v.reason


def test_oversized_trusted_header_with_a_leading_comment_is_still_ours() -> None:
    ours = f"{OURS} (" + "c" * 100 + f"); dkim=none (x{'y' * 50_000})"
    v = verdict([ours, _FORGED_BELOW], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id == OURS


def test_unparseable_trusted_header_ends_the_search() -> None:
    for ours in (
        f"{OURS}; dmarc=fail header.from=example.org stray words",
        f"{OURS}; (unclosed comment",
        f"{OURS}; dmarc=",
        f"{OURS} junk; dmarc=fail",
        f'{OURS}; dmarc=fail reason="unclosed',
    ):
        v = verdict([ours, _FORGED_BELOW], "example.org", TRUSTED)
        assert not v.authenticated, ours
        assert v.authserv_id == OURS
        assert "unparseable" in v.reason


def test_oversized_idless_header_in_exchange_mode_is_not_a_pass() -> None:
    big = M365_IDLESS + " x-big=" + "a" * 40_000
    v = verdict([big, M365_IDLESS], "example.org", [], exchange_online=True)
    assert not v.authenticated


# --- issue 7: parsed by the grammar, not searched ------------------------------------------------


@pytest.mark.parametrize(
    "helo",
    [
        "x dmarc=pass header.from=example.org",  # spaces: only properties of the spf result
        "x dkim=pass header.d=example.org",
        "x;dmarc=pass header.from=example.org",  # a ";": a result of its own, but conflicting
        "x; dmarc=pass header.from=example.org; dkim=pass header.d=example.org",
        "x;dkim=pass header.d=example.org;dmarc=pass header.from=example.org",
    ],
)
def test_helo_copied_into_our_header_creates_no_pass(helo: str) -> None:
    """Issue 7 item 3: our MTA quotes the sender's HELO unquoted; the real verdicts are fail."""
    ours = (
        f"{OURS}; spf=softfail smtp.mailfrom=example.org smtp.helo={helo};"
        " dkim=fail (bad signature) header.d=example.org; dmarc=fail header.from=example.org"
    )
    v = verdict([ours], "example.org", TRUSTED)
    assert not v.authenticated, v.reason


def test_helo_copied_before_the_real_results() -> None:
    ours = (
        f"{OURS}; dmarc=fail header.from=example.org;"
        " spf=pass smtp.helo=x;dmarc=pass header.from=example.org"
    )
    v = verdict([ours], "example.org", TRUSTED)
    assert not v.authenticated
    assert "conflicting results for dmarc" in v.reason


def test_a_result_smuggled_as_a_property_is_unparseable() -> None:
    header = f"{OURS}; spf=pass smtp.helo=x dmarc=pass header.from=example.org"
    parsed = parse_header(header)
    assert parsed is not None
    assert parsed.error is not None and parsed.results == ()


@pytest.mark.parametrize(
    "header",
    [
        f"{OURS}; dmarc=pass header.from=example.org; dmarc=fail header.from=example.org",
        f"{OURS}; dmarc=fail header.from=example.org; dmarc=pass header.from=example.org",
        f"{OURS}; dkim=pass header.d=example.org; dkim=fail header.d=example.org",
        f"{OURS}; dkim=pass header.d=example.org; dkim=fail header.d=example.net",
        f"{OURS}; dmarc=pass header.from=example.org; dmarc=none header.from=example.net",
    ],
)
def test_several_verdicts_for_one_method_are_not_authenticated(header: str) -> None:
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert "conflicting" in v.reason


def test_the_same_verdict_twice_is_fine() -> None:
    header = f"{OURS}; dkim=pass header.d=example.org; dkim=pass header.d=example.net"
    assert verdict([header], "example.org", TRUSTED).authenticated


def test_a_property_given_twice_with_different_values_is_unparseable() -> None:
    header = f"{OURS}; dmarc=pass header.from=evil.example header.from=example.org"
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert "unparseable" in v.reason
    same = f"{OURS}; dmarc=pass header.from=example.org header.from=example.org"
    assert verdict([same], "example.org", TRUSTED).authenticated


def test_parse_header_reads_the_grammar() -> None:
    parsed = parse_header(
        f'{OURS} 1 (version); dkim/1 = pass (ok) reason="say \\"hi\\"" header . d = example.org'
        ' header.b="a;b" policy.x=@example.org smtp.mailfrom=sam@example.org; none;'
    )
    assert parsed is not None and parsed.error is None
    [dkim] = parsed.results
    assert (dkim.method, dkim.result, dkim.reason) == ("dkim", "pass", 'say "hi"')
    assert dict(dkim.props) == {
        "header.d": "example.org",
        "header.b": "a;b",
        "policy.x": "@example.org",
        "smtp.mailfrom": "sam@example.org",
    }


# --- tolerance -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        f"{OURS};dmarc=pass header.from=example.org",  # no space after ';'
        f"{OURS} ; DMARC=PASS Header.From=EXAMPLE.ORG",  # case
        f"{OURS.upper()}; dmarc=pass header.from=example.org",
        f"{OURS} 1; dmarc=pass header.from=example.org",  # version after the id
        f'"{OURS}"; dmarc=pass header.from=example.org',  # quoted authserv-id
        f"  {OURS};\t dmarc = pass  header . from = example.org ",  # CFWS everywhere
        f"{OURS}; dmarc/1=pass header.from=example.org",  # method version
        f'{OURS}; dmarc=pass header.from="example.org"',
        f'{OURS}; dmarc="pass" header.from=example.org',  # a quoted result, not RFC
        f"{OURS}; dmarc=pass header.from=example.org.",
        f"{OURS}; dmarc=pass header.from=sam@example.org",
        f"{OURS}; foo=bar; dmarc=pass header.from=example.org; x-unknown=weird a.b=c",
        f"{OURS}; dmarc=pass policy.dmarc=reject policy.policy-from=p header.from=example.org",
        f"{OURS}; dmarc=pass (a (deeply (nested) comment) here) header.from=example.org",
        f"{OURS} (comment about the host); dmarc=pass header.from=example.org",
        f'{OURS}; dmarc=pass reason="quoted; with \\"escapes\\"" header.from=example.org',
        f"{OURS}; dkim=pass header.b= header.d=example.org",  # empty header.b
        f"{OURS}; dkim=pass header.d=EXAMPLE.ORG header.b=abc+/def==",
        f"{OURS}; dkim=pass header.i=user@mail.example.org",
        f"{OURS}; none; dmarc=pass header.from=example.org;",
        f"{OURS}; dmarc=pass header.from=xn--exmple-cua.org",
    ],
)
def test_tolerant_parsing(header: str) -> None:
    from_domain = "exämple.org" if "xn--" in header else "example.org"
    v = verdict([header], from_domain, TRUSTED)
    assert v.authenticated, v.reason


def test_none_result() -> None:
    v = verdict([f"{OURS}; none"], "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id == OURS
    header = parse_header(f"{OURS} 1; none")
    assert header is not None
    assert header.results == ()


def test_parse_header_shapes() -> None:
    header = parse_header(OPENDKIM)
    assert header is not None
    assert header.authserv_id == OURS
    dkim = header.results[0]
    assert (dkim.method, dkim.result) == ("dkim", "pass")
    assert dkim.props["header.b"] == "AbCd1234"
    assert dkim.props["header.s"] == "mail"
    assert header.results[1].method == "dkim-atps"
    idless = parse_header(M365_IDLESS)
    assert idless is not None
    assert idless.authserv_id is None
    assert [r.method for r in idless.results] == ["spf", "dkim", "dmarc", "compauth"]


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        " ",
        ";",
        ";;;;",
        "=",
        "====",
        "((((",
        "))))",
        '"',
        f'"{OURS}',
        f"{OURS}; dmarc=",
        f"{OURS}; =pass",
        f"{OURS}; dmarc=pass=pass header.from=example.net",
        f"{OURS}; dmarc==pass",
        f"{OURS}; (dmarc=pass header.from=example.org",  # unclosed comment swallows it
        f"{OURS}; dmarc=pa ss header.from=example.org",
        "\x00\x01\x02",
        "\ud800",
        f"{OURS}\x00; dmarc=pass",
        "a" * 100_000,
        f"{OURS}; " + "dkim=fail header.d=example.org; " * 2000,
        f"{OURS}; " + "(" * 5000 + ")" * 5000,
        f"{OURS}; dmarc=pass header.from=" + "a" * 300 + ".org",
        f"{OURS}; dmarc=pass header.from=exa mple.org",
    ],
)
def test_garbage_never_raises(garbage: str) -> None:
    v = verdict([garbage], "example.org", TRUSTED, exchange_online=True)
    assert isinstance(v, AuthVerdict)
    assert not v.authenticated
    assert v.reason


def test_non_string_headers_are_ignored() -> None:
    headers = [None, b"mx.example.com; dmarc=pass", 42, OPENDMARC]
    assert verdict(headers, "example.org", TRUSTED).authenticated  # type: ignore[arg-type]
    assert not verdict(None, "example.org", TRUSTED).authenticated  # type: ignore[arg-type]
    assert not verdict([OPENDMARC], "example.org", None).authenticated  # type: ignore[arg-type]


# --- fuzzing -------------------------------------------------------------------------------

_fragments = st.sampled_from(
    [
        OURS,
        "mx.example.com 1",
        '"mx.example.com"',
        ";",
        " ",
        "=",
        ".",
        "/",
        "(",
        ")",
        '"',
        "\\",
        "dmarc",
        "dkim",
        "spf",
        "pass",
        "fail",
        "none",
        "header",
        "from",
        "d",
        "i",
        "b",
        "example.org",
        "mail.example.org",
        "evil.example",
        "@",
        "reason",
        "policy",
        "\x00",
        "ä",
        "xn--",
        "dmarc=pass",
        "header.from=example.org",
        "header.d=",
    ]
)
_structured = st.lists(_fragments, max_size=40).map("".join)


@given(
    st.lists(st.one_of(st.text(max_size=200), _structured), max_size=5),
    st.one_of(st.none(), st.sampled_from(["example.org", "exämple.org", ""]), st.text(max_size=30)),
    st.lists(st.one_of(st.just(OURS), st.text(max_size=20)), max_size=3),
    st.booleans(),
)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_verdict_never_raises(
    headers: list[str], from_domain: str | None, trusted: list[str], exchange: bool
) -> None:
    v = verdict(headers, from_domain, trusted, exchange_online=exchange)
    assert isinstance(v, AuthVerdict)
    assert isinstance(v.reason, str) and v.reason
    if v.authenticated:
        assert v.dmarc == "pass" or v.dkim_domains_pass


@given(st.lists(_structured, max_size=5))
@settings(max_examples=300, deadline=None)
def test_headers_without_a_trusted_id_never_authenticate(headers: list[str]) -> None:
    """Without exchange mode, a header that does not name the trusted id cannot authenticate."""
    untrusted = [h for h in headers if OURS not in h.lower()]
    v = verdict(untrusted, "example.org", TRUSTED)
    assert not v.authenticated
    assert v.authserv_id is None


def test_aligned_dkim_pass_does_not_outweigh_dmarc_fail() -> None:
    """DMARC fails only when no aligned signature passed; the pair means tampering."""
    header = f"{OURS}; dmarc=fail header.from=example.org; dkim=pass header.d=example.org"
    v = verdict([header], "example.org", TRUSTED)
    assert not v.authenticated
    assert "does not outweigh dmarc=fail" in v.reason
    # With no DMARC policy published (dmarc=none) an aligned signature still counts.
    header = f"{OURS}; dmarc=none header.from=example.org; dkim=pass header.d=example.org"
    assert verdict([header], "example.org", TRUSTED).authenticated
