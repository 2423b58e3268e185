"""``--format junit``: JUnit XML (the Ant schema) for CI test dashboards.

One test suite per program and one test case per checklist item; an item fails
when it has a finding at a failing level (``fejl``, or ``advarsel`` with
``strict``), so a partly met item fails exactly when the configuration makes it
an error. Every other finding is a test case of its own.
"""

from __future__ import annotations

import socket
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from ..checking import CheckRun, ProgramResult
from ..findings import Finding, Severity


def _describe(findings: list[Finding]) -> str:
    return "\n".join(f"{f.file}:{f.line}:{f.column} {f.code} {f.message}" for f in findings)


def _case(suite: ET.Element, classname: str, name: str, failures: list[Finding]) -> bool:
    case = ET.SubElement(suite, "testcase", name=name, classname=classname, time="0")
    if failures:
        failure = ET.SubElement(case, "failure", message=failures[0].message, type=failures[0].code)
        failure.text = _describe(failures)
    return bool(failures)


def _suite(root: ET.Element, ident: int, name: str, timestamp: str, hostname: str) -> ET.Element:
    suite = ET.SubElement(
        root, "testsuite", name=name, package="forloeb", id=str(ident),
        timestamp=timestamp, hostname=hostname, tests="0", failures="0", errors="0", time="0",
    )  # fmt: skip
    ET.SubElement(suite, "properties")
    return suite


def _program_cases(suite: ET.Element, program: ProgramResult, failing: tuple[Severity, ...]) -> int:
    failed = 0
    item_codes = {r.item.code for r in program.items}
    for result in program.items:
        mine = [f for f in program.findings if f.code == result.item.code and f.severity in failing]
        name = f"{result.item.number} {result.item.text} ({result.status.label})"
        failed += _case(suite, program.file, name, mine)
    for finding in program.findings:
        if finding.code in item_codes:
            continue
        name = f"{finding.code} linje {finding.line}: {finding.message}"
        failed += _case(suite, program.file, name, [finding] if finding.severity in failing else [])
    return failed


def render_junit(run: CheckRun, now: datetime | None = None) -> str:
    timestamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S")
    hostname = socket.gethostname() or "localhost"
    failing = run.failing_severities
    root = ET.Element("testsuites")
    suites: list[tuple[ET.Element, int]] = []
    for ident, program in enumerate(run.programs):
        name = f"{program.file} — {program.title}" if program.title else program.file
        suite = _suite(root, ident, name, timestamp, hostname)
        suites.append((suite, _program_cases(suite, program, failing)))
    if run.path_errors:
        suite = _suite(root, len(run.programs), "andre fund", timestamp, hostname)
        failed = sum(
            _case(suite, f.file, f"{f.code}: {f.message}", [f] if f.severity in failing else [])
            for f in run.path_errors
        )
        suites.append((suite, failed))
    for suite, failed in suites:
        suite.set("tests", str(len(suite.findall("testcase"))))
        suite.set("failures", str(failed))
        ET.SubElement(suite, "system-out")
        ET.SubElement(suite, "system-err")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
