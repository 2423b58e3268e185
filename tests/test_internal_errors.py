"""An unexpected exception is one Danish line and exit code 2, never a traceback."""

import sys

import pytest

from forloebkit import cli


def _boom(*args: object) -> None:
    raise RuntimeError("noget gik galt")


def test_internal_error_is_one_danish_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("forloebkit.checking.check_paths", _boom)
    monkeypatch.setattr(sys, "argv", ["forloeb", "check", "examples/"])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Intern fejl i forloeb")
    assert "RuntimeError: noget gik galt" in err
    assert "--debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("forloebkit.checking.check_paths", _boom)
    monkeypatch.setattr(sys, "argv", ["forloeb", "--debug", "check", "examples/"])
    with pytest.raises(RuntimeError, match="noget gik galt"):
        cli.main()
