"""A batch run: decide what needs checking, run the per-article function on a local
process pool or on Dask, stream each result into the store as it completes, then write
the index, the cross-article section and the findings exports from the store."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tqa.batch.cross import cross_article, render_cross_json
from tqa.batch.dask_run import run_on_dask
from tqa.batch.exports import write_csv, write_xlsx
from tqa.batch.jobs import Job
from tqa.batch.store import Store
from tqa.batch.worker import CRASHED, UNREADABLE, ArticleResult, check_job, pool_check_job, start_pool_worker, warm
from tqa.checks import ALL_CHECKS
from tqa.checks.select import select_checks
from tqa.config import Settings
from tqa.errors import OutputError
from tqa.glossary.files import load_glossaries
from tqa.interrupts import sigint_held, stop_pool
from tqa.pipeline import signature
from tqa.report.files import write_atomic
from tqa.report.index_html import IndexRow, render_index

# Exit codes of `tqa batch`; the most serious that happened wins.
EXIT_PASS, EXIT_FINDINGS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3


class Progress(Protocol):
    def start(self, total: int, reused: int) -> None: ...
    def advance(self, result: ArticleResult) -> None: ...
    def stop(self) -> None: ...


class NoProgress:
    def start(self, total: int, reused: int) -> None:
        pass

    def advance(self, result: ArticleResult) -> None:
        pass

    def stop(self) -> None:
        pass


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    store: Path | None = None  # default: OUT/tqa-runs.sqlite
    scheduler: str | None = None  # tcp://HOST:PORT of a Dask scheduler
    workers: int | None = None  # local processes; default: every core

    @property
    def store_path(self) -> Path:
        return self.store or self.out / "tqa-runs.sqlite"


@dataclass(frozen=True)
class BatchOutcome:
    run_id: int
    articles: int
    checked: int
    reused: int
    failed: int  # articles with findings at or above fail-on
    unreadable: int
    crashed: int
    store: Path
    not_checked: tuple[str, ...] = ()  # the keys of the articles that could not be read or crashed

    @property
    def exit_code(self) -> int:
        if self.crashed:
            return EXIT_INTERNAL
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_FINDINGS if self.failed else EXIT_PASS


def batch_signature(settings: Settings) -> str:
    """The pipeline's signature plus what it leaves out that changes findings: the
    waivers' content and the selection (checked once here, before any article)."""

    checks = select_checks(ALL_CHECKS, settings.select, settings.ignore, settings.severity)
    glossary = load_glossaries([Path(p) for p in settings.glossaries])  # a broken glossary stops the batch before it starts
    waivers = _file_hash(Path(settings.waivers)) if settings.waivers else "none"
    return f"{signature(settings, glossary, checks)}|waivers-sha:{waivers[:12]}"


def content_hash(job: Job) -> str:
    """The article's bytes and how it is to be read (and the desk its index row shows):
    unchanged means the same findings."""
    digest = hashlib.sha256(f"{job.key}\x1f{job.direction or ''}\x1f{job.desk}".encode())
    for path in job.paths:
        digest.update(b"\x1e" + _file_hash(Path(path)).encode())
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"  # the worker reports why, in one line


def run_batch(jobs: tuple[Job, ...], settings: Settings, options: BatchOptions, progress: Progress | None = None) -> BatchOutcome:
    progress = progress or NoProgress()
    signature = batch_signature(settings)
    try:
        options.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"cannot create the output folder: {error.strerror}", where=str(options.out), fix="choose a folder you can write to"
        ) from None
    store = Store(options.store_path)
    try:
        run_id = store.start_run(signature, str(options.out), len(jobs))
        hashes = {job.key: content_hash(job) for job in jobs}
        desks = {job.key: job.desk for job in jobs}
        todo = [
            job
            for job in jobs
            if not (_reports_exist(options.out, job) and store.reusable(run_id, job.paths, hashes[job.key], signature))
        ]
        progress.start(len(jobs), len(jobs) - len(todo))
        for result in _execute(todo, settings, options):
            store.record(run_id, result, hashes[result.key], signature, desks[result.key])
            progress.advance(result)
        store.finish_run(run_id)
        progress.stop()
        _write_outputs(store, run_id, options.out, settings)
        return _outcome(store, run_id, len(todo), options.store_path)
    finally:
        progress.stop()
        store.close()


