"""The metadata block (``program:``): title, status, parties, agreement period."""

from __future__ import annotations

from datetime import date
from typing import Literal

from .base import Id, Section, Text, field

ProgramStatus = Literal["udkast", "høring", "godkendt", "udgået"]
PartyType = Literal["region", "kommune", "praksissektor", "civil", "andet"]


class Party(Section):
    """A party to the program: region, municipality, practice sector or civil actor."""

    id: Id = field("id", "Kort id, som resten af programmet henviser til, fx 'roskilde'.", ...)
    name: Text = field("navn", "Partens navn, fx 'Roskilde Kommune'.", ...)
    type: PartyType = field("type", "region, kommune, praksissektor, civil eller andet.", ...)
    description: Text | None = field("beskrivelse", "Hvem hos parten, der deltager.")


class HealthAgreement(Section):
    """The health-agreement period the program belongs to (chapter 3)."""

    name: Text | None = field("navn", "Sundhedsaftalens navn, fx 'Sundhedsaftalen 2024-2027'.")
    valid_from: date | None = field("gyldig_fra", "Første gyldighedsdag (ÅÅÅÅ-MM-DD).")
    valid_to: date | None = field("gyldig_til", "Sidste gyldighedsdag (ÅÅÅÅ-MM-DD).")


class Approval(Section):
    """An approval of the program by a political or administrative body."""

    body: Text = field(
        "organ", "Det organ, der har godkendt, fx 'Sundhedskoordinationsudvalget'.", ...
    )
    approved_on: date | None = field("dato", "Godkendelsesdato (ÅÅÅÅ-MM-DD).")


class Revision(Section):
    """When the program was last revised and how often it must be."""

    latest: date | None = field("senest", "Dato for seneste revision (ÅÅÅÅ-MM-DD).")
    frequency_months: int | None = field(
        "hyppighed_måneder", "Hvor mange måneder der højst går mellem revisioner.", ge=1, le=120
    )
    next: date | None = field("næste", "Planlagt dato for næste revision (ÅÅÅÅ-MM-DD).")


class ProgramMetadata(Section):
    """The ``program:`` block that opens every program."""

    title: Text = field(
        "titel", "Programmets titel, fx 'Forløbsprogram for voksne med skizofreni'.", ...
    )
    version: str | None = field("version", 'Versionsnummer som tekst, fx "1.0".')
    status: ProgramStatus | None = field("status", "udkast, høring, godkendt eller udgået.")
    summary: Text | None = field("resumé", "Et kort resumé til læseren (Markdown).")
    health_agreement: HealthAgreement | None = field(
        "sundhedsaftale", "Den sundhedsaftale, programmet hører under."
    )
    parties: list[Party] = field("parter", "Alle parter; andre afsnit henviser til deres id.", [])
    approvals: list[Approval] = field(
        "godkendelser", "Politiske og administrative godkendelser.", []
    )
    revision: Revision | None = field("revision", "Seneste revision og revisionshyppighed.")
