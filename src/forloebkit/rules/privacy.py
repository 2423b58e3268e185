"""CPR: no personal identification numbers in a program.

Programs are published. A Danish CPR number (``ddmmåå-nnnn``, or ten digits in
a row whose first six form a date) anywhere in the file, comments included, is
an error. The number is never repeated in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..findings import Finding, Position, Severity
from .base import Rule
from .program_view import ProgramView, YamlPath

CPR_NUMBER = Rule(
    "CPR101", "cpr-nummer", Severity.ERROR,
    "Filen indeholder noget, der ligner et CPR-nummer.",
    "Forløbsprogrammer udgives og deles; de må aldrig indeholde personoplysninger. Reglen "
    "leder i hele filen, også i kommentarer, efter ddmmåå-nnnn og ti cifre i træk, hvor de "
    "første seks er en gyldig dato. Beskriv borgere ved deres rolle, ikke ved navn eller "
    "CPR-nummer.",
    "# Borgeren (her kaldet 'borger A') er 34 år og bor i egen bolig.",
)  # fmt: skip

RULES = (CPR_NUMBER,)

#: Six digits, an optional hyphen, four digits; not part of a longer number.
CANDIDATE = re.compile(r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})-?[0-9]{4}(?![0-9])")
#: Every ASCII digit becomes "0", so a file without "000000" after the translation has no six
#: digits in a row and no CPR number. On UTF-8 bytes this test is about ten times faster than a
#: regular expression over the text (no other character encodes to a byte 0x30-0x39).
_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
MASK = "XXXXXX-XXXX"


def is_cpr_like(day: int, month: int, year: int) -> bool:
    """True when day/month form a date in some year ending in *year* (1900s or 2000s)."""
    for century in (1900, 2000):
        try:
            date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def find_cpr(text: str) -> Iterator[int]:
    """0-based offsets of CPR-like numbers in *text*."""
    if b"000000" not in text.encode("utf-8", "surrogatepass").translate(_DIGITS_TO_ZERO):
        return
    for match in CANDIDATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        if is_cpr_like(day, month, year):
            yield match.start()


def check(view: ProgramView) -> Iterator[Finding]:
    source = view.doc.source
    found = [
        Position.in_text(source, offset) for offset in find_cpr(source)
    ]  # one pass over the file
    if not found:
        return
    starts = sorted(
        ((mark.line + 1, mark.column + 1, path) for path, mark in view.doc.value_marks.items()),
        key=lambda start: start[:2],
    )
    for position in found:
        yield CPR_NUMBER.finding(
            view.file, position, _enclosing(starts, position),
            f"Her står noget, der ligner et CPR-nummer ({MASK}). Programmer udgives og må "
            "aldrig indeholde personoplysninger.",
            "Slet nummeret, også fra git-historikken, hvis filen er delt.",
        )  # fmt: skip


def _enclosing(starts: list[tuple[int, int, YamlPath]], position: Position) -> YamlPath:
    """The path of the last node that starts at or before *position* (a comment's neighbour)."""
    best: YamlPath = ()
    for line, column, path in starts:
        if (line, column) > (position.line, position.column):
            break
        best = path
    return best
