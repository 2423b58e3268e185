"""Accountable suppressions: ``# forloeb: ignorer KODE -- begrundelse`` comments in the YAML.

The YAML composer drops comments, so the source lines are scanned here.

* A comment after content on a line suppresses those codes on that line.
* A comment alone on a line suppresses them on the next line that has content.
* ``# forloeb: ignorer-fil KODE -- begrundelse`` alone on a line suppresses them in the file.

A suppression without a reason suppresses nothing and is reported (UND001); one
that no longer matches a finding is reported (UND002); an unreadable
``# forloeb:`` comment is reported (UND003). UND findings cannot be suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..findings import Finding, Position
from ..placeholders import is_placeholder
from ..rules import suppression_rules as R

_PREFIX = re.compile(r"forloeb\s*:", re.IGNORECASE)
#: Every suppression comment contains this; a file without it has none.
_ANYWHERE = re.compile(r"#.*forloeb\s*:", re.IGNORECASE)
_DIRECTIVE = re.compile(
    r"""^forloeb\s*:\s*(?P<kind>ignorer-fil|ignorer)\s+
        (?P<codes>[A-Za-z]{3}\d{3}(?:\s*,\s*[A-Za-z]{3}\d{3})*)
        \s*(?:--\s*(?P<reason>.*))?$""",
    re.VERBOSE,
)
#: A line that opens a literal or folded block scalar (``tekst: |``, ``- >-``).
_BLOCK_START = re.compile(r"(?:^|[:\-])\s+[|>][+-]?[1-9]?[+-]?\s*$|^\s*[|>][+-]?\s*$")
#: Characters after which a quote opens a quoted YAML scalar.
_QUOTE_OPENERS = frozenset(":-[{,?")


@dataclass(frozen=True, slots=True)
class Suppression:
    codes: tuple[str, ...]
    line: int  # where the comment is
    column: int
    target: int | None  # the line it covers; None for the whole file
    reason: str


def find_comment(line: str) -> int | None:
    """The index of the ``#`` that starts a comment on *line*, or None.

    Skips ``#`` inside single- or double-quoted scalars and ``#`` not preceded
    by whitespace (YAML treats ``a#b`` as text).
    """
    quote: str | None = None
    i = 0
    while i < len(line):
        char = line[i]
        if quote == '"':
            if char == "\\":
                i += 1
            elif char == '"':
                quote = None
        elif quote == "'":
            if char == "'":
                if line[i + 1 : i + 2] == "'":
                    i += 1
                else:
                    quote = None
        elif char in "\"'":
            before = line[:i].rstrip()
            if not before or before[-1] in _QUOTE_OPENERS:
                quote = char
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            return i
        i += 1
    return None


def parse_suppressions(source: str, file: str) -> tuple[list[Suppression], list[Finding]]:
    """All suppression comments in *source*, and findings for broken ones."""
    if _ANYWHERE.search(source) is None:  # most files: no 'forloeb:' at all, nothing to parse
        return [], []
    lines = source.splitlines()
    found: list[Suppression] = []
    problems: list[Finding] = []
    pending: list[tuple[int, int, tuple[str, ...], str]] = []  # comments waiting for a line
    block_indent: int | None = None  # inside a | or > block scalar opened at this indent
    for number, line in enumerate(lines, start=1):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue  # text of the block scalar: a '#' here is not a comment
            block_indent = None
        start = find_comment(line)
        if _BLOCK_START.search(line[: start if start is not None else len(line)]):
            block_indent = indent
        has_content = bool(line[: start if start is not None else len(line)].strip())
        if has_content:
            for at, col, codes, reason in pending:
                found.append(Suppression(codes, at, col, number, reason))
            pending = []
        if start is None:
            continue
        comment = line[start + 1 :].strip()
        if not _PREFIX.match(comment):
            continue
        position = Position(number, start + 1)
        match = _DIRECTIVE.match(comment)
        if match is None:
            problems.append(R.MALFORMED.finding(
                file, position, "",
                f"Kommentaren '# {comment}' kan ikke læses som en undtagelse.",
                "Skriv '# forloeb: ignorer KODE -- begrundelse'.",
            ))  # fmt: skip
            continue
        codes = tuple(c.strip().upper() for c in match["codes"].split(","))
        reason = (match["reason"] or "").strip()
        if is_placeholder(reason):
            problems.append(R.WITHOUT_REASON.finding(
                file, position, "",
                f"Undtagelsen for {', '.join(codes)} har ingen begrundelse og virker derfor ikke.",
                "Skriv begrundelsen efter '--': # forloeb: ignorer KODE -- hvorfor.",
            ))  # fmt: skip
            continue
        if match["kind"] == "ignorer-fil":
            if has_content:
                problems.append(R.MALFORMED.finding(
                    file, position, "",
                    "'ignorer-fil' skal stå alene på sin linje.",
                    "Flyt kommentaren til en linje for sig selv, fx øverst i filen.",
                ))  # fmt: skip
            else:
                found.append(Suppression(codes, number, start + 1, None, reason))
        elif has_content:
            found.append(Suppression(codes, number, start + 1, number, reason))
        else:
            pending.append((number, start + 1, codes, reason))
    for at, col, codes, reason in pending:  # nothing after them: they cover nothing
        found.append(Suppression(codes, at, col, -1, reason))
    return found, problems


def apply_suppressions(findings: Iterable[Finding], source: str, file: str) -> list[Finding]:
    """Drop suppressed findings; add UND findings for reason-less, stale or unreadable ones."""
    suppressions, problems = parse_suppressions(source, file)
    used: set[tuple[int, str]] = set()
    kept: list[Finding] = []
    for finding in findings:
        match = next(
            (
                s
                for s in suppressions
                if finding.code in s.codes and s.target in (None, finding.line)
            ),
            None,
        )
        if match is None:
            kept.append(finding)
        else:
            used.add((match.line, finding.code))
    for s in suppressions:
        for code in s.codes:
            if (s.line, code) not in used:
                where = "i filen" if s.target is None else "på linjen"
                problems.append(R.STALE.finding(
                    file, Position(s.line, s.column), "",
                    f"Undtagelsen for {code} skjuler intet: der er intet {code}-fund {where}.",
                    "Fjern koden fra kommentaren (eller hele kommentaren), når fundet er rettet.",
                ))  # fmt: skip
    return [*kept, *problems]
