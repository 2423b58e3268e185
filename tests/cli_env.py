"""Run ``forloeb`` in a subprocess with extra environment variables or another folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

from helpers import ROOT, run_cli


def run_forloeb(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """:func:`helpers.run_cli` from any folder: the source tree is put on PYTHONPATH."""
    return run_cli(*args, cwd=cwd, env={"PYTHONPATH": str(ROOT / "src"), **(env or {})})
