"""REF103 part-ikke-i-parter: a region or municipality named in the text but not a party."""

import random
import re
from datetime import date

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


# The shortcut reads the source for names before any walk of the data: it must never miss a
# name that the reader's texts hold. Each of these texts names Køge Kommune, which is not a
# party, in a way a plain search of the source for "Køge Kommune" would miss.
@pytest.mark.parametrize(
    "value",
    [
        '"K\\u00f8ge Kommune deltager."',  # an escape
        '"Køge\\x20Kommune deltager."',
        '"Køge \\\n    Kommune deltager."',  # an escaped line break: no space is kept
        "Borgere fra Køge\n    Kommune deltager.",  # folded over two lines
        "|-\n    Borgere fra Køge \n    Kommune deltager.",  # a space, then a line break
        "'Køge  \n\n    Kommune'",  # a blank line folds to a line break: no name
    ],
)
def test_names_the_source_spells_otherwise_are_found(value: str) -> None:
    text = HEAD.replace("uenigheder: >-\n", f"uenigheder: {value}\n")
    expected = [] if value.startswith("'Køge  ") else [("REF103", 9, 3)]
    assert _ref_at(text) == expected


def test_the_comments_at_the_top_name_no_party_but_later_ones_may() -> None:
    top = "# Tilpasset Køge Kommune og Region Hovedstaden.\n"
    quiet = top + HEAD + "    Roskilde Kommune.\n"
    assert _ref_at(quiet) == []
    # A comment below the top is read generously too (the walk then decides: no finding),
    # and a text that only looks like a comment is a text.
    later = (
        HEAD + "    Roskilde Kommune.\n  # Køge Kommune\n  kommunikation: |\n    # Køge Kommune\n"
    )
    assert _ref_at(later) == [("REF103", 12, 3)]


def test_a_name_reused_through_an_alias_is_found() -> None:
    text = (
        HEAD.replace(
            "    - {id: holbæk, navn: Holbæk, type: kommune}\n",
            "    - {id: holbæk, navn: Holbæk, type: kommune, note: &k Køge Kommune}\n",
        )
        + "    Aftalt.\n  kommunikation: *k\n"
    )
    assert _ref_at(text) == [("REF103", 11, 3)]


def _ref_at(text: str) -> list[tuple[str, int, int]]:
    return codes(check_text(text).findings, "REF103")


_NAME_PIECES = (
    "Køge", "Holbæk", "Roskilde", "Lyngby-Taarbæk", "Ærø", "Kommune", "kommunes", "Kommunen",
    "Region", "Sjælland", "Hovedstadens", "Bornholms", "Regionskommune", " ", "  ", "\n", "-",
    ".", "x", "'",
)  # fmt: skip


def _as_yaml(value: str, style: str) -> str:
    """*value* (after "Tekst ") as a YAML scalar of *style*, written as a person might."""
    if style == "literal":
        return "|-\n" + "\n".join("    " + line for line in f"Tekst {value}".split("\n"))
    if style == "single":
        return "'Tekst " + value.replace("'", "''").replace("\n", "\n\n    ") + "'"
    # plain, folded over lines: the words keep their order, the whitespace between them is lost
    words = value.replace("'", "").split()
    return "Tekst" + "".join(random.Random(len(value)).choice((" ", "\n    ")) + w for w in words)


def test_the_shortcut_never_skips_a_name_the_walk_finds() -> None:
    from forloebkit.loading import read_program_text
    from forloebkit.rules.program_view import ProgramView
    from forloebkit.rules.references import (
        _SEPARATOR,
        _party_names,
        _place_texts,
        _source_may_name_unlisted,
    )  # fmt: skip

    rng = random.Random(103)
    read = named = 0
    for _ in range(1500):
        value = "".join(
            rng.choice(_NAME_PIECES) + rng.choice(("", " ", " ", " ", "\n", " \n", "  "))
            for _ in range(rng.randint(1, 9))
        )
        style = rng.choice(("plain", "literal", "single"))
        text = HEAD + "    Aftalt.\n  kommunikation: " + _as_yaml(value, style) + "\n"
        document = read_program_text(text, "t.yaml").document
        if document is None:
            continue
        read += 1
        view = ProgramView(document, date(2026, 11, 23))
        listed = _party_names(view)
        texts = _SEPARATOR.join(_place_texts(document.data))
        if any(name not in listed for _, name in canonical_names(texts)):
            named += 1
            assert _source_may_name_unlisted(document.source, listed), text
    assert read > 1000 and named > 40  # the test compares something
