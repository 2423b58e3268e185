"""TID101 sundhedsaftale-udløbet: the health agreement's period has ended."""

from datetime import date

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  status: godkendt
  sundhedsaftale: {navn: Sundhedsaftalen 2024-2027, gyldig_fra: 2024-01-01, gyldig_til: 2027-12-31}
"""


def test_expired_agreement() -> None:
    findings = check_text(HEAD, today=date(2028, 1, 1)).findings
    assert codes(findings, "TID") == [("TID101", 5, 77)]
    (found,) = [f for f in findings if f.code == "TID101"]
    assert found.message == "Sundhedsaftalen udløb 2027-12-31."
    assert found.hint == "Datoen er sammenlignet med 2028-01-01."


def test_last_valid_day_passes() -> None:
    assert codes(check_text(HEAD, today=date(2027, 12, 31)).findings, "TID") == []


def test_retired_program_is_not_reported() -> None:
    text = HEAD.replace("godkendt", "udgået")
    assert codes(check_text(text, today=date(2030, 1, 1)).findings, "TID") == []


def test_a_date_that_is_text_is_the_schemas_job() -> None:
    text = HEAD.replace("gyldig_til: 2027-12-31", "gyldig_til: slut 2027")
    assert codes(check_text(text, today=date(2030, 1, 1)).findings, "TID") == []
