"""Reference: a translation against another version of it (with `tqa check --reference`)."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, Example, Hit, WholeArticle, preview, whole
from tqa.model import Severity
from tqa.scoring.score import divergent_pairs


def _reference_divergence(ctx: CheckContext) -> Iterator[Hit]:
    """A translated sentence diverges from the reference version far more than the
    article's other sentences do.

    Why it matters: when an editor's revision, a second translation or a machine
    translation is at hand, the sentences where it disagrees most are where a
    meaning may have slipped. Compare the two and keep the right one. Runs only
    with `tqa check --reference REF`. A sentence is reported when its chrF against
    its reference counterpart is below 50 and below the article's median chrF
    minus 2.5 robust deviations (1.4826 x the median absolute deviation), so a
    lightly edited copy flags only real rewrites and an independent translation
    only its outliers.
    """
    result = ctx.reference
    if result is None:
        return
    for pair in divergent_pairs(result.pairs):
        evidence = whole(ctx.translation.segments[pair.hyp[0]])
        if pair.ref:
            message = (
                f"The reference says this very differently (chrF {pair.chrf:.1f}): compare it with "
                f"«{preview(pair.ref_text, 120)}» and check the meaning"
            )
        else:
            message = "The reference has no counterpart for this sentence; check that it belongs in the translation"
        yield Hit(message=message, target=evidence, suggestion=pair.ref_text or None)


_AR = (
    "وصل الرئيس إلى موسكو يوم الثلاثاء في زيارة رسمية. وعقد اجتماعاً مطولاً مع نظيره الروسي في الكرملين. "
    "وبحث الجانبان التعاون الاقتصادي وإمدادات القمح. وزار الرئيس بعد ذلك جامعة موسكو الحكومية. "
    "وألقى كلمة أمام الطلاب السوريين هناك. وعاد إلى دمشق مساء الأربعاء."
)
_EN = (
    "The president arrived in Moscow on Tuesday for an official visit. He held a long meeting with his Russian "
    "counterpart at the Kremlin. The two sides discussed economic cooperation and wheat supplies. The president then "
    "visited Moscow State University. He gave a speech to Syrian students there. He returned to Damascus on Wednesday evening."
)
REFERENCE_DIVERGENCE = Check(
    "R701",
    "reference-divergence",
    "reference",
    Severity.INFO,
    WholeArticle(_reference_divergence),
    (
        Example(
            ar=_AR,
            en=_EN.replace("The two sides discussed economic cooperation and wheat supplies.", "Talks covered grain."),
            fails=True,
            reference=_EN,
        ),
        Example(
            ar=_AR,
            en=_EN.replace(
                "He gave a speech to Syrian students there.", "Students cheered as fireworks lit the sky over the river."
            ),
            fails=True,
            reference=_EN,
        ),
        Example(ar=_AR, en=_EN, fails=False, reference=_EN),
        Example(ar=_AR, en=_EN, fails=False),
    ),
)

CHECKS = (REFERENCE_DIVERGENCE,)
