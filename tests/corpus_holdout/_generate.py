#!/usr/bin/env python3
"""Generate the held-out classification corpus for mailbot.

Written independently of mailbot's code and its other tests, from
/work/shared/SPEC.md (§2 kinds and request names, §5 form/chat) and the sample
mails only.  Run it from anywhere:

    python3 tests/corpus_holdout/_generate.py

It (re)writes tests/corpus_holdout/<kind>/<name>.eml and
tests/corpus_holdout/manifest.toml.  Everything is deterministic (no clock, no
randomness), so re-running gives byte-identical files.

Manifest: one table per file, keys
  kind      -- contact_form | chat_transcript | data_request | confirmation |
               automatic | other
  requests  -- data_request: every request the person makes, in the order named
               (the first one is the `request`).  Also given for a contact_form
               whose free text itself asks for something (SPEC §2/§5: the kind
               stays contact_form; the free text is *also* a data request).
  decision  -- confirmation only: accept | decline
  language  -- fi | sv | en of the new text the person wrote (omitted for
               bounces and multilingual auto-replies)
A `# key:` comment above each table quotes the mail's key sentence.

All people are invented; all addresses are example.com/.org/.net (or their
subdomains).  Phone numbers use the 000 series like the shared samples.
"""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import html as _html
import json
import quopri
import re
import sys
from email import policy
from email.header import Header
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
INFO = "info@plaza.example.com"
KINDS = ("data_request", "other", "automatic", "confirmation", "contact_form", "chat_transcript")

# --------------------------------------------------------------------------
# low-level MIME building (by hand, so the transfer encodings are what real
# clients produce rather than what one library happens to choose)
# --------------------------------------------------------------------------


def _is_ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    """RFC 2047-encode a header value if it is not ASCII."""
    if _is_ascii(value):
        return value
    return Header(value, charset, header_name=name).encode(linesep="\n")


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if _is_ascii(name):
        if re.search(r'[,.()<>@;:"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def encode_body(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")  # must really be 7bit
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def to_bytes(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit",
         params: str = "", extra: tuple[str, ...] = ()) -> Part:
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params)
    return Part([ct, "Content-Transfer-Encoding: " + cte, *extra], encode_body(body, charset, cte))


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    return Part([
        'Content-Type: %s; name="%s"' % (ctype, filename),
        'Content-Disposition: attachment; filename="%s"' % filename,
        "Content-Transfer-Encoding: base64",
    ], base64.encodebytes(data))


def raw_part(headers: list[str], body: str) -> Part:
    return Part(headers, body.encode("utf-8"))


def multi(subtype: str, parts: list[Part], boundary: str, params: str = "",
          preamble: str = "This is a multi-part message in MIME format.\n") -> Part:
    ct = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    out = preamble.encode()
    for p in parts:
        body = p.to_bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
        out += b"\n--" + boundary.encode() + b"\n" + body
    out += b"\n--" + boundary.encode() + b"--\n"
    return Part([ct], out)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_XLSX = b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml" + b"\x00" * 40
FAKE_JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"

# --------------------------------------------------------------------------
# helpers for realistic headers
# --------------------------------------------------------------------------

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(s: str, tz: str = "+0200") -> str:
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        _DAYS[d.weekday()], d.day, _MONS[d.month - 1], d.year, d.hour, d.minute,
        (d.minute * 7 + d.hour) % 60, tz)


def _h(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        b = digest[i % len(digest)] ^ (i * 31 & 0xFF)
        out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out)


def msgid(seed: str, style: str, domain: str) -> str:
    if style == "gmail":
        return "<CA+%s@mail.gmail.example.com>" % _h(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    if style == "outlook":
        h = _h(seed, 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "<%s%s@%s.eurprd09.prod.outlook.example.com>" % (
            h, _h(seed + "x", 20, "ABCDEF0123456789"), h)
    if style == "apple":
        return "<%s-%s-%s@%s>" % (_h(seed, 8).upper(), _h(seed + "a", 4).upper(), _h(seed + "b", 12).upper(), domain)
    return "<%s.%s@%s>" % (_h(seed, 12), _h(seed + "t", 6), domain)


def token(seed: str) -> str:
    """A 24-character URL-safe token, as in [mailbot:TOKEN]."""
    return base64.urlsafe_b64encode(hashlib.sha256(("tok:" + seed).encode()).digest()).decode()[:24]


def quote(s: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in s.rstrip("\n").split("\n"))


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    labels = {
        "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
        "sv": ("Från", "Skickat", "Till", "Ämne"),
        "en": ("From", "Sent", "To", "Subject"),
    }[lang]
    return "%s: %s\n%s: %s\n%s: %s\n%s: %s\n" % (
        labels[0], frm, labels[1], sent, labels[2], to, labels[3], subject)


def outlook_html(body_text: str, quoted_html: str = "") -> str:
    """An Outlook-desktop-looking HTML rendering of a plain text body."""
    paras = []
    for para in body_text.strip("\n").split("\n\n"):
        lines = [_html.escape(l) for l in para.split("\n")]
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(lines))
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
        '</head>\n<body lang="FI" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(paras)
        + "\n" + quoted_html + "\n</div>\n</body>\n</html>\n")


PLAZA_FOOTER_FORM = "\n--\nThis e-mail was sent from a contact form on plaza.example.com\n"

# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------

MAILS: list[dict] = []


def M(kind: str, name: str, *, frm: str, subject: str, date_: str, body: Part,
      key: str, requests: list[str] | None = None, decision: str | None = None,
      language: str | None = None, to: str = INFO, mid: str | None = None,
      mid_style: str = "generic", extra: tuple[str, ...] = (), subject_charset: str = "utf-8",
      before: tuple[str, ...] = ()) -> None:
    domain = re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    if mid is None:
        mid = msgid(kind + "/" + name, mid_style, domain)
    MAILS.append(dict(kind=kind, name=name, frm=frm, to=to, subject=subject, date=date_,
                      body=body, key=key, requests=requests, decision=decision,
                      language=language, mid=mid, extra=extra, subject_charset=subject_charset,
                      before=before))


def render(m: dict) -> bytes:
    head = list(m["before"]) + [
        "From: " + m["frm"],
        "To: " + m["to"],
        "Subject: " + enc_header(m["subject"], m["subject_charset"]),
        "Date: " + m["date"],
        "Message-ID: " + m["mid"],
        *m["extra"],
        "MIME-Version: 1.0",
    ]
    body: Part = m["body"]
    return ("\n".join(head) + "\n").encode("ascii") + body.to_bytes()


# ============================ data_request =================================
DR = "data_request"

# ---- Finnish ---------------------------------------------------------------
M(DR, "fi_mita_tietoja_musta", frm=addr("Jere Salminen", "jere.salminen82@example.net"),
  subject="tiedot", date_=date("2026-09-14 22:41", "+0300"), mid_style="apple",
  body=text(
      "Moi\n\nmitä kaikkia tietoja teillä on musta tallessa? kävin joskus teidän osastolla "
      "messuilla ja sen jälkeen on tullu postia. haluisin nähdä mitä sinne on kirjattu\n\n-Jere\n\n"
      "Lähetetty iPhonesta\n", cte="quoted-printable"),
  requests=["access"], language="fi",
  key="mitä kaikkia tietoja teillä on musta tallessa? ... haluisin nähdä mitä sinne on kirjattu")

_fi_art15 = (
    "Hyvä vastaanottaja,\n\n"
    "pyydän EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 15 artiklan nojalla tietoa siitä, "
    "käsitelläänkö minua koskevia henkilötietoja Plaza Oy:n asiakasrekisterissä, ja jos käsitellään, "
    "jäljennöstä kaikista minua koskevista tiedoista sekä tietoja käsittelyn tarkoituksista, "
    "tietolähteistä ja säilytysajasta.\n\n"
    "Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.\n\n"
    "Ystävällisin terveisin\n\nAnneli Heikkilä\nHankintapäällikkö\nEsimerkkiverkko Oy\n"
    "puh. +358 40 000 4567\n\n"
    "Tämä sähköpostiviesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin "
    "erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti järjestelmästäsi. Viestin luvaton "
    "käyttö, kopiointi tai levittäminen on kielletty.\n")
M(DR, "fi_gdpr15_virallinen_disclaimer", frm=addr("Heikkilä Anneli", "anneli.heikkila@esimerkkiverkko.example.com"),
  subject="Tietopyyntö / EU:n tietosuoja-asetus 15 artikla", date_=date("2026-10-05 08:12", "+0300"),
  mid_style="outlook", subject_charset="iso-8859-1",
  extra=("Thread-Topic: " + enc_header("Tietopyyntö / EU:n tietosuoja-asetus 15 artikla", "iso-8859-1", "Thread-Topic"),
         "Content-Language: fi-FI", "X-MS-Has-Attach:"),
  body=multi("alternative", [
      text(_fi_art15, charset="iso-8859-1", cte="quoted-printable"),
      text(outlook_html(_fi_art15), "html", cte="quoted-printable"),
  ], "_000_HE1PR09MB3120A1_"),
  requests=["access"], language="fi",
  key="pyydän ... 15 artiklan nojalla ... jäljennöstä kaikista minua koskevista tiedoista (disclaimer says 'poista viesti')")

M(DR, "fi_voisitteko_poistaa_mun_tiedot", frm=addr("Sami K", "samik@example.org"),
  subject="Hei", date_=date("2026-06-02 17:03", "+0300"),
  extra=("User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0",),
  body=text(
      "voisitteko poistaa mun tiedot teiän asiakasrekisteristä? en oo enää alalla töissä niin ei oo "
      "mitään syytä et ne on siellä.\n\nkiitti\nSami\n",
      charset="iso-8859-1", cte="quoted-printable", params="; format=flowed"),
  requests=["erasure"], language="fi",
  key="voisitteko poistaa mun tiedot teiän asiakasrekisteristä?")

M(DR, "fi_allcaps_poistakaa", frm=addr("RAIMO KETTUNEN", "r.kettunen@example.net"),
  subject="POISTAKAA MINUT", date_=date("2026-03-19 06:55"),
  body=text("POISTAKAA MINUN TIETONI REKISTERISTÄNNE VÄLITTÖMÄSTI. EN OLE KOSKAAN ANTANUT LUPAA "
            "TALLENTAA NIITÄ!!\n\nRAIMO KETTUNEN\n"),
  requests=["erasure"], language="fi",
  key="POISTAKAA MINUN TIETONI REKISTERISTÄNNE VÄLITTÖMÄSTI.")

M(DR, "fi_sukunimi_muuttunut", frm=addr("Kaisa Salo", "kaisa.salo@esimerkkisahko.example.com"),
  subject="Nimenmuutos", date_=date("2026-08-24 10:17", "+0300"), mid_style="outlook",
  body=text(
      "Hei,\n\nsukunimeni on muuttunut naimisiinmenon myötä: aiemmin Lindqvist, nykyään Salo. "
      "Voisitteko korjata tämän asiakasrekisteriinne? Samalla tittelini on nykyään projektipäällikkö "
      "(aiemmin suunnitteluinsinööri).\n\nSähköpostiosoitteeni pysyy ennallaan.\n\n"
      "Terveisin\nKaisa Salo\nEsimerkki Sähkö Oy\n", charset="windows-1252", cte="quoted-printable"),
  requests=["rectification"], language="fi",
  key="sukunimeni on muuttunut ... Voisitteko korjata tämän asiakasrekisteriinne?")

_fi_phone_quoted = (
    "Hei Jouni,\n\nliitteenä päivitetty tarjous kolmen kentän laajennuksesta. Voitte poistaa "
    "edellisen version, tämä korvaa sen. Toimitusaika on noin 14 viikkoa tilauksesta.\n\n"
    "Ystävällisin terveisin\nMikko Lehto\nMyynti, Plaza Oy\n")
M(DR, "fi_puhelinnumero_vaihtunut_outlook", frm=addr("Jouni Aalto", "jouni.aalto@example.com"),
  subject="VS: Tarjous 2026-118 / kentän laajennus", date_=date("2026-11-03 13:40"), mid_style="outlook",
  extra=("In-Reply-To: <b2c41e.20261102@plaza.example.com>", "References: <b2c41e.20261102@plaza.example.com>",
         "Thread-Index: AdtNq3kQ0Zr1wY9aTkGmYQ2J3x5vhA=="),
  body=text(
      "Hei,\n\nkiitos tarjouksesta, palaamme asiaan ensi viikolla.\n\nHuomasin että tarjouksessa oli "
      "vanha puhelinnumeroni. Numero on vaihtunut, uusi on +358 50 000 4412 – korjatkaa se myös "
      "teidän asiakastietoihin.\n\nt. Jouni\n\n"
      + "________________________________\n"
      + outlook_block("fi", "Mikko Lehto <mikko.lehto@plaza.example.com>",
                      "maanantai 2. marraskuuta 2026 15.02",
                      "Jouni Aalto <jouni.aalto@example.com>", "Tarjous 2026-118 / kentän laajennus")
      + "\n" + _fi_phone_quoted, cte="quoted-printable"),
  requests=["rectification"], language="fi",
  key="Numero on vaihtunut, uusi on +358 50 000 4412 – korjatkaa se myös teidän asiakastietoihin. (quoted text says 'Voitte poistaa edellisen version')")

M(DR, "fi_uutiskirje_ei_kiitos", frm=addr(None, "hanna.m@example.org"),
  subject="uutiskirje", date_=date("2026-04-08 12:01", "+0300"), mid_style="gmail",
  body=text("en halua enää teidän uutiskirjettä, kiitos\n"),
  requests=["unsubscribe"], language="fi",
  key="en halua enää teidän uutiskirjettä, kiitos")

_newsletter_fi = (
    "PLAZA UUTISKIRJE 3/2026\n\n"
    "Uusi SF6-vapaa PLZ-24 kojeisto nyt tilattavissa\n"
    "Esittelemme syksyn messuilla uuden ilmaeristeisen kojeiston, jonka toimitukset alkavat "
    "keväällä. Tilaa esite myyntipäälliköltämme.\n\n"
    "Varaosat vanhoihin kenttiin\nHuollamme edelleen 1990-luvun kojeistoja.\n\n"
    "Jos et halua enää vastaanottaa uutiskirjettä, vastaa tähän viestiin tai ilmoita osoitteeseen "
    "info@plaza.example.com.\n")
