"""The console script answers --version and --help without importing typer."""

from __future__ import annotations

import subprocess
import sys

from forloebkit import __version__
from forloebkit.entry import HELP_FILE, render_help

ENV = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"}


def _run(*args: str, columns: int = 100, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forloebkit", *args], capture_output=True, text=True,
        encoding="utf-8", env={**ENV, "COLUMNS": str(columns), **env}, check=False,
    )  # fmt: skip


def _cached() -> str:
    with open(HELP_FILE, encoding="utf-8") as handle:  # noqa: PTH123
        return handle.read()


def test_cached_help_is_what_typer_renders_today() -> None:
    assert _cached() == render_help(), (
        "Kør 'uv run python -m forloebkit.entry' og commit cli_help.txt."
    )


def test_help_and_no_arguments_print_the_cached_help() -> None:
    shown = _run("--help")
    assert (shown.returncode, shown.stdout, shown.stderr) == (0, _cached(), "")
    bare = _run()
    assert (bare.returncode, bare.stdout) == (2, _cached())
    assert _run("-h").stdout == _cached()


def test_narrow_terminal_and_opt_out_render_with_typer() -> None:
    narrow = _run("--help", columns=60)
    assert narrow.returncode == 0
    assert narrow.stdout != _cached()
    assert "Brug: forloeb" in narrow.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    wide = _run("--help", columns=100, FORLOEB_INGEN_HJAELP_CACHE="1")
    assert wide.returncode == 0 and "Kommandoer" in wide.stdout


def test_version() -> None:
    for flag in ("--version", "-V"):
        done = _run(flag)
        assert (done.returncode, done.stdout) == (0, f"forloeb {__version__}\n")


def test_version_and_help_do_not_import_typer() -> None:
    code = (
        "import sys\n"
        "from forloebkit.entry import main\n"
        "for args in (['--version'], ['--help']):\n"
        "    sys.argv = ['forloeb', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('typer' in sys.modules, 'rich' in sys.modules, 'pydantic' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**ENV, "COLUMNS": "100"}, check=True)  # fmt: skip
    assert done.stderr.strip() == "False False False"
