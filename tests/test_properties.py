"""Property-based tests: every matcher and parser that reads article text, on text
it was never tuned to (issue #11). They assert no exception and sane spans: offsets
inside the text, and evidence equal to the text at those offsets.

The default profile keeps the suite quick; `HYPOTHESIS_PROFILE=long` runs deeper.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqa.align.bilingual import align_sentences
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary, GlossaryEntry, GlossaryMatch
from tqa.glossary.suggest import mine_name_pairs
from tqa.lang.ar import PROCLITICS
from tqa.model import AlignedDocument, Article, Bead, Segment
from tqa.text.bearings import bears_on
from tqa.text.dates import date_names
from tqa.text.directions import directions
from tqa.text.names import arabic_word_romanised_by, find_unlisted_spelling, name_words, spellings_in
from tqa.text.numbers import quantities
from tqa.text.segment import split_sentences
from tqa.text.skeletons import arabic_skeletons, latin_matches_arabic, latin_skeleton, romanisation_fit
from tqa.text.translit import same_name, translit_key

# The slow properties (the aligner, name mining) run half as many examples, in either profile.
FEWER = settings(max_examples=max(30, settings.default.max_examples // 2))

ROOT = Path(__file__).resolve().parent.parent
HOUSE = load_glossaries([ROOT / "glossaries" / "syria.yaml"])

# Latin and Arabic punctuation a glossary form can stand next to.
PUNCTUATION = (".", ",", ";", ":", "!", "?", '"', "'", "«", "»", "(", ")", "،", "؛", "؟", "—", "…", "-", "’", "“", "”")
# Proclitics as written, not normalised: the article keeps its alef (وال), and ل + ال is لل.
CLITICS = ("", "و", "ب", "ل", "ك", "ف", "ال", "وال", "بال", "لل", "ولل", "فال")
EN_FRAMES = ("{} said.", "The delegation arrived in {}", "Officials met {} on Sunday.", "{}")
AR_FRAMES = ("قال {} إن الوضع هادئ.", "وصل الوفد إلى {}", "التقى المسؤولون {} يوم الأحد.", "{}")


def _assert_sane(text: str, matches: list[GlossaryMatch]) -> None:
    for m in matches:
        assert 0 <= m.start < m.end <= len(text), (text, m)
        assert m.text == text[m.start : m.end], (text, m)


def _placements(form: str, frames: tuple[str, ...], clitics: tuple[str, ...]) -> list[str]:
    """`form` at the start, middle and end of a sentence, glued to every mark on either side."""
    texts = []
    for clitic in clitics:
        word = clitic + form
        for frame in frames:
            texts.append(frame.format(word))
            for mark in PUNCTUATION:
                texts.append(frame.format(mark + word))
                texts.append(frame.format(word + mark))
                texts.append(frame.format(f"{mark}{word}{mark}"))
    return texts


def test_known_crash_form_one_word_shorter_at_sentence_end() -> None:
    """Deir ez-Zor with Deir Ezzor forbidden: the two-word form at the end of a sentence
    once made the three-word lookup read past the last word (IndexError)."""
    english = "The delegation arrived in Deir Ezzor."
    [match] = HOUSE.find(english, "en")
    assert (match.entry.id, match.kind, match.text) == ("deir-ez-zor", "forbidden", "Deir Ezzor")
    for arabic in ("وصل الوفد إلى دير الزور.", "وصل الوفد إلى دير"):
        _assert_sane(arabic, HOUSE.find(arabic, "ar"))
    glossary = Glossary([GlossaryEntry("x", "person", "Abu Mohammed al-Jolani", ("أبو محمد الجولاني", "أبو محمد"))])
    for text in ("قال أبو محمد", "قال أبو محمد.", "قال أبو"):
        _assert_sane(text, glossary.find(text, "ar"))


def test_every_house_form_in_every_position() -> None:
    """Each form of the house glossary, English and Arabic, at the start, middle and end
    of a sentence, next to every punctuation mark, with and without proclitics."""
    for entry in HOUSE.entries:
        for form in (entry.en, *(f for f in (entry.short,) if f), *entry.variants, *entry.forbidden):
            for text in _placements(form, EN_FRAMES, ("",)):
                _assert_sane(text, HOUSE.find(text, "en"))
                _assert_sane(text, HOUSE.find_surnames(text, "en"))
        for form in entry.ar:
            for text in _placements(form, AR_FRAMES, CLITICS):
                found = HOUSE.find(text, "ar")
                _assert_sane(text, found)
                _assert_sane(text, HOUSE.find_surnames(text, "ar"))
                assert any(m.entry.id == entry.id or len(m.form.split()) > len(form.split()) for m in found) or not found, text


# --- random glossaries ---------------------------------------------------------

# Few words, so that random forms share first words and differ by one word in length:
# the shape that crashed the matchers.
EN_WORDS = (
    "Deir",
    "ez-Zor",
    "Ezzor",
    "al-Assad",
    "Bashar",
    "Abu",
    "Mohammed",
    "Erdoğan",
    "Erdogan",
    "O'Neil",
    "Hay'at",
    "the",
    "al",
)
AR_WORDS = ("دير", "الزور", "أبو", "محمد", "الأسد", "بشار", "أردوغان", "إردوغان", "ال", "و", "بيسكوف", "لافروف")

en_form = st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=4).map(" ".join)
ar_form = st.lists(st.sampled_from(AR_WORDS), min_size=1, max_size=4).map(" ".join)


@st.composite
def glossaries(draw: st.DrawFn) -> Glossary:
    entries = []
    for n in range(draw(st.integers(1, 5))):
        entries.append(
            GlossaryEntry(
                id=f"e{n}",
                type=draw(st.sampled_from(("person", "place", "organisation", "term"))),
                en=draw(en_form),
                ar=tuple(draw(st.lists(ar_form, max_size=3))),
                variants=tuple(draw(st.lists(en_form, max_size=2))),
                forbidden=tuple(draw(st.lists(en_form, max_size=2))),
                short=draw(st.none() | en_form),
            )
        )
    return Glossary(entries)


glue = st.sampled_from((" ", "  ", "", "\n", *PUNCTUATION, *(p + " " for p in PUNCTUATION), " " + "«", "» "))


@st.composite
def texts(draw: st.DrawFn, words: tuple[str, ...], extra: st.SearchStrategy[str]) -> str:
    parts = draw(st.lists(st.sampled_from(words) | extra, max_size=12))
    out = ""
    for part in parts:
        clitic = draw(st.sampled_from(CLITICS)) if words is AR_WORDS else ""
        out += draw(glue) + clitic + part
    return out + draw(glue)


noise = st.text(max_size=8)


@given(glossaries(), texts(EN_WORDS, noise))
def test_random_glossary_english(glossary: Glossary, text: str) -> None:
    _assert_sane(text, glossary.find(text, "en"))
    _assert_sane(text, glossary.find_surnames(text, "en"))


@given(glossaries(), texts(AR_WORDS, noise))
def test_random_glossary_arabic(glossary: Glossary, text: str) -> None:
    _assert_sane(text, glossary.find(text, "ar"))
    _assert_sane(text, glossary.find_surnames(text, "ar"))


@given(st.text(max_size=60))
def test_house_glossary_on_any_text(text: str) -> None:
    for lang in ("en", "ar"):
        _assert_sane(text, HOUSE.find(text, lang))  # type: ignore[arg-type]
        _assert_sane(text, HOUSE.find_surnames(text, lang))  # type: ignore[arg-type]


# --- numbers, dates, segments, names ---------------------------------------------

NUMBER_WORDS = (
    "1",
    "11,800",
    "4.5",
    "20.000",
    "$6bn",
    "6 billion",
    "1.2 million",
    "per cent",
    "%",
    "٪",
    "١٤٤٦",
    "۱۴۴۶",
    "٤٫٥",
    "١١٬٨٠٠",
    "ألف",
    "الألف",
    "آلاف",
    "ألفين",
    "مليون",
    "مليار",
    "مليوناً",
    "هـ",
    "AH",
    "Ramadan",
    "شعبان",
    "رمضان",
    "thousand",
    "one",
    "twenty",
    "مئة",
    "نصف",
    "ثلاثة",
    "k",
    "m",
    "bn",
    "http://x.com/12",
    "2025",
    "٢٠٢٥",
    "May",
    "ماي",
    "أيار",
    "Sunday",
    "الأحد",
    "يونيو",
    "March",
    "Jun.",
    "يناير",
    "غشت",
    "شتنبر",
    "the",
    "و",
    "في",
)
any_text = texts(NUMBER_WORDS, noise)


@given(any_text, st.sampled_from(("ar", "en")))
def test_quantities_spans(text: str, lang: str) -> None:
    for q in quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text), (text, q)
        assert q.text == text[q.start : q.end]


@given(any_text, st.sampled_from(("ar", "en")))
def test_date_names_spans(text: str, lang: str) -> None:
    for d in date_names(text, lang):
        assert 0 <= d.start < d.end <= len(text), (text, d)
        assert d.text == text[d.start : d.end]
        assert 1 <= d.number <= (12 if d.kind == "month" else 7)


DIRECTION_WORDS = (
    "north", "North", "northern", "north-east", "south-western", "of", "the", "city", "Amman's", "Deir", "ez-Zor",
    "شمال", "جنوب", "الشمالية", "الغربي", "شمال شرق", "شماله", "شمالاً", "الرمثا", "عمّان", "مدينة", "ريف", "حلب", "،", "'s",
)


@given(texts(DIRECTION_WORDS, noise), st.sampled_from(("ar", "en")))
def test_directions_and_the_places_they_bear_on_are_in_the_text(text: str, lang: str) -> None:
    for direction in directions(text, lang):
        assert 0 <= direction.start < direction.end <= len(text) and direction.text == text[direction.start : direction.end]
        for place in bears_on(text, direction):  # one or two words, as written (spaces aside)
            assert place.strip() and " ".join(place.split()) in " ".join(text.split()), (text, direction, place)


@given(texts(NUMBER_WORDS + EN_WORDS + AR_WORDS, noise), st.sampled_from(("ar", "en")))
def test_split_sentences_keeps_every_character(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)  # type: ignore[arg-type]
    assert all(s.strip() for s in sentences)
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


latin_word = st.text(alphabet=st.characters(codec="latin-1") | st.sampled_from("ğşçıİ'’-ʿ "), max_size=14)
arabic_word = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" ـ"), max_size=10)


@given(latin_word, latin_word, arabic_word)
def test_transliteration_key_never_fails(a: str, b: str, arabic: str) -> None:
    assert isinstance(translit_key(a), str)
    assert same_name(a, b) == same_name(b, a)
    latin_skeleton(a)
    arabic_skeletons(arabic)
    latin_matches_arabic(a, arabic)
    romanisation_fit(a, arabic)


sentence = texts(EN_WORDS + NUMBER_WORDS + AR_WORDS, noise)


@given(st.lists(sentence, max_size=8), st.lists(sentence, max_size=8), st.sampled_from((("ar", "en"), ("en", "ar"))))
@FEWER
def test_aligner_covers_every_sentence_once(source: list[str], target: list[str], langs: tuple[str, str]) -> None:
    beads = align_sentences(source, target, *langs)
    assert [i for b in beads for i in b.source] == list(range(len(source)))
    assert [j for b in beads for j in b.target] == list(range(len(target)))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def _article(sentences: list[str], lang: str) -> Article:
    return Article("<test>", lang, "txt", tuple(Segment(i, 0, s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]


@given(st.lists(texts(EN_WORDS, noise), min_size=1, max_size=3), st.lists(texts(AR_WORDS, noise), min_size=1, max_size=3))
@FEWER
def test_name_extraction_spans(english: list[str], arabic: list[str]) -> None:
    en, ar = _article(english, "en"), _article(arabic, "ar")
    for word in name_words(en.segments):
        assert 0 <= word.start < word.end <= len(word.segment.text)
    for spelling in spellings_in(en.segments, set()):
        assert all(w.text == w.segment.text[w.start : w.end] for w in spelling.words)
    for entry in HOUSE.entries[:12]:
        found = find_unlisted_spelling(en.segments, entry)
        if found is not None:
            segment, start, end, _ = found
            assert 0 <= start < end <= len(segment.text)
    hit = arabic_word_romanised_by(ar.segments, ["Bashar", "Deir", "Sharaa"])
    if hit is not None:
        assert 0 <= hit[1] < hit[2] <= len(hit[0].text)
    doc = AlignedDocument(ar, en, (Bead(tuple(range(len(arabic))), tuple(range(len(english)))),))
    for pair in mine_name_pairs(doc, HOUSE):
        assert pair.arabic == pair.arabic_segment.text[pair.arabic_start : pair.arabic_end]
        assert 0 <= pair.arabic_start < pair.arabic_end <= len(pair.arabic_segment.text)
        assert pair.english.text == pair.english.segment.text[pair.english.start : pair.english.end]


@pytest.mark.parametrize("clitic", [c for c in PROCLITICS if "ا" not in c])
def test_clitic_before_house_name_is_found(clitic: str) -> None:
    text = f"قال {clitic}بشار الأسد."
    assert [m.entry.id for m in HOUSE.find(text, "ar")] == ["bashar-al-assad"]
