"""Time `forloeb` as users run it: whole processes, repeated, medians and peak memory.

    uv run python benchmarks/run.py                 # everything, peers included
    uv run python benchmarks/run.py --uden-andre    # skip check-jsonschema and yamllint
    uv run python benchmarks/run.py --gentagelser 9 --readme

Every scenario runs as a fresh process, interleaved with the import baseline
it is compared with, so machine drift hits both alike. Peak memory is the
largest summed proportional set size (PSS) of the process and its worker
processes, sampled from /proc every 5 ms (Linux) in a separate, untimed
run. Checks run with --ingen-cache, so every file is checked from scratch;
one row times a repeated check of unchanged files with the result cache. A
peer's run on the 1000 files alternates with a `forloeb check` of the same
files, and the speed-up is the ratio of those two: a peer takes minutes, and
the machine's speed drifts by a third in that time. The corpus comes from
benchmarks/generate.py and is kept in benchmarks/.corpus/ (ignored by git).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_corpus, write_large

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / ".corpus"
BIN = Path(sys.executable).parent
FORLOEB = str(BIN / "forloeb")
README = ROOT / "README.md"
START_MARK, END_MARK = "<!-- ydelse:start -->", "<!-- ydelse:end -->"
#: Every timed check starts from scratch: the result cache (.forloeb_cache) is off.
CHECK = [FORLOEB, "check", "--ingen-cache"]
BASELINE = [sys.executable, "-c", "import typer, rich, pydantic, ruamel.yaml, jinja2"]


@dataclass
class Measurement:
    seconds: list[float] = field(default_factory=list)
    peak_bytes: int = 0
    exit_codes: set[int] = field(default_factory=set)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def _tree_memory(root_pid: int) -> int:
    """Summed proportional set size (PSS) of *root_pid* and its descendants, in bytes.

    PSS splits pages shared between forked workers fairly, so the sum is what
    the process tree really costs (a sum of RSS would count shared pages twice).
    """
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text(encoding="utf-8")
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="utf-8")
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1]) * 1024
                break
    return total


def run_once(command: Sequence[str], sample: bool) -> tuple[float, int, int]:
    """Run *command* once: (wall seconds, peak bytes, exit code).

    With *sample*, memory is sampled every 5 ms (which costs a little time);
    otherwise the peak is what wait4 reports for the process itself.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    if sample:
        while process.poll() is None:
            peak = max(peak, _tree_memory(process.pid))
            time.sleep(0.005)
        return time.perf_counter() - start, peak, process.returncode
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss * 1024, process.returncode


def measure(
    commands: dict[str, list[str]],
    repeats: int,
    sample: bool = False,
    prepare: Mapping[str, Callable[[], object]] | None = None,
) -> dict[str, Measurement]:
    """Run each command *repeats* times, interleaved, after one unmeasured warm-up each.

    ``prepare[name]``, if given, runs (untimed) before every run of that command.
    """
    results = {name: Measurement() for name in commands}
    prepare = prepare or {}
    for name, command in commands.items():
        if name in prepare:
            prepare[name]()
        run_once(command, sample=False)
    for _ in range(repeats):
        for name, command in commands.items():
            if name in prepare:
                prepare[name]()
            seconds, peak, code = run_once(command, sample)
            result = results[name]
            result.seconds.append(seconds)
            result.peak_bytes = max(result.peak_bytes, peak)
            result.exit_codes.add(code)
    return results


