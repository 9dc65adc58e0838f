#!/usr/bin/env python3
"""Generate the mail-classifier test corpus (corpus5).

Run:  python3 _generate.py   (writes *.eml into kind folders, manifest.toml, senders.toml)
"""
import os, sys, hashlib, datetime, shutil
import email, email.utils
from email.message import EmailMessage
from email import policy

ROOT = os.path.dirname(os.path.abspath(__file__))
INFO = "info@plaza.example.com"
PLAZA_TO = "Plaza Sähkö Oy <info@plaza.example.com>"
KINDS = ["contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other"]
MANIFEST = {}
OUTPOL = policy.SMTP.clone(linesep="\n", max_line_length=78)


def dt(s):
    """'2026-11-12 09:30 +0200' -> RFC 5322 date"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d)


def dom(addr):
    a = email.utils.parseaddr(addr)[1]
    return a.split("@")[-1].lower()


def mid(path, domain):
    h = hashlib.sha1(path.encode()).hexdigest()
    return f"<{h[:8]}.{h[8:20]}@{domain}>"


def received(frm_domain, when, ip="192.0.2.%d", by="mx.plaza.example.com"):
    h = int(hashlib.md5((frm_domain + when).encode()).hexdigest()[:6], 16)
    ipx = ip % (h % 200 + 20) if "%d" in ip else ip
    host = "mail-out%d.%s" % (h % 9 + 1, frm_domain)
    qid = hashlib.md5(when.encode()).hexdigest()[:12].upper()
    return (f"from {host} ({host} [{ipx}]) by {by} (Postfix) with ESMTPS id {qid} "
            f"for <{INFO}>; {dt(when)}")


def authres(domain, dkim="pass", spf="pass", dmarc="pass"):
    parts = [f"mx.plaza.example.com; dkim={dkim} header.d={domain} header.s=s2026",
             f"spf={spf} smtp.mailfrom={domain}",
             f"dmarc={dmarc} (p=quarantine dis=none) header.from={domain}"]
    return "; ".join(parts)


def write_bytes(relpath, data, meta):
    full = os.path.join(ROOT, relpath)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    assert relpath not in MANIFEST, relpath
    kind = relpath.split("/")[0]
    m = {"kind": kind}
    m.update(meta)
    MANIFEST[relpath] = m


def mk(relpath, meta, frm, subject, text=None, html=None, *, when, to=PLAZA_TO,
       reply_to=None, cc=None, extra=(), charset="utf-8", cte="8bit", html_cte=None,
       auth="pass", rcv=True, in_reply_to=None, references=None, msgid_domain=None,
       attachments=()):
    """Build a message with EmailMessage. meta = manifest entries (besides kind)."""
    m = EmailMessage()
    d = dom(frm)
    if rcv:
        m["Received"] = received(d, when)
    if auth:
        if auth == "pass":
            m["Authentication-Results"] = authres(d)
        elif auth == "none":
            m["Authentication-Results"] = f"mx.plaza.example.com; dkim=none; spf=none smtp.mailfrom={d}; dmarc=none header.from={d}"
        elif auth == "fail":
            m["Authentication-Results"] = authres(d, dkim="fail", spf="softfail", dmarc="fail")
        else:
            m["Authentication-Results"] = auth
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = dt(when)
    m["Message-ID"] = mid(relpath, msgid_domain or d)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in extra:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
    for (fname, ctype, data) in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    write_bytes(relpath, m.as_bytes(policy=OUTPOL), meta)


def raw(relpath, meta, text):
    """Write a hand-made message (headers + body) as UTF-8 with LF line ends."""
    text = text.lstrip("\n")
    write_bytes(relpath, text.encode("utf-8"), meta)


# --------------------------------------------------------------------------
# TOML writer
def tval(v):
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(tval(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {tval(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write_manifest():
    out = ["# corpus5 manifest: expected classification of every .eml file",
           "# kind / requests (in order named) / decision / language / fields (contact_form only)", ""]
    order = ["kind", "requests", "decision", "language", "fields"]
    for path in sorted(MANIFEST, key=lambda p: (KINDS.index(p.split('/')[0]), p)):
        m = MANIFEST[path]
        out.append(f"[{tval(path)}]")
        for k in order:
            if k in m:
                out.append(f"{k} = {tval(m[k])}")
        for k in m:
            assert k in order, (path, k)
        out.append("")
    with open(os.path.join(ROOT, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    with open(os.path.join(ROOT, "senders.toml"), "w", encoding="utf-8") as f:
        f.write('# The site\'s own configured senders (as the administrator set them)\n'
                'contact_form = ["wordpress@plaza.example.com", "forms@plaza.example.com"]\n'
                'chat = ["transcripts@chat.example.net"]\n')


WP = "Plaza Sähkö Oy <wordpress@plaza.example.com>"
FORMS = "Plaza Sähkö Oy – verkkosivut <forms@plaza.example.com>"
CHAT = "Plaza Chat <transcripts@chat.example.net>"
CF7_FOOT_FI = "\n-- \nTämä sähköposti lähetettiin yhteydenottolomakkeelta sivustolla Plaza Sähkö Oy (https://www.plaza.example.com)\n"
CF7_FOOT_SV = "\n-- \nDetta e-postmeddelande skickades från ett kontaktformulär på Plaza Sähkö Oy (https://www.plaza.example.com)\n"
CF7_FOOT_EN = "\n-- \nThis e-mail was sent from a contact form on Plaza Sähkö Oy (https://www.plaza.example.com)\n"


def site_rcv(when):
    return dict(auth="mx.plaza.example.com; dkim=pass header.d=plaza.example.com header.s=wp1; spf=pass smtp.mailfrom=plaza.example.com; dmarc=pass header.from=plaza.example.com")

# ==========================================================================
# CONTACT FORMS
# ==========================================================================
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gf_html(title, rows, foot=""):
    """Gravity Forms {all_fields}: a label row then a value row."""
    r = []
    for label, value in rows:
        v = esc(value).replace("\n", "<br />")
        r.append(f'''<tr bgcolor="#EAF2FA">
<td colspan="2"><font style="font-family: sans-serif; font-size:12px;"><strong>{esc(label)}</strong></font></td>
</tr>
<tr bgcolor="#FFFFFF">
<td width="20">&nbsp;</td>
<td><font style="font-family: sans-serif; font-size:12px;">{v}</font></td>
</tr>''')
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>
<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">
{chr(10).join(r)}
</table>
</td></tr></table>
{foot}
</body></html>
'''


def cells_html(rows, intro="", foot="", style='style="border-collapse:collapse"'):
    """label cell | value cell (Ninja Forms / Jotform style)."""
    r = "\n".join(
        f'<tr><td style="padding:4px 8px;font-weight:bold;vertical-align:top">{esc(l)}</td>'
        f'<td style="padding:4px 8px">{esc(v).replace(chr(10), "<br>")}</td></tr>' for l, v in rows)
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
{intro}
<table {style}>
{r}
</table>
{foot}
</body></html>
'''


def wpf_html(rows, foot):
    r = "\n".join(
        f'<tr><td class="field-name" style="padding:20px 0 5px 0"><strong>{esc(l)}</strong></td></tr>\n'
        f'<tr><td class="field-value" style="padding:0 0 20px 0;border-bottom:1px solid #e5e5e5">{esc(v).replace(chr(10), "<br/>")}</td></tr>'
        for l, v in rows)
    return f'''<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Plaza Sähkö Oy</title></head>
<body style="background:#f1f1f1"><center>
<table class="body" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" valign="top">
<table class="container" width="600" style="background:#ffffff">
{r}
</table>
<p class="footer" style="color:#72777c;font-size:12px">{foot}</p>
</td></tr></table></center></body></html>
'''


def contact_forms():
    SITE_AUTH = "mx.plaza.example.com; dkim=pass header.d=plaza.example.com header.s=wp1; spf=pass smtp.mailfrom=plaza.example.com; dmarc=pass header.from=plaza.example.com"
    # ---- Contact Form 7, Finnish default template (Lähettäjä:) -----------------
    mk("contact_form/cf01-cf7-fi-lahettaja.eml",
       dict(language="fi", fields=dict(name="Jukka Heinonen", email="jukka.heinonen@savonverkko.example.com")),
       WP, 'Plaza Sähkö Oy "Tarjouspyyntö: puistomuuntamon kojeisto"',
       """Lähettäjä: Jukka Heinonen <jukka.heinonen@savonverkko.example.com>
Aihe: Tarjouspyyntö: puistomuuntamon kojeisto

Viestin runko:
Hei,

tarvitsisimme tarjouksen 20 kV kaasueristeisestä kojeistosta (4 kenttää, 2 kpl
kuormanerotinkenttää ja 2 kpl katkaisijakenttää) puistomuuntamoon. Toimitus
Kuopioon viikolla 8/2027.

Ystävällisin terveisin
Jukka Heinonen
Savon Verkkopalvelu Oy
""" + CF7_FOOT_FI,
       when="2026-11-02 08:14 +0200", reply_to="Jukka Heinonen <jukka.heinonen@savonverkko.example.com>",
       auth=SITE_AUTH)

    # ---- CF7 English default template --------------------------------------------
    mk("contact_form/cf02-cf7-en-default.eml",
       dict(language="en", fields=dict(name="Oliver Grant", email="o.grant@northgrid.example.com")),
       "WordPress <wordpress@plaza.example.com>", 'Plaza Sähkö Oy "Spare parts for RMU"',
       """From: Oliver Grant <o.grant@northgrid.example.com>
Subject: Spare parts for RMU

Message Body:
Hello,

We operate about forty ring main units delivered by you in 2009-2011. Two of
them need new cable bushings and a motor operator. Could you confirm whether
these parts are still available and give an indicative lead time?

Kind regards,
Oliver
""" + CF7_FOOT_EN,
       when="2026-11-03 15:47 +0200", reply_to="o.grant@northgrid.example.com", auth=SITE_AUTH)

    # ---- CF7 Swedish with Från: --------------------------------------------------
    mk("contact_form/cf03-cf7-sv-fran.eml",
       dict(language="sv", fields=dict(name="Maria Testsson", company="Skärgårdens Elnät Ab",
            email="maria@skargarden.example.org", phone="0400 000 321",
            page="https://www.plaza.example.com/sv/produkter")),
       WP, "Plaza Sähkö Oy \"Offertförfrågan kabelskåp\"",
       """Från: Maria Testsson <maria@skargarden.example.org>
Företag: Skärgårdens Elnät Ab
Telefon: 0400 000 321
Ämne: Offertförfrågan kabelskåp
Sida: https://www.plaza.example.com/sv/produkter

Meddelandetext:
Hej!
Vi behöver 12 st kabelskåp för lågspänning (400 A) till ett projekt på Kimitoön.
Kan ni skicka en offert med leveranstid?

Med vänlig hälsning
Maria
""" + CF7_FOOT_SV,
       when="2026-11-04 10:02 +0200", reply_to="maria@skargarden.example.org", auth=SITE_AUTH)

    # ---- CF7 Finnish custom labels from forms@ ---------------------------------
    mk("contact_form/cf04-cf7-fi-omat-kentat.eml",
       dict(language="fi", fields=dict(name="Sari Mäkelä", company="Pohjanmaan Sähköurakointi Oy",
            email="sari.makela@pohjanmaan-sahko.example.net", phone="+358 40 718 2290")),
       FORMS, "Yhteydenottopyyntö verkkosivuilta",
       """Nimi: Sari Mäkelä
Yritys: Pohjanmaan Sähköurakointi Oy
Sähköposti: sari.makela@pohjanmaan-sahko.example.net
Puhelinnumero: +358 40 718 2290
Viestisi:
Moi! Onko teillä varastossa 1000 A katkaisijoita? Tarvitsisimme kaksi kappaletta
mahdollisimman pian, työmaa on Seinäjoella. Soittakaa mieluiten iltapäivällä.
""" + CF7_FOOT_FI,
       when="2026-11-05 13:21 +0200", reply_to="sari.makela@pohjanmaan-sahko.example.net", auth=SITE_AUTH)

    # ---- CF7 English, no e-mail in body (Reply-To only) ------------------------
    mk("contact_form/cf05-cf7-en-replyto-only.eml",
       dict(language="en", fields=dict(name="Emma Lind", company="Baltic Cable Trading",
            email="emma.lind@balticcable.example.com")),
       WP, "[Plaza Sähkö Oy] Website enquiry",
       """Your name: Emma Lind
Company: Baltic Cable Trading

Your message:
Hi, we are a distributor in Riga and would like to discuss representing your
low-voltage product range in Latvia and Lithuania. Who would be the right person
to talk to?

Thanks,
Emma
""" + CF7_FOOT_EN,
       when="2026-11-05 17:40 +0200", reply_to="Emma Lind <emma.lind@balticcable.example.com>", auth=SITE_AUTH)

    # ---- CF7 Swedish, Reply-To only --------------------------------------------
    mk("contact_form/cf06-cf7-sv-replyto-only.eml",
       dict(language="sv", fields=dict(name="Per Ågren", email="per.agren@kraftbolaget.example.com")),
       WP, "Nytt meddelande via webbplatsen",
       """Namn: Per Ågren

Meddelande:
Hej, vi har en transformatorstation från er (levererad 2015) där ett
skyddsrelä larmar sporadiskt. Kan någon av era servicetekniker ringa mig?
""" + CF7_FOOT_SV,
       when="2026-11-06 07:55 +0200", reply_to="Per Ågren <per.agren@kraftbolaget.example.com>", auth=SITE_AUTH)

    # ---- WPForms plain text, English --------------------------------------------
    mk("contact_form/cf07-wpforms-en-plain.eml",
       dict(language="en", fields=dict(name="Sarah O'Connell", email="sarah.oconnell@windfarm.example.com",
            phone="+44 20 7946 0018")),
       FORMS, "New Entry: Contact Form",
       """--- Name ---

Sarah O'Connell


--- Email ---

sarah.oconnell@windfarm.example.com


--- Phone ---

+44 20 7946 0018


--- Comment or Message ---

Do you supply 33 kV switchgear suitable for offshore wind collector
substations? We are preparing a tender for a project starting in 2028.


--- 
Sent from Plaza Sähkö Oy
""",
       when="2026-11-06 11:11 +0000", reply_to="sarah.oconnell@windfarm.example.com", auth=SITE_AUTH)

    # ---- WPForms HTML only, Finnish, From: the mailbox itself (admin_email) ----
    rows = [("Nimi", "Tiina Koskinen"), ("Yritys", "Keski-Suomen Lämpö Oy"),
            ("Sähköposti", "tiina.koskinen@kslampo.example.org"),
            ("Viesti tai kommentti", "Hei,\nlähettäisittekö hinnaston kaapelijatkoista ja -päätteistä (12–24 kV)?\nKiitos!")]
    mk("contact_form/cf08-wpforms-fi-html-from-info.eml",
       dict(language="fi", fields=dict(name="Tiina Koskinen", company="Keski-Suomen Lämpö Oy",
            email="tiina.koskinen@kslampo.example.org")),
       "Plaza Sähkö Oy <info@plaza.example.com>", "Uusi merkintä: Yhteydenottolomake",
       html=wpf_html(rows, 'Lähetetty sivustolta <a href="https://www.plaza.example.com">Plaza Sähkö Oy</a>'),
       when="2026-11-07 09:05 +0200", reply_to="tiina.koskinen@kslampo.example.org", auth=SITE_AUTH,
       cte="quoted-printable")

    # ---- WPForms plain Swedish, asks access + unsubscribe -----------------------
    mk("contact_form/cf09-wpforms-sv-access-unsub.eml",
       dict(language="sv", requests=["access", "unsubscribe"],
            fields=dict(name="Henrik Sundberg", email="henrik.sundberg@ostkust.example.net")),
       WP, "Ny post: Kontakta oss",
       """--- Namn ---

Henrik Sundberg


--- E-post ---

henrik.sundberg@ostkust.example.net


--- Meddelande ---

Hej. Jag får ert nyhetsbrev men kan inte minnas att jag någonsin anmält mig.
Skicka mig en kopia av alla uppgifter ni har sparat om mig, och avsluta sedan
prenumerationen.


