"""The deliberately incomplete draft: its exact findings, codes and lines."""

from forloebkit.checking import ItemStatus, check_paths
from helpers import DATA

DRAFT = DATA / "udkast-angst.yaml"

EXPECTED = [
    ("TJK601", 7, "fejl", "6.1"),
    ("TJK602", 7, "fejl", "6.2"),
    ("TJK604", 7, "fejl", "6.4"),
    ("SKM003", 10, "fejl", None),
    ("TJK101", 26, "advarsel", "1.1"),
    ("TJK102", 27, "fejl", "1.2"),
    ("TJK203", 29, "fejl", "2.3"),
    ("TJK204", 29, "fejl", "2.4"),
    ("TJK201", 39, "advarsel", "2.1"),
    ("TJK202", 40, "advarsel", "2.2"),
    ("SKM001", 43, "fejl", None),
    ("TJK302", 46, "fejl", "3.2a"),
    ("TJK302", 46, "fejl", "3.2b"),
    ("TJK302", 46, "fejl", "3.2c"),
    ("TJK301", 49, "advarsel", "3.1"),
    ("TJK401", 56, "fejl", "4.1"),
    ("TJK403", 56, "fejl", "4.3"),
    ("TJK404", 56, "fejl", "4.4"),
    ("TJK405", 56, "fejl", "4.5"),
    ("TJK402", 57, "advarsel", "4.2"),
    ("TJK502", 61, "fejl", "5.2"),
    ("TJK503", 61, "fejl", "5.3"),
    ("TJK504", 61, "fejl", "5.4"),
    ("TJK505", 61, "fejl", "5.5"),
]


def test_draft_findings_are_exactly_these() -> None:
    run = check_paths([DRAFT])
    found = [(f.code, f.line, f.severity.value, f.checklist_item) for f in run.findings]
    assert found == EXPECTED
    assert run.exit_code == 1


def test_draft_statuses() -> None:
    (program,) = check_paths([DRAFT]).programs
    status = {r.item.number: r.status for r in program.items}
    assert status["5.1"] is ItemStatus.MET
    assert status["6.3"] is ItemStatus.NOT_APPLICABLE
    assert status["1.1"] is ItemStatus.PARTIAL  # succeskriterium is "TODO"
    assert status["3.1"] is ItemStatus.PARTIAL  # mål_for_borgeren is "xxx"
    assert status["2.4"] is ItemStatus.MISSING  # stratificering is misspelt
    assert program.program is None  # the version number and the typo fail the schema
