"""The guidance `forloeb init` writes as comments: ``templates/init/vejledning.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import templates_dir

GUIDANCE_FILE = Path("init") / "vejledning.yaml"


@dataclass(frozen=True, slots=True)
class FieldGuidance:
    """What the data file says about one path; every part is optional."""

    section: str | None = None
    text: str | None = None
    inspiration: tuple[str, ...] = ()
    children: str | None = None
    adults: str | None = None
    placeholder: str | None = None
    example: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Guidance:
    #: Top-level key → the sentence under its banner.
    sections: dict[str, FieldGuidance]
    #: Path such as ``indsatser.katalog[*].navn`` → guidance for that field.
    fields: dict[str, FieldGuidance]

    def field(self, path: str) -> FieldGuidance:
        return self.fields.get(path) or _EMPTY

    def section_of(self, path: str) -> str | None:
        """The model section for *path*: its own, or the nearest ancestor's."""
        probe = path
        while probe:
            own = self.fields.get(probe)
            if own is not None and own.section:
                return own.section
            probe = _parent(probe)
        return None


_EMPTY = FieldGuidance()


@cache
def load_guidance() -> Guidance:
    from ruamel.yaml import YAML

    raw = YAML(typ="safe").load((templates_dir() / GUIDANCE_FILE).read_text(encoding="utf-8"))
    return Guidance(
        sections={k: _entry(v) for k, v in raw["afsnit"].items()},
        fields={k: _entry(v) for k, v in raw["felter"].items()},
    )


def _entry(raw: dict[str, Any]) -> FieldGuidance:
    def text(key: str) -> str | None:
        value = raw.get(key)
        return None if value is None else " ".join(str(value).split())

    return FieldGuidance(
        section=text("afsnit"),
        text=text("tekst"),
        inspiration=tuple(" ".join(str(s).split()) for s in raw.get("inspiration", [])),
        children=text("børn_og_unge"),
        adults=text("voksne"),
        placeholder=text("pladsholder"),
        example=tuple(str(s) for s in raw.get("eksempel", [])),
    )


def _parent(path: str) -> str:
    """'a.b[*].c' → 'a.b', 'a.b' → 'a', 'a' → ''."""
    head, _, _ = path.rpartition(".")
    return head.removesuffix("[*]")
