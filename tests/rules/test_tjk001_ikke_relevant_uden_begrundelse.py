"""TJK001 ikke-relevant-uden-begrundelse: 'ikke relevant' needs a written reason."""

import pytest

from forloebkit.checking import ItemStatus
from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


@pytest.mark.parametrize("reason", ['""', "TODO", "xxx", "Udfyldes", "'  '", "42"])
def test_reason_is_required(reason: str) -> None:
    result = check_text(HEAD + f'tjekliste:\n  "2.4": {{ikke_relevant: {reason}}}\n')
    assert codes(result.findings, "TJK001") == [("TJK001", 5, 11)]
    item = next(r for r in result.items if r.item.number == "2.4")
    assert item.status is ItemStatus.MISSING  # the decision does not count


def test_written_reason_makes_the_item_not_applicable() -> None:
    text = HEAD + 'tjekliste:\n  "2.4": {ikke_relevant: "Alle borgere får samme team."}\n'
    result = check_text(text)
    assert codes(result.findings, "TJK001") == []
    item = next(r for r in result.items if r.item.number == "2.4")
    assert item.status is ItemStatus.NOT_APPLICABLE
    assert item.reason == "Alle borgere får samme team."


def test_unquoted_item_number_is_read_as_text() -> None:
    result = check_text(HEAD + "tjekliste:\n  2.4: {ikke_relevant: Lille målgruppe.}\n")
    assert (
        next(r for r in result.items if r.item.number == "2.4").status is ItemStatus.NOT_APPLICABLE
    )
