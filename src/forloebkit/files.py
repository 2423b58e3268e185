"""Writing output files safely: atomic replacement and file names that stay in their folder."""

from __future__ import annotations

import errno
import os
import re
import tempfile
import threading
import unicodedata
from functools import cache
from pathlib import Path

#: Names Windows reserves in every folder, with or without an extension.
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_UNSAFE = re.compile(r"[^a-z0-9æøå_-]+")


def write_atomically(path: Path, content: str | bytes, *, durable: bool = True) -> None:
    """Write *content* to *path* via a temporary file in the same folder and a rename.

    Readers see either the old file or the whole new one, never a half-written
    file; on any error (Ctrl-C included) the temporary file is removed and an
    existing *path* is left as it was. *durable* waits until the disk has the
    data (``fsync``) before the rename, so that not even a power cut right
    after can leave an empty file. Output that can be made again from the
    programs (rendered documents) skips that wait: it was most of ``render``'s
    writing time.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode_for(path))
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_umask()


_UMASK_LOCK = threading.Lock()


@cache
def _umask() -> int:
    """The process's umask, read once. Reading it means setting it, and render writes with
    several threads: two threads reading it at once could leave it at 0 for good (and
    their files writable by everyone), so each read holds the lock."""
    with _UMASK_LOCK:
        umask = os.umask(0o077)
        os.umask(umask)
        return umask


def safe_file_stem(text: str, fallback: str = "program") -> str:
    """A file name stem made from a title or id that cannot leave its output folder.

    Lower-cases, keeps a-z, 0-9, æ, ø, å, '-' and '_', turns everything else
    (slashes, dots, spaces) into '-', and avoids Windows' reserved names.
    """
    normalised = unicodedata.normalize("NFC", text).casefold()
    stem = _UNSAFE.sub("-", normalised).strip("-_")[:80].strip("-_")
    if not stem:
        stem = fallback
    if stem in _WINDOWS_RESERVED:
        stem = f"{stem}-fil"
    return stem


def write_problem(path: Path, exc: OSError) -> str:
    """One Danish sentence for a failed write of *path*; the old file, if any, is untouched."""
    reasons = {
        errno.ENOSPC: "disken er fuld",
        errno.EDQUOT: "din diskkvote er brugt op",
        errno.EACCES: "du har ikke rettighed til at skrive der",
        errno.EPERM: "du har ikke rettighed til at skrive der",
        errno.EROFS: "stedet er skrivebeskyttet",
        errno.ENOENT: "mappen findes ikke",
    }
    reason = reasons.get(exc.errno or 0) or errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return f"'{path}' kunne ikke skrives: {reason}. Intet er ændret."
