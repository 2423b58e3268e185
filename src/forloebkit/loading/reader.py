"""Read a program file: bytes → text → YAML nodes → plain data with positions.

This is the hot path of ``check`` and ``render``. The round-trip loader of
ruamel.yaml keeps comments but reads ~0.3 MB/s; instead we compose nodes with
the C parser (``typ="safe"``, nodes carry start marks, ~3 MB/s) and build the
data and the position map in one walk over the nodes
(``shared/design/performance.md``). Problems with the file itself are returned
as findings of the YML rules; the caller exits with code 2 for them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

from ..findings import START, Finding, Position
from ..rules import yaml_rules as R
from ..rules.base import Rule
from .document import LoadedDocument, Mark, YamlPath
from .messages import danish_yaml_problem

#: Deeper nesting than this is refused (a real program nests about 6 levels).
MAX_DEPTH = 100
#: Nodes in the document with every alias expanded; refuses "billion laughs".
#: A 5 MB program has about 300,000 nodes.
MAX_NODES = 1_000_000

_TAG = "tag:yaml.org,2002:"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
    tables are the same, so the tags are the same.
    """

    _table: dict[str, tuple[tuple[Tag, re.Pattern[str]], ...]] | None = None
    #: Plain scalars seen before (keys such as ``id`` and ``navn`` repeat a lot).
    _seen: dict[str, Tag] = {}  # noqa: RUF012 - a process-wide cache on purpose

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not ScalarNode:
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
            table = {k: tuple((Tag(suffix=t), r) for t, r in v) for k, v in by_char.items()}
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


_STR_TAG = Tag(suffix=_TAG + "str")


@dataclass(slots=True)
class ReadResult:
    """Either a document or the findings that explain why there is none."""

    document: LoadedDocument | None
    findings: list[Finding]


class _Refused(Exception):
    def __init__(self, finding: Finding) -> None:
        self.finding = finding


def read_program_file(path: Path, display: str | None = None) -> ReadResult:
    """Read *path*; never raises for bad input."""
    shown = display if display is not None else str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _fail(R.UNREADABLE, shown, START, f"Filen kan ikke læses: {reason}.")
    return read_program_bytes(raw, shown)


def read_program_bytes(raw: bytes, file: str) -> ReadResult:
    """Decode and parse *raw*; *file* is the name used in findings."""
    text_or_fail = _decode(raw, file)
    if isinstance(text_or_fail, ReadResult):
        return text_or_fail
    return read_program_text(text_or_fail, file)


