"""The fast reader (yaml-rs) gives exactly ruamel's data, or steps aside.

One invariant, checked on every shipped file, a generated corpus, hand-written
cases aimed at each known difference between yaml-rs and ruamel, and generated
documents: for a text T, ``read_plain(T)`` is None, or ruamel reads T without a
finding into equal data with the same Python types (date, str, int, float,
bool, None) and the same key order. ruamel's reading is ``read_program_text``
with FORLOEB_UDEN_HURTIG_LAESNING set, the way a user switches the fast reader off.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml_rs
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forloebkit.checking import CheckOptions
from forloebkit.checking.run import check_file
from forloebkit.findings import Finding, Position
from forloebkit.loading import fast_reader, read_program_bytes, read_program_text
from forloebkit.loading.compose import compose
from forloebkit.loading.discovery import Discovered
from forloebkit.loading.fast_reader import (
    _SIMPLE_FLOW,
    SWITCH_OFF,
    _count,
    _number_runs,
    _occurrences,
    _unusual_characters,
    read_plain,
    read_plain_noting_absent,
)
from forloebkit.loading.marks import SectionMarks, marks_of_text
from forloebkit.loading.reader import _Builder
from forloebkit.loading.scalars import MAX_DEPTH
from helpers import DATA, EXAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import write_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"
FILES = sorted([*EXAMPLES.glob("*.yaml"), *CORPUS.glob("*.y*ml"), *DATA.glob("*.yaml")])
TODAY = date(2026, 1, 15)

pytestmark = pytest.mark.skipif(not fast_reader.enabled(), reason="yaml-rs er ikke installeret")


# --- the invariant ------------------------------------------------------------------------------


def same(a: Any, b: Any) -> bool:
    """Equal data with the same types all the way down (True is not 1, a date not its text),
    the same key order, and floats equal to the bit (-0.0, nan)."""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if type(a) is list:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is float:
        return repr(a) == repr(b) or (math.isnan(a) and math.isnan(b))
    return bool(a == b)


def ruamel_read(text: str) -> tuple[Any, list[Finding]]:
    """(data or None, findings) as the reader gives them with the fast reader switched off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SWITCH_OFF, "1")
        assert not fast_reader.enabled()
        read = read_program_text(text, "x.yaml")
    return (None if read.document is None else read.document.data), read.findings


def builder_read(text: str) -> Any:
    """ruamel's data by the reader's parts (composer and careful builder), or None."""
    try:
        root = compose(text)
    except Exception:
        return None
    if root is None:
        return None
    builder = _Builder("x.yaml")
    try:
        data = builder.build(root, (), 0)
    except Exception:
        return None
    return data if not builder.findings and type(data) is dict else None


def assert_invariant(text: str) -> Any:
    """read_plain(text) is None or ruamel's data; returns read_plain's answer."""
    fast = read_plain(text)
    if fast is not None:
        data, findings = ruamel_read(text)
        assert findings == [], (text, fast, [f.message for f in findings])
        assert same(fast, data), (text, fast, data)
        careful = _careful_marks(text)
        assert _lines_and_columns(marks_of_text(text)) == careful
        assert_sections_agree(text, list(fast), careful)
    return fast


def assert_sections_agree(text: str, keys: list[str], careful: tuple[dict[Any, Any], ...]) -> None:
    """Each section's marks, composed alone, are the whole document's marks under its key."""
    finder = SectionMarks(text, keys)
    for key in [None, *keys]:
        value_marks, key_marks, complete = finder.under(key)
        got = _lines_and_columns((value_marks, key_marks))
        if complete:
            assert got == careful, (text, key)
            continue
        for found, marks in zip(got, careful, strict=True):
            assert found.items() <= marks.items(), (text, key)  # more may come, all right
            under = {path for path in marks if (path[:1] == (key,) if path else key is None)}
            assert under <= found.keys(), (text, key)


def _lines_and_columns(marks: tuple[dict[Any, Any], dict[Any, Any]]) -> tuple[dict[Any, Any], ...]:
    return tuple({path: (m.line, m.column) for path, m in found.items()} for found in marks)


def _careful_marks(text: str) -> tuple[dict[Any, Any], ...]:
    """The marks of ruamel's careful builder, which explains every problem."""
    builder = _Builder("t.yaml")
    root = compose(text)
    assert root is not None
    builder.build(root, (), 0)
    return _lines_and_columns((builder.value_marks, builder.key_marks))


def assert_fast(text: str, expected: Any) -> None:
    """The fast reader takes *text* and gives exactly *expected* (which is ruamel's too)."""
    assert same(assert_invariant(text), expected), (text, read_plain(text), expected)


def assert_ruamel_only(text: str) -> None:
    """The fast reader steps aside for *text* (ruamel reads it, or explains why not)."""
    assert read_plain(text) is None, (text, read_plain(text))


def _texts(paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            continue  # the reader refuses it before any parsing
        found.append((path.name, unicodedata.normalize("NFC", text)))
    return found


# --- shipped files and a generated corpus ----------------------------------------------------------

FILE_TEXTS = _texts(FILES)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("hurtig-korpus"), 12)


@pytest.mark.parametrize(("name", "text"), FILE_TEXTS, ids=[n for n, _ in FILE_TEXTS])
def test_every_shipped_file_reads_as_ruamel_reads_it(name: str, text: str) -> None:
    assert_invariant(text)
    fast = read_plain(text)
    assert fast is None or same(fast, builder_read(text))


