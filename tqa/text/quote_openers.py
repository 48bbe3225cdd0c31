"""A straight quotation mark left at the end of a sentence that opens the next one.

With an odd number of straight quotes in a paragraph (one quotation never
closed), the splitter takes the opening " for the closing mark of the sentence
before it: 'rose. "' and 'We now have ...'. A straight quote after a space, at the
end of a sentence whose other straight quotes are paired, closes nothing there;
it opens the next sentence, and is given back to it. An opening mark by its shape, “ or «, left there after
a space ('rainfall. “' and 'Without water, ...') opens the next sentence whatever the
count: neither closes a quotation in Arabic or English copy. (Sloppy copy does put a
space before a closing mark, 'direction. "': with an odd count before it, the
mark closes a quotation of its own sentence and stays, unless the next sentence needs it:
its own straight quotes are odd in number and the first of them closes, '"A," she said.
"' then 'Will it last?" she asked.': the mark pairs there, and the quotation of the
sentence before is the one left open, '"A, she said.', whose closing mark was dropped.)
"""

from __future__ import annotations

from tqa.text.quotations import straight_role

_OPENERS = ('"', "“", "«")


def give_openers_back(sentences: list[str]) -> list[str]:
    """`sentences` of one paragraph, with each trailing ' "' (' “', ' «') moved to the start of the next."""
    result = list(sentences)
    for n in range(len(result) - 1):
        text = result[n]
        body = text[:-1].rstrip()  # rstrip, not a regex: a long run of spaces stays linear
        if not text.endswith(_OPENERS) or len(body) == len(text) - 1:
            continue  # no quote at the end, or one glued to the last word: a closing mark
        mark = text[-1]
        if not result[n + 1][:1].isalnum():
            continue
        if mark == '"' and body.count('"') % 2 and not _needs_opener(result[n + 1]):
            continue
        result[n] = body
        result[n + 1] = mark + result[n + 1]
    return [s for s in result if s]


def _needs_opener(text: str) -> bool:
    """The sentence has an odd number of straight quotes and the first one closes: it
    ends a quotation that opened before it."""
    first = text.find('"')
    return text.count('"') % 2 == 1 and straight_role(text, first) == "close"
