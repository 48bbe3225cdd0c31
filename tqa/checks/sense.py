"""Sense checks that need no source: an amount out of scale with its neighbours, and
a glossary name spelled in a way the glossary does not list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tqa import patterns
from tqa.checks.base import Check, CheckContext, Example, Hit, WholeArticle, span
from tqa.glossary.model import Glossary, GlossaryEntry, Lookup
from tqa.lang.en import fold_ascii as fold
from tqa.model import Segment, Severity, Span
from tqa.text.names import (
    COMMON_CAPITALISED,
    MIN_NAME_LETTERS,
    core_of,
    is_given_name,
    name_word_targets_of,
    name_words,
    no_name,
    whole_place_name,
)
from tqa.text.numbers import Quantity, format_value, quantities
from tqa.text.numbers.currencies import currency_of
from tqa.text.translit import ARTICLES, DIGRAPHS, key_tokens, same_name

# --- M804: an amount out of line ---------------------------------------------------

FAR_OUT = 50.0  # a scale word slipped is 1,000 times; amounts side by side rarely differ 50 times


@dataclass(frozen=True)
class Amount:
    """A sum of money read in a segment, with its currency."""
    segment: Segment
    quantity: Quantity
    currency: str


def amounts(segment: Segment, lang: str) -> list[Amount]:
    found = []
    for quantity in quantities(segment.text, lang):
        currency = None if quantity.soft or quantity.percent or quantity.value <= 0 else currency_of(segment.text, quantity)
        if currency is not None:
            found.append(Amount(segment, quantity, currency))
    return found


def _out_of_line(amount: Amount, others: list[Amount]) -> float | None:
    """How many times larger (or, below 1, smaller) than every neighbour; None when in line."""
    values = [o.quantity.value for o in others if o.currency == amount.currency]
    if len(values) < 2:
        return None
    value = amount.quantity.value
    if value >= FAR_OUT * max(values):
        return value / max(values)
    if value * FAR_OUT <= min(values):
        return value / min(values)
    return None


def _faithful(ctx: CheckContext, amount: Amount) -> bool:
    """With a source, a figure the aligned source gives too is the source's own."""
    bead = ctx.doc.bead_of_target(amount.segment.id)
    if not ctx.doc.source.segments or bead is None:
        return False
    source = [q for i in bead.source for q in quantities(ctx.doc.source.segments[i].text, ctx.doc.source.lang)]
    return any(q.same_value(amount.quantity) for q in source)


def _amount_out_of_line(ctx: CheckContext) -> Iterator[Hit]:
    """An amount of money fifty times larger or smaller than every other amount in the same
    currency in its sentence and the sentences either side ("worth $800bn" between $6bn
    and $14bn deals).

    Why it matters: a scale word typed wrong (bn for m, ألف for مليون) multiplies a
    figure by a thousand, and with no source to compare it with, only its neighbours
    show it. Check the scale; when it is right, nothing needs to change. It needs two
    neighbours of the same currency, so a lone figure is never judged. Information, not
    a warning: large and small sums do stand side by side (a budget and one grant).
    """
    article = ctx.translation
    found = [a for segment in article.segments for a in amounts(segment, article.lang)]
    for amount in found:
        near = [o for o in found if o is not amount and o.segment.paragraph == amount.segment.paragraph and abs(o.segment.id - amount.segment.id) <= 1]
        ratio = _out_of_line(amount, near)
        if ratio is None or _faithful(ctx, amount):
            continue
        others = ", ".join(o.quantity.text for o in near if o.currency == amount.currency)
        size = f"{ratio:,.0f} times" if ratio > 1 else f"1/{1 / ratio:,.0f} of"
        yield Hit(
            message=f"«{amount.quantity.text}» ({format_value(amount.quantity)}) is {size} the "
            f"other {amount.currency} amounts beside it ({others}): check the scale",
            target=span(amount.segment, amount.quantity.start, amount.quantity.end),
        )


