"""SKM005 ukendt-skemaversion: a schema version this release does not read."""

from helpers import check_text, codes


def test_unknown_version() -> None:
    findings = check_text("skemaversion: 2\nprogram:\n  titel: T\n").findings
    assert codes(findings, "SKM") == [("SKM005", 1, 15)]


def test_version_1_passes() -> None:
    assert codes(check_text("skemaversion: 1\nprogram:\n  titel: T\n").findings, "SKM") == []
