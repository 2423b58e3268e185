"""Where a document's nodes sit: ruamel's marks, found when something asks for one.

Most programs have no finding, so their positions are never needed, and the
reader leaves them to be found on first use (a :class:`MarkFinder`). For the
text that :mod:`.fast_reader` read, that means composing it again with ruamel:
about 4 ms for a 40 KB program, more than the rest of its check.

A finding names a path in one section, so :class:`SectionMarks` composes only
the lines of that section. A program is a mapping, and each of its top-level
keys stands at the start of a line; the lines from one key up to the next hold
that key's whole entry, and composed alone (after as many empty lines as come
before them, so lines are counted alike) they give the same nodes with the same
marks. Why that holds, and when it falls back to composing the whole text, is
told at :meth:`SectionMarks.section_starts`.
"""

from __future__ import annotations

import re
from typing import Protocol

from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode

from .compose import compose
from .document import Mark, YamlPath

Marks = tuple[dict[YamlPath, Mark], dict[YamlPath, Mark]]
#: :meth:`MarkFinder.under`'s answer: marks as in :data:`Marks`, and whether they are all.
SectionMarksFound = tuple[dict[YamlPath, Mark], dict[YamlPath, Mark], bool]


class MarkFinder(Protocol):
    """Finds a document's ``(value_marks, key_marks)`` on demand."""

    def all(self) -> Marks:
        """Every mark of the document."""

    def under(self, key: str | None) -> SectionMarksFound:
        """At least the marks of the top-level *key*'s entry (None: the root's own mark), and
        True if these are all of the document's marks."""


def find_marks(root: Node) -> Marks:
    """The marks of a composed ordinary document (see ``reader._PlainBuilder``).

    The marks the careful ``reader._Builder`` records, without building the data
    again: an ordinary document has no merge keys and no duplicate keys, and a
    key's path step is its text. As there, an alias of a collection gets the
    anchored node's mark and nothing below it (the data reuses the collection).
    """
    value_marks: dict[YamlPath, Mark] = {}
    key_marks: dict[YamlPath, Mark] = {}
    seen: set[int] = set()

    def visit(node: Node, path: YamlPath) -> None:
        value_marks[path] = node.start_mark
        kind = type(node)
        if kind is ScalarNode or id(node) in seen:
            return
        seen.add(id(node))
        if kind is MappingNode:
            for key_node, value_node in node.value:
                child = (*path, str(key_node.value))
                key_marks[child] = key_node.start_mark
                visit(value_node, child)
        else:
            for index, item in enumerate(node.value):
                visit(item, (*path, index))

    visit(root, ())
    return value_marks, key_marks


def marks_of_text(text: str) -> Marks:
    """The marks of a document that :mod:`.fast_reader` read, found by composing *text*.

    ruamel reads every such text (the fast reader gives data only where the two
    agree); should it not, the findings point at the start of the file.
    """
    try:
        root = compose(text)
    except (YAMLError, RecursionError):
        return {}, {}
    return find_marks(root) if root is not None else ({}, {})


class ComposedMarks:
    """The finder for a document whose nodes the reader composed already."""

    __slots__ = ("_root",)

    def __init__(self, root: Node) -> None:
        self._root = root

    def all(self) -> Marks:
        return find_marks(self._root)

    def under(self, key: str | None) -> SectionMarksFound:
        return (*self.all(), True)


#: A line on which a top-level entry may start: anything but a blank, a line break, a
#: comment or a sequence entry's dash (``-`` before a blank or the line's end).
_ENTRY = r"[^ \n#-]|-[^ \n]"
_ENTRY_LINE = re.compile(_ENTRY)
_AFTER_LINE_BREAK = re.compile(rf"\n(?={_ENTRY})")


class SectionMarks:
    """The finder for a document that :mod:`.fast_reader` read: one section at a time."""

    __slots__ = ("_index", "_keys", "_looked", "_starts", "_text")

    def __init__(self, text: str, keys: list[str]) -> None:
        self._text = text
        self._keys = keys
        #: Each key's place in *keys*, made when a position is first asked for (most
        #: documents have no finding and never ask).
        self._index: dict[str, int] | None = None
        self._starts: list[int] | None = None
        self._looked = False  # for _starts

    def all(self) -> Marks:
        return marks_of_text(self._text)

    def under(self, key: str | None) -> SectionMarksFound:
        if self._index is None:
            self._index = {name: index for index, name in enumerate(self._keys)}
        index = 0 if key is None else self._index.get(key)
        if index is None:
            return {}, {}, False  # no such entry: nothing under it has a mark
        if not self._looked:
            self._starts, self._looked = section_starts(self._text, self._keys), True
        starts = self._starts
        if starts is None:
            return (*self.all(), True)
        text = self._text
        begin = 0 if index == 0 else starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        try:
            root = compose("\n" * text.count("\n", 0, begin) + text[begin:end])
        except (YAMLError, RecursionError):  # an alias of an anchor in another section
            return (*self.all(), True)
        if type(root) is not MappingNode or len(root.value) != 1:
            return (*self.all(), True)  # not expected (see section_starts); to be safe
        value_marks, key_marks = find_marks(root)
        if index:
            del value_marks[()]  # the root's own mark is where the first section starts
        return value_marks, key_marks, False


def section_starts(text: str, keys: list[str]) -> list[int] | None:
    """Where the lines of each of *keys* (the top-level keys, in order) start in *text*, or
    None if the lines do not show them plainly.

    Each top-level key of a block mapping stands at the start of a line. Every
    line that starts with something else than a blank, a comment or a sequence
    entry's dash is taken to start an entry; the lines of a value (block text,
    nested entries, continued plain text) are indented, or start with a dash
    (``- x`` under a key). So if there are as many such lines as keys, and each
    starts with its key and a colon, they are the keys' lines. Anything unusual
    has more such lines, or one that does not start so, and is composed whole:
    ``---``, a top-level ``{...}``, a quoted key, a quoted or flow value whose
    lines go on at the left margin, a text with CR line breaks.
    """
    if "\r" in text:
        return None
    starts = [0] if _ENTRY_LINE.match(text) else []
    starts.extend(match.end() for match in _AFTER_LINE_BREAK.finditer(text))
    if len(starts) != len(keys):
        return None
    for start, key in zip(starts, keys, strict=True):
        if not text.startswith(f"{key}:", start):
            return None
    return starts
