"""`forloeb check` on a fresh scaffold lists exactly the checklist items still to fill in."""

from __future__ import annotations

from pathlib import Path

import pytest

from forloebkit.checking import ItemStatus, check_paths
from forloebkit.checking.schema import validate_schema
from forloebkit.loading import read_program_text
from helpers import run_cli

ITEMS = [
    "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2a", "3.2b", "3.2c",
    "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "5.4", "5.5",
    "6.1", "6.2", "6.3", "6.4",
]  # fmt: skip
CODES = [f"TJK{n[0]}0{n[2]}" for n in ITEMS]

#: Line of each finding above, per variant: each points at the first field of its item.
LINES = {
    "unge": [90, 104, 126, 148, 163, 178, 203, 257, 266, 274, 293, 320, 335, 343, 368,
             408, 427, 436, 450, 463, 494, 513, 533, 541],
    "voksne": [82, 96, 118, 140, 155, 169, 194, 245, 254, 262, 281, 298, 312, 320, 345,
               374, 389, 398, 412, 425, 451, 470, 490, 498],
    "blandet": [86, 100, 122, 144, 159, 174, 199, 255, 264, 272, 292, 314, 329, 337, 362,
                412, 429, 438, 452, 465, 491, 510, 530, 538],
}  # fmt: skip

FLAGS = {
    "unge": ["--titel", "Forløbsprogram for unge med ADHD", "--aldersgruppe", "unge",
             "--region", "Region Sjælland", "--kommune", "Roskilde Kommune",
             "--kommune", "Køge Kommune", "--almen-praksis"],
    "voksne": ["--titel", "Forløbsprogram for voksne med depression", "--aldersgruppe", "voksne",
               "--region", "Region Midtjylland", "--kommune", "Aarhus Kommune",
               "--uden-almen-praksis"],
    "blandet": ["--titel", "Forløbsprogram for børn, unge og voksne med spiseforstyrrelser",
                "--aldersgruppe", "børn", "--aldersgruppe", "unge", "--aldersgruppe", "voksne",
                "--region", "Region Hovedstaden", "--kommune", "Københavns Kommune"],
}  # fmt: skip


def test_fresh_scaffold_findings_are_exactly_the_missing_items(
    variant: str, tmp_path: Path
) -> None:
    target = tmp_path / "program.yaml"
    made = run_cli("init", str(target), *FLAGS[variant])
    assert made.returncode == 0, made.stderr
    run = check_paths([target])
    found = [(f.code, f.line, f.checklist_item, f.severity.value) for f in run.findings]
    expected = [
        (code, line, item, "fejl")
        for code, line, item in zip(CODES, LINES[variant], ITEMS, strict=True)
    ]
    assert found == expected
    assert all(" mangler: " in f.message for f in run.findings)
    assert run.exit_code == 1
    (program,) = run.programs
    assert [r.status for r in program.items] == [ItemStatus.MISSING] * 22
    assert program.program is not None  # the schema accepts it


def test_fresh_scaffold_through_the_cli_exits_1(tmp_path: Path) -> None:
    target = tmp_path / "adhd-unge.yaml"
    assert run_cli("init", str(target), *FLAGS["unge"]).returncode == 0
    result = run_cli("check", "--uden-tip", str(target))
    assert result.returncode == 1
    assert "  I alt                             0/22" in result.stdout
    assert result.stdout.rstrip().endswith("1 program tjekket: 24 fejl, 0 advarsler.")
    assert "SKM" not in result.stdout


def test_scaffold_validates_against_the_model(scaffold: str) -> None:
    read = read_program_text(scaffold, "skelet.yaml")
    assert read.document is not None, [f.message for f in read.findings]
    program, findings = validate_schema(read.document)
    assert findings == []
    assert program is not None


def test_scaffold_validates_against_the_json_schema(scaffold: str) -> None:
    """What an editor with the schema line sees: no errors in a fresh scaffold."""
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    import json
    from datetime import date

    from helpers import ROOT

    read = read_program_text(scaffold, "skelet.yaml")
    assert read.document is not None
    schema = json.loads((ROOT / "schemas" / "program.schema.json").read_text(encoding="utf-8"))
    data = json.loads(
        json.dumps(
            read.document.data, default=lambda v: v.isoformat() if isinstance(v, date) else v
        )
    )
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []
