"""An organisation named in other words: "the finance ministry" for the Ministry of
Finance, "Kurdistan Region Prime Minister" for رئيس حكومة إقليم كردستان.

English news rewords an institution's full name when it is part of a title or
read as an adjective. The name is still there when every distinctive word of the
entry's English form is in the sentence (Region for Regional: one stem), and only
the institution's head noun (Government, Ministry, Authority...) may be left out.
"Syrian forces" does not name the Syrian Democratic Forces: Democratic is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from tqa import patterns
from tqa.checks.base import CheckContext, is_headline
from tqa.checks.later_mentions import EN_ARTICLE_WORD, said_again
from tqa.checks.place_kinds import PLACE_KINDS, named_without_kind
from tqa.glossary.model import Glossary, GlossaryEntry, arabic_tokens, english_tokens
from tqa.lang import word_list
from tqa.lang.ar import ARABIC_WORD, ARTICLE, normalize, proclitic_pattern, proclitic_stems
from tqa.lang.lexicon import arabic_concepts, arabic_phrase_concepts, english_concepts
from tqa.model import Lang, Segment
from tqa.text.names import core_of, name_word_targets
from tqa.text.skeletons import latin_matches_arabic
from tqa.text.translit import same_name

# Words that say what kind of body it is, not which: a rewording may drop one
# (tqa/lang/data/en_head_nouns.txt). With them, the nouns that say what kind of place or
# thing it is (the Tiferit gas *field*, the Nordic Education *Compact*; en_kind_nouns.txt):
# the words a later mention keeps.
_HEAD_NOUNS = frozenset(word_list("en_head_nouns"))
_KIND_NOUNS = frozenset(word_list("en_kind_nouns"))
_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "de", "al", "el"])
# Entries named by what they are and which one: the Tiferit gas field, the Kurdistan
# Regional Government. A person's short form is the surname (tqa/text/people.py).
_NAMED_BY_KIND = frozenset(["place", "organisation", "term"])
# A short form in brackets closing an English form: "UN Refugee Agency (UNHCR)".
_BRACKETED_END = patterns.compile(r"\s*\([^()]*\)\s*$")
_STEM = 5  # Region and Regional, Kurdish and Kurdistan are not merged below five letters


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"[a-z]+", text.casefold()) if len(w) >= 3}


def named_in_other_words(entry: GlossaryEntry, english: tuple[Segment, ...]) -> bool:
    """An organisation's English form, in other order or as an adjective, in `english`."""
    if entry.type != "organisation":
        return False
    words = [w for w in re.findall(r"[a-z]+", entry.en.casefold()) if w not in _FUNCTION_WORDS]
    if len(words) < 2:
        return False
    present = _stems(" ".join(s.text for s in english))
    absent = [w for w in words if w[:_STEM] not in present]
    return len(absent) == 0 or (len(absent) == 1 and absent[0] in _HEAD_NOUNS and len(words) >= 3)


def named_as_concept(entry: GlossaryEntry, arabic: str, english: tuple[Segment, ...]) -> bool:
    """An institution whose Arabic name is itself a word of the lexicon, in the English as
    that word: «مجلس النواب» is "parliament" (the parliament's decision). Only a concept
    of a phrase counts: «البنك المركزي» gives "bank" through one of its words, and
    "the bank" may be another bank."""
    if entry.type != "organisation":
        return False
    own = arabic_phrase_concepts(arabic)
    return bool(own) and bool(own & english_concepts(" ".join(s.text for s in english)))


# Words a name's own rewording keeps when it drops the name proper: "the field" for
# the Tiferit gas field, «حكومة الإقليم» for «حكومة إقليم كردستان».
_EN_WORD = patterns.compile(r"\b([a-z]+)\b", re.IGNORECASE)


def _english_words(entry: GlossaryEntry) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", entry.en.casefold()) if w not in _FUNCTION_WORDS]


