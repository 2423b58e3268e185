"""SKM003 forkert-type: a value of the wrong type."""

import pytest

from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


@pytest.mark.parametrize(
    ("text", "line", "column", "hint_part"),
    [
        (
            HEAD + "  version: 1.0\n",
            4,
            12,
            'anførselstegn om tallet, så det læses som tekst: "1.0"',
        ),
        (HEAD + "målgruppe:\n  aldersgrupper: voksne\n", 5, 18, "[voksne]"),
        (HEAD + "  revision:\n    senest: i går\n", 5, 13, "ÅÅÅÅ-MM-DD"),
        (HEAD + "målgruppe:\n  karakteristika:\n    antal: mange\n", 6, 12, ""),
    ],
)
def test_wrong_types(text: str, line: int, column: int, hint_part: str) -> None:
    findings = check_text(text).findings
    assert codes(findings, "SKM") == [("SKM003", line, column)]
    assert hint_part in findings[[f.code for f in findings].index("SKM003")].hint


def test_right_types_pass() -> None:
    text = HEAD + "  version: '1.0'\n  revision:\n    senest: 2025-03-01\n"
    assert codes(check_text(text).findings, "SKM") == []
