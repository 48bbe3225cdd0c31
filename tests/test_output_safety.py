"""Writing never crashes on what it read (issue 12): lone surrogates, bidi controls, NUL
and terminal escapes reach JSON, HTML and the terminal safely; error lines stay one
short line; no temporary report file survives a signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

from tests.signals import default_sigint
from tqa.errors import ConfigError, shown
from tqa.model import AlignedDocument, Article, Bead, Finding, Report, Segment, Severity, Signature, Span
from tqa.report.files import remove_orphan_temporaries, write_atomic
from tqa.report.html_report import render_html
from tqa.report.json_report import render_json
from tqa.report.text import render_text

ROOT = Path(__file__).resolve().parent.parent
RLO = "\u202e"
HOSTILE = f"evil{RLO}txt.md \x1b]0;pwned\x07\x1b[2J \x00 \ud800 end"


def hostile_report() -> Report:
    """Every string that reaches the model from a file, made hostile."""
    source = Article(f"a{RLO}.ar.md", "ar", "md", (Segment(0, 0, f"وصل {RLO}الرئيس \ud83d. \x1b[31m"),), title=f"t{RLO}itle")
    target = Article(HOSTILE, "en", "md", (Segment(0, 0, f"The president {RLO}arrived \udc00.\x00"),))
    span = Span(0, 4, 9, f"pres{RLO}")
    finding = Finding(
        "N102",
        "name-forbidden",
        "name",
        Severity.ERROR,
        f"write «Deir ez-Zor{RLO}», not «x\ud800»",
        f"sug{RLO}",
        target=span,
        fingerprint="0" * 16,
        waived=f"reason {RLO} \ud800 \x1b[2J",
    )
    settings = {"glossaries": [f"g{RLO}.yaml"], "waivers": f"w{RLO}.json"}
    signature = Signature("0.1.0", f"g{RLO}.yaml@1", "1@0", "error", "auto", waivers=False, reference=False)
    return Report(AlignedDocument(source, target, (Bead((0,), (0,)),)), (finding,), "0.1.0", signature, settings)


def test_json_writes_lone_surrogates_as_the_replacement_character(tmp_path: Path) -> None:
    text = render_json(hostile_report(), Severity.ERROR)
    data = json.loads(text)
    assert data["target"]["segments"][0]["text"] == "The president \u202earrived \ufffd.\x00"
    assert data["findings"][0]["waived"] == "reason \u202e \ufffd \x1b[2J"
    write_atomic(tmp_path / "r.json", text)
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == data


class _Isolation(HTMLParser):
    """Every RLO in text must be inside a <bdi> (or the title, isolated by U+2068/U+2069);
    in an attribute, between U+2068 and U+2069."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.bare: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "input", "col", "br", "link"):
            self.open.append(tag)
        for name, value in attrs:
            if value and RLO in value and not _fsi_around(value):
                self.bare.append(f"@{name}: {value[:60]!r}")

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if RLO not in data or "script" in self.open:
            return
        if "bdi" not in self.open and not ("title" in self.open and _fsi_around(data)):
            self.bare.append(f"{self.open[-3:]}: {data[:60]!r}")


def _fsi_around(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "\u2068"
        depth -= ch == "\u2069"
        if ch == RLO and depth <= 0:
            return False
    return True


def test_html_isolates_every_piece_of_input_text_and_writes_valid_utf8(tmp_path: Path) -> None:
    page = render_html(hostile_report(), Severity.ERROR)
    checker = _Isolation()
    checker.feed(page)
    assert checker.bare == []
    assert "\ud800" not in page and "\ufffd" in page
    write_atomic(tmp_path / "r.html", page)
    assert (tmp_path / "r.html").read_bytes().decode("utf-8") == page


def test_terminal_summary_shows_escapes_instead_of_sending_them() -> None:
    long_sentence = "word " * 2000
    report = hostile_report()
    target = Article(HOSTILE, "en", "md", (Segment(0, 0, long_sentence),))
    finding = Finding(
        "U401",
        "untranslated",
        "untranslated",
        Severity.ERROR,
        f"text «{long_sentence}» \x1b[2J",
        target=Span(0, 0, len(long_sentence), long_sentence),
    )
    for case in (
        report,
        Report(AlignedDocument(report.document.source, target, report.document.beads), (finding,), "0.1.0", report.signature),
    ):
        text = render_text(case, Severity.ERROR)
        assert "\x1b" not in text and "\x00" not in text and "\x07" not in text and RLO not in text
        assert "\ud800" not in text and "\udc00" not in text
        assert all(len(line) < 1000 for line in text.splitlines())
    assert "\\x1b]0;pwned\\x07" in render_text(report, Severity.ERROR)


def test_error_lines_escape_and_cut_what_they_echo() -> None:
    error = ConfigError(f"unknown severity {shown('x' * 5000 + chr(27))}", where=f"dir/{RLO}\n.toml", fix="use error")
    line = str(error)
    assert "\n" not in line and "\x1b" not in line and RLO not in line and len(line) < 300
    assert "\\u202e" in line and "…" in line
    assert shown(10**5000).startswith("<an integer of about 50")
    assert shown("a\x1b[2Jb") == "'a\\x1b[2Jb'"


def test_cli_error_for_a_hostile_file_name_is_one_escaped_line(tmp_path: Path) -> None:
    missing = tmp_path / f"a{RLO}\x1b]0;x\x07.md"
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "check", str(missing), str(missing)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and RLO not in result.stderr and result.stderr.count("\n") <= 2


# ------------------------------------------------------------------ temporary files and signals

SLOW_WRITER = """
import os, sys, time
from pathlib import Path
import tqa.report.files as files
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(30)
files.os.fsync = slow_fsync
files.write_atomic(Path(sys.argv[1]), "x" * 100000)
"""


def _interrupted_write(tmp_path: Path, signum: int) -> int:
    target = tmp_path / "report.json"
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    assert any(_temporaries(tmp_path))  # the temporary file exists while the write is under way
    child.send_signal(signum)
    code = child.wait(timeout=30)
    assert not target.exists()
    return code


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".tqa-tmp-" in p.name]


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    assert _interrupted_write(tmp_path, signal.SIGTERM) == 128 + signal.SIGTERM
    assert _temporaries(tmp_path) == []


def test_sigint_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    assert _interrupted_write(tmp_path, signal.SIGINT) != 0
    assert _temporaries(tmp_path) == []


def test_after_sigkill_the_next_write_removes_the_dead_runs_temporary_file(tmp_path: Path) -> None:
    assert _interrupted_write(tmp_path, signal.SIGKILL) == -signal.SIGKILL
    orphans = _temporaries(tmp_path)
    assert len(orphans) == 1 and orphans[0].startswith(".report.json.tqa-tmp-")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        alive = tmp_path / f".report.json.tqa-tmp-{sleeper.pid}-abc"
        alive.write_text("another run's write in progress", encoding="utf-8")
        write_atomic(tmp_path / "report.json", "{}")
        assert _temporaries(tmp_path) == [alive.name]  # the live process's file is left alone
    finally:
        sleeper.kill()
        sleeper.wait()
    remove_orphan_temporaries(tmp_path / "report.json")
    assert _temporaries(tmp_path) == []
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "{}"


def test_signal_handlers_are_restored_after_a_write(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    write_atomic(tmp_path / "r.json", "{}")
    assert signal.getsignal(signal.SIGTERM) is before
    assert time.time() > 0 and os.getpid() > 0
