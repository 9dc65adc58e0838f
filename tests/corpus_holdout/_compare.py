#!/usr/bin/env python3
"""Compare `mailbot classify --json` output with manifest.toml.

    cd /work/main
    .venv/bin/mailbot classify --config CONFIG --json tests/corpus_holdout/*/*.eml > out.jsonl
    python3 tests/corpus_holdout/_compare.py out.jsonl

Compares kind for every file; requests (and request = first of them) for
data_request; decision for confirmation.  For contact_form files whose free
text asks for something, the `requests` disagreement is reported separately
(SPEC does not fix whether `classify` reports it for a contact_form).
"""
from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def keys_from_manifest_comments() -> dict[str, str]:
    out, last = {}, None
    for line in (HERE / "manifest.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("# key: "):
            last = line[7:]
        elif line.startswith('["') and last is not None:
            out[json.loads(line[1:-1])] = last
            last = None
    return out


def main(path: str) -> int:
    manifest = tomllib.loads((HERE / "manifest.toml").read_text(encoding="utf-8"))
    keys = keys_from_manifest_comments()
    got = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        m = re.search(r"([a-z_]+/[^/]+\.eml)$", obj["file"])
        got[m.group(1)] = obj
    kind_ok = 0
    per_kind = defaultdict(lambda: [0, 0])
    confusion = Counter()
    disagreements, cf_req = [], []
    for rel, exp in manifest.items():
        g = got.get(rel)
        if g is None:
            disagreements.append((rel, "kind=" + exp["kind"], "NO OUTPUT", keys.get(rel, "")))
            per_kind[exp["kind"]][1] += 1
            continue
        per_kind[exp["kind"]][1] += 1
        confusion[(exp["kind"], g.get("kind"))] += 1
        if g.get("kind") != exp["kind"]:
            disagreements.append((rel, "kind=" + exp["kind"] + _extra(exp), "kind=%s%s" % (g.get("kind"), _extra_got(g)),
                                  keys.get(rel, "")))
            continue
        kind_ok += 1
        per_kind[exp["kind"]][0] += 1
        if exp["kind"] == "data_request":
            greqs = g.get("requests") or ([g["request"]] if g.get("request") else [])
            if greqs != exp["requests"] or g.get("request") != exp["requests"][0]:
                disagreements.append((rel, "requests=%s" % exp["requests"],
                                      "request=%s requests=%s" % (g.get("request"), g.get("requests")), keys.get(rel, "")))
        elif exp["kind"] == "confirmation":
            if g.get("decision") != exp["decision"]:
                disagreements.append((rel, "decision=" + exp["decision"], "decision=%s" % g.get("decision"),
                                      keys.get(rel, "")))
        elif exp["kind"] == "contact_form" and "requests" in exp:
            greqs = g.get("requests") or ([g["request"]] if g.get("request") else [])
            if greqs != exp["requests"]:
                cf_req.append((rel, "requests=%s" % exp["requests"],
                               "request=%s requests=%s" % (g.get("request"), g.get("requests")), keys.get(rel, "")))
    total = len(manifest)
    print("kind accuracy: %d/%d = %.1f%%" % (kind_ok, total, 100.0 * kind_ok / total))
    for k, (ok, n) in sorted(per_kind.items()):
        print("  %-16s %d/%d" % (k, ok, n))
    print("\nconfusion (expected -> got):")
    for (e, g), n in sorted(confusion.items()):
        if e != g:
            print("  %-16s -> %-16s %d" % (e, g, n))
    print("\nDisagreements (%d):" % len(disagreements))
    for rel, e, g, key in disagreements:
        print("- %s\n    expected %s | got %s\n    key: %s" % (rel, e, g, key))
    if cf_req:
        print("\ncontact_form free-text requests not reported by classify (%d; informational):" % len(cf_req))
        for rel, e, g, key in cf_req:
            print("- %s\n    expected %s | got %s\n    key: %s" % (rel, e, g, key))
    return 0


def _extra(exp: dict) -> str:
    if "requests" in exp and exp["kind"] == "data_request":
        return " %s" % exp["requests"]
    if "decision" in exp:
        return " " + exp["decision"]
    return ""


def _extra_got(g: dict) -> str:
    if g.get("requests") or g.get("request"):
        return " %s" % (g.get("requests") or [g.get("request")])
    if g.get("decision"):
        return " " + g["decision"]
    return ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
