"""The fast path for `forloeb check` and `forloeb render` behaves exactly like the full typer
command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from forloebkit.cli import check_command, render_command
from forloebkit.fast_path import (
    CHECK_OPTIONS,
    check_arguments,
    render_arguments,
    render_options,
    spec_from_typer,
)
from helpers import ROOT, run_cli

DRAFT = "tests/data/udkast-angst.yaml"

SAME_AS_TYPER = [
    ["check", "examples/"],
    ["check", "examples/skizofreni.yaml", "examples/depression.yaml"],
    ["check", DRAFT, "--dato", "2026-11-23"],
    ["check", "--dato=2026-11-23", DRAFT, "--uden-tip"],
    ["check", "-f", "json", DRAFT, "--dato", "2026-11-23"],
    ["check", "--format", "github", DRAFT, "--strict", "--dato", "2026-11-23"],
    ["check", "--format=sarif", "examples/skizofreni.yaml"],
    ["check", DRAFT, "--select", "TJK,SKM", "--ignore", "TJK6", "--dato", "2026-11-23"],
    ["check", DRAFT, "--ingen-konfiguration", "--dato", "2026-11-23"],
    ["check", "--", "findes-ikke.yaml"],
    ["check", "findes-ikke.yaml"],
    ["check", "--dato", "i morgen", DRAFT],
    ["check", "--format", "nej", DRAFT],  # falls back: typer's Danish usage error
    ["check", "--ukendt", DRAFT],
    ["check", "--uden-tip", "--uden-tip", DRAFT],
    ["check", "-f=json", DRAFT],
    ["check", "--select", "-x", DRAFT],
    ["check"],
    ["check", "-h"],
    ["render", "tests/data/udkast-angst.yaml", "-o", "-"],  # "-": typer decides
    ["render", "findes-ikke.yaml", "-o", "{out}"],
    ["render", "examples/skizofreni.yaml", "-o", "{out}", "--part", "ukendt"],
    ["render", "examples/skizofreni.yaml", "-f", "md", "-o", "{out}/-"],
    ["render", "--format", "pdf", "examples/skizofreni.yaml", "-o", "{out}"],
    ["render", "examples/", "--skabeloner", "findes-ikke", "-o", "{out}"],
    ["render", "--tidsstempel=ja", "examples/", "-o", "{out}"],
    ["render", "-o", "{out}"],
]


def _run(args: list[str], fast: bool, cwd: Path = ROOT) -> tuple[int, str, str]:
    env = {} if fast else {"FORLOEB_INGEN_GENVEJ": "1"}
    done = run_cli(*args, cwd=cwd, env=env)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("args", SAME_AS_TYPER, ids=" ".join)
def test_same_output_and_exit_code(args: list[str], tmp_path: Path) -> None:
    runs = []
    for fast in (True, False):
        out = tmp_path / str(fast)
        runs.append(_run([a.replace("{out}", str(out)) for a in args], fast))
    fast_run, typer_run = (tuple(str(x).replace(str(tmp_path / s), "OUT") for x in run)
                           for run, s in zip(runs, ("True", "False"), strict=True))  # fmt: skip
    assert fast_run == typer_run


@pytest.mark.parametrize(
    "args",
    [["render", "examples/", "-o", "{out}"],
     ["render", "-f", "alle", "--part", "aarhus", "examples/depression.yaml", "-o", "{out}"],
     ["render", "--format=md", "examples/skizofreni.yaml", "--output={out}", "--tidsstempel"],
     ["render", "examples/skizofreni.yaml", "--skabeloner", "tests/data", "-o", "{out}"]],
)  # fmt: skip
def test_render_writes_the_same_documents(args: list[str], tmp_path: Path) -> None:
    written: list[tuple[int, str, dict[str, bytes]]] = []
    for fast in (True, False):
        out = tmp_path / str(fast)
        code, stdout, stderr = _run([a.replace("{out}", str(out)) for a in args], fast)
        assert stderr == ""
        files = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        written.append((code, stdout.replace(str(out), "OUT"), files))
    assert written[0][0] == 0 and written[0][2]
    if "--tidsstempel" in args:  # the minute may turn between the two runs
        written = [(c, o, dict.fromkeys(f, b"")) for c, o, f in written]
    assert written[0] == written[1]


def test_same_report_file(tmp_path: Path) -> None:
    for fast, name in ((True, "a.json"), (False, "b.json")):
        _run(
            ["check", "-f", "json", "-o", str(tmp_path / name), DRAFT, "--dato", "2026-11-23"], fast
        )
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_well_formed_lines_take_the_fast_path() -> None:
    kwargs = check_arguments(["check", "-f", "json", "--strict", "a.yaml", "--", "-b.yaml"])
    assert kwargs is not None
    assert kwargs["paths"] == [Path("a.yaml"), Path("-b.yaml")]
    assert (kwargs["output_format"].value, kwargs["strict"], kwargs["select"]) == (
        "json",
        True,
        None,
    )


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "-h"], ["check", "--help", "a"], ["check", "--format", "x", "a"],
     ["check", "--strict=1", "a"], ["check", "-"], ["explain", "TJK101"], ["--debug", "check", "a"]],
)  # fmt: skip
def test_anything_unusual_goes_to_typer(args: list[str]) -> None:
    assert check_arguments(args) is None


def test_fast_path_imports_neither_typer_nor_rich_nor_pydantic_models() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['forloeb', 'check', 'examples/skizofreni.yaml']\n"
        "from forloebkit.entry import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\n"
        "print(code, *(m in sys.modules for m in ('typer', 'click', 'rich', 'pydantic.main')),\n"
        "      file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert done.stderr.strip().splitlines()[-1] == "0 False False False False"


def test_the_written_out_options_are_the_typer_declarations() -> None:
    assert spec_from_typer(check_command) == CHECK_OPTIONS
    assert spec_from_typer(render_command) == render_options()


def test_well_formed_render_lines_take_the_fast_path() -> None:
    kwargs = render_arguments(["render", "-f", "md", "a.yaml", "--tidsstempel", "--part", "x"])
    assert kwargs is not None
    assert (kwargs["paths"], kwargs["document_format"].value, kwargs["output"]) == (
        [Path("a.yaml")], "md", Path("build"))  # fmt: skip
    assert (kwargs["part"], kwargs["templates"], kwargs["timestamp"]) == ("x", None, True)
    assert render_arguments(["render", "a.yaml", "-o", "-"]) is None
    assert render_arguments(["check", "a.yaml"]) is None
