"""UDS: adults discharged from psychiatry (model 4.4.5 and bilag 6).

For programs that include adults, discharge after admission is the most
critical transition: it needs a responsible party, a deadline and a channel.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity
from ..placeholders import is_filled
from .base import Rule
from .program_view import TRANSITION_KINDS, ProgramView, YamlPath

DISCHARGE = "udskrivning"
#: key → how it is named in a message.
REQUIRED = (("ansvarlig", "ansvarlig part"), ("frist_dage", "frist"), ("kanal", "kanal"))

NO_DISCHARGE = Rule(
    "UDS101", "udskrivning-mangler", Severity.ERROR,
    "Et program for voksne beskriver ingen overgang ved udskrivning fra psykiatrien.",
    "Udskrivning efter indlæggelse er den overgang, hvor flest borgere mister kontakten med "
    "både psykiatri og kommune (4.4.5, bilag 6). Programmet skal beskrive, hvem der har "
    "ansvaret, fristen og kommunikationskanalen.",
    "organisering:\n  overgange:\n    - type: udskrivning\n      fra: region-sj\n"
    "      til: roskilde\n      ansvarlig: region-sj\n      frist_dage: 5\n"
    "      kanal: MedCom-udskrivningsrapport og epikrise",
    "4.4.5, bilag 6",
)  # fmt: skip
DISCHARGE_INCOMPLETE = Rule(
    "UDS102", "udskrivning-ufuldstændig", Severity.ERROR,
    "En overgang ved udskrivning mangler ansvarlig part, frist eller kanal.",
    "Ved udskrivning skal det være entydigt, hvem der har ansvaret, hvornår kommunen og egen "
    "læge får besked, og hvordan (4.4.5, bilag 6).",
    "overgange:\n  - {type: udskrivning, ansvarlig: region-sj, frist_dage: 5, kanal: MedCom}",
    "4.4.5, bilag 6",
)  # fmt: skip

RULES = (NO_DISCHARGE, DISCHARGE_INCOMPLETE)

_TRANSITIONS: YamlPath = ("organisering", "overgange")


def check(view: ProgramView) -> Iterator[Finding]:
    if "voksne" not in view.age_groups():
        return
    transitions = view.real_entries(_TRANSITIONS, TRANSITION_KINDS)
    if not transitions:  # nothing written yet: the checklist's job (TJK405)
        return
    discharges = [(p, e) for p, e in transitions if e.get("type") == DISCHARGE]
    if not discharges:
        yield view.finding(
            NO_DISCHARGE, _TRANSITIONS,
            "Programmet gælder voksne, men ingen overgang har typen udskrivning.",
            "Tilføj en overgang med type: udskrivning, ansvarlig, frist_dage og kanal.",
        )  # fmt: skip
    for path, entry in discharges:
        missing = [name for key, name in REQUIRED if not is_filled(entry.get(key))]
        if missing:
            yield view.finding(
                DISCHARGE_INCOMPLETE, path,
                "Overgangen ved udskrivning mangler: " + ", ".join(missing) + ".",
                "Udfyld " + ", ".join(k for k, n in REQUIRED if n in missing) + ".",
            )  # fmt: skip
