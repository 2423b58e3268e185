"""A loaded YAML file: plain Python data plus where every node sits in the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..findings import START, Position

YamlPath = tuple[str | int, ...]


class Mark(Protocol):
    """A parser's 0-based start mark (ruamel's ``Mark``); turned into a Position on demand."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


@dataclass(slots=True)
class LoadedDocument:
    """Plain data (dicts, lists, str, int, float, bool, date, None) with positions.

    ``value_marks[path]`` is where the value at *path* starts; ``key_marks[path]``
    is where its key stands (for mapping entries). The parser's marks are kept
    as they are and become 1-based :class:`Position` objects only when asked
    for: most nodes of a clean program are never reported.
    """

    file: str
    data: Any
    value_marks: dict[YamlPath, Mark] = field(default_factory=dict)
    key_marks: dict[YamlPath, Mark] = field(default_factory=dict)
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
            mark = self.key_marks.get(prefix) or self.value_marks.get(prefix)
            if mark is not None:
                return Position(mark.line + 1, mark.column + 1)
        return START

    def value_position(self, path: YamlPath) -> Position:
        """Where the *value* at *path* starts (falls back like :meth:`position`)."""
        mark = self.value_marks.get(path)
        return Position(mark.line + 1, mark.column + 1) if mark is not None else self.position(path)

    def key_position(self, path: YamlPath) -> Position | None:
        """Where the key of the mapping entry at *path* stands, if there is one."""
        mark = self.key_marks.get(path)
        return Position(mark.line + 1, mark.column + 1) if mark is not None else None

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
