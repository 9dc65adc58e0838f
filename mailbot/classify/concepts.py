"""Requests as concepts: an intent applied to an object, in a sentence the writer wrote.

The words of each sentence are mapped to concepts (mailbot/data/concepts/*.txt);
a request is an intent (erase, correct, access, object, stop, subscribe,
unsubscribe) that meets an object (the writer's own data, a field of it, the
register, the newsletter, marketing) and a person (the writer, or someone the
writer speaks for). Article numbers and the legal names of rights are strong
evidence. Text in quotation marks is reported speech, not a request; mail that
talks *about* requests (questionnaires, sales pitches, articles) is recognised by
its vocabulary and vetoed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailbot.classify.words import INTENTS, Token, fold, phrase_hits, tokens

_SENTENCE_END = re.compile(r"[.!?;]+(?=\s)|\n\s*\n|\n(?=\s*[-*•]\s)")
_CLAUSE = re.compile(r"[,;:()\[\]–—]|\s-\s")
_QUOTED = re.compile(r"[\"“”«»„][^\"“”«»„\n]{1,160}[\"“”«»„]")
ARTICLES = {
    "15": "access",
    "16": "rectification",
    "17": "erasure",
    "18": "objection",
    "20": "access",
    "21": "objection",
}
RIGHTS = {
    "right_access": "access",
    "right_rectify": "rectification",
    "right_erase": "erasure",
    "right_object": "objection",
}
META_VETO = 2  # distinct words about requests that make phrase-only evidence doubtful
META_VETO_CONCEPTS = 4  # ... and that make even concept evidence doubtful


@dataclass
class Evidence:
    """What was found and where, for `classify --explain` and the confidence."""

    requests: list[tuple[int, str, str]] = field(default_factory=list)  # pos, request, why
    meta: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)  # an intent with no object / person
    strong: bool = False
    on_behalf: bool = False  # the writer speaks for someone else (noted for the reviewer)
    legacy: list[str] = field(default_factory=list)  # what the phrase patterns found
    cancelled: list[tuple[int, int]] = field(default_factory=list)  # read as no request
    text_concepts: set[str] = field(default_factory=set)  # every concept in the text
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans read
    vetoed: list[str] = field(default_factory=list)  # found, but in talk about requests
    context: frozenset[str] = frozenset()  # concepts the thread supplies
    reported: bool = False  # a sentence reports someone else's wish (not on their behalf)
    # A sentence asks us outright ("voisitteko ottaa minut pois uutiskirjeen listalta",
    # "please delete my data"): a politeness or wish marker, the writer, and the object
    # its request is about. The model may doubt such a reading, never discard it.
    directive: bool = False
    recalled: bool = False  # the writer recalls an earlier request of theirs (a person reads it)


def blank_quotes(text: str) -> tuple[str, list[str]]:
    """Reported speech blanked out (same length), and what was blanked."""
    found: list[str] = []

    def repl(m: re.Match[str]) -> str:
        found.append(m.group(0))
        return " " * len(m.group(0))

    return _QUOTED.sub(repl, text), found


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; the first line (the subject) is always a sentence of its own."""
    first = text.find("\n")
    out, start = ([(0, first)], first + 1) if first > 0 else ([], 0)
    for m in _SENTENCE_END.finditer(text, start):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def detect(hay: str, context: frozenset[str] = frozenset()) -> Evidence:
    """Requests in `hay` (case-folded text) as (position, request, reason).

    `context`: concepts the thread supplies (a reply to our newsletter: "stop sending
    these" is about the newsletter), added to every sentence that has an intent.
    """
    ev = Evidence()
    ev.context = context
    text, ev.quoted = blank_quotes(hay)
    folded = fold(text)
    toks = tokens(folded)
    meta_words = {t.text for t in toks if "meta" in t.concepts}
    ev.meta = sorted(meta_words)
    ev.on_behalf = any("other_person" in t.concepts for t in toks)
    ev.text_concepts = {c for t in toks for c in t.concepts}
    ev.sentences = _sentences(folded)
    # One pass over the tokens: the sentences are in order and do not overlap.
    i, n = 0, len(toks)
    for start, end in ev.sentences:
        while i < n and toks[i].start < start:
            i += 1
        j = i
        while j < n and toks[j].start < end:
            j += 1
        if j > i:
            _sentence(folded, toks[i:j], ev)
        i = j
    return ev


