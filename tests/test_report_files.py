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


def test_a_read_only_report_is_not_replaced(tmp_path: Path) -> None:
    """A rename replaces a file whatever its mode (even as a plain user): a report the owner
    made read-only (chmod 444, to keep it) is refused, with the fix, and left as it was."""
    path = tmp_path / "kept.json"
    path.write_text('{"schema": "tqa-report/1"}', encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(ConfigError, match="read-only") as refused:
        write_atomic(path, "new", only_over_reports=True)
    assert "chmod u+w" in str(refused.value)
    assert path.read_text(encoding="utf-8") == '{"schema": "tqa-report/1"}'
    path.chmod(0o644)
    write_atomic(path, "new", only_over_reports=True)
    assert path.read_text(encoding="utf-8") == "new"


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.en.md"
    article.write_text("text", encoding="utf-8")
    with pytest.raises(ConfigError, match="over an input"):
        write_atomic(article, "report", inputs=(article,))
    assert article.read_text(encoding="utf-8") == "text"


def test_a_device_is_written_into_never_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    def no_rename(*args: object) -> None:
        raise AssertionError("os.replace over a device")  # raised before any harm: the device stays

    monkeypatch.setattr(os, "replace", no_rename)
    write_atomic(Path(os.devnull), "{}")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_pipe_is_written_into(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    # A daemon reader: if the pipe were replaced by a file, the test fails instead of hanging.
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    write_atomic(fifo, "report")
    reader.join(timeout=10)
    assert received == ["report"]
    assert fifo.is_fifo()


def test_a_folder_or_an_unwritable_place_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tqa.errors import OutputError

    with pytest.raises(OutputError, match="folder, not a file"):
        write_atomic(tmp_path, "report")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(OutputError, match="cannot write here: Permission denied"):
        write_atomic(tmp_path / "r.html", "report")
    assert not (tmp_path / "r.html").exists()
