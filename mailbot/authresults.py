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
  added last. Whatever that header holds — nothing useful, garbage, or far too much text (an
  attacker can inflate it through the HELO name or envelope sender it quotes) — it ends the
  search: we never fall through to a lower, possibly forged, one, and a header we cannot parse
  means "not authenticated". Its authserv-id is read from its first few kilobytes, so even an
  oversized header is recognised as ours. The cost: a setup that splits its results over
  several headers with the same id (OpenDKIM and OpenDMARC each adding one) is judged by the
  topmost alone — OpenDMARC's, usually, which carries the DMARC verdict; if it does not
  authenticate, the sender gets the identity-check mail, the safe side.
* Exchange Online writes its header with **no** authserv-id. Such headers count only when
  ``exchange_online=True``, and then the topmost header that is id-less (or unparseable) is the
  one Exchange Online added; headers with an id still need a trusted id. Microsoft's
  ``compauth`` and ``dmarc=bestguesspass`` are not DMARC passes and do not count.

What in that header counts:

* The header is read by the RFC 8601 grammar — ``authserv-id [version] ( ; none | 1*( ;
  method[/version]=result [reason=value] *( ptype.property=value ) ) )`` with comments and
  quoted strings — never by searching it for ``dmarc=pass``. Text our MTA copies from the
  sender (an unquoted HELO name in ``smtp.helo=``) can then only become a property value, or,
  if it smuggles in a ``;``, a result of its own that is caught by the next rule. Anything that
  does not fit the grammar makes the whole header unparseable, hence not authenticated.
  Tolerated because real receivers write them: values with ``/``, ``+`` and ``=`` (base64 in
  ``header.b``), an empty value, a dotless property (Microsoft's ``action=none``, Fastmail's
  ``score=-100``) unless it is named like a method (``dmarc=``, ``dkim=``, ``spf=``), a quoted
  result, and results in any order.
* Several results for one method with **different** verdicts (``dmarc=pass`` and
  ``dmarc=fail``) mean the header was tampered with: not authenticated. The same property
  given twice with different values in one result is unparseable.
* A ``dmarc=pass`` counts only with a ``header.from`` equal to the From domain; without one it
  proves nothing about this From. An aligned ``dkim=pass`` counts only when there is no
  ``dmarc=fail`` for the From domain (DMARC fails only when no aligned signature passed, so
  the two together mean one of them was not written by our MTA); with ``dmarc=none`` (the
  domain publishes no policy) it does.

Why a small parser of our own rather than the PyPI ``authres`` package: ``authres`` raises on
the Exchange form and on the real-world deviations above, while this code must never raise on
input an attacker chose and must decide, not guess, what it cannot read.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from mailbot.addresses import aligned, normalise_domain

# Far above any real header (a busy Gmail one is about 1 KB). A longer header is still
# recognised by its authserv-id, read from its first _ID_WINDOW characters, but not parsed.
_MAX_HEADER_CHARS = 32_768
_ID_WINDOW = 4_096
# Dotless "properties" that are really results someone slipped into a resinfo.
_METHOD_NAMES = frozenset({"dmarc", "dkim", "spf", "arc", "iprev", "auth", "dkim-atps"})


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
    """One header value: its authserv-id (None for the Exchange Online form) and its results.

    ``error`` says why the header could not be read by the grammar; such a header still has
    its authserv-id (so it can end the search) but its results are empty and never count.
    """

    authserv_id: str | None
    results: tuple[Result, ...]
    error: str | None = None


class _Malformed(Exception):
    """The header does not follow the grammar; the message says where."""


_WSP = re.compile(r"[ \t\r\n]+")
# RFC 2045 token: no SPACE, CTLs or tspecials (an authserv-id, a result, a method name).
_TOKEN = re.compile(r'[^\x00-\x20\x7f()<>@,;:\\"/\[\]?=]+')
# RFC 5321 Keyword (Ldh-str); "_" is tolerated, real receivers write it in x- methods.
_KEYWORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?")
_DIGITS = re.compile(r"[0-9]+")
# An unquoted property value: anything up to white space, ";", a comment or a quote.
_PVALUE = re.compile(r'[^\x00-\x20\x7f;()"]+')
_NEXT_KEY = re.compile(r"[A-Za-z0-9_-]+[ \t]*\.[ \t]*[A-Za-z0-9_-]+[ \t]*=")