def _peer(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


@dataclass
class Row:
    scenario: str
    value: str
    target: str
    ok: bool | None
    note: str = ""


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 0.995 else f"{seconds * 1000:.0f} ms"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def run(repeats: int, peers: bool) -> list[Row]:
    one_dir = CORPUS / "1"
    hundred = CORPUS / "100"
    thousand = CORPUS / "1000"
    write_corpus(one_dir, 1)
    write_corpus(hundred, 100)
    write_corpus(thousand, 1000)
    large = write_large(CORPUS / "stor" / "stort-program.yaml")
    one = one_dir / "program-0001.yaml"
    schema = str(ROOT / "schemas" / "program.schema.json")
    rows: list[Row] = []

    quick = measure(
        {
            "baseline": BASELINE,
            "check1": [*CHECK, str(one)],
            "help": [FORLOEB, "--help"],
            "version": [FORLOEB, "--version"],
        },
        repeats,
    )
    base = quick["baseline"].median
    ratio = quick["check1"].median / base
    rows.append(
        Row("import typer, rich, pydantic, ruamel.yaml, jinja2 (grundlinje)", _fmt(base), "", None)
    )
    rows.append(
        Row("`forloeb check` 1 program (40 KB)", f"{_fmt(quick['check1'].median)} = {ratio:.2f} × grundlinjen",
            "≤ 1,3 × grundlinjen", ratio <= 1.3)
    )  # fmt: skip
    for key, label in (("help", "`forloeb --help`"), ("version", "`forloeb --version`")):
        rows.append(Row(label, _fmt(quick[key].median), "≤ 120 ms", quick[key].median <= 0.12))

    batch = measure(
        {
            "check100": [*CHECK, str(hundred)],
            "check1000": [*CHECK, str(thousand)],
            "large": [*CHECK, str(large)],
        },
        max(3, repeats // 2),
    )
    with tempfile.TemporaryDirectory() as cache:
        # `env` passes the cache folder to forloeb only; the unmeasured warm-up run fills it.
        remembered = ["env", f"FORLOEB_CACHE_DIR={cache}", FORLOEB, "check", str(thousand)]
        warm = measure({"warm": remembered}, max(3, repeats // 2))["warm"].median
    rows.append(Row("`forloeb check` 100 programmer", _fmt(batch["check100"].median), "", None))
    check1000 = batch["check1000"].median
    rows.append(
        Row("`forloeb check` 1000 programmer (40 MB)", _fmt(check1000), "≤ 2,5 s", check1000 <= 2.5)
    )
    rows.append(Row("`forloeb check` 1000 programmer igen, uændrede (cache)", _fmt(warm), "", None))
    rows.append(
        Row(
            "`forloeb check` ét program på 5 MB",
            _fmt(batch["large"].median),
            "≤ 2 s",
            batch["large"].median <= 2.0,
        )
    )
    _, peak, _ = run_once([*CHECK, str(thousand)], sample=True)
    rows.append(
        Row(
            "Største hukommelsesforbrug, check af 1000 programmer",
            _mb(peak),
            "≤ 100 MB",
            peak <= 100_000_000,
        )
    )

    rows.extend(_render_rows(thousand, repeats))

    if peers:
        rows.extend(_peer_rows(one, thousand, schema))
    return rows


def _render_rows(thousand: Path, repeats: int) -> list[Row]:
    """Render into a new, empty folder (a first publication: every file is created) and
    again into the same folder (unchanged documents are left as they are)."""
    with tempfile.TemporaryDirectory() as out:
        new, again = Path(out) / "ny", Path(out) / "igen"
        renders = measure(
            {
                "new": [FORLOEB, "render", str(thousand), "--format", "html", "-o", str(new)],
                "again": [FORLOEB, "render", str(thousand), "--format", "html", "-o", str(again)],
            },
            max(3, repeats // 3),
            prepare={"new": partial(shutil.rmtree, new, ignore_errors=True)},
        )
    rows = []
    for key, label, target in (
        ("new", "`forloeb render` 1000 programmer til HTML i en ny mappe", "≤ 5 s"),
        ("again", "`forloeb render` 1000 programmer igen i samme mappe", ""),
    ):
        render = renders[key]
        if render.exit_codes <= {0, 1}:
            ok = render.median <= 5.0 if target else None
            rows.append(Row(label, _fmt(render.median), target, ok))
        else:
            rows.append(Row(label, "kunne ikke køre", target, False,
                            f"exitkoder {sorted(render.exit_codes)}"))  # fmt: skip
    return rows


def _peer_rows(one: Path, thousand: Path, schema: str) -> list[Row]:
    """The peers on one program and on the 1000. Each 1000-file run alternates with a
    ``forloeb check`` of the same files, and the ratio compares those two: the machine's
    speed drifts by a third within minutes, and a peer takes minutes."""
    files = sorted(str(p) for p in thousand.glob("*.yaml"))
    ours = [*CHECK, str(thousand)]
    return [
        *_one_peer("check-jsonschema", ["--schemafile", schema], str(one), files, ours, 12.0),
        *_one_peer("yamllint", [], str(one), files, ours, None),
    ]


def _one_peer(
    name: str,
    options: list[str],
    one: str,
    files: list[str],
    ours: list[str],
    target: float | None,
) -> list[Row]:
    """*name* on one program, then on *files* side by side with *ours*; the speed-up must be
    at least *target* (None: no target)."""
    tool = _peer(name)
    if tool is None:
        return [Row(name, "ikke installeret", "", None)]
    single = measure({"peer": [tool, *options, one]}, 3)["peer"].median
    side = measure({"peer": [tool, *options, *files], "ours": ours}, 1)
    many, ours1000 = side["peer"].median, side["ours"].median
    speedup = many / ours1000
    if target is None:
        goal, ok, shown = "", None, f"{speedup:.0f}"
    else:
        goal, ok, shown = f"forloeb ≥ {target:.0f} × hurtigere", speedup >= target, f"{speedup:.1f}"
    return [
        Row(f"{name} 1 program", _fmt(single), "", None),
        Row(f"{name} 1000 programmer", _fmt(many), goal, ok,
            f"forloeb er {shown} × hurtigere: {_fmt(ours1000)} lige ved siden af"),
    ]  # fmt: skip


def machine() -> str:
    cpu = "ukendt processor"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} kerner ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def table(rows: list[Row], repeats: int) -> str:
    lines = [
        f"Målt {date.today().isoformat()} på {machine()}; medianer af {repeats} gentagelser "
        "(store kørsler færre; andre værktøjer én gang, skiftevis med `forloeb check` af de samme "
        "filer, som forholdet regnes ud fra).",
        "",
        "| scenarie | målt | mål | |",
        "|---|---|---|---|",
    ]
    for row in rows:
        mark = "" if row.ok is None else ("✓" if row.ok else "✗")
        value = f"{row.value} ({row.note})" if row.note else row.value
        lines.append(f"| {row.scenario} | {value} | {row.target} | {mark} |")
    return "\n".join(lines) + "\n"


def update_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    start, end = readme.find(START_MARK), readme.find(END_MARK)
    if start < 0 or end < start:
        sys.exit(f"README.md mangler markeringerne {START_MARK} og {END_MARK}.")
    README.write_text(
        readme[: start + len(START_MARK)] + "\n" + text + readme[end:], encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Mål forloeb som brugerne kører det.")
    parser.add_argument(
        "--gentagelser", type=int, default=7, help="Gentagelser af de korte målinger."
    )
    parser.add_argument(
        "--uden-andre", action="store_true", help="Spring check-jsonschema og yamllint over."
    )
    parser.add_argument("--readme", action="store_true", help="Skriv tabellen ind i README.md.")
    args = parser.parse_args()
    if not Path(FORLOEB).exists():
        sys.exit(f"Fandt ikke {FORLOEB}; kør 'uv sync' først.")
    # As users run it: Python keeps the compiled modules after the first (unmeasured) run. With
    # PYTHONDONTWRITEBYTECODE set, every run would compile them again (~0.4 s).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    rows = run(args.gentagelser, peers=not args.uden_andre)
    text = table(rows, args.gentagelser)
    print(text)
    (ROOT / "benchmarks" / "results.md").write_text(text, encoding="utf-8")
    if args.readme:
        update_readme(text)


if __name__ == "__main__":
    main()
