"""Output files are written whole: every document goes through write_atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forloebkit.files import write_atomically
from forloebkit.rendering.writer import WRITE_IN_THREADS_FROM, Document, write_documents


def test_every_document_is_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def recording(path: Path, content: str | bytes) -> None:
        calls.append(path)
        write_atomically(path, content)

    monkeypatch.setattr("forloebkit.rendering.writer.write_atomically", recording)
    docs = [Document("a.html", "<p>a</p>\n"), Document("index.html", "<p>i</p>\n")]
    written = write_documents(tmp_path / "ny", docs)
    assert calls == written == [tmp_path / "ny" / "a.html", tmp_path / "ny" / "index.html"]
    assert (tmp_path / "ny" / "a.html").read_text(encoding="utf-8") == "<p>a</p>\n"


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "a.html"
    old.write_text("gammel udgave", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_documents(tmp_path, [Document("a.html", "ny udgave " * 1000)])
    assert old.read_text(encoding="utf-8") == "gammel udgave"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]


def test_many_documents_are_written_in_order_by_threads(tmp_path: Path) -> None:
    docs = [
        Document(f"p{n:03}.html", f"<p>{n}</p>\n" * n) for n in range(WRITE_IN_THREADS_FROM * 3)
    ]
    written = write_documents(tmp_path, docs)
    assert written == [tmp_path / doc.name for doc in docs]
    assert [path.read_text(encoding="utf-8") for path in written] == [doc.text for doc in docs]
    assert sorted(p.name for p in tmp_path.iterdir()) == [doc.name for doc in docs]


def test_a_failed_write_among_many_raises_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_for_p007(path: Path, content: str | bytes) -> None:
        if path.name == "p007.html":
            raise OSError(28, "No space left on device")
        write_atomically(path, content)

    monkeypatch.setattr("forloebkit.rendering.writer.write_atomically", failing_for_p007)
    docs = [Document(f"p{n:03}.html", "<p>x</p>\n") for n in range(WRITE_IN_THREADS_FROM * 3)]
    with pytest.raises(OSError, match="No space left"):
        write_documents(tmp_path, docs)
    names = {p.name for p in tmp_path.iterdir()}
    assert "p007.html" not in names
    assert names <= {doc.name for doc in docs}  # whole documents only, no temporary files
