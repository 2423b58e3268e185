"""``--format gitlab``: the Code Quality JSON shape GitLab reads."""

from __future__ import annotations

import json
from pathlib import Path

from cli_env import run_forloeb

DRAFT = "tests/data/udkast-formater.yaml"


def test_code_quality_shape() -> None:
    result = run_forloeb("check", "--format", "gitlab", DRAFT)
    assert result.returncode == 1
    issues = json.loads(result.stdout)
    assert len(issues) == 26
    assert issues[3] == {
        "description": "SKM003 'version' skal være tekst, men er tallet 0.3.",
        "check_name": "SKM003",
        "fingerprint": issues[3]["fingerprint"],
        "severity": "major",
        "location": {"path": DRAFT, "lines": {"begin": 10}},
    }
    assert {i["severity"] for i in issues} == {"major", "minor"}
    assert all(len(i["fingerprint"]) == 32 for i in issues)
    assert len({i["fingerprint"] for i in issues}) == 26


def test_clean_programs_give_an_empty_list() -> None:
    result = run_forloeb("check", "--format", "gitlab", "examples/")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


def test_output_file_gets_the_format_and_the_terminal_text(tmp_path: Path) -> None:
    target = tmp_path / "gl-code-quality-report.json"
    result = run_forloeb("check", "--format", "gitlab", "--output", str(target), DRAFT)
    assert result.returncode == 1
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 26
    assert "tests/data/udkast-formater.yaml:10:12 SKM003 'version' skal være tekst" in result.stdout
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_output_into_a_missing_folder_is_exit_2(tmp_path: Path) -> None:
    result = run_forloeb(
        "check", "--format", "sarif", "-o", str(tmp_path / "nej" / "r.sarif"), DRAFT
    )
    assert result.returncode == 2
    assert result.stderr.startswith("Fejl: Mappen ")


def test_output_without_a_format_writes_the_text_report(tmp_path: Path) -> None:
    target = tmp_path / "fund.txt"
    result = run_forloeb("check", "--output", str(target), DRAFT, env={"GITHUB_ACTIONS": "true"})
    written = target.read_text(encoding="utf-8")
    assert written.startswith(
        "tests/data/udkast-formater.yaml — Forløbsprogram for voksne med angstlidelser\n"
    )
    assert "tests/data/udkast-formater.yaml:43:3 SKM001 Ukendt nøgle" in written
    assert "::error" not in written and "::error" not in result.stdout
