"""The forms a glossary's tries hold, each with its slot: which entry, which of its
forms, of what kind (tqa.glossary.model builds the tries from them).

Most entries of a desk's glossary add their forms as listed: no term's plural, no
form that begins with an article, no form listed twice. Those are slotted for all
entries at once, by column (#14: a 50,000-entry glossary's 250,000 forms, one
Python call per entry before); the few others form by form, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, ne

from tqa import patterns
from tqa.glossary.arabic_forms import arabic_spellings_listed, lists_arabic_spellings
from tqa.glossary.entry import FormKind, GlossaryEntry
from tqa.glossary.matcher import arabic_tokens_of, english_tokens_of
from tqa.lang.en import GLOSSARY_ARTICLES as EN_ARTICLES
from tqa.lang.en import NAME_PARTICLES

# The words after which a name's article is inside it (Raed Abu al-Saud, Abd al-Rahman):
# the name particles, and Abd (servant of), which takes the article of a name of God.
_BEFORE_INNER_ARTICLE = frozenset({*NAME_PARTICLES, "abd"})

# A form in a trie: its entry's position in `entries`, its own in entry.english_forms or
# entry.ar, and its kind. No texts: a trie pickles small (tqa/glossary_cache.py).
Slot = tuple[int, int, FormKind]
Added = list[tuple[tuple[str, ...], Slot]]
_LATIN = patterns.compile(r"[A-Za-z]")


def english_added(entries: Sequence[GlossaryEntry]) -> Added:
    """The words and slot of each English form of the entries, in the order the trie takes them."""
    shorts = list(map(bool, map(attrgetter("short"), entries)))
    variants, forbidden = list(map(attrgetter("variants"), entries)), list(map(attrgetter("forbidden"), entries))
    # Each entry's english_forms, with no call per entry: its house forms, variants and forbidden forms.
    houses = list(map(attrgetter("house_forms"), entries)) if any(shorts) else list(zip(map(attrgetter("en"), entries)))
    forms_of = list(map(tuple.__add__, map(tuple.__add__, houses, variants), forbidden))
    tokens = english_tokens_of(list(chain.from_iterable(forms_of)))
    kinds = map(_english_kinds, shorts, map(len, variants), map(len, forbidden))
    added = _as_listed(forms_of, tokens, chain.from_iterable(kinds))
    special = list(map("term".__eq__, map(attrgetter("type"), entries)))  # a term adds its plural
    if not set(chain.from_iterable(tokens)).isdisjoint(EN_ARTICLES):  # a form may have an article to drop
        ends = list(accumulate(map(len, forms_of)))
        starts = [0, *ends[:-1]]
        articled = {number for number, (start, end) in enumerate(zip(starts, ends, strict=True)) if _articled(tokens[start:end])}
        special = [flag or number in articled for number, flag in enumerate(special)]
    special = list(map(bool.__or__, special, map(ne, map(len, map(set, forms_of)), map(len, forms_of))))
    return _with_special(added, forms_of, tokens, special, lambda number, forms, words: _english_slots(entries[number], number, forms, words))


def arabic_added(entries: Sequence[GlossaryEntry]) -> Added:
    """The words and slot of each Arabic form of the entries (arabic_forms): their Arabic
    forms, then the Arabic spellings listed among variants and forbidden forms."""
    spelled = [arabic_forms(entry) for entry in entries] if lists_arabic_spellings(entries) else None
    # A desk's, as a rule, lists none: its Arabic forms are then the entries' own, with no search per form (#14).
    forms_of = [tuple(form for form, _ in pairs) for pairs in spelled] if spelled else list(map(attrgetter("ar"), entries))
    listed = list(chain.from_iterable(forms_of))
    tokens = arabic_tokens_of(listed)
    arabic: FormKind = "arabic"
    kinds = chain.from_iterable((kind for _, kind in pairs) for pairs in spelled) if spelled else repeat(arabic)
    added = _as_listed(forms_of, tokens, kinds)
    latin = _LATIN.search("\n".join(listed)) is not None  # none of a desk's Arabic forms has one, as a rule
    special = [latin or twice for twice in map(ne, map(len, map(set, forms_of)), map(len, forms_of))]

    def slots(number: int, forms: tuple[str, ...], words: list[tuple[str, ...]]) -> Added:
        pairs = spelled[number] if spelled else tuple((form, arabic) for form in forms)
        return _arabic_slots(number, pairs, words, latin)

    return _with_special(added, forms_of, tokens, special, slots)


def _as_listed(forms_of: list[tuple[str, ...]], tokens: list[tuple[str, ...]], kinds: Iterator[FormKind]) -> Added:
    """Each form's words with its slot, every entry's forms as listed."""
    counts = list(map(len, forms_of))
    numbers = chain.from_iterable(map(repeat, range(len(forms_of)), counts))
    positions = chain.from_iterable(map(range, counts))
    return list(zip(tokens, zip(numbers, positions, kinds, strict=False), strict=True))  # kinds: repeat() may not end


def _with_special(added: Added, forms_of: list[tuple[str, ...]], tokens: list[tuple[str, ...]], special: list[bool], slots: _Slots) -> Added:
    """`added` with each special entry's forms as `slots` gives them."""
    numbers = list(compress(range(len(special)), special))
    if not numbers:
        return added
    ends = list(accumulate(map(len, forms_of)))
    made: Added = []
    done = 0
    for number in numbers:
        start, end = ends[number] - len(forms_of[number]), ends[number]
        made += added[done:start]
        made += slots(number, forms_of[number], tokens[start:end])
        done = end
    made += added[done:]
    return made


