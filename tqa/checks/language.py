"""Language: text left in the source language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqa import patterns
from tqa.checks.base import Check, CheckContext, EachPair, EachSentence, Example, Hit, Pair, WholeArticle, span, whole
from tqa.checks.latin_words import (
    bracketed,
    dictionary_word,
    glossary_names_in_latin,
    lone_english_word,
    ordinary_title,
    ordinary_words,
)
from tqa.lang import ar
from tqa.model import Segment, Severity
from tqa.readers.langid import LANGUAGE_NAMES, detect_latin_language, script_of
from tqa.text.links import blank_code, blank_links

# A run of Arabic words (letters, marks, Arabic punctuation and spaces between them).
_ARABIC_RUN = patterns.compile(f'[{ar.SCRIPT_BLOCKS}]+(?:[\\s«»"“”]+[{ar.SCRIPT_BLOCKS}]+)*')
_ARABIC_LETTER = patterns.compile(f"[{ar.LETTERS}]")


def _untranslated_arabic(ctx: CheckContext) -> Iterator[Hit]:
    """Arabic script left in the English text.

    Why it matters: an English reader cannot read it; it is usually a phrase the
    translator skipped or page furniture pasted with the copy. Translate it, or
    transliterate a name in the house spelling.
    """
    for segment in ctx.english.segments:
        for match in _ARABIC_RUN.finditer(segment.text):
            if not _ARABIC_LETTER.search(match.group()):
                continue  # Arabic punctuation or digits alone are the numbers checks' business
            yield Hit(
                f"Arabic text left in the English: «{match.group()}»; translate it",
                *ctx.by_role(None, span(segment, match.start(), match.end())),
            )


UNTRANSLATED_ARABIC = Check(
    "U401",
    "untranslated-arabic",
    "untranslated",
    Severity.ERROR,
    WholeArticle(_untranslated_arabic),
    (
        Example(ar="أعلنت إدارة الموقع عن تحديث جديد.", en="The إدارة الموقع announced a new update.", fails=True),
        Example(ar="وقال الوزير: «سنعيد البناء».", en="The minister said: «سنعيد البناء».", fails=True),
        Example(ar="أعلنت الإدارة عن تحديث جديد.", en="The management announced a new update.", fails=False),
        Example(ar="ارتفع السعر إلى ٣٥ دولاراً.", en="The price rose to $35.", fails=False),
    ),
    needs_source=False,
)


# --- Latin left in an Arabic translation, and text in the wrong language ------

_LATIN_WORD = patterns.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*")
_LATIN_RUN = patterns.compile(
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*(?:[\s,;:]+[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)*"
)


def _untranslated_latin(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """Latin-script words left in an Arabic translation that are not names or acronyms.

    Why it matters: a lowercase English phrase inside Arabic copy is text the
    translator did not get to. Names (Reuters, NATO) and links are fine; the
    rest needs translating.
    """
    if ctx.translation.lang != "ar":
        return
    copies = {_folded(s.text) for s in pair.english}
    source_words = frozenset(w for s in pair.english for w in _LATIN_WORD.findall(s.text))
    for segment in pair.arabic:  # the translation: its language was checked above
        if _folded(segment.text) in copies:
            continue  # the whole source sentence copied: U404 says so once
        masked = blank_code(blank_links(segment.text))  # links and quoted code are in no language
        reported: list[tuple[int, int]] = []
        names = list(glossary_names_in_latin(ctx.glossary, masked))
        for match in _LATIN_RUN.finditer(masked):
            words = _LATIN_WORD.findall(match.group())
            if bracketed(masked, match.start(), match.end()):
                continue
            # A name of ordinary words that the glossary lists is reported below, with its Arabic form.
            title = ordinary_title(words) and not any(n.start < match.end() and match.start() < n.end for n in names)
            if ordinary_words(words) < 2 and not lone_english_word(masked, *match.span(), source_words) and not title:
                continue
            reported.append(match.span())
            yield Hit(
                message=f"English words left in the Arabic: «{match.group()}»; translate them",
                target=span(segment, match.start(), match.end()),
            )
        for name in names:
            if any(a <= name.start < b for a, b in reported):
                continue  # inside English words reported above
            yield Hit(
                message=f"«{segment.text[name.start : name.end]}» is left in English in the Arabic: write «{name.entry.ar[0]}»",
                target=span(segment, name.start, name.end),
                suggestion=name.entry.ar[0],
            )


def _wrong_language(ctx: CheckContext, segment: Segment) -> Iterator[Hit]:
    """A sentence of the translation is in neither language of the pair (left in
    French, pasted from another wire), judged only when long enough to be sure.

    Why it matters: readers of the English edition cannot read it. Script is
    checked first (exact); langdetect, seeded, is consulted only for Latin-script
    sentences of 40 letters or more and trusted only at 0.9 probability or more.
    """
    if script_of(segment.text) != "latin":
        return  # Arabic script: U401 reports it in English; it is the expected script in Arabic
    # Latin text in an Arabic translation that is English is U402's or U404's
    # business; here only a third language is reported, on either side.
    detected = detect_latin_language(segment.text, min_letters=40, min_probability=0.9)
    if detected is None or detected == "en" or _mostly_english_words(segment.text):
        return
    yield Hit(
        message=f"This sentence looks like {LANGUAGE_NAMES.get(detected, detected)}, not {LANGUAGE_NAMES[ctx.translation.lang]}; translate it",
        target=whole(segment),
    )


# A headline without articles ("Bread queues return to streets as deliveries lag") gives
# langdetect few function words, and it called one French at 0.9. A sentence of another
# language has few English dictionary words among its common words (French 1-4 in 10,
# Italian or German 0-2: «centrale», «pain», «die»); English has nearly all of them.
MIN_OTHER_SHARE = 0.5


def _mostly_english_words(text: str) -> bool:
    """Most of the sentence's lowercase words of three letters or more are English
    dictionary words: English, whatever langdetect makes of its few function words."""
    words = [w for w in _LATIN_WORD.findall(blank_links(text)) if w[:1].islower() and len(w) >= 3]
    foreign = sum(not dictionary_word(w) for w in words)
    return foreign < MIN_OTHER_SHARE * len(words)


def _same_as_source(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A sentence of the translation is its source sentence, copied unchanged.

    Why it matters: a copied sentence was never translated; the translator may
    have pasted the source to translate later. (In an English translation an
    Arabic sentence left as is is reported by U401 instead.)
    """
    if ctx.translation.lang != "ar" or len(pair.source) != 1 or len(pair.target) != 1:
        return
    source, target = pair.source[0], pair.target[0]
    if len(_LATIN_WORD.findall(source.text)) < 3:
        return  # a name or a link alone is the same in both languages
    if _folded(source.text) == _folded(target.text):
        yield Hit(
            message="This sentence is the source text copied unchanged; translate it", source=whole(source), target=whole(target)
        )


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


