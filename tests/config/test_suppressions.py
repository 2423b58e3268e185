"""``# forloeb: ignorer KODE -- begrundelse``: what it hides, and UND001-UND003 when it is not accountable."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_env import run_forloeb
from forloebkit.checking import CheckOptions, check_document
from forloebkit.checking.suppressions import find_comment
from forloebkit.findings import Finding
from forloebkit.loading import read_program_text
from helpers import DATA

#: A frozen copy of the draft as it was when these tests were written, so their line numbers
#: stay put when tests/data/udkast-formater.yaml gains new mistakes.
DRAFT = (DATA / "udkast-formater.yaml").read_text(encoding="utf-8")
LINES = DRAFT.splitlines(keepends=True)
assert LINES[9] == "  version: 0.3\n" and LINES[42] == "  stratifisering:\n"


def _check(text: str, options: CheckOptions | None = None) -> list[Finding]:
    read = read_program_text(text, "p.yaml")
    assert read.document is not None
    return check_document(read.document, options).findings


def _with(line: int, new: str, *, insert: bool = False) -> str:
    """The draft with line *line* (1-based) replaced by, or preceded by, *new*."""
    lines = list(LINES)
    if insert:
        lines.insert(line - 1, new + "\n")
    else:
        lines[line - 1] = new + "\n"
    return "".join(lines)


def _found(findings: list[Finding], prefix: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in findings if f.code.startswith(prefix)]


def test_the_draft_has_these_findings_to_suppress() -> None:
    assert _found(_check(DRAFT), "SKM") == [("SKM003", 10, 12), ("SKM001", 43, 3)]


def test_comment_at_the_end_of_the_line() -> None:
    text = _with(10, "  version: 0.3  # forloeb: ignorer SKM003 -- rettes ved godkendelsen")
    findings = _check(text)
    assert _found(findings, "SKM") == [("SKM001", 43, 3)]
    assert _found(findings, "UND") == []


def test_comment_alone_on_the_line_before() -> None:
    text = _with(43, "  # forloeb: ignorer SKM001 -- nøglen omdøbes i version 1.0", insert=True)
    findings = _check(text)
    assert _found(findings, "SKM") == [("SKM003", 10, 12)]
    assert _found(findings, "UND") == []


def test_several_codes_in_one_comment() -> None:
    text = _with(29, "målgruppe:  # forloeb: ignorer TJK203, TJK204 -- aftales i styregruppen")
    findings = _check(text)
    assert not {"TJK203", "TJK204"} & {f.code for f in findings}


def test_file_level_comment() -> None:
    text = "# forloeb: ignorer-fil TJK302 -- opgaveflytning afklares i 2026\n" + DRAFT
    findings = _check(text)
    assert "TJK302" not in {f.code for f in findings}
    assert _found(findings, "UND") == []


def test_without_a_reason_it_suppresses_nothing_and_is_reported() -> None:
    text = _with(10, "  version: 0.3  # forloeb: ignorer SKM003")
    findings = _check(text)
    assert _found(findings, "SKM") == [("SKM003", 10, 12), ("SKM001", 43, 3)]
    assert _found(findings, "UND") == [("UND001", 10, 17)]
    und = next(f for f in findings if f.code == "UND001")
    assert und.message == "Undtagelsen for SKM003 har ingen begrundelse og virker derfor ikke."


@pytest.mark.parametrize("reason", ["", "   ", "TODO", "xxx"])
def test_empty_or_placeholder_reasons_do_not_count(reason: str) -> None:
    text = _with(10, f"  version: 0.3  # forloeb: ignorer SKM003 -- {reason}")
    assert _found(_check(text), "UND") == [("UND001", 10, 17)]


def test_stale_suppression_is_reported_with_its_code_and_line() -> None:
    text = _with(10, "  version: 0.3  # forloeb: ignorer SKM003, TJK204 -- se referat")
    findings = _check(text)
    assert _found(findings, "UND") == [("UND002", 10, 17)]
    stale = next(f for f in findings if f.code == "UND002")
    assert stale.message == (
        "Undtagelsen for TJK204 skjuler intet: der er intet TJK204-fund på linjen."
    )
    assert stale.severity.value == "advarsel"


def test_stale_file_level_suppression() -> None:
    text = "# forloeb: ignorer-fil SKM002 -- gammel\n" + DRAFT
    assert _found(_check(text), "UND") == [("UND002", 1, 1)]


def test_unreadable_comment_is_reported() -> None:
    text = _with(10, "  version: 0.3  # forloeb: ignore SKM003 -- stavet forkert")
    findings = _check(text)
    assert _found(findings, "UND") == [("UND003", 10, 17)]
    assert ("SKM003", 10, 12) in _found(findings, "SKM")


def test_hash_inside_quoted_text_is_not_a_comment() -> None:
    text = _with(10, '  version: "0.3 # forloeb: ignorer SKM003 -- nej"')
    findings = _check(text)
    assert _found(findings, "UND") == []
    assert "SKM003" not in {f.code for f in findings}  # a quoted version is text: no finding


def test_suppressions_apply_before_select() -> None:
    text = _with(10, "  version: 0.3  # forloeb: ignorer SKM003 -- rettes ved godkendelsen")
    # SKM003 is hidden by the comment, not stale, even when the run only selects UND
    assert _found(_check(text, CheckOptions(select=("UND",))), "") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("a: b # c", 5),
        ("# alene", 0),
        ("a: 'x # y' # z", 11),
        ('a: "x \\" # y" # z', 14),
        ("a: don't # z", 9),
        ("a: 'it''s # no' # z", 16),
        ("url: http://x#y", None),
        ("- 'a' # z", 6),
    ],
)
def test_find_comment(line: str, expected: int | None) -> None:
    assert find_comment(line) == expected


def test_check_command_reads_the_comments(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    target.write_text(_with(10, "  version: 0.3  # forloeb: ignorer SKM003"), encoding="utf-8")
    result = run_forloeb("check", "--uden-tip", "p.yaml", cwd=tmp_path)
    assert "p.yaml:10:12 SKM003 " in result.stdout
    assert (
        "p.yaml:10:17 UND001 Undtagelsen for SKM003 har ingen begrundelse og virker derfor ikke."
        in result.stdout
    )


def test_hash_inside_a_block_scalar_is_text() -> None:
    text = DRAFT.replace(
        "  version: 0.3\n",
        "  version: 0.3\n  resumé: |\n    Se # forloeb: ignorer SKM003 -- ikke en kommentar\n\n    mere\n",
    )
    findings = _check(text)
    assert ("SKM003", 10, 12) in _found(findings, "SKM")
    assert _found(findings, "UND") == []


def test_comment_after_a_block_scalar_is_read_again() -> None:
    text = DRAFT.replace(
        "  version: 0.3\n",
        "  resumé: >-\n    tekst\n  version: 0.3  # forloeb: ignorer SKM003 -- rettes\n",
    )
    findings = _check(text)
    assert "SKM003" not in {f.code for f in findings}
    assert _found(findings, "UND") == []
