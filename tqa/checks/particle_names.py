"""N104 for names joined by a particle: Ould Ely then Ould Eli, Bin Omran then Ben Omran.

Mauritanian, Gulf and Maghreb names join a father's or family name with a particle
(ولد Ould, بن Bin/Ben/Ibn, أبو Abu/Bou), and news names the person in full once, then
by the particle and the name ("Sidi Mohamed Ould Ely ... Ould Eli added"). The single-
word comparison misses these: the name after the particle is often three letters (Ely,
Eli), too short to compare alone, and the particle's own spelling is no name word. A
mention is compared with the earlier ones as a whole: the same particle (Bin, Ben) and
the same name by the transliteration key, written otherwise. Two people who share the
name are told apart by the given names before it: Ahmed Bin Omran is not Salem Ben
Omran, and a bare "Ben Omran" refers to the person named in full before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa import patterns
from tqa.checks.base import CheckContext, Hit, span
from tqa.checks.name_keeping import glossary_spelling_later
from tqa.lang.en import ACRONYM_FUNCTION_WORDS, NAME_PARTICLES, fold_ascii, matched_key
from tqa.model import Segment
from tqa.text.names import COMMON_CAPITALISED, MIN_NAME_LETTERS, NameWord, Spelling
from tqa.text.translit import same_name

# Sorted before by length: a set's order differs from run to run, and so would the pattern (tqa.patterns).
_PARTICLE = "|".join(sorted(sorted({p for w in NAME_PARTICLES for p in (w, w.capitalize())}), key=len, reverse=True))
_MENTION = patterns.compile(
    r"(?P<given>(?:[A-Z][a-zà-ÿ'’-]+\s+){0,3}?)\b(?P<particle>" + _PARTICLE + r")\s+(?P<name>[A-Z][a-zà-ÿ'’]+)\b"
)

_PARTICLE_BEFORE = patterns.compile(r"(?<![\w'’-])(?P<particle>" + _PARTICLE + r")[ \t]+$")
_WORD_BEFORE = patterns.compile(r"(?<!\S)\S+(?=[ \t]+$)")


def _particle_before(word: NameWord) -> tuple[str | None, bool]:
    """The particle right before `word` (bin, ould, abu) or None, and whether it opens the
    name (Abu Dhabi): after a given name (Salem Bin Omran) the word is a family name, which
    a later mention may give alone."""
    # Searched in a window before the word, not from the sentence's start: asked of every use of every name (#14).
    m = _PARTICLE_BEFORE.search(word.segment.text, max(0, word.start - 16), word.start)
    if m is None:
        return None, False
    before = _WORD_BEFORE.search(word.segment.text, max(0, m.start("particle") - 40), m.start("particle"))
    # A capitalised word that is no preposition nor common word: a given name (a guess that keeps comparing).
    given = before is not None and before[0][:1].isupper() and before[0].casefold() not in ACRONYM_FUNCTION_WORDS | COMMON_CAPITALISED
    return NAME_PARTICLES[matched_key(m["particle"])], not given


def particle_halves_apart(a: Spelling, b: Spelling) -> bool:
    """One spelling always follows one particle that opens the name (Dhabi, every time in
    Abu Dhabi) and the other never follows that particle (Dubai): the first is half of a
    name, and compared alone it is half a name set against another whole one. Two spellings
    that both follow the particle are still compared word by word (Salem Ould Abeid, then
    Ould Ebeid), and a family name after a given name and a particle (Salem Bin Omran, then
    Omrane) with the one given alone."""
    first, second = ([_particle_before(w) for w in s.words] for s in (a, b))
    for one, other in ((first, second), (second, first)):
        particles = {particle for particle, _ in one}
        if len(particles) == 1 and all(opens for _, opens in one) and not particles & {p for p, _ in other}:
            return True
    return False


@dataclass(frozen=True)
class _Mention:
    """A name with its particle (bin, ould, abu) as an English sentence writes it."""

    segment: Segment
    start: int  # the particle
    end: int
    given: str  # the capitalised words before the particle, folded ("" for a bare mention)
    particle: str  # bin, ould or abu
    name: str

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


def _mentions(segments: tuple[Segment, ...]) -> list[_Mention]:
    found = []
    for segment in segments:
        for m in _MENTION.finditer(segment.text):
            given = fold_ascii(m["given"]).split()
            found.append(
                _Mention(
                    segment, m.start("particle"), m.end("name"), " ".join(given), NAME_PARTICLES[matched_key(m["particle"])], m["name"]
                )
            )
    return found


def _one_name_two_ways(first: _Mention, later: _Mention) -> bool:
    """The same particle and name, written otherwise, where the single-word comparison
    cannot see it: the particle alone differs (Bin, Ben) or the name is too short (Ely)."""
    if first.particle != later.particle or fold_ascii(first.text).split() == fold_ascii(later.text).split():
        return False
    if first.given and later.given and not same_name(first.given, later.given):
        return False  # two people: Ahmed Bin Omran, Salem Ben Omran
    if fold_ascii(first.name) == fold_ascii(later.name):
        return True  # Bin Omran, Ben Omran
    short = min(len(first.name), len(later.name)) < MIN_NAME_LETTERS
    return short and same_name(first.name, later.name)


def particle_name_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """Later mentions of a particle name written otherwise than its first mention."""
    mentions = _mentions(ctx.english.segments)
    seen: set[str] = set()
    for n, later in enumerate(mentions):
        written = " ".join(fold_ascii(later.text).split())
        if written in seen:
            continue  # written this way before: reported there, or another person's spelling
        seen.add(written)
        first = next((m for m in mentions[:n] if _one_name_two_ways(m, later)), None)
        if first is None or glossary_spelling_later(ctx, first.segment, first.start, first.end, later.text):
            continue  # no earlier spelling, or the glossary's checks report the first one's
        yield Hit(
            f"«{later.text}» and «{first.text}» look like one name spelled two ways: keep «{first.text}», "
            f"the spelling of its first mention, and change «{later.text}»",
            *ctx.by_role(None, span(later.segment, later.start, later.end)),
            suggestion=first.text,
        )
