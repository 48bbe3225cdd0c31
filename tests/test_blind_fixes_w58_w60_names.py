"""Fixes drawn from the held-out pairs w58-w60, on invented sentences: a translation may
give the gap between two figures instead of one of them ("four months ahead of
schedule" for «بدلاً من ٢٦ شهراً» beside the 22 both give), and the number checks leave
the two alone, while a gap that is no such distance, or that stands for another gap, is
still reported; a place or organisation named in full may be said again in short ("the
crossing" after "the Tinfou border crossing", "Ports figures" after "the Libya Ports
Authority"), and N103 leaves it alone, but not before the full name nor by a word that
says no more than its country or kind; a glossary name written whole with its particle
spaced otherwise is one finding (N103, which names the listed form), not two; an unlisted
name respelt in the Arabic by a long vowel that turns it into a word (الشامسي, الشمسي) or
after ل with the article written لل (السنيدار, للصنيدار) is two spellings (N106)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, desk_glossary, fired
from tqa.checks.base import Example

NUMBER_CODES = ("D201", "D202", "D203")


def _numbers(ar: str, en: str, direction: str) -> list[str]:
    example = Example(ar=ar, en=en, fails=False, direction=direction)
    return [f"{code} {message}" for code in NUMBER_CODES for message in fired(BY_CODE[code], example)]


@pytest.mark.parametrize(
    ("ar", "en", "direction", "fails"),
    [
        # The gap instead of the figure it replaces, marked by a comparison word after it or before it.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً كانت مقررة.", "The bridge opened after 18 months, six months ahead of schedule.", "ar-en", False),
        ("ارتفع عدد المدارس من ٤٠ إلى ٥٥ مدرسة.", "The number of schools rose by 15 to 55.", "ar-en", False),
        ("ضمت القافلة ٣٠ شاحنة، أي أقل بعشر شاحنات من المقرر.", "The convoy had 30 trucks instead of the planned 40.", "en-ar", False),
        # A gap that is not the distance between the two figures is a changed figure.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً كانت مقررة.", "The bridge opened after 18 months, five months ahead of schedule.", "ar-en", True),
        # A gap standing for another gap: «بمقدار ١٠» written "by 5" is changed, though 15 - 5 = 10.
        ("ارتفع عدد المدارس بمقدار ١٠ إلى ١٥ مدرسة.", "The number of schools rose by 5 to 15.", "ar-en", True),
        # No comparison word: a bare figure is never read as a gap.
        ("افتُتح الجسر بعد ١٨ شهراً بدلاً من ٢٤ شهراً.", "The bridge opened after 18 months instead of 6.", "ar-en", True),
    ],
)
def test_a_stated_difference_stands_for_its_figure(ar: str, en: str, direction: str, fails: bool) -> None:
    assert bool(_numbers(ar, en, direction)) is fails


_DESK = [
    {"id": "tinfou", "type": "place", "en": "Tinfou", "ar": ["تنفو"]},
    {"id": "ports-authority", "type": "organisation", "en": "Libya Ports Authority", "ar": ["هيئة الموانئ الليبية"]},
]
_AR_TINFOU = "افتُتح معبر تنفو الحدودي يوم الأحد. وقال مدير معبر تنفو إن الحركة زادت."
_AR_PORTS = "وقّعت هيئة الموانئ الليبية العقد يوم الأحد. وتُظهر أرقام هيئة الموانئ الليبية أن الحركة زادت."


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        # Named in full, then by the kind noun its first mention wrote beside it.
        (_AR_TINFOU, "The Tinfou border crossing opened on Sunday. The crossing's director said traffic had grown.", False),
        # Never named in full before: "the crossing" may be any crossing.
        (_AR_TINFOU, "A border crossing opened on Sunday. The crossing's director said traffic had grown.", True),
        # A noun its first mention did not write beside it says nothing of the place.
        (_AR_TINFOU, "The Tinfou border crossing opened on Sunday. The director said traffic had grown.", True),
        # An organisation named in full, then by the capitalised word that says which body.
        (_AR_PORTS, "The Libya Ports Authority signed the contract on Sunday. Ports figures show traffic grew.", False),
        # Its country or its head noun says neither which body it is.
        (_AR_PORTS, "The Libya Ports Authority signed the contract on Sunday. Libya figures show traffic grew.", True),
        (_AR_PORTS, "The Libya Ports Authority signed the contract on Sunday. The figures show traffic grew.", True),
    ],
)
def test_a_name_said_again_in_short(tmp_path: Path, ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N103"], Example(ar=ar, en=en, fails=fails), desk_glossary(tmp_path, _DESK))) is fails


def test_an_arabic_translation_says_the_kind_again(tmp_path: Path) -> None:
    en = "The Tinfou crossing opened on Sunday. The director of the Tinfou crossing said traffic had grown."
    said_again = "افتُتح معبر تنفو يوم الأحد. وقال مدير المعبر إن الحركة زادت."
    dropped = "افتُتح معبر يوم الأحد. وقال مدير المعبر إن الحركة زادت."
    glossary = desk_glossary(tmp_path, _DESK)
    assert not fired(BY_CODE["N103"], Example(ar=said_again, en=en, fails=False, direction="en-ar"), glossary)
    assert fired(BY_CODE["N103"], Example(ar=dropped, en=en, fails=True, direction="en-ar"), glossary)


_BOUZAYAN = [{"id": "bouzayan", "type": "person", "en": "Samira Hadi Bouzayan", "ar": ["سميرة هادي بوزيان"]}]
_EN_BOUZAYAN = (
    "Samira Hadi Bouzayan said the project was late. Bouzayan added that the funding had arrived. "
    "Bouzayan concluded that work had begun."
)


@pytest.mark.parametrize(
    ("ar", "n103", "n104"),
    [
        # The translation writes the glossary name whole with its particle apart: N103 names the listed form, once.
        ("قالت سميرة هادي بو زيان إن المشروع تأخر. وأضافت بوزيان أن التمويل وصل. وختمت بوزيان بالقول إن العمل بدأ.", True, False),
        # The surname alone written apart: no glossary form is written, N104 still compares.
        ("قالت سميرة هادي بوزيان إن المشروع تأخر. وأضافت بو زيان أن التمويل وصل. وختمت بوزيان بالقول إن العمل بدأ.", False, True),
    ],
)
def test_a_listed_name_spaced_otherwise_is_one_finding(tmp_path: Path, ar: str, n103: bool, n104: bool) -> None:
    glossary = desk_glossary(tmp_path, _BOUZAYAN)
    example = Example(ar=ar, en=_EN_BOUZAYAN, fails=True, direction="en-ar")
    assert bool(fired(BY_CODE["N103"], example, glossary)) is n103
    assert bool(fired(BY_CODE["N104"], example, glossary)) is n104


_EN_SHAMSI = "Breeder Hamad Ali Al Shamsi said the move was overdue. "
_AR_SHAMSI = "قال المربي حمد علي الشامسي إن الانتقال تأخر. "
_EN_SUNAIDAR = "Farmer Abdulwahab al-Sunaidar said coffee was back. For al-Sunaidar, the sums are simple."


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        # A long vowel dropped makes the name a word of the lexicon (الشمسي, "the solar"): still the name.
        (_AR_SHAMSI + "وقال الشمسي إن السوق يحتاج إلى الإنترنت.", _EN_SHAMSI + "Al Shamsi said the market needs the internet.", True),
        (_AR_SHAMSI + "وقال الشامسي إن السوق يحتاج إلى الإنترنت.", _EN_SHAMSI + "Al Shamsi said the market needs the internet.", False),
        # The English says "solar": the Arabic word is that word, not the name respelt.
        (_AR_SHAMSI + "وأضاف أن الضخ الشمسي أرخص.", _EN_SHAMSI + "Al Shamsi added that solar pumping is cheaper.", False),
        # The article after ل is written لل: «للصنيدار» has it as «السنيدار» does.
        ("قال المزارع عبد الوهاب السنيدار إن البن عاد. أما بالنسبة للصنيدار فالحساب بسيط.", _EN_SUNAIDAR, True),
        ("قال المزارع عبد الوهاب السنيدار إن البن عاد. أما بالنسبة للسنيدار فالحساب بسيط.", _EN_SUNAIDAR, False),
    ],
)
def test_an_unlisted_name_respelt_by_one_letter(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["N106"], Example(ar=ar, en=en, fails=fails, direction="en-ar"))) is fails
