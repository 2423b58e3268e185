"""A loaded YAML file: plain Python data plus where every node sits in the file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ..findings import START, Position

if TYPE_CHECKING:
    from .marks import MarkFinder

YamlPath = tuple[str | int, ...]


class Mark(Protocol):
    """A parser's 0-based start mark (ruamel's ``Mark``); turned into a Position on demand."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class LoadedDocument:
    """Plain data (dicts, lists, str, int, float, bool, date, None) with positions.

    ``value_marks[path]`` is where the value at *path* starts; ``key_marks[path]``
    is where its key stands (for mapping entries). The parser's marks are kept
    as they are and become 1-based :class:`Position` objects only when asked
    for: most nodes of a clean program are never reported. The reader may pass
    *find_marks* instead of the two maps: they are then found on first use, and
    only those of the sections asked about (most programs have no finding, so
    most never are; see :mod:`.marks`).
    """

    __slots__ = (
        "_find_marks", "_key_marks", "_sections", "_value_marks", "data", "file",
        "nothing_absent", "source",
    )  # fmt: skip

    def __init__(
        self,
        file: str,
        data: Any,
        value_marks: dict[YamlPath, Mark] | None = None,
        key_marks: dict[YamlPath, Mark] | None = None,
        source: str = "",
        *,
        find_marks: MarkFinder | None = None,
        nothing_absent: bool = False,
    ) -> None:
        self.file = file
        self.data = data
        #: The text the data was parsed from (after NFC normalisation), for rules
        #: that must also see comments; "" when the document was built otherwise.
        self.source = source
        #: True only if the reader saw that no value is null or placeholder text, so nothing
        #: counts as absent (:func:`forloebkit.placeholders.drop_absent` would change nothing).
        self.nothing_absent = nothing_absent
        #: None once the two maps hold every mark.
        self._find_marks = find_marks
        found = find_marks is None
        self._value_marks = value_marks if found and value_marks is not None else {}
        self._key_marks = key_marks if found and key_marks is not None else {}
        #: The top-level keys (None: the root) whose marks the maps hold while incomplete.
        self._sections: set[str | None] = set()

    @property
    def value_marks(self) -> dict[YamlPath, Mark]:
        """Where every value starts."""
        return self._marks()[0]

    @property
    def key_marks(self) -> dict[YamlPath, Mark]:
        """Where every mapping entry's key stands."""
        return self._marks()[1]

    def _marks(self) -> tuple[dict[YamlPath, Mark], dict[YamlPath, Mark]]:
        if self._find_marks is not None:
            self._value_marks, self._key_marks = self._find_marks.all()
            self._find_marks = None  # lets the parser's nodes go
        return self._value_marks, self._key_marks

    def _marks_under(self, path: YamlPath) -> tuple[dict[YamlPath, Mark], dict[YamlPath, Mark]]:
        """Maps that hold the marks of *path* and of its prefixes but the root (whose mark is
        ``_marks_under(())``); not all marks, if only some sections were asked about."""
        finder = self._find_marks
        if finder is not None:
            section = path[0] if path else None
            if not (section is None or isinstance(section, str)):
                return self._marks()  # a list at the top: no sections
            if section not in self._sections and not (section is None and () in self._value_marks):
                value_marks, key_marks, complete = finder.under(section)
                if complete:
                    self._value_marks, self._key_marks = value_marks, key_marks
                    self._find_marks = None
                else:
                    self._value_marks.update(value_marks)
                    self._key_marks.update(key_marks)
                    self._sections.add(section)
        return self._value_marks, self._key_marks

    def __getstate__(self) -> dict[str, Any]:
        value_marks, key_marks = self._marks()  # a mark finder does not pickle
        return {
            "file": self.file, "data": self.data, "source": self.source,
            "nothing_absent": self.nothing_absent,
            "_value_marks": value_marks, "_key_marks": key_marks, "_find_marks": None,
            "_sections": set(),
        }  # fmt: skip

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)

    def __repr__(self) -> str:
        return f"LoadedDocument(file={self.file!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoadedDocument):
            return NotImplemented
        return (self.file, self.data, self.source, self._marks()) == (
            other.file, other.data, other.source, other._marks(),
        )  # fmt: skip

    __hash__ = None  # type: ignore[assignment]

    def position(self, path: YamlPath) -> Position:
        """Where the node at *path* is; for a missing node, where its nearest parent is.

        A mapping entry points at its key (the line a planner looks for); a list
        item at the item itself.
        """
        value_marks, key_marks = self._marks_under(path)
        for end in range(len(path), 0, -1):
            prefix = path[:end]
            mark = key_marks.get(prefix) or value_marks.get(prefix)
            if mark is not None:
                return Position.of_mark(mark)
        mark = self._marks_under(())[0].get(())
        return START if mark is None else Position.of_mark(mark)

    def value_position(self, path: YamlPath) -> Position:
        """Where the *value* at *path* starts (falls back like :meth:`position`)."""
        mark = self._marks_under(path)[0].get(path)
        return Position.of_mark(mark) if mark is not None else self.position(path)

    def key_position(self, path: YamlPath) -> Position | None:
        """Where the key of the mapping entry at *path* stands, if there is one."""
        mark = self._marks_under(path)[1].get(path)
        return Position.of_mark(mark) if mark is not None else None

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
