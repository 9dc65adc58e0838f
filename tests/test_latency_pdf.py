"""Issue 12: the extract PDF's font subsets are made once per Unicode block set, not per file.

fpdf2's output() subsets each face; mailbot hands it an `_Embedded` whose subset is
the whole blocks the document used, cached. These check that every glyph a document
draws is in what is embedded (text extracted from the PDF is the text put in), that
documents with other characters get other subsets, that the fallback (fpdf2 subsetting
on its own) gives the same text, and that `clean` is the character filter it was.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlmodel import Session

from mailbot import clock
from mailbot import pdf as pdf_module
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.extract import build_extract
from mailbot.models import Contact
from mailbot.pdf import clean, render_pdf
from tests.helpers import font_or_skip

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
NAMES = {
    "fi@example.com": "Åsa Öhman-Mäkelä",
    "pl@example.com": "Łukasz Żółć-Ęą",
    "vi@example.com": "Nguyễn Thị Ánh",  # Latin Extended Additional
    "el@example.com": "Ελένη Παπαδοπούλου",  # outside the common-scripts cut
    "ru@example.com": "Дмитрий Иванов",
}


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
        for email, name in NAMES.items():
            s.add(Contact(email=email, name=name, status="active", created_at=NOW, updated_at=NOW))
        s.commit()
        yield s
    engine.dispose()


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_every_drawn_glyph_is_embedded(session: Session, settings: Settings) -> None:
    for email, name in NAMES.items():
        data = build_extract(session, email, settings, "fi")
        assert data is not None
        text = text_of(render_pdf(data, settings))
        assert name in text, email
        assert "Rekisteriote" in text and "Sivu 1/" in text


def test_a_block_set_is_subset_once(session: Session, settings: Settings) -> None:
    pdf_module._block_subset.cache_clear()
    data = build_extract(session, "fi@example.com", settings, "fi")
    assert data is not None
    first = render_pdf(data, settings)
    made = pdf_module._block_subset.cache_info().misses
    assert made >= 1
    assert text_of(render_pdf(data, settings)) == text_of(first)
    assert pdf_module._block_subset.cache_info().misses == made  # reused
    other = build_extract(session, "pl@example.com", settings, "fi")  # Latin Extended-A
    assert other is not None
    assert "Łukasz Żółć-Ęą" in text_of(render_pdf(other, settings))
    assert pdf_module._block_subset.cache_info().misses > made  # another block set


def test_without_the_cache_fpdf2_subsets_and_the_text_is_the_same(
    session: Session, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = build_extract(session, "vi@example.com", settings, "fi")
    assert data is not None
    cached = text_of(render_pdf(data, settings))
    monkeypatch.setattr(pdf_module, "_embedding_cached", lambda: False)
    assert text_of(render_pdf(data, settings)) == cached


def _old_clean(text: str) -> str:
    s = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\t", "    ")
    return "".join(
        ch for ch in s if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co")
    )


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_clean_filters_as_the_category_check_did(text: str) -> None:
    assert clean(text) == _old_clean(text)


def test_clean_drops_every_control_surrogate_and_private_character() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert clean(every) == _old_clean(every)
