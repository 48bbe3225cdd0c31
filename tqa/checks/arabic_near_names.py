"""A glossary person's full Arabic name with one of its words misspelt.

«فلاح الجزايري» for the listed «فلاح الجزائري», «خالد بن سليم الحبسي» for «خالد بن
سالم الحبسي», «ريبوار حميد مصطفى» for «ريباز حميد مصطفى»: every other word of the
listed full name is there, word for word and in order, and one word is one or two
letters off (a hamza seat, a final ة, a long vowel, ع for أ). With the rest of the
name there, the word is the person's, not another word. This is the Arabic mirror
of the English key's unlisted spellings (tqa.text.names.find_unlisted_spelling):
N103 then says "written «…», a form the glossary does not list" instead of "not in
the Arabic", or nothing at all because the surname alone is there.

News names a person in full once, then by surname, and the surname mention is
misspelt as often («كلير دومون», then «دومونت»). A word is taken for the listed
surname written otherwise only on three pieces of evidence together: the aligned
English names the person (in full or by surname), the English surname romanises the
word (or the two differ only by a long vowel, which the transliteration key cannot
read in a name like Kouchouk), and the word is one or two letters away from the
listed Arabic surname (a long vowel, a final letter, ج for غ, ق for ك).
"""

from __future__ import annotations

import re

from tqa.checks.base import CheckContext, Hit, span
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import (
    ARABIC_WORD,
    ARTICLE,
    FUNCTION_WORDS,
    consonants,
    normalize,
    proclitic_pattern,
    proclitic_stems,
)
from tqa.lang.lexicon import arabic_concepts
from tqa.model import Segment, Span
from tqa.text.names import arabic_word_romanised_by, core_of
from tqa.text.people import surname_cores
from tqa.text.skeletons import arabic_skeletons, latin_matches_arabic

# A listed word shorter than this (بن) is a particle or too
# short to tell a misspelling from another word: it must be written as listed.
MIN_WORD_LETTERS = 3
# Words that join a name to a father's or family name (normalised: بن ابن ولد أبو بو), which
# desks write apart or joined to it (بن عيسى, بنعيسى; بو عزيزي, بوعزيزي): one name, two forms.
NAME_PARTICLES = frozenset({"بن", "ابن", "ولد", "ابو", "بو"})
# آل (the family of: فاطمة آل محمود) normalises to the article's letters, and joined to the
# family name it reads as the article (فاطمة المحمود): the same person in an unlisted form.
FAMILY = "ال"


def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def near_word(word: str, listed: str) -> bool:
    """One or two letters off a listed name word; for a short word one letter, or two
    when only its long vowels differ (سليم for سالم: the same consonants)."""
    if word == listed or word.startswith("ال") != listed.startswith("ال"):
        return False
    distance = edit_distance(word, listed)
    if len(listed.removeprefix("ال")) > 4:
        return distance <= 2
    return distance <= 1 or (distance == 2 and consonants(word) == consonants(listed))


def article_contracted(word: str, listed: str) -> bool:
    """One family name with its article written in full or contracted to ل, as Maghreb
    names are spelt (لحلو and الحلو, Lahlou; لعلج and العلج, Lalj): the alef alone differs."""
    short, long = sorted((word, listed), key=len)
    return not short.startswith(ARTICLE) and short.startswith("ل") and long == "ا" + short and len(short) > MIN_WORD_LETTERS


def _written_otherwise(word: str, listed: str, latin: frozenset[str], others: int = 1) -> bool:
    """`word` writes the listed name word otherwise: a letter or two off it (near_word), with
    the article dropped or added (هالة زهراوي for هالة الزهراوي: the article is part of the
    house spelling of a family name) or contracted (الحلو for لحلو), or in another Arabic
    spelling that one of the English given names reads (سونيا for سنية, where the English
    says Sonia). A common word is taken for the name only beside two or more of the name's
    other words written as listed (`others`): «نادر بن سالم» for «نذير بن سالم» (Nadir; نادر
    is also "rare"), not «هل الزهراوي» (هل read by Hala)."""
    if word == listed or len(listed) < MIN_WORD_LETTERS:
        return False
    if near_word(word, listed) or word.removeprefix(ARTICLE) == listed.removeprefix(ARTICLE):
        return True
    if article_contracted(word, listed):
        return True  # near_word keeps the article apart (النصر is no ناصر); ل is the article
    if word in FUNCTION_WORDS or (arabic_concepts(word) and others < 2):
        return False  # a word of the sentence the English name happens to read (هل for Hala)
    return any(latin_matches_arabic(name, word) for name in latin)


