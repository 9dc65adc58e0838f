import json, tomllib, sys
man = tomllib.load(open("tests/corpus_third/manifest.toml", "rb"))
got = {}
for line in open("/tmp/third.jsonl"):
    o = json.loads(line); got[o["file"].split("corpus_third/")[1]] = o
ok = 0; dis = []; lang_dis = []; field_notes = []
for path, exp in man.items():
    g = got[path]
    problems = []
    if g["kind"] != exp["kind"]:
        problems.append(f"kind: expected {exp['kind']}, got {g['kind']} (request={g['request']}, requests={g['requests']}, decision={g['decision']})")
    else:
        ok += 1
        if exp["kind"] in ("data_request", "contact_form"):
            er = exp.get("requests", [])
            if list(g["requests"] or []) != er:
                problems.append(f"requests: expected {er}, got {g['requests']} (request={g['request']})")
            if exp["kind"] == "data_request" and er and g["request"] != er[0]:
                problems.append(f"request: expected {er[0]}, got {g['request']}")
        if exp["kind"] == "confirmation" and g["decision"] != exp["decision"]:
            problems.append(f"decision: expected {exp['decision']}, got {g['decision']}")
    if g["language"] != exp["language"]:
        lang_dis.append(f"{path}: expected {exp['language']}, got {g['language']}")
    if exp["kind"] in ("contact_form", "chat_transcript"):
        field_notes.append(f"{path}: {json.dumps(g['fields'], ensure_ascii=False)[:300]}")
    if problems:
        dis.append((path, problems))
print(f"kind accuracy: {ok}/{len(man)}")
for p, pr in dis:
    print(p); [print("   ", x) for x in pr]
print("\nlanguage disagreements:", len(lang_dis)); [print("  ", x) for x in lang_dis]
print("\nfields:"); [print("  ", x) for x in field_notes]
