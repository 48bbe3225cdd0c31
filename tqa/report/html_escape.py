"""Untrusted text into HTML: article text, glossary text and file names.

Everything goes through `html.escape(..., quote=True)`; every piece of it is
isolated (<bdi>, or U+2068/U+2069 where markup cannot go) so that a bidi control in
it (U+202E) or Arabic quoted inside an English message cannot reorder the line
around it; data for the script travels as JSON that cannot end its <script> element.
"""

from __future__ import annotations

import json
from html import escape

from tqa import patterns


def esc(text: object) -> str:
    """Escape for element content and for double- or single-quoted attributes."""
    return escape(str(text), quote=True)


_QUOTED = patterns.compile("«([^«»]*)»")


def bidi_text(text: str) -> str:
    """Escaped text whose «quoted» pieces are isolated, so that Arabic quoted inside an
    English message (or the reverse) does not reorder the punctuation around it."""
    return _QUOTED.sub(lambda m: f"«<bdi>{m.group(1)}</bdi>»", esc(text))


def bdi(text: object) -> str:
    """Escaped text from a file (a file name, a glossary form, a waiver's reason) in its
    own <bdi>: a U+202E inside it cannot reverse the rest of the line."""
    return f"<bdi>{esc(text)}</bdi>"


def fsi(text: str) -> str:
    """Plain text (a tooltip, the page title) in first-strong isolates, the <bdi> of text
    that cannot hold markup; a bidi override inside ends at U+2069."""
    return f"\u2068{text}\u2069"


def isolated(text: str) -> str:
    """The same for attribute text (tooltips), which cannot hold markup: Unicode first-
    strong isolates (U+2068 ... U+2069) around each «quoted» piece."""
    return _QUOTED.sub(lambda m: f"«\u2068{m.group(1)}\u2069»", text)


def json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element: <, > and & become \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
