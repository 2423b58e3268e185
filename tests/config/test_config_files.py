"""forloeb.toml and [tool.forloeb]: where they are found, what wins, what they change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cli_env import run_forloeb
from helpers import DATA

DRAFT = DATA / "udkast-formater.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "programmer").mkdir()
    shutil.copy(DRAFT, tmp_path / "programmer" / "angst.yaml")
    return tmp_path


def _codes(stdout: str) -> list[str]:
    """The codes of the finding lines (``fil:linje:kolonne KODE ...``), in order."""
    return re.findall(r"^\S+:\d+:\d+ ([A-Z]{3}\d{3})", stdout, re.MULTILINE)


def test_without_configuration_everything_is_reported(repo: Path) -> None:
    result = run_forloeb("check", "programmer/", cwd=repo)
    assert result.returncode == 1
    assert len(_codes(result.stdout)) == 26


def test_forloeb_toml_select_and_ignore(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM", "TJK2"]\nignore = ["TJK204"]\n')
    result = run_forloeb("check", "programmer/", cwd=repo)
    assert _codes(result.stdout) == ["SKM003", "TJK203", "TJK201", "TJK202", "SKM001"]


def test_found_by_walking_up_from_a_subfolder(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM"]\n')
    result = run_forloeb("check", "angst.yaml", cwd=repo / "programmer")
    assert _codes(result.stdout) == ["SKM003", "SKM001"]


def test_nearest_configuration_wins_and_the_search_stops_there(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM"]\n')
    (repo / "programmer" / "pyproject.toml").write_text('[tool.forloeb]\nselect = ["SKM001"]\n')
    result = run_forloeb("check", "angst.yaml", cwd=repo / "programmer")
    assert "SKM001" in result.stdout and "SKM003" not in result.stdout


def test_pyproject_without_tool_forloeb_is_passed_by(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM003"]\n')
    (repo / "programmer" / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
    result = run_forloeb("check", "angst.yaml", cwd=repo / "programmer")
    assert "SKM003" in result.stdout and "SKM001" not in result.stdout


def test_forloeb_toml_wins_over_pyproject_in_the_same_folder(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM003"]\n')
    (repo / "pyproject.toml").write_text('[tool.forloeb]\nselect = ["SKM001"]\n')
    result = run_forloeb("check", "programmer/", cwd=repo)
    assert _codes(result.stdout) == ["SKM003"]


def test_pyproject_tool_table(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.forloeb]\nselect = ["SKM001"]\n\n'
        '[tool.forloeb.severity]\nSKM001 = "advarsel"\n'
    )
    result = run_forloeb("check", "programmer/", cwd=repo)
    assert "programmer/angst.yaml:43:3 SKM001 (advarsel) Ukendt nøgle" in result.stdout
    assert result.returncode == 0  # only a warning is left


def test_flags_override_the_file(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM"]\nignore = ["SKM003"]\n')
    result = run_forloeb(
        "check", "programmer/", "--select", "TJK10", "--ignore", "TJK101", cwd=repo
    )
    assert _codes(result.stdout) == ["TJK102"]


def test_config_flag_and_no_config(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["SKM003"]\n')
    other = repo / "andet.toml"
    other.write_text('select = ["SKM001"]\n')
    assert _codes(
        run_forloeb("check", "programmer/", "--config", "andet.toml", cwd=repo).stdout
    ) == ["SKM001"]
    result = run_forloeb("check", "programmer/", "--ingen-konfiguration", cwd=repo)
    assert len(_codes(result.stdout)) == 26


def test_strict_turns_warnings_into_exit_1(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["TJK101"]\n')
    assert run_forloeb("check", "programmer/", cwd=repo).returncode == 0
    assert run_forloeb("check", "programmer/", "--strict", cwd=repo).returncode == 1
    (repo / "forloeb.toml").write_text('select = ["TJK101"]\nstrict = true\n')
    assert run_forloeb("check", "programmer/", cwd=repo).returncode == 1


def test_include_and_exclude_globs(repo: Path) -> None:
    shutil.copy(DRAFT, repo / "programmer" / "gammel.yaml")
    (repo / "arkiv").mkdir()
    shutil.copy(DRAFT, repo / "arkiv" / "2019.yaml")
    (repo / "forloeb.toml").write_text(
        'include = ["programmer/*"]\nexclude = ["programmer/gammel.yaml"]\nselect = ["SKM001"]\n'
    )
    result = run_forloeb("check", ".", cwd=repo)
    assert [line for line in result.stdout.splitlines() if "SKM001" in line] == [
        "programmer/angst.yaml:43:3 SKM001 Ukendt nøgle 'stratifisering' under 'målgruppe'."
    ]


def test_minimum_coverage_has_its_own_code(repo: Path) -> None:
    (repo / "forloeb.toml").write_text('select = ["TJK003"]\nmin-coverage = 50\n')
    result = run_forloeb("check", "programmer/", "--uden-tip", cwd=repo)
    assert result.returncode == 1
    assert (
        "programmer/angst.yaml:8:1 TJK003 Programmet dækker 2 af 22 tjeklistepunkter (9 %); "
        "konfigurationen kræver mindst 50 %." in result.stdout
    )
    (repo / "forloeb.toml").write_text('select = ["TJK003"]\nmin-coverage = 9\n')
    assert run_forloeb("check", "programmer/", cwd=repo).returncode == 0


def test_severity_applies_to_files_that_cannot_be_read(repo: Path) -> None:
    (repo / "programmer" / "ødelagt.yaml").write_text("a: [1, 2\n", encoding="utf-8")
    (repo / "forloeb.toml").write_text('select = ["YML"]\n[severity]\nYML001 = "advarsel"\n')
    result = run_forloeb("check", "programmer/ødelagt.yaml", cwd=repo)
    assert re.search(r"^programmer/ødelagt.yaml:\d+:\d+ YML001 \(advarsel\)", result.stdout, re.M)
    assert result.returncode == 2  # a file that cannot be read is still exit 2
