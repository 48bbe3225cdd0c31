"""A CSV/TSV glossary read column by column (tqa/glossary/table.py) gives the entries
the row-by-row reading gives, and leaves every table with a message to that reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tqa.glossary.files as files
from tqa.errors import GlossaryError
from tqa.glossary.matcher import arabic_tokens, arabic_tokens_of, english_tokens, english_tokens_of
from tqa.glossary.table import entries_by_column

PATH = Path("desk.csv")
_CELLS = st.sampled_from(
    ["", " ", "Hama", " Homs ", "Tal Abyad|Tell Abiad", " | Qamishli |", "|", "O'Hara Bank", "person", "place", "term",
     "organisation", "planet", "حماة", "تل أبيض | تل ابيض", "al-Bab", "x" * 301, " " + "y" * 300 + " ", '"Deir, ez-Zor"']
)
_HEADERS = st.sampled_from(
    [["id", "type", "en", "ar", "variants", "forbidden", "short", "note", "region"], ["en", "ar"], [" EN ", "Ar", "variants"],
     ["id", "en", "en", "ar"], ["ar", "forbidden"], ["en", "note", "extra"]]
)


def _row_by_row(text: str) -> object:
    """The entries the row-by-row reading gives, or its message."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(files, "entries_by_column", lambda *_: None)
        try:
            return files._entries_from_table(PATH, text, ",", None)
        except GlossaryError as error:
            return error


@settings(max_examples=300)
@given(_HEADERS, st.lists(st.lists(_CELLS, min_size=1, max_size=10), max_size=5), st.sampled_from(["\n", "\r\n"]))
def test_columns_give_the_rows_entries(header: list[str], rows: list[list[str]], newline: str) -> None:
    text = newline.join([",".join(header), *(",".join(row) for row in rows)]) + newline
    by_column = entries_by_column(PATH, text, ",")
    if by_column is not None:  # entries compare every field, their file:line too
        assert by_column == _row_by_row(text)


def test_a_plain_table_is_read_by_column() -> None:
    text = "id,type,en,ar,variants\n,term,Syrian pound, الليرة السورية |الليرة,\nhama,place,Hama,حماة,Hamah|Hamat\n"
    entries = entries_by_column(PATH, text, ",")
    assert entries is not None
    assert [(e.id, e.type, e.ar, e.variants, e.origin) for e in entries] == [
        ("syrian-pound", "term", ("الليرة السورية", "الليرة"), (), "desk.csv:2"),
        ("hama", "place", ("حماة",), ("Hamah", "Hamat"), "desk.csv:3"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "en,type\nHama,planet\n",  # an unknown type
        "en,ar\nHama,حماة\n,حمص\n",  # no English form
        "en,ar\nHama,حماة\n\nHoms,حمص\n",  # a blank line
        'en,note\nHama,"two\nlines"\n',  # a row over two lines
        "en,ar,variants\nHama,حماة\n",  # a row short of the header
        "en\n" + "x" * 301 + "\n",  # a form too long
        "ar\nحماة\n",  # no 'en' column
    ],
)
def test_a_table_with_a_message_is_read_row_by_row(text: str) -> None:
    assert entries_by_column(PATH, text, ",") is None


@given(st.lists(st.text(alphabet="abz09 -AÉ", max_size=12), max_size=6), st.lists(st.text(alphabet="ابةس ًأ", max_size=10), max_size=6))
def test_plain_forms_split_as_they_are_matched(english: list[str], arabic: list[str]) -> None:
    """Forms of letters and spaces are tokenised by str.split (#14): the same words."""
    assert english_tokens_of(english) == [english_tokens(form) for form in english]
    assert arabic_tokens_of(arabic) == [arabic_tokens(form) for form in arabic]
