"""P501 shows an unclosed English quotation where its closing mark is missing, and says where
it opens (issue #11), on invented sentences."""

from __future__ import annotations

from tests.example_runs import BY_CODE
from tqa.checks.base import Example
from tqa.checks.quote_close import missing_close
from tqa.config import Settings
from tqa.glossary.model import Glossary
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document


def _p501(ar: str, en: str) -> list[tuple[str, str]]:
    """(message, evidence) of P501 on two articles given as paragraphs."""
    inputs = Inputs(
        Document("a.ar", "text", tuple(Block(p) for p in ar.split("\n\n"))),
        Document("a.en", "text", tuple(Block(p) for p in en.split("\n\n"))),
        "ar",
        "en",
    )
    report = check_document(align_inputs(inputs, Glossary()), Glossary(), (BY_CODE["P501"],), Settings())
    return [(f.message, f.target.text if f.target else "") for f in report.findings]


def test_a_surname_with_a_lowercase_article_is_an_attribution() -> None:
    text = '"The clinic has no fuel and the generator stops every night, al-Khatib said.'
    close = missing_close(text, 0)
    assert close is not None and text[close[0] : close[1]] == ", al-Khatib said"
    # A lowercase word that is no name stays part of the quotation.
    assert missing_close('"We wait, and then the prices rise again.', 0) is None


def test_the_evidence_runs_from_the_mark_to_the_attribution() -> None:
    ar = "قالت الممرضة إن الوضع صعب. وقال الخطيب: «العيادة بلا وقود والمولد يتوقف كل ليلة»."
    en = 'The nurse said the situation was hard. "The clinic has no fuel and the generator stops every night, al-Khatib said.'
    [(message, evidence)] = _p501(ar, en)
    assert evidence == '"The clinic has no fuel and the generator stops every night, al-Khatib said'
    assert message == ('The quotation opened with " at «"The clinic…» is never closed; close it before «, al-Khatib said»')


def test_a_quotation_that_runs_on_is_shown_on_its_last_sentence() -> None:
    ar = "وقال المزارع: «لم تمطر منذ آذار. خسرنا نصف الموسم».\n\nوتراجع سعر القمح."
    en = 'The farmer said: "It has not rained since March. We lost half the season.\n\nWheat prices fell.'
    [(message, evidence)] = _p501(ar, en)
    assert evidence == "We lost half the season."
    assert message.startswith('The quotation opened with " at «"It has…» is never closed in this paragraph')
    assert "at the latest after «…half the season.»" in message


def test_a_quotation_in_its_own_sentence_is_shown_to_the_sentences_end() -> None:
    ar = "وقال المزارع: «لم تمطر منذ آذار». وأضاف أن الأسعار ارتفعت."
    en = 'The farmer said: "It has not rained since March. He added that prices had risen.'
    [(_, evidence)] = _p501(ar, en)
    assert evidence == '"It has not rained since March.'


def test_a_declared_example_still_fails() -> None:
    example = Example(ar="وقال الوزير: «نريد علاقات متوازنة».", en="The minister said: “We want balanced relations.", fails=True)
    assert _p501(example.ar, example.en)[0][1] == "“We want balanced relations."
