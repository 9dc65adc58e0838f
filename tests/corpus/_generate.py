#!/usr/bin/env python3
"""Generate the classifier test corpus: tests/corpus/<kind>/<name>.eml + manifest.toml.

    python tests/corpus/_generate.py           # (re)write every file, then check
    python tests/corpus/_generate.py --check   # check only: the files on disk are
                                               # exactly what this script produces,
                                               # every file parses, manifest <-> files

The output is deterministic (no clock, no unseeded randomness), so the .eml files
and manifest.toml are reproducible from this script.  Edit the mails here, not
the .eml files.

Manifest keys per file (see SPEC.md §2):
  kind      contact_form | chat_transcript | data_request | confirmation | automatic | other
  request   first-named request (data_request; also a contact_form whose free
            text itself asks for a data request, SPEC §5)
  requests  all requests, in the order named
  decision  accept | decline (confirmation)
  language  fi | sv | en: the language of the new text a person wrote (omitted
            where there is none, e.g. machine-written delivery reports)
  fields    contact_form / chat_transcript: the expected email, name, company,
            phone, page -- only those present, verbatim as in the mail; never message
Comments starting with "# trap:" say what makes a mail deliberately hard.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import quopri
import random
import re
import sys
import textwrap
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INFO = "info@plaza.example.com"
PLAZA = "Plaza Oy <info@plaza.example.com>"
KINDS = ("contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other")
REQUESTS = ("access", "rectification", "erasure", "unsubscribe", "subscribe", "objection", "personnel")
FORM_FOOTER = "--\nThis e-mail was sent from a contact form on plaza.example.com"

ENTRIES: list[tuple[str, bytes, dict]] = []


# --------------------------------------------------------------------------- helpers

def T(s: str) -> str:
    """Dedent a triple-quoted block; '<SIG>' stands for the signature separator '-- '."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.replace("<SIG>", "-- ")


def h(seed: str) -> int:
    return int(hashlib.sha256(seed.encode()).hexdigest(), 16)


def token(seed: str, length: int | None = None) -> str:
    rng = random.Random(h("token:" + seed))
    n = length or rng.randint(20, 40)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(n))


def tzinfo(tz: str) -> dt.timezone:
    sign = 1 if tz[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))


def when(seed: str, tz: str = "+0200") -> dt.datetime:
    """A deterministic send time between 5 and 27 Nov 2026, office-ish hours."""
    n = h("date:" + seed)
    day = 5 + n % 23
    hour = 7 + (n >> 8) % 11
    minute = (n >> 16) % 60
    sec = (n >> 24) % 60
    return dt.datetime(2026, 11, day, hour, minute, sec, tzinfo=tzinfo(tz))


def rfcdate(d: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return (f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} "
            f"{d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}")


def past(month: int, day: int, hour: int, minute: int, tz: str = "+0200") -> dt.datetime:
    """A date for quoted earlier mail (always before the corpus mails' own dates)."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=tzinfo(tz))


FI_WD = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
FI_WD_SHORT = ["ma", "ti", "ke", "to", "pe", "la", "su"]
FI_MONTH_PART = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
                 "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_WD_SHORT = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MONTH = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
            "oktober", "november", "december"]
SV_MONTH_SHORT = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def wrote(lang: str, d: dt.datetime, who: str, style: str = "gmail") -> str:
    """The attribution line above a quote, as mail clients write it."""
    if lang == "fi":
        if style == "gmail":
            return f"{FI_WD_SHORT[d.weekday()]} {d.day}.{d.month}.{d.year} klo {d.hour}.{d.minute:02d} {who} kirjoitti:"
        return f"{d.day}.{d.month}.{d.year} {d.hour}.{d.minute:02d}, {who} kirjoitti:"  # Thunderbird
    if lang == "sv":
        if style == "gmail":
            return f"Den {SV_WD_SHORT[d.weekday()]} {d.day} {SV_MONTH_SHORT[d.month - 1]} {d.year} kl {d:%H:%M} skrev {who}:"
        return f"{d.day} {SV_MONTH_SHORT[d.month - 1]} {d.year} kl. {d:%H:%M} skrev {who}:"  # Apple Mail
    if style == "gmail":
        return f"On {EN_WD[d.weekday()][:3]}, {d.day} {EN_MONTH[d.month - 1][:3]} {d.year} at {d:%H:%M}, {who} wrote:"
    return f"On {d.day}/{d.month}/{d.year} {d:%H:%M}, {who} wrote:"


def outlook_block(lang: str, d: dt.datetime, frm: str, to: str, subject: str) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block Outlook puts above quoted mail."""
    if lang == "fi":
        sent = f"{FI_WD[d.weekday()]} {d.day}. {FI_MONTH_PART[d.month - 1]} {d.year} {d.hour}.{d.minute:02d}"
        return [("Lähettäjä", frm), ("Lähetetty", sent), ("Vastaanottaja", to), ("Aihe", subject)]
    if lang == "sv":
        sent = f"den {d.day} {SV_MONTH[d.month - 1]} {d.year} {d:%H:%M}"
        return [("Från", frm), ("Skickat", sent), ("Till", to), ("Ämne", subject)]
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    sent = f"{EN_WD[d.weekday()]}, {EN_MONTH[d.month - 1]} {d.day}, {d.year} {hour12}:{d.minute:02d} {ampm}"
    return [("From", frm), ("Sent", sent), ("To", to), ("Subject", subject)]


def outlook_text_quote(lang, d, frm, to, subject, quoted: str) -> str:
    block = "\n".join(f"{k}: {v}" for k, v in outlook_block(lang, d, frm, to, subject))
    return "________________________________\n" + block + "\n\n" + quoted


