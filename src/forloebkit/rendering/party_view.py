"""What a program asks of one party (``forloeb render --part roskilde``)."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Party, ProgramView
from .data_view import Node


@dataclass(slots=True)
class PartyView:
    """The parts of a program that name one party, in the program's order."""

    party: Party
    responsibilities: list[Node]
    shared_knowledge: list[Node]
    management: list[Node]
    interventions: list[Node]
    transitions: list[Node]
    steering_members: list[Node]
    agents: list[Node]
    local_plans: list[Node]
    indicators: list[Node]


class UnknownPartyError(LookupError):
    """The requested party id is not among the program's parties."""

    def __init__(self, party_id: str, known: list[str]) -> None:
        super().__init__(party_id)
        self.party_id = party_id
        self.known = known


def build_party_view(program: ProgramView, party_id: str) -> PartyView:
    """Select everything in *program* that names *party_id*."""
    party = next((p for p in program.parties if p.id == party_id), None)
    if party is None:
        raise UnknownPartyError(party_id, [p.id for p in program.parties if p.id])
    root = program.root
    goals = root.node("fælles_mål_og_forståelse")
    organisation = root.node("organisering")
    implementation = root.node("implementering")

    def names(node: Node, *keys: str) -> bool:
        return any(party_id in node.texts(key) for key in keys)

    return PartyView(
        party=party,
        responsibilities=[n for n in organisation.nodes("ansvarsfordeling") if names(n, "part")],
        shared_knowledge=[
            n for n in goals.nodes("fælles_viden_og_respekt") if names(n, "ansvarlig")
        ],
        management=[n for n in organisation.nodes("ledelsesniveau") if names(n, "ansvarlig")],
        interventions=[n for n in root.node("indsatser").nodes("katalog") if names(n, "ansvarlig")],
        transitions=[
            n for n in organisation.nodes("overgange") if names(n, "fra", "til", "ansvarlig")
        ],
        steering_members=[
            n for n in implementation.node("styregruppe").nodes("medlemmer") if names(n, "part")
        ],
        agents=[
            n
            for n in implementation.node("kompetenceudvikling").nodes("implementeringsagenter")
            if names(n, "part")
        ],
        local_plans=[n for n in implementation.nodes("lokale_planer") if names(n, "part")],
        indicators=[
            n for n in root.node("opfølgning").nodes("indikatorer") if names(n, "ansvarlig")
        ],
    )
