"""Data-subject requests and replies to mailbot's confirmation mails."""

from __future__ import annotations

import re
from functools import cache

from mailbot.classify.automatic import clean_subject, is_reply_subject
from mailbot.classify.concepts import (
    META_VETO,
    META_VETO_CONCEPTS,
    Evidence,
    blank_quotes,
    detect,
)
from mailbot.classify.words import fold, tokens

__all__ = ["META_VETO", "META_VETO_CONCEPTS", "Evidence"]
from mailbot.lexicon import lexicon
from mailbot.parsing import Message
from mailbot.prefilter import Filtered

TOKEN_RE = re.compile(r"\[mailbot:([A-Za-z0-9_-]{16,64})\]")
# What a person's mail client or hand leaves of a subject's token: cut short ("3f9c…",
# "3f9c2a7be41d"), spaced. Such a reply is a confirmation, but its token cannot be one
# mailbot issued (TOKEN_RE's length): it is never looked up, only the thread may name
# the confirmation, and with neither the handler flags it for a person.
LOOSE_TOKEN_RE = re.compile(r"\[\s*mailbot\s*:\s*([A-Za-z0-9_-]{0,64})\s*(?:…|\.{2,3})?\s*\]", re.I)
CONFIRM_MSGID_PREFIX = "<mailbot-confirm."
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text.casefold()).strip()


def find_requests(subject: str, text: str) -> list[str]:
    """Request names in the order the person wrote them."""
    return explain_requests(subject, text)[0]


def explain_requests(subject: str, text: str) -> tuple[list[str], Evidence]:
    """Requests from concepts (mailbot/data/concepts) and from the older phrase patterns.

    Both read the same case-folded text, so their positions merge into one order.
    Phrase patterns (mailbot/data/keywords) are the tuned legacy layer; concepts are
    what understands new phrasings. Mail whose vocabulary is about requests (a
    questionnaire, a pitch, an article) keeps only strong concept evidence.
    """
    context: frozenset[str] = frozenset()
    if text.strip() and is_reply_subject(subject):
        # A reply's subject ("Re: Poistakaa tietoni") belongs to the quoted thread; but a
        # reply to a newsletter makes "stop sending these" about the newsletter.
        if "newsletter" in {c for t in tokens(fold(normalise(subject))) for c in t.concepts}:
            context = frozenset({"newsletter"})
        subject = ""
    hay = clean_subject(subject) + "\n" + normalise(text)
    ev = detect(hay, context)
    if ev.reported:
        # "Uutiskirjeen peruminen – Harri Leinonen" over "Harri pyysi poistamaan hänet
        # listalta": the subject names the colleague's report, not the writer's wish.
        title = hay.find("\n")
        ev.requests = [r for r in ev.requests if r[0] > title]
        ev.cancelled.append((0, title))
    spans_found = _phrase_spans(hay)
    ends = {start: start + len(why) for start, _n, why in spans_found}  # why: the match
    legacy = [x for x in spans_found if not any(a <= x[0] < b for a, b in ev.cancelled)]
    if len(ev.meta) >= META_VETO:
        ev.vetoed = [name for _p, name, _w in legacy]
        legacy = []
    concept = ev.requests
    if len(ev.meta) >= META_VETO_CONCEPTS:
        ev.vetoed += [name for _p, name, _w in concept]
        concept = []
    ev.legacy = [name for _p, name, _w in legacy]
    # Erasure subsumes: in a sentence the concepts read as erasure, a phrase pattern's
    # access ("…all data you hold about me") or unsubscribe ("remove me from …") is the
    # object of the erasure, not a second request.
    # So does any other request the concepts read: "I request the rectification of
    # personal data concerning me" asks for a correction, not also for a copy.
    erasing = [
        (a, b)
        for p, r, _w in concept
        if r in ("erasure", "rectification", "objection")
        for a, b in ev.sentences
        if a <= p < b
    ]
    if erasing:
        erasing.append((0, hay.find("\n")))  # the subject is the erasure's title
    legacy = [
        x
        for x in legacy
        # A pattern that runs on into the erasure's sentence ("…e-mail. Please erase his
        # data") is read there too.
        if x[1] not in ("access", "unsubscribe")
        or not any(x[0] < b and ends[x[0]] > a for a, b in erasing)
    ]
    # Where the concepts read "remove me from the mailing list" as leaving the list, a
    # phrase pattern's erasure of the same sentence is that same wish.
    leaving = [
        (a, b) for p, r, _w in concept if r == "unsubscribe" for a, b in ev.sentences if a <= p < b
    ]
    erased = {p for p, r, _w in concept if r == "erasure"}
    legacy = [
        x
        for x in legacy
        if x[1] not in ("erasure", "objection")
        or (x[1] == "erasure" and erased)
        or not any(a <= x[0] < b for a, b in leaving)
    ]
    # Where both read the same request in one sentence, the concepts' position counts
    # ("poistakaa minut listalta ja sen jälkeen tietoni": the erasure is of the data).
    same = {(a, n) for p, n, _w in concept for a, b in ev.sentences if a <= p < b}
    legacy = [
        x for x in legacy if not any(a <= x[0] < b and (a, x[1]) in same for a, b in ev.sentences)
    ]
    spans = sorted([(p, n) for p, n, _w in legacy] + [(p, n) for p, n, _w in concept])
    order: list[str] = []
    for _p, name in spans:
        if name not in order:
            order.append(name)
    if "personnel" in order:
        # A personnel-register matter goes to the CEO whole; its parts are not ours.
        return ["personnel"], ev
    if "subscribe" in order and "unsubscribe" in order:
        order.remove("subscribe")
    return order, ev


