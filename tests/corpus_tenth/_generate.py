#!/usr/bin/env python3
"""Deterministic generator for blind test corpus 10 (Kvarken Systems Oy, Vaasa).

stdlib only.  Run:  python3 _generate.py
Writes kind folders with .eml files, manifest.toml and senders.toml next to this file.
"""
import base64
import html as htmlmod
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
DOM = "kvarken.example.com"
INFO = "Kvarken Systems <info@kvarken.example.com>"
INFO_ADDR = "info@kvarken.example.com"
FORM_SENDER = "wordpress@kvarken.example.com"
CHAT_SENDER = "transcripts@chatdesk.example.net"
KINDS = {"automatic": "au", "chat_transcript": "ch", "confirmation": "cn",
         "contact_form": "cf", "data_request": "dr", "other": "ot"}
EET = timezone(timedelta(hours=2))
BASE = datetime(2026, 11, 18, 7, 41, 12, tzinfo=EET)

MESSAGES = []          # (relpath, bytes, meta)
_count = {k: 0 for k in KINDS}
_clock = [0]
_bnd = [0]


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, payload=None, children=None, boundary=None):
        self.headers = list(headers)
        self.payload = payload
        self.children = children
        self.boundary = boundary


def _encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(ctype, body, cs="utf-8", cte=None, extra=(), params=""):
    if isinstance(body, str):
        raw = body.encode(cs)
        ct = f'{ctype}; charset="{cs}"{params}'
    else:
        raw = body
        ct = ctype + params
    if cte is None:
        cte = "7bit" if raw.isascii() else "8bit"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                payload=_encode(raw, cte))


def plain(text, cs="utf-8", cte=None, flowed=False):
    if flowed:
        return leaf("text/plain", text, cs, cte, params="; format=flowed")
    return leaf("text/plain", text, cs, cte)


def html(markup, cs="utf-8", cte=None):
    return leaf("text/html", markup, cs, cte)