def _reports_exist(out: Path, job: Job) -> bool:
    return (out / f"{job.key}.json").is_file() and (out / f"{job.key}.html").is_file()


def _execute(jobs: list[Job], settings: Settings, options: BatchOptions) -> Iterator[ArticleResult]:
    out = str(options.out.resolve())
    if options.scheduler:
        yield from run_on_dask(options.scheduler, jobs, settings, out)
        return
    workers = options.workers or os.cpu_count() or 1
    if workers == 1 or len(jobs) <= 1:
        warm(settings)
        for job in jobs:
            yield check_job(job, settings, out)
        return
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)), initializer=start_pool_worker, initargs=(settings, os.getpid())
    )
    try:
        yield from windowed(lambda job: _submit_with_sigint_held(pool, job, settings, out), jobs, window=workers * 4)
    except BaseException:  # Ctrl-C, or the consumer gone (GeneratorExit)
        # A worker dies at once, or, inside a report's write, removes its temporary file
        # first and then exits (`pool_check_job`). What the store holds is finished; a
        # resumed run redoes the rest.
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _submit_with_sigint_held(pool: ProcessPoolExecutor, job: Job, settings: Settings, out: str) -> Future[ArticleResult]:
    """Submitting may fork the pool's workers. A Ctrl-C that reaches a child between the
    fork and its initializer (in the interpreter's own after-fork code) would print a
    traceback there, so SIGINT is held back while the pool forks: a child starts with it
    blocked and `start_pool_worker` ignores it before letting it through. The batch's
    own process gets a Ctrl-C held here as soon as the submit returns."""
    with sigint_held():
        return pool.submit(pool_check_job, job, settings, out)


def windowed(submit: Callable[[Job], Future[ArticleResult]], jobs: Iterable[Job], window: int) -> Iterator[ArticleResult]:
    """At most `window` articles in flight; each result is yielded as it completes and
    then dropped, so an archive's results are never all held in memory."""
    pending: set[Future[ArticleResult]] = set()
    for job in jobs:
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
        pending.add(submit(job))
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from (future.result() for future in done)


def _write_outputs(store: Store, run_id: int, out: Path, settings: Settings) -> None:
    rows = []
    for article in store.run_articles(run_id):
        by_severity, by_category = store.counts(article["id"])
        rows.append(
            IndexRow(
                article["key"],
                tuple(_loads(article["paths"])),
                article["status"],
                article["error"],
                article["mode"],
                bool(article["failed"]),
                by_severity,
                by_category,
                article["desk"],
            )
        )
    cross = cross_article(store, run_id)
    write_atomic(out / "cross-article.json", render_cross_json(cross))
    write_csv(out / "findings.csv", store.run_findings(run_id))
    write_xlsx(out / "findings.xlsx", store.run_findings(run_id))
    write_atomic(out / "index.html", render_index(tuple(rows), cross, settings.fail_on))


def _loads(text: str) -> list[str]:
    value = json.loads(text)
    return [str(v) for v in value]


def _outcome(store: Store, run_id: int, checked: int, path: Path) -> BatchOutcome:
    articles = store.run_articles(run_id)
    statuses = [a["status"] for a in articles]
    return BatchOutcome(
        run_id,
        len(articles),
        checked,
        len(articles) - checked,
        sum(1 for a in articles if a["failed"] and a["status"] == "ok"),
        statuses.count(UNREADABLE),
        statuses.count(CRASHED),
        path,
        tuple(a["key"] for a in articles if a["status"] in (UNREADABLE, CRASHED)),
    )
