"""An unexpected exception is one Danish line and exit code 2, never a traceback."""

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from forloebkit import cli, entry, guard


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("noget gik galt\nover to linjer")


#: (argv after 'forloeb', the function made to fail, what the message says was being done)
COMMANDS = [
    (["check", "examples/"], "forloebkit.checking.check_paths", "under tjek af programmer"),
    (
        ["init", "{tmp}/ny.yaml", "--titel", "Forløbsprogram for voksne med angst",
         "--aldersgruppe", "voksne", "--region", "Region Sjælland", "--kommune", "Køge Kommune"],
        "forloebkit.scaffold.build_scaffold",
        "da et nyt program skulle skrives",
    ),
    (["explain", "TJK204"], "forloebkit.reporting.explain.explain_rule",
     "da en regel skulle forklares"),
    (["schema", "-o", "{tmp}/s.json"], "forloebkit.schema_export.program_schema_json",
     "da JSON-skemaet skulle skrives"),
]  # fmt: skip


#: The typer command line, and the console script, which runs a plain `check` without typer.
MAINS = [pytest.param(cli.main, id="cli"), pytest.param(entry.main, id="entry")]


@pytest.mark.parametrize("main", MAINS)
@pytest.mark.parametrize(("args", "target", "doing"), COMMANDS, ids=lambda v: str(v)[:20])
def test_internal_error_is_one_danish_line(
    main: Callable[[], None],
    args: list[str],
    target: str,
    doing: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(target, _boom)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    monkeypatch.setattr(sys, "argv", ["forloeb", *argv])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"Intern fejl i forloeb 0.1.0 {doing}: RuntimeError: noget gik galt over to linjer. "
        "Det er en fejl i værktøjet, ikke i dit program: kør kommandoen igen med --debug og "
        "send uddata til dem, der vedligeholder forloeb.\n"
    )
    assert list(tmp_path.iterdir()) == []  # nothing half-written


@pytest.mark.parametrize("main", MAINS)
@pytest.mark.parametrize(("args", "target", "doing"), COMMANDS, ids=lambda v: str(v)[:20])
def test_debug_shows_the_traceback(
    main: Callable[[], None],
    args: list[str],
    target: str,
    doing: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(target, _boom)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    monkeypatch.setattr(sys, "argv", ["forloeb", "--debug", *argv])
    with pytest.raises(RuntimeError, match="noget gik galt"):
        main()


def test_an_unknown_command_in_the_message() -> None:
    assert guard.doing(["--debug", "render", "x.yaml"]) == "under 'forloeb render'"
    assert guard.doing([]) == "ved start"