def read_program_text(text: str, file: str) -> ReadResult:
    """Parse YAML *text* into a :class:`LoadedDocument`."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # 'å' typed as 'a' + ring (macOS) is still 'å'
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _FastResolver
    try:
        root = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = Position(mark.line + 1, mark.column + 1) if mark else START
        return _fail(R.INVALID_YAML, file, pos, danish_yaml_problem(exc.problem, exc.context))
    except YAMLError as exc:  # ReaderError: control characters and the like
        return _fail(R.INVALID_YAML, file, START, danish_yaml_problem(str(exc), None))
    except RecursionError:
        return _fail(R.TOO_COMPLEX, file, START, "Filen er indlejret for dybt til at blive læst.")
    if root is None or (isinstance(root, ScalarNode) and _tag(root) == _NULL):
        return _fail(R.EMPTY, file, START, "Filen er tom eller indeholder kun kommentarer.")
    builder = _Builder(file)
    try:
        data = builder.build(root, (), 0)
    except _Refused as refused:
        return ReadResult(None, [refused.finding])
    if builder.findings:
        return ReadResult(None, builder.findings)
    if not isinstance(data, dict):
        kind = "en liste" if isinstance(data, list) else "en enkelt værdi"
        return _fail(
            R.NOT_A_MAPPING, file, _pos(root),
            f"Filens øverste niveau er {kind}, ikke et forløbsprogram med nøgler.",
            "Et program begynder med 'skemaversion: 1' og 'program:' yderst til venstre.",
        )  # fmt: skip
    document = LoadedDocument(file, data, builder.value_marks, builder.key_marks, source=text)
    return ReadResult(document, [])


def _decode(raw: bytes, file: str) -> str | ReadResult:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _fail(
            R.NOT_UTF8, file, START, "Filen er gemt som UTF-16, ikke UTF-8.",
            "Gem filen igen med tegnkodningen UTF-8.",
        )  # fmt: skip
    if b"\x00" in raw:
        return _fail(
            R.UNREADABLE, file, _byte_position(raw, raw.index(b"\x00")),
            "Filen indeholder NUL-tegn og er sandsynligvis ikke en tekstfil.",
        )  # fmt: skip
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1]
        guess = bad.decode("cp1252", errors="replace")
        return _fail(
            R.NOT_UTF8, file, _byte_position(raw, exc.start),
            f"Filen er ikke gemt som UTF-8: byte 0x{bad.hex().upper()} ('{guess}' i "
            "Windows-1252) er ikke gyldig UTF-8. Filen er måske gemt fra Word eller en ældre editor.",
            "Gem filen igen med tegnkodningen UTF-8.",
        )  # fmt: skip


def _byte_position(raw: bytes, offset: int) -> Position:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return Position(raw.count(b"\n", 0, offset) + 1, column)


def _fail(rule: Rule, file: str, pos: Position, message: str, hint: str = "") -> ReadResult:
    return ReadResult(None, [rule.finding(file, pos, (), message, hint)])


def _pos(node: Node) -> Position:
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    """Turns composed nodes into plain data and records positions on the way.

    Tags are compared as ruamel ``Tag`` objects' suffixes (no string formatting
    per node), and only collections are remembered for alias reuse: an aliased
    scalar is simply built again.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.value_marks: dict[YamlPath, Mark] = {}
        self.key_marks: dict[YamlPath, Mark] = {}
        self.findings: list[Finding] = []
        self.visited = 0
        self._built: dict[int, Any] = {}
        self._sizes: dict[int, int] = {}

    def build(self, node: Node, path: YamlPath, depth: int) -> Any:
        if path not in self.value_marks:
            self.value_marks[path] = node.start_mark
        if type(node) is ScalarNode:
            self.visited += 1
            if self.visited > MAX_NODES:
                self._too_many(node, path)
            return self._scalar(node, _tag(node), path)
        key = id(node)
        if key in self._built:  # an alias of a collection built before: reuse it, charge its size
            self.visited += self._sizes[key]
            if self.visited > MAX_NODES:
                self._too_many(node, path)
            return self._built[key]
        self.visited += 1
        if depth > MAX_DEPTH:
            raise _Refused(R.TOO_COMPLEX.finding(
                self.file, _pos(node), path,
                f"Filen er indlejret mere end {MAX_DEPTH} niveauer og afvises.",
            ))  # fmt: skip
        before = self.visited - 1
        tag = _tag(node)
        value: Any
        if type(node) is MappingNode and tag == _MAP:
            value = self._mapping(node, path, depth)
        elif type(node) is SequenceNode and tag == _SEQ:
            value = [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        else:
            self._unsupported(node, tag, path)
        self._built[key] = value
        self._sizes[key] = self.visited - before
        return value

    def _too_many(self, node: Node, path: YamlPath) -> None:
        raise _Refused(R.TOO_COMPLEX.finding(
            self.file, _pos(node), path,
            "Filen udfolder for mange aliaser (&/*) og afvises for at beskytte maskinen.",
        ))  # fmt: skip

    def _unsupported(self, node: Node, tag: str, path: YamlPath) -> NoReturn:
        raise _Refused(R.UNSUPPORTED_TAG.finding(
            self.file, _pos(node), path,
            f"YAML-tagget '{tag.replace(_TAG, '!!')}' er ikke tilladt i et program.",
            "Fjern tagget; skriv værdien som almindelig tekst, tal, dato eller liste.",
        ))  # fmt: skip

    def _mapping(self, node: MappingNode, path: YamlPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: dict[str, Any] | None = None
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                self.findings.append(R.INVALID_YAML.finding(
                    self.file, _pos(key_node), path,
                    "En nøgle skal være en enkel tekst, ikke en liste eller en samling.",
                ))  # fmt: skip
                continue
            if _tag(key_node) == _MERGE:
                merged = merged or {}
                merged.update(self._merge_source(value_node, path, depth))
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in result:
                first = self.key_marks[child].line + 1
                self.findings.append(R.DUPLICATE_KEY.finding(
                    self.file, _pos(key_node), child,
                    f"Nøglen '{key}' står allerede på linje {first}.",
                    "Flet de to afsnit sammen, så ingen tekst går tabt.",
                ))  # fmt: skip
                continue
            self.key_marks[child] = key_node.start_mark
            result[key] = self.build(value_node, child, depth + 1)
        if merged:
            for key, value in merged.items():
                result.setdefault(key, value)
        return result

    def _merge_source(self, node: Node, path: YamlPath, depth: int) -> dict[str, Any]:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        merged: dict[str, Any] = {}
        for source in reversed(sources):
            value = self.build(source, path, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged

    def _scalar(self, node: ScalarNode, tag: str, path: YamlPath) -> Any:
        value: str = node.value
        if tag == _STR:
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() == "true"
        if tag == _TIMESTAMP and _DATE_RE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value  # an impossible date such as 2025-02-30: the schema reports it
        construct = _SCALAR_CONSTRUCTORS.get(tag)
        if construct is None:
            self._unsupported(node, tag, path)
        try:
            return construct(_CONSTRUCTOR, node)
        except (ValueError, YAMLError):
            return value


def _tag(node: Node) -> str:
    """The node's full tag, without formatting a string for the usual untagged nodes."""
    tag = node.ctag
    if tag.handle is None and tag.suffix is not None:
        return str(tag.suffix)
    return str(tag)
