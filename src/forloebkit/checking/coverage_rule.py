"""TJK003: a program covers fewer checklist items than the configured minimum."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Finding
from ..loading import LoadedDocument
from ..rules.checklist_rules import BELOW_MIN_COVERAGE
from .checklist import ItemResult, covered_count

if TYPE_CHECKING:
    from .run import CheckOptions


def coverage_findings(
    doc: LoadedDocument, items: list[ItemResult], options: CheckOptions
) -> list[Finding]:
    minimum = options.min_coverage
    if minimum is None or not items:
        return []
    covered = covered_count(items)
    percent = 100 * covered / len(items)
    if percent >= minimum:
        return []
    return [
        BELOW_MIN_COVERAGE.finding(
            doc.file,
            doc.position(("program",)),
            ("program",),
            f"Programmet dækker {covered} af {len(items)} tjeklistepunkter ({percent:.0f} %); "
            f"konfigurationen kræver mindst {minimum} %.",
            "Udfyld de manglende punkter, eller begrund dem som ikke relevante.",
        )
    ]
