"""The deliberately incomplete draft: its exact findings, codes and lines."""

from datetime import date

from forloebkit.checking import CheckOptions, ItemStatus, check_paths
from helpers import DATA

DRAFT = DATA / "udkast-angst.yaml"
#: The date the draft is checked on: its revision is overdue, its approval is planned.
TODAY = CheckOptions(today=date(2026, 11, 23))

EXPECTED = [
    ("SKM003", 14, "fejl", None),
    ("TID104", 25, "fejl", None),
    ("TID102", 26, "fejl", None),
    ("IND101", 30, "fejl", None),
    ("TJK101", 33, "advarsel", "1.1"),
    ("TJK102", 34, "fejl", "1.2"),
    ("TJK203", 36, "fejl", "2.3"),
    ("TJK204", 36, "fejl", "2.4"),
    ("KOD101", 45, "fejl", None),
    ("TJK201", 47, "advarsel", "2.1"),
    ("TJK202", 48, "advarsel", "2.2"),
    ("REF103", 51, "advarsel", None),
    ("SKM001", 52, "fejl", None),
    ("TJK302", 55, "fejl", "3.2a"),
    ("TJK302", 55, "fejl", "3.2b"),
    ("TJK302", 55, "fejl", "3.2c"),
    ("TJK301", 58, "advarsel", "3.1"),
    ("VID101", 60, "fejl", None),
    ("VID102", 60, "advarsel", None),
    ("REF101", 63, "fejl", None),
    ("TJK401", 65, "fejl", "4.1"),
    ("TJK403", 65, "fejl", "4.3"),
    ("TJK404", 65, "fejl", "4.4"),
    ("TJK402", 66, "advarsel", "4.2"),
    ("UDS101", 69, "fejl", None),
    ("TJK502", 77, "fejl", "5.2"),
    ("TJK503", 77, "fejl", "5.3"),
    ("TJK504", 77, "fejl", "5.4"),
    ("CPR101", 82, "fejl", None),
    ("DEL101", 83, "fejl", None),
    ("TJK601", 86, "fejl", "6.1"),
    ("TJK604", 86, "fejl", "6.4"),
    ("IND102", 87, "advarsel", None),
    ("IND103", 87, "advarsel", None),
    ("IND104", 88, "fejl", None),
    ("TJK602", 88, "advarsel", "6.2"),
]


def test_draft_findings_are_exactly_these() -> None:
    run = check_paths([DRAFT], TODAY)
    found = [(f.code, f.line, f.severity.value, f.checklist_item) for f in run.findings]
    assert found == EXPECTED
    assert run.exit_code == 1


def test_draft_shows_every_kind_of_cross_cutting_finding() -> None:
    groups = {f.code[:3] for f in check_paths([DRAFT], TODAY).findings}
    assert {"REF", "DEL", "UDS", "IND", "VID", "TID", "KOD", "CPR"} <= groups


def test_draft_never_prints_the_cpr_number() -> None:
    run = check_paths([DRAFT], TODAY)
    assert all("120385" not in f.message + f.hint for f in run.findings)


def test_date_decides_the_time_findings() -> None:
    later = CheckOptions(today=date(2027, 3, 15))  # the day of the planned approval
    found = {f.code for f in check_paths([DRAFT], later).findings}
    assert "TID104" not in found
    assert "TID102" in found


def test_draft_statuses() -> None:
    (program,) = check_paths([DRAFT], TODAY).programs
    status = {r.item.number: r.status for r in program.items}
    assert status["5.1"] is ItemStatus.MET
    assert status["6.3"] is ItemStatus.NOT_APPLICABLE
    assert status["1.1"] is ItemStatus.PARTIAL  # succeskriterium is "TODO"
    assert status["3.1"] is ItemStatus.PARTIAL  # mål_for_borgeren is "xxx"
    assert status["2.4"] is ItemStatus.MISSING  # stratificering is misspelt
    assert program.program is None  # the version number and the typo fail the schema
