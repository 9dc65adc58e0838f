#!/usr/bin/env python3
"""Generate corpus8: a blind test corpus for the info@ mailbox of an invented
Finnish boat yard, Saariston Venetelakka Oy / Skärgårdens Båtvarv Ab (Nauvo/Nagu).

stdlib only.  Run:  python3 _generate.py
Writes <kind>/*.eml, manifest.toml, senders.toml, README.txt next to this file.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import os
import quopri
import random
import shutil
import textwrap
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["automatic", "chat_transcript", "confirmation", "contact_form", "data_request", "other"]
R = random.Random(20261203)

DOM = "venetelakka.example.com"
INFO = "info@venetelakka.example.com"
INFO_H = "Saariston Venetelakka <info@venetelakka.example.com>"
WEB = "https://www.venetelakka.example.com"
FORM_SENDERS = ["wordpress@venetelakka.example.com", "lomake@venetelakka.example.com"]
CHAT_SENDERS = ["transcripts@chatdesk.example.net"]

ENTRIES = []  # (relpath, meta)


# ----------------------------------------------------------------- helpers
def fi_tz(d):
    """Finnish offset for a naive date in 2026 (EEST 29 Mar - 25 Oct)."""
    summer = _dt.datetime(2026, 3, 29, 1) <= d < _dt.datetime(2026, 10, 25, 1)
    return _dt.timezone(_dt.timedelta(hours=3 if summer else 2))


def D(mo, day, h=10, mi=0, s=None, tz=None):
    d = _dt.datetime(2026, mo, day, h, mi, R.randint(0, 59) if s is None else s)
    if tz is None:
        tzinfo = fi_tz(d)
    else:
        tzinfo = _dt.timezone(_dt.timedelta(hours=tz))
    return d.replace(tzinfo=tzinfo)


def datestr(d):
    return format_datetime(d)


def hexid(n=16):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n=16, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ew(s, cs="utf-8", q=True):
    """RFC 2047 encoded words for a header value (only if needed)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        c = Charset(cs)
        c.header_encoding = QP if q else BASE64
        return Header(s, c, maxlinelen=76).encode()


def addr(name, email, cs="utf-8", q=True):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.;:()<>@"[]'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, cs, q)} <{email}>"


def enc_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


class Part:
    def __init__(self, ctype, text=None, charset="utf-8", cte="quoted-printable",
                 params="", headers=None, raw=None):
        self.headers = []
        if text is not None:
            ct = f'{ctype}; charset="{charset}"' if charset else ctype
            self.headers.append(("Content-Type", ct + params))
            self.headers.append(("Content-Transfer-Encoding", cte))
            self.body = enc_body(text, charset or "ascii", cte)
        else:
            self.headers.append(("Content-Type", ctype + params))
            self.body = raw
        self.headers += headers or []


class Multi:
    def __init__(self, subtype, parts, boundary=None, params=""):
        self.boundary = boundary or ("----=_Part_" + alnum(8, "0123456789") + "_" + alnum(10, "0123456789"))
        self.headers = [("Content-Type", f'multipart/{subtype};\n\tboundary="{self.boundary}"{params}')]
        self.parts = parts

    @property
    def body(self):
        out = b""
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += hdr_bytes(p.headers) + b"\n"
            out += p.body
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def attachment(ctype, filename, data, inline=False):
    fn = ew(filename)
    return Part(ctype, raw=base64.encodebytes(data), params=f'; name="{fn}"',
                headers=[("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{fn}"'),
                         ("Content-Transfer-Encoding", "base64")])


def hdr_bytes(headers):
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}")
    return ("\n".join(out) + "\n").encode("ascii")


