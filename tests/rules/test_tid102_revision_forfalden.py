"""TID102 revision-forfalden: the date of the next revision has passed."""

from datetime import date

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  revision: {senest: 2025-03-12, hyppighed_måneder: 24, næste: 2027-03-01}
"""


def test_overdue_revision() -> None:
    findings = check_text(HEAD, today=date(2027, 3, 2)).findings
    assert codes(findings, "TID") == [("TID102", 4, 57)]
    (found,) = [f for f in findings if f.code == "TID102"]
    assert found.message == "Programmet skulle have været revideret senest 2027-03-01."


def test_revision_due_today_passes() -> None:
    assert codes(check_text(HEAD, today=date(2027, 3, 1)).findings, "TID") == []


def test_a_timestamp_counts_by_its_date() -> None:
    text = "skemaversion: 1\nprogram:\n  titel: T\n  revision:\n    næste: 2027-03-01 10:00:00\n"
    assert codes(check_text(text, today=date(2027, 3, 2)).findings, "TID") == [("TID102", 5, 5)]
    assert codes(check_text(text, today=date(2027, 3, 1)).findings, "TID") == []
