"""The reader's fast path (plain data now, positions on demand) gives exactly what the careful
builder gives: the same data, the same node count, the same positions, the same findings."""

from __future__ import annotations

import pickle
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from forloebkit.loading import fast_reader, read_program_text
from forloebkit.loading.compose import compose
from forloebkit.loading.marks import ComposedMarks, SectionMarks
from forloebkit.loading.reader import (
    _Builder,
    _Irregular,
    _PlainBuilder,
    _tag,
)
from forloebkit.loading.scalars import _FastResolver
from helpers import DATA, EXAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import write_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"

TRICKY = {
    "alias-af-liste": "a: &l [1, 2, {x: y}]\nb: *l\nc: [*l, *l]\n",
    "alias-af-tekst": "a: &t Roskilde Kommune\nb: *t\n",
    "flet": "base: &b {x: 1, y: 2}\nny:\n  <<: *b\n  y: 3\n",
    "flet-liste": "a: &a {x: 1}\nb: &b {y: 2}\nc: {<<: [*a, *b], z: 3}\n",
    "dobbelt": "a: 1\nb: 2\na: 3\n",
    "liste-som-noegle": "? [a, b]\n: 1\n",
    "tal-noegle": "1: a\ntrue: b\nnull: c\n2024-01-01: d\n",
    "eksplicitte-tags": "a: !!str 12\nb: !!int '7'\nc: !!map {x: 1}\nd: !!seq [1]\ne: !!null ''\n",
    "ukendt-tag": "a: !!binary aGVq\n",
    "lokalt-tag": "a: !mit x\n",
    "selv-reference": "a: &a [1, *a]\n",
    "tal-og-datoer": "a: 0o17\nb: 1_000\nc: .inf\nd: 2025-02-30\ne: 2024-01-01 10:00\nf: -0\n",
    "tomme": "a:\nb: []\nc: {}\nd: ''\ne: ~\n",
    "dyb": "a: " + "[" * 120 + "]" * 120 + "\n",
}


def _compose(text: str) -> Any:
    return compose(text)


def _stock_compose(text: str) -> Any:
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _FastResolver
    return yaml.compose(text)


def _flat(node: Any) -> list[tuple[Any, ...]]:
    """Every node of a tree as (kind, tag, line, column, text), without recursion."""
    out: list[tuple[Any, ...]] = []
    stack, seen = ([] if node is None else [node]), set()
    while stack:
        current = stack.pop()
        text = current.value if isinstance(current.value, str) else None
        mark = current.start_mark
        out.append((type(current).__name__, _tag(current), mark.line, mark.column, text))
        if text is None and id(current) not in seen:
            seen.add(id(current))
            for child in reversed(current.value):
                stack.extend(reversed(child) if isinstance(child, tuple) else [child])
    return out


def _texts() -> list[tuple[str, str]]:
    files = [*CORPUS.glob("*.y*ml"), *EXAMPLES.glob("*.yaml"), *DATA.glob("*.yaml")]
    found = []
    for path in sorted(files):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            continue
        found.append((path.name, unicodedata.normalize("NFC", text)))  # as the reader does
    return found + sorted(TRICKY.items())


@pytest.mark.parametrize(("name", "text"), _texts(), ids=[n for n, _ in _texts()])
def test_composer_made_once_gives_the_nodes_and_errors_of_ruamels_compose(
    name: str, text: str
) -> None:
    try:
        expected: Any = _flat(_stock_compose(text))
    except (YAMLError, RecursionError) as exc:
        expected = (type(exc), str(exc))
    try:
        got: Any = _flat(compose(text))
    except (YAMLError, RecursionError) as exc:
        got = (type(exc), str(exc))
    assert got == expected