def _sentence(folded: str, sent: list[Token], ev: Evidence) -> None:
    first: dict[str, int] = {}  # concept -> index of its first token
    for i, t in enumerate(sent):
        for c in t.concepts:
            if c in ("data", "field") and i and "thing" in sent[i - 1].concepts:
                continue  # "order details", "invoice number" are the thing's data
            if c == "data" and _topic(sent, i):
                continue  # "information about your prices", "tietoa hinnoista"
            first.setdefault(c, i)
    phrases = phrase_hits(sent)
    for i, c, _n in phrases:
        if c not in first or i < first[c]:
            first[c] = i
    cs = set(first)
    if not cs:
        return
    short = len(sent) <= 3
    if ev.context and cs & {"stop", "object", "unsubscribe"} and (cs & {"send", "me"} or short):
        cs |= ev.context  # "stop sending (these) to me", "Avsluta." to the newsletter
    if "my_need" in cs and first["my_need"] < first.get("access", first.get("data", 0)):
        cs.discard("need")  # "I need a copy", not "what information I need to bring"
    already = len(ev.requests)
    # "pyysin aiemmin tietojeni poistoa, mutta nyt…" recalls the writer's old request;
    # "poistetaanko vain uutiskirje?" is staff deliberating: neither asks anything anew.
    recalled = bool(cs & {"recalled", "deliberate"})
    if recalled and cs & INTENTS:
        ev.recalled = True
    if "conditional" in cs or recalled or ("reported" in cs and not ev.on_behalf):
        if "conditional" not in cs and sent[0].start > 0 and cs & INTENTS:
            ev.reported = True  # the body reports a wish: its subject is that report's title
        # "If you want an extract, contact us" instructs; "Lars called and wanted to
        # unsubscribe" reports: neither sentence is its writer's request.
        ev.cancelled.append((sent[0].start, sent[-1].start + len(sent[-1].text)))
        return

    def pos(concept: str) -> int:
        return sent[first[concept]].start

    def negated(concept: str) -> bool:
        # "I do not want to receive marketing" is the request itself, not its negation.
        if concept in ("stop", "object", "unsubscribe"):
            return False
        i = first[concept]
        starts = [j for j in range(max(0, i - 4), i) if "negation" in sent[j].concepts]
        starts += [j for j, c, _n in phrases if c == "negation" and j < i and i - j <= 5]
        # Only within the clause: "(inte projektingenjör), rätta det" is not negated.
        return any(not _CLAUSE.search(folded[sent[j].start : sent[i].start]) for j in starts)

    # The writer, someone the writer speaks for, or "her data" once someone was named.
    mine = bool(cs & {"me", "other_person"}) or ("third" in cs and ev.on_behalf)
    own = bool(cs & {"data", "field"})
    # "the HR file" is personnel data, "the invoice" is a thing.
    about_thing = "thing" in cs and "data" not in cs and "payroll" not in cs
    # "my name is spelled wrong on your invoices", "ni har fel adress på mig, fakturan…":
    # a field of the writer's own, named beside the writer, is the writer's data
    # whatever thing the sentence also mentions.
    own_field = _own_field(sent)
    snippet = folded[sent[0].start : sent[-1].start + len(sent[-1].text)][:120]

    def add(concept: str, request: str, why: str) -> None:
        if concept in first and negated(concept):
            return
        ev.requests.append((pos(concept) if concept in first else sent[0].start, request, why))

    # A one-line mail or subject that names a right ("Rekisteriote, kiitos.") asks for it.
    named = mine or "polite" in cs or len(sent) <= 4
    text_mine = bool(ev.text_concepts & {"me", "other_person"})
    if named:
        for i, t in enumerate(sent):
            if t.text in ARTICLES and any(
                "article" in u.concepts for u in sent[max(0, i - 3) : i + 4]
            ):
                ev.strong = True
                add("article", ARTICLES[t.text], f"article {t.text}: {snippet!r}")
        for right, request in RIGHTS.items():
            if right in cs:
                ev.strong = True
                add(right, request, f"{right}: {snippet!r}")
    asks = cs & {"data", "access", "erase", "correct", "register"}
    employee = "employee" in cs or ("employee" in ev.text_concepts and "payroll" in cs)
    if asks and mine and (employee or ("payroll" in cs and own)):
        add(
            "employee" if "employee" in cs else "payroll",
            "personnel",
            f"personnel: {snippet!r}",
        )
    newsletter = "newsletter" in cs
    if "erase" in cs and mine and not about_thing:
        if "data" in cs or ("register" in cs and cs & {"me_obj", "field"}):
            leave = first.get("newsletter", first.get("list"))
            if leave is not None and "me_obj" in cs and leave < first.get("data", -1):
                # "poistakaa minut postituslistalta ja sen jälkeen kaikki tietoni": the
                # list first, then the data — two requests in the order written.
                ev.requests.append(
                    (sent[leave].start, "unsubscribe", f"erase me + list: {snippet!r}")
                )
                ev.requests.append(
                    (sent[first["data"]].start, "erasure", f"then own data: {snippet!r}")
                )
            else:
                add("erase", "erasure", f"erase + own data: {snippet!r}")
        elif newsletter or cs >= {"list", "me_obj"}:
            # "remove me from the list" is leaving the newsletter, not erasing the data.
            add("erase", "unsubscribe", f"erase + newsletter/list: {snippet!r}")
    # Corrections often name the person in another sentence ("my number changed. Please
    # correct it in your customer data."): the writer anywhere in the text suffices.
    if "fine" in cs:
        cs.discard("correct")  # "everything looks correct, no changes needed"
    # "Please update your records and price lists" from a supplier names no one's data:
    # the register alone counts only with a field of the writer's named beside it.
    # "We have moved: update your records with our new address" is a company's own.
    register_field = "register" in cs and "field" in cs and "us" not in ev.text_concepts
    if "correct" in cs and (cs & {"field", "data"}) and (text_mine or register_field):
        if not about_thing:
            add("correct", "rectification", f"correct + own data: {snippet!r}")
    elif "correct" in cs and own_field and "fine" not in cs:
        add("correct", "rectification", f"correct + the writer's own field: {snippet!r}")
    elif (
        own_field
        and _new_field(sent, folded)
        and not cs & {"erase", "subscribe", "unsubscribe"}
        and not about_thing
    ):
        add("new", "rectification", f"the writer's new field: {snippet!r}")
    elif (
        "wrong" in cs
        and "field" in cs
        and (not about_thing or own_field)
        and (mine or ("correct" in ev.text_concepts and "us" not in cs))
    ):
        add("wrong", "rectification", f"wrong + own field: {snippet!r}")
    # "…all data you hold about me" describes the object of another request.
    other_intent = bool(cs & {"erase", "correct", "wrong", "object", "stop"}) or any(
        r != "access" for _p, r, _w in ev.requests[already:]
    )
    asks_held = "access" in cs or ("hold" in cs and not other_intent)
    if "send" in cs and "polite" in cs and "data" in cs and not other_intent:
        asks_held = True  # "voisitteko lähettää hoitotietoni minulle", "kan ni skicka…"
    if "need" in cs and "hold" not in cs:
        asks_held = False  # "what information do you need from me" asks what to give
    if ("need" in cs and "hold" not in cs) or "fine" in cs or about_thing:
        # The sentence was read and is not a request: phrase patterns do not overrule it.
        ev.cancelled.append((sent[0].start, sent[-1].start + len(sent[-1].text)))
    if asks_held and mine and (own or cs >= {"register", "me_obj"}) and not about_thing:
        add("access" if "access" in cs else "hold", "access", f"access + own data: {snippet!r}")
    if "object" in cs and (mine or cs & {"marketing", "processing"}) and not newsletter:
        add("object", "objection", f"objection: {snippet!r}")
    elif "stop" in cs and mine and cs & {"marketing", "contact"} and not newsletter:
        add("stop", "objection", f"stop + marketing/contact: {snippet!r}")
    if "unsubscribe" in cs and (mine or "polite" in cs or len(sent) <= 4):
        add("unsubscribe", "unsubscribe", f"unsubscribe: {snippet!r}")
    elif "stop" in cs and newsletter and "meta" not in cs:
        # "customers must be able to cancel the subscription" is about the newsletter.
        add("stop", "unsubscribe", f"stop + newsletter: {snippet!r}")
    elif (
        _stop_sending(sent, phrases)
        and not about_thing  # "stop sending me paper invoices" is about the invoices
        and (cs & {"me", "me_obj", "polite"} or len(sent) <= 4)
        and not cs & {"marketing", "contact", "meta", "erase"}
    ):
        # "Stop sending me these emails": the mail we send the writer is our mailing.
        # (Advertising or calls are objected to: "sluta skicka reklam och ring mig inte".)
        add("stop", "unsubscribe", f"stop + sending to the writer: {snippet!r}")
    elif (
        "subscribe" in cs
        and (newsletter or ("newsletter" in ev.text_concepts and mine))
        and not cs & {"stop", "erase"}
    ):
        add("subscribe", "subscribe", f"subscribe + newsletter: {snippet!r}")
    if "polite" in cs and (mine or "me_obj" in cs):
        for _p, r, _w in ev.requests[already:]:
            if cs & _OBJECT_OF.get(r, frozenset()):
                ev.directive = True
    found = {r for _p, r, _w in ev.requests}
    for intent in ("erase", "correct", "access", "object", "unsubscribe", "subscribe"):
        if intent in cs and not found:
            ev.partial.append(f"{intent} without object/person: {snippet!r}")


