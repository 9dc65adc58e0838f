#!/usr/bin/env python3
"""Write tests/fields_cases: form and chat notifications in the layouts real services use.

Written for the field extractor (issue 8, "any form plugin") from the services' documented
notification formats, not from the extractor's code: Contact Form 7, WPForms, Gravity Forms,
Elementor, Ninja Forms, Fluent Forms, Formidable, HubSpot, Typeform, Jotform, Google Forms,
Drupal Webform, Wix, Squarespace, Webflow, Mailchimp; Tawk.to, LiveChat, Crisp, Zendesk,
Intercom, Olark. fi/sv/en labels; invented people, example.* domains.

    python3 tests/fields_cases/_generate.py

writes contact_form/*.eml, chat_transcript/*.eml, automatic/*.eml, manifest.toml and
senders.toml (the format bench/measure_corpus.py reads).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
SITE = "kivikko.example.com"
WEB = f"https://www.{SITE}"
FORM = f"wordpress@{SITE}"
CHAT = "transcripts@chat.example.net"
CASES: list[tuple[str, str, dict]] = []
_n = [0]


def mail(
    kind: str,
    name: str,
    sender: str,
    subject: str,
    *,
    text: str | None = None,
    html: str | None = None,
    fields: dict[str, str] | None = None,
    reply_to: str | None = None,
) -> None:
    _n[0] += 1
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"info@{SITE}"
    msg["Subject"] = subject
    when = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    msg["Date"] = format_datetime(when + timedelta(hours=_n[0]))
    msg["Message-ID"] = f"<fields-{_n[0]:03d}@{SITE}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    if text is not None:
        msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html or "", subtype="html")
    path = f"{kind}/{name}.eml"
    CASES.append((path, kind, fields or {}))
    (OUT / kind).mkdir(exist_ok=True)
    (OUT / path).write_bytes(bytes(msg))


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


if __name__ == "__main__":
    for _kind in ("contact_form", "chat_transcript", "automatic"):
        shutil.rmtree(OUT / _kind, ignore_errors=True)

# ----------------------------------------------------------------- Contact Form 7
mail(
    "contact_form",
    "cf7-en-default",
    f"Kivikko <{FORM}>",
    'Kivikko "Quote for a retaining wall"',
    text=(
        "From: Ryan Foster <ryan.foster@example.com>\nSubject: Quote for a retaining wall\n\n"
        "Message Body:\nHello, could you quote a 14 m granite retaining wall?\nRyan\n\n-- \n"
        f"This e-mail was sent from a contact form on Kivikko ({WEB})\n"
    ),
    fields={"name": "Ryan Foster", "email": "ryan.foster@example.com"},
)
mail(
    "contact_form",
    "cf7-fi-html-mailto-name",
    f"Kivikko <{FORM}>",
    "Kivikko: yhteydenotto",
    html=page(
        "<p>Lähettäjä: <a href='mailto:tiina.esimerkki@example.org'>Tiina Esimerkki</a><br>"
        "Aihe: Kiveys<br>Puhelin: 040 123 4567</p>"
        "<p>Viesti:<br>Hei, tarvitsisimme pihakiveyksen noin 60 m².</p>"
        "<p>-- <br>Tämä viesti lähetettiin yhteydenottolomakkeella sivustolta Kivikko</p>"
    ),
    fields={
        "name": "Tiina Esimerkki",
        "email": "tiina.esimerkki@example.org",
        "phone": "040 123 4567",
    },
)
mail(
    "contact_form",
    "cf7-sv-reply-to-only",
    f"Kivikko <{FORM}>",
    "Kivikko: Ny fråga",
    text=(
        "Namn: Eva Berg\nTelefon: +358 (0)50 765 4321\n\nMeddelande:\nHej! Säljer ni "
        "kantsten i grå granit?\n\n-- \nDetta e-postmeddelande skickades från ett "
        f"kontaktformulär på Kivikko ({WEB})\n"
    ),
    reply_to="Eva Berg <eva.berg@example.net>",
    fields={"name": "Eva Berg", "email": "eva.berg@example.net", "phone": "+358 (0)50 765 4321"},
)
# ----------------------------------------------------------------- WPForms
mail(
    "contact_form",
    "wpforms-sv-blocks-page",
    f"Kivikko <{FORM}>",
    "Ny post: Kontaktformulär",
    text=(
        "--- Förnamn ---\n\nLinnea\n\n--- Efternamn ---\n\nSundqvist\n\n--- E-post ---\n\n"
        "linnea.sundqvist@example.com\n\n--- Företag ---\n\nSundqvist Trädgård Ab\n\n"
        "--- Meddelande ---\n\nVi behöver 40 m² marksten till en uteplats.\n\n"
        f"--- Sidans adress ---\n\n{WEB}/sv/marksten/\n"
    ),
    fields={
        "name": "Linnea Sundqvist",
        "email": "linnea.sundqvist@example.com",
        "company": "Sundqvist Trädgård Ab",
        "page": f"{WEB}/sv/marksten/",
    },
)
mail(
    "contact_form",
    "wpforms-en-html-rows",
    f"Kivikko <noreply@{SITE}>",
    "New Entry: Contact Form",
    html=page(
        "<table width='100%'>"
        "<tr><td style='padding:10px'><strong>Name</strong></td></tr>"
        "<tr><td style='padding:10px'>Oliver Grant</td></tr>"
        "<tr><td><strong>Email</strong></td></tr><tr><td>oliver.grant@example.org</td></tr>"
        "<tr><td><strong>Phone</strong></td></tr><tr><td>(555) 010-2233</td></tr>"
        "<tr><td><strong>Comment or Message</strong></td></tr>"
        "<tr><td>Do you deliver crushed stone to Espoo?</td></tr>"
        "</table><p>Sent from <a href='"
        + WEB
        + "/en/deliveries/'>"
        + WEB
        + "/en/deliveries/</a></p>"
    ),
    fields={
        "name": "Oliver Grant",
        "email": "oliver.grant@example.org",
        "phone": "(555) 010-2233",
        "page": f"{WEB}/en/deliveries/",
    },
)
# ----------------------------------------------------------------- Gravity Forms
gf_rows = "".join(
    f"<tr bgcolor='#EAF2FA'><td colspan='2'><font><strong>{k}</strong></font></td></tr>"
    f"<tr bgcolor='#FFFFFF'><td width='20'>&nbsp;</td><td><font>{v}</font></td></tr>"
    for k, v in [
        ("Nimi", "Matti Meikäläinen"),
        ("Sähköposti", "<a href='mailto:matti.m@example.net'>matti.m@example.net</a>"),
        ("Yritys", "Meikäläisen Rakennus Oy"),
        ("Puhelin", "+358 40 555 0101"),
        ("Viesti", "Tarjouspyyntö: 12 t sepeliä Vantaalle."),
        ("Lähdesivu", f"<a href='{WEB}/fi/sepeli/'>{WEB}/fi/sepeli/</a>"),
    ]
)
mail(
    "contact_form",
    "gravity-fi-table-entry-link",
    f"Kivikko <{FORM}>",
    "Uusi tarjouspyyntö",
    html=page(
        f"<table width='99%'>{gf_rows}</table><p>Katso merkintä: "
        f"<a href='{WEB}/wp-admin/admin.php?page=gf_entries&view=entry&id=2&lid=41'>"
        f"{WEB}/wp-admin/admin.php?page=gf_entries&amp;view=entry&amp;id=2&amp;lid=41</a></p>"
    ),
    fields={
        "name": "Matti Meikäläinen",
        "email": "matti.m@example.net",
        "company": "Meikäläisen Rakennus Oy",
        "phone": "+358 40 555 0101",
        "page": f"{WEB}/fi/sepeli/",
    },
)
# ----------------------------------------------------------------- Elementor
mail(
    "contact_form",
    "elementor-fi-meta",
    f"Kivikko <{FORM}>",
    'Uusi viesti sivustolta "Kivikko"',
    text=(
        "Nimi: Aino Virtanen\nSähköposti: aino.virtanen@example.com\nPuhelin: 0401234567\n"
        "Viesti: Onko teillä muurikiveä varastossa?\n\n---\n\nPäivämäärä: 2.11.2026\n"
        f"Aika: 10.14\nSivun URL-osoite: {WEB}/fi/muurikivet/\n"
        "Käyttäjäagentti: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/132.0\n"
        "Etä-IP: 198.51.100.7\nPowered by: Elementor\n"
    ),
    fields={
        "name": "Aino Virtanen",
        "email": "aino.virtanen@example.com",
        "phone": "0401234567",
        "page": f"{WEB}/fi/muurikivet/",
    },
)
mail(
    "contact_form",
    "elementor-en-noreply",
    f"Elementor <noreply@{SITE}>",
    'New message from "Kivikko"',
    text=(
        "Name: Grace Hopper\nEmail: grace.h@example.org\nMessage: Please call me about paving.\n"
        f"\n---\n\nDate: November 2, 2026\nTime: 10:31 am\nPage URL: {WEB}/en/paving/\n"
        "User Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)\nRemote IP: 203.0.113.9\n"
        "Powered by: Elementor\n"
    ),
    fields={"name": "Grace Hopper", "email": "grace.h@example.org", "page": f"{WEB}/en/paving/"},
)
# ----------------------------------------------------------------- Ninja Forms, Fluent Forms
mail(
    "contact_form",
    "ninja-en-table-referer",
    f"Kivikko <{FORM}>",
    "Ninja Forms Submission",
    html=page(
        "<table><tr><td>Name:</td><td>Ada Example</td></tr>"
        "<tr><td>Email:</td><td>ada@example.com</td></tr>"
        "<tr><td>Company (optional):</td><td>Example Ltd</td></tr>"
        "<tr><td>Message:</td><td>Samples of your cobblestones, please.</td></tr>"
        f"<tr><td>Referer:</td><td>{WEB}/en/cobblestones/?utm_source=news</td></tr></table>"
    ),
    fields={
        "name": "Ada Example",
        "email": "ada@example.com",
        "company": "Example Ltd",
        "page": f"{WEB}/en/cobblestones/?utm_source=news",
    },
)
mail(
    "contact_form",
    "fluent-sv-th-rows",
    f"Kivikko <{FORM}>",
    "Nytt svar: Offert",
    html=page(
        "<table class='ff_all_data'>"
        "<tr class='field-label'><th><strong>Namn</strong></th></tr>"
        "<tr class='field-value'><td>Johan Lindqvist</td></tr>"
        "<tr class='field-label'><th><strong>E-postadress</strong></th></tr>"
        "<tr class='field-value'><td>johan.lindqvist@example.net</td></tr>"
        "<tr class='field-label'><th><strong>Telefonnummer</strong></th></tr>"
        "<tr class='field-value'><td>040-987 65 43</td></tr>"
        "<tr class='field-label'><th><strong>Meddelande</strong></th></tr>"
        "<tr class='field-value'><td>Hur mycket kostar 5 m³ stenmjöl?</td></tr></table>"
        f"<p>Skickat från: {WEB}/sv/stenmjol/</p>"
    ),
    fields={
        "name": "Johan Lindqvist",
        "email": "johan.lindqvist@example.net",
        "phone": "040-987 65 43",
        "page": f"{WEB}/sv/stenmjol/",
    },
)
# ----------------------------------------------------------------- Formidable
mail(
    "contact_form",
    "formidable-en-user-info",
    f"Kivikko <{FORM}>",
    "Contact Us Form submitted",
    text=(
        "Name: Henry Ford\nEmail: henry.ford@example.com\nWebsite/URL: https://ford.example.com\n"
        "Subject: Gravel\nMessage: How much for 20 t of gravel?\n\n\nUser Information\n"
        "IP Address: 192.0.2.44\nUser-Agent (Browser/OS): Mozilla/5.0 Chrome/130.0\n"
        f"Referrer: {WEB}/en/gravel/\n"
    ),
    fields={"name": "Henry Ford", "email": "henry.ford@example.com", "page": f"{WEB}/en/gravel/"},
)
# ----------------------------------------------------------------- HubSpot
hs_rows = "".join(
    f"<tr><td style='color:#516f90'>{k}</td><td>{v}</td></tr>"
    for k, v in [
        ("First name", "Nora"),
        ("Last name", "Quist"),
        ("Email", "nora.quist@example.org"),
        ("Company name", "Quist Landscaping"),
        ("Phone number", "+1 555 0100 77"),
        ("Message", "Need a quote for basalt slabs."),
    ]
)
mail(
    "contact_form",
    "hubspot-en-html-link-only",
    "HubSpot <noreply@notifications.hubspot.example.com>",
    "New form submission on Kivikko",
    html=page(
        f"<p>Someone filled out <b>Contact us</b>.</p><table>{hs_rows}</table>"
        f"<p>Page submitted on: <a href='{WEB}/en/basalt/'>Basalt slabs | Kivikko</a></p>"
        "<p><a href='https://app.hubspot.example.com/contacts/123/contact/456/'>View contact</a></p>"
    ),
    fields={
        "name": "Nora Quist",
        "email": "nora.quist@example.org",
        "company": "Quist Landscaping",
        "phone": "+1 555 0100 77",
        "page": f"{WEB}/en/basalt/",
    },
)
mail(
    "contact_form",
    "hubspot-fi-html",
    "HubSpot <noreply@notifications.hubspot.example.com>",
    "Uusi lomakelähetys",
    html=page(
        "<table>"
        "<tr><td>Etunimi</td><td>Ville</td></tr><tr><td>Sukunimi</td><td>Koskinen</td></tr>"
        "<tr><td>Sähköposti</td><td>ville.koskinen@example.com</td></tr>"
        "<tr><td>Viesti</td><td>Paljonko maksaa liuskekivi?</td></tr></table>"
        f"<p>Lähetetty sivulta: <a href='{WEB}/fi/liuskekivi/'>Liuskekivi – Kivikko</a></p>"
    ),
    fields={
        "name": "Ville Koskinen",
        "email": "ville.koskinen@example.com",
        "page": f"{WEB}/fi/liuskekivi/",
    },
)
# ----------------------------------------------------------------- Typeform
mail(
    "contact_form",
    "typeform-en-questions",
    "Typeform <notifications@typeform.example.com>",
    "New response: Request a quote",
    text=(
        "Hi there,\n\nYou have a new response to your form Request a quote.\n\n"
        "What should we call you?\nMaya Patel\n\nWhat's your email address?\nmaya.patel@example.net\n\n"
        "And your phone number?\n+44 7700 900123\n\nWhat are you planning?\nA gravel driveway, 30 m.\n\n"
        "See all responses: https://admin.typeform.example.com/form/AbC123/results\n"
    ),
    fields={"name": "Maya Patel", "email": "maya.patel@example.net", "phone": "+44 7700 900123"},
)
mail(
    "contact_form",
    "typeform-fi-noreply",
    "Typeform <noreply@typeform.example.com>",
    "Uusi vastaus: Tarjouspyyntö",
    text=(
        "Hei!\n\nLomakkeeseesi Tarjouspyyntö tuli uusi vastaus.\n\nMikä on nimesi?\nJuha Lehto\n\n"
        "Mihin sähköpostiosoitteeseen vastaamme?\njuha.lehto@example.org\n\n"
        "Mistä yrityksestä olet?\nLehdon Piharakennus\n\nKerro lisää\nTarvitsen 8 kuormaa mursketta.\n\n"
        "Näytä kaikki vastaukset: https://admin.typeform.example.com/form/Xy9/results\n"
    ),
    fields={
        "name": "Juha Lehto",
        "email": "juha.lehto@example.org",
        "company": "Lehdon Piharakennus",
    },
)
# ----------------------------------------------------------------- Jotform
jf_rows = "".join(
    f"<tr><td class='questionColumn'>{k}</td><td class='valueColumn'>{v}</td></tr>"
    for k, v in [
        ("Namn", "Karl Åberg"),
        ("E-post", "karl.aberg@example.com"),
        ("Telefonnummer", "+46 70 123 45 67"),
        ("Vad gäller det?", "Leverans av makadam"),
    ]
)
mail(
    "contact_form",
    "jotform-sv-table",
    "Jotform <noreply@jotform.example.com>",
    "Re: Kontakt - Karl Åberg",
    html=page(
        f"<table>{jf_rows}</table><p>Visa inskickningen: "
        "<a href='https://www.jotform.example.com/inbox/2411/5932'>Jotform Inbox</a></p>"
    ),
    fields={"name": "Karl Åberg", "email": "karl.aberg@example.com", "phone": "+46 70 123 45 67"},
)
# ----------------------------------------------------------------- Google Forms
mail(
    "contact_form",
    "googleforms-fi-label-lines",
    "Google Forms <forms-receipts-noreply@google.example.com>",
    "Uusi vastaus lomakkeeseen Yhteydenotto",
    text=(
        "Lomakkeeseen Yhteydenotto on saatu uusi vastaus.\n\nEtunimi\nPirjo\n\nSukunimi\nHalonen\n\n"
        "Sähköpostiosoite\npirjo.halonen@example.net\n\nPuhelinnumero\n050 111 2233\n\n"
        "Viesti\nVoiko kiviä noutaa lauantaina?\n\n"
        "Näytä vastaukset: https://docs.google.example.com/forms/d/1AbC/edit#responses\n"
    ),
    fields={"name": "Pirjo Halonen", "email": "pirjo.halonen@example.net", "phone": "050 111 2233"},
)
# ----------------------------------------------------------------- Drupal Webform
mail(
    "contact_form",
    "drupal-en-results-link",
    f"Kivikko <drupal@{SITE}>",
    "Webform submission from: Contact",
    text=(
        "Submitted on Mon, 11/02/2026 - 14:22\nSubmitted by: Anonymous\nSubmitted values are:\n\n"
        "Your Name\nLiam Murphy\n\nYour Email\nliam.murphy@example.com\n\nSubject\nStone steps\n\n"
        "Message\nCan you build stone steps for a slope?\n\n"
        "The results of this submission may be viewed at:\n"
        f"{WEB}/admin/structure/webform/manage/contact/submission/88\n"
    ),
    fields={"name": "Liam Murphy", "email": "liam.murphy@example.com"},
)
mail(
    "contact_form",
    "drupal-fi-sent-from",
    f"Kivikko <drupal@{SITE}>",
    "Lomakelähetys: Ota yhteyttä",
    text=(
        "Lähetetty ma, 02/11/2026 - 15:01\nLähettäjä: Anonyymi\nLähetetyt tiedot:\n\n"
        "Nimesi\nSari Kallio\n\nSähköpostiosoitteesi\nsari.kallio@example.org\n\nPuhelin\n"
        "044 765 4321\n\nViesti\nMuurikiviä pihaan, noin 20 m.\n\n"
        f"Lähetetty sivulta: {WEB}/fi/muurit\n\n"
        f"Lähetyksen URL: {WEB}/node/12/webform/submission/413\n"
    ),
    fields={
        "name": "Sari Kallio",
        "email": "sari.kallio@example.org",
        "phone": "044 765 4321",
        "page": f"{WEB}/fi/muurit",
    },
)
# ----------------------------------------------------------------- Wix, Squarespace, Webflow
mail(
    "contact_form",
    "wix-sv-html",
    "Wix Forms <no-reply@forms.wix.example.com>",
    "Du har fått ett nytt formulärsvar",
    html=page(
        "<h2>Nytt formulärsvar</h2><table>"
        "<tr><td><b>Förnamn</b></td><td>Ida</td></tr><tr><td><b>Efternamn</b></td><td>Holm</td></tr>"
        "<tr><td><b>E-post</b></td><td><a href='mailto:ida.holm@example.com'>ida.holm@example.com</a></td></tr>"
        "<tr><td><b>Telefon</b></td><td>+358 45 678 9012</td></tr>"
        "<tr><td><b>Meddelande</b></td><td>Finns det gatsten i rött?</td></tr></table>"
        "<p><a href='https://manage.wix.example.com/dashboard/abc/inbox'>Visa i inkorgen</a></p>"
    ),
    fields={"name": "Ida Holm", "email": "ida.holm@example.com", "phone": "+358 45 678 9012"},
)
mail(
    "contact_form",
    "squarespace-en-label-lines",
    "Squarespace <form-submission@squarespace.example.info>",
    "Form Submission - Contact - Quote",
    text=(
        "Sent via form submission from Kivikko\n\nName:\nSophie Turner\n\nEmail Address:\n"
        "sophie.t@example.org\n\nSubject:\nQuote\n\nMessage:\nHow long is your delivery time in "
        "December?\n\n(Sent via Kivikko)\n"
    ),
    fields={"name": "Sophie Turner", "email": "sophie.t@example.org"},
)
mail(
    "contact_form",
    "webflow-en-dashboard-link",
    "Webflow <no-reply-forms@webflow.example.com>",
    "New form submission on Kivikko",
    text=(
        "You have a new form submission on your Webflow site!\n\nName: Tom Baker\n"
        "Email: tom.baker@example.com\nPhone: 020 7946 0011\nMessage: Do you sell garden boulders?\n\n"
        "Site: Kivikko\nForm: Contact Form\n\n"
        "View all form submissions: https://webflow.example.com/dashboard/sites/kivikko/forms\n"
    ),
    fields={"name": "Tom Baker", "email": "tom.baker@example.com", "phone": "020 7946 0011"},
)
# ----------------------------------------------------------------- generic layouts
mail(
    "contact_form",
    "dl-sv-definition-list",
    f"Kivikko <{FORM}>",
    "Kontaktförfrågan",
    html=page(
        "<dl><dt>Ditt namn</dt><dd>Maja Ek</dd><dt>Din e-post</dt><dd>maja.ek@example.net</dd>"
        "<dt>Företag</dt><dd>Ek &amp; Son Ab</dd><dt>Meddelande</dt><dd>Har ni kullersten?</dd>"
        f"<dt>Sidan</dt><dd><a href='{WEB}/sv/kullersten/'>Kullersten</a></dd></dl>"
    ),
    fields={
        "name": "Maja Ek",
        "email": "maja.ek@example.net",
        "company": "Ek & Son Ab",
        "page": f"{WEB}/sv/kullersten/",
    },
)
mail(
    "contact_form",
    "header-row-fi-table",
    f"Kivikko <{FORM}>",
    "Yhteydenotto",
    html=page(
        "<table><tr><th>Nimi</th><th>Sähköposti</th><th>Puhelin</th></tr>"
        "<tr><td>Kalle Nieminen</td><td>kalle.n@example.com</td><td>+358 9 123 4567</td></tr></table>"
        "<p>Viesti: Toimitatteko Tampereelle?</p>"
    ),
    fields={"name": "Kalle Nieminen", "email": "kalle.n@example.com", "phone": "+358 9 123 4567"},
)
mail(
    "contact_form",
    "plain-en-placeholders",
    f"Kivikko <{FORM}>",
    "Website enquiry",
    text=(
        "Full name: Priya Raman\nE-mail address: priya.raman@example.org\nPhone: n/a\n"
        "Company: -\nMessage: Just a question about opening hours.\n"
        f"\nThis message was sent from {WEB}/en/contact/\n"
    ),
    fields={
        "name": "Priya Raman",
        "email": "priya.raman@example.org",
        "page": f"{WEB}/en/contact/",
    },
)
mail(
    "contact_form",
    "plain-sv-skickat-fran",
    f"Kivikko <{FORM}>",
    "Ny förfrågan från webbplatsen",
    text=(
        "Förnamn: Anna\nEfternamn: Lind\nE-post: anna.lind@example.com\n"
        "Meddelande från besökaren:\nHej, levererar ni till Åland?\n\n"
        f"Skickat från: {WEB}/sv/leveranser/\n"
    ),
    fields={"name": "Anna Lind", "email": "anna.lind@example.com", "page": f"{WEB}/sv/leveranser/"},
)
# ----------------------------------------------------------------- chats
mail(
    "chat_transcript",
    "tawk-en-transcript",
    "tawk.to <noreply@tawk.example.com>",
    "Chat Transcript: Ben Carter",
    text=(
        "Chat Transcript\n\nVisitor Name: Ben Carter\nVisitor Email: ben.carter@example.net\n"
        f"Chat started on page: {WEB}/en/paving/\n\n"
        "[10:02] Ben Carter: hi, do you have granite setts?\n[10:03] Anna: Hi Ben! Yes, grey and red.\n"
        "[10:04] Ben Carter: great, thanks\n"
    ),
    fields={"name": "Ben Carter", "email": "ben.carter@example.net", "page": f"{WEB}/en/paving/"},
)
mail(
    "chat_transcript",
    "livechat-fi-dated",
    "LiveChat <no-reply@livechat.example.com>",
    "Keskustelun tallenne: Laura Salo",
    text=(
        "Keskustelun tallenne\n\nAsiakas: Laura Salo\nSähköposti: laura.salo@example.com\n"
        f"Sivu: {WEB}/fi/kiveykset/\n\n[2026-11-02 10:02:11] Laura Salo: Hei, paljonko maksaa kiveys?\n"
        "[2026-11-02 10:03:40] Mikko: Hei! Noin 60 €/m² asennettuna.\n"
        "[2026-11-02 10:04:02] Laura Salo: Kiitos!\n"
    ),
    fields={
        "name": "Laura Salo",
        "email": "laura.salo@example.com",
        "page": f"{WEB}/fi/kiveykset/",
    },
)
mail(
    "chat_transcript",
    "zendesk-en-parens-ampm",
    "Zendesk Chat <noreply@zopim.example.com>",
    "Chat transcript with Visitor 27311",
    text=(
        "Chat started: 2026-11-02 09:12 AM UTC\n\nChat Page: " + WEB + "/en/stone/\n"
        "Name: Chloe Martin\nEmail: chloe.martin@example.org\n\n"
        "(09:12:31 AM) Chloe Martin: Hello, do you deliver on Saturdays?\n"
        "(09:13:02 AM) Kivikko: Hi Chloe, yes, until 14:00.\n(09:13:20 AM) Chloe Martin: Perfect.\n"
    ),
    fields={
        "name": "Chloe Martin",
        "email": "chloe.martin@example.org",
        "page": f"{WEB}/en/stone/",
    },
)
mail(
    "chat_transcript",
    "crisp-sv-offline-sentence",
    "Crisp <notifications@crisp.example.org>",
    "Nytt meddelande från Oskar Nyberg",
    text=(
        'Oskar Nyberg skickade ett meddelande på Kivikko:\n\n"Har ni öppet på lördag?"\n\n'
        f"Besökaruppgifter\n\nE-post: oskar.nyberg@example.com\n\nSida: {WEB}/sv/kontakt/\n\n"
        "Svara i Crisp: https://app.crisp.example.org/website/1/inbox/\n"
    ),
    fields={
        "name": "Oskar Nyberg",
        "email": "oskar.nyberg@example.com",
        "page": f"{WEB}/sv/kontakt/",
    },
)
mail(
    "chat_transcript",
    "intercom-en-heads",
    f"Intercom <{CHAT}>",
    "Conversation with Mia Wong",
    text=(
        "Conversation with Mia Wong\n\nEmail: mia.wong@example.net\nCompany: Wong Gardens\n\n"
        "Mia Wong · 14:05\nHi, can I pick up 1 t of gravel today?\n\n"
        "Kivikko (Sara) · 14:06\nYes, until 17:00.\n\nMia Wong · 14:07\nThanks!\n"
    ),
    fields={"name": "Mia Wong", "email": "mia.wong@example.net", "company": "Wong Gardens"},
)
mail(
    "chat_transcript",
    "olark-fi-anonymous",
    "Olark <transcripts@olark.example.com>",
    "Keskustelu vierailijan #5521 kanssa",
    text=(
        "Uusi keskustelu – Kivikko\n\nVierailija #5521\nSähköposti: ei annettu\n"
        f"Sivu: {WEB}/fi/hinnasto/\n\n12:40 Vierailija #5521: mitä maksaa sepeli\n"
        "12:41 Anna: Hei! 29 €/t.\n12:42 Vierailija #5521: ok kiitos\n"
    ),
    fields={"page": f"{WEB}/fi/hinnasto/"},
)
# ----------------------------------------------------------------- not forms
mail(
    "automatic",
    "typeform-weekly-report",
    "Typeform <notifications@typeform.example.com>",
    "Your weekly report: Request a quote",
    text=(
        "Hi there,\n\nYour form Request a quote got 14 responses this week (+3).\n"
        "Completion rate: 62 %\nAverage time: 1:42\n\n"
        "See all responses: https://admin.typeform.example.com/form/AbC123/results\n"
    ),
)
mail(
    "automatic",
    "wp-password-reset-form-sender",
    f"Kivikko <{FORM}>",
    "[Kivikko] Password Reset",
    text=(
        "Someone has requested a password reset for the following account:\n\nSite Name: Kivikko\n"
        "Username: admin\n\nTo reset your password, visit the following address:\n"
        f"{WEB}/wp-login.php?action=rp&key=abc&login=admin\n"
    ),
)


# ================================================================= second batch
# Written after the first batch passed, measured before any change (first sight
# 2026-12-04: see the commit that added them).
mail(
    "contact_form",
    "cf7-sv-post-url-footer",
    f"Kivikko <{FORM}>",
    "Kivikko: Offertförfrågan",
    text=(
        "Avsändare: Nils Öberg <nils.oberg@example.com>\nÄmne: Offert\n\nMeddelandetext:\n"
        "Vad kostar 3 pallar gatsten?\n\n--\n"
        f"Skickat från sidan Gatsten ({WEB}/sv/gatsten/)\n"
    ),
    fields={"name": "Nils Öberg", "email": "nils.oberg@example.com", "page": f"{WEB}/sv/gatsten/"},
)
mail(
    "contact_form",
    "elementor-sv-meta",
    f"Elementor <noreply@{SITE}>",
    'Nytt meddelande från "Kivikko"',
    text=(
        "Namn: Elsa Strand\nE-post: elsa.strand@example.org\nTelefon: 070-123 45 67\n"
        "Meddelande: Levererar ni till Borgå?\n\n---\n\nDatum: 2 november 2026\nTid: 11:02\n"
        f"Sidans URL: {WEB}/sv/leverans/\nAnvändaragent: Mozilla/5.0 (iPhone)\n"
        "Fjärr-IP: 203.0.113.50\nDrivs av: Elementor\n"
    ),
    fields={
        "name": "Elsa Strand",
        "email": "elsa.strand@example.org",
        "phone": "070-123 45 67",
        "page": f"{WEB}/sv/leverans/",
    },
)
mail(
    "contact_form",
    "plain-fi-uppercase-labels",
    f"Kivikko <{FORM}>",
    "Yhteydenottopyyntö",
    text=(
        "ETUNIMI: Anna-Liisa\nSUKUNIMI: von Wright\nSÄHKÖPOSTI: al.vonwright@example.fi\n"
        "PUHELIN: +358 (0) 40-123 4567\nYRITYS: Wrightin Puutarha Ky\n\nVIESTI:\n"
        "Haluaisin tarjouksen 30 m reunakivestä.\n"
    ),
    fields={
        "name": "Anna-Liisa von Wright",
        "email": "al.vonwright@example.fi",
        "phone": "+358 (0) 40-123 4567",
        "company": "Wrightin Puutarha Ky",
    },
)
mail(
    "contact_form",
    "formidable-en-website-field",
    f"Kivikko <{FORM}>",
    "New entry: Quote request",
    text=(
        "Name: Oscar Reed\nEmail: oscar@reedbuild.example.net\nWebsite: https://www.reedbuild.example.net\n"
        "Company: Reed Build Ltd\nMessage: We need a supplier for 200 t of gravel.\n\n"
        f"Page URL: {WEB}/en/gravel/\n"
    ),
    fields={
        "name": "Oscar Reed",
        "email": "oscar@reedbuild.example.net",
        "company": "Reed Build Ltd",
        "page": f"{WEB}/en/gravel/",
    },
)
mail(
    "contact_form",
    "tab-separated-en",
    f"Kivikko <{FORM}>",
    "Contact form",
    text=(
        "Full Name\tAda Lovelace\nE-mail address (required)\tada.l@example.org\n"
        "Phone (optional)\t+44 20 7946 0958\nYour message\tHello, are you open on Sundays?\n"
    ),
    fields={"name": "Ada Lovelace", "email": "ada.l@example.org", "phone": "+44 20 7946 0958"},
)
mail(
    "contact_form",
    "jotform-en-nested-name",
    "Jotform <noreply@jotform.example.com>",
    "New submission: Contact Us",
    html=page(
        "<table><tr><td>Name</td><td><table><tr><td>First Name</td><td>Jane</td></tr>"
        "<tr><td>Last Name</td><td>Doe</td></tr></table></td></tr>"
        "<tr><td>E-mail</td><td><a href='mailto:jane.doe@example.com'>jane.doe@example.com</a></td></tr>"
        "<tr><td>Phone Number</td><td><a href='tel:+15550100'>(555) 0100</a></td></tr>"
        "<tr><td>Message</td><td>Need 4 pallets of flagstone.</td></tr></table>"
    ),
    fields={"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "(555) 0100"},
)
mail(
    "contact_form",
    "gravity-sv-bold-colon",
    f"Kivikko <{FORM}>",
    "Ny anmälan",
    html=page(
        "<table><tr><td><b>Namn:</b></td><td>Hugo Lind</td></tr>"
        "<tr><td><b>E-postadress:</b></td><td>hugo.lind@example.se</td></tr>"
        "<tr><td><b>Organisation:</b></td><td>Linds Bygg AB</td></tr>"
        "<tr><td><b>Meddelande:</b></td><td>Hej!<br>Vi vill beställa kantsten.</td></tr></table>"
        f"<p>Källsida: {WEB}/sv/kantsten/</p>"
    ),
    fields={
        "name": "Hugo Lind",
        "email": "hugo.lind@example.se",
        "company": "Linds Bygg AB",
        "page": f"{WEB}/sv/kantsten/",
    },
)
mail(
    "contact_form",
    "ninja-fi-lomakkeen-sivu",
    f"Kivikko <{FORM}>",
    "Uusi lomakeviesti",
    html=page(
        "<table><tr><td>Nimi</td><td>Olli Rantanen</td></tr>"
        "<tr><td>Sähköpostiosoite</td><td>olli.rantanen@example.com</td></tr>"
        "<tr><td>Puhelinnumero</td><td>045 222 3344</td></tr>"
        "<tr><td>Viesti</td><td>Saako teiltä kivituhkaa säkeissä?</td></tr>"
        f"<tr><td>Lomakkeen sivu</td><td>{WEB}/fi/kivituhka/</td></tr></table>"
    ),
    fields={
        "name": "Olli Rantanen",
        "email": "olli.rantanen@example.com",
        "phone": "045 222 3344",
        "page": f"{WEB}/fi/kivituhka/",
    },
)
mail(
    "contact_form",
    "hubspot-sv-html-link-title",
    "HubSpot <noreply@notifications.hubspot.example.com>",
    "Ny formulärinlämning",
    html=page(
        "<p>Någon har fyllt i <b>Kontakta oss</b>.</p><table>"
        "<tr><td>Förnamn</td><td>Alva</td></tr><tr><td>Efternamn</td><td>Berglund</td></tr>"
        "<tr><td>E-post</td><td>alva.berglund@example.net</td></tr>"
        "<tr><td>Meddelande</td><td>Kan jag hämta själv?</td></tr></table>"
        f"<p>Sidan formuläret skickades från: <a href='{WEB}/sv/hamta/'>Hämta själv | Kivikko</a></p>"
    ),
    fields={
        "name": "Alva Berglund",
        "email": "alva.berglund@example.net",
        "page": f"{WEB}/sv/hamta/",
    },
)
mail(
    "contact_form",
    "typeform-sv-notifications",
    "Typeform <notifications@typeform.example.com>",
    "Nytt svar: Kontakt",
    text=(
        "Hej!\n\nDu har fått ett nytt svar på ditt formulär Kontakt.\n\nVad heter du?\nFrida Nord\n\n"
        "Vilket företag representerar du?\nNord Mark AB\n\nVilken e-postadress kan vi nå dig på?\n"
        "frida.nord@example.se\n\nVad vill du fråga?\nHar ni stenmjöl i lager?\n\n"
        "Se alla svar: https://admin.typeform.example.com/form/Qq1/results\n"
    ),
    fields={"name": "Frida Nord", "email": "frida.nord@example.se", "company": "Nord Mark AB"},
)
mail(
    "contact_form",
    "drupal-sv-html-table-admin",
    f"Kivikko <drupal@{SITE}>",
    "Inlämning från Offert",
    html=page(
        "<p>Inskickat den 02/11/2026 - 16:20</p><table>"
        "<tr><th>Namn</th><td>Ebba Sjöberg</td></tr><tr><th>E-post</th><td>ebba.s@example.com</td></tr>"
        "<tr><th>Telefon</th><td>040 555 6677</td></tr></table>"
        f"<p>Inskickningens URL: <a href='{WEB}/admin/structure/webform/manage/offert/submission/9'>"
        f"{WEB}/admin/structure/webform/manage/offert/submission/9</a></p>"
    ),
    fields={"name": "Ebba Sjöberg", "email": "ebba.s@example.com", "phone": "040 555 6677"},
)
mail(
    "contact_form",
    "squarespace-fi",
    "Squarespace <form-submission@squarespace.example.info>",
    "Lomakelähetys - Ota yhteyttä",
    text=(
        "Lähetetty lomakkeella sivustolta Kivikko\n\nNimi:\nMikko Laine\n\nSähköpostiosoite:\n"
        "mikko.laine@example.com\n\nAihe:\nKiviaita\n\nViesti:\nTeettekö kiviaitoja?\n\n"
        "(Lähetetty Kivikon kautta)\n"
    ),
    fields={"name": "Mikko Laine", "email": "mikko.laine@example.com"},
)
mail(
    "chat_transcript",
    "tawk-fi-transcript",
    "tawk.to <noreply@tawk.example.com>",
    "Keskustelun kopio: Kaisa Mäki",
    text=(
        "Keskustelun kopio\n\nVierailijan nimi: Kaisa Mäki\nVierailijan sähköposti: kaisa.maki@example.fi\n"
        f"Keskustelu aloitettu sivulla: {WEB}/fi/toimitus/\n\n"
        "[11:02] Kaisa Mäki: Hei, toimitatteko Lahteen?\n[11:03] Anna: Hei! Toimitamme, 89 €.\n"
        "[11:04] Kaisa Mäki: Kiitos.\n"
    ),
    fields={"name": "Kaisa Mäki", "email": "kaisa.maki@example.fi", "page": f"{WEB}/fi/toimitus/"},
)
mail(
    "chat_transcript",
    "livechat-sv-kund",
    "LiveChat <no-reply@livechat.example.com>",
    "Chattutskrift: Viktor Ek",
    text=(
        "Chattutskrift\n\nKund: Viktor Ek\nE-post: viktor.ek@example.se\nFöretag: Ek Trädgård\n\n"
        "[2026-11-02 13:01:10] Viktor Ek: Hej, har ni öppet i dag?\n"
        "[2026-11-02 13:01:40] Sara: Hej! Till 17.\n[2026-11-02 13:02:00] Viktor Ek: Tack!\n"
    ),
    fields={"name": "Viktor Ek", "email": "viktor.ek@example.se", "company": "Ek Trädgård"},
)
mail(
    "chat_transcript",
    "crisp-fi-offline",
    "Crisp <notifications@crisp.example.org>",
    "Uusi viesti: Petra Aho",
    text=(
        'Petra Aho lähetti viestin sivustolla Kivikko:\n\n"Onko teillä graniittia?"\n\n'
        f"Kävijän tiedot\n\nSähköposti: petra.aho@example.fi\n\nSivu: {WEB}/fi/graniitti/\n"
    ),
    fields={"name": "Petra Aho", "email": "petra.aho@example.fi", "page": f"{WEB}/fi/graniitti/"},
)
mail(
    "chat_transcript",
    "zendesk-sv-parens",
    "Zendesk Chat <noreply@zopim.example.com>",
    "Chattutskrift med Besökare 1102",
    text=(
        "Chatt startad: 2026-11-02 14:12\n\nChattsida: " + WEB + "/sv/priser/\n"
        "Namn: Tove Lund\nE-post: tove.lund@example.se\n\n"
        "(14:12:31) Tove Lund: Hej, vad kostar makadam?\n(14:13:02) Kivikko: 32 €/t.\n"
        "(14:13:20) Tove Lund: Tack.\n"
    ),
    fields={"name": "Tove Lund", "email": "tove.lund@example.se", "page": f"{WEB}/sv/priser/"},
)


# ================================================================= third batch
# Written after the second batch passed, measured before any change.
mail(
    "contact_form",
    "forminator-en",
    f"Kivikko <{FORM}>",
    "New Form Entry #41 for Contact Us",
    text=(
        "You have a new website form submission:\n\nName: Lucas Grey\nEmail: lucas.grey@example.com\n"
        "Phone: +44 7700 900456\nMessage: Do you sell granite kerbs?\n\n---\n\n"
        f"This message was sent from {WEB}/en/contact-us/.\n"
    ),
    fields={
        "name": "Lucas Grey",
        "email": "lucas.grey@example.com",
        "phone": "+44 7700 900456",
        "page": f"{WEB}/en/contact-us/",
    },
)
mail(
    "contact_form",
    "everest-sv-space-colon",
    f"Kivikko <{FORM}>",
    "Ny formulärinlämning",
    text=(
        "Förnamn : Greta\nEfternamn : Sund\nE-post : greta.sund@example.se\n"
        "Telefon : 0708-11 22 33\nMeddelande : Hej, har ni öppet i jul?\n"
    ),
    fields={"name": "Greta Sund", "email": "greta.sund@example.se", "phone": "0708-11 22 33"},
)
mail(
    "contact_form",
    "gravity-en-name-parts",
    f"Kivikko <{FORM}>",
    "New submission from Quote",
    html=page(
        "<table>"
        "<tr><td><strong>Name (First)</strong></td><td>Olivia</td></tr>"
        "<tr><td><strong>Name (Last)</strong></td><td>Stone</td></tr>"
        "<tr><td><strong>Email</strong></td><td>olivia.stone@example.org</td></tr>"
        "<tr><td><strong>Company</strong></td><td>Stone &amp; Co</td></tr>"
        "<tr><td><strong>Message</strong></td><td>Quote for 10 t, please.</td></tr>"
        f"<tr><td><strong>Embed URL</strong></td><td>{WEB}/en/quote/</td></tr></table>"
    ),
    fields={
        "name": "Olivia Stone",
        "email": "olivia.stone@example.org",
        "company": "Stone & Co",
        "page": f"{WEB}/en/quote/",
    },
)
mail(
    "contact_form",
    "zoho-fi-table",
    "Zoho Forms <notification@forms.zoho.example.com>",
    "Yhteydenotto - Uusi merkintä",
    html=page(
        "<table><tr><td>Nimi</td><td>Eero Järvinen</td></tr>"
        "<tr><td>Sähköposti</td><td>eero.jarvinen@example.fi</td></tr>"
        "<tr><td>Puhelinnumero</td><td>+358401112233</td></tr>"
        "<tr><td>Yrityksen nimi</td><td>Järvisen Maansiirto Oy</td></tr>"
        "<tr><td>Viesti</td><td>Tarvitsemme 300 t mursketta.</td></tr>"
        f"<tr><td>Viittaava URL</td><td>{WEB}/fi/murske/</td></tr></table>"
    ),
    fields={
        "name": "Eero Järvinen",
        "email": "eero.jarvinen@example.fi",
        "phone": "+358401112233",
        "company": "Järvisen Maansiirto Oy",
        "page": f"{WEB}/fi/murske/",
    },
)
mail(
    "contact_form",
    "webflow-html-strong-colon",
    "Webflow <no-reply-forms@webflow.example.com>",
    "New form submission on Kivikko",
    html=page(
        "<p>You have a new form submission on your Webflow site!</p>"
        "<p><strong>Name</strong>: Ruby Hale</p><p><strong>Email</strong>: ruby.hale@example.net</p>"
        "<p><strong>Phone</strong>: 07700 900789</p>"
        "<p><strong>Message</strong>: Do you have Kolmården marble?</p>"
        "<p><a href='https://webflow.example.com/dashboard/sites/kivikko/forms'>View submissions</a></p>"
    ),
    fields={"name": "Ruby Hale", "email": "ruby.hale@example.net", "phone": "07700 900789"},
)
mail(
    "chat_transcript",
    "userlike-en-name-time",
    "Userlike <noreply@userlike.example.com>",
    "Chat with Mark Twain",
    text=(
        "Chat with Mark Twain\n\nEmail: mark.twain@example.com\n"
        f"URL: {WEB}/en/river-stones/\n\n"
        "Mark Twain (14:02:11): hi, do you sell river stones?\n"
        "Anna (14:02:40): Yes, 20-40 mm and 40-80 mm.\nMark Twain (14:03:05): thanks!\n"
    ),
    fields={
        "name": "Mark Twain",
        "email": "mark.twain@example.com",
        "page": f"{WEB}/en/river-stones/",
    },
)
mail(
    "chat_transcript",
    "freshchat-en-at-time",
    "Freshchat <notifications@freshchat.example.com>",
    "Conversation transcript",
    text=(
        "Conversation transcript\n\nName: Sam Rivers\nEmail: sam.rivers@example.org\n\n"
        "Sam Rivers at 10:02 AM\nHi, are you open on Saturday?\n\n"
        "Kivikko Bot at 10:02 AM\nHi Sam! Yes, 9-14.\n\nSam Rivers at 10:03 AM\nThanks\n"
    ),
    fields={"name": "Sam Rivers", "email": "sam.rivers@example.org"},
)
mail(
    "chat_transcript",
    "jivo-sv-transcript",
    "JivoChat <noreply@jivo.example.com>",
    "Chatt med besökare",
    text=(
        "Chattutskrift\n\nBesökare: Alma Berg\nE-post: alma.berg@example.se\nTelefon: 040 123 0000\n"
        f"Sida: {WEB}/sv/priser/\n\n"
        "[10:02:03] Alma Berg: Hej, vad kostar grus?\n[10:02:30] Anna: 25 € per ton.\n"
        "[10:03:00] Alma Berg: Tack!\n"
    ),
    fields={
        "name": "Alma Berg",
        "email": "alma.berg@example.se",
        "phone": "040 123 0000",
        "page": f"{WEB}/sv/priser/",
    },
)
mail(
    "chat_transcript",
    "giosg-fi-visitor-block",
    f"Giosg <{CHAT}>",
    "Keskustelu päättyi",
    text=(
        "Keskustelu päättyi\n\nAsiakkaan tiedot\nNimi: Jari Heino\nSähköposti: jari.heino@example.fi\n"
        f"Aloitussivu: {WEB}/fi/toimitukset/\n\n"
        "09:14 Jari Heino: Moi, toimitatteko Kuopioon?\n09:15 Anna: Toimitamme, 140 €.\n"
        "09:16 Jari Heino: Kiitos\n"
    ),
    fields={
        "name": "Jari Heino",
        "email": "jari.heino@example.fi",
        "page": f"{WEB}/fi/toimitukset/",
    },
)
mail(
    "chat_transcript",
    "tidio-en-offline",
    "Tidio <notifications@tidio.example.net>",
    "New message from a visitor",
    text=(
        "New message from a visitor\n\nEmail: noah.park@example.com\n\n"
        "Message: Hello, can I order online?\n\n"
        f"Visitor's page: {WEB}/en/shop/\n"
    ),
    fields={"email": "noah.park@example.com", "page": f"{WEB}/en/shop/"},
)


def _toml(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    lines = [
        "# Written by _generate.py: expected kinds and fields (bench/measure_corpus.py format).",
        "",
    ]
    for path, kind, fields in CASES:
        lines.append(f'["{path}"]')
        lines.append(f'kind = "{kind}"')
        if kind != "automatic":
            inner = ", ".join(f"{k} = {_toml(v)}" for k, v in fields.items())
            lines.append(f"fields = {{ {inner} }}")
        lines.append("")
    (OUT / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    (OUT / "senders.toml").write_text(
        f'contact_form = ["{FORM}"]\nchat = ["{CHAT}"]\n', encoding="utf-8"
    )


if __name__ == "__main__":
    main()
