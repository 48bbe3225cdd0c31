"""A short English brief is English: a sentence-opening "The" is a word of English prose,
not a name to mask, so two-sentence briefs are not sent to langdetect with too few words
left (which called them Catalan or Spanish, and tqa refused them). Short texts in other
languages are still told apart."""

from __future__ import annotations

import pytest

from tqa.readers.langid import detect_language


@pytest.mark.parametrize(
    "text",
    [
        # Each of these came out German, Polish or Catalan with the opening "The" masked.
        "Kuwait and Iraq settle debt. The debt dates back decades.",
        "The ministry spoke. The ministry spoke. The ministry spoke.",
        "Libya and Malta sign trade deal. The deal cuts tariffs.",
        "Lebanon and Cyprus sign a fishing deal. The deal sets quotas for five years.",
        "Qatar raises gas output. The increase starts in March, with exports to Asia.",
    ],
)
def test_a_short_english_brief_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Liban et Chypre signent un accord de pêche. Les quotas sont fixés pour cinq ans.", "fr"),
        ("El Líbano y Chipre firman un acuerdo de pesca. Las cuotas se fijan por cinco años.", "es"),
    ],
)
def test_a_short_brief_in_another_language_is_not_english(text: str, lang: str) -> None:
    assert detect_language(text) == lang
