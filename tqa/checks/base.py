"""What a check is: a small unit with a stable identity, a scope, and a function that yields hits.

A check declares its scope, and the runner does the iteration: `EachPair` calls
the function once per aligned sentence pair (bead), `EachSentence` once per
sentence of one side, `WholeArticle` once with both articles. The function never
builds a Finding itself. It yields `Hit`s (message and evidence); the runner
stamps each hit with the check's code, name, category and the severity in effect,
so that identity lives in exactly one place.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar

from tqa.checks.length_ratios import Units, length_ratios
from tqa.checks.number_pairs import NumberComparison, compare_beads
from tqa.model import AlignedDocument, Article, Bead, Category, Lang, Segment, Severity, Span

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.scoring.score import ScoreResult


@dataclass(frozen=True)
class Hit:
    """A check's report of one problem, with its evidence in the source and in the
    translation. A check that finds evidence by language places it with
    `CheckContext.by_role`, so that one check serves AR->EN and EN->AR."""

    message: str
    source: Span | None = None
    target: Span | None = None
    suggestion: str | None = None
    # At most this severity: a source's own misspelling (M805 on an English original) is a note.
    severity: Severity | None = None


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
    """What every check reads: the aligned articles, the glossary, and (with
    `tqa check --reference`) the translation scored against its reference."""

    doc: AlignedDocument
    glossary: Glossary
    reference: ScoreResult | None = field(default=None, compare=False)

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
        return iter(self._pairs)

    @cached_property
    def _pairs(self) -> tuple[Pair, ...]:
        # Built once per run, not once per check: two dozen checks read every pair (issue 14).
        src, tgt = self.doc.source.segments, self.doc.target.segments
        pairs = []
        for bead in self.doc.beads:
            source = tuple(src[i] for i in bead.source)
            target = tuple(tgt[j] for j in bead.target)
            pairs.append(Pair(bead, source, target) if self.source_is_arabic else Pair(bead, target, source, source_is_arabic=False))
        return tuple(pairs)

    def by_role(self, arabic: Span | None, english: Span | None) -> tuple[Span | None, Span | None]:
        """Evidence found by language, as (source, target) in this translation's direction."""
        return (arabic, english) if self.source_is_arabic else (english, arabic)

    @cached_property
    def number_comparisons(self) -> dict[Bead, NumberComparison]:
        """The figures of every pair with both sides, matched once per run: the four
        number checks (D201-D204) each report one part of the same comparison."""
        return compare_beads([(pair.bead, pair.arabic, pair.english) for pair in self.pairs()], self.source_is_arabic)

    @cached_property
    def length_ratios(self) -> list[tuple[Units, Units, float]]:
        """The length ratio of every paired bead, once per run (O301-O303 read it per pair)."""
        return length_ratios((pair.source, pair.target) for pair in self.pairs())

    @cached_property
    def bead_positions(self) -> dict[Bead, int]:
        return {bead: position for position, bead in enumerate(self.doc.beads)}

    def mentions_of(self, segments: tuple[Segment, ...], side: Lang, entry_id: str) -> list[Span]:
        """Where `segments` name the glossary entry `entry_id`: by a listed form, or by surname
        alone (a surname inside a full name found there is the same mention, counted once)."""
        found = []
        for segment in segments:
            named = [m for m in self.glossary.find(segment.text, side) if m.entry.id == entry_id]
            alone = [
                m
                for m in self.glossary.find_surnames(segment.text, side)
                if m.entry.id == entry_id and not any(n.start <= m.start < n.end for n in named)
            ]
            found += [span(segment, m.start, m.end) for m in (*named, *alone)]
        return found

    def neighbours(self, pair: Pair) -> tuple[Pair, ...]:
        """The pairs just before and just after `pair` in text order."""
        at = self.bead_positions[pair.bead]
        return self._pairs[max(at - 1, 0) : at] + self._pairs[at + 1 : at + 2]


HitFunction = Callable[..., Iterable[Hit]]  # what `Check.doc` reads the docstring of; each scope types its own


@dataclass(frozen=True)
class EachPair:
    """Scope: each aligned sentence pair (bead), in text order. `paired`: only the pairs
    with both sides (a sentence with no counterpart is the completeness checks' business)."""

    function: Callable[[CheckContext, Pair], Iterable[Hit]]
    paired: bool = False

    def hits(self, ctx: CheckContext) -> Iterator[Hit]:
        for pair in ctx.pairs():
            if not self.paired or (pair.source and pair.target):
                yield from self.function(ctx, pair)


@dataclass(frozen=True)
class EachSentence:
    """Scope: each sentence of one side (the translation, unless `side` says source)."""

    function: Callable[[CheckContext, Segment], Iterable[Hit]]
    side: Literal["source", "target"] = "target"

    def hits(self, ctx: CheckContext) -> Iterator[Hit]:
        article = ctx.doc.source if self.side == "source" else ctx.doc.target
        for segment in article.segments:
            yield from self.function(ctx, segment)


@dataclass(frozen=True)
class WholeArticle:
    """Scope: both articles at once, for checks that compare sentences with each other
    (a name spelled two ways, a length ratio calibrated on the article)."""

    function: Callable[[CheckContext], Iterable[Hit]]

    def hits(self, ctx: CheckContext) -> Iterator[Hit]:
        yield from self.function(ctx)


Scope = EachPair | EachSentence | WholeArticle


@dataclass(frozen=True)
class Check:
    """A check in the registry: its stable code and name, how it is shown and judged, and the function that finds its hits."""

    code: str
    name: str
    category: Category
    severity: Severity
    scope: Scope
    examples: tuple[Example, ...] = ()
    enabled_by_default: bool = True
    needs_source: bool = True  # False: the check also works on one article alone (tqa check EN)

    @property
    def function(self) -> HitFunction:
        return self.scope.function

    def hits(self, ctx: CheckContext) -> Iterator[Hit]:
        return self.scope.hits(ctx)

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        # The docstring's first paragraph, which may wrap over several lines.
        return " ".join(self.doc.split("\n\n")[0].split()) if self.doc else self.name


def is_headline(article: Article, segment: Segment) -> bool:
    """A heading, or a plain-text article's title: its first paragraph, which the text
    reader takes for the title though no mark says so."""
    return segment.heading or (segment.id == 0 and segment.text == article.title)


def preview(text: str, limit: int = 80) -> str:
    """A sentence quoted in a message, cut with an ellipsis when long."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def span(segment: Segment, start: int, end: int) -> Span:
    """Evidence for characters [start, end) of a segment."""
    return Span(segment.id, start, end, segment.text[start:end])


def whole(segment: Segment) -> Span:
    return Span(segment.id, 0, len(segment.text), segment.text)


T = TypeVar("T")


def first_per_key(items: Iterable[T], key: Callable[[T], object]) -> list[T]:
    """The first item of each key, in the items' order (one month or bearing reported once)."""
    first: dict[object, T] = {}
    for item in items:
        first.setdefault(key(item), item)
    return list(first.values())
