"""The layout-generic field extractor: the categories blind corpora found, and its safety.

Each category test is a layout, not a message: a question/answer form from a robot
sender, a back-office link beside the public page, a mailto: link as the only name, a
page that is only a link's target. The property tests build forms in every layout from
the label data and check the fields come back exactly, and that nothing is invented.
"""

from __future__ import annotations

import html as html_lib
import random
import tomllib
from importlib import resources

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mailbot.classify import Rules, classify
from mailbot.classify.forms import (
    chat_visitor_name,
    field_of_label,
    is_admin_url,
    is_placeholder,
    parse_chat,
    parse_fields,
)
from mailbot.lexicon import lexicon
from mailbot.parsing import html_to_text, parse
from tests.helpers import make_mail

RULES = Rules.of(["wordpress@site.example.com"], ["transcripts@chat.example.net"])
WEB = "https://www.site.example.com"


def run(body: str = "", *, html: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
    return classify(parse(make_mail(body, html=html, **kw)), RULES)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- categories
@pytest.mark.parametrize(
    ("sender", "questions"),
    [
        (
            "Forms <notifications@forms.example.com>",
            "What should we call you?\nAda Example\n\nWhat's your email address?\n"
            "ada@example.org\n\nYour phone number\n040 123 4567\n",
        ),
        (
            "Lomakkeet <noreply@forms.example.com>",
            "Mikä on nimesi?\nAda Esimerkki\n\nMihin sähköpostiosoitteeseen vastaamme?\n"
            "ada@example.org\n\nPuhelinnumerosi\n040 123 4567\n",
        ),
        (
            "Formulär <no-reply@forms.example.com>",
            "Vad heter du?\nAda Exempel\n\nVilken e-postadress kan vi nå dig på?\n"
            "ada@example.org\n\nDitt telefonnummer\n040 123 4567\n",
        ),
    ],
)
def test_a_question_form_from_a_robot_sender_is_a_form(sender: str, questions: str) -> None:
    body = "You have a new response.\n\n" + questions + "\nAnything else?\nNo.\n"
    cls = run(body, sender=sender, subject="New response")
    assert cls.kind == "contact_form", cls.reason
    assert cls.fields["email"] == "ada@example.org"
    assert cls.fields["phone"] == "040 123 4567"
    assert cls.fields["name"].startswith("Ada ")


def test_a_robot_senders_report_without_a_visitor_stays_automatic() -> None:
    body = (
        "Your form got 14 responses this week.\nCompletion rate: 62 %\n\n"
        "See all responses: https://admin.forms.example.com/form/Ab1/results\n"
    )
    assert run(body, sender="notifications@forms.example.com").kind == "automatic"


@pytest.mark.parametrize(
    "admin",
    [
        f"{WEB}/admin/structure/webform/manage/contact/submission/412",
        f"{WEB}/node/7/webform/submission/3",
        f"{WEB}/wp-admin/admin.php?page=gf_entries&view=entry&id=1&lid=9",
        "https://app.forms.example.com/inbox/991",
        "https://admin.typeform.example.com/form/Xb12Qw/results",
    ],
)
def test_a_back_office_link_is_never_the_page(admin: str) -> None:
    assert is_admin_url(admin)
    for layout in (
        f"Submission URL: {admin}\nSent from page: {WEB}/sv/kontakt/\n",  # admin first
        f"Sidan skickades från: {WEB}/sv/kontakt/\n\nInskickningens URL: {admin}\n",
    ):
        fields = parse_fields("Name: Ada Example\nEmail: ada@example.org\n" + layout)
        assert fields["page"] == f"{WEB}/sv/kontakt/"
    alone = parse_fields(f"Name: Ada Example\nEmail: ada@example.org\nURL: {admin}\n")
    assert "page" not in alone  # no public page: none, rather than the back office


def test_public_pages_are_not_back_office() -> None:
    for url in (f"{WEB}/fi/talvisailytys/", f"{WEB}/en/contact/?utm_source=x", f"{WEB}/"):
        assert not is_admin_url(url)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Från: <a href='mailto:karin@example.net'>Karin Blomqvist</a><br>Telefon: 050 1</p>"
        "<p>Meddelande:<br>Hej!</p>",
        "<p>Från: Karin Blomqvist &lt;<a href='mailto:karin@example.net'>karin@example.net</a>"
        "&gt;<br>Telefon: 050 1</p><p>Meddelande:<br>Hej!</p>",
    ],
)
def test_the_name_beside_or_inside_a_mailto_link(markup: str) -> None:
    cls = run("", html=f"<html><body>{markup}</body></html>", sender="wordpress@site.example.com")
    assert cls.kind == "contact_form"
    assert cls.fields["name"] == "Karin Blomqvist"
    assert cls.fields["email"] == "karin@example.net"


