"""README's tqa-report/1 example and what tqa writes agree, key for key: the JSON report
is a public interface, and its documentation is how a newsroom's tools learn it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tqa.config import Settings
from tqa.model import Severity
from tqa.pipeline import run
from tqa.report.json_report import render_json

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAIR = ROOT / "samples" / "clean.ar.md", ROOT / "samples" / "clean.en.md"


def _documented_keys() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The JSON report (`tqa-report/1`)") :]
    block = section[section.index("```\n") + 4 : section.index("\n```", section.index("```\n") + 4)]
    return re.findall(r'^[{ ]"(\w+)":', block, re.MULTILINE)


def _report(*paths: Path) -> dict[str, object]:
    report = run(paths[0], paths[1] if len(paths) > 1 else None, Settings())
    data: dict[str, object] = json.loads(render_json(report, Severity.ERROR))
    return data


def test_the_documented_example_has_the_keys_of_a_pair_report_in_their_order() -> None:
    assert _documented_keys() == list(_report(*PAIR))


def test_the_mode_says_pair_or_single_article() -> None:
    assert _report(*PAIR)["mode"] == "pair"
    single = _report(PAIR[1])
    assert single["mode"] == "single-article" and single["alignment"] == []


def test_the_absent_side_of_a_single_article_says_so() -> None:
    """A new user's review: the absent source read `lang: "ar"`, `path: ""` as if a file had been
    read. It keeps its keys and types (tqa-report/1 is only extended) and says `present: false`."""
    pair, single = _report(*PAIR), _report(PAIR[1])
    absent = single["source"]
    assert isinstance(absent, dict) and absent["present"] is False
    assert list(absent) == [*pair["source"], "present"]  # type: ignore[misc]
    assert (absent["path"], absent["format"], absent["segments"], absent["lang"]) == ("", "none", [], "ar")
    assert "present" not in single["target"] and "present" not in pair["source"] and "present" not in pair["target"]  # type: ignore[operator]
    assert '"present": false' in README.read_text(encoding="utf-8")
