"""YML004 ikke-utf8: the file is not saved as UTF-8."""

from forloebkit.findings import Position
from forloebkit.loading import read_program_bytes
from helpers import codes


def test_windows_1252_is_refused_at_the_first_bad_byte() -> None:
    raw = "skemaversion: 1\nprogram:\n  titel: Forløb\n".encode("cp1252")
    findings = read_program_bytes(raw, "t.yaml").findings
    assert codes(findings) == [("YML004", 3, 14)]
    assert "0xF8" in findings[0].message
    assert "'ø'" in findings[0].message


def test_latin_1_is_refused() -> None:
    raw = "titel: Målgruppe\n".encode("latin-1")
    assert codes(read_program_bytes(raw, "t.yaml").findings) == [("YML004", 1, 9)]


def test_utf16_is_refused() -> None:
    raw = "titel: x\n".encode("utf-16")
    findings = read_program_bytes(raw, "t.yaml").findings
    assert codes(findings) == [("YML004", 1, 1)]
    assert "UTF-16" in findings[0].message


def test_utf8_with_bom_and_crlf_is_accepted() -> None:
    raw = "\ufeffskemaversion: 1\r\nprogram:\r\n  titel: Forløb\r\n".encode()
    read = read_program_bytes(raw, "t.yaml")
    assert read.findings == []
    assert read.document is not None
    assert read.document.data["program"]["titel"] == "Forløb"
    assert read.document.key_position(("program", "titel")) == Position(3, 3)