def _differs_in_one_word(written: list[str], listed: list[str], latin: frozenset[str]) -> bool:
    """`written` is `listed` with exactly one word written otherwise, or one of its middle
    words another (the first written word may carry a proclitic: وريبوار)."""
    first_forms = (written[0], *proclitic_stems(written[0]))
    near_first = (form for form in first_forms if _written_otherwise(form, listed[0], latin, len(listed) - 1))
    first = listed[0] if listed[0] in first_forms else next(near_first, written[0])
    words = [first, *written[1:]]
    differing = [(n, w, x) for n, (w, x) in enumerate(zip(words, listed, strict=True)) if w != x]
    if len(differing) != 1:
        return False
    at, word, listed_word = differing[0]
    # A middle name replaced (حسن عبد الرحمن موسى for the listed حسن عبد الرحيم موسى) between the
    # listed given name and surname, where the English names the person: the name written otherwise.
    return _written_otherwise(word, listed_word, latin, len(listed) - 1) or 0 < at < len(listed) - 1


def _english_given_names(entry: GlossaryEntry) -> frozenset[str]:
    """The words before the surname in the entry's English forms, which may read its Arabic
    given names: Sonia of Sonia Jaziri. The surname is left out: it is matched as listed,
    and a short one reads too many words (Ghait reads أكد)."""
    words = {core_of(w) for form in entry.house_forms for w in form.split()[:-1]}
    return frozenset(w for w in words if len(w) >= MIN_WORD_LETTERS)


def misspelt_full_name(entry: GlossaryEntry, segments: tuple[Segment, ...]) -> tuple[Segment, int, int] | None:
    """A listed full Arabic name of the person with one word written otherwise, or with
    its particle joined to the next word (بنعيسى for بن عيسى), in `segments`."""
    if entry.type != "person":
        return None
    latin = _english_given_names(entry)
    for form in entry.ar:
        listed = normalize(form).split()
        if len(listed) < 2:
            continue
        joined = _particle_joined(listed)
        for segment in segments:
            found = list(ARABIC_WORD.finditer(segment.text))
            for size in sorted({len(listed), *(len(j) for j in joined)}, reverse=True):
                for n in range(len(found) - size + 1):
                    window = found[n : n + size]
                    words = [normalize(m.group()) for m in window]
                    misspelt = _differs_in_one_word(words, listed, latin) if size == len(listed) else False
                    if misspelt or _listed_as(words, joined):
                        return segment, window[0].start(), window[-1].end()
    return None


def _particle_joined(listed: list[str]) -> list[list[str]]:
    """The listed name with a particle joined to the word after it (كريمة بن عيسى, written
    كريمة بنعيسى; آل as the article, فاطمة المحمود for فاطمة آل محمود): the same name in a
    form the glossary does not list."""
    return [
        listed[:i] + [listed[i] + listed[i + 1]] + listed[i + 2 :]
        for i in range(len(listed) - 1)
        if listed[i] in NAME_PARTICLES or listed[i] == FAMILY
    ]


def _listed_as(words: list[str], forms: list[list[str]]) -> bool:
    """`words` are one of `forms` word for word; the first may carry a proclitic (وكريمة)."""
    return any(
        words[1:] == form[1:] and form[0] in (words[0], *proclitic_stems(words[0])) for form in forms if len(form) == len(words)
    )


def listed_surnames(entry: GlossaryEntry) -> frozenset[str]:
    """The last words of a person's listed full Arabic forms, normalised."""
    return frozenset(normalize(form).split()[-1] for form in entry.ar if len(form.split()) >= 2)


def surname_spelt_otherwise(word: str, entry: GlossaryEntry, surnames: frozenset[str]) -> tuple[str, str] | None:
    """`word` (without its proclitic) and the listed surname it writes otherwise, if it does."""
    normalized = normalize(word)
    stems = {normalized, *proclitic_stems(normalized, min_stem=3)}
    if stems & (surnames | {normalize(form) for form in entry.ar if len(form.split()) == 1}):
        return None  # the listed surname or a one-word form the entry lists, with و or ب before it
    # A common word the English surname happens to romanise is no name (a word with
    # only a long vowel more than the surname is still read as it: الساعدي).
    romanised = not arabic_concepts(word) and any(latin_matches_arabic(core, word) for core in surname_cores(entry))
    for surname in sorted(surnames):
        for stem in sorted(stems, key=len, reverse=True):
            if stem.startswith("ال") != surname.startswith("ال") or len(stem) < 3 or edit_distance(stem, surname) > 2:
                continue  # النصر is a word, ناصر a name; and a far word is another one
            if romanised or consonants(stem) == consonants(surname):
                return stem, surname  # the English surname reads it, or only a long vowel differs (كجوك, كاجوك)
    return None


def writes_surname(segments: tuple[Segment, ...], surnames: frozenset[str]) -> bool:
    """One of the listed `surnames` is written in `segments`, with or without a proclitic."""
    words = (normalize(m.group()) for segment in segments for m in ARABIC_WORD.finditer(segment.text))
    return any({word, *proclitic_stems(word, min_stem=3)} & surnames for word in words)


