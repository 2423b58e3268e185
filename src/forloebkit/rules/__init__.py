"""Every rule `forloeb check` applies, by stable code.

Codes are grouped by prefix: YML (the file), SKM (the schema), TJK (the
checklist), and the cross-cutting rules that read a program as a whole: REF
(references), DEL (every party takes part), BRN (children and young people),
UDS (discharge), IND (goals and indicators), STR (stratification and
coordination), VID (knowledge and legal basis), TID (dates), KOD (diagnosis
codes), CPR (personal data), UND (suppression comments). A code never changes meaning; retired codes are
never reused.
"""

from __future__ import annotations

from functools import cache

from . import (
    checklist_rules,
    children,
    codes,
    dates,
    discharge,
    indicators,
    knowledge,
    participation,
    privacy,
    references,
    schema_rules,
    stratification,
    suppression_rules,
    yaml_rules,
)  # fmt: skip
from .base import GROUPS, Rule
from .program_view import Check

__all__ = ["GROUPS", "Rule", "all_rules", "crosscut_checks", "find_rule"]

#: The cross-cutting rule modules, in group order; each has RULES and check().
CROSSCUT_MODULES = (
    references, participation, children, discharge, indicators, stratification, knowledge,
    dates, codes, privacy,
)  # fmt: skip


@cache
def all_rules() -> dict[str, Rule]:
    """All rules by code, in group order."""
    ordered = (
        *yaml_rules.RULES,
        *schema_rules.RULES,
        *checklist_rules.rules(),
        *(rule for module in CROSSCUT_MODULES for rule in module.RULES),
        *suppression_rules.RULES,
    )
    return {rule.code: rule for rule in ordered}


def crosscut_checks() -> tuple[Check, ...]:
    """The check functions of the cross-cutting rules, in group order."""
    return tuple(module.check for module in CROSSCUT_MODULES)


def find_rule(query: str) -> Rule | None:
    """Look a rule up by code (``tjk204``) or readable name (``stratificering``)."""
    wanted = query.strip()
    rules = all_rules()
    if wanted.upper() in rules:
        return rules[wanted.upper()]
    return next((r for r in rules.values() if r.name == wanted.lower()), None)
