"""Drive one fuzz case through tqa and say how it went.

Two depths. The *boundary* runs the reader or loader the file reaches (read,
detect the language and split an article; parse a bilingual file; load and lint
a glossary; load waivers or settings) in-process, in milliseconds. The *CLI*
runs `tqa check` (and `tqa glossary lint`) in-process through tqa.cli.main with
--json and --html into a folder, and checks the promise of README: exit 0 or 1
with both reports, or exit 2 with one line on stderr and no report; never a
traceback, never another exit code, never a modified input, never a file left
beside the reports.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.fuzz.inputs import ROOT, Case

COUNTERPART = {"ar": ROOT / "samples" / "clean.ar.md", "en": ROOT / "samples" / "clean.en.md"}


@dataclass(frozen=True)
class Outcome:
    kind: str  # "read", "refused" (an input error, exit 2), or a failure: "traceback", "bad-exit", "modified", "partial", "stray-file"
    detail: str = ""  # the exception type, or what went wrong

    @property
    def failed(self) -> bool:
        return self.kind not in ("read", "refused")


def write_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in case.extra.items():
        (folder / name).write_bytes(data)
    for lang, path in COUNTERPART.items():
        (folder / f"clean.{lang}.md").write_bytes(path.read_bytes())
    target = folder / case.name
    target.write_bytes(case.data)
    return target


def run_boundary(case: Case, folder: Path) -> Outcome:
    from tqa.errors import TqaError

    path = write_case(case, folder)
    try:
        _boundary(case, path, folder)
    except TqaError:
        return Outcome("refused")
    except Exception as error:  # noqa: BLE001 - any other exception is the bug being looked for
        return Outcome("traceback", _name(error))
    return Outcome("read")


def _boundary(case: Case, path: Path, folder: Path) -> None:
    if case.role == "article":
        from tqa.pipeline import read_single

        read_single(path)
    elif case.role == "bilingual":
        from tqa.pipeline import read_bilingual_document

        read_bilingual_document(path, "auto")
    elif case.role == "glossary":
        from tqa.glossary.files import load_glossaries
        from tqa.glossary.lint import lint_glossaries

        load_glossaries([path])
        lint_glossaries([path])
    elif case.role == "waivers":
        from tqa.waivers import load_waivers

        load_waivers(path)
    else:
        from tqa.config import load_settings

        load_settings(folder, {})


def _name(error: BaseException) -> str:
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    where = f" at {Path(frame.tb_frame.f_code.co_filename).name}:{frame.tb_lineno}" if frame is not None else ""
    return f"{type(error).__name__}{where}"


def cli_commands(case: Case, path: Path) -> list[list[str]]:
    """The tqa commands a case is driven through, reports written under out/."""
    reports = ["--json", "out/r.json", "--html", "out/r.html"]
    pair = ["clean.ar.md", "clean.en.md"]
    if case.role == "article":
        return [["check", path.name, next(iter(case.extra)), *reports]]
    if case.role == "bilingual":
        return [["check", path.name, *reports]]
    if case.role == "glossary":
        return [["check", *pair, "-g", path.name, *reports], ["glossary", "lint", path.name]]
    if case.role == "waivers":
        return [["check", *pair, "--waivers", path.name, *reports]]
    return [["check", *pair, *reports]]


def run_cli(case: Case, folder: Path) -> Outcome:
    path = write_case(case, folder)
    before = _digests(folder)
    for argv in cli_commands(case, path):
        outcome = _run_tqa(argv, folder)
        if outcome.failed:
            return outcome
        if _digests(folder, skip="out") != {k: v for k, v in before.items() if not k.startswith("out")}:
            return Outcome("modified", "an input file changed")
    return outcome


def _run_tqa(argv: list[str], folder: Path) -> Outcome:
    from tqa.cli import main

    out = folder / "out"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    stdout, stderr = io.StringIO(), io.StringIO()
    saved_argv, saved_cwd = sys.argv, os.getcwd()
    code: object = 0
    try:
        os.chdir(folder)
        sys.argv = ["tqa", *argv]
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            main()
    except SystemExit as exit_:
        code = exit_.code if exit_.code is not None else 0
    except Exception as error:  # noqa: BLE001 - an exception through main() is a traceback for the user
        return Outcome("traceback", _name(error))
    finally:
        sys.argv = saved_argv
        os.chdir(saved_cwd)
    return _judge(argv, code, stderr.getvalue(), out)


def _judge(argv: list[str], code: object, stderr: str, out: Path) -> Outcome:
    if "Traceback" in stderr:
        return Outcome("traceback", stderr.strip().splitlines()[-1][:120])
    reports = {"r.json", "r.html"} if argv[0] == "check" else set()
    present = {p.name for p in out.iterdir()}
    if present - reports:
        return Outcome("stray-file", ", ".join(sorted(present - reports)))
    if code in (0, 1):
        if present != reports:
            return Outcome("partial", f"exit {code} without {sorted(reports - present)}")
        if "r.json" in present:
            try:
                json.loads((out / "r.json").read_text(encoding="utf-8"))
            except ValueError as error:
                return Outcome("partial", f"r.json does not parse: {type(error).__name__}")
        return Outcome("read")
    if code == 2:
        if present:
            return Outcome("partial", f"exit 2 and a report left: {sorted(present)}")
        lines = stderr.strip().splitlines()
        if len(lines) != 1:
            return Outcome("bad-exit", f"exit 2 with {len(lines)} lines on stderr")
        return Outcome("refused")
    return Outcome("bad-exit", f"exit {code!r}")


def _digests(folder: Path, skip: str = "") -> dict[str, str]:
    found = {}
    for path in folder.rglob("*"):
        name = str(path.relative_to(folder))
        if path.is_file() and not (skip and name.startswith(skip)):
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found