class _Reader:
    """A cursor over one unfolded header value; comments are skipped as CFWS."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.n = len(text)

    def at_end(self) -> bool:
        return self.pos >= self.n

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < self.n else ""

    def cfws(self) -> None:
        """Skip white space and (nested, escaped) comments; an unclosed comment is malformed."""
        text, n = self.text, self.n
        while self.pos < n:
            m = _WSP.match(text, self.pos)
            if m:
                self.pos = m.end()
                continue
            if text[self.pos] != "(":
                return
            depth = 0
            i = self.pos
            while i < n:
                c = text[i]
                if c == "\\":
                    i += 2
                    continue
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            if i >= n:
                raise _Malformed("unclosed comment")
            self.pos = i + 1

    def match(self, pattern: re.Pattern[str]) -> str | None:
        m = pattern.match(self.text, self.pos)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(0)

    def char(self, c: str) -> bool:
        if self.peek() == c:
            self.pos += 1
            return True
        return False

    def quoted(self) -> str:
        """A quoted-string at the cursor, unescaped."""
        assert self.peek() == '"'
        out: list[str] = []
        i = self.pos + 1
        text, n = self.text, self.n
        while i < n:
            c = text[i]
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                self.pos = i + 1
                return "".join(out)
            out.append(c)
            i += 1
        raise _Malformed("unclosed quoted string")

    def value(self, pattern: re.Pattern[str]) -> str | None:
        """A quoted-string or an unquoted run matching ``pattern``."""
        if self.peek() == '"':
            return self.quoted()
        return self.match(pattern)


def _method(r: _Reader) -> str | None:
    """``Keyword [CFWS] ["/" [CFWS] 1*DIGIT [CFWS]]`` followed by "=", or None (cursor kept)."""
    start = r.pos
    name = r.match(_KEYWORD)
    if name is None:
        return None
    try:
        r.cfws()
        if r.char("/"):
            r.cfws()
            if r.match(_DIGITS) is None:
                raise _Malformed(f"no version after {name}/")
            r.cfws()
    except _Malformed:
        r.pos = start
        raise
    if r.peek() != "=":
        r.pos = start
        return None
    return name.lower()


def _resinfo(r: _Reader) -> Result | None:
    """After a ";": ``none``, or ``methodspec [reasonspec] *propspec``; the cursor ends at ";"."""
    r.cfws()
    if r.at_end():
        return None  # a trailing ";"
    method = _method(r)
    if method is None:
        word = r.match(_KEYWORD)
        r.cfws()
        if word is not None and word.lower() == "none" and r.peek() in ("", ";"):
            return None
        raise _Malformed(f"not a result at offset {r.pos}")
    r.char("=")
    r.cfws()
    result = r.value(_TOKEN)
    if result is None or not _KEYWORD.fullmatch(result):
        raise _Malformed(f"no result for {method}")
    props: dict[str, str] = {}
    reason: str | None = None
    while True:
        r.cfws()
        if r.at_end() or r.peek() == ";":
            break
        ptype = r.match(_KEYWORD)
        if ptype is None:
            raise _Malformed(f"unexpected text in the {method} result at offset {r.pos}")
        r.cfws()
        key = ptype.lower()
        if r.char("."):
            r.cfws()
            prop = r.match(_KEYWORD)
            if prop is None:
                raise _Malformed(f"no property after {ptype}.")
            key = f"{key}.{prop.lower()}"
            r.cfws()
        elif key in _METHOD_NAMES:
            raise _Malformed(f"{key}= inside the {method} result")
        if not r.char("="):
            raise _Malformed(f"{key} without a value in the {method} result")
        before = r.pos
        r.cfws()
        # "header.b= header.d=x": header.b is empty, its value is not "header.d=x".
        empty = r.pos > before and _NEXT_KEY.match(r.text, r.pos) is not None
        val = "" if empty else (r.value(_PVALUE) or "")
        if key == "reason":
            if reason is not None:
                raise _Malformed(f"two reasons in the {method} result")
            reason = val
        elif props.setdefault(key, val) != val:
            raise _Malformed(f"two different {key} in the {method} result")
    return Result(method, result.lower(), types.MappingProxyType(props), reason)


def _authserv_id(r: _Reader) -> str | None:
    """The authserv-id and optional version, or None when there is no readable id."""
    r.cfws()
    ident = r.value(_TOKEN)
    if not ident or not ident.strip():
        return None
    return ident.strip()


def parse_header(value: str) -> ParsedHeader | None:
    """Parse one unfolded header value by the RFC 8601 grammar.

    None when no authserv-id can be read and it is not the id-less (Exchange Online) form
    either; a header with an id that breaks the grammar has ``error`` set and no results.
    """
    too_long = len(value) > _MAX_HEADER_CHARS
    r = _Reader(value[:_ID_WINDOW] if too_long else value)
    try:
        r.cfws()
        idless = _method(r) is not None
        r.pos = 0
    except _Malformed:
        return None
    results: list[Result] = []
    if idless:
        authserv_id = None
        if too_long:
            return ParsedHeader(None, (), "header too long")
        first = True
    else:
        try:
            authserv_id = _authserv_id(r)
        except _Malformed:
            return None
        if authserv_id is None:
            return None
        if too_long:
            return ParsedHeader(authserv_id, (), "header too long")
        first = False
    try:
        if not first:
            r.cfws()
            if r.match(_DIGITS) is not None:  # authres-version
                r.cfws()
            if not r.at_end() and r.peek() != ";":
                raise _Malformed(f"unexpected text after the authserv-id at offset {r.pos}")
        while not r.at_end():
            if not first and not r.char(";"):
                raise _Malformed(f"expected ';' at offset {r.pos}")
            first = False
            res = _resinfo(r)
            if res is not None:
                results.append(res)
    except _Malformed as exc:
        return ParsedHeader(authserv_id, (), str(exc))
    return ParsedHeader(authserv_id, tuple(results))


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
        parsed = parse_header(raw) if isinstance(raw, str) else None
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


def _conflicts(results: Iterable[Result]) -> list[str]:
    """Methods given more than once with different verdicts: someone wrote into the header."""
    seen: dict[str, set[str]] = {}
    for r in results:
        seen.setdefault(r.method, set()).add(r.result)
    return sorted(m for m, verdicts in seen.items() if len(verdicts) > 1)


def _evaluate(chosen: ParsedHeader, from_domain: str | None) -> AuthVerdict:
    by = f"by {chosen.authserv_id}" if chosen.authserv_id else "by the id-less (Exchange) header"
    if chosen.error is not None:
        return AuthVerdict(
            False, None, (), None, chosen.authserv_id, f"unparseable header {by}: {chosen.error}"
        )
    fd = normalise_domain(from_domain) if from_domain else None
    dmarc: str | None = None
    dmarc_other: list[str] = []
    dmarc_unnamed = False
    spf: str | None = None
    dkim_pass: list[str] = []
    for r in chosen.results:
        if r.method == "dmarc":
            hf = r.props.get("header.from")
            if hf is None:
                dmarc_unnamed = dmarc_unnamed or r.result == "pass"
            elif fd is not None and _domain_value(hf) == fd:
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

    conflicts = _conflicts(chosen.results)
    if conflicts:
        return out(False, f"not authenticated {by}: conflicting results for {', '.join(conflicts)}")
    if fd is None:
        return out(False, "no usable From domain to align with")
    if dmarc == "pass":
        return out(True, f"dmarc=pass for {fd} {by}")
    aligned_pass = [d for d in dkim_pass if aligned(fd, d)]
    # DMARC fails only when no aligned signature passed: an aligned dkim=pass next to a
    # dmarc=fail is text that our MTA did not write, so it does not count.
    if aligned_pass and dmarc != "fail":
        return out(True, f"dkim=pass for {aligned_pass[0]}, aligned with {fd}, {by}")
    why = [f"dmarc={dmarc}" if dmarc else f"no dmarc result for {fd}"]
    if aligned_pass:
        why.append(f"dkim=pass for {aligned_pass[0]} does not outweigh dmarc=fail")
    if dmarc_unnamed:
        why.append("dmarc=pass without header.from does not count")
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
