"""The signature: one fixed line (printed, stored by tqa batch), with the dependency
versions and the aligner's parameters published beside it."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path

from tqa.config import Settings
from tqa.model import Severity
from tqa.pipeline import run
from tqa.report.json_report import render_json

ROOT = Path(__file__).resolve().parent.parent
AR, EN = ROOT / "samples" / "moscow-visit.ar.md", ROOT / "samples" / "moscow-visit.en.md"


def test_the_signature_line_is_as_before_and_the_details_are_beside_it() -> None:
    report = run(AR, EN, Settings())
    assert str(report.signature).startswith("tqa:0.1.0|glossaries:none|checks:")
    assert str(report.signature).endswith("|fail-on:error|direction:auto|waivers:no|reference:no")
    tool = json.loads(render_json(report, Severity.ERROR))["tool"]
    assert tool["signature"] == str(report.signature)
    assert tool["dependencies"]["sacrebleu"] == version("sacrebleu") and tool["dependencies"]["sentencex"] == version("sentencex")
    assert tool["aligner"]["null_cost"] == 2.5 and tool["aligner"]["band"] == 40


def test_the_signature_names_what_changes_findings() -> None:
    plain = run(AR, EN, Settings()).signature
    strict = run(AR, EN, replace(Settings(), fail_on=Severity.WARNING, ignore=("P504",))).signature
    assert strict != plain and "fail-on:warning" in str(strict)
    assert strict.checks.split("@")[0] == str(int(plain.checks.split("@")[0]) - 1)
