"""Pathological article texts of issue 12, each through `tqa check` against a valid
counterpart: one timing line per case. Each must finish in seconds or be refused
by a size limit with one line. Prints; asserts nothing.

    python bench/pathological.py [--timeout 120]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARABIC = (ROOT / "samples" / "clean.ar.md").read_text(encoding="utf-8")
ENGLISH = (ROOT / "samples" / "clean.en.md").read_text(encoding="utf-8")

CASES: dict[str, tuple[str, str]] = {
    "'<a' x 16,000 (.md)": ("md", "<a " * 16_000),
    "'*a' x 16,000 (.md)": ("md", "*a " * 16_000),
    "'_a' x 16,000 (.md)": ("md", "_a " * 16_000),
    "'![](' x 16,000 (.md)": ("md", "![](" * 16_000),
    "'~~a ' x 16,000 (.md)": ("md", "~~a " * 16_000),
    "'[](' x 16,000 (.md)": ("md", "[](" * 16_000),
    "'the' x 100,000, one paragraph (.txt)": ("txt", "the " * 100_000),
    "'the' x 100,000 (.md)": ("md", "the " * 100_000),
    "a 1 MB token with no spaces (.txt)": ("txt", "a" * 1_000_000),
    "50,000 tiny paragraphs (.txt)": ("txt", "\n\n".join(f"The minister met {i} officials." for i in range(50_000))),
    "4,000 tiny paragraphs, under the limit (.txt)": (
        "txt",
        "\n\n".join(f"The minister met {i} officials." for i in range(4_000)),
    ),
    "'د. ' x 100,000 (.txt, Arabic side)": ("ar.txt", "د. " * 100_000),
    "3 MB of text (.txt)": ("txt", "The minister said the talks would go on. " * 75_000),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "other.ar.md").write_text(ARABIC, encoding="utf-8")
        (base / "other.en.md").write_text(ENGLISH, encoding="utf-8")
        for name, (suffix, text) in CASES.items():
            path = base / f"case.{suffix}"
            # A real article first, so that the language is told and the pathological part reaches the checks.
            lead = ARABIC if suffix == "ar.txt" else ENGLISH
            path.write_text(lead + "\n\n" + text, encoding="utf-8")
            other = base / ("other.en.md" if suffix == "ar.txt" else "other.ar.md")
            print(
                _run(
                    name,
                    [sys.executable, "-m", "tqa", "check", str(path), str(other), "--json", str(base / "r.json")],
                    args.timeout,
                ),
                flush=True,
            )


def _run(name: str, command: list[str], timeout: float) -> str:
    started = time.monotonic()
    try:
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"{name:<48} over {timeout:.0f} s (killed)"
    seconds = time.monotonic() - started
    said = done.stderr.strip().splitlines()[-1][:110] if done.returncode == 2 and done.stderr.strip() else ""
    return f"{name:<48} {seconds:6.1f} s  exit {done.returncode}  {said}"


if __name__ == "__main__":
    main()
