"""N106's second half: names the glossary lacks, spelled two ways in an Arabic translation
(one English spelling whose uses render two different Arabic words)."""

from __future__ import annotations

from collections.abc import Iterator

from tqa import patterns
from tqa.checks.arabic_near_names import near_word
from tqa.checks.base import CheckContext, Hit, span
from tqa.lang.ar import (
    ABSORBED_ARTICLE,
    ARTICLE,
    CONJUNCTIONS,
    FUNCTION_WORDS,
    LETTERS,
    consonants,
    normalize,
    strip_marks,
    word_forms,
)
from tqa.lang.lexicon import arabic_concepts, english_concepts, is_arabic_lexicon_word
from tqa.text.name_runs import by_name, surname_alone
from tqa.text.names import NameWord, Spelling, written_with_article
from tqa.text.partners import ArabicPartner, ArabicPartners
from tqa.text.people import used_as_surname
from tqa.text.skeletons import arabic_skeletons


def claimed_spans(ctx: CheckContext) -> set[tuple[int, int, int]]:
    """The English words a glossary entry already accounts for: not names the glossary lacks."""
    return {(seg.id, m.start, m.end) for seg in ctx.english.segments for m in ctx.glossary.find(seg.text, "en")}


def unlisted_spans(ctx: CheckContext) -> set[tuple[int, int, int]]:
    """`claimed_spans` and a glossary person's surname alone (al-Saadi after Qassim
    al-Saadi): the glossary has that name, and N106's glossary half compares it with
    the listed Arabic form, the house one, where this half would take the first it meets."""
    surnames = {(seg.id, m.start, m.end) for seg in ctx.english.segments for m in ctx.glossary.find_surnames(seg.text, "en")}
    return claimed_spans(ctx) | surnames


def arabic_inconsistent_unlisted(ctx: CheckContext, partners: ArabicPartners, spellings: list[Spelling]) -> Iterator[Hit]:
    """Names the glossary lacks, in an Arabic translation: one English spelling whose
    uses render two different Arabic words (Barrack: باراك, then براك). `spellings`:
    the English spellings outside `unlisted_spans`."""
    for spelling in (one for whole in spellings for one in by_name(whole)):
        first: ArabicPartner | None = None
        first_word, person = spelling.first, used_as_surname(spelling)
        for word in spelling.words:
            partner = partners.of(word)
            near = partner is None
            if partner is None:
                partner = _partner_otherwise(partners, word, first, person)
            elif not (name_like(partner) or _respelt_as_word(partner, first, word)):
                continue  # a common word that happens to share the consonants (فريق)
            if partner is None:
                continue
            if first is None:
                first, first_word = partner, word
                continue
            article = article_apart(first, partner) and written_with_article(word.text) == written_with_article(first_word.text)
            # A word read near the first use's that differs by its article alone is article_apart's to judge.
            near = near and not article_apart(first, partner)
            if not (near or _two_spellings(first, partner, article, person, person and surname_alone(word))):
                continue
            written, elsewhere = partner.written, first.written
            # Only an Arabic translation gets here: the English is the source.
            yield Hit(
                message=f"«{word.text}» is written «{written}» here and «{elsewhere}» elsewhere in the Arabic: use one Arabic form",
                source=span(word.segment, word.start, word.end),
                target=span(partner.segment, partner.start, partner.end),
                suggestion=elsewhere,
            )
            break


def _respelt_as_word(partner: ArabicPartner, first: ArabicPartner | None, word: NameWord) -> bool:
    """A later use's Arabic that is a word of the lexicon only because a long vowel of the
    first use's name was dropped (الشامسي, then الشمسي "the solar", for Al Shamsi both
    times): the same consonants and article, and the English sentence says nothing of what
    the word means (no "solar"), so the word is the name respelt, not a word of the sentence."""
    if first is None or partner.stem == first.stem or _with_article(partner) != _with_article(first):
        return False
    if consonants(partner.stem) != consonants(first.stem) or len(consonants(first.stem)) < MIN_SHORT_LETTERS:
        return False
    return not arabic_concepts(partner.written) & english_concepts(word.segment.text)


def _two_spellings(first: ArabicPartner, partner: ArabicPartner, article: bool, person: bool, alone: bool = False) -> bool:
    """The Arabic words of two uses of one English name spell it two ways: spelling_variants;
    the article once and not once (`article`) on a family name or inside a fixed name of two
    words; a person's final vowel respelt (جبار, then جبارة: a surname does not inflect)."""
    if spelling_variants(first, partner) or (article and (person or same_word_before(first, partner))):
        return True
    if person and respelt_with_article(first, partner):
        return True
    if nisba_added(first, partner) and (alone or same_word_before(first, partner)):
        return True
    return person and min(len(first.stem), len(partner.stem)) >= MIN_PARTNER_LETTERS and final_vowel_respelt(partner.stem, first.stem)


