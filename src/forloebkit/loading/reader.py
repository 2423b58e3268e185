"""Read a program file: bytes → text → YAML nodes → plain data with positions.

This is the hot path of ``check`` and ``render``. The round-trip loader of
ruamel.yaml keeps comments but reads ~0.3 MB/s; instead we compose nodes with
the C parser (``typ="safe"``, nodes carry start marks, ~3 MB/s) and build the
data and the position map in one walk over the nodes
(``shared/design/performance.md``). Problems with the file itself are returned
as findings of the YML rules; the caller exits with code 2 for them.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from ..findings import START, Finding, Position
from ..rules import yaml_rules as R
from ..rules.base import Rule
from .compose import compose
from .document import LoadedDocument, Mark, YamlPath
from .marks import ComposedMarks, SectionMarks
from .messages import SMART_QUOTES, danish_yaml_problem
from .scalars import (
    _MAP,
    _MAP_TAG,
    _MERGE,
    _NULL,
    _SEQ,
    _SEQ_TAG,
    _STR_TAG,
    _TAG,
    _UNSUPPORTED,
    MAX_DEPTH,
    _scalar_value,
)

#: Nodes in the document with every alias expanded; refuses "billion laughs".
#: A 5 MB program has about 300,000 nodes.
MAX_NODES = 1_000_000
#: Larger files are refused unread. A real program is 20-100 kB; the largest benchmark is 5 MB.
#: Besides memory, this bounds how deep indentation alone can nest (about 4,500 levels).
MAX_FILE_BYTES = 10_000_000
#: The C composer recurses in C and crashes the process at some 20,000-50,000 levels, and
#: its scanner slows down quadratically with deep flow nesting, so files that *might* nest
#: deeply are first walked as events (no recursion) and refused at MAX_DEPTH. Block nesting
#: is at most as deep as the longest line is long; flow nesting needs an opening bracket
#: per level. Files below both thresholds (every real program) skip the walk.
_LONG_LINE = 10_000
#: YAML's limit for a key without quotes ("simple key").
_MAX_KEY = 1024
_MANY_BRACKETS = 2_000
_HALF_LINE = _LONG_LINE // 2
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_BRACKET_STEP = [0] * 256
_BRACKET_STEP[ord("[")] = _BRACKET_STEP[ord("{")] = 1
_BRACKET_STEP[ord("]")] = _BRACKET_STEP[ord("}")] = -1


@dataclass(slots=True)
class ReadResult:
    """Either a document or the findings that explain why there is none."""

    document: LoadedDocument | None
    findings: list[Finding]


class _Refused(Exception):
    def __init__(self, finding: Finding) -> None:
        self.finding = finding


def read_program_file(
    path: Path, display: str | None = None, *, lazy_positions: bool = True
) -> ReadResult:
    """Read *path*; never raises for bad input.

    With *lazy_positions* (the default) an ordinary document finds its positions
    on first use and keeps the parser's nodes until then (about 1.5 times the
    memory of the positions): right for a document checked and dropped. A caller
    that keeps many documents passes False to have them found at once.
    """
    shown = display if display is not None else str(path)
    try:
        raw = read_bounded(path)
    except NotAFile:
        return _fail(R.UNREADABLE, shown, START, "Stien er ikke en almindelig fil.")
    except OSError as exc:
        return _fail(R.UNREADABLE, shown, START, _os_problem(exc))
    return read_program_bytes(raw, shown, lazy_positions=lazy_positions)


class NotAFile(Exception):
    """The path is a folder, a named pipe, a device ...: nothing to read."""


def read_bounded(path: Path) -> bytes:
    """An ordinary file's bytes, at most MAX_FILE_BYTES + 1 of them (more means: too large).

    Raises NotAFile for anything but an ordinary file, OSError when it cannot be opened.
    """
    # O_NONBLOCK: a named pipe must not hang the run; for ordinary files it changes nothing.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(path)
        # read(n) sets n bytes aside first: ask for the file's size (one more, to see it end),
        # and only for the rest up to the limit if it grew in the meantime.
        limit = MAX_FILE_BYTES + 1
        data = handle.read(min(status.st_size + 1, limit))
        if len(data) < min(status.st_size + 1, limit):
            return data  # the whole file
        return data + handle.read(limit - len(data))


def _os_problem(exc: OSError) -> str:
    """Danish for why the system refused to open a file (strerror is English)."""
    reasons = {
        errno.ENOENT: "den findes ikke (eller er et link til noget, der ikke findes)",
        errno.EACCES: "du har ikke rettighed til at læse den",
        errno.EPERM: "du har ikke rettighed til at læse den",
        errno.ELOOP: "den er et link, der peger i ring",
        errno.EISDIR: "det er en mappe",
    }
    reason = reasons.get(exc.errno or 0)
    if reason is None:
        reason = f"systemet svarede {errno.errorcode.get(exc.errno or 0, type(exc).__name__)}"
    return f"Filen kan ikke læses: {reason}."


def read_program_bytes(raw: bytes, file: str, *, lazy_positions: bool = True) -> ReadResult:
    """Decode and parse *raw*; *file* is the name used in findings."""
    if len(raw) > MAX_FILE_BYTES:
        return _fail(
            R.TOO_COMPLEX, file, START,
            f"Filen fylder mere end {MAX_FILE_BYTES // 1_000_000} MB og afvises. Et "
            "forløbsprogram fylder typisk under 0,1 MB.",
            "Er det den rigtige fil? Billeder og bilag hører ikke hjemme i programfilen.",
        )  # fmt: skip
    text_or_fail = _decode(raw, file)
    if isinstance(text_or_fail, ReadResult):
        return text_or_fail
    if raw.startswith(codecs.BOM_UTF8):  # the decoder dropped it from the text
        raw = raw[len(codecs.BOM_UTF8) :]
    return read_program_text(text_or_fail, file, raw, lazy_positions=lazy_positions)


def read_program_text(
    text: str, file: str, raw: bytes | None = None, *, lazy_positions: bool = True
) -> ReadResult:
    """Parse YAML *text* into a :class:`LoadedDocument`; *raw* is *text* as UTF-8 if at hand.

    *lazy_positions*: see :func:`read_program_file`.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # 'å' typed as 'a' + ring (macOS) is still 'å'
        raw = None
    if raw is None:
        raw = text.encode("utf-8", "surrogatepass")
    try:
        if _may_nest_deeply(raw):
            deep = _too_deep_at(text)
            if deep is not None:
                return _fail(
                    R.TOO_COMPLEX, file, deep,
                    f"Filen er indlejret mere end {MAX_DEPTH} niveauer og afvises.",
                )  # fmt: skip
        # Imported on the first read: a run served by the result cache reads no file.
        from . import fast_reader

        if lazy_positions and fast_reader.enabled():
            plain = fast_reader.read_plain_noting_absent(text, raw)
            if plain is not None:
                marks = SectionMarks(text, list(plain[0]))
                document = LoadedDocument(
                    file, plain[0], source=text, find_marks=marks, nothing_absent=plain[1]
                )
                return ReadResult(document, [])
        root = compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = Position.of_mark(mark) if mark else START
        message = danish_yaml_problem(exc.problem, exc.context)
        if pos.column > _MAX_KEY and "expected ':'" in (exc.problem or ""):
            message = (
                f"Ugyldig YAML: En nøgle er længere end {_MAX_KEY} tegn, eller der mangler et "
                "kolon efter den. YAML tillader ikke så lange nøgler uden anførselstegn."
            )
        return _fail(R.INVALID_YAML, file, pos, message, _smart_quote_hint(text, pos.line))
    except ReaderError as exc:  # control characters and the like
        pos = Position.in_text(text, exc.position)
        return _fail(R.INVALID_YAML, file, pos, danish_yaml_problem(str(exc), None))
    except YAMLError as exc:
        return _fail(R.INVALID_YAML, file, START, danish_yaml_problem(str(exc), None))
    except RecursionError:
        return _fail(R.TOO_COMPLEX, file, START, "Filen er indlejret for dybt til at blive læst.")
    if root is None or (isinstance(root, ScalarNode) and _tag(root) == _NULL):
        return _fail(R.EMPTY, file, START, "Filen er tom eller indeholder kun kommentarer.")
    if lazy_positions and type(root) is MappingNode:
        try:
            data = _PlainBuilder().collection(root, 0)
        except _Irregular:
            pass  # the careful builder below finds and explains it
        else:
            document = LoadedDocument(file, data, source=text, find_marks=ComposedMarks(root))
            return ReadResult(document, [])
    builder = _Builder(file)
    try:
        data = builder.build(root, (), 0)
    except _Refused as refused:
        finding = refused.finding
        if finding.code == R.TOO_COMPLEX.code and _refers_to_itself(root):
            finding = R.TOO_COMPLEX.finding(
                file, Position(finding.line, finding.column), finding.path,
                "Et alias (*navn) henviser til sit eget anker (&navn), så værdien aldrig ender.",
                "Et alias kan kun genbruge en værdi, der er skrevet færdig før det.",
            )  # fmt: skip
        return ReadResult(None, [finding])
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


