"""Completeness: sentences with no counterpart on the other side, translations cut
short, and two files that are not versions of one article."""

from __future__ import annotations

import math
from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair, WholeArticle, preview, whole
from tqa.checks.folded_quotes import folded_into_quotation
from tqa.checks.length_ratios import Units, chars
from tqa.checks.moved_sentences import evidence_in_neighbour, moved_elsewhere, says_other_things
from tqa.checks.relatedness import MIN_PAIRS_FOR_RELATEDNESS, MIN_RELATED_SHARE, pairs_sharing_evidence
from tqa.checks.unsourced import mostly_added
from tqa.model import Severity
from tqa.robust import median, robust_spread


def _omission(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A source sentence has no counterpart in the translation.

    Why it matters: a dropped sentence is the most serious translation error a
    reader cannot detect. Translate it, or confirm that the cut was an editorial
    decision (and waive the finding).
    """
    if pair.source and not pair.target:
        if _words_elsewhere(ctx, pair, added=False):
            return
        for segment in pair.source:
            yield Hit(
                message=f"This sentence was not translated: «{preview(segment.text)}»; translate it or confirm the cut",
                source=whole(segment),
            )


def _addition(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A sentence in the translation has no counterpart in the source.

    Why it matters: an added sentence may be useful context, but it may also be
    text pasted from another article or a comment left in the copy. Check that
    the addition is intended.
    """
    if pair.target and not pair.source:
        if _words_elsewhere(ctx, pair, added=True):
            return
        for segment in pair.target:
            yield Hit(
                message=f"This sentence has no counterpart in the source: «{preview(segment.text)}»; check that the addition is intended",
                target=whole(segment),
            )


def _mostly_added(ctx: CheckContext) -> Iterator[Hit]:
    """A third of the translation or more (three sentences at least) has no counterpart in
    the source.

    Why it matters: each added sentence is only a warning (O302), since a translator may
    add a line of background; but a translation that is mostly additions was checked
    against a source cut short, or against another version of the article, and every
    other finding is then about the wrong text. Check that you compared the right files;
    a free adaptation that adds much on purpose can be waived.
    """
    yield from mostly_added(ctx, lambda context, pair: not _words_elsewhere(context, pair, added=True))


# A translation shorter than this share of what the article's own sentence pairs
# predict, and this many robust deviations below their median, is reported.
TRUNCATION_SHARE = 0.5
TRUNCATION_DEVIATIONS = 3.5
MIN_PAIRS_TO_CALIBRATE = 5


def _truncated(ctx: CheckContext) -> Iterator[Hit]:
    """A translated sentence is far shorter than its source, judged against the
    length ratio of the article's other sentence pairs.

    Why it matters: a translation that stops half way (a clause, a list of names,
    the reason for an event cut) is an omission the sentence aligner cannot see,
    because the sentence itself is there. The threshold is calibrated per
    article: the log length ratio of every paired bead is taken, and a bead is
    reported when it lies more than 3.5 robust deviations (median absolute
    deviation x 1.4826) below the median and below half the typical ratio.
    Restore what was cut.
    """
    pairs = ctx.length_ratios
    if len(pairs) < MIN_PAIRS_TO_CALIBRATE:
        return
    ratios = [p[2] for p in pairs]
    typical = median(ratios)
    spread = max(robust_spread(ratios, typical), 0.08)
    limit = min(typical - TRUNCATION_DEVIATIONS * spread, typical + math.log(TRUNCATION_SHARE))
    for index, (source, target, ratio) in enumerate(pairs):
        if ratio >= limit or _moved_to_neighbour(pairs, index, typical):
            continue
        share = math.exp(ratio - typical)
        yield Hit(
            message=f"The translation is {share:.0%} of the length this article's other sentences predict; check that nothing was cut",
            source=whole(source[0]),
            target=whole(target[-1]),
        )


# A neighbour this much longer than predicted, whose extra length is about what the
# short sentence lacks (between MOVED_MATCH and 1 / MOVED_MATCH of it).
MOVED_EXCESS = 1.25
MOVED_MATCH = 0.5


def _moved_to_neighbour(pairs: list[tuple[Units, Units, float]], index: int, median: float) -> bool:
    """A short sentence whose words went to the next or previous one: a quotation of two
    sentences with its attribution after it in one language («"...," said Tazi») and
    before it in the other (وقال تازي: "...), cut at the same full stop."""
    source, target, _ = pairs[index]
    lacking = chars(source) * math.exp(median) - chars(target)
    for other in (index - 1, index + 1):
        if not 0 <= other < len(pairs):
            continue
        near_source, near_target, near_ratio = pairs[other]
        first, second = sorted(((source, target), (near_source, near_target)), key=lambda unit: unit[0][0].id)
        adjacent = second[0][0].id == first[0][-1].id + 1 and second[1][0].id == first[1][-1].id + 1
        extra = chars(near_target) - chars(near_source) * math.exp(median)
        if adjacent and near_ratio - median >= math.log(MOVED_EXCESS) and MOVED_MATCH <= extra / lacking <= 1 / MOVED_MATCH:
            return True
    return False


# The neighbour of a lone sentence is off by at least this share of its predicted length.
MERGED_OFF = 0.15


def _merged_into_neighbour(ctx: CheckContext, pair: Pair, added: bool, scale: float) -> bool:
    """A sentence on one side only whose words the next or previous pair holds on the
    other side: that pair's translation is too long (an omission) or too short (an
    addition) by about this sentence's length. Two short sentences against one («I will
    wait. I have waited," he said.» for «سأنتظر، فقد انتظرت"»), or a quotation cut at
    one full stop with its attribution moved across it. The aligner then pairs one
    sentence and leaves the other alone."""
    beads = ctx.doc.beads
    at = ctx.bead_positions[pair.bead]
    alone = chars(pair.target) if added else chars(pair.source) * scale  # its length in the translation
    source_segments, target_segments = ctx.doc.source.segments, ctx.doc.target.segments
    lone = pair.target if added else pair.source
    for near in (beads[at - 1] if at else None, beads[at + 1] if at + 1 < len(beads) else None):
        if near is None or not near.source or not near.target:
            continue
        same_side = [(target_segments if added else source_segments)[n] for n in (near.target if added else near.source)]
        if {s.paragraph for s in same_side} != {lone[0].paragraph}:
            continue  # the words move within a paragraph
        held = tuple((source_segments if added else target_segments)[n] for n in (near.source if added else near.target))
        if says_other_things(ctx, lone, tuple(same_side), held):
            continue
        source = chars(tuple(source_segments[i] for i in near.source)) * scale
        target = chars(tuple(target_segments[j] for j in near.target))
        off = source - target if added else target - source  # what the neighbour lacks, or holds extra
        if off >= MERGED_OFF * source and MOVED_MATCH <= off / alone <= 1 / MOVED_MATCH:
            return True
    return False


def _words_elsewhere(ctx: CheckContext, pair: Pair, added: bool) -> bool:
    """The lone sentence's words are in the translation after all: merged into the pair
    next to it (or a quotation's continuation folded into it), moved across a cut with evidence of their own, or moved further away (the
    article's median length ratio, `scale`, says how long each should be)."""
    ratios = [ratio for _, _, ratio in ctx.length_ratios]
    if len(ratios) < MIN_PAIRS_TO_CALIBRATE:
        return False
    scale = math.exp(median(ratios))
    return (
        _merged_into_neighbour(ctx, pair, added, scale)
        or folded_into_quotation(ctx, pair, added, scale)
        or evidence_in_neighbour(ctx, pair, added, scale)
        or moved_elsewhere(ctx, pair, added, scale)
    )


def _unrelated_articles(ctx: CheckContext) -> Iterator[Hit]:
    """The two articles share almost nothing: under one bead in five (a sentence pair,
    or a sentence left alone) has a number, a name, a date or two content words in common.

    Why it matters: two files that are not versions of one article (a wrong file,
    another day's draft) still align sentence by sentence, and every other finding
    is then noise. Check that these are the source and its translation; a very
    free adaptation may also trip it, and can be waived.
    """
    doc = ctx.doc
    sharing, paired, beads = pairs_sharing_evidence(doc, ctx.glossary)
    if paired >= MIN_PAIRS_FOR_RELATEDNESS and sharing / beads < MIN_RELATED_SHARE:
        alone = beads - paired
        yield Hit(
            message=(
                f"Only {sharing} of {paired} aligned sentence pairs share a number, a name or a content word"
                + (f", and {alone} sentences pair with nothing" if alone else "")
                + ": check that these two files are the source and its translation"
            ),
            source=whole(doc.source.segments[0]),
            target=whole(doc.target.segments[0]),
        )


_AR = "وصل الرئيس إلى موسكو يوم الثلاثاء. وعقد اجتماعاً مطولاً مع نظيره الروسي في الكرملين. ثم زار جامعة موسكو الحكومية حيث ألقى كلمة أمام الطلاب."
_EN = (
    "The president arrived in Moscow on Tuesday. He held a long meeting with his Russian counterpart "
    "at the Kremlin. He then visited Moscow State University, where he gave a speech to students."
)
OMISSION = Check(
    "O301", "omission", "omission", Severity.ERROR, EachPair(_omission),
    (
        Example(ar=_AR,
            en="The president arrived in Moscow on Tuesday. He then visited Moscow State University, where he gave a speech to students.", fails=True),
        Example(ar=_AR, en=_EN, fails=False),
        Example(ar="وصل الرئيس إلى موسكو يوم الثلاثاء، وعقد اجتماعاً مع نظيره.",
            en="The president arrived in Moscow on Tuesday. He held a meeting with his counterpart.", fails=False),
    ),
)
ADDITION = Check(
    "O302", "addition", "addition", Severity.WARNING, EachPair(_addition),
    (
        Example(ar=_AR, en=_EN.replace("Kremlin. ",
            "Kremlin. Russia has been a close ally of Damascus for decades and keeps two bases on the coast. "), fails=True),
        Example(ar=_AR, en=_EN, fails=False),
    ),
)
MOSTLY_ADDED = Check(
    "O305", "mostly-added", "addition", Severity.ERROR, WholeArticle(_mostly_added),
    (
        Example(ar=_AR.split(". ")[0] + ".", en=_EN + " Russia keeps two bases on the Syrian coast. Its navy has used the port "
            "of Tartus since the 1970s. The air base at Hmeimim opened in 2015.", fails=True),
        Example(ar=_AR, en=_EN, fails=False),
        # One sentence of background added to a short article: O302's warning alone.
        Example(ar=_AR, en=_EN + " Russia keeps two bases on the Syrian coast.", fails=False),
    ),
)

_AR_LONG = (
    "أعلنت وزارة النقل السورية يوم الأحد أنها ستعيد فتح مطار حلب الدولي أمام الرحلات التجارية الشهر المقبل. "
    "وقال وزير النقل إن أعمال الصيانة في المدرج الرئيسي انتهت. "
    "وأضاف أن ثلاث شركات طيران عربية أبدت اهتمامها بتسيير رحلات منتظمة. "
    "وكان المطار قد أغلق لفترات طويلة خلال السنوات الماضية بسبب المعارك والأضرار التي لحقت به.\n\n"
    "ويأمل سكان حلب أن يسهّل افتتاح المطار سفر المغتربين وعودتهم لزيارة عائلاتهم ويساعد في تنشيط الحركة التجارية والسياحية في شمال البلاد.\n\n"
    "ومن المتوقع أن يحضر الافتتاح عدد من المسؤولين."
)
_EN_LONG = (
    "Syria's transport ministry announced on Sunday that it would reopen Aleppo International Airport to commercial flights next month. "
    "The transport minister said maintenance work on the main runway had been completed. "
    "He added that three Arab airlines had expressed interest in running regular flights. "
    "The airport had been closed for long periods in recent years because of fighting and the damage it suffered.\n\n"
    "Residents of Aleppo hope that reopening the airport will make it easier for expatriates to travel and "
    "return to visit their families, and help revive trade and tourism in the north of the country.\n\n"
    "A number of officials are expected to attend the opening."
)
TRUNCATED = Check(
    "O303", "truncated", "omission", Severity.WARNING, WholeArticle(_truncated),
    (
        Example(ar=_AR_LONG, en=_EN_LONG.replace(
            "Residents of Aleppo hope that reopening the airport will make it easier for expatriates to travel and "
            "return to visit their families, and help revive trade and tourism in the north of the country.\n\n",
            "Residents of Aleppo hope the airport will help expatriates.\n\n",
        ), fails=True),
        Example(ar=_AR_LONG, en=_EN_LONG.replace(
            "The airport had been closed for long periods in recent years because of fighting and the damage it suffered.",
            "The airport had been closed.",
        ), fails=True),
        Example(ar=_AR_LONG, en=_EN_LONG, fails=False),
        Example(ar=_AR, en=_EN, fails=False),
    ),
)

_EN_UNRELATED = (
    "The national football team beat Jordan two goals to one in a friendly in Latakia on Friday. "
    "The winning goal came in the last minute of the match, from a free kick. "
    "The coach said after the game that his young players had shown character.\n\n"
    "Thousands of fans filled the stadium, the first full crowd there in years. "
    "Tickets sold out within hours, the federation said.\n\n"
    "The team now travels to Doha for a tournament in the spring. "
    "Two of its forwards are injured and will miss it. "
    "The federation has asked clubs to release them early. "
    "A new kit will be unveiled before the first game. "
    "Supporters can buy it online from next week."
)
UNRELATED_ARTICLES = Check(
    "O304", "unrelated-articles", "omission", Severity.ERROR, WholeArticle(_unrelated_articles),
    (
        Example(ar=_AR_LONG + "\n\nوقالت الوزارة إن الرحلات الأولى ستكون إلى عمّان وبيروت. وستعلن جداول الرحلات "
            "الأسبوع المقبل. وستخصص صالة جديدة للمسافرين القادمين. وتعمل فرق الصيانة على مدار الساعة.", en=_EN_UNRELATED, fails=True),
        Example(ar=_AR_LONG, en=_EN_LONG, fails=False),
        # Under eight pairs an article says too little to judge, even when unrelated.
        Example(ar=_AR_LONG, en=_EN_UNRELATED.split("\n\n")[0] + "\n\n" + _EN_UNRELATED.split("\n\n")[1], fails=False),
    ),
)

CHECKS = (OMISSION, ADDITION, TRUNCATED, UNRELATED_ARTICLES, MOSTLY_ADDED)
