"""Web addresses, e-mail addresses and @handles in text: names in no language and holding
no figure, so language detection and number extraction both blank them first. Code quoted
in an article (markup, a function call) is in no human language either: U402 blanks it."""

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


# Code quoted in copy, which no translator translates: a markup element whose content
# has no Arabic (<b>hello</b>: the snippet as the source quotes it), a tag with its
# attributes (<script>, </b>, <img src=x onerror=f(1)>), a call written with no space before its
# bracket and an argument that is no word (alert(1), init(), f("x")), and an identifier
# joined by underscores (user_id). Prose puts a space before a bracket, «البناء (build)»,
# and a plural in brackets, building(s), is letters only: both stay text.
CODE = patterns.compile(
    r"<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]{0,300})?>[^<>\u0600-\u06FF]{0,200}</\1>"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?/?>"
    r"|(?<![\w.])[A-Za-z_][\w.]*\((?:[^()\s]*[^A-Za-z()\s][^()\s]*)?\)"
    r"|(?<!\w)[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
)


def blank_code(text: str) -> str:
    """The text with quoted code (see CODE) replaced by spaces, so that offsets still hold."""
    if "<" not in text and "(" not in text and "_" not in text:
        return text
    return CODE.sub(lambda m: " " * len(m.group()), text)
