from pathlib import Path

import pytest

from tqa.checks import ALL_CHECKS
from tqa.checks.select import select_checks
from tqa.config import load_settings
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