def test_a_footer_mailto_is_not_the_visitor_when_a_label_names_one() -> None:
    markup = (
        "<table><tr><td>Name</td><td>Ada Example</td></tr>"
        "<tr><td>Email</td><td>ada@example.org</td></tr></table>"
        "<p>Questions? <a href='mailto:support@forms.example.com'>Support team</a></p>"
    )
    fields = parse_fields("", markup)
    assert fields["email"] == "ada@example.org" and fields["name"] == "Ada Example"


@pytest.mark.parametrize(
    "markup",
    [
        f"<p>Page submitted on: <a href='{WEB}/sv/motorservice/'>Motorservice | Site</a></p>",
        f"<p>Lähetetty sivulta: <a href='{WEB}/sv/motorservice/'>Huolto</a></p>",
        f"<p><b>Sidan formuläret skickades från:</b> <a href='{WEB}/sv/motorservice/'>X</a></p>",
        f"<table><tr><td>Page URL</td><td><a href='{WEB}/sv/motorservice/'>Service</a></td></tr>"
        "</table>",
        f"<dl><dt>Sidan</dt><dd><a href='{WEB}/sv/motorservice/'>Motorservice</a></dd></dl>",
    ],
)
def test_a_page_that_is_only_a_links_target(markup: str) -> None:
    form = (
        "<table><tr><td>First name</td><td>Patrik</td></tr><tr><td>Last name</td>"
        "<td>Grönroos</td></tr><tr><td>Email</td><td>patrik@example.net</td></tr></table>"
    )
    fields = parse_fields("", form + markup)
    assert fields["page"] == f"{WEB}/sv/motorservice/"
    assert fields["name"] == "Patrik Grönroos"


def test_a_link_after_an_unrelated_label_is_no_page() -> None:
    markup = f"<p>Unsubscribe: <a href='{WEB}/unsubscribe'>here</a></p>"
    assert "page" not in parse_fields("Name: Ada\nEmail: ada@example.org\n", markup)


def test_weak_words_at_the_end_of_a_label_name_nothing() -> None:
    assert field_of_label("Från") == "email"
    assert field_of_label("Sidan skickades från") == "page"
    assert field_of_label("Meddelande från") is None
    assert field_of_label("Användarnamn") is None  # a username is no visitor's name
    assert field_of_label("User Agent") is None
    assert field_of_label("Käyttäjäagentti") is None


def test_placeholders_are_no_value() -> None:
    fields = parse_fields(
        "Nimi: Ada\nSähköposti: ada@example.org\nPuhelin: ei annettu\nYritys: -\n"
    )
    assert fields == {"name": "Ada", "email": "ada@example.org"}


def test_a_visitor_label_holding_an_address_is_the_address() -> None:
    assert parse_fields("Besökare: kustbo77@example.net\nMeddelande:\nHej\n") == {
        "email": "kustbo77@example.net",
        "message": "Hej",
    }


# --------------------------------------------------------------------------- chats
@pytest.mark.parametrize(
    ("heading", "subject", "name"),
    [
        ("Konversation med Sara Westerlund", "", "Sara Westerlund"),
        ("Chat transcript", "Chat transcript: Anders Berg (Berg Sailing AB)", "Anders Berg"),
        ("Keskustelu Oskari Virta kanssa on päättynyt.", "", "Oskari Virta"),
        ("Jonas Meyer sent a message on Site:", "", "Jonas Meyer"),
        ("Oskar Nyberg skickade ett meddelande på Site:", "", "Oskar Nyberg"),
        ("Uusi keskustelu – Venetelakka", "Keskustelu vierailijan #48213 kanssa", None),
        ("Chat with Visitor 48211", "", None),
    ],
)
def test_the_visitor_named_by_the_chat_services_heading(
    heading: str, subject: str, name: str | None
) -> None:
    assert chat_visitor_name([heading], subject) == name


