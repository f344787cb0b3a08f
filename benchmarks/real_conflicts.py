"""Conflicts found among real articles that mostly tell different stories: a false-alarm watch.

``python -m benchmarks.real_conflicts [DIR] [--limit N]``
``python -m benchmarks.real_conflicts --jsonl 'benchmarks/*attribution*.jsonl' --skip heldout13``

The written pair sets (``eval_conflicts``) measure precision on pairs made to look alike.
Real coverage is different: most claims of two articles are about different things, and
opinion pieces are full of hypotheticals ("a Clinton victory would ..."), polls and
idioms ("raised questions"). This ingests every ``*.txt`` of DIR (default: PolNeAR's 84
US election articles, ``../shared/datasets/polnear-dev/text``) into a scratch SQLite store,
the way ``claimtrack ingest`` does, and prints each finding with both claims, for a reader
to judge. The count is the headline: on PolNeAR every finding so far has been a false
alarm when read (README "How good is it?"). ``--jsonl`` takes the texts of gold files
instead (one article per line's ``text``), e.g. the attribution sets: hundreds of articles
on as many stories; ``--skip`` leaves out files whose name holds a word (a blind set).
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from claimtrack.ingest import ingest
from claimtrack.query import list_conflicts
from claimtrack.store.engine import open_store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "datasets" / "polnear-dev" / "text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", default=str(DEFAULT), help="a folder of articles")
    parser.add_argument("--limit", type=int, default=None, help="show at most N findings")
    parser.add_argument("--jsonl", help="a glob of gold files whose lines hold a 'text'")
    parser.add_argument("--skip", action="append", default=[], help="leave out these files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.dir)
        if args.jsonl:
            folder = Path(tmp) / "texts"
            _write_texts(args.jsonl, args.skip, folder)
        if not folder.is_dir():
            print(f"{folder} not found; nothing to do.")
            return 0
        store = open_store(f"sqlite:///{Path(tmp) / 'real.db'}")
        try:
            report = ingest(store, [str(folder)])
            with store.reading() as session:
                found = list_conflicts(session)
        finally:
            store.close()
    kinds = Counter(f.kind for f in found)
    print(f"{report.new} articles, {report.claims} claims: {len(found)} findings", end="")
    print(f" ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})" if kinds else "")
    for f in found[: args.limit]:
        print(f"\n[{f.kind} {f.score:.2f}] {f.explanation}")
        for claim in f.claims[:2]:
            print(f"  - {claim.text[:200]}")
    return 0


def _write_texts(pattern: str, skip: list[str], folder: Path) -> None:
    """One file per gold line with a text, from the files ``pattern`` matches."""
    folder.mkdir(parents=True)
    for name in sorted(glob.glob(pattern)):
        if any(word in Path(name).name for word in skip):
            continue
        with open(name, encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                text = json.loads(line).get("text") if line.strip() else None
                if text:
                    (folder / f"{Path(name).stem}_{n:03d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
