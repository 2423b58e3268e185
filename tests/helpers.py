"""Small helpers shared by the tests."""

from __future__ import annotations

import atexit
import copy
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from forloebkit.checking import CheckOptions, ProgramResult, check_document
from forloebkit.checklist import load_checklist
from forloebkit.findings import Finding
from forloebkit.loading import read_program_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


def read_findings(text: str, file: str = "t.yaml") -> list[Finding]:
    """Findings from reading *text* (YML rules only); empty when it reads fine."""
    return read_program_text(text, file).findings


def check_text(text: str, file: str = "t.yaml", today: date | None = None) -> ProgramResult:
    """Read and check *text* as a program (deadlines against *today*, else the real date);
    fails the test if it cannot be read."""
    read = read_program_text(text, file)
    assert read.document is not None, [f.message for f in read.findings]
    return check_document(read.document, CheckOptions(today=today))


def codes(findings: list[Finding], prefix: str = "") -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding whose code starts with *prefix*."""
    return [(f.code, f.line, f.column) for f in findings if f.code.startswith(prefix)]


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def complete_program() -> dict[str, Any]:
    """A minimal program that meets all 22 items and passes the cross-cutting rules.

    The checklist's examples merged, plus the few entries that make them agree with
    each other (both parties take part, every level has a described form, the
    indicators cover all four aspects and both types)."""
    program: dict[str, Any] = {
        "skemaversion": 1,
        "program": {
            "titel": "Forløbsprogram for voksne med skizofreni",
            "parter": [
                {"id": "region-sj", "navn": "Region Sjælland", "type": "region"},
                {"id": "roskilde", "navn": "Roskilde Kommune", "type": "kommune"},
            ],
        },
    }
    yaml = YAML(typ="safe", pure=True)
    for item in load_checklist().items:
        program = deep_merge(program, yaml.load(item.example))
    _make_consistent(program)
    return program


def _make_consistent(program: dict[str, Any]) -> None:
    impl, org = program["implementering"], program["organisering"]
    impl["kompetenceudvikling"]["implementeringsagenter"].append(
        {"part": "region-sj", "rolle": "Implementeringsagent i distriktspsykiatrien", "antal": 3}
    )
    impl["lokale_planer"].append(
        {"part": "region-sj", "status": "vedtaget", "reference": "Psykiatriens plan, 2025"}
    )
    org["ansvarsfordeling"].append({"part": "roskilde", "opgaver": ["Bostøtte og IPS"]})
    program["målgruppe"]["stratificering"]["niveauer"].append(
        {"id": "n3", "navn": "Kompleks", "beskrivelse": "Høj kompleksitet.",
         "samarbejdsform": "tværfagligt_team"}
    )  # fmt: skip
    org["samarbejdsformer"].append(
        {"form": "faste_samarbejdsmønstre", "niveauer": ["n1"],
         "beskrivelse": "Faste kontaktpersoner i hver sektor."}
    )  # fmt: skip
    base = {"niveau": "borger_samfund", "datakilde": "Fælles opgørelse",
            "ansvarlig": "region-sj", "hyppighed_måneder": 12}  # fmt: skip
    program["opfølgning"]["indikatorer"] += [
        {**base, "id": "i2", "navn": "Oplevet sammenhæng", "type": "kvalitet",
         "aspekt": "borgeroplevet"},
        {**base, "id": "i3", "navn": "Andel med niveau", "type": "implementering",
         "aspekt": "organisatorisk"},
        {**base, "id": "i4", "navn": "Andel i job", "type": "kvalitet",
         "aspekt": "samfundsmæssig"},
    ]  # fmt: skip


def dump(data: dict[str, Any]) -> str:
    """YAML text for *data* (block style, so line numbers are predictable)."""
    from io import StringIO

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


#: Where `forloeb check` run by the tests remembers results (not in the repository).
TEST_CACHE_DIR = tempfile.mkdtemp(prefix="forloeb-test-cache-")
atexit.register(shutil.rmtree, TEST_CACHE_DIR, ignore_errors=True)
#: A small, fixed environment for subprocess runs: no colours, wide lines, UTF-8.
BASE_ENV = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", "LANG": "C.UTF-8",
            "FORLOEB_CACHE_DIR": TEST_CACHE_DIR}  # fmt: skip


def run_cli(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``forloeb`` in a real subprocess, as a user would (*env* adds variables)."""
    return subprocess.run(
        [sys.executable, "-m", "forloebkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**BASE_ENV, **(env or {})},
        check=False,
    )
