"""TID103 opfølgning-forfalden: the date of the next follow-up has passed."""

from datetime import date

from forloebkit.findings import Severity
from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
opfølgning:
  ansvar:
    opfølgning: region-sj
    næste_opfølgning: 2027-01-19
"""


def test_overdue_follow_up_is_a_warning() -> None:
    findings = check_text(HEAD, today=date(2027, 2, 1)).findings
    assert codes(findings, "TID") == [("TID103", 7, 5)]
    (found,) = [f for f in findings if f.code == "TID103"]
    assert found.severity is Severity.WARNING
    assert found.message == "Næste opfølgning var planlagt til 2027-01-19."


def test_future_follow_up_passes() -> None:
    assert codes(check_text(HEAD, today=date(2026, 11, 23)).findings, "TID") == []
