"""The access extract (SPEC §4): complete, schema-valid JSON and a legible PDF in fi, sv and en.

The PDF is read back as text (pypdf, and poppler's pdftotext when installed) because the
failure that matters is invisible in the bytes: a Latin-1 core font or a missing glyph
turns "Öhman-Mäkelä" or "€" into nothing, and no exception says so.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pypdf import PdfReader
from sqlmodel import Session

from mailbot import audit, clock
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.extract import build_extract, extract_json
from mailbot.models import ChatLine, ChatRecord, Company, Consent, Contact, Enquiry
from mailbot.pdf import FontMissing, find_font, render_pdf
from tests.helpers import font_or_skip

ADDRESS = "asa.ohman@example.com"
NAME = "Åsa Öhman-Mäkelä"
COMPANY = "Järvikylän Energia Oy"
ENQUIRY_TEXT = (
    "Tarjouspyyntö: kaksi muuntajaa, budjetti 12 000 € – toimitus ”heti” (Šiauliai, Žilina)."
)
CHAT_LINE = "Onko varaosia saatavilla ennen juhannusta?"
AGENT_LINE = "Kyllä – toimitus kahdessa päivässä."
OTHER = "someone.else@example.org"
OLD_PHONE = "+358 40 999 9999"
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
LANGUAGES = ("fi", "sv", "en")
FI_ART15 = (
    "Käsittelyn tarkoitukset",
    "Tietoryhmät",
    "Vastaanottajat",
    "Säilytysaika",
    "Tietolähde",
    "Oikeutesi",
    "Valitusoikeus",
)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = resources.files("mailbot").joinpath("data/extract.schema.json").read_text("utf-8")
    loaded = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


@pytest.fixture(scope="module")
def labels() -> dict[str, Any]:
    text = resources.files("mailbot").joinpath("data/extract_labels.toml").read_text("utf-8")
    return tomllib.loads(text)


@pytest.fixture
def settings() -> Settings:
    return Settings(organisation={"name": "Esimerkki Tekniikka Oy"})


@pytest.fixture
def font(settings: Settings) -> Path:
    """The PDF tests need a system TTF; CI must not skip them silently."""
    return font_or_skip(settings)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite://")
    create_schema(engine)
    with Session(engine, expire_on_commit=False) as s, clock.frozen(NOW - timedelta(days=30)):
        _populate(s)
        s.commit()
        yield s
    engine.dispose()


def _populate(s: Session) -> None:
    """One registered person with history, plus a stranger who must never show up."""
    t0 = NOW - timedelta(days=400)
    company = Company(
        name=COMPANY,
        address="Rantatie 5, 40100 Jyväskylä",
        website="https://www.example.com",
        email="info@example.com",
        phone="+358 14 000 0000",
        business_area="energialaitos",
        created_at=t0,
        updated_at=t0,
    )
    s.add(company)
    s.flush()
    # A predecessor that held the same id was erased: its history must not leak in.
    audit.record(s, "rectify", "Contact", 1, {"fields": ["name"]}, actor="staff:liisa")
    audit.record(s, "erase", "Contact", 1, {"consents": 2}, actor="admin")
    contact = Contact(
        email=ADDRESS,
        name=NAME,
        title="Käyttöpäällikkö",
        department="Tuotanto",
        phone="+358 40 000 0002",
        company_id=company.id,
        language="fi",
        status="active",
        newsletter=True,
        newsletter_opt_in_at=t0,
        newsletter_confirmed_at=t0 + timedelta(hours=2),
        source="cli",
        created_at=t0,
        updated_at=t0 + timedelta(days=10),
        last_interaction_at=t0 + timedelta(days=10),
    )
    s.add(contact)
    s.flush()
    assert contact.id == 1
    for topic, event, hours in (
        ("storage", "requested", 0),
        ("storage", "given", 1),
        ("newsletter", "given", 2),
    ):
        s.add(
            Consent(
                contact_id=contact.id,
                topic=topic,
                event=event,
                at=t0 + timedelta(hours=hours),
                via="<c1@example.com>",
            )
        )
    audit.record(s, "create", "Contact", contact.id, {"fields": ["email", "name"]}, actor="admin")
    audit.record(
        s,
        "rectify",
        "Contact",
        contact.id,
        {"fields": ["phone"], "phone": OLD_PHONE},
        "staff:matti",
    )
    enquiry = Enquiry(
        email="Asa.Ohman@EXAMPLE.com",  # as typed into the form
        name=NAME,
        company=COMPANY,
        message=ENQUIRY_TEXT + "\n\n" + "Lisätietoja tarvittaessa. " * 40,
        page="https://www.example.com/yhteystiedot",
        language="fi",
        received_at=t0 + timedelta(days=10),
    )
    chat = ChatRecord(
        visitor_name="Åsa",
        email="ASA.OHMAN@example.com",
        page="https://www.example.com/varaosat",
        language="fi",
        started_at="2024-02-07 10:00",
        received_at=t0 + timedelta(days=20),
    )
    chat.lines = [
        ChatLine(position=0, time="10:00", speaker="Åsa", text=CHAT_LINE),
        ChatLine(position=1, time="10:01", speaker="Pekka (agent)", text=AGENT_LINE),
    ]
    stranger = Enquiry(email=OTHER, name="Someone Else", message="Not about Åsa", received_at=t0)
    s.add_all([enquiry, chat, stranger])
    s.flush()
    audit.record(s, "create", "Enquiry", enquiry.id, {"fields": ["email", "message", "name"]})
    audit.record(s, "create", "ChatRecord", chat.id, {"fields": ["email"], "lines": 2})
    audit.record(s, "create", "Enquiry", stranger.id, {"fields": ["email"]})


def _extract(session: Session, settings: Settings, language: str = "fi", **kw: str) -> Any:
    with clock.frozen(NOW):
        return build_extract(session, kw.get("email", ADDRESS), settings, language)


def _pdf_text(pdf: bytes) -> list[str]:
    """The text as each available extractor sees it, whitespace collapsed (lines wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    texts = ["\n".join(page.extract_text() or "" for page in reader.pages)]
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
        )
        texts.append(out.stdout.decode("utf-8"))
    return [re.sub(r"\s+", " ", t) for t in texts]


