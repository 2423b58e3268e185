"""Danish wording for the help screens and usage errors of the command line.

Typer (and the click it vendors) only speaks English. The help panels are
module constants we can set; usage errors are caught in :func:`forloebkit.cli.main`
and translated with :func:`translate_usage_error`.
"""

from __future__ import annotations

import re
from typing import Any

_ERRORS: tuple[tuple[str, str], ...] = (
    (r"No such option: (\S+)", r"Ukendt tilvalg: \1"),
    (r"No such command '([^']*)'\.?", r"Ukendt kommando '\1'."),
    (r"Missing argument '([^']*)'\.?", r"Mangler argumentet '\1'."),
    (r"Missing option '([^']*)'\.?", r"Mangler tilvalget '\1'."),
    (r"Missing command\.?", "Mangler en kommando."),
    (r"Got unexpected extra arguments? \((.*)\)", r"Uventede ekstra argumenter: \1"),
    (r"Option '([^']*)' requires an argument\.?", r"Tilvalget '\1' skal have en værdi."),
    (r"Invalid value for (.+?): (?:Value error, )?", r"Ugyldig værdi for \1: "),
    (r"'([^']*)' is not one of (.*)\.", r"'\1' er ikke en af \2."),
    (r"is not a valid integer", "er ikke et helt tal"),
    (r"Did you mean", "Mente du"),
    (r" or ", " eller "),
)  # fmt: skip


def translate_usage_error(message: str) -> str:
    for pattern, replacement in _ERRORS:
        message = re.sub(pattern, replacement, message)
    return message


def install() -> None:
    """Set the Danish panel titles and labels of Typer's rich help screens."""
    from typer import rich_utils
    from typer._click import core, formatting

    rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenter"
    rich_utils.OPTIONS_PANEL_TITLE = "Tilvalg"
    rich_utils.COMMANDS_PANEL_TITLE = "Kommandoer"
    rich_utils.ERRORS_PANEL_TITLE = "Fejl"
    rich_utils.ABORTED_TEXT = "Afbrudt."
    rich_utils.DEFAULT_STRING = "[standard: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[skal angives]"
    rich_utils.ENVVAR_STRING = "[miljøvariabel: {}]"
    rich_utils.RICH_HELP = "Prøv [blue]'{command_path} {help_option}'[/] for hjælp."

    original_usage = formatting.HelpFormatter.write_usage

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original_usage(self, prog, args, "Brug: " if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]

    original_help_option = core.Command.get_help_option

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original_help_option(self, ctx)
        if option is not None:
            option.help = "Vis denne hjælp og afslut."
        return option

    core.Command.get_help_option = get_help_option  # type: ignore[method-assign]

    # typer prints Python types in the help ("<bool>" for every flag, "<list[Path]>" for STI...),
    # which says nothing to a planner: flags get no type column, arguments their name only.
    from typer import core as typer_core

    original_option_type = typer_core.TyperOption.display_type_rich

    def option_type(self: Any, ctx: Any) -> str | None:
        return None if self.is_flag else original_option_type(self, ctx)

    def argument_type(self: Any, ctx: Any) -> str | None:
        return None

    typer_core.TyperOption.display_type_rich = option_type  # type: ignore[method-assign]
    typer_core.TyperArgument.display_type_rich = argument_type  # type: ignore[method-assign]