def respelt_with_article(a: ArabicPartner, b: ArabicPartner) -> bool:
    """A surname written with the article once and without it once, and one letter
    replaced besides (أمراني, then العمراني, where the English says Amrani both times: a
    Latin initial vowel is أ or ع in Arabic). spelling_variants keeps a word with the
    article apart from a name without it (النصر, ناصر), but a person's surname that the
    English writes alike twice is one name either way. One letter replaced, not added or
    dropped (a plural and its singular, الدروز and درزي, move a long vowel), and not in an
    ending (كوريا, الكورية: a country and its adjective)."""
    if _with_article(a) == _with_article(b):
        return False
    first, second = (p.stem.removeprefix(ARTICLE) for p in (a, b))
    if len(first) != len(second) or len(first) < MIN_PARTNER_LETTERS or _base(first) == _base(second):
        return False
    return sum(x != y for x, y in zip(first, second, strict=True)) == 1


def nisba_added(a: ArabicPartner, b: ArabicPartner) -> bool:
    """One word written once as it is and once with ي added at its end, the article alike
    on both (الأحمد, then الاحمدي): a nisba makes another name (أحمد, أحمدي), so
    spelling_variants keeps the two apart. Two uses of one English spelling after one
    given name (Khaled al-Ahmad twice, «خالد الأحمد» then «خالد الاحمدي»: same_word_before),
    or of a surname whose later use has no given name before it (Saleh al-Murad, then
    al-Murad alone: «صالح المراد» then «المرادي»: surname_alone), are one person, whose
    surname the translation respelt."""
    if _with_article(a) != _with_article(b):
        return False
    short, long = sorted((p.stem.removeprefix(ARTICLE) for p in (a, b)), key=len)
    return len(short) >= MIN_PARTNER_LETTERS and long == short + "ي" and not short.endswith("ي")


# Words this short (من, مين) fit too many names' letters: two of them are no evidence
# of one name spelled two ways. One short spelling beside a longer one is (براك, باراك).
MIN_PARTNER_LETTERS = 4
# A word the English name reads, one letter off the first use's, is that name at three
# letters too (فوز for فوس, where the English says Voss both times).
MIN_SHORT_LETTERS = 3


def name_like(partner: ArabicPartner) -> bool:
    """Whether the Arabic word an English name renders may be the name's spelling: not a
    function word (من for Omani) and not a word of the lexicon written whole (فريق,
    للفريق). A word that merely begins with a lexicon stem is still a name (الساعدي
    begins with ساعد "helped")."""
    if partner.forms & FUNCTION_WORDS:
        return False
    return not any(is_arabic_lexicon_word(form) for form in partner.forms)


def _partner_otherwise(partners: ArabicPartners, word: NameWord, first: ArabicPartner | None, person: bool) -> ArabicPartner | None:
    """The Arabic for a use of a name the key reads no partner for. A short name (Voss,
    Azar: two consonants) reads the one name-like word with its consonants; at a later use,
    the one such word a letter off the first use's, written bare, which may then be a word
    of the lexicon (فوز, "victory", for فوس). A longer name reads the word near the first
    use's Arabic (ويتكوم, a letter short of «ويتكومب» for Whitcombe); a `person`'s (the
    English writes it as a surname) also its final vowel respelt (تانابي, تانابه)."""
    found = partners.loose(word)
    if first is None:
        named = [p for p in found if name_like(p)]
        return named[0] if len(named) == 1 else None
    apart = [p for p in found if article_apart(first, p)]
    if len(apart) == 1 and not any(p.stem == first.stem and p not in apart for p in found):
        return apart[0]  # the first use's word with the article once and not once (التازي, تازي): article_apart judges
    if any(p.stem == first.stem for p in found):
        return None  # the first use's word again (للعراق after العراق): no other spelling
    near_first = [p for p in found if _near_spelling(p.stem, first.stem, MIN_SHORT_LETTERS)]
    if len(near_first) == 1 and _bare(near_first[0]):
        return near_first[0]
    near = partners.near(word, first, _person_spelling if person else _near_spelling)
    if person and near is not None and _with_article(near) != _with_article(first):
        return None  # South Korea's كوريا, then الكورية: the adjective, not the name respelt
    return near if near is not None and name_like(near) else None


def _bare(partner: ArabicPartner) -> bool:
    """The word written as it stands or after و or ف ("and", "so"): where a name stands.
    A word the name's letters fit only once another proclitic or the article is dropped
    (بروز, "the rise", for روس) is a word of the sentence, not the name respelt."""
    written = normalize(partner.written)
    return written == partner.stem or (written[:1] in CONJUNCTIONS and written[1:] == partner.stem)


def _letters(partner: ArabicPartner) -> int:
    return len(partner.stem.removeprefix(ARTICLE))


def _near_spelling(word: str, first: str, min_letters: int = MIN_PARTNER_LETTERS) -> bool:
    """`word` spells the name `first` otherwise: a letter or two off it (a final letter
    dropped, ويتكوم for ويتكومب), but not the same base with another ending (كوريا, الكورية,
    كوريين: the country, its adjective, its people) and not a word too short to tell (من)."""
    if min(len(word), len(first)) < min_letters or _base(word) == _base(first):
        return False
    return near_word(word, first)


