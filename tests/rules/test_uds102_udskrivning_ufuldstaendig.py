"""UDS102 udskrivning-ufuldstændig: a discharge has a responsible party, a deadline and a channel."""

import pytest

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  aldersgrupper: [voksne]
organisering:
  overgange:
"""


def test_missing_deadline_and_channel() -> None:
    entry = "{type: udskrivning, ansvarlig: region-sj, procedure: Udskrivningskonference.}"
    findings = check_text(HEAD + f"    - {entry}\n").findings
    assert codes(findings, "UDS") == [("UDS102", 8, 7)]
    (found,) = [f for f in findings if f.code == "UDS102"]
    assert found.message == "Overgangen ved udskrivning mangler: frist, kanal."
    assert found.hint == "Udfyld frist_dage, kanal."


def test_deadline_zero_counts() -> None:
    text = HEAD + "    - {type: udskrivning, ansvarlig: region-sj, frist_dage: 0, kanal: MedCom}\n"
    assert codes(check_text(text).findings, "UDS") == []


@pytest.mark.parametrize(
    "entry",
    [
        "{type: udskrivning}",
        "{type: udskrivning, ansvarlig: 'UDFYLD: part-id', kanal: TODO}",
    ],
)
def test_scaffold_entries_are_silent(entry: str) -> None:
    assert codes(check_text(HEAD + f"    - {entry}\n").findings, "UDS") == []
