"""Glossary forms as word tries, built once per glossary, and the walks that find them.

A form is a sequence of words: English folded (case, accents, apostrophes, the
hyphen after al-/el-), Arabic normalised. The forms of a glossary are stored in
a trie keyed word by word, so the longest form at a word of text is found by
walking as many nodes as that form has words: the cost per word of text does
not depend on the glossary's size, and building costs one pass over the forms.
Tries are plain dictionaries, so a compiled glossary pickles quickly
(tqa/glossary/cache.py).

Arabic words are looked up with and without their attached proclitics
(و ف ب ل ك ال); after ل + ال (للشرع) the article's alef is restored (الشرع).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Generic, TypeVar

from tqa import patterns
from tqa.lang.ar import LETTERS_WITH_PERSIAN, normalize, normalize_with_map, strip_marks, strip_proclitics
from tqa.lang.en import TEXTS_SEPARATOR, fold_english, fold_english_text, fold_english_texts

C = TypeVar("C")  # what a form stands for (the glossary's form, kind and entry)
M = TypeVar("M")  # what a caller makes of an accepted hit

EN_TOKEN = patterns.compile(r"[a-z0-9]+(?:'[a-z]+)*")
AR_TOKEN = patterns.compile(f"[{LETTERS_WITH_PERSIAN}]+")


def strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token


def english_tokens(form: str) -> tuple[str, ...]:
    """The words of a form as the text's words are matched (fold_english, no offsets)."""
    folded = fold_english_text(form)
    return tuple(token[:-2] if token.endswith("'s") and len(token) > 3 else token for token in EN_TOKEN.findall(folded))


def arabic_tokens(form: str) -> tuple[str, ...]:
    return tuple(AR_TOKEN.findall(normalize(form)))


# A glossary's forms are tokenised together: one fold or normalisation of all of them
# (lang.en.fold_english_texts), not one call per form (#14).


# Forms of letters, digits and spaces only: their tokens are str.split's, at half a findall's cost.
_PLAIN_ENGLISH = patterns.compile("[a-z0-9 ]*")
_PLAIN_ARABIC = patterns.compile(f"[{LETTERS_WITH_PERSIAN} {TEXTS_SEPARATOR}]*")


def english_tokens_of(forms: Sequence[str]) -> list[tuple[str, ...]]:
    """english_tokens of each form."""
    folded_forms = fold_english_texts(forms)
    if _PLAIN_ENGLISH.fullmatch(" ".join(folded_forms)):  # no apostrophe: no possessive either
        return list(map(tuple, map(str.split, folded_forms)))
    return [
        tuple(map(strip_possessive, EN_TOKEN.findall(folded))) if "'s" in folded else tuple(EN_TOKEN.findall(folded))
        for folded in folded_forms
    ]


def normalize_texts(texts: Sequence[str]) -> list[str]:
    """normalize() of each text: of them joined, when none holds the separator (it folds
    letter by letter), in one regex and one replace per fold, not as many per text (#14)."""
    joined = TEXTS_SEPARATOR.join(texts)
    if joined.count(TEXTS_SEPARATOR) != len(texts) - 1:  # a text holds the separator (or there is none)
        return list(map(normalize, texts))
    return normalize(joined).split(TEXTS_SEPARATOR)


def arabic_tokens_of(forms: Sequence[str]) -> list[tuple[str, ...]]:
    """arabic_tokens of each form."""
    # One normalize() of all the forms (normalize_texts): a str.translate by dict of Arabic
    # text raised and caught a KeyError per letter (a tenth of a 50,000-entry glossary's load, #14).
    normalized = normalize_texts(forms)
    joined = TEXTS_SEPARATOR.join(normalized)
    if joined.count(TEXTS_SEPARATOR) == len(forms) - 1 and _PLAIN_ARABIC.fullmatch(joined):  # no form holds the separator
        return list(map(tuple, map(str.split, normalized)))
    return [tuple(AR_TOKEN.findall(part)) for part in normalized]


_END = ""  # a node's key for the candidates of the form that ends there: no word is empty
_UNREAD = object()  # a stored trie's first word not yet looked up


def packed(value: object) -> bytes:
    """A subtree as the cache stores it."""
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


