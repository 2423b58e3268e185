"""The text report: plain text off a terminal is byte for byte what rich prints there."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from forloebkit.checking import CheckOptions, CheckRun, ProgramResult, check_paths
from forloebkit.findings import Finding, Severity
from forloebkit.reporting.text import plain_text, render_text, report_blocks, write_text
from helpers import ROOT

SOURCES = [ROOT / "examples", ROOT / "tests" / "data", ROOT / "tests" / "corpus"]


def _rich(run: CheckRun, show_hints: bool = True) -> str:
    buffer = io.StringIO()
    render_text(run, Console(file=buffer, highlight=False), show_hints=show_hints)
    return buffer.getvalue()


def _plain(run: CheckRun, show_hints: bool = True) -> str:
    buffer = io.StringIO()
    write_text(run, buffer, show_hints=show_hints)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _no_colour_forcing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize("show_hints", [True, False])
def test_plain_text_is_what_rich_prints_without_a_terminal(source: Path, show_hints: bool) -> None:
    run = check_paths([source], CheckOptions(today=date(2026, 11, 23)))
    assert run.programs
    assert _plain(run, show_hints) == _rich(run, show_hints)


def _run_with_message(message: str, file: str = "a.yaml") -> CheckRun:
    finding = Finding(
        "TJK101", "x", Severity.WARNING, file, 3, 5, "a.b", message, "tip: " + message
    )
    return CheckRun(programs=[ProgramResult(file, message, [], [finding])])


@given(st.text(), st.text(min_size=1))
def test_any_text_prints_alike(message: str, file: str) -> None:
    run = _run_with_message(message, file)
    assert _plain(run) == _rich(run)


def test_control_characters_are_dropped_as_rich_drops_them() -> None:
    run = _run_with_message("a\rb\x07c\x0bd\x0ce\x08f")
    first = _plain(run).splitlines()[0]
    assert first == "a.yaml — abcdef"


def test_tabs_are_expanded_like_rich() -> None:
    run = _run_with_message("æø\tå")
    assert _plain(run).splitlines()[0] == "a.yaml — æø     å"  # to column 16, as rich does
    assert plain_text(list(report_blocks(run, show_hints=False))) is None  # rich prints it


def test_colours_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    run = _run_with_message("hej")
    assert "\x1b[" not in _plain(run)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[33mTJK101\x1b[0m" in _plain(run)
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert "\x1b[" not in _plain(run)


def test_one_block_per_program_and_a_summary() -> None:
    run = _run_with_message("hej")
    blocks = list(report_blocks(run, show_hints=False))
    assert plain_text(blocks) == (
        "a.yaml — hej\n"
        "a.yaml:3:5 TJK101 (advarsel) hej\n"
        "  Filen kunne ikke læses; tjeklisten er ikke vurderet.\n"
        "\n"
        "1 program tjekket: 0 fejl, 1 advarsel.\n"
    )


def test_the_console_script_writes_plain_text(tmp_path: Path) -> None:
    from helpers import run_cli

    env = {k: "" for k in ("FORCE_COLOR",) if k in os.environ}
    done = run_cli("check", "tests/data/udkast-angst.yaml", "--dato", "2026-11-23", env=env)
    assert "\x1b[" not in done.stdout
    assert done.stdout.endswith("1 program tjekket: 26 fejl, 10 advarsler.\n")
