"""REF103 part-ikke-i-parter: a region or municipality named in the text but not a party."""

import pytest

from forloebkit.findings import Severity
from forloebkit.rules.references import MUNICIPALITIES, canonical_names
from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  parter:
    - {id: region-sj, navn: Region Sjælland, type: region}
    - {id: roskilde, navn: Roskilde Kommune, type: kommune}
    - {id: holbæk, navn: Holbæk, type: kommune}
organisering:
  uenigheder: >-
"""


def _ref(text: str) -> list[tuple[str, int, int]]:
    return codes(check_text(HEAD + "    " + text + "\n").findings, "REF")


def test_unlisted_municipality_is_a_warning() -> None:
    findings = check_text(HEAD + "    Køge Kommune og Roskilde Kommune mødes.\n").findings
    assert codes(findings, "REF") == [("REF103", 9, 3)]
    ref = next(f for f in findings if f.code == "REF103")
    assert ref.severity is Severity.WARNING
    assert ref.message == "'Køge Kommune' nævnes i teksten, men er ikke en af programmets parter."


@pytest.mark.parametrize(
    "text",
    [
        "Roskilde Kommune og Region Sjælland løser det.",
        "Psykiatrien Region Sjælland og Roskilde kommunes bostøtte.",
        "Holbæk Kommunes plan revideres.",  # the party is named just "Holbæk"
        "Køge, Holbæk og Næstved kommuner deltager senere.",  # plural: not one party's name
        "Hver Kommune og enhver region vælger selv.",  # not a municipality's name
        "Kommunen kontakter Region Sjællands psykiatri.",
        "Greve-modellen og Faxe-aftalen bruges som inspiration.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert _ref(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Region Hovedstaden overtager.", "Region Hovedstaden"),
        ("Københavns Kommune deltager.", "Københavns Kommune"),
        ("Lyngby-Taarbæk Kommune deltager.", "Lyngby-Taarbæk Kommune"),
        ("Bornholms Regionskommune deltager.", "Bornholms Regionskommune"),
        ("Tal fra Aalborg kommune.", "Aalborg Kommune"),
    ],
)
def test_names_are_recognised(text: str, name: str) -> None:
    assert [n for _, n in canonical_names(text)] == [name]


def test_each_name_is_reported_once() -> None:
    text = HEAD + "    Køge Kommune.\n  kommunikation:\n    samtykke: Køge Kommune igen.\n"
    assert codes(check_text(text).findings, "REF") == [("REF103", 9, 3)]


def test_the_list_has_the_98_municipalities() -> None:
    assert len(set(MUNICIPALITIES)) == 97  # plus Bornholms Regionskommune


def test_no_parties_yet_is_silent() -> None:
    text = "skemaversion: 1\nprogram:\n  titel: T\norganisering:\n  uenigheder: Køge Kommune.\n"
    assert codes(check_text(text).findings, "REF") == []


def test_a_name_folded_over_two_lines_is_found() -> None:
    text = HEAD + "    Tallene omfatter også borgere i Køge\n    Kommune fra 2027.\n"
    assert codes(check_text(text).findings, "REF") == [("REF103", 9, 3)]
