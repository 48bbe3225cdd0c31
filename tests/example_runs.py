"""Running one check on an example pair through the real pipeline (segment, align, check):
shared by the declared-examples test and the tests of fixes drawn from the blind pairs."""

from __future__ import annotations

from pathlib import Path

import yaml

from tqa.checks import ALL_CHECKS
from tqa.checks.base import Check, Example
from tqa.config import Settings
from tqa.glossary.files import load_glossaries
from tqa.glossary.model import Glossary
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document

ROOT = Path(__file__).resolve().parent.parent
HOUSE = load_glossaries([ROOT / "glossaries" / "syria.yaml"])
BY_CODE = {c.code: c for c in ALL_CHECKS}  # every check by its code, for tests that run one


def document(text: str, lang: str) -> Document:
    return Document(f"example.{lang}", "text", tuple(Block(p) for p in text.split("\n\n")))


def desk_glossary(tmp_path: Path, entries: list[dict[str, object]]) -> Glossary:
    path = tmp_path / "desk.yaml"
    path.write_text(yaml.safe_dump({"name": "desk", "entries": entries}, allow_unicode=True), encoding="utf-8")
    return load_glossaries([path])


def fired(check: Check, example: Example, glossary: Glossary | None = None, folder: Path | None = None) -> list[str]:
    """The messages of one check on an example, with the house glossary or a desk's own.
    An example with a reference version writes it into `folder`."""
    arabic, english = document(example.ar, "ar"), document(example.en, "en")
    inputs = Inputs(english, arabic, "en", "ar") if example.direction == "en-ar" else Inputs(arabic, english, "ar", "en")
    used = glossary if glossary is not None else HOUSE
    reference = None
    if example.reference is not None:
        assert folder is not None, "an example with a reference needs a folder to write it to"
        reference = folder / "reference.txt"
        reference.write_text(example.reference, encoding="utf-8")
    report = check_document(align_inputs(inputs, used), used, (check,), Settings(reference=str(reference) if reference else None))
    # The runner records a crashing check instead of raising: a crash must not pass as "not reported".
    assert not report.failed_checks, report.failed_checks
    return [f.message for f in report.findings]


def alone_both_ways(arabic: str, english: str) -> tuple[bool, bool]:
    """Whether a sentence left alone is reported from either side: as an omission (O301)
    with the English as the original, as an addition (O302) with the Arabic as the original."""
    omitted = fired(BY_CODE["O301"], Example(ar=arabic, en=english, fails=True, direction="en-ar"))
    added = fired(BY_CODE["O302"], Example(ar=arabic, en=english, fails=True))
    return bool(omitted), bool(added)
