"""Word documents: the text as it reads with tracked changes accepted.

python-docx's `paragraph.text` silently drops tracked insertions, so the text is
read from the w:t nodes directly: insertions (w:ins) are kept, deletions (w:del,
whose text sits in w:delText) are left out, as if every change were accepted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Block, Document

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError("is not a readable .docx file", where=str(path), fix="save it again from Word as .docx") from None
    blocks = []
    for paragraph in document.paragraphs:
        text = "".join(_paragraph_text(paragraph._p))
        text = " ".join(text.split())
        if text:
            style = (paragraph.style.name or "") if paragraph.style is not None else ""
            blocks.append(Block(text, heading=style.lower().startswith(("heading", "title"))))
    title = next((b.text for b in blocks if b.heading), None)
    return Document(str(path), "docx", tuple(blocks), title)


def _paragraph_text(element: object) -> list[str]:
    parts: list[str] = []
    for node in element.iter():  # type: ignore[attr-defined]
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab" or node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append(" ")
    return parts
