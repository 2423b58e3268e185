"""A read-only view of a loaded program for the cross-cutting rules.

The cross-cutting rules work on the plain data (``LoadedDocument.data``), not on
the validated model, so a schema error in one section never hides a finding in
another. Every accessor here is defensive: an odd shape (a text where a list
belongs, a number where an id belongs) yields nothing instead of raising.

Placeholder text (``TODO``, ``UDFYLD: ...``) counts as absent: absent content is
the checklist's job, so the cross-cutting rules stay silent about it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..findings import Finding
from ..placeholders import is_placeholder
from .base import Rule

if TYPE_CHECKING:  # loading imports the rules package; avoid the cycle at run time
    from ..loading import LoadedDocument

YamlPath = tuple[str | int, ...]

#: Party types that must each take part with a local plan and agents (4.5).
REGION_AND_MUNICIPALITY = frozenset({"region", "kommune"})

#: Keys that say what kind an entry is (ids, fixed choices) rather than what it says. A
#: scaffold may fill these in ahead of time, so they do not make an entry "written".
INTERVENTION_KINDS = (
    "id", "område", "forløbsdele", "ansvarlig", "niveauer", "børn_og_unge", "vidensgrundlag",
)  # fmt: skip
TRANSITION_KINDS = ("type", "fra", "til", "ansvarlig")
INDICATOR_KINDS = ("id", "niveau", "type", "aspekt", "ansvarlig")
GOAL_KINDS = ("id", "dimension", "indikatorer")
LEVEL_KINDS = ("id", "samarbejdsform")
FORM_KINDS = ("form", "niveauer")


def text(value: Any) -> str | None:
    """*value* as real text, or None for non-text, empty text and placeholders."""
    if isinstance(value, str) and not is_placeholder(value):
        return value.strip()
    return None


def has_text(value: Any) -> bool:
    """True when *value* is, or holds, text that is not a placeholder."""
    if isinstance(value, str):
        return not is_placeholder(value)
    if isinstance(value, list):
        return any(has_text(v) for v in value)
    if isinstance(value, dict):
        return any(has_text(v) for v in value.values())
    return False


def is_real_entry(entry: Any, ignore: Iterable[str] = ()) -> bool:
    """True for a mapping with real text in a key other than *ignore*.

    A scaffold entry such as ``{type: udskrivning, ansvarlig: "UDFYLD: ...",
    frist_dage: 5}`` has only its kind and default numbers filled in, so it is not
    real yet: numbers, dates and booleans alone do not make an entry written.
    """
    if not isinstance(entry, dict):
        return False
    skip = ignore if isinstance(ignore, tuple | frozenset | set) else tuple(ignore)
    for key, value in entry.items():
        if key in skip:
            continue
        if isinstance(value, str):  # most entries: the first written text decides
            if not is_placeholder(value):
                return True
        elif has_text(value):
            return True
    return False


Entries = tuple[tuple[YamlPath, dict[str, Any]], ...]


@dataclass(slots=True)
class ProgramView:
    """The loaded program plus the run's date, with the lists the rules share found once.

    Several rules read the same lists (the catalogue, the transitions, the indicators),
    so :meth:`entries`, :meth:`real_entries`, :meth:`expand_values` and :meth:`ids`
    remember what they found for this program. The data is not changed while a
    program is checked, so what they return stays true; callers must not change it.
    """

    doc: LoadedDocument
    today: date
    _ids: dict[str, tuple[dict[str, YamlPath], list[tuple[YamlPath, str]]]] = field(
        default_factory=dict
    )
    _entries: dict[YamlPath, Entries] = field(default_factory=dict)
    _real: dict[tuple[YamlPath, tuple[str, ...]], Entries] = field(default_factory=dict)
    _expanded: dict[tuple[str, ...], list[tuple[YamlPath, Any]]] = field(default_factory=dict)
    _parties: Entries | None = None

    @property
    def file(self) -> str:
        return self.doc.file

    def get(self, path: YamlPath) -> Any:
        return self.doc.get(path)

    def entries(self, path: YamlPath) -> Entries:
        """The mapping items of the list at *path*, with their paths."""
        found = self._entries.get(path)
        if found is None:
            items = self.get(path)
            if isinstance(items, list):
                found = tuple(
                    ((*path, index), item)
                    for index, item in enumerate(items)
                    if isinstance(item, dict)
                )  # fmt: skip
            else:
                found = ()
            self._entries[path] = found
        return found

    def real_entries(self, path: YamlPath, ignore: tuple[str, ...] = ()) -> Entries:
        """Like :meth:`entries`, but only entries with real content (see :func:`is_real_entry`)."""
        key = (path, ignore)
        found = self._real.get(key)
        if found is None:
            found = tuple((p, e) for p, e in self.entries(path) if is_real_entry(e, ignore))
            self._real[key] = found
        return found

    def expand(self, pattern: tuple[str, ...]) -> Iterator[YamlPath]:
        """The paths matching *pattern*, where ``"*"`` stands for every item of a list."""
        for path, _ in self.expand_values(pattern):
            yield path

    def expand_values(self, pattern: tuple[str, ...]) -> list[tuple[YamlPath, Any]]:
        """Like :meth:`expand`, with the value at each path. Patterns that share a beginning
        (``organisering.overgange[*].fra`` and ``.til``) share the walk to it."""
        found = self._expanded.get(pattern)
        if found is not None:
            return found
        if not pattern:
            found = [((), self.doc.data)]
        else:
            step = pattern[-1]
            found = []
            for path, node in self.expand_values(pattern[:-1]):
                if step == "*":
                    if isinstance(node, list):
                        found.extend(((*path, i), item) for i, item in enumerate(node))
                elif isinstance(node, dict) and step in node:
                    found.append(((*path, step), node[step]))
        self._expanded[pattern] = found
        return found

    def ids(self, kind: str, path: YamlPath) -> dict[str, YamlPath]:
        """First occurrence of each id in the list at *path* (``path[*].id``), cached by *kind*."""
        return self._id_index(kind, path)[0]

    def duplicate_ids(self, kind: str, path: YamlPath) -> list[tuple[YamlPath, str]]:
        """The ids at *path* used by an earlier entry too, with their paths, in order."""
        return self._id_index(kind, path)[1]

    def _id_index(
        self, kind: str, path: YamlPath
    ) -> tuple[dict[str, YamlPath], list[tuple[YamlPath, str]]]:
        index = self._ids.get(kind)
        if index is None:
            first: dict[str, YamlPath] = {}
            again: list[tuple[YamlPath, str]] = []
            for entry_path, entry in self.entries(path):
                ident = text(entry.get("id"))
                if ident is None:
                    continue
                if ident in first:
                    again.append(((*entry_path, "id"), ident))
                else:
                    first[ident] = (*entry_path, "id")
            index = self._ids[kind] = (first, again)
        return index

    def parties(self) -> Entries:
        """The parties in ``program.parter`` that have a real id."""
        if self._parties is None:
            entries = self.entries(("program", "parter"))
            self._parties = tuple((p, e) for p, e in entries if text(e.get("id")))
        return self._parties

    def age_groups(self) -> set[str]:
        groups = self.get(("målgruppe", "aldersgrupper"))
        return {g for g in groups if isinstance(g, str)} if isinstance(groups, list) else set()

    def finding(self, rule: Rule, path: YamlPath, message: str, hint: str = "") -> Finding:
        return rule.finding(self.file, self.doc.position(path), path, message, hint)


#: A cross-cutting check: findings for one program.
Check = Callable[[ProgramView], Iterable[Finding]]


def party_label(entry: dict[str, Any]) -> str:
    """How a party is named in a message: its name, else its id."""
    return text(entry.get("navn")) or str(entry.get("id"))
