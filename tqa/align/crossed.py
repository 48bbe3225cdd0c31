"""2-2 beads whose two versions cut one passage at different places.

A 2-2 bead earns what its two 1-1 halves earn (`Costs._bead_shared`): news repeats a
name in neighbouring sentences, and crossed pairs would reward the merge. But a
translator cuts a passage where the language leads: an English title of its own line
("Archive: The man who built the first radio mast") before a sentence that gives the date and the
birthplace, against an Arabic whose first sentence holds the title and the date and whose
second the birthplace; a police chief's words closing the first English sentence and
opening the second Arabic one. The halves then share little (the title's name, one or
two words), a crossed pair most (the date, the chief, the day): counted by its halves,
the bead leaves those unmatched, and a merge next to an addition reads cheaper.

Such a bead earns its anchors united, each counted once, |(A ∪ B) ∩ (C ∪ D)|, as a 2-1
bead unites its two sentences', when a crossed pair shares more than either half and each
half still shares content of its own (a figure, a name or a word, not a quotation mark
alone): the four sentences are one chain. A dropped sentence and an added one on either
side of a translated pair look like a crossed pair too, but leave a half with nothing in
common (bench/align.py, PUD "replaced": an added sentence tied by its quotation mark).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tqa.align.costs import Costs


def cut_elsewhere(costs: Costs, i: np.ndarray, ends: np.ndarray, grid: list[list[np.ndarray]]) -> np.ndarray:
    """For 2-2 beads ending at source i and target `ends`: whether the two versions cut one
    passage at different places (`grid[a][b]`: what source a shares with target b)."""
    own = (costs.content_pairs(i - 2, ends - 2) > 0) & (costs.content_pairs(i - 1, ends - 1) > 0)
    return np.asarray(own & (np.maximum(grid[0][1], grid[1][0]) > np.maximum(grid[0][0], grid[1][1])))


def united(costs: Costs, i: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """|(A ∪ B) ∩ (C ∪ D)| for source sentences A, B and target sentences C, D of 2-2 beads:
    |(A ∪ B) ∩ C| + |(A ∪ B) ∩ D| - |A ∩ C ∩ D| - |B ∩ C ∩ D| + |A ∩ B ∩ C ∩ D|."""
    merged = costs.merged_source(i - 2, ends - 2) + costs.merged_source(i - 2, ends - 1)
    triples = costs.target_triples(i - 2, ends - 2) + costs.target_triples(i - 1, ends - 2)
    return np.asarray(merged - triples + costs.quadruples(i - 2, ends - 2))
