#!/usr/bin/env python3
"""Generate the third, independent classification corpus for mailbot.

Writes <kind>/<name>.eml files and manifest.toml next to this script.
Everything is deterministic: running it twice gives byte-identical output.
Only invented people and example.com/.org/.net addresses are used.

The corpus was written from SPEC.md (§2, §5) and shared/samples/ only, without
looking at the classifier or the other test corpora.
"""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import quopri
import random
import string
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
INFO = "info@plaza.example.com"
INFO_HDR = "Plaza <info@plaza.example.com>"

# ---------------------------------------------------------------------------
# MIME building blocks (built by hand so that charsets and encodings are exact)
# ---------------------------------------------------------------------------


def _encode_body(text: str | bytes, charset: str | None, cte: str) -> bytes:
    data = text if isinstance(text, bytes) else text.encode(charset or "us-ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")  # must be plain ASCII
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


class Leaf:
    def __init__(self, ctype: str, body: str | bytes, charset: str | None = "utf-8",
                 cte: str = "quoted-printable", params: dict | None = None,
                 headers: list[tuple[str, str]] | None = None):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.params = params or {}
        self.headers = headers or []

    def render(self) -> bytes:
        ct = self.ctype
        if self.charset and ct.startswith("text/"):
            ct += f'; charset="{self.charset}"'
        for k, v in self.params.items():
            ct += f'; {k}="{v}"'
        lines = [f"Content-Type: {ct}"]
        lines += [f"{k}: {v}" for k, v in self.headers]
        if self.cte:
            lines.append(f"Content-Transfer-Encoding: {self.cte}")
        head = "\n".join(lines).encode("ascii") + b"\n\n"
        return head + _encode_body(self.body, self.charset, self.cte or "7bit")


class Multi:
    _n = 0

    def __init__(self, subtype: str, parts: list, params: dict | None = None,
                 preamble: str = "This is a multi-part message in MIME format."):
        Multi._n += 1
        self.subtype, self.parts = subtype, parts
        self.params = params or {}
        self.preamble = preamble
        self.boundary = f"----=_Part_{Multi._n:04d}_" + hashlib.sha1(
            f"{subtype}{Multi._n}".encode()).hexdigest()[:16]

    def render(self) -> bytes:
        ct = f'multipart/{self.subtype}; boundary="{self.boundary}"'
        for k, v in self.params.items():
            ct += f"; {k}={v}"
        out = f"Content-Type: {ct}\n\n".encode()
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += f"\n--{self.boundary}\n".encode() + p.render()
        out += f"\n--{self.boundary}--\n".encode()
        return out


class Raw:
    """A part given as raw header+body text (for message/delivery-status etc.)."""

    def __init__(self, ctype: str, body: str, extra: str = ""):
        self.ctype, self.body, self.extra = ctype, body, extra

    def render(self) -> bytes:
        head = f"Content-Type: {self.ctype}\n" + self.extra
        return (head + "\n" + self.body.strip("\n") + "\n").encode("utf-8")


def text(body: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Leaf:
    return Leaf("text/plain", body, charset, cte)


def html(body: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Leaf:
    return Leaf("text/html", body, charset, cte)


def alt(t: str, h: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Multi:
    return Multi("alternative", [text(t, charset, cte), html(h, charset, cte)])


def attach(name: str, ctype: str, data: bytes) -> Leaf:
    return Leaf(ctype, data, None, "base64",
                params={"name": name},
                headers=[("Content-Disposition", f'attachment; filename="{name}"')])


def mixed(*parts) -> Multi:
    return Multi("mixed", list(parts))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------


def hval(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name: str | None, email_addr: str, charset: str = "utf-8") -> str:
    if not name:
        return email_addr
    return formataddr((name, email_addr), charset=charset)


TZ = {"+0200": timezone(timedelta(hours=2)), "+0300": timezone(timedelta(hours=3)),
      "+0000": timezone.utc, "+0100": timezone(timedelta(hours=1))}


def date(s: str, tz: str = "+0200") -> str:
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ[tz]))


def mid(name: str, domain: str) -> str:
    h = hashlib.sha1(name.encode()).hexdigest()
    return f"<{h[:8]}.{h[8:20]}@{domain}>"


_TOKEN_ALPHABET = string.ascii_letters + string.digits + "-_"


def token(seed: str) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_TOKEN_ALPHABET) for _ in range(24))


# ---------------------------------------------------------------------------
# registry of mails
# ---------------------------------------------------------------------------

MAILS: list[dict] = []


def add(path: str, *, lang: str, frm: tuple[str | None, str] | str, subject: str,
        when: str, body, tz: str = "+0200", to: str = INFO_HDR,
        headers: list[tuple[str, str]] | None = None, requests: list[str] | None = None,
        decision: str | None = None, hcharset: str = "utf-8", msgid: str | None = None,
        note: str = "") -> None:
    kind = path.split("/")[0]
    if isinstance(frm, tuple):
        from_hdr = addr(frm[0], frm[1], hcharset)
        from_dom = frm[1].split("@")[1]
    else:
        from_hdr = frm
        from_dom = frm.rsplit("@", 1)[1].strip(">")
    hdrs = [
        ("From", from_hdr),
        ("To", to),
        ("Subject", hval(subject, hcharset)),
        ("Date", date(when, tz)),
        ("Message-ID", msgid or mid(path, from_dom)),
    ]
    hdrs += headers or []
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    raw = head + body.render()
    MAILS.append(dict(path=path, kind=kind, lang=lang, raw=raw, requests=requests,
                      decision=decision, note=note))


# ---------------------------------------------------------------------------
# reusable quoted material
# ---------------------------------------------------------------------------

NEWSLETTER_FI = """\
Plaza uutiskirje 3/2026

Hyvä asiakkaamme,

syksyn huoltokausi on alkanut. Tässä numerossa:
- SafeRing- ja RM6-kojeistojen varaosapaketit nyt varastossa
- Kojeistokoulutus Vaasassa 14.5.
- Uusi huoltoinsinööri Oulun alueelle

Jos et halua enää vastaanottaa uutiskirjettämme, voit perua tilauksen
vastaamalla tähän viestiin. Tietosuojaselosteemme ja ohjeet rekisteriotteen
pyytämiseen tai tietojesi poistamiseen: https://www.plaza.example.com/tietosuoja

Plaza Oy | info@plaza.example.com"""

NEWSLETTER_SV = """\
Plaza nyhetsbrev 2/2026

Bästa kund,

i detta nummer:
- Reservdelspaket för SafeRing och RM6 nu i lager
- Kurs i ställverksdrift i Vasa 14.5
- Ny serviceingenjör i Österbotten

Om du inte längre vill få vårt nyhetsbrev kan du avsluta prenumerationen
genom att svara på detta meddelande. Vår dataskyddsbeskrivning:
https://www.plaza.example.com/sv/dataskydd

Plaza Oy | info@plaza.example.com"""

NEWSLETTER_EN = """\
Plaza newsletter 3/2026

Dear customer,

In this issue:
- Spare part kits for SafeRing and RM6 switchgear now in stock
- Switchgear operation training in Vaasa on 14 May
- New service engineer for the Oulu region

If you no longer wish to receive this newsletter, reply to this message
to unsubscribe. Privacy notice and how to request a copy or deletion of
your data: https://www.plaza.example.com/en/privacy

Plaza Oy | info@plaza.example.com"""


def quote_lines(t: str) -> str:
    return "\n".join("> " + line if line else ">" for line in t.splitlines())


def html_escape(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(t: str) -> str:
    return "".join(f"<div>{html_escape(line) or '<br>'}</div>\n" for line in t.splitlines())


def gmail_html(new: str, attribution: str, quoted: str) -> str:
    return (f'<div dir="ltr">{html_paras(new)}</div><br>\n'
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html_escape(attribution)}<br></div>\n'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{html_paras(quoted)}</blockquote></div>\n')


def outlook_html(new: str, labels: tuple[str, str, str, str], frm: str, sent: str, to: str,
                 subj: str, quoted: str, sig: str = "") -> str:
    lf, ls, lt, lsub = labels
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang="FI" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{''.join(f'<p class="MsoNormal">{html_escape(l) or "&nbsp;"}</p>' + chr(10) for l in new.splitlines())}
{''.join(f'<p class="MsoNormal"><span style="color:#1F3864">{html_escape(l) or "&nbsp;"}</span></p>' + chr(10) for l in sig.splitlines())}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>{lf}</b> {html_escape(frm)}<br>
<b>{ls}</b> {html_escape(sent)}<br>
<b>{lt}</b> {html_escape(to)}<br>
<b>{lsub}</b> {html_escape(subj)}</p>
</div>
{''.join(f'<p class="MsoNormal">{html_escape(l) or "&nbsp;"}</p>' + chr(10) for l in quoted.splitlines())}
</div>
</body>
</html>
"""


OL_FI = ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:")
OL_SV = ("Från:", "Skickat:", "Till:", "Ämne:")
OL_EN = ("From:", "Sent:", "To:", "Subject:")


def outlook_text(labels, frm, sent, to, subj, quoted) -> str:
    lf, ls, lt, lsub = labels
    return (f"{lf} {frm}\n{ls} {sent}\n{lt} {to}\n{lsub} {subj}\n\n{quoted}")


FORM_FOOTER = "\n--\nThis e-mail was sent from a contact form on plaza.example.com\n"
FORM_FROM = ("Plaza website", "wordpress@plaza.example.com")
CHAT_FROM = ("Chat", "transcripts@chat.example.net")

# ===========================================================================
# data_request (35)
# ===========================================================================

add("data_request/dr01_access_fi_question.eml", lang="fi", requests=["access"],
    frm=("Pekka Mäkelä", "pekka.makela@example.com"), subject="Tietoni",
    when="2026-10-05 08:14",
    body=text("""\
Hei,

sain teiltä kesällä tarjouksen ja nyt mietin, mitä kaikkea tietoa teillä on
minusta tallennettuna? Haluaisin nähdä ne kaikki.

Ystävällisin terveisin
Pekka Mäkelä
Sähköurakointi Mäkelä
"""))

add("data_request/dr02_access_sv_art15_latin1.eml", lang="sv", requests=["access"],
    frm=("Åsa Lindström", "asa.lindstrom@example.org"),
    subject="Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
    when="2026-10-06 13:40", hcharset="iso-8859-1",
    body=text("""\
Hej,

