"""Section 4 of a program: organisation (model 4.4, bilag 5 and 6)."""

from __future__ import annotations

from typing import Literal

from .base import Id, Measure, Section, Text, field
from .target_group import CoordinationFormName

TransitionType = Literal[
    "barn_til_voksen", "henvisning_børn_og_unge", "udskrivning", "andet"
]  # fmt: skip


class Responsibility(Section):
    """What one party is responsible for (4.4.1)."""

    party: Id | None = field("part", "Id på parten.")
    tasks: list[Text] = field("opgaver", "Partens opgaver i forløbsprogrammet.", [])
    can_include_citizens: bool | None = field(
        "kan_inkludere_borgere", "Kan parten inkludere borgere i programmet? (true/false)"
    )
    powers: Text | None = field("beføjelser", "Beføjelser over for de andre fagområder.")


class Communication(Section):
    """Procedures for successful communication (4.4.2)."""

    when_and_what: Text | None = field(
        "hvornår_og_hvad", "Hvornår gives hvilken information videre mellem aktører?"
    )
    consent: Text | None = field("samtykke", "Hvordan koordineres indhentning af samtykke?")
    personal_data: Text | None = field(
        "personoplysninger",
        "Hvilke personfølsomme oplysninger kan udveksles, og med hvilken hjemmel?",
    )
    timeliness: Text | None = field("rettidighed", "Hvordan sikres rettidig videregivelse?")
    electronic: Text | None = field("elektronisk", "Elektronisk understøttelse, fx MedCom.")


class CoordinatorFrame(Section):
    """The frame a coordinator function works in (bilag 5, section 3)."""

    who: Text | None = field("hvem", "Hvilke borgere får en koordinator, og hvordan opspores de?")
    tasks: Text | None = field("opgaver", "Hvilke opgaver udfører koordinatoren?")
    anchoring: Text | None = field("forankring", "Hvor er funktionen forankret organisatorisk?")
    powers: Text | None = field("beføjelser", "Beføjelser og beslutningskompetence.")
    ending: Text | None = field("afslutning", "Hvordan afsluttes koordinatorforløbet?")
    competences: Text | None = field("kompetencer", "Hvilke kompetencer skal koordinatoren have?")


class CoordinationForm(Section):
    """A coordination form used in citizen pathways (4.4.4, bilag 5)."""

    form: CoordinationFormName | None = field(
        "form",
        "informationsudveksling, faste_samarbejdsmønstre, koordinatorfunktion, tværfagligt_team "
        "eller organisatorisk_integration (bilag 5).",
    )
    levels: list[Id] = field("niveauer", "Id'er på de stratificeringsniveauer, formen gælder.", [])
    description: Text | None = field("beskrivelse", "Hvordan formen bruges (Markdown).")
    frame: CoordinatorFrame | None = field(
        "ramme", "Rammen for en koordinatorfunktion (bilag 5, afsnit 3)."
    )


class Transition(Section):
    """A transition where the primary coordination passes on (4.4.5, bilag 6)."""

    type: TransitionType | None = field(
        "type", "barn_til_voksen, henvisning_børn_og_unge, udskrivning eller andet (bilag 6)."
    )
    name: Text | None = field("navn", "Overgangens navn, hvis type er 'andet'.")
    from_party: Id | None = field("fra", "Id på den part, ansvaret går fra.")
    to_party: Id | None = field("til", "Id på den part, ansvaret går til.")
    responsible: Id | None = field("ansvarlig", "Id på den part, der har ansvaret for overgangen.")
    deadline_days: int | None = field(
        "frist_dage", "Frist i dage, fx for udskrivningsaftale.", ge=0, le=365
    )
    channel: Text | None = field("kanal", "Kommunikationskanal, fx MedCom-korrespondance.")
    procedure: Text | None = field("procedure", "Procedure for overgangen (Markdown).")


class Organisation(Section):
    """``organisering``: afsnit 4 of a program (4.4)."""

    responsibilities: list[Responsibility] = field(
        "ansvarsfordeling", "Opgave- og ansvarsfordeling (4.4.1).", []
    )
    disagreements: Text | None = field(
        "uenigheder", "Hvordan uoverensstemmelser mellem fagområder løses (4.4.1)."
    )
    communication: Communication | None = field("kommunikation", "Kommunikation (4.4.2).")
    management: list[Measure] = field(
        "ledelsesniveau", "Tiltag for koordination på ledelsesniveau (4.4.3).", []
    )
    coordination_forms: list[CoordinationForm] = field(
        "samarbejdsformer", "Samarbejdsformer i borgerforløb (4.4.4, bilag 5).", []
    )
    transitions: list[Transition] = field("overgange", "Overgange (4.4.5, bilag 6).", [])
