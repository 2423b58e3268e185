"""CPR101 cpr-nummer: no CPR number anywhere in a program, comments included."""

import pytest

from forloebkit.rules.privacy import find_cpr
from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


def test_cpr_in_a_value() -> None:
    text = HEAD + "organisering:\n  uenigheder: Se sagen for 120385-1234 i journalen.\n"
    findings = check_text(text).findings
    assert codes(findings, "CPR") == [("CPR101", 5, 28)]
    (found,) = [f for f in findings if f.code == "CPR101"]
    assert "XXXXXX-XXXX" in found.message
    assert "120385" not in found.message + found.hint + found.path
    assert found.path == "organisering.uenigheder"


def test_cpr_in_a_comment() -> None:
    text = HEAD + "# borger 0101901234 fra workshoppen\norganisering: {}\n"
    assert codes(check_text(text).findings, "CPR") == [("CPR101", 4, 10)]


@pytest.mark.parametrize(
    "line",
    [
        "gyldig_fra: 2024-01-01",  # a date
        "telefon: 70 20 12 34",  # a phone number
        "tlf. 70201234",  # eight digits
        "sag 320185-1234",  # day 32 is no date
        "nummer 0113851234",  # month 13 is no date
        "konto 12345678901",  # eleven digits
        "290201-1234",  # 29 February 1901/2001 is no date
    ],
)
def test_no_false_positives(line: str) -> None:
    assert list(find_cpr(line)) == []


@pytest.mark.parametrize("line", ["290200-1234", "010101-0001", "311299 ", "x 3112991234 y"])
def test_date_like_numbers(line: str) -> None:
    assert len(list(find_cpr(line))) == (0 if line == "311299 " else 1)


def test_clean_file() -> None:
    assert codes(check_text(HEAD).findings, "CPR") == []
