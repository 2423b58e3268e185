"""Large runs use worker processes and drop parsed documents; they must report exactly
what the careful single-process path reports, line and column included."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from forloebkit.checking import check_paths
from forloebkit.checking.parallel import _workers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import write_corpus


def test_workers_and_careful_path_report_identical_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path, 40)
    careful = check_paths([tmp_path])  # keeps documents, so it stays in this process
    monkeypatch.setenv("FORLOEB_WORKERS", "2")
    fast = check_paths([tmp_path], keep_documents=False)
    assert fast.findings == careful.findings
    assert [(p.file, p.items) for p in fast.programs] == [
        (p.file, p.items) for p in careful.programs
    ]
    assert all(p.document is None and p.program is None for p in fast.programs)
    assert len(careful.findings) > 0  # the corpus has programs with mistakes
    assert {f.code for f in careful.findings} >= {"SKM001", "TJK601"}


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORLOEB_WORKERS", raising=False)
    assert _workers(15) == 1
    monkeypatch.setenv("FORLOEB_WORKERS", "3")
    assert _workers(2) == 2
    assert _workers(100) == 3
    monkeypatch.setenv("FORLOEB_WORKERS", "1")
    assert _workers(1000) == 1
