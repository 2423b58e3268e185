"""Where ``forloeb rapport`` writes: rapport.md and rapport.html, never over a stranger's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..checking import CheckRun
from ..files import write_atomically
from .overview import GENERATOR, build_overview, render_overview

FILES = ("rapport.md", "rapport.html")


class RapportConflict(Exception):
    """An output file exists and was not written by ``forloeb rapport``."""


def write_rapport(
    run: CheckRun, today: date, folder: Path | None, *, force: bool = False
) -> tuple[str, list[Path]]:
    """Render the overview; with *folder*, write both files there. Returns (markdown, written)."""
    overview = build_overview(run, today)
    markdown = render_overview(overview, "md")
    if folder is None:
        return markdown, []
    if folder.exists() and not folder.is_dir():
        raise RapportConflict(f"'{folder}' findes og er ikke en mappe.")
    targets = [folder / name for name in FILES]
    strangers = [p for p in targets if p.exists() and not _ours(p)]
    if strangers and not force:
        names = ", ".join(str(p) for p in strangers)
        raise RapportConflict(
            f"{names} findes allerede og er ikke skrevet af forloeb. Brug --force for at overskrive."
        )
    folder.mkdir(parents=True, exist_ok=True)
    html = render_overview(overview, "html")
    for path, text in zip(targets, (markdown, html), strict=True):
        write_atomically(path, text)
    return markdown, targets


def _ours(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
    except OSError:
        return False
    return GENERATOR in head
