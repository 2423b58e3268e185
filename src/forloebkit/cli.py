"""The ``forloeb`` command line. Everything a user reads here is Danish.

Commands import what they need when they run, and the Danish help labels are
installed only when help is shown, so ``forloeb check`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
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

    run = check_paths(paths, keep_documents=False)
    if output_format is OutputFormat.json:
        from .reporting.json_output import render_json

        sys.stdout.write(render_json(run))
    else:
        from rich.console import Console

        from .reporting.text import render_text

        render_text(run, Console(highlight=False), show_hints=not no_hints)
    raise typer.Exit(run.exit_code)


@app.command("init", options_metavar="[TILVALG]")
def init_command(
    file: Annotated[
        Path,
        typer.Argument(help="Den nye programfil, fx programmer/adhd-unge.yaml.", metavar="FIL",
                       show_default=False),
    ],
    title: Annotated[
        str | None,
        typer.Option("--titel", help="Programmets titel.", metavar="TEKST", show_default=False),
    ] = None,
    age_groups: Annotated[
        list[str] | None,
        typer.Option("--aldersgruppe", help="børn, unge eller voksne. Kan gentages.",
                     metavar="GRUPPE", show_default=False),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option("--region", help="Regionen, fx 'Region Sjælland'.", metavar="NAVN",
                     show_default=False),
    ] = None,
    municipalities: Annotated[
        list[str] | None,
        typer.Option("--kommune", help="En kommune, fx 'Roskilde Kommune'. Kan gentages.",
                     metavar="NAVN", show_default=False),
    ] = None,
    general_practice: Annotated[
        bool | None,
        typer.Option("--almen-praksis/--uden-almen-praksis",
                     help="Om almen praksis er part i programmet (standard: ja).", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Erstat filen, hvis den findes.")] = False,
    create_dirs: Annotated[
        bool, typer.Option("--opret-mapper", help="Opret mapper på stien, der mangler.")
    ] = False,
) -> None:  # fmt: skip
    """Skriv et nyt program med alle modellens afsnit og felter og vejledning som kommentarer.

    På en terminal spørger kommandoen om det, der ikke er angivet som tilvalg. I scripts og
    CI angives alt som tilvalg: **--titel**, **--aldersgruppe**, **--region** og
    **--kommune**. Kør derefter **forloeb check FIL** for at se, hvad der mangler.

    En eksisterende fil overskrives kun med **--force**.
    """
    from .scaffold import (
        AnswerError,
        RawAnswers,
        TargetError,
        build_scaffold,
        check_answers,
        check_given,
        check_target,
        modeline,
        write_scaffold,
    )

    try:
        check_target(file, force=force, create_dirs=create_dirs)
        raw = RawAnswers(title, age_groups, region, municipalities, general_practice)
        missing = raw.missing_flags()
        if missing:
            if not sys.stdin.isatty():
                _fail(
                    "Der mangler svar, og forloeb kan ikke spørge, fordi standard-input ikke er "
                    f"en terminal. Angiv: {', '.join(missing)}."
                )
            from rich.console import Console

            from .scaffold.prompts import ask_missing

            check_given(raw)
            try:
                raw = ask_missing(raw, Console(highlight=False))
            except EOFError:
                _fail("Standard-input blev lukket, før alle spørgsmål var besvaret.")
        answers = check_answers(raw)
        text = build_scaffold(answers, modeline(file))
    except (AnswerError, TargetError) as exc:
        _fail(str(exc))
    try:
        _write_or_fail(
            lambda: write_scaffold(file, text, force=force, create_dirs=create_dirs), file
        )
    except TargetError as exc:  # the file appeared while questions were asked
        _fail(str(exc))
    typer.echo(f"Skrev {file}. Kør 'forloeb check {file}' for at se, hvad der mangler.")


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
    _write_or_fail(lambda: write_atomically(output, text), output)
    typer.echo(f"Skrev {output}")


def _write_or_fail(write: Callable[[], None], path: Path) -> None:
    """Run *write*; a refusal from the system (disk full, no rights) is exit 2, not a crash."""
    from .files import write_problem

    try:
        write()
    except OSError as exc:
        _fail(write_problem(path, exc))


def _fail(message: str) -> NoReturn:
    typer.echo(f"Fejl: {message}", err=True)
    raise typer.Exit(2)


#: What each command was doing, for the one-line internal error message.
_DOING = {
    "check": "under tjek af programmer",
    "init": "da et nyt program skulle skrives",
    "explain": "da en regel skulle forklares",
    "schema": "da JSON-skemaet skulle skrives",
}


def _doing(args: list[str]) -> str:
    command = next((a for a in args if not a.startswith("-")), "")
    return _DOING.get(command, f"under 'forloeb {command}'" if command else "ved start")


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
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line, whatever exc says
        typer.echo(
            f"Intern fejl i forloeb {__version__} {_doing(args)}: {reason}. Det er en fejl i "
            "værktøjet, ikke i dit program: kør kommandoen igen med --debug og send uddata til "
            "dem, der vedligeholder forloeb.",
            err=True,
        )
        sys.exit(2)
    if result == 130:  # typer turns Ctrl-C inside a command into a silent exit code 130
        typer.echo("Afbrudt.", err=True)
    sys.exit(result if isinstance(result, int) else 0)
