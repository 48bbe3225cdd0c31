"""TBX term bases (TBX-Basic / v2 `<martif>` and TBX v3 `<tbx>`), as exported by CAT tools.

Each concept entry becomes one glossary entry. English terms are sorted by their
administrative status: preferred -> the house form, admitted -> accepted
variants, deprecated or superseded -> forbidden. Arabic terms are the Arabic forms.

A concept entry nested in another is its own entry: walks inside a concept stop at
nested concepts, so that each element is visited a bounded number of times (a
nested chain of 10,000 entries was quadratic).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqa.errors import GlossaryError, xml_problem
from tqa.glossary.entries import collected, make_entry
from tqa.glossary.model import GlossaryEntry

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FORBIDDEN = ("deprecatedterm", "supersededterm", "deprecated", "superseded")
_ADMITTED = ("admittedterm", "admitted")
_CONCEPTS = ("termEntry", "conceptEntry")


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _within(node: Any) -> Iterator[Any]:
    """`node` and its descendants, without entering a nested concept entry."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed([c for c in current if _local(c.tag) not in _CONCEPTS]))


def _status(term_holder: object) -> str:
    for node in _within(term_holder):
        if _local(node.tag) in ("termNote", "admn") and "status" in (node.get("type") or "").lower():
            return (node.text or "").strip().lower().replace("-admn-sts", "")
    return ""


def entries_from_tbx(path: Path, text: str, problems: list[GlossaryError] | None = None) -> list[GlossaryEntry]:
    """Every concept entry with an English term; `problems` as tqa.glossary.files.load_glossary_entries."""
    from defusedxml import ElementTree as SafeTree  # XML libraries only when a TBX file is read
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeTree.fromstring(text.encode("utf-8"))
    except RecursionError:
        raise GlossaryError("not well-formed XML: nested too deeply", where=str(path), fix="export the term base again") from None
    except LookupError as error:  # the XML declaration names an encoding Python does not know
        raise GlossaryError(f"unknown declared encoding: {error}", where=str(path), fix="export the term base as UTF-8") from None
    except (SafeTree.ParseError, DefusedXmlException) as error:
        line = getattr(error, "position", (None,))[0]
        where = f"{path}:{line}" if line else str(path)
        raise GlossaryError(xml_problem(error), where=where, fix="export the term base again") from None
    entries = []
    invalid = len(problems or ())
    for number, concept in enumerate(n for n in root.iter() if _local(n.tag) in _CONCEPTS):
        entry = collected(problems, _entry_from_concept, concept, f"{path}:entry {number + 1}")
        if entry is not None:
            entries.append(entry)
    if not entries and len(problems or ()) == invalid:  # none at all, not only invalid ones
        raise GlossaryError("has no concept entry with an English term", where=str(path), fix="check the TBX languages (en, ar)")
    return entries


def _entry_from_concept(concept: object, where: str) -> GlossaryEntry | None:
    preferred: list[str] = []
    admitted: list[str] = []
    forbidden: list[str] = []
    arabic: list[str] = []
    note = None
    for lang_set in (n for n in concept if _local(n.tag) == "langSec" or _local(n.tag) == "langSet"):  # type: ignore[attr-defined]
        lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower()
        for holder in (n for n in _within(lang_set) if _local(n.tag) in ("tig", "ntig", "termSec")):
            term = next((t for t in _within(holder) if _local(t.tag) == "term"), None)
            words = " ".join("".join(term.itertext()).split()) if term is not None else ""
            if not words:
                continue
            if lang.startswith("ar"):
                arabic.append(words)
            elif lang.startswith("en"):
                status = _status(holder)
                bucket = forbidden if status.startswith(_FORBIDDEN) else admitted if status.startswith(_ADMITTED) else preferred
                bucket.append(words)
    for node in _within(concept):
        if _local(node.tag) == "descrip" and (node.get("type") or "") in ("definition", "note"):
            note = " ".join("".join(node.itertext()).split()) or None
    if not preferred and not admitted:
        return None
    house = (preferred or admitted)[0]
    variants = tuple(t for t in preferred[1:] + admitted if t != house)
    return make_entry(
        where,
        entry_id=concept.get("id"),  # type: ignore[attr-defined]
        entry_type="term",
        en=house,
        ar=tuple(arabic),
        variants=variants,
        forbidden=tuple(forbidden),
        note=note,
    )
