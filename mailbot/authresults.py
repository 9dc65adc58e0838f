"""Decide from Authentication-Results headers (RFC 8601) whether a From address is authenticated.

SPEC §3: a sender is authenticated when DMARC passes for the From domain, or DKIM passes with a
signing domain aligned (relaxed) with it. SPF alone never authenticates: it vouches for the
envelope sender, which the reader never sees.

Which header counts, and why:

* Anyone can write an Authentication-Results header into a message, so only a header whose
  authserv-id is one of ``trusted_authserv_ids`` (case-insensitive, exact) counts.
* Of those, only the **topmost** one is used. Each MTA prepends its header, so the border MTA's
  own header sits above everything the sender wrote. RFC 8601 §5 says the border MTA must delete
  incoming headers that carry its id, but many setups (plain Postfix with milters, Rspamd) do
  not, so a forged header with our id may sit further down; the topmost one is the one our MTA
  added last. A trusted header that says nothing useful, or is garbage, still ends the search:
  we never fall through to a lower, possibly forged, one. The cost: a setup that splits its
  results over several headers with the same id (OpenDKIM and OpenDMARC each adding one) is
  judged by the topmost alone — OpenDMARC's, usually, which carries the DMARC verdict; if it
  does not authenticate, the sender gets the identity-check mail, the safe side.
* Exchange Online writes its header with **no** authserv-id. Such headers count only when
  ``exchange_online=True``, and then the topmost header that is id-less (or unparseable) is the
  one Exchange Online added; headers with an id still need a trusted id. Microsoft's
  ``compauth`` and ``dmarc=bestguesspass`` are not DMARC passes and do not count.

Why a small tokenizer of our own rather than the PyPI ``authres`` package: ``authres`` raises on
the Exchange form and on many malformed headers, while this code must never raise on input an
attacker chose, and must tolerate nested comments, quoted strings, missing spaces after ``;``,
odd case, unknown methods and properties and a version after the id. The tokenizer is short:
remove comments, split on ``;`` outside quotes, then read ``key=value`` pairs with one regex.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from mailbot.addresses import aligned, normalise_domain

_MAX_HEADER_CHARS = 32_768  # far above any real header; longer ones are treated as garbage


@dataclass(frozen=True)
class AuthVerdict:
    """The outcome for one message; ``reason`` is a short human-readable explanation."""

    authenticated: bool
    dmarc: str | None  # the dmarc result for the From domain, None when there is none
    dkim_domains_pass: tuple[str, ...]  # every domain with dkim=pass, aligned or not
    spf: str | None
    authserv_id: str | None  # of the header used; None when none was used or it had no id
    reason: str


@dataclass(frozen=True)
class Result:
    """One resinfo: ``method=result`` with its ``ptype.property`` values (keys in lower case)."""

    method: str
    result: str
    props: Mapping[str, str] = field(default_factory=dict)
    reason: str | None = None


@dataclass(frozen=True)
class ParsedHeader:
    """One header value: its authserv-id (None for the Exchange Online form) and its results."""

    authserv_id: str | None
    results: tuple[Result, ...]


# Keyword, optionally "ptype.property" and/or "/version", CFWS allowed around "." and "/".
_KEY = r"[A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)?(?:\s*/\s*[0-9]+)?"
_QUOTED = r'"(?:[^"\\]|\\.)*"?'  # a missing closing quote is tolerated
# key=value, where a value is quoted, or follows "=" directly, or follows spaces but does not
# itself look like "key=" (so that "header.b= header.d=x" does not swallow header.d), or is empty.
_PAIR = re.compile(
    rf"(?<!\S)(?P<key>{_KEY})\s*=(?:\s*(?P<q>{_QUOTED})|(?P<v>[^\s\"]+)"
    rf"|\s+(?!{_KEY}\s*=)(?P<v2>[^\s\"]+)|)",
    re.S,
)
_FIRST_TOKEN = re.compile(rf"\s*({_QUOTED}|[^\s\"]+)", re.S)
_RESULT = re.compile(r"[a-z0-9_-]+")


def _strip_comments(text: str) -> str:
    """Replace (possibly nested) comments by a space; quoted strings are kept verbatim."""
    out: list[str] = []
    depth = 0
    in_quote = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if depth:
            if c == "\\":
                i += 2
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    out.append(" ")
        elif in_quote:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_quote = False
        elif c == "(":
            depth = 1
        else:
            if c == '"':
                in_quote = True
            out.append(c)
        i += 1
    return "".join(out)  # an unclosed comment swallows the rest, as a parser would


def _split_semicolons(text: str) -> list[str]:
    """Split on ';' outside quoted strings."""
    parts: list[str] = []
    buf: list[str] = []
    in_quote = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if in_quote and c == "\\" and i + 1 < n:
            buf.append(text[i : i + 2])
            i += 2
            continue
        if c == '"':
            in_quote = not in_quote
        if c == ";" and not in_quote:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
        i += 1
    parts.append("".join(buf))
    return parts


def _unquote(value: str) -> str:
    if not value.startswith('"'):
        return value
    inner = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
    return re.sub(r"\\(.)", r"\1", inner, flags=re.S)


def _pair_value(m: re.Match[str]) -> str:
    if m.group("q") is not None:
        return _unquote(m.group("q"))
    return m.group("v") or m.group("v2") or ""


def _norm_key(key: str) -> str:
    return re.sub(r"\s+", "", key).lower()


def _parse_resinfo(segment: str) -> Result | None:
    """``method[/version]=result [reason=...] [ptype.property=value ...]``, or None."""
    text = segment.strip()
    if not text:
        return None
    pairs = list(_PAIR.finditer(text))
    if not pairs or pairs[0].start() != 0:
        return None  # "none", or words before the method: not a resinfo
    key = _norm_key(pairs[0].group("key"))
    result = _pair_value(pairs[0]).lower()
    if "." in key or not _RESULT.fullmatch(result):
        return None
    props: dict[str, str] = {}
    reason: str | None = None
    for m in pairs[1:]:
        k = _norm_key(m.group("key"))
        if k == "reason":
            reason = reason if reason is not None else _pair_value(m)
        else:
            props.setdefault(k, _pair_value(m))  # the first of duplicates wins
    return Result(key.split("/")[0], result, types.MappingProxyType(props), reason)


def parse_header(value: str) -> ParsedHeader | None:
    """Parse one unfolded header value; None when it has neither an authserv-id nor a result."""
    segments = _split_semicolons(_strip_comments(value))
    first = segments[0]
    if _parse_resinfo(first) is not None:  # Exchange Online: no authserv-id at all
        authserv_id = None
        resinfos = segments
    else:
        m = _FIRST_TOKEN.match(first)
        if m is None:
            return None
        authserv_id = _unquote(m.group(1)).strip()
        if not authserv_id:
            return None
        resinfos = segments[1:]  # a version number or stray words after the id are ignored
    results = tuple(r for r in (_parse_resinfo(s) for s in resinfos) if r is not None)
    return ParsedHeader(authserv_id, results)


def _domain_value(value: str | None) -> str | None:
    """A property value as a normalised domain: ``@example.org`` and ``u@example.org`` too."""
    if not value:
        return None
    return normalise_domain(value.strip().rpartition("@")[2])


def _choose(
    headers: Iterable[object], trusted: set[str], exchange_online: bool
) -> tuple[ParsedHeader | None, str]:
    """The topmost trusted header, or None with the reason why there is none."""
    ignored = 0
    for raw in headers:
        if not isinstance(raw, str) or len(raw) > _MAX_HEADER_CHARS:
            parsed = None
        else:
            parsed = parse_header(raw)
        if parsed is None or parsed.authserv_id is None:
            if exchange_online:
                if parsed is None:
                    return None, "topmost id-less Authentication-Results header is unparseable"
                return parsed, ""
            ignored += 1
            continue
        if parsed.authserv_id.lower() in trusted:
            return parsed, ""
        ignored += 1
    if not trusted and not exchange_online:
        return None, "no trusted authserv-id configured"
    return None, f"no trusted Authentication-Results header ({ignored} ignored)"


def _evaluate(chosen: ParsedHeader, from_domain: str | None) -> AuthVerdict:
    by = f"by {chosen.authserv_id}" if chosen.authserv_id else "by the id-less (Exchange) header"
    fd = normalise_domain(from_domain) if from_domain else None
    dmarc: str | None = None
    dmarc_other: list[str] = []
    spf: str | None = None
    dkim_pass: list[str] = []
    for r in chosen.results:
        if r.method == "dmarc":
            hf = r.props.get("header.from")
            if hf is None or (fd is not None and _domain_value(hf) == fd):
                dmarc = r.result if dmarc is None else dmarc
            elif r.result == "pass":
                dmarc_other.append(_domain_value(hf) or "an invalid domain")
        elif r.method == "dkim" and r.result == "pass":
            d = _domain_value(r.props.get("header.d") or r.props.get("header.i"))
            if d is not None and d not in dkim_pass:
                dkim_pass.append(d)
        elif r.method == "spf" and spf is None:
            spf = r.result

    def out(ok: bool, reason: str) -> AuthVerdict:
        return AuthVerdict(ok, dmarc, tuple(dkim_pass), spf, chosen.authserv_id, reason)

    if fd is None:
        return out(False, "no usable From domain to align with")
    if dmarc == "pass":
        return out(True, f"dmarc=pass for {fd} {by}")
    for d in dkim_pass:
        if aligned(fd, d):
            return out(True, f"dkim=pass for {d}, aligned with {fd}, {by}")
    why = [f"dmarc={dmarc}" if dmarc else f"no dmarc result for {fd}"]
    if dmarc_other:
        why.append(f"dmarc=pass only for {', '.join(dmarc_other)}")
    if dkim_pass:
        why.append(f"dkim=pass only for unaligned {', '.join(dkim_pass)}")
    else:
        why.append("no dkim=pass")
    if spf == "pass":
        why.append("spf=pass alone does not authenticate")
    return out(False, f"not authenticated {by}: {'; '.join(why)}")


def verdict(
    headers: list[str],
    from_domain: str | None,
    trusted_authserv_ids: list[str],
    exchange_online: bool = False,
) -> AuthVerdict:
    """Is the From domain authenticated by our own border MTA's Authentication-Results?

    Never raises: any failure gives ``authenticated=False`` with the reason.
    """
    try:
        trusted = {
            t.strip().lower()
            for t in (trusted_authserv_ids or [])
            if isinstance(t, str) and t.strip()
        }
        chosen, why = _choose(headers or [], trusted, exchange_online)
        if chosen is None:
            return AuthVerdict(False, None, (), None, None, why)
        return _evaluate(chosen, from_domain)
    except Exception as exc:  # garbage must never stop the mailbox
        return AuthVerdict(False, None, (), None, None, f"cannot evaluate ({type(exc).__name__})")
