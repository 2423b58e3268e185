"""read_bounded gives a file's bytes, at most MAX_FILE_BYTES + 1 of them, whatever its size says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forloebkit.loading import reader
from forloebkit.loading.reader import NotAFile, read_bounded

LIMIT = 10


@pytest.mark.parametrize("size", [0, 1, LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 2, 3 * LIMIT])
def test_at_most_one_byte_beyond_the_limit(
    size: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", LIMIT)
    path = tmp_path / "p.yaml"
    content = bytes(range(65, 65 + size))
    path.write_bytes(content)
    assert read_bounded(path) == content[: LIMIT + 1]


def test_a_file_that_grows_after_its_size_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size is only a guess for the first read: what the file holds counts."""
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", LIMIT)
    path = tmp_path / "p.yaml"
    path.write_bytes(b"a: 1\n")
    real_fstat = os.fstat

    def grown(fd: int) -> _Status:
        status = _Status(real_fstat(fd), 5)
        path.write_bytes(b"a: 1\nb: 2\nc: 3\n")  # grows between fstat and read
        return status

    monkeypatch.setattr(os, "fstat", grown)
    assert read_bounded(path) == b"a: 1\nb: 2\nc"  # LIMIT + 1 bytes


class _Status:
    """An os.stat_result whose size is *size*."""

    def __init__(self, real: os.stat_result, size: int) -> None:
        self.st_mode = real.st_mode
        self.st_size = size


def test_a_folder_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_bounded(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="kun hvor der findes navngivne rør")
def test_a_named_pipe_is_not_a_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rør")
    with pytest.raises(NotAFile):
        read_bounded(tmp_path / "rør")


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="kun på Linux (/proc)")
def test_files_that_report_no_size_are_read_whole() -> None:
    """/proc files are ordinary files of size 0 with content."""
    assert Path("/proc/version").stat().st_size == 0
    assert read_bounded(Path("/proc/version")) == Path("/proc/version").read_bytes()
