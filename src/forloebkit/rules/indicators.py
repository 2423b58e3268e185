"""IND: goals and indicators fit together (model 4.1.1 and 4.6.2).

Every goal is followed by at least one indicator; together the indicators cover
the four quality aspects and both implementation and quality; every indicator
has an owner, a frequency and a data source. The rules run only once there is a
real indicator: no indicators at all is the checklist's finding (TJK602).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity
from ..placeholders import is_filled
from .base import Rule
from .program_view import GOAL_KINDS, INDICATOR_KINDS, ProgramView, YamlPath, text

ASPECTS = ("borgeroplevet", "faglig", "organisatorisk", "samfundsmæssig")
TYPES = ("implementering", "kvalitet")
#: key → how it is named in a message.
INDICATOR_FIELDS = (
    ("ansvarlig", "ansvarlig part"), ("hyppighed_måneder", "hyppighed"), ("datakilde", "datakilde"),
)  # fmt: skip

GOAL_WITHOUT_INDICATOR = Rule(
    "IND101", "mål-uden-indikator", Severity.ERROR,
    "Et fælles mål er ikke knyttet til nogen indikator.",
    "Målene skal kunne følges (4.1.1): et mål uden indikator kan ingen se, om man når. Skriv "
    "indikatorernes id under målets indikatorer.",
    "fælles_mål_og_forståelse:\n  mål:\n    - {id: m1, tekst: Sammenhængende forløb, "
    "indikatorer: [i2]}",
    "4.1.1",
)  # fmt: skip
ASPECT_MISSING = Rule(
    "IND102", "kvalitetsaspekt-mangler", Severity.WARNING,
    "Indikatorerne dækker ikke alle fire kvalitetsaspekter.",
    "Modellen følger op på borgeroplevet, faglig og organisatorisk kvalitet og samfundsmæssige "
    "gevinster (4.1.1 og 4.6.2). Særligt den borgeroplevede kvalitet glemmes let.",
    "opfølgning:\n  indikatorer:\n    - {id: i1, aspekt: borgeroplevet}\n"
    "    - {id: i2, aspekt: faglig}\n    - {id: i3, aspekt: organisatorisk}\n"
    "    - {id: i4, aspekt: samfundsmæssig}",
    "4.6.2",
)  # fmt: skip
TYPE_MISSING = Rule(
    "IND103", "indikatortype-mangler", Severity.WARNING,
    "Der er ikke både indikatorer for implementering og for kvalitet.",
    "Tjeklistepunkt 6.2: fælles indikatorer for monitoreringen af forløbsprogrammets "
    "implementering og kvalitet (4.6.2).",
    "opfølgning:\n  indikatorer:\n    - {id: i1, type: implementering}\n"
    "    - {id: i2, type: kvalitet}",
    "4.6.2",
)  # fmt: skip
INDICATOR_INCOMPLETE = Rule(
    "IND104", "indikator-ufuldstændig", Severity.ERROR,
    "En indikator mangler ansvarlig part, hyppighed eller datakilde.",
    "En indikator bliver kun opgjort, hvis nogen ejer den, ved hvor ofte, og ved hvor data "
    "kommer fra (4.6.1 og 4.6.2).",
    "- {id: i1, navn: Genindlæggelser inden for 30 dage, ansvarlig: region-sj,\n"
    "   hyppighed_måneder: 6, datakilde: Landspatientregisteret}",
    "4.6.2",
)  # fmt: skip

RULES = (GOAL_WITHOUT_INDICATOR, ASPECT_MISSING, TYPE_MISSING, INDICATOR_INCOMPLETE)

_GOALS: YamlPath = ("fælles_mål_og_forståelse", "mål")
_INDICATORS: YamlPath = ("opfølgning", "indikatorer")


def check(view: ProgramView) -> Iterator[Finding]:
    indicators = view.real_entries(_INDICATORS, INDICATOR_KINDS)
    if not indicators:
        return
    for path, goal in view.real_entries(_GOALS, GOAL_KINDS):
        if not is_filled(goal.get("indikatorer")):
            yield view.finding(
                GOAL_WITHOUT_INDICATOR, path,
                f"Målet {_name(goal)}er ikke knyttet til nogen indikator.",
                "Skriv indikatorernes id under målets indikatorer, fx indikatorer: [i1].",
            )  # fmt: skip
    # Coverage counts every indicator with an aspect or type, written out or not yet.
    aspects = {text(e.get("aspekt")) for _, e in view.entries(_INDICATORS)}
    missing = [a for a in ASPECTS if a not in aspects]
    if missing:
        yield view.finding(
            ASPECT_MISSING, _INDICATORS,
            "Ingen indikator måler kvalitetsaspektet: " + ", ".join(missing) + ".",
            "Giv mindst én indikator hvert aspekt: " + ", ".join(ASPECTS) + ".",
        )  # fmt: skip
    types = {text(e.get("type")) for _, e in view.entries(_INDICATORS)}
    missing = [t for t in TYPES if t not in types]
    if missing:
        yield view.finding(
            TYPE_MISSING, _INDICATORS,
            "Ingen indikator har typen: " + ", ".join(missing) + ".",
            "Følg både op på implementeringen og på kvaliteten (type: implementering/kvalitet).",
        )  # fmt: skip
    for path, entry in indicators:
        missing = [name for key, name in INDICATOR_FIELDS if not is_filled(entry.get(key))]
        if missing:
            yield view.finding(
                INDICATOR_INCOMPLETE, path,
                f"Indikatoren {_name(entry)}mangler: " + ", ".join(missing) + ".",
                "Udfyld ansvarlig, hyppighed_måneder og datakilde.",
            )  # fmt: skip


def _name(entry: dict[str, object]) -> str:
    ident = entry.get("id")
    return f"'{ident}' " if isinstance(ident, str) and is_filled(ident) else ""