def test_examples_and_test_data_take_the_fast_path() -> None:
    """A regression that silently sends every file to ruamel fails here."""
    for path in [*EXAMPLES.glob("*.yaml"), *DATA.glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        assert assert_invariant(text) is not None, path.name


def test_the_corpus_files_that_take_the_fast_path() -> None:
    """Most corpus files are broken on purpose; the ordinary ones take the fast path, and the
    broken ones do not."""
    taken = {name for name, text in _texts(sorted(CORPUS.glob("*.y*ml"))) if read_plain(text)}
    assert taken >= {
        "crlf.yaml", "emoji.yaml", "haarde-mellemrum.yaml", "mac-cr.yaml", "nfd-noegler.yaml",
        "noegle-med-mellemrum.yaml", "nul-bredde-tegn-i-noegle.yaml", "stavefejl-noegle.yaml",
        "tal-i-stedet-for-dato.yaml", "tekst-i-stedet-for-liste.yaml", "ugyldig-vaerdi.yaml",
        "ukendt-noegle.yaml", "ukendt-skemaversion.yaml", "umulig-dato.yaml", "utf-8-bom.yaml",
        "yml-endelse.yml",
    }  # fmt: skip
    assert not taken & {
        "alias-bombe.yaml", "binary-tag.yaml", "dobbelt-noegle.yaml",
        "flere-dokumenter.yaml", "flette-noegle.yaml", "kontroltegn.yaml", "kun-kommentarer.yaml",
        "liste-oeverst.yaml", "liste-som-noegle.yaml", "python-objekt-tag.yaml",
        "rekursivt-alias.yaml", "tabulator-indrykning.yaml", "tekst-oeverst.yaml", "tom.yaml",
        "uafsluttet-citat.yaml", "ukendt-alias.yaml", "meget-lang-noegle.yaml",
    }  # fmt: skip


def test_generated_programs_take_the_fast_path_and_read_as_ruamel_reads_them(
    generated: list[Path],
) -> None:
    for path in generated:
        text = path.read_text(encoding="utf-8")
        fast = assert_invariant(text)
        assert fast is not None, path.name
        assert same(fast, builder_read(text)), path.name


def _positions(text: str, name: str) -> tuple[dict[Any, Position], dict[Any, Position]]:
    read = read_program_text(text, name)
    assert read.document is not None, name
    values = {p: Position.of_mark(m) for p, m in read.document.value_marks.items()}
    keys = {p: Position.of_mark(m) for p, m in read.document.key_marks.items()}
    return values, keys


def test_positions_are_ruamels_on_the_fast_path(
    generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [(n, t) for n, t in FILE_TEXTS if read_plain(t) is not None]
    texts += [(p.name, p.read_text(encoding="utf-8")) for p in generated[:4]]
    assert len(texts) > 20
    fast = {name: _positions(text, name) for name, text in texts}
    monkeypatch.setenv(SWITCH_OFF, "1")
    for name, text in texts:
        values, keys = _positions(text, name)
        assert len(values) > 1, name
        assert fast[name] == (values, keys), name


def _findings(path: Path) -> list[tuple[str, int, int, str, str, str]]:
    found = Discovered(path, path.name, explicit=True)
    result = check_file(found, CheckOptions(today=TODAY), keep_documents=False)
    findings = getattr(result, "findings", None)
    if findings is None:  # skipped: not a program
        return [("skipped", 0, 0, str(getattr(result, "reason", result)), "", "")]
    return [(f.code, f.line, f.column, f.message, f.hint, str(f.path)) for f in findings]


def test_check_finds_the_same_with_and_without_the_fast_reader(
    generated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [*FILES, *generated]
    fast = {path: _findings(path) for path in paths}
    monkeypatch.setenv(SWITCH_OFF, "1")
    slow = {path: _findings(path) for path in paths}
    assert fast == slow
    with_findings = [p for p in generated if any(f[0] != "skipped" for f in fast[p])]
    assert with_findings, "the generated corpus has programs with findings"
    assert any(f[1] > 1 for p in with_findings for f in fast[p]), "findings point at lines"


@pytest.mark.parametrize(
    ("text", "nothing_absent"),
    [
        ("a: tekst\nb: [1, 2.5, true, 2024-01-01]\nc: {d: Tovholder}\n", True),
        ("TODO: tekst\n", True),  # keys are never absent
        ("a:\n", False),
        ("a: ~\n", False),
        ("a: ''\n", False),
        ("a: '  '\n", False),
        ("a: TODO skrives senere\n", False),
        ("a: [x, ...]\n", False),
        ("a:\n  b:\n    - c: <beskriv>\n", False),
    ],
)
def test_the_reader_notes_absent_values(text: str, nothing_absent: bool) -> None:
    read = read_plain_noting_absent(text)
    assert read is not None and read[1] is nothing_absent
    document = read_program_text(text, "t.yaml").document
    assert document is not None and document.nothing_absent is nothing_absent


def test_the_careful_reader_never_claims_nothing_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SWITCH_OFF, "1")
    document = read_program_text("a: tekst\n", "t.yaml").document
    assert document is not None and not document.nothing_absent


def test_switching_off_sends_everything_to_ruamel(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: 1\n"
    assert read_program_text(text, "x").document is not None
    for value, on in (("", True), ("0", True), ("1", False), ("ja", False)):
        monkeypatch.setenv(SWITCH_OFF, value)
        assert fast_reader.enabled() is on
    monkeypatch.delenv(SWITCH_OFF)
    assert fast_reader.enabled()


# --- hand-written cases, one group per difference -----------------------------------------------

D = date(2024, 1, 1)


def test_ordinary_shapes_take_the_fast_path_with_ruamels_types() -> None:
    assert_fast("a: 2024-01-01\n", {"a": D})
    assert_fast("a: '2024-01-01'\nb: \"2024-01-02\"\n", {"a": "2024-01-01", "b": "2024-01-02"})
    assert_fast("a: [2024-01-01, 2024-01-01]\n", {"a": [D, D]})
    assert_fast("a:\n  - 2024-01-01\n  - x\n", {"a": [D, "x"]})
    assert_fast("a: {b: 2024-01-01}\n", {"a": {"b": D}})
    assert_fast("a: 2024-01-01 # 2024-01-01\n", {"a": D})  # a comment after a value: both plain
    assert_fast("a: 2.1\nb: '2.2'\n", {"a": 2.1, "b": "2.2"})
    assert_fast("a: \"true\"\nb: 'null'\nc: '~'\n", {"a": "true", "b": "null", "c": "~"})
    assert_fast("a: true\nb: False\nc: null\nd: ~\ne:\n", {
        "a": True, "b": False, "c": None, "d": None, "e": None})  # fmt: skip
    assert_fast("a: yes\nb: on\nc: tRue\nd: nUll\n", {"a": "yes", "b": "on", "c": "tRue",
                                                      "d": "nUll"})  # fmt: skip
    assert_fast("a: ''\nb: \"\"\n", {"a": "", "b": ""})
    assert_fast("a: 2025-02-30\n", {"a": "2025-02-30"})  # an impossible date stays text
    assert_fast("a: 2024-01-01 10:00\n", {"a": "2024-01-01 10:00"})
    assert_fast("a: 2024-1-1\n", {"a": "2024-1-1"})
    assert_fast("2024-01-01: a\n=: b\n", {"2024-01-01": "a", "=": "b"})  # keys keep their text
    assert_fast("---\na: 1\n...\n", {"a": 1})
    assert_fast("--- {a: 1}\n", {"a": 1})
    assert_fast("{a: 1, b: [x, {c: d}]}\n", {"a": 1, "b": ["x", {"c": "d"}]})
    assert_fast("a: {b, c}\nd: [e: 1]\n", {"a": {"b": None, "c": None}, "d": [{"e": 1}]})


def test_ambiguous_text_values_decided_by_their_occurrences() -> None:
    # quoted and plain occurrences of the same value: ruamel decides
    assert_ruamel_only("a: 2024-01-01\nb: '2024-01-01'\n")
    assert_ruamel_only('a: [2024-01-01, "2024-01-01"]\n')
    assert_ruamel_only('a: true\nb: "true"\n')
    # the value also stands as a key, in prose, in a block text or in a comment line
    assert_ruamel_only("a: 2024-01-01\n2024-01-01: x\n")
    # prose holding the value is no scalar of its own
    assert_fast("a: '2.1'\nb: Version 2.1 skærper\n", {"a": "2.1", "b": "Version 2.1 skærper"})
    assert_fast("a: 2024-01-01\nb: fra 2024-01-01 til\n", {"a": D, "b": "fra 2024-01-01 til"})
    # a timestamp with a time is a datetime to ruamel: it decides
    assert_ruamel_only("a: 2024-01-01T10:00:00Z\n")
    assert_ruamel_only("a: 2024-01-01 10:00:00\n")
    assert_ruamel_only("a: |-\n  2024-01-01\n")
    assert_ruamel_only("a: |-\n  2024-01-01\nb: 2024-01-01\n")
    assert_ruamel_only('a: "2024-01-01"\nb: |\n  - 2024-01-01\n')
    assert_fast('a: "2024-01-01"\n# 2024-01-01\n', {"a": "2024-01-01"})  # a comment: no scalar
    assert_ruamel_only("a: >\n  2024-01-01\n")
    assert_fast("a: |\n  - 2024-01-01 og mere\n", {"a": "- 2024-01-01 og mere\n"})
    # an escape may spell the value: ruamel decides
    assert_ruamel_only('a: "\\x32024-01-01"\n')
    assert_ruamel_only('a: "2024-01-01"\nb: "\\t"\n')
    assert_ruamel_only("a: '1.0'\nb: \"1\\u002e0\"\n")
    # quoted values folded over lines are text in both
    assert_fast("a: '2024-01-01\n  x'\n", {"a": "2024-01-01 x"})


def _occurrences_one_by_one(text: str, value: str, anchored: bool) -> list[int]:
    """What _occurrences finds for *value*, with one search of its own (as it once did)."""
    counts = [0, 0, 0]
    i = text.find(value)
    while i >= 0:
        _count(text, i, i + len(value), anchored, counts)
        i = text.find(value, i + len(value))
    return counts


_PIECES = ["2024-01-01", "2024-01-0", "20", "2", "-", " ", ": ", "- ", "\n", "'", '"', "[", "]",
           ",", "#", "x", "a", "1.1", "1", "&a ", "aa", "1 1"]  # fmt: skip


@settings(max_examples=2000, deadline=None, database=None, derandomize=True)
@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    values=st.sets(st.sampled_from(["2024-01-01", "20", "2", "1.1", "1", "aa", "a", "2024-01-0",
                                    "1 1"]), min_size=1),
    anchored=st.booleans(),
)  # fmt: skip
@example(text="a: 1 1 1", values={"1 1"}, anchored=True)  # the second "1 1" overlaps the first
def test_values_searched_together_are_counted_as_one_by_one(
    text: str, values: set[str], anchored: bool
) -> None:
    """Values with the same first two characters share one search; overlapping values (a
    value inside another, a value next to itself) must count as with a search each."""
    together = _occurrences(text, values, anchored)
    assert together == {v: _occurrences_one_by_one(text, v, anchored) for v in values}


def test_ambiguous_values_around_anchors() -> None:
    assert_ruamel_only("a: &x 2024-01-01\nb: *x\n")
    assert_ruamel_only('a: &x "2024-01-01"\nb: *x\n')
    assert_ruamel_only('a: &x 2024-01-01\nb: "2024-01-01"\nc: *x\n')
    assert_ruamel_only("a: &x 2024-01-01\nb: 1\n")  # a value after an anchor is not counted
    assert_fast("a: &x '2024-01-01'\n", {"a": "2024-01-01"})


NUMBERS = {
    "0o17": 15, "0x1F": 31, "0x1f": 31, "0b11": 3, "1_000": 1000, "+3": 3, "-0": 0, "0": 0,
    "017": 17, "00": 0, "1e3": 1000.0, "1.": 1.0, ".5": 0.5, "-.5": -0.5, "1.5e-3": 0.0015,
    "1E+3": 1000.0, ".inf": math.inf, "-.Inf": -math.inf, "+.INF": math.inf, "-0.0": -0.0,
    "1" * 40: int("1" * 40), "-" + "9" * 40: -int("9" * 40), "1e400": math.inf,
    "0x_1F": 31, "1__0": 10, "0.1_5": 0.15,
}  # fmt: skip


@pytest.mark.parametrize(("source", "value"), NUMBERS.items(), ids=list(NUMBERS))
def test_numbers_of_yaml_1_2_on_the_fast_path(source: str, value: Any) -> None:
    assert_fast(f"a: {source}\n", {"a": value})
    assert_fast(f"a: [{source}]\n", {"a": [value]})


def test_nan_on_the_fast_path() -> None:
    for source in (".nan", ".NaN", ".NAN"):
        fast = assert_invariant(f"a: {source}\n")
        assert fast is not None and math.isnan(fast["a"])


#: yaml-rs reads these as numbers (it drops every "_", knows 0X/0B/0O, a leading-dot float
#: with an unsigned exponent and .inf/.nan in any case); YAML 1.2 core and ruamel read text.
NOT_NUMBERS_TO_RUAMEL = [
    "_1", "_60", "__4", "_.5", "_2E5", "1e0_", "0e7_7", "+1e2_4", "1e_677", "_7_", "0X1F",
    "0XF7_", "0B1", "0O17", ".52e8", ".8E0", ".0e9", ".iNf", "-.iNF", ".nAn", "0X6E6",
]  # fmt: skip


@pytest.mark.parametrize("source", NOT_NUMBERS_TO_RUAMEL)
def test_regression_numbers_yaml_rs_reads_beyond_yaml_1_2(source: str) -> None:
    """Found by this file: read_plain gave {'v': 1} for 'v: _1', where ruamel gives '_1'."""
    assert builder_read(f"v: {source}\n") == {"v": source}
    assert_ruamel_only(f"v: {source}\n")
    assert_ruamel_only(f"v: [x, {source}]\n")
    assert_ruamel_only(f"v:\n  - {source}\n")
    assert_ruamel_only(f"v: {{w: {source}}}\n")
    assert_ruamel_only(f"v: &a {source}\n")


def test_number_like_runs_inside_words_keep_the_fast_path() -> None:
    assert_fast("id: plan_2\nb: x.5e3\n", {"id": "plan_2", "b": "x.5e3"})
    assert_fast("a: Version 1.2 skærper\nb: 1.2\n", {"a": "Version 1.2 skærper", "b": 1.2})
    assert_fast("a: 3-6 måneder\nb: x - punkt\n", {"a": "3-6 måneder", "b": "x - punkt"})
    # A number-like run inside a longer plain scalar is text to both readers.
    assert_fast("a: se _1 nedenfor\nb: 1/2\n", {"a": "se _1 nedenfor", "b": "1/2"})
    # Where the run may be a whole scalar (at a line end, before ",]}#:"), ruamel decides.
    assert_ruamel_only("a: se _1\n")
    assert_ruamel_only("a: [x, se _1]\n")
    assert_ruamel_only("a: se _1 # note\n")
    assert_ruamel_only("a: x\n# se _1\n")
    assert_ruamel_only("a: |\n  se\n  _1\n")  # in block text too: a fall-back at worst


def test_number_runs_are_every_run_that_may_be_a_whole_scalar() -> None:
    """Runs start after a blank, a line break, [, {, "," or at the text's start, and end before
    blanks and a line break, ",]}#:" or the end; other runs are part of a longer scalar."""

    def found(text: str) -> set[str]:
        return {run.decode("ascii") for run in _number_runs(text.encode("utf-8"))}

    assert found("_1") == {"_1"}
    assert found("a: _1\r\nb: [_2,_3]\nc: {d: _4}\ne: _5 # x\nf: _6:\ng: -_7\n- _8\n") == {
        "_1", "_2", "_3", "_4", "_5", "_6", "-_7", "_8"}  # fmt: skip
    assert found("a: x_1\nb: '_2'\nc: \"_3\"\nd: _4 x\ne: _5/\nf: (_6)\ng: _7\u00a0x\n") == set()
    # A lone dash (a list item's) is no value; a run next to a non-ASCII character is part of
    # a longer scalar, which yaml-rs reads as text (see the next test).
    assert found("- a\n-\n- - b\nc: _1\u00a0\nd: 2\u2003\ne: 3æ\nf:\u00a04\n") == {"-"}


NON_ASCII_BLANKS = [
    chr(code) for code in range(0x80, 0x3001)
    if chr(code).isspace() or unicodedata.category(chr(code)) in ("Zs", "Zl", "Zp", "Cf")
]  # fmt: skip


@pytest.mark.parametrize(
    "blank", NON_ASCII_BLANKS, ids=[f"U+{ord(b):04X}" for b in NON_ASCII_BLANKS]
)
def test_yaml_rs_reads_no_number_beside_a_non_ascii_blank(blank: str) -> None:
    """What _number_runs relies on to look at the source's ASCII bytes only."""

    def numbers(value: Any) -> list[Any]:
        if isinstance(value, dict):
            return [n for k, v in value.items() for n in numbers(k) + numbers(v)]
        if isinstance(value, list):
            return [n for v in value for n in numbers(v)]
        return [value] if type(value) in (int, float) else []

    for text in (f"v:{blank}1\n", f"v: 1{blank}\n", f"v: [1{blank}]\n", f"v: [{blank}1]\n",
                 f"v: {blank}1\n", f"v: 1{blank}# x\n", f"- {blank}1\n", f"v: {{a: 1{blank}}}\n",
                 f"v:\n  {blank}1\n", f"v: .5e3{blank}\n", f"v: _1{blank}\n"):  # fmt: skip
        try:
            data = yaml_rs.loads(text, parse_datetime=False)
        except yaml_rs.YAMLDecodeError:
            continue
        assert numbers(data) == [], (text, data)


def test_values_and_keys_ruamel_types_as_no_text() -> None:
    for text in ("a: =\n", "a: <<\n", "<<: {x: 1}\n", "a: {<<: {x: 1}}\n", "1: a\n",
                 "true: a\n", "null: a\n", "~: a\n", "_1: a\n", "? [a]\n: 1\n", "? {a: 1}\n: 2\n",
                 "[a]: 1\n", "a: {[b]: 1}\n", "? \n: 1\n", "a: {: b}\n"):  # fmt: skip
        assert_ruamel_only(text)
    assert_fast("'1': a\n\"true\": b\n'~': c\n", {"1": "a", "true": "b", "~": "c"})
    assert_fast("a=b: 1\n<<x: 2\n", {"a=b": 1, "<<x": 2})


def test_merge_keys_and_base_anchors() -> None:
    assert_ruamel_only("base: &b {x: 1, y: 2}\nny:\n  <<: *b\n  y: 3\n")
    assert_ruamel_only("a: &a {x: 1}\nb: &b {y: 2}\nc: {<<: [*a, *b], z: 3}\n")
    assert_ruamel_only("a:\n  <<: {x: 1}\n")


def test_tags_and_directives() -> None:
    for text in ("a: !!str 3\n", "a: !!int '3'\n", "a: !x y\n", "a: !!binary aGVq\n", "a: !\n",
                 "a: ! x\n", "a: !!map {b: 1}\n", "a:\n  - !!str 1\n", "a: [!!str 1]\n",
                 "a: {b: !x c}\n", "!!map\na: 1\n", "--- !x\na: 1\n", "a: &x !!str 1\n",
                 "%YAML 1.1\n---\na: yes\n", "%YAML 1.2\n---\na: 1\n", "%TAG !e! tag:e,2000:\n---\na: 1\n",
                 "a: !<tag:yaml.org,2002:str> 1\n"):  # fmt: skip
        assert_ruamel_only(text)
    assert_fast("a: x !y\nb: \"!x\"\nc: 'ja!'\n", {"a": "x !y", "b": "!x", "c": "ja!"})


def test_aliases_inside_their_own_anchor() -> None:
    for text in (
        "a: &x\n  b: *x\n",  # block mapping
        "a: &x\n  - *x\n",  # block sequence
        "a: &x\n- *x\n",  # compact sequence at the key's indentation
        "a: &x [1, *x]\n",  # flow
        "a: &x {b: *x}\n",
        "a: &x [1,\n *x]\n",  # a flow continuation line indented less than the anchor
        "a:\n  b: &x [1,\n *x]\n",
        "a: &x\n  b: 1\n  c: *x\n",
        "a: &x\n  b:\n  - *x\n",
        "a: &x\n- 1\n- *x\n",
        "a: &x\n  - [*x]\n",
        "a: &x\n  b: {c: [*x]}\n",
        "a: &x\n  b:\n    c:\n      d: *x\n",
        "a:\n  - &x\n    - *x\n",
        "a: &x\n  ? *x\n  : 1\n",
    ):
        data, findings = ruamel_read(text)
        assert data is None and findings[0].code in ("YML001", "YML007"), (text, findings)
        assert_ruamel_only(text)


def test_aliases_after_their_anchor() -> None:
    assert_fast("a: &x\n  b: 1\nc: *x\n", {"a": {"b": 1}, "c": {"b": 1}})
    assert_fast("a: &x\n  - 1\nb: *x\n", {"a": [1], "b": [1]})
    assert_fast("a: &x 1\nb: *x\n", {"a": 1, "b": 1})
    assert_fast("a: &x tekst\nb: *x\n", {"a": "tekst", "b": "tekst"})
    assert_fast("a:\n  b: &x\n    c: 1\n  d: *x\n", {"a": {"b": {"c": 1}, "d": {"c": 1}}})
    # shapes the proof does not cover: ruamel reads them, the fast reader steps aside
    for text in (
        "a:\n  - &a\n  - *a\n",  # `- &a` then `- *a` at the same indentation (not inside)
        "a:\n  - &a x\n  - *a\n",
        "a: &x [1]\nb: [*x]\n",  # the alias in a flow collection
        "a: &x\n  b: 1\nc:\n  d: *x\n",  # the alias indented more than the anchor's line
        "? &x a\n: *x\n",
        "a: &x b\n*x : c\n",  # an alias as a key
        "a: &x 1\nb: &x 2\nc: *x\n",  # the same anchor twice (ruamel refuses it)
        "a: *x\nb: &x 1\n",  # an alias before its anchor
    ):
        assert_ruamel_only(text)


def test_anchors_and_aliases_that_are_text() -> None:
    assert_fast("a: x &y\nb: x *y\n", {"a": "x &y", "b": "x *y"})
    assert_fast("a: '*x'\nb: \"&x\"\n", {"a": "*x", "b": "&x"})
    assert_fast("a: &x 1\nb: '*x'\n", {"a": 1, "b": "*x"})
    for text in ("a: *x\n", "a: &\n", "a: *\n", "a: * b\n", "a: **fed**\n", "- * punkt\n"):
        assert_ruamel_only(text)


def test_documents_and_markers() -> None:
    for text in ("a: 1\n---\nb: 2\n", "a: 1\n...\n---\nb: 1\n", "---\n---\na: 1\n", "a: 1\n---\n",
                 "...\na: 1\n", "a: 1\n...\nb: 2\n", "--- |\n  x\n", "--- a\n", "---\n# c\n",
                 "", "# kun en kommentar\n", "- a\n", "tekst\n", "...\n"):  # fmt: skip
        assert_ruamel_only(text)
    assert_fast("a: --- 1\nb: ...\n", {"a": "--- 1", "b": "..."})
    assert_fast("--- # c\na: 1\n", {"a": 1})
    assert_fast("---\na: &x 1\nb: *x\n", {"a": 1, "b": 1})


@pytest.mark.parametrize(
    "char",
    [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]]
    + ["\u2028", "\u2029", "\ufffe", "\uffff", "\ud800", "\t"],
    ids=lambda c: f"U+{ord(c):04X}",
)
def test_characters_that_libyaml_refuses_or_breaks_lines_at(char: str) -> None:
    for text in (f"a: x{char}y\n", f'a: "x{char}y"\n', f"a{char}b: 1\n", f"a: 1 # {char}\n",
                 f"a: |\n  x{char}y\n", f"a: 1\n{char}\n", f"a:\n  b: 1\n  {char}\n"):  # fmt: skip
        assert_ruamel_only(text)


def test_regression_line_breaks_libyaml_knows_and_yaml_rs_does_not() -> None:
    """Found by this file: read_plain gave {'a': 'x\\x85y'} for 'a: x<NEL>y', where libyaml
    breaks the line at NEL (and at LS and PS) and ruamel refuses the file."""
    for char in ("\x85", "\u2028", "\u2029"):
        assert ruamel_read(f"a: x{char}y\n")[0] is None
        assert ruamel_read(f"a: |\n  x{char}y\n")[0] is None
        assert_ruamel_only(f"a: x{char}y\n")
        assert_ruamel_only(f'a: "x{char}y"\n')  # read alike, but not worth a proof


def test_regression_tabs_libyaml_refuses_and_yaml_rs_allows() -> None:
    """Found by this file: 'a:\\n  b: 1\\n  <TAB>\\n' gave yaml-rs's data; ruamel refuses it."""
    for text in ("a:\n  b: 1\n\t\n", "a:\n  b: 1\n  \t\n  c: 2\n", "a: |\n  x\n\t\n"):
        assert ruamel_read(text)[0] is None
        assert_ruamel_only(text)
    assert_ruamel_only('a: "x\ty"\n')  # every tab, although both read this one alike


def test_regression_document_end_marker_before_the_document() -> None:
    """Found by this file: '...\\na: 1\\n' gave {'a': 1}; ruamel refuses a document end first."""
    assert ruamel_read("...\na: 1\n")[0] is None
    assert_ruamel_only("...\na: 1\n")
    assert_ruamel_only("# c\n...\na: 1\n")


def test_characters_both_readers_accept() -> None:
    assert_fast("a: x\u00a0y\nb: \u00a0\n", {"a": "x\u00a0y", "b": "\u00a0"})  # NBSP
    assert_fast("a: x\u00ady\n", {"a": "x\u00ady"})  # soft hyphen
    assert_fast("a: x\u200by\n", {"a": "x\u200by"})
    assert_fast("a: 🙂\n", {"a": "🙂"})
    assert_fast("a: x\r\nb:\r\n  - y\r\n", {"a": "x", "b": ["y"]})
    assert_fast("a: x\r\n  y\r\n", {"a": "x y"})
    assert_fast("a: |\r\n  x\r\n  y\r\n", {"a": "x\ny\n"})
    assert_fast('a: "x\r\n  y"\r\n', {"a": "x y"})
    assert_fast("a: x\rb: y\r", {"a": "x", "b": "y"})
    assert_ruamel_only("a: x\ufeffy\n")


#: The characters the fast reader must leave to ruamel, as one pattern: what libyaml refuses
#: (controls, surrogates, U+FFFE, U+FFFF) and what it reads differently (TAB, NEL, LS, PS).
_LEFT_TO_RUAMEL = re.compile(
    "[\x00-\x08\t\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]"
)


def test_every_character_libyaml_refuses_or_reads_differently_is_left_to_ruamel() -> None:
    """_unusual_characters searches bytes; it must agree with one plain pattern over the text
    for every code point, in every place a character can be in its UTF-8 (first, last, alone)."""
    for code in [*range(0x11000), 0x10FFFF]:
        char = chr(code)
        for text in (f"a: x{char}y\n", char, f"{char}\n"):
            encoded = text.encode("utf-8", "surrogatepass")
            expected = bool(_LEFT_TO_RUAMEL.search(text))
            assert _unusual_characters(text, encoded) is expected, hex(code)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"\xef\xbb\xbfa: \xc3\xa5\n", "a: \u00e5\n"),  # a byte-order mark, dropped
        (b"a: a\xcc\x8a\n", "a: \u00e5\n"),  # 'a' and a combining ring: NFC makes it one 'å'
        (b"\xef\xbb\xbfa: a\xcc\x8a\n", "a: \u00e5\n"),
        (b"a: \xc3\xa5\n", "a: \u00e5\n"),
    ],
)
def test_the_fast_reader_is_given_the_bytes_of_the_text_it_reads(
    raw: bytes, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[tuple[str, bytes | None]] = []
    real = fast_reader.read_plain_noting_absent

    def spy(text: str, encoded: bytes | None = None) -> tuple[dict[str, Any], bool] | None:
        given.append((text, encoded))
        return real(text, encoded)

    monkeypatch.setattr(fast_reader, "read_plain_noting_absent", spy)
    read = read_program_bytes(raw, "t.yaml")
    assert read.document is not None and read.document.data == {"a": "\u00e5"}
    assert given == [(text, text.encode("utf-8"))]


def test_directives_and_document_ends_count_only_at_the_start_of_a_line() -> None:
    for text in ("%YAML 1.2\n---\na: 1\n", "a: 1\n%x\n", "a: 1\r%x\r", "a: 1\n...\nb: 2\n"):
        assert_ruamel_only(text)
    assert_fast("a: 50 %\nb: '%x'\nc: x...\nd: |\n  ... og mere\n", {
        "a": "50 %", "b": "%x", "c": "x...", "d": "... og mere\n"})  # fmt: skip
    assert_fast("a: 1\n...\n# slut\n", {"a": 1})


def test_block_scalars() -> None:
    assert_fast("a: |\n  x\n\n  y\n", {"a": "x\n\ny\n"})
    assert_fast("a: >\n  x\n  y\n\n  z\n   w\n", {"a": "x y\nz\n w\n"})
    assert_fast("a: |-\n  x\n", {"a": "x"})
    assert_fast("a: |+\n  x\n\n", {"a": "x\n\n"})
    assert_fast("a: |2\n   x\n", {"a": " x\n"})
    assert_fast("a: >-\n  x\n\n", {"a": "x"})
    assert_fast("a: |\n  x\n # c\n", {"a": "x\n"})
    assert_fast("a: |\n  # ikke en kommentar\n", {"a": "# ikke en kommentar\n"})
    assert_fast("a: |\nb: 1\n", {"a": "", "b": 1})


def test_long_keys() -> None:
    key = "k" * 1100
    assert_ruamel_only(f"{key}: 1\n")
    assert_ruamel_only(f'"{key}": 1\n')
    assert_fast(f"? {key}\n: 1\n", {key: 1})
    assert_fast(f"a: {key}\n", {"a": key})
    assert_fast(f"{'k' * 1000}: 1\n", {"k" * 1000: 1})


@pytest.mark.parametrize("levels", [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 130])
def test_nesting_near_the_limit(levels: int) -> None:
    block = "".join(f"{'  ' * i}k{i}:\n" for i in range(levels)) + "  " * levels + "v: 1\n"
    flow = "a: " + "[" * levels + "]" * levels + "\n"
    flow_maps = "a: " + "{b: " * levels + "1" + "}" * levels + "\n"
    listed = "a:\n  " + "- " * levels + "1\n"  # compact nested sequences
    for text in (block, flow, flow_maps, listed):
        fast = assert_invariant(text)
        if levels >= MAX_DEPTH:
            assert fast is None  # the fast reader stops one level early, ruamel at the limit
    assert (read_plain(block) is not None) == (levels < MAX_DEPTH)
    assert (read_plain(listed) is not None) == (levels < MAX_DEPTH)
    assert (builder_read(listed) is not None) == (levels <= MAX_DEPTH)


def test_flow_collections() -> None:
    assert_fast("a: [1, 'x', \"y\", [z], {b: c}]\n", {"a": [1, "x", "y", ["z"], {"b": "c"}]})
    assert_fast("a: [a, b, ]\n", {"a": ["a", "b"]})
    assert_fast("a: [1\n  , 2]\n", {"a": [1, 2]})
    assert_ruamel_only('a: {"b":1}\n')  # read alike, but a ":" without a blank falls back
    assert_ruamel_only("a: {? b : 1}\n")  # read alike, but "?" in a flow collection falls back
    assert_fast("a: {b: }\n", {"a": {"b": None}})
    assert_fast("a: [x y, z]\nb: {x y: z w}\n", {"a": ["x y", "z"], "b": {"x y": "z w"}})
    for text in ("a: [\n1]\n", "a: [1, 2\n", "a: {b: 1\n", "a: [1]]\n", "a: [,]\n"):
        assert_invariant(text)


def test_plain_scalars_with_indicators() -> None:
    assert_fast("a: x:y\nb: :x\nc: x|\nd: -b\n", {"a": "x:y", "b": ":x", "c": "x|", "d": "-b"})
    assert_fast("a: x, y\nb: b # c # d\n", {"a": "x, y", "b": "b"})
    assert_fast("a: 50 % af x\nb: kl. 10:00\n", {"a": "50 % af x", "b": "kl. 10:00"})
    for text in ("a: b: c\n", "a: - b\n", "a: ? b\n", "a: \"x\" y\n", "a: @x\n", "a: `x\n",
                 "a: %x\n", "a: |x\n", "a: x #c\n  y\n"):  # fmt: skip
        assert_invariant(text)
        assert_ruamel_only(text)


# --- generated documents ------------------------------------------------------------------------

#: Values that are valid YAML as plain scalars, and what ruamel may type otherwise than text.
PLAIN = [
    "2024-01-01", "2025-02-30", "2024-01-01 10:00", "2024-01-01T10:00:00", "2024-1-1",
    "2.1", "1.2", "1", "0", "-0", "+3", "017", "00", "0o17", "0x1F", "0b11", "1_000", "_1",
    ".5", "1.", "1e3", ".5e3", "0X1F", ".inf", ".NaN", ".iNf", "~", "null", "Null", "true",
    "True", "false", "FALSE", "yes", "no", "=", "<<", "tekst", "Region Sjælland",
    "Version 1.2 skærper", "frist 2024-01-01", "se #3", "x # y", "**fed**", "a & b", "x:y",
    "50 %", "kl. 10:00", "1:20", "a, b", "…", "æøå", "---", "...", "https://sst.dk", "a?",
    "punkt * x", "x !y", "x &y", "x *y", "x [1]", "(se {x})", "it's", 'sagt "ja"', "plan_2",
]  # fmt: skip
#: Values that are not valid (or mean something else) as plain scalars: quoted, or as a risk.
QUOTED = ["", " ", "* punkt", "&a", "*a", "! vigtigt", "!x", "x: y", "- 2024-01-01", "'", '"',
          "\\", "[x]", "{x}", "|", ">", "#", "?x", ":0", "@", "%"]  # fmt: skip
RISKY = PLAIN + QUOTED
KEYS = ["a", "b", "titel", "dato", "version", "e f", "'c'", '"d"'] * 3 + [
    "2024-01-01", "1", "true", "~", "=", "<<", "*a", "&a g", "? h", "_1", "0X1", "x:y"]  # fmt: skip
INDENT = "  "


def _double_quoted(draw: st.DrawFn, token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace('"', '\\"')
    if token and draw(st.integers(0, 5)) == 0:  # spell a character with an escape
        at = draw(st.integers(0, len(token) - 1))
        escaped = token[:at].replace("\\", "\\\\").replace('"', '\\"')
        escaped += f"\\x{ord(token[at]):02x}" if ord(token[at]) < 256 else token[at]
        escaped += token[at + 1 :].replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _scalar(draw: st.DrawFn, indent: int) -> str:
    """A scalar as it follows 'key: ' or '- ' (a block scalar brings its own lines)."""
    style = draw(st.sampled_from(["plain", "plain", "plain", "single", "double", "block"]))
    risky = style != "plain" or draw(st.integers(0, 9)) == 0
    token = draw(st.sampled_from(RISKY if risky else PLAIN))
    if style == "single":
        text = "'" + token.replace("'", "''") + "'"
    elif style == "double":
        text = _double_quoted(draw, token)
    elif style == "block":
        head = draw(st.sampled_from(["|", "|-", "|+", ">", ">-"]))
        lines = draw(st.lists(st.sampled_from([*RISKY, "", "  x"]), min_size=1, max_size=3))
        pad = INDENT * (indent + 1)
        return head + "".join(f"\n{pad}{line}" if line else "\n" for line in lines)
    else:
        text = token
    if draw(st.integers(0, 6)) == 0:
        text = "&" + draw(st.sampled_from(["a", "b"])) + " " + text
    return text


def _comment(draw: st.DrawFn) -> str:
    return " # " + draw(st.sampled_from(RISKY)) if draw(st.integers(0, 4)) == 0 else ""


def _flow(draw: st.DrawFn, depth: int) -> str:
    def item() -> str:
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            return _flow(draw, depth + 1)
        if draw(st.integers(0, 8)) == 0:
            return "*" + draw(st.sampled_from(["a", "b"]))
        token = draw(st.sampled_from(RISKY))
        quoted = "'" + token.replace("'", "''") + "'"
        plain = token if draw(st.integers(0, 5)) else draw(st.sampled_from(QUOTED))
        return draw(st.sampled_from([plain, quoted, _double_quoted(draw, token)]))

    count = draw(st.integers(0, 3))
    if draw(st.booleans()):
        return "[" + ", ".join(item() for _ in range(count)) + "]"
    keys = draw(st.lists(st.sampled_from(KEYS), min_size=count, max_size=count, unique=True))
    return "{" + ", ".join(f"{k}: {item()}" if draw(st.integers(0, 5)) else k for k in keys) + "}"


def _node(draw: st.DrawFn, indent: int, depth: int) -> str:
    """What follows 'key:' or '-': ' scalar', ' flow', ' *alias', or a nested block."""
    kind = draw(st.sampled_from(["scalar", "scalar", "flow", "alias", "map", "seq", "empty"]))
    if depth >= 3 and kind in ("map", "seq"):
        kind = "scalar"
    if kind == "scalar":
        return " " + _scalar(draw, indent) + _comment(draw)
    if kind == "flow":
        return " " + _flow(draw, 0) + _comment(draw)
    if kind == "alias":
        return " *" + draw(st.sampled_from(["a", "b"])) + _comment(draw)
    if kind == "empty":
        return ""
    anchor = " &" + draw(st.sampled_from(["a", "b"])) if draw(st.integers(0, 4)) == 0 else ""
    if kind == "map":
        return anchor + "\n" + _mapping(draw, indent + 1, depth + 1)
    compact = draw(st.booleans()) and indent > 0  # '- x' at the key's indentation
    return anchor + "\n" + _sequence(draw, indent if compact else indent + 1, depth + 1)


def _mapping(draw: st.DrawFn, indent: int, depth: int) -> str:
    keys = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=draw(st.booleans())))
    lines = []
    for key in keys:
        if draw(st.integers(0, 7)) == 0:
            lines.append(INDENT * indent + "#" + _comment(draw) + "\n")
        lines.append(INDENT * indent + key + ":" + _node(draw, indent, depth) + "\n")
    return "".join(lines).replace("\n\n", "\n")


