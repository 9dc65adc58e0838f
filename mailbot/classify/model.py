"""A small statistical model beside the rules (issue 8 item 5).

A multinomial logistic regression over what the rules already read: folded words,
their concepts (mailbot/data/concepts), word beginnings (a cheap stem that survives
Finnish and Swedish endings) and character 4-grams (typos, compounds). Pure Python,
no numpy: a few thousand weights, trained in seconds, predicted in well under a
millisecond, stored as JSON (never pickle: a model is data, not code, wherever it
is read from).

Where the model may change a decision is fixed in mailbot/classify/__init__.py
(`_consult`): only mail the rules read as `other` or `data_request` on the
request path, and only downwards — it lowers the confidence so a person sees the
message, or names a candidate request that is always below any sane
`[classify] min_confidence`. It never touches automatic mail, forms, chats or
confirmations, so nothing is ever answered because of what it says.
"""

from __future__ import annotations

import gzip
import json
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from mailbot.classify.automatic import clean_subject, is_reply_subject
from mailbot.classify.words import fold, tokens
from mailbot.parsing import Message

FORMAT = "mailbot-linear-1"
# Intents and objects whose co-occurrence in one mail is a feature of its own.
_INTENTS = ("erase", "correct", "wrong", "access", "object", "stop", "unsubscribe", "subscribe")
_OBJECTS = ("data", "field", "register", "newsletter", "marketing", "list", "contact", "payroll")
MAX_TEXT = 4000  # characters of a mail that are read (and stored in a correction)


def normalised_text(subject: str, new_text: str) -> str:
    """The text the model reads and a correction keeps: folded subject + new text.

    Quoted earlier mail and signatures are already gone from `new_text`.
    """
    text = (subject.strip() + "\n" + " ".join(new_text.split()))[:MAX_TEXT]
    return fold(text)


def message_text(msg: Message) -> str:
    """A parsed message as the model reads it (a reply's subject belongs to the thread)."""
    subject = msg.subject or ""
    if msg.new_text.strip() and is_reply_subject(subject):
        subject = ""
    return normalised_text(clean_subject(subject), msg.new_text)


def token_features(w: str) -> tuple[str, ...]:
    """One folded word's own features: itself, its beginning and its character 4-grams."""
    if w.isdigit():
        return ("n:" + w,) if len(w) <= 2 else ()  # article numbers
    out = ["w:" + w]
    if len(w) >= 6:
        out.append("p:" + w[:5])
    if len(w) >= 4:
        padded = f"<{w}>"
        out += ["g:" + padded[i : i + 4] for i in range(len(padded) - 3)]
    return tuple(out)


def read(text: str) -> tuple[set[str], set[str]]:
    """The distinct words of a folded text, and the mail-level features (its concepts
    and which intents meet which objects)."""
    words: set[str] = set()
    concepts: set[str] = set()
    for tok in tokens(text):
        words.add(tok.text)
        concepts |= tok.concepts
    doc = {"c:" + c for c in concepts}
    for i in _INTENTS:
        if i in concepts:
            doc.update(f"x:{i}+{o}" for o in _OBJECTS if o in concepts)
    return words, doc


def features(text: str) -> list[str]:
    """Every feature of a text: each distinct word's own (a 4-gram two words share counts
    twice), then the mail-level ones. Prediction sums the same way, per word, cached."""
    words, doc = read(text)
    out = [f for w in sorted(words) for f in token_features(w)]
    out += sorted(doc)
    return out


