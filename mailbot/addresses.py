"""Canonical e-mail addresses, keyed hashes of them, and DMARC domain alignment (SPEC §3).

Pure functions, no I/O. Why each choice:

* **Local part**: ``NFC(lower(NFD(x)))``, where ``lower`` maps only ordinary case pairs: a
  character whose one-character lower case maps back to it in upper case (``A``/``a``,
  ``Ä``/``ä``, ``Σ``/``σ``). Practically every server treats the local part case-insensitively
  and SPEC §3 says to compare so. Nothing else is folded: not compatibility forms (NFKC), so
  ``ｓａｍ`` (full-width), ``ﬆ`` (a ligature) and ``ſ`` (long s) stay different from
  ``sam``, ``st`` and ``s``; and not full case folding, so ``ß`` is not ``ss`` — a mail server
  delivers those to different mailboxes, and folding them together would let one person claim
  another's data (issue 7). A local part with a character that Unicode canonically maps to a
  *different single* character (the Kelvin sign ``K`` → ``K``, the Ångström and Ohm signs,
  CJK compatibility ideographs) is not an address: NFC would fold it, and keeping it would
  make two spellings of one canonical string.
* **Encoded-words** (RFC 2047 ``=?charset?q?...?=``) are not allowed in an addr-spec (RFC 2047
  §5): a local part that contains one is not an address, so a header parser that decoded it
  into somebody's mailbox cannot make it match anyone.
  A ``+tag`` is kept unless ``plus_tags_match`` is set (SPEC §3: "+tags do not match unless
  configured").
* **Domain**: NFC, lower case, one trailing dot removed, then IDNA 2008 with UTS #46
  processing (non-transitional, STD3 rules) from the ``idna`` package, giving the A-label
  (punycode) form that DNS and SMTP use. So ``EXÄMPLE.com`` and ``xn--exmple-cua.com`` are
  equal, while a look-alike such as ``exаmple.com`` (Cyrillic ``а``) becomes
  ``xn--exmple-4nf.com`` and stays different. UTS #46 *maps* full-width letters and dots to
  ASCII (``ｅｘａｍｐｌｅ.com`` → ``example.com``) and drops a few invisible characters such as
  the soft hyphen: that is exactly what IDNA does on the wire, so both spellings name the same
  DNS domain and the same mailbox host; we accept that mapping on purpose.
* **Invalid → None**: no or several ``@``, an empty part, whitespace, control, format
  (invisible) or unassigned characters or RFC 5322 specials in the local part (quoted local
  parts are not supported: they are rare, and ``None`` makes the sender *unverified*, the safe
  side), a local part over 64 octets, or any IDNA error.

Alignment uses the organisational domain from the Public Suffix List bundled in the
``publicsuffixlist`` package (offline: the list ships inside the wheel, no download at run
time; the data is only as fresh as the installed version, and an unknown new TLD is still
handled right, see below). This is RFC 7489 §3.2 relaxed alignment, the rule OpenDMARC applies.
The list-free fallback "equal, parent or child" would miss siblings (From ``news.example.org``
signed by ``mail.example.org`` is aligned under DMARC) and cannot tell that ``co.uk`` is a
public suffix without a list anyway. The full list (ICANN and private sections) is used, so
``one.github.io`` and ``two.github.io`` — different owners — are not aligned.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import unicodedata

import idna
from publicsuffixlist import PublicSuffixList

# RFC 5322 specials that cannot appear in an unquoted local part ('@' is checked separately).
_SPECIALS = frozenset('()<>[]:;\\,"')
_MAX_LOCAL_OCTETS = 64  # RFC 5321 §4.5.3.1.1
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[bBqQ]\?[^?]*\?=")


def _bad_char(ch: str) -> bool:
    """Whitespace, control, format (invisible), surrogate, private-use or unassigned."""
    return ch.isspace() or unicodedata.category(ch)[0] in ("C", "Z")


def _canonical_singleton(ch: str) -> bool:
    """NFC would replace it by another single character (Kelvin sign → K)."""
    d = unicodedata.decomposition(ch)
    return bool(d) and not d.startswith("<") and " " not in d


def _lower(ch: str) -> str:
    """Ordinary case only: ``K`` (Kelvin) → ``k`` and ``İ`` → ``i̇`` are not round trips."""
    low = ch.lower()
    return low if len(low) == 1 and (low == ch or low.upper() == ch) else ch


def fold_local(local: str) -> str | None:
    """The comparable form of a local part (see the module docstring), or None if not one."""
    if _ENCODED_WORD.search(local) or any(_canonical_singleton(ch) for ch in local):
        return None
    return unicodedata.normalize(
        "NFC", "".join(_lower(ch) for ch in unicodedata.normalize("NFD", local))
    )


@functools.lru_cache(maxsize=8192)
def normalise_domain(domain: str) -> str | None:
    """A domain's canonical A-label form (lower case, no trailing dot), or None if invalid.

    Cached: a batch meets the same domains many times, and IDNA is slow (issue 12).
    """
    if not isinstance(domain, str):
        return None
    d = unicodedata.normalize("NFC", domain.strip()).lower()
    if not d or any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in d):
        return None
    try:
        out = idna.encode(d, uts46=True, std3_rules=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    if out.endswith("."):  # one trailing (root) dot, ASCII or one that UTS #46 maps to "."
        out = out[:-1]
    if not out or "" in out.split("."):
        return None
    return out


def normalise(addr: str, plus_tags_match: bool = False) -> str | None:
    """The canonical form used to compare a sender with a registered address, or None.

    ``sam+x@example.net`` equals ``sam@example.net`` only when ``plus_tags_match`` is True.
    See the module docstring for what is folded and what is rejected.
    """
    if not isinstance(addr, str):
        return None
    s = addr.strip()
    if s.count("@") != 1:
        return None
    local, domain = s.split("@")
    if not local or not domain:
        return None
    if any(_bad_char(ch) or ch in _SPECIALS for ch in local):
        return None
    folded = fold_local(local)
    if folded is None:
        return None
    local = folded
    if plus_tags_match:
        base = local.split("+", 1)[0]
        if base:  # "+x@example.net" has no base to fall back to: keep it whole
            local = base
    if len(local.encode("utf-8")) > _MAX_LOCAL_OCTETS:
        return None
    dom = normalise_domain(domain)
    if dom is None:
        return None
    return f"{local}@{dom}"


@functools.lru_cache(maxsize=65536)
def person_key(addr: str | None, plus_tags_match: bool = False) -> str | None:
    """THE look-up key of an address: the one way identity, the register, extracts and
    erasure turn an address (a From header, a typed form field, a stored row) into the
    person it names. None for anything that is not a usable address: it names nobody.

    Cached: an erasure or extract scan meets the same few addresses thousands of times.
    """
    if not addr:
        return None
    return normalise(addr, plus_tags_match=plus_tags_match)


def same_person(a: str | None, b: str | None, plus_tags_match: bool = False) -> bool:
    """Whether two addresses name the same person (SPEC §3): case, Unicode and IDNA
    spellings fold together, ``+tags`` only with ``plus_tags_match``; an unusable address
    is nobody, not even itself.
    """
    ka = person_key(a, plus_tags_match)
    return ka is not None and ka == person_key(b, plus_tags_match)


def recipient_keys(address: str) -> tuple[str, str]:
    """The mailbox (case and +tag folded) and domain that the daily caps count.

    Folded whatever `register.plus_tags_match` says: `victim+1@` and `victim+2@`
    are one mailbox to whoever reads it.
    """
    local, _, dom = address.strip().rpartition("@")
    base = local.split("+", 1)[0] or local  # "+x@" has no base: kept whole
    mailbox = normalise(f"{base}@{dom}")
    if mailbox is None:  # still counted, by the plainest folding
        domain = normalise_domain(dom) or dom.casefold().rstrip(".")
        mailbox = f"{base.casefold()}@{domain}"
    return mailbox, mailbox.rpartition("@")[2]


def address_hash(addr_normalised: str, key: bytes) -> str:
    """HMAC-SHA256 hex of a normalised address: what the suppression list keeps of an erased one.

    Keyed so that the list cannot be reversed by hashing guessed addresses without the key.
    """
    if not key:
        raise ValueError("address_hash needs a non-empty key")
    return hmac.new(key, addr_normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def domain_of(addr: str) -> str | None:
    """The normalised A-label domain of an address, or None if the address is invalid."""
    norm = normalise(addr)
    return None if norm is None else norm.rpartition("@")[2]


@functools.cache
def _psl() -> PublicSuffixList:
    """Load the bundled list once (about 40 ms); the object is thread-safe after init."""
    return PublicSuffixList()


def organisational_domain(domain: str) -> str | None:
    """The registrable ("organisational", RFC 7489 §3.2) domain, or None for a public suffix.

    Unknown top-level domains count as public suffixes, as RFC 7489 asks.
    """
    d = normalise_domain(domain)
    if d is None:
        return None
    return _psl().privatesuffix(d)


def aligned(from_domain: str | None, signing_domain: str | None) -> bool:
    """DMARC relaxed alignment: both domains have the same organisational domain.

    A bare public suffix (``org``, ``co.uk``) never aligns with anything, itself included.
    """
    if not from_domain or not signing_domain:
        return False
    org_from = organisational_domain(from_domain)
    return org_from is not None and org_from == organisational_domain(signing_domain)