def _refers_to_itself(root: Node) -> bool:
    """True if an alias sits inside its own anchor (only asked after a refusal; no recursion)."""
    on_path: set[int] = set()
    done: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            done.add(id(node))
            continue
        if id(node) in on_path:
            return True
        if id(node) in done or isinstance(node, ScalarNode):
            continue
        on_path.add(id(node))
        stack.append((node, True))
        children = node.value if isinstance(node, SequenceNode) else [
            child for pair in node.value for child in pair
        ]  # fmt: skip
        stack.extend((child, False) for child in children)
    return False


def _may_nest_deeply(raw: bytes) -> bool:
    """True if *raw* could nest deeper than the C composer copes with (cheap; see _LONG_LINE)."""
    if len(raw) >= _LONG_LINE:
        # A line of _LONG_LINE bytes covers at least one whole window of _HALF_LINE bytes.
        find = raw.find
        for start in range(0, len(raw) - _HALF_LINE + 1, _HALF_LINE):
            if find(b"\n", start, start + _HALF_LINE) < 0:
                return True
    if raw.count(b"[") + raw.count(b"{") > _MANY_BRACKETS:
        brackets = raw.translate(None, _NOT_BRACKETS)
        return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets))) > MAX_DEPTH
    return False


def _too_deep_at(text: str) -> Position | None:
    """Where the nesting first exceeds MAX_DEPTH, walking parser events without recursion.

    Counts like the builder, where the top-level collection is depth 0.
    """
    depth = -1
    yaml = YAML(typ="safe", pure=False)
    for event in yaml.parse(text):
        if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                return Position.of_mark(event.start_mark)
        elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            depth -= 1
    return None


