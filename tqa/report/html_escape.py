"""Untrusted text into HTML: article text, glossary text and file names.

Everything goes through `html.escape(..., quote=True)`; Arabic quoted inside an
English message is isolated so that it cannot reorder the sentence around it; data
for the script travels as JSON that cannot end its <script> element.
"""

from __future__ import annotations

import json
import re
from html import escape


def esc(text: object) -> str:
    """Escape for element content and for double- or single-quoted attributes."""
    return escape(str(text), quote=True)


_QUOTED = re.compile("«([^«»]*)»")


def bidi_text(text: str) -> str:
    """Escaped text whose «quoted» pieces are isolated, so that Arabic quoted inside an
    English message (or the reverse) does not reorder the punctuation around it."""
    return _QUOTED.sub(lambda m: f"«<bdi>{m.group(1)}</bdi>»", esc(text))


def isolated(text: str) -> str:
    """The same for attribute text (tooltips), which cannot hold markup: Unicode first-
    strong isolates (U+2068 ... U+2069) around each «quoted» piece."""
    return _QUOTED.sub(lambda m: f"«\u2068{m.group(1)}\u2069»", text)


def json_for_script(value: object) -> str:
    """JSON that cannot end its <script> element: <, > and & become \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
