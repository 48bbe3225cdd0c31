"""A pasted run of thousands of marks is one problem to an editor: each check lists at most
MAX_PER_SENTENCE findings in one sentence and counts the rest in one more, and a stray mark's
evidence stays short inside one long "word". Found by bench/fuzz.py (a 950 MB run)."""

from __future__ import annotations

from pathlib import Path

from tqa.checks import MAX_PER_SENTENCE, bounded
from tqa.checks.base import Hit
from tqa.checks.punctuation import MAX_STRAY_EVIDENCE, UNBALANCED_MARKS
from tqa.config import Settings
from tqa.model import Span
from tqa.pipeline import run

ROOT = Path(__file__).resolve().parent.parent


def _hit(segment: int, start: int) -> Hit:
    return Hit("m", target=Span(segment, start, start + 1, "«"))


def test_hits_beyond_the_bound_in_one_sentence_are_counted_in_one_more() -> None:
    hits = [_hit(3, k) for k in range(MAX_PER_SENTENCE + 50)] + [_hit(4, 0)]
    kept = bounded(UNBALANCED_MARKS, hits)
    in_three = [h for h in kept if h.target and h.target.segment == 3]
    assert len(in_three) == MAX_PER_SENTENCE + 1
    assert in_three[-1].message.startswith("50 more unbalanced-marks findings in this sentence")
    assert in_three[-1].target == hits[MAX_PER_SENTENCE].target  # points at the first one not listed
    assert [h for h in kept if h.target and h.target.segment == 4] == [hits[-1]]


def test_hits_within_the_bound_pass_unchanged() -> None:
    hits = [_hit(1, k) for k in range(MAX_PER_SENTENCE)]
    assert bounded(UNBALANCED_MARKS, hits) == hits


def test_a_pasted_run_of_quote_marks_makes_a_small_report(tmp_path: Path) -> None:
    english = (ROOT / "samples" / "clean.en.md").read_text(encoding="utf-8")
    article = tmp_path / "a.en.md"
    article.write_text(english + "\n\nThe minister said " + "«" * 5000 + " end.\n", encoding="utf-8")
    report = run(ROOT / "samples" / "clean.ar.md", article, Settings())
    stray = [f for f in report.findings if f.code == "P501"]
    assert len(stray) == MAX_PER_SENTENCE + 1
    assert all(f.target and f.target.end - f.target.start <= MAX_STRAY_EVIDENCE for f in stray)
