"""How a plain scalar is typed: ruamel's YAML 1.2 resolver, made fast, and the values built.

Shared by the reader (ruamel's C composer) and the fast reader (yaml-rs), which
must type every scalar exactly as the reader does.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

#: Deeper nesting than this is refused (a real program nests about 6 levels).
MAX_DEPTH = 100

_TAG = "tag:yaml.org,2002:"
#: A plain ÅÅÅÅ-MM-DD date (the schema names text of this shape in its messages too).
DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STR, _NULL, _BOOL, _TIMESTAMP = (_TAG + t for t in ("str", "null", "bool", "timestamp"))
_MAP, _SEQ, _MERGE = (_TAG + t for t in ("map", "seq", "merge"))
#: ruamel's own parsing of YAML 1.2 numbers (0o17, 1_000, .inf) and timestamps with a time.
#: These methods keep no state, so one constructor serves every file.
_CONSTRUCTOR = YAML(typ="safe", pure=True).constructor
_SCALAR_CONSTRUCTORS = {
    _TAG + "int": SafeConstructor.construct_yaml_int,
    _TAG + "float": SafeConstructor.construct_yaml_float,
    _TAG + "timestamp": SafeConstructor.construct_yaml_timestamp,
}


class _FastResolver(VersionedResolver):
    """ruamel's YAML 1.2 resolver with its per-scalar look-ups done once.

    The stock resolver re-derives the YAML version through a failing attribute
    look-up for every scalar, which was two thirds of the parse time. The
    tables are the same, so the tags are the same. Every tag it returns is one
    shared ``Tag`` object per tag (see :func:`_shared_tag`; for collections the
    resolver's own defaults), so the builder can tell a plain text or an
    untagged collection by identity.
    """

    _table: dict[str, tuple[tuple[Tag, re.Pattern[str]], ...]] | None = None
    #: Plain scalars seen before (keys such as ``id`` and ``navn`` repeat a lot).
    _seen: dict[str, Tag] = {}  # noqa: RUF012 - a process-wide cache on purpose

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not ScalarNode:  # the resolver's shared DEFAULT_MAPPING_TAG and the like
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return _STR_TAG
        seen = _FastResolver._seen
        tag = seen.get(value)
        if tag is not None:
            return tag
        table = _FastResolver._table
        if table is None:
            by_char = self.versioned_resolver
            table = {k: tuple((_shared_tag(t), r) for t, r in v) for k, v in by_char.items()}
            _FastResolver._table = table
        tag = _STR_TAG
        for candidate, regexp in table.get(value[:1], ()):
            if regexp.match(value):
                tag = candidate
                break
        if len(value) <= 64:
            if len(seen) >= 50_000:
                seen.clear()
            seen[value] = tag
        return tag

    # The composer calls these two around every node. They track path resolvers, and no
    # path resolver is ever registered (the stock methods return at once for that reason),
    # so the calls are made as cheap as a call can be: 0.2-0.3 ms of a 40 KB program.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


_SHARED_TAGS: dict[str, Tag] = {}


def _shared_tag(suffix: str) -> Tag:
    """One ``Tag`` object per resolved tag (ruamel makes a new one per node otherwise)."""
    tag = _SHARED_TAGS.get(suffix)
    if tag is None:
        tag = _SHARED_TAGS[suffix] = Tag(suffix=suffix)
    return tag


_STR_TAG = _shared_tag(_STR)
_MAP_TAG = VersionedResolver.DEFAULT_MAPPING_TAG
_SEQ_TAG = VersionedResolver.DEFAULT_SEQUENCE_TAG


_UNSUPPORTED = object()


def _scalar_value(node: ScalarNode, tag: str) -> Any:
    """The Python value of a scalar with the full tag *tag*; ``_UNSUPPORTED`` for other tags."""
    value: str = node.value
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() == "true"
    if tag == _TIMESTAMP and DATE_TEXT.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # an impossible date such as 2025-02-30: the schema reports it
    construct = _SCALAR_CONSTRUCTORS.get(tag)
    if construct is None:
        return _UNSUPPORTED
    try:
        return construct(_CONSTRUCTOR, node)
    except (ValueError, YAMLError):
        return value
