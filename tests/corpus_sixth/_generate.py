#!/usr/bin/env python3
"""Generate the corpus6 test mails for Nordvolt Ab Oy's info@ mailbox.

Run:  python3 _generate.py      (writes the .eml files, manifest.toml, senders.toml)
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import os
import quopri
import random
import shutil
import sys
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
INFO = "info@nordvolt.example.com"
SITE = "https://www.nordvolt.example.com"
WP = ("Nordvolt", "wordpress@nordvolt.example.com")
NR = "no-reply@nordvolt.example.com"
CHAT = "chat-transcripts@livehelp.example.net"
MX = "mx.nordvolt.example.com"

random.seed(6)
MANIFEST = {}
_clock = [_dt.datetime(2026, 1, 7, 7, 41, 12, tzinfo=_dt.timezone(_dt.timedelta(hours=2)))]


def next_date():
    _clock[0] += _dt.timedelta(hours=random.randint(3, 30), minutes=random.randint(0, 59),
                               seconds=random.randint(0, 59))
    return _clock[0]


try:
    from zoneinfo import ZoneInfo
    _HEL = ZoneInfo("Europe/Helsinki")
except Exception:  # pragma: no cover
    _HEL = None


def fmt_date(d):
    if _HEL is not None:
        d = d.astimezone(_HEL)
    return format_datetime(d)


def hexid(n=16):
    return "%0*x" % (n, random.getrandbits(4 * n))


def enc_hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def fmt_addr(a, charset="utf-8"):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def _addr_only(a):
    return a if isinstance(a, str) else a[1]


# ---------------------------------------------------------------- MIME parts
def leaf(ctype, payload, charset="utf-8", cte=None, extra=(), params="", disposition=None):
    """A single MIME part -> (header lines, body bytes)."""
    if isinstance(payload, str):
        raw = payload.encode(charset or "utf-8")
    else:
        raw = payload
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    if cte in ("7bit", "8bit") and any(b >= 128 for b in raw):
        cte = "8bit"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = ctype
    if ctype.startswith("text/") and charset:
        ct += '; charset="%s"' % charset
    ct += params
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disposition:
        hdrs.append("Content-Disposition: " + disposition)
    hdrs.extend(extra)
    return hdrs, body


def text(t, charset="utf-8", cte=None, **kw):
    return leaf("text/plain", t, charset, cte, **kw)


def html(h, charset="utf-8", cte="quoted-printable", **kw):
    return leaf("text/html", h, charset, cte, **kw)


_bcount = [0]


def multi(subtype, parts, params="", preamble=None):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], hexid(10))
    hdrs = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, b, params)]
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for ph, pb in parts:
        out.append(("--%s\n" % b).encode())
        out.append(("\n".join(ph) + "\n\n").encode())
        out.append(pb)
    out.append(("--%s--\n" % b).encode())
    return hdrs, b"".join(out)


def alt(t, h, charset="utf-8", tcte=None, hcte="quoted-printable"):
    return multi("alternative", [text(t, charset, tcte), html(h, charset, hcte)])


# ------------------------------------------------------------- trace headers
_ipn = [10]


def trace(domain, d, dkim="pass", spf="pass", dmarc="pass", helo=None, via=None):
    _ipn[0] += 1
    ip = "%s.%d" % (random.choice(["192.0.2", "198.51.100", "203.0.113"]), _ipn[0] % 250 + 2)
    helo = helo or "mail-out%d.%s" % (random.randint(1, 9), domain)
    qid = hexid(11).upper()
    t = fmt_date(d - _dt.timedelta(seconds=random.randint(2, 40)))
    rec = ("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n"
           "\tfor <%s>; %s" % (helo, helo, ip, MX, qid, INFO, t))
    parts = []
    if spf:
        parts.append("spf=%s smtp.mailfrom=%s" % (spf, domain))
    if dkim:
        parts.append("dkim=%s header.d=%s header.s=sel%d" % (dkim, domain, random.randint(1, 3)))
    if dmarc:
        parts.append("dmarc=%s header.from=%s" % (dmarc, domain))
    ar = "Authentication-Results: %s;\n\t%s" % (MX, ";\n\t".join(parts) if parts else "none")
    out = [rec, ar]
    if via:
        out.append(via)
    return out


def local_trace(d, host="www.nordvolt.example.com"):
    t = fmt_date(d - _dt.timedelta(seconds=1))
    return ["Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n"
            "\tfor <%s>; %s" % (host, MX, hexid(11).upper(), INFO, t),
            "Authentication-Results: %s;\n\tspf=pass smtp.mailfrom=nordvolt.example.com;\n"
            "\tdkim=pass header.d=nordvolt.example.com; dmarc=pass header.from=nordvolt.example.com" % MX]


# ------------------------------------------------------------------ writing
def save(path, meta, frm, subject, body, *, to=INFO, date=None, headers=(), reply_to=None,
         cc=None, tr="auto", subject_charset="utf-8", mid=None, in_reply_to=None,
         references=None, sender=None, extra_top=()):
    assert path not in MANIFEST, path
    kind = path.split("/")[0]
    d = date or next_date()
    addr = _addr_only(frm)
    dom = addr.split("@")[-1]
    lines = []
    if callable(tr):
        lines += tr(d)
    elif tr == "local":
        lines += local_trace(d)
    elif tr == "auto":
        if dom.endswith("nordvolt.example.com"):
            lines += local_trace(d)
        else:
            lines += trace(dom, d)
    elif tr:
        lines += tr
    lines += list(extra_top)
    lines.append("From: " + fmt_addr(frm, subject_charset))
    if sender:
        lines.append("Sender: " + sender)
    lines.append("To: " + (to if isinstance(to, str) else ", ".join(fmt_addr(x) for x in to)))
    if cc:
        lines.append("Cc: " + cc)
    if reply_to:
        lines.append("Reply-To: " + fmt_addr(reply_to))
    if subject is not None:
        lines.append("Subject: " + enc_hdr(subject, subject_charset))
    lines.append("Date: " + fmt_date(d))
    lines.append("Message-ID: " + (mid or "<%s.%s@%s>" % (hexid(12), hexid(6), dom)))
    if in_reply_to:
        lines.append("In-Reply-To: " + in_reply_to)
    if references:
        lines.append("References: " + references)
    lines += list(headers)
    lines.append("MIME-Version: 1.0")
    ph, pb = body
    lines += ph
    data = ("\n".join(lines) + "\n\n").encode("ascii") + pb
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    m = {"kind": kind}
    m.update(meta)
    MANIFEST[path] = m


def cf(path, lang, fields, frm, subject, body, requests=None, **kw):
    meta = {"language": lang}
    if requests:
        meta["requests"] = requests
    meta["fields"] = fields
    save("contact_form/" + path, meta, frm, subject, body, **kw)


def ch(path, lang, frm, subject, body, **kw):
    save("chat_transcript/" + path, {"language": lang}, frm, subject, body, **kw)


def dr(path, lang, requests, frm, subject, body, **kw):
    save("data_request/" + path, {"language": lang, "requests": requests}, frm, subject, body, **kw)


def conf(path, lang, decision, frm, subject, body, **kw):
    save("confirmation/" + path, {"language": lang, "decision": decision}, frm, subject, body, **kw)


def au(path, lang, frm, subject, body, **kw):
    save("automatic/" + path, {"language": lang}, frm, subject, body, **kw)


def ot(path, lang, frm, subject, body, **kw):
    save("other/" + path, {"language": lang}, frm, subject, body, **kw)


def page_html(inner, title="", lang="fi", style=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, title, ("<style>%s</style>\n" % style) if style else "", inner))


# ============================================================================
# CONTENT
# ============================================================================
# ------------------------------------------------------------- contact_form
CF7_FOOT_FI = "\n-- \nTämä viesti lähetettiin yhteydenottolomakkeella sivustolta Nordvolt (https://www.nordvolt.example.com)\n"
CF7_FOOT_SV = "\n-- \nDetta e-postmeddelande skickades från ett kontaktformulär på Nordvolt (https://www.nordvolt.example.com/sv/)\n"
CF7_FOOT_EN = "\n-- \nThis e-mail was sent from a contact form on Nordvolt (https://www.nordvolt.example.com)\n"


def content_contact_forms():
    # 1 CF7 default template, Finnish translation, name+email in one line
    cf("cf7-fi-default.eml", "fi",
       {"name": "Matti Kärkkäinen", "email": "matti.karkkainen@kotiposti.example.com"},
       WP, "Nordvolt \"Sähköpääkeskuksen uusiminen\"",
       text("Lähettäjä: Matti Kärkkäinen <matti.karkkainen@kotiposti.example.com>\n"
            "Aihe: Sähköpääkeskuksen uusiminen\n\n"
            "Viestin sisältö:\n"
            "Hei! Omakotitalomme (rak. 1978) pääkeskus on vielä tulppasulakkeilla ja haluaisimme\n"
            "vaihtaa sen johdonsuojakatkaisijoihin ja samalla lisätä vikavirtasuojat. Talo on\n"
            "Tuusulassa. Ehtisittekö tulla katsomaan kohteen helmikuun aikana?\n"
            + CF7_FOOT_FI),
       reply_to=("Matti Kärkkäinen", "matti.karkkainen@kotiposti.example.com"))

    # 2 CF7 custom Swedish template with page URL
    cf("cf7-sv-custom-page.eml", "sv",
       {"name": "Sofia Lindholm", "company": "Lindholms Bageri Ab", "email": "sofia@lindholmsbageri.example.org",
        "phone": "040 712 3399", "page": SITE + "/sv/tjanster/elinstallationer"},
       WP, "Ny kontaktförfrågan från webbplatsen",
       text("Namn: Sofia Lindholm\n"
            "Företag: Lindholms Bageri Ab\n"
            "E-post: sofia@lindholmsbageri.example.org\n"
            "Telefon: 040 712 3399\n"
            "Meddelande:\n"
            "Hej,\nvi flyttar bageriet till nya lokaler i Borgå och behöver trefasuttag för två nya\n"
            "ugnar samt belysning i butiken. Kan ni komma och titta på lokalen nästa vecka?\n\n"
            "Mvh Sofia\n\n"
            "Sida: https://www.nordvolt.example.com/sv/tjanster/elinstallationer\n"
            + CF7_FOOT_SV, cte="quoted-printable"),
       reply_to="sofia@lindholmsbageri.example.org")

    # 3 CF7 default English, HTML-less, no company
    cf("cf7-en-default.eml", "en",
       {"name": "Daniel Okafor", "email": "d.okafor@mailbox.example.net"},
       WP, "Nordvolt \"EV charger for apartment building\"",
       text("From: Daniel Okafor <d.okafor@mailbox.example.net>\n"
            "Subject: EV charger for apartment building\n\n"
            "Message Body:\n"
            "Hi, I am on the board of a housing company in Espoo (24 flats). We are looking into\n"
            "installing 6 charging points in the parking area with load balancing. Do you do the\n"
            "site survey and the application for the ARA subsidy as well?\n\n"
            "Thanks, Daniel\n"
            + CF7_FOOT_EN),
       reply_to=("Daniel Okafor", "d.okafor@mailbox.example.net"))

    # 4 WPForms multipart: "--- Label ---" blocks in text, vertical table in HTML
    wpf_txt = ("--- Nimi ---\n\nRiikka Heinonen\n\n"
               "--- Sähköposti ---\n\nriikka.heinonen@posti.example.org\n\n"
               "--- Puhelinnumero ---\n\n+358 44 518 2207\n\n"
               "--- Yritys ---\n\nHeinosen Tila Ky\n\n"
               "--- Viesti ---\n\nTarvitsisimme navettaan uuden valaistuksen ja pari pistorasiaryhmää lisää.\n"
               "Kohde on Mäntsälässä. Voitteko antaa tarjouksen?\n\n"
               "---\n\nLähetetty lomakkeella https://www.nordvolt.example.com/fi/yhteystiedot/\n")
    rows = [("Nimi", "Riikka Heinonen"), ("Sähköposti", "riikka.heinonen@posti.example.org"),
            ("Puhelinnumero", "+358 44 518 2207"), ("Yritys", "Heinosen Tila Ky"),
            ("Viesti", "Tarvitsisimme navettaan uuden valaistuksen ja pari pistorasiaryhmää lisää.<br>\nKohde on Mäntsälässä. Voitteko antaa tarjouksen?")]
    trs = "".join('<tr style="background-color:#f8f8f8;"><td style="padding:10px 0 5px;"><strong>%s</strong></td></tr>\n'
                  '<tr><td style="padding:0 0 15px;">%s</td></tr>\n' % r for r in rows)
    wpf_html = page_html('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="body">'
                         '<tr><td align="center"><table class="container" width="600">\n%s'
                         '<tr><td style="font-size:12px;color:#777;">Lähetetty lomakkeella '
                         '<a href="https://www.nordvolt.example.com/fi/yhteystiedot/">https://www.nordvolt.example.com/fi/yhteystiedot/</a></td></tr>'
                         '</table></td></tr></table>' % trs, "Uusi merkintä: Yhteydenotto")
    cf("wpforms-fi-multipart.eml", "fi",
       {"name": "Riikka Heinonen", "company": "Heinosen Tila Ky", "email": "riikka.heinonen@posti.example.org",
        "phone": "+358 44 518 2207", "page": SITE + "/fi/yhteystiedot/"},
       WP, "Uusi merkintä: Yhteydenotto", alt(wpf_txt, wpf_html),
       reply_to="riikka.heinonen@posti.example.org")

    # 5 WPForms HTML only, English, with first/last split (Name field "First Last" layout)
    rows = [("First Name", "Harriet"), ("Last Name", "Vance"), ("Email", "harriet.vance@vancecold.example.com"),
            ("Company", "Vance Cold Storage Ltd"),
            ("How can we help?", "We run a cold storage warehouse in Vantaa and keep tripping the main breaker when "
             "both compressors start. Could someone come and look at the switchboard and advise on soft starters?"),
            ("Page URL", SITE + "/en/contact-us/")]
    trs = "".join('<tr><td style="padding-top:12px;"><strong style="font-family:Helvetica,Arial;">%s</strong></td></tr>'
                  '<tr><td style="padding-bottom:6px;border-bottom:1px solid #ddd;">%s</td></tr>\n' % r for r in rows)
    cf("wpforms-en-htmlonly-split.eml", "en",
       {"name": "Harriet Vance", "company": "Vance Cold Storage Ltd", "email": "harriet.vance@vancecold.example.com",
        "page": SITE + "/en/contact-us/"},
       (None, NR), "New Entry: Contact Us",
       html(page_html('<center><table width="600" cellpadding="0" cellspacing="0">%s</table></center>'
                      '<p style="color:#999;font-size:11px">Sent from Nordvolt</p>' % trs, "New Entry", "en")),
       reply_to=("Harriet Vance", "harriet.vance@vancecold.example.com"))

    # 6 Gravity Forms {all_fields}, Swedish, split name, HTML only (label row / value row)
    def gf_table(rows, title):
        out = []
        for lab, val in rows:
            out.append('<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px;">'
                       '<strong>%s</strong></font></td></tr>\n<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td>'
                       '<td><font style="font-family:sans-serif;font-size:12px;">%s</font></td></tr>\n' % (lab, val))
        return page_html('<table width="99%%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>'
                         '<table width="100%%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n%s'
                         '</table></td></tr></table>' % "".join(out), title)
    cf("gravity-sv-split-html.eml", "sv",
       {"name": "Henrik Grönqvist", "email": "henrik.gronqvist@skargardsbrygga.example.com", "phone": "+358 50 338 1140",
        "page": SITE + "/sv/kontakt/"},
       WP, "Ny anmälan: Kontaktformulär",
       html(gf_table([("Förnamn", "Henrik"), ("Efternamn", "Grönqvist"),
                      ("E-post", '<a href="mailto:henrik.gronqvist@skargardsbrygga.example.com">henrik.gronqvist@skargardsbrygga.example.com</a>'),
                      ("Telefon", "+358 50 338 1140"),
                      ("Ärende", "Vi har en sommarstuga på Kimitoön där elen går via en jordkabel från 1985. "
                       "Kabeln verkar ha skadats i vinter (ingen ström i bastun). Kan ni hjälpa oss att felsöka och byta den?"),
                      ("Källsida", "https://www.nordvolt.example.com/sv/kontakt/")], "Kontaktformulär"), cte="base64"),
       reply_to="henrik.gronqvist@skargardsbrygga.example.com")

    # 7 Ninja Forms, English, HTML with <br> label: value lines
    cf("ninja-en-br.eml", "en",
       {"name": "Olivia Brandt", "email": "olivia.brandt@brandtdesign.example.org", "phone": "+46 70 455 1290"},
       WP, "Ninja Forms Submission",
       html(page_html("Name: Olivia Brandt<br />\nEmail: olivia.brandt@brandtdesign.example.org<br />\n"
                      "Phone: +46 70 455 1290<br />\nMessage: Hello! We are opening a small design studio in Turku "
                      "(about 120 m2) and need a quote for network cabling, lighting control and a few floor boxes. "
                      "Drawings are available on request.<br />\n", "", "en")),
       reply_to="olivia.brandt@brandtdesign.example.org")

    # 8 Elementor Pro form (labels fi, meta in English)
    cf("elementor-fi.eml", "fi",
       {"name": "Jari Pesonen", "email": "jari.pesonen@rakennuspesonen.example.com", "phone": "0400 213 880",
        "page": SITE + "/fi/palvelut/kiinteistohuolto/"},
       (None, "wordpress@nordvolt.example.com"), "Uusi viesti sivustolta \"Nordvolt\"",
       html(page_html("Nimi: Jari Pesonen<br>Sähköposti: jari.pesonen@rakennuspesonen.example.com<br>"
                      "Puhelin: 0400 213 880<br>Viesti: Meillä on 3 rivitaloyhtiötä ylläpidettävänä Keravalla, "
                      "kiinnostaisi vuosisopimus sähkölaitteiden määräaikaistarkastuksista. Pyytäisin "
                      "yhteydenottoa puhelimitse.<br><br>---<br><br>Date: 3.2.2026<br>Time: 14.07<br>"
                      "Page URL: https://www.nordvolt.example.com/fi/palvelut/kiinteistohuolto/<br>"
                      "User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Chrome/121.0.0.0 Safari/537.36<br>Remote IP: 203.0.113.77<br>Powered by: Elementor<br>")),
       reply_to="jari.pesonen@rakennuspesonen.example.com")

    # 9 Fluent Forms, Swedish, horizontal table (label | value)
    rows = [("Namn", "Annika Sjöberg"), ("E-postadress", "annika.sjoberg@vasabostader.example.org"),
            ("Företag", "Vasa Bostäder Ab"), ("Telefonnummer", "06 320 4411"),
            ("Meddelande", "Hej! Vi söker en samarbetspartner för elarbeten i våra fastigheter i Vasa, "
             "främst byte av armaturer i trapphus till LED med rörelsesensor. Kan ni skicka referenser?")]
    trs = "".join('<tr><th style="text-align:left;width:180px;padding:6px 12px;background:#f1f1f1;">%s</th>'
                  '<td style="padding:6px 12px;">%s</td></tr>\n' % r for r in rows)
    cf("fluent-sv-horizontal.eml", "sv",
       {"name": "Annika Sjöberg", "company": "Vasa Bostäder Ab", "email": "annika.sjoberg@vasabostader.example.org",
        "phone": "06 320 4411"},
       (None, NR), "Ny inlämning – Kontakta oss",
       alt("Namn: Annika Sjöberg\nE-postadress: annika.sjoberg@vasabostader.example.org\nFöretag: Vasa Bostäder Ab\n"
           "Telefonnummer: 06 320 4411\nMeddelande: Hej! Vi söker en samarbetspartner för elarbeten i våra fastigheter i Vasa, "
           "främst byte av armaturer i trapphus till LED med rörelsesensor. Kan ni skicka referenser?\n",
           page_html('<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0">\n%s</table>' % trs, "", "sv")))

    # 10 HubSpot style: label line, value on next line, external sender, split name
    hs_txt = ("Nordvolt\n\nNew form submission on Nordvolt website\n\n"
              "Someone filled out Yhteydenotto (FI) on www.nordvolt.example.com.\n\n"
              "Contact information\n\n"
              "Etunimi\nPetteri\n\nSukunimi\nRautiainen\n\nSähköposti\npetteri.rautiainen@teollisuusrautiainen.example.com\n\n"
              "Yrityksen nimi\nTeollisuuspalvelu Rautiainen Oy\n\nPuhelinnumero\n+358 40 771 0923\n\n"
              "Viesti\nTehtaamme sähkönjakelussa on ollut yliaaltoja ja taajuusmuuttajat laukeilevat. "
              "Tarvitsisimme mittauksen ja raportin. Onko teillä kapasiteettia maaliskuussa?\n\n"
              "Page submitted on\nhttps://www.nordvolt.example.com/fi/teollisuus\n\n"
              "View contact record: https://app.hubspot.example.com/contacts/4417201/record/0-1/96113\n\n"
              "You received this email because you are subscribed to form submission notifications.\n"
              "HubSpot, Inc. 2 Canal Park, Cambridge, MA 02141\n")
    cf("hubspot-fi-nextline.eml", "fi",
       {"name": "Petteri Rautiainen", "company": "Teollisuuspalvelu Rautiainen Oy",
        "email": "petteri.rautiainen@teollisuusrautiainen.example.com", "phone": "+358 40 771 0923",
        "page": SITE + "/fi/teollisuus"},
       ("HubSpot", "noreply@notifications.hubspot.example.com"), "New form submission on Nordvolt website",
       text(hs_txt, cte="quoted-printable"),
       headers=["X-HubSpot-Notification: form-submission"])

    # 11 Wix Forms HTML only, English, label line then value line
    wix = page_html('<div style="font-family:Helvetica;max-width:560px">'
                    '<h2 style="font-weight:normal">You have a new form submission</h2>'
                    '<p style="color:#666">Site: Nordvolt &middot; Form: Contact Form</p>'
                    '<p style="margin:0;color:#888;font-size:13px">Name</p><p style="margin:0 0 14px 0">Thomas Berg</p>'
                    '<p style="margin:0;color:#888;font-size:13px">Email</p><p style="margin:0 0 14px 0">'
                    '<a href="mailto:tberg@fjordmarine.example.net">tberg@fjordmarine.example.net</a></p>'
                    '<p style="margin:0;color:#888;font-size:13px">Phone</p><p style="margin:0 0 14px 0">+47 912 33 018</p>'
                    '<p style="margin:0;color:#888;font-size:13px">Message</p><p style="margin:0 0 14px 0">'
                    'Do you service shore power connections for small marinas? We have 40 berths in Hanko.</p>'
                    '<a href="https://manage.wix.example.com/inbox" style="background:#116dff;color:#fff;padding:8px 18px">'
                    'Reply in Inbox</a><p style="font-size:11px;color:#aaa">Wix.com Ltd.</p></div>', "New submission", "en")
    cf("wix-en-htmlonly.eml", "en",
       {"name": "Thomas Berg", "email": "tberg@fjordmarine.example.net", "phone": "+47 912 33 018"},
       ("Wix Forms", "no-reply@forms.wix.example.com"), "Nordvolt got a new submission", html(wix),
       reply_to=("Thomas Berg", "tberg@fjordmarine.example.net"))

    # 12 Squarespace style, Swedish labels, Reply-To carries address, body has it too
    cf("squarespace-sv.eml", "sv",
       {"name": "Maja Holmström", "email": "maja.holmstrom@brev.example.org"},
       ("Squarespace", "form-submission@squarespace.example.info".replace(".info", ".com")),
       "Form Submission - Laddboxar - Laddbox till radhus",
       text("Sent via form submission from Nordvolt\n\n"
            "Namn: Maja Holmström\n\n"
            "E-post: maja.holmstrom@brev.example.org\n\n"
            "Ämne: Laddbox till radhus\n\n"
            "Meddelande: Hej, jag bor i ett radhus i Esbo och undrar vad en installation av en 11 kW laddbox "
            "kostar ungefär. Elcentralen sitter i förrådet ca 8 m från parkeringen.\n\n"
            "(Sent via Nordvolt)\n", cte="quoted-printable"),
       reply_to="maja.holmstrom@brev.example.org")

    # 13 Jotform, Finnish, horizontal table with Question/Answer header
    rows = [("Nimesi", "Eveliina Saarinen"), ("Sähköpostiosoite", "eveliina.saarinen@saarisenkoti.example.net"),
            ("Puhelin", "050 994 1203"), ("Palvelu", "Aurinkopaneelit"),
            ("Lisätietoja", "Kiinnostaisi 6 kW aurinkovoimala omakotitaloon Lempäälässä. Katto on konesaumattu pelti, "
             "suunta lounas. Akun lisääminen myöhemmin pitäisi olla mahdollista.")]
    trs = "".join('<tr><td class="questionColumn" style="padding:8px;color:#57647e">%s</td>'
                  '<td class="valueColumn" style="padding:8px">%s</td></tr>\n' % r for r in rows)
    cf("jotform-fi.eml", "fi",
       {"name": "Eveliina Saarinen", "email": "eveliina.saarinen@saarisenkoti.example.net", "phone": "050 994 1203"},
       ("Jotform", "noreply@jotform.example.com"), "Re: Tarjouspyyntö – Eveliina Saarinen",
       html(page_html('<table width="100%%"><tr><td style="font-size:20px">Tarjouspyyntö</td></tr></table>'
                      '<table id="emailFieldsTable" width="600" cellpadding="0" cellspacing="0" border="0">'
                      '<tr><th style="text-align:left">Kysymys</th><th style="text-align:left">Vastaus</th></tr>\n%s</table>'
                      '<p style="font-size:11px">Voit muokata tätä lähetystä ja nähdä kaikki lähetykset helposti Jotformissa.</p>'
                      % trs, "Tarjouspyyntö")),
       reply_to="eveliina.saarinen@saarisenkoti.example.net")

    # 14 Webflow, English
    cf("webflow-en.eml", "en",
       {"name": "Grace Whitfield", "company": "Whitfield Events", "email": "grace@whitfieldevents.example.com"},
       ("Webflow", "no-reply-forms@webflow.example.com"), "New form submission on Nordvolt",
       alt("Your site Nordvolt has received a new form submission.\n\n"
           "Form: Contact Form\n\nName: Grace Whitfield\nCompany: Whitfield Events\nEmail: grace@whitfieldevents.example.com\n"
           "Message: We need temporary power distribution for an outdoor event in Helsinki, 14-16 August, around 250 kW "
           "total. Do you rent out distribution boards and provide an electrician on site?\n\n"
           "Go to Webflow to view all form submissions.\n",
           page_html('<p>Your site <b>Nordvolt</b> has received a new form submission.</p><p>Form: <b>Contact Form</b></p>'
                     '<p><b>Name:</b> Grace Whitfield<br><b>Company:</b> Whitfield Events<br><b>Email:</b> '
                     'grace@whitfieldevents.example.com<br><b>Message:</b> We need temporary power distribution for an outdoor '
                     'event in Helsinki, 14-16 August, around 250 kW total. Do you rent out distribution boards and provide an '
                     'electrician on site?</p><p><a href="https://webflow.example.com/dashboard">Go to Webflow</a></p>', "", "en")),
       reply_to="grace@whitfieldevents.example.com")

    # 15 Drupal Webform default plain text: label line, value next line
    cf("drupal-webform-fi.eml", "fi",
       {"name": "Aleksi Mäkelä", "email": "aleksi.makela@pirkanmaanvesi.example.org", "phone": "03 565 7720",
        "company": "Pirkanmaan Vesihuolto Oy"},
       ("Nordvolt", NR), "Lomakkeen lähetys: Ota yhteyttä",
       text("Lähetetty 10.02.2026 - 09:14\nLähettäjä: Anonyymi (ei vahvistettu)\n\nLähetetyt tiedot ovat:\n\n"
            "Nimi\nAleksi Mäkelä\n\nOrganisaatio\nPirkanmaan Vesihuolto Oy\n\nSähköposti\naleksi.makela@pirkanmaanvesi.example.org\n\n"
            "Puhelin\n03 565 7720\n\nViesti\nPumppaamon ohjauskeskuksen UPS antaa hälytyksiä ja akut ovat vuodelta 2017. "
            "Tarvitsemme tarjouksen akkujen vaihdosta ja huoltosopimuksesta.\n\n"
            "Lähetys: https://www.nordvolt.example.com/fi/node/12/webform/submission/3381\n", "iso-8859-1",
            "quoted-printable"))

    # 16 Joomla com_contact default, English
    cf("joomla-contact-en.eml", "en",
       {"name": "Marcus Ehrlich", "email": "marcus.ehrlich@ehrlich-technik.example.net"},
       ("Nordvolt Ab Oy", NR), "Nordvolt: Switchboard retrofit question",
       text("This is an enquiry email via https://www.nordvolt.example.com/en/ from:\n"
            "Marcus Ehrlich <marcus.ehrlich@ehrlich-technik.example.net>\n\n"
            "Switchboard retrofit question\n\n"
            "Good day, we are a German machine builder delivering two packaging lines to a customer in Lahti. "
            "We need a local contractor for connecting the lines to the customer's main distribution and for the "
            "commissioning inspection according to SFS 6000. Are you able to take such work in May?\n\n"
            "Best regards\nMarcus Ehrlich\n"),
       reply_to=("Marcus Ehrlich", "marcus.ehrlich@ehrlich-technik.example.net"))

    # 17 Definition list (theme's own form), Finnish
    cf("theme-dl-fi.eml", "fi",
       {"name": "Tuula Nieminen", "email": "tuula.nieminen@tilitoimistonieminen.example.com", "phone": "09 412 7788",
        "company": "Tilitoimisto Nieminen"},
       WP, "[Nordvolt] Yhteydenottopyyntö",
       html(page_html('<h3>Yhteydenottopyyntö verkkosivuilta</h3><dl>'
                      '<dt><b>Nimi</b></dt><dd>Tuula Nieminen</dd>'
                      '<dt><b>Yritys</b></dt><dd>Tilitoimisto Nieminen</dd>'
                      '<dt><b>Sähköposti</b></dt><dd>tuula.nieminen@tilitoimistonieminen.example.com</dd>'
                      '<dt><b>Puhelin</b></dt><dd>09 412 7788</dd>'
                      '<dt><b>Viesti</b></dt><dd>Toimistomme valaisimista osa välkkyy ja yksi pistorasia on lämmin. '
                      'Voisiko joku käydä tällä viikolla?</dd></dl>')),
       reply_to="tuula.nieminen@tilitoimistonieminen.example.com")

    # 18 CF7 template without the e-mail in the body: visitor only in Reply-To (Swedish)
    cf("cf7-sv-replyto-only.eml", "sv",
       {"name": "Nils Åkerman", "email": "nils.akerman@akermansbil.example.net", "phone": "019 441 22"},
       WP, "Kontakt från webbplatsen: Nils Åkerman",
       text("Namn: Nils Åkerman\nTelefon: 019 441 22\n\nMeddelande:\nHej, vår verkstad behöver fler uttag "
            "(16 A) vid arbetsbänkarna och en ny belysning i hallen. Hör av er!\n" + CF7_FOOT_SV),
       reply_to=("Nils Åkerman", "nils.akerman@akermansbil.example.net"))

    # 19 Reply-To only, English, HTML-only table, generic noreply of a builder
    cf("builder-en-replyto-only.eml", "en",
       {"name": "Priya Raman", "email": "priya.raman@lumenlabs.example.org"},
       ("Site notifications", "noreply@sites.builder.example.net"), "New message from your website contact form",
       html(page_html('<p>You have a new message from <b>www.nordvolt.example.com</b>:</p>'
                      '<table cellpadding="6" style="border-collapse:collapse">'
                      '<tr><td style="border:1px solid #ccc"><b>Name</b></td><td style="border:1px solid #ccc">Priya Raman</td></tr>'
                      '<tr><td style="border:1px solid #ccc"><b>Message</b></td><td style="border:1px solid #ccc">'
                      'Hi, our lab needs a dedicated clean earth and isolated supply for measurement equipment. '
                      'Is this something you could design and install? Located in Otaniemi.</td></tr></table>'
                      '<p style="font-size:11px;color:#999">Reply to this email to respond to the sender.</p>', "", "en")),
       reply_to=("Priya Raman", "priya.raman@lumenlabs.example.org"))

    # 20 CF7 with acceptance checkbox and privacy wording (not a request), Finnish
    cf("cf7-fi-acceptance.eml", "fi",
       {"name": "Kalle Huttunen", "email": "kalle.huttunen@huttusenmokki.example.com", "phone": "045 130 9981"},
       WP, "Yhteydenotto: Mökin sähköt",
       text("Nimi: Kalle Huttunen\nSähköposti: kalle.huttunen@huttusenmokki.example.com\nPuhelin: 045 130 9981\n"
            "Palvelu: [Sähköasennus] [Sähkösuunnittelu]\n"
            "Viesti:\nMökille pitäisi saada sähköt, liittymä on jo tilattu verkkoyhtiöltä. Rakennuksia on kaksi "
            "(mökki ja sauna). Milloin ehtisitte?\n"
            "Hyväksyn tietosuojaselosteen ja että tietojani käsitellään yhteydenottoa varten: 1\n"
            "Haluan tilata uutiskirjeen: \n"
            + CF7_FOOT_FI))

    # 21 Form with visitor address in From and site in Sender (badly configured CF7)
    cf("cf7-en-from-visitor.eml", "en",
       {"name": "Laura Mitchell", "company": "Mitchell & Hart Architects", "email": "laura@mitchellhart.example.com",
        "phone": "+44 20 7946 0812"},
       ("Laura Mitchell", "laura@mitchellhart.example.com"), "Website enquiry - Mitchell & Hart Architects",
       text("Name: Laura Mitchell\nCompany: Mitchell & Hart Architects\nEmail: laura@mitchellhart.example.com\n"
            "Phone: +44 20 7946 0812\n\nMessage:\nWe are designing a boutique hotel in Porvoo and are looking for an "
            "electrical contractor to price the installation from our tender drawings. Could you confirm whether you "
            "would like to receive the package?\n\n--\nThis e-mail was sent from a contact form on Nordvolt "
            "(https://www.nordvolt.example.com)\n"),
       sender="wordpress@nordvolt.example.com", tr="local")

    # 22 Label-on-top table (one header row of labels, one row of values), Finnish
    labels = ["Nimi", "Sähköposti", "Puhelin", "Postinumero", "Viesti"]
    vals = ["Sanna Lehtinen", "sanna.lehtinen@example.net", "040 555 0192", "02600",
            "Kylpyhuoneen lattialämmitys ei toimi remontin jälkeen. Termostaatti näyttää virhekoodia E2."]
    cf("custom-php-fi-toprow.eml", "fi",
       {"name": "Sanna Lehtinen", "email": "sanna.lehtinen@example.net", "phone": "040 555 0192"},
       ("www.nordvolt.example.com", "no-reply@nordvolt.example.com"), "Yhteydenotto www-sivuilta",
       html(page_html('<table border="1" cellpadding="4" cellspacing="0"><tr>%s</tr><tr>%s</tr></table>'
                      '<p>Lähetetty: 2026-02-14 21:33:02 / IP 198.51.100.23</p>'
                      % ("".join("<th>%s</th>" % x for x in labels), "".join("<td>%s</td>" % x for x in vals))),
            "iso-8859-1", "quoted-printable"))

    # 23 Quote request form with many extra fields, Finnish, Gravity plain text
    cf("gravity-fi-quote-extra.eml", "fi",
       {"name": "Heikki Salo", "email": "heikki.salo@salonmaatila.example.org", "phone": "0500 771 233",
        "page": SITE + "/fi/tarjouspyynto/"},
       WP, "Tarjouspyyntö - Heikki Salo",
       text("Etunimi: Heikki\nSukunimi: Salo\nSähköposti: heikki.salo@salonmaatila.example.org\n"
            "Puhelinnumero: 0500 771 233\nKohteen osoite: Kirkkotie 14, 31400 Somero\nKohdetyyppi: Maatila\n"
            "Toivottu aloitus: Huhti-toukokuu\nLisätiedot: Viljankuivurin sähköt pitää uusia, nykyinen keskus on "
            "1970-luvulta. Moottoreita 5 kpl, suurin 15 kW.\n"
            "Lähde-URL: https://www.nordvolt.example.com/fi/tarjouspyynto/\n"
            "Käyttäjäagentti: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\n"
            "Käyttäjän IP: 198.51.100.61\n"))

    # 24 Forminator, Swedish, HTML horizontal
    rows = [("Förnamn", "Elsa"), ("Efternamn", "Wikström"), ("E-post", "elsa.wikstrom@example.org"),
            ("Meddelande", "Vi har köpt ett gammalt egnahemshus i Karis och vill låta besiktiga elen innan vi flyttar in. "
             "Gör ni sådana kontroller och vad kostar det?")]
    trs = "".join("<tr><td><strong>%s</strong></td><td>%s</td></tr>" % r for r in rows)
    cf("forminator-sv.eml", "sv",
       {"name": "Elsa Wikström", "email": "elsa.wikstrom@example.org"},
       WP, "Nytt formulärsvar #4471",
       html(page_html("<p>Hej!</p><p>Du har fått ett nytt svar via formuläret <b>Kontakta oss (SV)</b>.</p>"
                      "<table>%s</table><p>---</p><p>Det här meddelandet skickades från https://www.nordvolt.example.com</p>"
                      % trs, "", "sv")),
       reply_to="elsa.wikstrom@example.org")

    # 25 Netlify-forms style, English, names only first name
    cf("netlify-en.eml", "en",
       {"name": "Ben", "email": "ben.k@fastmail.example.com"},
       ("Netlify Forms", "formresponses@netlify.example.com"), "[Nordvolt] New form submission",
       text("New form submission from contact on Nordvolt site\n\n"
            "name: Ben\nemail: ben.k@fastmail.example.com\nmessage: Do you install heat pump outdoor units' supply "
            "circuits, or only the full package? I already bought the unit.\n\n"
            "View this submission: https://app.netlify.example.com/sites/nordvolt/forms\n"),
       reply_to="ben.k@fastmail.example.com")

    # 26 Caldera-style "Label : value" with spaces, Swedish, windows-1252 8bit
    cf("caldera-sv-cp1252.eml", "sv",
       {"name": "Göran Blomqvist", "email": "goran.blomqvist@blomqvistfastigheter.example.com",
        "company": "Blomqvist Fastigheter", "phone": "0400 618 302"},
       WP, "Kontaktförfrågan",
       text("Namn : Göran Blomqvist\nFöretag : Blomqvist Fastigheter\nE-post : goran.blomqvist@blomqvistfastigheter.example.com\n"
            "Telefon : 0400 618 302\nMeddelande : Hej – vi behöver en ny mätarcentral i ett hus med 8 lägenheter i Ekenäs. "
            "Nätbolaget kräver att den flyttas ut till fasaden. Kan ni ge en offert?\n\n"
            "Skickat från: Nordvolt – Elinstallationer\n", "windows-1252"),
       reply_to="goran.blomqvist@blomqvistfastigheter.example.com")

    # 27 English form, message in Swedish (language of the text is sv)
    cf("cf7-enlabels-sv-text.eml", "sv",
       {"name": "Karin Ek", "email": "karin.ek@example.com", "phone": "044 287 1100"},
       WP, "New contact form submission",
       text("Name: Karin Ek\nEmail: karin.ek@example.com\nPhone: 044 287 1100\nMessage:\n"
            "Hej! Jag undrar om ni kan flytta elmätaren i vårt garage, den sitter i vägen för den nya porten. "
            "Vi bor i Sibbo.\n\n--\nThis e-mail was sent from a contact form on nordvolt.example.com\n"),
       reply_to="karin.ek@example.com")

    # 28 HTML only, two-column table with page and time meta, English, company only from domain not given
    cf("formidable-en-meta.eml", "en",
       {"name": "Kevin O'Donnell", "email": "kodonnell@shannonfoods.example.ie".replace(".ie", ".com"),
        "company": "Shannon Foods Finland Oy", "page": SITE + "/en/services/industrial/"},
       WP, "Nordvolt – Contact form: Kevin O'Donnell",
       html(page_html('<table cellspacing="0" style="font-size:14px;border:1px solid #ddd" width="100%">'
                      '<tr style="background:#f9f9f9"><th style="text-align:left;padding:7px 9px">Full name</th>'
                      "<td style=\"padding:7px 9px\">Kevin O'Donnell</td></tr>"
                      '<tr><th style="text-align:left;padding:7px 9px">Company / Organisation</th><td style="padding:7px 9px">Shannon Foods Finland Oy</td></tr>'
                      '<tr style="background:#f9f9f9"><th style="text-align:left;padding:7px 9px">E-mail address</th>'
                      '<td style="padding:7px 9px"><a href="mailto:kodonnell@shannonfoods.example.com">kodonnell@shannonfoods.example.com</a></td></tr>'
                      '<tr><th style="text-align:left;padding:7px 9px">Your message</th><td style="padding:7px 9px">'
                      'Our production hall needs 20 new high-bay LED fittings (IP65) and a DALI control. Please quote '
                      'supply and installation.</td></tr></table>'
                      '<p style="font-size:11px">Submitted from: https://www.nordvolt.example.com/en/services/industrial/<br>'
                      'Date: February 19, 2026 at 10:02 am</p>', "", "en")))

    # 29 Squarespace-like without name, Finnish, only email and message (minimal)
    cf("minimal-fi-email-only.eml", "fi",
       {"email": "v.koskinen@example.org"},
       ("Nordvolt", NR), "Uusi viesti: Yhteydenottolomake",
       text("Sähköposti: v.koskinen@example.org\nViesti: Paljonko maksaa sähköauton latauspisteen asennus "
            "rivitaloon? Autopaikalla on jo lämmitystolppa.\n\n"
            "Lomake: Yhteydenottolomake\nSivu: https://www.nordvolt.example.com/fi/\n"),
       reply_to="v.koskinen@example.org")
    MANIFEST["contact_form/minimal-fi-email-only.eml"]["fields"]["page"] = SITE + "/fi/"

    # ---------- forms whose free text contains a data-subject request
    cf("gravity-fi-erasure.eml", "fi",
       {"name": "Pirjo Laaksonen", "email": "pirjo.laaksonen@example.net", "page": SITE + "/fi/yhteystiedot/"},
       WP, "Uusi lomakemerkintä: Yhteydenotto",
       text("Nimi: Pirjo Laaksonen\nSähköposti: pirjo.laaksonen@example.net\nPuhelin: \nYritys: \n"
            "Viesti: Hei, sain teiltä uutiskirjeen vaikka en muista koskaan antaneeni osoitettani. "
            "Poistakaa kaikki minua koskevat tiedot rekisteristänne, kiitos.\n"
            "Sivu: https://www.nordvolt.example.com/fi/yhteystiedot/\n", cte="quoted-printable"),
       requests=["erasure"], reply_to="pirjo.laaksonen@example.net")

    cf("elementor-sv-access.eml", "sv",
       {"name": "Birgitta Holm", "email": "birgitta.holm@holmskonsult.example.org", "company": "Holms Konsult",
        "page": SITE + "/sv/kontakt/"},
       WP, "Nytt meddelande från \"Nordvolt\"",
       html(page_html("Namn: Birgitta Holm<br>Företag: Holms Konsult<br>E-post: birgitta.holm@holmskonsult.example.org<br>"
                      "Meddelande: Hej! Jag vill gärna veta vilka personuppgifter ni har sparade om mig och få en kopia "
                      "av dem. Jag var på er mässmonter i Vasa för ett par år sedan.<br><br>---<br><br>Date: 24 februari 2026<br>"
                      "Time: 08:51<br>Page URL: https://www.nordvolt.example.com/sv/kontakt/<br>Powered by: Elementor<br>", "", "sv")),
       requests=["access"], reply_to="birgitta.holm@holmskonsult.example.org")

    cf("wpforms-en-unsubscribe.eml", "en",
       {"name": "Robert Hale", "email": "rhale@halepumps.example.com", "company": "Hale Pumps"},
       WP, "New Entry: Contact Us",
       text("--- Name ---\n\nRobert Hale\n\n--- Email ---\n\nrhale@halepumps.example.com\n\n--- Company ---\n\nHale Pumps\n\n"
            "--- Message ---\n\nPlease take me off your newsletter list, I get it twice a month and it's not "
            "relevant for us anymore. Thanks.\n"),
       requests=["unsubscribe"], reply_to="rhale@halepumps.example.com")

    cf("cf7-en-rectification.eml", "en",
       {"name": "Emma Carlsson", "email": "emma.carlsson@nordicgrid.example.com", "phone": "+358 40 902 1177",
        "company": "Nordic Grid Services"},
       WP, "Nordvolt \"Update my contact details\"",
       text("From: Emma Carlsson <emma.carlsson@nordicgrid.example.com>\nSubject: Update my contact details\n"
            "Company: Nordic Grid Services\nPhone: +358 40 902 1177\n\nMessage Body:\n"
            "Hi, I have changed roles and my details in your customer register are outdated. My title is now Head of "
            "Procurement and my phone number is +358 40 902 1177 (the old 050 number no longer works). Could you "
            "correct these?\n" + CF7_FOOT_EN),
       requests=["rectification"], reply_to="emma.carlsson@nordicgrid.example.com")

    cf("fluent-sv-unsub-erasure.eml", "sv",
       {"name": "Stefan Nyberg", "email": "stefan.nyberg@example.com"},
       (None, NR), "Ny inlämning – Kontakta oss",
       text("Namn: Stefan Nyberg\nE-postadress: stefan.nyberg@example.com\nMeddelande: Avsluta min prenumeration på "
            "nyhetsbrevet och radera sedan mina uppgifter helt ur ert kundregister. Tack.\n"),
       requests=["unsubscribe", "erasure"], reply_to="stefan.nyberg@example.com")

    cf("hubspot-fi-unsubscribe.eml", "fi",
       {"name": "Jukka Ojala", "email": "jukka.ojala@ojalankone.example.org", "company": "Ojalan Kone Oy",
        "page": SITE + "/fi/uutiskirje"},
       ("HubSpot", "noreply@notifications.hubspot.example.com"), "New form submission on Nordvolt website",
       text("Someone filled out Yhteydenotto (FI) on www.nordvolt.example.com.\n\nContact information\n\n"
            "Etunimi\nJukka\n\nSukunimi\nOjala\n\nSähköposti\njukka.ojala@ojalankone.example.org\n\nYrityksen nimi\n"
            "Ojalan Kone Oy\n\nViesti\nEn halua enää vastaanottaa uutiskirjettänne, lopettakaa sen lähettäminen tähän "
            "osoitteeseen.\n\nPage submitted on\nhttps://www.nordvolt.example.com/fi/uutiskirje\n\n"
            "You received this email because you are subscribed to form submission notifications.\n"),
       requests=["unsubscribe"])

    # ---------- more ordinary forms (variety)
    cf("cf7-sv-multiline-labels.eml", "sv",
       {"name": "Linnea Forsman", "email": "linnea.forsman@example.net", "phone": "050 441 6620",
        "page": SITE + "/sv/solpaneler/"},
       WP, "Solpaneler – ny förfrågan",
       text("Ditt namn\nLinnea Forsman\n\nDin e-post\nlinnea.forsman@example.net\n\nTelefonnummer\n050 441 6620\n\n"
            "Ditt meddelande\nHej, hur lång leveranstid har ni på solpaneler just nu? Vi har ett tak på ca 40 m2 i "
            "Jakobstad och funderar på 7–8 kW.\n\nSidans adress\nhttps://www.nordvolt.example.com/sv/solpaneler/\n"
            + CF7_FOOT_SV, cte="quoted-printable"))

    cf("cf7-en-phone-callback.eml", "en",
       {"name": "Ahmed Yusuf", "email": "ahmed.yusuf@example.org", "phone": "+358 45 788 2314"},
       (None, "wordpress@nordvolt.example.com"), "Callback request",
       text("Callback request from the website\n\nYour name: Ahmed Yusuf\nYour email: ahmed.yusuf@example.org\n"
            "Phone number: +358 45 788 2314\nBest time to call: weekdays after 16\n"
            "Your message: Sauna heater keeps blowing the 16A fuse. Please call me.\n" + CF7_FOOT_EN),
       reply_to="ahmed.yusuf@example.org")

    cf("zoho-sv-html-alt.eml", "sv",
       {"name": "Patrik Söderlund", "email": "patrik.soderlund@osterbottenmek.example.com",
        "company": "Österbottens Mekaniska Ab", "phone": "06 781 3302"},
       ("Zoho Forms", "notification@forms.zoho.example.com"), "Kontaktformulär - Ny post",
       alt("Namn\tPatrik Söderlund\nFöretagsnamn\tÖsterbottens Mekaniska Ab\nE-post\tpatrik.soderlund@osterbottenmek.example.com\n"
           "Telefon\t06 781 3302\nMeddelande\tVi behöver hjälp med att flytta en CNC-maskin och dra ny matning (63 A) till den nya platsen.\n",
           page_html('<table style="font:13px Arial" cellpadding="5"><tr><td style="color:#666">Namn</td><td>Patrik Söderlund</td></tr>'
                     '<tr><td style="color:#666">Företagsnamn</td><td>Österbottens Mekaniska Ab</td></tr>'
                     '<tr><td style="color:#666">E-post</td><td>patrik.soderlund@osterbottenmek.example.com</td></tr>'
                     '<tr><td style="color:#666">Telefon</td><td>06 781 3302</td></tr><tr><td style="color:#666">Meddelande</td>'
                     '<td>Vi behöver hjälp med att flytta en CNC-maskin och dra ny matning (63 A) till den nya platsen.</td></tr></table>',
                     "", "sv"), hcte="base64"),
       reply_to="patrik.soderlund@osterbottenmek.example.com")

    cf("typeform-en.eml", "en",
       {"name": "Sophie Turner", "email": "sophie.turner@example.com", "company": "Turner Bakery"},
       ("Typeform", "notifications@typeform.example.com"), "New response to Nordvolt – Get a quote",
       alt("You've got a new response to Nordvolt – Get a quote\n\n"
           "What's your name?\nSophie Turner\n\nWhat's the name of your business?\nTurner Bakery\n\n"
           "What's your email address?\nsophie.turner@example.com\n\n"
           "Tell us about the job\nNew dedicated circuit for a 3-phase deck oven, about 10 m from the board.\n\n"
           "See all responses: https://admin.typeform.example.com/form/Xy12/results\n",
           page_html("<h3>You've got a new response to <b>Nordvolt – Get a quote</b></h3>"
                     "<p><b>What's your name?</b><br>Sophie Turner</p><p><b>What's the name of your business?</b><br>Turner Bakery</p>"
                     "<p><b>What's your email address?</b><br>sophie.turner@example.com</p>"
                     "<p><b>Tell us about the job</b><br>New dedicated circuit for a 3-phase deck oven, about 10 m from the board.</p>",
                     "", "en")))

    cf("wpforms-sv-plain-dashes.eml", "sv",
       {"name": "Mikael Strand", "email": "mikael.strand@strandsvarv.example.org", "phone": "+358 40 559 0217",
        "page": SITE + "/sv/kontakt/"},
       WP, "Ny post: Kontakta oss",
       text("--- Namn ---\n\nMikael Strand\n\n--- E-post ---\n\nmikael.strand@strandsvarv.example.org\n\n"
            "--- Telefon ---\n\n+358 40 559 0217\n\n--- Meddelande ---\n\nVarvets lyftkran har fått nytt styrskåp men ingen har "
            "gjort driftsättningen ännu. Kan ni komma till Nagu?\n\n---\n\nSkickat från https://www.nordvolt.example.com/sv/kontakt/\n"),
       reply_to="mikael.strand@strandsvarv.example.org")

    cf("cf7-fi-noemail-replyto.eml", "fi",
       {"name": "Hannele Rantanen", "phone": "040 702 9113", "email": "hannele.rantanen@example.com"},
       WP, "Soittopyyntö verkkosivuilta",
       text("Soittopyyntö\n\nNimi: Hannele Rantanen\nPuhelin: 040 702 9113\nAsia: Maalämpöpumpun sähköliitäntä, "
            "pumppu asennetaan maaliskuussa. Soittakaa iltapäivällä.\n" + CF7_FOOT_FI),
       reply_to="hannele.rantanen@example.com")

    cf("elementor-en-page.eml", "en",
       {"name": "Lucas Moreau", "email": "lucas.moreau@example.net", "page": SITE + "/en/ev-charging/"},
       WP, "New message from \"Nordvolt\"",
       html(page_html("Name: Lucas Moreau<br>Email: lucas.moreau@example.net<br>Message: Is the Easee Charge Lite compatible "
                      "with my IT network at the cottage? I read it needs a special setting.<br><br>---<br><br>"
                      "Date: February 27, 2026<br>Time: 7:44 pm<br>Page URL: https://www.nordvolt.example.com/en/ev-charging/<br>"
                      "User Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15<br>Remote IP: 192.0.2.140<br>"
                      "Powered by: Elementor<br>", "", "en")),
       reply_to="lucas.moreau@example.net")

    cf("gravity-en-text.eml", "en",
       {"name": "Isabel Costa", "email": "isabel.costa@costalogistics.example.com", "company": "Costa Logistics",
        "phone": "+358 50 312 8890"},
       WP, "New submission from Contact (EN)",
       text("Name\nIsabel Costa\n\nCompany\nCosta Logistics\n\nEmail\nisabel.costa@costalogistics.example.com\n\n"
            "Phone\n+358 50 312 8890\n\nComments\nWe lease a warehouse in Kerava and need 12 charging points for electric "
            "forklifts. Could you visit next week?\n"),
       reply_to="isabel.costa@costalogistics.example.com")


# ---------------------------------------------------------- chat_transcript
def content_chats():
    LH = ("Nordvolt Chat", CHAT)
    ch("livehelp-fi-transcript.eml", "fi", LH, "Keskustelu: Tapio Hyvärinen",
       text("Keskustelun tallenne\n\nVierailija: Tapio Hyvärinen\nSähköposti: tapio.hyvarinen@example.com\n"
            "Puhelin: 040 881 2290\nSivu: https://www.nordvolt.example.com/fi/palvelut/\nAloitettu: 2026-01-09 10:02 +02:00\n\n"
            "[10:02] Tapio Hyvärinen: Hei, teettekö sähkötöitä Järvenpäässä?\n"
            "[10:03] Asiakaspalvelu Jenni: Hei Tapio! Kyllä teemme, koko Uudenmaan alueella. Millaisesta työstä on kyse?\n"
            "[10:04] Tapio Hyvärinen: Keittiöremontti, induktiotaso ja uunit pitäisi kytkeä ja pari uutta pistorasiaa.\n"
            "[10:05] Asiakaspalvelu Jenni: Selvä. Laitan pyynnön asentajallemme, hän soittaa teille huomenna.\n"
            "[10:05] Tapio Hyvärinen: Kiitos!\n"))

    ch("livehelp-sv-offline.eml", "sv", LH, "Offline-meddelande: Camilla Wester",
       text("Offline-meddelande\n\nNamn: Camilla Wester\nE-post: camilla.wester@westerkonsult.example.org\n"
            "Företag: Wester Konsult\nSida: https://www.nordvolt.example.com/sv/kontakt/\n\n"
            "Meddelande:\nHej, jag försökte chatta men ingen var inloggad. Ring mig gärna om offerten för "
            "kontorets belysning, 044 902 3311.\n", cte="quoted-printable"))

    ch("livehelp-en-transcript-delete.eml", "en", LH, "Chat with Jonathan Reyes",
       text("Chat transcript\n\nVisitor: Jonathan Reyes\nEmail: jreyes@example.net\n"
            "Page: https://www.nordvolt.example.com/en/contact-us/\nStarted: 2026-01-12 13:40 +02:00\n\n"
            "[13:40] Jonathan Reyes: hi, I keep getting your newsletter, can you delete my data?\n"
            "[13:41] Agent Mikael: Hi Jonathan, sorry about that. The quickest way is to send the request by e-mail "
            "from the address that receives the newsletter to info@nordvolt.example.com.\n"
            "[13:42] Jonathan Reyes: ok will do\n"
            "[13:42] Agent Mikael: Thanks, have a nice day!\n"))

    ch("livehelp-fi-offline-html.eml", "fi", LH, "Offline-viesti: Marja-Leena Toivonen",
       html(page_html("<h2>Offline-viesti</h2><table>"
                      "<tr><td><b>Nimi:</b></td><td>Marja-Leena Toivonen</td></tr>"
                      "<tr><td><b>Sähköposti:</b></td><td>marjaleena.toivonen@example.org</td></tr>"
                      "<tr><td><b>Puhelin:</b></td><td>050 300 7781</td></tr>"
                      "<tr><td><b>Sivu:</b></td><td>https://www.nordvolt.example.com/fi/aurinkosahko/</td></tr></table>"
                      "<p><b>Viesti:</b><br>Olisin kysynyt aurinkopaneelien kotitalousvähennyksestä. Soittakaa kun ehditte.</p>")))

    ch("livehelp-sv-transcript.eml", "sv", LH, "Chatt med Oskar Lindqvist",
       text("Chattutskrift\n\nBesökare: Oskar Lindqvist\nE-post: oskar.lindqvist@example.com\nTelefon: 045 220 1893\n"
            "Sida: https://www.nordvolt.example.com/sv/laddning/\nStartad: 2026-01-20 16:11 +02:00\n\n"
            "[16:11] Oskar Lindqvist: Hej! Kan man få laddboxen installerad före jul?\n"
            "[16:12] Kundtjänst Sara: Hej Oskar! Ja, vi har lediga tider i början av december.\n"
            "[16:13] Oskar Lindqvist: Bra. Huset är i Kyrkslätt, centralen är ny.\n"
            "[16:14] Kundtjänst Sara: Perfekt, jag skickar en offert till din e-post i dag.\n"))

    # LiveChat (vendor) transcript
    ch("livechat-en.eml", "en", ("LiveChat", "noreply@transcripts.livechat.example.com"),
       "Chat transcript with Kelly Anderson",
       alt("Chat transcript\n\nChat started: Feb 2, 2026, 9:58 AM (GMT+2)\nChat duration: 6m 12s\n"
           "Visitor: Kelly Anderson\nE-mail: kelly.anderson@andersonfarms.example.com\n"
           "Visited page: https://www.nordvolt.example.com/en/solar/\nAgent: Mikael Nordström\n\n"
           "Kelly Anderson (9:58:14 AM): Hi there, do you install solar on barn roofs?\n"
           "Mikael Nordström (9:58:40 AM): Hello Kelly! Yes, we do agricultural installations too.\n"
           "Kelly Anderson (9:59:21 AM): Great. The roof is about 600 m2, corrugated steel.\n"
           "Mikael Nordström (10:01:02 AM): That fits nicely. I'll ask our solar team to contact you by e-mail.\n"
           "Kelly Anderson (10:03:55 AM): thanks!\n\n--\nPowered by LiveChat\n",
           page_html("<h3>Chat transcript</h3><p>Chat started: Feb 2, 2026, 9:58 AM (GMT+2)<br>Visitor: Kelly Anderson<br>"
                     "E-mail: kelly.anderson@andersonfarms.example.com<br>Visited page: https://www.nordvolt.example.com/en/solar/</p>"
                     "<p><b>Kelly Anderson</b> (9:58:14 AM): Hi there, do you install solar on barn roofs?<br>"
                     "<b>Mikael Nordström</b> (9:58:40 AM): Hello Kelly! Yes, we do agricultural installations too.<br>"
                     "<b>Kelly Anderson</b> (9:59:21 AM): Great. The roof is about 600 m2, corrugated steel.<br>"
                     "<b>Mikael Nordström</b> (10:01:02 AM): That fits nicely. I'll ask our solar team to contact you by e-mail.<br>"
                     "<b>Kelly Anderson</b> (10:03:55 AM): thanks!</p>", "", "en")))

    # tawk.to offline message (sv)
    ch("tawk-sv-offline.eml", "sv", ("tawk.to", "no-reply@tawk.example.net"),
       "Offline Message from Ulrika Palm",
       text("You have received an offline message from your Nordvolt widget.\n\n"
            "Name : Ulrika Palm\nEmail : ulrika.palm@example.org\nPhone : 0457 310 2290\n"
            "Page : https://www.nordvolt.example.com/sv/\n\nMessage : Hej! Jordfelsbrytaren i vårt kök löser ut "
            "varje gång diskmaskinen går. Kan någon komma och titta? Vi bor i Grankulla.\n\n"
            "Reply to this message from your tawk.to dashboard: https://dashboard.tawk.example.net/\n"))

    # tawk.to transcript (fi)
    ch("tawk-fi-transcript.eml", "fi", ("tawk.to", "no-reply@tawk.example.net"),
       "Chat Transcript: Visitor Kimmo",
       text("Chat Transcript\nNordvolt\n\nVisitor Name : Kimmo Harju\nVisitor Email : kimmo.harju@example.net\n"
            "Page : https://www.nordvolt.example.com/fi/hinnasto/\nIP : 198.51.100.88\n\n"
            "[11:21] Kimmo Harju : moi, paljonko maksaa sähkökatko-tarkastus eli kuntotarkastus omakotitaloon?\n"
            "[11:22] Jenni (Nordvolt) : Hei Kimmo! Kuntotarkastus on 290 € + alv, sisältää raportin.\n"
            "[11:23] Kimmo Harju : entä jos on kaksi rakennusta\n"
            "[11:24] Jenni (Nordvolt) : Piharakennus +60 €. Laitanko tilauksen vireille?\n"
            "[11:24] Kimmo Harju : joo laita\n\n"
            "Chat ended by visitor.\n"))

    # Zendesk Chat (Zopim) style transcript (en)
    ch("zendesk-chat-en.eml", "en", ("Zendesk Chat", "noreply@zopim.example.com"),
       "Chat Transcript: Visitor 18273",
       text("Chat started on 2026-02-05 14:02:11\nChat Page: https://www.nordvolt.example.com/en/maintenance/\n"
            "Referrer: https://search.example.com/\nVisitor Name: Visitor 18273\nVisitor Email: \n"
            "Country Code: FI\nUser Agent: Mozilla/5.0 (Android 14; Mobile)\n\n"
            "(02:02:11 PM) *** Visitor 18273 joined the chat ***\n"
            "(02:02:19 PM) Visitor 18273: is there an emergency number for power outage in a shop?\n"
            "(02:02:40 PM) *** Antti joined the chat ***\n"
            "(02:02:51 PM) Antti: Hi! Yes, our 24/7 service number is 010 555 0100.\n"
            "(02:03:30 PM) Visitor 18273: thanks calling now\n"
            "(02:03:34 PM) *** Visitor 18273 left the chat ***\n"))

    # Tidio (fi, HTML only)
    ch("tidio-fi-html.eml", "fi", ("Tidio", "notifications@tidio.example.net"),
       "Uusi keskustelu: Leena Kallio",
       html(page_html('<div style="font-family:Arial"><p style="color:#888">Keskustelu päättyi · Nordvolt</p>'
                      '<p>Kävijä: <b>Leena Kallio</b><br>Sähköposti: leena.kallio@example.com<br>'
                      'Nykyinen sivu: https://www.nordvolt.example.com/fi/yhteystiedot/</p><hr>'
                      '<p><b>Leena Kallio</b> <span style="color:#999">12:44</span><br>Hei, saako teiltä sähkösuunnitelman '
                      'pientalon rakennuslupaa varten?</p>'
                      '<p><b>Nordvolt (Ville)</b> <span style="color:#999">12:46</span><br>Hei Leena, saa! Lähetätkö '
                      'pohjapiirustukset sähköpostilla?</p>'
                      '<p><b>Leena Kallio</b> <span style="color:#999">12:47</span><br>Teen niin, kiitos.</p>'
                      '<p style="font-size:11px;color:#aaa">Tidio LLC · Lopeta näiden ilmoitusten vastaanottaminen asetuksista</p></div>')))

    # Smartsupp (sv, HTML with a table of lines)
    ch("smartsupp-sv.eml", "sv", ("Smartsupp", "noreply@smartsupp.example.com"),
       "Konversation med Fredrik Aalto",
       alt("Konversation med Fredrik Aalto\nE-post: fredrik.aalto@example.org\nTelefon: 040 113 5582\n"
           "Sida: https://www.nordvolt.example.com/sv/tjanster/\n\n"
           "Fredrik Aalto (09:14): Hej, kan ni byta ut gamla proppskåpet i ett hus från 60-talet?\n"
           "Anna (09:15): Hej! Absolut, vi gör det ofta. Var finns huset?\n"
           "Fredrik Aalto (09:16): Lovisa.\n"
           "Anna (09:16): Bra, vi har montörer där. Jag ber en av dem ringa dig.\n",
           page_html('<h3>Konversation med Fredrik Aalto</h3><p>E-post: fredrik.aalto@example.org<br>Telefon: 040 113 5582<br>'
                     'Sida: https://www.nordvolt.example.com/sv/tjanster/</p><table>'
                     '<tr><td>09:14</td><td><b>Fredrik Aalto</b></td><td>Hej, kan ni byta ut gamla proppskåpet i ett hus från 60-talet?</td></tr>'
                     '<tr><td>09:15</td><td><b>Anna</b></td><td>Hej! Absolut, vi gör det ofta. Var finns huset?</td></tr>'
                     '<tr><td>09:16</td><td><b>Fredrik Aalto</b></td><td>Lovisa.</td></tr>'
                     '<tr><td>09:16</td><td><b>Anna</b></td><td>Bra, vi har montörer där. Jag ber en av dem ringa dig.</td></tr></table>',
                     "", "sv")))

    # Crisp (en), unread-message digest of a conversation
    ch("crisp-en.eml", "en", ("Crisp", "notifications@crisp.example.net"),
       "New messages from Hannah Schultz (Nordvolt)",
       text("Hannah Schultz sent messages on Nordvolt while you were away.\n\n"
            "Email: hannah.schultz@example.com\nCompany: Schultz Dental Clinic\nLocation: Helsinki, Finland\n"
            "Browsing: https://www.nordvolt.example.com/en/services/\n\n"
            "Hannah Schultz · 08:31\nHello, our dental clinic needs an inspection of the electrical installation "
            "for the medical rooms (group 1 locations). Do you do that?\n\n"
            "Hannah Schultz · 08:33\nWe'd need the report by the end of March.\n\n"
            "Reply to this conversation: https://app.crisp.example.net/website/nordvolt/inbox/session_8f1c\n"))

    # Olark (sv)
    ch("olark-sv.eml", "sv", ("Olark Transcripts", "transcripts@olark.example.com"),
       "Olark transcript: Kristina (Borgå)",
       text("Olark transcript\n\nVisitor: Kristina Borg\nEmail: kristina.borg@example.net\n"
            "Location: Borgå, Finland\nStarted on: https://www.nordvolt.example.com/sv/kontakt/\n\n"
            "(10:20:04) Kristina Borg: Hej, vi har strömavbrott i halva huset sedan stormen\n"
            "(10:20:31) Linda: Hej Kristina! Har du kontrollerat säkringarna i centralen?\n"
            "(10:21:12) Kristina Borg: ja allt ser ok ut\n"
            "(10:21:45) Linda: Då kan det vara fel på en fas i inkommande matning. Jag skickar en montör i eftermiddag.\n"
            "(10:22:02) Kristina Borg: tack så mycket!\n"))

    # Userlike (fi)
    ch("userlike-fi.eml", "fi", ("Userlike", "no-reply@userlike.example.com"),
       "Chat-keskustelu #58213 – Arto Leinonen",
       text("Chat-keskustelu #58213\n\nNimi: Arto Leinonen\nSähköposti: arto.leinonen@leinosenkuljetus.example.org\n"
            "Yritys: Leinosen Kuljetus Oy\nSivu: https://www.nordvolt.example.com/fi/latausratkaisut/\n"
            "Kesto: 00:07:41\nOperaattori: Jenni Koivisto\n\n"
            "14:03:12 Arto Leinonen: Päivää. Tarvitaan varikolle 4 kpl 22 kW latauspisteitä pakettiautoille.\n"
            "14:04:01 Jenni Koivisto: Päivää! Onko varikolla tiedossa liittymän koko?\n"
            "14:05:33 Arto Leinonen: 3x63A\n"
            "14:06:50 Jenni Koivisto: Se riittää kuormanhallinnan kanssa. Laitan tarjouspyynnön myyjällemme.\n"
            "14:10:53 Arto Leinonen: ok kiitos\n", "iso-8859-15", "quoted-printable"))

    # JivoChat offline (en)
    ch("jivo-en-offline.eml", "en", ("JivoChat", "noreply@jivochat.example.com"),
       "Offline message from www.nordvolt.example.com",
       text("The client left a message while all agents were offline.\n\n"
            "Client name: Victor Lindgren\nE-mail: victor.lindgren@example.org\nPhone: +358 40 220 7715\n"
            "Page: https://www.nordvolt.example.com/en/\n\nMessage:\nDo you have someone who speaks English who "
            "could look at the wiring in my rental flat? The landlord agreed to pay.\n\n"
            "-- \nJivoChat · This message was sent from the chat widget on www.nordvolt.example.com\n"))


# -------------------------------------------------------------- data_request
def ol(topic, lang="fi-FI"):
    return ["Thread-Topic: " + enc_hdr(topic), "Thread-Index: AQHa" + hexid(20),
            "Accept-Language: %s, en-US" % lang, "Content-Language: " + lang,
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]


TB = ["User-Agent: Mozilla Thunderbird"]
APPLE = ["X-Mailer: iPhone Mail (21D61)"]
GM = ["X-Gm-Message-State: AOJu0Y" + hexid(10)]


def ol_html(paras, sig=""):
    body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % p for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="FI" link="#0563C1">'
            '<div class="WordSection1">\n%s%s</div></body></html>\n' % (body, sig))


def content_data_requests():
    # ---------------- Finnish
    dr("dr01-fi-access-formal.eml", "fi", ["access"],
       ("Elina Virtanen", "elina.virtanen@example.com"), "Tietopyyntö – EU:n tietosuoja-asetuksen 15 artikla",
       text("Hyvä rekisterinpitäjä,\n\nPyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan nojalla "
            "pääsyä minua koskeviin henkilötietoihin, joita Nordvolt Ab Oy käsittelee, sekä tiedot käsittelyn "
            "tarkoituksista, vastaanottajista ja säilytysajasta.\n\nToimittakaa tiedot sähköisesti tähän "
            "osoitteeseen.\n\nYstävällisin terveisin\nElina Virtanen\nMannerheimintie 101 B 12\n00280 Helsinki\n",
            cte="quoted-printable"), headers=TB)

    dr("dr02-fi-access-nodiacritics.eml", "fi", ["access"],
       ("jere", "jere.k88@example.net"), "tiedot",
       text("moi\n\nhaluisin nahda mita tietoja teilla on musta tallessa, sain teilta jotain mainosta vaikka en ole "
            "asiakas.. lahettakaa ne tahan osoitteeseen\n\n-jere\n\nLähetetty iPhonesta\n"), headers=APPLE)

    dr("dr03-fi-erasure-compound.eml", "fi", ["erasure"],
       ("Sirpa Mattila", "sirpa.mattila@mattilanpuutarha.example.org"), "Henkilötietojen poistopyyntö",
       text("Hei,\n\nPyydän poistamaan henkilötietoni asiakasrekisteristänne. Yrityksemme toiminta on loppunut "
            "vuodenvaihteessa, eikä yhteydenpidolle ole enää tarvetta.\n\nTerveisin\nSirpa Mattila\n"
            "Mattilan Puutarha (toiminta päättynyt)\n"), headers=ol("Henkilötietojen poistopyyntö"))

    dr("dr04-fi-rectification-phone-title.eml", "fi", ["rectification"],
       ("Jouni Hakala", "jouni.hakala@vantaanenergia.example.com"), "Yhteystietojeni päivitys",
       multi("alternative", [
           text("Moi,\n\nvoisitteko päivittää tietoni rekisteriinne: titteli on nykyään käyttöpäällikkö (ei enää "
                "asentaja) ja puhelinnumero vaihtui, uusi on 050 448 1290.\n\nKiitos!\n\nJouni Hakala\n"
                "Käyttöpäällikkö | Vantaan Energiapalvelut Oy\n"),
           html(ol_html(["Moi,", "&nbsp;", "voisitteko päivittää tietoni rekisteriinne: titteli on nykyään "
                         "käyttöpäällikkö (ei enää asentaja) ja puhelinnumero vaihtui, uusi on 050 448 1290.",
                         "&nbsp;", "Kiitos!", "&nbsp;", "Jouni Hakala",
                         "Käyttöpäällikkö | Vantaan Energiapalvelut Oy"]))]),
       headers=ol("Yhteystietojeni päivitys"))

    dr("dr05-fi-unsubscribe.eml", "fi", ["unsubscribe"],
       ("Marko Lindström", "marko.lindstrom@example.org"), "Uutiskirjeen peruutus",
       text("Hei\n\nPeruutan uutiskirjeenne tilauksen. Ei tarvitse lähettää enää.\n\nt. Marko\n"))

    dr("dr06-fi-subscribe.eml", "fi", ["subscribe"],
       ("Outi Rinne", "outi.rinne@rinnerakennus.example.com"), "Uutiskirje",
       text("Hei,\n\nkävin osastollanne Sähköpäivillä ja kuulin että teillä on uutiskirje. Haluaisin tilata sen "
            "tähän osoitteeseen, kiinnostaa etenkin latausratkaisut taloyhtiöihin.\n\nTerveisin\nOuti Rinne\n"
            "Rinne Rakennus Oy\n"), headers=GM)

    dr("dr07-fi-objection-phone.eml", "fi", ["objection"],
       ("Pekka Heikkinen", "pekka.heikkinen@example.net"), "Puhelinmyynti",
       text("Päivää.\n\nTeiltä on soitettu minulle kolme kertaa tässä kuussa ja tarjottu aurinkopaneeleita. "
            "En halua, että minulle soitetaan enää myyntipuheluita enkä halua markkinointia muutenkaan. "
            "Tietoja ei tarvitse poistaa, koska olen ollut asiakkaananne, mutta lopettakaa yhteydenotot.\n\n"
            "Pekka Heikkinen\n"), headers=TB)

    dr("dr08-fi-where-got.eml", "fi", ["access"],
       ("Anneli Koskela", "anneli.koskela@example.com"), "Mistä olette saaneet yhteystietoni?",
       text("Hei,\n\nsaan teiltä sähköpostia, vaikka en muista koskaan olleeni teihin yhteydessä. Mistä olette "
            "saaneet sähköpostiosoitteeni ja mitä muita tietoja minusta on tallennettu?\n\nAnneli Koskela\n"))

    dr("dr09-fi-personnel-payroll.eml", "fi", ["personnel"],
       ("Juha Tuominen", "juha.tuominen77@example.org"), "Palkkatiedot ja työsuhdetiedot",
       text("Hei,\n\nolin Nordvoltilla asentajana 2019–2023. Tarvitsen kopion palkkatiedoistani ja "
            "työsuhteeseeni liittyvistä tiedoista (työtodistus, lomakirjanpito) eläkeasioita varten. "
            "Keneltä nämä saa henkilöstörekisteristä?\n\nJuha Tuominen\nhenkilötunnus toimitetaan pyydettäessä\n"))

    dr("dr10-fi-multi-access-erasure.eml", "fi", ["access", "erasure"],
       ("Tiina Valtonen", "tiina.valtonen@example.net"), "Rekisteriote ja tietojen poisto",
       text("Hei!\n\nLähettäkää minulle ensin rekisteriote kaikista minusta tallennetuista tiedoista. Kun olen "
            "saanut sen, poistakaa tietoni rekisteristänne kokonaan.\n\nKiitos,\nTiina Valtonen\n",
            "iso-8859-1", "quoted-printable"))

    dr("dr11-fi-erasure-html-unohdetuksi.eml", "fi", ["erasure"],
       ("Raimo Peltonen", "raimo.peltonen@peltosenkuljetus.example.com"), "Oikeus tulla unohdetuksi",
       html(ol_html(["Hyvä vastaanottaja,", "&nbsp;",
                     "Käytän tietosuoja-asetuksen 17 artiklan mukaista oikeuttani tulla unohdetuksi ja pyydän, että "
                     "kaikki minua koskevat henkilötiedot poistetaan järjestelmistänne viivytyksettä.",
                     "&nbsp;", "Pyydän vahvistusta poistosta.", "&nbsp;", "Raimo Peltonen",
                     "Peltosen Kuljetus Oy"])), headers=ol("Oikeus tulla unohdetuksi"))

    dr("dr12-fi-on-behalf-father.eml", "fi", ["erasure"],
       ("Katja Peltola", "katja.peltola@example.org"), "Isäni tietojen poistaminen",
       text("Hei,\n\nisäni Pentti Peltola (pentti.peltola@example.org) on 86-vuotias eikä käytä enää sähköpostia. "
            "Hänen puolestaan pyydän, että poistatte hänen tietonsa asiakasrekisteristänne ja lopetatte postituksen. "
            "Minulla on hänen valtakirjansa, jonka voin lähettää tarvittaessa.\n\nKatja Peltola\n"))

    dr("dr13-fi-art16-latin1-qp.eml", "fi", ["rectification"],
       ("Merja Hämäläinen", "merja.hamalainen@example.com"), "Oikaisupyyntö (GDPR 16 art.)",
       text("Hei,\n\nsukunimeni on muuttunut avioliiton myötä. Pyydän oikaisemaan tietoni: uusi nimi on "
            "Merja Hämäläinen (aiemmin Merja Järvinen). Myös postiosoite on muuttunut: Kauppakatu 7 A 3, 40100 Jyväskylä.\n\n"
            "Ystävällisesti\nMerja Hämäläinen\n", "iso-8859-1", "quoted-printable"), subject_charset="iso-8859-1")

    dr("dr14-fi-reply-to-newsletter.eml", "fi", ["unsubscribe"],
       ("Ville Korhonen", "ville.korhonen@korhosenrakennus.example.net"), "Re: Nordvolt uutiskirje 2/2026: Latausratkaisut taloyhtiöille",
       text("Lopettakaa näiden lähettäminen minulle, kiitos.\n\nVille\n\n"
            "----- Alkuperäinen viesti -----\nLähettäjä: Nordvolt <uutiskirje@nordvolt.example.com>\n"
            "Päivämäärä: 5.2.2026 klo 8.00\nAihe: Nordvolt uutiskirje 2/2026: Latausratkaisut taloyhtiöille\n\n"
            "> Hei!\n> Taloyhtiöiden latausavustus jatkuu – tilaa maksuton kartoitus nyt.\n"
            "> Lue myös: miten pääkeskuksen uusiminen kannattaa ajoittaa.\n>\n"
            "> Et halua enää viestejämme? Peru tilaus tästä.\n"), in_reply_to="<nl-2026-02.7781@nordvolt.example.com>",
       references="<nl-2026-02.7781@nordvolt.example.com>")

    dr("dr15-fi-objection-profiling.eml", "fi", ["objection"],
       ("Laura Kinnunen", "laura.kinnunen@example.net"), "Vastustan suoramarkkinointia",
       text("Hei,\n\nvastustan tietosuoja-asetuksen 21 artiklan nojalla henkilötietojeni käsittelyä "
            "suoramarkkinointiin ja profilointiin. Saatte säilyttää yhteystietoni huoltosopimusta varten, mutta "
            "älkää käyttäkö niitä markkinointiin.\n\nLaura Kinnunen\n"), headers=TB)

    dr("dr16-fi-personnel-copy.eml", "fi", ["personnel"],
       ("Sami Lappalainen", "sami.lappalainen@nordvolt.example.com"), "Henkilöstörekisterin tiedot",
       text("Moi,\n\nvoisinko saada kopion niistä tiedoista, joita minusta on tallennettu henkilöstörekisteriin "
            "(henkilötiedot, tilinumero, työterveyteen menneet tiedot)? Haluan tarkistaa että pankkitili on oikein "
            "palkanmaksussa.\n\nSami\nSähköasentaja, Nordvolt Ab Oy\n"))

    dr("dr17-fi-unsub-then-erase.eml", "fi", ["unsubscribe", "erasure"],
       ("Helena Aaltonen", "helena.aaltonen@example.com"), "postituslista",
       text("Hei, poistakaa minut postituslistaltanne heti ja sen jälkeen myös kaikki muut tietoni "
            "rekisteristänne. Kiitos.\n\nHelena Aaltonen\n\n--\nTämä viesti voi sisältää luottamuksellista tietoa.\n"),
       headers=["Auto-Submitted: no"])

    # ---------------- Swedish
    dr("dr18-sv-access-formal.eml", "sv", ["access"],
       ("Carina Lundqvist", "carina.lundqvist@example.com"), "Begäran om registerutdrag enligt artikel 15 GDPR",
       text("Hej,\n\nJag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen, dvs. en "
            "kopia av de personuppgifter om mig som Nordvolt Ab Oy behandlar, ändamålen med behandlingen och "
            "varifrån uppgifterna har hämtats.\n\nMed vänliga hälsningar\nCarina Lundqvist\n",
            cte="quoted-printable"), headers=ol("Begäran om registerutdrag", "sv-FI"))

    dr("dr19-sv-erasure-plain.eml", "sv", ["erasure"],
       ("Peter Holmberg", "peter.holmberg@example.net"), "Radera mina uppgifter",
       text("Hej!\n\nRadera alla mina uppgifter ur ert register.\n\nPeter Holmberg\n"))

    dr("dr20-sv-rectification-name.eml", "sv", ["rectification"],
       ("Jenny Nordqvist", "jenny.nordqvist@nordqvistel.example.org"), "Ändring av kontaktuppgifter",
       text("Hej,\n\nJag har gift mig och bytt efternamn från Berg till Nordqvist. Kan ni ändra namnet i ert "
            "kundregister och samtidigt uppdatera min e-postadress till jenny.nordqvist@nordqvistel.example.org? "
            "Den gamla adressen jenny.berg@example.org slutar fungera i mars.\n\nTack på förhand\nJenny Nordqvist\n"),
       headers=GM)

    dr("dr21-sv-unsubscribe.eml", "sv", ["unsubscribe"],
       ("Lars-Erik Fagerström", "le.fagerstrom@example.com"), "Avregistrering",
       text("Hej. Vänligen avregistrera mig från ert nyhetsbrev.\nMvh L-E Fagerström\n", "iso-8859-1"),
       subject_charset="iso-8859-1")

    dr("dr22-sv-subscribe.eml", "sv", ["subscribe"],
       ("Hanna Ekholm", "hanna.ekholm@ekholmsfastigheter.example.net"), "Prenumerera på nyhetsbrevet",
       text("Hej!\n\nJag skulle gärna vilja prenumerera på ert nyhetsbrev på svenska. Vi förvaltar ett tiotal "
            "fastigheter i Åboland och är intresserade av nyheter om laddinfrastruktur.\n\nHälsningar\nHanna Ekholm\n"))

    dr("dr23-sv-objection-marketing.eml", "sv", ["objection"],
       ("Bengt Åström", "bengt.astrom@example.org"), "Invändning mot direktmarknadsföring",
       text("Hej,\n\nJag motsätter mig att ni behandlar mina personuppgifter för direktmarknadsföring (artikel 21.2 "
            "dataskyddsförordningen). Sluta skicka reklam och ring mig inte. Jag vill fortfarande kunna anlita er "
            "för service, så uppgifterna behöver inte raderas.\n\nBengt Åström\n"), headers=TB)

    dr("dr24-sv-where-got.eml", "sv", ["access"],
       ("Ida Rönnholm", "ida.ronnholm@example.net"), "Varifrån har ni fått min adress?",
       text("Hej,\n\nVarifrån har ni fått mina kontaktuppgifter? Jag har aldrig varit kund hos er. Jag vill "
            "veta vilka uppgifter ni har om mig.\n\n/Ida\n"), headers=APPLE)

    dr("dr25-sv-personnel.eml", "sv", ["personnel"],
       ("Tommy Westerlund", "tommy.westerlund@example.com"), "Mina personaluppgifter och lönespecifikationer",
       text("Hej,\n\nJag jobbade som elmontör hos er 2021–2024. Jag behöver mina lönespecifikationer och ett "
            "utdrag av uppgifterna i personalregistret för en ansökan hos arbetslöshetskassan. Vem ska jag vända "
            "mig till?\n\nTommy Westerlund\n"))

    dr("dr26-sv-multi-access-rect.eml", "sv", ["access", "rectification"],
       ("Monica Sundström", "monica.sundstrom@example.org"), "Registerutdrag och rättelse",
       text("Hej,\n\nKan ni skicka mig ett utdrag av vad ni har registrerat om mig? Jag misstänker att min "
            "adress är fel, så rätta den gärna samtidigt till Strandvägen 4, 10600 Ekenäs.\n\nMvh Monica Sundström\n"),
       headers=ol("Registerutdrag och rättelse", "sv-SE"))

    dr("dr27-sv-sloppy-nodiacritics.eml", "sv", ["erasure"],
       ("kalle", "kalle.johansson.82@example.net"), "radera",
       text("hej radera mej ur erat register tack, vill inte ha nagot mer fran er\n\nskickat fran min mobil\n"))

    dr("dr28-sv-on-behalf-spouse-access.eml", "sv", ["access"],
       ("Gunilla Mattsson", "gunilla.mattsson@example.com"), "För min makes räkning",
       text("Hej,\n\nJag skriver för min make Rolf Mattssons räkning (rolf.mattsson@example.com), han har svårt "
            "att hantera e-post. Han vill veta vilka uppgifter ni har om honom och få en kopia av dem.\n\n"
            "Med vänlig hälsning\nGunilla Mattsson\n"))

    dr("dr29-sv-html-bli-glomd.eml", "sv", ["erasure"],
       ("Eva Lindberg", "eva.lindberg@lindbergdesign.example.org"), "Rätten att bli glömd",
       html(page_html('<div dir="ltr"><div>Hej,</div><div><br></div><div>Med stöd av artikel 17 i GDPR (rätten att '
                      'bli bortglömd) begär jag att ni raderar alla personuppgifter som rör mig.</div><div><br></div>'
                      '<div>Vänligen bekräfta när det är gjort.</div><div><br></div><div>Eva Lindberg</div>'
                      '<div>Lindberg Design</div></div>', "", "sv"), cte="base64"), headers=GM)

    dr("dr30-sv-objection-phone.eml", "sv", ["objection"],
       ("Rolf Granström", "rolf.granstrom@example.net"), "Ring inte mer",
       text("Hej,\n\nJag vill inte längre bli uppringd av era säljare. Jag har sagt det två gånger i telefon "
            "redan. Sluta kontakta mig i marknadsföringssyfte.\n\nRolf Granström\n"))

    dr("dr31-sv-rect-cp1252-b64.eml", "sv", ["rectification"],
       ("Åsa Björklund", "asa.bjorklund@example.org"), "Fel stavning av mitt namn",
       text("Hej!\n\nI era utskick stavas mitt namn ”Asa Bjorklund”. Rätt stavning är Åsa Björklund. Kan ni "
            "korrigera det i ert register?\n\nTack\nÅsa\n", "windows-1252", "base64"),
       subject_charset="windows-1252")

    dr("dr32-sv-multi-three.eml", "sv", ["access", "rectification", "unsubscribe"],
       ("Joakim Lund", "joakim.lund@lundbygg.example.com"), "Mina uppgifter",
       text("Hej,\n\nTre saker:\n1. Skicka mig ett utdrag över uppgifterna ni har om mig.\n"
            "2. Rätta mitt telefonnummer till 040 915 2231.\n"
            "3. Avsluta nyhetsbrevet, jag vill inte ha det längre.\n\nHälsningar\nJoakim Lund\nLund Bygg Ab\n"))

    dr("dr33-sv-restriction.eml", "sv", ["objection"],
       ("Marianne Öhman", "marianne.ohman@example.com"), "Begränsning av behandling",
       text("Hej,\n\nJag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18 tills "
            "frågan om min gamla faktura är utredd. Använd inte mina uppgifter till annat än det.\n\nMarianne Öhman\n"))

    dr("dr34-sv-quoted-reply-erasure.eml", "sv", ["erasure"],
       ("Stig Nylund", "stig.nylund@example.net"), "SV: Offert elarbeten Pargas",
       text("Hej,\n\nTack, men vi har valt en annan leverantör. Radera gärna mina kontaktuppgifter från er kundlista.\n\n"
            "Stig\n\nFrån: Nordvolt Försäljning <myynti@nordvolt.example.com>\nSkickat: den 2 februari 2026 10:14\n"
            "Till: Stig Nylund <stig.nylund@example.net>\nÄmne: Offert elarbeten Pargas\n\n"
            "Hej Stig,\n\nHär kommer offerten enligt överenskommelse. Offerten gäller 30 dagar.\n\n"
            "Med vänliga hälsningar\nNiklas Sjöholm\nNordvolt Ab Oy\n"),
       headers=ol("Offert elarbeten Pargas", "sv-FI"))

    # ---------------- English
    dr("dr35-en-sar-formal.eml", "en", ["access"],
       ("Charlotte Hughes", "charlotte.hughes@example.com"), "Subject Access Request",
       text("Dear Data Protection Officer,\n\nI am writing to make a subject access request under Article 15 of the "
            "UK/EU GDPR. Please provide a copy of all personal data you hold about me, the purposes of processing, "
            "the recipients and the source of the data.\n\nI look forward to your response within one month.\n\n"
            "Yours faithfully,\nCharlotte Hughes\n"), headers=ol("Subject Access Request", "en-GB"))

    dr("dr36-en-erasure-typos.eml", "en", ["erasure"],
       ("mike", "mike.t.1990@example.net"), "delet",
       text("hi pls delet all my detials from ur sytem, i dont want any more mails\n\nthx mike\n\nSent from my Galaxy\n"))

    dr("dr37-en-rectification.eml", "en", ["rectification"],
       ("Andrew Collins", "andrew.collins@baltichvac.example.com"), "Updating my details",
       text("Hello,\n\nCould you please update my record: my job title is now Service Manager and my mobile is "
            "+358 40 660 1834. The company name should be Baltic HVAC Oy, not Baltic HVAC Ltd.\n\nMany thanks,\n"
            "Andrew Collins\nService Manager\nBaltic HVAC Oy\n"))

    dr("dr38-en-unsubscribe-short.eml", "en", ["unsubscribe"],
       ("Rachel Green", "rachel.green@example.org"), "Unsubscribe",
       text("Unsubscribe me please.\n"))

    dr("dr39-en-list-unsubscribe-mailto.eml", "en", ["unsubscribe"],
       "paul.bennett@example.com", "unsubscribe", text(""), headers=["X-Mailer: Microsoft Outlook 16.0"])

    dr("dr40-en-subscribe.eml", "en", ["subscribe"],
       ("Nina Petrova", "nina.petrova@example.net"), "Newsletter sign-up",
       text("Hi,\n\nI couldn't find a sign-up box on your website. Could you sign me up to your newsletter? "
            "I'm mostly interested in solar and battery storage news.\n\nBest,\nNina\n"))

    dr("dr41-en-objection-art21.eml", "en", ["objection"],
       ("George Whitaker", "g.whitaker@whitakerpower.example.com"), "Objection to direct marketing",
       text("Dear Sir or Madam,\n\nPursuant to Article 21(2) GDPR I object to the processing of my personal data "
            "for direct marketing purposes, including profiling. Please ensure I receive no further marketing "
            "calls or e-mails. This is not a request for deletion.\n\nRegards,\nGeorge Whitaker\n"), headers=TB)

    dr("dr42-en-how-got-email.eml", "en", ["access"],
       ("Tom Fischer", "tom.fischer@example.org"), "How did you get my email address?",
       text("Hi,\n\nI just received a marketing e-mail from you. I have never done business with Nordvolt. How did "
            "you get my e-mail address, and what else do you have on file about me?\n\nTom\n"))

    dr("dr43-en-personnel.eml", "en", ["personnel"],
       ("Diego Alvarez", "diego.alvarez@example.com"), "Request for my employment records",
       text("Hello,\n\nI worked for Nordvolt as a summer trainee in 2024. I need a copy of my personnel file and my "
            "payroll data (salary slips, tax card details) for my tax return in Spain. Could you send them or tell me "
            "who handles HR records?\n\nThank you,\nDiego Alvarez\n"))

    dr("dr44-en-multi-unsub-erase.eml", "en", ["unsubscribe", "erasure"],
       ("Samantha Price", "samantha.price@example.net"), "Stop emails + delete data",
       text("Hi, please unsubscribe me from all mailings and then erase my personal data from your database.\n\n"
            "Samantha\n"), headers=GM)

    dr("dr45-en-html-only-access.eml", "en", ["access"],
       ("Oliver Grant", "oliver.grant@grantsurveying.example.com"), "Data request",
       html(ol_html(["Hello,", "&nbsp;", "Under the GDPR I would like to receive a copy of the personal data your "
                     "company holds about me, in a commonly used electronic format if possible.", "&nbsp;",
                     "Kind regards,", "Oliver Grant"],
                    '<p class="MsoNormal"><span style="font-size:9pt;color:gray">Grant Surveying Ltd | '
                    'This e-mail and any attachments are confidential. If you are not the intended recipient, please '
                    'notify the sender and delete it immediately.</span></p>')), headers=ol("Data request", "en-GB"))

    dr("dr46-en-on-behalf-lawfirm.eml", "en", ["erasure"],
       ("Helen Marsh", "h.marsh@marshlegal.example.com"), "Our client: Mr Jacob Lind – request for erasure",
       text("Dear Nordvolt Ab Oy,\n\nWe act on behalf of our client Mr Jacob Lind (jacob.lind@example.org), whose "
            "signed authority is attached. On his behalf we request the erasure of all personal data relating to "
            "him under Article 17 GDPR, and written confirmation once this has been done.\n\n"
            "Yours faithfully,\nHelen Marsh\nMarsh Legal LLP\n\n"
            "CONFIDENTIALITY: This message may contain privileged information. If you have received it in error, "
            "please delete it and notify us.\n"))

    dr("dr47-en-signature-trap-access.eml", "en", ["access"],
       ("Fiona Clarke", "fiona.clarke@clarkeconsulting.example.net"), "Question about my data",
       text("Hi there,\n\nCould you tell me what personal information you have stored about me? A copy would be "
            "great.\n\nCheers,\nFiona\n\n--\nFiona Clarke | Clarke Consulting\nTo unsubscribe from our updates, reply "
            "with UNSUBSCRIBE. Please consider the environment before printing. If you received this in error, "
            "delete it and let us know.\n"))

    dr("dr48-en-quoted-unsubscribe.eml", "en", ["unsubscribe"],
       ("Mark Evans", "mark.evans@example.com"), "RE: Nordvolt News – February",
       text("Please remove me from your mailing list.\n\nMark\n\n-----Original Message-----\n"
            "From: Nordvolt <news@nordvolt.example.com>\nSent: 12 February 2026 08:00\nTo: Mark Evans\n"
            "Subject: Nordvolt News – February\n\nNew: Smart energy management for housing companies. Request a "
            "free survey.\nYou can update your details or delete your profile in our preference centre.\n"),
       headers=ol("Nordvolt News – February", "en-GB"))

    dr("dr49-en-restrict-art18.eml", "en", ["objection"],
       ("Leah Morgan", "leah.morgan@example.org"), "Restriction of processing",
       text("Hello,\n\nI contest the accuracy of the data you hold on me and ask you to restrict its processing "
            "(Art. 18 GDPR) until this is resolved. Please do not use my details for anything in the meantime.\n\n"
            "Leah Morgan\n"))

    dr("dr50-en-rect-b64-latin1.eml", "en", ["rectification"],
       ("Jürgen Weiß", "juergen.weiss@weiss-elektro.example.com"), "Wrong spelling of my name",
       text("Hello,\n\nin your mails my name is written \"Jurgen Weib\". The correct spelling is Jürgen Weiß. "
            "Please correct this in your customer data.\n\nBest regards\nJürgen Weiß\n", "iso-8859-1", "base64"),
       subject_charset="iso-8859-1")

    dr("dr51-fi-multi-rect-objection.eml", "fi", ["rectification", "objection"],
       ("Kari Nurmi", "kari.nurmi@nurmenpalvelu.example.net"), "Osoitteenmuutos + ei markkinointia",
       text("Hei,\n\nkorjatkaa osoitteeni: uusi on Asemakatu 3, 15100 Lahti. Lisäksi en halua jatkossa "
            "markkinointiviestejä enkä puheluita, vain laskut ja huoltoasiat.\n\nKari Nurmi\n"))


# -------------------------------------------------------------- confirmation
ORIG_FI = ("Hei,\n\nNordvolt Ab Oy on tallentanut yhteystietosi asiakasrekisteriinsä. Vahvista, että osoite on "
           "oikea ja että saamme säilyttää tietosi.\n\nVastaa tähän viestiin sanalla KYLLÄ, jos hyväksyt tietojesi "
           "tallentamisen, tai sanalla EI, jos et hyväksy – silloin tietosi poistetaan heti.\n\n"
           "Ystävällisin terveisin\nNordvolt Ab Oy\ninfo@nordvolt.example.com\n")
ORIG_SV = ("Hej,\n\nNordvolt Ab Oy har sparat dina kontaktuppgifter i sitt kundregister. Bekräfta att adressen "
           "stämmer och att vi får spara dina uppgifter.\n\nSvara på detta meddelande med JA om du godkänner, eller "
           "med NEJ om du inte godkänner – då raderas dina uppgifter genast.\n\nMed vänliga hälsningar\n"
           "Nordvolt Ab Oy\n")
ORIG_EN = ("Hello,\n\nNordvolt Ab Oy has stored your contact details in its customer register. Please confirm that "
           "this address is correct and that we may keep your details.\n\nReply to this message with YES to agree, "
           "or NO to decline – your details will then be deleted at once.\n\nKind regards\nNordvolt Ab Oy\n")
ORIG_EN_NL = ("Hello,\n\nWe received a request to subscribe this address to the Nordvolt newsletter. Reply YES to "
              "confirm the subscription, or NO if you did not ask for it.\n\nNordvolt Ab Oy\n")


def q(t):
    return "\n".join(("> " + l) if l else ">" for l in t.rstrip("\n").split("\n")) + "\n"


def content_confirmations():
    def tok():
        return hexid(16)

    def c(path, lang, decision, frm, subj_orig, body, prefix="Re: ", **kw):
        t = tok()
        mid = "<mailbot.%s@nordvolt.example.com>" % t
        kw.setdefault("date", _dt.datetime(2026, 3, 6, 7, 0, tzinfo=_dt.timezone(_dt.timedelta(hours=2)))
                      + _dt.timedelta(minutes=random.randint(0, 4000)))
        conf(path, lang, decision, frm, "%s%s [mailbot:%s]" % (prefix, subj_orig, t), body,
             in_reply_to=mid, references=mid, **kw)

    c("conf01-fi-kylla.eml", "fi", "accept", ("Seppo Laine", "seppo.laine@example.com"),
      "Vahvista tietojesi tallentaminen",
      text("Kyllä\n\nti 3.3.2026 klo 9.12 Nordvolt Ab Oy <info@nordvolt.example.com> kirjoitti:\n" + q(ORIG_FI)),
      headers=GM)
    c("conf02-fi-ei-kiitos.eml", "fi", "decline", ("Minna Heino", "minna.heino@example.net"),
      "Vahvista tietojesi tallentaminen",
      text("Ei kiitos. En ole antanut lupaa tallentaa tietojani.\n\nMinna\n\n"
           "Lähettäjä: Nordvolt Ab Oy <info@nordvolt.example.com>\nLähetetty: tiistai 3. maaliskuuta 2026 9.12\n"
           "Vastaanottaja: Minna Heino <minna.heino@example.net>\nAihe: Vahvista tietojesi tallentaminen\n\n" + ORIG_FI),
      prefix="VS: ", headers=ol("Vahvista tietojesi tallentaminen"))
    c("conf03-fi-joo-kay.eml", "fi", "accept", ("Jari Lindroos", "jari.lindroos@lindroosrakennus.example.org"),
      "Vahvista tietojesi tallentaminen",
      text("joo käy, osoite on oikein\n\nLähetetty Androidille tarkoitetusta Outlookista\n\n" + q(ORIG_FI)))
    c("conf04-fi-html-ei.eml", "fi", "decline", ("Anu Kettunen", "anu.kettunen@example.org"),
      "Vahvista tietojesi tallentaminen",
      html(ol_html(["EI", "&nbsp;", "Anu Kettunen"],
                   '<div style="border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0"><p class="MsoNormal"><b>Lähettäjä:</b> '
                   'Nordvolt Ab Oy &lt;info@nordvolt.example.com&gt;<br><b>Aihe:</b> Vahvista tietojesi tallentaminen</p></div>'
                   + "".join("<p class=\"MsoNormal\">%s</p>" % l for l in ORIG_FI.split("\n")))),
      prefix="VS: ", headers=ol("Vahvista tietojesi tallentaminen"))
    c("conf05-sv-ja.eml", "sv", "accept", ("Mats Lindell", "mats.lindell@example.com"),
      "Bekräfta att vi får spara dina uppgifter",
      text("Ja, det går bra.\n\n/Mats\n\nDen 4 mars 2026 kl. 10:02 skrev Nordvolt Ab Oy <info@nordvolt.example.com>:\n"
           + q(ORIG_SV)), headers=APPLE)
    c("conf06-sv-nej-tack.eml", "sv", "decline", ("Susanne Åberg", "susanne.aberg@example.net"),
      "Bekräfta att vi får spara dina uppgifter",
      text("Nej tack.\n\nFrån: Nordvolt Ab Oy <info@nordvolt.example.com>\nSkickat: onsdag 4 mars 2026 10:02\n"
           "Ämne: Bekräfta att vi får spara dina uppgifter\n\n" + ORIG_SV, "windows-1252", "quoted-printable"),
      prefix="SV: ", headers=ol("Bekräfta att vi får spara dina uppgifter", "sv-FI"))
    c("conf07-sv-godkanner.eml", "sv", "accept", ("Kenneth Sandvik", "kenneth.sandvik@sandvikel.example.org"),
      "Bekräfta att vi får spara dina uppgifter",
      text("JA\nJag godkänner.\n\nKenneth Sandvik\nSandvik El Ab\nTel. 040 123 9981\n\n" + q(ORIG_SV)))
    c("conf08-en-yes-please.eml", "en", "accept", ("Alan Parker", "alan.parker@example.org"),
      "Confirm your newsletter subscription",
      text("Yes please!\n\nOn Thu, 5 Mar 2026 at 08:15, Nordvolt Ab Oy <info@nordvolt.example.com> wrote:\n"
           + q(ORIG_EN_NL)), headers=GM)
    c("conf09-en-no-dont.eml", "en", "decline", ("Julia Stone", "julia.stone@stonearchitects.example.com"),
      "Confirm that we may keep your details",
      text("No. I don't want you to keep my details.\n\nJulia Stone\nStone Architects | Tel. no. +358 9 555 0110\n\n"
           "-----Original Message-----\nFrom: Nordvolt Ab Oy <info@nordvolt.example.com>\nSent: 05 March 2026 09:40\n"
           "Subject: Confirm that we may keep your details\n\n" + ORIG_EN), prefix="RE: ",
      headers=ol("Confirm that we may keep your details", "en-GB"))
    c("conf10-en-agree.eml", "en", "accept", ("Ravi Menon", "ravi.menon@example.net"),
      "Confirm that we may keep your details",
      text("I agree, the address is correct. You can keep my details.\n\nRavi Menon\nMenon Tech Oy | Business ID no. 3141592-6\n\n" + q(ORIG_EN)), headers=TB)


# ----------------------------------------------------------------- automatic
def content_automatic():
    # --- traps from the configured form sender
    au("wp-plugins-autoupdate-fi.eml", "fi", WP, "[Nordvolt] Jotkin lisäosat päivitettiin automaattisesti",
       text("Hei! Jotkin sivustosi https://www.nordvolt.example.com lisäosat päivitettiin automaattisesti "
            "uusimpaan versioon. Sinun ei tarvitse tehdä mitään.\n\n"
            "Nämä lisäosat on nyt päivitetty:\n- Contact Form 7 (versiosta 5.9.3 versioon 5.9.8)\n"
            "- Yoast SEO (versiosta 22.1 versioon 22.3)\n\n"
            "Jos kohtaat ongelmia tai tarvitset apua, vapaaehtoiset WordPress.orgin tukifoorumeilla voivat ehkä auttaa.\n"
            "https://fi.wordpress.example.org/support/forums/\n\nWordPress-tiimi\n"),
       headers=["X-Mailer: WPMailSMTP/Mailer/smtp 4.0.1"])

    au("wp-password-reset-en.eml", "en", WP, "[Nordvolt] Password Reset",
       text("Someone has requested a password reset for the following account:\n\n"
            "Site Name: Nordvolt\n\nUsername: jenni.koivisto\n\n"
            "If this was a mistake, ignore this email and nothing will happen.\n\n"
            "To reset your password, visit the following address:\n\n"
            "https://www.nordvolt.example.com/wp-login.php?action=rp&key=Qk3vXz81Lm&login=jenni.koivisto&wp_lang=en_US\n\n"
            "This password reset request originated from the IP address 198.51.100.14.\n"))

    au("updraft-backup-en.eml", "en", WP, "Backed up: Nordvolt (UpdraftPlus 1.24.1) 2026-02-08 03:00",
       text("Backup of: https://www.nordvolt.example.com\nUpdraftPlus WordPress backup is complete.\n"
            "Backup contains: Files and database (Full backup)\nLatest status: The backup succeeded and is now complete\n\n"
            "Email reports created by UpdraftPlus (free edition) read the \"Email\" section of the Settings.\n\n"
            "Files: plugins, themes, uploads, others\nDatabase: wp_nordvolt (7.8 MB)\nRemote storage: Amazon S3 (eu-north-1)\n\n"
            "UpdraftPlus.Com has news:\nGet UpdraftPlus Premium for incremental backups.\n"))

    au("wp-new-user-sv.eml", "sv", WP, "[Nordvolt] Ny användarregistrering",
       text("Ny användarregistrering på din webbplats Nordvolt:\n\n"
            "Användarnamn: annika.s\n\nE-post: annika.sjoberg@vasabostader.example.org\n"))

    au("wp-core-update-sv.eml", "sv", WP, "[Nordvolt] Din webbplats har uppdaterats till WordPress 6.7.2",
       text("Hej! Din webbplats https://www.nordvolt.example.com har uppdaterats automatiskt till WordPress 6.7.2.\n\n"
            "Det krävs inga ytterligare åtgärder från dig. Mer information om version 6.7.2 finns på sidan "
            "Om WordPress: https://www.nordvolt.example.com/wp-admin/about.php\n\n"
            "Om du upplever problem eller behöver support kan volontärerna i WordPress.orgs supportforum kanske hjälpa dig.\n\n"
            "Kontrollera att ditt tema och dina tillägg fortfarande fungerar.\n\n– WordPress-teamet\n"))

    au("wp-privacy-action-confirmed-fi.eml", "fi", ("Nordvolt", NR), "[Nordvolt] Toiminto vahvistettu: Poista henkilötiedot",
       text("Hei,\n\nTietosuojapyyntö on vahvistettu sivustolla Nordvolt:\n\n"
            "Käyttäjä: raimo.peltonen@peltosenkuljetus.example.com\nPyyntö: Poista henkilötiedot\n\n"
            "Voit tarkastella ja hallita tietosuojapyyntöjä täällä:\n\n"
            "https://www.nordvolt.example.com/wp-admin/erase-personal-data.php\n\n"
            "Terveisin\nKaikki sivustolla Nordvolt\nhttps://www.nordvolt.example.com/\n"))

    # --- bounces / DSNs
    orig = ("From: Nordvolt Ab Oy <info@nordvolt.example.com>\nTo: andreas.kurki@old-isp.example.net\n"
            "Subject: Re: Poistakaa tietoni\nDate: Mon, 9 Feb 2026 10:14:03 +0200\n"
            "Message-ID: <mailbot.out.7731@nordvolt.example.com>\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            "Hei,\n\nOlemme vastaanottaneet pyyntösi poistaa henkilötietosi. Käsittelemme pyynnön kuukauden kuluessa.\n\n"
            "Nordvolt Ab Oy\n").encode("utf-8")
    au("dsn-postfix-en.eml", "en", ("Mail Delivery System", "MAILER-DAEMON@mail.old-isp.example.net"),
       "Undelivered Mail Returned to Sender",
       multi("report", [
           text("This is the mail system at host mail.old-isp.example.net.\n\nI'm sorry to have to inform you that your "
                "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem "
                "report. You can\ndelete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n<andreas.kurki@old-isp.example.net>: host mail.old-isp.example.net"
                "[private/dovecot-lmtp] said:\n    550 5.1.1 <andreas.kurki@old-isp.example.net> User doesn't exist\n",
                extra=["Content-Description: Notification"]),
           leaf("message/delivery-status",
                "Reporting-MTA: dns; mail.old-isp.example.net\nX-Postfix-Queue-ID: 4Xbq2R1kP9z\n"
                "X-Postfix-Sender: rfc822; info@nordvolt.example.com\nArrival-Date: Mon,  9 Feb 2026 10:14:05 +0200 (EET)\n\n"
                "Final-Recipient: rfc822; andreas.kurki@old-isp.example.net\n"
                "Original-Recipient: rfc822;andreas.kurki@old-isp.example.net\nAction: failed\nStatus: 5.1.1\n"
                "Diagnostic-Code: smtp; 550 5.1.1 <andreas.kurki@old-isp.example.net> User doesn't exist\n",
                charset=None, cte="7bit", extra=["Content-Description: Delivery report"]),
           leaf("message/rfc822", orig, charset=None, cte="8bit", extra=["Content-Description: Undelivered Message"])],
           params="; report-type=delivery-status"),
       tr=lambda d: trace("old-isp.example.net", d, dkim=None, dmarc=None), extra_top=["Return-Path: <>"],
       date=_dt.datetime(2026, 2, 9, 10, 14, 9, tzinfo=_dt.timezone(_dt.timedelta(hours=2))),
       headers=["Auto-Submitted: auto-replied"])

    au("ndr-exchange-fi.eml", "fi", ("Microsoft Outlook", "postmaster@kuntayhtyma.example.org"),
       "Toimitus epäonnistui: Rekisteriote pyyntönne mukaisesti",
       multi("report", [
           multi("alternative", [
               text("Toimitus seuraaville vastaanottajille tai ryhmille epäonnistui:\n\n"
                    "tuomas.rinne@kuntayhtyma.example.org\nVastaanottajan postilaatikko on täynnä, eikä se voi "
                    "tällä hetkellä vastaanottaa viestejä. Yritä lähettää viesti myöhemmin uudelleen tai ota yhteys "
                    "vastaanottajaan suoraan.\n\n\nDiagnostiikkatiedot järjestelmänvalvojille:\n\n"
                    "Luova palvelin: EX01.kuntayhtyma.example.org\n\ntuomas.rinne@kuntayhtyma.example.org\n"
                    "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n"),
               html(page_html("<p><b><font color=\"#000066\" size=\"3\">Toimitus seuraaville vastaanottajille tai "
                              "ryhmille epäonnistui:</font></b></p><p><a href=\"mailto:tuomas.rinne@kuntayhtyma.example.org\">"
                              "tuomas.rinne@kuntayhtyma.example.org</a><br>Vastaanottajan postilaatikko on täynnä.</p>"))]),
           leaf("message/delivery-status",
                "Reporting-MTA: dns;EX01.kuntayhtyma.example.org\nReceived-From-MTA: dns;mx.nordvolt.example.com\n\n"
                "Final-Recipient: rfc822;tuomas.rinne@kuntayhtyma.example.org\nAction: failed\nStatus: 5.2.2\n"
                "Diagnostic-Code: smtp;554 5.2.2 mailbox full\n", charset=None, cte="7bit"),
           leaf("text/rfc822-headers",
                "From: Nordvolt Ab Oy <info@nordvolt.example.com>\nTo: tuomas.rinne@kuntayhtyma.example.org\n"
                "Subject: Rekisteriote pyyntönne mukaisesti\nDate: Tue, 10 Feb 2026 13:02:11 +0200\n"
                "Message-ID: <mailbot.out.7790@nordvolt.example.com>\n", charset="utf-8", cte="8bit")],
           params="; report-type=delivery-status"),
       headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: fi-FI"],
       date=_dt.datetime(2026, 2, 10, 13, 2, 40, tzinfo=_dt.timezone(_dt.timedelta(hours=2))))

    au("dsn-delay-en.eml", "en", ("Mail Delivery Subsystem", "mailer-daemon@mx.mailhost.example.com"),
       "Delivery Status Notification (Delay)",
       multi("report", [
           text("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
                "orders@harjuwholesale.example.com. Gmail will retry for 46 more hours. You'll be notified if the "
                "delivery fails permanently.\n\nThe response from the remote server was:\n"
                "451 4.3.0 Temporary lookup failure\n\n----- Original message -----\n\n"
                "Subject: Tilaus 4411 / toimitusosoitteen korjaus\n"),
           leaf("message/delivery-status",
                "Reporting-MTA: dns; mx.mailhost.example.com\n\nFinal-Recipient: rfc822; orders@harjuwholesale.example.com\n"
                "Action: delayed\nStatus: 4.3.0\nWill-Retry-Until: Thu, 12 Feb 2026 09:10:00 -0800 (PST)\n",
                charset=None, cte="7bit")], params="; report-type=delivery-status"),
       extra_top=["Return-Path: <>"])

    # --- out of office / auto-replies
    au("ooo-fi-auto-submitted.eml", "fi", ("Hanna Järvinen", "hanna.jarvinen@sahkotukku.example.com"),
       "Automaattinen vastaus: Rekisteriote",
       text("Hei,\n\nolen lomalla 16.–22.2.2026 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä "
            "myyntiin, myynti@sahkotukku.example.com tai 010 555 2200.\n\nYstävällisin terveisin\nHanna Järvinen\n"),
       headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"])

    au("ooo-sv-no-autosubmitted.eml", "sv", ("Johan Sjöstedt", "johan.sjostedt@sjostedtbygg.example.net"),
       "Frånvaromeddelande: Offert elarbeten Pargas",
       text("Hej!\n\nTack för ditt mejl. Jag är på semester till och med 1.3 och har begränsad tillgång till e-post. "
            "I brådskande ärenden, ring kontoret på 02 458 1100.\n\nMed vänliga hälsningar\nJohan Sjöstedt\n"),
       headers=["X-Autoreply: yes", "X-Autorespond: yes"])

    au("ooo-en-gmail-vacation.eml", "en", ("Ian McGregor", "ian.mcgregor@example.com"),
       "Out of Office Re: Please remove me from your mailing list",
       text("Thank you for your email. I am travelling until 20 February with limited access to email. "
            "I will respond as soon as possible on my return.\n\nIan\n"),
       headers=["Auto-Submitted: auto-replied"])

    au("ooo-de-en-bilingual.eml", "en", ("Stefanie Wagner", "s.wagner@wagner-antriebe.example.com"),
       "Abwesenheitsnotiz: Angebot Schaltschrank / Out of office",
       text("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 27.02.2026 nicht im Büro. Ihre E-Mail wird "
            "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an vertrieb@wagner-antriebe.example.com.\n\n"
            "Dear Sir or Madam,\n\nI am out of the office until 27 February 2026 inclusive. Your e-mail will not be "
            "forwarded. For urgent matters please contact vertrieb@wagner-antriebe.example.com.\n\n"
            "Mit freundlichen Grüßen / Kind regards\nStefanie Wagner\n", "iso-8859-1", "quoted-printable"),
       headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], subject_charset="iso-8859-1")

    au("autoreply-fi-municipality.eml", "fi", ("Keravan kaupunki – kirjaamo", "kirjaamo@kerava-kunta.example.fi".replace(".fi", ".org")),
       "Vastaanottokuittaus: Tietopyyntö henkilötiedoista",
       text("Kiitos viestistäsi. Tämä on automaattinen vastaanottokuittaus.\n\nViestisi on kirjattu ja se "
            "käsitellään mahdollisimman pian. Tietopyyntöihin ja henkilötietojen poistopyyntöihin vastataan "
            "lakisääteisessä määräajassa.\n\nTack för ditt meddelande. Detta är en automatisk mottagningskvittering.\n\n"
            "Kirjaamo\n"), headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])

    # --- lists / newsletters
    au("mailman-sv-list.eml", "sv", ("Henrik Nyman", "henrik.nyman@nymanel.example.org"),
       "[elinstallatorer] GDPR: hur hanterar ni begäran om radering?",
       text("Hej alla,\n\nvi fick förra veckan en begäran om att radera en kunds uppgifter, men kunden har en "
            "pågående garanti hos oss. Hur har ni andra löst det – raderar ni allt eller sparar ni fakturorna?\n\n"
            "Henrik\n\n_______________________________________________\nelinstallatorer mailing list\n"
            "elinstallatorer@lists.elbranschen.example.org\nhttps://lists.elbranschen.example.org/mailman/listinfo/elinstallatorer\n"),
       to="elinstallatorer@lists.elbranschen.example.org",
       headers=["List-Id: Elinstallatörernas diskussionslista <elinstallatorer.lists.elbranschen.example.org>".replace("ö", "o"),
                "List-Unsubscribe: <https://lists.elbranschen.example.org/mailman/options/elinstallatorer>,\n"
                "\t<mailto:elinstallatorer-request@lists.elbranschen.example.org?subject=unsubscribe>",
                "List-Post: <mailto:elinstallatorer@lists.elbranschen.example.org>",
                "Precedence: list", "Sender: \"elinstallatorer\" <elinstallatorer-bounces@lists.elbranschen.example.org>",
                "Errors-To: elinstallatorer-bounces@lists.elbranschen.example.org"])

    au("newsletter-fi-wholesaler.eml", "fi", ("Sähkötukku Harju", "uutiskirje@harjuwholesale.example.com"),
       "Helmikuun tarjoukset: johdonsuojat -20 %",
       alt("Hei!\n\nHelmikuun tarjouksissa johdonsuojakatkaisijat ja vikavirtasuojat -20 %.\n"
           "Katso kaikki tarjoukset: https://www.harjuwholesale.example.com/tarjoukset\n\n"
           "Saat tämän viestin, koska olet tilannut uutiskirjeemme. Peruuta tilaus: "
           "https://www.harjuwholesale.example.com/uutiskirje/peru?u=8812\nTietosuojaseloste: "
           "https://www.harjuwholesale.example.com/tietosuoja\n",
           page_html('<table width="600" align="center"><tr><td><img src="https://cdn.harjuwholesale.example.com/logo.png" '
                     'alt="Harju"></td></tr><tr><td><h1>Helmikuun tarjoukset</h1><p>Johdonsuojakatkaisijat ja '
                     'vikavirtasuojat <b>-20 %</b>.</p><a href="https://www.harjuwholesale.example.com/tarjoukset">Katso '
                     'tarjoukset</a></td></tr><tr><td style="font-size:11px;color:#888">Saat tämän viestin, koska olet '
                     'tilannut uutiskirjeemme. <a href="https://www.harjuwholesale.example.com/uutiskirje/peru?u=8812">'
                     'Peruuta tilaus</a> | <a href="https://www.harjuwholesale.example.com/tietosuoja">Poista tietoni</a>'
                     '</td></tr></table>')),
       headers=["List-Unsubscribe: <mailto:unsubscribe@harjuwholesale.example.com?subject=8812>, "
                "<https://www.harjuwholesale.example.com/uutiskirje/peru?u=8812>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                "X-Mailer: Mailchimp Mailer - **CIDa1b2c3d4e5**", "Feedback-ID: 8812:2291:campaign"])

    au("newsletter-sv-supplier.eml", "sv", ("Elektroskandia Nyheter", "nyheter@elskand.example.net"),
       "Nyhetsbrev mars: Nya laddboxar i sortimentet",
       html(page_html("<h2>Nyheter i mars</h2><p>Vi har tagit in tre nya laddboxar med dynamisk lastbalansering.</p>"
                      "<p>Vill du inte längre få våra nyhetsbrev? <a href=\"https://elskand.example.net/avsluta\">"
                      "Avsluta prenumerationen</a>. Läs om hur vi behandlar dina personuppgifter och hur du begär "
                      "registerutdrag i vår <a href=\"https://elskand.example.net/integritet\">integritetspolicy</a>.</p>",
                      "", "sv")),
       headers=["List-Unsubscribe: <https://elskand.example.net/avsluta?id=55102>", "Precedence: bulk",
                "X-Campaign-ID: 2026-03-sv"])

    au("googlegroups-en-digest.eml", "en", ("EV Installers Forum", "ev-installers+noreply@groups.example.com"),
       "Digest for ev-installers@groups.example.com - 3 updates in 2 topics",
       text("ev-installers@groups.example.com\nGoogle Groups\nTopic digest\n\n"
            "  Handling a customer's request to delete their charging data - 2 Updates\n"
            "  Type B RCD vs RDC-DD - 1 Update\n\n"
            "Handling a customer's request to delete their charging data\n"
            "Mark L. <markl@example.net>: Feb 10 09:12AM\n\n  A housing company asked us to erase all charging "
            "session data for one resident. Do you delete it from the backend too?\n\n"
            "You received this digest because you're subscribed to updates for this group. To unsubscribe, send an "
            "email to ev-installers+unsubscribe@groups.example.com\n"),
       to="ev-installers@groups.example.com",
       headers=["List-ID: <ev-installers.groups.example.com>", "Precedence: list",
                "List-Unsubscribe: <mailto:ev-installers+unsubscribe@groups.example.com>",
                "Mailing-list: list ev-installers@groups.example.com; contact ev-installers+owners@groups.example.com"])

    # --- helpdesk acknowledgements quoting a request
    au("zendesk-ack-en.eml", "en", ("CloudCRM Support", "support@cloudcrm.example.com"),
       "[CloudCRM] Re: Please delete our old trial account (#48213)",
       text("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
            "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
            "----------------------------------------------\n\nNordvolt Ab Oy, Feb 11, 2026, 11:03 EET\n\n"
            "Hello, please delete our old trial account and all personal data stored in it. We will not continue "
            "with CloudCRM.\n\n--------------------------------\nThis email is a service from CloudCRM Support.\n"),
       headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 7a1b2c"])

    au("freshdesk-ack-sv.eml", "sv", ("Kundservice Lagerhuset", "support@lagerhuset.example.org"),
       "Ärende #2291 har tagits emot: Radera våra användare",
       text("Hej,\n\nVi har tagit emot ditt ärende och återkommer inom två arbetsdagar.\n\n"
            "Ditt ärende:\n\"Hej, radera våra tidigare användare ur portalen (Anna S., Mikael N.) och skicka en "
            "bekräftelse när det är gjort.\"\n\nÄrendenummer: 2291\nStatus: Öppen\n\n"
            "Detta är ett automatiskt meddelande, svara inte på det.\nLagerhuset kundservice\n"),
       headers=["Auto-Submitted: auto-replied", "X-Freshdesk-Ticket-ID: 2291"])

    # --- calendar response, read receipt
    ics = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ATTENDEE;PARTSTAT=ACCEPTED;CN=Pasi Hirvonen:mailto:pasi.hirvonen@asoy-kuusikko.example.org\n"
           "SUMMARY;LANGUAGE=fi-FI:Hyväksytty: Huoltokäynti – As Oy Kuusikko\n"
           "DTSTART;TZID=FLE Standard Time:20260303T090000\nDTEND;TZID=FLE Standard Time:20260303T110000\n"
           "UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3\nORGANIZER:mailto:info@nordvolt.example.com\n"
           "DTSTAMP:20260212T081500Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    au("calendar-accepted-fi.eml", "fi", ("Pasi Hirvonen", "pasi.hirvonen@asoy-kuusikko.example.org"),
       "Hyväksytty: Huoltokäynti – As Oy Kuusikko",
       multi("alternative", [text("Pasi Hirvonen on hyväksynyt kokouskutsun.\n"),
                             leaf("text/calendar", ics, "utf-8", "base64", params="; method=REPLY")]),
       headers=ol("Huoltokäynti – As Oy Kuusikko"))

    au("mdn-read-receipt-sv.eml", "sv", ("Leif Karlsson", "leif.karlsson@karlssonbygg.example.com"),
       "Läst: Offert elinstallation Ekenäs",
       multi("report", [
           text("Ditt meddelande\n\n  Till: Leif Karlsson\n  Ämne: Offert elinstallation Ekenäs\n  "
                "Skickat: den 12 februari 2026 14:20\n\nlästes den 12 februari 2026 15:02.\n"),
           leaf("message/disposition-notification",
                "Reporting-UA: karlssonbygg.example.com; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;leif.karlsson@karlssonbygg.example.com\n"
                "Original-Message-ID: <offert.2231@nordvolt.example.com>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n", charset=None, cte="7bit")],
           params="; report-type=disposition-notification"))

    # --- SaaS noreply notifications
    au("saas-invoice-en.eml", "en", ("Fleetly Billing", "no-reply@billing.fleetly.example.com"),
       "Your Fleetly invoice INV-2026-0211 is available",
       html(page_html("<p>Hi Nordvolt Ab Oy,</p><p>Your invoice <b>INV-2026-0211</b> for €189.00 is now available. "
                      "The amount will be charged to your card ending 4421 on 1 March.</p><p><a href=\"https://app.fleetly.example.com/billing\">"
                      "View invoice</a></p><p style=\"font-size:11px\">You are receiving this because you are the billing "
                      "contact. Manage notification preferences in your account settings.</p>", "", "en")))

    au("saas-data-export-ready-en.eml", "en", ("Planfix", "noreply@planfix.example.net"),
       "Your data export is ready",
       text("Hi Jenni,\n\nThe copy of your personal data that you requested is ready to download. The link is valid "
            "for 7 days:\n\nhttps://app.planfix.example.net/export/download/7c1e99\n\n"
            "If you didn't request a copy of your data, please contact us and delete this e-mail.\n\n"
            "— The Planfix team\n\nThis is an automated message. Please do not reply.\n"),
       headers=["Auto-Submitted: auto-generated"])

    au("linkedin-notif-sv.eml", "sv", ("Proffsnätet", "notifications-noreply@proffsnatet.example.com"),
       "Du har 3 nya aviseringar",
       alt("Hej Nordvolt,\n\nDu har 3 nya aviseringar:\n- Sara Lindqvist har visat din sida\n"
           "- 2 personer reagerade på ditt inlägg \"Nu installerar vi laddboxar i Borgå\"\n\n"
           "Visa aviseringar: https://www.proffsnatet.example.com/notifications\n\n"
           "Avsluta prenumerationen: https://www.proffsnatet.example.com/settings/email\n",
           page_html("<p>Hej Nordvolt,</p><p>Du har 3 nya aviseringar.</p><p><a href=\"https://www.proffsnatet.example.com/"
                     "notifications\">Visa</a></p><p style=\"font-size:10px\"><a href=\"https://www.proffsnatet.example.com/"
                     "settings/email\">Avsluta prenumerationen</a></p>", "", "sv")),
       headers=["List-Unsubscribe: <https://www.proffsnatet.example.com/settings/email?u=1>", "Precedence: bulk"])

    au("ticket-autoreply-fi.eml", "fi", ("Isännöintitoimisto Kivi asiakaspalvelu", "asiakaspalvelu@isannointikivi.example.net"),
       "Viestisi on vastaanotettu [#KIVI-10933]",
       text("Hei,\n\nkiitos yhteydenotostasi. Olemme vastaanottaneet viestisi ja käsittelemme sen viimeistään "
            "kolmen arkipäivän kuluessa.\n\nViestisi:\n> Hei, voisitteko korjata taloyhtiön sähkökeskuksen huoltoajan "
            "tiedotteeseen oikeaksi.\n\nTähän viestiin ei voi vastata.\n\nIsännöintitoimisto Kivi Oy\n"),
       headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

    au("mailchimp-report-en.eml", "en", ("Mailchimp", "no-reply@mailchimp.example.com"),
       "Your campaign \"Nordvolt News – March\" has been sent",
       text("Your campaign \"Nordvolt News – March\" was sent to 1,284 subscribers on Mar 3, 2026 8:00 am.\n\n"
            "Opens: 41.2%  Clicks: 6.8%  Unsubscribes: 4\n\nView report: https://us5.admin.mailchimp.example.com/reports\n\n"
            "Mailchimp, 405 N Angier Ave NE, Atlanta, GA 30308 USA\n"))

    au("ooo-sv-outlook-autosubmitted.eml", "sv", ("Camilla Nyström", "camilla.nystrom@example.org"),
       "Automatiskt svar: Registerutdrag",
       text("Hej,\nJag är föräldraledig fram till augusti 2026. Ditt meddelande vidarebefordras inte. "
            "Kontakta istället kontoret på info@nystromkonsult.example.org.\n\nMvh Camilla\n"),
       headers=["Auto-Submitted: auto-generated", "X-MS-Exchange-Inbox-Rules-Loop: camilla.nystrom@example.org",
                "X-Auto-Response-Suppress: All", "Content-Language: sv-FI"])


# --------------------------------------------------------------------- other
def content_other():
    # Finnish
    ot("o01-fi-price-ev.eml", "fi", ("Mikko Lahtinen", "mikko.lahtinen@example.com"), "Hintatiedustelu latauspisteestä",
       text("Hei,\n\nPaljonko maksaisi 11 kW latausaseman asennus omakotitaloon Vantaalle? Pääkeskus on autotallissa, "
            "matkaa parkkipaikalle n. 12 m. Kiinnostaisi myös kotitalousvähennyksen osuus.\n\nt. Mikko Lahtinen\n"),
       headers=GM)

    ot("o02-fi-remove-old-meter.eml", "fi", ("Arja Heiskanen", "arja.heiskanen@example.net"), "Vanhan mittarin poisto",
       text("Hei,\n\nvoisitteko tulla poistamaan vanhan sähkömittarin ja mittaritaulun saunarakennuksesta? Verkkoyhtiö "
            "on jo asentanut uuden etäluettavan mittarin päärakennukseen, ja vanha taulu on turha. Samalla voisi "
            "poistaa vanhat johdot ullakolta.\n\nArja Heiskanen\nPuh. 040 338 2210\n"))

    ot("o03-fi-duplicate-invoice.eml", "fi", ("Kirsi Väisänen", "kirsi.vaisanen@rakennusvaisanen.example.com"),
       "Lasku 20261145 tullut kahdesti",
       text("Hei,\n\nlaskunne 20261145 (sähköasennus, Koivukuja 3) on tullut meille kahteen kertaan, sekä "
            "e-laskuna että sähköpostilla. Poistakaa toinen niistä järjestelmästänne, ettei sitä karhuta. Maksamme "
            "e-laskun eräpäivänä.\n\nYstävällisin terveisin\nKirsi Väisänen\nRakennus Väisänen Oy\n"),
       headers=ol("Lasku 20261145 tullut kahdesti"))

    ot("o04-fi-correct-delivery-address.eml", "fi", ("Olli Jokinen", "olli.jokinen@jokisenkiinteistot.example.org"),
       "Tilaus 4411 – toimitusosoite väärin",
       text("Moi,\n\ntilauksen 4411 (2 kpl latausasemia + asennustarvikkeet) toimitusosoite on väärin. Korjatkaa se "
            "muotoon Teollisuustie 8, 04300 Tuusula. Tilausvahvistuksessa luki Teollisuuskatu.\n\nOlli\n"))

    ot("o05-fi-job-application.eml", "fi", ("Eetu Räsänen", "eetu.rasanen@example.com"), "Avoin hakemus: sähköasentaja",
       multi("mixed", [
           text("Hei,\n\nolen valmistunut sähköasentajaksi Keudasta keväällä 2025 ja minulla on S2-pätevyys. Etsin "
                "työpaikkaa pääkaupunkiseudulta ja Nordvolt kiinnostaa erityisesti aurinkovoimaloiden takia. "
                "Liitteenä CV ja tutkintotodistus. Henkilötietojani saa säilyttää rekrytointia varten puoli vuotta.\n\n"
                "Ystävällisin terveisin\nEetu Räsänen\n045 120 5533\n"),
           leaf("application/pdf", b"%PDF-1.4\n% fake CV for tests\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", None,
                "base64", params='; name="Eetu_Rasanen_CV.pdf"', disposition='attachment; filename="Eetu_Rasanen_CV.pdf"')]))

    ot("o06-fi-cancel-visit.eml", "fi", ("Paula Karjalainen", "paula.karjalainen@example.org"), "Huoltokäynnin peruutus",
       text("Hei,\n\njoudun perumaan torstaiksi 19.2. sovitun huoltokäynnin (ilmalämpöpumpun ryhmä). Sopisiko "
            "seuraava viikko, esim. tiistai?\n\nPaula Karjalainen\n"), headers=APPLE)

    ot("o07-fi-gdpr-sales-pitch.eml", "fi", ("Tietosuojakumppani Oy", "myynti@tietosuojakumppani.example.com"),
       "Onko yrityksenne valmis käsittelemään rekisteriotepyynnöt 30 päivässä?",
       html(page_html("<p>Hei,</p><p>Tiesittekö, että jokaiseen rekisteriotepyyntöön ja tietojen poistopyyntöön on "
                      "vastattava kuukauden kuluessa? Pienelle yritykselle tämä on usein työlästä.</p><p>Meidän "
                      "palvelumme automatisoi pyyntöjen käsittelyn. Varaa maksuton 20 minuutin esittely:</p>"
                      "<p><a href=\"https://tietosuojakumppani.example.com/esittely\">Varaa aika</a></p>"
                      "<p>Terveisin<br>Antti Salmela<br>Tietosuojakumppani Oy</p>")))

    ot("o08-fi-quoted-old-request-new-question.eml", "fi", ("Riitta Lampinen", "riitta.lampinen@example.net"),
       "Re: Tietojen poisto",
       text("Hei taas,\n\nkiitos kun hoiditte asian viime vuonna. Nyt olisi uusi asia: muutimme Porvooseen ja "
            "tarvitsisimme uuteen taloon sähkötarkastuksen ennen kaupantekoa. Onko teillä aikaa maaliskuussa?\n\n"
            "Riitta\n\n27.3.2025 klo 10.12 Nordvolt Ab Oy <info@nordvolt.example.com> kirjoitti:\n"
            "> Hei Riitta,\n> tietosi on poistettu asiakasrekisteristämme pyyntösi mukaisesti.\n>\n"
            "> 26.3.2025 klo 18.40 Riitta Lampinen kirjoitti:\n>> Poistakaa kaikki tietoni rekisteristänne.\n"),
       in_reply_to="<mailbot.out.1203@nordvolt.example.com>")

    # Swedish
    ot("o09-sv-offert-stuga.eml", "sv", ("Thomas Lindroos", "thomas.lindroos@example.com"), "Offertförfrågan: el till sommarstuga",
       text("Hej!\n\nVi bygger en ny sommarstuga på Kimitoön (ca 60 m2 + bastu) och behöver en offert på hela "
            "elinstallationen inkl. jordkabel från elstolpen, ca 40 meter. Ritningar bifogas gärna.\n\n"
            "Mvh Thomas Lindroos\n0400 551 203\n"), headers=TB)

    ot("o10-sv-remove-old-panel.eml", "sv", ("Anders Holm", "anders.holm@holmsfastigheter.example.net"),
       "Ta bort gamla elcentralen",
       text("Hej,\n\nKan ni ta bort den gamla elcentralen i källaren i Strandgatan 12 och radera de gamla "
            "grupperna som inte används längre? Den nya centralen installerades i höstas.\n\nAnders Holm\n"
            "Holms Fastigheter\n"), headers=ol("Ta bort gamla elcentralen", "sv-FI"))

    ot("o11-sv-correct-invoice-address.eml", "sv", ("Ekonomi Österlund", "ekonomi@osterlund.example.org"),
       "Faktura 2231 - fel fakturaadress",
       text("Hej,\n\nFaktura 2231 har fel fakturaadress. Rätta den till vår e-fakturaadress 003712345678 / operatör "
            "OKOYFIHH och skicka fakturan på nytt.\n\nTack!\nÖsterlund Ab / Ekonomi\n", "iso-8859-1"),
       subject_charset="iso-8859-1")

    ot("o12-sv-forwarded-article.eml", "sv", ("Niklas Sjöholm", "niklas.sjoholm@nordvolt.example.com"),
       "VB: Artikel: Rätten att bli glömd – vad gäller för småföretag?",
       text("Hej, intressant läsning, borde vi uppdatera vår integritetspolicy? Diskuterar på måndagsmötet.\n\n/Niklas\n\n"
            "---------- Vidarebefordrat meddelande ----------\nFrån: Företagarnytt <redaktion@foretagarnytt.example.com>\n\n"
            "Rätten att bli glömd – vad gäller för småföretag?\n\nEnligt dataskyddsförordningen har en person rätt att "
            "begära att få sina uppgifter raderade och att få ett registerutdrag. Företaget ska svara inom en månad...\n"),
       tr="local")

    ot("o13-sv-questionnaire.eml", "sv", ("Emilia Forsberg", "emilia.forsberg@student.hogskolan.example.org"),
       "Enkät om dataskydd i små företag",
       text("Hej!\n\nJag skriver mitt examensarbete vid Yrkeshögskolan om hur små företag hanterar begäran om "
            "registerutdrag och radering. Skulle någon hos er kunna svara på en kort enkät (5 min)? "
            "https://enkat.hogskolan.example.org/s/dataskydd\n\nTack på förhand!\nEmilia Forsberg\n"))

    ot("o14-sv-support-rcd.eml", "sv", ("Britt-Marie Eklund", "brittmarie.eklund@example.net"),
       "Jordfelsbrytaren löser ut",
       text("Hej,\n\nNi installerade en ny central hos oss i november. Nu löser jordfelsbrytaren ut ungefär en gång "
            "om dagen, oftast på kvällen. Kan ni komma och kolla? Garantin borde gälla.\n\nBritt-Marie Eklund\n"
            "Kyrkslätt\n"))

    ot("o15-sv-job-application.eml", "sv", ("Simon Backman", "simon.backman@example.org"), "Ansökan: elmontör",
       text("Hej!\n\nJag söker tjänsten som elmontör som ni annonserade. Jag har fem års erfarenhet av "
            "installationer i bostäder och har behörighet S2. CV och betyg bifogas. Jag är tvåspråkig.\n\n"
            "Vänliga hälsningar\nSimon Backman\n"))

    ot("o16-sv-cancel-booking.eml", "sv", ("Marita Lönnqvist", "marita.lonnqvist@example.com"), "Avbokning",
       text("Hej,\n\nJag vill avboka besöket på torsdag kl. 9 (laddbox). Vi har bestämt oss för att vänta till "
            "hösten. Stryk oss från listan för den här veckan.\n\nMvh Marita\n"))

    ot("o17-sv-unsubscribe-question-colleague.eml", "sv", ("Sara Holmström", "sara.holmstrom@nordvolt.example.com"),
       "Fråga om nyhetsbrevet",
       text("Hej Niklas,\n\nhur lägger vi upp avregistreringslänken i nästa nyhetsbrev? Kunderna ska kunna avsluta "
            "prenumerationen med ett klick enligt de nya reglerna. Kan du kolla med webbyrån?\n\n/Sara\n"),
       tr="local", to="niklas.sjoholm@nordvolt.example.com, info@nordvolt.example.com")

    # English
    ot("o18-en-price-list.eml", "en", ("Peter Walsh", "peter.walsh@walshtrading.example.com"), "Price list for service contracts",
       text("Hello,\n\nCould you send me your current price list for annual maintenance contracts for commercial "
            "properties (approx. 3,000 m2 office building)?\n\nBest regards,\nPeter Walsh\nWalsh Trading Oy\n"))

    ot("o19-en-dsar-tool-pitch.eml", "en", ("Kate from PrivacyPilot", "kate@privacypilot.example.net"),
       "Automate your DSARs and erasure requests",
       html(page_html("<p>Hi there,</p><p>Data subject access requests, erasure requests, \"unsubscribe me\" e-mails – "
                      "they pile up fast. PrivacyPilot reads your inbox and handles them for you.</p>"
                      "<p>Would you be open to a 15-minute call next week?</p><p>Kate Simmons<br>Account Executive, "
                      "PrivacyPilot</p><p style=\"font-size:10px\">If you'd rather not hear from me, just reply "
                      "\"no thanks\".</p>", "", "en")))

    ot("o20-en-delete-duplicate-invoice.eml", "en", ("Accounts Payable", "ap@baltichvac.example.com"),
       "Duplicate invoice INV-2231",
       text("Hi,\n\nWe received invoice INV-2231 twice (once by post, once by e-mail). Please delete the duplicate "
            "from your system and confirm that only one is open.\n\nKind regards\nAccounts Payable\nBaltic HVAC Oy\n"))

    ot("o21-en-supplier-update-records.eml", "en", ("Product Data Team", "productdata@lumenparts.example.org"),
       "Product discontinuation – please update your records",
       text("Dear customer,\n\nPlease note that article numbers LP-4410 and LP-4411 (LED panel 600x600) are "
            "discontinued as of 1 April 2026. The successor is LP-4520. Please update your records and price lists "
            "accordingly.\n\nLumenParts Product Data Team\n"))

    ot("o22-en-research-survey.eml", "en", ("Dr. Alice Monroe", "alice.monroe@univ.example.edu".replace(".edu", ".org")),
       "Research survey: how SMEs handle data subject requests",
       text("Dear Nordvolt team,\n\nI am a researcher studying how small and medium-sized enterprises handle "
            "requests for access to and erasure of personal data. Would you be willing to take part in a 20-minute "
            "interview? All answers are anonymised.\n\nKind regards,\nAlice Monroe\n"))

    ot("o23-en-copy-of-contract.eml", "en", ("David Sørensen", "david.sorensen@example.net"), "Copy of my installation contract",
       text("Hi,\n\ncould you send me a copy of the installation contract and the commissioning report for the heat "
            "pump you installed last September (Lehtotie 4)? The insurance company asks for them.\n\nThanks,\nDavid\n"))

    ot("o24-en-quote-with-footer.eml", "en", ("Sales – Volta Components", "sales@voltacomponents.example.com"),
       "Quotation Q-77812 – cable trays",
       text("Dear Mr Nordström,\n\nThank you for your enquiry. Please find our quotation Q-77812 below:\n\n"
            "  Cable tray KS-200, 3 m     40 pcs   EUR 18.40\n  Cover KS-200, 3 m         40 pcs   EUR  9.10\n\n"
            "Delivery 2 weeks. Validity 30 days.\n\nBest regards\nAnna Berg\nVolta Components\n\n"
            "To stop receiving marketing e-mails from us, reply UNSUBSCRIBE. We process personal data in accordance with "
            "our privacy notice; you may request access to or erasure of your data at privacy@voltacomponents.example.com.\n"))

    ot("o25-en-complaint-technician.eml", "en", ("Laura Bennett", "laura.bennett@example.com"), "Work left unfinished",
       text("Hello,\n\nyour electrician was here on Monday to correct the wiring of our outdoor lights but left "
            "without removing the old cables and the junction box is still open. Could someone come back this week "
            "to finish the job?\n\nLaura Bennett\n"), headers=GM)

    ot("o26-en-partnership.eml", "en", ("Jonas Keller", "jonas.keller@solarbau.example.com"), "Partnership enquiry – solar installations in Finland",
       text("Hello,\n\nwe are a German PV distributor entering the Finnish market and are looking for certified "
            "installation partners in Uusimaa. Would you be interested in a call?\n\nBest regards\nJonas Keller\nSolarBau GmbH\n"))


# ---------------------------------------------------------------------- main
def toml_str(s):
    out = ['"']
    for ch_ in s:
        if ch_ == '"':
            out.append('\\"')
        elif ch_ == "\\":
            out.append("\\\\")
        elif ord(ch_) < 0x20 or ord(ch_) == 0x7f:
            out.append("\\u%04x" % ord(ch_))
        else:
            out.append(ch_)
    out.append('"')
    return "".join(out)


def toml_val(v):
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join("%s = %s" % (k, toml_val(x)) for k, x in v.items()) + " }"
    raise TypeError(v)


FIELD_ORDER = ["name", "company", "email", "phone", "page"]


def write_manifest():
    lines = ["# corpus6 manifest: expected classification of every .eml file in this folder.\n"]
    for path in sorted(MANIFEST):
        m = MANIFEST[path]
        lines.append("[%s]" % toml_str(path))
        for k in ("kind", "language", "requests", "decision"):
            if k in m:
                lines.append("%s = %s" % (k, toml_val(m[k])))
        if "fields" in m:
            f = {k: m["fields"][k] for k in FIELD_ORDER if k in m["fields"]}
            lines.append("fields = " + toml_val(f))
        lines.append("")
    with open(os.path.join(OUT, "manifest.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    with open(os.path.join(OUT, "senders.toml"), "w", encoding="utf-8") as fh:
        fh.write('contact_form = ["no-reply@nordvolt.example.com", "wordpress@nordvolt.example.com"]\n'
                 'chat = ["chat-transcripts@livehelp.example.net"]\n')


def main():
    for kind in ("contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other"):
        shutil.rmtree(os.path.join(OUT, kind), ignore_errors=True)
    content_contact_forms()
    content_chats()
    content_data_requests()
    content_confirmations()
    content_automatic()
    content_other()
    write_manifest()
    print("wrote %d messages" % len(MANIFEST))


if __name__ == "__main__":
    main()
