"""The allowed keys in SKM003 messages come from the compiled core schema, not the model
classes; both must name the same keys at every place in a program."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from forloebkit.checking.compiled_schema import section_keys_at
from forloebkit.loading import read_program_file
from forloebkit.model import Program
from forloebkit.model.base import Section
from helpers import DATA, EXAMPLES

Loc = tuple[str | int, ...]


def _unwrap(annotation: Any, into_list: bool) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else annotation
        origin = typing.get_origin(annotation)
    if into_list and origin is list:
        return typing.get_args(annotation)[0]
    return annotation


def _keys_from_models(loc: Loc) -> list[str]:
    """The model-walking version the compiled schema replaced."""
    current: Any = Program
    for part in loc:
        current = _unwrap(current, isinstance(part, int))
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next(
                (f for n, f in current.model_fields.items() if (f.alias or n) == part), None
            )
            if field is None:
                return []
            current = field.annotation
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    current = _unwrap(current, False)
    if isinstance(current, type) and issubclass(current, Section):
        return list(current.yaml_keys())
    return []


def _places() -> set[Loc]:
    places: set[Loc] = {(), ("ukendt",), ("program", "ukendt", "x"), ("tjekliste", "2.4"),
                        ("program", 0), ("program", "parter", "x")}  # fmt: skip
    for path in sorted([*EXAMPLES.glob("*.yaml"), *DATA.glob("*.yaml")]):
        document = read_program_file(path).document
        assert document is not None
        for loc in document.value_marks:
            places.update({loc, (*loc, "ukendt"), (*loc, 0)})
    return places


def test_compiled_schema_and_models_allow_the_same_keys_everywhere() -> None:
    places = _places()
    assert len(places) > 1000
    with_keys = 0
    for loc in places:
        expected = _keys_from_models(loc)
        assert section_keys_at(loc) == expected, loc
        with_keys += bool(expected)
    assert with_keys > 100
