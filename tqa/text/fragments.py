"""Arabic pieces that a stray full stop cut off a sentence: phrases, not sentences.

Translators carry the full stop of an English abbreviation into the Arabic, where
no word keeps it: "U.S. ambassador accuses ..." becomes «السفير الأمريكي. يتهم ...»,
"the D.C. Circuit Court of Appeals" «بمحكمة الاستئناف. بالعاصمة واشنطن.», "10:08 p.m.
Monday" «الساعة ١٠:٠٨ مساءً. يوم الاثنين.». The splitter then cuts a phrase off its
sentence, and the phrase alone pairs with nothing: the aligner reports it as an
omission or an addition. Two shapes are phrases whatever surrounds them:

- two words that both carry the article (السفير الأمريكي, the ambassador the
  American): a noun and its adjective. A nominal sentence needs an indefinite
  predicate (السفير أمريكي: the ambassador is American). The phrase is the subject
  of what follows, and joins the next sentence;
- a paragraph's last piece of at most three words that opens with a preposition or a
  time noun (بالعاصمة واشنطن, في العاصمة, يوم الاثنين): an adverbial that belongs to the
  sentence before it, and joins it.

Short answers and exclamations of speech stay sentences: «شكراً.», «أنا بطل.», «السباحة
آمنة.» (the second word indefinite), «دفعتني للتفكير.» (a verb first), «على الأرجح لا.»
(most likely not: a negation or an answer word makes a phrase a sentence).
"""

from __future__ import annotations

from tqa import patterns
from tqa.lang.ar import BASE_LETTERS

_WORD = rf"[{BASE_LETTERS}\u064B-\u0652]+"
_DEFINITE = rf"[وف]?ال{_WORD}"
_NOUN_PHRASE = patterns.compile(rf"^{_DEFINITE}\s+{_DEFINITE}\.$")
# Not من: it is also "who" («من سيعوضنا.», who will make it up to us, a question without its mark).
_PREPOSITION = r"(?:في|إلى|الى|على|عن|مع|منذ|خلال|يوم|صباح|مساء)"
# A negation or an answer word makes the phrase an elliptical sentence: «على الأرجح لا.» (most likely not).
_ANSWER = rf"(?![^.]*(?<!\S)(?:لا|لم|لن|ليس|ليست|نعم|كلا|بلى)(?![{BASE_LETTERS}]))"
_ADVERBIAL = patterns.compile(rf"^{_ANSWER}(?:(?:[بلك]ال|لل){_WORD}|{_PREPOSITION}(?!\S))(?:\s+\S+){{0,2}}\.$")


def join_phrases(sentences: list[str]) -> list[str]:
    """One paragraph's Arabic sentences, each phrase above joined to its sentence."""
    joined: list[str] = []
    pending = ""
    last = len(sentences) - 1
    for n, sentence in enumerate(sentences):
        text = f"{pending} {sentence}" if pending else sentence
        pending = ""
        if n < last and _NOUN_PHRASE.match(text):
            pending = text
        elif n == last and joined and _ADVERBIAL.match(text):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined
