"""Checking programs: schema validation and the checklist engine."""

from .checklist import ItemResult, ItemStatus
from .run import CheckOptions, CheckRun, ProgramResult, Skipped, check_document, check_paths

__all__ = [
    "CheckOptions", "CheckRun", "ItemResult", "ItemStatus", "ProgramResult", "Skipped", "check_document",
    "check_paths",
]  # fmt: skip
