"""Alignment of the samples and test articles against hand-checked gold beads
(`*.gold`): merges, splits, an omission at the start, additions, a truncation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tqa.align.bilingual import align_length_only
from tqa.align.evaluation import evaluate_beads, parse_beads
from tqa.glossary.files import load_glossaries
from tqa.model import AlignedDocument
from tqa.pipeline import align_inputs, assign_languages
from tqa.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted([*(ROOT / "samples").glob("*.gold"), *(ROOT / "tests" / "articles").glob("*.gold")])
GLOSSARY = load_glossaries([ROOT / "glossaries" / "syria.yaml"])


def aligned(gold: Path) -> AlignedDocument:
    name = gold.name.removesuffix(".gold")
    defects = yaml.safe_load((gold.parent / f"{name}.defects.yaml").read_text(encoding="utf-8")) or {}
    inputs = assign_languages(
        read_document(gold.parent / f"{name}.ar.md"),
        read_document(gold.parent / f"{name}.en.md"),
        defects.get("direction", "auto"),
    )
    return align_inputs(inputs, GLOSSARY)


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name)
def test_alignment_matches_gold(gold: Path) -> None:
    document = aligned(gold)
    expected = parse_beads(gold.read_text(encoding="utf-8"), str(gold))
    scores = evaluate_beads(document.beads, expected)
    assert scores.strict_f1 >= 0.95, f"{gold.name}: strict F1 {scores.strict_f1:.3f}"


def test_gold_covers_every_bead_type_that_articles_have() -> None:
    kinds = {b.kind for gold in GOLD for b in parse_beads(gold.read_text(encoding="utf-8"))}
    assert {"1-1", "1-0", "0-1", "1-2", "2-1"} <= kinds


def test_length_only_baseline_is_worse_on_the_articles() -> None:
    ours, baseline = [], []
    for gold in GOLD:
        document = aligned(gold)
        expected = parse_beads(gold.read_text(encoding="utf-8"))
        ours.append(evaluate_beads(document.beads, expected).strict_f1)
        baseline.append(evaluate_beads(align_length_only(document.source, document.target), expected).strict_f1)
    assert sum(ours) > sum(baseline)
