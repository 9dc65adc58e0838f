"""Issue 8: words as language, requests as concepts, any form plugin, confidence.

The mails here are written for these tests (not taken from the corpora): they use
phrasings the phrase patterns in mailbot/data/keywords never listed, so they pass
only through folding, stems, compounds, typos and concepts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mailbot.classify import Rules, classify
from mailbot.classify.concepts import detect
from mailbot.classify.forms import field_of_label, html_pairs, parse_fields
from mailbot.classify.requests import explain_requests
from mailbot.classify.words import ConceptLexicon, fold, parse_concepts, token_concepts
from mailbot.cli import app
from mailbot.parsing import parse
from tests.helpers import make_mail, write_config

RULES = Rules.of(["forms@plaza.example.com"], ["chat@plaza.example.com"])


def run(body: str, subject: str = "Hei", **kw: object):  # type: ignore[no-untyped-def]
    return classify(parse(make_mail(body, subject=subject, **kw)), RULES)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- words
def test_fold_drops_diacritics_and_keeps_length() -> None:
    text = "Pöistäkää TIETONI, Åsa Ørsted Ñandú"
    assert fold(text) == "poistakaa tietoni, asa orsted nandu"
    assert len(fold(text.casefold())) == len(text.casefold())


@pytest.mark.parametrize(
    ("token", "concept"),
    [
        ("poistakaa", "erase"),  # a stem with its ending
        ("poistakaa".replace("a", "ä"), "erase"),  # diacritics typed or not
        ("asiakasrekisteristanne", "register"),  # a stem inside a compound
        ("kundregistret", "register"),
        ("personuppgifterna", "data"),
        ("databse", "register"),  # one letter missing from a long word
        ("errase", "erase"),  # one letter too many
        ("newslettter", "newsletter"),
    ],
)
def test_token_concepts(token: str, concept: str) -> None:
    assert concept in token_concepts(fold(token))


@pytest.mark.parametrize(
    ("token", "concept"),
    [
        ("tietosuoja", "data"),  # excluded: data protection is not "my data"
        ("renamed", "erase"),  # five-letter stems forgive typos only in whole words
        ("unsubscribe", "subscribe"),
        ("longer", "payroll"),
    ],
)
def test_token_not_concept(token: str, concept: str) -> None:
    assert concept not in token_concepts(fold(token))


def test_concept_file_format() -> None:
    lex = ConceptLexicon()
    parse_concepts("# comment\nerase: zap*, !zapper, make vanish\n", lex, "xx")
    assert lex.stems["zap"] == {"erase"}
    assert [t.text for t in lex.excluded["erase"]] == ["zapper"]
    assert [[t.text for t in terms] for terms, _ in lex.phrases] == [["make", "vanish"]]
    with pytest.raises(ValueError, match="line 2"):
        parse_concepts("erase: zap\nno colon here\n", lex)


# --------------------------------------------------------------------------- requests
@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        # Finnish, formal, with an article number and a compound register word.
        (
            "Tietojen oikaisu",
            "Vaadin tietosuoja-asetuksen 16 artiklan nojalla, että oikaisette "
            "asiakasrekisterinne virheelliset tietoni.",
            ["rectification"],
        ),
        # Finnish, colloquial, typed without ä/ö.
        (
            "nimi",
            "moi, mun sukunimi on vaarin teidan jarjestelmassa. korjatkaa se",
            ["rectification"],
        ),
        (
            "numero",
            "Mistä olette saaneet puhelinnumeroni? Haluan tietää mitä tietoja minusta on.",
            ["access"],
        ),
        ("Puhelut", "Kiellän puhelinmarkkinoinnin, älkää soittako minulle.", ["objection"]),
        # English with typos and on behalf of someone else.
        ("gdpr", "pls errase all my personal infomation from you're databse", ["erasure"]),
        (
            "My daughter",
            "Please wipe my daughter's details from your customer database.",
            ["erasure"],
        ),
        (
            "Copy",
            "Under Art. 15 I would like to obtain a copy of the data you keep on me.",
            ["access"],
        ),
        # Swedish, on behalf of a parent, the request in the next sentence.
        (
            "Min pappa",
            "Jag skriver för min pappa som inte har e-post. Han vill att ni raderar hans "
            "uppgifter ur kundregistret.",
            ["erasure"],
        ),
        ("Nyhetsbrev", "Hej, jag vill gärna prenumerera på ert nyhetsbrev.", ["subscribe"]),
        ("Nyhetsbrev", "Sluta skicka nyhetsbrevet till mig, tack.", ["unsubscribe"]),
        ("Fråga", "jag vill veta vilken information ni sparar om mig", ["access"]),
        ("list", "i want out of your mailing list", ["unsubscribe"]),
        (
            "Ex-employee",
            "I worked for you until 2021. Please send me a copy of my HR file.",
            ["personnel"],
        ),
        # An employee about payroll data is a personnel matter, not access.
        (
            "Palkkatiedot",
            "Olin teillä töissä 2019–2022. Mitä palkkatietojani palkanlaskentanne vielä säilyttää?",
            ["personnel"],
        ),
    ],
)
def test_requests_as_concepts(subject: str, body: str, want: list[str]) -> None:
    cls = run(body, subject=subject)
    assert (cls.kind, cls.requests) == ("data_request", want), cls.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Logo", "Could you remove the old logo from the reference page? Thanks."),
        ("Lasku", "Poistakaa virheellinen lasku 4411 järjestelmästänne, lähetän uuden."),
        ("Order", "Please delete my order 5521, I placed it twice."),
        # Talking about requests: a survey, a sales pitch with reported speech, an article.
        (
            "Kysely",
            "Teemme kyselyä yritysten tietosuojakäytännöistä: miten käsittelette "
            "rekisteröityjen pyyntöjä poistaa tiedot? Vastaa kyselyyn linkistä.",
        ),
        (
            "Automate your GDPR",
            'Customers write "delete my data" or "send me a copy of my data" every week. '
            "Our tool automates such requests for companies like yours.",
        ),
        (
            "Artikkeli",
            "Uutiskirjeemme artikkeli: rekisteröidyllä on oikeus tulla unohdetuksi, ja "
            "rekisterinpitäjän on käsiteltävä pyynnöt kuukaudessa.",
        ),
        ("Ei tarvitse", "Tietojani ei tarvitse poistaa, päivitin vain osoitteen laskulle."),
        # Asking what to give, or about an order's data, is not asking what is held.
        ("Account", "What information do you need from me to open a customer account?"),
        ("Tiedot", "Mitä tietoja tarvitsette minusta tilauksen tekemiseen?"),
        ("Question", "Do you have my order details? I can't find the confirmation."),
        ("Kiitos", "Kiitos, kaikki tiedot näyttävät oikealta, ei muutoksia."),
    ],
)
def test_traps_are_not_requests(subject: str, body: str) -> None:
    cls = run(body, subject=subject)
    assert cls.kind == "other", (cls.requests, cls.evidence)


def test_quoted_old_request_is_not_a_new_one() -> None:
    body = "Kiitos, asia on selvä.\n\n> Poistakaa kaikki tietoni rekisteristänne.\n"
    assert run(body, subject="Re: tiedot").kind == "other"


def test_reported_speech_is_blanked_and_recorded() -> None:
    ev = detect('our clients often write "please erase my personal data" to us')
    assert ev.requests == []
    assert ev.quoted == ['"please erase my personal data"']


def test_on_behalf_is_noted_for_the_reviewer() -> None:
    _, ev = explain_requests("x", "Please delete my son's personal data from your register.")
    assert ev.on_behalf


# --------------------------------------------------------------------------- forms
def test_html_table_label_cell_value_cell() -> None:
    html = (
        "<table><tr><td>Förnamn</td><td>Eva</td></tr><tr><td>Efternamn</td><td>Berg</td></tr>"
        "<tr><td>E-post</td><td><a href='mailto:eva@example.org'>eva@example.org</a></td></tr>"
        "<tr><td>Meddelande</td><td>Har ni kabelskåp?</td></tr></table>"
    )
    fields = parse_fields("", html)
    assert fields["name"] == "Eva Berg"
    assert fields["email"] == "eva@example.org"
    assert fields["message"] == "Har ni kabelskåp?"


def test_html_label_row_value_row_and_definition_list() -> None:
    rows = "<table><tr><th>Nimi</th></tr><tr><td>Ilkka Esimerkki</td></tr></table>"
    assert html_pairs(rows) == [("name", "Ilkka Esimerkki")]
    dl = "<dl><dt>Company</dt><dd>Example Oy</dd><dt>Phone</dt><dd>040 000 0000</dd></dl>"
    assert html_pairs(dl) == [("company", "Example Oy"), ("phone", "040 000 0000")]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Your e-mail address", "email"),
        ("Comment or Message", "message"),
        ("What's your name?", "name"),
        ("Mihin sähköpostiosoitteeseen vastaamme?", "email"),
        ("Puhelinnumerosi (vapaaehtoinen)", "phone"),
        ("Lähettäjä", "email"),
        ("Från", "email"),
        ("**Företagsnamn**", "company"),
        ("Page submitted on", "page"),
        ("How did you hear about us?", None),
    ],
)
def test_labels_in_any_wording(label: str, field: str | None) -> None:
    assert field_of_label(label) == field


def test_block_labels_and_reply_to_fallback() -> None:
    body = (
        "--- Name ---\n\nEero Esimerkki\n\n--- Company ---\n\nEsimerkki Oy\n\n"
        "--- Message ---\n\nOnko teillä huoltoa Oulussa?\n"
    )
    cls = run(
        body,
        subject="New entry",
        sender="forms@plaza.example.com",
        headers={"Reply-To": "eero@example.org"},
    )
    assert cls.kind == "contact_form"
    assert cls.fields["name"] == "Eero Esimerkki"
    assert cls.fields["email"] == "eero@example.org"


def test_configured_sender_without_a_form_is_automatic() -> None:
    body = "Howdy! Some plugins on your site were updated to their latest versions.\n"
    assert run(body, subject="Plugins updated", sender="forms@plaza.example.com").kind == (
        "automatic"
    )
    reset = "Someone asked to reset the password of the account admin. Ignore if not you."
    assert run(reset, subject="Password reset", sender="chat@plaza.example.com").kind == (
        "automatic"
    )


def test_noreply_form_service_is_a_form_and_bounce_stays_automatic() -> None:
    body = "Name: Elli Esimerkki\nEmail: elli@example.org\nMessage: Do you sell RMUs?\n"
    cls = run(body, subject="New submission", sender="noreply@forms.example.net")
    assert cls.kind == "contact_form"
    bounce = run(body, subject="Undelivered", sender="mailer-daemon@example.net")
    assert bounce.kind == "automatic"


def test_chat_lines_in_other_layouts() -> None:
    body = (
        "Chat transcript\n\nVisitor: Kim Example\nEmail: kim@example.org\n\n"
        "Kim Example (09:01): Hello, do you ship to Tallinn?\n"
        "Agent (09:02): Yes we do.\n"
    )
    cls = run(body, subject="Transcript", sender="noreply@chat.example.net")
    assert cls.kind == "chat_transcript"
    assert [line.speaker for line in cls.chat_lines] == ["Kim Example", "Agent"]


# --------------------------------------------------------------------------- confidence
def test_confidence_and_evidence() -> None:
    sure = run("Under article 17 GDPR please erase all my personal data.", subject="Erasure")
    assert sure.kind == "data_request" and sure.confidence >= 0.9
    assert any("article 17" in e for e in sure.evidence)
    survey = run(
        "Kysely: miten yrityksenne käsittelee tietopyyntöjä ja pyyntöjä poistaa tietoja? "
        "Kyselyn tulokset julkaistaan opinnäytetyössä.",
        subject="Kysely",
    )
    assert survey.kind == "other" and survey.confidence < 0.6


def test_classify_explain_cli(tmp_path: Path) -> None:
    mail = tmp_path / "m.eml"
    mail.write_bytes(make_mail("Please erase all my personal data.", subject="Delete"))
    cfg = str(write_config(tmp_path))
    result = CliRunner().invoke(app, ["classify", "--explain", str(mail), "--config", cfg])
    assert result.exit_code == 0, result.output
    assert "confidence" in result.output and "erase + own data" in result.output
    result = CliRunner().invoke(
        app, ["classify", "--explain", "--json", str(mail), "--config", cfg]
    )
    row = json.loads(result.stdout)
    assert row["kind"] == "data_request" and 0 < row["confidence"] <= 1
    assert row["evidence"]


# --------------------------------------------------------------------------- robustness
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=st.text(max_size=80), body=st.text(max_size=2000))
def test_classify_never_raises(subject: str, body: str) -> None:
    subject = "".join(c for c in subject if c.isprintable()) or "x"
    cls = run(body or "x", subject=subject)
    assert 0.0 <= cls.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_concepts_and_fields_never_raise(text: str) -> None:
    detect(text.casefold())
    parse_fields(text, f"<table><tr><td>{text[:50]}</td><td>{text[50:100]}</td></tr></table>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            '[Plaza] Please moderate: "Cable joints"',
            "A new comment on the post is waiting for your approval\nAuthor: Sam\n"
            "Email: sam@example.org\nComment: Nice post, do you ship to Oulu?\n",
        ),
        ("[Plaza] Uusi käyttäjä", "Uusi käyttäjä rekisteröityi.\nSähköposti: u@example.org\n"),
        (
            "[Plaza] Ny kommentar",
            "Ny kommentar väntar på granskning.\nNamn: Eva\nE-post: e@example.org\n",
        ),
    ],
)
def test_site_notices_from_the_form_sender_are_automatic(subject: str, body: str) -> None:
    assert run(body, subject=subject, sender="forms@plaza.example.com").kind == "automatic"


def test_a_visitor_writing_about_a_password_reset_is_still_a_form() -> None:
    body = (
        "Name: Ella Esimerkki\nEmail: ella@example.org\n"
        "Message: Password reset does not work on your customer portal.\n"
    )
    assert run(body, subject="Website enquiry", sender="forms@plaza.example.com").kind == (
        "contact_form"
    )


def test_gravity_forms_spacer_cell_and_markdown_bold_labels() -> None:
    html = (
        "<table><tr><td colspan='2'><strong>Name</strong></td></tr>"
        "<tr><td>&nbsp;</td><td>Olli Esimerkki</td></tr>"
        "<tr><td colspan='2'><strong>Email</strong></td></tr>"
        "<tr><td>&nbsp;</td><td>olli@example.org</td></tr></table>"
    )
    assert parse_fields("", html) == {"name": "Olli Esimerkki", "email": "olli@example.org"}
    assert parse_fields("**Name:** Eva Example\n**E-mail:** eva@example.org\n") == {
        "name": "Eva Example",
        "email": "eva@example.org",
    }
