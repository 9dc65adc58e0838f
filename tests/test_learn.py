"""Issue 8 item 5: the statistical model beside the rules, and where it may not go.

The model only ever hands a message to a person: it never makes a request of ordinary
mail, never touches automatic mail, forms, chats or confirmations, and is stored as
JSON that cannot run anything. The sixth and seventh corpora (first-sight figures in
their FIRST_SIGHT.txt) are floors here, rules and model together.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, SQLModel, create_engine

from mailbot import clock, corrections
from mailbot.classify import Rules, classify
from mailbot.classify.forms import output_fields
from mailbot.classify.model import (
    Example,
    LinearModel,
    default_model,
    features,
    normalised_text,
    train,
)
from mailbot.models import Correction, InboundMessage
from mailbot.parsing import parse
from tests.helpers import make_mail, sample

HERE = Path(__file__).parent
ANSWERABLE = {"contact_form", "data_request", "confirmation"}


def test_model_round_trips_as_json_and_predicts_the_same() -> None:
    examples = [
        Example(
            normalised_text("Poistakaa tietoni", "Poistakaa kaikki tietoni."),
            "data_request:erasure",
        ),
        Example(
            normalised_text("Delete my data", "Please delete my data."), "data_request:erasure"
        ),
        Example(normalised_text("Hinnasto", "Voitteko lähettää hinnaston?"), "other"),
        Example(normalised_text("Price list", "Could you send the price list?"), "other"),
    ]
    model = train(examples, epochs=20)
    again = LinearModel.from_json(model.to_json())
    text = normalised_text("", "please delete all my data")
    assert [(lab, round(p, 3)) for lab, p in again.predict(text)] == [
        (lab, round(p, 3)) for lab, p in model.predict(text)
    ]
    assert model.predict(text)[0][0] == "data_request:erasure"
    assert model.trained_on == {"corpus": 4}


def test_rare_words_do_not_become_weights() -> None:
    """A name seen in one mail only (a person's) is never a feature of the model."""
    examples = [
        Example(
            normalised_text("", "poistakaa tietoni, terveisin Xylofonia"), "data_request:erasure"
        ),
        Example(normalised_text("", "poistakaa tietoni"), "data_request:erasure"),
        Example(normalised_text("", "hinnasto kiitos"), "other"),
    ]
    model = train(examples)
    assert not any("xylofonia" in f for f in model.weights)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"format": "pickle", "labels": []}),
        json.dumps(
            {
                "format": "mailbot-linear-1",
                "labels": ["a", "b"],
                "bias": [0, 0],
                "weights": {"w:x": [1.0]},
            }
        ),
        json.dumps(
            {
                "format": "mailbot-linear-1",
                "labels": ["a"],
                "bias": [0],
                "weights": {"w:x": ["__import__('os')"]},
            }
        ),
    ],
)
def test_a_broken_or_hostile_model_file_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        LinearModel.from_json(text)


def test_features_read_words_concepts_and_typos() -> None:
    f = set(features(normalised_text("", "Poistakaa tietoni rekisteristänne")))
    assert {"c:erase", "c:data", "x:erase+data", "p:poist"} <= f
    assert "g:<poi" in f


def test_the_shipped_model_loads() -> None:
    model = default_model()
    assert "other" in model.labels and "data_request:erasure" in model.labels
    assert sum(model.trained_on.values()) >= 700


class _Sure(LinearModel):
    """A model that is sure of one label whatever it reads (the worst case)."""

    def __init__(self, label: str) -> None:
        super().__init__([label, "x"], {}, [100.0, 0.0])


def test_the_model_never_makes_a_request_of_ordinary_mail() -> None:
    msg = parse(make_mail("Voitteko lähettää hinnaston?", subject="Hinnasto"))
    cls = classify(msg, Rules(model=_Sure("data_request:erasure")))
    assert (cls.kind, cls.requests) == ("other", [])
    assert cls.confidence < 0.6  # but a person is shown it
    assert any("model sees a request" in e for e in cls.evidence)


@pytest.mark.parametrize(
    "name", ["auto-reply.eml", "contact-form-fi.eml", "chat-transcript-en.eml"]
)
def test_the_model_never_touches_structure_rules(name: str) -> None:
    rules = Rules.of(["wordpress@plaza.example.com"], ["transcripts@chat.example.net"])
    msg = parse(sample(name))
    plain = classify(msg, dataclasses.replace(rules, use_model=False))
    for label in ("data_request:erasure", "other", "automatic"):
        cls = classify(parse(sample(name)), dataclasses.replace(rules, model=_Sure(label)))
        assert (cls.kind, cls.requests, cls.confidence) == (
            plain.kind,
            plain.requests,
            plain.confidence,
        )


