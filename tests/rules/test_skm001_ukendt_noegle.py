"""SKM001 ukendt-nøgle: a key the schema does not know, with 'did you mean'."""

import pytest

from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


@pytest.mark.parametrize(
    ("text", "line", "column", "suggestion"),
    [
        (HEAD + "malgruppe:\n  aldersgrupper: [voksne]\n", 4, 1, "målgruppe"),
        (HEAD + "foelles_maal_og_forstaaelse: {}\n", 4, 1, "fælles_mål_og_forståelse"),
        (HEAD + "målgruppe:\n  stratifisering: {}\n", 5, 3, "stratificering"),
        (HEAD + "  titl: x\n", 4, 3, "titel"),
        (
            HEAD + "indsatser:\n  katalog:\n    - navn: IPS\n      omraade: sundhed\n",
            7,
            7,
            "område",
        ),
    ],
)
def test_unknown_key_with_suggestion(text: str, line: int, column: int, suggestion: str) -> None:
    findings = check_text(text).findings
    assert codes(findings, "SKM") == [("SKM001", line, column)]
    skm = next(f for f in findings if f.code == "SKM001")
    assert skm.hint == f"Mente du '{suggestion}'?"


def test_unrelated_key_lists_the_valid_keys() -> None:
    findings = check_text(HEAD + "målgruppe:\n  banan: 1\n").findings
    skm = next(f for f in findings if f.code == "SKM001")
    assert skm.hint.startswith("Gyldige nøgler her: aldersgrupper, kriterier")


def test_known_keys_pass() -> None:
    findings = check_text(HEAD + "målgruppe:\n  aldersgrupper: [voksne]\n").findings
    assert codes(findings, "SKM") == []


def test_comma_in_flow_mapping_is_not_silently_dropped() -> None:
    text = (
        HEAD
        + "implementering:\n  styregruppe:\n    medlemmer:\n      - {rolle: Direktør, Psykiatrien, part: x}\n"
    )
    findings = check_text(text).findings
    assert codes(findings, "SKM") == [("SKM001", 7, 27)]
    assert "komma" in next(f for f in findings if f.code == "SKM001").hint


def test_empty_known_key_counts_as_not_written() -> None:
    assert codes(check_text(HEAD + "målgruppe:\n  aldersgrupper:\n").findings, "SKM") == []


def test_decomposed_letters_match_the_danish_keys() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", HEAD + "målgruppe:\n  aldersgrupper: [børn]\n")
    assert codes(check_text(text).findings, "SKM") == []
