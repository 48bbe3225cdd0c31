"""Where an unclosed English quotation should have closed.

English news closes a quotation right before its attribution: "... in West
Africa," Alaoui said. When the closing mark is missing, the comma and the
attribution are still there, so the place to fix is known: P501 then shows the
whole quotation, from its opening mark to the attribution, and says where to close.
"""

from __future__ import annotations

import re

_VERBS = r"(?:said|says|added|adds|told|noted|stressed|warned|explained|insisted|argued|wrote|continued|asked)"
_NAME = r"(?:(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|de|van|von)\s+){0,3}[A-Z][\w'’-]*"
_ATTRIBUTION = re.compile(
    rf"[,?!]\s+(?:{_NAME}|he|she|they|the\s+\w+(?:\s+\w+)?)\s+{_VERBS}\b"
    rf"|[,?!]\s+{_VERBS}\s+{_NAME}"
)
_OPENING = ('"', "“")


def missing_close(text: str, index: int) -> tuple[int, int] | None:
    """For an opening quotation mark at `index` that nothing closes in its sentence, the
    attribution it should close before (start, end in `text`), if the sentence has one."""
    if text[index : index + 1] not in _OPENING:
        return None
    rest = text[index + 1 :]
    match = _ATTRIBUTION.search(rest)
    if match is None or any(mark in rest[: match.start()] for mark in ('"', "”", "“")):
        return None  # no attribution, or another quotation mark in between: the gap is elsewhere
    return index + 1 + match.start(), index + 1 + match.end()
