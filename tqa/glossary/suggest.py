"""Names the glossary lacks: capitalised English words paired with the Arabic word they
romanise, and the glossary entries to suggest for them (N105, `tqa glossary suggest`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tqa import patterns
from tqa.glossary.name_evidence import NameKind, article_kind, body_form
from tqa.glossary.name_kinds import NAME_PARTICLES, ORGANISATION_HEADS, calendar_word, cue_kind, guess_type
from tqa.lang.ar import ARABIC_WORD, BASE_LETTERS, normalize, strip_proclitics, word_forms
from tqa.lang.en import well_known_names
from tqa.model import Segment
from tqa.text.directions import arabic_direction_word
from tqa.text.names import NameWord, core_of, is_given_name, spellings_in, written_with_article
from tqa.text.people import AR_GIVEN_NAMES
from tqa.text.skeletons import abd_name_before, arabic_skeletons, latin_matches_arabic, latin_skeleton, romanisation_fit
from tqa.text.translit import same_name, same_name_group

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.model import AlignedDocument


@dataclass(frozen=True)
class NamePair:
    """An English name and the Arabic word it renders, found in one aligned pair."""

    english: NameWord
    arabic_segment: Segment
    arabic_start: int
    arabic_end: int
    short_of: str | None = None  # the id of the glossary person whose surname this is (Lavrov: sergei-lavrov)
    typed: NameKind | None = None  # what the whole article says of its kind (mine_name_pairs)
    written: str | None = None  # the body's form, where the first mention's capitals are a headline's

    @property
    def arabic(self) -> str:
        return self.arabic_segment.text[self.arabic_start : self.arabic_end]

    @property
    def kind(self) -> str:
        """person, place or organisation: what the article says (typed), else a guess from
        the words before the name on both sides."""
        return self.typed.kind if self.typed is not None else guess_type(self.english.text, *self._before())

    @property
    def kind_check(self) -> str:
        """Why the editor should check the kind ("" when the article says it)."""
        return self.typed.check if self.typed is not None else ""

    @property
    def entry_english(self) -> str:
        """The English for the entry: as the body writes it (al-Sukhnah, not a headline's Al-Sukhnah)."""
        return self.written or self.english.text

    def _before(self) -> tuple[str, str]:
        return self.arabic_segment.text[: self.arabic_start], self.english.segment.text[: self.english.start]

    @property
    def arabic_entry_form(self) -> str:
        """The Arabic word without a conjunction or preposition glued to it (وأوروبا ->
        أوروبا): the glossary matches those itself. The article ال stays: it is part
        of many names (البشير)."""

        word = self.arabic
        latin = core_of(self.english.text)
        # لل is ل + ال: the article stays (article="keep").
        stems = strip_proclitics(word, min_stem=3, article="keep")
        return next((stem for stem, _ in stems if latin_matches_arabic(latin, stem)), word)


def mine_name_pairs(doc: AlignedDocument, glossary: Glossary) -> list[NamePair]:
    """Names the glossary lacks: capitalised English words whose aligned Arabic has
    a word they romanise, in order of first appearance, one pair per English spelling."""
    src, tgt = doc.source.segments, doc.target.segments
    arabic_article, english_article = (src, tgt) if doc.source.lang == "ar" else (tgt, src)
    # People the article names in full: their surname alone is a short form of the entry, not a new person.
    named = {m.entry.id for s in english_article for m in glossary.find(s.text, "en")}
    pairs: dict[str, NamePair] = {}
    for bead in doc.beads:
        arabic_side, english_side = (bead.source, bead.target) if doc.source.lang == "ar" else (bead.target, bead.source)
        arabic_segments = tuple(arabic_article[i] for i in arabic_side)
        english_segments = tuple(english_article[j] for j in english_side)
        claimed = {(s.id, m.start, m.end) for s in english_segments for m in glossary.find(s.text, "en")}
        words = _unclaimed_arabic_words(arabic_segments, glossary)
        for spelling in spellings_in(english_segments, claimed):
            if _already_suggested(spelling.core, pairs):
                continue
            pair = _pair_for(spelling.first, words, pairs, glossary, named)
            if pair is not None:
                pairs[spelling.core] = pair
    read = (_read_in_the_article(p, (english_article, arabic_article), glossary) for p in pairs.values())
    return [p for p in read if p is not None]


def _read_in_the_article(pair: NamePair, sides: tuple[tuple[Segment, ...], tuple[Segment, ...]], glossary: Glossary) -> NamePair | None:
    """The pair with what the whole article says: its kind (name_evidence.article_kind) and
    the English form the body writes; None for a word the body writes in lower case (a
    headline's Phosphate is phosphate inside a sentence: no name). `sides`: the English and
    the Arabic article."""
    if pair.short_of is not None:
        return pair  # a short form to add to an entry: no entry of its own
    written = body_form(pair.english, sides[0])
    if written is not None and not any(w[:1].isupper() for w in written.replace("-", " ").split() if w.casefold() not in NAME_PARTICLES):
        return None
    words = pair.english.text.split()
    given_first = len(words) > 1 and (is_given_name(core_of(words[0])) or _arabic_given_name(pair.arabic.split()[0]))
    first_cue = cue_kind(pair.english.text, *pair._before())
    typed = article_kind(pair.english, pair.arabic_entry_form, first_cue, given_first, sides, glossary)
    return replace(pair, typed=typed, written=written)


def new_entry_pairs(doc: AlignedDocument, glossary: Glossary) -> list[NamePair]:
    """The names to suggest as new glossary entries (N105 and a batch's index): not a
    glossary person's surname, which is a `short` to add to that entry (`tqa glossary
    suggest` says so), nor a given name alone."""
    return [
        p
        for p in mine_name_pairs(doc, glossary)
        if p.short_of is None and not (is_given_name(core_of(p.english.text)) and not written_with_article(p.english.text))
    ]


_ArabicWord = tuple[Segment, str, int]  # segment, word, offset


def _unclaimed_arabic_words(segments: tuple[Segment, ...], glossary: Glossary) -> list[_ArabicWord]:
    """Arabic words of three letters or more outside every glossary match: a word inside
    one (الشيباني in أسعد الشيباني) is taken, and an English spelling of it is N103's
    business, never a new entry."""
    claimed_ar = [(s.id, m.start, m.end) for s in segments for m in glossary.find(s.text, "ar")]
    return [
        (s, w.group(), w.start())
        for s in segments
        for w in ARABIC_WORD.finditer(s.text)
        if len(w.group()) >= 3
        if not any(seg == s.id and start <= w.start() < end for seg, start, end in claimed_ar)
    ]


def _already_suggested(core: str, pairs: dict[str, NamePair]) -> bool:
    """One suggestion per name: a second spelling of it (al-Bachir after al-Bashir) is
    N104's business, and a name already inside a longer suggested one (al-Halabi in
    Samer al-Halabi) is suggested with it."""
    # same_name implies the same group (translit.same_name_group): the others are not asked (#14).
    group = same_name_group(core)
    if core in pairs or any(same_name_group(known) == group and same_name(core, known) for known in pairs):
        return True
    return any(core in core_of(p.english.text).split() for p in pairs.values())


def _pair_for(
    word: NameWord, words: list[_ArabicWord], pairs: dict[str, NamePair], glossary: Glossary, named: set[str]
) -> NamePair | None:
    """The pair to suggest for one English name word, or None: well-known names, bare
    given names and names with no romanised Arabic word get none."""
    core = core_of(word.text)
    if core.casefold() in well_known_names():
        return None
    given = is_given_name(core) and not written_with_article(word.text)
    matches = [w for w in words if latin_matches_arabic(core, w[1])]
    if given and not matches:
        # A short given name (Rami «رامي») has too few consonants to match alone; it is
        # suggested only with the surname after it (_with_next_name), which is evidence.
        matches = [w for w in words if _given_name_fits(word.text, w[1])]
    # Several Arabic words may share the consonants (Russia: روسيا and الرئيس);
    # the one whose long vowels fit the spelling is the name.
    match = max(matches, key=lambda w: romanisation_fit(core, w[1]), default=None)
    if match is None:
        return None
    if any(word_forms(match[1]) & word_forms(w) for p in pairs.values() for w in p.arabic.split()):
        return None  # a second spelling of an Arabic name already suggested (al-Salih after al-Saleh): N104
    surname_of = next((m.entry.id for m in glossary.find_surnames(word.text, "en") if m.entry.id in named), None)
    if surname_of is not None:
        return NamePair(word, match[0], match[2], match[2] + len(match[1]), short_of=surname_of)
    pair = _with_next_name(_with_given_name(NamePair(word, match[0], match[2], match[2] + len(match[1]))))
    if pair.english == word and (given or (_arabic_given_name(match[1]) and not written_with_article(word.text))):
        return None  # a first name alone (Samer, «سامر»): shared by many people, and no place
    if pair.english == word and calendar_word(core, match[1]):
        return None  # 4 Shaaban 1447, «شعبان»: a date; a surname Shaaban comes with the given name before it
    return _with_compass(_with_organisation_head(_with_article(pair)))


def _arabic_given_name(word: str) -> bool:
    """A common Arabic given name (tqa/lang/data/ar_given_names.txt), alone or after و ب ل
    ك ف: the English list is short, and the Arabic says what the spelling may hide. Not
    after ال, which makes a place or a family name: الرياض is Riyadh, not Riyad."""
    normalized = normalize(word)
    forms = {normalized, *(stem for stem, _ in strip_proclitics(normalized, min_stem=3, article="keep"))}
    return bool(forms & AR_GIVEN_NAMES)


# Compiled once, from tqa's pattern cache (tqa.patterns), not by `re` at the first call of each run (#14).
_NEXT_NAME = patterns.compile(r"\s+((?:[Aa][ls]|[Ee]l|[Aa]d|[Aa]sh)-?[A-Z][\w'’-]+|[A-Z][\w'’-]+)")
_NEXT_WORD = patterns.compile(r"\s+([A-Z][a-z]+)\b")
_NEXT_ARABIC_WORD = patterns.compile(rf"\s+([{BASE_LETTERS}]+)")
_ARABIC_WORD_BEFORE = patterns.compile(rf"([{BASE_LETTERS}]+)\s+$")
_ARTICLE_BEFORE = patterns.compile(r"\b(?:Al|El)\s+$")
_COMPASS_BEFORE = patterns.compile(r"\b(?:North|South|East|West)(?:ern)?\s+$")
_NAME_BEFORE = patterns.compile(r"([A-Z][\w'’-]+)\s+$")


def _with_next_name(pair: NamePair) -> NamePair:
    """Samer al-Halabi rather than Samer: a capitalised word right after the name that
    romanises the Arabic word right after it belongs to the same name."""

    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    after_en = _NEXT_NAME.match(english[pair.english.end :])
    after_ar = _NEXT_ARABIC_WORD.match(arabic[pair.arabic_end :])
    # Beside the name before it on both sides, a short surname is evidence enough (Karim Azar, «كريم عازار»).
    if after_en is None or after_ar is None or not latin_matches_arabic(core_of(after_en.group(1)), after_ar.group(1), short=True):
        return pair
    word = NameWord(pair.english.segment, pair.english.start, pair.english.end + after_en.end(1))
    return NamePair(word, pair.arabic_segment, pair.arabic_start, pair.arabic_end + after_ar.end(1))


def _with_article(pair: NamePair) -> NamePair:
    """Al Rafidain rather than Rafidain: an article written as a word of its own before
    the name belongs to it when the Arabic name has the article (الرافدين)."""
    before_en = _ARTICLE_BEFORE.search(pair.english.segment.text[: pair.english.start])
    if before_en is None or not normalize(pair.arabic).startswith("ال"):
        return pair
    return NamePair(NameWord(pair.english.segment, before_en.start(), pair.english.end), pair.arabic_segment, pair.arabic_start, pair.arabic_end)


def _with_organisation_head(pair: NamePair) -> NamePair:
    """Meridian Energy rather than Meridian: a company's head word after the name (name_kinds.
    ORGANISATION_HEADS) belongs to it, and so does the Arabic word after the name that
    translates it («ميريديان للطاقة»), when one follows in the same phrase."""
    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    after_en = _NEXT_WORD.match(english[pair.english.end :])
    after_ar = _NEXT_ARABIC_WORD.match(arabic[pair.arabic_end :])
    if after_en is None or after_en.group(1).casefold() not in ORGANISATION_HEADS or after_ar is None:
        return pair
    word = NameWord(pair.english.segment, pair.english.start, pair.english.end + after_en.end(1))
    return NamePair(word, pair.arabic_segment, pair.arabic_start, pair.arabic_end + after_ar.end(1))


def _with_compass(pair: NamePair) -> NamePair:
    """West Africa rather than Africa: a capitalised compass word before the name is part
    of it when the Arabic writes a compass word beside the name too («غرب أفريقيا»)."""
    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    before_en = _COMPASS_BEFORE.search(english[: pair.english.start])
    before_ar = _ARABIC_WORD_BEFORE.search(arabic[: pair.arabic_start])
    after_ar = _NEXT_ARABIC_WORD.match(arabic[pair.arabic_end :])
    if before_en is None:
        return pair
    word = NameWord(pair.english.segment, before_en.start(), pair.english.end)
    if before_ar is not None and arabic_direction_word(normalize(before_ar.group(1))):
        return NamePair(word, pair.arabic_segment, before_ar.start(1), pair.arabic_end)
    if after_ar is not None and arabic_direction_word(normalize(after_ar.group(1))):
        return NamePair(word, pair.arabic_segment, pair.arabic_start, pair.arabic_end + after_ar.end(1))
    return pair


def _with_given_name(pair: NamePair) -> NamePair:
    """Mohammed al-Bashir rather than al-Bashir: a given name written just before
    the name on both sides belongs to the suggested entry."""

    english, arabic = pair.english.segment.text, pair.arabic_segment.text
    before_en = _NAME_BEFORE.search(english[: pair.english.start])
    if before_en is None:
        return pair
    word = NameWord(pair.english.segment, before_en.start(1), pair.english.end)
    abd = abd_name_before(before_en.group(1), arabic[: pair.arabic_start])  # Abdellatif «عبد اللطيف»: two Arabic words
    if abd is not None:
        return NamePair(word, pair.arabic_segment, abd, pair.arabic_end)
    before_ar = _ARABIC_WORD_BEFORE.search(arabic[: pair.arabic_start])
    if before_ar is None:
        return pair
    latin, arabic_word = before_en.group(1), before_ar.group(1)
    known = is_given_name(core_of(latin)) or _arabic_given_name(arabic_word)  # either list: the English one is short
    if not known or not _given_name_fits(latin, arabic_word):
        return pair
    return NamePair(word, pair.arabic_segment, before_ar.start(1), pair.arabic_end)


def _given_name_fits(latin: str, arabic: str) -> bool:
    """Whether a known given name romanises the Arabic word before the surname. Short
    given names (Omar «عمر», Sami «سامي») have too few consonants for
    latin_matches_arabic alone; beside a matched surname, equal consonants are enough
    (two of them, or a name on the Arabic given-name list: one consonant is any word)."""
    if latin_matches_arabic(latin, arabic):
        return True
    skeleton = latin_skeleton(core_of(latin))
    return (len(skeleton) >= 2 or _arabic_given_name(arabic)) and skeleton in arabic_skeletons(normalize(arabic))


def suggested_entry_yaml(english: str, arabic: str, *, inline: bool = False, kind: str | None = None, check: str = "") -> str:
    """A glossary entry for `english` / `arabic`, in the YAML the glossary file uses. `check`:
    why the type is to be checked (a guess from the name's shape alone), said in a comment."""
    core = core_of(english)
    entry_id = "-".join(core.replace("'", "").split())
    kind = kind or guess_type(english)
    if inline:
        return f"{{id: {entry_id}, type: {kind}, en: {english}, ar: [{arabic}]}}" + (f"  # check the type: {check}" if check else "")
    note = f"check: {check}" if check else "a guess: person, place, organisation or term"
    return f"  - id: {entry_id}\n    type: {kind}   # {note}\n    en: {english}\n    ar: [{arabic}]"