med stöd av artikel 15 i EU:s allmänna dataskyddsförordning (GDPR) begär jag
att få ta del av samtliga personuppgifter som ni behandlar om mig, ändamålen
med behandlingen, varifrån uppgifterna har hämtats och hur länge de sparas.

Jag vill få utdraget skickat till denna e-postadress.

Med vänliga hälsningar
Åsa Lindström
Jakobstad
""", charset="iso-8859-1", cte="quoted-printable"))

add("data_request/dr03_access_en_art15_formal.eml", lang="en", requests=["access"],
    frm=("Daniel Okafor", "daniel.okafor@example.net"),
    subject="Subject Access Request (Art. 15 GDPR)",
    when="2026-10-07 10:02", tz="+0000",
    body=text("""\
Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General
Data Protection Regulation. Please provide me with a copy of all personal data
your company holds about me, together with the information listed in
Art. 15(1)(a)-(h).

For identification: I attended your switchgear seminar in Vaasa in 2025 and
registered with this e-mail address.

I look forward to your response within one month as required by Art. 12(3).

Yours faithfully,
Daniel Okafor
""", cte="7bit"))

add("data_request/dr04_access_fi_lawyer.eml", lang="fi", requests=["access"],
    frm=("Asianajaja Helena Korhonen", "helena.korhonen@lawfirm.example.com"),
    subject="Tietopyyntö / päämiehemme Jari Nieminen",
    when="2026-10-08 15:21",
    body=mixed(
        text("""\
Arvoisa vastaanottaja,

edustamme tässä asiassa päämiestämme Jari Niemistä (jari.nieminen@example.org),
jonka valtakirja on tämän viestin liitteenä.

Päämiehemme puolesta pyydämme EU:n yleisen tietosuoja-asetuksen (2016/679)
15 artiklan nojalla jäljennöksen kaikista henkilötiedoista, joita Plaza Oy
käsittelee hänestä asiakas- ja markkinointirekisterissään, sekä tiedot
käsittelyn tarkoituksista, tietolähteistä ja säilytysajoista.

Pyydämme toimittamaan tiedot kuukauden kuluessa tämän viestin
vastaanottamisesta.

Kunnioittavasti

Helena Korhonen
asianajaja, varatuomari
Asianajotoimisto Korhonen & Co Oy
Hallituskatu 10, 90100 Oulu

Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin
erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti.
""", cte="quoted-printable"),
        attach("valtakirja_Nieminen.pdf", "application/pdf", PDF)))

add("data_request/dr05_erasure_en_lawyer.eml", lang="en", requests=["erasure"],
    frm=("Richard Hale", "r.hale@legal.example.com"),
    subject="Our client: Ms Laura Bennett - request for erasure",
    when="2026-10-09 11:45", tz="+0100",
    body=alt("""\
Dear Plaza Oy,

We act for Ms Laura Bennett (laura.bennett@example.net).

On behalf of our client we hereby request, pursuant to Article 17(1) of
Regulation (EU) 2016/679, the erasure without undue delay of all personal data
concerning her that you hold, including any marketing lists and CRM records,
and written confirmation once this has been completed.

Please direct all correspondence in this matter to the undersigned.

Yours sincerely,

Richard Hale
Partner, Hale & Morgan LLP

CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, please delete it
and notify the sender.
""", """\
<html><body style="font-family:Georgia,serif">
<p>Dear Plaza Oy,</p>
<p>We act for Ms Laura Bennett (laura.bennett@example.net).</p>
<p>On behalf of our client we hereby request, pursuant to Article 17(1) of
Regulation (EU) 2016/679, the erasure without undue delay of all personal data
concerning her that you hold, including any marketing lists and CRM records,
and written confirmation once this has been completed.</p>
<p>Please direct all correspondence in this matter to the undersigned.</p>
<p>Yours sincerely,</p>
<p><b>Richard Hale</b><br>Partner, Hale &amp; Morgan LLP</p>
<p style="font-size:8pt;color:#888">CONFIDENTIALITY: This e-mail and any attachments are
confidential and may be legally privileged. If you are not the intended recipient,
please delete it and notify the sender.</p>
</body></html>
""", cte="7bit"))

add("data_request/dr06_access_fi_oneword.eml", lang="fi", requests=["access"],
    frm=("Kalle Rantanen", "kalle.rantanen@example.com"), subject="Rekisteriote",
    when="2026-10-12 07:03",
    body=text("Rekisteriote, kiitos.\n\nKalle\n", cte="8bit"))

add("data_request/dr07_erasure_sv.eml", lang="sv", requests=["erasure"],
    frm=("Mikael Sjöberg", "mikael.sjoberg@example.org"),
    subject="Radera mina uppgifter", when="2026-10-13 09:55",
    body=text("""\
Hej!

Jag har gått i pension och har inte längre något med ställverk att göra.
Vänligen radera alla mina uppgifter ur ert kundregister.

Tack på förhand,
Mikael Sjöberg
""", charset="iso-8859-1", cte="8bit"), hcharset="iso-8859-1")

add("data_request/dr08_erasure_fi_outlook_html_reply.eml", lang="fi", requests=["erasure"],
    frm=("Tiina Heikkilä", "tiina.heikkila@example.com"),
    subject="VS: Plaza uutiskirje 3/2026", when="2026-10-14 12:31", tz="+0300",
    headers=[("In-Reply-To", "<newsletter-2026-3.fi@plaza.example.com>"),
             ("Thread-Topic", hval("Plaza uutiskirje 3/2026")),
             ("X-MS-Has-Attach", "")],
    body=html(outlook_html(
        "Hei,\n\nen ole enää Sähkö-Heikkilän palveluksessa. Poistakaa kaikki minua koskevat "
        "tiedot asiakasrekisteristänne, kiitos.\n",
        OL_FI, "Plaza <info@plaza.example.com>", "maanantai 12. lokakuuta 2026 9.00",
        "Tiina Heikkilä <tiina.heikkila@example.com>", "Plaza uutiskirje 3/2026",
        NEWSLETTER_FI, sig="Tiina Heikkilä\nSähkö-Heikkilä Oy\np. 040 000 1234"),
        cte="quoted-printable"))

add("data_request/dr09_rectification_fi_surname.eml", lang="fi", requests=["rectification"],
    frm=("Anna Lahtinen", "anna.lahtinen@example.org"),
    subject="Nimenmuutos", when="2026-10-15 14:10",
    body=text("""\
Hei,

sukunimeni on muuttunut avioliiton myötä: Virtanen -> Lahtinen. Voisitteko
korjata nimeni asiakastietoihinne? Sähköpostiosoitteeni on nyt tämä
anna.lahtinen@example.org, vanha anna.virtanen@example.org ei ole enää käytössä.

Terveisin
Anna Lahtinen
""", charset="iso-8859-1", cte="quoted-printable"))

add("data_request/dr10_rectification_en_finnish_writer.eml", lang="en", requests=["rectification"],
    frm=("Juha Salo", "juha.salo@example.net"),
    subject="My informations in your register", when="2026-10-16 08:47",
    body=text("""\
Hello,

I noticed that in your customer register my title is still "project engineer"
and company Voimaverkko Oy. I have changed job in spring, could you please fix
my informations: title is now Maintenance Manager and company is Esimerkki
Energia Oy, phone +358 50 000 4411.

Best regards
Juha Salo
""", cte="7bit"))

add("data_request/dr11_rectification_sv_phone.eml", lang="sv", requests=["rectification"],
    frm=("Camilla Holm", "camilla.holm@example.com"),
    subject="Felaktiga kontaktuppgifter", when="2026-10-19 10:20",
    body=text("""\
Hej,

ni har fel telefonnummer och fel titel för mig i ert register. Rätt
uppgifter är:

Titel: inköpschef
Telefon: 044 000 5566

Kan ni rätta detta?

Vänliga hälsningar
Camilla Holm
Exempelkraft Ab
""", cte="base64"))

add("data_request/dr12_unsubscribe_fi_newsletter_reply.eml", lang="fi", requests=["unsubscribe"],
    frm=("Markku Laine", "markku.laine@example.com"),
    subject="Re: Plaza uutiskirje 3/2026", when="2026-10-12 18:05", tz="+0300",
    headers=[("In-Reply-To", "<newsletter-2026-3.fi@plaza.example.com>"),
             ("References", "<newsletter-2026-3.fi@plaza.example.com>")],
    body=text("""\
En halua enää näitä uutiskirjeitä, ottakaa minut pois postituslistalta.

Markku

ma 12.10.2026 klo 9.00 Plaza <info@plaza.example.com> kirjoitti:
""" + quote_lines(NEWSLETTER_FI) + "\n", cte="quoted-printable"))

add("data_request/dr13_unsubscribe_en_oneword.eml", lang="en", requests=["unsubscribe"],
    frm=("Tom Gallagher", "tom.gallagher@example.net"), subject="unsubscribe",
    when="2026-10-12 21:30", tz="+0000",
    body=text("unsubscribe\n", cte="7bit"))

add("data_request/dr14_unsubscribe_en_list_mailto.eml", lang="en", requests=["unsubscribe"],
    frm=("Liisa Koskinen", "liisa.koskinen@example.com"), subject="Unsubscribe",
    when="2026-10-13 06:58", tz="+0300",
    body=text("This message was automatically generated by Gmail.\n", cte="7bit"),
    note="sent by the mail client from the newsletter's List-Unsubscribe mailto link")

add("data_request/dr15_unsubscribe_sv_outlook_reply.eml", lang="sv", requests=["unsubscribe"],
    frm=("Henrik Nyström", "henrik.nystrom@example.org"),
    subject="SV: Plaza nyhetsbrev 2/2026", when="2026-10-14 08:12", tz="+0300",
    headers=[("Thread-Topic", "Plaza nyhetsbrev 2/2026"),
             ("Thread-Index", "AdtQm2x0cF9qUmVhZGVyQXNzaXN0")],
    body=text("""\
Hej,

jag vill inte längre få ert nyhetsbrev, vänligen avsluta min prenumeration.

Med vänlig hälsning
Henrik Nyström
Driftchef | Exempel Energi Ab
Tel. +358 6 000 1122

""" + outlook_text(OL_SV, "Plaza <info@plaza.example.com>", "den 12 oktober 2026 09:00",
                  "Henrik Nyström <henrik.nystrom@example.org>", "Plaza nyhetsbrev 2/2026",
                  NEWSLETTER_SV) + "\n", charset="windows-1252", cte="quoted-printable"))

add("data_request/dr16_unsubscribe_sv_fi_mixed.eml", lang="sv", requests=["unsubscribe"],
    frm=("Jonas Kivelä", "jonas.kivela@example.com"), subject="nyhetsbrev / uutiskirje",
    when="2026-10-15 16:44", tz="+0300",
    body=text("""\
