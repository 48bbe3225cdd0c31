"""Articles of invented sentences for the aligner's tests, and their beads as index pairs:
shared by tests/test_align*.py."""

from __future__ import annotations

from tqa.model import Article, Bead, Segment


def article(sentences: list[str], lang: str, paragraphs: list[int] | None = None) -> Article:
    """One sentence per segment, all in paragraph 0 unless `paragraphs` gives each one's."""
    paragraph_of = paragraphs or [0] * len(sentences)
    return Article("t", lang, "lines", tuple(Segment(i, paragraph_of[i], s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]


def pairs(beads: tuple[Bead, ...]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Each bead as its (source, target) sentence numbers."""
    return [(b.source, b.target) for b in beads]
