"""``--format json``: a stable, documented structure (see README, "JSON-format")."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..checking import CheckRun, ItemResult, ProgramResult, covered_count
from ..findings import Finding, Severity, count_severity
from .coverage import by_section, status_counts

#: Bump when a key is removed or changes meaning; adding keys does not bump it.
FORMAT_VERSION = 1


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "kode": finding.code,
        "navn": finding.name,
        "alvor": finding.severity.value,
        "fil": finding.file,
        "linje": finding.line,
        "kolonne": finding.column,
        "sti": finding.path,
        "besked": finding.message,
        "tip": finding.hint,
        "tjeklistepunkt": finding.checklist_item,
    }


def _item(result: ItemResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "punkt": result.item.number,
        "kode": result.item.code,
        "afsnit": result.item.section,
        "tekst": result.item.text,
        "status": result.status.value,
        "mangler": [f.path for f in result.missing],
        "begrundelse": result.reason,
    }
    if result.parts:
        out["delpunkter"] = [
            {
                "punkt": part.number,
                "tekst": sub.text,
                "status": part.status.value,
                "mangler": [f.path for f in part.missing],
                "begrundelse": part.reason,
            }
            for part, sub in zip(result.parts, result.item.subitems, strict=True)
        ]
    return out


def _program(program: ProgramResult) -> dict[str, Any]:
    counts = status_counts(program.items)
    covered = covered_count(program.items)
    return {
        "fil": program.file,
        "titel": program.title,
        "laesbar": bool(program.items),
        "overblik": {**counts, "i_alt": len(program.items), "daekket": covered},
        "afsnit": [
            {
                "nummer": c.section.number,
                "titel": c.section.title,
                "daekket": c.covered,
                "i_alt": c.total,
            }
            for c in by_section(program.items)
        ]
        if program.items
        else [],
        "tjekliste": [_item(r) for r in program.items],
        "fund": [finding_to_dict(f) for f in program.findings],
    }


def render_json(run: CheckRun) -> str:
    findings = run.findings
    document = {
        "format": "forloeb-check",
        "formatversion": FORMAT_VERSION,
        "forloeb_version": __version__,
        "programmer": [_program(p) for p in run.programs],
        "andre_fund": [finding_to_dict(f) for f in run.path_errors],
        "sprunget_over": [{"fil": s.file, "grund": s.reason} for s in run.skipped],
        "opsummering": {
            "programmer": len(run.programs),
            "fejl": count_severity(findings, Severity.ERROR),
            "advarsler": count_severity(findings, Severity.WARNING),
            "info": sum(1 for f in findings if f.severity is Severity.INFO),
            "exitkode": run.exit_code,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
