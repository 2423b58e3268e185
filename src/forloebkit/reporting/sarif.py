"""``--format sarif``: SARIF 2.1.0 for code-scanning tools, rules taken from the registry."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..checking import CheckRun
from ..findings import Severity
from ..rules import Rule, all_rules
from .fingerprint import fingerprints

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = f"{rule.summary}\n\nHvorfor: {rule.why}"
    help_markdown = f"{rule.summary}\n\n**Hvorfor:** {rule.why}"
    if rule.example:
        help_text += f"\n\nEksempel, der består:\n{rule.example}"
        help_markdown += f"\n\n**Eksempel, der består:**\n\n```yaml\n{rule.example}\n```"
    help_text += f"\n\nSe også: forloeb explain {rule.code}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"gruppe": rule.group},
    }


def artifact_uri(file: str) -> str:
    """A URI reference for *file*: relative paths stay relative (percent-encoded)."""
    path = PurePath(file)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix(), safe="/")


def render_sarif(run: CheckRun) -> str:
    rules = all_rules()
    index = {code: i for i, code in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for finding, fingerprint in fingerprints(run.findings):
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(finding.file)},
                        "region": {"startLine": finding.line, "startColumn": finding.column},
                    }
                }
            ],
            "partialFingerprints": {"forloebFund/v1": fingerprint},
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        if finding.path:
            result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.path}]
        if finding.hint:
            result["properties"] = {"tip": finding.hint}
        results.append(result)
    document = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "forloeb",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(rule) for rule in rules.values()],
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
