#!/usr/bin/env python3
"""Blind test corpus: the info@ mailbox of KymiKlinikka (Kymen Hammas- ja
Fysioklinikka Oy), a dental and physiotherapy clinic chain in Kotka, Karhula
and Hamina.  Stdlib only, deterministic: run `python3 _generate.py`.

Writes <kind>/<file>.eml, manifest.toml and senders.toml next to this script.
"""
import datetime as _dt
import hashlib
import json
import os
import shutil
from email import policy
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["automatic", "chat_transcript", "confirmation", "contact_form",
         "data_request", "other"]

DOM = "kymiklinikka.example.com"
INFO = "info@kymiklinikka.example.com"
INFO_H = "KymiKlinikka <info@kymiklinikka.example.com>"
FORM_SENDER = "wordpress@kymiklinikka.example.com"
CHAT_SENDER = "transcripts@chatora.example.net"
SITE = "https://www.kymiklinikka.example.com"
BOOK = "https://ajanvaraus.kymiklinikka.example.com"
SHOP = "https://kauppa.kymiklinikka.example.com"
MX = "mx1.kymiklinikka.example.com"

ENTRIES = []          # (relpath, meta, bytes)
_TZ = {"+0200": 2, "+0300": 3, "+0100": 1, "+0000": 0, "-0500": -5, "+0530": 5.5}


def D(s, tz="+0200"):
    """'2026-11-03 08:14' -> RFC 5322 date string."""
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    t = t.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=_TZ[tz])))
    return format_datetime(t)


def _mid(seed, dom):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)


def auth(dom, ok=True):
    if ok:
        return ("Authentication-Results",
                "%s; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s "
                "header.s=sel1; dmarc=pass (p=none) header.from=%s" % (MX, dom, dom, dom))
    return ("Authentication-Results",
            "%s; spf=softfail smtp.mailfrom=%s; dkim=none; dmarc=fail "
            "(p=none) header.from=%s" % (MX, dom, dom))


def rcvd(helo, ip, when):
    return ("Received", "from %s (%s [%s]) by %s (Postfix) with ESMTPS id 4Q%s "
            "for <%s>; %s" % (helo, helo, ip, MX,
                              hashlib.md5((helo + when).encode()).hexdigest()[:10].upper(),
                              INFO, when))


def outlook(seed, lang="fi"):
    ti = "AQH" + hashlib.sha1(seed.encode()).hexdigest()[:22] + "=="
    return [("Thread-Topic", None), ("Thread-Index", ti),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[lang]),
            ("X-Mailer", "Microsoft Outlook 16.0")]


def M(frm, subject, text=None, html=None, *, date, to=INFO_H, mid=None,
      charset="utf-8", cte=None, html_cte=None, flowed=False, pre=(), headers=(),
      attachments=(), reply_to=None, cc=None, mime_version="1.0", html_charset=None):
    m = EmailMessage()
    for k, v in pre:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = mid or _mid(frm + subject + date, dom)
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in headers:
        if k == "Thread-Topic" and v is None:
            v = subject.split(":", 1)[-1].strip() if subject[:3].upper() in ("RE:", "VS:", "SV:", "AW:", "FW:") else subject
        m[k] = v
    params = {"format": "flowed", "delsp": "yes"} if flowed else None
    if cte == "7bit" and not ((text or "") + (html or "")).isascii():
        cte = "8bit"
    hc = html_charset or charset
    if text is not None and html is not None:
        m.set_content(text, charset=charset, cte=cte, params=params)
        m.add_alternative(html, subtype="html", charset=hc, cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=hc, cte=html_cte or cte)
    else:
        m.set_content(text, charset=charset, cte=cte, params=params)
    for a in attachments:
        data, mt, st, fn = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if mime_version != "1.0":
        m.replace_header("MIME-Version", mime_version)
    return m


