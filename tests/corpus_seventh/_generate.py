#!/usr/bin/env python3
"""Generate corpus7: blind test mail for the info@ mailbox of Löylytaito Oy
(invented sauna stove / sauna renovation company, Tampere).  stdlib only.
Re-run:  python3 _generate.py   (deletes and rewrites the kind folders)."""
import os, shutil, random, base64, quopri, hashlib, html as H
import email.utils
from email.header import Header
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["automatic", "chat_transcript", "confirmation", "contact_form", "data_request", "other"]
R = random.Random(7007)
DOM = "loylytaito.example.com"
INFO = "info@" + DOM
SITE = "https://www." + DOM
MANIFEST = []
_seq = [0]

# ---------------------------------------------------------------- helpers
def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return email.utils.formataddr((name, addr), charset=charset)
    return email.utils.formataddr((name, addr))

def D(month, day, hh, mm, tz=2):
    d = datetime(2026, month, day, hh, mm, R.randint(0, 59), tzinfo=timezone(timedelta(hours=tz)))
    return email.utils.format_datetime(d)

def hx(n=16):
    _seq[0] += 1
    return hashlib.sha1(("%d-%d" % (_seq[0], R.random() * 1e9)).encode()).hexdigest()[:n]

def MID(style="generic", dom="mail.example.com"):
    h = hx(24)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.example.com>" % (base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_"), hx(6))
    if style == "outlook":
        return "<HE1PR%02dMB%s%s@HE1PR%02dMB%s.eurprd%02d.prod.outlook.example.com>" % (R.randint(1, 9), R.randint(1000, 9999), h[:12].upper(), R.randint(1, 9), R.randint(1000, 9999), R.randint(1, 9))
    if style == "apple":
        u = hx(32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if style == "wp":
        return "<%s@%s>" % (hx(32), DOM)
    return "<%s.%s@%s>" % (h[:12], hx(8), dom)

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", disp=None, ctype=None):
    if isinstance(text, bytes):
        raw = text
    else:
        raw = text.encode(charset)
    if cte == "7bit":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            cte = "8bit"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = ctype or ('text/%s; charset="%s"%s' % (subtype, charset, params))
    hd = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disp:
        hd.append("Content-Disposition: " + disp)
    return ("leaf", hd, body)

def multi(subtype, parts, params=""):
    return ("multi", subtype, parts, params)

def render(node):
    if node[0] == "leaf":
        return node[1], node[2]
    _, sub, parts, params = node
    b = "----=_Part_%d_%s" % (R.randint(100000, 999999), hx(10))
    out = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        hd, body = render(p)
        out.append(("\n--%s\n" % b).encode() + "\n".join(hd).encode() + b"\n\n" + body.rstrip(b"\n") + b"\n")
    out.append(("\n--%s--\n" % b).encode())
    return ['Content-Type: multipart/%s;%s\n boundary="%s"' % (sub, params, b)], b"".join(out)

def write(path, headers, node, kind, lang, **meta):
    hd, body = render(node)
    lines = []
    dv = dict(headers).get("Date") or D(11, 20, 10, 0)
    headers = [(k, v.replace("@@DATE@@", dv) if isinstance(v, str) else v) for k, v in headers]
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines.extend(hd)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + body
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    m = {"kind": kind, "language": lang}
    m.update({k: v for k, v in meta.items() if v is not None})
    MANIFEST.append((path, m))

def received(frm_host, ip=None):
    ip = ip or "192.0.2.%d" % R.randint(2, 250)
    return ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; @@DATE@@" % (
        frm_host, frm_host, ip, DOM, hx(10).upper(), INFO))

def authres(dom, dkim="pass", dmarc="pass", spf="pass"):
    return ("Authentication-Results", "mx.%s;\n\tdkim=%s header.d=%s header.s=s1;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s (p=none dis=none) header.from=%s" % (DOM, dkim, dom, spf, dom, dmarc, dom))

def text_to_html(text, quote=None, style="gmail"):
    def paras(t):
        out = []
        for p in t.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(H.escape(l) for l in p.split("\n")) + "</p>")
        return "\n".join(out)
    if style == "outlook":
        body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="FI" link="#0563C1"><div class="WordSection1">\n' +
                "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (H.escape(l) or "&nbsp;") for l in text.strip("\n").split("\n")))
        if quote:
            body += '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' + paras(quote) + "\n</div>"
        return body + "\n</div></body></html>\n"
    body = '<div dir="ltr">' + paras(text) + "</div>"
    if quote:
        qlines = quote.strip("\n").split("\n")
        body += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            H.escape(qlines[0]), paras("\n".join(qlines[1:])))
    return "<html><body>" + body + "</body></html>\n"