--- 
Skickat från Plaza Sähkö Oy
""",
       when="2026-11-07 21:30 +0200", reply_to="henrik.sundberg@ostkust.example.net", auth=SITE_AUTH)

    # ---- Gravity Forms HTML (label row / value row), English, with page --------
    rows = [("Name", "Daniel Brooks"), ("Company", "Brooks & Hale Engineering"),
            ("Email", "dbrooks@brookshale.example.com"), ("Phone", "(555) 010-4477"),
            ("Message", "We're looking for a partner to supply prefabricated secondary substations\nfor a data centre campus. Could we schedule a call next week?")]
    mk("contact_form/cf10-gf-en-table.eml",
       dict(language="en", fields=dict(name="Daniel Brooks", company="Brooks & Hale Engineering",
            email="dbrooks@brookshale.example.com", phone="(555) 010-4477",
            page="https://www.plaza.example.com/en/solutions/data-centres/")),
       WP, "New submission from Contact Us",
       html=gf_html("Contact Us", rows,
                    '<p style="font-family:sans-serif;font-size:11px;color:#888">Sent from: https://www.plaza.example.com/en/solutions/data-centres/</p>'),
       when="2026-11-08 16:20 -0500", reply_to="dbrooks@brookshale.example.com", auth=SITE_AUTH)

    # ---- Gravity Forms Finnish, free text asks erasure ----------------------------
    rows = [("Nimi", "Kaisa Hämäläinen"), ("Sähköposti", "kaisa.hamalainen@tampereenvalo.example.com"),
            ("Viesti", "Hei,\nen ole enää Tampereen Valaistus Oy:n palveluksessa. Poistakaa nimeni ja sähköpostiosoitteeni asiakasrekisteristänne ja postituslistoiltanne.\nKiitos, Kaisa")]
    mk("contact_form/gf-fi-erasure.eml",
       dict(language="fi", requests=["erasure"],
            fields=dict(name="Kaisa Hämäläinen", email="kaisa.hamalainen@tampereenvalo.example.com")),
       WP, "Uusi lähetys lomakkeelta: Ota yhteyttä",
       html=gf_html("Ota yhteyttä", rows),
       when="2026-11-09 12:44 +0200", reply_to="kaisa.hamalainen@tampereenvalo.example.com", auth=SITE_AUTH)

    # ---- Ninja Forms Swedish (label cell / value cell), unconfigured noreply@ ----
    rows = [("Namn:", "Karin Holm"), ("Företag:", "Holms Elinstallation Ab"),
            ("E-post:", "karin@holms-el.example.com"), ("Telefon:", "+358 18 123 456"),
            ("Meddelande:", "Hej! Har ni jordfelsbrytare typ B i lager? Vi behöver 30 st till en laddstation på Åland.")]
    mk("contact_form/cf12-ninja-sv-noreply.eml",
       dict(language="sv", fields=dict(name="Karin Holm", company="Holms Elinstallation Ab",
            email="karin@holms-el.example.com", phone="+358 18 123 456")),
       "Plaza Sähkö Oy <noreply@plaza.example.com>", "Nytt formulärsvar – Kontakt",
       html=cells_html(rows),
       when="2026-11-09 14:03 +0200", reply_to="karin@holms-el.example.com", auth=SITE_AUTH)

    # ---- Ninja Forms English -----------------------------------------------------
    rows = [("Name:", "Rajesh Menon"), ("Email:", "rajesh.menon@tritonpower.example.com"),
            ("Phone:", "+971 4 555 0190"),
            ("What can we help you with?", "Please send us the technical datasheet and type test reports for your 12 kV vacuum circuit breakers.")]
    mk("contact_form/cf13-ninja-en.eml",
       dict(language="en", fields=dict(name="Rajesh Menon", email="rajesh.menon@tritonpower.example.com",
            phone="+971 4 555 0190")),
       WP, "Ninja Forms Submission",
       html=cells_html(rows),
       when="2026-11-10 06:12 +0400", auth=SITE_AUTH)

    # ---- Elementor Pro, English, first/last split, page URL metadata -----------------
    mk("contact_form/cf14-elementor-en-split.eml",
       dict(language="en", fields=dict(name="Michael Turner", email="m.turner@solarfields.example.com",
            phone="+1 555 0142", page="https://www.plaza.example.com/en/products/ring-main-units/")),
       "Plaza Sähkö Oy <email@plaza.example.com>", 'New message from "Plaza Sähkö Oy"',
       """First Name: Michael
Last Name: Turner
Email: m.turner@solarfields.example.com
Phone: +1 555 0142
Message: Hello, we are looking for compact RMUs (3 feeders) for a 60 MW solar park. What are your typical lead times?

---

Date: November 10, 2026
Time: 2:14 pm
Page URL: https://www.plaza.example.com/en/products/ring-main-units/
User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36
Remote IP: 203.0.113.54
Powered by: Elementor
""",
       when="2026-11-10 14:14 +0200", reply_to="m.turner@solarfields.example.com", auth=SITE_AUTH)

    # ---- Elementor, Finnish, HTML <br> only -----------------------------------------
    mk("contact_form/cf15-elementor-fi-html.eml",
       dict(language="fi", fields=dict(name="Antti Korhonen", company="Korhosen Kiinteistöhuolto Oy",
            email="antti@korhosenkh.example.net", page="https://www.plaza.example.com/fi/tuotteet/kaapelijatkot/")),
       "Plaza Sähkö Oy <email@plaza.example.com>", 'Uusi viesti kohteesta "Plaza Sähkö Oy"',
       html="""<html><body>Etunimi: Antti<br>Sukunimi: Korhonen<br>Yritys: Korhosen Kiinteistöhuolto Oy<br>Sähköposti: <a href="mailto:antti@korhosenkh.example.net">antti@korhosenkh.example.net</a><br>Viesti: Tarvitsemme kutistemuovisia kaapelijatkoja AXMK 4x185 kaapeliin, 6 kpl. Onko varastossa?<br><br>---<br><br>Päivämäärä: 11.11.2026<br>Aika: 9.41<br>Sivun URL-osoite: https://www.plaza.example.com/fi/tuotteet/kaapelijatkot/<br>Käyttäjäagentti: Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1<br>Etä-IP: 198.51.100.23<br>Palvelun tarjoaa: Elementor<br></body></html>
""",
       when="2026-11-11 09:41 +0200", reply_to="antti@korhosenkh.example.net", auth=SITE_AUTH)

    # ---- Elementor, Swedish, from wordpress@ ----------------------------------------
    mk("contact_form/cf16-elementor-sv.eml",
       dict(language="sv", fields=dict(name="Lena Björklund", email="lena.bjorklund@vasaenergi.example.org",
            phone="06 317 2200", page="https://www.plaza.example.com/sv/kontakt/")),
       WP, 'Nytt meddelande från "Plaza Sähkö Oy"',
       """Förnamn: Lena
Efternamn: Björklund
E-post: lena.bjorklund@vasaenergi.example.org
Telefon: 06 317 2200
Meddelande: Hej, vi planerar att förnya mellanspänningsställverket i vår kraftstation i Vasa. Kan ni komma på ett platsbesök i december?

---

Datum: 11 november 2026
Tid: 15:22
Sidans URL: https://www.plaza.example.com/sv/kontakt/
Användaragent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15
Fjärr-IP: 192.0.2.171
Drivs av: Elementor
""",
       when="2026-11-11 15:22 +0200", reply_to="lena.bjorklund@vasaenergi.example.org", auth=SITE_AUTH)

    # ---- HubSpot notification, English, multipart ----------------------------------
    txt = """You've got a new submission

Plaza Sähkö Oy - Contact us

First name: Linda
Last name: Park
Email: linda.park@ecogrid.example.com
Company name: EcoGrid Solutions
Phone number: +1 415 555 0199
Message: Could you send a datasheet for your outdoor kiosk substations (up to 1600 kVA)? We'd also appreciate reference projects in the Nordics.

Page submitted on: Contact us | Plaza Sähkö
https://www.plaza.example.com/en/contact-us

View contact record: https://app.hubspot.example.com/contacts/2448811/contact/90125501