def gt(text: str) -> str:
    """Quote with '> '."""
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n")) + "\n"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def html_lines(text: str, tag: str = "div") -> str:
    """Plain text -> one <div>/<p> per line, blank lines as <br>."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>")
    return "\n".join(out)


def html_br(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.rstrip("\n").split("\n"))


def outlook_html(new_text: str, lang: str, d, frm, to, subject, quoted: str, charset="utf-8") -> str:
    block = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in outlook_block(lang, d, frm, to, subject))
    return "\n".join([
        "<html>",
        "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>',
        "</head>",
        '<body dir="ltr">',
        '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);" class="elementToProof">',
        html_lines(new_text),
        "</div>",
        '<div id="appendonsend"></div>',
        '<hr style="display:inline-block;width:98%" tabindex="-1">',
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + block + "</font>",
        "<div>&nbsp;</div>",
        "</div>",
        '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">',
        '<div class="PlainText">' + html_br(quoted) + "</div>",
        "</span></font></div>",
        "</body>",
        "</html>",
    ]) + "\n"


def gmail_html(new_text: str, attribution: str, quoted_html: str, signature: str | None = None) -> str:
    sig = ""
    if signature:
        sig = ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
               '<div dir="ltr" class="gmail_signature">' + html_br(signature) + "</div>")
    return ('<div dir="ltr">' + html_br(new_text) + sig + '</div><br>\n<div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">' + esc(attribution) + '<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">\n' + quoted_html + "\n</blockquote></div>\n")


def apple_html(new_text: str, attribution: str, quoted_text: str) -> str:
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">' + html_br(new_text) + '</div>\n<div dir="ltr"><br>'
            '<blockquote type="cite">' + esc(attribution) + '<br><br></blockquote></div>\n'
            '<blockquote type="cite"><div dir="ltr">' + html_br(quoted_text) + "</div></blockquote></body></html>\n")


# ------------------------------------------------------------------ MIME building

_BOUNDARY_N = [0]


def boundary(style: str = "plain") -> str:
    _BOUNDARY_N[0] += 1
    n = _BOUNDARY_N[0]
    x = hashlib.sha1(f"b{n}".encode()).hexdigest()
    if style == "outlook":
        return f"_000_HE1PR07MB{x[:4].upper()}{x[4:10].upper()}eurprd07prod_"
    if style == "gmail":
        return f"000000000000{x[:12]}"
    if style == "apple":
        return f"Apple-Mail-{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}"
    return f"----=_Part_{n}_{int(x[:8], 16)}.{int(x[8:16], 16)}"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert data.isascii(), "7bit body with non-ASCII bytes"
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(s: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None,
         params: str = "", extra: tuple = ()) -> Part:
    if s and not s.endswith("\n"):
        s += "\n"
    data = s.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte), *extra]
    return Part(headers, encode_body(data, cte))


def multi(subtype: str, parts: list[Part], style: str = "plain", params: str = "",
          preamble: str | None = "This is a multi-part message in MIME format.\n") -> Part:
    b = boundary(style)
    out = preamble.encode() + b"\n" if preamble else b""
    for p in parts:
        out += b"--" + b.encode() + b"\n" + p.render() + b"\n"
    out += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype};{params} boundary="{b}"')], out)


def attach(filename: str, data: bytes, ctype: str = "application/pdf") -> Part:
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Description", filename),
                 ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def raw(ctype: str, body: str | bytes, extra: tuple = ()) -> Part:
    if isinstance(body, str):
        body = body.encode("ascii")
    return Part([("Content-Type", ctype), *extra], body)


def pdf(title: str) -> bytes:
    """A tiny, structurally plausible one-page PDF."""
    t = title.encode("latin-1")
    stream = b"BT /F1 18 Tf 72 770 Td (" + t + b") Tj ET"
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
            b"\nendstream\nendobj\n"
            b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Size 6 >>\n%%EOF\n")


# ------------------------------------------------------------------ headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (each <= 75 chars), folded with newline+space."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)

    def enc_chunk(chunk: str) -> str:
        data = chunk.encode(charset)
        if enc == "b":
            return base64.b64encode(data).decode()
        return "".join(chr(c) if c in _Q_SAFE else ("_" if c == 32 else f"={c:02X}") for c in data)

    words, cur = [], ""
    for ch in s:
        if len(enc_chunk(cur + ch)) > room:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join(prefix + enc_chunk(w) + suffix for w in words)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return email
    if not name.isascii():
        return f"{ew(name, charset, enc)} <{email}>"
    if re.search(r'[,.;:@()<>\[\]"]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addr_spec(a: str) -> str:
    m = re.search(r"<([^>]+)>", a)
    return m.group(1) if m else re.sub(r"\(.*?\)", "", a).strip()


def received(frm_domain: str, d: dt.datetime, seed: str) -> str:
    qid = token("qid" + seed, 12)
    ip = 2 + h("ip" + frm_domain) % 250
    later = d + dt.timedelta(seconds=2 + h(seed) % 40)
    return (f"from mail.{frm_domain} (mail.{frm_domain} [192.0.2.{ip}])\n"
            f"\tby mx.plaza.example.com (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{INFO}>; {rfcdate(later)}")


def auth_results(kind: str, domain: str) -> str:
    if kind == "dmarc":
        return (f"mx.plaza.example.com;\n\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdkim=pass header.d={domain} header.s=sel1;\n\tdmarc=pass (p=QUARANTINE) header.from={domain}")
    if kind == "dkim":
        return (f"mx.plaza.example.com;\n\tspf=none smtp.mailfrom={domain};\n"
                f"\tdkim=pass header.d={domain} header.s=mail2026;\n\tdmarc=none header.from={domain}")
    if kind == "fail":
        return (f"mx.plaza.example.com;\n\tspf=fail smtp.mailfrom={domain};\n"
                f"\tdkim=none;\n\tdmarc=fail (p=NONE) header.from={domain}")
    if kind == "untrusted":
        return (f"relay.untrusted.example.net;\n\tspf=pass smtp.mailfrom={domain};\n"
                f"\tdkim=pass header.d={domain};\n\tdmarc=pass header.from={domain}")
    raise ValueError(kind)


def mid(seed: str, domain: str, style: str = "plain") -> str:
    x = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return f"<HE1PR07MB{x[:4].upper()}{x[4:12].upper()}{x[12:16]}@HE1PR07MB{x[16:20].upper()}.eurprd07.prod.outlook.example.com>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(x[:30])).decode().replace('/', 'x')}@mail.gmail.example.com>"
    return f"<{x[:8]}.{x[8:16]}.{int(x[16:24], 16)}@{domain}>"


# ------------------------------------------------------------------ the mail

def mail(path: str, *, frm: str, subject: str, body: Part, to: str = INFO, cc: str | None = None,
         reply_to: str | None = None, pre: tuple = (), headers: tuple = (), tz: str = "+0200",
         date: dt.datetime | None = None, msgid_style: str = "plain", in_reply_to: str | None = None,
         crlf: bool = False, subject_charset: str = "utf-8", subject_enc: str = "q",
         subject_raw: str | None = None, auth: str | None = None, rcvd: bool = False,
         note: str | None = None, language: str | None = None, requests: list[str] | None = None,
         decision: str | None = None, fields: dict | None = None, mime_version_first: bool = False) -> None:
    kind = path.split("/")[0]
    assert kind in KINDS, path
    d = date or when(path, tz)
    if not frm.isascii():
        m = re.fullmatch(r"(.+?) <([^>]+)>", frm)
        frm = addr(m.group(1), m.group(2))
    sender = addr_spec(frm)
    domain = sender.split("@")[1]

    if subject_raw is not None:
        subj = subject_raw
    elif subject.isascii():
        subj = subject
    else:
        subj = ew(subject, subject_charset, subject_enc)

    hdrs: list[tuple[str, str]] = []
    if rcvd or auth:
        hdrs.append(("Return-Path", f"<{sender}>"))
        hdrs.append(("Received", received(domain, d, path)))
    if auth:
        hdrs.append(("Authentication-Results", auth_results(auth, domain)))
    if mime_version_first:
        hdrs.append(("MIME-Version", "1.0"))
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subj), ("Date", rfcdate(d)), ("Message-ID", mid(path, domain, msgid_style))]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += list(pre) + list(headers)
    if not mime_version_first:
        hdrs.append(("MIME-Version", "1.0"))
    hdrs += body.headers
    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    data = head.encode("ascii") + b"\n" + body.body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    meta: dict = {"kind": kind}
    if requests:
        assert all(r in REQUESTS for r in requests), requests
        meta["request"] = requests[0]
        meta["requests"] = list(requests)
    if decision:
        assert decision in ("accept", "decline")
        meta["decision"] = decision
    if language:
        assert language in ("fi", "sv", "en")
        meta["language"] = language
    if fields:
        assert set(fields) <= {"email", "name", "company", "phone", "page"}, fields
        meta["fields"] = fields
    if note:
        meta["note"] = note
    assert path.endswith(".eml") and all(p != path for p, _, _ in ENTRIES), path
    ENTRIES.append((path, data, meta))


def form_body(pairs: list[tuple[str, str]], message_label: str, message: str, footer: str = FORM_FOOTER) -> str:
    lines = [f"{k}: {v}" for k, v in pairs]
    return "\n".join(lines) + f"\n{message_label}:\n" + message.rstrip("\n") + "\n\n" + footer + "\n"


# =========================================================================== contact_form

WP = "Plaza website <wordpress@plaza.example.com>"
WP_HDRS = (("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0"),)


def contact_forms() -> None:
    f = dict(name="Jukka Testinen", company="Esimerkkiverkko Oy",
             email="jukka.testinen@esimerkkiverkko.example.com", phone="040 000 1234")
    mail("contact_form/fi-quote-request.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Uusi yhteydenotto verkkosivuilta",
         body=text(form_body(
             [("Nimi", f["name"]), ("Yritys", f["company"]), ("Sähköposti", f["email"]), ("Puhelin", f["phone"])],
             "Viesti", T("""
                 Hei,

                 tarvitsisimme tarjouksen kolmesta 24 kV:n kaasueristeisestä
                 rengasverkkokojeistosta (2 kaapelikenttää + 1 katkaisijakenttä).
                 Toimitus viikolla 12/2027 Kuopioon.

                 Ystävällisin terveisin
                 Jukka
                 """))),
         language="fi", fields=f)

    f = dict(name="Leena Kokeilu", company="Järvikylän Energia Oy",
             email="leena.kokeilu@jarvikylanenergia.example.com", phone="+358 50 000 4455",
             page="https://www.plaza.example.com/fi/tuotteet/sf6-vapaat-kojeistot")
    mail("contact_form/fi-alt-labels-page-qp.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Yhteydenottopyyntö – plaza.example.com",
         body=text(form_body(
             [("Nimi", f["name"]), ("Organisaatio", f["company"]), ("Sähköpostiosoite", f["email"]),
              ("Puhelinnumero", f["phone"]), ("Sivu", f["page"])],
             "Viesti", T("""
                 Voisiko myyjänne soittaa minulle? Haluaisin kuulla lisää SF6-vapaista
                 kojeistoista ja niiden toimitusajoista. Parhaiten tavoittaa arkisin klo 8–16.
                 """)), cte="quoted-printable"),
         language="fi", fields=f)

    f = dict(name="Henrik Provander", company="Provander El Ab",
             email="henrik.provander@provander-el.example.com", phone="+358 6 000 1122")
    mail("contact_form/sv-latin1-qp.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Ny kontaktförfrågan från webbplatsen", subject_charset="iso-8859-1",
         body=text(form_body(
             [("Namn", f["name"]), ("Företag", f["company"]), ("E-post", f["email"]), ("Telefon", f["phone"])],
             "Meddelande", T("""
                 Hej!

                 Vi behöver reservdelar till ett ställverk från 1998: två manöverdon
                 och en frånskiljare. Kan ni kontrollera om de finns i lager?
                 Serienumren skickar jag gärna senare.

                 Hälsningar
                 Henrik
                 """)), charset="iso-8859-1", cte="quoted-printable"),
         language="sv", fields=f, tz="+0200")

    f = dict(name="Maria Testsson", company="Skärgårdens Elnät Ab",
             email="maria.testsson@skargardenselnat.example.org", phone="0400 000 321",
             page="https://www.plaza.example.com/sv/produkter/kompaktstationer")
    mail("contact_form/sv-alt-labels-base64.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Ny kontaktförfrågan från webbplatsen", subject_enc="b",
         body=text(form_body(
             [("Ditt namn", f["name"]), ("Organisation", f["company"]), ("E-postadress", f["email"]),
              ("Telefonnummer", f["phone"]), ("Sida", f["page"])],
             "Ditt meddelande", T("""
                 Kan ni skicka en broschyr om era kompaktstationer till oss?
                 Vi planerar att förnya tre nätstationer i skärgården nästa år.
                 """)), cte="base64"),
         language="sv", fields=f)

    f = dict(name="Oliver Placeholder", company="Placeholder EPC Ltd",
             email="oliver@placeholder-epc.example.com", phone="+44 7700 900123",
             page="https://www.plaza.example.com/en/products/rmu")
    mail("contact_form/en-your-name-labels.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New contact form submission",
         body=text(form_body(
             [("Your name", f["name"]), ("Company", f["company"]), ("E-mail address", f["email"]),
              ("Phone", f["phone"]), ("Page", f["page"])],
             "Your message", T("""
                 We are an EPC contractor bidding for a 40 MW solar park substation in
                 Estonia. Could you quote 6 pcs of 36 kV ring main units with motorised
                 load-break switches, delivery Q3 2027? Tender closes on 15 December.
                 """))),
         language="en", fields=f, tz="+0200")

    f = dict(name="Grace Sample", company="Sample Wind Farms plc",
             email="grace.sample@samplewind.example.net", phone="+44 7700 900456")
    rows = [("Name", f["name"]), ("Company", f["company"]), ("Email", f["email"]), ("Phone", f["phone"]),
            ("Message", "Do you provide on-site commissioning of the switchgear, or only delivery?\n"
                        "We would also need training for two of our technicians.")]
    table = "\n".join(
        f'<tr><td style="padding:6px;border:1px solid #ddd;background:#f5f5f5"><strong>{esc(k)}</strong></td>'
        f'<td style="padding:6px;border:1px solid #ddd">{html_br(v)}</td></tr>' for k, v in rows)
    mail("contact_form/en-html-only-table.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New submission from Contact us",
         body=text(T("""
             <!DOCTYPE html>
             <html><head><meta charset="utf-8"><title>New submission</title></head>
             <body style="font-family:Arial,sans-serif">
             <p>You have received a new submission from <b>Contact us</b>:</p>
             <table cellpadding="0" cellspacing="0" style="border-collapse:collapse">
             """) + table + T("""

             </table>
             <p style="color:#888;font-size:11px">--<br>This e-mail was sent from a contact form on plaza.example.com</p>
             </body></html>
             """), subtype="html", cte="quoted-printable"),
         language="en", fields=f, note="HTML-only form mail: fields are table cells")

    f = dict(name="Tapani Näyte", email="tapani.nayte@example.net", phone="044 000 7788",
             page="https://www.plaza.example.com/fi/huolto")
    msg = T("""
        Teollisuushallimme keskijännitekojeisto pitäisi huoltaa ennen talvea.
        Onko teillä huoltosopimuksia myös pienille kiinteistöyhtiöille?
        """)
    rows = [("Nimi", f["name"]), ("Sähköposti", f["email"]), ("Puhelin", f["phone"]), ("Sivu", f["page"]),
            ("Viesti", msg)]
    table = "\n".join(f"<tr><th align=\"left\">{esc(k)}</th><td>{html_br(v)}</td></tr>" for k, v in rows)
    mail("contact_form/fi-alternative-text-html.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Uusi yhteydenotto verkkosivuilta",
         body=multi("alternative", [
             text(form_body(rows[:-1], "Viesti", msg), cte="quoted-printable"),
             text("<html><body>\n<table border=\"0\" cellpadding=\"4\">\n" + table +
                  "\n</table>\n<p>--<br>This e-mail was sent from a contact form on plaza.example.com</p>\n</body></html>\n",
                  subtype="html", cte="quoted-printable")]),
         language="fi", fields=f)

    f = dict(name="Riikka Malli", company="Esimerkkivoima Oy", email="riikka.malli@example.org")
    mail("contact_form/fi-free-text-asks-erasure.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Uusi yhteydenotto verkkosivuilta",
         body=text(form_body(
             [("Nimi", f["name"]), ("Yritys", f["company"]), ("Sähköposti", f["email"])],
             "Viesti", T("""
                 Hei, en ole enää Esimerkkivoimalla töissä. Poistakaa kaikki tietoni
                 asiakasrekisteristänne.
                 """))),
         language="fi", fields=f, requests=["erasure"],
         note="contact_form (configured sender) whose free text asks for erasure: kind stays contact_form")

    f = dict(name="Daniel Demo", email="daniel.demo@example.com")
    mail("contact_form/en-free-text-asks-extract.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New contact form submission",
         body=text(form_body(
             [("Name", f["name"]), ("Email", f["email"])],
             "Message", T("""
                 Under the GDPR I would like to receive a copy of all personal data
                 you hold about me.
                 """))),
         language="en", fields=f, requests=["access"],
         note="contact_form whose free text asks for an extract: kind stays contact_form")

    f = dict(name="Eva Exempel", email="eva.exempel@example.net")
    mail("contact_form/sv-free-text-asks-unsubscribe.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject_raw="Ny =?utf-8?q?kontaktf=C3=B6rfr=C3=A5gan_fr=C3=A5n?= webbplatsen", subject="",
         body=text(form_body(
             [("Namn", f["name"]), ("E-post", f["email"])],
             "Meddelande", T("""
                 Hej, jag vill inte längre få ert nyhetsbrev. Avsluta prenumerationen, tack.
                 """))),
         language="sv", fields=f, requests=["unsubscribe"],
         note="contact_form whose free text asks to unsubscribe: kind stays contact_form")

    f = dict(name="Johan Exempelsson", email="johan.exempelsson@example.org", phone="+358 40 000 9911")
    mail("contact_form/sv-unconfigured-sender.eml", frm="Webbformulär <forms@web.example.org>",
         reply_to=f["email"], subject="Nytt meddelande via kontaktformuläret",
         body=text(form_body(
             [("Namn", f["name"]), ("E-post", f["email"]), ("Telefon", f["phone"])],
             "Meddelande", T("""
                 Vi söker en leverantör av mellanspänningsbrytare för vår
                 industrianläggning i Vasa. Kan någon ringa mig den här veckan?
                 """), footer="--\nDetta meddelande skickades via kontaktformuläret på www.plaza.example.com."),
                   cte="quoted-printable"),
         language="sv", fields=f, note="form mail from an unconfigured sender: recognise by structure")

    f = dict(name="Priya Example", company="Example Utilities Ltd",
             email="priya.example@example-utilities.example.com", phone="+44 7700 900789",
             page="https://www.plaza.example.com/en/spare-parts")
    mail("contact_form/en-unconfigured-sender.eml", frm="Web Forms <forms@web.example.org>",
         reply_to=f["email"], subject="Website enquiry: Spare parts",
         body=text(form_body(
             [("Full name", f["name"]), ("Email address", f["email"]), ("Company name", f["company"]),
              ("Telephone", f["phone"]), ("Page URL", f["page"])],
             "Message", T("""
                 Hello,
                 we need two replacement cable bushings and one voltage indicator for
                 a 12 kV unit installed in 2011. Serial number PZ12-0811-4471.
                 Please advise price and lead time.
                 Priya
                 """), footer="--\nSent by Web Forms (web.example.org) for plaza.example.com")),
         language="en", fields=f, note="form mail from an unconfigured sender: recognise by structure")

    f = dict(name="Ville Kokeilu", email="ville.kokeilu@example.com", phone="+358 45 000 2233",
             page="https://www.plaza.example.com/fi/tuotteet/pz-12")
    mail("contact_form/fi-page-base64.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Uusi yhteydenotto verkkosivuilta",
         body=text(form_body(
             [("Nimi", f["name"]), ("Sähköposti", f["email"]), ("Puhelin", f["phone"]), ("Sivu", f["page"])],
             "Viesti", T("""
                 Tarvitsisin käyttöohjeen PZ-12-kojeiston moottoriohjaimelle.
                 Löytyykö se pdf-muodossa?
                 """)), cte="base64"),
         language="fi", fields=f)

    f = dict(name="Kaisa Esimerkki", company="Kiinteistö Oy Esimerkkitalo", email="kaisa.esimerkki@example.net",
             page="https://www.plaza.example.com/en/contact")
    mail("contact_form/en-labels-finnish-message.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New contact form submission",
         body=text(form_body(
             [("Name", f["name"]), ("Company", f["company"]), ("Email", f["email"]), ("Page", f["page"])],
             "Message", T("""
                 Hei, löytyykö teiltä vielä varaosia 1990-luvun ilmaeristeiseen
                 kojeistoon? Kiinteistön muuntamossa on hajonnut erotin.
                 """))),
         language="fi", fields=f, note="English labels (English page) but the visitor wrote Finnish")

    f = dict(email="anon1234@example.net")
    mail("contact_form/en-minimal-email-only.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New contact form submission",
         body=text(form_body([("Email", f["email"])], "Message", "Please send me your product catalogue.\n")),
         language="en", fields=f)

    f = dict(name="Lars Provsson", company="Provssons Sågverk Ab", email="lars.provsson@example.com",
             page="https://www.plaza.example.com/sv/service")
    mail("contact_form/sv-url-label.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Ny kontaktförfrågan från webbplatsen",
         body=text(form_body(
             [("Namn", f["name"]), ("Företag", f["company"]), ("E-post", f["email"]), ("URL", f["page"])],
             "Meddelande", T("""
                 Vi vill avsluta vårt serviceavtal för station 4 (den revs i somras)
                 och i stället teckna ett avtal för den nya stationen vid hyvleriet.
                 """)), cte="quoted-printable"),
         language="sv", fields=f,
         note="free text says 'avsluta' about a service contract, not a newsletter: no data request")

    f = dict(name="Sari Testilä", company="Testilän Konepaja Oy", email="sari.testila@example.org",
             phone="050 000 5150")
    mail("contact_form/fi-message-with-colon-lines-crlf.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="Uusi yhteydenotto verkkosivuilta", crlf=True,
         body=text(form_body(
             [("Nimi", f["name"]), ("Yritys", f["company"]), ("Sähköposti", f["email"]), ("Puhelin", f["phone"])],
             "Viesti", T("""
                 Tilauksemme toimitus näyttää myöhästyvän. Tiedot:

                 Tilausnumero: 45012
                 Toimitusosoite: Teollisuustie 5, 00000 Esimerkkilä
                 Yhteyshenkilö: Pasi (varasto)

                 Milloin voimme odottaa toimitusta?
                 """))),
         language="fi", fields=f,
         note="the free text has 'Label: value' lines that are not form fields; CRLF line endings")

    f = dict(name="Chloé Example", company="Example Grid Services S.A.", email="chloe.example@example.org",
             phone="+33 6 00 00 00 00")
    mail("contact_form/en-windows-1252.eml", frm=WP, reply_to=f["email"], headers=WP_HDRS,
         subject="New contact form submission",
         body=text(form_body(
             [("Name", f["name"]), ("Organisation", f["company"]), ("E-mail", f["email"]), ("Telephone", f["phone"])],
             "Message", T("""
                 Your web shop lists the “PZ-SP7” spare kit at 1 250 € – is that per unit
                 or per set of three? We need 12 kits for our maintenance stock.
                 """)), charset="windows-1252", cte="quoted-printable"),
         language="en", fields=f)


# =========================================================================== chat_transcript

CHAT = "Chat <transcripts@chat.example.net>"
CHAT_LABELS = {
    "en": dict(title="Chat transcript", visitor="Visitor", email="Email", phone="Phone", company="Company",
               page="Page", started="Started"),
    "fi": dict(title="Keskustelun tallenne", visitor="Vierailija", email="Sähköposti", phone="Puhelin",
               company="Yritys", page="Sivu", started="Aloitettu"),
    "sv": dict(title="Chattutskrift", visitor="Besökare", email="E-post", phone="Telefon", company="Företag",
               page="Sida", started="Startad"),
}
OFFLINE_LABELS = {
    "en": dict(title="Offline message", name="Name", email="Email", phone="Phone", company="Company",
               page="Page", message="Message"),
    "fi": dict(title="Offline-viesti", name="Nimi", email="Sähköposti", phone="Puhelin", company="Yritys",
               page="Sivu", message="Viesti"),
    "sv": dict(title="Offlinemeddelande", name="Namn", email="E-post", phone="Telefon", company="Företag",
               page="Sida", message="Meddelande"),
}


def transcript_text(labels: str, fields: dict, start: dt.datetime, lines: list[tuple[int, str, str]]) -> str:
    L = CHAT_LABELS[labels]
    out = [L["title"], ""]
    if "name" in fields:
        out.append(f"{L['visitor']}: {fields['name']}")
    for key in ("email", "phone", "company", "page"):
        if key in fields:
            out.append(f"{L[key]}: {fields[key]}")
    z = start.strftime("%z")
    out.append(f"{L['started']}: {start:%Y-%m-%d %H:%M} {z[:3]}:{z[3:]}")
    out.append("")
    for offset, speaker, said in lines:
        t = start + dt.timedelta(minutes=offset)
        out.append(f"[{t:%H:%M}] {speaker}: {said}")
    return "\n".join(out) + "\n"


def offline_text(labels: str, fields: dict, message: str) -> str:
    L = OFFLINE_LABELS[labels]
    out = [L["title"], ""]
    for key in ("name", "email", "phone", "company", "page"):
        if key in fields:
            out.append(f"{L[key]}: {fields[key]}")
    out += ["", f"{L['message']}:", message.rstrip("\n")]
    return "\n".join(out) + "\n"


def chats() -> None:
    p = "chat_transcript/fi-transcript.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=14)
    f = dict(name="Mikko Testinen", email="mikko.testinen@example.com", phone="050 000 6677",
             company="Testisähkö Oy", page="https://www.plaza.example.com/fi/varaosat")
    mail(p, frm=CHAT, subject=f"Keskustelu: {f['name']}", date=d,
         body=text(transcript_text("fi", f, start, [
             (0, f["name"], "Hei! Onko teillä varastossa maadoituskytkimen käyttömekanismia PZ-24-kenttään?"),
             (1, "Hanna (Plaza)", "Hei Mikko! Tarkistan hetken, mikä on kojeiston valmistusvuosi?"),
             (3, f["name"], "Vuosi 2009, sarjanumero alkaa PZ24-09."),
             (5, "Hanna (Plaza)", "Meillä on kaksi kappaletta varastossa. Lähetänkö tarjouksen sähköpostiin?"),
             (6, f["name"], "Kyllä kiitos, samaan osoitteeseen joka annoin."),
             (7, "Hanna (Plaza)", "Selvä, tarjous tulee tänään. Kiitos yhteydenotosta!"),
         ])),
         language="fi", fields=f)

    p = "chat_transcript/sv-transcript-qp.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=9)
    f = dict(name="Sofia Provkvist", email="sofia.provkvist@example.org", company="Provkvist Energi Ab",
             page="https://www.plaza.example.com/sv/produkter")
    mail(p, frm=CHAT, subject=f"Chatt med {f['name']}", date=d,
         body=text(transcript_text("sv", f, start, [
             (0, f["name"], "Hej, levererar ni också till Åland?"),
             (1, "Thomas (Plaza)", "Hej Sofia! Ja, vi levererar till hela Finland, även till Åland."),
             (2, f["name"], "Bra. Vad är leveranstiden för en kompaktstation med 630 kVA transformator?"),
             (4, "Thomas (Plaza)", "Just nu cirka tio veckor. Jag kan skicka en offert om du vill."),
             (5, f["name"], "Gärna, tack så mycket!"),
         ]), cte="quoted-printable"),
         language="sv", fields=f)

    p = "chat_transcript/en-labels-finnish-chat.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=6)
    f = dict(name="Heikki Kokeilu", email="heikki.kokeilu@example.net", phone="+358 40 000 3030",
             page="https://www.plaza.example.com/fi")
    mail(p, frm=CHAT, subject=f"Chat with {f['name']}", date=d,
         body=text(transcript_text("en", f, start, [
             (0, f["name"], "Moi, missä päin teidän tehdas sijaitsee? Voisiko sinne tulla käymään?"),
             (2, "Agent Thomas", "Hei Heikki! Tehdas on Esimerkkilässä. Tehdasvierailuja järjestetään sopimuksen mukaan."),
             (4, f["name"], "Hienoa, otan yhteyttä ensi viikolla."),
         ])),
         language="fi", fields=f, note="chat service's English template, conversation in Finnish")

    p = "chat_transcript/en-transcript-no-email.eml"
    d = when(p, "+0000")
    start = d - dt.timedelta(minutes=11)
    f = dict(name="Ben Example", company="Example Offshore Ltd", page="https://www.plaza.example.com/en/products/rmu")
    mail(p, frm=CHAT, subject=f"Chat with {f['name']}", date=d,
         body=text(transcript_text("en", f, start, [
             (0, f["name"], "Hi, are your RMUs type tested to IEC 62271-200?"),
             (1, "Agent Thomas", "Hi Ben, yes, including internal arc classification IAC AFLR 20 kA 1 s."),
             (3, f["name"], "Great. Do you have a reference list for offshore or marine installations?"),
             (5, "Agent Thomas", "We have a few. If you leave your e-mail I can send it."),
             (7, f["name"], "I'll ask my colleague to contact you, thanks."),
         ])),
         language="en", fields=f, note="transcript without an e-mail address")

    p = "chat_transcript/en-transcript-crlf.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=4)
    f = dict(name="Leo Example", email="leo.example@example.com", phone="+358 50 000 0003",
             company="Example Grid Ltd", page="https://www.plaza.example.com/en/contact")
    mail(p, frm=CHAT, subject=f"Chat with {f['name']}", date=d, crlf=True,
         body=text(transcript_text("en", f, start, [
             (0, f["name"], "Hello, could someone call me about a retrofit of motor operators?"),
             (1, "Agent Hanna", "Hello Leo, of course. When would suit you?"),
             (2, f["name"], "Tomorrow morning, before 10."),
             (3, "Agent Hanna", "Noted, our service manager will call you tomorrow morning."),
         ])),
         language="en", fields=f)

    p = "chat_transcript/fi-visitor-asks-deletion.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=8)
    f = dict(name="Anu Näyte", email="anu.nayte@example.org", page="https://www.plaza.example.com/fi/tietosuoja")
    mail(p, frm=CHAT, subject=f"Keskustelu: {f['name']}", date=d,
         body=text(transcript_text("fi", f, start, [
             (0, f["name"], "Hei, voitteko poistaa tietoni uutiskirjelistalta ja asiakasrekisteristä?"),
             (2, "Hanna (Plaza)", "Hei! Pyynnöt käsitellään sähköpostitse. Lähetäthän pyynnön osoitteeseen info@plaza.example.com siitä osoitteesta, joka on rekisterissämme."),
             (3, f["name"], "Selvä, teen niin."),
         ]), cte="quoted-printable"),
         language="fi", fields=f,
         note="the visitor asks for deletion inside a chat: still a chat_transcript")

    p = "chat_transcript/sv-alternative-html.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=5)
    f = dict(name="Oskar Exempel", email="oskar.exempel@example.com", phone="+358 44 000 1212",
             company="Exempel Bygg Ab", page="https://www.plaza.example.com/sv/kontakt")
    lines = [
        (0, f["name"], "Hej! Har ni en säljare som talar svenska?"),
        (1, "Thomas (Plaza)", "Hej Oskar, ja, det är jag. Hur kan jag hjälpa?"),
        (3, f["name"], "Vi bygger ett nytt lagerhus och behöver ett ställverk på 20 kV."),
        (4, "Thomas (Plaza)", "Jag ringer dig i eftermiddag så går vi igenom det."),
    ]
    plain = transcript_text("sv", f, start, lines)
    L = CHAT_LABELS["sv"]
    rows = "".join(f"<tr><td><b>{esc(L[k if k != 'name' else 'visitor'])}</b></td><td>{esc(v)}</td></tr>\n"
                   for k, v in f.items())
    msgs = "".join(f'<p><span class="time">[{(start + dt.timedelta(minutes=o)):%H:%M}]</span> '
                   f"<b>{esc(s)}:</b> {esc(t)}</p>\n" for o, s, t in lines)
    htmlbody = (f"<html><body>\n<h2>{L['title']}</h2>\n<table>\n{rows}"
                f"<tr><td><b>{L['started']}</b></td><td>{start:%Y-%m-%d %H:%M} +02:00</td></tr>\n</table>\n<hr>\n"
                f"{msgs}</body></html>\n")
    mail(p, frm=CHAT, subject=f"Chatt med {f['name']}", date=d,
         body=multi("alternative", [text(plain, cte="quoted-printable"),
                                    text(htmlbody, subtype="html", cte="quoted-printable")]),
         language="sv", fields=f)

    f = dict(name="Anna Kokeilu", email="anna.kokeilu@example.com", phone="040 000 4321",
             page="https://www.plaza.example.com/fi/yhteystiedot")
    mail("chat_transcript/fi-offline.eml", frm=CHAT, subject=f"Offline-viesti: {f['name']}",
         body=text(offline_text("fi", f, T("""
             Hei, yritin soittaa myyntiin mutta kukaan ei vastannut. Soittaisitteko
             minulle huomenna aamupäivällä? Asia koskee kojeiston laajennusta.
             """))),
         language="fi", fields=f)

    f = dict(name="Ulla Provström", email="ulla.provstrom@example.net", company="Provström Fastigheter Ab",
             page="https://www.plaza.example.com/sv")
    mail("chat_transcript/sv-offline-latin1.eml", frm=CHAT, subject=f"Offlinemeddelande: {f['name']}",
         subject_charset="iso-8859-1",
         body=text(offline_text("sv", f, T("""
             Hej, vi behöver byta ut brytaren i vår nätstation. Kan ni ge ett prisförslag?
             Jag är anträffbar på e-post.
             """)), charset="iso-8859-1", cte="quoted-printable"),
         language="sv", fields=f)

    f = dict(name="Tom Example", email="tom.example@example.org", phone="+1 555 0100",
             page="https://www.plaza.example.com/en/service")
    mail("chat_transcript/en-offline-base64.eml", frm=CHAT, subject=f"Offline message from {f['name']}",
         tz="-0500",
         body=text(offline_text("en", f, T("""
             Hi, we are looking for a service partner for two of your switchgear units
             at our plant in Finland. Please contact me by e-mail.
             """)), cte="base64"),
         language="en", fields=f)

    p = "chat_transcript/en-unconfigured-sender.eml"
    d = when(p)
    start = d - dt.timedelta(minutes=7)
    f = dict(name="Mia Sample", email="mia.sample@example.com", company="Sample Data Centres Oy",
             page="https://www.plaza.example.com/en/products")
    mail(p, frm="Live Chat <livechat@helpdesk.example.org>", subject=f"Chat transcript: {f['name']}", date=d,
         body=text(transcript_text("en", f, start, [
             (0, f["name"], "Hi, we need a quote for a 10 kV switchboard for a data centre extension."),
             (1, "Agent Thomas", "Hi Mia, happy to help. How many feeders?"),
             (3, f["name"], "Eight outgoing feeders and two incomers, with a bus coupler."),
             (5, "Agent Thomas", "Thanks, I'll prepare a budget quote and e-mail it to you."),
         ])),
         language="en", fields=f, note="transcript from an unconfigured sender: recognise by structure")


# =========================================================================== quoted material

NEWS_FI = T("""
    PLAZA UUTISKIRJE 11/2026

    * Uusi SF6-vapaa PZ-24e-kojeisto nyt tilattavissa
    * Vakiokenttien toimitusaika lyheni kahdeksaan viikkoon
    * Tapaa meidät Sähköverkkopäivillä helmikuussa

    Et halua enää uutiskirjettämme? Peru tilaus vastaamalla tähän viestiin
    sanalla "peru" tai osoitteessa https://www.plaza.example.com/uutiskirje/peru

    Plaza Oy | Teollisuustie 1, 00000 Esimerkkilä | info@plaza.example.com
    """)

NEWS_EN = T("""
    PLAZA NEWSLETTER - NOVEMBER 2026

    * New SF6-free PZ-24e switchgear now available to order
    * Standard panels now ship in eight weeks
    * Meet us at the grid conference in February

    Don't want our newsletter any more? Unsubscribe by replying "unsubscribe"
    or at https://www.plaza.example.com/newsletter/unsubscribe

    Plaza Oy | Teollisuustie 1, 00000 Esimerkkilä, Finland | info@plaza.example.com
    """)

OFFER_FI = T("""
    Hei,

    kiitos tarjouspyynnöstä. Liitteenä tarjous 2026-113: 2 kpl PZ-12-
    kaapelikenttiä ja 1 katkaisijakenttä, toimitus 10 viikkoa tilauksesta.
    Tarjous on voimassa 31.12.2026 asti.

    Ystävällisin terveisin
    Thomas Lind
    Myyntipäällikkö, Plaza Oy
    +358 40 000 0100
    """)

OFFER_SV = T("""
    Hej,

    tack för förfrågan. Bifogat finns offert 2026-087 på en kompaktstation
    med 800 kVA transformator. Leveranstid cirka tio veckor.

    Med vänlig hälsning
    Thomas Lind
    Försäljningschef, Plaza Oy
    """)


# =========================================================================== data_request

def data_requests() -> None:
    # ---------------------------------------------------------------- access
    mail("data_request/access-fi-1.eml", frm="Pekka Esimerkki <pekka.esimerkki@esimerkkiverkko.example.com>",
         subject="Pyyntö: rekisteriote", auth="dmarc",
         body=text(T("""
             Hei,

             pyydän tietosuoja-asetuksen 15 artiklan nojalla tietoa siitä, mitä
             tietoja minusta on tallennettu asiakasrekisteriinne. Lähettäkää
             rekisteriote tähän sähköpostiosoitteeseen.

             Ystävällisin terveisin
             Pekka Esimerkki
             Esimerkkiverkko Oy
             """)),
         language="fi", requests=["access"])

    mail("data_request/access-fi-subject-only.eml", frm=addr("Anneli Näyte", "anneli.nayte@example.com"),
         subject="Pyydän rekisteriotteen tiedoistani", rcvd=True,
         body=text(T("""
             Kiitos jo etukäteen.

             Anneli Näyte
             Näytepalvelu Oy
             p. 040 000 5566
             """)),
         language="fi", requests=["access"], note="the request is only in the (encoded-word) subject")

    mail("data_request/access-sv-latin1-qp.eml", frm="Karin Exempelsson <karin.exempelsson@example.org>",
         subject="Registerutdrag", auth="dkim", tz="+0100",
         body=text(T("""
             Hej,

             jag vill begära ett registerutdrag, dvs. en kopia av de personuppgifter
             ni har sparat om mig i ert kundregister.

             Med vänliga hälsningar
             Karin Exempelsson
             """), charset="iso-8859-1", cte="quoted-printable"),
         language="sv", requests=["access"])

    q_d = past(10, 21, 14, 5)
    mail("data_request/access-sv-outlook-html-reply.eml",
         frm=addr("Nyström, Annika", "annika.nystrom@nystrom-el.example.com"), msgid_style="outlook",
         subject="SV: Offert 2026-087", in_reply_to=mid("offer-sv-087", "plaza.example.com"),
         body=text(outlook_html(T("""
             Hej,

             innan vi går vidare vill jag veta vilka personuppgifter ni har om mig.
             Skicka mig ett registerutdrag, tack.

             Annika
             """), "sv", q_d, "Thomas Lind <thomas.lind@plaza.example.com>",
             "Annika Nyström <annika.nystrom@nystrom-el.example.com>", "Offert 2026-087", OFFER_SV),
             subtype="html", cte="quoted-printable"),
         language="sv", requests=["access"],
         note="HTML-only Outlook reply; the quoted offer below divRplyFwdMsg is not part of the request")

    mail("data_request/access-en-alternative.eml", frm="Olivia Sample <olivia.sample@example.net>",
         subject="Data subject access request", auth="dmarc", tz="+0000", msgid_style="gmail",
         body=multi("alternative", [
             text(T("""
                 Dear Sir or Madam,

                 Under Article 15 of the GDPR, please tell me what personal data you hold
                 about me and send me a copy of it.

                 Kind regards,
                 Olivia Sample
                 """)),
             text(T("""
                 <div dir="ltr">Dear Sir or Madam,<div><br></div><div>Under Article 15 of the GDPR, please tell me what personal data you hold about me and send me a copy of it.</div><div><br></div><div>Kind regards,</div><div>Olivia Sample</div></div>
                 """), subtype="html", cte="quoted-printable")], style="gmail", preamble=None),
         language="en", requests=["access"])

    mail("data_request/access-en-subject-only.eml", frm="James Placeholder <james.placeholder@example.com>",
         subject="Please send me a copy of my personal data", tz="+0000",
         body=text(T("""
             Thanks,
             James

             <SIG>
             James Placeholder
             Procurement Manager
             Placeholder Industries Ltd
             +44 7700 900321
             """)),
         language="en", requests=["access"], note="the request is only in the subject")

    mail("data_request/access-en-body-only-mentions-newsletter.eml", frm="Tom Sample <tom.sample@example.org>",
         subject="Question",
         body=text(T("""
             Hi,

             what information do you have stored about me? I keep getting your
             newsletter and would like to see what is in your records.

             BR, Tom
             """)),
         language="en", requests=["access"],
         note="mentions the newsletter but asks only what is held (access), not unsubscribe")

    # ---------------------------------------------------------- rectification
    mail("data_request/rectification-fi-cp1252.eml", frm=addr("Laura Mäkelä", "laura.makela@example.com"),
         subject="Yhteystietojeni päivitys", subject_charset="windows-1252", auth="dmarc",
         body=text(T("""
             Hei,

             sukunimeni on muuttunut ja työtehtäväni vaihtuivat. Korjatkaa
             asiakasrekisteriinne seuraavat tiedot:

             Nimi: Laura Mäkelä (ent. Esimerkki)
             Titteli: hankintapäällikkö
             Puhelin: 040 000 8899

             Kiitos!
             Laura
             """), charset="windows-1252", cte="quoted-printable"),
         language="fi", requests=["rectification"])

    mail("data_request/rectification-sv-base64.eml", frm="Erik Testsson <erik.testsson@example.org>",
         subject="Ändring av mina kontaktuppgifter", tz="+0100",
         body=text(T("""
             Hej,

             min e-postadress har ändrats. Var vänlig uppdatera den i ert register
             till erik.testsson@nyadress.example.org. Den gamla adressen slutar
             fungera i december.

             Hälsningar
             Erik Testsson
             """), cte="base64"),
         language="sv", requests=["rectification"])

    mail("data_request/rectification-en-subject-only.eml", frm="Amelia Example <amelia.example@example.com>",
         subject="Please correct my job title in your records", tz="+0000",
         body=text(T("""
             New title: Head of Grid Operations

             Thanks,
             Amelia
             """)),
         language="en", requests=["rectification"], note="the request verb is only in the subject")

    q_d = past(11, 2, 8, 0)
    mail("data_request/rectification-fi-outlook-html-reply-to-newsletter.eml",
         frm=addr("Testinen Johanna", "johanna.testinen@uusivoima.example.com"), msgid_style="outlook",
         subject="VS: Plaza uutiskirje 11/2026",
         body=text(outlook_html(T("""
             Hei,

             uutiskirje tulee yhä vanhalla nimelläni. Korjatkaa rekisteriinne nimekseni
             Johanna Testinen ja yritykseksi Uusi Voima Oy.

             Terveisin
             Johanna
             """), "fi", q_d, PLAZA, "johanna.testinen@uusivoima.example.com", "Plaza uutiskirje 11/2026",
             NEWS_FI), subtype="html", cte="quoted-printable"),
         language="fi", requests=["rectification"],
         note="quoted newsletter below carries 'Peru tilaus' (unsubscribe) text; only the new text counts")

    q_d = past(11, 3, 10, 41)
    mail("data_request/rectification-sv-reply-to-extract.eml", frm="Karin Exempelsson <karin.exempelsson@example.org>",
         subject="Re: Registerutdrag", tz="+0100", auth="dmarc",
         body=text(T("""
             Tack för utdraget. Telefonnumret är fel, rätt nummer är 050 000 3344.
             Kan ni rätta det?

             /Karin

             """) + wrote("sv", q_d, PLAZA) + "\n" + gt(T("""
             Hej,

             bifogat finns utdraget ur vårt kundregister med de uppgifter vi har om
             dig. Om något är fel kan du begära rättelse genom att svara på detta
             meddelande från den registrerade adressen.

             Med vänliga hälsningar
             Plaza Oy
             """)), cte="quoted-printable"),
         language="sv", requests=["rectification"],
         note="the new text thanks for the extract ('Tack för utdraget') before asking a correction")

    mail("data_request/rectification-en-body-only.eml", frm="Hugo Sample <hugo.sample@samplepower.example.com>",
         subject="Outdated details", tz="+0200",
         body=text(T("""
             Hi,

             you still have my old employer in your CRM. I moved from Example Grid Ltd
             to Sample Power Oy in August -- please update my details accordingly:
             company Sample Power Oy, title Project Engineer.

             Regards,
             Hugo Sample
             """), cte="quoted-printable"),
         language="en", requests=["rectification"])

    # ---------------------------------------------------------------- erasure
    mail("data_request/erasure-fi-1.eml", frm=addr("Matti Meikäläinen", "matti.meikalainen@example.net"),
         subject="Tietojeni poistaminen", auth="dmarc",
         body=text(T("""
             Hei,

             poistakaa kaikki minua koskevat tiedot rekisteristänne. Olen jäänyt
             eläkkeelle, joten tietojani ei enää tarvita.

             Terveisin
             Matti Meikäläinen
             """)),
         language="fi", requests=["erasure"])

    mail("data_request/erasure-fi-body-only-latin1-b-subject.eml", frm="Seija Testinen <seija.testinen@example.org>",
         subject="Tietosuojaa koskeva pyyntö", subject_charset="iso-8859-1", subject_enc="b",
         body=text(T("""
             Hyvä vastaanottaja,

             pyydän, että tietoni poistetaan asiakasrekisteristänne (oikeus tulla
             unohdetuksi, tietosuoja-asetuksen 17 artikla).

             Seija Testinen
             """), charset="iso-8859-1", cte="quoted-printable"),
         language="fi", requests=["erasure"], note="subject only says 'a data protection request'; the body says which")

    mail("data_request/erasure-sv-subject-only.eml", frm="Anders Provberg <anders.provberg@example.com>",
         subject="Radera mina uppgifter", tz="+0100",
         body=text("Mvh\nAnders Provberg\n"),
         language="sv", requests=["erasure"], note="the request is only in the subject")

    mail("data_request/erasure-sv-body-only-cp1252.eml", frm="Birgitta Exempel <birgitta.exempel@example.net>",
         subject="Angående ert kundregister", subject_charset="windows-1252",
         body=text(T("""
             Hej,

             jag har gått i pension och ber er därför att ta bort alla mina
             personuppgifter ur ert kundregister.

             Vänliga hälsningar
             Birgitta Exempel
             """), charset="windows-1252", cte="quoted-printable"),
         language="sv", requests=["erasure"])

    mail("data_request/erasure-en-auto-submitted-no.eml", frm="Noah Example <noah.example@example.com>",
         subject="Right to erasure (GDPR Art. 17)", tz="+0000", headers=(("Auto-Submitted", "no"),),
         body=text(T("""
             Hello,

             please erase all personal data relating to me from your systems and
             confirm to me once it has been done.

             Regards,
             Noah Example
             """)),
         language="en", requests=["erasure"], note="carries 'Auto-Submitted: no', which is not automatic")

    q_d = past(11, 2, 8, 0)
    mail("data_request/erasure-en-gmail-html-reply-to-newsletter.eml",
         frm="Ruby Placeholder <ruby.placeholder@example.org>", msgid_style="gmail", tz="+0000",
         subject="Re: Plaza Newsletter – November 2026",
         body=multi("alternative", [
             text(T("""
                 Hi,

                 please forget me. Remove my data from your customer database, I have
                 left the industry.

                 Ruby

                 """) + wrote("en", q_d, PLAZA) + "\n\n" + gt(NEWS_EN)),
             text(gmail_html(T("""
                 Hi,

                 please forget me. Remove my data from your customer database, I have left the industry.

                 Ruby
                 """), wrote("en", q_d, PLAZA), html_br(NEWS_EN)), subtype="html", cte="quoted-printable"),
         ], style="gmail", preamble=None),
         language="en", requests=["erasure"],
         note="quoted newsletter carries 'Unsubscribe' text; the new text asks erasure only")

    mail("data_request/erasure-en-legal-disclaimer.eml",
         frm="Victoria Demo <victoria.demo@demo-holdings.example.com>", tz="+0100",
         subject="Removal of my personal data",
         body=text(T("""
             Dear Plaza team,

             I no longer work with switchgear procurement. Please delete all personal
             data you hold about me.

             Best regards,
             Victoria Demo

             <SIG>
             Victoria Demo | Demo Holdings S.à r.l.

             CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential
             and may be legally privileged. If you are not the intended recipient,
             please notify the sender and delete this message. Demo Holdings processes
             personal data in accordance with the GDPR; see our data protection notice
             at https://www.demo-holdings.example.com/privacy. To unsubscribe from
             Demo Holdings marketing communications, reply with UNSUBSCRIBE.
             """), cte="quoted-printable"),
         language="en", requests=["erasure"],
         note="signature disclaimer mentions GDPR, 'delete this message' and UNSUBSCRIBE: requests stay [erasure]")

    q_d = past(10, 28, 15, 20)
    mail("data_request/erasure-fi-reply-to-offer.eml", frm="Kari Malli <kari.malli@example.com>",
         subject="Re: Tarjous 2026-113", in_reply_to=mid("offer-fi-113", "plaza.example.com"),
         body=text(T("""
             Hei Thomas,

             emme jatka hanketta tällä erää. Poistakaa samalla minun yhteystietoni
             rekisteristänne, kiitos.

             Kari

             """) + wrote("fi", q_d, "Thomas Lind <thomas.lind@plaza.example.com>", style="thunderbird") +
             "\n" + gt(OFFER_FI)),
         language="fi", requests=["erasure"])

    # ------------------------------------------------------------ unsubscribe
    mail("data_request/unsubscribe-fi-1.eml", frm="Minna Kokeilu <minna.kokeilu@example.org>",
         subject="Uutiskirjeen peruutus", auth="dmarc",
         body=text(T("""
             Hei,

             en halua enää vastaanottaa uutiskirjettänne. Perukaa tilaukseni.

             Minna Kokeilu
             """)),
         language="fi", requests=["unsubscribe"])

    q_d = past(10, 5, 8, 0)
    mail("data_request/unsubscribe-fi-reply-qp.eml", frm="Esa Esimerkki <esa.esimerkki@example.com>",
         subject="Re: Plaza uutiskirje 10/2026",
         body=text(T("""
             Ottakaa minut pois uutiskirjeen jakelulistalta.

             """) + wrote("fi", q_d, PLAZA) + "\n\n" + gt(NEWS_FI.replace("11/2026", "10/2026")),
                   cte="quoted-printable"),
         language="fi", requests=["unsubscribe"])

    mail("data_request/unsubscribe-sv-1.eml", frm="Ingrid Provsson <ingrid.provsson@example.net>",
         subject="Avsluta prenumeration", tz="+0100",
         body=text("Hej, jag vill inte längre få ert nyhetsbrev. Tack.\n\nIngrid\n"),
         language="sv", requests=["unsubscribe"])

    mail("data_request/unsubscribe-sv-subject-only.eml", frm="Fredrik Testlund <fredrik.testlund@example.com>",
         subject="Avregistrera mig från nyhetsbrevet",
         body=text("Hälsningar\nFredrik Testlund\n"),
         language="sv", requests=["unsubscribe"], note="the request is only in the subject")

    mail("data_request/unsubscribe-en-mailto-gmail.eml", frm="Sam Example <sam.example@example.net>",
         subject="unsubscribe", msgid_style="gmail", tz="+0000",
         body=text("This message was automatically generated by Gmail.\n"),
         language="en", requests=["unsubscribe"],
         note="sent by a List-Unsubscribe mailto link; says 'automatically generated' but is a request, not automatic")

    mail("data_request/unsubscribe-en-empty-body.eml", frm="owen.sample@example.org",
         subject="Unsubscribe", tz="+0000",
         body=text(""),
         language="en", requests=["unsubscribe"], note="empty body, bare address in From")

    q_d = past(11, 2, 8, 0)
    mail("data_request/unsubscribe-en-reply-on-wrote.eml", frm="Ella Demo <ella.demo@example.com>",
         subject="Re: Plaza Newsletter – November 2026", tz="+0000",
         body=text(T("""
             Please take me off your newsletter mailing list, I no longer wish to
             receive it.

             Ella

             """) + wrote("en", q_d, PLAZA, style="thunderbird") + "\n" + gt(NEWS_EN)),
         language="en", requests=["unsubscribe"])

    # -------------------------------------------------------------- subscribe
    mail("data_request/subscribe-fi-qp.eml", frm="Timo Testaaja <timo.testaaja@example.org>",
         subject="Uutiskirjeen tilaus",
         body=text(T("""
             Hei,

             haluaisin tilata uutiskirjeenne tähän osoitteeseen.

             Timo Testaaja
             Testaajan Sähkötyö Oy
             """), cte="quoted-printable"),
         language="fi", requests=["subscribe"])

    mail("data_request/subscribe-sv.eml", frm="Linnea Exempel <linnea.exempel@example.com>",
         subject="Nyhetsbrev", tz="+0100",
         body=text(T("""
             Hej!

             Jag träffade er på mässan i Vasa och vill gärna prenumerera på ert
             nyhetsbrev.

             Linnea
             """)),
         language="sv", requests=["subscribe"])

    mail("data_request/subscribe-en.eml", frm="Liam Sample <liam.sample@example.net>",
         subject="Newsletter sign-up", tz="+0000",
         body=text("Hello,\n\nplease add me to your newsletter mailing list.\n\nThanks,\nLiam\n"),
         language="en", requests=["subscribe"])

    mail("data_request/subscribe-en-subject-only.eml", frm="Zoe Example <zoe.example@example.org>",
         subject="Subscribe me to your newsletter", tz="+0100",
         body=text("Sent from my phone\n"),
         language="en", requests=["subscribe"], note="the request is only in the subject")

    # -------------------------------------------------------------- objection
    mail("data_request/objection-fi-1.eml", frm="Jari Testimies <jari.testimies@example.com>",
         subject="Myyntipuhelut", auth="dmarc",
         body=text(T("""
             Hei,

             olen saanut teiltä tässä kuussa kolme myyntipuhelua. Kiellän tietojeni
             käytön suoramarkkinointiin, älkää enää soittako minulle.

             Jari Testimies
             """)),
         language="fi", requests=["objection"])

    mail("data_request/objection-fi-restrict-not-delete.eml", frm="Outi Näyte <outi.nayte@example.net>",
         subject="Tietojeni käsittely",
         body=text(T("""
             Hei,

             tietojani ei tarvitse poistaa, koska asioimme kanssanne jatkossakin.
             Rajoittakaa kuitenkin niiden käsittelyä: en halua myyjiltänne enää
             yhteydenottoja.

             Outi Näyte
             """), cte="quoted-printable"),
         language="fi", requests=["objection"],
         note="mentions deletion only to say it is NOT wanted: objection, not erasure")

    mail("data_request/objection-sv-base64.eml", frm="Gustav Provander <gustav.provander@example.org>",
         subject="Invändning mot behandling", tz="+0100",
         body=text(T("""
             Hej,

             jag motsätter mig att ni behandlar mina personuppgifter för
             direktmarknadsföring. Sluta kontakta mig i säljsyfte.

             Gustav Provander
             """), cte="base64"),
         language="sv", requests=["objection"])

    mail("data_request/objection-en-stop-calling.eml", frm="Isla Placeholder <isla.placeholder@example.com>",
         subject="Stop contacting me", tz="+0000",
         body=text(T("""
             Your sales team has phoned me three times this month. I object to my
             details being used for sales calls -- please stop contacting me.

             Isla Placeholder
             """)),
         language="en", requests=["objection"])

    mail("data_request/objection-en-html-restrict.eml", frm="Arthur Demo <arthur.demo@example.net>",
         subject="Restriction of processing", tz="+0000",
         body=text(T("""
             <html><body>
             <p>Hello,</p>
             <p>under Article 18 of the GDPR I ask you to <b>restrict the processing</b> of my
             personal data while I check the accuracy of the contact details you hold.
             Please do not use them for anything in the meantime.</p>
             <p>Arthur Demo</p>
             </body></html>
             """), subtype="html"),
         language="en", requests=["objection"], note="HTML-only, no plain part")

    # -------------------------------------------------------------- personnel
    mail("data_request/personnel-fi.eml", frm="Janne Entinen <janne.entinen@example.com>",
         subject="Henkilöstörekisterin tiedot",
         body=text(T("""
             Hei,

             olin teillä töissä asentajana vuosina 2019–2023. Pyydän kopion
             henkilöstörekisteriin minusta tallennetuista tiedoista.

             Terveisin
             Janne Entinen
             """)),
         language="fi", requests=["personnel"],
         note="asks for an extract, but of the personnel register: personnel, not access")

    mail("data_request/personnel-sv.eml", frm="Elin Tidigare <elin.tidigare@example.org>",
         subject="Mina uppgifter som tidigare anställd", tz="+0100",
         body=text(T("""
             Hej,

             jag slutade hos er i mars 2026. Radera mitt bankkontonummer och min
             hemadress ur personalregistret, eftersom lönerna redan är betalda.

             Elin Tidigare
             """), cte="quoted-printable"),
         language="sv", requests=["personnel"],
         note="asks for deletion, but from the personnel register: personnel, not erasure")

    mail("data_request/personnel-en.eml", frm="Mark Staffer <mark.staffer@example.net>",
         subject="Personnel records: change of home address", tz="+0200",
         body=text(T("""
             Hi,

             I moved last month. Please correct my home address in the personnel
             register so that payroll and occupational health care have it right:
             Esimerkkikatu 7 B 12, 00000 Esimerkkilä.

             Thanks,
             Mark Staffer (service technician)
             """)),
         language="en", requests=["personnel"],
         note="asks for a correction, but of the personnel register: personnel, not rectification")

    # -------------------------------------------------------- two requests
    mail("data_request/multi-access-then-erasure-fi.eml", frm="Raili Esimerkki <raili.esimerkki@example.org>",
         subject="Rekisteriote ja tietojen poisto", auth="dmarc",
         body=text(T("""
             Hei,

             lähettäkää minulle ensin rekisteriote kaikista minusta tallennetuista
             tiedoista ja poistakaa ne sen jälkeen rekisteristänne.

             Raili Esimerkki
             """), cte="quoted-printable"),
         language="fi", requests=["access", "erasure"])

    mail("data_request/multi-unsubscribe-then-erasure-sv.eml", frm="Nils Provsson <nils.provsson@example.com>",
         subject="Nyhetsbrev och mina uppgifter", tz="+0100",
         body=text(T("""
             Hej,

             avsluta min prenumeration på nyhetsbrevet och radera sedan alla mina
             uppgifter ur ert register.

             Nils
             """)),
         language="sv", requests=["unsubscribe", "erasure"])

    mail("data_request/multi-access-then-erasure-en-crlf.eml", frm="Lucy Example <lucy.example@example.net>",
         subject="My personal data", tz="+0000", crlf=True,
         body=text(T("""
             Hello,

             first, please send me a copy of all personal data you hold about me.
             After that, delete everything.

             Lucy Example
             """)),
         language="en", requests=["access", "erasure"])

    mail("data_request/multi-rectification-subscribe-en.eml", frm="Jack Sample <jack.sample@example.com>",
         subject="Update my details", tz="+0000",
         body=text(T("""
             Hi,

             please update the phone number in my contact details to +44 7700 900654,
             and also sign me up for your newsletter.

             Cheers,
             Jack
             """)),
         language="en", requests=["rectification", "subscribe"])

    mail("data_request/multi-objection-then-access-fi.eml", frm="Pirjo Kokeilu <pirjo.kokeilu@example.net>",
         subject="Yhteydenotot", in_reply_to=None,
         body=text(T("""
             Hei,

             älkää enää soittako minulle myyntipuheluita. Lisäksi haluaisin nähdä,
             mitä tietoja minusta on rekisteriinne tallennettu.

             Pirjo Kokeilu
             """), charset="iso-8859-1", cte="8bit"),
         language="fi", requests=["objection", "access"])


# =========================================================================== confirmation

CONF_FI = T("""
    Hei,

    yhteystietosi (nimi, yritys, sähköposti ja puhelinnumero) on lisätty
    Plaza Oy:n asiakasrekisteriin. Pyydämme sinua vahvistamaan, että tietosi
    saa tallentaa ja että haluat vastaanottaa uutiskirjeemme.

    Vastaa tähän viestiin sanalla KYLLÄ, jos hyväksyt tietojesi tallentamisen.
    Jos vastaat EI tai et vastaa 14 päivän kuluessa, tietosi poistetaan.

    Ystävällisin terveisin
    Plaza Oy
    info@plaza.example.com
    """)

CONF_FI_NEWS = T("""
    Hei,

    saimme pyynnön tilata Plaza Oy:n uutiskirje osoitteeseen {email}.
    Vahvista tilaus vastaamalla tähän viestiin sanalla KYLLÄ. Jos et
    pyytänyt tilausta, vastaa EI tai jätä viesti huomiotta.

    Plaza Oy
    """)

CONF_SV = T("""
    Hej,

    dina kontaktuppgifter (namn, företag, e-post och telefonnummer) har lagts
    till i Plaza Oy:s kundregister. Vi ber dig bekräfta att vi får spara
    uppgifterna och skicka dig vårt nyhetsbrev.

    Svara JA på detta meddelande om du godkänner det. Om du svarar NEJ eller
    inte svarar inom 14 dagar raderas dina uppgifter.

    Med vänliga hälsningar
    Plaza Oy
    """)

CONF_SV_NEWS = T("""
    Hej,

    vi har fått en begäran om att prenumerera på Plaza Oy:s nyhetsbrev med
    adressen {email}. Bekräfta genom att svara JA på detta meddelande. Om du
    inte har begärt detta kan du svara NEJ eller bortse från meddelandet.

    Plaza Oy
    """)

CONF_EN_NEWS = T("""
    Hello,

    we received a request to subscribe {email} to the Plaza Oy newsletter.
    Please confirm by replying YES to this message. If you did not ask for
    this, reply NO or simply ignore this message.

    Plaza Oy
    """)

CONF_EN_ID = T("""
    Hello,

    we received a request, sent in your name, for a copy of the personal data
    we hold about {email}. To protect your data we need to check that the
    request came from you. Please reply YES to this message if you made the
    request, or NO if you did not.

    Kind regards
    Plaza Oy
    """)


def confirmations() -> None:
    t = token("c1")
    q_d = past(11, 3, 14, 2)
    mail("confirmation/fi-kylla.eml", frm="Sirpa Testinen <sirpa.testinen@example.com>",
         subject=f"Re: Vahvista tietosi [mailbot:{t}]", msgid_style="gmail",
         body=text("kyllä\n\n" + wrote("fi", q_d, PLAZA) + "\n\n" + gt(CONF_FI)),
         language="fi", decision="accept", note="quoted original contains both KYLLÄ and EI and 'poistetaan'")

    t = token("c2")
    q_d = past(11, 4, 9, 15)
    mail("confirmation/fi-kylla-vahvistan-outlook-html.eml", frm=addr("Kokeilu Juha", "juha.kokeilu@example.org"),
         subject=f"VS: Vahvista tietosi [mailbot:{t}]", msgid_style="outlook",
         body=multi("alternative", [
             text("Kyllä, vahvistan.\n\nJuha\n\n" + outlook_text_quote(
                 "fi", q_d, PLAZA, "Kokeilu Juha <juha.kokeilu@example.org>", f"Vahvista tietosi [mailbot:{t}]",
                 CONF_FI), cte="quoted-printable"),
             text(outlook_html("Kyllä, vahvistan.\n\nJuha", "fi", q_d, PLAZA, "Kokeilu Juha <juha.kokeilu@example.org>",
                               f"Vahvista tietosi [mailbot:{t}]", CONF_FI), subtype="html", cte="quoted-printable"),
         ], style="outlook", preamble=None),
         language="fi", decision="accept")

    t = token("c3")
    q_d = past(11, 1, 11, 30)
    mail("confirmation/fi-ei-signature.eml", frm="Seppo Näyte <seppo.nayte@example.net>",
         subject=f"Re: Vahvista tietosi [mailbot:{t}]",
         body=text("Ei.\n\n<SIG>\nSeppo Näyte\nNäyte Automaatio Oy\n\n".replace("<SIG>", "-- ") +
                   wrote("fi", q_d, PLAZA, style="thunderbird") + "\n" + gt(CONF_FI), cte="quoted-printable"),
         language="fi", decision="decline")

    t = token("c4")
    q_d = past(11, 2, 16, 45)
    mail("confirmation/fi-ei-kiitos-uutiskirje-cp1252.eml", frm="Hannele Esimerkki <hannele.esimerkki@example.com>",
         subject=f"Re: Vahvista uutiskirjeen tilaus [mailbot:{t}]", subject_charset="windows-1252",
         body=text("Ei kiitos, en halua uutiskirjettä.\n\n" + wrote("fi", q_d, PLAZA) + "\n\n" +
                   gt(CONF_FI_NEWS.format(email="hannele.esimerkki@example.com")),
                   charset="windows-1252", cte="quoted-printable"),
         language="fi", decision="decline",
         note="the decline mentions the newsletter ('en halua uutiskirjettä'): a confirmation, not unsubscribe")

    t = token("c5")
    q_d = past(11, 4, 13, 10)
    mail("confirmation/sv-ja-outlook-text.eml", frm=addr("Provsson, Karl", "karl.provsson@example.org"),
         subject=f"SV: Bekräfta dina uppgifter [mailbot:{t}]", msgid_style="outlook", tz="+0100",
         body=text("Ja\n\nHälsningar\nKarl\n\n" + outlook_text_quote("sv", q_d, PLAZA, "Provsson, Karl <karl.provsson@example.org>",
                                                 f"Bekräfta dina uppgifter [mailbot:{t}]", CONF_SV),
                   cte="quoted-printable"),
         language="sv", decision="accept")

    t = token("c6")
    q_d = past(11, 3, 8, 55)
    mail("confirmation/sv-nej-tack-latin1.eml", frm="Astrid Exempel <astrid.exempel@example.net>",
         subject=f"Re: Bekräfta dina uppgifter [mailbot:{t}]", subject_charset="iso-8859-1", tz="+0100",
         body=text("Nej tack.\n\n" + wrote("sv", q_d, PLAZA) + "\n\n" + gt(CONF_SV),
                   charset="iso-8859-1", cte="quoted-printable"),
         language="sv", decision="decline")

    t = token("c7")
    q_d = past(11, 4, 19, 20)
    new = "Ja, jag bekräftar prenumerationen."
    quoted = CONF_SV_NEWS.format(email="viktor.testsson@example.com")
    mail("confirmation/sv-ja-bekraftar-apple-html.eml", frm="Viktor Testsson <viktor.testsson@example.com>",
         subject=f"Re: Bekräfta prenumerationen på nyhetsbrevet [mailbot:{t}]",
         body=multi("alternative", [
             text(new + "\n\n" + wrote("sv", q_d, PLAZA, style="apple") + "\n\n" + gt(quoted), cte="quoted-printable"),
             text(apple_html(new, wrote("sv", q_d, PLAZA, style="apple"), quoted), subtype="html",
                  cte="quoted-printable"),
         ], style="apple", preamble=None),
         language="sv", decision="accept")

    t = token("c8")
    mail("confirmation/en-yes-no-quote.eml", frm="Henry Example <henry.example@example.com>",
         subject=f"Re: Please confirm your newsletter subscription [mailbot:{t}]", tz="+0000",
         body=text("Yes\n"),
         language="en", decision="accept", note="bare 'Yes', no quoted original")

    t = token("c9")
    q_d = past(11, 4, 10, 0)
    quoted = CONF_EN_NEWS.format(email="freya.sample@example.org")
    mail("confirmation/en-no-thanks-gmail-html.eml", frm="Freya Sample <freya.sample@example.org>",
         subject=f"Re: Please confirm your newsletter subscription [mailbot:{t}]", msgid_style="gmail", tz="+0000",
         body=multi("alternative", [
             text("No, thanks.\n\n" + wrote("en", q_d, PLAZA) + "\n\n" + gt(quoted)),
             text(gmail_html("No, thanks.", wrote("en", q_d, PLAZA), html_br(quoted)), subtype="html",
                  cte="quoted-printable"),
         ], style="gmail", preamble=None),
         language="en", decision="decline", note="quoted original says 'replying YES'")

    t = token("c10")
    q_d = past(11, 4, 15, 30)
    mail("confirmation/en-yes-identity-check-crlf.eml", frm=addr("Sample, Oscar", "oscar.sample@example.net"),
         subject=f"RE: Please confirm your request [mailbot:{t}]", msgid_style="outlook", crlf=True, tz="+0000",
         body=text("Yes, that was me. Please go ahead.\n\nOscar\n\n" + outlook_text_quote(
             "en", q_d, PLAZA, "Sample, Oscar <oscar.sample@example.net>", f"Please confirm your request [mailbot:{t}]",
             CONF_EN_ID.format(email="oscar.sample@example.net"))),
         language="en", decision="accept")

    t = token("c11")
    q_d = past(11, 3, 12, 12)
    mail("confirmation/en-decline-not-me.eml", frm="Alice Demo <alice.demo@example.com>",
         subject=f"Re: Please confirm your request [mailbot:{t}]", tz="+0100",
         body=text("No - I did not make this request. Please do not send anything.\n\n" +
                   wrote("en", q_d, PLAZA, style="thunderbird") + "\n" +
                   gt(CONF_EN_ID.format(email="alice.demo@example.com"))),
         language="en", decision="decline", note="the decline talks about a 'request'; not a data_request")

    t = token("c12")
    q_d = past(11, 4, 7, 45)
    mail("confirmation/fi-kylla-base64-encoded-subject.eml", frm="Olli Testinen <olli.testinen@example.org>",
         subject_raw=ew(f"Re: Vahvista tietosi [mailbot:{t}]", "utf-8", "b"), subject="",
         body=text("Kyllä\n\n" + wrote("fi", q_d, PLAZA) + "\n\n" + gt(CONF_FI), cte="base64"),
         language="fi", decision="accept", note="the whole subject, token included, is a base64 encoded-word")


# =========================================================================== automatic

def automatics() -> None:
    # ---------------------------------------------------------------- bounces
    p = "automatic/bounce-postfix-dsn.eml"
    d = when(p)
    orig_d = d - dt.timedelta(seconds=3)
    rcpt = "olli.poistunut@esimerkkiverkko.example.com"
    orig_subj = f"Vahvista tietosi [mailbot:{token('b1')}]"
    mail(p, frm="MAILER-DAEMON@mx.plaza.example.com (Mail Delivery System)", date=d,
         subject="Undelivered Mail Returned to Sender",
         body=multi("report", [
             raw('text/plain; charset="us-ascii"', T(f"""
                 This is the mail system at host mx.plaza.example.com.

                 I'm sorry to have to inform you that your message could not
                 be delivered to one or more recipients. It's attached below.

                 For further assistance, please send mail to postmaster.

                 If you do so, please include this problem report. You can
                 delete your own text from the attached returned message.

                                    The mail system

                 <{rcpt}>: host
                     mx.esimerkkiverkko.example.com[192.0.2.25] said: 550 5.1.1
                     <{rcpt}>: Recipient address rejected: User unknown in
                     virtual mailbox table (in reply to RCPT TO command)
                 """), extra=(("Content-Description", "Notification"),)),
             raw("message/delivery-status", T(f"""
                 Reporting-MTA: dns; mx.plaza.example.com
                 X-Postfix-Queue-ID: 4ZkT2m0QpWz9sQ
                 X-Postfix-Sender: rfc822; info@plaza.example.com
                 Arrival-Date: {rfcdate(orig_d)}

                 Final-Recipient: rfc822; {rcpt}
                 Original-Recipient: rfc822;{rcpt}
                 Action: failed
                 Status: 5.1.1
                 Remote-MTA: dns; mx.esimerkkiverkko.example.com
                 Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address
                     rejected: User unknown in virtual mailbox table
                 """), extra=(("Content-Description", "Delivery report"),)),
             raw("text/rfc822-headers", T(f"""
                 Return-Path: <info@plaza.example.com>
                 From: Plaza Oy <info@plaza.example.com>
                 To: {rcpt}
                 Subject: {orig_subj}
                 Date: {rfcdate(orig_d)}
                 Message-ID: {mid('b1-orig', 'plaza.example.com')}
                 Auto-Submitted: auto-generated
                 """), extra=(("Content-Description", "Undelivered Message Headers"),)),
         ], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n"),
         note="Postfix DSN (multipart/report) without Auto-Submitted; the returned headers carry a [mailbot:] token")

    p = "automatic/bounce-exchange-undeliverable.eml"
    d = when(p)
    rcpt = "p.vanha@esimerkkivoima.example.com"
    orig_d = d - dt.timedelta(minutes=1)
    orig = T(f"""
        From: Thomas Lind <thomas.lind@plaza.example.com>
        To: {rcpt}
        Subject: Tarjous 2026-118
        Date: {rfcdate(orig_d)}
        Message-ID: {mid('b2-orig', 'plaza.example.com')}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 8bit

        Hei,

        liitteenä pyytämänne tarjous. Tarjous on voimassa 31.12.2026 asti.

        Thomas Lind
        Plaza Oy
        """).encode("utf-8")
    mail(p, frm="Microsoft Outlook <postmaster@esimerkkivoima.example.com>", date=d,
         subject="Undeliverable: Tarjous 2026-118", msgid_style="outlook",
         headers=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")),
         body=multi("report", [
             text(T(f"""
                 <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
                 <body>
                 <div style="font-family:Segoe UI,Frutiger,Arial,sans-serif">
                 <p style="font-size:16pt;color:#C00000"><b>Your message to {rcpt} couldn't be delivered.</b></p>
                 <p>{rcpt.split('@')[0]} wasn't found at esimerkkivoima.example.com.</p>
                 <p><b>Thomas Lind</b> &nbsp; Office 365 &nbsp; <b>{rcpt.split('@')[0]}</b><br>Action Required</p>
                 <p>Unknown To address</p>
                 <p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p>
                 <ul><li>Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose <b>Send Again</b>.</li></ul>
                 <p style="font-size:9pt">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
                 </div>
                 </body></html>
                 """), subtype="html", cte="quoted-printable"),
             raw("message/delivery-status", T(f"""
                 Reporting-MTA: dns;AM0PR07MB1234.eurprd07.prod.outlook.example.com
                 Received-From-MTA: dns;HE1PR07MB5678.eurprd07.prod.outlook.example.com
                 Arrival-Date: {rfcdate(orig_d)}

                 Final-Recipient: rfc822;{rcpt}
                 Action: failed
                 Status: 5.1.10
                 Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
                 """)),
             Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")], orig),
         ], style="outlook", params=" report-type=delivery-status;", preamble=None),
         note="Exchange NDR from postmaster@; the returned original is an ordinary Finnish offer")

    p = "automatic/bounce-gmail-style-dsn.eml"
    d = when(p)
    rcpt = "ex.employee@example-utilities.example.com"
    orig_d = d - dt.timedelta(minutes=2)
    news_orig = (T(f"""
        From: Plaza Oy <info@plaza.example.com>
        To: {rcpt}
        Subject: Plaza Newsletter - November 2026
        Date: {rfcdate(orig_d)}
        Message-ID: {mid('b3-orig', 'plaza.example.com')}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 8bit

        """) + NEWS_EN).encode("utf-8")
    notice = T(f"""
        ** Address not found **

        Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 The email account that you tried to reach does not exist.
        """)
    mail(p, frm="Mail Delivery Subsystem <mailer-daemon@mail.example.net>", date=d,
         subject="Delivery Status Notification (Failure)", msgid_style="gmail",
         headers=(("Auto-Submitted", "auto-replied"),),
         body=multi("report", [
             multi("related", [multi("alternative", [
                 text(notice),
                 text("<html><body><h2>Address not found</h2><p>" + html_br(notice.split("\n", 2)[2]) +
                      "</p></body></html>\n", subtype="html", cte="quoted-printable"),
             ], style="gmail", preamble=None)], style="gmail", preamble=None),
             raw("message/delivery-status", T(f"""
                 Reporting-MTA: dns; mail.example.net
                 Received-From-MTA: dns; info@plaza.example.com
                 Arrival-Date: {rfcdate(orig_d)}

                 Final-Recipient: rfc822; {rcpt}
                 Action: failed
                 Status: 5.1.1
                 Remote-MTA: dns; mx.example-utilities.example.com. (192.0.2.77, the server for the domain example-utilities.example.com.)
                 Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
                 Last-Attempt-Date: {rfcdate(d)}
                 """)),
             Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")], news_orig),
         ], style="gmail", params=" report-type=delivery-status;", preamble=None),
         note="nested multipart/report; the returned newsletter contains 'Unsubscribe'")

    p = "automatic/bounce-exim-returns-erasure-ack.eml"
    d = when(p)
    rcpt = "vanha.osoite@example.org"
    orig_d = d - dt.timedelta(seconds=20)
    mail(p, frm="Mail Delivery System <Mailer-Daemon@mail.example.org>", date=d,
         subject="Mail delivery failed: returning message to sender",
         headers=(("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")),
         body=text(T(f"""
             This message was created automatically by mail delivery software.

             A message that you sent could not be delivered to one or more of its
             recipients. This is a permanent error. The following address(es) failed:

               {rcpt}
                 mailbox is full: retry timeout exceeded

             ------ This is a copy of the message, including all the headers. ------

             Return-path: <info@plaza.example.com>
             From: Plaza Oy <info@plaza.example.com>
             To: {rcpt}
             Subject: Re: Poistakaa tietoni
             Date: {rfcdate(orig_d)}
             Auto-Submitted: auto-replied
             Content-Type: text/plain; charset="utf-8"

             Hei,

             olemme vastaanottaneet pyyntösi poistaa tietosi rekisteristämme.
             Käsittelemme pyynnön kuukauden kuluessa.

             > Poistakaa tietoni rekisteristänne.

             Plaza Oy
             """)),
         note="plain-text Exim bounce; the returned copy contains 'Poistakaa tietoni'")

    p = "automatic/postmaster-delay-warning.eml"
    d = when(p)
    mail(p, frm="postmaster@mail.example.com", date=d,
         subject="Warning: message delayed 24 hours",
         body=text(T("""
             This is an automatically generated Delivery Status Notification.

             THIS IS A WARNING MESSAGE ONLY.
             YOU DO NOT NEED TO RESEND YOUR MESSAGE.

             Delivery to the following recipients has been delayed:

                 hankinta@example.com

             Message will be retried for 4 more day(s).

             Original subject: Tarjous 2026-121
             """)),
         note="postmaster@ sender only; no report structure, no auto headers")

    p = "automatic/read-receipt-mdn.eml"
    d = when(p)
    orig_d = past(11, 4, 14, 0)
    mail(p, frm="Pertti Testinen <pertti.testinen@example.com>", date=d,
         subject="Luettu: Tarjous 2026-120", msgid_style="outlook",
         body=multi("report", [
             text(T(f"""
                 Viestisi

                 Vastaanottaja: Pertti Testinen
                 Aihe: Tarjous 2026-120
                 Lähetetty: {FI_WD[orig_d.weekday()]} {orig_d.day}. {FI_MONTH_PART[orig_d.month - 1]} {orig_d.year} {orig_d.hour}.{orig_d.minute:02d}

                 luettiin {FI_WD[d.weekday()]} {d.day}. {FI_MONTH_PART[d.month - 1]} {d.year} {d.hour}.{d.minute:02d}.
                 """), cte="quoted-printable"),
             raw("message/disposition-notification", T(f"""
                 Reporting-UA: pertti.testinen@example.com; Microsoft Outlook 16.0
                 Final-Recipient: rfc822;pertti.testinen@example.com
                 Original-Message-ID: {mid('mdn-orig', 'plaza.example.com')}
                 Disposition: manual-action/MDN-sent-manually; displayed
                 """)),
         ], style="outlook", params=" report-type=disposition-notification;", preamble=None),
         note="read receipt (MDN) from a person's address: report structure only")

    # ------------------------------------------------------- out-of-office
    mail("automatic/ooo-fi-auto-submitted.eml", frm="Tuula Esimerkki <tuula.esimerkki@example.net>",
         subject="Automaattinen vastaus: Tarjouspyyntö", msgid_style="outlook",
         headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
         body=text(T("""
             Kiitos viestistäsi. Olen lomalla 30.11. asti enkä lue sähköpostia.
             Kiireellisissä asioissa ota yhteyttä kollegaani Petriin,
             petri.kollega@example.net, p. 040 000 2020.

             Terveisin
             Tuula Esimerkki
             """), cte="quoted-printable"),
         language="fi")

    mail("automatic/ooo-sv-x-autoreply-only.eml", frm="Mats Exempel <mats.exempel@example.org>",
         subject="Re: Offert 2026-094", tz="+0100", headers=(("X-Autoreply", "yes"),),
         body=text(T("""
             Hej,

             jag är på semester till och med den 29 november och läser inte e-post.
             I brådskande ärenden, kontakta vår växel 0000 123 456.

             Mats Exempel
             """), charset="iso-8859-1", cte="quoted-printable"),
         language="sv", note="only X-Autoreply marks it; the subject looks like an ordinary reply")

    mail("automatic/ooo-en-precedence-auto-reply-only.eml", frm="Daniel Sample <daniel.sample@example.com>",
         subject="Re: Price list request", tz="+0000", headers=(("Precedence", "auto_reply"),),
         body=text(T("""
             Thank you for your email. I am currently out of the office with limited
             access to email and will return on Monday 30 November. For urgent
             matters please contact sales@example.com.

             Daniel
             """)),
         language="en", note="only 'Precedence: auto_reply' marks it")

    mail("automatic/ooo-fi-x-auto-response-suppress-only.eml", frm=addr("Lahtinen Marjo", "marjo.lahtinen@example.com"),
         subject="Lomalla 16.–27.11.", msgid_style="outlook", headers=(("X-Auto-Response-Suppress", "All"),),
         body=multi("alternative", [
             text("Olen lomalla 16.–27.11. Viestisi ei välity eteenpäin. Tilauksia koskevissa asioissa "
                  "palvelemme osoitteessa tilaukset@example.com.\n\nMarjo Lahtinen\n", cte="quoted-printable"),
             text("<html><body><p>Olen lomalla 16.–27.11. Viestisi ei välity eteenpäin. Tilauksia koskevissa "
                  "asioissa palvelemme osoitteessa tilaukset@example.com.</p><p>Marjo Lahtinen</p></body></html>\n",
                  subtype="html", cte="quoted-printable"),
         ], style="outlook", preamble=None),
         language="fi", note="only 'X-Auto-Response-Suppress: All' marks it (plus the wording)")

    mail("automatic/ooo-fi-subject-only-rekisteriote.eml", frm="Reijo Kokeilu <reijo.kokeilu@example.org>",
         subject="Automaattinen vastaus: Rekisteriote",
         body=text(T("""
             Olen poissa toimistolta 11.–20.11. ja vastaan viestiisi palattuani.

             Reijo Kokeilu
             """)),
         language="fi",
         note="no auto headers; only the subject prefix; the subject also names an extract ('Rekisteriote')")

    t = token("ooo-sv")
    mail("automatic/ooo-sv-subject-only-with-mailbot-token.eml", frm="Ebba Provsson <ebba.provsson@example.com>",
         subject=f"Autosvar: Bekräfta dina uppgifter [mailbot:{t}]", tz="+0100",
         body=text(T("""
             Tack för ditt meddelande. Jag är tjänstledig till den 1 december och
             mina mejl vidarebefordras inte.

             Ebba Provsson
             """)),
         language="sv",
         note="auto-reply to a confirmation mail: has a [mailbot:] token and 'Bekräfta' but is automatic, not confirmation")

    mail("automatic/ooo-en-subject-only-html.eml", frm=addr("Placeholder, Chris", "chris.placeholder@example.net"),
         subject="Out of Office: Plaza Newsletter – November 2026", msgid_style="outlook", tz="+0000",
         body=text(T("""
             <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
             <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
             <p>Hello,</p>
             <p>I'm out of the office until 1 December with no access to e-mail.
             Your message will not be forwarded.</p>
             <p>Best regards,<br>Chris</p>
             </div></body></html>
             """), subtype="html", cte="quoted-printable"),
         language="en", note="no auto headers; only the 'Out of Office:' subject; HTML-only")

    q_d = past(11, 4, 11, 0)
    mail("automatic/ooo-en-quotes-delete-my-data.eml", frm="Harper Example <harper.example@example.com>",
         subject="Automatic reply: Re: Please delete my data", tz="+0000", msgid_style="outlook",
         headers=(("Auto-Submitted", "auto-replied"),),
         body=text(T("""
             I'm travelling this week and will reply when I'm back.

             Harper

             ________________________________
             From: Plaza Oy <info@plaza.example.com>
             Subject: Re: Please delete my data

             We have received your request. It will be handled within one month.

             > Please delete my data from your register.
             """)),
         language="en", note="auto-reply that quotes 'Please delete my data'")

    q_d = past(11, 4, 10, 30)
    mail("automatic/ooo-fi-precedence-quotes-poistakaa.eml", frm=addr("Näyte Anja", "anja.nayte@example.org"),
         subject="Automaattinen vastaus: Re: Poistakaa tietoni", msgid_style="outlook",
         headers=(("Precedence", "auto_reply"),),
         body=text("Olen poissa 27.11. asti.\n\nAnja\n\n" + outlook_text_quote(
             "fi", q_d, PLAZA, "Näyte Anja <anja.nayte@example.org>", "Re: Poistakaa tietoni", T("""
             Hei,

             olemme vastaanottaneet pyyntösi. Käsittelemme sen kuukauden kuluessa.

             Plaza Oy

             > Poistakaa tietoni rekisteristänne.
             """)), cte="quoted-printable"),
         language="fi", note="auto-reply (Precedence only + subject prefix) whose subject and quote say 'Poistakaa tietoni'")

    # -------------------------------------------------- lists and bulk mail
    mail("automatic/list-discussion-fi.eml", frm="Keijo Verkkonen <keijo.verkkonen@example.net>",
         subject="[sahkoverkot] Kokemuksia SF6-vapaista kojeistoista?",
         headers=(("List-Id", ew("Sähköverkkoyhdistyksen keskustelulista") + " <sahkoverkot.lists.example.org>"),
                  ("List-Unsubscribe", "<mailto:sahkoverkot-leave@lists.example.org>, "
                                       "<https://lists.example.org/sahkoverkot/unsubscribe>"),
                  ("List-Post", "<mailto:sahkoverkot@lists.example.org>"),
                  ("List-Archive", "<https://lists.example.org/sahkoverkot/archive>"),
                  ("Precedence", "list"),
                  ("Sender", "sahkoverkot-bounces@lists.example.org")),
         body=text(T("""
             Hei listalaiset,

             onko kenelläkään käyttökokemuksia SF6-vapaista 24 kV:n kojeistoista
             jakeluverkossa? Harkitsemme niitä ensi vuoden saneerauskohteisiin.

             Keijo

             _______________________________________________
             sahkoverkot-lista
             https://lists.example.org/sahkoverkot
             """), cte="quoted-printable"),
         language="fi")

    mail("automatic/list-member-asks-unsubscribe.eml", frm="Robert Sample <robert.sample@example.org>",
         subject="[mv-users] unsubscribe", tz="+0000",
         headers=(("List-Id", "MV switchgear users <mv-users.lists.example.org>"),
                  ("List-Unsubscribe", "<mailto:mv-users-request@lists.example.org?subject=unsubscribe>"),
                  ("List-Post", "<mailto:mv-users@lists.example.org>"),
                  ("Precedence", "list")),
         body=text(T("""
             Please unsubscribe me from this list.

             Robert

             --
             mv-users mailing list
             To unsubscribe, send a mail with subject "unsubscribe" to
             mv-users-request@lists.example.org
             """)),
         language="en",
         note="a list member's 'unsubscribe' posted to a list: list mail, automatic, not a request to us")

    news = T("""
        SÄHKÖALA-UUTISET 47/2026

        Jakeluverkkoyhtiöiden investoinnit kasvavat
        Uusi standardi keskijännitekojeistojen valokaarisuojaukselle
        Tapahtumat: Sähköverkkopäivät 10.–11.2.2027

        Saat tämän viestin, koska olet tilannut Sähköala-uutiset.
        Peru tilaus: https://news.sahkoala.example.net/peru?u=4471
        """)
    mail("automatic/newsletter-bulk-fi-html.eml", frm="Sähköala-uutiset <uutiset@news.sahkoala.example.net>",
         subject="Sähköala-uutiset 47/2026: investoinnit kasvavat", headers=(("Precedence", "bulk"),),
         body=multi("alternative", [
             text(news, cte="quoted-printable"),
             text("<html><body style=\"font-family:Arial\">\n<h1>SÄHKÖALA-UUTISET 47/2026</h1>\n"
                  "<h2>Jakeluverkkoyhtiöiden investoinnit kasvavat</h2>\n"
                  "<h2>Uusi standardi keskijännitekojeistojen valokaarisuojaukselle</h2>\n"
                  "<p>Tapahtumat: Sähköverkkopäivät 10.–11.2.2027</p>\n"
                  "<p style=\"font-size:10px\">Saat tämän viestin, koska olet tilannut Sähköala-uutiset. "
                  "<a href=\"https://news.sahkoala.example.net/peru?u=4471\">Peru tilaus</a></p>\n</body></html>\n",
                  subtype="html", cte="quoted-printable"),
         ]),
         language="fi", note="only 'Precedence: bulk' marks it; text says 'Peru tilaus'")

    mail("automatic/newsletter-bulk-sv-list-unsubscribe.eml",
         frm="Leverantörsnytt <nyhetsbrev@leverantor.example.com>",
         subject="Nyhetsbrev november: nya kabelskor och kampanjpriser", tz="+0100",
         headers=(("Precedence", "bulk"),
                  ("List-Unsubscribe", "<https://leverantor.example.com/avregistrera?id=88213>, "
                                       "<mailto:avregistrera@leverantor.example.com?subject=avregistrera>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("X-Campaign-ID", "nov2026-fi-sv")),
         body=text(T("""
             Hej!

             I november har vi kampanjpriser på kabelskor och skarvar för 12-24 kV.
             Beställ senast 30.11 så levererar vi före jul.

             Vill du inte längre få våra nyhetsbrev? Avregistrera dig här:
             https://leverantor.example.com/avregistrera?id=88213
             """), cte="base64"),
         language="sv")

    # ------------------------------------------------- no-reply style senders
    mail("automatic/noreply-order-confirmation-fi.eml", frm="Verkkokauppa <noreply@tarvike.example.com>",
         subject="Tilausvahvistus 2026-55810",
         body=text(T("""
             Kiitos tilauksestasi!

             Tilausnumero: 2026-55810
             Tuotteet: 10 kpl kaapelikenkä 240 mm², 2 kpl liitinsarja
             Toimitus: 3–5 arkipäivää

             Tähän viestiin ei voi vastata.
             """), cte="quoted-printable"),
         language="fi", note="noreply@ sender only")

    mail("automatic/no-reply-invoice-available-en.eml", frm="Billing <no-reply@billing.example.net>",
         subject="Your invoice INV-2026-7741 is available", tz="+0000",
         body=multi("alternative", [
             text(T("""
                 Hello,

                 your invoice INV-2026-7741 (EUR 49.00) is now available in the portal.
                 This is an automated message, please do not reply.
                 """)),
             text("<html><body><p>Hello,</p><p>your invoice <b>INV-2026-7741</b> (EUR 49.00) is now available "
                  "in the portal.</p><p><small>This is an automated message, please do not reply.</small></p>"
                  "</body></html>\n", subtype="html"),
         ]),
         language="en", note="no-reply@ sender only")

    p = "automatic/auto-generated-backup-report.eml"
    mail(p, frm="Palvelinvalvonta <valvonta@it-palvelu.example.com>",
         subject=f"Varmuuskopiointi onnistui: plaza-crm {when(p):%Y-%m-%d}",
         headers=(("Auto-Submitted", "auto-generated"),),
         body=text(T("""
             Varmuuskopiointiraportti

             Kohde: plaza-crm
             Tila: onnistui
             Koko: 4,2 Gt
             Kesto: 00:14:52

             Tämä viesti on lähetetty automaattisesti.
             """)),
         language="fi", note="only 'Auto-Submitted: auto-generated' marks it")

    mail("automatic/ticket-auto-reply-en.eml", frm="Example Supplier Support <support@supplier.example.com>",
         subject="[#48213] Your request has been received", tz="+0100",
         headers=(("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "48213")),
         body=text(T("""
             Dear customer,

             thank you for contacting Example Supplier support. Your request has
             been received and assigned ticket number #48213. Our team will get back
             to you within two working days.

             Please keep the ticket number in the subject when replying.
             """)),
         language="en", note="ticket system auto-reply talks about 'your request'")

    mail("automatic/mailer-daemon-plain-sv.eml", frm="MAILER-DAEMON@relay.example.org",
         subject="Returnerat meddelande: Offert 2026-099", tz="+0100",
         body=text(T("""
             Ditt meddelande kunde inte levereras till följande mottagare:

                 inkop@byggab.example.com
                 Mottagarens brevlåda är full.

             Detta är ett automatiskt meddelande.
             """), charset="iso-8859-1", cte="quoted-printable"),
         note="mailer-daemon sender; plain text, Swedish")


# =========================================================================== other

def others() -> None:
    mail("other/price-list-fi.eml", frm="Petri Hankinta <petri.hankinta@example.com>",
         subject="Varaosahinnasto 2027?",
         body=text(T("""
             Hei,

             onko teillä jo vuoden 2027 varaosahinnasto? Tarvitsisimme sen ensi
             vuoden kunnossapitobudjettia varten.

             Kiitos!
             Petri Hankinta
             Esimerkin Sähköverkot Oy
             """)),
         language="fi")

    mail("other/offer-request-sv-cp1252.eml", frm=addr("Sjöberg, Maja", "maja.sjoberg@exempelel.example.com"),
         subject="Offertförfrågan: ställverk 24 kV", subject_charset="windows-1252", msgid_style="outlook",
         body=text(T("""
             Hej,

             vi ber om en offert på ett luftisolerat 24 kV ställverk med sex fack
             (två inkommande, fyra utgående) till en ny fördelningsstation i
             Jakobstad. Leverans önskas i maj 2027.

             Med vänlig hälsning
             Maja Sjöberg
             Projektingenjör, Exempel El Ab
             """), charset="windows-1252", cte="quoted-printable"),
         language="sv")

    mail("other/invoice-en-pdf-attachment.eml", frm="Accounts Receivable <accounts@copperworks.example.com>",
         subject="Invoice 2026-4471", tz="+0100",
         body=multi("mixed", [
             text(T("""
                 Dear customer,

                 please find attached invoice 2026-4471 for the copper busbars delivered
                 on 2 November 2026. Payment terms 30 days net.

                 Kind regards,
                 Hannah Sample
                 Accounts Receivable, Copperworks Ltd
                 """)),
             attach("Invoice_2026-4471.pdf", pdf("Invoice 2026-4471")),
         ]),
         language="en", note="ordinary supplier invoice with a PDF attachment")

    p = "other/meeting-request-fi-ics.eml"
    d = when(p)
    start = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.timezone.utc)
    ics = T(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Pauliina Esimerkki:mailto:pauliina.esimerkki@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=info@plaza.example.com:mailto:info@plaza.example.com
        SUMMARY;LANGUAGE=fi-FI:Palaveri: PZ-24e-kojeistojen käyttökoulutus
        DTSTART:{start:%Y%m%dT%H%M%SZ}
        DTEND:{start + dt.timedelta(hours=1):%Y%m%dT%H%M%SZ}
        UID:040000008200E00074C5B7101A82E0080000000070{token('uid', 20)}
        DTSTAMP:{d.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}
        LOCATION;LANGUAGE=fi-FI:Teams
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("\n", "\r\n")
    note_fi = T("""
        Hei,

        sovitaan palaveri PZ-24e-kojeistojen käyttökoulutuksesta. Sopiiko
        torstai 3.12. klo 12? Mukaan tulisi kolme asentajaamme.

        Pauliina Esimerkki
        Esimerkin Energia Oy
        """)
    mail(p, frm=addr("Esimerkki Pauliina", "pauliina.esimerkki@example.org"), date=d,
         subject="Palaveri: PZ-24e-kojeistojen käyttökoulutus", msgid_style="outlook",
         body=multi("alternative", [
             text(note_fi, cte="quoted-printable"),
             text("<html><body>" + html_lines(note_fi, "p") + "</body></html>\n", subtype="html", cte="quoted-printable"),
             text(ics, subtype="calendar", cte="base64", params="; method=REQUEST"),
         ], style="outlook", preamble=None),
         language="fi", note="meeting invitation with a text/calendar part")

    mail("other/supplier-delivery-sv.eml", frm="Jonas Leverans <jonas.leverans@leverantor.example.com>",
         subject="Leveransbesked order 88213", tz="+0100",
         body=text(T("""
             Hej,

             de 40 kabelskorna och 12 skarvarna ni beställde levereras vecka 48.
             Fraktsedeln skickas separat när godset har lämnat lagret.

             Hälsningar
             Jonas
             """)),
         language="sv")

    mail("other/complaint-en.eml", frm="George Placeholder <george.placeholder@example.com>",
         subject="Damaged delivery - order 45110", tz="+0000",
         body=text(T("""
             Hello,

             the two cable compartments from order 45110 arrived today with a dented
             door and a broken padlock bracket. The crate was clearly dropped. This is
             the second damaged delivery this year and it is not acceptable.

             Please arrange replacement parts urgently -- our commissioning is on
             Monday. Photos available on request.

             George Placeholder
             Site Manager, Placeholder Construction Ltd
             """)),
         language="en", note="angry customer complaint")

    mail("other/complaint-fi-reklamaatio-pdf.eml", frm="Anssi Testinen <anssi.testinen@example.net>",
         subject="Reklamaatio: viallinen moottoriohjain (tilaus 44980)",
         body=multi("mixed", [
             text(T("""
                 Hei,

                 toimittamanne moottoriohjain ei käynnisty lainkaan: ohjauspiirissä on
                 jännite, mutta moottori ei reagoi. Liitteenä asentajan raportti.

                 Pyydämme korvaavan laitteen mahdollisimman pian.

                 Anssi Testinen
                 Testisen Sähköasennus Oy
                 """), cte="quoted-printable"),
             attach("asennusraportti_44980.pdf", pdf("Asennusraportti 44980")),
         ]),
         language="fi")

    # ---------------------------------------------------------------- traps
    q_d = past(10, 20, 9, 12)
    mail("other/quoted-poistakaa-tietoni-fi.eml", frm=addr("Virta Kimmo", "kimmo.virta@example.com"),
         subject="VS: Poistakaa tietoni uutiskirjeen jakelusta", msgid_style="outlook",
         body=text(T("""
             Kiitos nopeasta hoidosta!

             Sitten toiseen asiaan: tarvitsisimme tarjouksen kahdesta PZ-12-
             kaapelikentästä. Toimitus tammikuussa Ouluun.

             Kimmo Virta
             """) + "\n" + outlook_text_quote("fi", q_d, PLAZA, "Virta Kimmo <kimmo.virta@example.com>",
                                             "RE: Poistakaa tietoni uutiskirjeen jakelusta", T("""
             Hei Kimmo,

             osoitteesi on poistettu uutiskirjeen jakelusta.

             Plaza Oy
             """) + "\n" + outlook_text_quote("fi", past(10, 19, 16, 40), "Virta Kimmo <kimmo.virta@example.com>",
                                             PLAZA, "Poistakaa tietoni uutiskirjeen jakelusta",
                                             "Poistakaa tietoni uutiskirjeen jakelusta.\n\nKimmo\n")),
                   cte="quoted-printable"),
         language="fi",
         note="hardest quote trap: 'Poistakaa tietoni' is only in the inherited 'VS:' subject and the quoted thread; the new text thanks and asks for an offer")

    q_d = past(10, 30, 13, 47)
    quoted_txt = T("""
        Hi Nora,

        as you asked, we have deleted your data from our register. You will not
        receive further mail from us.

        Plaza Oy

        > Please delete my data.
        """)
    mail("other/quoted-delete-my-data-en-gmail-html-only.eml", frm="Nora Example <nora.example@example.org>",
         subject="Re: Your request has been completed", msgid_style="gmail", tz="+0000",
         body=text(gmail_html("Thanks for confirming. By the way, could you send me the datasheet for the PZ-24e "
                              "RMU? We are considering it for a new project.\n\nNora", wrote("en", q_d, PLAZA),
                              html_br(quoted_txt)), subtype="html", cte="quoted-printable"),
         language="en", note="HTML-only Gmail reply; only the gmail_quote says 'delete my data'; new text asks for a datasheet")

    q_d = past(10, 27, 8, 30)
    mail("other/quoted-radera-sv-outlook-html.eml", frm=addr("Holm, Sven", "sven.holm@example.com"),
         subject="SV: Dina uppgifter har raderats", msgid_style="outlook", tz="+0100",
         body=text(outlook_html(T("""
             Hej igen,

             tack för bekräftelsen. Min kollega Lisa tar över kontakten med er
             framöver, hon hör av sig om offerten på kompaktstationen.

             Sven
             """), "sv", q_d, PLAZA, "Holm, Sven <sven.holm@example.com>", "Dina uppgifter har raderats", T("""
             Hej Sven,

             dina uppgifter har raderats ur vårt kundregister enligt din begäran.

             Plaza Oy

             > Radera mina uppgifter, jag går i pension.
             """)), subtype="html", cte="quoted-printable"),
         language="sv", note="the quoted Outlook HTML (divRplyFwdMsg) says 'Radera mina uppgifter'; new text is business")

    mail("other/signature-tietosuoja-fi.eml", frm="Mervi Malli <mervi.malli@example.org>",
         subject="Kysely: katkaisijoiden toimitusaika",
         body=text(T("""
             Hei,

             mikä on tämänhetkinen toimitusaika 12 kV:n tyhjiökatkaisijoille?
             Tarvitsisimme neljä kappaletta helmikuussa.

             Ystävällisin terveisin
             Mervi Malli

             <SIG>
             Mervi Malli | Hankinta | Mallin Energia Oy
             Tietosuoja: Käsittelemme henkilötietoja tietosuojaselosteemme mukaisesti
             (https://www.mallinenergia.example.org/tietosuoja). Jos et halua enää
             vastaanottaa viestejämme, ilmoita siitä vastaamalla tähän viestiin,
             niin poistamme tietosi.
             """), cte="quoted-printable"),
         language="fi", note="signature's tietosuoja notice talks about opting out and deleting data")

    mail("other/disclaimer-unsubscribe-en.eml", frm="Peter Demo <peter.demo@demo-engineering.example.com>",
         subject="Meeting next week about the substation project", tz="+0100",
         body=text(T("""
             Hi Thomas,

             could we meet next Tuesday or Wednesday to go through the single-line
             diagram for the substation? Either day after 1 pm works for us.

             Regards,
             Peter

             <SIG>
             Peter Demo, Senior Engineer
             Demo Engineering GmbH

             This e-mail may contain confidential information. If you are not the
             intended recipient, please inform the sender and delete this e-mail.
             We process personal data in line with the GDPR; our privacy notice and
             your data protection rights are described at
             https://www.demo-engineering.example.com/privacy. If you no longer wish
             to receive e-mails from us, you can unsubscribe at any time.
             """)),
         language="en", note="disclaimer mentions GDPR, delete, data protection rights and unsubscribe")

    mail("other/disclaimer-gdpr-sv.eml", frm="Karin Lund <karin.lund@exempelbygg.example.com>",
         subject="Ritningar för nätstationen", tz="+0100",
         body=text(T("""
             Hej,

             här kommer länken till de uppdaterade ritningarna för nätstationen vid
             Storgatan: https://filer.exempelbygg.example.com/s/ns-storgatan
             Säg till om ni behöver dem i dwg-format.

             Hälsningar
             Karin Lund

             <SIG>
             Exempelbygg Ab behandlar personuppgifter enligt dataskyddsförordningen
             (GDPR). Du har rätt att begära registerutdrag, rättelse eller radering av
             dina uppgifter, se www.exempelbygg.example.com/dataskydd.
             """), cte="quoted-printable"),
         language="sv", note="signature names registerutdrag, rättelse, radering (the sender's own policy)")

    mail("other/delete-file-en.eml", frm="Ian Sample <ian.sample@example.net>",
         subject="Wrong drawing - please delete", tz="+0000",
         body=multi("mixed", [
             text(T("""
                 Hi,

                 please delete the file I sent you yesterday (SLD_rev3.pdf) -- it was the
                 wrong revision. The correct drawing, rev 4, is attached.

                 Thanks,
                 Ian
                 """)),
             attach("SLD_rev4.pdf", pdf("SLD rev 4")),
         ]),
         language="en", note="'please delete' refers to a file, not personal data")

    mail("other/delivery-address-change-fi.eml", frm="Hanna Tilaaja <hanna.tilaaja@example.com>",
         subject="Tilauksen 45200 toimitusosoitteen muutos",
         body=text(T("""
             Hei,

             muuttakaa tilauksen 45200 toimitusosoite: kojeisto toimitetaan suoraan
             työmaalle osoitteeseen Rantatie 12, 00000 Esimerkkilä. Vastaanottaja
             työmaalla on Jussi, p. 040 000 4545.

             Kiitos,
             Hanna Tilaaja
             Tilaajan Rakennus Oy
             """)),
         language="fi", note="asks to change an order's delivery address, not personal data")

    mail("other/delete-previous-mail-fi.eml", frm="Jussi Esimerkki <jussi.esimerkki@example.org>",
         subject="Poistakaa edellinen viestini",
         body=text(T("""
             Hei,

             poistakaa edellinen viestini liitteineen, siinä oli väärän asiakkaan
             hinnat. Lähetän oikean tarjouspyynnön iltapäivällä.

             Jussi
             """)),
         language="fi", note="'Poistakaa' concerns a mistaken e-mail and its attachment")

    mail("other/invoice-correction-sv.eml", frm="Petra Ekonomi <petra.ekonomi@example.com>",
         subject="Rättelse av faktura 2026-311", tz="+0100",
         body=text(T("""
             Hej,

             faktura 2026-311 har fel referens, den ska vara PO-7781. Kan ni skicka
             en rättad faktura? Annars kan vi inte betala den.

             Med vänlig hälsning
             Petra Ekonomi
             Ekonomiavdelningen, Exempel Energi Ab
             """)),
         language="sv", note="'rättelse' of an invoice, not of personal data")

    q_d = past(10, 29, 15, 5)
    mail("other/spare-parts-en-outlook-html.eml", frm=addr("Example, Jacob", "jacob.example@example.com"),
         subject="RE: Spare parts for PZ-12", msgid_style="outlook", tz="+0100",
         body=text(outlook_html(T("""
             Hi Thomas,

             thanks, please go ahead with the two auxiliary contact blocks and the
             trip coil. Our PO number is 7781-22.

             Jacob
             """), "en", q_d, "Thomas Lind <thomas.lind@plaza.example.com>", "Example, Jacob <jacob.example@example.com>",
             "Spare parts for PZ-12", T("""
             Hi Jacob,

             we have the parts in stock: 2 auxiliary contact blocks EUR 85 each, 1 trip
             coil 110 V DC EUR 140. Delivery within a week of the order.

             Thomas
             """)), subtype="html", cte="quoted-printable"),
         language="en")

    mail("other/spare-parts-fi-base64-auto-submitted-no.eml", frm="Arto Kokeilu <arto.kokeilu@example.net>",
         subject="Varaosakysely: erottimen käyttövipu", headers=(("Auto-Submitted", "no"),),
         body=text(T("""
             Hei,

             saako teiltä vielä erottimen käyttövipua vuoden 2001 kojeistoon?
             Kuva vanhasta vivusta tulee perässä.

             Arto
             """), cte="base64"),
         language="fi", note="carries 'Auto-Submitted: no'")

    mail("other/parts-enquiry-sv-latin1-b-subject.eml", frm=addr("Åsa Provlund", "asa.provlund@example.org", "iso-8859-1", "b"),
         subject="Förfrågan om reservdelar", subject_charset="iso-8859-1", subject_enc="b", tz="+0100",
         body=text(T("""
             Hej,

             har ni reservdelar till manöverdon av typ PZ-M2? Vi har fyra stycken i
             drift sedan 2005.

             Åsa Provlund
             """), charset="iso-8859-1", cte="quoted-printable"),
         language="sv")

    fwd = T("""
        ---------- Forwarded message ---------
        From: Sähköverkkopäivät <kutsu@events.example.org>
        Date: ma 2.11.2026 klo 8.00
        Subject: Kutsu: Sähköverkkopäivät 10.–11.2.2027
        To: <info@plaza.example.com>


        Tervetuloa Sähköverkkopäiville 10.–11.2.2027!
        Ilmoittautuminen on avattu, näytteilleasettajapaikkoja on rajoitetusti.

        Et halua enää kutsuja? Peru tilaus: https://events.example.org/peru?id=991
        Unsubscribe: https://events.example.org/unsubscribe?id=991
        """)
    mail("other/forwarded-invitation-with-unsubscribe-fi.eml", frm="Thomas Lind <thomas.lind@plaza.example.com>",
         subject="Fwd: Kutsu: Sähköverkkopäivät 10.–11.2.2027", msgid_style="gmail",
         body=text("Menisimmekö näytteilleasettajaksi? Hinta on sama kuin viime vuonna.\n\nThomas\n\n" + fwd,
                   cte="quoted-printable"),
         language="fi", note="a colleague forwards bulk mail: the forwarded part has 'Peru tilaus'/'Unsubscribe'")

    mail("other/job-application-fi.eml", frm="Ville Hakija <ville.hakija@example.com>",
         subject="Avoin hakemus: huoltoasentaja",
         body=multi("mixed", [
             text(T("""
                 Hei,

                 olen sähköasentaja (ST-pätevyys) ja minulla on kuuden vuoden kokemus
                 keskijänniteasennuksista. Olisin kiinnostunut huoltoasentajan
                 tehtävistä yrityksessänne. Ansioluetteloni on liitteenä.

                 Ystävällisin terveisin
                 Ville Hakija
                 """)),
             attach("CV_Ville_Hakija.pdf", pdf("CV Ville Hakija")),
         ]),
         language="fi", note="a job application, not a request about the personnel register")

    mail("other/newsletter-question-fi.eml", frm="Sanna Esimerkki <sanna.esimerkki@example.org>",
         subject="Uutiskirjeen PZ-24e-uutinen",
         body=text(T("""
             Hei,

             uutiskirjeessänne mainittiin uusi PZ-24e-kojeisto. Onko siitä jo
             esitettä ja referenssejä? Entä mikä on sen hintaluokka verrattuna PZ-24:ään?

             Sanna
             """)),
         language="fi", note="asks about newsletter content; neither subscribe nor unsubscribe")

    mail("other/supplier-audit-gdpr-questionnaire-en.eml",
         frm="Compliance Team <compliance@bigutility.example.com>",
         subject="Annual supplier audit: data protection questionnaire", tz="+0100",
         body=multi("mixed", [
             text(T("""
                 Dear supplier,

                 as part of our annual supplier audit we ask you to fill in the attached
                 data protection questionnaire (GDPR Art. 28) describing how you process
                 personal data of our staff, e.g. contact persons' names and e-mail
                 addresses. Please return it by 15 December 2026.

                 Best regards,
                 Laura Compliance
                 Procurement Compliance, Big Utility plc
                 """)),
             attach("Supplier_DP_questionnaire_2026.pdf", pdf("Supplier questionnaire")),
         ]),
         language="en", note="talks about GDPR and processing personal data, but is a supplier audit")

    q_d = past(11, 2, 10, 15)
    mail("other/meeting-en-on-wrote.eml", frm="Adam Placeholder <adam.placeholder@example.org>",
         subject="Re: Factory acceptance test dates", tz="+0000",
         body=text(T("""
             Hi Thomas,

             the week of 7 December works for us. We'll come with two engineers;
             please book the FAT for Tuesday and Wednesday.

             Adam

             """) + wrote("en", q_d, "Thomas Lind <thomas.lind@plaza.example.com>") + "\n\n" + gt(T("""
             Hi Adam,

             the switchgear for your project will be ready for the factory acceptance
             test in early December. Which dates would suit you?

             Thomas
             """))),
         language="en")

    q_d = past(10, 28, 15, 20)
    mail("other/reply-kylla-to-offer-fi.eml", frm="Kari Esimerkki <kari.esimerkki@example.com>",
         subject="Re: Tarjous 2026-113",
         body=text("Kyllä, tilaamme tarjouksen mukaisesti. Tilausvahvistus samaan osoitteeseen.\n\nKari\n\n" +
                   wrote("fi", q_d, "Thomas Lind <thomas.lind@plaza.example.com>") + "\n\n" + gt(OFFER_FI)),
         language="fi", note="answers 'Kyllä' to an ordinary offer: no [mailbot:] token, so not a confirmation")


# =========================================================================== output + checks

def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def manifest_text() -> str:
    out = [
        "# Expected classification of every mail in this corpus (generated by _generate.py; do not edit by hand).",
        "# Keys: kind; request (first-named) + requests (all, in order); decision; language (fi/sv/en, of the",
        "# new text a person wrote); fields (contact_form/chat_transcript: email, name, company, phone, page --",
        "# only those present, verbatim). A contact_form whose free text asks for a data request also has",
        "# request/requests (SPEC §5) but its kind stays contact_form. '# trap:' says what makes a mail hard.",
        "",
    ]
    for path, _, meta in ENTRIES:
        if meta.get("note"):
            out.append(f"# trap: {meta['note']}")
        out.append(f"[{toml_str(path)}]")
        out.append(f"kind = {toml_str(meta['kind'])}")
        if "request" in meta:
            out.append(f"request = {toml_str(meta['request'])}")
            out.append("requests = [" + ", ".join(toml_str(r) for r in meta["requests"]) + "]")
        if "decision" in meta:
            out.append(f"decision = {toml_str(meta['decision'])}")
        if "language" in meta:
            out.append(f"language = {toml_str(meta['language'])}")
        if "fields" in meta:
            out.append("fields = { " + ", ".join(f"{k} = {toml_str(v)}" for k, v in meta["fields"].items()) + " }")
        out.append("")
    return "\n".join(out)


def build() -> dict[str, bytes]:
    ENTRIES.clear()
    _BOUNDARY_N[0] = 0
    contact_forms()
    chats()
    data_requests()
    confirmations()
    automatics()
    others()
    files = {p: data for p, data, _ in ENTRIES}
    files["manifest.toml"] = manifest_text().encode("utf-8")
    return files


FAKE_DOMAIN = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
TOKEN_RE = re.compile(r"\[mailbot:([A-Za-z0-9_-]+)\]")


def visible_text(msg) -> str:
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            body = part.get_content()
            if part.get_content_subtype() == "html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>", "\n", body)))
            chunks.append(body)
        elif part.get_content_type() == "message/rfc822":
            pass  # walk() descends into it
    return "\n".join(chunks)


def check(files: dict[str, bytes]) -> list[str]:
    import tomllib
    problems: list[str] = []
    manifest = tomllib.loads((ROOT / "manifest.toml").read_text("utf-8"))
    on_disk = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/*.eml")}
    for p in sorted(set(manifest) - on_disk):
        problems.append(f"{p}: in manifest but no file")
    for p in sorted(on_disk - set(manifest)):
        problems.append(f"{p}: file not in manifest")
    for rel, data in files.items():
        disk = ROOT / rel
        if not disk.exists() or disk.read_bytes() != data:
            problems.append(f"{rel}: on disk differs from what _generate.py produces")

    parser = BytesParser(policy=policy.default)
    for rel in sorted(on_disk & set(manifest)):
        raw_bytes = (ROOT / rel).read_bytes()
        meta = manifest[rel]
        where = rel

        def bad(msg_: str, where: str = where) -> None:
            problems.append(f"{where}: {msg_}")

        if meta["kind"] != rel.split("/")[0]:
            bad("kind differs from directory")
        crlf = b"\r\n" in raw_bytes
        if crlf and raw_bytes.count(b"\r\n") != raw_bytes.count(b"\n"):
            bad("mixed line endings")
        if not crlf and b"\r" in raw_bytes:
            bad("stray CR")
        if any(len(line) > 998 for line in raw_bytes.split(b"\n")):
            bad("line longer than 998 octets")
        try:
            msg = parser.parsebytes(raw_bytes)
        except Exception as e:  # noqa: BLE001
            bad(f"does not parse: {e!r}")
            continue
        for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[name] is None:
                bad(f"missing {name}")
        if msg.get_content_maintype() != "multipart" and msg["Content-Transfer-Encoding"] is None:
            bad("missing Content-Transfer-Encoding")
        if INFO not in [a.addr_spec for a in msg["To"].addresses]:
            bad("To is not info@")
        if len(msg["From"].addresses) != 1:
            bad("not exactly one From address")
        if msg["Date"].datetime is None:
            bad("unparseable Date")
        for part in msg.walk():
            if part.defects:
                bad(f"defects in {part.get_content_type()}: {part.defects}")
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    bad(f"cannot decode {part.get_content_type()}: {e!r}")
        for hdr in ("From", "To", "Cc", "Reply-To"):
            for a in (msg[hdr].addresses if msg[hdr] else ()):
                if not FAKE_DOMAIN.search(a.domain):
                    bad(f"{hdr} address not in a fake domain: {a.addr_spec}")
        text_ = visible_text(msg)
        everything = text_
        for part in msg.walk():
            everything += "\n" + "\n".join(f"{k}: {v}" for k, v in part.items())
            if part.get_content_type() in ("message/delivery-status", "message/disposition-notification",
                                           "text/rfc822-headers"):
                everything += "\n" + str(part.get_payload())
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", everything):
            dom = m.group(1).rstrip(".")
            if not FAKE_DOMAIN.search(dom):
                bad(f"address in a non-fake domain: {m.group(0)}")
        for m in re.finditer(r"https?://([\w.-]+)", text_):
            if not FAKE_DOMAIN.search(m.group(1)):
                bad(f"URL in a non-fake domain: {m.group(0)}")
        for key, value in meta.get("fields", {}).items():
            if value not in text_:
                bad(f"field {key}={value!r} not found in the decoded text")
        if meta["kind"] == "confirmation":
            m = TOKEN_RE.search(str(msg["Subject"]))
            if not m or not 20 <= len(m.group(1)) <= 40:
                bad("confirmation subject lacks a [mailbot:TOKEN] of 20-40 urlsafe chars")
            if meta.get("decision") not in ("accept", "decline"):
                bad("confirmation without decision")
        if meta["kind"] == "data_request":
            if meta.get("request") not in REQUESTS or meta.get("requests", [None])[0] != meta.get("request"):
                bad("data_request without a valid request/requests")
        if meta["kind"] in ("contact_form", "chat_transcript") and "email" not in meta.get("fields", {}) \
                and "name" not in meta.get("fields", {}):
            bad("form/chat mail with neither email nor name")
    return problems


def report() -> None:
    import collections
    import tomllib
    manifest = tomllib.loads((ROOT / "manifest.toml").read_text("utf-8"))
    kinds = collections.Counter(m["kind"] for m in manifest.values())
    print(f"{len(manifest)} files")
    for k in KINDS:
        langs = collections.Counter(m.get("language", "-") for m in manifest.values() if m["kind"] == k)
        print(f"  {k:16} {kinds[k]:3}   " + "  ".join(f"{lang}:{n}" for lang, n in sorted(langs.items())))
    print("data_request by first request x language (multi-request mails counted under each of their requests):")
    for r in REQUESTS:
        row = collections.Counter(m.get("language") for m in manifest.values()
                                  if m["kind"] == "data_request" and r in m.get("requests", []))
        print(f"  {r:14} " + "  ".join(f"{lang}:{row.get(lang, 0)}" for lang in ("fi", "sv", "en")))
    multi_ = [p for p, m in manifest.items() if len(m.get("requests", [])) > 1]
    print("multi-request mails:", ", ".join(f"{p} {manifest[p]['requests']}" for p in multi_))
    dec = collections.Counter((m.get("language"), m["decision"]) for m in manifest.values() if "decision" in m)
    print("confirmation decisions:", dict(sorted(dec.items())))


def main(argv: list[str]) -> int:
    files = build()
    if "--check" not in argv:
        for old in ROOT.glob("*/*.eml"):
            if old.relative_to(ROOT).as_posix() not in files:
                old.unlink()
        for rel, data in files.items():
            target = ROOT / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    problems = check(files)
    for p in problems:
        print("PROBLEM", p)
    report()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
