"""Checklist coverage per section and in total: shared by every output format."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..checking import ItemResult, ItemStatus, covered_count
from ..checklist import SectionSpec, load_checklist


class SectionCoverage(NamedTuple):
    """A named tuple: built six times per program, and a frozen dataclass costs three times
    as much to build."""

    section: SectionSpec
    items: tuple[ItemResult, ...]
    #: Items met or decided not to apply (counted once: reports ask for it more than once).
    covered: int

    @property
    def total(self) -> int:
        return len(self.items)


def by_section(items: list[ItemResult]) -> list[SectionCoverage]:
    """The coverage of each of the checklist's sections, in its order (items grouped in one
    pass: the text report does this for every program of the run, in the main process)."""
    sections = load_checklist().sections
    grouped: dict[int, list[ItemResult]] = {section.number: [] for section in sections}
    for result in items:
        group = grouped.get(result.item.section)
        if group is not None:
            group.append(result)
    return [
        SectionCoverage(section, tuple(group), covered_count(group))
        for section, group in zip(sections, grouped.values(), strict=True)
    ]


def status_counts(items: list[ItemResult]) -> dict[str, int]:
    """How many items have each status, keyed by the status word (all four present)."""
    counts = Counter(r.status for r in items)
    return {status.value: counts.get(status, 0) for status in ItemStatus}