def _person_spelling(word: str, first: str) -> bool:
    """`word` spells the person `first` names otherwise: _near_spelling, or the same word
    with its final vowel respelt, where for a place it would be the adjective (كوريا, الكورية)."""
    return _near_spelling(word, first) or (min(len(word), len(first)) >= MIN_PARTNER_LETTERS and final_vowel_respelt(word, first))


# A person's name does not inflect like a place's (Korea, Korean): an English surname
# written alike twice renders one Arabic word, and ة added to it (جبار, جبارة) or ه for
# its final ي (تانابي, تانابه) is that word respelt. Not ي then ية (كوري, كورية: an
# adjective's two genders), not ا for ه (كوريا, كورية: a country and its adjective).
_FINAL_VOWELS = frozenset("يه")


def final_vowel_respelt(word: str, first: str) -> bool:
    """`word` is `first` (both normalised: ة is ه) with ه added or dropped at its end, or
    with ه for its final ي or the other way round."""
    short, long = sorted((word, first), key=len)
    if long == short + "ه":
        return not short.endswith("ي")
    return len(word) == len(first) and word[:-1] == first[:-1] and {word[-1], first[-1]} == _FINAL_VOWELS


# Endings of a nisba, a feminine (ة folded to ه), a plural or a dual, and a final long vowel.
_ENDINGS = ("يين", "يون", "ين", "ون", "ان", "يه", "ه", "ي", "ا")


def _base(word: str) -> str:
    """The word without its article and up to two endings: كوريا, الكورية and كوريين give كور."""
    word = word.removeprefix(ARTICLE)
    for _ in range(2):
        word = next((word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 2), word)
    return word


def vowels_apart(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two Arabic words with the same consonants and different long vowels are two names
    (سالم, سليم; حمد, حامد). Words whose consonants differ (غوتيريش, غوتيريس) are the Arabic
    spelling one foreign name two ways too: no evidence of two people."""
    return consonants(min(first, key=len)) == consonants(min(second, key=len))


def spelling_variants(a: ArabicPartner, b: ArabicPartner) -> bool:
    """Two Arabic words that spell one name differently (باراك, براك; بيشكيك, بيشكك),
    not one word twice (with a proclitic), a noun and its adjective (إندونيسيا, الإندونيسي),
    a word with the article against one without (ناصر, النصر; درزي, الدروز), nor two
    words of three letters or fewer (مين, من). A word that short is taken for a spelling of
    a longer one only when just their long vowels differ (براك, باراك; not مين, عماني)."""
    if a.forms & b.forms:
        return _final_letters_differ(a.written, b.written)
    if max(_letters(a), _letters(b)) < MIN_PARTNER_LETTERS:
        return False
    if _with_article(a) != _with_article(b):
        # A word with the article against one without: النصر is a word, ناصر a name. The
        # article after ل is written لل (للصنيدار is ل + الصنيدار): it is there all the same.
        return False
    if min(_letters(a), _letters(b)) < MIN_PARTNER_LETTERS:
        return consonants(a.stem) == consonants(b.stem)
    stem_a, stem_b = (p.stem.removeprefix("ال").rstrip("ايهة") for p in (a, b))
    if stem_a == stem_b:
        return False
    return bool(arabic_skeletons(a.stem) & arabic_skeletons(b.stem))


def _with_article(partner: ArabicPartner) -> bool:
    """The word carries the article: الخوري, والخوري, بالخوري, للخوري (ل + ال written لل)."""
    if normalize(partner.written).startswith(ABSORBED_ARTICLE):
        return True
    return any(form.startswith(ARTICLE) and form[len(ARTICLE) :] in partner.forms for form in partner.forms)


def article_apart(a: ArabicPartner, b: ArabicPartner) -> bool:
    """One name word written with the article once and without it once (جورج خوري, then
    الخوري), where the English writes the name alike both times: the article is part of a
    family name's spelling, and a desk writes it one way (Khoury or al-Khoury)."""
    return bool(a.forms & b.forms) and _with_article(a) != _with_article(b)


_WORD_BEFORE = patterns.compile(rf"(?P<word>[{LETTERS}]+)\s+$")


def same_word_before(a: ArabicPartner, b: ArabicPartner) -> bool:
    """Both uses follow one word that is no function word, in a name of two words: جبل روضة,
    then جبل الروضة for Jebel Rawda both times. Inside one fixed name the article is part of
    its spelling, as in a family name; a lone place word may take it as grammar does
    (كوريا, الكورية: the country, its adjective)."""
    words = [_WORD_BEFORE.search(p.segment.text, 0, p.start) for p in (a, b)]
    if words[0] is None or words[1] is None:
        return False
    forms = [word_forms(w["word"]) for w in words if w is not None]
    return bool(forms[0] & forms[1]) and not (forms[0] | forms[1]) & FUNCTION_WORDS


def _final_letters_differ(a: str, b: str) -> bool:
    """One word (`a` and `b` share a form) written once with ة and once with ه at its end
    (دراغمة, دراغمه): normalisation folds the two for matching, the reader sees two spellings."""
    a, b = strip_marks(a), strip_marks(b)
    return min(len(a), len(b)) >= MIN_PARTNER_LETTERS and {a[-1], b[-1]} == {"ة", "ه"}
