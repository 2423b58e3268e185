"""Large runs use worker processes and drop parsed documents; they must report exactly
what the careful single-process path reports, line and column included."""

from __future__ import annotations

import pickle
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


def test_results_cross_process_boundaries_whole(tmp_path: Path) -> None:
    """ProgramResult, Finding and FieldSpec pickle as plain fields (faster than the dataclass
    default); every field, item status, missing field and sub-decision must survive."""
    write_corpus(tmp_path, 8)
    run = check_paths([tmp_path], keep_documents=True)
    results = run.programs
    assert any(p.findings for p in results)
    assert any(r.missing for p in results for r in p.items)
    assert any(r.parts for p in results for r in p.items)
    assert all(p.document is not None for p in results)
    back = pickle.loads(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))
    fields = ("file", "title", "items", "findings", "program")
    assert [[getattr(p, f) for f in fields] for p in back] == [
        [getattr(p, f) for f in fields] for p in results
    ]
    for sent, kept in zip(back, results, strict=True):  # (ruamel's marks have no ==)
        assert sent.document is not None and kept.document is not None
        assert sent.document.data == kept.document.data
        assert {path: (m.line, m.column) for path, m in sent.document.value_marks.items()} == {
            path: (m.line, m.column) for path, m in kept.document.value_marks.items()
        }
    first = back[0].items[0]
    assert first.item is results[0].items[0].item  # the checklist item itself, by number
