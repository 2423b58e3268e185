"""A loaded YAML file: plain Python data plus where every node sits in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..findings import START, Position

YamlPath = tuple[str | int, ...]


@dataclass(slots=True)
class LoadedDocument:
    """Plain data (dicts, lists, str, int, float, bool, date, None) with positions.

    ``value_positions[path]`` is where the value at *path* starts;
    ``key_positions[path]`` is where its key stands (for mapping entries).
    """

    file: str
    data: Any
    value_positions: dict[YamlPath, Position] = field(default_factory=dict)
    key_positions: dict[YamlPath, Position] = field(default_factory=dict)
    #: The text the data was parsed from (after NFC normalisation), for rules
    #: that must also see comments; "" when the document was built otherwise.
    source: str = ""

    def position(self, path: YamlPath) -> Position:
        """Where the node at *path* is; for a missing node, where its nearest parent is.

        A mapping entry points at its key (the line a planner looks for); a list
        item at the item itself.
        """
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            pos = self.key_positions.get(prefix) or self.value_positions.get(prefix)
            if pos is not None:
                return pos
        return START

    def value_position(self, path: YamlPath) -> Position:
        """Where the *value* at *path* starts (falls back like :meth:`position`)."""
        pos = self.value_positions.get(path)
        return pos if pos is not None else self.position(path)

    def get(self, path: YamlPath) -> Any:
        """The value at *path*, or ``None`` if any step is missing."""
        node: Any = self.data
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or part >= len(node):
                    return None
            elif not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node
