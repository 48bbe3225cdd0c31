"""The figures of one sentence pair, matched: what the four number checks (D201-D204) report on.

The comparison runs on values after scale words (tqa.text.numbers), so ٨٠٠ مليون,
800 million, $800m and 800,000,000 are one number. Unmatched numbers are then
explained in the order an editor would: the same written number with another
scale word (wrong scale), the same scale with other digits (different value), and
what is left is missing or added. `CheckContext.number_comparisons` computes it once per run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from tqa import patterns
from tqa.checks.date_pairs import compare_dates
from tqa.checks.located import Located
from tqa.checks.quarter_pairs import compare_quarters
from tqa.checks.relative_years import outside_relative_years
from tqa.checks.restated_figures import Pair, refers_back
from tqa.checks.same_values import pair_same_values
from tqa.checks.share_pairs import Placed, changed_share, same_amounts
from tqa.checks.soft_pairs import soft_changed
from tqa.lang import ar
from tqa.model import Bead, Segment
from tqa.readers.langid import script_of
from tqa.text.dates import dateline_end
from tqa.text.numbers import Quantity, quantities
from tqa.text.numbers.approximate import approximation, is_rounding
from tqa.text.numbers.quantity import is_year


@dataclass(frozen=True)
class NumberComparison:
    """The quantities of aligned sentences compared: a scale word lost, a different value, or one side only."""
    wrong_scale: tuple[tuple[Located, Located], ...]  # (arabic, english)
    different: tuple[tuple[Located, Located], ...]
    arabic_only: tuple[Located, ...]
    english_only: tuple[Located, ...]


def _located(segments: tuple[Segment, ...], lang: str) -> list[Located]:
    # A sentence left in the other language (the language checks report it) is
    # read with that language's conventions, so its figures still count.
    def conventions(segment: Segment) -> str:
        script = script_of(segment.text)
        return "en" if script == "latin" else "ar" if script == "arabic" else lang

    return [Located(s, q) for s in segments for q in _figures(s.text, conventions(s))]


_ARABIC_RUN = patterns.compile(f"[{ar.SCRIPT_BLOCKS}]+(?:\\s+[{ar.SCRIPT_BLOCKS}]+)*")


def _figures(text: str, lang: str) -> list[Quantity]:
    """The figures of a sentence, with those of Arabic words left untranslated in an English
    one («a train every خمس دقائق»): the language checks report the words, and the figure
    is in the translation all the same."""
    # A dateline's day and year are soft: the desk adds or drops its dateline, and a date
    # that both datelines give is compared as a date (D215).
    dateline = dateline_end(text, lang)
    found = [replace(q, soft=True) if q.end <= dateline else q for q in quantities(text, lang)]
    if lang == "en":
        for run in _ARABIC_RUN.finditer(text):
            found += [replace(q, start=q.start + run.start(), end=q.end + run.start()) for q in quantities(run[0], "ar")]
    return found


def _outside_dates(
    arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]
) -> tuple[list[Located], list[Located]]:
    """The figures of each side, without those of a date matched on the other side: they are
    the date check's (D215), so that one date is one finding; nor the year of a quarter whose
    partner names the same year (2Q25 writes it in no figure: D216)."""
    dates, quarters = compare_dates(arabic_segments, english_segments), compare_quarters(arabic_segments, english_segments)

    def kept(x: Located, lang: str) -> bool:
        at = (x.segment, x.quantity.start, x.quantity.end, lang)
        return not (dates.covers(*at) or quarters.covers_year(*at))

    return [x for x in _located(arabic_segments, "ar") if kept(x, "ar")], [x for x in _located(english_segments, "en") if kept(x, "en")]


def compare_numbers(
    arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...], source_is_arabic: bool | None = None
) -> NumberComparison:
    """The figures of an Arabic and an English sentence group, matched and explained.
    With `source_is_arabic` given, only the translation's figure may be the rounded one;
    with None, either side's."""
    arabic, english = _outside_dates(arabic_segments, english_segments)
    # 0. One amount in two units («ساعة واحدة», "60 minutes"): its figures are accounted for.
    arabic, english, arabic_amounts, english_amounts = _outside_same_measures(arabic, english, arabic_segments, english_segments)
    # 1. Same value, in any notation; a total stated beside its translated parts is set aside.
    arabic, english = pair_same_values(arabic, english)
    soft_changes = soft_changed(arabic, english)  # a Hijri date's day or year, an ordinal: soft, yet kept on both sides
    arabic = [a for a in arabic if not a.quantity.soft]
    english = [e for e in english if not e.quantity.soft]
    # 2. Same digits, another scale word.
    wrong_scale = _paired_off(arabic, english, lambda a, e: a.wrong_scale_of(e))
    arabic, english = _outside_roundings(arabic, english, source_is_arabic)
    # 3. Left over on both sides at the same scale, or within a factor of ten
    # (٣٥ ألف against 53,000): read as one number changed.
    different = soft_changes + _paired_off(arabic, english, _comparable)
    # 4. A share in words changed (بزيادة الربع, "a third more"): it has no digits for 1-3.
    if (share := changed_share(arabic_amounts, english_amounts, arabic, english)) is not None:
        different.append(share)
        arabic, english = [x for x in arabic if x is not share[0]], [x for x in english if x is not share[1]]
    return NumberComparison(tuple(wrong_scale), tuple(different), tuple(arabic), tuple(english))


