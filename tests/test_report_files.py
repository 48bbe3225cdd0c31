"""Report files: atomic, never over an input, readable by the editor."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tqa.errors import ConfigError
from tqa.report.files import write_atomic


def test_new_report_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "r.json").stat().st_mode & 0o777 == 0o644


def test_replaced_report_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary file left behind


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.en.md"
    article.write_text("text", encoding="utf-8")
    with pytest.raises(ConfigError, match="over an input"):
        write_atomic(article, "report", inputs=(article,))
    assert article.read_text(encoding="utf-8") == "text"
