"""The compiled matchers (tqa/glossary/matcher.py) against a reference written plainly:
every form of every entry in one list, the longest one at each word found by trying
them all. Same matches, same spans, same kinds, on random glossaries and sentences."""

from __future__ import annotations

import pickle
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tqa.glossary.matcher import FormTrie, arabic_tokens, arabic_tokens_of, english_tokens, english_tokens_of, fold_english
from tqa.glossary.model import EN_ARTICLES, Glossary, GlossaryEntry, GlossaryMatch, _best_candidate, _case_compatible
from tqa.lang.ar import ARTICLE, PROCLITICS, normalize_with_map, strip_marks
from tqa.text.people import other_arabic_person_before, other_person_before

# ---------------------------------------------------------------- the reference


def plain_fold(text: str) -> tuple[str, list[int]]:
    """fold_english as it was first written: character by character, no shortcuts."""
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch in "’‘ʼ`´ʿʾ":
            ch = "'"
        elif ch in "-‐‑–—\n\t\r":
            ch = " "
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for lowered in part.lower():
                out.append("i" if lowered == "ı" else lowered)
                offsets.append(index)
    offsets.append(len(text))
    return "".join(out), offsets


EN_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
AR_TOKEN = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+")


def plain_words(token: str) -> str:
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token


def plain_english_tokens(form: str) -> tuple[str, ...]:
    return tuple(plain_words(t) for t in EN_TOKEN.findall(plain_fold(form)[0]))


def plain_arabic_tokens(form: str) -> tuple[str, ...]:
    return tuple(AR_TOKEN.findall(normalize_with_map(form)[0]))


Form = tuple[tuple[str, ...], str, str, GlossaryEntry]  # words, form, kind, entry


def reference_forms(entries: tuple[GlossaryEntry, ...]) -> tuple[list[Form], list[Form]]:
    """Every English and Arabic form in the order the glossary adds them (README, 'Glossary
    format'): listed forms, plurals of terms, then forms without their article."""
    english: list[Form] = []
    arabic: list[Form] = []
    for entry in entries:
        listed = [(f, "preferred") for f in (entry.en,)] + [(f, "short") for f in ((entry.short,) if entry.short else ())]
        listed += [(f, "variant") for f in entry.variants] + [(f, "forbidden") for f in entry.forbidden]
        for form, kind in listed:
            words = plain_english_tokens(form)
            english.append((words, form, kind, entry))
            if entry.type == "term" and words and not words[-1].endswith("s"):
                english.append(((*words[:-1], words[-1] + "s"), form, kind, entry))
        for form, kind in listed:
            words = plain_english_tokens(form)
            if len(words) > 1 and words[0] in EN_ARTICLES:
                english.append((words[1:], form, "variant" if kind in ("preferred", "short") else kind, entry))
        arabic += [(plain_arabic_tokens(form), form, "arabic", entry) for form in entry.ar]
    return english, arabic


def longest(forms: list[Form], words: list[str]) -> tuple[int, list[tuple[str, str, GlossaryEntry]]] | None:
    """The longest form equal to the start of `words`, by trying every form; its candidates
    in the order added, each (form, entry) once."""
    sizes = [len(f[0]) for f in forms if f[0] and tuple(words[: len(f[0])]) == f[0]]
    if not sizes:
        return None
    size = max(sizes)
    candidates: list[tuple[str, str, GlossaryEntry]] = []
    for form_words, form, kind, entry in forms:
        if form_words == tuple(words[:size]) and not any(c[0] == form and c[2].id == entry.id for c in candidates):
            candidates.append((form, kind, entry))
    return size, candidates


