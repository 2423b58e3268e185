"""The plain-text shortcut in markdown_text gives exactly what markdown-it gives."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from forloebkit.rendering.markdown_text import (
    _parser,
    _plain_paragraph,
    heading_anchor,
    tidy_markdown,
    to_html,
    to_inline_html,
)
from helpers import DATA, EXAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import write_corpus


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _all_program_texts(*folders: Path) -> list[str]:
    yaml = YAML(typ="safe", pure=True)
    texts: set[str] = set()
    paths = [*EXAMPLES.glob("*.yaml"), DATA / "udkast-angst.yaml"]
    paths += [path for folder in folders for path in folder.glob("*.yaml")]
    for path in paths:
        texts.update(_strings(yaml.load(path.read_text(encoding="utf-8"))))
    return sorted(texts)


def _differs_from_markdown_it(text: str) -> list[str]:
    """Which of the two filters gives other HTML than markdown-it itself for *text*."""
    wrong = []
    if str(to_html(text)) != _parser().render(text).strip():
        wrong.append("to_html")
    if str(to_inline_html(text)) != _parser().renderInline(" ".join(text.split())):
        wrong.append("to_inline_html")
    return wrong


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
    "    Fire mellemrum giver en kodeblok",
    "\tTabulator giver en kodeblok",
    "\n\n   Tre mellemrum efter tomme linjer\n\n",
    "Linje med\xa0hårdt mellemrum\xa0",
    "Tekst med afsluttende linjeskift\n",
]


def test_shortcut_matches_markdown_it(tmp_path: Path) -> None:
    write_corpus(tmp_path, 16)  # the benchmark corpus's texts too
    texts = [*CRAFTED, *_all_program_texts(tmp_path)]
    assert len(texts) > 300
    assert [(t, _differs_from_markdown_it(t)) for t in texts if _differs_from_markdown_it(t)] == []
    # The shortcut must be the common case, or it would not be worth having.
    assert sum(_plain_paragraph(t) is not None for t in texts) > len(texts) // 2


#: Letters, blanks and every character that means something to CommonMark or to
#: Python's ``strip``, so that generated texts sit on both sides of the shortcut's edge.
_SYNTAX = "*_`[]<>&!#|~\\-+=.)(:'\"0123456789"
_BLANKS = " \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u2028\ufeff\x00"
_WORDS = st.sampled_from(["og", "Borger", "æøå", "ÆØÅ", "x", "1.", "2)", "https://sundhed.dk"])


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.lists(st.one_of(_WORDS, st.sampled_from(" \n\t\xa0")), max_size=12).map("".join),
        st.text(st.sampled_from("abcæøÅ " + _SYNTAX + _BLANKS), max_size=30),
        st.text(max_size=30),
    )
)
def test_shortcut_matches_markdown_it_on_generated_text(text: str) -> None:
    assert _differs_from_markdown_it(text) == []


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


@given(st.text(alphabet="a \n\t\r|"))
def test_tidy_markdown_keeps_at_most_one_blank_line(text: str) -> None:
    assert tidy_markdown(text) == re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
