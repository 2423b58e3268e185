"""Section 1 of a program: shared goals and shared understanding (model 4.1)."""

from __future__ import annotations

from typing import Literal

from .base import Id, Measure, Section, Text, field

#: The four quality dimensions of goals (4.1.1) and of follow-up (4.6).
QualityDimension = Literal["borgeroplevet", "faglig", "organisatorisk", "samfundsmæssig"]


class Goal(Section):
    """A shared goal with its dimension, success criterion and indicators (4.1.1)."""

    id: Id | None = field("id", "Kort id, fx 'm1', som indikatorer kan knyttes til.")
    text: Text | None = field("tekst", "Målet i én eller to sætninger.")
    dimension: QualityDimension | None = field(
        "dimension", "borgeroplevet, faglig, organisatorisk eller samfundsmæssig (4.1.1)."
    )
    success_criterion: Text | None = field(
        "succeskriterium", "Hvornår målet er nået, gerne målbart."
    )
    indicators: list[Id] = field("indikatorer", "Id'er på indikatorer i afsnit 6.", [])


class SharedGoals(Section):
    """``fælles_mål_og_forståelse``: afsnit 1 of a program (4.1)."""

    goals: list[Goal] = field("mål", "Fælles mål for forløbsprogrammet (4.1.1).", [])
    shared_knowledge: list[Measure] = field(
        "fælles_viden_og_respekt",
        "Tiltag der sikrer fælles viden og gensidig respekt på tværs (4.1.2).",
        [],
    )
