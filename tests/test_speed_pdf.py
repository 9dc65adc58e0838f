"""Issue 12: the extract PDF with a font parsed once per process and mailbot's own wrapping.

The parsed face is shared between documents, so these check that nothing of one
document leaks into the next, that text outside the common-scripts cut still gets
its glyphs (the whole font), and that wrapping loses no character.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from mailbot import clock
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.extract import build_extract
from mailbot.models import Contact
from mailbot.pdf import render_pdf
from tests.helpers import font_or_skip

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
LONG = "https://www.example.com/" + "tuotteet/" * 40 + "muuntaja.html"


@pytest.fixture
def settings() -> Settings:
    s = Settings(organisation={"name": "Esimerkki Tekniikka Oy"})
    font_or_skip(s)
    return s


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite://")
    create_schema(engine)
    with Session(engine, expire_on_commit=False) as s, clock.frozen(NOW):
        for email, name, title in (
            ("asa@example.com", "Åsa Öhman-Mäkelä", LONG),
            ("eleni@example.org", "Ελένη Παπαδοπούλου", "Иван Петров – € 12 000"),
        ):
            s.add(
                Contact(
                    email=email, name=name, title=title, status="active", created_at=NOW,
                    updated_at=NOW,
                )
            )  # fmt: skip
        s.commit()
        yield s
    engine.dispose()


def data_for(session: Session, settings: Settings, email: str) -> dict[str, Any]:
    with clock.frozen(NOW):
        data = build_extract(session, email, settings, "fi")
    assert data is not None
    return data


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_one_document_leaves_nothing_in_the_next(session: Session, settings: Settings) -> None:
    latin = data_for(session, settings, "asa@example.com")
    other = data_for(session, settings, "eleni@example.org")
    first = render_pdf(latin, settings)
    between = render_pdf(other, settings)  # other scripts: the whole font
    assert render_pdf(latin, settings) == first  # the same bytes: no glyph or state carried
    assert len(between) > len(first) // 2
    assert "Ελένη Παπαδοπούλου" in text_of(between)
    assert "Иван Петров – € 12 000" in text_of(between)
    assert "[U+" not in text_of(between)  # every one of those glyphs was found


def test_wrapping_keeps_every_character(session: Session, settings: Settings) -> None:
    text = text_of(render_pdf(data_for(session, settings, "asa@example.com"), settings))
    assert "Åsa Öhman-Mäkelä" in text
    assert LONG in re.sub(r"\s+", "", text)  # a word wider than its column is cut, not lost