def _sequence(draw: st.DrawFn, indent: int, depth: int) -> str:
    count = draw(st.integers(1, 3))
    lines = [INDENT * indent + "-" + _node(draw, indent, depth) + "\n" for _ in range(count)]
    return "".join(lines).replace("\n\n", "\n")


@st.composite
def program_like(draw: st.DrawFn) -> str:
    text = _mapping(draw, 0, 0)
    if draw(st.integers(0, 5)) == 0:
        text = draw(st.sampled_from(["---\n", "# kommentar\n", "--- # c\n"])) + text
    if draw(st.integers(0, 9)) == 0:
        text += draw(st.sampled_from(["...\n", "---\nb: 1\n", "# slut\n"]))
    if draw(st.integers(0, 9)) == 0:
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r"])))
    return text


GENERATED = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@GENERATED
@given(text=program_like())
def test_generated_documents_read_as_ruamel_reads_them(text: str) -> None:
    assert_invariant(text)


def test_the_generator_reaches_the_fast_path() -> None:
    """The property above must test something: many generated documents take the fast path."""
    taken: list[bool] = []

    @settings(max_examples=150, deadline=None, database=None, derandomize=True)
    @given(text=program_like())
    def count(text: str) -> None:
        taken.append(read_plain(text) is not None)

    count()
    assert sum(taken) >= len(taken) // 10, (sum(taken), len(taken))


