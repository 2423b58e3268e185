"""IND103 indikatortype-mangler: both implementation and quality indicators."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
opfølgning:
  indikatorer:
    - {id: i1, navn: Genindlæggelser, type: kvalitet}
"""


def test_no_implementation_indicator() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "IND103") == [("IND103", 5, 3)]
    (found,) = [f for f in findings if f.code == "IND103"]
    assert found.message == "Ingen indikator har typen: implementering."


def test_both_types() -> None:
    text = HEAD + "    - {id: i2, navn: Andel med niveau, type: implementering}\n"
    assert codes(check_text(text).findings, "IND103") == []
