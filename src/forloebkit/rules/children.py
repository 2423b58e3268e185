"""BRN: programs for children and young people (model 4.3.1.3 and bilag 6).

When the age groups include ``børn`` or ``unge``, the interventions must cover
the four kinds the model names for children (proactive, pedagogical-
psychological, family, day care/school/leisure), and the transitions must cover
the move to adult services and referral to child and adolescent psychiatry.
Both rules only run once the catalogue or the transitions have a real entry.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity
from .base import Rule
from .program_view import INTERVENTION_KINDS, TRANSITION_KINDS, ProgramView, YamlPath, text

CHILD_FOCUS = ("proaktiv", "pædagogisk_psykologisk", "familie", "dagtilbud_skole_fritid")
CHILD_TRANSITIONS = ("barn_til_voksen", "henvisning_børn_og_unge")
YOUNG = frozenset({"børn", "unge"})

CHILD_INTERVENTIONS = Rule(
    "BRN101", "børneindsatser-mangler", Severity.ERROR,
    "Et program for børn eller unge beskriver ikke alle fire slags indsatser for børn og unge.",
    "For børn og unge fremhæver modellen (4.3.1.3) proaktive indsatser, "
    "pædagogisk-psykologiske indsatser, indsatser for familien og indsatser i dagtilbud, skole "
    "og fritid. Marker hver indsats med de slags, den dækker, under børn_og_unge.",
    "indsatser:\n  katalog:\n    - id: ppr\n      navn: PPR-rådgivning i skolen\n"
    "      børn_og_unge: [pædagogisk_psykologisk, dagtilbud_skole_fritid]\n"
    "    - id: familie\n      navn: Familieorienteret indsats\n"
    "      børn_og_unge: [familie, proaktiv]",
    "4.3.1.3",
)  # fmt: skip
CHILD_TRANSITIONS_MISSING = Rule(
    "BRN102", "børneovergange-mangler", Severity.ERROR,
    "Et program for børn eller unge beskriver ikke overgangen til voksenområdet og "
    "henvisningen til børne- og ungdomspsykiatrien.",
    "Bilag 6 beskriver de kritiske overgange for børn og unge: fra barn til voksen (både i "
    "psykiatrien og i kommunen) og henvisning af børn og unge til udredning og behandling.",
    "organisering:\n  overgange:\n    - {type: barn_til_voksen, ansvarlig: region-sj, "
    "procedure: Overleveringsmøde et halvt år før det 18. år.}\n"
    "    - {type: henvisning_børn_og_unge, ansvarlig: roskilde, procedure: PPR henviser via "
    "egen læge.}",
    "4.4.5, bilag 6",
)  # fmt: skip

RULES = (CHILD_INTERVENTIONS, CHILD_TRANSITIONS_MISSING)

_CATALOGUE: YamlPath = ("indsatser", "katalog")
_TRANSITIONS: YamlPath = ("organisering", "overgange")


def check(view: ProgramView) -> Iterator[Finding]:
    if not view.age_groups() & YOUNG:
        return
    catalogue = view.real_entries(_CATALOGUE, INTERVENTION_KINDS)
    if catalogue:
        covered = {f for _, e in catalogue for f in _strs(e.get("børn_og_unge"))}
        missing = [f for f in CHILD_FOCUS if f not in covered]
        if missing:
            yield view.finding(
                CHILD_INTERVENTIONS, _CATALOGUE,
                "Programmet gælder børn eller unge, men ingen indsats dækker: "
                + ", ".join(missing) + ".",
                "Marker indsatserne med børn_og_unge: [...] (modellens 4.3.1.3).",
            )  # fmt: skip
    transitions = view.real_entries(_TRANSITIONS, TRANSITION_KINDS)
    if transitions:
        kinds = {text(e.get("type")) for _, e in transitions}
        missing = [t for t in CHILD_TRANSITIONS if t not in kinds]
        if missing:
            yield view.finding(
                CHILD_TRANSITIONS_MISSING, _TRANSITIONS,
                "Programmet gælder børn eller unge, men mangler overgange af typen: "
                + ", ".join(missing) + ".",
                "Beskriv overgangene med ansvarlig part, frist, kanal og procedure (bilag 6).",
            )  # fmt: skip


def _strs(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
