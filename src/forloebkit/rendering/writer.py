"""Render checked programs to documents in memory (:mod:`.staging` writes them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2 import Environment

from .. import __version__
from ..checking import ProgramResult
from ..files import safe_file_stem
from .context import ProgramView, build_program_view
from .environment import Format, build_environment, render_template
from .markdown_text import tidy_markdown
from .party_view import UnknownPartyError, build_party_view

if TYPE_CHECKING:
    from .staging import Staged

INDEX_STEM = "index"


@dataclass(frozen=True, slots=True)
class RenderOptions:
    formats: tuple[Format, ...]
    part: str | None = None
    templates: Path | None = None
    #: Shown in the footer when set (``--tidsstempel``); None keeps output reproducible.
    timestamp: str | None = None
    with_index: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """One output file: its name inside the output folder and its text."""

    name: str
    text: str


#: A program's documents as :func:`assemble` takes them: in memory, or staged.
Doc = TypeVar("Doc", bound="Document | Staged")


def assign_stems(files: Sequence[str]) -> dict[str, str]:
    """A unique, safe file stem for each program file, in file order."""
    stems: dict[str, str] = {}
    used: set[str] = {INDEX_STEM}
    for file in sorted(files):
        base = safe_file_stem(PurePath(file).stem)
        stem, n = base, 2
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        stems[file] = stem
    return stems


def program_views(programs: Sequence[ProgramResult]) -> list[ProgramView]:
    """Views in file order, each with a unique, safe file stem."""
    stems = assign_stems([result.file for result in programs])
    return [build_program_view(r, stems[r.file]) for r in sorted(programs, key=lambda r: r.file)]


def _render(env: Environment, fmt: Format, name: str, context: dict[str, Any]) -> str:
    text = render_template(env, f"{fmt.value}/{name}.{fmt.value}.j2", context)
    return tidy_markdown(text) if fmt is Format.md else text


@cache
def _environment(fmt: Format, templates: Path | None) -> Environment:
    """One compiled environment per format and template folder per process."""
    return build_environment(fmt, templates)


def _common(options: RenderOptions) -> dict[str, Any]:
    return {"version": __version__, "timestamp": options.timestamp}


def program_documents(view: ProgramView, options: RenderOptions) -> list[Document]:
    """The documents of one program, one per format (with --part: only if it has the party)."""
    if options.part is not None and options.part not in view.party_names:
        return []
    part = None if options.part is None else build_party_view(view, options.part)  # once
    stem = view.stem if options.part is None else f"{view.stem}-{safe_file_stem(options.part)}"
    template = "program" if part is None else "part"
    context = {**_common(options), "p": view, "part": part}
    return [
        Document(stem + fmt.suffix, _render(_environment(fmt, options.templates), fmt, template,
                                            context))
        for fmt in options.formats
    ]  # fmt: skip


def index_documents(programs: Sequence[Any], options: RenderOptions) -> list[Document]:
    """``index.html``/``index.md`` listing *programs* (views or :class:`IndexEntry` objects)."""
    if not options.with_index or options.part is not None:
        return []
    docs = []
    for fmt in options.formats:
        env = _environment(fmt, options.templates)
        context = {**_common(options), "programs": programs, "suffix": fmt.suffix}
        docs.append(Document(INDEX_STEM + fmt.suffix, _render(env, fmt, "index", context)))
    return docs


def assemble(
    per_program: Sequence[Sequence[Doc]], programs: Sequence[Any], options: RenderOptions
) -> list[Doc | Document]:
    """The run's documents: the programs' own (from :func:`program_documents`, or staged by
    :func:`.staging.stage`) and the index.

    *programs* are views or index entries (anything with ``stem``, ``party_names`` and
    what the index template shows). Grouped by format, programs in file order, each
    format's index last. Raises UnknownPartyError when no program has ``--part``'s party,
    TemplateProblem for a broken index template.
    """
    if options.part is not None and not any(options.part in p.party_names for p in programs):
        known = sorted({pid for p in programs for pid in p.party_names})
        raise UnknownPartyError(options.part, known)
    index = index_documents(programs, options)
    ordered: list[Doc | Document] = []
    for fmt in options.formats:
        ordered.extend(d for docs in per_program for d in docs if d.name.endswith(fmt.suffix))
        ordered.extend(d for d in index if d.name.endswith(fmt.suffix))
    return ordered


def render_documents(views: Sequence[ProgramView], options: RenderOptions) -> list[Document]:
    """Every document for *views* in this process (the same assembly `render` uses)."""
    return assemble([program_documents(view, options) for view in views], views, options)
