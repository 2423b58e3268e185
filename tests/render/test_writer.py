"""Output files are written whole: every document goes through write_atomically.

Rendered documents can be made again from the programs, so their writes do not
wait for the disk (no ``fsync``); the user's own files (``init``) still do.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forloebkit.files import write_atomically
from forloebkit.rendering.writer import Document, write_documents

MANY = 48


def test_every_document_is_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, bool]] = []

    def recording(path: Path, content: str | bytes, *, durable: bool = True) -> None:
        calls.append((path, durable))
        write_atomically(path, content, durable=durable)

    monkeypatch.setattr("forloebkit.rendering.writer.write_atomically", recording)
    docs = [Document("a.html", "<p>a</p>\n"), Document("index.html", "<p>i</p>\n")]
    written = write_documents(tmp_path / "ny", docs)
    assert written == [tmp_path / "ny" / "a.html", tmp_path / "ny" / "index.html"]
    assert calls == [(path, False) for path in written]
    assert (tmp_path / "ny" / "a.html").read_text(encoding="utf-8") == "<p>a</p>\n"


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "a.html"
    old.write_text("gammel udgave", encoding="utf-8")

    def broken_fchmod(fd: int, mode: int) -> None:  # after the data, before the rename
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fchmod", broken_fchmod)
    with pytest.raises(OSError, match="No space left"):
        write_documents(tmp_path, [Document("a.html", "ny udgave " * 1000)])
    assert old.read_text(encoding="utf-8") == "gammel udgave"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]


def test_rendered_documents_do_not_wait_for_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    write_documents(tmp_path, [Document(f"p{n}.html", "<p>x</p>\n") for n in range(3)])
    assert synced == []
    write_atomically(tmp_path / "program.yaml", "skemaversion: 1\n")  # the default: durable
    assert len(synced) == 1


def test_many_documents_are_written_in_order(tmp_path: Path) -> None:
    docs = [Document(f"p{n:03}.html", f"<p>{n}</p>\n" * n) for n in range(MANY)]
    written = write_documents(tmp_path, docs)
    assert written == [tmp_path / doc.name for doc in docs]
    assert [path.read_text(encoding="utf-8") for path in written] == [doc.text for doc in docs]
    assert sorted(p.name for p in tmp_path.iterdir()) == [doc.name for doc in docs]


def test_a_failed_write_among_many_stops_there_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_for_p007(path: Path, content: str | bytes, *, durable: bool = True) -> None:
        if path.name == "p007.html":
            raise OSError(28, "No space left on device")
        write_atomically(path, content, durable=durable)

    monkeypatch.setattr("forloebkit.rendering.writer.write_atomically", failing_for_p007)
    docs = [Document(f"p{n:03}.html", "<p>x</p>\n") for n in range(MANY)]
    with pytest.raises(OSError, match="No space left"):
        write_documents(tmp_path, docs)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"p{n:03}.html" for n in range(7)]


def test_a_document_already_in_its_file_is_left_alone(tmp_path: Path) -> None:
    docs = [Document("a.html", "<p>æ</p>\n"), Document("b.html", "<p>b</p>\n")]
    write_documents(tmp_path, docs)
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    (tmp_path / "a.html").chmod(0o640)
    write_documents(tmp_path, [docs[0], Document("b.html", "<p>ny b</p>\n")])
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after["a.html"] == before["a.html"]  # the same file, untouched
    assert (tmp_path / "a.html").stat().st_mode & 0o777 == 0o640
    assert after["b.html"] != before["b.html"]
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == "<p>ny b</p>\n"


@pytest.mark.parametrize(
    "old", [b"<p>a</p>\n\n", b"<p>a</p>", b""], ids=["longer", "shorter", "tom"]
)
def test_a_file_that_differs_at_all_is_replaced(tmp_path: Path, old: bytes) -> None:
    (tmp_path / "a.html").write_bytes(old)
    write_documents(tmp_path, [Document("a.html", "<p>a</p>\n")])
    assert (tmp_path / "a.html").read_bytes() == b"<p>a</p>\n"


def test_a_link_to_a_file_with_the_same_content_becomes_a_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "andet.html"
    elsewhere.write_bytes(b"<p>a</p>\n")
    out = tmp_path / "ud"
    out.mkdir()
    (out / "a.html").symlink_to(elsewhere)
    write_documents(out, [Document("a.html", "<p>a</p>\n")])
    assert not (out / "a.html").is_symlink()
    assert (out / "a.html").read_bytes() == elsewhere.read_bytes() == b"<p>a</p>\n"
