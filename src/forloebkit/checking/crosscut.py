"""The cross-cutting rules: checks that read a program as a whole (REF, DEL, BRN, ...).

They work on the plain data, so they run even when schema validation failed,
and they stay silent about absent or placeholder content (the checklist's job).
"""

from __future__ import annotations

from datetime import date

from ..findings import Finding
from ..loading import LoadedDocument
from ..rules import crosscut_checks
from ..rules.program_view import ProgramView


def check_crosscutting(doc: LoadedDocument, today: date) -> list[Finding]:
    """Every cross-cutting finding for *doc*, with *today* as the date deadlines meet."""
    view = ProgramView(doc, today)
    return [finding for check in crosscut_checks() for finding in check(view)]
