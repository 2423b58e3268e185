"""The root of a program file."""

from __future__ import annotations

from typing import Literal

from .base import Section, Text, field
from .follow_up import FollowUp
from .goals import SharedGoals
from .implementation import Implementation
from .interventions import Interventions
from .metadata import ProgramMetadata
from .organisation import Organisation
from .target_group import TargetGroup

#: The schema versions this release reads.
SCHEMA_VERSION = 1


class ChecklistDecision(Section):
    """An explicit decision on one checklist item, e.g. that it does not apply."""

    not_applicable: Text | None = field(
        "ikke_relevant", "Begrundelse for, at punktet ikke er relevant for dette program."
    )


class Program(Section):
    """A forløbsprogram: metadata plus the six sections of the generic model (chapter 4)."""

    schema_version: Literal[1] = field("skemaversion", "Skemaets version. Skriv 1.", ...)
    metadata: ProgramMetadata = field("program", "Titel, status, parter og gyldighed.", ...)
    shared_goals: SharedGoals | None = field(
        "fælles_mål_og_forståelse", "Afsnit 1: Fælles mål og fælles forståelse (4.1)."
    )
    target_group: TargetGroup | None = field("målgruppe", "Afsnit 2: Målgruppe (4.2).")
    interventions: Interventions | None = field("indsatser", "Afsnit 3: Indsatser (4.3).")
    organisation: Organisation | None = field("organisering", "Afsnit 4: Organisering (4.4).")
    implementation: Implementation | None = field(
        "implementering", "Afsnit 5: Implementering (4.5)."
    )
    follow_up: FollowUp | None = field("opfølgning", "Afsnit 6: Opfølgning (4.6).")
    checklist: dict[str, ChecklistDecision] = field(
        "tjekliste",
        "Udtrykkelige beslutninger om tjeklistepunkter, fx "
        '{"2.4": {"ikke_relevant": "<begrundelse>"}}.',
        {},
    )
