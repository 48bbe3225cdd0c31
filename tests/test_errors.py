"""An internal error is never a finding (issue 11): exit 3 and one line naming the stage
(or check) and the input; a failing check does not take the others down; a failed run
leaves no stale report behind."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tqa.checks import ALL_CHECKS, run_checks, run_each_check
from tqa.checks.base import CheckContext, WholeArticle
from tqa.errors import InputError, StageError, TqaError, in_stage
from tqa.glossary.model import Glossary
from tqa.model import AlignedDocument, Article, Bead, Segment

ROOT = Path(__file__).resolve().parent.parent
AR, EN = "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md"

# Run the real CLI with one piece of tqa replaced by a function that raises, as a bug would.
PLANT = """
import sys
from dataclasses import replace
import tqa.checks, tqa.pipeline, tqa.text.segment
from tqa.checks.base import WholeArticle

def boom(*args, **kwargs):
    raise IndexError("planted \\x1b[2J bug")

def boom_check(ctx):
    yield from boom()

where = sys.argv.pop(1)
if where == "segment":
    tqa.text.segment.segment_document = boom
else:
    tqa.pipeline.ALL_CHECKS = tuple(replace(c, scope=WholeArticle(boom_check)) if c.code == where else c for c in tqa.checks.ALL_CHECKS)
from tqa.cli import main
main()
"""


def planted(where: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-c", PLANT, where, *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_a_failing_stage_exits_3_with_one_line_naming_stage_and_input() -> None:
    result = planted("segment", "check", AR, EN)
    assert result.returncode == 3, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("tqa: internal error in stage 'segment' on samples/moscow-visit")
    assert "IndexError" in lines[0] and "--debug" in lines[0] and "\x1b" not in lines[0]


@pytest.mark.parametrize("switch", [("--debug",), ()])
def test_debug_shows_the_traceback_and_still_exits_3(switch: tuple[str, ...]) -> None:
    result = planted("segment", *switch, "check", AR, EN, env={} if switch else {"TQA_DEBUG": "1"})
    assert result.returncode == 3
    assert "Traceback (most recent call last)" in result.stderr and "planted" in result.stderr


def test_a_failing_check_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    report_json, report_html = tmp_path / "r.json", tmp_path / "r.html"
    result = planted(
        "N101", "check", AR, EN, "-g", "glossaries/syria.yaml", "--json", str(report_json), "--html", str(report_html)
    )
    assert result.returncode == 3, result.stderr
    assert (
        result.stderr.count("\n") == 1
        and "check N101 (name-variant)" in result.stderr
        and "samples/moscow-visit" in result.stderr
    )
    assert "FAILED CHECK N101" in result.stdout and "INCOMPLETE" in result.stdout
    data = json.loads(report_json.read_text(encoding="utf-8"))
    assert data["failed_checks"] == [
        {"code": "N101", "name": "name-variant", "error": "IndexError: planted \\x1b[2J bug"}
    ]  # escaped: one safe line
    assert data["findings"] and all(f["code"] != "N101" for f in data["findings"])
    page = report_html.read_text(encoding="utf-8")
    assert 'id="failed-checks"' in page and "<code>N101</code>" in page


def test_a_normal_run_has_an_empty_failed_checks_list() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "check", AR, EN, "--json", "-"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and json.loads(result.stdout)["failed_checks"] == []


def _document() -> AlignedDocument:
    source = Article("a.ar", "ar", "txt", (Segment(0, 0, "وصل الرئيس."),))
    target = Article("a.en", "en", "txt", (Segment(0, 0, "The president arrived."),))
    return AlignedDocument(source, target, (Bead((0,), (0,)),))


def test_the_runner_records_a_failing_check_and_runs_the_rest() -> None:
    def boom(ctx: CheckContext) -> list[object]:
        raise ZeroDivisionError("division by zero")

    checks = tuple(replace(c, scope=WholeArticle(boom)) if c.code == "O301" else c for c in ALL_CHECKS if c.code != "R701")
    ran = run_each_check(CheckContext(_document(), Glossary()), checks)
    assert [(f.code, f.error) for f in ran.failed] == [("O301", "ZeroDivisionError: division by zero")]
    assert "Traceback" in ran.failed[0].detail
    with pytest.raises(ZeroDivisionError):  # benchmarks and tests see the bug itself
        run_checks(CheckContext(_document(), Glossary()), checks)


def test_in_stage_names_the_stage_and_lets_domain_errors_through() -> None:
    with pytest.raises(StageError) as caught, in_stage("align", "a.md", "b.md"):
        raise IndexError("list index out of range")
    assert str(caught.value).startswith("internal error in stage 'align' on a.md, b.md: IndexError")
    with pytest.raises(InputError, match="cannot be read"), in_stage("read", "a.md"):
        raise PermissionError(13, "Permission denied")
    with pytest.raises(TqaError, match="as it was"), in_stage("read", "a.md"):
        raise InputError("as it was")


# ------------------------------------------------------------------ stale reports


def _old_reports(tmp_path: Path) -> tuple[Path, Path]:
    """Reports of an earlier, successful run."""
    report_json, report_html = tmp_path / "r.json", tmp_path / "r.html"
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "check", AR, EN, "--json", str(report_json), "--html", str(report_html)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and report_json.is_file() and report_html.is_file()
    return report_json, report_html


def test_a_run_that_fails_with_exit_2_removes_the_stale_reports(tmp_path: Path) -> None:
    report_json, report_html = _old_reports(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tqa",
            "check",
            AR,
            EN,
            "-g",
            str(tmp_path / "missing.yaml"),
            "--json",
            str(report_json),
            "--html",
            str(report_html),
        ],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert not report_json.exists() and not report_html.exists()


def test_a_run_that_fails_with_exit_3_before_writing_removes_the_stale_reports(tmp_path: Path) -> None:
    report_json, report_html = _old_reports(tmp_path)
    result = planted("segment", "check", AR, EN, "--json", str(report_json), "--html", str(report_html))
    assert result.returncode == 3
    assert not report_json.exists() and not report_html.exists()


def test_a_failed_run_never_removes_what_is_not_its_old_report(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"mine": true}', encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text("entries: [oops\n", encoding="utf-8")  # a broken glossary, named as the report too
    for report in (notes, glossary):
        result = subprocess.run(
            [sys.executable, "-m", "tqa", "check", AR, EN, "-g", str(glossary), "--json", str(report)],
            check=False,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert result.returncode == 2
    assert notes.read_text(encoding="utf-8") == '{"mine": true}' and glossary.read_text(encoding="utf-8") == "entries: [oops\n"


def test_remove_stale_reports_spares_inputs_symlinks_and_devices(tmp_path: Path) -> None:
    from tqa.report.files import remove_stale_reports

    old = tmp_path / "old.json"
    old.write_text('{\n  "schema": "tqa-report/1"\n}\n', encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(old)
    assert remove_stale_reports([old], [old]) == []  # an input
    assert remove_stale_reports([link, Path("/dev/null")], []) == []
    assert remove_stale_reports([old], []) == [old] and not old.exists()


def test_a_bug_outside_the_pipeline_names_the_command_line(tmp_path: Path) -> None:
    code = (
        "import sys, tqa.scoring.score\ndef boom(*a, **k):\n    raise "
        "KeyError('x')\ntqa.scoring.score.score_files = boom\nfrom tqa.cli import main\nmain()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "score", EN, EN], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 3
    assert result.stderr.startswith(f"tqa: internal error in `tqa score {EN} {EN}`: KeyError") and result.stderr.count("\n") == 1
