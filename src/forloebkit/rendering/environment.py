"""The Jinja environments: a region's templates first, the shipped ones as fallback.

One environment per output format is built once per run; Jinja caches each
compiled template, so rendering many programs compiles every template once.
The shipped templates' compiled code is also kept between runs (see
:class:`_CompiledTemplates`), so a run does not compile them at all.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__
from ..resources import templates_dir
from . import fast_jinja, markdown_text
from .context import label
from .fast_jinja import GENERATION, FastEnvironment


class Format(StrEnum):
    html = "html"
    md = "md"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class TemplateProblem(Exception):
    """A template is missing or broken; the message is Danish and names file and line."""


def build_environment(fmt: Format, custom_dir: Path | None = None) -> jinja2.Environment:
    """A strict environment for *fmt*; templates in *custom_dir* take precedence."""
    search = [str(custom_dir)] if custom_dir is not None else []
    search.append(str(templates_dir()))
    environment = FastEnvironment if fast_jinja.SUPPORTED else jinja2.Environment
    env = environment(
        loader=jinja2.FileSystemLoader(search, encoding="utf-8"),
        autoescape=fmt is Format.html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_compiled_templates(fmt) if custom_dir is None else None,
    )
    if fmt is Format.html:
        env.filters["label"] = label
        env.filters["md"] = markdown_text.to_html
        env.filters["inline"] = markdown_text.to_inline_html
    else:
        env.filters["label"] = lambda value: markdown_text.to_markdown_cell(label(value))
        env.filters["md"] = markdown_text.to_markdown
        env.filters["inline"] = markdown_text.to_markdown_cell
        env.filters["anchor"] = markdown_text.heading_anchor
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled shipped templates, kept between runs in Jinja's private per-user temp folder.

    Compiling a format's templates costs about 0.2 s of every ``render`` (and of
    every worker process); loading them from here a few milliseconds. An entry is
    used only for the same template source, format, Python, Jinja and forloeb
    version, and the same :data:`~.fast_jinja.GENERATION` of compiled code. A cache
    that cannot be read or written is skipped: never an error.
    """

    def __init__(self, fmt: Format, directory: str | None = None) -> None:
        pattern = (
            f"__forloeb_{__version__}_{GENERATION}_jinja_{jinja2.__version__}_{fmt.value}_%s.cache"
        )
        super().__init__(directory, pattern)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry: compile the template again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates(fmt: Format) -> jinja2.BytecodeCache | None:
    try:
        return _CompiledTemplates(fmt)
    except (OSError, RuntimeError):  # no usable temp folder: compile as usual
        return None


def render_template(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render *name*; any template error becomes a :class:`TemplateProblem`."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        where = _template_location(exc, "")
        missing = f"skabelonen '{exc.name}' findes ikke (hverken i --skabeloner eller de leverede)."
        raise TemplateProblem(f"{where}: {missing}" if where else "S" + missing[1:]) from exc
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateProblem(
            f"Skabelonen {where}, linje {exc.lineno}, kan ikke læses: {exc.message}"
        ) from exc
    except (jinja2.TemplateError, TypeError, AttributeError, KeyError, ValueError) as exc:
        raise TemplateProblem(f"{_template_location(exc, name)}: {_describe(exc)}") from exc


def _template_location(exc: BaseException, name: str) -> str:
    """'Skabelonen FIL, linje N' for the innermost template frame of *exc*'s traceback."""
    where = f"Skabelonen {name}" if name else ""
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".css")) and frame.lineno is not None:
            where = f"Skabelonen {frame.filename}, linje {frame.lineno}"
    return where


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        return f"ukendt navn ({exc.message})"
    return f"fejl under udfyldning ({type(exc).__name__}: {exc})"
