"""The committed JSON Schema is generated from the models and must not go stale."""

import json

from forloebkit.schema_export import program_schema_json
from helpers import EXAMPLES, ROOT

SCHEMA = ROOT / "schemas" / "program.schema.json"


def test_committed_schema_is_up_to_date() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == program_schema_json(), (
        "schemas/program.schema.json er forældet: kør 'uv run forloeb schema'"
    )


def test_schema_uses_the_danish_keys() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"])[:3] == ["skemaversion", "program", "fælles_mål_og_forståelse"]
    assert schema["required"] == ["skemaversion", "program"]
    assert schema["additionalProperties"] is False


def test_examples_point_editors_at_the_schema() -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schemas/program.schema.json", path.name
