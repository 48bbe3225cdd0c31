"""A place the glossary lists by its kind and its name («مدينة غزة», Gaza City;
«محافظة البصرة», Basra Governorate) written by its name alone: "the Gaza port" is
«ميناء غزة», and an Arabic writer drops «مدينة» as freely as an English one drops
"City". The name word says which place it is; the kind noun only what it is.
"""

from __future__ import annotations

import re

from tqa.glossary.model import Glossary, GlossaryEntry, arabic_tokens, english_tokens
from tqa.lang.ar import normalize, proclitic_pattern
from tqa.lang.lexicon import arabic_concepts, english_concepts
from tqa.model import Lang, Segment

# Lexicon concepts of the nouns that say what kind of place a name is: a province or
# region, a territory, a city.
PLACE_KINDS = frozenset(["w:province", "w:region", "w:territor", "w:city"])


def _concepts(word: str, lang: Lang) -> set[str]:
    return arabic_concepts(word) if lang == "ar" else english_concepts(word)


def name_without_kind(form: str, lang: Lang) -> tuple[str, ...] | None:
    """The name words of a place's `form` without its kind noun, which Arabic puts first
    («مدينة غزة») and English last (Gaza City); None when the form has no kind noun, or
    when a word left is a word of the lexicon: «المنطقة الشرقية» (Eastern Province) is
    not named by «الشرقية» (eastern), which says a direction, not a place."""
    words = arabic_tokens(form) if lang == "ar" else english_tokens(form)
    if len(words) < 2:
        return None
    kind, name = (words[0], words[1:]) if lang == "ar" else (words[-1], words[:-1])
    if not _concepts(kind, lang) & PLACE_KINDS or any(_concepts(word, lang) for word in name):
        return None
    return name


def named_without_kind(glossary: Glossary, entry: GlossaryEntry, segments: tuple[Segment, ...], lang: Lang) -> bool:
    """A place entry written in `segments` (in `lang`) by its name words alone, outside
    any other glossary name: Gaza in «نقابة صيادي غزة» names the union, and when the name
    words are themselves another entry (a glossary with Gaza and Gaza City), the matcher
    reads them as that one, which is then named, not this."""
    if entry.type != "place":
        return False
    forms = entry.ar if lang == "ar" else (entry.en, *entry.variants)
    for name in filter(None, (name_without_kind(form, lang) for form in forms)):
        for segment in segments:
            text = segment.text
            for match in glossary.find(text, lang):
                text = text.replace(match.text, " ")
            if _written(name, text, lang):
                return True
    return False


def _written(name: tuple[str, ...], text: str, lang: Lang) -> bool:
    if lang == "ar":
        return re.search(proclitic_pattern(" ".join(name)), normalize(text)) is not None
    words = english_tokens(text)
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))
