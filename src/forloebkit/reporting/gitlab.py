"""``--format gitlab``: GitLab Code Quality JSON (the ``codequality`` report artifact)."""

from __future__ import annotations

import json
from typing import Any

from ..checking import CheckRun
from ..findings import Severity
from .fingerprint import fingerprints

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render_gitlab(run: CheckRun) -> str:
    issues: list[dict[str, Any]] = [
        {
            "description": f"{finding.code} {finding.message}",
            "check_name": finding.code,
            "fingerprint": fingerprint[:32],
            "severity": _SEVERITY[finding.severity],
            "location": {"path": finding.file, "lines": {"begin": finding.line}},
        }
        for finding, fingerprint in fingerprints(run.findings)
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