def _paired_off(
    arabic: list[Located], english: list[Located], related: Callable[[Quantity, Quantity], bool]
) -> list[tuple[Located, Located]]:
    """Each Arabic figure with the first English one `related` to it, both taken out of the lists."""
    pairs = []
    for a in list(arabic):
        partner = next((e for e in english if related(a.quantity, e.quantity)), None)
        if partner is not None:
            pairs.append((a, partner))
            arabic.remove(a)
            english.remove(partner)
    return pairs


# (bead, Arabic segments, English segments), in text order: what a run's pairs are.
Sides = tuple[Bead, tuple[Segment, ...], tuple[Segment, ...]]


def compare_beads(beads: Sequence[Sides], source_is_arabic: bool | None = None) -> dict[Bead, NumberComparison]:
    """Every bead with both sides compared, in text order (CheckContext.number_comparisons).

    A figure with no partner in its bead is still accounted for when the same value
    is in a sentence next to the bead that the aligner left with no counterpart
    (a bead with one side empty, O301/O302 report it): the aligner glued the
    sentence to the wrong neighbour or cut a 1-3 bead into 1-2 and 0-1, and the
    figure is translated all the same. Each such figure accounts for one only. So is
    a figure both versions gave before, which the other refers back to (restated_figures),
    and a year the other says relatively (relative_years).
    """
    used: set[tuple[str, int, int, int]] = set()
    result = {}
    earlier: list[Pair] = []  # the pairs before, with both sides (tqa.checks.restated_figures)
    for position, (bead, arabic, english) in enumerate(beads):
        if not (arabic and english):
            continue
        comparison = compare_numbers(arabic, english, source_is_arabic)
        spare_arabic, spare_english = _next_to(beads, position)
        arabic_only = _unaccounted(_in_body(comparison.arabic_only, beads, "ar"), spare_english, "en", used)
        english_only = _unaccounted(_in_body(comparison.english_only, beads, "en"), spare_arabic, "ar", used)
        arabic_only = outside_relative_years(arabic_only, "ar", arabic, english)  # "2023" as «العام الماضي»
        english_only = outside_relative_years(english_only, "en", arabic, english)
        result[bead] = replace(
            comparison,
            different=_headline_choices(comparison.different, beads),
            arabic_only=tuple(x for x in arabic_only if not refers_back(x.segment, x.quantity, "ar", earlier, english)),
            english_only=tuple(x for x in english_only if not refers_back(x.segment, x.quantity, "en", earlier, arabic)),
        )
        earlier.append((arabic, english))
    return result


def _in_body(figures: tuple[Located, ...], beads: Sequence[Sides], lang: str) -> tuple[Located, ...]:
    """The figures left once those of a headline that its own article gives again in the
    body are taken out. A headline is rewritten, not translated, as news style has it
    («يخفض الإنتاج بنحو 92 ألف برميل» over "protest halts output"); the figure reaches
    the reader in the body, whose pair is checked for it, and is reported there (missing
    or changed) if the translation lost it. A headline figure the body does not repeat
    is still reported."""
    if not any(_headline(x.segment) for x in figures):
        return figures
    body = tuple(s for _, arabic, english in beads for s in (arabic if lang == "ar" else english) if not _headline(s))
    values = [x.quantity for x in _located(body, lang) if not x.quantity.soft]
    return tuple(x for x in figures if not (_headline(x.segment) and any(v.same_value(x.quantity) for v in values)))


def _headline_choices(different: tuple[tuple[Located, Located], ...], beads: Sequence[Sides]) -> tuple[tuple[Located, Located], ...]:
    """The changed figures less those of a headline that picked the other of two figures its
    article gives side by side, in one sentence of either version's body: «١٫٢ مليار دينار»
    headlined "$250m" where the body says «١٫٢ مليار دينار، أي نحو ٢٥٠ مليون دولار». Which of
    a sum and its equivalent to headline is the desk's choice; the body pair is checked."""

    def together(lang: str, first: Quantity, second: Quantity) -> bool:
        body = [s for _, arabic, english in beads for s in (arabic if lang == "ar" else english) if not _headline(s)]
        return any(
            any(q.same_value(first) for q in found) and any(q.same_value(second) for q in found)
            for found in ([x.quantity for x in _located((s,), lang)] for s in body)
        )

    return tuple(
        (a, e)
        for a, e in different
        if not (_headline(a.segment) and _headline(e.segment))
        or not (together("ar", a.quantity, e.quantity) or together("en", a.quantity, e.quantity))
    )