# --- M805: a glossary name misspelt ----------------------------------------------


@dataclass(frozen=True)
class _Target:
    """The glossary name word a misspelt word of the text stands for (M805), with the word as the house writes it."""
    core: str  # the name word the glossary lists: Qamishli
    house: str  # the word as the house writes it: al-Shaibani
    entry: GlossaryEntry


# In the index a target is (core, house, the entry's position in glossary.entries):
# plain tuples pickle and load for the cache several times faster than objects.
_Word = tuple[str, str, int]


def _targets(glossary: Glossary) -> dict[str, list[_Word]]:
    """Name words of people (surnames) and places, by a rough key (_rough_key). Built for
    every entry of the glossary, so only what is cheap is done here: the transliteration
    key, and whether a word is a given name, are asked of the few words an article's
    names meet (#14: a 50,000-entry glossary's first check took 1.6 s building this)."""
    targets: list[_Word] = []
    chosen = [(number, entry) for number, entry in enumerate(glossary.entries) if entry.type in ("person", "place")]
    for (number, entry), words in zip(chosen, name_word_targets_of([entry for _, entry in chosen]), strict=True):
        if entry.type == "person":
            surnames = {w.split()[-1] for w in entry.house_forms}
            words = {core: word for core, word in words.items() if word in surnames}
        targets += [(core, word, number) for core, word in words.items() if core.casefold() not in COMMON_CAPITALISED]
    index: dict[str, list[_Word]] = {}
    for key, target in zip(_rough_keys([t[0] for t in targets]), targets, strict=True):
        index.setdefault(key, []).append(target)
    return index


# The rough key of a word: token_key's first steps (tqa/text/translit.py: letters only,
# initial kh before a consonant, the digraphs), then its consonants but h and y, runs
# of one letter as one. token_key's later steps change only vowels, y, h, and how
# long a run of l is (Abdullah, Abdallah), so two words whose keys have the same
# consonants have the same rough key: grouping by it parts no pair the key would join.
_NOT_LETTERS = patterns.compile(r"[^a-z]+")
_NOT_LETTERS_OR_LINE = patterns.compile(r"[^a-z\n]+")  # _rough_keys: one word a line
_INITIAL_KH = patterns.compile(r"^k(?=h[^aeiou\n])", re.MULTILINE)  # as _rough_key: kh before a consonant
_DROPPED = patterns.compile(r"[aeiouhy]+")
_RUNS = patterns.compile(r"(.)\1+")
_VOWEL = patterns.compile(r"[aeiou]")  # _consonants
_TOKEN_SPLIT = patterns.compile(r"[\s\-‐‑–]+")  # as translit._tokens splits
_MARKS = str.maketrans("", "", "'`")
_DIGRAPHS = DIGRAPHS  # token_key's own step, shared: a rule added there holds here


def _rough_key(core: str) -> str:
    """Cheap enough for every name word of a 50,000-entry glossary (key_tokens is not)."""
    folded = core.lower().translate(_MARKS) if core.isascii() else fold(core)  # fold_ascii, without its per-letter loop
    parts = [p for p in _TOKEN_SPLIT.split(folded) if p]
    rough = []
    for part in [p for p in parts if p not in ARTICLES] or parts:
        word = _NOT_LETTERS.sub("", part)
        if word.startswith("kh") and len(word) > 2 and word[2] not in "aeiou":
            word = word[1:]
        for digraph, single in _DIGRAPHS:
            word = word.replace(digraph, single)
        rough.append(word)
    return _RUNS.sub(r"\1", _DROPPED.sub("", "".join(rough)))


def _rough_keys(cores: list[str]) -> list[str]:
    """_rough_key of each core; the plain ones (ASCII, one part: nearly all) worked out
    together, each a line of one text (#14)."""
    plain = [core.isascii() and not _TOKEN_SPLIT.search(core) for core in cores]
    text = _NOT_LETTERS_OR_LINE.sub("", "\n".join(c for c, p in zip(cores, plain, strict=True) if p).lower().translate(_MARKS))
    text = _INITIAL_KH.sub("", text)
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    keys = iter(_RUNS.sub(r"\1", _DROPPED.sub("", text)).split("\n"))
    return [next(keys) if p else _rough_key(core) for core, p in zip(cores, plain, strict=True)]


