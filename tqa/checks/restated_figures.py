"""A figure the article gave before, which one version repeats and the other refers back to.

"The plant will create 1,200 jobs ... Of the 1,200 new jobs, 70% will go to nationals"
may be translated «... من الوظائف الجديدة، ستذهب ٧٠٪ إلى مواطنين»: the translation
names the jobs with the article, as Arabic and English both do for a thing the reader
has already met, instead of repeating their number. The reader has the figure, from the
earlier sentence that both versions give. The number checks (D201, D202) leave such a
figure alone when:

- both versions gave the same figure in an earlier sentence pair;
- the figure counts the same thing both times it is given (the words after it share a
  word or a lexicon concept: "1,200 permanent jobs", "1,200 new jobs"), or labels the
  same thing ("known as Line 7 ... Power for Line 7", «الخط ٧ ... وسيحصل الخط»);
- the other version's sentence has a definite noun ("the jobs", «الوظائف») for what its
  own earlier mention of the figure counted («١٢٠٠ وظيفة»).

A figure dropped the first time it is given, or whose earlier mention the translation
lost, is still reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tqa import patterns
from tqa.lang.ar import FUNCTION_WORDS, normalize, proclitic_stems
from tqa.lang.lexicon import arabic_concepts, english_concepts
from tqa.model import Segment
from tqa.text.numbers import Quantity, quantities

# (Arabic segments, English segments) of a sentence pair with both sides.
Pair = tuple[tuple[Segment, ...], tuple[Segment, ...]]

_EN_WORD = patterns.compile(r"[A-Za-z][A-Za-z'-]*")
_AR_WORD = patterns.compile(r"[\u0621-\u064A\u064B-\u0652]+")
_EN_SMALL = frozenset(("of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "per", "cent"))
_EN_DEFINITE = patterns.compile(r"\b(?:the|these|those|its|their|such)\s+((?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+)", re.IGNORECASE)
_AR_NOUN_BEFORE = patterns.compile(r"([\u0621-\u064A\u064B-\u0652]+)\s+الـ?\s?$|(ال[\u0621-\u064A\u064B-\u0652]+)\s+$")
# A figure that labels what the noun before it names: "Line 7", "Gate 3" («الخط ٧», «البوابة ٣»).
_EN_LABEL_BEFORE = patterns.compile(r"\b([A-Z][a-z]+)\s+$")
_COUNTED_WORDS = 3  # the words after a figure that say what it counts: "1,200 new permanent jobs"


def refers_back(segment: Segment, quantity: Quantity, lang: str, earlier: Sequence[Pair], other: tuple[Segment, ...]) -> bool:
    """The figure (in `lang`, in `segment`) was given in an earlier pair by both versions,
    and the `other` version's sentences refer back to what it counted with a definite noun."""
    counted = _counted(segment.text, quantity, lang)
    theirs = "en" if lang == "ar" else "ar"
    if quantity.soft or not counted or not _given(quantity, counted, earlier, lang):
        return False
    definite = set().union(*(_definite(s.text, theirs) for s in other))
    for arabic, english in earlier:
        for s in english if theirs == "en" else arabic:
            for q in _figures(s.text, theirs):
                if q.same_value(quantity) and _counted(s.text, q, theirs) & definite:
                    return True
    return False


def _given(quantity: Quantity, counted: frozenset[str], earlier: Sequence[Pair], lang: str) -> bool:
    """The same figure, counting the same thing, is in an earlier sentence of its own version."""
    for arabic, english in earlier:
        for s in arabic if lang == "ar" else english:
            if any(q.same_value(quantity) and _counted(s.text, q, lang) & counted for q in _figures(s.text, lang)):
                return True
    return False


@lru_cache(maxsize=4096)
def _figures(text: str, lang: str) -> tuple[Quantity, ...]:
    # Each leftover figure reads every earlier sentence: read each once per run.
    return tuple(q for q in quantities(text, lang) if not q.soft)


def _counted(text: str, quantity: Quantity, lang: str) -> frozenset[str]:
    """The keys of the words after a figure, which say what it counts; and of the noun before
    a figure that takes the article («المنازل الـ٨٥٠», the 850 homes) or that the figure
    labels ("Line 7", «الخط ٧»: a later "the line" names it)."""
    pattern = _AR_WORD if lang == "ar" else _EN_WORD
    words = [m[0] for m in pattern.finditer(text, quantity.end, min(len(text), quantity.end + 60))][:_COUNTED_WORDS]
    before = _AR_NOUN_BEFORE if lang == "ar" else _EN_LABEL_BEFORE
    noun = before.search(text, max(0, quantity.start - 30), quantity.start)
    if noun is not None:
        words.append(next(g for g in noun.groups() if g))
    return frozenset(key for word in words for key in _keys(word, lang))


def _definite(text: str, lang: str) -> frozenset[str]:
    """The keys of the definite nouns of a sentence: «الوظائف», "the (new) jobs"."""
    if lang == "en":
        return frozenset(key for m in _EN_DEFINITE.finditer(text) for word in m[1].split() for key in _keys(word, "en"))
    words = (normalize(w) for w in _AR_WORD.findall(text))
    return frozenset(key for w in words if re.match(r"(?:[وفبك]?ال|[وف]?لل)", w) for key in _keys(w, "ar"))


def _keys(word: str, lang: str) -> frozenset[str]:
    """A content word as it may be compared: its lexicon concepts and its plain form
    (English singular, Arabic without clitics); nothing for a function word."""
    if lang == "en":
        lowered = word.lower()
        if lowered in _EN_SMALL or len(lowered) < 3:
            return frozenset()
        return frozenset({lowered.removesuffix("s"), *english_concepts(lowered)})
    folded = normalize(word)
    stems = {folded, *proclitic_stems(folded, min_stem=3)}
    if stems & FUNCTION_WORDS:
        return frozenset()
    return frozenset({*stems, *arabic_concepts(folded)})
