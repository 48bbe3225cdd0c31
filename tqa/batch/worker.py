"""The one function a batch runs per article, on a local process pool or on Dask.

Pure in what matters: a job, the settings and the output folder in; the article's two
report files written and a small, picklable record out. What can be done once per
worker (glossary loading and compiling, the check machinery's tables) is done once,
by `warm`, and cached per process.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tqa import pipeline
from tqa.batch.jobs import Job
from tqa.checks import ALL_CHECKS
from tqa.checks.select import select_checks
from tqa.config import Settings
from tqa.errors import TqaError
from tqa.glossary.files import load_glossaries
from tqa.glossary.suggest import new_entry_pairs
from tqa.interrupts import end_with_parent, ignore_sigint
from tqa.lang.lexicon import english_concepts
from tqa.model import Block, Document
from tqa.pipeline import Inputs, align_inputs, check_document
from tqa.readers.langid import detect_language
from tqa.report.files import write_atomic
from tqa.report.html_report import render_html
from tqa.report.json_report import fails, render_json
from tqa.text.names import is_given_name, spellings_in, written_with_article
from tqa.text.partners import ArabicPartners

if TYPE_CHECKING:
    from tqa.glossary.model import Glossary
    from tqa.model import AlignedDocument, Finding, Report

# Status of one article: checked, could not be read (a TqaError: exit 2), or the
# checker crashed on it (any other exception: an internal error, exit 3).
OK, UNREADABLE, CRASHED = "ok", "unreadable", "crashed"
EXIT_TERMINATED = 128 + 15  # a worker ended by SIGTERM


@dataclass(frozen=True)
class FindingRow:
    code: str
    name: str
    severity: str
    category: str
    message: str
    suggestion: str | None
    source: str | None  # the evidence text on the source side
    target: str | None
    fingerprint: str
    waived: str | None


@dataclass(frozen=True)
class NameUse:
    """One use of a capitalised English word that may be a name (cross-article consistency)."""

    core: str  # the spelling key N104 groups by
    text: str  # as written
    segment: int
    sentence: str
    arabic: str  # the Arabic word it renders (space-separated forms), "" when unknown
    entry: str = ""  # the glossary entry whose match holds this word, "" when the glossary does not know it


@dataclass(frozen=True)
class Suggestion:
    """A name the glossary lacks, paired with its Arabic (what `tqa glossary suggest` prints)."""

    english: str
    arabic: str
    kind: str


@dataclass(frozen=True)
class ArticleResult:
    key: str
    paths: tuple[str, ...]
    status: str
    error: str
    mode: str
    failed: bool
    findings: tuple[FindingRow, ...] = ()
    names: tuple[NameUse, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    seconds: float = 0.0


@lru_cache(maxsize=4)
def _glossary(glossaries: tuple[str, ...]) -> Glossary:
    return load_glossaries([Path(p) for p in glossaries])


def warm(settings: Settings) -> None:
    """Load the glossary and fill the checks' caches once in this process (the pool's
    initializer; on Dask the first article of each worker does it through the cache)."""

    glossary = _glossary(settings.glossaries)
    checks = select_checks(ALL_CHECKS, settings.select, settings.ignore, settings.severity)
    # One small pair through every stage: the lexicon's indexes, langdetect's profiles and
    # the checks' lazily built tables are then ready before the first real article.
    detect_language("The minister said on Monday that talks would resume in Damascus next week.")
    ar = Document("warm.ar", "text", (Block("قال الوزير يوم الاثنين إن المحادثات ستستأنف في دمشق الأسبوع المقبل."),))
    en = Document("warm.en", "text", (Block("The minister said on Monday that talks would resume in Damascus next week."),))
    check_document(
        align_inputs(Inputs(ar, en, "ar", "en"), glossary), glossary, checks, replace(settings, waivers=None, reference=None)
    )


def start_pool_worker(settings: Settings, parent: int) -> None:
    """The process pool's initializer. Ctrl-C reaches every process of the terminal's
    group; the batch's own process handles it (it cancels what has not started and
    keeps what is finished), so a worker ignores it rather than print a traceback from
    wherever it was. On Ctrl-C the batch ends it with SIGTERM (`pool_check_job`). The pool forks
    with SIGINT blocked (`sigint_held`), so none can arrive before it is ignored here. A
    worker ends with `parent` however it dies (`end_with_parent`)."""
    ignore_sigint()
    end_with_parent(parent)
    warm(settings)


def check_job(job: Job, settings: Settings, out: str) -> ArticleResult:
    """Check one article and write its JSON and HTML reports into `out`. Never raises:
    a failure is the result's status and one-line error."""
    started = time.perf_counter()
    if job.problem:  # known before reading: as a file that cannot be read
        return ArticleResult(job.key, job.paths, UNREADABLE, job.problem, job.mode, True)
    try:
        result = _check(job, settings, Path(out))
    except TqaError as error:
        result = ArticleResult(job.key, job.paths, UNREADABLE, str(error), job.mode, True)
    except Exception as error:  # noqa: BLE001 - one article's crash must not stop the batch
        line = f"{type(error).__name__}: {error}".splitlines()[0]
        result = ArticleResult(job.key, job.paths, CRASHED, line, job.mode, True)
    return replace(result, seconds=round(time.perf_counter() - started, 4))


