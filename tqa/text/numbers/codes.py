"""Road numbers written as codes: the N49 national road, the M4 motorway, Route A1.

One side may write a road as a code glued to its letters and the other as a figure
beside a road word («الطريق الوطني رقم 49», "national road 49"); the number is the
fact an editor checks, and a changed road number (N48 for رقم 49) is a real defect.
So the figure of a code is read when a road word stands beside it, on either side.
Other codes glued to letters (H5N1, G20, COP28) stay unread: their figures are part
of a name, which the other side keeps as it is or writes in words.
"""

from __future__ import annotations

import re

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


def part_of_code(text: str, start: int, end: int) -> bool:
    """Digits inside a code (H5N1, م16) in folded Arabic text: a Latin letter right before
    them, as the English side's word boundary rule has it, or an Arabic letter and they
    are too short to be a year or a sum run into a word by a missing space (عام2020، حوالي200)."""
    before = text[start - 1 : start]
    if re.match(r"[A-Za-z]", before):
        return True
    glued = bool(before) and bool(re.match(rf"[{ar.LETTERS}]", before)) and before not in ar.FIGURE_PROCLITICS
    return glued and end - start < 3


# A telephone number, however the desk groups it: 065805642, 06 580 5642, 06-580-5642,
# (06) 580 5642, +962 6 580 5642, 00962 6 5805642. One number, not four figures: a desk
# regroups the digits, or adds the country code and drops the trunk 0 before the area
# code, and the number is the same. A number starts with its trunk 0 or with + (or 00)
# and its country code, written apart as E.123 has it; its groups are split by one kind
# of separator (09.30-10.30 is two times) and it holds 7 to 15 digits. Written with + and
# no space (+96265805642), its country code cannot be told from its area code: the
# comparison then reads it as the number with up to three digits before (same_number).
_PHONE = patterns.compile(
    r"(?<![\w.,+/:-])(?:(?:\+|00)(?P<country>[1-9]\d{0,2})(?P<gap>[ .-])\(?(?P<area>\d)|(?P<trunk>\(?0\d)|\+(?=[1-9]\d{7}))"
    r"\d*\)?(?:(?P<separator>[ .-])\d{2,8}(?:(?P=separator)\d{2,8}){0,4})?(?![\w]|[.,:/]\d)"
)
# 01.05.2024, 05 10 2024: a date in figures, whose groups a telephone number's can look like.
_DATE_LIKE = patterns.compile(r"\(?\d{1,2}\)?([ ./-])\d{1,2}\1\d{2,4}")


def phone_numbers(text: str) -> list[tuple[int, int, float]]:
    """The telephone numbers in `text` (western digits) as (start, end, value): the value is
    the number's own digits, without its country code or trunk 0, so that every grouping of
    one number has one value."""
    found = []
    for match in _PHONE.finditer(text):
        national = match.group()[match.start("area") - match.start() :] if match["country"] else match.group()
        digits = re.sub(r"\D", "", national)
        if not 7 <= len(digits) <= 15 or (match["trunk"] and _DATE_LIKE.fullmatch(match.group())):
            continue
        found.append((match.start(), match.end(), float(int(digits))))
    return found


def same_number(a: float, b: float) -> bool:
    """Two telephone numbers' values (phone_numbers) are one number: equal, or one is the
    other with a country code of one to three digits before it (+96265805642, 065805642)."""
    longer, shorter = sorted((f"{int(a)}", f"{int(b)}"), key=len, reverse=True)
    return longer == shorter or (longer.endswith(shorter) and 1 <= len(longer) - len(shorter) <= 3)