You're receiving this email because you're set up to get notifications for this form.
Unsubscribe from form submission notifications: https://app.hubspot.example.com/settings/notifications
HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>You've got a new submission</h2>
<p><b>Plaza Sähkö Oy - Contact us</b></p>
<table cellpadding="6">
<tr><td style="color:#516f90">First name</td><td>Linda</td></tr>
<tr><td style="color:#516f90">Last name</td><td>Park</td></tr>
<tr><td style="color:#516f90">Email</td><td><a href="mailto:linda.park@ecogrid.example.com">linda.park@ecogrid.example.com</a></td></tr>
<tr><td style="color:#516f90">Company name</td><td>EcoGrid Solutions</td></tr>
<tr><td style="color:#516f90">Phone number</td><td>+1 415 555 0199</td></tr>
<tr><td style="color:#516f90">Message</td><td>Could you send a datasheet for your outdoor kiosk substations (up to 1600 kVA)? We'd also appreciate reference projects in the Nordics.</td></tr>
</table>
<p>Page submitted on: <a href="https://www.plaza.example.com/en/contact-us">Contact us | Plaza Sähkö</a></p>
<p><a href="https://app.hubspot.example.com/contacts/2448811/contact/90125501">View contact record</a></p>
<p style="font-size:11px;color:#999">You're receiving this email because you're set up to get notifications for this form.
<a href="https://app.hubspot.example.com/settings/notifications">Unsubscribe from form submission notifications</a><br>HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141, USA</p>
</body></html>
"""
    mk("contact_form/cf17-hubspot-en.eml",
       dict(language="en", fields=dict(name="Linda Park", company="EcoGrid Solutions",
            email="linda.park@ecogrid.example.com", phone="+1 415 555 0199",
            page="https://www.plaza.example.com/en/contact-us")),
       "HubSpot <noreply@notifications.hubspot.example.com>", "New form submission on Plaza Sähkö Oy - Contact us",
       txt, html, when="2026-11-12 01:03 -0800", cte="quoted-printable")

    # ---- HubSpot Swedish, HTML only ---------------------------------------------------
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Du har fått ett nytt formulärsvar</h2>
<p><b>Plaza Sähkö Oy - Kontakta oss</b></p>
<table cellpadding="6">
<tr><td style="color:#516f90">Förnamn</td><td>Johanna</td></tr>
<tr><td style="color:#516f90">Efternamn</td><td>Nyström</td></tr>
<tr><td style="color:#516f90">E-post</td><td><a href="mailto:johanna.nystrom@borgaenergi.example.net">johanna.nystrom@borgaenergi.example.net</a></td></tr>
<tr><td style="color:#516f90">Företagsnamn</td><td>Borgå Energi</td></tr>
<tr><td style="color:#516f90">Meddelande</td><td>Vi söker en leverantör av nätstationer för ett nytt bostadsområde. Vänligen kontakta mig per e-post.</td></tr>
</table>
<p>Sidan där formuläret skickades: <a href="https://www.plaza.example.com/sv/losningar/natstationer">Nätstationer | Plaza Sähkö</a> (https://www.plaza.example.com/sv/losningar/natstationer)</p>
<p><a href="https://app.hubspot.example.com/contacts/2448811/contact/90125877">Visa kontaktpost</a></p>
<p style="font-size:11px;color:#999">Du får det här meddelandet eftersom du har aviseringar aktiverade för formuläret.
<a href="https://app.hubspot.example.com/settings/notifications">Avsluta aviseringar om formulärsvar</a></p>
</body></html>
"""
    mk("contact_form/cf18-hubspot-sv-html.eml",
       dict(language="sv", fields=dict(name="Johanna Nyström", company="Borgå Energi",
            email="johanna.nystrom@borgaenergi.example.net",
            page="https://www.plaza.example.com/sv/losningar/natstationer")),
       "HubSpot <noreply@notifications.hubspot.example.com>", "Nytt formulärsvar på Plaza Sähkö Oy - Kontakta oss",
       html=html, when="2026-11-12 10:30 +0100", html_cte="base64")

    # ---- Typeform-like, English: question line, answer next line -------------------
    mk("contact_form/cf19-typeform-en.eml",
       dict(language="en", fields=dict(name="Ben Adeyemi", company="Coastline Utilities",
            email="ben.adeyemi@coastline.example.net")),
       "Typeform <notifications@followups.typeform.example.com>", "New response: Request a quote",
       """Hi Plaza Sähkö,

You have a new response for Request a quote:

What's your name?
Ben Adeyemi

Which company do you represent?
Coastline Utilities

What's your email address?
ben.adeyemi@coastline.example.net

What can we help you with?
Budget price for 10 pole-mounted reclosers, delivery to Rotterdam port.

How did you hear about us?
Trade fair

See all responses: https://admin.typeform.example.com/form/aB3dEf/results

--
You're receiving this because you turned on self-notifications for this typeform.
""",
       when="2026-11-12 12:05 +0000", reply_to="ben.adeyemi@coastline.example.net")

    # ---- Typeform-like, Finnish ---------------------------------------------------------
    mk("contact_form/cf20-typeform-fi.eml",
       dict(language="fi", fields=dict(name="Hanna Laine", email="hanna.laine@lainetekniikka.example.com",
            phone="050 441 7781")),
       "Typeform <notifications@followups.typeform.example.com>", "Uusi vastaus: Pyydä tarjous",
       """Hei Plaza Sähkö,

Lomakkeeseen Pyydä tarjous on tullut uusi vastaus:

Mikä on nimesi?
Hanna Laine

Mihin sähköpostiosoitteeseen vastaamme?
hanna.laine@lainetekniikka.example.com

Puhelinnumerosi (vapaaehtoinen)
050 441 7781

Kerro lyhyesti tarpeestasi
Tarvitsemme kolme pääkeskusta uuteen teollisuushalliin Lahteen, piirustukset
voin lähettää sähköpostilla.

Katso kaikki vastaukset: https://admin.typeform.example.com/form/Xy9PqR/results
""",
       when="2026-11-13 08:49 +0200")

    # ---- Definition list HTML, Swedish, forms@ -------------------------------------
    mk("contact_form/cf21-dl-sv.eml",
       dict(language="sv", fields=dict(name="Johan Ek", company="Eks Elservice", email="johan@ekselservice.example.com",
            page="https://www.plaza.example.com/sv/service")),
       FORMS, "Webbformulär: Servicebeställning",
       html="""<html><body>
<p>Nytt inskick från formuläret <em>Servicebeställning</em>:</p>
<dl>
<dt>Namn</dt><dd>Johan Ek</dd>
<dt>Företag</dt><dd>Eks Elservice</dd>
<dt>E-post</dt><dd>johan@ekselservice.example.com</dd>
<dt>Sida</dt><dd>https://www.plaza.example.com/sv/service</dd>
<dt>Meddelande</dt><dd>Vi behöver termografering av två ställverk i Jakobstad före årsskiftet. Hur ser er kalender ut?</dd>
</dl>
</body></html>
""",
       when="2026-11-13 11:27 +0200", auth=SITE_AUTH)

    # ---- label line followed by value, Finnish plain --------------------------------
    mk("contact_form/cf22-nextline-fi.eml",
       dict(language="fi", fields=dict(name="Pekka Rantanen", email="pekka.rantanen@rantasahko.example.org",
            phone="040 555 1212")),
       FORMS, "Lomake: Ota yhteyttä",
       """Nimi
Pekka Rantanen

Sähköposti
pekka.rantanen@rantasahko.example.org

Puhelin
040 555 1212

Viesti
Hei, mitä maksaa huoltosopimus kahdelle 10/0,4 kV muuntamolle vuodeksi?
Muuntamot ovat Porissa.
""",
       when="2026-11-13 19:02 +0200", auth=SITE_AUTH)

    # ---- Formidable, English -----------------------------------------------------------
    mk("contact_form/cf23-formidable-en.eml",
       dict(language="en", fields=dict(name="Chris Walker", email="chris.walker@harbourmarine.example.com")),
       WP, "Plaza Sähkö Oy Form submitted on Contact Us",
       """Name: Chris Walker

Email: chris.walker@harbourmarine.example.com

Subject: Shore power

Message: Do you have experience with shore-power connection cabinets for ferries (11 kV, 50/60 Hz)? We'd like to discuss a project in Tallinn.


User Information
IP Address: 198.51.100.7
User-Agent (Browser/OS): Firefox 132.0 / Linux
""",
       when="2026-11-14 10:10 +0200", reply_to="chris.walker@harbourmarine.example.com", auth=SITE_AUTH)

    # ---- Formidable, Swedish, first/last -------------------------------------------------
    mk("contact_form/cf24-formidable-sv-split.eml",
       dict(language="sv", fields=dict(name="Eva Lindroos", company="Lindroos Fastigheter Ab",
            email="eva.lindroos@lindroos.example.net", phone="040 772 1180")),
       WP, "Plaza Sähkö Oy: formulär skickat på Kontakta oss",
       """Förnamn: Eva

Efternamn: Lindroos

Företag: Lindroos Fastigheter Ab

E-postadress: eva.lindroos@lindroos.example.net

Telefonnummer: 040 772 1180

Ärende: Vi behöver en ny huvudcentral i ett bostadshus i Ekenäs. Kan ni ge ett prisförslag?
""",
       when="2026-11-14 16:45 +0200", reply_to="eva.lindroos@lindroos.example.net", auth=SITE_AUTH)

    # ---- Jotform-like, English HTML table, external sender ------------------------------
    rows = [("Full Name", "Grace Holloway"), ("Company", "Holloway Data Centres"),
            ("E-mail", "grace@hollowaydc.example.org"), ("Phone Number", "+353 1 555 0123"),
            ("Your Question", "Are your switchboards certified to IEC 61439-2? We need the declaration of conformity for our client.")]
    mk("contact_form/cf25-jotform-en.eml",
       dict(language="en", fields=dict(name="Grace Holloway", company="Holloway Data Centres",
            email="grace@hollowaydc.example.org", phone="+353 1 555 0123")),
       "Jotform <noreply@jotform.example.com>", "Re: Contact Form - Plaza Sähkö",
       html=cells_html(rows, intro='<h3 style="font-family:Arial">Contact Form</h3>',
                       foot='<p style="font-size:11px;color:#888">You can edit this submission and see all your submissions easily.</p>'),
       when="2026-11-15 09:09 +0000", reply_to="grace@hollowaydc.example.org")

    # ---- Fluent Forms Finnish HTML, asks rectification ---------------------------------
    html = """<html><body>
<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0"><tbody>
<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left"><strong>Nimi</strong></th></tr>
<tr class="field-value"><td style="padding:6px 12px 12px 12px">Marjut Salonen</td></tr>
<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left"><strong>Sähköposti</strong></th></tr>
<tr class="field-value"><td style="padding:6px 12px 12px 12px">marjut.salonen@salonenconsulting.example.com</td></tr>
<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left"><strong>Puhelin</strong></th></tr>
<tr class="field-value"><td style="padding:6px 12px 12px 12px">045 230 9988</td></tr>
<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left"><strong>Viesti</strong></th></tr>
<tr class="field-value"><td style="padding:6px 12px 12px 12px">Hei! Sukunimeni on muuttunut (ennen Virtanen) ja puhelinnumeroni on nyt 045 230 9988. Päivittäkää nämä tietoihini asiakasrekisterissänne.</td></tr>
</tbody></table>
</body></html>
"""
    mk("contact_form/cf26-fluentforms-fi-rectification.eml",
       dict(language="fi", requests=["rectification"],
            fields=dict(name="Marjut Salonen", email="marjut.salonen@salonenconsulting.example.com", phone="045 230 9988")),
       WP, "Uusi lomakevastaus – Yhteydenotto", html=html,
       when="2026-11-15 13:13 +0200", reply_to="marjut.salonen@salonenconsulting.example.com", auth=SITE_AUTH)

    # ---- Webflow-like, English ------------------------------------------------------------
    mk("contact_form/cf27-webflow-en.eml",
       dict(language="en", fields=dict(name="Tomás Rivera", email="tomas.rivera@sunbeltsolar.example.com")),
       "Webflow <no-reply-forms@webflow.example.com>", "New form submission on Plaza Sähkö",
       """Your form "Contact Form" just received a new submission.

Name: Tomás Rivera
Email: tomas.rivera@sunbeltsolar.example.com
Message: Hi there - looking for a quote on 4 pcs 2500 kVA compact substations for a PV plant in Spain.

Submitted on: November 15, 2026 at 4:55 PM
Site: plaza-sahko.webflow.example.com

Manage forms: https://webflow.example.com/dashboard/sites/plaza-sahko/forms
""",
       when="2026-11-15 16:55 +0100")

    # ---- Drupal Webform, Swedish -----------------------------------------------------------
    mk("contact_form/cf28-drupal-webform-sv.eml",
       dict(language="sv", fields=dict(name="Mikael Forsman", email="mikael.forsman@forsmanbygg.example.org")),
       "Plaza Sähkö <noreply@plaza.example.com>", "Formulärinskick från: Kontakt",
       """Inskickat den tors, 11/12/2026 - 10:14
Inskickat av: Anonym
Inskickade värden:

Namn
Mikael Forsman

E-post
mikael.forsman@forsmanbygg.example.org

Meddelande
Hej, vi bygger ett lagerhus i Närpes och behöver el-centraler och kabelstegar.
Har ni en återförsäljare i Österbotten?
""",
       when="2026-11-12 10:14 +0200", auth=SITE_AUTH)

    # ---- CF7 English, free text asks unsubscribe ---------------------------------------
    mk("contact_form/cf29-cf7-en-unsubscribe.eml",
       dict(language="en", requests=["unsubscribe"],
            fields=dict(name="Alan Whitfield", email="alan.whitfield@retired.example.net")),
       WP, 'Plaza Sähkö Oy "Newsletter"',
       """Your Name: Alan Whitfield
Your Email: alan.whitfield@retired.example.net
Subject: Newsletter

Your Message:
Please take me off your newsletter list - I retired last spring and no longer
work with switchgear. Thanks for the years of good service!
""" + CF7_FOOT_EN,
       when="2026-11-16 18:31 +0000", reply_to="alan.whitfield@retired.example.net", auth=SITE_AUTH)

    # ---- CF7 Finnish, "poistaa" used about equipment (no request) ----------------------
    mk("contact_form/cf30-cf7-fi-poista-keskus.eml",
       dict(language="fi", fields=dict(name="Ville Lehtinen", email="ville.lehtinen@taloyhtio.example.com",
            phone="044 900 1133")),
       WP, "Uusi yhteydenotto verkkosivuilta",
       """Nimi: Ville Lehtinen
Sähköposti: ville.lehtinen@taloyhtio.example.com
Puhelin: 044 900 1133
Viesti:
Voisitteko poistaa vanhan 1970-luvun jakokeskuksen taloyhtiömme kellarista ja
asentaa tilalle uuden? Kohde on Tampereen Kalevassa, 24 asuntoa. Vanhat tiedot
ja kaaviot voi heittää pois, meillä on uudet piirustukset.
""" + CF7_FOOT_FI,
       when="2026-11-16 20:05 +0200", reply_to="ville.lehtinen@taloyhtio.example.com", auth=SITE_AUTH)

    # ---- Swedish form in ISO-8859-1 quoted-printable ------------------------------------
    mk("contact_form/cf31-form-sv-latin1-qp.eml",
       dict(language="sv", fields=dict(name="Åsa Lindqvist", email="asa.lindqvist@solf-el.example.com",
            phone="050 388 4410")),
       FORMS, "Kontaktförfrågan från webbplatsen",
       """Namn: Åsa Lindqvist
E-post: asa.lindqvist@solf-el.example.com
Telefon: 050 388 4410
Meddelande:
Hej! Vi söker ersättare för gamla säkringslastfrånskiljare (storlek 3, 630 A).
Går det att få dem levererade till Solf före jul? Tack på förhand.
""",
       when="2026-11-17 07:32 +0200", reply_to="asa.lindqvist@solf-el.example.com", auth=SITE_AUTH,
       charset="iso-8859-1", cte="quoted-printable")

    # ---- English form, base64 body, unconfigured noreply@ ------------------------------
    mk("contact_form/cf32-form-en-base64.eml",
       dict(language="en", fields=dict(name="Priya Nair", company="Nair Electrical Contractors",
            email="priya@nairelectrical.example.com", phone="+46 8 555 012 34")),
       "Plaza Sähkö Oy <noreply@plaza.example.com>", "Website enquiry received",
       """A new enquiry was submitted on www.plaza.example.com

Full name: Priya Nair
E-mail address: priya@nairelectrical.example.com
Company: Nair Electrical Contractors
Telephone: +46 8 555 012 34

Enquiry:
Could you quote for 6 pcs of LV distribution boards, 400 A, IP54, with metering?
Drawings attached to a follow-up e-mail if you need them.
""",
       when="2026-11-17 10:58 +0100", reply_to="priya@nairelectrical.example.com", auth=SITE_AUTH,
       cte="base64")

    # ---- Forminator, English, page at the bottom ----------------------------------------
    mk("contact_form/cf33-forminator-en.eml",
       dict(language="en", fields=dict(name="Lukas Brandt", email="l.brandt@brandt-energie.example.com",
            phone="+49 30 5550 1234", page="https://www.plaza.example.com/en/service/")),
       WP, "New Form Entry #412 for Service Request",
       """You have a new website form submission:

Name: Lukas Brandt
Email Address: l.brandt@brandt-energie.example.com
Phone Number: +49 30 5550 1234
Message: Our 20 kV switchgear (delivered 2012) needs a maintenance inspection. Do you have service engineers who travel to Germany?

---
This message was sent from https://www.plaza.example.com/en/service/.
""",
       when="2026-11-18 09:37 +0100", reply_to="l.brandt@brandt-energie.example.com", auth=SITE_AUTH)

    # ---- WPForms English HTML+text, asks erasure --------------------------------------------
    rows = [("Name", "Rebecca Stone"), ("Company", "Stone & Partners Architects"),
            ("Email", "rebecca.stone@stonepartners.example.com"),
            ("Comment or Message", "Hello, I was a contact of yours when we worked on the Espoo school project (2019). Please delete my personal data from your customer database - I no longer need to be contacted.")]
    txt = "\n\n".join(f"--- {l} ---\n\n{v}\n" for l, v in rows) + "\n--- \nSent from Plaza Sähkö Oy\n"
    mk("contact_form/cf34-wpforms-en-erasure.eml",
       dict(language="en", requests=["erasure"],
            fields=dict(name="Rebecca Stone", company="Stone & Partners Architects",
                        email="rebecca.stone@stonepartners.example.com")),
       FORMS, "New Entry: Contact Form", txt,
       wpf_html(rows, 'Sent from <a href="https://www.plaza.example.com">Plaza Sähkö Oy</a>'),
       when="2026-11-18 14:12 +0200", reply_to="rebecca.stone@stonepartners.example.com", auth=SITE_AUTH)

    # ---- CF7 Finnish, subscribe newsletter -----------------------------------------------------
    mk("contact_form/cf35-cf7-fi-subscribe.eml",
       dict(language="fi", requests=["subscribe"],
            fields=dict(name="Olli Niskanen", company="Niskasen Sähkö Ky", email="olli@niskasensahko.example.com")),
       WP, "Uusi yhteydenotto verkkosivuilta",
       """Nimi: Olli Niskanen
Yritys: Niskasen Sähkö Ky
Sähköposti: olli@niskasensahko.example.com
Viesti:
Hei, haluaisin tilata uutiskirjeenne tähän osoitteeseen. Tapasimme
Sähkö-messuilla Jyväskylässä.
""" + CF7_FOOT_FI,
       when="2026-11-19 12:00 +0200", reply_to="olli@niskasensahko.example.com", auth=SITE_AUTH)

    # ---- Gravity Forms Swedish with source page field ---------------------------------------
    rows = [("Namn", "Sofia Wikström"), ("E-post", "sofia.wikstrom@mariehamnsel.example.org"),
            ("Telefon", "+358 18 555 019"), ("Källsida", "https://www.plaza.example.com/sv/produkter/ringkabelstationer/"),
            ("Meddelande", "Hej, kan ni skicka produktblad och prisindikation för en ringkabelstation med tre fack?")]
    mk("contact_form/cf36-gf-sv-source-page.eml",
       dict(language="sv", fields=dict(name="Sofia Wikström", email="sofia.wikstrom@mariehamnsel.example.org",
            phone="+358 18 555 019", page="https://www.plaza.example.com/sv/produkter/ringkabelstationer/")),
       WP, "Nytt inskick: Kontakta oss", html=gf_html("Kontakta oss", rows),
       when="2026-11-19 15:40 +0200", reply_to="sofia.wikstrom@mariehamnsel.example.org", auth=SITE_AUTH)

    # ---- Generic plugin Finnish with form/page header --------------------------------------------
    mk("contact_form/cf37-caldera-fi-sivu.eml",
       dict(language="fi", fields=dict(name="Riikka Järvinen", company="Järvisen Konepaja Oy",
            email="riikka.jarvinen@jkonepaja.example.com", page="https://www.plaza.example.com/fi/palvelut/huolto/")),
       WP, "[Plaza Sähkö Oy] Huoltopyyntö",
       """Lomake: Huoltopyyntö
Sivu: https://www.plaza.example.com/fi/palvelut/huolto/
Lähetetty: 20.11.2026 klo 8.16

Nimi: Riikka Järvinen
Yritys: Järvisen Konepaja Oy
Sähköpostiosoite: riikka.jarvinen@jkonepaja.example.com
Lisätietoja: Tehtaan 0,4 kV pääkeskuksen katkaisija laukeaa satunnaisesti. Pyydämme
huoltoasentajaa paikalle ensi viikolla, mieluiten tiistaina.
""",
       when="2026-11-20 08:16 +0200", reply_to="riikka.jarvinen@jkonepaja.example.com", auth=SITE_AUTH)

    # ---- CF7 Swedish multipart (text + html) -----------------------------------------------------
    txt = """Ditt namn: Oskar Holmström
Din e-post: oskar.holmstrom@kokkola-hamn.example.net
Ämne: Landström

Ditt meddelande:
Hej, har ni levererat landströmsanläggningar till hamnar? Vi vill gärna träffas
och diskutera ett projekt i Karleby hamn.
""" + CF7_FOOT_SV
    html = """<html><body><p><b>Ditt namn:</b> Oskar Holmström<br><b>Din e-post:</b> oskar.holmstrom@kokkola-hamn.example.net<br><b>Ämne:</b> Landström</p>
<p><b>Ditt meddelande:</b><br>Hej, har ni levererat landströmsanläggningar till hamnar? Vi vill gärna träffas<br>och diskutera ett projekt i Karleby hamn.</p>
<p>-- <br>Detta e-postmeddelande skickades från ett kontaktformulär på Plaza Sähkö Oy (https://www.plaza.example.com)</p></body></html>
"""
    mk("contact_form/cf38-cf7-sv-multipart.eml",
       dict(language="sv", fields=dict(name="Oskar Holmström", email="oskar.holmstrom@kokkola-hamn.example.net")),
       WP, "Plaza Sähkö Oy \"Landström\"", txt, html,
       when="2026-11-20 11:48 +0200", reply_to="oskar.holmstrom@kokkola-hamn.example.net", auth=SITE_AUTH)

    # ---- Wix-like, English: label line / value line, first/last -------------------------------
    mk("contact_form/cf39-wix-en-nextline.eml",
       dict(language="en", fields=dict(name="Anna Kowalski", email="anna.kowalski@vistulagrid.example.com",
            phone="+48 22 555 0134")),
       "Wix Forms <no-reply@crm.wix.example.com>", "Plaza Sähkö got a new submission",
       """Plaza Sähkö got a new submission

Form: Contact Us

First Name
Anna

Last Name
Kowalski

Email
anna.kowalski@vistulagrid.example.com

Phone
+48 22 555 0134

Message
Good morning, we are interested in your prefabricated substations for a wind
farm grid connection in Poland. Please contact me.

View submission: https://manage.wix.example.com/dashboard/forms/submissions
""",
       when="2026-11-21 09:20 +0100", reply_to="anna.kowalski@vistulagrid.example.com")

    # ---- Finnish form, Reply-To only, asks "mistä saitte tietoni" (access) ----------------------
    mk("contact_form/cf40-cf7-fi-replyto-mista-saitte.eml",
       dict(language="fi", requests=["access"],
            fields=dict(name="Heikki Salminen", company="Salmisen Puutarha", email="heikki.salminen@puutarha.example.net")),
       WP, "Uusi yhteydenotto verkkosivuilta",
       """Nimi: Heikki Salminen
Yritys: Salmisen Puutarha
Viesti:
Sain teiltä eilen markkinointisoiton. Mistä olette saaneet yhteystietoni ja
mitä tietoja minusta on teillä tallessa? Haluan nähdä ne.
""" + CF7_FOOT_FI,
       when="2026-11-21 14:02 +0200", reply_to="Heikki Salminen <heikki.salminen@puutarha.example.net>", auth=SITE_AUTH)
