"""A fast path for well-formed ``forloeb check`` and ``forloeb render`` command lines, without typer.

Importing typer and click costs about 0.05 s, and typer 0.29 then builds a
pydantic ``TypeAdapter`` for every option of the command it runs
(``typer/_adapters.py``), about 0.17 s more, before ``check`` reads a single
file. For a command line that is plainly well formed, :func:`check_arguments`
reads the options with :data:`CHECK_OPTIONS` and :mod:`forloebkit.entry` calls
:func:`forloebkit.check_command.run_check`, the function behind the typer
command, directly; :func:`render_arguments` does the same for
:func:`forloebkit.rendering.command.run_render`. Anything it does not
recognise with certainty (help, an unknown or repeated option, a value that
does not convert, ``-``, global options such as ``--debug``) returns None, and
the full typer command line handles it, with its Danish usage errors.

:data:`CHECK_OPTIONS` and :func:`render_options` are the tables
:func:`spec_from_typer` derives from the typer commands' declarations (names,
flags, types, defaults), written out so that the fast path does not import
typer; a test requires them to be equal. ``FORLOEB_INGEN_GENVEJ=1`` turns the
fast path off; ``tests/test_fast_path.py`` runs many command lines both ways
and requires identical output, exit codes and files.
"""

from __future__ import annotations

import inspect
import os
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from .check_command import OutputFormat


@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    decls: tuple[str, ...]  # empty for the positional argument
    kind: type
    is_flag: bool
    is_list: bool
    default: Any


def _base_type(annotation: Any) -> tuple[type, bool]:
    """(element type, is it a list) of ``X``, ``X | None`` or ``list[X]``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0]
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0], True
    return annotation, False


def _plain(info: Any) -> bool:
    """True when the declaration uses nothing this parser does not reproduce."""
    return (
        info.callback is None and info.envvar is None and info.parser is None
        and not info.exists and info.case_sensitive and not getattr(info, "count", False)
        and info.default_factory is None
    )  # fmt: skip


def spec_from_typer(command: Callable[..., Any]) -> tuple[_Param, ...] | None:
    """The command's parameters from its typer declarations, or None if any is unusual."""
    from typer.models import ArgumentInfo, OptionInfo

    params = []
    hints = typing.get_type_hints(command, include_extras=True)
    for name, parameter in inspect.signature(command).parameters.items():
        annotation, *extras = typing.get_args(hints[name])
        info = next(e for e in extras if isinstance(e, OptionInfo | ArgumentInfo))
        kind, is_list = _base_type(annotation)
        if not _plain(info) or not (kind in (bool, str, Path) or issubclass(kind, Enum)):
            return None
        decls: tuple[str, ...] = ()
        if isinstance(info, OptionInfo):
            # In Annotated form typer reads a first positional "--name" as a declaration.
            first = (info.default,) if isinstance(info.default, str) else ()
            decls = (*first, *(info.param_decls or ())) or (f"--{name.replace('_', '-')}",)
            if any("/" in decl or not decl.startswith("-") for decl in decls):
                return None
        default = None if parameter.default is inspect.Parameter.empty else parameter.default
        params.append(_Param(name, decls, kind, kind is bool, is_list, default))
    return tuple(params)


#: ``spec_from_typer(cli.check_command)``, written out (see the module docstring).
CHECK_OPTIONS: tuple[_Param, ...] = (
    _Param("paths", (), Path, is_flag=False, is_list=True, default=None),
    _Param("output_format", ("--format", "-f"), OutputFormat, is_flag=False, is_list=False,
           default=None),
    _Param("output", ("--output", "-o"), Path, is_flag=False, is_list=False, default=None),
    _Param("no_hints", ("--uden-tip",), bool, is_flag=True, is_list=False, default=False),
    _Param("today", ("--dato",), str, is_flag=False, is_list=False, default=None),
    _Param("config", ("--config",), Path, is_flag=False, is_list=False, default=None),
    _Param("no_config", ("--ingen-konfiguration",), bool, is_flag=True, is_list=False,
           default=False),
    _Param("select", ("--select",), str, is_flag=False, is_list=False, default=None),
    _Param("ignore", ("--ignore",), str, is_flag=False, is_list=False, default=None),
    _Param("strict", ("--strict",), bool, is_flag=True, is_list=False, default=False),
    _Param("no_cache", ("--ingen-cache",), bool, is_flag=True, is_list=False, default=False),
)  # fmt: skip