# The object a request is about, for a directive (Evidence.directive).
_OBJECT_OF = {
    "unsubscribe": frozenset({"newsletter"}),
    "subscribe": frozenset({"newsletter"}),
    "objection": frozenset({"marketing", "contact", "processing"}),
    "erasure": frozenset({"data", "field"}),
    "rectification": frozenset({"data", "field"}),
    "access": frozenset({"data", "field"}),
    "personnel": frozenset({"payroll", "employee"}),
}


_ABOUT = frozenset({"about", "on", "regarding", "concerning", "om", "kring", "angaende"})
_NOT_TOPIC = frozenset({"me", "me_obj", "register", "data", "field", "other_person", "third"})


def _topic(sent: list[Token], i: int) -> bool:
    """The data word is information about a topic, not anyone's personal data:
    "information about your prices", "details on the course", "information om era
    priser", "tietoa hinnoista" (not "information about me", "tiedot rekisteristä")."""
    if i + 1 >= len(sent) or "me" in sent[i].concepts:
        return False
    nxt = sent[i + 1]
    if nxt.text in _ABOUT:
        after = sent[i + 2 : i + 4]
        return not any(u.concepts & _NOT_TOPIC for u in after)
    return (
        nxt.text.endswith("sta")
        and nxt.text not in ("kaikista", "kaikesta", "teista")
        and not nxt.concepts & _NOT_TOPIC
    )


