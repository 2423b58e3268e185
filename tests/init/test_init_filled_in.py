"""A scaffold filled in with content from an example program passes `check` with exit code 0."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from forloebkit.checking import ItemStatus, check_paths
from helpers import EXAMPLES, run_cli

#: The example each variant borrows its answers from.
SOURCES = {"unge": "boern-og-unge.yaml", "voksne": "depression.yaml", "blandet": "skizofreni.yaml"}


def _fill(scaffold: Any, example: Any) -> None:
    """Paste *example* into *scaffold*: mappings are merged key by key, everything else replaced."""
    for key, value in example.items():
        if isinstance(value, dict) and isinstance(scaffold.get(key), dict):
            _fill(scaffold[key], value)
        else:
            scaffold[key] = value


def test_filled_in_scaffold_passes_check(variant: str, scaffold: str, tmp_path: Path) -> None:
    yaml = YAML()
    data = yaml.load(scaffold)
    _fill(data, yaml.load((EXAMPLES / SOURCES[variant]).read_text(encoding="utf-8")))
    out = io.StringIO()
    yaml.dump(data, out)
    filled = tmp_path / "udfyldt.yaml"
    filled.write_text(out.getvalue(), encoding="utf-8")

    run = check_paths([filled])
    assert [(f.code, f.line, f.message) for f in run.findings] == []
    assert run.exit_code == 0
    (program,) = run.programs
    assert all(r.status is ItemStatus.MET for r in program.items)
    assert program.program is not None
    # The editor line and the instructions at the top survive the edit. (Comments right after
    # a list that is replaced wholesale go with it: ruamel attaches them to the list's last
    # entry. Edits of single values keep every comment: see test_init_roundtrip.py.)
    text = filled.read_text(encoding="utf-8")
    assert text.startswith(scaffold.split("\nskemaversion:")[0])
    assert run_cli("check", str(filled)).returncode == 0
