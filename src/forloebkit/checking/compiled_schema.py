"""The fast path of schema validation: pydantic-core without building the pydantic models.

``check`` needs the validation *errors* of a program, not model instances.
Building the pydantic models costs about 130 ms per process (more than all the
rest of a one-file check), so the models' core schema is compiled once, at
development time, into ``program.core-schema.json`` beside this module: the
same validators with model classes replaced by plain field validators and the
model's before-validator (empty or placeholder values count as absent) by
:func:`forloebkit.placeholders.drop_absent`, which the models use too.
``check`` loads that file into a ``SchemaValidator`` in a few milliseconds.

Same core validators, same errors: ``tests/test_fast_schema.py`` proves that
this path and ``Program.model_validate`` report identical findings on every
test program and on the generated benchmark corpus, and that the committed
file is what the models compile to today. After changing the model, run::

    uv run python -m forloebkit.checking.compiled_schema
"""

from __future__ import annotations

import json
from functools import cache, partial
from pathlib import Path
from typing import Any

from ..placeholders import drop_absent

SCHEMA_FILE = Path(__file__).with_name("program.core-schema.json")
_DROPPED_KEYS = frozenset(
    {"metadata", "serialization", "cls", "custom_init", "root_model", "config"}
)
_FACTORIES: dict[str, type] = {"list": list, "dict": dict}


def compile_core_schema() -> dict[str, Any]:
    """The program model's core schema as JSON-able data (imports the pydantic models)."""
    from ..model import Program
    from ..model.base import Section

    def ref(value: str) -> str:
        return value.split(":", 1)[0]  # pydantic appends the class's id(): not stable

    def convert(node: Any) -> Any:
        if isinstance(node, list | tuple):
            return [convert(item) for item in node]
        if isinstance(node, type) and node in (list, dict):
            return {"$factory": node.__name__}
        if callable(node):
            owner = getattr(node, "__self__", None)
            if getattr(node, "__func__", None) is Section._empty_is_absent.__func__ and owner:
                return {"$absent": list(owner.yaml_keys())}
            raise TypeError(f"Ukendt funktion i kerneskemaet: {node!r}")
        if not isinstance(node, dict):
            return node
        if node.get("type") == "model":
            inner = convert(node["schema"])
            fields = inner["schema"] if inner.get("type") == "function-before" else inner
            fields["extra_behavior"] = node["config"].get("extra_fields_behavior", "ignore")
            inner["ref"] = ref(node["ref"])
            return inner
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED_KEYS:
                continue
            if key == "fields" and node.get("type") == "model-fields":  # keys are field names
                out[key] = {name: convert(field) for name, field in value.items()}
            elif key in ("ref", "schema_ref"):
                out[key] = ref(value)
            else:
                out[key] = convert(value)
        return out

    result = convert(Program.__pydantic_core_schema__)
    assert isinstance(result, dict)
    return result


def compiled_json() -> str:
    return json.dumps(compile_core_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _rehydrate(node: Any) -> Any:
    if isinstance(node, list):
        return [_rehydrate(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$absent" in node:
        return partial(drop_absent, known=frozenset(node["$absent"]))
    if "$factory" in node:
        return _FACTORIES[node["$factory"]]
    return {key: _rehydrate(value) for key, value in node.items()}


@cache
def _compiled() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


@cache
def fast_validator() -> Any:
    """A ``pydantic_core.SchemaValidator`` for whole programs, from the compiled file."""
    from pydantic_core import SchemaValidator

    return SchemaValidator(_rehydrate(_compiled()))


@cache
def validator_without_absent() -> Any:
    """:func:`fast_validator` without the before-validators that drop absent values, for
    documents in which nothing is absent (``LoadedDocument.nothing_absent``): there
    :func:`~forloebkit.placeholders.drop_absent` returns every mapping as it is, so both
    validators report the same errors; this one skips about 160 Python calls per program."""
    from pydantic_core import SchemaValidator

    return SchemaValidator(_rehydrate(_without_absent(_compiled())))


def _without_absent(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_absent(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "function-before" and "$absent" in node["function"]["function"]:
        inner = _without_absent(node["schema"])
        return {**inner, "ref": node["ref"]} if "ref" in node else inner
    return {key: _without_absent(value) for key, value in node.items()}


def section_keys_at(loc: tuple[str | int, ...]) -> list[str]:
    """The YAML keys of the section whose mapping is at *loc* (a path into a document), in the
    order of its ``yaml_keys()``; [] if no section belongs there.

    Read from the compiled file, so a message about an unknown key does not have to build
    the pydantic models (about 0.15 s per process). Walks the schema as
    ``checking.schema`` once walked the model classes: ``X | None`` and defaults are looked
    through, a list index steps into a list's items, a mapping key into a field (by its
    alias) or a ``dict``'s values.
    """
    schema = _compiled()
    node: dict[str, Any] | None = schema["schema"]
    for part in loc:
        node = _look_through(node, into_list=isinstance(part, int))
        if node is None:
            return []
        if isinstance(part, int):
            continue
        fields = _fields(node)
        if fields is not None:
            node = next(
                (f["schema"] for n, f in fields.items() if f.get("validation_alias", n) == part),
                None,
            )
        elif node.get("type") == "dict":
            node = node["values_schema"]
        else:
            return []
    node = _look_through(node, into_list=False)
    if node is None or node.get("type") != "function-before":
        return []
    return list(node["function"]["function"].get("$absent", []))


def _look_through(node: dict[str, Any] | None, *, into_list: bool) -> dict[str, Any] | None:
    definitions = _definitions()
    while node is not None:
        kind = node.get("type")
        if kind == "definition-ref":
            node = definitions[node["schema_ref"]]
        elif kind in ("nullable", "default"):
            node = node["schema"]
        else:
            break
    if into_list and node is not None and node.get("type") == "list":
        return node["items_schema"]  # type: ignore[no-any-return]
    return node


def _fields(node: dict[str, Any]) -> dict[str, Any] | None:
    if node.get("type") == "function-before":
        node = node["schema"]
    return node["fields"] if node.get("type") == "model-fields" else None


@cache
def _definitions() -> dict[str, Any]:
    return {d["ref"]: d for d in _compiled().get("definitions", [])}


def main() -> None:
    from ..files import write_atomically

    write_atomically(SCHEMA_FILE, compiled_json())
    print(f"Skrev {SCHEMA_FILE}")


if __name__ == "__main__":
    main()
