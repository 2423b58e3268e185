"""The ``forloeb`` command line. Everything a user reads here is Danish.

Commands import what they need when they run, and the Danish help labels are
installed only when help is shown, so ``forloeb check`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__, cli_danish
from .check_command import CommandError, OutputFormat, parse_date, run_check
from .rendering import DocumentFormat

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
        OutputFormat | None,
        typer.Option(
            "--format", "-f", metavar="FORMAT",
            help="Uddata: text (til mennesker), json, sarif, github (annoteringer), gitlab "
            "(Code Quality) eller junit. Standard: text, eller github når GITHUB_ACTIONS=true.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FIL",
                     help="Skriv rapporten i det valgte format til FIL; skærmen får tekst.",
                     show_default=False),
    ] = None,
    no_hints: Annotated[
        bool, typer.Option("--uden-tip", help="Vis kun fundene, ikke tip til hvordan de rettes.")
    ] = False,
    today: Annotated[
        str | None,
        typer.Option("--dato", metavar="ÅÅÅÅ-MM-DD", show_default=False,
                     help="Tjek frister og datoer, som om det var denne dag (standard: i dag)."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", metavar="FIL", show_default=False,
                     help="Brug denne konfigurationsfil i stedet for at lede efter forloeb.toml."),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--ingen-konfiguration", help="Brug ingen konfigurationsfil.")
    ] = False,
    select: Annotated[
        str | None,
        typer.Option("--select", metavar="KODER", show_default=False,
                     help="Kun disse koder eller præfikser, kommasepareret (fx TJK,UND001)."),
    ] = None,
    ignore: Annotated[
        str | None,
        typer.Option("--ignore", metavar="KODER", show_default=False,
                     help="Spring disse koder eller præfikser over, kommasepareret."),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Advarsler giver også exitkode 1.")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option("--ingen-cache",
                     help="Tjek alle filer forfra; genbrug ikke resultater for uændrede filer "
                     "fra mappen .forloeb_cache."),
    ] = False,
) -> None:  # fmt: skip
    """Tjek programmer mod modellens tjekliste, skemaet og modellens tværgående regler.

    Viser hvert fund som **fil:linje:kolonne KODE besked** og derefter, for hvert
    program, hvilke tjeklistepunkter i modellens seks afsnit der er opfyldt.

    Indstillinger læses fra **forloeb.toml** eller **[tool.forloeb]** i pyproject.toml
    (i mappen eller en overordnet mappe); tilvalg på kommandolinjen går forud.

    Resultatet for hver fil huskes i mappen **.forloeb_cache** (ved siden af
    konfigurationsfilen, ellers i den aktuelle mappe), så uændrede filer ikke tjekkes
    igen. Ændres filen, indstillingerne, datoen eller forloeb, tjekkes filen forfra.

    Exitkoder: **0** ingen fejl, **1** fund på fejlniveau, **2** filer, der ikke kan
    læses, en ugyldig konfiguration eller forkert brug.
    """
    try:
        code = run_check(
            paths, output_format=output_format, output=output, no_hints=no_hints, today=today,
            config=config, no_config=no_config, select=select, ignore=ignore, strict=strict,
            no_cache=no_cache,
        )  # fmt: skip
    except CommandError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


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
    from .rendering.command import run_render

    try:
        code = run_render(paths, document_format, output, part, templates, timestamp)
    except CommandError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command("init", options_metavar="[TILVALG]")
def init_command(
    file: Annotated[
        Path | None,
        typer.Argument(help="Den nye programfil, fx programmer/adhd-unge.yaml.", metavar="FIL",
                       show_default=False),
    ] = None,
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
    collection: Annotated[
        Path | None,
        typer.Option("--samling", metavar="MAPPE", show_default=False,
                     help="Opret i stedet en samling: programmer/, forloeb.toml, pre-commit, "
                     "GitHub Actions og GitLab CI."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Erstat filer, der findes i forvejen.")
    ] = False,
    create_dirs: Annotated[
        bool, typer.Option("--opret-mapper", help="Opret mapper på stien, der mangler.")
    ] = False,
) -> None:  # fmt: skip
    """Skriv et nyt program med alle modellens afsnit og felter og vejledning som kommentarer.

    På en terminal spørger kommandoen om det, der ikke er angivet som tilvalg. I scripts og
    CI angives alt som tilvalg: **--titel**, **--aldersgruppe**, **--region** og
    **--kommune**. Kør derefter **forloeb check FIL** for at se, hvad der mangler.

    **forloeb init --samling MAPPE** opretter i stedet et repository til en regions
    programmer: programmer/, forloeb.toml, .pre-commit-config.yaml,
    .github/workflows/forloeb.yml og .gitlab-ci.yml.

    En eksisterende fil overskrives kun med **--force**.
    """
    if collection is not None:
        if file is not None:
            _fail("Angiv enten FIL eller --samling MAPPE, ikke begge.")
        _init_collection(collection, force=force)
        return
    if file is None:
        _fail("Angiv den nye programfil (FIL) eller --samling MAPPE.")
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


def _parse_date(text: str | None) -> date | None:
    """``--dato``: an ISO date, or None for today."""
    try:
        return parse_date(text)
    except CommandError as exc:
        _fail(str(exc))


def _init_collection(collection: Path, *, force: bool) -> None:
    """``forloeb init --samling MAPPE``: a repository of programs wired to forloeb."""
    from .collection import create_collection, plan_collection
    from .files import write_problem

    if collection.exists() and not collection.is_dir():
        _fail(f"'{collection}' findes og er ikke en mappe.")
    plan = plan_collection(collection)
    if plan.blocked:
        listed = "\n".join(f"  {p}" for p in plan.blocked)
        _fail(f"Disse stier står i vejen (en mappe, hvor en fil skal være, eller omvendt):\n"
              f"{listed}\nFlyt dem, og prøv igen. Intet er skrevet.")  # fmt: skip
    if plan.conflicts and not force:
        listed = "\n".join(f"  {p}" for p in plan.conflicts)
        _fail(
            f"Disse filer findes allerede og overskrives ikke:\n{listed}\nBrug --force for at overskrive."
        )
    try:
        written = create_collection(plan, force=force)
    except OSError as exc:
        _fail(write_problem(Path(exc.filename or collection), exc))
    for path in written:
        typer.echo(f"Skrev {path}")
    typer.echo(f"Samlingen er klar. Læg programmer i {collection / 'programmer'}/ og kør "
               f"'forloeb check {collection / 'programmer'}'.")  # fmt: skip


@app.command("rapport", options_metavar="[TILVALG]")
def rapport_command(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Programfiler og mapper, fx programmer/.", metavar="STI",
                       show_default=False),
    ],
    output_dir: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="MAPPE", show_default=False,
                     help="Skriv rapport.md og rapport.html i MAPPE. Uden: Markdown på skærmen."),
    ] = None,
    on_date: Annotated[
        str | None,
        typer.Option("--dato", metavar="ÅÅÅÅ-MM-DD", show_default=False,
                     help="Datoen, frister sammenlignes med (standard: i dag)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overskriv filer i MAPPE, som forloeb ikke selv har skrevet.")
    ] = False,
) -> None:  # fmt: skip
    """Skriv et overblik over en samling programmer: tjekliste, status og frister.

    Viser for hvert program status, version, gyldighed, næste revision og næste
    opfølgning (overskredne frister markeres) og en tabel over tjeklistens punkter.
    Indstillingerne i forloeb.toml bruges som ved **forloeb check**. Er miljøvariablen **GITHUB_STEP_SUMMARY** sat, føjes Markdown-udgaven til jobbets
    opsummering.
    """
    import os
    from dataclasses import replace

    from .checking import check_paths
    from .config import ConfigError, resolve_options
    from .reporting.rapport_files import RapportConflict, write_rapport

    today = _parse_date(on_date) or date.today()
    try:
        options = resolve_options(
            config=None, use_config=True, select=None, ignore=None, strict=False
        )
    except ConfigError as exc:
        _fail(str(exc))
    run = check_paths(paths, replace(options, today=today), build_model=False)  # reads plain data
    if run.path_errors:
        _fail(run.path_errors[0].message)
    try:
        markdown, written = write_rapport(run, today, output_dir, force=force)
    except RapportConflict as exc:
        _fail(str(exc))
    if output_dir is None:
        sys.stdout.write(markdown)
    for path in written:
        typer.echo(f"Skrev {path}")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as handle:
            handle.write(markdown)


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
        typer.Option("--output", "-o", metavar="FIL",
                     help="Hvor skemaet skrives; '-' skriver til skærmen."),
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


def _typer_main(args: list[str]) -> int:
    """Run the typer application; click's usage errors become Danish messages and exit 2."""
    from typer import exceptions as typer_exceptions
    from typer._click import exceptions as click_exceptions

    try:
        result = app(prog_name="forloeb", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx else "")
        return 2
    except click_exceptions.UsageError as exc:
        message = cli_danish.translate_usage_error(exc.format_message())
        typer.echo(f"Fejl: {message}", err=True)
        if exc.ctx is not None:
            typer.echo(f"Prøv '{exc.ctx.command_path} --help' for hjælp.", err=True)
        return 2
    except typer_exceptions.Abort:
        typer.echo("Afbrudt.", err=True)
        return 130
    if result == 130:  # typer turns Ctrl-C inside a command into a silent exit code 130
        typer.echo("Afbrudt.", err=True)
    return result if isinstance(result, int) else 0


def main() -> None:
    """Entry point: Danish usage errors, exit code 2, and no tracebacks."""
    from .guard import run_guarded

    args = sys.argv[1:]
    if not args or "-h" in args or "--help" in args:
        cli_danish.install()  # only help screens need it; it imports typer's rich help (~0.1 s)
    run_guarded(lambda: _typer_main(args), args)
