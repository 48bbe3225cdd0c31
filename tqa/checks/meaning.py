"""Meaning: compass directions keep their bearing from source to translation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair, WholeArticle, span
from tqa.checks.direction_pairs import Found, compared, found_in, narrowed
from tqa.checks.named_directions import swapped_names
from tqa.glossary.model import GlossaryEntry
from tqa.lang.ar import is_arabic_text
from tqa.model import Segment, Severity
from tqa.text.directions import AR_ROOTS, Direction, bearing_label, directions, opposed, parse_bearing
from tqa.text.names import COMMON_CAPITALISED, core_of, name_words


def _quote(item: Found) -> str:
    return f"«{item[1].text}» ({item[1].label})" if is_arabic_text(item[1].text) else f"«{item[1].text}»"


def _direction_changed(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A compass direction in the source is another direction in the translation
    (north-east written north-west, «جنوب حلب» for north of Aleppo, «الريف الشرقي» for
    the western countryside).

    Why it matters: a direction places a battle, a displacement or a border crossing;
    the wrong one sends the reader, and an aid worker, to the other side of a
    province. Names that hold a compass word (the West Bank, South Sudan,
    «الشرق الأوسط», «الغوطة الشرقية») and the West as a group of countries are not
    compared as directions; but a glossary name written with the opposite compass
    word (South Al Sharqiyah as North Al Sharqiyah) is reported. Write the source's direction.
    """
    changed, _ = compared(pair, ctx.glossary)
    for said, written in changed:
        yield Hit(
            message=f"{_quote(said)} in the source is written {_quote(written)} in the translation: write {_in_its_form(said[1], written[1])}",
            source=span(said[0], said[1].start, said[1].end),
            target=span(written[0], written[1].start, written[1].end),
        )
    reported = {(w[0].id, w[1].start) for _, w in changed}
    for name in swapped_names(pair.source, pair.target, (ctx.doc.source.lang, ctx.translation.lang), ctx.glossary):
        if any(segment == name.written.id and name.start <= start < name.end for segment, start in reported):
            continue
        given, shown = name.said.text[name.said_start : name.said_end], name.written.text[name.start : name.end]
        house = name.entry.en if ctx.translation.lang == "en" else name.entry.ar[0]
        yield Hit(
            message=f"«{given}» in the source is written «{shown}» in the translation: write {house}",
            source=span(name.said, name.said_start, name.said_end),
            target=span(name.written, name.start, name.end),
            suggestion=house,
        )


_AR_ROOT_OF = {bearing: root for root, bearing in AR_ROOTS.items()}  # north: شمال


def _in_its_form(said: Direction, written: Direction) -> str:
    """The source's direction in the form the translation wrote the wrong one: "southern"
    for "northern", «الشمالي» for «الجنوبي»; a compound by its name (north-east)."""
    if len(said.bearing) != 1 or len(written.bearing) != 1:
        return said.label
    (old,), (new,) = written.bearing, said.bearing
    old_root, new_root = (_AR_ROOT_OF[old], _AR_ROOT_OF[new]) if is_arabic_text(written.text) else (old, new)
    at = written.text.lower().find(old_root)
    if at < 0:
        return said.label
    if written.text[at : at + 1].isupper():
        new_root = new_root.capitalize()
    return written.text[:at] + new_root + written.text[at + len(old_root) :]