# ---------------------------------------------------------------------------------- the data
def test_extract_holds_everything_and_validates(
    session: Session, settings: Settings, schema: dict[str, Any]
) -> None:
    data = _extract(session, settings)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["subject"] == ADDRESS and data["language"] == "fi"
    assert data["generated_at"] == "2025-03-14T09:30:00+00:00"
    assert data["contact"]["name"] == NAME and data["contact"]["newsletter"] is True
    assert data["contact"]["newsletter_opt_in_at"].startswith("2024-")
    assert data["company"]["name"] == COMPANY
    assert [(c["topic"], c["event"]) for c in data["consents"]] == [
        ("storage", "requested"),
        ("storage", "given"),
        ("newsletter", "given"),
    ]
    [enquiry] = data["enquiries"]
    assert enquiry["message"].startswith(ENQUIRY_TEXT)
    [chat] = data["chats"]
    assert [ln["text"] for ln in chat["lines"]] == [CHAT_LINE, AGENT_LINE]
    assert [(e["entity"], e["action"], e["actor"]) for e in data["audit"]] == [
        ("Contact", "create", "admin"),
        ("Contact", "rectify", "staff:matti"),
        ("Enquiry", "create", "mailbot"),
        ("ChatRecord", "create", "mailbot"),
    ]
    assert data["audit"][1]["fields"] == ["phone"]
    assert data["art15"]["controller"] == "Esimerkki Tekniikka Oy"
    assert data["art15"]["contact"] == "info@example.com"
    assert "Tietosuojavaltuutetun" in data["art15"]["complaint"]
    text = extract_json(data).decode("utf-8")
    assert json.loads(text) == data
    assert NAME in text and "€" in text  # not \u-escaped
    for absent in (OTHER, "Someone Else", OLD_PHONE, "staff:liisa"):
        assert absent not in text


def test_art15_texts_follow_the_language(session: Session, settings: Settings) -> None:
    reg = settings.register_
    for lang in LANGUAGES:
        data = _extract(session, settings, lang)
        assert data["language"] == lang
        assert data["art15"]["purposes"] == reg.purposes[lang]
        assert data["art15"]["rights"] == reg.rights[lang]


def test_schema_catches_a_missing_or_unknown_section(
    session: Session, settings: Settings, schema: dict[str, Any]
) -> None:
    data = _extract(session, settings)
    for key in ("chats", "art15", "audit", "contact"):
        broken = {k: v for k, v in data.items() if k != key}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "extra": 1}, schema, cls=jsonschema.Draft202012Validator)
    bad_art15 = {**data, "art15": {**data["art15"], "rights": ""}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad_art15, schema, cls=jsonschema.Draft202012Validator)


def test_unknown_address_gives_none(session: Session, settings: Settings) -> None:
    assert _extract(session, settings, email="nobody@example.net") is None


def test_address_differing_in_case_finds_the_data(session: Session, settings: Settings) -> None:
    data = _extract(session, settings, email="  ÅSA.OHMAN@Example.COM ".replace("Å", "A"))
    assert data is not None
    assert data["contact"]["name"] == NAME
    assert len(data["enquiries"]) == 1 and len(data["chats"]) == 1


