"""Language facts, one module per language: `tqa.lang.ar` (Arabic) and `tqa.lang.en`
(English). Letters, digits, folding, the clitic and article stripper, month and
weekday names and number words live here and nowhere else; every other module
imports them. Word and name lists are package data (data/, described in its README)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# The package is installed as files (pyproject's package-data): read beside this module.
# importlib.resources would find the same files, but its import (with tempfile and
# zipfile) cost every check about a fiftieth of its start-up (#14).
_DATA = Path(__file__).resolve().parent / "data"


def data_text(file_name: str) -> str:
    """The text of data/FILE_NAME."""
    return (_DATA / file_name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of data/NAME.txt, one a line, in file order; '#' lines are comments."""
    text = data_text(f"{name}.txt")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