Hej! Kiitos vaan, men jag vill inte ha ert nyhetsbrev längre, voitteko ta bort
mig från listan? Jag får redan för mycket post.

Mvh / Terkuin
Jonas
""", cte="8bit"))

add("data_request/dr17_subscribe_en.eml", lang="en", requests=["subscribe"],
    frm=("Sophie Martin", "sophie.martin@example.org"), subject="Newsletter",
    when="2026-10-16 13:13", tz="+0100",
    body=alt("""\
Hi,

I met your team at the Elmia fair and would like to subscribe to your
newsletter. Please add me to the mailing list.

Thanks,
Sophie
""", """\
<div dir="ltr"><div>Hi,</div><div><br></div><div>I met your team at the Elmia fair and would like to
subscribe to your newsletter. Please add me to the mailing list.</div><div><br></div>
<div>Thanks,</div><div>Sophie</div></div>
""", cte="7bit"))

add("data_request/dr18_subscribe_fi.eml", lang="fi", requests=["subscribe"],
    frm=("Ville Hämäläinen", "ville.hamalainen@example.net"), subject="Uutiskirjeen tilaus",
    when="2026-10-19 09:01", tz="+0300",
    body=text("""\
Moi,

kollega välitti minulle teidän uutiskirjeenne ja se oli hyödyllinen.
Voisitteko lisätä minut uutiskirjeen tilaajaksi tällä osoitteella?

Ville Hämäläinen
Käyttöpäällikkö, Esimerkkiverkot Oy
""", cte="quoted-printable"))

add("data_request/dr19_subscribe_sv_base64.eml", lang="sv", requests=["subscribe"],
    frm=("Emma Björklund", "emma.bjorklund@example.com"), subject="Prenumeration",
    when="2026-10-20 11:37", tz="+0300",
    body=text("""\
Hej,

jag skulle gärna vilja prenumerera på ert nyhetsbrev på svenska, om ni har
ett sådant.

Hälsningar,
Emma Björklund
""", cte="base64"))

add("data_request/dr20_objection_fi_marketing_calls.eml", lang="fi", requests=["objection"],
    frm=("Raimo Turunen", "raimo.turunen@example.org"), subject="Markkinointi",
    when="2026-10-20 15:50", tz="+0300",
    body=text("""\
Hei,

myyjänne on soittanut minulle nyt kolme kertaa kuukauden sisällä. Kieltän
tietojeni käytön suoramarkkinointiin: älkää enää soittako tai lähettäkö
minulle mainoksia. Olemme edelleen asiakkaitanne huoltosopimuksen kautta,
joten tietojani ei tarvitse poistaa.

Raimo Turunen
""", charset="iso-8859-1", cte="quoted-printable"))

add("data_request/dr21_objection_en_art21.eml", lang="en", requests=["objection"],
    frm=("Claire Dubois", "claire.dubois@example.net"),
    subject="Objection to processing - Art. 21 GDPR", when="2026-10-21 10:00", tz="+0100",
    body=text("""\
Hello,

Pursuant to Article 21(2) GDPR I object to the processing of my personal data
for direct marketing purposes, including profiling. I am not asking you to
delete my record, since we still have an open service contract with you, but
please stop using my details for any marketing contacts.

Regards,
Claire Dubois
""", cte="quoted-printable"))

add("data_request/dr22_objection_sv_restrict.eml", lang="sv", requests=["objection"],
    frm=("Peter Wikström", "peter.wikstrom@example.org"),
    subject="Sluta kontakta mig", when="2026-10-22 14:25", tz="+0300",
    body=text("""\
Hej,

jag vill att ni slutar kontakta mig i marknadsföringssyfte, både per telefon
och e-post. Jag motsätter mig att mina uppgifter används till detta. Ni får
behålla mina uppgifter för våra pågående leveranser.

Peter Wikström
""", charset="iso-8859-1", cte="quoted-printable"), hcharset="iso-8859-1")

add("data_request/dr23_personnel_fi_former_employee.eml", lang="fi", requests=["personnel"],
    frm=("Sami Koivisto", "sami.koivisto@example.com"),
    subject="Pyyntö: henkilöstötietoni", when="2026-10-23 08:30", tz="+0300",
    body=text("""\
Hei,

olin Plazalla töissä asentajana 2019–2022. Pyydän kopion kaikista
henkilöstörekisteriin minusta tallennetuista tiedoista, myös palkka- ja
työaikatiedoista sekä työterveyteen liittyvistä merkinnöistä.

Sami Koivisto
p. 050 000 7788
""", cte="quoted-printable"))

add("data_request/dr24_personnel_en_trainee.eml", lang="en", requests=["personnel"],
    frm=("Aleksi Nurmi", "aleksi.nurmi@example.net"),
    subject="Data held in HR records", when="2026-10-26 12:12",
    body=text("""\
Hi,

I worked at Plaza as a summer trainee in 2023. Under GDPR I would like to know
what information you still keep about me in your HR and payroll records, and
I would like a copy of it.

Thank you,
Aleksi Nurmi
""", cte="7bit"))

add("data_request/dr25_personnel_sv.eml", lang="sv", requests=["personnel"],
    frm=("Linnea Grönqvist", "linnea.gronqvist@example.org"),
    subject="Utdrag ur personalregistret", when="2026-10-27 09:09",
    body=text("""\
Hej,

jag var anställd på ert kontor i Vasa 2020-2024. Jag ber om ett utdrag ur
personalregistret över de uppgifter ni har om mig, inklusive löneuppgifter.

Med vänliga hälsningar
Linnea Grönqvist
""", charset="iso-8859-1", cte="base64"), hcharset="iso-8859-1")

add("data_request/dr26_access_then_erasure_en.eml", lang="en", requests=["access", "erasure"],
    frm=("Mark Jensen", "mark.jensen@example.com"), subject="My data",
    when="2026-10-27 17:40", tz="+0100",
    body=text("""\
Hello,

First, please send me a copy of all the personal data you hold about me.
Once I have received it, delete everything you have about me from your
systems.

Mark Jensen
""", cte="7bit"))

add("data_request/dr27_unsubscribe_then_erasure_fi.eml", lang="fi",
    requests=["unsubscribe", "erasure"],
    frm=("Eeva Lehtonen", "eeva.lehtonen@example.org"), subject="Uutiskirje ja tietoni",
    when="2026-10-28 07:55",
    body=text("""\
Hei,

perukaa uutiskirjeeni tilaus heti. Sen lisäksi pyydän, että poistatte kaikki
tietoni asiakasrekisteristänne.

Eeva Lehtonen
""", cte="8bit"))

add("data_request/dr28_rectification_then_unsubscribe_en.eml", lang="en",
    requests=["rectification", "unsubscribe"],
    frm=("Grace Lee", "grace.lee@example.net"), subject="Update + newsletter",
    when="2026-10-28 13:20", tz="+0000",
    body=alt("""\
Hi,

Please update my surname in your records from Kim to Lee, and change my
company to Example Networks Ltd.

Also, I no longer wish to receive your newsletter, please take me off the list.

Kind regards,
Grace Lee
""", """\
<div>Hi,</div><div><br></div>
<div>Please update my surname in your records from Kim to Lee, and change my company to
Example Networks Ltd.</div><div><br></div>
<div>Also, I no longer wish to receive your newsletter, please take me off the list.</div>
<div><br></div><div>Kind regards,<br>Grace Lee</div>
""", cte="quoted-printable"))

add("data_request/dr29_buried_unsubscribe_fi_business.eml", lang="fi", requests=["unsubscribe"],
    frm=("Jari Lindqvist", "jari.lindqvist@example.com"),
    subject="Varaosatilaus RM6 / kohde Kokkola", when="2026-10-29 10:41",
    body=text("""\
Hei,

tilaamme seuraavat varaosat Kokkolan sähköaseman RM6-kojeistoon:
- 2 kpl jousiviritysmoottori 24 V DC
- 4 kpl apukosketinlohko
- 1 kpl ovilukko

Toimitus työmaalle viikolla 47, tilausnumeromme 88123.

Ja vielä: lopettakaa uutiskirjeenne lähettäminen minulle, en halua sitä
enää. Tilaukset hoidetaan jatkossakin tämän osoitteen kautta normaalisti.

Laskutus verkkolaskuna, OVT 003700000000.

Terveisin
Jari Lindqvist
Hankinta, Esimerkkivoima Oy
""", cte="quoted-printable"))

add("data_request/dr30_buried_access_en_business.eml", lang="en", requests=["access"],
    frm=("Oliver Brandt", "oliver.brandt@example.org"),
    subject="RE: Quotation 2026-0412 SafeRing extension", when="2026-10-29 15:03", tz="+0100",
    body=text("""\
Hi Thomas,

Thanks for the quotation, we will review it internally and get back to you
by the end of next week.

On another note: could you please send me a copy of the personal data you
have stored about me in your CRM? I would like to see what is kept there.

Regarding the delivery time, is 10 weeks still valid for January orders?

Best regards,
Oliver Brandt
Project Manager, Example Grid GmbH

-----Original Message-----
From: Thomas Berg <thomas.berg@plaza.example.com>
Sent: Tuesday, October 27, 2026 2:10 PM
To: Oliver Brandt <oliver.brandt@example.org>
Subject: Quotation 2026-0412 SafeRing extension

Hello Oliver,

please find attached our quotation for the SafeRing extension.

Best regards,
Thomas Berg
Plaza Oy
""", cte="7bit"))

add("data_request/dr31_access_en_finnish_gmail_html.eml", lang="en", requests=["access"],
    frm=("Heikki Järvinen", "heikki.jarvinen@example.com"), subject="Register extract",
    when="2026-10-30 19:22", tz="+0200",
    body=html(gmail_html(
        "Hello,\n\nI would like to get the register extract of all my datas what you have in your "
        "system. Please send it to this address.\n\nBest regards\nHeikki Järvinen",
        "On Mon, 12 Oct 2026 at 9.00 Plaza <info@plaza.example.com> wrote:",
        NEWSLETTER_EN), cte="quoted-printable"))

add("data_request/dr32_erasure_en_cp1252_outlook.eml", lang="en", requests=["erasure"],
    frm=("Brian O’Neill", "brian.oneill@example.net"),
    subject="Please remove me – retired", when="2026-11-02 09:33", tz="+0000",
    hcharset="windows-1252",
    body=text("""\