def text_to_html(text, style="gmail"):
    """Crude conversion used for the HTML alternative of client mail."""
    lines = text.split("\n")
    out = []
    depth = 0
    for ln in lines:
        d = 0
        while ln.startswith(">"):
            d += 1
            ln = ln[1:].lstrip(" ") if ln[1:2] == " " else ln[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        esc = _html.escape(ln)
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{esc or "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{esc or '<br>'}</div>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{inner}</body></html>\n')
    return f"<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n</head>\n<body>\n{inner}\n</body>\n</html>\n"


IP_POOL = ["192.0.2.", "198.51.100.", "203.0.113."]


def received(helo, d, mx="mx.venetelakka.example.com"):
    ip = R.choice(IP_POOL) + str(R.randint(2, 250))
    d2 = d + _dt.timedelta(seconds=R.randint(1, 40))
    return (f"from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {alnum(11, '0123456789ABCDEF')}\n"
            f"\tfor <{INFO}>; {datestr(d2)}")


def authres(dom, dkim=True, dmarc="pass", spf="pass"):
    s = f"mx.venetelakka.example.com;\n\tspf={spf} smtp.mailfrom={dom}"
    if dkim:
        s += f";\n\tdkim=pass header.d={dom} header.s=s1 header.b={alnum(8, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}"
    else:
        s += ";\n\tdkim=none"
    s += f";\n\tdmarc={dmarc} (p=none dis=none) header.from={dom}"
    return s


def domain_of(a):
    return a.rsplit("@", 1)[1].rstrip(">")


def msgid(style, frm_dom):
    if style == "outlook":
        return f"<{alnum(4)}PR0{R.randint(1,9)}MB{R.randint(1000,9999)}{alnum(12)}@{alnum(4)}PR0{R.randint(1,9)}MB{R.randint(1000,9999)}.eurprd0{R.randint(1,9)}.prod.outlook.example.com>"
    if style == "gmail":
        return f"<CA{alnum(2)}{base64.b64encode(os.urandom(0) + bytes(R.getrandbits(8) for _ in range(30))).decode().rstrip('=')}@mail.gmail.example.com>"
    if style == "apple":
        u = hexid(32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{frm_dom}>"
    if style == "thunderbird":
        u = hexid(32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{frm_dom}>"
    return f"<{hexid(24)}@{frm_dom}>"


# ----------------------------------------------------------------- writer
def write(path, meta, headers, root):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    data = hdr_bytes(headers + [("MIME-Version", "1.0")] if not any(k.lower() == "mime-version" for k, _ in headers) else headers)
    data += hdr_bytes(root.headers) + b"\n" + root.body
    with open(full, "wb") as f:
        f.write(data)
    assert path not in [p for p, _ in ENTRIES], path
    ENTRIES.append((path, meta))


def mail(path, meta, frm, subject, date, body=None, html=None, style="gmail", to=INFO, cc=None,
         charset="utf-8", cte=None, extra=None, reply_to=None, attach=None, html_only=False,
         in_reply_to=None, references=None, auth=True, received_helo=None, mid=None, subj_q=True,
         content_language=None, hdr_charset=None):
    """Compose a person's mail in the style of a common client."""
    frm_addr = frm.split("<")[-1].rstrip(">").strip()
    fd = domain_of(frm_addr)
    hcs = hdr_charset or ("utf-8" if charset in ("utf-8", "us-ascii") else charset)
    # ---- body
    if cte is None:
        cte = {"outlook": "quoted-printable", "gmail": "quoted-printable", "apple": "quoted-printable",
               "thunderbird": "8bit", "plain": "8bit"}.get(style, "quoted-printable")
    if html_only:
        if html is None:
            html = text_to_html(body, "outlook" if style == "outlook" else style)
        root = Part("text/html", html, charset, cte)
    elif style in ("outlook", "gmail") or (html is not None):
        if html is None:
            html = text_to_html(body, style)
        b = {"outlook": "_000_" + alnum(20) + "_", "gmail": "000000000000" + hexid(16),
             "apple": "Apple-Mail=_" + hexid(8).upper() + "-" + hexid(4).upper() + "-" + hexid(4).upper() + "-" + hexid(4).upper() + "-" + hexid(12).upper()}.get(style)
        root = Multi("alternative", [Part("text/plain", body, charset, cte), Part("text/html", html, charset, cte)], b)
    else:
        params = "; format=flowed" if style == "thunderbird" else ""
        root = Part("text/plain", body, charset, cte, params=params)
    if attach:
        b = {"outlook": "_004_" + alnum(20) + "_", "gmail": "000000000000" + hexid(16)}.get(style)
        root = Multi("mixed", [root] + attach, b)
    # ---- headers
    to = ", ".join(frm_enc(t.strip(), hcs) for t in to.split(","))
    if cc:
        cc = ", ".join(frm_enc(t.strip(), hcs) for t in cc.split(","))
    H = []
    H.append(("Return-Path", f"<{frm_addr}>"))
    d = date
    H.append(("Received", received(received_helo or ("mail-" + alnum(3, 'abcdefghij0123456789') + "." + fd), d)))
    if auth:
        H.append(("Authentication-Results", authres(fd) if auth is True else auth))
    if style == "gmail":
        H.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={fd}; s=20230601; t={int(d.timestamp())};\n\th=to:subject:message-id:date:from:mime-version:from:to:cc:subject;\n\tbh={alnum(43)}=;\n\tb={alnum(60)}"))
    H.append(("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))" if style == "apple" else "1.0"))
    if style == "outlook":
        H.append(("From", frm_enc(frm, hcs)))
        H.append(("To", to))
        if cc:
            H.append(("CC", cc))
        H.append(("Subject", ew(subject, hcs, subj_q)))
        H.append(("Thread-Topic", ew(subject.split(": ", 1)[-1] if subject.lower().startswith(("re:", "vs:", "sv:", "fw:", "vl:")) else subject, hcs, subj_q)))
        H.append(("Thread-Index", base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()))
        H.append(("Date", datestr(d)))
        H.append(("Message-ID", mid or msgid("outlook", fd)))
        if references:
            H.append(("References", references))
        if in_reply_to:
            H.append(("In-Reply-To", in_reply_to))
        H.append(("Accept-Language", "fi-FI, en-US"))
        H.append(("Content-Language", content_language or "fi-FI"))
        H.append(("X-MS-Has-Attach", "yes" if attach else ""))
        H.append(("X-MS-TNEF-Correlator", ""))
        H.append(("x-ms-publictraffictype", "Email"))
    else:
        H.append(("Date", datestr(d)))
        H.append(("From", frm_enc(frm, hcs)))
        H.append(("To", to))
        if cc:
            H.append(("Cc", cc))
        H.append(("Subject", ew(subject, hcs, subj_q)))
        H.append(("Message-ID", mid or msgid(style, fd)))
        if in_reply_to:
            H.append(("In-Reply-To", in_reply_to))
        if references:
            H.append(("References", references))
        if style == "apple":
            H.append(("X-Mailer", R.choice(["Apple Mail (2.3774.600.62)", "iPhone Mail (21F90)", "iPhone Mail (22B83)"])))
        elif style == "thunderbird":
            H.append(("User-Agent", "Mozilla Thunderbird"))
            if content_language:
                H.append(("Content-Language", content_language))
        elif style == "plain":
            pass
    if reply_to:
        H.append(("Reply-To", reply_to))
    for k, v in (extra or []):
        H.append((k, v))
    write(path, meta, H, root)


def frm_enc(frm, cs):
    if "<" in frm:
        name, a = frm.rsplit("<", 1)
        name = name.strip().strip('"')
        return addr(name, a.rstrip(">"), cs)
    return frm


def raw(path, meta, headers, root):
    """Write a machine-made message with exactly the given headers."""
    write(path, meta, headers, root)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# quoting intros of the common clients
def q_gmail(lang, d, name, email):
    wd = {"fi": ["ma", "ti", "ke", "to", "pe", "la", "su"], "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
          "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}[lang][d.weekday()]
    if lang == "fi":
        return f"{wd} {d.day}.{d.month}.{d.year} klo {d.hour}.{d.minute:02d} {name} <{email}> kirjoitti:"
    if lang == "sv":
        mon = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."][d.month - 1]
        return f"{wd} {d.day} {mon} {d.year} kl {d.hour}:{d.minute:02d} skrev {name} <{email}>:"
    mon = d.strftime("%b")
    return f"On {wd}, {d.day} {mon} {d.year} at {d.hour}:{d.minute:02d}, {name} <{email}> wrote:"


def q_outlook(lang, d, frm, to, subject):
    if lang == "fi":
        return (f"________________________________\nLähettäjä: {frm}\nLähetetty: {d.day}.{d.month}.{d.year} {d.hour}.{d.minute:02d}\n"
                f"Vastaanottaja: {to}\nAihe: {subject}")
    if lang == "sv":
        return (f"________________________________\nFrån: {frm}\nSkickat: den {d.day} {['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december'][d.month-1]} {d.year} {d.hour}:{d.minute:02d}\n"
                f"Till: {to}\nÄmne: {subject}")
    return (f"________________________________\nFrom: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\nSubject: {subject}")


def q_apple(lang, d, name, email):
    if lang == "fi":
        return f"> {d.day}.{d.month}.{d.year} kello {d.hour}.{d.minute:02d}, {name} <{email}> kirjoitti:"
    if lang == "sv":
        return f"> {d.day} {['jan.','feb.','mars','apr.','maj','juni','juli','aug.','sep.','okt.','nov.','dec.'][d.month-1]} {d.year} kl. {d.hour}:{d.minute:02d} skrev {name} <{email}>:"
    return f"> On {d.day} {d.strftime('%b')} {d.year}, at {d.hour}:{d.minute:02d}, {name} <{email}> wrote:"


def q_tb(lang, d, name):
    if lang == "fi":
        return f"{d.day}.{d.month}.{d.year} {d.hour}.{d.minute:02d}, {name} kirjoitti:"
    if lang == "sv":
        return f"Den {d.year}-{d.month:02d}-{d.day:02d} kl. {d.hour:02d}:{d.minute:02d}, skrev {name}:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} wrote:"


# the company's own newsletter text, quoted by many replies
NEWS_FI = """Telakkauutiset marraskuu 2026

Hei veneilijä!

Talvisäilytyspaikat on nyt täytetty 90-prosenttisesti. Jos veneesi
nosto on vielä sopimatta, varaa aika pikaisesti.

Uutta: moottorihuolto myös Suzukin perämoottoreille.

Aurinkoista syksyä toivottaen,
Saariston Venetelakka Oy
Telakkatie 4, 21660 Nauvo

Et halua enää uutiskirjettä? Peru tilaus: https://www.venetelakka.example.com/uutiskirje/peru?u=8f3a"""

NEWS_SV = """Varvsnytt november 2026

Hej båtägare!

Vinterförvaringen är nu till 90 procent fullbokad. Om du ännu inte
har bokat upptagning, gör det så snart som möjligt.

Nyhet: motorservice även för Suzuki utombordare.

Med höstliga hälsningar,
Skärgårdens Båtvarv Ab
Varvsvägen 4, 21660 Nagu

Vill du inte längre få nyhetsbrevet? Avsluta här: https://www.venetelakka.example.com/sv/nyhetsbrev/avsluta?u=1c9e"""

NEWS_EN = """Boatyard News - November 2026

Hello sailor,

Winter storage is now 90% booked. If your haul-out is not yet
scheduled, please book a slot soon.

New: engine service now also for Suzuki outboards.

Saariston Venetelakka Oy
Telakkatie 4, FI-21660 Nauvo, Finland

Unsubscribe: https://www.venetelakka.example.com/en/newsletter/unsubscribe?u=77d0"""


# ================================================================= contact forms
def form(path, lang, fields, frm, subject, date, body=None, html=None, reply_to=None, cte="quoted-printable",
         charset="utf-8", extra=None, requests=None, to=INFO, mid_dom=DOM, xmailer=None, boundary=None):
    meta = {"kind": "contact_form", "language": lang, "fields": fields}
    if requests:
        meta["requests"] = requests
    fa = frm.split("<")[-1].rstrip(">")
    H = [("Return-Path", f"<{fa}>"),
         ("Received", received("web01." + DOM if fa.endswith(DOM) else "out." + domain_of(fa), date)),
         ("Authentication-Results", authres(domain_of(fa))),
         ("Date", datestr(date)), ("To", to), ("From", frm_enc(frm, "utf-8"))]
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("Subject", ew(subject)))
    H.append(("Message-ID", f"<{hexid(32) if R.random() < .5 else alnum(20)}@{mid_dom}>"))
    if xmailer:
        H.append(("X-Mailer", xmailer))
    H += extra or []
    if body is not None and html is not None:
        root = Multi("alternative", [Part("text/plain", body, charset, cte), Part("text/html", html, charset, cte)], boundary)
    elif html is not None:
        root = Part("text/html", html, charset, cte)
    else:
        root = Part("text/plain", body, charset, cte)
    raw(path, meta, H, root)


WP = "Saariston Venetelakka <wordpress@venetelakka.example.com>"
LOM = "Venetelakka lomake <lomake@venetelakka.example.com>"
PHPM = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"


def tbl_cells(rows, style="gravity"):
    """label cell / value cell table"""
    h = ['<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">']
    for k, v in rows:
        v = _html.escape(v).replace("\n", "<br>\n")
        h.append(f'<tr><td width="30%" style="font-family:sans-serif;font-size:12px;font-weight:bold">{_html.escape(k)}</td>'
                 f'<td style="font-family:sans-serif;font-size:12px">{v}</td></tr>')
    h.append("</table>")
    return "\n".join(h)


def tbl_rows(rows):
    """label row / value row table (Gravity Forms style)"""
    h = ['<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>',
         '<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">']
    for k, v in rows:
        v = _html.escape(v).replace("\n", "<br />\n")
        h.append(f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family: sans-serif; font-size:12px;"><strong>{_html.escape(k)}</strong></font></td></tr>')
        h.append(f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family: sans-serif; font-size:12px;">{v}</font></td></tr>')
    h.append("</table></td></tr></table>")
    return "\n".join(h)


def html_page(inner, title=""):
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{_html.escape(title)}</title></head>\n'
            f'<body style="margin:0;padding:0;background:#f4f4f4">\n{inner}\n</body></html>\n')


def gen_contact_forms():
    # 1 CF7 fi, configured sender, Reply-To
    form("contact_form/cf01-cf7-fi-talvisailytys.eml", "fi",
         {"name": "Tuomas Virtanen", "email": "tuomas.virtanen@example.org", "phone": "040 712 3344"},
         WP, "Saariston Venetelakka \"Talvisäilytys\"", D(9, 14, 19, 42),
         body="""Lähettäjä: Tuomas Virtanen <tuomas.virtanen@example.org>
Puhelin: 040 712 3344
Aihe: Talvisäilytys

Viesti:
Moi! Olisin kiinnostunut talvisäilytyksestä 7,2 m moottoriveneelle (Buster XL).
Onko teillä vielä sisähallissa tilaa, ja paljonko nosto + pesu + säilytys maksaa?
Vene on tällä hetkellä Korppoossa.

--
Tämä sähköposti lähetettiin yhteydenottolomakkeelta Saariston Venetelakka -sivustolla.""",
         reply_to="Tuomas Virtanen <tuomas.virtanen@example.org>", cte="8bit", xmailer=PHPM)

    # 2 CF7 sv, labels on own line
    form("contact_form/cf02-cf7-sv-labels-own-line.eml", "sv",
         {"name": "Fredrik Wikström", "company": "Wikström & Son Ab", "email": "fredrik@wikstromson.example.net",
          "phone": "+358 44 551 0921"},
         WP, "[Skärgårdens Båtvarv] Ny kontaktförfrågan", D(5, 3, 8, 15),
         body="""Namn
Fredrik Wikström

Företag
Wikström & Son Ab

E-post
fredrik@wikstromson.example.net

Telefon
+358 44 551 0921

Meddelande
Hej,
vi har en arbetsbåt (Uttern) som behöver ny bottenmålning och byte av
propelleraxel innan midsommar. Hinner ni ta in den i maj? Båten ligger i Pargas.

Mvh Fredrik

--
Detta mejl skickades från ett kontaktformulär på Skärgårdens Båtvarv (https://www.venetelakka.example.com/sv/)""",
         reply_to="fredrik@wikstromson.example.net")

    # 3 CF7 en, visitor address only in Reply-To
    form("contact_form/cf03-cf7-en-replyto-only.eml", "en",
         {"name": "Oliver Grant", "email": "ogrant@example.net"},
         "WordPress <wordpress@venetelakka.example.com>", "Website enquiry: Oliver Grant", D(7, 22, 23, 5),
         body="""From: Oliver Grant
Subject: Mooring for a week in August

Message Body:
Hello, we are sailing from Stockholm to Turku in early August on a 38 ft
sloop. Do you rent guest moorings for about a week while we leave the boat?
We would also need a rigging check.

Thanks, Oliver

--
This e-mail was sent from a contact form on Saariston Venetelakka""",
         reply_to="ogrant@example.net", cte="7bit", charset="us-ascii")

    # 4 WPForms HTML fi, label row / value row, split name
    rows = [("Etunimi", "Anna-Liisa"), ("Sukunimi", "Heikkilä"), ("Sähköposti", "annaliisa.heikkila@example.com"),
            ("Puhelinnumero", "050 338 1276"), ("Mitä asia koskee?", "Moottorihuolto"),
            ("Viesti", "Yamaha F60 perämoottori, huolto viimeksi 2023. Pitäisikö se tuoda teille vai haetteko Rymättylästä?\nTerveisin A-L")]
    inner = ['<center><table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#fff;border:1px solid #ddd">',
             '<tr><td style="padding:30px"><h2 style="font-family:Helvetica">Uusi yhteydenotto: Huoltopyyntö</h2>']
    for k, v in rows:
        inner.append(f'<tr><td style="padding:10px 30px 0;font-weight:bold;font-family:Helvetica">{_html.escape(k)}</td></tr>')
        inner.append(f'<tr><td style="padding:4px 30px 10px;font-family:Helvetica;border-bottom:1px solid #eee">{_html.escape(v).replace(chr(10), "<br>")}</td></tr>')
    inner.append('<tr><td style="padding:20px 30px;color:#999;font-size:11px">Lähetetty WPForms-lomakkeella sivustolta Saariston Venetelakka</td></tr></table></center>')
    plain = "\n".join(f"--- {k} ---\n\n{v}\n" for k, v in rows) + "\n--\nLähetetty WPForms-lomakkeella sivustolta Saariston Venetelakka"
    form("contact_form/cf04-wpforms-fi-html-rows.eml", "fi",
         {"name": "Anna-Liisa Heikkilä", "email": "annaliisa.heikkila@example.com", "phone": "050 338 1276"},
         WP, "Uusi merkintä: Huoltopyyntö", D(3, 9, 11, 30), body=plain, html=html_page("\n".join(inner)),
         reply_to="annaliisa.heikkila@example.com")

    # 5 WPForms en, --- Label --- blocks plain only, from generic wordpress robot (not configured)
    form("contact_form/cf05-wpforms-en-dashes.eml", "en",
         {"name": "Rebecca Holm", "company": "Holm Charter", "email": "rebecca@holmcharter.example.org",
          "page": "https://www.venetelakka.example.com/en/winter-storage/"},
         "Boatyard website <noreply@web.venetelakka.example.com>", "New Entry: Quote request", D(10, 2, 16, 11),
         body="""--- Name ---

Rebecca Holm

--- Company ---

Holm Charter

--- Email ---

rebecca@holmcharter.example.org

--- Boat model and length ---

2 x Bavaria Cruiser 37

--- Comment or Message ---

Could you quote winter storage outdoors (cradles) for two yachts, incl.
mast removal and storage? We can deliver them 20-25 October.

--- Page URL ---

https://www.venetelakka.example.com/en/winter-storage/

---
Sent from Saariston Venetelakka
""", cte="7bit", charset="us-ascii")

    # 6 Gravity Forms sv, HTML-only, label row/value row
    rows = [("Namn", "Ulrika Lindroos"), ("E-post", "ulrika.lindroos@example.net"), ("Telefon", "040-5566 123"),
            ("Båttyp", "Finngulf 335"), ("Meddelande", "Hej! Jag vill boka upptagning vecka 41. Kan ni även kolla\nrodret, det har lite glapp.\n/Ulrika")]
    form("contact_form/cf06-gravity-sv-html-label-rows.eml", "sv",
         {"name": "Ulrika Lindroos", "email": "ulrika.lindroos@example.net", "phone": "040-5566 123"},
         WP, "Ny bokningsförfrågan – upptagning", D(9, 1, 7, 58), html=html_page(tbl_rows(rows)),
         reply_to="ulrika.lindroos@example.net", cte="quoted-printable")

    # 7 Gravity Forms fi, two-column label/value cell table, with company + page
    rows = [("Nimi", "Jari Mäkelä"), ("Yritys", "Mäkelän Kalastus Ky"), ("Sähköposti", "jari.makela@example.com"),
            ("Puhelin", "+358 400 188 923"), ("Viesti", "Tarvitsisin tarjouksen alumiiniveneen pohjan hitsauskorjauksesta. Vene 6,5 m, Alumax. Kuvia voin lähettää."),
            ("Lähetetty sivulta", "https://www.venetelakka.example.com/fi/korjaukset/hitsaus/")]
    form("contact_form/cf07-gravity-fi-html-cells.eml", "fi",
         {"name": "Jari Mäkelä", "company": "Mäkelän Kalastus Ky", "email": "jari.makela@example.com",
          "phone": "+358 400 188 923", "page": "https://www.venetelakka.example.com/fi/korjaukset/hitsaus/"},
         WP, "Tarjouspyyntö (Korjaukset)", D(2, 17, 13, 4),
         body="\n".join(f"{k}: {v}" for k, v in rows), html=html_page(tbl_cells(rows)),
         reply_to="jari.makela@example.com", charset="utf-8", cte="base64")

    # 8 Elementor en with metadata
    form("contact_form/cf08-elementor-en-meta.eml", "en",
         {"name": "Marcus Webb", "email": "marcus.webb@example.com", "phone": "+44 7700 900 412",
          "page": "https://www.venetelakka.example.com/en/boats-for-sale/nauticat-33/"},
         "Saariston Venetelakka <wordpress@venetelakka.example.com>", "New message from \"Saariston Venetelakka\"", D(6, 12, 21, 47),
         body="""Name: Marcus Webb
Email: marcus.webb@example.com
Phone: +44 7700 900 412
Message: Is the Nauticat 33 still available? I'd like to view it on 27 June if possible. Could you send the survey report?

---

Date: 12.6.2026
Time: 21.47
Page URL: https://www.venetelakka.example.com/en/boats-for-sale/nauticat-33/
User Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15
Remote IP: 203.0.113.77
Powered by: Elementor
""", html=None, reply_to="marcus.webb@example.com", cte="7bit", charset="us-ascii")

    # 9 Elementor fi, HTML alternative
    body = """Nimi: Sanna Lehtonen
Sähköposti: sanna.lehtonen@example.net
Puhelinnumero: 045 120 7788
Viesti: Hei, voiko teiltä vuokrata trailerin viikonlopuksi? Tarvitsisin sen 5,5 m veneen kuljetukseen Paraisilta Turkuun.

---

Päivämäärä: 28.4.2026
Aika: 9.12
Sivun URL: https://www.venetelakka.example.com/fi/palvelut/kuljetus/
Käyttäjäagentti: Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36
Etä-IP: 198.51.100.23
Tekijä: Elementor
"""
    form("contact_form/cf09-elementor-fi-alt.eml", "fi",
         {"name": "Sanna Lehtonen", "email": "sanna.lehtonen@example.net", "phone": "045 120 7788",
          "page": "https://www.venetelakka.example.com/fi/palvelut/kuljetus/"},
         WP, "Uusi viesti sivustolta \"Saariston Venetelakka\"", D(4, 28, 9, 12), body=body,
         html=html_page(body.replace("\n", "<br>\n")), reply_to="sanna.lehtonen@example.net")

    # 10 Ninja Forms sv, HTML table
    rows = [("Förnamn", "Erik"), ("Efternamn", "Sjöblom"), ("E-postadress", "erik.sjoblom@example.org"),
            ("Meddelande", "Hej, har ni begagnade Volvo Penta MD2030 i lager? Eller reservdelar till en sådan (vattenpump)?")]
    form("contact_form/cf10-ninja-sv-table.eml", "sv",
         {"name": "Erik Sjöblom", "email": "erik.sjoblom@example.org"},
         WP, "Kontakt – Ninja Forms", D(1, 20, 15, 33),
         html="<table>\n" + "\n".join(f"<tr><td>{k}:</td><td>{_html.escape(v)}</td></tr>" for k, v in rows) + "\n</table>\n",
         reply_to="erik.sjoblom@example.org")

    # 11 Fluent Forms en, th label row / td value row
    rows = [("Name", "Hannah Kowalski"), ("Email", "h.kowalski@example.com"), ("Company", "Baltic Yacht Services Sp. z o.o."),
            ("Subject", "Cooperation"), ("Your Message", "We are a yacht delivery company from Gdynia. Would you be interested in a partnership for winter storage of our clients' boats in Finland?")]
    h = ['<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0"><tbody>']
    for k, v in rows:
        h.append(f'<tr class="field-label"><th style="padding:6px 12px;background-color:#f8f8f8;text-align:left"><strong>{k}</strong></th></tr>')
        h.append(f'<tr class="field-value"><td style="padding:6px 12px 12px 12px">{_html.escape(v)}</td></tr>')
    h.append("</tbody></table>")
    form("contact_form/cf11-fluent-en-th-rows.eml", "en",
         {"name": "Hannah Kowalski", "company": "Baltic Yacht Services Sp. z o.o.", "email": "h.kowalski@example.com"},
         WP, "New Form Submission: Contact Form", D(11, 5, 10, 2),
         body="\n".join(f"{k}\n{v}\n" for k, v in rows), html=html_page("\n".join(h)),
         reply_to="Hannah Kowalski <h.kowalski@example.com>")

    # 12 Caldera fi, label on own line, from lomake@ (configured custom)
    form("contact_form/cf12-caldera-fi.eml", "fi",
         {"name": "Pekka Salo", "email": "pekka.salo@example.net", "phone": "0500 442 118"},
         LOM, "Yhteydenotto verkkosivuilta", D(8, 8, 18, 20),
         body="""Nimesi
Pekka Salo

Sähköpostiosoitteesi
pekka.salo@example.net

Puhelinnumerosi
0500 442 118

Kysymys tai viesti
Kuinka nopeasti saisitte vaihdettua teak-kannen pari lankkua? Purjevene on vesillä
Nauvon vierasvenesatamassa vielä viikon.

---
Caldera Forms""", cte="quoted-printable")

    # 13 HubSpot en, split name, page
    body = """You've got a new submission on the form "Winter storage 2026 - landing page".

First name: Thomas
Last name: Baker
Email: thomas.baker@example.org
Company name: Baker Marine Consulting
Phone number: +358 45 900 1187
Message: Need storage for a Targa 30 from mid-October. Also interested in your shrink-wrap service. Please call after 4 pm.

Page submitted on: Winter storage 2026 | Saariston Venetelakka
https://www.venetelakka.example.com/en/winter-storage-2026/

View contact record: https://app.hubspot.example.com/contacts/4432110/contact/9981
"""
    h = body.replace("\n", "<br>\n")
    form("contact_form/cf13-hubspot-en-split-name.eml", "en",
         {"name": "Thomas Baker", "company": "Baker Marine Consulting", "email": "thomas.baker@example.org",
          "phone": "+358 45 900 1187", "page": "https://www.venetelakka.example.com/en/winter-storage-2026/"},
         "HubSpot <noreply@notifications.hubspot.example.com>", "New form submission on Saariston Venetelakka",
         D(9, 24, 14, 41), body=body, html=html_page(h), mid_dom="notifications.hubspot.example.com",
         extra=[("X-HubSpot-Notification", "form-submission")])

    # 14 Typeform sv Q&A
    body = """Hej!

Du har fått ett nytt svar på ditt formulär Offertförfrågan båtförvaring.

Vad heter du?
Maria Nyström

Vilken e-postadress kan vi nå dig på?
maria.nystrom@example.com

Ditt telefonnummer
040 993 2210

Vilken båt gäller det?
Nimbus 26 Nova, 8 m

Något mer vi borde veta?
Båten har en kapell som måste tas av. Jag bor i Helsingfors så jag hämtar den helst en lördag.

Se alla svar: https://admin.typeform.example.com/form/Xb12Qw/results
"""
    form("contact_form/cf14-typeform-sv-questions.eml", "sv",
         {"name": "Maria Nyström", "email": "maria.nystrom@example.com", "phone": "040 993 2210"},
         "Typeform <notifications@typeform.example.com>", "Nytt svar: Offertförfrågan båtförvaring", D(8, 30, 12, 0),
         body=body, mid_dom="typeform.example.com")

    # 15 Jotform en, table, Reply-To
    rows = [("Full Name", "Peter Jones"), ("E-mail", "peter.jones@example.net"), ("Phone Number", "(+358) 50 771 0034"),
            ("Service needed", "Antifouling / hull cleaning"), ("Comments", "Hi, how much would a hull wash and antifouling cost for a 9 m motorboat? Thanks")]
    h = ['<table class="jotform" cellpadding="6" cellspacing="0" border="0" style="width:100%">']
    for i, (k, v) in enumerate(rows):
        bg = "#f3f3fe" if i % 2 else "#ffffff"
        h.append(f'<tr style="background:{bg}"><td class="questionColumn" style="width:170px;color:#23283c;font-size:14px"><b>{k}</b></td>'
                 f'<td class="value" style="color:#57647e;font-size:14px">{_html.escape(v)}</td></tr>')
    h.append("</table>")
    form("contact_form/cf15-jotform-en-table.eml", "en",
         {"name": "Peter Jones", "email": "peter.jones@example.net", "phone": "(+358) 50 771 0034"},
         "Jotform <noreply@jotform.example.com>", "Re: Service Request Form - Peter Jones", D(4, 14, 20, 18),
         html=html_page("\n".join(h)), reply_to="peter.jones@example.net", mid_dom="jotform.example.com")

    # 16 Google Forms notification fi
    body = """Lomakkeeseen "Venetelakan yhteydenotto" on tullut uusi vastaus.

Aikaleima: 6.5.2026 17.44.10
Nimi: Heikki Rantanen
Sähköpostiosoite: heikki.rantanen@example.com
Puhelinnumero: 044 7718 902
Mihin asiaan toivot yhteydenottoa?: Veneen myynti välitykseen
Lisätietoja: Haluaisin myydä Terhi 475 -soutuveneen moottoreineen. Ottaisitteko välitykseen?

Näytä vastaukset: https://docs.google.example.com/forms/d/1AbCdEf/edit#responses
"""
    form("contact_form/cf16-googleforms-fi.eml", "fi",
         {"name": "Heikki Rantanen", "email": "heikki.rantanen@example.com", "phone": "044 7718 902"},
         "Google Forms <forms-receipts-noreply@google.example.com>", "Uusi vastaus: Venetelakan yhteydenotto",
         D(5, 6, 17, 44), body=body, html=html_page(body.replace("\n", "<br>\n")), mid_dom="google.example.com")

    # 17 Drupal Webform sv, labels on own lines
    form("contact_form/cf17-drupal-webform-sv.eml", "sv",
         {"name": "Gunilla Åkerblom", "email": "gunilla.akerblom@example.org", "phone": "+358 40 221 8790",
          "page": "https://kampanj.venetelakka.example.com/sv/vinterforvaring"},
         "Skärgårdens Båtvarv <drupal@kampanj.venetelakka.example.com>", "Inlämning från Kontakta oss", D(10, 19, 9, 3),
         body="""Inskickat den mån, 19/10/2026 - 09:03
Inskickat av: Anonym
Inskickade värden är:

Ditt namn
Gunilla Åkerblom

Din e-postadress
gunilla.akerblom@example.org

Telefon
+358 40 221 8790

Ärende
Vinterförvaring

Meddelande
Kan jag ha båten (Fiskarsbåt 23) inomhus i år? Förra året stod den ute och
det blev en del fuktskador i hytten.

Sidan skickades från: https://kampanj.venetelakka.example.com/sv/vinterforvaring

Inskickningens URL: https://kampanj.venetelakka.example.com/admin/structure/webform/manage/contact/submission/412
""", cte="8bit")

    # 18 Squarespace en, Reply-To only
    form("contact_form/cf18-squarespace-en-replyto.eml", "en",
         {"name": "Lucy Fairbanks", "email": "lucy.fairbanks@example.com"},
         "Squarespace <form-submission@squarespace.example.org>", "Form Submission - Contact Us - Boatyard Shop",
         D(3, 2, 13, 55),
         body="""Name: Lucy Fairbanks

Subject: Gift card

Message: Hi there! Do you sell gift cards for the chandlery shop? My husband keeps his boat with you and I'd like to surprise him for his birthday.

(Sent via Saariston Venetelakka Shop)
""", reply_to="lucy.fairbanks@example.com", cte="7bit", charset="us-ascii", mid_dom="squarespace.example.org")

    # 19 Wix fi, HTML-only with divs
    inner = """<div style="max-width:560px;margin:0 auto;font-family:Arial,sans-serif;color:#20303c">
<h1 style="font-size:22px">Sinulla on uusi lomakelähetys</h1>
<p>Sivustolta <b>Venetelakka Kahvila</b> lähetettiin lomake <b>Ota yhteyttä</b>.</p>
<div style="border-top:1px solid #e0e0e0;padding:12px 0"><div style="color:#868aa5;font-size:13px">Etunimi</div><div style="font-size:15px">Kaisa</div></div>
<div style="border-top:1px solid #e0e0e0;padding:12px 0"><div style="color:#868aa5;font-size:13px">Sukunimi</div><div style="font-size:15px">Järvinen</div></div>
<div style="border-top:1px solid #e0e0e0;padding:12px 0"><div style="color:#868aa5;font-size:13px">Sähköposti</div><div style="font-size:15px"><a href="mailto:kaisa.jarvinen@example.net">kaisa.jarvinen@example.net</a></div></div>
<div style="border-top:1px solid #e0e0e0;padding:12px 0"><div style="color:#868aa5;font-size:13px">Viesti</div><div style="font-size:15px">Onko telakan kahvila auki myös lokakuun viikonloppuisin? Tulisimme 12 hengen porukalla.</div></div>
<p style="font-size:12px;color:#868aa5">Tämä ilmoitus lähetettiin Wixistä.</p>
</div>"""
    form("contact_form/cf19-wix-fi-html-only.eml", "fi",
         {"name": "Kaisa Järvinen", "email": "kaisa.jarvinen@example.net"},
         "Wix-lomakkeet <no-reply@crm.wix.example.com>", "Venetelakka Kahvila: uusi lomakelähetys", D(9, 27, 11, 9),
         html=html_page(inner), reply_to="kaisa.jarvinen@example.net", mid_dom="crm.wix.example.com")

    # 20 Webflow sv
    body = """Ny formulärinlämning på webbplatsen Båtvarvet Begagnat.

Formulär: Intresseanmälan

Namn: Johan Lindholm
E-post: johan.lindholm@example.com
Telefon: 0457 345 0098
Meddelande: Jag är intresserad av Buster Magnum (2017) som ni har till salu. Går det att provköra?

Webflow
"""
    form("contact_form/cf20-webflow-sv.eml", "sv",
         {"name": "Johan Lindholm", "email": "johan.lindholm@example.com", "phone": "0457 345 0098"},
         "Webflow <no-reply-forms@webflow.example.com>", "Ny formulärinlämning: Intresseanmälan", D(6, 2, 22, 31),
         body=body, html=html_page(body.replace("\n", "<br>\n")), mid_dom="webflow.example.com")

    # 21 custom PHP, iso-8859-1 8bit, lower-case labels, from www-data
    form("contact_form/cf21-php-fi-latin1.eml", "fi",
         {"name": "Matti Nieminen", "email": "matti.nieminen@example.net", "phone": "0407 890 123",
          "page": "https://www.venetelakka.example.com/yhteys.php"},
         "www-data <www-data@venetelakka.example.com>", "Palaute nettisivuilta", D(1, 8, 6, 40),
         body="""Uusi viesti lomakkeelta

nimi: Matti Nieminen
email: matti.nieminen@example.net
puh: 0407 890 123
viesti: Hyvää päivää. Voinko tuoda veneen telakalle jo ensi viikolla vai onko jäätilanne este? Veneen perävaunu on mukana.

IP: 192.0.2.91
sivu: https://www.venetelakka.example.com/yhteys.php
aika: 08.01.2026 06:40
""", charset="iso-8859-1", cte="8bit", xmailer="PHP/7.4.33")

    # 22 custom PHP sv, definition list HTML-only
    inner = """<h3>Nytt meddelande från webbplatsen</h3>
<dl>
<dt>Namn</dt><dd>Annika Holmqvist</dd>
<dt>Företag</dt><dd>Holmqvist Marin Ab</dd>
<dt>E-post</dt><dd><a href="mailto:annika@holmqvistmarin.example.org">annika@holmqvistmarin.example.org</a></dd>
<dt>Telefon</dt><dd>+358 2 458 1200</dd>
<dt>Sida</dt><dd>https://www.venetelakka.example.com/sv/tjanster/</dd>
<dt>Meddelande</dt><dd>Vi söker en underleverantör för glasfiberreparationer under vintern 2026–2027. Kan vi boka ett möte?</dd>
</dl>"""
    form("contact_form/cf22-php-sv-dl.eml", "sv",
         {"name": "Annika Holmqvist", "company": "Holmqvist Marin Ab", "email": "annika@holmqvistmarin.example.org",
          "phone": "+358 2 458 1200", "page": "https://www.venetelakka.example.com/sv/tjanster/"},
         LOM, "Kontaktformulär: Holmqvist Marin Ab", D(11, 11, 14, 20), html=html_page(inner), cte="quoted-printable")

    # 23 CF7 sv HTML with mailto link
    inner = """<p>Från: Karin Blomqvist &lt;<a href="mailto:karin.blomqvist@example.net">karin.blomqvist@example.net</a>&gt;<br>
Ämne: Kranlyft<br>
Telefon: 050 7720 456</p>
<p>Meddelandetext:<br>Hej! Behöver lyfta in masten på vår Albin Vega. Vilka tider har ni lediga nästa vecka?<br>Karin</p>
<p>-- <br>Detta e-postmeddelande skickades från ett kontaktformulär på Skärgårdens Båtvarv</p>"""
    form("contact_form/cf23-cf7-sv-html-mailto.eml", "sv",
         {"name": "Karin Blomqvist", "email": "karin.blomqvist@example.net", "phone": "050 7720 456"},
         WP, "Skärgårdens Båtvarv \"Kranlyft\"", D(5, 19, 8, 2), html=html_page(inner),
         reply_to="karin.blomqvist@example.net")

    # 24 CF7 fi, free text asks for erasure
    form("contact_form/cf24-cf7-fi-erasure-in-message.eml", "fi",
         {"name": "Riitta Koivisto", "email": "riitta.koivisto@example.com"},
         WP, "Saariston Venetelakka \"Tietojen poisto\"", D(2, 3, 20, 10),
         body="""Lähettäjä: Riitta Koivisto <riitta.koivisto@example.com>
Aihe: Tietojen poisto

Viesti:
Myimme veneen jo kaksi vuotta sitten, emmekä enää asioi teillä. Pyydän että
poistatte kaikki minua koskevat henkilötiedot asiakasrekisteristänne.

--
Tämä sähköposti lähetettiin yhteydenottolomakkeelta Saariston Venetelakka -sivustolla.""",
         reply_to="riitta.koivisto@example.com", cte="quoted-printable", requests=["erasure"])

    # 25 WPForms en, free text asks to unsubscribe
    form("contact_form/cf25-wpforms-en-unsubscribe-in-message.eml", "en",
         {"name": "Daniel Price", "email": "daniel.price@example.org"},
         WP, "New Entry: Contact Us", D(6, 25, 7, 12),
         body="""--- Name ---

Daniel Price

--- Email ---

daniel.price@example.org

--- Message ---

I keep getting your newsletter even though I clicked the link twice. Please
take me off the mailing list for good.
""", reply_to="daniel.price@example.org", cte="7bit", charset="us-ascii", requests=["unsubscribe"])

    # 26 CF7 sv, free text asks what data they hold
    form("contact_form/cf26-cf7-sv-access-in-message.eml", "sv",
         {"name": "Mikael Forsman", "email": "mikael.forsman@example.net", "phone": "044 210 3390"},
         WP, "[Skärgårdens Båtvarv] Ny kontaktförfrågan", D(10, 7, 12, 50),
         body="""Namn
Mikael Forsman

E-post
mikael.forsman@example.net

Telefon
044 210 3390

Meddelande
Hej, jag fick ett sms från er om höstens upptagning fast jag aldrig har varit kund.
Vilka uppgifter har ni sparat om mig och varifrån fick ni mitt nummer?

--
Detta mejl skickades från ett kontaktformulär på Skärgårdens Båtvarv (https://www.venetelakka.example.com/sv/)""",
         reply_to="mikael.forsman@example.net", requests=["access"])

    # 27 Elementor fi, message mentions another address (trap for email field)
    form("contact_form/cf27-elementor-fi-other-address-in-text.eml", "fi",
         {"name": "Ville Hakala", "company": "Hakalan Rakennus Oy", "email": "ville.hakala@example.com",
          "page": "https://www.venetelakka.example.com/fi/yritysasiakkaat/"},
         WP, "Uusi viesti sivustolta \"Saariston Venetelakka\"", D(3, 23, 15, 5),
         body="""Nimi: Ville Hakala
Yritys: Hakalan Rakennus Oy
Sähköposti: ville.hakala@example.com
Viesti: Tarvitsemme ponttonilaiturin kesäksi työmaalle Nauvoon. Lähettäkää tarjous myös hankintapäällikölle osoitteeseen hankinta@hakalanrakennus.example.org, kiitos.

---

Päivämäärä: 23.3.2026
Aika: 15.05
Sivun URL: https://www.venetelakka.example.com/fi/yritysasiakkaat/
Tekijä: Elementor
""", reply_to="ville.hakala@example.com", cte="8bit")

    # 28 Contact form sent by lomake@ (configured) base64, English labels on a Swedish-speaking visitor -> sv message
    form("contact_form/cf28-custom-sv-base64.eml", "sv",
         {"name": "Bo Karlsson", "email": "bo.karlsson@example.org", "phone": "+46 70 123 45 67",
          "page": "https://www.venetelakka.example.com/sv/gasthamn/"},
         LOM, "Webbformulär: Gästhamn", D(7, 3, 10, 10),
         body="""Namn: Bo Karlsson
E-post: bo.karlsson@example.org
Tel: +46 70 123 45 67
Sida: https://www.venetelakka.example.com/sv/gasthamn/

Meddelande:
Hej! Vi kommer med segelbåt från Åland nästa torsdag, 11 m lång, 3,6 m bred.
Har ni plats i gästhamnen två nätter? Och finns det dusch och bastu?

Hälsningar Bo
""", cte="base64")

    # 29 Gravity en, label row / value row, company, HTML+plain
    rows = [("Name", "Aleksi Korhonen"), ("Company", "Korhonen Yachting Oy"), ("Email", "aleksi@korhonenyachting.example.net"),
            ("Phone", "+358 40 666 1234"), ("Message", "We need 4 cradles for 35-40 ft sailboats. Do you sell or rent them?"),
            ("Source page", "https://www.venetelakka.example.com/en/shop/cradles/")]
    form("contact_form/cf29-gravity-en-rows.eml", "en",
         {"name": "Aleksi Korhonen", "company": "Korhonen Yachting Oy", "email": "aleksi@korhonenyachting.example.net",
          "phone": "+358 40 666 1234", "page": "https://www.venetelakka.example.com/en/shop/cradles/"},
         WP, "New submission from Cradle enquiry", D(8, 18, 9, 30),
         body="\n".join(f"{k}:\n{v}\n" for k, v in rows), html=html_page(tbl_rows(rows)),
         reply_to="aleksi@korhonenyachting.example.net")

    # 30 Ninja fi, plain, phone odd format, diacritics dropped by visitor
    form("contact_form/cf30-ninja-fi-plain.eml", "fi",
         {"name": "Kalle Lindstedt", "email": "kalle.lindstedt@example.net", "phone": "+358(0)40-8833 221"},
         WP, "Ninja Forms: Ota yhteytta", D(4, 4, 23, 59),
         body="""Nimi: Kalle Lindstedt
Sahkoposti: kalle.lindstedt@example.net
Puhelin: +358(0)40-8833 221
Viesti: moi, onko teilla myytavana kaytettyja vetokoukkuja tai traileria, max 1500kg. t. Kalle
""", reply_to="kalle.lindstedt@example.net", cte="7bit", charset="us-ascii")

    # 31 Fluent Forms sv, split names, rectification wish in message
    rows = [("Förnamn", "Ingrid"), ("Efternamn", "Söderholm"), ("E-post", "ingrid.soderholm@example.com"),
            ("Meddelande", "Hej, jag har gift mig och heter numera Söderholm (tidigare Mattsson). Kan ni ändra namnet i era kunduppgifter och på fakturorna? Tack!")]
    h = ['<table class="ff_all_data" width="600" cellpadding="0" cellspacing="0"><tbody>']
    for k, v in rows:
        h.append(f'<tr class="field-label"><th style="text-align:left"><strong>{k}</strong></th></tr>')
        h.append(f'<tr class="field-value"><td>{_html.escape(v)}</td></tr>')
    h.append("</tbody></table>")
    form("contact_form/cf31-fluent-sv-rectification-in-message.eml", "sv",
         {"name": "Ingrid Söderholm", "email": "ingrid.soderholm@example.com"},
         WP, "Ny inlämning: Kontaktformulär", D(1, 27, 17, 15), html=html_page("\n".join(h)),
         reply_to="ingrid.soderholm@example.com", requests=["rectification"])

    # 32 Jotform fi table, company
    rows = [("Nimi", "Laura Saarinen"), ("Yritys", "Turun Purjehdusseura ry"), ("Sähköposti", "laura.saarinen@example.org"),
            ("Puhelin", "041 556 2201"), ("Viesti", "Seuramme hakee telakkapaikkaa kuudelle optimistijollalle talveksi. Onnistuuko ja millä hinnalla?")]
    h = ['<table cellpadding="6" cellspacing="0" border="0" style="width:100%">']
    for k, v in rows:
        h.append(f'<tr><td style="width:170px"><b>{k}</b></td><td>{_html.escape(v)}</td></tr>')
    h.append("</table>")
    form("contact_form/cf32-jotform-fi-table.eml", "fi",
         {"name": "Laura Saarinen", "company": "Turun Purjehdusseura ry", "email": "laura.saarinen@example.org",
          "phone": "041 556 2201"},
         "Jotform <noreply@jotform.example.com>", "Uusi lähetys: Yhteydenottolomake", D(10, 28, 19, 6),
         body="\n".join(f"{k}: {v}" for k, v in rows), html=html_page("\n".join(h)),
         reply_to="laura.saarinen@example.org", mid_dom="jotform.example.com")

    # 33 HubSpot sv, HTML-only table
    rows = [("Förnamn", "Patrik"), ("Efternamn", "Grönroos"), ("E-post", "patrik.gronroos@example.net"),
            ("Telefonnummer", "0400 771 552"), ("Meddelande", "Vad kostar en motorservice för Volvo Penta D2-40? Båten står i Kimito.")]
    h = ['<p>Du har fått ett nytt formulärsvar på <b>Motorservice – boka</b>.</p><table>']
    for k, v in rows:
        h.append(f'<tr><td style="color:#516f90;padding:4px 16px 4px 0">{k}</td><td style="padding:4px 0">{_html.escape(v)}</td></tr>')
    h.append('</table><p>Sidan formuläret skickades från: <a href="https://www.venetelakka.example.com/sv/motorservice/">Motorservice | Skärgårdens Båtvarv</a><br>'
             'https://www.venetelakka.example.com/sv/motorservice/</p>')
    form("contact_form/cf33-hubspot-sv-html-only.eml", "sv",
         {"name": "Patrik Grönroos", "email": "patrik.gronroos@example.net", "phone": "0400 771 552",
          "page": "https://www.venetelakka.example.com/sv/motorservice/"},
         "HubSpot <noreply@notifications.hubspot.example.com>", "Nytt formulärsvar: Motorservice – boka", D(2, 26, 8, 48),
         html=html_page("\n".join(h)), mid_dom="notifications.hubspot.example.com")


# ================================================================= chat
def chat(path, lang, fields, frm, subject, date, body=None, html=None, cte="quoted-printable", charset="utf-8",
         extra=None, requests=None, reply_to=None, mid_dom="chatdesk.example.net"):
    meta = {"kind": "chat_transcript", "language": lang, "fields": fields}
    if requests:
        meta["requests"] = requests
    fa = frm.split("<")[-1].rstrip(">")
    H = [("Return-Path", f"<bounce-{hexid(10)}@{domain_of(fa)}>"),
         ("Received", received("mta" + str(R.randint(1, 9)) + "." + domain_of(fa), date)),
         ("Authentication-Results", authres(domain_of(fa))),
         ("From", frm_enc(frm, "utf-8")), ("To", INFO), ("Subject", ew(subject)), ("Date", datestr(date)),
         ("Message-ID", f"<{hexid(12)}.{hexid(8)}@{mid_dom}>")]
    if reply_to:
        H.append(("Reply-To", reply_to))
    H += extra or []
    if body is not None and html is not None:
        root = Multi("alternative", [Part("text/plain", body, charset, cte), Part("text/html", html, charset, cte)])
    elif html is not None:
        root = Part("text/html", html, charset, cte)
    else:
        root = Part("text/plain", body, charset, cte)
    raw(path, meta, H, root)


CD = "Chatdesk <transcripts@chatdesk.example.net>"


def gen_chats():
    chat("chat_transcript/ch01-chatdesk-fi-transcript.eml", "fi",
         {"name": "Eeva Laine", "email": "eeva.laine@example.com", "phone": "040 551 2093",
          "page": "https://www.venetelakka.example.com/fi/talvisailytys/"},
         CD, "Keskustelu: Eeva Laine", D(9, 10, 14, 31),
         body="""Keskustelun tallenne

Kävijä: Eeva Laine
Sähköposti: eeva.laine@example.com
Puhelin: 040 551 2093
Sivu: https://www.venetelakka.example.com/fi/talvisailytys/
Aloitettu: 2026-09-10 14:02 +03:00

[14:02] Eeva Laine: Hei, onko sisähallissa vielä tilaa 6 metrin veneelle?
[14:03] Päivi (Venetelakka): Hei Eeva! Sisähallissa on muutama paikka jäljellä. Minkä mallinen vene?
[14:04] Eeva Laine: Yamarin 59 Cabin, ja moottori F100.
[14:06] Päivi (Venetelakka): Sopii hyvin. Hinta on 38 €/m² + nosto 180 €. Laitanko varauksen?
[14:09] Eeva Laine: Joo laita, nosto mieluiten lokakuun alussa.
[14:10] Päivi (Venetelakka): Merkitty viikolle 40. Lähetän vahvistuksen sähköpostiin.
[14:11] Eeva Laine: Kiitos!
""", cte="8bit")

    chat("chat_transcript/ch02-chatdesk-sv-transcript.eml", "sv",
         {"name": "Henrik Sandell", "email": "henrik.sandell@example.net", "company": "Sandell Fiske Ab",
          "page": "https://www.venetelakka.example.com/sv/reparationer/"},
         CD, "Chatt med Henrik Sandell", D(4, 21, 10, 55),
         body="""Chattutskrift

Besökare: Henrik Sandell
E-post: henrik.sandell@example.net
Företag: Sandell Fiske Ab
Sida: https://www.venetelakka.example.com/sv/reparationer/
Startad: 2026-04-21 10:41 +03:00

[10:41] Henrik Sandell: Hej, vi har en läcka vid drevet på vår arbetsbåt.
[10:42] Jonas (Båtvarvet): Hej Henrik. Vilket drev är det?
[10:43] Henrik Sandell: Volvo Penta 280, gammalt men har gått bra.
[10:45] Jonas (Båtvarvet): Vi kan ta upp båten på torsdag och byta bälgarna. Räkna med två dagar.
[10:47] Henrik Sandell: Bra, jag kör dit på torsdag morgon.
[10:48] Jonas (Båtvarvet): Välkommen, kranen är ledig från kl 8.
""")

    chat("chat_transcript/ch03-chatdesk-en-offline.eml", "en",
         {"name": "Sophie Turner", "email": "sophie.turner@example.org",
          "page": "https://www.venetelakka.example.com/en/contact/"},
         CD, "Offline message from Sophie Turner", D(12, 1, 2, 14),
         body="""Offline message

Name: Sophie Turner
Email: sophie.turner@example.org
Page: https://www.venetelakka.example.com/en/contact/

Message:
Hi, we're visiting Nauvo next summer and wondered whether you rent out small
motorboats by the day. Nobody was online so leaving a note here.
""", cte="7bit", charset="us-ascii")

    chat("chat_transcript/ch04-chatdesk-sv-offline.eml", "sv",
         {"name": "Lars-Erik Holm", "email": "lars-erik.holm@example.com", "phone": "+358 50 440 9123"},
         CD, "Offlinemeddelande: Lars-Erik Holm", D(7, 12, 22, 40),
         body="""Offlinemeddelande

Namn: Lars-Erik Holm
E-post: lars-erik.holm@example.com
Telefon: +358 50 440 9123

Meddelande:
Hej, bränslepumpen på gästbryggan verkar inte fungera i kväll. Kan någon titta på den i morgon bitti?
""", cte="quoted-printable")

    # visitor asks for deletion inside a chat -> still chat_transcript
    chat("chat_transcript/ch05-chatdesk-fi-erasure-in-chat.eml", "fi",
         {"name": "Jukka Peltonen", "email": "jukka.peltonen@example.net"},
         CD, "Keskustelu: Jukka Peltonen", D(11, 16, 16, 20),
         body="""Keskustelun tallenne

Kävijä: Jukka Peltonen
Sähköposti: jukka.peltonen@example.net
Aloitettu: 2026-11-16 16:05 +02:00

[16:05] Jukka Peltonen: Moi. Saan teiltä edelleen tekstiviestejä vaikka vene on myyty.
[16:06] Markku (Venetelakka): Hei Jukka, pahoittelut. Poistan numerosi tekstiviestilistalta.
[16:07] Jukka Peltonen: Poistakaa samalla kaikki muutkin tietoni, en tarvitse asiakkuutta enää.
[16:09] Markku (Venetelakka): Selvä, välitän pyynnön toimistolle. He vahvistavat sähköpostilla.
[16:09] Jukka Peltonen: ok kiitti
""", cte="8bit")  # asks for erasure inside the chat: still a transcript

    # Tawk-like, en, different line format "(HH:MM:SS) Name : text"
    chat("chat_transcript/ch06-tawkish-en-transcript.eml", "en",
         {"name": "Michael O'Brien", "email": "mobrien@example.com",
          "page": "https://www.venetelakka.example.com/en/boats-for-sale/"},
         "Chatwidget Notifications <notifications@chatwidget.example.org>", "Chat Transcript - Michael O'Brien - Saariston Venetelakka",
         D(5, 30, 18, 1),
         body="""Chat Transcript
-----------------------------------------------
Property : Saariston Venetelakka
Visitor : Michael O'Brien
Visitor Email : mobrien@example.com
Visitor Page : https://www.venetelakka.example.com/en/boats-for-sale/
Location : Dublin, Ireland
Chat started : May 30, 2026 5:48 PM (GMT+3)
-----------------------------------------------

(17:48:02) Michael O'Brien : Hi, is the Nauticat still for sale?
(17:48:40) Jonas : Hello Michael, yes it is. Would you like the specification?
(17:49:15) Michael O'Brien : Yes please, and the engine hours.
(17:50:31) Jonas : Engine hours are 2 140. I'll email the spec sheet.
(17:51:02) Michael O'Brien : Great, thanks!
(17:51:10) *** Michael O'Brien left the chat ***
""", cte="7bit", charset="us-ascii", mid_dom="chatwidget.example.org")

    # Tidio-like HTML transcript sv
    lines = [("10:02", "Besökare", "Hej! Säljer ni bottenfärg?"), ("10:03", "Anna", "Hej! Ja, vi har Hempel och International i butiken."),
             ("10:04", "Besökare", "Har ni Mille Xtra i vitt, 2,5 l?"), ("10:05", "Anna", "Ja, tre burkar i lager. Ska jag reservera en?"),
             ("10:05", "Besökare", "Gärna, till namnet Sara Westerlund. Jag hämtar i morgon.")]
    h = ['<div style="font-family:Arial"><h2>Konversation med Sara Westerlund</h2>',
         '<p>E-post: <a href="mailto:sara.westerlund@example.org">sara.westerlund@example.org</a><br>',
         'Sida: https://www.venetelakka.example.com/sv/butik/<br>Datum: 2026-03-18</p><table>']
    for t, who, txt in lines:
        h.append(f'<tr><td style="color:#888">{t}</td><td><b>{who}</b></td><td>{_html.escape(txt)}</td></tr>')
    h.append("</table></div>")
    chat("chat_transcript/ch07-tidio-sv-html.eml", "sv",
         {"name": "Sara Westerlund", "email": "sara.westerlund@example.org",
          "page": "https://www.venetelakka.example.com/sv/butik/"},
         "Tidio <no-reply@tidio.example.com>", "Ny konversation: Sara Westerlund", D(3, 18, 10, 10),
         html=html_page("\n".join(h)), mid_dom="tidio.example.com")

    # Zendesk-like en, "Name (time): text"
    chat("chat_transcript/ch08-zendeskish-en.eml", "en",
         {"name": "Priya Raman", "email": "priya.raman@example.net", "phone": "+358 44 010 7734"},
         "Zen Chat <chat-noreply@support.zenchat.example.com>", "Chat transcript with Priya Raman", D(8, 4, 13, 37),
         body="""Chat with Priya Raman
Chat ID: 2608.4471190.T3kQ
Visitor ID: 4471190
Email: priya.raman@example.net
Phone: +358 44 010 7734
Started at: 4 Aug 2026, 13:20 EEST

Priya Raman (13:20:11): hello, my outboard won't start after winter, can you look at it this week?
Markku (13:21:45): Hi Priya, what brand and size?
Priya Raman (13:22:03): Mercury 9.9 four stroke
Markku (13:23:30): Bring it in on Thursday, we'll check the carburettor first.
Priya Raman (13:24:02): ok, thank you!

Rating: Good
""", cte="7bit", charset="us-ascii", mid_dom="support.zenchat.example.com")

    # Finnish chat service (giosg-like) fi, "HH:MM:SS | who | text"
    chat("chat_transcript/ch09-kupla-fi-pipes.eml", "fi",
         {"name": "Tiina Hämäläinen", "email": "tiina.hamalainen@example.org", "company": "Hämäläisen Mökkipalvelu",
          "page": "https://www.venetelakka.example.com/fi/laituripaikat/"},
         "Kupla-chat <ilmoitukset@kuplachat.example.net>", "Chat-keskustelu päättyi – Tiina Hämäläinen", D(6, 15, 11, 8),
         body="""Keskustelu on päättynyt.

Asiakas: Tiina Hämäläinen
Yritys: Hämäläisen Mökkipalvelu
S-posti: tiina.hamalainen@example.org
Sivu: https://www.venetelakka.example.com/fi/laituripaikat/
Kesto: 7 min

10:58:14 | Tiina Hämäläinen | Päivää, onko kausipaikkoja laiturissa vielä vapaana?
10:59:02 | Päivi | Päivää! Kaksi paikkaa B-laiturissa on vapaana, leveys 3,2 m.
11:00:45 | Tiina Hämäläinen | Meidän vene on 2,9 m leveä. Paljonko kausi maksaa?
11:01:30 | Päivi | Kausi 1.5.–30.9. on 640 € sis. sähkön.
11:04:12 | Tiina Hämäläinen | Otetaan. Laitatteko laskun yrityksen nimellä?
11:05:00 | Päivi | Totta kai. Laitan sopimuksen sähköpostiin tänään.
""", cte="quoted-printable", mid_dom="kuplachat.example.net")

    # Crisp-like sv, visitor unknown name, only email
    chat("chat_transcript/ch10-crispish-sv-email-only.eml", "sv",
         {"email": "kustbo77@example.net"},
         "Crisp <notifications@crisp.example.org>", "Nytt meddelande i din inkorg (offline)", D(2, 11, 3, 22),
         body="""Du har ett nytt meddelande från en besökare medan du var offline.

Besökare: kustbo77@example.net
Webbplats: Skärgårdens Båtvarv

Meddelande:
"Hej, jag undrar om ni kan vinterförvara en vattenskoter? Den är ca 3,3 m."

Svara i Crisp: https://app.crisp.example.org/website/9a1f/inbox/
""", mid_dom="crisp.example.org")

    # chatdesk en, long transcript with visitor asking for unsubscribe (still transcript)
    chat("chat_transcript/ch11-chatdesk-en-unsubscribe-in-chat.eml", "en",
         {"name": "Mark Jensen", "email": "mark.jensen@example.com",
          "page": "https://www.venetelakka.example.com/en/"},
         CD, "Chat with Mark Jensen", D(10, 9, 9, 45),
         body="""Chat transcript

Visitor: Mark Jensen
Email: mark.jensen@example.com
Page: https://www.venetelakka.example.com/en/
Started: 2026-10-09 09:31 +03:00

[09:31] Mark Jensen: Hi, quick one: can you stop the newsletter to my email? The link at the bottom gives an error.
[09:32] Agent Päivi: Hi Mark, sorry about that. I'll pass it on, you should not receive the next one.
[09:33] Mark Jensen: Thanks. Also - is the boat wash on Saturday still running?
[09:34] Agent Päivi: Yes, 9-15 on Saturdays until end of October.
[09:34] Mark Jensen: 👍
""")  # asks to stop the newsletter inside the chat: still a transcript

    # Smartsupp-like fi HTML with plain alt, agent first, visitor without name
    body = """Uusi keskustelu – Venetelakka

Vierailija #48213
Sähköposti: ei annettu
Sivu: https://www.venetelakka.example.com/fi/hinnasto/

12:40 Vierailija #48213: paljonko maksaa pohjapesu 8 m veneelle
12:41 Markku: Hei! Painepesu 8 m veneelle on 95 €, sisältää noston yhteydessä.
12:42 Vierailija #48213: ok kiitos, soitan huomenna
"""
    chat("chat_transcript/ch12-smartsupp-fi-anonymous.eml", "fi",
         {"page": "https://www.venetelakka.example.com/fi/hinnasto/"},
         "Smartsupp <noreply@smartsupp.example.com>", "Keskustelu vierailijan #48213 kanssa", D(5, 8, 12, 44),
         body=body, html=html_page(body.replace("\n", "<br>\n")), mid_dom="smartsupp.example.com")

    # chatdesk sv transcript, base64
    chat("chat_transcript/ch13-chatdesk-sv-base64.eml", "sv",
         {"name": "Birgitta Lundqvist", "email": "birgitta.lundqvist@example.org", "phone": "0400 229 774",
          "page": "https://www.venetelakka.example.com/sv/vinterforvaring/"},
         CD, "Chatt med Birgitta Lundqvist", D(10, 14, 15, 17),
         body="""Chattutskrift

Besökare: Birgitta Lundqvist
E-post: birgitta.lundqvist@example.org
Telefon: 0400 229 774
Sida: https://www.venetelakka.example.com/sv/vinterforvaring/
Startad: 2026-10-14 15:02 +03:00

[15:02] Birgitta Lundqvist: Hej, kan jag komma åt båten under vintern för att jobba med den?
[15:03] Jonas (Båtvarvet): Hej! I kallhallen ja, vardagar 8–16 efter överenskommelse.
[15:05] Birgitta Lundqvist: Får man använda el där?
[15:06] Jonas (Båtvarvet): Ja, det finns eluttag vid varje plats, debiteras enligt förbrukning.
[15:07] Birgitta Lundqvist: Perfekt, tack.
""", cte="base64")

    # fi offline, configured sender, diacritics missing
    chat("chat_transcript/ch14-chatdesk-fi-offline.eml", "fi",
         {"name": "Oskari Lehto", "email": "oskari.lehto@example.com", "phone": "0451234987"},
         CD, "Offline-viesti: Oskari Lehto", D(1, 3, 23, 55),
         body="""Offline-viesti

Nimi: Oskari Lehto
Sähköposti: oskari.lehto@example.com
Puhelin: 0451234987

Viesti:
moi, paljonko maksaa veneen kuljetus nauvosta tampereelle? vene painaa n 2000kg traikun kanssa
""", cte="8bit")

    # LiveChat-like en, timestamps with seconds in brackets, agent name first line
    chat("chat_transcript/ch15-livechat-en-brackets.eml", "en",
         {"name": "Anders Berg", "email": "anders.berg@example.net", "company": "Berg Sailing AB"},
         "LiveChat <no-reply@livechat.example.com>", "Chat transcript: Anders Berg (Berg Sailing AB)", D(3, 5, 16, 2),
         body="""Chat transcript

Customer: Anders Berg
Company: Berg Sailing AB
E-mail: anders.berg@example.net
Group: Sales
Agent: Jonas Sundström

[2026-03-05 15:50:03] Anders Berg: Good afternoon. We are looking for a yard to do osmosis treatment on a 2004 Hallberg-Rassy 37.
[2026-03-05 15:51:20] Jonas Sundström: Hello Anders. We do that; the boat needs to dry for about 8 weeks before we can coat it.
[2026-03-05 15:53:47] Anders Berg: Understood. Could you send a rough estimate?
[2026-03-05 15:55:10] Jonas Sundström: Certainly, I'll email it by Friday.
""", cte="quoted-printable", mid_dom="livechat.example.com")

    # chatdesk fi transcript HTML-only
    h = """<h3>Keskustelun tallenne</h3>
<p>Kävijä: <b>Mirja Väisänen</b><br>Sähköposti: mirja.vaisanen@example.net<br>Puhelin: +358 40 330 5511<br>
Sivu: https://www.venetelakka.example.com/fi/kahvila/<br>Aloitettu: 2026-07-19 12:20 +03:00</p>
<p>[12:20] <b>Mirja Väisänen</b>: Onko kahvilassa gluteenittomia leivonnaisia?<br>
[12:21] <b>Päivi (Venetelakka)</b>: Hei! On, aina vähintään kahta sorttia.<br>
[12:22] <b>Mirja Väisänen</b>: Ihanaa, tullaan veneellä iltapäivällä 😊<br>
[12:22] <b>Päivi (Venetelakka)</b>: Tervetuloa! Vierassatamassa on tilaa.</p>"""
    chat("chat_transcript/ch16-chatdesk-fi-html-only.eml", "fi",
         {"name": "Mirja Väisänen", "email": "mirja.vaisanen@example.net", "phone": "+358 40 330 5511",
          "page": "https://www.venetelakka.example.com/fi/kahvila/"},
         CD, "Keskustelu: Mirja Väisänen", D(7, 19, 12, 25), html=html_page(h))


# ================================================================= data requests
def dr(path, lang, reqs, frm, subject, date, body=None, **kw):
    mail(path, {"kind": "data_request", "language": lang, "requests": reqs}, frm, subject, date, body, **kw)


def gen_data_requests():
    # ---------------- access
    dr("data_request/dr01-fi-access-formal-art15.eml", "fi", ["access"],
       "Leena Aaltonen <leena.aaltonen@example.com>", "Tietopyyntö EU:n tietosuoja-asetuksen 15 artiklan nojalla",
       D(2, 9, 9, 14), style="outlook", body="""Hyvä vastaanottaja,

pyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan perusteella
saada tiedon siitä, käsitteleekö Saariston Venetelakka Oy minua koskevia
henkilötietoja, ja jos käsittelee, jäljennöksen käsiteltävistä tiedoista sekä
tiedot käsittelyn tarkoituksista, vastaanottajista, säilytysajasta ja siitä,
mistä tiedot on saatu.

Toivon vastauksen sähköisesti tähän osoitteeseen.

Ystävällisin terveisin
Leena Aaltonen
Kaskenkatu 12 B 8, 20700 Turku""")

    dr("data_request/dr02-sv-access-informal.eml", "sv", ["access"],
       "Kristian Ek <kristian.ek@example.net>", "Mina uppgifter", D(3, 15, 20, 31), style="apple",
       body="""Hej,

Kan ni skicka mig en kopia på alla uppgifter ni har om mig? Jag har haft båtplats
hos er några år och vill veta vad som finns sparat.

Tack på förhand
Kristian

Skickat från min iPhone""")

    dr("data_request/dr03-en-access-where-number.eml", "en", ["access"],
       "Gareth Lloyd <gareth.lloyd@example.org>", "Where did you get my phone number?", D(4, 2, 11, 5), style="gmail",
       body="""Hello,

Someone from your company called me yesterday offering haul-out and storage.
I have never been your customer. Where did you get my number, and what else
do you have on file about me?

Regards,
Gareth Lloyd""")

    dr("data_request/dr04-fi-access-no-diacritics.eml", "fi", ["access"],
       "kari.jokinen@example.net", "tiedot", D(5, 11, 22, 48), style="plain", charset="us-ascii", cte="7bit",
       body="""moi
mita tietoja teilla on minusta tallessa? haluaisin nahda ne kaikki.
kari jokinen
""")

    dr("data_request/dr05-en-sar-html-only.eml", "en", ["access"],
       "Eleanor Whitfield <e.whitfield@example.com>", "Subject Access Request", D(6, 3, 15, 20), style="outlook",
       html_only=True, body="""Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the GDPR.
Please provide me with a copy of all personal data you process about me,
including booking records, correspondence and any call notes.

I look forward to your response within one month.

Yours faithfully,
Eleanor Whitfield""", content_language="en-GB")

    dr("data_request/dr06-fi-access-mista-numero.eml", "fi", ["access"],
       "Seppo Kinnunen <seppo.kinnunen@example.com>", "Mistä olette saaneet numeroni?", D(9, 29, 12, 2), style="thunderbird",
       body="""Hei

Teiltä soitettiin eilen ja tarjottiin talvisäilytystä. En ole koskaan
asioinut kanssanne. Mistä puhelinnumeroni on peräisin ja mitä muita tietoja
minusta on rekisterissänne?

Seppo Kinnunen""")

    dr("data_request/dr07-sv-access-registerutdrag.eml", "sv", ["access"],
       "Margareta Fagerström <margareta.fagerstrom@example.org>", "Begäran om registerutdrag", D(1, 14, 10, 0),
       style="outlook", content_language="sv-FI", body="""Bästa mottagare,

Med hänvisning till artikel 15 i dataskyddsförordningen ber jag att få ett
registerutdrag över de personuppgifter som Skärgårdens Båtvarv Ab behandlar om
mig, samt information om för vilket ändamål de behandlas och hur länge de sparas.

Med vänlig hälsning
Margareta Fagerström""")

    # ---------------- rectification
    dr("data_request/dr08-fi-rectification-formal-art16.eml", "fi", ["rectification"],
       "Juha Miettinen <juha.miettinen@example.net>", "Oikaisuvaatimus (tietosuoja-asetuksen 16 artikla)", D(3, 3, 8, 22),
       style="outlook", body="""Hyvä rekisterinpitäjä,

vaadin tietosuoja-asetuksen 16 artiklan nojalla, että korjaatte minua koskevat
virheelliset tiedot viipymättä:

- postiosoite: Rantakatu 7 A 3, 21600 Parainen (vanha osoite Puistotie 2 on väärä)
- puhelinnumero: 040 918 2277

Pyydän vahvistusta korjauksesta.

Juha Miettinen""")

    dr("data_request/dr09-sv-rectification-sloppy-address.eml", "sv", ["rectification"],
       "Tor Holmberg <tor.holmberg@example.com>", "fel adress", D(4, 27, 19, 3), style="apple",
       body="""hej ni har fel adress på mig, fakturan kom till min gamla. ny adress är
Strandvägen 14, 10600 Ekenäs. fixa det tack

/Tor

Skickat från min iPhone""")

    dr("data_request/dr10-en-rectification-name-typo.eml", "en", ["rectification"],
       "Siobhan McCarthy <siobhan.mccarthy@example.org>", "Name mispelled in your records", D(5, 5, 13, 14), style="gmail",
       body="""Hi,

My name is spelled wrong on all your invoices and mails - it's Siobhan, not
"Shivon". Could you please correct it in your customer register?

Thanks,
Siobhan McCarthy""")

    dr("data_request/dr11-fi-rectification-phone.eml", "fi", ["rectification"],
       "Arto Heinonen <arto.heinonen@example.com>", "Puhelinnumeron muutos", D(6, 9, 7, 41), style="gmail",
       body="""Hei,

puhelinnumeroni on vaihtunut. Uusi numero on 050 664 1208, vanha 040-numero
ei ole enää käytössä. Päivittäkää se asiakastietoihini.

t. Arto Heinonen""")

    dr("data_request/dr12-sv-rectification-name-marriage.eml", "sv", ["rectification"],
       "Emma Lindberg <emma.lindberg@example.net>", "Namnbyte", D(8, 20, 16, 30), style="outlook",
       content_language="sv-FI", body="""Hej,

Jag har gift mig och mitt efternamn är nu Lindberg (tidigare Backman).
Vänligen uppdatera mina kunduppgifter. E-postadressen är densamma.

Vänliga hälsningar
Emma Lindberg""")

    dr("data_request/dr13-en-rectification-company-typos.eml", "en", ["rectification"],
       "Niklas Forsblom <niklas@forsblomtrading.example.com>", "update my detials pls", D(9, 7, 18, 5), style="apple",
       body="""hi, pls update my detials in your sytem, I moved to a new company.
Company: Forsblom Trading Oy (not Nordic Marine anymore)
title: purchasing manager
phone +358 44 390 1122

cheers Niklas

Sent from my iPhone""")

    dr("data_request/dr14-fi-rectification-surname-inflected.eml", "fi", ["rectification"],
       "Hanna Rinne <hanna.rinne@example.org>", "Sukunimen korjaus rekisteriinne", D(10, 1, 10, 50), style="thunderbird",
       body="""Hyvää päivää,

sukunimeni on muuttunut Rinteeksi, mutta teidän kirjeissänne ja laskuissanne
lukee edelleen Nurmi. Korjaisitteko nimen asiakasrekisteriinne? Myös
sähköpostiosoitteeni on uusi: hanna.rinne@example.org (vanha hanna.nurmi@...).

Kiitos,
Hanna Rinne""")

    dr("data_request/dr15-en-rectification-wrong-email-html.eml", "en", ["rectification"],
       "Ruth Adeyemi <ruth.adeyemi@example.com>", "Incorrect details on my account", D(11, 2, 9, 9), style="outlook",
       html_only=True, content_language="en-GB", body="""Good morning,

Your records list my phone number as 045 111 2233, which belongs to someone
else. The correct number is 045 111 2323. Please amend this.

Kind regards,
Ruth Adeyemi""")

    # ---------------- erasure
    dr("data_request/dr16-fi-erasure-formal-art17.eml", "fi", ["erasure"],
       "Marjatta Hyvönen <marjatta.hyvonen@example.com>", "Pyyntö henkilötietojen poistamiseksi", D(1, 19, 13, 0),
       style="outlook", body="""Hyvä vastaanottaja,

pyydän tietosuoja-asetuksen 17 artiklan nojalla poistamaan kaikki minua
koskevat henkilötiedot rekisteristänne. Asiakkuuteni päättyi vuonna 2023,
eikä tietojen säilyttämiselle ole mielestäni enää perustetta.

Pyydän kirjallista vahvistusta poistosta.

Marjatta Hyvönen""")

    dr("data_request/dr17-sv-erasure-radera.eml", "sv", ["erasure"],
       "Jan-Ove Nyberg <jan-ove.nyberg@example.net>", "Radera mig", D(2, 22, 21, 7), style="gmail",
       body="""Hej.

Jag har sålt båten och flyttat till Sverige. Radera alla mina uppgifter ur ert
kundregister, tack.

Jan-Ove Nyberg""")

    dr("data_request/dr18-en-erasure-forget-me.eml", "en", ["erasure"],
       "Chloe Martin <chloe.martin@example.org>", "forget me", D(3, 28, 0, 12), style="apple",
       body="""Please forget me. I don't want any of my info stored with you anymore -
name, phone, email, the lot.

Chloe""")

    dr("data_request/dr19-fi-erasure-child.eml", "fi", ["erasure"],
       "Tiina Koskela <tiina.koskela@example.net>", "Lapseni tietojen poisto", D(6, 18, 20, 44), style="gmail",
       body="""Hei,

poikani Eetu Koskela (12 v.) osallistui viime kesänä teidän
purjehduskurssillenne ja hänen tietonsa jäivät rekisteriinne. Huoltajana
pyydän, että poistatte kaikki Eetua koskevat tiedot, myös kuvat
kurssirekisteristä.

Ystävällisesti
Tiina Koskela""")

    dr("data_request/dr20-sv-erasure-deceased-father.eml", "sv", ["erasure"],
       "Camilla Wahlroos <camilla.wahlroos@example.com>", "Min avlidna pappas uppgifter", D(4, 6, 14, 25), style="outlook",
       content_language="sv-FI", body="""Hej,

Min pappa Göran Wahlroos gick bort i februari. Han var kund hos er i många år
(båtplats och vinterförvaring). Båten är nu såld av dödsboet.

Som dödsbodelägare ber jag er att radera hans personuppgifter ur ert register.
Det kommer fortfarande brev och fakturor adresserade till honom.

Med vänlig hälsning
Camilla Wahlroos""")

    dr("data_request/dr21-en-erasure-on-behalf-mother.eml", "en", ["erasure"],
       "Robert Hale <robert.hale@example.net>", "Request on behalf of my mother", D(7, 7, 10, 15), style="gmail",
       body="""Hello,

I'm writing on behalf of my mother, Margaret Hale, who is 87 and no longer
uses e-mail. She rented a mooring from you until 2021. Could you please
remove her personal details from your systems? I hold power of attorney and
can send a copy if needed.

Best wishes,
Robert Hale""")

    dr("data_request/dr22-fi-erasure-sloppy.eml", "fi", ["erasure"],
       "mika.harju@example.com", "poistakaa mun tiedot", D(8, 2, 1, 33), style="plain", charset="us-ascii", cte="7bit",
       body="""poistakaa mun tiedot teidan rekisterista. en oo ollu asiakas pitkaan aikaan.
mika
""")

    dr("data_request/dr23-en-erasure-typos.eml", "en", ["erasure"],
       "Jake Morrison <jake.morrison@example.org>", "delte my acount", D(9, 13, 23, 2), style="apple",
       body="""pls delte my acount and all my persnal data from ur register. thx

Sent from my iPhone""")

    dr("data_request/dr24-sv-erasure-glom-mig.eml", "sv", ["erasure"],
       "Ulla Strömberg <ulla.stromberg@example.net>", "Radering av personuppgifter", D(10, 23, 11, 40), style="thunderbird",
       body="""Hej,

Jag vill utnyttja min rätt att bli bortglömd. Vänligen ta bort allt ni har
sparat om mig och bekräfta när det är gjort.

Ulla Strömberg""")

    dr("data_request/dr25-fi-erasure-deceased-husband-html.eml", "fi", ["erasure"],
       "Aila Rautio <aila.rautio@example.org>", "Puolisoni tiedot", D(11, 20, 12, 12), style="outlook", html_only=True,
       body="""Hei,

mieheni Erkki Rautio kuoli syyskuussa. Hänelle tulee edelleen teidän
uutiskirjeitänne ja laskumuistutuksia, vaikka vene on jo myyty.
Pyytäisin että poistatte hänen tietonsa asiakasrekisteristänne kokonaan.

Aila Rautio""")

    # ---------------- unsubscribe
    d0 = D(11, 3, 8, 0)
    dr("data_request/dr26-fi-unsub-reply-newsletter.eml", "fi", ["unsubscribe"],
       "Pirjo Lahtinen <pirjo.lahtinen@example.com>", "Re: Telakkauutiset marraskuu 2026", D(11, 3, 12, 5), style="gmail",
       in_reply_to="<news-2026-11.8f3a@venetelakka.example.com>", references="<news-2026-11.8f3a@venetelakka.example.com>",
       body=f"""En halua enää saada tätä uutiskirjettä. Linkki ei toimi puhelimella.

Pirjo

{q_gmail('fi', d0, 'Saariston Venetelakka', 'uutiskirje@venetelakka.example.com')}

{quote(NEWS_FI)}""")

    dr("data_request/dr27-sv-unsub-avsluta.eml", "sv", ["unsubscribe"],
       "Göran Lindfors <goran.lindfors@example.org>", "Avsluta prenumeration", D(11, 4, 9, 30), style="outlook",
       content_language="sv-FI", body="""Hej,

Vänligen avsluta min prenumeration på Varvsnytt.

Göran Lindfors""")

    dr("data_request/dr28-en-unsub-stop-sending.eml", "en", ["unsubscribe"],
       "Paul Dawson <paul.dawson@example.net>", "STOP", D(5, 20, 17, 55), style="plain", charset="us-ascii", cte="7bit",
       body="""Stop sending me these emails.
""")

    # List-Unsubscribe mailto generated mail
    raw("data_request/dr29-en-list-unsubscribe-mailto.eml", {"kind": "data_request", "language": "en", "requests": ["unsubscribe"]},
        [("Return-Path", "<f.moreau@example.com>"),
         ("Received", received("mail-qk1-f170.mailhost.example.com", D(11, 3, 14, 2))),
         ("Authentication-Results", authres("example.com")),
         ("Date", datestr(D(11, 3, 13, 2, tz=1))), ("From", "f.moreau@example.com"),
         ("To", "unsubscribe@venetelakka.example.com"),
         ("Subject", "unsubscribe"), ("Message-ID", f"<{hexid(20)}@mailhost.example.com>")],
        Part("text/plain", "This message was automatically generated by Gmail.\n", "UTF-8", "7bit"))

    dr("data_request/dr30-fi-unsub-peruutus.eml", "fi", ["unsubscribe"],
       "Reijo Kallio <reijo.kallio@example.net>", "Uutiskirjeen tilauksen peruutus", D(3, 6, 8, 13), style="thunderbird",
       body="""Hei,

peruutan Telakkauutisten tilauksen. Kiitos tähänastisista.

Reijo Kallio""")

    d0 = D(11, 3, 8, 0)
    dr("data_request/dr31-en-unsub-outlook-above-quote.eml", "en", ["unsubscribe"],
       "Simon Clarke <simon.clarke@example.org>", "RE: Boatyard News - November 2026", D(11, 5, 10, 21), style="outlook",
       content_language="en-GB", body=f"""Please remove me from your mailing list. I sold my boat in the spring.

Simon Clarke

{q_outlook('en', d0, 'Saariston Venetelakka <uutiskirje@venetelakka.example.com>', 'Simon Clarke <simon.clarke@example.org>', 'Boatyard News - November 2026')}

{NEWS_EN}""")

    dr("data_request/dr32-sv-unsub-avregistrera-apple.eml", "sv", ["unsubscribe"],
       "Lena Sjöholm <lena.sjoholm@example.com>", "Sv: Varvsnytt november 2026", D(11, 3, 19, 40), style="apple",
       body=f"""Avregistrera mig, tack.

Lena

{q_apple('sv', D(11, 3, 8, 0), 'Skärgårdens Båtvarv', 'nyhetsbrev@venetelakka.example.com')}
>
{quote(NEWS_SV)}""")

    dr("data_request/dr33-fi-unsub-no-diacritics.eml", "fi", ["unsubscribe"],
       "Timo Salminen <timo.salminen@example.com>", "uutiskirje pois", D(7, 14, 6, 5), style="gmail",
       body="""Hei, en halua enaa uutiskirjetta sahkopostiini. Poistakaa osoite postituslistalta.
Timo""")

    # ---------------- subscribe
    dr("data_request/dr34-fi-subscribe.eml", "fi", ["subscribe"],
       "Satu Ylinen <satu.ylinen@example.org>", "Uutiskirjeen tilaus", D(4, 18, 12, 22), style="gmail",
       body="""Hei!

Haluaisin tilata Telakkauutiset sähköpostiini. Olemme uusia veneilijöitä
Nauvossa ja kiinnostaa tietää huoltopäivistä ja tapahtumista.

Satu Ylinen""")

    dr("data_request/dr35-sv-subscribe.eml", "sv", ["subscribe"],
       "Nils Backström <nils.backstrom@example.net>", "Nyhetsbrev", D(2, 12, 18, 2), style="apple",
       body="""Hej, jag vill gärna få ert nyhetsbrev på svenska till den här adressen.

Nils""")

    dr("data_request/dr36-en-subscribe.eml", "en", ["subscribe"],
       "Amelia Brooks <amelia.brooks@example.com>", "Newsletter sign-up", D(8, 26, 20, 0), style="outlook",
       content_language="en-GB", body="""Hello,

Could you add me to your newsletter? The sign-up form on the website gave an
error.

Thanks,
Amelia Brooks""")

    # ---------------- objection
    dr("data_request/dr37-fi-objection-no-phone-marketing.eml", "fi", ["objection"],
       "Raimo Vesterinen <raimo.vesterinen@example.com>", "Puhelinmarkkinointi", D(9, 22, 16, 46), style="outlook",
       body="""Hei,

kiellän puhelinmarkkinoinnin numerooni 040 221 9087. Teiltä on soitettu
kolme kertaa kuukauden sisällä. Sähköpostilla saa jatkossakin tiedottaa
huoltoasioista.

Raimo Vesterinen""")

    dr("data_request/dr38-sv-objection-profiling.eml", "sv", ["objection"],
       "Sofia Granqvist <sofia.granqvist@example.org>", "Invändning mot profilering", D(5, 14, 9, 55), style="thunderbird",
       body="""Hej,

Jag invänder enligt artikel 21 i dataskyddsförordningen mot att ni använder
mina köp- och bokningsuppgifter för profilering och riktad marknadsföring.
Mina uppgifter får användas för att sköta båtplatsavtalet, inte till annat.

Sofia Granqvist""")

    dr("data_request/dr39-en-objection-restrict.eml", "en", ["objection"],
       "David Okafor <david.okafor@example.net>", "Restriction of processing", D(6, 30, 14, 10), style="gmail",
       body="""Hello,

I dispute the accuracy of the damage report you have recorded under my name
from last winter. Until this is resolved, please restrict the processing of
my personal data (Art. 18 GDPR) - do not use or share it.

David Okafor""")

    dr("data_request/dr40-fi-objection-alkaa-soittako.eml", "fi", ["objection"],
       "Kirsi Mattila <kirsi.mattila@example.net>", "älkää soittako", D(10, 5, 18, 18), style="apple",
       body="""Älkää enää soittako minulle myyntipuheluita. En ole kiinnostunut.

Kirsi

Lähetetty iPhonesta""")

    dr("data_request/dr41-sv-objection-begransning-html.eml", "sv", ["objection"],
       "Peter Åström <peter.astrom@example.com>", "Begränsning av behandling", D(3, 19, 11, 11), style="outlook",
       html_only=True, content_language="sv-FI", body="""Hej,

Jag vill inte längre bli kontaktad i marknadsföringssyfte, varken per telefon,
sms eller brev. Jag motsätter mig all direktmarknadsföring.

Peter Åström""")

    # ---------------- personnel
    dr("data_request/dr42-fi-personnel-former-payroll.eml", "fi", ["personnel"],
       "Janne Honkanen <janne.honkanen@example.com>", "Palkkatiedot kesältä 2024", D(2, 2, 10, 2), style="gmail",
       body="""Hei,

olin teillä telakkatyöntekijänä kesät 2023 ja 2024. Tarvitsisin kopion
palkkalaskelmistani ja työsuhteeni tiedoista, jotka teillä on
henkilöstörekisterissä (työtodistusta ja eläkeasiaa varten).

Janne Honkanen
040 887 1290""")

    dr("data_request/dr43-sv-personnel-working-time.eml", "sv", ["personnel"],
       "Mats Gustafsson <mats.gustafsson@example.net>", "Mina arbetstidsuppgifter", D(6, 1, 7, 30), style="outlook",
       content_language="sv-FI", body="""Hej,

Jag jobbar i verkstaden sedan 2022. Kan jag få ut mina arbetstidsuppgifter
och semesterdagar som finns registrerade i personalregistret för 2025–2026?
Jag tror att övertiden i mars saknas.

Mats Gustafsson""")

    dr("data_request/dr44-en-personnel-hr-file.eml", "en", ["personnel"],
       "Lukas Schneider <lukas.schneider@example.org>", "Copy of my employee file", D(9, 16, 19, 49), style="gmail",
       body="""Hi,

I worked for you as a seasonal yard hand in summer 2025. Could I get a copy of
the personnel data you keep about me - contract, timesheets, sick leave
records? I need it for my visa application.

Thanks,
Lukas Schneider""")

    # ---------------- two requests
    dr("data_request/dr45-fi-access-then-erasure.eml", "fi", ["access", "erasure"],
       "Outi Nurminen <outi.nurminen@example.com>", "Tietojeni tarkastus ja poisto", D(4, 10, 15, 35), style="outlook",
       body="""Hei,

haluaisin ensin nähdä, mitä tietoja minusta on tallennettu rekisteriinne.
Kun olen saanut ne, pyydän poistamaan kaikki tietoni.

Outi Nurminen""")

    dr("data_request/dr46-en-unsub-then-erasure.eml", "en", ["unsubscribe", "erasure"],
       "Victoria Lane <victoria.lane@example.net>", "Unsubscribe + delete", D(7, 28, 8, 8), style="gmail",
       body="""Hi - please unsubscribe me from the newsletter right away, and then delete
my details from your customer database altogether. I no longer keep a boat.

Victoria""")

    dr("data_request/dr47-sv-rectification-then-unsub.eml", "sv", ["rectification", "unsubscribe"],
       "Kjell Åberg <kjell.aberg@example.com>", "Ny adress och nyhetsbrevet", D(8, 11, 13, 13), style="thunderbird",
       body="""Hej,

Min nya adress är Skolgatan 3, 25700 Kimito – ändra den i kundregistret.
Och ta samtidigt bort mig från nyhetsbrevet, jag läser det inte.

Kjell Åberg""")

    dr("data_request/dr48-en-access-then-rectification.eml", "en", ["access", "rectification"],
       "Isabel Ferreira <isabel.ferreira@example.org>", "My data", D(10, 12, 16, 0), style="apple",
       body="""Hello,

Could you send me a copy of the personal data you hold on me? I suspect some
of it is out of date - in particular please correct my surname to
Ferreira-Lind and my phone to +358 40 123 9876.

Best,
Isabel""")

    dr("data_request/dr49-fi-objection-then-unsub-no-diacritics.eml", "fi", ["objection", "unsubscribe"],
       "Jorma Kettunen <jorma.kettunen@example.net>", "puhelut ja uutiskirje", D(11, 23, 17, 2), style="gmail",
       body="""Hei
En halua etta minulle soitetaan markkinointipuheluita. Lisaksi peruutan uutiskirjeen tilauksen.
Jorma K""")

    # ---------------- above a quoted thread (reply to our earlier service mail)
    dq = D(10, 20, 9, 0)
    dr("data_request/dr50-sv-erasure-above-quote.eml", "sv", ["erasure"],
       "Maj-Britt Eklund <majbritt.eklund@example.org>", "Sv: Din bokning av vinterförvaring", D(10, 21, 20, 4), style="outlook",
       content_language="sv-FI", body=f"""Hej,

Tack, men jag har bestämt mig för att sälja båten. Jag vill därför att ni
raderar mina personuppgifter ur ert kundregister.

Maj-Britt Eklund

{q_outlook('sv', dq, 'Skärgårdens Båtvarv <info@venetelakka.example.com>', 'Maj-Britt Eklund <majbritt.eklund@example.org>', 'Din bokning av vinterförvaring')}

Hej Maj-Britt,

Vi har ännu inte fått din bokning av vinterförvaring för 2026–2027. Vill du
behålla din plats i kallhallen? Svara gärna senast 31.10.

Med vänlig hälsning
Jonas Sundström
Skärgårdens Båtvarv Ab""")

    dq = D(1, 10, 9, 0)
    dr("data_request/dr51-fi-access-above-quote-gmail.eml", "fi", ["access"],
       "Ilkka Saarela <ilkka.saarela@example.com>", "Re: Muistutus: laskun eräpäivä", D(1, 12, 14, 14), style="gmail",
       body=f"""Hei,

lasku on maksettu. Samalla pyytäisin kopion kaikista minua koskevista
tiedoista, joita teillä on järjestelmissänne, koska laskussa oli vanha osoite
ja haluan tarkistaa mitä muuta siellä on.

Ilkka

{q_gmail('fi', dq, 'Saariston Venetelakka', 'laskutus@venetelakka.example.com')}
{quote('''Hei,

muistutamme, että lasku 2025-1187 (talvisäilytys) on erääntynyt 31.12.2025.

Ystävällisin terveisin
Saariston Venetelakka Oy / laskutus''')}""")


# ================================================================= automatic
def auto(path, lang, headers, root, note=None):
    meta = {"kind": "automatic", "language": lang}
    raw(path, meta, headers, root)


def H_(frm, subject, date, to=INFO, mid=None, extra=None, rp=None, helo=None):
    fa = frm.split("<")[-1].rstrip(">")
    fd = domain_of(fa) if "@" in fa else "example.net"
    h = [("Return-Path", rp if rp is not None else f"<{fa}>"),
         ("Received", received(helo or ("smtp." + fd), date)),
         ("Date", datestr(date)), ("From", frm_enc(frm, "utf-8")), ("To", to), ("Subject", ew(subject)),
         ("Message-ID", mid or f"<{hexid(16)}.{hexid(6)}@{fd}>")]
    return h + (extra or [])


def dsn(path, lang, date, orig_to, human, status, action="failed", diag="550 5.1.1 User unknown",
        mta="mx.venetelakka.example.com", frm="MAILER-DAEMON@mx.venetelakka.example.com (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender", orig_subject="Re: Tarjous talvisäilytyksestä"):
    b = f"{hexid(6).upper()}.{int(date.timestamp())}/{mta}"
    orig = (f"Return-Path: <{INFO}>\nFrom: Saariston Venetelakka <{INFO}>\nTo: <{orig_to}>\n"
            f"Subject: {ew(orig_subject)}\nDate: {datestr(date - _dt.timedelta(minutes=3))}\n"
            f"Message-ID: <{hexid(12)}@venetelakka.example.com>\n")
    parts = [Part("text/plain", human, "utf-8", "quoted-printable", params="",
                  headers=[("Content-Description", "Notification")]),
             Part("message/delivery-status", raw=(f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: {alnum(10, '0123456789ABCDEF')}\n"
                                                  f"Arrival-Date: {datestr(date - _dt.timedelta(minutes=3))}\n\n"
                                                  f"Final-Recipient: rfc822; {orig_to}\nOriginal-Recipient: rfc822;{orig_to}\n"
                                                  f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; mx.{domain_of(orig_to)}\n"
                                                  f"Diagnostic-Code: smtp; {diag}\n").encode(),
                  headers=[("Content-Description", "Delivery report")]),
             Part("text/rfc822-headers", raw=orig.encode(), headers=[("Content-Description", "Undelivered Message Headers")])]
    root = Multi("report", parts, b, params="; report-type=delivery-status")
    fa = frm.split(" ")[0]
    hs = [("Return-Path", "<>"), ("Received", f"by {mta} (Postfix)\n\tid {alnum(10, '0123456789ABCDEF')}; {datestr(date)}"),
          ("Date", datestr(date)), ("From", frm), ("Subject", ew(subject)), ("To", INFO),
          ("Auto-Submitted", "auto-replied"), ("Message-Id", f"<{hexid(12)}@{mta}>")]
    auto(path, lang, hs, root)


def gen_automatic():
    dsn("automatic/au01-dsn-postfix-en.eml", "en", D(3, 12, 10, 4), "k.virtanen@vanha.example.org",
        """This is the mail system at host mx.venetelakka.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.virtanen@vanha.example.org>: host mx.vanha.example.org[198.51.100.9] said:
    550 5.1.1 <k.virtanen@vanha.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "5.1.1")

    # Exchange NDR in Finnish, HTML + delivery-status
    d = D(5, 7, 14, 31)
    human = """Toimitus epäonnistui seuraaville vastaanottajille tai ryhmille:

anders.lindqvist@rederi.example.net
Kirjoittamaasi sähköpostiosoitetta ei löytynyt. Tarkista vastaanottajan sähköpostiosoite ja yritä lähettää viesti uudelleen. Jos ongelma ei poistu, ota yhteyttä tukipalveluun.

Järjestelmänvalvojille tarkoitetut diagnostiikkatiedot:

Luontipalvelin: AM0PR07MB4411.eurprd07.prod.outlook.example.com

anders.lindqvist@rederi.example.net
Etäpalvelin palautti viestin '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    parts = [Multi("alternative", [Part("text/plain", human, "utf-8", "quoted-printable"),
                                   Part("text/html", "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Toimitus epäonnistui seuraaville vastaanottajille tai ryhmille:</font></b></p>" + _html.escape(human).replace("\n", "<br>") + "</body></html>", "utf-8", "quoted-printable")]),
             Part("message/delivery-status", raw=b"Reporting-MTA: dns;AM0PR07MB4411.eurprd07.prod.outlook.example.com\nReceived-From-MTA: dns;AM0PR07MB4411.eurprd07.prod.outlook.example.com\n\nFinal-Recipient: rfc822;anders.lindqvist@rederi.example.net\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n")]
    auto("automatic/au02-ndr-exchange-fi.eml", "fi",
         H_("postmaster@venetelakka.example.com", "Toimitus epäonnistui: Tarjous: telakkapalvelut 2026", d,
            extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fi-FI")],
            rp="<>"),
         Multi("report", parts, "_000_" + alnum(20) + "_", params="; report-type=delivery-status"))

    # Delay notification
    dsn("automatic/au03-dsn-delay-en.eml", "en", D(8, 19, 6, 1), "booking@hotelli-saaristo.example.org",
        """This is the mail system at host mx.venetelakka.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<booking@hotelli-saaristo.example.org>: connect to
    mx.hotelli-saaristo.example.org[203.0.113.40]:25: Connection timed out
""", "4.4.1", action="delayed", diag="421 4.4.1 Connection timed out",
        subject="Delayed Mail (still being retried)", orig_subject="Henkilökunnan pikkujoulut - majoitusvaraus")

    # Swedish NDR
    dsn("automatic/au04-ndr-sv.eml", "sv", D(10, 2, 12, 33), "bengt.nordqvist@kustpost.example.net",
        """Det gick inte att leverera meddelandet till följande mottagare:

bengt.nordqvist@kustpost.example.net
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka meddelandet igen senare.
""", "5.2.2", diag="552 5.2.2 Mailbox full", frm="Mail Delivery Subsystem <mailer-daemon@kustpost.example.net>",
        subject="Olevererbart: Bekräftelse på upptagning v. 41", orig_subject="Bekräftelse på upptagning v. 41",
        mta="mx.kustpost.example.net")

    # OOF fi with Auto-Submitted
    auto("automatic/au05-ooo-fi.eml", "fi",
         H_("Sari Huttunen <sari.huttunen@satamapalvelu.example.com>", "Automaattinen vastaus: Veneenkuljetus 14.7.", D(7, 10, 9, 2),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply"),
                   ("In-Reply-To", "<a81c@venetelakka.example.com>")]),
         Part("text/plain", """Hei,

olen kesälomalla 6.7.–2.8.2026 enkä lue sähköpostiani. Kiireellisissä asioissa
ota yhteyttä kollegaani Mikko Saloseen, mikko.salonen@satamapalvelu.example.com,
puh. 040 100 2003.

Ystävällisin terveisin
Sari Huttunen""", "utf-8", "quoted-printable"))

    # OOF sv Outlook-style without Auto-Submitted (only X-Auto-Response-Suppress + subject)
    txt = """Hej,

Tack för ditt meddelande. Jag är på semester till och med den 9 augusti och
har begränsad tillgång till e-post. Vid brådskande ärenden, kontakta
vaxel@kommun.example.org.

Med vänlig hälsning
Britt-Marie Holmström"""
    auto("automatic/au06-ooo-sv-outlook.eml", "sv",
         H_("Britt-Marie Holmström <britt-marie.holmstrom@kommun.example.org>", "Automatiskt svar: Offert bryggor", D(7, 21, 11, 16),
            extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "britt-marie.holmstrom@kommun.example.org"),
                   ("Auto-Submitted", "auto-generated"), ("Content-Language", "sv-SE")]),
         Multi("alternative", [Part("text/plain", txt, "iso-8859-1", "quoted-printable"),
                               Part("text/html", text_to_html(txt, "outlook").replace("charset=utf-8", "charset=iso-8859-1"), "iso-8859-1", "quoted-printable")], "_000_" + alnum(20) + "_"))

    # OOF en
    auto("automatic/au07-ooo-en.eml", "en",
         H_("James Whitaker <james.whitaker@example.com>", "Out of Office: Re: Survey quote", D(12, 1, 8, 0, tz=0),
            extra=[("Auto-Submitted", "auto-replied")]),
         Part("text/plain", "I'm away until 7 December with no access to email. For urgent matters please call the office on +44 20 7946 0000.\n\nJames\n", "us-ascii", "7bit"))

    # OOF fi, only subject marker + X-Autoreply, mentions data protection (trap words)
    auto("automatic/au08-autoreply-fi-gdpr-words.eml", "fi",
         H_("Asiakaspalvelu <asiakaspalvelu@vakuutus.example.net>", "Kiitos viestistäsi", D(2, 16, 13, 22),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
         Part("text/plain", """Kiitos yhteydenotostasi!

Vastaamme viesteihin arkisin viiden työpäivän kuluessa. Jos asiasi koskee
henkilötietojesi tarkastamista, korjaamista tai poistamista, käytäthän
sivuillamme olevaa tietosuojalomaketta.

Tähän viestiin ei voi vastata.

Vakuutusyhtiö Esimerkki""", "utf-8", "quoted-printable"))

    # mailing list with List-Id (sv boating association)
    auto("automatic/au09-list-sv-batforbund.eml", "sv",
         H_("Per Lindén <per.linden@example.org>", "[varvslistan] Slipvagn till salu", D(4, 3, 19, 12), to="varvslistan@lists.batforbund.example.org",
            extra=[("List-Id", ew("Varv och marinor i Åboland") + " <varvslistan.lists.batforbund.example.org>"),
                   ("List-Unsubscribe", "<mailto:varvslistan-leave@lists.batforbund.example.org>"),
                   ("List-Post", "<mailto:varvslistan@lists.batforbund.example.org>"),
                   ("Precedence", "list"), ("Sender", "varvslistan-bounces@lists.batforbund.example.org"),
                   ("Errors-To", "varvslistan-bounces@lists.batforbund.example.org")]),
         Part("text/plain", """Hej alla,

Vi säljer en begagnad slipvagn (max 12 t) i bra skick. Intresserade kan
kontakta mig direkt.

Per Lindén
Korpo Marina

_______________________________________________
varvslistan mailing list
varvslistan@lists.batforbund.example.org
https://lists.batforbund.example.org/mailman/listinfo/varvslistan""", "utf-8", "8bit"))

    # supplier bulk newsletter fi
    nl = """Marinetarvike Oy – uutiskirje 10/2026

Syksyn kampanja: pohjamaalit -20 % 31.10. asti!

Tutustu uuteen kiinnikevalikoimaamme verkkokaupassa.

Saat tämän viestin, koska olet asiakkaamme. Jos et halua enää vastaanottaa
uutiskirjettämme, voit perua tilauksen täältä:
https://www.marinetarvike.example.net/uutiskirje/peru?id=55821
"""
    auto("automatic/au10-bulk-newsletter-fi.eml", "fi",
         H_("Marinetarvike Oy <uutiskirje@marinetarvike.example.net>", "Syksyn kampanja: pohjamaalit -20 %", D(10, 6, 7, 0),
            extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@marinetarvike.example.net?subject=unsubscribe>, <https://www.marinetarvike.example.net/uutiskirje/peru?id=55821>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Mailchimp Mailer - **CID" + hexid(10) + "**"),
                   ("Feedback-ID", "55821:us12:mc")]),
         Multi("alternative", [Part("text/plain", nl, "utf-8", "quoted-printable"),
                               Part("text/html", html_page("<h1>Syksyn kampanja</h1>" + _html.escape(nl).replace("\n", "<br>")), "utf-8", "quoted-printable")]))

    # newsletter talking about GDPR rights (en)
    nl = """PrivacyPulse Weekly - Issue 112

This week: Your rights under GDPR, explained

Did you know that you can ask any company for a copy of the data they hold
about you? Under Article 15 you have the right of access; under Article 17
you can ask them to delete your data ("the right to be forgotten"), and you
can always unsubscribe from marketing or object to profiling.

In this issue:
- How to write a subject access request
- Five companies fined for ignoring erasure requests
- Template: "Please delete my personal data"

You are receiving this because you subscribed at privacypulse.example.org.
Unsubscribe: https://privacypulse.example.org/u/8812a
"""
    auto("automatic/au11-bulk-newsletter-en-gdpr-topic.eml", "en",
         H_("PrivacyPulse <news@privacypulse.example.org>", "Your right to be forgotten - and how to use it", D(9, 9, 6, 30, tz=0),
            extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://privacypulse.example.org/u/8812a>, <mailto:leave-8812a@privacypulse.example.org>"),
                   ("List-Id", "PrivacyPulse Weekly <weekly.privacypulse.example.org>")]),
         Multi("alternative", [Part("text/plain", nl, "utf-8", "quoted-printable"),
                               Part("text/html", html_page(_html.escape(nl).replace("\n", "<br>")), "utf-8", "quoted-printable")]))

    # calendar reply
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Olli Mustonen:mailto:olli.mustonen@example.com
SUMMARY;LANGUAGE=fi-FI:Hyväksytty: Veneen luovutus
DTSTART;TZID=FLE Standard Time:20260515T100000
DTEND;TZID=FLE Standard Time:20260515T110000
UID:040000008200E00074C5B7101A82E0080000000030ABCDEF
SEQUENCE:0
DTSTAMP:20260508T081500Z
END:VEVENT
END:VCALENDAR
"""
    auto("automatic/au12-calendar-accept-fi.eml", "fi",
         H_("Olli Mustonen <olli.mustonen@example.com>", "Hyväksytty: Veneen luovutus", D(5, 8, 11, 15),
            extra=[("Thread-Topic", "Veneen luovutus"), ("Content-Language", "fi-FI")]),
         Multi("alternative", [Part("text/plain", "", "utf-8", "quoted-printable"),
                               Part("text/calendar", ics, "utf-8", "base64", params="; method=REPLY")]))

    # read receipt fi (MDN)
    auto("automatic/au13-read-receipt-fi.eml", "fi",
         H_("Tapio Lahti <tapio.lahti@example.net>", "Luettu: Tarjous: pohjamaalaus", D(3, 17, 8, 44)),
         Multi("report", [Part("text/plain", "Viesti\n\n  Vastaanottaja: Tapio Lahti\n  Aihe: Tarjous: pohjamaalaus\n  Lähetetty: 16.3.2026 15.02\n\nluettiin 17.3.2026 8.44.\n", "utf-8", "quoted-printable"),
                          Part("message/disposition-notification", raw=b"Reporting-UA: tapio-pc; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;tapio.lahti@example.net\nOriginal-Message-ID: <55a1@venetelakka.example.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
               params="; report-type=disposition-notification"))

    # ticket acknowledgement en
    auto("automatic/au14-ticket-ack-en.eml", "en",
         H_("Harbour Software Support <support@harboursoft.example.com>", "[Ticket #48211] We received your request: berth map not loading", D(4, 22, 13, 3, tz=1),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "48211")]),
         Part("text/plain", """Hello,