CLIENTS = {
    "gmail": dict(mid="gmail", hdrs=[], alt=True, cte="quoted-printable", charset="UTF-8"),
    "outlook": dict(mid="outlook", hdrs=[("Thread-Topic", None), ("Thread-Index", "AQHd" + "%s==" % hx(20)), ("Accept-Language", "fi-FI, en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], alt=True, cte="quoted-printable", charset="utf-8"),
    "apple": dict(mid="apple", hdrs=[("X-Mailer", "iPhone Mail (22B91)")], alt=False, cte="quoted-printable", charset="utf-8"),
    "thunderbird": dict(mid="generic", hdrs=[("User-Agent", "Mozilla Thunderbird")], alt=False, cte="8bit", charset="UTF-8", params="; format=flowed"),
    "webmail": dict(mid="generic", hdrs=[("X-Mailer", "Roundcube Webmail/1.6.9")], alt=False, cte="quoted-printable", charset="ISO-8859-1"),
    "outlook_html": dict(mid="outlook", hdrs=[("X-MS-Has-Attach", "")], alt="htmlonly", cte="quoted-printable", charset="utf-8"),
    "gmail_html": dict(mid="gmail", hdrs=[], alt="htmlonly", cte="base64", charset="UTF-8"),
    "android": dict(mid="generic", hdrs=[("X-Mailer", "Android Mail")], alt=False, cte="base64", charset="utf-8"),
}

def pmail(path, kind, lang, name, addr, subject, body, quote=None, quote_style="gt", client="gmail",
          to=INFO, date=None, auth=True, extra=(), attach=None, reply_to=None, cc=None, in_reply_to=None, **meta):
    """A mail written by a person."""
    c = CLIENTS[client]
    dom = addr.split("@")[1]
    text = body
    if quote:
        if quote_style == "gt":
            ql = quote.strip("\n").split("\n")
            text = body.rstrip("\n") + "\n\n" + ql[0] + "\n" + "\n".join(("> " + l) if l else ">" for l in ql[1:]) + "\n"
        else:  # outlook header block, unprefixed
            text = body.rstrip("\n") + "\n\n" + "_" * 32 + "\n" + quote.strip("\n") + "\n"
    charset = c["charset"]
    if charset.upper() == "ISO-8859-1":
        try:
            text.encode("iso-8859-1")
        except UnicodeEncodeError:
            charset = "UTF-8"
    params = c.get("params", "")
    hstyle = "outlook" if client.startswith("outlook") else "gmail"
    if c["alt"] == "htmlonly":
        node = leaf(text_to_html(body, quote, hstyle), "html", charset, c["cte"])
    elif c["alt"]:
        node = multi("alternative", [leaf(text, "plain", charset, c["cte"], params),
                                     leaf(text_to_html(body, quote, hstyle), "html", charset, c["cte"])])
    else:
        node = leaf(text, "plain", charset, c["cte"], params)
    if attach:
        parts = [node]
        for fname, ctype, data in attach:
            parts.append(leaf(data, cte="base64", ctype='%s; name="%s"' % (ctype, fname), disp='attachment; filename="%s"' % fname))
        node = multi("mixed", parts)
    mid = MID(c["mid"], dom)
    hdrs = []
    hdrs.append(received("mail." + dom))
    if auth:
        hdrs.append(authres(dom, **(auth if isinstance(auth, dict) else {})))
    hdrs += [("From", A(name, addr)), ("To", to if "<" in to or "," in to else A("", to))]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", enc_hdr(subject)), ("Date", date or D(11, R.randint(2, 30), R.randint(7, 21), R.randint(0, 59))), ("Message-ID", mid)]
    if in_reply_to or subject.lower().startswith(("re:", "sv:", "vs:", "vast:")):
        irt = in_reply_to or MID("generic", DOM)
        hdrs += [("In-Reply-To", irt), ("References", irt)]
    for k, v in c["hdrs"]:
        if k == "Thread-Topic":
            v = enc_hdr(subject.split(":", 1)[-1].strip())
        hdrs.append((k, v))
    hdrs += list(extra)
    write(path, hdrs, node, kind, lang, **meta)

# ---------------------------------------------------------------- contact forms
LBL = {
    "fi": dict(name="Nimi", first="Etunimi", last="Sukunimi", company="Yritys", email="Sähköposti", phone="Puhelin", page="Sivu", subject="Aihe", msg="Viesti"),
    "sv": dict(name="Namn", first="Förnamn", last="Efternamn", company="Företag", email="E-post", phone="Telefon", page="Sida", subject="Ämne", msg="Meddelande"),
    "en": dict(name="Name", first="First Name", last="Last Name", company="Company", email="Email", phone="Phone", page="Page URL", subject="Subject", msg="Message"),
}
ORDER = ["name", "first", "last", "company", "email", "phone", "subject", "msg", "page"]

def cf(path, lang, style, f, frm=("Löylytaito", "wordpress@" + DOM), subject=None, reply_to=True,
       labels=None, footer=None, order=None, page_in_footer=False, cte="quoted-printable", charset="utf-8",
       date=None, extra=(), requests=None, html_only=False, hide_email=False):
    lb = dict(LBL[lang]); lb.update(labels or {})
    rows = []
    for k in (order or ORDER):
        if k in f and not (k == "email" and hide_email) and not (k == "page" and page_in_footer):
            rows.append((lb[k], f[k], k))
    ft = footer or ""
    if page_in_footer and "page" in f:
        ft = ft.replace("{page}", f["page"])
    # ----- plain
    if style == "colon":
        t = ""
        for l, v, k in rows:
            t += ("%s:\n%s\n" % (l, v)) if k == "msg" else ("%s: %s\n" % (l, v))
    elif style == "colon_inline":
        t = "".join("%s: %s\n" % (l, v) for l, v, k in rows)
    elif style == "ownline":
        t = "".join("%s\n%s\n\n" % (l, v) for l, v, k in rows)
    elif style == "dashes":
        t = "".join("--- %s ---\n\n%s\n\n" % (l, v) for l, v, k in rows)
    elif style == "cf7default":
        nm = f.get("name")
        t = "%s: %s <%s>\n%s: %s\n\n%s:\n%s\n" % (lb.get("from", "From"), nm, f["email"], lb["subject"], f.get("subject", ""), lb.get("body", "Message Body"), f["msg"])
        rows = []
    elif style in ("table", "table2"):
        t = "".join("%s: %s\n" % (l, v) for l, v, k in rows)
    t = t.rstrip("\n") + "\n" + (("\n" + ft.rstrip("\n") + "\n") if ft else "")
    # ----- html
    def hv(v):
        return "<br>\n".join(H.escape(x) for x in v.split("\n"))
    if style == "table":  # Gravity Forms {all_fields}
        h = '<html><body><table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n'
        for l, v, k in rows:
            h += '<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family: sans-serif; font-size:12px;"><strong>%s</strong></font></td></tr>\n<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family: sans-serif; font-size:12px;">%s</font></td></tr>\n' % (H.escape(l), hv(v))
        h += "</table></td></tr></table>\n"
    elif style == "table2":
        h = '<html><body><table style="border-collapse:collapse" cellpadding="6" border="1" width="600">\n'
        for l, v, k in rows:
            h += '<tr><td style="background:#f3f3f3;width:30%%"><b>%s</b></td><td>%s</td></tr>\n' % (H.escape(l), hv(v))
        h += "</table>\n"
    elif style == "dashes":  # WPForms HTML template
        h = '<html><body><table class="body" style="width:100%"><tr><td class="field-name" style="padding:0 0 6px">'
        for l, v, k in rows:
            h += '<strong>%s</strong><br><p style="margin:0 0 20px">%s</p>\n' % (H.escape(l), hv(v))
        h += "</td></tr></table>\n"
    else:
        h = "<html><body>\n" + "".join("<p><strong>%s:</strong> %s</p>\n" % (H.escape(l), hv(v)) for l, v, k in rows)
        if style == "cf7default":
            h += "<pre>%s</pre>" % H.escape(t)
    if ft:
        h += "<p style=\"color:#888;font-size:11px\">%s</p>\n" % hv(ft)
    h += "</body></html>\n"
    if html_only or style in ("table",):
        node = leaf(h, "html", charset, cte) if html_only else multi("alternative", [leaf(t, "plain", charset, cte), leaf(h, "html", charset, cte)])
    elif style in ("table2", "dashes"):
        node = multi("alternative", [leaf(t, "plain", charset, cte), leaf(h, "html", charset, cte)])
    else:
        node = leaf(t, "plain", charset, cte)
    email_ = f.get("email")
    rt = None
    if reply_to:
        rt = A(f.get("name") or ("%s %s" % (f.get("first", ""), f.get("last", ""))).strip(), email_) if reply_to is True else reply_to
    hdrs = [("Return-Path", "<%s>" % frm[1]), received("www." + DOM, "198.51.100.23"),
            ("From", A(frm[0], frm[1])), ("To", INFO)]
    if rt:
        hdrs.append(("Reply-To", rt))
    hdrs += [("Subject", enc_hdr(subject or "Uusi viesti")), ("Date", date or D(11, R.randint(1, 30), R.randint(0, 23), R.randint(0, 59))),
             ("Message-ID", MID("wp") if "wordpress" in frm[1] else MID("generic", frm[1].split("@")[1]))]
    hdrs += list(extra)
    fields = {}
    if "name" in f: fields["name"] = f["name"]
    elif "first" in f: fields["name"] = (f["first"] + " " + f.get("last", "")).strip()
    for k in ("company", "email", "phone", "page"):
        if k in f: fields[k] = f[k]
    write("contact_form/" + path, hdrs, node, "contact_form", lang, fields=fields, requests=requests)

CF7FOOT = {"fi": "-- \nTämä sähköposti on lähetetty yhteydenottolomakkeelta sivustolla Löylytaito (%s)" % SITE,
           "sv": "-- \nDetta e-postmeddelande skickades från ett kontaktformulär på Löylytaito (%s/sv/)" % SITE,
           "en": "-- \nThis e-mail was sent from a contact form on Löylytaito (%s)" % SITE}
WPX = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
ELEM = lambda lang: {"fi": "---\n\nPäivämäärä: {d}\nAika: {t}\nSivun URL: {page}\nKäyttäjäagentti: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36\nEtäpalvelimen IP: 203.0.113.{ip}\nPowered by: Elementor",
                     "sv": "---\n\nDatum: {d}\nTid: {t}\nSidans URL: {page}\nAnvändaragent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Safari/605.1.15\nFjärr-IP: 203.0.113.{ip}\nPowered by: Elementor",
                     "en": "---\n\nDate: {d}\nTime: {t}\nPage URL: {page}\nUser Agent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0\nRemote IP: 203.0.113.{ip}\nPowered by: Elementor"}[lang].replace("{ip}", str(R.randint(2, 250)))

def gen_contact_forms():
    W = ("Löylytaito", "wordpress@" + DOM)
    L = ("Löylytaito verkkosivut", "lomake@" + DOM)
    cf("cf01-cf7-fi-default.eml", "fi", "cf7default",
       dict(name="Matti Heikkinen", email="matti.heikkinen@kotiposti.example.net", subject="Kiukaan asennus mökille",
            msg="Hei!\nTarvitsisin puukiukaan asennuksen Ruovedelle kesämökille. Onko teillä asentajaa sillä suunnalla ja mitä maksaisi suunnilleen?\n\nt. Matti"),
       frm=W, subject="Löylytaito \"Kiukaan asennus mökille\"", labels={"from": "Lähettäjä", "body": "Viestin sisältö"}, footer=CF7FOOT["fi"], cte="8bit", extra=WPX)
    cf("cf02-cf7-sv-labels.eml", "sv", "colon",
       dict(name="Anna-Karin Sjöberg", company="Sjöberg Bygg Ab", email="annakarin@sjobergbygg.example.com", phone="+358 6 318 2290",
            msg="Hej,\nvi renoverar ett radhusbolag i Vasa (12 bastur). Kan ni ge offert på elaggregat inklusive montering?\n\nHälsningar\nAnna-Karin"),
       frm=W, subject="Löylytaito: ny förfrågan från webbplatsen", footer=CF7FOOT["sv"], extra=WPX)
    cf("cf03-cf7-en-url.eml", "en", "colon",
       dict(name="Daniel Foster", email="dan.foster@fostermail.example.org", subject="Export to Estonia",
            msg="Hello, do you ship wood-burning stoves to Tallinn? We are a small hotel and need three units before March.", page=SITE + "/en/stoves/tervas-16/"),
       frm=W, subject="[Löylytaito] Export to Estonia", labels={"page": "Sent from"}, footer=CF7FOOT["en"], extra=WPX)
    cf("cf04-wpforms-fi-dashes.eml", "fi", "dashes",
       dict(name="Sanna Lehtovaara", email="sanna.lehtovaara@example.net", phone="040 718 2235",
            msg="Moi, saunamme lauteet ovat hajoamassa. Teettekö lauderemontteja Pirkkalassa? Mieluiten tammikuussa."),
       frm=W, subject="Uusi merkintä: Yhteydenottolomake", labels={"name": "Nimesi", "email": "Sähköpostiosoite", "phone": "Puhelinnumero", "msg": "Viestisi"})
    cf("cf05-wpforms-en-dashes.eml", "en", "dashes",
       dict(first="Rachel", last="O'Connor", email="rachel.oconnor@dublinbuild.example.com", company="Dublin Build & Renovate",
            page=SITE + "/en/contact/", msg="Hi there,\nWe're looking for a Nordic supplier of sauna heaters for a spa project in Cork. Could you send your trade price list and lead times?\nCheers,\nRachel"),
       frm=W, subject="New Entry: Contact Us", order=["first", "last", "email", "company", "msg"], labels={"msg": "Comment or Message"},
       footer="Sent from {page}", page_in_footer=True)
    cf("cf06-gravity-fi-table.eml", "fi", "table",
       dict(first="Eero", last="Kärkkäinen", email="eero.karkkainen@savonverkko.example.net", phone="+358 44 502 1187", company="Kärkkäisen Kiinteistöhuolto",
            msg="Taloyhtiön saunan kiuas (Harvia 2009) ei lämpene kunnolla. Huoltokäynti mahdollisimman pian, osoite Hervannan valtaväylä 14.", page=SITE + "/huolto/"),
       frm=("Löylytaito", "lomake@" + DOM), subject="Uusi huoltopyyntö – Eero Kärkkäinen", labels={"page": "Lähdeosoite"}, cte="base64", html_only=True)
    cf("cf07-gravity-sv-split.eml", "sv", "table",
       dict(first="Fredrik", last="Åkerlund", email="fredrik.akerlund@skargardsnet.example.org", phone="0457 883 1204",
            msg="Hej! Har ni reservdelar till ett äldre Tylö-aggregat (ca 1998)? Termostaten har gått sönder.", page=SITE + "/sv/reservdelar/"),
       frm=W, subject="Ny inlämning: Kontakta oss", labels={"page": "Käll-URL"})
    cf("cf08-elementor-en.eml", "en", "colon_inline",
       dict(name="Priya Raman", email="priya.raman@northwind-cabins.example.com", phone="+44 7700 900412",
            msg="Do you offer remote consultation for designing a barrel sauna? We have the site plans ready.", page=SITE + "/en/design-service/"),
       frm=("Löylytaito", "noreply@" + DOM), subject='New message from "Löylytaito"', page_in_footer=True,
       footer=ELEM("en").replace("{d}", "November 18, 2026").replace("{t}", "2:41 pm"), reply_to=False)
    cf("cf09-elementor-fi.eml", "fi", "colon_inline",
       dict(name="Päivi Ylönen", email="paivi.ylonen@example.com",
            msg="Paljonko maksaa sähkökiukaan vaihto kerrostaloasuntoon? Nykyinen 6 kW.", page=SITE + "/sahkokiukaat/"),
       frm=("Löylytaito", "noreply@" + DOM), subject='Uusi viesti sivustolta "Löylytaito"', page_in_footer=True,
       footer=ELEM("fi").replace("{d}", "22.11.2026").replace("{t}", "21.07"), cte="8bit")
    cf("cf10-ninja-sv-table.eml", "sv", "table2",
       dict(name="Maja Lindström", email="maja.lindstrom@example.org", phone="+46 70 123 45 67",
            msg="Hej, vi bygger fritidshus på Åland och funderar på vedeldat aggregat med vattenbehållare. Vad rekommenderar ni?"),
       frm=W, subject="Ninja Forms: Kontaktformulär", labels={"name": "Ditt namn", "email": "Din e-post"})
    cf("cf11-formidable-en.eml", "en", "colon",
       dict(name="Tom Whitfield", company="Whitfield Leisure Ltd", email="tom@whitfield-leisure.example.com", phone="+44 1632 960 118",
            page=SITE + "/en/", msg="Is the Kelo 9 kW heater certified for commercial use (gym saunas, ~14 h/day)?"),
       frm=("Löylytaito Website", "forms@" + DOM), subject="Contact Form submitted", labels={"company": "Company name", "email": "Email address"},
       footer="Submitted from {page} by 203.0.113.77", page_in_footer=True, reply_to=False)
    cf("cf12-hubspot-en.eml", "en", "colon_inline",
       dict(first="Graham", last="McIntyre", email="g.mcintyre@highland-spas.example.net", company="Highland Spas", phone="+44 131 496 0522",
            msg="We'd like to become a reseller in Scotland. Who should we talk to?", page=SITE + "/en/dealers/"),
       frm=("HubSpot", "noreply@notifications.hubspot.example.com"), subject="New form submission on Löylytaito: Dealer enquiry",
       order=["first", "last", "email", "company", "phone", "msg", "page"], labels={"msg": "Message", "page": "Page submitted on"},
       footer="View contact record in HubSpot\nYou're receiving this because you're on the notification list for this form.", reply_to=False)
    cf("cf13-typeform-fi-ownline.eml", "fi", "ownline",
       dict(name="Juha-Pekka Mäkelä", email="jp.makela@example.net", phone="0505551234",
            msg="Saunan sisustussuunnittelu 2,5 x 2 m saunaan, kiinnostaa kelo-ilme."),
       frm=("Typeform", "notifications@typeform.example.com"), subject="Löylytaito – Tarjouspyyntö: uusi vastaus",
       labels={"name": "Mikä on nimesi?", "email": "Mihin sähköpostiin vastaamme?", "phone": "Puhelinnumero (vapaaehtoinen)", "msg": "Kerro lyhyesti projektistasi"},
       footer="Katso kaikki vastaukset Typeformissa.", reply_to=False, cte="quoted-printable")
    cf("cf14-jotform-sv-table.eml", "sv", "table2",
       dict(name="Henrik Westerholm", company="Westerholms Stugby", email="henrik@westerholm.example.net", phone="018-22 41 09",
            msg="Vi har 6 stugor och vill byta alla bastuaggregat våren 2027. Kan ni komma och titta på plats?", page=SITE + "/sv/kontakt/"),
       frm=("Jotform", "noreply@jotform.example.com"), subject="Re: Kontaktformulär – Henrik Westerholm", labels={"page": "Sidans adress"})
    cf("cf15-drupal-en-ownline.eml", "en", "ownline",
       dict(name="Sophie Laurent", email="sophie.laurent@example.org",
            page=SITE + "/en/contact", msg="Bonjour / hello, do your heaters work with 230 V single phase? French installation."),
       frm=("Löylytaito", "drupal@" + DOM), subject="Webform submission from: Contact",
       labels={"name": "Your Name", "email": "Your E-mail"},
       footer="Submitted on Sat, 11/21/2026 - 09:14\nSubmitted by: Anonymous\nSource URL: {page}", page_in_footer=True, reply_to=False)
    cf("cf16-squarespace-en.eml", "en", "colon_inline",
       dict(name="Oliver Brennan", email="oliver.brennan@example.com", subject="Sauna kit for garden",
            msg="Hi! Do you sell complete DIY kits (walls + bench + heater) or just heaters?"),
       frm=("Squarespace", "form-submission@squarespace.example.net"), subject="Form Submission - Contact - Sauna kit for garden",
       labels={"email": "Email Address"}, footer="(Sent via Löylytaito Store)", cte="7bit")
    cf("cf17-wix-fi-htmlonly.eml", "fi", "table2",
       dict(name="Liisa Hämäläinen", email="liisa.hamalainen@example.net", phone="045 678 9012",
            msg="Voiko teiltä tilata pelkät kiuaskivet kotiinkuljetuksella? Tarvitsisin n. 60 kg."),
       frm=("Wix Forms", "no-reply@forms.wix.example.com"), subject="Sinulla on uusi lomakelähetys: Yhteydenotto", html_only=True, cte="base64", reply_to=False)
    cf("cf18-php-fi-latin1.eml", "fi", "colon",
       dict(name="Tuomas Väänänen", email="tuomas.vaananen@example.org", phone="0400 123 556", page=SITE + "/yhteystiedot.php",
            msg="Moikka, onko myymälänne auki lauantaisin? Haluaisin käydä katsomassa kiukaita."),
       frm=L, subject="Yhteydenotto www-sivuilta", charset="iso-8859-1", footer="IP: 203.0.113.45\nLähetetty: 12.11.2026 klo 18:32", reply_to=False)
    cf("cf19-php-sv-ownline.eml", "sv", "ownline",
       dict(name="Johanna Nyqvist", company="Nyqvist Fastigheter", email="johanna.nyqvist@example.com", phone="040 554 1290",
            msg="Hej,\nvi behöver underhåll av bastun i vårt hyreshus i Jakobstad. Gärna före jul."),
       frm=L, subject="Kontaktförfrågan: Johanna Nyqvist", labels={"name": "Namn:", "company": "Företag:", "email": "E-postadress:", "phone": "Telefonnummer:", "msg": "Meddelande:"},
       cte="8bit", reply_to=False)
    cf("cf20-cf7-fi-erasure-in-message.eml", "fi", "colon",
       dict(name="Riikka Östman", email="riikka.ostman@example.net",
            msg="Hei. Ostin teiltä kiukaan 2019 ja sain sen jälkeen mainospostia. Poistakaa kaikki minua koskevat tiedot asiakasrekisteristänne, en ole enää asiakas."),
       frm=W, subject="Löylytaito \"Tietojen poisto\"", footer=CF7FOOT["fi"], requests=["erasure"])
    cf("cf21-wpforms-sv-unsubscribe.eml", "sv", "dashes",
       dict(name="Ulf Bergqvist", email="ulf.bergqvist@example.org",
            msg="Jag vill inte längre få ert nyhetsbrev, tack. Avsluta prenumerationen på den här adressen."),
       frm=W, subject="Ny post: Kontaktformulär (sv)", requests=["unsubscribe"])
    cf("cf22-cf7-en-replyto-only.eml", "en", "colon",
       dict(name="Marcus Bell", company="Bell Cabins", phone="+353 87 555 0199",
            msg="Please call me about a bulk order of 10 heaters. Best time after 3pm Irish time.", email="marcus.bell@bellcabins.example.net"),
       frm=W, subject="[Löylytaito] Call-back request", footer=CF7FOOT["en"], hide_email=True)
    cf("cf23-elementor-sv-htmlonly.eml", "sv", "colon_inline",
       dict(name="Linnea Öhman", email="linnea.ohman@example.com", msg="Hej! Hur lång leveranstid har ni på Tervas 20 just nu?", page=SITE + "/sv/aggregat/tervas-20/"),
       frm=("Löylytaito", "noreply@" + DOM), subject='Nytt meddelande från "Löylytaito"', page_in_footer=True,
       footer=ELEM("sv").replace("{d}", "2026-11-24").replace("{t}", "10:02"), html_only=True)
    cf("cf24-gravity-en-source.eml", "en", "table",
       dict(name="Katherine Doyle", email="kdoyle@example.org", company="Doyle Architects", phone="+1 617 555 0142",
            msg="We are specifying saunas for a wellness centre in Boston. Do your heaters have UL certification?", page=SITE + "/en/contact/?utm_source=newsletter"),
       frm=W, subject="New submission from Contact (EN)", labels={"page": "Source URL"})
    cf("cf25-ninja-fi.eml", "fi", "table2",
       dict(name="Antti Koskinen", email="antti.koskinen@example.com", phone="0440 300 888", company="Koskisen Kuljetus Oy",
            msg="Tarvitsemme tarjouksen henkilöstön taukotilan saunan uusimisesta, 10 hengen sauna."),
       frm=W, subject="Ninja Forms – Tarjouspyyntö", labels={"name": "Yhteyshenkilö", "company": "Yrityksen nimi"})
    cf("cf26-formidable-sv.eml", "sv", "colon",
       dict(name="Erik Grönroos", email="erik.gronroos@example.net", phone="+358 50 998 2211", page=SITE + "/sv/service/",
            msg="Aggregatet slår av efter 10 minuter. Garanti gäller till 2027, vad gör jag?"),
       frm=("Löylytaito webbplats", "forms@" + DOM), subject="Formulär: Service", labels={"page": "Skickat från sidan"}, cte="base64", reply_to=False)
    cf("cf27-cf7-fi-access-in-message.eml", "fi", "colon",
       dict(name="Kaisa Rönkkö", email="kaisa.ronkko@example.org", phone="041 777 1203",
            msg="Haluaisin tietää, mitä henkilötietoja teillä on minusta tallennettuna. Voitteko lähettää ne sähköpostiini?"),
       frm=L, subject="Yhteydenotto: Kaisa Rönkkö", footer=CF7FOOT["fi"], requests=["access"])
    cf("cf28-php-en-base64.eml", "en", "colon",
       dict(name="Ahmed Karimi", email="ahmed.karimi@example.com", msg="Do you have a showroom in Helsinki area?", page=SITE + "/en/contact.php"),
       frm=("Website", "webmaster@" + DOM), subject="Website enquiry", cte="base64", reply_to=False)
    cf("cf29-wpforms-fi-company.eml", "fi", "dashes",
       dict(name="Mikko Saarinen", company="Saarisen Sähkö Ky", email="mikko@saarisensahko.example.net", phone="+358 40 112 9933", page=SITE + "/jalleenmyyjat/",
            msg="Olemme sähköurakoitsija ja haluaisimme jälleenmyyjähinnaston. Ostamme n. 30 kiuasta vuodessa."),
       frm=W, subject="Uusi merkintä: Jälleenmyyjäksi", labels={"page": "Lähetetty sivulta"})
    cf("cf30-hubspot-fi.eml", "fi", "colon_inline",
       dict(first="Heidi", last="Laaksonen", email="heidi.laaksonen@example.org", phone="050 432 1188", page=SITE + "/uutiskirje/",
            msg="Voisiko joku soittaa minulle saunan suunnittelusta?"),
       frm=("HubSpot", "noreply@notifications.hubspot.example.com"), subject="Uusi lomakelähetys: Soittopyyntö",
       order=["first", "last", "email", "phone", "msg", "page"], labels={"page": "Lähetetty sivulla"}, reply_to=False)
    cf("cf31-cf7-fi-logo-trap.eml", "fi", "colon",
       dict(name="Petri Aaltonen", company="Aaltosen Rakennus Oy", email="petri@aaltosenrakennus.example.com",
            msg="Teidän referenssisivulla on vielä meidän vanha logo. Voisitteko poistaa sen ja vaihtaa uuteen? Lähetän uuden tiedoston erikseen."),
       frm=W, subject="Löylytaito \"Referenssisivu\"", footer=CF7FOOT["fi"])
    cf("cf32-jotform-en-delete-account.eml", "en", "table2",
       dict(name="Chloe Bennett", email="chloe.bennett@example.net", page=SITE + "/en/account/",
            msg="Hi, please delete my customer account and any personal data you have about me. I moved abroad and won't be ordering again. Thanks."),
       frm=("Jotform", "noreply@jotform.example.com"), subject="New submission: Customer service form", html_only=True, requests=["erasure"])

# ---------------------------------------------------------------- chat
CHAT_OWN = ("Löylytaito Chat", "chat-transcripts@" + DOM)
TIDIO = ("Tidio", "notifications@tidio.example.net")

def chat(path, lang, frm, subject, text, fields, html=True, cte="quoted-printable", extra=(), requests=None, date=None, reply_to=None):
    def th(t):
        return "<html><body style=\"font-family:Arial\">\n" + "\n".join(
            ("<p>%s</p>" % H.escape(l)) if l else "<br>" for l in t.strip("\n").split("\n")) + "\n</body></html>\n"
    if html == "only":
        node = leaf(th(text), "html", "utf-8", cte)
    elif html:
        node = multi("alternative", [leaf(text, "plain", "utf-8", cte), leaf(th(text), "html", "utf-8", cte)])
    else:
        node = leaf(text, "plain", "utf-8", cte)
    hdrs = [received("smtp." + frm[1].split("@")[1]), ("From", A(*frm)), ("To", INFO)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", enc_hdr(subject)), ("Date", date or D(11, R.randint(1, 30), R.randint(8, 22), R.randint(0, 59))),
             ("Message-ID", MID("generic", frm[1].split("@")[1]))]
    hdrs += list(extra)
    write("chat_transcript/" + path, hdrs, node, "chat_transcript", lang, fields=fields, requests=requests)

def gen_chats():
    chat("ch01-own-fi-transcript.eml", "fi", CHAT_OWN, "Chat: Ville Nurminen",
         """Chat-keskustelu

Vierailija: Ville Nurminen
Sähköposti: ville.nurminen@example.net
Puhelin: 040 223 4411
Sivu: %s/puukiukaat/
Aloitettu: 2026-11-09 14:02 +02:00

[14:02] Ville Nurminen: Moi, onko Tervas 16 varastossa?
[14:03] Tiina (Löylytaito): Hei Ville! On, meillä on kolme kappaletta Tampereen varastossa.
[14:04] Ville Nurminen: Sopiiko se 12 m3 saunaan?
[14:05] Tiina (Löylytaito): Sopii hyvin, suositusalue on 8–16 m3.
[14:06] Ville Nurminen: Kiitti, tulen hakemaan lauantaina.
""" % SITE, dict(name="Ville Nurminen", email="ville.nurminen@example.net", phone="040 223 4411", page=SITE + "/puukiukaat/"), html=False, cte="8bit")
    chat("ch02-own-en-offline.eml", "en", CHAT_OWN, "Offline message: Emily Carter",
         """Offline message

Name: Emily Carter
Email: emily.carter@example.org
Company: Carter Holiday Homes
Page: %s/en/

Message:
Hi, I left a question during the weekend: do you deliver to the Åland Islands and what does shipping cost for a 40 kg heater?
""" % SITE, dict(name="Emily Carter", email="emily.carter@example.org", company="Carter Holiday Homes", page=SITE + "/en/"), html=False, cte="7bit")
    chat("ch03-own-sv-transcript.eml", "sv", CHAT_OWN, "Chatt med Mats Holmqvist",
         """Chattutskrift

Besökare: Mats Holmqvist
E-post: mats.holmqvist@example.com
Telefon: +358 45 119 2020
Sida: %s/sv/elaggregat/
Startad: 2026-11-14 19:31 +02:00

[19:31] Mats Holmqvist: Hej, fungerar era elaggregat med Wi-Fi-styrning?
[19:33] Mikael (Löylytaito): Hej Mats! Ja, modellerna från 2025 har app-styrning som tillval.
[19:34] Mats Holmqvist: Bra, vad kostar tillvalet?
[19:35] Mikael (Löylytaito): 149 € inkl. moms. Jag kan skicka en offert.
[19:35] Mats Holmqvist: Gärna, till samma adress.
""" % SITE, dict(name="Mats Holmqvist", email="mats.holmqvist@example.com", phone="+358 45 119 2020", page=SITE + "/sv/elaggregat/"), cte="quoted-printable")
    chat("ch04-tidio-fi-offline.eml", "fi", TIDIO, "Uusi viesti asiakkaalta: Jaana Salo",
         """Sinulla on uusi viesti Tidiossa

Asiakas jätti viestin, kun olit offline-tilassa.

Nimi: Jaana Salo
Sähköposti: jaana.salo@example.org
Puhelinnumero: +358 50 661 2309
URL: %s/kiuaskivet/

Viesti:
"Myyttekö oliviinidiabaasia 20 kg säkeissä? Tarvitsisin kaksi säkkiä."

Vastaa asiakkaalle Tidio-paneelissa.
""" % SITE, dict(name="Jaana Salo", email="jaana.salo@example.org", phone="+358 50 661 2309", page=SITE + "/kiuaskivet/"), cte="base64")
    chat("ch05-livechat-en-transcript.eml", "en", ("LiveChat", "no-reply@livechat-mail.example.net"), "Chat transcript with Paul Hendricks (#S2K9QX4T1)",
         """Chat transcript

Chat ID: S2K9QX4T1
Visitor: Paul Hendricks
E-mail: paul.hendricks@example.com
Chat started on: 17 Nov 2026, 09:12:03 EET
Chat duration: 6m 41s
Visitor URL: %s/en/heaters/kelo-9/
Group: English
Agent: Tiina Koivisto

(09:12:03 AM) Paul Hendricks: Hello, what's the warranty on the Kelo 9?
(09:12:40 AM) Tiina Koivisto: Hi Paul, it's 3 years for home use and 1 year for commercial.
(09:14:11 AM) Paul Hendricks: And spare heating elements, how quickly can you ship them?
(09:15:02 AM) Tiina Koivisto: Usually within 2 working days from Tampere.
(09:18:44 AM) Paul Hendricks: Great, thanks!

--
LiveChat transcript sent automatically to info@%s
""" % (SITE, DOM), dict(name="Paul Hendricks", email="paul.hendricks@example.com", page=SITE + "/en/heaters/kelo-9/"))
    chat("ch06-zendesk-sv-transcript.eml", "sv", ("Löylytaito Support", "support@loylytaito.zendesk.example.com"), "Chattutskrift: Karin Forsberg",
         """Chatt påbörjad: 2026-11-19 11:40 EET

Besökare: Karin Forsberg
E-post: karin.forsberg@example.net
Besökarens sida: %s/sv/bastubyggen/

(11:40:12) *** Karin Forsberg anslöt till chatten ***
(11:40:20) Karin Forsberg: Hej! Bygger ni bastur i Borgå-trakten?
(11:41:02) *** Mikael Lindqvist anslöt till chatten ***
(11:41:30) Mikael Lindqvist: Hej Karin, ja vi har montörer i Östra Nyland.
(11:42:15) Karin Forsberg: Kan ni ringa mig nästa vecka? 044 981 2277
(11:42:44) Mikael Lindqvist: Absolut, jag ringer på tisdag.
(11:43:01) *** Karin Forsberg lämnade chatten ***
""" % SITE, dict(name="Karin Forsberg", email="karin.forsberg@example.net", page=SITE + "/sv/bastubyggen/"), extra=[("X-Zendesk-From-Account-Id", hx(8))])
    chat("ch07-crisp-en-message.eml", "en", ("Crisp", "notifications@crisp.example.org"), "New message from Jonas Meyer",
         """Jonas Meyer sent a message on Löylytaito:

"Are your wood stoves approved for use in Germany (1. BImSchV)? We'd order 2."

Visitor details
Email: jonas.meyer@example.org
Location: Hamburg, Germany
Page: %s/en/stoves/

Reply to Jonas from your Crisp inbox.
""" % SITE, dict(name="Jonas Meyer", email="jonas.meyer@example.org", page=SITE + "/en/stoves/"), html="only")
    chat("ch08-olark-en-transcript.eml", "en", ("Olark Transcripts", "transcripts@olark.example.com"), "Olark chat with Visitor 48211 (Helen Price)",
         """Visitor: Helen Price
Email: helen.price@example.net
Phone: +44 20 7946 0033
Started at: %s/en/contact/

[10:21] Helen Price: hi, is anyone there?
[10:22] tiina: Hello! Yes, how can I help?
[10:22] Helen Price: we ordered a heater last week, order 4471, any tracking yet?
[10:24] tiina: It left our warehouse yesterday, I'll email you the tracking code.
[10:24] Helen Price: perfect ta
""" % SITE, dict(name="Helen Price", email="helen.price@example.net", phone="+44 20 7946 0033", page=SITE + "/en/contact/"), html=False, cte="7bit")
    chat("ch09-smartsupp-fi-transcript.eml", "fi", ("Smartsupp", "noreply@smartsupp.example.com"), "Keskustelu: Timo Laine – Löylytaito",
         """Keskustelun historia

Asiakas: Timo Laine
E-mail: timo.laine@example.com
Puhelin: 0456781122
Sivu: %s/saunaremontit/
Alku: 21.11.2026 16:05

16:05 Timo Laine
Paljonko maksaa pienen kerrostalosaunan remontti suurin piirtein?

16:07 Aino Rautio
Hei Timo, tyypillisesti 4 000–7 000 € riippuen materiaaleista. Voimme tulla katsomaan maksutta.

16:08 Timo Laine
Ok, laitan viestiä ensi viikolla.
""" % SITE, dict(name="Timo Laine", email="timo.laine@example.com", phone="0456781122", page=SITE + "/saunaremontit/"))
    chat("ch10-tawk-sv-offline.eml", "sv", ("tawk.to", "no-reply@tawk.example.net"), "Offline-meddelande från Sofia Lund",
         """Du har fått ett nytt offline-meddelande

Namn : Sofia Lund
E-post : sofia.lund@example.org
Sida : %s/sv/

Meddelande :
Hej, kan man köpa presentkort hos er? Till min pappa som fyller 60.

Chatten sköts via tawk.to
""" % SITE, dict(name="Sofia Lund", email="sofia.lund@example.org", page=SITE + "/sv/"), cte="base64")
    chat("ch11-tidio-en-transcript.eml", "en", TIDIO, "Conversation with Ryan Walsh",
         """Conversation transcript

Visitor: Ryan Walsh
Email: ryan.walsh@example.com
Last visited page: %s/en/heaters/

Ryan Walsh (18:44): do you have a black version of the electric heater?
Bot (18:44): Thanks for your message! An agent will reply soon.
Tiina (18:52): Hi Ryan, yes – the Musta series, available in 6 and 8 kW.
Ryan Walsh (18:53): 8 kW please, how do i order?
Tiina (18:54): Through the web shop, or I can send you an invoice.
""" % SITE, dict(name="Ryan Walsh", email="ryan.walsh@example.com", page=SITE + "/en/heaters/"))
    chat("ch12-livechat-fi-erasure.eml", "fi", ("LiveChat", "no-reply@livechat-mail.example.net"), "Keskustelun tallenne: Marjut Kangas (#S8P1LRZ0C)",
         """Keskustelun tallenne

Keskustelun tunnus: S8P1LRZ0C
Vierailija: Marjut Kangas
Sähköposti: marjut.kangas@example.net
Aloitettu: 25.11.2026 klo 12.10
Sivu: %s/tietosuoja/
Agentti: Aino Rautio

(12.10.05) Marjut Kangas: haluan että poistatte kaikki tietoni teidän rekisteristä
(12.11.20) Aino Rautio: Hei Marjut, välitän pyynnön eteenpäin. Vahvistamme poiston sähköpostitse.
(12.11.45) Marjut Kangas: ok kiitos
""" % SITE, dict(name="Marjut Kangas", email="marjut.kangas@example.net", page=SITE + "/tietosuoja/"), requests=["erasure"])
    chat("ch13-zendesk-en-offline.eml", "en", ("Löylytaito Support", "support@loylytaito.zendesk.example.com"), "Offline message from Nina Kowalski",
         """You received an offline message

Name: Nina Kowalski
Email: nina.kowalski@example.org
Phone: +48 601 555 210
Department: Sales
Visitor page: %s/en/dealers/

Message:
We are a Polish distributor and would like to discuss representing your heaters. Please contact me.
""" % SITE, dict(name="Nina Kowalski", email="nina.kowalski@example.org", phone="+48 601 555 210", page=SITE + "/en/dealers/"), html=False)
    chat("ch14-crisp-fi-transcript.eml", "fi", ("Crisp", "notifications@crisp.example.org"), "Keskustelu päättyi: Oskari Virta",
         """Keskustelu Oskari Virta kanssa on päättynyt.

Käyttäjä: Oskari Virta
Sähköposti: oskari.virta@example.com
Yritys: Virran Vuokramökit
Sivu: %s/

Oskari Virta · 08:55
Huomenta, tarviin 4 kpl puukiukaita vuokramökkeihin. Saako määräalennusta?

Tiina Koivisto · 09:01
Huomenta! Neljästä kiukaasta saa 8 %% alennuksen. Lähetän tarjouksen.

Oskari Virta · 09:02
Hyvä, kiitos.
""" % SITE, dict(name="Oskari Virta", email="oskari.virta@example.com", company="Virran Vuokramökit", page=SITE + "/"), html="only", cte="base64")
    chat("ch15-smartsupp-sv-transcript.eml", "sv", ("Smartsupp", "noreply@smartsupp.example.com"), "Konversation: Peter Holm",
         """Konversationshistorik

Kund: Peter Holm
E-post: peter.holm@example.net
Företag: Holms Camping
Telefon: 0400 772 155

14:20 Peter Holm
Hej, vi behöver ett vedaggregat till campingens bastu, 20 m3.

14:22 Mikael Lindqvist
Hej Peter, då rekommenderar jag Tervas 24. Vill du ha offert?

14:23 Peter Holm
Ja tack.
""", dict(name="Peter Holm", email="peter.holm@example.net", company="Holms Camping", phone="0400 772 155"))
    chat("ch16-tawk-en-transcript-htmlonly.eml", "en", ("tawk.to", "no-reply@tawk.example.net"), "Chat Transcript: Laura Mitchell",
         """Chat Transcript

Visitor Name : Laura Mitchell
Visitor Email : laura.mitchell@example.com
Chat Page : %s/en/gift-cards/

[ 13:02 ] Laura Mitchell : Do gift cards expire?
[ 13:03 ] Aino : Hi Laura, they're valid for 24 months.
[ 13:03 ] Laura Mitchell : Thank you!
""" % SITE, dict(name="Laura Mitchell", email="laura.mitchell@example.com", page=SITE + "/en/gift-cards/"), html="only")

# ---------------------------------------------------------------- data requests
NL_FI = """Löylytaito <uutiskirje@loylytaito.example.com> kirjoitti 2.11.2026 klo 10.00:
Löylytaidon uutiskirje – marraskuu 2026

Joulukampanja alkaa! Kaikki puukiukaat -15 % 30.11. asti.
Uutuutena Musta-sarjan sähkökiukaat.

Et halua enää uutiskirjettä? Peru tilaus: https://www.loylytaito.example.com/uutiskirje/peru
Löylytaito Oy, Hatanpään valtatie 40, 33100 Tampere"""
NL_SV = """Den 2 nov. 2026 kl. 10:00 skrev Löylytaito <nyhetsbrev@loylytaito.example.com>:
Löylytaitos nyhetsbrev – november 2026

Julkampanj! Alla vedaggregat -15 % till och med 30.11.
Nyhet: Musta-serien.

Avsluta prenumerationen: https://www.loylytaito.example.com/sv/nyhetsbrev/avsluta"""
NL_EN = """On Mon, 2 Nov 2026 at 10:00, Löylytaito <newsletter@loylytaito.example.com> wrote:
Löylytaito newsletter – November 2026

Christmas campaign: all wood-burning heaters -15 % until 30 Nov.
New: the Musta series of electric heaters.

Unsubscribe: https://www.loylytaito.example.com/en/newsletter/unsubscribe"""

def DR(path, lang, requests, *a, **k):
    pmail("data_request/" + path, "data_request", lang, *a, requests=requests, **k)

def gen_data_requests():
    # ---------------- Finnish
    DR("dr01-fi-access-formal.eml", "fi", ["access"], "Hannele Vuorinen", "hannele.vuorinen@example.com",
       "Tietopyyntö EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla",
       """Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan perusteella saada tiedon siitä, käsitelläänkö minua koskevia henkilötietoja yrityksenne rekistereissä, ja jos käsitellään, jäljennöksen kaikista minua koskevista tiedoista sekä tiedot käsittelyn tarkoituksista, vastaanottajista ja säilytysajasta.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.

Ystävällisin terveisin
Hannele Vuorinen
Lielahdenkatu 8 B 12, 33400 Tampere""", client="outlook")
    DR("dr02-fi-access-nodiacritics.eml", "fi", ["access"], "Jari Makinen", "jarimakinen77@example.net",
       "tiedot",
       """moi

mita tietoja teilla on musta tallessa? ostin joskus kiukaan ja nyt tulee kaikkea postia. voisitteko lahettaa listan niista tiedoista

jari""", client="android", auth=False)
    DR("dr03-fi-rectification-sloppy.eml", "fi", ["rectification"], "Pertti Virtanen", "pertti.virtanen@example.org",
       "Nimi väärin",
       """Teidän uutiskirjeissä lukee joka kerta "Pertti Virtamen". Sukunimi on Virtanen, n-kirjaimella. Korjatkaa se rekisteriin.

Pertti""", client="apple")
    DR("dr04-fi-rectification-phone.eml", "fi", ["rectification"], "Elina Kallio", "elina.kallio@example.com",
       "Yhteystietojen päivitys",
       """Hei,

puhelinnumeroni on vaihtunut. Päivittäisittekö asiakastietoihini uuden numeron 044 551 7720 (vanha 040 123 9876 ei ole enää käytössä). Myös osoite on nykyään Pispalan valtatie 31 A 4, 33250 Tampere.

Kiitos!
Elina Kallio""", client="gmail")
    DR("dr05-fi-erasure-child.eml", "fi", ["erasure"], "Mervi Järvenpää", "mervi.jarvenpaa@example.net",
       "Alaikäisen lapsen tietojen poistaminen",
       """Hei,

15-vuotias poikani Aleksi Järvenpää on ilmeisesti täyttänyt teidän sivuillanne kilpailulomakkeen ja saa nyt markkinointiviestejä osoitteeseensa aleksi.jarvenpaa@example.net. Huoltajana pyydän, että poistatte kaikki hänen tietonsa rekisteristänne.

Terveisin
Mervi Järvenpää
p. 050 441 2098""", client="outlook")
    DR("dr06-fi-erasure-typos.eml", "fi", ["erasure"], "Kimmo Lahtinen", "kimmo.lahtinen@example.com",
       "poistakaa",
       """poistakaa mun kaikki tiedot teiän rekisteristä heti. en oo antanu lupaa tallentaa mitään!!""", client="android", auth=False)
    DR("dr07-fi-unsubscribe-reply-newsletter.eml", "fi", ["unsubscribe"], "Raija Honkanen", "raija.honkanen@example.org",
       "Re: Löylytaidon uutiskirje – marraskuu 2026",
       """En halua näitä enää. Lopettakaa uutiskirjeen lähettäminen minulle.""", quote=NL_FI, client="gmail")
    DR("dr08-fi-listunsubscribe-mailto.eml", "fi", ["unsubscribe"], "", "seppo.niemi@example.net",
       "unsubscribe",
       """Peruutan uutiskirjeen tilauksen.
""", client="thunderbird", to="uutiskirje-peru@" + DOM, auth=False)
    DR("dr09-fi-subscribe.eml", "fi", ["subscribe"], "Outi Peltonen", "outi.peltonen@example.com",
       "Uutiskirjeen tilaus",
       """Hei!

Kävin messuosastollanne Jyväskylässä ja haluaisin tilata Löylytaidon uutiskirjeen tähän sähköpostiosoitteeseen. Kiinnostaa erityisesti tarjoukset ja saunavinkit.

Terveisin Outi""", client="apple")
    DR("dr10-fi-objection-calls.eml", "fi", ["objection"], "Reijo Saarela", "reijo.saarela@example.org",
       "Puhelinmarkkinointi",
       """Teiltä on soitettu minulle kolme kertaa tässä kuussa ja tarjottu saunaremonttia. Kieltän puhelinmarkkinoinnin ja muunkin suoramarkkinoinnin. Älkää soittako minulle enää.

Reijo Saarela""", client="webmail")
    DR("dr11-fi-personnel-former.eml", "fi", ["personnel"], "Tero Hakala", "tero.hakala@example.net",
       "Entinen työntekijä – palkkatiedot",
       """Hei,

olin Löylytaidolla asentajana 2019–2022. Tarvitsen eläkehakemusta varten kopion palkkatiedoistani ja työsopimuksestani sekä tiedon siitä, mitä tietoja minusta on vielä henkilöstörekisterissänne.

Terveisin
Tero Hakala
hetu toimitetaan tarvittaessa puhelimitse""", client="gmail")
    DR("dr12-fi-access-then-erasure.eml", "fi", ["access", "erasure"], "Satu Mattila", "satu.mattila@example.com",
       "Omat tiedot",
       """Hei,

lähettäkää minulle ensin kopio kaikista tiedoista, joita teillä on minusta. Kun olen saanut ne, poistakaa tietoni kokonaan järjestelmistänne.

Satu Mattila""", client="outlook")
    DR("dr13-fi-erasure-htmlonly.eml", "fi", ["erasure"], "Jouni Tuominen", "jouni.tuominen@example.org",
       "Asiakastietojen poistaminen",
       """Hyvä Löylytaito,

vaadin tietosuoja-asetuksen 17 artiklan mukaisesti, että henkilötietoni poistetaan asiakasrekisteristänne viipymättä. Olkaa hyvä ja vahvistakaa poisto kirjallisesti.

Jouni Tuominen""", client="outlook_html")
    DR("dr14-fi-objection-restrict.eml", "fi", ["objection"], "Anneli Salminen", "anneli.salminen@example.net",
       "Vastustan tietojeni käsittelyä",
       """Hei,

vastustan henkilötietojeni käsittelyä suoramarkkinointitarkoituksiin ja pyydän rajoittamaan tietojeni käsittelyn vain siihen, mitä takuuasioiden hoitaminen edellyttää. Tietoja ei tarvitse poistaa, sillä kiukaan takuu on vielä voimassa.

Anneli Salminen""", client="gmail")
    DR("dr15-fi-unsubscribe-postituslista.eml", "fi", ["unsubscribe"], "Harri Leinonen", "harri.leinonen@example.com",
       "VS: Joulukampanja alkaa!",
       """Poistakaa minut postituslistalta, kiitos.

Harri""", quote="""Lähettäjä: Löylytaito <uutiskirje@loylytaito.example.com>
Lähetetty: maanantai 2. marraskuuta 2026 10.00
Vastaanottaja: harri.leinonen@example.com
Aihe: Joulukampanja alkaa!

Kaikki puukiukaat -15 % 30.11. asti. Tervetuloa myymäläämme!""", quote_style="outlook", client="outlook")
    DR("dr16-fi-rectification-then-unsubscribe.eml", "fi", ["rectification", "unsubscribe"], "Mirja Koivula", "mirja.koivula@example.org",
       "Sukunimen muutos ja uutiskirje",
       """Hei,
mennyt naimisiin, joten sukunimeni on nykyään Koivula (ennen Rantanen). Korjatkaa se tietoihini. Samalla voitte lopettaa uutiskirjeen lähettämisen, en ehdi niitä lukea.

t. Mirja""", client="apple")
    DR("dr17-fi-personnel-current.eml", "fi", ["personnel"], "Lauri Peltola", "lauri.peltola@example.net",
       "Henkilöstörekisterin tiedot",
       """Moi Aino,

voisitko selvittää mitä tietoja minusta on tallennettu henkilöstörekisteriin (palkanlaskenta, työaikakirjanpito, kulunvalvonta)? Haluaisin saada niistä kopion. Kirjoitan kotiosoitteesta kun olen sairauslomalla.

Lauri
asentaja, Tampereen tiimi""", client="android")
    # ---------------- Swedish
    DR("dr20-sv-access-formal.eml", "sv", ["access"], "Birgitta Sandström", "birgitta.sandstrom@example.com",
       "Begäran om registerutdrag enligt artikel 15 GDPR",
       """Hej,

Med stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 begär jag ett registerutdrag över samtliga personuppgifter som Löylytaito Oy behandlar om mig, inklusive ändamålen med behandlingen, mottagare och lagringstid.

Vänligen skicka utdraget till denna e-postadress.

Med vänlig hälsning
Birgitta Sandström
Strandgatan 12, 65100 Vasa""", client="outlook")
    DR("dr21-sv-access-informal.eml", "sv", ["access"], "Jonas Ek", "jonas.ek@example.org",
       "Fråga",
       """Hej!
Vilka uppgifter har ni om mig egentligen? Fick ett brev från er fast jag aldrig handlat något. Skicka gärna över det ni har sparat.
Mvh Jonas""", client="apple", auth=False)
    DR("dr22-sv-rectification.eml", "sv", ["rectification"], "Camilla Sjöholm", "camilla.sjoholm@example.net",
       "Fel namn",
       """Hej,

Mitt efternamn är felstavat i era utskick – det står Sjöhol, men det ska vara Sjöholm. Kan ni rätta det i ert register?

Tack på förhand,
Camilla Sjöholm""", client="gmail")
    DR("dr23-sv-erasure-formal.eml", "sv", ["erasure"], "Göran Lindblom", "goran.lindblom@example.com",
       "Begäran om radering av personuppgifter (artikel 17 GDPR)",
       """Till Löylytaito Oy

Jag begär härmed att ni utan onödigt dröjsmål raderar samtliga personuppgifter som rör mig, i enlighet med artikel 17 i dataskyddsförordningen. Jag återkallar samtidigt samtliga samtycken jag kan ha lämnat.

Bekräfta raderingen skriftligen.

Göran Lindblom""", client="outlook")
    DR("dr24-sv-erasure-deceased-mother.eml", "sv", ["erasure"], "Eva Nordström", "eva.nordstrom@example.org",
       "Min mammas uppgifter",
       """Hej,

min mamma Ingrid Nordström gick bort i september. Hon får fortfarande reklam från er till ingrid.nordstrom@example.org. Jag är dödsboets kontaktperson och ber er ta bort alla hennes uppgifter ur ert kundregister.

Vänliga hälsningar
Eva Nordström""", client="gmail")
    DR("dr25-sv-unsubscribe.eml", "sv", ["unsubscribe"], "Lars Öberg", "lars.oberg@example.net",
       "Avregistrering",
       """Hej, avregistrera mig från nyhetsbrevet, tack.
/Lars""", client="thunderbird", auth=False)
    DR("dr26-sv-unsubscribe-reply-newsletter.eml", "sv", ["unsubscribe"], "Gunilla Åström", "gunilla.astrom@example.com",
       "Sv: Löylytaitos nyhetsbrev – november 2026",
       """Sluta skicka de här breven till mig. Jag har aldrig bett om dem.""", quote=NL_SV, client="gmail")
    DR("dr27-sv-subscribe.eml", "sv", ["subscribe"], "Tove Lindqvist", "tove.lindqvist@example.org",
       "Nyhetsbrev",
       """Hej!

Jag vill gärna prenumerera på ert nyhetsbrev på svenska. Min adress är den här.

Hälsningar Tove""", client="apple")
    DR("dr28-sv-objection-direct-marketing.eml", "sv", ["objection"], "Bengt Karlsson", "bengt.karlsson@example.com",
       "Invändning mot direktmarknadsföring",
       """Hej,

jag motsätter mig att mina personuppgifter används för direktmarknadsföring, både per telefon och per post. Ring mig inte mer. Mina uppgifter får ni behålla för garantiärendet.

Bengt Karlsson""", client="webmail")
    DR("dr29-sv-personnel-summer-worker.eml", "sv", ["personnel"], "Axel Holmberg", "axel.holmberg@example.net",
       "Tidigare sommarjobbare – lönespecar",
       """Hej,

jag jobbade på ert lager sommaren 2024. Kan jag få kopior av mina lönespecifikationer och veta vilka personuppgifter ni fortfarande sparar om mig som före detta anställd?

Tack!
Axel Holmberg""", client="android")
    DR("dr30-sv-access-then-rectification.eml", "sv", ["access", "rectification"], "Marianne Wikström", "marianne.wikstrom@example.org",
       "Mina uppgifter",
       """Hej,

skicka mig först en kopia av de uppgifter ni har registrerade om mig. Jag tror att adressen är gammal – den rätta är Skolgatan 4, 68600 Jakobstad – så rätta den gärna samtidigt.

Marianne Wikström""", client="outlook")
    DR("dr31-sv-erasure-nodiacritics.eml", "sv", ["erasure"], "Mats Akesson", "mats.akesson@example.com",
       "radera",
       """hej
radera mina uppgifter, jag vill inte finnas i ert kundregister langre. tack
mats""", client="android", auth=False)
    DR("dr32-sv-unsubscribe-then-erasure.eml", "sv", ["unsubscribe", "erasure"], "Helena Bäck", "helena.back@example.net",
       "Nyhetsbrev och uppgifter",
       """Hej,

Jag vill avsluta prenumerationen på ert nyhetsbrev omedelbart. Därefter vill jag att ni raderar alla uppgifter ni har om mig.

Helena Bäck""", client="gmail")
    DR("dr33-sv-access-htmlonly.eml", "sv", ["access"], "Kristian Nyman", "kristian.nyman@example.org",
       "Registerutdrag",
       """Hej,

Jag ber att få ett utdrag ur ert register med alla uppgifter som gäller mig.

Med vänliga hälsningar
Kristian Nyman""", client="outlook_html")
    DR("dr34-sv-objection-restrict.eml", "sv", ["objection"], "Sara Lundqvist", "sara.lundqvist@example.com",
       "Begränsning av behandling",
       """Hej,

Jag begär att ni begränsar behandlingen av mina personuppgifter enligt artikel 18 GDPR tills reklamationsärendet är avgjort. Använd dem inte för något annat, och skicka ingen marknadsföring.

Sara Lundqvist""", client="gmail")
    # ---------------- English
    DR("dr40-en-access-sar.eml", "en", ["access"], "Victoria Hughes", "victoria.hughes@example.com",
       "Subject Access Request",
       """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation. Please provide me with a copy of all personal data you hold about me, together with the purposes of processing, the recipients, the retention period and the source of the data.

I look forward to your response within one month.

Yours faithfully,
Victoria Hughes""", client="outlook")
    DR("dr41-en-access-sloppy.eml", "en", ["access"], "Jake Turner", "jaketurner92@example.net",
       "??",
       """what info have u got on me?? keep getting ur emails. send me whatever u have stored""", client="apple", auth=False)
    DR("dr42-en-rectification-formal.eml", "en", ["rectification"], "Margaret Ellison", "m.ellison@example.org",
       "Request for rectification of personal data (Article 16 GDPR)",
       """Dear Data Protection Officer,

Pursuant to Article 16 GDPR I request the rectification of inaccurate personal data concerning me. Your records show my company as "Ellison Interiors Ltd"; the correct name is "Ellison Interior Design Ltd", and my job title is Managing Director, not Sales Manager.

Please confirm once the records have been corrected.

Kind regards,
Margaret Ellison""", client="outlook")
    DR("dr43-en-rectification-sloppy.eml", "en", ["rectification"], "Ian Hughes", "ian.hughes@example.com",
       "surname",
       """you've got my surname spelt wrong on every email, its Hughes not Hughs. sort it out pls""", client="android")
    DR("dr44-en-erasure-typos.eml", "en", ["erasure"], "Brandon Cole", "brandon.cole@example.net",
       "forget me",
       """Hi

I want to be forgoten from your systems. Please delet evrything you have on me, name, adress, phone, all of it. Thx

Brandon""", client="gmail", auth=False)
    DR("dr45-en-erasure-child.eml", "en", ["erasure"], "Natalie Price", "natalie.price@example.org",
       "Please remove my daughter's details",
       """Hello,

My daughter Mia (14) signed up for your prize draw at the Helsinki fair using her own e-mail, mia.price@example.org. As her parent I'd like you to erase all of her details from your records and confirm to me when it's done.

Many thanks,
Natalie Price""", client="apple")
    DR("dr46-en-listunsubscribe-gmail.eml", "en", ["unsubscribe"], "", "chris.dalton@example.com",
       "Unsubscribe",
       """This message was automatically generated by Gmail.""", client="gmail", to="newsletter-unsubscribe@" + DOM)
    DR("dr47-en-unsubscribe-empty-body.eml", "en", ["unsubscribe"], "Peter Grant", "peter.grant@example.net",
       "unsubscribe", "\n", client="thunderbird", auth=False)
    DR("dr48-en-subscribe.eml", "en", ["subscribe"], "Amelia Scott", "amelia.scott@example.com",
       "Newsletter sign-up",
       """Hi,

Could you add me to your newsletter? I couldn't find a sign-up box on the English site.

Best,
Amelia""", client="gmail")
    DR("dr49-en-objection-calls.eml", "en", ["objection"], "Derek Mills", "derek.mills@example.org",
       "Stop phoning me",
       """Your sales people have rung me four times this month. Stop phoning me. I don't want any marketing from you by phone or otherwise.

D. Mills""", client="apple")
    DR("dr50-en-objection-formal.eml", "en", ["objection"], "Dr. Fiona Campbell", "fiona.campbell@example.net",
       "Objection under Article 21 GDPR",
       """Dear Löylytaito,

I object, under Article 21(2) GDPR, to the processing of my personal data for direct marketing purposes, including profiling. Please ensure that my data is no longer processed for such purposes. I do not request erasure at this time.

Regards,
Dr. Fiona Campbell""", client="outlook")
    DR("dr51-en-personnel-former.eml", "en", ["personnel"], "Kevin O'Brien", "kevin.obrien@example.com",
       "Former employee - HR records and payslips",
       """Hi,

I worked for Löylytaito as a sales assistant from March 2021 to August 2023. Could you send me copies of my payslips for 2021 and tell me what is kept in my HR file? I need them for a mortgage application.

Thanks,
Kevin O'Brien""", client="gmail")
    DR("dr52-en-access-then-erasure.eml", "en", ["access", "erasure"], "Hannah Kim", "hannah.kim@example.org",
       "My data",
       """Hello,

Two things please: first send me a copy of all the personal data you hold about me, and after that delete my account and all associated data.

Regards,
Hannah Kim""", client="gmail")
    DR("dr53-en-erasure-quoted-order.eml", "en", ["erasure"], "Stephen Ward", "stephen.ward@example.com",
       "Re: Your order 10544 has shipped",
       """Thanks, it arrived. Now that it's done, please erase my personal details from your customer database - I don't want an account with you.

Stephen""", quote="""On Tue, 10 Nov 2026 at 14:02, Löylytaito Web Shop <shop@loylytaito.example.com> wrote:
Hi Stephen,

your order 10544 (Musta 8 kW) has been shipped with tracking code JJFI6400112233.
If you have questions, just reply to this e-mail.

Löylytaito""", client="gmail")
    DR("dr54-en-unsubscribe-gdpr-signature.eml", "en", ["unsubscribe"], "Lisa Morgan", "lisa.morgan@morganhotels.example.com",
       "Mailing list",
       """Hi,

Please take me off your newsletter mailing list.

Kind regards

Lisa Morgan
Procurement Manager | Morgan Hotels
T +44 161 496 0771

CONFIDENTIALITY: This e-mail and any attachments are confidential. Morgan Hotels processes personal data in accordance with the GDPR; see our privacy notice for how to request access to or erasure of your data. If you received this in error, please delete it and notify the sender.""", client="outlook")
    DR("dr55-en-rectification-email-change.eml", "en", ["rectification"], "Robert Chen", "robert.chen@example.net",
       "Please update my email address",
       """Hello,

I'm changing providers. Please update my e-mail in your customer register from robert.chen@example.net to rchen@chenfamily.example.org. The old account closes at the end of the month.

Thanks,
Robert""", client="thunderbird")
    DR("dr56-en-erasure-htmlonly-quoted.eml", "en", ["erasure"], "Grace Liu", "grace.liu@example.com",
       "Re: Your Löylytaito account",
       """Please close my account and remove all my personal information. I don't use it anymore.

Grace""", quote="""On 3 Nov 2026, at 09:00, Löylytaito <noreply@loylytaito.example.com> wrote:
Your account has been inactive for 2 years. Log in to keep it.""", client="gmail_html")

# ---------------------------------------------------------------- automatic
def AU(path, lang, frm, subject, node, extra=(), to=INFO, date=None, mid_dom=None, pre=()):
    dom = frm[1].split("@")[1]
    hdrs = list(pre) + [received("out." + dom), ("From", A(*frm)), ("To", to), ("Subject", enc_hdr(subject)),
                        ("Date", date or D(11, R.randint(1, 30), R.randint(0, 23), R.randint(0, 59))),
                        ("Message-ID", MID("generic", mid_dom or dom))] + list(extra)
    write("automatic/" + path, hdrs, node, "automatic", lang)

def dsn(text, rcpt, status, diag, orig_subject, orig_from=INFO, reporting="mx.loylytaito.example.com", action="failed", lang_text=None):
    st = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\n" % (
        reporting, D(11, 20, 9, 0), rcpt, rcpt, action, status, rcpt.split("@")[1], diag)
    orig = "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (A("Löylytaito", orig_from), rcpt, enc_hdr(orig_subject), D(11, 20, 9, 0), MID("generic", DOM))
    return multi("report", [leaf(text, "plain", "utf-8", "8bit"),
                            leaf(st, ctype="message/delivery-status", cte="7bit"),
                            leaf(orig, ctype="text/rfc822-headers", cte="8bit")], ' report-type=delivery-status;')

def ical_reply(who, whoaddr, summary, partstat):
    return ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s\n"
            "SUMMARY:%s\nDTSTART;TZID=FLE Standard Time:20261201T100000\nDTEND;TZID=FLE Standard Time:20261201T110000\nUID:%s\nORGANIZER;CN=Tiina Koivisto:mailto:tiina.koivisto@%s\n"
            "DTSTAMP:20261123T081500Z\nEND:VEVENT\nEND:VCALENDAR\n") % (partstat, who, whoaddr, summary, hx(32), DOM)

def simple(text, html=None, charset="utf-8", cte="quoted-printable"):
    if html:
        return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)])
    return leaf(text, "plain", charset, cte)

