"""Fixes drawn from the held-out pairs w55-w57, on invented sentences: an English
headline of dictionary words is not reported as a third language because langdetect,
given few function words, guesses French; a range of days under one month name («من 22
إلى 25 أكتوبر», "from October 22 to 25") gives both ends the month, so a changed first
day is a changed date (D215), not a figure left beside the other end (D203); a straight
quote left at a sentence's end goes to the next sentence when that one needs an opener, so
P501 blames the quotation whose closing mark was dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example
from tqa.text.segment import split_sentences

_AR = "عودة طوابير الوقود مع تأخر الشحنات. وقال السكان إنهم ينتظرون ساعات."


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        # langdetect alone: French at 0.9 or more; every common word is an English word.
        ("Petrol queues resume outside stations as diesel deliveries lag. Residents said they wait for hours.", False),
        ("Fuel queues resume in central districts as grain deliveries lag. Residents said they wait for hours.", False),
        # Real French still is: most of its words are no English words.
        ("Les files d'attente reprennent devant les stations faute de livraisons. Residents said they wait for hours.", True),
    ],
)
def test_headline_of_english_words_is_english(en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["U403"], Example(ar=_AR, en=en, fails=fails))) is fails


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        # One month name serves both ends of the range: the first day changed is a changed date.
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from March 15 to 18 in the old city.", True),
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from 15 to 18 March in the old city.", True),
        ("وتقام المعارض من 14 إلى 18 مارس في المدينة القديمة.", "The fairs run from March 14 to 18 in the old city.", False),
        ("وتقام المعارض بين 14 و18 مارس في المدينة القديمة.", "The fairs run between 14 and 18 March in the old city.", False),
    ],
)
def test_day_range_under_one_month(ar: str, en: str, fails: bool) -> None:
    example = Example(ar=ar, en=en, fails=fails)
    assert bool(fired(BY_CODE["D215"], example)) is fails
    # The first day is the date's, not a figure left over: no D203 "14 written 18".
    assert not fired(BY_CODE["D203"], example)


_UNCLOSED = (
    '"Orders fell by half this year, said Karim Haddad, a wholesaler in the old market. '
    '"Can we survive another season?" Haddad asked.'
)


def test_opening_quote_goes_to_the_sentence_that_closes_it() -> None:
    # The first quotation lost its closing mark; the second one's opener is not its closer.
    assert split_sentences(_UNCLOSED, "en") == [
        '"Orders fell by half this year, said Karim Haddad, a wholesaler in the old market.',
        '"Can we survive another season?" Haddad asked.',
    ]
    # A sloppy closing mark after a space stays when the next sentence needs no opener.
    sloppy = '"We will keep going in this direction. " Then the meeting ended.'
    assert split_sentences(sloppy, "en") == ['"We will keep going in this direction. "', "Then the meeting ended."]


def test_unclosed_quotation_is_blamed_before_its_attribution() -> None:
    ar = 'وقال كريم حداد، وهو تاجر جملة في السوق القديمة: "تراجعت الطلبات إلى النصف هذا العام". وتساءل حداد: "هل سننجو موسماً آخر؟"'
    hits = fired(BY_CODE["P501"], Example(ar=ar, en=_UNCLOSED, fails=True))
    assert len(hits) == 1
    assert "before «, said Karim Haddad»" in hits[0]


_AR_BODY = "ووقعت الحكومة العقد بقيمة 45 مليون ريال عماني، أي ما يعادل نحو 117 مليون دولار. وتبدأ الأعمال في الربيع."
_EN_BODY = "The government signed the contract, worth 45 million Omani rials (about $117m). Work starts in the spring."


@pytest.mark.parametrize(
    ("en_headline", "en_body", "fails"),
    [
        # The headline gives the dollar equivalent the body states beside the rials.
        ("Oman signs $117m deal to expand Sohar port", _EN_BODY, False),
        # Even when the English body lost the rials: the Arabic body equates the two.
        ("Oman signs $117m deal to expand Sohar port", _EN_BODY.replace("45 million Omani rials (about $117m)", "about $117m"), False),
        # A figure the body does not give beside the rials is a changed figure.
        ("Oman signs $150m deal to expand Sohar port", _EN_BODY, True),
    ],
)
def test_headline_gives_the_equivalent_the_body_states(en_headline: str, en_body: str, fails: bool) -> None:
    ar = f"عُمان توقع عقداً بقيمة 45 مليون ريال لتوسعة ميناء صحار\n\n{_AR_BODY}"
    assert bool(fired(BY_CODE["D203"], Example(ar=ar, en=f"{en_headline}\n\n{en_body}", fails=fails))) is fails


def test_headline_figure_with_no_equivalent_in_the_body() -> None:
    ar = "عُمان توقع عقداً بقيمة 45 مليون ريال لتوسعة ميناء صحار\n\n" + _AR_BODY.replace("، أي ما يعادل نحو 117 مليون دولار", "")
    en = "Oman signs $117m deal to expand Sohar port\n\n" + _EN_BODY.replace(" (about $117m)", "")
    assert fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=True))


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # The currency written once after the range is its first end's too: 0.6 dollars is 60 cents.
        ("وقد يتراوح سعر الكيلوواط ساعة بين 0.6 و0.9 دولار بحسب الموسم.", False),
        ("وقد يتراوح سعر الكيلوواط ساعة بين 0.7 و0.9 دولار بحسب الموسم.", True),
    ],
)
def test_money_range_shares_its_currency(ar: str, fails: bool) -> None:
    en = "A kilowatt hour could cost between 60 cents and $0.90, depending on the season."
    assert bool(fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=fails))) is fails


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # The accusative singular before "and a half" is one of its unit: a year and a half.
        ("ويتوقع المقاول أن يستغرق بناء الجسر عاماً ونصف العام.", False),
        ("ويتوقع المقاول أن يستغرق بناء الجسر عاماً ونصف.", False),
        ("ويتوقع المقاول أن يستغرق بناء الجسر شهراً ونصف الشهر.", True),
    ],
)
def test_accusative_unit_and_a_half(ar: str, fails: bool) -> None:
    en = "The contractor expects the bridge to take 18 months to build."
    found = fired(BY_CODE["D201"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))
    found += fired(BY_CODE["D203"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))
    assert bool(found) is fails


_DIRECTORATE = [{"id": "nineveh-health", "type": "organisation", "en": "Nineveh Health Directorate", "ar": ["مديرية صحة نينوى"]}]
_AR_DIRECTORATE = "وأعلنت مديرية صحة نينوى افتتاح مستشفى ميداني قرب الموصل.\n\nوقالت مديرية صحة نينوى إن المستشفى يضم خمسين سريراً."


@pytest.mark.parametrize(
    ("second", "fails"),
    [
        # Once named, a directorate is "the directorate", as a ministry is "the ministry".
        ("The directorate said the hospital has fifty beds.", False),
        ("Officials said the hospital has fifty beds.", True),
    ],
)
def test_directorate_referred_back_by_its_head(tmp_path: Path, second: str, fails: bool) -> None:
    en = f"The Nineveh Health Directorate opened a field hospital near Mosul.\n\n{second}"
    example = Example(ar=_AR_DIRECTORATE, en=en, fails=fails)
    assert bool(fired(BY_CODE["N103"], example, desk_glossary(tmp_path, _DIRECTORATE))) is fails


_AR_BAWAZIR = "وقال الباحث سالم باوزير إن الميناء يحتاج إلى رافعات. وأضاف باوزير أن التمويل متأخر."


@pytest.mark.parametrize(
    ("en", "fails"),
    [
        # A Hadrami family name with Ba written joined, then apart: one name two ways.
        ("Researcher Salem Bawazir said the port needs cranes. Ba Wazir added that funding was late.", True),
        ("Researcher Salem Ba Wazir said the port needs cranes. Ba Wazir added that funding was late.", False),
        # Ordinary words beginning with Ba pair with nothing.
        ("Researcher Salem Bawazir said the Basra port needs cranes. Bawazir added that the Bank was late.", False),
    ],
)
def test_ba_name_joined_and_apart(en: str, fails: bool) -> None:
    found = [m for m in fired(BY_CODE["N104"], Example(ar=_AR_BAWAZIR, en=en, fails=fails)) if "joined and apart" in m]
    assert bool(found) is fails


_EN_BOUALEM = "Analyst Karim Boualem said the mill would reopen. Boualem added that orders were rising."


@pytest.mark.parametrize(
    ("ar", "fails"),
    [
        # The Arabic translation writes the particle joined, then apart: one name two ways.
        ("وقال المحلل كريم بوعلام إن المصنع سيعيد فتح أبوابه. وأضاف بو علام أن الطلبات ترتفع.", True),
        ("وقال المحلل كريم بوعلام إن المصنع سيعيد فتح أبوابه. وأضاف بوعلام أن الطلبات ترتفع.", False),
        # Words that begin with the particle's letters pair with nothing written apart.
        ("وقال المحلل كريم بوعلام عند بوابة المصنع إنه سيعيد فتح أبوابه. وأضاف بوعلام أن الطلبات ترتفع.", False),
    ],
)
def test_arabic_particle_name_joined_and_apart(ar: str, fails: bool) -> None:
    found = [m for m in fired(BY_CODE["N104"], Example(ar=ar, en=_EN_BOUALEM, fails=fails, direction="en-ar")) if "joined and apart" in m]
    assert bool(found) is fails
