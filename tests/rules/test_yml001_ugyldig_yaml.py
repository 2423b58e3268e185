"""YML001 ugyldig-yaml: the file is not valid YAML."""

import pytest

from helpers import codes, read_findings


def test_valid_yaml_has_no_finding() -> None:
    assert read_findings("skemaversion: 1\nprogram:\n  titel: 'Forløb: voksne'\n") == []


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("program:\n  titel: Forløb: voksne\n", 2, 16, "kolon"),
        ("program:\n\ttitel: x\n", 2, 1, "Tabulatortegn"),
        ("program:\n  titel: 'ikke lukket\n", 3, 1, "citationstegn"),
        ("program:\n  titel: x\n version: 1\n", 3, 2, "Indrykningen"),
        ("a: [1, 2\n", 2, 1, "liste"),
        ("a: 1\n---\nb: 2\n", 2, 1, "flere YAML-dokumenter"),
        ("a: *ukendt\n", 1, 4, "alias"),
    ],
)
def test_invalid_yaml_is_reported_with_location(
    text: str, line: int, column: int, words: str
) -> None:
    findings = read_findings(text)
    assert codes(findings) == [("YML001", line, column)]
    assert words in findings[0].message
    assert findings[0].message.startswith("Ugyldig YAML")
