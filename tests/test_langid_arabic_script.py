"""Persian and Urdu are written in the Arabic script but are not Arabic: tqa refuses
them as it refuses French (new-user review: a Persian file was checked as Arabic). An
Arabic article with a foreign name in Persian letters, or typed on a keyboard that gives
ی and ک, stays Arabic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tqa.readers.langid import arabic_script_language, detect_language

PERSIAN = (
    "شهرداری تهران روز دوشنبه اعلام کرد که خط جدید مترو تا پایان سال آینده افتتاح خواهد شد. "
    "به گفته مدیر پروژه، این خط ۱۸ ایستگاه دارد و روزانه ۲۵۰ هزار مسافر را جابه‌جا می‌کند. "
    "هزینه ساخت آن حدود ۴ میلیارد دلار برآورد شده است."
)
URDU = (
    "لاہور میں منگل کے روز شدید بارش ہوئی جس سے کئی سڑکیں پانی میں ڈوب گئیں۔ "
    "محکمہ موسمیات کے مطابق اگلے دو دنوں میں مزید بارش کا امکان ہے۔"
)
# Arabic news writing foreign names with Persian letters, now and then.
ARABIC_WITH_NAMES = (
    "التقى وزير الخارجية يوم الثلاثاء نظيره الألماني في برلين لبحث ملف الطاقة. "
    "وقال المتحدث باسم الوزارة إن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر. "
    "وأضاف أن شركة گازپروم الروسية لم تشارك في المحادثات، وأن المدير التنفيذي لشركة "
    "پاور غريد سيزور العاصمة الشهر المقبل لتوقيع اتفاق أولي. "
    "وفي الرياضة، أعلن نادي چيلسي الإنجليزي تعاقده مع لاعب الوسط المغربي حتى نهاية الموسم."
)
# Arabic typed on a keyboard that gives Persian yeh and keheh for ي and ك.
ARABIC_PERSIAN_KEYBOARD = (
    "قال وزیر المالیة إن الحکومة ستدفع رواتب الموظفین کاملة في نهایة الشهر الجاری. "
    "وأضاف أن العجز في الموازنة تراجع إلی ثلاثة في المئة بعد زیادة إیرادات النفط."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [(PERSIAN, "fa"), (URDU, "ur"), (ARABIC_WITH_NAMES, "ar"), (ARABIC_PERSIAN_KEYBOARD, "ar")],
    ids=["persian", "urdu", "arabic-with-foreign-names", "arabic-persian-keyboard"],
)
def test_the_language_of_an_arabic_script_text(text: str, lang: str) -> None:
    assert arabic_script_language(text) == lang
    assert detect_language(text) == lang


def test_three_foreign_names_are_a_small_share_of_an_arabic_article() -> None:
    marked = sum(name in ARABIC_WITH_NAMES for name in ("گازپروم", "پاور", "چيلسي"))
    assert marked == 3 and arabic_script_language(ARABIC_WITH_NAMES) == "ar"


def test_a_persian_name_in_a_short_arabic_line_is_not_persian() -> None:
    assert arabic_script_language("زار پوتين وگوتيريش المدينة") == "ar"


def test_a_persian_article_is_refused_like_a_french_one(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(PERSIAN + "\n", encoding="utf-8")
    (tmp_path / "news.en.txt").write_text(
        "Tehran's new metro line will open by the end of next year, the city said.\n", encoding="utf-8"
    )
    for args in (["news.txt"], ["news.txt", "news.en.txt"]):
        done = subprocess.run(
            [sys.executable, "-m", "tqa", "check", *args], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 2 and done.stdout == ""
        assert (
            done.stderr.startswith("tqa: error: news.txt: is neither Arabic nor English (language 'fa')")
            and done.stderr.count("\n") == 1
        )
