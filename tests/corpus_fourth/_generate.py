#!/usr/bin/env python3
"""Generate the fourth independent mail corpus for mailbot's classifier.

Writes <kind>/<name>.eml under this folder and manifest.toml beside it.
Deterministic: running it twice gives the same files.

Emphasis of this set (see the brief): automatic mail of many shapes (OOF in
several languages, DSNs, MDNs, calendar auto-replies, bulk/list mail,
no-reply senders, auto-replies that quote a data request), varied data
requests (formal letters, lawyers, one-liners, objections, personnel,
two requests in one mail), ordinary mail with tempting words, replies to
mailbot's confirmation mails, and contact-form / chat mail in the samples'
formats (some from senders that are not configured).

Only invented people; only example.com / example.org / example.net domains.
"""
from __future__ import annotations

import base64
import html
import quopri
import random
import shutil
import string
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
INFO = "info@plaza.example.com"
PLAZA = "Plaza <info@plaza.example.com>"
FORM_SENDER = "Plaza website <wordpress@plaza.example.com>"
CHAT_SENDER = "Chat <transcripts@chat.example.net>"
FORM_FOOTER = "\n--\nThis e-mail was sent from a contact form on plaza.example.com\n"

_rng = random.Random(20261124)
_TOKEN_ALPHABET = string.ascii_letters + string.digits + "-_"


def token() -> str:
    """24 URL-safe characters, like secrets.token_urlsafe(18)."""
    while True:
        t = "".join(_rng.choice(_TOKEN_ALPHABET) for _ in range(24))
        if t[0] not in "-_":
            return t


_boundary_no = [0]


def boundary() -> str:
    _boundary_no[0] += 1
    return f"----=_Part_{_boundary_no[0]:04d}_{_rng.randrange(10**9, 10**10)}"


def date(day: int, hh: int, mm: int, ss: int = 0, tz: int = 2, month: int = 11) -> str:
    return format_datetime(datetime(2026, month, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=tz))))


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def subj(s: str, charset: str = "utf-8") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def to_bytes(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:  # 7bit / 8bit
        out = data
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(t: str, sub: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         extra: tuple[str, ...] = (), params: str = "") -> Part:
    data = t.encode(charset)
    if cte == "7bit":
        data.decode("ascii")  # must really be 7bit
    headers = [f'Content-Type: text/{sub}; charset="{charset}"{params}',
               f"Content-Transfer-Encoding: {cte}", *extra]
    return Part(headers, encode_body(data, cte))


def multi(sub: str, parts: list[Part], params: str = "", preamble: bool = True) -> Part:
    b = boundary()
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.to_bytes() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{sub};{params} boundary="{b}"'], body)


def raw_part(ctype: str, body: str | bytes, extra: tuple[str, ...] = ()) -> Part:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Part([f"Content-Type: {ctype}", *extra], body)


def attachment(filename: str, data: bytes, ctype: str = "application/pdf") -> Part:
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 "Content-Transfer-Encoding: base64",
                 f'Content-Disposition: attachment; filename="{filename}"'],
                base64.encodebytes(data))


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def message(frm: str, subject: str, dt: str, mid: str, root: Part, *, to: str = INFO,
            extra: tuple[str, ...] = (), before: tuple[str, ...] = (), subject_charset: str = "utf-8") -> bytes:
    hdrs = [*before,
            f"From: {frm}",
            f"To: {to}",
            f"Subject: {subj(subject, subject_charset)}",
            f"Date: {dt}",
            f"Message-ID: {mid}",
            *extra,
            "MIME-Version: 1.0",
            *root.headers]
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + root.body


# ------------------------------------------------------------- text helpers

def quote(t: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in t.strip("\n").split("\n"))


def to_html(t: str) -> str:
    paras = [p for p in t.strip("\n").split("\n\n")]
    return "".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>\n" for p in paras)


def msonormal(t: str) -> str:
    out = []
    for line in t.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}</p>')
    return "\n".join(out)


def gmail_html(body: str, attr: str, quoted: str) -> str:
    return (
        '<div dir="ltr">' + to_html(body) + "</div><br>\n"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr) + "<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + to_html(quoted) +
        "</blockquote></div>\n")


def outlook_html(body: str, hdr: list[tuple[str, str]], quoted: str, signature: str = "") -> str:
    hdr_html = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in hdr)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
        '</head><body lang="FI" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + msonormal(body) + "\n" + (msonormal(signature) if signature else "") +
        '\n</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + hdr_html + '</font>\n<div>&nbsp;</div></div>\n<div>' + to_html(quoted) + "</div>\n</body></html>\n")


def outlook_plain_block(hdr: list[tuple[str, str]], quoted: str, sep: str = "________________________________") -> str:
    lines = ([sep] if sep else []) + [f"{k}: {v}" for k, v in hdr]
    return "\n".join(lines) + "\n\n" + quoted.strip("\n") + "\n"


def html_page(inner: str, charset: str = "utf-8") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
            f"<body>\n{inner}</body></html>\n")


# ------------------------------------------------------------------ registry

MAILS: list[dict] = []


def add(kind: str, name: str, lang: str, data: bytes, *, requests: list[str] | None = None,
        decision: str | None = None, note: str = "") -> None:
    MAILS.append({"kind": kind, "name": name, "lang": lang, "data": data,
                  "requests": requests, "decision": decision, "note": note})


# ======================================================================
# Texts that several mails quote
# ======================================================================

NEWSLETTER_EN = """Plaza newsletter - November 2026

New: retrofit kits for older SF6 ring main units
Training: switchgear maintenance course on 9 December in Vantaa
Service: book your 2027 maintenance visits before Christmas

You are receiving this newsletter because you are a customer of Plaza.
To unsubscribe, reply with the word "unsubscribe" or use the link on our website."""

NEWSLETTER_FI = """Plazan uutiskirje - marraskuu 2026

Uutta: retrofit-sarjat vanhoihin SF6-kojeistoihin
Koulutus: kojeistojen kunnossapitokurssi 9.12. Vantaalla
Huolto: varaa vuoden 2027 huoltokäynnit ennen joulua

Saat tämän uutiskirjeen, koska olet Plazan asiakas. Jos et halua enää saada
uutiskirjettä, vastaa tähän viestiin sanalla "peruuta" tai peruuta tilaus verkkosivuillamme."""

NEWSLETTER_SV = """Plaza nyhetsbrev - november 2026

Nytt: retrofit-satser för äldre SF6-ställverk
Utbildning: underhållskurs för ställverk den 9 december i Vanda

Du får detta nyhetsbrev eftersom du är kund hos Plaza. Om du inte längre vill
ha nyhetsbrevet kan du avsluta prenumerationen genom att svara "avsluta"."""

CONFIRM_FI = """Hei,

Plaza on tallentanut yhteystietosi asiakasrekisteriinsä. Vahvistatko, että
saamme säilyttää tietosi ja lähettää sinulle uutiskirjeemme?

Vastaa tähän viestiin sanalla KYLLÄ hyväksyäksesi tai EI kieltäytyäksesi.
Jos et vastaa 14 päivän kuluessa, tietosi poistetaan.

Ystävällisin terveisin
Plaza"""

CONFIRM_SV_SUB = """Hej,

vi har fått en begäran om att prenumerera på Plazas nyhetsbrev med den här
adressen. Bekräfta genom att svara JA på detta meddelande. Svara NEJ om du
inte vill ha nyhetsbrevet; då sparar vi inga uppgifter om dig.

Vänliga hälsningar
Plaza"""

CONFIRM_SV = """Hej,

Plaza har sparat dina kontaktuppgifter i sitt kundregister. Bekräfta att vi
får behålla dem och skicka dig vårt nyhetsbrev genom att svara JA. Svara NEJ
om du inte samtycker, så raderas uppgifterna.

Vänliga hälsningar
Plaza"""

CONFIRM_EN_SUB = """Hello,

we received a request to subscribe this address to the Plaza newsletter.
Please confirm by replying YES to this message. If you did not ask for it,
reply NO and we will not store your address.

Best regards,
Plaza"""

CONFIRM_EN_ID = """Hello,

we received a request to send a copy of the personal data we hold for this
address. To confirm that the request came from you, please reply YES to this
message. If you did not make the request, reply NO.

Best regards,
Plaza"""

CONFIRM_EN = """Hello,

Plaza has added your contact details to its customer register. Please confirm
that we may keep them and send you our newsletter by replying YES to this
message, or reply NO to decline. If we do not hear from you within 14 days,
your details will be deleted.

Best regards,
Plaza"""


# ======================================================================
# automatic (25)
# ======================================================================

