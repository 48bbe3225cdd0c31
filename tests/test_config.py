import tomllib
from pathlib import Path
from typing import Any

import pytest

from tqa import config
from tqa.cache_folder import KeptTable
from tqa.checks import ALL_CHECKS
from tqa.checks.select import select_checks
from tqa.config import Settings, load_settings
from tqa.errors import ConfigError
from tqa.model import Severity


def codes(checks: tuple) -> set[str]:  # type: ignore[type-arg]
    return {c.code for c in checks}


def test_select_by_prefix_and_ignore_by_name() -> None:
    chosen = select_checks(ALL_CHECKS, select=["N"], ignore=["name-missing"])
    assert codes(chosen) == {c.code for c in ALL_CHECKS if c.code.startswith("N") and c.name != "name-missing"}


def test_most_specific_selector_wins() -> None:
    chosen = select_checks(ALL_CHECKS, select=["N102"], ignore=["N1"])
    assert codes(chosen) == {"N102"}


def test_unknown_selector_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="names no check"):
        select_checks(ALL_CHECKS, select=["Z999"])


def test_severity_override() -> None:
    chosen = select_checks(ALL_CHECKS, select=["N103"], severity=[("N103", Severity.ERROR)])
    assert [c.severity for c in chosen] == [Severity.ERROR]


def test_precedence_command_line_over_file_over_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqa]\nfail_on = "warning"\nignore = ["O302"]\n[tool.tqa.severity]\nN103 = "error"\n', encoding="utf-8"
    )
    settings = load_settings(tmp_path, {"ignore": ("N101",), "fail_on": None})
    assert settings.fail_on == Severity.WARNING
    assert settings.ignore == ("N101",)
    assert settings.severity == (("N103", Severity.ERROR),)
    assert settings.config_file == str(tmp_path / "pyproject.toml")


def test_tqa_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.tqa]\nfail_on = "warning"\n', encoding="utf-8")
    (tmp_path / "tqa.toml").write_text('fail_on = "info"\n', encoding="utf-8")
    assert load_settings(tmp_path, {}).fail_on == Severity.INFO


@pytest.mark.parametrize(
    ("text", "message"),
    [("fail_on = 'fatal'\n", "unknown severity"), ("colour = 1\n", "unknown setting"), ("x = \n", "not valid TOML")],
)
def test_bad_config_files(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "tqa.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(tmp_path, {})


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next process sees: this one's verdicts written, then read back from the file."""
    kept = config._WITHOUT_TABLE
    kept.save()
    monkeypatch.setattr(config, "_WITHOUT_TABLE", KeptTable(kept.kind, kept.build, kept.keep))


def test_a_pyproject_known_to_hold_no_tqa_settings_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "pyproject.toml"
    project.write_text('[project]\nname = "tqa"\n\n[tool.ruff]\nline-length = 100\n', encoding="utf-8")
    parsed: list[str] = []
    loads = tomllib.loads

    def counted(text: str, **options: Any) -> dict[str, Any]:
        parsed.append(text)
        return loads(text, **options)

    monkeypatch.setattr(tomllib, "loads", counted)
    for _ in range(3):
        _next_run(monkeypatch)
        assert load_settings(tmp_path, {}) == Settings()
    assert len(parsed) == 1
    # Edited, the file is another: read afresh, and its table applies.
    project.write_text(project.read_text(encoding="utf-8") + '[tool.tqa]\nfail_on = "info"\n', encoding="utf-8")
    for _ in range(2):
        _next_run(monkeypatch)
        assert load_settings(tmp_path, {}).fail_on == Severity.INFO
    assert len(parsed) == 3


@pytest.mark.parametrize("text", ["[project]\nname = \n", '[tool]\ntqa = "strict"\n', "tool = 1\n"])
def test_a_bad_pyproject_is_said_at_every_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    for _ in range(2):
        _next_run(monkeypatch)
        with pytest.raises(ConfigError):
            load_settings(tmp_path, {})


def test_every_mistake_of_a_config_file_is_named_each_on_its_own_line(tmp_path: Path) -> None:
    """new-user review 12: `fail_on = "warnings"` and `ignor` gave only one of the two."""
    import subprocess
    import sys

    (tmp_path / "tqa.toml").write_text('fail_on = "warnings"\nignor = ["N105"]\n[severity]\nN101 = "loud"\nP504 = "info"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path, {})
    assert [p.what for p in raised.value.problems] == [
        "unknown setting(s) ignor",
        "fail_on: unknown severity 'warnings'",
        "severity.N101: unknown severity 'loud'",
    ]
    assert "\n" not in str(raised.value)  # one line where one line is kept (a batch's index)
    result = subprocess.run([sys.executable, "-m", "tqa", "config"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert [line.split(": ", 3)[3] for line in result.stderr.splitlines()] == [
        "unknown setting(s) ignor (use direction, fail_on, glossaries, ignore, select, severity, waivers)",
        "fail_on: unknown severity 'warnings' (use error, warning or info)",
        "severity.N101: unknown severity 'loud' (use error, warning or info)",
    ]
