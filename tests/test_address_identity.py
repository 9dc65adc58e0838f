"""Issue 9 item 4: one address identity, used alike by identity, extract, register and erasure.

The property test holds the four users in step: whatever two addresses are, identity's
sender key, the extract's and erasure's matching of a typed address, and the register's
look-up all agree with addresses.same_person.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from mailbot import actions, addresses, clock, extract, identity, register
from mailbot.config import Settings
from mailbot.db import make_engine
from mailbot.models import Contact, Enquiry, InboundMessage

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

LOCALS = st.sampled_from(
    [
        "sam",
        "Sam",
        "SAM",
        "sam+news",
        "Sam+News",
        "sam+x",
        "+x",
        "ſam",
        "säm",
        "SÄM",
        "ß",
        "ss",
        "K\u212aam",
        "kkam",
        "a b",
        "sam..",
        "=?utf-8?q?sam?=",
    ]
)
DOMAINS = st.sampled_from(
    [
        "example.net",
        "EXAMPLE.net",
        "example.net.",
        "exämple.net",
        "EXÄMPLE.NET",
        "xn--exmple-cua.net",
        "exаmple.net",
        "ｅｘａｍｐｌｅ.net",
        "example.org",
        "",
    ]
)
ADDRESS = st.builds(lambda local, dom: f"{local}@{dom}", LOCALS, DOMAINS)


def make_settings(plus: bool) -> Settings:
    return Settings.model_validate(
        {
            "mailbox": {"url": "maildir:/nonexistent"},
            "smtp": {"url": "file:/nonexistent", "from": "info@plaza.example.com"},
            "database": {"url": "sqlite://"},
            "register": {"plus_tags_match": plus},
        }
    )


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    eng = make_engine("sqlite://")
    SQLModel.metadata.create_all(eng)
    yield eng
    eng.dispose()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=ADDRESS, b=ADDRESS, plus=st.booleans())
def test_every_user_agrees_with_same_person(engine: Engine, a: str, b: str, plus: bool) -> None:
    cfg = make_settings(plus)
    same = addresses.same_person(a, b, plus)
    assert same == addresses.same_person(b, a, plus)
    key_a, key_b = identity.normalise(a, cfg), identity.normalise(b, cfg)
    # identity: the sender key
    assert same == (key_a is not None and key_a == key_b)
    # extract and erasure: a typed address against the wanted person
    if key_b is not None:
        assert same == extract.address_matches(a, extract.normalised_address(b, cfg), cfg)
    # register: a contact stored under b is found by a
    with Session(engine) as session:
        if key_b is not None:
            session.add(Contact(email=key_b, name="Sam Example", created_at=NOW, updated_at=NOW))
            session.flush()
        found = register.find(session, a, plus)
        assert (found is not None) == same
        session.rollback()


def test_unusable_address_is_nobody() -> None:
    assert not addresses.same_person("a b@example.net", "a b@example.net")
    assert not addresses.same_person(None, None)
    assert addresses.person_key("K\u212aam@example.net") is None  # Kelvin sign: not folded to k


@pytest.mark.parametrize("plus", [True, False])
def test_erasure_of_sam_clears_the_plus_tagged_ledger_row_only_when_configured(
    tmp_path: Path, plus: bool
) -> None:
    cfg = make_settings(plus)
    eng = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    SQLModel.metadata.create_all(eng)
    with clock.frozen(NOW), Session(eng) as session:
        session.add(
            InboundMessage(
                mailbox="INBOX",
                uidvalidity=1,
                uid=1,
                item_key="1:1",
                dedup_key="d1",
                size=10,
                received_at=NOW,
                processed_at=NOW,
                sender="Sam+News@Example.net",
                subject="Uutiskirje",
                requests=[],
            )
        )
        session.add(Enquiry(email="sam+news@example.net", message="hi", received_at=NOW))
        session.commit()
        actions.erase(cfg, session, "SAM@example.net")
        session.commit()
        row = session.exec(select(InboundMessage)).one()
        enquiries = session.exec(select(Enquiry)).all()
    if plus:
        assert (row.sender, row.subject) == (None, None)
        assert enquiries == []
    else:
        assert row.sender == "Sam+News@Example.net"
        assert len(enquiries) == 1
    eng.dispose()