def pool_check_job(job: Job, settings: Settings, out: str) -> ArticleResult:
    """`check_job` in a pool worker. The batch ends its workers with SIGTERM on Ctrl-C;
    caught inside a report's write, that unwinds as SystemExit once the temporary file
    is removed, and the pool's worker loop would send it back and start its next queued
    article: the worker exits here instead."""
    try:
        return check_job(job, settings, out)
    except SystemExit as stop:
        os._exit(stop.code if isinstance(stop.code, int) else EXIT_TERMINATED)


def _check(job: Job, settings: Settings, out: Path) -> ArticleResult:
    if job.direction:
        settings = replace(settings, direction=job.direction)
    glossary = _glossary(settings.glossaries)
    paths = [Path(p) for p in job.paths]
    report = pipeline.run(paths[0], paths[1] if len(paths) > 1 else None, settings, glossary)
    _write_reports(report, settings, out, job)
    return ArticleResult(
        job.key,
        job.paths,
        OK,
        "",
        job.mode,
        fails(report, settings.fail_on),
        tuple(_finding_row(f) for f in report.findings),
        _name_uses(report.document, glossary),
        _suggestions(report.document, glossary) if job.mode != "single" else (),
    )


def _write_reports(report: Report, settings: Settings, out: Path, job: Job) -> None:
    inputs = [*(Path(p) for p in job.paths), *(Path(g) for g in settings.glossaries)]
    write_atomic(out / f"{job.key}.json", render_json(report, settings.fail_on), inputs=inputs)
    write_atomic(out / f"{job.key}.html", render_html(report, settings.fail_on), inputs=inputs)


def _finding_row(finding: Finding) -> FindingRow:
    return FindingRow(
        finding.code,
        finding.name,
        finding.severity.label,
        finding.category,
        finding.message,
        finding.suggestion,
        finding.source.text if finding.source else None,
        finding.target.text if finding.target else None,
        finding.fingerprint,
        finding.waived,
    )


def _name_uses(doc: AlignedDocument, glossary: Glossary) -> tuple[NameUse, ...]:
    """Every use of a name-like word in the English, keyed as N104 keys them, with the
    Arabic word it renders when there is an Arabic side. Glossary names are kept: a
    house spelling here and a forbidden one there is a cross-article inconsistency too."""

    english = doc.target if doc.target.lang == "en" else doc.source
    claimed = [(s.id, m.start, m.end, m.entry.id) for s in english.segments for m in glossary.find(s.text, "en")]
    partners = ArabicPartners(doc)
    uses: list[NameUse] = []
    for spelling in spellings_in(english.segments, set()):
        entry = next(
            (e for w in spelling.words for seg, start, end, e in claimed if seg == w.segment.id and start <= w.start < end), ""
        )
        if is_given_name(spelling.core) and not any(written_with_article(w.text) for w in spelling.words):
            continue  # as N104: two people called Mohammed are not one name spelled two ways
        if not entry and english_concepts(spelling.core.casefold()):
            continue  # a common English word (Police, Airport) capitalised, not a name
        partner = partners.of(spelling.first)
        if not partner and all(not w.segment.text[: w.start].strip(" \"“«(‘'") for w in spelling.words):
            continue  # only ever first in its sentence ("Share it on:") and no Arabic name beside it: no name
        arabic = partner.forms_text() if partner else ""
        uses.extend(NameUse(spelling.core, w.text, w.segment.id, w.segment.text, arabic, entry) for w in spelling.words)
    return tuple(uses)


def _suggestions(doc: AlignedDocument, glossary: Glossary) -> tuple[Suggestion, ...]:
    return tuple(Suggestion(p.entry_english, p.arabic_entry_form, p.kind) for p in new_entry_pairs(doc, glossary))
