"""The 258 blind pairs of tests/blind/w1-w3 and w5-w66 as regression articles.

Each pair is checked as a new user would check it: with its own desk glossary,
its own direction and its own file extension (.md, .txt, .html). What tqa finds
and misses there is asserted exactly, so that a regression and an improvement
both show: a planted defect tqa misses must be listed, with a reason, under
`known_misses` in the pair's defects file (by the defect's evidence text), and a
warning or error that points at no planted defect of its category under
`known_false_alarms` (as "CODE evidence"). w4 is not used here: it was held out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tqa.config import Settings
from tqa.model import Finding, Report
from tqa.pipeline import run
from tqa.scoring.defects import load_defects, score_defects

BLIND = Path(__file__).resolve().parent / "blind"
FOLDERS = ("w1", "w2", "w3", *(f"w{n}" for n in range(5, 67)))  # w4 is kept for scoring only
EXTENSIONS = (".md", ".txt", ".html")


def _pairs() -> list[tuple[str, str]]:
    return [
        (folder, p.name.removesuffix(".defects.yaml"))
        for folder in FOLDERS
        for p in sorted((BLIND / folder).glob("*.defects.yaml"))
    ]


def _version(folder: Path, slug: str, lang: str) -> Path:
    found = [p for ext in EXTENSIONS if (p := folder / f"{slug}.{lang}{ext}").is_file()]
    assert len(found) == 1, f"{slug}: expected one .{lang} version, found {found}"
    return found[0]


def _evidence(finding: Finding, report: Report) -> str:
    span = finding.target or finding.source
    return f"{finding.code} {span.text if span else ''}"


def _listed(entries: list[dict[str, str]] | None, key: str) -> list[str]:
    for entry in entries or ():
        assert entry.get("reason"), f"{entry}: say why"
    return sorted(str(entry[key]) for entry in entries or ())


@pytest.mark.parametrize(("folder", "slug"), _pairs(), ids=lambda x: x)
def test_blind_pair(folder: str, slug: str) -> None:
    where = BLIND / folder
    key = yaml.safe_load((where / f"{slug}.defects.yaml").read_text(encoding="utf-8"))
    settings = Settings(glossaries=(str(where / f"{slug}.glossary.yaml"),), direction=key["direction"])
    report = run(_version(where, slug, "ar"), _version(where, slug, "en"), settings)
    score = score_defects(report, load_defects(where / f"{slug}.defects.yaml"))
    missed = sorted(str(d.en or d.ar) for d in score.missed)
    false_alarms = sorted(_evidence(f, report) for f in score.false_alarms)
    assert missed == _listed(key.get("known_misses"), "defect"), (
        f"{slug}: planted defects missed (update known_misses if this is an improvement)"
    )
    assert false_alarms == _listed(key.get("known_false_alarms"), "finding"), (
        f"{slug}: false alarms (update known_false_alarms if this is an improvement)"
    )


def test_every_blind_pair_is_covered() -> None:
    assert len(_pairs()) == 258
