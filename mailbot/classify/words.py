"""Words as language: one normalisation for every text, and concept lists matched on it.

A mail is read once into folded tokens (Unicode NFC, case folding, diacritics
dropped so `poista` matches `pöistä` and `a` typed for `ä`), then each token is
mapped to the concepts of mailbot/data/concepts/*.txt:

- `word`  the word itself (and, for 6+ letters, the word with one typo);
- `stem*` the stem with any ending (Finnish and Swedish inflect), with one typo
  allowed in stems of 5+ letters; stems of 5+ letters are also found inside
  compound words (`asiakasrekisteristänne` contains `rekister`);
- `!word`, `!stem*` tokens that must NOT count for the concept (`tietosuoja*`
  is not `data`);
- `two words` a phrase: consecutive tokens, each a term as above.

Folding keeps the length of the text, so a concept's position is a position in
the text the legacy phrase patterns searched. The token→concepts map is cached:
mail repeats its words, and the cache is what keeps throughput.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
INTENTS = frozenset({"erase", "correct", "access", "object", "stop", "unsubscribe", "subscribe"})
# Objects that a Finnish possessive suffix (-ni) makes the writer's own.
_OWNABLE = frozenset({"data", "field", "register", "payroll", "employee"})
FUZZY_INTENTS = frozenset({"erase", "correct", "unsubscribe", "subscribe"})
# Concepts whose key words are long and distinctive enough to forgive one typo.
FUZZY = frozenset(
    {
        "erase",
        "correct",
        "wrong",
        "access",
        "unsubscribe",
        "subscribe",
        "data",
        "field",
        "register",
        "newsletter",
        "marketing",
        "right_access",
        "right_rectify",
        "right_erase",
        "right_object",
    }
)


@cache
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base if len(base) == 1 else c


class _FoldTable(dict[int, str]):
    """str.translate table that folds any character on first sight (length-preserving)."""

    def __missing__(self, key: int) -> str:
        c = chr(key)
        out = _fold_char(c) if ord(c) > 127 else c
        out = {"ø": "o", "æ": "a", "đ": "d", "ł": "l", "ı": "i"}.get(out, out)
        self[key] = out
        return out


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """NFC + casefold + diacritics dropped, one character for one character.

    Case folding can lengthen text (ß → ss); callers that need positions fold text
    that was already case-folded.
    """
    return unicodedata.normalize("NFC", text).casefold().translate(_TABLE)


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool


@dataclass
class ConceptLexicon:
    """Every language's concept lists merged: concept name → terms."""

    exact: dict[str, set[str]] = field(default_factory=dict)  # word -> concepts
    stems: dict[str, set[str]] = field(default_factory=dict)  # stem -> concepts
    excluded: dict[str, list[Term]] = field(default_factory=dict)  # concept -> !terms
    phrases: list[tuple[tuple[Term, ...], str]] = field(default_factory=list)
    fuzzy_exact: list[str] = field(default_factory=list)
    fuzzy_stems: dict[int, list[str]] = field(default_factory=dict)  # stem length -> stems
    phrase_first: dict[str, list[int]] = field(default_factory=dict)  # first term -> phrases
    languages: dict[str, set[str]] = field(default_factory=dict)  # concept -> languages


def _term(raw: str) -> Term:
    raw = fold(raw.strip())
    return Term(raw.rstrip("*"), raw.endswith("*"))


def parse_concepts(text: str, lex: ConceptLexicon, language: str = "") -> None:
    """`concept: term, term, …` lines into `lex`; # starts a comment."""
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, rest = line.partition(":")
        if not sep or not name.strip():
            raise ValueError(f"concept line {number}: expected 'concept: term, term'")
        name = name.strip()
        lex.languages.setdefault(name, set()).add(language)
        for raw in rest.split(","):
            raw = raw.strip().strip('"').strip()
            if not raw:
                continue
            if raw.startswith("!"):
                lex.excluded.setdefault(name, []).append(_term(raw[1:]))
                continue
            parts = raw.split()
            if len(parts) > 1:
                lex.phrases.append((tuple(_term(p) for p in parts), name))
                continue
            t = _term(raw)
            if t.prefix:
                lex.stems.setdefault(t.text, set()).add(name)
            else:
                lex.exact.setdefault(t.text, set()).add(name)
    lex.fuzzy_exact = sorted(
        w for w in lex.exact if len(w) >= 7 and w.isalpha() and lex.exact[w] & FUZZY
    )
    lex.fuzzy_stems = {}
    for stem in lex.stems:
        # Intents forgive a typo from 5 letters (errase), objects from 6.
        short_ok = bool(lex.stems[stem] & FUZZY_INTENTS)
        if len(stem) >= (5 if short_ok else 6) and stem.isalpha() and lex.stems[stem] & FUZZY:
            lex.fuzzy_stems.setdefault(len(stem), []).append(stem)
    lex.phrase_first = {}
    for i, (terms, _name) in enumerate(lex.phrases):
        key = terms[0].text + ("*" if terms[0].prefix else "")
        lex.phrase_first.setdefault(key, []).append(i)