Thank you for contacting Harbour Software Support. Your request has been
logged as ticket #48211. One of our agents will reply within 1 business day.

Please do not reply to this message; to add information, use the ticket link:
https://support.harboursoft.example.com/tickets/48211

-- Harbour Software Support""", "us-ascii", "7bit"))

    # WordPress plugin update from configured form sender
    auto("automatic/au15-wp-plugin-update-from-form-sender.eml", "en",
         H_(WP, "[Saariston Venetelakka] Some plugins were automatically updated", D(6, 4, 3, 12),
            extra=[("X-Mailer", PHPM)]),
         Part("text/plain", """Howdy! Some plugins have automatically updated to their latest versions on your site at https://www.venetelakka.example.com. No further action is needed on your part.

These plugins are now up to date:
- Contact Form 7 (from version 5.9.5 to 5.9.6)
- Flamingo (from version 2.4 to 2.5)

If you experience any issues or need support, the volunteers in the WordPress.org support forums may be able to help.

The WordPress Team
""", "UTF-8", "8bit"))

    # WP password reset from configured form sender
    auto("automatic/au16-wp-password-reset-from-form-sender.eml", "en",
         H_(WP, "[Saariston Venetelakka] Password Reset", D(8, 13, 9, 40), extra=[("X-Mailer", PHPM)]),
         Part("text/plain", """Someone has requested a password reset for the following account:

Site Name: Saariston Venetelakka

Username: paivi.koskinen

If this was a mistake, ignore this email and nothing will happen.

To reset your password, visit the following address:

https://www.venetelakka.example.com/wp-login.php?action=rp&key=Zx81kPq2&login=paivi.koskinen&wp_lang=fi

This password reset request originated from the IP address 192.0.2.44.
""", "UTF-8", "8bit"))

    # spam-filter digest from configured form sender (Finnish)
    auto("automatic/au17-spam-digest-fi-from-form-sender.eml", "fi",
         H_(WP, "[Saariston Venetelakka] Roskapostisuodattimen viikkoraportti", D(11, 2, 5, 0), extra=[("X-Mailer", PHPM)]),
         Part("text/plain", """Roskapostisuodatin esti viime viikolla 37 lomakeviestiä.

Esimerkkejä estetyistä lähetyksistä:
- "Nimi: Crypto Invest  Sähköposti: win@promo.example.net  Viesti: Earn 5000 EUR..."
- "Nimi: SEO Expert  Sähköposti: seo@rank.example.org  Viesti: Your website is not on page 1..."

Voit tarkastella kaikkia estettyjä viestejä hallintapaneelissa:
https://www.venetelakka.example.com/wp-admin/admin.php?page=flamingo_inbound&post_status=spam

