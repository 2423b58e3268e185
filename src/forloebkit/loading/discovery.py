"""Turn the paths given on the command line into the files to check."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..findings import START, Finding
from ..rules import yaml_rules as R

SUFFIXES = (".yaml", ".yml")
#: Folders never searched: version control, virtual environments, build output.
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "build", "dist"})


@dataclass(frozen=True, slots=True)
class Discovered:
    """A file to read. *explicit* files were named on the command line."""

    path: Path
    display: str
    explicit: bool


def discover(paths: Iterable[Path]) -> tuple[list[Discovered], list[Finding]]:
    """Expand files and folders (recursively, ``*.yaml``/``*.yml``) in a stable order.

    Paths that do not exist become YML005 findings. A file is listed once even
    if it is reached twice.
    """
    found: list[Discovered] = []
    problems: list[Finding] = []
    seen: set[str] = set()
    for given in paths:
        if given.is_dir():
            candidates = [(p, False, key) for p, key in _walk(given)]
        elif given.exists():
            candidates = [(given, True, _identity(given))]
        else:
            problem = (
                f"Stien '{given}' er et link, der peger i ring eller på noget, der ikke findes."
                if given.is_symlink()
                else f"Stien '{given}' findes ikke."
            )
            problems.append(R.UNREADABLE.finding(str(given), START, (), problem))
            continue
        for path, explicit, key in candidates:
            if key not in seen:
                seen.add(key)
                found.append(Discovered(path, path.as_posix(), explicit))
    return found, problems


def _identity(path: Path) -> str:
    """The real file behind *path*; a link that loops is its own identity (reading it reports it)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # RuntimeError: Python < 3.13 on a symlink loop
        return str(path.absolute())


def _walk(folder: Path) -> list[tuple[Path, str]]:
    """The YAML files under *folder*, in a stable order, each with its identity.

    As ``os.walk``: top-down, each folder's files before its subfolders, and
    symlinked folders are not entered. A folder reached by walking is a real one,
    so a file in it that is not a link is identified by the folder's real path
    and its name, without resolving every file (one system call per part of its
    path: most of the time of finding 1000 files).
    """
    files: list[tuple[Path, str]] = []
    pending = [(str(folder), _identity(folder))]
    while pending:
        shown, real = pending.pop()
        try:
            with os.scandir(shown) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue  # as os.walk: a folder that cannot be read is passed over
        subfolders = []
        prefix = real if real.endswith(os.sep) else real + os.sep
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink() and not name.startswith(".") and name not in SKIPPED_DIRS:
                    subfolders.append((entry.path, prefix + name))
            elif name.lower().endswith(SUFFIXES):
                path = Path(shown, name)
                files.append((path, _identity(path) if entry.is_symlink() else prefix + name))
        pending.extend(reversed(subfolders))
    return files
