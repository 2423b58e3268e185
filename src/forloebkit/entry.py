"""The ``forloeb`` console script: answers ``--version`` and ``--help`` before importing typer.

Typer, click and rich take about 0.2 s to import and render the help screen.
``forloeb --version`` needs none of them, and ``forloeb --help`` prints the
same screen from ``cli_help.txt``, rendered once by typer at 80 columns without
colour (``python -m forloebkit.entry`` renews it; a test fails
when it is stale). Well-formed ``forloeb check`` and ``render`` command lines run
without typer too (:mod:`forloebkit.fast_path`). Narrower terminals,
``FORLOEB_INGEN_HJAELP_CACHE=1`` and every other command go through the full
command line in :mod:`forloebkit.cli`.
"""

from __future__ import annotations

import os
import sys

from . import __version__

#: Plain os.path, not pathlib: this module is imported on every run.
HELP_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli_help.txt")  # noqa: PTH100, PTH118, PTH120
HELP_WIDTH = 80


def render_help() -> str:
    """The top-level help as typer renders it at 80 columns without colour."""
    import subprocess

    env = {**os.environ, "COLUMNS": str(HELP_WIDTH), "NO_COLOR": "1", "TERM": "dumb",
           "FORLOEB_INGEN_HJAELP_CACHE": "1"}  # fmt: skip
    env.pop("FORCE_COLOR", None)
    code = "from forloebkit.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", code, "--help"], env=env, capture_output=True,
                          text=True, encoding="utf-8", check=True)  # fmt: skip
    return done.stdout


def _cached_help() -> str | None:
    if os.environ.get("FORLOEB_INGEN_HJAELP_CACHE"):
        return None
    if _terminal_width() < HELP_WIDTH:
        return None
    try:
        with open(HELP_FILE, encoding="utf-8") as handle:  # noqa: PTH123 - see HELP_FILE
            return handle.read()
    except OSError:
        return None


def _terminal_width() -> int:
    """Like shutil.get_terminal_size (COLUMNS first, then the terminal), without importing shutil."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return (
            os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else HELP_WIDTH
        )
    except (AttributeError, ValueError, OSError):
        return HELP_WIDTH


def main() -> None:
    args = sys.argv[1:]
    if args in (["--version"], ["-V"]):
        sys.stdout.write(f"forloeb {__version__}\n")
        sys.exit(0)
    if args in ([], ["--help"], ["-h"]):
        text = _cached_help()
        if text is not None:
            sys.stdout.write(text)
            sys.exit(0 if args else 2)  # no command at all is a usage error, as in cli.main
    from .fast_path import fast_command

    command = fast_command(args)
    if command is not None:  # a well-formed `check` or `render`: no typer, click or its adapters
        from .guard import run_guarded

        run_guarded(command, args)
    from .cli import main as full_main

    full_main()


if __name__ == "__main__":  # development: renew cli_help.txt after changing the help texts
    from pathlib import Path

    from .files import write_atomically

    write_atomically(Path(HELP_FILE), render_help())
    print(f"Skrev {HELP_FILE}")
