"""Beads that length holds together and their evidence takes apart (issue #11): a
sentence merged into the wrong bead beside a dropped and an added sentence, and a 2-2
bead that pairs a translation with a dropped and an added sentence
(tqa.align.strays). Each test gives the aligner's first path and asks what is left."""

from __future__ import annotations

from tqa.align.strays import return_strays, split_halves
from tqa.model import Segment
from tqa.text.evidence import SentenceFeatures, sentence_features


def _features(texts: list[str], lang: str) -> list[SentenceFeatures]:
    return sentence_features([Segment(n, 0, t) for n, t in enumerate(texts)], lang, None)  # type: ignore[arg-type]


# Two Arabic sentences; the second was dropped and an unrelated English line written after
# the translation of the first, which the English splits in two.
BUDGET_AR = [
    "وأعلن وزير المالية أن الحكومة رصدت ٤٠٠ مليون دولار لإصلاح المدارس، وأن المقاولين سيتقاضون مستحقاتهم خلال ٤٥ يوماً.",
    "لكن نقابة المعلمين حذرت من أن المباني القديمة في الأرياف تحتاج إلى أكثر من ذلك بكثير.",
]
BUDGET_EN = [
    "The finance minister said the government had set aside $400 million to repair schools.",
    "Contractors would be paid within 45 days, he added.",
    "The central bank has not published its forecast for inflation.",
]


def test_a_merged_sentence_whose_figure_is_in_the_bead_before_goes_back_to_it() -> None:
    # The first path: the second English sentence (45 days) rides with the dropped sentence.
    path, scores = return_strays([(0, 1, 0, 1), (1, 1, 1, 2)], [0.9, 0.6], _features(BUDGET_AR, "ar"), _features(BUDGET_EN, "en"))
    assert path == [(0, 1, 0, 2), (1, 1, 2, 0), (2, 0, 2, 1)]
    assert scores == [0.6, 0.6, 0.6]


def test_the_same_from_english_to_arabic() -> None:
    path, _ = return_strays([(0, 1, 0, 1), (1, 2, 1, 1)], [0.9, 0.6], _features(BUDGET_EN, "en"), _features(BUDGET_AR, "ar"))
    assert path == [(0, 2, 0, 1), (2, 1, 1, 0), (3, 0, 1, 1)]


def test_a_merged_sentence_that_shares_its_figure_with_its_own_bead_stays() -> None:
    # The dropped sentence is no longer dropped: it says the 45 days too.
    arabic = [BUDGET_AR[0], "لكن نقابة المعلمين قالت إن المقاولين لم يتقاضوا شيئاً بعد ٤٥ يوماً في العام الماضي."]
    path, _ = return_strays([(0, 1, 0, 1), (1, 1, 1, 2)], [0.9, 0.6], _features(arabic, "ar"), _features(BUDGET_EN, "en"))
    assert path == [(0, 1, 0, 1), (1, 1, 1, 2)]


def test_the_bead_left_behind_stays_paired_when_its_sentences_share_a_concept() -> None:
    english = [*BUDGET_EN[:2], "But the teachers' union warned that old school buildings in rural areas needed far more."]
    path, _ = return_strays([(0, 1, 0, 1), (1, 1, 1, 2)], [0.9, 0.6], _features(BUDGET_AR, "ar"), _features(english, "en"))
    assert path == [(0, 1, 0, 2), (1, 1, 2, 1)]


# A translated pair, then a dropped Arabic sentence and an added English one.
PORT_AR = [
    "وطالبت غرفة التجارة الحكومة بخفض رسوم الموانئ قبل نهاية السنة المالية.",
    "كما حذرت من أن تأخر تفريغ الحاويات يرفع أسعار المواد الغذائية في الأسواق المحلية.",
]
PORT_EN = [
    "The chamber of commerce called on the government to cut port fees before the end of the financial year.",
    "Oil exports fell sharply last winter.",
]


def test_a_two_two_bead_with_an_unrelated_half_is_split() -> None:
    path, scores = split_halves([(0, 2, 0, 2)], [0.8], _features(PORT_AR, "ar"), _features(PORT_EN, "en"))
    assert path == [(0, 1, 0, 1), (1, 1, 1, 0), (2, 0, 1, 1)]
    assert scores == [0.8] * 3


def test_a_two_two_bead_whose_unrelated_half_belongs_to_the_other_stays() -> None:
    # The English splits the first Arabic sentence in two: its second sentence shares
    # nothing with the dropped one, but it is the first one's translation, not an addition.
    english = [
        "The chamber of commerce called on the government to cut port fees.",
        "It wants the cut before the financial year ends.",
    ]
    path, _ = split_halves([(0, 2, 0, 2)], [0.8], _features(PORT_AR, "ar"), _features(english, "en"))
    assert path == [(0, 2, 0, 2)]
