"""The command line as a user meets it: exit codes and one-line errors, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AR = "وصل الرئيس أحمد الشرع إلى موسكو يوم الثلاثاء. والتقى الرئيس فلاديمير بوتين في الكرملين.\n"
EN = "President Ahmed al-Sharaa arrived in Moscow on Tuesday. He met President Vladimir Putin at the Kremlin.\n"


def tqa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tqa", *args], check=False, capture_output=True, text=True, cwd=cwd or ROOT, timeout=120
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tqa: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_clean_pair_passes_and_writes_reports(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    report_json, report_html = tmp_path / "r.json", tmp_path / "r.html"
    result = tqa(
        "check", str(ar), str(en), "--glossary", "glossaries/syria.yaml", "--json", str(report_json), "--html", str(report_html)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(report_json.read_text(encoding="utf-8"))
    assert data["schema"] == "tqa-report/1"
    assert data["summary"] == {"error": 0, "warning": 0, "info": data["summary"]["info"]}
    assert report_html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "verdict: PASS" in result.stdout


def test_json_to_standard_output_is_json_alone(tmp_path: Path) -> None:
    result = tqa("check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "--json", "-", cwd=ROOT)
    assert result.returncode == 1  # the sample has errors: the exit code still says so
    data = json.loads(result.stdout)
    assert data["schema"] == "tqa-report/1" and data["summary"]["error"] > 0
    assert not (ROOT / "-").exists()


def test_reports_never_overwrite_the_waivers_file_or_each_other(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    waivers = write(tmp_path / "w.json", '{"schema": "tqa-waivers/1", "waivers": []}')
    result = tqa("check", str(ar), str(en), "--waivers", str(waivers), "--json", str(waivers))
    assert_one_line_error(result, "over an input")
    assert waivers.read_text(encoding="utf-8") == '{"schema": "tqa-waivers/1", "waivers": []}'
    report = tmp_path / "r.out"
    assert_one_line_error(tqa("check", str(ar), str(en), "--json", str(report), "--html", str(report)), "same file")
    assert not report.exists()


def test_html_to_standard_output(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    result = tqa("check", str(ar), str(en), "--html", "-", cwd=tmp_path)
    assert result.stdout.startswith("<!DOCTYPE html>") and not (tmp_path / "-").exists()


def test_files_in_either_order_give_the_same_alignment(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.txt", AR), write(tmp_path / "b.txt", EN)
    one, two = tmp_path / "1.json", tmp_path / "2.json"
    tqa("check", str(ar), str(en), "--json", str(one))
    tqa("check", str(en), str(ar), "--json", str(two))
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (one, two))
    assert first["source"]["lang"] == second["source"]["lang"] == "ar"
    assert first["alignment"] == second["alignment"]


def test_a_defect_fails_and_fail_on_decides(tmp_path: Path) -> None:
    ar = write(tmp_path / "a.txt", AR)
    en = write(tmp_path / "b.txt", EN.replace("al-Sharaa", "Al-Shaara"))
    assert tqa("check", str(ar), str(en), "-g", "glossaries/syria.yaml").returncode == 1
    assert tqa("check", str(ar), str(en), "-g", "glossaries/syria.yaml", "--ignore", "N102").returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("missing.txt", None, ["missing.txt", "file not found"]),
        ("empty.txt", "", ["empty.txt", "empty"]),
        ("binary.txt", b"\x00\x01\x02\x03", ["binary.txt", "binary"]),
        (
            "french.txt",
            "Le président est arrivé à Moscou mardi pour des entretiens avec le Kremlin sur l'avenir des bases.",
            ["french.txt", "neither Arabic nor English"],
        ),
        ("digits.txt", "2024 2025 — 12,000", ["digits.txt", "neither Arabic nor English"]),
        ("article.pdf", b"%PDF-1.7\n...", ["article.pdf", "is a PDF file"]),
        ("article.rtf", b"{\\rtf1\\ansi President arrived}", ["article.rtf", "is an RTF file"]),
        ("nobom.txt", AR.encode("utf-16-le"), ["nobom.txt", "UTF-16", "save the file as UTF-8"]),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, name: str, content: str | bytes | None, words: list[str]) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    en = write(tmp_path / "en.txt", EN)
    assert_one_line_error(tqa("check", str(path), str(en)), *words)


def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-32"):  # Windows Notepad's "Unicode", and its wider cousin
        ar = tmp_path / f"a.{encoding}.ar.txt"
        ar.write_bytes(AR.encode(encoding))
        result = tqa("check", str(ar), str(write(tmp_path / "a.en.txt", EN)))
        assert result.returncode == 0, result.stderr
        assert "(ar, 2 segments)" in result.stdout


def test_two_files_in_one_language(tmp_path: Path) -> None:
    one, two = write(tmp_path / "1.txt", EN), write(tmp_path / "2.txt", EN)
    assert_one_line_error(tqa("check", str(one), str(two)), "both files are in English")


def test_malformed_glossary_names_file_and_line(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.txt", AR), write(tmp_path / "b.txt", EN)
    glossary = write(tmp_path / "g.yaml", "entries:\n  - id: x\n    type: place\n    en: [oops\n")
    assert_one_line_error(tqa("check", str(ar), str(en), "-g", str(glossary)), "g.yaml:5", "not valid YAML")


def test_report_is_never_written_over_an_input(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.txt", AR), write(tmp_path / "b.txt", EN)
    assert_one_line_error(tqa("check", str(ar), str(en), "--json", str(en)), "over an input")
    assert en.read_text(encoding="utf-8") == EN


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert tqa("check").returncode == 2
    assert tqa("check", "a", "b", "--no-such-option").returncode == 2
    assert_one_line_error(tqa("check", "a", "b", "--fail-on", "fatal"), "--fail-on")


def test_checks_explain_config(tmp_path: Path) -> None:
    listing = tqa("checks").stdout
    assert "N102" in listing and "name-forbidden" in listing
    explained = tqa("explain", "name-forbidden")
    assert explained.returncode == 0 and "Why it matters" in explained.stdout
    assert_one_line_error(tqa("explain", "Z999"), "no check")
    write(tmp_path / "tqa.toml", 'fail_on = "warning"\n')
    settings = json.loads(tqa("config", cwd=tmp_path).stdout)
    assert settings["fail_on"] == "warning"


def test_two_unrelated_articles_are_called_out() -> None:
    result = tqa("check", "samples/moscow-visit.ar.md", "samples/wheat-energy.en.md", "--json", "-")
    data = json.loads(result.stdout)
    assert "O304" in [f["code"] for f in data["findings"]] and result.returncode == 1
    assert any(bead["uncertain"] for bead in data["alignment"])
    summary = tqa("check", "samples/moscow-visit.ar.md", "samples/wheat-energy.en.md").stdout
    assert "alignment: unsure of " in summary and "check findings there by eye" in summary


def test_the_summary_says_when_the_direction_is_the_default(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    assert "--direction en-ar" in tqa("check", str(ar), str(en)).stdout
    assert "taken as the source" not in tqa("check", str(ar), str(en), "--direction", "ar-en").stdout


def test_no_output_replaces_the_config_file_or_a_glossary(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    config = write(tmp_path / "tqa.toml", 'fail_on = "error"\n')
    assert_one_line_error(tqa("check", str(ar), str(en), "--json", str(config), cwd=tmp_path), "over an input")
    assert config.read_text(encoding="utf-8") == 'fail_on = "error"\n'
    glossary = tmp_path / "g.yaml"
    glossary.write_text((ROOT / "glossaries" / "syria.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert_one_line_error(tqa("align", str(ar), str(en), "-g", str(glossary), "-o", str(glossary)), "over an input")


def test_a_bad_direction_in_the_config_file_is_one_clear_error(tmp_path: Path) -> None:
    ar, en = write(tmp_path / "a.ar.txt", AR), write(tmp_path / "a.en.txt", EN)
    write(tmp_path / "tqa.toml", 'direction = "en"\n')
    assert_one_line_error(tqa("check", str(ar), str(en), cwd=tmp_path), "direction 'en' is not ar-en or en-ar")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_standard_output_that_cannot_be_written_is_one_line() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run(
            [sys.executable, "-m", "tqa", "check", "samples/clean.ar.md", "samples/clean.en.md", "--json", "-"],
            check=False,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert (
        result.returncode == 2
        and result.stderr.startswith("tqa: error: cannot write the output")
        and "Traceback" not in result.stderr
    )


def test_quiet_prints_the_counts_and_the_verdict_only() -> None:
    """-q: the header, the counts, the verdict and the signature; no finding, no hint,
    and no '… and N more' pointing at reports that were not asked for."""
    result = tqa("check", "samples/moscow-visit.ar.md", "samples/wheat-energy.en.md", "-q")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[1:]] == ["findings", "verdict", "signature"], lines
    full = tqa("check", "samples/moscow-visit.ar.md", "samples/wheat-energy.en.md").stdout
    assert len(full.splitlines()) > len(lines)
    assert lines[0] == full.splitlines()[0] and lines[0].startswith("tqa ")  # the header line


def test_the_help_and_readme_say_what_quiet_prints() -> None:
    """new-user review 12: -q was "only the counts and the verdict" but printed the header and
    the signature too (kept: the signature says how the verdict was reached). Both say so now."""
    import re

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split("## Using it")[1].split("```")[1].split())
    said = re.sub(r"\s*#\s*", " ", readme)
    assert "-q: no findings, only the header line, the counts, the verdict and the signature" in said
    help_text = " ".join(tqa("check", "--help").stdout.split())
    assert "the header line, the counts, the verdict and the signature" in help_text


def test_both_reports_to_standard_output_is_one_line_error() -> None:
    result = tqa("check", "samples/moscow-visit.ar.md", "samples/moscow-visit.en.md", "--json", "-", "--html", "-")
    assert_one_line_error(result, "standard output")


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("samples/clean.ar.md", "samples/wheat-energy.en.md"),
        ("samples/moscow-visit.ar.md", "tests/articles/bases-talks.en.md"),
        ("tests/articles/port-deal.ar.md", "tests/articles/bases-talks.en.md"),
    ],
)
def test_unrelated_articles_that_share_a_few_words_are_called_out(arabic: str, english: str) -> None:
    """Two articles of one beat share a weekday, a country or a figure in a few pairs; the
    aligner leaves most of their sentences alone, and those count against relatedness
    (new-user review: a water story checked against an oil story raised no O304)."""
    from tqa.config import Settings
    from tqa.pipeline import run

    report = run(ROOT / arabic, ROOT / english, Settings(select=("O304",)))
    assert [f.code for f in report.findings] == ["O304"]
    assert "pair with nothing" in report.findings[0].message
