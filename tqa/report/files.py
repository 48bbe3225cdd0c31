"""Writing report files: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from tqa.errors import ConfigError


def write_atomic(path: Path, text: str, *, inputs: Iterable[Path] = ()) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half.

    Refuses to write over an input: a report must never destroy the article it checks.
    """
    target = path.resolve()
    if any(target == Path(p).resolve() for p in inputs):
        raise ConfigError("refusing to write a report over an input file", where=str(path), fix="choose another output path")
    directory = target.parent
    if not directory.is_dir():
        raise ConfigError("output folder does not exist", where=str(path), fix="create the folder or choose another path")
    handle, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
