"""A quotation cut differently in the two versions (issue #11, blind w13-w15): the
splitter keeps «A. B.» whole and cuts "A. B." at its full stop, and a translator may
move the attribution. The piece cut off rides in its quotation's bead instead of being
reported as an omission or an addition; a sentence dropped from a quotation still is."""

from __future__ import annotations

import pytest

from tests.align_articles import pairs
from tqa.align.bilingual import align
from tqa.model import Article, Segment
from tqa.text.quotations import Quoting, quotings


def article(paragraphs: list[list[str]], lang: str) -> Article:
    segments = [(p, s) for p, sentences in enumerate(paragraphs) for s in sentences]
    return Article("t", lang, "md", tuple(Segment(i, p, s) for i, (p, s) in enumerate(segments)))  # type: ignore[arg-type]


C, S, U = Quoting(continues=True), Quoting(several=True), Quoting(unsure=True)
N = Quoting()
# A quotation with its attribution at most; one that also ends its sentence.
Q, QE = Quoting(quotation=True), Quoting(quotation=True, ends_quoted=True)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A straight-quoted passage cut at its full stops runs past the first two sentences.
        ([['"The road is closed.', "We wait every day.", 'Nobody comes," he said.']], [C, C, N]),
        # Each quotation closed in its own sentence binds nothing; one of several
        # sentences kept whole in one is marked as such.
        ([['"The road is closed," he said.', "She agreed."]], [Q, N]),
        ([["قال: «الطريق مغلق. ننتظر كل يوم».", "ووافقت."]], [Quoting(several=True, quotation=True, ends_quoted=True), N]),
        # A sentence that ends on a quotation shorter than the rest of it is no quotation.
        ([['The minister said the plan was "a first step".']], [Quoting(ends_quoted=True)]),
        # A quotation continued over a paragraph break: the next paragraph's mark reopens it.
        ([['"The road is closed.', "We wait."], ['"Nobody comes."'], ["Later."]], [C, C, QE, N]),
        # A mark that nothing closes: its paragraph is unsure, and binds nothing.
        ([['He said "the road is closed.', "We wait."], ["Later."]], [U, U, N]),
        # A dropped closing mark: the next opening mark starts a new quotation.
        ([['He said "the road is closed.', 'They call it "the dead road" now.']], [U, U]),
        # Guillemets and curly quotes pair by kind; single quotes are left alone.
        ([["قال: «الطريق مغلق.", "ننتظر كل يوم»."]], [C, N]),
        ([["“We walked for 'nine days'.", "Then we rested.”"]], [C, N]),
    ],
)
def test_quotings(paragraphs: list[list[str]], expected: list[Quoting]) -> None:
    segments = article(paragraphs, "en").segments
    assert list(quotings(segments)) == expected


def test_a_quotation_cut_in_three_rides_with_the_sentence_that_keeps_it_whole() -> None:
    english = [
        ["The storm reached the coast on Monday night and flooded the harbour district."],
        [
            '"The water took our boat," said the fisherman Karim Nassar.',
            '"My brother went to look for it.',
            'We have not heard from him since."',
        ],
        ["The coast guard said three boats were missing and a search would resume at dawn."],
    ]
    arabic = [
        ["ووصلت العاصفة إلى الساحل ليل الاثنين وأغرقت حي الميناء."],
        ["وقال الصياد كريم نصار: «أخذت المياه قاربنا. ذهب أخي ليبحث عنه. لم نسمع منه منذ ذلك الحين»."],
        ["وقال خفر السواحل إن ثلاثة قوارب مفقودة وإن البحث سيستأنف عند الفجر."],
    ]
    beads = pairs(align(article(english, "en"), article(arabic, "ar")))
    assert ((1, 2, 3), (1,)) in beads
    assert all(b[0] and b[1] for b in beads)


def test_a_quotation_continued_over_a_paragraph_break_rides_in_one_bead() -> None:
    arabic = [
        ["وعاد المزارع سليم درويش إلى أرضه في الربيع الماضي بعد غياب طويل."],
        [
            '"كان الحقل مهجوراً والبئر جافة"، قال درويش، مضيفاً: "المطر جاء متأخراً هذا العام، لكن البذور غالية والأسمدة نشتريها بالدين".'
        ],
        ["ويقول مزارعون آخرون إن أسعار البذور تضاعفت خلال عامين."],
    ]
    english = [
        ["Farmer Salim Darwish returned to his land last spring after a long absence."],
        ['"The field was abandoned and the well was dry," Darwish said.', '"The rain came late this year.'],
        ['"But the seeds are expensive and we buy fertiliser on credit."'],
        ["Other farmers say seed prices have doubled in two years."],
    ]
    beads = pairs(align(article(arabic, "ar"), article(english, "en")))
    assert ((1,), (1, 2, 3)) in beads
    assert all(b[0] and b[1] for b in beads)


