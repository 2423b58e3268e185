"""Documents are staged where they are rendered and put in place whole, only at the end.

Rendered documents can be made again from the programs, so their writes do not
wait for the disk (no ``fsync``); the user's own files (``init``) still do.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from forloebkit.files import write_atomically
from forloebkit.rendering.command import RenderRefused, run_render
from forloebkit.rendering.staging import (
    STAGING_PREFIX,
    STALE_AFTER,
    Staged,
    commit,
    remove_stale,
    stage,
    staging_folder,
)
from forloebkit.rendering.writer import Document
from helpers import EXAMPLES

MANY = 48


def _stage_all(output: Path, docs: list[Document]) -> list[Path]:
    """What render does: stage every document, then commit them; the paths written."""
    with staging_folder(output) as staging:
        staged = [stage(doc, staging) for doc in docs]
        written, _ = commit(output, staged)
        return written


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def test_staged_documents_are_moved_into_place_and_the_staging_folder_is_gone(
    tmp_path: Path,
) -> None:
    out = tmp_path / "ny"
    docs = [Document(f"p{n:03}.html", f"<p>{n} æ</p>\n" * n) for n in range(MANY)]
    written = _stage_all(out, docs)
    assert written == [out / doc.name for doc in docs]
    assert [path.read_text(encoding="utf-8") for path in written] == [doc.text for doc in docs]
    assert sorted(p.name for p in out.iterdir()) == [doc.name for doc in docs]
    assert {path.stat().st_mode & 0o777 for path in written} == {0o666 & ~_umask()}


def test_a_staged_file_waits_in_the_staging_folder_until_committed(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("gammel udgave", encoding="utf-8")
    with staging_folder(tmp_path) as staging:
        assert staging.parent == tmp_path and staging.name.startswith(STAGING_PREFIX)
        staged = stage(Document("a.html", "<p>ny</p>\n"), staging)
        assert staged == Staged("a.html", str(staging / "a.html"))
        assert (tmp_path / "a.html").read_text(encoding="utf-8") == "gammel udgave"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]  # never committed


def test_nothing_to_write_makes_no_folder(tmp_path: Path) -> None:
    docs = [Document("a.html", "<p>a</p>\n"), Document("b.html", "<p>b</p>\n")]
    _stage_all(tmp_path, docs)
    with staging_folder(tmp_path) as staging:
        staged = [stage(doc, staging) for doc in docs]
        assert staged == [Staged("a.html", None), Staged("b.html", None)]
        assert not staging.exists()
        assert commit(tmp_path, staged) == ([], [tmp_path / "a.html", tmp_path / "b.html"])


def test_a_refused_run_removes_the_output_folder_it_made(tmp_path: Path) -> None:
    out = tmp_path / "ud" / "html"
    with pytest.raises(RuntimeError), staging_folder(out) as staging:
        stage(Document("a.html", "<p>a</p>\n"), staging)
        raise RuntimeError
    assert sorted(tmp_path.iterdir()) == []


def test_rendered_documents_do_not_wait_for_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    _stage_all(tmp_path, [Document(f"p{n}.html", "<p>x</p>\n") for n in range(3)])
    index = Document("index.html", "<p>i</p>\n")  # the index: written from memory
    assert commit(tmp_path, [index]) == ([tmp_path / "index.html"], [])
    assert commit(tmp_path, [index]) == ([], [tmp_path / "index.html"])
    assert synced == []
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "<p>i</p>\n"
    write_atomically(tmp_path / "program.yaml", "skemaversion: 1\n")  # the default: durable
    assert len(synced) == 1


def test_a_failed_move_stops_there_and_leaves_the_old_files_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [Document(f"p{n:03}.html", "<p>ny</p>\n") for n in range(MANY)]
    for doc in docs:
        (tmp_path / doc.name).write_text("gammel", encoding="utf-8")
    replace = Path.replace

    def failing_for_p007(self: Path, target: Path) -> Path:
        if Path(target).name == "p007.html":
            raise OSError(28, "No space left on device")
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", failing_for_p007)
    with pytest.raises(OSError, match="No space left"):
        _stage_all(tmp_path, docs)
    contents = [(tmp_path / doc.name).read_text(encoding="utf-8") for doc in docs]
    assert contents == ["<p>ny</p>\n"] * 7 + ["gammel"] * (MANY - 7)
    assert sorted(p.name for p in tmp_path.iterdir()) == [doc.name for doc in docs]


def test_a_document_already_in_its_file_is_left_alone(tmp_path: Path) -> None:
    docs = [Document("a.html", "<p>æ</p>\n"), Document("b.html", "<p>b</p>\n")]
    _stage_all(tmp_path, docs)
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    (tmp_path / "a.html").chmod(0o640)
    (tmp_path / "b.html").chmod(0o604)
    with staging_folder(tmp_path) as staging:
        staged = [stage(docs[0], staging), stage(Document("b.html", "<p>ny b</p>\n"), staging)]  # fmt: skip
        assert staged[0] == Staged("a.html", None)
        assert commit(tmp_path, staged) == ([tmp_path / "b.html"], [tmp_path / "a.html"])
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    assert after["a.html"] == before["a.html"]  # the same file, untouched
    assert (tmp_path / "a.html").stat().st_mode & 0o777 == 0o640
    assert after["b.html"] != before["b.html"]
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == "<p>ny b</p>\n"
    assert (tmp_path / "b.html").stat().st_mode & 0o777 == 0o604  # a new file, the old mode


@pytest.mark.parametrize(
    "old", [b"<p>a</p>\n\n", b"<p>a</p>", b""], ids=["longer", "shorter", "tom"]
)
def test_a_file_that_differs_at_all_is_replaced(tmp_path: Path, old: bytes) -> None:
    (tmp_path / "a.html").write_bytes(old)
    _stage_all(tmp_path, [Document("a.html", "<p>a</p>\n")])
    assert (tmp_path / "a.html").read_bytes() == b"<p>a</p>\n"


def test_a_link_to_a_file_with_the_same_content_becomes_a_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "andet.html"
    elsewhere.write_bytes(b"<p>a</p>\n")
    out = tmp_path / "ud"
    out.mkdir()
    (out / "a.html").symlink_to(elsewhere)
    _stage_all(out, [Document("a.html", "<p>a</p>\n")])
    assert not (out / "a.html").is_symlink()
    assert (out / "a.html").read_bytes() == elsewhere.read_bytes() == b"<p>a</p>\n"


def test_a_failed_write_refuses_the_run_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fchmod(fd: int, mode: int) -> None:  # after the data, in the staging folder
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fchmod", broken_fchmod)
    out = tmp_path / "ud"
    paths = [EXAMPLES / "depression.yaml", EXAMPLES / "skizofreni.yaml"]
    with pytest.raises(RenderRefused) as refused:
        run_render(paths, "html", out, None, None, False)
    assert str(refused.value) == f"Kunne ikke skrive i '{out}': No space left on device."
    assert sorted(tmp_path.iterdir()) == []


def _left_behind(output: Path, name: str, age: float) -> Path:
    """A staging folder with a document in it, last changed *age* seconds ago."""
    folder = output / name
    folder.mkdir(parents=True)
    (folder / "a.html").write_text("<p>halv</p>", encoding="utf-8")
    then = time.time() - age
    os.utime(folder, (then, then))
    return folder


def test_staging_folders_a_killed_run_left_are_removed(tmp_path: Path) -> None:
    old = _left_behind(tmp_path, f"{STAGING_PREFIX}4242-0123abcd", STALE_AFTER + 60)
    fresh = _left_behind(tmp_path, f"{STAGING_PREFIX}4243-89abcdef", STALE_AFTER - 60)
    other = _left_behind(tmp_path, f"{STAGING_PREFIX}noter", STALE_AFTER + 60)
    assert remove_stale(tmp_path) == [old]
    assert not old.exists()
    assert fresh.exists() and other.exists()  # a live run's folder; not a staging folder's name


def test_a_link_or_file_named_like_a_staging_folder_is_left_alone(tmp_path: Path) -> None:
    target = _left_behind(tmp_path, "andet", STALE_AFTER + 60)
    link = tmp_path / f"{STAGING_PREFIX}1-00000000"
    link.symlink_to(target, target_is_directory=True)
    file = tmp_path / f"{STAGING_PREFIX}2-00000000"
    file.write_text("min fil", encoding="utf-8")
    then = time.time() - STALE_AFTER - 60
    for path in (link, file):
        os.utime(path, (then, then), follow_symlinks=False)
    assert remove_stale(tmp_path) == []
    assert link.is_symlink() and (target / "a.html").exists() and file.exists()


def test_no_output_folder_nothing_to_tidy(tmp_path: Path) -> None:
    assert remove_stale(tmp_path / "findes-ikke") == []
