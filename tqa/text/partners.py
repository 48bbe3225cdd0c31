"""The Arabic word an English name renders in its aligned sentence (its partner)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqa.lang.ar import ARABIC_WORD, word_forms
from tqa.lang.en import well_known_names
from tqa.model import Segment
from tqa.text.names import NameWord, Spelling, core_of, name_word_spans
from tqa.text.skeletons import latin_matches_arabic, latin_skeleton
from tqa.text.translit import name_similarity

if TYPE_CHECKING:
    from tqa.model import AlignedDocument


@dataclass(frozen=True)
class ArabicPartner:
    """The Arabic word an English name word renders in its aligned sentence."""

    segment: Segment
    start: int
    end: int
    forms: frozenset[str]  # the word with and without its proclitics (tqa.lang.ar.word_forms)
    name: str = ""  # the shortest form the English romanises: لوند of «لوند», not «وند» without its ل

    def forms_text(self) -> str:
        return " ".join(sorted(self.forms))

    @property
    def stem(self) -> str:
        """The word as the name: `name`, else its shortest form."""
        return self.name or min(self.forms, key=len)

    @property
    def written(self) -> str:
        return self.segment.text[self.start : self.end]


def romanised_partner(segment: Segment, start: int, end: int, core: str, short: bool = False) -> ArabicPartner:
    """The Arabic word at `start`-`end` of `segment`, rendered by the English name `core`
    (`short`: as latin_matches_arabic)."""
    forms = word_forms(segment.text[start:end])
    named = sorted((f for f in forms if latin_matches_arabic(core, f, short)), key=len)
    return ArabicPartner(segment, start, end, forms, named[0] if named else "")


class ArabicPartners:
    """Finds, for an English name word, the one Arabic word of its aligned sentence
    that it romanises. Only an unambiguous partner counts: with الحمد and الحامد in
    one sentence, which one Hamad renders is a guess, and a guess must not merge or
    split names, unless the name before it in the English settles it: a full name keeps
    its order in translation (Khaled al-Hamad: خالد الحمد)."""

    def __init__(self, doc: AlignedDocument) -> None:
        arabic_is_source = doc.source.lang == "ar"
        self._arabic = doc.source if arabic_is_source else doc.target
        self._arabic_of: dict[int, tuple[int, ...]] = {}
        for bead in doc.beads:
            arabic_ids, english_ids = (bead.source, bead.target) if arabic_is_source else (bead.target, bead.source)
            self._arabic_of.update((j, arabic_ids) for j in english_ids)
        self._known: dict[tuple[int, int, int], ArabicPartner | None] = {}
        self._words: dict[int, list[tuple[int, int, str]]] = {}

    def _arabic_words(self, i: int) -> list[tuple[int, int, str]]:
        """(start, end, text) of each word of Arabic sentence `i`, found once: each English
        name word of its aligned sentence is tried against every one of them (#14)."""
        if i not in self._words:
            self._words[i] = [(m.start(), m.end(), m.group()) for m in ARABIC_WORD.finditer(self._arabic.segments[i].text)]
        return self._words[i]

    def of(self, word: NameWord) -> ArabicPartner | None:
        where = (word.segment.id, word.start, word.end)
        if where not in self._known:  # N106's halves ask for the same words
            self._known[where] = self._find(word)
        return self._known[where]

    def _find(self, word: NameWord) -> ArabicPartner | None:
        core = core_of(word.text)
        found = [
            romanised_partner(self._arabic.segments[i], start, end, core)
            for i in self._arabic_of.get(word.segment.id, ())
            for start, end, written in self._arabic_words(i)
            if latin_matches_arabic(core, written)
        ]
        distinct = {min(p.forms, key=lambda w: (len(w), w)) for p in found}
        if len(distinct) > 1:  # Mustafa Qadir: قادر, where وقدّر ("estimated") has its consonants too
            return self._after_previous(word, core)
        return found[0] if distinct else None

    def _after_previous(self, word: NameWord, core: str) -> ArabicPartner | None:
        """The Arabic word in the same place after the partner of a name word before `word`
        in one full name: Dara Mustafa Qadir, مصطفى then قادر; Saman Ali Qadir, where the
        key reads nothing for Ali, سامان then the second word after it."""
        text, end, between = word.segment.text, word.start, 0
        for start, stop in reversed(name_word_spans(text[: word.start])):
            if text[stop:end].strip():
                return None  # not one name with `word`: a comma, a word between
            anchor = self.of(NameWord(word.segment, start, stop))
            if anchor is not None:
                return self._words_after(anchor, between + 1, core)
            end, between = start, between + 1
        return None

    def _words_after(self, anchor: ArabicPartner, count: int, core: str) -> ArabicPartner | None:
        """The `count`th Arabic word after `anchor`, with nothing but spaces between, if `core` reads it."""
        text, start, at = anchor.segment.text, anchor.end, anchor.end
        for _ in range(count):
            following = ARABIC_WORD.search(text, at)
            if following is None or text[at : following.start()].strip():
                return None
            start, at = following.span()
        if not latin_matches_arabic(core, text[start:at]):
            return None
        return romanised_partner(anchor.segment, start, at, core)

    def loose(self, word: NameWord) -> list[ArabicPartner]:
        """The words of the aligned Arabic whose consonants a short name reads (Voss: فوس,
        Azar: عازار), which the key alone takes for no evidence (latin_matches_arabic's
        `short`): for a caller that has other evidence of which one renders it."""
        core = core_of(word.text)
        return [
            romanised_partner(self._arabic.segments[i], start, end, core, short=True)
            for i in self._arabic_of.get(word.segment.id, ())
            for start, end, written in self._arabic_words(i)
            if latin_matches_arabic(core, written, short=True)
        ]

    def near(self, word: NameWord, first: ArabicPartner, near: Callable[[str, str], bool]) -> ArabicPartner | None:
        """For a use of a name the key finds no Arabic for (ويتكوم, a letter short of
        «ويتكومب» for Whitcombe), the one word of its aligned Arabic that is `near` the
        Arabic of the name's `first` use."""
        found = []
        for i in self._arabic_of.get(word.segment.id, ()):
            for start, end, written in self._arabic_words(i):
                forms = word_forms(written)
                stem = next((f for f in sorted(forms, key=len, reverse=True) if near(f, first.stem)), None)
                if stem is not None:
                    found.append(ArabicPartner(self._arabic.segments[i], start, end, forms, stem))
        return found[0] if len(found) == 1 else None


def arabic_forms_of(partners: ArabicPartners, spellings: list[Spelling]) -> dict[str, frozenset[str]]:
    """Per spelling (by core), the forms of the Arabic word its first use renders.
    Two spellings that render one Arabic word are one name, even when only their
    vowels differ (al-Saleh, Al-Salih for الصالح); two that render different Arabic
    words are two names (Salem سالم, Salim سليم), whatever the transliteration key says."""
    forms: dict[str, frozenset[str]] = {}
    for spelling in spellings:
        partner = partners.of(spelling.first)
        if partner is not None:
            forms[spelling.core] = partner.forms
    return forms


def same_arabic_word(a: Spelling, b: Spelling, arabic: dict[str, frozenset[str]]) -> bool:
    """Both spellings render one Arabic word in their aligned sentences (`arabic`, by core:
    arabic_forms_of). The Arabic partner is found by consonants, so different words with the
    same consonants (Singer, Shankar) can land on one Arabic word: the spellings must also share
    three consonants in order, or two in five letters (al-Kuwari, al-Kawari), and most letters.
    A name every newsroom spells one way (Tunisia, Sudan) is so: another word on its Arabic is
    another word."""
    if not arabic.get(a.core, frozenset()) & arabic.get(b.core, frozenset()) or {a.core, b.core} & well_known_names():
        return False
    skeleton, shortest = latin_skeleton(a.core), min(len(a.core), len(b.core))
    enough = len(skeleton) >= 3 or (len(skeleton) == 2 and shortest >= 5)
    return enough and skeleton == latin_skeleton(b.core) and name_similarity(a.core, b.core) >= 0.6