# ==========================================================================
# CHAT TRANSCRIPTS
# ==========================================================================
def chats():
    CA = "mx.plaza.example.com; dkim=pass header.d=chat.example.net header.s=c1; spf=pass smtp.mailfrom=chat.example.net; dmarc=pass header.from=chat.example.net"
    mk("chat_transcript/ch01-own-transcript-fi.eml", dict(language="fi"),
       CHAT, "Chat with Matti Virtanen",
       """Chat transcript

Visitor: Matti Virtanen
Email: matti.virtanen@lapinverkko.example.com
Phone: 040 123 9876
Company: Lapin Verkko Oy
Page: https://www.plaza.example.com/fi/tuotteet/kojeistot
Started: 2026-11-02 13:40 +02:00

[13:40] Matti Virtanen: Hei, onko teillä 24 kV kojeistoja pakkasolosuhteisiin (-40 °C)?
[13:41] Agent Tuomas: Hei Matti! Kyllä on, arktinen versio lämmityksellä.
[13:42] Matti Virtanen: Hyvä. Toimitusaika Rovaniemelle?
[13:44] Agent Tuomas: Noin 14 viikkoa tilauksesta. Lähetänkö esitteen sähköpostiin?
[13:44] Matti Virtanen: Kyllä kiitos.
[13:45] Agent Tuomas: Lähetetty. Mukavaa päivänjatkoa!
""", when="2026-11-02 13:46 +0200", auth=CA)

    mk("chat_transcript/ch02-own-offline-sv.eml", dict(language="sv"),
       CHAT, "Offline message: Anders Mattsson",
       """Offline message

Name: Anders Mattsson
Email: anders.mattsson@nykarleby-el.example.org
Page: https://www.plaza.example.com/sv/kontakt

Message:
Hej, jag försökte nå er i chatten men ingen var inloggad. Vi behöver tre
mätarskåp till ett radhusbolag. Ring mig gärna på 050 912 3344.
""", when="2026-11-03 22:10 +0200", auth=CA)

    mk("chat_transcript/ch03-own-transcript-en-delete-talk.eml", dict(language="en"),
       CHAT, "Chat with Rachel Green",
       """Chat transcript

Visitor: Rachel Green
Email: rachel.green@meridianpower.example.com
Company: Meridian Power
Page: https://www.plaza.example.com/en/newsletter
Started: 2026-11-04 10:05 +02:00

[10:05] Rachel Green: Hi, I got two copies of your newsletter, one to my old address.
[10:06] Agent Sofia: Hi Rachel, sorry about that. Which address should we keep?
[10:06] Rachel Green: Keep rachel.green@meridianpower.example.com and remove the old one r.green@old-meridian.example.com please.
[10:07] Agent Sofia: Noted, I'll pass it on to our administrator.
[10:08] Rachel Green: Also, do you have a webinar on arc flash protection coming up?
[10:09] Agent Sofia: Yes, on 3 December - I'll send you the link.
[10:09] Rachel Green: Great, thanks!
""", when="2026-11-04 10:10 +0200", auth=CA)

    txt = """Chat transcript

Chat started on: Nov 5, 2026, 09:12 (GMT+2)
Chat duration: 6m 40s
Visitor: Peter Wong
Visitor email: peter.wong@asiapacgrid.example.com
Visitor came from: https://www.plaza.example.com/en/products/circuit-breakers
Group: Sales

(09:12:04) Peter Wong: Good morning, I need pricing for 12 kV VCBs, 1250 A.
(09:12:40) Plaza Sähkö (Mikko): Good morning Peter! How many units and where to?
(09:13:55) Peter Wong: 18 units, delivered to Singapore.
(09:15:20) Plaza Sähkö (Mikko): Thanks. I'll ask our export team to send a quote today.
(09:18:44) Peter Wong: Perfect.

--
LiveChat transcript - manage your chats at https://my.livechat.example.com
"""
    html = "<html><body><pre style=\"font-family:Arial\">" + esc(txt) + "</pre></body></html>\n"
    mk("chat_transcript/ch04-livechat-en.eml", dict(language="en"),
       "LiveChat <no-reply@livechatinc.example.com>", "Chat transcript: Peter Wong",
       txt, html, when="2026-11-05 09:19 +0200")

    mk("chat_transcript/ch05-tawk-fi.eml", dict(language="fi"),
       "\"tawk.to\" <notifications@tawk.example.net>", "Chat Transcript - Plaza Sähkö - Ari Nieminen",
       """Chat Transcript

Property : Plaza Sähkö
Visitor Name : Ari Nieminen
Visitor Email : ari.nieminen@oulunenergia.example.com
Visitor Phone : 040 700 8181
Page URL : https://www.plaza.example.com/fi/yhteystiedot
Location : Oulu, Finland

[11:03] Ari Nieminen : Päivää! Haen varaosia SF6-kojeistoon, vuosimalli 1998.
[11:04] Laura : Päivää Ari! Mikä kojeistotyyppi on kyseessä?
[11:06] Ari Nieminen : Tyyppikilven mukaan RM6-tyyppinen, 3 kenttää.
[11:07] Laura : Selvä. Tarkistan saatavuuden ja palaan sähköpostilla huomenna.
[11:07] Ari Nieminen : Kiitos!

--
This transcript was sent by tawk.to
""", when="2026-11-05 11:08 +0200")

    mk("chat_transcript/ch06-tawk-sv-offline.eml", dict(language="sv"),
       "\"tawk.to\" <notifications@tawk.example.net>", "New Offline Message from Linnea Strand",
       """You have received a new offline message

Name : Linnea Strand
Email : linnea.strand@strandsel.example.com
Phone : 044 555 7712
Message : Hej! Vi har en gammal kompaktstation som behöver ny transformator, 500 kVA. Kan ni hjälpa oss? Mvh Linnea

This message was sent from : https://www.plaza.example.com/sv/tjanster
Property : Plaza Sähkö

--
Reply to this visitor by e-mail. Powered by tawk.to
""", when="2026-11-06 23:41 +0200")

    mk("chat_transcript/ch07-zendesk-chat-en.eml", dict(language="en"),
       "Zendesk Chat <noreply@zopim.example.com>", "Chat transcript with Visitor 73121",
       """Chat transcript

Chat started: 2026-11-07 07:58 AM UTC

(07:58:12 AM) *** Visitor 73121 joined the chat ***
(07:58:30 AM) Visitor 73121: hello, anyone there?
(07:59:02 AM) *** Hanna joined the chat ***
(07:59:05 AM) Hanna: Hi! How can I help you?
(07:59:48 AM) Visitor 73121: I'm James from Highland Hydro. Looking for a replacement motor operator for an old load break switch
(08:01:10 AM) Hanna: Could you send photos of the rating plate to info@plaza.example.com?
(08:01:33 AM) Visitor 73121: will do. my email is james.mcleod@highlandhydro.example.org
(08:02:01 AM) Hanna: Thanks James, we'll get back to you today.
(08:02:15 AM) *** Visitor 73121 left the chat ***

Visitor details
Name: Visitor 73121
Email: james.mcleod@highlandhydro.example.org
Page: https://www.plaza.example.com/en/spare-parts
""", when="2026-11-07 10:03 +0200")

    html = """<html><body style="font-family:Arial,sans-serif">
<h3>Keskustelun yhteenveto</h3>
<p><b>Vierailija:</b> Jenni Aaltonen<br><b>Sähköposti:</b> jenni.aaltonen@turunsatama.example.net<br><b>Sivu:</b> https://www.plaza.example.com/fi/ratkaisut/maasahko</p>
<table cellpadding="4">
<tr><td style="color:#888">14:20</td><td><b>Jenni Aaltonen</b></td><td>Moi, toimitatteko maasähköliitäntöjä laivoille?</td></tr>
<tr><td style="color:#888">14:21</td><td><b>Plaza Sähkö</b></td><td>Hei Jenni! Kyllä, 400 V ja 11 kV ratkaisuja. Mihin satamaan?</td></tr>
<tr><td style="color:#888">14:22</td><td><b>Jenni Aaltonen</b></td><td>Turkuun, matkustajalaivojen laituriin.</td></tr>
<tr><td style="color:#888">14:24</td><td><b>Plaza Sähkö</b></td><td>Hienoa, myyntipäällikkömme soittaa teille huomenna.</td></tr>
</table>
<p style="font-size:11px;color:#999">Crisp · Keskustelu #8841 · https://app.crisp.example.com/</p>
</body></html>
"""
    mk("chat_transcript/ch08-crisp-fi-html.eml", dict(language="fi"),
       "Crisp <notifications@crisp.example.com>", "Keskustelun yhteenveto: Jenni Aaltonen",
       html=html, when="2026-11-08 14:25 +0200")

    mk("chat_transcript/ch09-tidio-sv-offline.eml", dict(language="sv"),
       "Tidio <notifications@tidio.example.net>", "Nytt meddelande från besökare på plaza.example.com",
       """Du har ett nytt meddelande från en besökare när ni var offline.

Besökare: Elin Granqvist
E-post: elin.granqvist@pargas-fastighet.example.com
Sida: https://www.plaza.example.com/sv/produkter/centraler

Meddelande:
"Hej, vi behöver en offert på byte av huvudcentral i en skola i Pargas. Kan ni
komma på besök nästa vecka?"

Svara i Tidio-panelen: https://panel.tidio.example.net/conversations
""", when="2026-11-09 19:50 +0200")

    html = """<html><body>
<h2 style="font-family:Arial">Conversation transcript</h2>
<table style="font-family:Arial;font-size:13px">
<tr><td><b>Name</b></td><td>Oliver Hughes</td></tr>
<tr><td><b>Email</b></td><td>oliver.hughes@severnwind.example.com</td></tr>
<tr><td><b>Phone</b></td><td>+44 117 496 0012</td></tr>
<tr><td><b>Page</b></td><td>https://www.plaza.example.com/en/references</td></tr>
</table>
<hr>
<p><span style="color:#999">16:02</span> <b>Oliver Hughes</b>: Hi, can you share references for offshore substations?</p>
<p><span style="color:#999">16:03</span> <b>Agent Petra</b>: Hello Oliver, of course - we have three North Sea projects. Shall I email them?</p>
<p><span style="color:#999">16:04</span> <b>Oliver Hughes</b>: Yes please, to the address above.</p>
<p><span style="color:#999">16:05</span> <b>Agent Petra</b>: Done! Anything else?</p>
<p><span style="color:#999">16:05</span> <b>Oliver Hughes</b>: No that's all, cheers.</p>
<p style="font-size:11px;color:#aaa">Sent by Smartsupp</p>
</body></html>
"""
    mk("chat_transcript/ch10-smartsupp-en-html.eml", dict(language="en"),
       "Smartsupp <noreply@smartsupp.example.com>", "Conversation transcript - Oliver Hughes",
       html=html, when="2026-11-10 16:06 +0000", html_cte="quoted-printable")

    mk("chat_transcript/ch11-giosg-fi.eml", dict(language="fi"),
       "giosg <noreply@giosg.example.com>", "Keskustelun kopio – plaza.example.com",
       """Keskustelun kopio

Sivusto: www.plaza.example.com
Kävijä: Tapio Räsänen
Sähköposti: tapio.rasanen@kainuunsahko.example.org
Puhelin: 0400 283 771
Aloitussivu: https://www.plaza.example.com/fi/tuotteet/muuntamot
Aloitettu: 11.11.2026 klo 10.02

10:02 Tapio Räsänen: Päivää. Paljonko maksaa 800 kVA puistomuuntamo asennettuna Kajaaniin?
10:03 Plaza Sähkö / Tuomas: Päivää! Hinta riippuu varustelusta, arvio noin 60–75 t€.
10:05 Tapio Räsänen: Ok. Voitteko tehdä virallisen tarjouksen?
10:05 Plaza Sähkö / Tuomas: Totta kai, lähetän lomakkeen sähköpostiin.
10:06 Tapio Räsänen: Kiitos, hyvää päivänjatkoa.

Keskustelu päättyi 11.11.2026 klo 10.06.
""", when="2026-11-11 10:07 +0200")

    mk("chat_transcript/ch12-olark-en.eml", dict(language="en"),
       "Olark <transcripts@olark.example.com>", "Olark transcript: Conversation with Visitor 61823 (Espoo, Finland)",
       """Conversation with Visitor 61823 (Espoo, Finland)

Visitor info:
  Name: Jonathan Reed
  Email: jonathan.reed@nordicdc.example.com
  Location: Espoo, Uusimaa, Finland
  Current page: https://www.plaza.example.com/en/solutions/data-centres/

[10:31] Jonathan Reed: hi - do you make containerised substations?
[10:31] Plaza Sales (Eero): Hi Jonathan, yes we do - up to 36 kV.
[10:32] Jonathan Reed: we need 2 x 2.5 MVA for a data centre in Espoo, Q3 2027
[10:33] Plaza Sales (Eero): Sounds good, I'll have our project manager contact you.
[10:33] Jonathan Reed: thanks!

View this transcript online: https://chat.olark.example.com/transcripts/6f1c2e
""", when="2026-11-12 10:34 +0200")

    mk("chat_transcript/ch13-freshchat-sv.eml", dict(language="sv"),
       "Freshchat <noreply@freshchat.example.com>", "Konversationsutskrift #4471 – Kristian Lund",
       """Konversationsutskrift

Kontakt: Kristian Lund
E-post: kristian.lund@lundsbyggel.example.net
Telefon: +46 70 555 19 02
Sida: https://www.plaza.example.com/sv/produkter/laddning

13 nov 2026

Kristian Lund (08:47): Hej! Säljer ni laddstolpar för elbilar till bostadsrättsföreningar?
Camilla (Plaza Sähkö) (08:48): Hej Kristian! Ja, vi har 11 och 22 kW modeller.
Kristian Lund (08:50): Toppen. Vi behöver 16 platser med lastbalansering.
Camilla (Plaza Sähkö) (08:51): Jag skickar en offert i eftermiddag.
Kristian Lund (08:51): Tack så mycket!
""", when="2026-11-13 08:52 +0100")

    mk("chat_transcript/ch14-own-transcript-sv-qp.eml", dict(language="sv"),
       CHAT, "Chat with Ulla Bäckström",
       """Chat transcript

Visitor: Ulla Bäckström
Email: ulla.backstrom@malaxenergi.example.com
Page: https://www.plaza.example.com/sv/om-oss
Started: 2026-11-14 12:30 +02:00

[12:30] Ulla Bäckström: Hej, har ni lediga jobb som servicetekniker i Vasa?
[12:31] Agent Camilla: Hej Ulla! Just nu inte, men du kan skicka en öppen ansökan.
[12:32] Ulla Bäckström: Till vilken adress?
[12:32] Agent Camilla: rekrytering@plaza.example.com, så tar vi kontakt.
[12:33] Ulla Bäckström: Tack, ha en bra dag!
""", when="2026-11-14 12:34 +0200", auth=CA, cte="quoted-printable")

    mk("chat_transcript/ch15-drift-fi-offline.eml", dict(language="fi"),
       "Drift <notifications@drift.example.com>", "Uusi viesti verkkosivun chatista (offline)",
       """Sait uuden viestin, kun tiimisi oli poissa.

Lähettäjä: Minna Peltonen
Sähköposti: minna.peltonen@kuopionkiinteistot.example.com
Sivu: https://www.plaza.example.com/fi/yhteystiedot

Viesti:
Hei! Tarvitsisimme sähköpääkeskuksen uusinnan kahteen kerrostaloon Kuopiossa.
Voisiko joku soittaa minulle huomenna aamupäivällä?

Avaa keskustelu: https://app.drift.example.com/conversations/55210
""", when="2026-11-15 21:15 +0200")
# ==========================================================================
# DATA REQUESTS
# ==========================================================================
def dr(path, requests, lang, frm, subject, text=None, html=None, **kw):
    mk("data_request/" + path, dict(requests=requests, language=lang), frm, subject, text, html, **kw)


