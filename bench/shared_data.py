"""The benchmarks' real data: a folder of public Arabic-English sets that is not part of
tqa (licences differ; see README, Benchmarks). A missing set is one line, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path


def require(data: Path, *sets: str) -> Path:
    missing = [name for name in sets if not (data / name).is_dir()]
    if missing:
        sys.exit(
            f"bench: {data} has no {', '.join(missing)}: pass the shared data folder "
            "(../shared/data beside the repository; README, Benchmarks, lists the sets)"
        )
    return data