def _arabic_words(entry: GlossaryEntry) -> list[list[str]]:
    return [normalize(form).split() for form in entry.ar if ARABIC_WORD.fullmatch(normalize(form).replace(" ", ""))]


def transliterated_words(entry: GlossaryEntry) -> tuple[frozenset[str], frozenset[str]]:
    """The English words of a place's or organisation's name that are written, not
    translated, in its Arabic (Tiferit: «تيفيريت», Kurdistan: «كردستان»), and those
    Arabic words: the words that say which field or which government it is. Gas,
    field and Government are translated, and name a kind of thing."""
    english: set[str] = set()
    arabic: set[str] = set()
    latin_words = _english_words(entry)
    for words in _arabic_words(entry):
        for latin in latin_words:
            for word in words:
                if len(latin) >= 4 and latin_matches_arabic(latin, word):
                    english.add(latin)
                    arabic.add(word.removeprefix(ARTICLE))
        # Two short words carry too few consonants one by one (Wadi, Utba), but together
        # they are as good evidence as one long word: «وادي عتبة» for Wadi Utba (a final
        # ة, folded to ه, is the Latin final a).
        for first, second in zip(latin_words, latin_words[1:], strict=False):
            for one, two in zip(words, words[1:], strict=False):
                bare = two.removesuffix("ه") if second.endswith("a") else two
                if latin_matches_arabic(f"{first} {second}", f"{one} {bare}"):
                    english.update((first, second))
                    arabic.update((one.removeprefix(ARTICLE), two.removeprefix(ARTICLE)))
    return frozenset(english), frozenset(arabic)


def reworded(ctx: CheckContext, entry: GlossaryEntry, translation: tuple[Segment, ...], lang: Lang) -> bool:
    """N103: a place or organisation named in the `translation` sentences (in `lang`) by
    the word that is its name ("the Tiferit offshore gas field"), or, once named earlier
    in the same translation, by what it is («حكومة الإقليم», "the field"). A headline says
    what it is before the article names it ("Force majeure at southern field"): it may
    refer to a name the body of the article gives."""
    article = ctx.arabic if lang == "ar" else ctx.english
    headline = all(is_headline(article, s) for s in translation)
    earlier = article.segments if headline else article.segments[: translation[0].id]
    return (
        named_by_its_own_word(entry, translation, lang)
        or inside_longer_name(ctx.glossary, entry, translation, lang)
        or inside_compound_name(entry, translation, lang)
        or named_without_kind(ctx.glossary, entry, translation, lang)
        or referred_back(ctx.glossary, entry, translation, earlier, lang, headline=headline)
        or said_again(ctx.glossary, entry, translation, earlier, lang)
        or settlement_said_back(ctx.glossary, entry, translation, () if headline else earlier[-1:], lang)
    )


# How English news opens the sentence after naming a town, whatever the glossary calls
# it: "The town lies on the Arabian Sea." Not in Arabic: «المدينة» is as often the city
# around a district just named («أبطأ من متوسط المدينة», slower than the city average).
_SETTLEMENT_OPENING = patterns.compile(r"^\W*(?:The|This)\s+(?:town|city|village)\b")


def settlement_said_back(glossary: Glossary, entry: GlossaryEntry, segments: tuple[Segment, ...], before: Sequence[Segment], lang: Lang) -> bool:
    """A place named in the English sentence `before`, and the English `segments` opening
    with "The town", "The city" or "The village": "Duqm is to become a hub. The town lies
    on the Arabian Sea." A one-word place name says no kind a later mention could keep
    (short_references), so only the sentence right after it may, as its subject, and only
    when the sentence before named no other place: with two, "the town" is either."""
    if lang != "en" or entry.type != "place" or not before or not _SETTLEMENT_OPENING.match(segments[0].text):
        return False
    places = {m.entry.id for m in glossary.find(before[0].text, lang) if m.entry.type == "place"}
    return places == {entry.id}