def data_requests():
    # ---------------- Finnish ----------------
    dr("dr01-fi-art15-formal.eml", ["access"], "fi",
       "Leena Korpela <leena.korpela@vaasanvoima.example.com>", "Pyyntö: pääsy henkilötietoihin (EU 2016/679, 15 art.)",
       """Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla tietoa siitä,
käsitelläänkö minua koskevia henkilötietoja rekisterissänne, ja mikäli
käsitellään, jäljennöstä kaikista minua koskevista tiedoista sekä tiedot
käsittelyn tarkoituksista, tietolähteistä ja säilytysajoista.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.

Ystävällisin terveisin
Leena Korpela
""", when="2026-11-02 09:12 +0200")

    dr("dr02-fi-no-diacritics.eml", ["erasure"], "fi",
       "Jari Nurmi <jari.nurmi@kotiposti.example.net>", "poistakaa tietoni",
       """moi

poistakaa tietoni rekisterista, en ole teidan asiakas enaa eika minulla ole
mitaan tarvetta teidan palveluille. kiitos

jari
""", when="2026-11-02 22:47 +0200", auth="none")

    dr("dr03-fi-art16-korjaus.eml", ["rectification"], "fi",
       "Anne Lehtonen <anne.lehtonen@rakennus-lehtonen.example.com>", "Tietojen korjaaminen",
       """Hei,

pyydän tietosuoja-asetuksen 16 artiklan nojalla oikaisemaan tietoni
asiakasrekisterissänne:

- sukunimi: Lehtonen (aiemmin Saarinen)
- puhelinnumero: 050 312 4499
- titteli: projektipäällikkö

Kiitos!
Anne Lehtonen
""", when="2026-11-03 10:30 +0200")

    dr("dr04-fi-vastustan-puhelinmarkkinointia.eml", ["objection"], "fi",
       "Markku Rinne <markku.rinne@rinnepalvelut.example.org>", "Puhelinmarkkinointi",
       """Hei.

Vastustan puhelinmarkkinointia. Teiltä on soitettu minulle kolme kertaa tässä
kuussa myyntipuheluita. Älkää enää soittako tähän numeroon, sähköpostilla voi
jatkossakin lähettää tilausvahvistukset.

Markku Rinne
""", when="2026-11-03 14:55 +0200")

    dr("dr05-fi-mista-saitte-numeroni.eml", ["access"], "fi",
       "Pirjo Heikkilä <pirjo.heikkila@heikkilantila.example.net>", "Mistä saitte numeroni??",
       """Mistä saitte numeroni? Teidän myyjänne soitti minulle tänään enkä ole koskaan
ollut teidän kanssanne missään tekemisissä. Kertokaa mitä tietoja teillä on
minusta ja mistä ne on hankittu.

P. Heikkilä

Lähetetty Android-puhelimesta
""", when="2026-11-04 17:03 +0200", auth="none")

    dr("dr06-fi-peru-uutiskirje.eml", ["unsubscribe"], "fi",
       "Eija Mäkinen <eija.makinen@pirkanmaan-sahko.example.com>", "Uutiskirjeen peruminen",
       """Hei,

haluan perua uutiskirjeenne tilauksen. Kiitos.

Eija Mäkinen
Pirkanmaan Sähkö Oy
""", when="2026-11-05 08:01 +0200")

    dr("dr07-fi-tilaa-uutiskirje.eml", ["subscribe"], "fi",
       "Timo Kallio <timo.kallio@kalliotekniikka.example.com>", "Uutiskirje",
       """Moi,

voisitteko lisätä minut uutiskirjeenne vastaanottajaksi? Haluaisin saada
tiedotteet uusista tuotteista ja koulutuksista.

t. Timo Kallio
Kalliotekniikka Oy
""", when="2026-11-05 12:42 +0200")

    dr("dr08-fi-palkanlaskenta.eml", ["personnel"], "fi",
       "Satu Vainio <satu.vainio@kotiposti.example.net>", "Mitä tietoja tilitoimistolla on minusta?",
       """Hei,

olen ollut teillä töissä asentajana vuodesta 2021. Haluaisin tietää, mitä
henkilötietoja palkanlaskentaa hoitava tilitoimisto minusta säilyttää
(henkilötunnus, tilinumero, osoite?) ja kuka niihin pääsee käsiksi.

Terveisin
Satu Vainio
""", when="2026-11-06 19:20 +0200")

    dr("dr09-fi-ote-ja-poisto.eml", ["access", "erasure"], "fi",
       "Kari Laaksonen <kari.laaksonen@laaksonen-kone.example.org>", "Rekisteriote ja tietojen poisto",
       """Hei,

lähettäkää minulle ensin rekisteriote kaikista minusta tallennetuista
tiedoista. Kun olen saanut otteen, poistakaa kaikki tietoni rekisteristänne.

Kari Laaksonen
Laaksosen Konepaja
""", when="2026-11-07 09:58 +0200")

    dr("dr10-fi-latin1-qp.eml", ["erasure"], "fi",
       "Helena Ström <helena.strom@turunrakennus.example.com>", "Yhteystietojen poistaminen",
       """Hyvä Plaza Sähkö Oy,

pyydän poistamaan yhteystietoni asiakasrekisteristänne. Siirryin toiseen
yritykseen, eikä minulla ole enää tarvetta yhteydenpitoon.

Ystävällisin terveisin
Helena Ström
""", when="2026-11-07 15:22 +0200", charset="iso-8859-1", cte="quoted-printable")

    dr("dr11-fi-html-only-outlook.eml", ["access"], "fi",
       "Juha Tuominen <juha.tuominen@savonlinnanvesi.example.com>", "Rekisteriote",
       html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FI" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Hei,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pyytäisin rekisteriotetta eli kopiota kaikista tiedoista, joita teillä on minusta tallennettuna asiakasrekisterissänne.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Terveisin<o:p></o:p></p>
<p class="MsoNormal"><b>Juha Tuominen</b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Kunnossapitopäällikkö | Savonlinnan Vesi Oy<o:p></o:p></span></p>
</div></body></html>
""", when="2026-11-08 11:05 +0200", html_cte="quoted-printable",
       extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    dr("dr12-fi-quoted-newsletter.eml", ["unsubscribe"], "fi",
       "Marja Salo <marja.salo@rauman-sahko.example.net>", "VS: Plaza Sähkö uutiskirje 11/2026",
       """Lopettakaa uutiskirjeiden lähettäminen minulle.

Marja

-----Alkuperäinen viesti-----
Lähettäjä: Plaza Sähkö Oy <uutiskirje@plaza.example.com>
Lähetetty: tiistai 10. marraskuuta 2026 8.00
Vastaanottaja: marja.salo@rauman-sahko.example.net
Aihe: Plaza Sähkö uutiskirje 11/2026

Hei Marja,

tässä kuussa: uudet kojeistot, talvihuollon kampanja ja koulutuspäivät.
Päivitä tietosi tai tilaa koulutuskalenteri osoitteessa
https://www.plaza.example.com/fi/uutiskirje

Jos et halua enää vastaanottaa uutiskirjettä, voit perua tilauksen täältä:
https://www.plaza.example.com/fi/uutiskirje/peru
""", when="2026-11-10 09:14 +0200", in_reply_to="<nl-2026-11.8812@plaza.example.com>")

    dr("dr13-fi-signature-misleading.eml", ["rectification"], "fi",
       "Sami Hakala <sami.hakala@hakala-automaatio.example.com>", "Sähköpostiosoite muuttunut",
       """Hei,

sähköpostiosoitteeni on muuttunut. Vanha osoite sami.hakala@oldmail.example.net
ei ole enää käytössä, käyttäkää jatkossa tätä osoitetta
sami.hakala@hakala-automaatio.example.com. Korjatkaa tieto rekisteriinne.

Kiitos,
Sami

--
Sami Hakala | Toimitusjohtaja
Hakala Automaatio Oy
Tilaa uutiskirjeemme: www.hakala-automaatio.example.com/uutiskirje
Tämä viesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin
vahingossa, ilmoita lähettäjälle ja poista viesti.
""", when="2026-11-10 13:40 +0200")

    dr("dr14-fi-sloppy-postituslista.eml", ["unsubscribe"], "fi",
       "\"janne.k\" <janne.k77@webmail.example.com>", "postituslista",
       """en halua enää teidän uutiskirjeitä, ottakaa mut pois postituslistalta kiitos
""", when="2026-11-11 23:59 +0200", auth="none")

    dr("dr15-fi-isan-puolesta.eml", ["erasure"], "fi",
       "Laura Mäkinen <laura.makinen@kotiposti.example.net>", "Isäni tiedot",
       """Hei,

isäni Pentti Mäkinen (pentti.makinen@makisen-sahkotyo.example.com) kuoli
syyskuussa. Hänen yrityksensä Mäkisen Sähkötyö on lopetettu. Pyydän, että
poistatte hänen tietonsa rekisteristänne ja lopetatte postin lähettämisen
hänelle.

Terveisin
Laura Mäkinen
""", when="2026-11-12 10:20 +0200")

    dr("dr16-fi-base64-yhdyssanat.eml", ["erasure"], "fi",
       "Tuula Rautio <tuula.rautio@rautio-sahko.example.org>", "Tietojenpoistopyyntö",
       """Hei!

Tämä on henkilötietojeni poistopyyntö. Pyydän teitä poistamaan kaikki
henkilötietoni asiakas- ja markkinointirekistereistänne viipymättä
(tietosuoja-asetuksen 17 artikla).

Tuula Rautio
""", when="2026-11-12 16:48 +0200", cte="base64")

    dr("dr17-fi-entinen-tyontekija.eml", ["personnel"], "fi",
       "Kimmo Aho <kimmo.aho@kotiposti.example.net>", "Henkilöstörekisterin tiedot",
       """Hei,

olin palveluksessanne huoltoasentajana 2018–2024. Pyydän kopion minusta
henkilöstörekisteriin tallennetuista tiedoista, ja haluaisin tietää onko
työterveyshuollolle luovutettuja tietoja vielä tallessa.

Kimmo Aho
""", when="2026-11-13 18:12 +0200")

    # ---------------- Swedish ----------------
    dr("dr18-sv-registerutdrag-art15.eml", ["access"], "sv",
       "Gunilla Sjöberg <gunilla.sjoberg@kristinestad-el.example.com>", "Begäran om registerutdrag",
       """Hej,

jag begär härmed enligt artikel 15 i dataskyddsförordningen (GDPR) ett
registerutdrag över de personuppgifter ni behandlar om mig.

Med vänliga hälsningar
Gunilla Sjöberg
""", when="2026-11-02 11:45 +0200")

    dr("dr19-sv-radera.eml", ["erasure"], "sv",
       "Björn Nyman <bjorn.nyman@nymansel.example.net>", "Radera mina uppgifter",
       """Hej!

Radera mina uppgifter ur ert kundregister, tack. Jag har gått i pension och
firman är nedlagd.

Björn
""", when="2026-11-03 08:33 +0200")

    dr("dr20-sv-artikel17.eml", ["erasure"], "sv",
       "Cecilia Åberg <cecilia.aberg@abergkonsult.example.com>", "Begäran om radering enligt artikel 17",
       """Till Plaza Sähkö Oy

Med hänvisning till artikel 17 i EU:s dataskyddsförordning begär jag att ni
raderar samtliga personuppgifter som rör mig, inklusive kontaktuppgifter och
eventuell korrespondens, samt bekräftar raderingen skriftligen.

Cecilia Åberg
Åberg Konsult Ab
""", when="2026-11-04 13:10 +0200")

    dr("dr21-sv-rattelse.eml", ["rectification"], "sv",
       "Hanna Westerlund <hanna.westerlund@westerlundsel.example.org>", "Ändring av mina kontaktuppgifter",
       """Hej,

mitt efternamn har ändrats från Lindholm till Westerlund och jag har nytt
telefonnummer 040 551 2290. Vänligen uppdatera mina uppgifter i ert register.

Tack på förhand,
Hanna Westerlund
""", when="2026-11-05 10:07 +0200")

    dr("dr22-sv-avregistrera.eml", ["unsubscribe"], "sv",
       "Lars Holmqvist <lars.holmqvist@vastra-nat.example.com>", "Avregistrera",
       """Avregistrera mig från ert nyhetsbrev.

/Lars
""", when="2026-11-05 16:16 +0200")

    dr("dr23-sv-prenumerera.eml", ["subscribe"], "sv",
       "Matilda Berg <matilda.berg@bergsteknik.example.net>", "Nyhetsbrev",
       """Hej!

Jag träffade er på mässan i Vasa och skulle gärna vilja prenumerera på ert
nyhetsbrev. Kan ni lägga till min adress?

Hälsningar
Matilda Berg
Bergs Teknik Ab
""", when="2026-11-06 09:30 +0200")

    dr("dr24-sv-invandning-telefon.eml", ["objection"], "sv",
       "Roger Eklund <roger.eklund@eklundsbygg.example.com>", "Sluta ringa mig",
       """Hej,

jag motsätter mig att ni använder mina uppgifter för direktmarknadsföring.
Sluta ringa mig med erbjudanden – jag är fortfarande kund, men vill bara bli
kontaktad när jag själv hör av mig.

Roger Eklund
""", when="2026-11-06 14:44 +0200")

    dr("dr25-sv-varifran-nummer.eml", ["access"], "sv",
       "Kerstin Lundqvist <kerstin.lundqvist@hemmail.example.org>", "Var har ni fått mitt nummer?",
       """Hej

Var har ni fått mitt nummer ifrån? En säljare från er ringde mig i går. Jag vill
veta vilka uppgifter ni har om mig och varifrån de kommer.

Kerstin Lundqvist
""", when="2026-11-07 12:12 +0200", auth="none")

    dr("dr26-sv-utdrag-sedan-radera.eml", ["access", "erasure"], "sv",
       "Fredrik Sandell <fredrik.sandell@sandell-energi.example.com>", "Utdrag och radering",
       """Hej,

jag vill först få ett utdrag av alla uppgifter ni har om mig. När jag har fått
det vill jag att ni raderar allt.

Mvh
Fredrik Sandell
""", when="2026-11-08 10:40 +0200")

    dr("dr27-sv-latin1-8bit.eml", ["erasure"], "sv",
       "Göran Häggblom <goran.haggblom@haggbloms.example.net>", "Ta bort mig ur registret",
       """Hej!

Ta bort mig ur ert register. Jag har inte längre någon koppling till
elbranschen och vill inte att mina uppgifter sparas hos er.

Göran Häggblom
""", when="2026-11-08 19:05 +0200", charset="iso-8859-1", cte="8bit")

    dr("dr28-sv-html-only-unsub.eml", ["unsubscribe"], "sv",
       "Annika Söderholm <annika.soderholm@jakobstadsel.example.com>", "Nyhetsbrevet",
       html="""<html><body><div dir="ltr"><div>Hej,</div><div><br></div><div>Jag vill inte längre få ert nyhetsbrev. Vänligen stryk min adress från utskickslistan.</div><div><br></div><div>Tack!</div><div>Annika</div></div></body></html>
""", when="2026-11-09 08:20 +0200")

    dr("dr29-sv-no-diacritics.eml", ["erasure"], "sv",
       "Jonas Bjorkman <jonas.bjorkman@webmail.example.com>", "radera uppgifter",
       """hej

radera mina uppgifter fran era register tack, jag har aldrig bett om att fa
nagot fran er

jonas
""", when="2026-11-09 23:14 +0200", auth="none")

    dr("dr30-sv-lonebyra.eml", ["personnel"], "sv",
       "Emil Grönroos <emil.gronroos@hemmail.example.org>", "Mina uppgifter hos lönebyrån",
       """Hej,

jag är anställd hos er som montör i Vasa. Vilka uppgifter om mig har
lönebyrån som sköter våra löner? Jag vill veta vad som lämnats ut
(personbeteckning, kontonummer osv).

Emil Grönroos
""", when="2026-11-10 17:45 +0200")

    dr("dr31-sv-for-min-mamma.eml", ["erasure"], "sv",
       "Sara Lindblom <sara.lindblom@hemmail.example.org>", "För min mammas räkning",
       """Hej,

jag skriver för min mamma Ingrid Lindblom (ingrid.lindblom@lindbloms.example.net),
som inte själv använder e-post längre. Hon vill att ni tar bort hennes
uppgifter ur ert register. Hennes firma har upphört.

Med vänlig hälsning
Sara Lindblom
""", when="2026-11-11 11:11 +0200")

    dr("dr32-sv-quoted-reply.eml", ["unsubscribe"], "sv",
       "Patrik Åkerlund <patrik.akerlund@korsholmsel.example.com>", "SV: Inbjudan: Kunddag 2027",
       """Sluta skicka nyhetsbrev och inbjudningar till mig, tack.

Patrik

Från: Plaza Sähkö Oy <info@plaza.example.com>
Skickat: den 10 november 2026 09:00
Till: patrik.akerlund@korsholmsel.example.com
Ämne: Inbjudan: Kunddag 2027

Hej Patrik,

välkommen till vår kunddag i Vasa den 4 februari 2027! Anmäl dig senast 15.1.
Vill du ha ett registerutdrag eller ändra dina uppgifter, svara på detta
meddelande.

Hälsningar
Plaza Sähkö Oy
""", when="2026-11-11 15:30 +0200", in_reply_to="<kunddag2027.771@plaza.example.com>")

    dr("dr33-sv-ratta-sedan-avsluta.eml", ["rectification", "unsubscribe"], "sv",
       "Tove Mattila <tove.mattila@mattilaprojekt.example.net>", "Uppdatering",
       """Hej,

två saker: min titel är numera projektchef (inte projektingenjör), rätta det
gärna i ert register. Och avsluta prenumerationen på nyhetsbrevet, jag får det
redan via min kollega.

Tove Mattila
""", when="2026-11-12 09:02 +0200")

    dr("dr34-sv-begransning.eml", ["objection"], "sv",
       "Mats Rönnqvist <mats.ronnqvist@ronnqvist-el.example.com>", "Begränsning av behandling",
       """Hej,

jag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18
och invänder mot all marknadsföring. Ni får behålla uppgifterna för våra
pågående beställningar men inte använda dem för något annat.

Mats Rönnqvist
""", when="2026-11-13 13:25 +0200")

    # ---------------- English ----------------
    dr("dr35-en-sar-art15.eml", ["access"], "en",
       "Catherine Hughes <catherine.hughes@westmere.example.com>", "Subject Access Request (Art. 15 GDPR)",
       """Dear Sir or Madam,

Under Article 15 of the General Data Protection Regulation I request a copy of
all personal data you hold about me, together with the purposes of processing,
the recipients, the retention period and the source of the data.

Please respond within one month as required.

Yours faithfully,
Catherine Hughes
""", when="2026-11-02 10:00 +0000")

    dr("dr36-en-forgoten-typos.eml", ["erasure"], "en",
       "Gary Mitchel <gary.mitchel@webmail.example.com>", "right to be forgoten",
       """hi,

i want to excercise my right to be forgoten. plese errase all my personal
informations from you're databse asap.

gary
""", when="2026-11-03 02:14 +0000", auth="none")

    dr("dr37-en-sons-details.eml", ["erasure"], "en",
       "Deborah Clarke <deborah.clarke@familymail.example.org>", "My son's details",
       """Hello,

My son Thomas Clarke (16) filled in a form on your website for a school
project and has since received marketing e-mails at thomas.clarke@familymail.example.org.
Please delete my son's details from your systems.

Thank you,
Deborah Clarke
""", when="2026-11-04 19:30 +0000")

    dr("dr38-en-correct-address.eml", ["rectification"], "en",
       "Nigel Barnes <nigel.barnes@barnes-electrical.example.com>", "Incorrect details on your records",
       """Hi,

your records have my job title and phone wrong. Please correct them:

  Title: Head of Procurement (was: Buyer)
  Phone: +44 161 496 0735

Cheers,
Nigel Barnes
Barnes Electrical Ltd
""", when="2026-11-05 11:22 +0000")

    dr("dr39-en-list-unsubscribe-mailto.eml", ["unsubscribe"], "en",
       "ian.forbes@forbes-eng.example.com", "unsubscribe",
       "unsubscribe\n", when="2026-11-05 20:48 +0000")

    dr("dr40-en-subscribe.eml", ["subscribe"], "en",
       "Melissa Young <melissa.young@youngpower.example.net>", "Newsletter sign-up",
       """Hello,

please add me to your newsletter mailing list - I'd like to hear about new
products and training days.

Best,
Melissa Young
""", when="2026-11-06 13:13 +0000")

    dr("dr41-en-stop-contacting.eml", ["objection"], "en",
       "Robert King <robert.king@kingbuild.example.com>", "Stop contacting me",
       """Stop contacting me by phone. I object to you using my details for
marketing. I'm happy to stay on your customer list for invoices, but I do not
want any more sales calls.

R. King
""", when="2026-11-07 08:45 +0000")

    dr("dr42-en-where-did-you-get.eml", ["access"], "en",
       "Zoe Patterson <zoe.patterson@pattersondesign.example.org>", "Where did you get my e-mail address?",
       """Hi,

Where did you get my email address? I've never dealt with your company and
yet I'm getting your offers. Please tell me exactly what data you hold on me
and where it came from.

Zoe Patterson
""", when="2026-11-08 16:01 +0000")

    dr("dr43-en-copy-then-delete.eml", ["access", "erasure"], "en",
       "Henry Walsh <henry.walsh@walshgroup.example.com>", "Data request",
       """Hello,

Please send me a copy of all the personal data you store about me. Once I
have received it, delete everything.

Regards,
Henry Walsh
""", when="2026-11-09 09:45 +0000")

    dr("dr44-en-html-only-base64.eml", ["erasure"], "en",
       "Olivia Bennett <olivia.bennett@bennett-arch.example.com>", "Erasure request",
       html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif">
<p>Dear Plaza Sähkö team,</p>
<p>I am writing to request the <strong>erasure of all personal data</strong> you hold about me, under Article 17 GDPR. Please confirm once this has been done.</p>
<p>Kind regards,<br>Olivia Bennett<br><span style="color:#777">Bennett Architecture</span></p>
</body></html>
""", when="2026-11-10 14:20 +0000", html_cte="base64")

    dr("dr45-en-payroll-provider.eml", ["personnel"], "en",
       "Marco Rossi <marco.rossi@privatemail.example.net>", "Question about my employee data",
       """Hi,

I'm an employee of Plaza Sähkö (field service, Helsinki office). What personal
data does your payroll provider hold about me, and is anything shared with
the occupational health service? I'd like a copy of my employee file.

Thanks,
Marco Rossi
""", when="2026-11-11 18:30 +0200")

    dr("dr46-en-disclaimer-signature.eml", ["access"], "en",
       "Stephen Ward <stephen.ward@wardlaw-grid.example.com>", "Request for a copy of my data",
       """Hello,

I'd like to receive a copy of the information you hold about me in your CRM.

Many thanks,
Stephen

--
Stephen Ward | Senior Engineer | Wardlaw Grid Services
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential. If
you have received it in error, please notify the sender and delete it and all
copies from your system. To unsubscribe from our marketing, reply "remove".
Please consider the environment before printing this e-mail.
""", when="2026-11-12 11:40 +0000")

    dr("dr47-en-art21-objection.eml", ["objection"], "en",
       "Alison Grey <alison.grey@greyandco.example.com>", "Objection under Art. 21",
       """To whom it may concern,

I hereby object, under Art. 21 GDPR, to the processing of my personal data for
direct marketing purposes. Please restrict processing accordingly. I am not
asking you to delete my data, as we have an open service contract.

Alison Grey
""", when="2026-11-13 09:09 +0000")

    dr("dr48-en-update-then-subscribe.eml", ["rectification", "subscribe"], "en",
       "Sean Murphy <sean.murphy@murphy-mep.example.com>", "New address + newsletter",
       """Hi,

I've moved from Dublin Grid to Murphy MEP - please update my company name and
use this e-mail from now on. And could you sign me up for your newsletter
while you're at it?

Thanks
Sean
""", when="2026-11-14 10:50 +0000")

    dr("dr49-en-unsub-then-delete.eml", ["unsubscribe", "erasure"], "en",
       "Karen Doyle <karen.doyle@doyle-eng.example.org>", "Unsubscribe and remove",
       """Unsubscribe me from your mailings and then delete all data you have on me.

Karen Doyle
""", when="2026-11-15 17:05 +0000")

    dr("dr50-en-sloppy-iphone.eml", ["erasure"], "en",
       "Dan <danny.h@mobilemail.example.com>", "remove me",
       """pls remove me from ur database thx

Sent from my iPhone
""", when="2026-11-16 07:52 +0000", auth="none")
# ==========================================================================
# CONFIRMATIONS (replies to mailbot's own confirmation mails)
# ==========================================================================
def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


