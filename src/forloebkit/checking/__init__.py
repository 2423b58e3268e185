"""Checking programs: schema validation and the checklist engine."""

from .checklist import ItemResult, ItemStatus, covered_count
from .run import CheckOptions, CheckRun, ProgramResult, Skipped, check_document, check_paths

__all__ = [
    "CheckOptions",
    "CheckRun",
    "ItemResult",
    "ItemStatus",
    "ProgramResult",
    "Skipped",
    "check_document",
    "check_paths",
    "covered_count",
]  # fmt: skip