def reference_english(glossary: Glossary, text: str) -> list[GlossaryMatch]:
    forms, _ = reference_forms(glossary.entries)
    folded, offsets = plain_fold(text)
    tokens = [(m.group(), m.start()) for m in EN_TOKEN.finditer(folded)]
    words = [plain_words(t) for t, _ in tokens]
    found, index = [], 0
    while index < len(words):
        hit = longest(forms, words[index:])
        if hit is None:
            index += 1
            continue
        size, candidates = hit
        start, end = offsets[tokens[index][1]], offsets[tokens[index + size - 1][1] + len(words[index + size - 1])]
        form, kind, entry = _best_candidate(candidates, text[start:end])  # type: ignore[arg-type]
        if _case_compatible(form, text[start:end]) and not other_person_before(entry, text, start):
            found.append(GlossaryMatch(entry, start, end, text[start:end], form, kind))  # type: ignore[arg-type]
            index += size
        else:
            index += 1
    return found


def reference_arabic(glossary: Glossary, text: str) -> list[GlossaryMatch]:
    _, forms = reference_forms(glossary.entries)
    normalized, offsets = normalize_with_map(text)
    tokens = [(m.group(), m.start(), m.end()) for m in AR_TOKEN.finditer(normalized)]
    found, index = [], 0
    while index < len(tokens):
        token = tokens[index][0]
        stems = [(token, 0)]
        for prefix in PROCLITICS:
            if token.startswith(prefix) and len(token) - len(prefix) >= 2:
                stems.append((token[len(prefix) :], len(prefix)))
                if prefix.endswith("لل"):
                    stems.append((ARTICLE + token[len(prefix) :], len(prefix)))
        best = None
        for stem, prefix_length in stems:
            hit = longest(forms, [stem] + [t[0] for t in tokens[index + 1 :]])
            if hit is not None and (best is None or hit[0] > best[0][0]):
                best = (hit, prefix_length)
        if best is None:
            index += 1
            continue
        (size, candidates), prefix_length = best
        form, kind, entry = candidates[0]
        if other_arabic_person_before(entry, normalized, tokens[index][1] + prefix_length):
            index += 1
            continue
        start = offsets[tokens[index][1] + prefix_length]
        end = offsets[tokens[index + size - 1][2] - 1] + 1
        while end < len(text) and strip_marks(text[end]) == "":
            end += 1
        found.append(GlossaryMatch(entry, start, end, text[start:end], form, kind))  # type: ignore[arg-type]
        index += size
    return found


# ---------------------------------------------------------------- random glossaries and sentences

# Few words, so that forms share words and prefixes, and sentences hit them.
EN_WORDS = (
    "al",
    "el",
    "Sharaa",
    "sharaa",
    "Ahmed",
    "Hafez",
    "Assad",
    "Erdoğan",
    "Erdogan",
    "pound",
    "Syrian",
    "Deir",
    "ez-Zor",
    "Zor",
    "Hope",
    "hope",
    "minister's",
    "O'Brien",
    "Tartus",
    "the",
    "said",
)
AR_WORDS = ("الشرع", "أحمد", "حافظ", "الأسد", "بشار", "دمشق", "طرطوس", "هيئة", "تحرير", "الشام", "ليرة", "سورية", "شرع", "الشام")
CLITICS = ("", "", "", "و", "ب", "ل", "ال", "وال", "لل", "ولل", "فال")
SEPARATORS = (" ", " ", " ", "-", ", ", ". ", "’s ", "\n", "  ", "«", "»")
MARKS = ("", "", "", "\u064f", "\u0651", "\u0640")

en_form = st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=3).map(" ".join)
ar_form = st.lists(st.sampled_from(AR_WORDS), min_size=1, max_size=3).map(" ".join)


@st.composite
def glossaries(draw: st.DrawFn) -> Glossary:
    entries = []
    for number in range(draw(st.integers(1, 6))):
        entries.append(
            GlossaryEntry(
                id=draw(st.sampled_from((f"e{number}", "e0"))),  # a repeated id replaces the earlier entry
                type=draw(st.sampled_from(("person", "place", "organisation", "term"))),
                en=draw(en_form),
                ar=tuple(draw(st.lists(ar_form, max_size=2))),
                variants=tuple(draw(st.lists(en_form, max_size=2))),
                forbidden=tuple(draw(st.lists(en_form, max_size=2))),
                short=draw(st.none() | en_form),
            )
        )
    return Glossary(entries)


