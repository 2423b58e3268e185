"""IND102 kvalitetsaspekt-mangler: the indicators cover all four quality aspects."""

from forloebkit.findings import Severity
from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
opfølgning:
  indikatorer:
    - {id: i1, navn: Genindlæggelser, aspekt: faglig, type: kvalitet}
    - {id: i2, navn: Andel med niveau, aspekt: organisatorisk, type: implementering}
"""


def test_missing_aspects_are_listed() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "IND102") == [("IND102", 5, 3)]
    (found,) = [f for f in findings if f.code == "IND102"]
    assert found.severity is Severity.WARNING
    assert found.message == (
        "Ingen indikator måler kvalitetsaspektet: borgeroplevet, samfundsmæssig."
    )


def test_all_four_aspects() -> None:
    text = HEAD + (
        "    - {id: i3, aspekt: borgeroplevet, type: kvalitet}\n"
        "    - {id: i4, aspekt: samfundsmæssig, type: kvalitet}\n"
    )
    assert codes(check_text(text).findings, "IND102") == []
