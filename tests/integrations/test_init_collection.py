"""``forloeb init --samling``: the files of a programs repository, never over existing ones."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ruamel.yaml import YAML

from cli_env import run_forloeb
from forloebkit.collection import FILES
from forloebkit.config import load_config
from forloebkit.rules import all_rules

EXPECTED = [
    "README.md",
    "programmer/README.md",
    "forloeb.toml",
    ".pre-commit-config.yaml",
    ".github/workflows/forloeb.yml",
    ".gitlab-ci.yml",
]


def test_creates_the_collection(tmp_path: Path) -> None:
    result = run_forloeb("init", "--samling", "samling", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    root = tmp_path / "samling"
    assert list(FILES.values()) == EXPECTED
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) == sorted(
        EXPECTED
    )
    assert result.stdout.splitlines()[0] == "Skrev samling/README.md"
    config = load_config(root / "forloeb.toml", frozenset(all_rules()))
    assert config.include == ("programmer/*",)
    assert config.min_coverage == 50


def test_generated_ci_files_are_wired_to_forloeb_check(tmp_path: Path) -> None:
    run_forloeb("init", "--samling", ".", cwd=tmp_path)
    yaml = YAML(typ="safe", pure=True)
    hooks = yaml.load(tmp_path / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    assert hooks[0]["id"] == "forloeb-check"
    assert hooks[0]["entry"] == "forloeb check"
    workflow = yaml.load(tmp_path / ".github/workflows/forloeb.yml")
    runs = [step.get("run", "") for step in workflow["jobs"]["check"]["steps"]]
    assert "forloeb check --format github programmer/" in runs
    gitlab = yaml.load(tmp_path / ".gitlab-ci.yml")["forloeb"]
    assert gitlab["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert any("--format gitlab" in line for line in gitlab["script"])
    assert tomllib.loads((tmp_path / "forloeb.toml").read_text(encoding="utf-8"))["strict"] is False


def test_existing_files_are_listed_and_kept(tmp_path: Path) -> None:
    (tmp_path / "forloeb.toml").write_text("# min egen\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Vores programmer\n", encoding="utf-8")
    result = run_forloeb("init", "--samling", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (
        "Fejl: Disse filer findes allerede og overskrives ikke:\n"
        f"  {tmp_path}/README.md\n  {tmp_path}/forloeb.toml\n"
        "Brug --force for at overskrive.\n"
    )
    assert (tmp_path / "forloeb.toml").read_text(encoding="utf-8") == "# min egen\n"
    assert not (tmp_path / "programmer").exists()  # nothing written at all


def test_force_overwrites(tmp_path: Path) -> None:
    (tmp_path / "forloeb.toml").write_text("# min egen\n", encoding="utf-8")
    result = run_forloeb("init", "--samling", str(tmp_path), "--force")
    assert result.returncode == 0
    assert "min-coverage" in (tmp_path / "forloeb.toml").read_text(encoding="utf-8")


def test_a_program_and_a_collection_at_once_is_refused(tmp_path: Path) -> None:
    result = run_forloeb("init", "ny.yaml", "--samling", "samling", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Fejl: Angiv enten FIL eller --samling MAPPE, ikke begge.\n"
    assert list(tmp_path.iterdir()) == []


def test_neither_a_program_nor_a_collection_is_refused(tmp_path: Path) -> None:
    result = run_forloeb("init", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Fejl: Angiv den nye programfil (FIL) eller --samling MAPPE.\n"


def test_a_file_in_the_way_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "samling").write_text("", encoding="utf-8")
    result = run_forloeb("init", "--samling", "samling", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "Fejl: 'samling' findes og er ikke en mappe.\n"


def test_paths_in_the_way_stop_everything_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "forloeb.toml").mkdir()  # a folder where a file must be
    (tmp_path / ".github").write_text("", encoding="utf-8")  # a file where a folder must be
    result = run_forloeb("init", "--samling", ".", "--force", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "Fejl: Disse stier står i vejen (en mappe, hvor en fil skal være, eller omvendt):\n"
        "  forloeb.toml\n  .github\nFlyt dem, og prøv igen. Intet er skrevet.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [".github", "forloeb.toml"]
