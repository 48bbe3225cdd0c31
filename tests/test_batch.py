"""tqa batch (issue 15): pairing, manifest, isolated failures, the run store and its
resume after a kill, history, cross-article names, exports, and Dask."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.signals import default_sigint, kill_leaving_no_worker
from tqa.batch import find_jobs
from tqa.batch.exports import csv_safe, write_xlsx
from tqa.batch.history import history_text
from tqa.batch.jobs import Job, expand, pair_files
from tqa.batch.runner import BatchOptions, run_batch
from tqa.cli import app
from tqa.config import Settings
from tqa.errors import ConfigError, InputError
from tqa.interrupts import sigint_held

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"
GLOSSARY = ROOT / "glossaries" / "syria.yaml"

# Two short English pages of one site, written for these tests: the air base is
# spelled the house way in one and the Russian way in the other.
PAGE_A = (
    "Russian aircraft left the Hmeimim air base on Monday, officials said.\n\n"
    "A convoy then drove from Hmeimim towards the coast, the governor said.\n\n"
    "The base at Hmeimim will stay open until the spring, he added.\n"
)
PAGE_B = (
    "Moscow said on Tuesday that its forces at Khmeimim would remain in place.\n\nThe talks will resume next month in Damascus.\n"
)


def _english_pages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "base-a.en.txt").write_text(PAGE_A, encoding="utf-8")
    (folder / "base-b.en.txt").write_text(PAGE_B, encoding="utf-8")
    return folder


def _pairs(folder: Path, slugs: tuple[str, ...] = ("port-deal", "new-pound", "aid-convoy")) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for slug in slugs:
        for lang in ("ar", "en"):
            shutil.copy(ARTICLES / f"{slug}.{lang}.md", folder / f"{slug}.{lang}.md")
    return folder


def _run(paths: list[Path], out: Path, settings: Settings | None = None, **options: object) -> tuple[int, Path]:
    jobs = find_jobs([str(p) for p in paths], None)
    outcome = run_batch(jobs, settings or Settings(glossaries=(str(GLOSSARY),)), BatchOptions(out, **options))  # type: ignore[arg-type]
    return outcome.exit_code, out


def _findings_by_article(out: Path) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for report in sorted(out.glob("*.json")):
        if report.name == "cross-article.json":
            continue
        data = json.loads(report.read_text(encoding="utf-8"))
        found[report.stem] = [(f["code"], f["fingerprint"]) for f in data["findings"]]
    return found


# --------------------------------------------------------------------------- which articles


def test_pairs_by_name_and_checks_lone_and_bilingual_files_alone(tmp_path: Path) -> None:
    _pairs(tmp_path / "desk", ("port-deal",))
    (tmp_path / "desk" / "lone.en.txt").write_text(PAGE_B, encoding="utf-8")
    (tmp_path / "desk" / "memory.tmx").write_text("<tmx/>", encoding="utf-8")
    (tmp_path / "desk" / "README.md").write_text("# not an article\n", encoding="utf-8")
    (tmp_path / "desk" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    jobs = pair_files(expand([str(tmp_path / "desk")]))
    assert {(j.key, j.mode, tuple(Path(p).name for p in j.paths)) for j in jobs} == {
        ("port-deal", "pair", ("port-deal.ar.md", "port-deal.en.md")),
        ("lone", "single", ("lone.en.txt",)),
        ("memory", "bilingual", ("memory.tmx",)),
    }


def test_globs_and_one_slug_in_two_folders(tmp_path: Path) -> None:
    _pairs(tmp_path / "mon", ("port-deal",))
    _pairs(tmp_path / "tue", ("port-deal",))
    jobs = pair_files(expand([str(tmp_path / "*" / "*.md")]))
    assert sorted(j.key for j in jobs) == ["mon-port-deal", "tue-port-deal"]
    assert all(j.mode == "pair" for j in jobs)
    with pytest.raises(InputError, match="matches no file"):
        expand([str(tmp_path / "*.docx")])
    with pytest.raises(InputError, match="not found"):
        expand([str(tmp_path / "missing")])


def test_two_files_of_one_folder_with_one_slug_are_told_apart_by_format(tmp_path: Path) -> None:
    """brief.xliff and brief.tmx: keys an editor can read (new-user review: day-brief-2)."""
    (tmp_path / "day").mkdir()
    for name in ("brief.xliff", "brief.tmx", "notes.md"):
        (tmp_path / "day" / name).write_text("x", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.md").write_text("x", encoding="utf-8")
    jobs = pair_files(expand([str(tmp_path / "day"), str(tmp_path / "other")]))
    assert sorted(j.key for j in jobs) == ["brief-tmx", "brief-xliff", "day-notes", "other-notes"]


def test_manifest_rows_with_direction_and_desk(tmp_path: Path) -> None:
    _pairs(tmp_path, ("oil-fields", "port-deal"))
    manifest = tmp_path / "today.csv"
    manifest.write_text(
        "ar,en,direction,desk\noil-fields.ar.md,oil-fields.en.md,en-ar,economy\n,port-deal.en.md,,politics\n", encoding="utf-8"
    )
    jobs = find_jobs([], manifest)
    assert jobs == (
        Job("oil-fields", (str(tmp_path / "oil-fields.ar.md"), str(tmp_path / "oil-fields.en.md")), "en-ar", "economy"),
        Job("port-deal", (str(tmp_path / "port-deal.en.md"),), None, "politics"),
    )
    out = tmp_path / "out"
    run_batch(jobs, Settings(glossaries=(str(GLOSSARY),)), BatchOptions(out, workers=1))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "desk: <bdi>economy</bdi>" in index and "desk: <bdi>politics</bdi>" in index
    report = json.loads((out / "oil-fields.json").read_text(encoding="utf-8"))
    assert report["source"]["lang"] == "en"  # the row's direction: English is the source
    manifest.write_text("ar,en,direction,desk\noil-fields.ar.md,oil-fields.en.md,ar-fr,economy\n", encoding="utf-8")
    with pytest.raises(Exception, match="line 2"):
        find_jobs([], manifest)


# --------------------------------------------------------------------------- failures and exit codes


def test_an_unreadable_article_is_listed_and_the_rest_is_checked(tmp_path: Path) -> None:
    folder = _pairs(tmp_path / "in", ("ramadan-prices",))
    (folder / "scan.en.txt").write_bytes(b"%PDF-1.4 not text")
    code, out = _run([folder], tmp_path / "out", workers=2)
    assert code == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "is a PDF file, which tqa does not read" in index
    assert (out / "ramadan-prices.html").is_file() and not (out / "scan.html").exists()


def test_two_files_in_one_language_fail_that_article_only(tmp_path: Path) -> None:
    """new-user review 12: brief.ar.html beside brief.ar.txt stopped the whole batch (exit 2,
    nothing checked). Which Arabic pairs is a guess, so that article fails with the reason;
    the other pair is still checked, and the exit code is that of an unreadable article."""
    folder = _pairs(tmp_path / "in", ("ramadan-prices",))
    (folder / "brief.ar.html").write_text("<p>قال الوزير إن المحادثات ستستأنف.</p>", encoding="utf-8")
    (folder / "brief.ar.txt").write_text("قال الوزير إن المحادثات ستستأنف.\n", encoding="utf-8")
    (folder / "brief.en.txt").write_text("The minister said the talks would resume.\n", encoding="utf-8")
    jobs = find_jobs([str(folder)], None)
    brief = next(job for job in jobs if job.key == "brief")
    assert "two ar files for one article: brief.ar.html and brief.ar.txt" in brief.problem
    assert len(brief.paths) == 3 and not next(job for job in jobs if job.key == "ramadan-prices").problem
    code, out = _run([folder], tmp_path / "out", workers=1)
    assert code == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "two ar files for one article: brief.ar.html and brief.ar.txt" in index
    assert (out / "ramadan-prices.json").is_file() and not (out / "brief.json").exists()


def test_a_crash_in_one_article_is_exit_3_with_its_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tqa.pipeline

    original = tqa.pipeline.run

    def crashing(first: Path, second: Path | None, settings: Settings, glossary: object = None) -> object:
        if "new-pound" in first.name:
            raise ZeroDivisionError("division by zero\nsecond line")
        return original(first, second, settings, glossary)  # type: ignore[arg-type]

    monkeypatch.setattr(tqa.pipeline, "run", crashing)
    code, out = _run([_pairs(tmp_path / "in", ("new-pound", "ramadan-prices"))], tmp_path / "out", workers=1)
    assert code == 3
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero" in index and "second line" not in index
    assert (out / "ramadan-prices.json").is_file()


def test_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    # A TqaError passes through typer to main(), which prints it on one line and exits 2.
    assert isinstance(runner.invoke(app, ["batch"]).exception, ConfigError)
    clean = _pairs(tmp_path / "clean", ("ramadan-prices",))
    result = runner.invoke(app, ["batch", str(clean), "--out", str(tmp_path / "o1"), "-g", str(GLOSSARY), "--fail-on", "error"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["batch", str(clean), "--out", str(tmp_path / "o2"), "-g", str(GLOSSARY), "--fail-on", "info"])
    assert result.exit_code == 1, result.output


# --------------------------------------------------------------------------- across articles


def test_english_only_batch_finds_one_name_spelled_two_ways_across_articles(tmp_path: Path) -> None:
    code, out = _run([_english_pages(tmp_path / "site")], tmp_path / "out", settings=Settings())
    assert code == 0  # no glossary: nothing fails, the cross-article section still speaks
    cross = json.loads((out / "cross-article.json").read_text(encoding="utf-8"))
    assert [c["summary"] for c in cross["names"]] == ["Hmeimim ×3 in base-a, Khmeimim ×1 in base-b"]
    places = cross["names"][0]["spellings"][1]["places"]
    assert places == [{"article": "base-b", "segment": 0, "sentence": PAGE_B.split("\n")[0]}]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<bdi>Khmeimim</bdi></b> ×1 in" in index
    # With the glossary, Khmeimim is also a forbidden spelling, ranked by frequency.
    code, out = _run([tmp_path / "site"], tmp_path / "out2")
    assert code == 1
    wrong = json.loads((out / "cross-article.json").read_text(encoding="utf-8"))["wrong_spellings"]
    assert [(w["code"], w["written"], w["house"], w["count"]) for w in wrong] == [("N102", "Khmeimim", "Hmeimim", 1)]


def test_names_the_glossary_lacks_in_two_articles_become_one_entry(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for slug, day in (("one", "الأحد"), ("two", "الاثنين")):
        (folder / f"{slug}.ar.txt").write_text(f"قال المحافظ سامر برهوم يوم {day} إن العمل بدأ.\n", encoding="utf-8")
        english_day = {"الأحد": "Sunday", "الاثنين": "Monday"}[day]
        (folder / f"{slug}.en.txt").write_text(
            f"Governor Samer Barhoum said on {english_day} that work had begun.\n", encoding="utf-8"
        )
    _, out = _run([folder], tmp_path / "out")
    recurring = json.loads((out / "cross-article.json").read_text(encoding="utf-8"))["recurring_unlisted"]
    assert [(r["english"], r["articles"]) for r in recurring] == [("Samer Barhoum", ["one", "two"])]
    assert "en: Samer Barhoum" in recurring[0]["entry"] and "ar: [سامر برهوم]" in recurring[0]["entry"]


# --------------------------------------------------------------------------- exports


def test_csv_and_xlsx_hold_every_finding_and_no_formula(tmp_path: Path) -> None:
    import openpyxl

    _, out = _run([_pairs(tmp_path / "in")], tmp_path / "out")
    expected = sum(len(v) for v in _findings_by_article(out).values())
    with open(out / "findings.csv", encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:8] == [
        "article",
        "code",
        "severity",
        "category",
        "message",
        "source evidence",
        "target evidence",
        "fingerprint",
    ]
    assert len(rows) - 1 == expected > 0
    sheet = openpyxl.load_workbook(out / "findings.xlsx", read_only=True)["findings"]
    cells = list(sheet.iter_rows(values_only=True))
    assert len(cells) - 1 == expected and [list(c[:8]) for c in cells[1:]] == [
        [v.removeprefix("'") or None for v in r[:8]] for r in rows[1:]
    ]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    import openpyxl

    assert [csv_safe(v) for v in ("=1+1", "+7", "-3", "@SUM(A1)", "plain", None)] == [
        "'=1+1",
        "'+7",
        "'-3",
        "'@SUM(A1)",
        "plain",
        "",
    ]
    write_xlsx(tmp_path / "f.xlsx", [("a", '=HYPERLINK("http://x")', "@x", "-1", "", None, "", "", "")])
    book = openpyxl.load_workbook(tmp_path / "f.xlsx")
    cell = book["findings"]["B2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'
    assert book["findings"]["D2"].data_type == "s"


# --------------------------------------------------------------------------- the store


def test_a_second_run_reuses_unchanged_articles_and_rechecks_a_changed_one(tmp_path: Path) -> None:
    folder = _pairs(tmp_path / "in")
    out = tmp_path / "out"
    first = run_batch(find_jobs([str(folder)], None), Settings(glossaries=(str(GLOSSARY),)), BatchOptions(out, workers=2))
    assert (first.checked, first.reused) == (3, 0)
    (folder / "new-pound.en.md").write_text(
        (folder / "new-pound.en.md").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    second = run_batch(find_jobs([str(folder)], None), Settings(glossaries=(str(GLOSSARY),)), BatchOptions(out, workers=2))
    assert (second.checked, second.reused, second.articles) == (1, 2, 3)
    other = run_batch(
        find_jobs([str(folder)], None), Settings(glossaries=(str(GLOSSARY),), select=("N",)), BatchOptions(out, workers=2)
    )
    assert other.checked == 3  # another signature: nothing is reused
    text = history_text(out / "tqa-runs.sqlite", "30d", 20)
    assert "Khmeimim" not in text and "Articles that still fail:\n  " in text
    # Each article counts by its latest check: with only the N checks port-deal passes.
    failing = text.split("Articles that still fail:")[1]
    assert "aid-convoy: findings at or above fail-on" in failing and "port-deal" not in failing


def test_history_ranks_wrong_spellings(tmp_path: Path) -> None:
    _run([_english_pages(tmp_path / "site"), _pairs(tmp_path / "pairs", ("aid-convoy",))], tmp_path / "out")
    text = history_text(tmp_path / "out" / "tqa-runs.sqlite", "30d", 20)
    assert "× Khmeimim (house: Hmeimim) in 1 article(s)" in text
    assert "× Kamishli (house: Qamishli)" in text
    assert "none" not in text.split("Articles that still fail:")[1]
    assert "Khmeimim" not in history_text(tmp_path / "out" / "tqa-runs.sqlite", "2999-01-01", 20)


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_a_killed_batch_resumes_where_it_stopped(tmp_path: Path, stop: signal.Signals) -> None:
    folder = tmp_path / "in"
    for day in range(3):
        _pairs(folder / f"d{day}", ("port-deal", "new-pound", "aid-convoy", "oil-fields"))
    store = tmp_path / "out" / "tqa-runs.sqlite"
    command = [
        sys.executable,
        "-m",
        "tqa",
        "batch",
        str(folder),
        "-g",
        str(GLOSSARY),
        "--out",
        str(tmp_path / "out"),
        "--workers",
        "1",
        "-q",
    ]
    process = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=default_sigint
    )
    done = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        done = _recorded(store)
        if done >= 3:
            break
        time.sleep(0.02)
    os.kill(process.pid, stop)
    _, err = process.communicate(timeout=60)
    if stop == signal.SIGINT:
        assert process.returncode == 130 and b"interrupted; finished articles are kept in" in err
    assert 3 <= done < 12, f"killed after {done} articles: too late to test a resume"
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        kept = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    again = run_batch(
        find_jobs([str(folder)], None), Settings(glossaries=(str(GLOSSARY),)), BatchOptions(tmp_path / "out", workers=2)
    )
    assert (again.reused, again.checked) == (kept, 12 - kept)
    clean = tmp_path / "clean"
    run_batch(find_jobs([str(folder)], None), Settings(glossaries=(str(GLOSSARY),)), BatchOptions(clean, workers=2))
    assert _findings_by_article(tmp_path / "out") == _findings_by_article(clean)
    for name in ("findings.csv", "cross-article.json"):
        assert (tmp_path / "out" / name).read_text(encoding="utf-8") == (clean / name).read_text(encoding="utf-8")


def _recorded(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True, timeout=0.1) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


# --------------------------------------------------------------------------- Dask


def test_a_dask_local_cluster_gives_the_same_findings_as_the_pool(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = _pairs(tmp_path / "in")
    _english_pages(folder)
    _run([folder], tmp_path / "pool", workers=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        code, out = _run([folder], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert code == 1
    assert _findings_by_article(out) == _findings_by_article(tmp_path / "pool")
    assert (out / "findings.csv").read_text(encoding="utf-8") == (tmp_path / "pool" / "findings.csv").read_text(encoding="utf-8")


def test_names_the_key_merely_tolerates_are_not_reported_across_articles(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.en.txt").write_text("On Monday the singer Rosa Lind sang in Vermont for the Police.\n", encoding="utf-8")
    (folder / "b.en.txt").write_text(
        "On Tuesday the talks in Russia went on; officials in Fairmont and the Policy team said so.\n", encoding="utf-8"
    )
    _, out = _run([folder], tmp_path / "out", settings=Settings())
    assert json.loads((out / "cross-article.json").read_text(encoding="utf-8"))["names"] == []


def test_grouping_before_clustering_changes_no_cluster() -> None:
    from tqa.batch.cross import _candidate_groups
    from tqa.checks.name_consistency import _clusters
    from tqa.text.names import Spelling

    cores = [
        "Hmeimim",
        "Khmeimim",
        "Humaymim",
        "Tartus",
        "Tartous",
        "Bashir",
        "Bachir",
        "Salem",
        "Salim",
        "Guterres",
        "Gutteres",
        "Lavrov",
    ]
    arabic = {"Salem": frozenset({"سالم"}), "Salim": frozenset({"سليم"})}
    spellings = [Spelling(c, ()) for c in cores]
    whole = sorted(sorted(s.core for s in c) for c in _clusters(spellings, arabic))
    grouped = sorted(sorted(s.core for s in c) for g in _candidate_groups(spellings, arabic) for c in _clusters(g, arabic))
    assert grouped == whole and ["Hmeimim", "Humaymim", "Khmeimim"] in whole


def test_reports_in_an_output_folder_inside_the_input_are_not_articles(tmp_path: Path) -> None:
    folder = _english_pages(tmp_path / "site")
    for _ in range(2):
        jobs = find_jobs([str(folder)], None, folder / "tqa-reports")
        assert sorted(j.key for j in jobs) == ["base-a", "base-b"]
        run_batch(jobs, Settings(), BatchOptions(folder / "tqa-reports"))


def test_quiet_and_not_a_terminal(tmp_path: Path) -> None:
    folder = _english_pages(tmp_path / "site")
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o1")])
    assert result.output.startswith("tqa batch: 2 article(s), 2 checked, 0 reused") and "\x1b" not in result.output
    assert CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "o1"), "-q"]).output == ""


def test_two_glossary_entries_are_two_names_across_articles(tmp_path: Path) -> None:
    glossary = tmp_path / "desk.yaml"
    glossary.write_text(
        "name: desk\nentries:\n"
        "  - {id: rami-salem, type: person, en: Rami Salem, ar: [رامي سالم]}\n"
        "  - {id: rami-salim, type: person, en: Rami Salim, ar: [رامي سليم]}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.en.txt").write_text("On Monday the mayor met Rami Salem in the town hall.\n", encoding="utf-8")
    (folder / "b.en.txt").write_text("On Tuesday the governor met Rami Salim in the port.\n", encoding="utf-8")
    _, out = _run([folder], tmp_path / "out", settings=Settings(glossaries=(str(glossary),)))
    assert json.loads((out / "cross-article.json").read_text(encoding="utf-8"))["names"] == []


def test_a_desk_folder_of_pairs_a_bilingual_file_and_a_lone_page(tmp_path: Path) -> None:
    import openpyxl

    folder = tmp_path / "desk"
    folder.mkdir()
    for name in ("clean", "moscow-visit", "wheat-energy"):
        for lang in ("ar", "en"):
            shutil.copy(ROOT / "samples" / f"{name}.{lang}.md", folder)
    runner = CliRunner()
    tmx = runner.invoke(
        app,
        [
            "align",
            str(ROOT / "samples" / "clean.ar.md"),
            str(ROOT / "samples" / "clean.en.md"),
            "--format",
            "tmx",
            "-o",
            str(folder / "memory.tmx"),
        ],
    )
    assert tmx.exit_code == 0, tmx.output
    (folder / "page.en.txt").write_text(PAGE_A, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(folder), "-g", str(GLOSSARY), "--out", str(out)])
    assert result.exit_code == 1, result.output
    reports = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json") if p.stem != "cross-article"}
    assert sorted(reports) == ["clean", "memory", "moscow-visit", "page", "wheat-energy"]
    assert all((out / f"{key}.html").is_file() for key in reports)
    assert reports["page"]["mode"] == "single-article" and reports["memory"]["mode"] == "pair" and reports["memory"]["alignment"]
    assert reports["clean"]["verdict"]["failed"] is False and reports["moscow-visit"]["verdict"]["failed"] is True
    rows = list(csv.DictReader((out / "findings.csv").read_text(encoding="utf-8").splitlines()))
    assert len(rows) == sum(len(r["findings"]) for r in reports.values())
    assert openpyxl.load_workbook(out / "findings.xlsx")["findings"].max_row == len(rows) + 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{key}.html"' in index for key in reports)


def test_quiet_still_says_why_it_exits_2(tmp_path: Path) -> None:
    """-q silences the summary, never the reason for exit 2: one line on standard error."""
    folder = _english_pages(tmp_path / "site")
    (folder / "broken.ar.docx").write_text("not a zip file", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "batch", str(folder), "--out", str(tmp_path / "o"), "-q"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("tqa: error: 1 article(s) could not be read") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("delay", [0.0, 0.3, 1.0])
def test_ctrl_c_to_the_whole_group_prints_one_line(tmp_path: Path, delay: float) -> None:
    """A terminal's Ctrl-C reaches the workers too, perhaps while they start up: they
    must stay quiet and leave the one line to the batch (new-user review). The delay
    counts from the batch's output folder appearing, not from the launch: on a busy
    machine a fixed delay could fall inside the interpreter's own start-up, whose
    "Fatal Python error" on Ctrl-C no program can prevent."""
    folder = tmp_path / "in"
    for day in range(3):
        _pairs(folder / f"d{day}", ("port-deal", "new-pound", "aid-convoy", "oil-fields"))
    command = [sys.executable, "-m", "tqa", "batch", str(folder), "-g", str(GLOSSARY), "--out", str(tmp_path / "out"), "--workers", "2", "--direction", "ar-en"]
    process = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, preexec_fn=default_sigint
    )
    deadline = time.monotonic() + 60
    while not (tmp_path / "out").is_dir() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(delay)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception in initializer" not in text, text
    if process.returncode == 130:  # interrupted: at most the batch's one line
        assert len(text.strip().splitlines()) <= 1, text


def test_the_summary_says_the_default_direction_and_names_what_was_not_checked(tmp_path: Path) -> None:
    folder = _pairs(tmp_path / "in", ("port-deal",))
    (folder / "broken.ar.md").write_text("", encoding="utf-8")
    (folder / "broken.en.md").write_text("The minister arrived.\n", encoding="utf-8")
    result = tqa_cli(["batch", str(folder), "--out", str(tmp_path / "o1")])
    assert "Arabic taken as the source of 2 article pair(s) (the default)" in result.stderr
    assert "not checked: broken (each with its reason in" in result.stdout
    given = tqa_cli(["batch", str(folder), "--out", str(tmp_path / "o2"), "--direction", "ar-en"])
    assert "direction:" not in given.stderr
    for quiet in (["-q"], ["--quiet"]):  # quiet says only why it exits 2 (new-user review: the line came and went)
        said = tqa_cli(["batch", *quiet, str(folder), "--out", str(tmp_path / "o3")])
        assert (said.returncode, said.stdout) == (2, "") and said.stderr.startswith("tqa: error: 1 article(s) could not be read")
        assert len(said.stderr.splitlines()) == 1


def tqa_cli(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tqa", *args], check=False, capture_output=True, text=True, timeout=120)


def test_a_process_forked_while_ctrl_c_is_held_starts_with_it_blocked() -> None:
    """The pool forks its workers inside `sigint_held`: a Ctrl-C cannot reach a worker
    before its initializer ignores it (a traceback from the interpreter's after-fork code
    was seen once in CI), and the batch's own process gets it back afterwards."""
    with sigint_held():
        pid = os.fork()
        if pid == 0:
            os._exit(0 if signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()) else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def _long_pair(folder: Path, copies: int) -> None:
    """One pair of every test article's paragraphs, `copies` times over: seconds of work."""
    for lang in ("ar", "en"):
        bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(ARTICLES.glob(f"*.{lang}.md"))]
        (folder / f"long.{lang}.md").write_text("# Long\n" + "\n".join(bodies) * copies, encoding="utf-8")