Tämä viesti on lähetetty automaattisesti.
""", "UTF-8", "quoted-printable"))

    # lomake@ monthly report (configured form sender, Swedish)
    auto("automatic/au18-form-monthly-report-sv.eml", "sv",
         H_(LOM, "Månadsrapport: formulär på venetelakka.example.com (oktober)", D(11, 1, 4, 0),
            extra=[("Auto-Submitted", "auto-generated")]),
         Part("text/plain", """Månadsrapport för oktober 2026

Antal inlämningar per formulär:
  Kontakt (fi)      41
  Kontakt (sv)      17
  Contact (en)      12
  Gästhamn           9

Konverteringsgrad: 3,1 %

Detta är ett automatiskt meddelande.
""", "utf-8", "quoted-printable"))

    # chat service weekly report from configured chat sender
    auto("automatic/au19-chat-weekly-report-from-chat-sender.eml", "en",
         H_(CD, "Your weekly Chatdesk summary (16–22 Nov)", D(11, 23, 6, 0),
            extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]),
         Multi("alternative", [Part("text/plain", """Weekly summary for Saariston Venetelakka

Chats: 23 (+4)
Missed chats: 3
Offline messages: 5
Average response time: 41 s
Customer satisfaction: 96 %

Top pages:
  /fi/talvisailytys/   9
  /sv/vinterforvaring/ 5

