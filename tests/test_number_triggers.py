"""The pre-tests that skip a reader on a sentence that cannot hold what it reads
(tqa.text.numbers.triggers: numbers, measures, units.measure_after, dates, the number
anchors) change no reading: each reader with its pre-test reads what it reads without,
on every word of its tables (with the clitics, cases and digits a writer adds) and on
random and real sentences."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tqa.text.numbers as numbers
from tqa.lang import ar, en
from tqa.model import Lang
from tqa.text import dates, evidence
from tqa.text.numbers import arabic, arabic_words, duals, english, measures, shares, triggers, units
from tqa.text.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
_ALWAYS = re.compile("")


def _quantities(text: str, lang: str) -> tuple[numbers.Quantity, ...]:
    return numbers._quantities.__wrapped__(text, lang)


def _readings(text: str, lang: str) -> tuple[object, ...]:
    found_dates = dates._date_names.__wrapped__(text, lang)
    return (_quantities(text, lang), measures._measures.__wrapped__(text, lang), found_dates, evidence.number_anchors(text))


def _without_pretests(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> tuple[object, ...]:
    with monkeypatch.context() as patched:
        for module in (arabic, english, duals, measures, shares, dates):
            for name in ("has_digit", "has_latin_word", "has_arabic_word_ending"):
                if hasattr(module, name):
                    patched.setattr(module, name, lambda *_: True)
        patched.setattr(units, "_ANY", {"ar": _ALWAYS, "en": _ALWAYS})
        patched.setattr(evidence, "has_digit", lambda *_: True)
        return _readings(text, lang)


def _agree(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    assert _readings(text, lang) == _without_pretests(monkeypatch, text, lang), text


def test_odd_case_letters_are_all_that_ignorecase_reads_as_latin() -> None:
    latin = re.compile("(?i)[a-z]|" + "|".join(string.ascii_lowercase))
    odd = "".join(ch for ch in map(chr, range(128, 0x110000)) if latin.fullmatch(ch))
    assert odd == "".join(sorted(triggers.ODD_CASE_LETTERS))


def _arabic_forms(word: str) -> Iterator[str]:
    for before in ("", "و", "ب", "ال", "وال", "لل"):
        yield f"قال {before}{word} اليوم"
    yield f"{word}"


def _arabic_table_words() -> list[str]:
    tables: list[Iterable[str]] = [arabic_words.AR_UNITS, arabic_words.AR_ARTICLE_UNITS, ar.TEEN_UNITS, ar.SCALES, ar.DEFINITE_SCALES]
    tables += [duals.DUALS, duals.SINGULARS, measures._AR_UNITS, ar.MONTHS, ar.WEEKDAYS, shares._AR_WORDS]
    tables += [["ضاعف", "تضاعفت", "يضاعفوا", "الضعف", "مناصفه", "بالتساوي", "الساعه"]]
    return sorted({w for table in tables for w in table})


@pytest.mark.parametrize("word", _arabic_table_words())
def test_every_arabic_table_word_is_a_maybe(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _arabic_forms(word):
        _agree(monkeypatch, text, "ar")
    for text in (
        f"بين {word} و{word}",
        f"{word} عشرة",
        f"{word} مليون",
        f"٣ {word} ونصف",
        f"{word} في المئة",
        f"بنحو {word} السكان",
        f"على مدار {word}",
    ):
        _agree(monkeypatch, text, "ar")


_ENGLISH_WORDS = sorted(
    {*english.NUMBER_WORDS, *en.SCALE_WORDS, *measures._EN_UNITS, *shares._EN_WORDS, "dozen", "fifty", "clock"}
)
_ENGLISH_WORDS += [stem + ending for stem in shares._EN_CHANGES for ending in shares._EN_CHANGE_ENDINGS]
_ENGLISH_WORDS += [*en.MONTHS, *en.MONTH_ABBREVIATIONS, *en.WEEKDAYS]


@pytest.mark.parametrize("word", _ENGLISH_WORDS)
def test_every_english_table_word_is_a_maybe(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for form in (word, word.upper(), word.title(), word + "s", word.replace("i", "ı"), word.replace("s", "ſ")):
        for text in (
            f"It was {form}.",
            f"{form} million people",
            f"one and a half {form}",
            f"{form}-day talks",
            f"On {form} 3",
            f"fell by {form} of it",
        ):
            _agree(monkeypatch, text, "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("قُتل ٣ أشخاص و١٢ جريحاً", "ar"),
        ("قتل ۳ أشخاص", "ar"),
        ("½ of them", "en"),
        ("ارتفعت بنسبة ٢٥٪ خلال ساعتين", "ar"),
        ("a dozen times in 45C heat and 12 km", "en"),
        ("وصل إلى ١٢ كيلومتراً مربعاً و٣ أطنان", "ar"),
        ("prices rose by a third over two-and-a-half years", "en"),
        ("بين متر ومترين، من يوم إلى يومين، ساعة أو ساعتين، بين ميل وميلان وبين طن وطنين", "ar"),
        ("خمسة وعشرين وزيراً في الذكرى الخامسة والعشرين، في الخمسين من العمر، خمسة عشر، والواحد في المئة", "ar"),
        ("a Fifty-fifty joint venture worked round the clock as exports doubled", "en"),
        ("مشروع مشترك مناصفةً يعمل على مدار الساعة وتضاعفت صادراته إلى الضعف", "ar"),
    ],
)
def test_figures_and_fractions(text: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _agree(monkeypatch, text, lang)


_AR_VOCAB = [*_arabic_table_words()[::3], "في", "من", "الي", "نصف", "ربع", "ثلث", "الساعة", "مدار", "قال", "ال", "و", "٪"]
_AR_VOCAB += ["تضاعف", "ضاعفت", "يتضاعفوا", "الضعف", "بالضعف", "مناصفة", "بالتساوي", "على مدار الساعة", "بنسبة", "شكلت"]
_EN_VOCAB = [*_ENGLISH_WORDS[::2], "a", "an", "and", "of", "the", "round", "clock", "per", "cent", "%", "$", "-", "km", "by"]
_EN_VOCAB += ["doubled", "Halving", "tripled", "fifty-fifty", "50-50", "around the clock", "two-thirds", "a quarter of", "nearly"]


def _sentences(vocabulary: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from(vocabulary), st.integers(0, 3000).map(str), st.sampled_from(["٣", "١٢٫٥", ",", ".", "(", "/"])
    )
    return st.lists(pieces, min_size=1, max_size=12).map(" ".join)


@given(_sentences(_AR_VOCAB))
def test_random_arabic_sentences(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _agree(monkeypatch, text, "ar")


@given(_sentences(_EN_VOCAB))
def test_random_english_sentences(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _agree(monkeypatch, text, "en")


def _real_sentences() -> Iterator[tuple[str, Lang]]:
    lang: Lang
    for path in sorted([*ROOT.glob("samples/*.md"), *ROOT.glob("tests/articles/**/*.txt"), *ROOT.glob("tests/articles/**/*.md")]):
        text = path.read_text(encoding="utf-8")
        lang = "ar" if ar.is_arabic_text(text) else "en"
        for line in text.splitlines():
            yield from ((sentence, lang) for sentence in split_sentences(line, lang))


def test_real_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = list(_real_sentences())
    assert len(sentences) > 200
    for text, lang in sentences:
        _agree(monkeypatch, text, lang)