def _direction_dropped(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A compass direction in the source has no counterpart in the aligned translation.

    Why it matters: "clashes in northern Aleppo" that become "clashes in Aleppo" move
    the fighting into the city. A direction written differently is a change
    (M801); this one is simply gone. Add it, or confirm that the sentence says the
    place another way. A compound kept in part (the north-west written "the west")
    is reported too: half of it is gone. Not reported where the aligner is unsure
    of the pairing, nor in a headline: desks write their own headline rather than
    translate it, and shorten it ("reopen northern crossing" as «عودة الشاحنات إلى
    معبر جابر»); the body carries the direction. A direction changed in a headline
    is still M801's.
    """
    if pair.bead.uncertain or all(s.heading for s in pair.source):
        return
    for said in compared(pair, ctx.glossary)[1]:
        yield Hit(
            message=f"{_quote(said)} in the source is not in the translation: add the direction or confirm the rewording",
            source=span(said[0], said[1].start, said[1].end),
            suggestion=said[1].label,
        )
    for said, written in narrowed(pair, ctx.glossary):
        yield Hit(
            message=f"{_quote(said)} in the source is only {_quote(written)} in the translation: write {said[1].label}",
            source=span(said[0], said[1].start, said[1].end),
            target=span(written[0], written[1].start, written[1].end),
            suggestion=said[1].label,
        )


DIRECTION_CHANGED = Check(
    "M801", "direction-changed", "meaning", Severity.ERROR, EachPair(_direction_changed, paired=True),
    (
        Example(ar="تقدمت القوات في ريف حلب الشمالي الشرقي.", en="Troops advanced in the north-western Aleppo countryside.", fails=True),
        Example(ar="سقطت قذائف على قرى شمال حلب.", en="Shells fell on villages south of Aleppo.", fails=True),
        Example(ar="نزح آلاف المدنيين من الريف الغربي.", en="Thousands of civilians fled the eastern countryside.", fails=True),
        Example(ar="تقع الحقول في الشمال الشرقي.", en="The fields lie in the north-west.", fails=True, direction="en-ar"),
        Example(ar="تقدمت القوات في ريف حلب الشمالي الشرقي.", en="Troops advanced in the north-eastern Aleppo countryside.", fails=False),
        Example(ar="سقطت قذائف على قرى شمال حلب.", en="Shells fell on villages north of Aleppo.", fails=False),
        # Names and the West are not directions to compare.
        Example(ar="زار الوزير الضفة الغربية ثم الشرق الأوسط.", en="The minister visited the West Bank and then the Middle East.", fails=False),
        Example(ar="انتقد الغرب الحكومة في جنوب السودان.", en="The West criticised the government in South Sudan.", fails=False),
        Example(ar="فرضت الدول الغربية عقوبات جديدة.", en="Western countries imposed new sanctions.", fails=False),
    ),
)
DIRECTION_DROPPED = Check(
    "M802", "direction-dropped", "meaning", Severity.WARNING, EachPair(_direction_dropped, paired=True),
    (
        Example(ar="اندلعت اشتباكات في ريف إدلب الجنوبي.", en="Clashes broke out in the Idlib countryside.", fails=True),
        Example(ar="اندلعت اشتباكات في ريف إدلب الجنوبي.", en="Clashes broke out in the southern Idlib countryside.", fails=False),
        # Half a compound is half the direction: the north-west is not the west.
        Example(ar="سجلت ولايات الشمال الغربي أدنى نسب المشاركة.", en="Turnout was lowest in the western governorates.", fails=True),
        Example(ar="وصلت القافلة إلى شمال شرق سوريا.", en="The convoy reached northern Syria.", fails=True),
        Example(ar="وصلت القافلة إلى شمال شرق سوريا.", en="The convoy reached north-eastern Syria.", fails=False),
        # A more precise translation adds nothing wrong.
        Example(ar="وصلت القافلة إلى شمال سوريا.", en="The convoy reached north-eastern Syria.", fails=False),
        Example(ar="وصل الوفد إلى الغوطة الشرقية.", en="The delegation reached Eastern Ghouta.", fails=False),
    ),
)



# --- M803: a direction the article itself, or the glossary, contradicts ----------

_NEAR = 90  # characters between a name and the direction said of it, at most (about 15 words)


@dataclass(frozen=True)
class _Subject:
    """A place or organisation a sentence names, keyed so that the directions the two sides give it can be compared."""

    key: str  # "entry:qamishli", or "word:kurd" for a name the glossary lacks
    text: str
    start: int
    end: int
    entry: GlossaryEntry | None = None


@dataclass(frozen=True)
class _Placed:
    """A subject that a sentence puts in a direction."""

    subject: _Subject
    segment: Segment
    direction: Direction


def _subjects(ctx: CheckContext, segment: Segment, lang: str) -> list[_Subject]:
    """Places and organisations of the glossary, and (in English) capitalised names it
    lacks, by a crude stem so that Kurds and Kurdish are one subject. People are left
    out: they travel, places do not."""
    matches = ctx.glossary.find(segment.text, "ar" if lang == "ar" else "en")
    found = [_Subject(f"entry:{m.entry.id}", m.text, m.start, m.end, m.entry) for m in matches if m.entry.type in ("place", "organisation")]
    if lang == "en":
        claimed = [(m.start, m.end) for m in matches]
        for word in name_words((segment,)):
            core = core_of(word.text).lower()
            if any(a <= word.start < b for a,
                b in claimed) or len(core) < 4 or parse_bearing(core) or (core in COMMON_CAPITALISED and not core.endswith("ish")):
                continue
            found.append(_Subject(f"word:{_stem(core)}", word.text, word.start, word.end))
    return found


def _stem(core: str) -> str:
    for suffix in ("ish", "s"):
        if core.endswith(suffix) and len(core) - len(suffix) >= 4:
            return core[: -len(suffix)]
    return core


def _adjacent(subject: _Subject, direction: Direction, text: str) -> bool:
    """The direction is said of this name itself: northern Aleppo, north-east Syria,
    Aleppo's northern countryside, «شمال حلب», «حلب الغربي»."""
    after, before = text[direction.end : subject.start], text[subject.end : direction.start]
    return (subject.start >= direction.end and after.strip(" -‐") == "") or (subject.end <= direction.start and before.strip(" ’'s") == "")


def _placed_in(ctx: CheckContext, segment: Segment, lang: str) -> list[_Placed]:
    """Each subject of a sentence with the direction said of it: the first one after it
    (Qamishli, in the north-east), else the last one before it (in north-east Syria,
    Kurdish forces), with no other name between them and at most _NEAR characters away.
    A direction said of a name (northern Aleppo) gives that name nothing: it names a part
    of it. When that name has a region of its own, the direction is spent on it;
    otherwise (north-east Syria) it also places the sentence's other names."""
    text = segment.text
    compared = [d for d in directions(text, lang, segment.heading) if d.compared and not d.relative]
    subjects = _subjects(ctx, segment, lang)
    placed = []
    for subject in subjects:
        if any(_adjacent(subject, d, text) for d in compared):
            continue
        others = [o for o in subjects if o.start != subject.start and not any(_adjacent(o, d, text) for d in compared)]
        usable = [d for d in compared if not any(_adjacent(o, d, text) and o.entry and o.entry.region for o in subjects)]
        after = [d for d in usable if 0 <= d.start - subject.end <= _NEAR and not any(subject.end <= o.start < d.start for o in others)]
        before = [d for d in usable if 0 <= subject.start - d.end <= _NEAR and not any(d.end <= o.start < subject.start for o in others)]
        chosen = after[0] if after else (before[-1] if before else None)
        if chosen is not None:
            placed.append(_Placed(subject, segment, chosen))
    return placed


def _article_placements(ctx: CheckContext) -> list[_Placed]:
    """Placements in the translation (the article, when it is alone). With a source, a
    sentence whose source names a direction is M801's and M802's to judge."""
    article = ctx.translation
    placed = []
    for segment in article.segments:
        if ctx.doc.source.segments:
            bead = ctx.doc.bead_of_target(segment.id)
            source = tuple(ctx.doc.source.segments[i] for i in bead.source) if bead else ()
            if any(d.compared for _, d in found_in(source)):
                continue
        placed.extend(_placed_in(ctx, segment, article.lang))
    return placed


def _contradiction(item: _Placed, placed: list[_Placed], ctx: CheckContext) -> str | None:
    """Why this placement is wrong, or None: the glossary's region says otherwise, or
    two other sentences agree on a bearing this one opposes and no other sentence agrees with it."""
    entry, bearing = item.subject.entry, item.direction.bearing
    region = parse_bearing(entry.region) if entry and entry.region else None
    if region is not None and opposed(bearing, region):
        return f"the glossary places {entry.en} in the {bearing_label(region)} ({entry.origin})" if entry else None
    same = [p for p in placed if p.subject.key == item.subject.key]
    against = [p for p in same if opposed(bearing, p.direction.bearing)]
    agreeing = {p.segment.id for p in same if not opposed(bearing, p.direction.bearing)}
    segments = sorted({p.segment.id for p in against})
    if len(segments) < 2 or agreeing != {item.segment.id} or any(opposed(a.direction.bearing, b.direction.bearing) for a in against for b in against):
        return None
    where = " and ".join(ctx.translation.place(s) for s in segments)
    return f"the article puts «{against[0].subject.text}» in the {against[0].direction.label} ({where})"


def _direction_contradicted(ctx: CheckContext) -> Iterator[Hit]:
    """A direction that contradicts the article itself or the glossary: the same place or
    group put in opposite directions ("the Kurdish-held north-east" twice, then "the
    Kurdish-held oil fields in the north-west"), or a place put opposite to the `region`
    its glossary entry gives (Qamishli in the north-west, when the glossary says north-east).

    Why it matters: a writer who knows the map in one paragraph can slip in another,
    and nothing else catches it in a single article. The article's own majority
    decides: two sentences that agree against one. A direction said of a place itself
    (northern Aleppo, west of the Euphrates) describes part of it, or another place,
    and is not counted. A warning: check the map, then the sentence.
    """
    placed = _article_placements(ctx)
    reported: set[tuple[int, int]] = set()
    for item in placed:
        why = _contradiction(item, placed, ctx)
        where = (item.segment.id, item.direction.start)
        if why is None or where in reported:
            continue
        reported.add(where)
        yield Hit(
            message=f"«{item.direction.text}» puts «{item.subject.text}» in the {item.direction.label}, but {why}: check the direction",
            target=span(item.segment, item.direction.start, item.direction.end),
        )


DIRECTION_CONTRADICTED = Check(
    "M803", "direction-contradicted", "meaning", Severity.WARNING, WholeArticle(_direction_contradicted),
    (
        Example(ar="", en="Troops reached Qamishli in north-west Syria on Monday.", fails=True),
        Example(
            ar="",
            en=(
                "Druze militias hold the south of the country. Druze leaders met in the southern hills on Friday.\n\n"
                "The talks in Damascus lasted a day.\n\nDruze fighters in the north of the country laid down their arms."
            ),
            fails=True,
        ),
        Example(ar="", en="Troops reached Qamishli in north-east Syria on Monday.", fails=False),
        # A part of a place, a direction from a place, and two places in one sentence.
        Example(ar="", en="Shelling hit northern Aleppo and villages west of Qamishli.", fails=False),
        Example(ar="", en="Qamishli lies in the north-east and Idlib in the north-west.", fails=False),
    ),
    needs_source=False,
)

CHECKS = (DIRECTION_CHANGED, DIRECTION_DROPPED, DIRECTION_CONTRADICTED)
