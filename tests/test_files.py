"""Atomic writes and safe output names (forloebkit.files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forloebkit import files
from forloebkit.files import safe_file_stem, write_atomically


def test_write_creates_file_with_exact_bytes(tmp_path: Path) -> None:
    target = tmp_path / "ud.html"
    write_atomically(target, "Forløb æøå\n")
    assert target.read_bytes() == "Forløb æøå\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["ud.html"]


def test_write_keeps_existing_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ud.md"
    target.write_text("gammel", encoding="utf-8")

    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    monkeypatch.setattr(Path, "replace", lambda self, dst: interrupted(self, dst))
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "ny")
    assert target.read_text(encoding="utf-8") == "gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["ud.md"]


def test_write_keeps_permissions_of_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "ud.md"
    target.write_text("gammel", encoding="utf-8")
    target.chmod(0o640)
    write_atomically(target, b"ny")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.name != "posix", reason="umask findes kun på POSIX")
def test_new_files_written_by_many_threads_get_the_umask_and_leave_it(tmp_path: Path) -> None:
    """Reading the umask means setting it; threads once could leave it at 0."""
    from concurrent.futures import ThreadPoolExecutor

    before = os.umask(0o027)
    try:
        files._umask.cache_clear()  # read afresh, as in a new process
        paths = [tmp_path / f"{i}.html" for i in range(200)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(write_atomically, paths, ["x"] * len(paths)))
        assert {path.stat().st_mode & 0o777 for path in paths} == {0o640}
        assert os.umask(0o027) == 0o027
    finally:
        os.umask(before)
        files._umask.cache_clear()


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Forløbsprogram for voksne med skizofreni", "forløbsprogram-for-voksne-med-skizofreni"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolut/sti", "absolut-sti"),
        ("CON", "con-fil"),
        ("...", "program"),
        ("", "program"),
        ("a\\b:c", "a-b-c"),
    ],
)
def test_safe_file_stem(text: str, stem: str) -> None:
    assert safe_file_stem(text) == stem


def test_windows_reserved_names_cover_com_and_lpt() -> None:
    assert {"com1", "lpt9", "nul"} <= files._WINDOWS_RESERVED
