"""SKM004 ugyldig-værdi: not one of the allowed values, out of range, impossible date."""

import pytest

from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


@pytest.mark.parametrize(
    ("text", "line", "column", "message_part"),
    [
        (HEAD + "  status: godkent\n", 4, 11, "Tilladt: udkast, høring, godkendt, udgået"),
        (HEAD + "  revision:\n    senest: 2025-02-30\n", 5, 13, "Datoen 2025-02-30 findes ikke"),
        (HEAD + "  parter:\n    - {id: Region SJ, navn: R, type: region}\n", 5, 12, "gyldigt id"),
        (HEAD + "opfølgning:\n  ansvar:\n    hyppighed_måneder: 0\n", 6, 24, "mindst 1"),
    ],
)
def test_invalid_values(text: str, line: int, column: int, message_part: str) -> None:
    findings = check_text(text).findings
    assert codes(findings, "SKM") == [("SKM004", line, column)]
    assert message_part in next(f for f in findings if f.code == "SKM004").message


def test_close_value_gets_a_suggestion() -> None:
    findings = check_text(HEAD + "  status: godkent\n").findings
    assert next(f for f in findings if f.code == "SKM004").hint == "Mente du 'godkendt'?"


def test_allowed_values_pass() -> None:
    assert codes(check_text(HEAD + "  status: høring\n").findings, "SKM") == []
