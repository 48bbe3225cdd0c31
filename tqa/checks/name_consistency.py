"""Names spelled more than one way in one article, and names the glossary lacks."""

from __future__ import annotations

from collections.abc import Iterator

from tqa.checks.arabic_name_parts import arabic_name_part_spellings
from tqa.checks.arabic_surnames import arabic_surname_spellings
from tqa.checks.arabic_unlisted_names import arabic_inconsistent_unlisted, claimed_spans, unlisted_spans, vowels_apart
from tqa.checks.base import Check, CheckContext, Example, Hit, WholeArticle, span
from tqa.checks.full_names import given_name_spellings, surname_letter_spellings
from tqa.checks.joined_names import joined_name_spellings
from tqa.checks.name_keeping import glossary_reports, glossary_surnames, in_case_of, keep_advice, spelling_to_keep
from tqa.checks.particle_names import particle_halves_apart, particle_name_spellings
from tqa.glossary.suggest import new_entry_pairs, suggested_entry_yaml
from tqa.model import Severity
from tqa.text.names import Spelling, is_given_name, spellings_in, written_with_article
from tqa.text.partners import ArabicPartners, arabic_forms_of, same_arabic_word
from tqa.text.people import given_name_as_surname, two_people
from tqa.text.skeletons import latin_skeleton
from tqa.text.translit import is_plausible_variant_pair, same_name_group


def _clusters(spellings: list[Spelling], arabic: dict[str, frozenset[str]]) -> list[list[Spelling]]:
    """Spellings of one name: the transliteration key says so, or both render one
    Arabic word in their aligned sentences (`arabic`, empty for one article alone).
    Spellings that render two different Arabic words are two names, whatever the key says."""

    def same(a: Spelling, b: Spelling) -> bool:
        first, second = arabic.get(a.core), arabic.get(b.core)
        if first and second and not first & second and vowels_apart(first, second):
            return False  # each renders its own Arabic name (Salem سالم, Salim سليم): two people
        if two_people(a, b):
            return False  # Karim Abbas Radhi and Nadia Fadhil Kareem: a given name and another's surname
        if particle_halves_apart(a, b):
            return False  # Abu Dhabi's Dhabi and Dubai: half a name joined by a particle, and another name
        return is_plausible_variant_pair(a.core, b.core) or same_arabic_word(a, b, arabic)

    # same() needs equal same_name groups (is_plausible_variant_pair) or equal Latin
    # skeletons (same_arabic_word): spellings that share neither are not compared (#14).
    def keys(s: Spelling) -> tuple[object, ...]:
        return same_name_group(s.core), latin_skeleton(s.core)

    near: dict[object, set[int]] = {}
    for spelling in spellings:
        for key in keys(spelling):
            near.setdefault(key, set()).add(id(spelling))
    clusters: list[list[Spelling]] = []
    for spelling in spellings:
        kin = set().union(*(near[key] for key in keys(spelling)))
        kin.discard(id(spelling))  # not in a cluster yet: most spellings share no key with another
        homes = [c for c in clusters if any(id(o) in kin and same(spelling, o) for o in c)] if kin else []
        if not homes:
            clusters.append([spelling])
            continue
        merged = [spelling] + [o for c in homes for o in c]
        clusters = [c for c in clusters if c not in homes] + [sorted(merged, key=spellings.index)]
    return sorted((c for c in clusters if len(c) > 1), key=lambda c: spellings.index(c[0]))