def test_two_pieces_of_one_quotation_ride_with_the_quoted_sentence_that_joins_them() -> None:
    # The attribution moved to the front, the two quotations joined, and the Arabic
    # joins with a comma what the English cut at a full stop.
    english = [
        [
            '"A nurse today earns less than her bus fare," said union head Maya Khalil.',
            '"We are not against the patients.',
            "We are against a system that has forgotten them and us.",
        ],
        ['"We will not return until the decree is signed."'],
    ]
    arabic = [
        [
            'وقالت رئيسة النقابة مايا خليل: "الممرضة اليوم تتقاضى أقل من أجرة الحافلة.',
            "لسنا ضد المرضى، نحن ضد نظام نسيهم ونسينا.",
        ],
        ['"لن نعود قبل توقيع المرسوم".'],
    ]
    beads = pairs(align(article(english, "en"), article(arabic, "ar")))
    assert beads == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]


def test_a_whole_quoted_sentence_dropped_is_still_an_omission() -> None:
    english = [
        ["The minister opened the new bridge over the river on Sunday after three years of work."],
        ['"This bridge joins two cities," he said.', '"We waited too long."'],
        ["The bridge is 800 metres long and carries four lanes of traffic."],
    ]
    arabic = [
        ["وافتتح الوزير الجسر الجديد فوق النهر يوم الأحد بعد ثلاث سنوات من العمل."],
        ['وقال: "هذا الجسر يربط بين مدينتين".'],
        ["ويبلغ طول الجسر ٨٠٠ متر ويضم أربعة مسارات للسير."],
    ]
    beads = pairs(align(article(english, "en"), article(arabic, "ar")))
    assert ((2,), ()) in beads


def test_a_dropped_piece_that_took_its_mark_along_is_still_an_omission() -> None:
    # The Arabic drops the quotation's last sentence and its closing mark: its marks no
    # longer pair up, so nothing binds the English piece to the bead before it.
    english = [
        ["The minister opened the new bridge over the river on Sunday after three years of work."],
        ['"This bridge joins two cities and two peoples.', 'We waited too long," he said.'],
        ["The bridge is 800 metres long and carries four lanes of traffic."],
    ]
    arabic = [
        ["وافتتح الوزير الجسر الجديد فوق النهر يوم الأحد بعد ثلاث سنوات من العمل."],
        ['وقال: "هذا الجسر يربط بين مدينتين وشعبين.'],
        ["ويبلغ طول الجسر ٨٠٠ متر ويضم أربعة مسارات للسير."],
    ]
    beads = pairs(align(article(english, "en"), article(arabic, "ar")))
    assert ((2,), ()) in beads


FOLD_ARABIC = [
    ["ارتفعت أسعار الوقود في ميناء الصيد للمرة الثالثة هذا العام."],
    ["وأضاف الصياد سالم العبيدي أن كلفة الرحلة الواحدة بلغت 30 ديناراً."],
    # (here the quotation, in a paragraph of its own)
    ["وتقول البلدية إنها تدرس دعم الوقود للقوارب الصغيرة.", "ولم تحدد موعداً."],
]
FOLD_ENGLISH = [
    ["Fuel prices at the fishing port have risen for the third time this year."],
    [
        "A single trip now costs 30 dinars, fisherman Salem al-Obeidi said, adding: "
        '"We are not asking for the impossible, we only want to work with dignity."'
    ],
    ["The municipality says it is studying fuel support for small boats."],
    ["It gave no date."],  # as many paragraphs as the Arabic: a bead across one pays the most
]


