"""The only module that knows the order of the stages: read, segment, align, check, report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tqa import __version__
from tqa.checks import ALL_CHECKS, run_each_check
from tqa.checks.base import Check, CheckContext
from tqa.checks.select import select_checks
from tqa.config import Settings
from tqa.errors import InputError, in_stage
from tqa.glossary.model import Glossary
from tqa.model import AlignedDocument, Block, Document, Lang, Report, Signature, Waiver
from tqa.pipeline_versions import dependency_versions
from tqa.readers.langid import document_language

if TYPE_CHECKING:
    from collections.abc import Callable

    from tqa.scoring.score import ScoreResult


@dataclass(frozen=True)
class Inputs:
    """The two documents of a check as source and target, with the language of each."""

    source: Document
    target: Document
    source_lang: Lang
    target_lang: Lang


def run(
    first: Path,
    second: Path | None,
    settings: Settings,
    glossary: Glossary | None = None,
    inputs_read: Callable[[], None] = lambda: None,
) -> Report:
    """Check a translation: two article files in either order, or one bilingual file.
    `glossary`: the settings' glossaries already loaded (a batch loads them once);
    `inputs_read` is called once they and the inputs are read (and aligned), before the
    checks run (the command line then turns the garbage collector on: tqa.collector)."""
    from tqa.readers import BILINGUAL_FORMATS

    checks = select_checks(ALL_CHECKS, settings.select, settings.ignore, settings.severity)
    if glossary is None:
        with in_stage("read", *settings.glossaries):
            glossary = load_settings_glossaries(settings)
    if second is None and first.suffix.lower() not in BILINGUAL_FORMATS:
        # One article alone: the checks that need no source (house spellings, one
        # name spelled two ways, text left in the other language, punctuation).
        single = tuple(c for c in checks if not c.needs_source)
        document = read_single(first)
        inputs_read()
        return replace(check_document(document, glossary, single, settings), mode="single-article")
    document = read_aligned(first, second, settings, glossary)
    inputs_read()
    return check_document(document, glossary, checks, settings)


def load_settings_glossaries(settings: Settings) -> Glossary:
    """The settings' glossaries, loaded; with none, the empty glossary load_glossaries([])
    gives, without importing the glossary readers (PyYAML): 0.01 s of such a check (#14)."""
    if not settings.glossaries:
        return Glossary([], [])
    from tqa.glossary.files import load_glossaries

    return load_glossaries([Path(p) for p in settings.glossaries])


def read_single(path: Path) -> AlignedDocument:
    """One article with no source: every sentence is its own bead with an empty source side."""
    from tqa.model import Article, Bead
    from tqa.readers import read_document
    from tqa.text.segment import segment_document

    with in_stage("read", path):
        document = read_document(path)
        lang = document_language(document, fix="give an Arabic or an English article")
    with in_stage("segment", path):
        target = segment_document(document, lang)
    source = Article("", "en" if lang == "ar" else "ar", "none", ())
    return AlignedDocument(source, target, tuple(Bead((), (j,)) for j in range(len(target.segments))))


def read_aligned(first: Path, second: Path | None, settings: Settings, glossary: Glossary) -> AlignedDocument:
    """Read, segment and align: the article pair as sentence pairs."""
    from tqa.readers import BILINGUAL_FORMATS, read_document

    if second is None or first.suffix.lower() in BILINGUAL_FORMATS:
        if second is not None:
            raise InputError("a bilingual file is checked alone", where=str(first), fix=f"run `tqa check {first}`")
        return read_bilingual_document(first, settings.direction)
    with in_stage("read", first):
        first_document = read_document(first)
    with in_stage("read", second):
        second_document = read_document(second)
    with in_stage("read", first, second):
        inputs = assign_languages(first_document, second_document, settings.direction)
    return align_inputs(inputs, glossary)


def align_inputs(inputs: Inputs, glossary: Glossary) -> AlignedDocument:
    from tqa.align.bilingual import AnchorModel, align
    from tqa.text.segment import segment_document

    with in_stage("segment", inputs.source.path):
        source = segment_document(inputs.source, inputs.source_lang)
    with in_stage("segment", inputs.target.path):
        target = segment_document(inputs.target, inputs.target_lang)
    with in_stage("align", inputs.source.path, inputs.target.path):
        return AlignedDocument(source, target, align(source, target, AnchorModel(glossary=glossary)))


def align_lines(first: Path, second: Path, settings: Settings, glossary: Glossary) -> AlignedDocument:
    """Texts already split one sentence per line: align without re-splitting."""
    from tqa.align.bilingual import AnchorModel, align
    from tqa.readers import load_text
    from tqa.text.segment import segment_lines

    with in_stage("read", first, second):
        texts = [load_text(first), load_text(second)]
        documents = [
            Document(str(p), "lines", tuple(Block(line) for line in t.splitlines() if line.strip()))
            for p, t in zip((first, second), texts, strict=False)
        ]
        inputs = assign_languages(documents[0], documents[1], settings.direction)
    with in_stage("segment", first, second):
        source = segment_lines(
            [b.text for b in inputs.source.blocks], inputs.source_lang, inputs.source.path, paragraph_per_line=False
        )
        target = segment_lines(
            [b.text for b in inputs.target.blocks], inputs.target_lang, inputs.target.path, paragraph_per_line=False
        )
    with in_stage("align", first, second):
        return AlignedDocument(source, target, align(source, target, AnchorModel(glossary=glossary)))


def read_bilingual_document(path: Path, direction: str) -> AlignedDocument:
    """XLIFF/TMX: the file already pairs the sentences; no splitting, no aligning.
    The file's declared source language decides the direction unless one was given."""
    from tqa.readers.bilingual import beads_from_pairs, declared_direction, foreign_declaration, read_bilingual
    from tqa.text.segment import segment_lines

    with in_stage("read", path):
        bilingual = read_bilingual(path)
        if direction == "auto":
            direction = declared_direction(bilingual.declared_source) or direction
        try:
            inputs = assign_languages(bilingual.first, bilingual.second, direction)
        except InputError as error:  # the text is not Arabic and English: say so as the file declares it
            raise foreign_declaration(bilingual, str(path)) or error from None
    swap = inputs.source is bilingual.second
    with in_stage("segment", path):
        source, target = (
            segment_lines(
                [b.text for b in side.blocks], lang, str(path), encoding=bilingual.first.encoding, units=[b.unit for b in side.blocks]
            )
            for side, lang in ((inputs.source, inputs.source_lang), (inputs.target, inputs.target_lang))
        )
    with in_stage("align", path):
        return AlignedDocument(source, target, beads_from_pairs(bilingual.pairs, swap), bilingual.declared_source)


def check_document(document: AlignedDocument, glossary: Glossary, checks: tuple[Check, ...], settings: Settings) -> Report:
    reference = None
    if settings.reference:
        with in_stage("check R701 (reference)", settings.reference):
            reference = score_reference(document, Path(settings.reference))
    checked = run_each_check(CheckContext(document, glossary, reference), checks)
    findings = checked.findings
    lapsed: tuple[Waiver, ...] = ()
    if settings.waivers:
        from tqa.waivers import apply_waivers, load_waivers, unmatched_waivers

        with in_stage("read", settings.waivers):
            waivers = load_waivers(Path(settings.waivers))
        lapsed = unmatched_waivers(findings, waivers)
        findings = apply_waivers(findings, waivers)
    return Report(
        document,
        findings,
        __version__,
        signature(settings, glossary, checks, document),
        settings.as_dict(),
        checked.failed,
        reference=reference,
        lapsed_waivers=lapsed,
    )


def assign_languages(first: Document, second: Document, direction: str) -> Inputs:
    """Decide which document is Arabic and which English; the order given does not matter."""
    fix = "give the Arabic and the English version of one article"
    langs = [document_language(doc, fix) for doc in (first, second)]
    if langs[0] == langs[1]:
        name = "Arabic" if langs[0] == "ar" else "English"
        raise InputError(
            f"both files are in {name}", where=f"{first.path}, {second.path}", fix="give one Arabic and one English file"
        )
    arabic, english = (first, second) if langs[0] == "ar" else (second, first)
    if direction == "en-ar":
        return Inputs(english, arabic, "en", "ar")
    return Inputs(arabic, english, "ar", "en")


def signature(settings: Settings, glossary: Glossary, checks: tuple[Check, ...], document: AlignedDocument | None = None) -> Signature:
    """A sacrebleu-style signature: everything that decides the findings. With the checked
    `document`, a bilingual file's direction is the one used, and what decided it."""
    direction = settings.direction
    if document is not None and document.declared_source is not None:
        from tqa.report.direction import signature_direction  # a bilingual file's only

        direction = signature_direction(document, direction)
    glossaries = ",".join(f"{Path(s.path).name}@{s.sha256[:8]}" for s in glossary.sources) or "none"
    return Signature(
        version=__version__,
        glossaries=glossaries,
        checks=f"{len(checks)}@{_checks_hash(checks)}",
        fail_on=settings.fail_on.label,
        direction=direction,
        waivers=bool(settings.waivers),
        reference=bool(settings.reference),
        dependencies=dependency_versions(),
        aligner=_aligner_parameters(),
    )


def _aligner_parameters() -> tuple[tuple[str, float | int | bool], ...]:
    """The aligner's tuned parameters, as for Arabic -> English (the other direction is derived)."""
    from tqa.align.params import AlignParams  # here: a run on one article alone never aligns

    return tuple(asdict(AlignParams()).items())


def _checks_hash(checks: tuple[Check, ...]) -> str:
    import hashlib

    text = ",".join(f"{c.code}={c.severity.label}" for c in checks)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


# --- reference scoring (tqa check --reference) ---------------------------------


def score_reference(document: AlignedDocument, reference_path: Path) -> ScoreResult:
    """The translation scored against a reference version of it (tqa check --reference):
    a monolingual alignment, BLEU/chrF/TER and per-sentence scores (tqa.scoring.score)."""
    from tqa.scoring.score import read_version, require_language, score_articles, to_article

    target = document.target
    reference, lang = read_version(reference_path, "reference")
    require_language(reference_path, lang, target.lang, f"the translation {target.path}")  # as typed, like the reference
    return score_articles(target, to_article(reference, lang))