def automatic() -> None:
    K = "automatic"

    # 1. Outlook/Exchange OOF, English
    body = ("Thank you for your email. I am out of the office until Monday 30 November with limited "
            "access to email.\n\nFor urgent matters please contact our service desk at +1 555 0100 "
            "or service@example.com.\n\nBest regards,\nDaniel Hart\n")
    add(K, "outlook-ooo-en", "en", message(
        addr("Daniel Hart", "daniel.hart@example.com"), "Automatic reply: Spare parts for SafeRing 2004",
        date(24, 9, 31, tz=0), "<DB9PR08MB6714A1C3@DB9PR08MB6714.eurprd08.prod.example.com>",
        multi("alternative", [text(body), text(html_page(msonormal(body)), "html")]),
        extra=("In-Reply-To: <offer-0457@plaza.example.com>",
               "Thread-Topic: Spare parts for SafeRing 2004",
               "Auto-Submitted: auto-generated",
               "X-Auto-Response-Suppress: All",
               "X-MS-Exchange-Inbox-Rules-Loop: daniel.hart@example.com",
               "Content-Language: en-US")))

    # 2. Outlook OOF, Finnish, base64
    body = ("Hei,\n\nolen lomalla 30.11.2026 asti enkä lue sähköpostiani. Kiireellisissä asioissa ota "
            "yhteyttä kollegaani Jari Esimerkkiin, jari.esimerkki@example.org, puh. 040 000 0101.\n\n"
            "Ystävällisin terveisin\nTuula Nieminen\nOstopäällikkö\n")
    add(K, "outlook-ooo-fi", "fi", message(
        addr("Tuula Nieminen", "tuula.nieminen@example.org"), "Automaattinen vastaus: Tarjouspyyntö kojeistosta",
        date(24, 10, 2), "<HE1PR0701MB2D55@HE1PR0701MB.eurprd07.prod.example.org>",
        multi("alternative", [text(body, cte="base64"), text(html_page(msonormal(body)), "html", cte="base64")]),
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Content-Language: fi-FI")))

    # 3. Outlook OOF, Swedish, quoting mailbot's acknowledgement of a deletion request
    body = ("Jag är på semester till och med den 4 december och har begränsad tillgång till e-post.\n"
            "Brådskande ärenden: ring växeln 09 000 0000.\n\nMed vänliga hälsningar\nMats Lindqvist\n\n"
            + outlook_plain_block(
                [("Från", "Plaza <info@plaza.example.com>"), ("Skickat", "den 24 november 2026 10:15"),
                 ("Till", "Mats Lindqvist <mats.lindqvist@example.net>"), ("Ämne", "Re: Radera mina uppgifter")],
                "Hej,\n\nvi har tagit emot din begäran om radering och behandlar den inom en månad.\n\n"
                "Plaza\n\n> Hej, radera alla mina uppgifter ur ert kundregister.\n> Mats",
                sep="-----Ursprungligt meddelande-----"))
    add(K, "outlook-ooo-sv-quotes-erasure", "sv", message(
        addr("Mats Lindqvist", "mats.lindqvist@example.net"), "Automatiskt svar: Re: Radera mina uppgifter",
        date(24, 10, 16), "<AM0PR10MB3140E2@AM0PR10MB3140.eurprd10.prod.example.net>",
        text(body, charset="windows-1252"),
        extra=("In-Reply-To: <ack-5521@plaza.example.com>", "Auto-Submitted: auto-replied",
               "X-Auto-Response-Suppress: All", "Content-Language: sv-SE"),
        subject_charset="iso-8859-1"))

    # 4. Gmail vacation responder
    body = ("Hi,\n\nI'm on parental leave until 7 December and checking email only occasionally. For "
            "anything urgent about the substation project please write to projects@example.com.\n\n"
            "Thanks,\nPriya\n")
    add(K, "gmail-vacation-en", "en", message(
        addr("Priya Raman", "priya.raman@example.com"), "On leave until 7 December",
        date(24, 11, 45), "<CAF3xq7Lw+vacation.2231@mail.example.com>",
        multi("alternative", [text(body, cte="7bit"), text('<div dir="ltr">' + to_html(body) + "</div>\n", "html")],
              preamble=False),
        extra=("In-Reply-To: <q-2026-0431@plaza.example.com>", "References: <q-2026-0431@plaza.example.com>",
               "Auto-Submitted: auto-replied")))

    # 5. Finnish OOF with only a subject prefix, no auto headers, ISO-8859-1 QP
    body = ("Olen poissa toimistolta 27.11.-1.12.2026 ja palaan maanantaina 2.12.\n\n"
            "Kiireellisissä huoltoasioissa soita päivystykseen 020 000 0000.\n\n"
            "Heikki Salmela\nKunnossapitopäällikkö\nEsimerkkienergia Oy\n")
    add(K, "poissa-subject-only-fi", "fi", message(
        addr("Heikki Salmela", "heikki.salmela@example.com"), "Poissa: Huoltokäynti viikolla 49",
        date(27, 8, 3), "<20261127060300.4471@mail.example.com>",
        text(body, charset="iso-8859-1"), subject_charset="iso-8859-1"))

    # 6. Swedish OOF with only a subject prefix, windows-1252 8bit
    body = ("Tack för ditt meddelande. Jag är frånvarande till och med den 30 november och ditt mejl "
            "vidarebefordras inte.\nI brådskande fall, kontakta Johan Berg, johan.berg@example.org.\n\n"
            "Hälsningar\nBritt-Marie Ek\n")
    add(K, "franvarande-subject-only-sv", "sv", message(
        addr("Britt-Marie Ek", "britt-marie.ek@example.org"), "Frånvarande: Offert ställverk",
        date(25, 13, 20), "<5f1e2a90b1@exempel-mail.example.org>",
        text(body, charset="windows-1252", cte="8bit"), subject_charset="iso-8859-1"))

    # 7. German partner, "Abwesend:", bilingual German/English
    body = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe "
            "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
            "vertrieb@example.com.\n\nThank you for your message. I am out of the office until 27 November "
            "2026 with no access to e-mail. For urgent matters please contact vertrieb@example.com.\n\n"
            "Mit freundlichen Grüßen / Best regards\nKlaus Becker\n")
    add(K, "abwesend-de", "en", message(
        addr("Klaus Becker", "k.becker@example.com", "iso-8859-1"),
        "Abwesend: AW: Lieferung Ersatzteile / spare parts delivery",
        date(23, 14, 5, tz=1), "<OF7A2B3C11.0D4E5F60-ONC1258A@example.com>",
        text(body, charset="iso-8859-1")))

    # 8. French partner, "Réponse automatique :"
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au 1er décembre. Pour toute urgence, merci de "
            "contacter achats@example.net.\n\nHello, I am out of the office until 1 December. For urgent "
            "matters please contact achats@example.net.\n\nCordialement / Best regards,\nCamille Laurent\n")
    add(K, "reponse-automatique-fr", "en", message(
        addr("Camille Laurent", "camille.laurent@example.net"), "Réponse automatique : Commande 2026-0318",
        date(24, 15, 12, tz=1), "<a1b2c3d4e5.reponse@example.net>",
        text(body, cte="base64")))

    # 9. Helpdesk auto-acknowledgement
    body = ("Dear customer,\n\nThank you for contacting Example Utilities support. This is an automated "
            "acknowledgement: your request has been received and assigned ticket number #12345. A member "
            "of our team will respond within two business days.\n\nTo add information to this ticket, "
            "reply keeping [Ticket #12345] in the subject.\n\nExample Utilities Support\n")
    add(K, "helpdesk-ticket-received-en", "en", message(
        addr("Example Utilities Support", "support@example.com"),
        "[Ticket #12345] received: Delivery schedule for order 4411",
        date(24, 12, 0, tz=0), "<ticket-12345-ack@support.example.com>",
        text(body, cte="7bit"),
        extra=("In-Reply-To: <order-4411-schedule@plaza.example.com>", "Auto-Submitted: auto-replied",
               "X-Auto-Response-Suppress: All", "Precedence: auto_reply")))

    # 10. Helpdesk ack in Finnish that quotes mail containing a data request
    body = ("Hei,\n\ntämä on automaattinen vastaus. Olemme vastaanottaneet viestisi ja se on kirjattu "
            "tunnuksella TK-20931. Käsittelemme viestit saapumisjärjestyksessä, yleensä kolmen arkipäivän "
            "kuluessa.\n\nViestisi:\n----------\nHei,\n\nolemme vastaanottaneet pyyntösi. Käsittelemme sen "
            "kuukauden kuluessa.\n\n> Hei, poistakaa tietoni rekisteristänne ja lopettakaa uutiskirjeen "
            "lähettäminen.\n----------\n\nÄlä vastaa tähän viestiin.\nEsimerkkiverkot Oy, asiakaspalvelu\n")
    add(K, "helpdesk-ack-quotes-request-fi", "fi", message(
        addr("Esimerkkiverkot asiakaspalvelu", "asiakaspalvelu@example.org"),
        "[#TK-20931] Viestisi on vastaanotettu",
        date(25, 8, 40), "<tk-20931.ack@helpdesk.example.org>",
        text(body),
        extra=("X-Autoreply: yes", "Precedence: auto_reply")))

    # 11. Exchange NDR (multipart/report delivery-status), sender not postmaster-looking
    human = ("Delivery has failed to these recipients or groups:\n\nonni.kivela@example.net\n"
             "The email address you entered couldn't be found. Please check the recipient's email address "
             "and try to resend the message. If the problem continues, please contact your helpdesk.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: EX01.example.com\n\n"
             "onni.kivela@example.net\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
    status = ("Reporting-MTA: dns;EX01.example.com\nReceived-From-MTA: dns;mx.plaza.example.com\n"
              "Arrival-Date: Tue, 24 Nov 2026 08:01:12 +0000\n\nFinal-Recipient: rfc822;onni.kivela@example.net\n"
              "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n")
    orig = message(PLAZA, "Re: Tarjous 2026-0412", date(24, 10, 1), "<offer-0412-r1@plaza.example.com>",
                   text("Hei Onni,\n\nliitteenä päivitetty tarjous.\n\nTerveisin\nPlaza\n"),
                   to=addr("Onni Kivelä", "onni.kivela@example.net"))
    add(K, "exchange-ndr-undeliverable", "en", message(
        addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com"),
        "Undeliverable: Re: Tarjous 2026-0412",
        date(24, 8, 1, 14, tz=0), "<e7c1c2aa-90b4-4d1c-9e31-ndr@EX01.example.com>",
        multi("report", [multi("alternative", [text(human), text(html_page(to_html(human)), "html")], preamble=False),
                         raw_part("message/delivery-status", status),
                         raw_part("message/rfc822", orig)],
              params=" report-type=delivery-status;"),
        extra=("Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:")))

    # 12. Postfix bounce returning mailbot's own confirmation mail (token inside)
    tok = token()
    human = ("This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this "
             "problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<riikka.hautala@example.org>: host mx.example.org[192.0.2.25] "
             "said: 550\n    5.1.1 <riikka.hautala@example.org>: Recipient address rejected: User unknown\n")
    status = ("Reporting-MTA: dns; mx.example.org\nX-Postfix-Queue-ID: 4Hk2Lm0Qw9z9sWf\n"
              "Arrival-Date: Wed, 25 Nov 2026 09:00:02 +0200 (EET)\n\n"
              "Final-Recipient: rfc822; riikka.hautala@example.org\nOriginal-Recipient: rfc822;riikka.hautala@example.org\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <riikka.hautala@example.org>: Recipient address rejected: User unknown\n")
    orig = message(PLAZA, f"Vahvista tietojesi tallennus [mailbot:{tok}]", date(25, 9, 0),
                   f"<mailbot-confirm.{tok}@plaza.example.com>", text(CONFIRM_FI + "\n"),
                   to="riikka.hautala@example.org", extra=("Auto-Submitted: auto-generated",))
    add(K, "postfix-bounce-returns-confirmation", "en", message(
        "MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
        date(25, 9, 0, 4), "<20261125070004.4Hk2Lm0Qw9z9sWf@mx.example.org>",
        multi("report", [text(human, cte="7bit", extra=("Content-Description: Notification",)),
                         raw_part("message/delivery-status", status, ("Content-Description: Delivery report",)),
                         raw_part("message/rfc822", orig, ("Content-Description: Undelivered Message",))],
              params=" report-type=delivery-status;"),
        extra=("Auto-Submitted: auto-replied",)))

    # 13. Delay warning DSN from postmaster@
    human = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE "
             "ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been "
             "delayed:\n\n     sales@example.net\n\nMessage will be retried for 2 more day(s)\n")
    status = ("Reporting-MTA: dns; mail.example.net\nArrival-Date: Tue, 24 Nov 2026 16:22:10 +0200\n\n"
              "Final-Recipient: rfc822; sales@example.net\nAction: delayed\nStatus: 4.4.7\n"
              "Will-Retry-Until: Thu, 26 Nov 2026 16:22:10 +0200\n")
    hdrs = ("From: Plaza <info@plaza.example.com>\nTo: sales@example.net\nSubject: Order confirmation 7790\n"
            "Date: Tue, 24 Nov 2026 16:22:08 +0200\nMessage-ID: <order-7790@plaza.example.com>\n")
    add(K, "dsn-delay-warning", "en", message(
        addr("Mail Delivery Subsystem", "postmaster@mail.example.net"), "Delivery Status Notification (Delay)",
        date(25, 4, 22, 10), "<dsn-delay-77aa01@mail.example.net>",
        multi("report", [text(human, cte="7bit"), raw_part("message/delivery-status", status),
                         raw_part("text/rfc822-headers", hdrs)],
              params=" report-type=delivery-status;")))

    # 14. Read receipt (MDN), English, from a person's address, no auto headers
    human = ("Your message\n\n  To: Onni Kivelä\n  Subject: Offer 2026-0457 RMU spare parts\n"
             "  Sent: Tuesday, 24 November 2026 9.12.08 (UTC+02:00) Helsinki\n\nwas read on Tuesday, "
             "24 November 2026 10.03.51 (UTC+02:00) Helsinki.\n")
    mdn = ("Reporting-UA: EX02.example.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;onni.kivela@example.com\n"
           "Original-Message-ID: <offer-0457@plaza.example.com>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    add(K, "mdn-read-receipt-en", "en", message(
        addr("Onni Kivelä", "onni.kivela@example.com"), "Read: Offer 2026-0457 RMU spare parts",
        date(24, 10, 3, 51), "<mdn-0457-7d1f@EX02.example.com>",
        multi("report", [text(human), raw_part("message/disposition-notification", mdn)],
              params=" report-type=disposition-notification;")))

    # 15. Read receipt (MDN), Finnish, Thunderbird-like
    human = ("Tämä on vastaanottokuittaus viestistä, jonka lähetit osoitteeseen riikka.hautala@example.org.\n\n"
             "Huom: Vastaanottokuittaus kertoo vain, että viesti on näytetty vastaanottajan tietokoneella. "
             "Ei ole takeita siitä, että vastaanottaja on lukenut viestin tai ymmärtänyt sen sisällön.\n")
    mdn = ("Reporting-UA: mail.example.org; Thunderbird 128.4.0\n"
           "Final-Recipient: rfc822;riikka.hautala@example.org\n"
           "Original-Message-ID: <service-report-1126@plaza.example.com>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    add(K, "mdn-luettu-fi", "fi", message(
        addr("Riikka Hautala", "riikka.hautala@example.org"), "Luettu: Huoltoraportti 11/2026",
        date(24, 8, 5), "<f3a9e1d2-mdn@example.org>",
        multi("report", [text(human), raw_part("message/disposition-notification", mdn),
                         raw_part("text/rfc822-headers",
                                  "Subject: Huoltoraportti 11/2026\nFrom: Plaza <info@plaza.example.com>\n"
                                  "Message-ID: <service-report-1126@plaza.example.com>\n")],
              params=" report-type=disposition-notification;")))

    # 16. Calendar auto-accept from a resource mailbox (no auto headers)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n"
           "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Meeting Room Saturn:mailto:saturn.room@example.com\n"
           "SUMMARY:Accepted: Service visit planning\nDTSTART:20261201T080000Z\nDTEND:20261201T090000Z\n"
           "UID:040000008200E00074C5B7101A82E00800000000B0E1\nORGANIZER:mailto:info@plaza.example.com\n"
           "DTSTAMP:20261124T120301Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    add(K, "calendar-resource-accepted-en", "en", message(
        addr("Meeting Room Saturn", "saturn.room@example.com"), "Accepted: Service visit planning",
        date(24, 14, 3, 1), "<cal-accept-b0e1@example.com>",
        multi("alternative", [text("Your request was accepted.\n", cte="7bit"),
                              text(ics, "calendar", cte="7bit", params="; method=REPLY")], preamble=False),
        extra=("Thread-Topic: Service visit planning",)))

    # 17. Calendar auto-reply in Finnish from a meeting room mailbox
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n"
           "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Neuvotteluhuone Kuusi:mailto:kuusi@example.org\n"
           "SUMMARY;LANGUAGE=fi-FI:Hyväksytty: Kojeistokatselmus\nDTSTART:20261202T070000Z\n"
           "DTEND:20261202T083000Z\nUID:040000008200E00074C5B7101A82E00800000000C7D2\n"
           "DTSTAMP:20261124T101500Z\nEND:VEVENT\nEND:VCALENDAR\n")
    add(K, "calendar-room-hyvaksytty-fi", "fi", message(
        addr("Neuvotteluhuone Kuusi", "kuusi@example.org"), "Hyväksytty: Kojeistokatselmus 2.12.",
        date(24, 12, 15), "<cal-accept-c7d2@example.org>",
        multi("alternative", [text("Pyyntösi hyväksyttiin.\n"),
                              text(ics, "calendar", params="; method=REPLY")], preamble=False),
        extra=("Auto-Submitted: auto-replied",)))

    # 18. Supplier newsletter with List-Id and List-Unsubscribe
    body = ("Example Cable News - November 2026\n\nNew 24 kV cable terminations for compact switchgear\n"
            "Webinar: jointing in cold conditions, 10 December\n\nYou are receiving this email because you "
            "subscribed to Example Cable News.\nUnsubscribe: https://news.example.com/u/8f2a | Update "
            "preferences | Delete my data: https://news.example.com/privacy\n")
    add(K, "supplier-newsletter-list-headers-en", "en", message(
        addr("Example Cable News", "news@example.com"), "November news: new 24 kV cable terminations",
        date(24, 7, 0, tz=0), "<nl-2026-11.8f2a@news.example.com>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")], preamble=False),
        extra=("List-Id: Example Cable News <news.example.com>",
               "List-Unsubscribe: <mailto:unsubscribe@news.example.com?subject=unsubscribe>, "
               "<https://news.example.com/u/8f2a>",
               "Feedback-ID: nl11:cable:example")))

    # 19. Marketing with Precedence: bulk only, HTML-only
    inner = ("<h1>Black Friday!</h1><p>-30 % kaikista momenttiavaimista ja eristetyistä työkaluista "
             "sunnuntaihin asti.</p><p><a href=\"https://kauppa.example.net/bf\">Katso tarjoukset</a></p>"
             "<hr><p style=\"font-size:10px\">Jos et halua enää vastaanottaa markkinointiviestejämme, "
             "<a href=\"https://kauppa.example.net/peruuta\">peruuta tilaus tästä</a>. Voit myös pyytää "
             "tietojesi poistamista asiakaspalvelustamme.</p>\n")
    add(K, "marketing-precedence-bulk-fi", "fi", message(
        addr("Esimerkkityökalut", "markkinointi@example.net"), "Black Friday: -30 % kaikista momenttiavaimista",
        date(27, 6, 0), "<bf2026.991823@mailer.example.net>",
        text(html_page(inner), "html"),
        extra=("Precedence: bulk",)))

    # 20. Swedish newsletter with one-click unsubscribe
    body = ("Exempelnät nyhetsbrev - november 2026\n\nNya regler för elsäkerhetsarbete från 1 januari.\n"
            "Seminarium om nätautomation den 8 december i Vasa.\n\nDu får detta meddelande eftersom du "
            "prenumererar på vårt nyhetsbrev.\nAvregistrera dig här: https://exempelnat.example.org/avregistrera?id=123\n")
    add(K, "newsletter-oneclick-sv", "sv", message(
        addr("Exempelnät Nyhetsbrev", "nyhetsbrev@example.org", "iso-8859-1"),
        "Nyhetsbrev november: Nya regler för elsäkerhet",
        date(26, 8, 30), "<nb-2611.123@exempelnat.example.org>",
        multi("alternative", [text(body, charset="iso-8859-1"), text(html_page(to_html(body)), "html")]),
        extra=('List-Id: "Exempelnat nyhetsbrev" <nyhetsbrev.example.org>',
               "List-Unsubscribe: <https://exempelnat.example.org/avregistrera?id=123>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        subject_charset="iso-8859-1"))

    # 21. no-reply@ billing notification
    body = ("Hello,\n\nYour invoice for November 2026 (EUR 84.20) is now available in My Account. Due date "
            "10 December 2026.\n\nThis mailbox is not monitored. Please do not reply to this message.\n\n"
            "Example Telecom\n")
    add(K, "no-reply-invoice-en", "en", message(
        addr("Example Telecom Billing", "no-reply@billing.example.com"), "Your invoice 2026-11 is available",
        date(25, 5, 10, tz=0), "<inv-2026-11-5521@billing.example.com>", text(body, cte="7bit")))

    # 22. noreply@ password notice in Finnish
    body = ("Hei,\n\nkäyttäjätunnuksen info@plaza.example.com salasana vaihdettiin 24.11.2026 klo 14.12. "
            "Jos et itse vaihtanut salasanaa, ota heti yhteyttä tukeemme.\n\nTähän viestiin ei voi vastata.\n\n"
            "Esimerkki Portaali\n")
    add(K, "noreply-password-fi", "fi", message(
        addr("Esimerkki Portaali", "noreply@portal.example.org"), "Salasanasi on vaihdettu",
        date(24, 14, 12, 40), "<pwchange.77813@portal.example.org>", text(body)))

    # 23. do-not-reply@ shipping notice in Swedish, base64
    body = ("Hej!\n\nDin försändelse med sändningsnummer EX123456789FI (3 kolli) har lämnat vår terminal i "
            "Vanda och beräknas levereras 26.11.2026.\n\nDetta meddelande kan inte besvaras.\n\nExempelfrakt\n")
    add(K, "do-not-reply-shipping-sv", "sv", message(
        addr("Exempelfrakt", "do-not-reply@frakt.example.net"), "Din försändelse är på väg - 3 kolli",
        date(25, 7, 45), "<ship.EX123456789FI@frakt.example.net>", text(body, cte="base64")))

    # 24. bounce@ sender: list moderation notice
    body = ("Your mail to 'switchgear-users' with the subject\n\n    Re: Spare parts for SafeRing\n\n"
            "Is being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n"
            "    Post by non-member to a members-only list\n\nEither the message will get posted to the list, "
            "or you will receive notification of the moderator's decision.\n")
    add(K, "bounce-sender-moderation-en", "en", message(
        "bounce@lists.example.org", "Your message to switchgear-users awaits moderator approval",
        date(24, 16, 40, tz=0), "<held.1763991600.88@lists.example.org>", text(body, charset="us-ascii", cte="7bit")))

    # 25. Mailing-list post that says "please remove me from this list"
    body = ("Hi all,\n\nplease remove me from this list, I have changed jobs and no longer work with MV "
            "switchgear.\n\nGareth\n_______________________________________________\nswitchgear-users mailing "
            "list -- switchgear-users@lists.example.org\nTo unsubscribe send an email to "
            "switchgear-users-leave@lists.example.org\n")
    add(K, "mailing-list-post-remove-me-en", "en", message(
        addr("Gareth Owen", "gareth.owen@example.net"), "[switchgear-users] please remove me from this list",
        date(25, 11, 2, tz=0), "<CAB9k2+list.remove@mail.example.net>", text(body, charset="us-ascii", cte="7bit"),
        extra=("List-Id: Switchgear users <switchgear-users.lists.example.org>",
               "List-Post: <mailto:switchgear-users@lists.example.org>",
               "List-Unsubscribe: <mailto:switchgear-users-leave@lists.example.org>",
               "Precedence: list",
               "Sender: switchgear-users-bounces@lists.example.org")))


# ======================================================================
# data_request (30)
# ======================================================================

def data_requests() -> None:
    K = "data_request"

    # d01 formal Finnish access letter
    body = ("Plaza\nTietosuoja / rekisterinpitäjä\n\nAsia: Rekisteröidyn oikeus saada pääsy tietoihin\n\n"
            "Pyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan nojalla vahvistuksen siitä, "
            "käsitteléttekö henkilötietojani, ja jos käsittelette, jäljennöksen kaikista minua koskevista "
            "henkilötiedoista, joita asiakasrekisterissänne on, sekä tiedot käsittelyn tarkoituksista, "
            "vastaanottajista ja säilytysajasta.\n\nPyydän toimittamaan tiedot sähköpostitse tähän osoitteeseen "
            "kuukauden kuluessa.\n\nEspoossa 24.11.2026\n\nMarjatta Kivinen\n").replace("käsitteléttekö", "käsittelettekö")
    add(K, "formal-access-letter-fi", "fi", message(
        addr("Marjatta Kivinen", "marjatta.kivinen@example.net"),
        "Tietopyyntö - EU:n yleisen tietosuoja-asetuksen 15 artikla",
        date(24, 9, 12), "<0a8c2b71-d01@example.net>", text(body)), requests=["access"])

    # d02 one-liner "poistakaa minut"
    body = "poistakaa minut rekisteristänne\n\nJussi\n\nLähetetty iPhonesta\n"
    add(K, "poistakaa-minut-fi", "fi", message(
        addr("Jussi Parkkonen", "jussi.parkkonen@example.com"), "poistakaa minut",
        date(24, 22, 41), "<C1A2B3D4-E5F6-4711-8899-d02@example.com>", text(body, cte="8bit")),
        requests=["erasure"])

    # d03 one-liner "radera mig"
    body = "Radera mig ur ert kundregister.\n/Kim\n\nSkickat från min iPhone\n"
    add(K, "radera-mig-sv", "sv", message(
        addr("Kim Holmström", "kim.holmstrom@example.org"), "radera mig",
        date(25, 7, 3), "<9E1D0C2B-d03@example.org>", text(body, charset="iso-8859-1")),
        requests=["erasure"])

    # d04 "remove me" replying to the newsletter
    body = ("remove me\n\nOn Tue, 17 Nov 2026 at 09:00, Plaza <info@plaza.example.com> wrote:\n"
            + quote(NEWSLETTER_EN) + "\n")
    add(K, "remove-me-newsletter-reply-en", "en", message(
        addr("Tom Fairley", "tom.fairley@example.com"), "Re: Plaza newsletter - November 2026",
        date(24, 13, 2), "<CAE7tom+d04@mail.example.com>", text(body, cte="7bit"),
        extra=("In-Reply-To: <newsletter-2026-11@plaza.example.com>",)), requests=["unsubscribe"])

    # d05 lawyer on behalf of a client: access
    body = ("Dear Sir or Madam,\n\nWe act for Mr Aaron Pike (aaron.pike@example.net), formerly purchasing "
            "manager at Example Grid Ltd, who has authorised us to make this request on his behalf. A signed "
            "letter of authority is attached.\n\nPursuant to Article 15 of the General Data Protection "
            "Regulation, our client requests a copy of all personal data relating to him that Plaza holds, "
            "including your customer register, any records of telephone calls and newsletter mailings, "
            "together with the information required by Article 15(1)(a)-(h).\n\nPlease send your response to "
            "this office within one month of receipt of this letter.\n\nYours faithfully,\n\nHarriet Cole\n"
            "Solicitor\nCole & Partners LLP\n\nCONFIDENTIALITY NOTICE: This email and any attachments are "
            "confidential and may be legally privileged. If you are not the intended recipient, please notify "
            "the sender immediately and delete this email from your system.\n")
    add(K, "lawyer-on-behalf-access-en", "en", message(
        addr("Harriet Cole", "h.cole@law.example.com"),
        "Subject access request on behalf of our client, Mr Aaron Pike",
        date(23, 16, 30, tz=0), "<LO2P265MB5510-d05@law.example.com>",
        multi("mixed", [multi("alternative", [text(body), text(html_page(to_html(body)), "html")], preamble=False),
                        attachment("letter-of-authority-Pike.pdf", FAKE_PDF)])),
        requests=["access"])

    # d06 Finnish lawyer on behalf of client: erasure
    body = ("Arvoisa vastaanottaja\n\nEdustamme päämiestämme Timo Lehtosta (timo.lehtonen@example.com). "
            "Valtakirja on tämän viestin liitteenä.\n\nPäämiehemme vaatii EU:n tietosuoja-asetuksen 17 artiklan "
            "nojalla, että Plaza poistaa viipymättä kaikki häntä koskevat henkilötiedot asiakasrekisteristään. "
            "Pyydämme kirjallista vahvistusta poistosta allekirjoittaneelle kuukauden kuluessa.\n\n"
            "Kunnioittavasti\n\nLaura Rinne\nasianajaja, varatuomari\nAsianajotoimisto Esimerkki Oy\n\n"
            "Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, "
            "ilmoita lähettäjälle ja poista viesti.\n")
    add(K, "asianajaja-paamiehen-poisto-fi", "fi", message(
        addr("Laura Rinne", "laura.rinne@asianajo.example.org", "iso-8859-1"),
        "Päämiehemme Timo Lehtosen henkilötietojen poistaminen",
        date(25, 10, 5), "<20261125100500.d06@asianajo.example.org>",
        multi("mixed", [text(body, charset="iso-8859-1"), attachment("valtakirja.pdf", FAKE_PDF)]),
        subject_charset="iso-8859-1"), requests=["erasure"])

    # d07 retiring, long mail, erasure in the middle
    body = ("Hello Plaza team,\n\nAfter 31 years in the utility business I am retiring at the end of this "
            "month. It has been a pleasure to work with you on the Northfield substation refurbishments and "
            "the ring main unit replacement programme - I still remember the commissioning in the snow in "
            "2011.\n\nFor ongoing matters please contact my successor, Ms Nadia Quinn (nadia.quinn@example.com), "
            "who takes over the framework agreement and the spare parts orders from 1 December. I have briefed "
            "her on the open offer 2026-0398.\n\nAs this address will be closed and I will have nothing more to "
            "do with the business, I would ask you to delete my personal details from your customer register "
            "and your mailing lists.\n\nThank you once more and all the best for the future.\n\n"
            "Geoffrey Marsh\nNetwork Asset Manager (until 30 November)\nExample Power Distribution\n")
    add(K, "retiring-long-mail-erasure-en", "en", message(
        addr("Geoffrey Marsh", "geoffrey.marsh@example.net"), "Retirement and handover",
        date(24, 15, 55, tz=0), "<PAXPR02MB7788-d07@example.net>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")])), requests=["erasure"])

    # d08 changed role: rectification
    body = ("Hi,\n\nJust a note that I've moved from the maintenance team to procurement at Example Energy as of "
            "November, so please correct my details in your records: title now Procurement Manager, "
            "department Procurement, phone +358 40 000 0222 (the old 050 number no longer works). Email stays "
            "the same.\n\nBy the way, we will probably come back to you in January about the 2027 frame "
            "agreement.\n\nBest,\nSanna\n")
    add(K, "changed-role-rectification-en", "en", message(
        addr("Sanna Vuori", "sanna.vuori@example.org"), "Updated contact details",
        date(24, 11, 20), "<CAKd08sanna@mail.example.org>", text(body, cte="7bit")),
        requests=["rectification"])

    # d09 Swedish name change: rectification, windows-1252
    body = ("Hej,\n\njag har gift mig och bytt efternamn från Sjöberg till Lind. Vänligen uppdatera mitt namn i "
            "ert register. Min nya e-postadress blir emma.lind@example.com från och med 1 januari, den gamla "
            "fungerar till dess.\n\nTack på förhand!\nEmma Lind (f.d. Sjöberg)\nExempelkraft Ab\n")
    add(K, "efternamn-rectification-sv", "sv", message(
        addr("Emma Sjöberg", "emma.sjoberg@example.com", "iso-8859-1"), "Ändring av mina kontaktuppgifter",
        date(24, 12, 44), "<d09.emma@example.com>", text(body, charset="windows-1252"),
        subject_charset="iso-8859-1"), requests=["rectification"])

    # d10 Finnish rectification, HTML-only Outlook reply to the newsletter (quote has "peruuta")
    body = ("Hei,\n\npuhelinnumeroni on muuttunut, korjatkaa se rekisteriinne: uusi numero on 044 000 0333. "
            "Titteli on nykyään käyttöpäällikkö.\n\nt. Pekka")
    hdr = [("Lähettäjä", "Plaza <info@plaza.example.com>"), ("Lähetetty", "tiistai 17. marraskuuta 2026 9.00"),
           ("Vastaanottaja", "Pekka Honkanen <pekka.honkanen@example.net>"), ("Aihe", "Plazan uutiskirje - marraskuu 2026")]
    add(K, "puhelinnumero-korjaus-html-fi", "fi", message(
        addr("Pekka Honkanen", "pekka.honkanen@example.net"), "VS: Plazan uutiskirje - marraskuu 2026",
        date(24, 14, 8), "<HE1PR03MB-d10@HE1PR03MB.eurprd03.prod.example.net>",
        text(outlook_html(body, hdr, NEWSLETTER_FI), "html"),
        extra=("In-Reply-To: <newsletter-2026-11-fi@plaza.example.com>", "Content-Language: fi-FI")),
        requests=["rectification"])

    # d11 stop calling: objection
    body = ("Hello,\n\nYour sales people have called my mobile three times this month about switchgear "
            "maintenance contracts. I'm not interested. Please stop calling me and do not contact me for sales "
            "purposes in the future.\n\nI don't need my details deleted, as we may still order spare parts "
            "through our purchasing department - just no more sales calls, please.\n\nNeil Batten\n")
    add(K, "stop-calling-objection-en", "en", message(
        addr("Neil Batten", "neil.batten@example.com"), "Please stop calling me",
        date(25, 8, 15, tz=0), "<d11-neil@example.com>", text(body, cte="7bit")), requests=["objection"])

    # d12 Finnish ban on direct marketing: objection, ISO-8859-1 8bit
    body = ("Hei,\n\nkiellän tietojeni käytön suoramarkkinointiin. Älkää soittako minulle enää "
            "myyntipuheluita älkääkä lähettäkö pyytämättömiä tarjouksia.\n\nEeva Laaksonen\n")
    add(K, "suoramarkkinointikielto-fi", "fi", message(
        addr("Eeva Laaksonen", "eeva.laaksonen@example.org", "iso-8859-1"), "Suoramarkkinointikielto",
        date(25, 9, 30), "<d12.eeva@example.org>", text(body, charset="iso-8859-1", cte="8bit")),
        requests=["objection"])

    # d13 Swedish objection / restriction, HTML-only (Apple Mail)
    body = ("Hej,\n\nJag motsätter mig att ni behandlar mina personuppgifter för direktmarknadsföring och ber er "
            "begränsa behandlingen till det som behövs för våra pågående serviceavtal. Ring mig inte längre "
            "med erbjudanden.\n\nVänliga hälsningar\nLars-Erik Nyström")
    add(K, "invandning-objection-html-sv", "sv", message(
        addr("Lars-Erik Nyström", "lars-erik.nystrom@example.net"), "Invändning mot behandling",
        date(25, 10, 48), "<A7F0E3B1-d13@example.net>",
        text('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="word-wrap: break-word;">' + to_html(body).replace("<p>", "<div>").replace("</p>", "</div><br>")
             + "</body></html>\n", "html")), requests=["objection"])

    # d14 mail generated by a List-Unsubscribe mailto link
    add(K, "list-unsubscribe-mailto-en", "en", message(
        "rachel.doyle@example.com", "unsubscribe",
        date(24, 19, 2, tz=0), "<CAJ-d14-unsub@mail.example.com>",
        text("This message was automatically generated by Gmail.\n", cte="7bit")), requests=["unsubscribe"])

    # d15 Finnish newsletter off
    body = "Hei!\n\nEn halua enää saada uutiskirjettänne, perukaa tilaukseni. Kiitos.\n\nMirja Kallio\n"
    add(K, "perukaa-uutiskirje-fi", "fi", message(
        addr("Mirja Kallio", "mirja.kallio@example.com"), "Uutiskirje",
        date(25, 11, 11), "<d15.mirja@example.com>", text(body, cte="8bit")), requests=["unsubscribe"])

    # d16 Swedish newsletter off, HTML-only Gmail reply with the newsletter quoted
    body = "Hej,\n\nvänligen avsluta min prenumeration på ert nyhetsbrev.\n\nHälsningar, Anders"
    add(K, "avsluta-nyhetsbrev-gmail-sv", "sv", message(
        addr("Anders Wikström", "anders.wikstrom@example.org"), "Sv: Plaza nyhetsbrev - november 2026",
        date(24, 16, 20), "<CAO-d16-anders@mail.example.org>",
        text(gmail_html(body, "Den tis 17 nov. 2026 kl 09:00 skrev Plaza <info@plaza.example.com>:", NEWSLETTER_SV), "html"),
        extra=("In-Reply-To: <newsletter-2026-11-sv@plaza.example.com>",)), requests=["unsubscribe"])

    # d17 subscribe after a trade fair
    body = ("Hi,\n\nwe met at your stand at the Power Expo in Helsinki last week. Could you add me to your "
            "newsletter mailing list? I'd like to follow your retrofit news.\n\nRegards,\nOliver Grant\n"
            "Field Engineer, Example Wind Services\n")
    add(K, "subscribe-after-fair-en", "en", message(
        addr("Oliver Grant", "oliver.grant@example.com"), "Newsletter",
        date(24, 10, 10, tz=0), "<d17.oliver@example.com>", text(body, cte="7bit")), requests=["subscribe"])

    # d18 Finnish subscribe, base64
    body = ("Hei,\n\nhaluaisin tilata Plazan uutiskirjeen tähän sähköpostiosoitteeseen.\n\nTerveisin\n"
            "Hanna Peltola\nEsimerkkisähkö Oy\n")
    add(K, "tilaan-uutiskirjeen-fi", "fi", message(
        addr("Hanna Peltola", "hanna.peltola@example.net"), "Uutiskirjeen tilaus",
        date(25, 13, 0), "<d18.hanna@example.net>", text(body, cte="base64")), requests=["subscribe"])

    # d19 Swedish subscribe
    body = ("Hej!\n\nJag vill gärna prenumerera på ert nyhetsbrev. Kan ni lägga till mig på utskickslistan?\n\n"
            "Mvh Ingrid Holm\n")
    add(K, "prenumerera-sv", "sv", message(
        addr("Ingrid Holm", "ingrid.holm@example.com"), "Prenumeration på nyhetsbrev",
        date(25, 14, 30), "<d19.ingrid@example.com>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")])), requests=["subscribe"])

    # d20 ex-employee: personnel data copy
    body = ("Hei,\n\nolin Plazalla töissä asentajana 2016-2021. Pyydän kopion minusta henkilöstörekisteriin "
            "tallennetuista tiedoista, myös palkka- ja työterveystietojen osalta siltä osin kuin niitä on "
            "säilytetty.\n\nYstävällisesti\nVille Rantanen\np. 040 000 0444\n")
    add(K, "entinen-tyontekija-henkilostotiedot-fi", "fi", message(
        addr("Ville Rantanen", "ville.rantanen@example.org"), "Entisen työntekijän tietopyyntö",
        date(24, 17, 5), "<d20.ville@example.org>", text(body)), requests=["personnel"])

    # d21 former employee: delete HR records (personnel register)
    body = ("Dear Plaza,\n\nI worked for Plaza as a project engineer from 2019 until my contract ended in March "
            "2024. I would like my personnel data - HR file, bank account details and home address - deleted, "
            "except whatever you are legally required to keep for payroll and accounting.\n\nKind regards,\n"
            "Maria Costa\n")
    add(K, "former-employee-hr-data-en", "en", message(
        addr("Maria Costa", "maria.costa@example.net"), "HR records after my employment",
        date(25, 9, 50, tz=1), "<d21.maria@example.net>", text(body, cte="7bit")), requests=["personnel"])

    # d22 Swedish former employee: personnel register extract, ISO-8859-1
    body = ("Hej,\n\njag var anställd hos er som servicetekniker 2018-2023. Jag begär ett utdrag av de uppgifter "
            "om mig som finns i ert personalregister, inklusive löneuppgifterna.\n\nMed vänlig hälsning\n"
            "Jonas Åkerlund\n")
    add(K, "personalregister-utdrag-sv", "sv", message(
        addr("Jonas Åkerlund", "jonas.akerlund@example.com", "iso-8859-1"), "Begäran om utdrag ur personalregistret",
        date(25, 15, 15), "<d22.jonas@example.com>", text(body, charset="iso-8859-1"),
        subject_charset="iso-8859-1"), requests=["personnel"])

    # d23 two requests: access then erasure
    body = ("Hello,\n\nFirst, please send me a copy of all the personal data you hold about me. Once I have "
            "received it, please delete everything and remove me from your register.\n\nThank you,\n"
            "Beatrice Lowe\n")
    add(K, "access-then-erasure-en", "en", message(
        addr("Beatrice Lowe", "beatrice.lowe@example.org"), "My data",
        date(24, 18, 0, tz=0), "<d23.beatrice@example.org>", text(body, cte="7bit")),
        requests=["access", "erasure"])

    # d24 two requests: rectification then unsubscribe, windows-1252
    body = ("Hei,\n\nkorjatkaa tietoihini uusi titteli: olen nykyään tuotantopäällikkö, en enää "
            "kunnossapitoinsinööri. Samalla voitte perua uutiskirjeen tilaukseni, en ehdi lukea sitä.\n\n"
            "Terveisin\nTapio Heinonen\n")
    add(K, "titteli-ja-uutiskirje-pois-fi", "fi", message(
        addr("Tapio Heinonen", "tapio.heinonen@example.com"), "Tietojeni päivitys",
        date(25, 8, 5), "<d24.tapio@example.com>", text(body, charset="windows-1252")),
        requests=["rectification", "unsubscribe"])

    # d25 two requests in Swedish, HTML Outlook with plain alternative
    body = ("Hej,\n\nskicka mig ett registerutdrag över alla uppgifter ni har om mig. Därefter vill jag att ni "
            "raderar mina uppgifter helt.\n\nMvh\nSofia Berglund")
    sig = "Sofia Berglund\nInköpare | Exempelkraft Ab\n+358 50 000 0888"
    add(K, "utdrag-och-radering-sv", "sv", message(
        addr("Sofia Berglund", "sofia.berglund@example.net"), "Registerutdrag och radering",
        date(25, 12, 12), "<HE1P-d25-sofia@example.net>",
        multi("alternative", [text(body + "\n\n" + sig + "\n"),
                              text(html_page(msonormal(body) + "\n" + msonormal(sig)), "html")]),
        extra=("Content-Language: sv-SE",)), requests=["access", "erasure"])

    # d26 one-line question, HTML-only Outlook with a disclaimer
    inner = ('<div class="WordSection1"><p class="MsoNormal">What personal data do you hold about me?</p>'
             '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kevin Shaw | Electrical Supervisor | '
             'Example Mining Co.</p><p class="MsoNormal" style="font-size:8pt;color:gray">This message is '
             'intended only for the addressee. If you are not the intended recipient, please delete it.</p></div>\n')
    add(K, "what-data-html-only-en", "en", message(
        addr("Kevin Shaw", "kevin.shaw@example.com"), "Question",
        date(24, 20, 30, tz=-5), "<BN8PR12MB-d26@example.com>", text(html_page(inner), "html")),
        requests=["access"])

    # d27 formal Swedish access request, ISO-8859-1
    body = ("Till personuppgiftsansvarig\n\nMed stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 "
            "begär jag att få ta del av de personuppgifter om mig som ni behandlar, ändamålen med behandlingen, "
            "mottagarna och hur länge uppgifterna sparas.\n\nSvaret kan skickas till denna e-postadress.\n\n"
            "Åbo den 24 november 2026\nHelena Forsman\n")
    add(K, "registerutdrag-art15-sv", "sv", message(
        addr("Helena Forsman", "helena.forsman@example.org"), "Begäran om registerutdrag enligt artikel 15 GDPR",
        date(24, 15, 0), "<d27.helena@example.org>", text(body, charset="iso-8859-1"),
        subject_charset="iso-8859-1"), requests=["access"])

    # d28 Finnish access request inside a business thread, HTML-only Gmail
    body = ("Hei,\n\nvoisitteko vielä lähettää minulle kopion kaikista tiedoista, joita teillä on minusta "
            "tallennettuna? Haluan tarkistaa ne.\n\nTerveisin\nAnu Salo")
    quoted = ("Hei Anu,\n\nliitteenä päivitetty varaosatarjous. Toimitusaika on 3-4 viikkoa tilauksesta.\n\n"
              "Ystävällisin terveisin\nPlaza")
    add(K, "kopio-tiedoista-gmail-fi", "fi", message(
        addr("Anu Salo", "anu.salo@example.com"), "Re: Varaosatarjous",
        date(25, 10, 20), "<CAH-d28-anu@mail.example.com>",
        text(gmail_html(body, "ma 23.11.2026 klo 15.10 Plaza <info@plaza.example.com> kirjoitti:", quoted), "html",
             cte="base64"),
        extra=("In-Reply-To: <spare-offer-2211@plaza.example.com>",)), requests=["access"])

    # d29 "right to be forgotten", windows-1252 smart quotes
    body = ("Hi,\n\nI\u2019m exercising my \u201cright to be forgotten\u201d under GDPR Article 17. Please erase "
            "all personal data you hold about me \u2013 name, phone, e-mail, everything \u2013 and confirm once "
            "it\u2019s done.\n\nDeclan Byrne\n")
    add(K, "forget-me-cp1252-en", "en", message(
        addr("Declan Byrne", "declan.byrne@example.net"), "Right to be forgotten \u2013 request",
        date(26, 9, 9, tz=0), "<d29.declan@example.net>", text(body, charset="windows-1252")),
        requests=["erasure"])

    # d30 long Finnish mail, erasure in the middle, signature + disclaimer
    body = ("Hei,\n\nlopetin Esimerkkivoima Oy:n palveluksessa marraskuun lopussa ja siirryn kokonaan toiselle "
            "alalle. Kiitos hyvästä yhteistyöstä vuosien varrella - erityisesti Esimäen sähköaseman saneeraus "
            "meni hienosti.\n\nYrityksen asioissa teitä palvelee jatkossa Minna Laine (minna.laine@example.org).\n\n"
            "Pyydän, että poistatte kaikki minua koskevat tiedot asiakasrekisteristänne, koska en enää toimi "
            "alalla.\n\nParhain terveisin\nKari Mattila\nKunnossapitoinsinööri\nEsimerkkivoima Oy\n\n"
            "Tämä sähköpostiviesti ja sen liitteet ovat luottamuksellisia. Jos olet saanut tämän viestin "
            "erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.\n")
    add(K, "lopetin-poistakaa-tiedot-fi", "fi", message(
        addr("Kari Mattila", "kari.mattila@example.org"), "Tietojeni poisto",
        date(26, 11, 45), "<d30.kari@example.org>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")])), requests=["erasure"])


