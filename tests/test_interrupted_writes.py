"""`init --force` and `schema -o` interrupted mid-write: no partial file, no changed old file.

The commands run in-process through ``cli.main`` (as the console script does), with one step
of ``write_atomically`` made to fail: Ctrl-C (KeyboardInterrupt) or a full disk (OSError).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forloebkit import cli
from forloebkit.files import _WINDOWS_RESERVED, safe_file_stem

OLD = b"# det gamle program, som ikke maa gaa tabt\nskemaversion: 1\n"
INIT = ["--titel", "Forløbsprogram for voksne med angst", "--aldersgruppe", "voksne",
        "--region", "Region Sjælland", "--kommune", "Køge Kommune"]  # fmt: skip


def _ctrl_c(*args: object) -> None:
    raise KeyboardInterrupt


def _disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


#: (what fails, exception) - each at a different moment of the write.
FAILURES: list[tuple[str, Callable[..., None]]] = [
    ("os.fsync", _ctrl_c),  # the data is in the temporary file, not yet renamed
    ("os.fsync", _disk_full),
    ("os.fchmod", _ctrl_c),
    ("pathlib.Path.replace", _ctrl_c),  # the very last step
    ("pathlib.Path.replace", _disk_full),
]
#: (argv with {out} for the output file)
COMMANDS = [["init", "{out}", *INIT, "--force"], ["schema", "-o", "{out}"]]


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["forloeb", *argv])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    code = exit_info.value.code
    assert isinstance(code, int)
    return code


@pytest.mark.parametrize("command", COMMANDS, ids=["init", "schema"])
@pytest.mark.parametrize("failure", FAILURES, ids=lambda f: f"{f[0]}-{f[1].__name__}")
@pytest.mark.parametrize("existing", [True, False], ids=["erstat", "ny"])
def test_interrupted_write_leaves_nothing_behind(
    command: list[str],
    failure: tuple[str, Callable[..., None]],
    existing: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "program.yaml"
    if existing:
        out.write_bytes(OLD)
        out.chmod(0o640)
    target, boom = failure
    monkeypatch.setattr(target, boom)
    code = _run([a.replace("{out}", str(out)) for a in command], monkeypatch)
    err = capsys.readouterr().err
    if boom is _ctrl_c:
        assert (code, err) == (130, "Afbrudt.\n")
    else:
        assert code == 2
        assert err == f"Fejl: '{out}' kunne ikke skrives: disken er fuld. Intet er ændret.\n"
    if existing:
        assert [p.name for p in tmp_path.iterdir()] == ["program.yaml"]
        assert out.read_bytes() == OLD
        assert out.stat().st_mode & 0o777 == 0o640
    else:
        assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS, ids=["init", "schema"])
def test_uninterrupted_write_replaces_the_file(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same commands without a failure do replace the old file."""
    out = tmp_path / "program.yaml"
    out.write_bytes(OLD)
    assert _run([a.replace("{out}", str(out)) for a in command], monkeypatch) == 0
    assert out.read_bytes() != OLD
    assert [p.name for p in tmp_path.iterdir()] == ["program.yaml"]


def test_schema_into_a_read_only_folder_is_a_danish_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_rights(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", no_rights)
    out = tmp_path / "s.json"
    assert _run(["schema", "-o", str(out)], monkeypatch) == 2
    assert capsys.readouterr().err == (
        f"Fejl: '{out}' kunne ikke skrives: du har ikke rettighed til at skrive der. "
        "Intet er ændret.\n"
    )


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("../../../etc/cron.d/job", "etc-cron-d-job"),
        ("..\\..\\Windows\\System32", "windows-system32"),
        ("C:\\Users\\plan\\program", "c-users-plan-program"),
        ("/", "program"),
        ("..", "program"),
        (". . .", "program"),
        ("NUL", "nul-fil"),
        ("nul", "nul-fil"),
        ("COM1", "com1-fil"),
        ("lpt1", "lpt1-fil"),
        ("Con ", "con-fil"),
        ("Aux.", "aux-fil"),
        ("x" * 1000, "x" * 80),
        ("Forløb " * 100, ("forløb-" * 12)[:80].strip("-")),
        ("tit\u200bel", "tit-el"),
        ("\x00\x01\n", "program"),
    ],
)
def test_safe_file_stem_stays_in_the_folder(text: str, stem: str, tmp_path: Path) -> None:
    assert safe_file_stem(text) == stem
    assert (tmp_path / f"{stem}.html").resolve().parent == tmp_path.resolve()


@given(st.text(max_size=300))
def test_any_title_gives_a_safe_stem(title: str) -> None:
    stem = safe_file_stem(title)
    assert 1 <= len(stem) <= 80
    assert len(f"{stem}.html".encode()) < 255  # file name limit on every common file system
    assert os.sep not in stem and "/" not in stem and "\\" not in stem
    assert not stem.startswith((".", "-"))
    assert stem not in _WINDOWS_RESERVED
    assert stem.split(".")[0] not in _WINDOWS_RESERVED
