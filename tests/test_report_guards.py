"""A report never takes an article's place, and an article is never a report (new-user review).

`tqa check --json water.ar.md water.en.md` gives --json the Arabic article's name: the
article must survive, and the run must say so (exit 2). A tqa report left among the
articles is not checked as one.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import AR, EN, assert_one_line_error, tqa, write


def test_a_report_option_given_an_article_leaves_the_article_alone(tmp_path: Path) -> None:
    arabic = write(tmp_path / "water.ar.md", AR)
    english = write(tmp_path / "water.en.md", EN)
    result = tqa("check", "--json", str(arabic), str(english))
    assert_one_line_error(result, "not a tqa report")
    assert arabic.read_text(encoding="utf-8") == AR
    assert english.read_text(encoding="utf-8") == EN


def test_an_existing_file_that_is_no_report_is_not_replaced(tmp_path: Path) -> None:
    arabic = write(tmp_path / "a.ar.md", AR)
    english = write(tmp_path / "a.en.md", EN)
    notes = write(tmp_path / "notes.json", '{"mine": true}\n')
    result = tqa("check", str(arabic), str(english), "--json", str(notes))
    assert_one_line_error(result, "notes.json")
    assert notes.read_text(encoding="utf-8") == '{"mine": true}\n'


def test_an_earlier_report_or_an_empty_file_is_replaced(tmp_path: Path) -> None:
    arabic = write(tmp_path / "a.ar.md", AR)
    english = write(tmp_path / "a.en.md", EN)
    report, page, empty = tmp_path / "r.json", tmp_path / "r.html", write(tmp_path / "e.json", "")
    first = tqa("check", str(arabic), str(english), "--json", str(report), "--html", str(page))
    assert first.returncode in (0, 1), first.stderr
    again = tqa("check", str(arabic), str(english), "--json", str(report), "--html", str(page))
    assert again.returncode == first.returncode, again.stderr
    into_empty = tqa("check", str(arabic), str(english), "--json", str(empty))
    assert into_empty.returncode == first.returncode, into_empty.stderr
    assert json.loads(empty.read_text(encoding="utf-8"))["schema"] == "tqa-report/1"


def test_a_report_given_as_an_article_is_named_as_a_report(tmp_path: Path) -> None:
    arabic = write(tmp_path / "a.ar.md", AR)
    english = write(tmp_path / "a.en.md", EN)
    page = tmp_path / "a.html"
    assert tqa("check", str(arabic), str(english), "--html", str(page)).returncode in (0, 1)
    result = tqa("check", str(arabic), str(page))
    assert_one_line_error(result, "is a tqa report")


def test_a_batch_leaves_out_reports_among_its_articles(tmp_path: Path) -> None:
    day = tmp_path / "day"
    day.mkdir()
    arabic = write(day / "water.ar.md", AR)
    english = write(day / "water.en.md", EN)
    assert tqa("check", str(arabic), str(english), "--html", str(day / "water.html")).returncode in (0, 1)
    result = tqa("batch", str(day), "--out", str(tmp_path / "reports"))
    assert result.returncode in (0, 1), result.stderr
    index = json.loads((tmp_path / "reports" / "cross-article.json").read_text(encoding="utf-8"))
    assert "water.html" not in json.dumps(index)
    assert sorted(p.name for p in (tmp_path / "reports").glob("*.json") if p.name != "cross-article.json") == ["water.json"]


def test_a_batch_cannot_write_into_the_folder_it_checks(tmp_path: Path) -> None:
    day = tmp_path / "day"
    day.mkdir()
    write(day / "water.ar.md", AR)
    write(day / "water.en.md", EN)
    result = tqa("batch", str(day), "--out", str(day))
    assert_one_line_error(result, "output folder")
    assert sorted(p.name for p in day.iterdir()) == ["water.ar.md", "water.en.md"]


def test_an_earlier_report_made_read_only_is_kept_whole(tmp_path: Path) -> None:
    """A report its owner made read-only (chmod 444, to keep it) is neither replaced nor
    removed as stale when the run fails (new-user review: it was replaced without a word)."""
    arabic = write(tmp_path / "a.ar.md", AR)
    english = write(tmp_path / "a.en.md", EN)
    report = tmp_path / "kept.json"
    first = tqa("check", str(arabic), str(english), "--json", str(report))
    assert first.returncode in (0, 1), first.stderr
    kept = report.read_bytes()
    report.chmod(0o444)
    again = tqa("check", str(arabic), str(english), "--json", str(report))
    assert_one_line_error(again, "read-only")
    assert report.read_bytes() == kept
