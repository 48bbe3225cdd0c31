"""The bundled samples, finding by finding: every planted defect that a registered
check covers is reported with its category and evidence, and nothing else of
severity warning or error is reported (the clean pair reports no warning or error; info findings are suggestions)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tqa.checks import ALL_CHECKS
from tqa.config import Settings
from tqa.pipeline import run
from tqa.scoring.defects import load_defects, score_defects

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ARTICLES = ROOT / "tests" / "articles"
COVERED = {check.category for check in ALL_CHECKS if check.enabled_by_default}
SETTINGS = Settings(glossaries=(str(ROOT / "glossaries" / "syria.yaml"),))


def pairs(folder: Path) -> list[str]:
    return sorted(p.name.removesuffix(".defects.yaml") for p in folder.glob("*.defects.yaml"))


def settings_for(defects_file: Path) -> Settings:
    """The defects file may say the pair was translated English -> Arabic."""
    import yaml

    direction = (yaml.safe_load(defects_file.read_text(encoding="utf-8")) or {}).get("direction", "auto")
    return replace(SETTINGS, direction=direction)


def check(folder: Path, name: str) -> None:
    report = run(folder / f"{name}.ar.md", folder / f"{name}.en.md", settings_for(folder / f"{name}.defects.yaml"))
    defects = tuple(d for d in load_defects(folder / f"{name}.defects.yaml") if d.category in COVERED)
    score = score_defects(report, defects)
    missed = [f"{d.category}: {d.en or d.ar} ({d.note})" for d in score.missed]
    false_alarms = [f"{f.code} {f.message}" for f in score.false_alarms]
    assert not missed, f"{name}: planted defects not reported: {missed}"
    assert not false_alarms, f"{name}: reported but not planted: {false_alarms}"


@pytest.mark.parametrize("name", pairs(SAMPLES))
def test_samples(name: str) -> None:
    check(SAMPLES, name)


@pytest.mark.parametrize("name", pairs(ARTICLES))
def test_test_articles(name: str) -> None:
    check(ARTICLES, name)


def test_every_sample_defect_is_listed_once() -> None:
    for folder in (SAMPLES, ARTICLES):
        for name in pairs(folder):
            ar = (folder / f"{name}.ar.md").read_text(encoding="utf-8")
            en = (folder / f"{name}.en.md").read_text(encoding="utf-8")
            for defect in load_defects(folder / f"{name}.defects.yaml"):
                if defect.en:
                    assert en.count(defect.en) == 1, f"{name}: {defect.en!r} must occur exactly once"
                if defect.ar:
                    assert ar.count(defect.ar) == 1, f"{name}: {defect.ar!r} must occur exactly once"
