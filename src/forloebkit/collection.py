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

    root: Path
    files: tuple[tuple[Path, str], ...]  # (target, content)
    conflicts: tuple[Path, ...]


def plan_collection(root: Path) -> Plan:
    source = templates_dir() / "samling"
    files = tuple(
        (root / target, (source / name).read_text(encoding="utf-8"))
        for name, target in FILES.items()
    )
    conflicts = tuple(path for path, _ in files if path.exists())
    return Plan(root, files, conflicts)


def create_collection(plan: Plan, *, force: bool = False) -> list[Path]:
    """Write the plan's files; existing ones only with *force*. Returns what was written."""
    if plan.conflicts and not force:
        raise FileExistsError(plan.conflicts[0])
    written: list[Path] = []
    for path, content in plan.files:
        if path.exists() and not path.is_file():
            raise IsADirectoryError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content)
        written.append(path)
    return written
