"""REF103 part-ikke-i-parter: a region or municipality named in the text but not a party."""

import random
import re

import pytest

from forloebkit.findings import Severity
from forloebkit.rules.references import MUNICIPALITIES, _anchors, canonical_names
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


def test_a_name_is_not_made_of_two_texts() -> None:
    # The texts are searched joined; a name must still lie within one text. A line break
    # between them would have made "Faxe \nKommune" a name (a regex "$" matches before it).
    text = (
        HEAD + "    Aftalt.\n  kommunikation:\n    - 'Regionen og Faxe '\n"
        "    - 'Kommune deltager.'\n    - \"Regionen og Faxe \\n\"\n    - Kommune igen.\n"
    )
    assert codes(check_text(text).findings, "REF") == []


def test_names_found_in_several_texts_keep_their_order_and_place() -> None:
    text = (
        HEAD + "    Aftalt.\n  kommunikation:\n    - Region Sjælland og Køge Kommune.\n"
        "    - Faxe Kommune, Køge Kommune og Region Hovedstaden.\n"
    )
    findings = [f for f in check_text(text).findings if f.code == "REF103"]
    assert [(f.line, f.column, f.message.split("'")[1]) for f in findings] == [
        (12, 7, "Køge Kommune"),
        (13, 7, "Faxe Kommune"),
        (13, 7, "Region Hovedstaden"),
    ]


#: The pattern the anchor words were first found with; _anchors must find what it finds.
_ANCHOR = re.compile(r"[Kk]ommunes?(?![\w-])|Region |Bornholms Regionskommunes?(?![\w-])")
_PIECES = (
    "Kommune", "kommune", "Kommunes", "kommuner", "ommune", "K", "s", "-", "_", " ", "\n", "é",
    "Region ", "Region", "Bornholms Regionskommune", "Bornholms", "Holbæk", "Sjællands", "1", ".",
)  # fmt: skip


def test_anchor_words_are_found_as_the_pattern_finds_them() -> None:
    rng = random.Random(8)
    for _ in range(20_000):
        value = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))
        expected = [m.start() for m in _ANCHOR.finditer(value)]
        assert [start for start, _ in _anchors(value)] == expected, value
