"""Stable identities for findings, so CI tools can follow one finding across commits.

The line number is left out on purpose: adding a line above a finding must not
make it a "new" finding. Two equal findings in one file get their order as a suffix.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from ..findings import Finding


def fingerprints(findings: Iterable[Finding]) -> list[tuple[Finding, str]]:
    """Each finding with a hex fingerprint of (file, code, YAML path, message, occurrence)."""
    seen: Counter[tuple[str, str, str, str]] = Counter()
    out: list[tuple[Finding, str]] = []
    for finding in findings:
        key = (finding.file, finding.code, finding.path, finding.message)
        seen[key] += 1
        text = "\x1f".join((*key, str(seen[key])))
        out.append((finding, hashlib.sha256(text.encode("utf-8")).hexdigest()))
    return out
