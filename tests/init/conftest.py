"""The three target-group variants the init tests run on."""

from __future__ import annotations

import pytest

from forloebkit.scaffold import Answers, RawAnswers, build_scaffold, check_answers

MODELINE = "# yaml-language-server: $schema=https://forloebkit.dk/schemas/program.schema.json"

VARIANTS: dict[str, RawAnswers] = {
    "unge": RawAnswers(
        "Forløbsprogram for unge med ADHD", ["unge"], "Region Sjælland",
        ["Roskilde Kommune", "Køge Kommune"], True,
    ),
    "voksne": RawAnswers(
        "Forløbsprogram for voksne med depression", ["voksne"], "Region Midtjylland",
        ["Aarhus Kommune"], False,
    ),
    "blandet": RawAnswers(
        "Forløbsprogram for børn, unge og voksne med spiseforstyrrelser",
        ["børn", "unge", "voksne"], "Region Hovedstaden", ["Københavns Kommune"], True,
    ),
}  # fmt: skip


@pytest.fixture(params=sorted(VARIANTS))
def variant(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def answers(variant: str) -> Answers:
    return check_answers(VARIANTS[variant])


@pytest.fixture
def scaffold(answers: Answers) -> str:
    return build_scaffold(answers, MODELINE)
