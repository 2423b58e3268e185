"""A configuration that cannot be used is exit 2 with the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_env import run_forloeb


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('select = ["SKM"]\nstrict = tru\n', 2,
         "Ugyldig TOML: ugyldig værdi (tekst skal stå i anførselstegn)."),
        ('a = 1\na = 2\n', 2, "Ugyldig TOML: nøglen står to gange."),
        ('# kommentar\nselect = ["SKM"]\nstrikt = true\n', 3,
         "Ukendt nøgle 'strikt'. Mente du 'strict'? Tilladte nøgler: select, ignore, include, "
         "exclude, severity, strict, min-coverage."),
        ('select = ["SKM"]\n\nstrict = "ja"\n', 3, "'strict' skal være true eller false."),
        ('select = [\n  "SKM",\n  "XYZ9",\n]\n', 3,
         "'XYZ9' i 'select' er ikke en regelkode eller et præfiks."),
        ('ignore = "TJK"\n', 1,
         "'ignore' skal være en liste af tekster, fx [\"TJK6\"]."),
        ('strict = false\n[severity]\nTJK204 = "advarsel"\nTJK999 = "fejl"\n', 4,
         "'TJK999' under 'severity' er ikke en regelkode."),
        ('[severity]\nTJK204 = "lav"\n', 2,
         "Alvoren for TJK204 skal være fejl, advarsel eller info, ikke 'lav'."),
        ('strict = true\nmin-coverage = 120\n', 2,
         "'min-coverage' skal være et helt tal fra 0 til 100 (procent)."),
    ],
)  # fmt: skip
def test_forloeb_toml_errors(tmp_path: Path, text: str, line: int, message: str) -> None:
    (tmp_path / "forloeb.toml").write_text(text, encoding="utf-8")
    result = run_forloeb("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    config = tmp_path.resolve() / "forloeb.toml"
    assert result.stderr == f"Fejl: {config}:{line}: {message}\n"
    assert result.stdout == ""


def test_pyproject_error_points_into_the_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nignorer = 1\n\n[tool.forloeb]\nselect = ["TJK"]\nignorer = ["SKM"]\n'
    )
    result = run_forloeb("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"Fejl: {tmp_path.resolve() / 'pyproject.toml'}:7: Ukendt nøgle 'ignorer'. Mente du 'ignore'?"
    )


def test_named_config_that_does_not_exist(tmp_path: Path) -> None:
    result = run_forloeb("check", ".", "--config", "nej.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Fejl: nej.toml: Konfigurationsfilen findes ikke.\n"


def test_unknown_code_on_the_command_line(tmp_path: Path) -> None:
    result = run_forloeb("check", ".", "--select", "SKM,ABC", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Fejl: --select: 'ABC' er ikke en regelkode eller et præfiks.\n"
