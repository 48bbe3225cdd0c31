"""Writing report files: atomically, never over an input, and never leaving debris.

The new text goes to a temporary file beside the target, named `.NAME.tqa-tmp-PID-XXXX`,
which then replaces the target in one rename. SIGINT and SIGTERM during the write
remove the temporary file; after SIGKILL, the next write to the same target removes
the temporary files of processes that no longer exist.
"""

from __future__ import annotations

import os
import signal
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from tqa.errors import ConfigError, OutputError
from tqa.readers.files import is_report_file
from tqa.report.safe import no_surrogates

_TEMP_MARK = ".tqa-tmp-"
_CONFIG_FILES = ("tqa.toml", "pyproject.toml")


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, text: str, *, inputs: Iterable[Path] = (), only_over_reports: bool = False) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half.

    Refuses to write over an input: a report must never destroy the article it checks.
    With `only_over_reports`, an existing non-empty file that is not a tqa report is
    not replaced either: `tqa check --json a.ar.md b.en.md` gives --json the Arabic
    article's name, and the article must survive the slip.
    A device or a pipe (/dev/null, /dev/stdout) is written into, never replaced.
    """
    try:
        _write(path, text, inputs, only_over_reports)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise OutputError(
            f"cannot write here: {reason}", where=str(path), fix="choose a file in a folder you can write to"
        ) from None


def _refuse_non_report(path: Path) -> None:
    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISREG(info.st_mode) and info.st_size and not is_report_file(path):
        raise ConfigError(
            "exists and is not a tqa report, so it is not replaced",
            where=str(path),
            fix="name a new file for the report right after the option (--json REPORT.json), or remove this one",
        )


def _refuse_read_only(path: Path) -> None:
    # A rename replaces a file whatever its mode: the owner's chmod is the only sign.
    raise ConfigError("is read-only, so it is not replaced", where=str(path), fix="make it writable (chmod u+w) or choose another path")


def _write(path: Path, text: str, inputs: Iterable[Path], only_over_reports: bool) -> None:
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError("this is a folder, not a file", where=str(path), fix="name a file inside it")
    if mode is not None and not stat.S_ISREG(mode):
        # Replacing /dev/null with a regular file (as root) would break the machine.
        with open(path, "wb") as stream:
            stream.write(_utf8(text))
        return
    target = path.resolve()
    if any(target == Path(p).resolve() for p in inputs):
        raise ConfigError("refusing to write a report over an input file", where=str(path), fix="choose another output path")
    if only_over_reports:
        _refuse_non_report(path)
    if mode is not None and not mode & 0o222:
        _refuse_read_only(path)
    directory = target.parent
    if not directory.is_dir():
        raise ConfigError("output folder does not exist", where=str(path), fix="create the folder or choose another path")
    remove_orphan_temporaries(target)
    data = _utf8(text)
    import tempfile  # only when a report is written: off the start-up of a check that writes none (#14)

    with _signals_raise():
        handle, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}{_TEMP_MARK}{os.getpid()}-")
        try:
            # mkstemp makes the file private (0600); a report is for the editor too, so it
            # gets the mode of the file it replaces, or what the umask gives a new file.
            os.chmod(temp_name, _mode_for(target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate that a renderer let through
        return no_surrogates(text).encode("utf-8")


class _Terminated(SystemExit):
    """SIGTERM during a write: unwinds like an exit, so that `finally` and `except` run."""


def _raise_terminated(signum: int, _frame: FrameType | None) -> None:
    raise _Terminated(128 + signum)


@contextmanager
def _signals_raise() -> Iterator[None]:
    """SIGTERM (and SIGHUP) raise while a temporary file exists; SIGINT already raises
    KeyboardInterrupt. Outside the main thread handlers cannot be set: then the next
    run's clean-up is what removes an orphan."""
    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    previous: dict[int, object] = {}
    try:
        for signum in wanted:
            previous[signum] = signal.signal(signum, _raise_terminated)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or not a pid at all: leave its file alone
    return True


def remove_orphan_temporaries(target: Path) -> None:
    """Temporary files of this target left by a killed run (SIGKILL runs no handler)."""
    prefix = f".{target.name}{_TEMP_MARK}"
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix)]
    except OSError:
        return
    for name in names:
        pid_text = name[len(prefix) :].partition("-")[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid() or _pid_alive(int(pid_text)):
            continue
        orphan = target.parent / name
        try:
            if stat.S_ISREG(orphan.lstat().st_mode):
                orphan.unlink()
        except OSError:
            continue


def remove_stale_reports(paths: Iterable[Path], inputs: Iterable[Path]) -> list[Path]:
    """After a failed run: remove the reports it was asked to write, if an earlier run left
    them, so that no report claims to describe this run. Only a regular file (not a
    symlink, not a device) that starts like a tqa report, and that is none of the inputs
    nor a config file, is removed; one its owner made read-only is kept (`_write` refused
    to replace it). Returns what was removed."""
    guarded = {_resolved(p) for p in inputs} | {_resolved(Path(name)) for name in _CONFIG_FILES}
    removed = []
    for path in paths:
        try:
            if _resolved(path) in guarded or not path.stat().st_mode & 0o222 or not is_report_file(path):
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