NUMBER_CHARS = "0123456789+-._eExXoObB:~ TtFfNn"


@settings(max_examples=500, deadline=None)
@given(token=st.text(alphabet=NUMBER_CHARS, min_size=1, max_size=8))
def test_single_number_like_scalars_read_as_ruamel_reads_them(token: str) -> None:
    for text in (f"v: {token}\n", f"v: [{token}]\n", f"v:\n  - {token}\n", f"{token}: v\n",
                 f"v: {token} # {token}\n", f"v: &a {token}\nw: *a\n"):  # fmt: skip
        assert_invariant(text)


@settings(max_examples=200, deadline=None)
@given(
    tokens=st.lists(st.sampled_from(RISKY), min_size=1, max_size=4),
    quotes=st.lists(st.sampled_from(["", "'", '"']), min_size=4, max_size=4),
)
def test_repeated_values_quoted_and_plain(tokens: list[str], quotes: list[str]) -> None:
    """The same value quoted in one place and plain in another is settled by ruamel."""
    lines = []
    for i, token in enumerate(tokens + tokens):
        quote = quotes[i % len(quotes)]
        body = token.replace(quote, quote * 2) if quote == "'" else token
        lines.append(f"k{i}: {quote}{body}{quote}\n")
    assert_invariant("".join(lines))


