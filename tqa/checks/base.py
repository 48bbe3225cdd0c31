"""What a check is: a small unit with a stable identity and a function that yields hits.

A check function never builds a Finding itself. It yields `Hit`s (message and
evidence); `run_checks` stamps each hit with the check's code, name, category and
the severity in effect, so that identity lives in exactly one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tqa.model import AlignedDocument, Article, Bead, Category, Segment, Severity, Span

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary


@dataclass(frozen=True)
class Hit:
    """A check's report of one problem. Evidence is given by language (arabic,
    english) or by role (source, target), whichever the check thinks in: the runner
    maps language onto role according to the translation direction, so one check
    serves AR->EN and EN->AR."""

    message: str
    arabic: Span | None = None
    english: Span | None = None
    suggestion: str | None = None
    source: Span | None = None
    target: Span | None = None


@dataclass(frozen=True)
class Example:
    """A declared example: the check must fire on it (`fails`) or stay silent.

    `ar` and `en` are whole (short) articles; they go through the real pipeline
    (segment, align) with the bundled house glossary.
    """

    ar: str
    en: str
    fails: bool
    direction: str = "ar-en"  # "en-ar": the English is the source, the Arabic its translation
    reference: str | None = None  # another version of the translation, for checks that compare with one


@dataclass(frozen=True)
class Pair:
    """One bead with its Arabic and English segments, in text order."""

    bead: Bead
    arabic: tuple[Segment, ...]
    english: tuple[Segment, ...]
    source_is_arabic: bool = True

    @property
    def source(self) -> tuple[Segment, ...]:
        return self.arabic if self.source_is_arabic else self.english

    @property
    def target(self) -> tuple[Segment, ...]:
        return self.english if self.source_is_arabic else self.arabic


@dataclass(frozen=True)
class CheckContext:
    doc: AlignedDocument
    glossary: Glossary
    options: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def source_is_arabic(self) -> bool:
        return self.doc.source.lang == "ar"

    @property
    def arabic(self) -> Article:
        return self.doc.source if self.source_is_arabic else self.doc.target

    @property
    def english(self) -> Article:
        return self.doc.target if self.source_is_arabic else self.doc.source

    @property
    def translation(self) -> Article:
        """The side that was translated into: checks of form and style look here."""
        return self.doc.target

    def pairs(self) -> Iterator[Pair]:
        src, tgt = self.doc.source.segments, self.doc.target.segments
        for bead in self.doc.beads:
            source = tuple(src[i] for i in bead.source)
            target = tuple(tgt[j] for j in bead.target)
            yield Pair(bead, source, target) if self.source_is_arabic else Pair(bead, target, source, source_is_arabic=False)


CheckFunction = Callable[[CheckContext], Iterable[Hit]]


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    category: Category
    severity: Severity
    function: CheckFunction
    examples: tuple[Example, ...] = ()
    enabled_by_default: bool = True
    needs_source: bool = True  # False: the check also works on one article alone (tqa check EN)

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        # The docstring's first paragraph, which may wrap over several lines.
        return " ".join(self.doc.split("\n\n")[0].split()) if self.doc else self.name


def preview(text: str, limit: int = 80) -> str:
    """A sentence quoted in a message, cut with an ellipsis when long."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def span(segment: Segment, start: int, end: int) -> Span:
    """Evidence for characters [start, end) of a segment."""
    return Span(segment.id, start, end, segment.text[start:end])


def whole(segment: Segment) -> Span:
    return Span(segment.id, 0, len(segment.text), segment.text)
