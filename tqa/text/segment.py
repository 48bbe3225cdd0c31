"""Split a document's blocks into sentences, for Arabic and English.

sentencex (Wikimedia's rule-based splitter, no model download) does the work; it
already treats ؟ and ؛ as sentence ends and knows most English abbreviations.
Guards are added here because news copy needs them and sentencex misses them:
Arabic one-letter abbreviations (د. for doctor, م. for engineer) end no
sentence, an ellipsis followed by a new sentence does, and Arabic is split inside
quotation marks as English is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from tqa import patterns
from tqa.lang.ar import AR_SPEECH_VERBS, BASE_LETTERS
from tqa.lang.en import SPEAKER_NAME, SPEECH_VERBS
from tqa.model import Article, Document, Lang, Segment
from tqa.readers.files import require_segment_count, require_sentence_length
from tqa.text.fragments import join_phrases
from tqa.text.quote_openers import give_openers_back

# Arabic abbreviations written as one or two letters and a full stop: د. (doctor),
# م. (engineer, or metre), أ. (professor), ص.ب. (P.O. box), ج. (plural), and Latin
# initials spelt out (دي. كي. أريا). An opening quotation mark or bracket may come
# right before one: «"د. فورد طلبت ...».
# The Latin letters' names: في (V) and أو (O) are left out, as words they are "in" and "or".
_LATIN_LETTER_NAMES = r"(?:إيه|بي|سي|دي|إي|إف|جي|جيه|إتش|آي|كيه|كي|إل|إم|إن|كيو|آر|إس|تي|يو|دبليو|إكس|واي|زد)"
_AR_ABBREVIATION_END = patterns.compile(rf"(?:^|[\s\"«“(])(?:[دمأجص]|ص\.ب|أ\.د|{_LATIN_LETTER_NAMES})\.$")
# English titles that sentencex does not always keep with the name that follows. And
# US, UK, UN, EU with a full stop but without "the": as nouns news English gives them
# the article (trust the US.), so bare they qualify the next word, written "US." for
# U.S.: "His comments come as US. Secretary of State Mike Pompeo ...".
_EN_ABBREVIATION_END = patterns.compile(
    r"(?:^|[\s\"“(])(?:Dr|Mr|Mrs|Ms|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Mt|No|Jr|Sr|vs|Eng|Brig|Adm|Rev|Hon)\.$"
    r"|(?:^|(?<![Tt]he)\s)(?:US|UK|UN|EU)\.$"
)
# An ellipsis that ends one sentence: followed by space and the start of another.
# The Arabic semicolon ؛ also ends a sentence-like unit (ARABIC.md; the issue's
# list of Arabic sentence ends); sentencex does not split on it.
_EXTRA_BREAK = patterns.compile(rf"(…|\.\.\.|؛)\s+(?=[«“\"(]?[{BASE_LETTERS}A-Z])")
# A decimal point between digits of any script never ends a sentence (٤.٥, 4.5).
_SPLIT_DECIMAL = patterns.compile(r"[0-9٠-٩۰-۹][.٫]$")
# Arabic abbreviations of two single letters, ق.م (BC), ب.م, ص.ب: sentencex cuts
# after the first letter's full stop, leaving "م تقريباً." as a sentence.
_AR_LETTER_DOT_END = patterns.compile(rf"(?:^|[\s\d])[{BASE_LETTERS}]\.$")
_AR_LETTER_START = patterns.compile(rf"^[{BASE_LETTERS}](?:\.|\s|$)")
_DIGIT_START = patterns.compile(r"^[0-9٠-٩۰-۹]")
# A quoted question or exclamation goes on into its attribution: '"Why now?" she asked.',
# '"Why now? she asked.' (closing mark dropped), '"Why now?" asked the minister.',
# '"Why now?" Al-Kuwari asked at the rally.' English starts no sentence in lower case, so
# "she asked" after ?/! continues; a capitalised speaker does only right after a closing
# mark and when the verb ends the clause ('"Why?" Officials said the plan ...' starts one).
_ASKED_END = patterns.compile(r"[?!][\"”’']*$")
_QUOTE_ASKED_END = patterns.compile(r"[?!][\"”’']+$")
_LOWER_ATTRIBUTION = patterns.compile(rf"^(?:(?:he|she|they|we|it|you|the\s+\w+(?:\s+\w+)?)\s+{SPEECH_VERBS}|{SPEECH_VERBS}\s)\b")
# Arabic has no capitals; a bare verb and a short name after a closed quotation is its
# attribution, where a new sentence would open with و: «"...؟" قال أبو حمدان.» The verb
# alone carries its subject («...؟» تساءلت.: she asked), and is no sentence of its own.
_AR_ATTRIBUTION = patterns.compile(rf"^{AR_SPEECH_VERBS}(?:\s+[^\s.؟!]+){{0,4}}\s*[.!]?$")
_QUOTE_ASKED_END_AR = patterns.compile(r"[?!؟][\"”’'»]+$")
_NAMED_ATTRIBUTION = patterns.compile(
    rf"^{SPEAKER_NAME}\s+{SPEECH_VERBS}(?:\s*[.,;:]|\s+(?:at|on|in|during|after|before|as|when|from|to|of)\b|\s*$)"
)


@lru_cache(maxsize=1)
def _sentencex() -> object:
    # Imported lazily: the CLI must start fast, and `tqa --help` needs no splitter.
    import sentencex

    return sentencex


def split_sentences(text: str, lang: Lang) -> list[str]:
    """Split one paragraph into sentences; whitespace is trimmed, nothing else changes."""
    text = text.strip()
    if not text:
        return []
    module = _sentencex()
    # Pieces keep their trailing whitespace, so rejoining them restores the text exactly.
    pieces = [p for p in module.segment(lang, text) if p.strip()]  # type: ignore[attr-defined]
    # An odd count of straight quotes: one has no partner, and sentencex, pairing the rest
    # across it, may hold sentences together in a piece with no mark of its own.
    stray = text.count('"') % 2 == 1
    pieces = [part for piece in pieces for part in _split_inside_quotes(piece, lang, stray)]
    pieces = _rejoin_false_breaks(pieces, lang)
    sentences = give_openers_back(_attach_stray_marks([part for piece in pieces for part in _split_extra(piece.strip())]))
    return join_phrases(sentences) if lang == "ar" else sentences


def _attach_stray_marks(sentences: list[str]) -> list[str]:
    """A piece with no letter or digit (a lone full stop left by a bad paste, a dash)
    is not a sentence: it joins the sentence before it, or the one after it when
    it opens the paragraph. As its own sentence it would pair with nothing and be
    reported as an omission or an addition."""
    # Lists of parts, joined once: growing a string by repeated concatenation is
    # quadratic on a paragraph of 100,000 stray marks.
    attached: list[list[str]] = []
    pending: list[str] = []
    for sentence in sentences:
        if not any(ch.isalnum() for ch in sentence):
            (attached[-1] if attached else pending).append(sentence)
            continue
        attached.append([*pending, sentence])
        pending = []
    if pending:
        attached.append(pending)  # the paragraph is only marks: keep them, lose nothing
    return [" ".join(parts).strip() for parts in attached]


# sentencex does not split between quotation marks (always in Arabic, often in
# English); with one stray " it then swallows the rest of the paragraph as one
# sentence, and the two languages come out cut differently. So in a piece that
# holds a quotation mark, a full stop, ! or ? and a space before a new sentence
# end a sentence unless they are inside a closed pair of directional marks « » or
# “ ” (a quotation of several sentences stays one segment), or follow an
# abbreviation (U.S., Dr., د.). In a paragraph with a stray straight quote, every piece
# is so cut: sentencex's misread pairs also join sentences that hold no mark
# ('... early next month. Hasso said ...').
_INNER_BREAK = {
    "ar": patterns.compile(rf"(?<=[.!؟?])\s+(?=[«“\"(]?[{BASE_LETTERS}])"),
    "en": patterns.compile(r"(?<=[.!?])\s+(?=[“\"(]?[A-Z])"),
}
_DIRECTIONAL_QUOTE = patterns.compile(r"«[^«»]{0,600}»|“[^“”]{0,600}”")
_EN_INITIALS = patterns.compile(r"(?:\b[A-Z]\.)+$|\b[A-Z][a-z]?\.$")


# The guards end in `$`: only the last few characters before a cut decide, so they
# are searched there, not in the whole text before it (quadratic on a long paragraph).
_GUARD_WINDOW = 16


def _ends_with(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether `pattern` (anchored with `$`) matches text[:end]; `^` still means the real start."""
    return pattern.search(text, max(0, end - _GUARD_WINDOW), end) is not None


