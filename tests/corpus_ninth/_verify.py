#!/usr/bin/env python3
"""Check the corpus: manifest <-> files, clean parsing, valid labels, field values
present in the mail, only example domains and documentation IPs.  Stdlib only."""
import html
import ipaddress
import os
import re
import sys
import tomllib
from collections import Counter
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other"}
LANGS = {"fi", "sv", "en"}
REQUESTS = {"access", "rectification", "erasure", "unsubscribe", "subscribe", "objection", "personnel"}
FIELD_KEYS = {"name", "email", "phone", "company", "page"}
TOKEN_RE = re.compile(r"\[mailbot:([A-Za-z0-9_-]{16,64})\]")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_DOMAIN = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(path, msg):
    errors.append("%s: %s" % (path, msg))


def all_text(msg):
    """Decoded headers and decoded text of every part (HTML also de-tagged)."""
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" or ctype in ("message/delivery-status",):
            try:
                c = part.get_content()
            except Exception as e:  # noqa
                raise RuntimeError("cannot decode %s part: %s" % (ctype, e))
            if not isinstance(c, str):
                c = str(c)
            chunks.append(c)
            if ctype == "text/html":
                t = re.sub(r"<[^>]+>", " ", c)
                chunks.append(html.unescape(t))
                chunks.append(html.unescape(c))
    return "\n".join(chunks)


def main():
    with open(os.path.join(HERE, "manifest.toml"), "rb") as f:
        manifest = tomllib.load(f)
    with open(os.path.join(HERE, "senders.toml"), "rb") as f:
        senders = tomllib.load(f)
    for k in ("contact_form", "chat"):
        if not (isinstance(senders.get(k), list) and senders[k]):
            err("senders.toml", "missing list %s" % k)

    files = set()
    for k in KINDS:
        d = os.path.join(HERE, k)
        if os.path.isdir(d):
            for fn in os.listdir(d):
                files.add("%s/%s" % (k, fn))
    for p in sorted(files - set(manifest)):
        err(p, "file not in manifest")
    for p in sorted(set(manifest) - files):
        err(p, "manifest entry without file")

    counts = Counter()
    for path, meta in sorted(manifest.items()):
        kind = meta.get("kind")
        lang = meta.get("language")
        if kind not in KINDS:
            err(path, "bad kind %r" % kind)
            continue
        if not path.startswith(kind + "/") or not path.endswith(".eml"):
            err(path, "path does not match kind")
        if lang not in LANGS:
            err(path, "bad language %r" % lang)
        counts[(kind, lang)] += 1
        extra = set(meta) - {"kind", "language", "requests", "decision", "fields"}
        if extra:
            err(path, "unknown keys %s" % extra)
        reqs = meta.get("requests")
        if reqs is not None:
            if not isinstance(reqs, list) or any(r not in REQUESTS for r in reqs):
                err(path, "bad requests %r" % reqs)
            if len(set(reqs)) != len(reqs):
                err(path, "duplicate requests")
        if kind == "data_request" and not reqs:
            err(path, "data_request without requests")
        if kind not in ("data_request", "contact_form", "chat_transcript") and reqs:
            err(path, "requests on kind %s" % kind)
        dec = meta.get("decision")
        if kind == "confirmation":
            if dec not in ("accept", "decline"):
                err(path, "confirmation needs decision accept/decline")
        elif dec is not None:
            err(path, "decision on non-confirmation")
        fields = meta.get("fields")
        if kind in ("contact_form", "chat_transcript"):
            if not isinstance(fields, dict) or not fields:
                err(path, "fields missing")
                fields = {}
            elif set(fields) - FIELD_KEYS:
                err(path, "bad field keys %s" % (set(fields) - FIELD_KEYS))
        elif fields is not None:
            err(path, "fields on kind %s" % kind)

        if path not in files:
            continue
        raw = open(os.path.join(HERE, path), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(path, "defects %r" % part.defects)
            for hk, hv in part.items():
                if getattr(hv, "defects", None):
                    err(path, "header %s defects %r" % (hk, hv.defects))
        if len(msg.get_all("From") or []) != 1:
            err(path, "needs exactly one From")
        for h in ("Date", "Message-ID", "Subject", "To"):
            if msg[h] is None:
                err(path, "missing %s" % h)
        try:
            text = all_text(msg)
        except RuntimeError as e:
            err(path, str(e))
            continue
        if kind == "confirmation":
            m = TOKEN_RE.search(str(msg["Subject"]))
            if not m:
                err(path, "confirmation subject lacks [mailbot:TOKEN]")
            else:
                irt = str(msg.get("In-Reply-To", "")) + str(msg.get("References", ""))
                if irt and "mailbot-confirm." in irt and m.group(1) not in irt:
                    err(path, "token in In-Reply-To/References differs from subject")
        for key, val in (fields or {}).items():
            if not isinstance(val, str) or not val:
                err(path, "field %s empty" % key)
                continue
            if val in text:
                continue
            if key == "name" and all(tok in text for tok in val.split()):
                continue
            err(path, "field %s=%r not found in mail" % (key, val))
        for dom in ADDR_RE.findall(text):
            d = dom.rstrip(".")
            if not OK_DOMAIN.search(d):
                err(path, "non-example address domain %s" % d)
        for ip in IP_RE.findall(text):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in DOC_NETS):
                err(path, "non-documentation IP %s" % ip)

    total = sum(counts.values())
    print("%-16s %4s %4s %4s %5s" % ("kind", "fi", "sv", "en", "total"))
    for k in sorted(KINDS):
        row = [counts[(k, l)] for l in ("fi", "sv", "en")]
        print("%-16s %4d %4d %4d %5d" % (k, row[0], row[1], row[2], sum(row)))
        if any(n == 0 for n in row):
            err(k, "kind missing a language")
    print("%-16s %4d %4d %4d %5d" % ("total", *(sum(counts[(k, l)] for k in KINDS)
                                                 for l in ("fi", "sv", "en")), total))
    if total < 170:
        err("corpus", "fewer than 170 messages")
    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d messages verified" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
