"""TJK101-TJK604: every one of the 22 checklist items can reach each status.

The starting point is a complete program built from the checklist's own
examples; each test then blanks some of one item's fields.
"""

from typing import Any

import pytest

from forloebkit.checking import ItemStatus
from forloebkit.checklist import ChecklistItem, FieldSpec, load_checklist
from forloebkit.findings import Severity
from helpers import check_text, complete_program, dump

ITEMS = load_checklist().items


def _fields(item: ChecklistItem) -> list[FieldSpec]:
    return list(item.fields) or [f for sub in item.subitems for f in sub.fields]


def _blank(data: Any, steps: tuple[str | None, ...], filler: str | None) -> None:
    """Blank every value a field path reaches: text becomes *filler*, anything else
    (numbers, choices, dates; or text when *filler* is None) is removed."""
    step, rest = steps[0], steps[1:]
    if step is None:
        if not isinstance(data, list):
            return
        if rest:
            for item in data:
                _blank(item, rest, filler)
        elif filler is not None and all(isinstance(v, str) for v in data):
            data[:] = [filler] * len(data)
        else:
            data.clear()
        return
    if not isinstance(data, dict) or step not in data:
        return
    if rest:
        _blank(data[step], rest, filler)
    elif isinstance(data[step], str) and filler is not None:
        data[step] = filler
    else:
        del data[step]


def _status(program: dict[str, Any], number: str) -> tuple[ItemStatus, list[Any]]:
    result = check_text(dump(program))
    item = next(r for r in result.items if r.item.number == number)
    others = [r for r in result.items if r.item.number != number]
    assert all(r.status is ItemStatus.MET for r in others), [
        (r.item.number, r.status) for r in others if r.status is not ItemStatus.MET
    ]
    # Blanking a field can also make a cross-cutting rule fire; those have their own tests.
    return item.status, [f for f in result.findings if f.code.startswith(("TJK", "SKM", "YML"))]


def test_complete_program_meets_every_item() -> None:
    result = check_text(dump(complete_program()))
    assert [r.status for r in result.items] == [ItemStatus.MET] * 22
    assert result.findings == []


@pytest.mark.parametrize("item", ITEMS, ids=[i.number for i in ITEMS])
def test_item_can_be_missing(item: ChecklistItem) -> None:
    program = complete_program()
    for spec in _fields(item):
        _blank(program, spec.steps, "TODO")
    status, findings = _status(program, item.number)
    assert status is ItemStatus.MISSING
    expected = len(item.subitems) or 1
    assert [(f.code, f.severity) for f in findings] == [(item.code, Severity.ERROR)] * expected


@pytest.mark.parametrize("item", ITEMS, ids=[i.number for i in ITEMS])
def test_item_can_be_partial(item: ChecklistItem) -> None:
    program = complete_program()
    _blank(program, _fields(item)[0].steps, None)
    status, findings = _status(program, item.number)
    assert status is ItemStatus.PARTIAL
    if item.subitems:  # sub-decision a is partial; b and c are met
        assert [(f.code, f.severity, f.checklist_item) for f in findings] == [
            (item.code, Severity.WARNING, "3.2a")
        ]
    else:
        assert [(f.code, f.severity) for f in findings] == [(item.code, Severity.WARNING)]


@pytest.mark.parametrize("item", ITEMS, ids=[i.number for i in ITEMS])
def test_item_can_be_not_applicable(item: ChecklistItem) -> None:
    program = complete_program()
    for spec in _fields(item):
        _blank(program, spec.steps, None)
    program["tjekliste"] = {item.number: {"ikke_relevant": "Gælder ikke for denne målgruppe."}}
    status, findings = _status(program, item.number)
    assert status is ItemStatus.NOT_APPLICABLE
    assert findings == []


@pytest.mark.parametrize("item", ITEMS, ids=[i.number for i in ITEMS])
def test_item_can_be_met(item: ChecklistItem) -> None:
    status, findings = _status(complete_program(), item.number)
    assert status is ItemStatus.MET
    assert findings == []


def test_sub_decisions_can_be_not_applicable_one_by_one() -> None:
    program = complete_program()
    _blank(program, ("indsatser", "stillingtagen", "integration", "beslutning"), None)
    _blank(program, ("indsatser", "stillingtagen", "integration", "begrundelse"), None)
    program["tjekliste"] = {"3.2c": {"ikke_relevant": "Ingen integrerede tilbud er mulige."}}
    status, findings = _status(program, "3.2")
    assert status is ItemStatus.MET
    assert findings == []
