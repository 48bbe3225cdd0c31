"""The transliteration key: do two Latin spellings write the same Arabic name?

Arabic names reach English through several conventions (ARABIC.md, "How Arabic
names are spelled in English"). The key undoes the differences those
conventions make, and nothing more:

- ASCII-fold and lower-case (Erdoğan = Erdogan); drop ayn and hamza marks (' ʿ ’),
  because writers include or omit them freely (Shara'a = Sharaa);
- drop the article and its assimilated forms (al-, el-, ash-, ez- ...);
- French and German routes: ch -> sh, dj -> j, sch -> sh, ou -> u, c before e/i/y -> s,
  final -ine -> -in (Houcine = Hussein for حسين, Yacine = Yassin);
- q, c, ck -> k (Qamishli = Kamishli), and q = g as Gulf and Maghreb speech say ق (Ishag); ph -> f;
- initial kh before a consonant -> h: Russian renders ح as kh (Khmeimim =
  Hmeimim), but before a vowel kh is خ (Khoms is not Homs);
- long vowels and diphthongs: oo/ou/o -> u, ee/ei/ey/ie -> i, ay/ai before a
  consonant -> i (Humaymim = Hmeimim); final -ah/-eh -> -a (Raqqah = Raqqa);
- doubled letters collapse: shadda is written or not (Hassan = Hasan).

Two spellings are the same name when their keys are equal, or when their
consonants are equal and every vowel slot is compatible (a~e, i~e, u~o, or a
vowel against none: Hmeimim = Humaymim), which keeps Hama apart from Homs.
A short list of pairs that collide but are different names (Assad الأسد and
Asaad أسعد) is kept apart explicitly.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from tqa import patterns
from tqa.lang.en import ARTICLES as _ARTICLE_LIST
from tqa.lang.en import fold_ascii as fold
from tqa.lang.en import fold_keeping_marks

ARTICLES = frozenset(_ARTICLE_LIST)
# Different names whose spellings the rules cannot tell apart: the doubled s of
# Assad is shadda (الأسد), the aa of Asaad is ayn (أسعد).
DIFFERENT_NAMES = frozenset({frozenset({"assad", "asaad"}), frozenset({"asad", "asaad"}), frozenset({"saleh", "salah"})})
_VOWELS = "aeiou"
_COMPATIBLE = {("a", "e"), ("e", "a"), ("i", "e"), ("e", "i"), ("u", "o"), ("o", "u")}
# A c before e, i or y says s (French and English alike); the others say k.
DIGRAPHS = (
    ("sch", "sh"),
    ("dj", "j"),
    ("ch", "sh"),
    ("ph", "f"),
    ("dh", "d"),
    ("ck", "k"),
    ("q", "k"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "sy"),
    ("c", "k"),
    ("x", "ks"),
)
_VOWEL_RULES = (
    (patterns.compile(r"(?:ou|oo|o)"), "u"),
    (patterns.compile(r"(?:ee|ei|ey|ie)"), "i"),
    (patterns.compile(r"(?:ay|ai)(?=[^aeiou]|$)"), "i"),
    (patterns.compile(r"(?:ah|eh)$"), "a"),
    (patterns.compile(r"(?<=[^aeiou]i[nm])e$"), ""),  # French -ine for ين, -ime for يم: Houcine, Karime
    (patterns.compile(r"(?<=[^aeiou])y(?=[^aeiou]|$)"), "i"),  # ي between consonants or final: Halaby = Halabi
    (patterns.compile(r"(?<=[^aeiou])y(?=[aeiou])|(?<=i)y(?=[aeiou]|$)"), "i"),  # Abyad = Abiad, Baniyas = Banias, Dmitriy
    # Allah compounds: Abdullah = Abdallah, Hezbollah = Hizballah.
    (patterns.compile(r"[aeiou]l+ah?$"), "alah"),
)
_TOKEN_SPLIT = patterns.compile(r"[\s\-‐‑–]+")


# The functions below are pure and called tens of thousands of times per article by
# the name checks (each name against every other), so they are memoised (#14).


def name_tokens(name: str) -> list[str]:
    parts = [p for p in _TOKEN_SPLIT.split(fold(name)) if p]
    parts = [p.removesuffix("'s") for p in parts]
    kept = [p for p in parts if p not in ARTICLES]
    return kept or parts


# Compiled from tqa's pattern cache (tqa.patterns), not by `re` at each run's first call (#14).
_NOT_LETTER = patterns.compile(r"[^a-z]")
_REPEATED = patterns.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The key of one word, as described in the module docstring."""
    word = _NOT_LETTER.sub("", fold(token))
    if word.startswith("kh") and len(word) > 2 and word[2] not in _VOWELS:
        word = word[1:]
    for digraph, single in DIGRAPHS:
        word = word.replace(digraph, single)
    for pattern, replacement in _VOWEL_RULES:
        word = pattern.sub(replacement, word)
    return _REPEATED.sub(r"\1", word)


