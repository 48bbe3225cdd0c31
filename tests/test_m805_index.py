"""M805's index of glossary name words, grouped by a rough key cheap enough for every
word of a 50,000-entry glossary (#14): grouping by it must part no two words that the
transliteration key reads as one name, or a misspelling would go unreported."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tqa.checks.sense import _consonants, _rough_key, _rough_keys, _targets
from tqa.glossary.files import load_glossaries
from tqa.text.names import name_word_targets
from tqa.text.translit import same_name

ROOT = Path(__file__).resolve().parent.parent

# Spellings that token_key's rules join: digraphs, initial kh, the Allah ending, runs
# of l and doubled letters, h and y written or not, articles in the middle.
TRICKY = [
    ("Qamishli", "Kamishli"),
    ("Qamishli", "Camishli"),
    ("Khmeimim", "Hmeimim"),
    ("Khmeimim", "Humaymim"),
    ("Chahine", "Shahine"),
    ("Djibril", "Jibril"),
    ("Raqqah", "Raqqa"),
    ("Halaby", "Halabi"),
    ("Abdullah", "Abdallah"),
    ("Abdullah", "Abdulla"),
    ("Hezbollah", "Hizballah"),
    ("Philippe", "Filippe"),
    ("Schami", "Shami"),
    ("Dhahab", "Dahab"),
    ("Mackie", "Makie"),
    ("Xalid", "Ksalid"),
    ("Shara'a", "Sharaa"),
    ("Abd al-Rahman", "Abd ar-Rahman"),
    ("Erdoğan", "Erdogan"),
    ("Hassan", "Hasan"),
    ("Baniyas", "Banias"),
]


def _words() -> list[str]:
    words = [w for pair in TRICKY for w in pair]
    with open(ROOT / "tests" / "data" / "translit_pairs.tsv", encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t"):
            words += [row["a"], row["b"]]
    for entry in load_glossaries([ROOT / "glossaries" / "syria.yaml"]).entries:
        words += list(name_word_targets(entry))
    return sorted(set(words))


@pytest.mark.parametrize(("a", "b"), TRICKY)
def test_spellings_the_key_joins_share_a_rough_key(a: str, b: str) -> None:
    assert same_name(a, b)
    assert _rough_key(a) == _rough_key(b)


def test_equal_consonants_mean_an_equal_rough_key() -> None:
    by_consonants: dict[str, set[str]] = {}
    for word in _words():
        by_consonants.setdefault(_consonants(word), set()).add(_rough_key(word))
    assert all(len(keys) == 1 for keys in by_consonants.values())
    joined = [(a, b) for a, b in itertools.combinations(_words(), 2) if same_name(a, b)]
    assert len(joined) > 100 and all(_rough_key(a) == _rough_key(b) for a, b in joined)


@given(
    st.lists(
        st.text(alphabet="KkhHaSsCcQqxXdjlPpb-' \n\tğÉ`", max_size=8) | st.sampled_from(["al", "Khmeimim", "al-Shaibani", ""])
    )
)
def test_rough_keys_worked_out_together_are_each_words_own(words: list[str]) -> None:
    """_targets keys all of a glossary's name words in one pass (#14): the same keys."""
    assert _rough_keys(words) == [_rough_key(word) for word in words]


def test_rough_keys_of_known_spellings_together_are_each_words_own() -> None:
    words = [w for word in _words() for w in (word, word.lower())]
    assert _rough_keys(words) == [_rough_key(word) for word in words]


def test_the_rough_key_still_groups_narrowly() -> None:
    """A key that kept too few letters would put thousands of words in one group."""
    index = _targets(load_glossaries([ROOT / "glossaries" / "syria.yaml"]))
    assert max(len(targets) for targets in index.values()) <= 3


def test_a_common_word_is_no_arabic_surname() -> None:
    """The people index leaves out surnames that are common words (خطاب, "speech"), asked
    when the text has the word rather than of every entry."""
    from tqa.glossary.model import Glossary, GlossaryEntry

    glossary = Glossary(
        [
            GlossaryEntry("p1", "person", "Omar Khattab", ar=("عمر خطاب",)),
            GlossaryEntry("p2", "person", "Sergei Lavrov", ar=("سيرغي لافروف",)),
        ]
    )
    assert [m.entry.id for m in glossary.find_surnames("وقال لافروف إن الخطاب كان واضحا.", "ar")] == ["p2"]
    assert glossary.find_surnames("ألقى الرئيس خطاب النصر.", "ar") == []


def test_the_rough_key_follows_the_transliteration_keys_digraphs() -> None:
    """The rough key repeats token_key's digraph step: a rule added there must be added here."""
    from tqa.checks import sense
    from tqa.text import translit

    assert sense._DIGRAPHS == translit.DIGRAPHS
