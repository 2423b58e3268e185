"""UDS101 udskrivning-mangler: a program for adults covers discharge from psychiatry."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  aldersgrupper: [voksne]
organisering:
  overgange:
    - {type: andet, navn: Afslutning til almen praksis, ansvarlig: region-sj}
"""


def test_no_discharge() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "UDS") == [("UDS101", 7, 3)]
    (found,) = [f for f in findings if f.code == "UDS101"]
    assert found.message == "Programmet gælder voksne, men ingen overgang har typen udskrivning."


def test_discharge_present() -> None:
    text = HEAD + "    - {type: udskrivning, ansvarlig: region-sj, frist_dage: 5, kanal: MedCom}\n"
    assert codes(check_text(text).findings, "UDS") == []


def test_children_only_program_is_not_asked() -> None:
    assert codes(check_text(HEAD.replace("[voksne]", "[børn]")).findings, "UDS") == []


def test_no_transitions_yet_is_the_checklists_job() -> None:
    text = HEAD.replace(
        "    - {type: andet, navn: Afslutning til almen praksis, ansvarlig: region-sj}\n", ""
    )
    assert codes(check_text(text).findings, "UDS") == []
