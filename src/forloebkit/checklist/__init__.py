"""The generic model's checklist (chapter 4), read from ``tjekliste.yaml``.

The data file holds the model's own wording; this module only gives it types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

#: One step of a field path: a key, or ``None`` for "every item of the list".
PathStep = str | None
_STEP = re.compile(r"([^.\[\]]+)|\[\*\]")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field that contributes to a checklist item, e.g. ``målgruppe.overblik.etablering``."""

    path: str
    label: str
    steps: tuple[PathStep, ...]

    def __reduce__(self) -> tuple[type[FieldSpec], tuple[str, str, tuple[PathStep, ...]]]:
        """Pickled as its fields: faster than the dataclass default for slotted classes."""
        return (FieldSpec, (self.path, self.label, self.steps))


@dataclass(frozen=True, slots=True)
class SubItem:
    """A sub-decision of an item (only 3.2 has them: a, b, c)."""

    letter: str
    text: str
    fields: tuple[FieldSpec, ...]

    def number(self, parent: str) -> str:
        return f"{parent}{self.letter}"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One checklist item with its code, the model's wording and its fields."""

    number: str
    code: str
    name: str
    section: int
    model_section: str
    text: str
    guidance: str
    example: str
    fields: tuple[FieldSpec, ...]
    subitems: tuple[SubItem, ...]

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickled by number: worker processes send results, not the checklist's texts."""
        return (_item_by_number, (self.number,))


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One of the six sections of a program."""

    number: int
    title: str
    model_section: str
    key: str


@dataclass(frozen=True, slots=True)
class Checklist:
    sections: tuple[SectionSpec, ...]
    items: tuple[ChecklistItem, ...]

    def item(self, number: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.number == number), None)

    def numbers(self) -> list[str]:
        """Every number a ``tjekliste:`` entry may use: items and sub-decisions."""
        out: list[str] = []
        for item in self.items:
            out.append(item.number)
            out.extend(sub.number(item.number) for sub in item.subitems)
        return out


def parse_path(path: str) -> tuple[PathStep, ...]:
    """``"a.b[*].c"`` → ``("a", "b", None, "c")``."""
    steps: list[PathStep] = []
    for match in _STEP.finditer(path):
        steps.append(match.group(1))
    return tuple(steps)


def _fields(raw: list[dict[str, str]]) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(f["sti"], f["navn"], parse_path(f["sti"])) for f in raw)


def _item(raw: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        number=raw["nummer"],
        code=raw["kode"],
        name=raw["navn"],
        section=int(raw["nummer"].split(".")[0]),
        model_section=raw["modelafsnit"],
        text=" ".join(raw["tekst"].split()),
        guidance=" ".join(raw["vejledning"].split()),
        example=raw.get("eksempel", ""),
        fields=_fields(raw.get("felter", [])),
        subitems=tuple(
            SubItem(s["bogstav"], " ".join(s["tekst"].split()), _fields(s["felter"]))
            for s in raw.get("delpunkter", [])
        ),
    )


@cache
def load_checklist() -> Checklist:
    """The checklist shipped with the package (read once per process)."""
    # Beside this module (as resources.py finds templates): importlib.resources costs ~10 ms.
    text = Path(__file__).with_name("tjekliste.yaml").read_text(encoding="utf-8")
    raw = YAML(typ="safe", pure=False).load(text)
    sections = tuple(
        SectionSpec(s["nummer"], s["titel"], s["modelafsnit"], s["nøgle"]) for s in raw["afsnit"]
    )
    return Checklist(sections, tuple(_item(i) for i in raw["punkter"]))


@cache
def items_by_number() -> dict[str, ChecklistItem]:
    """The shipped checklist's items by number (``"3.2"``)."""
    return {item.number: item for item in load_checklist().items}


def _item_by_number(number: str) -> ChecklistItem:
    """The shipped checklist item numbered *number* (unpickling a :class:`ChecklistItem`)."""
    return items_by_number()[number]
