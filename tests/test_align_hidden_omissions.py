"""Dropped and added sentences that hid on unseen articles (issue #11, blind w16-w18):
the words of a glossary name counted again as concepts, an added sentence taken for
words moved into its neighbour by length alone, and figures netted out inside a merge. All sentences here are invented."""

from __future__ import annotations

from tqa.align.bilingual import align, align_sentences
from tqa.align.params import AnchorModel
from tqa.checks.base import CheckContext
from tqa.checks.moved_sentences import says_other_things
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.model import AlignedDocument, Article, Bead, Segment
from tqa.text.evidence import sentence_features

AUTHORITY = GlossaryEntry("lake-water-authority", "organisation", "Blue Lake Water Authority", ("هيئة مياه البحيرة الزرقاء",))
GLOSSARY = Glossary([AUTHORITY])


def article(sentences: list[str], lang: str) -> Article:
    return Article("t", lang, "md", tuple(Segment(i, i, s) for i, s in enumerate(sentences)))  # type: ignore[arg-type]


def test_the_words_of_a_glossary_name_are_the_name_not_concepts() -> None:
    english = "The Blue Lake Water Authority opened an office."
    arabic = "وافتتحت هيئة مياه البحيرة الزرقاء مكتباً."
    for text, lang in ((english, "en"), (arabic, "ar")):
        anchors = sentence_features([Segment(0, 0, text)], lang, GLOSSARY)[0].anchors
        assert "g:lake-water-authority" in anchors
        assert "w:water" not in anchors
    # Outside the name the word is a concept as before.
    assert "w:water" in sentence_features([Segment(0, 0, "Water was cut.")], "en", GLOSSARY)[0].anchors


SOURCE = [
    "Heavy rain flooded 120 homes in the valley on Monday, officials said.",
    "The Blue Lake Water Authority, founded in 1998 with Danish funding, shut its main pumping station on Sunday after mud blocked the intake pipes.",
    "Its engineers said the work would take 6 to 8 days.",
    "Schools in 14 villages will stay closed until the roads are cleared.",
]
TARGET = [
    "وقال مسؤولون إن أمطاراً غزيرة أغرقت 120 منزلاً في الوادي يوم الاثنين.",
    "وقال مهندسو هيئة مياه البحيرة الزرقاء إن الأعمال ستستغرق بين 6 و8 أيام.",
    "وستبقى المدارس في 14 قرية مغلقة حتى تُفتح الطرق.",
]


def test_a_dropped_sentence_naming_an_organisation_does_not_take_the_next_ones_translation() -> None:
    beads = align(article(SOURCE, "en"), article(TARGET, "ar"), AnchorModel(GLOSSARY))
    assert [(b.source, b.target) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]


def test_an_added_sentence_that_says_other_things_is_not_words_moved_into_its_neighbour() -> None:
    arabic = ["وتبلغ أسعار تذاكر الحفل بين 50 و200 دينار."]
    english = ["Tickets for the concert cost between 50 and 200 dinars.", "Hotels near the stadium were fully booked by Friday."]
    doc = AlignedDocument(article(arabic, "ar"), article(english, "en"), (Bead((0,), (0,)), Bead((), (1,))))
    ctx = CheckContext(doc, Glossary([]))
    target, source = doc.target.segments, doc.source.segments
    assert says_other_things(ctx, (target[1],), (target[0],), (source[0],))
    # A sentence whose figure the neighbour's translation holds went into it.
    moved = "The cheapest seats cost 50 dinars."
    english_moved = [english[0], moved]
    doc = AlignedDocument(article(arabic, "ar"), article(english_moved, "en"), (Bead((0,), (0,)), Bead((), (1,))))
    ctx = CheckContext(doc, Glossary([]))
    assert not says_other_things(ctx, (doc.target.segments[1],), (doc.target.segments[0],), (source[0],))


def test_an_added_sentence_with_figures_of_its_own_does_not_hide_in_a_merge() -> None:
    source = [
        "Wheat harvests in the north fell sharply after a dry winter, farmers said.",
        "Exports of dates accounted for only 8 percent of farm sales this year, compared with 11 percent in 2023.",
        "Farmers in the south blame the rising cost of fuel and fertiliser.",
    ]
    target = [
        "وقال مزارعون إن محاصيل القمح في الشمال تراجعت بشدة بعد شتاء جاف.",
        "ولم تمثل صادرات التمور سوى ٨٪ من مبيعات المزارع هذا العام، مقارنة بـ١١٪ في ٢٠٢٣.",
        "وتطمح الحكومة إلى رفع هذه النسبة إلى ٢٥٪ بحلول عام ٢٠٣٢.",
        "ويلقي المزارعون في الجنوب باللوم على ارتفاع كلفة الوقود والأسمدة.",
    ]
    beads = [(b.source, b.target) for b in align_sentences(source, target, "en", "ar")]
    assert beads == [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,))]