@lru_cache(maxsize=65536)  # each word meets every glossary word of its rough key: 3,800 calls, 50 words (#14)
def _consonants(name: str) -> str:
    return " ".join(_VOWEL.sub("", k) for k in key_tokens(name))


def _listed(index: Lookup[list[_Word]], core: str) -> bool:
    """A glossary name word (the index's, given names aside) is N101's and N102's to judge."""
    listed = any(target[0] == core for target in index.get(_rough_key(core)) or ())  # a word is under its own key
    return listed and not is_given_name(core)


def _misspelt(ctx: CheckContext, segment: Segment, index: Lookup[list[_Word]]) -> Iterator[tuple[int, int, _Target]]:
    """Capitalised words that no glossary form matches but that the transliteration key
    says spell a glossary name word (Qamishly for Qamishli)."""
    claimed = [(m.start, m.end) for m in ctx.glossary.find(segment.text, "en")]
    for word in name_words((segment,)):
        core = core_of(word.text)
        if len(core) < MIN_NAME_LETTERS or _listed(index, core) or any(a < word.end and word.start < b for a, b in claimed):
            continue
        if no_name(word):
            continue  # an English word, capitalised ("Share it on:" is not al-Sharaa), or Saudi officials
        found = next((t for t in index.get(_rough_key(core)) or () if _matches(core, t[0])), None)
        if found is None:
            continue
        entry = ctx.glossary.entries[found[2]]
        if entry.type == "person" or found[1] in entry.house_forms:
            yield word.start, word.end, _Target(found[0], found[1], entry)
        elif (whole := whole_place_name(segment.text, word.start, word.end, found[1], entry)) is not None:
            yield whole[0], whole[1], _Target(found[0], whole[2], entry)  # Tangier Med: the whole name, as the house writes it


def _matches(core: str, target: str) -> bool:
    """The same name by the key (same_name needs the key's consonants equal), not a given
    name (given names are shared: Ahmad Hassan), and close in letters."""
    same_consonants = _consonants(core) == _consonants(target)
    return same_consonants and not is_given_name(target) and same_name(core, target) and _close(core, target)


# The key forgives vowels freely (Hmeimim = Humaymim), which across a whole article
# also pairs unrelated names (Reed, Riyadh: r-d). A misspelling keeps most letters.
CLOSE_SPELLING = 0.7


def _close(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, fold(a), fold(b)).ratio() >= CLOSE_SPELLING


def _covered_by_n103(ctx: CheckContext, segment: Segment, entry: GlossaryEntry) -> bool:
    """N103 already names an unlisted spelling in an English translation whose Arabic
    source sentence has the name."""
    bead = ctx.doc.bead_of_target(segment.id) if ctx.source_is_arabic else None
    if bead is None:
        return False
    return any(m.entry.id == entry.id for i in bead.source for m in ctx.glossary.find(ctx.doc.source.segments[i].text, "ar"))


def _name_misspelt(ctx: CheckContext) -> Iterator[Hit]:
    """A word that the transliteration key reads as a glossary name, in a spelling the
    glossary does not list (Qamishly for Qamishli, Lavrof for Lavrov).

    Why it matters: N101 and N102 know only the spellings the glossary lists, so a new
    misspelling passes them; on one article alone, with no Arabic to compare, nothing
    else finds it. The key undoes only the differences that transliteration makes
    (tqa/translit.py); people are matched by surname, since given names are shared. A
    warning: write the house form, or add the spelling to the entry's variants.
    """
    index = ctx.glossary.index("M805 targets", _targets)  # once per glossary, read by key when cached (#14)
    for segment in ctx.english.segments:
        for start, end, target in _misspelt(ctx, segment, index):
            if _covered_by_n103(ctx, segment, target.entry):
                continue
            house = target.house
            if not segment.text[:start].strip(" \"“«(‘'"):
                house = house[:1].upper() + house[1:]  # al-Shaibani opens a sentence as Al-Shaibani
            yield _misspelt_hit(ctx, target.entry, span(segment, start, end), house)


