"""REF101 ukendt-id: a reference to a party, level, intervention or indicator that does not exist."""

from forloebkit.rules import references
from helpers import check_text, codes

PARTIES = """\
skemaversion: 1
program:
  titel: T
  parter:
    - {id: region-sj, navn: Region Sjælland, type: region}
    - {id: roskilde, navn: Roskilde Kommune, type: kommune}
"""


def _ref(text: str) -> list[tuple[str, int, int]]:
    return codes(check_text(text).findings, "REF")


def test_known_party_passes() -> None:
    assert _ref(PARTIES + "indsatser:\n  katalog:\n    - {id: ips, ansvarlig: [roskilde]}\n") == []


def test_unknown_party_in_a_list() -> None:
    text = PARTIES + "indsatser:\n  katalog:\n    - {id: ips, ansvarlig: [roskilde, koege]}\n"
    findings = check_text(text).findings
    assert codes(findings, "REF") == [("REF101", 9, 39)]
    ref = next(f for f in findings if f.code == "REF101")
    assert ref.message == (
        "Ukendt part 'koege': der er ingen part med det id under program.parter."
    )
    assert ref.hint == "Kendte id'er: region-sj, roskilde."
    assert ref.path == "indsatser.katalog[0].ansvarlig[1]"


def test_unknown_party_as_a_single_id() -> None:
    text = PARTIES + "organisering:\n  overgange:\n    - type: udskrivning\n      ansvarlig: rsj\n"
    assert _ref(text) == [("REF101", 10, 7)]


def test_unknown_level_intervention_and_indicator() -> None:
    text = PARTIES + (
        "fælles_mål_og_forståelse:\n  mål:\n    - {id: m1, indikatorer: [i9]}\n"  # line 9
        "målgruppe:\n  stratificering:\n    niveauer:\n      - {id: n1, navn: Let}\n"
        "indsatser:\n  katalog:\n    - {id: ips, niveauer: [n2]}\n"  # line 16
        "  stillingtagen:\n    samarbejde: {beslutning: ja, indsatser: [f-act]}\n"  # line 18
        "opfølgning:\n  indikatorer:\n    - {id: i1, navn: X}\n"
    )
    assert _ref(text) == [("REF101", 9, 30), ("REF101", 16, 28), ("REF101", 18, 46)]


def test_nothing_defined_yet_is_the_checklists_job() -> None:
    text = "skemaversion: 1\nprogram:\n  titel: T\nindsatser:\n  katalog:\n    - {id: ips, niveauer: [n2], ansvarlig: [x]}\n"
    assert _ref(text) == []


def test_placeholders_are_not_references() -> None:
    text = (
        PARTIES + "indsatser:\n  katalog:\n    - {id: ips, ansvarlig: [TODO, 'UDFYLD: part-id']}\n"
    )
    assert _ref(text) == []


def test_odd_shapes_do_not_raise() -> None:
    text = PARTIES + "indsatser:\n  katalog:\n    - {id: ips, ansvarlig: {a: 1}}\n    - 7\n"
    assert _ref(text) == []


def test_reference_patterns_have_at_most_one_list_step() -> None:
    # _unknown_at follows one "*" (every item of a list); a second one would be read as a key.
    patterns = [p for _, _, kind_patterns in references._KINDS for p in kind_patterns]
    assert patterns
    assert all(p.count("*") <= 1 for p in patterns)
