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
