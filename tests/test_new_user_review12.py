"""Misses a new user's articles showed (review 12, 2026-12-02), each fixed as a general rule
and tested here on new invented sentences: a misspelt full name in an opening sentence
whose surname a later sentence spells right (N103); a dropped article inside a compound
name, Abu al- or Abd al- (N101); a cardinal after the definite noun it counts (D201);
fractions written as words on both sides (D203)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example
from tqa.glossary.model import Glossary
from tqa.text.numbers import quantities
from tqa.text.numbers.measures import measures

# --- 1. A misspelt full name, the surname right in a later sentence (en-ar) -----------

_HADDAD = [{"id": "nabil-qassar", "type": "person", "en": "Nabil Qassar", "short": "Qassar", "ar": ["نبيل القصار", "القصار"]}]
_EN_HADDAD = "Transport Minister Nabil Qassar opened the new bus station on Sunday.\n\nQassar later met the drivers."


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # The opening sentence misspells the name; the next paragraph spells the surname right.
        ("افتتح وزير النقل نبيل القصاد محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", True),
        # The same, with the surname right in the same paragraph: not a name moved there.
        ("افتتح وزير النقل نبيل القصاد محطة الحافلات الجديدة يوم الأحد. والتقى القصار لاحقاً السائقين.", True),
        # The article left out of the name: another spelling of it.
        ("افتتح وزير النقل نبيل قصار محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", True),
        # Spelt right both times.
        ("افتتح وزير النقل نبيل القصار محطة الحافلات الجديدة يوم الأحد.\n\nوالتقى القصار لاحقاً السائقين.", False),
    ],
)
def test_a_misspelt_first_mention_is_not_hidden_by_a_later_right_one(tmp_path: Path, ar: str, fails: bool) -> None:
    example = Example(ar=ar, en=_EN_HADDAD, fails=fails, direction="en-ar")
    messages = fired(BY_CODE["N103"], example, desk_glossary(tmp_path, _HADDAD))
    assert bool(messages) is fails
    assert not fails or all("نبيل القصار" in m for m in messages)


def test_a_name_moved_to_the_next_sentence_is_still_there(tmp_path: Path) -> None:
    """The person named whole in the Arabic's next sentence, as the English moved it: no finding."""
    ar = "افتُتحت محطة الحافلات الجديدة يوم الأحد. وقال نبيل القصار إنها ستخدم ألف راكب."
    en = "Nabil Qassar opened the new bus station on Sunday. He said it would serve a thousand passengers."
    example = Example(ar=ar, en=en, fails=False, direction="en-ar")
    assert not fired(BY_CODE["N103"], example, desk_glossary(tmp_path, _HADDAD))


# --- 2. A dropped article inside a compound name (Abu al-, Abd al-) ----------------------

_ABU = [
    {"id": "samir-abu-al-hassan", "type": "person", "en": "Samir Abu al-Hassan", "short": "Abu al-Hassan", "ar": ["سمير أبو الحسن"]},
    {"id": "huda-abd-al-karim", "type": "person", "en": "Huda Abd al-Karim", "ar": ["هدى عبد الكريم"]},
]


def _glossary(tmp_path: Path) -> Glossary:
    return desk_glossary(tmp_path, _ABU)


@pytest.mark.parametrize(
    ("ar", "en", "written", "house"),
    [
        ("افتتح المدير سمير أبو الحسن المعرض.", "Director Samir Abu Hassan opened the exhibition.", "Samir Abu Hassan", "Samir Abu al-Hassan"),
        ("وقال أبو الحسن إن المعرض نجح.", "Abu Hassan said the exhibition had succeeded.", "Abu Hassan", "Abu al-Hassan"),
        ("قالت هدى عبد الكريم إن العمل بدأ.", "Huda Abd Karim said work had begun.", "Huda Abd Karim", "Huda Abd al-Karim"),
    ],
)
def test_a_dropped_inner_article_is_a_variant(tmp_path: Path, ar: str, en: str, written: str, house: str) -> None:
    messages = fired(BY_CODE["N101"], Example(ar=ar, en=en, fails=True), _glossary(tmp_path))
    assert len(messages) == 1
    assert messages[0].startswith(f"«{written}» is not house style") and messages[0].endswith(f"write «{house}»")