def _split_inside_quotes(piece: str, lang: Lang, stray: bool = False) -> list[str]:
    if not stray and not any(mark in piece for mark in '"«“'):
        return [piece]
    protected = [(m.start(), m.end()) for m in _DIRECTIONAL_QUOTE.finditer(piece)]
    starts = [a for a, _ in protected]
    guard = _AR_ABBREVIATION_END if lang == "ar" else _EN_ABBREVIATION_END
    parts, start = [], 0
    for cut in _INNER_BREAK[lang].finditer(piece):
        at = cut.start()
        inside = bisect_left(starts, at) - 1  # the last quotation opened before the cut
        if (inside >= 0 and at < protected[inside][1]) or _ends_with(guard, piece, at):
            continue
        if lang == "en" and _ends_with(_EN_INITIALS, piece, at):
            continue
        parts.append(piece[start:at] + " ")  # keep a trailing space: rejoining restores the text
        start = cut.end()
    parts.append(piece[start:])
    return [p for p in parts if p.strip()]


def _rejoin_false_breaks(pieces: list[str], lang: Lang) -> list[str]:
    guard = _AR_ABBREVIATION_END if lang == "ar" else _EN_ABBREVIATION_END
    merged: list[list[str]] = []
    for piece in pieces:
        previous = _tail(merged[-1]) if merged else ""
        trimmed = len(previous.rstrip())
        decimal = _ends_with(_SPLIT_DECIMAL, previous, len(previous)) and bool(_DIGIT_START.match(piece))
        letters = lang == "ar" and _ends_with(_AR_LETTER_DOT_END, previous, trimmed) and bool(_AR_LETTER_START.match(piece))
        attributed = _attributes_question(previous, trimmed, piece, lang)
        if merged and (decimal or letters or attributed or _ends_with(guard, previous, trimmed)):
            merged[-1].append(piece)
        else:
            merged.append([piece])
    return ["".join(parts) for parts in merged]