def _misspelt_hit(ctx: CheckContext, entry: GlossaryEntry, evidence: Span, house: str) -> Hit:
    """In the translation, the house form to write; in the source (an English original),
    which the translator cannot respell, a note for the desk and no suggestion."""
    where = f" ({entry.origin})" if entry.origin else ""
    said = f"«{evidence.text}» looks like a misspelling of {entry.en}{where}, a spelling the glossary does not list"
    if ctx.source_is_arabic or not ctx.doc.source.segments:
        return Hit(f"{said}: write «{house}»", *ctx.by_role(None, evidence), suggestion=house)
    return Hit(f"{said} (house: «{house}»); the original's spelling, nothing to change in the translation", evidence, None, severity=Severity.INFO)


_FUND_AR = "أقرض الصندوق ملياري دولار في آذار. وتلاه عقد للميناء بقيمة ٥٠٠ مليون دولار. ثم جاء قرض بقيمة ٤ مليارات دولار."
AMOUNT_OUT_OF_LINE = Check(
    "M804", "amount-out-of-line", "number", Severity.INFO, WholeArticle(_amount_out_of_line),
    (
        Example(ar=_FUND_AR, en="The fund lent $2bn in March. A port contract worth $500bn followed. A $4bn loan came later.", fails=True),
        Example(ar=_FUND_AR, en="The fund lent $2bn in March. A port contract worth $500m followed. A $4bn loan came later.", fails=False),
        # A figure the source gives too is the source's own; one neighbour is too few to judge.
        Example(ar=_FUND_AR.replace("مليون", "مليار"),
            en="The fund lent $2bn in March. A port contract worth $500bn followed. A $4bn loan came later.", fails=False),
        Example(ar="أقرض الصندوق ملياري دولار في آذار. وتلاه عقد للميناء بقيمة ٥٠٠ مليون دولار.",
            en="The fund lent $2bn in March. A port contract worth $500bn followed.", fails=False),
    ),
    needs_source=False,
)
NAME_MISSPELT = Check(
    "M805", "name-misspelt", "name", Severity.WARNING, WholeArticle(_name_misspelt),
    (
        Example(ar="اندلعت اشتباكات قرب مطار القامشلي.", en="Clashes broke out near Qamishly airport.", fails=True, direction="en-ar"),
        Example(ar="وصل وزير الخارجية أسعد الشيباني إلى أنقرة.", en="Foreign Minister Asaad al-Shaibany arrived in Ankara.", fails=True, direction="en-ar"),
        # The Arabic does not have the name: nothing for N103 to compare, so this check says it.
        Example(ar="اندلعت اشتباكات قرب المطار.", en="Clashes broke out near Qamishly airport.", fails=True),
        Example(ar="اندلعت اشتباكات قرب مطار القامشلي.", en="Clashes broke out near Qamishli airport.", fails=False, direction="en-ar"),
        # Listed spellings are N101's and N102's; a shared given name is no misspelling;
        # an unlisted spelling in a translation of the name is N103's.
        Example(ar="تقع قاعدة حميميم قرب اللاذقية.", en="The Khmeimim base lies near Latakia.", fails=False),
        Example(ar="تحدث أحمد حسن، وهو معلم، إلى الصحفيين.", en="Ahmad Hassan, a teacher, spoke to reporters.", fails=False),
        Example(ar="اندلعت اشتباكات قرب مطار القامشلي.", en="Clashes broke out near Qamishly airport.", fails=False),
    ),
    needs_source=False,
)

CHECKS = (AMOUNT_OUT_OF_LINE, NAME_MISSPELT)
