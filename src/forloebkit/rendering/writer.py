"""Render checked programs to documents in memory, then write them whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from jinja2 import Environment

from .. import __version__
from ..checking import ProgramResult
from ..files import safe_file_stem, write_atomically
from .context import ProgramView, build_program_view
from .environment import Format, build_environment, render_template
from .markdown_text import tidy_markdown
from .party_view import UnknownPartyError, build_party_view

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


def program_views(programs: Sequence[ProgramResult]) -> list[ProgramView]:
    """Views in file order, each with a unique, safe file stem."""
    views: list[ProgramView] = []
    used: set[str] = {INDEX_STEM}
    for result in sorted(programs, key=lambda r: r.file):
        base = safe_file_stem(PurePath(result.file).stem)
        stem, n = base, 2
        while stem in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(stem)
        views.append(build_program_view(result, stem))
    return views


def _render(env: Environment, fmt: Format, name: str, context: dict[str, Any]) -> str:
    text = render_template(env, f"{fmt.value}/{name}.{fmt.value}.j2", context)
    return tidy_markdown(text) if fmt is Format.md else text


def render_documents(views: Sequence[ProgramView], options: RenderOptions) -> list[Document]:
    """Every document for *views*; raises TemplateProblem or UnknownPartyError."""
    docs: list[Document] = []
    common: dict[str, Any] = {"version": __version__, "timestamp": options.timestamp}
    selected = _party_selection(views, options.part)
    for fmt in options.formats:
        env = build_environment(fmt, options.templates)
        for view in views:
            if options.part is None:
                context = {**common, "p": view, "part": None}
                docs.append(Document(view.stem + fmt.suffix, _render(env, fmt, "program", context)))
            elif view.stem in selected:
                part = build_party_view(view, options.part)
                context = {**common, "p": view, "part": part}
                name = f"{view.stem}-{safe_file_stem(options.part)}{fmt.suffix}"
                docs.append(Document(name, _render(env, fmt, "part", context)))
        if options.with_index and options.part is None:
            context = {**common, "programs": views, "suffix": fmt.suffix}
            docs.append(Document(INDEX_STEM + fmt.suffix, _render(env, fmt, "index", context)))
    return docs


def _party_selection(views: Sequence[ProgramView], part: str | None) -> set[str]:
    """Stems of the programs that have party *part*; raises if none has it."""
    if part is None:
        return set()
    selected = {v.stem for v in views if part in v.party_names}
    if not selected:
        known = sorted({pid for v in views for pid in v.party_names})
        raise UnknownPartyError(part, known)
    return selected


def write_documents(folder: Path, docs: Sequence[Document]) -> list[Path]:
    """Write each document atomically into *folder* (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for doc in docs:
        path = folder / doc.name
        write_atomically(path, doc.text)
        written.append(path)
    return written
