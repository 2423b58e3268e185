"""Where `forloeb init` may write: never over a file without --force, never into a missing folder
without --opret-mapper, never onto a folder."""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomically
from ..loading.discovery import SUFFIXES


class TargetError(ValueError):
    """The target cannot be written; the message is Danish."""


def check_target(path: Path, *, force: bool, create_dirs: bool) -> None:
    """Raise :class:`TargetError` if *path* must not be written with these options."""
    if path.is_dir():
        raise TargetError(f"'{path}' er en mappe. Angiv en fil, fx '{path / 'program.yaml'}'.")
    if path.suffix.lower() not in SUFFIXES:
        raise TargetError(
            f"'{path}' skal ende på .yaml eller .yml, ellers finder 'forloeb check' den ikke i en mappe."
        )
    if (path.exists() or path.is_symlink()) and not force:
        raise TargetError(
            f"'{path}' findes allerede og bliver ikke overskrevet. Vælg et andet filnavn, "
            "eller brug --force for at erstatte filen."
        )
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise TargetError(f"'{parent}' er ikke en mappe.")
    if not parent.exists() and not create_dirs:
        raise TargetError(f"Mappen '{parent}' findes ikke. Opret den, eller brug --opret-mapper.")


def write_scaffold(path: Path, text: str, *, force: bool, create_dirs: bool) -> None:
    """Check *path* again (it may have appeared while questions were asked) and write atomically."""
    check_target(path, force=force, create_dirs=create_dirs)
    if create_dirs:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)
