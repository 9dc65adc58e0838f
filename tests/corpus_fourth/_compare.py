#!/usr/bin/env python3
"""Compare `mailbot classify --json` output with manifest.toml of corpus_fourth.

Usage:
    python tests/corpus_fourth/_compare.py [/tmp/fourth.jsonl]

Scored (a file counts as a disagreement if any of these differ):
  - kind, for every file;
  - requests (list, in order), for data_request files whose kind matched;
  - decision, for confirmation files whose kind matched.
Reported for information only (not scored): requests of contact_form files whose
free text asks something, and language.
For each disagreement the first "key sentence" of the mail (from the manifest's
point of view) is printed, taken from the mail's own text with quoted parts cut.
Exit status 0 when everything scored agrees, 1 otherwise.
"""
from __future__ import annotations

import html
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from email import message_from_bytes, policy
from pathlib import Path

HERE = Path(__file__).resolve().parent

QUOTE_STARTS = re.compile(
    r"^(>|On .* wrote:|.* kirjoitti:|Den .* skrev .*:|-----(Original Message|Ursprungligt meddelande)-----|"
    r"-------- Alkuperäinen viesti|_{10,}|From: Plaza|Lähettäjä: Plaza|Från: Plaza)", re.I)


def own_text(path: Path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    part = msg.get_body(("plain", "html"))
    if part is None:
        # multipart/report etc.: first text/plain part
        for p in msg.walk():
            if p.get_content_type() == "text/plain":
                part = p
                break
    if part is None:
        return ""
    t = part.get_content()
    if part.get_content_subtype() == "html":
        t = re.split(r'<div class="gmail_quote"|<div id="appendonsend"|<blockquote', t, maxsplit=1)[0]
        t = re.sub(r"<(br|/p|/div|/tr|hr)[^>]*>", "\n", t, flags=re.I)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    lines = []
    for line in t.splitlines():
        if QUOTE_STARTS.match(line.strip()):
            break
        lines.append(line.strip())
    return re.sub(r"\s+", " ", " ".join(l for l in lines if l)).strip()


KEY_WORDS = re.compile(
    r"(delete|erase|remove|forget|copy|extract|data|unsubscribe|subscribe|newsletter|stop|object|"
    r"poist|rekisteri|kopio|tiedo|uutiskir|tilau|tilaa|peru|korja|päivit|soitt|kiell|henkilöst|"
    r"radera|utdrag|uppgift|nyhetsbrev|prenumer|avsluta|motsätt|ändra|uppdatera|personal|"
    r"yes|no\b|kyllä|ei\b|hyväks|ja\b|nej|confirm|out of|office|poissa|frånvarande|abwesend|absente|"
    r"ticket|automat|deliver|read|luettu|accepted|hyväksytty)", re.I)


def key_sentence(path: Path) -> str:
    t = own_text(path)
    sentences = re.split(r"(?<=[.!?])\s+", t)
    for s in sentences:
        if KEY_WORDS.search(s) and len(s) > 8:
            return s[:200]
    return (sentences[0] if sentences else "")[:200]


def main() -> int:
    jsonl = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fourth.jsonl")
    manifest = tomllib.loads((HERE / "manifest.toml").read_text(encoding="utf-8"))
    got: dict[str, dict] = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        rel = "/".join(Path(obj["file"]).parts[-2:])
        got[rel] = obj

    missing = sorted(set(manifest) - set(got))
    extra = sorted(set(got) - set(manifest))
    per_kind = defaultdict(lambda: [0, 0])
    confusion = Counter()
    disagreements = []
    info = []
    lang_ok = 0

    for rel, exp in sorted(manifest.items()):
        if rel not in got:
            continue
        g = got[rel]
        ek, gk = exp["kind"], g.get("kind")
        per_kind[ek][1] += 1
        confusion[(ek, gk)] += 1
        if g.get("language") == exp.get("language"):
            lang_ok += 1
        else:
            info.append((rel, "language", exp.get("language"), g.get("language")))
        problems = []
        if ek != gk:
            problems.append(f"kind: expected {ek}, got {gk}"
                            + (f" (request={g.get('request')}, requests={g.get('requests')})" if gk == "data_request" else "")
                            + (f" (decision={g.get('decision')})" if gk == "confirmation" else ""))
        else:
            per_kind[ek][0] += 1
            if ek == "data_request" and list(g.get("requests") or []) != exp.get("requests", []):
                problems.append(f"requests: expected {exp.get('requests')}, got {g.get('requests')} "
                                f"(request={g.get('request')})")
            if ek == "data_request" and exp.get("requests") and g.get("request") != exp["requests"][0]:
                problems.append(f"request: expected {exp['requests'][0]}, got {g.get('request')}")
            if ek == "confirmation" and g.get("decision") != exp.get("decision"):
                problems.append(f"decision: expected {exp.get('decision')}, got {g.get('decision')}")
            if ek == "contact_form" and list(g.get("requests") or []) != exp.get("requests", []):
                info.append((rel, "contact_form requests", exp.get("requests", []), g.get("requests")))
        if problems:
            disagreements.append((rel, problems, key_sentence(HERE / rel)))

    total = sum(v[1] for v in per_kind.values())
    correct = sum(v[0] for v in per_kind.values())
    print(f"files: manifest {len(manifest)}, output {len(got)}; missing {missing or '-'}; extra {extra or '-'}")
    print(f"kind accuracy: {correct}/{total} = {100.0 * correct / max(total, 1):.1f}%")
    for k, (c, n) in sorted(per_kind.items()):
        print(f"  {k:16s} {c:3d}/{n:3d}")
    print("confusion (expected -> got, only off-diagonal):")
    for (e, g), n in sorted(confusion.items()):
        if e != g:
            print(f"  {e} -> {g}: {n}")
    print(f"language (info): {lang_ok}/{total}")
    print(f"\nscored disagreements: {len(disagreements)}")
    for rel, problems, ks in disagreements:
        print(f"- {rel}")
        for p in problems:
            print(f"    {p}")
        print(f"    key sentence: {ks!r}")
    if info:
        print("\ninformational differences (not scored):")
        for rel, what, e, g in info:
            print(f"- {rel}: {what}: expected {e}, got {g}")
    return 0 if not disagreements and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