# ======================================================================
# other (25)
# ======================================================================

def others() -> None:
    K = "other"

    # o01
    body = ("Hi Jukka,\n\nThanks for the quotation. Please remove the old price from the quote - line 3 still "
            "shows the 2025 list price for the breaker truck - and send me a corrected version. Otherwise it "
            "looks fine.\n\nRegards,\nStuart\n\n" + outlook_plain_block(
                [("From", "Jukka Ahola <info@plaza.example.com>"), ("Sent", "Monday, 23 November 2026 15:20"),
                 ("To", "Stuart Hale <stuart.hale@example.com>"), ("Subject", "Quotation Q-2026-0417")],
                "Hello Stuart,\n\nplease find attached our quotation Q-2026-0417 for the breaker truck and spare "
                "parts.\n\nBest regards,\nJukka Ahola\nPlaza"))
    add(K, "remove-old-price-from-quote-en", "en", message(
        addr("Stuart Hale", "stuart.hale@example.com"), "RE: Quotation Q-2026-0417",
        date(24, 9, 40, tz=0), "<o01.stuart@example.com>", text(body),
        extra=("In-Reply-To: <q-2026-0417@plaza.example.com>",)))

    # o02
    body = ("Moi,\n\nvoisitteko päivittää tarjouksen niin, että siinä on mukana kaksi lisäkennoa ja asennus? "
            "Toimitusaika saisi olla viikolla 12.\n\nt. Sami")
    hdr = [("Lähettäjä", "Plaza <info@plaza.example.com>"), ("Lähetetty", "maanantai 23. marraskuuta 2026 10.02"),
           ("Vastaanottaja", "Sami Koskinen <sami.koskinen@example.net>"), ("Aihe", "Tarjous 2026-0422 / kojeistolaajennus")]
    quoted = "Hei Sami,\n\nliitteenä tarjouksemme kojeistolaajennuksesta.\n\nYstävällisin terveisin\nPlaza"
    add(K, "paivittaa-tarjous-fi", "fi", message(
        addr("Sami Koskinen", "sami.koskinen@example.net"), "VS: Tarjous 2026-0422 / kojeistolaajennus",
        date(24, 8, 30), "<o02.sami@example.net>",
        multi("alternative", [text(body + "\n\n" + outlook_plain_block(hdr, quoted)),
                              text(outlook_html(body, hdr, quoted), "html")]),
        extra=("Content-Language: fi-FI",)))

    # o03
    body = ("Hej,\n\nvi har fått faktura 30117 två gånger, en gång per post och en gång som e-faktura. Kan ni "
            "radera den dubbla fakturan så att vi inte betalar två gånger? Den korrekta är den med förfallodag "
            "15.12.\n\nMvh\nAgneta Lund\nEkonomiavdelningen, Exempelnät Ab\n")
    add(K, "radera-dubbla-fakturan-sv", "sv", message(
        addr("Agneta Lund", "agneta.lund@example.org"), "Faktura 30117 dubbel",
        date(24, 13, 5), "<o03.agneta@example.org>", text(body, charset="windows-1252")))

    # o04
    body = ("Hello,\n\ncould you send me a copy of the drawing you used for the commissioning of substation 7 "
            "(single line diagram, rev C)? Our copy was lost when we migrated our document system.\n\nThanks,\nRavi\n")
    add(K, "copy-of-drawing-en", "en", message(
        addr("Ravi Menon", "ravi.menon@example.com"), "Single line diagram for substation 7",
        date(24, 7, 50, tz=0), "<o04.ravi@example.com>",
        multi("alternative", [text(body, cte="7bit"), text(html_page(to_html(body)), "html")])))

    # o05 reply to the Finnish newsletter with a product question (quoted footer says "peruuta")
    body = ("Hei,\n\nuutiskirjeessä mainittiin uusi retrofit-sarja vanhoihin SF6-kojeistoihin. Sopiiko se myös "
            "vuoden 1998 kojeistoon? Voisitteko lähettää esitteen?\n\nJuha")
    add(K, "newsletter-reply-question-fi", "fi", message(
        addr("Juha Lindroos", "juha.lindroos@example.com"), "Re: Plazan uutiskirje - marraskuu 2026",
        date(24, 12, 30), "<CAG-o05-juha@mail.example.com>",
        multi("alternative", [
            text(body + "\n\nti 17.11.2026 klo 9.00 Plaza <info@plaza.example.com> kirjoitti:\n" + quote(NEWSLETTER_FI) + "\n"),
            text(gmail_html(body, "ti 17.11.2026 klo 9.00 Plaza <info@plaza.example.com> kirjoitti:", NEWSLETTER_FI), "html")],
            preamble=False),
        extra=("In-Reply-To: <newsletter-2026-11-fi@plaza.example.com>",)))

    # o06 reply to the English newsletter, Outlook block quoting the unsubscribe footer
    body = ("Hi,\n\nis there still room on the switchgear maintenance training on 9 December mentioned below? "
            "We would like to send two technicians.\n\nBest regards,\nAlice Wren\n\n" + outlook_plain_block(
                [("From", "Plaza <info@plaza.example.com>"), ("Sent", "Tuesday, 17 November 2026 09:00"),
                 ("To", "Alice Wren <alice.wren@example.org>"), ("Subject", "Plaza newsletter - November 2026")],
                NEWSLETTER_EN))
    add(K, "newsletter-reply-training-en", "en", message(
        addr("Alice Wren", "alice.wren@example.org"), "RE: Plaza newsletter - November 2026",
        date(24, 9, 5, tz=0), "<o06.alice@example.org>", text(body),
        extra=("In-Reply-To: <newsletter-2026-11@plaza.example.com>",)))

    # o07 general GDPR question from a customer's procurement
    body = ("Dear Plaza,\n\nas part of our annual supplier qualification we ask all suppliers to describe how "
            "they comply with the GDPR. Could you please tell us in general how you handle personal data (for "
            "example our staff's contact details used for orders), whether you use subprocessors outside the "
            "EU, and send us your privacy policy or register description? If you have a standard data "
            "processing agreement, please attach it.\n\nThe questionnaire deadline is 15 December.\n\n"
            "Kind regards,\nFiona Blake\nSupplier Quality, Example Rail\n")
    add(K, "gdpr-supplier-questionnaire-en", "en", message(
        addr("Fiona Blake", "fiona.blake@example.com"), "Supplier qualification: data protection questionnaire",
        date(24, 10, 0, tz=0), "<o07.fiona@example.com>", text(body, cte="7bit")))

    # o08 job applicant asking whether the CV will be stored
    body = ("Hei,\n\nolen valmistunut sähköasentaja ja kiinnostunut työskentelemään Plazalla huoltoasentajana. "
            "Liitteenä CV ja todistukset.\n\nTallennetaanko CV:ni teidän järjestelmäänne, ja kuinka kauan sitä "
            "säilytetään, jos paikkaa ei nyt ole auki?\n\nYstävällisin terveisin\nElias Niemi\n040 000 0555\n")
    add(K, "avoin-hakemus-cv-fi", "fi", message(
        addr("Elias Niemi", "elias.niemi@example.net"), "Avoin hakemus - sähköasentaja",
        date(25, 16, 10), "<o08.elias@example.net>",
        multi("mixed", [text(body), attachment("Elias_Niemi_CV.pdf", FAKE_PDF)])))

    # o09 customer says yes to a sales offer, HTML Gmail (no token)
    body = ("Yes, we accept the offer. Please proceed with the order and send the order confirmation to our "
            "purchasing (purchasing@example.com).\n\nPeter")
    quoted = ("Hello Peter,\n\nplease find our offer 2026-0457 for the RMU spare parts attached. Please reply to "
              "confirm the offer and we will book the delivery.\n\nBest regards,\nPlaza")
    add(K, "yes-to-sales-offer-en", "en", message(
        addr("Peter Lang", "peter.lang@example.com"), "Re: Offer 2026-0457 - RMU spare parts",
        date(25, 8, 55, tz=0), "<CAP-o09-peter@mail.example.com>",
        multi("alternative", [
            text(body + "\n\nOn Tue, 24 Nov 2026 at 09:12, Plaza <info@plaza.example.com> wrote:\n" + quote(quoted) + "\n"),
            text(gmail_html(body, "On Tue, 24 Nov 2026 at 09:12, Plaza <info@plaza.example.com> wrote:", quoted), "html")],
            preamble=False),
        extra=("In-Reply-To: <offer-0457@plaza.example.com>", "References: <offer-0457@plaza.example.com>")))

    # o10 Finnish "kyllä" to a service offer, Outlook fi block
    body = ("Kyllä, hyväksymme huoltotarjouksen vuodelle 2027. Laittakaa tilausvahvistus tulemaan.\n\nMarko\n\n"
            + outlook_plain_block(
                [("Lähettäjä", "Plaza <info@plaza.example.com>"), ("Lähetetty", "tiistai 24. marraskuuta 2026 13.30"),
                 ("Vastaanottaja", "Marko Aaltonen <marko.aaltonen@example.org>"), ("Aihe", "Huoltotarjous 2027")],
                "Hei Marko,\n\nliitteenä huoltotarjous vuodelle 2027. Vahvistatteko tarjouksen vastaamalla tähän "
                "viestiin?\n\nYstävällisin terveisin\nPlaza"))
    add(K, "kylla-huoltotarjous-fi", "fi", message(
        addr("Marko Aaltonen", "marko.aaltonen@example.org"), "VS: Huoltotarjous 2027",
        date(25, 7, 40), "<o10.marko@example.org>", text(body, cte="base64"),
        extra=("In-Reply-To: <service-offer-2027@plaza.example.com>",)))

    # o11
    body = ("Hei,\n\nlaskussa 30098 on väärä viitenumero, pankki ei hyväksy sitä. Voisitteko korjata "
            "viitenumeron ja lähettää korjatun laskun?\n\nt. Päivi Karppinen\nreskontra, Esimerkkivoima Oy\n")
    add(K, "korjatkaa-viitenumero-fi", "fi", message(
        addr("Päivi Karppinen", "paivi.karppinen@example.com", "iso-8859-1"), "Lasku 30098 - väärä viitenumero",
        date(24, 11, 0), "<o11.paivi@example.com>", text(body, charset="iso-8859-1"), subject_charset="iso-8859-1"))

    # o12
    body = ("Hej,\n\nkan ni uppdatera leveransadressen för order 4411? Godset ska levereras direkt till "
            "byggplatsen, Exempelvägen 12, 65100 Vasa, inte till vårt lager. Kontaktperson på plats är "
            "arbetsledaren, tfn 050 000 0666.\n\nTack!\nMikael\n")
    add(K, "uppdatera-leveransadress-sv", "sv", message(
        addr("Mikael Sandell", "mikael.sandell@example.net"), "Order 4411 - ny leveransadress",
        date(24, 14, 45), "<o12.mikael@example.net>", text(body)))

    # o13
    body = ("Hi,\n\nsomething came up - please delete the meeting invite for Friday 27 Nov, we need to "
            "reschedule. Would Tuesday 1 Dec at 10:00 work for you instead?\n\nChloe\n")
    add(K, "delete-meeting-invite-en", "en", message(
        addr("Chloe Barker", "chloe.barker@example.com"), "Friday meeting",
        date(25, 8, 20, tz=0), "<o13.chloe@example.com>", text(body, cte="7bit")))

    # o14
    body = ("Hei,\n\npoistakaa huoltosopimuksesta vanha kojeisto K3, joka purettiin lokakuussa, ja lisätkää "
            "tilalle uusi kojeisto K5.\n\nTerveisin\nAntti Vainio\n")
    add(K, "poistakaa-kojeisto-huoltosopimuksesta-fi", "fi", message(
        addr("Antti Vainio", "antti.vainio@example.org"), "Huoltosopimus 2027 - muutokset",
        date(25, 9, 0), "<o14.antti@example.org>", text(body, cte="base64")))

    # o15 "thanks" replying to mailbot's acknowledgement of a deletion request
    quoted = ("Hello,\n\nwe have received your request to delete your personal data. It will be handled within "
              "one month.\n\nPlaza\n\n> Please delete all personal data you hold about me.\n> Naomi")
    body = ("Thanks for the quick reply!\n\nNaomi\n\nOn Mon, 23 Nov 2026 at 14:03, Plaza <info@plaza.example.com> "
            "wrote:\n" + quote(quoted) + "\n")
    add(K, "thanks-after-ack-en", "en", message(
        addr("Naomi Reed", "naomi.reed@example.net"), "Re: Delete my data",
        date(23, 15, 10, tz=0), "<o15.naomi@example.net>", text(body, cte="7bit"),
        extra=("In-Reply-To: <ack-erasure-7781@plaza.example.com>",)))

    # o16
    body = ("Hej igen,\n\nglöm mitt förra mejl - jag angav fel serienummer. Rätt serienummer är 1VLM000123. "
            "Kan ni kontrollera om reläet finns i lager?\n\nMvh Ulf\n")
    add(K, "glom-forra-mejlet-sv", "sv", message(
        addr("Ulf Granberg", "ulf.granberg@example.com"), "Re: Reservdelsförfrågan",
        date(24, 10, 35), "<o16.ulf@example.com>", text(body, charset="iso-8859-1", cte="8bit"),
        subject_charset="iso-8859-1"))

    # o17
    body = ("Hi,\n\nplease stop the delivery of order 7781 until further notice - the site is not ready and we "
            "have nowhere to store the panels. We'll confirm a new delivery date next week.\n\nThanks,\n"
            "Derek Hollis\nSite Manager\n")
    add(K, "stop-delivery-en", "en", message(
        addr("Derek Hollis", "derek.hollis@example.org"), "URGENT: hold shipment for order 7781",
        date(25, 6, 50, tz=0), "<o17.derek@example.org>", text(body, cte="7bit")))

    # o18 HTML-only Outlook fi reply asking for a copy of a service report
    body = ("Hei,\n\nvoitteko lähettää kopion viime viikon huoltokäynnin raportista? Tarvitsemme sen "
            "vakuutusyhtiölle.\n\nYstävällisin terveisin\nLeena Harju")
    hdr = [("Lähettäjä", "Plaza <info@plaza.example.com>"), ("Lähetetty", "perjantai 20. marraskuuta 2026 12.00"),
           ("Vastaanottaja", "Leena Harju <leena.harju@example.net>"), ("Aihe", "Huoltokäynti 18.11.")]
    add(K, "kopio-huoltoraportista-html-fi", "fi", message(
        addr("Leena Harju", "leena.harju@example.net"), "VS: Huoltokäynti 18.11.",
        date(24, 9, 25), "<o18.leena@example.net>",
        text(outlook_html(body, hdr, "Hei Leena,\n\nkiitos, huoltokäynti on tehty. Raportti toimitetaan "
                                     "erikseen.\n\nPlaza"), "html", cte="base64")))

    # o19
    body = ("Hej,\n\nvi måste tyvärr avregistrera oss från kundträffen den 3 december, båda deltagarna från "
            "Exempelnät är upptagna med ett driftstopp. Skicka gärna presentationerna efteråt.\n\n"
            "Hälsningar\nKarin Ståhl\n")
    add(K, "avregistrera-kundtraff-sv", "sv", message(
        addr("Karin Ståhl", "karin.stahl@example.org"), "Avbokning - kundträffen 3.12",
        date(25, 11, 30), "<o19.karin@example.org>", text(body)))

    # o20 service request with an English disclaimer saying "delete"
    body = ("Hello,\n\nour ring main unit at Station 14 has shown a gas pressure alarm since this morning. Could "
            "you send a service technician this week? Unit serial no. RMU-2009-4471.\n\nBest regards,\n"
            "Hugo Marlow\nOperations Engineer\nExample Water Ltd\n\nThis email and any files transmitted with it "
            "are confidential and intended solely for the use of the individual or entity to whom they are "
            "addressed. If you have received this email in error, please notify the sender immediately and "
            "delete it from your system. Any personal data contained in this email is processed in accordance "
            "with our privacy policy.\n")
    add(K, "service-request-disclaimer-en", "en", message(
        addr("Hugo Marlow", "hugo.marlow@example.com"), "RMU fault alarm - need service",
        date(25, 7, 5, tz=0), "<o20.hugo@example.com>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")])))

    # o21 spare part question with a Finnish disclaimer
    body = ("Hei,\n\nonko teillä varastossa laukaisukelaa 110 V DC vanhaan katkaisijaan (valmistusvuosi 1995)? "
            "Tarvitsisimme kaksi kappaletta.\n\nt. Mika Toivonen\nEsimerkkienergia Oy\n\nTämä viesti saattaa "
            "sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, ilmoita asiasta "
            "lähettäjälle ja poista viesti sekä sen liitteet. Henkilötietojen käsittelystä kerrotaan "
            "tietosuojaselosteessamme.\n")
    add(K, "varaosakysely-disclaimer-fi", "fi", message(
        addr("Mika Toivonen", "mika.toivonen@example.com"), "Varaosakysely: laukaisukela",
        date(24, 15, 15), "<o21.mika@example.com>", text(body, charset="iso-8859-1", cte="8bit")))

    # o22 peer question about how Plaza handles unsubscribe/GDPR requests
    body = ("Hi Plaza folks,\n\nwe are revamping our own customer newsletter and consent process. At the Power "
            "Expo your colleague mentioned that you handle unsubscribe and GDPR requests with an automated "
            "mailbox tool. Which product is it, and would you recommend it? We're a similar-sized company.\n\n"
            "Cheers,\nLiam Porter\nIT Manager, Example Automation Oy\n")
    add(K, "peer-question-unsubscribe-tool-en", "en", message(
        addr("Liam Porter", "liam.porter@example.org"), "Your newsletter / GDPR tooling?",
        date(25, 13, 40, tz=0), "<o22.liam@example.org>", text(body, cte="7bit")))

    # o23
    body = ("Hej,\n\nkan ni ändra tiden för servicebesöket vid Norrby transformatorstation från onsdag till "
            "torsdag samma vecka? Det blir enklare för oss med frånkopplingen.\n\nMvh Rasmus Blom\n"
            "Driftchef, Exempel Energi Ab\n")
    add(K, "andra-tid-servicebesok-sv", "sv", message(
        addr("Rasmus Blom", "rasmus.blom@example.com"), "Ändra tid för servicebesöket",
        date(25, 14, 0), "<o23.rasmus@example.com>",
        multi("alternative", [text(body), text(html_page(to_html(body)), "html")])))

    # o24 "peruuttaa tilauksen" = cancel an order (not a newsletter)
    body = ("Hei,\n\nhaluamme peruuttaa tilauksen nro 5512 (varaosat, 12 kpl sulakkeita). Projekti siirtyi ensi "
            "vuodelle. Ilmoitattehan, jos peruutuksesta tulee kuluja.\n\nTerveisin\nSatu Heikkilä\n"
            "ostaja, Esimerkkisähkö Oy\n")
    add(K, "peruutamme-tilauksen-fi", "fi", message(
        addr("Satu Heikkilä", "satu.heikkila@example.net"), "Tilauksen peruutus 5512",
        date(26, 8, 10), "<o24.satu@example.net>", text(body)))

    # o25 human saying she is away next week (not an auto-reply)
    body = ("Hi,\n\nthanks for the quote. I'm out of the office next week, so please send the revised version "
            "with the extended warranty to my colleague Ben Archer (ben.archer@example.org) - he can approve "
            "it.\n\nBest regards,\nJulia\n\n" + outlook_plain_block(
                [("From", "Plaza <info@plaza.example.com>"), ("Sent", "Tuesday, 24 November 2026 11:00"),
                 ("To", "Julia Frost <julia.frost@example.org>"), ("Subject", "Quote 2026-0431")],
                "Hello Julia,\n\nattached is our quote 2026-0431.\n\nBest regards,\nPlaza",
                sep="-----Original Message-----"))
    add(K, "human-away-next-week-en", "en", message(
        addr("Julia Frost", "julia.frost@example.org"), "RE: Quote 2026-0431",
        date(25, 16, 30, tz=0), "<o25.julia@example.org>", text(body),
        extra=("In-Reply-To: <q-2026-0431@plaza.example.com>",)))


