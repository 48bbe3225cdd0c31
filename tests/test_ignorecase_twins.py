"""re.IGNORECASE lets four non-ASCII letters match ASCII ones (İ ı ſ K). A word an
English pattern matched with one of them is looked up by the letters it matched: "ſeven
million" crashed the number readers with a KeyError before (found by review, stop 22)."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.lang.en import matched_key
from tqa.text.numbers import quantities
from tqa.text.numbers.shares import english_shares

TWINS = {"s": "ſ", "k": "\u212a", "i": "ı"}


def _twinned(text: str, letter: str) -> str:
    return text.replace(letter, TWINS[letter])


ENGLISH = [
    "Some seven million visitors came, a quarter of them in spring.",
    "The project cost six billion dollars and took one and a half years.",
    "It is 40 kilometres long and half of it is finished; prices doubled.",
    "Exports rose by a third to 12 thousand tonnes, costing 50 fils a kilo.",
    "Ibn Khaldun and Ben Aissa spoke; bin Salem did not.",
]


@pytest.mark.parametrize("letter", sorted(TWINS))
@pytest.mark.parametrize("text", ENGLISH)
def test_number_readers_take_the_twin_letters(text: str, letter: str) -> None:
    twinned = _twinned(text, letter)
    quantities(twinned, "en")
    list(english_shares(twinned))
    example = Example(ar="زار المدينة سبعة ملايين شخص.", en=twinned, fails=True, direction="ar-en")
    for code in ("D201", "D202", "D203", "D204", "N104", "N101"):
        fired(BY_CODE[code], example)  # no exception is the test: the readers finish


def test_a_twin_letter_reads_as_the_letter_it_matched() -> None:
    assert matched_key("ſeven") == "seven"
    assert matched_key("\u212ailo") == "kilo"
    assert matched_key("Bİn") == "bin"
    assert matched_key("Million") == "million"
    plain = [(q.value, q.scale) for q in quantities("seven million", "en")]
    assert plain and [(q.value, q.scale) for q in quantities("ſeven million", "en")] == plain


def test_a_quarter_and_a_currency_word_with_a_twin_letter() -> None:
    example = Example(ar="ارتفعت الأرباح في الربع الأول من ٢٠٢٦.", en="Profits rose in the fırst quarter of 2026.", fails=False, direction="ar-en")
    assert fired(BY_CODE["D216"], example) == []
