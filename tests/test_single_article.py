"""One article alone (`tqa check EN`): the checks that need no source, and only those."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tqa.checks import ALL_CHECKS
from tqa.cli import app

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = str(ROOT / "glossaries" / "syria.yaml")


def _report(tmp_path: Path, article: Path) -> dict:
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["check", str(article), "-g", GLOSSARY, "--json", str(out)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_english_article_alone_gets_its_spellings_and_leftover_arabic_checked(tmp_path: Path) -> None:
    report = _report(tmp_path, ROOT / "samples" / "moscow-visit.en.md")
    assert report["mode"] == "single-article"
    assert report["source"]["segments"] == []
    assert report["alignment"] == []  # no pairing exists, so none is published
    found = {(f["code"], f["target"]["text"]) for f in report["findings"]}
    assert {("N102", "Al-Shaara"), ("N102", "Khmeimim"), ("N102", "Tartous")} <= found
    assert any(code == "U401" for code, _ in found)
    allowed = {c.code for c in ALL_CHECKS if not c.needs_source}
    assert {code for code, _ in found} <= allowed  # no omission, addition or number check without a source


def test_clean_english_article_alone_passes(tmp_path: Path) -> None:
    report = _report(tmp_path, ROOT / "samples" / "clean.en.md")
    assert report["summary"] == {"error": 0, "warning": 0, "info": 0}
    assert report["verdict"]["failed"] is False


def test_html_of_a_single_article_marks_no_bead_as_an_addition(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["check", str(ROOT / "samples" / "clean.en.md"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "one article checked alone" in page
    assert "0-1 addition" not in page


def test_html_of_one_article_has_no_empty_source_column(tmp_path: Path) -> None:
    from tqa.config import Settings
    from tqa.model import Severity
    from tqa.pipeline import run
    from tqa.report.html_report import render_html

    page = render_html(run(ROOT / "samples" / "moscow-visit.en.md", None, Settings()), Severity.ERROR)
    assert "checked alone" in page and "aligned pairs" not in page
    assert "<h1>→" not in page and "<h1> →" not in page
    assert 'class="kind"' not in page  # no pair column: nothing is paired
