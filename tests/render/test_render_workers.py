"""Rendering in worker processes writes exactly what rendering in one process writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from helpers import DATA, EXAMPLES, ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import write_corpus


def _render(source: Path, out: Path, workers: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("render", str(source), "-o", str(out), *args, env={"FORLOEB_WORKERS": workers})


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_workers_write_the_same_documents(tmp_path: Path) -> None:
    source = tmp_path / "programmer"
    write_corpus(source, 20)
    for path in [*EXAMPLES.glob("*.yaml"), DATA / "udkast-angst.yaml"]:
        shutil.copy(path, source / path.name)
    serial = _render(source, tmp_path / "serielt", "1", "-f", "alle")
    parallel = _render(source, tmp_path / "parallelt", "2", "-f", "alle")
    assert serial.returncode == parallel.returncode == 0, serial.stderr + parallel.stderr
    assert serial.stdout.replace("serielt", "X") == parallel.stdout.replace("parallelt", "X")
    assert _contents(tmp_path / "serielt") == _contents(tmp_path / "parallelt")
    assert len(_contents(tmp_path / "serielt")) == 2 * (20 + 4 + 1)


def test_workers_and_one_party(tmp_path: Path) -> None:
    source = tmp_path / "programmer"
    write_corpus(source, 18)
    serial = _render(source, tmp_path / "a", "1", "--part", "roskilde")
    parallel = _render(source, tmp_path / "b", "2", "--part", "roskilde")
    assert serial.returncode == parallel.returncode == 0, serial.stderr + parallel.stderr
    assert _contents(tmp_path / "a") == _contents(tmp_path / "b")
    assert _contents(tmp_path / "a")