def test_enquiry_alone_is_still_an_extract(
    session: Session, settings: Settings, schema: dict[str, Any]
) -> None:
    data = _extract(session, settings, email=OTHER.upper())
    assert data is not None and data["contact"] is None and data["company"] is None
    assert [e["name"] for e in data["enquiries"]] == ["Someone Else"]
    assert [e["entity"] for e in data["audit"]] == ["Enquiry"]
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


# ---------------------------------------------------------------------------------- the PDF
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_is_legible_in_each_language(
    session: Session, settings: Settings, labels: dict[str, Any], font: Path, lang: str
) -> None:
    data = _extract(session, settings, lang)
    pdf = render_pdf(data, settings)
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf  # an embedded TrueType font
    lab = labels[lang]
    headings = [lab["art15"][k] for k in lab["art15"]] + list(lab["sections"].values())
    for text in _pdf_text(pdf):
        for expected in (NAME, COMPANY, ADDRESS, CHAT_LINE, AGENT_LINE, ENQUIRY_TEXT, *headings):
            assert expected in text, (lang, expected)
        if lang == "fi":
            for heading in FI_ART15:
                assert heading in text
        assert OTHER not in text and OLD_PHONE not in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == lab["title"]
    assert meta.author is None


def test_pdf_breaks_long_content_over_pages(
    session: Session, settings: Settings, font: Path
) -> None:
    chat = session.get(ChatRecord, 1)
    assert chat is not None
    long_word = "https://www.example.com/" + "x" * 300
    chat.lines = [
        ChatLine(position=i, time=f"10:{i % 60:02d}", speaker="Åsa", text=f"Rivi {i}: {CHAT_LINE}")
        for i in range(150)
    ] + [
        ChatLine(position=150, time="11:00", speaker="Åsa", text=long_word),
        ChatLine(position=151, time="11:01", speaker="Åsa", text="Kiitos 👍\tnähdään"),
    ]
    enquiry = session.get(Enquiry, 1)
    assert enquiry is not None
    enquiry.message = "Pitkä viesti ”lainausmerkein” – 5 €. " * 400  # taller than a page
    session.add_all([chat, enquiry])
    session.commit()
    pdf = render_pdf(_extract(session, settings, "sv"), settings)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 5
    for text in _pdf_text(pdf):
        assert "Rivi 149:" in text and "Pitkä viesti ”lainausmerkein” – 5 €." in text
        assert "Kiitos [U+1F44D]" in text and "nähdään" in text  # a missing glyph stays visible
        assert "Dina rättigheter" in text and "Rätt att klaga" in text
        assert f"Sida {len(reader.pages)}/{len(reader.pages)}" in text


def test_labels_have_the_same_keys_in_every_language(labels: dict[str, Any]) -> None:
    def keys(d: dict[str, Any], prefix: str = "") -> set[str]:
        out: set[str] = set()
        for k, v in d.items():
            out |= keys(v, f"{prefix}{k}.") if isinstance(v, dict) else {prefix + k}
        return out

    assert set(labels) == set(LANGUAGES)
    assert keys(labels["fi"]) == keys(labels["sv"]) == keys(labels["en"])


# ---------------------------------------------------------------------------------- the font
def test_find_font_without_fallback_names_the_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "NoSuchFont.ttf"
    settings = Settings(register={"font_path": str(missing)})
    with pytest.raises(FontMissing) as err:
        find_font(settings, fallback=False)
    message = str(err.value)
    assert isinstance(err.value, RuntimeError) and "\n" not in message
    assert str(missing) in message
    assert "fonts-dejavu-core" in message and "register.font_path" in message


def test_find_font_with_nothing_installed_says_what_to_install(tmp_path: Path) -> None:
    settings = Settings(register={"font_path": str(tmp_path / "gone.ttf")})
    with pytest.raises(FontMissing, match="fonts-dejavu-core"):
        find_font(settings, candidates=[tmp_path / "DejaVuSans.ttf"])
    with pytest.raises(FontMissing, match="register.font_path"):
        find_font(Settings(), candidates=[])


def test_find_font_prefers_the_configured_file(tmp_path: Path, font: Path) -> None:
    chosen = tmp_path / "Chosen.ttf"
    chosen.write_bytes(font.read_bytes())
    settings = Settings(register={"font_path": str(chosen)})
    assert find_font(settings, fallback=False) == chosen
    fallback = Settings(register={"font_path": str(tmp_path / "typo.ttf")})
    assert find_font(fallback, candidates=[chosen]) == chosen


def test_a_file_that_is_no_font_is_reported(
    tmp_path: Path, session: Session, settings: Settings
) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_text("not a font", encoding="utf-8")
    bad = Settings(register={"font_path": str(bogus)})
    with pytest.raises(FontMissing, match="fonts-dejavu-core"):
        render_pdf(_extract(session, settings), bad)
