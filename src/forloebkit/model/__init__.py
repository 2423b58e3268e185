"""Pydantic models that mirror the generic model's six sections (chapter 4)."""

from .program import SCHEMA_VERSION, ChecklistDecision, Program

__all__ = ["SCHEMA_VERSION", "ChecklistDecision", "Program"]
