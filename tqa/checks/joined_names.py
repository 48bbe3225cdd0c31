"""N104 for a compound name written joined and apart: Abdul-Razzaq then Abdulrazzaq.

Arabic compound names (عبد الرزاق, أبو بكر) and family names made with a particle (بن
عيسى: Ben Aissa, Benaissa; Bin, Ibn, Bou) are romanised in two words, hyphenated, or as
one word; a desk keeps one. So are the Hadrami family names made with Ba (با: Ba Wazir,
Bawazir). The single-word comparison cannot see it (one word
against two), so the two writings are compared whole: the same letters, one written
with a hyphen or space after the name's first part, the other as one word. Only the
first parts that begin such names are read (Abdul, Abdel, Abd, Abu, Abou, Ben, Bin, Ibn,
Bou, Ba), so that an ordinary capitalised word never pairs with two others.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqa import patterns
from tqa.checks.arabic_unlisted_names import claimed_spans
from tqa.checks.base import CheckContext, Hit, span
from tqa.checks.name_keeping import keep_advice
from tqa.model import Segment

_FIRST_PARTS = ("Abdul", "Abdel", "Abdal", "Abd", "Abu", "Abou", "Ben", "Bin", "Ibn", "Bou", "Ba")
_APART = patterns.compile(r"\b(?P<first>" + "|".join(_FIRST_PARTS) + r")[-‐ ](?P<rest>[A-Z][a-z]{2,})\b")
_JOINED = patterns.compile(r"\b(?P<first>" + "|".join(_FIRST_PARTS) + r")(?P<rest>[a-z]{3,})\b")

Writing = tuple[Segment, int, int]


def joined_name_spellings(ctx: CheckContext) -> Iterator[Hit]:
    apart: dict[str, list[Writing]] = {}
    joined: dict[str, list[Writing]] = {}
    claimed = claimed_spans(ctx)  # a glossary name's writings: N101 and N102 give its house form
    for segment in ctx.english.segments:
        for found, pattern in ((apart, _APART), (joined, _JOINED)):
            for m in pattern.finditer(segment.text):
                if any(seg == segment.id and start < m.end() and m.start() < end for seg, start, end in claimed):
                    continue
                key = (m["first"] + m["rest"]).casefold()
                found.setdefault(key, []).append((segment, m.start(), m.end()))
    for key in sorted(apart.keys() & joined.keys()):
        both = sorted((apart[key], joined[key]), key=lambda w: (-len(w), w[0][0].id, w[0][1]))
        kept, changed = both[0][0], both[1][0]
        counts = f"«{_text(apart[key][0])}» ×{len(apart[key])}, «{_text(joined[key][0])}» ×{len(joined[key])}"
        keep = None if len(apart[key]) == len(joined[key]) else _text(kept)
        advice = keep_advice(counts, keep, "the spelling used most", _text(changed))
        yield Hit(
            f"«{_text(changed)}» and «{_text(kept)}» look like one name written joined and apart{advice}",
            *ctx.by_role(None, span(*changed)),
            suggestion=keep,
        )


def _text(writing: Writing) -> str:
    segment, start, end = writing
    return segment.text[start:end]
