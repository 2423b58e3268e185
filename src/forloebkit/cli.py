"""The ``forloeb`` command line. Everything a user reads here is Danish.

Commands import what they need when they run, and the Danish help labels are
installed only when help is shown, so ``forloeb check`` starts fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__, cli_danish

app = typer.Typer(
    name="forloeb",
    help=(
        "Skriv, tjek og udgiv forløbsprogrammer for mennesker med psykiske lidelser.\n\n"
        "Programmerne følger Socialstyrelsen og Sundhedsstyrelsens *Generisk model for "
        "forløbsprogrammer for mennesker med psykiske lidelser* (2015)."
    ),
    add_completion=False,
    no_args_is_help=True,
    options_metavar="[TILVALG]",
    subcommand_metavar="KOMMANDO [ARGUMENTER]...",
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class DocumentFormat(StrEnum):
    html = "html"
    md = "md"
    alle = "alle"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"forloeb {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Vis versionen og afslut.", is_eager=True,
                     callback=_version),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Vis hele den tekniske fejlbesked ved interne fejl.")
    ] = False,
) -> None:  # fmt: skip
    """--debug is read from the command line in main(), which also covers errors in parsing."""


@app.command("check", options_metavar="[TILVALG]")
def check_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Programfiler og mapper. Mapper gennemsøges for *.yaml og *.yml.",
            metavar="STI",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="Uddata: text (til mennesker) eller json (til værktøjer)."),
    ] = OutputFormat.text,
    no_hints: Annotated[
        bool, typer.Option("--uden-tip", help="Vis kun fundene, ikke tip til hvordan de rettes.")
    ] = False,
) -> None:  # fmt: skip
    """Tjek programmer mod modellens tjekliste og skemaet.

    Viser hvert fund som **fil:linje:kolonne KODE besked** og derefter, for hvert
    program, hvilke tjeklistepunkter i modellens seks afsnit der er opfyldt.

    Exitkoder: **0** ingen fejl, **1** fund på fejlniveau, **2** filer, der ikke kan
    læses, eller forkert brug.
    """
    from .checking import check_paths

    run = check_paths(paths)
    if output_format is OutputFormat.json:
        from .reporting.json_output import render_json

        sys.stdout.write(render_json(run))
    else:
        from rich.console import Console

        from .reporting.text import render_text

        render_text(run, Console(highlight=False), show_hints=not no_hints)
    raise typer.Exit(run.exit_code)


@app.command("render", options_metavar="[TILVALG]")
def render_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Programfiler og mapper. Mapper gennemsøges for *.yaml og *.yml.",
            metavar="STI",
            show_default=False,
        ),
    ],
    document_format: Annotated[
        DocumentFormat,
        typer.Option("--format", "-f", help="html (én selvstændig fil), md (Markdown) eller alle."),
    ] = DocumentFormat.html,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Mappen, dokumenterne skrives i (oprettes om nødvendigt); "
                     "'-' skriver ét dokument til skærmen.", metavar="MAPPE"),
    ] = Path("build"),
    part: Annotated[
        str | None,
        typer.Option("--part", help="Vis kun det, programmet beder én part om (partens id, fx roskilde).",
                     metavar="ID", show_default=False),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option("--skabeloner", help="Mappe med egne skabeloner; de leverede bruges, hvor en fil mangler.",
                     metavar="MAPPE", show_default=False),
    ] = None,
    timestamp: Annotated[
        bool, typer.Option("--tidsstempel", help="Skriv dato og klokkeslæt i dokumentets fod.")
    ] = False,
) -> None:  # fmt: skip
    """Udgiv programmer som HTML eller Markdown.

    Skriver ét dokument pr. program, og for en mappe også en oversigt (**index.html** /
    **index.md**) med status, version, gyldighed og tjeklistedækning. Ufærdige programmer
    kan udgives; manglende afsnit vises som *Ikke udfyldt endnu*.

    Exitkoder: **0** dokumenterne er skrevet, **2** filer, der ikke kan læses, eller forkert brug.
    """
    from .rendering.command import RenderRefused, run_render

    try:
        code = run_render(paths, document_format.value, output, part, templates, timestamp)
    except RenderRefused as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command("explain", options_metavar="[TILVALG]")
def explain_command(
    code: Annotated[
        str | None,
        typer.Argument(help="Regelkode (fx TJK204) eller regelnavn (fx stratificering).",
                       metavar="KODE", show_default=False),
    ] = None,
    list_all: Annotated[bool, typer.Option("--alle", help="List alle regler.")] = False,
) -> None:  # fmt: skip
    """Forklar en regel: hvad den tjekker, hvorfor (med modellens ord) og et eksempel, der består."""
    from rich.console import Console

    from .reporting.explain import explain_rule, list_rules
    from .rules import all_rules, find_rule

    console = Console(highlight=False)
    if list_all or code is None:
        list_rules(console, all_rules().values())
        raise typer.Exit(0)
    rule = find_rule(code)
    if rule is None:
        _fail(f"Ukendt regel '{code}'. Se alle regler med 'forloeb explain --alle'.")
    explain_rule(console, rule)


@app.command("schema", options_metavar="[TILVALG]")
def schema_command(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Hvor skemaet skrives; '-' skriver til skærmen."),
    ] = Path("schemas/program.schema.json"),
) -> None:  # fmt: skip
    """Skriv JSON-skemaet for programfiler (bruges af editorer til autoudfyldning)."""
    from .files import write_atomically
    from .schema_export import program_schema_json

    text = program_schema_json()
    if str(output) == "-":
        sys.stdout.write(text)
        return
    if not output.parent.is_dir():
        _fail(f"Mappen '{output.parent}' findes ikke.")
    write_atomically(output, text)
    typer.echo(f"Skrev {output}")


def _fail(message: str) -> NoReturn:
    typer.echo(f"Fejl: {message}", err=True)
    raise typer.Exit(2)


def main() -> None:
    """Entry point: Danish usage errors, exit code 2, and no tracebacks."""
    from typer import exceptions as typer_exceptions
    from typer._click import exceptions as click_exceptions

    args = sys.argv[1:]
    if not args or "-h" in args or "--help" in args:
        cli_danish.install()  # only help screens need it; it imports typer's rich help (~0.1 s)
    try:
        result = app(prog_name="forloeb", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx else "")
        sys.exit(2)
    except click_exceptions.UsageError as exc:
        message = cli_danish.translate_usage_error(exc.format_message())
        typer.echo(f"Fejl: {message}", err=True)
        if exc.ctx is not None:
            typer.echo(f"Prøv '{exc.ctx.command_path} --help' for hjælp.", err=True)
        sys.exit(2)
    except typer_exceptions.Abort:
        typer.echo("Afbrudt.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("Afbrudt.", err=True)
        sys.exit(130)
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        sys.exit(1)
    except Exception as exc:
        if "--debug" in sys.argv[1:]:
            raise
        typer.echo(
            f"Intern fejl i forloeb {__version__}: {type(exc).__name__}: {exc}\n"
            "Det er en fejl i værktøjet, ikke i dit program. Kør kommandoen igen med --debug "
            "og send uddata til dem, der vedligeholder forloeb.",
            err=True,
        )
        sys.exit(2)
    sys.exit(result if isinstance(result, int) else 0)