def test_regression_anchor_names_libyaml_refuses() -> None:
    """Found by this file: 'a: &| x' gave {'a': 'x'} (yaml-rs takes any anchor name), where
    libyaml refuses it; '&x:y 1' is the anchor x and the text ':y 1' to libyaml."""
    for text in ("a:\n  &|\n", "a: &| x\n", "a: &æ x\nb: *æ\n", "a: &x.y 1\nb: *x.y\n",
                 "a: &x# 1\n", "a:\n  &0{}\n"):  # fmt: skip
        assert ruamel_read(text)[0] is None, text
        assert_ruamel_only(text)
    assert builder_read("a: &x:y 1\n") == {"a": ":y 1"}
    assert_ruamel_only("a: &x:y 1\n")
    assert_fast("a: &a-1_B x\nb: *a-1_B\n", {"a": "x", "b": "x"})


#: _SIMPLE_FLOW as written first: one character per repetition, with backtracking.
_BACKTRACKING_FLOW = re.compile(_SIMPLE_FLOW.pattern.replace("++", "").replace("*+", "*"))


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="[]{},: \"'?|>#\\\nax", max_size=24))
def test_possessive_flow_pattern_matches_as_the_backtracking_one(text: str) -> None:
    """The possessive quantifiers only make _SIMPLE_FLOW faster, never match otherwise."""
    for start in (i for i, char in enumerate(text) if char in "[{"):
        fast, slow = _SIMPLE_FLOW.match(text, start), _BACKTRACKING_FLOW.match(text, start)
        assert (fast and fast.end()) == (slow and slow.end()), (text, start)


