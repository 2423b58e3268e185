"""The work behind ``forloeb render``: check, refuse unreadable input, render, write."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ..check_command import CommandError
from ..checking import CheckRun
from ..findings import Finding
from ..loading import discover
from ..loading.discovery import Discovered
from .environment import Format, TemplateProblem
from .party_view import UnknownPartyError
from .pipeline import Rendered, RenderJob, render_files
from .staging import Staged, cannot_write, commit, remove_stale, staging_folder
from .writer import Document, RenderOptions, assemble, assign_stems

STDOUT = "-"


class RenderRefused(CommandError):
    """A usage or input problem; the Danish message is shown as 'Fejl: ...' with exit code 2
    (as every :class:`~forloebkit.check_command.CommandError`, by typer's command and the
    fast path alike)."""


def run_render(
    paths: Sequence[Path],
    document_format: str,
    output: Path,
    part: str | None,
    templates: Path | None,
    timestamp: bool,
) -> int:
    """Render *paths*; returns the exit code (0 written, 2 unreadable input). What ``forloeb
    render`` does, for typer's command and the fast path alike (*document_format* is a
    ``DocumentFormat``, which is a ``str``); raises :class:`RenderRefused`."""
    if templates is not None and not templates.is_dir():
        raise RenderRefused(f"Skabelonmappen '{templates}' findes ikke.")
    files, path_errors = discover(paths)
    formats = (Format.html, Format.md) if document_format == "alle" else (Format(document_format),)
    to_stdout = str(output) == STDOUT
    options = RenderOptions(
        formats=formats,
        part=part,
        templates=templates,
        timestamp=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None,
    )
    job = RenderJob(assign_stems([found.display for found in files]), options)
    if to_stdout:
        return _render_to_stdout(paths, files, path_errors, job)
    if output.exists() and not output.is_dir():
        raise RenderRefused(f"'{output}' er en fil, ikke en mappe.")
    for left in remove_stale(output):
        print(f"Fjernede den skjulte mappe '{left}', som en afbrudt kørsel efterlod.")
    try:
        with staging_folder(output) as staging:
            job = replace(job, staging=staging)
            docs = _render_checked(paths, files, path_errors, job)
            if docs is None:
                return _report_unreadable(paths)
            written, unchanged = commit(output, docs)
    except OSError as exc:  # making the folders or moving the documents into place
        raise RenderRefused(cannot_write(output, exc)) from exc
    for path in written:
        print(f"Skrev {path}")
    if unchanged:
        many = len(unchanged) > 1
        print(
            f"{len(unchanged)} {'dokumenter' if many else 'dokument'} i '{output}' var "
            f"{'uændrede' if many else 'uændret'} og er ikke skrevet igen."
        )
    return 0


def _render_to_stdout(
    paths: Sequence[Path], files: Sequence[Discovered], path_errors: list[Finding], job: RenderJob
) -> int:
    docs = _render_checked(paths, files, path_errors, job)
    if docs is None:
        return _report_unreadable(paths)
    if len(docs) != 1 or not isinstance(docs[0], Document):
        raise RenderRefused(
            "'-o -' skriver kun ét dokument til skærmen: angiv én programfil og ét format."
        )
    sys.stdout.write(docs[0].text)
    return 0


def _render_checked(
    paths: Sequence[Path], files: Sequence[Discovered], path_errors: list[Finding], job: RenderJob
) -> list[Document | Staged] | None:
    """Every document of the run, or None if some input cannot be read (nothing rendered is
    used then). Raises RenderRefused."""
    outcomes = render_files(files, job)
    rendered = sorted((o for o in outcomes if isinstance(o, Rendered)), key=lambda r: r.result.file)
    run = CheckRun(programs=[r.result for r in rendered], path_errors=path_errors)
    if run.exit_code == 2:  # decided by the reader's findings, which render has in full
        return None
    if not rendered:
        raise RenderRefused("Ingen programmer fundet; intet er skrevet.")
    problems = [r.problem for r in rendered if r.problem]
    if problems:
        raise RenderRefused(problems[0])
    entries = [r.entry for r in rendered if r.entry is not None]
    in_folder = job.staging is not None
    with_index = in_folder and (len(rendered) > 1 or any(p.is_dir() for p in paths))
    per_program = [r.documents for r in rendered]
    try:
        return assemble(per_program, entries, replace(job.options, with_index=with_index))
    except UnknownPartyError as exc:
        known = ", ".join(exc.known) or "(ingen)"
        raise RenderRefused(f"Ukendt part '{exc.party_id}'. Kendte parter: {known}.") from exc
    except TemplateProblem as exc:
        raise RenderRefused(str(exc)) from exc


def _report_unreadable(paths: Sequence[Path]) -> int:
    """Print the findings as `forloeb check` does, write nothing, exit code 2.

    The files are checked again, in full: render's own check leaves out the
    cross-cutting rules.
    """
    from ..checking import check_paths
    from ..reporting.text import write_text

    write_text(check_paths(paths, keep_documents=False), sys.stdout)
    print("Intet er skrevet: ret filerne, der ikke kan læses, og prøv igen.")
    return 2