def test_transcript_line_layouts() -> None:
    text = (
        "Email: a@example.org\n\n(10:20:04) Kristina Borg: hej\n"
        "[2026-03-05 15:50:03] Linda: hej!\n"
        "Leena Kallio 12:44\ntext below\n"
        "Agent · 12:45\nreply\n"
    )
    _fields, lines, _form = parse_chat(text)
    assert [(x.time, x.speaker) for x in lines] == [
        ("10:20:04", "Kristina Borg"),
        ("15:50:03", "Linda"),
        ("12:44", "Leena Kallio"),
        ("12:45", "Agent"),
    ]
    assert lines[2].text == "text below"


def test_an_anonymous_transcript_from_a_robot_sender_is_a_chat() -> None:
    body = (
        "New conversation – Site\n\nVisitor #48213\nEmail: not provided\n"
        f"Page: {WEB}/en/prices/\n\n12:40 Visitor #48213: how much is it\n"
        "12:41 Markku: 95 euros.\n12:42 Visitor #48213: ok thanks\n"
    )
    cls = run(body, sender="noreply@chat.example.com", subject="Conversation with visitor")
    assert cls.kind == "chat_transcript"
    assert cls.fields == {"page": f"{WEB}/en/prices/"}


def test_a_calendar_digest_is_no_dialogue() -> None:
    body = "Your day\n\n09:00 Standup: daily\n10:30 Review: sprint\n13:00 Lunch: team\n"
    assert run(body, sender="noreply@calendar.example.com").kind == "automatic"


# --------------------------------------------------------------------------- properties
def _clean_labels(field: str) -> list[str]:
    """The label words as the data files write them (with diacritics), that name `field`."""
    doc = tomllib.loads(
        (resources.files("mailbot") / "data" / "form_fields.toml").read_text(encoding="utf-8")
    )
    words = [k for k, v in lexicon().labels.items() if v == field]
    words += doc["labels"].get(field, [])
    return sorted({w for w in words if field_of_label(w) == field})


LABELS = {f: _clean_labels(f) for f in ("name", "email", "phone", "company", "message")}
LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
word = st.text(LETTERS, min_size=2, max_size=10).map(str.capitalize)
person = st.lists(word, min_size=1, max_size=3).map(" ".join)
phone = st.from_regex(r"\+?[0-9]{2,3}( ?[0-9]{2,4}){2,3}", fullmatch=True)
address = st.from_regex(r"[a-z]{1,12}(\.[a-z]{1,8})?@example\.(com|org|net)", fullmatch=True)


def _case(rnd: random.Random, label: str) -> str:
    return rnd.choice([label, label.capitalize(), label.upper(), label.title()])


