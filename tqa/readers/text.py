"""Plain text and Markdown: paragraphs are separated by blank lines."""

from __future__ import annotations

import re
from pathlib import Path

from tqa.model import Block, Document

_BLANK_LINE = re.compile(r"\n\s*\n")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_LIST_MARKER = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_EMPHASIS = re.compile(r"(\*\*|\*|~~)(\S(?:.*?\S)?)\1|(?<!\w)(__|_)(\S(?:.*?\S)?)\3(?!\w)")
_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_HRULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


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


def strip_inline_markdown(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), text)
    return text.replace("\\", "") if "\\" in text else text


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
        if heading := _ATX_HEADING.match(line):
            flush()
            blocks.append(Block(strip_inline_markdown(heading.group(1)).strip(), heading=True))
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
