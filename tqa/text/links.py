"""Web addresses, e-mail addresses and @handles in text: names in no language and holding
no figure, so language detection and number extraction both blank them first."""

from __future__ import annotations

from tqa import patterns

# Web addresses, e-mail addresses and @handles: text that is a name, in no language
# and holding no figure. An address ends before a quotation mark or bracket («https://x»).
URL_PATTERN = r"(?:https?://|www\.)[^\s<>«»“”\"']+"
# An address starts where a run of its characters starts: tried from inside the run
# as well, the pattern rescanned the rest of the run from every letter of a long
# token, quadratically (40 KB without spaces took 12.5 s; issue 12).
EMAIL_PATTERN = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
HANDLE_PATTERN = r"(?<![\w@])@[A-Za-z0-9_]{2,15}\b"
LINK = patterns.compile(f"{URL_PATTERN}|{EMAIL_PATTERN}|{HANDLE_PATTERN}")


def blank_links(text: str) -> str:
    """The text with every link replaced by spaces, so that offsets still hold."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text  # every link has one of these: most sentences are not scanned (issue 14)
    return LINK.sub(lambda m: " " * len(m.group()), text)
