"""An organisation named in other words: "the finance ministry" for the Ministry of
Finance, "Kurdistan Region Prime Minister" for رئيس حكومة إقليم كردستان.

English news rewords an institution's full name when it is part of a title or
read as an adjective. The name is still there when every distinctive word of the
entry's English form is in the sentence (Region for Regional: one stem), and only
the institution's head noun (Government, Ministry, Authority...) may be left out.
"Syrian forces" does not name the Syrian Democratic Forces: Democratic is missing.
"""

from __future__ import annotations

import re

from tqa.glossary.model import GlossaryEntry
from tqa.lang.lexicon import arabic_phrase_concepts, english_concepts
from tqa.model import Segment

# Words that say what kind of body it is, not which: a rewording may drop one.
_HEAD_NOUNS = frozenset(
    [
        "government",
        "ministry",
        "authority",
        "council",
        "group",
        "company",
        "corporation",
        "organisation",
        "organization",
        "office",
        "agency",
        "administration",
        "commission",
        "committee",
        "department",
        "bureau",
    ]
)
_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "de", "al", "el"])
_STEM = 5  # Region and Regional, Kurdish and Kurdistan are not merged below five letters


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"[a-z]+", text.casefold()) if len(w) >= 3}


def named_in_other_words(entry: GlossaryEntry, english: tuple[Segment, ...]) -> bool:
    """An organisation's English form, in other order or as an adjective, in `english`."""
    if entry.type != "organisation":
        return False
    words = [w for w in re.findall(r"[a-z]+", entry.en.casefold()) if w not in _FUNCTION_WORDS]
    if len(words) < 2:
        return False
    present = _stems(" ".join(s.text for s in english))
    absent = [w for w in words if w[:_STEM] not in present]
    return len(absent) == 0 or (len(absent) == 1 and absent[0] in _HEAD_NOUNS and len(words) >= 3)


def named_as_concept(entry: GlossaryEntry, arabic: str, english: tuple[Segment, ...]) -> bool:
    """An institution whose Arabic name is itself a word of the lexicon, in the English as
    that word: «مجلس النواب» is "parliament" (the parliament's decision). Only a concept
    of a phrase counts: «البنك المركزي» gives "bank" through one of its words, and
    "the bank" may be another bank."""
    if entry.type != "organisation":
        return False
    own = arabic_phrase_concepts(arabic)
    return bool(own) and bool(own & english_concepts(" ".join(s.text for s in english)))
