"""The one findings model that every output format is drawn from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How serious a finding is. The values are the Danish words users see."""

    ERROR = "fejl"
    WARNING = "advarsel"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column in a file."""

    line: int
    column: int

    @classmethod
    def of_mark(cls, mark: Any) -> Position:
        """From a parser's 0-based mark (anything with ``line`` and ``column``)."""
        return cls(mark.line + 1, mark.column + 1)

    @classmethod
    def in_text(cls, text: str, offset: int) -> Position:
        """The character at *offset* of *text*."""
        line_start = text.rfind("\n", 0, offset) + 1
        return cls(text.count("\n", 0, offset) + 1, offset - line_start + 1)


START = Position(1, 1)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing `forloeb check` reports about one place in one file.

    ``path`` is the YAML path of the node the finding concerns, written the way
    a planner reads it: ``målgruppe.kriterier.inklusion[0].tekst``.
    """

    code: str
    name: str
    severity: Severity
    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str = ""
    checklist_item: str | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.code, self.message)

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        """Pickled as its fields (worker processes send findings back): much faster than the
        dataclass default for slotted classes, which looks the fields up for every object."""
        return (Finding, (
            self.code, self.name, self.severity, self.file, self.line, self.column, self.path,
            self.message, self.hint, self.checklist_item,
        ))  # fmt: skip


def format_path(path: tuple[str | int, ...]) -> str:
    """Render a YAML path tuple as ``a.b[0].c``; the root is ``""``."""
    out: list[str] = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        else:
            shown = f'"{part}"' if any(c in part for c in '.[] "') else part
            out.append(f".{shown}" if out else shown)
    return "".join(out)


def count_severity(findings: Iterable[Finding], severity: Severity) -> int:
    """How many of *findings* have *severity* (the reports' "3 fejl, 1 advarsel")."""
    return sum(1 for f in findings if f.severity is severity)
