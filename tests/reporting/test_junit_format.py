"""``--format junit``: valid against the shared Ant JUnit schema; one case per checklist item."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import xmlschema

from forloebkit.checking import CheckOptions, check_paths
from forloebkit.findings import Severity
from forloebkit.reporting.junit import render_junit
from helpers import DATA, EXAMPLES
from shared_schemas import shared_schema

DRAFT = DATA / "udkast-formater.yaml"
NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


def _xml(paths: list[Path], options: CheckOptions | None = None) -> ET.Element:
    return ET.fromstring(render_junit(check_paths(paths, options), NOW))


def test_valid_against_the_junit_schema() -> None:
    schema = xmlschema.XMLSchema(shared_schema("junit.xsd"))
    run = check_paths([DRAFT, EXAMPLES, Path("findes-ikke.yaml")])
    schema.validate(render_junit(run, NOW))


def test_one_case_per_item_and_failures_for_missing_items() -> None:
    suite = _xml([DRAFT]).findall("testsuite")[0]
    cases = suite.findall("testcase")
    items = cases[:22]
    assert items[0].get("name", "").startswith("1.1 ")
    assert items[0].get("name", "").endswith("(delvist)")
    failed = [c.get("name", "").split(" ")[0] for c in items if c.find("failure") is not None]
    # missing items fail; partly met ones (warnings) do not, 5.1 is met, 6.3 not applicable
    assert failed == [
        "1.2", "2.3", "2.4", "3.2", "4.1", "4.3", "4.4", "4.5", "5.2", "5.3", "5.4", "5.5",
        "6.1", "6.2", "6.4",
    ]  # fmt: skip
    others = [c.get("name", "") for c in cases[22:]]
    assert others == [
        "SKM003 linje 10: 'version' skal være tekst, men er tallet 0.3.",
        "SKM001 linje 43: Ukendt nøgle 'stratifisering' under 'målgruppe'.",
        "VID101 linje 51: Indsatsen 'Psykoedukation i grupper' mangler vidensgrundlag: type og kilde.",
        "VID102 linje 51: Indsatsen 'Psykoedukation i grupper' angiver intet lovgrundlag.",
    ]
    assert suite.get("tests") == "26"
    assert suite.get("failures") == str(15 + 3)  # VID102 is a warning
    assert suite.get("timestamp") == "2026-11-23T06:00:00"


def test_strict_makes_partly_met_items_fail() -> None:
    suite = _xml([DRAFT], CheckOptions(strict=True)).findall("testsuite")[0]
    assert suite.get("failures") == str(15 + 3 + 5 + 1)  # 1.1, 2.1, 2.2, 3.1, 4.2 and VID102


def test_severity_setting_decides_what_fails() -> None:
    options = CheckOptions(severity={"TJK102": Severity.WARNING})
    suite = _xml([DRAFT], options).findall("testsuite")[0]
    case = next(c for c in suite.findall("testcase") if c.get("name", "").startswith("1.2 "))
    assert case.find("failure") is None


def test_complete_programs_have_no_failures() -> None:
    suites = _xml([EXAMPLES]).findall("testsuite")
    assert len(suites) == 3
    assert all(s.get("failures") == "0" and s.get("tests") == "22" for s in suites)