def _headline(segment: Segment) -> bool:
    """A heading, or in plain text (which marks none) the article's first paragraph when it
    is a line with no closing stop, as the text reader takes its title to be."""
    if segment.heading:
        return True
    return segment.id == 0 and segment.paragraph == 0 and not segment.text.rstrip().endswith(_CLOSING_STOPS)


_CLOSING_STOPS = (".", "!", "?", "؟", "…", "»", '"', "”", ":")


def _next_to(beads: Sequence[Sides], position: int) -> tuple[list[Segment], list[Segment]]:
    """The sentences of the one-sided beads right before and after a bead."""
    arabic: list[Segment] = []
    english: list[Segment] = []
    for neighbour in (position - 1, position + 1):
        if 0 <= neighbour < len(beads):
            _, a, e = beads[neighbour]
            if not (a and e):
                arabic += a
                english += e
    return arabic, english


def _unaccounted(
    figures: tuple[Located, ...], spare: list[Segment], lang: str, used: set[tuple[str, int, int, int]]
) -> tuple[Located, ...]:
    if not figures or not spare:
        return figures
    candidates = [(lang, x.segment.id, x.quantity.start, x.quantity.end, x.quantity) for x in _located(tuple(spare), lang)]
    kept = []
    for figure in figures:
        partner = next(
            (c[:4] for c in candidates if c[:4] not in used and not c[4].soft and c[4].same_value(figure.quantity)),
            None,
        )
        if partner is None:
            kept.append(figure)
        else:
            used.add(partner)
    return tuple(kept)


def _outside_same_measures(
    arabic: list[Located], english: list[Located], arabic_segments: tuple[Segment, ...], english_segments: tuple[Segment, ...]
) -> tuple[list[Located], list[Located], list[Placed], list[Placed]]:
    """The figures left once one amount written in two units is paired: «ساعة واحدة» and
    "60 minutes", «١٥ هللة» and "0.15 riyals", «50٪ من» and "half of" (tqa.checks.share_pairs);
    then each side's amounts left unpaired. Paired before the figures are, so that the 15 of
    «١٥ هللة» does not take the partner of another 15 in the sentence."""
    arabic_spans, english_spans, arabic_left, english_left = same_amounts(arabic_segments, english_segments)

    def inside(x: Located, spans: list[Placed]) -> bool:
        return any(s.id == x.segment.id and m.start <= x.quantity.start and x.quantity.end <= m.end for s, m in spans)

    arabic = [a for a in arabic if not inside(a, arabic_spans)]
    return arabic, [e for e in english if not inside(e, english_spans)], arabic_left, english_left


def _comparable(arabic: Quantity, english: Quantity) -> bool:
    if arabic.percent != english.percent:
        return False
    # A year against a count is two things, not one figure changed («عشرة أيام» left
    # beside "a 2021 joint venture" by a dropped sentence): only a slip of a digit joins them.
    if arabic.scale == english.scale and is_year(arabic) == is_year(english):
        return True
    small, large = sorted((abs(arabic.value), abs(english.value)))
    return small > 0 and large / small <= 10  # a dropped or added zero (120,000 written 12,000) is one changed figure


def _approximation(x: Located) -> int | None:
    return approximation(x.segment.text, x.quantity.start, x.quantity.end)


def _rounded(arabic: Located, english: Located, source_is_arabic: bool | None) -> bool:
    """The translation's figure is the source's rounded («٢٫٣٤ مليون», "about 2.3 million"),
    and either side says the figure is approximate; a bound ("more than") on the rounded
    figure keeps its side."""
    arabic_word, english_word = _approximation(arabic), _approximation(english)
    if arabic_word is None and english_word is None:
        return False
    english_rounds = source_is_arabic is not False and is_rounding(arabic.quantity, english.quantity, english_word or 0)
    arabic_rounds = source_is_arabic is not True and is_rounding(english.quantity, arabic.quantity, arabic_word or 0)
    return english_rounds or arabic_rounds


def _outside_roundings(
    arabic: list[Located], english: list[Located], source_is_arabic: bool | None
) -> tuple[list[Located], list[Located]]:
    """The figures left once each approximate rounding is paired with its precise figure."""
    for a in list(arabic):
        partner = next((e for e in english if _rounded(a, e, source_is_arabic)), None)
        if partner is not None:
            arabic.remove(a)
            english.remove(partner)
    return arabic, english
