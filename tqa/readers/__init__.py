"""Readers turn a file into a Document. Only readers touch article files, and
they only read: tqa never writes to its inputs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Document
from tqa.readers.docx import read_docx
from tqa.readers.files import (
    decode,
    read_bounded,
    require_regular_file,
    require_segment_count,
    require_text_size,
    starts_like_report,
)
from tqa.readers.html import read_html
from tqa.readers.text import read_markdown, read_text

Reader = Callable[[Path, str], Document]


def _read_html(path: Path, text: str) -> Document:
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
    """Read a text file (UTF-8, or a legacy encoding told apart), with a clear error for every way that can fail."""
    return load_text_and_encoding(path)[0]


def load_text_and_encoding(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read in ("utf-8" unless it was not)."""
    raw = read_bounded(path)
    formats = "give a .txt, .md, .html, .docx, .xliff or .tmx article"
    known = ((b"%PDF", "a PDF file"), (b"{\\rtf", "an RTF file"), (b"PK\x03\x04", "a zip archive (a .docx named otherwise?)"))
    for magic, name in known:
        if raw.startswith(magic):
            raise InputError(f"is {name}, which tqa does not read", where=str(path), fix=formats)
    text, encoding = decode(raw, str(path))
    if not text.strip():
        raise InputError("file is empty", where=str(path), fix="give the article's text")
    if starts_like_report(text):
        raise InputError("is a tqa report, not an article", where=str(path), fix="give the article's own file")
    require_text_size(len(text), str(path))
    return text, encoding


def read_document(path: Path) -> Document:
    suffix = path.suffix.lower()
    encoding = "utf-8"
    if suffix in BINARY_FORMATS:
        require_regular_file(path)

        document = read_docx(path)
    elif suffix in BILINGUAL_FORMATS:
        import shlex  # for this refusal only

        raise InputError(
            # The path as typed, as `where` shows it: a bare name would not be found from elsewhere.
            "is a bilingual file; give it alone", where=str(path), fix=f"run `tqa check {shlex.quote(str(path))}` with no second file"
        )
    else:
        reader = READERS_BY_SUFFIX.get(suffix, read_text)
        text, encoding = load_text_and_encoding(path)
        document = replace(reader(path, text), encoding=encoding)
    if not any(block.text.strip() for block in document.blocks):
        raise InputError("no article text found", where=str(path), fix="check that the file holds the article body")
    require_text_size(sum(len(block.text) for block in document.blocks), str(path))
    # Sentences are at least as many as paragraphs: a file over the limit in
    # paragraphs is refused before it is split.
    require_segment_count(len(document.blocks), str(path))
    return document
