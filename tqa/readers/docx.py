"""Word documents: the text as it reads with tracked changes accepted.

python-docx's `paragraph.text` silently drops tracked insertions, so the text is
read from the w:t nodes directly: insertions (w:ins) are kept, deletions (w:del,
whose text sits in w:delText) are left out, as if every change were accepted.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from tqa.errors import InputError
from tqa.model import Block, Document

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# A .docx is a zip archive: its declared and real unpacked sizes are checked before
# python-docx, which unpacks every part into memory, ever sees it (a zip bomb of a
# few KB unpacks to gigabytes). A long article's document.xml is well under 5 MB.
MAX_UNPACKED_BYTES = 100_000_000
MAX_XML_PART_BYTES = 20_000_000
MAX_MEMBERS = 2_000
_UNREADABLE_FIX = "save it again from Word as .docx"


def read_docx(path: Path) -> Document:
    import docx  # python-docx loads lxml and its templates: only when a .docx is read

    _check_package(path)
    try:
        document = docx.Document(str(path))
        blocks = _blocks(document)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - whatever python-docx or lxml raise on a broken package is an input error
        raise InputError(f"is not a readable .docx file ({_describe(error)})", where=str(path), fix=_UNREADABLE_FIX) from None
    title = next((b.text for b in blocks if b.heading), None)
    return Document(str(path), "docx", tuple(blocks), title)


def _blocks(document: object) -> list[Block]:
    blocks = []
    for paragraph in document.paragraphs:  # type: ignore[attr-defined]
        text = "".join(_paragraph_text(paragraph._p))
        text = " ".join(text.split())
        if text:
            style = (paragraph.style.name or "") if paragraph.style is not None else ""
            blocks.append(Block(text, heading=str(style).lower().startswith(("heading", "title"))))
    return blocks


def _describe(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:120]}" if text else type(error).__name__


def _check_package(path: Path) -> None:
    """Refuse a zip bomb, a damaged archive or one whose data fails its CRC, before parsing."""
    import zipfile  # only for a .docx: off the start-up of every other check (#14)

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise InputError(
                    f"holds {len(members):,} parts, over tqa's limit of {MAX_MEMBERS:,}", where=str(path), fix=_UNREADABLE_FIX
                )
            _check_sizes(path, [(m.filename, m.file_size) for m in members])
            unpacked = 0
            for member in members:
                with archive.open(member) as stream:  # zipfile checks the CRC at the end of each part
                    read = 0
                    while chunk := stream.read(1 << 16):
                        read += len(chunk)
                        unpacked += len(chunk)
                        _check_sizes(path, [(member.filename, read)], unpacked)  # a part may lie about its size
    except InputError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as error:
        # RuntimeError: an encrypted part; NotImplementedError: a compression Word never uses.
        raise InputError(f"is not a readable .docx file ({_describe(error)})", where=str(path), fix=_UNREADABLE_FIX) from None


def _check_sizes(path: Path, members: list[tuple[str, int]], unpacked: int = 0) -> None:
    total = max(unpacked, sum(size for _, size in members))
    if total > MAX_UNPACKED_BYTES:
        raise InputError(
            f"unpacks to over {MAX_UNPACKED_BYTES // 1_000_000} MB, tqa's limit for a .docx (a zip bomb?)",
            where=str(path),
            fix="save the article's text alone as .docx or .txt",
        )
    for name, size in members:
        if name.lower().endswith((".xml", ".rels")) and size > MAX_XML_PART_BYTES:
            raise InputError(
                f"has a part ({name[:60]}) of over {MAX_XML_PART_BYTES // 1_000_000} MB, tqa's limit",
                where=str(path),
                fix="save the article's text alone as .docx or .txt",
            )


def _paragraph_text(element: object) -> list[str]:
    parts: list[str] = []
    for node in element.iter():  # type: ignore[attr-defined]
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab" or node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append(" ")
    return parts
