"""SKM002 manglende-nøgle: a required key is missing; the finding points at the parent."""

from helpers import check_text, codes


def test_missing_title_points_at_program() -> None:
    findings = check_text("skemaversion: 1\nprogram:\n  version: '1'\n").findings
    assert codes(findings, "SKM") == [("SKM002", 2, 1)]
    assert next(f for f in findings if f.code == "SKM002").path == "program.titel"


def test_empty_required_value_counts_as_missing() -> None:
    findings = check_text("skemaversion: 1\nprogram:\n  titel:\n").findings
    assert codes(findings, "SKM") == [("SKM002", 2, 1)]


def test_missing_party_id_points_at_the_party() -> None:
    text = "skemaversion: 1\nprogram:\n  titel: T\n  parter:\n    - navn: Roskilde Kommune\n      type: kommune\n"
    assert codes(check_text(text).findings, "SKM") == [("SKM002", 5, 7)]


def test_missing_program_block_points_at_the_top() -> None:
    findings = check_text("skemaversion: 1\nmålgruppe: {}\n").findings
    assert codes(findings, "SKM") == [("SKM002", 1, 1)]
