"""Misreads seen on unseen articles (issue #11), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks import ALL_CHECKS
from tqa.checks.base import Example
from tqa.config import Settings
from tqa.glossary.model import Glossary, GlossaryEntry
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.text.dates import date_names
from tqa.text.numbers import quantities


def _findings(ar: str, en: str, codes: tuple[str, ...], glossary: Glossary | None = None) -> list[tuple[str, str]]:
    glossary = glossary or Glossary()
    inputs = Inputs(Document("a.ar", "text", (Block(ar),)), Document("a.en", "text", (Block(en),)), "ar", "en")
    checks = tuple(c for c in ALL_CHECKS if c.code in codes)
    report = check_document(align_inputs(inputs, glossary), glossary, checks, Settings())
    return [(f.code, f.target.text if f.target else "") for f in report.findings]


# --- Maghreb months that are also given names ------------------------------------


@pytest.mark.parametrize("text", ["قالت ماي إن الحكومة ستصمد.", "وصرح جوان بأن الفريق جاهز.", "التقى الوزير جوان في الرباط."])
def test_given_name_is_no_month(text: str) -> None:
    assert date_names(text, "ar") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("في ٥ ماي ٢٠٢٥", 5),
        ("في ماي 2025", 5),
        ("يوم 12 جوان", 6),
        ("شهر جوان", 6),
        ("في 3 غشت", 8),
        ("في شتنبر 2024", 9),
        ("دجنبر 2023", 12),
    ],
)
def test_maghreb_month_with_a_date_is_a_month(text: str, number: int) -> None:
    assert [d.number for d in date_names(text, "ar")] == [number]


def test_given_name_month_raises_no_date_finding() -> None:
    ar = "وقال جوان إن المباراة ستقام في الرباط يوم الأحد."
    en = "Juan said the match would be played in Rabat on Sunday."
    assert _findings(ar, en, ("D213",)) == []


# --- the thousand ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["الجنود الألف", "وصل الألف جندي", "والألف", "للألف"])
def test_thousand_with_the_article_is_1000(text: str) -> None:
    assert [(q.value, q.soft) for q in quantities(text, "ar")] == [(1000.0, True)]


@pytest.mark.parametrize("text", ["خمسة بالألف", "قتل الآلاف", "عشرات الآلاف", "آلاف السوريين"])
def test_per_mille_and_thousands_of_are_not_1000(text: str) -> None:
    assert all(q.value != 1000.0 for q in quantities(text, "ar"))


# --- Hijri dates in every digit script -------------------------------------------


@pytest.mark.parametrize("text", ["١٥ شعبان ١٤٤٦ هـ", "۱۵ شعبان ۱۴۴۶ هـ", "15 شعبان 1446 هـ", "عام ۱۴۴۶ هـ"])
def test_hijri_date_in_any_digits(text: str) -> None:
    found = quantities(text, "ar")
    assert found and all(q.hijri and q.soft for q in found)


# --- P501 highlights the unpaired quote ----------------------------------------------


def test_unpaired_straight_quote_is_the_one_highlighted() -> None:
    en = 'The minister said "we want peace and "more" now.'
    ar = "وقال الوزير «نريد السلام» والمزيد الآن."
    [(code, text)] = _findings(ar, en, ("P501",))
    # Shown from where it opens to where it should close (the end of its sentence).
    assert code == "P501" and text == '"we want peace and "more" now.'
    [message] = fired(BY_CODE["P501"], Example(ar=ar, en=en, fails=True))
    assert message.startswith('The quotation opened with " at «"we want…»')


# --- page furniture is no name spelling --------------------------------------------


def test_share_it_on_is_no_spelling_of_sharaa(tmp_path: Path) -> None:
    from tqa.pipeline import read_single

    path = tmp_path / "page.en.txt"
    path.write_text("President Ahmed al-Sharaa visited Moscow.\n\nAl-Sharaa met Putin.\n\nShare it on:\n", encoding="utf-8")
    checks = tuple(c for c in ALL_CHECKS if c.code == "N104")
    assert check_document(read_single(path), Glossary(), checks, Settings()).findings == ()


# --- accents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("house", "variants", "text", "kind"),
    [
        ("Erdogan", ("Erdoğan",), "Erdogan said", "preferred"),
        ("Erdogan", ("Erdoğan",), "Erdoğan said", "variant"),
        ("Erdoğan", ("Erdogan",), "Erdoğan said", "preferred"),
        ("Erdoğan", ("Erdogan",), "Erdogan said", "variant"),
        ("Recep Tayyip Erdogan", ("Recep Tayyip Erdoğan", "Erdoğan"), "Erdogan said", "preferred"),
        ("Recep Tayyip Erdogan", ("Recep Tayyip Erdoğan", "Erdoğan"), "Erdoğan said", "variant"),
    ],
)
def test_accent_only_forms_do_not_merge(house: str, variants: tuple[str, ...], text: str, kind: str) -> None:
    glossary = Glossary([GlossaryEntry("erdogan", "person", house, (), variants=variants)])
    assert [m.kind for m in glossary.find(text, "en")] == [kind]