def nl_html(title, paras, unsub):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body style=\"margin:0;background:#f4f4f4\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td><img src=\"https://cdn.example.net/img/header.png\" alt=\"\" width=\"600\"></td></tr>"
            "%s<tr><td style=\"font-size:11px;color:#777\">%s</td></tr></table>"
            "<img src=\"https://track.example.net/open/%s.gif\" width=\"1\" height=\"1\"></body></html>\n") % (
        H.escape(title), "".join("<tr><td style=\"padding:12px;font-family:Arial\">%s</td></tr>" % p for p in paras), unsub, hx(12))

def gen_automatic():
    MD = ("Mail Delivery System", "MAILER-DAEMON@mx.loylytaito.example.com")
    AU("au01-dsn-en-postfix.eml", "en", MD, "Undelivered Mail Returned to Sender",
       dsn("""This is the mail system at host mx.loylytaito.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<matti.virtanen@oldisp.example.net>: host mx.oldisp.example.net[192.0.2.44] said:
    550 5.1.1 <matti.virtanen@oldisp.example.net>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", "matti.virtanen@oldisp.example.net", "5.1.1", "550 5.1.1 User unknown", "Tilausvahvistus 10552"),
       extra=[("Auto-Submitted", "auto-replied")], pre=[("Return-Path", "<>")])
    AU("au02-dsn-fi-exchange.eml", "fi", ("Microsoft Outlook", "postmaster@loylytaito.onmicrosoft.example.com"), "Toimittamaton: Tarjous saunaremontista",
       dsn("""Viestiäsi ei voitu toimittaa vastaanottajalle kirsi.aho@example.net

Vastaanottajan sähköpostijärjestelmä ei hyväksynyt viestiä. Osoite saattaa olla kirjoitettu väärin tai sitä ei ole enää olemassa.

Diagnostiikkatiedot järjestelmänvalvojille:
Luontipalvelin: AM7PR03MB6545.eurprd03.prod.outlook.example.com
kirsi.aho@example.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "kirsi.aho@example.net", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "Tarjous saunaremontista"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], pre=[("Return-Path", "<>")])
    AU("au03-dsn-en-delay.eml", "en", MD, "Delivery Status Notification (Delay)",
       dsn("""This is the mail system at host mx.loylytaito.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<orders@slowsupplier.example.org>: connect to mx.slowsupplier.example.org[198.51.100.9]:25:
    Connection timed out
""", "orders@slowsupplier.example.org", "4.4.1", "421 4.4.1 Connection timed out", "Purchase order PO-2026-311", action="delayed"),
       pre=[("Return-Path", "<>")])
    AU("au04-ooo-fi.eml", "fi", ("Sirpa Laitinen", "sirpa.laitinen@rautakauppa.example.com"), "Automaattinen vastaus: Tilausvahvistus 10561",
       simple("""Hei,

olen lomalla 7.12. asti enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä myyntiin, myynti@rautakauppa.example.com tai p. 03 123 4567.

Ystävällisin terveisin
Sirpa Laitinen"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", MID("generic", DOM))])
    AU("au05-ooo-sv-exchange.eml", "sv", ("Anders Blomqvist", "anders.blomqvist@byggvaruhus.example.org"), "Automatiskt svar: Offert bastuaggregat",
       simple("""Tack för ditt meddelande. Jag är tjänstledig till och med den 15 december. Under tiden kan du vända dig till min kollega Stina Holm, stina.holm@byggvaruhus.example.org.

Hälsningar
Anders""", "<html><body><p>Tack för ditt meddelande. Jag är tjänstledig till och med den 15 december.</p><p>Under tiden kan du vända dig till min kollega Stina Holm.</p><p>Hälsningar<br>Anders</p></body></html>"),
       extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "anders.blomqvist@byggvaruhus.example.org"), ("X-Auto-Response-Suppress", "All")])
    AU("au06-ooo-en-vacation.eml", "en", ("James Whitmore", "james.whitmore@example.com"), "Re: Quote for 3 heaters",
       simple("""Hi,

I'm out of the office until 4 January with limited access to e-mail. For urgent matters please contact office@whitmore-build.example.com.

Happy holidays,
James"""), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")])
    AU("au07-ooo-fi-noheader.eml", "fi", ("Matti Rautio", "matti.rautio@example.net"), "Poissa toimistolta: Re: Saunan mitat",
       simple("""Olen poissa toimistolta 30.11.–4.12.2026. Vastaan viestiisi palattuani.

Matti Rautio""", cte="8bit"), extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")])
    AU("au08-list-sv-bastuforum.eml", "sv", ("Jan-Erik Holm via Bastuforum", "bastuforum@lists.example.org"), "[Bastuforum] Erfarenheter av elaggregat i radhus?",
       simple("""Hej alla,

har någon erfarenhet av att byta elaggregat i radhus där elcentralen är gammal? Funderar på 8 kW.

/Jan-Erik

_______________________________________________
Bastuforum mailing list
bastuforum@lists.example.org
https://lists.example.org/mailman/listinfo/bastuforum"""),
       extra=[("List-Id", "Bastuforum <bastuforum.lists.example.org>"), ("List-Unsubscribe", "<https://lists.example.org/mailman/options/bastuforum>, <mailto:bastuforum-request@lists.example.org?subject=unsubscribe>"),
              ("List-Post", "<mailto:bastuforum@lists.example.org>"), ("Precedence", "list"), ("Sender", "bastuforum-bounces@lists.example.org"),
              ("Reply-To", "bastuforum@lists.example.org")])
    t = """Tietosuojauutiset 11/2026

Oikeus tulla unohdetuksi – miten pieni yritys vastaa poistopyyntöön?
Rekisteröidyllä on oikeus pyytää tietojensa poistamista. Kerromme, milloin pyyntö on toteutettava ja milloin tietoja saa säilyttää.

Lue lisää: https://tietosuojauutiset.example.org/unohdetuksi

Peru tilaus: https://tietosuojauutiset.example.org/u/%s""" % hx(10)
    AU("au09-bulk-fi-gdpr-newsletter.eml", "fi", ("Tietosuojauutiset", "uutiset@tietosuojauutiset.example.org"), "Oikeus tulla unohdetuksi – mitä pyyntö vaatii yritykseltä?",
       simple(t, nl_html("Tietosuojauutiset", ["<h1>Oikeus tulla unohdetuksi</h1>", "Rekisteröidyllä on oikeus pyytää tietojensa poistamista. Kerromme, milloin pyyntö on toteutettava.", "<a href=\"https://tietosuojauutiset.example.org/unohdetuksi\">Lue lisää</a>"], "<a href=\"https://tietosuojauutiset.example.org/u/x\">Peru tilaus</a>")),
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsub-%s@tietosuojauutiset.example.org>, <https://tietosuojauutiset.example.org/u/%s>" % (hx(8), hx(8))), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign-Id", hx(10))])
    AU("au10-bulk-fi-supplier-htmlonly.eml", "fi", ("Kivitukku Oy", "uutiskirje@kivitukku.example.com"), "Talven kiuaskivikampanja alkoi 🔥",
       leaf(nl_html("Kivitukku", ["<h2>Kiuaskivet -20 %</h2>", "Tilaa ennen 15.12. ja saat ilmaisen toimituksen jälleenmyyjille.", "<a href=\"https://kivitukku.example.com/kampanja\">Katso tarjoukset</a>"], "Et halua näitä viestejä? <a href=\"https://kivitukku.example.com/peru\">Peruuta tilaus</a>"), "html", "utf-8", "base64"),
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://kivitukku.example.com/peru?u=%s>" % hx(12)), ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hx(12))])
    AU("au11-calendar-fi-accepted.eml", "fi", ("Jukka Aalto", "jukka.aalto@rakennus.example.net"), "Hyväksytty: Saunaremontin aloituspalaveri",
       multi("alternative", [leaf("", "plain", "utf-8", "7bit"), leaf(ical_reply("Jukka Aalto", "jukka.aalto@rakennus.example.net", "Saunaremontin aloituspalaveri", "ACCEPTED"), ctype='text/calendar; charset="utf-8"; method=REPLY', cte="base64")]),
       extra=[("Thread-Topic", enc_hdr("Saunaremontin aloituspalaveri")), ("X-MS-Exchange-Calendar-Series-Instance-Id", hx(20))])
    AU("au12-calendar-en-declined.eml", "en", ("Sarah Nolan", "sarah.nolan@example.org"), "Declined: Dealer call – Q1 pricing",
       multi("alternative", [leaf("Sarah Nolan has declined this invitation.\n\nSorry, travelling that week.", "plain", "utf-8", "7bit"), leaf(ical_reply("Sarah Nolan", "sarah.nolan@example.org", "Dealer call – Q1 pricing", "DECLINED"), ctype='text/calendar; charset="utf-8"; method=REPLY', cte="7bit")]))
    AU("au13-readreceipt-en.eml", "en", ("Oliver Grant", "oliver.grant@example.net"), "Read: Your quotation Q-2026-118",
       multi("report", [leaf("Your message\n\n  To: oliver.grant@example.net\n  Subject: Your quotation Q-2026-118\n  Sent: 18 November 2026 14:03\n\nwas read on 18 November 2026 15:27.\n", "plain", "utf-8", "7bit"),
                        leaf("Reporting-UA: example.net; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;oliver.grant@example.net\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % MID("generic", DOM), ctype="message/disposition-notification", cte="7bit")],
             " report-type=disposition-notification;"))
    AU("au14-readreceipt-sv.eml", "sv", ("Pia Rosenberg", "pia.rosenberg@example.com"), "Läst: Leveransbekräftelse 10547",
       multi("report", [leaf("Ditt meddelande\n\n  Till: pia.rosenberg@example.com\n  Ämne: Leveransbekräftelse 10547\n\nlästes den 19 november 2026 08:12.\n", "plain", "utf-8", "8bit"),
                        leaf("Reporting-UA: example.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;pia.rosenberg@example.com\nDisposition: manual-action/MDN-sent-manually; displayed\n", ctype="message/disposition-notification", cte="7bit")],
             " report-type=disposition-notification;"))
    AU("au15-ticket-en-ack.eml", "en", ("Nordic Freight Support", "support@nordicfreight.example.com"), "[#48211] We've received your request: Damaged pallet",
       simple("""##- Please type your reply above this line -##

Hello,

Thank you for contacting Nordic Freight. Your request (#48211) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This is an automated message."""), extra=[("Auto-Submitted", "auto-replied"), ("X-Zendesk-Ticket-Id", "48211")])
    AU("au16-ticket-fi-ack.eml", "fi", ("Kuljetusliike Tuuli – asiakaspalvelu", "asiakaspalvelu@tuulikuljetus.example.net"), "Tikettisi #20931 on vastaanotettu",
       simple("""Hei,

kiitos yhteydenotostasi! Tikettisi numero on #20931. Käsittelemme asian kahden arkipäivän kuluessa.

Tämä on automaattinen viesti, älä vastaa tähän viestiin.

Kuljetusliike Tuuli Oy""", cte="8bit"), extra=[("Auto-Submitted", "auto-replied")])
    AU("au17-linkedin-en.eml", "en", ("LinkedIn", "messages-noreply@linkedin.example.com"), "Tiina, you appeared in 14 searches this week",
       simple("You appeared in 14 searches this week\n\nSee who's looking: https://www.linkedin.example.com/me/search-appearances\n\nUnsubscribe: https://www.linkedin.example.com/e/unsub\nThis email was intended for Tiina Koivisto (Sales Manager at Löylytaito).",
              nl_html("LinkedIn", ["<b>You appeared in 14 searches this week</b>", "<a href=\"https://www.linkedin.example.com/me\">See who's looking</a>"], "<a href=\"https://www.linkedin.example.com/e/unsub\">Unsubscribe</a>")),
       extra=[("List-Unsubscribe", "<https://www.linkedin.example.com/e/unsub?x=%s>" % hx(8)), ("X-LinkedIn-Class", "EMAIL-DIGEST"), ("Precedence", "bulk")])
    AU("au18-github-en.eml", "en", ("Renovate Bot", "notifications@github.example.com"), "[loylytaito/website] Update dependency contact-form-7 to v6.0.2 (PR #87)",
       simple("""You can view, comment on, or merge this pull request online at:

  https://github.example.com/loylytaito/website/pull/87

Commit Summary
  * Update dependency contact-form-7 to v6.0.2

-- 
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread."""),
       extra=[("List-Id", "loylytaito/website <website.loylytaito.github.example.com>"), ("List-Unsubscribe", "<mailto:unsub+%s@reply.github.example.com>" % hx(10)), ("X-GitHub-Reason", "subscribed"), ("Precedence", "list")])
    AU("au19-invoicing-fi.eml", "fi", ("Laskutuspalvelu", "noreply@laskutuspalvelu.example.net"), "Uusi e-lasku: Kivitukku Oy, lasku 88213",
       simple("""Hei,

olet saanut uuden e-laskun.

Laskuttaja: Kivitukku Oy
Laskun numero: 88213
Eräpäivä: 14.12.2026
Summa: 1 248,00 EUR

Kirjaudu palveluun tarkastaaksesi laskun.

Tämä on automaattinen viesti. Älä vastaa tähän viestiin."""), extra=[("Auto-Submitted", "auto-generated")])
    AU("au20-wordpress-en-plugin-update.eml", "en", ("WordPress", "wordpress@" + DOM), "[Löylytaito] Some plugins were automatically updated",
       simple("""Howdy! Some plugins have automatically updated to their latest versions on your site at https://www.loylytaito.example.com. No further action is needed on your part.

These plugins are now up to date:
- Contact Form 7 (from version 6.0.1 to 6.0.2)
- WPForms Lite (from version 1.9.2 to 1.9.2.1)

If you experience any issues or need support, the volunteers in the WordPress.org support forums may be able to help.

The WordPress Team""", cte="8bit"), mid_dom=DOM)
    AU("au21-wordpress-fi-password-reset.eml", "fi", ("Löylytaito", "wordpress@" + DOM), "[Löylytaito] Salasanan nollaus",
       simple("""Joku on pyytänyt seuraavan käyttäjätilin salasanan nollausta:

Sivuston nimi: Löylytaito

Käyttäjätunnus: tiina.koivisto

Jos tämä oli virhe, jätä tämä sähköpostiviesti huomiotta, niin mitään ei tapahdu.

Nollaa salasanasi vierailemalla seuraavassa osoitteessa:

https://www.loylytaito.example.com/wp-login.php?action=rp&key=%s&login=tiina.koivisto&wp_lang=fi

Tämä salasanan nollauspyyntö on lähtöisin IP-osoitteesta 203.0.113.88.""" % hx(20), cte="8bit"), mid_dom=DOM, extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
    AU("au22-wordpress-en-core-update.eml", "en", ("WordPress", "wordpress@" + DOM), "[Löylytaito] Your site has updated to WordPress 6.7.1",
       simple("""Howdy! Your site at https://www.loylytaito.example.com has been updated automatically to WordPress 6.7.1.

No further action is needed on your part. For more on version 6.7.1, see the About WordPress screen.

The WordPress Team"""), mid_dom=DOM)
    AU("au23-noreply-sv-shipping.eml", "sv", ("PostExpress", "no-reply@postexpress.example.com"), "Ditt paket är på väg – sändning 00370123456789",
       simple("""Hej!

Ditt paket från Bastuvaror AB är på väg och beräknas levereras 2026-11-26.

Sändningsnummer: 00370123456789

Detta meddelande kan inte besvaras.""", nl_html("PostExpress", ["Ditt paket är på väg", "Beräknad leverans: 2026-11-26"], "Detta meddelande kan inte besvaras.")))
    AU("au24-dsn-sv-auto.eml", "sv", ("Postmaster", "postmaster@mail.example.org"), "Olevererbart: Offert 2026-204",
       dsn("""Meddelandet kunde inte levereras till följande mottagare:

elin.strand@example.org
Brevlådan är full (552 5.2.2 Mailbox full).
""", "elin.strand@example.org", "5.2.2", "552 5.2.2 Mailbox full", "Offert 2026-204"), extra=[("Auto-Submitted", "auto-replied")], pre=[("Return-Path", "<>")])
    AU("au25-ooo-sv-autosubmitted.eml", "sv", ("Karl Strömberg", "karl.stromberg@example.net"), "Frånvaro: Sv: Montering v. 49",
       simple("""Hej! Jag är på semester 28.11-6.12 och läser inte e-post. Vid brådskande ärenden ring växeln 06 123 4500.

Karl""", charset="iso-8859-1"), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    AU("au26-quarantine-en.eml", "en", ("Microsoft 365 Security", "quarantine@messaging.microsoft.example.com"), "Microsoft 365 security: You have messages in quarantine",
       simple("""Review these messages

3 messages are being held for you to review as of 11/23/2026 6:00:14 AM (UTC).

Review them within 30 days of the received date by going to the Quarantine page in the Security Center.

Sender: promo@cheap-heaters.example.org  Subject: WINTER SALE 90%%
Sender: invoice@billing-update.example.net  Subject: Overdue invoice #%s
Sender: hr@jobs-now.example.com  Subject: Job offer

This is an automated message. Please do not reply.""" % R.randint(1000, 9999)), extra=[("Auto-Submitted", "auto-generated")])
    AU("au27-autoreply-fi-company.eml", "fi", ("Saunamaailma asiakaspalvelu", "asiakaspalvelu@saunamaailma.example.com"), "Re: Yhteistyöehdotus",
       simple("""Kiitos viestistäsi!

Olemme vastaanottaneet viestisi ja vastaamme siihen arkisin kahden päivän sisällä. Jos asiasi koskee tilausta, liitäthän tilausnumeron.

Ystävällisin terveisin
Saunamaailma

[Tämä on automaattinen vastaus]"""), extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", MID("generic", DOM))])
    AU("au28-bulk-sv-fair.eml", "sv", ("Bygg & Bo-mässan", "info@byggobo.example.net"), "Välkommen till Bygg & Bo-mässan 2027 – utställaranmälan öppen",
       simple("""Hej utställare!

Anmälan till Bygg & Bo-mässan 12–14 mars 2027 i Vasa är nu öppen. Boka er monterplats före 31.12 och få 10 %% rabatt.

Avregistrera dig: https://byggobo.example.net/avreg?id=%s

Vi behandlar dina personuppgifter enligt GDPR. Du kan när som helst begära att vi raderar dina uppgifter.""" % hx(8)),
       extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:avreg@byggobo.example.net?subject=avregistrera>"), ("X-Mailer", "CleverReach")])
    AU("au29-livechat-en-trial.eml", "en", ("LiveChat", "no-reply@livechat-mail.example.net"), "Your weekly LiveChat report: 23 chats, 4.8 satisfaction",
       simple("""Weekly report for Löylytaito

Chats: 23 (+15%)
Missed chats: 2
Average first response time: 41 s
Customer satisfaction: 4.8 / 5

View the full report in the LiveChat app.

You're receiving this email because you are an owner of this LiveChat account. Manage email notifications in Settings."""), extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")])
    AU("au30-tidio-en-billing.eml", "en", ("Tidio", "notifications@tidio.example.net"), "Your Tidio invoice is available",
       simple("""Hi,

Your invoice for the Starter plan (December 2026) is now available in your Tidio panel.

Amount: 29.00 EUR
Payment method: Visa ending 4242

This is an automated notification – please do not reply."""), extra=[("Auto-Submitted", "auto-generated")])
    AU("au31-ooo-en-autosubmitted-plain.eml", "en", ("Rebecca Shaw", "rebecca.shaw@example.com"), "Automatic reply: Delete the duplicate invoice",
       simple("""Thank you for your email. I am currently away on parental leave and will not be checking my emails. Please contact accounts@shaw-interiors.example.com for anything invoice related."""),
       extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "rebecca.shaw@example.com")])

# ---------------------------------------------------------------- other
def OT(path, lang, *a, **k):
    pmail("other/" + path, "other", lang, *a, **k)

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

def gen_other():
    OT("ot01-en-sales-dsar-automation.eml", "en", "Jordan Blake", "jordan.blake@privacyflow.example.com",
       "Are you ready for the next access request, Löylytaito?",
       """Hi there,

Did you know that companies must answer every data subject access request within 30 days? Most small businesses spend 6+ hours per request searching inboxes and CRMs.

PrivacyFlow automates the whole process: requesters submit "delete my data" or "send me a copy of my data" through a portal, and we find, export and erase the records for you.

Do you have 15 minutes next week for a demo?

Best,
Jordan Blake
Account Executive, PrivacyFlow
If you don't want to hear from me again, just reply "no thanks".""", client="gmail")
    OT("ot02-fi-sales-tietosuojakartoitus.eml", "fi", "Minna Korpela", "minna.korpela@tietoturvakonsultit.example.net",
       "Onko yrityksenne tietosuoja kunnossa? Maksuton kartoitus",
       """Hei,

tarjoamme pk-yrityksille maksuttoman tietosuojakartoituksen. Käymme läpi, miten rekisteröidyn oikeudet – esimerkiksi tietojen tarkastus- ja poistopyynnöt – toteutuvat yrityksessänne, ja laadimme tarvittavat selosteet.

Soitanko ensi viikolla ja sovitaan aika?

Minna Korpela
Tietoturvakonsultit Oy
p. 040 987 6543""", client="outlook")
    OT("ot03-sv-sales-gdpr-training.eml", "sv", "Patrik Holmén", "patrik.holmen@gdprakademin.example.org",
       "GDPR-utbildning för er personal – januari 2027",
       """Hej!

Vet era medarbetare hur man hanterar en begäran om radering eller registerutdrag? Vår halvdagsutbildning "GDPR i praktiken" hålls i Vasa den 20 januari. Pris 390 € + moms per deltagare.

Anmäl er senast 10.1.

Vänliga hälsningar
Patrik Holmén
GDPR-akademin""", client="gmail")
    OT("ot04-fi-colleague-forwards-article.eml", "fi", "Jarmo Halttunen", "jarmo.halttunen@" + DOM,
       "VL: Artikkeli: Näin vastaat asiakkaan poistopyyntöön",
       """Tiina ja Aino, lukekaa tämä, hyvä muistilista meidänkin käytäntöihin. Puhutaan maanantain palaverissa.

J.""", quote="""Lähettäjä: Yrittäjäsanomat <toimitus@yrittajasanomat.example.org>
Lähetetty: 19. marraskuuta 2026 8.30
Aihe: Näin vastaat asiakkaan poistopyyntöön

Kun asiakas pyytää poistamaan tietonsa, yrityksellä on kuukausi aikaa vastata. Poisto ei kuitenkaan koske kirjanpitoaineistoa, joka on säilytettävä kuusi vuotta. Myös uutiskirjeen peruminen on toteutettava viipymättä.""", quote_style="outlook", client="outlook", auth=False)
    OT("ot05-en-supplier-questionnaire.eml", "en", "Emma Lawson", "emma.lawson@nordhotels.example.com",
       "Supplier data protection questionnaire – response needed by 15 Dec",
       """Dear Löylytaito team,

As part of our annual supplier review, please complete the attached data protection questionnaire. In particular we need to know:

1. How do you handle access requests (Art. 15) from data subjects?
2. What is your process and timeline for erasure requests?
3. Who is your contact person for data protection matters?

Please return the completed form by 15 December.

Kind regards,
Emma Lawson
Procurement, Nord Hotels""", client="outlook", attach=[("Supplier_DP_Questionnaire_2026.pdf", "application/pdf", PDF)])
    OT("ot06-fi-customer-procurement-questionnaire.eml", "fi", "Ville Korhonen", "ville.korhonen@kaupunki.example.org",
       "Toimittajan tietosuojaselvitys / kilpailutus 2027",
       """Hei,

kaupungin uimahallien saunakiukaiden kilpailutukseen liittyen pyydämme kaikilta tarjoajilta lyhyen selvityksen tietosuojakäytännöistä: miten toteutatte rekisteröidyn oikeudet (tarkastus, oikaisu, poisto) ja kuka vastaa tietosuojasta yrityksessänne.

Selvityksen voi palauttaa tarjouksen liitteenä.

Ville Korhonen
hankinta-asiantuntija""", client="outlook")
    OT("ot07-en-remove-old-logo.eml", "en", "Ben Carter", "ben.carter@nordicspa.example.net",
       "Old logo on your references page",
       """Hi,

We rebranded in October and your references page still shows our old logo. Could you please remove it and use the new one attached? Thanks!

Ben Carter
Marketing, Nordic Spa Group""", client="apple", attach=[("nordicspa_logo_2026.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))])
    OT("ot08-fi-poistakaa-logo.eml", "fi", "Riitta Mäki", "riitta.maki@kylpylahotelli.example.com",
       "Logomme kotisivuiltanne",
       """Hei,

yhteistyömme päättyi kesällä, joten poistakaa meidän logomme ja kuvat hotellin saunasta teidän kotisivujenne referensseistä.

Kiitos ja hyvää syksyn jatkoa,
Riitta Mäki
markkinointipäällikkö""", client="gmail")
    OT("ot09-fi-delete-duplicate-invoice.eml", "fi", "Pirjo Lehtinen", "pirjo.lehtinen@tilitoimisto.example.net",
       "Tuplalasku 88101",
       """Hei,

lähetimme teille vahingossa laskun 88101 kahteen kertaan. Poistakaa toinen kappale, ettei sitä makseta kahdesti. Pahoittelut!

Pirjo Lehtinen
Tilitoimisto Lehtinen""", client="outlook")
    OT("ot10-sv-radera-dubbelfaktura.eml", "sv", "Stefan Borg", "stefan.borg@example.com",
       "Dubbel faktura",
       """Hej,

jag fick fakturan för monteringen två gånger (nr 2026-0412). Kan ni radera den ena så att jag inte får påminnelse om den?

Mvh Stefan Borg""", client="apple")
    OT("ot11-en-cancel-order.eml", "en", "Megan Ross", "megan.ross@example.org",
       "Cancel my order 10571",
       """Hi,

Please cancel my order 10571 (Musta 6 kW). I found out our electrical panel can't take it. Can I get a refund to my card?

Thanks,
Megan""", client="gmail")
    OT("ot12-fi-peru-tilaus-tilausnumero.eml", "fi", "Juhani Nieminen", "juhani.nieminen@example.net",
       "Tilauksen peruutus",
       """Hei, haluan perua tilaukseni nro 10566 (kiuaskivet 2 x 20 kg). Ostin ne jo paikallisesta kaupasta. Rahat voi palauttaa samalle tilille.

Juhani Nieminen""", client="android")
    OT("ot13-sv-price-enquiry.eml", "sv", "Annika Strand", "annika.strand@example.net",
       "Prisförfrågan",
       """Hej,

vad kostar Tervas 20 med vattenbehållare, och tillkommer frakt till Närpes?

Tack,
Annika""", client="gmail")
    OT("ot14-fi-hintatiedustelu.eml", "fi", "Olavi Räsänen", "olavi.rasanen@example.com",
       "Hintatiedustelu kiukaista",
       """Päivää,

pyydän hinnastoa puukiukaista 10–20 m³ saunoihin sekä tietoa toimitusajoista Kuopioon.

Olavi Räsänen""", client="webmail")
    OT("ot15-fi-job-application.eml", "fi", "Aleksi Heinonen", "aleksi.heinonen@example.net",
       "Avoin hakemus – saunarakentaja",
       """Hei,

olen 28-vuotias kirvesmies ja olen rakentanut saunoja viisi vuotta. Olisin kiinnostunut työskentelemään teillä asentajana Tampereen seudulla. Liitteenä CV ja suosittelijat.

Ystävällisin terveisin
Aleksi Heinonen
040 765 4321""", client="gmail", attach=[("CV_Aleksi_Heinonen.pdf", "application/pdf", PDF)])
    OT("ot16-en-job-application.eml", "en", "Maria Gonzalez", "maria.gonzalez@example.com",
       "Application: Sales Coordinator (English/Spanish)",
       """Dear Hiring Manager,

I'm applying for the Sales Coordinator position advertised on your website. I have four years of B2B sales experience in the building materials sector and speak English, Spanish and basic Finnish.

Please find my CV attached. By applying, I consent to you storing my application data for this recruitment.

Kind regards,
Maria Gonzalez""", client="outlook", attach=[("Maria_Gonzalez_CV.pdf", "application/pdf", PDF)])
    OT("ot17-en-thanks-quoted-erasure.eml", "en", "Sam Porter", "sam.porter@example.net",
       "Re: Your erasure request",
       """Thanks a lot, that's all sorted then!

Sam""", quote="""On Fri, 20 Nov 2026 at 11:15, Löylytaito <info@loylytaito.example.com> wrote:
Hello Sam,

we have deleted your personal data as you requested.

> Please delete all my personal data and close my customer account.

Best regards,
Aino Rautio, Löylytaito""", client="gmail")
    OT("ot18-fi-kiitos-quoted-poisto.eml", "fi", "Marja Hirvonen", "marja.hirvonen@example.org",
       "VS: Tietojen poistaminen",
       """Kiitos nopeasta hoidosta!

Marja""", quote="""Lähettäjä: Löylytaito <info@loylytaito.example.com>
Lähetetty: torstai 19. marraskuuta 2026 14.20
Vastaanottaja: Marja Hirvonen
Aihe: RE: Tietojen poistaminen

Hei Marja,
tietosi on nyt poistettu rekisteristämme ja uutiskirjeen tilaus lopetettu.

-----Alkuperäinen viesti-----
Poistakaa kaikki tietoni ja lopettakaa uutiskirjeen lähettäminen.""", quote_style="outlook", client="outlook")
    OT("ot19-en-question-gdpr-disclaimer.eml", "en", "Thomas Becker", "thomas.becker@beckerholz.example.com",
       "Delivery time for 5 x Kelo 9",
       """Hello,

what is the current delivery time for five Kelo 9 heaters to Lübeck? We'd pay in advance.

Best regards
Thomas Becker
Becker Holzbau GmbH

DATA PROTECTION NOTICE: We process personal data in accordance with the GDPR. You have the right to access, rectify or erase your data and to object to processing. To unsubscribe from our communications or request deletion, contact datenschutz@beckerholz.example.com. This e-mail may contain confidential information; if you are not the intended recipient, please delete it.""", client="outlook")
    OT("ot20-sv-question-gdpr-footer.eml", "sv", "Ida Mattsson", "ida.mattsson@example.org",
       "Fråga om aggregat till liten bastu",
       """Hej,

vår bastu är bara 4 m³. Finns det något av era elaggregat som passar, eller blir det för varmt?

Hälsningar
Ida Mattsson
Mattssons Redovisning Ab

Vi behandlar personuppgifter enligt dataskyddsförordningen (GDPR). Om du vill få registerutdrag, rätta eller radera dina uppgifter, kontakta oss. Avregistrera dig från våra utskick genom att svara "avregistrera".""", client="gmail")
    OT("ot21-fi-colleagues-unsubscribe-case.eml", "fi", "Aino Rautio", "aino.rautio@" + DOM,
       "Uutiskirjeen peruminen – Harri Leinonen",
       """Moi Tiina,

Harri Leinonen pyysi viime viikolla poistamaan hänet postituslistalta, mutta hän sai silti eilisen kampanjaviestin. Voisitko tarkistaa, onko hän vielä Mailchimpin listalla? Ja poista samalla myös vanha testiosoite.

Aino""", client="outlook", to="Tiina Koivisto <tiina.koivisto@%s>, %s" % (DOM, INFO), auth=False)
    OT("ot22-sv-colleague-erasure-done.eml", "sv", "Mikael Lindqvist", "mikael.lindqvist@" + DOM,
       "Radering av Göran Lindbloms uppgifter",
       """Hej Aino,

jag har raderat Göran Lindbloms uppgifter ur CRM:et enligt hans begäran. Fakturorna finns kvar i bokföringen, de får vi inte radera. Kan du markera ärendet som klart?

/Mikael""", client="outlook", auth=False)
    OT("ot23-en-warranty-question.eml", "en", "Anthony Reid", "anthony.reid@example.com",
       "Warranty question",
       """Hi,

one of the heating elements in my Musta 8 kW (bought May 2025) has gone dark. Is that covered under warranty, and do I need to send the whole heater back?

Anthony Reid""", client="apple")
    OT("ot24-sv-installation-question.eml", "sv", "Roger Sundqvist", "roger.sundqvist@example.net",
       "Montering av vedaggregat",
       """Hej,

behöver jag ett skyddsavstånd till träväggen om jag sätter upp en strålningsskydd? Manualen är lite otydlig.

Roger""", client="thunderbird")
    OT("ot25-fi-kiuaskivet.eml", "fi", "Eila Turunen", "eila.turunen@example.com",
       "kiuaskivet",
       """Hei,
kuinka usein kiuaskivet pitäisi vaihtaa, kun saunotaan joka päivä? Ja myyttekö kivien pesuun jotain?
Eila""", client="android")
    OT("ot26-en-take-me-off-cc.eml", "en", "Natasha Young", "natasha.young@example.org",
       "Re: Spa project – weekly update",
       """Hi all,

I've moved to another project, so please take me off the cc list for these weekly updates. Ryan will follow up from our side.

Thanks,
Natasha""", quote="""On Mon, 23 Nov 2026 at 08:00, Tiina Koivisto <tiina.koivisto@loylytaito.example.com> wrote:
Weekly update: heaters shipped, installation starts week 50.""", client="gmail")
    OT("ot27-en-supplier-bank-change.eml", "en", "Accounts Team", "accounts@balticsteel.example.com",
       "Change of bank details – Baltic Steel",
       """Dear customer,

Please note that our bank account has changed. Update your records with the new IBAN EE38 2200 2210 2014 5685 from 1 December. Invoices will show the new account.

Baltic Steel Accounts""", client="outlook", attach=[("Bank_letter.pdf", "application/pdf", PDF)])
    OT("ot28-fi-forwarded-newsletter-question.eml", "fi", "Kalevi Jokinen", "kalevi.jokinen@example.net",
       "Fwd: Löylytaidon uutiskirje – marraskuu 2026",
       """Hei, onko tämä -15 % tarjous voimassa myös myymälässä vai vain verkkokaupassa?

Kalevi""", quote="""---------- Forwarded message ---------
Löylytaidon uutiskirje – marraskuu 2026

Joulukampanja alkaa! Kaikki puukiukaat -15 % 30.11. asti.

Et halua enää uutiskirjettä? Peru tilaus: https://www.loylytaito.example.com/uutiskirje/peru""", client="gmail")
    OT("ot29-sv-press-enquiry.eml", "sv", "Ebba Lindgren", "ebba.lindgren@tidningen.example.org",
       "Intervju om bastutrender",
       """Hej,

jag är journalist på Österbottens Tidning och skriver om bastutrender inför julen. Skulle någon hos er ha tid för en kort telefonintervju denna vecka?

Ebba Lindgren""", client="gmail")
    OT("ot30-fi-reklamaatio.eml", "fi", "Hannu Kivelä", "hannu.kivela@example.com",
       "Reklamaatio: kiukaan luukku ei sulkeudu",
       """Hei,

toukokuussa ostamani Tervas 16 -kiukaan luukku ei enää sulkeudu kunnolla, sarana on vääntynyt. Toivoisin korjausta tai uutta luukkua takuun piiriin.

Kuvat liitteenä.

Hannu Kivelä
Ylöjärvi""", client="apple", attach=[("IMG_4412.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(60))])
    OT("ot31-en-partner-meeting.eml", "en", "Lukas Novak", "lukas.novak@woodworks.example.net",
       "Meeting at the Helsinki fair?",
       """Hi Tiina,

I'll be at the Helsinki building fair on 12 March. Would you have 30 minutes for a coffee to talk about bench materials for 2027?

Regards,
Lukas""", client="gmail")
    OT("ot32-en-recruiter-pitch.eml", "en", "Olivia Hart", "olivia.hart@talentbridge.example.com",
       "Hiring installers? We can help",
       """Hello,

TalentBridge specialises in recruiting skilled trades in the Nordics. We currently have 12 pre-screened carpenters available in Pirkanmaa. All candidate data is processed in line with GDPR.

Would you like to see profiles?

Olivia Hart""", client="outlook")
    OT("ot33-fi-supplier-invoice.eml", "fi", "Paula Leppänen", "paula.leppanen@lautatarha.example.org",
       "Lasku 4412 / lauteet marraskuu",
       """Hei,

liitteenä lasku marraskuun lautetoimituksesta. Eräpäivä 21 pv netto.

Ystävällisesti
Paula Leppänen
Lautatarha Leppänen Oy""", client="outlook", attach=[("Lasku_4412.pdf", "application/pdf", PDF)])
    OT("ot34-en-question-card-data.eml", "en", "Noah Fisher", "noah.fisher@example.net",
       "Question before ordering",
       """Hi, before I order online: do you keep my card details after the purchase, or is payment handled by a separate provider? Just curious.

Noah""", client="apple")
    OT("ot35-sv-how-long-keep.eml", "sv", "Malin Hagström", "malin.hagstrom@example.com",
       "Fråga om er integritetspolicy",
       """Hej,

jag funderar på att beställa från er webbutik. Hur länge sparar ni kunduppgifter efter ett köp i allmänhet? Jag hittade inte det i integritetspolicyn.

Malin""", client="gmail")
    OT("ot36-fi-thesis-survey.eml", "fi", "Emilia Lindroos", "emilia.lindroos@opiskelija.example.org",
       "Kysely opinnäytetyöhön: pk-yritysten tietosuojakäytännöt",
       """Hei,

teen opinnäytetyötä siitä, miten pienet yritykset käsittelevät asiakkaiden tietopyyntöjä ja poistopyyntöjä. Voisitteko vastata lyhyeen kyselyyn (5 min)? Linkki: https://kysely.example.org/tietosuoja2026

Kiitos paljon!
Emilia Lindroos
Tampereen ammattikorkeakoulu""", client="gmail")
    OT("ot37-en-remove-cabin-photo.eml", "en", "Daniel Hoffmann", "daniel.hoffmann@example.org",
       "Photo of our old cabin in your gallery",
       """Hello,

you built a sauna for our lakeside cabin in 2021 and the photos are in your reference gallery. We sold the cabin and the new owners asked if the pictures could be taken down. Could you delete them from the website?

Thanks,
Daniel""", client="gmail")
    OT("ot38-sv-wrong-recipient.eml", "sv", "Kjell Öst", "kjell.ost@example.net",
       "Fel adress?",
       """Hej, jag fick ett mejl från er om en montering i Karleby men jag har inte beställt något. Det kanske gäller någon annan Kjell? Inget mer behövs från min sida.

Kjell""", client="thunderbird")
    OT("ot39-en-seo-spam.eml", "en", "Rahul Verma", "rahul.seo@example.net",
       "Re: Website ranking proposal",
       """Hello Business Owner,

I was checking loylytaito.example.com and noticed it is not ranking on the first page of Google for "sauna heaters". We can bring it to top 3 in 60 days. Shall I send the proposal and price?

Regards
Rahul""", client="gmail", auth={"dkim": "none", "dmarc": "fail", "spf": "softfail"})
    OT("ot40-fi-palaute-asennus.eml", "fi", "Tapio Kemppainen", "tapio.kemppainen@example.com",
       "Kiitos asennuksesta",
       """Hei,

halusin vain kiittää Laurin asennustyöstä viime viikolla. Sauna lämpenee nopeasti ja löylyt ovat loistavat. Suosittelemme teitä mielellämme.

Tapio ja Leena Kemppainen""", client="apple")
    OT("ot41-sv-colleague-call-note.eml", "sv", "Mikael Lindqvist", "mikael.lindqvist@" + DOM,
       "Samtal: Lars Öberg",
       """Hej,

Lars Öberg ringde i morse och ville avregistrera sig från nyhetsbrevet. Jag har redan tagit bort honom i CRM, bara så att ni vet om det kommer ett mejl om samma sak.

/Mikael""", client="outlook", to="Aino Rautio <aino.rautio@%s>" % DOM, cc=INFO, auth=False)
    OT("ot42-en-html-only-quote-request.eml", "en", "Isabella Moore", "isabella.moore@example.com",
       "Quote request – hotel sauna refurbishment",
       """Dear Löylytaito,

We are refurbishing the sauna area of our 40-room hotel in Turku next spring. Could you visit the site and give us a quote for two public saunas (approx. 15 m³ each)?

Best regards,
Isabella Moore
Hotel Manager""", client="outlook_html")

# ---------------------------------------------------------------- confirmation
def gen_confirmations():
    tok = "3f9c%s" % hx(12)
    pmail("confirmation/cn01-fi-accept.eml", "confirmation", "fi", "Outi Peltonen", "outi.peltonen@example.com",
          "Re: Vahvista uutiskirjeen tilaus [mailbot:%s]" % tok, "Kyllä, vahvistan tilauksen.\n\nOuti",
          quote="""Löylytaito <info@loylytaito.example.com> kirjoitti 24.11.2026 klo 9.12:
Vahvistatko, että haluat tilata Löylytaidon uutiskirjeen osoitteeseen outi.peltonen@example.com? Vastaa tähän viestiin "kyllä" tai "ei".""", client="apple", decision="accept")
    tok = "a71b%s" % hx(12)
    pmail("confirmation/cn02-sv-decline.eml", "confirmation", "sv", "Jonas Ek", "jonas.ek@example.org",
          "Sv: Bekräfta din identitet [mailbot:%s]" % tok, "Nej, det var inte jag som skickade begäran.\n\nJonas",
          quote="""Den 24 nov. 2026 kl. 10:02 skrev Löylytaito <info@loylytaito.example.com>:
Vi har fått en begäran om registerutdrag från den här adressen. Svara "ja" om det var du, annars "nej".""", client="gmail", decision="decline")
    tok = "c02e%s" % hx(12)
    pmail("confirmation/cn03-en-accept.eml", "confirmation", "en", "Amelia Scott", "amelia.scott@example.com",
          "Re: Please confirm your newsletter subscription [mailbot:%s]" % tok, "Yes please, confirmed.\n",
          quote="""On 25 Nov 2026, at 08:40, Löylytaito <info@loylytaito.example.com> wrote:
Please confirm that you want to receive the Löylytaito newsletter at amelia.scott@example.com. Reply "yes" to confirm or "no" to decline.""", client="gmail", decision="accept")

# ---------------------------------------------------------------- more Swedish
def gen_extra_sv():
    W = ("Löylytaito", "wordpress@" + DOM)
    cf("cf33-cf7-sv-default.eml", "sv", "cf7default",
       dict(name="Kristina Backman", email="kristina.backman@example.net", subject="Bastu i källaren",
            msg="Hej!\nGår det att bygga bastu i ett källarutrymme med 2,1 m takhöjd? Vi bor i Karleby.\n\nMvh Kristina"),
       frm=W, subject='Löylytaito "Bastu i källaren"', labels={"from": "Från", "body": "Meddelandetext"}, footer=CF7FOOT["sv"], extra=WPX)
    cf("cf34-wpforms-sv-page.eml", "sv", "dashes",
       dict(first="Niklas", last="Granholm", email="niklas.granholm@example.com", phone="050 331 7788", page=SITE + "/sv/kontakt/",
            msg="Hej, jag vill boka service för vårt aggregat. Det luktar bränt när det startar."),
       frm=W, subject="Ny post: Kontakta oss", labels={"first": "Förnamn", "last": "Efternamn", "page": "Skickat från"},
       order=["first", "last", "email", "phone", "msg", "page"])
    cf("cf35-php-sv-rectification-in-message.eml", "sv", "colon",
       dict(name="Elin Storbacka", email="elin.storbacka@example.org", phone="040 118 2290",
            msg="Hej! Jag har flyttat. Uppdatera min adress i ert kundregister till Köpmansgatan 9, 66900 Jakobstad, och mitt nya telefonnummer är det ovan."),
       frm=("Löylytaito verkkosivut", "lomake@" + DOM), subject="Kontaktförfrågan från webbplatsen", charset="iso-8859-1", cte="quoted-printable",
       requests=["rectification"], footer="Skickat: 2026-11-26 kl. 20:14")
    chat("ch17-own-sv-offline.eml", "sv", CHAT_OWN, "Offlinemeddelande: Tobias Rönnqvist",
         """Offlinemeddelande

Namn: Tobias Rönnqvist
E-post: tobias.ronnqvist@example.net
Telefon: 045 220 1133
Sida: %s/sv/presentkort/

Meddelande:
Hej, har ni öppet i butiken på annandag jul? Skulle hämta ett presentkort.
""" % SITE, dict(name="Tobias Rönnqvist", email="tobias.ronnqvist@example.net", phone="045 220 1133", page=SITE + "/sv/presentkort/"), html=False, cte="8bit")
    DR("dr35-sv-rectification-htmlonly.eml", "sv", ["rectification"], "Annette Kull", "annette.kull@example.com",
       "Ändring av uppgifter",
       """Hej,

Mitt företagsnamn har ändrats från Kull Design till Kull Arkitekter Ab. Vänligen ändra det i era uppgifter om mig, liksom min titel (numera VD).

Tack!
Annette Kull""", client="outlook_html")
    DR("dr36-sv-personnel-current.eml", "sv", ["personnel"], "Robin Sjölund", "robin.sjolund@example.org",
       "Personaluppgifter",
       """Hej Aino,

kan du skicka mig en kopia av de uppgifter som finns om mig i personalregistret (lön, semesterdagar, närvaro)? Jag skriver från min privata adress eftersom jobbmejlen inte fungerar hemifrån.

Robin, montör i Vasa""", client="android", auth=False)
    DR("dr37-sv-erasure-quoted-thread.eml", "sv", ["erasure"], "Patrik Wester", "patrik.wester@example.net",
       "Sv: Tack för ditt köp!",
       """Tack, men jag vill inte ha något konto hos er. Ta bort alla mina personuppgifter, inklusive beställningshistoriken som inte behövs för bokföringen.

Patrik""", quote="""Den 12 nov. 2026 kl. 15:30 skrev Löylytaito webbutik <shop@loylytaito.example.com>:
Tack för ditt köp! Vi har skapat ett kundkonto åt dig så att du kan följa dina beställningar.""", client="gmail")
    AU("au32-ooo-sv-gmail.eml", "sv", ("Maria Holmström", "maria.holmstrom@example.com"), "Autosvar: Angående offert",
       simple("""Hej! Jag är föräldraledig till augusti 2027. Kontakta kontoret på kontoret@holmstrom.example.com.

Maria"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    AU("au33-ticket-sv-ack.eml", "sv", ("Bastuvaror kundtjänst", "kundtjanst@bastuvaror.example.net"), "[Ärende #7741] Vi har tagit emot ditt meddelande",
       simple("""Hej,

tack för ditt meddelande. Ditt ärendenummer är #7741. Vi återkommer inom tre arbetsdagar.

Detta är ett automatiskt svar – svara inte på detta meddelande.

Bastuvaror AB"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Freshdesk")])
    AU("au34-list-sv-branschforbund.eml", "sv", ("Finlands Bastuförbund", "medlemsinfo@bastuforbundet.example.org"), "[Medlemsinfo] Ny standard för bastuaggregat 2027",
       simple("""Bästa medlemmar,

den nya standarden för elaggregat träder i kraft 1.7.2027. Läs sammanfattningen på vår webbplats.

Du får detta meddelande som medlem i Finlands Bastuförbund. Avsluta: https://bastuforbundet.example.org/lista/avsluta"""),
       extra=[("List-Id", "Medlemsinfo <medlemsinfo.bastuforbundet.example.org>"), ("Precedence", "list"), ("List-Unsubscribe", "<https://bastuforbundet.example.org/lista/avsluta>")])
    OT("ot43-sv-avbestall-order.eml", "sv", "Sven Eklund", "sven.eklund@example.net",
       "Avbeställning order 10580",
       """Hej,

jag vill avbeställa order 10580 (bastulampa och dörr). Vi har ändrat planerna för renoveringen. Har ni redan skickat den returnerar jag paketet.

Sven Eklund""", client="apple")
    OT("ot44-sv-jobbansokan.eml", "sv", "Emma Nyberg", "emma.nyberg@example.com",
       "Ansökan – säljare i Österbotten",
       """Hej!

Jag söker tjänsten som säljare med placering i Vasa. Jag har jobbat fem år i byggvaruhandeln och är tvåspråkig (svenska/finska). CV bifogat.

Vänliga hälsningar
Emma Nyberg""", client="gmail", attach=[("Emma_Nyberg_CV.pdf", "application/pdf", PDF)])
    OT("ot45-sv-sales-crm.eml", "sv", "Johan Lindberg", "johan.lindberg@kundkollen.example.com",
       "Automatisera hanteringen av registerutdrag och avregistreringar",
       """Hej,

med Kundkollen CRM besvaras begäranden om registerutdrag, radering och avregistrering från nyhetsbrev automatiskt. Över 400 nordiska småföretag använder oss redan.

Får jag boka en kort demo?

Johan Lindberg
Kundkollen""", client="outlook")
    OT("ot46-sv-tack-quoted-avregistrering.eml", "sv", "Lars Öberg", "lars.oberg@example.net",
       "Sv: Avregistrering",
       """Tack, det fungerade!

/Lars""", quote="""Den 20 nov. 2026 kl. 09:10 skrev Löylytaito <info@loylytaito.example.com>:
Hej Lars, du är nu avregistrerad från vårt nyhetsbrev.

> Hej, avregistrera mig från nyhetsbrevet, tack.""", client="thunderbird")
    OT("ot47-sv-fraga-leverans.eml", "sv", "Camilla Holm", "camilla.holm@example.org",
       "Leveransfråga",
       """Hej,

levererar ni till Åland? Vi har en sommarstuga i Eckerö och behöver ett nytt vedaggregat till våren.

Camilla""", client="webmail")

# ---------------------------------------------------------------- main
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def toml_val(v):
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join("%s = %s" % (k, toml_val(x)) for k, x in v.items()) + " }"
    raise TypeError(v)

def main():
    for k in KINDS:
        shutil.rmtree(os.path.join(OUT, k), ignore_errors=True)
    gen_contact_forms(); gen_chats(); gen_data_requests(); gen_automatic(); gen_other(); gen_confirmations(); gen_extra_sv()
    with open(os.path.join(OUT, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("# corpus7 manifest – generated by _generate.py\n\n")
        for path, m in sorted(MANIFEST):
            f.write("[%s]\n" % toml_str(path))
            for k in ("kind", "language", "requests", "decision", "fields"):
                if k in m:
                    f.write("%s = %s\n" % (k, toml_val(m[k])))
            f.write("\n")
    with open(os.path.join(OUT, "senders.toml"), "w", encoding="utf-8") as f:
        f.write('# Senders configured for the website of Löylytaito Oy (loylytaito.example.com)\n')
        f.write('contact_form = ["wordpress@%s", "lomake@%s"]\n' % (DOM, DOM))
        f.write('chat = ["chat-transcripts@%s", "notifications@tidio.example.net"]\n' % DOM)
    print("wrote %d messages" % len(MANIFEST))

if __name__ == "__main__":
    main()
