"""The default output: findings as ``fil:linje:kolonne KODE besked``, then coverage."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..checking import CheckRun, ItemStatus, ProgramResult
from ..findings import Finding, Severity
from .coverage import by_section

_STATUS_STYLE = {
    ItemStatus.MET: "green",
    ItemStatus.PARTIAL: "yellow",
    ItemStatus.MISSING: "red",
    ItemStatus.NOT_APPLICABLE: "dim",
}
_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render_text(run: CheckRun, console: Console, *, show_hints: bool = True) -> None:
    """Print the report; each program is printed in one call (rich's per-call cost adds up)."""
    for finding in run.path_errors:
        _print(console, _finding(finding, show_hints))
    for program in run.programs:
        _print(console, _program(program, show_hints))
    for skipped in run.skipped:
        console.print(Text(f"Sprunget over: {skipped.file} ({skipped.reason})", style="dim"))
    _summary(console, run)


def _print(console: Console, lines: list[Text]) -> None:
    console.print(Text("\n").join(lines), soft_wrap=True)


def _program(program: ProgramResult, show_hints: bool) -> list[Text]:
    header = Text(program.file, style="bold")
    if program.title:
        header.append(f" — {program.title}")
    lines = [header]
    for finding in program.findings:
        lines.extend(_finding(finding, show_hints))
    if not program.items:
        lines.append(Text("  Filen kunne ikke læses; tjeklisten er ikke vurderet.", style="red"))
        lines.append(Text())
        return lines
    sections = by_section(program.items)
    width = max(len(s.section.title) for s in sections) + 4
    total = covered = 0
    for cov in sections:
        line = Text(f"  {cov.section.number} {cov.section.title}".ljust(width))
        line.append(f"{cov.covered}/{cov.total}".rjust(5) + "  ")
        for i, result in enumerate(cov.items):
            status = result.status
            line.append(("  " if i else "") + f"{status.symbol} {result.item.number}",
                        style=_STATUS_STYLE[status])  # fmt: skip
        lines.append(line)
        total += cov.total
        covered += cov.covered
    lines.append(Text("  I alt".ljust(width) + f"{covered}/{total}".rjust(5), style="bold"))
    lines.append(Text())
    return lines


def _finding(finding: Finding, show_hints: bool) -> list[Text]:
    line = Text(f"{finding.file}:{finding.line}:{finding.column} ")
    line.append(finding.code, style=_SEVERITY_STYLE[finding.severity])
    if finding.severity is not Severity.ERROR:
        line.append(f" ({finding.severity.value})", style=_SEVERITY_STYLE[finding.severity])
    line.append(f" {finding.message}")
    lines = [line]
    if show_hints and finding.hint:
        lines.append(Text(f"    tip: {finding.hint}", style="dim"))
    return lines


def _summary(console: Console, run: CheckRun) -> None:
    findings = run.findings
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    n = len(run.programs)
    text = Text(f"{n} {'program' if n == 1 else 'programmer'} tjekket: ")
    text.append(f"{errors} fejl", style="bold red" if errors else "green")
    text.append(", ")
    text.append(f"{warnings} {'advarsel' if warnings == 1 else 'advarsler'}",
                style="yellow" if warnings else "green")  # fmt: skip
    if run.skipped:
        text.append(f", {len(run.skipped)} sprunget over")
    text.append(".")
    console.print(text)
    if not run.programs and not run.path_errors:
        console.print(Text("Ingen programmer fundet (filer med 'skemaversion:').", style="yellow"))
