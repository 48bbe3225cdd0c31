"""The benchmarks' real data: a folder of public Arabic-English sets that is not part of
tqa (licences differ; see README, Benchmarks). A missing set is one line, not a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def data_parser(doc: str | None, *, optional: bool = False, default: Path | None = None) -> argparse.ArgumentParser:
    """A script's command line, with the shared data folder as its first argument
    (optional for the scripts that also run without it): --help prints the script's
    docstring and the usage, instead of being taken for a folder."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    help_text = "the shared data folder (../shared/data beside the repository)"
    if optional or default is not None:
        parser.add_argument("data", type=Path, nargs="?", default=default, help=help_text)
    else:
        parser.add_argument("data", type=Path, help=help_text)
    return parser


def require(data: Path, *sets: str) -> Path:
    missing = [name for name in sets if not (data / name).is_dir()]
    if missing:
        sys.exit(
            f"bench: {data} has no {', '.join(missing)}: pass the shared data folder "
            "(../shared/data beside the repository; README, Benchmarks, lists the sets)"
        )
    return data
