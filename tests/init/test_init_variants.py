"""What each target group gets: child-specific fields and transitions, or discharge (bilag 6)."""

from __future__ import annotations

import re

from ruamel.yaml import YAML

TRANSITIONS = {
    "unge": ["barn_til_voksen", "henvisning_børn_og_unge"],
    "voksne": ["udskrivning"],
    "blandet": ["barn_til_voksen", "henvisning_børn_og_unge", "udskrivning"],
}
FOR_CHILDREN = {"unge": True, "voksne": False, "blandet": True}


def test_transitions_follow_the_age_groups(variant: str, scaffold: str) -> None:
    suggested = re.findall(r"^    - type:  # UDFYLD: (\w+)", scaffold, flags=re.MULTILINE)
    assert suggested == TRANSITIONS[variant]
    data = YAML(typ="safe").load(scaffold)
    transitions = data["organisering"]["overgange"]
    region = data["program"]["parter"][0]["id"]
    for kind, entry in zip(suggested, transitions, strict=True):
        assert entry["type"] is None  # to confirm: an item is only met once it is written
        if kind == "henvisning_børn_og_unge":
            assert entry["til"] == region  # referral goes to the regional psychiatry
        if kind == "udskrivning":
            assert entry["fra"] == region  # discharge from a regional ward


def test_child_specific_fields_and_parties(variant: str, scaffold: str) -> None:
    children = FOR_CHILDREN[variant]
    data = YAML(typ="safe").load(scaffold)
    assert ("børn_og_unge" in data["indsatser"]["katalog"][0]) is children
    municipality = next(p for p in data["program"]["parter"] if p["type"] == "kommune")
    assert ("PPR, skoler, dagtilbud" in municipality["beskrivelse"]) is children
    assert ("jobcentret" in municipality["beskrivelse"]) is (variant != "unge")
    assert ("# For børn og unge også: proaktive og pædagogisk-psykologiske" in scaffold) is children
    assert ("# Husk misbrugsbehandling" in scaffold) is (variant != "unge")


def test_age_groups_and_parties_are_filled_in(variant: str, scaffold: str) -> None:
    data = YAML(typ="safe").load(scaffold)
    expected = {"unge": ["unge"], "voksne": ["voksne"], "blandet": ["børn", "unge", "voksne"]}
    assert data["målgruppe"]["aldersgrupper"] == expected[variant]
    ids = [p["id"] for p in data["program"]["parter"]]
    assert [r["part"] for r in data["organisering"]["ansvarsfordeling"]] == ids
    assert [m["part"] for m in data["implementering"]["styregruppe"]["medlemmer"]] == ids
    assert data["program"]["status"] == "udkast"
    assert data["program"]["version"] == "0.1"