def _within(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def changed_letter(word: str, listed: str) -> bool:
    """A letter of the listed name replaced by another (القواري for الكواري, حمدون for
    حمدان): another name to a reader. A long vowel written or not (كاجوك, كجوك), a letter
    more from the English spelling (دومونت, دومون) or ج for غ, the two letters Arabic
    writes a g with (فوجل, فوغل), only spell one name two ways."""
    a, b = word.replace("ج", "غ"), listed.replace("ج", "غ")
    return not (_within(a, b) or _within(b, a))


def misspelt_surname(entry: GlossaryEntry, segments: tuple[Segment, ...]) -> tuple[Segment, int, int] | None:
    """The person's listed Arabic surname with a letter changed, alone, in `segments`, which
    do not write it as listed (a sentence that does names the person right)."""
    surnames = listed_surnames(entry)
    if entry.type != "person" or not surnames or writes_surname(segments, surnames):
        return None
    for segment in segments:
        for m in ARABIC_WORD.finditer(segment.text):
            spelt = surname_spelt_otherwise(m.group(), entry, surnames)
            if spelt is not None and changed_letter(*spelt):
                return segment, m.start(), m.end()
    return None


def misspelt_name_hit(ctx: CheckContext, entry: GlossaryEntry, arabic: tuple[Segment, ...], english: Span) -> Hit | None:
    """N103's finding for a misspelt full name or surname in `arabic`, the English mention as
    evidence. A window that another glossary entry lists (a brother, «أحمد حميد مصطفى») is
    that person, not a misspelling of this one."""
    full = misspelt_full_name(entry, arabic)
    found, house = (full, entry.ar[0]) if full else (misspelt_surname(entry, arabic), entry.ar[0].split()[-1])
    if found is None:
        return None
    segment, start, end = found
    if any(m.entry.id != entry.id and m.start < end and start < m.end for m in ctx.glossary.find(segment.text, "ar")):
        return None
    message = (
        f"{entry.en} is written «{segment.text[start:end]}» in the Arabic, a form the glossary does not list: write «{house}»"
    )
    source, target = ctx.by_role(span(segment, start, end), english)
    return Hit(message, source=source, target=target, suggestion=house)


def mixed_form_present(entry: GlossaryEntry, arabic: tuple[Segment, ...]) -> bool:
    """An Arabic form that holds Latin letters («مجموعة OCP») in the Arabic: the glossary's
    Arabic matcher reads Arabic letters only, so such a form is looked for whole here."""
    for form in entry.ar:
        if re.search(r"[A-Za-z]", form):
            pattern = re.compile(proclitic_pattern(normalize(form)) + r"(?![A-Za-z0-9])", re.IGNORECASE)
            if any(pattern.search(normalize(segment.text)) for segment in arabic):
                return True
    return False


def surname_romanised(entry: GlossaryEntry, arabic: tuple[Segment, ...]) -> bool:
    """For a person, an Arabic word romanised by the surname of the house form (Khattab,
    Tamim in Sheikh Tamim): news names a person by surname alone, and the glossary lists
    only forms it is sure of. Organisations and places need a listed form: «قوات الأمن»
    is not «قوات سوريا الديمقراطية», and «الدولة» is not Islamic State."""
    if entry.type != "person":
        return False
    found = arabic_word_romanised_by(arabic, [core_of((entry.short or entry.en).split()[-1])])
    return found is not None and not _listed_word_respelt(entry, found[0].text[found[1] : found[2]])


def _listed_word_respelt(entry: GlossaryEntry, word: str) -> bool:
    """`word` has the consonants of a word the entry lists but other letters: the listed
    surname written otherwise, romanised back from the English (Kocabas, «كوكاباس», for the
    listed «قوجاباش»), not a short form the glossary leaves out."""
    listed = {normalize(w) for form in entry.ar for w in form.split()}
    stems = {normalize(word), *proclitic_stems(normalize(word))}
    if stems & listed:
        return False
    return any(arabic_skeletons(stem) & arabic_skeletons(w) for stem in stems for w in listed if len(w) >= 4)


def unlisted_arabic_hit(entry: GlossaryEntry, english: Span, written: Span | None, house: str | None = None) -> Hit:
    """N103 in an Arabic translation: the name `written` in a form the glossary does not
    list, or (None) not written at all; `house`, the listed form to write (the first)."""
    arabic_form = house or entry.ar[0]
    if written is None:
        message = f"{entry.en} is in the English but not in the Arabic: add «{arabic_form}» or confirm the rewording"
        return Hit(message, source=english, suggestion=arabic_form)
    message = f"{entry.en} is written «{written.text}» in the Arabic, a form the glossary does not list: write «{arabic_form}»"
    return Hit(message, source=english, target=written, suggestion=arabic_form)