def _attributes_question(previous: str, trimmed: int, piece: str, lang: Lang) -> bool:
    """Whether `piece` is the attribution of the question or exclamation `previous` ends with."""
    if lang == "ar":
        return _ends_with(_QUOTE_ASKED_END_AR, previous, trimmed) and bool(_AR_ATTRIBUTION.match(piece.strip()))
    if _LOWER_ATTRIBUTION.match(piece):
        return _ends_with(_ASKED_END, previous, trimmed)
    return _ends_with(_QUOTE_ASKED_END, previous, trimmed) and bool(_NAMED_ATTRIBUTION.match(piece))


def _tail(parts: list[str]) -> str:
    """The end of a merged sentence, long enough for the guards to decide (all of it
    when it is short, so that `^` still means its start)."""
    tail: list[str] = []
    for part in reversed(parts):
        tail.append(part)
        text = "".join(reversed(tail))
        if len(text.rstrip()) > 2 * _GUARD_WINDOW:  # each part holds a letter: a few rounds at most
            return text
    return "".join(reversed(tail))


def _split_extra(sentence: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _EXTRA_BREAK.finditer(sentence):
        parts.append(sentence[start : match.end(1)].strip())
        start = match.end()
    parts.append(sentence[start:].strip())
    return [p for p in parts if p]


def segment_document(document: Document, lang: Lang) -> Article:
    """Turn a read document into an Article of sentences; a heading stays one segment."""
    segments: list[Segment] = []
    for paragraph, block in enumerate(document.blocks):
        sentences = [block.text.strip()] if block.heading else split_sentences(block.text, lang)
        for sentence in sentences:
            require_sentence_length(len(sentence), f"paragraph {paragraph + 1}", document.path)
            segments.append(Segment(len(segments), paragraph, sentence, block.heading, block.unit))
        require_segment_count(len(segments), document.path, so_far=True)
    return Article(document.path, lang, document.format, tuple(segments), document.title, document.encoding)


def segment_lines(
    lines: list[str],
    lang: Lang,
    path: str = "<lines>",
    paragraph_per_line: bool = True,
    encoding: str = "utf-8",
    units: list[str | None] | None = None,
) -> Article:
    """One sentence per line, for input already split (`tqa align --one-per-line`, XLIFF
    units, each with its id in `units`).

    A sentence-split file's line breaks say nothing about paragraphs: the aligner
    must not treat them as boundaries, so `paragraph_per_line=False` puts every
    line in one paragraph.
    """
    ids = units if units is not None else [None] * len(lines)
    kept = [(line.strip(), unit) for line, unit in zip(lines, ids, strict=True) if line.strip()]
    segments = tuple(
        Segment(i, i if paragraph_per_line else 0, text, unit=unit) for i, (text, unit) in enumerate(kept)
    )
    return Article(path, lang, "lines", segments, encoding=encoding)