Hi,

I’ve retired as of October and won’t be needing your services anymore.
Please remove me from your customer database – all my details, not just
the mailing list.

Cheers,
Brian O’Neill
“Sent from my desk, not my phone”
""", charset="windows-1252", cte="quoted-printable"))

add("data_request/dr33_erasure_fi_question.eml", lang="fi", requests=["erasure"],
    frm=("Kirsi Mattila", "kirsi.mattila@example.com"), subject="Kysymys",
    when="2026-11-03 11:11",
    body=text("""\
Moi,

voisitteko poistaa minun tiedot teidän järjestelmästä? Vaihdoin alaa enkä
tarvitse enää mitään yhteydenottoja teiltä.

Kirsi
""", charset="iso-8859-1", cte="8bit"))

add("data_request/dr34_erasure_sv_lawyer.eml", lang="sv", requests=["erasure"],
    frm=("Advokat Fredrik Ek", "fredrik.ek@advokat.example.org"),
    subject="Begäran om radering av personuppgifter – vår klient Anders Holmberg",
    when="2026-11-04 14:00",
    body=text("""\
Till Plaza Oy

Undertecknad företräder Anders Holmberg (anders.holmberg@example.com) i detta
ärende; fullmakt bifogas på begäran.

Med stöd av artikel 17 i dataskyddsförordningen (EU) 2016/679 begär vi på vår
klients vägnar att samtliga personuppgifter om honom raderas ur era register
utan onödigt dröjsmål, samt att ni skriftligen bekräftar raderingen.

Med vänlig hälsning

Fredrik Ek
advokat
Advokatbyrå Ek & Partners Ab, Vasa
""", cte="quoted-printable"))

add("data_request/dr35_rectification_fi_outlook_reply.eml", lang="fi", requests=["rectification"],
    frm=("Matti Peltonen", "matti.peltonen@example.net"),
    subject="VS: Plaza uutiskirje 3/2026", when="2026-11-05 08:05",
    body=alt(
        "Hei,\n\nyrityksemme nimi on muuttunut: Peltosen Sähkö Oy on nyt Esimerkki Sähköpalvelut Oy. "
        "Päivittäkää se minun tietoihini, uutiskirje tulee edelleen tähän osoitteeseen.\n\n"
        "Matti Peltonen\n\n"
        + outlook_text(OL_FI, "Plaza <info@plaza.example.com>", "maanantai 12. lokakuuta 2026 9.00",
                       "Matti Peltonen <matti.peltonen@example.net>", "Plaza uutiskirje 3/2026",
                       NEWSLETTER_FI) + "\n",
        outlook_html(
            "Hei,\n\nyrityksemme nimi on muuttunut: Peltosen Sähkö Oy on nyt Esimerkki Sähköpalvelut Oy. "
            "Päivittäkää se minun tietoihini, uutiskirje tulee edelleen tähän osoitteeseen.\n",
            OL_FI, "Plaza <info@plaza.example.com>", "maanantai 12. lokakuuta 2026 9.00",
            "Matti Peltonen <matti.peltonen@example.net>", "Plaza uutiskirje 3/2026",
            NEWSLETTER_FI, sig="Matti Peltonen"),
        cte="quoted-printable"))

# ===========================================================================
# other (30)
# ===========================================================================

add("other/ot01_fi_remove_old_offer.eml", lang="fi",
    frm=("Sanna Räsänen", "sanna.rasanen@example.com"),
    subject="Tarjous 2026-114", when="2026-10-05 10:30",
    body=text("""\
Hei,

poistakaa se vanha tarjous 2026-114 järjestelmästänne, se perustui väärään
kojeistotyyppiin. Lähettäkää uusi tarjous kolmesta RM6-kentästä päivitetyillä
hinnoilla.

Terveisin
Sanna Räsänen
Esimerkkiverkot Oy
""", cte="quoted-printable"))

add("other/ot02_fi_update_pricelist.eml", lang="fi",
    frm=("Ismo Kallio", "ismo.kallio@example.org"), subject="Hinnasto 2027",
    when="2026-10-06 09:15",
    body=text("""\
Moi,

päivittäkää meille hinnasto vuodelle 2027, käytössämme oleva on
viime vuodelta. Erityisesti kiinnostaa releiden ja virtamuuntajien hinnat.

Ismo
""", charset="iso-8859-1", cte="quoted-printable"))

add("other/ot03_en_copy_of_contract.eml", lang="en",
    frm=("Rachel Stone", "rachel.stone@example.net"), subject="Service contract copy",
    when="2026-10-06 14:02", tz="+0000",
    body=text("""\
Hello,

could you send me a copy of the service contract we signed in March? Our
auditors need it by Friday and I can't find the signed version.

Thanks,
Rachel Stone
Facilities, Example Data Centers Ltd
""", cte="7bit"))

add("other/ot04_sv_delete_old_order.eml", lang="sv",
    frm=("Karl Sundqvist", "karl.sundqvist@example.com"), subject="Beställning 4471",
    when="2026-10-07 08:20",
    body=text("""\
Hej,

radera den gamla beställningen 4471, vi har lagt en ny (4502) med rätt
antal frånskiljare.

Mvh
Karl Sundqvist
""", charset="iso-8859-1", cte="quoted-printable"), hcharset="iso-8859-1")

add("other/ot05_en_remove_item_from_order.eml", lang="en",
    frm=("Ahmed Karimi", "ahmed.karimi@example.org"), subject="RE: Order confirmation 5531",
    when="2026-10-08 11:48", tz="+0100",
    body=text("""\
Hi,

please remove item 3 from the order (the spare fuse holders) - we found
them in our own stock. Everything else is fine as confirmed.

Regards,
Ahmed

From: Plaza Orders <orders@plaza.example.com>
Sent: Wednesday, October 7, 2026 3:12 PM
To: Ahmed Karimi <ahmed.karimi@example.org>
Subject: Order confirmation 5531

1. RM6 cable connection kit, 3 pcs
2. Auxiliary contact block, 6 pcs
3. Fuse holder 24 kV, 9 pcs
""", cte="7bit"))

add("other/ot06_en_forward_with_unsubscribe_footer.eml", lang="en",
    frm=("Niklas Aalto", "niklas.aalto@example.com"),
    subject="Fwd: New arc flash sensors from Example Relays", when="2026-10-09 13:33",
    body=text("""\
Hi,

FYI - would these sensors be compatible with the switchgear you delivered
to our Pori site? If yes, could you give us a quote for six units?

Niklas

---------- Forwarded message ---------
From: Example Relays <news@relays.example.org>
Date: Thu, 8 Oct 2026 at 10:00
Subject: New arc flash sensors from Example Relays
To: <niklas.aalto@example.com>

Introducing the AFX-200 arc flash sensor family: faster tripping, easier
installation, fits most medium-voltage switchgear.

Read more on our website.

You are receiving this email because you subscribed to Example Relays news.
Unsubscribe | Manage preferences | Privacy policy
""", cte="7bit"))

add("other/ot07_fi_colleague_forward.eml", lang="fi",
    frm=("Matti Salmi", "matti.salmi@plaza.example.com"),
    subject="VL: Toimitusaika kennokojeistolle", when="2026-10-09 15:10", tz="+0300",
    body=text("""\
Janne, tämä kuuluu sinulle, voitko vastata asiakkaalle vielä tänään? Heillä
on kiire, työmaa alkaa joulukuussa.

-Matti

-----Alkuperäinen viesti-----
Lähettäjä: Outi Laaksonen <outi.laaksonen@example.org>
Lähetetty: torstai 8. lokakuuta 2026 16.22
Vastaanottaja: Matti Salmi <matti.salmi@plaza.example.com>
Aihe: Toimitusaika kennokojeistolle

Hei,

mikä on tämänhetkinen toimitusaika neljän kentän kennokojeistolle?
Tarvitsisimme sen tammikuun loppuun mennessä.

Outi Laaksonen
""", cte="quoted-printable"))

add("other/ot08_fi_internal_fridge.eml", lang="fi",
    frm=("Leena Virta", "leena.virta@plaza.example.com"),
    to="Kaikki <kaikki@plaza.example.com>, info@plaza.example.com",
    subject="Keittiön jääkaappi tyhjennetään perjantaina", when="2026-10-15 09:00", tz="+0300",
    body=text("""\
Hei kaikki,

keittiön jääkaappi tyhjennetään perjantaina klo 14. Poistakaa omat
ruokanne ennen sitä, kaikki jäljelle jäävä heitetään pois.

Leena
""", cte="8bit"))

add("other/ot09_fi_newsletter_reply_question.eml", lang="fi",
    frm=("Petri Honkanen", "petri.honkanen@example.com"),
    subject="Re: Plaza uutiskirje 3/2026", when="2026-10-13 10:10", tz="+0300",
    headers=[("In-Reply-To", "<newsletter-2026-3.fi@plaza.example.com>")],
    body=html(gmail_html(
        "Hei,\n\nuutiskirjeessä mainittiin SafeRing-varaosapaketti. Mitä se maksaa ja mitä siihen "
        "kuuluu? Meillä on kaksi vuoden 2004 kojeistoa.\n\nPetri Honkanen",
        "ma 12.10.2026 klo 9.00 Plaza <info@plaza.example.com> kirjoitti:",
        NEWSLETTER_FI), cte="quoted-printable"))

add("other/ot10_fi_invoice.eml", lang="fi",
    frm=("Leena Kauppinen", "leena.kauppinen@example.net"),
    subject="Lasku 20261187", when="2026-10-16 12:00", tz="+0300",
    body=mixed(text("""\
Hei,

liitteenä lasku 20261187 lokakuun kuljetuksista. Eräpäivä 30.11.2026.

Ystävällisin terveisin
Leena Kauppinen
Kirjanpito, Esimerkki Logistiikka Oy
""", cte="quoted-printable"),
        attach("Lasku_20261187.pdf", "application/pdf", PDF)))

add("other/ot11_fi_job_application.eml", lang="fi",
    frm=("Tuomas Väisänen", "tuomas.vaisanen@example.org"),
    subject="Avoin hakemus – sähköasentaja", when="2026-10-19 19:45", tz="+0300",
    body=mixed(text("""\
Hei,

