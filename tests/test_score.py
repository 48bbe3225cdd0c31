"""tqa score and check --reference: sacrebleu parity, monolingual alignment, calibration, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tqa.align.monolingual import _align_gap, _features, align_monolingual
from tqa.scoring.score import ScoredPair, divergent_pairs, score_files
from tqa.scoring.worddiff import word_diff

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "score"
ORIGINAL = ROOT / "samples" / "moscow-visit.en.md"
EDITED = DATA / "moscow-visit.edited.en.md"
REFERENCE = DATA / "moscow-visit.reference.en.md"

HYP_LINES = [
    "Syrian President Ahmed al-Sharaa landed in Moscow on Tuesday for a two-day official visit.",
    "He was met at Vnukovo airport by Russia's first deputy foreign minister.",
    "Al-Sharaa met President Vladimir Putin at the Kremlin on the same evening.",
    "The talks covered the future of the two Russian bases in Syria.",
    "Russia will deliver 500,000 tonnes of wheat to Syria over the coming six months.",
    "The committee will discuss electricity, transport and higher education.",
]
REF_LINES = [
    "Syrian President Ahmed al-Sharaa arrived in Moscow on Tuesday for a two-day official visit.",
    "He was met at Vnukovo airport by Russia's deputy foreign minister.",
    "Al-Sharaa met President Vladimir Putin at the Kremlin the same evening.",
    "The talks covered the future of Russia's two bases in Syria.",
    "Russia would deliver 500,000 tonnes of wheat to Syria over the next six months.",
    "The committee will discuss electricity, transport and higher education.",
]

# Bead list (edited ids -> original ids) of EDITED against ORIGINAL, by construction of
# the fixture: 2 and 8 and 18 have word substitutions, 5 merges original 5+6, original
# 12 is dropped, edited 14 is added.
EXPECTED_BEADS = [
    ((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,)), ((5,), (5, 6)),
    ((6,), (7,)), ((7,), (8,)), ((8,), (9,)), ((9,), (10,)), ((10,), (11,)), ((), (12,)),
    ((11,), (13,)), ((12,), (14,)), ((13,), (15,)), ((14,), ()), ((15,), (16,)), ((16,), (17,)),
    ((17,), (18,)), ((18,), (19,)), ((19,), (20,)), ((20,), (21,)), ((21,), (22,)),
]  # fmt: skip
CHANGED = {((2,), (2,)), ((5,), (5, 6)), ((8,), (9,)), ((), (12,)), ((14,), ()), ((18,), (19,))}


def tqa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tqa", *args], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tqa: error: ") and "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


# ---------------------------------------------------------------- (1) sacrebleu parity


@pytest.mark.parametrize("mode", ["--one-per-line", "--parallel"])
def test_corpus_scores_equal_sacrebleu_command_line(tmp_path: Path, mode: str) -> None:
    hyp = write(tmp_path / "hyp.txt", "\n".join(HYP_LINES) + "\n")
    ref = write(tmp_path / "ref.txt", "\n".join(REF_LINES) + "\n")
    command = [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "ter", "-b", "-w", "4"]
    expected = json.loads(subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout)
    result = tqa("score", str(hyp), str(ref), mode, "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [b["hypothesis"] for b in data["pairs"]] == [[k] for k in range(len(HYP_LINES))]
    assert [data["bleu"], data["chrf"], data["ter"]] == pytest.approx(expected, abs=1e-4)
    assert data["signatures"]["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")


# ---------------------------------------------------------------- (2) alignment of edited versions


def test_edited_version_aligns_exactly_and_changes_rank_first() -> None:
    result = score_files(EDITED, ORIGINAL)
    assert [(b.source, b.target) for b in result.beads] == EXPECTED_BEADS
    worst = result.worst_first()[: len(CHANGED)]
    assert {(p.hyp, p.ref) for p in worst} == CHANGED
    assert all(p.chrf == 100.0 and p.ter == 0.0 for p in result.worst_first()[len(CHANGED) :])


def test_alignment_is_symmetric_and_needs_no_anchors() -> None:
    result = score_files(EDITED, ORIGINAL)
    hyp = [s.text for s in result.hypothesis.segments]
    ref = [s.text for s in result.reference.segments]
    swapped = [(b.target, b.source) for b in align_monolingual(ref, hyp)]
    assert swapped == EXPECTED_BEADS
    # The DP alone, without exact-match anchors, finds the same beads.
    dp_only = _align_gap([_features(t) for t in hyp], [_features(t) for t in ref], 0, len(hyp), 0, len(ref))
    assert [(b.source, b.target) for b in dp_only] == EXPECTED_BEADS


@pytest.mark.parametrize(
    ("hyp", "ref", "beads"),
    [
        (["A cat sat on the mat.", "It purred."], ["A cat sat on the mat, and it purred."], [((0, 1), (0,))]),
        (["A cat sat on the mat, and it purred."], ["A cat sat on the mat.", "It purred."], [((0,), (0, 1))]),
        (["One two three four.", "Completely unrelated words here."], ["One two three four."], [((0,), (0,)), ((1,), ())]),
        (["Prices rose by ten percent in May."], ["Officials declined all comment yesterday."], [((0,), (0,))]),
        ([], ["Only here."], [((), (0,))]),
    ],
)
def test_small_alignments(hyp: list[str], ref: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> None:
    assert [(b.source, b.target) for b in align_monolingual(hyp, ref)] == beads


def test_arabic_versions_score(tmp_path: Path) -> None:
    hyp = write(
        tmp_path / "h.ar.txt", "وصل الرئيس أحمد الشرع إلى موسكو يوم الثلاثاء. والتقى الرئيس فلاديمير بوتين في الكرملين.\n"
    )
    ref = write(tmp_path / "r.ar.txt", "وصل الرئيس أحمد الشرع إلى موسكو يوم الثلاثاء. والتقى الرئيس بوتين في الكرملين مساء.\n")
    result = score_files(hyp, ref)
    assert [(b.source, b.target) for b in result.beads] == [((0,), (0,)), ((1,), (1,))]
    assert result.hypothesis.lang == "ar" and 0 < result.corpus.chrf < 100


def test_word_diff_ops() -> None:
    ops = [
        (o.op, o.hyp, o.ref)
        for o in word_diff("He was met by the deputy minister.", "He was greeted by the first deputy minister.")
    ]
    assert ops == [
        ("equal", "He was", "He was"),
        ("replace", "met", "greeted"),
        ("equal", "by the", "by the"),
        ("insert", "", "first"),
        ("equal", "deputy minister.", "deputy minister."),
    ]
    assert [o.op for o in word_diff("a b c", "a c")] == ["equal", "delete", "equal"]


def _pair(chrf: float, hyp: tuple[int, ...] = (0,)) -> ScoredPair:
    return ScoredPair(hyp, (0,), "h", "r", chrf, 0.0, ())


@pytest.mark.parametrize(
    ("values", "flagged"),
    [
        ([100, 100, 100, 95, 30], [30]),  # an edited copy: median 100, no spread; the floor decides
        ([100, 100, 100, 95, 60], []),  # a light rewrite stays above the floor
        ([55, 60, 48, 70, 62, 41, 58, 12], [12]),  # an independent reference: only the outlier
        ([55, 60, 48, 70, 62, 41, 58, 35], []),  # 35 is within this article's spread
    ],
)
def test_divergence_is_calibrated_per_article(values: list[float], flagged: list[float]) -> None:
    assert [p.chrf for p in divergent_pairs([_pair(v) for v in values])] == flagged


# ---------------------------------------------------------------- (3) errors


def test_score_errors_are_one_line(tmp_path: Path) -> None:
    en = write(tmp_path / "en.txt", "\n".join(HYP_LINES) + "\n")
    empty = write(tmp_path / "empty.txt", "  \n")
    arabic = write(tmp_path / "ar.txt", "وصل الرئيس أحمد الشرع إلى موسكو يوم الثلاثاء.\n")
    assert_one_line_error(tqa("score", str(en), str(empty)), "empty.txt", "reference", "empty")
    assert_one_line_error(tqa("score", str(empty), str(en)), "hypothesis", "empty")
    assert_one_line_error(tqa("score", str(en), str(arabic)), "ar.txt", "Arabic", "English")
    assert_one_line_error(tqa("score", str(en), str(tmp_path / "missing.txt")), "not found")
    assert_one_line_error(tqa("score", "samples/moscow-visit.en.md", "samples/wheat-energy.en.md"), "shares no sentence with")
    short = write(tmp_path / "short.txt", HYP_LINES[0] + "\n")
    assert_one_line_error(tqa("score", str(en), str(short), "--parallel"), "lines")


def test_check_reference_errors_are_one_line(tmp_path: Path) -> None:
    pair = ("check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md")
    empty = write(tmp_path / "empty.md", "")
    assert_one_line_error(tqa(*pair, "--reference", str(empty)), "reference", "empty")
    assert_one_line_error(tqa(*pair, "--reference", "samples/moscow-visit.ar.md"), "Arabic", "English")
    assert_one_line_error(tqa(*pair, "--reference", "samples/clean.en.md"), "shares no sentence with")


def test_reference_errors_name_every_path_as_typed(tmp_path: Path) -> None:
    """A new user's review: the translation was named by its bare file name beside the
    reference's typed path, and a bilingual reference was told to run `tqa check NAME`."""
    pair = ("check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md")
    bilingual = write(tmp_path / "memory.tmx", "<tmx version='1.4'/>\n")
    result = tqa(*pair, "--reference", str(bilingual))
    assert_one_line_error(result, f"{bilingual}: reference is a bilingual file", "give the reference as one article file")
    assert "tqa check" not in result.stderr
    result = tqa(*pair, "--reference", "samples/moscow-visit.ar.md")
    assert_one_line_error(result, "samples/moscow-visit.ar.md: is in Arabic but the translation samples/moscow-visit.en.md is")
    result = tqa("score", "samples/moscow-visit.en.md", "samples/moscow-visit.ar.md")
    assert_one_line_error(result, "but the hypothesis samples/moscow-visit.en.md is in English")
    result = tqa("check", "samples/moscow-visit.ar.md", str(bilingual))
    assert_one_line_error(result, f"run `tqa check {bilingual}` with no second file")


# ---------------------------------------------------------------- (4) check --reference


def test_check_reference_block_and_r701(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    result = tqa(
        "check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "--reference", str(REFERENCE), "--json", str(report)
    )
    assert result.returncode in (0, 1), result.stderr
    assert "reference: " in result.stdout and "chrf signature: nrefs:1|" in result.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    block = data["reference"]
    assert {"path", "bleu", "chrf", "ter", "signatures", "pairs"} <= set(block)
    assert set(block["signatures"]) == {"bleu", "chrf", "ter"}
    assert all(isinstance(block[k], float) for k in ("bleu", "chrf", "ter"))
    for pair in block["pairs"]:
        assert set(pair) == {"target", "reference", "target_text", "reference_text", "chrf", "ter", "diff"}
        assert all(set(op) == {"op", "hyp", "ref"} for op in pair["diff"])
    r701 = [f for f in data["findings"] if f["code"] == "R701"]
    assert len(r701) == 1
    finding = r701[0]
    assert (finding["name"], finding["category"], finding["severity"]) == ("reference-divergence", "reference", "info")
    assert finding["target"]["segment"] == 11 and finding["target"]["text"].startswith("The two sides also agreed")
    assert "Officials in Damascus declined" in finding["message"] and finding["fingerprint"]
