"""Which JSON Schema the ``# yaml-language-server: $schema=...`` line of a new program points at.

A program inside a checkout of a programme repository points at that repository's
``schemas/program.schema.json`` by a relative path: it is the schema of the forloeb
version the repository uses, editors find it offline, and the link survives moving
the repository. Anywhere else the file points at the schema's published ``$id``.
The search goes up from the new file's folder and stops at the first folder that is
the root of a git repository, so a file never points into an unrelated repository.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..schema_export import SCHEMA_ID

SCHEMA_FILE = Path("schemas") / "program.schema.json"
MODELINE_PREFIX = "# yaml-language-server: $schema="


def schema_reference(target: Path) -> str:
    """A path relative to *target*'s folder, or :data:`SCHEMA_ID` when no schema file is found."""
    folder = target.absolute().parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_FILE
        if schema.is_file():
            return Path(os.path.relpath(schema, folder)).as_posix()
        if (candidate / ".git").exists():
            break
    return SCHEMA_ID


def modeline(target: Path) -> str:
    return MODELINE_PREFIX + schema_reference(target)
