"""Latin and Arabic spellings of a name reduced to one consonant skeleton.

The transliteration key (tqa.text.translit) compares two Latin spellings; the
skeletons here compare a Latin spelling with an Arabic word: هاميل ~ Hamill -> "HML".
They find the Arabic word an English name renders (its partner) and give the aligner
anchors that both scripts share.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tqa import patterns
from tqa.lang.ar import BASE_LETTERS, normalize, proclitic_stems, strip_proclitics
from tqa.lang.en import fold_ascii as fold
from tqa.text.translit import name_tokens

# Consonant classes shared by Arabic letters and their usual Latin renderings, so
# that a name written in both scripts gets one skeleton: هاميل ~ Hamill -> "HML",
# فلاديمير ~ Vladimir -> "FLTMR". Long vowels (ا و ي ى) and ayn/hamza have no
# stable Latin letter and are dropped, as are Latin vowels, w and y. Coarse on
# purpose: t/d, s/z/sh and k/q/g/j merge because renderings vary exactly there.
ARABIC_CLASSES = str.maketrans(
    {
        "ب": "B",
        "پ": "B",
        "ف": "F",
        "ڤ": "F",
        "ت": "T",
        "ط": "T",
        "د": "T",
        "ض": "T",
        "ث": "T",
        "ذ": "T",
        "ظ": "T",
        "س": "S",
        "ص": "S",
        "ز": "S",
        "ش": "S",
        "ك": "K",
        "ق": "K",
        "غ": "K",
        "ج": "K",
        "گ": "K",
        "ه": "H",
        "ح": "H",
        "خ": "H",
        "ل": "L",
        "ر": "R",
        "م": "M",
        "ن": "N",
        "ا": "",
        "أ": "",
        "إ": "",
        "آ": "",
        "و": "",
        "ي": "",
        "ى": "",
        "ة": "",
        "ء": "",
        "ع": "",
        "ؤ": "",
        "ئ": "",
    }
)
LATIN_DIGRAPH_CLASSES = (
    ("sch", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "t"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "h"),
    ("gh", "k"),
    ("ck", "k"),
    ("x", "ks"),
)
# c before e, i or y says s, in French routes as in English (Houcine حسين, Yacine ياسين).
_SOFT_C = patterns.compile(r"c(?=[eiy])")
LATIN_CLASSES = str.maketrans(
    {
        "b": "B",
        "p": "B",
        "f": "F",
        "v": "F",
        "t": "T",
        "d": "T",
        "s": "S",
        "z": "S",
        "c": "K",
        "k": "K",
        "q": "K",
        "g": "K",
        "j": "K",
        "h": "H",
        "l": "L",
        "r": "R",
        "m": "M",
        "n": "N",
    }
)


class _Capitals(dict[int, str]):
    """A class table with only the capitals of each character's classes kept (the key
    letters; the rest is dropped), each character's found once: a word's skeleton in one
    translate, the same as translating and dropping what is not a capital (issue 14)."""

    def __init__(self, classes: dict[int, str]) -> None:
        super().__init__()
        self.classes = classes

    def __missing__(self, code: int) -> str:
        self[code] = "".join(ch for ch in chr(code).translate(self.classes) if ch.isupper())
        return self[code]


_ARABIC_KEYS = _Capitals(ARABIC_CLASSES)
_LATIN_KEYS = _Capitals(LATIN_CLASSES)


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_DOUBLED = patterns.compile(r"([a-z])\1+")
_FIRST_WH = patterns.compile(r"^wh")


@lru_cache(maxsize=131072)
def latin_skeleton(word: str) -> str:
    """Consonant classes of a Latin word; doubled letters count once (Arabic writes
    shadda as a mark, so Hassan and حسن both give HSN), and a first wh is w (Whitaker, ويتاكر)."""
    text = _FIRST_WH.sub("w", _DOUBLED.sub(r"\1", fold(word)))
    for digraph, single in LATIN_DIGRAPH_CLASSES:
        text = text.replace(digraph, single)
    text = _SOFT_C.sub("s", text)
    return text.translate(_LATIN_KEYS)


@lru_cache(maxsize=131072)
def arabic_skeletons(word: str) -> frozenset[str]:
    """Skeletons of an Arabic word with and without each proclitic it may carry, and with
    the و of a nisba ending «وي» (العيساوي: LSW, SW, besides LS and S)."""
    word = normalize(word).replace(" ", "")
    stems = [word, *proclitic_stems(word)]
    nisba = {stem.translate(_ARABIC_KEYS) + "W" for stem in stems if stem.endswith(_ARABIC_NISBA_W)}
    return frozenset({stem.translate(_ARABIC_KEYS) for stem in stems} | nisba)


def romanisation_fit(latin: str, arabic: str) -> int:
    """How well the long vowels of an Arabic word fit a Latin spelling (higher is
    better): و against u/o, ي against i/e/y, ا against a. Used to choose among Arabic
    words that share a Latin name's consonants."""
    word = normalize(arabic)
    word = next(iter(proclitic_stems(word, min_stem=3)), word)
    text = latin.casefold()
    pairs = (
        (word.count("و"), sum(text.count(v) for v in "uo")),
        (word.count("ي"), sum(text.count(v) for v in "iey")),
        (word.count("ا"), text.count("a")),
    )
    return -sum(abs(a - b) for a, b in pairs)


