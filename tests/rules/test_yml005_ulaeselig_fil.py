"""YML005 ulæselig-fil: missing path, binary content."""

from pathlib import Path

from forloebkit.checking import check_paths
from forloebkit.loading import read_program_bytes, read_program_file
from helpers import codes


def test_missing_path(tmp_path: Path) -> None:
    run = check_paths([tmp_path / "findes-ikke.yaml"])
    assert codes(run.findings) == [("YML005", 1, 1)]
    assert run.exit_code == 2


def test_nul_bytes_mean_binary() -> None:
    findings = read_program_bytes(b"titel: a\nb\x00c\n", "t.yaml").findings
    assert codes(findings) == [("YML005", 2, 2)]


def test_a_folder_passed_as_file_is_reported(tmp_path: Path) -> None:
    findings = read_program_file(tmp_path).findings
    assert [f.code for f in findings] == ["YML005"]


def test_readable_file_passes(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("skemaversion: 1\n", encoding="utf-8")
    assert read_program_file(path).findings == []