M(DR, "fi_uutiskirje_lopetus_outlook_reply", frm=addr("Veli-Matti Honkanen", "vm.honkanen@verkko.example.net"),
  subject="VS: Plaza uutiskirje 3/2026", date_=date("2026-10-21 07:48", "+0300"), mid_style="outlook",
  extra=("In-Reply-To: <news-2026-3.a91@plaza.example.com>", "Content-Language: fi-FI"),
  body=multi("alternative", [
      text("Lopettakaa tämän uutiskirjeen lähettäminen minulle.\n\nVeli-Matti Honkanen\n\n"
           + outlook_block("fi", "Plaza Oy <info@plaza.example.com>", "tiistai 20. lokakuuta 2026 9.00",
                           "Veli-Matti Honkanen <vm.honkanen@verkko.example.net>", "Plaza uutiskirje 3/2026")
           + "\n" + _newsletter_fi, cte="quoted-printable"),
      text(outlook_html(
          "Lopettakaa tämän uutiskirjeen lähettäminen minulle.\n\nVeli-Matti Honkanen",
          '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          '<p class="MsoNormal"><b>Lähettäjä:</b> Plaza Oy &lt;info@plaza.example.com&gt;<br>'
          '<b>Lähetetty:</b> tiistai 20. lokakuuta 2026 9.00<br><b>Vastaanottaja:</b> Veli-Matti Honkanen<br>'
          '<b>Aihe:</b> Plaza uutiskirje 3/2026</p></div>\n'
          + "".join('<p class="MsoNormal">%s</p>\n' % _html.escape(p) for p in _newsletter_fi.split("\n\n"))),
          "html", cte="quoted-printable"),
  ], "_000_AM9PR09MB44112_"),
  requests=["unsubscribe"], language="fi",
  key="Lopettakaa tämän uutiskirjeen lähettäminen minulle.")

M(DR, "fi_tilaa_uutiskirje_messut", frm=addr("Petri Laaksonen", "petri.laaksonen@verkkoyhtio.example.com"),
  subject="Uutiskirjeen tilaus", date_=date("2026-10-01 09:22", "+0300"),
  body=text("Hei!\n\nJuttelimme osastollanne Sähkömessuilla viime viikolla. Voisitteko lisätä minut "
            "uutiskirjeenne tilaajaksi? Kiinnostaa erityisesti uudet kaasueristeiset kojeistot.\n\n"
            "Terveisin\nPetri Laaksonen\nVerkkoyhtiö Esimerkki Oy\n", cte="base64"),
  requests=["subscribe"], language="fi",
  key="Voisitteko lisätä minut uutiskirjeenne tilaajaksi?")

M(DR, "fi_ei_myyntipuheluita", frm=addr("Heikki Oksanen", "heikki.oksanen@example.com"),
  subject="Yhteydenotot", date_=date("2026-05-12 15:30", "+0300"),
  body=text("Hei,\n\nteiltä on soitettu minulle kolme kertaa tässä kuussa myyntiasioissa. Pyydän, että "
            "lopetatte yhteydenotot minuun markkinointitarkoituksessa. Tietojani ei tarvitse poistaa, "
            "koska yrityksemme on edelleen asiakkaanne ja tilaukset hoituvat ostajamme kautta.\n\n"
            "Terv. Heikki Oksanen\n", cte="quoted-printable"),
  requests=["objection"], language="fi",
  key="Pyydän, että lopetatte yhteydenotot minuun markkinointitarkoituksessa. Tietojani ei tarvitse poistaa")

M(DR, "fi_entinen_tyontekija_palkkatiedot", frm=addr("Toni Rantanen", "toni.rantanen@example.net"),
  subject="Entisen työntekijän tietopyyntö", date_=date("2026-02-16 19:05"), mid_style="gmail",
  body=multi("alternative", [
      text("Hei,\n\nolin Plazalla töissä asentajana 2019–2023. Pyytäisin kopiota kaikista minua koskevista "
           "tiedoista, joita teillä on henkilöstörekisterissä, mukaan lukien palkkatiedot ja "
           "työsuhteen tiedot. Tarvitsen niitä eläkeasioita varten.\n\nYstävällisesti\nToni Rantanen\n",
           cte="quoted-printable"),
      text('<div dir="ltr"><div>Hei,</div><div><br></div><div>olin Plazalla töissä asentajana 2019–2023. '
           "Pyytäisin kopiota kaikista minua koskevista tiedoista, joita teillä on henkilöstörekisterissä, "
           "mukaan lukien palkkatiedot ja työsuhteen tiedot. Tarvitsen niitä eläkeasioita varten.</div>"
           "<div><br></div><div>Ystävällisesti</div><div>Toni Rantanen</div></div>\n",
           "html", cte="quoted-printable"),
  ], "000000000000a1b2c3d4e5f60718"),
  requests=["personnel"], language="fi",
  key="olin Plazalla töissä asentajana ... kopiota ... henkilöstörekisterissä, mukaan lukien palkkatiedot")

M(DR, "fi_rekisteriote_ja_poisto", frm=addr("Liisa Nieminen", "liisa.nieminen@example.org"),
  subject="Rekisteriote ja tietojen poisto", date_=date("2026-07-07 11:11", "+0300"),
  body=text("Hei,\n\nhaluaisin ensin rekisteriotteen kaikista tiedoista, joita teillä on minusta. Kun olen "
            "saanut sen, pyydän poistamaan kaikki tietoni asiakasrekisteristänne.\n\nKiitos!\nLiisa Nieminen\n"),
  requests=["access", "erasure"], language="fi",
  key="haluaisin ensin rekisteriotteen ... Kun olen saanut sen, pyydän poistamaan kaikki tietoni")

M(DR, "fi_pitka_jaarittelu_poisto", frm=addr("Eino Kauppinen", "eino.kauppinen@example.net"),
  subject="Vanha asiakas", date_=date("2026-04-27 14:48", "+0300"),
  body=text(
      "Hyvää päivää,\n\nKirjoitan tätä vähän pitkästi, pahoittelen. Olin aikanaan sähkölaitoksen "
      "käyttöpäällikkönä Pohjois-Savossa ja tilasimme teiltä 2000-luvun alussa useamman kentän "
      "kojeistoja, joihin olimme hyvin tyytyväisiä. Muistan vieläkin, kun teidän asentajanne kävi "
      "käyttöönotossa kolmenkymmenen asteen pakkasessa ja homma hoitui silti aikataulussa.\n\n"
      "Nyt jäin eläkkeelle viime keväänä, eikä minulla ole enää mitään tekemistä alan kanssa. Siksi "
      "pyytäisin, että poistatte minun tietoni asiakasrekisteristänne kokonaan, myös vanhan "
      "työpuhelinnumeron ja osoitteen.\n\nEntinen työnantajani on nykyään osa isompaa konsernia, ja "
      "heidän hankintansa hoitaa kai joku muu. Jos heillä on vielä teidän kojeistoja käytössä, niin "
      "varmaan he ovat teihin itse yhteydessä varaosista ja huolloista. Toivottavasti teillä on "
      "kaikki hyvin, ja kiitos pitkästä yhteistyöstä!\n\nTerveisin\nEino Kauppinen\n",
      charset="iso-8859-1", cte="8bit"),
  requests=["erasure"], language="fi",
  key="(middle of a long reminiscence) pyytäisin, että poistatte minun tietoni asiakasrekisteristänne kokonaan")

M(DR, "fi_onko_teilla_minusta_tietoja", frm=addr("Minna", "minna.karppinen@example.com"),
  subject="kysymys", date_=date("2026-01-30 20:20"), mid_style="gmail",
  body=text("Hei, onko teillä minusta tallennettuna jotain henkilötietoja? Jos on, niin mitä? Sain teiltä "
            "sähköpostia enkä muista antaneeni osoitettani.\n\nt. Minna\n", cte="quoted-printable"),
  requests=["access"], language="fi",
  key="onko teillä minusta tallennettuna jotain henkilötietoja? Jos on, niin mitä?")

M(DR, "fi_html_poisto_blockquote", frm=addr("Outi Väisänen", "outi.vaisanen@example.com"),
  subject="Re: Tarjous PLZ-12 kojeistosta", date_=date("2026-11-11 08:05"), mid_style="gmail",
  extra=("In-Reply-To: <tarjous.77a1@plaza.example.com>",),
  body=text(
      '<div dir="ltr"><p>Hei,</p><p>kiitos tarjouksesta, mutta emme tarvitse kojeistoa. Hanke on '
      "siirtynyt toiselle urakoitsijalle, enkä itse enää työskentele sen parissa.</p>"
      "<p>Pyydän samalla, että poistatte henkilötietoni asiakasrekisteristänne.</p>"
      "<p>Ystävällisin terveisin,<br>Outi Väisänen</p></div><br>"
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">ti 10.11.2026 klo 14.02 Jukka Virta '
      "&lt;<a href=\"mailto:jukka.virta@plaza.example.com\">jukka.virta@plaza.example.com</a>&gt; kirjoitti:<br></div>"
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      "Hei Outi,<br><br>liitteenä tarjous PLZ-12 kojeistosta. Tarjous on voimassa 30 päivää. Voimme "
      "tarvittaessa päivittää tarjouksen, jos kenttien määrä muuttuu, tai poistaa mittauskentän "
      "kokonaan.<br><br>Terveisin<br>Jukka Virta<br>Plaza Oy</blockquote></div>\n",
      "html", cte="quoted-printable"),
  requests=["erasure"], language="fi",
  key="Pyydän samalla, että poistatte henkilötietoni asiakasrekisteristänne. (HTML only; quote mentions päivittää/poistaa)")

M(DR, "fi_vain_otsikossa", frm=addr("Pekka Hiltunen", "pekka@hiltunen-urakointi.example.net"),
  subject="Tietojeni poistaminen asiakasrekisteristä", date_=date("2026-03-03 07:30"),
  body=text("Ks. otsikko.\n\nTerv. Pekka\n\n-- \nPekka Hiltunen\nSähköurakointi Hiltunen Ky\n+358 44 000 3321\n"),
  requests=["erasure"], language="fi",
  key="Subject: Tietojeni poistaminen asiakasrekisteristä — body only 'Ks. otsikko.'")

M(DR, "fi_uutiskirje_pois_ja_ei_puheluita", frm=addr("Janne", "janne.t@example.org"),
  subject="listalta pois", date_=date("2026-09-29 16:44", "+0300"), mid_style="gmail",
  body=text("Moikka,\n\nottakaa mut pois uutiskirjelistalta. Ja toivoisin ettei teidän myyjä soittelis "
            "enää, ei oo tarvetta. Tiedot saa kyllä jäädä teille jos niitä tarvii laskutusta varten.\n\nJanne\n"),
  requests=["unsubscribe", "objection"], language="fi",
  key="ottakaa mut pois uutiskirjelistalta. Ja toivoisin ettei teidän myyjä soittelis enää ... Tiedot saa kyllä jäädä")

M(DR, "fi_entinen_tyontekija_poisto", frm=addr("Satu Koivisto", "satu.koivisto@example.com"),
  subject="Henkilöstötietojen poisto", date_=date("2026-02-02 09:58"),
  body=text("Hei,\n\nlopetin Plazalla viime vuoden lopussa (olin myyntiassistenttina). Pyydän, että "
            "henkilöstörekisteristä poistetaan minun tietoni, joita ei enää lain mukaan tarvitse "
            "säilyttää – esimerkiksi kotiosoite ja tilinumero.\n\nTerveisin\nSatu Koivisto\n",
            cte="quoted-printable"),
  requests=["personnel"], language="fi",
  key="lopetin Plazalla ... Pyydän, että henkilöstörekisteristä poistetaan minun tietoni")

# ---- Swedish ---------------------------------------------------------------
M(DR, "sv_registerutdrag_art15", frm=addr("Birgitta Sjöholm", "birgitta.sjoholm@example.org", "iso-8859-1"),
  subject="Begäran om registerutdrag enligt artikel 15 GDPR", date_=date("2026-05-20 10:02", "+0300"),
  body=text("Hej,\n\nMed stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 begär jag härmed ett "
            "registerutdrag över samtliga personuppgifter som Plaza Oy behandlar om mig, jämte uppgift om "
            "ändamålen med behandlingen, mottagarna och lagringstiden.\n\nJag ber er skicka utdraget till "
            "denna e-postadress.\n\nMed vänliga hälsningar\nBirgitta Sjöholm\nEkenäs\n",
            charset="iso-8859-1", cte="quoted-printable"),
  requests=["access"], language="sv",
  key="begär jag härmed ett registerutdrag över samtliga personuppgifter")

M(DR, "sv_radera_art17", frm=addr("Göran Lindholm", "goran.lindholm@example.net"),
  subject="Radering av personuppgifter", date_=date("2026-06-15 13:13", "+0300"),
  body=text("Till Plaza Oy\n\nJag begär härmed att ni utan onödigt dröjsmål raderar alla personuppgifter "
            "som rör mig, i enlighet med artikel 17 i dataskyddsförordningen. Vänligen bekräfta skriftligen "
            "när raderingen är genomförd.\n\nMed vänlig hälsning\nGöran Lindholm\n", cte="quoted-printable"),
  requests=["erasure"], language="sv",
  key="Jag begär härmed att ni ... raderar alla personuppgifter som rör mig, i enlighet med artikel 17")

M(DR, "sv_ta_bort_mig_kort", frm=addr("Kalle Nyström", "kalle.nystrom@example.com"),
  subject="register", date_=date("2026-08-09 21:37", "+0300"), mid_style="apple",
  body=text("Hej! Kan ni ta bort mig ur ert kundregister? Tack /Kalle\n\nSkickat från min iPhone\n"),
  requests=["erasure"], language="sv",
  key="Kan ni ta bort mig ur ert kundregister?")

