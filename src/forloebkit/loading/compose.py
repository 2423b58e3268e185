"""ruamel's C composer: the node tree that defines what a program file means."""

from __future__ import annotations

from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
from ruamel.yaml.nodes import Node

from .scalars import _FastResolver


class _Composer(CParser, _FastResolver):  # type: ignore[misc]
    """ruamel's C parser and composer with the fast resolver.

    The same parts that ``YAML(typ="safe", pure=False).compose`` puts together,
    but as one class made once: ruamel makes a new loader class for every
    parse, which cost about 0.2 ms per file and left garbage cycles behind.
    """

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        self._parser = self._composer = self
        _FastResolver.__init__(self, version=None, loadumper=self)


def compose(text: str) -> Node | None:
    """The node tree of the single document in *text* (raises ruamel's errors)."""
    composer = _Composer(text)
    try:
        return composer.get_single_node()  # type: ignore[no-any-return]
    finally:
        composer.dispose()
        # ruamel's parts find each other through attributes that point back at the composer;
        # cleared, it is freed at once instead of waiting for the garbage collector (which is
        # paused while files are read).
        composer.__dict__.clear()