@st.composite
def sentences(draw: st.DrawFn, words: tuple[str, ...], arabic: bool) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 9))):
        word = draw(st.sampled_from(words))
        if arabic:
            word = draw(st.sampled_from(CLITICS)) + word + draw(st.sampled_from(MARKS))
        parts.append(word + draw(st.sampled_from(SEPARATORS)))
    return "".join(parts).rstrip() if draw(st.booleans()) else "".join(parts)


@given(glossaries(), sentences(EN_WORDS, arabic=False))
def test_english_matches_equal_the_reference(glossary: Glossary, text: str) -> None:
    assert glossary.find(text, "en") == reference_english(glossary, text)


@given(glossaries(), sentences(AR_WORDS, arabic=True))
def test_arabic_matches_equal_the_reference(glossary: Glossary, text: str) -> None:
    assert glossary.find(text, "ar") == reference_arabic(glossary, text)


@given(glossaries(), sentences(EN_WORDS, arabic=False), sentences(AR_WORDS, arabic=True))
def test_a_pickled_glossary_matches_the_same(glossary: Glossary, english: str, arabic: str) -> None:
    copy = pickle.loads(pickle.dumps(glossary))
    assert copy.find(english, "en") == glossary.find(english, "en")
    assert copy.find(arabic, "ar") == glossary.find(arabic, "ar")
    assert copy.entries == glossary.entries


@given(st.text(max_size=40) | st.text(alphabet="aAİıßﬁÉé’`-–\t\n 'ǅΣς̈", max_size=40))
def test_fold_english_equals_the_plain_fold(text: str) -> None:
    assert fold_english(text) == plain_fold(text)
    assert english_tokens(text) == plain_english_tokens(text)


_FORM_TEXT = st.text(alphabet="aAbs0İıßÉé’`'-–\t\n \x00ǅ", max_size=12) | st.text(max_size=12)


@given(st.lists(_FORM_TEXT, max_size=6), st.lists(st.text(alphabet="ابةسلأإى ًَx\x00-", max_size=10), max_size=6))
def test_forms_tokenised_together_as_each_alone(english: list[str], arabic: list[str]) -> None:
    """A glossary's forms are tokenised as one text (#14): a NUL in a form, accents,
    a possessive or an empty form change nothing."""
    assert english_tokens_of(english) == [english_tokens(form) for form in english]
    assert english_tokens_of([*english, "Ali's"]) == [*(english_tokens(form) for form in english), ("ali",)]
    assert arabic_tokens_of(arabic) == [arabic_tokens(form) for form in arabic]


@given(
    st.text(max_size=40)
    | st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x08FF) | st.sampled_from(" -x"), max_size=40)
)
def test_arabic_tokens_equal_the_plain_tokens(text: str) -> None:
    assert arabic_tokens(text) == plain_arabic_tokens(text)


@given(
    st.lists(st.tuples(st.lists(st.sampled_from("abcd"), min_size=1, max_size=4).map(tuple), st.integers(0, 3))),
    st.lists(st.sampled_from("abcde"), max_size=8),
)
def test_trie_longest_equals_trying_every_form(forms: list[tuple[tuple[str, ...], int]], words: list[str]) -> None:
    trie: FormTrie[int] = FormTrie()
    trie.add_all(dict.fromkeys(forms))  # each form once, as the glossary adds them (tqa.glossary.model)
    trie.seal()
    trie = pickle.loads(pickle.dumps(trie))  # half the time a cached trie, unpickled lazily
    for start in range(len(words)):
        fits = [(len(f), v) for f, v in forms if tuple(words[start : start + len(f)]) == f]
        expected = None
        if fits:
            size = max(n for n, _ in fits)
            values = [v for f, v in forms if f == tuple(words[start : start + size])]
            expected = (size, list(dict.fromkeys(values)))
        assert trie.longest(words[start], words, start + 1) == expected


def test_a_sealed_trie_takes_no_more_forms() -> None:
    trie: FormTrie[int] = FormTrie()
    trie.add_all([(("a",), 1)])
    trie.seal()
    try:
        trie.add_all([(("b",), 2)])
    except RuntimeError:
        return
    raise AssertionError("a sealed trie took a form")
