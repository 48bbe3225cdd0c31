"""The typer-free `tqa check` (tqa/cli/fast.py) does what typer does with the same command
line: same exit code, standard output, standard error and reports; every other command
line goes to typer."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

import tqa.cli
from tqa.cli import fast
from tqa.cli.common import _Run

ROOT = Path(__file__).resolve().parent.parent
AR, EN = "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md"


@pytest.mark.parametrize("name", sorted(fast.COMMANDS))
def test_the_option_table_is_the_typer_commands(name: str) -> None:
    command = typer.main.get_command(tqa.cli.app).commands[name]  # type: ignore[attr-defined]
    declared: dict[str, tuple[str, str]] = {}
    arguments = []
    for param in command.params:
        annotation = str(param.type_descriptor.annotation)  # type: ignore[attr-defined]
        if param.param_type_name != "option":
            arguments.append((str(param.name), param.required))
            continue
        kind = "path" if "Path" in annotation else "count" if annotation == "<class 'int'>" else "text"
        kind = "flag" if param.is_flag else kind + ("s" if param.multiple else "")  # type: ignore[attr-defined]
        declared.update({opt: (str(param.name), kind) for opt in param.opts})
    ours = fast.COMMANDS[name]
    assert {**ours.options, **{opt: (field, "flag") for opt, field in ours.flags.items()}} == declared
    assert arguments == [(field, k < ours.fewest) for k, field in enumerate(ours.arguments)]


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, typer_only: bool
) -> tuple[Any, ...]:
    monkeypatch.setattr(sys, "argv", ["tqa", *argv])
    monkeypatch.setattr(_Run, "debug", False)
    if typer_only:
        monkeypatch.setattr(fast, "parse", lambda argv: None)
    with pytest.raises(SystemExit) as exited:
        tqa.cli.main()
    monkeypatch.undo()
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


def _both(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    assert fast.parse(argv) is not None, "this command line should take the fast path"
    typer_run = _run(argv, capsys, monkeypatch, typer_only=True)
    fast_run = _run(argv, capsys, monkeypatch, typer_only=False)
    assert fast_run == typer_run
    return fast_run


@pytest.mark.parametrize(
    "argv",
    [
        ["check", AR, EN, "-q"],
        ["check", EN, AR, "--fail-on", "warning", "--select=N1", "--select", "D2", "--ignore", "N102"],
        ["--debug", "check", AR, EN, "--severity", "N103=info", "--direction=en-ar", "-g", "glossaries/syria.yaml"],
        ["check", AR, EN, "--json", "-"],
        ["check", EN, "--glossary", "glossaries/syria.yaml"],
        ["check", AR, EN, "--fail-on", "never"],  # a usage error of tqa's own: one line, exit 2
        ["check", AR, EN, "--direction", "ar-fr"],
        ["check", AR, EN, "--severity", "N103"],
        ["check", AR, "missing.en.md"],
        ["check", AR, AR],
        ["check", AR, EN, "--json", "-", "--html", "-"],
        ["check", AR, EN, "--waivers", "missing.json"],
        ["score", EN, EN],
        ["score", AR, AR, "--limit", "3", "--one-per-line"],
        ["score", EN, "samples/moscow-visit.en.md", "--parallel", "--limit=0", "--json", "-"],
        ["score", AR, EN],
        ["score", EN, "missing.md"],
    ],
)
def test_the_fast_path_does_what_typer_does(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    _both(argv, capsys, monkeypatch)


def test_reports_written_the_fast_way_are_typers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    written = []
    for name in ("typer", "fast"):
        argv = ["check", AR, EN, "--json", str(tmp_path / f"{name}.json"), "--html", str(tmp_path / f"{name}.html")]
        assert fast.parse(argv) is not None
        code, out, err = _run(argv, capsys, monkeypatch, typer_only=name == "typer")
        written.append((code, out, err, *(tmp_path.joinpath(f"{name}.{kind}").read_bytes() for kind in ("json", "html"))))
    assert written[0] == written[1]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["check", "--help"],
        ["--version"],
        ["checks"],
        ["check"],
        ["check", AR, EN, "extra.md"],
        ["check", AR, EN, "--jsn", "-"],
        ["check", AR, EN, "--html"],
        ["check", AR, EN, "--html", "--json"],
        ["check", AR, EN, "--html", "a.html", "--html", "b.html"],
        ["check", AR, EN, "-q", "-q"],
        ["check", AR, EN, "-qg", "glossaries/syria.yaml"],
        ["check", AR, EN, "-gglossaries/syria.yaml"],
        ["check", AR, EN, "--quiet=yes"],
        ["check", AR, EN, "--json="],
        ["check", "--", AR, EN],
        ["check", "-", EN],
        ["check", "", EN],
        ["check", AR, EN, "--debug"],
        ["--debug", "--debug", "check", AR, EN],
        ["check", "samples/\udcff.md", EN],
        ["score", EN],
        ["score", EN, EN, EN],
        ["score", EN, EN, "--limit", "-1"],
        ["score", EN, EN, "--limit", "007"],
        ["score", EN, EN, "--limit", "five"],
        ["score", EN, EN, "--limit", "٣"],
        ["score", EN, EN, "-q"],
        ["score", EN, EN, "--html", "x.html"],
        ["align", AR, EN],
    ],
)
def test_anything_else_goes_to_typer(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert fast.parse(argv) is None


def test_an_unreadable_file_goes_to_typer(tmp_path: Path) -> None:
    locked = tmp_path / "locked.md"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        readable = locked.open("rb")  # root reads it anyway, and so does typer's check
        readable.close()
        pytest.skip("running as root: every file is readable")
    except PermissionError:
        assert fast.parse(["check", str(locked), EN]) is None
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize("argv", [["check", AR, EN, "-q"], ["score", EN, EN, "--parallel"]])
def test_a_plain_command_does_not_load_typer(argv: list[str]) -> None:
    # The point of the fast path: typer, click and pydantic stay out of a plain check or score.
    code = "\n".join(
        [
            "import sys",
            f"sys.argv = ['tqa', *{argv!r}]",
            "from tqa.cli import main",
            "try:",
            "    main()",
            "except SystemExit as done:",
            "    print(done.code, sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'pydantic')))",
        ]
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == f"{1 if argv[0] == 'check' else 0} []"



def test_a_plain_check_loads_only_what_it_uses() -> None:
    # Issue 14: what a check of the sample without reports or .docx never uses stays
    # unimported (each was a few milliseconds of every check's start-up). Timed the second
    # time: the first check in a new cache folder writes tqa's caches (tempfile).
    # tomllib too: the repository's pyproject.toml has no tqa table, known from the first run (tqa.config).
    # multiprocessing and concurrent.futures: only an input of thousands of sentences starts workers (tqa.text.feature_pool).
    # numpy.ma: np.unique's first call imports it; tqa.align.anchors.distinct does not.
    unused = (
        "english_words", "statistics", "tempfile", "zipfile", "traceback", "importlib.resources", "typer", "tomllib",
        "multiprocessing", "concurrent.futures", "numpy.ma",
    )  # fmt: skip
    code = "\n".join(
        [
            "import sys",
            f"sys.argv = ['tqa', 'check', {AR!r}, {EN!r}, '-q']",
            "from tqa.cli import main",
            "try:",
            "    main()",
            "except SystemExit:",
            f"    print(sorted(set(sys.modules) & set({unused!r})))",
        ]
    )
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"

def test_echo_writes_what_typer_echo_writes(capsys: pytest.CaptureFixture[str]) -> None:
    for message, nl, err in [
        ("مرحبا\n", False, False),
        ("", True, True),
        ("", False, False),
        ("\x1b[31mred\x1b[0m", True, False),
    ]:
        fast.echo(message, nl=nl, err=err)
        ours = capsys.readouterr()
        typer.echo(message, nl=nl, err=err)
        assert ours == capsys.readouterr()


def test_a_check_turns_the_collector_on_once_its_inputs_are_read() -> None:
    # Issue 14: the collector stays off (tqa.collector) while the check's modules, numpy among
    # them, load and while the pair is read and aligned; the checks run with it on, and
    # what was made before is frozen out of its way.
    code = "\n".join(
        [
            "import gc, sys",
            f"sys.argv = ['tqa', 'check', {AR!r}, {EN!r}, '-q']",
            "import tqa.pipeline as pipeline",
            "seen = []",
            "aligned, checked = pipeline.align_inputs, pipeline.check_document",
            "def align(*args):",
            "    seen.append(('align', gc.isenabled(), 'numpy' in sys.modules))",
            "    return aligned(*args)",
            "def check(*args):",
            "    seen.append(('check', gc.isenabled(), gc.get_freeze_count() > 0))",
            "    return checked(*args)",
            "pipeline.align_inputs, pipeline.check_document = align, check",
            "from tqa.entry import run",
            "try:",
            "    run()",
            "except SystemExit:",
            "    print(seen, gc.isenabled())",
        ]
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[('align', False, False), ('check', True, True)] True"


def test_the_collector_is_left_alone_outside_the_command_line() -> None:
    from tqa.collector import collect_from_now_on

    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        collect_from_now_on()  # a library caller's collector is its own
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()