def test_regression_tags_after_anchors() -> None:
    """Found by a search: yaml-rs ignored the tag in 'v: &a !0', where ruamel refuses it."""
    for text in ("v: &a !0\nw: *a\n", "v: &a !t x\n", "v:\n  - &a  !!str 1\n", "v: [&a !t x]\n"):
        assert_ruamel_only(text)
    assert_fast("v: &a x !\nw: *a\n", {"v": "x !", "w": "x !"})


def test_regression_flow_keys_over_lines_and_colons() -> None:
    """Found by this file: 'v: [:0]' gave {'v': [':0']} and 'a: {B\\n  C: x}' gave
    {'a': {'B C': 'x'}}; libyaml refuses both."""
    for text in ("v: [:0]\n", "v: {:0}\n", "v: [a,\n :0]\n", "v: [a:0]\n", "v: {x:}\n",
                 "v: {x:, y: 1}\n", "v: [x:]\n", "v: {a:b}\n", "v: [|]\n", "v: [>]\n",
                 "a: {B\n  C: x}\n", "a: {B\n: }\n", "a: {B\r: }\n", "a: {'a'\n  : b}\n"):  # fmt: skip
        assert ruamel_read(text)[0] is None, text
        assert_ruamel_only(text)
    assert builder_read("v: [?x]\n") == {"v": [{"x": None}]}  # a key to libyaml, text to yaml-rs
    assert_ruamel_only("v: [?x]\n")
    assert_fast("a: {a: b,\n  c: d}\n", {"a": {"a": "b", "c": "d"}})
    assert_fast("a: {\n  a: b,\n  c: d\n}\n", {"a": {"a": "b", "c": "d"}})
    assert_fast("a: [b: c\n  d]\n", {"a": [{"b": "c d"}]})
    assert_fast('a: [{b: "§ 79"}, "x # [y]"]\n', {"a": [{"b": "§ 79"}, "x # [y]"]})


