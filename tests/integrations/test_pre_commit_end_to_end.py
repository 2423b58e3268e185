"""End to end: a collection made by ``init --samling`` refuses a commit of a broken program.

The collection's own ``.pre-commit-config.yaml`` is used as written: a ``repo: local``
hook with ``language: system``, which runs the ``forloeb`` installed beside the test's
Python. That needs no network (a remote hook would clone and pip-install). The hook
definition forloebkit ships for other repositories (``.pre-commit-hooks.yaml``) is
exercised by test_shipped_integrations.py, which runs its entry with its args.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import DATA, EXAMPLES

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git er ikke installeret (git is not installed)"
)


def _env(tmp_path: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(tmp_path / "home"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
        "NO_COLOR": "1",
        "LANG": "C.UTF-8",
    }


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_commit_of_a_broken_program_is_refused(tmp_path: Path) -> None:
    env = _env(tmp_path)
    (tmp_path / "home").mkdir()
    repo = tmp_path / "programmer-repo"
    forloeb = str(Path(sys.executable).parent / "forloeb")
    assert _run([forloeb, "init", "--samling", str(repo)], tmp_path, env).returncode == 0
    assert _run(["git", "init", "-q", "-b", "main"], repo, env).returncode == 0
    installed = _run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stderr

    # The scaffold and a complete program go in.
    shutil.copy(EXAMPLES / "skizofreni.yaml", repo / "programmer" / "skizofreni.yaml")
    _run(["git", "add", "-A"], repo, env)
    first = _run(["git", "commit", "-q", "-m", "Samling og skizofreni"], repo, env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "forloeb check" in first.stdout + first.stderr  # the hook ran

    # A draft with errors is refused, with the finding on its exact line.
    shutil.copy(DATA / "udkast-formater.yaml", repo / "programmer" / "angst.yaml")
    _run(["git", "add", "programmer/angst.yaml"], repo, env)
    refused = _run(["git", "commit", "-q", "-m", "Udkast"], repo, env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "programmer/angst.yaml:43:3 SKM001 Ukendt nøgle 'stratifisering'" in output
    log = _run(["git", "log", "--format=%s"], repo, env).stdout.splitlines()
    assert log == ["Samling og skizofreni"]
