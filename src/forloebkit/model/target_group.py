"""Section 2 of a program: the target group (model 4.2)."""

from __future__ import annotations

from typing import Literal

from .base import Id, Section, Text, field

AgeGroup = Literal["børn", "unge", "voksne"]
CriterionType = Literal[
    "diagnose", "multisygdom", "arbejdsmarked_uddannelse", "social_inklusion", "funktionsevne",
    "alder", "andet",
]  # fmt: skip
CodeSystem = Literal["ICD-10", "ICPC-2"]
CoordinationFormName = Literal[
    "informationsudveksling", "faste_samarbejdsmønstre", "koordinatorfunktion",
    "tværfagligt_team", "organisatorisk_integration",
]  # fmt: skip


class DiagnosisCode(Section):
    """A diagnosis code from the national classifications (4.2.1)."""

    system: CodeSystem = field("system", "ICD-10 eller ICPC-2.", ...)
    code: str = field("kode", "Koden, fx DF20 (ICD-10) eller P76 (ICPC-2).", ...)
    text: Text | None = field("tekst", "Kodens betegnelse.")


class Criterion(Section):
    """An inclusion or exclusion criterion (4.2.1)."""

    type: CriterionType | None = field(
        "type",
        "diagnose, multisygdom, arbejdsmarked_uddannelse, social_inklusion, funktionsevne, "
        "alder eller andet.",
    )
    text: Text | None = field("tekst", "Kriteriet med ord, som fagfolk i alle sektorer kender.")
    codes: list[DiagnosisCode] = field("koder", "Diagnosekoder (ICD-10 / ICPC-2).", [])


class Criteria(Section):
    """Inclusion and exclusion criteria (4.2.1)."""

    inclusion: list[Criterion] = field("inklusion", "Hvem er omfattet.", [])
    exclusion: list[Criterion] = field("eksklusion", "Hvem er ikke omfattet.", [])


class Characteristics(Section):
    """Characteristics and demographics of the target group (4.2.2)."""

    count: int | None = field("antal", "Skønnet antal borgere i målgruppen.", ge=0)
    sex: Text | None = field("køn", "Fordeling på køn.")
    age: Text | None = field("alder", "Fordeling på alder.")
    description: Text | None = field("beskrivelse", "Øvrige karakteristika (Markdown).")
    source: Text | None = field("kilde", "Hvor tallene stammer fra.")


class Overview(Section):
    """How the sectors establish, maintain and use a shared overview (4.2.3)."""

    establishment: Text | None = field("etablering", "Hvordan overblikket etableres.")
    maintenance: Text | None = field("vedligeholdelse", "Hvordan det holdes ajour.")
    use: Text | None = field("anvendelse", "Hvad overblikket bruges til.")
    legal_basis: Text | None = field(
        "hjemmel", "Juridisk vurdering af hjemmel til at føre overblikket."
    )


class StratificationLevel(Section):
    """A level of the stratification model (4.2.4)."""

    id: Id | None = field("id", "Kort id, fx 'n1', som indsatser og samarbejdsformer bruger.")
    name: Text | None = field("navn", "Niveauets navn.")
    description: Text | None = field("beskrivelse", "Hvilke borgere hører til niveauet.")
    coordination_form: CoordinationFormName | None = field(
        "samarbejdsform", "Den samarbejdsform, niveauet får (4.4.4, bilag 5)."
    )


class Stratification(Section):
    """The stratification model (4.2.4)."""

    criteria: list[Text] = field("kriterier", "Kriterier, fx egenomsorgsevne, sværhedsgrad.", [])
    levels: list[StratificationLevel] = field("niveauer", "Niveauer fra let til kompleks.", [])
    reassessment: Text | None = field("revurdering", "Hvornår og hvordan borgeren revurderes.")


class TargetGroup(Section):
    """``målgruppe``: afsnit 2 of a program (4.2)."""

    age_groups: list[AgeGroup] = field("aldersgrupper", "børn, unge og/eller voksne.", [])
    criteria: Criteria | None = field("kriterier", "In- og eksklusionskriterier (4.2.1).")
    characteristics: Characteristics | None = field(
        "karakteristika", "Karakteristika og demografi (4.2.2)."
    )
    overview: Overview | None = field("overblik", "Fælles overblik over målgruppen (4.2.3).")
    stratification: Stratification | None = field("stratificering", "Stratificeringsmodel (4.2.4).")
