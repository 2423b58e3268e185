"""YML002 dobbelt-nøgle: the same key twice in one mapping."""

from helpers import codes, read_findings


def test_distinct_keys_pass() -> None:
    assert read_findings("program:\n  titel: a\n  version: '1'\n") == []


def test_each_duplicate_is_reported_at_the_second_key() -> None:
    text = "program:\n  titel: a\n  status: udkast\n  titel: b\nmålgruppe: {}\nmålgruppe: {}\n"
    findings = read_findings(text)
    assert codes(findings) == [("YML002", 4, 3), ("YML002", 6, 1)]
    assert "linje 2" in findings[0].message
    assert findings[0].path == "program.titel"


def test_same_key_in_different_mappings_is_fine() -> None:
    assert read_findings("a:\n  navn: x\nb:\n  navn: y\n") == []
