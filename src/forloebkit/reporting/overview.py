"""``forloeb rapport``: an overview of a collection of programs, as Markdown and HTML.

The data is built here; the look is in the Jinja templates under
``templates/rapport/``. Output depends only on the files and the given date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..checking import CheckRun, ItemStatus, ProgramResult, covered_count
from ..checklist import ChecklistItem, load_checklist
from ..findings import Severity, count_severity
from ..rendering.context import label, validity_text
from ..rendering.data_view import scalar_text
from ..resources import templates_dir

GENERATOR = "forloeb rapport"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A date shown in the overview; *overdue* when it lies before the report's date."""

    text: str
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    status: str  # the ItemStatus value, used as CSS class
    label: str
    symbol: str


@dataclass(slots=True)
class Row:
    file: str
    title: str
    status: str
    version: str
    validity: Deadline
    next_revision: Deadline
    next_follow_up: Deadline
    covered: int
    total: int
    errors: int
    warnings: int
    cells: list[Cell] = field(default_factory=list)
    readable: bool = True


@dataclass(slots=True)
class Overview:
    today: date
    items: tuple[ChecklistItem, ...]
    rows: list[Row]
    item_totals: list[int]
    skipped: list[str]

    @property
    def overdue(self) -> int:
        return sum(
            1
            for r in self.rows
            for d in (r.validity, r.next_revision, r.next_follow_up)
            if d.overdue
        )

    @property
    def fully_covered(self) -> int:
        return sum(1 for r in self.rows if r.readable and r.covered == r.total)


def _text(value: Any) -> str:
    """As the rendered documents show a value: placeholders as nothing, dates as ÅÅÅÅ-MM-DD."""
    return scalar_text(value) or ""


def _deadline(value: Any, today: date) -> Deadline:
    return Deadline(_text(value), isinstance(value, date) and value < today)


def _row(program: ProgramResult, today: date) -> Row:
    doc = program.document
    get = doc.get if doc is not None else (lambda path: None)
    valid_from, valid_to = (
        get(("program", "sundhedsaftale", k)) for k in ("gyldig_fra", "gyldig_til")
    )
    validity = validity_text(scalar_text(valid_from), scalar_text(valid_to)) or ""
    status = _text(get(("program", "status")))
    errors = count_severity(program.findings, Severity.ERROR)
    warnings = count_severity(program.findings, Severity.WARNING)
    return Row(
        file=program.file,
        title=program.title or program.file,
        status=label(status) if status else "",
        version=_text(get(("program", "version"))),
        validity=Deadline(validity, isinstance(valid_to, date) and valid_to < today),
        next_revision=_deadline(get(("program", "revision", "næste")), today),
        next_follow_up=_deadline(get(("opfølgning", "ansvar", "næste_opfølgning")), today),
        covered=covered_count(program.items),
        total=len(program.items),
        errors=errors,
        warnings=warnings,
        cells=[Cell(r.status.value, r.status.label, r.status.symbol) for r in program.items],
        readable=bool(program.items),
    )


def build_overview(run: CheckRun, today: date) -> Overview:
    items = load_checklist().items
    rows = [_row(p, today) for p in run.programs]
    totals = [
        sum(
            1
            for p in run.programs
            for r in p.items
            if r.item.code == item.code and r.status.counts_as_covered
        )
        for item in items
    ]
    return Overview(today, tuple(items), rows, totals, [s.file for s in run.skipped])


def render_overview(overview: Overview, kind: str) -> str:
    """*kind* is ``md`` or ``html``."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir() / "rapport"),
        autoescape=kind == "html",  # the names end in .j2: select_autoescape(["html"]) missed them
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    if kind == "md":
        from ..rendering.markdown_text import to_markdown_cell

        env.filters["md"] = lambda value: to_markdown_cell(str(value))  # as render's index.md
    template = env.get_template(f"rapport.{kind}.j2")
    return template.render(o=overview, generator=GENERATOR, legend=_legend())


def _legend() -> list[tuple[str, str]]:
    return [(s.symbol, s.label) for s in ItemStatus]
