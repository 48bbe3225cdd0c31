"""Plain text and Markdown: paragraphs are separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path

from tqa import patterns
from tqa.model import Block, Document
from tqa.readers.inline import strip_inline_markdown

__all__ = ["read_markdown", "read_text", "strip_inline_markdown"]

_BLANK_LINE = patterns.compile(r"\n\s*\n")
# A heading's opening hashes; its closing ones are stripped by _atx_heading, not by
# `(.*?)\s*#*\s*$`, which backtracks quadratically on a long run of spaces or hashes.
_ATX_OPENING = patterns.compile(r"\s{0,3}#{1,6}\s+")
_SETEXT_UNDERLINE = patterns.compile(r"^\s{0,3}(=+|-+)\s*$")
_LIST_MARKER = patterns.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_MARKER = patterns.compile(r"^\s{0,3}>\s?")
_FRONT_MATTER = patterns.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HRULE = patterns.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, text: str) -> Document:
    blocks = []
    for chunk in _BLANK_LINE.split(_normalise_newlines(text)):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if joined:
            blocks.append(Block(joined))
    title = blocks[0].text if blocks and len(blocks[0].text) < 200 else None
    return Document(str(path), "text", tuple(blocks), title)


def _atx_heading(line: str) -> str | None:
    """The text of an ATX heading line (`## Title ##`), or None when it is not one."""
    opening = _ATX_OPENING.match(line)
    if opening is None or "\n" in line:
        return None
    return line[opening.end() :].rstrip().rstrip("#").rstrip()


def _markdown_blocks(chunk: str) -> list[Block]:
    """One blank-line-separated chunk: headings and list items become blocks of their own."""
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        joined = strip_inline_markdown(" ".join(lines)).strip()
        if joined:
            blocks.append(Block(joined))
        lines.clear()

    raw_lines = chunk.split("\n")
    for index, line in enumerate(raw_lines):
        following = raw_lines[index + 1] if index + 1 < len(raw_lines) else ""
        if (heading := _atx_heading(line)) is not None:
            flush()
            blocks.append(Block(strip_inline_markdown(heading).strip(), heading=True))
        elif _SETEXT_UNDERLINE.match(following) and line.strip() and not lines:
            blocks.append(Block(strip_inline_markdown(line.strip()), heading=True))
        elif _SETEXT_UNDERLINE.match(line) or _HRULE.match(line):
            flush()
        elif _LIST_MARKER.match(line):
            flush()
            lines.append(_LIST_MARKER.sub("", line).strip())
        elif line.strip():
            lines.append(_QUOTE_MARKER.sub("", line).strip())
    flush()
    return [b for b in blocks if b.text]


def read_markdown(path: Path, text: str) -> Document:
    text = _FRONT_MATTER.sub("", _normalise_newlines(text), count=1)
    blocks = [block for chunk in _BLANK_LINE.split(text) for block in _markdown_blocks(chunk)]
    title = next((b.text for b in blocks if b.heading), None)
    return Document(str(path), "markdown", tuple(blocks), title)
