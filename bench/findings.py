"""Dump the JSON report of every sample and test article into a folder, to compare
two versions of tqa finding by finding (fingerprints included):

    python bench/findings.py /tmp/before      # on the old commit
    python bench/findings.py /tmp/after       # on the new one
    diff -r /tmp/before /tmp/after            # no output: byte-identical

Each pair is checked with and without the house glossary, in the direction its
defects file states, and each article alone (single-article mode). The blind pairs
(tests/blind/w*) are checked once each with their own desk glossary, as bench/blind.py does.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqa.config import Settings
from tqa.model import Severity
from tqa.pipeline import run
from tqa.report.json_report import render_json

GLOSSARY = str(ROOT / "glossaries" / "syria.yaml")


def pairs() -> list[tuple[Path, str]]:
    found = []
    for folder in (ROOT / "samples", ROOT / "tests" / "articles"):
        found += [(folder, p.name.removesuffix(".defects.yaml")) for p in sorted(folder.glob("*.defects.yaml"))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output_folder", type=Path, help="where to write one JSON report per run")
    out = parser.parse_args().output_folder
    out.mkdir(parents=True, exist_ok=True)
    for folder, name in pairs():
        defects = yaml.safe_load((folder / f"{name}.defects.yaml").read_text(encoding="utf-8")) or {}
        base = Settings(direction=defects.get("direction", "auto"))
        ar, en = folder / f"{name}.ar.md", folder / f"{name}.en.md"
        for label, settings in (("plain", base), ("glossary", replace(base, glossaries=(GLOSSARY,)))):
            report = run(ar, en, settings)
            (out / f"{name}.{label}.json").write_text(render_json(report, Severity.ERROR), encoding="utf-8")
        for path in (ar, en):
            report = run(path, None, replace(base, glossaries=(GLOSSARY,)))
            (out / f"{path.name}.single.json").write_text(render_json(report, Severity.ERROR), encoding="utf-8")
    blind = blind_pairs()
    for folder, name in blind:
        defects = yaml.safe_load((folder / f"{name}.defects.yaml").read_text(encoding="utf-8")) or {}
        ar, en = (next(folder.glob(f"{name}.{lang}.*")) for lang in ("ar", "en"))
        desk = folder / f"{name}.glossary.yaml"
        settings = Settings(direction=defects.get("direction", "auto"), glossaries=(str(desk),) if desk.exists() else ())
        report = run(ar, en, settings)
        (out / f"blind-{folder.name}-{name}.json").write_text(render_json(report, Severity.ERROR), encoding="utf-8")
    print(f"{len(pairs())} pairs and {len(blind)} blind pairs written to {out}")


def blind_pairs() -> list[tuple[Path, str]]:
    found = []
    for folder in sorted((ROOT / "tests" / "blind").glob("w*")):
        found += [(folder, p.name.removesuffix(".defects.yaml")) for p in sorted(folder.glob("*.defects.yaml"))]
    return found


if __name__ == "__main__":
    main()
