#!/usr/bin/env python3
"""Verify corpus10: manifest <-> files, clean parsing, valid labels, field values present."""
import html as htmlmod
import ipaddress
import re
import sys
import tomllib
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

OUT = Path(__file__).resolve().parent
KINDS = {"contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other"}
LANGS = {"fi", "sv", "en"}
REQS = {"access", "rectification", "erasure", "unsubscribe", "subscribe", "objection", "personnel"}
FIELD_KEYS = {"name", "email", "phone", "company", "page"}
TOKEN = re.compile(r"\[mailbot:[A-Za-z0-9_-]{16,64}\]")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def err(path, msg):
    errors.append(f"{path}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s)


def texts(msg):
    out = []
    for k, v in msg.items():
        out.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                c = part.get_content()
            except Exception:
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if isinstance(c, bytes):
                c = c.decode("utf-8", "replace")
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/html":
                c = htmlmod.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return norm("\n".join(out))


def main():
    manifest = tomllib.loads((OUT / "manifest.toml").read_text(encoding="utf-8"))
    senders = tomllib.loads((OUT / "senders.toml").read_text(encoding="utf-8"))
    for key in ("contact_form", "chat"):
        if not (isinstance(senders.get(key), list) and senders[key]):
            err("senders.toml", f"missing list {key}")
    files = {str(p.relative_to(OUT)) for k in KINDS for p in (OUT / k).glob("*") if p.is_file()}
    for f in sorted(files - set(manifest)):
        err(f, "file not in manifest")
    for f in sorted(set(manifest) - files):
        err(f, "manifest entry without file")
    for f in files:
        if not f.endswith(".eml"):
            err(f, "not an .eml")
    table = Counter()
    mids = Counter()
    for rel, e in sorted(manifest.items()):
        if rel not in files:
            continue
        kind, lang = e.get("kind"), e.get("language")
        if kind not in KINDS:
            err(rel, f"bad kind {kind}")
        if rel.split("/")[0] != kind:
            err(rel, "folder does not match kind")
        if lang not in LANGS:
            err(rel, f"bad language {lang}")
        table[(kind, lang)] += 1
        unknown = set(e) - {"kind", "language", "requests", "decision", "fields"}
        if unknown:
            err(rel, f"unknown keys {unknown}")
        reqs = e.get("requests")
        if reqs is not None:
            if not reqs or any(r not in REQS for r in reqs) or len(set(reqs)) != len(reqs):
                err(rel, f"bad requests {reqs}")
            if kind not in ("data_request", "contact_form", "chat_transcript"):
                err(rel, "requests on a kind that cannot carry them")
        if kind == "data_request" and not reqs:
            err(rel, "data_request without requests")
        if kind == "confirmation":
            if e.get("decision") not in ("accept", "decline"):
                err(rel, "confirmation without valid decision")
        elif "decision" in e:
            err(rel, "decision on non-confirmation")
        if "fields" in e and kind not in ("contact_form", "chat_transcript"):
            err(rel, "fields on wrong kind")
        if kind in ("contact_form", "chat_transcript") and "email" not in e.get("fields", {}):
            err(rel, "form/chat without email field")

        raw = (OUT / rel).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(rel, f"defects {part.defects} in {part.get_content_type()}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(rel, f"header {k} defects {v.defects}")
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as ex:  # noqa
                    err(rel, f"cannot decode part {part.get_content_type()}: {ex}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(rel, f"missing {h}")
        mids[str(msg["Message-ID"])] += 1
        for h in ("From", "To", "Cc", "Reply-To", "Sender"):
            for _, addr in getaddresses([str(v) for v in msg.get_all(h, [])]):
                if addr and not re.search(r"@([\w.-]+\.)?example\.(com|org|net)$", addr, re.I):
                    err(rel, f"{h} address {addr!r} not on example domains")
        text = texts(msg)
        for ip in re.findall(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in DOC_NETS):
                err(rel, f"IP {ip} not in documentation ranges")
        if kind == "confirmation":
            if not TOKEN.search(str(msg["Subject"])):
                err(rel, "confirmation subject lacks [mailbot:TOKEN]")
        for k, v in e.get("fields", {}).items():
            if k not in FIELD_KEYS:
                err(rel, f"unknown field {k}")
                continue
            if norm(v) in text:
                continue
            if k == "name" and all(tok in text for tok in v.split()):
                continue
            err(rel, f"field {k}={v!r} not found in mail")
    for m, c in mids.items():
        if c > 1:
            err("*", f"duplicate Message-ID {m}")
    total = sum(table.values())
    print(f"{'kind':16} {'fi':>4} {'sv':>4} {'en':>4} {'sum':>5}")
    for k in sorted(KINDS):
        row = [table[(k, l)] for l in ("fi", "sv", "en")]
        print(f"{k:16} {row[0]:4} {row[1]:4} {row[2]:4} {sum(row):5}")
        if min(row) == 0:
            err("*", f"kind {k} missing a language")
    print(f"{'total':16} {'':14} {total:5}")
    if total < 170:
        err("*", f"only {total} messages")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
