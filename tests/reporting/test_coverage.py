"""Coverage per section: shared by the text, JSON and overview reports."""

from __future__ import annotations

from datetime import date

from forloebkit.checking import CheckOptions, ItemStatus, check_paths
from forloebkit.checklist import load_checklist
from forloebkit.reporting.coverage import by_section, status_counts
from helpers import ROOT


def test_items_are_grouped_by_section_in_the_checklists_order() -> None:
    run = check_paths([ROOT / "tests" / "data" / "udkast-angst.yaml"],
                      CheckOptions(today=date(2026, 11, 23)))  # fmt: skip
    items = run.programs[0].items
    shuffled = items[1::2] + items[::2]  # grouping must not depend on the items' order
    sections = by_section(shuffled)
    assert [c.section for c in sections] == list(load_checklist().sections)
    for coverage in sections:
        expected = [r for r in shuffled if r.item.section == coverage.section.number]
        assert list(coverage.items) == expected
        assert coverage.total == len(expected)
        assert coverage.covered == sum(
            r.status in (ItemStatus.MET, ItemStatus.NOT_APPLICABLE) for r in expected
        )
    assert sum(c.total for c in sections) == len(items) == 22
    counts = status_counts(items)
    # the draft has items of every kind, so the sums above compare something
    assert counts["delvist"] and counts["mangler"] and counts["opfyldt"]
    assert sum(c.covered for c in sections) == counts["opfyldt"] + counts["ikke_relevant"]


def test_a_program_without_items_has_empty_sections() -> None:
    sections = by_section([])
    assert [(c.total, c.covered) for c in sections] == [(0, 0)] * len(load_checklist().sections)
