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
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            candidates = [(p, False) for p in _walk(given)]
        elif given.exists():
            candidates = [(given, True)]
        else:
            problem = (
                f"Stien '{given}' er et link, der peger i ring eller på noget, der ikke findes."
                if given.is_symlink()
                else f"Stien '{given}' findes ikke."
            )
            problems.append(R.UNREADABLE.finding(str(given), START, (), problem))
            continue
        for path, explicit in candidates:
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                found.append(Discovered(path, path.as_posix(), explicit))
    return found, problems


def _identity(path: Path) -> Path:
    """The real file behind *path*; a link that loops is its own identity (reading it reports it)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python < 3.13 on a symlink loop
        return path.absolute()


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):  # does not follow symlinked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        files.extend(Path(root, n) for n in sorted(names) if n.lower().endswith(SUFFIXES))
    return files
