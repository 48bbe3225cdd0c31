"""Reading an article file safely: a regular file, of bounded size, in a known encoding.

Article files come from outside (saved web pages, files mailed by a desk), so
nothing about them is trusted: a FIFO would block forever and /dev/zero would
fill the memory, hence the checks before any byte is read, and the bounded read.
UTF-8 is the fast path; only a file that is not UTF-8 is given to
charset-normalizer, which tells Windows-1256 from ISO-8859-6 and Windows-1252.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from tqa.errors import InputError

# News articles are 5-100 KB of text; a saved page with its scripts a few MB.
MAX_FILE_BYTES = 10_000_000
# About 300,000 words: twenty times the longest feature a desk sends.
MAX_TEXT_CHARS = 2_000_000
# Sentences per article (and units per XLIFF/TMX file): a long feature has a few hundred;
# at 5,000 a check takes about 7 s, at 20,000 the aligner and checks take 90 s.
MAX_SEGMENTS = 5_000

# Characters in one sentence: a long news sentence has 300-600. Past this it is a
# list, a table or a paste without full stops, and every check that quotes the
# sentence would quote all of it (64 KB of Markdown left a 20 MB report; issue 12).
MAX_SENTENCE_CHARS = 10_000

# The code pages a desk's Arabic or English comes in when it is not UTF-8. tqa reads no
# other language, and left free charset-normalizer reads English Windows-1252 as
# Central European cp1250 ("José Muñoz" becomes "Muńoz"): the bytes of the Latin
# letters agree, those of the accented ones do not.
LEGACY_CODE_PAGES = ("cp1256", "iso8859_6", "cp1252", "latin_1")

SPLIT_FIX = "split it into articles of at most {limit}, or check that this is the right file"


# What the first bytes of a tqa report hold (JSON or HTML): such a file is no article,
# and only such a file is ever replaced or removed as an earlier run's report.
_REPORT_MARKS = (b'"schema": "tqa-report/1"', b'<meta name="generator" content="tqa', b"<title>tqa: ")


def starts_like_report(head: str | bytes) -> bool:
    """Whether the first 8 KB of a file are those of a tqa report."""
    data = head[:8192].encode("utf-8", "replace") if isinstance(head, str) else head[:8192]
    return any(mark in data for mark in _REPORT_MARKS)


def is_report_file(path: Path) -> bool:
    """A regular file that starts like a tqa report; False when it cannot be read."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        with open(path, "rb") as stream:
            return starts_like_report(stream.read(8192))
    except OSError:
        return False


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def require_regular_file(path: Path) -> int:
    """The file's size, once it is known to be a regular file that exists."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("file not found", where=str(path), fix="check the path") from None
    except OSError as error:
        raise InputError(
            f"cannot be read ({error.strerror or error})", where=str(path), fix="check the path and its permissions"
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file", where=str(path), fix="name an article file")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO blocks the reader forever, a device (/dev/zero) never ends.
        raise InputError(
            "is not a regular file (a pipe, device or socket)", where=str(path), fix="save the article to a file first"
        )
    return info.st_size


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing a file over `limit` before reading it."""
    size = require_regular_file(path)
    too_big = InputError(
        f"is {size:,} bytes, over tqa's limit of {_megabytes(limit)} for an article file",
        where=str(path),
        fix=SPLIT_FIX.format(limit=_megabytes(limit)),
    )
    if size > limit:
        raise too_big
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)  # the file may have grown since it was measured
    except OSError as error:
        raise InputError(
            f"cannot be read ({error.strerror or error})", where=str(path), fix="check the file's permissions"
        ) from None
    if len(raw) > limit:
        raise too_big
    return raw


def require_text_size(text_length: int, where: str) -> None:
    if text_length > MAX_TEXT_CHARS:
        raise InputError(
            f"holds {text_length:,} characters of text, over tqa's limit of {MAX_TEXT_CHARS:,} for one article",
            where=where,
            fix=SPLIT_FIX.format(limit=f"{MAX_TEXT_CHARS:,} characters"),
        )


def require_segment_count(count: int, where: str, *, so_far: bool = False) -> None:
    """`so_far`: counting stops at the first sentence over the limit (the segmenter does
    not split the rest), so the count is no size of the file and is not said."""
    if count > MAX_SEGMENTS:
        size = f"more than {MAX_SEGMENTS:,} sentences" if so_far else f"{count:,} sentences or units"
        raise InputError(
            f"has {size}, over tqa's limit of {MAX_SEGMENTS:,} for one article",
            where=where,
            fix=SPLIT_FIX.format(limit=f"{MAX_SEGMENTS:,} sentences"),
        )


def decode(raw: bytes, where: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    # UTF-32's byte-order mark begins with UTF-16's, so it is tested first.
    wide = "utf-32" if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else None
    if wide is None and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        wide = "utf-16"  # Windows Notepad's "Unicode"
    if wide is not None:
        try:
            return raw.decode(wide), wide
        except UnicodeDecodeError as error:
            raise InputError(
                f"is not valid {wide.upper()} (byte {error.start})", where=where, fix="save the file as UTF-8"
            ) from None
    if b"\x00" in raw[:8192]:
        if looks_like_utf16(raw[:8192]):
            raise InputError("looks like UTF-16 text without a byte-order mark", where=where, fix="save the file as UTF-8")
        raise InputError("looks like a binary file", where=where, fix="give a .txt, .md, .html, .docx, .xliff or .tmx article")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as error:
        return _decode_legacy(raw, error, where)


def _decode_legacy(raw: bytes, error: UnicodeDecodeError, where: str) -> tuple[str, str]:
    """A file that is not UTF-8: a legacy code page, told by charset-normalizer.

    A file that is mostly valid UTF-8 with a few bad bytes is UTF-8 damaged in
    transit: read in a code page it would come out as confident nonsense.
    """
    fix = "save the file as UTF-8"
    damaged = InputError(f"is not valid UTF-8 (byte {error.start})", where=where, fix=fix)
    lenient = raw.decode("utf-8", "surrogateescape")
    invalid = sum(1 for ch in lenient if "\udc80" <= ch <= "\udcff")
    valid_wide = sum(1 for ch in lenient if ch > "\x7f") - invalid
    if valid_wide >= invalid:
        raise damaged
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8

    best = from_bytes(raw, preemptive_behaviour=False, cp_isolation=list(LEGACY_CODE_PAGES)).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError(f"is not UTF-8 (byte {error.start}) and its encoding cannot be told", where=where, fix=fix) from None
    name = codecs.lookup(best.encoding).name
    try:
        return raw.decode(name), name
    except (UnicodeDecodeError, LookupError):
        raise damaged from None


def looks_like_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: it decodes, one way round, to
    printable characters (Latin text has a zero in every other byte, Arabic 0x06)."""
    if len(head) < 32:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head[: len(head) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(ch.isprintable() or ch.isspace() for ch in text) >= 0.95 * len(text):
            return True
    return False


def require_sentence_length(length: int, place: str, where: str) -> None:
    if length > MAX_SENTENCE_CHARS:
        raise InputError(
            f"has a sentence of {length:,} characters ({place}), over tqa's limit of {MAX_SENTENCE_CHARS:,}",
            where=where,
            fix="end its sentences with full stops, or split it into paragraphs",
        )
