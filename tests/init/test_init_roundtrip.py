"""The guidance survives automated edits: ruamel's round-trip loader keeps every comment."""

from __future__ import annotations

import io

from ruamel.yaml import YAML

from forloebkit.placeholders import SCAFFOLD_PREFIX


def _comments(text: str) -> list[str]:
    """Every comment in *text*, from '#' to the end of the line (a '#' inside quotes is text)."""
    found = []
    for line in text.splitlines():
        quoted = escaped = False
        for at, char in enumerate(line):
            if escaped:
                escaped = False
            elif char == "\\" and quoted:
                escaped = True
            elif char == '"':
                quoted = not quoted
            elif char == "#" and not quoted and (at == 0 or line[at - 1] == " "):
                found.append(line[at:])
                break
    return found


def _round_trip(text: str, yaml: YAML) -> str:
    out = io.StringIO()
    yaml.dump(yaml.load(text), out)
    return out.getvalue()


def test_default_round_trip_keeps_every_comment_byte_for_byte(scaffold: str) -> None:
    comments = _comments(scaffold)
    assert len(comments) > 300
    assert _comments(_round_trip(scaffold, YAML())) == comments


def test_round_trip_with_the_scaffold_style_keeps_the_whole_file(scaffold: str) -> None:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    assert _round_trip(scaffold, yaml) == scaffold


def test_an_automated_edit_keeps_the_guidance(scaffold: str) -> None:
    yaml = YAML()
    data = yaml.load(scaffold)
    data["målgruppe"]["karakteristika"]["antal"] = 1200
    data["program"]["status"] = "høring"
    out = io.StringIO()
    yaml.dump(data, out)
    edited = out.getvalue()
    assert _comments(edited) == _comments(scaffold)
    assert "    antal: 1200 # UDFYLD: antal borgere (et helt tal)" in edited


def test_comment_scanner_ignores_hash_in_quoted_text() -> None:
    assert _comments('titel: "A # B \\" # C"  # note\n# top\n') == ["# note", "# top"]


def test_every_placeholder_uses_the_scaffold_prefix(scaffold: str) -> None:
    for line in scaffold.splitlines():
        if "UDFYLD" in line and not line.lstrip().startswith("#"):
            assert f'"{SCAFFOLD_PREFIX} ' in line or f"# {SCAFFOLD_PREFIX} " in line, line
