"""The fast path (compiled core schema, no pydantic models) reports exactly what the careful
path (``Program.model_validate``) reports, and the committed compiled schema is current."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic_core import ValidationError

from forloebkit.checking import check_document
from forloebkit.checking.compiled_schema import (
    SCHEMA_FILE,
    compiled_json,
    fast_validator,
    validator_without_absent,
)
from forloebkit.checking.run import PROGRAM_KEYS
from forloebkit.loading import LoadedDocument, read_program_file, read_program_text
from forloebkit.model import Program
from helpers import DATA, EXAMPLES, complete_program, dump

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import write_corpus


def _same_findings(doc: LoadedDocument) -> None:
    careful = check_document(doc)
    fast = check_document(doc, build_model=False)
    assert fast.findings == careful.findings
    assert fast.items == careful.items
    assert fast.program is None


def test_committed_core_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == compiled_json(), (
        "Kør 'uv run python -m forloebkit.checking.compiled_schema' efter ændringer i modellen."
    )


def test_program_keys_match_the_model() -> None:
    assert frozenset(Program.yaml_keys()) == PROGRAM_KEYS


@pytest.mark.parametrize(
    "path", sorted(EXAMPLES.glob("*.yaml")) + sorted(DATA.glob("*.yaml")), ids=lambda p: p.name
)
def test_same_findings_for_shipped_programs(path: Path) -> None:
    document = read_program_file(path).document
    assert document is not None
    _same_findings(document)


def test_same_findings_on_the_generated_corpus(tmp_path: Path) -> None:
    for path in write_corpus(tmp_path, 32):
        document = read_program_file(path).document
        assert document is not None
        _same_findings(document)


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(program: dict[str, Any]) -> None:
        node: Any = program
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return mutate


MUTATIONS = {
    "tekst-i-stedet-for-liste": _set(("program", "parter"), "Region Sjælland og Roskilde"),
    "tal-i-stedet-for-dato": _set(("program", "revision"), {"senest": 2024}),
    "umulig-dato": _set(("program", "revision"), {"senest": "2025-02-30"}),
    "ukendt-vaerdi": _set(("program", "status"), "kladde"),
    "ugyldigt-id": _set(("program", "parter", 0, "id"), "Region SJ"),
    "ukendt-noegle": _set(("målgruppe", "malgrupe"), "x"),
    "liste-i-stedet-for-afsnit": _set(("organisering",), ["a", "b"]),
    "tal-i-stedet-for-tekst": _set(("program", "titel"), 17),
    "forkert-skemaversion": _set(("skemaversion",), 2),
    "tom-program": _set(("program",), None),
    "pladsholder": _set(("program", "titel"), "TODO"),
    "tekst-i-stedet-for-tal": _set(("opfølgning", "ansvar", "hyppighed_måneder"), "tolv"),
    "negativt-tal": _set(("opfølgning", "ansvar", "hyppighed_måneder"), -3),
    "tjekliste-uden-begrundelse": _set(("tjekliste",), {"2.4": {"ikke_relevant": ""}}),
}


#: The mutations that write a value that counts as absent (null, "", placeholder text).
ABSENT = frozenset({"tom-program", "pladsholder", "tjekliste-uden-begrundelse"})


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_same_findings_for_schema_errors(name: str) -> None:
    program = complete_program()
    MUTATIONS[name](program)
    document = read_program_text(dump(program), "t.yaml").document
    assert document is not None
    careful = check_document(document)
    assert careful.findings, "the mutation should give at least one finding"
    _same_findings(document)
    # Only the placeholder mutations take the validator that drops absent values.
    assert document.nothing_absent == (name not in ABSENT)


def _errors(validator: Any, data: Any) -> list[Any]:
    try:
        validator.validate_python(data)
    except ValidationError as exc:
        return exc.errors(include_url=False)
    return []


@pytest.mark.parametrize("name", sorted(MUTATIONS.keys() - ABSENT))
def test_the_validator_without_absent_values_errs_alike_where_nothing_is_absent(
    name: str,
) -> None:
    """Where no value is null or placeholder text, dropping absent values changes nothing."""
    program = complete_program()
    MUTATIONS[name](program)
    document = read_program_text(dump(program), "t.yaml").document
    assert document is not None and document.nothing_absent
    errors = _errors(fast_validator(), document.data)
    assert errors == _errors(validator_without_absent(), document.data)
    assert errors  # every mutation is a schema error


def test_documents_with_absent_values_use_the_validator_that_drops_them() -> None:
    """The validator without drop_absent would report 'TODO' as a wrong value: it must not
    be used where something is absent."""
    program = complete_program()
    program["opfølgning"]["ansvar"]["hyppighed_måneder"] = "TODO"
    document = read_program_text(dump(program), "t.yaml").document
    assert document is not None and not document.nothing_absent
    assert _errors(fast_validator(), document.data) == []
    assert [e["type"] for e in _errors(validator_without_absent(), document.data)] == [
        "int_parsing"
    ]
    assert [f.code for f in check_document(document, build_model=False).findings] == [
        f.code for f in check_document(document).findings
    ]
