"""Documents written where they are rendered, and put in place only when the whole run succeeds.

A large ``render`` runs in worker processes (:mod:`forloebkit.checking.parallel`).
Sending every finished document back to this process to be written made this
process the bottleneck: it took in some 50 MB of text per 1000 programs and
then wrote 1000 files one after the other, while the workers waited or
competed with it for the two cores. So each worker writes its documents into a
staging folder inside the output folder (:func:`stage`), and this process, once
every program is rendered and nothing refuses the run, moves them into place
(:func:`commit`). A move within one file system is a rename, so a reader of the
output folder sees the old file or the new one, never half a file. If the run
is refused or fails, the staging folder is removed and nothing is written
(:func:`staging_folder`). A document that its output file already holds is not
staged at all: the file is left alone (see :func:`holds`).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import mode_for, write_atomically

if TYPE_CHECKING:
    from .writer import Document

#: The staging folder's name starts so (a hidden folder; it is gone when ``render`` ends).
STAGING_PREFIX = ".forloeb-"
#: A staging folder's whole name: the prefix, the process id and eight hex digits.
_STAGING_NAME = re.compile(re.escape(STAGING_PREFIX) + r"[0-9]+-[0-9a-f]{8}")
#: A staging folder nothing was added to for this long is left over from a killed run
#: (a live run adds a document every few milliseconds).
STALE_AFTER = 3600.0


@dataclass(frozen=True, slots=True)
class Staged:
    """A document written to its staging file, or (*file* None) already in its output file."""

    name: str
    file: str | None


@contextmanager
def staging_folder(output: Path) -> Iterator[Path]:
    """Where this run stages its documents: a hidden folder inside *output*, removed afterwards.

    The first document that needs it makes it (:func:`stage`), so rendering
    unchanged documents again writes nothing at all, even into a folder this user
    may not write to. Folders made for *output* are removed again if they are still
    empty then: a refused run leaves nothing behind.
    """
    made = [folder for folder in (output, *output.parents) if not folder.exists()]
    staging = output / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in made:  # the deepest first
            with suppress(OSError):  # not empty: documents were written
                folder.rmdir()


def remove_stale(output: Path) -> list[Path]:
    """Remove the staging folders in *output* that a killed run left behind: those with a
    staging folder's name, not a link, untouched for :data:`STALE_AFTER` seconds. A folder
    that cannot be removed stays; render does not fail for it. Returns those removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(output))
    except OSError:  # no folder yet, or not readable: nothing to tidy
        return removed
    for entry in entries:
        if not _STAGING_NAME.fullmatch(entry.name):
            continue
        with suppress(OSError):
            if entry.is_dir(follow_symlinks=False) and (
                now - entry.stat(follow_symlinks=False).st_mtime >= STALE_AFTER
            ):
                shutil.rmtree(entry.path)
                removed.append(Path(entry.path))
    return removed


def stage(doc: Document, staging: Path) -> Staged:
    """Write *doc* into *staging* with the mode its output file (in the output folder, which
    holds *staging*) has or will get, unless that file already holds exactly its bytes.

    The documents can be made again from the programs, so the write does not wait
    for the disk (as ``write_atomically(durable=False)``).
    """
    data = doc.text.encode("utf-8")
    target = staging.parent / doc.name
    if holds(target, data):
        return Staged(doc.name, None)
    path = staging / doc.name
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(path, flags, 0o600)
    except FileNotFoundError:  # the first document this process stages: make the folders
        staging.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        os.fchmod(fd, mode_for(target))
    return Staged(doc.name, str(path))


def cannot_write(output: Path, exc: OSError) -> str:
    """The message for a document that could not be written into *output*."""
    return f"Kunne ikke skrive i '{output}': {exc.strerror or exc}."


def commit(output: Path, docs: Sequence[Document | Staged]) -> tuple[list[Path], list[Path]]:
    """Put each of *docs* into *output*, in order: the paths written, and the paths whose
    files already held their documents and were left alone.

    Staged documents are moved into place; documents still in memory (the index)
    are written atomically, unless their file already holds them. The first
    failure is raised; the documents after it are not written.
    """
    written: list[Path] = []
    unchanged: list[Path] = []
    for doc in docs:
        path = output / doc.name
        if isinstance(doc, Staged):
            if doc.file is None:
                unchanged.append(path)
                continue
            Path(doc.file).replace(path)
        else:
            data = doc.text.encode("utf-8")
            if holds(path, data):
                unchanged.append(path)
                continue
            output.mkdir(parents=True, exist_ok=True)  # made already if anything was staged
            write_atomically(path, data, durable=False)
        written.append(path)
    return written, unchanged


def holds(path: Path, data: bytes) -> bool:
    """True if *path* is a regular file (not a link) whose content is exactly *data*.

    Such a file is left alone: its modification time stays, so tools that copy
    only changed files (rsync, a web server's cache) see no change, and rendering
    an unchanged folder again costs a read per file instead of a new file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # missing, a link, unreadable: write it
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return handle.read(len(data) + 1) == data
