"""Run ``forloeb`` in a subprocess with extra environment variables or another folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import ROOT

BASE_ENV = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", "LANG": "C.UTF-8"}


def run_forloeb(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forloebkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**BASE_ENV, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
        check=False,
    )