@pytest.mark.parametrize(("name", "text"), _texts(), ids=[n for n, _ in _texts()])
def test_plain_builder_agrees_with_the_careful_builder(name: str, text: str) -> None:
    try:
        root = _compose(text)
    except (YAMLError, RecursionError):
        return  # the composer refuses it: neither builder is asked
    if root is None:
        return
    careful = _Builder(name)
    try:
        careful_data = careful.build(root, (), 0)
    except Exception:  # refused: the plain builder must step aside too
        careful_data = careful
    plain = _PlainBuilder()
    try:
        plain_data = plain.collection(root, 0)
    except _Irregular:
        return
    assert careful_data is not careful
    assert not careful.findings
    assert plain_data == careful_data
    assert plain.count == careful.visited


def test_tricky_cases_take_the_paths_they_should() -> None:
    regular = {"alias-af-liste", "alias-af-tekst", "tal-noegle", "tal-og-datoer", "tomme"}
    for name, text in TRICKY.items():
        try:
            _PlainBuilder().collection(_compose(text), 0)
            took_fast_path = True
        except _Irregular:
            took_fast_path = False
        assert took_fast_path == (name in regular), name


@pytest.mark.parametrize(("name", "text"), _texts(), ids=[n for n, _ in _texts()])
def test_positions_on_demand_equal_positions_built_at_once(name: str, text: str) -> None:
    read = read_program_text(text, name)
    if read.document is None:
        return
    root = _compose(text)
    careful = _Builder(name)
    careful.build(root, (), 0)
    assert read.document.value_marks.keys() == careful.value_marks.keys()
    assert read.document.key_marks.keys() == careful.key_marks.keys()
    for path, mark in careful.value_marks.items():
        got = read.document.value_marks[path]
        assert (got.line, got.column) == (mark.line, mark.column), path
    for path, mark in careful.key_marks.items():
        got = read.document.key_marks[path]
        assert (got.line, got.column) == (mark.line, mark.column), path


def test_generated_corpus_takes_the_fast_path(tmp_path: Path) -> None:
    for path in write_corpus(tmp_path, 8):
        root = _compose(path.read_text(encoding="utf-8"))
        careful = _Builder(path.name)
        plain = _PlainBuilder()
        assert plain.collection(root, 0) == careful.build(root, (), 0)
        assert plain.count == careful.visited


def test_alias_bomb_is_counted_like_the_careful_builder() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 7)]
    root = _compose("\n".join(lines) + "\n")
    with pytest.raises(_Irregular):
        _PlainBuilder().collection(root, 0)
    read = read_program_text("\n".join(lines) + "\n", "t.yaml")
    assert [f.code for f in read.findings] == ["YML007"]


def test_a_document_with_positions_on_demand_pickles_with_its_positions() -> None:
    document = read_program_text("a:\n  b: [1, 2]\n", "t.yaml").document
    assert document is not None
    copy = pickle.loads(pickle.dumps(document))
    assert copy.data == document.data
    assert copy.position(("a", "b", 1)).line == 2


@pytest.mark.parametrize("fast", [True, False], ids=["hurtig læsning", "ruamel"])
def test_positions_found_at_once_when_asked(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not fast:
        monkeypatch.setenv(fast_reader.SWITCH_OFF, "1")
    text = "a:\n  b: [1, 2]\n"
    lazy = read_program_text(text, "t.yaml").document
    eager = read_program_text(text, "t.yaml", lazy_positions=False).document
    assert lazy is not None and eager is not None
    assert isinstance(lazy._find_marks, SectionMarks if fast else ComposedMarks)
    assert eager._find_marks is None
    assert eager.position(("a", "b", 1)) == lazy.position(("a", "b", 1))
    if fast:  # the section's marks are found; the finder keeps only the text
        assert lazy._find_marks is not None and lazy._sections == {"a"}
    else:  # found on first use, the parser's nodes let go
        assert lazy._find_marks is None


def test_reading_leaves_no_reference_cycles() -> None:
    """Workers pause the garbage collector while they read; nothing may pile up meanwhile."""
    import gc

    text = (EXAMPLES / "skizofreni.yaml").read_text(encoding="utf-8")
    read_program_text(text, "a.yaml")  # warm up: first-time imports and caches
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for _ in range(5):
            read_program_text(text, "a.yaml")
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
