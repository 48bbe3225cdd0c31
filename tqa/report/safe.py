"""Text read from files, made safe to write: for UTF-8 files and for a terminal.

A lone surrogate (from a broken UTF-16 file or a browser export) cannot be encoded
as UTF-8: every report replaces it with U+FFFD, the replacement character, rather
than crash or write invalid UTF-8. A terminal is sent no control or bidi-override
character raw: an article must not clear the screen, set the window title, or
reverse the rest of a line.
"""

from __future__ import annotations

import re

from tqa import patterns
from tqa.errors import cut

_LONE_SURROGATE = patterns.compile("[\ud800-\udfff]")
# C0 and C1 controls except tab, DEL, and the bidi embeddings, overrides and isolates.
_TERMINAL_UNSAFE = patterns.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
TERMINAL_VALUE_LIMIT = 300  # characters of one quoted value in the terminal summary


def no_surrogates(text: str) -> str:
    """Lone surrogates as U+FFFD; any other text unchanged."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _visible(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def for_terminal(text: str, limit: int | None = TERMINAL_VALUE_LIMIT) -> str:
    """Controls, escapes and bidi controls shown as \\x1b, \\u202e; cut to `limit` characters."""
    if limit is not None:
        text = cut(text, limit)
    return _TERMINAL_UNSAFE.sub(_visible, text)
