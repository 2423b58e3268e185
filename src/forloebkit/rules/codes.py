"""KOD: diagnosis codes are well-formed for their classification (model 4.2.1).

ICD-10 codes are written as in the Danish SKS (``DF20``, ``DF32.1``, ``DF321``)
or without the SKS ``D`` (``F20``); ICPC-2 codes are a chapter letter and two
digits (``P76``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Severity
from .base import Rule
from .program_view import ProgramView, text

ICD10 = re.compile(r"D?[A-Z][0-9]{2}(?:\.?[0-9][0-9A-Z]{0,3})?")
ICPC2 = re.compile(r"[ABDFHKLNPRSTUWXYZ][0-9]{2}")
PATTERNS = {"ICD-10": ICD10, "ICPC-2": ICPC2}
EXAMPLES = {"ICD-10": "DF20, DF32.1 eller F20", "ICPC-2": "P76 (kapitel P: psykisk)"}

INVALID_CODE = Rule(
    "KOD101", "ugyldig-diagnosekode", Severity.ERROR,
    "En diagnosekode har ikke den form, dens klassifikation (system) foreskriver.",
    "Målgruppen afgrænses med diagnosekoder, som alle sektorer kan slå op (4.2.1). ICD-10 "
    "skrives som i SKS (DF20, DF32.1) eller uden SKS-præfikset D (F20); ICPC-2 som et "
    "kapitelbogstav og to cifre (P76). Store bogstaver, ingen mellemrum.",
    "koder:\n  - {system: ICD-10, kode: DF32.1, tekst: Moderat depressiv enkeltepisode}\n"
    "  - {system: ICPC-2, kode: P76, tekst: Depression}",
    "4.2.1",
)  # fmt: skip

RULES = (INVALID_CODE,)

_CODES = (
    ("målgruppe", "kriterier", "inklusion", "*", "koder"),
    ("målgruppe", "kriterier", "eksklusion", "*", "koder"),
)


def check(view: ProgramView) -> Iterator[Finding]:
    for pattern in _CODES:
        for codes_path in view.expand(pattern):
            for path, entry in view.entries(codes_path):
                system, code = text(entry.get("system")), entry.get("kode")
                form = PATTERNS.get(system) if system else None
                if form is None or not isinstance(code, str) or text(code) is None:
                    continue  # unknown systems, missing codes: the schema; placeholders: the checklist
                if form.fullmatch(code):
                    continue
                assert system is not None
                other = next(
                    (s for s, p in PATTERNS.items() if s != system and p.fullmatch(code)), None
                )
                hint = f"En {system}-kode skrives fx {EXAMPLES[system]}."
                if other:
                    hint += f" '{code}' ligner en {other}-kode: ret system til {other}."
                elif form.fullmatch(code.upper().replace(" ", "")):
                    hint += f" Skriv '{code.upper().replace(' ', '')}'."
                yield view.finding(
                    INVALID_CODE, (*path, "kode"),
                    f"'{code}' er ikke en gyldig {system}-kode.", hint,
                )  # fmt: skip
