"""Bilingual files: XLIFF 1.2 / 2.x and TMX. Both sides and their pairing come from the file.

Parsed with lxml under defusedxml's rules: no entity expansion, no DTD, no
network. Each translation unit becomes one segment per side and one bead, so
an empty target shows as an untranslated unit (an omission). The first side is
the declared source: XLIFF's <source>, and in TMX the variant in the header's
srclang (or the first unit's srclang when the header says *all*).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from tqa.errors import InputError, xml_problem
from tqa.model import Bead, Block, Document
from tqa.readers.files import read_bounded, require_segment_count, require_text_size
from tqa.readers.langid import LANGUAGE_NAMES

_DECLARATION = re.compile(rb"""\A<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")


def declared_encoding(raw: bytes) -> str:
    """The encoding an XML file is read in: its byte-order mark, its declaration, else UTF-8."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    match = _DECLARATION.match(raw.removeprefix(codecs.BOM_UTF8))
    if match is None:
        return "utf-8"
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return "utf-8"


@dataclass(frozen=True)
class BilingualFile:
    first: Document
    second: Document
    first_lang: str
    second_lang: str
    pairs: tuple[tuple[bool, bool], ...]  # per unit: has text on the first side, on the second
    declared_source: str = ""  # the source language as the file writes it ("en-US"); "" when it names none


def declared_direction(language: str) -> str | None:
    """ "en-ar" or "ar-en" for a declared source language of English or Arabic, else None."""
    base = language_base(language)
    return {"en": "en-ar", "ar": "ar-en"}.get(base)


def language_base(language: str) -> str:
    """The language of a BCP 47 / TMX tag without region or script: "en-US", "EN_gb" -> "en"."""
    return language.strip().replace("_", "-").split("-")[0].lower()


def foreign_declaration(bilingual: BilingualFile, path: str) -> InputError | None:
    """The error for a file that declares a language other than Arabic or English on a
    side (fr -> de), said in those words: a unit too short for the text to show its
    language ("Hallo Welt") would otherwise be taken for English ("both sides in English")."""
    declared = [lang.strip() for lang in (bilingual.first_lang, bilingual.second_lang)]
    foreign = [lang for lang in declared if lang and language_base(lang) not in ("ar", "en")]
    if not foreign:
        return None

    def named(lang: str) -> str:
        return f"{LANGUAGE_NAMES.get(language_base(lang), 'language')} ({lang})" if lang else "no language"

    which = "neither is Arabic or English" if len(foreign) == 2 else f"{named(foreign[0])} is neither Arabic nor English"
    return InputError(
        f"declares {named(declared[0])} and {named(declared[1])}: {which}", where=path, fix="give an Arabic-English XLIFF or TMX file"
    )


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: object) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


def read_bilingual(path: Path) -> BilingualFile:
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree as SafeTree  # XML libraries only when an XLIFF/TMX file is read
    from defusedxml.common import DefusedXmlException

    raw = read_bounded(path)
    fix = "export the file again as UTF-8"
    try:
        root = SafeTree.fromstring(raw)
    except (ParseError, DefusedXmlException) as error:
        raise InputError(xml_problem(error), where=str(path), fix="export the file again") from None
    except LookupError as error:  # an encoding Python does not know: <?xml encoding="x-unknown"?>
        raise InputError(f"declares an unknown encoding ({error})", where=str(path), fix=fix) from None
    except (ValueError, UnicodeError, RecursionError) as error:
        raise InputError(f"cannot be read as XML ({type(error).__name__})", where=str(path), fix=fix) from None
    kind = _local(root.tag)
    if kind == "tmx":
        declared = _tmx_source_language(root)
        units = _tmx_units(root, declared)
    elif kind == "xliff":
        units = _xliff_units(root)
        declared = units[0][0][0] if units else ""
    else:
        raise InputError(f"root element <{kind}> is neither <xliff> nor <tmx>", where=str(path), fix="give an XLIFF or TMX file")
    if not units:
        raise InputError("has no translation units", where=str(path), fix="export the file again with its segments")
    first_lang, second_lang = units[0][0][0], units[0][1][0]
    require_segment_count(len(units), str(path))
    for side in (0, 1):
        require_text_size(sum(len(u[side][1]) for u in units), str(path))
    encoding = declared_encoding(raw)
    first = Document(str(path), kind, tuple(Block(u[0][1], unit=u[2] or None) for u in units if u[0][1]), encoding=encoding)
    second = Document(str(path), kind, tuple(Block(u[1][1], unit=u[2] or None) for u in units if u[1][1]), encoding=encoding)
    pairs = tuple((bool(u[0][1]), bool(u[1][1])) for u in units)
    return BilingualFile(first, second, first_lang, second_lang, pairs, declared.strip())


# ((source language, text), (target language, text), the unit's id in the file or "").
Unit = tuple[tuple[str, str], tuple[str, str], str]
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tmx_source_language(root: object) -> str:
    """The header's srclang; "*all*" (any unit may be the source) defers to the first unit that names one."""
    header = _child(root, "header")
    declared = "" if header is None else header.get("srclang") or ""  # type: ignore[attr-defined]
    if declared.strip().lower() != "*all*":
        return declared
    return next((tu.get("srclang") for tu in root.iter() if _local(tu.tag) == "tu" and tu.get("srclang")), "")  # type: ignore[attr-defined]


def _tmx_units(root: object, source_language: str) -> list[Unit]:
    """Each unit's source variant first (the one in `source_language`), so that every unit's
    first side is in one language; a unit with no variant in it keeps the file's order."""
    base = language_base(source_language)
    units: list[Unit] = []
    for tu in root.iter():  # type: ignore[attr-defined]
        if _local(tu.tag) != "tu":
            continue
        variants = [
            (tuv.get(_XML_LANG) or tuv.get("lang") or "", _text(_child(tuv, "seg"))) for tuv in tu if _local(tuv.tag) == "tuv"
        ]
        if len(variants) >= 2:
            source = variants.pop(next((i for i, v in enumerate(variants) if base and language_base(v[0]) == base), 0))
            units.append((source, variants[0], _unit_id(tu.get("tuid"))))
    return units


def _child(element: object, name: str) -> object:
    return next((c for c in element if _local(c.tag) == name), None)  # type: ignore[attr-defined]


def _xliff_units(root: object) -> list[Unit]:
    units: list[Unit] = []
    source_lang = root.get("srcLang") or ""  # type: ignore[attr-defined]
    target_lang = root.get("trgLang") or ""  # type: ignore[attr-defined]
    # XLIFF 2 gives the id to the <unit> that holds the <segment>s (a segment's own id is optional).
    parent = {child: element for element in root.iter() for child in element}  # type: ignore[attr-defined]
    for element in root.iter():  # type: ignore[attr-defined]
        name = _local(element.tag)
        if name == "file" and element.get("source-language"):
            source_lang = element.get("source-language") or source_lang
            target_lang = element.get("target-language") or target_lang
        if name in ("trans-unit", "segment"):
            holder = parent.get(element)
            unit_id = _unit_id(element.get("id") or (holder.get("id") if holder is not None and name == "segment" else None))
            units.append(
                ((source_lang, _text(_child(element, "source"))), (target_lang, _text(_child(element, "target"))), unit_id)
            )
    return units


def _unit_id(value: str | None) -> str:
    """A unit's id as the report shows it: one line, at most 64 characters (the file is untrusted)."""
    return " ".join((value or "").split())[:64]


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
