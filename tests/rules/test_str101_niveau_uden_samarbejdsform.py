"""STR101 niveau-uden-samarbejdsform: every level maps to a described coordination form."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  stratificering:
    niveauer:
      - {id: n1, navn: Let, samarbejdsform: faste_samarbejdsmønstre}
      - {id: n2, navn: Moderat}
"""
FORMS = """\
organisering:
  samarbejdsformer:
    - {form: koordinatorfunktion, niveauer: [n2], beskrivelse: Én koordinator pr. borger.}
"""


def test_level_without_form() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "STR") == [("STR101", 8, 9)]
    (found,) = [f for f in findings if f.code == "STR101"]
    assert found.message == "Niveauet 'n2' har ingen samarbejdsform."


def test_form_not_described_in_section_4() -> None:
    text = (
        HEAD.replace("navn: Moderat}", "navn: Moderat, samarbejdsform: koordinatorfunktion}")
        + FORMS
    )
    findings = check_text(text).findings
    assert codes(findings, "STR101") == [("STR101", 7, 29)]
    (found,) = [f for f in findings if f.code == "STR101"]
    assert "'faste_samarbejdsmønstre', som ikke er beskrevet" in found.message


def test_levels_and_forms_agree() -> None:
    text = (
        HEAD.replace("navn: Moderat}", "navn: Moderat, samarbejdsform: tværfagligt_team}")
        + FORMS.replace("koordinatorfunktion", "tværfagligt_team")
        + "    - {form: faste_samarbejdsmønstre, niveauer: [n1]}\n"
    )
    assert codes(check_text(text).findings, "STR") == []


def test_placeholder_levels_are_silent() -> None:
    text = (
        HEAD.split("      - {id: n1")[0]
        + "      - {id: n1, navn: TODO, beskrivelse: 'UDFYLD: ...'}\n"
    )
    assert codes(check_text(text).findings, "STR") == []