_sv_rect = ("Hej,\n\nJag har bytt roll inom företaget och mina uppgifter hos er stämmer inte längre. "
            "Vänligen rätta följande i ert kundregister:\n\nTitel: Inköpschef (tidigare Projektingenjör)\n"
            "Avdelning: Inköp\nTelefon: +358 40 000 7781\n\nTack på förhand!\n\n"
            "Med vänlig hälsning\nAnnika Holmström\nExempel Energi Ab\n\n"
            "Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för "
            "adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera "
            "meddelandet.\n")
M(DR, "sv_ratta_kontaktuppgifter_disclaimer", frm=addr("Holmström Annika", "annika.holmstrom@exempelenergi.example.com"),
  subject="Ändrade kontaktuppgifter", date_=date("2026-09-01 08:40", "+0300"), mid_style="outlook",
  body=multi("alternative", [
      text(_sv_rect, charset="windows-1252", cte="quoted-printable"),
      text(outlook_html(_sv_rect), "html", cte="quoted-printable"),
  ], "_000_DB8PR09MB3344_"),
  requests=["rectification"], language="sv",
  key="Vänligen rätta följande i ert kundregister: Titel ... (disclaimer says 'radera meddelandet')")

M(DR, "sv_avsluta_nyhetsbrev", frm=addr("Maria Wikström", "maria.wikstrom@example.org"),
  subject="Nyhetsbrev", date_=date("2026-03-25 12:12", "+0200"),
  body=text("Hej,\nvänligen avsluta min prenumeration på ert nyhetsbrev.\nTack,\nMaria Wikström\n", cte="base64"),
  requests=["unsubscribe"], language="sv",
  key="vänligen avsluta min prenumeration på ert nyhetsbrev")

M(DR, "sv_prenumerera", frm=addr("Johan Forsström", "johan.forsstrom@exempelkraft.example.net"),
  subject="Prenumeration", date_=date("2026-10-13 15:15", "+0300"),
  body=text("Hej!\n\nJag såg på er webbplats att ni skickar ut ett nyhetsbrev några gånger per år. Jag vill "
            "gärna prenumerera på det – främst intresserad av nyheter om reservdelar för äldre ställverk.\n\n"
            "Hälsningar\nJohan Forsström\nDriftingenjör, Exempel Kraft Ab\n"),
  requests=["subscribe"], language="sv",
  key="Jag vill gärna prenumerera på det [nyhetsbrevet]")

M(DR, "sv_invandning_direktmarknadsforing", frm=addr("Lena Backman", "lena.backman@example.com"),
  subject="Invändning", date_=date("2026-07-22 09:09", "+0300"),
  body=text("Hej,\n\nJag invänder härmed enligt artikel 21.2 i dataskyddsförordningen mot att mina "
            "personuppgifter behandlas för direktmarknadsföring. Jag begär inte att uppgifterna raderas, "
            "eftersom vi har pågående leveranser, men jag vill inte längre kontaktas i "
            "marknadsföringssyfte.\n\nMed vänlig hälsning\nLena Backman\n",
            charset="iso-8859-1", cte="quoted-printable"),
  requests=["objection"], language="sv",
  key="Jag invänder härmed enligt artikel 21.2 ... Jag begär inte att uppgifterna raderas")

M(DR, "sv_personalregister_loneuppgifter", frm=addr("Sofia Grönqvist", "sofia.gronqvist@example.net"),
  subject="Mina uppgifter som före detta anställd", date_=date("2026-02-24 18:30"), mid_style="gmail",
  body=text("Hej,\n\nJag arbetade som försäljningsassistent hos er 2020–2022. Jag skulle vilja få ut de "
            "uppgifter ni har om mig i personalregistret, särskilt löneuppgifterna för 2022 som jag behöver "
            "för min deklaration.\n\nVänliga hälsningar\nSofia Grönqvist\n", cte="quoted-printable"),
  requests=["personnel"], language="sv",
  key="Jag arbetade ... hos er 2020–2022 ... uppgifter ni har om mig i personalregistret, särskilt löneuppgifterna")

M(DR, "sv_utdrag_sedan_radera", frm=addr("Patrik Ekström", "patrik.ekstrom@example.org"),
  subject="Mina uppgifter", date_=date("2026-05-05 11:47", "+0300"),
  body=text("Hej,\n\nJag vill först få veta vilka uppgifter ni har sparat om mig (ett registerutdrag räcker) "
            "och därefter att ni raderar dem helt.\n\nMvh\nPatrik Ekström\n"),
  requests=["access", "erasure"], language="sv",
  key="Jag vill först få veta vilka uppgifter ni har sparat om mig ... och därefter att ni raderar dem helt.")

M(DR, "sv_sluta_nyhetsbrev_och_radera", frm=addr("Henrik Lund", "henrik.lund@example.com"),
  subject="Sluta", date_=date("2026-12-01 07:03"),
  body=text("Sluta skicka ert nyhetsbrev till mig. Radera också alla mina uppgifter ur ert register.\n\n/ Henrik Lund\n",
            charset="iso-8859-1", cte="8bit"),
  requests=["unsubscribe", "erasure"], language="sv",
  key="Sluta skicka ert nyhetsbrev till mig. Radera också alla mina uppgifter ur ert register.")

M(DR, "sv_vilka_uppgifter_outlook_trad", frm=addr("Eva Strandberg", "eva.strandberg@example.org"),
  subject="SV: Reservdelar till fack 3", date_=date("2026-11-05 10:26"), mid_style="outlook",
  extra=("In-Reply-To: <res.fack3.55@plaza.example.com>", "Content-Language: sv-SE"),
  body=text(
      "Hej igen,\n\nTack för svaret, vi återkommer om beställningen efter nyår.\n\nEn annan sak: vilka "
      "personuppgifter om mig har ni sparat i ert kundregister? Jag vill gärna få en kopia av dem.\n\n"
      "Mvh\nEva Strandberg\n\n"
      + outlook_block("sv", "Tomas Berg <tomas.berg@plaza.example.com>", "den 4 november 2026 13:22",
                      "Eva Strandberg <eva.strandberg@example.org>", "SV: Reservdelar till fack 3")
      + "\nHej Eva,\n\nVi har reservdelarna i lager, leveranstid ca 2 veckor. Vill ni att vi uppdaterar "
      "offerten med frakt?\n\nMed vänlig hälsning\nTomas Berg\nPlaza Oy\n",
      charset="windows-1252", cte="quoted-printable"),
  requests=["access"], language="sv",
  key="vilka personuppgifter om mig har ni sparat i ert kundregister? Jag vill gärna få en kopia av dem.")

M(DR, "sv_ratta_efternamn_html", frm=addr("Ulrika Söderberg", "ulrika.soderberg@example.net"),
  subject="Felstavat namn", date_=date("2026-01-14 14:14"),
  body=text(
      "<html><body><p>Hej,</p><p>Mitt efternamn &auml;r felstavat i era utskick: det ska vara "
      "<b>S&ouml;derberg</b>, inte Soderberg. Kan ni r&auml;tta det i ert register?</p>"
      "<p>V&auml;nliga h&auml;lsningar<br>Ulrika S&ouml;derberg</p></body></html>\n",
      "html", charset="us-ascii", cte="7bit"),
  requests=["rectification"], language="sv",
  key="Mitt efternamn är felstavat ... det ska vara Söderberg ... Kan ni rätta det i ert register? (HTML only, entities)")

# ---- English ---------------------------------------------------------------
_en_art15 = (
    "Dear Sir or Madam,\n\nPursuant to Article 15 of the General Data Protection Regulation (EU) 2016/679, "
    "I hereby request confirmation as to whether you process personal data concerning me and, if so, "
    "a copy of that data together with the information listed in Article 15(1)(a)-(h).\n\n"
    "Please respond within one month as required by Article 12(3).\n\nYours faithfully,\n\n"
    "Dr. Helen Marsh\nHead of Asset Management\nExample Transmission Ltd\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you are not the intended recipient, please notify the sender immediately and delete "
    "this e-mail. To unsubscribe from Example Transmission marketing communications, visit our website.\n")
M(DR, "en_gdpr_art15_formal_disclaimer", frm=addr("Helen Marsh", "h.marsh@transmission.example.com"),
  subject="Subject Access Request - Article 15 GDPR", date_=date("2026-06-29 11:00", "+0100"), mid_style="outlook",
  body=multi("alternative", [
      text(_en_art15, charset="us-ascii", cte="7bit"),
      text(outlook_html(_en_art15), "html", cte="quoted-printable"),
  ], "_000_LO2P265MB0011_"),
  requests=["access"], language="en",
  key="Pursuant to Article 15 ... I hereby request ... a copy of that data (disclaimer: 'delete this e-mail', 'To unsubscribe')")

M(DR, "en_nonnative_what_informations", frm=addr("Andrzej Kowalczyk", "andrzej.k@example.org"),
  subject="my informations", date_=date("2026-04-16 23:10", "+0200"),
  body=text("Hello,\n\ni want to know what informations you are keeping about me in your system. Please send "
            "me all of it.\n\nBest regard\nAndrzej\n", charset="us-ascii", cte="7bit"),
  requests=["access"], language="en",
  key="i want to know what informations you are keeping about me in your system. Please send me all of it.")

M(DR, "en_pls_delet_typos", frm=addr(None, "kev.b77@example.net"),
  subject="delet my data", date_=date("2026-08-30 02:14", "+0100"), mid_style="gmail",
  body=text("pls delet my data from ur system thx\n\nsent from my phone\n", charset="us-ascii", cte="7bit"),
  requests=["erasure"], language="en",
  key="pls delet my data from ur system thx")

M(DR, "en_right_to_be_forgotten", frm=addr("Grace O'Neill", "grace.oneill@example.com"),
  subject="Right to erasure", date_=date("2026-09-18 16:20", "+0100"),
  body=text("Hello,\n\nI am exercising my right to erasure (the \u201cright to be forgotten\u201d) under "
            "Article 17 GDPR. Please erase all personal data relating to me from your systems, including "
            "your CRM and any mailing lists, and confirm once this has been done.\n\nRegards,\nGrace O\u2019Neill\n",
            cte="quoted-printable"),
  requests=["erasure"], language="en",
  key="I am exercising my right to erasure ... Please erase all personal data relating to me")

M(DR, "en_correct_company_and_title", frm=addr("Tom Whitfield", "tom.whitfield@renewables.example.net"),
  subject="Outdated details in your records", date_=date("2026-03-09 09:45", "+0200"),
  body=text("Hi,\n\nMy company was acquired and renamed last year, but your mails still address me at "
            "Example Wind Oy. Could you correct my details: company is now Example Renewables Ltd and my "
            "title is Senior Protection Engineer.\n\nThanks,\nTom\n", charset="us-ascii", cte="7bit"),
  requests=["rectification"], language="en",
  key="Could you correct my details: company is now Example Renewables Ltd and my title is Senior Protection Engineer.")

M(DR, "en_STOP_NEWSLETTER_allcaps", frm=addr("BRIAN HOLLOWAY", "bholloway@example.org"),
  subject="STOP", date_=date("2026-10-26 06:06", "+0000"),
  body=text("STOP SENDING ME YOUR NEWSLETTER!!! I HAVE ASKED TWICE ALREADY.\n", charset="us-ascii", cte="7bit"),
  requests=["unsubscribe"], language="en",
  key="STOP SENDING ME YOUR NEWSLETTER!!!")

M(DR, "en_unsubscribe_empty_body", frm=addr("Nora Lindgren", "nora.lindgren@example.com"),
  subject="Unsubscribe", date_=date("2026-11-02 12:30"), mid_style="outlook",
  body=text("\n", charset="us-ascii", cte="7bit"),
  requests=["unsubscribe"], language="en",
  key="Subject 'Unsubscribe', empty body")

M(DR, "en_gmail_list_unsubscribe_mailto", frm=addr("Mats Holm", "mats.holm@example.net"),
  subject="Unsubscribe", date_=date("2026-10-22 18:01"), mid_style="gmail",
  body=text("This message was automatically generated by Gmail.\n", charset="UTF-8", cte="7bit"),
  requests=["unsubscribe"], language="en",
  key="Gmail's List-Unsubscribe mailto mail: Subject 'Unsubscribe', body 'This message was automatically generated by Gmail.' (no Auto-Submitted header)")

M(DR, "en_subscribe_please_add", frm=addr("Daniel Okafor", "daniel.okafor@example.org"),
  subject="Newsletter", date_=date("2026-09-25 10:10", "+0300"),
  body=text("Hi,\n\nwe met at your booth at the grid expo in Tampere. Please add me to your newsletter mailing "
            "list, I'd like to follow your retrofit news.\n\nThanks,\nDaniel Okafor\n", charset="us-ascii", cte="7bit"),
  requests=["subscribe"], language="en",
  key="Please add me to your newsletter mailing list")

M(DR, "en_object_marketing_keep_data", frm=addr("Priya Raman", "priya.raman@example.com"),
  subject="Marketing contacts", date_=date("2026-05-28 14:02", "+0100"),
  body=text("Hello,\n\nI object to the processing of my personal data for marketing purposes. Please do not "
            "call me or send me sales offers any more. I'm not asking you to delete anything \u2013 our company "
            "still buys spare parts from you and my colleague handles the orders.\n\nKind regards,\nPriya Raman\n",
            cte="quoted-printable"),
  requests=["objection"], language="en",
  key="I object to the processing of my personal data for marketing purposes ... I'm not asking you to delete anything")

M(DR, "en_restrict_processing", frm=addr("Lukas Brenner", "lukas.brenner@example.net"),
  subject="Restriction of processing", date_=date("2026-07-13 08:31", "+0200"),
  body=text("Good morning,\n\nplease restrict the processing of my personal data to what is strictly needed for "
            "our open orders (Art. 18 GDPR). Do not use my details for marketing, events or customer surveys. "
            "There is no need to erase the data.\n\nBest regards\nLukas Brenner\n", charset="us-ascii", cte="7bit"),
  requests=["objection"], language="en",
  key="please restrict the processing of my personal data to what is strictly needed ... no need to erase")

