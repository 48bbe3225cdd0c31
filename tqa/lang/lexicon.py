"""An Arabic-English lexicon of about 850 concepts, written for tqa, used only as alignment anchors.

Length cannot tell where a sentence was dropped among sentences of similar
length; shared content words can. Each line pairs English stems with Arabic
stems (normalised, without clitics): a word matches a stem it begins with, so
"elect" covers election/elected and "انتخاب" covers انتخابات. Words so common
that they appear in most sentences (said/قال, year/عام) are left out: they
cannot tell one sentence from its neighbour; so are Arabic stems that begin a
common longer word (رسم "drew" begins رسمي "official"; اله begins الهجوم), since
a stem matches every word it begins.

The first 720 concepts were written from general news vocabulary. The next 114
were chosen from the most frequent English words of the shared NTREX, FLORES and
IWSLT sets that had no concept yet (their Arabic written here, each checked
against the Arabic words it would match); bench/align.py therefore also reports
UD PUD, whose vocabulary chose nothing. Then 17 general news words written for the unrelated-bead split
(tqa.align.unrelated): those of the lines a wire translator adds ("did not respond to
a request", "remains subject to approval") and of sentences dropped for them. Then 2
(authority, expansion) of a tight translation that the aligner paired with the longer
sentence added after it, for want of a word in common; 2 (outage, convince) of a
translation left alone while the sentence added before it took its partner; and the last 2
(compete, prefer) of a quoted sentence left alone that the translation joined to the one before.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import chain, islice

from tqa import patterns
from tqa.lang import data_text
from tqa.lang.ar import BASE_LETTERS, normalize, proclitic_stems

_EN_WORD = patterns.compile(r"[a-z]+")
_AR_WORD = patterns.compile(f"[{BASE_LETTERS}]+")


Index = dict[str, list[tuple[str, str]]]

# The future prefix before an imperfect verb: سيبني "will build" is يبني, the form the
# lexicon lists, and ستنتهي "will end" تنتهي. Only before the imperfect's ي, ت or ن: a
# noun rarely begins with those and then a lexicon verb (سياسة, ستة, سنوات leave ياسة,
# تة, نوات, which no stem begins); names and short stems are kept out by `_future_concepts`.
_FUTURE = ("سي", "ست", "سن")
_FUTURE_STEM = 4


@cache
def _table() -> tuple[str, ...]:
    """The concept lines of data/lexicon.tsv (its header says where they come from)."""
    text = data_text("lexicon.tsv")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _indexes() -> tuple[Index, Index, list[tuple[str, str]], list[tuple[str, str]]]:
    """Stems bucketed by their first two letters; multi-word stems kept apart."""
    english: Index = {}
    arabic: Index = {}
    english_phrases: list[tuple[str, str]] = []
    arabic_phrases: list[tuple[str, str]] = []
    sides = [line.partition("\t")[::2] for line in _table()]
    written = [[w.strip() for w in right.split("|") if w.strip()] for _, right in sides]
    # Every Arabic form normalised in one call: normalize folds letter by letter and leaves
    # the newline alone, so this is normalize of each form, without 3,000 calls (#14).
    folded = iter(normalize("\n".join(chain.from_iterable(written))).split("\n"))
    for (left, _), forms in zip(sides, written, strict=True):
        stems = [w.strip() for w in left.split("|") if w.strip()]
        concept = "w:" + stems[0].rstrip("$").replace(" ", "_")
        for stem in stems:
            (english_phrases.append((stem, concept)) if " " in stem else english.setdefault(stem[:2], []).append((stem, concept)))
        for form in islice(folded, len(forms)):
            (arabic_phrases.append((form, concept)) if " " in form else arabic.setdefault(form[:2], []).append((form, concept)))
    return english, arabic, english_phrases, arabic_phrases


@lru_cache(maxsize=2)
def _stems(arabic: bool) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """A side's stems as the whole words they match and as the beginnings they match, so
    that a word is looked up by its own beginnings instead of tried against its bucket.
    Short stems (war, tax, دم) must be the whole word, or its plural: "war" is not "warn"
    and "tea" is not "team"; so must a stem marked with a final $ that begins a common
    word of another sense ("camp$": a campaign is no camp)."""
    plural = "ات" if arabic else "s"
    whole: dict[str, set[str]] = {}
    beginnings: dict[str, set[str]] = {}
    english, arabic_index, _, _ = _indexes()
    for bucket in (arabic_index if arabic else english).values():
        for stem, concept in bucket:
            if not stem.endswith("$") and len(stem) > (2 if arabic else 3):
                beginnings.setdefault(stem, set()).add(concept)
                continue
            for form in (stem.removesuffix("$"), stem.removesuffix("$") + plural):
                if form[:2] == stem[:2]:  # the bucket a word and its stem share
                    whole.setdefault(form, set()).add(concept)
    return whole, beginnings


@lru_cache(maxsize=131072)
def _word_concepts(word: str, arabic: bool) -> frozenset[str]:
    whole, beginnings = _stems(arabic)
    found = set(whole.get(word, ()))
    for end in range(3 if arabic else 4, len(word) + 1):  # the shortest stem matched by its beginning
        found.update(beginnings.get(word[:end], ()))
    return frozenset(found)


def _lookup(words: set[str], arabic: bool) -> set[str]:
    return set().union(*[_word_concepts(word, arabic) for word in words])  # united in C (#14)


@lru_cache(maxsize=65536)  # a word's concepts, with and without its proclitics: once for every sentence (#14)
def _arabic_word_concepts(word: str) -> frozenset[str]:
    forms = {word, *proclitic_stems(word)}
    future = [_future_concepts(form[1:]) for form in forms if form.startswith(_FUTURE)]
    return frozenset(_lookup(forms, arabic=True).union(*future))


def _future_concepts(verb: str) -> set[str]:
    """The concepts of an imperfect verb that followed the future prefix, by stems of four
    letters or more only: a shorter one begins too many words and names (السيد is no يد
    "hand", سيرينا "Serena" no يري "see")."""
    beginnings = _stems(True)[1]
    return set().union(*(beginnings.get(verb[:end], ()) for end in range(_FUTURE_STEM, len(verb) + 1)))


@lru_cache(maxsize=65536)  # one argument, the word, as the key: looked up in C for every sentence (#14)
def _english_word_concepts(word: str) -> frozenset[str]:
    return _word_concepts(word, arabic=False)


def english_concepts(text: str) -> set[str]:
    phrases = _indexes()[2]
    lowered = text.lower()
    found: set[str] = set().union(*map(_english_word_concepts, set(_EN_WORD.findall(lowered))))
    found.update(concept for phrase, concept in phrases if phrase in lowered)
    return found


def arabic_concepts(text: str) -> set[str]:
    phrases = _indexes()[3]
    normalized = normalize(text)
    found: set[str] = set().union(*map(_arabic_word_concepts, set(_AR_WORD.findall(normalized))))
    found.update(concept for phrase, concept in phrases if phrase in normalized)
    return found


# The regular endings a lexicon word takes whole: the feminine plural, ة (ه once
# normalised), the dual and the masculine plural. Not the nisba ي: «الساعدي» is a
# family name, though it begins with ساعد "helped".
_ARABIC_WORD_ENDINGS = ("", "ات", "ه", "ان", "ين", "ون")


def is_arabic_lexicon_word(word: str) -> bool:
    """`word` (with or without its proclitics) is one of the lexicon's Arabic words whole,
    not merely a word that begins with one of its stems (`arabic_concepts` matches those)."""
    arabic = _indexes()[1]
    normalized = normalize(word)
    for form in (normalized, *proclitic_stems(normalized)):
        if any(form == stem + ending for stem, _ in arabic.get(form[:2], ()) for ending in _ARABIC_WORD_ENDINGS):
            return True
    return False


def arabic_phrase_concepts(text: str) -> set[str]:
    """The concepts of the lexicon's multi-word Arabic stems in `text` (مجلس النواب: parliament)."""
    normalized = normalize(text)
    return {concept for phrase, concept in _indexes()[3] if phrase in normalized}
