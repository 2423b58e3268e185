"""The work behind ``forloeb render``: check, refuse unreadable input, render, write."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from ..checking import CheckRun, check_paths
from .environment import Format, TemplateProblem
from .party_view import UnknownPartyError
from .writer import RenderOptions, program_views, render_documents, write_documents

STDOUT = "-"


class RenderRefused(Exception):
    """A usage or input problem; the Danish message is shown as 'Fejl: ...' with exit code 2."""


def run_render(
    paths: Sequence[Path],
    document_format: str,
    output: Path,
    part: str | None,
    templates: Path | None,
    timestamp: bool,
) -> int:
    """Render *paths*; returns the exit code (0 written, 2 unreadable input)."""
    if templates is not None and not templates.is_dir():
        raise RenderRefused(f"Skabelonmappen '{templates}' findes ikke.")
    run = check_paths(paths)
    if run.exit_code == 2:
        return _report_unreadable(run)
    if not run.programs:
        raise RenderRefused("Ingen programmer fundet; intet er skrevet.")
    formats = (Format.html, Format.md) if document_format == "alle" else (Format(document_format),)
    to_stdout = str(output) == STDOUT
    options = RenderOptions(
        formats=formats,
        part=part,
        templates=templates,
        timestamp=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None,
        with_index=not to_stdout and (len(run.programs) > 1 or any(p.is_dir() for p in paths)),
    )
    views = program_views(run.programs)
    try:
        docs = render_documents(views, options)
    except UnknownPartyError as exc:
        known = ", ".join(exc.known) or "(ingen)"
        raise RenderRefused(f"Ukendt part '{exc.party_id}'. Kendte parter: {known}.") from exc
    except TemplateProblem as exc:
        raise RenderRefused(str(exc)) from exc
    if to_stdout:
        if len(docs) != 1:
            raise RenderRefused(
                "'-o -' skriver kun ét dokument til skærmen: angiv én programfil og ét format."
            )
        sys.stdout.write(docs[0].text)
        return 0
    if output.exists() and not output.is_dir():
        raise RenderRefused(f"'{output}' er en fil, ikke en mappe.")
    try:
        written = write_documents(output, docs)
    except OSError as exc:
        raise RenderRefused(f"Kunne ikke skrive i '{output}': {exc.strerror or exc}.") from exc
    for path in written:
        print(f"Skrev {path}")
    return 0


def _report_unreadable(run: CheckRun) -> int:
    """Print the findings as `forloeb check` does, write nothing, exit code 2."""
    from rich.console import Console

    from ..reporting.text import render_text

    console = Console(highlight=False)
    render_text(run, console)
    console.print("Intet er skrevet: ret filerne, der ikke kan læses, og prøv igen.")
    return 2