class FormTrie(Generic[C]):
    """Forms word by word: node = {word: child node, _END: [candidates]}.

    Forms that fold to the same words (Erdoğan, Erdogan) share one node, their
    candidates in the order added. A form is added once: the glossary drops the forms
    an entry lists twice before it adds them (tqa.glossary.model), so adding one is a
    lookup and an append, with no bookkeeping (#14). `seal()` ends the building.
    """

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        # The forms added, by first word, not yet grown into the first word's subtree: a
        # text reaches a few hundred of a glossary's first words, and only those are grown
        # (all of them when the trie is packed for the cache). Grouping a form is one
        # lookup, where a walk made a dictionary per word (#14).
        self._pending: dict[str, list[tuple[tuple[str, ...], C]]] = {}
        self._sealed = False
        self._subtree: Callable[[str], object] | None = None  # a stored trie's reader
        self._empty = False

    def add_all(self, forms: Iterable[tuple[tuple[str, ...], C]]) -> None:
        """Add each form (its words) with its candidate, in order, in one call (#14)."""
        if self._sealed:
            raise RuntimeError("the trie is sealed")
        pending = self._pending
        for form in forms:
            if form[0]:  # no words: nothing to add
                group = pending.get(form[0][0])
                if group is None:
                    pending[form[0][0]] = [form]
                else:
                    group.append(form)

    def seal(self) -> None:
        self._sealed = True

    def packed(self) -> dict[str, Any]:
        """Each first word's forms as the cache stores them (tqa.glossary.stored.trie_rows):
        the forms added, or the subtree grown from them once a text reached the word. A
        cached glossary grows a word's subtree when a text has the word: a desk's 50,000
        first words are not all grown to be cached (#14)."""
        if not self._sealed:
            raise RuntimeError("only a sealed trie is packed")
        return {**self.root, **self._pending}

    @classmethod
    def stored(cls, subtree: Callable[[str], object], empty: bool) -> FormTrie[C]:
        """A sealed trie whose first words' forms are read as texts reach them (a cached
        glossary's, tqa/glossary/cache.py): `subtree` gives what packed() gave for the word,
        or it pickled, or None. `empty`: it has no form at all."""
        trie: FormTrie[C] = cls()
        trie._sealed, trie._subtree, trie._empty = True, subtree, empty
        return trie

    @property
    def empty(self) -> bool:
        return self._empty if self._subtree is not None else not (self.root or self._pending)

    def _child(self, first: str) -> dict[str, Any] | None:
        node = self.root.get(first, _UNREAD)
        if node is _UNREAD:
            group = self._pending.pop(first, None)
            if group is not None:
                node = self.root[first] = _grown(group)
            elif self._subtree is None:
                return None
            else:  # None too: a word not in the glossary is asked once
                node = self._subtree(first)
                node = pickle.loads(node) if isinstance(node, bytes) else node
                node = self.root[first] = _grown(node) if isinstance(node, list) else node  # forms, or a subtree grown before
        return node  # type: ignore[no-any-return]

    def longest(self, first: str, rest: Sequence[str], start: int) -> tuple[int, list[C]] | None:
        """The longest form whose words are `first`, rest[start], rest[start + 1], ...:
        its length in words and its candidates."""
        node: dict[str, Any] | None = self._child(first)
        best: tuple[int, list[C]] | None = None
        length, position = 1, start
        while node is not None:
            candidates = node.get(_END)
            if candidates is not None:
                best = (length, candidates)
            if position >= len(rest):
                break
            node = node.get(rest[position])
            length, position = length + 1, position + 1
        return best


def _grown(group: list[tuple[tuple[str, ...], C]]) -> dict[str, Any]:
    """The subtree of the forms of one first word (`group`, in the order added): node =
    {word: child node, _END: [candidates]}, the candidates of forms that fold to the same
    words in one list."""
    top: dict[str, Any] = {}
    for words, candidate in group:
        node = top
        for word in words[1:]:  # not setdefault(word, {}): a new dict per word, mostly thrown away (#14)
            child = node.get(word)
            if child is None:
                child = node[word] = {}
            node = child
        candidates = node.get(_END)
        if candidates is None:
            node[_END] = [candidate]
        else:
            candidates.append(candidate)
    return top


EnglishAccept = Callable[[int, int, list[C]], M | None]  # (start, end, candidates) -> a match or None
ArabicAccept = Callable[[str, int, int, int, list[C]], M | None]  # (normalized, its start, start, end, candidates)


def find_english(trie: FormTrie[C], text: str, accept: EnglishAccept[C, M]) -> Iterator[M]:
    """Left to right, the longest form at each word; an accepted hit is skipped over,
    a refused one gives the next word its turn. An empty glossary finds nothing, unread."""
    if trie.empty:
        return
    folded, offsets = fold_english(text)
    tokens = [(m.group(), m.start()) for m in EN_TOKEN.finditer(folded)]
    words = [strip_possessive(token) for token, _ in tokens]
    index = 0
    while index < len(tokens):
        hit = trie.longest(words[index], words, index + 1)
        if hit is None:
            index += 1
            continue
        length, candidates = hit
        last = index + length - 1
        start, end = offsets[tokens[index][1]], offsets[tokens[last][1] + len(words[last])]
        found = accept(start, end, candidates)
        if found is None:
            index += 1
            continue
        yield found
        index += length


def find_arabic(trie: FormTrie[C], text: str, accept: ArabicAccept[C, M]) -> Iterator[M]:
    """The same walk over normalised Arabic words, each first word tried bare and without
    each proclitic it may carry; the stem that reaches the longest form wins."""
    if trie.empty:
        return
    normalized, offsets = normalize_with_map(text)
    tokens = [(m.group(), m.start(), m.end()) for m in AR_TOKEN.finditer(normalized)]
    words = [token for token, _, _ in tokens]
    index = 0
    while index < len(tokens):
        found: tuple[tuple[int, list[C]], int] | None = None
        for stem, prefix_length in arabic_stems(words[index]):
            hit = trie.longest(stem, words, index + 1)
            if hit is not None and (found is None or hit[0] > found[0][0]):
                found = (hit, prefix_length)
        if found is None:
            index += 1
            continue
        (length, candidates), prefix_length = found
        normalized_start = tokens[index][1] + prefix_length
        start = offsets[normalized_start]
        end = offsets[tokens[index + length - 1][2] - 1] + 1
        while end < len(text) and strip_marks(text[end]) == "":
            end += 1  # keep the word's final vowel marks with it
        match = accept(normalized, normalized_start, start, end, candidates)
        if match is None:
            index += 1  # «حافظ الأسد»: another person of the family
            continue
        yield match
        index += length


@lru_cache(maxsize=65536)  # each sentence's words, asked again for every sentence they are in (#14)
def arabic_stems(token: str) -> tuple[tuple[str, int], ...]:
    """The token itself and what is left after each proclitic it may carry.

    A stem must keep at least two letters: a proclitic never stands for a whole
    name. After ل + ال (للشرع) the article's alef is restored: الشرع.
    """
    return ((token, 0), *strip_proclitics(token, min_stem=2, article="also"))
