"""The bad-input corpus: every file planners could hand `forloeb check`, and what it must answer.

One table, ``CASES``, maps each input to the expected outcome: the finding's code, line and
column, a distinctive Danish fragment of its message (or tip), and the exit code. Small inputs
are committed under ``tests/corpus/``; large or file-system ones (50 MB, symlink loops, folders)
are made by a ``make`` function at test time. ``code=None`` means the input is accepted: no
``YML``/``SKM`` finding, and the fragment (usually the title) is shown.

The table describes inputs and outcomes, not the command: a later ``forloeb render`` test can
walk the same ``CASES`` and expect "refused with exit 2" wherever ``exit`` is 2.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT, run_cli

CORPUS = ROOT / "tests" / "corpus"
PROGRAM = "skemaversion: 1\nprogram:\n  titel: Forløbsprogram for voksne med angst\n"
TITLE = "Forløbsprogram for voksne med angst"


@dataclass(frozen=True, slots=True)
class Made:
    """A generated input: the path given to the command and the file named in the finding."""

    path: Path
    shown: str


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    code: str | None
    line: int
    column: int
    exit: int
    fragment: str
    make: Callable[[Path], Made] | None = None


# --- generated inputs ---------------------------------------------------------------------


def _write(tmp: Path, name: str, text: str) -> Made:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return Made(path, path.as_posix())


def _deep_flow(tmp: Path) -> Made:
    return _write(tmp, "dyb-flow.yaml", "skemaversion: 1\nprogram: " + "[" * 10_000 + "]" * 10_000)


def _deep_flow_mappings(tmp: Path) -> Made:
    text = PROGRAM + "  resumé: " + "{a: " * 10_000 + "x" + "}" * 10_000 + "\n"
    return _write(tmp, "dyb-flow-samlinger.yaml", text)


def _deep_block_compact(tmp: Path) -> Made:
    return _write(
        tmp, "dyb-blok-kompakt.yaml", "skemaversion: 1\nprogram:\n" + "- " * 10_000 + "x\n"
    )


def _deep_block_indented(tmp: Path) -> Made:
    lines = "".join(" " * depth + f"n{depth}:\n" for depth in range(3_000))
    return _write(tmp, "dyb-blok-indrykket.yaml", "skemaversion: 1\n" + lines)


def _deep_block_10000(tmp: Path) -> Made:
    # 10,000 levels of indentation need 50 MB of spaces: refused by size before parsing.
    lines = "".join(" " * depth + "n:\n" for depth in range(10_000))
    return _write(tmp, "dyb-blok-10000.yaml", "skemaversion: 1\n" + lines)


def _file_50_mb(tmp: Path) -> Made:
    example = (EXAMPLES / "skizofreni.yaml").read_text(encoding="utf-8")
    path = tmp / "stor-50mb.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(example + "bilag: |\n")
        chunk = "  " + "Tekst kopieret ind fra et bilag. " * 30 + "\n"
        for _ in range(50_000_000 // len(chunk) + 1):
            handle.write(chunk)
    return Made(path, path.as_posix())


def _line_1_mb(tmp: Path) -> Made:
    return _write(
        tmp, "lang-linje.yaml", PROGRAM + "  resumé: " + "Borgeren i centrum. " * 52_000 + "\n"
    )


def _symlink_loop(tmp: Path) -> Made:
    folder = tmp / "programmer"
    folder.mkdir()
    (folder / "a.yaml").symlink_to("b.yaml")
    (folder / "b.yaml").symlink_to("a.yaml")
    (folder / "sig-selv").symlink_to(".")  # a folder link that loops is not followed
    return Made(folder, (folder / "a.yaml").as_posix())


def _unreadable(tmp: Path) -> Made:
    if os.geteuid() == 0:
        pytest.skip("kører som root, som kan læse filer med chmod 000 (se test_unreadable_as_root)")
    folder = tmp / "programmer"
    folder.mkdir()
    path = folder / "hemmelig.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    path.chmod(0)
    return Made(folder, path.as_posix())


def _missing(tmp: Path) -> Made:
    path = tmp / "findes-ikke.yaml"
    return Made(path, path.as_posix())


def _empty_folder(tmp: Path) -> Made:
    (tmp / "tom").mkdir()
    return Made(tmp / "tom", "")


def _folder_without_programs(tmp: Path) -> Made:
    folder = tmp / "andet"
    folder.mkdir()
    (folder / "noter.txt").write_text(PROGRAM, encoding="utf-8")
    (folder / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n")
    return Made(folder, "")


def _folder_named_yaml(tmp: Path) -> Made:
    (tmp / "x.yaml").mkdir()
    return Made(tmp / "x.yaml", "")


def _named_pipe(tmp: Path) -> Made:
    folder = tmp / "programmer"
    folder.mkdir()
    os.mkfifo(folder / "roer.yaml")
    return Made(folder, (folder / "roer.yaml").as_posix())


# --- the table ------------------------------------------------------------------------------

Y = "YML"
CASES = [
    # The file itself: empty, not a program, binary, wrong encoding (exit 2).
    Case("tom.yaml", "YML008", 1, 1, 2, "Filen er tom eller indeholder kun kommentarer"),
    Case("kun-kommentarer.yaml", "YML008", 1, 1, 2, "indeholder kun kommentarer"),
    Case("liste-oeverst.yaml", "YML003", 1, 1, 2, "øverste niveau er en liste"),
    Case("tekst-oeverst.yaml", "YML003", 1, 1, 2, "øverste niveau er en enkelt værdi"),
    Case("png-billede.yaml", "YML005", 3, 1, 2, "sandsynligvis ikke en tekstfil"),
    Case("nul-tegn.yaml", "YML005", 3, 14, 2, "NUL-tegn"),
    Case("windows-1252.yaml", "YML004", 3, 14, 2, "byte 0xF8 ('ø' i Windows-1252)"),
    Case("latin-1.yaml", "YML004", 4, 8, 2, "ikke gemt som UTF-8"),
    Case("utf-16-le.yaml", "YML004", 1, 1, 2, "gemt som UTF-16"),
    Case("utf-16-be.yaml", "YML004", 1, 1, 2, "gemt som UTF-16"),
    Case("utf-16-le-uden-bom.yaml", "YML004", 1, 1, 2, "gemt som UTF-16"),
    Case("kontroltegn.yaml", "YML001", 3, 25, 2, "kontroltegn"),
    # Accepted variants of an ordinary program.
    Case("utf-8-bom.yaml", None, 0, 0, 1, TITLE),
    Case("crlf.yaml", None, 0, 0, 1, TITLE),
    Case("yml-endelse.yml", None, 0, 0, 1, TITLE),
    Case("nfd-noegler.yaml", None, 0, 0, 1, TITLE),
    Case("ankre-og-aliaser.yaml", None, 0, 0, 1, TITLE),
    Case("flette-noegle.yaml", None, 0, 0, 1, TITLE),
    Case("emoji.yaml", None, 0, 0, 1, TITLE),
    # Old Mac line endings (CR only) are line breaks in YAML: read, and lines counted right.
    Case("mac-cr.yaml", "SKM004", 4, 11, 1, "'kladde' er ikke en tilladt værdi"),
    # YAML syntax (exit 2).
    Case("tabulator-indrykning.yaml", "YML001", 3, 1, 2, "Tabulatortegn"),
    Case("dobbelt-noegle.yaml", "YML002", 5, 3, 2, "står allerede på linje 3"),
    Case("flere-dokumenter.yaml", "YML001", 4, 1, 2, "flere YAML-dokumenter"),
    Case("kolon-i-tekst.yaml", "YML001", 3, 24, 2, "Sæt teksten i anførselstegn"),
    Case("word-anfoerselstegn.yaml", "YML001", 3, 25, 2, "typografiske anførselstegn"),
    Case("uafsluttet-citat.yaml", "YML001", 4, 1, 2, "før et citationstegn"),
    Case("forkert-indrykning.yaml", "YML001", 4, 11, 2, "ret indrykningen"),
    Case("ukendt-alias.yaml", "YML001", 4, 11, 2, "anker (&navn), der ikke findes"),
    Case("liste-som-noegle.yaml", "YML001", 4, 5, 2, "ikke en liste eller en samling"),
    Case("meget-lang-noegle.yaml", "YML001", 4, 5003, 2, "længere end 1024 tegn"),
    Case("python-objekt-tag.yaml", "YML006", 4, 11, 2, "'!!python/object:os.system'"),
    Case("binary-tag.yaml", "YML006", 4, 11, 2, "'!!binary' er ikke tilladt"),
    # Hostile structure (exit 2, bounded: see test_hostile_input_is_bounded).
    Case("alias-bombe.yaml", "YML007", 7, 7, 2, "for mange aliaser"),
    Case("rekursivt-alias.yaml", "YML007", 2, 10, 2, "henviser til sit eget anker"),
    Case("dyb-flow", "YML007", 2, 110, 2, "mere end 100 niveauer", _deep_flow),
    Case("dyb-flow-samlinger", "YML007", 4, 407, 2, "mere end 100", _deep_flow_mappings),
    Case("dyb-blok-kompakt", "YML007", 3, 201, 2, "mere end 100", _deep_block_compact),
    Case("dyb-blok-indrykket", "YML007", 103, 102, 2, "mere end 100", _deep_block_indented),
    Case("dyb-blok-10000", "YML007", 1, 1, 2, "fylder mere end 10 MB", _deep_block_10000),
    Case("stor-50mb", "YML007", 1, 1, 2, "fylder mere end 10 MB", _file_50_mb),
    Case("lang-linje-1mb", None, 0, 0, 1, TITLE, _line_1_mb),
    # Content (exit 1: the file reads, the program has errors).
    Case("ukendt-noegle.yaml", "SKM001", 4, 3, 1, "Ukendt nøgle 'forfatter'"),
    Case("stavefejl-noegle.yaml", "SKM001", 3, 3, 1, "Mente du 'titel'?"),
    Case("noegle-med-mellemrum.yaml", "SKM001", 3, 3, 1, "'titel␣'"),
    Case("nul-bredde-tegn-i-noegle.yaml", "SKM001", 3, 3, 1, "'tit<U+200B>el'"),
    Case("haarde-mellemrum.yaml", "SKM001", 3, 1, 1, "usynlige tegn (hårdt mellemrum)"),
    Case("tekst-i-stedet-for-liste.yaml", "SKM003", 4, 11, 1, "'parter' skal være en liste"),
    Case("tal-i-stedet-for-dato.yaml", "SKM003", 5, 13, 1, "skal være en dato"),
    Case("umulig-dato.yaml", "SKM004", 5, 13, 1, "Datoen 2025-02-30 findes ikke"),
    Case("ugyldig-vaerdi.yaml", "SKM004", 4, 11, 1, "'færdig' er ikke en tilladt værdi"),
    Case("ukendt-skemaversion.yaml", "SKM005", 1, 15, 1, "skemaversion 7 kendes ikke"),
    # Paths and folders.
    Case("symlink-loekke", "YML005", 1, 1, 2, "et link, der peger i ring", _symlink_loop),
    Case("ulaeselig", "YML005", 1, 1, 2, "ikke rettighed til at læse", _unreadable),
    Case("findes-ikke", "YML005", 1, 1, 2, "findes ikke", _missing),
    Case("navngivet-roer", "YML005", 1, 1, 2, "ikke en almindelig fil", _named_pipe),
    Case("tom-mappe", None, 0, 0, 0, "Ingen programmer fundet", _empty_folder),
    Case("mappe-uden-programmer", None, 0, 0, 0, "1 sprunget over", _folder_without_programs),
    Case("mappe-med-navnet-x.yaml", None, 0, 0, 0, "Ingen programmer fundet", _folder_named_yaml),
]
_FINDING = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+) (?P<code>[A-Z]{3}\d{3}) ", re.M)


def test_corpus_is_complete() -> None:
    committed = {p.name for p in CORPUS.iterdir()}
    in_table = {case.name for case in CASES if case.make is None}
    assert committed == in_table
    assert len(CASES) >= 40


@dataclass(frozen=True, slots=True)
class Outcome:
    made: Made | None
    result: subprocess.CompletedProcess[str] | None
    skip: str = ""


def _run(case: Case, tmp: Path) -> Outcome:
    try:
        if case.make is None:
            made = Made(tmp / case.name, (tmp / case.name).as_posix())
            shutil.copyfile(CORPUS / case.name, made.path)
        else:
            made = case.make(tmp)
    except pytest.skip.Exception as skipped:
        return Outcome(None, None, str(skipped.msg))
    return Outcome(made, run_cli("check", str(made.path), cwd=tmp))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Every case run through the real CLI, a few at a time (each run is a whole process)."""
    folders = {case.name: tmp_path_factory.mktemp("corpus") for case in CASES}
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        futures = {c.name: pool.submit(_run, c, folders[c.name]) for c in CASES}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_corpus(case: Case, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[case.name]
    if outcome.made is None or outcome.result is None:
        pytest.skip(outcome.skip)
    made, result = outcome.made, outcome.result
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    assert result.returncode == case.exit, out[-2000:]
    assert case.fragment in out, out[-2000:]
    found = [
        (m["file"], int(m["line"]), int(m["column"]), m["code"]) for m in _FINDING.finditer(out)
    ]
    if case.code is None:
        assert [f for f in found if f[3].startswith(("YML", "SKM"))] == []
    else:
        assert (made.shown, case.line, case.column, case.code) in found, found[:5]


def test_unreadable_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads files with mode 000, so the refusal is simulated where the file is opened."""
    from forloebkit.checking import check_paths

    path = tmp_path / "hemmelig.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    path.chmod(0)
    real_open = os.open

    def refuse(file: object, flags: int, *args: int) -> int:
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    run = check_paths([tmp_path])
    assert [(f.code, f.line, f.column, f.message) for f in run.findings] == [
        ("YML005", 1, 1, "Filen kan ikke læses: du har ikke rettighed til at læse den.")
    ]
    assert run.exit_code == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0


#: Peak memory allowed for refusing hostile input (a plain `forloeb check` peaks at ~45 MB).
MAX_RSS_KB = 200 * 1024


#: Runs `forloeb` and reports the process's own peak memory (VmHWM) on stderr at exit.
#: ru_maxrss from os.wait4 would not do: Linux keeps it across exec, so a child forked from a
#: large pytest process reports pytest's size.
_MEASURED = (
    "import atexit, sys\n"
    "def peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        hwm = [l for l in status if l.startswith('VmHWM:')][0].split()[1]\n"
    "    sys.stderr.write(f'\\nVmHWM_KB={hwm}\\n')\n"
    "atexit.register(peak)\n"
    "sys.argv = ['forloeb', *sys.argv[1:]]\n"
    "from forloebkit.entry import main\n"
    "main()\n"
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="måler med /proc (Linux)")
@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.name in {"alias-bombe.yaml", "rekursivt-alias.yaml"} or "dyb" in c.name],
    ids=lambda c: c.name,
)
def test_hostile_input_is_bounded(case: Case, tmp_path: Path) -> None:
    """Refused with exit 2 and under 200 MB peak memory in the child process.

    The timeout only keeps a regression from hanging the suite; there is no timing assert.
    """
    if case.make is None:
        path = tmp_path / case.name
        shutil.copyfile(CORPUS / case.name, path)
    else:
        path = case.make(tmp_path).path
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, "check", str(path)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=10, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-1000:]
    assert "Traceback" not in done.stderr
    peak_kb = int(re.findall(r"VmHWM_KB=(\d+)", done.stderr)[-1])
    assert 10_000 < peak_kb < MAX_RSS_KB