ORIG_FI = """Hei,

Plaza Sähkö Oy:n asiakasrekisteriin on lisätty tämä sähköpostiosoite.
Vahvistatko, että saamme tallentaa yhteystietosi ja lähettää sinulle
uutiskirjeen?

Vastaa tähän viestiin sanalla KYLLÄ tai EI. Jos et vastaa 14 päivän
kuluessa, tietosi poistetaan automaattisesti.

Ystävällisin terveisin
Plaza Sähkö Oy
"""
ORIG_SV = """Hej,

den här e-postadressen har lagts till i Plaza Sähkö Oy:s kundregister.
Godkänner du att vi sparar dina kontaktuppgifter och skickar dig vårt
nyhetsbrev?

Svara på detta meddelande med JA eller NEJ. Om du inte svarar inom 14 dagar
raderas dina uppgifter automatiskt.

Med vänlig hälsning
Plaza Sähkö Oy
"""
ORIG_EN = """Hello,

this e-mail address has been added to the customer register of Plaza Sähkö Oy.
Do you agree that we store your contact details and send you our newsletter?

Please reply to this message with YES or NO. If you do not reply within 14
days, your data will be deleted automatically.

Kind regards,
Plaza Sähkö Oy
"""


def conf(path, decision, lang, frm, subject, text=None, html=None, token="", **kw):
    mk("confirmation/" + path, dict(decision=decision, language=lang), frm, subject, text, html,
       in_reply_to=f"<mailbot.{token}@plaza.example.com>", **kw)


