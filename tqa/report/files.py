"""Writing report files: atomically, and never over an input."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tqa.errors import ConfigError, OutputError


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, text: str, *, inputs: Iterable[Path] = ()) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half.

    Refuses to write over an input: a report must never destroy the article it checks.
    A device or a pipe (/dev/null, /dev/stdout) is written into, never replaced.
    """
    try:
        _write(path, text, inputs)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise OutputError(f"cannot write here: {reason}", where=str(path), fix="choose a file in a folder you can write to") from None


def _write(path: Path, text: str, inputs: Iterable[Path]) -> None:
    try:
        mode: int | None = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError("this is a folder, not a file", where=str(path), fix="name a file inside it")
    if mode is not None and not stat.S_ISREG(mode):
        # Replacing /dev/null with a regular file (as root) would break the machine.
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        return
    target = path.resolve()
    if any(target == Path(p).resolve() for p in inputs):
        raise ConfigError("refusing to write a report over an input file", where=str(path), fix="choose another output path")
    directory = target.parent
    if not directory.is_dir():
        raise ConfigError("output folder does not exist", where=str(path), fix="create the folder or choose another path")
    handle, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a report is for the editor too, so it
        # gets the mode of the file it replaces, or what the umask gives a new file.
        os.chmod(temp_name, _mode_for(target))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
