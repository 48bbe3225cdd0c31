"""Names against the house glossary: spellings, and names lost in translation."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.arabic_near_names import misspelt_name_hit, mixed_form_present, surname_romanised, unlisted_arabic_hit
from tqa.checks.arabic_respelt import listed_form_respelt, respelt_mentions
from tqa.checks.arabic_spellings import arabic_spelling_hits
from tqa.checks.base import Check, CheckContext, EachPair, Example, Hit, Pair, span
from tqa.checks.house_forms import house_form, near_spelling, whole_name_start
from tqa.checks.moved_names import named_elsewhere
from tqa.checks.named_directions import swapped_names
from tqa.checks.reworded_names import named_as_concept, named_in_other_words, reworded
from tqa.glossary.model import GlossaryEntry, GlossaryMatch, english_tokens
from tqa.model import Segment, Severity, Span
from tqa.text.acronyms import acronym_shaped, entry_acronyms, short_form_shaped, written_acronym
from tqa.text.names import arabic_word_romanised_by, find_unlisted_arabic_spelling, find_unlisted_spelling


def _mentions(ctx: CheckContext, segments: tuple[Segment, ...], lang: str) -> list[tuple[Segment, GlossaryMatch]]:
    return [(seg, m) for seg in segments for m in ctx.glossary.find(seg.text, "ar" if lang == "ar" else "en")]


def _arabic_evidence(ctx: CheckContext, pair: Pair, entry: GlossaryEntry) -> Span | None:
    for segment, match in _mentions(ctx, pair.arabic, "ar"):
        if match.entry.id == entry.id:
            return span(segment, match.start, match.end)
    return None


def _acronyms(ctx: CheckContext, entry: GlossaryEntry) -> frozenset[str]:
    """The entry's acronyms and short forms, given this article's English (entry_acronyms)."""
    return entry_acronyms(entry, "\n".join(segment.text for segment in ctx.english.segments))


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def _spelling_hits(ctx: CheckContext, pair: Pair, kind: str) -> Iterator[Hit]:
    for segment, match in _mentions(ctx, pair.english, "en"):
        if match.kind != kind:
            continue
        if kind == "variant" and short_form_shaped(_bare(match.text)) and _bare(match.text) in _acronyms(ctx, match.entry):
            continue  # MASEN after the Moroccan Agency for Sustainable Energy, or SCZone defined in brackets: a short form
        if kind == "variant" and _shortened_after_house(ctx, segment, match):
            continue
        house, start = house_form(match), whole_name_start(segment.text, match)
        if start is not None:  # Ahmed Sharaa: the whole name is there, so the whole house form is offered
            house = match.entry.en
        start = match.start if start is None else start
        where = f" ({match.entry.origin})" if match.entry.origin else ""
        verdict = "is not house style" if kind == "variant" else "is a spelling the house style forbids"
        source, target = ctx.by_role(_arabic_evidence(ctx, pair, match.entry), span(segment, start, match.end))
        yield Hit(
            message=f"«{segment.text[start : match.end]}» {verdict} for {match.entry.en}{where}: write «{house}»",
            source=source,
            target=target,
            suggestion=house,
        )
    yield from arabic_spelling_hits(ctx, pair, kind)


def _shortened_after_house(ctx: CheckContext, segment: Segment, match: GlossaryMatch) -> bool:
    """A place or organisation's variant that is its house name cut short (Al Wusta for Al
    Wusta Governorate), once the article has written the house name: a later reference, as
    a surname is for a person, not another spelling."""
    words, house = english_tokens(match.form), english_tokens(match.entry.en)
    if match.entry.type == "person" or not words or len(words) >= len(house) or house[: len(words)] != words:
        return False
    earlier = tuple(s for s in ctx.english.segments if s.id < segment.id)
    return any(m.entry.id == match.entry.id and m.kind == "preferred" for _, m in _mentions(ctx, earlier, "en"))


def _name_variant(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A glossary name is written in an accepted variant, not the house spelling.

    Why it matters: readers and search engines see one person or place under one
    name; the glossary lists spellings that are understood but not house style
    (Erdogan for Erdoğan, Sharaa for al-Sharaa). Replace with the suggestion. A place's
    variant that cuts its house name short (Al Wusta) is fine once the house name is written.
    """
    return _spelling_hits(ctx, pair, "variant")


