"""The plain-text shortcut in markdown_text gives exactly what markdown-it gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ruamel.yaml import YAML

from forloebkit.rendering.markdown_text import _parser, heading_anchor, to_html, to_inline_html
from helpers import DATA, EXAMPLES


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _all_program_texts() -> list[str]:
    yaml = YAML(typ="safe", pure=True)
    texts: set[str] = set()
    for path in [*EXAMPLES.glob("*.yaml"), DATA / "udkast-angst.yaml"]:
        texts.update(_strings(yaml.load(path.read_text(encoding="utf-8"))))
    return sorted(texts)


CRAFTED = [
    "Almindelig tekst med æøå og \"citat\" og 'apostrof'.",
    "1. punkt",
    "2024) ikke en liste?",
    "Tekst med *fremhævning*",
    "Tekst med `kode`",
    "Linje  \nmed hårdt linjeskift",
    "Hej\tmed tab",
    "Egenomsorgsevne: 5 % > 3 %",
    "Se https://sundhed.dk for mere",
    "  Indrykket tekst",
    "Overskrift\n===",
    "- punkt",
    "Tekst med \\ skråstreg",
    "a & b",
    "Æbler og pærer",
]


def test_shortcut_matches_markdown_it() -> None:
    texts = [*CRAFTED, *_all_program_texts()]
    assert len(texts) > 300
    block = [t for t in texts if str(to_html(t)) != _parser().render(t).strip()]
    inline = [
        t for t in texts if str(to_inline_html(t)) != _parser().renderInline(" ".join(t.split()))
    ]
    assert block == [] and inline == []


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("1 Fælles mål og fælles forståelse", "1-fælles-mål-og-fælles-forståelse"),
        ("Om programmet", "om-programmet"),
        ("Udgiv programmer: forloeb render", "udgiv-programmer-forloeb-render"),
    ],
)
def test_heading_anchor_like_github(heading: str, anchor: str) -> None:
    assert heading_anchor(heading) == anchor