def inside_longer_name(glossary: Glossary, entry: GlossaryEntry, segments: tuple[Segment, ...], lang: Lang) -> bool:
    """The entry's form written inside another entry's longer name in `segments`: Ruwais in
    "the Ruwais Maritime Free Zone". The matcher takes the longest name, so the place
    is not matched on its own, yet the reader reads it there."""
    tokens = arabic_tokens if lang == "ar" else english_tokens
    forms = entry.ar if lang == "ar" else (*entry.house_forms, *entry.variants)
    wanted = [t for t in (tokens(form) for form in forms) if t]
    for segment in segments:
        for match in glossary.find(segment.text, lang):
            if match.entry.id == entry.id:
                continue
            written = tokens(match.text)
            if any(_holds(written, form) for form in wanted):
                return True
    return False


# Capitalised names joined by hyphens: Tanger-Tetouan-Al Hoceima, Rhineland-Palatinate.
_HYPHENATED = patterns.compile(r"\b[A-Z][\w'’]*(?:[-‐‑][A-Z][\w'’]*)+")


def inside_compound_name(entry: GlossaryEntry, segments: tuple[Segment, ...], lang: Lang) -> bool:
    """A place written as one part of a compound name joined by hyphens in the English
    `segments`, spelt as that name spells it: Tanger in Tanger-Tetouan-Al Hoceima, the
    region named after its cities («جهة طنجة تطوان الحسيمة»), which the key reads as
    Tangier. The compound is a name of its own, with its holder's spelling; the reader
    reads the city in it."""
    if lang != "en" or entry.type != "place":
        return False
    targets = name_word_targets(entry)
    parts = {p for s in segments for m in _HYPHENATED.finditer(s.text) for p in re.split(r"[-‐‑]", m.group())}
    return any(same_name(core_of(part), target) for part in parts for target in targets)


