"""A forgiving read-only view of a program's plain YAML data, for templates.

Rendering works on ``LoadedDocument.data`` rather than on the validated model,
so a program that fails the schema (a misspelt key, a wrong type) still renders:
a value of the wrong shape simply reads as "not filled in". Placeholder text
(``TODO``, ``xxx``, ``Udfyldes ...``) also reads as not filled in.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..placeholders import PLACEHOLDER_START, is_filled, is_placeholder


class Node(dict[str, str | None]):
    """A mapping from the program; every accessor returns a safe, typed value.

    The node is itself a dict of the texts looked up so far (key → text or None),
    filled in on first use by :meth:`__missing__`: templates ask for the same key
    repeatedly (``g["tekst"]|inline if g["tekst"]``), and a key seen before is then
    found without any Python code. Equality and hashing stay those of an object.
    """

    __slots__ = ("_data",)
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __init__(self, data: Any) -> None:
        self._data: dict[str, Any] = data if isinstance(data, dict) else {}

    def __bool__(self) -> bool:
        return _filled_mapping(self._data)

    def __missing__(self, key: str) -> str | None:
        """``node["tekst"]`` in a template: the same as :meth:`text`."""
        value = self._data.get(key)
        if type(value) is str:  # as in scalar_text, without calling it
            first = value[:1]
            if first not in PLACEHOLDER_START:
                self[key] = value
                return value
        text = self[key] = scalar_text(value)
        return text

    def node(self, key: str) -> Node:
        """The mapping under *key* (empty if absent or not a mapping)."""
        return Node(self._data.get(key))

    def nodes(self, key: str) -> list[Node]:
        """The mappings in the list under *key*, skipping empty ones and other values."""
        value = self._data.get(key)
        if not isinstance(value, list):
            return []
        return [Node(v) for v in value if isinstance(v, dict) and _filled_mapping(v)]

    def text(self, key: str) -> str | None:
        """A filled-in scalar as text; None when absent, a placeholder or not a scalar."""
        return self[key]

    def texts(self, key: str) -> list[str]:
        """The filled-in scalars of the list under *key* (a lone scalar counts as one)."""
        value = self._data.get(key)
        items = value if isinstance(value, list) else [value]
        return [t for t in map(scalar_text, items) if t is not None]

    def filled(self, labels: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """(label, text) for each (key, label) of *labels* whose key is filled in, in order."""
        return [(label, text) for key, label in labels if (text := self[key]) is not None]


def _filled_mapping(data: dict[str, Any]) -> bool:
    """``is_filled(data)`` for a mapping, with real text recognised without a call."""
    for value in data.values():
        if type(value) is str:
            first = value[:1]
            if first not in PLACEHOLDER_START:
                return True
            if not is_placeholder(value):
                return True
        elif value is not None and is_filled(value):
            return True
    return False


def scalar_text(value: Any) -> str | None:
    """Text for a filled-in scalar; dates as ÅÅÅÅ-MM-DD, booleans as ja/nej."""
    if type(value) is str:  # most values: no need to ask what else it could be
        first = value[:1]
        if first not in PLACEHOLDER_START:
            return value  # real text: is_placeholder would say so by its first character
        return None if is_placeholder(value) else value
    if not is_filled(value) or isinstance(value, list | dict):
        return None
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
