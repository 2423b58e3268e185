"""Section 5 of a program: implementation (model 4.5)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from .base import Id, Section, Text, field

LocalPlanStatus = Literal["planlagt", "under_udarbejdelse", "vedtaget"]


class SteeringMember(Section):
    """A member of the steering group."""

    role: Text | None = field("rolle", "Rolle eller stilling, fx 'Direktør, Psykiatrien'.")
    party: Id | None = field("part", "Id på den part, medlemmet repræsenterer.")


class SteeringGroup(Section):
    """The cross-sectoral steering group (4.5)."""

    members: list[SteeringMember] = field("medlemmer", "Styregruppens medlemmer.", [])
    chair: Text | None = field("formandskab", "Formandskab, fx tredelt mellem sektorerne.")
    mandate: Text | None = field("mandat", "Styregruppens mandat og forankring.")


class ManagementTask(Section):
    """Management tasks and support at one level (4.5.1.1)."""

    level: Text | None = field(
        "niveau", "Ledelsesniveau, fx 'Direktioner' eller 'Afdelingsledere'."
    )
    tasks: Text | None = field("opgaver", "Opgaver og opbakning på dette niveau.")


class ImplementationAgent(Section):
    """An implementation agent or resource person (4.5.1.2)."""

    party: Id | None = field("part", "Id på den organisation, agenten hører til.")
    role: Text | None = field("rolle", "Rolle eller funktion.")
    count: int | None = field("antal", "Antal agenter.", ge=1)


class CompetenceDevelopment(Section):
    """Cross-sectoral competence development (4.5.1.2)."""

    activities: list[Text] = field("aktiviteter", "Fælles kompetenceudvikling på tværs.", [])
    agents: list[ImplementationAgent] = field(
        "implementeringsagenter", "Ressourcepersoner/implementeringsagenter (4.5.1.2).", []
    )


class Milestone(Section):
    """A milestone of the overall implementation plan."""

    due: date | None = field("dato", "Dato (ÅÅÅÅ-MM-DD).")
    activity: Text | None = field("aktivitet", "Hvad der skal være sket.")


class OverallPlan(Section):
    """The overall implementation plan across sectors (4.5)."""

    responsibility: Text | None = field("ansvar", "Hvor ledelsen af implementeringen er placeret.")
    milestones: list[Milestone] = field("milepæle", "Tids- og aktivitetsplan.", [])
    communication_plan: Text | None = field("kommunikationsplan", "Kommunikationsplan.")
    economy: Text | None = field("økonomi", "Økonomi og personaleressourcer.")


class LocalPlan(Section):
    """A local implementation plan for one region or municipality (4.5)."""

    party: Id | None = field("part", "Id på den region eller kommune, planen gælder.")
    status: LocalPlanStatus | None = field("status", "planlagt, under_udarbejdelse eller vedtaget.")
    reference: Text | None = field("reference", "Hvor planen findes (link eller dokument).")
    deadline: date | None = field("frist", "Hvornår planen skal være vedtaget (eller revideret).")
    adopted: date | None = field("vedtaget", "Hvornår planen blev vedtaget.")


class Implementation(Section):
    """``implementering``: afsnit 5 of a program (4.5)."""

    steering_group: SteeringGroup | None = field("styregruppe", "Styregruppen (4.5).")
    project_lead: Text | None = field("projektleder", "Projektleder eller tovholder.")
    management_tasks: list[ManagementTask] = field(
        "ledelsesopgaver", "Ledelsesopgaver og -opbakning på de relevante niveauer (4.5.1.1).", []
    )
    competence_development: CompetenceDevelopment | None = field(
        "kompetenceudvikling", "Kompetenceudvikling og implementeringsagenter (4.5.1.2)."
    )
    overall_plan: OverallPlan | None = field("overordnet_plan", "Overordnet implementeringsplan.")
    local_plans: list[LocalPlan] = field("lokale_planer", "Lokale implementeringsplaner.", [])
