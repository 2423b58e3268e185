"""Section 3 of a program: interventions (model 4.3)."""

from __future__ import annotations

from typing import Literal

from .base import Id, Section, Text, field

Area = Literal["sundhed", "social", "beskæftigelse", "uddannelse", "civil"]
PathwayPhase = Literal["vurdering", "mål_for_borgeren", "behandling", "opfølgning_på_mål"]
KnowledgeType = Literal["evidens", "klinisk_retningslinje", "praksiserfaring"]
ChildYouthFocus = Literal["proaktiv", "pædagogisk_psykologisk", "familie", "dagtilbud_skole_fritid"]
Decision = Literal["ja", "nej"]


class PathwayPhases(Section):
    """How each of the four phases of a citizen pathway is handled (4.3.1.1-4.3.1.4)."""

    assessment: Text | None = field(
        "vurdering", "Helhedsorienteret vurdering af borgerens behov (4.3.1.1)."
    )
    citizen_goals: Text | None = field(
        "mål_for_borgeren", "Hvordan mål opstilles sammen med borger og pårørende (4.3.1.2)."
    )
    treatment: Text | None = field(
        "behandling", "Behandling og faglige indsatser, også forebyggende (4.3.1.3)."
    )
    goal_follow_up: Text | None = field(
        "opfølgning_på_mål", "Metoder til rettidig opfølgning på borgerens mål (4.3.1.4)."
    )


class LegalBasis(Section):
    """The act and section an intervention rests on (bilag 3)."""

    act: Text | None = field("lov", "Loven, fx 'Serviceloven' eller 'Sundhedsloven'.")
    section: Text | None = field("paragraf", "Paragraffen, fx '§ 85'.")


class KnowledgeBasis(Section):
    """What the intervention's effect is known from (4.3.3)."""

    type: KnowledgeType | None = field(
        "type", "evidens, klinisk_retningslinje eller praksiserfaring (4.3.3)."
    )
    source: Text | None = field("kilde", "Kilden: retningslinje, vidensnotat, evaluering.")


class Intervention(Section):
    """One intervention, method or tool in the catalogue (4.3.1)."""

    id: Id | None = field("id", "Kort id, fx 'ips'.")
    name: Text | None = field("navn", "Indsatsens navn.")
    description: Text | None = field("beskrivelse", "Indhold og metode (Markdown).")
    area: Area | None = field(
        "område", "sundhed, social, beskæftigelse, uddannelse eller civil (bilag 3)."
    )
    phases: list[PathwayPhase] = field("forløbsdele", "De forløbsdele, indsatsen indgår i.", [])
    responsible: list[Id] = field("ansvarlig", "Id'er på de parter, der leverer indsatsen.", [])
    legal_basis: list[LegalBasis] = field("lovgrundlag", "Lov og paragraf (bilag 3).", [])
    knowledge_basis: KnowledgeBasis | None = field("vidensgrundlag", "Vidensgrundlag (4.3.3).")
    levels: list[Id] = field("niveauer", "Id'er på de stratificeringsniveauer, den gælder.", [])
    child_youth_focus: list[ChildYouthFocus] = field(
        "børn_og_unge",
        "For børn og unge: proaktiv, pædagogisk_psykologisk, familie, dagtilbud_skole_fritid "
        "(4.3.1.3).",
        [],
    )


class AvailabilityDecision(Section):
    """One of the three decisions of checklist item 3.2 (4.3.2)."""

    decision: Decision | None = field("beslutning", "ja eller nej.")
    reasoning: Text | None = field("begrundelse", "Begrundelsen for beslutningen.")
    interventions: list[Id] = field("indsatser", "Id'er på de indsatser, det gælder.", [])


class AvailabilityDecisions(Section):
    """The decisions on where interventions are offered (4.3.2, checklist 3.2)."""

    other_setting: AvailabilityDecision | None = field(
        "andet_regi", "Bør nogle indsatser tilbydes i et andet regi end i dag?"
    )
    joint_provision: AvailabilityDecision | None = field(
        "samarbejde",
        "Bør nogle indsatser tilbydes i samarbejde mellem kommuner eller region og kommuner?",
    )
    integrated: AvailabilityDecision | None = field(
        "integration", "Bør nogle indsatser tilbydes integreret på tværs af fagenheder/sektorer?"
    )


class Interventions(Section):
    """``indsatser``: afsnit 3 of a program (4.3)."""

    phases: PathwayPhases | None = field("forløbsdele", "De fire dele af et forløb (4.3.1).")
    catalogue: list[Intervention] = field("katalog", "Oversigt over indsatser (4.3.1).", [])
    decisions: AvailabilityDecisions | None = field(
        "stillingtagen", "Stillingtagen til tilbuddenes placering (4.3.2)."
    )
