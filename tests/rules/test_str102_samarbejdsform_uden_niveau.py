"""STR102 samarbejdsform-uden-niveau: every coordination form described applies to some level."""

from forloebkit.findings import Severity
from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  stratificering:
    niveauer:
      - {id: n1, navn: Let, samarbejdsform: faste_samarbejdsmønstre}
organisering:
  samarbejdsformer:
    - {form: faste_samarbejdsmønstre, beskrivelse: Faste kontaktpersoner.}
    - {form: tværfagligt_team, beskrivelse: F-ACT.}
"""


def test_form_without_level() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "STR") == [("STR102", 11, 7)]
    (found,) = [f for f in findings if f.code == "STR102"]
    assert found.severity is Severity.WARNING
    assert (
        found.message
        == "Samarbejdsformen 'tværfagligt_team' gælder ikke for noget stratificeringsniveau."
    )


def test_form_lists_its_levels() -> None:
    text = HEAD.replace("F-ACT.}", "F-ACT., niveauer: [n1]}")
    assert codes(check_text(text).findings, "STR") == []


def test_no_levels_yet_is_silent() -> None:
    text = HEAD.replace(
        "      - {id: n1, navn: Let, samarbejdsform: faste_samarbejdsmønstre}\n", ""
    )
    assert codes(check_text(text).findings, "STR") == []
