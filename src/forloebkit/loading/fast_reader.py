"""A faster first reading of ordinary programs, with yaml-rs, that gives ruamel's data or nothing.

ruamel's C composer (see :mod:`.reader`) defines what a program file means, and
it was two thirds of ``check``'s time per file. yaml-rs (Rust) parses the same
text into plain data about four times faster, but it differs from ruamel where
it matters to us:

1. It types scalars by YAML 1.2's core schema and does not say whether a scalar
   was quoted: ``dato: 2026-01-01`` and ``version: "2.1"`` both come back as text,
   where ruamel reads the first as a date (the second stays text in both).
2. It applies or ignores tags (``!!int '3'``, ``!mit x``) and ``%`` directives.
3. It expands aliases, one inside its own anchor too (as null), where ruamel
   refuses the file.
4. It accepts control characters that libyaml refuses, and it keeps going where
   ruamel reports a problem in a few other cases (merge keys, ``=``, text after a
   ``...`` document end, a tab on a blank line, ``[a:0]``, ``{x:}``, ``[|]``).
5. It reads more plain scalars as numbers than YAML 1.2's core schema (``_1``,
   ``0X1F``, ``0B1``, ``.5e3``, ``1e3_``, ``.iNf``), where ruamel reads text.
6. It does not break lines at NEL, LS and PS (libyaml does, YAML 1.1), reads
   ``?x`` in a flow collection as text (libyaml: a key), and ends an empty block
   scalar, or one at the very end of the text, with a line break (ruamel: not).

:func:`read_plain` therefore returns yaml-rs's data only when none of this can
make a difference, and ``None`` otherwise; the reader then parses the text with
ruamel as before. The proof obligations, each checked in the order below:

* the text is not too large, has no byte-order mark inside it, no character
  that libyaml refuses, no tab, NEL, LS or PS, no escape of a surrogate or of
  a code point above U+10FFFF, no ``%`` directive, nothing but
  comments after a ``...`` line, no block scalar indicator if it does not end
  with a line break, and no tag (a ``!`` where a node may start); every flow
  collection is free of ``?|>`` and of ``:`` without a blank after it
  (:func:`_flows_are_plain`); every anchor that an alias uses is one that
  cannot contain the alias (:func:`_aliases_are_safe`), and every anchor and
  alias name is one libyaml reads whole (letters, digits, ``_`` and ``-``, then
  a blank or the end of a line or flow item);
* yaml-rs reads it without error, as one mapping, with only text keys and no
  ``<<``, no duplicate key, no value or key made of line breaks only (an empty
  block scalar), and no deeper than ``MAX_DEPTH``;
* every text value that ruamel would type differently if it stood unquoted is
  settled from the source (:func:`_settle`): all its occurrences quoted (text),
  or all plain dates (``date``); anything else falls back;
* every run of the source that may be a plain number and that yaml-rs reads
  as a number is exactly ruamel's number (:func:`_numbers_differ`).

Positions are not computed here: the reader finds them with ruamel, on first
use, as it does for its own fast path. ``tests/test_fast_reader.py`` checks the
outcome against ruamel on every example, test file and generated program, and
on generated documents that aim at each of the points above.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ruamel.yaml.nodes import ScalarNode

from ..placeholders import PLACEHOLDER_START, is_placeholder
from .scalars import _STR_TAG, DATE_TEXT, MAX_DEPTH, _FastResolver, _scalar_value

try:
    import yaml_rs
except ImportError:  # pragma: no cover - a platform without a yaml-rs wheel: ruamel reads all
    yaml_rs = None  # type: ignore[assignment]

#: Larger texts go to ruamel. Far below MAX_NODES even at two characters a node, and the
#: 5 MB benchmark program is read by ruamel as before.
MAX_TEXT = 1_000_000
#: Set (to anything but "" or "0") to read every file with ruamel alone.
SWITCH_OFF = "FORLOEB_UDEN_HURTIG_LAESNING"

#: The bytes that stay when the ASCII characters both parsers read alike are deleted from a
#: text's UTF-8: control characters (libyaml refuses them, TAB and LF/CR aside), TAB (libyaml
#: refuses it in some places yaml-rs allows, such as a line of blanks with a tab in it) and DEL.
#: Bytes from 0x80 up stay deleted: they are looked at as parts of characters, below.
_ASCII_READ_ALIKE = bytes(b for b in range(0x20, 0x7F)) + b"\n\r" + bytes(range(0x80, 0x100))
#: Characters from U+0080 up that libyaml refuses (C1 controls, surrogates, U+FFFE, U+FFFF),
#: or reads differently (NEL, LS and PS break lines in YAML 1.1, not in yaml-rs), as the
#: first byte of their UTF-8 and the range of the second. A lone surrogate's bytes come from
#: ``encode("utf-8", "surrogatepass")``.
_UNUSUAL_UTF8 = ((b"\xc2", b"\x80", b"\x9f"), (b"\xed", b"\xa0", b"\xbf"))
_UNUSUAL_WIDE = ("\u2028", "\u2029", "\ufffe", "\uffff")
#: Runs of the source's bytes that may be a whole plain scalar that is a number: from a sign,
#: digit, ``.`` or ``_`` up to the first byte that a number cannot contain. The run must start
#: where a scalar may (after a blank, a line break, ``[``, ``{``, ``,`` or at the start of the
#: text: not inside a word, not after a quote or a tag) and end where a plain scalar may
#: (blanks, then a line break, ``,]}#:`` or the end). A run with anything else after it is
#: part of a longer plain scalar (``1/2``, ``se _1 nedenfor``), which is text to both readers.
#: Bytes, not characters: yaml-rs reads no scalar with a character from U+0080 up as a
#: number, and none that a non-ASCII blank (U+00A0, U+2003, ...) stands beside
#: (tests/test_fast_reader.py checks every such blank), so those runs need no look.
#: Candidates are found with ``bytes.find`` in a copy of the bytes mapped to classes
#: (:data:`_RUN_CLASSES`), which is several times faster than ``re`` trying every byte;
#: the pattern then matches the rest of the run where a candidate starts.
_NUMBER_REST = re.compile(rb"[\w.+\-]*+(?=[ \t]*+(?:[\r\n,\]}#:]|\Z))")
#: The bytes by their part in a run: "s" after which a scalar may start, "n" that may start
#: a run, "x" any other. A candidate is an "sn" pair.
_RUN_CLASSES = bytes(
    ord("s") if byte in b" \t\r\n[{," else ord("n") if byte in b"-+._0123456789" else ord("x")
    for byte in range(256)
)
#: What a flow collection's text is checked for: brackets, commas, colons, quoted scalars (a
#: lone quote is an unfinished one), "?|>" and "#".
_FLOW_TOKEN = re.compile(r"""[\[\]{},:]|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|["'?|>#]""")
_DOCUMENT_END = re.compile(r"(?:^|[\r\n])\.\.\.")
#: Escapes of a surrogate or of no character at all.
_ODD_ESCAPE = re.compile(
    r"\\(?:u[dD][89a-fA-F]|U(?!000[0-9a-fA-F]{5}|0010[0-9a-fA-F]{4})|U0000[dD][89a-fA-F])"
)
_LINE_BREAK = re.compile(r"\r\n?|\n")
#: A flow collection on one line (maybe with flow collections in it, one level deep), with
#: nothing inside that _flow_end looks at twice: quoted scalars without escapes, where a node
#: starts, and ":" only before a blank. Or else just the opening bracket.
#: Possessive (``++``, ``*+``): no alternative can end where another one starts, so
#: backtracking could not find another match, and it made the pattern twice as slow.
_FLAT = r"[^\[\]{}\"'?|>#:\r\n]++|:(?= )|(?:(?<=[\[{,])|(?<=[\[{,:] ))\"[^\"\\\r\n]*+\""
_INNER = rf"\[(?:{_FLAT})*+\]|\{{(?:{_FLAT})*+\}}"
_SIMPLE_FLOW = re.compile(rf"\[(?:{_FLAT}|{_INNER})*+\]|\{{(?:{_FLAT}|{_INNER})*+\}}|[\[{{]")
#: What may stand before a quoted scalar in a flow collection, blanks aside.
_BEFORE_QUOTE = frozenset(["[", "{", ",", ":", "\n", "\r"])
#: First characters of plain scalars that ruamel may type as something other than text
#: (numbers, dates, ``~``, ``.inf``, ``=``, ``<<``); words are checked in _WORDS.
_RISKY_FIRST = frozenset("0123456789+-.~=<")
_WORDS = frozenset(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"])
#: First characters of text values the walk looks at more closely: those above, the first
#: letters of _WORDS, and what a placeholder may start with (blanks, a line break, "" too).
_LOOK_CLOSER = _RISKY_FIRST | frozenset("tTfFnN") | PLACEHOLDER_START
#: Characters that may stand right before / right after a scalar's text in the source.
_BEFORE = frozenset(" \t\n\"'[{,:")
_AFTER = frozenset(" \t\r\n\"',]}:")
#: What may follow a plain scalar, blanks aside.
_ENDS = frozenset("\r\n,]}:")
_NAME_END = frozenset(" \t\r\n,[]{}")
#: The anchor and alias names libyaml accepts (yaml-rs takes any).
_ANCHOR_NAME = re.compile(r"[0-9A-Za-z_-]+")
#: What may stand before a node's first character, blanks aside ("" is the start of the text).
_NODE_START = frozenset(["", "\n", "\r", ":", "?", "-", "[", "{", ","])

_RESOLVER = _FastResolver(version=None, loadumper=None)


class _Fallback(Exception):
    """Something yaml-rs may read differently from ruamel: let ruamel read the file."""


def enabled() -> bool:
    """False without yaml-rs or with FORLOEB_UDEN_HURTIG_LAESNING set."""
    return yaml_rs is not None and os.environ.get(SWITCH_OFF, "") in ("", "0")


def read_plain(text: str) -> dict[str, Any] | None:
    """The data ruamel would build from *text* (NFC, no BOM), or None if that is not certain."""
    read = read_plain_noting_absent(text)
    return None if read is None else read[0]


def read_plain_noting_absent(
    text: str, encoded: bytes | None = None
) -> tuple[dict[str, Any], bool] | None:
    """:func:`read_plain`'s data, and whether no value in it is null or placeholder text
    (:func:`forloebkit.placeholders.is_placeholder`): then nothing in it counts as absent,
    and the schema need not look for such values (see ``checking.schema``).

    *encoded* is ``text.encode("utf-8", "surrogatepass")`` if the caller has it (the file's
    bytes): some checks search bytes, where finding one character is much faster.
    """
    if yaml_rs is None or len(text) > MAX_TEXT or "\ufeff" in text:
        return None
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    try:
        if _unusual_text(text, encoded):
            return None
        data = yaml_rs.loads(
            text,
            parse_datetime=False,
            duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error,
            alias_limits=yaml_rs.AliasLimits(max_total_replayed_events=200_000),
        )
        if type(data) is not dict:
            return None  # empty, a list, a scalar or several documents: ruamel explains
        walk = _Walk()
        walk.mapping(data, 1)
        if walk.ambiguous:
            _settle(text, walk.ambiguous, anchored="&" in text)
        if _numbers_differ(encoded):
            return None
    except _Fallback:
        return None
    except Exception:  # yaml-rs refuses the text (or fails): ruamel reports the problem
        return None
    return data, not walk.absent


def _unusual_text(text: str, encoded: bytes) -> bool:
    """Control characters, tabs, line breaks other than CR and LF, directives, a document end
    marker, tags, or anchors whose aliases might sit inside them."""
    if _unusual_characters(text, encoded):
        return True
    if _at_line_start(encoded, b"%") or _ends_early(text, encoded):
        return True
    if "\\" in text and _ODD_ESCAPE.search(text):
        return True  # yaml-rs joins "\ud800\udc00" into one character; libyaml refuses it
    if text[-1:] not in ("\n", "\r") and ("|" in text or ">" in text):
        return True  # yaml-rs ends a block scalar at the end of the text with a line break
    if not _flows_are_plain(text):
        return True
    if _node_starts(text, "!") or ("&" in text and _tags_after_anchors(text)):
        return True
    anchors = _node_starts(text, "&")
    if not anchors:
        return False
    if not all(_is_name(text, offset) for offset in anchors):
        return True  # yaml-rs takes any name (&|, &x.y, &æ, &0{}); libyaml refuses or stops early
    return not _aliases_are_safe(text, anchors)


def _unusual_characters(text: str, encoded: bytes) -> bool:
    """True if *text* has a character that libyaml refuses or reads differently from yaml-rs.

    (One regular expression over the text took ten times as long: bytes.translate
    and bytes.find go through the text at memory speed.)
    """
    if encoded.translate(None, _ASCII_READ_ALIKE):
        return True
    for first, low, high in _UNUSUAL_UTF8:
        at = encoded.find(first)
        while at >= 0:
            if low <= encoded[at + 1 : at + 2] <= high:
                return True
            at = encoded.find(first, at + 1)
    return any(char in text for char in _UNUSUAL_WIDE)


def _at_line_start(encoded: bytes, marker: bytes) -> bool:
    """True if a line of *encoded* starts with *marker*."""
    at = encoded.find(marker)
    while at >= 0:
        if at == 0 or encoded[at - 1] in b"\r\n":
            return True
        at = encoded.find(marker, at + 1)
    return False


def _node_starts(text: str, char: str) -> list[int]:
    """Offsets of *char* where a YAML node may start (line start, or after ``:?-[{,``).

    Found also inside quoted and block text (harmless: it only sends a file to
    ruamel, or is ignored below); never missed where YAML reads a property.
    """
    found = []
    i = text.find(char)
    while i >= 0:
        if _char_before(text, i) in _NODE_START:
            found.append(i)
        i = text.find(char, i + 1)
    return found


def _tags_after_anchors(text: str) -> bool:
    """True if a ``!`` follows a word that starts with ``&`` (``&a !t x``: a tag after an
    anchor, which yaml-rs ignores and libyaml reads)."""
    i = text.find("!")
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < i - 1:  # blanks before the "!": does the word before them start with "&"?
            k = j
            while k >= 0 and text[k] not in " \t\r\n[{,":
                k -= 1
            if text.startswith("&", k + 1):
                return True
        i = text.find("!", i + 1)
    return False


def _ends_early(text: str, encoded: bytes) -> bool:
    """True if a line starts with ``...`` and anything but blanks and comments follows it.

    (yaml-rs reads on after a document end marker where libyaml refuses to.)
    """
    if not _at_line_start(encoded, b"..."):
        return False  # the quick test
    marker = _DOCUMENT_END.search(text)
    if marker is None:
        return False
    return any(
        line.strip(" ") and not line.lstrip(" ").startswith("#")
        for line in _LINE_BREAK.split(text[marker.end() :])
    )


def _flows_are_plain(text: str) -> bool:
    """True if no flow collection holds what libyaml and yaml-rs read differently.

    In a flow collection, libyaml refuses ``:`` without a blank after it
    (``[a:0]``, ``{x:}``, ``[:0]``) and ``|``, ``>`` where a node starts, and reads
    ``?x`` as a key, where yaml-rs reads text; libyaml also refuses an implicit
    key over more than one line (``{a\n  b: c}``), which yaml-rs reads. So each
    ``[`` or ``{`` (also those in prose and quoted text: a fall-back at worst)
    starts a region up to its closing bracket, skipping quoted scalars and
    comments, in which none of ``?|>`` may stand, every ``:`` has a blank after
    it and no line break between it and the start of its entry's key, and a
    quote starts a quoted scalar (not inside a plain one). A region that never
    closes counts as not plain.
    """
    pos = 0
    square, curly = text.find("["), text.find("{")
    match = _SIMPLE_FLOW.match
    while square >= 0 or curly >= 0:
        start = curly if square < 0 else square if curly < 0 else min(square, curly)
        region = match(text, start)  # the usual {id: x, navn: y} in one go
        assert region is not None  # the pattern matches an opening bracket alone, too
        pos = region.end() if region.end() > start + 1 else _flow_end(text, start)
        if pos < 0:
            return False
        if 0 <= square < pos:
            square = text.find("[", pos)
        if 0 <= curly < pos:
            curly = text.find("{", pos)
    return True


def _flow_end(text: str, start: int) -> int:
    """The end of the flow region opened at *start*, or -1 (see :func:`_flows_are_plain`)."""
    depth = 0
    pos = entry = start  # entry: where the current entry (its key, if any) begins
    search = _FLOW_TOKEN.search
    while True:
        token = search(text, pos)
        if token is None:
            return -1
        first = text[token.start()]
        pos = token.end()
        if first in "[{,":
            depth += first != ","
            entry = pos
        elif first in "]}":
            depth -= 1
            if depth == 0:
                return pos
        elif first == ":":
            if text[pos : pos + 1] not in (" ", "\n", "\r"):
                return -1  # [a:0], {x:}, [:0]: libyaml refuses, yaml-rs reads them
            key = text[entry : token.start()].lstrip(" \r\n")
            if "\n" in key or "\r" in key:
                return -1  # a key over more than one line: libyaml refuses it
        elif first in "\"'":
            if pos - token.start() < 2 or _char_before(text, token.start()) not in _BEFORE_QUOTE:
                return -1  # an unfinished quote, or one inside a plain scalar
        elif first == "#":
            if text[token.start() - 1] in " \n\r":  # a comment: skip the rest of its line
                end = text.find("\n", pos)
                pos = len(text) if end < 0 else end
        else:
            return -1


def _name_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end] not in _NAME_END:
        end += 1
    return text[start:end]


