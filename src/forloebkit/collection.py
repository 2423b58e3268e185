"""``forloeb init --samling DIR``: a repository of programs, wired to ``forloeb check``.

The files are copied from ``templates/samling/``; the templates carry no leading
dots (package data keeps them plainly), the table below names their targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .files import write_atomically
from .resources import templates_dir

#: Template file name → path in the new collection.
FILES: dict[str, str] = {
    "README.md": "README.md",
    "programmer-README.md": "programmer/README.md",
    "forloeb.toml": "forloeb.toml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "github-workflow.yml": ".github/workflows/forloeb.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
}


@dataclass(frozen=True, slots=True)
class Plan:
    """What creating a collection in *root* would write, and which files are in the way."""

    files: tuple[tuple[Path, str], ...]  # (target, content)
    #: Files that exist: replaced only with --force.
    conflicts: tuple[Path, ...]
    #: Paths in the way that are not files (a folder named like a target, a file where a
    #: folder must be): nothing can be written until they are moved, not even with --force.
    blocked: tuple[Path, ...]


def plan_collection(root: Path) -> Plan:
    source = templates_dir() / "samling"
    files = tuple(
        (root / target, (source / name).read_text(encoding="utf-8"))
        for name, target in FILES.items()
    )
    conflicts = tuple(path for path, _ in files if path.is_file())
    blocked = tuple(dict.fromkeys(place for path, _ in files for place in _in_the_way(root, path)))
    return Plan(files, conflicts, blocked)


def _in_the_way(root: Path, path: Path) -> list[Path]:
    """A non-file at *path*, or a non-folder where a folder on the way to it must be."""
    folders = [root / part for part in reversed(path.relative_to(root).parents)]
    found = [folder for folder in folders if folder.exists() and not folder.is_dir()]
    if path.exists() and not path.is_file():
        found.append(path)
    return found


def create_collection(plan: Plan, *, force: bool = False) -> list[Path]:
    """Write the plan's files; existing ones only with *force*. Returns what was written.

    Nothing is written when a path is blocked or (without *force*) a file exists.
    """
    if plan.blocked:
        raise IsADirectoryError(plan.blocked[0])
    if plan.conflicts and not force:
        raise FileExistsError(plan.conflicts[0])
    written: list[Path] = []
    for path, content in plan.files:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
        written.append(path)
    return written
