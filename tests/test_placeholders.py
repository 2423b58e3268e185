"""What counts as filled in."""

import sys
from datetime import date

import pytest

from forloebkit.placeholders import (
    PLACEHOLDER_FIRST,
    PLACEHOLDER_START,
    SCAFFOLD_PREFIX,
    is_filled,
    is_placeholder,
)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "TODO", "todo: skriv mål", "FIXME", "TBD", "xxx", "XXXX", "Udfyldes",
     "udfyldes efter høringen", f"{SCAFFOLD_PREFIX} beskriv målgruppen", "...", "…", "-", "?",
     "<beskriv målgruppen>", "[indsæt tekst]"],
)  # fmt: skip
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    ["Region Sjælland", "Udredning med VUM", "Todos are words too", "xxxtra", "Mangler netværk"],
)
def test_real_text(text: str) -> None:
    assert not is_placeholder(text)


def test_filled_values() -> None:
    assert is_filled(0)
    assert is_filled(False)
    assert is_filled(date(2025, 1, 1))
    assert is_filled(["", "Tekst"])
    assert is_filled({"a": None, "b": "Tekst"})
    assert not is_filled(None)
    assert not is_filled([])
    assert not is_filled(["TODO", ""])
    assert not is_filled({"a": "xxx", "b": [None]})


def test_first_character_shortcut_agrees_with_the_pattern() -> None:
    """is_placeholder skips the regex for text whose first character cannot start a placeholder."""
    from forloebkit.placeholders import _PLACEHOLDER

    tails = [
        "",
        "odo",
        "ODO: noget",
        "ixme",
        "bd",
        "dfyld",
        "dfyldes",
        "xx",
        "..",
        "?",
        "beskriv>",
        " x]",
        "-",
    ]
    for code in range(0x20, 0x2100):
        for tail in tails:
            for lead in ("", "  ", "\t"):
                text = lead + chr(code) + tail
                assert is_placeholder(text) == (_PLACEHOLDER.match(text) is not None), repr(text)


def _drop_absent_reference(data: object, known: frozenset[str]) -> object:
    """drop_absent written plainly: what the fast version must always return."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        if key in known:
            if value is None or (isinstance(value, str) and is_placeholder(value)):
                continue
            if isinstance(value, list):
                value = [v for v in value if not (isinstance(v, str) and is_placeholder(v))]
        out[key] = value
    return out


@pytest.mark.parametrize(
    "value",
    [None, "", " ", "  TODO", "\tUdfyldes", " Region", "Region", "todo", "Todos", "…", "[x]",
     "<x>", "x", "xxx", 0, 1.5, True, date(2025, 1, 1), [], ["a"], ["TODO", "a"], [None, 1],
     {"a": "TODO"}, {}, ("TODO",)],
)  # fmt: skip
def test_drop_absent_agrees_with_the_plain_version(value: object) -> None:
    from forloebkit.placeholders import drop_absent

    known = frozenset({"k"})
    for data in ({"k": value, "x": "TODO"}, {"x": value}, {"a": "tekst", "k": value}):
        got = drop_absent(data, known)
        assert got == _drop_absent_reference(data, known)
        if got == data:
            assert got is data  # nothing dropped: no copy


def test_placeholder_start_is_every_first_character_a_placeholder_may_have() -> None:
    """The quick test before is_placeholder: "", PLACEHOLDER_FIRST and every blank."""
    blanks = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert PLACEHOLDER_FIRST | blanks | {""} == PLACEHOLDER_START
    for text in ["", " ", "\u3000TODO", "\n...", "TODO", "<beskriv>", "…"]:
        assert text[:1] in PLACEHOLDER_START
        assert is_placeholder(text)