haen avoimella hakemuksella sähköasentajan tehtäviä yrityksessänne. Olen
valmistunut sähköasentajaksi 2021 ja työskennellyt sen jälkeen
sähköasemaprojekteissa, viimeksi kojeistojen käyttöönotossa.

CV ja tutkintotodistus liitteenä. Vastaan mielelläni lisäkysymyksiin.

Ystävällisin terveisin
Tuomas Väisänen
p. 045 000 3322
""", cte="quoted-printable"),
        attach("CV_Tuomas_Vaisanen.pdf", "application/pdf", PDF)))

add("other/ot12_en_job_application.eml", lang="en",
    frm=("Maria Fernandez", "maria.fernandez@example.com"),
    subject="Application: Service Engineer (ref. SE-2026-07)", when="2026-10-20 08:00", tz="+0100",
    body=mixed(alt("""\
Dear Hiring Team,

I am applying for the Service Engineer position advertised on your website.
I have six years of experience in commissioning and maintaining medium-voltage
switchgear and protection relays.

My CV and references are attached.

Kind regards,
Maria Fernandez
""", """\
<p>Dear Hiring Team,</p>
<p>I am applying for the Service Engineer position advertised on your website.
I have six years of experience in commissioning and maintaining medium-voltage
switchgear and protection relays.</p>
<p>My CV and references are attached.</p>
<p>Kind regards,<br>Maria Fernandez</p>
""", cte="7bit"), attach("Maria_Fernandez_CV.pdf", "application/pdf", PDF)))

add("other/ot13_en_complaint.eml", lang="en",
    frm=("George Miller", "george.miller@example.net"),
    subject="Faulty relay - delivery 2026-0930", when="2026-10-21 16:30", tz="+0000",
    body=text("""\
Hello,

the protection relay delivered last week (delivery 2026-0930) failed its
self-test on installation. We expect a replacement unit within the week.

Also, please correct the invoice: you charged express freight although we
ordered standard delivery.

This is the second faulty unit this year and frankly not acceptable.

George Miller
Site Manager
""", cte="7bit"))

add("other/ot14_fi_complaint_service.eml", lang="fi",
    frm=("Ritva Saarinen", "ritva.saarinen@example.org"),
    subject="Huoltokäynti 14.10.", when="2026-10-22 07:40", tz="+0300",
    body=html("""\
<html><body>
<p>Hei,</p>
<p>huoltomiehenne jätti muuntamon kojeistotilan oven lukitsematta 14.10. käynnin jälkeen.
Tämä on vakava turvallisuusasia. Korjatkaa toimintatapanne ja ilmoittakaa, miten
asia hoidetaan jatkossa.</p>
<p>Ritva Saarinen<br>kiinteistöpäällikkö</p>
</body></html>
""", charset="iso-8859-1", cte="quoted-printable"))

add("other/ot15_sv_update_offer.eml", lang="sv",
    frm=("Johanna Strand", "johanna.strand@example.com"),
    subject="Offert 2026-0388", when="2026-10-22 10:05",
    body=text("""\
Hej,

kan ni uppdatera offerten med nya leveransvillkor (DAP Jakobstad) och
lägga till montering? I övrigt ser den bra ut.

Hälsningar
Johanna Strand
""", cte="quoted-printable"))

add("other/ot16_sv_copy_of_invoice.eml", lang="sv",
    frm=("Nils Backman", "nils.backman@example.org"),
    subject="Kopia av faktura 8812", when="2026-10-23 13:30",
    body=text("""\
Hej,

skicka en kopia av faktura 8812, tack. Originalet har kommit bort hos oss.

Nils Backman
Ekonomiavdelningen
""", charset="iso-8859-1", cte="8bit"), hcharset="iso-8859-1")

add("other/ot17_en_delete_wrong_drawings.eml", lang="en",
    frm=("Jens Keller", "jens.keller@example.com"),
    subject="Drawings for substation 3 - wrong revision", when="2026-10-26 09:50", tz="+0100",
    body=mixed(text("""\
Hi,

please delete the drawings I sent yesterday, they were revision B by
mistake. The correct revision C is attached.

Jens
""", cte="7bit"), attach("SS3_single_line_revC.pdf", "application/pdf", PDF)))

add("other/ot18_fi_change_delivery_address.eml", lang="fi",
    frm=("Harri Lepistö", "harri.lepisto@example.net"),
    subject="Tilaus 5531 toimitusosoite", when="2026-10-26 14:14",
    body=text("""\
Hei,

tilauksen 5531 toimitusosoite muuttui: toimittakaa suoraan työmaalle,
Teollisuuskatu 5, 65100 Vaasa. Vastaanottaja työmaalla Harri, p. 040 000 9988.

Harri Lepistö
""", cte="quoted-printable"))

add("other/ot19_en_stop_delivery.eml", lang="en",
    frm=("Paul Becker", "paul.becker@example.org"),
    subject="Stop delivery of order 7730", when="2026-10-27 07:30", tz="+0100",
    body=text("""\
Hello,

please stop the delivery of order 7730 for now - the site is not ready
and there is nobody to receive the goods. We will let you know the new date.

Paul Becker
""", cte="7bit"))

add("other/ot20_en_finnish_pricelist_question.eml", lang="en",
    frm=("Esa Kinnunen", "esa.kinnunen@example.com"),
    subject="spare parts", when="2026-10-27 10:10",
    body=text("""\
Hello,

do you have price list for RMU spare parts? We have some old ones from
2000's and need to know what is possible still to get.

br, Esa Kinnunen
""", cte="7bit"))

add("other/ot21_sv_reply_with_privacy_signature.eml", lang="sv",
    frm=("Maja Eriksson", "maja.eriksson@example.com"),
    subject="Sv: Servicebesök tisdag", when="2026-10-28 09:00",
    body=text("""\
Tack, vi ses på tisdag kl. 9 vid transformatorstationen.

/Maja

Den 27 okt. 2026 kl. 16:40 skrev Plaza Service <service@plaza.example.com>:
> Hej Maja,
>
> vi kommer på servicebesök tisdag 3.11 kl. 9.
>
> Med vänlig hälsning
> Plaza Service
> --
> Om du vill att vi raderar dina uppgifter eller inte längre vill få
> nyhetsbrev, kontakta info@plaza.example.com.
""", cte="quoted-printable"))

add("other/ot22_en_disclaimer_unsubscribe_signature.eml", lang="en",
    frm=("Hannah Wright", "hannah.wright@example.net"),
    subject="Switchgear for new data hall", when="2026-10-28 12:45", tz="+0000",
    body=alt("""\
Hello,

we are planning a new data hall and need 20 kV switchgear with eight
feeders. Could someone from your sales team call me next week?

Best,
Hannah Wright
Example Data Centers Ltd | +44 20 0000 0000

This email and any attachments are confidential. If you have received it in
error, please notify the sender and delete it. To unsubscribe from Example
Data Centers marketing communications, visit example.net/preferences.
""", """\
<div>Hello,</div><div><br></div>
<div>we are planning a new data hall and need 20 kV switchgear with eight feeders. Could someone
from your sales team call me next week?</div><div><br></div>
<div>Best,<br>Hannah Wright<br>Example Data Centers Ltd | +44 20 0000 0000</div>
<div style="font-size:8pt;color:#999"><br>This email and any attachments are confidential. If you
have received it in error, please notify the sender and delete it. To unsubscribe from Example
Data Centers marketing communications, visit example.net/preferences.</div>
""", cte="quoted-printable"))

add("other/ot23_fi_outlook_html_rfq_disclaimer.eml", lang="fi",
    frm=("Jukka Tuominen", "jukka.tuominen@example.org"),
    subject="Tarjouspyyntö: 3 kpl kennokojeisto", when="2026-10-29 08:25",
    body=html(outlook_html(
        "Hei,\n\npyydämme tarjousta kolmesta 24 kV:n kennokojeistosta (2 kaapelikenttää + "
        "1 katkaisijakenttä) toimitettuna Seinäjoelle helmikuussa.\n\nKiitos!",
        OL_FI, "Jukka Tuominen", "keskiviikko 28. lokakuuta 2026 16.00", "Hankinta",
        "Kojeistot 2027",
        "Jukka, tee tarjouspyyntö Plazalle niistä kennoista.\n\nTÄMÄ VIESTI VOI SISÄLTÄÄ "
        "LUOTTAMUKSELLISTA TIETOA. Jos olet saanut viestin erehdyksessä, poista se ja "
        "ilmoita lähettäjälle.",
        sig="Jukka Tuominen\nHankintainsinööri | Esimerkki Energia Oy\n"
            "Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin "
            "erehdyksessä, poista se ja ilmoita lähettäjälle."), cte="base64"))

add("other/ot24_en_einvoice_address.eml", lang="en",
    frm=("Katja Berger", "katja.berger@example.com"),
    subject="New e-invoicing address from 1 January", when="2026-10-30 10:00", tz="+0100",
    body=text("""\
Dear supplier,

Example Industrial Oy changes its e-invoicing operator on 1 January 2027.
Please send all invoices dated 1 January or later to our new e-invoice address
003712345678, operator Example Invoicing (EXAMPLEFI).

Accounts Payable
Example Industrial Oy
""", cte="7bit"))

add("other/ot25_en_forget_service_visit.eml", lang="en",
    frm=("Laura Quinn", "laura.quinn@example.org"),
    subject="Friday visit", when="2026-10-30 14:50", tz="+0000",
    body=text("""\
Hi,

you can forget about the service visit on Friday, our shutdown was moved.
We'll get back to you with a new date in November.

Laura
""", cte="7bit"))

add("other/ot26_sv_forwarded_trade_newsletter.eml", lang="sv",
    frm=("Björn Lund", "bjorn.lund@example.com"),
    subject="VB: Energibranschens nyhetsbrev oktober", when="2026-11-02 08:30",
    body=text("""\
Hej,

har ni sett detta om de nya kraven på ljusbågsskydd? Skulle vara intressant
att höra hur era ställverk uppfyller dem.

Björn

Från: Energibranschen <nyhetsbrev@energi.example.org>
Skickat: den 30 oktober 2026 10:00
Till: Björn Lund <bjorn.lund@example.com>
Ämne: Energibranschens nyhetsbrev oktober

Nya krav på ljusbågsskydd i mellanspänningsställverk från 2027.
Läs mer på vår webbplats.

