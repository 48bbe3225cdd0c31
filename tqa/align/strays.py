"""Beads that length holds together and their evidence takes apart (issue #11).

Where a translator dropped a sentence and wrote another beside it, the cheapest path
can fill the gap with a neighbour's sentence: a 1-2 or 2-1 bead takes the first or
last sentence of the next bead's translation (`return_strays`), or a 2-2 bead pairs a
translated pair with the dropped and the added sentence (`split_halves`). The figures,
dates and names each sentence shares say where it belongs; what is left is a dropped
and an added sentence, which need less evidence to be split than two sentences the
aligner paired on their own (tqa.align.unrelated): their length fit was borrowed.
"""

from __future__ import annotations

from tqa.align.unrelated import KEPT, MIN_NAMED_CONCEPTS, Path, concepts, linked
from tqa.text.evidence import SentenceFeatures, share_evidence

Bead = tuple[int, int, int, int]


def return_strays(
    path: Path, scores: list[float], source: list[SentenceFeatures], target: list[SentenceFeatures]
) -> tuple[Path, list[float]]:
    """The path with each stray merged sentence returned to the bead beside it (each of
    the two beads then with the lower confidence of the two).

    A 1-2 or 2-1 bead can take the first or last sentence of its neighbour's
    translation when a dropped sentence and an added one stand beside them: «...
    set aside $400 million, and contractors will be paid within 45 days» merged with
    the sentence before, and "Contractors would be paid within 45 days" merged into
    the dropped sentence's bead to make up its length (blind w29/homs-wheat-season). A merged sentence is a stray when
    it shares a figure, a date or a glossary name with the neighbouring bead's other
    side and no figure, date, name or amount with its own bead's single sentence: the
    figures say where it belongs. The 1-1 bead left behind is split into an omission
    and an addition when its two sentences have not one anchor in common and each says
    MIN_NAMED_CONCEPTS things the lexicon knows: the length that held them together
    was the stray's."""
    beads, kept = list(path), list(scores)
    left: set[int] = set()
    for at in range(len(beads)):
        if (beads[at][1], beads[at][3]) not in ((1, 2), (2, 1)):
            continue
        for end, step in ((0, -1), (1, 1)):
            if 0 <= at + step < len(beads) and _stray(beads[at], end, beads[at + step], source, target):
                beads[at], beads[at + step] = _handed_over(beads[at], end, beads[at + step])
                kept[at] = kept[at + step] = min(kept[at], kept[at + step])
                left.add(at)
                break
    split: Path = []
    confidence: list[float] = []
    for at, ((i, k, j, l), score) in enumerate(zip(beads, kept, strict=True)):
        pieces = [(i, 1, j, 0), (i + 1, 0, j, 1)] if at in left and _said_apart(source[i], target[j]) else [(i, k, j, l)]
        split += pieces
        confidence += [score] * len(pieces)
    return split, confidence


def _said_apart(source: SentenceFeatures, target: SentenceFeatures) -> bool:
    """Each sentence says MIN_NAMED_CONCEPTS things the lexicon knows, and the two have
    not one anchor in common: two statements, where length alone held them together."""
    ours, theirs = source.anchors, target.anchors
    return min(concepts(ours), concepts(theirs)) >= MIN_NAMED_CONCEPTS and not linked(ours, theirs)


def _stray(
    bead: Bead,
    end: int,
    neighbour: Bead,
    source: list[SentenceFeatures],
    target: list[SentenceFeatures],
) -> bool:
    """Whether the merged sentence at `end` (0 first, 1 last) of a 1-2 or 2-1 bead belongs to
    `neighbour`, a bead with both sides that stays no wider than two sentences a side."""
    i, k, j, l = bead
    ni, nk, nj, nl = neighbour
    if not nk or not nl or (nl if l == 2 else nk) >= 2:
        return False
    merged, single, other = (target, source, source) if l == 2 else (source, target, target)
    stray = merged[(j if l == 2 else i) + end].anchors
    own = single[i if l == 2 else j].anchors
    theirs = frozenset().union(*(f.anchors for f in (other[ni : ni + nk] if l == 2 else other[nj : nj + nl])))
    return any(a.startswith(KEPT) for a in stray & theirs) and not any(a.startswith((*KEPT, "v:", "m:")) for a in stray & own)


def _handed_over(bead: Bead, end: int, neighbour: Bead) -> tuple[Bead, Bead]:
    """The bead without its merged sentence at `end`, and the neighbour with it."""
    i, k, j, l = bead
    ni, nk, nj, nl = neighbour
    if l == 2:
        return (i, 1, j + 1 - end, 1), (ni, nk, min(nj, j + end), nl + 1)
    return (i + 1 - end, 1, j, 1), (min(ni, i + end), nk + 1, nj, nl)


def split_halves(
    path: Path, scores: list[float], source: list[SentenceFeatures], target: list[SentenceFeatures]
) -> tuple[Path, list[float]]:
    """The path with each 2-2 bead that pairs a translation with two unrelated sentences
    split into its 1-1 half and an omission and an addition (each with the bead's
    confidence): one half shares evidence, the other and the two crossed pairs not one
    anchor, and the unrelated half's sentences each say MIN_NAMED_CONCEPTS things the
    lexicon knows. "The group called on the government to impose safety standards"
    beside an added "Gold prices hit a record high" against «وطالبت المنظمة الحكومة...»
    beside a dropped «كما حذرت من استخدام الزئبق...»: the 2-2 bead's length was the
    translated half's and the two others' together."""
    beads: Path = []
    kept: list[float] = []
    for (i, k, j, l), score in zip(path, scores, strict=True):
        pieces = [(i, k, j, l)]
        if (k, l) == (2, 2):
            crossed = linked(source[i].anchors, target[j + 1].anchors) or linked(source[i + 1].anchors, target[j].anchors)
            first, second = (share_evidence(source[i + n].anchors, target[j + n].anchors) for n in (0, 1))
            if not crossed and first and _said_apart(source[i + 1], target[j + 1]):
                pieces = [(i, 1, j, 1), (i + 1, 1, j + 1, 0), (i + 2, 0, j + 1, 1)]
            elif not crossed and second and _said_apart(source[i], target[j]):
                pieces = [(i, 1, j, 0), (i + 1, 0, j, 1), (i + 1, 1, j + 1, 1)]
        beads += pieces
        kept += [score] * len(pieces)
    return beads, kept
