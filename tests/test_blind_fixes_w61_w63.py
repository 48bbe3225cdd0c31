"""Fixes drawn from the held-out pairs w61-w63, on invented sentences.

A quotation of two sentences with its attribution after the second ('"A. B," said X.')
is folded by the Arabic into one quotation («وقال X: "A، B"»): the opening sentence the
aligner leaves alone is no omission (O301) or addition (O302) when the folded quotation has
a clause more than the closing sentence's part. A year the other version says relatively to
the article's ("the 2022 harvest" as «محصول العام الماضي») is no missing figure (D201)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, alone_both_ways, fired
from tqa.checks.base import Example

_EN = (
    "Fishermen in Tartus say their catch has halved since fuel prices rose in the spring.\n\n"
    "The port authority says about 400 boats are registered in the old harbour.\n\n"
    "{quote}\n\n"
    "The fisheries ministry has promised a fuel subsidy for licensed boats.\n\n"
    "Officials said the first payments would be made before the end of the month.\n\n"
    "Boat owners say the sum will not cover a week at sea."
)
_AR = (
    "يقول الصيادون في طرطوس إن صيدهم تراجع إلى النصف منذ ارتفاع أسعار الوقود في الربيع.\n\n"
    "وتقول سلطة الميناء إن نحو 400 قارب مسجلة في الميناء القديم.\n\n"
    "{quote}\n\n"
    "ووعدت وزارة الثروة السمكية بدعم للوقود للقوارب المرخصة.\n\n"
    "وقال مسؤولون إن الدفعات الأولى ستصرف قبل نهاية الشهر.\n\n"
    "ويقول أصحاب القوارب إن المبلغ لن يغطي أسبوعا واحدا في البحر."
)
# A short opening sentence, which the aligner leaves alone beside a long closing one.
_OPENED = (
    "At the old harbour south of the city, most of the boats stay tied up for most of the week. "
    '"We used to go out twice. Now we wait for the phone every morning to find out whether we will go out or not," '
    "said Karim Haddad, who has fished in the harbour since 1995. "
    "Haddad earns about 2,000 pounds a month, but says he received only half that in May."
)
_BEFORE = "وفي الميناء القديم جنوب المدينة، تبقى معظم القوارب مربوطة معظم أيام الأسبوع. "
_AFTER = " ويكسب حداد نحو 2000 جنيه شهريا، لكنه يقول إنه لم يحصل في مايو إلا على نصف هذا المبلغ."
_SPEAKER = "وقال كريم حداد، وهو صياد في الميناء منذ 1995: "
_FOLDED = _BEFORE + _SPEAKER + '"كنا نخرج مرتين، واليوم ننتظر الهاتف كل صباح لنعرف هل سنخرج أم لا".' + _AFTER
_DROPPED = _BEFORE + _SPEAKER + '"ننتظر الهاتف كل صباح لنعرف هل سنخرج أم لا".' + _AFTER
_SPEAKER_AFTER = (
    _BEFORE + '"كنا نخرج مرتين، واليوم ننتظر الهاتف كل صباح لنعرف هل سنخرج أم لا"، قال كريم حداد، وهو صياد في الميناء منذ 1995.' + _AFTER
)


@pytest.mark.parametrize(
    ("english", "arabic", "fails"),
    [
        (_OPENED, _FOLDED, False),
        (_OPENED, _SPEAKER_AFTER, False),
        # The opening sentence dropped: the Arabic quotation has the closing part's clause only.
        (_OPENED, _DROPPED, True),
        # The opening sentence in a paragraph of its own is another matter.
        (_OPENED.replace(" Now we", '"\n\n"Now we'), _FOLDED, True),
    ],
)
def test_quotation_opened_before_its_attribution(english: str, arabic: str, fails: bool) -> None:
    # English original: the opening sentence would be an omission; Arabic original: an addition.
    assert alone_both_ways(_AR.format(quote=arabic), _EN.format(quote=english)) == (fails, fails)


@pytest.mark.parametrize(
    ("english", "arabic", "fails"),
    [
        ("Olive oil sold for 20% more than in the 2022 season.", "بيع زيت الزيتون بسعر أعلى بنسبة 20% من موسم العام الماضي.", False),
        ("Diesel cost 9 pounds a litre at the beginning of 2024.", "وكان لتر الديزل يكلف 9 جنيهات في مطلع السنة.", False),
        ("The ministry expects the line to open in 2026.", "وتتوقع الوزارة افتتاح الخط العام المقبل.", False),
        # Each relative phrase accounts for one year only; the sentence's own "last year" is its own.
        ("Exports rose 8% last year, after falling in 2022.", "وارتفعت الصادرات 8% العام الماضي بعد تراجعها.", True),
        ("The ministry expects the line to open in 2026.", "وتتوقع الوزارة افتتاح الخط قريبا.", True),
    ],
)
def test_year_said_relatively(english: str, arabic: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["D201"], Example(ar=arabic, en=english, fails=fails, direction="en-ar"))) is fails


_RIVER_EN = (
    "Barges carried 1.2 million tonnes of grain down the Nile last year, the transport ministry said.\n\n"
    "Nile Logistics, a private operator based in Aswan, says it plans to add 40 barges by 2027.\n\n"
    '"The river is cheaper than the road," said Hany Wahba, the chief executive of Nile Logistics.'
)
_RIVER_AR = (
    "نقلت الصنادل ١٫٢ مليون طن من الحبوب عبر النيل العام الماضي، بحسب وزارة النقل.\n\n"
    "وتقول شركة نايل لوجستيكس، وهي مشغل خاص مقره أسوان، إنها تعتزم إضافة ٤٠ صندلا بحلول ٢٠٢٧.\n\n"
    "وقال هاني وهبة، الرئيس التنفيذي لشركة {firm} لوجستيكس: «النهر أرخص من الطريق»."
)


@pytest.mark.parametrize(
    ("firm", "fails"),
    [
        # The firm's name in Arabic letters (نايل) and the river's Arabic name (النيل) are two names.
        ("نايل", False),
        # The firm's own name spelt two ways is still reported.
        ("نيل", True),
    ],
)
def test_a_name_word_inside_a_longer_name_is_another_name(firm: str, fails: bool) -> None:
    example = Example(ar=_RIVER_AR.format(firm=firm), en=_RIVER_EN, fails=fails, direction="en-ar")
    assert bool(fired(BY_CODE["N106"], example)) is fails


_SHOP_EN = (
    "Power cuts in the old market fell from ten hours a day to two after the new line opened.\n\n"
    "Baker Nabil al-Sabbagh said he no longer runs a diesel generator at night.\n\n"
    '"I can bake until dawn again," al-Sabbagh said.'
)
_SHOP_AR = (
    "تراجعت ساعات انقطاع الكهرباء في السوق القديم من عشر ساعات يوميا إلى ساعتين بعد تشغيل الخط الجديد.\n\n"
    "وقال الخباز نبيل الصباغ إنه لم يعد يشغل مولدا يعمل بالديزل ليلا.\n\n"
    'وقال {later}: "أستطيع أن أخبز حتى الفجر من جديد".'
)


@pytest.mark.parametrize(("later", "fails"), [("الصباغي", True), ("الصباغ", False)])
def test_a_surname_given_a_nisba_at_its_later_use(later: str, fails: bool) -> None:
    # The English writes one surname twice; the Arabic adds the nisba's ي the second time,
    # with no given name before it to compare: one person's name, spelt two ways.
    example = Example(ar=_SHOP_AR.format(later=later), en=_SHOP_EN, fails=fails, direction="en-ar")
    assert bool(fired(BY_CODE["N106"], example)) is fails
