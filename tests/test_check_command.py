"""run_check, the typer-free body of `forloeb check`: exit codes and the problems it refuses."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

from forloebkit import entry
from forloebkit.check_command import CommandError, OutputFormat, parse_date, run_check
from helpers import ROOT

DRAFT = ROOT / "tests" / "data" / "udkast-angst.yaml"
EXAMPLE = ROOT / "examples" / "skizofreni.yaml"


def test_exit_codes() -> None:
    assert run_check([EXAMPLE], no_cache=True) == 0
    assert run_check([DRAFT], today="2026-11-23", no_cache=True) == 1
    unreadable = ROOT / "tests" / "corpus" / "tabulator-indrykning.yaml"
    assert unreadable.is_file()
    assert run_check([unreadable], no_cache=True) == 2


@pytest.mark.parametrize("text", ["23-11-2026", "2026-02-30", "i morgen", ""])
def test_a_bad_date_is_refused(text: str) -> None:
    with pytest.raises(CommandError, match=f"Ugyldig dato '{text}' til --dato"):
        parse_date(text)


def test_a_missing_output_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="findes ikke"):
        run_check(
            [EXAMPLE], output_format=OutputFormat.json, output=tmp_path / "mangler" / "r.json"
        )


def test_a_failed_report_write_is_a_danish_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full_disk(path: Path, content: str | bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("forloebkit.files.write_atomically", full_disk)
    target = tmp_path / "r.json"
    monkeypatch.setattr(
        sys, "argv", ["forloeb", "check", str(EXAMPLE), "-f", "json", "-o", str(target)]
    )
    with pytest.raises(SystemExit) as done:
        entry.main()
    assert done.value.code == 2
    assert capsys.readouterr().err == (
        f"Fejl: '{target}' kunne ikke skrives: disken er fuld. Intet er ændret.\n"
    )
    assert not target.exists()
