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
    commands = " ".join(step["run"] for step in steps)
    assert 'forloeb check --format "$FORLOEB_FORMAT"' in commands
    assert "forloeb rapport" in commands  # writes the overview to GITHUB_STEP_SUMMARY
    assert all(step["shell"] == "bash" for step in steps)


#: Stands in for the runner's python3 in the install step: logs what it is asked to do, makes
#: the folders "-m venv" would, and reports the version in STUB_VERSION ("no-venv": a Python
#: without the venv module's ensurepip, as Debian's without python3-venv).
_STUB_PYTHON = """#!/bin/sh
echo "$*" >> "$STUB_LOG"
case "$1" in
  -c) [ "$STUB_VERSION" = 3.10.12 ] && exit 1; exit 0 ;;
  --version) echo "Python $STUB_VERSION" ;;
  -m) if [ "$2" = venv ]; then
        [ "$STUB_VERSION" = no-venv ] && { echo "ensurepip is not available" >&2; exit 1; }
        mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
      fi ;;
esac
"""


def _run_install_step(tmp_path: Path, version: str, python: str) -> tuple[int, str, str, str]:
    """Run the action's install step as a runner does (bash -e), with a stub Python first on
    the PATH: (exit code, stdout, the stub's log, what the step added to GITHUB_PATH)."""
    install = _load(ROOT / "action.yml")["runs"]["steps"][0]["run"]
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    stub = stubs / "python3"
    stub.write_text(_STUB_PYTHON, encoding="utf-8")
    stub.chmod(0o755)
    log, github_path = tmp_path / "log", tmp_path / "github_path"
    env = {
        "PATH": f"{stubs}:/usr/bin:/bin", "STUB_LOG": str(log), "STUB_VERSION": python,
        "RUNNER_TEMP": str(tmp_path), "GITHUB_PATH": str(github_path),
        "GITHUB_ACTION_PATH": "/handlinger/forloebkit", "FORLOEB_VERSION": version,
    }  # fmt: skip
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", install],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    return result.returncode, result.stdout, _text_or_empty(log), _text_or_empty(github_path)


def _text_or_empty(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_github_action_installs_into_its_own_virtual_environment(tmp_path: Path) -> None:
    code, _, log, github_path = _run_install_step(tmp_path, "", "3.12.3")
    venv = tmp_path / "forloebkit-venv"
    assert code == 0
    assert f"-m venv {venv}\n" in log
    assert log.endswith(
        "-m pip install --disable-pip-version-check --quiet /handlinger/forloebkit\n"
    )
    assert github_path == f"{venv}/bin\n"


def test_github_action_installs_the_version_asked_for(tmp_path: Path) -> None:
    code, _, log, _ = _run_install_step(tmp_path, "0.1.0", "3.12.3")
    assert code == 0
    assert log.endswith("--quiet forloebkit==0.1.0\n")


def test_github_action_explains_a_too_old_python(tmp_path: Path) -> None:
    code, stdout, log, github_path = _run_install_step(tmp_path, "", "3.10.12")
    assert code == 1
    assert stdout == (
        "::error title=forloeb::forloebkit kræver Python 3.11 eller nyere, men runneren har "
        "Python 3.10.12. Tilføj actions/setup-python (3.11 eller nyere) før forloeb-actionen.\n"
    )
    assert "venv" not in log and github_path == ""


def test_github_action_explains_a_python_without_venv(tmp_path: Path) -> None:
    code, stdout, log, github_path = _run_install_step(tmp_path, "", "no-venv")
    assert code == 1
    assert stdout.startswith(
        "::error title=forloeb::Kunne ikke oprette et virtuelt miljø med '"
    ) and stdout.endswith(
        "python3 -m venv' (mangler pakken python3-venv?). Tilføj actions/setup-python "
        "(3.11 eller nyere) før forloeb-actionen.\n"
    )
    assert "pip" not in log and github_path == ""


def test_gitlab_template() -> None:
    template = _load(ROOT / "ci" / "gitlab" / "forloeb.gitlab-ci.yml")
    job = template["forloeb"]
    assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert (
        "forloeb check --format gitlab --output gl-code-quality-report.json $FORLOEB_PATHS"
        in job["script"]
    )