def html_of(text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>"
                     for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body><div style="{style}">\n{body}\n</div></body></html>\n')


def multi(sub, *children, bnd=None, params=""):
    _bnd[0] += 1
    n = _bnd[0]
    bnd = bnd or f"----=_Part_{n:04d}_{(n * 7919) % 100000:05d}.{1790000000 + n * 37}"
    return Part([("Content-Type", f'multipart/{sub}; boundary="{bnd}"{params}')],
                children=list(children), boundary=bnd)


def alt(text, markup=None, cs="utf-8", cte=None, hcte=None):
    return multi("alternative", plain(text, cs, cte), html(markup or html_of(text), cs, hcte or cte))


def att(filename, ctype, data, disp="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return leaf(ctype, data, cte="base64", params=f'; name="{filename}"',
                extra=[("Content-Disposition", f'{disp}; filename="{filename}"')])


def mixed(body, *atts):
    return multi("mixed", body, *atts)


def serialize(part):
    out = b""
    for k, v in part.headers:
        out += f"{k}: {v}\n".encode("utf-8") if not isinstance(v, bytes) else k.encode() + b": " + v + b"\n"
    out += b"\n"
    if part.children is None:
        out += part.payload if part.payload.endswith(b"\n") else part.payload + b"\n"
    else:
        out += b"This is a multi-part message in MIME format.\n\n"
        for ch in part.children:
            out += f"--{part.boundary}\n".encode() + serialize(ch)
        out += f"--{part.boundary}--\n".encode()
    return out


# ---------------------------------------------------------------- headers
def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def H(s, cs="utf-8"):
    if s.isascii():
        return s
    return Header(s, cs, maxlinelen=76).encode(linesep="\n")


def mail(kind, lang, slug, frm, subject, body, *, to=INFO, cc=None, reply_to=None, hdrs=(),
         requests=None, decision=None, fields=None, date=None, mid=None, subj_cs="utf-8",
         note=None):
    _count[kind] += 1
    _clock[0] += 1
    n = _count[kind]
    rel = f"{kind}/{KINDS[kind]}{n:02d}-{slug}.eml"
    if date is None:
        i = _clock[0]
        date = BASE + timedelta(days=i // 13, minutes=(i % 13) * 50 + (i * 7) % 37, seconds=(i * 17) % 60)
    if isinstance(date, datetime):
        date = format_datetime(date)
    host = frm.rsplit("@", 1)[-1].rstrip(">").strip()
    mid = mid or f"<{KINDS[kind]}{n:02d}.{_clock[0] * 104729 % 9999991:07d}@{host}>"
    top = [("From", frm), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top += [("Subject", H(subject, subj_cs)), ("Date", date), ("Message-ID", mid)]
    top += list(hdrs)
    top.append(("MIME-Version", "1.0"))
    body.headers = top + body.headers
    data = serialize(body)
    meta = {"kind": kind, "language": lang}
    if requests:
        meta["requests"] = list(requests)
    if decision:
        meta["decision"] = decision
    if fields:
        meta["fields"] = dict(fields)
    if note:
        meta["note"] = note
    MESSAGES.append((rel, data, meta))


def cf(*a, **k): mail("contact_form", *a, **k)
def ch(*a, **k): mail("chat_transcript", *a, **k)
def cn(*a, **k): mail("confirmation", *a, **k)
def dr(*a, **k): mail("data_request", *a, **k)
def au(*a, **k): mail("automatic", *a, **k)
def ot(*a, **k): mail("other", *a, **k)


def AR(domain, spf="pass", dkim="pass", dmarc="pass"):
    return ("Authentication-Results",
            f"mx1.{DOM}; spf={spf} smtp.mailfrom={domain};\n dkim={dkim} header.d={domain}; "
            f"dmarc={dmarc} header.from={domain}")


def TI(seed):
    raw = bytes((seed * 31 + i * 17) % 256 for i in range(22))
    return ("Thread-Index", base64.b64encode(raw).decode())


def outlook_hdrs(seed, lang="fi", topic="Yhteydenotto"):
    lang_tag = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-US"}[lang]
    return [("Thread-Topic", H(topic)), TI(seed), ("Content-Language", lang_tag),
            ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]


# =============================================================== CONTACT FORMS
FOOT = "\n--\nThis e-mail was sent from a contact form on Kvarken Systems (https://www.kvarken.example.com)\n"
WP = A("Kvarken Systems", FORM_SENDER)

cf("fi", "cf7-tarjouspyynto", WP, "Kvarken Systems: Tarjouspyyntö huoltojärjestelmästä",
   plain("Lähettäjä: Pirkko Hautamäki <pirkko.hautamaki@konepaja-hautamaki.example.org>\n"
         "Aihe: Tarjouspyyntö huoltojärjestelmästä\n\n"
         "Viestin sisältö:\n"
         "Hei! Meillä on Laihialla 40 hengen konepaja ja kunnossapito pyörii vielä Excelissä. "
         "Voisitteko lähettää tarjouksen KvarkenFlow-järjestelmästä noin 12 käyttäjälle? "
         "Myös koulutus kiinnostaa.\n\n"
         "Puhelin: 040 718 2290\n" + FOOT.replace("This e-mail was sent from a contact form on",
                                                   "Tämä viesti lähetettiin yhteydenottolomakkeelta sivustolla")),
   reply_to="pirkko.hautamaki@konepaja-hautamaki.example.org",
   fields={"name": "Pirkko Hautamäki", "email": "pirkko.hautamaki@konepaja-hautamaki.example.org",
           "phone": "040 718 2290"})

wpf_html = """<html><body style="background:#f8f8f8">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;background:#fff">
<tr><td style="padding:20px 30px"><strong>Name</strong></td></tr>
<tr><td style="padding:0 30px 15px">Siddharth Rao</td></tr>
<tr><td style="padding:20px 30px 0"><strong>Email</strong></td></tr>
<tr><td style="padding:0 30px 15px"><a href="mailto:s.rao@nordport-logistics.example.com">s.rao@nordport-logistics.example.com</a></td></tr>
<tr><td style="padding:20px 30px 0"><strong>Company</strong></td></tr>
<tr><td style="padding:0 30px 15px">Nordport Logistics AS</td></tr>
<tr><td style="padding:20px 30px 0"><strong>Comment or Message</strong></td></tr>
<tr><td style="padding:0 30px 15px">Hi, we run three warehouses in Norway and are looking for a partner who can integrate our WMS with SAP.
Do you take integration projects outside Finland? A call next week would be great.</td></tr>
</table>
<p style="text-align:center;color:#999;font-size:12px">Sent from <a href="https://www.kvarken.example.com/en/contact/">Kvarken Systems</a></p>
</body></html>"""
wpf_txt = """Name
Siddharth Rao

Email
s.rao@nordport-logistics.example.com

Company
Nordport Logistics AS

Comment or Message
Hi, we run three warehouses in Norway and are looking for a partner who can integrate our WMS with SAP.
Do you take integration projects outside Finland? A call next week would be great.

---
Sent from Kvarken Systems
https://www.kvarken.example.com/en/contact/
"""
cf("en", "wpforms-integration", WP, "New Entry: Contact Us", alt(wpf_txt, wpf_html),
   reply_to=A("Siddharth Rao", "s.rao@nordport-logistics.example.com"),
   fields={"name": "Siddharth Rao", "email": "s.rao@nordport-logistics.example.com",
           "company": "Nordport Logistics AS", "page": "https://www.kvarken.example.com/en/contact/"})

gf = """<html><body>
<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>
<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">
<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>Förnamn</strong></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">Ulrika</font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>Efternamn</strong></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">Westerlund</font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>E-post</strong></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px"><a href="mailto:ulrika.westerlund@korsholmsel.example.net">ulrika.westerlund@korsholmsel.example.net</a></font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>Organisation</strong></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">Korsholms El &amp; Automation Ab</font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>Ditt ärende</strong></font></td></tr>
<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">Hej, vi funderar på att byta ärendehanteringssystem. Har ni referenskunder i Österbotten som vi kunde ringa? Och finns det svensk användargränssnitt i KvarkenFlow?</font></td></tr>
</table></td></tr></table>
</body></html>"""
cf("sv", "gravity-forms-referenser", A("Kvarken Systems Ab", "noreply@kvarken.example.com"),
   "Nytt formulär: Kontakta oss (svenska)", html(gf, cte="quoted-printable"),
   fields={"name": "Ulrika Westerlund", "email": "ulrika.westerlund@korsholmsel.example.net",
           "company": "Korsholms El & Automation Ab"})

cf("fi", "elementor-kurssi", A("Elementor", "noreply@kvarken.example.com"), "Uusi viesti sivustolta \"Kvarken Systems\"",
   plain("Nimi: Teemu Kallio\n"
         "Sähköposti: teemu.kallio@vaasan-energia-testi.example.com\n"
         "Puhelin: +358 44 902 1187\n"
         "Viesti: Moi, onko Python insinööreille -kurssille vielä tilaa tammikuun toteutukseen? "
         "Meitä olisi kolme samasta firmasta, saako ryhmäalennusta?\n\n"
         "---\n\n"
         "Date: 9.11.2026\nTime: 14.02\n"
         "Page URL: https://www.kvarken.example.com/fi/koulutukset/python-insinooreille/\n"
         "User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36\n"
         "Remote IP: 198.51.100.23\n"
         "Powered by: Elementor\n"),
   fields={"name": "Teemu Kallio", "email": "teemu.kallio@vaasan-energia-testi.example.com",
           "phone": "+358 44 902 1187",
           "page": "https://www.kvarken.example.com/fi/koulutukset/python-insinooreille/"})

cf("en", "ninja-forms-conference", A("Kvarken Systems", FORM_SENDER), "Kvarken Connect 2027 question",
   alt("Name: Olivia Brandt\nEmail: olivia.brandt@hansetec.example.com\n"
       "Company: Hanse-Tec GmbH\n"
       "Message: Hello, is Kvarken Connect held in English? I'd like to come with two colleagues "
       "from Hamburg and we'd need to know before booking flights to Vaasa. Also is there a partner exhibition?\n",
       "<p><b>Name:</b> Olivia Brandt<br><b>Email:</b> olivia.brandt@hansetec.example.com<br>"
       "<b>Company:</b> Hanse-Tec GmbH<br><b>Message:</b> Hello, is Kvarken Connect held in English? "
       "I&#39;d like to come with two colleagues from Hamburg and we&#39;d need to know before booking flights "
       "to Vaasa. Also is there a partner exhibition?</p>"),
   reply_to="olivia.brandt@hansetec.example.com",
   fields={"name": "Olivia Brandt", "email": "olivia.brandt@hansetec.example.com",
           "company": "Hanse-Tec GmbH"})

ff = """<html><body><div style="font-family:Helvetica,Arial">
<p>Du har fått en ny inlämning via <b>Kontaktformulär (SV)</b>.</p>
<table style="border-collapse:collapse" cellpadding="6" border="1">
<tr><th align="left">Namn</th><td>Göran Lillqvist</td></tr>
<tr><th align="left">E-postadress</th><td>goran.lillqvist@example.net</td></tr>
<tr><th align="left">Telefonnummer</th><td>050-331 4420</td></tr>
<tr><th align="left">Meddelande</th><td>Hej! Jag är IT-ansvarig på en liten sågverksfirma i Närpes. Vår server är gammal
och vi funderar på att flytta allt till molnet. Kan ni komma på besök och titta på helheten? Helst på eftermiddagar.</td></tr>
</table>
<p style="font-size:11px;color:#777">Inskickad från: https://www.kvarken.example.com/sv/tjanster/molnflytt/<br>
IP: 203.0.113.77</p>
<p style="font-size:11px;color:#777">Powered by Fluent Forms</p>
</div></body></html>"""
cf("sv", "fluent-forms-molnflytt", A("Kvarken Systems", "fluentform@kvarken.example.com"),
   "Ny inlämning: Kontaktformulär (SV)", html(ff),
   fields={"name": "Göran Lillqvist", "email": "goran.lillqvist@example.net", "phone": "050-331 4420",
           "page": "https://www.kvarken.example.com/sv/tjanster/molnflytt/"})

cf("fi", "formidable-tukipyynto", WP, "[Kvarken Systems] Tukipyyntö - lomake",
   plain("Etunimi: Satu\nSukunimi: Ylinen\nYritys: Ylisen Kuljetus Oy\n"
         "Sähköpostiosoite: satu.ylinen@ylisenkuljetus.example.net\n"
         "Puhelinnumero: 0500 612 804\n"
         "Asia: Laskutus\n"
         "Viesti: Saimme kaksi samanlaista laskua lokakuun ylläpidosta (laskut 26-1142 ja 26-1143). "
         "Voitteko mitätöidä toisen niistä? Kiitos.\n\n"
         "Lähetetty lomakkeelta: https://www.kvarken.example.com/fi/tuki/\n", cte="quoted-printable"),
   reply_to="satu.ylinen@ylisenkuljetus.example.net",
   fields={"name": "Satu Ylinen", "email": "satu.ylinen@ylisenkuljetus.example.net",
           "company": "Ylisen Kuljetus Oy", "phone": "0500 612 804",
           "page": "https://www.kvarken.example.com/fi/tuki/"},
   note="trap: asks to cancel a duplicate invoice - not a data request")

hs = """<html><body style="font-family:Arial">
<h2 style="color:#33475b">You've got a new submission</h2>
<p>Someone filled out <b>Website contact form (EN)</b> on <b>Kvarken Systems</b>.</p>
<table cellpadding="4">
<tr><td style="color:#7c98b6">First name:</td><td>Aino</td></tr>
<tr><td style="color:#7c98b6">Last name:</td><td>Laaksonen-Berg</td></tr>
<tr><td style="color:#7c98b6">Email:</td><td>aino.laaksonen-berg@example.org</td></tr>
<tr><td style="color:#7c98b6">Company name:</td><td>Berg Marine Design</td></tr>
<tr><td style="color:#7c98b6">Message:</td><td>We are a naval architecture office. Interested in a small custom portal for our clients to see project documents. Rough budget 20-30k. Could someone call me?</td></tr>
<tr><td style="color:#7c98b6">Phone number:</td><td>+358 (0)45 118 0093</td></tr>
</table>
<p>Page submitted on: <a href="https://www.kvarken.example.com/en/services/custom-software/">https://www.kvarken.example.com/en/services/custom-software/</a></p>
<p style="font-size:11px;color:#999">You're receiving this because you're set up to get form notifications.
<a href="https://app.hubspot.example.com/notifications/unsubscribe">Unsubscribe from form notifications</a></p>
</body></html>"""
cf("en", "hubspot-portal", A("HubSpot", "noreply@notifications.hubspot.example.com"),
   "New form submission on Kvarken Systems", html(hs, cte="quoted-printable"),
   hdrs=[("X-HubSpot-Notification", "form-submission")],
   fields={"name": "Aino Laaksonen-Berg", "email": "aino.laaksonen-berg@example.org",
           "company": "Berg Marine Design", "phone": "+358 (0)45 118 0093",
           "page": "https://www.kvarken.example.com/en/services/custom-software/"})

tf_txt = """Kvarken Academy - ilmoittautuminen has a new response

Mikä on nimesi?
Jenni Sundström

Sähköpostiosoitteesi?
jenni.sundstrom@example.com

Mille kurssille haluat ilmoittautua?
Azure-perusteet (helmikuu 2027)

Työnantaja (valinnainen)
Pohjanmaan Hyvinvointi -projekti

Jotain muuta mitä meidän pitäisi tietää?
Tarvitsen laskun verkkolaskuna, OVT-tunnus tulee myöhemmin. Olen keliakiaa sairastava jos lounas kuuluu hintaan.

View all responses: https://admin.typeform.example.com/form/Kq7RzT/results
"""
cf("fi", "typeform-ilmoittautuminen", A("Typeform", "notifications@typeform.example.com"),
   "Kvarken Academy - ilmoittautuminen: New response", alt(tf_txt),
   fields={"name": "Jenni Sundström", "email": "jenni.sundstrom@example.com",
           "company": "Pohjanmaan Hyvinvointi -projekti"})

jf = """<html><body>
<table width="600" cellpadding="8" style="border:1px solid #ddd;font-family:Arial;font-size:13px">
<tr><td colspan="2" style="background:#0a1551;color:#fff"><b>Offertförfrågan</b></td></tr>
<tr><td style="background:#f3f3fe" width="170">Namn</td><td>Henrik Backman</td></tr>
<tr><td style="background:#f3f3fe">Företag</td><td>Backmans Båtvarv</td></tr>
<tr><td style="background:#f3f3fe">E-post</td><td><a href="mailto:henrik@backmansvarv.example.org">henrik@backmansvarv.example.org</a></td></tr>
<tr><td style="background:#f3f3fe">Telefon</td><td>(06) 347 1102</td></tr>
<tr><td style="background:#f3f3fe">Vad gäller det?</td><td>Webbutik</td></tr>
<tr><td style="background:#f3f3fe">Beskriv ert behov</td><td>Vi vill sälja reservdelar på nätet, kanske 300 artiklar. Behöver koppling till vårt lagerprogram (Visma). Vad kostar något sådant ungefär?</td></tr>
</table>
<p style="font-size:11px">Submission ID: 6021984410223387155 &middot; Jotform</p>
</body></html>"""
cf("sv", "jotform-webbutik", A("Jotform", "noreply@jotform.example.com"), "Re: Offertförfrågan - Henrik Backman",
   html(jf, cte="base64"), reply_to="henrik@backmansvarv.example.org",
   fields={"name": "Henrik Backman", "company": "Backmans Båtvarv",
           "email": "henrik@backmansvarv.example.org", "phone": "(06) 347 1102"},
   note="Jotform prefixes 'Re:' on notifications; still a form")

gfo = """Email Notifications for Google Forms

A new response was submitted to the form "Kvarken Connect 2027 - Call for speakers".

Name: Tomasz Wójcik
Email address: tomasz.wojcik@example.net
Organisation: Baltic Automation Sp. z o.o.
Proposed talk title: Ten years of predictive maintenance - what actually worked
Short abstract: Lessons from rolling out condition monitoring in 14 paper mills, incl. the failures.
Anything else?: I can also run a 90-min workshop on the second day.

Response #23 - Submitted on 10 November 2026 at 16:44
"""
cf("en", "googleforms-speaker", A("Form Notifications", "forms-receipts-noreply@google.example.com"),
   "New response: Kvarken Connect 2027 - Call for speakers", plain(gfo, cte="quoted-printable"),
   fields={"name": "Tomasz Wójcik", "email": "tomasz.wojcik@example.net",
           "company": "Baltic Automation Sp. z o.o."})

cf("fi", "drupal-webform-kysely", A("Kvarken Systems", "drupal@kvarken.example.com"),
   "Lomakkeen lähetys: Ota yhteyttä",
   plain("Lähetetty 11.11.2026 - 08:57\n"
         "Lähettäjä: Anonyymi (ei varmennettu)\n"
         "Lähetetyt arvot:\n\n"
         "Nimesi\n  Kalle Mäenpää\n\n"
         "Sähköpostiosoitteesi\n  kalle.maenpaa@example.com\n\n"
         "Aihe\n  Harjoittelupaikka\n\n"
         "Viesti\n  Opiskelen Vaasan ammattikorkeakoulussa tietotekniikkaa ja etsin 3 kk harjoittelupaikkaa "
         "keväälle 2027. Onko teillä mahdollisuutta ottaa harjoittelijaa? CV:n voin lähettää.\n\n"
         "https://www.kvarken.example.com/fi/webform/ota_yhteytta/submission/4471\n"),
   fields={"name": "Kalle Mäenpää", "email": "kalle.maenpaa@example.com"})

wix = """<html><body style="font-family:Helvetica">
<p style="font-size:20px">New Form Submission</p>
<p>You've got a new form submission from your site <b>Kvarken Systems</b>.</p>
<p><b>First Name:</b> Marcus<br><b>Last Name:</b> Heikkilä<br>
<b>Email:</b> marcus.heikkila@example.org<br>
<b>Phone:</b> 358-40-662-7013<br>
<b>Message:</b> Hi, I left a question about the training invoice last week but nobody replied. Our company paid twice for the KvarkenFlow admin course (order 5531). Can you refund one of them?</p>
<p style="color:#888;font-size:12px">Sent from: <a href="https://kvarken-academy.example.com/contact">https://kvarken-academy.example.com/contact</a></p>
</body></html>"""
cf("en", "wix-double-payment", A("Wix Forms", "no-reply@crm.wix.example.com"), "New Form Submission: Contact Us",
   html(wix), reply_to="marcus.heikkila@example.org",
   fields={"name": "Marcus Heikkilä", "email": "marcus.heikkila@example.org", "phone": "358-40-662-7013",
           "page": "https://kvarken-academy.example.com/contact"})

cf("sv", "squarespace-kurs", A("Squarespace", "form-submission@squarespace.example.com"),
   "Form Submission - Kontakt - Fråga om kursen",
   plain("Form Submission\nKontakt\n\n"
         "Namn: Ida Åkerholm\n"
         "E-post: ida.akerholm@example.com\n"
         "Ämne: Fråga om kursen\n"
         "Meddelande: Hej! Ordnas kursen i GDPR för utvecklare också på svenska? Jag har svårt att hänga med "
         "i finska tekniska termer. Vi är fyra från samma arbetsplats i Jakobstad.\n\n"
         "(Sent via Kvarken Systems - https://www.kvarken.example.com/sv/kurser)\n"),
   reply_to="ida.akerholm@example.com",
   fields={"name": "Ida Åkerholm", "email": "ida.akerholm@example.com",
           "page": "https://www.kvarken.example.com/sv/kurser"},
   note="trap: mentions GDPR as a course topic")

cf("en", "webflow-partnership", A("Webflow", "no-reply-forms@webflow.example.com"),
   "You have a new form submission on your Webflow site!",
   alt("Form: Partner Enquiry\nSite: Kvarken Systems\n\n"
       "Name: Daniel Okafor\nEmail: d.okafor@example.com\nCompany: Lagos Cloudworks Ltd\n"
       "Message: We're a Microsoft partner and resell to Nordic customers. Interested in white-labelling "
       "your maintenance app. Who should I talk to?\n\n"
       "Submitted at: 2026-11-12T07:13:09Z\n"),
   fields={"name": "Daniel Okafor", "email": "d.okafor@example.com", "company": "Lagos Cloudworks Ltd"})

php = ("--- Nimi ---\nRaili Östman\n\n--- Sähköposti ---\nraili.ostman@example.net\n\n"
       "--- Puhelin ---\n06 321 4455\n\n--- Viesti ---\n"
       "Hyvä vastaanottaja, yhdistyksemme (Vaasan Seudun Eläkeläiset ry) kotisivut ovat teidän "
       "ylläpidossa mutta sivulla näkyy yhä vanha hallituksen kuva. Voisitteko poistaa sen kuvan ja "
       "laittaa tilalle uuden, lähetän sen sähköpostilla.\n\n"
       "--- Lähetetty ---\n2026-11-12 10:41:07 / 192.0.2.118\n")
cf("fi", "custom-php-kuva", A("www-data", "www-data@web01.kvarken.example.com"),
   "Yhteydenotto www-sivuilta", plain(php, cs="iso-8859-1", cte="quoted-printable"),
   subj_cs="iso-8859-1",
   fields={"name": "Raili Östman", "email": "raili.ostman@example.net", "phone": "06 321 4455"},
   note="trap: 'poistaa kuva' is about a web page photo, not personal data")

dl = """<html><body>
<h3>Nytt meddelande från webbplatsen</h3>
<dl>
<dt>Namn</dt><dd>Lars-Erik Nyholm</dd>
<dt>Företag</dt><dd>Nyholm Konsult</dd>
<dt>E-post</dt><dd>lars-erik@nyholmkonsult.example.com</dd>
<dt>Sida</dt><dd>https://www.kvarken.example.com/sv/evenemang/kvarken-connect-2027/</dd>
<dt>Meddelande</dt><dd>Finns det fortfarande utställarplatser på Kvarken Connect? Vi vill gärna ha ett bord i foajén. Skicka gärna prislista.</dd>
</dl>
</body></html>"""
cf("sv", "dl-utstallare", WP, "Nytt meddelande från webbplatsen", html(dl),
   reply_to="lars-erik@nyholmkonsult.example.com",
   fields={"name": "Lars-Erik Nyholm", "company": "Nyholm Konsult", "email": "lars-erik@nyholmkonsult.example.com",
           "page": "https://www.kvarken.example.com/sv/evenemang/kvarken-connect-2027/"})

cf("en", "cf7-erase", WP, "Kvarken Systems \"Please remove me\"",
   plain("From: Grace Whitfield <grace.whitfield@example.com>\nSubject: Please remove me\n\n"
         "Message Body:\nHello. I attended your webinar in 2024 and since then I keep getting mail from you. "
         "I no longer work in IT. Please delete all my personal data from your systems and confirm when done.\n\n"
         "Thanks, Grace\n" + FOOT),
   reply_to="grace.whitfield@example.com",
   requests=["erasure"],
   fields={"name": "Grace Whitfield", "email": "grace.whitfield@example.com"})

cf("sv", "cf7-avsluta-nyhetsbrev", WP, "Kvarken Systems \"nyhetsbrev\"",
   plain("Från: Birgitta Sandvik <birgitta.sandvik@example.org>\nÄmne: nyhetsbrev\n\n"
         "Meddelande:\nHej, jag vill inte längre få Kvarken Pulse. Har försökt klicka på länken "
         "men den ger bara ett fel. Ta bort mig från utskickslistan tack.\n\n"
         "--\nDetta e-postmeddelande skickades från ett kontaktformulär på Kvarken Systems "
         "(https://www.kvarken.example.com/sv/)\n"),
   reply_to="birgitta.sandvik@example.org", requests=["unsubscribe"],
   fields={"name": "Birgitta Sandvik", "email": "birgitta.sandvik@example.org"})

cf("fi", "wpforms-rekisteriote", WP, "Uusi lomakemerkintä: Yhteydenotto",
   alt("Etunimi\nJuha-Pekka\n\nSukunimi\nNiemistö\n\nSähköposti\njp.niemisto@example.net\n\n"
       "Viesti\nHei, haluaisin tietää mitä tietoja minusta on tallennettu teidän asiakasrekisteriin. "
       "Olin Kvarken Connect -tapahtumassa 2025 ja nyt tulee soittoja. Lähettäkää rekisteriote.\n\n"
       "---\nLähetetty sivustolta Kvarken Systems\nhttps://www.kvarken.example.com/fi/yhteystiedot/\n"),
   reply_to="jp.niemisto@example.net", requests=["access"],
   fields={"name": "Juha-Pekka Niemistö", "email": "jp.niemisto@example.net",
           "page": "https://www.kvarken.example.com/fi/yhteystiedot/"})

cf("en", "robot-replyto-only", A("Website", "noreply@kvarken.example.com"), "Website enquiry",
   plain("A visitor sent the following message via the website.\n\n"
         "Subject: pricing\n"
         "Message:\nWhat does KvarkenFlow cost per user per month if we have about 60 technicians? "
         "Is there an on-premise version, our IT policy does not allow SaaS outside the EU.\n\n"
         "Reply directly to this e-mail to answer the visitor.\n"),
   reply_to=A("Fernando Alves", "f.alves@portoindustrial.example.net"),
   fields={"name": "Fernando Alves", "email": "f.alves@portoindustrial.example.net"},
   note="visitor address only in Reply-To")

cf("fi", "koulutus-ilmoittautuminen", WP, "Ilmoittautuminen: KvarkenFlow pääkäyttäjäkoulutus 21.1.2027",
   plain("Uusi ilmoittautuminen koulutukseen.\n\n"
         "Koulutus: KvarkenFlow pääkäyttäjäkoulutus 21.1.2027 (Vaasa + etä)\n"
         "Osallistumistapa: Etänä\n"
         "Nimi: Hanna Rinta-Kauppila\n"
         "Organisaatio: Seinäjoen Lämpö ja Vesi Oy\n"
         "Sähköposti: hanna.rintakauppila@example.org\n"
         "Puhelin: 050 449 3310\n"
         "Laskutusosoite: verkkolasku, OVT 003712345678\n"
         "Lisätietoja: Pääsenkö kurssin tallenteeseen jälkikäteen?\n" + FOOT),
   reply_to="hanna.rintakauppila@example.org",
   fields={"name": "Hanna Rinta-Kauppila", "company": "Seinäjoen Lämpö ja Vesi Oy",
           "email": "hanna.rintakauppila@example.org", "phone": "050 449 3310"})

cf("en", "conference-registration-cancel", WP, "Kvarken Connect - contact",
   plain("Your name: Ben Kowalczyk\nYour email: ben.k@example.com\nOrganisation: Midlands Precision Ltd\n"
         "Your message:\nI registered for Kvarken Connect (booking KC27-0312) but can no longer travel. "
         "Please cancel my booking and let me know if my colleague Sarah can take the ticket instead.\n" + FOOT),
   reply_to="ben.k@example.com",
   fields={"name": "Ben Kowalczyk", "email": "ben.k@example.com", "company": "Midlands Precision Ltd"},
   note="trap: cancel a booking, not a data request")

cf("sv", "ninja-namnbyte", A("Kvarken Systems", FORM_SENDER), "Kontaktformulär",
   plain("Namn: Emma Granholm\nE-post: emma.granholm@example.net\nTelefon: +358 50 5512 786\n"
         "Meddelande: Hej. Jag har gift mig och heter nu Granholm (tidigare Rönnqvist). Kan ni ändra "
         "namnet i ert kundregister och i nyhetsbrevet? E-postadressen är samma.\n" + FOOT),
   reply_to="emma.granholm@example.net", requests=["rectification"],
   fields={"name": "Emma Granholm", "email": "emma.granholm@example.net", "phone": "+358 50 5512 786"})

cf("fi", "gravity-ei-puheluita", A("Kvarken Systems", FORM_SENDER), "Uusi lähetys: Yhteydenottolomake",
   html("<table><tr><td><b>Nimi</b></td><td>Markku Harju</td></tr>"
        "<tr><td><b>Sähköposti</b></td><td>markku.harju@example.com</td></tr>"
        "<tr><td><b>Yritys</b></td><td>Harjun Sähkö Tmi</td></tr>"
        "<tr><td><b>Viesti</b></td><td>Myyjänne soittaa minulle joka toinen viikko. En halua "
        "enää yhtään puhelua enkä markkinointipostia, kieltän tietojeni käytön suoramarkkinointiin. "
        "Tietoja ei tarvitse poistaa koska olemme asiakkaana.</td></tr></table>", cte="quoted-printable"),
   reply_to="markku.harju@example.com", requests=["objection"],
   fields={"name": "Markku Harju", "email": "markku.harju@example.com", "company": "Harjun Sähkö Tmi"})

cf("en", "elementor-newsletter-signup", A("Elementor", "noreply@kvarken.example.com"), "New message from \"Kvarken Systems\"",
   plain("Name: Priya Natarajan\nEmail: priya.natarajan@example.org\n"
         "Message: Loved your talk at the Vaasa dev meetup. Could you add me to your newsletter? "
         "Couldn't find a sign-up box on the English pages.\n\n"
         "---\n\nDate: November 13, 2026\nTime: 11:20 am\n"
         "Page URL: https://www.kvarken.example.com/en/blog/edge-analytics/\n"
         "User Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Safari/605.1.15\n"
         "Remote IP: 203.0.113.9\nPowered by: Elementor\n"),
   requests=["subscribe"],
   fields={"name": "Priya Natarajan", "email": "priya.natarajan@example.org",
           "page": "https://www.kvarken.example.com/en/blog/edge-analytics/"})

cf("sv", "ninja-support", WP, "Ny supportfråga",
   plain("Namn: Anders Holm\nFöretag: Vörå Mekaniska\nE-post: anders.holm@voramek.example.org\n"
         "Telefon: 040 1234 877\n"
         "Meddelande: KvarkenFlow-appen på våra Android-telefoner loggar ut hela tiden sedan uppdateringen "
         "i tisdags. Vi har 8 mekaniker som inte kan kvittera arbetsorder. Brådskande!\n" + FOOT),
   reply_to="anders.holm@voramek.example.org",
   fields={"name": "Anders Holm", "company": "Vörå Mekaniska", "email": "anders.holm@voramek.example.org",
           "phone": "040 1234 877"})

cf("en", "typeform-demo", A("Typeform", "notifications@typeform.example.com"), "Book a demo: New response",
   alt("Book a demo has a new response\n\n"
       "What's your full name?\nLinnea Carlsson\n\n"
       "Work email\nlinnea.carlsson@example.com\n\n"
       "Company\nGothia Facilities AB\n\n"
       "Phone (optional)\n+46 70 555 01 23\n\n"
       "What would you like to see?\nMobile work orders and the reporting dashboard. We're comparing three vendors.\n"),
   fields={"name": "Linnea Carlsson", "email": "linnea.carlsson@example.com",
           "company": "Gothia Facilities AB", "phone": "+46 70 555 01 23"})

cf("fi", "gravity-qp-pilvi", WP, "Yhteydenotto: Pilvipalvelut",
   plain("Nimi: Timo Lassila\nYritys: Lassilan Puutarha Ky\nSähköposti: timo@lassilanpuutarha.example.net\n"
         "Puhelin: 045-778 2104\nSivu: https://www.kvarken.example.com/fi/palvelut/microsoft-365/\n"
         "Viesti:\nTerve, meillä on 6 konetta ja vanha Office 2013. Tarvittaisiin apua Microsoft 365 "
         "-siirtymään ja sähköpostien siirtoon. Olisiko ensi viikolla aikaa käydä paikan päällä Mustasaaressa?\n"
         + FOOT, cte="quoted-printable"),
   reply_to="timo@lassilanpuutarha.example.net",
   fields={"name": "Timo Lassila", "company": "Lassilan Puutarha Ky", "email": "timo@lassilanpuutarha.example.net",
           "phone": "045-778 2104", "page": "https://www.kvarken.example.com/fi/palvelut/microsoft-365/"})

cf("sv", "cf7-base64-rabatt", WP, "Kvarken Systems \"Studentrabatt?\"",
   plain("Från: Oskar Lindén <oskar.linden@example.com>\nÄmne: Studentrabatt?\n\n"
         "Meddelande:\nHej, jag studerar vid Åbo Akademi i Vasa. Får studenter rabatt på Kvarken Connect? "
         "Jag kan gärna jobba som volontär också.\n\n"
         "--\nDetta e-postmeddelande skickades från ett kontaktformulär på Kvarken Systems "
         "(https://www.kvarken.example.com/sv/)\n", cte="base64"),
   reply_to="oskar.linden@example.com",
   fields={"name": "Oskar Lindén", "email": "oskar.linden@example.com"})

wpf2 = """<html><body><table width="100%" style="max-width:600px">
<tr><td><strong>Name</strong></td></tr><tr><td>Rachel Moreau</td></tr>
<tr><td><strong>Email</strong></td></tr><tr><td>rachel.moreau@example.net</td></tr>
<tr><td><strong>Message</strong></td></tr><tr><td>I signed up for a trial of KvarkenFlow in 2025 and never used it.
First, please tell me what personal data you have on me and where you got my phone number.
After that, delete my account and everything related to me.</td></tr>
</table><p>Sent from Kvarken Systems &mdash; https://www.kvarken.example.com/en/trial/</p></body></html>"""
cf("en", "wpforms-html-access-erase", WP, "New Entry: Contact Us", html(wpf2, cte="quoted-printable"),
   reply_to="rachel.moreau@example.net", requests=["access", "erasure"],
   fields={"name": "Rachel Moreau", "email": "rachel.moreau@example.net",
           "page": "https://www.kvarken.example.com/en/trial/"})

php2 = ("Uusi viesti verkkosivuilta\r\n=========================\r\n"
        "Nimi:       Jäämies Päivi\r\nSähköposti: paivi.jaamies@example.org\r\n"
        "Puhelin:    +358401112233\r\nYritys:     Kyrönmaan Kotihoito\r\n\r\n"
        "Viesti:\r\nHei, tarvitsisimme tietoturvakartoituksen, meillä on potilastietoja läppäreillä "
        "ja pelkään että ne ei ole salattu. Mitä tällainen maksaa?\r\n")
cf("fi", "custom-php-cp1252", A("Kvarken www", "lomake@kvarken.example.com"),
   "Uusi viesti verkkosivuilta", plain(php2.replace("\r\n", "\n"), cs="windows-1252"), subj_cs="windows-1252",
   fields={"name": "Jäämies Päivi", "email": "paivi.jaamies@example.org", "phone": "+358401112233",
           "company": "Kyrönmaan Kotihoito"},
   note="surname first in the single Name field, expected as written")

cf("sv", "formidable-intranet", WP, "[Kvarken Systems] Ny förfrågan",
   plain("Förnamn: Johanna\nEfternamn: Storbacka\nOrganisation: Malax kommun\n"
         "E-post: johanna.storbacka@malax-test.example.org\nTelefon: 06-365 9021\n"
         "Meddelande: Vi behöver ett nytt intranät som fungerar på både svenska och finska. "
         "Upphandlingen öppnar i januari, vill ni ha information när den publiceras?\n\n"
         "Skickat från: https://www.kvarken.example.com/sv/kontakt/\n"),
   reply_to="johanna.storbacka@malax-test.example.org",
   fields={"name": "Johanna Storbacka", "company": "Malax kommun",
           "email": "johanna.storbacka@malax-test.example.org", "phone": "06-365 9021",
           "page": "https://www.kvarken.example.com/sv/kontakt/"})

cf("en", "cf7-plain-short", WP, "Kvarken Systems \"hi\"",
   plain("From: kevin <kev.obrien@example.net>\nSubject: hi\n\nMessage Body:\nhey do u do website hosting or only software\n"
         + FOOT),
   reply_to="kev.obrien@example.net",
   fields={"name": "kevin", "email": "kev.obrien@example.net"})

cf("fi", "cf7-viesti-ilman-nimea", WP, "Kvarken Systems: yhteydenotto",
   plain("Sähköposti: anne.k@example.com\nViesti:\nMiten voin poistaa KvarkenFlow'sta vanhan työtilauksen "
         "joka tehtiin vahingossa kahteen kertaan? Poista-nappi on harmaana.\n" + FOOT),
   reply_to="anne.k@example.com",
   fields={"email": "anne.k@example.com"},
   note="trap: delete a work order in the product, not personal data")

cf("sv", "hubspot-sv-gdpr-fraga", A("HubSpot", "noreply@notifications.hubspot.example.com"),
   "Nytt formulärinskick på Kvarken Systems",
   alt("Någon fyllde i Kontaktformulär (SV) på Kvarken Systems.\n\n"
       "Förnamn: Mats\nEfternamn: Kronqvist\nE-post: mats.kronqvist@example.com\n"
       "Företag: Kronqvist Fastigheter\n"
       "Meddelande: Vi ska bygga en hyresgästportal. Kan ni hjälpa oss så att den uppfyller GDPR, "
       "t.ex. att hyresgäster själva kan ladda ner och radera sina uppgifter?\n\n"
       "Sida: https://www.kvarken.example.com/sv/tjanster/skraddarsydd-programvara/\n"),
   fields={"name": "Mats Kronqvist", "email": "mats.kronqvist@example.com", "company": "Kronqvist Fastigheter",
           "page": "https://www.kvarken.example.com/sv/tjanster/skraddarsydd-programvara/"},
   note="trap: talks about erasure as a product feature")


# =============================================================== CHATS
CD = A("ChatDesk", CHAT_SENDER)

ch("en", "chatdesk-transcript-api", CD, "Chat with Jonathan Reyes",
   plain("Chat transcript\n\n"
         "Visitor: Jonathan Reyes\nEmail: jonathan.reyes@example.com\nCompany: Reyes Fleet Services\n"
         "Page: https://www.kvarken.example.com/en/products/kvarkenflow/\n"
         "Started: 2026-11-03 10:02 +02:00\n\n"
         "[10:02] Jonathan Reyes: Hi, does KvarkenFlow have a REST API for work orders?\n"
         "[10:03] Agent Ravi: Hi Jonathan! Yes, there's a REST API and webhooks. Which system would you integrate?\n"
         "[10:05] Jonathan Reyes: Our fleet telematics, it's a custom thing in .NET\n"
         "[10:06] Agent Ravi: That works well. I'll send you the API docs and a sandbox key by e-mail.\n"
         "[10:06] Jonathan Reyes: great thanks\n"),
   fields={"name": "Jonathan Reyes", "email": "jonathan.reyes@example.com", "company": "Reyes Fleet Services",
           "page": "https://www.kvarken.example.com/en/products/kvarkenflow/"})

ch("fi", "chatdesk-offline-soittopyynto", CD, "Offline-viesti: Eija Koskela",
   plain("Offline message\n\nName: Eija Koskela\nEmail: eija.koskela@example.net\nPhone: 040 551 2098\n"
         "Page: https://www.kvarken.example.com/fi/koulutukset/\n\n"
         "Message:\nSoittaisitteko huomenna aamupäivällä, kysyisin yrityskohtaisesta Excel-koulutuksesta "
         "noin 15 hengelle.\n"),
   fields={"name": "Eija Koskela", "email": "eija.koskela@example.net", "phone": "040 551 2098",
           "page": "https://www.kvarken.example.com/fi/koulutukset/"})

ch("sv", "chatdesk-transcript-sv", CD, "Chatt med Kristoffer Sjöberg",
   plain("Chattutskrift\n\n"
         "Besökare: Kristoffer Sjöberg\nE-post: kristoffer.sjoberg@example.org\nTelefon: 044 902 3311\n"
         "Sida: https://www.kvarken.example.com/sv/support/\n"
         "Startad: 2026-11-04 13:40 +02:00\n\n"
         "[13:40] Kristoffer Sjöberg: Hej, vår licens för KvarkenFlow går ut i december. Hur förnyar vi?\n"
         "[13:41] Agent Jonas: Hej Kristoffer! Den förnyas automatiskt om ni inte säger upp den. Fakturan kommer i början av december.\n"
         "[13:43] Kristoffer Sjöberg: Okej, men vi vill minska från 10 till 7 användare\n"
         "[13:44] Agent Jonas: Inga problem, jag noterar det och skickar en bekräftelse per e-post.\n"
         "[13:44] Kristoffer Sjöberg: Tack!\n"),
   fields={"name": "Kristoffer Sjöberg", "email": "kristoffer.sjoberg@example.org", "phone": "044 902 3311",
           "page": "https://www.kvarken.example.com/sv/support/"})

ch("fi", "chatdesk-poista-tiedot", CD, "Chat with Anonyymi vierailija",
   plain("Chat transcript\n\n"
         "Visitor: Vierailija 4821\nEmail: lauri.heino@example.com\n"
         "Page: https://www.kvarken.example.com/fi/tietosuoja/\n"
         "Started: 2026-11-05 19:12 +02:00\n\n"
         "[19:12] Vierailija 4821: Hei, onko täällä ketään\n"
         "[19:13] Agent Heidi: Hei! Täällä ollaan, miten voin auttaa?\n"
         "[19:14] Vierailija 4821: Olin teidän kurssilla 2023 ja haluan että poistatte kaikki tietoni, "
         "myös sähköpostiosoitteen lauri.heino@example.com\n"
         "[19:15] Agent Heidi: Selvä. Välitän poistopyynnön rekisterin ylläpitäjälle, saat vahvistuksen sähköpostiin.\n"
         "[19:15] Vierailija 4821: kiitos\n"),
   requests=["erasure"],
   fields={"email": "lauri.heino@example.com", "page": "https://www.kvarken.example.com/fi/tietosuoja/"},
   note="anonymous visitor, free text asks for erasure")

ch("en", "chatdesk-offline-anon", CD, "Offline message: Visitor",
   plain("Offline message\n\nEmail: m.tanaka@example.net\n"
         "Page: https://www.kvarken.example.com/en/events/kvarken-connect-2027/\n\n"
         "Message:\nWill the keynotes be streamed? Can't make it to Vaasa in April.\n"),
   fields={"email": "m.tanaka@example.net",
           "page": "https://www.kvarken.example.com/en/events/kvarken-connect-2027/"})

tawk = """Chat Transcript
Kvarken Systems

Visitor: Sofia Nylund
Email: sofia.nylund@example.com
Phone: 0407 889 120
Chat started on: 6 Nov 2026, 09:31 (GMT+2)
Chat ended on: 6 Nov 2026, 09:38 (GMT+2)
Chat Page: https://www.kvarken.example.com/sv/kurser/power-bi/

[09:31] Sofia Nylund: Hej, finns det platser kvar på Power BI-kursen i december?
[09:32] Anna (Kvarken Systems): Hej Sofia! Ja, det finns fyra platser kvar.
[09:33] Sofia Nylund: Är den på svenska?
[09:34] Anna (Kvarken Systems): Kursen hålls på svenska med material på engelska.
[09:36] Sofia Nylund: Bra, jag anmäler mig via webben då.
[09:38] Anna (Kvarken Systems): Välkommen!

--
tawk.to - Free live chat for your website
"""
ch("sv", "tawk-powerbi", A("tawk.to", "no-reply@tawk.example.net"), "Chat Transcript from Sofia Nylund",
   alt(tawk), fields={"name": "Sofia Nylund", "email": "sofia.nylund@example.com", "phone": "0407 889 120",
                      "page": "https://www.kvarken.example.com/sv/kurser/power-bi/"})

lc = """Chat transcript

Visitor name: Hamid Rostami
Visitor email: hamid.rostami@example.org
Chat started on: Nov 6, 2026 2:15:40 PM
Chat duration: 6 min 12 sec
Chat page: https://www.kvarken.example.com/en/careers/
Agent: Mikko Rantala

Hamid Rostami (2:15:40 PM): Hello, are you hiring backend developers? I'm moving to Vaasa next spring.
Mikko Rantala (2:16:22 PM): Hi Hamid, we don't have an open position right now, but open applications are welcome.
Hamid Rostami (2:17:05 PM): OK. Is Finnish required?
Mikko Rantala (2:18:30 PM): Not for development roles, our team language is English.
Hamid Rostami (2:21:52 PM): Perfect, I'll send my CV to info@ then.

Rate this chat: good
"""
ch("en", "livechat-careers", A("LiveChat", "transcripts@livechat.example.com"),
   "Chat transcript with Hamid Rostami", plain(lc, cte="quoted-printable"),
   fields={"name": "Hamid Rostami", "email": "hamid.rostami@example.org",
           "page": "https://www.kvarken.example.com/en/careers/"})

crisp = """<html><body style="font-family:-apple-system,Helvetica">
<p style="color:#666">New conversation on <b>Kvarken Systems</b></p>
<table cellpadding="3">
<tr><td><b>Nimi</b></td><td>Veli-Matti Ketola</td></tr>
<tr><td><b>Sähköposti</b></td><td>vm.ketola@example.net</td></tr>
<tr><td><b>Yritys</b></td><td>Ketolan Konepaja Oy</td></tr>
<tr><td><b>Sivu</b></td><td>https://www.kvarken.example.com/fi/tuotteet/kvarkenflow/hinnasto/</td></tr>
</table>
<hr>
<p><b>Veli-Matti Ketola</b> <span style="color:#999">klo 11.02</span><br>Moi, sisältyykö hinnastossa mainittuun hintaan mobiilisovellus?</p>
<p><b>Mikko</b> <span style="color:#999">klo 11.03</span><br>Moikka! Sisältyy, kaikissa paketeissa.</p>
<p><b>Veli-Matti Ketola</b> <span style="color:#999">klo 11.05</span><br>Entä varaosavarasto, onko se lisämoduuli?</p>
<p><b>Mikko</b> <span style="color:#999">klo 11.06</span><br>Se on Pro-paketissa. Laitan sähköpostilla vertailutaulukon.</p>
<p style="font-size:11px;color:#aaa">Crisp &middot; Reply to this email to continue the conversation</p>
</body></html>"""
ch("fi", "crisp-hinnasto", A("Crisp", "notifications@crisp.example.com"), "Uusi viesti: Veli-Matti Ketola",
   html(crisp, cte="quoted-printable"),
   fields={"name": "Veli-Matti Ketola", "email": "vm.ketola@example.net", "company": "Ketolan Konepaja Oy",
           "page": "https://www.kvarken.example.com/fi/tuotteet/kvarkenflow/hinnasto/"})

zd = """Chat transcript: Visitor 88213409

Chat started: 2026-11-09 08:12 AM UTC
Chat page: https://www.kvarken.example.com/sv/
Visitor: Visitor 88213409
Email: camilla.ek@example.org

(08:12:10) Visitor 88213409: hej, jag vill att ni slutar skicka nyhetsbrevet till mig
(08:12:41) Jonas: Hej! Jag kan hjälpa till. Vilken e-postadress gäller det?
(08:13:02) Visitor 88213409: camilla.ek@example.org
(08:13:30) Jonas: Tack, jag skickar det vidare så att du avregistreras.
(08:13:45) Visitor 88213409: tack
"""
ch("sv", "zendesk-avregistrera", A("Zendesk Chat", "noreply@zopim.example.com"),
   "Chat transcript: Visitor 88213409", plain(zd), requests=["unsubscribe"],
   fields={"email": "camilla.ek@example.org", "page": "https://www.kvarken.example.com/sv/"})

ic = """<html><body style="font-family:Arial">
<p><b>Conversation with Nadia Haddad</b><br>
nadia.haddad@example.com &middot; Kvarken Connect 2027 page<br>
<a href="https://www.kvarken.example.com/en/events/kvarken-connect-2027/sponsors/">https://www.kvarken.example.com/en/events/kvarken-connect-2027/sponsors/</a></p>
<table width="100%">
<tr><td valign="top" width="120"><b>Nadia Haddad</b><br><small>Nov 10, 3:02 PM</small></td>
<td>Hi there! We are Gold sponsors this year. Our logo on the sponsors page is the old one, could you remove it and use the new version? Sending the SVG by email.</td></tr>
<tr><td valign="top"><b>Annika</b><br><small>Nov 10, 3:05 PM</small></td>
<td>Hi Nadia, of course. Please send it to info@ and we'll swap it today.</td></tr>
<tr><td valign="top"><b>Nadia Haddad</b><br><small>Nov 10, 3:06 PM</small></td>
<td>Thanks a lot!</td></tr>
</table>
<p style="color:#999;font-size:11px">Intercom conversation transcript &middot; ID 21550038</p>
</body></html>"""
ch("en", "intercom-logo", A("Intercom", "transcripts@intercom-mail.example.com"),
   "Conversation with Nadia Haddad", html(ic),
   fields={"name": "Nadia Haddad", "email": "nadia.haddad@example.com",
           "page": "https://www.kvarken.example.com/en/events/kvarken-connect-2027/sponsors/"},
   note="trap: remove a logo")

ch("fi", "chatdesk-iso-8859", CD, "Chat with Riikka Hämäläinen",
   plain("Chat transcript\n\n"
         "Visitor: Riikka Hämäläinen\nEmail: riikka.hamalainen@example.com\nPhone: +358 50 300 7781\n"
         "Company: Pohjanmaan Tilitoimisto Oy\n"
         "Page: https://www.kvarken.example.com/fi/palvelut/tietoturva/\n"
         "Started: 2026-11-10 12:30 +02:00\n\n"
         "[12:30] Riikka Hämäläinen: Päivää, meille tuli outo sähköposti joka näyttää tulevan pankista\n"
         "[12:31] Agent Heidi: Hei Riikka! Älä klikkaa linkkejä. Onko joku jo avannut liitteen?\n"
         "[12:32] Riikka Hämäläinen: Yksi työntekijä avasi\n"
         "[12:33] Agent Heidi: Soitan sinulle heti, laitetaan kone pois verkosta siksi aikaa.\n",
         cs="iso-8859-1", cte="quoted-printable"),
   subj_cs="iso-8859-1",
   fields={"name": "Riikka Hämäläinen", "email": "riikka.hamalainen@example.com",
           "phone": "+358 50 300 7781", "company": "Pohjanmaan Tilitoimisto Oy",
           "page": "https://www.kvarken.example.com/fi/palvelut/tietoturva/"})

ch("sv", "chatdesk-offline-sv", CD, "Offline-meddelande: Viktor Lindqvist",
   plain("Offline message\n\nName: Viktor Lindqvist\nEmail: viktor.lindqvist@example.net\n"
         "Company: Lindqvist Transport Ab\n"
         "Page: https://www.kvarken.example.com/sv/kontakt/\n\n"
         "Message:\nRing mig angående servern som ni installerade i augusti, den piper. "
         "Och ändra gärna mitt telefonnummer i era register till 050 667 3412, det gamla är ur bruk.\n"),
   requests=["rectification"],
   fields={"name": "Viktor Lindqvist", "email": "viktor.lindqvist@example.net",
           "company": "Lindqvist Transport Ab", "page": "https://www.kvarken.example.com/sv/kontakt/"})

ch("en", "tawk-no-marketing", A("tawk.to", "no-reply@tawk.example.net"), "Chat Transcript from Visitor 302",
   plain("Chat Transcript\nKvarken Systems\n\nVisitor: Visitor 302\nEmail: l.fischer@example.org\n"
         "Chat started on: 11 Nov 2026, 16:02 (GMT+2)\n"
         "Chat Page: https://www.kvarken.example.com/en/\n\n"
         "[16:02] Visitor 302: hi. your sales guy keeps calling me. I'm happy to stay a customer but I object "
         "to any marketing calls or emails, please note that\n"
         "[16:03] Ravi (Kvarken Systems): Sorry about that! I'll mark your contact as no marketing.\n"
         "[16:03] Visitor 302: thanks\n\n--\ntawk.to - Free live chat for your website\n"),
   requests=["objection"],
   fields={"email": "l.fischer@example.org", "page": "https://www.kvarken.example.com/en/"})

ch("fi", "livechat-fi-kurssi", A("LiveChat", "transcripts@livechat.example.com"),
   "Keskustelun tallenne: Ossi Peltola",
   plain("Keskustelun tallenne\n\nVierailijan nimi: Ossi Peltola\nVierailijan sähköposti: ossi.peltola@example.org\n"
         "Keskustelu alkoi: 12.11.2026 9.05.11\nSivu: https://www.kvarken.example.com/fi/koulutukset/azure/\n"
         "Agentti: Heidi Mäkelä\n\n"
         "Ossi Peltola (9.05.11): onko azure-kurssilla etäosallistumismahdollisuus\n"
         "Heidi Mäkelä (9.05.40): Hei Ossi! On, Teamsin kautta.\n"
         "Ossi Peltola (9.06.02): ok kiitti, ilmoittaudun\n"),
   fields={"name": "Ossi Peltola", "email": "ossi.peltola@example.org",
           "page": "https://www.kvarken.example.com/fi/koulutukset/azure/"})

ch("sv", "crisp-sv-b64", A("Crisp", "notifications@crisp.example.com"), "Ny konversation: Maria Sundell",
   alt("Ny konversation på Kvarken Systems\n\nNamn: Maria Sundell\nE-post: maria.sundell@example.com\n"
       "Telefon: 0400 812 455\nSida: https://www.kvarken.example.com/sv/evenemang/\n\n"
       "Maria Sundell (10:14): Kommer det att finnas parallellsessioner på svenska på Kvarken Connect?\n"
       "Jonas (10:16): Hej Maria! Ja, en del av workshoparna hålls på svenska. Programmet publiceras i januari.\n"
       "Maria Sundell (10:16): Toppen, tack\n", cte="base64"),
   fields={"name": "Maria Sundell", "email": "maria.sundell@example.com", "phone": "0400 812 455",
           "page": "https://www.kvarken.example.com/sv/evenemang/"})

ch("en", "chatdesk-access-request", CD, "Chat with Elena Petrova",
   plain("Chat transcript\n\nVisitor: Elena Petrova\nEmail: elena.petrova@example.net\n"
         "Page: https://www.kvarken.example.com/en/privacy/\n"
         "Started: 2026-11-13 08:47 +02:00\n\n"
         "[08:47] Elena Petrova: Good morning. I'd like a copy of the personal data you hold on me, as per GDPR.\n"
         "[08:48] Agent Ravi: Good morning Elena. I'll pass that on; you'll get an e-mail to confirm it's you.\n"
         "[08:48] Elena Petrova: Fine. And please correct my job title, I'm now CTO not IT manager.\n"
         "[08:49] Agent Ravi: Noted, both.\n"),
   requests=["access", "rectification"],
   fields={"name": "Elena Petrova", "email": "elena.petrova@example.net",
           "page": "https://www.kvarken.example.com/en/privacy/"})


# =============================================================== CONFIRMATIONS
def tok(i):
    return "".join("0123456789abcdef"[(i * 7 + j * 13 + (i * j) % 5) % 16] for j in range(24))


T1, T2, T3, T4, T5, T6 = (tok(i) for i in range(1, 7))
T6 = "Qm7_xK2-pR9vL4tW8nZ3cY6b"


def cref(t):
    return [("In-Reply-To", f"<mailbot-confirm.{t}@{DOM}>"), ("References", f"<mailbot-confirm.{t}@{DOM}>")]


cn("fi", "kylla-iphone", A("Tuula Nykänen", "tuula.nykanen@example.com"),
   f"Re: Vahvista tietojesi tallennus [mailbot:{T1}]",
   plain("Kyllä, saatte tallentaa tietoni. Uutiskirjekin saa tulla.\n\nLähetetty iPhonesta\n\n"
         "> Tuula Nykänen on lisätty Kvarken Systemsin asiakasrekisteriin. Vahvistatko osoitteesi ja "
         "suostumuksesi tietojen tallentamiseen?\n> Vastaa tähän viestiin \"kyllä\" tai \"ei\". "
         "Jos et vastaa 14 päivän kuluessa, tietosi poistetaan.\n",
         flowed=True),
   hdrs=cref(T1) + [("X-Mailer", "iPhone Mail (22B91)"), AR("example.com")], decision="accept")

cn("sv", "nej-outlook", A("Rolf Bergqvist", "rolf.bergqvist@example.org"),
   f"SV: Bekräfta att vi får spara dina uppgifter [mailbot:{T2}]",
   alt("Nej tack. Jag vill inte finnas med i ert register, vi köpte bara en kurs en gång.\n\n"
       "Med vänlig hälsning\nRolf Bergqvist\n\n"
       "Från: Kvarken Systems <info@kvarken.example.com>\nSkickat: den 14 november 2026 09:12\n"
       "Till: Rolf Bergqvist <rolf.bergqvist@example.org>\n"
       f"Ämne: Bekräfta att vi får spara dina uppgifter [mailbot:{T2}]\n\n"
       "Hej! Vi har lagt till dina kontaktuppgifter i Kvarken Systems kundregister. Svara \"ja\" om du "
       "godkänner att vi sparar dem, eller \"nej\" så raderar vi dem.\n"),
   hdrs=cref(T2) + outlook_hdrs(2, "sv", "Bekräfta att vi får spara dina uppgifter"),
   decision="decline", note="Swedish Outlook prefix SV:")

cn("en", "yes-gmail", A("Alan Mercer", "alan.mercer@example.net"),
   f"Re: Confirm your subscription to Kvarken Pulse [mailbot:{T3}]",
   alt("Yes please, go ahead.\n\nAlan\n\n"
       "On Sat, 14 Nov 2026 at 10:03, Kvarken Systems <info@kvarken.example.com> wrote:\n"
       "> Please confirm you want to receive the Kvarken Pulse newsletter.\n"
       "> Reply YES to confirm. If you did not ask for this, reply NO or ignore this message.\n"),
   hdrs=cref(T3) + [AR("example.net")], decision="accept")

cn("fi", "ei-kiitos", A("Petri Lahtinen", "petri.lahtinen@example.org"),
   f"Re: Vahvista uutiskirjeen tilaus [mailbot:{T4}]",
   plain("En ole tilannut mitään uutiskirjettä, joku on varmaan kirjoittanut osoitteen väärin. Ei kiitos.\n\n"
         "-Petri\n\n"
         "15.11.2026 klo 8.40 Kvarken Systems <info@kvarken.example.com> kirjoitti:\n"
         "> Vahvista Kvarken Pulse -uutiskirjeen tilaus vastaamalla tähän viestiin \"kyllä\".\n"
         "> Jos et tilannut uutiskirjettä, vastaa \"ei\".\n"),
   hdrs=[("In-Reply-To", f"<mailbot-confirm.{T4}@{DOM}>")], decision="decline")

cn("sv", "ja-thunderbird", A("Helena Åström", "helena.astrom@example.com"),
   f"Re: Bekräfta din e-postadress [mailbot:{T5}]",
   plain("Ja, det stämmer. Det är jag som bad om registerutdraget.\n\nHelena\n\n"
         "Den 2026-11-15 kl. 11:20, skrev Kvarken Systems:\n"
         "> Vi har fått en begäran om registerutdrag för denna adress. Svara \"ja\" för att bekräfta\n"
         "> att det var du, eller \"nej\" om du inte har skickat någon begäran.\n",
         flowed=True),
   hdrs=cref(T5) + [("User-Agent", "Mozilla Thunderbird 128.4.2")], decision="accept",
   note="identity check answered yes")

cn("en", "no-not-me", A("Chloe Dubois", "chloe.dubois@example.org"),
   f"RE: Confirm your address [mailbot:{T6}]",
   alt("No, I did not send any request. Please don't do anything with my account and let me know if "
       "someone is trying to access my data.\n\nChloe\n\n"
       "From: Kvarken Systems <info@kvarken.example.com>\nSent: Sunday, November 15, 2026 2:04 PM\n"
       "To: Chloe Dubois <chloe.dubois@example.org>\n"
       f"Subject: Confirm your address [mailbot:{T6}]\n\n"
       "We received a request to delete the data linked to this address. Reply YES to confirm it was you, "
       "or NO if you did not make this request.\n"),
   hdrs=cref(T6) + outlook_hdrs(6, "en", "Confirm your address"), decision="decline")


# =============================================================== DATA REQUESTS — Finnish
dr("fi", "poistakaa-ilman-aakkosia", A("Jari Maki", "jari.maki77@example.net"), "tietojen poisto",
   plain("moi\n\npoistakaa mun tiedot teidan asiakasrekisterista, en oo ollu asiakas vuosiin enka halua "
         "enaa mitaan postia.\n\njari\n"),
   hdrs=[AR("example.net")], requests=["erasure"], note="no diacritics")

dr("fi", "rekisteriote-15-artikla", A("Leena Vähäkangas", "leena.vahakangas@example.com"),
   "Tarkastuspyyntö (EU:n tietosuoja-asetus 15 artikla)",
   alt("Hyvä vastaanottaja,\n\nPyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan nojalla "
       "saada tiedon siitä, käsitteleekö Kvarken Systems Oy minua koskevia henkilötietoja, sekä jäljennöksen "
       "käsiteltävistä tiedoista. Pyydän myös tiedon käsittelyn tarkoituksista ja siitä, mistä tiedot on saatu.\n\n"
       "Toivon vastausta sähköisesti tähän osoitteeseen.\n\n"
       "Ystävällisin terveisin\nLeena Vähäkangas\nPuh. 040 123 9876\n"),
   hdrs=outlook_hdrs(11, "fi", "Tarkastuspyyntö (EU:n tietosuoja-asetus 15 artikla)") + [AR("example.com")],
   requests=["access"])

dr("fi", "sahkopostin-muutos", A("Sami Ojala", "sami.ojala@example.org"), "Yhteystietojen päivitys",
   alt("Hei,\n\nvaihdoin työpaikkaa. Voisitteko päivittää yhteystietoni rekisteriinne: uusi titteli on "
       "kunnossapitopäällikkö ja puhelinnumero 050 998 1022. Sähköposti pysyy tänä.\n\nT. Sami\n"),
   hdrs=[AR("example.org")], requests=["rectification"])

dr("fi", "uutiskirje-pois-iphone", A("Minna Salo", "minna.salo@example.com"), "Uutiskirje",
   plain("Hei, en halua enää Kvarken Pulse -uutiskirjettä. Kiitos.\n\nLähetetty iPhonesta\n"),
   hdrs=[("X-Mailer", "iPhone Mail (21G93)")], requests=["unsubscribe"])

dr("en", "list-unsubscribe-outlook", "antti.rautio@example.net", "unsubscribe",
   plain("\n"), to="info@kvarken.example.com",
   hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fi-FI")],
   requests=["unsubscribe"], note="List-Unsubscribe mailto from a Finnish Outlook user ('Peruuta tilaus' button) - empty body, language en by its only word")

dr("fi", "alaikaisen-lapsen-tiedot", A("Katja Honkanen", "katja.honkanen@example.org"),
   "Poikani tietojen poistaminen",
   plain("Hei\n\nPoikani Eetu Honkanen (15 v) osallistui kesällä teidän nuorten koodikerhoon ja "
         "ilmoittautui silloin itse. Huoltajana pyydän, että poistatte hänen tietonsa kaikista "
         "rekistereistänne, myös uutiskirjelistalta. Hänen sähköpostinsa oli eetu.honkanen@example.org.\n\n"
         "Katja Honkanen\n"),
   requests=["erasure"], note="on behalf of a minor")

dr("fi", "entinen-tyontekija-palkkatiedot", A("Tero Vainio", "tero.vainio@example.com"),
   "Palkkatiedot ja työtodistus",
   plain("Hei Annika,\n\nolin teillä töissä ohjelmistokehittäjänä 2021–2024. Tarvitsen asuntolainaa varten "
         "kopion palkkatiedoistani vuodelta 2024 ja pyytäisin samalla nähtäväksi, mitä tietoja minusta on "
         "vielä henkilöstörekisterissä.\n\nTerveisin\nTero Vainio\n"),
   requests=["personnel"], note="former employee")

dr("fi", "ote-ja-poisto-taivutus", A("Marjut Kivelä", "marjut.kivela@example.net"),
   "Pyyntö koskien henkilötietojani",
   plain("Hyvä Kvarken Systems,\n\nolen saanut teiltä markkinointiviestejä, vaikka en muista antaneeni "
         "lupaa. Pyydän ensin rekisteriotteen kaikista minusta tallennetuista tiedoista ja sen jälkeen "
         "tietojeni poistamista rekistereistänne.\n\nMarjut Kivelä\n"),
   requests=["access", "erasure"])

dr("fi", "suoramarkkinointikielto", A("Esa Perälä", "esa.perala@example.org"), "Suoramarkkinointikielto",
   plain("Kiellän tietojeni käytön suoramarkkinointiin ja puhelinmyyntiin. Asiakkuutemme voi jatkua "
         "normaalisti, mutta myyntisoittoja en halua.\n\nEsa Perälä\nPerälän Vesihuolto Oy\n"),
   hdrs=[AR("example.org")], requests=["objection"])

dr("fi", "mista-tietoni", A("Hilkka Rintala", "hilkka.rintala@example.com"), "Mistä olette saaneet tietoni?",
   alt("Hei,\n\nsain teiltä eilen kutsun Kvarken Connect -tapahtumaan. En ole koskaan asioinut kanssanne. "
       "Mistä olette saaneet nimeni ja sähköpostiosoitteeni, ja mitä muuta minusta on tallennettu?\n\n"
       "Hilkka Rintala\n"),
   requests=["access"])

dr("fi", "unohtakaa-minut-html", A("Ville Lehtimäki", "ville.lehtimaki@example.net"), "Unohtakaa minut",
   html("<div dir=\"ltr\"><div>Hei,</div><div><br></div><div>käytän oikeuttani tulla unohdetuksi. "
        "Poistakaa kaikki minua koskevat tiedot CRM:stänne ja postituslistoiltanne.</div><div><br></div>"
        "<div>Ville Lehtimäki</div></div>", cte="quoted-printable"),
   requests=["erasure"], note="HTML only")

dr("fi", "lopettakaa-uutiskirje-lainaus", A("Pekka Sorsa", "pekka.sorsa@example.com"),
   "Re: Kvarken Pulse 11/2026: Tekoäly kunnossapidossa",
   plain("Lopettakaa tämän lähettäminen minulle.\n\n"
         "ma 16.11.2026 klo 7.00 Kvarken Pulse <pulse@news.kvarken.example.com> kirjoitti:\n"
         ">\n> Kvarken Pulse 11/2026\n>\n> Tekoäly kunnossapidossa - mitä oikeasti toimii?\n"
         "> Kvarken Connect 2027: early bird -liput myynnissä\n> Uusi kurssi: GDPR ohjelmistokehittäjille\n>\n"
         "> Et halua enää uutiskirjettä? Peru tilaus: https://news.kvarken.example.com/u/8812\n"
         "> Tietosuojaseloste: https://www.kvarken.example.com/fi/tietosuoja/\n"),
   requests=["unsubscribe"], note="request above quoted newsletter")

dr("fi", "tilaa-uutiskirje", A("Aleksi Huhta", "aleksi.huhta@example.org"), "Uutiskirjeen tilaus",
   plain("Moi! Kaveri vinkkasi teidän uutiskirjeestä. Laittakaa minut tilaajaksi, kiitos.\n\n"
         "Aleksi\n"), requests=["subscribe"])

dr("fi", "nimi-vaarin-cp1252", A("Kirsi Pöyhönen", "kirsi.poyhonen@example.net", "windows-1252"),
   "nimeni on väärin", plain("Hei\r\n\r\nnimeni on kirjotettu teidän kurssitodistukseen ja uutiskirjeisiin "
                              "väärin: Pöyhönen eikä Pöyhönén. Korjatkaa se rekisteriin.\r\n\r\nKirsi\r\n"
                              .replace("\r\n", "\n"), cs="windows-1252"),
   subj_cs="windows-1252", requests=["rectification"])

dr("fi", "tyontekija-tilinumero", A("Janne Koivisto", "janne.koivisto@kvarken.example.com"),
   "Tilinumeron muutos palkanmaksuun",
   plain("Moi Annika,\n\nvaihdoin pankkia. Voisitko päivittää uuden tilinumeroni henkilöstötietoihin ja "
         "välittää sen tilitoimistolle ennen marraskuun palkanmaksua? Numeron kerron puhelimessa.\n\nJanne\n"),
   requests=["personnel"], note="current employee, personnel register")

dr("fi", "vastustan-profilointia", A("Raimo Kujala", "raimo.kujala@example.com"), "Vastustan profilointia",
   plain("Hei,\n\ntietosuojaselosteenne mukaan käytätte sivuston ja uutiskirjeen klikkaustietoja asiakkaiden "
         "profilointiin. Vastustan tätä tietosuoja-asetuksen 21 artiklan nojalla. Tietojani ei tarvitse "
         "poistaa.\n\nRaimo Kujala\n"),
   requests=["objection"])

dr("fi", "poistakkaa-kirjoitusvirhe", A("", "tanja.m@example.org"), "asiakasrekisteritiedot",
   plain("hei poistakkaa asiakasrekisteritietoni ja sähköpostiosoitteeni kaikilta postitus listoilta "
         "kiitos.\n"),
   requests=["erasure"], note="typo, compound words, no name")

# =============================================================== DATA REQUESTS — Swedish
dr("sv", "registerutdrag-art15", A("Carina Holmström", "carina.holmstrom@example.com"),
   "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
   alt("Hej,\n\nJag begär härmed att få ta del av de personuppgifter som Kvarken Systems Ab behandlar om mig, "
       "i enlighet med artikel 15 i dataskyddsförordningen (GDPR). Jag vill även veta för vilka ändamål "
       "uppgifterna behandlas och hur länge de sparas.\n\nMed vänlig hälsning\nCarina Holmström\n"),
   hdrs=outlook_hdrs(21, "sv", "Begäran om registerutdrag") + [AR("example.com")], requests=["access"])

dr("sv", "radera-kort", A("Peter Vikström", "peter.vikstrom@example.net"), "Radera mina uppgifter",
   plain("Radera mina uppgifter ur ert kundregister, tack.\n\n/Peter\n\nSkickat från min Android-telefon\n"),
   requests=["erasure"])

dr("sv", "avsluta-prenumeration", A("Annette Wikman", "annette.wikman@example.org"),
   "Avsluta prenumerationen", plain("Hej!\n\nJag vill avsluta prenumerationen på ert nyhetsbrev.\n\nAnnette\n"),
   requests=["unsubscribe"])

dr("sv", "ratta-epost", A("Fredrik Sundqvist", "fredrik.sundqvist@example.com"), "Ny e-postadress",
   plain("Hej,\n\nmin gamla adress fredrik@sundqvist-bygg.example.net slutar fungera vid årsskiftet. "
         "Vänligen ändra mina kontaktuppgifter i ert register till den här adressen "
         "(fredrik.sundqvist@example.com).\n\nFredrik\n", flowed=True),
   hdrs=[("User-Agent", "Mozilla Thunderbird 128.4.2")], requests=["rectification"])

dr("sv", "motsatter-direktmarknadsforing", A("Gunilla Ek", "gunilla.ek@example.org"), "Direktmarknadsföring",
   plain("Jag motsätter mig att mina personuppgifter används för direktmarknadsföring. Sluta skicka "
         "reklam och erbjudanden till mig.\n\nGunilla Ek\n"), requests=["objection"])

dr("sv", "mammas-uppgifter", A("Tomas Nyberg", "tomas.nyberg@example.net"), "Min mammas uppgifter",
   plain("Hej,\n\njag har fullmakt för min mamma Elsa Nyberg (82 år). Hon har fått flera brev och mejl "
         "från er om kurser, troligen för att hon en gång gick en datorkurs hos er. Vänligen radera hennes "
         "uppgifter helt. Fullmakten kan jag skicka vid behov.\n\nTomas Nyberg\n"),
   requests=["erasure"], note="on behalf of a parent")

dr("sv", "tidigare-anstalld-loneuppgifter", A("Sanna Björk", "sanna.bjork@example.com"),
   "Löneuppgifter - tidigare anställd",
   plain("Hej!\n\nJag jobbade på Kvarken som utbildningskoordinator fram till maj 2025. Kan jag få ut "
         "mina löneuppgifter och vad som finns sparat om mig i personalregistret? FPA behöver "
         "lönebesked för perioden januari–maj.\n\nSanna Björk\n"),
   requests=["personnel"])

dr("sv", "ratta-och-avregistrera", A("Kenneth Lund", "kenneth.lund@example.org"), "Två saker",
   plain("Hej\n\n1) Mitt efternamn är felstavat i era utskick (Lundh → Lund), rätta gärna.\n"
         "2) Och sedan vill jag inte ha nyhetsbrevet längre, avregistrera mig.\n\nKenneth\n"),
   requests=["rectification", "unsubscribe"])

dr("sv", "utan-prickar", A("Asa Strom", "asa.strom@example.com"), "ta bort mig",
   plain("hej ta bort mig fran era register och listor. jag har aldrig bett om nagot fran er\n\nasa\n"),
   requests=["erasure"], note="no diacritics (å/ö written a/o)")

dr("sv", "prenumerera", A("Mikaela Forsman", "mikaela.forsman@example.org"), "Nyhetsbrev på svenska?",
   plain("Hej! Jag vill gärna prenumerera på ert nyhetsbrev. Finns det på svenska? Annars går engelska bra.\n\n"
         "Mikaela\n"), requests=["subscribe"])

dr("sv", "var-fick-ni", A("Bo Karlsson", "bo.karlsson@example.net"), "Var fick ni min adress?",
   plain("Hej\n\nJag fick en inbjudan till er utbildning. Var fick ni mina kontaktuppgifter ifrån, och "
         "vilka uppgifter om mig har ni sparat?\n\nBo Karlsson\n"), requests=["access"])

dr("sv", "radering-html-base64", A("Linda Holmberg", "linda.holmberg@example.com"), "Begäran om radering",
   html("<html><body><p style=\"font-family:Calibri\">Hej,</p><p style=\"font-family:Calibri\">Jag begär att "
        "ni raderar alla personuppgifter om mig enligt artikel 17 GDPR (rätten att bli bortglömd).</p>"
        "<p style=\"font-family:Calibri\">Vänliga hälsningar<br>Linda Holmberg</p></body></html>", cte="base64"),
   hdrs=outlook_hdrs(27, "sv", "Begäran om radering"), requests=["erasure"], note="HTML only, base64")

dr("sv", "list-unsubscribe-sv", A("Håkan Nordin", "hakan.nordin@example.org"), "Avregistrera",
   plain("Avregistrera\n"), requests=["unsubscribe"],
   note="List-Unsubscribe mailto with subject 'Avregistrera'")

dr("sv", "utdrag-och-invandning", A("Eva-Lena Mård", "evalena.mard@example.com"),
   "Mina personuppgifter",
   plain("Hej,\n\nskicka mig ett utdrag över vilka uppgifter ni har om mig. Jag invänder också mot att "
         "ni använder dem för marknadsföring framöver.\n\nEva-Lena Mård\n"),
   requests=["access", "objection"])

dr("sv", "glom-mig-latin1-citat", A("Ralf Åberg", "ralf.aberg@example.net", "iso-8859-1"),
   "Sv: Inbjudan: Kvarken Connect 2027",
   plain("Tack men nej. Glöm mig helt, radera alla mina uppgifter.\n\n"
         "Ralf\n\n"
         "-----Ursprungligt meddelande-----\n"
         "Från: Kvarken Systems <info@kvarken.example.com>\n"
         "Skickat: 16 november 2026 08:00\n"
         "Ämne: Inbjudan: Kvarken Connect 2027\n\n"
         "Välkommen till Kvarken Connect 14-15 april 2027 i Vasa!\n"
         "Early bird-pris gäller till 31.1.\n", cs="iso-8859-1", cte="quoted-printable"),
   subj_cs="iso-8859-1", requests=["erasure"])

dr("sv", "sluta-ringa", A("Nils Grönroos", "nils.gronroos@example.org"), "Sluta ringa mig",
   plain("Er säljare har ringt mig tre gånger den här veckan. Jag vill inte bli kontaktad av er längre, "
         "varken per telefon eller e-post. Jag kräver inte att ni raderar något, bara att ni slutar.\n\n"
         "Nils Grönroos\n"), requests=["objection"])

# =============================================================== DATA REQUESTS — English
sar = ("Dear Data Protection Officer,\n\n"
       "Subject access request under Article 15 GDPR\n\n"
       "I am writing to request a copy of all personal data that Kvarken Systems Oy holds about me, together "
       "with the purposes of processing, the recipients, the retention period and the source of the data. "
       "Please find a copy of my ID attached for verification.\n\n"
       "I look forward to your response within one month, as required by Article 12(3).\n\n"
       "Yours faithfully,\nThomas Whitaker\n12 Example Road, Leeds\n")
dr("en", "sar-article15-attachment", A("Thomas Whitaker", "thomas.whitaker@example.com"),
   "Subject Access Request - Thomas Whitaker",
   mixed(plain(sar), att("ID_redacted.pdf", "application/pdf", b"%PDF-1.4\n% redacted test id\n%%EOF\n")),
   hdrs=[AR("example.com")], requests=["access"])

dr("en", "unsubscribe-one-word", A("", "dave.h@example.net"), "unsubscribe", plain("unsubscribe\n"),
   requests=["unsubscribe"])

dr("en", "gmail-list-unsubscribe", "laura.bennett@example.org", "Unsubscribe",
   plain("This message was automatically generated by Gmail.\n"),
   hdrs=[AR("example.org")], requests=["unsubscribe"],
   note="Gmail List-Unsubscribe mailto; generated by Gmail on the user's click, still a request")

dr("en", "right-to-be-forgotten", A("Michael O'Connor", "michael.oconnor@example.com"), "Right to erasure",
   alt("Hello,\n\nUnder Article 17 of the GDPR I request the erasure of all personal data relating to me. "
       "Please confirm once this has been done.\n\nRegards,\nMichael O'Connor\n"),
   requests=["erasure"])

dr("en", "surname-misspelled", A("Sarah Llewellyn", "sarah.llewellyn@example.net"), "Wrong spelling of my name",
   plain("Hi,\n\nyour newsletters and the course certificate have my surname as \"Lewellyn\". It should be "
         "Llewellyn, with double L. Please correct it in your records.\n\nThanks\nSarah\n\n"
         "Sent from my Galaxy\n"), requests=["rectification"])

dr("en", "object-art21-profiling", A("Johan de Vries", "johan.devries@example.org"),
   "Objection to processing (Art. 21 GDPR)",
   plain("Dear Sir/Madam,\n\nI object, under Article 21 GDPR, to the processing of my personal data for "
         "direct marketing purposes, including any profiling related to it. I do not request deletion; "
         "I remain a customer of your support service.\n\nKind regards,\nJohan de Vries\n"),
   requests=["objection"])

dr("en", "access-rectify-erase", A("Amelia Clarke", "amelia.clarke@example.com"), "My data",
   plain("Hi,\n\nThree things please:\n"
         "- send me a copy of whatever personal data you have on me\n"
         "- fix my phone number, it's now +44 7700 900123\n"
         "- after that, delete everything except what you legally must keep\n\nAmelia\n"),
   requests=["access", "rectification", "erasure"])

dr("en", "former-employee-hr-file", A("James Kerr", "james.kerr@example.net"), "Copy of my HR file",
   plain("Hi Annika,\n\nhope all is well in Vaasa. I'm applying for a residence permit and need a copy of my "
         "employment records with you (contract dates, salary history). Could you also confirm what you still "
         "keep in the personnel records now that I've left?\n\nBest,\nJames\n"),
   requests=["personnel"], note="former employee")

dr("en", "pls-remove-list", A("", "tina_b@example.com"), "remove",
   plain("pls remove me from ur mailing list thx\n"), requests=["unsubscribe"])

dr("en", "stop-contacting", A("Robert Hughes", "robert.hughes@example.org"), "Stop contacting me",
   plain("This is the third time I'm asking. Stop contacting me. No calls, no emails, no LinkedIn messages.\n\n"
         "R. Hughes\n"), requests=["objection"])

dr("en", "subscribe-newsletter", A("Hannah Lee", "hannah.lee@example.com"), "Newsletter",
   plain("Hi, please subscribe me to Kvarken Pulse. I met your team at your booth at the Vaasa energy fair.\n\n"
         "Hannah\n"), requests=["subscribe"])

dr("en", "daughter-summer-camp", A("Mark Jansen", "mark.jansen@example.net"), "Data about my daughter",
   plain("Hello,\n\nmy daughter Lotte (14) attended your coding summer camp in June. As her parent I'd like "
         "to know what personal data you hold about her and who you have shared it with.\n\n"
         "Mark Jansen\n"), requests=["access"], note="on behalf of a child")

dr("en", "erase-above-outlook-thread", A("Catherine Moss", "catherine.moss@example.com"),
   "RE: Following up on our demo",
   alt("Hi,\n\nI'm not interested, and I'd like you to delete my details from your CRM please.\n\n"
       "Catherine\n\n"
       "From: Jonas Björklund <jonas.bjorklund@kvarken.example.com>\n"
       "Sent: Monday, November 16, 2026 9:14 AM\n"
       "To: Catherine Moss <catherine.moss@example.com>\n"
       "Subject: Following up on our demo\n\n"
       "Hi Catherine,\n\njust checking whether you had time to look at the KvarkenFlow proposal. "
       "Happy to set up a trial account.\n\nBest regards,\nJonas\n"),
   hdrs=outlook_hdrs(43, "en", "Following up on our demo"), requests=["erasure"])

dr("en", "law-firm-dsar-html", A("Harper & Cole LLP", "privacy@harpercole.example.com"),
   "Data Subject Access Request on behalf of our client Mr Ian Fraser",
   html("<html><body style=\"font-family:Georgia\"><p>Dear Sirs,</p>"
        "<p>We act for Mr Ian Fraser (ian.fraser@example.net). Pursuant to Article 15 of the UK/EU GDPR, "
        "our client requests a copy of all personal data you process about him. A signed letter of "
        "authority is available on request.</p><p>Yours faithfully,<br>Harper &amp; Cole LLP</p>"
        "<p style=\"font-size:9px;color:#777\">This e-mail is confidential and may be legally privileged.</p>"
        "</body></html>"),
   requests=["access"], note="third party on behalf of a client, HTML only")

dr("en", "employee-hr-copy", A("Laila Hassan", "laila.hassan@kvarken.example.com"), "HR records",
   plain("Hi Annika, could I get a copy of what's in my personnel file? Mainly want to check my "
         "emergency contact and the holiday balance are right. Thanks! Laila\n"),
   requests=["personnel"], note="current employee")

dr("en", "unsubscribe-and-delete", A("Greg Palmer", "greg.palmer@example.org"), "Unsubscribe + delete",
   plain("Take me off the newsletter and then delete my details altogether please.\n\nGreg\n"),
   requests=["unsubscribe", "erasure"])

dr("en", "what-do-you-have-android", A("Nora Quinn", "nora.quinn@example.net"), "question",
   plain("hey what info do you guys have about me? got a text from you about a course and i don't remember "
         "signing up\n\nSent from my Android\n"), requests=["access"])


# =============================================================== AUTOMATIC
def dsn(human, status_fields, orig_headers, human_cs="utf-8", orig_type="text/rfc822-headers"):
    return multi("report", plain(human, human_cs),
                 leaf("message/delivery-status", status_fields.encode(), cte="7bit"),
                 leaf(orig_type, orig_headers.encode(), cte="7bit"),
                 params="; report-type=delivery-status")


ORIG_NEWS = ("From: Kvarken Pulse <pulse@news.kvarken.example.com>\nTo: {to}\n"
             "Subject: Kvarken Pulse 11/2026\nDate: Mon, 16 Nov 2026 07:00:02 +0200\n"
             "Message-ID: <pulse-2611.{n}@news.kvarken.example.com>\n"
             "List-Unsubscribe: <mailto:info@kvarken.example.com?subject=unsubscribe>\n")

au("en", "postfix-dsn-user-unknown", A("Mail Delivery System", "MAILER-DAEMON@mx1.kvarken.example.com"),
   "Undelivered Mail Returned to Sender",
   dsn("This is the mail system at host mx1.kvarken.example.com.\n\n"
       "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
       "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
       "If you do so, please include this problem report. You can\ndelete your own text from the attached "
       "returned message.\n\n                   The mail system\n\n"
       "<k.virtanen@oldcompany.example.net>: host mx.oldcompany.example.net[192.0.2.44] said:\n"
       "    550 5.1.1 <k.virtanen@oldcompany.example.net>: Recipient address rejected:\n"
       "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
       "Reporting-MTA: dns; mx1.kvarken.example.com\nX-Postfix-Queue-ID: 4Qm8Zt1nKPz9sW\n"
       "Arrival-Date: Mon, 16 Nov 2026 07:00:03 +0200 (EET)\n\n"
       "Final-Recipient: rfc822; k.virtanen@oldcompany.example.net\nOriginal-Recipient: rfc822;k.virtanen@oldcompany.example.net\n"
       "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.oldcompany.example.net\n"
       "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
       ORIG_NEWS.format(to="k.virtanen@oldcompany.example.net", n=1)),
   hdrs=[("Auto-Submitted", "auto-replied")])

au("en", "exim-mail-delivery-failed", A("Mail Delivery System", "Mailer-Daemon@smtp.hosting.example.org"),
   "Mail delivery failed: returning message to sender",
   plain("This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\n"
         "recipients. This is a permanent error. The following address(es) failed:\n\n"
         "  anna.berg@closedfirm.example.org\n"
         "    host mail.closedfirm.example.org [198.51.100.200]\n"
         "    SMTP error from remote mail server after RCPT TO:<anna.berg@closedfirm.example.org>:\n"
         "    550 No such user - please remove this address from your mailing list\n\n"
         "------ This is a copy of the message, including all the headers. ------\n\n"
         "From: info@kvarken.example.com\nTo: anna.berg@closedfirm.example.org\n"
         "Subject: Re: Poistopyyntö vastaanotettu\n\n"
         "Hei, olemme vastaanottaneet pyyntösi tietojesi poistamisesta.\n"),
   to="info@kvarken.example.com",
   hdrs=[("X-Failed-Recipients", "anna.berg@closedfirm.example.org"), ("Auto-Submitted", "auto-replied")],
   note="bounce quoting a mailbot reply about erasure")

au("fi", "exchange-ndr-fi", A("Microsoft Outlook", "postmaster@asiakas.example.com"),
   "Viestiä ei voitu toimittaa: Kurssikutsu: Azure-perusteet",
   multi("report",
         alt("Viestiäsi ei voitu toimittaa osoitteeseen marja.lehto@asiakas.example.com, koska "
             "postilaatikko on täynnä.\n\nDiagnostiikkatiedot järjestelmänvalvojille:\n"
             "Luova palvelin: EX01.asiakas.example.com\n"
             "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n"),
         leaf("message/delivery-status",
              b"Reporting-MTA: dns;EX01.asiakas.example.com\n\nFinal-recipient: RFC822; marja.lehto@asiakas.example.com\n"
              b"Action: failed\nStatus: 5.2.2\nX-Display-Name: Marja Lehto\n", cte="7bit"),
         leaf("text/rfc822-headers",
              b"From: Heidi Makela <heidi.makela@kvarken.example.com>\nTo: marja.lehto@asiakas.example.com\n"
              b"Subject: =?utf-8?q?Kurssikutsu=3A_Azure-perusteet?=\n", cte="7bit"),
         params="; report-type=delivery-status"),
   hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

au("en", "gmail-dsn-failure", A("Mail Delivery Subsystem", "mailer-daemon@googlemail.example.com"),
   "Delivery Status Notification (Failure)",
   dsn("** Address not found **\n\nYour message wasn't delivered to sam.t@gone.example.com because the address "
       "couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.example.com/mail/?p=NoSuchUser\n\n"
       "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
       "Reporting-MTA: dns; googlemail.example.com\n\nFinal-Recipient: rfc822; sam.t@gone.example.com\n"
       "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 does not exist\n",
       "From: Ravi Menon <ravi.menon@kvarken.example.com>\nTo: sam.t@gone.example.com\n"
       "Subject: Your KvarkenFlow trial\n"))

au("en", "qmail-failure-notice", A("", "MAILER-DAEMON@mail.smallisp.example.net"), "failure notice",
   plain("Hi. This is the qmail-send program at mail.smallisp.example.net.\n"
         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
         "<olli.p@smallisp.example.net>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
         "--- Below this line is a copy of the message.\n\n"
         "From: info@kvarken.example.com\nTo: olli.p@smallisp.example.net\n"
         "Subject: Vahvista tietojesi tallennus [mailbot:0f3a9c11d2e84b7a6c5d0e19]\n"))

au("sv", "exchange-ndr-sv", A("Microsoft Outlook", "postmaster@kund.example.org"), "Ej levererat: Offert KvarkenFlow",
   alt("Ditt meddelande till per.lundgren@kund.example.org kunde inte levereras.\n\n"
       "Mottagarens e-postadress hittades inte i mottagarens e-postsystem. Kontrollera adressen och försök igen.\n\n"
       "Diagnostisk information för administratörer:\nGenererande server: MBX02.kund.example.org\n"
       "per.lundgren@kund.example.org\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'\n"),
   hdrs=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Message-Is-Ndr", "")])

au("fi", "lomavastaaja-fi", A("Outi Laine", "outi.laine@example.com"), "Automaattinen vastaus: Tarjous KvarkenFlow",
   plain("Olen lomalla 23.11. asti enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä "
         "vaihteeseen 06 123 4000.\n\nOuti Laine\n"),
   hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

au("sv", "franvaro-utan-auto-submitted", A("Jan Söderlund", "jan.soderlund@example.org"),
   "Autosvar: Inbjudan till Kvarken Connect",
   alt("Hej,\n\njag är tjänstledig till och med 30.11.2026 och läser inte e-post. Mitt ärende vidarebefordras "
       "inte. Brådskande ärenden: kontoret tfn 06 222 3300.\n\nJan Söderlund\n"),
   hdrs=outlook_hdrs(61, "sv", "Inbjudan till Kvarken Connect") + [("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
   note="Outlook auto-reply without Auto-Submitted header")

au("en", "ooo-dpo-words", A("Priya Shah", "priya.shah@example.net"), "Out of Office: Your data request",
   plain("Thank you for your email. I am out of the office until 24 November with limited access to email.\n\n"
         "If your message concerns a data protection matter, such as a request to access, correct or delete "
         "personal data, or to unsubscribe, please contact privacy@example.net, who will respond within one month.\n\n"
         "Priya Shah\nData Protection Officer\n"),
   hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
   note="trap: auto-reply full of rights words")

au("sv", "autosvar-x-autoreply", A("Camilla Strand", "camilla.strand@example.com"), "Frånvaro: Re: Kursintyg",
   plain("Tack för ditt meddelande. Jag är på semester vecka 47 och svarar när jag är tillbaka.\n"
         "Vill du avregistrera dig från våra utskick, använd länken i utskicket.\n\nCamilla\n"),
   hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

au("en", "ooo-no-headers", A("Ahmed Karimi", "ahmed.karimi@example.org"), "Automatic reply: Kvarken Connect speakers",
   plain("I'm currently travelling with limited connectivity and will reply after 20 November.\n"
         "For urgent matters please call +358 40 000 1188.\n"),
   note="out-of-office with no Auto-Submitted header")

au("fi", "postituslista-vaasa-devs", A("Mikael Westö", "mikael.westo@example.com"),
   "[vaasa-devs] Meetup joulukuussa: GDPR ja lokitus",
   plain("Moi kaikki,\n\njoulukuun meetup pidetään Kvarkenin tiloissa 10.12. Aiheena GDPR-pyyntöjen "
         "automatisointi: miten hoidetaan rekisteriote- ja poistopyynnöt ilman että kukaan kaivaa lokeja käsin.\n\n"
         "Ilmoittaudu: https://meetup.example.org/vaasa-devs/12\n\nMikael\n\n"
         "_______________________________________________\nvaasa-devs mailing list\n"
         "vaasa-devs@lists.example.org\nhttps://lists.example.org/mailman/listinfo/vaasa-devs\n"),
   to="vaasa-devs@lists.example.org",
   hdrs=[("List-Id", "Vaasa developers <vaasa-devs.lists.example.org>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<https://lists.example.org/mailman/options/vaasa-devs>, <mailto:vaasa-devs-request@lists.example.org?subject=unsubscribe>"),
         ("List-Post", "<mailto:vaasa-devs@lists.example.org>"), ("Sender", "vaasa-devs-bounces@lists.example.org")],
   note="mailing list, GDPR words")

au("sv", "lista-osterbotten-it", A("Lotta Kull", "lotta.kull@example.net"), "[osterbotten-it] Hur hanterar ni raderingsbegäranden?",
   plain("Hej listan,\n\nvi fick vår första begäran om radering enligt artikel 17 och funderar hur andra har gjort. "
         "Raderar ni direkt ur CRM:et eller anonymiserar ni? Och vad gör ni med säkerhetskopior?\n\nLotta\n\n"
         "--\nosterbotten-it@lists.example.org - avregistrera: osterbotten-it-leave@lists.example.org\n"),
   to="osterbotten-it@lists.example.org",
   hdrs=[("List-Id", "<osterbotten-it.lists.example.org>"), ("Precedence", "list"),
         ("List-Unsubscribe", "<mailto:osterbotten-it-leave@lists.example.org>")],
   note="trap: list mail asking about erasure")

news_html = """<html><body style="margin:0;background:#eef1f5"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:24px"><h1 style="color:#1a3b6e">CloudVault Monthly</h1>
<p>Hi there,</p><p>New in November: automated GDPR workflows. Let your customers <b>access, correct or delete</b> their personal data with one click, and handle <b>right to be forgotten</b> requests in minutes.</p>
<p><a href="https://cloudvault.example.com/webinar">Register for the webinar</a></p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">You received this email because you signed up at cloudvault.example.com.
<a href="https://cloudvault.example.com/unsubscribe?u=88a1">Unsubscribe</a> | <a href="https://cloudvault.example.com/preferences">Update preferences</a> | <a href="https://cloudvault.example.com/privacy">Privacy policy</a></td></tr>
</table></body></html>"""
au("en", "bulk-newsletter-gdpr-vendor", A("CloudVault", "news@mail.cloudvault.example.com"),
   "Handle deletion requests in minutes - CloudVault Monthly",
   multi("alternative", plain("CloudVault Monthly\n\nNew in November: automated GDPR workflows. Let your customers "
                              "access, correct or delete their personal data with one click.\n\n"
                              "Unsubscribe: https://cloudvault.example.com/unsubscribe?u=88a1\n"),
         html(news_html, cte="quoted-printable")),
   hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://cloudvault.example.com/unsubscribe?u=88a1>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign-ID", "cv-2611")],
   note="bulk newsletter full of rights words")

au("fi", "kauppakamari-uutiskirje", A("Pohjanmaan Yrittäjäkamari", "uutiset@yrittajakamari.example.org"),
   "Jäsenkirje 11/2026: Tietosuoja-asetuksen uudistukset",
   alt("Hyvä jäsen,\n\nmarraskuun jäsenkirjeessä: tietosuojavaltuutetun uudet linjaukset "
       "suoramarkkinointiin, koulutuskalenteri ja pikkujoulukutsu.\n\n"
       "Et halua enää jäsenkirjettä? Peru tilaus: https://yrittajakamari.example.org/peru\n"),
   to="undisclosed-recipients:;",
   hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://yrittajakamari.example.org/peru?id=5521>"),
         ("X-Mailer", "Mailchimp Mailer - **CID2611a**")])

au("sv", "webinar-inbjudan-bulk", A("Dataskydd Norden", "info@dataskyddnorden.example.com"),
   "Webbinarium: Så hanterar du registerutdrag och raderingar",
   html(html_of("Hej!\n\nVälkommen till vårt kostnadsfria webbinarium 3.12 om hur företag hanterar "
                "begäran om registerutdrag, rättelse och radering enligt GDPR.\n\n"
                "Anmäl dig här: https://dataskyddnorden.example.com/webbinar\n\n"
                "Vill du inte längre få våra utskick? Avregistrera dig här.")),
   hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsub-4471@dataskyddnorden.example.com>")])

ics_reply = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n"
             "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Laura Kivimäki:mailto:laura.kivimaki@example.com\n"
             "SUMMARY:Accepted: Kvarken Connect 2027 - programme planning\nDTSTART:20261125T080000Z\n"
             "DTEND:20261125T090000Z\nUID:040000008200E00074C5B7101A82E008000000001\nEND:VEVENT\nEND:VCALENDAR\n")
au("en", "calendar-accepted", A("Laura Kivimäki", "laura.kivimaki@example.com"),
   "Accepted: Kvarken Connect 2027 - programme planning",
   multi("alternative", plain("Laura Kivimäki has accepted this meeting.\n"),
         leaf("text/calendar", ics_reply, params="; method=REPLY")),
   hdrs=outlook_hdrs(71, "en", "Kvarken Connect 2027 - programme planning"))

ics2 = ics_reply.replace("ACCEPTED", "DECLINED").replace("Accepted:", "Hylätty:").replace(
    "Laura Kivimäki:mailto:laura.kivimaki@example.com", "Jussi Aalto:mailto:jussi.aalto@example.org")
au("fi", "kalenteri-hylatty", A("Jussi Aalto", "jussi.aalto@example.org"),
   "Hylätty: Kvarken Connect 2027 - ohjelmasuunnittelu",
   multi("alternative", plain("Jussi Aalto on hylännyt tämän kokouksen.\n\nValitettavasti olen silloin Oulussa.\n"),
         leaf("text/calendar", ics2, params="; method=REPLY")),
   hdrs=outlook_hdrs(72, "fi", "Kvarken Connect 2027 - ohjelmasuunnittelu"),
   note="calendar decline - not a confirmation decline")

au("en", "github-notification", A("Ravi Menon", "notifications@github.example.com"),
   "Re: [kvarken/flow-api] Add endpoint to delete user personal data (#412)",
   alt("@mikko-r the erasure endpoint should also purge the audit cache, otherwise the GDPR delete "
       "is not complete. I'll push a fix.\n\n--\nReply to this email directly, view it on GitHub:\n"
       "https://github.example.com/kvarken/flow-api/issues/412#issuecomment-99120\n"
       "You are receiving this because you are subscribed to this thread.\n"),
   hdrs=[("List-ID", "kvarken/flow-api <flow-api.kvarken.github.example.com>"),
         ("List-Unsubscribe", "<mailto:unsub+abc123@reply.github.example.com>"),
         ("X-GitHub-Reason", "subscribed"), ("Precedence", "list")])

au("en", "helpdesk-noreply", A("Kvarken Helpdesk", "no-reply@helpdesk.kvarken.example.com"),
   "[KS-2291] Ticket resolved: Cannot delete work order",
   plain("Hello,\n\nTicket KS-2291 \"Cannot delete work order\" has been marked as resolved by Ravi Menon.\n\n"
         "If the issue persists, reply to reopen the ticket within 7 days.\n\n"
         "This is an automated message, please do not reply.\n"),
   hdrs=[("Auto-Submitted", "auto-generated")])

au("en", "wp-plugins-updated", A("WordPress", FORM_SENDER), "[Kvarken Systems] Some plugins were automatically updated",
   plain("Howdy! Some plugins have automatically updated to their latest versions on your site at "
         "https://www.kvarken.example.com. No further action is needed on your part.\n\n"
         "These plugins are now up to date:\n- Contact Form 7 (from version 6.0.3 to 6.0.4)\n"
         "- WPForms Lite (from version 1.9.2 to 1.9.3)\n\n"
         "If you experience any issues or need support, the volunteers in the WordPress.org support forums may "
         "be able to help.\nhttps://wordpress.example.org/support/forums/\n\nThe WordPress Team\n"),
   note="configured form sender, not a form")

au("fi", "wp-salasanan-palautus", A("Kvarken Systems", FORM_SENDER), "[Kvarken Systems] Salasanan palautus",
   plain("Joku on pyytänyt salasanan palautusta seuraavalle käyttäjätilille:\n\n"
         "Sivuston nimi: Kvarken Systems\n\nKäyttäjätunnus: webadmin\n\n"
         "Jos tämä oli virhe, jätä tämä sähköposti huomiotta, niin mitään ei tapahdu.\n\n"
         "Vaihda salasana käymällä seuraavassa osoitteessa:\n"
         "https://www.kvarken.example.com/wp-login.php?action=rp&key=Xk2pQ9&login=webadmin\n\n"
         "Tämä salasanan palautuspyyntö on peräisin IP-osoitteesta 198.51.100.61.\n"),
   note="configured form sender, password reset")

au("en", "wpforms-weekly-summary", A("WPForms", FORM_SENDER), "Your Weekly WPForms Summary for www.kvarken.example.com",
   html(html_of("Hi there,\n\nLet's see how your forms performed in the past week.\n\n"
                "Contact Us (EN): 14 entries\nYhteydenotto (FI): 22 entries\nKontakt (SV): 6 entries\n\n"
                "Total: 42 entries\n\nThis email was auto-generated and sent from www.kvarken.example.com. "
                "Learn how to disable it.")),
   note="configured form sender, report")

au("fi", "wp-tietosuojapyynto-vahvistettu", A("Kvarken Systems", FORM_SENDER),
   "[Kvarken Systems] Toiminto vahvistettu: Poista henkilötiedot",
   plain("Hei,\n\nKäyttäjän tietosuojapyyntö on vahvistettu:\n\n"
         "Käyttäjä: satu.example@example.net\nPyyntö: Poista henkilötiedot\n\n"
         "Voit tarkastella ja hallita näitä tietosuojapyyntöjä täällä:\n\n"
         "https://www.kvarken.example.com/wp-admin/erase-personal-data.php\n\n"
         "Terveisin\nKvarken Systems\nhttps://www.kvarken.example.com/\n"),
   note="trap: WordPress core privacy notice from the configured sender, full of erasure words")

au("en", "chatdesk-weekly-stats", A("ChatDesk", CHAT_SENDER), "Your weekly ChatDesk report",
   alt("Weekly report for Kvarken Systems (9-15 Nov 2026)\n\n"
       "Chats: 38\nOffline messages: 7\nAverage first response: 41 s\nSatisfaction: 96 %\n\n"
       "Top pages:\n  /fi/koulutukset/  11\n  /en/products/kvarkenflow/  9\n\n"
       "Manage e-mail notifications in your ChatDesk settings.\n"),
   note="configured chat sender, not a transcript")

au("sv", "chatdesk-faktura", A("ChatDesk", CHAT_SENDER), "Din faktura från ChatDesk (nov 2026)",
   mixed(plain("Hej!\n\nHär kommer fakturan för ChatDesk Team, november 2026. Beloppet 49,00 EUR "
               "debiteras kortet som slutar på 4242.\n\nVill du säga upp abonnemanget? Gå till Inställningar > "
               "Fakturering.\n\nChatDesk\n"),
         att("ChatDesk-faktura-2026-11.pdf", "application/pdf", b"%PDF-1.4\n% test invoice\n%%EOF\n")),
   hdrs=[("Auto-Submitted", "auto-generated")], note="configured chat sender, invoice")

au("en", "mailchimp-unsubscribe-notice", A("Mailchimp", "no-reply@mailchimp.example.com"),
   "Kvarken Pulse: unsubscribe notification",
   html(html_of("Kvarken Pulse\n\nThe following person has unsubscribed from your audience:\n\n"
                "j.carter@example.org\nReason: I no longer want to receive these emails\n\n"
                "You can turn off these notifications in your audience settings.")),
   hdrs=[("Precedence", "bulk")], note="trap: automatic notice about an unsubscribe")

au("fi", "domain-uusinta", A("Verkkotunnuspalvelu", "noreply@registrar.example.net"),
   "Muistutus: verkkotunnus kvarken.example.com vanhenee 30 päivän kuluttua",
   plain("Hei,\n\nverkkotunnuksesi kvarken.example.com vanhenee 14.12.2026. Uusi verkkotunnus "
         "hallintapaneelissa, jotta sivustosi ja sähköpostisi toimivat keskeytyksettä.\n\n"
         "Tämä on automaattinen viesti, älä vastaa siihen.\n"),
   hdrs=[("Auto-Submitted", "auto-generated")])

au("en", "dmarc-aggregate", A("noreply-dmarc-support", "noreply-dmarc-support@google.example.com"),
   "Report domain: kvarken.example.com Submitter: google.example.com Report-ID: 1822334455667788",
   mixed(plain("This is an aggregate report from google.example.com.\n"),
         att("google.example.com!kvarken.example.com!1763251200!1763337599.zip", "application/zip",
             b"PK\x05\x06" + b"\x00" * 18)))

au("sv", "last-kvitto", A("Mona Häggblom", "mona.haggblom@example.org"), "Läst: Offert på underhållssystem",
   multi("report",
         plain("Ditt meddelande\n\n  Till: Mona Häggblom\n  Ämne: Offert på underhållssystem\n"
               "  Skickat: den 17 november 2026 10:02\n\nlästes den 17 november 2026 10:40.\n"),
         leaf("message/disposition-notification",
              b"Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;mona.haggblom@example.org\n"
              b"Disposition: manual-action/MDN-sent-manually; displayed\n", cte="7bit"),
         params="; report-type=disposition-notification"))

au("fi", "postmaster-kiintio", A("Postmaster", "postmaster@example.net"), "Toimitusvirhe: Re: Rekisteriote",
   plain("Viestiäsi ei voitu toimittaa vastaanottajalle mika.harju@example.net.\n"
         "Syy: vastaanottajan postilaatikko on täynnä (552 5.2.2).\n\n"
         "Alkuperäisen viestin otsikot:\nFrom: info@kvarken.example.com\nTo: mika.harju@example.net\n"
         "Subject: Re: Rekisteriote\n"),
   hdrs=[("Auto-Submitted", "auto-replied")], note="bounce of a reply to an access request")


# =============================================================== OTHER — Finnish
ot("fi", "myyntiviesti-tietosuojatyokalu", A("Niko Saarinen", "niko.saarinen@privacyflow.example.com"),
   "Rekisteriotteet ja poistopyynnöt automaattisesti - 15 min demo?",
   alt("Hei Kvarken Systems,\n\nkuinka paljon aikaa teillä kuluu rekisteriotepyyntöihin ja "
       "poistopyyntöihin? PrivacyFlow hoitaa tietosuojapyynnöt automaattisesti: asiakas pyytää, järjestelmä "
       "tunnistaa, kokoaa rekisteriotteen ja poistaa tiedot kaikista järjestelmistä.\n\n"
       "Sopisiko 15 minuutin demo ensi viikolla?\n\nNiko Saarinen\nMyyntipäällikkö, PrivacyFlow Oy\n"
       "p. 040 700 1234\n\nJos ette halua jatkossa yhteydenottoja, vastatkaa tähän viestiin.\n"),
   note="trap: sales pitch about data requests")

ot("fi", "sisainen-poistopyynto-keskustelu", A("Mikko Rantala", "mikko.rantala@kvarken.example.com"),
   "VS: Poistopyyntö / Marjut Kivelä",
   plain("Heidi,\n\ntähän tuli siis tämä poistopyyntö. Tarkistin CRM:stä, Marjut on osallistunut "
         "kurssille 2024, laskut pitää säilyttää kirjanpitolain takia. Hoidatko vastauksen? Minä poistan "
         "uutiskirjelistalta.\n\nMikko\n\n"
         "Lähettäjä: Marjut Kivelä <marjut.kivela@example.net>\nLähetetty: maanantai 23. marraskuuta 2026 8.49\n"
         "Vastaanottaja: info@kvarken.example.com\nAihe: Pyyntö koskien henkilötietojani\n\n"
         "Pyydän ensin rekisteriotteen kaikista minusta tallennetuista tiedoista ja sen jälkeen "
         "tietojeni poistamista rekistereistänne.\n"),
   hdrs=outlook_hdrs(81, "fi", "Poistopyyntö / Marjut Kivelä"),
   note="trap: staff discussing a request, quoted request")

ot("fi", "laskukysymys-allekirjoitus", A("Anu Pihlaja", "anu.pihlaja@rakennus-pihlaja.example.com"),
   "Koulutuslasku 26-1190",
   alt("Hei,\n\nlaskulla 26-1190 on kolme osallistujaa, mutta Power BI -kurssille osallistui vain kaksi. "
       "Voisitteko lähettää korjatun laskun?\n\nYstävällisin terveisin\nAnu Pihlaja\nTalouspäällikkö\n"
       "Rakennus Pihlaja Oy\n\n"
       "Tämä viesti voi sisältää luottamuksellista tietoa. Käsittelemme henkilötietoja tietosuojaselosteemme "
       "mukaisesti. Sinulla on oikeus tarkastaa tietosi ja pyytää niiden oikaisemista tai poistamista "
       "osoitteesta tietosuoja@rakennus-pihlaja.example.com.\n"),
   note="trap: GDPR disclaimer in signature")

ot("fi", "kiitos-otteesta-uusi-kysymys", A("Leena Vähäkangas", "leena.vahakangas@example.com"),
   "Re: Tarkastuspyyntö (EU:n tietosuoja-asetus 15 artikla)",
   plain("Kiitos rekisteriotteesta, kaikki näytti olevan kunnossa.\n\nKysyisin vielä, milloin on seuraava "
         "Azure-perusteet-kurssi ja voiko siihen osallistua etänä?\n\nLeena\n\n"
         "ti 24.11.2026 klo 14.02 Kvarken Systems <info@kvarken.example.com> kirjoitti:\n"
         "> Hei Leena, liitteenä rekisteriote pyyntösi mukaisesti.\n>\n"
         "> Leena Vähäkangas <leena.vahakangas@example.com> kirjoitti:\n"
         ">> Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla jäljennöksen käsiteltävistä tiedoista.\n"),
   note="trap: old request in quoted text, new question on top")

ot("fi", "peruutan-lisenssitilauksen", A("Kimmo Väisänen", "kimmo.vaisanen@example.org"), "Tilauksen peruutus",
   plain("Hei,\n\nperuutan tilauksemme nro 4471 (5 KvarkenFlow-lisälisenssiä). Budjetti jäädytettiin "
         "ensi vuoteen. Jos lisenssit on jo aktivoitu, poistakaa ne ja hyvittäkää lasku.\n\n"
         "Kimmo Väisänen\nIT-päällikkö, Kronoby Trä Ab\n"),
   note="trap: 'peruutan tilauksen' = cancel an order, not newsletter")

ot("fi", "tutkimuskysely", A("Elina Mattila", "elina.mattila@uni.example.org"),
   "Kysely: pk-yritysten tietosuojakäytännöt (Vaasan yliopisto-tutkimus)",
   alt("Hyvä vastaanottaja,\n\nteemme tutkimusta siitä, miten pienet ja keskisuuret yritykset käsittelevät "
       "rekisteröityjen oikeuksiin liittyviä pyyntöjä (tarkastus-, oikaisu- ja poisto-oikeus). "
       "Kyselyyn vastaaminen vie noin 10 minuuttia: https://kysely.uni.example.org/gdpr-pk\n\n"
       "Vastaukset käsitellään anonyymisti.\n\nElina Mattila\nväitöskirjatutkija\n"),
   note="trap: questionnaire about data requests")

ot("fi", "tilitoimisto-palkka-aineisto", A("Tilitoimisto Luotettava", "palkat@tilitoimisto.example.net"),
   "Marraskuun palkka-aineisto",
   plain("Hei Annika,\n\nmuistutuksena että marraskuun palkka-aineisto (tuntilistat, poissaolot ja "
         "mahdolliset henkilöstömuutokset) tarvitaan meille viimeistään 20.11. Uuden työntekijän "
         "verokortti puuttuu vielä.\n\nTerveisin\nSeija Lindroos\nTilitoimisto Luotettava Oy\n"),
   note="trap: payroll talk from the accounting firm, not a personnel request")

ot("fi", "tyohakemus-cv", A("Emilia Kangas", "emilia.kangas@example.com"), "Avoin hakemus: ohjelmistokehittäjä",
   mixed(plain("Hei,\n\nolen valmistumassa Vaasan ammattikorkeakoulusta ohjelmistotekniikan insinööriksi "
               "ja lähetän avoimen hakemuksen. Osaan Pythonia, TypeScriptiä ja vähän Azurea. CV liitteenä.\n\n"
               "Ystävällisin terveisin\nEmilia Kangas\n044 321 7788\n"),
         att("Emilia_Kangas_CV.pdf", "application/pdf", b"%PDF-1.4\n% test cv\n%%EOF\n")))

ot("fi", "poista-kayttaja-tenantista", A("Sari Nurmi", "sari.nurmi@pohjan-kiinteisto.example.com"),
   "Käyttäjän poisto KvarkenFlow'sta",
   plain("Hei tuki,\n\nhuoltomiehemme Matti Kallio lopetti meillä perjantaina. Poistakaa hänen käyttäjätunnuksensa "
         "meidän KvarkenFlow-ympäristöstä ja siirtäkää avoimet työtilaukset Jari Heikkiselle.\n\n"
         "Sari Nurmi\nkiinteistöpäällikkö\n"),
   note="trap: customer admin removing a user account from their tenant")

ot("fi", "toimittajan-haastattelupyynto", A("Pauli Ranta", "pauli.ranta@pohjalainen-uutiset.example.net"),
   "Haastattelupyyntö: Kvarken Connect",
   plain("Hei,\n\nolen toimittaja Pohjalaiset Uutisista. Tekisimme jutun Kvarken Connect -tapahtumasta ja "
         "Vaasan ohjelmistoalasta. Olisiko toimitusjohtaja Annika Sundqvist käytettävissä puhelinhaastatteluun "
         "ensi viikolla?\n\nPauli Ranta\n"))

ot("fi", "viivastyskorko", A("Heikki Salonen", "heikki.salonen@example.net"), "Viivästyskorko pois?",
   plain("Moi\n\nmaksoimme laskun 26-1077 kolme päivää myöhässä, koska se meni roskapostiin. Voisitteko poistaa "
         "viivästyskoron seuraavalta laskulta? Olemme olleet asiakkaana 8 vuotta.\n\nHeikki\n"),
   note="trap: 'poistaa' a late fee")

ot("fi", "kiitos-uutiskirjeesta-lainaus", A("Raija Öhman", "raija.ohman@example.org"),
   "Re: Kvarken Pulse 11/2026: Tekoäly kunnossapidossa",
   plain("Kiitos, todella hyvä artikkeli tekoälystä kunnossapidossa! Välitin sen koko tiimillemme. "
         "Onko aiheesta tulossa webinaaria?\n\nRaija\n\n"
         "ma 16.11.2026 klo 7.00 Kvarken Pulse <pulse@news.kvarken.example.com> kirjoitti:\n"
         "> Tekoäly kunnossapidossa - mitä oikeasti toimii?\n>\n"
         "> Et halua enää uutiskirjettä? Peru tilaus: https://news.kvarken.example.com/u/9031\n"),
   note="trap: unsubscribe link only in quoted newsletter")

ot("fi", "puhuja-matkajarjestelyt", A("Olli Kärkkäinen", "olli.karkkainen@example.com"),
   "Kvarken Connect: matkat ja hotelli",
   plain("Hei Heidi,\n\nkiitos kutsusta puhujaksi! Tulen junalla Helsingistä 13.4. illalla. Varaatteko hotellin vai "
         "varaanko itse ja laskutan? Tarvitsen esitykseen HDMI-liitännän ja klikkerin.\n\nOlli\n", flowed=True),
   hdrs=[("User-Agent", "Mozilla Thunderbird 128.4.2")])

# =============================================================== OTHER — Swedish
ot("sv", "saljmejl-gdpr-konsult", A("Sebastian Löf", "sebastian.lof@dataskyddsbyran.example.com"),
   "Klarar ni en begäran om registerutdrag inom 30 dagar?",
   alt("Hej!\n\nVisste du att de flesta små företag inte klarar att besvara en begäran om registerutdrag "
       "eller radering inom lagstadgad tid? Dataskyddsbyrån erbjuder ett fast paket: vi tar hand om alla "
       "begäranden från era kunder för 190 €/mån.\n\nBoka ett kort möte: https://dataskyddsbyran.example.com/boka\n\n"
       "Mvh Sebastian Löf\n"),
   note="trap: sales pitch about data requests")

ot("sv", "dubbel-faktura", A("Kristina Wik", "kristina.wik@example.org"), "Dubbel faktura",
   plain("Hej,\n\nvi har fått fakturan 26-1201 två gånger, en gång per post och en gång som e-faktura. "
         "Kan ni radera den ena i ert system så att vi inte får påminnelse?\n\nKristina Wik\nEkonomi, Wiks Fisk Ab\n"),
   note="trap: 'radera' an invoice")

ot("sv", "ta-bort-produktbild", A("Anders Storm", "anders.storm@example.com"), "Bilden på referenssidan",
   plain("Hej Jonas,\n\nbilden på vår gamla pumpstation som ni har på referenssidan för KvarkenFlow är "
         "tyvärr fel modell. Kan ni ta bort den? Jag skickar en ny bild nästa vecka.\n\nAnders\n"),
   note="trap: remove a product photo")

ot("sv", "vidarebefordrad-artikel", A("Jonas Björklund", "jonas.bjorklund@kvarken.example.com"),
   "VB: IMY: rätten att bli bortglömd gäller även säkerhetskopior",
   alt("Intressant för GDPR-kursen i februari, Heidi?\n\n/Jonas\n\n"
       "Från: Juridiknytt <nyhetsbrev@juridiknytt.example.org>\nSkickat: den 17 november 2026 06:30\n"
       "Ämne: IMY: rätten att bli bortglömd gäller även säkerhetskopior\n\n"
       "Integritetsskyddsmyndigheten konstaterar i ett nytt beslut att en begäran om radering enligt "
       "artikel 17 även omfattar uppgifter i säkerhetskopior, om dessa återställs...\n"),
   hdrs=outlook_hdrs(91, "sv", "IMY: rätten att bli bortglömd gäller även säkerhetskopior"),
   note="trap: forwarded article about erasure")

ot("sv", "kursintyg", A("Pia Lindholm", "pia.lindholm@example.net"), "Kursintyg Power BI",
   plain("Hej!\n\nJag gick Power BI-kursen 3-4.11 men har inte fått något kursintyg. Kunde ni skicka det? "
         "Min chef behöver det till utvecklingssamtalet.\n\nTack!\nPia\n\nSkickat från min iPhone\n"))

ot("sv", "avboka-kursplats", A("Mattias Rönnholm", "mattias.ronnholm@example.com"), "Avbokning",
   plain("Hej,\n\ntyvärr måste jag avboka min plats på GDPR för utvecklare (9.12). Kan min kollega "
         "Jessica Sjöholm ta platsen istället? Hennes e-post är jessica.sjoholm@example.com.\n\nMattias\n"),
   note="trap: cancel a course booking; course name contains GDPR")

ot("sv", "personuppgiftsbitradesavtal", A("Ann-Sofie Kull", "ann-sofie.kull@vora-kommun.example.org"),
   "Personuppgiftsbiträdesavtal inför upphandling",
   plain("Hej,\n\ninför upphandlingen av ärendehanteringssystem behöver vi ert standardavtal för "
         "personuppgiftsbiträden (PUB-avtal) samt en beskrivning av hur ni hanterar de registrerades "
         "rättigheter, t.ex. begäran om radering.\n\nMed vänlig hälsning\nAnn-Sofie Kull\nUpphandlare\n"),
   note="trap: asks about DPA and rights handling, not a data-subject request")

ot("sv", "offert-med-gdpr-signatur", A("Jörgen Palm", "jorgen.palm@palmsbygg.example.net"), "Offert - intranät",
   alt("Hej,\n\ntack för mötet i går. Vi väntar på offerten för intranätet, kan ni ha den klar till fredag?\n\n"
       "Med vänliga hälsningar\nJörgen Palm\nVD, Palms Bygg Ab\n\n"
       "Vi behandlar personuppgifter enligt GDPR. Om du inte längre vill ta emot e-post från oss eller "
       "vill att vi raderar dina uppgifter, kontakta dataskydd@palmsbygg.example.net.\n"),
   hdrs=outlook_hdrs(94, "sv", "Offert - intranät"), note="trap: GDPR disclaimer in signature")

ot("sv", "intern-registerutdrag-fraga", A("Jonas Björklund", "jonas.bjorklund@kvarken.example.com"),
   "Vem svarar på registerutdraget?",
   plain("Hej Mikko och Annika,\n\nvi fick en begäran om registerutdrag från Carina Holmström förra veckan. "
         "Mailbot har skickat bekräftelsen men jag vet inte vem som ska granska PDF:en innan den går ut. "
         "Kan vi ta det på måndagsmötet?\n\n/Jonas\n"),
   to="info@kvarken.example.com", cc="mikko.rantala@kvarken.example.com",
   note="trap: staff discussing a case")

ot("sv", "konferens-efter-avregistrering", A("Ulla Rönn", "ulla.ronn@example.org"), "Re: Du är nu avregistrerad",
   plain("Hej,\n\nja jag avregistrerade mig från nyhetsbrevet i våras, det var rätt. Men nu vill jag gärna "
         "komma på Kvarken Connect i april. Hur anmäler jag mig och finns det gruppris?\n\nUlla\n\n"
         "Den 12 maj 2026 skrev Kvarken Systems <info@kvarken.example.com>:\n"
         "> Du är nu avregistrerad från Kvarken Pulse. Vill du prenumerera igen, svara \"prenumerera\".\n"),
   note="trap: quoted unsubscribe confirmation, new question about the conference")

ot("sv", "rekryteringsbyra", A("Malin Ekholm", "malin.ekholm@techrekry.example.com"), "Utvecklare till Vasa?",
   plain("Hej!\n\nJag representerar tre erfarna .NET-utvecklare som vill flytta till Österbotten. "
         "Har ni behov av förstärkning under våren? Jag berättar gärna mer.\n\nMalin Ekholm\nTechRekry\n"))

ot("sv", "tack-efter-kurs", A("Stefan Hägglund", "stefan.hagglund@example.com"), "Tack för en bra kurs!",
   plain("Hej Heidi,\n\ntack för två jättebra dagar! Exemplen med riktiga data från våra egna maskiner var guld värda. "
         "Ordnar ni en fortsättningskurs i vår?\n\nStefan\n", cs="iso-8859-1", cte="quoted-printable"),
   subj_cs="iso-8859-1")

# =============================================================== OTHER — English
ot("en", "dsar-platform-pitch", A("Jessica Moore", "jessica.moore@dsarhero.example.com"),
   "Quick question about your DSAR process",
   alt("Hi there,\n\nI noticed Kvarken Systems runs training and events, which usually means lots of personal "
       "data. How are you handling data subject access requests, right-to-erasure and unsubscribe requests today? "
       "DSARHero automates the whole workflow: intake, identity verification, data discovery and deletion.\n\n"
       "Worth a 15-minute call?\n\nJessica Moore | Account Executive | DSARHero\n\n"
       "If you'd rather not hear from me again, just reply \"no thanks\".\n"),
   note="trap: SaaS pitch about DSARs")

ot("en", "fwd-gdpr-fines-article", A("Annika Sundqvist", "annika.sundqvist@kvarken.example.com"),
   "Fwd: GDPR fines hit record high in 2026",
   plain("FYI - worth a slide in the GDPR course.\n\nA.\n\n"
         "---------- Forwarded message ---------\nFrom: TechLaw Weekly <news@techlaw.example.org>\n"
         "Date: Tue, 17 Nov 2026 at 07:00\nSubject: GDPR fines hit record high in 2026\n\n"
         "Regulators issued record fines this year, many for failing to respond to access and deletion "
         "requests in time. Companies must act on a request to erase personal data without undue delay...\n"),
   note="trap: forwarded article")

ot("en", "research-questionnaire", A("Dr. Lucy Grant", "lucy.grant@nordicprivacylab.example.org"),
   "Invitation: survey on SME handling of data subject rights",
   plain("Dear colleague,\n\nWe are researchers at the Nordic Privacy Lab studying how SMEs respond to requests "
         "for access, rectification and erasure of personal data. Would you be willing to complete a short "
         "anonymous survey (10 min)? https://survey.example.org/sme-rights\n\n"
         "Kind regards,\nLucy Grant\n"),
   note="trap: questionnaire")

ot("en", "delete-sandbox-project", A("Tom Becker", "tom.becker@example.com"), "Please delete our test project",
   plain("Hi support,\n\nwe created a test project \"Pilot-Hamburg\" in the KvarkenFlow sandbox during the trial. "
         "Could you delete it? It has dummy assets and work orders only. We'll start fresh in production.\n\n"
         "Thanks, Tom\n"),
   note="trap: delete business data")

ot("en", "cancel-purchase-order", A("Procurement", "procurement@northwind-energy.example.com"),
   "Cancel PO-8812",
   plain("Hello,\n\nPlease cancel purchase order PO-8812 (3 seats, KvarkenFlow admin course, Jan 2027). "
         "We will reorder for the March session.\n\nRegards,\nEmily Park\nProcurement, Northwind Energy\n"),
   note="trap: cancel an order")

ot("en", "export-company-data-migration", A("Lars Eriksen", "lars.eriksen@example.net"), "Data export before contract ends",
   plain("Hi,\n\nour KvarkenFlow contract ends on 31 December. Before that we need a full export of our data: "
         "assets, work orders, spare parts and attachments, preferably as CSV plus a ZIP of files. "
         "Can you send us a copy of all our data by mid-December?\n\nLars Eriksen\nMaintenance Director\n"),
   note="trap: 'copy of all our data' is company data for migration")

ot("en", "speaker-travel", A("Sofia Marino", "sofia.marino@example.org"), "Re: Kvarken Connect 2027 - speaker confirmation",
   alt("Hi Heidi,\n\nconfirmed, I'll give the keynote on 14 April. I'm flying from Milan via Helsinki. "
       "Could you send the slide template?\n\nBest,\nSofia\n\n"
       "On Mon, 16 Nov 2026 at 13:12, Heidi Mäkelä <heidi.makela@kvarken.example.com> wrote:\n"
       "> Dear Sofia, we'd be delighted to have you as keynote speaker. Please confirm by Friday.\n"),
   note="trap: 'confirm' in a normal thread, no mailbot token")

ot("en", "api-question-legal-footer", A("Kenji Watanabe", "kenji.watanabe@partner.example.com"),
   "API rate limits",
   plain("Hello,\n\nwhat are the rate limits on the work-order API? We hit 429 errors when syncing ~5000 "
         "orders overnight.\n\nKenji Watanabe\nIntegration Lead\n\n"
         "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. "
         "We process personal data in accordance with the GDPR. To exercise your rights of access, "
         "rectification, erasure, restriction or objection, or to unsubscribe from our communications, "
         "contact privacy@partner.example.com.\n"),
   note="trap: rights words in legal footer")

ot("en", "registration-after-erasure", A("Oliver Hart", "oliver.hart@example.com"),
   "Re: Your data has been deleted",
   plain("Thanks for handling that last year. Funny enough, I've now joined a company that uses KvarkenFlow, "
         "and I'd like to attend the admin course in January. How do I register?\n\nOliver\n\n"
         "On 3 Feb 2025, Kvarken Systems wrote:\n> Your personal data has been deleted as requested.\n"
         ">\n> > Please delete all my data. Oliver Hart\n"),
   note="trap: quoted erasure thread")

ot("en", "job-application", A("Aisha Bello", "aisha.bello@example.net"), "Application: Junior Cloud Engineer",
   mixed(alt("Dear Kvarken team,\n\nplease find attached my CV and cover letter for the Junior Cloud Engineer "
             "position advertised on your careers page.\n\nKind regards,\nAisha Bello\n"),
         att("Aisha_Bello_CV.pdf", "application/pdf", b"%PDF-1.4\n% test cv\n%%EOF\n"),
         att("Cover_letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             b"PK\x03\x04test")))

ot("en", "remove-from-references", A("Claire Dupont", "claire.dupont@example.org"), "Customer reference page",
   plain("Hello,\n\nour legal department asked that we no longer appear as a named customer reference. "
         "Please remove our company name and logo from your website's references page.\n\nClaire Dupont\n"
         "Communications, Ardent Pumps SA\n"),
   note="trap: remove company from references, not personal data")

ot("en", "security-report", A("Viktor Nagy", "viktor.nagy@example.com"), "Security issue on your contact form",
   plain("Hi,\n\nI'm a security researcher. Your /en/contact/ form echoes the user agent unescaped in the "
         "confirmation page, which allows reflected XSS. I haven't accessed any personal data. Who should I "
         "send the details to? I follow a 90-day disclosure policy.\n\nViktor\n"))

ot("en", "seo-offer", A("Rank Boost Agency", "growth@rankboost.example.net"), "Get your site on page 1 of Google",
   html(html_of("Hello Kvarken Systems team,\n\nI was checking your website and noticed it is not ranking for "
                "keywords like \"maintenance software Finland\". We can fix that in 30 days.\n\n"
                "Reply \"YES\" and I will send our price list.\n\nBest,\nDaniel")),
   note="cold sales mail asking for a YES reply, not a confirmation")

ot("sv", "ny-faktureringsadress", A("Marianne Blomqvist", "marianne.blomqvist@example.org"),
   "Ändrade faktureringsuppgifter",
   plain("Hej,\n\nvårt bolag har flyttat. Rätta gärna faktureringsadressen i ert system till "
         "Strandgatan 4, 65100 Vasa, och använd vår nya e-fakturaadress 003798765432.\n\n"
         "Marianne Blomqvist\nBokföring, Blomqvist Marin Ab\n"),
   note="trap: correcting company billing data, not personal data")

ot("fi", "uutiskirjelomake-rikki", A("Tiina Kangasniemi", "tiina.kangasniemi@example.com"),
   "Uutiskirjeen tilauslomake ei toimi sivuillamme",
   plain("Hei Kvarken,\n\nylläpidätte meidän yhdistyksen kotisivuja. Jäsenet ovat valittaneet, että "
         "uutiskirjeen tilauslomake antaa virheen eikä kukaan pääse tilaamaan uutiskirjettä. Myös "
         "peruutuslinkki vie 404-sivulle. Voisitteko katsoa pikaisesti?\n\nTiina Kangasniemi\n"
         "Vaasan Kuoroyhdistys ry\n"),
   note="trap: subscribe/unsubscribe words about a customer's website bug")


# =============================================================== WRITE
def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for k in KINDS:
        shutil.rmtree(OUT / k, ignore_errors=True)
        (OUT / k).mkdir()
    lines = ["# Expected classification for corpus10 (Kvarken Systems Oy). Generated by _generate.py.", ""]
    for rel, data, meta in sorted(MESSAGES, key=lambda m: m[0]):
        (OUT / rel).write_bytes(data)
        lines.append(f"[{q(rel)}]")
        if "note" in meta:
            lines.append(f"# {meta['note']}")
        lines.append(f"kind = {q(meta['kind'])}")
        lines.append(f"language = {q(meta['language'])}")
        if "requests" in meta:
            lines.append("requests = [" + ", ".join(q(r) for r in meta["requests"]) + "]")
        if "decision" in meta:
            lines.append(f"decision = {q(meta['decision'])}")
        if "fields" in meta:
            lines.append("fields = { " + ", ".join(f"{k} = {q(v)}" for k, v in meta["fields"].items()) + " }")
        lines.append("")
    (OUT / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    (OUT / "senders.toml").write_text(
        "# The site's own configured senders (Kvarken Systems Oy)\n"
        f"contact_form = [{q(FORM_SENDER)}]\nchat = [{q(CHAT_SENDER)}]\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
