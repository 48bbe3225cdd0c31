"""A figure both versions gave before, repeated by one and referred back to by the other (D201, D202)."""

from __future__ import annotations

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example

_HOMES_AR = "أعلنت وزارة الإسكان يوم الأحد بناء ٨٥٠ منزلاً جديداً في ضواحي المدينة."
_HOMES_EN = "The housing ministry on Sunday announced 850 new homes on the outskirts of the city."
_ENGINEERS_EN = "The company will hire 600 engineers at its new plant this year, its chief executive said."
_ENGINEERS_AR = "قال الرئيس التنفيذي للشركة إنها ستوظف ٦٠٠ مهندس في مصنعها الجديد هذا العام."


def test_a_figure_given_before_and_referred_back_to_is_not_missing() -> None:
    # Arabic source repeats the figure; the English names "the homes" it gave before.
    ar = _HOMES_AR + "\n\nوستُخصص المنازل الـ٨٥٠ كلها للأسر التي فقدت بيوتها في الزلزال."
    en = _HOMES_EN + "\n\nAll of the homes will go to families who lost theirs in the earthquake."
    assert fired(BY_CODE["D201"], Example(ar=ar, en=en, fails=False)) == []
    # English source repeats it; the Arabic says «المهندسين».
    en = _ENGINEERS_EN + "\n\nOf the 600 engineers, about a third will be women, the company added."
    ar = _ENGINEERS_AR + "\n\nوأضافت الشركة أن نحو ثلث المهندسين سيكونون من النساء."
    assert fired(BY_CODE["D201"], Example(ar=ar, en=en, fails=False, direction="en-ar")) == []


def test_a_figure_repeated_by_the_translation_where_the_source_refers_back_is_not_added() -> None:
    ar = _ENGINEERS_AR + "\n\nوأضافت الشركة أن نحو ثلث المهندسين سيكونون من النساء."
    en = _ENGINEERS_EN + "\n\nAbout a third of the 600 engineers will be women, the company added."
    assert fired(BY_CODE["D202"], Example(ar=ar, en=en, fails=False)) == []


def test_a_figure_dropped_at_its_first_mention_or_after_an_untranslated_one_is_missing() -> None:
    second_en = "\n\nOf the 600 engineers, about a third will be women, the company added."
    second_ar = "\n\nوأضافت الشركة أن نحو ثلث المهندسين سيكونون من النساء."
    # The first mention: nothing earlier gives the figure.
    first = Example(ar=second_ar.strip(), en=second_en.strip(), fails=True, direction="en-ar")
    assert fired(BY_CODE["D201"], first) == ["The number «600» (600) is not in the Arabic; add it"]
    # The earlier mention was not translated either: the reader never gets the figure.
    untranslated = "قال الرئيس التنفيذي للشركة إنها ستوظف مهندسين في مصنعها الجديد هذا العام."
    lost = Example(ar=untranslated + second_ar, en=_ENGINEERS_EN + second_en, fails=True, direction="en-ar")
    assert fired(BY_CODE["D201"], lost) == ["The number «600» (600) is not in the Arabic; add it"] * 2
    # No definite noun refers back to the engineers: the figure is dropped.
    other = "\n\nوأضافت الشركة أن نحو الثلث سيكونون من النساء."
    dropped = Example(ar=_ENGINEERS_AR + other, en=_ENGINEERS_EN + second_en, fails=True, direction="en-ar")
    assert fired(BY_CODE["D201"], dropped) == ["The number «600» (600) is not in the Arabic; add it"]