def _smart_quote_hint(text: str, line: int) -> str:
    """A hint when the broken line uses Word's typographic quotes, which YAML does not know."""
    lines = text.splitlines()
    if 0 < line <= len(lines) and any(q in lines[line - 1] for q in SMART_QUOTES):
        return (
            "Linjen har typografiske anførselstegn (“ ” eller ‘ ’), fx fra Word. YAML kender kun "
            "almindelige anførselstegn: skriv \"...\" eller '...'."
        )
    return ""


def _looks_like_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte order mark: ASCII text with a NUL byte beside every character."""
    sample = raw[:200]
    half = len(sample) // 2
    return half > 0 and (sample[1::2].count(0) == half or sample[0::2].count(0) == half)


def _decode(raw: bytes, file: str) -> str | ReadResult:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in raw and _looks_like_utf16(raw)):
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
    return Position.of_mark(node.start_mark)


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
        #: Collection levels below each built collection, so an alias cannot nest deeper.
        self._heights: dict[int, int] = {}
        self._deepest = 0  # the deepest collection level reached in the current subtree

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
            deepest = depth + self._heights[key]
            if deepest > MAX_DEPTH:  # chained aliases can nest data deeper than the file
                self._too_deep(node, path)
            self._deepest = max(self._deepest, deepest)
            return self._built[key]
        self.visited += 1
        if depth > MAX_DEPTH:
            self._too_deep(node, path)
        before = self.visited - 1
        outer, self._deepest = self._deepest, depth
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
        self._heights[key] = self._deepest - depth
        self._deepest = max(outer, self._deepest)
        return value

    def _too_deep(self, node: Node, path: YamlPath) -> NoReturn:
        raise _Refused(R.TOO_COMPLEX.finding(
            self.file, _pos(node), path,
            f"Filen er indlejret mere end {MAX_DEPTH} niveauer og afvises.",
        ))  # fmt: skip

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
        value = _scalar_value(node, tag)
        if value is _UNSUPPORTED:
            self._unsupported(node, tag, path)
        return value


class _Irregular(Exception):
    """The plain builder met something only the careful :class:`_Builder` handles or reports."""


class _PlainBuilder:
    """The data of an ordinary document, without paths or positions (the fast path).

    An ordinary document has no duplicate keys, merge keys (``<<``), explicit
    tags on collections, unsupported tags, aliases inside their own anchor,
    excessive depth or node count, and only text keys. For anything else this
    raises :class:`_Irregular`, and the careful :class:`_Builder`, which records
    positions and explains every problem, builds the document instead. For an
    ordinary document both give the same data (an alias of a collection reuses
    the collection, and counts its size, as in the careful builder); the
    positions are found later, by the careful builder, only if a finding needs
    one (:func:`.marks.find_marks`).
    """

    __slots__ = ("built", "count", "deepest", "entered")

    def __init__(self) -> None:
        self.count = 1  # nodes built, as _Builder.visited counts them
        self.entered: set[int] = set()
        #: Finished collections by node id: (value, size in nodes, levels below), for aliases.
        self.built: dict[int, tuple[Any, int, int]] = {}
        self.deepest = 0  # the deepest collection level reached in the current subtree

    def collection(self, node: Node, depth: int) -> Any:
        """A mapping or list below the root (maybe an alias of one built before)."""
        key = id(node)
        done = self.built.get(key)
        if done is not None:
            self.count += done[1] - 1  # the parent counted the alias as one node
            deepest = depth + done[2]
            if self.count > MAX_NODES or deepest > MAX_DEPTH:
                raise _Irregular
            self.deepest = max(self.deepest, deepest)
            return done[0]
        if key in self.entered or depth > MAX_DEPTH:
            raise _Irregular  # an alias inside its own anchor, or too deep
        before = self.count
        outer, self.deepest = self.deepest, depth
        value = (
            self.mapping(node, depth) if type(node) is MappingNode else self.sequence(node, depth)
        )
        self.built[key] = (value, self.count - before + 1, self.deepest - depth)
        self.deepest = max(outer, self.deepest)
        return value

    def _enter(self, node: Node) -> list[Any]:
        self.entered.add(id(node))
        children: list[Any] = node.value
        self.count += len(children)
        if self.count > MAX_NODES:
            raise _Irregular
        return children

    def mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        if node.ctag is not _MAP_TAG:
            raise _Irregular
        result: dict[str, Any] = {}
        for key_node, value_node in self._enter(node):
            if type(key_node) is not ScalarNode:
                raise _Irregular
            key: str = key_node.value
            if key in result or (key_node.ctag is not _STR_TAG and _tag(key_node) == _MERGE):
                raise _Irregular
            if type(value_node) is ScalarNode:
                tag = value_node.ctag
                result[key] = value_node.value if tag is _STR_TAG else self.scalar(value_node)
            else:
                result[key] = self.collection(value_node, depth + 1)
        return result

    def sequence(self, node: Node, depth: int) -> list[Any]:
        if type(node) is not SequenceNode or node.ctag is not _SEQ_TAG:
            raise _Irregular
        result: list[Any] = []
        append = result.append
        for item in self._enter(node):
            if type(item) is ScalarNode:
                append(item.value if item.ctag is _STR_TAG else self.scalar(item))
            else:
                append(self.collection(item, depth + 1))
        return result

    @staticmethod
    def scalar(node: ScalarNode) -> Any:
        value = _scalar_value(node, _tag(node))
        if value is _UNSUPPORTED:
            raise _Irregular
        return value


def _tag(node: Node) -> str:
    """The node's full tag, without formatting a string for the usual untagged nodes."""
    tag = node.ctag
    if tag.handle is None and tag.suffix is not None:
        return str(tag.suffix)
    return str(tag)
