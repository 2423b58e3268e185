"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Escaping follows GitHub's runner: in the message ``%``, CR and LF; in
properties also ``:`` and ``,``.
"""

from __future__ import annotations

from ..checking import CheckRun
from ..findings import Finding, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    props = ",".join(
        f"{name}={escape_property(value)}"
        for name, value in (
            ("file", finding.file),
            ("line", str(finding.line)),
            ("col", str(finding.column)),
            ("title", finding.code),
        )
    )
    return f"::{_COMMAND[finding.severity]} {props}::{escape_data(finding.message)}"


def render_github(run: CheckRun) -> str:
    return "".join(annotation(f) + "\n" for f in run.findings)