Manage notification settings: https://app.chatdesk.example.net/settings/notifications
""", "utf-8", "quoted-printable"), Part("text/html", html_page("<h2>Weekly summary</h2><p>Chats: 23 (+4)<br>Missed chats: 3<br>Offline messages: 5</p>"), "utf-8", "quoted-printable")]))

    # parcel notification no-reply fi
    auto("automatic/au20-noreply-parcel-fi.eml", "fi",
         H_("Pakettipalvelu <noreply@paketti.example.com>", "Lähetyksesi JJFI64123400012345 on noudettavissa", D(3, 25, 12, 1)),
         Part("text/plain", """Hei,

lähetyksesi JJFI64123400012345 (lähettäjä: Marinetarvike Oy) on noudettavissa
Nauvon pakettiautomaatista 1.4.2026 asti.

Noutokoodi: 471188

Tähän viestiin ei voi vastata.""", "utf-8", "quoted-printable"))

    # e-invoice operator no-reply sv
    auto("automatic/au21-noreply-einvoice-sv.eml", "sv",
         H_("E-faktura <no-reply@efaktura.example.net>", "Ny e-faktura har mottagits", D(9, 30, 4, 12)),
         Part("text/plain", """Ni har fått en ny e-faktura.

Avsändare: Skärgårdens El Ab
Förfallodag: 14.10.2026
Belopp: 1 248,50 EUR

Logga in för att granska fakturan. Detta meddelande kan inte besvaras.""", "utf-8", "quoted-printable"))

    # platform notification: social media
    auto("automatic/au22-platform-social-en.eml", "en",
         H_("Facebook <notification@facebookmail.example.com>", "Saariston Venetelakka has 3 new reviews", D(6, 21, 17, 3),
            extra=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://www.facebookmail.example.com/o.php?k=AS2&u=1000>"),
                   ("Precedence", "bulk")]),
         Multi("alternative", [Part("text/plain", "Your Page Saariston Venetelakka has 3 new reviews.\n\n\"Great service, boat was ready on time\" - 5 stars\n\nSee all reviews: https://www.facebook.example.com/venetelakka/reviews\n", "utf-8", "quoted-printable"),
                               Part("text/html", html_page("<p>Your Page <b>Saariston Venetelakka</b> has 3 new reviews.</p>"), "utf-8", "quoted-printable")]))

    # auto-reply sv from a company ("Tack för ditt mejl")
    auto("automatic/au23-autoreply-sv-company.eml", "sv",
         H_("Kundtjänst Åbolands Båtförsäkring <kundtjanst@batforsakring.example.org>", "Re: Skadeanmälan båt FIN-44192 [ärende 77102]", D(9, 8, 10, 2),
            extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "junk")]),
         Part("text/plain", """Tack för ditt mejl!

Vi har tagit emot ditt ärende (77102) och återkommer så snart som möjligt,
vanligtvis inom tre arbetsdagar.

Detta är ett automatiskt svar.""", "utf-8", "quoted-printable"))

    # domain renewal from no-reply
    auto("automatic/au24-noreply-domain-en.eml", "en",
         H_("Domain Services <no-reply@domains.example.net>", "Action required: venetelakka.example.com expires in 30 days", D(1, 5, 2, 0, tz=0)),
         Part("text/plain", "Your domain venetelakka.example.com will expire on 4 February 2026. Auto-renewal is ON; the card ending 4421 will be charged.\n\nThis mailbox is not monitored.\n", "us-ascii", "7bit"))

    # OOF en from a person, body mentions "unsubscribe" in sig; Auto-Submitted
    auto("automatic/au25-ooo-en-parental.eml", "en",
         H_("Katarzyna Nowak <k.nowak@balticyacht.example.com>", "Automatic reply: Re: Partnership for winter storage", D(11, 9, 10, 30, tz=1),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
         Part("text/plain", """Thank you for your message. I am on parental leave until 1 March 2027.
Please contact office@balticyacht.example.com instead.

--
Baltic Yacht Services | To unsubscribe from our marketing emails, reply with REMOVE.""", "utf-8", "quoted-printable"))

    # mailing list digest fi (Mailman), List-Id only, no Precedence
    auto("automatic/au26-list-digest-fi.eml", "fi",
         H_("telakat-request@lista.veneilijat.example.org", "Telakat-lista kooste, Vol 14, Numero 6", D(6, 6, 7, 0), to="telakat@lista.veneilijat.example.org",
            extra=[("List-Id", "Saariston telakoiden keskustelulista <telakat.lista.veneilijat.example.org>"),
                   ("List-Unsubscribe", "<https://lista.veneilijat.example.org/mailman/options/telakat>, <mailto:telakat-request@lista.veneilijat.example.org?subject=unsubscribe>"),
                   ("List-Archive", "<https://lista.veneilijat.example.org/pipermail/telakat/>")]),
         Part("text/plain", """Lähetä telakat-listalle tarkoitetut viestit osoitteeseen
	telakat@lista.veneilijat.example.org

