"""Checking answers and making party ids."""

from __future__ import annotations

import re

import pytest

from forloebkit.scaffold import AnswerError, RawAnswers, check_answers
from forloebkit.scaffold.answers import make_id

ID = re.compile(r"^[a-zæøå0-9][a-zæøå0-9_-]*$")  # the model's Id pattern


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Roskilde Kommune", "roskilde-kommune"),
        ("Region Sjælland", "region-sjælland"),
        ("Københavns Kommune", "københavns-kommune"),
        ("Lyngby-Taarbæk Kommune", "lyngby-taarbæk-kommune"),
        ("Ærø Kommune", "ærø-kommune"),
        ("Café Ø / Bornholm", "cafe-ø-bornholm"),
        ("  --Kommune 1--  ", "kommune-1"),
        ("???", "part"),
    ],
)
def test_ids_are_slugs_matching_the_model(name: str, expected: str) -> None:
    assert make_id(name) == expected
    assert ID.match(make_id(name))


def test_ids_are_unique_and_at_most_64_characters() -> None:
    assert make_id("Roskilde Kommune", ["roskilde-kommune"]) == "roskilde-kommune-2"
    assert (
        make_id("Roskilde Kommune", ["roskilde-kommune", "roskilde-kommune-2"])
        == "roskilde-kommune-3"
    )
    long = make_id("x" * 100, ["x" * 64])
    assert len(long) == 64 and long.endswith("-2")


def test_parties_from_answers() -> None:
    answers = check_answers(
        RawAnswers(
            "Titel", ["voksne"], "sjælland", ["Roskilde Kommune, Køge Kommune", "roskilde kommune"]
        )
    )
    assert [(p.id, p.name, p.type) for p in answers.parties] == [
        ("region-sjælland", "Region sjælland", "region"),
        ("roskilde-kommune", "Roskilde Kommune", "kommune"),
        ("køge-kommune", "Køge Kommune", "kommune"),
        ("almen-praksis", "Almen praksis i Region sjælland", "praksissektor"),
    ]


def test_without_general_practice() -> None:
    answers = check_answers(
        RawAnswers("Titel", ["voksne"], "Region Nordjylland", ["Aalborg Kommune"], False)
    )
    assert [p.type for p in answers.parties] == ["region", "kommune"]


def test_age_groups_in_model_order_and_variants() -> None:
    answers = check_answers(RawAnswers("T", ["Voksne", "børn,unge", "voksne"], "R", ["K"]))
    assert answers.age_groups == ("børn", "unge", "voksne")
    assert answers.for_children and answers.for_adults
    adults = check_answers(RawAnswers("T", ["voksne"], "R", ["K"]))
    assert (adults.for_children, adults.for_adults) == (False, True)
    young = check_answers(RawAnswers("T", ["unge"], "R", ["K"]))
    assert (young.for_children, young.for_adults) == (True, False)


def test_whitespace_is_normalised_and_control_characters_refused() -> None:
    assert (
        check_answers(RawAnswers(" Forløb \n for  unge ", ["unge"], "R", ["K"])).title
        == "Forløb for unge"
    )
    with pytest.raises(AnswerError, match=r"^Titlen \(--titel\) må ikke indeholde styretegn\.$"):
        check_answers(RawAnswers("Forløb\x00", ["unge"], "R", ["K"]))


def test_missing_answers_are_named_in_question_order() -> None:
    assert RawAnswers().missing_flags() == ["--titel", "--aldersgruppe", "--region", "--kommune"]
    with pytest.raises(AnswerError, match=r"^Der mangler svar: --region\.$"):
        check_answers(RawAnswers("T", ["unge"], None, ["K"]))
