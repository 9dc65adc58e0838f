"""mailbot.addresses: canonical addresses, keyed hashes, DMARC relaxed alignment."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.addresses import (
    address_hash,
    aligned,
    domain_of,
    normalise,
    normalise_domain,
    organisational_domain,
)

# --- normalise: what matches -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sam@example.net", "sam@example.net"),
        ("  Sam@Example.NET \n", "sam@example.net"),
        ("SAM@EXAMPLE.NET", "sam@example.net"),
        ("sam@example.net.", "sam@example.net"),  # the root dot
        ("sam@example.net\uff0e", "sam@example.net"),  # a full-width root dot (UTS #46 maps it)
        ("first.last@sub.example.org", "first.last@sub.example.org"),
        ("o'brien@example.com", "o'brien@example.com"),
        ("user@EXÄMPLE.com", "user@xn--exmple-cua.com"),
        ("user@exämple.com", "user@xn--exmple-cua.com"),
        ("user@exa\u0308mple.com", "user@xn--exmple-cua.com"),  # decomposed ä → NFC
        ("user@XN--EXMPLE-CUA.COM", "user@xn--exmple-cua.com"),
        ("Jörg@example.com", "jörg@example.com"),
        ("Jo\u0308rg@example.com", "jörg@example.com"),  # NFC in the local part
        ("ÅSA@example.com", "åsa@example.com"),
        ("user@straße.example", "user@xn--strae-oqa.example"),  # IDNA 2008: ß is kept
    ],
)
def test_normalise_canonical_forms(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_u_label_and_a_label_compare_equal() -> None:
    assert normalise("user@EXÄMPLE.com") == normalise("user@xn--exmple-cua.com")


def test_local_part_is_stored_in_nfc() -> None:
    out = normalise("J\u01f0@example.com")  # ǰ casefolds to a decomposed pair; NFC again after
    assert out is not None
    assert unicodedata.is_normalized("NFC", out)


# --- plus tags ------------------------------------------------------------------------------


def test_plus_tag_kept_by_default() -> None:
    assert normalise("sam+x@example.net") == "sam+x@example.net"
    assert normalise("sam+x@example.net") != normalise("sam@example.net")


def test_plus_tag_removed_when_configured() -> None:
    assert normalise("Sam+News@example.net", plus_tags_match=True) == "sam@example.net"
    assert normalise("sam+a+b@example.net", plus_tags_match=True) == "sam@example.net"
    assert normalise("sam@example.net", plus_tags_match=True) == "sam@example.net"


def test_plus_only_local_part_is_kept_whole() -> None:
    assert normalise("+x@example.net", plus_tags_match=True) == "+x@example.net"


# --- look-alikes stay different --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lookalike", "punycode"),
    [
        ("user@ex\u0430mple.com", "user@xn--exmple-4nf.com"),  # Cyrillic а
        ("user@exampl\u0435.com", "user@xn--exampl-8of.com"),  # Cyrillic е
        ("user@ex\u03b1mple.com", "user@xn--exmple-qxe.com"),  # Greek α
        ("user@hell\u03bf.example.net", "user@xn--hell-3nd.example.net"),  # Greek ο
    ],
)
def test_homoglyph_domains_do_not_match(lookalike: str, punycode: str) -> None:
    out = normalise(lookalike)
    assert out is not None
    assert out.isascii() and "xn--" in out
    assert out == punycode
    plain = {"\u0430": "a", "\u0435": "e", "\u03b1": "a", "\u03bf": "o"}
    ascii_twin = "".join(plain.get(c, c) for c in lookalike)
    assert normalise(ascii_twin) != out


def test_homoglyph_local_part_does_not_match() -> None:
    assert normalise("s\u0430m@example.net") != normalise("sam@example.net")


def test_full_width_domain_maps_to_ascii() -> None:
    """UTS #46 maps full-width letters to ASCII, as IDNA does on the wire: the same DNS name."""
    assert normalise("user@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com") == "user@example.com"
    assert normalise("user@ＥＸＡＭＰＬＥ．ｃｏｍ") == "user@example.com"


def test_full_width_local_part_stays_distinct() -> None:
    """NFC, not NFKC: a server delivers ｓａｍ and sam to different mailboxes."""
    out = normalise("\uff33\uff41\uff4d@example.net")
    assert out == "\uff53\uff41\uff4d@example.net"
    assert out != normalise("sam@example.net")