Listalta eroaminen tai tilauksen muuttaminen:
	https://lista.veneilijat.example.org/mailman/listinfo/telakat

Tämän päivän aiheet:

   1. Pohjamaalin poisto hiekkapuhalluksella? (Esa K.)
   2. Re: Vesirajan teippaus (Marja S.)

----------------------------------------------------------------------

Viesti: 1
Päiväys: Fri, 5 Jun 2026 18:22:10 +0300
Lähettäjä: Esa K.
Aihe: Pohjamaalin poisto hiekkapuhalluksella?

Onko kenelläkään kokemusta soodapuhalluksesta lasikuituveneelle?
""", "utf-8", "8bit"))

    # Teams/meeting platform notification fi, no-reply
    auto("automatic/au27-noreply-bank-fi.eml", "fi",
         H_("Pankki <ei-vastausta@pankki.example.com>", "Uusi viesti verkkopankissa", D(2, 27, 6, 5)),
         Multi("alternative", [Part("text/plain", "Hei,\n\nsinulle on uusi viesti verkkopankissa. Kirjaudu lukeaksesi viestin.\n\nTähän viestiin ei voi vastata.\n", "utf-8", "quoted-printable"),
                               Part("text/html", html_page("<p>Hei,</p><p>sinulle on uusi viesti verkkopankissa.</p>"), "utf-8", "quoted-printable")]))

    # calendar decline sv
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;CN=Stefan Holm;PARTSTAT=DECLINED:mailto:stefan.holm@example.net
SUMMARY:Båtmässa planeringsmöte
DTSTART:20260212T080000Z
DTEND:20260212T090000Z
UID:7kq1m8j2a9b3c4d5e6f7g8h9@google.example.com
END:VEVENT
END:VCALENDAR
"""
    auto("automatic/au28-calendar-decline-sv.eml", "sv",
         H_("Stefan Holm <stefan.holm@example.net>", "Avböjt: Båtmässa planeringsmöte @ tors 12 feb. 2026 10:00 – 11:00 (EET)", D(2, 5, 14, 12)),
         Multi("mixed", [Multi("alternative", [Part("text/plain", "Stefan Holm har avböjt den här inbjudan.\n\nBåtmässa planeringsmöte\ntorsdag 12 feb. 2026 10:00 – 11:00 (EET)\n\nInbjudan från Google Kalender\n", "UTF-8", "quoted-printable"),
                                               Part("text/calendar", ics, "UTF-8", "7bit", params="; method=REPLY")]),
                         attachment("application/ics", "invite.ics", ics.encode())]))

    # bounce from google-style mailer-daemon (en)
    dsn("automatic/au29-dsn-gmailish-en.eml", "en", D(6, 17, 16, 45), "matt.h@closedcompany.example.com",
        """** Address not found **

Your message wasn't delivered to matt.h@closedcompany.example.com because the domain closedcompany.example.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: DNS type 'mx' lookup of closedcompany.example.com responded with code NXDOMAIN
""", "5.1.2", diag="DNS Error: NXDOMAIN", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        subject="Delivery Status Notification (Failure)", orig_subject="Re: Invoice 2026-0412", mta="mx.googlemail.example.com")

    # webshop order notification, Auto-Submitted auto-generated, sv
    auto("automatic/au30-webshop-order-sv.eml", "sv",
         H_("Butiken <noreply@butik.venetelakka.example.com>", "Ny beställning #10482", D(4, 29, 21, 14),
            extra=[("Auto-Submitted", "auto-generated")]),
         Part("text/plain", """Ny beställning har inkommit i webbutiken.

Beställning: #10482
Kund: Linnea Öhman
Produkter: 2 x Fenderlina 12 mm, 1 x Båtvax 500 ml
Summa: 54,80 EUR
Leverans: Hämtas i butiken

Hantera beställningen: https://butik.venetelakka.example.com/admin/orders/10482""", "utf-8", "quoted-printable"))

    # OOF sv with Auto-Submitted, Thunderbird vacation (sieve)
    auto("automatic/au31-vacation-sieve-sv.eml", "sv",
         H_("Kent Backman <kent.backman@skolan.example.org>", "Frånvaro: Re: Segelkurs för skolans elever", D(6, 24, 8, 3),
            extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]),
         Part("text/plain", "Jag är ledig till 10.8. Ditt meddelande läses efter det.\n\nKent\n", "utf-8", "8bit"))

    # GDPR-topic bulk newsletter from a Finnish association (fi)
    nl = """Yrittäjäyhdistyksen jäsenkirje 3/2026

Tietosuoja pienyrityksessä: muista, että asiakkaallasi on oikeus saada
rekisteriote, pyytää tietojensa korjaamista tai poistamista sekä kieltää
suoramarkkinointi. Vastaa pyyntöihin kuukauden kuluessa!

Jäsenilta 14.5. klo 18 Paraisilla.

Et halua jäsenkirjettä sähköpostiisi? Peru tilaus vastaamalla tähän
viestiin sanalla "peru" tai klikkaa: https://yrittajat.example.org/peru
"""
    auto("automatic/au32-bulk-member-letter-fi-gdpr.eml", "fi",
         H_("Paraisten Yrittäjät <jasenposti@yrittajat.example.org>", "Jäsenkirje 3/2026: tietosuoja ja kevään tapahtumat", D(4, 28, 8, 0),
            extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:peru@yrittajat.example.org>"),
                   ("X-Mailer", "Mailer Pro 4.2")]),
         Part("text/plain", nl, "utf-8", "quoted-printable"))


# ================================================================= other (traps)
def oth(path, lang, frm, subject, date, body=None, **kw):
    mail(path, {"kind": "other", "language": lang}, frm, subject, date, body, **kw)


DISCLAIMER_EN = """CONFIDENTIALITY AND DATA PROTECTION NOTICE: This e-mail and any attachments
are confidential and intended solely for the addressee. If you have received
it in error, please notify the sender and delete it. We process personal data
in accordance with the GDPR; you have the right to access, rectify or erase
your data, to object to processing and to unsubscribe from our communications
at any time. See https://www.nordlaw.example.com/privacy"""

SIG_FI_GDPR = """--
Minna Kauppinen | Myyntipäällikkö
Saaristo Sähkö Oy | 040 771 2211
Käsittelemme henkilötietoja tietosuojaselosteemme mukaisesti. Voit pyytää
tietojesi tarkastamista tai poistamista osoitteesta tietosuoja@saaristosahko.example.net."""


