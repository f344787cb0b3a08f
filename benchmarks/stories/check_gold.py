"""Check the story articles' format and that every gold `contains` occurs exactly once.

Usage: python3 benchmarks/stories/check_gold.py   (exit 1 on any problem)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for story in sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d))):
    texts = {}
    for path in sorted(glob.glob(os.path.join(HERE, story, "[0-9][0-9]_*.txt"))):
        text = open(path, encoding="utf-8").read()
        texts[os.path.basename(path)[:2]] = text
        blocks = text.strip("\n").split("\n\n")
        problems = []
        if not re.fullmatch(r"date \d{4}-\d{2}-\d{2}", blocks[0]):
            problems.append("first line is not 'date YYYY-MM-DD'")
        if "\n" in blocks[1] or blocks[1][-1] in ".!?:;":
            problems.append("headline is not one line without final punctuation")
        if not 6 <= len(blocks) - 2 <= 12:
            problems.append(f"{len(blocks) - 2} paragraphs")
        for p in problems:
            bad += 1
            print(f"{story}/{os.path.basename(path)}: {p}")
    n_true = n_false = 0
    for i, line in enumerate(open(os.path.join(HERE, story, "gold.jsonl"), encoding="utf-8"), 1):
        case = json.loads(line)
        if case["a"]["article"] == case["b"]["article"]:
            bad += 1
            print(f"{story} gold line {i}: both sides in one article")
        if case["conflict"]:
            n_true += 1
            ok_kind = case["kind"] in {"date", "quantity", "location", "role", "negation", "predicate"}
        else:
            n_false += 1
            ok_kind = case["kind"] is None
        if not ok_kind:
            bad += 1
            print(f"{story} gold line {i}: kind {case['kind']!r} does not fit conflict={case['conflict']}")
        for side in "ab":
            art, sub = case[side]["article"], case[side]["contains"]
            count = texts.get(art, "").count(sub)
            if count != 1 or len(sub) < 15:
                bad += 1
                print(f"{story} gold line {i} side {side}: {sub!r} occurs {count} times in article {art} (len {len(sub)})")
    print(f"{story}: {len(texts)} articles, {n_true + n_false} cases ({n_true} conflict, {n_false} non-conflict)")
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