def test_regression_empty_block_scalars_and_a_missing_last_line_break() -> None:
    """Found by this file: 'k0: |\\nk1: |\\n' gave {'k1': '\\n'}, where ruamel gives ''; and a
    block scalar at the very end of a text without a line break gets one from yaml-rs only."""
    for text, value in (("a: |\n", ""), ("a: >\n", ""), ("a: |+\n", ""), ("a: |\n\n\n", ""),
                        ("a: |2\n", ""), ("a: |\n  x", "x"), ("a: >\n  x", "x"),
                        ("a: |+\n  x", "x")):  # fmt: skip
        assert builder_read(text) == {"a": value}, text
        assert_ruamel_only(text)
    assert_ruamel_only("a:\n  - |\n")
    assert_invariant("? |\n: 1\n")
    assert_fast("a: |\n  x\n", {"a": "x\n"})
    assert_fast("a: x", {"a": "x"})  # no block scalar: no final line break needed


def test_regression_escaped_surrogates() -> None:
    """Found by this file: 'a: "\\ud800\\udc00"' gave {'a': '𐀀'} (yaml-rs joins the pair),
    where libyaml refuses an escaped surrogate."""
    for text in ('a: "\\ud800\\udc00"\n', 'a:\n  b: "x\\uDBFF\\uDFFF"\n', 'a: "\\U0000D800"\n',
                 'a: "\\U00110000"\n'):  # fmt: skip
        assert ruamel_read(text)[0] is None, text
        assert_ruamel_only(text)
    assert_fast('a: "\\U0001F600 \\u00e9 \\x41 \\N \\_ \\L \\P"\n', {
        "a": "\U0001f600 é A \x85 \xa0 \u2028 \u2029"})  # fmt: skip
    assert_fast('a: "\\uFFFE\\x00\\e\\0\\a\\/"\n', {"a": "\ufffe\x00\x1b\x00\x07/"})


