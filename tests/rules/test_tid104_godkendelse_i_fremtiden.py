"""TID104 godkendelse-i-fremtiden: an approval dated after today."""

from datetime import date

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  status: udgået
  godkendelser:
    - {organ: Regionsrådet, dato: 2025-01-27}
    - {organ: Byrådet, dato: 2027-03-15}
"""


def test_future_approval() -> None:
    findings = check_text(HEAD, today=date(2026, 11, 23)).findings
    assert codes(findings, "TID") == [("TID104", 7, 24)]
    (found,) = [f for f in findings if f.code == "TID104"]
    assert found.message == "Godkendelsen er dateret 2027-03-15, efter dags dato (2026-11-23)."


def test_approval_today_passes() -> None:
    assert codes(check_text(HEAD, today=date(2027, 3, 15)).findings, "TID") == []


def test_a_timestamp_counts_by_its_date() -> None:
    text = HEAD + "    - organ: Byrådet\n      dato: 2027-03-16T10:00:00Z\n"
    assert codes(check_text(text, today=date(2027, 3, 15)).findings, "TID") == [("TID104", 9, 7)]
