"""Where the direction (which side is the source) came from: given, the file, or the default.

A bilingual file (XLIFF, TMX) that declares an Arabic or English source language
decides the direction unless one was given (--direction, tqa.toml); the pipeline
keeps the declaration on the document, and the terminal and JSON reports say
which of the three decided, and when a given direction contradicts the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tqa.model import AlignedDocument, Report
from tqa.readers.bilingual import language_base
from tqa.report.safe import for_terminal

_NAMES = {"ar": "Arabic", "en": "English"}

Origin = Literal["given", "file", "default"]


@dataclass(frozen=True)
class DirectionOrigin:
    """How a bilingual file's direction was decided, as the report says it."""

    source_lang: str
    origin: Origin
    declared: str  # the file's source language as written; "" when it names none
    contradicted: bool  # a given direction puts the other language first


def direction_origin(report: Report) -> DirectionOrigin | None:
    """For a bilingual file checked as a pair; None for article files (their reports are as before)."""
    if report.single_article:
        return None
    return document_direction(report.document, str(report.settings.get("direction", "auto")))


def document_direction(doc: AlignedDocument, given: str) -> DirectionOrigin | None:
    """How a bilingual file's direction was decided, `given` being the setting (auto: none
    given); None for article files, which declare no language."""
    declared = doc.declared_source
    if declared is None:
        return None
    declared_lang = language_base(declared) if language_base(declared) in _NAMES else None
    origin: Origin
    origin = "given" if given != "auto" else "file" if declared_lang is not None else "default"
    contradicted = origin == "given" and declared_lang is not None and declared_lang != doc.source.lang
    return DirectionOrigin(doc.source.lang, origin, declared, contradicted)


def signature_direction(doc: AlignedDocument, given: str) -> str:
    """The signature's direction: the setting, or for a bilingual file left to decide it, the
    direction used and what decided it (en-ar(file), ar-en(default)); `auto` said nothing."""
    chosen = document_direction(doc, given)
    if chosen is None or chosen.origin == "given":
        return given
    return f"{doc.source.lang}-{doc.target.lang}({chosen.origin})"


def direction_lines(report: Report) -> list[str]:
    """The terminal's `direction:` line: the default guessed, the file's declaration, or a given
    direction that contradicts the file; nothing when a given direction agrees with the file."""
    source = report.document.source
    chosen = direction_origin(report)
    name = _NAMES.get(source.lang, source.lang)
    if chosen is not None and chosen.origin == "file":
        return [
            f"direction: {name} is the source, as {_file_name(report)} declares (source language {for_terminal(chosen.declared, 40)})"
        ]
    if chosen is not None and chosen.contradicted:
        given = report.settings.get("direction")
        declared = for_terminal(chosen.declared, 40)
        line = f"direction: {name} taken as the source, as given ({given}), although {_file_name(report)} declares {declared} as its source language"
        return [line + " (the given direction wins)"]
    if report.settings.get("direction") == "auto" and not report.single_article and source.lang == "ar":
        # The default is a guess; checks of form (U402, P501) look at the translation only.
        return [
            "direction: Arabic taken as the source (the default); for an English original add --direction en-ar "
            + '(direction = "ar-en" in tqa.toml says so once and silences this line)'
        ]
    return []


def direction_dict(report: Report) -> dict[str, object] | None:
    """The JSON report's "direction" block (an addition to tqa-report/1), for a bilingual file only."""
    chosen = direction_origin(report)
    if chosen is None:
        return None
    return {
        "source": chosen.source_lang,
        "from": chosen.origin,
        "declared_source": chosen.declared or None,
        "contradicts_file": chosen.contradicted,
    }


def _file_name(report: Report) -> str:
    return for_terminal(Path(report.document.source.path).name)
