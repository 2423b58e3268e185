"""YML003 ikke-et-program: the top level is not a mapping."""

import pytest

from helpers import codes, read_findings


@pytest.mark.parametrize(
    ("text", "word"), [("- a\n- b\n", "en liste"), ("bare tekst\n", "en enkelt værdi")]
)
def test_non_mapping_top_level(text: str, word: str) -> None:
    findings = read_findings(text)
    assert codes(findings) == [("YML003", 1, 1)]
    assert word in findings[0].message


def test_mapping_top_level_passes() -> None:
    assert read_findings("skemaversion: 1\n") == []