def _own_field(sent: list[Token]) -> bool:
    """A field (name, address…) named beside the writer: "my name", "adress på mig",
    "nimeni" (one word is both), with no thing in between ("my order's address")."""
    for i, t in enumerate(sent):
        if "field" not in t.concepts or (i and "thing" in sent[i - 1].concepts):
            continue
        if "me" in t.concepts:
            return True
        for j in (i - 2, i - 1, i + 1, i + 2):
            if not 0 <= j < len(sent) or not sent[j].concepts & {"me", "me_obj"}:
                continue
            between = sent[min(i, j) + 1 : max(i, j)]
            if not any("thing" in u.concepts for u in between):
                return True
    return False


def _stop_sending(sent: list[Token], phrases: list[tuple[int, str, int]]) -> bool:
    """ "stop sending", "sluta skicka", "inga fler mejl", "no more emails": the stop names
    the sending a word or two on ("…no longer uses e-mail" stops nothing of ours)."""
    spans = [(i, i) for i, t in enumerate(sent) if "stop" in t.concepts]
    spans += [(i, i + n - 1) for i, c, n in phrases if c == "stop"]
    sends = [i for i, t in enumerate(sent) if "send" in t.concepts]
    # Either order: "älkää lähettäkö minulle enää" stops after the sending.
    return any(b < s <= b + 2 or a - 2 <= s < a for a, b in spans for s in sends)


def _new_field(sent: list[Token], folded: str) -> bool:
    """ "my new address is …", "uusi osoitteeni on …", "min nya adress: …": a field named
    anew and given its value ("my new phone is great" names no value)."""
    for i, t in enumerate(sent):
        if "field" not in t.concepts:
            continue
        before = any("new" in u.concepts for u in sent[max(0, i - 2) : i])
        # "my address is now …", "osoitteeni on nyt …", "min adress är numera …"
        now = i + 2 < len(sent) and sent[i + 1].text in _COPULA and "new" in sent[i + 2].concepts
        if not (before or now):
            continue
        end = t.start + len(t.text)
        given = ":" in folded[end : end + 3] or (i + 1 < len(sent) and sent[i + 1].text in _COPULA)
        # The value: digits or an address, or words for a name or a title.
        value = _VALUE.search(folded[end : end + 60]) or "word_field" in t.concepts
        if given and value:
            return True
    return False


_VALUE = re.compile(r"\d|@")


_COPULA = frozenset({"is", "will", "ar", "blir", "on", "ovat", "tulee"})


def text_has(text: str, concept: str) -> bool:
    """Does the text name the concept anywhere (a word or a phrase of its list)?"""
    toks = tokens(fold(text.casefold()))
    return any(concept in t.concepts for t in toks) or any(
        c == concept for _i, c, _n in phrase_hits(toks)
    )