def _layout(pairs: list[tuple[str, str]], style: int) -> tuple[str, str]:
    """(text, html) of label/value pairs in one of the layouts plugins use."""
    e = html_lib.escape
    if style == 0:
        return "\n".join(f"{k}: {v}" for k, v in pairs) + "\n", ""
    if style == 1:
        return "".join(f"{k}\n{v}\n\n" for k, v in pairs), ""
    if style == 2:
        return "".join(f"--- {k} ---\n\n{v}\n\n" for k, v in pairs), ""
    if style == 3:
        rows = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in pairs)
        return "", f"<table>{rows}</table>"
    if style == 4:
        rows = "".join(
            f"<tr><td colspan='2'><b>{e(k)}</b></td></tr><tr><td>&nbsp;</td><td>{e(v)}</td></tr>"
            for k, v in pairs
        )
        return "", f"<table>{rows}</table>"
    if style == 5:
        items = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in pairs)
        return "", f"<dl>{items}</dl>"
    if style == 6:
        return "".join(f"| {k} | {v} |\n" for k, v in pairs), ""
    if style == 7:
        return "".join(f"{k} {'.' * (30 - len(k) % 20)} {v}\n" for k, v in pairs), ""
    return "".join(f"<p><strong>{e(k)}</strong><br>{e(v)}</p>" for k, v in pairs), "x"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=person,
    email=address,
    tel=phone,
    company=person,
    seed=st.integers(0, 10**6),
    style=st.integers(0, 8),
)
def test_any_layout_any_label_gives_the_fields_back(
    name: str, email: str, tel: str, company: str, seed: int, style: int
) -> None:
    """Every label the data names, in every layout, returns exactly what was written."""
    rnd = random.Random(seed)
    values = {"name": name, "email": email, "phone": tel, "company": company + " Oy"}
    # A value that is itself a label word ("Asia") is ambiguous by nature.
    assume(not any(field_of_label(v) or is_placeholder(v) for v in values.values()))
    pairs = [(_case(rnd, rnd.choice(LABELS[f])), v) for f, v in values.items()]
    rnd.shuffle(pairs)
    pairs.append((rnd.choice(LABELS["message"]), "Hello there, a question."))
    text, markup = _layout(pairs, style)
    if markup == "x":  # HTML paragraphs: what an HTML-only mail's text rendering gives
        markup = text
        text = html_to_text(text)
    fields = parse_fields(text, markup)
    got = {k: fields.get(k) for k in values}
    assert got == values, (pairs, style)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_no_value_is_invented(text: str) -> None:
    """Every field is text of the mail (a split name: both of its parts)."""
    fields = parse_fields(text)
    for key, value in fields.items():
        if key == "name":
            assert all(part in text for part in value.split()), (key, value)
        elif key != "message":
            assert value in text, (key, value)
    _fields, lines, _form = parse_chat(text, text[:80])
    for line in lines:
        assert line.speaker.strip() in text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Name:", "Email: ", "a@", "@b", "<", ">", "\n", " ", "---", "[10:00]", "http://",
             "Sida:", "?", "a" * 70, "mailto:", "<td>", "</td>", "<tr>", "<a href='"]
        ),
        max_size=400,
    )
)  # fmt: skip
def test_hostile_fragments_never_raise(parts: list[str]) -> None:
    text = "".join(parts)
    parse_fields(text, text)
    parse_chat(text, text[:100])
    chat_visitor_name(text.split("\n"), text[:100])


# --------------------------------------------------------------------------- second batch
def test_a_visitors_website_is_the_page_only_when_nothing_says_better() -> None:
    text = "Name: Oscar Reed\nEmail: oscar@example.net\nWebsite: https://www.reed.example.net\n"
    assert parse_fields(text + f"Page URL: {WEB}/en/gravel/\n")["page"] == f"{WEB}/en/gravel/"
    assert parse_fields(text)["page"] == "https://www.reed.example.net"


@pytest.mark.parametrize(
    ("footer", "page"),
    [
        (f"Skickat från sidan Gatsten ({WEB}/sv/gatsten/)", f"{WEB}/sv/gatsten/"),
        (f"Sent from the page Paving ({WEB}/en/paving/)", f"{WEB}/en/paving/"),
        (f"Lähetetty sivulta Kiveys ({WEB}/fi/kiveys/)", f"{WEB}/fi/kiveys/"),
        (f"Detta e-postmeddelande skickades från ett kontaktformulär på Site ({WEB}/sv/)", None),
        (f"This e-mail was sent from a contact form on Site ({WEB}/en/)", None),
    ],
)
def test_a_footers_link_in_brackets_is_a_page_after_a_page_word(
    footer: str, page: str | None
) -> None:
    fields = parse_fields(f"From: Nils <nils@example.com>\nMessage:\nHej\n\n--\n{footer}\n")
    assert fields.get("page") == page


def test_a_split_name_in_html_cells_beats_the_text_rendering() -> None:
    markup = (
        "<table><tr><td>Name</td><td><table><tr><td>First Name</td><td>Jane</td></tr>"
        "<tr><td>Last Name</td><td>Doe</td></tr></table></td></tr>"
        "<tr><td>E-mail</td><td>jane@example.com</td></tr></table>"
    )
    text = "First Name  Jane\nName          Last Name   Doe\nE-mail        jane@example.com\n"
    assert parse_fields(text, markup)["name"] == "Jane Doe"


