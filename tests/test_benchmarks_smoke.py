"""The benchmark harness and its corpus generator work (no timing is asserted)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from benchmarks.corpus import iter_articles, write_corpus
from benchmarks.run import base_sizes, grow, who_said_latency
from claimtrack.ingest import ingest
from claimtrack.store.engine import open_store


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.txt")):
        h.update(p.read_bytes())
    return h.hexdigest()


def test_corpus_is_deterministic_and_varied(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 60, seed=1)
    write_corpus(tmp_path / "b", 60, seed=1)
    write_corpus(tmp_path / "c", 60, seed=2)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")
    text = "\n".join(t for _, t in iter_articles(200, seed=1))
    for needle in ("according to", "citing", " said", "Hmeymim", "Khmeimim", "Kiev", "Kyiv"):
        assert needle in text, needle
    assert "relayed by" in text  # near-duplicate wire copies
    assert "resigned" in text and "was dismissed" in text  # a genuine disagreement


def test_ingest_grow_and_query(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 8, seed=4)
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = open_store(url)
    report = ingest(store, [str(corpus)], batch_size=3)
    store.close()
    assert report.new == 8 and report.claims > 0
    sizes = base_sizes(url)
    one = who_said_latency(url, reps=1)
    grow(url, 3, sizes)
    three = who_said_latency(url, reps=1)
    assert three["_claims"][2] == 3 * one["_claims"][2]
    # the topic's spellings are renamed in the copies: it matches as many claims as before
    assert three["Hmeymim (all)"][2] == one["Hmeymim (all)"][2]


def test_long_run_and_entity_lookup_harnesses_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import entity_lookup, long_run

    assert long_run.main(["--articles", "6", "--every", "0.3", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "exit 0: 6 articles" in out
    assert entity_lookup.main(["--entities", "500"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"([\d,]+) entities, then ([\d,]+)", out)
    assert found is not None, out
    before, after = (int(g.replace(",", "")) for g in found.groups())
    assert after - before == 500 and "| Kisel |" in out


def test_judge_speed_and_long_run_jsonl_harnesses_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import judge_speed, long_run

    assert judge_speed.main(["--articles", "6", "--repeat", "1"]) == 0
    assert re.search(r"\d+ claims, \d+ findings; best of 1: [\d.]+ s CPU", capsys.readouterr().out)
    from benchmarks import call_count, writer_share

    write_corpus(tmp_path / "calls", 4, seed=3)
    assert call_count.main([str(tmp_path / "calls"), "--warm", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^4 articles: [1-9]\d* function calls, \d+ re searches", out), out
    assert writer_share.main(["--articles", "6", "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^6 articles, \d+ words, 2 worker\(s\): .* writer [\d.]+ s CPU", out), out
    args = ["--articles", "6", "--every", "0.3", "--dir", str(tmp_path), "--jsonl"]
    assert long_run.main(args) == 0
    out = capsys.readouterr().out
    assert "exit 0: 6 articles" in out and "corpus.jsonl" in out


def test_real_conflicts_lists_what_an_ingest_finds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.real_conflicts import main

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12, seed=5)
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        expected = ingest(store, [str(corpus)]).conflicts
    finally:
        store.close()
    assert main([str(corpus), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"12 articles, \d+ claims: {expected} findings", out), out
    assert main([str(tmp_path / "missing")]) == 0
    assert "not found" in capsys.readouterr().out


def test_real_conflicts_reads_gold_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.real_conflicts import main

    lines = [{"id": "x", "text": "Rebels took Hama on Friday."}, {"id": "y", "text": ""}]
    (tmp_path / "a_attribution.jsonl").write_text(
        "\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8"
    )
    (tmp_path / "blind_attribution.jsonl").write_text(
        json.dumps({"text": "Rebels took Homs on Friday."}) + "\n", encoding="utf-8"
    )
    pattern = str(tmp_path / "*_attribution.jsonl")
    assert main(["--jsonl", pattern, "--skip", "blind"]) == 0
    assert capsys.readouterr().out.startswith("1 articles, ")
    assert main(["--jsonl", pattern]) == 0
    assert capsys.readouterr().out.startswith("2 articles, ")


def test_eval_conflicts_scores_a_story_folder_as_it_scores_the_seeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from benchmarks.eval_conflicts import GOLD, SEEDS, main

    story = tmp_path / "one-story"
    story.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, story / path.name)
    seed_cases = [line for line in GOLD.read_text().splitlines() if '"type": "seed"' in line]
    (story / "gold.jsonl").write_text("\n".join(seed_cases) + "\n", encoding="utf-8")
    assert main([]) == 0
    seeds_line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("seeds "))
    assert main(["--stories", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    story_line = next(x for x in out if x.startswith("one-story"))
    assert story_line.split(None, 1)[1] == seeds_line.split(None, 1)[1]
    assert any(x.startswith("all stories") for x in out)


def test_story_gold_names_claims_that_exist() -> None:
    # every case of a story set names one sentence of each article, exactly once
    bench = Path(__file__).resolve().parent.parent / "benchmarks"
    stories = [
        p
        for root in sorted(bench.glob("stories*"))
        for p in root.iterdir()
        if (p / "gold.jsonl").is_file()
    ]
    assert stories
    for story in stories:
        texts = {
            p.name.split("_", 1)[0]: p.read_text(encoding="utf-8") for p in story.glob("*.txt")
        }
        for line in (story / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            assert case["a"]["article"] != case["b"]["article"], line
            assert (case["kind"] is None) is (not case["conflict"]), line
            for side in (case["a"], case["b"]):
                assert texts[side["article"]].count(side["contains"]) == 1, (story.name, side)
        implicit = story / "implicit.jsonl"
        for line in implicit.read_text().splitlines() if implicit.is_file() else []:
            case = json.loads(line)
            for side in (case["a"], case.get("b")) if "b" in case else (case["a"],):
                assert texts[side["article"]].count(side["contains"]) == 1, (story.name, side)


def test_an_implicit_disagreement_counts_neither_way() -> None:
    from benchmarks.eval_conflicts import _implicit
    from claimtrack.records import ConflictFinding

    finding = ConflictFinding(kind="quantity", score=0.8, explanation="x", claim_a=1, claim_b=7)
    claims = {("04", "needs 76 votes"): {1}, ("06", "survived by 14"): {7}, ("05", "won"): {9}}

    def ids(side: dict[str, str]) -> set[int]:
        return claims[(side["article"], side["contains"])]

    one = {"article": "06", "contains": "survived by 14"}
    assert _implicit(finding, {"a": one}, ids)  # one claim, with any other
    assert _implicit(finding, {"a": {"article": "04", "contains": "needs 76 votes"}, "b": one}, ids)
    assert not _implicit(finding, {"a": {"article": "05", "contains": "won"}}, ids)


@pytest.mark.parametrize(
    ("want", "have", "kind"),
    [
        (["Reuters"], None, "no tool claim"),
        (["Reuters"], [], "source missed (told in the article's voice)"),
        ([], ["Reuters"], "source where the article speaks"),
        (["Reuters", "police"], ["Reuters", "the mayor"], "another source"),
        (["International Cricket Council"], ["ICC"], "the source named otherwise"),
        (["Kenya Red Cross"], ["Red Cross"], "the source named otherwise"),
        (["police"], ["Reuters", "police"], "same source, another relay chain"),
    ],
)
def test_attribution_failures_are_told_by_kind(
    want: list[str], have: list[str] | None, kind: str
) -> None:
    from benchmarks.eval_attribution import failure_kind

    assert failure_kind(want, have) == kind
