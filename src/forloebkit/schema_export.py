"""The JSON Schema for program files, generated from the Pydantic models."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .model import Program

SCHEMA_ID = "https://forloebkit.dk/schemas/program.schema.json"


def program_schema() -> dict[str, object]:
    schema = Program.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Forløbsprogram",
        "description": (
            "Et forløbsprogram for mennesker med psykiske lidelser efter Socialstyrelsen og "
            "Sundhedsstyrelsens generiske model (2015). Genereret af 'forloeb schema'."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def program_schema_json() -> str:
    """The schema as it is committed in ``schemas/program.schema.json``."""
    return json.dumps(program_schema(), ensure_ascii=False, indent=2) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Write *text* to *path* via a temporary file and a rename: never a half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
