"""The rules name the model's fixed choices without importing the model; they must agree with it."""

from __future__ import annotations

from typing import get_args

from forloebkit.model.follow_up import IndicatorType
from forloebkit.model.goals import QualityDimension
from forloebkit.model.interventions import ChildYouthFocus
from forloebkit.model.metadata import PartyType
from forloebkit.model.organisation import TransitionType
from forloebkit.model.target_group import AgeGroup, CodeSystem, CoordinationFormName
from forloebkit.rules import children, codes, discharge, indicators, program_view, stratification


def test_indicator_choices() -> None:
    assert get_args(QualityDimension) == indicators.ASPECTS
    assert get_args(IndicatorType) == indicators.TYPES


def test_children_choices() -> None:
    assert get_args(ChildYouthFocus) == children.CHILD_FOCUS
    assert set(children.CHILD_TRANSITIONS) <= set(get_args(TransitionType))
    assert set(get_args(AgeGroup)) >= children.YOUNG and "voksne" not in children.YOUNG


def test_single_values_and_code_systems() -> None:
    assert discharge.DISCHARGE in get_args(TransitionType)
    assert stratification.COORDINATOR in get_args(CoordinationFormName)
    assert set(codes.PATTERNS) == set(get_args(CodeSystem))
    assert set(get_args(PartyType)) >= program_view.REGION_AND_MUNICIPALITY