def test_large_texts_go_to_ruamel() -> None:
    listed = "a:\n" + "".join(f"  k{i}: x\n" for i in range(1000))
    at_limit = listed + "#" * (fast_reader.MAX_TEXT - len(listed) - 1) + "\n"
    assert len(at_limit) == fast_reader.MAX_TEXT
    assert read_plain(at_limit) is not None
    over = at_limit + "\n"
    assert read_plain(over) is None
    assert builder_read(over) == read_plain(at_limit)


def test_long_keys_in_flow_collections() -> None:
    key = "k" * 1100
    for text in (f"a: {{{key}: 1}}\n", f"a: [{key}: 1]\n", f'a: {{"{key}": 1}}\n',
                 f"a: {{{key}}}\n", f"a: {{? {key}: 1}}\n"):  # fmt: skip
        assert_invariant(text)
    assert_fast(f"a: {{x: {key}}}\n", {"a": {"x": key}})


#: Characters that mean something to YAML, a few others, and line breaks.
YAML_CHARS = " \n\r-:[]{},#&*!|>'\"?%@`.019aAxé_~\\\u00a0"
WRAPS = ["{}", "a:\n  {}\n", "a: [{}]\n", "a: {{{}}}\n", "a: |\n  {}\n", "a:\n- {}\n",
         "a: {}\nb: {}\n", '{}: 1\n', 'a: "{}"\n', "a: 1\n{}"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=YAML_CHARS, max_size=30), wrap=st.sampled_from(WRAPS))
def test_random_yaml_characters_read_as_ruamel_reads_them(text: str, wrap: str) -> None:
    """Found the anchor names (a:\\n  &|) and flow keys over lines (a: {B\\n: })."""
    assert_invariant(wrap.replace("{}", text) if wrap.count("{}") > 1 else wrap.format(text))