M(DR, "en_summer_trainee_payroll", frm=addr("Oliver Grant", "oliver.grant@example.org"),
  subject="HR data request from former trainee", date_=date("2026-03-02 17:25"), mid_style="gmail",
  body=text("Hi,\n\nI worked at Plaza as a summer trainee in 2021. Could I get a copy of my payroll and HR "
            "records (salary slips, employment dates)? My new employer's pension insurer is asking for them.\n\n"
            "Thank you,\nOliver Grant\n", charset="us-ascii", cte="7bit"),
  requests=["personnel"], language="en",
  key="I worked at Plaza as a summer trainee in 2021. Could I get a copy of my payroll and HR records")

M(DR, "en_fix_surname_then_unsubscribe", frm=addr("Claire Dubois-Martin", "claire.dubois@example.com"),
  subject="Two things", date_=date("2026-06-11 12:44", "+0200"),
  body=text("Hello,\n\ntwo small things: first, my surname is misspelled in your system \u2013 it is "
            "\u201cDubois-Martin\u201d, not \u201cDubois Martin\u201d; please correct it. Second, please "
            "take me off the newsletter, I get enough mail as it is.\n\nThanks!\nClaire\n", cte="8bit"),
  requests=["rectification", "unsubscribe"], language="en",
  key="my surname is misspelled in your system ... please correct it. Second, please take me off the newsletter")

M(DR, "en_long_rambling_access", frm=addr("Rafael Mendes", "rafael.mendes@example.org"),
  subject="question about your emails", date_=date("2026-08-04 10:55", "+0300"),
  body=text(
      "Good day,\n\nI hope this email finds you well. My name is Rafael, I am working as electrical engineer "
      "in a consulting company in Vantaa since two years, before that I was in Portugal. Some time ago I "
      "started to receive emails from your company about switchgears and I was a bit surprised because I "
      "don't remember to give my address to you, maybe a colleague of me gave it on a fair or something.\n\n"
      "I am not angry, the products look interesting actually and we might need some spare parts next year "
      "for a customer project. But I would like to understand better: please can you send me what personal "
      "data you have stored about me and from where you got it?\n\nAfter that I can decide if I want to stay "
      "in your list or not. Also if you have english brochures of the secondary substations it would be nice.\n\n"
      "Thank you very much and have a nice day!\n\nBest regards,\nRafael Mendes\n",
      charset="us-ascii", cte="7bit"),
  requests=["access"], language="en",
  key="(middle of a long mail) please can you send me what personal data you have stored about me and from where you got it?")

M(DR, "en_html_erasure_reply_to_newsletter", frm=addr("Sarah Whitmore", "sarah.whitmore@example.net"),
  subject="Re: Plaza newsletter 3/2026", date_=date("2026-10-20 19:19", "+0100"), mid_style="apple",
  extra=("In-Reply-To: <news-2026-3.b02@plaza.example.com>",),
  body=text(
      '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
      '<body dir="auto"><div>Please delete all my personal data from your systems. I left the industry.</div>'
      "<div><br></div><div>Sarah</div><div><br><blockquote type=\"cite\">On 20 Oct 2026, at 09:00, Plaza Oy "
      "&lt;info@plaza.example.com&gt; wrote:<br><br></blockquote></div>"
      '<blockquote type="cite"><div><h2>Plaza newsletter 3/2026</h2><p>New SF6-free PLZ-24 switchgear now '
      "available. Ask for the data sheet.</p><p style=\"font-size:10px\">You receive this newsletter because "
      "you are a customer of Plaza Oy. <a href=\"mailto:info@plaza.example.com?subject=unsubscribe\">"
      "Unsubscribe</a></p></div></blockquote></body></html>\n",
      "html", cte="quoted-printable"),
  requests=["erasure"], language="en",
  key="Please delete all my personal data from your systems. (HTML only; quoted newsletter has an Unsubscribe link)")

M(DR, "en_base64_do_you_hold", frm=addr("Ahmed Karimi", "ahmed.karimi@example.com"),
  subject="Personal data", date_=date("2026-12-07 09:00"),
  body=text("Hello,\n\nDo you hold any personal data about me? If so, what exactly, and where did you get it?\n\n"
            "Regards,\nAhmed Karimi\n", cte="base64"),
  requests=["access"], language="en",
  key="Do you hold any personal data about me? If so, what exactly, and where did you get it?")


# ================================ other =====================================
OT = "other"

M(OT, "en_remove_old_switchgear_from_quote", frm=addr("Markus Lehtinen", "markus.lehtinen@epc.example.com"),
  subject="RE: Quotation Q-2026-0412", date_=date("2026-04-14 10:31", "+0300"), mid_style="outlook",
  body=text(
      "Hi Jukka,\n\nplease remove the old switchgear (items 3 and 4, the two 1998 panels) from the quote \u2013 "
      "we will dismantle those ourselves. Please also update the total and send the revised quotation.\n\n"
      "Br,\nMarkus\n\n"
      + outlook_block("en", "Jukka Virta <jukka.virta@plaza.example.com>", "Monday, April 13, 2026 4:12 PM",
                      "Markus Lehtinen <markus.lehtinen@epc.example.com>", "Quotation Q-2026-0412")
      + "\nHi Markus,\n\nplease find our quotation attached, including removal and disposal of the existing "
      "switchgear.\n\nBest regards,\nJukka Virta\nPlaza Oy\n", charset="windows-1252", cte="quoted-printable"),
  language="en",
  key="please remove the old switchgear (items 3 and 4 ...) from the quote ... update the total")

M(OT, "fi_paivittakaa_hinnasto", frm=addr("Arja Mäkinen", "arja.makinen@sahkotukku.example.com"),
  subject="Hinnasto", date_=date("2026-01-08 08:15"),
  body=text("Hei,\n\nvoisitteko päivittää meille hinnaston? Meillä on vielä vuoden 2024 hinnasto käytössä ja "
            "asiakas kysyy ajantasaisia hintoja varaosille.\n\nTerveisin\nArja Mäkinen\nSähkötukku Esimerkki\n",
            charset="iso-8859-1", cte="quoted-printable"),
  language="fi",
  key="voisitteko päivittää meille hinnaston?")

