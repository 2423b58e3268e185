"""IND101 mål-uden-indikator: every goal links to at least one indicator."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
fælles_mål_og_forståelse:
  mål:
    - {id: m1, tekst: Sammenhængende forløb, indikatorer: [i1]}
    - {id: m2, tekst: Flere i job}
opfølgning:
  indikatorer:
    - {id: i1, navn: Oplevet sammenhæng}
"""


def test_goal_without_indicator() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "IND101") == [("IND101", 7, 7)]
    (found,) = [f for f in findings if f.code == "IND101"]
    assert found.message == "Målet 'm2' er ikke knyttet til nogen indikator."


def test_every_goal_has_an_indicator() -> None:
    text = HEAD.replace("Flere i job}", "Flere i job, indikatorer: [i1]}")
    assert codes(check_text(text).findings, "IND101") == []


def test_no_indicators_yet_is_the_checklists_job() -> None:
    text = HEAD.split("opfølgning:")[0]
    assert codes(check_text(text).findings, "IND") == []
