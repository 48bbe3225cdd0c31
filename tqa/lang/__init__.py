"""Language facts, one module per language: `tqa.lang.ar` (Arabic) and `tqa.lang.en`
(English). Letters, digits, folding, the clitic and article stripper, month and
weekday names and number words live here and nowhere else; every other module
imports them. Word and name lists are package data (data/, described in its README)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of data/NAME.txt, one a line, in file order; '#' lines are comments."""
    text = (resources.files("tqa.lang") / "data" / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