@pytest.mark.parametrize("sender", ["notifications@forms.example.com", "noreply@forms.example.com"])
def test_a_survey_without_name_or_message_from_a_form_robot_is_a_form(sender: str) -> None:
    body = (
        "You have a new response to Booking.\n\nWhich boat is it?\nNimbus 26\n\n"
        "When do you want it lifted?\nIn October\n\nWhere can we reach you?\n"
        "ada@example.org\n\nHow did you find us?\nA friend\n"
    )
    cls = run(body, sender=sender, subject="New response: Booking")
    assert cls.kind == "contact_form", cls.reason
    assert cls.fields["email"] == "ada@example.org"


def test_a_persons_mail_with_questions_and_an_address_is_not_a_survey() -> None:
    body = (
        "Hi,\n\nDo you deliver to Espoo?\nWe need 3 t.\n\nCan you quote?\nThanks\n\n"
        "What about Saturdays?\nAda\nEmail: ada@example.org\n"
    )
    assert run(body, sender="Ada <ada@example.org>").kind != "contact_form"


def test_times_in_a_forms_message_do_not_make_it_a_chat() -> None:
    body = (
        "Nimi: Ada Esimerkki\nSähköposti: ada@example.org\nViesti:\nSoittakaa huomenna klo 10:00\n"
        "tai sitten klo 14:30\nKiitos 12:00\n"
    )
    assert run(body, sender="wordpress@site.example.com").kind == "contact_form"
    assert run(body, sender="Ada <ada@example.org>").kind == "contact_form"


def test_an_anonymous_visitor_has_no_name() -> None:
    text = "Visitor:\nGuest\n\nEmail: ada@example.org\n\n[10:00] Guest: hi\n[10:01] Anna: hello\n"
    fields, _lines, _form = parse_chat(text)
    assert fields == {"email": "ada@example.org"}
    assert "name" not in parse_fields("Lähettäjä: Anonyymi\nSähköposti: a@example.org\n")


# --------------------------------------------------------------------------- third batch
@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Name (First)", "first_name"),
        ("Name (Last)", "last_name"),
        ("Nimi (etunimi)", "first_name"),
        ("Namn [efternamn]", "last_name"),
        ("Name (required)", "name"),
        ("Aloitussivu", "page"),
    ],
)
def test_a_note_in_brackets_names_the_part_of_a_name(label: str, field: str) -> None:
    assert field_of_label(label) == field


def test_speaker_heads_with_at_and_klo() -> None:
    text = "Sam Rivers at 10:02 AM\nHi\n\nAnna klo 10.03\nHei\n"
    _fields, lines, _form = parse_chat(text)
    assert [(x.speaker, x.text) for x in lines] == [("Sam Rivers", "Hi"), ("Anna", "Hei")]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Nimi / Namn / Name", "name"),
        ("Sähköposti | E-post", "email"),
        ("Company/Organisation", "company"),
        ("Website/URL", None),  # a visitor's site or a page: neither, rather than a guess
        ("E-mail/Puhelin", None),
        ("Puh.nro", "phone"),
    ],
)
def test_bilingual_and_either_or_labels(label: str, field: str | None) -> None:
    assert field_of_label(label) == field


def test_a_name_in_brackets_before_the_address() -> None:
    fields = parse_fields("Email: Ada Example (ada@example.org)\nMessage: hi\n")
    assert fields["name"] == "Ada Example" and fields["email"] == "ada@example.org"


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Ada Example |\n| Email | ada@example.org |\n",
        "NAME ............ Ada Example\nEMAIL ........... ada@example.org\n",
        "Nimi / Namn / Name: Ada Example\nSähköposti / E-post: ada@example.org\n",
    ],
)
def test_text_tables_leaders_and_bilingual_labels(text: str) -> None:
    assert parse_fields(text) == {"name": "Ada Example", "email": "ada@example.org"}
