"""TID: dates that have run out or lie in the future (program metadata and model 4.6.1).

"Today" is the date of the run, or ``forloeb check --dato ÅÅÅÅ-MM-DD``. A
program with status ``udgået`` is retired, so its expired dates are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..findings import Finding, Severity
from .base import Rule
from .program_view import ProgramView, YamlPath

RETIRED = "udgået"

AGREEMENT_EXPIRED = Rule(
    "TID101", "sundhedsaftale-udløbet", Severity.ERROR,
    "Sundhedsaftalens periode (gyldig_til) er udløbet.",
    "Forløbsprogrammet er en del af sundhedsaftalen (modellens kapitel 3). Når aftalen "
    "udløber, skal programmet genbekræftes under den nye aftale eller markeres som udgået.",
    "program:\n  sundhedsaftale: {navn: Sundhedsaftalen 2024-2027, gyldig_fra: 2024-01-01, "
    "gyldig_til: 2027-12-31}",
)  # fmt: skip
REVISION_OVERDUE = Rule(
    "TID102", "revision-forfalden", Severity.ERROR,
    "Datoen for næste revision (program.revision.næste) er passeret.",
    "Programmet skal revideres løbende, så det følger ny viden, lovgivning og organisering "
    "(4.6.1). Er datoen passeret, så revider programmet og skriv en ny dato.",
    "program:\n  revision: {senest: 2025-03-12, hyppighed_måneder: 24, næste: 2027-03-01}",
    "4.6.1",
)  # fmt: skip
FOLLOW_UP_OVERDUE = Rule(
    "TID103", "opfølgning-forfalden", Severity.WARNING,
    "Datoen for næste opfølgning (opfølgning.ansvar.næste_opfølgning) er passeret.",
    "Det er aftalt, hvem der følger op, og hvor tit (4.6.1, tjeklistepunkt 6.1). Skriv datoen "
    "for den næste opfølgning, når en opfølgning er holdt.",
    "opfølgning:\n  ansvar:\n    næste_opfølgning: 2027-01-19",
    "4.6.1",
)  # fmt: skip
APPROVAL_IN_FUTURE = Rule(
    "TID104", "godkendelse-i-fremtiden", Severity.ERROR,
    "En godkendelse er dateret efter dags dato.",
    "En godkendelse kan kun dateres, når den er sket. En fremtidig dato er som regel en "
    "tastefejl eller en planlagt behandling, der hører til under overordnet_plan.milepæle.",
    "program:\n  godkendelser:\n    - {organ: Sundhedskoordinationsudvalget, dato: 2024-11-29}",
)  # fmt: skip

RULES = (AGREEMENT_EXPIRED, REVISION_OVERDUE, FOLLOW_UP_OVERDUE, APPROVAL_IN_FUTURE)

_DEADLINES: tuple[tuple[Rule, YamlPath, str], ...] = (
    (AGREEMENT_EXPIRED, ("program", "sundhedsaftale", "gyldig_til"),
     "Sundhedsaftalen udløb {day}."),
    (REVISION_OVERDUE, ("program", "revision", "næste"),
     "Programmet skulle have været revideret senest {day}."),
    (FOLLOW_UP_OVERDUE, ("opfølgning", "ansvar", "næste_opfølgning"),
     "Næste opfølgning var planlagt til {day}."),
)  # fmt: skip


def check(view: ProgramView) -> Iterator[Finding]:
    today = view.today
    if view.get(("program", "status")) != RETIRED:
        for rule, path, message in _DEADLINES:
            day = _date(view.get(path))
            if day is not None and day < today:
                yield view.finding(
                    rule, path, message.format(day=day.isoformat()),
                    f"Datoen er sammenlignet med {today.isoformat()}.",
                )  # fmt: skip
    for path, entry in view.entries(("program", "godkendelser")):
        day = _date(entry.get("dato"))
        if day is not None and day > today:
            yield view.finding(
                APPROVAL_IN_FUTURE, (*path, "dato"),
                f"Godkendelsen er dateret {day.isoformat()}, efter dags dato ({today.isoformat()}).",
                "Skriv datoen, når godkendelsen er sket; planlagte behandlinger hører til "
                "under implementering.overordnet_plan.milepæle.",
            )  # fmt: skip


def _date(value: Any) -> date | None:
    """A date, also from a timestamp (``2027-03-01 10:00``); anything else is the schema's job."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None
