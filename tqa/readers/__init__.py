"""Readers turn a file into a Document. Only readers touch article files, and
they only read: tqa never writes to its inputs."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Document
from tqa.readers.text import read_markdown, read_text

Reader = Callable[[Path, str], Document]


def _read_html(path: Path, text: str) -> Document:
    from tqa.readers.html import read_html

    return read_html(path, text)


READERS_BY_SUFFIX: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": _read_html,
    ".htm": _read_html,
}
BINARY_FORMATS = (".docx",)
BILINGUAL_FORMATS = (".xlf", ".xliff", ".sdlxliff", ".mxliff", ".tmx")


def load_text(path: Path) -> str:
    """Read a UTF-8 text file, with a clear error for every way that can fail."""
    if not path.exists():
        raise InputError("file not found", where=str(path), fix="check the path")
    if path.is_dir():
        raise InputError("is a directory, not a file", where=str(path), fix="name an article file")
    raw = path.read_bytes()
    formats = "give a .txt, .md, .html, .docx, .xliff or .tmx article"
    known = ((b"%PDF", "a PDF file"), (b"{\\rtf", "an RTF file"), (b"PK\x03\x04", "a zip archive (a .docx named otherwise?)"))
    for magic, name in known:
        if raw.startswith(magic):
            raise InputError(f"is {name}, which tqa does not read", where=str(path), fix=formats)
    # UTF-32's byte-order mark begins with UTF-16's, so it is tested first.
    wide = "utf-32" if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else None
    if wide is None and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        wide = "utf-16"  # Windows Notepad's "Unicode"
    if wide is not None:
        try:
            text = raw.decode(wide)
        except UnicodeDecodeError as error:
            raise InputError(f"is not valid {wide.upper()} (byte {error.start})", where=str(path), fix="save the file as UTF-8") from None
    elif b"\x00" in raw[:8192]:
        if _looks_like_utf16(raw[:8192]):
            raise InputError("looks like UTF-16 text without a byte-order mark", where=str(path), fix="save the file as UTF-8")
        raise InputError("looks like a binary file", where=str(path), fix=formats)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"is not valid UTF-8 (byte {error.start})", where=str(path), fix="save the file as UTF-8") from None
    if not text.strip():
        raise InputError("file is empty", where=str(path), fix="give the article's text")
    return text


def _looks_like_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: it decodes, one way round, to
    printable characters (Latin text has a zero in every other byte, Arabic 0x06)."""
    if len(head) < 32:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head[: len(head) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(ch.isprintable() or ch.isspace() for ch in text) >= 0.95 * len(text):
            return True
    return False


def read_document(path: Path) -> Document:
    suffix = path.suffix.lower()
    if suffix in BINARY_FORMATS:
        if not path.exists():
            raise InputError("file not found", where=str(path), fix="check the path")
        from tqa.readers.docx import read_docx

        document = read_docx(path)
    elif suffix in BILINGUAL_FORMATS:
        raise InputError(
            "is a bilingual file; give it alone", where=str(path), fix=f"run `tqa check {path.name}` with no second file"
        )
    else:
        reader = READERS_BY_SUFFIX.get(suffix, read_text)
        document = reader(path, load_text(path))
    if not any(block.text.strip() for block in document.blocks):
        raise InputError("no article text found", where=str(path), fix="check that the file holds the article body")
    return document