# ======================================================================
# confirmation (8)
# ======================================================================

def confirmations() -> None:
    K = "confirmation"

    # c01 Finnish yes, token in subject and In-Reply-To, Gmail-fi plain quoting
    tok = token()
    body = ("Kyllä, saatte tallentaa.\n\nTerveisin Onni\n\nti 24.11.2026 klo 9.12 Plaza <info@plaza.example.com> "
            "kirjoitti:\n" + quote(CONFIRM_FI) + "\n")
    add(K, "kylla-token-fi", "fi", message(
        addr("Onni Kivelä", "onni.kivela@example.com"), f"Re: Vahvista tietojesi tallennus [mailbot:{tok}]",
        date(24, 11, 2), "<CAO-c01-onni@mail.example.com>", text(body),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",
               f"References: <mailbot-confirm.{tok}@plaza.example.com>")), decision="accept")

    # c02 Finnish decline, only In-Reply-To, Outlook fi block
    tok = token()
    body = ("Ei kiitos, en halua uutiskirjettä enkä että tietojani säilytetään.\n\nRiikka\n\n" + outlook_plain_block(
        [("Lähettäjä", "Plaza <info@plaza.example.com>"), ("Lähetetty", "tiistai 24. marraskuuta 2026 9.00"),
         ("Vastaanottaja", "riikka.hautala@example.com"), ("Aihe", f"Vahvista tietojesi tallennus [mailbot:{tok}]")],
        CONFIRM_FI))
    body = body.replace(f" [mailbot:{tok}]", "")  # her client stripped the tag everywhere
    add(K, "ei-kiitos-in-reply-to-fi", "fi", message(
        addr("Riikka Hautala", "riikka.hautala@example.com"), "VS: Vahvista tietojesi tallennus",
        date(24, 12, 20), "<c02.riikka@example.com>", text(body),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",)), decision="decline")

    # c03 Swedish yes, token, windows-1252
    tok = token()
    body = ("Ja tack!\n\n/Ingrid\n\n" + outlook_plain_block(
        [("Från", "Plaza <info@plaza.example.com>"), ("Skickat", "den 25 november 2026 14:31"),
         ("Till", "Ingrid Holm <ingrid.holm@example.com>"),
         ("Ämne", f"Bekräfta prenumeration på nyhetsbrevet [mailbot:{tok}]")], CONFIRM_SV_SUB))
    add(K, "ja-tack-token-sv", "sv", message(
        addr("Ingrid Holm", "ingrid.holm@example.com"), f"SV: Bekräfta prenumeration på nyhetsbrevet [mailbot:{tok}]",
        date(25, 15, 2), "<c03.ingrid@example.com>", text(body, charset="windows-1252"),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",), subject_charset="iso-8859-1"),
        decision="accept")

    # c04 Swedish no, only In-Reply-To, HTML-only Gmail
    tok = token()
    body = "Nej, jag vill inte att ni sparar mina uppgifter.\n\nBirgitta"
    add(K, "nej-in-reply-to-html-sv", "sv", message(
        addr("Birgitta Rosén", "birgitta.rosen@example.net"), "Sv: Bekräfta dina uppgifter hos Plaza",
        date(25, 9, 44), "<CAB-c04-birgitta@mail.example.net>",
        text(gmail_html(body, "Den ons 25 nov. 2026 kl 08:00 skrev Plaza <info@plaza.example.com>:", CONFIRM_SV), "html"),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",)), decision="decline")

    # c05 English "confirmed", token, Gmail multipart/alternative
    tok = token()
    body = "Confirmed - go ahead and sign me up. Thanks!\n\nOliver"
    attr = "On Tue, 24 Nov 2026 at 12:00, Plaza <info@plaza.example.com> wrote:"
    add(K, "confirmed-gmail-token-en", "en", message(
        addr("Oliver Grant", "oliver.grant@example.com"), f"Re: Please confirm your subscription [mailbot:{tok}]",
        date(24, 12, 31, tz=0), "<CAG-c05-oliver@mail.example.com>",
        multi("alternative", [text(body + "\n\n" + attr + "\n" + quote(CONFIRM_EN_SUB) + "\n"),
                              text(gmail_html(body, attr, CONFIRM_EN_SUB), "html")], preamble=False),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",
               f"References: <mailbot-confirm.{tok}@plaza.example.com>")), decision="accept")

    # c06 English identity check answered yes, Outlook block
    tok = token()
    body = ("Yes, that was me - I asked for the copy of my data last week.\n\nRegards,\nBeatrice\n\n"
            + outlook_plain_block(
                [("From", "Plaza <info@plaza.example.com>"), ("Sent", "Wednesday, 25 November 2026 08:15"),
                 ("To", "Beatrice Lowe <beatrice.lowe@example.org>"),
                 ("Subject", f"Identity check for your data request [mailbot:{tok}]")], CONFIRM_EN_ID))
    add(K, "identity-check-yes-en", "en", message(
        addr("Beatrice Lowe", "beatrice.lowe@example.org"), f"RE: Identity check for your data request [mailbot:{tok}]",
        date(25, 9, 3, tz=0), "<c06.beatrice@example.org>", text(body),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",)), decision="accept")

    # c07 English no, only In-Reply-To
    tok = token()
    body = ("No thanks - please don't keep my details.\n\nGareth\n\nOn Wed, 25 Nov 2026 at 08:00, Plaza "
            "<info@plaza.example.com> wrote:\n" + quote(CONFIRM_EN) + "\n")
    add(K, "no-thanks-in-reply-to-en", "en", message(
        addr("Gareth Owen", "gareth.owen@example.net"), "Re: Your details at Plaza",
        date(25, 10, 12, tz=0), "<c07.gareth@example.net>", text(body, cte="7bit"),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",)), decision="decline")

    # c08 Finnish "En hyväksy", token, base64 from a phone
    tok = token()
    body = ("En hyväksy.\n\nLähetetty Android-puhelimesta\n\n-------- Alkuperäinen viesti --------\n"
            "Lähettäjä: Plaza <info@plaza.example.com>\nPäivämäärä: 25.11.2026 8.00\n"
            "Vastaanottaja: antero.lahti@example.com\n"
            f"Aihe: Vahvista tietojesi tallennus [mailbot:{tok}]\n\n" + CONFIRM_FI + "\n")
    add(K, "en-hyvaksy-token-fi", "fi", message(
        addr("Antero Lahti", "antero.lahti@example.com"), f"VS: Vahvista tietojesi tallennus [mailbot:{tok}]",
        date(25, 18, 40), "<c08.antero@example.com>", text(body, cte="base64"),
        extra=(f"In-Reply-To: <mailbot-confirm.{tok}@plaza.example.com>",)), decision="decline")


# ======================================================================
# contact_form (7)
# ======================================================================

def contact_forms() -> None:
    K = "contact_form"

    # f01 Finnish enquiry, configured sender
    body = ("Nimi: Ilkka Esimerkki\nYritys: Esimerkkilämpö Oy\nSähköposti: ilkka.esimerkki@example.org\n"
            "Puhelin: +358 40 000 1001\nViesti:\nHei,\n\ntarvitsisimme huoltokäynnin kahdelle SF6-kojeistolle "
            "tammikuussa. Voitteko lähettää tarjouksen?\n\nTerveisin Ilkka\n" + FORM_FOOTER)
    add(K, "huoltotarjous-fi", "fi", message(
        FORM_SENDER, "Uusi yhteydenotto verkkosivuilta", date(24, 8, 12), "<cf-f01@plaza.example.com>",
        text(body), extra=("Reply-To: ilkka.esimerkki@example.org",)))

    # f02 Swedish, free text asks for an extract
    body = ("Namn: Linnea Strand\nE-post: linnea.strand@example.com\nMeddelande:\nHej,\njag vill ha ett "
            "registerutdrag över de uppgifter om mig som ni har sparat.\nTack, Linnea\n" + FORM_FOOTER)
    add(K, "registerutdrag-sv", "sv", message(
        FORM_SENDER, "Ny kontaktförfrågan från webbplatsen", date(24, 9, 30), "<cf-f02@plaza.example.com>",
        text(body, cte="8bit"), extra=("Reply-To: linnea.strand@example.com",)), requests=["access"])

    # f03 English, unconfigured sender, free text asks for deletion
    body = ("Name: Paul Ortiz\nEmail: paul.ortiz@example.net\nMessage:\nPlease delete my data from your "
            "customer database. I no longer work in the energy sector.\nThanks, Paul\n" + FORM_FOOTER)
    add(K, "delete-my-data-unconfigured-en", "en", message(
        "WordPress <wordpress@www.plaza.example.com>", "New contact form submission", date(24, 13, 14, tz=0),
        "<cf-f03@www.plaza.example.com>", text(body, cte="7bit"), extra=("Reply-To: paul.ortiz@example.net",)),
        requests=["erasure"])

    # f04 Finnish, free text asks newsletter off, base64, with page
    body = ("Nimi: Kaija Rautio\nSähköposti: kaija.rautio@example.com\nSivu: https://www.plaza.example.com/fi/uutiskirje\n"
            "Viesti:\nHei, en halua enää uutiskirjettänne. Poistakaa osoitteeni postituslistalta.\n" + FORM_FOOTER)
    add(K, "uutiskirje-pois-fi", "fi", message(
        FORM_SENDER, "Uusi yhteydenotto verkkosivuilta", date(25, 10, 0), "<cf-f04@plaza.example.com>",
        text(body, cte="base64"), extra=("Reply-To: kaija.rautio@example.com",)), requests=["unsubscribe"])

    # f05 English enquiry, HTML-only form mail
    inner = ('<p><b>Name:</b> Grace Liu</p>\n<p><b>Company:</b> Example Ports Ltd</p>\n'
             '<p><b>Email:</b> grace.liu@example.com</p>\n<p><b>Phone:</b> +44 20 0000 0005</p>\n'
             '<p><b>Message:</b><br>\nDo you offer training for our technicians on SafeRing maintenance? '
             'We have six people.</p>\n<p>--<br>\nThis e-mail was sent from a contact form on plaza.example.com</p>\n')
    add(K, "training-html-en", "en", message(
        FORM_SENDER, "New contact form submission", date(25, 11, 30, tz=0), "<cf-f05@plaza.example.com>",
        text(html_page(inner), "html"), extra=("Reply-To: grace.liu@example.com",)))

    # f06 Swedish, unconfigured sender, business wording "uppdatera offerten"
    body = ("Namn: Nils Åström\nFöretag: Exempelvind Ab\nE-post: nils.astrom@example.org\nTelefon: 050 000 1006\n"
            "Meddelande:\nHej,\nvänligen uppdatera offerten 2026-0440 med tre extra fack och skicka den till mig.\n"
            "Mvh Nils\n" + FORM_FOOTER)
    add(K, "offert-unconfigured-sv", "sv", message(
        "Plaza webbplats <www-data@web01.plaza.example.com>", "Ny kontaktförfrågan från webbplatsen",
        date(25, 12, 45), "<cf-f06@web01.plaza.example.com>", text(body, charset="iso-8859-1"),
        extra=("Reply-To: nils.astrom@example.org",), subject_charset="iso-8859-1"))

    # f07 Finnish, free text asks to update a phone number
    body = ("Nimi: Raija Esimerkki\nYritys: Esimerkkikaapeli Oy\nSähköposti: raija.esimerkki@example.net\n"
            "Puhelin: 050 000 0777\nViesti:\nHei, puhelinnumeroni on muuttunut. Päivittäkää rekisteriinne uusi "
            "numero 050 000 0777.\nTerveisin Raija\n" + FORM_FOOTER)
    add(K, "numero-muuttunut-fi", "fi", message(
        FORM_SENDER, "Uusi yhteydenotto verkkosivuilta", date(26, 14, 5), "<cf-f07@plaza.example.com>",
        text(body), extra=("Reply-To: raija.esimerkki@example.net",)), requests=["rectification"])


# ======================================================================
# chat_transcript (5)
# ======================================================================

def chats() -> None:
    K = "chat_transcript"

    body = ("Chat transcript\n\nVisitor: Mia Example\nEmail: mia.example@example.com\nPhone: +358 50 000 2001\n"
            "Company: Example Harbour Ltd\nPage: https://www.plaza.example.com/en/service\n"
            "Started: 2026-11-24 10:02 +02:00\n\n"
            "[10:02] Mia Example: Hi, can you service switchgear in Kotka next month?\n"
            "[10:03] Agent Thomas: Hi Mia, yes. How many panels?\n"
            "[10:04] Mia Example: Eight panels, installed in 2009.\n"
            "[10:05] Agent Thomas: Thanks, I'll ask our service planner to send you an offer.\n")
    add(K, "transcript-service-en", "en", message(
        CHAT_SENDER, "Chat with Mia Example", date(24, 10, 6), "<chat-ch01@chat.example.net>", text(body, cte="7bit")))

    body = ("Keskustelun tallenne\n\nVierailija: Hannele Koivisto\nSähköposti: hannele.koivisto@example.org\n"
            "Puhelin: 040 000 2002\nYritys: Esimerkkiverkko Oy\nSivu: https://www.plaza.example.com/fi/varaosat\n"
            "Aloitettu: 2026-11-24 13:02 +02:00\n\n"
            "[13:02] Hannele Koivisto: Hei, onko teillä varaosia 1990-luvun kojeistoihin?\n"
            "[13:03] Tuomas (Plaza): Hei Hannele! Kyllä on. Mikä malli on kyseessä?\n"
            "[13:05] Hannele Koivisto: Malli on SafeRing, valmistusvuosi 1997.\n"
            "[13:06] Tuomas (Plaza): Selvä, lähetän tarjouksen sähköpostiin huomenna.\n")
    add(K, "keskustelu-unconfigured-fi", "fi", message(
        addr("Chat", "transcripts@chat-eu.example.net"), "Keskustelu: Hannele Koivisto", date(24, 13, 8),
        "<chat-ch02@chat-eu.example.net>", text(body)))

    body = ("Offline message\n\nName: Sven Exempel\nEmail: sven.exempel@example.net\n"
            "Page: https://www.plaza.example.com/sv/kontakt\n\nMessage:\nHej, kan ni ringa mig om reservdelar "
            "till ett ställverk från 1990-talet? Bäst efter kl 13.\n")
    add(K, "offline-sv", "sv", message(
        CHAT_SENDER, "Offline message: Sven Exempel", date(25, 8, 50), "<chat-ch03@chat.example.net>",
        text(body, cte="8bit")))

    body = ("Offline message\n\nName: Jaana Esimerkki\nEmail: jaana.esimerkki@example.com\n"
            "Page: https://www.plaza.example.com/fi/tietosuoja\n\nMessage:\nHei, poistakaa kaikki tietoni "
            "rekisteristänne. En halua, että minuun otetaan enää yhteyttä.\n")
    add(K, "offline-delete-request-fi", "fi", message(
        CHAT_SENDER, "Offline-viesti: Jaana Esimerkki", date(25, 20, 15), "<chat-ch04@chat.example.net>",
        text(body)))

    body = ("Chat transcript\n\nVisitor: Noah Example\nEmail: noah.example@example.org\n"
            "Company: Example Solar Farms\nPage: https://www.plaza.example.com/en/products/rmu\n"
            "Started: 2026-11-26 15:40 +02:00\n\n"
            "[15:40] Noah Example: Hello, what is the lead time for a 4-way RMU?\n"
            "[15:41] Agent Sara: Hi Noah, currently about 14 weeks.\n"
            "[15:42] Noah Example: OK. Could you send me a price indication?\n"
            "[15:43] Agent Sara: Sure, I'll email it to you today.\n")
    add(K, "transcript-unconfigured-en", "en", message(
        addr("LiveChat Transcripts", "chat@livechat.example.org"), "Chat transcript: Noah Example",
        date(26, 15, 45), "<chat-ch05@livechat.example.org>", text(body)))


# ======================================================================
# output
# ======================================================================

REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type")


def check(m: dict) -> None:
    msg = message_from_bytes(m["data"], policy=policy.default)
    for h in REQUIRED:
        assert msg[h] is not None, (m["name"], h)
    assert getaddresses([str(msg["To"])])[0][1] == INFO, m["name"]
    assert not msg.defects, (m["name"], msg.defects)
    for part in msg.walk():
        if part.is_multipart():
            continue
        assert not part.defects, (m["name"], part.defects)
        if part.get_content_maintype() == "text":
            part.get_content()


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    automatic()
    data_requests()
    others()
    confirmations()
    contact_forms()
    chats()

    names = [f"{m['kind']}/{m['name']}" for m in MAILS]
    assert len(names) == len(set(names)), "duplicate names"
    counts: dict[str, int] = {}
    for m in MAILS:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    expected = {"automatic": 25, "data_request": 30, "other": 25, "confirmation": 8,
                "contact_form": 7, "chat_transcript": 5}
    assert counts == expected, counts

    for kind in expected:
        d = HERE / kind
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()

    lines = ["# Manifest of corpus_fourth: one table per file (generated by _generate.py).",
             "# kind; requests (in order) for data_request and contact_form whose free text asks something;",
             "# decision for confirmation; language fi/sv/en.", ""]
    for m in MAILS:
        check(m)
        rel = f"{m['kind']}/{m['name']}.eml"
        (HERE / rel).write_bytes(m["data"])
        lines.append(f"[{toml_str(rel)}]")
        lines.append(f"kind = {toml_str(m['kind'])}")
        if m["requests"]:
            lines.append("requests = [" + ", ".join(toml_str(r) for r in m["requests"]) + "]")
        if m["decision"]:
            lines.append(f"decision = {toml_str(m['decision'])}")
        lines.append(f"language = {toml_str(m['lang'])}")
        lines.append("")
    (HERE / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(MAILS)} mails: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