@pytest.mark.parametrize(
    "en",
    [
        "Director Samir Abu al-Hassan opened the exhibition.",
        "Director Samir Abu Al-Hassan opened the exhibition.",
        # Not the name: another person's Hassan, with no Abu before it.
        "Director Samir Hassan opened the exhibition.",
    ],
)
def test_the_inner_article_written_or_another_name(tmp_path: Path, en: str) -> None:
    example = Example(ar="افتتح المدير سمير أبو الحسن المعرض.", en=en, fails=False)
    assert not fired(BY_CODE["N101"], example, _glossary(tmp_path))


# --- 3. A cardinal after the definite noun it counts --------------------------------------


@pytest.mark.parametrize(
    ("ar", "value", "soft"),
    [
        # After a possessive pronoun: as definite as «ثلاثة من أبنائه».
        ("عاد المزارع مع أبنائه وبناته الأربع إلى القرية.", 4.0, False),
        ("وصل الوزير مع مستشاريه الخمسة.", 5.0, False),
        ("قالت إن أشقاءها الثلاثة يعملون في الميناء.", 3.0, False),
        # After the article: a known group, read soft (it answers the English "six").
        ("وقّعت الدول الست الاتفاق أمس.", 6.0, True),
        ("ووزعت المساعدات على العائلات العشر في الحي.", 10.0, True),
    ],
)
def test_a_cardinal_after_its_definite_noun_is_a_count(ar: str, value: float, soft: bool) -> None:
    assert [(q.value, q.soft) for q in quantities(ar, "ar")] == [(value, soft)]


@pytest.mark.parametrize(
    "ar",
    [
        "وصل الثلاثة إلى الفندق.",  # a verb before it: "the three arrived"
        "صدّرت المصفاة خلال الأشهر التسعة الأولى من العام ديزلاً.",  # a period, which dates may give
        "ارتفع عدد الزوار بنسبة الخمس.",  # a fifth after بنسبة (ة folded to ه is no pronoun)
        "احتفلت المدينة بالذكرى الخامسة والعشرين.",  # an ordinal compound, read whole
    ],
)
def test_no_count_where_the_word_before_is_no_definite_noun(ar: str) -> None:
    assert not [q for q in quantities(ar, "ar") if not q.soft and q.value < 20]


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("قالت: «وصلت مع إخوتي الأربعة».", '"I arrived with my three brothers," she said.', True),
        ("قالت: «وصلت مع إخوتي الأربعة».", '"I arrived with my four brothers," she said.', False),
        ("وقّعت الدول الست الاتفاق أمس.", "The six countries signed the agreement yesterday.", False),
        ("وقّعت الدول الست الاتفاق أمس.", "The countries signed the agreement yesterday.", False),
        # Against a figure it is read as any soft number word: "6" is there.
        ("وقّعت الدول الست الاتفاق أمس.", "All 6 countries signed the agreement yesterday.", False),
    ],
)
def test_a_changed_count_after_its_noun_is_reported(ar: str, en: str, fails: bool) -> None:
    example = Example(ar=ar, en=en, fails=fails)
    assert bool(fired(BY_CODE["D201"], example) + fired(BY_CODE["D203"], example)) is fails


# --- 4. Fractions written as words on both sides ------------------------------------------


@pytest.mark.parametrize(
    ("ar", "value"),
    [
        ("تراجعت الصادرات بنسبة الخُمس.", 20.0),
        ("انخفض الإنتاج بمقدار العشر.", 10.0),
        ("استحوذت الشركة على ثلثي حصة السوق.", 200 / 3),
        ("يشكل الشباب نحو ربع سكان المدينة.", 25.0),
    ],
)
def test_fraction_words_read_as_shares(ar: str, value: float) -> None:
    assert [round(m.value, 3) for m in measures(ar, "ar") if m.dimension == "share"] == [round(value, 3)]