Du får detta nyhetsbrev eftersom du är medlem. Avsluta prenumeration |
Ändra inställningar
""", charset="iso-8859-1", cte="quoted-printable"), hcharset="iso-8859-1")

add("other/ot27_en_terminate_service_contract.eml", lang="en",
    frm=("Simon Clarke", "simon.clarke@example.net"),
    subject="Termination of service agreement SA-2021-044", when="2026-11-02 11:11", tz="+0000",
    body=text("""\
Dear Plaza,

we hereby give notice to terminate service agreement SA-2021-044 as of
31 December 2026, in accordance with the six-month notice period. The site
will be decommissioned.

Please confirm receipt.

Simon Clarke
Operations Director
""", cte="7bit"))

add("other/ot28_fi_internal_travel_expenses.eml", lang="fi",
    frm=("Toimisto", "toimisto@plaza.example.com"),
    to=addr("Henkilöstö", "henkilosto@plaza.example.com") + ", info@plaza.example.com",
    subject="Muistutus: matkalaskut lokakuulta", when="2026-11-03 08:00",
    body=text("""\
Hei,

muistutuksena: lokakuun matkalaskut pitää olla järjestelmässä perjantaihin
mennessä, jotta ne ehtivät marraskuun palkanmaksuun.

Terveisin
Toimisto
""", cte="quoted-printable"))

add("other/ot29_en_cancel_training_registration.eml", lang="en",
    frm=("Eric Johansson", "eric.johansson@example.com"),
    subject="Training 14 May - cancellation", when="2026-11-04 15:15", tz="+0100",
    body=text("""\
Hi,

please cancel my registration for the switchgear operation training in
Vaasa on 14 May, I can't attend because of a project deadline. My colleague
may sign up instead, she will contact you herself.

Eric Johansson
""", cte="7bit"))

add("other/ot30_sv_fi_mixed_quote_request.eml", lang="sv",
    frm=("Kim Nylund", "kim.nylund@example.org"),
    subject="offert reservdelar / tarjous varaosista", when="2026-11-05 13:05",
    body=text("""\
Hej,

kan ni skicka en offert på reservdelar till vårt SafeRing-ställverk
(årsmodell 2006)? Tarvitaan ainakin kaksi sulakepesää ja en motordrivning.

Tack / kiitos
Kim Nylund
""", cte="8bit"))

# ===========================================================================
# automatic (15)
# ===========================================================================

add("automatic/au01_ooo_fi_auto_submitted.eml", lang="fi",
    frm=("Jaana Mustonen", "jaana.mustonen@example.com"),
    subject="Automaattinen vastaus: Tarjous 2026-0401", when="2026-07-06 10:00", tz="+0300",
    headers=[("Auto-Submitted", "auto-replied"),
             ("In-Reply-To", "<quote-2026-0401@plaza.example.com>")],
    body=text("""\
Olen kesälomalla 6.7.–31.7.2026 enkä lue sähköpostiani. Kiireellisissä
asioissa ota yhteyttä kollegaani Mika Ahoseen, mika.ahonen@example.com.

Jaana Mustonen
""", cte="quoted-printable"))

add("automatic/au02_ooo_sv_x_autoreply.eml", lang="sv",
    frm=("Erik Holmström", "erik.holmstrom@example.org"),
    subject="Frånvaro: Offert 2026-0388", when="2026-07-13 09:00", tz="+0300",
    headers=[("X-Autoreply", "yes")],
    body=text("""\
Hej,

jag är på semester till och med den 7 augusti. Mejlen läses inte under
tiden. I brådskande ärenden, ring växeln 06 000 1000.

Erik Holmström
""", charset="iso-8859-1", cte="quoted-printable"))

add("automatic/au03_ooo_en_precedence.eml", lang="en",
    frm=("Olivia Harris", "olivia.harris@example.net"),
    subject="Out of Office: Quotation 2026-0412", when="2026-08-03 08:00", tz="+0100",
    headers=[("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")],
    body=text("""\
Thank you for your email. I am out of the office until 17 August with no
access to email. For urgent matters please contact projects@example.net.

Olivia Harris
""", cte="7bit"))

add("automatic/au04_ooo_fi_subject_only.eml", lang="fi",
    frm=("Veikko Karjalainen", "veikko.karjalainen@example.com"),
    subject="Poissa toimistolta: Varaosatilaus 88123", when="2026-10-30 12:00",
    body=text("""\
Kiitos viestistäsi. Palaan toimistolle maanantaina 9.11. ja vastaan
viestiisi silloin.

Veikko Karjalainen
""", cte="8bit"))

add("automatic/au05_ooo_en_body_only.eml", lang="en",
    frm=("Lucas Weber", "lucas.weber@example.org"),
    subject="RE: Quote 2026-118", when="2026-12-22 07:00", tz="+0100",
    headers=[("In-Reply-To", "<quote-2026-118@plaza.example.com>")],
    body=html("""\
<html><body>
<p>This is an automatic reply. I am currently out of the office from 21 December
to 6 January with limited access to email. Your message has not been forwarded.</p>
<p>For urgent matters please call our service desk at +49 30 0000 0000.</p>
<p>Lucas Weber</p>
</body></html>
""", cte="quoted-printable"))

add("automatic/au06_dsn_bounce_postfix.eml", lang="en",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.plaza.example.com"),
    subject="Undelivered Mail Returned to Sender", when="2026-11-05 09:15",
    headers=[("Auto-Submitted", "auto-replied")],
    body=Multi("report", [
        text("""\
This is the mail system at host mx.plaza.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<old.contact@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
    <old.contact@example.com>: Recipient address rejected: User unknown
""", cte="7bit"),
        Raw("message/delivery-status", """\
Reporting-MTA: dns; mx.plaza.example.com
X-Postfix-Queue-ID: 4Q1xYz0abc
Arrival-Date: Thu,  5 Nov 2026 09:15:01 +0200 (EET)

Final-Recipient: rfc822; old.contact@example.com
Original-Recipient: rfc822;old.contact@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <old.contact@example.com>: Recipient address
    rejected: User unknown
""", "Content-Description: Delivery report\n"),
        Raw("text/rfc822-headers", """\
From: Plaza <info@plaza.example.com>
To: old.contact@example.com
Subject: Plaza uutiskirje 3/2026
Date: Thu, 5 Nov 2026 09:15:00 +0200
Message-ID: <newsletter-2026-3.fi.17@plaza.example.com>
""", "Content-Description: Undelivered Message Headers\n"),
    ], params={"report-type": "delivery-status"}, preamble=""))

add("automatic/au07_dsn_exchange_with_request_text.eml", lang="en",
    frm=("Microsoft Outlook", "postmaster@example.org"),
    subject="Undeliverable: Re: Delete my data", when="2026-11-05 11:02", tz="+0000",
    body=Multi("report", [
        html("""\
<html><body>
<p><b><font color="#000066" size="3">Your message to anna.example@example.org couldn't be delivered.</font></b></p>
<p>anna.example wasn't found at example.org.</p>
<p><b>Action Required</b><br>Unknown To address</p>
<p>Diagnostic information for administrators:<br>
Generating server: EX01.example.org<br>
anna.example@example.org<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
""", cte="quoted-printable"),
        Raw("message/delivery-status", """\
Reporting-MTA: dns;EX01.example.org
Received-From-MTA: dns;mx.plaza.example.com
Arrival-Date: Thu, 5 Nov 2026 11:02:00 +0000

Final-Recipient: rfc822;anna.example@example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        Raw("message/rfc822", """\
From: Plaza <info@plaza.example.com>
To: anna.example@example.org
Subject: Re: Delete my data
Date: Thu, 5 Nov 2026 13:01:00 +0200
Message-ID: <mailbot-ack.abc@plaza.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

We have received your request. You wrote:

> Please delete all personal data you hold about me and unsubscribe me
> from the newsletter.
"""),
    ], params={"report-type": "delivery-status"}, preamble=""),
    note="bounce of a reply; the returned message quotes an erasure request")

add("automatic/au08_delay_notification.eml", lang="en",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.plaza.example.com"),
    subject="Delayed Mail (still being retried)", when="2026-11-06 13:00",
    headers=[("Auto-Submitted", "auto-generated")],
    body=Multi("report", [
        text("""\
This is the mail system at host mx.plaza.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<hannu.example@example.net>: connect to mx.example.net[198.51.100.7]:25:
    Connection timed out
""", cte="7bit"),
        Raw("message/delivery-status", """\
Reporting-MTA: dns; mx.plaza.example.com
Arrival-Date: Fri,  6 Nov 2026 09:00:00 +0200 (EET)

Final-Recipient: rfc822; hannu.example@example.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.net[198.51.100.7]:25:
    Connection timed out
Will-Retry-Until: Wed, 11 Nov 2026 09:00:00 +0200 (EET)
"""),
        Raw("text/rfc822-headers", """\
From: Plaza <info@plaza.example.com>
To: hannu.example@example.net
Subject: Rekisteriote
Date: Fri, 6 Nov 2026 09:00:00 +0200
"""),
    ], params={"report-type": "delivery-status"}, preamble=""))