# --- invalid → None ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "sam",
        "sam.example.net",
        "@example.net",
        "sam@",
        "sam@@example.net",
        "a@b@example.net",
        "sam smith@example.net",
        "sam@exa mple.net",
        "sam\t@example.net",
        "sam\x00@example.net",
        "sam@example.net\x00",
        "sam\x7f@example.net",
        "s\u200bam@example.net",  # zero-width space
        "s\u202eam@example.net",  # right-to-left override
        '"sam smith"@example.net',  # quoted local parts: not supported
        "<sam@example.net>",
        "Sam <sam@example.net>",
        "sam,bob@example.net",
        "sam@[192.0.2.1]",  # address literal
        "sam@-example.net",
        "sam@example-.net",
        "sam@exa_mple.net",  # STD3 rules
        "sam@example..net",
        "sam@.example.net",
        "sam@example.net..",
        "sam@xn--a.net",  # invalid punycode
        "sam@" + "a" * 64 + ".net",  # label too long
        "sam@" + ".".join(["abcdefghij"] * 26) + ".net",  # name too long
        "a" * 65 + "@example.net",  # local part over 64 octets
        "sam\uff20example.net",  # full-width @ is not an @
    ],
)
def test_normalise_rejects(raw: str) -> None:
    assert normalise(raw) is None


def test_normalise_rejects_non_strings() -> None:
    assert normalise(None) is None  # type: ignore[arg-type]
    assert normalise(b"sam@example.net") is None  # type: ignore[arg-type]


@given(st.text(max_size=80), st.booleans())
@settings(max_examples=400, deadline=None)
def test_normalise_never_raises_and_is_idempotent(raw: str, plus: bool) -> None:
    out = normalise(raw, plus_tags_match=plus)
    if out is not None:
        assert out.count("@") == 1
        assert normalise(out, plus_tags_match=plus) == out
        assert out.rpartition("@")[2].isascii()


_local = st.text(alphabet=st.sampled_from("abcXYZ09._-+'äÖßåΣσς\u0301"), min_size=1, max_size=20)
_domain = st.sampled_from(
    ["example.com", "EXAMPLE.org", "exämple.net", "xn--exmple-cua.net", "Sub.Example.COM."]
)


@given(_local, _domain, st.booleans())
@settings(max_examples=300, deadline=None)
def test_normalise_idempotent_on_plausible_addresses(local: str, domain: str, plus: bool) -> None:
    out = normalise(f"{local}@{domain}", plus_tags_match=plus)
    if out is not None:
        assert normalise(out, plus_tags_match=plus) == out
        assert normalise(out.upper(), plus_tags_match=plus) == normalise(
            out.casefold(), plus_tags_match=plus
        )


# --- address_hash ----------------------------------------------------------------------------


def test_address_hash_is_hmac_sha256_hex() -> None:
    key = b"k" * 32
    expected = hmac.new(key, b"sam@example.net", hashlib.sha256).hexdigest()
    assert address_hash("sam@example.net", key) == expected
    assert len(expected) == 64


def test_address_hash_depends_on_key_and_address() -> None:
    a = address_hash("sam@example.net", b"key-one")
    assert a == address_hash("sam@example.net", b"key-one")
    assert a != address_hash("sam@example.net", b"key-two")
    assert a != address_hash("sal@example.net", b"key-one")
    assert a != hashlib.sha256(b"sam@example.net").hexdigest()


def test_address_hash_of_unicode_address() -> None:
    norm = normalise("Jörg@EXÄMPLE.com")
    assert norm is not None
    assert address_hash(norm, b"k") == address_hash("jörg@xn--exmple-cua.com", b"k")


def test_address_hash_refuses_empty_key() -> None:
    with pytest.raises(ValueError):
        address_hash("sam@example.net", b"")


# --- domain_of / normalise_domain ------------------------------------------------------------


def test_domain_of() -> None:
    assert domain_of("Sam@EXÄMPLE.com") == "xn--exmple-cua.com"
    assert domain_of("sam+x@Mail.Example.ORG.") == "mail.example.org"
    assert domain_of("sam@xn--exmple-cua.com") == "xn--exmple-cua.com"  # idempotent
    assert domain_of("not an address") is None
    assert domain_of("sam@exa mple.com") is None


def test_normalise_domain() -> None:
    assert normalise_domain("EXÄMPLE.com.") == "xn--exmple-cua.com"
    assert normalise_domain(" example.org ") == "example.org"
    assert normalise_domain("") is None
    assert normalise_domain("example..org") is None
    assert normalise_domain(None) is None  # type: ignore[arg-type]


# --- organisational domain and alignment -----------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "org"),
    [
        ("example.org", "example.org"),
        ("mail.example.org", "example.org"),
        ("a.b.c.example.org", "example.org"),
        ("MAIL.EXAMPLE.ORG.", "example.org"),
        ("shop.example.co.uk", "example.co.uk"),  # a two-label public suffix
        ("mail.exämple.com", "xn--exmple-cua.com"),
        ("org", None),
        ("co.uk", None),
        ("github.io", None),  # the private section counts too
        ("project.example-one.github.io", "example-one.github.io"),
        ("host.example", "host.example"),  # an unknown TLD is a public suffix
        ("example", None),
        ("", None),
        ("bad domain", None),
    ],
)
def test_organisational_domain(domain: str, org: str | None) -> None:
    assert organisational_domain(domain) == org