def confirmations():
    t = "3f9c2a7b1d04e8aa"
    conf("conf01-fi-kylla.eml", "accept", "fi",
         "Anu Kettunen <anu.kettunen@kettusen-sahko.example.com>",
         f"Re: Vahvista tilauksesi [mailbot:{t}]",
         "Kyllä\n\nt. Anu\n\nti 10.11.2026 klo 9.02 Plaza Sähkö Oy <info@plaza.example.com> kirjoitti:\n" + quote(ORIG_FI),
         token=t, when="2026-11-10 12:30 +0200")

    t = "a71be05c99d2f310"
    conf("conf02-fi-en-halua.eml", "decline", "fi",
         "Erkki Toivonen <erkki.toivonen@toivosen-kone.example.net>",
         f"VS: Vahvista tietojesi tallentaminen [mailbot:{t}]",
         """En halua, että tietojani tallennetaan.

Erkki Toivonen

-----Alkuperäinen viesti-----
Lähettäjä: Plaza Sähkö Oy <info@plaza.example.com>
Lähetetty: keskiviikko 11. marraskuuta 2026 8.30
Vastaanottaja: erkki.toivonen@toivosen-kone.example.net
Aihe: Vahvista tietojesi tallentaminen [mailbot:""" + t + "]\n\n" + ORIG_FI,
         token=t, when="2026-11-11 14:05 +0200")

    t = "0c4d8e21bb7a9f65"
    conf("conf03-sv-ja.eml", "accept", "sv",
         "Camilla Storm <camilla.storm@stormsel.example.org>",
         f"Sv: Bekräfta din prenumeration [mailbot:{t}]",
         "Ja\n\nSkickat från min iPhone\n\n> 12 nov. 2026 kl. 08:15 skrev Plaza Sähkö Oy <info@plaza.example.com>:\n>\n" + quote(ORIG_SV),
         token=t, when="2026-11-12 08:47 +0200")

    t = "9be3117fa0c2d4e8"
    conf("conf04-sv-nej-tack.eml", "decline", "sv",
         "Leif Halonen <leif.halonen@halonens.example.com>",
         f"SV: Bekräfta registrering [mailbot:{t}]",
         "Nej tack.\n\nLeif\n\nFrån: Plaza Sähkö Oy <info@plaza.example.com>\nSkickat: den 12 november 2026 10:00\nTill: leif.halonen@halonens.example.com\nÄmne: Bekräfta registrering [mailbot:" + t + "]\n\n" + ORIG_SV,
         token=t, when="2026-11-12 16:20 +0200")

    t = "5d2f90ab13c7e6f4"
    conf("conf05-en-yes-please.eml", "accept", "en",
         "George Ellis <george.ellis@ellis-power.example.com>",
         f"Re: Confirm your request [mailbot:{t}]",
         "Yes please.\n\nGeorge\n\nOn Thu, 12 Nov 2026 at 09:00, Plaza Sähkö Oy <info@plaza.example.com> wrote:\n" + quote(ORIG_EN),
         token=t, when="2026-11-12 13:13 +0000")

    t = "e4c1a09b7723d5f0"
    conf("conf06-en-no.eml", "decline", "en",
         "Paula Fenwick <paula.fenwick@fenwick-mep.example.net>",
         f"RE: Confirm your subscription [mailbot:{t}]",
         "No.\n\n________________________________\nFrom: Plaza Sähkö Oy <info@plaza.example.com>\nSent: 13 November 2026 09:00\nTo: paula.fenwick@fenwick-mep.example.net\nSubject: Confirm your subscription [mailbot:" + t + "]\n\n" + ORIG_EN,
         token=t, when="2026-11-13 09:41 +0000")

    t = "7a3e5c8d2b1f0946"
    conf("conf07-fi-kylla-html.eml", "accept", "fi",
         "Reijo Lindfors <reijo.lindfors@lindforsin-sahko.example.com>",
         f"VS: Vahvista tilauksesi [mailbot:{t}]",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Kyllä, vahvistan. Saatte tallentaa tietoni.</div>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Reijo</div>
<hr>
<div id="divRplyFwdMsg"><b>Lähettäjä:</b> Plaza Sähkö Oy &lt;info@plaza.example.com&gt;<br><b>Lähetetty:</b> perjantai 13. marraskuuta 2026 10.00<br><b>Aihe:</b> Vahvista tilauksesi [mailbot:""" + t + """]</div>
<div><p>Hei,</p><p>Plaza Sähkö Oy:n asiakasrekisteriin on lisätty tämä sähköpostiosoite. Vahvistatko, että saamme tallentaa yhteystietosi ja lähettää sinulle uutiskirjeen?</p><p>Vastaa tähän viestiin sanalla KYLLÄ tai EI. Jos et vastaa 14 päivän kuluessa, tietosi poistetaan automaattisesti.</p></div>
</body></html>
""", token=t, when="2026-11-13 11:02 +0200", html_cte="quoted-printable")

    t = "c0ffee12ab34cd56"
    conf("conf08-sv-ja-garna.eml", "accept", "sv",
         "Ida Karlsson <ida.karlsson@karlssonsel.example.net>",
         f"Re: Bekräfta din prenumeration [mailbot:{t}]",
         "Ja gärna!\n\nIda\n\nDen 14 november 2026 09:00 skrev Plaza Sähkö Oy <info@plaza.example.com>:\n" + quote(ORIG_SV),
         token=t, when="2026-11-14 10:10 +0200")

    t = "1b9d7e3a5f20c84d"
    conf("conf09-en-i-confirm.eml", "accept", "en",
         "Hugo Lambert <hugo.lambert@lambert-grid.example.org>",
         f"Re: Confirm your request [mailbot:{t}]",
         "I confirm - that's fine with me.\n\nHugo\n\nOn 15 Nov 2026, at 09:00, Plaza Sähkö Oy <info@plaza.example.com> wrote:\n" + quote(ORIG_EN),
         token=t, when="2026-11-15 15:35 +0100")

    t = "f00d4a7c6e29b3d1"
    conf("conf10-fi-ei-kiitos.eml", "decline", "fi",
         "Merja Halme <merja.halme@halmeen-tila.example.com>",
         f"Re: Vahvista tilauksesi [mailbot:{t}]",
         "Ei kiitos.\n\nsu 15.11.2026 klo 9.00 Plaza Sähkö Oy <info@plaza.example.com> kirjoitti:\n" + quote(ORIG_FI),
         token=t, when="2026-11-15 20:44 +0200", auth="none")
# ==========================================================================
# AUTOMATIC
# ==========================================================================
from email.header import Header


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def encaddr(name, addr):
    return f"{enc(name)} <{addr}>" if name else addr


def rawmsg(relpath, meta, frm, subject, when, body_headers, body, to=INFO, extra=(), rcv_domain=None, auth=None):
    d = rcv_domain or dom(frm)
    h = [f"Received: {received(d, when)}"]
    if auth:
        h.append(f"Authentication-Results: {auth}")
    h += [f"From: {frm}", f"To: {to}", f"Subject: {enc(subject)}", f"Date: {dt(when)}",
          f"Message-ID: {mid(relpath, d)}"]
    h += [f"{k}: {v}" for k, v in extra]
    h.append("MIME-Version: 1.0")
    h += body_headers
    raw(relpath, meta, "\n".join(h) + "\n\n" + body)


def dsn(relpath, lang, frm, subject, when, human, status, rcpt, diag, orig_subject, orig_body, extra=(), human_ct="text/plain; charset=us-ascii", human_cte=None):
    b = "=_dsn_" + hashlib.md5(relpath.encode()).hexdigest()[:10]
    rm = "mx." + rcpt.split("@")[1]
    body = f"""This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: {human_ct}
{("Content-Transfer-Encoding: " + human_cte + chr(10)) if human_cte else ""}
{human}
--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.plaza.example.com
X-Postfix-Queue-ID: 4Nq{hashlib.md5(when.encode()).hexdigest()[:8].upper()}
Arrival-Date: {dt(when)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {"delayed" if status.startswith("4") else "failed"}
Status: {status}
Remote-MTA: dns; {rm}
Diagnostic-Code: smtp; {diag}

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Plaza =?utf-8?q?S=C3=A4hk=C3=B6?= Oy <info@plaza.example.com>
To: {rcpt}
Subject: {enc(orig_subject)}
Date: {dt(when)}
Message-ID: <mailbot.{hashlib.md5(rcpt.encode()).hexdigest()[:16]}@plaza.example.com>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8

--{b}--
"""
    rawmsg(relpath, dict(language=lang), frm, subject, when,
           [f'Content-Type: multipart/report; report-type=delivery-status;\n boundary="{b}"'],
           body, extra=[("Auto-Submitted", "auto-replied")] + list(extra), rcv_domain="smtp.plaza.example.com")


def automatic():
    A = "automatic/"
    # 1 Postfix bounce quoting an extract mail
    dsn(A + "a01-dsn-en-bounce-extract.eml", "en",
        "Mail Delivery System <MAILER-DAEMON@smtp.plaza.example.com>",
        "Undelivered Mail Returned to Sender", "2026-11-02 09:40 +0200",
        """This is the mail system at host smtp.plaza.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.laine@closedworks.example.com>: host mx.closedworks.example.com[192.0.2.9]
    said: 550 5.1.1 <p.laine@closedworks.example.com>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", "5.1.1", "p.laine@closedworks.example.com",
        "550 5.1.1 <p.laine@closedworks.example.com>: Recipient address rejected: User unknown",
        "Your data extract / Rekisteriote",
        "(headers only)")

    # 2 Exchange NDR in Finnish
    human = """Toimitus seuraaville vastaanottajille tai ryhmille epäonnistui:

tarja.lind@kunta-esimerkki.example.org
Vastaanottajan sähköpostiosoitetta ei löytynyt vastaanottajan sähköpostijärjestelmästä. Se on voitu siirtää tai poistaa.

Lisätietoja järjestelmänvalvojille:
Palvelin: AM0PR10MB1234.eurprd10.prod.outlook.example.com
Virhe: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    dsn(A + "a02-ndr-fi-exchange.eml", "fi",
        "Microsoft Outlook <postmaster@kunta-esimerkki.example.org>",
        "Toimittamaton: Vahvista tilauksesi", "2026-11-03 10:05 +0200",
        human, "5.1.10", "tarja.lind@kunta-esimerkki.example.org",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "Vahvista tilauksesi [mailbot:77ac01de4b9f2c30]", "(headers only)",
        human_ct="text/plain; charset=utf-8", human_cte="8bit")

    # 3 Outlook OOF Finnish, no Auto-Submitted header (old Exchange)
    mk(A + "a03-oof-fi-outlook-no-autosubmitted.eml", dict(language="fi"),
       "Riitta Koivisto <riitta.koivisto@lahdenenergia.example.com>",
       "Automaattinen vastaus: Rekisteriote",
       """Hei,

olen lomalla 23.11.2026 saakka enkä lue sähköpostiani. Kiireellisissä
asioissa ota yhteyttä kollegaani Jarmo Kurkeen, jarmo.kurki@lahdenenergia.example.com
tai puh. 03 555 1010.

Ystävällisin terveisin
Riitta Koivisto
""", when="2026-11-03 11:00 +0200",
       extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "riitta.koivisto@lahdenenergia.example.com"),
              ("Thread-Topic", "Rekisteriote")])

    # 4 Outlook OOF Swedish with Auto-Submitted
    mk(A + "a04-oof-sv-outlook.eml", dict(language="sv"),
       "Stefan Nordlund <stefan.nordlund@nordlunds.example.net>",
       "Automatiskt svar: Bekräfta din prenumeration [mailbot:2e8a6f01c3d94b57]",
       """Tack för ditt meddelande. Jag är på semester till och med 27.11 och har
begränsad tillgång till e-post. Ditt meddelande raderas inte, jag läser det
när jag är tillbaka.

Brådskande ärenden: växeln 06 555 0000.

/Stefan
""", when="2026-11-04 08:02 +0200",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<mailbot.2e8a6f01c3d94b57@plaza.example.com>")])

    # 5 Gmail vacation responder, English, mentions access/deletion requests
    mk(A + "a05-gmail-vacation-en.eml", dict(language="en"),
       "Nora Fitzgerald <nora.fitzgerald@dublinsparks.example.com>", "Out of office",
       """Hi,

I'm away until 30 November with limited access to email.

For urgent data protection matters (access or deletion requests) please
contact privacy@dublinsparks.example.com. For anything else, please resend your
message after my return.

Nora
""", when="2026-11-05 14:21 +0000",
       extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
              ("In-Reply-To", "<mailbot.4410ab@plaza.example.com>")])

    # 6 German + English out of office
    mk(A + "a06-oof-de-en.eml", dict(language="en"),
       "Klaus Becker <k.becker@becker-anlagenbau.example.com>",
       "Abwesenheitsnotiz: Your request / Ihre Anfrage",
       """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im
Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie
sich bitte an info@becker-anlagenbau.example.com.

Thank you for your message. I am out of the office until 20 November 2026.
Your e-mail will not be forwarded. For urgent matters please contact
info@becker-anlagenbau.example.com.

Klaus Becker
""", when="2026-11-06 09:15 +0100", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

    # 7 French + English auto-reply
    mk(A + "a07-oof-fr-en.eml", dict(language="en"),
       "Camille Dubois <camille.dubois@dubois-elec.example.org>",
       "Réponse automatique : Delete my data",
       """Bonjour,

Je suis absente jusqu'au 24 novembre. Pour toute demande urgente, merci de
contacter mon collègue Julien Martin (julien.martin@dubois-elec.example.org).

Hello,

I am out of the office until 24 November. For urgent requests please contact
my colleague Julien Martin (julien.martin@dubois-elec.example.org).

Camille Dubois
""", when="2026-11-06 16:40 +0100", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # 8 Mailing-list digest, Finnish, discussing erasure requests
    mk(A + "a08-list-digest-fi.eml", dict(language="fi"),
       "sahkoala-request@lists.example.org", "Sahkoala Digest, Vol 42, Issue 7",
       """Lähetä Sahkoala-listalle tarkoitetut viestit osoitteeseen
	sahkoala@lists.example.org

Listalta voi erota tai asetuksia muuttaa osoitteessa
	https://lists.example.org/mailman/listinfo/sahkoala

Tämän päivän aiheet:

   1. Re: Tietosuojapyynnöt - miten poistatte asiakkaan tiedot? (Ilkka Saari)
   2. Kaapelijatkojen toimitusajat (Pasi Kivelä)


----------------------------------------------------------------------

Viesti: 1
Päiväys: Mon, 9 Nov 2026 08:12:40 +0200
Lähettäjä: Ilkka Saari <ilkka.saari@saarenverkko.example.com>
Aihe: Re: Tietosuojapyynnöt - miten poistatte asiakkaan tiedot?

Meillä poistopyynnöt käsitellään kuukauden sisällä ja asiakkaalle lähetetään
rekisteriote ennen poistoa, jos hän sitä pyytää. Poistakaa tietoni -viestit
ohjataan suoraan tietosuojavastaavalle.

> Miten muut hoitavat "poistakaa tietoni rekisteristä" -pyynnöt?

------------------------------

Viesti: 2
Päiväys: Mon, 9 Nov 2026 10:30:02 +0200
Lähettäjä: Pasi Kivelä <pasi.kivela@kivelan-sahko.example.net>
Aihe: Kaapelijatkojen toimitusajat

Onko muilla ollut viivästyksiä 24 kV jatkojen toimituksissa?

------------------------------

Sahkoala-listan loppu, Vol 42, Issue 7
**************************************
""", when="2026-11-09 12:00 +0200",
       extra=[("List-Id", "Sähköalan keskustelulista <sahkoala.lists.example.org>"),
              ("List-Unsubscribe", "<https://lists.example.org/mailman/options/sahkoala>, <mailto:sahkoala-request@lists.example.org?subject=unsubscribe>"),
              ("List-Post", "<mailto:sahkoala@lists.example.org>"),
              ("Precedence", "list"), ("X-Mailman-Version", "2.1.39")],
       to="sahkoala@lists.example.org")

    # 9 Supplier newsletter, Swedish, bulk
    html = """<html><body style="font-family:Arial">
<h1>Nyhetsbrev november 2026</h1>
<p>Hej!</p>
<p>Nu lanserar vi vår nya serie kabelskor i aluminium. Beställ före 15.12 och få 10 % rabatt.</p>
<p>Vill du uppdatera dina uppgifter eller ändra vilka utskick du får? Logga in på kundportalen.</p>
<hr><p style="font-size:11px;color:#888">Du får detta e-postmeddelande eftersom du är kund hos Nordkabel Ab.
<a href="https://nordkabel.example.com/avregistrera?u=88121">Avregistrera dig</a> | <a href="https://nordkabel.example.com/integritet">Integritetspolicy</a><br>
Nordkabel Ab, Industrigatan 4, 65100 Vasa</p>
</body></html>
"""
    mk(A + "a09-newsletter-sv-bulk.eml", dict(language="sv"),
       "Nordkabel Ab <nyhetsbrev@mail.nordkabel.example.com>", "Nyhetsbrev november: nya kabelskor och kampanj",
       "Nyhetsbrev november 2026\n\nHej!\n\nNu lanserar vi vår nya serie kabelskor i aluminium. Beställ före 15.12 och få 10 % rabatt.\n\nVill du uppdatera dina uppgifter eller ändra vilka utskick du får? Logga in på kundportalen.\n\nAvregistrera dig: https://nordkabel.example.com/avregistrera?u=88121\n",
       html, when="2026-11-10 07:00 +0200",
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://nordkabel.example.com/avregistrera?u=88121>, <mailto:unsubscribe@mail.nordkabel.example.com?subject=88121>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign-ID", "nk-2026-11")],
       cte="quoted-printable")

    # 10 Finnish newsletter from noreply
    mk(A + "a10-newsletter-fi-noreply.eml", dict(language="fi"),
       "Sähköurakoitsijat ry <noreply@uutiset.sahkourakoitsijat.example.org>", "Jäsentiedote 11/2026: Tietosuoja-asetuksen muutokset",
       """Jäsentiedote 11/2026

Hyvä jäsen,

tässä tiedotteessa:
- Rekisteröidyn oikeudet: miten vastata tietopyyntöihin ja poistopyyntöihin
- Uudet turvallisuusmääräykset 2027
- Koulutuskalenteri kevät 2027

Lue lisää: https://www.sahkourakoitsijat.example.org/tiedotteet/11-2026

Tämä on automaattinen viesti, älä vastaa tähän viestiin.
Peru tilaus: https://www.sahkourakoitsijat.example.org/peru?id=5521
""", when="2026-11-10 08:30 +0200",
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.sahkourakoitsijat.example.org/peru?id=5521>"),
              ("List-Id", "Jäsentiedote <jasentiedote.sahkourakoitsijat.example.org>")])

    # 11 Helpdesk ack, English, quoting an erasure confirmation
    mk(A + "a11-helpdesk-ack-en.eml", dict(language="en"),
       "Kingsway Support <support@helpdesk.kingsway.example.net>",
       "[Ticket #48213] Re: Your erasure request",
       """## Please do not write below this line ##

Hello,

Thank you for contacting Kingsway Support. Your request (#48213) has been
received and is being reviewed by our support staff.

To add additional comments, reply to this email.

-------------------------------
Plaza Sähkö Oy, Nov 11, 2026, 10:02 EET

We have received your request to delete all personal data we hold about you.
Your request will be processed within one month.
-------------------------------

This email is a service from Kingsway Support. Delivered by Zendesk.
""", when="2026-11-11 10:03 +0000",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # 12 Helpdesk ack, Finnish
    mk(A + "a12-helpdesk-ack-fi.eml", dict(language="fi"),
       "Asiakaspalvelu <tuki@asiakaspalvelu.hameenvesi.example.com>",
       "Tukipyyntö #1234 vastaanotettu: Rekisteriote",
       """Hei,

kiitos viestistäsi! Tukipyyntösi on vastaanotettu numerolla #1234 ja
käsittelemme sen mahdollisimman pian, yleensä kahden arkipäivän kuluessa.

Viestisi:
"Lähettäkää minulle rekisteriote kaikista minusta tallennetuista tiedoista ja
poistakaa sen jälkeen tietoni."

Tämä on automaattinen vastaus. Ethän vastaa tähän viestiin.

Hämeen Vesi Oy / Asiakaspalvelu
""", when="2026-11-11 13:20 +0200",
       extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket", "1234")])

    # 13 Calendar response, English (text/calendar REPLY)
    b = "=_cal_a13"
    rawmsg(A + "a13-calendar-accepted-en.eml", dict(language="en"),
           "Tom Harrison <tom.harrison@meridianpower.example.com>",
           "Accepted: Plaza / Meridian - project kick-off", "2026-11-12 09:05 +0000",
           [f'Content-Type: multipart/alternative; boundary="{b}"'],
           f"""--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Tom Harrison has accepted this invitation.

Plaza / Meridian - project kick-off
When: Tue 17 Nov 2026 10:00 - 11:00 (EET)
Where: Microsoft Teams meeting

--{b}
Content-Type: text/calendar; charset=utf-8; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Tom Harrison:mailto:tom.harrison@meridianpower.example.com
COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:Accepted: Plaza / Meridian - project kick-off
DTSTART;TZID=FLE Standard Time:20261117T100000
DTEND;TZID=FLE Standard Time:20261117T110000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4
ORGANIZER;CN=Plaza Sales:mailto:info@plaza.example.com
DTSTAMP:20261112T090500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR

--{b}--
""", extra=[("Thread-Topic", "Plaza / Meridian - project kick-off")])

    # 14 Calendar response, Finnish
    b = "=_cal_a14"
    rawmsg(A + "a14-calendar-hyvaksytty-fi.eml", dict(language="fi"),
           "Jouni Peltola <jouni.peltola@keravanlampo.example.com>",
           "Hyväksytty: Huoltopalaveri / Keravan Lämpö", "2026-11-12 15:30 +0200",
           [f'Content-Type: multipart/alternative; boundary="{b}"'],
           f"""--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Jouni Peltola on hyväksynyt kutsun.

Huoltopalaveri / Keravan Lämpö
Milloin: ke 18.11.2026 13.00–14.00
Missä: Keravan Lämpö, neuvotteluhuone 2

--{b}
Content-Type: text/calendar; charset=utf-8; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Jouni Peltola:mailto:jouni.peltola@keravanlampo.example.com
SUMMARY:Huoltopalaveri / Keravan Lämpö
DTSTART:20261118T110000Z
DTEND:20261118T120000Z
UID:7kq2a9p1huolto@plaza.example.com
ORGANIZER;CN=Plaza Sähkö Oy:mailto:info@plaza.example.com
DTSTAMP:20261112T133000Z
END:VEVENT
END:VCALENDAR

--{b}--
""")

    # 15 Read receipt (MDN), English
    b = "=_mdn_a15"
    rawmsg(A + "a15-mdn-read-en.eml", dict(language="en"),
           "Frank Morrison <frank.morrison@morrison-eng.example.com>",
           "Read: Your data extract", "2026-11-13 08:44 +0000",
           [f'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="{b}"'],
           f"""--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: frank.morrison@morrison-eng.example.com
  Subject: Your data extract
  Sent: Thursday, 12 November 2026 16:10:00 (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius

was read on Friday, 13 November 2026 08:44:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

--{b}
Content-Type: message/disposition-notification

Reporting-UA: morrison-eng.example.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;frank.morrison@morrison-eng.example.com
Original-Message-ID: <mailbot.extract.51aa90@plaza.example.com>
Disposition: manual-action/MDN-sent-manually; displayed

--{b}--
""")

    # 16 Read receipt, Swedish (Thunderbird-like)
    b = "=_mdn_a16"
    rawmsg(A + "a16-mdn-last-sv.eml", dict(language="sv"),
           "Britt Forsell <britt.forsell@forsellel.example.org>",
           "Läst: Bekräfta din prenumeration [mailbot:6c1e0fa2b9d34e77]", "2026-11-13 12:01 +0200",
           [f'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="{b}"'],
           f"""--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Det här är ett mottagningskvitto för e-postmeddelandet du skickade till
britt.forsell@forsellel.example.org.

Obs! Kvittot bekräftar bara att meddelandet visades på mottagarens dator. Det
garanterar inte att mottagaren har läst eller förstått innehållet.

--{b}
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: forsellel.example.org; Thunderbird 128.4.0
Final-Recipient: rfc822;britt.forsell@forsellel.example.org
Original-Message-ID: <mailbot.6c1e0fa2b9d34e77@plaza.example.com>
Disposition: manual-action/MDN-sent-manually; displayed

--{b}--
""")

    # 17 SaaS noreply, English, "your data export" (access wording)
    mk(A + "a17-saas-export-ready-en.eml", dict(language="en"),
       "CloudSuite <no-reply@accounts.cloudsuite.example.com>", "Your data export is ready",
       """Hi Plaza Sähkö admin,

You requested a copy of your data on 12 November 2026. Your export is ready and
can be downloaded for the next 7 days:

https://accounts.cloudsuite.example.com/export/download/8f2a

If you did not request this export, please secure your account and contact
support. You can also request deletion of your account data at any time in
Settings > Privacy.

This is an automated message - please do not reply.
CloudSuite Inc.
""", when="2026-11-13 14:30 +0000", extra=[("Auto-Submitted", "auto-generated")])

    # 18 Finnish bank noreply
    mk(A + "a18-saas-verkkopankki-fi.eml", dict(language="fi"),
       "Esimerkkipankki <ei-vastaa@verkkopankki.example.com>", "Sinulle on uusi viesti verkkopankissa",
       """Hei,

sinulle on uusi viesti verkkopankissa. Kirjaudu verkkopankkiin lukeaksesi
viestin.

Emme koskaan pyydä tunnuksiasi sähköpostitse.

Tähän viestiin ei voi vastata.
Esimerkkipankki Oyj
""", when="2026-11-14 06:00 +0200")

    # 19 WordPress plugin auto-update notice from the CONFIGURED form sender
    mk(A + "a19-wp-plugin-update-en.eml", dict(language="en"),
       "WordPress <wordpress@plaza.example.com>", "[Plaza Sähkö Oy] Some plugins were automatically updated",
       """Howdy! Some plugins have automatically updated to their latest versions on your site at https://www.plaza.example.com. No further action is needed on your part.

These plugins are now up to date:
- Contact Form 7 (from version 6.0.1 to version 6.0.2)
- WPForms Lite (from version 1.9.2.1 to version 1.9.2.2)
- Yoast SEO (from version 23.8 to version 23.9)

If you experience any issues or need support, the volunteers in the WordPress.org support forums may be able to help.
https://wordpress.org/support/forums/

The WordPress Team
""", when="2026-11-14 03:12 +0200",
       auth="mx.plaza.example.com; dkim=pass header.d=plaza.example.com header.s=wp1; spf=pass smtp.mailfrom=plaza.example.com; dmarc=pass header.from=plaza.example.com")

    # 20 WordPress password reset, Finnish, from configured sender (labelled lines!)
    mk(A + "a20-wp-password-reset-fi.eml", dict(language="fi"),
       "WordPress <wordpress@plaza.example.com>", "[Plaza Sähkö Oy] Salasanan nollaus",
       """Joku on pyytänyt salasanan uudelleenasetusta seuraavalle käyttäjätilille:

Sivuston nimi: Plaza Sähkö Oy

Käyttäjätunnus: ville.admin

Jos tämä on virhe, voit ohittaa tämän viestin eikä mitään tapahdu.

Asettaaksesi salasanasi uudelleen, käy seuraavassa osoitteessa:

https://www.plaza.example.com/wp-login.php?action=rp&key=Qx7kP2mVb9LrT4zW&login=ville.admin&wp_lang=fi

Tämä salasanan uudelleenasetuspyyntö tehtiin IP-osoitteesta 192.0.2.210.
""", when="2026-11-15 07:45 +0200",
       auth="mx.plaza.example.com; dkim=pass header.d=plaza.example.com header.s=wp1; spf=pass smtp.mailfrom=plaza.example.com; dmarc=pass header.from=plaza.example.com")

    # 21 WordPress privacy-request notice (talks about erasure), configured sender
    mk(A + "a21-wp-erasure-confirmed-en.eml", dict(language="en"),
       "WordPress <wordpress@plaza.example.com>", "[Plaza Sähkö Oy] Action Confirmed: Erase Personal Data",
       """Howdy,

A user data privacy request has been confirmed on Plaza Sähkö Oy:

User: m.saarinen@verkkoasiakas.example.net
Request: Erase Personal Data

You can view and manage these data privacy requests here:

https://www.plaza.example.com/wp-admin/erase-personal-data.php

Regards,
All at Plaza Sähkö Oy
https://www.plaza.example.com
""", when="2026-11-15 09:02 +0200",
       auth="mx.plaza.example.com; dkim=pass header.d=plaza.example.com header.s=wp1; spf=pass smtp.mailfrom=plaza.example.com; dmarc=pass header.from=plaza.example.com")

    # 22 Exchange NDR in Swedish, bounced reply about erasure
    human = """Det gick inte att leverera till följande mottagare eller grupper:

jan.eriksson@gamlabolaget.example.net
Det gick inte att hitta mottagarens e-postadress i mottagarens e-postsystem. Den kan ha flyttats eller tagits bort.

Diagnostisk information för administratörer:
Genererande server: DB9PR02MB7777.eurprd02.prod.outlook.example.com
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    dsn(A + "a22-ndr-sv-radera.eml", "sv",
        "Microsoft Outlook <postmaster@gamlabolaget.example.net>",
        "Det gick inte att leverera: Radera mina uppgifter", "2026-11-16 10:30 +0200",
        human, "5.1.10", "jan.eriksson@gamlabolaget.example.net",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "Re: Radera mina uppgifter", "(headers only)",
        human_ct="text/plain; charset=utf-8", human_cte="8bit")

    # 23 Swedish auto-reply: left the company, "ta bort min adress" (still automatic)
    mk(A + "a23-autoreply-sv-slutat.eml", dict(language="sv"),
       "Anneli Sjöholm <anneli.sjoholm@kraftbolaget.example.com>", "Frånvaro: Nyhetsbrev november",
       """Hej,

jag har slutat på Kraftbolaget den 31.10.2026. Ta bort min adress från era
utskick och kontakta i stället inköp@kraftbolaget.example.com.

Detta är ett automatiskt svar.
""", when="2026-11-16 07:00 +0200", extra=[("Auto-Submitted", "auto-replied")])

    # 24 Swedish trade association list mail
    mk(A + "a24-list-sv-fraga.eml", dict(language="sv"),
       "Tommy Lindgren via Elbranschen <elbranschen@lists.example.net>", "[Elbranschen] Hur hanterar ni begäran om registerutdrag?",
       """Hej alla,

vi har fått flera begäranden om registerutdrag och radering den senaste tiden.
Hur hanterar ni dem – manuellt eller med något system? Tips uppskattas.

Tommy Lindgren
Lindgrens El Ab

_______________________________________________
Elbranschen mailing list
elbranschen@lists.example.net
https://lists.example.net/mailman/listinfo/elbranschen
""", when="2026-11-16 11:11 +0200",
       extra=[("Sender", "elbranschen-bounces@lists.example.net"),
              ("List-Id", "Elbranschen <elbranschen.lists.example.net>"),
              ("List-Unsubscribe", "<https://lists.example.net/mailman/options/elbranschen>, <mailto:elbranschen-request@lists.example.net?subject=unsubscribe>"),
              ("Precedence", "list"), ("Reply-To", "elbranschen@lists.example.net")],
       to="elbranschen@lists.example.net")

    # 25 Swedish helpdesk ack quoting an access request
    mk(A + "a25-helpdesk-ack-sv.eml", dict(language="sv"),
       "Kundtjänst <noreply@support.vasabygg.example.org>", "Ärende #5521 har registrerats",
       """Hej,

vi har tagit emot ditt ärende och gett det nummer #5521. Du får svar så snart
som möjligt.

Ditt meddelande:
> Jag vill ha ett registerutdrag och sedan att ni raderar mina uppgifter.

Detta meddelande är automatiskt genererat, svara inte på det.

Vasa Bygg Ab – Kundtjänst
""", when="2026-11-17 09:00 +0200", extra=[("Auto-Submitted", "auto-generated")])
# ==========================================================================
# OTHER (ordinary correspondence, incl. traps that only talk about requests)
# ==========================================================================
def ot(path, lang, frm, subject, text=None, html=None, **kw):
    mk("other/" + path, dict(language=lang), frm, subject, text, html, **kw)


def others():
    ot("o01-en-gdpr-consultant-pitch.eml", "en",
       "Mark Ellison <mark.ellison@complyfast-consulting.example.com>", "Are you ready for your next data subject request?",
       """Hi there,

Most small manufacturers we talk to get a handful of data subject requests
every year - "send me a copy of my data", "delete me", "unsubscribe me" - and
many still handle them by hand. Missing the one-month deadline can lead to
fines of up to 4% of turnover.

ComplyFast helps companies like Plaza Sähkö automate access and erasure
requests end to end. Would you have 20 minutes next week for a quick call?

Best regards,
Mark Ellison
Senior Consultant, ComplyFast Consulting
+44 20 7946 0301
""", when="2026-11-02 10:15 +0000")

    ot("o02-fi-lakimies-artikkeli.eml", "fi",
       "Asianajaja Liisa Rautanen <liisa.rautanen@rautanen-law.example.com>", "Katsaus: oikeus tulla unohdetuksi käytännössä",
       """Hyvä Plaza Sähkö Oy:n yhteyshenkilö,

lähetän ohessa lyhyen katsauksemme, josta voi olla hyötyä asiakasrekisterinne
ylläpidossa.

OIKEUS TULLA UNOHDETUKSI KÄYTÄNNÖSSÄ

Tietosuoja-asetuksen 17 artiklan mukaan rekisteröidyllä on oikeus saada
rekisterinpitäjä poistamaan häntä koskevat henkilötiedot ilman aiheetonta
viivytystä. Kun asiakas kirjoittaa "poistakaa tietoni", yrityksen on
tunnistettava pyytäjä, arvioitava mahdolliset säilytysvelvoitteet (esim.
kirjanpitolaki) ja vastattava kuukauden kuluessa. Myös rekisteriotepyynnöt
(15 artikla) on käsiteltävä samassa ajassa.

Autamme mielellämme rekisteriselosteen päivittämisessä.

Ystävällisin terveisin
Liisa Rautanen
asianajaja, Rautanen Asianajotoimisto Oy
""", when="2026-11-03 08:30 +0200")

    ot("o03-sv-ta-bort-logotyp.eml", "sv",
       "Jessica Strömberg <jessica.stromberg@reklambyran.example.net>", "Broschyren – korrektur 2",
       """Hej!

Här kommer korrektur 2 av produktbroschyren. Vi har rättat priserna på sidan 4.

Kan ni bekräfta att vi ska ta bort den gamla logotypen från broschyrens
baksida och radera referensbilden från 2015? Jag behöver svar senast fredag
för att hinna till tryckeriet.

Hälsningar
Jessica Strömberg
Reklambyrån Våg
""", when="2026-11-03 13:50 +0200")

    ot("o04-en-supplier-questionnaire.eml", "en",
       "Supplier Quality <supplier.quality@nordicrail.example.com>", "Supplier questionnaire 2027 - data protection section",
       """Dear supplier,

As part of our annual supplier evaluation, please answer the following
questions by 30 November 2026:

1. How do you handle data subject access requests (Art. 15 GDPR)?
2. What is your process when an individual asks for erasure of their data?
3. Do you keep a record of newsletter opt-outs?
4. Who is your data protection contact person?

You can reply directly to this e-mail.

Kind regards,
Supplier Quality Team
Nordic Rail Infrastructure
""", when="2026-11-04 09:00 +0100")

    ot("o05-fi-tilauksen-peruutus.eml", "fi",
       "Jarmo Lindell <jarmo.lindell@lindellin-sahko.example.com>", "Tilauksen 45123 peruutus",
       """Hei,

peruutamme tilauksen 45123 (3 kpl AJ-jakokeskus 250 A), koska asiakas siirsi
projektia ensi vuoteen. Pahoittelut vaivasta. Ilmoitan uudesta tilauksesta
keväällä.

Jarmo Lindell
Lindellin Sähkö Oy
""", when="2026-11-04 15:20 +0200")

    ot("o06-sv-quoted-old-request-new-question.eml", "sv",
       "Kerttu Blomqvist <kerttu.blomqvist@blomqvistel.example.org>", "Re: Ditt registerutdrag",
       """Tack för hjälpen förra gången! En annan fråga: har ni kabelskor för
95 mm² aluminium i lager? Vi behöver ca 200 st till nästa vecka.

Kerttu

Den 2 oktober 2026 10:14 skrev Plaza Sähkö Oy <info@plaza.example.com>:
> Hej Kerttu,
>
> bifogat finns ditt registerutdrag som du bad om.
>
> Med vänlig hälsning
> Plaza Sähkö Oy
>
>> Den 30 september 2026 skrev Kerttu Blomqvist:
>> Hej, jag vill ha ett registerutdrag över mina uppgifter. Radera också
>> min gamla e-postadress.
""", when="2026-11-05 09:30 +0200", in_reply_to="<mailbot.extract.aa21@plaza.example.com>")

    ot("o07-fi-hintatiedustelu.eml", "fi",
       "Tero Karjalainen <tero.karjalainen@karjalaisen-urakointi.example.net>", "Hintatiedustelu",
       """Hei,

paljonko maksaa 630 kVA puistomuuntamo asennettuna Joensuuhun? Tarvitsisimme
budjettihinnan ensi vuoden investointisuunnitelmaan.

Terveisin
Tero Karjalainen
""", when="2026-11-05 11:00 +0200")

    ot("o08-sv-prisforfragan.eml", "sv",
       "Niklas Backman <niklas.backman@backmans-el.example.com>", "Prisförfrågan ställverk",
       """Hej,

kan ni skicka en prislista för era 12 kV ställverk? Vi räknar på ett
industriprojekt i Jakobstad med start i april.

Tack,
Niklas Backman
Backmans El Ab
""", when="2026-11-06 08:10 +0200")

    ot("o09-en-delivery-time.eml", "en",
       "Sophie Turner <sophie.turner@brightline-energy.example.com>", "Lead time for order PO-7719",
       """Hi,

could you confirm the expected delivery date for our order PO-7719 (two RMUs)?
Our site team needs to plan the crane.

Thanks,
Sophie
""", when="2026-11-06 14:40 +0000")

    ot("o10-fi-laskun-korjaus.eml", "fi",
       "Ostoreskontra <ostolaskut@tampereen-tilat.example.com>", "Lasku 2026-118 virheellinen",
       """Hei,

laskussanne 2026-118 on väärä viitenumero ja tilausnumeromme puuttuu.
Voisitteko korjata laskun ja lähettää sen uudelleen? Oikea tilausnumero on
TT-55102.

Ystävällisin terveisin
Anu Ranta
Ostoreskontra, Tampereen Tilat Oy
""", when="2026-11-09 10:05 +0200")

    ot("o11-en-change-delivery-address.eml", "en",
       "Liam O'Brien <liam.obrien@harbourbuild.example.org>", "Change delivery address on PO-8812",
       """Hello,

could you change the delivery address on order PO-8812 to our new warehouse:

Harbour Build Ltd, Unit 7, Dockside Industrial Estate

The contact on site is the same. Please update the order confirmation.

Regards,
Liam O'Brien
""", when="2026-11-09 12:30 +0000")

    ot("o12-sv-arbetsansokan.eml", "sv",
       "Jesper Hägg <jesper.hagg@hemmail.example.org>", "Ansökan: servicetekniker",
       """Hej,

jag söker tjänsten som servicetekniker i Vasa. Jag har sju års erfarenhet av
mellanspänningsanläggningar och behörighet S1. CV bifogat.

Med vänliga hälsningar
Jesper Hägg
""", when="2026-11-10 18:00 +0200",
       attachments=[("CV_Jesper_Hagg.pdf", "application/pdf", b"%PDF-1.4\n% dummy CV\n%%EOF\n")])

    ot("o13-en-reseller.eml", "en",
       "Andrius Petrauskas <andrius@baltpower.example.com>", "Distribution partnership in Lithuania",
       """Dear Sir or Madam,

we are an electrical wholesaler based in Vilnius and would like to become
your distributor in Lithuania. Could we arrange a video call to present our
company?

Best regards,
Andrius Petrauskas
Sales Director, BaltPower UAB
""", when="2026-11-10 09:25 +0200")

    ot("o14-fi-tekninen-tuki.eml", "fi",
       "Jussi Hiltunen <jussi.hiltunen@iisalmenvesi.example.com>", "Kojeiston katkaisija ei kytkeydy",
       """Hei,

toimittamanne kojeiston (tilaus 2019-331) kenttä 3:n katkaisija ei kytkeydy
kauko-ohjauksella, paikalliskäyttö toimii. Moottoriohjaimen LED vilkkuu
punaisena. Voitteko neuvoa tai lähettää huoltomiehen?

Jussi Hiltunen
Iisalmen Vesi
puh. 040 777 2121
""", when="2026-11-11 07:15 +0200")

    ot("o15-sv-reservdelsbestallning.eml", "sv",
       "Marcus Öhman <marcus.ohman@ohmans-el.example.net>", "Beställning reservdelar",
       """Hej,

vi beställer härmed följande:

- 6 st säkringsbaser NH2
- 2 st överspänningsskydd typ 2

Leverans till vår adress i Nykarleby. Faktura enligt avtal.

Marcus Öhman
""", when="2026-11-11 10:45 +0200")

    ot("o16-sv-flytta-mote.eml", "sv",
       "Helena Nordqvist <helena.nordqvist@vasa-fastigheter.example.com>", "Flytta mötet på torsdag?",
       """Hej Tomas,

kan vi flytta torsdagens möte till fredag kl. 10? Jag har fått förhinder.
Samma Teams-länk går bra.

/Helena
""", when="2026-11-11 16:05 +0200")

    ot("o17-en-re-quote-thread.eml", "en",
       "Victoria Shaw <victoria.shaw@shawgrid.example.com>", "RE: Offer 2026-331 - compact substations",
       """Hi Mikko,

thanks for the offer. Could you also price an option with a 1000 kVA
transformer instead of 800 kVA? Otherwise the scope looks fine.

Victoria

-----Original Message-----
From: Mikko Saarela <info@plaza.example.com>
Sent: Monday, November 9, 2026 3:12 PM
To: Victoria Shaw <victoria.shaw@shawgrid.example.com>
Subject: Offer 2026-331 - compact substations

Dear Victoria,

please find attached our offer 2026-331 for two compact substations.
Validity 60 days.

Best regards,
Mikko Saarela
Plaza Sähkö Oy
""", when="2026-11-12 08:20 +0000", in_reply_to="<offer-2026-331@plaza.example.com>")

    ot("o18-fi-poista-vanha-tarjous.eml", "fi",
       "Minna Kärkkäinen <minna.karkkainen@kuopion-rakennus.example.com>", "Tarjouksen päivitys",
       """Hei,

poistakaa vanha tarjous 2026-287 ja tehkää uusi 20 kappaleen määrälle
(aiemmin 12 kpl). Muut ehdot ennallaan.

Kiitos!
Minna Kärkkäinen
Kuopion Rakennus Oy
""", when="2026-11-12 13:00 +0200")

    ot("o19-sv-bitradesavtal.eml", "sv",
       "Dataskydd Vasa stad <dataskydd@vasa-stad.example.org>", "Personuppgiftsbiträdesavtal för serviceavtalet",
       """Hej,

inför förnyelsen av serviceavtalet behöver vi ett undertecknat
personuppgiftsbiträdesavtal. Beskriv också kort hur ni hanterar begäran om
registerutdrag och radering från de registrerade, samt var ni lagrar
uppgifterna.

Avtalsmallen finns bifogad.

Med vänlig hälsning
Dataskyddsombudet, Vasa stad
""", when="2026-11-13 10:30 +0200",
       attachments=[("PUB-avtal_mall.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04dummy")])

    ot("o20-en-fwd-meeting-notes.eml", "en",
       "Paul Jennings <paul.jennings@meridianpower.example.com>", "Fwd: Meeting notes 10 Nov",
       """FYI - notes from our internal meeting, see point 3 for the switchgear spec.

Paul

---------- Forwarded message ---------
From: Amy Clarke <amy.clarke@meridianpower.example.com>
Date: Tue, 10 Nov 2026 at 16:02
Subject: Meeting notes 10 Nov
To: Project team <project@meridianpower.example.com>

1. Schedule: civil works start in March.
2. Budget approved.
3. Switchgear: 24 kV, 7 panels, arc-proof IAC AFLR 20 kA 1 s.
4. Remove old cabling from substation B before delivery.
""", when="2026-11-13 12:00 +0000")

    ot("o21-fi-messukutsu.eml", "fi",
       "Petri Huttunen <petri.huttunen@sahkomessut.example.org>", "Kutsu: Sähkö & Energia -messut 2027",
       """Hei Plaza Sähkö,

olisimme iloisia, jos olisitte näytteilleasettajana Sähkö & Energia -messuilla
Tampereella 14.–16.4.2027. Varatkaa osastonne 15.12. mennessä, niin saatte
varhaisen varauksen alennuksen.

Soitan ensi viikolla ja kerron lisää.

Petri Huttunen
myyntipäällikkö, Sähkömessut Oy
""", when="2026-11-16 09:40 +0200")

    ot("o22-sv-reklamation.eml", "sv",
       "Kim Sundqvist <kim.sundqvist@sundqvistbygg.example.com>", "Reklamation: skadad leverans",
       """Hej,

leveransen vi fick i går (följesedel 88231) var skadad – ett av kabelskåpen har
en buckla i dörren och låset fungerar inte. Bilder bifogade. Hur går vi vidare?

Kim Sundqvist
""", when="2026-11-16 14:30 +0200")

    ot("o23-en-journalist.eml", "en",
       "Hannah Pike <hannah.pike@industryweekly.example.net>", "Interview request: GDPR in the energy sector",
       """Hello,

I'm writing a feature for Industry Weekly on how mid-sized energy suppliers
cope with GDPR. How many access or erasure requests do you receive per year,
and have you automated any of it? A short comment by e-mail would be great.

Deadline is Friday.

Best,
Hannah Pike
Reporter, Industry Weekly
""", when="2026-11-17 11:00 +0000")

    ot("o24-fi-opinnaytekysely.eml", "fi",
       "Emilia Lahtinen <emilia.lahtinen@opiskelija.amk.example.org>", "Kysely opinnäytetyöhön: tietosuojapyyntöjen käsittely",
       """Hei,

teen opinnäytetyötä pk-yritysten tietosuojakäytännöistä. Voisitteko vastata
lyhyeen kyselyyn: miten yrityksenne käsittelee tietopyyntöjä ja pyyntöjä
poistaa henkilötiedot? Kysely vie n. 5 minuuttia:

https://kyselyt.amk.example.org/tietosuoja-2026

Kiitos paljon!
Emilia Lahtinen
""", when="2026-11-17 15:15 +0200")

    ot("o25-en-cancel-service-agreement.eml", "en",
       "Facilities <facilities@northway-logistics.example.com>", "Cancellation of service agreement SA-2021-044",
       """Dear Plaza Sähkö,

we would like to cancel our annual maintenance subscription (service agreement
SA-2021-044) at the end of the current term, 31 December 2026, as the
warehouse is being sold. Please confirm the cancellation in writing.

Kind regards,
Gemma Hart
Facilities Manager, Northway Logistics
""", when="2026-11-18 10:00 +0000")


if __name__ == "__main__":
    for k in KINDS:
        p = os.path.join(ROOT, k)
        if os.path.isdir(p):
            shutil.rmtree(p)
    contact_forms()
    chats()
    data_requests()
    confirmations()
    automatic()
    others()
    write_manifest()
    print(len(MANIFEST), "files")