@dataclass
class LinearModel:
    labels: list[str]
    weights: dict[str, list[float]] = field(default_factory=dict)
    bias: list[float] = field(default_factory=list)
    trained_on: dict[str, int] = field(default_factory=dict)  # where the examples came from

    _words: dict[str, tuple[float, ...] | None] = field(default_factory=dict, repr=False)

    def scores(self, feats: Iterable[str]) -> list[float]:
        s = list(self.bias)
        n = len(s)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for k in range(n):
                    s[k] += w[k]
        return s

    def _word(self, word: str) -> tuple[float, ...] | None:
        """A word's summed weights, cached: mail repeats its words, and this is the speed."""
        try:
            return self._words[word]
        except KeyError:
            pass
        if len(self._words) > 50_000:
            self._words.clear()
        own = [self.weights[f] for f in token_features(word) if f in self.weights]
        vec = tuple(map(sum, zip(*own, strict=True))) if own else None
        self._words[word] = vec
        return vec

    def predict(self, text: str) -> list[tuple[str, float]]:
        """(label, probability), most probable first."""
        words, doc = read(text)
        s = self.scores(doc)
        n = len(s)
        for w in words:
            vec = self._word(w)
            if vec is not None:
                for k in range(n):
                    s[k] += vec[k]
        return softmax_ranked(self.labels, s)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "labels": self.labels,
                "bias": [round(b, 4) for b in self.bias],
                "weights": self.weights,
                "trained_on": self.trained_on,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        """Only numbers and strings are read: a hostile file cannot run anything."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model")
        labels = [str(x) for x in data["labels"]]
        n = len(labels)
        weights: dict[str, list[float]] = {}
        for f, w in data["weights"].items():
            if not isinstance(w, list) or len(w) != n:
                raise ValueError(f"model weight {f!r} has {len(w)} values, not {n}")
            weights[str(f)] = [float(x) for x in w]
        bias = [float(x) for x in data["bias"]]
        if len(bias) != n:
            raise ValueError("model bias does not match its labels")
        trained = {str(k): int(v) for k, v in dict(data.get("trained_on", {})).items()}
        return cls(labels, weights, bias, trained)


def softmax_ranked(labels: Sequence[str], scores: Sequence[float]) -> list[tuple[str, float]]:
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return sorted(
        ((lab, e / total) for lab, e in zip(labels, exp, strict=True)), key=lambda x: -x[1]
    )


@dataclass(frozen=True)
class Example:
    text: str  # normalised_text()
    label: str  # "other", "automatic", …, or "data_request:erasure"
    weight: float = 1.0
    origin: str = "corpus"


def label_of(kind: str, requests: Sequence[str] = ()) -> str:
    if kind == "data_request":
        return f"data_request:{requests[0]}" if requests else "data_request:access"
    return kind


def train(
    examples: Sequence[Example],
    epochs: int = 12,
    rate: float = 0.3,
    l2: float = 1e-4,
    seed: int = 8,
) -> LinearModel:
    """Plain SGD on the log loss; features seen in fewer than two examples are dropped,
    so one mail's name or address never becomes a weight of its own."""
    if not examples:
        raise ValueError("nothing to learn from")
    docs = [features(e.text) for e in examples]
    df: Counter[str] = Counter(f for d in docs for f in set(d))
    keep = {f for f, n in df.items() if n >= 2}
    labels = sorted({e.label for e in examples})
    index = {lab: i for i, lab in enumerate(labels)}
    n = len(labels)
    weights: dict[str, list[float]] = {f: [0.0] * n for f in keep}
    bias = [0.0] * n
    data = [
        ([f for f in d if f in keep], index[e.label], e.weight)
        for d, e in zip(docs, examples, strict=True)
    ]
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        lr = rate / (1 + epoch)
        for feats, y, weight in data:
            s = list(bias)
            rows = [weights[f] for f in feats]
            for w in rows:
                for k in range(n):
                    s[k] += w[k]
            top = max(s)
            exp = [math.exp(v - top) for v in s]
            total = sum(exp)
            grad = [e / total for e in exp]
            grad[y] -= 1.0
            step = [lr * weight * g for g in grad]
            for k in range(n):
                bias[k] -= step[k]
            shrink = 1 - lr * l2
            for w in rows:
                for k in range(n):
                    w[k] = w[k] * shrink - step[k]
    pruned = {
        f: [round(x, 3) for x in w] for f, w in weights.items() if max(abs(x) for x in w) >= 0.005
    }
    origins = Counter(e.origin for e in examples)
    return LinearModel(labels, pruned, bias, dict(origins))


# ---------------------------------------------------------------------- shipped data


def _data(name: str) -> bytes:
    return (resources.files("mailbot") / "data" / "model" / name).read_bytes()


@cache
def default_model() -> LinearModel:
    """The model trained on the project's corpora (mailbot/data/model/default.json.gz)."""
    return LinearModel.from_json(gzip.decompress(_data("default.json.gz")).decode("utf-8"))


def default_examples() -> list[Example]:
    """The project's corpora as labelled normalised texts, for `mailbot learn`."""
    rows = json.loads(gzip.decompress(_data("examples.json.gz")).decode("utf-8"))
    return [Example(r["text"], r["label"], 1.0, r.get("origin", "corpus")) for r in rows]
