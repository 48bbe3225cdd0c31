"""A figure in brackets that converts the one before it into the reader's unit (D201, D202)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example

# (Arabic, English, direction): the translation adds a conversion in brackets.
_ADDED = (
    ("هبت رياح بلغت سرعتها ١٢٠ كيلومتراً في الساعة على الساحل.", "Winds of 120 km/h (75 mph) lashed the coast.", "ar-en"),
    ("سجلت المدينة ٤٨ درجة مئوية يوم الجمعة.", "The city recorded 48C (118F) on Friday.", "ar-en"),
    ("أحرقت النيران ٢٠٠٠ هكتار من الغابات.", "The fire burned 2,000 hectares (4,900 acres) of forest.", "ar-en"),
    ("صادرت الشرطة ٥٠ كيلوغراماً من المخدرات.", "Police seized 50 kg (110 pounds) of drugs.", "ar-en"),
    ("يمتد الخط ٥٠ كيلومتراً عبر الصحراء.", "The line runs 50 km (30 miles) across the desert.", "ar-en"),
    ("هطل ١٢٠ ملم من الأمطار في ليلة واحدة.", "Some 120 mm (4.7 inches) of rain fell in one night.", "ar-en"),
    ("حلقت الطائرة على ارتفاع ٩٠٠٠ قدم (٢٧٤٠ متراً).", "The plane flew at 9,000 feet.", "en-ar"),
    ("بلغت سرعة الهبات ٦٠ ميلاً في الساعة (٩٧ كم/ساعة) على التلال.", "Gusts reached 60 mph on the hills.", "en-ar"),
    ("يملك الصندوق ٣٠ مليون ريال (نحو ٧٨ مليون دولار).", "The fund holds 30 million rials.", "en-ar"),
    ("انخفضت الحرارة ليلاً إلى ٢٣ درجة فهرنهايت (-٥ درجات مئوية).", "Temperatures fell to 23F overnight.", "en-ar"),
)


@pytest.mark.parametrize(("ar", "en", "direction"), _ADDED)
def test_a_conversion_added_in_brackets_is_no_added_figure(ar: str, en: str, direction: str) -> None:
    assert fired(BY_CODE["D202"], Example(ar=ar, en=en, fails=False, direction=direction)) == []


# The bracket's figure is no conversion of the one before it: a changed or added figure.
_NOT_CONVERSIONS = (
    ("هبت رياح بلغت سرعتها ١٢٠ كيلومتراً في الساعة على الساحل.", "Winds of 120 km/h (95 mph) lashed the coast.", "ar-en"),
    ("يمتد الخط ٥٠ كيلومتراً عبر الصحراء.", "The line runs 50 km (40 miles) across the desert.", "ar-en"),
    ("فرّ نحو ألفي شخص من القرية.", "About 2,000 people (700 children) fled the village.", "ar-en"),
    ("بلغت سرعة الهبات ٦٠ ميلاً في الساعة (٦٠ كم/ساعة) على التلال.", "Gusts reached 60 mph on the hills.", "en-ar"),
    ("يغطي الموقع ٢٠٠٠ هكتار (٣٠٠ هكتار منها مزروعة).", "The site covers 2,000 hectares.", "en-ar"),
)


@pytest.mark.parametrize(("ar", "en", "direction"), _NOT_CONVERSIONS)
def test_a_bracketed_figure_that_is_no_conversion_is_reported(ar: str, en: str, direction: str) -> None:
    assert fired(BY_CODE["D202"], Example(ar=ar, en=en, fails=True, direction=direction))


def test_a_conversion_the_translation_drops_with_the_figure_kept_is_no_missing_figure() -> None:
    en = "Winds of 120 km/h (75 mph) lashed the northern coast on Sunday, the weather office said."
    kept = "قال مكتب الأرصاد إن رياحاً بلغت سرعتها ١٢٠ كيلومتراً في الساعة ضربت الساحل الشمالي يوم الأحد."
    assert fired(BY_CODE["D201"], Example(ar=kept, en=en, fails=False, direction="en-ar")) == []
    # Both dropped: the figure itself is missing, and so is its conversion.
    lost = "قال مكتب الأرصاد إن رياحاً قوية ضربت الساحل الشمالي يوم الأحد."
    assert len(fired(BY_CODE["D201"], Example(ar=lost, en=en, fails=True, direction="en-ar"))) == 2