def gen_other():
    oth("other/ot01-en-gdpr-saas-pitch.eml", "en", "Ryan Cole <ryan.cole@dsarflow.example.io.example.com>",
        "Are you ready for your next data subject request?", D(2, 10, 15, 2), style="gmail", body="""Hi there,

Small businesses receive on average 3-5 data subject requests a year -
"send me my data", "delete me", "unsubscribe me" - and each one takes hours
to handle by hand.

DSARFlow automates access and erasure requests end-to-end, with audit
trails your data protection authority will love. Could I show you a
15-minute demo next week?

Best,
Ryan Cole
Account Executive, DSARFlow

If you'd rather not hear from me, just let me know.""")

    oth("other/ot02-fi-gdpr-consulting-pitch.eml", "fi", "Tietoturvakonsultit <myynti@tietosuojapartner.example.net>",
        "Onko yrityksenne tietosuoja kunnossa?", D(3, 2, 9, 30), style="outlook", body="""Hei,

tietosuojavaltuutetun toimisto on viime vuosina määrännyt seuraamusmaksuja
myös pienille yrityksille, jotka eivät ole vastanneet rekisteröityjen
tarkastus- tai poistopyyntöihin ajoissa.

Tarjoamme kiinteähintaisen tietosuojakatselmoinnin (1 490 € + alv), joka
sisältää rekisteriselosteen päivityksen ja prosessin tietopyyntöjen
käsittelyyn. Sopisiko lyhyt puhelu ensi viikolla?

Ystävällisin terveisin
Ari Toivonen
Tietosuojapartner Oy""")

    oth("other/ot03-sv-forwarded-article-right-to-be-forgotten.eml", "sv",
        "Jonas Sundström <jonas.sundstrom@venetelakka.example.com>", "VB: Artikel: Rätten att bli bortglömd – vad gäller för småföretag?",
        D(5, 12, 8, 20), style="outlook", content_language="sv-FI", body=f"""Intressant läsning inför mötet på torsdag. Vi borde kolla hur vi gör
om någon ber oss radera sina uppgifter.

/Jonas

{q_outlook('sv', D(5, 11, 17, 0), 'Företagarnytt <redaktion@foretagarnytt.example.org>', 'Jonas Sundström', 'Artikel: Rätten att bli bortglömd – vad gäller för småföretag?')}

Rätten att bli bortglömd – vad gäller för småföretag?

Enligt artikel 17 i dataskyddsförordningen kan en kund begära att
personuppgifterna raderas. Men företaget får behålla uppgifter som
bokföringslagen kräver, till exempel fakturor i tio år ...""")

    oth("other/ot04-en-customer-questionnaire-dsar.eml", "en",
        "Vendor Compliance <vendor-compliance@bigmarina.example.com>", "Supplier data protection questionnaire 2026 - response needed by 15 May",
        D(4, 20, 10, 0, tz=1), style="outlook", content_language="en-GB",
        attach=[attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Supplier_DP_Questionnaire_2026.xlsx", b"PK\x03\x04fake-xlsx-content" * 20)],
        body="""Dear Supplier,

As part of our annual supplier review, please complete the attached data
protection questionnaire. In particular we ask you to describe:

1. How you handle data subject access requests and within which time frame.
2. Your procedure for erasure requests and for customers who unsubscribe
   from marketing.
3. Whether you use sub-processors outside the EU/EEA.

Please return the completed form by 15 May 2026.

Kind regards,
Vendor Compliance Team
Big Marina Group""")

    oth("other/ot05-fi-customer-questionnaire.eml", "fi", "Hankinta <hankinta@kaupunki.example.org>",
        "Tietosuojakysely toimittajille / Saariston Venetelakka Oy", D(9, 1, 13, 0), style="outlook", body="""Hei,

Kaupungin hankintayksikkö kartoittaa sopimustoimittajiensa
tietosuojakäytäntöjä. Pyydämme vastaamaan seuraaviin kysymyksiin 30.9.
mennessä:

- Miten rekisteröidyn tarkastuspyynnöt käsitellään yrityksessänne?
- Kuinka nopeasti henkilötiedot poistetaan pyynnöstä?
- Onko yrityksellänne nimetty tietosuojavastaava?

Kiitos yhteistyöstä!

Liisa Korpela
hankinta-asiantuntija""")

    oth("other/ot06-fi-remove-old-photo-website.eml", "fi", "Markus Aalto <markus.aalto@example.net>",
        "Vanha kuva nettisivuillanne", D(6, 8, 21, 10), style="gmail", body="""Hei,

teidän sivuillanne "Myydyt veneet" -osiossa on edelleen kuva vanhasta
Finnmaster-veneestäni, jossa näkyy myös mökkini laituri. Voisitteko poistaa
kuvan sivulta? Vene myytiin jo 2024.

Kiitos,
Markus Aalto""")

    oth("other/ot07-sv-delete-duplicate-invoice.eml", "sv", "Elisabeth Holm <elisabeth.holm@example.org>",
        "Dubbel faktura", D(1, 22, 10, 5), style="outlook", content_language="sv-FI", body="""Hej,

Jag har fått samma faktura (nr 2026-0071) två gånger, en per post och en
per e-post. Kan ni radera dubbletten så att den inte går till påminnelse?
Jag betalar den ena idag.

Hälsningar
Elisabeth Holm""")

    oth("other/ot08-en-delete-duplicate-booking.eml", "en", "Tom Harris <tom.harris@example.com>",
        "Duplicate booking - please delete one", D(9, 19, 12, 12), style="apple", body="""Hi,

I accidentally booked the crane twice for 3 October (booking refs K-2201 and
K-2203). Could you delete K-2203 please?

Thanks
Tom

Sent from my iPad""")

    oth("other/ot09-fi-cancel-order.eml", "fi", "Liisa Kärkkäinen <liisa.karkkainen@example.com>",
        "Tilauksen peruutus #10511", D(5, 2, 18, 30), style="gmail", body="""Hei,

haluaisin perua verkkokaupan tilauksen #10511 (pelastusliivit 2 kpl). Löysin
sopivat paikallisesta liikkeestä. Jos tilaus on jo lähtenyt, palautan sen.

Liisa Kärkkäinen""")

    oth("other/ot10-en-cancel-winter-storage.eml", "en", "Greg Summers <greg.summers@example.net>",
        "Cancel my winter storage booking", D(8, 29, 14, 30), style="gmail", body="""Hello,

Please cancel my winter storage booking for this season - I'm keeping the
boat at home in a garage. Hope the deposit can be refunded?

Greg Summers""")

    oth("other/ot11-sv-price-enquiry.eml", "sv", "Rolf Engström <rolf.engstrom@example.com>",
        "Prisförfrågan vinterförvaring", D(8, 14, 9, 12), style="thunderbird", body="""Hej,

Vad kostar vinterförvaring inomhus för en 8,5 m motorbåt inklusive
upptagning, tvätt och sjösättning på våren?

Rolf Engström""")

    oth("other/ot12-fi-price-enquiry.eml", "fi", "Esa Kivelä <esa.kivela@example.net>",
        "Hintatiedustelu: masto-operaatio", D(9, 3, 7, 58), style="gmail", body="""Huomenta,

paljonko maksaa maston kaato ja säilytys talven yli 10 m purjeveneelle?
Veneen voin tuoda itse telakalle.

Esa Kivelä""")

    oth("other/ot13-en-price-list.eml", "en", "Hiroshi Tanaka <hiroshi.tanaka@example.org>",
        "Price list 2027", D(11, 27, 4, 30, tz=9), style="gmail", body="""Dear Sir or Madam,

Could you kindly send your price list for 2027 (storage, repairs, guest
harbour)? We are planning a Baltic cruise.

With best regards,
Hiroshi Tanaka""")

    oth("other/ot14-fi-job-application.eml", "fi", "Joona Räsänen <joona.rasanen@example.com>",
        "Avoin hakemus: veneasentaja", D(2, 6, 16, 44), style="gmail",
        attach=[attachment("application/pdf", "CV_Joona_Räsänen.pdf", b"%PDF-1.4\n% fake cv\n" * 30)], body="""Hei,

olen valmistunut veneenrakentajaksi Kotkan ammattiopistosta ja haen
kesätyötä tai vakituista paikkaa veneasentajana. Liitteenä CV.
Suostun siihen, että tietojani säilytetään rekrytointia varten.

Ystävällisin terveisin
Joona Räsänen
050 998 1112""")

    oth("other/ot15-sv-job-application.eml", "sv", "Alva Nordling <alva.nordling@example.net>",
        "Ansökan om sommarjobb i caféet", D(3, 1, 12, 0), style="apple",
        attach=[attachment("application/pdf", "Alva_Nordling_CV.pdf", b"%PDF-1.4\n% fake\n" * 30)], body="""Hej!

Jag heter Alva, är 17 år och söker sommarjobb i ert café vid varvet. Jag har
jobbat på en glasskiosk förra sommaren. CV bifogat.

Vänliga hälsningar
Alva Nordling""")

    # reply quoting an old erasure request; new text just thanks
    dq = D(2, 20, 10, 0)
    oth("other/ot16-fi-thanks-quoting-old-erasure.eml", "fi", "Marjatta Hyvönen <marjatta.hyvonen@example.com>",
        "Re: Pyyntö henkilötietojen poistamiseksi", D(2, 20, 18, 2), style="outlook", body=f"""Kiitos vahvistuksesta!

Marjatta

{q_outlook('fi', dq, 'Saariston Venetelakka <info@venetelakka.example.com>', 'Marjatta Hyvönen', 'RE: Pyyntö henkilötietojen poistamiseksi')}

Hei Marjatta,

tietosi on poistettu asiakasrekisteristämme 20.2.2026.

Ystävällisin terveisin
Päivi Koskinen
Saariston Venetelakka Oy

{q_outlook('fi', D(1, 19, 13, 0), 'Marjatta Hyvönen <marjatta.hyvonen@example.com>', 'info@venetelakka.example.com', 'Pyyntö henkilötietojen poistamiseksi')}

Hyvä vastaanottaja,

pyydän tietosuoja-asetuksen 17 artiklan nojalla poistamaan kaikki minua
koskevat henkilötiedot rekisteristänne.""")

    oth("other/ot17-en-thanks-quoting-unsubscribe.eml", "en", "Simon Clarke <simon.clarke@example.org>",
        "Re: Unsubscribed", D(11, 6, 9, 0), style="gmail", body=f"""Great, thanks for sorting that so quickly!

{q_gmail('en', D(11, 5, 15, 0), 'Saariston Venetelakka', 'info@venetelakka.example.com')}
{quote('''Hello Simon,

You have been removed from our newsletter list.

Best regards,
Päivi

On 5 Nov 2026, Simon Clarke wrote:
> Please remove me from your mailing list. I sold my boat in the spring.''')}""")

    # GDPR disclaimer in signature, ordinary business mail
    oth("other/ot18-en-lawyer-disclaimer.eml", "en", "Helen Strand <helen.strand@nordlaw.example.com>",
        "Purchase of M/Y Aurora - inspection date", D(3, 30, 11, 20), style="outlook", content_language="en-GB", body=f"""Dear Mr Lindqvist,

On behalf of my client, I would like to arrange the pre-purchase inspection
of M/Y Aurora at your yard. Would 14 or 15 April suit you? The surveyor
needs the boat lifted for about three hours.

Kind regards,
Helen Strand
Senior Associate, Nord Law

{DISCLAIMER_EN}""")

    oth("other/ot19-fi-signature-gdpr-notice.eml", "fi", "Minna Kauppinen <minna.kauppinen@saaristosahko.example.net>",
        "Laiturisähköjen huolto", D(4, 15, 10, 10), style="outlook", body=f"""Hei,

sovitaanko laiturisähköjen kevättarkastus viikolle 18? Asentajamme tarvitsee
pääsyn sähkökeskukseen ja kaikille kolmelle laiturille.

Terveisin
Minna

{SIG_FI_GDPR}""")

    # colleagues discussing an unsubscribe case (internal)
    oth("other/ot20-fi-internal-fwd-unsubscribe.eml", "fi", "Henrik Lindqvist <henrik.lindqvist@venetelakka.example.com>",
        "VL: uutiskirje pois", D(7, 14, 9, 15), style="outlook", body=f"""Päivi, hoidatko tämän? Timo on vanha asiakas, saa jäädä asiakasrekisteriin
mutta uutiskirje pois. Kerro kun tehty.

H.

{q_outlook('fi', D(7, 14, 6, 5), 'Timo Salminen <timo.salminen@example.com>', 'info@venetelakka.example.com', 'uutiskirje pois')}

Hei, en halua enaa uutiskirjetta sahkopostiini. Poistakaa osoite postituslistalta.
Timo""", to="Päivi Koskinen <paivi.koskinen@venetelakka.example.com>", cc=INFO)

    oth("other/ot21-sv-internal-discussion-delete.eml", "sv", "Jonas Sundström <jonas.sundstrom@venetelakka.example.com>",
        "Sv: Camilla Wahlroos – radering?", D(4, 7, 11, 2), style="outlook", content_language="sv-FI", body=f"""Hej Henrik,

Jag har kollat: Görans fakturor från 2024 måste vi spara enligt
bokföringslagen, men resten kan raderas. Ska jag svara Camilla eller gör du?

Jonas

{q_outlook('sv', D(4, 7, 9, 0), 'Henrik Lindqvist', 'Jonas Sundström', 'Camilla Wahlroos – radering?')}

Kan du titta på vad vi har om Göran Wahlroos innan vi raderar? /H""", cc=INFO,
        to="Henrik Lindqvist <henrik.lindqvist@venetelakka.example.com>")

    # ordinary customer questions
    oth("other/ot22-fi-boat-pickup.eml", "fi", "Pertti Laaksonen <pertti.laaksonen@example.com>",
        "Veneen haku lauantaina", D(5, 14, 19, 40), style="apple", body="""Moi,

voinko hakea veneen lauantaina klo 10? Onko joku paikalla laskemassa sen
veteen? Lasku on maksettu.

Pertti

Lähetetty iPhonesta""")

    oth("other/ot23-sv-opening-hours.eml", "sv", "Gun Sjöberg <gun.sjoberg@example.net>",
        "Öppettider i butiken", D(6, 26, 8, 0), style="gmail", body="""Hej,

Har butiken öppet på midsommarafton? Vi behöver köpa ett nytt ankare.

Gun""")

    oth("other/ot24-en-invoice-question.eml", "en", "Alan Moore <alan.moore@example.com>",
        "Question about invoice 2026-0388", D(6, 10, 10, 40), style="outlook", content_language="en-GB", body="""Hello,

Invoice 2026-0388 includes "bottom wash" twice. Is that a mistake? The boat
was only washed once in May.

Regards,
Alan Moore""")

    oth("other/ot25-fi-parking-trailer.eml", "fi", "Anne Väänänen <anne.vaananen@example.org>",
        "Trailerin pysäköinti", D(6, 29, 15, 50), style="thunderbird", body="""Hei,

saako trailerin jättää telakan pihalle kahdeksi viikoksi, kun vene on
vesillä? Mitä se maksaa?

Anne Väänänen""")

    # "remove my boat from for-sale list" (not personal data)
    oth("other/ot26-sv-remove-boat-ad.eml", "sv", "Leif Mattsson <leif.mattsson@example.com>",
        "Ta bort annonsen för min båt", D(7, 1, 13, 31), style="apple", body="""Hej,

Båten (Amigo 23) är såld, så ni kan ta bort annonsen från er sida med
begagnade båtar. Tack för hjälpen!

Leif""")

    # reply to newsletter with a question (quoted newsletter contains unsubscribe link)
    oth("other/ot27-fi-newsletter-reply-question.eml", "fi", "Veikko Lindroos <veikko.lindroos@example.net>",
        "Re: Telakkauutiset marraskuu 2026", D(11, 3, 10, 12), style="gmail", body=f"""Hei, koskeeko Suzuki-huolto myös vanhempia 2-tahtisia DT-malleja?
Minulla on DT25 vuodelta 1998.

Veikko

{q_gmail('fi', D(11, 3, 8, 0), 'Saariston Venetelakka', 'uutiskirje@venetelakka.example.com')}

{quote(NEWS_FI)}""")

    oth("other/ot28-sv-newsletter-reply-thanks.eml", "sv", "Hans Blomberg <hans.blomberg@example.org>",
        "Sv: Varvsnytt november 2026", D(11, 3, 13, 20), style="outlook", content_language="sv-FI", body=f"""Tack för ett bra nyhetsbrev! Jag har bokat upptagning via er webbsida.

Hans

{q_outlook('sv', D(11, 3, 8, 0), 'Skärgårdens Båtvarv <nyhetsbrev@venetelakka.example.com>', 'Hans Blomberg', 'Varvsnytt november 2026')}

{NEWS_SV}""")

    # SEO spam pitch with "reply STOP"
    oth("other/ot29-en-seo-pitch-stop.eml", "en", "Priya Sharma <priya@rankboost.example.net>",
        "Quick question about venetelakka.example.com", D(1, 29, 6, 12, tz=5), style="gmail", body="""Hi,

I noticed your website isn't ranking for "boat storage Finland". We can get
you to page 1 within 90 days. Shall I send a free audit?

Thanks,
Priya

Reply STOP to opt out of further emails.""")

    oth("other/ot30-fi-journalist.eml", "fi", "Kaarina Nieminen <kaarina.nieminen@sanomat.example.com>",
        "Haastattelupyyntö: veneiden talvisäilytys", D(10, 8, 12, 5), style="outlook", body="""Hei,

teen juttua Turun Sanomiin veneiden talvisäilytyksen hinnoista ja
telakoiden kapasiteetista. Ehtisikö joku teistä puhelinhaastatteluun
torstaina?

Kaarina Nieminen
toimittaja""")

    oth("other/ot31-en-insurance-claim.eml", "en", "Claims Team <claims@marineinsure.example.com>",
        "Claim MC-2026-1187 - repair estimate request", D(8, 21, 14, 0, tz=1), style="outlook", content_language="en-GB",
        body=f"""Dear Saariston Venetelakka,

Our policyholder Mr. Anders Berg has reported storm damage to his yacht, now
stored at your yard. Please send us an itemised repair estimate and photos
so we can process claim MC-2026-1187.

Yours sincerely,
Claims Team
Marine Insure Ltd

{DISCLAIMER_EN}""")

    oth("other/ot32-sv-student-thesis-gdpr.eml", "sv", "Ella Lindgren <ella.lindgren@student.example.org>",
        "Enkät för examensarbete om dataskydd i småföretag", D(2, 18, 14, 14), style="gmail", body="""Hej,

Jag skriver mitt examensarbete vid yrkeshögskolan om hur småföretag i
Åboland hanterar begäranden om registerutdrag och radering. Skulle ni ha
tid att svara på en kort enkät (10 min)? Länk: https://enkat.example.org/dp2026

Tack!
Ella Lindgren""")

    oth("other/ot33-fi-event-invitation.eml", "fi", "Nauvon Veneseura <hallitus@nauvonveneseura.example.org>",
        "Kutsu: syyskauden päätöstilaisuus 26.9.", D(9, 5, 17, 17), style="gmail", body="""Hei Venetelakan väki,

Nauvon Veneseura kutsuu teidät syyskauden päätöstilaisuuteen lauantaina
26.9. klo 17 seuran majalle. Ilmoittautumiset 20.9. mennessä.

Terveisin
Seuran hallitus""")

    oth("other/ot34-en-parts-supplier.eml", "en", "Orders <orders@marineparts.example.de.example.com>",
        "Your order 77812 has a backordered item", D(3, 12, 9, 9, tz=1), style="outlook", content_language="en-GB", body="""Dear customer,

One item in your order 77812 (Volvo Penta impeller 21951346, qty 10) is
backordered until week 14. Would you like us to ship the rest now or wait
and ship everything together? Please reply to this email.

Best regards,
Sabine Krüger
Order desk""")

    oth("other/ot35-sv-customer-complaint.eml", "sv", "Roger Lindqvist <roger.lindqvist@example.net>",
        "Repa i gelcoaten efter upptagning", D(10, 16, 18, 25), style="apple", body="""Hej,

När jag kom till varvet i dag såg jag en lång repa på styrbordssidan som inte
fanns innan upptagningen. Kan vi titta på det tillsammans nästa vecka?
Bilder bifogade senare.

Roger""")

    # someone asks to change their booking date ("change" word but not data)
    oth("other/ot36-fi-change-booking-date.eml", "fi", "Helena Kiiskinen <helena.kiiskinen@example.com>",
        "Noston ajankohdan muutos", D(9, 24, 8, 8), style="gmail", body="""Hei,

voisiko veneen noston siirtää viikolta 40 viikolle 42? Olemme vielä
purjehtimassa. Yhteystiedot pysyvät samoina.

Helena Kiiskinen""")

    # quoted thread where OLD message asked to unsubscribe; new text is new business
    oth("other/ot37-en-new-question-above-old-unsub.eml", "en", "Paul Dawson <paul.dawson@example.net>",
        "Re: STOP", D(9, 1, 12, 0), style="gmail", body=f"""Hi again - I've bought a new boat after all. Do you have space for a
Beneteau Flyer 8 this winter?

Paul

{q_gmail('en', D(5, 21, 9, 0), 'Saariston Venetelakka', 'info@venetelakka.example.com')}
{quote('''Hello Paul, you have been unsubscribed. Best regards, Päivi

On Wed, 20 May 2026 at 17:55, Paul Dawson <paul.dawson@example.net> wrote:
> Stop sending me these emails.''')}""")

    # supplier asks us to update THEIR bank details (company data)
    oth("other/ot38-fi-supplier-bank-details.eml", "fi", "Reskontra <reskontra@saaristosahko.example.net>",
        "Tilinumeromme on muuttunut", D(1, 30, 9, 0), style="outlook", body=f"""Hei,

Saaristo Sähkö Oy:n tilinumero on muuttunut 1.2.2026 alkaen. Uusi tili:
FI12 3456 7890 1234 56. Huomioittehan tämän seuraavissa maksuissa.

Terveisin
Reskontra

{SIG_FI_GDPR}""")

    # HTML-only ordinary question from webmail
    oth("other/ot39-sv-html-only-question.eml", "sv", "Tove Eriksson <tove.eriksson@example.com>",
        "Kurs i navigering?", D(1, 11, 20, 20), style="outlook", html_only=True, content_language="sv-FI", body="""Hej!

Ordnar ni fortfarande kurser i kustnavigering på våren? Jag och min man
skulle gärna delta. Vi har en liten motorbåt sedan förra sommaren.

Mvh Tove""")

    oth("other/ot40-en-where-is-privacy-policy.eml", "en", "Martin Kaur <martin.kaur@example.org>",
        "Privacy policy link broken", D(5, 27, 16, 16), style="gmail", body="""Hi,

Just letting you know that the "Privacy policy" link in the footer of your
English site leads to a 404 page. Thought you'd want to fix it.

Martin""")

    oth("other/ot41-fi-delete-old-ad-photo-no-diacritics.eml", "fi", "jussi.koivu@example.net",
        "ilmoitus pois", D(8, 7, 22, 1), style="plain", charset="us-ascii", cte="7bit", body="""moi, myin sen terhin jo, voitte poistaa ilmoituksen teidan myyntipalstalta. kiitti
jussi
""")

    oth("other/ot42-en-stop-delivery-order.eml", "en", "Olivia Bennett <olivia.bennett@example.com>",
        "Please stop the delivery", D(4, 30, 7, 7), style="apple", body="""Hi,

Please stop the delivery of order #10490 - I'll pick it up at the shop
instead when I'm in Nauvo next week.

Olivia""")


# ================================================================= confirmation
def gen_confirmations():
    tok = "3f9c2a7be41d"
    mail("confirmation/cn01-fi-accept.eml", {"kind": "confirmation", "language": "fi", "decision": "accept"},
         "Satu Ylinen <satu.ylinen@example.org>", f"Re: Vahvista uutiskirjeen tilaus [mailbot:{tok}]", D(4, 18, 13, 2),
         style="gmail", in_reply_to=f"<mailbot.{tok}@venetelakka.example.com>", references=f"<mailbot.{tok}@venetelakka.example.com>",
         body=f"""Kyllä, vahvistan.

Satu

{q_gmail('fi', D(4, 18, 12, 30), 'Saariston Venetelakka', 'info@venetelakka.example.com')}
{quote('''Hei,

vahvistatko, että haluat tilata Telakkauutiset osoitteeseen satu.ylinen@example.org
ja että tietosi saa tallentaa asiakasrekisteriimme? Vastaa tähän viestiin
"kyllä" tai "ei".

Saariston Venetelakka Oy''')}""")
    tok = "a81be09c55f2"
    mail("confirmation/cn02-sv-decline.eml", {"kind": "confirmation", "language": "sv", "decision": "decline"},
         "Nils Backström <nils.backstrom@example.net>", f"Sv: Bekräfta din prenumeration [mailbot:{tok}]", D(2, 12, 20, 11),
         style="apple", in_reply_to=f"<mailbot.{tok}@venetelakka.example.com>",
         body=f"""Nej tack, jag ångrar mig.

Nils

{q_apple('sv', D(2, 12, 18, 5), 'Skärgårdens Båtvarv', 'info@venetelakka.example.com')}
>
{quote('''Hej,

Bekräfta att du vill prenumerera på Varvsnytt genom att svara "ja" på
detta meddelande. Svara "nej" om du inte vill.''')}""")
    tok = "c07d1e92b3a4"
    mail("confirmation/cn03-en-accept.eml", {"kind": "confirmation", "language": "en", "decision": "accept"},
         "Amelia Brooks <amelia.brooks@example.com>", f"RE: Please confirm your newsletter subscription [mailbot:{tok}]",
         D(8, 27, 8, 40), style="outlook", content_language="en-GB", in_reply_to=f"<mailbot.{tok}@venetelakka.example.com>",
         body=f"""Yes, I confirm.

Amelia Brooks

{q_outlook('en', D(8, 26, 20, 5), 'Saariston Venetelakka <info@venetelakka.example.com>', 'Amelia Brooks', 'Please confirm your newsletter subscription [mailbot:' + tok + ']')}

Hello,

Please confirm that you want to receive our newsletter at
amelia.brooks@example.com by replying "yes" to this message.""")


# ================================================================= extra (mostly Swedish, for balance)
def gen_extra():
    dr("data_request/dr52-sv-erasure-no-diacritics.eml", "sv", ["erasure"],
       "bosse.rinne@example.net", "radera", D(3, 8, 23, 12), style="plain", charset="us-ascii", cte="7bit",
       body="""hej
radera mina uppgifter fran ert register, jag ar inte kund langre och vill inte finnas kvar hos er.
mvh Bosse Rinne
""")

    raw("data_request/dr53-sv-list-unsubscribe-mailto.eml", {"kind": "data_request", "language": "sv", "requests": ["unsubscribe"]},
        [("Return-Path", "<asa.lindholm@example.com>"),
         ("Received", received("smtp.example.com", D(11, 3, 18, 40))),
         ("Authentication-Results", authres("example.com")),
         ("From", ew("Åsa Lindholm") + " <asa.lindholm@example.com>"),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
         ("Subject", "avregistrera"), ("Message-Id", f"<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@example.com>"),
         ("Date", datestr(D(11, 3, 18, 40))), ("To", "nyhetsbrev-avregistrering@venetelakka.example.com"),
         ("X-Mailer", "Apple Mail (2.3774.600.62)")],
        Part("text/plain", "\n", "us-ascii", "7bit"))

    dr("data_request/dr54-sv-personnel-former-payroll.eml", "sv", ["personnel"],
       "Oskar Lindén <oskar.linden@example.org>", "Lönespecifikationer 2024–2025", D(1, 26, 9, 44), style="gmail",
       body="""Hej,

Jag arbetade som båtbyggare hos er från april 2024 till oktober 2025. Kan jag
få kopior av mina lönespecifikationer och de uppgifter om mig som finns i
personalregistret? Skatteverket vill ha underlag.

Hälsningar
Oskar Lindén""")

    dr("data_request/dr55-sv-access-then-objection.eml", "sv", ["access", "objection"],
       "Rasmus Holmén <rasmus.holmen@example.com>", "Vad vet ni om mig?", D(9, 26, 12, 58), style="apple",
       body="""Hej,

Vilka personuppgifter har ni registrerade om mig? Skicka gärna ett utdrag.
Och ring mig inte mer med erbjudanden – jag vill inte bli kontaktad i
marknadsföringssyfte.

Rasmus Holmén

Skickat från min iPhone""")

    dr("data_request/dr56-en-erasure-above-quote-gmail.eml", "en", ["erasure"],
       "Greg Summers <greg.summers@example.net>", "Re: Cancel my winter storage booking", D(9, 2, 9, 12), style="gmail",
       body=f"""Thanks for the refund. Since I won't be a customer any more, please erase
all my personal details from your records.

Greg

{q_gmail('en', D(8, 31, 10, 0), 'Saariston Venetelakka', 'info@venetelakka.example.com')}
{quote('''Hello Greg,

Your winter storage booking has been cancelled and the deposit of 150 EUR
will be refunded within a week.

Best regards,
Jonas''')}""")

    oth("other/ot43-sv-gdpr-pitch.eml", "sv", "Daniel Wik <daniel.wik@dataskyddsbyran.example.org>",
        "GDPR-utbildning för er personal?", D(2, 24, 10, 30), style="outlook", content_language="sv-FI", body="""Hej,

Vet er personal hur man ska hantera en begäran om registerutdrag eller
radering? Vi håller halvdagsutbildningar i dataskydd för småföretag i
Åboland – nästa tillfälle 18.3 i Pargas.

Får jag skicka mer information?

Med vänlig hälsning
Daniel Wik
Dataskyddsbyrån Ab""")

    oth("other/ot44-sv-cancel-order.eml", "sv", "Linnea Öhman <linnea.ohman@example.net>",
        "Avbeställning #10482", D(4, 30, 8, 10), style="gmail", body="""Hej,

Jag vill avbeställa order #10482 (fenderlina och båtvax). Jag hittade det
jag behövde i båten trots allt. Tack!

Linnea Öhman""")

    oth("other/ot45-sv-wrong-recipient-thread.eml", "sv", "Christer Mattsson <christer.mattsson@example.com>",
        "Sv: Protokoll styrelsemöte", D(3, 16, 19, 5), style="thunderbird", body=f"""Hej,

Jag tror att ni har fått det här mejlet av misstag – det var tänkt till
båtklubbens styrelse. Ni kan radera det.

Christer

{q_tb('sv', D(3, 16, 18, 0), 'Christer Mattsson')}
{quote('''Bifogat protokollet från styrelsemötet 12.3. Nästa möte 9.4.''')}""")

    form("contact_form/cf34-elementor-sv-page.eml", "sv",
         {"name": "Sebastian Lind", "company": "Lind Charter", "email": "sebastian@lindcharter.example.net",
          "phone": "+358 40 510 2020", "page": "https://www.venetelakka.example.com/sv/batplatser/"},
         WP, "Nytt meddelande från \"Skärgårdens Båtvarv\"", D(3, 4, 14, 44),
         body="""Namn: Sebastian Lind
Företag: Lind Charter
E-post: sebastian@lindcharter.example.net
Telefon: +358 40 510 2020
Meddelande: Vi behöver tre säsongsplatser för charterbåtar (Bavaria 34) sommaren 2026. Finns det plats vid yttre bryggan?

---

Datum: 4 mars 2026
Tid: 14:44
Sidans URL: https://www.venetelakka.example.com/sv/batplatser/
Användaragent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36
Fjärr-IP: 198.51.100.61
Drivs av: Elementor
""", reply_to="sebastian@lindcharter.example.net", cte="quoted-printable")


# ================================================================= outputs
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_manifest():
    lines = ["# corpus8 manifest: one table per .eml, keyed by relative path", ""]
    for path, meta in sorted(ENTRIES):
        lines.append(f"[{toml_str(path)}]")
        lines.append(f"kind = {toml_str(meta['kind'])}")
        lines.append(f"language = {toml_str(meta['language'])}")
        if "requests" in meta:
            lines.append("requests = [" + ", ".join(toml_str(r) for r in meta["requests"]) + "]")
        if "decision" in meta:
            lines.append(f"decision = {toml_str(meta['decision'])}")
        if "fields" in meta:
            order = ["name", "company", "email", "phone", "page"]
            lines.append("fields = { " + ", ".join(f"{k} = {toml_str(meta['fields'][k])}" for k in order if k in meta["fields"]) + " }")
        lines.append("")
    with open(os.path.join(OUT, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    with open(os.path.join(OUT, "senders.toml"), "w", encoding="utf-8") as f:
        f.write("# the website's own configured senders (Saariston Venetelakka Oy)\n")
        f.write("contact_form = [" + ", ".join(toml_str(s) for s in FORM_SENDERS) + "]\n")
        f.write("chat = [" + ", ".join(toml_str(s) for s in CHAT_SENDERS) + "]\n")


def main():
    for k in KINDS:
        shutil.rmtree(os.path.join(OUT, k), ignore_errors=True)
    gen_contact_forms()
    gen_chats()
    gen_data_requests()
    gen_automatic()
    gen_other()
    gen_confirmations()
    gen_extra()
    write_manifest()
    from collections import Counter
    c = Counter((m["kind"], m["language"]) for _, m in ENTRIES)
    for k in KINDS:
        print(k, {l: c[(k, l)] for l in ("fi", "sv", "en")})
    print("total", len(ENTRIES), Counter(m["language"] for _, m in ENTRIES))


if __name__ == "__main__":
    main()
