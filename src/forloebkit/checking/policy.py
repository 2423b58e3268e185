"""The one place where a run's settings shape the findings: select, ignore, severity, include."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import Finding

if TYPE_CHECKING:
    from .run import CheckOptions


def is_selected(code: str, options: CheckOptions) -> bool:
    """A code is reported when it matches ``select`` (if any) and no ``ignore`` prefix."""
    if options.select and not code.startswith(tuple(options.select)):
        return False
    return not (options.ignore and code.startswith(tuple(options.ignore)))


def apply_policy(findings: Iterable[Finding], options: CheckOptions) -> list[Finding]:
    """Drop unselected findings and apply per-code severities."""
    out: list[Finding] = []
    for finding in findings:
        if not is_selected(finding.code, options):
            continue
        wanted = options.severity.get(finding.code)
        if wanted is not None and wanted is not finding.severity:
            finding = dataclasses.replace(finding, severity=wanted)
        out.append(finding)
    return out


def is_included(path: Path, options: CheckOptions) -> bool:
    """Whether *path* passes the include/exclude globs (matched relative to ``base_dir``)."""
    if not options.include and not options.exclude:
        return True
    shown = _relative(path, options.base_dir)
    if options.include and not any(fnmatchcase(shown, g) for g in options.include):
        return False
    return not any(fnmatchcase(shown, g) for g in options.exclude)


def _relative(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
