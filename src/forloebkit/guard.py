"""The last line of defence around every command: no traceback reaches the user.

A :class:`~forloebkit.check_command.CommandError` is ``Fejl: …`` with exit code
2, Ctrl-C is ``Afbrudt.`` with 130, a closed pipe (``forloeb check … | head``)
ends quietly with 1, and anything else is a one-line Danish internal-error
message with 2 (``--debug`` shows the traceback instead). Used by the typer
command line and by the typer-free fast path of ``forloeb check``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn

from . import __version__

#: What each command was doing, for the one-line internal error message.
_DOING = {
    "check": "under tjek af programmer",
    "init": "da et nyt program skulle skrives",
    "explain": "da en regel skulle forklares",
    "schema": "da JSON-skemaet skulle skrives",
}


def doing(args: list[str]) -> str:
    command = next((a for a in args if not a.startswith("-")), "")
    return _DOING.get(command, f"under 'forloeb {command}'" if command else "ved start")


def run_guarded(command: Callable[[], int], args: list[str]) -> NoReturn:
    """Run *command* and exit with its exit code, turning every escape into a Danish message."""
    from .check_command import CommandError

    try:
        code = command()
    except CommandError as exc:
        _say(f"Fejl: {exc}")
        code = 2
    except KeyboardInterrupt:
        _say("Afbrudt.")
        code = 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        code = 1
    except Exception as exc:
        if "--debug" in args:
            raise
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line, whatever exc says
        _say(
            f"Intern fejl i forloeb {__version__} {doing(args)}: {reason}. Det er en fejl i "
            "værktøjet, ikke i dit program: kør kommandoen igen med --debug og send uddata til "
            "dem, der vedligeholder forloeb."
        )
        code = 2
    sys.exit(code)


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
