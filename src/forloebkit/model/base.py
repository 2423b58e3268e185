"""Shared building blocks for the program model.

YAML keys are Danish (the field *alias*); Python attribute names are English,
following ``shared/design/glossary.md``. Every model forbids unknown keys so a
misspelt key becomes a finding instead of being silently ignored.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..placeholders import drop_absent

#: Free text. Every free-text field accepts Markdown.
Text = str

#: An identifier that other parts of the program refer to (party, level,
#: intervention, indicator, goal). Lower case, digits, '-' and '_'.
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-zæøå0-9][a-zæøå0-9_-]*$", min_length=1, max_length=64),
]


class Section(BaseModel):
    """Base class: Danish aliases, unknown keys forbidden, frozen after load."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=False,
        frozen=True,
        str_strip_whitespace=False,
    )

    @classmethod
    def yaml_keys(cls) -> tuple[str, ...]:
        """The YAML keys this section allows, in the schema's order."""
        return _yaml_keys(cls)

    @model_validator(mode="before")
    @classmethod
    def _empty_is_absent(cls, data: Any) -> Any:
        """A key left empty (``målgruppe:``) or holding only a placeholder (``TODO``)
        counts as not written yet, so it is reported by the checklist, not the schema."""
        return drop_absent(data, _known_keys(cls))


@cache
def _yaml_keys(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(info.alias or name for name, info in model.model_fields.items())


@cache
def _known_keys(model: type[BaseModel]) -> frozenset[str]:
    """:func:`_yaml_keys` for look-ups (drop_absent asks once per key of every mapping)."""
    return frozenset(_yaml_keys(model))


def field(alias: str, description: str, default: Any = None, **kwargs: Any) -> Any:
    """A model field with a Danish YAML key and a Danish description.

    Pass ``...`` as *default* for a required key. The description ends up in the JSON Schema, where editors show it as hover
    text, so it is written for the planner who edits the YAML.
    """
    if isinstance(default, list | dict):
        factory = type(default)
        return Field(default_factory=factory, alias=alias, description=description, **kwargs)
    return Field(default, alias=alias, description=description, **kwargs)


class Measure(Section):
    """A measure with the parties responsible for it (used in 4.1.2 and 4.4.3)."""

    action: Text | None = field("tiltag", "Hvad der gøres.")
    responsible: list[Id] = field("ansvarlig", "Id'er på de parter, der har ansvaret.", [])
