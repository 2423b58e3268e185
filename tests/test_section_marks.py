"""Positions found one section at a time (forloebkit.loading.marks.SectionMarks).

tests/test_fast_reader.py checks on every text the fast reader reads (examples,
test data, the generated corpus and generated documents) that each section's
marks equal the marks of the whole document; here: where the sections are, when
the whole text is composed instead, and that a position costs only its section.
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from forloebkit.findings import Position
from forloebkit.loading import LoadedDocument, YamlPath, marks, read_program_text
from forloebkit.loading.compose import compose
from forloebkit.loading.marks import section_starts

PROGRAM = """\
# En kommentar øverst
# og en til

a: 1
b:
  c: tekst
  # en kommentar i b
  d:
  - x
  - y: 2
e:
- f: |
    blok
    tekst
- g
h: fortsat
  tekst over to linjer
"""


def _read(text: str) -> LoadedDocument:
    document = read_program_text(text, "t.yaml").document
    assert document is not None
    return document


def _careful(text: str) -> LoadedDocument:
    document = read_program_text(text, "t.yaml", lazy_positions=False).document
    assert document is not None
    return document


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The texts the section finder composes, as their lines that are not empty."""
    texts: list[list[str]] = []

    def spy(text: str) -> Any:
        texts.append([line for line in text.split("\n") if line])
        return compose(text)

    monkeypatch.setattr(marks, "compose", spy)
    return texts


def test_sections_start_at_each_top_level_key() -> None:
    lines = PROGRAM.split("\n")
    starts = section_starts(PROGRAM, ["a", "b", "e", "h"])
    assert starts is not None
    assert [PROGRAM.count("\n", 0, start) for start in starts] == [3, 4, 10, 15]
    assert [lines[3][:2], lines[4][:2], lines[10][:2], lines[15][:2]] == ["a:", "b:", "e:", "h:"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("---\na: 1\nb: 2\n", ["a", "b"]),  # a document start line
        ('"a": 1\nb: 2\n', ["a", "b"]),  # a quoted key
        ("a: [1,\n2]\nb: 2\n", ["a", "b"]),  # a flow collection that goes on at the margin
        ('a: "x\ny"\nb: 2\n', ["a", "b"]),  # a quoted text that goes on at the margin
        ("a: 1\rb: 2\r", ["a", "b"]),  # CR line breaks
        ("{a: 1, b: 2}\n", ["a", "b"]),  # a flow mapping at the top
        ("a: 1\nb: 2\n", ["a", "b", "c"]),  # keys that the text does not hold
    ],
)
def test_unusual_texts_are_composed_whole(text: str, keys: list[str]) -> None:
    assert section_starts(text, keys) is None


def test_a_finding_composes_only_its_section(composed: list[list[str]]) -> None:
    document = _read(PROGRAM)
    assert document.position(("b", "d", 1, "y")) == Position(10, 5)
    assert composed == [["b:", "  c: tekst", "  # en kommentar i b", "  d:", "  - x", "  - y: 2"]]
    assert document.key_position(("e",)) == Position(11, 1)
    assert document.value_position(("e", 0, "f")) == Position(12, 6)
    assert len(composed) == 2 and composed[1][0] == "e:"
    assert document.position(("b", "c")) == Position(6, 3)  # found before: nothing composed
    assert len(composed) == 2


def test_a_missing_section_points_at_the_root_from_the_first_lines(
    composed: list[list[str]],
) -> None:
    document = _read(PROGRAM)
    assert document.position(("mangler", "x")) == Position(4, 1)
    assert composed == [["# En kommentar øverst", "# og en til", "a: 1"]]


def test_every_position_is_the_whole_documents() -> None:
    careful = _careful(PROGRAM)
    paths: list[YamlPath] = [(), *careful.value_marks, *careful.key_marks, ("x", "y"), ("b", "z")]
    for path in paths:
        document = _read(PROGRAM)  # each path found from scratch
        assert document.position(path) == careful.position(path), path
        assert document.value_position(path) == careful.value_position(path), path
        assert document.key_position(path) == careful.key_position(path), path


def test_an_alias_of_another_sections_anchor_composes_the_whole_text(
    composed: list[list[str]],
) -> None:
    text = "a: &x\n  k: 1\nb: *x\nc:\n  - 1\n"
    document = _read(text)
    assert document.value_position(("b",)) == Position(1, 4)  # where the anchor stands
    assert _careful(text).value_position(("b",)) == Position(1, 4)
    assert len(composed) == 2  # the section alone fails (no such anchor), then the whole text
    assert document._find_marks is None  # and every mark is known now
    assert document.position(("c", 0)) == Position(5, 5)
    assert len(composed) == 2


def test_a_document_with_some_sections_found_pickles_with_every_mark() -> None:
    document = _read(PROGRAM)
    document.position(("b", "c"))
    copy = pickle.loads(pickle.dumps(document))
    assert copy.value_marks.keys() == _careful(PROGRAM).value_marks.keys()
    assert copy.position(("h",)) == Position(16, 1)