M(OT, "en_copy_of_invoice", frm=addr("Accounts Payable", "ap@example-utility.example.org"),
  subject="invoice copy", date_=date("2026-02-19 13:07"),
  body=text("hello,\n\ncan you send me a copy of the invoice 2026-1143? our accounting cant find the original.\n\n"
            "thanks\nJulia / Accounts payable\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="can you send me a copy of the invoice 2026-1143?")

M(OT, "fi_vl_toisen_uutiskirje_footer", frm=addr("Risto Pelkonen", "risto.pelkonen@example.net"),
  subject="VL: Uutuus: etäohjattava kuormanerotin", date_=date("2026-05-06 09:40", "+0300"), mid_style="gmail",
  body=text(
      "Moi,\n\nonko teillä vastaavaa etäohjattavaa erotinta? Löysin tämmöisen toisen toimittajan "
      "uutiskirjeestä, mutta ostaisimme mieluummin teiltä kun muutkin kentät on teidän.\n\nRisto\n\n"
      "---------- Välitetty viesti ---------\n"
      "Lähettäjä: Esimerkki Komponentit <uutiset@komponentit.example.com>\n"
      "Date: ti 5.5.2026 klo 8.00\nSubject: Uutuus: etäohjattava kuormanerotin\nTo: <risto.pelkonen@example.net>\n\n"
      "ESIMERKKI KOMPONENTIT – UUTISKIRJE TOUKOKUU\n\nUutuus: etäohjattava kuormanerotin 24 kV verkkoihin. "
      "Moottoriohjain ja asennonosoitus vakiona.\n\nPyydä tarjous: myynti@komponentit.example.com\n\n"
      "Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peru tilaus | Unsubscribe | Päivitä tietosi\n",
      cte="quoted-printable"),
  language="fi",
  key="onko teillä vastaavaa etäohjattavaa erotinta? (forwarded 3rd-party newsletter footer: 'Peru tilaus | Unsubscribe | Päivitä tietosi')")

M(OT, "en_what_data_sheets", frm=addr("Kim Taylor", "kim.taylor@example.com"),
  subject="data sheets", date_=date("2026-03-31 15:55", "+0100"),
  body=text("Hi, what data sheets do you have for the 24 kV ring main units? We need the technical data "
            "for a tender by Friday.\n\nKim\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="what data sheets do you have for the 24 kV ring main units?")

M(OT, "en_supplier_gdpr_questionnaire", frm=addr("Supplier Compliance", "supplier.compliance@bigutility.example.com"),
  subject="Annual supplier assessment: data protection questionnaire (response due 15 Dec)",
  date_=date("2026-11-16 09:00", "+0100"), mid_style="outlook",
  body=multi("mixed", [
      text("Dear Supplier,\n\nAs part of our annual supplier assessment, we ask all suppliers who may process "
           "personal data on behalf of Example Big Utility (GDPR Art. 28) to complete the attached data "
           "protection questionnaire. The questionnaire covers your processing of personal data, data "
           "subject requests (access, rectification, erasure), retention and deletion routines, "
           "sub-processors and security measures.\n\nPlease return the completed questionnaire by 15 December "
           "2026. This does not concern any individual's personal data; it is a standard assessment of your "
           "organisation.\n\nKind regards,\nSupplier Compliance Team\nExample Big Utility plc\n",
           charset="us-ascii", cte="7bit"),
      attachment("Supplier_DP_Questionnaire_2026.xlsx",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FAKE_XLSX),
  ], "----=_Part_88123_1141"),
  language="en",
  key="we ask all suppliers who may process personal data ... to complete the attached data protection questionnaire")

M(OT, "sv_radera_bestallning", frm=addr("Stefan Åberg", "stefan.aberg@example.org"),
  subject="Dubbel beställning", date_=date("2026-06-03 10:20", "+0300"),
  body=text("Hej,\n\nvänligen radera vår beställning nr 4471 – den skickades två gånger av misstag. "
            "Beställning 4472 gäller.\n\nMvh\nStefan Åberg\nInköp, Exempel Nät Ab\n", cte="quoted-printable"),
  language="sv",
  key="vänligen radera vår beställning nr 4471 – den skickades två gånger av misstag")

M(OT, "fi_toimitusosoite_tilaukseen", frm=addr("Ville Heinonen", "ville.heinonen@rakennus.example.com"),
  subject="Tilaus 5512 / toimitusosoitteen muutos", date_=date("2026-08-18 07:12", "+0300"),
  body=text("Hei,\n\ntilauksen 5512 toimitusosoite muuttuu: toimittakaa kojeisto suoraan työmaalle, "
            "Esimerkkitie 12, 00990 Helsinki. Työmaan vastaava on tavoitettavissa numerosta +358 40 000 1188 "
            "klo 7–15.\n\nTerveisin\nVille Heinonen\nTyönjohtaja, Esimerkki Rakennus Oy\n"),
  language="fi",
  key="tilauksen 5512 toimitusosoite muuttuu: toimittakaa kojeisto suoraan työmaalle")

M(OT, "en_cannot_access_webshop", frm=addr("Peter Novak", "peter.novak@example.net"),
  subject="Can't access my account", date_=date("2026-07-01 11:41", "+0200"),
  body=text("Hello,\n\nI can't access my account in your spare parts web shop \u2013 the password reset link "
            "says it has expired. Could you reset it for me? I need to order fuses today.\n\nRegards,\nPeter\n",
            cte="quoted-printable"),
  language="en",
  key="I can't access my account in your spare parts web shop ... Could you reset it for me?")

M(OT, "fi_tyohakemus_cv", frm=addr("Emma Lehtonen", "emma.lehtonen@example.com"),
  subject="Avoin hakemus: kesätyö asennustehtäviin", date_=date("2026-02-11 21:30"), mid_style="gmail",
  body=multi("mixed", [
      text("Hei,\n\nhaen teiltä kesätyöpaikkaa asennus- tai varastotehtävistä. Opiskelen sähkötekniikkaa "
           "ammattikorkeakoulussa kolmatta vuotta. CV liitteenä.\n\nAnnan suostumukseni henkilötietojeni "
           "käsittelyyn rekrytointia varten, ja tietoni saa säilyttää seuraavaan hakukierrokseen asti.\n\n"
           "Ystävällisin terveisin\nEmma Lehtonen\n+358 50 000 2231\n", cte="quoted-printable"),
      attachment("CV_Emma_Lehtonen.pdf", "application/pdf", FAKE_PDF),
  ], "000000000000f00dfeed1234"),
  language="fi",
  key="haen teiltä kesätyöpaikkaa ... Annan suostumukseni henkilötietojeni käsittelyyn rekrytointia varten")

M(OT, "en_correct_vat_on_invoice", frm=addr("Linda Berg", "linda.berg@example.com"),
  subject="Invoice 88123 - wrong VAT number", date_=date("2026-09-08 14:25", "+0300"),
  body=text("Hi,\n\nplease correct the VAT number on invoice 88123 \u2013 it should be FI00001234, not "
            "FI00004321. We can't approve the invoice otherwise. Please send a corrected invoice.\n\n"
            "Br,\nLinda Berg\nFinance, Example Networks Oy\n", cte="quoted-printable"),
  language="en",
  key="please correct the VAT number on invoice 88123")

M(OT, "sv_tack_for_nyhetsbrevet", frm=addr("Mikael Sundqvist", "mikael.sundqvist@example.net"),
  subject="Nyhetsbrevet", date_=date("2026-10-22 13:00", "+0300"),
  body=text("Hej,\n\ntack för det senaste nyhetsbrevet! Artikeln om reläskydd var intressant. Har ni mer "
            "material om selektivitetsinställningar, t.ex. en teknisk guide?\n\nMvh Mikael\n"),
  language="sv",
  key="tack för det senaste nyhetsbrevet! ... Har ni mer material om selektivitetsinställningar")

M(OT, "fi_uutiskirjeen_esite", frm=addr("Tapio Salonen", "tapio.salonen@example.org"),
  subject="Esite", date_=date("2026-10-23 08:48", "+0300"),
  body=text("Hei,\n\nuutiskirjeessänne mainittiin uusi SF6-vapaa kojeisto. Voisitteko lähettää siitä esitteen "
            "ja mittapiirustukset? Suunnittelemme uutta sähköasemaa vuodelle 2028.\n\nt. Tapio Salonen\n",
            cte="base64"),
  language="fi",
  key="uutiskirjeessänne mainittiin uusi SF6-vapaa kojeisto. Voisitteko lähettää siitä esitteen")

M(OT, "en_colleague_left_send_quotes_to_me", frm=addr("Anna Virtanen", "anna.virtanen@example-grid.example.com"),
  subject="New contact person for purchasing", date_=date("2026-01-19 09:33"),
  body=text("Hello,\n\nour purchaser Mikko has moved to another position within the group. From now on, "
            "please address your quotations and order confirmations for Example Grid to me.\n\n"
            "Best regards,\nAnna Virtanen\nPurchasing Manager, Example Grid Oy\n+358 40 000 6610\n",
            charset="us-ascii", cte="7bit"),
  language="en",
  key="please address your quotations and order confirmations for Example Grid to me (business routing, not the writer's own data)")

M(OT, "en_delete_wrong_attachment", frm=addr("Jonas Weber", "jonas.weber@example.org"),
  subject="Wrong attachment in my previous mail", date_=date("2026-05-19 16:08", "+0200"),
  body=multi("mixed", [
      text("Hello,\n\nsorry, I attached the wrong file to my previous email \u2013 it contained another "
           "customer's single-line diagram. Please delete that email and its attachment. The correct "
           "drawing is attached here.\n\nThanks and sorry for the trouble,\nJonas Weber\n", cte="quoted-printable"),
      attachment("SLD_substation_B_rev3.pdf", "application/pdf", FAKE_PDF),
  ], "=_jw_20260519_b7"),
  language="en",
  key="Please delete that email and its attachment. The correct drawing is attached here.")

M(OT, "fi_opinnaytetyo_haastattelu", frm=addr("Aleksi Jokinen", "aleksi.jokinen@student.example.org"),
  subject="Haastattelupyyntö opinnäytetyöhön", date_=date("2026-03-24 12:00"),
  body=text("Hei,\n\nteen tradenomiopintojen opinnäytetyötä tietosuoja-asetuksen vaikutuksista pieniin "
            "teollisuusyrityksiin. Voisinko haastatella jotakuta teiltä noin puolen tunnin ajan siitä, miten "
            "käsittelette rekisteröityjen pyyntöjä, esimerkiksi tietojen poisto- ja tarkastuspyyntöjä? "
            "Haastattelu on anonyymi.\n\nYstävällisin terveisin\nAleksi Jokinen\n", cte="quoted-printable"),
  language="fi",
  key="Voisinko haastatella ... miten käsittelette rekisteröityjen pyyntöjä, esimerkiksi tietojen poisto- ja tarkastuspyyntöjä?")

M(OT, "sv_avboka_mote", frm=addr("Camilla Nordström", "camilla.nordstrom@example.com"),
  subject="Avbokning av möte torsdag", date_=date("2026-09-15 17:45", "+0300"), mid_style="outlook",
  body=text("Hej Tomas,\n\njag måste tyvärr avboka vårt möte på torsdag på grund av sjukdom. Kan vi flytta det "
            "till nästa vecka, till exempel tisdag eftermiddag?\n\nMed vänliga hälsningar\nCamilla Nordström\n",
            charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="jag måste tyvärr avboka vårt möte på torsdag")

M(OT, "en_quote_request_signature_unsubscribe", frm=addr("Greg Holt", "greg.holt@cables.example.com"),
  subject="RFQ: 12 kV outdoor disconnectors", date_=date("2026-07-28 10:00", "+0100"),
  body=text("Hello,\n\nplease quote 6 pcs 12 kV outdoor disconnectors with motor operators, delivery to "
            "Turku, DAP. Required delivery week 10/2027.\n\nRegards,\nGreg\n\n-- \nGreg Holt | Procurement | "
            "Example Cables Ltd\nIf you no longer wish to receive marketing e-mails from Example Cables, reply "
            "with UNSUBSCRIBE in the subject line.\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="please quote 6 pcs 12 kV outdoor disconnectors (signature: 'reply with UNSUBSCRIBE in the subject line')")

M(OT, "fi_varaosa_disclaimer", frm=addr("Juha Ahonen", "juha.ahonen@energia.example.net"),
  subject="Varaosat PLZ-12", date_=date("2026-10-08 11:02", "+0300"), mid_style="outlook",
  body=text("Hei,\n\nonko teillä vielä varaosia 1990-luvun PLZ-12 kentille? Tarvitsisimme kaksi "
            "laukaisukelaa ja yhden apukosketinlohkon.\n\nTerveisin\nJuha Ahonen\nKunnossapito, "
            "Esimerkki Energia Oy\n\n"
            "Tämä viesti ja sen liitteet on tarkoitettu vain vastaanottajalle. Jos olet saanut viestin "
            "vahingossa, ilmoita lähettäjälle ja poista viesti sekä sen kopiot.\n"
            "This message and its attachments are intended only for the addressee. If you received it in "
            "error, please notify the sender and delete the message and any copies.\n",
            charset="windows-1252", cte="quoted-printable"),
  language="fi",
  key="onko teillä vielä varaosia 1990-luvun PLZ-12 kentille? (bilingual disclaimer: 'poista viesti', 'delete the message')")

M(OT, "en_recruiter_cold_pitch", frm=addr("Jessica Moore", "jessica.moore@talentbridge.example.com"),
  subject="Hiring electrical engineers in 2027?", date_=date("2026-11-24 08:30", "+0000"),
  body=text("Hi there,\n\nI noticed Plaza is growing in the Nordic switchgear market. We help engineering "
            "companies hire experienced commissioning engineers within three weeks. Would you be open to a "
            "15-minute call next week?\n\nIf this isn't relevant, just reply \"no thanks\" and I'll remove "
            "you from my list.\n\nBest,\nJessica Moore\nTalentBridge Recruitment\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="Would you be open to a 15-minute call ... reply \"no thanks\" and I'll remove you from my list")

M(OT, "en_damaged_delivery_photos", frm=addr("Mark Ellis", "mark.ellis@example.org"),
  subject="Damaged delivery - order 7781", date_=date("2026-04-02 15:15", "+0300"), mid_style="gmail",
  body=multi("mixed", [
      multi("alternative", [
          text("Hi,\n\nthe circuit breaker from order 7781 arrived with a cracked housing. Photos attached. "
               "How do we proceed with the claim?\n\nMark\n", charset="us-ascii", cte="7bit"),
          text('<div dir="ltr">Hi,<div><br></div><div>the circuit breaker from order 7781 arrived with a cracked '
               "housing. Photos attached. How do we proceed with the claim?</div><div><br></div><div>Mark</div></div>\n",
               "html", charset="us-ascii", cte="7bit"),
      ], "000000000000aaaabbbbcccc", preamble=""),
      attachment("IMG_2041.jpg", "image/jpeg", FAKE_JPG),
  ], "000000000000aaaabbbbcccd", preamble=""),
  language="en",
  key="the circuit breaker from order 7781 arrived with a cracked housing. Photos attached.")

M(OT, "sv_uppdaterad_prislista_outlook", frm=addr("Niklas Håkansson", "niklas.hakansson@example.net"),
  subject="SV: Prislista 2026", date_=date("2026-12-03 09:12"), mid_style="outlook",
  body=text("Hej,\n\nkan ni skicka den uppdaterade prislistan för 2027 när den är klar? Vi gör budgeten "
            "för nästa år just nu.\n\nMvh Niklas\n\n"
            + outlook_block("sv", "Plaza Oy <info@plaza.example.com>", "den 12 januari 2026 10:00",
                            "Niklas Håkansson <niklas.hakansson@example.net>", "Prislista 2026")
            + "\nHej,\n\nhär kommer vår prislista för 2026. Hör av er om ni vill att vi uppdaterar era "
            "kontaktuppgifter eller avslutar utskicken.\n\nPlaza Oy\n",
            charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="kan ni skicka den uppdaterade prislistan för 2027 (quoted Plaza mail mentions 'uppdaterar era kontaktuppgifter eller avslutar utskicken')")

M(OT, "fi_entinen_tyontekija_tarjouspyynto", frm=addr("Mika Järvinen", "mika.jarvinen@esimerkkienergia.example.com"),
  subject="Tarjouspyyntö / vanha tuttu", date_=date("2026-06-22 10:05", "+0300"),
  body=text("Moi!\n\nOlin teillä aikoinaan töissä (2015–2018), nykyään olen Esimerkki Energian "
            "palveluksessa. Tarvitsisimme tarjouksen neljän kentän kojeistosta 20 kV sähköasemalle, "
            "toimitus syksyllä 2027. Saatteko tarjouksen tehtyä kuun loppuun mennessä?\n\nTerkkuja "
            "vanhoille työkavereille!\nMika\n", cte="quoted-printable"),
  language="fi",
  key="Olin teillä aikoinaan töissä ... Tarvitsisimme tarjouksen neljän kentän kojeistosta (ex-employee, but a quote request)")

M(OT, "en_remote_access_relay_data", frm=addr("Sven Olsen", "sven.olsen@example.com"),
  subject="Relay event log", date_=date("2026-02-27 13:50", "+0100"),
  body=text("Hi,\n\nhow can we access the measurement data and event log of the protection relay remotely? "
            "And can the event log be deleted after export, or does it overwrite itself when full?\n\n"
            "Thanks,\nSven\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="how can we access the measurement data ... can the event log be deleted after export")

M(OT, "fi_huoltosopimus_irtisanominen", frm=addr("Kari Heikkinen", "kari.heikkinen@example.org"),
  subject="Huoltosopimuksen irtisanominen", date_=date("2026-09-30 15:00", "+0300"),
  body=text("Hei,\n\nirtisanomme kojeistojen huoltosopimuksen (sopimus 2019-044) päättymään 31.12.2026. "
            "Kiitos yhteistyöstä tähän asti.\n\nYstävällisin terveisin\nKari Heikkinen\n"
            "Kiinteistöhuolto Esimerkki Oy\n", charset="iso-8859-1", cte="8bit"),
  language="fi",
  key="irtisanomme kojeistojen huoltosopimuksen ... päättymään 31.12.2026")

M(OT, "en_agency_newsletter_pitch", frm=addr("Tom Baker", "tom@growthmail.example.net"),
  subject="Quick question about Plaza's newsletter", date_=date("2026-08-12 09:01", "+0100"),
  body=text("Hi,\n\nI subscribed to your newsletter last week and noticed it isn't mobile-friendly. We build "
            "GDPR-compliant newsletter templates with double opt-in and one-click unsubscribe for industrial "
            "companies. Want me to send two examples?\n\nCheers,\nTom Baker\nGrowthMail\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="I subscribed to your newsletter last week ... We build GDPR-compliant newsletter templates ... Want me to send two examples?")

M(OT, "en_thanks_received_extract", frm=addr("Helen Marsh", "h.marsh@transmission.example.com"),
  subject="RE: Your data extract", date_=date("2026-07-06 08:20", "+0100"), mid_style="outlook",
  extra=("In-Reply-To: <extract.93@plaza.example.com>",),
  body=text("Thank you, I received the PDF with my data. Everything looks correct, no changes needed.\n\n"
            "Helen\n\n"
            + outlook_block("en", "Plaza Oy <info@plaza.example.com>", "Friday, July 3, 2026 2:00 PM",
                            "Helen Marsh <h.marsh@transmission.example.com>", "Your data extract")
            + "\nDear Helen Marsh,\n\nattached is the extract of the personal data we hold about you. If "
            "something is incorrect, reply and tell us what to correct; to have your data deleted, ask for "
            "deletion from this address.\n\nPlaza Oy\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="Thank you, I received the PDF with my data. Everything looks correct, no changes needed.")

M(OT, "sv_personuppgiftsbitradesavtal", frm=addr("Jenny Lindqvist", "jenny.lindqvist@natbolag.example.org"),
  subject="Personuppgiftsbiträdesavtal", date_=date("2026-04-21 10:40", "+0300"),
  body=text("Hej,\n\nhar ni ett personuppgiftsbiträdesavtal som vi kan underteckna? Vårt dataskyddsombud "
            "kräver det av leverantörer som har fjärråtkomst till vårt driftövervakningssystem i samband "
            "med service.\n\nVänliga hälsningar\nJenny Lindqvist\nExempel Nätbolag Ab\n", cte="quoted-printable"),
  language="sv",
  key="har ni ett personuppgiftsbiträdesavtal som vi kan underteckna?")

M(OT, "en_resend_order_confirmation_html", frm=addr("Paula Kerr", "paula.kerr@example.com"),
  subject="Re: Order confirmation 5590", date_=date("2026-05-25 11:18", "+0300"),
  body=text(
      "<html><body><div>Hi,</div><div>could you resend the order confirmation for 5590? I deleted it by "
      "accident and our system needs the PDF.</div><div>Thanks, Paula</div><br>"
      "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">From: Plaza Oy &lt;info@plaza.example.com&gt;"
      "<br>Order confirmation 5590 attached. Please check the delivery address and correct it if needed."
      "</blockquote></body></html>\n", "html", charset="us-ascii", cte="7bit"),
  language="en",
  key="could you resend the order confirmation for 5590? I deleted it by accident (HTML only)")

M(OT, "fi_kiitos_kaynnista", frm=addr("Leena Hakala", "leena.hakala@example.net"),
  subject="Kiitos käynnistä", date_=date("2026-11-19 16:30"),
  body=text("Hei Jukka,\n\nkiitos eilisestä käynnistä! Lähetän päivitetyt pääkaaviot ensi viikolla, ja "
            "korjaan samalla kenttien numeroinnin, joka oli väärin edellisessä versiossa.\n\nt. Leena\n"),
  language="fi",
  key="kiitos eilisestä käynnistä! Lähetän päivitetyt pääkaaviot ... ja korjaan samalla kenttien numeroinnin")


# ============================== automatic ===================================
AU = "automatic"

M(AU, "fi_lomavastaaja_auto_submitted", frm=addr("Tuomas Rautio", "tuomas.rautio@example.com"),
  subject="Automaattinen vastaus: Tarjouspyyntö", date_=date("2026-07-08 09:01", "+0300"),
  extra=("Auto-Submitted: auto-replied", "In-Reply-To: <req.1180@plaza.example.com>"),
  body=text("Olen lomalla 6.–24.7.2026 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä "
            "vaihteeseen p. +358 20 000 0000.\n\nTuomas Rautio\n", cte="quoted-printable"),
  language="fi",
  key="Auto-Submitted: auto-replied; 'Olen lomalla 6.–24.7.2026 enkä lue sähköpostia.'")

M(AU, "sv_franvaro_x_autoreply", frm=addr("Anders Wallin", "anders.wallin@example.org"),
  subject="Frånvaromeddelande: Re: Offert 2231", date_=date("2026-07-20 14:00", "+0300"),
  extra=("X-Autoreply: yes", "Precedence: auto_reply"),
  body=text("Hej,\n\njag är på semester till och med 9.8. Vid brådskande ärenden, kontakta min kollega "
            "Maria på +358 40 000 5512.\n\nAnders Wallin\n", charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="X-Autoreply: yes; 'jag är på semester till och med 9.8.'")

M(AU, "en_exchange_automatic_reply", frm=addr("Laura Finch", "laura.finch@example.com"),
  subject="Automatic reply: Your request", date_=date("2026-12-22 10:12", "+0000"), mid_style="outlook",
  extra=("X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: laura.finch@example.com",
         "Thread-Topic: Your request"),
  body=multi("alternative", [
      text("Thank you for your email. I am out of the office until 5 January with limited access to email. "
           "For urgent matters please contact support@example.com.\n", charset="us-ascii", cte="7bit"),
      text(outlook_html("Thank you for your email. I am out of the office until 5 January with limited access "
                        "to email. For urgent matters please contact support@example.com."),
           "html", charset="us-ascii", cte="7bit"),
  ], "_000_OOF_LF_2026"),
  language="en",
  key="Exchange OOF: 'Automatic reply:' subject, X-Auto-Response-Suppress, no Auto-Submitted")

M(AU, "fi_poissa_vain_otsikko", frm=addr("Jari Lampinen", "jari.lampinen@example.net"),
  subject="Poissa toimistolta: Re: Kojeiston huolto", date_=date("2026-12-23 08:00"),
  body=text("Olen poissa toimistolta 21.12.2026–6.1.2027. Viestejä ei välitetä eteenpäin. Kiireellisissä "
            "huoltoasioissa soita päivystysnumeroon +358 40 000 9911.\n"),
  language="fi",
  key="no auto headers; Subject 'Poissa toimistolta: Re: …', body 'Olen poissa toimistolta 21.12.2026–6.1.2027.'")

M(AU, "sv_foraldraledig_bara_brodtext", frm=addr("Emilia Strand", "emilia.strand@example.com"),
  subject="Re: Offert 2231", date_=date("2026-09-03 11:30", "+0300"),
  body=text("Tack för ditt mejl! Jag är föräldraledig till och med 31.8.2027 och läser inte min e-post. "
            "Ditt meddelande vidarebefordras inte. I offertärenden, kontakta försäljningen på "
            "salj@example.com.\n\nDetta är ett automatiskt svar.\n", cte="quoted-printable"),
  language="sv",
  key="no auto headers, ordinary 'Re:' subject; body only: 'Jag är föräldraledig ... Detta är ett automatiskt svar.'")

M(AU, "trilingual_lomavastaaja", frm=addr("Stina Exempel-Koski", "stina.koski@example.org"),
  subject="Poissa / Frånvarande / Out of office", date_=date("2026-07-14 06:30", "+0300"),
  extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes"),
  body=text("Olen lomalla 13.7.–2.8. Kiireellisissä asioissa: myynti@example.org\n\n"
            "Jag är på semester 13.7–2.8. I brådskande ärenden: myynti@example.org\n\n"
            "I am on holiday 13 July – 2 August. For urgent matters: myynti@example.org\n", cte="base64"),
  key="trilingual holiday auto-reply with Auto-Submitted: auto-replied")

M(AU, "en_left_company_please_remove", frm=addr("Robert King", "robert.king@example-grid.example.com"),
  subject="Auto: Re: Plaza newsletter 3/2026", date_=date("2026-10-20 09:02", "+0100"),
  extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes"),
  body=text("I am no longer with Example Grid Ltd. This mailbox is not monitored and your email will be "
            "deleted unread. Please remove this address from your mailing list and contact "
            "office@example-grid.example.com instead.\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="Auto-Submitted auto-reply saying 'Please remove this address from your mailing list'")

_orig_ack = (
    "From: Plaza Oy <info@plaza.example.com>\nTo: leena.x@example.net\nSubject: Pyyntösi on vastaanotettu\n"
    "Date: Mon, 9 Nov 2026 10:00:00 +0200\nMessage-ID: <ack.4411@plaza.example.com>\n"
    "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "Hei,\n\nolemme vastaanottaneet pyyntösi tietojesi poistamisesta. Käsittelemme sen kuukauden kuluessa.\n\n"
    "Plaza Oy\n")
M(AU, "dsn_mailer_daemon_report", frm=addr("Mail Delivery System", "MAILER-DAEMON@mx.example.net"),
  subject="Undelivered Mail Returned to Sender", date_=date("2026-11-09 10:00"),
  before=("Return-Path: <>",),
  body=multi("report", [
      raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
               "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your "
               "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
               "<leena.x@example.net>: host mail.example.net said: 550 5.1.1 <leena.x@example.net>:\n"
               "    Recipient address rejected: User unknown in virtual mailbox table\n"),
      raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
               "Reporting-MTA: dns; mx.example.net\nX-Postfix-Queue-ID: 4Q8ZkT0fXlz9sWh\n"
               "Arrival-Date: Mon,  9 Nov 2026 10:00:00 +0200 (EET)\n\n"
               "Final-Recipient: rfc822; leena.x@example.net\nOriginal-Recipient: rfc822;leena.x@example.net\n"
               "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.example.net\n"
               "Diagnostic-Code: smtp; 550 5.1.1 <leena.x@example.net>: Recipient address rejected: User unknown\n"),
      raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822",
                "Content-Transfer-Encoding: 8bit"], _orig_ack),
  ], "4Q8ZkT0fXlz9sWh.1762675200/mx.example.net", params=" report-type=delivery-status;", preamble=
      "This is a MIME-encapsulated message.\n"),
  key="From MAILER-DAEMON, multipart/report DSN; returned message talks about 'tietojesi poistamisesta'")

M(AU, "exchange_ndr_postmaster", frm=addr("Microsoft Outlook", "postmaster@example.org"),
  subject="Undeliverable: Re: Rekisteriote", date_=date("2026-10-12 13:45", "+0000"), mid_style="outlook",
  body=multi("report", [
      multi("alternative", [
          text("Your message to anna.k@example.org couldn't be delivered.\n\nanna.k wasn't found at "
               "example.org.\n\nOffice 365\n\nAction Required\nUnknown To address\n\n"
               "Diagnostic information for administrators:\nGenerating server: AM0PR09MB1234.eurprd09.prod.outlook.example.com\n"
               "anna.k@example.org\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'\n",
               charset="us-ascii", cte="7bit"),
          text("<html><body><p><b>Your message to anna.k@example.org couldn't be delivered.</b></p>"
               "<p>anna.k wasn't found at example.org.</p></body></html>\n", "html", charset="us-ascii", cte="7bit"),
      ], "_001_NDR_AM0PR09", preamble=""),
      raw_part(["Content-Type: message/delivery-status"],
               "Reporting-MTA: dns;AM0PR09MB1234.eurprd09.prod.outlook.example.com\n"
               "Received-From-MTA: dns;mx.plaza.example.com\n\n"
               "Final-Recipient: rfc822;anna.k@example.org\nAction: failed\nStatus: 5.1.10\n"
               "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found\n"),
      raw_part(["Content-Type: text/rfc822-headers"],
               "From: Plaza Oy <info@plaza.example.com>\nTo: anna.k@example.org\nSubject: Re: Rekisteriote\n"
               "Date: Mon, 12 Oct 2026 16:44:00 +0300\nMessage-ID: <extract.17@plaza.example.com>\n"),
  ], "_000_NDR_AM0PR09", params=" report-type=delivery-status;", preamble=""),
  key="From postmaster@, 'Undeliverable: Re: Rekisteriote', Exchange NDR (no Auto-Submitted)")

M(AU, "fi_toimitusvirhe_plain", frm=addr("Postitoimisto", "mailer-daemon@mail.example.net"),
  subject="Viestin toimitus epäonnistui", date_=date("2026-03-12 02:12"),
  body=text("Tämä on automaattinen ilmoitus postipalvelimelta.\n\nViestiäsi ei voitu toimittaa seuraavalle "
            "vastaanottajalle:\n\n    matti.x@example.net\n\nSyy: vastaanottajan postilaatikko on täynnä "
            "(552 5.2.2 Mailbox full).\n\nAlkuperäisen viestin otsikko: Vahvista uutiskirjeen tilaus\n",
            charset="iso-8859-1", cte="quoted-printable"),
  language="fi",
  key="from mailer-daemon@, plain text Finnish bounce 'Viestiäsi ei voitu toimittaa'")

M(AU, "en_vendor_newsletter_list_unsubscribe", frm=addr("GridTech Monthly", "news@gridtech.example.com"),
  subject="GridTech Monthly: 5 ways to extend switchgear life", date_=date("2026-11-10 07:00", "+0000"),
  extra=("List-Unsubscribe: <mailto:unsubscribe@gridtech.example.com?subject=unsub-8841>, <https://gridtech.example.com/u/8841>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: GridTech Monthly <monthly.gridtech.example.com>",
         "Precedence: bulk", "X-Campaign: nov-2026"),
  body=multi("alternative", [
      text("GridTech Monthly - November 2026\n\n5 ways to extend switchgear life\nRead more: https://gridtech.example.com/a/5ways\n\n"
           "You are receiving this because you subscribed at gridtech.example.com.\n"
           "Update preferences: https://gridtech.example.com/p/8841\nUnsubscribe: https://gridtech.example.com/u/8841\n",
           charset="us-ascii", cte="7bit"),
      text("<html><body><table width=\"600\"><tr><td><h1>GridTech Monthly</h1><h2>5 ways to extend switchgear "
           "life</h2><p><a href=\"https://gridtech.example.com/a/5ways\">Read more</a></p><p style=\"font-size:11px\">"
           "You are receiving this because you subscribed. <a href=\"https://gridtech.example.com/p/8841\">Update "
           "preferences</a> | <a href=\"https://gridtech.example.com/u/8841\">Unsubscribe</a></p></td></tr></table>"
           "</body></html>\n", "html", charset="us-ascii", cte="quoted-printable"),
  ], "b1_8841_nov"),
  language="en",
  key="newsletter with List-Unsubscribe, List-Id, Precedence: bulk")

M(AU, "fi_alan_uutiskirje_precedence_bulk", frm=addr("Sähköala-uutiset", "uutiset@sahkoala.example.org"),
  subject="Sähköalan uutiskirje 11/2026: Tietosuoja ja asiakasrekisterit", date_=date("2026-11-04 06:00"),
  extra=("Precedence: bulk",),
  body=text("SÄHKÖALAN UUTISKIRJE 11/2026\n\nTietosuoja pk-yrityksessä: miten vastata, kun asiakas pyytää "
            "rekisteriotetta tai tietojensa poistamista?\n\nKoulutuskalenteri: keskijännitekojeistojen "
            "käyttöturvallisuus 3.12.\n\nEt halua enää uutiskirjettä? Peru tilaus: "
            "https://sahkoala.example.org/peru\n", charset="iso-8859-1", cte="quoted-printable"),
  language="fi",
  key="trade newsletter with only Precedence: bulk; content about 'rekisteriotetta tai tietojensa poistamista'")

M(AU, "fi_noreply_tilausvahvistus", frm=addr("Esimerkki Verkkokauppa", "no-reply@kauppa.example.com"),
  subject="Tilausvahvistus #100234", date_=date("2026-05-14 12:34", "+0300"),
  body=text("Kiitos tilauksestasi!\n\nTilausnumero: 100234\nTuotteet: Tulostinpaperi A4, 5 riisiä\n"
            "Toimitusosoite: Plaza Oy, Esimerkkikatu 1, 00100 Helsinki\n\nTähän viestiin ei voi vastata.\n",
            cte="quoted-printable"),
  language="fi",
  key="from no-reply@ web shop order confirmation")

M(AU, "sv_noreply_losenord_andrat", frm=addr("Exempelportalen", "noreply@portal.example.org"),
  subject="Ditt lösenord har ändrats", date_=date("2026-08-27 22:10", "+0300"),
  body=text("Hej,\n\nlösenordet till ditt konto i Exempelportalen har ändrats. Om det inte var du, kontakta "
            "vår kundtjänst och be oss spärra kontot och radera sparade uppgifter.\n\nDetta meddelande kan "
            "inte besvaras.\n", charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="from noreply@ system mail; mentions 'radera sparade uppgifter'")

M(AU, "en_helpdesk_ticket_auto_generated", frm=addr("Example Helpdesk", "support@helpdesk.example.net"),
  subject="[Ticket #48213] We received your request", date_=date("2026-06-09 15:01", "+0000"),
  extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"),
  body=text("Hello,\n\nthank you for contacting Example Helpdesk. We have received your request regarding "
            "\"Return of defective relay\" and will get back to you within 2 business days.\n\n"
            "Ticket number: 48213\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="Auto-Submitted: auto-generated ticket acknowledgement from support@")

M(AU, "en_mailing_list_gdpr_discussion", frm=addr("Karl Example via smb-gdpr", "smb-gdpr@lists.example.org"),
  subject="Re: [smb-gdpr] How do you handle 'delete my data' requests?", date_=date("2026-04-30 18:22", "+0200"),
  extra=("Reply-To: smb-gdpr@lists.example.org", "Sender: smb-gdpr-bounces@lists.example.org",
         "List-Id: SMB GDPR discussion <smb-gdpr.lists.example.org>",
         "List-Post: <mailto:smb-gdpr@lists.example.org>",
         "List-Unsubscribe: <https://lists.example.org/mailman/options/smb-gdpr>, <mailto:smb-gdpr-request@lists.example.org?subject=unsubscribe>",
         "Precedence: list"),
  body=text("> How do other small companies handle \"please delete my data\" and \"send me my data\" requests?\n\n"
            "We forward them to one person, reply within a week and keep a suppression list so we never re-add "
            "the address. Unsubscribes are applied the same day.\n\nKarl\n\n"
            "_______________________________________________\nsmb-gdpr mailing list\n"
            "To unsubscribe send an email to smb-gdpr-request@lists.example.org\n",
            charset="us-ascii", cte="7bit"),
  language="en",
  key="mailing-list post (List-Id, Precedence: list) discussing 'please delete my data' requests")


# ============================= confirmation =================================
CO = "confirmation"

_conf_fi_news = ("Hei,\n\nsaimme pyynnön lisätä osoitteesi Plaza Oy:n uutiskirjeen tilaajaksi. Vahvista tilaus "
                 "vastaamalla tähän viestiin sanalla KYLLÄ. Jos et pyytänyt tilausta, vastaa EI tai jätä "
                 "viesti huomiotta.\n\nPlaza Oy\n")
t = token("fi_kylla")
M(CO, "fi_kylla_gmail_quote", frm=addr("Petri Laaksonen", "petri.laaksonen@verkkoyhtio.example.com"),
  subject="Re: Vahvista uutiskirjeen tilaus [mailbot:%s]" % t, date_=date("2026-10-01 10:02", "+0300"), mid_style="gmail",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8], "References: <conf.%s@plaza.example.com>" % t[:8]),
  body=text("Kyllä\n\nto 1.10.2026 klo 9.30 Plaza Oy <info@plaza.example.com> kirjoitti:\n\n" + quote(_conf_fi_news) + "\n",
            cte="quoted-printable"),
  decision="accept", language="fi",
  key="'Kyllä' (quoted original offers both KYLLÄ and EI)")

_conf_fi_consent = ("Hei,\n\nPlaza Oy on tallentanut yhteystietosi asiakasrekisteriinsä. Vahvista, että "
                    "saamme säilyttää tietosi ja lähettää sinulle asiakastiedotteita, vastaamalla tähän "
                    "viestiin KYLLÄ. Jos vastaat EI, tietosi poistetaan heti. Jos et vastaa 14 päivän "
                    "kuluessa, tietosi poistetaan.\n\nPlaza Oy\n")
t = token("fi_ei_poistakaa")
M(CO, "fi_ei_kiitos_poistakaa_outlook", frm=addr("Marjut Laine", "marjut.laine@example.org"),
  subject="VS: Vahvista tietojesi tallennus [mailbot:%s]" % t, date_=date("2026-06-18 08:44", "+0300"), mid_style="outlook",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("Ei kiitos. En halua, että tietojani säilytetään, poistakaa ne.\n\nMarjut Laine\n\n"
            + outlook_block("fi", "Plaza Oy <info@plaza.example.com>", "keskiviikko 17. kesäkuuta 2026 12.00",
                            "Marjut Laine <marjut.laine@example.org>", "Vahvista tietojesi tallennus [mailbot:%s]" % t)
            + "\n" + _conf_fi_consent, charset="windows-1252", cte="quoted-printable"),
  decision="decline", language="fi",
  key="'Ei kiitos. En halua, että tietojani säilytetään, poistakaa ne.' (decline worded like an erasure request)")

_conf_sv = ("Hej,\n\nPlaza Oy har sparat dina kontaktuppgifter i sitt kundregister. Bekräfta att vi får spara "
            "dem genom att svara JA på detta meddelande. Svarar du NEJ raderas uppgifterna direkt.\n\nPlaza Oy\n")
t = token("sv_ja")
M(CO, "sv_ja_outlook", frm=addr("Mikael Sundqvist", "mikael.sundqvist@example.net"),
  subject="SV: Bekräfta att vi får spara dina uppgifter [mailbot:%s]" % t, date_=date("2026-05-30 13:05", "+0300"),
  mid_style="outlook", extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("Ja, det går bra.\n\nMvh Mikael\n\n"
            + outlook_block("sv", "Plaza Oy <info@plaza.example.com>", "den 29 maj 2026 09:00",
                            "Mikael Sundqvist <mikael.sundqvist@example.net>",
                            "Bekräfta att vi får spara dina uppgifter [mailbot:%s]" % t)
            + "\n" + _conf_sv, charset="iso-8859-1", cte="quoted-printable"),
  decision="accept", language="sv",
  key="'Ja, det går bra.' (Outlook Från:/Skickat: block; quoted original mentions JA/NEJ and 'raderas')")

_conf_sv_news = ("Hej,\n\nvi har fått en begäran om att prenumerera på Plaza Oy:s nyhetsbrev med denna adress. "
                 "Svara JA för att bekräfta prenumerationen eller NEJ om du inte har beställt den.\n\nPlaza Oy\n")
t = token("sv_nej")
M(CO, "sv_nej_tack", frm=addr("Ingrid Sjöberg", "ingrid.sjoberg@example.com"),
  subject="Re: Bekräfta din prenumeration [mailbot:%s]" % t, date_=date("2026-03-03 19:40"), mid_style="apple",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("Nej tack, jag har inte beställt något nyhetsbrev.\n\n/Ingrid\n\n"
            "Den 3 mars 2026 kl. 18:00 skrev Plaza Oy <info@plaza.example.com>:\n\n" + quote(_conf_sv_news) + "\n"),
  decision="decline", language="sv",
  key="'Nej tack, jag har inte beställt något nyhetsbrev.'")

t = token("en_yes_html")
M(CO, "en_yes_html_blockquote", frm=addr("Daniel Okafor", "daniel.okafor@example.org"),
  subject="Re: Please confirm your newsletter subscription [mailbot:%s]" % t, date_=date("2026-09-25 12:00", "+0300"),
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("<html><body><div>Yes, I confirm.</div><div><br></div><div>Daniel</div>"
            "<div class=\"moz-cite-prefix\">On 25.9.2026 11.00, Plaza Oy wrote:</div>"
            "<blockquote type=\"cite\">Hello,<br><br>we received a request to subscribe this address to the "
            "Plaza Oy newsletter. Reply YES to confirm, or NO if you did not ask for it.<br><br>Plaza Oy"
            "</blockquote></body></html>\n", "html", cte="quoted-printable"),
  decision="accept", language="en",
  key="'Yes, I confirm.' (HTML only, quoted original offers YES/NO)")

_conf_en_id = ("Hello,\n\nwe received a request concerning the personal data held for this address. To make sure "
               "it was you, please reply YES to this message. If you did not send a request, reply NO and we "
               "will do nothing.\n\nPlaza Oy\n")
t = token("en_no_id")
M(CO, "en_no_not_me_outlook", frm=addr("Peter Novak", "peter.novak@example.net"),
  subject="RE: Please confirm it's you [mailbot:%s]" % t, date_=date("2026-07-02 09:15", "+0200"), mid_style="outlook",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("No. I did not send any request to you \u2013 someone else must have used my address.\n\nPeter\n\n"
            + outlook_block("en", "Plaza Oy <info@plaza.example.com>", "Wednesday, July 1, 2026 3:00 PM",
                            "Peter Novak <peter.novak@example.net>", "Please confirm it's you [mailbot:%s]" % t)
            + "\n" + _conf_en_id, charset="windows-1252", cte="quoted-printable"),
  decision="decline", language="en",
  key="'No. I did not send any request to you' (identity check)")

_conf_fi_id = ("Hei,\n\nsaimme tästä osoitteesta pyynnön, joka koskee sinusta tallennettuja tietoja. Varmistaaksemme, "
               "että pyyntö on sinulta, vastaa tähän viestiin KYLLÄ. Jos et lähettänyt pyyntöä, vastaa EI.\n\nPlaza Oy\n")
t = token("fi_joo")
M(CO, "fi_joo_kylla_se_olin_mina", frm=addr("Jere Salminen", "jere.salminen82@example.net"),
  subject="VS: Vahvista henkilöllisyytesi [mailbot:%s]" % t, date_=date("2026-09-15 07:20", "+0300"), mid_style="apple",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("joo kyllä se olin minä joka pyysi niitä tietoja, ok\n\n-- \nJere\n\n"
            "15.9.2026 kello 7.00 Plaza Oy <info@plaza.example.com> kirjoitti:\n\n" + quote(_conf_fi_id) + "\n",
            cte="quoted-printable"),
  decision="accept", language="fi",
  key="'joo kyllä se olin minä joka pyysi niitä tietoja, ok'")

_conf_en_store = ("Dear customer,\n\nPlaza Oy has stored your contact details in its customer register. Please "
                  "reply YES to confirm we may keep them, or NO to have them deleted.\n\nPlaza Oy\n")
t = token("en_yes_agree")
M(CO, "en_YES_I_AGREE_outlook", frm=addr("Andrzej Kowalczyk", "andrzej.k@example.org"),
  subject="Re: Confirm storage of your contact details [mailbot:%s]" % t, date_=date("2026-04-20 08:00", "+0200"),
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("YES I AGREE, thank you\n\nAndrzej\n\n-----Original Message-----\n"
            + outlook_block("en", "Plaza Oy <info@plaza.example.com>", "Monday, April 20, 2026 7:30 AM",
                            "andrzej.k@example.org", "Confirm storage of your contact details [mailbot:%s]" % t)
            + "\n" + _conf_en_store, charset="us-ascii", cte="7bit"),
  decision="accept", language="en",
  key="'YES I AGREE, thank you' (quoted original mentions 'NO to have them deleted')")

_conf_fi_store2 = ("Hei,\n\nPlaza Oy on tallentanut yhteystietosi asiakasrekisteriinsä. Vastaa tähän viestiin "
                   "KYLLÄ, jos saamme säilyttää tietosi, tai EI, jos haluat että ne poistetaan.\n\nPlaza Oy\n")
t = token("fi_en_halua")
M(CO, "fi_en_halua_outlook", frm=addr("Raili Toivonen", "raili.toivonen@example.com"),
  subject="VS: Vahvista yhteystietojesi tallennus [mailbot:%s]" % t, date_=date("2026-02-10 11:11"), mid_style="outlook",
  extra=("In-Reply-To: <conf.%s@plaza.example.com>" % t[:8],),
  body=text("En halua. Älkää lähettäkö minulle enää mitään.\n\nRaili Toivonen\n\n"
            "________________________________\n"
            + outlook_block("fi", "Plaza Oy <info@plaza.example.com>", "tiistai 10. helmikuuta 2026 9.00",
                            "Raili Toivonen <raili.toivonen@example.com>", "Vahvista yhteystietojesi tallennus [mailbot:%s]" % t)
            + "\n" + _conf_fi_store2, cte="quoted-printable"),
  decision="decline", language="fi",
  key="'En halua. Älkää lähettäkö minulle enää mitään.' (decline worded like an objection)")


# ============================= contact_form =================================
CF = "contact_form"
WP = addr("Plaza website", "wordpress@plaza.example.com")
FORMS = addr("Website forms", "forms@web.example.org")

M(CF, "fi_tarjouspyynto", frm=WP, subject="Uusi yhteydenotto verkkosivuilta", date_=date("2026-04-09 13:22", "+0300"),
  extra=("Reply-To: jukka.aho@example.com",),
  body=text("Nimi: Jukka Aho\nYritys: Esimerkki Sähköverkko Oy\nSähköposti: jukka.aho@example.com\n"
            "Puhelin: +358 40 000 3003\nViesti:\nHei, tarvitsisimme tarjouksen 20 kV kojeistosta "
            "(6 kenttää) uudelle sähköasemalle. Toimitus 2027 keväällä.\n" + PLAZA_FOOTER_FORM),
  language="fi",
  key="fi form: 'tarvitsisimme tarjouksen 20 kV kojeistosta'")

M(CF, "sv_radera_mina_uppgifter", frm=WP, subject="Ny kontaktförfrågan från webbplatsen",
  date_=date("2026-05-16 20:48", "+0300"), extra=("Reply-To: ebba.lindfors@example.org",),
  body=text("Namn: Ebba Lindfors\nE-post: ebba.lindfors@example.org\nMeddelande:\nHej, vänligen radera alla "
            "mina uppgifter ur ert register. Tack!\n" + PLAZA_FOOTER_FORM,
            cte="quoted-printable"),
  requests=["erasure"], language="sv",
  key="sv form whose free text says 'vänligen radera alla mina uppgifter ur ert register' — kind stays contact_form")

M(CF, "en_unsubscribe_link_broken", frm=WP, subject="New contact form submission", date_=date("2026-10-24 09:30", "+0300"),
  extra=("Reply-To: oscar.lee@example.net",),
  body=text("Name: Oscar Lee\nEmail: oscar.lee@example.net\nCompany: Example Solar Ltd\nMessage:\nPlease "
            "unsubscribe me from your newsletter, the unsubscribe link in the mail doesn't work.\n"
            + PLAZA_FOOTER_FORM, charset="us-ascii", cte="7bit"),
  requests=["unsubscribe"], language="en",
  key="en form, free text 'Please unsubscribe me from your newsletter'")

M(CF, "fi_mita_tietoja_sivu_kieli", frm=WP, subject="Uusi yhteydenotto verkkosivuilta", date_=date("2026-01-22 11:05"),
  extra=("Reply-To: pirjo.saarinen@example.com",),
  body=text("Nimi: Pirjo Saarinen\nSähköposti: pirjo.saarinen@example.com\nSivu: "
            "https://www.plaza.example.com/fi/tietosuoja\nKieli: suomi\nViesti:\nHaluaisin tietää, mitä "
            "tietoja teillä on minusta.\n" + PLAZA_FOOTER_FORM, cte="base64"),
  requests=["access"], language="fi",
  key="fi form with Sivu:/Kieli: fields, free text 'Haluaisin tietää, mitä tietoja teillä on minusta.'")

M(CF, "en_unconfigured_forms_sender", frm=FORMS, subject="Website enquiry", date_=date("2026-08-06 14:10", "+0300"),
  extra=("Reply-To: ian.fraser@example.com",),
  body=text("A new enquiry was submitted on your website.\n\nName: Ian Fraser\nE-mail: ian.fraser@example.com\n"
            "Company: Example Wind Services\nPhone: +44 20 0000 0101\nMessage: What are your current delivery "
            "times for 36 kV panels? We have a project in the Baltics.\n\n--\nSent by Example Forms\n",
            charset="us-ascii", cte="7bit"),
  language="en",
  key="unconfigured sender forms@web.example.org, labelled fields incl. E-mail: and Message:")

M(CF, "fi_unconfigured_html_table", frm=FORMS, subject="Uusi lomakeviesti: Yhteydenotto",
  date_=date("2026-11-13 10:44"), extra=("Reply-To: olli.kinnunen@example.net",),
  body=text("<html><body><p>Verkkosivujen lomakkeelta on lähetetty uusi viesti.</p>"
            "<table border=\"1\" cellpadding=\"4\">"
            "<tr><td><b>Nimi</b></td><td>Olli Kinnunen</td></tr>"
            "<tr><td><b>Yritys</b></td><td>Kinnusen Sähkö Oy</td></tr>"
            "<tr><td><b>Sähköposti</b></td><td>olli.kinnunen@example.net</td></tr>"
            "<tr><td><b>Puhelin</b></td><td>+358 50 000 7007</td></tr>"
            "<tr><td><b>Viesti</b></td><td>Onko teillä käytettyjä kojeistoja myynnissä? Tarvitsisimme "
            "väliaikaisen ratkaisun työmaalle.</td></tr></table></body></html>\n", "html", cte="quoted-printable"),
  language="fi",
  key="HTML-only table form mail from unconfigured forms@web.example.org")

M(CF, "sv_reservdelar_iso8859", frm=WP, subject="Ny kontaktförfrågan från webbplatsen", date_=date("2026-02-05 08:08"),
  extra=("Reply-To: lars.holmberg@example.com",), subject_charset="iso-8859-1",
  body=text("Namn: Lars Holmberg\nFöretag: Exempel Elnät Ab\nE-post: lars.holmberg@example.com\n"
            "Telefon: 040 000 2020\nMeddelande:\nHar ni reservdelar till äldre ställverk från 1990-talet? "
            "Vi behöver två manöverdon.\n" + PLAZA_FOOTER_FORM, charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="sv form in ISO-8859-1 QP, spare-parts question")

M(CF, "en_multiline_mentions_newsletter", frm=WP, subject="New contact form submission", date_=date("2026-06-26 16:00", "+0300"),
  extra=("Reply-To: fiona.walsh@example.org",),
  body=text("Name: Fiona Walsh\nEmail: fiona.walsh@example.org\nPhone: +353 1 000 0000\nMessage:\nHello,\n\n"
            "I read about the retrofit kits in your newsletter.\nIs the kit compatible with panels from 2006?\n"
            "If yes, please send a quote for 8 kits.\n\nThanks\nFiona\n" + PLAZA_FOOTER_FORM, charset="us-ascii", cte="7bit"),
  language="en",
  key="multi-line free text mentioning the newsletter, asks for a quote")

M(CF, "fi_soittopyynto_base64", frm=WP, subject="Uusi yhteydenotto verkkosivuilta", date_=date("2026-09-09 09:09", "+0300"),
  extra=("Reply-To: hannu.lepisto@example.com",),
  body=text("Nimi: Hannu Lepistö\nYritys: Lepistön Kiinteistöt Oy\nSähköposti: hannu.lepisto@example.com\n"
            "Puhelin: 050 000 8080\nViesti: Pyydän soittoa huomenna aamupäivällä koskien kojeiston laajennusta.\n"
            + PLAZA_FOOTER_FORM, cte="base64"),
  language="fi",
  key="fi form in base64, 'Viesti:' on the same line")

M(CF, "en_cf7_labels_correct_phone", frm=WP, subject="Plaza \"Contact us\"", date_=date("2026-12-02 13:13"),
  extra=("Reply-To: Yusuf Demir <yusuf.demir@example.net>", "X-WPCF7-Content-Type: text/plain"),
  body=text("From: Yusuf Demir <yusuf.demir@example.net>\nSubject: My details\n\nMessage Body:\nHi, I'd like to "
            "correct my phone number in your records: the new number is +358 40 000 5566.\n\n-- \nThis e-mail was "
            "sent from a contact form on Plaza (https://www.plaza.example.com)\n", charset="us-ascii", cte="7bit"),
  requests=["rectification"], language="en",
  key="Contact Form 7 default layout (From:/Subject:/Message Body:), free text asks to correct phone number")


# ============================ chat_transcript ===============================
CH = "chat_transcript"
CHAT = addr("Chat", "transcripts@chat.example.net")

M(CH, "fi_keskustelu", frm=CHAT, subject="Keskustelu: Anu Esimerkki", date_=date("2026-03-17 13:20"),
  body=text("Keskustelun tallenne\n\nVierailija: Anu Esimerkki\nSähköposti: anu.esimerkki@example.com\n"
            "Puhelin: +358 40 000 1212\nYritys: Esimerkki Vesi Oy\nSivu: https://www.plaza.example.com/fi/varaosat\n"
            "Aloitettu: 2026-03-17 13:02 +02:00\n\n"
            "[13:02] Anu Esimerkki: Hei, löytyykö teiltä varaosia 2003 asennettuun kojeistoon?\n"
            "[13:03] Tiina (Plaza): Hei Anu! Löytyy useimpiin. Mikä malli on kyseessä?\n"
            "[13:05] Anu Esimerkki: Tyyppikilvessä lukee PLZ-12, kolme kenttää.\n"
            "[13:06] Tiina (Plaza): Kiitos, myyjämme ottaa sinuun yhteyttä tänään.\n", cte="quoted-printable"),
  language="fi",
  key="fi transcript header (Vierailija:, Aloitettu:) + [HH:MM] lines")

M(CH, "sv_chattutskrift", frm=CHAT, subject="Chatt med Björn Exempel", date_=date("2026-05-07 10:40", "+0300"),
  body=text("Chattutskrift\n\nBesökare: Björn Exempel\nE-post: bjorn.exempel@example.org\nTelefon: 040 000 4545\n"
            "Företag: Exempel Energi Ab\nSida: https://www.plaza.example.com/sv/produkter\n"
            "Startad: 2026-05-07 10:21 +03:00\n\n"
            "[10:21] Björn Exempel: Hej, levererar ni ställverk till Åland?\n"
            "[10:22] Agent Thomas: Hej Björn, ja det gör vi. Vad gäller projektet?\n"
            "[10:25] Björn Exempel: En ny nätstation, planerad till 2027.\n", charset="iso-8859-1", cte="quoted-printable"),
  language="sv",
  key="sv transcript (Besökare:, Startad:) in ISO-8859-1")

M(CH, "en_offline_message", frm=CHAT, subject="Offline message: Zoe Carter", date_=date("2026-12-26 22:15"),
  body=text("Offline message\n\nName: Zoe Carter\nEmail: zoe.carter@example.net\nPage: "
            "https://www.plaza.example.com/en/contact\n\nMessage:\nPlease call me after the holidays about a "
            "service contract for our two substations.\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="en offline message")

M(CH, "sv_offlinemeddelande", frm=CHAT, subject="Offlinemeddelande: Ola Exempel", date_=date("2026-07-11 23:50", "+0300"),
  body=text("Offlinemeddelande\n\nNamn: Ola Exempel\nE-post: ola.exempel@example.com\nSida: "
            "https://www.plaza.example.com/sv/kontakt\n\nMeddelande:\nHej, kan ni skicka en offert på "
            "reservsäkringar? Tack.\n"),
  language="sv",
  key="sv offline message (Namn:/E-post:/Meddelande:) from the chat service")

M(CH, "en_transcript_visitor_asks_deletion", frm=CHAT, subject="Chat with Liam Example", date_=date("2026-08-20 15:45", "+0300"),
  body=text("Chat transcript\n\nVisitor: Liam Example\nEmail: liam.example@example.org\nCompany: Example Mining\n"
            "Page: https://www.plaza.example.com/en/privacy\nStarted: 2026-08-20 15:30 +03:00\n\n"
            "[15:30] Liam Example: Hi, I keep getting your newsletter.\n"
            "[15:31] Agent Thomas: Hi Liam, sorry about that. Would you like to unsubscribe?\n"
            "[15:32] Liam Example: Yes, and please delete my details from your register as well.\n"
            "[15:33] Agent Thomas: Noted, I'll pass this on to our administrator.\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="transcript where the visitor says 'please delete my details from your register' — still chat_transcript")

M(CH, "en_unconfigured_livechat_sender", frm=addr("LiveChat Widget", "livechat@widgets.example.org"),
  subject="Chat transcript - Noah Example", date_=date("2026-02-12 10:10"),
  body=text("Chat transcript\n\nVisitor: Noah Example\nEmail: noah.example@example.com\nPhone: +358 45 000 6060\n"
            "Page: https://www.plaza.example.com/en/products/rmu\nStarted: 2026-02-12 09:58 +02:00\n\n"
            "[09:58] Noah Example: Hello, is the RMU available with remote control?\n"
            "[09:59] Agent Sara: Hi Noah, yes, with a motor operator and RTU.\n"
            "[10:01] Noah Example: Great, can you send a data sheet?\n"
            "[10:01] Agent Sara: Sure, I'll email it to you today.\n", charset="us-ascii", cte="7bit"),
  language="en",
  key="transcript structure from an unconfigured sender livechat@widgets.example.org")

M(CH, "fi_offline_viesti_qp", frm=CHAT, subject="Offline-viesti: Kalle Esimerkki", date_=date("2026-06-20 02:30", "+0300"),
  body=text("Offline-viesti\n\nNimi: Kalle Esimerkki\nSähköposti: kalle.esimerkki@example.net\nSivu: "
            "https://www.plaza.example.com/fi/yhteystiedot\n\nViesti:\nMoi, onko teillä juhannuksena päivystys? "
            "Meidän kojeistossa hälyttää maasulku.\n", cte="quoted-printable"),
  language="fi",
  key="fi offline message from the chat service (fi labels, looks like a form)")


# --------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------

_ADDR_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
_OK_DOMAIN = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type")
REQUESTS = {"access", "rectification", "erasure", "unsubscribe", "subscribe", "objection", "personnel"}


def _all_text(msg) -> str:
    out = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception:  # noqa: BLE001
            c = part.get_payload(decode=True) or b""
        if isinstance(c, bytes):
            c = c.decode("latin-1")
        elif not isinstance(c, str):
            c = str(c)
        out.append(c)
    return "\n".join(out)


def check(m: dict, data: bytes) -> None:
    where = "%s/%s" % (m["kind"], m["name"])
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for h in REQUIRED:
        assert msg[h] is not None, (where, "missing", h)
    assert msg["To"].addresses[0].addr_spec == INFO, where
    assert len(msg["From"].addresses) == 1, where
    assert not msg.defects, (where, msg.defects)
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()  # decodes charset + CTE
    for dom in _ADDR_RE.findall(_all_text(msg)):
        assert _OK_DOMAIN.search(dom), (where, "non-example domain", dom)
    if m["kind"] == DR:
        assert m["requests"] and set(m["requests"]) <= REQUESTS, where
    if m["kind"] == CO:
        assert m["decision"] in ("accept", "decline"), where
        tok = re.search(r"\[mailbot:([A-Za-z0-9_-]+)\]", str(msg["Subject"])).group(1)
        assert len(tok) == 24, where
    else:
        assert m["decision"] is None, where
    if m["kind"] not in (DR, CF):
        assert m["requests"] is None, where
    if m["language"] is not None:
        assert m["language"] in ("fi", "sv", "en"), where


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    names = set()
    for m in MAILS:
        assert m["kind"] in KINDS
        rel = "%s/%s.eml" % (m["kind"], m["name"])
        assert rel not in names, rel
        names.add(rel)
    mids = [m["mid"] for m in MAILS]
    assert len(set(mids)) == len(mids), "duplicate Message-ID"

    # remove stale generated files (only .eml inside our own kind folders)
    for kind in KINDS:
        d = HERE / kind
        d.mkdir(exist_ok=True)
        for f in d.glob("*.eml"):
            if "%s/%s" % (kind, f.name) not in names:
                f.unlink()

    lines = ["# Held-out classification corpus for mailbot (generated by _generate.py; do not edit by hand).",
             "# kind: contact_form | chat_transcript | data_request | confirmation | automatic | other",
             "# requests: in the order the person names them (first = `request`); decision: accept | decline",
             "# language: fi | sv | en of the new text the person wrote", ""]
    for m in sorted(MAILS, key=lambda m: (KINDS.index(m["kind"]), m["name"])):
        data = render(m)
        check(m, data)
        rel = "%s/%s.eml" % (m["kind"], m["name"])
        (HERE / rel).write_bytes(data)
        lines.append("# key: " + m["key"].replace("\n", " "))
        lines.append("[%s]" % toml_str(rel))
        lines.append("kind = %s" % toml_str(m["kind"]))
        if m["requests"]:
            lines.append("requests = [%s]" % ", ".join(toml_str(r) for r in m["requests"]))
        if m["decision"]:
            lines.append("decision = %s" % toml_str(m["decision"]))
        if m["language"]:
            lines.append("language = %s" % toml_str(m["language"]))
        lines.append("")
    (HERE / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")

    from collections import Counter
    print("wrote %d mails" % len(MAILS))
    print(dict(Counter(m["kind"] for m in MAILS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
