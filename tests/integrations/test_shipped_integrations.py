"""The files forloebkit ships for CI: the pre-commit hook, the GitHub Action, the GitLab template."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from helpers import BASE_ENV, DATA, ROOT

_yaml = YAML(typ="safe", pure=True)


def _load(path: Path) -> Any:
    return _yaml.load(path.read_text(encoding="utf-8"))


def _forloeb_bin() -> str:
    return str(Path(sys.executable).parent / "forloeb")


def test_pre_commit_hook_definition() -> None:
    (hook,) = _load(ROOT / ".pre-commit-hooks.yaml")
    assert hook["id"] == "forloeb-check"
    assert hook["files"] == r"\.ya?ml$"
    pattern = re.compile(hook["files"])
    assert pattern.search("programmer/a.yaml") and pattern.search("b.yml")
    assert not pattern.search("forloeb.toml")


def _run_hook(*files: str) -> subprocess.CompletedProcess[str]:
    """Run the hook as pre-commit does: entry, then args, then the file names."""
    (hook,) = _load(ROOT / ".pre-commit-hooks.yaml")
    command = shlex.split(hook["entry"])
    assert command[0] == "forloeb"
    argv = [_forloeb_bin(), *command[1:], *hook.get("args", []), *files]
    return subprocess.run(
        argv, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=BASE_ENV, check=False
    )


def test_pre_commit_hook_entry_fails_on_a_broken_program() -> None:
    result = _run_hook(str(DATA.relative_to(ROOT) / "udkast-formater.yaml"))
    assert result.returncode == 1
    assert "tests/data/udkast-formater.yaml:43:3 SKM001 Ukendt nøgle" in result.stdout
    assert "tip:" not in result.stdout  # the hook's args ask for findings only


def test_pre_commit_hook_entry_passes_complete_programs() -> None:
    result = _run_hook("examples/skizofreni.yaml", "examples/depression.yaml")
    assert result.returncode == 0, result.stdout


def test_github_action() -> None:
    action = _load(ROOT / "action.yml")
    assert set(action["inputs"]) >= {"paths", "format", "version"}
    assert action["inputs"]["format"]["default"] == "github"
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    install = steps[0]["run"]
    assert "pip install" in install and "${{ github.action_path }}" in install
    commands = " ".join(step["run"] for step in steps)
    assert 'forloeb check --format "$FORLOEB_FORMAT"' in commands
    assert "forloeb rapport" in commands  # writes the overview to GITHUB_STEP_SUMMARY
    assert all(step["shell"] == "bash" for step in steps)


def test_gitlab_template() -> None:
    template = _load(ROOT / "ci" / "gitlab" / "forloeb.gitlab-ci.yml")
    job = template["forloeb"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert (
        "forloeb check --format gitlab --output gl-code-quality-report.json $FORLOEB_PATHS"
        in job["script"]
    )