def _name_inconsistent(ctx: CheckContext) -> Iterator[Hit]:
    """One name is spelled two or more ways in the same article.

    Why it matters: readers take al-Bashir and al-Bachir for two people, and a search for
    one misses the other. The transliteration key finds spellings of one Arabic name (sh/ch,
    ou/u, kh/h, doubled letters, the article) even when the glossary does not know the name,
    and with the Arabic beside it two spellings of one Arabic word are one name even when
    only a vowel differs (al-Saleh, al-Salih for الصالح); names the glossary knows are
    reported by N101/N102 with the house spelling. The message says which spelling to keep:
    a glossary person's surname as listed, else the spelling used most; on a tie, pick one.
    Add the spelling you keep to the glossary. A name joined by a particle (Ould Ely, Bin
    Omran) is compared whole: Ould Eli or Ben Omran at a later mention is the same name
    written otherwise, unless another given name stands before it; a compound name written
    apart and joined (Abdul-Razzaq, Abdulrazzaq) is one name too, and so is a given name
    spelt two ways before one surname (Houcine Gharbi, then Hussein Gharbi, both حسين), and a
    glossary person's long surname with one letter changed (Maria Lindqvist, then Lindquist).
    """
    parts = (_word_spellings, particle_name_spellings, joined_name_spellings)
    for spellings in (*parts, given_name_spellings, surname_letter_spellings):
        yield from spellings(ctx)


def _word_spellings(ctx: CheckContext) -> Iterator[Hit]:
    """N104 for single name words: clusters of spellings, each but the one to keep reported."""
    spellings = [
        s
        for s in spellings_in(ctx.english.segments, claimed_spans(ctx))
        if not is_given_name(s.core) or any(written_with_article(w.text) for w in s.words) or given_name_as_surname(s)
    ]
    partners = ArabicPartners(ctx.doc)
    arabic = arabic_forms_of(partners, spellings)
    house = glossary_surnames(ctx, spellings)
    for cluster in _clusters(spellings, arabic):
        keep, reason = spelling_to_keep(cluster, house)
        counts = ", ".join(f"«{s.first.text}» ×{len(s.words)}" for s in cluster)
        reference = keep or max(cluster, key=lambda s: (len(s.words), -cluster.index(s)))  # on a tie, the earlier
        for spelling in cluster:
            if spelling is reference or spelling.core in house or (keep is not None and keep.core in house and glossary_reports(ctx, spelling)):
                continue  # the one to keep, another glossary person's surname as listed, or N103's misspelt name
            word = spelling.first  # the spelling to change: its first use
            partner = partners.of(word)  # the Arabic it renders, shown beside it when there is a source
            rendered = span(partner.segment, partner.start, partner.end) if partner else None
            advice = keep_advice(counts, keep.first.text if keep else None, reason, word.text)
            yield Hit(
                f"«{word.text}» and «{reference.first.text}» look like one name spelled two ways{advice}",
                *ctx.by_role(rendered, span(word.segment, word.start, word.end)),
                suggestion=in_case_of(keep.first.text, word.text) if keep else None,
            )


def _name_unlisted(ctx: CheckContext) -> Iterator[Hit]:
    """A name in the English matches an Arabic word of its source sentence but is not in the glossary.

    Why it matters: names the glossary lacks are the ones spelled differently by
    each translator. The message carries a ready-to-paste glossary entry, so the
    spelling chosen today becomes the house spelling tomorrow. The entry is spelt as the
    body writes the name (not as a headline capitalises it), and its type is what the
    article's words say of it; a guess from the name's shape alone says `# check the type`.
    """
    for pair in new_entry_pairs(ctx.doc, ctx.glossary):
        word = pair.english
        entry = suggested_entry_yaml(pair.entry_english, pair.arabic_entry_form, inline=True, kind=pair.kind, check=pair.kind_check)
        yield Hit(
            f"«{word.text}» («{pair.arabic}») is not in the glossary; if this is the house spelling, add: {entry}",
            *ctx.by_role(span(pair.arabic_segment, pair.arabic_start, pair.arabic_end), span(word.segment, word.start, word.end)),
            suggestion=entry,
        )


