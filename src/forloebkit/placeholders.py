"""What counts as "filled in". Placeholder text counts as missing.

``forloeb init`` writes its placeholders in the form ``UDFYLD: <what to write>``
(see :data:`SCAFFOLD_PREFIX`), so every one of them is recognised here.
"""

from __future__ import annotations

import re
from typing import Any

#: The prefix the scaffold puts in front of every placeholder it writes.
SCAFFOLD_PREFIX = "UDFYLD:"

_PLACEHOLDER = re.compile(
    r"""^\s*(?:
        (?:todo|fixme|tbd|udfyld|udfyldes|xxx+|\?+)\b.*   # TODO ..., Udfyldes senere
      | [.…_\-–—?]*                                               # ..., …, ---, ?, empty
      | <[^<>]*>                                                  # <beskriv målgruppen>
      | \[[^\[\]]*\]                                              # [indsæt tekst]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)


#: Every placeholder starts (after blanks) with one of these, or is blank.
PLACEHOLDER_FIRST = frozenset("tTfFuUxX?.…_-–—<[")
#: Every character ``str.isspace`` accepts (tests/test_placeholders.py checks the list).
_BLANKS = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: What a text that may be a placeholder starts with (``text[:1]``): one of PLACEHOLDER_FIRST,
#: a blank or nothing. Any other first character means real text: one set look-up, no call.
PLACEHOLDER_START = PLACEHOLDER_FIRST | _BLANKS | {""}


def is_placeholder(text: str) -> bool:
    """True for empty text and for text that only stands in for real content."""
    if text[:1] not in PLACEHOLDER_START:  # most real text: no blank to strip, no regex needed
        return False
    first = text.lstrip()[:1]
    if first and first not in PLACEHOLDER_FIRST:
        return False
    return _PLACEHOLDER.match(text) is not None


def is_filled(value: Any) -> bool:
    """True when *value* holds real content: a list or mapping counts if anything in it does."""
    if value is None:
        return False
    if isinstance(value, str):
        return not is_placeholder(value)
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return True  # numbers, booleans, dates
    for item in value:  # noqa: SIM110 (a loop, not any() over a generator: runs for most fields)
        if is_filled(item):
            return True
    return False


def drop_absent(data: Any, known: frozenset[str] | tuple[str, ...]) -> Any:
    """The program model's before-validator: a known key left empty (``målgruppe:``) or
    holding only a placeholder (``TODO``) counts as not written yet, so the checklist
    reports it, not the schema. Unknown keys stay, so the schema reports them.

    Runs for every mapping of every program, so a mapping with nothing to drop is
    returned as it is, without a copy, and the usual values (real text, numbers,
    mappings) are recognised without a call."""
    if not isinstance(data, dict):
        return data
    for key, value in data.items():
        if value is None:
            if key in known:
                break
            continue
        kind = type(value)
        if kind is str:
            first = value[:1]
            if (
                first in PLACEHOLDER_START
                and key in known
                and _PLACEHOLDER.match(value) is not None
            ):
                break
        elif kind is list:
            if key in known and _absent_or_has_placeholders(value):
                break
        elif kind is not dict and key in known and _absent_or_has_placeholders(value):
            break
    else:
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            out[key] = value
            continue
        if value is None or (isinstance(value, str) and is_placeholder(value)):
            continue
        if isinstance(value, list):
            value = [v for v in value if not (isinstance(v, str) and is_placeholder(v))]
        out[key] = value
    return out


def _absent_or_has_placeholders(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return is_placeholder(value)
    if isinstance(value, list):
        return any(isinstance(v, str) and is_placeholder(v) for v in value)
    return False
