"""Scoring an alignment against a gold one.

Bead files use the common `[i, j]:[k]:score` form, one bead per line
(`[0]:[0, 1]`, `[]:[3]` for an addition; the score is optional).

- strict: a predicted bead is correct when the gold has exactly that bead.
  Null beads (omissions, additions) count like any other: finding them is the
  point of a QA aligner.
- lax: a predicted non-null bead is correct when some gold non-null bead
  overlaps it on both sides; null beads are left out of lax figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tqa import patterns
from tqa.errors import InputError
from tqa.model import Bead

_LINE = patterns.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\](?:\s*:\s*([-+.\deE]+))?\s*$")


@dataclass(frozen=True)
class Scores:
    strict_precision: float
    strict_recall: float
    strict_f1: float
    lax_precision: float
    lax_recall: float
    lax_f1: float


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.replace(",", " ").split())


def parse_beads(text: str, where: str = "<beads>") -> tuple[Bead, ...]:
    beads = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise InputError(f"not a bead line: {line.strip()!r}", where=f"{where}:{number}", fix="write beads as [0]:[0, 1]:0.9")
        score = float(match.group(3)) if match.group(3) else 1.0
        beads.append(Bead(_ids(match.group(1)), _ids(match.group(2)), score))
    return tuple(beads)


def format_beads(beads: Iterable[Bead]) -> str:
    def ids(values: Sequence[int]) -> str:
        return "[" + ", ".join(str(v) for v in values) + "]"

    return "".join(f"{ids(b.source)}:{ids(b.target)}:{b.score:.4f}\n" for b in beads)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def evaluate_beads(predicted: Sequence[Bead], gold: Sequence[Bead]) -> Scores:
    key = {(b.source, b.target) for b in gold}
    exact = sum((b.source, b.target) in key for b in predicted)
    strict_p, strict_r = _ratio(exact, len(predicted)), _ratio(exact, len(gold))
    full_pred = [b for b in predicted if b.source and b.target]
    full_gold = [b for b in gold if b.source and b.target]
    lax_p = _ratio(sum(any(_overlaps(p, g) for g in full_gold) for p in full_pred), len(full_pred))
    lax_r = _ratio(sum(any(_overlaps(p, g) for p in full_pred) for g in full_gold), len(full_gold))
    return Scores(strict_p, strict_r, _f1(strict_p, strict_r), lax_p, lax_r, _f1(lax_p, lax_r))


def _overlaps(a: Bead, b: Bead) -> bool:
    return bool(set(a.source) & set(b.source)) and bool(set(a.target) & set(b.target))
