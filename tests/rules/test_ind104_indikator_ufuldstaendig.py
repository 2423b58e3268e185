"""IND104 indikator-ufuldstændig: every indicator has an owner, a frequency and a data source."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
opfølgning:
  indikatorer:
    - id: i1
      navn: Genindlæggelser inden for 30 dage
      datakilde: Landspatientregisteret
"""


def test_missing_owner_and_frequency() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "IND104") == [("IND104", 6, 7)]
    (found,) = [f for f in findings if f.code == "IND104"]
    assert found.message == "Indikatoren 'i1' mangler: ansvarlig part, hyppighed."


def test_complete_indicator() -> None:
    text = HEAD + "      ansvarlig: region-sj\n      hyppighed_måneder: 6\n"
    assert codes(check_text(text).findings, "IND104") == []


def test_placeholder_indicator_is_the_checklists_job() -> None:
    text = (
        HEAD.split("    - id: i1")[0] + "    - {id: i1, navn: TODO, datakilde: 'UDFYLD: kilde'}\n"
    )
    assert codes(check_text(text).findings, "IND") == []