def _holds(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def named_by_its_own_word(entry: GlossaryEntry, segments: tuple[Segment, ...], lang: Lang) -> bool:
    """A place or organisation whose every transliterated word is in `segments` (in
    `lang`) with the rest reworded: "the Tiferit offshore gas field" for «حقل تيفيريت»,
    "via Transmed" for «أنبوب ترانسميد». The word that is a name is the name; which kind of
    thing it is may be said in other words."""
    if entry.type not in _NAMED_BY_KIND or len(_english_words(entry)) < 2:
        return False
    english, arabic = transliterated_words(entry)
    if not english:
        return False
    text = " ".join(s.text for s in segments)
    if lang == "en":
        words = set(re.findall(r"[a-z]+", text.casefold()))
        return all(any(_same_word(w, t) for t in words) for w in english)
    present = {stem for word in ARABIC_WORD.findall(normalize(text)) for stem in (word, *proclitic_stems(word))}
    return all(w in present or ARTICLE + w in present for w in arabic)


def _same_word(name: str, word: str) -> bool:
    """A name word with at most one letter more or less (Houthi, Houthis): not a stem, for
    Kurdish is not Kurdistan."""
    longer, shorter = (name, word) if len(name) >= len(word) else (word, name)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= 1


def short_references(entry: GlossaryEntry, lang: Lang) -> frozenset[str]:
    """How news refers back to a place or organisation after naming it: by the noun
    that says what it is, with the article. In English the head of the name ("the
    field", "the government", "the ministry" of the Ministry of Finance); in Arabic the
    first word of the name, which is its head, with the article («الحقل», «الحكومة»),
    or with its next word («حكومة الإقليم» for «حكومة إقليم كردستان»), and the place
    named inside it by its kind («الإقليم»). A head that is itself a name word (Deir in
    Deir ez-Zor) gives none. An acronym the English form gives in brackets after the name
    (UN Refugee Agency (UNHCR)) is no word of it: the head is the name's (agency)."""
    words = re.findall(r"[a-z]+", _BRACKETED_END.sub("", entry.en).casefold())
    if entry.type not in _NAMED_BY_KIND:
        return frozenset()
    # The head stands before the name's first preposition: the Office of the UN Office for
    # the Coordination of Humanitarian Affairs, the Bank of the Central Bank of Libya.
    linked = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    head = words[linked - 1] if len(words) >= 2 else None
    # An English name that says no kind (an acronym, Bahrain Crescent Aluminium) may say it
    # in Arabic: «شركة الهلال البحرينية للألمنيوم» is a company, «الشركة» once named.
    arabic_head = head not in _HEAD_NOUNS | _KIND_NOUNS
    head = _arabic_head(entry) if arabic_head else head
    if head is None:
        return frozenset()  # Deir ez-Zor, Hassi R'Mel: a name through and through
    if lang == "en":
        return frozenset([head])
    _, arabic = transliterated_words(entry)
    found: set[str] = set()
    for words in _arabic_words(entry):
        bare = [w.removeprefix(ARTICLE) for w in words]
        if len(words) < 2 or bare[0] in arabic or len(bare[0]) < 3:
            continue
        if arabic_head and f"w:{head}" not in arabic_concepts(words[0]):
            continue  # «الهلال البحرينية للألمنيوم», the same company without its head noun
        found.add(ARTICLE + bare[0])
        if len(words) >= 3 and bare[1] not in arabic:
            found.add(f"{bare[0]} {ARTICLE}{bare[1]}")
        found.update(_inner_place_kinds(bare, arabic))
    return frozenset(found)


def _inner_place_kinds(bare: list[str], transliterated: frozenset[str]) -> Iterator[str]:
    """The kind noun, with the article, of a place named inside an organisation's Arabic
    name (`bare`, its words without their article): «إقليم كردستان» in «حكومة إقليم
    كردستان». News refers back to the government by its place, «الإقليم» ("the region"),
    as it names it by the place's own word («كردستان»). The next word must be a name
    word (`transliterated`): «شركة نفط الشمال» holds no place of that kind."""
    for kind, name in zip(bare[1:], bare[2:], strict=False):
        if kind not in transliterated and name in transliterated and arabic_concepts(kind) & PLACE_KINDS:
            yield ARTICLE + kind


def _arabic_head(entry: GlossaryEntry) -> str | None:
    """For an entry whose English is one word (its acronym, ONCF), the head noun its Arabic
    begins with, read by the lexicon: «المكتب الوطني للسكك الحديدية» is an office."""
    for words in _arabic_words(entry):
        concepts = arabic_concepts(words[0]) if len(words) >= 2 else set()
        found = sorted(c.removeprefix("w:") for c in concepts if c.removeprefix("w:") in _HEAD_NOUNS | _KIND_NOUNS)
        if found:
            return found[0]
    return None


def referred_back(
    glossary: Glossary,
    entry: GlossaryEntry,
    segments: tuple[Segment, ...],
    earlier: Iterable[Segment],
    lang: Lang,
    headline: bool = False,
) -> bool:
    """The entry, named in one of the `earlier` sentences of the same article, referred to
    in `segments` by its head noun: "the field", «حكومة الإقليم». Before the name has
    been given, "the government" may be any government. A `headline` drops its articles
    ("at southern field"): the English head noun counts there without one."""
    references = short_references(entry, lang)
    if not references or not _said_back(references, segments, lang, headline):
        return False
    return any(m.entry.id == entry.id for segment in earlier for m in glossary.find(segment.text, lang))


def _said_back(references: frozenset[str], segments: tuple[Segment, ...], lang: Lang, headline: bool = False) -> bool:
    text = " ".join(s.text for s in segments)
    if lang == "en":
        said = (m.group(1) for m in (_EN_WORD if headline else EN_ARTICLE_WORD).finditer(text))
        return any(word.casefold() in references for word in said)
    folded = normalize(text)
    return any(re.search(proclitic_pattern(form), folded) for form in references)