def test_the_model_may_hand_a_weak_request_to_a_person() -> None:
    body = "Hei, voisitteko poistaa sen vanhan tiedoston, jonka lähetin?"
    weak = "Please remove me from your list"
    msg = parse(make_mail(weak, subject="List"))
    plain = classify(msg, Rules(use_model=False))
    cls = classify(parse(make_mail(weak, subject="List")), Rules(model=_Sure("other")))
    if plain.kind == "data_request" and plain.confidence < 0.9:
        assert cls.kind == "other" and cls.confidence < 0.6
    strong = parse(make_mail("Vaadin 17 artiklan nojalla tietojeni poistamista.", subject="Poisto"))
    sure = classify(strong, Rules(model=_Sure("other")))
    assert sure.kind == "data_request"  # an article number is not the model's to doubt
    assert body  # (an ordinary mail stays ordinary whatever the model says: test above)


def _floor(corpus: Path, max_traps: int) -> None:
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    senders = tomllib.loads((corpus / "senders.toml").read_text(encoding="utf-8"))
    rules = Rules.of(senders.get("contact_form", []), senders.get("chat", []))
    kinds = fields = fields_total = 0
    bad: list[str] = []
    traps: list[str] = []
    for name, want in manifest.items():
        cls = classify(parse((corpus / name).read_bytes()), rules)
        kinds += cls.kind == want["kind"]
        if want["kind"] == "automatic" and cls.kind in ANSWERABLE:
            bad.append(f"answerable automatic mail {name}: {cls.kind}")
        if want["kind"] == "other" and cls.kind == "data_request":
            traps.append(f"ordinary mail taken for a request {name}: {cls.requests}")
        if want["kind"] == "contact_form" and "fields" in want:
            fields_total += 1
            got = {k: v for k, v in output_fields(cls.fields).items() if k != "message"}
            fields += cls.kind == "contact_form" and got == want["fields"]
    assert bad == []
    assert len(traps) <= max_traps, traps
    assert kinds / len(manifest) >= 0.97
    assert fields / fields_total >= 0.97


# The seventh's colleague's note about a customer's unsubscribing (ot21) is no longer
# a request: a body that reports someone's wish makes its subject that report's title.
@pytest.mark.parametrize(("corpus", "max_traps"), [("corpus_sixth", 0), ("corpus_seventh", 0)])
def test_later_corpora_floors(corpus: str, max_traps: int) -> None:
    _floor(HERE / corpus, max_traps)


def test_corrections_are_forgotten_with_the_mailbox_retention(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    SQLModel.metadata.create_all(engine)
    now = clock.now()
    with Session(engine) as session:
        row = InboundMessage(mailbox="m", item_key="1:1", dedup_key="k", processed_at=now)
        session.add(row)
        session.flush()
        for age in (400, 1):
            session.add(
                Correction(
                    at=now - timedelta(days=age),
                    by="anna",
                    source="relabel",
                    inbound_id=row.id,
                    dedup_key="k",
                    new_kind="other",
                    text="hei",
                    status="recorded",
                )
            )
        session.commit()
        corrections.forget_before(session, now - timedelta(days=180))
        session.commit()
        texts = sorted((c.text or "-") for c in corrections.list_corrections(session))
        assert texts == ["-", "hei"]
        assert len(corrections.examples(session)) == 1
        assert corrections.forget(session, [row.id]) == 2


def test_the_daily_job_learns_only_when_the_corrections_changed(tmp_path: Path) -> None:
    from types import SimpleNamespace

    engine = create_engine(f"sqlite:///{tmp_path / 'j.db'}")
    SQLModel.metadata.create_all(engine)
    service = SimpleNamespace(engine=engine)
    now = clock.now()
    with Session(engine) as session:
        assert corrections.learn_job(service, session, now) == {}  # nothing to learn
        assert corrections.site_model(session) is None
        row = InboundMessage(mailbox="m", item_key="1:1", dedup_key="k", processed_at=now)
        session.add(row)
        session.flush()
        session.add(
            Correction(
                at=now,
                by="imap",
                source="imap",
                inbound_id=row.id,
                dedup_key="k",
                old_kind="other",
                new_kind="data_request",
                new_request="erasure",
                text=normalised_text("", "pls delet my stuff from ur lists"),
                status="recorded",
            )
        )
        session.commit()
        trained = corrections.learn_job(service, session, now)
        session.commit()
        assert trained["correction"] == 1
        model = corrections.site_model(session)
        assert model is not None and model.trained_on["correction"] == 1
        assert corrections.learn_job(service, session, now) == {}  # the same corrections
