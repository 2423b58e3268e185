"""render checks each program without the cross-cutting rules, and counts all findings only on demand.

The shipped documents show the checklist and the number of schema findings, so
render leaves the cross-cutting rules (about a tenth of a program's time) out
of its check. A template that asks for ``p.errors`` or ``p.warnings`` still
gets the counts `forloeb check` reports, and a run with an unreadable file
still prints every finding.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from forloebkit.checking import CheckOptions, ProgramResult
from forloebkit.checking.run import check_file
from forloebkit.findings import Severity, count_severity
from forloebkit.loading import discover
from forloebkit.rendering.environment import Format
from forloebkit.rendering.pipeline import Rendered, RenderJob, render_file
from forloebkit.rendering.writer import RenderOptions
from helpers import DATA, run_cli

DRAFT = DATA / "udkast-angst.yaml"
#: Cross-cutting findings in the draft (from `forloeb check`); render's own check has none of them.
CROSSCUT_CODES = {"TID104", "TID102", "IND101", "KOD101", "REF103", "VID101", "VID102", "REF101",
                  "UDS101", "CPR101", "DEL101"}  # fmt: skip
OPTIONS = CheckOptions(today=date(2026, 11, 23))


def _job() -> RenderJob:
    return RenderJob({}, RenderOptions(formats=(Format.html,)), OPTIONS)


def _render(path: Path) -> Rendered:
    (found,), _ = discover([path])
    outcome = render_file(found, _job())
    assert isinstance(outcome, Rendered)
    return outcome


def test_render_does_not_run_the_cross_cutting_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("the cross-cutting rules ran")

    monkeypatch.setattr("forloebkit.checking.run.check_crosscutting", fail)
    outcome = _render(DRAFT)
    assert [doc.name for doc in outcome.documents] == ["program.html"]  # no stems in this job
    assert not CROSSCUT_CODES & {f.code for f in outcome.result.findings}


def test_a_template_asking_for_the_counts_gets_those_of_check(tmp_path: Path) -> None:
    (found,), _ = discover([DRAFT])
    full = check_file(found, CheckOptions(), keep_documents=False)  # today, as render's
    assert isinstance(full, ProgramResult)
    assert {f.code for f in full.findings} >= CROSSCUT_CODES
    errors = count_severity(full.findings, Severity.ERROR)
    warnings = count_severity(full.findings, Severity.WARNING)
    schema = sum(1 for f in full.findings if f.code.startswith("SKM"))
    assert errors > 20 and warnings > 5 and schema == 2

    templates = tmp_path / "skabeloner"
    (templates / "html").mkdir(parents=True)
    (templates / "html" / "program.html.j2").write_text(
        "fejl={{ p.errors }} advarsler={{ p.warnings }} skema={{ p.schema_errors }}\n",
        encoding="utf-8",
    )
    out = tmp_path / "ud"
    result = run_cli("render", str(DRAFT), "-o", str(out), "--skabeloner", str(templates))
    assert result.returncode == 0, result.stderr
    assert (out / "udkast-angst.html").read_text(encoding="utf-8") == (
        f"fejl={errors} advarsler={warnings} skema={schema}\n"
    )


def test_counts_are_found_once_and_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from forloebkit.rendering import context

    (found,), _ = discover([DRAFT])
    outcome = check_file(found, OPTIONS, keep_documents=True, build_model=False,
                         lazy_positions=True, crosscut=False)  # fmt: skip
    assert isinstance(outcome, ProgramResult)
    calls: list[int] = []

    def all_findings() -> list[object]:
        calls.append(1)
        return [replace(outcome.findings[0], severity=Severity.WARNING)] * 3

    view = context.build_program_view(outcome, "udkast", all_findings)  # type: ignore[arg-type]
    assert calls == []
    assert (view.errors, view.warnings) == (0, 3)
    assert calls == [1]


def test_an_unreadable_file_prints_every_finding_of_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "ødelagt.yaml"
    bad.write_text("skemaversion: 1\nprogram: [\n", encoding="utf-8")
    result = run_cli("render", str(bad), str(DRAFT), "-o", str(tmp_path / "ud"))
    assert result.returncode == 2
    assert f"{bad}:3:1 YML001" in result.stdout
    printed = {code for code in CROSSCUT_CODES if f" {code} " in result.stdout}
    assert printed == CROSSCUT_CODES
    assert not (tmp_path / "ud").exists()
