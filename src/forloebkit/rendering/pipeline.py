"""Check, view and render each program file in one pass; in worker processes for large runs.

Each file is checked (fast path: plain data, no pydantic model) and rendered
where it was read, and its documents are written there into the run's staging
folder (:mod:`.staging`), so only a small index entry and the staged files'
names travel back from a worker, never the parsed data or the documents. The
same function runs in this process for small runs, so both ways give identical
documents (tested).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..checking import CheckOptions, ProgramResult, Skipped
from ..checking.parallel import map_files
from ..checking.run import check_document, check_file
from ..loading.discovery import Discovered
from .context import build_program_view
from .environment import TemplateProblem
from .staging import Staged, cannot_write, stage
from .writer import Document, RenderOptions, program_documents


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What the index lists about one program (the attributes the index templates use)."""

    stem: str
    title: str
    status: str | None
    version: str | None
    validity: str | None
    covered: int
    total: int
    party_names: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Rendered:
    """One program file after checking and rendering."""

    #: Checked without the cross-cutting rules (see :func:`render_file`): not every finding.
    result: ProgramResult
    entry: IndexEntry | None = None
    #: In memory without a staging folder (``-o -``), else staged.
    documents: list[Document] | list[Staged] = field(default_factory=list)
    #: A broken custom template or a failed write, reported as ``Fejl: ...``.
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class RenderJob:
    stems: dict[str, str]
    options: RenderOptions
    check: CheckOptions = field(default_factory=CheckOptions)
    #: The run's staging folder, inside the output folder; None: documents stay in memory.
    staging: Path | None = None


def render_file(found: Discovered, job: RenderJob, _keep: bool = False) -> Rendered | Skipped:
    """Check and render one file; its parsed document is dropped before returning."""
    # The document lives only as long as the view: positions only if a finding asks. The
    # documents show the checklist and the schema findings, so the cross-cutting rules run
    # only if a (custom) template asks for the counts of all findings.
    outcome = check_file(found, job.check, keep_documents=True, build_model=False,
                         lazy_positions=True, crosscut=False)  # fmt: skip
    if isinstance(outcome, Skipped) or outcome.document is None:
        return outcome if isinstance(outcome, Skipped) else Rendered(outcome)
    document = outcome.document
    view = build_program_view(
        outcome, job.stems.get(outcome.file, "program"),
        lambda: check_document(document, job.check, build_model=False).findings,
    )  # fmt: skip
    entry = IndexEntry(view.stem, view.title, view.status, view.version, view.validity,
                       view.covered, view.total, dict(view.party_names))  # fmt: skip
    outcome.document = None
    try:
        documents = program_documents(view, job.options)
    except TemplateProblem as exc:
        return Rendered(outcome, entry, problem=str(exc))
    staging = job.staging
    if staging is None:
        return Rendered(outcome, entry, documents)
    try:
        return Rendered(outcome, entry, [stage(doc, staging) for doc in documents])
    except OSError as exc:  # a full disk, say: reported as render reports a broken template
        return Rendered(outcome, entry, problem=cannot_write(staging.parent, exc))


def render_files(files: Sequence[Discovered], job: RenderJob) -> list[Rendered | Skipped]:
    """:func:`render_file` for every file, in order, in workers from 16 files up."""
    return map_files(render_file, files, job, False)
