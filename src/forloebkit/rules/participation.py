"""DEL: every party takes part (model 4.4.1 and 4.5, checklist 5.3 and 5.5).

Each region and municipality needs its own local implementation plan and at
least one implementation agent; every party has some responsibility in the
division of tasks. A rule only runs once its list has at least one real entry:
an empty list is the checklist's finding (TJK401, TJK503, TJK505).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..findings import Finding, Severity
from .base import Rule
from .program_view import REGION_AND_MUNICIPALITY, ProgramView, YamlPath, party_label, text

NO_LOCAL_PLAN = Rule(
    "DEL101", "lokal-plan-mangler", Severity.ERROR,
    "En region eller kommune, der deltager i programmet, har ingen lokal implementeringsplan.",
    "Modellen (4.5 og tjeklistepunkt 5.5) kræver lokale implementeringsplaner på regionalt og "
    "kommunalt niveau: hver region og kommune tilpasser programmet til sine egne "
    "arbejdsgange. Reglen tjekker, at hver region og kommune under program.parter står under "
    "implementering.lokale_planer.",
    "implementering:\n  lokale_planer:\n    - {part: region-sj, status: vedtaget}\n"
    "    - {part: roskilde, status: under_udarbejdelse, frist: 2027-03-31}",
    "4.5",
)  # fmt: skip
NO_AGENT = Rule(
    "DEL102", "implementeringsagent-mangler", Severity.ERROR,
    "En region eller kommune, der deltager i programmet, har ingen implementeringsagent.",
    "Tjeklistepunkt 5.3: særlige ressourcepersoner/implementeringsagenter er udpeget i alle "
    "relevante organisationer (4.5.1.2). De bærer programmet ud i hverdagen hos hver part.",
    "implementering:\n  kompetenceudvikling:\n    implementeringsagenter:\n"
    "      - {part: region-sj, rolle: Agent i hvert distriktspsykiatrisk team, antal: 6}\n"
    "      - {part: roskilde, rolle: Socialfaglig implementeringsagent, antal: 2}",
    "4.5.1.2",
)  # fmt: skip
NO_RESPONSIBILITY = Rule(
    "DEL103", "ansvar-mangler", Severity.ERROR,
    "En part under program.parter har ingen opgaver i organisering.ansvarsfordeling.",
    "Opgave- og ansvarsfordelingen mellem de involverede aktører skal være afklaret (4.4.1, "
    "tjeklistepunkt 4.1). En part uden opgaver er enten ikke en part eller en glemt part.",
    "organisering:\n  ansvarsfordeling:\n    - part: roskilde\n"
    "      opgaver: [Bostøtte og koordinatorfunktion på niveau 2.]",
    "4.4.1",
)  # fmt: skip

RULES = (NO_LOCAL_PLAN, NO_AGENT, NO_RESPONSIBILITY)

_PLANS: YamlPath = ("implementering", "lokale_planer")
_AGENTS: YamlPath = ("implementering", "kompetenceudvikling", "implementeringsagenter")
_DUTIES: YamlPath = ("organisering", "ansvarsfordeling")


def check(view: ProgramView) -> Iterator[Finding]:
    parties = view.parties()
    regional = [(p, e) for p, e in parties if text(e.get("type")) in REGION_AND_MUNICIPALITY]
    yield from _each_party(
        view, NO_LOCAL_PLAN, _PLANS, regional,
        "{party} har ingen lokal implementeringsplan under implementering.lokale_planer.",
        "Tilføj {{part: {id}, status: planlagt, frist: ÅÅÅÅ-MM-DD}} under lokale_planer.",
    )  # fmt: skip
    yield from _each_party(
        view, NO_AGENT, _AGENTS, regional,
        "{party} har ingen implementeringsagent under "
        "implementering.kompetenceudvikling.implementeringsagenter.",
        "Tilføj {{part: {id}, rolle: ..., antal: 1}} under implementeringsagenter.",
    )  # fmt: skip
    yield from _each_party(
        view, NO_RESPONSIBILITY, _DUTIES, parties,
        "{party} har ingen opgaver i organisering.ansvarsfordeling.",
        "Tilføj parten med dens opgaver, eller fjern den fra program.parter.",
    )  # fmt: skip


def _each_party(
    view: ProgramView,
    rule: Rule,
    at: YamlPath,
    parties: Sequence[tuple[YamlPath, dict[str, Any]]],
    message: str,
    hint: str,
) -> Iterator[Finding]:
    """A finding at *at* for each party in *parties* that no real entry there names."""
    covered = {ref for _, e in view.entries(at) if (ref := text(e.get("part")))}
    if not covered:  # no entry names a party yet: the checklist's job
        return
    for _, party in parties:
        ident = text(party.get("id"))
        if ident not in covered:
            yield view.finding(
                rule, at,
                message.format(party=party_label(party)),
                hint.format(id=ident),
            )  # fmt: skip
