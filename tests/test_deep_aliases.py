"""Chained aliases may not build data nested deeper than a file may be (MAX_DEPTH)."""

from __future__ import annotations

from pathlib import Path

from forloebkit.loading.reader import read_program_text
from forloebkit.loading.scalars import MAX_DEPTH
from helpers import run_cli


def _chained(levels: int, links: int) -> str:
    """Anchors each *levels* deep, each holding the one before: data far deeper than the file."""
    lines = ["  a0: &a0 " + "[" * levels + "x" + "]" * levels]
    for i in range(1, links):
        lines.append(f"  a{i}: &a{i} " + "[" * (levels - 1) + f"*a{i - 1}" + "]" * (levels - 1))
    return (
        "skemaversion: 1\nprogram: {titel: T}\nankre:\n" + "\n".join(lines)
        + f"\nmålgruppe:\n  beskrivelse: *a{links - 1}\n"
    )  # fmt: skip


def test_an_alias_that_would_nest_too_deep_is_refused() -> None:
    read = read_program_text(_chained(90, 20), "dyb.yaml")
    assert read.document is None
    assert [(f.code, f.line, f.column) for f in read.findings] == [("YML007", 4, 7)]
    assert f"mere end {MAX_DEPTH} niveauer" in read.findings[0].message


def test_aliases_within_the_limit_are_read() -> None:
    read = read_program_text(_chained(30, 3), "lav.yaml")
    assert read.document is not None
    value = read.document.data["målgruppe"]["beskrivelse"]
    depth = 0
    while isinstance(value, list):
        value, depth = value[0], depth + 1
    assert (value, depth) == ("x", 30 + 29 + 29)


def test_check_reports_it_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "dyb.yaml").write_text(_chained(90, 20), encoding="utf-8")
    done = run_cli("check", "dyb.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "dyb.yaml:4:7 YML007" in done.stdout
    assert "Intern fejl" not in done.stdout + done.stderr