def key_tokens(name: str) -> tuple[str, ...]:
    """Per-word keys without articles: 'Ahmed al-Sharaa' -> ('ahmed', 'shara')."""
    return tuple(token_key(t) for t in name_tokens(name))


def translit_key(name: str) -> str:
    """One key for a whole name; spellings of one name share it in most cases."""
    return " ".join(key_tokens(name))


_CONSONANT_UNITS = patterns.compile(r"sh|kh|th|dh|gh|[b-df-hj-np-tv-z]")


@lru_cache(maxsize=65536)
def _skeleton(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Consonants, and the vowel group before each consonant and after the last."""
    consonants: list[str] = []
    vowels: list[str] = []
    position = 0
    for match in _CONSONANT_UNITS.finditer(key):
        vowels.append(key[position : match.start()])
        consonants.append(match.group())
        position = match.end()
    vowels.append(key[position:])
    return tuple(consonants), tuple(vowels)


def _vowels_compatible(a: str, b: str, final: bool = False, initial: bool = False) -> bool:
    if a == b:
        return True
    if not a or not b:
        # Inside a word a vowel may go unwritten (Hmeimim, Humaymim); at the end it
        # is a different word (Halab, Halabi; Aden, Adana), and at the start too: a
        # first vowel writes a letter, hamza or ayn (Asadi الأسدي, Saadi الساعدي).
        return not (final or initial)
    if len(a) == 1 and len(b) == 1:
        return (a, b) in _COMPATIBLE
    return a[0] == b[0] or (a[0], b[0]) in _COMPATIBLE


@lru_cache(maxsize=131072)
def same_token(a: str, b: str) -> bool:
    key_a, key_b = token_key(a), token_key(b)
    if frozenset({key_a, key_b}) in DIFFERENT_NAMES or frozenset({fold(a), fold(b)}) in DIFFERENT_NAMES:
        return False
    if key_a == key_b:
        return True
    if "q" in (a + b).lower() and "g" in (a + b).lower():  # ق said g: Ishag = Ishaq, Gaddafi = Qaddafi; Gamal is not Kamal
        return same_token(a.lower().replace("q", "g"), b.lower().replace("q", "g"))
    consonants_a, vowels_a = _skeleton(key_a)
    consonants_b, vowels_b = _skeleton(key_b)
    if consonants_a != consonants_b or not consonants_a:
        return False
    last = len(vowels_a) - 1
    return all(
        _vowels_compatible(x, y, final=i == last, initial=i == 0)
        for i, (x, y) in enumerate(zip(vowels_a, vowels_b, strict=False))
    )


@lru_cache(maxsize=131072)
def same_name(a: str, b: str) -> bool:
    """True when a and b are spellings of the same name, word for word."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if len(tokens_a) != len(tokens_b) or not tokens_a:
        return False
    return all(same_token(x, y) for x, y in zip(tokens_a, tokens_b, strict=False))


@lru_cache(maxsize=65536)
def same_name_group(name: str) -> tuple[tuple[str, ...], ...]:
    """The consonants of each word's key (g as k, for q written g): same_name(a, b) implies
    equal groups (same_token compares keys that are equal or share their consonants), so a
    name need only be compared with the names of its group (#14)."""
    return tuple(tuple("k" if c == "g" else c for c in _skeleton(token_key(token))[0]) for token in name_tokens(name))


def name_similarity(a: str, b: str) -> float:
    """1.0 for the same name, else the share of characters the two keys have in common."""
    if same_name(a, b):
        return 1.0
    return SequenceMatcher(None, translit_key(a), translit_key(b)).ratio() * 0.9


def is_plausible_variant_pair(a: str, b: str) -> bool:
    """Two spellings the key says are one name, each word long enough to be evidence, that differ
    in more than case, hyphens or accents (an apostrophe for ayn counts: Kaabi, Ka'abi)."""
    if fold_keeping_marks(a) == fold_keeping_marks(b):
        return False
    if any(len(t) < 4 for t in name_tokens(a) + name_tokens(b)):
        return False
    return same_name(a, b)
