"""Every rule `forloeb check` applies, by stable code.

Codes are grouped by prefix: YML (the file), SKM (the schema), TJK (the
checklist), UND (suppression comments). A code never changes meaning; retired codes are never reused.
"""

from __future__ import annotations

from functools import cache

from . import checklist_rules, schema_rules, suppression_rules, yaml_rules
from .base import GROUPS, Rule

__all__ = ["GROUPS", "Rule", "all_rules", "find_rule"]


@cache
def all_rules() -> dict[str, Rule]:
    """All rules by code, in group order."""
    ordered = (
        *yaml_rules.RULES,
        *schema_rules.RULES,
        *checklist_rules.rules(),
        *suppression_rules.RULES,
    )
    return {rule.code: rule for rule in ordered}


def find_rule(query: str) -> Rule | None:
    """Look a rule up by code (``tjk204``) or readable name (``stratificering``)."""
    wanted = query.strip()
    rules = all_rules()
    if wanted.upper() in rules:
        return rules[wanted.upper()]
    return next((r for r in rules.values() if r.name == wanted.lower()), None)