# The nisba ending -awi keeps its w in both scripts (Issawi العيساوي, Fahdawi الفهداوي): a
# second skeleton with it, for names whose other consonants are too few (Issawi: S).
_LATIN_NISBA_W = ("awi", "awy", "aoui", "owi", "oui")
_ARABIC_NISBA_W = "وي"


# s, t or d before h may write two Arabic letters, not one sound (ش ث ذ): Is-haq إسحاق,
# Fat-hi فتحي, Ad-ham أدهم.
_TWO_LETTERS = ("sh", "th", "dh")


# French routes: an s after e and before another consonant is silent in French names, and
# Arabic writes none (Dufresne دوفرين, Duchesne دوشين, Dumesnil دومينيل).
_SILENT_S = patterns.compile(r"(?<=e)s(?=[bcdfgjklmnpqrv])")
# Italian and Greek routes: ch before e or i, and before r, says k, and Arabic writes ك
# (Marchetti ماركيتي, Bianchi بيانكي, Christos كريستوس), where English and French read
# sh (Michelle ميشيل): a second skeleton, not a replacement.
_HARD_CH = patterns.compile(r"ch(?=[eir])")


@lru_cache(maxsize=131072)
def latin_skeletons(word: str) -> frozenset[str]:
    """`latin_skeleton`, the skeleton with sh, th or dh read as two letters (Ishaq: SK for
    a ش, SHK for the س and ح of إسحاق), without a French silent s (Dufresne: TFRN for
    دوفرين) when three consonants are left to tell the name, with an Italian or Greek
    hard ch (Marchetti: MRKT for ماركيتي), and with the w of a nisba -awi (Issawi: SW)."""
    folded = fold(word).lower()
    split = (latin_skeleton(folded.replace(pair, f"{pair[0]}-h")) for pair in _TWO_LETTERS if pair in folded)
    silent = latin_skeleton(_SILENT_S.sub("", folded))
    hard = (latin_skeleton(_HARD_CH.sub("k", folded)),) if _HARD_CH.search(folded) else ()
    nisba = (latin_skeleton(word) + "W",) if folded.endswith(_LATIN_NISBA_W) else ()
    return frozenset([latin_skeleton(word), *split, *([silent] if len(silent) >= 3 else []), *hard, *nisba])


@lru_cache(maxsize=131072)  # pure; one English name against each Arabic word of its sentence, by several checks (#14)
def latin_matches_arabic(latin: str, arabic: str, short: bool = False) -> bool:
    """True when `latin` is a plausible romanisation of the Arabic word(s) `arabic`:
    Hmeimim ~ حميميم, Khmeimim ~ حميميم, al-Sharaa ~ الشرع, Peskov ~ بيسكوف, Ishaq ~ إسحاق.
    `short` lets a name of two consonants in fewer than five letters match (Voss ~ فوس):
    for a caller that has other evidence of which word renders the name."""
    arabic_keys = arabic_skeletons(arabic)
    if _ends_in_ta_marbuta(arabic):  # normalising folds ة into ه (H); a name's ة is read a: Rawda ~ روضة
        arabic_keys = arabic_keys | {key.removesuffix("H") for key in arabic_keys}
    return not _name_skeletons(latin, short).isdisjoint(arabic_keys)


_TASHKEEL = "".join(map(chr, range(0x064B, 0x0653)))


def _ends_in_ta_marbuta(arabic: str) -> bool:
    """re.search("\u0629[\u064B-\u0652]*$", arabic) without re: a ة, then marks only, at the end
    or before a final newline (as $ reads it); asked of every Arabic word a name is tried on (#14)."""
    return any(text.rstrip(_TASHKEEL).endswith("\u0629") for text in (arabic, arabic.removesuffix("\n")))


@lru_cache(maxsize=65536)  # one English name against each Arabic word near it: 7,700 calls, 145 names (#14)
def _name_skeletons(latin: str, short: bool) -> frozenset[str]:
    """The skeletons of an English name that carry evidence enough to match."""
    latin_core = " ".join(name_tokens(latin))
    # Two consonants carry little evidence (many Arabic words share them), so a
    # two-consonant name must also be long in Latin letters: Sharaa, not Ali.
    few = len(latin_core) < 5 and not short
    return frozenset(s for s in latin_skeletons(latin_core.replace(" ", "")) if len(s) > 2 or (len(s) == 2 and not few))


# «عبد اللطيف», Abdellatif: a given name of two Arabic words that English writes as one.
_ABD_NAME_BEFORE = patterns.compile(rf"عبد\s+([{BASE_LETTERS}]+)\s+$")
_ABD_LATIN = patterns.compile(r"Abd(?:[aeiou]l)?-?(?P<rest>[A-Za-z'’-]{3,})$", re.IGNORECASE)


def abd_name_before(latin: str, arabic_before: str) -> int | None:
    """Where «عبد X» starts at the end of `arabic_before` when `latin` romanises it as one
    word (Abdellatif «عبد اللطيف», Abdelkader «عبد القادر»): the Latin after Abd (el, al,
    ul) romanises X, its article dropped (the doubled ل of اللطيف is one l in Latin, which
    a whole-word comparison misses). None otherwise."""
    latin_rest, arabic = _ABD_LATIN.match(latin), _ABD_NAME_BEFORE.search(arabic_before)
    if latin_rest is None or arabic is None:
        return None
    stems = [stem for stem, _ in strip_proclitics(normalize(arabic.group(1)), min_stem=2, prefixes=("ال",))]
    fits = any(latin_matches_arabic(latin_rest["rest"].lstrip("-"), stem, short=True) for stem in stems)
    return arabic.start() if fits else None
