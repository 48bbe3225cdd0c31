"""N106's third part: a name the glossary lacks, spelled two ways in an Arabic translation
where the English writes it once.

News names a person in full once, then by surname: "Sirwan Jalal, a teacher, said ..."
then "... Jalal said". When the Arabic writes the full name both times («سيروان جلال»,
then «سروان جلال»), the second given name renders no English word of its sentence, so
the English cannot show it (arabic_unlisted_names compares the Arabic of each English
use). A word is taken for a second spelling of a name word only on four pieces of
evidence together: it stands beside the same neighbouring word as the first spelling
(جلال after both), the two differ only in their long vowels, the English spelling
romanises it, and no English word of its own sentence renders it (two people, Salem and
Salim Jalal, are each named in the English).
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.arabic_unlisted_names import name_like, spelling_variants
from tqa.checks.base import CheckContext, Hit, span
from tqa.lang.ar import ARABIC_WORD, FUNCTION_WORDS, consonants, normalize
from tqa.model import Segment
from tqa.text.names import Spelling, core_of, name_words
from tqa.text.partners import ArabicPartner, ArabicPartners, romanised_partner
from tqa.text.skeletons import latin_matches_arabic

_Words = dict[int, list[tuple[int, int, str]]]  # per Arabic segment: (start, end, normalised word)
_Article = tuple[dict[int, list[str]], dict[int, Segment]]  # English names per Arabic segment; the segments by id


def _neighbours(words: list[tuple[int, int, str]], start: int) -> set[tuple[int, str]]:
    """The words right before (-1) and after (+1) the word at `start` that may be name words."""
    at = next(n for n, (s, _, _) in enumerate(words) if s == start)
    found = set()
    for side in (-1, 1):
        if 0 <= at + side < len(words) and words[at + side][2] not in FUNCTION_WORDS and len(words[at + side][2]) >= 3:
            found.add((side, words[at + side][2]))
    return found


def _english_names_of(ctx: CheckContext) -> dict[int, list[str]]:
    """Per Arabic segment, the capitalised words of its aligned English sentences."""
    names: dict[int, list[str]] = {}
    for pair in ctx.pairs():
        english = [w.text for w in name_words(pair.english)]
        for segment in pair.arabic:
            names.setdefault(segment.id, []).extend(english)
    return names


def _beside(words: _Words) -> dict[tuple[int, str], list[tuple[int, int, int]]]:
    """Every word by the word beside it: (side, neighbour) -> (segment, start, end) of the
    words with that neighbour on that side, so a name is looked up, not searched for."""
    index: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for segment, line in words.items():
        for n, (start, end, _) in enumerate(line):
            for side in (-1, 1):
                if 0 <= n + side < len(line):
                    index.setdefault((side, line[n + side][2]), []).append((segment, start, end))
    return index


def _second_spelling(
    spelling: Spelling,
    first: ArabicPartner,
    words: _Words,
    beside: dict[tuple[int, str], list[tuple[int, int, int]]],
    ctx: _Article,
) -> ArabicPartner | None:
    english, segments = ctx
    candidates = sorted({place for key in _neighbours(words[first.segment.id], first.start) for place in beside.get(key, ())})
    for segment_id, start, end in candidates:
        segment = segments[segment_id]
        written = segment.text[start:end]
        candidate = romanised_partner(segment, start, end, spelling.core)
        if candidate.forms & first.forms or consonants(min(candidate.forms, key=len)) != consonants(min(first.forms, key=len)):
            continue  # the same word, or another consonant: another name (جاسم, قاسم), however the English reads both
        if (
            not latin_matches_arabic(spelling.core, written)
            or not name_like(candidate)
            or not spelling_variants(first, candidate)
        ):
            continue
        if any(latin_matches_arabic(core_of(name), written) for name in english.get(segment_id, ())):
            continue  # an English word of its sentence renders it: compared there, or another person
        return candidate
    return None


def arabic_name_part_spellings(ctx: CheckContext, partners: ArabicPartners, spellings: list[Spelling]) -> Iterator[Hit]:
    """Name words the English writes once, spelled two ways beside one neighbour in an
    Arabic translation (`spellings`: as for arabic_inconsistent_unlisted)."""
    segments = {s.id: s for s in ctx.arabic.segments}
    words: _Words = {
        i: [(m.start(), m.end(), normalize(m.group())) for m in ARABIC_WORD.finditer(s.text)] for i, s in segments.items()
    }
    beside = _beside(words)
    article = (_english_names_of(ctx), segments)
    for spelling in spellings:
        first = next((p for p in map(partners.of, spelling.words) if p is not None), None)
        if first is None or not name_like(first):
            continue
        second = _second_spelling(spelling, first, words, beside, article)
        if second is None:
            continue
        written, elsewhere = second.written, first.written
        word = spelling.first
        yield Hit(
            message=f"«{word.text}» is written «{written}» here and «{elsewhere}» elsewhere in the Arabic: use one Arabic form",
            source=span(word.segment, word.start, word.end),
            target=span(second.segment, second.start, second.end),
            suggestion=elsewhere,
        )
