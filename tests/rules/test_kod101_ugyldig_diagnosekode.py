"""KOD101 ugyldig-diagnosekode: ICD-10 and ICPC-2 codes have their system's form."""

import pytest

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  kriterier:
    inklusion:
      - type: diagnose
        koder:
"""


def _kod(system: str, code: str) -> list[tuple[str, int, int]]:
    text = HEAD + f"          - {{system: {system}, kode: '{code}'}}\n"
    return codes(check_text(text).findings, "KOD")


@pytest.mark.parametrize(
    ("system", "code"),
    [
        ("ICD-10", "DF20"), ("ICD-10", "DF32.1"), ("ICD-10", "F20"), ("ICD-10", "DF321"),
        ("ICD-10", "DF20.0"), ("ICD-10", "F41.1"), ("ICPC-2", "P76"), ("ICPC-2", "P74"),
    ],
)  # fmt: skip
def test_well_formed_codes(system: str, code: str) -> None:
    assert _kod(system, code) == []


@pytest.mark.parametrize(
    ("system", "code"),
    [
        ("ICD-10", "df20"), ("ICD-10", "DF 20"), ("ICD-10", "F2"), ("ICD-10", "20F"),
        ("ICD-10", "DF32,1"), ("ICPC-2", "P7"), ("ICPC-2", "DF41.1"), ("ICPC-2", "Q76"),
        ("ICPC-2", "p76"),
    ],
)  # fmt: skip
def test_malformed_codes(system: str, code: str) -> None:
    assert _kod(system, code) == [("KOD101", 9, 30)]


def test_hint_for_a_code_under_the_wrong_system() -> None:
    text = HEAD + "          - {system: ICPC-2, kode: DF41.1}\n"
    (found,) = [f for f in check_text(text).findings if f.code == "KOD101"]
    assert found.message == "'DF41.1' er ikke en gyldig ICPC-2-kode."
    assert found.hint == (
        "En ICPC-2-kode skrives fx P76 (kapitel P: psykisk). '"
        "DF41.1' ligner en ICD-10-kode: ret system til ICD-10."
    )


def test_hint_for_lower_case() -> None:
    text = HEAD + "          - {system: ICD-10, kode: df20}\n"
    (found,) = [f for f in check_text(text).findings if f.code == "KOD101"]
    assert found.hint.endswith("Skriv 'DF20'.")


def test_exclusion_codes_are_checked_and_unknown_systems_left_to_the_schema() -> None:
    text = (
        "skemaversion: 1\nprogram:\n  titel: T\nmålgruppe:\n  kriterier:\n    eksklusion:\n"
        "      - koder: [{system: ICD-10, kode: X}, {system: ICD-11, kode: 6A20}]\n"
    )
    assert codes(check_text(text).findings, "KOD") == [("KOD101", 7, 34)]


def test_placeholder_codes_are_the_checklists_job() -> None:
    assert _kod("ICD-10", "UDFYLD: diagnosekode") == []
    assert _kod("ICPC-2", "TODO") == []