@cache
def concepts() -> ConceptLexicon:
    root = resources.files("mailbot") / "data" / "concepts"
    lex = ConceptLexicon()
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            parse_concepts(entry.read_text(encoding="utf-8"), lex, entry.name[:-4])
    return lex


def _term_matches(term: Term, token: str) -> bool:
    if term.prefix:
        return token.startswith(term.text)
    return token == term.text


def _raw_concepts(token: str, lex: ConceptLexicon) -> set[str]:
    found: set[str] = set(lex.exact.get(token, ()))
    n = len(token)
    for i in range(1, n + 1):
        hit = lex.stems.get(token[:i])
        if hit:
            found |= hit
    if n >= 8:
        # Compounds: a known stem of 6+ letters inside the word (Finnish heads come last);
        # shorter ones hide in unrelated words (soitt* in osoitteeni).
        for start in range(2, n - 5):
            for end in range(start + 6, n + 1):
                hit = lex.stems.get(token[start:end])
                if hit:
                    found |= hit
    if not found and n >= 5 and token.isalpha():
        for word, _score, _i in process.extract(
            token, lex.fuzzy_exact, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            found |= lex.exact[word]
        for k, stems in lex.fuzzy_stems.items():
            # The token begins with the stem with one letter wrong or added (errase,
            # poistkaa), or is the whole stem with one letter missing (databse).
            # Five-letter stems only match a whole token: their prefixes are too common.
            # Seven-letter stems also begin a longer word with a letter missing (mispelled).
            cuts = {k, k + 1} if k >= 6 else set()
            if k >= 7:
                cuts.add(k - 1)
            if abs(n - k) <= 1:
                cuts.add(n)
            for cut in cuts:
                if cut > n or (cut < k and cut != n and k < 7):
                    continue
                for stem, _score, _i in process.extract(
                    token[:cut], stems, scorer=OSA.distance, score_cutoff=1, limit=None
                ):
                    found |= lex.stems[stem]
    return found


@lru_cache(maxsize=65536)
def token_concepts(token: str) -> frozenset[str]:
    """The concepts a folded token stands for (cached: mail repeats its words)."""
    lex = concepts()
    found = _raw_concepts(token, lex)
    for name in list(found):
        if any(_term_matches(t, token) for t in lex.excluded.get(name, ())):
            found.discard(name)
    if len(token) >= 6 and token.endswith("ni") and found & _OWNABLE:
        # Finnish marks "my" on the noun: tietoni, osoitetietoni, röntgenkuvistani,
        # palkkatiedoistani — the writer's own data, whatever the case ending before it.
        found.add("me")
    if len(token) >= 7 and token.endswith(("aanko", "aankaan")) and found & INTENTS:
        # "poistetaanko?", "korjataanko?": staff asking each other what to do.
        found.add("deliberate")
    if "thing" in found:
        # A compound headed by a thing is that thing: "avregistreringslänken" is a link,
        # "laskunpoisto" an invoice's removal; neither asks anything of the writer's data.
        found -= INTENTS
    return frozenset(found)


class Token(NamedTuple):
    """A folded word, where it starts, and its concepts (a tuple: made by the thousand)."""

    text: str
    start: int
    concepts: frozenset[str]


def tokens(folded: str) -> list[Token]:
    tc = token_concepts
    return [Token(w, m.start(), tc(w)) for m in _TOKEN.finditer(folded) for w in (m.group(),)]


@lru_cache(maxsize=65536)
def _phrases_starting(token: str) -> tuple[int, ...]:
    lex = concepts()
    out = list(lex.phrase_first.get(token, ()))
    for i in range(1, len(token) + 1):
        out += lex.phrase_first.get(token[:i] + "*", ())
    return tuple(out)


def phrase_hits(toks: list[Token]) -> list[tuple[int, str, int]]:
    """(token index, concept, token count) of every phrase found."""
    lex = concepts()
    out: list[tuple[int, str]] = []
    texts = [t.text for t in toks]
    for i, tok in enumerate(texts):
        for p in _phrases_starting(tok):
            terms, name = lex.phrases[p]
            if i + len(terms) <= len(texts) and all(
                _term_matches(t, texts[i + j]) for j, t in enumerate(terms)
            ):
                out.append((i, name, len(terms)))
    return out
