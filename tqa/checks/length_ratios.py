"""The length ratio of each paired bead: what the truncation check (O303) calibrates on,
and what O301/O302 use to tell a sentence moved across a pair boundary from one left out.
Computed once per run by the check context."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tqa.model import Segment

Units = tuple[Segment, ...]

# A label is no sentence: a byline or a credit of a few words with no closing mark ("By our
# correspondent", "By a staff correspondent in Aden", one word in Arabic: «مراسلنا»). Like a
# headline, its length is not judged: a desk's byline formula is no translation of the other's.
LABEL_WORDS = 6
_CLOSING = ".!?؟…:;»\"”'’)"


def _label(segment: Segment) -> bool:
    text = segment.text.strip(" *_")
    return len(text.split()) <= LABEL_WORDS and not text.endswith(tuple(_CLOSING))


def chars(units: Units) -> int:
    """The characters of a group of sentences: what the length checks compare."""
    return sum(len(segment.text) for segment in units)


def length_ratios(pairs: Iterable[tuple[Units, Units]]) -> list[tuple[Units, Units, float]]:
    """Source and target sentences with the log of their length ratio, for every
    paired bead whose source is long enough to judge and no headline."""
    ratios = []
    for source, target in pairs:
        # A 2-2 bead is read as two 1-1 pairs in order: a truncated sentence next to
        # a long one can make the aligner prefer the merge.
        units: list[tuple[Units, Units]] = (
            [((s,), (t,)) for s, t in zip(source, target, strict=False)] if len(source) == len(target) > 1 else [(source, target)]
        )
        for unit_source, unit_target in units:
            source_chars, target_chars = chars(unit_source), chars(unit_target)
            if unit_source and unit_target and source_chars >= 20 and not any(s.heading or _label(s) for s in unit_source):
                ratios.append((unit_source, unit_target, math.log(target_chars / source_chars)))
    return ratios
