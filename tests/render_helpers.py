"""Helpers for the render tests: render in-process, and compare with committed snapshots."""

from __future__ import annotations

import os
from pathlib import Path

from forloebkit.checking import check_paths
from forloebkit.rendering.environment import Format
from forloebkit.rendering.writer import Document, RenderOptions, program_views, render_documents
from helpers import DATA, EXAMPLES, ROOT

SNAPSHOTS = Path(__file__).resolve().parent / "render" / "snapshots"
UPDATE = os.environ.get("FORLOEB_UPDATE_SNAPSHOTS") == "1"

#: Every program that has snapshots: the examples and the draft.
PROGRAMS = [*sorted(EXAMPLES.glob("*.yaml")), DATA / "udkast-angst.yaml"]


def render_file(
    path: Path, fmt: Format, part: str | None = None, templates: Path | None = None
) -> Document:
    """The one document `forloeb render` writes for *path* in *fmt*."""
    run = check_paths([path])
    for program in run.programs:  # as if run from the repository root, wherever the clone is
        program.file = path.resolve().relative_to(ROOT).as_posix()
    docs = render_documents(
        program_views(run.programs), RenderOptions((fmt,), part=part, templates=templates)
    )
    assert len(docs) == 1
    return docs[0]


def assert_snapshot(name: str, text: str) -> None:
    """*text* equals snapshots/*name* byte for byte (FORLOEB_UPDATE_SNAPSHOTS=1 rewrites it)."""
    path = SNAPSHOTS / name
    data = text.encode("utf-8")
    if UPDATE:
        path.write_bytes(data)
        return
    assert path.exists(), (
        f"no snapshot {name}: run FORLOEB_UPDATE_SNAPSHOTS=1 uv run pytest tests/render"
    )
    assert path.read_bytes() == data, (
        f"{name} differs from its snapshot; if the change is intended, "
        "run FORLOEB_UPDATE_SNAPSHOTS=1 uv run pytest tests/render and review the diff"
    )