def folded(quotation: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    arabic = [*FOLD_ARABIC[:2], [quotation], FOLD_ARABIC[2]]
    return pairs(align(article(arabic, "ar"), article(FOLD_ENGLISH, "en")))


def test_a_quotation_set_apart_rides_with_the_sentence_that_folds_it_in() -> None:
    beads = folded('وقال: "لا نطلب المستحيل، نريد فقط أن نعمل بكرامة".')
    assert ((1, 2), (1,)) in beads
    assert all(b[0] and b[1] for b in beads)


def test_another_quotation_set_apart_is_still_an_omission() -> None:
    # The English folds in a quotation, but not this one: it shares nothing with it.
    beads = folded('وقال: "البحر لم يعد كما كان قبل عشر سنوات".')
    assert ((2,), ()) in beads


def test_a_quotation_folded_into_the_arabic_sentence_takes_the_english_one_set_apart() -> None:
    arabic = [
        FOLD_ARABIC[0],
        ["وأضاف الصياد سالم العبيدي أن كلفة الرحلة الواحدة بلغت 30 ديناراً، وقال: «لا نطلب المستحيل، نريد فقط أن نعمل بكرامة»."],
        FOLD_ARABIC[2][:1],
        FOLD_ARABIC[2][1:],
    ]
    english = [
        FOLD_ENGLISH[0],
        ["A single trip now costs 30 dinars, fisherman Salem al-Obeidi said."],
        ['"We are not asking for the impossible, we only want to work with dignity," he added.'],
        [*FOLD_ENGLISH[2], *FOLD_ENGLISH[3]],
    ]
    beads = pairs(align(article(arabic, "ar"), article(english, "en")))
    assert ((1,), (1, 2)) in beads
    assert all(b[0] and b[1] for b in beads)


def test_a_quotation_cut_at_different_places_on_each_side_rides_in_one_2_2_bead() -> None:
    # The Arabic opens with the attribution and cuts after the question; the English puts
    # the attribution after the quotation, and cuts after the first sentence. Each half
    # of the 2-2 bead is weak, the crossed pair (the speaker, his age, his trade) strong.
    arabic = [
        ["وامتدت الطوابير أمام المخابز منذ ساعات الفجر الأولى في المدينة."],
        [
            'وقال سليم حداد، وهو نجار يبلغ من العمر 47 عاما، بينما كان ينتظر أمام مخبز في السوق القديم: "لماذا يتأخر الطحين؟',
            'أطفالنا ينامون جائعين".',
        ],
        ["وقالت البلدية إن شحنة جديدة من الطحين ستصل يوم الخميس."],
    ]
    english = [
        ["Queues stretched outside the city's bakeries from the first hours of dawn."],
        [
            '"Why is the flour always late.',
            'Our children go to bed hungry," said Salim Haddad, a 47-year-old carpenter, as he waited outside a bakery in the old market.',
        ],
        ["The municipality said a new shipment of flour would arrive on Thursday."],
    ]
    beads = pairs(align(article(arabic, "ar"), article(english, "en")))
    assert beads == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


def test_the_walk_visits_every_mark_it_reads() -> None:
    """quotings visits the characters its mark pattern finds (issue #14): exactly the
    opening, closing and straight marks the walk acts on."""
    from tqa.text import quotations

    read = set(quotations._CLOSER) | quotations._CLOSERS | {quotations._STRAIGHT}
    assert {ch for ch in map(chr, range(0x110000)) if quotations._MARK.match(ch)} == read


def test_a_quotation_cut_in_two_rides_with_the_quoted_sentence_that_joins_them_with_a_comma() -> None:
    # The translator joined the two quoted sentences with a comma: the Arabic sentence is
    # one quotation with its attribution, and the English piece that shares nothing with
    # it (we paid more than we earned) still belongs to it.
    english = [
        ["Olive growers in the valley say the harvest fell by a third this year after a dry spring."],
        ['"We paid more for the pressing than we earned.', 'Who can live on that?" asked grower Samir Haddad.'],
        ["The ministry says it will buy 2,000 tonnes of oil at a fixed price."],
    ]
    arabic = [
        ["ويقول مزارعو الزيتون في الوادي إن المحصول تراجع بمقدار الثلث هذا العام بعد ربيع جاف."],
        ['وتساءل المزارع سمير حداد: "خسرنا في العصر، فمن يعيش على ذلك؟"'],
        ["وتقول الوزارة إنها ستشتري ألفي طن من الزيت بسعر ثابت."],
    ]
    beads = pairs(align(article(english, "en"), article(arabic, "ar")))
    assert beads == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
