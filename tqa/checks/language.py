"""Language: text left in the source language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqa.checks.base import Check, CheckContext, Example, Hit, span
from tqa.model import Severity

# A run of Arabic words (letters, marks, Arabic punctuation and spaces between them).
_ARABIC_RUN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[\s«»\"“”]+[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+)*")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def _untranslated_arabic(ctx: CheckContext) -> Iterator[Hit]:
    """Arabic script left in the English text.

    Why it matters: an English reader cannot read it; it is usually a phrase the
    translator skipped or page furniture pasted with the copy. Translate it, or
    transliterate a name in the house spelling.
    """
    for segment in ctx.english.segments:
        for match in _ARABIC_RUN.finditer(segment.text):
            if not _ARABIC_LETTER.search(match.group()):
                continue  # Arabic punctuation or digits alone are the numbers checks' business
            yield Hit(
                message=f"Arabic text left in the English: «{match.group()}»; translate it",
                english=span(segment, match.start(), match.end()),
            )


UNTRANSLATED_ARABIC = Check(
    "U401", "untranslated-arabic", "untranslated", Severity.ERROR, _untranslated_arabic,
    (
        Example(ar="أعلنت إدارة الموقع عن تحديث جديد.", en="The إدارة الموقع announced a new update.", fails=True),
        Example(ar="وقال الوزير: «سنعيد البناء».", en="The minister said: «سنعيد البناء».", fails=True),
        Example(ar="أعلنت الإدارة عن تحديث جديد.", en="The management announced a new update.", fails=False),
        Example(ar="ارتفع السعر إلى ٣٥ دولاراً.", en="The price rose to $35.", fails=False),
    ),
)

CHECKS = (UNTRANSLATED_ARABIC,)