add("automatic/au09_read_receipt_mdn.eml", lang="fi",
    frm=("Pirjo Anttila", "pirjo.anttila@example.com"),
    subject="Luettu: Tarjous 2026-0455", when="2026-11-06 14:22",
    body=Multi("report", [
        text("""\
Viestisi

  Vastaanottaja: Pirjo Anttila
  Aihe: Tarjous 2026-0455
  Lähetetty: 6.11.2026 13.05

luettiin 6.11.2026 14.22.
""", cte="quoted-printable"),
        Raw("message/disposition-notification", """\
Reporting-UA: EX02.example.com; Microsoft Exchange Server
Final-Recipient: rfc822;pirjo.anttila@example.com
Original-Message-ID: <quote-2026-0455@plaza.example.com>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], params={"report-type": "disposition-notification"}, preamble=""))

add("automatic/au10_marketing_newsletter_en.eml", lang="en",
    frm=("Example Cable Co", "news@cables.example.com"),
    subject="November offers: 15% off MV cable terminations", when="2026-11-09 07:00", tz="+0000",
    headers=[("List-Unsubscribe", "<mailto:unsubscribe@cables.example.com?subject=unsubscribe>, "
                                  "<https://cables.example.com/u/9f8e7d>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    body=alt("""\
November offers

15% off all medium-voltage cable terminations until 30 November.
Order now: https://cables.example.com/offers

You receive this email because you are a customer of Example Cable Co.
Unsubscribe: https://cables.example.com/u/9f8e7d
""", """\
<html><body><table width="600"><tr><td>
<h1>November offers</h1>
<p>15% off all medium-voltage cable terminations until 30 November.</p>
<p><a href="https://cables.example.com/offers">Order now</a></p>
<p style="font-size:10px">You receive this email because you are a customer of Example Cable Co.
<a href="https://cables.example.com/u/9f8e7d">Unsubscribe</a></p>
</td></tr></table></body></html>
""", cte="quoted-printable"))

add("automatic/au11_marketing_newsletter_fi.eml", lang="fi",
    frm=("Esimerkki Työkalut", "uutiset@tyokalut.example.org"),
    subject="Viikon tarjoukset: eristetyt työkalut -20 %", when="2026-11-10 06:30",
    headers=[("List-Id", "Esimerkki Tyokalut uutiskirje <uutiset.tyokalut.example.org>"),
             ("List-Unsubscribe", "<https://tyokalut.example.org/peru?u=1234>")],
    body=html("""\
<html><body>
<h2>Viikon tarjoukset</h2>
<p>Eristetyt työkalut 1000 V -20 % sunnuntaihin asti.</p>
<p>Et halua enää viestejämme? <a href="https://tyokalut.example.org/peru?u=1234">Peruuta tilaus</a>
tai <a href="https://tyokalut.example.org/tietosuoja">pyydä tietojesi poistamista</a>.</p>
</body></html>
""", charset="iso-8859-1", cte="quoted-printable"))

add("automatic/au12_ticket_autoack_auto_submitted.eml", lang="fi",
    frm=("Esimerkki Tuki", "tuki@vendor.example.com"),
    subject="[#48211] Olemme vastaanottaneet viestisi", when="2026-11-10 10:10",
    headers=[("Auto-Submitted", "auto-generated"),
             ("In-Reply-To", "<support-q-1@plaza.example.com>")],
    body=text("""\
Hei,

kiitos yhteydenotostasi. Tukipyyntösi on kirjattu numerolla #48211 ja
käsittelemme sen mahdollisimman pian, yleensä kahden arkipäivän kuluessa.

Voit vastata tähän viestiin lisätäksesi tietoja pyyntöösi.

Esimerkki Tuki
""", cte="quoted-printable"))

add("automatic/au13_ticket_autoack_noreply_en.eml", lang="en",
    frm=("Example Helpdesk", "noreply@helpdesk.example.net"),
    subject="Your request has been received (Ticket #9921)", when="2026-11-11 15:00", tz="+0000",
    body=text("""\
Hello,

Your request "Replacement relay for delivery 2026-0930" has been received
and is being reviewed by our support staff.

Ticket ID: 9921
Status: Open

Please do not reply to this email. To add comments, use the customer portal.
""", cte="7bit"))

add("automatic/au14_noreply_portal_fi.eml", lang="fi",
    frm=("Esimerkki Verkkolaskut", "no-reply@portal.example.org"),
    subject="Uusi e-lasku saapunut", when="2026-11-12 05:00",
    body=alt("""\
Hei,

verkkolaskuportaaliisi on saapunut uusi lasku lähettäjältä Esimerkki
Logistiikka Oy. Kirjaudu portaaliin nähdäksesi laskun.

Tähän viestiin ei voi vastata. Jos haluat lopettaa ilmoitukset, muuta
ilmoitusasetuksiasi portaalissa.
""", """\
<p>Hei,</p><p>verkkolaskuportaaliisi on saapunut uusi lasku lähettäjältä Esimerkki
Logistiikka Oy. Kirjaudu portaaliin nähdäksesi laskun.</p>
<p style="color:#777">Tähän viestiin ei voi vastata. Jos haluat lopettaa ilmoitukset,
muuta ilmoitusasetuksiasi portaalissa.</p>
""", cte="base64"))

add("automatic/au15_ooo_sv_subject_only.eml", lang="sv",
    frm=("Sofia Lindberg", "sofia.lindberg@example.com"),
    subject="Autosvar: Beställning 4502", when="2026-11-13 08:00",
    body=text("""\
Hej, jag är tillbaka måndag 16.11 och svarar då.

Sofia
""", charset="iso-8859-1", cte="8bit"), hcharset="iso-8859-1")

# ===========================================================================
# confirmation (8)
# ===========================================================================

CONF_FI = """\
Hei,

saimme pyynnön tilata Plaza-uutiskirje osoitteeseen {addr}.
Vahvista tilaus vastaamalla tähän viestiin "kyllä". Jos et pyytänyt
tilausta, vastaa "ei" tai jätä viesti huomiotta.

Plaza Oy / info@plaza.example.com"""

CONF_SV = """\
Hej,

vi har tagit emot en begäran om registerutdrag för adressen {addr}.
Bekräfta att begäran kommer från dig genom att svara "ja" på detta
meddelande. Om du inte har skickat begäran, svara "nej".

Plaza Oy / info@plaza.example.com"""

CONF_EN = """\
Hello,

we received a request concerning the personal data linked to {addr}.
Please confirm that you sent it by replying "yes" to this message. If you
did not send it, reply "no".

Plaza Oy / info@plaza.example.com"""

CONF_CONSENT_FI = """\
Hei,

olemme tallentaneet yhteystietosi ({addr}) asiakasrekisteriimme.
Saammeko säilyttää tietosi ja lähettää sinulle uutiskirjeemme? Vastaa
tähän viestiin "kyllä" tai "ei". Jos et vastaa 14 päivän kuluessa,
tietosi poistetaan.

Plaza Oy / info@plaza.example.com"""


def conf(path, *, lang, decision, frm, subject, when, new, original, tok_in_subject, tz="+0200",
         charset="utf-8", cte="quoted-printable", html_mode=None, attribution="", extra=None):
    tok = token(path)
    confirm_id = f"<mailbot-confirm.{tok}@plaza.example.com>"
    headers = [("In-Reply-To", confirm_id), ("References", confirm_id)]
    if tok_in_subject:
        subject = f"{subject} [mailbot:{tok}]"
    quoted = original.format(addr=frm[1])
    if html_mode == "gmail":
        body = html(gmail_html(new, attribution, quoted), charset, cte)
    elif html_mode == "outlook":
        body = html(outlook_html(new, *attribution, quoted), charset, cte)
    else:
        body = text(new + "\n\n" + attribution + "\n" + quote_lines(quoted) + "\n", charset, cte)
    if not tok_in_subject and extra:
        headers = extra(headers)
    add(path, lang=lang, decision=decision, frm=frm, subject=subject, when=when, tz=tz,
        headers=headers, body=body)


conf("confirmation/cf01_fi_kylla_vain_token.eml", lang="fi", decision="accept",
     frm=("Hanna Koponen", "hanna.koponen@example.com"),
     subject="Re: Vahvista uutiskirjeen tilaus", when="2026-11-02 10:15",
     new="Kyllä vain!\n\nHanna",
     attribution="ma 2.11.2026 klo 9.40 Plaza <info@plaza.example.com> kirjoitti:",
     original=CONF_FI, tok_in_subject=True)

conf("confirmation/cf02_fi_joo_inreplyto_only.eml", lang="fi", decision="accept",
     frm=("Antti Heinonen", "antti.heinonen@example.org"),
     subject="Re: Uutiskirje", when="2026-11-03 12:01",
     new="joo", attribution="ti 3.11.2026 klo 11.58 Plaza <info@plaza.example.com> kirjoitti:",
     original=CONF_FI, tok_in_subject=False, cte="8bit")

conf("confirmation/cf03_sv_ja_det_stammer_token.eml", lang="sv", decision="accept",
     frm=("Ulla Sandberg", "ulla.sandberg@example.net"),
     subject="Sv: Bekräfta din begäran", when="2026-11-04 09:30",
     new="Ja, det stämmer. Det var jag som skickade begäran.\n\nUlla",
     attribution="Den 4 nov. 2026 kl. 09:12 skrev Plaza <info@plaza.example.com>:",
     original=CONF_SV, tok_in_subject=True, charset="iso-8859-1")

conf("confirmation/cf04_en_sure_go_ahead_gmail_inreplyto.eml", lang="en", decision="accept",
     frm=("Ben Carter", "ben.carter@example.com"),
     subject="Re: Your request", when="2026-11-05 16:20", tz="+0000",
     new="Sure, go ahead.\n\nBen",
     attribution="On Thu, 5 Nov 2026 at 16:05, Plaza <info@plaza.example.com> wrote:",
     original=CONF_EN, tok_in_subject=False, html_mode="gmail")

conf("confirmation/cf05_fi_en_halua_token_outlook.eml", lang="fi", decision="decline",
     frm=("Sirpa Hakala", "sirpa.hakala@example.org"),
     subject="VS: Suostumus tietojen tallentamiseen", when="2026-11-06 08:45",
     new="En halua.\n\nSirpa Hakala",
     attribution=(OL_FI, "Plaza <info@plaza.example.com>", "perjantai 6. marraskuuta 2026 8.00",
                  "Sirpa Hakala <sirpa.hakala@example.org>", "Suostumus tietojen tallentamiseen"),
     original=CONF_CONSENT_FI, tok_in_subject=True, html_mode="outlook")

conf("confirmation/cf06_sv_nej_tack_inreplyto.eml", lang="sv", decision="decline",
     frm=("Göran Blomqvist", "goran.blomqvist@example.com"),
     subject="Sv: Registerutdrag", when="2026-11-09 13:00",
     new="Nej tack.\n\nGöran",
     attribution="Den 9 nov. 2026 kl. 12:30 skrev Plaza <info@plaza.example.com>:",
     original=CONF_SV, tok_in_subject=False, charset="windows-1252")

conf("confirmation/cf07_en_did_not_send_token.eml", lang="en", decision="decline",
     frm=("Natalie Cooper", "natalie.cooper@example.net"),
     subject="Re: Please confirm your request", when="2026-11-10 19:40", tz="+0000",
     new="No, I did not send that. Please do not do anything with my data.\n\nNatalie",
     attribution="On 10 Nov 2026, at 18:02, Plaza <info@plaza.example.com> wrote:",
     original=CONF_EN, tok_in_subject=True, cte="7bit")

conf("confirmation/cf08_fi_ei_kiitos_inreplyto.eml", lang="fi", decision="decline",
     frm=("Olli Räty", "olli.raty@example.com"),
     subject="Re: Plaza uutiskirje", when="2026-11-11 07:50",
     new="Ei kiitos, en ole tilannut mitään.",
     attribution="ke 11.11.2026 klo 7.30 Plaza <info@plaza.example.com> kirjoitti:",
     original=CONF_FI, tok_in_subject=False, cte="base64")

# ===========================================================================
# contact_form (7)
# ===========================================================================

add("contact_form/cf01_fi_erasure.eml", lang="fi", requests=["erasure"],
    frm=FORM_FROM, subject="Uusi yhteydenotto verkkosivuilta", when="2026-10-07 13:13",
    headers=[("Reply-To", "kaija.nurminen@example.org")],
    body=text("""\
Nimi: Kaija Nurminen
Yritys: Esimerkkivoima Oy
Sähköposti: kaija.nurminen@example.org
Puhelin: +358 40 000 2211
Viesti:
Hei, en ole enää Esimerkkivoimalla töissä. Poistakaa kaikki tietoni
rekisteristänne.
""" + FORM_FOOTER, cte="quoted-printable"))

add("contact_form/cf02_en_unsubscribe.eml", lang="en", requests=["unsubscribe"],
    frm=FORM_FROM, subject="New contact form submission", when="2026-10-14 20:05",
    headers=[("Reply-To", "mike.turner@example.net")],
    body=text("""\
Name: Mike Turner
Email: mike.turner@example.net
Company: Example Utilities Ltd
Message:
Please take me off your newsletter list, I get too many emails already.
""" + FORM_FOOTER, cte="7bit"))

add("contact_form/cf03_sv_question.eml", lang="sv",
    frm=FORM_FROM, subject="Ny kontaktförfrågan från webbplatsen", when="2026-10-21 11:30",
    headers=[("Reply-To", "lars.engstrom@example.com")],
    body=text("""\
Namn: Lars Engström
Företag: Exempel Nät Ab
E-post: lars.engstrom@example.com
Telefon: 050 000 3344
Meddelande:
Har ni reservdelar till ABB SafeRing från 1998? Vi behöver en ny
motordrivning.
""" + FORM_FOOTER, charset="iso-8859-1", cte="quoted-printable"))

add("contact_form/cf04_fi_label_variants_html.eml", lang="fi",
    frm=FORM_FROM, subject="Yhteydenottopyyntö: Tarjouspyyntö", when="2026-10-28 09:41",
    headers=[("Reply-To", "mikko.hyvonen@example.net")],
    body=html("""\
<html><body>
<table cellpadding="4">
<tr><td><b>Etunimi</b></td><td>Mikko</td></tr>
<tr><td><b>Sukunimi</b></td><td>Hyvönen</td></tr>
<tr><td><b>Sähköpostiosoite</b></td><td>mikko.hyvonen@example.net</td></tr>
<tr><td><b>Puhelinnumero</b></td><td>040 000 6677</td></tr>
<tr><td><b>Sivu</b></td><td>https://www.plaza.example.com/fi/tuotteet/kennokojeistot</td></tr>
<tr><td><b>Viestisi</b></td><td>Pyydän tarjousta kahdesta 12 kV:n kennokojeistosta, toimitus maaliskuussa.</td></tr>
</table>
<p>--<br>This e-mail was sent from a contact form on plaza.example.com</p>
</body></html>
""", cte="quoted-printable"))

add("contact_form/cf05_en_unconfigured_sender.eml", lang="en",
    frm=("Plaza web form", "lomake@plaza.example.com"), subject="Website enquiry",
    when="2026-11-02 16:16",
    headers=[("Reply-To", "diana.price@example.org")],
    body=text("""\
Name: Diana Price
Company: Example Wind Ltd
Email: diana.price@example.org
Phone: +44 7700 000000
Message:
Do you offer on-site training for switchgear operation in English?

--
This e-mail was sent from a contact form on plaza.example.com
""", cte="7bit"),
    note="form sender is not in contact_form.senders; must be recognised by structure")

add("contact_form/cf06_en_cf7_labels_access.eml", lang="en", requests=["access"],
    frm=FORM_FROM, subject="Plaza \"Contact us\"", when="2026-11-06 10:50",
    headers=[("Reply-To", "Ryan Foster <ryan.foster@example.com>")],
    body=text("""\
From: Ryan Foster <ryan.foster@example.com>
Subject: Privacy

Message Body:
Hi, could you tell me what personal data you store about me and where you
got it? Thanks.

--
This e-mail was sent from a contact form on Plaza (https://www.plaza.example.com)
""", cte="7bit"))

add("contact_form/cf07_sv_rectification_base64.eml", lang="sv", requests=["rectification"],
    frm=FORM_FROM, subject="Ny kontaktförfrågan från webbplatsen", when="2026-11-12 12:12",
    headers=[("Reply-To", "sara.lind@example.net")],
    body=text("""\
Namn: Sara Lind
Företag: Exempelkraft Ab
E-post: sara.lind@example.net
Meddelande:
Hej, mitt efternamn har ändrats från Berg till Lind. Vänligen uppdatera
mina uppgifter i ert register.
""" + FORM_FOOTER, cte="base64"))

# ===========================================================================
# chat_transcript (5)
# ===========================================================================

add("chat_transcript/ch01_en_transcript.eml", lang="en",
    frm=CHAT_FROM, subject="Chat with Rob Example", when="2026-10-08 14:40",
    body=text("""\
Chat transcript

Visitor: Rob Example
Email: rob.example@example.com
Phone: +358 50 000 0101
Company: Example Heat Oy
Page: https://www.plaza.example.com/en/service
Started: 2026-10-08 14:21 +03:00

[14:21] Rob Example: Hi, how fast can you send a service engineer to Kuopio?
[14:22] Agent Thomas: Hi Rob, usually within two working days. Is it urgent?
[14:24] Rob Example: Not critical, a breaker is making noise during operation.
[14:25] Agent Thomas: I'll ask our service team to call you today.
[14:25] Rob Example: Great, thanks.
""", cte="7bit"))

add("chat_transcript/ch02_fi_transcript_erasure.eml", lang="fi",
    frm=CHAT_FROM, subject="Chat: Marja Esimerkki", when="2026-10-20 10:10",
    body=text("""\
Chat transcript

Visitor: Marja Esimerkki
Email: marja.esimerkki@example.org
Page: https://www.plaza.example.com/fi/tietosuoja
Started: 2026-10-20 10:01 +03:00

[10:01] Marja Esimerkki: Hei, voitteko poistaa minun tiedot teidän rekisteristä?
[10:02] Agent Laura: Hei Marja, lähetä pyyntö osoitteeseen info@plaza.example.com samasta osoitteesta, niin käsittelemme sen.
[10:03] Marja Esimerkki: Selvä, kiitos.
""", cte="quoted-printable"))

add("chat_transcript/ch03_fi_offline_labels.eml", lang="fi",
    frm=CHAT_FROM, subject="Offline-viesti: Timo Esimerkki", when="2026-10-24 22:30",
    body=text("""\
Offline message

Nimi: Timo Esimerkki
Sähköposti: timo.esimerkki@example.com
Puhelin: 044 000 5050
Sivu: https://www.plaza.example.com/fi/varaosat

Viesti:
Tarvitsisin hintatiedon RM6-kojeiston apukoskettimista. Soittakaa maanantaina.
""", charset="iso-8859-1", cte="quoted-printable"))

add("chat_transcript/ch04_sv_transcript_labels.eml", lang="sv",
    frm=CHAT_FROM, subject="Chatt med Stefan Exempel", when="2026-11-03 11:00",
    body=text("""\
Chattutskrift

Besökare: Stefan Exempel
E-post: stefan.exempel@example.net
Telefon: 040 000 1212
Företag: Exempel El Ab
Sida: https://www.plaza.example.com/sv/produkter
Startad: 2026-11-03 10:40 +02:00

[10:40] Stefan Exempel: Hej, säljer ni mätartransformatorer?
[10:41] Agent Thomas: Hej Stefan, ja. Vilken spänningsnivå gäller det?
[10:43] Stefan Exempel: 20 kV, tre stycken.
[10:44] Agent Thomas: Jag skickar en offert i dag.
""", cte="base64"))

add("chat_transcript/ch05_en_offline_unconfigured_unsubscribe.eml", lang="en",
    frm=("Example LiveChat", "notifications@livechat.example.org"),
    subject="Offline message: Nora Example", when="2026-11-10 23:05",
    body=text("""\
Offline message

Name: Nora Example
Email: nora.example@example.com
Page: https://www.plaza.example.com/en/newsletter

Message:
Please unsubscribe me from your newsletter.
""", cte="7bit"),
    note="chat sender not configured; must be recognised by structure")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]


def toml_str(s: str) -> str:
    import json
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    expected = {"data_request": 35, "other": 30, "automatic": 15, "confirmation": 8,
                "contact_form": 7, "chat_transcript": 5}
    counts: dict[str, int] = {}
    seen_ids = set()
    for m in MAILS:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        msg = email.message_from_bytes(m["raw"], policy=email.policy.default)
        for h in REQUIRED:
            assert msg[h], (m["path"], h)
        assert INFO in str(msg["To"]), m["path"]
        assert msg["Message-ID"] not in seen_ids, m["path"]
        seen_ids.add(msg["Message-ID"])
        if msg.defects:
            raise SystemExit(f"{m['path']}: defects {msg.defects}")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset + CTE
    assert counts == expected, counts
    assert len(MAILS) == 100

    for kind in expected:
        d = HERE / kind
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    lines = ["# Independent classification corpus for mailbot (generated by _generate.py).",
             "# kind: SPEC §2; requests: data_request and contact_form whose free text asks",
             "# something; decision: confirmation; language: language of the new text.", ""]
    for m in MAILS:
        (HERE / m["path"]).write_bytes(m["raw"])
        lines.append(f"[{toml_str(m['path'])}]")
        lines.append(f"kind = {toml_str(m['kind'])}")
        if m["requests"]:
            lines.append("requests = [" + ", ".join(toml_str(r) for r in m["requests"]) + "]")
        if m["decision"]:
            lines.append(f"decision = {toml_str(m['decision'])}")
        lines.append(f"language = {toml_str(m['lang'])}")
        if m["note"]:
            lines.append(f"note = {toml_str(m['note'])}")
        lines.append("")
    (HERE / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")

    import tomllib
    data = tomllib.loads((HERE / "manifest.toml").read_text(encoding="utf-8"))
    assert len(data) == 100
    print(f"wrote {len(MAILS)} mails: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