def _is_name(text: str, offset: int) -> bool:
    """True if the anchor or alias at *offset* has a name libyaml reads as yaml-rs does:
    letters, digits, ``_`` and ``-``, followed by a blank, a line break, ``,]}`` or the end."""
    name = _name_at(text, offset + 1)
    after = text[offset + 1 + len(name) : offset + 2 + len(name)]
    return bool(_ANCHOR_NAME.fullmatch(name)) and after in ("", " ", "\n", "\r", ",", "]", "}")


def _line_of(text: str, offset: int) -> tuple[int, int, bool]:
    """(line start offset, indentation, line starts with '-') of the line at *offset*."""
    begin = text.rfind("\n", 0, offset) + 1
    indent = begin
    while indent < len(text) and text[indent] == " ":
        indent += 1
    return begin, indent - begin, text.startswith("-", indent)


def _rest_of_line(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[offset : len(text) if end < 0 else end].strip(" \t\r")


def _char_before(text: str, offset: int) -> str:
    """The last character before *offset* that is not a blank ("" at the start)."""
    j = offset - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return text[j] if j >= 0 else ""


def _aliases_are_safe(text: str, anchors: list[int]) -> bool:
    """True if no alias can be inside the node its anchor names.

    An alias counts only if an anchor of its name exists (a ``*`` in text that
    names none is text, as yaml-rs read the file without error). For each one:
    the anchor is a block value (after ``key:`` or ``-``, not of a ``[`` or ``{``
    collection, not on a ``---`` line), the alias stands alone as a block value
    on a later line, indented less than the anchor's line (or as much, not as a
    ``-`` item), and no ``[`` or ``{`` lies between them. A block node's lines
    are indented more than its parent key, or as much with ``-``; so the alias
    is after the anchored node has ended.
    """
    by_name: dict[str, int] = {}
    for offset in anchors:
        name = _name_at(text, offset + 1)
        if name in by_name:
            return False  # the same name twice: which one an alias means is a parser's choice
        by_name[name] = offset
    for offset in _node_starts(text, "*"):
        name = _name_at(text, offset + 1)
        anchor = by_name.get(name)
        if anchor is None:
            continue  # no anchor has this name: text (a block text's "* punkt"), or an error
        if not _is_name(text, offset):
            return False  # libyaml's alias name may end early (*a{}) or be refused
        anchor_line, anchor_indent, _ = _line_of(text, anchor)
        alias_line, alias_indent, alias_dash = _line_of(text, offset)
        if (
            alias_line <= anchor_line
            or text.startswith("---", anchor_line)
            or _char_before(text, anchor) not in (":", "-")
            or _char_before(text, offset) not in (":", "-")
            or _rest_of_line(text, anchor + 1 + len(name))[:1] in ("[", "{")
            or _rest_of_line(text, offset + 1 + len(name))[:1] not in ("", "#")
            or alias_indent > anchor_indent
            or (alias_indent == anchor_indent and alias_dash)
            or "[" in text[anchor:offset]
            or "{" in text[anchor:offset]
        ):
            return False
    return True


class _Walk:
    """One walk over yaml-rs's data: what ruamel reads differently, and absent values.

    ``ambiguous`` maps each text value that ruamel would type otherwise if it
    stood unquoted to its places (container, key or index); ``absent`` is set
    by a null value or placeholder text anywhere (values only, not keys).
    """

    __slots__ = ("absent", "ambiguous")

    def __init__(self) -> None:
        self.ambiguous: dict[str, list[tuple[Any, Any]]] = {}
        self.absent = False

    def text(self, container: Any, place: Any, value: str, first: str) -> None:
        if first in _RISKY_FIRST:
            if _is_not_text(value):
                self.ambiguous.setdefault(value, []).append((container, place))
        elif value in _WORDS:
            self.ambiguous.setdefault(value, []).append((container, place))
        elif first == "\n" and not value.strip("\n"):
            raise _Fallback  # an empty block scalar: "" in ruamel, "\n" in yaml-rs
        if not self.absent and first in PLACEHOLDER_START and is_placeholder(value):
            self.absent = True

    def mapping(self, mapping: dict[Any, Any], depth: int) -> None:
        for key in mapping:
            if type(key) is not str or key == "<<" or (key[:1] == "\n" and not key.strip("\n")):
                raise _Fallback  # ruamel keeps a key's text ("1", "true") or merges "<<"
        self.values(mapping, mapping.items(), depth)

    def values(self, container: Any, entries: Iterable[tuple[Any, Any]], depth: int) -> None:
        """Note *container*'s ambiguous and absent values and walk its collections."""
        if depth > MAX_DEPTH:
            raise _Fallback
        for place, value in entries:
            kind = type(value)
            if kind is str:
                first = value[:1]
                if first in _LOOK_CLOSER:  # most text needs no more
                    self.text(container, place, value, first)
            elif kind is dict:
                self.mapping(value, depth + 1)
            elif kind is list:
                self.values(value, enumerate(value), depth + 1)
            elif value is None:
                self.absent = True
            elif not (kind is int or kind is float or kind is bool):
                raise _Fallback


def _is_not_text(value: str) -> bool:
    """True if ruamel would type *value* as something else than text if it stood unquoted."""
    return _RESOLVER.resolve(ScalarNode, value, (True, False)) is not _STR_TAG


#: Number-like runs of text already compared: True where both readers agree.
_NUMBERS_AGREE: dict[bytes, bool] = {}


def _numbers_differ(encoded: bytes) -> bool:
    """True if some run of the source (*encoded*, its UTF-8) is a number to yaml-rs that
    ruamel reads otherwise.

    yaml-rs reads more plain scalars as numbers than YAML 1.2's core schema does
    (``_1``, ``0X1F``, ``0B1``, ``.5e3``, ``1e3_``, ``.iNf``), and the walk above
    only sees the number. A plain scalar that is a number is a run of
    :data:`_NUMBER_REST` in the source (no escapes, no blanks inside, standing
    where a scalar starts and ends), so every such run is read by both: one that
    yaml-rs reads as text is the walk's business; one it reads as a number must
    be exactly ruamel's number. Runs in comments and in quoted or block text are
    compared too, which costs a fall-back at worst.
    """
    agree = _NUMBERS_AGREE
    for run in _number_runs(encoded):
        known = agree.get(run)
        if known is None:
            known = _number_agrees(run.decode("ascii"))
            if len(agree) >= 50_000:
                agree.clear()
            agree[run] = known
        if not known:
            return True
    return False


def _number_runs(encoded: bytes) -> set[bytes]:
    """The runs of *encoded* that may be a whole plain scalar that is a number (see
    :data:`_NUMBER_REST`). A lone ``-`` before a blank (a list item's dash) is no value and
    is left out early: it was about half of the candidates."""
    classes = (b" " + encoded.replace(b"- ", b"x ")).translate(_RUN_CLASSES)
    runs = set()
    find, rest = classes.find, _NUMBER_REST.match
    at = find(b"sn")  # the run starts at encoded[at]: classes has a blank more in front
    while at >= 0:
        run = rest(encoded, at + 1)
        if run is not None:
            runs.add(encoded[at : run.end()])
        at = find(b"sn", at + 2)
    return runs


def _number_agrees(run: str) -> bool:
    try:
        parsed: Any = yaml_rs.loads("v: " + run)
        got = parsed["v"]
    except Exception:
        return not run.strip("+-")  # a lone "-" (a list item's dash) is no value here
    if type(got) is str:
        return True
    expected = _ruamel_value(run)
    return type(got) is type(expected) and repr(got) == repr(expected)


@lru_cache(maxsize=4096)  # a date, a number or text: immutable, so shared safely
def _ruamel_value(plain: str) -> Any:
    """The value ruamel's reader builds from *plain* standing unquoted (its own resolver and
    constructors: a date for 2024-01-01, text for an impossible 2025-02-30)."""
    tag = _RESOLVER.resolve(ScalarNode, plain, (True, False))
    return _scalar_value(ScalarNode(tag, plain), str(tag))


def _settle(text: str, ambiguous: dict[str, list[tuple[Any, Any]]], anchored: bool) -> None:
    """Decide each ambiguous text value from the source, or raise _Fallback.

    Every scalar whose value is *value* shows *value* literally in the source
    (no escapes: a backslash sends the file to ruamel; quoted line folding would
    add a space), bounded by characters from _BEFORE/_AFTER. So if the number of
    such occurrences equals the number of values, and all of them are quoted,
    the values are text; if all are plain block or flow values of a date, they
    are dates. Any other count means some occurrence is something else (a
    comment, a key, a line of a block text, prose) and ruamel decides.
    """
    if "\\" in text:
        raise _Fallback
    counts = _occurrences(text, ambiguous, anchored)
    for value, places in ambiguous.items():
        total, quoted, plain = counts[value]
        if total == quoted == len(places):
            continue  # all quoted: text in both readers
        if not (total == plain == len(places) and DATE_TEXT.match(value)):
            raise _Fallback
        typed = _ruamel_value(value)  # a date, or text for an impossible one (2025-02-30)
        for container, key in places:
            container[key] = typed


def _occurrences(text: str, values: Iterable[str], anchored: bool) -> dict[str, list[int]]:
    """For each of *values*: [occurrences that may be a scalar, quoted ones, plain values].

    Each value's occurrences are found left to right, each search going on after
    the last one found (as ``str.find`` from its end would). The values are
    searched for together, one search for all that begin with the same two
    characters (the dates of a program mostly begin with "20"): a search goes
    through the whole text, and a program may have twenty dates.
    """
    counts: dict[str, list[int]] = {}
    groups: dict[str, dict[int, set[str]]] = {}
    for value in values:
        counts[value] = [0, 0, 0]
        groups.setdefault(value[:2], {}).setdefault(len(value), set()).add(value)
    free = dict.fromkeys(counts, 0)  # where the next occurrence of a value may begin
    for head, by_size in groups.items():
        i = text.find(head)
        while i >= 0:
            for size, same_size in by_size.items():
                value = text[i : i + size]
                if value in same_size and i >= free[value]:
                    free[value] = i + size
                    _count(text, i, i + size, anchored, counts[value])
            i = text.find(head, i + 1)
    return counts


def _count(text: str, i: int, j: int, anchored: bool, counts: list[int]) -> None:
    """Add the occurrence ``text[i:j]`` to *counts* (see :func:`_occurrences`).

    Between blanks, a scalar follows a node start (``:``, ``-``, a line break,
    ...) or, only where anchors are used, an anchor's name; and it ends at a
    line end, a comment, ``,]}`` or ``:``. Other occurrences are prose.
    """
    end = len(text)
    before = text[i - 1] if i else "\n"
    after = text[j] if j < end else "\n"
    k = j
    while k < end and text[k] in " \t":
        k += 1
    ends = k == end or text[k] in _ENDS or (text[k] == "#" and k > j)
    if (
        before in _BEFORE
        and after in _AFTER
        and (after not in " \t" or ends)
        and (before not in " \t" or anchored or _char_before(text, i) in _NODE_START)
    ):
        counts[0] += 1
        if before == after and before in "\"'":
            counts[1] += 1
        elif ends and (before in "[{," or text[i - 2 : i] in (": ", "- ", ", ")):
            counts[2] += 1
