"""Checklist coverage per section and in total: shared by every output format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..checking import ItemResult, ItemStatus, covered_count
from ..checklist import SectionSpec, load_checklist


@dataclass(frozen=True, slots=True)
class SectionCoverage:
    section: SectionSpec
    items: tuple[ItemResult, ...]

    @property
    def covered(self) -> int:
        """Items met or decided not to apply."""
        return covered_count(self.items)

    @property
    def total(self) -> int:
        return len(self.items)


def by_section(items: list[ItemResult]) -> list[SectionCoverage]:
    return [
        SectionCoverage(section, tuple(r for r in items if r.item.section == section.number))
        for section in load_checklist().sections
    ]


def status_counts(items: list[ItemResult]) -> dict[str, int]:
    """How many items have each status, keyed by the status word (all four present)."""
    counts = Counter(r.status for r in items)
    return {status.value: counts.get(status, 0) for status in ItemStatus}
