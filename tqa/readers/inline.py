"""Inline Markdown (links, images, tags, emphasis) stripped in linear time.

The regular expressions this replaces (`!\\[[^\\]]*\\]\\([^)]*\\)`, `</?[A-Za-z][^>]*>`,
`(\\*\\*|\\*|~~)(\\S(?:.*?\\S)?)\\1`, ...) scan to the end of the text from every
opener that has no closer: `'~~a '` x 16,000 took 97 s (issue 12). Here each
opener finds its closer by a binary search in the sorted positions of the
closing character, so the text is read a bounded number of times. The results
are those of the old patterns, match for match (tests/test_readers_inline.py
compares them on random strings).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from tqa import patterns

_SPACE = patterns.compile(r"\s")
_WORD = patterns.compile(r"\w")
_CODE = patterns.compile(r"`([^`]*)`")  # linear already: every backtick opens or closes at most one span

Match = tuple[int, str] | None  # (end of the match, its replacement)


class _Positions:
    """Sorted positions of one string in a text: the first at or after an index in O(log n)."""

    def __init__(self, text: str, needle: str, keep: Callable[[int], bool] = lambda _: True) -> None:
        self.found = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text) if keep(m.start())]

    def first_from(self, start: int) -> int:
        index = bisect_left(self.found, start)
        return self.found[index] if index < len(self.found) else -1


def _substitute(text: str, openers: str, match_at: Callable[[int], Match]) -> str:
    """re.sub semantics: leftmost matches, tried at each opener, never overlapping."""
    parts: list[str] = []
    done = 0
    for opener in re.finditer(openers, text):
        start = opener.start()
        if start < done:
            continue
        found = match_at(start)
        if found is not None:
            parts.append(text[done:start])
            parts.append(found[1])
            done = found[0]
    parts.append(text[done:])
    return "".join(parts)


def _bracketed(text: str, opener: str, middle: str, nonempty: bool, keep_inner: bool) -> str:
    """`opener` + [^]]* + `]` + `middle` + up to the first closer of `middle`: links and images."""
    close_square = _Positions(text, "]")
    close_middle = _Positions(text, ")" if middle == "(" else "]")

    def match_at(start: int) -> Match:
        inner = start + len(opener)
        square = close_square.first_from(inner)
        if square < 0 or (nonempty and square == inner) or text[square + 1 : square + 2] != middle:
            return None
        end = close_middle.first_from(square + 2)
        return None if end < 0 else (end + 1, text[inner:square] if keep_inner else "")

    return _substitute(text, re.escape(opener), match_at)


def _html_tags(text: str) -> str:
    """`</?[A-Za-z][^>]*>` removed."""
    close = _Positions(text, ">")

    def match_at(start: int) -> Match:
        letter = start + 2 if text.startswith("</", start) else start + 1
        if not ("a" <= text[letter : letter + 1].lower() <= "z" and text[letter : letter + 1].isascii()):
            return None
        end = close.first_from(letter + 1)
        return None if end < 0 else (end + 1, "")

    return _substitute(text, "<", match_at)


def _emphasis(text: str) -> str:
    """`(\\*\\*|\\*|~~)(\\S(?:.*?\\S)?)\\1|(?<!\\w)(__|_)(\\S(?:.*?\\S)?)\\3(?!\\w)` replaced by its content."""
    return _substitute(text, r"[*~_]", _Emphasis(text).match_at)


class _Emphasis:
    """The emphasis pattern's matches in one text, from precomputed marker positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = _Positions(text, "\n")
        self.tables = {marker: self._closers(marker) for marker in ("**", "*", "~~", "__", "_")}

    def _after_nonspace(self, p: int) -> bool:
        return p > 0 and not _SPACE.match(self.text, p - 1)

    def _closers(self, marker: str) -> _Positions:
        if marker.startswith("_"):  # (?!\w) after the closing marker
            return _Positions(
                self.text, marker, lambda p: self._after_nonspace(p) and not _WORD.match(self.text, p + len(marker))
            )
        return _Positions(self.text, marker, self._after_nonspace)

    def with_marker(self, start: int, marker: str) -> Match:
        text = self.text
        inner = start + len(marker)
        if not text.startswith(marker, start) or inner >= len(text) or _SPACE.match(text, inner):
            return None
        line_end = self.newlines.first_from(inner)
        line_end = len(text) if line_end < 0 else line_end
        # The optional group is greedy, so a content of two or more characters is
        # tried first (the nearest closer), and one character last.
        close = self.tables[marker].first_from(inner + 2)
        if close < 0 or close > line_end:
            close = inner + 1 if inner + 1 in _exact(self.tables[marker], inner + 1) else -1
        return None if close < 0 else (close + len(marker), text[inner:close])

    def match_at(self, start: int) -> Match:
        text = self.text
        if text[start] == "_":
            if start > 0 and _WORD.match(text, start - 1):
                return None
            markers: tuple[str, ...] = ("__", "_")
        else:
            markers = ("**", "*") if text[start] == "*" else ("~~",)
        for marker in markers:
            found = self.with_marker(start, marker)
            if found is not None:
                return found
        return None


def _exact(positions: _Positions, position: int) -> tuple[int, ...]:
    return (position,) if positions.first_from(position) == position else ()


def strip_inline_markdown(text: str) -> str:
    text = _bracketed(text, "![", "(", nonempty=False, keep_inner=False)
    text = _bracketed(text, "[", "(", nonempty=False, keep_inner=True)
    text = _bracketed(text, "[", "[", nonempty=True, keep_inner=True)
    text = _CODE.sub(r"\1", text)
    text = _html_tags(text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _emphasis(text)
    return text.replace("\\", "") if "\\" in text else text