def render_options() -> tuple[_Param, ...]:
    """``spec_from_typer(cli.render_command)``, written out (made on use: the check path does
    not import the rendering package)."""
    from .rendering import DocumentFormat

    return (
        _Param("paths", (), Path, is_flag=False, is_list=True, default=None),
        _Param("document_format", ("--format", "-f"), DocumentFormat, is_flag=False,
               is_list=False, default=DocumentFormat.html),
        _Param("output", ("--output", "-o"), Path, is_flag=False, is_list=False,
               default=Path("build")),
        _Param("part", ("--part",), str, is_flag=False, is_list=False, default=None),
        _Param("templates", ("--skabeloner",), Path, is_flag=False, is_list=False, default=None),
        _Param("timestamp", ("--tidsstempel",), bool, is_flag=True, is_list=False,
               default=False),
    )  # fmt: skip


def _convert(kind: type, text: str) -> Any:
    if issubclass(kind, Enum):
        return kind(text)  # ValueError: not one of the choices
    if kind is Path:
        return Path(text)
    if kind is str:
        return text
    raise ValueError(kind)


def fast_command(args: list[str]) -> Callable[[], int] | None:
    """The command *args* asks for, ready to run without typer (its exit code), or None."""
    check = check_arguments(args)
    if check is not None:
        from .check_command import run_check

        return lambda: run_check(**check)
    render = render_arguments(args)
    if render is not None:
        from .rendering.command import run_render

        return lambda: run_render(**render)
    return None


def check_arguments(args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments for ``check_command`` from ``check ARGS...``, or None to use typer."""
    return _arguments(args, "check", lambda: CHECK_OPTIONS)


def render_arguments(args: list[str]) -> dict[str, Any] | None:
    """Keyword arguments for ``render_command`` from ``render ARGS...``, or None to use typer."""
    return _arguments(args, "render", render_options)


def _arguments(
    args: list[str], command: str, options_of: Callable[[], tuple[_Param, ...]]
) -> dict[str, Any] | None:
    """*command*'s keyword arguments from *args* (its name, then its words), or None (see
    above). *options_of* gives its table, asked for only when *args* name *command*."""
    if os.environ.get("FORLOEB_INGEN_GENVEJ") or args[:1] != [command]:
        return None
    rest, options = args[1:], options_of()
    by_decl = {decl: param for param in options for decl in param.decls}
    positional = next(param for param in options if not param.decls)
    values: dict[str, Any] = {}
    items: list[str] = []
    i = 0
    try:
        while i < len(rest):
            arg = rest[i]
            i += 1
            if arg == "--":
                items.extend(rest[i:])
                break
            if arg == "-":
                return None  # standard input: typer decides
            if not arg.startswith("-"):
                items.append(arg)
                continue
            name, equals, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
            param = by_decl.get(name)
            if param is None or param.name in values or param.is_list:
                return None  # help, unknown, repeated: typer decides
            if param.is_flag:
                if equals:
                    return None
                values[param.name] = True
                continue
            if not equals:
                if i >= len(rest) or rest[i].startswith("-"):
                    return None  # no value, or one that looks like an option: typer decides
                inline = rest[i]
                i += 1
            values[param.name] = _convert(param.kind, inline)
        if not items:
            return None
        values[positional.name] = [_convert(positional.kind, item) for item in items]
    except ValueError:
        return None
    for param in options:
        values.setdefault(param.name, param.default)
    return values
