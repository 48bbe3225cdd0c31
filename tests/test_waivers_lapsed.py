"""Waivers that no finding answers to any more are said, so an editor prunes them."""

from __future__ import annotations

import json
from pathlib import Path

from tqa.config import Settings
from tqa.model import Severity
from tqa.pipeline import run
from tqa.report.html_report import render_html
from tqa.report.json_report import render_json
from tqa.report.text import render_text

ROOT = Path(__file__).resolve().parent.parent
AR, EN = ROOT / "samples" / "moscow-visit.ar.md", ROOT / "samples" / "moscow-visit.en.md"
GLOSSARY = str(ROOT / "glossaries" / "syria.yaml")


def _waivers(tmp_path: Path, *waivers: dict[str, str]) -> str:
    path = tmp_path / "waivers.json"
    path.write_text(json.dumps({"schema": "tqa-waivers/1", "waivers": list(waivers)}), encoding="utf-8")
    return str(path)


def test_a_waiver_whose_finding_is_gone_is_listed_and_one_that_matches_is_not(tmp_path: Path) -> None:
    first = run(AR, EN, Settings(glossaries=(GLOSSARY,))).findings[0]
    matching = {"code": first.code, "fingerprint": first.fingerprint, "reason": "house style"}
    lapsed = {"code": "N103", "fingerprint": "0123456789abcdef", "reason": "old <b>edit</b>"}
    report = run(AR, EN, Settings(glossaries=(GLOSSARY,), waivers=_waivers(tmp_path, matching, lapsed)))

    assert report.summary.waived == 1
    assert [(w.code, w.fingerprint) for w in report.lapsed_waivers] == [("N103", "0123456789abcdef")]
    data = json.loads(render_json(report, Severity.ERROR))
    assert data["counts"]["waivers_lapsed"] == 1 and data["counts"]["waived"] == 1
    assert data["lapsed_waivers"] == [lapsed]
    assert "waivers: 1 waiver matched no finding" in render_text(report, Severity.ERROR)
    page = render_html(report, Severity.ERROR)
    assert 'id="lapsed-waivers"' in page and "old &lt;b&gt;edit&lt;/b&gt;" in page and "<b>edit</b>" not in page


def test_without_lapsed_waivers_nothing_is_said(tmp_path: Path) -> None:
    report = run(AR, EN, Settings(glossaries=(GLOSSARY,)))
    data = json.loads(render_json(report, Severity.ERROR))
    assert data["lapsed_waivers"] == [] and data["counts"]["waivers_lapsed"] == 0
    assert "matched no finding" not in render_text(report, Severity.ERROR)
    assert "lapsed-waivers" not in render_html(report, Severity.ERROR)