@pytest.mark.parametrize(
    "ar",
    [
        "أمضى خمس سنوات في المدينة.",  # five years: a cardinal, not a fifth
        "قتل خمس الجنود في الهجوم.",  # five or a fifth of the soldiers: read neither way
    ],
)
def test_five_and_ten_are_no_fractions_without_a_word_of_amount(ar: str) -> None:
    assert not [m for m in measures(ar, "ar") if m.dimension == "share"]


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("تراجعت الصادرات بنسبة الخُمس.", "Exports fell by a quarter.", True),
        ("تراجعت الصادرات بنسبة الخُمس.", "Exports fell by a fifth.", False),
        ("تراجعت الصادرات بنسبة الخُمس.", "Exports fell by 20%.", False),
        # Both approximate, and another fraction: a share changed all the same.
        ("استحوذت الشركة على نحو ثلثي حصة السوق.", "The company took about a third of the market.", True),
        ("استحوذت الشركة على نحو ثلثي حصة السوق.", "The company took about two-thirds of the market.", False),
        # A fraction word against an approximate figure: the rounding rule's leeway, as before.
        ("استحوذت الشركة على نحو ثلث حصة السوق.", "The company took about 30% of the market.", False),
    ],
)
def test_a_fraction_changed_in_words(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=fails))) is fails


# --- 5. An ordinal of two words against an English ordinal in figures --------------------


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("افتتح المهرجان دورته الحادية والثلاثين مساء السبت.", "The festival opened its 32nd edition on Saturday evening.", True),
        ("افتتح المهرجان دورته الحادية والثلاثين مساء السبت.", "The festival opened its 31st edition on Saturday evening.", False),
        ("احتفلت الجامعة بالذكرى الخامسة عشرة لتأسيسها.", "The university marked its 16th anniversary.", True),
        # A one-word ordinal is as often grammar or a clock's hour: left soft, as before.
        ("افتتح المهرجان دورته الرابعة مساء السبت.", "The festival opened its 5th edition on Saturday evening.", False),
        # The ordinal dropped: soft on one side only, never reported alone.
        ("افتتح المهرجان دورته الحادية والثلاثين مساء السبت.", "The festival opened its latest edition on Saturday evening.", False),
    ],
)
def test_a_changed_ordinal_in_words_and_figures(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=fails))) is fails


# --- 6. The day of a Hijri date as an ordinal word; 7. "since January" ---------------------


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("صدر القرار في السابع من رجب ١٤٤٦ هـ.", "The decision was issued on 8 Rajab 1446 AH.", True),
        ("صدر القرار في السابع من رجب ١٤٤٦ هـ.", "The decision was issued on 7 Rajab 1446 AH.", False),
        ("صدر القرار في السابع من شعبان ١٤٤٦ هـ.", "The decision was issued on 9 Shaaban 1446 AH.", True),
    ],
)
def test_a_hijri_day_in_words_changed(ar: str, en: str, fails: bool) -> None:
    messages = fired(BY_CODE["D214"], Example(ar=ar, en=en, fails=fails))
    assert bool(messages) is fails
    assert all(m.startswith("The day of the Hijri date") for m in messages)
    assert not fired(BY_CODE["D202"], Example(ar=ar, en=en, fails=False))


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("وتراجعت الليرة بنحو ٤٪ منذ بداية العام.", "The lira has lost about 4% since January.", False),
        ("وتراجعت الليرة بنحو ٤٪ منذ مطلع السنة.", "The lira has lost about 4% since early January.", False),
        # Not the year so far: another month, a January with its year, or a January not after "since".
        ("وتراجعت الليرة بنحو ٤٪ منذ بداية العام.", "The lira has lost about 4% since February.", True),
        ("وتراجعت الليرة بنحو ٤٪ منذ بداية العام.", "The lira has lost about 4% since January 2023.", True),
        ("وتراجعت الليرة بنحو ٤٪ منذ بداية العام.", "The lira lost about 4% in January.", True),
    ],
)
def test_since_january_is_the_year_so_far(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["D213"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails


@pytest.mark.parametrize(
    ("ar", "fails"),
    [("وتراجعت الليرة بنحو ٤٪ منذ يناير.", False), ("وتراجعت الليرة بنحو ٤٪ منذ كانون الثاني.", False), ("وتراجعت الليرة بنحو ٤٪ في يناير.", True)],
)
def test_arabic_since_january_is_the_year_so_far(ar: str, fails: bool) -> None:
    example = Example(ar=ar, en="The lira has lost about 4% since the beginning of the year.", fails=fails)
    assert bool(fired(BY_CODE["D213"], example)) is fails