def _arabic_name_inconsistent(ctx: CheckContext) -> Iterator[Hit]:
    """One name is written with two different Arabic forms in an Arabic translation.

    Why it matters: for an English-to-Arabic translation the Arabic is the
    published text, and one name should have one Arabic spelling. Every form a
    glossary entry lists (داعش and تنظيم الدولة الإسلامية, يونيسف and its full name)
    is an accepted spelling of it, never a second one: only a spelling the glossary
    does not list can be inconsistent. A glossary person's surname spelled otherwise
    than the listed full name (كلير دومون, then دومونت) is reported; names the glossary
    lacks are compared through the English: one English spelling rendered by two
    Arabic words (باراك, براك; a family name with the article once, خوري then الخوري)
    is reported, and so is a name word the English writes
    only once, spelled two ways beside one neighbour in the Arabic (سيروان جلال, then
    سروان جلال, where the English says "Jalal"). Two people who share a surname are
    each named in the English and are not compared. Function words and common words
    are never taken for a name (من is no spelling of Omani). From Arabic, the Arabic is the original:
    its spellings are not the translator's to fix.
    """
    if not ctx.source_is_arabic:  # from Arabic, the Arabic is the original: not the translator's to fix
        partners = ArabicPartners(ctx.doc)
        spellings = spellings_in(ctx.english.segments, unlisted_spans(ctx))
        yield from arabic_inconsistent_unlisted(ctx, partners, spellings)
        yield from arabic_name_part_spellings(ctx, partners, spellings)
    yield from arabic_surname_spellings(ctx)


