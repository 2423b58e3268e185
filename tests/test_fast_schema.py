"""The fast path (compiled core schema, no pydantic models) reports exactly what the careful
path (``Program.model_validate``) reports, and the committed compiled schema is current."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from forloebkit.checking import check_document
from forloebkit.checking.compiled_schema import SCHEMA_FILE, compiled_json
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


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_same_findings_for_schema_errors(name: str) -> None:
    program = complete_program()
    MUTATIONS[name](program)
    document = read_program_text(dump(program), "t.yaml").document
    assert document is not None
    careful = check_document(document)
    assert careful.findings, "the mutation should give at least one finding"
    _same_findings(document)