def _name_forbidden(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A glossary name is written in a spelling the house style forbids.

    Why it matters: forbidden spellings are the known wrong ones: a Russian
    transliteration (Khmeimim for Hmeimim), a French one (Tartous), or a
    misspelling of a person's name (Al-Shaara). Replace with the suggestion.
    """
    return _spelling_hits(ctx, pair, "forbidden")


def _name_missing(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    """A glossary name in the source sentence is missing from its translation.

    Why it matters: a dropped name changes who said or did what. When the
    translation writes the name in a spelling the glossary does not list, the
    message says which word; either way, write the house form or confirm the rewording.
    """
    if ctx.source_is_arabic:
        yield from _missing_in_english(ctx, pair)
    else:
        yield from _missing_in_arabic(ctx, pair)


def _compass_turned(ctx: CheckContext, pair: Pair) -> set[str]:
    """Names the translation writes whole but with the opposite compass word (Az-Zour North as
    «الزور الجنوبية»): named, with the meaning changed, which M801 reports."""
    langs = (ctx.doc.source.lang, ctx.translation.lang)
    return {name.entry.id for name in swapped_names(pair.source, pair.target, langs, ctx.glossary)}


def _missing_in_english(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    present = {m.entry.id for _, m in _mentions(ctx, pair.english, "en")}
    # A person named by surname alone (Lavrov, Al-Bashir) is named: no glossary `short` needed.
    present |= {m.entry.id for seg in pair.english for m in ctx.glossary.find_surnames(seg.text, "en")}
    # Arabic left untranslated in the English holds the name too: U401 reports that text.
    present |= {m.entry.id for _, m in _mentions(ctx, pair.english, "ar")} | _compass_turned(ctx, pair)
    reported: set[str] = set()
    for segment, match in _mentions(ctx, pair.arabic, "ar"):
        entry = match.entry
        if entry.id in present or entry.id in reported or named_in_other_words(entry, pair.english) or named_elsewhere(ctx, pair, entry.id):
            continue  # moved («في عمّان» into the sentence before), or a headline's: the body names it
        if named_as_concept(entry, match.text, pair.english) or reworded(ctx, entry, pair.english, "en"):
            continue  # «مجلس النواب» as "the parliament"; once named, "the field" for the Tiferit gas field
        if written_acronym(" ".join(s.text for s in pair.english), _acronyms(ctx, entry)) is not None:
            continue  # «مؤسسة كهرباء لبنان» as EDL, the acronym the article gave it
        reported.add(entry.id)
        unlisted = find_unlisted_spelling(pair.english, entry)  # a word the key reads as the name
        if unlisted is not None:
            seg, start, end, house = unlisted
            message = f"{entry.en} («{match.text}») is written «{seg.text[start:end]}», a spelling the glossary does not list: write «{house}»"
            yield Hit(message, source=span(segment, match.start, match.end), target=span(seg, start, end), suggestion=house)
        else:
            house, near = house_form(match), near_spelling(pair.english, entry)  # short form only for a short mention (قسد: SDF)
            message = f"{entry.en} («{match.text}») is in the Arabic but not in the English: add «{house}» or confirm the rewording"
            if near is not None:  # words that may be the name, misspelt: said, so the editor looks there first
                message = f"{entry.en} («{match.text}») is in the Arabic; the English has «{near}»: if that is this name, write «{house}»"
            yield Hit(message, source=span(segment, match.start, match.end), suggestion=house)


def _missing_in_arabic(ctx: CheckContext, pair: Pair) -> Iterator[Hit]:
    arabic = _mentions(ctx, pair.arabic, "ar")
    # Matching folds ة and ه, and hamza seats: a name written with the other one (لولوه,
    # إربيل for أربيل) is matched, yet misspelt.
    respelt = respelt_mentions(ctx, pair.arabic)
    present = {m.entry.id for _, m in arabic if not listed_form_respelt(m.text, m.form, m.entry)}
    # The name left in English inside the Arabic is there too: U402 reports that text.
    present |= {m.entry.id for _, m in _mentions(ctx, pair.arabic, "en")} | _compass_turned(ctx, pair)
    # The listed surname alone names the person, unless the full name around it is
    # misspelt («خالد بن سليم الحبسي»): looked for before the surname lets it pass.
    surnamed = {m.entry.id for seg in pair.arabic for m in ctx.glossary.find_surnames(seg.text, "ar")} - respelt.keys()
    reported: set[str] = set()
    # A person the English names by surname alone (Hamdan added) is looked for misspelt only.
    by_surname = [(seg, m) for seg in pair.english for m in ctx.glossary.find_surnames(seg.text, "en")]
    for segment, match in [*_mentions(ctx, pair.english, "en"), *by_surname]:
        entry, english = match.entry, span(segment, match.start, match.end)
        if entry.id in present or entry.id in reported or not entry.ar:
            continue  # an entry with no Arabic form cannot be looked for
        if _acronym_romanised(ctx, match, pair.arabic) or mixed_form_present(entry, pair.arabic):
            continue
        misspelt = misspelt_name_hit(ctx, entry, pair.arabic, english)  # before a later «الصفدي» may stand in for «الصفدري»
        if misspelt is None and entry.id in respelt:
            misspelt = unlisted_arabic_hit(entry, english, *respelt[entry.id])
        if misspelt is not None:
            reported.add(entry.id)
            yield misspelt
            continue
        if named_elsewhere(ctx, pair, entry.id) or reworded(ctx, entry, pair.arabic, "ar") or entry.id in surnamed:
            continue  # moved to a neighbour, or a headline's the body names; or named by its listed surname alone
        if surname_romanised(entry, pair.arabic) or (segment, match) in by_surname:
            continue  # a person named by surname alone, a form the glossary does not list (خطاب for Anas Khattab)
        reported.add(entry.id)
        unlisted = find_unlisted_arabic_spelling(pair.arabic, entry)
        yield unlisted_arabic_hit(entry, english, span(*unlisted) if unlisted else None)


def _acronym_romanised(ctx: CheckContext, match: GlossaryMatch, arabic: tuple[Segment, ...]) -> bool:
    """An acronym written in Arabic letters (MASEN as «مازن», as NATO is «الناتو»)."""
    acronym = _bare(match.text)
    if not (acronym_shaped(acronym) and acronym in _acronyms(ctx, match.entry)):
        return False
    return arabic_word_romanised_by(arabic, [acronym]) is not None


_GOOD = Example(ar="وصل الرئيس أحمد الشرع إلى موسكو.", en="President Ahmed al-Sharaa arrived in Moscow.", fails=False)
# Info, not a warning: a variant is a spelling the desk accepts (TBX's "admitted" term),
# so it is a note of house preference, never a false alarm in an editor's list. A desk
# that enforces house style sets `severity = {N101 = "warning"}` in tqa.toml.
NAME_VARIANT = Check(
    "N101",
    "name-variant",
    "name",
    Severity.INFO,
    EachPair(_name_variant),
    (
        Example(
            ar="التقى بوتين الرئيس التركي رجب طيب أردوغان.",
            en="Putin met the Turkish president, Recep Tayyip Erdogan.",
            fails=True,
        ),
        _GOOD,
        Example(
            ar="التقى بوتين الرئيس التركي رجب طيب أردوغان.",
            en="Putin met the Turkish president, Recep Tayyip Erdoğan.",
            fails=False,
        ),
    ),
    needs_source=False,
)
NAME_FORBIDDEN = Check(
    "N102",
    "name-forbidden",
    "name",
    Severity.ERROR,
    EachPair(_name_forbidden),
    (
        Example(ar="تقع قاعدة حميميم قرب اللاذقية.", en="The Khmeimim base lies near Latakia.", fails=True),
        Example(ar="زار الوزير ميناء طرطوس.", en="The minister visited the port of Tartous.", fails=True),
        Example(ar="تقع قاعدة حميميم قرب اللاذقية.", en="The Hmeimim base lies near Latakia.", fails=False),
        _GOOD,
    ),
    needs_source=False,
)
NAME_MISSING = Check(
    "N103",
    "name-missing",
    "name",
    Severity.WARNING,
    EachPair(_name_missing, paired=True),
    (
        Example(ar="زار الوزير ميناء طرطوس أمس.", en="The minister visited the port yesterday.", fails=True),
        Example(
            ar="قال المتحدث دميتري بيسكوف إن المحادثات كانت بناءة.",
            en="The spokesman said the talks were constructive.",
            fails=True,
        ),
        Example(ar="زار الوزير ميناء طرطوس أمس.", en="The minister visited the port of Tartus yesterday.", fails=False),
        _GOOD,
        Example(
            ar="وصل وزير الخارجية إلى أنقرة.",
            en="Foreign Minister Asaad al-Shaibani arrived in Ankara.",
            fails=True,
            direction="en-ar",
        ),
        Example(
            ar="وصل وزير الخارجية أسعد الشيباني إلى أنقرة.",
            en="Foreign Minister Asaad al-Shaibani arrived in Ankara.",
            fails=False,
            direction="en-ar",
        ),
        # The surname alone with a letter changed (ص for س): the glossary name misspelt.
        Example(
            ar="قال دميتري بيسكوف إن المحادثات بناءة. وأضاف بيصكوف أن موسكو مستعدة.",
            en="Dmitry Peskov said the talks were constructive. Peskov added that Moscow was ready.",
            fails=True,
            direction="en-ar",
        ),
        # A short form the glossary does not list whole, and a title that is no part of the name.
        Example(
            ar="وقال خطاب إن الأمن مستتب في العاصمة.",
            en="Khattab said security in the capital was under control.",
            fails=False,
            direction="en-ar",
        ),
        Example(
            ar="وقال الشيخ تميم إن قطر تدعم الحوار.",
            en="Sheikh Tamim said Qatar supported dialogue.",
            fails=False,
            direction="en-ar",
        ),
        # An organisation needs a listed form: other words it shares with one do not count.
        Example(
            ar="قالت قوات الأمن إن الهدوء عاد إلى المدينة.",
            en="The Syrian Democratic Forces said calm had returned to the city.",
            fails=True,
            direction="en-ar",
        ),
        Example(ar="أعلنت الدولة عن خطة جديدة للإعمار.", en="Islamic State announced a new plan.", fails=True, direction="en-ar"),
        # Once named, an institution is referred back to by what it is: «المصرف» is the bank.
        Example(
            ar="حدد مصرف سوريا المركزي سعرا جديدا لصرف الدولار.\n\nوقال المصرف إن الأوراق الجديدة ستطرح الشهر المقبل.",
            en="The Central Bank of Syria set a new dollar rate.\n\nThe Central Bank of Syria said the new notes would circulate next month.",
            fails=False,
            direction="en-ar",
        ),
        # The name left in Arabic inside the English is U401's finding, not a missing name.
        Example(ar="وصلت القافلة إلى حلب صباح الأحد.", en="The convoy reached إلى حلب on Sunday morning.", fails=False),
    ),
)

CHECKS = (NAME_VARIANT, NAME_FORBIDDEN, NAME_MISSING)