_Slots = Callable[[int, tuple[str, ...], list[tuple[str, ...]]], Added]  # (number, its forms, their words) -> its slots


def _articled(tokens: list[tuple[str, ...]]) -> bool:
    return any(len(words) > 1 and (words[0] in EN_ARTICLES or _inner_article(words) is not None) for words in tokens)


def _inner_article(words: tuple[str, ...]) -> int | None:
    """Where a form has an article after a name particle (Abu al-Saud: 1), which Reuters
    style drops as it drops a leading one (Abu Saud, as Sharaa for al-Sharaa)."""
    return next((i for i in range(1, len(words) - 1) if words[i] in EN_ARTICLES and words[i - 1] in _BEFORE_INNER_ARTICLE), None)


@lru_cache(maxsize=256)
def _english_kinds(short: bool, variants: int, forbidden: int) -> tuple[FormKind, ...]:
    """The kind of each of an entry's english_forms: its house forms, then as many variants
    and forbidden forms as it lists."""
    house: tuple[FormKind, ...] = ("preferred", "short") if short else ("preferred",)
    variant: tuple[FormKind, ...] = ("variant",)
    barred: tuple[FormKind, ...] = ("forbidden",)
    return house + variant * variants + barred * forbidden


def _english_slots(entry: GlossaryEntry, number: int, forms: tuple[str, ...], tokens: list[tuple[str, ...]]) -> Added:
    """The words and slot of each of the entry's english_forms (`forms`, their `tokens`),
    in the order the trie takes them. A form the entry lists twice is added once."""
    kinds, term = _english_kinds(bool(entry.short), len(entry.variants), len(entry.forbidden)), entry.type == "term"
    added: Added = []
    for which, words in enumerate(tokens):
        slot = (number, which, kinds[which])
        added.append((words, slot))
        if term and words and not words[-1].endswith("s"):
            # Terms inflect (Syrian pounds, Alawites); names of people and places do not.
            added.append(((*words[:-1], words[-1] + "s"), slot))
    # Listed forms first, so that a form written out in the glossary always wins
    # over one derived by dropping its article.
    for which, words in enumerate(tokens):
        kind = kinds[which]
        derived = "variant" if kind in ("preferred", "short") else kind
        if len(words) > 1 and words[0] in EN_ARTICLES:
            added.append((words[1:], (number, which, derived)))
        inner = _inner_article(words)
        if inner is not None:
            added.append((words[:inner] + words[inner + 1 :], (number, which, derived)))
    return _first_of_each(added, forms) if len(set(forms)) < len(forms) else added


def _arabic_slots(number: int, forms: tuple[tuple[str, FormKind], ...], tokens: list[tuple[str, ...]], latin: bool) -> Added:
    """The words and slot of each of the entry's arabic_forms (`forms`, their `tokens`);
    `latin`: whether any Arabic form of the glossary has a Latin letter."""
    added: Added = []
    for which, ((form, kind), words) in enumerate(zip(forms, tokens, strict=True)):
        # The Arabic matcher reads Arabic letters only: «مجموعة OCP» would match «المجموعة» (any group).
        if kind != "arabic" or not (latin and _LATIN.search(form)):
            added.append((words, (number, which, kind)))
    if len({form for form, _ in forms}) < len(forms):
        return _first_of_each(added, [form for form, _ in forms])
    return added


def _first_of_each(added: Added, forms: Sequence[str]) -> Added:
    """The first of each form's words that an entry adds (a slot names its form by position
    in `forms`): an entry that lists a form twice (Erdogan as house form and variant) has it
    matched once, by the first slot."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    kept = []
    for words, slot in added:
        key = (words, forms[slot[1]])
        if key not in seen:
            seen.add(key)
            kept.append((words, slot))
    return kept


def arabic_forms(entry: GlossaryEntry) -> tuple[tuple[str, FormKind], ...]:
    """The Arabic forms, then the Arabic spellings a desk lists among variants and forbidden
    forms («عبد الحميد دبيبة»): a trie slot names a form by its position here."""
    return (*((form, "arabic") for form in entry.ar), *arabic_spellings_listed(entry))