NAME_INCONSISTENT = Check(
    "N104",
    "name-inconsistent",
    "consistency",
    Severity.WARNING,
    WholeArticle(_name_inconsistent),
    (
        Example(
            ar="قال وزير الاقتصاد محمد البشير إن الأسعار ستنخفض. وأضاف البشير أن الحكومة ستدعم الخبز.",
            en="Economy Minister Mohammed al-Bashir said prices would fall. Al-Bachir added that the government would subsidise bread.",
            fails=True,
        ),
        Example(
            ar="قال وزير الاقتصاد محمد البشير إن الأسعار ستنخفض. وأضاف البشير أن الحكومة ستدعم الخبز.",
            en="Economy Minister Mohammed al-Bashir said prices would fall. Al-Bashir added that the government would subsidise bread.",
            fails=False,
        ),
        Example(ar="زار الوفد حماة ثم حمص.", en="The delegation visited Hama and then Homs.", fails=False),
        # Only a vowel differs, but both render الصالح: one name.
        Example(
            ar="قال رائد الصالح إن الفرق انتشلت ١٢ ناجياً. وأضاف الصالح أن البحث سيستمر.",
            en="Raed al-Saleh said teams had pulled out 12 survivors. Al-Salih added that the search would go on.",
            fails=True,
        ),
        # Two names the Arabic keeps apart (حمد, حامد; سالم, سليم).
        Example(
            ar="التقى خالد الحمد بسامر الحامد في حلب. وقال الحمد إن اللقاء كان مثمراً.",
            en="Khaled al-Hamad met Samer al-Hamid in Aleppo. Al-Hamad said the meeting was fruitful.",
            fails=False,
        ),
        Example(
            ar="وصل خالد سالم إلى حلب. وفي المساء التقى أحمد سليم بالمحافظ.",
            en="Khaled Salem arrived in Aleppo. In the evening Ahmad Salim met the governor.",
            fails=False,
        ),
        # The Arabic spells the name two ways too (ش, س): still one name.
        Example(
            ar="قال أنطونيو غوتيريش إن الوضع خطير. وأضاف غوتيريس أن المساعدات ستصل.",
            en="Antonio Guterres said the situation was serious. Gutteres added that aid would arrive.",
            fails=True,
        ),
        # A name joined by a particle, written otherwise at its second mention.
        Example(
            ar="قال سيدي ولد اعلي إن الصيد تراجع. وأضاف ولد اعلي أن الأسعار ارتفعت.",
            en="Sidi Ould Ely said fishing had declined. Ould Eli added that prices had risen.",
            fails=True,
        ),
        Example(
            ar="قال أحمد بن عمران إن الميناء جاهز. والتقى سالم بن عمران بالوزير.",
            en="Ahmed Bin Omran said the port was ready. Salem Ben Omran met the minister.",
            fails=False,
        ),
        # Two words with the same consonants on one Arabic word are not one name
        # unless their letters are close too (Singer, Shankar for شنكر).
        Example(
            ar="عزف رافي شنكر على السيتار. وغنى شنكر في الحفل.",
            en="Ravi Shankar played the sitar. Singer Shankar performed at the concert.",
            fails=False,
        ),
    ),
    needs_source=False,
)
NAME_UNLISTED = Check(
    "N105",
    "name-unlisted",
    "name",
    Severity.INFO,
    WholeArticle(_name_unlisted),
    (
        Example(ar="قال المحافظ سامر برهوم إن العمل بدأ.", en="Governor Samer Barhoum said work had begun.", fails=True),
        Example(ar="قال الرئيس أحمد الشرع إن العمل بدأ.", en="President Ahmed al-Sharaa said work had begun.", fails=False),
    ),
)
ARABIC_NAME_INCONSISTENT = Check(
    "N106",
    "arabic-name-inconsistent",
    "consistency",
    Severity.WARNING,
    WholeArticle(_arabic_name_inconsistent),
    (
        # Two forms the entry lists (سيرغي لافروف, سيرجي لافروف) are two accepted spellings.
        Example(
            ar="قال سيرغي لافروف إن المحادثات مستمرة. وأضاف سيرجي لافروف أن موسكو مستعدة.",
            en="Sergei Lavrov said talks were continuing. Sergei Lavrov added that Moscow was ready.",
            fails=False,
            direction="en-ar",
        ),
        # The surname alone, spelled otherwise than the listed full name.
        Example(
            ar="قال أندريه بيلوسوف إن الجيش مستعد. وأضاف بيلوسف أن التدريبات مستمرة.",
            en="Andrei Belousov said the army was ready. Belousov added that drills would go on.",
            fails=True,
            direction="en-ar",
        ),
        Example(
            ar="قال أردوغان إن المحادثات مستمرة. وأضاف إردوغان أن أنقرة مستعدة.",
            en="Erdoğan said talks were continuing. Erdoğan added that Ankara was ready.",
            fails=False,
        ),
        Example(
            ar="قال سيرغي لافروف إن المحادثات مستمرة. وأضاف لافروف أن موسكو مستعدة.",
            en="Sergei Lavrov said talks were continuing. Lavrov added that Moscow was ready.",
            fails=False,
        ),
        # A name the glossary lacks, rendered two ways: found through its one English spelling.
        Example(
            ar="وصل المبعوث الأمريكي توم باراك إلى دمشق يوم الأحد. وقال براك إن واشنطن تدعم الحكومة الجديدة.",
            en="The US envoy Tom Barrack arrived in Damascus on Sunday. Barrack said Washington supported the new government.",
            fails=True,
            direction="en-ar",
        ),
        # A given name the English writes once, spelled two ways before one surname.
        Example(
            ar="قال هاوكار نوري، وهو صاحب متجر، إن الأسعار ارتفعت. وأضاف هوكار نوري أن الزبائن قلّوا.",
            en="Hawkar Nuri, a shopkeeper, said prices had risen. Nuri added that customers were fewer.",
            fails=True,
            direction="en-ar",
        ),
        # Two people with one surname, each named in the English: not one name.
        Example(
            ar="قال سالم نوري إن الأسعار ارتفعت. وقال سليم نوري إن الزبائن قلّوا.",
            en="Salem Nuri said prices had risen. Salim Nuri said customers were fewer.",
            fails=False,
            direction="en-ar",
        ),
        # An acronym after the full name (قسد: the initials of قوات سوريا الديمقراطية).
        Example(
            ar="قالت قوات سوريا الديمقراطية إن المحادثات سارت بشكل جيد. وأضافت قسد أن الأسرى سيتم تبادلهم.",
            en="The Syrian Democratic Forces said the talks went well. The SDF added that prisoners would be swapped.",
            fails=False,
            direction="en-ar",
        ),
    ),
    needs_source=True,  # both halves read the English beside the Arabic: one article alone gives them nothing
)

CHECKS = (NAME_INCONSISTENT, NAME_UNLISTED, ARABIC_NAME_INCONSISTENT)