def _phrase_spans(hay: str) -> list[tuple[int, str, str]]:
    """Matches are taken left to right and overlapping matches are dropped, so
    "cancel my newsletter subscription" is one unsubscribe, not also a subscribe.
    """
    lex = lexicon()
    hay, _ = blank_quotes(hay)
    spans: list[tuple[int, int, str]] = []
    # Each literal a pattern needs is looked for once, not once per pattern that needs it.
    literals, _n = _literal_index()
    present = {lit for lit in literals if lit in hay}
    for name, patterns in lex.requests.items():
        for pattern in patterns:
            needs = pattern.literals
            if needs is not None and present.isdisjoint(needs):
                continue
            for m in pattern.pattern.finditer(hay):
                if not _negated(hay, m.start(), lex.negation):
                    spans.append((m.start(), -(m.end() - m.start()), name))
    spans.sort()
    taken: list[tuple[int, int, str]] = []
    end = -1
    for start, neg_len, name in spans:
        if start < end:
            continue
        taken.append((start, start - neg_len, name))
        end = start - neg_len
    # The third item is the matched text (its length is the match's).
    return [(start, name, hay[start:end]) for start, end, name in taken]


@cache
def _literal_index() -> tuple[tuple[str, ...], int]:
    """Every distinct literal the request patterns need (mailbot/prefilter.py)."""
    lex = lexicon()
    found = {lit for ps in lex.requests.values() for p in ps for lit in (p.literals or ())}
    return tuple(sorted(found)), len(found)


def _negated(hay: str, start: int, negations: list[Filtered]) -> bool:
    """ "no need to erase the data" names erasure only to refuse it."""
    line_start = hay.rfind("\n", 0, start) + 1
    window = hay[max(line_start, start - 40) : start]
    return any(n.search(window) for n in negations)


def request_language(subject: str, text: str) -> str | None:
    """The language of the first request phrase, for mails too short to tell otherwise."""
    lex = lexicon()
    hay = clean_subject(subject) + "\n" + normalise(text)
    best: tuple[int, str] | None = None
    for patterns in lex.requests.values():
        for pattern in patterns:
            m = pattern.search(hay)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), lex.request_language.get(id(pattern), ""))
    return best[1] if best and best[1] else None


def confirmation_token(msg: Message) -> str | None:
    """The token if this replies to a confirmation mail; '' if only the thread says so."""
    m = TOKEN_RE.search(msg.subject)
    if m:
        return m.group(1)
    if any(ref.startswith(CONFIRM_MSGID_PREFIX) for ref in msg.in_reply_to + msg.references):
        for ref in msg.in_reply_to + msg.references:
            if ref.startswith(CONFIRM_MSGID_PREFIX):
                return ref[len(CONFIRM_MSGID_PREFIX) :].split("@", 1)[0]
    m = TOKEN_RE.search(msg.new_text)
    if m:
        return m.group(1)
    if LOOSE_TOKEN_RE.search(msg.subject):
        return ""  # a confirmation by its subject; which one, only the thread could say
    return None


def short_token(msg: Message) -> str | None:
    """The subject's token when it is too short to be mailbot's (for the evidence)."""
    if TOKEN_RE.search(msg.subject):
        return None
    m = LOOSE_TOKEN_RE.search(msg.subject)
    return m.group(1) if m else None


def decision(msg: Message) -> str | None:
    """accept / decline from the first words the person wrote; None when unclear."""
    lex = lexicon()
    candidates = [line for line in msg.new_text.split("\n") if line.strip()][:2]
    for line in candidates:
        first = normalise(re.sub(r"^[\W_]+", "", line))
        if any(p.search(first) for p in lex.decline):
            return "decline"
        if any(p.search(first) for p in lex.accept):
            return "accept"
    return None