def test_ctrl_c_ends_the_articles_in_progress_and_keeps_the_finished(tmp_path: Path) -> None:
    """The pool's workers ignore Ctrl-C; the batch ends them (SIGTERM) rather than wait
    for a long article to finish (new-user review: 40-50 s). The short article, finished,
    stays in the store with its reports; the long one, cut off, leaves no report."""
    folder = _pairs(tmp_path / "in", ("port-deal",))
    _long_pair(folder, 10)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "tqa", "batch", str(folder), "--out", str(out), "--workers", "2", "--direction", "ar-en"]
    process = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, preexec_fn=default_sigint
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and _recorded(out / "tqa-runs.sqlite") < 1:
        time.sleep(0.05)
    assert process.poll() is None, "the long article finished before the Ctrl-C: make it longer"
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().splitlines() == [
        f"tqa batch: interrupted; finished articles are kept in {out / 'tqa-runs.sqlite'}: run the same command to go on"
    ]
    assert json.loads((out / "port-deal.json").read_text(encoding="utf-8"))["schema"] == "tqa-report/1"
    assert not (out / "long.json").exists() and not (out / "long.html").exists()
    assert [p.name for p in out.iterdir() if ".tqa-tmp-" in p.name] == []
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # no worker left behind in the group
        os.killpg(process.pid, 0)


def test_a_killed_batch_leaves_no_worker_behind(tmp_path: Path) -> None:
    """SIGKILL (or the OOM killer) runs no handler in the batch's process: its workers,
    waiting on a queue whose write end they hold themselves, would wait forever, each
    holding a glossary. They end with it."""
    folder = _pairs(tmp_path / "in", ("port-deal",))
    _long_pair(folder, 10)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "tqa", "batch", str(folder), "--out", str(out), "--workers", "2", "--direction", "ar-en"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and _recorded(out / "tqa-runs.sqlite") < 1:
        time.sleep(0.05)
    assert process.poll() is None, "the long article finished before the kill: make it longer"
    assert kill_leaving_no_worker(process) == []
