"""Section 6 of a program: follow-up (model 4.6)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from .base import Id, Section, Text, field
from .goals import QualityDimension

IndicatorLevel = Literal["borger_samfund", "fagligt_organisatorisk"]
IndicatorType = Literal["implementering", "kvalitet"]


class FollowUpResponsibility(Section):
    """Who follows up, how often, and who revises the program (4.6.1)."""

    follow_up_by: Text | None = field(
        "opfølgning", "Hvem der følger op: et forum (fx styregruppen) eller en parts id."
    )
    frequency_months: int | None = field(
        "hyppighed_måneder", "Hvor ofte der følges op, i måneder.", ge=1, le=60
    )
    use_of_results: Text | None = field("anvendelse", "Hvem anvender resultaterne, og hvordan?")
    revision_by: Text | None = field("revision", "Hvem har ansvaret for at revidere programmet?")
    successful_implementation: Text | None = field(
        "succesfuld_implementering", "Hvornår er programmet succesfuldt implementeret?"
    )
    next_follow_up: date | None = field("næste_opfølgning", "Dato for næste opfølgning.")


class Indicator(Section):
    """A shared indicator (4.6.2)."""

    id: Id | None = field("id", "Kort id, fx 'i1', som mål henviser til.")
    name: Text | None = field("navn", "Indikatorens navn.")
    level: IndicatorLevel | None = field("niveau", "borger_samfund eller fagligt_organisatorisk.")
    type: IndicatorType | None = field("type", "implementering eller kvalitet.")
    aspect: QualityDimension | None = field(
        "aspekt", "borgeroplevet, faglig, organisatorisk eller samfundsmæssig (4.6)."
    )
    data_source: Text | None = field("datakilde", "Hvor data kommer fra.")
    owner: Id | None = field("ansvarlig", "Id på den part, der ejer indikatoren.")
    frequency_months: int | None = field("hyppighed_måneder", "Opgørelseshyppighed.", ge=1, le=60)
    baseline: Text | None = field("udgangspunkt", "Udgangspunktet (baseline), fx tallet for 2024.")
    target: Text | None = field("mål", "Målværdi, hvis der er én.")


class MonitoringTool(Section):
    """A shared, simple monitoring tool (4.6.3)."""

    name: Text | None = field("navn", "Redskabets navn.")
    description: Text | None = field(
        "beskrivelse", "Hvordan data registreres, opsamles og formidles."
    )


class QualityDevelopment(Section):
    """Quality assurance and development procedures (4.6.4)."""

    procedures: Text | None = field("procedurer", "Procedurer for kvalitetssikring og -udvikling.")
    involvement: Text | None = field(
        "inddragelse", "Hvordan borgere og pårørende inddrages i kvalitetsudviklingen."
    )


class FollowUp(Section):
    """``opfølgning``: afsnit 6 of a program (4.6)."""

    responsibility: FollowUpResponsibility | None = field(
        "ansvar", "Ansvar og hyppighed for opfølgning (4.6.1)."
    )
    indicators: list[Indicator] = field("indikatorer", "Fælles indikatorer (4.6.2).", [])
    monitoring_tools: list[MonitoringTool] = field(
        "monitoreringsredskaber", "Fælles monitoreringsredskaber (4.6.3).", []
    )
    quality_development: QualityDevelopment | None = field(
        "kvalitetsudvikling", "Kvalitetssikring og -udvikling (4.6.4)."
    )
