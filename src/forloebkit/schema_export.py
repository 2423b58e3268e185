"""The JSON Schema for program files, generated from the Pydantic models."""

from __future__ import annotations

import json

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
