"""N104 for people named in full, then written otherwise: a given name spelt two ways before
one surname (Houcine Gharbi, then Hussein Gharbi), a glossary person's surname with one
letter changed (Maria Lindqvist, then Lindquist).

The single-word comparison leaves common given names out: two people called Mohammed
are not one name spelt two ways. Before one surname, though, two spellings of a given
name are one person's name written otherwise, when both render one Arabic word in their
aligned sentences (حسين: Houcine is its French romanisation, Hussein its English one) or,
with no Arabic to read, when the transliteration key says so (Mohammed, Muhammad). Two
given names the Arabic writes as two words (حمد, حامد) before one surname are two people,
brothers or father and son, and so are two the key keeps apart (Hamad, Hamid).

The transliteration key reads the ways Arabic reaches Latin letters; a surname from
another language can be written otherwise in ways it does not read (Swedish qv, English
qu). Once the article names a glossary person in full, a later name word that is the
person's long surname with one letter changed is that surname misspelt: a surname of
seven letters or more, one letter but the first replaced, is no other name beside the
full one. A name another glossary entry lists is that person, not a misspelling.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa.checks.arabic_unlisted_names import unlisted_spans
from tqa.checks.base import CheckContext, Hit, span
from tqa.lang.en import spelling_key
from tqa.model import Segment
from tqa.text.names import COMMON_CAPITALISED, TITLES, NameWord, core_of, is_given_name, name_word_spans, name_words
from tqa.text.partners import ArabicPartners
from tqa.text.translit import same_name


@dataclass(frozen=True)
class _FullName:
    """Two or more name words in a row: the first is the given name, the last the surname."""

    given: NameWord
    surname: NameWord

    @property
    def text(self) -> str:
        return self.given.segment.text[self.given.start : self.surname.end]


def _full_names(segments: tuple[Segment, ...]) -> list[_FullName]:
    """Runs of name words parted by spaces only, without a title or a sentence's common
    first word before them (President Ahmed al-Sharaa: Ahmed al-Sharaa)."""
    found: list[_FullName] = []
    for segment in segments:
        runs: list[list[NameWord]] = []
        for start, end in name_word_spans(segment.text):
            word = NameWord(segment, start, end)
            if runs and not segment.text[runs[-1][-1].end : start].strip():
                runs[-1].append(word)
            elif core_of(word.text).casefold() not in TITLES | COMMON_CAPITALISED:
                runs.append([word])
        found.extend(_FullName(run[0], run[-1]) for run in runs if len(run) >= 2)
    return found


def _key(word: NameWord) -> str:
    return spelling_key(core_of(word.text))


def _one_person(first: _FullName, later: _FullName, partners: ArabicPartners) -> bool:
    """One surname, and a given name written otherwise that is the same name (see the
    module docstring); one of the two a common given name, which the word check leaves out."""
    if _key(first.surname) != _key(later.surname) or _key(first.given) == _key(later.given):
        return False
    given_a, given_b = core_of(first.given.text), core_of(later.given.text)
    if not (is_given_name(given_a) or is_given_name(given_b)):
        return False  # the single-word comparison reads these (N104)
    arabic_a, arabic_b = partners.of(first.given), partners.of(later.given)
    if arabic_a is not None and arabic_b is not None:
        return bool(arabic_a.forms & arabic_b.forms)
    return same_name(given_a, given_b)


def given_name_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """Later full names whose given name is written otherwise than an earlier one's before one surname."""
    partners = ArabicPartners(ctx.doc)
    names = _full_names(ctx.english.segments)
    seen: set[tuple[str, str]] = set()
    for n, later in enumerate(names):
        written = (_key(later.given), _key(later.surname))
        if written in seen:
            continue  # written this way before: reported there, or the first spelling
        seen.add(written)
        first = next((m for m in names[:n] if _one_person(m, later, partners)), None)
        if first is None:
            continue
        keep, change = first.given.text, later.given.text
        yield Hit(
            f"«{later.text}» and «{first.text}» look like one person's name spelt two ways: keep «{keep}», "
            f"the spelling of its first mention, and change «{change}»",
            *ctx.by_role(None, span(later.given.segment, later.given.start, later.surname.end)),
            suggestion=keep,
        )


# A surname this long with one letter changed is the name misspelt, not another name.
MIN_CHANGED_SURNAME_LETTERS = 7


def one_letter_changed(word: str, listed: str) -> bool:
    """`word` is `listed` with one letter but the first replaced (Lindquist, Lindqvist)."""
    a, b = word.casefold(), listed.casefold()
    if len(a) != len(b) or len(a) < MIN_CHANGED_SURNAME_LETTERS or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def surname_letter_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """Name words that change one letter of the surname of a glossary person the English names in full."""
    named = {
        core_of(m.entry.en.split()[-1]): m.entry
        for segment in ctx.english.segments
        for m in ctx.glossary.find(segment.text, "en")
        if m.entry.type == "person" and len(m.text.split()) >= 2
    }
    listed = unlisted_spans(ctx)
    reported: set[str] = set()
    for word in name_words(ctx.english.segments):
        core = core_of(word.text)
        if core in reported or any(s == word.segment.id and a <= word.start < b for s, a, b in listed):
            continue
        entry = next((e for s, e in named.items() if one_letter_changed(core, s)), None)
        if entry is None:
            continue
        reported.add(core)
        surname = entry.en.split()[-1]
        yield Hit(
            f"«{word.text}» and «{surname}» look like one name spelled two ways: keep «{surname}», "
            f"the glossary's spelling of {entry.en}, and change «{word.text}»",
            *ctx.by_role(None, span(word.segment, word.start, word.end)),
            suggestion=surname,
        )
