"""``--format sarif``: valid SARIF 2.1.0, rules from the registry, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cli_env import run_forloeb
from forloebkit.checking import check_paths
from forloebkit.reporting.sarif import artifact_uri, render_sarif
from forloebkit.rules import all_rules
from helpers import DATA, ROOT
from shared_schemas import shared_schema

DRAFT = DATA / "udkast-formater.yaml"
RELATIVE_DRAFT = Path("tests/data/udkast-formater.yaml")


def _sarif(paths: list[Path]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(render_sarif(check_paths(paths)))
    return result


def test_valid_against_the_sarif_schema() -> None:
    schema = json.loads(shared_schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = _sarif([DRAFT, Path("examples")])
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = list(validator_class(schema).iter_errors(document))
    assert errors == []


def test_schema_validation_would_catch_a_broken_document() -> None:
    schema = json.loads(shared_schema("sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = _sarif([DRAFT])
    document["runs"][0]["results"][0]["level"] = "fatal"
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert list(validator.iter_errors(document))


def test_results_point_at_rules_with_help_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    run = _sarif([RELATIVE_DRAFT])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(all_rules())
    first = run["results"][0]
    assert first["ruleId"] == "TJK601"
    assert rules[first["ruleIndex"]]["id"] == "TJK601"
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 7, "startColumn": 1}
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "tests/data/udkast-formater.yaml"
    )
    stratification = rules[list(all_rules()).index("TJK204")]
    assert stratification["help"]["text"].startswith("Tjeklistepunkt 2.4")
    assert "forloeb explain TJK204" in stratification["help"]["text"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["TJK101"] == "warning"


def test_fingerprints_do_not_move_with_line_numbers(tmp_path: Path) -> None:
    original = DRAFT.read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "p.yaml").write_text(original, encoding="utf-8")
    (tmp_path / "b" / "p.yaml").write_text("# en ny linje øverst\n" + original, encoding="utf-8")

    def prints(folder: str) -> list[tuple[str, int, str]]:
        result = run_forloeb("check", "--format", "sarif", "p.yaml", cwd=tmp_path / folder)
        results = json.loads(result.stdout)["runs"][0]["results"]
        return [
            (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["partialFingerprints"]["forloebFund/v1"],
            )
            for r in results
        ]

    before, after = prints("a"), prints("b")
    assert [line + 1 for _, line, _ in before] == [line for _, line, _ in after]
    assert [fp for *_, fp in before] == [fp for *_, fp in after]
    assert len({fp for *_, fp in before}) == len(before)  # the three TJK302 differ too


def test_uris_are_uri_references() -> None:
    assert artifact_uri("programmer/børn og unge.yaml") == "programmer/b%C3%B8rn%20og%20unge.yaml"
    assert artifact_uri("/srv/p.yaml") == "file:///srv/p.yaml"
