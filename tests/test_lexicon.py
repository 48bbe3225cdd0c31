"""The alignment lexicon's matching (tqa.lang.lexicon): a stem matches the words it
begins, except where that would take a common word of another sense."""

from __future__ import annotations

import pytest

from tqa.align.bilingual import align_sentences
from tqa.lang.lexicon import arabic_concepts, english_concepts


@pytest.mark.parametrize(
    ("text", "lang", "concept", "expected"),
    [
        ("a refugee camp", "en", "w:camp", True),
        ("two camps near the border", "en", "w:camp", True),
        ("في المخيمات", "ar", "w:camp", True),
        # A whole-word stem (camp$): a campaign is no camp.
        ("a vaccination campaign", "en", "w:camp", False),
        ("a vaccination campaign", "en", "w:campaign", True),
        # Pupils, and the Levantine plural تلامذة beside تلاميذ.
        ("265,000 pupils", "en", "w:student", True),
        ("نحن لسنا ضد تلامذتنا", "ar", "w:student", True),
        ("عاد التلاميذ إلى المدارس", "ar", "w:student", True),
        # News words of the lines a wire translator adds ("did not respond to a request").
        ("ولم ترد الوزارة على طلب للتعليق", "ar", "w:respond", True),
        ("ولم ترد الوزارة على طلب للتعليق", "ar", "w:request", True),
        ("ولم ترد الوزارة على طلب للتعليق", "ar", "w:ministry", True),
        ("the ministry did not respond to a request", "en", "w:request", True),
        # طلبة are students, not a request; ترددت is hesitation, not a reply.
        ("طلبة الجامعة", "ar", "w:request", False),
        ("ترددت الحكومة", "ar", "w:respond", False),
        # The public (جمهور) is not the republic (جمهورية), and the reverse.
        ("شرفات الجمهور", "ar", "w:public", True),
        ("جمهورية مصر العربية", "ar", "w:public", False),
        ("تجمهر المحتجون", "ar", "w:gather", True),
        ("وقوع حوادث", "ar", "w:incident", True),
        # News words of a tight translation (blind w23): authority, expansion, downturn.
        ("the port authority", "en", "w:authorit", True),
        ("local authorities", "en", "w:authorit", True),
        ("السلطات المحلية", "ar", "w:authorit", True),
        ("هيئة الطيران المدني", "ar", "w:authorit", True),
        # A sultanate (سلطنة) is no authority; an authority is no author, pressure no press.
        ("سلطنة عمان", "ar", "w:authorit", False),
        ("the port authority", "en", "w:author", False),
        ("the author of the report", "en", "w:author", True),
        ("under pressure", "en", "w:press", False),
        ("the government pressed ahead", "en", "w:press", False),
        ("the foreign press", "en", "w:press", True),
        ("plans to expand the airport", "en", "w:expan", True),
        ("توسيع المطار", "ar", "w:expan", True),
        ("the economic downturn", "en", "w:decrease", True),
        # The future prefix before an imperfect verb: سيبني is يبني, ستنتهي تنتهي, وسيساعد يساعد.
        ("من سيبني المدارس؟", "ar", "w:build", True),
        ("وسيساعد الصندوق المزارعين", "ar", "w:help", True),
        ("ستنتهي الأزمة قريباً", "ar", "w:end", True),
        # Not a noun or a name that begins with سي: Mr (السيد) has no hand (يد), Serena sees nothing.
        ("قال السيد أحمد", "ar", "w:hand", False),
        ("فازت سيرينا ويليامز", "ar", "w:see", False),
        # Supply cuts and being convinced; a budget cut is no outage.
        ("انقطاع الكهرباء في الأحياء الشرقية", "ar", "w:outage", True),
        ("the power cuts in the eastern districts", "en", "w:outage", True),
        ("budget cuts at the ministry", "en", "w:outage", False),
        ("لم يقتنع السكان بالخطة", "ar", "w:convinc", True),
        ("السكان غير مقتنعين بالخطة", "ar", "w:convinc", True),
        ("residents are not persuaded by the plan", "en", "w:convinc", True),
        # Competing and favouring; competent is no competition, a favourite no favour.
        ("two firms competing for the contract", "en", "w:compete", True),
        ("شركتان تتنافسان على العقد", "ar", "w:compete", True),
        ("the competent authority", "en", "w:compete", False),
        ("we cannot favour either side", "en", "w:prefer", True),
        ("لا نستطيع تفضيل أي طرف", "ar", "w:prefer", True),
        ("his favourite team", "en", "w:prefer", False),
    ],
)
def test_concepts(text: str, lang: str, concept: str, expected: bool) -> None:
    found = arabic_concepts(text) if lang == "ar" else english_concepts(text)
    assert (concept in found) is expected


def test_an_added_sentence_is_not_held_in_a_bead_by_a_word_of_another_sense() -> None:
    # «المخيمات» (the camps) shared nothing with "campaign" but its first letters: the
    # added sentence at the paragraph's end is an addition, not half of a 1-2 bead.
    english = [
        "Flooding has destroyed hundreds of tents in the border region since Monday.",
        "The health ministry said a vaccination campaign targeting 200,000 people would begin next week.",
        "Aid agencies have asked donors for $30 million to rebuild shelters.",
    ]
    arabic = [
        "ودمرت الفيضانات مئات الخيام في المنطقة الحدودية منذ الاثنين.",
        "وقالت وزارة الصحة إن حملة تطعيم تستهدف 200 ألف شخص ستبدأ الأسبوع المقبل.",
        "وأكدت الوزارة أن الوضع الصحي في المخيمات لا يزال تحت السيطرة.",
        "وطلبت وكالات الإغاثة من المانحين 30 مليون دولار لإعادة بناء الملاجئ.",
    ]
    beads = [(b.source, b.target) for b in align_sentences(english, arabic, "en", "ar")]
    assert ((), (2,)) in beads


def test_a_quoted_sentence_the_translation_joined_to_the_one_before_rides_with_it() -> None:
    # The Arabic joins the two quotations into one sentence; the second English one,
    # short and without a figure or a name, shares its words (favour, تفضيل) and so
    # rides in a 2-1 bead instead of being reported as omitted.
    english = [
        "Bakeries in the old city have cut their hours as flour deliveries slow.",
        '"Bakers and pastry shops are competing for the same sacks," Hana Saleh said.',
        '"We cannot favour anyone."',
        "The ministry expects a shipment of 20,000 tonnes before the end of the month.",
    ]
    arabic = [
        "وقلّصت المخابز في المدينة القديمة ساعات عملها مع تباطؤ إمدادات الطحين.",
        "وقالت هناء صالح: «المخابز ومحلات الحلويات تتنافس على الأكياس نفسها، ولا يمكننا تفضيل أحد».",
        "وتتوقع الوزارة وصول شحنة من 20 ألف طن قبل نهاية الشهر.",
    ]
    beads = [(b.source, b.target) for b in align_sentences(english, arabic, "en", "ar")]
    assert beads == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
