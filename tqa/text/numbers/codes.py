"""Road numbers written as codes: the N49 national road, the M4 motorway, Route A1.

One side may write a road as a code glued to its letters and the other as a figure
beside a road word («الطريق الوطني رقم 49», "national road 49"); the number is the
fact an editor checks, and a changed road number (N48 for رقم 49) is a real defect.
So the figure of a code is read when a road word stands beside it, on either side.
Other codes glued to letters (H5N1, G20, COP28) stay unread: their figures are part
of a name, which the other side keeps as it is or writes in words.
"""

from __future__ import annotations

from tqa import patterns
from tqa.lang import ar, en

_CODE = r"[A-Z]{1,2}-?(?P<number>\d{1,4})\b"
_EN = patterns.compile(
    rf"\b(?:(?P<word>(?i:{'|'.join(en.ROAD_WORDS_BEFORE)}))\s+)?{_CODE}"
    rf"(?(word)|(?=\s+(?:(?i:{'|'.join(en.ROAD_QUALIFIERS)})\s+)?(?i:{'|'.join(en.ROAD_WORDS_AFTER)})\b))"
)
# Folded Arabic: a road word, up to two words that qualify it (الطريق الوطني السريع), the code.
_AR = patterns.compile(
    rf"(?<![{ar.LETTERS}])(?:[وفبل]?(?:{ar.ARTICLE})?|{ar.ARTICLE_AFTER_L})(?:{'|'.join(ar.ROAD_WORDS)})"
    rf"(?:\s+[{ar.LETTERS}]+){{0,2}}\s+{_CODE}"
)


def road_numbers(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the figures of road codes in `text` (Arabic: normalised, western digits)."""
    return [(m.start("number"), m.end("number")) for m in (_AR if lang == "ar" else _EN).finditer(text)]
