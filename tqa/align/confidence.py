"""How sure the aligner is of each bead: its cost margin over the nearest alternative
covering the same sentences, as a probability."""

from __future__ import annotations

import math

import numpy as np

from tqa.align.costs import BEAD_TYPES, Costs

# The cost margin at which a bead is as likely right as wrong. Measured with
# bench/align.py on the shared sets: beads with a smaller margin are 5% of all
# beads but hold 54% of the wrong ones (24% of them are wrong, against 1% of the rest).
MARGIN_AT_HALF = 1.5


def _bead_costs(costs: Costs, beads: np.ndarray) -> np.ndarray:
    """Costs of beads given as rows (source start, k, target start, l), vectorised per bead type."""
    result = np.full(len(beads), np.inf)
    for k, l in BEAD_TYPES:
        chosen = (beads[:, 1] == k) & (beads[:, 3] == l)
        if chosen.any():
            result[chosen] = costs.costs(beads[chosen, 0] + k, k, l, beads[chosen, 2] + l)
    return result


def confidences(costs: Costs, path: list[tuple[int, int, int, int]]) -> list[float]:
    """How much cheaper each bead is than the nearest alternative, as a probability.

    For each pair of neighbouring beads, every other way to cover the same
    sentences with one or two beads is priced; a bead's margin is the smallest
    gap over its two windows, and its confidence the logistic of that margin less MARGIN_AT_HALF.
    """
    beads = np.array(path, dtype=np.int64).reshape(-1, 4)
    own = _bead_costs(costs, beads)
    margins = np.full(len(path), np.inf)
    if len(path) == 1:
        margins[0] = 6.0 - own[0] / 2.0
    if len(path) > 1:
        first, second = beads[:-1], beads[1:]
        chosen = own[:-1] + own[1:]
        blocks = np.stack([first[:, 0], first[:, 1] + second[:, 1], first[:, 2], first[:, 3] + second[:, 3]], axis=1)
        margin = _rival(costs, blocks, chosen) - chosen
        margins[:-1] = np.minimum(margins[:-1], margin)
        margins[1:] = np.minimum(margins[1:], margin)
    return [float(1.0 / (1.0 + math.exp(-min(m - MARGIN_AT_HALF, 50.0)))) for m in margins]


def _rival(costs: Costs, blocks: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Per block of two neighbouring beads, the cheapest other cover: the whole block
    as one bead, or split into two beads another way."""
    rival = np.full(len(blocks), np.inf)
    options = [(k, l, None) for k, l in BEAD_TYPES] + [(k1, l1, (k1, l1)) for k1, l1 in BEAD_TYPES]
    for k1, l1, split in options:
        option = _whole(costs, blocks, k1, l1) if split is None else _split(costs, blocks, k1, l1)
        if option is None:
            continue
        # The chosen split is among the options; the cheapest cost above it is the rival.
        above = option > chosen + 1e-9
        rival = np.where(above, np.minimum(rival, option), rival)
    return rival


def _whole(costs: Costs, blocks: np.ndarray, k: int, l: int) -> np.ndarray | None:
    """The cost of each block as one k-l bead (inf where it is not k-l), or None when none is."""
    fits = (blocks[:, 1] == k) & (blocks[:, 3] == l)
    if not fits.any():
        return None
    option = np.full(len(blocks), np.inf)
    option[fits] = _bead_costs(costs, blocks[fits])
    return option


def _split(costs: Costs, blocks: np.ndarray, k1: int, l1: int) -> np.ndarray | None:
    """The cost of each block as a k1-l1 bead and a bead of the rest (inf where the rest
    is no bead type), or None when no block splits so."""
    rest_k, rest_l = blocks[:, 1] - k1, blocks[:, 3] - l1
    fits = np.zeros(len(blocks), dtype=bool)
    for k2, l2 in BEAD_TYPES:
        fits |= (rest_k == k2) & (rest_l == l2)
    if not fits.any():
        return None
    head = blocks[fits].copy()
    head[:, 1], head[:, 3] = k1, l1
    tail = np.stack([head[:, 0] + k1, rest_k[fits], head[:, 2] + l1, rest_l[fits]], axis=1)
    option = np.full(len(blocks), np.inf)
    option[fits] = _bead_costs(costs, head) + _bead_costs(costs, tail)
    return option