_EN_SOURCE = "The minister arrived in Damascus on Monday. He met the president for two hours. They discussed the reconstruction of the port."
_AR_TARGET = "وصل الوزير إلى دمشق يوم الاثنين. والتقى الرئيس لمدة ساعتين. وبحثا إعادة إعمار الميناء."
UNTRANSLATED_LATIN = Check(
    "U402",
    "untranslated-latin",
    "untranslated",
    Severity.ERROR,
    EachPair(_untranslated_latin),
    (
        Example(ar=_AR_TARGET.replace("لمدة ساعتين", "for two hours"), en=_EN_SOURCE, fails=True, direction="en-ar"),
        Example(
            ar=_AR_TARGET.replace("إعادة إعمار الميناء", "the reconstruction of the port"),
            en=_EN_SOURCE,
            fails=True,
            direction="en-ar",
        ),
        Example(ar=_AR_TARGET.replace("إعمار الميناء", "إعمار port"), en=_EN_SOURCE, fails=True, direction="en-ar"),
        Example(ar=_AR_TARGET.replace("الرئيس", "الرئيس (Reuters, NATO)"), en=_EN_SOURCE, fails=False, direction="en-ar"),
        Example(ar=_AR_TARGET, en=_EN_SOURCE, fails=False, direction="en-ar"),
    ),
    needs_source=False,
)
WRONG_LANGUAGE = Check(
    "U403",
    "wrong-language",
    "untranslated",
    Severity.ERROR,
    EachSentence(_wrong_language),
    (
        Example(
            ar="ستبقى الأوراق القديمة صالحة حتى نهاية العام. وبعد ذلك يمكن استبدالها في المصرف المركزي فقط.",
            en="Old notes will remain legal tender until the end of the year. La banque centrale sera alors le seul lieu d'échange des anciens billets.",
            fails=True,
        ),
        Example(
            ar="وصل الوفد إلى موسكو. وأكد الجانبان أهمية التعاون الاقتصادي بين البلدين في المرحلة المقبلة.",
            en="The delegation arrived in Moscow. Beide Seiten betonten die Bedeutung der wirtschaftlichen Zusammenarbeit zwischen den beiden Ländern.",
            fails=True,
        ),
        Example(
            ar="ستبقى الأوراق القديمة صالحة حتى نهاية العام. وبعد ذلك يمكن استبدالها في المصرف المركزي فقط.",
            en="Old notes will remain legal tender until the end of the year. After that they can only be exchanged at the Central Bank.",
            fails=False,
        ),
        Example(ar="التقى الرئيس أحمد الشرع بوتين.", en="President Ahmed al-Sharaa met Vladimir Putin.", fails=False),
        # A headline of English words that langdetect alone calls French.
        Example(
            ar="عودة طوابير الوقود في الأحياء الوسطى مع تأخر شحنات الحبوب",
            en="Fuel queues resume in central districts as grain deliveries lag",
            fails=False,
        ),
    ),
    needs_source=False,
)
SAME_AS_SOURCE = Check(
    "U404",
    "same-as-source",
    "untranslated",
    Severity.ERROR,
    EachPair(_same_as_source),
    (
        Example(
            ar=_AR_TARGET.replace("والتقى الرئيس لمدة ساعتين.", "He met the president for two hours."),
            en=_EN_SOURCE,
            fails=True,
            direction="en-ar",
        ),
        Example(
            ar="They discussed the reconstruction of the port.",
            en="They discussed the reconstruction of the port.",
            fails=True,
            direction="en-ar",
        ),
        Example(ar=_AR_TARGET, en=_EN_SOURCE, fails=False, direction="en-ar"),
    ),
)

CHECKS = (UNTRANSLATED_ARABIC, UNTRANSLATED_LATIN, WRONG_LANGUAGE, SAME_AS_SOURCE)