def add(path, kind, lang, msg, *, requests=None, decision=None, fields=None,
        encoding="utf-8"):
    assert path.startswith(kind + "/"), path
    if isinstance(msg, str):
        raw = msg.lstrip("\n").encode(encoding)
    else:
        n = 0
        for part in msg.walk():
            if part.is_multipart():
                n += 1
                h = hashlib.md5((path + str(n)).encode()).hexdigest()[:16]
                part.set_boundary("----=_Part_%d_%s" % (n, h))
        raw = msg.as_bytes(policy=policy.default.clone(max_line_length=160))
    meta = {"kind": kind, "language": lang}
    if requests is not None:
        meta["requests"] = list(requests)
    if decision is not None:
        meta["decision"] = decision
    if fields is not None:
        meta["fields"] = fields
    ENTRIES.append((path, meta, raw))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_all():
    for k in KINDS:
        p = os.path.join(OUT, k)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    seen = set()
    lines = ["# Expected classification of every message (generated by _generate.py)", ""]
    for path, meta, raw in ENTRIES:
        assert path not in seen, path
        seen.add(path)
        with open(os.path.join(OUT, path), "wb") as f:
            f.write(raw)
        lines.append("[%s]" % q(path))
        lines.append("kind = %s" % q(meta["kind"]))
        lines.append("language = %s" % q(meta["language"]))
        if "requests" in meta:
            lines.append("requests = [%s]" % ", ".join(q(r) for r in meta["requests"]))
        if "decision" in meta:
            lines.append("decision = %s" % q(meta["decision"]))
        if "fields" in meta:
            lines.append("fields = { %s }" % ", ".join(
                "%s = %s" % (k, q(v)) for k, v in meta["fields"].items()))
        lines.append("")
    with open(os.path.join(OUT, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    with open(os.path.join(OUT, "senders.toml"), "w", encoding="utf-8") as f:
        f.write("# The website's own configured senders\n"
                "contact_form = [%s]\nchat = [%s]\n" % (q(FORM_SENDER), q(CHAT_SENDER)))
    print("wrote %d messages" % len(ENTRIES))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- contact_form
WPF = "KymiKlinikka <%s>" % FORM_SENDER
CF7_FOOT_FI = ("\n-- \nTämä sähköposti on lähetetty sivustosi KymiKlinikka "
               "(%s) yhteydenottolomakkeelta\n" % SITE)
CF7_FOOT_EN = ("\n-- \nThis e-mail was sent from a contact form on KymiKlinikka (%s)\n" % SITE)
CF7_FOOT_SV = ("\n-- \nDetta e-postmeddelande skickades från ett kontaktformulär på "
               "KymiKlinikka (%s)\n" % SITE)


def contact_forms():
    add("contact_form/cf01-cf7-hammaskipu.eml", "contact_form", "fi", M(
        WPF, "KymiKlinikka \"Ajanvarauspyyntö\"", date=D("2026-11-02 07:41"),
        reply_to="Jarmo Kettunen <jarmo.kettunen@posti.example.net>",
        text="Lähettäjä: Jarmo Kettunen <jarmo.kettunen@posti.example.net>\n"
             "Aihe: Ajanvarauspyyntö\n"
             "Puhelin: 040 718 2290\n\n"
             "Viestin sisältö:\n"
             "Moi, vasen alaposkihammas on särkenyt viikonlopun ja nyt kylmä vihloo "
             "ihan kunnolla. Olisiko Kotkan päässä mitään aikaa tällä viikolla? "
             "Aamut käy parhaiten, olen vuorotöissä Mussalon satamassa.\n"
             + CF7_FOOT_FI, cte="8bit"),
        fields={"name": "Jarmo Kettunen", "email": "jarmo.kettunen@posti.example.net",
                "phone": "040 718 2290"})

    add("contact_form/cf02-wpforms-fysio-sv.eml", "contact_form", "sv", M(
        WPF, "Ny förfrågan: Fysioterapi (Hamina)", date=D("2026-11-02 19:05"),
        reply_to="camilla.nyberg@kotinet.example.org",
        text="Förnamn: Camilla\nEfternamn: Nyberg\nE-post: camilla.nyberg@kotinet.example.org\n"
             "Telefon: 044 302 1187\nSida: %s/sv/fysioterapi/fortatare\n\n"
             "Meddelande: Hej! Jag har haft ont i nacken sedan september och min läkare "
             "rekommenderade fysioterapi. Har ni svenskspråkig fysioterapeut i Fredrikshamn? "
             "Jag kan komma på eftermiddagarna.\n" % SITE,
        html="<html><body><table width=\"100%%\" cellpadding=\"6\" style=\"border:1px solid #ddd\">"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>Förnamn</strong></td></tr>"
             "<tr><td colspan=\"2\">Camilla</td></tr>"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>Efternamn</strong></td></tr>"
             "<tr><td colspan=\"2\">Nyberg</td></tr>"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>E-post</strong></td></tr>"
             "<tr><td colspan=\"2\"><a href=\"mailto:camilla.nyberg@kotinet.example.org\">camilla.nyberg@kotinet.example.org</a></td></tr>"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>Telefon</strong></td></tr>"
             "<tr><td colspan=\"2\">044 302 1187</td></tr>"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>Sida</strong></td></tr>"
             "<tr><td colspan=\"2\">%s/sv/fysioterapi/fortatare</td></tr>"
             "<tr><td colspan=\"2\" style=\"background:#f4f4f4\"><strong>Meddelande</strong></td></tr>"
             "<tr><td colspan=\"2\">Hej! Jag har haft ont i nacken sedan september och min läkare "
             "rekommenderade fysioterapi. Har ni svenskspråkig fysioterapeut i Fredrikshamn? "
             "Jag kan komma på eftermiddagarna.</td></tr></table>"
             "<p style=\"font-size:11px;color:#888\">Skickat från WPForms på KymiKlinikka</p></body></html>" % SITE,
        cte="quoted-printable"),
        fields={"name": "Camilla Nyberg", "email": "camilla.nyberg@kotinet.example.org",
                "phone": "044 302 1187", "page": SITE + "/sv/fysioterapi/fortatare"})

    add("contact_form/cf03-gravity-expat-en.eml", "contact_form", "en", M(
        WPF, "New submission from Occupational Physio Enquiry", date=D("2026-11-03 10:22"),
        reply_to="thomas.whitfield@shipco.example.com",
        html="<html><body style=\"font-family:sans-serif\"><table width=\"99%\" border=\"0\" cellpadding=\"1\" cellspacing=\"0\" bgcolor=\"#EAEAEA\"><tr><td>"
             "<table width=\"100%\" border=\"0\" cellpadding=\"5\" cellspacing=\"0\" bgcolor=\"#FFFFFF\">"
             "<tr bgcolor=\"#EAF2FA\"><td colspan=\"2\"><font style=\"font-family:sans-serif;font-size:12px\"><strong>Name</strong></font></td></tr>"
             "<tr bgcolor=\"#FFFFFF\"><td width=\"20\">&nbsp;</td><td><font style=\"font-family:sans-serif;font-size:12px\">Thomas Whitfield</font></td></tr>"
             "<tr bgcolor=\"#EAF2FA\"><td colspan=\"2\"><font style=\"font-family:sans-serif;font-size:12px\"><strong>Email</strong></font></td></tr>"
             "<tr bgcolor=\"#FFFFFF\"><td width=\"20\">&nbsp;</td><td><font style=\"font-family:sans-serif;font-size:12px\"><a href=\"mailto:thomas.whitfield@shipco.example.com\">thomas.whitfield@shipco.example.com</a></font></td></tr>"
             "<tr bgcolor=\"#EAF2FA\"><td colspan=\"2\"><font style=\"font-family:sans-serif;font-size:12px\"><strong>Phone</strong></font></td></tr>"
             "<tr bgcolor=\"#FFFFFF\"><td width=\"20\">&nbsp;</td><td><font style=\"font-family:sans-serif;font-size:12px\">+44 7700 900412</font></td></tr>"
             "<tr bgcolor=\"#EAF2FA\"><td colspan=\"2\"><font style=\"font-family:sans-serif;font-size:12px\"><strong>Company</strong></font></td></tr>"
             "<tr bgcolor=\"#FFFFFF\"><td width=\"20\">&nbsp;</td><td><font style=\"font-family:sans-serif;font-size:12px\">Baltic Ro-Ro Agencies Oy</font></td></tr>"
             "<tr bgcolor=\"#EAF2FA\"><td colspan=\"2\"><font style=\"font-family:sans-serif;font-size:12px\"><strong>How can we help?</strong></font></td></tr>"
             "<tr bgcolor=\"#FFFFFF\"><td width=\"20\">&nbsp;</td><td><font style=\"font-family:sans-serif;font-size:12px\">We have 14 people in our Kotka office, most of them at desks all day. "
             "Could you quote ergonomic assessments plus a few physio sessions per person? Most of the team speak English only.</font></td></tr>"
             "</table></td></tr></table></body></html>", cte="quoted-printable"),
        fields={"name": "Thomas Whitfield", "email": "thomas.whitfield@shipco.example.com",
                "phone": "+44 7700 900412", "company": "Baltic Ro-Ro Agencies Oy"})

    add("contact_form/cf04-elementor-fi.eml", "contact_form", "fi", M(
        WPF, "Uusi viesti sivustolta \"KymiKlinikka\"", date=D("2026-11-03 21:48"),
        reply_to="riikka.salmivaara@example.com",
        text="Nimi: Riikka Salmivaara\r\nSähköposti: riikka.salmivaara@example.com\r\n"
             "Viesti: Onko teillä lasten hammashoitoa Karhulassa vai pitääkö mennä Kotkan keskustaan? "
             "Tyttö on 6v ja jännittää aika paljon, niin toivoisin rauhallista hammaslääkäriä.\r\n\r\n"
             "---\r\n\r\nPäiväys: 3.11.2026\r\nAika: 21.48\r\n"
             "Sivun URL: %s/fi/hammashoito/lapset\r\n"
             "Käyttäjäagentti: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15\r\n"
             "Etäkoneen IP: 198.51.100.23\r\nPowered by: Elementor\r\n" % SITE, cte="quoted-printable"),
        fields={"name": "Riikka Salmivaara", "email": "riikka.salmivaara@example.com",
                "page": SITE + "/fi/hammashoito/lapset"})

    add("contact_form/cf05-ninja-noreply-sv.eml", "contact_form", "sv", M(
        "KymiKlinikka <noreply@kymiklinikka.example.com>", "Kontaktformulär – ny inlämning",
        date=D("2026-11-04 08:03"),
        headers=[("Reply-To", "Henrik Åkerblom <henrik.akerblom@brev.example.org>")],
        text="Namn: Henrik Åkerblom\nE-postadress: henrik.akerblom@brev.example.org\n"
             "Telefonnummer: +358 50 449 0031\n"
             "Meddelande: Min tandprotes har spruckit på ena sidan. Kan ni laga den eller "
             "måste jag gå till en tandtekniker? Jag bor i Karhula.\n", cte="8bit"),
        fields={"name": "Henrik Åkerblom", "email": "henrik.akerblom@brev.example.org",
                "phone": "+358 50 449 0031"})

    add("contact_form/cf06-fluent-unsub-en.eml", "contact_form", "en", M(
        WPF, "New Form Entry #418 for Contact Us (EN)", date=D("2026-11-04 12:30"),
        reply_to="priya.raman@example.net",
        html="<html><body><p>You have a new form submission:</p>"
             "<table style=\"border-collapse:collapse\">"
             "<tr><th style=\"text-align:left;padding:4px\">Name</th><td style=\"padding:4px\">Priya Raman</td></tr>"
             "<tr><th style=\"text-align:left;padding:4px\">Email</th><td style=\"padding:4px\">priya.raman@example.net</td></tr>"
             "<tr><th style=\"text-align:left;padding:4px\">Company</th><td style=\"padding:4px\">Kotka Data Centre Services</td></tr>"
             "<tr><th style=\"text-align:left;padding:4px\">Message</th><td style=\"padding:4px\">Hi, I keep getting the Hymy &amp; Liike newsletter in Finnish "
             "although I only ever visited you once for a cleaning. Please take me off the newsletter list. "
             "Otherwise the service was great, no complaints!</td></tr></table>"
             "<p style=\"color:#999;font-size:11px\">This email was generated by Fluent Forms.</p></body></html>",
        cte="quoted-printable"),
        requests=["unsubscribe"],
        fields={"name": "Priya Raman", "email": "priya.raman@example.net",
                "company": "Kotka Data Centre Services"})

    add("contact_form/cf07-formidable-ote-fi.eml", "contact_form", "fi", M(
        WPF, "[KymiKlinikka] Yhteydenotto: Tietopyyntö", date=D("2026-11-04 15:16"),
        reply_to="eero.kangaskorpi@example.org",
        text="Nimi\nEero Kangaskorpi\n\nSähköposti\neero.kangaskorpi@example.org\n\n"
             "Puhelinnumero\n0400 551 903\n\nLähetetty sivulta\n%s/fi/tietosuoja\n\n"
             "Viesti\nHyvä vastaanotto. Haluaisin nähdä mitä tietoja minusta on teillä "
             "tallessa (asiakasrekisteri, uutiskirjetilaukset ym). Voitteko lähettää "
             "kopion sähköpostilla? Asioin Haminan toimipisteessä 2019-2024.\n"
             "Ystävällisin terveisin Eero K.\n" % SITE, cte="8bit"),
        requests=["access"],
        fields={"name": "Eero Kangaskorpi", "email": "eero.kangaskorpi@example.org",
                "phone": "0400 551 903", "page": SITE + "/fi/tietosuoja"})

    add("contact_form/cf08-hubspot-en.eml", "contact_form", "en", M(
        "HubSpot <noreply@notifications.hubspot.example.com>",
        "New form submission on KymiKlinikka - Corporate wellness",
        date=D("2026-11-05 09:12", "+0000"),
        text="KymiKlinikka has received a new form submission\n\n"
             "Form: Corporate wellness (EN)\n"
             "Page submitted on: Corporate wellness | KymiKlinikka %s/en/corporate-wellness\n\n"
             "Contact information\n"
             "First Name: Lukas\nLast Name: Becker\nEmail: lukas.becker@logistik.example.com\n"
             "Phone Number: +49 151 2000 7788\nCompany Name: Nordhafen Logistik GmbH Kotka branch\n"
             "Message: We are relocating six employees from Hamburg to Kotka in January. "
             "Do you offer dental check-ups for new employees as part of an occupational "
             "health package, and can invoices go to our German head office?\n\n"
             "View contact record: https://app.hubspot.example.com/contacts/9911/contact/551\n\n"
             "You're receiving this because you are subscribed to form submission notifications.\n"
             "HubSpot, Inc. 2 Canal Park, Cambridge, MA 02141\n" % SITE,
        html="<html><body><h2>KymiKlinikka has received a new form submission</h2>"
             "<p><b>Form:</b> Corporate wellness (EN)<br><b>Page submitted on:</b> "
             "<a href=\"%s/en/corporate-wellness\">Corporate wellness | KymiKlinikka</a></p>"
             "<h3>Contact information</h3><p><b>First Name:</b> Lukas<br><b>Last Name:</b> Becker<br>"
             "<b>Email:</b> lukas.becker@logistik.example.com<br><b>Phone Number:</b> +49 151 2000 7788<br>"
             "<b>Company Name:</b> Nordhafen Logistik GmbH Kotka branch<br><b>Message:</b> We are relocating six employees from Hamburg to Kotka in January. "
             "Do you offer dental check-ups for new employees as part of an occupational "
             "health package, and can invoices go to our German head office?</p>"
             "<p><a href=\"https://app.hubspot.example.com/contacts/9911/contact/551\">View contact record</a></p>"
             "<p style=\"font-size:10px\">You're receiving this because you are subscribed to form submission notifications.</p></body></html>" % SITE,
        cte="quoted-printable"),
        fields={"name": "Lukas Becker", "email": "lukas.becker@logistik.example.com",
                "phone": "+49 151 2000 7788", "company": "Nordhafen Logistik GmbH Kotka branch",
                "page": SITE + "/en/corporate-wellness"})

    add("contact_form/cf09-typeform-sv.eml", "contact_form", "sv", M(
        "Typeform <notifications@typeform.example.com>",
        "Nytt svar på \"Boka en gratis tandvårdsrådgivning\"", date=D("2026-11-05 17:44", "+0100"),
        reply_to="tove.strandberg@example.com",
        text="Hej KymiKlinikka,\n\nDu har fått ett nytt svar på ditt formulär "
             "Boka en gratis tandvårdsrådgivning.\n\n"
             "Vad heter du?\nTove Strandberg\n\n"
             "Vilken e-postadress kan vi nå dig på?\ntove.strandberg@example.com\n\n"
             "Telefonnummer (frivilligt)\n045 611 2034\n\n"
             "Vad gäller det?\nTandblekning\n\n"
             "Berätta mer\nJag funderar på tandblekning inför mitt bröllop i maj. "
             "Hur många besök behövs och vad kostar det ungefär?\n\n"
             "Se alla svar: https://admin.typeform.example.com/form/Qx81Ab/results\n", cte="8bit"),
        fields={"name": "Tove Strandberg", "email": "tove.strandberg@example.com",
                "phone": "045 611 2034"})

    add("contact_form/cf10-jotform-fi.eml", "contact_form", "fi", M(
        "Jotform <noreply@jotform.example.com>", "Re: Ota yhteyttä - Ajanvaraus - Aino Rantakari",
        date=D("2026-11-06 06:55", "+0000"),
        reply_to="aino.rantakari@example.net",
        html="<html><body><table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-family:Verdana\">"
             "<tr><td style=\"padding:10px;background:#2e69ff;color:#fff\">Ota yhteyttä</td></tr>"
             "<tr><td><table width=\"100%\" cellpadding=\"8\">"
             "<tr><td style=\"color:#666\">Nimi</td><td>Aino Rantakari</td></tr>"
             "<tr><td style=\"color:#666\">Sähköposti</td><td><a href=\"mailto:aino.rantakari@example.net\">aino.rantakari@example.net</a></td></tr>"
             "<tr><td style=\"color:#666\">Puhelinnumero</td><td>(050) 331 7720</td></tr>"
             "<tr><td style=\"color:#666\">Toimipiste</td><td>Hamina</td></tr>"
             "<tr><td style=\"color:#666\">Viesti</td><td>Käyn teillä fysioterapiassa polven takia. Saanko Kelan korvauksen "
             "jos minulla on lähete työterveydestä? Ja voiko laskun maksaa osissa?</td></tr>"
             "</table></td></tr><tr><td style=\"font-size:10px;color:#999\">Tämä viesti lähetettiin Jotform-lomakkeelta.</td></tr>"
             "</table></body></html>", cte="base64"),
        fields={"name": "Aino Rantakari", "email": "aino.rantakari@example.net",
                "phone": "(050) 331 7720"})

    add("contact_form/cf11-googleforms-en.eml", "contact_form", "en", M(
        "Google Forms <forms-receipts-noreply@google.example.com>",
        "New response: Physio group class interest (Kotka)", date=D("2026-11-06 13:02", "+0000"),
        text="Form: Physio group class interest (Kotka)\nResponse #27\n\n"
             "Timestamp\t06/11/2026 15:01:49\n"
             "Full name\tSiobhan Kelly\n"
             "Email address\tsiobhan.kelly@example.org\n"
             "Phone\t+358 44 900 1172\n"
             "Which class?\tPilates for back pain (Tue evenings)\n"
             "Anything we should know?\tI'm 24 weeks pregnant - is the class still OK for me? "
             "Happy to bring a note from the neuvola.\n\n"
             "Sent by Form Notifications add-on. To stop these notifications open the add-on menu in the form.\n",
        cte="7bit"),
        fields={"name": "Siobhan Kelly", "email": "siobhan.kelly@example.org",
                "phone": "+358 44 900 1172"})

    add("contact_form/cf12-drupal-sv.eml", "contact_form", "sv", M(
        "KymiKlinikka Hamina <webform@hamina.kymiklinikka.example.com>",
        "Formulärinlämning från: Kontakta oss", date=D("2026-11-07 11:20"),
        text="Inskickad den lör, 2026-11-07 11:19\nInskickad av: Anonym (ej verifierad)\n"
             "Inskickade värden är:\n\n"
             "Namn: Göran Ekholm\n"
             "E-post: goran.ekholm@skargard.example.net\n"
             "Telefon: 040 8812 551\n"
             "Ärende:\nHej. Jag har fått en kallelse till tandhygienist men datumet passar "
             "inte alls eftersom jag är på Åland då. Kan ni flytta tiden till veckan efter? "
             "/Göran\n\n"
             "Resultaten från denna inlämning kan ses på:\n"
             "https://hamina.kymiklinikka.example.com/sv/node/12/submission/771\n", cte="8bit"),
        fields={"name": "Göran Ekholm", "email": "goran.ekholm@skargard.example.net",
                "phone": "040 8812 551"})

    add("contact_form/cf13-wix-fi.eml", "contact_form", "fi", M(
        "Wix <no-reply@crm.wix.example.com>", "Sait uuden viestin: Tuula Hyvärinen",
        date=D("2026-11-07 18:33", "+0000"),
        reply_to="tuula.hyvarinen@example.com",
        text="Uusi lomakkeen lähetys sivustolla KymiKlinikka Kampanja\n\n"
             "Etunimi: Tuula\nSukunimi: Hyvärinen\nSähköposti: tuula.hyvarinen@example.com\n"
             "Puhelin: 0442233918\n"
             "Viesti: Näin lehdessä mainoksen suuhygienistin tarkastuksesta 59 €. Koskeeko tarjous "
             "myös eläkeläisiä ja onko se voimassa joulukuussa?\n\n"
             "Vastaa Wixin Postilaatikossa: https://manage.wix.example.com/inbox\n",
        html="<div dir=\"ltr\"><h3>Uusi lomakkeen lähetys</h3><p>Sivusto: KymiKlinikka Kampanja</p>"
             "<p><b>Etunimi:</b> Tuula<br><b>Sukunimi:</b> Hyvärinen<br><b>Sähköposti:</b> tuula.hyvarinen@example.com<br>"
             "<b>Puhelin:</b> 0442233918<br><b>Viesti:</b> Näin lehdessä mainoksen suuhygienistin tarkastuksesta 59 €. Koskeeko tarjous "
             "myös eläkeläisiä ja onko se voimassa joulukuussa?</p>"
             "<p><a href=\"https://manage.wix.example.com/inbox\">Vastaa Wixin Postilaatikossa</a></p></div>",
        cte="quoted-printable"),
        fields={"name": "Tuula Hyvärinen", "email": "tuula.hyvarinen@example.com",
                "phone": "0442233918"})

    add("contact_form/cf14-squarespace-en.eml", "contact_form", "en", M(
        "Squarespace <form-submission@squarespace.example.net>",
        "Form Submission - Contact - Question about Invisalign", date=D("2026-11-08 02:14", "+0000"),
        reply_to="mark.jennings@example.org",
        text="Sent via form submission from KymiKlinikka English site\n\n"
             "Name: Mark Jennings\n\nEmail Address: mark.jennings@example.org\n\n"
             "Subject: Question about Invisalign\n\n"
             "Message: Hello, I started aligner treatment in Manchester and moved to Hamina for work. "
             "Can one of your dentists take over the follow-up appointments? I have the treatment "
             "plan as PDF.\n\n(Sent via KymiKlinikka English site)\n", cte="7bit"),
        fields={"name": "Mark Jennings", "email": "mark.jennings@example.org"})

    add("contact_form/cf15-webflow-sv.eml", "contact_form", "sv", M(
        "Webflow <no-reply-forms@webflow.example.com>",
        "Ny formulärinlämning på KymiKlinikka (svenska)", date=D("2026-11-09 08:40", "+0000"),
        text="Formulär: Kontakt SV\nWebbplats: kymiklinikka-sv.webflow.example.net\n\n"
             "Namn: Maria Backman\nE-post: maria.backman@example.org\n"
             "Företag: Backmans Bageri Ab\nTelefon: 05 221 1890\n"
             "Meddelande: Vi är fem anställda i bageriet och flera har ont i axlarna. "
             "Gör ni arbetsplatsbesök och vad kostar en timme?\n\n"
             "Hantera formulär: https://webflow.example.com/dashboard/sites/kymi/forms\n", cte="8bit"),
        fields={"name": "Maria Backman", "email": "maria.backman@example.org",
                "company": "Backmans Bageri Ab", "phone": "05 221 1890"})

    add("contact_form/cf16-mailchimp-tilaus-fi.eml", "contact_form", "fi", M(
        "Mailchimp Forms <noreply@forms.mailchimp.example.com>",
        "Uusi vastaus lomakkeeseen \"Kysy meiltä\"", date=D("2026-11-09 14:07", "+0000"),
        reply_to="minna.lahtela@example.net",
        text="Lomake: Kysy meiltä (kymiklinikka.example.com/kysy)\n\n"
             "Sähköpostiosoite: minna.lahtela@example.net\nEtunimi: Minna\nSukunimi: Lahtela\n"
             "Viesti: Hei! Voisitteko laittaa minut teidän uutiskirjeen tilaajaksi? Haluaisin "
             "tietää kun tulee uusia jumpparyhmiä Karhulaan. Kiitos!\n", cte="8bit"),
        requests=["subscribe"],
        fields={"name": "Minna Lahtela", "email": "minna.lahtela@example.net"})

    add("contact_form/cf17-php-latin1-en.eml", "contact_form", "en", M(
        "www-data <www-data@web1.kymiklinikka.example.com>", "Website enquiry",
        date=D("2026-11-10 09:51"), charset="iso-8859-1", cte="8bit",
        headers=[("X-Mailer", "PHP/8.1.2-1ubuntu2.19")],
        text="--- Name ---\nAna Costa\n\n--- E-mail ---\nana.costa@correio.example.com\n\n"
             "--- Phone ---\n+351 912 000 345\n\n--- Message ---\n"
             "Olá / hello! I'm in Kotka for the summer next year (June-August, I know it's early). "
             "Is it possible to book a dental cleaning in English? I'd pay myself, no Kela card.\n\n"
             "--- Sent from ---\n%s/en/contact\n" % SITE),
        fields={"name": "Ana Costa", "email": "ana.costa@correio.example.com",
                "phone": "+351 912 000 345", "page": SITE + "/en/contact"},
        )

    add("contact_form/cf18-php-cp1252-poisto-fi.eml", "contact_form", "fi", M(
        "Verkkolomake <lomake@kymiklinikka.example.com>", "Palaute verkkosivuilta",
        date=D("2026-11-10 16:25"), charset="windows-1252", cte="quoted-printable",
        reply_to="ritva.karhunen@example.com",
        text="--- Nimi ---\nRitva Karhunen\n\n--- Sähköposti ---\nritva.karhunen@example.com\n\n"
             "--- Puhelin ---\n05 218 4470\n\n--- Viesti ---\n"
             "Muutin Lahteen ja hoidot jatkuvat siellä. En halua että tietojani säilytetään "
             "markkinointirekisterissänne – poistakaa minut asiakasrekisteristä ja "
             "sähköpostilistoilta. Potilaskertomuksesta tiedän että se pitää säilyttää.\n"
             "Kiitos kuluneista vuosista!\n"),
        requests=["erasure"],
        fields={"name": "Ritva Karhunen", "email": "ritva.karhunen@example.com",
                "phone": "05 218 4470"})

    add("contact_form/cf19-cf7-base64-sv.eml", "contact_form", "sv", M(
        WPF, "KymiKlinikka: Fråga om tandställning", date=D("2026-11-11 12:12"),
        reply_to="fredrik.lindqvist@example.org", cte="base64",
        text="Från: Fredrik Lindqvist <fredrik.lindqvist@example.org>\n"
             "Ämne: Fråga om tandställning\n\nMeddelande:\n"
             "Hej, vår son (13 år) behöver eventuellt tandställning enligt skoltandvården. "
             "Tar ni emot remisser från hälsocentralen i Kotka eller måste vi betala själva?\n"
             "Mvh Fredrik\n" + CF7_FOOT_SV),
        fields={"name": "Fredrik Lindqvist", "email": "fredrik.lindqvist@example.org"})

    add("contact_form/cf20-cf7-html-en.eml", "contact_form", "en", M(
        WPF, "[KymiKlinikka] Sports physio question", date=D("2026-11-11 20:02"),
        reply_to="daniel.ohara@example.net",
        html="<html><body><p><strong>From:</strong> Daniel O'Hara &lt;daniel.ohara@example.net&gt;<br>"
             "<strong>Phone:</strong> 045 778 0012<br><strong>Subject:</strong> Sports physio question</p>"
             "<p><strong>Message body:</strong><br>I play in the KTP amateur ice hockey league and "
             "tweaked my groin on Sunday. Do you have a sports physio who can see me before "
             "Thursday's game? Private pay is fine.</p>"
             "<p>-- <br>This e-mail was sent from a contact form on KymiKlinikka (%s)</p></body></html>" % SITE,
        cte="quoted-printable"),
        fields={"name": "Daniel O'Hara", "email": "daniel.ohara@example.net",
                "phone": "045 778 0012"})

    add("contact_form/cf21-wpforms-korjaus-fi.eml", "contact_form", "fi", M(
        WPF, "Uusi merkintä: Yhteydenottolomake", date=D("2026-11-12 07:15"),
        reply_to="kaisu.pelttari@example.org",
        text="--- Nimi ---\n\nKaisu Pelttari\n\n--- Sähköposti ---\n\nkaisu.pelttari@example.org\n\n"
             "--- Puhelin ---\n\n+358 40 122 8840\n\n--- Työnantaja (jos työterveys) ---\n\nKotkan Kuljetus Oy\n\n"
             "--- Viesti ---\n\nHei, vaihdoin sukunimeni naimisiin mennessä (ennen Pelttari, nyt Pelttari-Aho) "
             "ja puhelinnumero on uusi. Korjatkaa tiedot asiakastietoihini, ettei tekstiviestimuistutukset "
             "mene vanhaan numeroon.\n\n---\nLähetetty WPForms-lomakkeella %s/fi/yhteystiedot\n" % SITE,
        cte="8bit"),
        requests=["rectification"],
        fields={"name": "Kaisu Pelttari", "email": "kaisu.pelttari@example.org",
                "phone": "+358 40 122 8840", "company": "Kotkan Kuljetus Oy",
                "page": SITE + "/fi/yhteystiedot"})

    add("contact_form/cf22-gravity-dl-sv.eml", "contact_form", "sv", M(
        "KymiKlinikka <noreply@kymiklinikka.example.com>", "Ny inlämning: Feedback (SV)",
        date=D("2026-11-12 13:47"), reply_to="agneta.soderlund@example.com",
        html="<html><body><dl>"
             "<dt><b>Namn</b></dt><dd>Agneta Söderlund</dd>"
             "<dt><b>E-post</b></dt><dd>agneta.soderlund@example.com</dd>"
             "<dt><b>Telefon</b></dt><dd>050 66 44 123</dd>"
             "<dt><b>Din feedback</b></dt><dd>Tack till tandhygienisten i Karhula som var så lugn "
             "med min mamma (87 år). Men parkeringen framför kliniken är alltid full, kunde ni "
             "reservera en plats för rörelsehindrade?</dd></dl>"
             "<hr><small>Gravity Forms – KymiKlinikka</small></body></html>", cte="quoted-printable"),
        fields={"name": "Agneta Söderlund", "email": "agneta.soderlund@example.com",
                "phone": "050 66 44 123"})

    add("contact_form/cf23-elementor-meta-en.eml", "contact_form", "en", M(
        WPF, "New message from \"KymiKlinikka\"", date=D("2026-11-13 10:10"),
        reply_to="rajesh.iyer@example.com",
        text="Name: Rajesh Iyer\nEmail: rajesh.iyer@example.com\nPhone: 041 590 2217\n"
             "Message: My wife cracked a tooth on a ruisleipä (!) yesterday evening. Is there "
             "any emergency slot today in Kotka? She is in pain but no swelling.\n\n---\n\n"
             "Date: November 13, 2026\nTime: 10:09 am\nPage URL: %s/en/dental-care/emergency\n"
             "User Agent: Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36\n"
             "Remote IP: 203.0.113.77\nPowered by: Elementor\n" % SITE, cte="7bit"),
        fields={"name": "Rajesh Iyer", "email": "rajesh.iyer@example.com",
                "phone": "041 590 2217", "page": SITE + "/en/dental-care/emergency"})

    add("contact_form/cf24-booking-peruutus-fi.eml", "contact_form", "fi", M(
        "Ajanvaraus KymiKlinikka <noreply@ajanvaraus.example.net>",
        "Viesti ajanvarauksen yhteydenottolomakkeelta", date=D("2026-11-13 18:55"),
        reply_to="petri.vainikka@example.net",
        text="Yhteydenotto ajanvarauspalvelusta (%s)\n\n"
             "Nimi: Petri Vainikka\nPuhelin: 045-127 6610\nSähköposti: petri.vainikka@example.net\n"
             "Toimipiste: Kotka, Keskuskatu\n"
             "Viesti: Pitäisi perua huomisen aika klo 9.30 (fysioterapia, Jonne) kun lapsi sairastui. "
             "Poistakaa varaus ja laittakaa uusi aika ensi viikolle jos mahdollista. Ei ehdi enää "
             "perua netissä kun 24h raja meni jo.\n\n"
             "Tähän viestiin ei voi vastata. Vastaa asiakkaalle suoraan.\n" % BOOK, cte="8bit"),
        fields={"name": "Petri Vainikka", "email": "petri.vainikka@example.net",
                "phone": "045-127 6610"})

    add("contact_form/cf25-webshop-order-en.eml", "contact_form", "en", M(
        "KymiKlinikka Shop <kauppa@kymiklinikka.example.com>", "[KymiKlinikka Shop] Product question",
        date=D("2026-11-14 09:31"), reply_to="olga.petrova@example.org",
        text="Someone sent a question from the shop's contact form.\n\n"
             "Name: Olga Petrova\nEmail: olga.petrova@example.org\n"
             "Product: Sonic toothbrush TS-300 (2-pack)\n"
             "Page: %s/en/product/sonic-ts300-2pack\n"
             "Message: I ordered two of these yesterday (order 10482) but I only need one. "
             "Can you delete the second one from my order before it ships and refund the difference? "
             "Also do the brush heads fit the older TS-200?\n" % SHOP, cte="7bit"),
        fields={"name": "Olga Petrova", "email": "olga.petrova@example.org",
                "page": SHOP + "/en/product/sonic-ts300-2pack"})

    add("contact_form/cf26-fluent-radera-sv.eml", "contact_form", "sv", M(
        WPF, "Ny inlämning #433 – Kontakta oss (SV)", date=D("2026-11-14 22:18"),
        reply_to="ulla.granqvist@example.net",
        text="Namn: Ulla Granqvist\nE-post: ulla.granqvist@example.net\n"
             "Meddelande: Jag var kund hos er 2021 men bor nu i Borgå. Radera alla mina "
             "uppgifter ur ert kundregister och sluta skicka nyhetsbrev till mig, tack. "
             "Bekräfta gärna när det är gjort.\n\n"
             "Denna e-post genererades av Fluent Forms.\n", cte="quoted-printable"),
        requests=["erasure", "unsubscribe"],
        fields={"name": "Ulla Granqvist", "email": "ulla.granqvist@example.net"})

    add("contact_form/cf27-ninja-table-fi.eml", "contact_form", "fi", M(
        WPF, "Tarjouspyyntö työfysioterapiasta", date=D("2026-11-16 08:26"),
        reply_to="satu.yla-kotola@example.com",
        html="<html><body><table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">"
             "<tr><td><b>Nimi</b></td><td>Satu Ylä-Kotola</td></tr>"
             "<tr><td><b>Yritys</b></td><td>Haminan Puutarha ja Viher Oy</td></tr>"
             "<tr><td><b>Sähköposti</b></td><td>satu.yla-kotola@example.com</td></tr>"
             "<tr><td><b>Puhelin</b></td><td>+358 (0)40 909 1150</td></tr>"
             "<tr><td><b>Sivu</b></td><td>%s/fi/yrityksille</td></tr>"
             "<tr><td><b>Viesti</b></td><td>Hei! Meillä on kausityöntekijöitä keväästä syksyyn, "
             "noin 20 henkeä. Kiinnostaisi ergonomiakoulutus ja taukojumppa maaliskuussa. "
             "Lähettäkää tarjous sähköpostilla.</td></tr></table>"
             "<p><small>Ninja Forms</small></p></body></html>" % SITE, cte="base64"),
        fields={"name": "Satu Ylä-Kotola", "email": "satu.yla-kotola@example.com",
                "phone": "+358 (0)40 909 1150", "company": "Haminan Puutarha ja Viher Oy",
                "page": SITE + "/fi/yrityksille"})

    add("contact_form/cf28-jotform-mistasaitte-en.eml", "contact_form", "en", M(
        "Jotform <noreply@jotform.example.com>", "Contact us (English) - Emily Carter",
        date=D("2026-11-16 15:00", "+0000"), reply_to="emily.carter@example.com",
        text="Contact us (English)\n\nName: Emily Carter\nE-mail: emily.carter@example.com\n"
             "Clinic: Kotka\nYour message: I received a text message and a letter from you "
             "offering a 'welcome check-up', but I have never been your patient. Where did you "
             "get my name and address, and what personal information do you hold about me? "
             "Please send me a copy.\n\n-- Jotform Submission ID 6021884459\n", cte="7bit"),
        requests=["access"],
        fields={"name": "Emily Carter", "email": "emily.carter@example.com"})

    add("contact_form/cf29-typeform-fi.eml", "contact_form", "fi", M(
        "Typeform <notifications@typeform.example.com>",
        "Uusi vastaus: \"Palautekysely – käynti KymiKlinikalla\"", date=D("2026-11-17 11:45", "+0100"),
        reply_to="anssi.pollanen@example.org",
        text="Sait uuden vastauksen lomakkeeseen Palautekysely – käynti KymiKlinikalla.\n\n"
             "Mikä on nimesi?\nAnssi Pöllänen\n\n"
             "Sähköpostiosoitteesi, jos haluat vastauksen\nanssi.pollanen@example.org\n\n"
             "Kuinka todennäköisesti suosittelisit meitä (0–10)?\n8\n\n"
             "Mitä voisimme tehdä paremmin?\nAjanvarauksen tekstiviestimuistutus tuli vasta "
             "edellisenä iltana, olisi kiva saada se pari päivää aiemmin. Muuten ok.\n\n"
             "Katso kaikki vastaukset: https://admin.typeform.example.com/form/Pk22Lm/results\n",
        cte="quoted-printable"),
        fields={"name": "Anssi Pöllänen", "email": "anssi.pollanen@example.org"})

    add("contact_form/cf30-hubspot-sv.eml", "contact_form", "sv", M(
        "HubSpot <noreply@notifications.hubspot.example.com>",
        "Ny formulärinlämning på KymiKlinikka – Kontakt (SV)", date=D("2026-11-18 07:59", "+0000"),
        text="KymiKlinikka har tagit emot en ny formulärinlämning\n\n"
             "Formulär: Kontakt (SV)\nSida: %s/sv/kontakt\n\n"
             "Förnamn: Kristoffer\nEfternamn: Wikström\nE-post: kristoffer.wikstrom@example.net\n"
             "Telefonnummer: 0400 127 660\n"
             "Meddelande: Har ni lediga tider för tandläkarkontroll på lördagar? Jag jobbar "
             "i Helsingfors måndag–fredag.\n\n"
             "Visa kontaktpost: https://app.hubspot.example.com/contacts/9911/contact/604\n" % SITE,
        cte="8bit"),
        fields={"name": "Kristoffer Wikström", "email": "kristoffer.wikstrom@example.net",
                "phone": "0400 127 660", "page": SITE + "/sv/kontakt"})

    add("contact_form/cf31-drupal-en.eml", "contact_form", "en", M(
        "KymiKlinikka Hamina <webform@hamina.kymiklinikka.example.com>",
        "Webform submission from: Contact", date=D("2026-11-18 19:37"),
        text="Submitted on Wed, 11/18/2026 - 19:37\nSubmitted by: Anonymous (not verified)\n"
             "Submitted values are:\n\n"
             "Your name: Yuki Tanaka\nYour e-mail address: yuki.tanaka@example.org\n"
             "Subject: Receipt for insurance\n"
             "Message:\nHello, my travel insurance needs an itemised receipt in English for my "
             "visit on 2 November (broken filling). The receipt I got is only in Finnish. "
             "Could you send an English one?\nThank you, Yuki\n\n"
             "The results of this submission may be viewed at:\n"
             "https://hamina.kymiklinikka.example.com/en/node/12/submission/790\n", cte="7bit"),
        fields={"name": "Yuki Tanaka", "email": "yuki.tanaka@example.org"})

    add("contact_form/cf32-cf7-minimal-fi.eml", "contact_form", "fi", M(
        WPF, "KymiKlinikka \"(ei aihetta)\"", date=D("2026-11-19 23:41"),
        reply_to="<kurvinen.h@example.com>",
        text="Lähettäjä:  <kurvinen.h@example.com>\nAihe: \nPuhelin: 040-123 4567\n\n"
             "Viestin sisältö:\npaljonko maksaa viisaudenhampaan poisto jos se on vinossa? "
             "ja tarviiko lähetteen\n" + CF7_FOOT_FI, cte="8bit"),
        fields={"email": "kurvinen.h@example.com", "phone": "040-123 4567"})

    add("contact_form/cf33-formidable-sms-sv.eml", "contact_form", "sv", M(
        WPF, "[KymiKlinikka] Kontakt: Sms-reklam", date=D("2026-11-20 10:03"),
        reply_to="linnea.forsman@example.com",
        html="<html><body><table cellspacing=\"0\" style=\"font-size:13px\">"
             "<tr style=\"background:#f9f9f9\"><th align=\"left\">Namn</th><td>Linnéa Forsman</td></tr>"
             "<tr><th align=\"left\">E-post</th><td>linnea.forsman@example.com</td></tr>"
             "<tr style=\"background:#f9f9f9\"><th align=\"left\">Telefon</th><td>+358 45 203 9981</td></tr>"
             "<tr><th align=\"left\">Meddelande</th><td>Jag vill fortfarande vara er patient, men jag "
             "motsätter mig att ni skickar reklam och erbjudanden per sms och e-post. Tidspåminnelser "
             "får ni gärna skicka. Använd inte heller mina uppgifter för riktad marknadsföring.</td></tr>"
             "</table></body></html>", cte="quoted-printable"),
        requests=["objection"],
        fields={"name": "Linnéa Forsman", "email": "linnea.forsman@example.com",
                "phone": "+358 45 203 9981"})

    add("contact_form/cf34-wix-en.eml", "contact_form", "en", M(
        "Wix <no-reply@crm.wix.example.com>", "New form submission: Ahmed Saleh",
        date=D("2026-11-21 06:20", "+0000"), reply_to="ahmed.saleh@example.net",
        text="You have a new form submission on KymiKlinikka Campaign\n\n"
             "First Name: Ahmed\nLast Name: Saleh\nEmail: ahmed.saleh@example.net\n"
             "Phone: +358 41 707 3390\nCompany: Kymi Pulp Mill Services\n"
             "Message: Our night shift workers ask if the Karhula clinic could open earlier, "
             "e.g. 6:30, for physio sessions after shift. Would you consider it if we book "
             "10 sessions a week?\n\nReply in Wix Inbox: https://manage.wix.example.com/inbox\n",
        cte="7bit"),
        fields={"name": "Ahmed Saleh", "email": "ahmed.saleh@example.net",
                "phone": "+358 41 707 3390", "company": "Kymi Pulp Mill Services"})


# ------------------------------------------------------------- chat_transcript
CHAT = "Chatora <%s>" % CHAT_SENDER


def chats():
    add("chat_transcript/ch01-chatora-hammas-fi.eml", "chat_transcript", "fi", M(
        CHAT, "Keskustelu: Helka Juvonen", date=D("2026-11-02 10:31"),
        text="Keskustelun tallenne\n\n"
             "Vierailija: Helka Juvonen\nSähköposti: helka.juvonen@example.org\n"
             "Puhelin: 050 912 3380\nSivu: %s/fi/hammashoito/hinnasto\n"
             "Aloitettu: 2026-11-02 10:14 +02:00\n\n"
             "[10:14] Helka Juvonen: Hei, onko hinnastossa oleva tarkastus 65 € hammaslääkärillä vai hygienistillä?\n"
             "[10:15] Riina (KymiKlinikka): Hei Helka! 65 € on hammaslääkärin perustarkastus, hygienistin käynti alkaen 59 €.\n"
             "[10:16] Helka Juvonen: Entä röntgenkuvat, sisältyykö ne?\n"
             "[10:18] Riina (KymiKlinikka): Kuvat laskutetaan erikseen, yleensä 2 kuvaa á 25 €. Kela-korvaus vähennetään suoraan.\n"
             "[10:20] Helka Juvonen: Selvä kiitos, varaan netistä.\n"
             "[10:20] Riina (KymiKlinikka): Tervetuloa!\n" % SITE, cte="8bit"),
        fields={"name": "Helka Juvonen", "email": "helka.juvonen@example.org",
                "phone": "050 912 3380", "page": SITE + "/fi/hammashoito/hinnasto"})

    add("chat_transcript/ch02-chatora-offline-fi.eml", "chat_transcript", "fi", M(
        CHAT, "Offline-viesti: Oskari Nieminen", date=D("2026-11-03 22:47"),
        text="Offline message\n\nName: Oskari Nieminen\nEmail: oskari.nieminen@example.net\n"
             "Page: %s/fi/fysioterapia\n\nMessage:\n"
             "Selkä jumissa, pääsiskö huomenna fyssarille Karhulassa? Soittakaa aamulla 045 220 1908\n" % SITE,
        cte="8bit"),
        fields={"name": "Oskari Nieminen", "email": "oskari.nieminen@example.net",
                "page": SITE + "/fi/fysioterapia"})

    add("chat_transcript/ch03-chatora-sv.eml", "chat_transcript", "sv", M(
        CHAT, "Chatt med Birgitta Holmström", date=D("2026-11-04 13:09"),
        text="Chattutskrift\n\nBesökare: Birgitta Holmström\nE-post: birgitta.holmstrom@example.com\n"
             "Sida: %s/sv/tandvard/tandlossning\nStartad: 2026-11-04 12:51 +02:00\n\n"
             "[12:51] Birgitta Holmström: Hej, mitt tandkött blöder när jag borstar. Ska jag boka tandläkare eller hygienist?\n"
             "[12:53] Agent Annika: Hej Birgitta! Börja gärna med tandhygienist, hon bedömer om du behöver tandläkare.\n"
             "[12:55] Birgitta Holmström: Finns det svensktalande hygienist i Kotka?\n"
             "[12:56] Agent Annika: Ja, Outi talar svenska. Hon har tider på tisdagar och torsdagar.\n"
             "[12:58] Birgitta Holmström: Tack, jag bokar via nätet.\n" % SITE, cte="quoted-printable"),
        fields={"name": "Birgitta Holmström", "email": "birgitta.holmstrom@example.com",
                "page": SITE + "/sv/tandvard/tandlossning"})

    add("chat_transcript/ch04-chatora-company-en.eml", "chat_transcript", "en", M(
        CHAT, "Chat with Grace Okafor", date=D("2026-11-05 15:40"),
        text="Chat transcript\n\nVisitor: Grace Okafor\nEmail: grace.okafor@example.org\n"
             "Phone: +358 40 551 0094\nCompany: Kotka Maritime Academy\n"
             "Page: %s/en/physiotherapy/students\nStarted: 2026-11-05 15:22 +02:00\n\n"
             "[15:22] Grace Okafor: Hi, do you have student prices for physiotherapy? We have international exchange students.\n"
             "[15:24] Agent Jonne: Hi Grace, yes, 15%% off with a valid student card.\n"
             "[15:25] Grace Okafor: Great. Could you also come to give a talk about posture during orientation week in January?\n"
             "[15:27] Agent Jonne: Sounds fun! Please send the dates to info@ and I'll check my calendar.\n" % SITE,
        cte="7bit"),
        fields={"name": "Grace Okafor", "email": "grace.okafor@example.org",
                "phone": "+358 40 551 0094", "company": "Kotka Maritime Academy",
                "page": SITE + "/en/physiotherapy/students"})

    add("chat_transcript/ch05-tawk-en.eml", "chat_transcript", "en", M(
        "\"tawk.to\" <notifications@tawk.example.net>", "[KymiKlinikka] Chat Transcript - Olga",
        date=D("2026-11-06 09:05", "+0000"),
        text="Chat Transcript\n\nVisitor Name : Olga\nVisitor Email : olga.s@example.com\n"
             "Visitor Location : Kotka, Finland\nVisitor IP : 192.0.2.144\n"
             "Visitor Page : %s/en/shop-info\n\n"
             "Conversation started on : November 6, 2026, 10:58:02 (+02:00)\n\n"
             "(10:58:02) Olga : hello, the mouthwash I ordered from your shop arrived broken, bottle leaked\n"
             "(10:59:40) Riina : Oh no, sorry! Could you send a photo of the package to info@?\n"
             "(11:00:15) Olga : ok. can you send a new one or refund?\n"
             "(11:01:03) Riina : We'll send a new one right away, no need to return the broken one.\n"
             "(11:01:30) Olga : thanks!\n\n"
             "--\nPowered by tawk.to\n" % SITE, cte="7bit"),
        fields={"name": "Olga", "email": "olga.s@example.com", "page": SITE + "/en/shop-info"})

    add("chat_transcript/ch06-livechat-fi.eml", "chat_transcript", "fi", M(
        "LiveChat <no-reply@livechat.example.com>", "Keskustelun tallenne: Leena Kuusisto",
        date=D("2026-11-07 12:44"),
        text="Keskustelun tallenne\n\nAsiakas: Leena Kuusisto\nSähköposti: leena.kuusisto@example.net\n"
             "Keskustelu alkoi: 7.11.2026 12.31\nKesto: 11 min 04 s\n"
             "Asiakas tuli sivulta: %s/fi/verkkokauppa/hammasvalkaisu\n\n"
             "Leena Kuusisto (12.31): Onko tuo valkaisugeeli turvallinen jos on paikkoja?\n"
             "Outi Kallio (12.33): Hei! Paikat eivät vaalene, joten sävyero voi näkyä etuhampaissa. Suosittelen ensin käyntiä hygienistillä.\n"
             "Leena Kuusisto (12.36): Ok. Voiko sen ostaa kuitenkin ja käyttää vaikka myöhemmin?\n"
             "Outi Kallio (12.38): Voi, avaamattomana säilyy 2 vuotta.\n"
             "Leena Kuusisto (12.41): Kiitos!\n" % SITE, cte="8bit"),
        fields={"name": "Leena Kuusisto", "email": "leena.kuusisto@example.net",
                "page": SITE + "/fi/verkkokauppa/hammasvalkaisu"})

    add("chat_transcript/ch07-crisp-sv.eml", "chat_transcript", "sv", M(
        "Crisp <notifications@crisp.example.com>", "Konversation med Johan Sundell (KymiKlinikka)",
        date=D("2026-11-08 16:20", "+0100"),
        text="Konversationsutskrift – KymiKlinikka\n\nKontakt: Johan Sundell\n"
             "E-post: johan.sundell@example.org\nTelefon: 050 399 1220\n"
             "Sida: %s/sv/boka\n\n"
             "Johan Sundell – 16:02\nJag kommer inte in i tidsbokningen, den säger att mitt personnummer är fel.\n\n"
             "Riina – 16:04\nHej Johan! Bokningen kräver inte personbeteckning om du väljer \"Ny kund\". Vill du att jag bokar åt dig?\n\n"
             "Johan Sundell – 16:06\nJa tack, fysioterapi i Kotka nästa vecka, helst tisdag.\n\n"
             "Riina – 16:09\nTisdag 17.11 kl 14.00 hos Jonne är bokad. Du får en bekräftelse per sms.\n\n"
             "Skickat av Crisp\n" % SITE,
        html="<html><body><h3>Konversationsutskrift – KymiKlinikka</h3>"
             "<p>Kontakt: <b>Johan Sundell</b><br>E-post: johan.sundell@example.org<br>Telefon: 050 399 1220<br>"
             "Sida: <a href=\"%s/sv/boka\">%s/sv/boka</a></p>"
             "<div><b>Johan Sundell</b> <span style=\"color:#999\">16:02</span><p>Jag kommer inte in i tidsbokningen, den säger att mitt personnummer är fel.</p></div>"
             "<div><b>Riina</b> <span style=\"color:#999\">16:04</span><p>Hej Johan! Bokningen kräver inte personbeteckning om du väljer \"Ny kund\". Vill du att jag bokar åt dig?</p></div>"
             "<div><b>Johan Sundell</b> <span style=\"color:#999\">16:06</span><p>Ja tack, fysioterapi i Kotka nästa vecka, helst tisdag.</p></div>"
             "<div><b>Riina</b> <span style=\"color:#999\">16:09</span><p>Tisdag 17.11 kl 14.00 hos Jonne är bokad. Du får en bekräftelse per sms.</p></div>"
             "<p style=\"font-size:10px\">Skickat av Crisp</p></body></html>" % (SITE, SITE),
        cte="quoted-printable"),
        fields={"name": "Johan Sundell", "email": "johan.sundell@example.org",
                "phone": "050 399 1220", "page": SITE + "/sv/boka"})

    add("chat_transcript/ch08-zendesk-anon-en.eml", "chat_transcript", "en", M(
        "Zendesk Chat <noreply@zopim.example.com>", "Chat transcript with Visitor 38211055",
        date=D("2026-11-09 07:12", "+0000"),
        text="Chat started: 2026-11-09 07:02 AM UTC\n\n"
             "Chat page: %s/en/opening-hours\n\n"
             "(07:02:14 AM) *** Visitor 38211055 joined the chat ***\n"
             "(07:02:20 AM) Visitor 38211055: is the hamina clinic open on independence day\n"
             "(07:03:41 AM) *** Sanna joined the chat ***\n"
             "(07:03:55 AM) Sanna: Good morning! All our clinics are closed on 6 December.\n"
             "(07:04:30 AM) Visitor 38211055: and the 7th?\n"
             "(07:04:52 AM) Sanna: Monday 7 December normal hours, 8-18.\n"
             "(07:05:10 AM) *** Visitor 38211055 left the chat ***\n" % SITE, cte="7bit"),
        fields={"page": SITE + "/en/opening-hours"})

    add("chat_transcript/ch09-intercom-en.eml", "chat_transcript", "en", M(
        "KymiKlinikka via Intercom <notifications@intercom-mail.example.com>",
        "Conversation with Mark Jennings", date=D("2026-11-10 14:55", "+0000"),
        html="<html><body style=\"font-family:Helvetica\"><p>Conversation transcript</p>"
             "<table><tr><td>User</td><td>Mark Jennings</td></tr>"
             "<tr><td>Email</td><td>mark.jennings@example.org</td></tr>"
             "<tr><td>Last seen on</td><td>%s/en/dental-care/orthodontics</td></tr></table><hr>"
             "<p><b>Mark Jennings</b> · 4:31 PM<br>Hi again, I sent you a form about aligners last week, any news?</p>"
             "<p><b>Mikael Forsström</b> · 4:40 PM<br>Hi Mark, yes, I can take over the follow-up. Please bring the treatment plan and your remaining aligners.</p>"
             "<p><b>Mark Jennings</b> · 4:42 PM<br>Brilliant, I'll book for next week.</p>"
             "<p style=\"color:#aaa;font-size:11px\">Sent by Intercom</p></body></html>" % SITE,
        cte="quoted-printable"),
        fields={"name": "Mark Jennings", "email": "mark.jennings@example.org",
                "page": SITE + "/en/dental-care/orthodontics"})

    add("chat_transcript/ch10-chatora-poisto-fi.eml", "chat_transcript", "fi", M(
        CHAT, "Keskustelu: Jaana Muhonen", date=D("2026-11-11 09:20"),
        text="Chat transcript\n\nVisitor: Jaana Muhonen\nEmail: jaana.muhonen@example.com\n"
             "Page: %s/fi/uutiskirje\nStarted: 2026-11-11 09:08 +02:00\n\n"
             "[09:08] Jaana Muhonen: Moi. Haluaisin että poistatte kaikki tietoni teidän asiakasrekisteristä, en asioi enää teillä.\n"
             "[09:10] Agent Sanna: Hei Jaana, kirjasin pyynnön. Potilasasiakirjat on lain mukaan säilytettävä, mutta markkinointi- ja asiakastiedot poistetaan.\n"
             "[09:11] Jaana Muhonen: Ok, kunhan ette lähetä enää mitään.\n"
             "[09:12] Agent Sanna: Saat vahvistuksen sähköpostiin.\n" % SITE, cte="8bit"),
        requests=["erasure"],
        fields={"name": "Jaana Muhonen", "email": "jaana.muhonen@example.com",
                "page": SITE + "/fi/uutiskirje"})

    add("chat_transcript/ch11-chatora-offline-sv.eml", "chat_transcript", "sv", M(
        CHAT, "Offlinemeddelande: Camilla Nyberg", date=D("2026-11-12 23:05"),
        text="Offline message\n\nName: Camilla Nyberg\nEmail: camilla.nyberg@kotinet.example.org\n"
             "Page: %s/sv/nyhetsbrev\n\nMessage:\n"
             "Hej, jag vill inte längre få nyhetsbrevet Hymy & Liike. Avsluta prenumerationen. "
             "Men behåll min bokning på torsdag!\n" % SITE, cte="8bit"),
        requests=["unsubscribe"],
        fields={"name": "Camilla Nyberg", "email": "camilla.nyberg@kotinet.example.org",
                "page": SITE + "/sv/nyhetsbrev"})

    add("chat_transcript/ch12-chatora-anon-en.eml", "chat_transcript", "en", M(
        CHAT, "Chat with a visitor", date=D("2026-11-13 11:47"),
        text="Chat transcript\n\nPage: %s/en/prices\nStarted: 2026-11-13 11:40 +02:00\n\n"
             "[11:40] Visitor: do u take Kela card for physio\n"
             "[11:41] Agent Riina: Hi! Kela reimburses physiotherapy only with a doctor's referral. With a referral, yes.\n"
             "[11:43] Visitor: ok and without?\n"
             "[11:44] Agent Riina: Then the normal price, 72 EUR / 45 min.\n"
             "[11:46] Visitor: thx\n" % SITE, cte="7bit"),
        fields={"page": SITE + "/en/prices"})

    add("chat_transcript/ch13-tawk-offline-fi.eml", "chat_transcript", "fi", M(
        "\"tawk.to\" <notifications@tawk.example.net>", "[KymiKlinikka] Uusi offline-viesti - Marjut",
        date=D("2026-11-14 05:50", "+0000"),
        text="Uusi offline-viesti\n\nNimi : Marjut Tiainen\nSähköposti : marjut.tiainen@example.org\n"
             "Puhelin : 0500 771 402\nSivu : %s/fi/ajanvaraus\n\nViesti :\n"
             "Tarvisin ajan suuhygienistille mahdollisimman pian, hammaskivee on kertynyt ja "
             "ientulehdus vaivaa. Mieluiten Haminaan iltapäivälle.\n\n--\nPowered by tawk.to\n" % SITE,
        cte="quoted-printable"),
        fields={"name": "Marjut Tiainen", "email": "marjut.tiainen@example.org",
                "phone": "0500 771 402", "page": SITE + "/fi/ajanvaraus"})

    add("chat_transcript/ch14-livechat-ticket-en.eml", "chat_transcript", "en", M(
        "LiveChat <no-reply@livechat.example.com>", "New ticket from Rajesh Iyer (offline message)",
        date=D("2026-11-15 20:31", "+0000"),
        text="A visitor left a message while your agents were offline.\n\n"
             "Name: Rajesh Iyer\nE-mail: rajesh.iyer@example.com\n"
             "Visitor came from: %s/en/dental-care/emergency\n\n"
             "Message:\nThanks for fitting my wife in on Friday! The temporary crown came loose "
             "tonight though. Should she come in tomorrow morning or wait for the permanent one?\n\n"
             "Ticket ID: 4J2L8 - reply from the LiveChat app\n" % SITE, cte="7bit"),
        fields={"name": "Rajesh Iyer", "email": "rajesh.iyer@example.com",
                "page": SITE + "/en/dental-care/emergency"})

    add("chat_transcript/ch15-crisp-html-fi.eml", "chat_transcript", "fi", M(
        "Crisp <notifications@crisp.example.com>", "Uusi keskustelu: Teemu Hakulinen",
        date=D("2026-11-16 17:18", "+0100"),
        html="<html><body><h3>Keskustelun tallenne</h3>"
             "<p>Yhteyshenkilö: <b>Teemu Hakulinen</b><br>Sähköposti: teemu.hakulinen@example.net<br>"
             "Yritys: Kotkan Kiekko ry<br>Sivu: %s/fi/urheilufysioterapia</p>"
             "<div><b>Teemu Hakulinen</b> – 17:02<p>Moi, meidän juniorijoukkue (U14) tarvis teippauskoulutuksen valmentajille. Onnistuuko?</p></div>"
             "<div><b>Jonne</b> – 17:05<p>Moi Teemu! Onnistuu, 2 h koulutus hallilla tai meillä. Hinta 240 € + teipit.</p></div>"
             "<div><b>Teemu Hakulinen</b> – 17:09<p>Hyvä, laitan sähköpostia päivämääristä.</p></div>"
             "<p style=\"font-size:10px\">Lähetetty Crispillä</p></body></html>" % SITE,
        cte="base64"),
        fields={"name": "Teemu Hakulinen", "email": "teemu.hakulinen@example.net",
                "company": "Kotkan Kiekko ry", "page": SITE + "/fi/urheilufysioterapia"})

    add("chat_transcript/ch16-chatora-nummer-sv.eml", "chat_transcript", "sv", M(
        CHAT, "Chatt med Henrik Åkerblom", date=D("2026-11-17 08:44"),
        text="Chattutskrift\n\nBesökare: Henrik Åkerblom\nE-post: henrik.akerblom@brev.example.org\n"
             "Telefon: +358 50 449 0031\nSida: %s/sv/mina-uppgifter\nStartad: 2026-11-17 08:30 +02:00\n\n"
             "[08:30] Henrik Åkerblom: God morgon. Mitt telefonnummer i era uppgifter är fel, det nya är +358 50 449 0031. Kan ni rätta det?\n"
             "[08:32] Agent Riina: God morgon Henrik! Jag kan inte ändra uppgifter i chatten, men jag för vidare ärendet.\n"
             "[08:33] Henrik Åkerblom: Bra. Och protesen blev fin, tack!\n" % SITE, cte="quoted-printable"),
        requests=["rectification"],
        fields={"name": "Henrik Åkerblom", "email": "henrik.akerblom@brev.example.org",
                "phone": "+358 50 449 0031", "page": SITE + "/sv/mina-uppgifter"})


# ---------------------------------------------------------------- confirmation
def _tok(seed, n=24):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def confirmations():
    t = _tok("conf1")
    add("confirmation/co01-gmail-kylla-fi.eml", "confirmation", "fi", M(
        "Minna Lahtela <minna.lahtela@example.net>",
        "Re: Vahvista uutiskirjeen tilaus [mailbot:%s]" % t, date=D("2026-11-09 20:15"),
        mid="<CAJx8mQ2v3Lh1@mail.example.net>",
        headers=[("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM)),
                 ("References", "<mailbot-confirm.%s@%s>" % (t, DOM)), auth("example.net")],
        text="Kyllä kiitos, haluan tilata uutiskirjeen :)\n\nMinna\n\n"
             "ma 9.11.2026 klo 16.08 KymiKlinikka <%s> kirjoitti:\n\n"
             "> Hei,\n>\n> saimme pyynnön tilata KymiKlinikan uutiskirje Hymy & Liike osoitteeseen\n"
             "> minna.lahtela@example.net. Vahvista tilaus vastaamalla tähän viestiin\n"
             "> \"kyllä\". Jos et pyytänyt tilausta, vastaa \"ei\" tai jätä viesti huomiotta.\n>\n"
             "> Ystävällisin terveisin\n> KymiKlinikka\n" % INFO, cte="8bit"),
        decision="accept")

    t = _tok("conf2", 32)
    add("confirmation/co02-outlook-ei-fi.eml", "confirmation", "fi", M(
        "Vainikka Petri <petri.vainikka@example.net>",
        "VS: Vahvista tietojesi tallentaminen asiakasrekisteriin [mailbot:%s]" % t,
        date=D("2026-11-14 08:02"),
        headers=outlook("co2") + [("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM))],
        text="En halua että tietojani tallennetaan. Kävin vain kerran.\n\nPetri Vainikka\n\n"
             "Lähettäjä: KymiKlinikka <%s>\nLähetetty: perjantai 13. marraskuuta 2026 19.00\n"
             "Vastaanottaja: Vainikka Petri <petri.vainikka@example.net>\n"
             "Aihe: Vahvista tietojesi tallentaminen asiakasrekisteriin [mailbot:%s]\n\n"
             "Hei,\n\nyhteystietosi on lisätty KymiKlinikan asiakasrekisteriin. Vahvista, että "
             "saamme säilyttää tietosi vastaamalla \"kyllä\". Jos et halua tietojasi tallennettavan, "
             "vastaa \"ei\", niin poistamme ne heti. Ilman vastausta tiedot poistetaan 14 päivän kuluttua.\n\n"
             "KymiKlinikka\n" % (INFO, t), cte="quoted-printable"),
        decision="decline")

    t = _tok("conf3", 40)
    add("confirmation/co03-iphone-ja-sv.eml", "confirmation", "sv", M(
        "Ulla Granqvist <ulla.granqvist@example.net>",
        "SV: Bekräfta din identitet [mailbot:%s]" % t, date=D("2026-11-15 10:41"),
        mime_version="1.0 (1.0)",
        headers=[("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM)),
                 ("References", "<mailbot-confirm.%s@%s>" % (t, DOM)),
                 ("X-Mailer", "iPhone Mail (22B91)")],
        text="Ja, det var jag som skickade begäran. Det stämmer.\n\nSkickat från min iPhone\n\n"
             "> 15 nov. 2026 kl. 09:12 skrev KymiKlinikka <%s>:\n>\n"
             "> Hej! Vi har fått en begäran om radering av uppgifter från denna adress.\n"
             "> Bekräfta att det var du genom att svara ja på detta meddelande.\n" % INFO,
        cte="8bit"),
        decision="accept")

    t = _tok("conf4", 24)
    add("confirmation/co04-thunderbird-nej-sv.eml", "confirmation", "sv", M(
        "Göran Ekholm <goran.ekholm@skargard.example.net>",
        "Re: Bekräfta prenumeration på nyhetsbrevet [mailbot:%s]" % t, date=D("2026-11-16 21:30"),
        flowed=True, headers=[("User-Agent", "Mozilla Thunderbird"),
                              ("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM))],
        text="Nej tack. Jag har inte beställt något nyhetsbrev, någon annan måste ha \n"
             "skrivit in min adress.\n\n/Göran\n\n"
             "Den 2026-11-16 kl. 18:02, skrev KymiKlinikka:\n"
             "> Hej, bekräfta prenumerationen på nyhetsbrevet Hymy & Liike genom att \n"
             "> svara \"ja\". Om du inte vill prenumerera, svara \"nej\".\n", cte="8bit"),
        decision="decline")

    t = _tok("conf5", 48)
    add("confirmation/co05-android-yes-en.eml", "confirmation", "en", M(
        "Siobhan Kelly <siobhan.kelly@example.org>",
        "Re: Please confirm your newsletter subscription [mailbot:%s]" % t,
        date=D("2026-11-18 07:03"),
        headers=[("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM)),
                 ("References", "<mailbot-confirm.%s@%s>" % (t, DOM))],
        text="Yes please, sign me up. Thanks\n\nSent from my Galaxy\n\n\n"
             "-------- Original message --------\nFrom: KymiKlinikka <%s>\n"
             "Date: 17/11/2026 19:44 (GMT+02:00)\nTo: siobhan.kelly@example.org\n"
             "Subject: Please confirm your newsletter subscription [mailbot:%s]\n\n"
             "Hello, reply \"yes\" to confirm you want to receive the Hymy & Liike newsletter, "
             "or \"no\" if you did not ask for it.\n" % (INFO, t), cte="7bit"),
        decision="accept")

    t = "Zk3_pQ9-Lm2xR7vT8wY1aB4cD"
    add("confirmation/co06-outlook-no-en.eml", "confirmation", "en", M(
        "Thomas Whitfield <thomas.whitfield@shipco.example.com>",
        "RE: Please confirm: may we keep your contact details? [mailbot:%s]" % t,
        date=D("2026-11-19 11:26", "+0000"),
        headers=outlook("co6", "en") + [("In-Reply-To", "<mailbot-confirm.%s@%s>" % (t, DOM)),
                                        ("References", "<mailbot-confirm.%s@%s>" % (t, DOM))],
        text="No thank you - please don't keep my details on file. Our HR will be the contact "
             "for the occupational physio contract, not me personally.\n\nBest regards,\n"
             "Thomas Whitfield\nOperations Manager | Baltic Ro-Ro Agencies Oy\n\n"
             "From: KymiKlinikka <%s>\nSent: 18 November 2026 17:00\n"
             "To: Thomas Whitfield <thomas.whitfield@shipco.example.com>\n"
             "Subject: Please confirm: may we keep your contact details? [mailbot:%s]\n\n"
             "Hello, we have added your contact details to our customer register. Reply yes to "
             "confirm, or no and we will delete them at once.\n" % (INFO, t),
        html="<html><body><div><p>No thank you - please don't keep my details on file. Our HR will be the contact "
             "for the occupational physio contract, not me personally.</p><p>Best regards,<br>Thomas Whitfield<br>"
             "Operations Manager | Baltic Ro-Ro Agencies Oy</p><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             "<p><b>From:</b> KymiKlinikka &lt;%s&gt;<br><b>Sent:</b> 18 November 2026 17:00<br>"
             "<b>To:</b> Thomas Whitfield &lt;thomas.whitfield@shipco.example.com&gt;<br>"
             "<b>Subject:</b> Please confirm: may we keep your contact details? [mailbot:%s]</p></div>"
             "<p>Hello, we have added your contact details to our customer register. Reply yes to "
             "confirm, or no and we will delete them at once.</p></div></body></html>" % (INFO, t),
        cte="quoted-printable"),
        decision="decline")


# ---------------------------------------------------------------- data_request
def gmid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<CA+%s%s@mail.gmail.example.com>" % (h[:20], h[20:30].upper())


APPLE = [("X-Mailer", "iPhone Mail (22B91)")]
TB = [("User-Agent", "Mozilla Thunderbird")]


def data_requests_fi():
    add("data_request/dr01-rekisteriote-15art-fi.eml", "data_request", "fi", M(
        "Tiainen Marjut <marjut.tiainen@example.org>", "Tietopyyntö / EU:n tietosuoja-asetus 15 artikla",
        date=D("2026-11-02 09:03"),
        pre=[auth("example.org"), rcvd("mail.example.org", "192.0.2.15", D("2026-11-02 09:03"))],
        headers=outlook("dr01"),
        text="Hyvä vastaanottaja,\n\n"
             "pyydän EU:n yleisen tietosuoja-asetuksen (EU 2016/679) 15 artiklan nojalla "
             "pääsyä minua koskeviin henkilötietoihin, joita KymiKlinikka käsittelee asiakas- "
             "ja markkinointirekisterissään, sekä tietoa käsittelyn tarkoituksista, tietolähteistä "
             "ja säilytysajoista.\n\n"
             "Toimittakaa rekisteriote tähän sähköpostiosoitteeseen.\n\n"
             "Ystävällisin terveisin\nMarjut Tiainen\nHamina\n", cte="quoted-printable"),
        requests=["access"])

    add("data_request/dr02-poistakaa-android-fi.eml", "data_request", "fi", M(
        "Ville-Pekka Oksman <vp.oksman@example.com>", "tietojen poisto",
        date=D("2026-11-02 22:41"), pre=[auth("example.com", False)],
        text="moi\n\npoistakaa mun tiedot teidan rekisterista, en oo asiakkaana enaa. ja puhelinnumero "
             "myos pois kaikista listoista\n\nvp\n\nLähetetty Android-puhelimesta\n", cte="8bit"),
        requests=["erasure"])

    add("data_request/dr03-uutiskirje-iphone-fi.eml", "data_request", "fi", M(
        "Helka Juvonen <helka.juvonen@example.org>", "Uutiskirje", date=D("2026-11-03 07:12"),
        mime_version="1.0 (1.0)", headers=APPLE,
        text="Hei! En halua enää saada Hymy & Liike -uutiskirjettä, voitteko lopettaa sen "
             "lähettämisen minulle? Ajanvarausmuistutukset saa tulla edelleen.\n\n"
             "Terv. Helka\n\nLähetetty iPhonesta\n", cte="quoted-printable"),
        requests=["unsubscribe"])

    add("data_request/dr04-listunsub-gmail-fi.eml", "data_request", "fi", M(
        "Leena Kuusisto <leena.kuusisto@example.net>", "unsubscribe",
        to="uutiskirje@kymiklinikka.example.com", date=D("2026-11-03 18:20"),
        mid=gmid("dr04"), pre=[auth("example.net")],
        text="Tämän viestin loi Gmail automaattisesti, kun käyttäjä peruutti postituslistan tilauksen.\n",
        cte="8bit"),
        requests=["unsubscribe"])

    add("data_request/dr05-osoitteenmuutos-tb-fi.eml", "data_request", "fi", M(
        "Jarmo Kettunen <jarmo.kettunen@posti.example.net>", "Osoitteenmuutos", date=D("2026-11-04 19:52"),
        flowed=True, headers=TB, pre=[auth("posti.example.net")],
        text="Hei,\n\nmuutin lokakuussa, joten päivittäkää osoitetietoni. Uusi osoite:\n\n"
             "Jarmo Kettunen\nKirkkokatu 14 B 9\n48100 Kotka\n\n"
             "Vanha osoite (Karhulantie) voi poistaa. Laskut ja kutsukirjeet uuteen \n"
             "osoitteeseen kiitos.\n\n-- \nJarmo\n", cte="8bit"),
        requests=["rectification"])

    add("data_request/dr06-lapsen-tiedot-fi.eml", "data_request", "fi", M(
        "Riikka Salmivaara <riikka.salmivaara@example.com>", "Poikani tiedot", date=D("2026-11-05 12:10"),
        mid=gmid("dr06"), pre=[auth("example.com")],
        text="Hei,\n\nolen 11-vuotiaan poikani Eliaksen huoltaja. Pyytäisin nähtäväksi kaikki "
             "tiedot, jotka teillä on hänestä tallennettuna (yhteystiedot, käynnit, "
             "mahdolliset markkinointiluvat). Hän on käynyt Karhulassa hammaslääkärillä "
             "kahdesti tänä vuonna.\n\nVoitteko lähettää tiedot minulle sähköpostilla?\n\n"
             "Riikka Salmivaara\n", cte="8bit"),
        requests=["access"])

    add("data_request/dr07-entinen-tyontekija-fi.eml", "data_request", "fi", M(
        "Outi Vesterinen <outi.vesterinen@example.net>", "Työsuhteen tiedot", date=D("2026-11-05 20:33"),
        mid=gmid("dr07"),
        text="Hei Heikki ja muut,\n\nolin teillä suuhygienistinä 2021–2024 Haminan toimipisteessä. "
             "Tarvitsisin kopion palkkatiedoistani ja työsuhdetiedoistani, joita "
             "henkilöstörekisterissänne on (palkkalaskelmat, lomapäivät, verokortti­tiedot), "
             "koska selvitän eläkekertymää. Samalla haluaisin tietää, onko tilinumeroni "
             "vielä tallessa – jos on, sen voi poistaa.\n\nKiitos!\nOuti Vesterinen\n", cte="8bit"),
        requests=["personnel"])

    add("data_request/dr08-ote-ja-poisto-fi.eml", "data_request", "fi", M(
        "Anssi Pöllänen <anssi.pollanen@example.org>", "Tiedot ja niiden poistaminen",
        date=D("2026-11-06 08:45"), pre=[auth("example.org")],
        text="Hyvä KymiKlinikka,\n\nlähettäkää minulle ensin ote kaikista minusta tallennetuista "
             "tiedoista. Kun olen saanut sen, pyydän poistamaan tietoni asiakas- ja "
             "uutiskirjerekisteristä.\n\nTerveisin\nAnssi Pöllänen\n", cte="quoted-printable"),
        requests=["access", "erasure"])

    add("data_request/dr09-ei-puheluita-fi.eml", "data_request", "fi", M(
        "Satu Ylä-Kotola <satu.yla-kotola@example.com>", "Markkinointipuhelut", date=D("2026-11-06 16:02"),
        headers=outlook("dr09"),
        text="Hei,\n\nteiltä on soitettu minulle kahdesti tällä viikolla ja tarjottu "
             "hammasvalkaisua. En halua markkinointipuheluita enkä tekstiviestejä. Kieltän "
             "tietojeni käytön suoramarkkinointiin. Tietoja ei tarvitse poistaa, käyn "
             "edelleen fysioterapiassa.\n\nSatu Ylä-Kotola\n", cte="8bit"),
        requests=["objection"])

    add("data_request/dr10-tilaan-uutiskirjeen-fi.eml", "data_request", "fi", M(
        "Aino Rantakari <aino.rantakari@example.net>", "Uutiskirjeen tilaus", date=D("2026-11-07 10:30"),
        mid=gmid("dr10"),
        text="Moikka,\n\nnäin vastaanotolla mainoksen uutiskirjeestä, jossa on jumppaohjeita. "
             "Laittakaa minut tilaajaksi, tällä osoitteella.\n\nAino\n", cte="8bit"),
        requests=["subscribe"])

    add("data_request/dr11-html-webmail-poisto-fi.eml", "data_request", "fi", M(
        "Tuula Hyvärinen <tuula.hyvarinen@example.com>", "Henkilötietojeni poistaminen",
        date=D("2026-11-08 13:14"),
        headers=[("X-Mailer", "Roundcube Webmail/1.6.9")],
        html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
             "<body style=\"font-family:Verdana,Geneva,sans-serif\"><p>Hei,</p>"
             "<p>pyydän henkilötietojeni poistamista kaikista rekistereistänne. "
             "Olen ollut asiakkaananne vuosina 2015&ndash;2020, eikä minulla ole enää asiointia kanssanne.</p>"
             "<p>Pyydän vahvistusta, kun tietojeni poistaminen on tehty.</p>"
             "<p>Ystävällisesti<br>Tuula Hyvärinen</p></body></html>", cte="quoted-printable"),
        requests=["erasure"])

    add("data_request/dr12-mista-sait-fi.eml", "data_request", "fi", M(
        "Petri Vainikka <petri.vainikka@example.net>", "Mistä olette saaneet osoitteeni?",
        date=D("2026-11-08 20:05"), mid=gmid("dr12"),
        text="Sain teiltä kirjeen \"Tervetuloa hymyilemään\" vaikka en ole koskaan asioinut "
             "hammaslääkärillänne. Mistä olette saaneet nimeni ja osoitteeni, ja mitä muuta "
             "tietoa minusta on? Haluan selvityksen.\n\nP. Vainikka\n", cte="8bit"),
        requests=["access"])

    add("data_request/dr13-vastaus-muistutukseen-fi.eml", "data_request", "fi", M(
        "Kettunen Jarmo <jarmo.kettunen@posti.example.net>",
        "VS: Muistutus: hammastarkastus 12.11. klo 8.00", date=D("2026-11-09 07:30"),
        headers=outlook("dr13"),
        text="Kiitos muistutuksesta, tulen paikalle.\n\nSamalla: voisitteko ottaa minut pois "
             "uutiskirjeen postituslistalta? Tarjousmainoksia tulee liikaa.\n\nJarmo\n\n"
             "Lähettäjä: KymiKlinikka Ajanvaraus <noreply@ajanvaraus.example.net>\n"
             "Lähetetty: sunnuntai 8. marraskuuta 2026 18.00\n"
             "Vastaanottaja: Kettunen Jarmo <jarmo.kettunen@posti.example.net>\n"
             "Aihe: Muistutus: hammastarkastus 12.11. klo 8.00\n\n"
             "Hei Jarmo,\n\nmuistutamme ajastasi: hammastarkastus to 12.11.2026 klo 8.00, "
             "KymiKlinikka Kotka, Keskuskatu 12.\n\nJos et pääse, peru aika viimeistään 24 h "
             "ennen osoitteessa %s.\n" % BOOK, cte="quoted-printable"),
        requests=["unsubscribe"])

    add("data_request/dr14-rontgenkuvat-fi.eml", "data_request", "fi", M(
        "Eero Kangaskorpi <eero.kangaskorpi@example.org>", "Röntgenkuvat ja hoitotiedot",
        date=D("2026-11-10 11:11"), pre=[auth("example.org")],
        text="Hei,\n\npyydän kopiot kaikista röntgenkuvistani ja hoitomerkinnöistäni vuosilta "
             "2019–2024. Olen vaihtamassa hammaslääkäriä Helsinkiin ja haluan toimittaa ne "
             "itse uudelle hoitajalle. Sähköinen muoto (PDF / DICOM) käy hyvin.\n\n"
             "Eero Kangaskorpi\n", cte="8bit"),
        requests=["access"])

    add("data_request/dr15-henkilostorekisteri-fi.eml", "data_request", "fi", M(
        "Jonne Pesonen <jonne.pesonen@kymiklinikka.example.com>", "Omat tiedot henkilöstörekisterissä",
        date=D("2026-11-10 15:48"), headers=outlook("dr15"),
        text="Moi,\n\nvoisinko saada nähtäväksi mitä tietoja minusta on henkilöstörekisterissä? "
             "Vaihdoin pankkia ja haluan varmistaa, että palkka menee uudelle tilille, ja "
             "samalla katsoa että lomakirjanpito täsmää.\n\nJonne\nFysioterapeutti, KymiKlinikka Karhula\n",
        cte="8bit"),
        requests=["personnel"])

    add("data_request/dr16-nimenmuutos-latin1-fi.eml", "data_request", "fi", M(
        "Kaisu Pelttari-Aho <kaisu.pelttari@example.org>", "Nimen ja puhelinnumeron muutos",
        date=D("2026-11-11 09:09"), charset="iso-8859-1", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
        text="Hei!\n\nNimeni on muuttunut: Kaisu Pelttari -> Kaisu Pelttari-Aho. Uusi "
             "puhelinnumeroni on 040 122 8841. Pyydän korjaamaan nämä tiedot "
             "asiakastietoihini.\n\nTerveisin\nKaisu Pelttari-Aho\n"),
        requests=["rectification"])

    add("data_request/dr17-profilointi-fi.eml", "data_request", "fi", M(
        "Oskari Nieminen <oskari.nieminen@example.net>",
        "Vastustan tietojeni käsittelyä (tietosuoja-asetuksen 21 art.)", date=D("2026-11-11 21:40"),
        mid=gmid("dr17"), pre=[auth("example.net")],
        text="Hei,\n\nvastustan henkilötietojeni käyttöä profilointiin ja kohdennettuun "
             "markkinointiin (mm. verkkokaupan ostohistorian perusteella lähetettävät tarjoukset). "
             "En pyydä tietojeni poistamista, mutta käsittely markkinointitarkoituksiin on "
             "lopetettava.\n\nOskari Nieminen\n", cte="8bit"),
        requests=["objection"])

    add("data_request/dr18-poisto-ja-uutiskirje-typo-fi.eml", "data_request", "fi", M(
        "marjatta.lehtonen@kotiposti.example.com", "TIEDOT POIS", date=D("2026-11-12 06:58"),
        text="hei poistakaa tetoni teidän kaikista rekistereistä ja lopettakaa se uutiskirje "
             "joka tulee joka kuu. en oo tilannu sitä.\nmarjatta lehtonen\n", cte="8bit"),
        requests=["erasure", "unsubscribe"])

    add("data_request/dr19-aidin-puolesta-fi.eml", "data_request", "fi", M(
        "Hannu Lehtinen <hannu.lehtinen@example.com>", "Äitini Aili Lehtisen tiedot",
        date=D("2026-11-12 14:26"), headers=outlook("dr19"),
        text="Hei,\n\nolen äitini Aili Lehtisen (s. 1938) edunvalvoja, valtakirja liitteenä. "
             "Äiti on siirtynyt hoivakotiin eikä enää asioi teillä. Pyydän poistamaan hänen "
             "tietonsa asiakas- ja markkinointirekisteristänne; postia tulee yhä hänen vanhaan "
             "osoitteeseensa.\n\nHannu Lehtinen\n",
        attachments=[(b"%PDF-1.4\n% valtakirja placeholder\n%%EOF\n", "application", "pdf",
                      "valtakirja_Lehtinen.pdf")], cte="8bit"),
        requests=["erasure"])

    add("data_request/dr20-oikaisuvaatimus-fi.eml", "data_request", "fi", M(
        "Minna Lahtela <minna.lahtela@example.net>",
        "Oikaisuvaatimus, tietosuoja-asetus 16 artikla", date=D("2026-11-13 10:02"),
        pre=[auth("example.net")], headers=outlook("dr20"),
        text="Hyvä rekisterinpitäjä,\n\nesitän tietosuoja-asetuksen 16 artiklan mukaisen "
             "vaatimuksen virheellisten henkilötietojen oikaisemisesta. Asiakastiedoissani "
             "syntymäaika on väärin (merkitty 12.3.1984, oikea 21.3.1984) ja sähköpostiosoite "
             "kirjoitettu muotoon minna.lahtela@example.com, oikea on minna.lahtela@example.net.\n\n"
             "Pyydän vahvistusta tehdyistä korjauksista.\n\nMinna Lahtela\n", cte="quoted-printable"),
        requests=["rectification"])

    add("data_request/dr21-siirto-base64-fi.eml", "data_request", "fi", M(
        "Hakulinen Teemu <teemu.hakulinen@example.net>", "Tietojen siirto (20 art.)",
        date=D("2026-11-14 12:40"), headers=outlook("dr21"), cte="base64",
        text="Hei,\n\npyydän saada minua koskevat henkilötiedot (yhteystiedot, ostohistoria "
             "verkkokaupasta, ajanvarausten historia) jäsennellyssä, koneluettavassa muodossa "
             "tietosuoja-asetuksen 20 artiklan mukaisesti.\n\nKiitos\nTeemu Hakulinen\n"),
        requests=["access"])

    add("data_request/dr22-vain-otsikko-fi.eml", "data_request", "fi", M(
        "Hyvönen Aarne <aarne.hyvonen@example.org>", "Poistakaa minut postituslistaltanne",
        date=D("2026-11-15 17:17"),
        text="\n\n--\nAarne Hyvönen\nPuh. 040 555 0102\n", cte="8bit"),
        requests=["unsubscribe"])



def data_requests_sv():
    add("data_request/dr23-registerutdrag-sv.eml", "data_request", "sv", M(
        "Birgitta Holmström <birgitta.holmstrom@example.com>", "Begäran om registerutdrag",
        date=D("2026-11-02 11:30"), pre=[auth("example.com")], headers=outlook("dr23", "sv"),
        text="Hej,\n\nmed stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag ett "
             "registerutdrag över de personuppgifter som KymiKlinikka behandlar om mig, "
             "inklusive ändamålen med behandlingen och varifrån uppgifterna har hämtats.\n\n"
             "Vänliga hälsningar\nBirgitta Holmström\n", cte="quoted-printable"),
        requests=["access"])

    add("data_request/dr24-radera-iphone-sv.eml", "data_request", "sv", M(
        "Tove Strandberg <tove.strandberg@example.com>", "Radera mina uppgifter",
        date=D("2026-11-03 21:02"), mime_version="1.0 (1.0)", headers=APPLE,
        text="Hej! Jag har bestämt mig för att inte göra tandblekningen ändå. Var snälla och "
             "radera mina uppgifter från er.\n\nTove\n\nSkickat från min iPhone\n", cte="8bit"),
        requests=["erasure"])

    add("data_request/dr25-avsluta-nyhetsbrev-sv.eml", "data_request", "sv", M(
        "Sundell Johan <johan.sundell@example.org>", "Avsluta nyhetsbrevet", date=D("2026-11-04 08:15"),
        headers=outlook("dr25", "sv"),
        text="Hej,\n\njag vill avsluta prenumerationen på ert nyhetsbrev. Länken längst ner i "
             "brevet fungerar inte (sidan ger fel 404).\n\nMed vänlig hälsning\nJohan Sundell\n",
        cte="8bit"),
        requests=["unsubscribe"])

    add("data_request/dr26-ny-adress-sv.eml", "data_request", "sv", M(
        "Maria Backman <maria.backman@example.org>", "Ändring av kontaktuppgifter",
        date=D("2026-11-05 14:44"), mid=gmid("dr26"),
        text="Hej,\n\nkan ni rätta mina kontaktuppgifter? Min e-post är nu "
             "maria.backman@example.org (den gamla på bageriets domän används inte längre) "
             "och adressen är Kyrkogatan 3 A 2, 49400 Fredrikshamn.\n\nTack!\nMaria Backman\n",
        cte="8bit"),
        requests=["rectification"])

    add("data_request/dr27-tidigare-anstalld-sv.eml", "data_request", "sv", M(
        "Annika Sjöberg <annika.sjoberg@example.net>", "Mina uppgifter i personalregistret",
        date=D("2026-11-06 10:06"), mid=gmid("dr27"),
        text="Hej Heikki,\n\njag slutade på KymiKlinikka i augusti. Enligt GDPR vill jag veta "
             "vilka uppgifter om mig som fortfarande finns i personalregistret (löneuppgifter, "
             "kontonummer, personbeteckning) och hur länge ni sparar dem.\n\n"
             "Hälsningar\nAnnika Sjöberg\n", cte="quoted-printable"),
        requests=["personnel"])

    add("data_request/dr28-kopia-sedan-radera-sv.eml", "data_request", "sv", M(
        "Fredrik Lindqvist <fredrik.lindqvist@example.org>", "Mina personuppgifter",
        date=D("2026-11-07 09:50"), pre=[auth("example.org")], headers=TB, flowed=True,
        text="Hej,\n\nskicka mig en kopia av alla personuppgifter ni har om mig. Efter det \n"
             "vill jag att ni raderar allt som inte måste sparas enligt lag.\n\n"
             "Fredrik Lindqvist\n", cte="8bit"),
        requests=["access", "erasure"])

    add("data_request/dr29-ring-inte-sv.eml", "data_request", "sv", M(
        "Göran Ekholm <goran.ekholm@skargard.example.net>", "Telefonförsäljning",
        date=D("2026-11-08 12:00"),
        text="Hej. Någon från er ringde igen och erbjöd \"hälsopaket\". Jag motsätter mig all "
             "direktmarknadsföring till mig per telefon och sms. Ni får ha kvar mina uppgifter "
             "för tidsbokningen, men kontakta mig inte i reklamsyfte.\n/G. Ekholm\n", cte="8bit"),
        requests=["objection"])

    add("data_request/dr30-prenumerera-sv.eml", "data_request", "sv", M(
        "Linnéa Forsman <linnea.forsman@example.com>", "Nyhetsbrev på svenska?",
        date=D("2026-11-09 19:20"), mid=gmid("dr30"),
        text="Hej! Jag vill gärna prenumerera på ert nyhetsbrev, helst den svenska versionen "
             "om en sådan finns. Lägg till min adress, tack.\n\nLinnéa\n", cte="8bit"),
        requests=["subscribe"])

    add("data_request/dr31-dotter-radera-sv.eml", "data_request", "sv", M(
        "Camilla Nyberg <camilla.nyberg@kotinet.example.org>", "min dotters uppgifter",
        date=D("2026-11-10 22:10"), pre=[auth("kotinet.example.org")],
        text="hej\nmin dotter Ella (15) fick ett reklam sms fran er om tandblekning!! hon ar "
             "minderarig och har aldrig gett nagot samtycke. radera hennes uppgifter ur "
             "ert marknadsforingsregister omedelbart. jag ar vardnadshavare.\nCamilla Nyberg\n",
        cte="7bit"),
        requests=["erasure"])

    add("data_request/dr32-varifran-html-sv.eml", "data_request", "sv", M(
        "Kristoffer Wikström <kristoffer.wikstrom@example.net>", "Varifrån har ni mina uppgifter?",
        date=D("2026-11-11 08:33"),
        html="<html><body><div>Hej,</div><div><br></div>"
             "<div>jag fick ett brev från er adresserat till mig personligen, men jag har aldrig "
             "varit kund. Varifrån har ni fått mina uppgifter och vilka uppgifter om mig har ni "
             "sparat? Skicka mig ett utdrag.</div><div><br></div>"
             "<div>Kristoffer Wikström</div></body></html>", cte="quoted-printable"),
        requests=["access"])

    add("data_request/dr33-listunsub-outlook-sv.eml", "data_request", "sv", M(
        "Agneta Söderlund <agneta.soderlund@example.com>", "avregistrera",
        to="uutiskirje@kymiklinikka.example.com", date=D("2026-11-12 15:01"),
        headers=outlook("dr33", "sv"),
        text="Avregistrera agneta.soderlund@example.com från nyhetsbrevet Hymy & Liike.\n", cte="8bit"),
        requests=["unsubscribe"])

    add("data_request/dr34-sluta-ovan-citat-sv.eml", "data_request", "sv", M(
        "Ulla Granqvist <ulla.granqvist@example.net>", "Sv: Hymy & Liike – november: nya gruppträningar",
        date=D("2026-11-13 07:48"), mid=gmid("dr34"),
        text="Sluta kontakta mig. Jag har redan sagt att jag inte är er kund längre. "
             "Och ta bort mig ur registret också!\n\n"
             "Den fre 13 nov. 2026 kl 06:00 skrev KymiKlinikka <uutiskirje@kymiklinikka.example.com>:\n\n"
             "> Hej!\n> I november startar nya grupper i nackgympa och pilates i Karhula.\n"
             "> Anmäl dig via tidsbokningen.\n>\n"
             "> Om du inte längre vill få nyhetsbrevet kan du avsluta prenumerationen här.\n",
        cte="8bit"),
        requests=["objection", "erasure"])

    add("data_request/dr35-ratta-och-avsluta-cp1252-sv.eml", "data_request", "sv", M(
        "Henrik Åkerblom <henrik.akerblom@brev.example.org>", "Rättelse + nyhetsbrev",
        date=D("2026-11-14 11:22"), charset="windows-1252", cte="quoted-printable",
        headers=outlook("dr35", "sv"),
        text="Hej,\n\n1) Mitt efternamn är felstavat i era utskick – det ska vara Åkerblom, inte "
             "Akerblom. Rätta det i ert register.\n"
             "2) Jag vill inte längre ha nyhetsbrevet, avsluta det.\n\n"
             "Med vänliga hälsningar\nHenrik Åkerblom\n"),
        requests=["rectification", "unsubscribe"])


def data_requests_en():
    add("data_request/dr36-sar-formal-en.eml", "data_request", "en", M(
        "Daniel O'Hara <daniel.ohara@example.net>", "Subject Access Request - Article 15 GDPR",
        date=D("2026-11-02 14:05", "+0000"), pre=[auth("example.net")], headers=outlook("dr36", "en"),
        text="Dear Data Protection Officer,\n\n"
             "I am writing to make a subject access request under Article 15 of the General Data "
             "Protection Regulation. Please provide me with a copy of all personal data you hold "
             "about me, together with the purposes of processing, the recipients, the retention "
             "period and the source of the data.\n\n"
             "I understand you have one month to respond.\n\nYours faithfully,\nDaniel O'Hara\n",
        cte="7bit"),
        requests=["access"])

    add("data_request/dr37-right-to-be-forgotten-en.eml", "data_request", "en", M(
        "Ana Costa <ana.costa@correio.example.com>", "Request for erasure (Art. 17 GDPR)",
        date=D("2026-11-03 09:40", "+0000"), mid=gmid("dr37"),
        text="Hello,\n\nunder Article 17 GDPR (\"right to be forgotten\") I ask you to erase all "
             "personal data concerning me without undue delay. I have decided not to book a "
             "cleaning with you after all.\n\nPlease confirm once this is done.\n\nAna Costa\n",
        cte="7bit"),
        requests=["erasure"])

    add("data_request/dr38-listunsub-gmail-en.eml", "data_request", "en", M(
        "Grace Okafor <grace.okafor@example.org>", "Unsubscribe",
        to="uutiskirje@kymiklinikka.example.com", date=D("2026-11-04 13:13", "+0000"),
        mid=gmid("dr38"), pre=[auth("example.org")],
        text="This message was automatically generated by Gmail.\n", cte="7bit"),
        requests=["unsubscribe"])

    add("data_request/dr39-name-misspelled-en.eml", "data_request", "en", M(
        "Siobhan Kelly <siobhan.kelly@example.org>", "Wrong name in your system",
        date=D("2026-11-05 18:18"), mime_version="1.0 (1.0)", headers=APPLE,
        text="Hi,\n\nmy name is spelled \"Shiobhan Kelley\" on my booking confirmations and "
             "receipts. Could you please correct it to Siobhan Kelly? My insurance is picky "
             "about the name matching.\n\nThanks,\nSiobhan\n\nSent from my iPhone\n", cte="7bit"),
        requests=["rectification"])

    add("data_request/dr40-profiling-objection-en.eml", "data_request", "en", M(
        "Rajesh Iyer <rajesh.iyer@example.com>", "Objection to profiling",
        date=D("2026-11-06 07:50", "+0000"), pre=[auth("example.com")],
        text="Hello,\n\nI noticed your webshop recommends products based on my dental visits. "
             "I object, under Article 21 GDPR, to the use of my data for profiling and "
             "direct marketing. Please stop processing my data for those purposes. You can "
             "keep my patient details for appointments.\n\nRegards,\nRajesh Iyer\n", cte="7bit"),
        requests=["objection"])

    add("data_request/dr41-former-summer-employee-en.eml", "data_request", "en", M(
        "Yuki Tanaka <yuki.tanaka@example.org>", "My employment data (summer 2025)",
        date=D("2026-11-07 16:35", "+0530"), mid=gmid("dr41"),
        text="Dear Mr Rautio,\n\nI worked as a summer receptionist at your Kotka clinic in 2025. "
             "For my visa application I need a copy of the data you keep about me in your "
             "personnel records: employment dates, salary slips and the tax card information. "
             "Could you send them, or tell me who handles the personnel register?\n\n"
             "Kind regards,\nYuki Tanaka\n", cte="7bit"),
        requests=["personnel"])

    add("data_request/dr42-add-me-newsletter-en.eml", "data_request", "en", M(
        "Lukas Becker <lukas.becker@logistik.example.com>", "Newsletter in English?",
        date=D("2026-11-08 10:10", "+0100"), headers=outlook("dr42", "en"),
        text="Hello,\n\nplease add me to your newsletter mailing list. If there is an English "
             "edition I'd prefer that, but Finnish is OK too - good for practising.\n\n"
             "Best regards\nLukas Becker\n", cte="7bit"),
        requests=["subscribe"])

    add("data_request/dr43-son-records-en.eml", "data_request", "en", M(
        "Olga Petrova <olga.petrova@example.org>", "Data about my son",
        date=D("2026-11-09 12:25"), mid=gmid("dr43"),
        text="Hello,\n\nI am the mother of Mikhail Petrov (9 years old), who has been treated at "
             "your Hamina clinic. As his legal guardian I would like to receive a copy of all "
             "the personal data you have stored about him, including visit history.\n\n"
             "Thank you,\nOlga Petrova\n", cte="7bit"),
        requests=["access"])

    add("data_request/dr44-three-requests-en.eml", "data_request", "en", M(
        "Mark Jennings <mark.jennings@example.org>", "My data - three things",
        date=D("2026-11-10 20:20", "+0000"), pre=[auth("example.org")], headers=TB, flowed=True,
        text="Hi,\n\nthree things please:\n\n"
             "1. Tell me what personal data you hold about me.\n"
             "2. Correct my postal address - it should be Satamakatu 7 C 21, 49400 Hamina \n"
             "(you still have my old Kotka one).\n"
             "3. Stop sending me marketing, both e-mail and SMS. Appointment reminders are fine.\n\n"
             "Cheers,\nMark\n", cte="7bit"),
        requests=["access", "rectification", "objection"])

    add("data_request/dr45-pls-remove-html-en.eml", "data_request", "en", M(
        "ahmed.saleh@example.net", "mailing list",
        date=D("2026-11-11 23:59"),
        html="<div dir=\"ltr\">pls remove me from ur mailing list, thx</div>", cte="7bit"),
        requests=["unsubscribe"])

    add("data_request/dr46-above-quoted-invoice-en.eml", "data_request", "en", M(
        "Emily Carter <emily.carter@example.com>", "Re: Your invoice 2026-1187",
        date=D("2026-11-12 09:14", "+0000"), mid=gmid("dr46"),
        text="Hi,\n\nthe invoice is now paid (reference 11870). As I'm moving back to Canada next "
             "month, please delete all my personal data from your systems once the payment "
             "has cleared - I won't be a patient anymore.\n\nBest,\nEmily\n\n"
             "On Mon, 9 Nov 2026 at 10:02, KymiKlinikka Laskutus <laskutus@kymiklinikka.example.com> wrote:\n\n"
             "> Hello Emily,\n>\n> please find attached invoice 2026-1187 for your visit on 30 October.\n"
             "> Due date 23 November 2026.\n>\n> Kind regards,\n> KymiKlinikka billing\n", cte="7bit"),
        requests=["erasure"])

    add("data_request/dr47-where-did-you-get-en.eml", "data_request", "en", M(
        "Priya Raman <priya.raman@example.net>", "Where did you get my number??",
        date=D("2026-11-13 13:30", "+0000"), pre=[auth("example.net")],
        text="I just got an SMS advertising your \"corporate wellness week\" to my work phone. "
             "Where did you get this number and what else do you have on me? And don't contact "
             "me on that number again.\n\nPriya Raman\n", cte="7bit"),
        requests=["access", "objection"])

    add("data_request/dr48-father-phone-en.eml", "data_request", "en", M(
        "Thomas Whitfield <t.whitfield@home.example.net>", "Update phone number for my father",
        date=D("2026-11-14 08:08", "+0000"), mid=gmid("dr48"),
        text="Hello,\n\nmy father Robert Whitfield (visiting from the UK, physio patient in Kotka) "
             "has a new Finnish prepaid number: 041 300 2020. I have power of attorney for him. "
             "Please update his contact details so your reminders reach him.\n\n"
             "Thanks, Thomas Whitfield\n", cte="7bit"),
        requests=["rectification"])

    add("data_request/dr49-personnel-file-en.eml", "data_request", "en", M(
        "Grace Mensah <grace.mensah@kymiklinikka.example.com>", "Copy of my personnel file",
        date=D("2026-11-15 12:12"), headers=outlook("dr49", "en"),
        text="Hi Heikki,\n\ncould I get a copy of my personnel file - contract, salary information "
             "and whatever else HR keeps on me? I'm applying for a mortgage and the bank asked "
             "for an employment certificate too.\n\nThanks!\nGrace\nPhysiotherapist, Hamina\n",
        cte="7bit"),
        requests=["personnel"])

    add("data_request/dr50-restrict-art18-en.eml", "data_request", "en", M(
        "Lukas Becker <lukas.becker@logistik.example.com>",
        "Restriction of processing (Art. 18 GDPR)", date=D("2026-11-16 09:30", "+0100"),
        pre=[auth("logistik.example.com")], headers=outlook("dr50", "en"),
        text="Dear Sir or Madam,\n\nI have complained to your CEO about how my details ended up on "
             "your corporate mailing list. Under Article 18 GDPR I request that you restrict "
             "the processing of my personal data until the matter is resolved. Do not use it "
             "for any marketing in the meantime.\n\nKind regards,\nLukas Becker\n", cte="7bit"),
        requests=["objection"])


# ------------------------------------------------------------------- automatic
def h2047(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def a2047(s):
    name, addr = parseaddr(s)
    return formataddr((name, addr), charset="utf-8") if name else addr


def dsn(frm, subject, date, mid, human, mta, rcpt, action, status, diag, orig,
        extra_headers="", human_ct="text/plain; charset=us-ascii", human_cte="7bit",
        orig_ct="message/rfc822", arrival=None):
    b = "=_dsn_" + hashlib.md5(mid.encode()).hexdigest()[:14]
    per_msg = "Reporting-MTA: dns; %s\n" % mta
    if arrival:
        per_msg += "Arrival-Date: %s\n" % arrival
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n"
            "This is a MIME-encapsulated message.\n\n"
            "--%s\nContent-Description: Notification\nContent-Type: %s\n"
            "Content-Transfer-Encoding: %s\n\n%s\n"
            "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "%s\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\n"
            "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n\n"
            "--%s\nContent-Description: Undelivered Message\nContent-Type: %s\n\n%s\n"
            "--%s--\n") % (frm, INFO, subject, date, mid, extra_headers, b, b, human_ct,
                           human_cte, human, b, per_msg, rcpt, rcpt, action, status,
                           rcpt.split("@")[1], diag, b, orig_ct, orig, b)


def ical_reply(frm, subject, date, mid, text, who, cn, summary, start, partstat, uid, lang_hdr=""):
    b = "=_cal_" + hashlib.md5(mid.encode()).hexdigest()[:14]
    cal = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n"
           "BEGIN:VEVENT\nATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s\nSUMMARY:%s\n"
           "DTSTART;TZID=FLE Standard Time:%s\nUID:%s\nDTSTAMP:20261101T080000Z\n"
           "ORGANIZER;CN=KymiKlinikka:mailto:info@%s\nEND:VEVENT\nEND:VCALENDAR\n"
           % (partstat, cn, who, summary, start, uid, DOM))
    return ("From: %s\nTo: KymiKlinikka <info@%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s"
            "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n--%s--\n") % (
        a2047(frm), DOM, h2047(subject), date, mid, lang_hdr, b, b, text, b, cal, b)


def automatic():
    add("automatic/au01-postfix-bounce-en.eml", "automatic", "en", dsn(
        "MAILER-DAEMON@mx1.kymiklinikka.example.com (Mail Delivery System)",
        "Undelivered Mail Returned to Sender", D("2026-11-02 10:40"),
        "<20261102084001.7D1A23C0A4@mx1.kymiklinikka.example.com>",
        "This is the mail system at host mx1.kymiklinikka.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<helka.juvonen@old.example.org>: host mx.old.example.org[198.51.100.9] said:\n"
        "    550 5.1.1 <helka.juvonen@old.example.org>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
        "mx1.kymiklinikka.example.com", "helka.juvonen@old.example.org", "failed", "5.1.1",
        "550 5.1.1 <helka.juvonen@old.example.org>: Recipient address rejected: User unknown",
        "From: KymiKlinikka <info@kymiklinikka.example.com>\nTo: helka.juvonen@old.example.org\n"
        "Subject: Kiitos yhteydenotostasi\nDate: Mon, 02 Nov 2026 10:39:58 +0200\n"
        "Message-ID: <ack.5521@kymiklinikka.example.com>\nAuto-Submitted: auto-replied\n\n"
        "Hei, kiitos viestistäsi. Vastaamme kahden arkipäivän kuluessa.\n",
        arrival=D("2026-11-02 10:39")))

    add("automatic/au02-exchange-ndr-fi.eml", "automatic", "fi", dsn(
        "postmaster@kotkanposti.example.com",
        "=?utf-8?q?Toimittamaton=3A_Vastaus_tietopyynt=C3=B6=C3=B6si?=", D("2026-11-03 14:02"),
        "<f3a9c1e2-77aa-4bd1-9e11-0c2d6e1f55aa@kotkanposti.example.com>",
        "Toimitus seuraaville vastaanottajille tai ryhmille epäonnistui:\n\n"
        "jari.kolehmainen@kotkanposti.example.com\n"
        "Vastaanottajan postilaatikko on täynnä eikä se voi vastaanottaa viestejä juuri nyt. "
        "Yritä lähettää viesti myöhemmin uudelleen tai ota yhteyttä vastaanottajaan muulla tavalla.\n\n"
        "Järjestelmänvalvojien diagnostiikkatiedot:\n\nPalvelin: EXCH02.kotkanposti.example.com\n"
        "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n",
        "EXCH02.kotkanposti.example.com", "jari.kolehmainen@kotkanposti.example.com", "failed",
        "5.2.2", "554 5.2.2 mailbox full",
        "From: KymiKlinikka <info@kymiklinikka.example.com>\n"
        "To: jari.kolehmainen@kotkanposti.example.com\n"
        "Subject: =?utf-8?q?Vastaus_tietopyynt=C3=B6=C3=B6si?=\n"
        "Date: Tue, 03 Nov 2026 14:01:40 +0200\nMessage-ID: <reply.5530@kymiklinikka.example.com>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hei, liitteenä rekisteriote, jota pyysit. Voit pyytää tietojesi korjaamista "
        "tai poistamista vastaamalla tähän viestiin.\n",
        extra_headers="Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n",
        human_ct="text/plain; charset=\"utf-8\"", human_cte="8bit"))

    add("automatic/au03-exim-bounce-deletion-en.eml", "automatic", "en", dsn(
        "Mail Delivery System <Mailer-Daemon@mail.example.net>",
        "Mail delivery failed: returning message to sender", D("2026-11-04 09:16", "+0000"),
        "<E1vQx2A-0004Kd-3M@mail.example.net>",
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  sam.whitlock@example.net\n    host mail.example.net [203.0.113.5]\n"
        "    SMTP error from remote mail server after RCPT TO:<sam.whitlock@example.net>:\n"
        "    550 No such user here\n",
        "mail.example.net", "sam.whitlock@example.net", "failed", "5.0.0",
        "550 No such user here",
        "From: KymiKlinikka <info@kymiklinikka.example.com>\nTo: sam.whitlock@example.net\n"
        "Subject: Your request to delete your data\nDate: Wed, 04 Nov 2026 11:15:02 +0200\n"
        "Message-ID: <ack.5544@kymiklinikka.example.com>\nAuto-Submitted: auto-replied\n\n"
        "Hello,\n\nwe have received your request to delete your personal data and to "
        "unsubscribe you from our newsletter. We will erase your data within one month "
        "(GDPR Art. 12(3)) and send you a confirmation.\n\n"
        "> Please delete all my data and remove me from your mailing list.\n",
        extra_headers="X-Failed-Recipients: sam.whitlock@example.net\nAuto-Submitted: auto-replied\n"))

    add("automatic/au04-delay-dsn-en.eml", "automatic", "en", dsn(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        "Delivery Status Notification (Delay)", D("2026-11-05 03:30", "+0000"),
        "<6730f1a2.050a0220.3c1b.77aa.GMR@mx.googlemail.example.com>",
        "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
        "mark.jennings@slowhost.example.org. Gmail will retry for 46 more hours. You'll be "
        "notified if the delivery fails permanently.\n\nThe response was:\n"
        "The recipient server did not accept our requests to connect.\n",
        "googlemail.example.com", "mark.jennings@slowhost.example.org", "delayed", "4.4.1",
        "421 4.4.1 connection timed out",
        "From: info@kymiklinikka.example.com\nTo: mark.jennings@slowhost.example.org\n"
        "Subject: Re: Invisalign follow-up\n",
        orig_ct="text/rfc822-headers"))

    add("automatic/au05-ooo-outlook-fi.eml", "automatic", "fi", M(
        "Kolehmainen Jari <jari.kolehmainen@kaupunki.example.com>",
        "Automaattinen vastaus: Tarjous: ergonomiakoulutus", date=D("2026-11-05 08:01"),
        headers=outlook("au05") + [("Auto-Submitted", "auto-replied"),
                                   ("X-Auto-Response-Suppress", "All"),
                                   ("In-Reply-To", "<offer.771@kymiklinikka.example.com>")],
        text="Olen lomalla 16.11. asti enkä lue sähköpostia. Kiireellisissä asioissa ota "
             "yhteyttä Tarja Mäkiseen, tarja.makinen@kaupunki.example.com, puh. 040 000 1234.\n\n"
             "Jari Kolehmainen\nHenkilöstöpalvelut, Kotkan kaupunki\n", cte="quoted-printable"))

    add("automatic/au06-autosvar-noheader-sv.eml", "automatic", "sv", M(
        "Maria Backman <maria.backman@bageri.example.com>", "Automatiskt svar: Offert fysioterapi",
        date=D("2026-11-06 09:30"), headers=[("X-Autoreply", "yes"), ("X-Autorespond", "Offert fysioterapi")],
        text="Tack för ditt meddelande. Jag är på semester till och med 20.11 och har begränsad "
             "tillgång till e-post. Bageriets beställningar: bestallning@bageri.example.com.\n\n"
             "Maria Backman\n", cte="8bit"))

    add("automatic/au07-out-of-office-plain-en.eml", "automatic", "en", M(
        "Rajesh Iyer <rajesh.iyer@example.com>", "Out of Office: Re: Emergency appointment",
        date=D("2026-11-07 10:02"),
        text="Thank you for your email. I am currently out of the office with limited access "
             "to email, returning on Monday 16 November. For urgent matters at Kymi Pulp Mill "
             "Services please contact the site office.\n\nRegards,\nRajesh\n", cte="7bit"))

    add("automatic/au08-yrittajat-lista-fi.eml", "automatic", "fi", M(
        "Kotkan Yrittäjät ry <jasenposti@yrittajat-kotka.example.org>",
        "[kotka-yrittajat] Jäsenilta 24.11. – tietosuoja pienyrityksessä", date=D("2026-11-08 12:00"),
        to="kotka-yrittajat@lists.yrittajat-kotka.example.org",
        headers=[("List-Id", "Kotkan Yrittajat jasenlista <kotka-yrittajat.lists.yrittajat-kotka.example.org>"),
                 ("List-Unsubscribe", "<mailto:kotka-yrittajat-leave@lists.yrittajat-kotka.example.org>"),
                 ("List-Post", "<mailto:kotka-yrittajat@lists.yrittajat-kotka.example.org>"),
                 ("Precedence", "list"), ("Sender", "kotka-yrittajat-bounces@lists.yrittajat-kotka.example.org")],
        text="Hyvä jäsen,\n\ntervetuloa jäseniltaan ti 24.11. klo 17 Kotkan Kulttuuritalolle!\n\n"
             "Aiheena tietosuoja pienyrityksessä: miten vastaat asiakkaan rekisteriotepyyntöön, "
             "milloin tiedot pitää poistaa ja mitä tehdä, kun asiakas kieltää suoramarkkinoinnin. "
             "Puhujana lakimies Tanja Aaltonen.\n\nIlmoittautumiset 20.11. mennessä.\n\n"
             "_______________________________________________\n"
             "kotka-yrittajat -postituslista\n"
             "Listalta poistuminen: kotka-yrittajat-leave@lists.yrittajat-kotka.example.org\n",
        cte="8bit"))

    add("automatic/au09-supplier-newsletter-en.eml", "automatic", "en", M(
        "NordDental Supply <news@norddental.example.com>",
        "November deals: 20% off intraoral scanners + new GDPR consent templates",
        date=D("2026-11-09 06:00", "+0100"), to=INFO,
        headers=[("List-Unsubscribe", "<mailto:unsubscribe-8812@norddental.example.com?subject=unsubscribe>, "
                                      "<https://norddental.example.com/u/8812>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk"), ("X-Campaign-ID", "nd-2026-11")],
        text="NordDental Supply – November\n\n- 20% off intraoral scanners until 30 Nov\n"
             "- NEW: patient consent and GDPR request templates for clinics: access request "
             "reply, erasure confirmation, rectification log\n\n"
             "You are receiving this email because you are a NordDental customer. You have the "
             "right to access, rectify or erase your personal data at any time. To stop "
             "receiving these emails, unsubscribe here: https://norddental.example.com/u/8812\n",
        html="<html><body><h1>November deals</h1><p>20% off intraoral scanners until 30 Nov</p>"
             "<p>NEW: patient consent and GDPR request templates for clinics: access request reply, "
             "erasure confirmation, rectification log</p><p style=\"font-size:10px\">You are receiving "
             "this email because you are a NordDental customer. You have the right to access, rectify "
             "or erase your personal data at any time. <a href=\"https://norddental.example.com/u/8812\">"
             "Unsubscribe</a></p></body></html>", cte="quoted-printable"))

    add("automatic/au10-gdpr-webinaari-bulk-fi.eml", "automatic", "fi", M(
        "Tietosuojakoulu <uutiset@tietosuojakoulu.example.net>",
        "Webinaari: Näin käsittelet rekisteriote- ja poistopyynnöt 30 päivässä",
        date=D("2026-11-10 07:00"), to="info@kymiklinikka.example.com",
        headers=[("List-Unsubscribe", "<mailto:poistu@tietosuojakoulu.example.net?subject=poista%20minut>"),
                 ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
        html="<html><body><h2>Rekisteröidyn oikeudet käytännössä</h2>"
             "<p>Asiakas pyytää: <i>\"Lähettäkää minulle rekisteriote\"</i> tai <i>\"Poistakaa "
             "tietoni\"</i>. Tiedätkö, mitä tehdä? Webinaarissa 2.12. käymme läpi tarkastusoikeuden "
             "(15 art.), oikaisuoikeuden (16 art.), oikeuden tulla unohdetuksi (17 art.) ja "
             "vastustamisoikeuden (21 art.).</p><p><a href=\"https://tietosuojakoulu.example.net/w/2212\">"
             "Ilmoittaudu maksutta</a></p><p style=\"font-size:10px\">Et halua enää viestejämme? "
             "<a href=\"https://tietosuojakoulu.example.net/peru\">Peru tilaus</a>. Voit pyytää "
             "tietojesi poistamista vastaamalla tähän viestiin.</p></body></html>",
        cte="quoted-printable"))

    add("automatic/au11-calendar-accepted-en.eml", "automatic", "en", ical_reply(
        "Thomas Whitfield <thomas.whitfield@shipco.example.com>", "Accepted: Ergonomics assessment - Baltic Ro-Ro",
        D("2026-11-11 08:45", "+0000"), "<cal.11@shipco.example.com>",
        "Thomas Whitfield has accepted this meeting.\n", "thomas.whitfield@shipco.example.com",
        "Thomas Whitfield", "Ergonomics assessment - Baltic Ro-Ro", "20261125T090000",
        "ACCEPTED", "040000008200E00074C5B7101A82E0080000000010A1", "X-Mailer: Microsoft Outlook 16.0\n"))

    add("automatic/au12-kalenteri-hyvaksytty-fi.eml", "automatic", "fi", ical_reply(
        "Kallio Outi <outi.kallio@kymiklinikka.example.com>", "Hyväksytty: Henkilöstöpalaveri joulukuu",
        D("2026-11-11 12:02"), "<cal.12@kymiklinikka.example.com>",
        "Outi Kallio on hyväksynyt tämän kokouksen.\n", "outi.kallio@%s" % DOM, "Outi Kallio",
        "Henkilöstöpalaveri joulukuu", "20261203T080000", "ACCEPTED",
        "040000008200E00074C5B7101A82E0080000000022B2", "Content-Language: fi-FI\n"))

    add("automatic/au13-wp-paivitys-fi.eml", "automatic", "fi", M(
        WPF, "[KymiKlinikka] Sivustosi on päivitetty WordPress-versioon 6.7.1",
        date=D("2026-11-12 03:12"), to=INFO,
        text="Hei! Sivustosi osoitteessa %s on päivitetty automaattisesti WordPress-versioon 6.7.1.\n\n"
             "Lisätietoja versiosta 6.7.1: https://wordpress.example.org/documentation/6.7.1\n\n"
             "Päivitimme myös seuraavat lisäosat:\n- Contact Form 7 (6.0.1)\n- WPForms Lite (1.9.2)\n\n"
             "Jos kohtaat ongelmia, ota yhteyttä sivuston ylläpitäjään.\n\nWordPress-tiimi\n" % SITE,
        cte="8bit"))

    add("automatic/au14-wp-password-reset-en.eml", "automatic", "en", M(
        WPF, "[KymiKlinikka] Password Reset", date=D("2026-11-12 15:40"), to=INFO,
        text="Someone has requested a password reset for the following account:\n\n"
             "Site Name: KymiKlinikka\n\nUsername: riina.teras\n\n"
             "If this was a mistake, ignore this email and nothing will happen.\n\n"
             "To reset your password, visit the following address:\n\n"
             "%s/wp-login.php?action=rp&key=Qv7xY2pLk9&login=riina.teras&wp_lang=fi\n\n"
             "This password reset request originated from the IP address 198.51.100.61.\n" % SITE,
        cte="7bit"))

    add("automatic/au15-woocommerce-tilaus-fi.eml", "automatic", "fi", M(
        WPF, "[KymiKlinikka] Uusi tilaus #10490", date=D("2026-11-13 19:20"),
        text="Olet vastaanottanut seuraavan tilauksen asiakkaalta Leena Kuusisto:\n\n"
             "[Tilaus #10490] (13.11.2026)\n\n"
             "Tuote\tMäärä\tHinta\nValkaisugeeli 3 x 10 ml\t1\t39,90 €\n"
             "Hammaslankain (50 kpl)\t2\t9,80 €\n\nVälisumma: 49,70 €\nToimitus: Posti Pakettiautomaatti\n"
             "Maksutapa: Verkkopankki\nYhteensä: 55,60 €\n\n"
             "Laskutusosoite\nLeena Kuusisto\nMerikatu 5\n48100 Kotka\n050 876 2210\n"
             "leena.kuusisto@example.net\n\n"
             "Tilauksen tiedot: %s/wp-admin/post.php?post=10490&action=edit\n" % SHOP, cte="8bit"))

    add("automatic/au16-chatora-weekly-en.eml", "automatic", "en", M(
        CHAT, "Your weekly Chatora report: 23 chats, 4 offline messages", date=D("2026-11-16 05:00", "+0000"),
        headers=[("Auto-Submitted", "auto-generated")],
        text="Weekly report for KymiKlinikka (9-15 Nov 2026)\n\n"
             "Chats: 23 (+15%)\nOffline messages: 4\nAverage first response: 48 s\n"
             "Busiest page: /fi/ajanvaraus\nTop agent: Riina (14 chats)\n\n"
             "Visitors who asked to delete their chat history: 1 - review in Settings > Privacy.\n\n"
             "Manage notification settings: https://app.chatora.example.net/settings/notifications\n",
        cte="7bit"))

    add("automatic/au17-kalender-avbojt-sv.eml", "automatic", "sv", ical_reply(
        "Johan Sundell <johan.sundell@example.org>", "Avböjt: Fysioterapi – uppföljning",
        D("2026-11-16 11:11"), "<cal.17@example.org>",
        "Johan Sundell har avböjt mötet.\n", "johan.sundell@example.org", "Johan Sundell",
        "Fysioterapi – uppföljning", "20261124T140000", "DECLINED",
        "040000008200E00074C5B7101A82E0080000000033C3", "Content-Language: sv-FI\n"))

    add("automatic/au18-ajanvaraus-paivaraportti-fi.eml", "automatic", "fi", M(
        "KymiKlinikka Ajanvaraus <noreply@ajanvaraus.example.net>",
        "Päivän ajanvaraukset: Kotka 17.11.2026", date=D("2026-11-17 05:30"),
        headers=[("Auto-Submitted", "auto-generated")],
        text="Päiväraportti – KymiKlinikka Kotka, Keskuskatu 12\n\n"
             "Varauksia: 31\nPeruutuksia: 3\nUusia asiakkaita: 4\n\n"
             "08.00 Hammastarkastus (M. Forsström)\n08.30 Suuhygienisti (O. Kallio)\n"
             "09.30 Fysioterapia (J. Pesonen)\n...\n\n"
             "Tämä on automaattinen viesti, älä vastaa.\n", cte="8bit"))

    add("automatic/au19-varaus-peruttu-fi.eml", "automatic", "fi", M(
        "KymiKlinikka Ajanvaraus <noreply@ajanvaraus.example.net>",
        "Ajanvaraus peruttu ja poistettu kalenterista", date=D("2026-11-17 12:44"),
        text="Asiakas on perunut varauksen verkossa.\n\n"
             "Palvelu: Fysioterapia 45 min\nAika: ke 18.11.2026 klo 13.00\n"
             "Toimipiste: Hamina\nTyöntekijä: Annika Sjöberg\n"
             "Peruutuksen syy: \"Poistakaa varaus, olen sairaana\"\n\n"
             "Varaus on poistettu kalenterista ja aika on vapautettu. Tähän viestiin ei voi vastata.\n",
        cte="quoted-printable"))

    add("automatic/au20-mailchimp-report-en.eml", "automatic", "en", M(
        "Mailchimp <no-reply@mailchimp.example.com>",
        "Campaign report: Hymy & Liike – marraskuu", date=D("2026-11-18 09:00", "-0500"),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        text="Your campaign \"Hymy & Liike – marraskuu\" was sent to 1,284 recipients.\n\n"
             "Opens: 41.2%\nClicks: 6.8%\nUnsubscribes: 12\nSpam reports: 1\nBounces: 9\n\n"
             "Tip: make it easy for people to unsubscribe or update their data - it protects "
             "your sender reputation and helps you stay GDPR compliant.\n\n"
             "View full report: https://us21.admin.mailchimp.example.com/reports/summary?id=88\n",
        cte="8bit"))

    add("automatic/au21-mailchimp-unsub-notice-en.eml", "automatic", "en", M(
        "Mailchimp <no-reply@mailchimp.example.com>",
        "Unsubscribe notification for Hymy & Liike", date=D("2026-11-18 14:02", "-0500"),
        headers=[("Auto-Submitted", "auto-generated")],
        text="ahmed.saleh@example.net has unsubscribed from Hymy & Liike.\n\n"
             "Reason given: \"I no longer want to receive these emails\"\n\n"
             "The contact will not receive further campaigns. To delete the contact and all "
             "their data permanently, go to Audience > All contacts.\n\n"
             "You can turn off these notifications in Audience settings.\n", cte="7bit"))

    add("automatic/au22-semester-sv.eml", "automatic", "sv", M(
        "Linnéa Forsman <linnea.forsman@example.com>", "Frånvarande: Sv: Din bokning",
        date=D("2026-11-19 07:07"), mime_version="1.0 (1.0)",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "iPhone Mail (22B91)")],
        text="Hej! Jag är bortrest till den 30 november och läser inte e-post regelbundet. "
             "Brådskande ärenden: ring 045 203 9981.\n\nLinnéa\n", cte="8bit"))

    add("automatic/au23-foretagare-lista-sv.eml", "automatic", "sv", M(
        "Svenska Företagare i Kymmene <lista@foretagare-kymmene.example.org>",
        "[SFK-medlem] Sammandrag, vol 44, nr 3", date=D("2026-11-20 06:00"),
        to="sfk-medlem@lists.foretagare-kymmene.example.org",
        headers=[("List-Id", "SFK medlemslista <sfk-medlem.lists.foretagare-kymmene.example.org>"),
                 ("List-Unsubscribe", "<mailto:sfk-medlem-request@lists.foretagare-kymmene.example.org?subject=unsubscribe>"),
                 ("Precedence", "list")],
        text="Dagens ämnen:\n\n1. Julglögg 10.12 i Fredrikshamn (Agneta S.)\n"
             "2. Sv: Hur hanterar ni begäran om radering av kunduppgifter? (Johan L.)\n"
             "3. Lediga lokaler i Karhula (Fastighets Ab Kymi)\n\n"
             "----------------------------------------------------------------------\n\n"
             "Meddelande 2\nÄmne: Sv: Hur hanterar ni begäran om radering av kunduppgifter?\n\n"
             "Vi svarar alltid inom en månad och sparar bara det som bokföringslagen kräver. "
             "Registerutdrag skickar vi som PDF.\n\n"
             "----------------------------------------------------------------------\n"
             "För att avsluta prenumerationen, skicka \"unsubscribe\" till "
             "sfk-medlem-request@lists.foretagare-kymmene.example.org\n", cte="8bit"))

    add("automatic/au24-dental-nyhetsbrev-sv.eml", "automatic", "sv", M(
        "Dentalgrossisten <nyhetsbrev@dentalgrossisten.example.com>",
        "Nyhetsbrev vecka 47: Kampanj på implantatkomponenter", date=D("2026-11-20 08:00", "+0100"),
        headers=[("List-Unsubscribe", "<https://dentalgrossisten.example.com/avregistrera?id=77>"),
                 ("Precedence", "bulk")],
        html="<html><body><h2>Vecka 47</h2><p>Kampanj på implantatkomponenter – 15 % rabatt.</p>"
             "<p>Ny kurs: Journalföring och dataskydd på tandkliniken, 14.1.2027.</p>"
             "<hr><p style=\"font-size:10px\">Du får detta nyhetsbrev som kund hos Dentalgrossisten. "
             "<a href=\"https://dentalgrossisten.example.com/avregistrera?id=77\">Avregistrera dig</a> "
             "eller begär att dina uppgifter raderas.</p></body></html>", cte="quoted-printable"))

    add("automatic/au25-ndr-sv.eml", "automatic", "sv", dsn(
        "Microsoft Outlook <postmaster@skargard.example.net>",
        "=?utf-8?q?Det_gick_inte_att_leverera=3A_Sv=3A_Ombokning?=", D("2026-11-21 10:10"),
        "<b81c7e55-2f1a-4c11-bf2d-77aa00c2e931@skargard.example.net>",
        "Det gick inte att leverera meddelandet till följande mottagare eller grupper:\n\n"
        "goran.ekholm@skargard.example.net\nE-postadressen som du angav kunde inte hittas. "
        "Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.\n\n"
        "Diagnostikinformation för administratörer:\nGenererande server: SKG-MX1.skargard.example.net\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n",
        "SKG-MX1.skargard.example.net", "goran.ekholm@skargard.example.net", "failed", "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
        "From: KymiKlinikka <info@kymiklinikka.example.com>\nTo: goran.ekholm@skargard.example.net\n"
        "Subject: Sv: Ombokning\nDate: Sat, 21 Nov 2026 10:09:30 +0200\n",
        extra_headers="Auto-Submitted: auto-replied\nContent-Language: sv-FI\n",
        human_ct="text/plain; charset=\"utf-8\"", human_cte="8bit", orig_ct="text/rfc822-headers"))

    add("automatic/au26-updraft-backup-en.eml", "automatic", "en", M(
        WPF, "[KymiKlinikka] Backup of: https://www.kymiklinikka.example.com - complete",
        date=D("2026-11-22 02:30"),
        text="Backup of: %s\nWordPress version: 6.7.1\nBackup contains: Files and database "
             "(Full backup)\nLatest status: The backup apparently succeeded and is now complete\n\n"
             "Database: wp_gf_entry, wp_wpforms_entries, wp_cf7_submissions exported (3.1 MB)\n"
             "Uploaded to: Remote storage (S3-compatible)\n\nEmail reports created by UpdraftPlus\n" % SITE,
        cte="7bit"))

    add("automatic/au27-kalender-accepterat-sv.eml", "automatic", "sv", ical_reply(
        "Annika Sjöberg <annika.sjoberg@%s>" % DOM, "Accepterat: Planering fysiogrupper våren 2027",
        D("2026-11-23 13:31"), "<cal.27@kymiklinikka.example.com>",
        "Annika Sjöberg har accepterat mötet.\n", "annika.sjoberg@%s" % DOM, "Annika Sjöberg",
        "Planering fysiogrupper våren 2027", "20261201T150000", "ACCEPTED",
        "040000008200E00074C5B7101A82E0080000000044D4", "Content-Language: sv-FI\n"))

    add("automatic/au28-arvostelu-fi.eml", "automatic", "fi", M(
        "Yrityshaku-palvelu <noreply@yrityshaku.example.com>",
        "Uusi arvostelu yrityksellesi KymiKlinikka Kotka", date=D("2026-11-24 16:00"),
        headers=[("Auto-Submitted", "auto-generated")],
        html="<html><body><p>Hei KymiKlinikka Kotka,</p><p>Sait uuden arvostelun: ★★★★☆</p>"
             "<blockquote>\"Mukava hygienisti, mutta ajanvarauksen peruminen oli hankalaa.\"</blockquote>"
             "<p><a href=\"https://yrityshaku.example.com/vastaa/5531\">Vastaa arvosteluun</a></p>"
             "<p style=\"font-size:10px\">Saat tämän viestin, koska olet yrityssivun ylläpitäjä. "
             "Muuta ilmoitusasetuksia tai peruuta tilaus.</p></body></html>", cte="base64"))

    add("automatic/au29-cert-expiry-en.eml", "automatic", "en", M(
        "Hosting Monitor <alerts@webhotelli.example.net>",
        "Certificate for ajanvaraus.kymiklinikka.example.com expires in 7 days",
        date=D("2026-11-25 04:00"), headers=[("Auto-Submitted", "auto-generated")],
        text="Hello,\n\nthe TLS certificate for ajanvaraus.kymiklinikka.example.com will expire on "
             "2 December 2026. Automatic renewal failed (DNS challenge timeout).\n\n"
             "Please log in to the control panel to renew it.\n\n-- Webhotelli monitoring\n",
        cte="7bit"))

    add("automatic/au30-kirjaamo-kuittaus-fi.eml", "automatic", "fi", M(
        "Kotkan kaupungin kirjaamo <kirjaamo@kaupunki.example.com>",
        "Vastaanottokuittaus: Tietopyyntö / KymiKlinikka", date=D("2026-11-26 09:15"),
        headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        text="Tämä on automaattinen vastaanottokuittaus.\n\n"
             "Viestisi on vastaanotettu Kotkan kaupungin kirjaamossa. Asiakirjapyynnöt ja "
             "henkilötietojen tarkastuspyynnöt käsitellään viimeistään 14 vuorokauden kuluessa. "
             "Älä vastaa tähän viestiin.\n\nKotkan kaupunki, kirjaamo\n", cte="8bit"))


# ----------------------------------------------------------------------- other
STAFF = {
    "heikki": "Heikki Rautio <heikki.rautio@%s>" % DOM,
    "sanna": "Sanna Lind <sanna.lind@%s>" % DOM,
    "mikael": "Mikael Forsström <mikael.forsstrom@%s>" % DOM,
    "annika": "Annika Sjöberg <annika.sjoberg@%s>" % DOM,
}
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def other_fi():
    add("other/ot01-implanttihinta-fi.eml", "other", "fi", M(
        "Raimo Hiltunen <raimo.hiltunen@example.com>", "Implantin hinta", date=D("2026-11-02 08:20"),
        mid=gmid("ot01"),
        text="Hei,\n\npaljonko teillä maksaa yksi implantti kruunuineen alaleukaan? Onko "
             "mahdollista maksaa kahdessa erässä? Olen 67-vuotias, onko eläkeläisalennusta.\n\n"
             "Raimo Hiltunen\nKarhula\n", cte="8bit"))

    add("other/ot02-gdpr-tyokalu-myynti-fi.eml", "other", "fi", M(
        "Jukka Aaltola <jukka.aaltola@privasoft.example.com>",
        "Tietopyynnöt automaattisesti – 15 min demo?", date=D("2026-11-02 13:45"),
        headers=outlook("ot02"),
        text="Hei Heikki,\n\nhuomasin, että KymiKlinikka on laajentunut Haminaan – onnittelut!\n\n"
             "Kasvavassa klinikassa rekisteröityjen pyynnöt (rekisteriotteet, tietojen poistot, "
             "oikaisut, suoramarkkinointikiellot) vievät helposti tunteja viikossa. PrivaSoft "
             "hoitaa ne puolestanne: asiakas lähettää pyynnön, järjestelmä tunnistaa sen ja "
             "laatii vastauksen 30 päivän määräajassa.\n\n"
             "Sopisiko 15 minuutin demo ensi viikolla, vaikka ti tai to klo 10?\n\n"
             "Ystävällisin terveisin\nJukka Aaltola\nAsiakkuuspäällikkö, PrivaSoft Oy\n"
             "puh. 050 000 4411\n", cte="quoted-printable"))

    add("other/ot03-vl-poistopyynto-sisainen-fi.eml", "other", "fi", M(
        STAFF["sanna"], "VL: tietojen poisto", date=D("2026-11-03 09:12"),
        to=STAFF["heikki"], cc=INFO, headers=outlook("ot03"),
        text="Heikki,\n\ntämä tuli eilen illalla. Potilaskertomukset pitää kai säilyttää 12 vuotta "
             "kuoleman jälkeen tms., joten poistetaanko vain uutiskirje ja markkinointiluvat? "
             "Kerro miten vastataan, niin hoidan.\n\nSanna\n\n"
             "Lähettäjä: Ville-Pekka Oksman <vp.oksman@example.com>\n"
             "Lähetetty: maanantai 2. marraskuuta 2026 22.41\n"
             "Vastaanottaja: info@kymiklinikka.example.com\nAihe: tietojen poisto\n\n"
             "moi\n\npoistakaa mun tiedot teidan rekisterista, en oo asiakkaana enaa. ja "
             "puhelinnumero myos pois kaikista listoista\n\nvp\n", cte="quoted-printable"))

    add("other/ot04-peruutan-ajan-fi.eml", "other", "fi", M(
        "Marjatta Lehtonen <marjatta.lehtonen@kotiposti.example.com>", "peruutus",
        date=D("2026-11-04 06:40"),
        text="Hei, joudun perumaan torstain ajan suuhygienistille (klo 10.30), olen "
             "flunssassa. Poistakaa varaus ja soittakaa uusi aika kun paranen, numero "
             "040 555 7721.\nMarjatta Lehtonen\n", cte="8bit"))

    add("other/ot05-laskuvirhe-fi.eml", "other", "fi", M(
        "Juvonen Helka <helka.juvonen@example.org>", "VS: Lasku 2026-1102", date=D("2026-11-05 11:20"),
        headers=outlook("ot05"),
        text="Hei,\n\nlaskulla on röntgenkuva 25 €, mutta kuvia ei otettu tällä käynnillä "
             "(hygienisti sanoi että edelliset riittää). Voitteko poistaa sen rivin laskulta "
             "ja lähettää korjatun laskun?\n\nHelka Juvonen\n\n"
             "Lähettäjä: KymiKlinikka Laskutus <laskutus@kymiklinikka.example.com>\n"
             "Lähetetty: tiistai 3. marraskuuta 2026 9.00\nVastaanottaja: Juvonen Helka\n"
             "Aihe: Lasku 2026-1102\n\nHei, liitteenä lasku käynnistänne 2.11.2026. "
             "Eräpäivä 17.11.2026.\n", cte="8bit"))

    add("other/ot06-sponsorilogo-fi.eml", "other", "fi", M(
        "Teemu Hakulinen <teemu.hakulinen@example.net>", "Sponsorilogo kaukalon laitaan",
        date=D("2026-11-06 15:05"), mid=gmid("ot06"),
        text="Moi,\n\nkiitos sponsoroinnista! Kaukalon mainoslaita uusitaan joulukuussa. "
             "Vanha logonne (se sininen hammas) poistetaan, joten laittakaa uusi logo "
             "vektorimuodossa (eps tai svg) tähän osoitteeseen 30.11. mennessä.\n\n"
             "Teemu / Kotkan Kiekko ry\n",
        attachments=[(PNG, "image", "png", "laitamainos_mitat.png")], cte="8bit"))

    add("other/ot07-tyohakemus-fysio-fi.eml", "other", "fi", M(
        "Elina Rasinkangas <elina.rasinkangas@example.org>", "Avoin hakemus: fysioterapeutti",
        date=D("2026-11-07 19:30"), mid=gmid("ot07"),
        text="Hei,\n\nolen vastavalmistunut fysioterapeutti (AMK, Kymenlaakso) ja kiinnostunut "
             "työskentelemään KymiKlinikalla Kotkassa tai Haminassa. Liitteenä CV ja "
             "opintorekisteriote.\n\nSuostun siihen, että hakemukseni tietoja säilytetään "
             "rekrytointia varten kuuden kuukauden ajan.\n\nYstävällisin terveisin\n"
             "Elina Rasinkangas\n040 700 1188\n",
        attachments=[(PDF, "application", "pdf", "CV_Elina_Rasinkangas.pdf"),
                     (PDF, "application", "pdf", "opintorekisteriote.pdf")], cte="8bit"))

    add("other/ot08-kysely-amk-fi.eml", "other", "fi", M(
        "Lotta Kivelä <lotta.kivela@opiskelija.example.org>",
        "Kysely: rekisteröidyn oikeudet pienissä terveysalan yrityksissä", date=D("2026-11-08 10:00"),
        text="Hyvä vastaanottaja,\n\nteen opinnäytetyötä Kaakkois-Suomen ammattikorkeakoulussa "
             "aiheesta, miten pienet terveysalan yritykset käsittelevät asiakkaiden "
             "tietopyyntöjä: rekisteriotteita, tietojen poistoja ja oikaisuja.\n\n"
             "Vastaisitteko lyhyeen kyselyyn (n. 10 min)? Kysymyksiä mm.: Montako "
             "poistopyyntöä saatte vuodessa? Kuka vastaa tarkastuspyyntöihin?\n\n"
             "Linkki: https://kysely.example.org/gdpr-terveys\n\nKiitos!\nLotta Kivelä\n", cte="8bit"))

    add("other/ot09-vanha-poisto-uusi-aika-fi.eml", "other", "fi", M(
        "Tuula Hyvärinen <tuula.hyvarinen@example.com>", "Re: Henkilötietojeni poistaminen",
        date=D("2026-11-09 09:45"), mid=gmid("ot09"),
        text="Hei taas,\n\npyysin aiemmin tietojeni poistoa, mutta nyt hammas on lohjennut ja "
             "haluaisin sittenkin tulla teille. Onko ensi viikolla aikaa Kotkassa? Tietoni "
             "saa tallentaa uudestaan tätä varten.\n\nTuula\n\n"
             "su 8.11.2026 klo 13.14 Tuula Hyvärinen <tuula.hyvarinen@example.com> kirjoitti:\n"
             "> Hei,\n> pyydän henkilötietojeni poistamista kaikista rekistereistänne.\n"
             "> Pyydän vahvistusta, kun tietojeni poistaminen on tehty.\n", cte="8bit"))

    add("other/ot10-tilitoimisto-palkat-fi.eml", "other", "fi", M(
        "Tilitoimisto Numerus <palkat@numerus.example.com>", "Marraskuun palkka-aineisto",
        date=D("2026-11-10 08:05"), headers=outlook("ot10"),
        text="Hei Heikki,\n\nmuistutus: marraskuun palkka-aineisto (tuntilistat, lomat ja "
             "sairauspoissaolot) tarvitaan meille 20.11. mennessä, jotta palkat ehtivät "
             "maksuun 30.11. Uusien työntekijöiden verokortit ja tilinumerot pyydämme "
             "toimittamaan suojatulla sähköpostilla.\n\nTerveisin\nPäivi Saario\nTilitoimisto Numerus Oy\n",
        cte="8bit"))

    add("other/ot11-kiitos-disclaimer-fi.eml", "other", "fi", M(
        "Ilkka Jalonen <ilkka.jalonen@satamapalvelu.example.com>", "Kiitos hyvästä palvelusta",
        date=D("2026-11-11 16:40"), headers=outlook("ot11"),
        text="Hei,\n\nhalusin vain kiittää fysioterapeutti Jonnea – olkapää on nyt kunnossa ja "
             "pystyn taas tekemään töitä normaalisti. Suosittelen teitä työkavereille.\n\n"
             "Ilkka Jalonen\nKunnossapitopäällikkö\nKotkan Satamapalvelu Oy\n\n"
             "------------------------------\nTämä viesti voi sisältää luottamuksellista tietoa. "
             "Käsittelemme henkilötietoja tietosuojaselosteemme mukaisesti: "
             "https://satamapalvelu.example.com/tietosuoja. Sinulla on oikeus tarkastaa tietosi, "
             "pyytää niiden oikaisemista tai poistamista sekä vastustaa käsittelyä. "
             "Jos et halua vastaanottaa viestejämme, ilmoita siitä lähettäjälle.\n", cte="8bit"))

    add("other/ot12-tilauksen-peruutus-fi.eml", "other", "fi", M(
        "Minna Lahtela <minna.lahtela@example.net>", "Tilaus 10477 peruutus", date=D("2026-11-12 12:30"),
        mid=gmid("ot12"),
        text="Hei,\n\ntilasin vahingossa kaksi kertaa saman foam rollerin (tilaukset 10476 ja "
             "10477). Voitteko perua ja poistaa jälkimmäisen tilauksen ja palauttaa rahat "
             "kortille?\n\nMinna\n", cte="8bit"))

    add("other/ot13-instagram-kuva-fi.eml", "other", "fi", M(
        "Kotkan Taksipalvelu <toimisto@taksikotka.example.com>", "Kuva Instagramissa",
        date=D("2026-11-13 10:15"),
        text="Hei,\n\nteidän Instagram-julkaisussa 10.11. (uusi Karhulan toimipiste) taustalla "
             "näkyy meidän vanha taksi, jonka kyljessä on jo lopetetun yrityksen nimi. "
             "Voisitteko poistaa tai rajata sen kuvan? Ei mitään pahaa tarkoitusta, mutta "
             "asiakkaat ovat kyselleet.\n\nTerveisin\nKotkan Taksipalvelu\n", cte="8bit"))

    add("other/ot14-joulukuun-vuorot-fi.eml", "other", "fi", M(
        STAFF["heikki"], "RE: Joulukuun vuorolista", date=D("2026-11-14 14:02"),
        to=INFO, cc=STAFF["sanna"], headers=outlook("ot14"),
        text="Käy minulle. Haminaan tarvitaan kuitenkin joku välipäiville 28.–30.12., kysytkö "
             "Annikalta?\n\nH.\n\n"
             "From: Sanna Lind <sanna.lind@kymiklinikka.example.com>\n"
             "Sent: Saturday, 14 November 2026 12.50\nTo: Heikki Rautio\n"
             "Subject: Joulukuun vuorolista\n\nLiitteenä luonnos joulukuun vuoroista. "
             "Kotka auki normaalisti paitsi 24.–26.12.\n", cte="8bit"))

    add("other/ot15-uutiskirje-virhe-fi.eml", "other", "fi", M(
        "Raimo Hiltunen <raimo.hiltunen@example.com>", "Uutiskirjeessä väärä päivämäärä",
        date=D("2026-11-15 08:30"), mid=gmid("ot15"),
        text="Hei,\n\nmarraskuun uutiskirjeessä luki, että tuolijumppa alkaa \"ti 19.11.\", mutta "
             "19.11. on torstai. Kumpi pitää paikkansa? Uutiskirje on muuten tosi hyvä, "
             "kiitos niistä!\n\nRaimo\n", cte="8bit"))

    add("other/ot16-isannointi-html-fi.eml", "other", "fi", M(
        "Isännöinti Kymi <isannointi@isannointikymi.example.com>", "Pysäköintipaikat Keskuskatu 12",
        date=D("2026-11-16 13:00"),
        html="<html><body><p>Hei,</p><p>kiinteistön pihan pysäköintipaikat maalataan uudelleen "
             "viikolla 48. Liikeasiakkaiden paikat 5&ndash;8 ovat tuolloin käytössä vain kadun puolella. "
             "Inva-paikka siirretään lähemmäs sisäänkäyntiä, kuten toivoitte.</p>"
             "<p>Ystävällisin terveisin<br>Mervi Kantola<br>Isännöinti Kymi Oy</p></body></html>",
        cte="quoted-printable"))


def other_sv():
    add("other/ot17-svensk-tandlakare-sv.eml", "other", "sv", M(
        "Rolf Lindholm <rolf.lindholm@example.net>", "Svensktalande tandläkare?",
        date=D("2026-11-02 15:15"),
        text="Hej,\n\nhar ni någon tandläkare som talar svenska i Fredrikshamn? Min fru är "
             "nervös hos tandläkare och vill helst kunna förklara på sitt eget språk.\n\n"
             "Hälsningar\nRolf Lindholm\n", cte="8bit"))

    add("other/ot18-gdpr-konsult-sv.eml", "other", "sv", M(
        "Mikaela Grönroos <mikaela.gronroos@dataskydd-konsult.example.com>",
        "Är er klinik redo för nästa dataskyddsgranskning?", date=D("2026-11-03 10:30"),
        headers=outlook("ot18", "sv"),
        text="Hej!\n\nJag hjälper tandkliniker i Österbotten och Kymmenedalen med GDPR: rutiner "
             "för registerutdrag, radering av patientuppgifter som inte längre behövs, "
             "hantering av invändningar mot direktmarknadsföring och mallar för "
             "dataskyddsbeskrivningar.\n\nFår jag ringa er nästa vecka för ett kort samtal?\n\n"
             "Vänliga hälsningar\nMikaela Grönroos\nDataskydd & Konsult Ab\n", cte="quoted-printable"))

    add("other/ot19-avboka-sv.eml", "other", "sv", M(
        "Birgitta Holmström <birgitta.holmstrom@example.com>", "Avboka min tid", date=D("2026-11-04 17:55"),
        mime_version="1.0 (1.0)", headers=APPLE,
        text="Hej, jag måste tyvärr avboka min tid hos tandhygienisten på tisdag kl 13. "
             "Ta bort bokningen, jag bokar en ny tid via nätet senare.\n\nBirgitta\n\n"
             "Skickat från min iPhone\n", cte="8bit"))

    add("other/ot20-dubbel-faktura-sv.eml", "other", "sv", M(
        "Backmans Bageri <bokforing@bageri.example.com>", "Dubbel faktura 2026-1190",
        date=D("2026-11-05 09:25"),
        text="Hej,\n\nvi har fått samma faktura två gånger (2026-1190 och 2026-1191, båda för "
             "arbetsplatsbesöket 28.10). Kan ni radera den ena och skicka en kreditnota?\n\n"
             "Mvh\nBokföringen, Backmans Bageri Ab\n", cte="8bit"))

    add("other/ot21-enkat-studerande-sv.eml", "other", "sv", M(
        "Oskar Wiklund <oskar.wiklund@studerande.example.org>", "Enkät om patientdata och GDPR",
        date=D("2026-11-06 12:00"), mid=gmid("ot21"),
        text="Hej!\n\nJag studerar hälsovårdsadministration vid Arcada och gör en enkät om hur "
             "privata kliniker hanterar begäranden om registerutdrag och radering. Har ni "
             "möjlighet att svara på fem frågor? Exempel: \"Hur många begäranden om radering "
             "får ni per år?\" och \"Vem ansvarar för personalregistret?\"\n\nTack på förhand!\n"
             "Oskar Wiklund\n", cte="8bit"))

    add("other/ot22-tack-for-raderingen-sv.eml", "other", "sv", M(
        "Tove Strandberg <tove.strandberg@example.com>", "Sv: Dina uppgifter har raderats",
        date=D("2026-11-09 11:00"), mime_version="1.0 (1.0)", headers=APPLE,
        text="Tack! En sak till: kan jag ändå få kvittot för konsultationen i oktober till "
             "den här adressen? Jag behöver det till skatten.\n\nTove\n\n"
             "> 6 nov. 2026 kl. 14:00 skrev KymiKlinikka <info@kymiklinikka.example.com>:\n>\n"
             "> Hej Tove,\n> vi har nu raderat dina uppgifter ur vårt kundregister enligt din begäran.\n",
        cte="8bit"))

    add("other/ot23-skolhalsa-samarbete-sv.eml", "other", "sv", M(
        "Karin Nordling <karin.nordling@skola.example.org>", "Samarbete: hållningsdag i skolan",
        date=D("2026-11-10 08:40"), headers=outlook("ot23", "sv"),
        text="Hej,\n\njag är hälsovårdare vid Kotka svenska samskola. Vi planerar en temadag om "
             "hållning och skärmtid för årskurs 7–9 i februari. Kunde en av era fysioterapeuter "
             "komma och hålla en kort workshop på svenska? Vi har en liten budget.\n\n"
             "Vänligen\nKarin Nordling\n", cte="8bit"))

    add("other/ot24-presentkort-flowed-sv.eml", "other", "sv", M(
        "Kristoffer Wikström <kristoffer.wikstrom@example.net>", "Presentkort till jul",
        date=D("2026-11-11 20:20"), headers=TB, flowed=True,
        text="Hej,\n\nsäljer ni presentkort för massage eller fysioterapi? Jag skulle vilja \n"
             "ge min pappa ett till jul. Går det att köpa i webbutiken eller måste man \n"
             "komma till kliniken?\n\nKristoffer\n", cte="8bit"))

    add("other/ot25-reklamation-sv.eml", "other", "sv", M(
        "Ulf Mattsson <ulf.mattsson@example.com>", "Reklamation: fyllning lossnade",
        date=D("2026-11-12 09:09"), mid=gmid("ot25"),
        text="Hej,\n\nfyllningen jag fick 20.10 lossnade i går. Jag förväntar mig att ni lagar "
             "den kostnadsfritt. När kan jag komma? Jag jobbar i Kotka centrum så vilken "
             "eftermiddag som helst passar.\n\nUlf Mattsson\n", cte="8bit"))

    add("other/ot26-foljesedel-sv.eml", "other", "sv", M(
        "Dentalgrossisten Order <order@dentalgrossisten.example.com>",
        "Följesedel och leveransinformation order 66120", date=D("2026-11-13 07:30", "+0100"),
        text="Hej KymiKlinikka,\n\nbifogat följesedel för order 66120 (handskar, munskydd, "
             "avtrycksmaterial). Leverans till Karhula tisdag 17.11. Två artiklar är restnoterade, "
             "se bilagan.\n\nMed vänlig hälsning\nLinda Åström, kundtjänst\n",
        attachments=[(PDF, "application", "pdf", "foljesedel_66120.pdf")], cte="8bit"))

    add("other/ot27-avregistreringar-intern-sv.eml", "other", "sv", M(
        STAFF["annika"], "Många avregistreringar efter novemberbrevet", date=D("2026-11-19 16:10"),
        to=INFO, cc=STAFF["sanna"], headers=outlook("ot27", "sv"),
        text="Hej Sanna,\n\nMailchimp visade 12 avregistreringar efter novemberbrevet, mest "
             "svenskspråkiga. Kanske för att brevet bara var på finska? Ska vi göra en svensk "
             "version i december? Jag kan översätta.\n\nAnnika\n", cte="8bit"))


def other_en():
    add("other/ot28-english-dentist-en.eml", "other", "en", M(
        "Hannah Brooks <hannah.brooks@example.org>", "English-speaking dentist in Kotka",
        date=D("2026-11-02 17:40", "+0000"), mid=gmid("ot28"),
        text="Hi,\n\nwe just moved to Kotka (my husband works at the port). Do you have a dentist "
             "who speaks English, and do you treat children? Our kids are 4 and 8.\n\n"
             "Thanks,\nHannah\n", cte="7bit"))

    add("other/ot29-dsar-saas-pitch-en.eml", "other", "en", M(
        "Brian Cole <brian.cole@dsarflow.example.com>", "Quick question about your DSAR process",
        date=D("2026-11-03 15:00", "+0000"),
        text="Hi there,\n\nhow does KymiKlinikka handle data subject access requests today? "
             "Most clinics we talk to get a few \"please delete my data\" or \"send me a copy of "
             "my data\" emails a month and handle them by hand.\n\n"
             "DSARflow detects erasure, access and unsubscribe requests in your inbox and drafts "
             "compliant replies. Worth a 15-minute call?\n\nBrian Cole\nAccount Executive, DSARflow\n\n"
             "If you'd rather not hear from me again, just let me know.\n", cte="7bit"))

    add("other/ot30-relocation-disclaimer-en.eml", "other", "en", M(
        "Sophie Laurent <sophie.laurent@relocate.example.com>", "Corporate agreement for relocating employees",
        date=D("2026-11-04 10:10", "+0100"), headers=outlook("ot30", "en"),
        text="Dear KymiKlinikka team,\n\nwe handle relocations for several companies moving staff "
             "to Kotka and Hamina. Would you be interested in a framework agreement so our "
             "clients' employees can book dental and physio appointments in English at agreed "
             "prices?\n\nBest regards,\nSophie Laurent\nRelocate Nordic\n\n"
             "CONFIDENTIALITY & DATA PROTECTION NOTICE: This e-mail and any attachments are "
             "confidential. We process personal data in accordance with the GDPR. You have the "
             "right to request access to, rectification or erasure of your personal data and to "
             "object to processing; to exercise these rights write to privacy@relocate.example.com. "
             "To unsubscribe from our communications reply with UNSUBSCRIBE.\n", cte="7bit"))

    add("other/ot31-remove-old-logo-en.eml", "other", "en", M(
        "Grace Okafor <grace.okafor@example.org>", "Please remove our old logo",
        date=D("2026-11-05 11:45"), mid=gmid("ot31"),
        text="Hi,\n\nthe partners page on your website still shows the old Kotka Maritime Academy "
             "logo. Could you remove it and use the attached new one instead?\n\nThanks!\nGrace\n",
        attachments=[(PNG, "image", "png", "KMA_logo_2026.png")], cte="7bit"))

    add("other/ot32-cancel-booking-en.eml", "other", "en", M(
        "Daniel O'Hara <daniel.ohara@example.net>", "Cancel my booking on Thursday",
        date=D("2026-11-06 07:15"), mime_version="1.0 (1.0)", headers=APPLE,
        text="Hi, please cancel my physio appointment on Thursday at 16:00 - the groin is fine "
             "now, turns out it was just a strain. Delete the booking and thanks for the quick help!\n\n"
             "Dan\n\nSent from my iPhone\n", cte="7bit"))

    add("other/ot33-wrong-product-photo-en.eml", "other", "en", M(
        "Olga Petrova <olga.petrova@example.org>", "Wrong photo on your shop", date=D("2026-11-07 13:13"),
        text="Hello,\n\nthe product page for the 'Foam roller soft 45 cm' shows a photo of the "
             "hard black roller. Please delete that photo and put the right one - I almost "
             "ordered the wrong one.\n\nOlga\n", cte="7bit"))

    add("other/ot34-staff-erasure-xrays-en.eml", "other", "en", M(
        STAFF["mikael"], "Re: erasure request from Emily Carter - X-rays?", date=D("2026-11-12 12:40"),
        to=INFO, cc=STAFF["heikki"], mid=gmid("ot34"),
        text="Sanna,\n\nwe can't delete her X-rays or treatment notes - patient records have a "
             "statutory retention period. Please only remove her from the newsletter and the "
             "marketing list, and explain that in the reply. Heikki, OK?\n\nMikael\n\n"
             "On Thu, 12 Nov 2026 at 11:20, Sanna Lind <sanna.lind@kymiklinikka.example.com> wrote:\n"
             "> Mikael, Emily Carter asks us to delete all her personal data when she moves to\n"
             "> Canada. Do we delete the X-rays too?\n", cte="7bit"))

    add("other/ot35-journalist-en.eml", "other", "en", M(
        "Niamh Byrne <niamh.byrne@nordicnews.example.com>", "Interview request: GDPR in private healthcare",
        date=D("2026-11-13 14:50", "+0000"),
        text="Hello,\n\nI'm writing a piece for Nordic Health News on how small private clinics "
             "in Finland deal with patients' data requests - copies of records, the right to be "
             "forgotten, and objections to marketing. Would Mr Rautio have 20 minutes for a "
             "phone interview next week?\n\nBest,\nNiamh Byrne\n", cte="7bit"))

    add("other/ot36-kela-form-en.eml", "other", "en", M(
        "Rajesh Iyer <rajesh.iyer@example.com>", "Kela reimbursement?", date=D("2026-11-14 18:05"),
        mime_version="1.0 (1.0)", headers=APPLE,
        text="Hi, how do I claim Kela reimbursement for my wife's emergency visit? We don't have "
             "the Kela card yet, only the residence permit. Is there a form in English?\n\n"
             "Rajesh\n\nSent from my iPhone\n", cte="7bit"))

    add("other/ot37-after-extract-pdf-invoice-en.eml", "other", "en", M(
        "Daniel O'Hara <daniel.ohara@example.net>", "Re: Your data extract", date=D("2026-11-17 09:30", "+0000"),
        headers=outlook("ot37", "en"),
        text="Hi,\n\nthanks for the extract, all clear. A different question: could you send the "
             "invoice for my physio sessions as a PDF? My employer reimburses them.\n\nDaniel\n\n"
             "From: KymiKlinikka <info@kymiklinikka.example.com>\nSent: 16 November 2026 10:00\n"
             "To: Daniel O'Hara <daniel.ohara@example.net>\nSubject: Your data extract\n\n"
             "Hello Daniel, attached is the copy of your personal data you requested under "
             "Article 15 GDPR.\n\n"
             "> -----Original Message-----\n> Please provide me with a copy of all personal data you hold about me.\n",
        cte="7bit"))

    add("other/ot38-supplier-invoice-en.eml", "other", "en", M(
        "Accounts Receivable <ar@physiosupplies.example.com>", "Invoice 5512 - KymiKlinikka",
        date=D("2026-11-18 08:00", "+0000"),
        text="Dear customer,\n\nplease find attached invoice 5512 for 40 rolls of kinesiology "
             "tape and 12 resistance bands. Payment terms 14 days net.\n\nKind regards\n"
             "Accounts Receivable, PhysioSupplies Ltd\n",
        attachments=[(PDF, "application", "pdf", "Invoice_5512.pdf")], cte="7bit"))

    add("other/ot39-cancel-pilates-subscription-en.eml", "other", "en", M(
        "Siobhan Kelly <siobhan.kelly@example.org>", "Cancel my Pilates class subscription",
        date=D("2026-11-20 10:30"), mid=gmid("ot39"),
        text="Hi,\n\nI'd like to cancel my monthly Pilates for back pain class pass from December "
             "- the baby is due soon! Will the last payment still be charged on the 1st? I'll "
             "happily sign up again in the spring.\n\nSiobhan\n", cte="7bit"))

    add("other/ot40-change-pickup-point-en.eml", "other", "en", M(
        "Ahmed Saleh <ahmed.saleh@example.net>", "Order 10501 pickup point", date=D("2026-11-21 12:12"),
        text="Hello, can you change the pickup point for my shop order 10501 from Kotka "
             "Keskusta to the parcel locker in Hamina (K-Market Tervasaari)? I'm working "
             "there next week.\nThanks, Ahmed\n", cte="7bit"))


if __name__ == "__main__":
    contact_forms()
    chats()
    confirmations()
    data_requests_fi()
    data_requests_sv()
    data_requests_en()
    automatic()
    other_fi()
    other_sv()
    other_en()
    write_all()