@pytest.mark.parametrize(
    ("from_domain", "signing_domain"),
    [
        ("example.org", "example.org"),
        ("example.org", "mail.example.org"),  # child
        ("news.example.org", "example.org"),  # parent
        ("news.example.org", "mail.example.org"),  # siblings: relaxed alignment
        ("EXAMPLE.ORG", "example.org."),
        ("exämple.com", "xn--exmple-cua.com"),
        ("example.co.uk", "mail.example.co.uk"),
    ],
)
def test_aligned(from_domain: str, signing_domain: str) -> None:
    assert aligned(from_domain, signing_domain)
    assert aligned(signing_domain, from_domain)


@pytest.mark.parametrize(
    ("from_domain", "signing_domain"),
    [
        ("example.org", "evil.example"),
        ("example.org", "example.net"),
        ("example.org", "notexample.org"),  # a string suffix is not a parent
        ("example.org", "example.org.evil.example"),
        ("example.org", "org"),  # a bare public suffix
        ("org", "org"),
        ("co.uk", "co.uk"),
        ("example.co.uk", "co.uk"),
        ("one.example.co.uk", "two.co.uk"),
        ("example-one.github.io", "example-two.github.io"),  # different owners
        ("example.com", "ex\u0430mple.com"),  # look-alike
        ("example.org", ""),
        ("", "example.org"),
        ("example.org", None),
        (None, "example.org"),
        ("example.org", "bad domain"),
    ],
)
def test_not_aligned(from_domain: str | None, signing_domain: str | None) -> None:
    assert not aligned(from_domain, signing_domain)
    assert not aligned(signing_domain, from_domain)


# --- issue 7 item 4: no compatibility folding, no encoded-words --------------------------------


@pytest.mark.parametrize(
    ("forged", "victim"),
    [
        ("\ufb06ina@example.com", "stina@example.com"),  # ﬆ ligature
        ("\u017fam@example.net", "sam@example.net"),  # ſ long s
        ("\u017f\u0430m@example.net", "sam@example.net"),
        ("STRA\u00dfE@example.net", "strasse@example.net"),  # ß is not ss
        ("stra\u1e9ee@example.net", "strasse@example.net"),  # capital ẞ
        ("\ufb01nn@example.net", "finn@example.net"),  # ﬁ ligature
        ("\u2160@example.net", "i@example.net"),  # Roman numeral one
        ("\u24e2am@example.net", "sam@example.net"),  # circled s
        ("s\u00aam@example.net", "sam@example.net"),  # feminine ordinal ª
        ("\u0130sa@example.net", "isa@example.net"),  # İ (dotted capital I)
    ],
)
def test_compatibility_characters_never_fold_into_another_address(forged: str, victim: str) -> None:
    assert normalise(forged) != normalise(victim)
    assert normalise(forged, plus_tags_match=True) != normalise(victim, plus_tags_match=True)


@pytest.mark.parametrize(
    "raw",
    [
        "\u212aari@example.net",  # Kelvin sign K: NFC alone would make it K, then k
        "\u212bsa@example.net",  # Ångström sign
        "\u2126mega@example.net",  # Ohm sign
        "\uf900@example.net",  # a CJK compatibility ideograph
    ],
)
def test_canonical_singletons_are_not_addresses(raw: str) -> None:
    assert normalise(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "=?utf-8?q?=EF=AC=86ina?=@example.com",
        "=?UTF-8?B?77yGaW5h?=@example.com",
        "x=?utf-8?q?sam?=@example.net",
        "sam=?iso-8859-1?Q?=E4?=@example.net",
    ],
)
def test_encoded_words_in_the_local_part_are_not_addresses(raw: str) -> None:
    assert normalise(raw) is None


def test_ordinary_case_still_matches() -> None:
    assert normalise("KARI@example.net") == normalise("kari@example.net") == "kari@example.net"
    assert normalise("\u00c5SA@example.com") == normalise("\u00e5sa@example.com")
    assert normalise("A\u030aSA@example.com") == "\u00e5sa@example.com"  # decomposed Å
    assert normalise("\u03a3\u0391\u039c@example.gr") == "\u03c3\u03b1\u03bc@example.gr"
    assert normalise("J\u00d6RG@example.com") == "j\u00f6rg@example.com"
    assert normalise("=x?@example.net") == "=x?@example.net"  # "=?" alone is plain atext
