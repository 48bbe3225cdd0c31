"""Bilingual files: XLIFF 1.2 / 2.x and TMX. Both sides and their pairing come from the file.

Parsed with lxml under defusedxml's rules: no entity expansion, no DTD, no
network. Each translation unit becomes one segment per side and one bead, so
an empty target shows as an untranslated unit (an omission).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Bead, Block, Document


@dataclass(frozen=True)
class BilingualFile:
    first: Document
    second: Document
    first_lang: str
    second_lang: str
    pairs: tuple[tuple[bool, bool], ...]  # per unit: has text on the first side, on the second


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: object) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


def read_bilingual(path: Path) -> BilingualFile:
    from defusedxml import ElementTree as SafeTree
    from defusedxml.common import DefusedXmlException

    if not path.is_file():
        raise InputError("file not found", where=str(path), fix="check the path")
    try:
        root = SafeTree.parse(str(path)).getroot()
    except (SafeTree.ParseError, DefusedXmlException) as error:
        raise InputError(f"not well-formed or unsafe XML: {error}", where=str(path), fix="export the file again") from None
    kind = _local(root.tag)
    if kind == "tmx":
        units = _tmx_units(root)
    elif kind == "xliff":
        units = _xliff_units(root)
    else:
        raise InputError(f"root element <{kind}> is neither <xliff> nor <tmx>", where=str(path), fix="give an XLIFF or TMX file")
    if not units:
        raise InputError("has no translation units", where=str(path), fix="export the file again with its segments")
    first_lang, second_lang = units[0][0][0], units[0][1][0]
    first = Document(str(path), kind, tuple(Block(u[0][1]) for u in units if u[0][1]))
    second = Document(str(path), kind, tuple(Block(u[1][1]) for u in units if u[1][1]))
    pairs = tuple((bool(u[0][1]), bool(u[1][1])) for u in units)
    return BilingualFile(first, second, first_lang, second_lang, pairs)


Unit = tuple[tuple[str, str], tuple[str, str]]
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tmx_units(root: object) -> list[Unit]:
    units: list[Unit] = []
    for tu in root.iter():  # type: ignore[attr-defined]
        if _local(tu.tag) != "tu":
            continue
        variants = [(tuv.get(_XML_LANG) or tuv.get("lang") or "", _text(_child(tuv, "seg"))) for tuv in tu if _local(tuv.tag) == "tuv"]
        if len(variants) >= 2:
            units.append((variants[0], variants[1]))
    return units


def _child(element: object, name: str) -> object:
    return next((c for c in element if _local(c.tag) == name), None)  # type: ignore[attr-defined]


def _xliff_units(root: object) -> list[Unit]:
    units: list[Unit] = []
    source_lang = root.get("srcLang") or ""  # type: ignore[attr-defined]
    target_lang = root.get("trgLang") or ""  # type: ignore[attr-defined]
    for element in root.iter():  # type: ignore[attr-defined]
        name = _local(element.tag)
        if name == "file" and element.get("source-language"):
            source_lang = element.get("source-language") or source_lang
            target_lang = element.get("target-language") or target_lang
        if name in ("trans-unit", "segment"):
            units.append(((source_lang, _text(_child(element, "source"))), (target_lang, _text(_child(element, "target")))))
    return units


def beads_from_pairs(pairs: tuple[tuple[bool, bool], ...], swap: bool) -> tuple[Bead, ...]:
    """One bead per unit, numbering each side's non-empty units in order."""
    beads = []
    first_index = second_index = 0
    for has_first, has_second in pairs:
        first = (first_index,) if has_first else ()
        second = (second_index,) if has_second else ()
        first_index += has_first
        second_index += has_second
        if first or second:
            beads.append(Bead(second, first) if swap else Bead(first, second))
    return tuple(beads)
