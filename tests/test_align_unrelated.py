"""A dropped sentence and an added one side by side (issue #11, blind w13): the aligner
pairs them as a 1-1 bead by length; they are split into an omission and an addition
when they share nothing a translation keeps. Without figures on either side, the
evidence is what each says: several concepts each, not one in common."""

from __future__ import annotations

import pytest

from tqa.align.bilingual import align_sentences
from tqa.align.unrelated import split_unrelated
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.model import Segment
from tqa.text.evidence import sentence_features

BEFORE_AR = "وتجمع مئات المحتجين يوم الأحد أمام مبنى البلدية في مدينة قابس احتجاجاً على انقطاع المياه منذ 12 يوماً."
BEFORE_EN = "Hundreds of protesters gathered on Sunday outside the town hall in Gabes over water cuts that have lasted 12 days."
AFTER_AR = "وقالت الشركة الوطنية للمياه إن الإمدادات ستعود خلال 48 ساعة بعد إصلاح خط رئيسي بطول 3 كيلومترات."
AFTER_EN = "The national water company said supplies would return within 48 hours once a 3-kilometre main line was repaired."


def middle(
    arabic: str, english: str, around: tuple[list[str], list[str]] = ([BEFORE_AR, AFTER_AR], [BEFORE_EN, AFTER_EN])
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The beads of `arabic` and `english` between two translated sentences (`around`)."""
    (before_ar, after_ar), (before_en, after_en) = around
    beads = align_sentences([before_ar, arabic, after_ar], [before_en, english, after_en], "ar", "en")
    return [(b.source, b.target) for b in beads]


def test_a_dropped_and_an_added_sentence_with_nothing_in_common_are_split() -> None:
    dropped = "ولم تسجل الشرطة، بحسب مصادر أمنية، أي مواجهات مع قوات الجيش في المدينة."
    added = "Several students were briefly arrested at the university, local newspapers reported."
    assert middle(dropped, added) == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        # A translation: police, students, university in common.
        (
            "وقال الطلاب إن الشرطة اعتقلت عدداً منهم قرب الجامعة لفترة قصيرة.",
            "The students said police briefly detained several of them near the university.",
        ),
        # Sentences with too few concepts to tell: a loose rendering stays paired.
        ("ولم يرد أحد على الهاتف طوال اليوم.", "Nobody picked up all day."),
    ],
)
def test_a_translation_stays_paired(arabic: str, english: str) -> None:
    assert middle(arabic, english) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_wire_line_added_in_place_of_a_dropped_sentence_is_split() -> None:
    # The lexicon's news words (ministry, respond, request) give the added line concepts
    # of its own: four against the dropped sentence's several, none in common.
    dropped = "غير أن منظمات حقوقية طالبت بفتح تحقيق مستقل في ظروف احتجاز المهاجرين."
    added = "The foreign ministry did not immediately respond to a request for comment on the delay."
    assert middle(dropped, added) == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]


# A stretch whose first bead shares a single concept (the session): a link, not evidence.
SESSION_AR = [
    "ورُفعت الجلسة قبيل منتصف الليل بعد نقاش طويل حول الضرائب.",
    "وكان الوزير قد قدم مشروع القانون إلى البرلمان في مارس الماضي.",
]
SESSION_EN = [
    "The session was adjourned shortly before midnight.",
    "The minister submitted the bill to parliament last March.",
]


def session(arabic: str, english: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return middle(arabic, english, (SESSION_AR, SESSION_EN))


def test_a_weekday_on_one_side_and_nothing_in_common_splits_beside_a_linked_bead() -> None:
    dropped = "وتابع مئات المواطنين وقائع الجلسة من شرفات الجمهور."
    added = "A vote is expected on Thursday afternoon."
    assert session(dropped, added) == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]


@pytest.mark.parametrize(
    "arabic",
    [
        # The weekday left out, the vote kept: a translation that drops a detail.
        "ويُتوقع أن يجري التصويت قريباً.",
        # Too little said on the Arabic side to tell a loose rendering from another sentence.
        "ومن المنتظر أن يُحسم الأمر قريباً.",
    ],
)
def test_a_weekday_on_one_side_alone_does_not_split(arabic: str) -> None:
    assert session(arabic, "A vote is expected on Thursday afternoon.") == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_concepts_alone_do_not_split_beside_a_bead_linked_by_one_concept() -> None:
    # Many concepts and none in common, but no figure or date against them: beside a
    # neighbour that shares one concept only, the stretch may be a loose rendering.
    arabic = "وتابع مئات المواطنين وقائع الجلسة من شرفات الجمهور."
    english = "Police officers closed the roads around the building for security reasons."
    assert session(arabic, english) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


# An article about a port: the port is in every sentence. The third Arabic sentence
# (fishermen at Ras Hilal, a glossary place) was dropped and an English one about
# workers' pay written in its place; the two share only the port.
RAS_HILAL = Glossary([GlossaryEntry("ras-hilal", "place", "Ras Hilal", ("رأس هلال",))])
PORT_AR = [
    "وقالت سلطة الميناء إن حركة السفن ارتفعت بنسبة 12 في المئة هذا الشهر.",
    "وأضافت أن الميناء سيفتتح رصيفاً جديداً للحاويات في أيار/مايو.",
    "وفي رأس هلال، اشتكى الصيادون من أن الميناء أغلق أمام قواربهم الصغيرة منذ أسابيع.",
    "ويعد الميناء أكبر مصدر لفرص العمل في المحافظة.",
    "وقال محافظ المدينة إن الحكومة ستمول توسعة الميناء بقرض من البنك الدولي.",
]
PORT_EN = [
    "The port authority said ship traffic rose 12 percent this month.",
    "It added that the port would open a new container berth in May.",
    "Workers at the port were promised a pay rise by the end of the year, union officials said.",
    "The port is the largest source of jobs in the province.",
    "The city's governor said the government would fund the port's expansion with a World Bank loan.",
]


def _port_path(arabic: list[str], english: list[str], glossary: Glossary | None = RAS_HILAL) -> list[tuple[int, int, int, int]]:
    source = sentence_features([Segment(n, n, s) for n, s in enumerate(arabic)], "ar", glossary)  # type: ignore[arg-type]
    target = sentence_features([Segment(n, n, s) for n, s in enumerate(english)], "en", glossary)  # type: ignore[arg-type]
    path, _ = split_unrelated([(n, 1, n, 1) for n in range(len(arabic))], [0.9] * len(arabic), source, target)
    return path


def test_a_glossary_place_dropped_with_its_sentence_splits_a_pair_linked_only_by_the_topic() -> None:
    assert _port_path(PORT_AR, PORT_EN)[2:4] == [(2, 1, 2, 0), (3, 0, 2, 1)]


def test_without_the_place_the_topic_still_links_the_pair() -> None:
    assert _port_path(PORT_AR, PORT_EN, glossary=None)[2] == (2, 1, 2, 1)


def test_a_concept_of_a_few_sentences_is_no_topic_and_links_the_pair() -> None:
    # The port only in the pair and two sentences more: a link, not the article's subject.
    arabic = [*PORT_AR[:3], "ويعد القطاع أكبر مصدر لفرص العمل في المحافظة.", PORT_AR[4]]
    arabic[1] = "وأضافت أن السلطة ستفتتح رصيفاً جديداً للحاويات في أيار/مايو."
    english = [*PORT_EN[:3], "The sector is the largest source of jobs in the province.", PORT_EN[4]]
    english[1] = "It added that the authority would open a new container berth in May."
    assert _port_path(arabic, english)[2] == (2, 1, 2, 1)


def test_a_figure_on_both_sides_keeps_a_pair_linked_only_by_the_topic() -> None:
    # A changed figure in a loose rendering is D201's, not another sentence.
    arabic = [*PORT_AR[:2], "وفي رأس هلال، اشتكى الصيادون من أن الميناء أغلق أمام 40 قارباً صغيراً منذ أسابيع.", *PORT_AR[3:]]
    english = [*PORT_EN[:2], "Workers at the port were promised a pay rise of 15 percent, union officials said.", *PORT_EN[3:]]
    assert _port_path(arabic, english)[2] == (2, 1, 2, 1)


# A dropped sentence and an added one that share only the article's topic, each with a
# figure of its own (blind w33): a depth in metres against a count of jobs is no changed figure.
def _with_figures(arabic_figure: str, english_figure: str) -> list[tuple[int, int, int, int]]:
    arabic = [*PORT_AR[:2], f"وسيُعمّق الميناء قناته إلى {arabic_figure} متراً لاستقبال السفن الكبيرة.", *PORT_AR[3:]]
    english = [*PORT_EN[:2], f"The port expects to hire {english_figure} seasonal workers next summer.", *PORT_EN[3:]]
    return _port_path(arabic, english, glossary=None)


def test_figures_orders_of_magnitude_apart_split_a_pair_linked_only_by_the_topic() -> None:
    assert _with_figures("18", "2,500")[2:4] == [(2, 1, 2, 0), (3, 0, 2, 1)]


@pytest.mark.parametrize(
    ("arabic_figure", "english_figure"),
    [
        ("18", "25"),  # within an order of magnitude: a changed figure may hide in a loose rendering
        ("18", "18"),  # the same figure: a link
        ("18", "18,000"),  # the same digits at another scale: a scale error
    ],
)
def test_figures_close_or_shared_keep_the_pair(arabic_figure: str, english_figure: str) -> None:
    assert _with_figures(arabic_figure, english_figure)[2] == (2, 1, 2, 1)


def test_figures_apart_with_a_concept_in_common_beyond_the_topic_keep_the_pair() -> None:
    arabic = [*PORT_AR[:2], "وسيُعمّق الميناء قناته إلى 18 متراً لاستقبال السفن الكبيرة.", *PORT_AR[3:]]
    english = [*PORT_EN[:2], "The port expects 2,500 more ships next summer.", *PORT_EN[3:]]
    assert _port_path(arabic, english, glossary=None)[2] == (2, 1, 2, 1)
