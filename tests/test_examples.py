"""The shipped examples are clean: every item met, no findings."""

from pathlib import Path

import pytest

from forloebkit.checking import ItemStatus, check_paths
from helpers import EXAMPLES

FILES = sorted(EXAMPLES.glob("*.yaml"))


def test_the_three_programs_of_the_issue_are_shipped() -> None:
    assert [p.name for p in FILES] == ["boern-og-unge.yaml", "depression.yaml", "skizofreni.yaml"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_example_is_clean(path: Path) -> None:
    run = check_paths([path])
    assert run.findings == []
    assert run.exit_code == 0
    (program,) = run.programs
    assert program.program is not None  # valid against the schema
    assert [r.status for r in program.items] == [ItemStatus.MET] * 22


def test_children_and_youth_program_covers_what_the_model_asks_for() -> None:
    run = check_paths([EXAMPLES / "boern-og-unge.yaml"])
    program = run.programs[0].program
    assert program is not None and program.target_group is not None
    assert set(program.target_group.age_groups) == {"børn", "unge"}
    assert program.interventions is not None and program.organisation is not None
    focus = {f for i in program.interventions.catalogue for f in i.child_youth_focus}
    assert focus == {"proaktiv", "pædagogisk_psykologisk", "familie", "dagtilbud_skole_fritid"}
    transitions = {t.type for t in program.organisation.transitions}
    assert {"barn_til_voksen", "henvisning_børn_og_unge"} <= transitions


@pytest.mark.parametrize("name", ["skizofreni.yaml", "depression.yaml"])
def test_adult_programs_cover_discharge(name: str) -> None:
    program = check_paths([EXAMPLES / name]).programs[0].program
    assert program is not None and program.organisation is not None
    discharge = [t for t in program.organisation.transitions if t.type == "udskrivning"]
    assert discharge
    assert all(t.responsible and t.deadline_days is not None and t.channel for t in discharge)
