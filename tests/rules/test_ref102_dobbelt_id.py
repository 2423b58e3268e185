"""REF102 dobbelt-id: the same id twice within one kind."""

from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


def test_duplicate_indicator_id() -> None:
    text = HEAD + "opfølgning:\n  indikatorer:\n    - {id: i1, navn: A}\n    - {id: i1, navn: B}\n"
    findings = check_text(text).findings
    assert codes(findings, "REF") == [("REF102", 7, 8)]
    ref = next(f for f in findings if f.code == "REF102")
    assert ref.message == "Id'et 'i1' bruges allerede af en anden indikator (linje 6)."


def test_duplicate_party_id() -> None:
    text = HEAD + (
        "  parter:\n    - {id: aalborg, navn: Aalborg Kommune, type: kommune}\n"
        "    - {id: aalborg, navn: Region Nordjylland, type: region}\n"
    )
    assert codes(check_text(text).findings, "REF") == [("REF102", 6, 8)]


def test_same_id_in_different_kinds_is_fine() -> None:
    text = HEAD + (
        "fælles_mål_og_forståelse:\n  mål:\n    - {id: x1, tekst: A}\n"
        "opfølgning:\n  indikatorer:\n    - {id: x1, navn: B}\n"
    )
    assert codes(check_text(text).findings, "REF") == []


def test_placeholder_ids_are_not_duplicates() -> None:
    text = HEAD + "opfølgning:\n  indikatorer:\n    - {id: TODO}\n    - {id: TODO}\n"
    assert codes(check_text(text).findings, "REF") == []
