#!/usr/bin/env python3
"""Sanity checks for corpus7: manifest <-> files, every .eml parses, fields present, addresses on example domains."""
import os, re, sys, tomllib, email, email.policy, collections
HERE = os.path.dirname(os.path.abspath(__file__))
man = tomllib.load(open(os.path.join(HERE, "manifest.toml"), "rb"))
files = set()
for root, _, fs in os.walk(HERE):
    for f in fs:
        if f.endswith(".eml"):
            files.add(os.path.relpath(os.path.join(root, f), HERE))
bad = 0
for p in sorted(set(man) - files): print("no file for", p); bad += 1
for p in sorted(files - set(man)): print("no manifest entry for", p); bad += 1
ADDR = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
cnt = collections.Counter()
for p in sorted(files & set(man)):
    m = man[p]
    raw = open(os.path.join(HERE, p), "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects: print(p, "defects", msg.defects); bad += 1
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() in ("message/delivery-status",):
            try: texts.append(part.get_content())
            except Exception as e: print(p, "decode error", e); bad += 1
    body = "\n".join(str(t) for t in texts)
    allt = body + "\n" + "\n".join("%s: %s" % (k, v) for k, v in msg.items())
    for dom in ADDR.findall(allt):
        d = dom.lower().rstrip(".")
        if not re.search(r"(^|\.)example\.(com|org|net)$", d):
            print(p, "non-example address domain", d); bad += 1
    assert m["kind"] == p.split("/")[0], p
    assert m["language"] in ("fi", "sv", "en"), p
    if m["kind"] == "data_request": assert m.get("requests"), p
    for k, v in m.get("fields", {}).items():
        hay = body if k != "email" else allt
        import html
        if v not in hay and v not in html.unescape(hay):
            if k == "name" and all(w in html.unescape(body) for w in v.split()): continue
            print(p, "field", k, repr(v), "not found"); bad += 1
    cnt[(m["kind"], m["language"])] += 1
for k in sorted({k for k, _ in cnt}):
    print("%-16s" % k, " ".join("%s=%d" % (l, cnt[(k, l)]) for l in ("fi", "sv", "en")), sum(cnt[(k, l)] for l in ("fi", "sv", "en")))
print("languages:", {l: sum(v for (k, ll), v in cnt.items() if ll == l) for l in ("fi", "sv", "en")}, "total", sum(cnt.values()))
print("OK" if not bad else "%d problems" % bad)
sys.exit(1 if bad else 0)
