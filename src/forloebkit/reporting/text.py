"""The default output: findings as ``fil:linje:kolonne KODE besked``, then coverage.

The report is built once as lines of styled spans. :func:`write_text` prints
them with rich when the output is a terminal (colours) and as plain text
otherwise (CI logs, pipes, files), which spares a check the 0.04 s it takes to
import rich. The plain text is exactly what rich writes without a terminal;
``tests/reporting/test_text_report.py`` holds the two side by side.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, TextIO

from ..checking import CheckRun, ItemStatus, ProgramResult
from ..checklist import load_checklist
from ..findings import Finding, Severity, count_severity
from .coverage import by_section

if TYPE_CHECKING:
    from rich.console import Console

#: A piece of text and its rich style ("" for none).
Span = tuple[str, str]
Line = list[Span]

_STATUS_STYLE = {
    ItemStatus.MET: "green",
    ItemStatus.PARTIAL: "yellow",
    ItemStatus.MISSING: "red",
    ItemStatus.NOT_APPLICABLE: "dim",
}
#: ``ItemStatus.symbol`` looked up once: the report shows 22 statuses per program.
_SYMBOL = {status: status.symbol for status in ItemStatus}
_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
#: The control characters rich drops from text (bell, backspace, vertical tab, form feed, CR).
_RICH_DROP_CHARS = "\a\b\v\f\r"
_RICH_DROPS = dict.fromkeys(map(ord, _RICH_DROP_CHARS))
_span_text = itemgetter(0)


def write_text(run: CheckRun, stream: TextIO, *, show_hints: bool = True) -> None:
    """Print the report on *stream*: with rich's colours on a terminal, plain text elsewhere."""
    blocks = list(report_blocks(run, show_hints))
    if not _is_terminal(stream):
        text = plain_text(blocks)
        if text is not None:
            stream.write(text)
            return
    from rich.console import Console

    _print_rich(blocks, Console(file=stream, highlight=False))


def text_report(run: CheckRun, *, show_hints: bool = True) -> str:
    """The report as text without colour (``--format text`` written to a file)."""
    blocks = list(report_blocks(run, show_hints))
    text = plain_text(blocks)
    if text is not None:
        return text
    import io

    from rich.console import Console

    buffer = io.StringIO()
    _print_rich(blocks, Console(file=buffer, width=100, no_color=True, highlight=False,
                                emoji=False, soft_wrap=True))  # fmt: skip
    return buffer.getvalue()


def render_text(run: CheckRun, console: Console, *, show_hints: bool = True) -> None:
    """Print the report on a rich console: what write_text does on a terminal (tests compare)."""
    _print_rich(list(report_blocks(run, show_hints)), console)


def plain_text(blocks: list[list[Line]]) -> str | None:
    """The blocks as rich prints them without a terminal, or None if they hold a tab (rich
    expands tabs to its columns: rich prints those)."""
    text = _joined(blocks)
    return None if "\t" in text else _drop_controls(text)


def _joined(blocks: list[list[Line]]) -> str:
    """The blocks' text, each line ended by a newline (list comprehensions and ``map`` join
    faster than generators: this is most of a large report's time after building it)."""
    return "".join(
        ["\n".join(["".join(map(_span_text, line)) for line in block]) + "\n" for block in blocks]
    )


def _drop_controls(text: str) -> str:
    """*text* without the control characters rich drops."""
    # translate() looks every character up, and a pattern of the five tries every position:
    # on a large report that was most of the time; five plain searches skip along.
    if any(char in text for char in _RICH_DROP_CHARS):
        return text.translate(_RICH_DROPS)
    return text


def _print_rich(blocks: list[list[Line]], console: Console) -> None:
    from rich.text import Text

    newline = Text("\n")
    for block in blocks:  # one print per block: rich's per-call cost adds up over 1000 programs
        console.print(newline.join(Text.assemble(*line) for line in block), soft_wrap=True)


def _is_terminal(stream: TextIO) -> bool:
    """rich's own test (``Console.is_terminal``): TTY_COMPATIBLE, FORCE_COLOR, then isatty()."""
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def report_blocks(run: CheckRun, show_hints: bool) -> Iterator[list[Line]]:
    """The report, one block of lines per program (and per path error), then the summary."""
    for finding in run.path_errors:
        yield _finding(finding, show_hints)
    for program in run.programs:
        yield _program(program, show_hints)
    for skipped in run.skipped:
        yield [[(f"Sprunget over: {skipped.file} ({skipped.reason})", "dim")]]
    yield from _summary(run)


def _program(program: ProgramResult, show_hints: bool) -> list[Line]:
    header: Line = [(program.file, "bold")]
    if program.title:
        header.append((f" — {program.title}", ""))
    lines = [header]
    for finding in program.findings:
        lines.extend(_finding(finding, show_hints))
    if not program.items:
        lines.append([("  Filen kunne ikke læses; tjeklisten er ikke vurderet.", "red")])
        lines.append([])
        return lines
    labels, width = _section_labels()
    total = covered = 0
    for label, cov in zip(labels, by_section(program.items), strict=True):
        line: Line = [(label, ""), (f"{cov.covered}/{cov.total}".rjust(5) + "  ", "")]
        separator = ""
        for result in cov.items:
            status = result.status
            line.append((f"{separator}{_SYMBOL[status]} {result.item.number}",
                         _STATUS_STYLE[status]))  # fmt: skip
            separator = "  "
        lines.append(line)
        total += cov.total
        covered += cov.covered
    lines.append([("  I alt".ljust(width) + f"{covered}/{total}".rjust(5), "bold")])
    lines.append([])
    return lines


@cache
def _section_labels() -> tuple[tuple[str, ...], int]:
    """Each section's label ("  1 Målgruppe"), padded to the longest, and the padded width:
    the same for every program."""
    sections = load_checklist().sections
    width = max(len(section.title) for section in sections) + 4
    return tuple(f"  {s.number} {s.title}".ljust(width) for s in sections), width


def _finding(finding: Finding, show_hints: bool) -> list[Line]:
    style = _SEVERITY_STYLE[finding.severity]
    line: Line = [(f"{finding.file}:{finding.line}:{finding.column} ", ""), (finding.code, style)]
    if finding.severity is not Severity.ERROR:
        line.append((f" ({finding.severity.value})", style))
    line.append((f" {finding.message}", ""))
    lines = [line]
    if show_hints and finding.hint:
        lines.append([(f"    tip: {finding.hint}", "dim")])
    return lines


def _summary(run: CheckRun) -> Iterator[list[Line]]:
    findings = run.findings
    errors = count_severity(findings, Severity.ERROR)
    warnings = count_severity(findings, Severity.WARNING)
    n = len(run.programs)
    line: Line = [
        (f"{n} {'program' if n == 1 else 'programmer'} tjekket: ", ""),
        (f"{errors} fejl", "bold red" if errors else "green"),
        (", ", ""),
        (f"{warnings} {'advarsel' if warnings == 1 else 'advarsler'}",
         "yellow" if warnings else "green"),
    ]  # fmt: skip
    if run.skipped:
        line.append((f", {len(run.skipped)} sprunget over", ""))
    line.append((".", ""))
    yield [line]
    if not run.programs and not run.path_errors:
        yield [[("Ingen programmer fundet (filer med 'skemaversion:').", "yellow")]]
