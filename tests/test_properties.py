"""Property-based tests: whatever the input, `check` and `explain` answer without a traceback.

Random YAML-like text and random edits of the example programs (delete, duplicate or re-indent
a line, insert unicode, truncate, flip a byte) go through the same code as `forloeb check`:
discovery, reading, validation, the checklist and both reporters. Example counts are kept
modest so the file runs in seconds; `deadline=None` because the first example pays imports.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import unicodedata
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from ruamel.yaml import YAML
from typer.testing import CliRunner

from forloebkit.checking import CheckOptions, CheckRun, check_paths
from forloebkit.cli import app
from forloebkit.loading import read_program_text
from forloebkit.rendering.command import RenderRefused, run_render
from forloebkit.reporting.json_output import render_json
from forloebkit.reporting.text import render_text
from helpers import EXAMPLES, run_cli

EXAMPLE_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.yaml"))}
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# --- strategies ------------------------------------------------------------------------------

_TOKENS = [
    "skemaversion: 1\n", "program:\n", "  titel: ", "målgruppe:", "parter:", "- ", "  ", "    ",
    ": ", ":", "\n", "\r\n", "\r", "\t", "[", "]", "{", "}", ", ", "&a ", "*a", "<<: ", "!!str ",
    "!!binary ", "!!python/object:os.system ", "? ", "|\n", ">-\n", "'", '"', "#", "---\n",
    "...\n", "%YAML 1.2\n", "2025-02-30", "1e400", "0o17", "~", "null", "true", "“", "\u00a0",
    "\u200b", "\ufeff", "\x00", "\x07", "é", "ø", "\U0001f642",
]  # fmt: skip
yaml_like_text = st.lists(
    st.one_of(st.sampled_from(_TOKENS), st.text(max_size=4)), max_size=60
).map("".join)


@st.composite
def mutated_example(draw: st.DrawFn) -> bytes:
    """An example program with a few random edits, as bytes (some edits break the encoding)."""
    lines = EXAMPLE_TEXTS[draw(st.sampled_from(sorted(EXAMPLE_TEXTS)))].splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "duplicate", "indent", "dedent", "unicode"]))
        if edit == "delete":
            del lines[i]
        elif edit == "duplicate":
            lines.insert(i, lines[i])
        elif edit == "indent":
            lines[i] = " " * draw(st.integers(1, 5)) + lines[i]
        elif edit == "dedent":
            lines[i] = lines[i][draw(st.integers(1, 4)) :]
        else:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(min_size=1, max_size=5)) + lines[i][at:]
        if not lines:
            lines = [""]
    raw = "".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]  # truncated
    if draw(st.integers(0, 9)) == 0 and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]
    return raw


# --- the properties ----------------------------------------------------------------------------


def _check_in_process(raw: bytes, folder: Path) -> CheckRun:
    path = folder / "program.yaml"
    path.write_bytes(raw)
    run = check_paths([path], CheckOptions(), keep_documents=False)
    assert run.exit_code in (0, 1, 2)
    findings = run.findings
    assert all(f.line >= 1 and f.column >= 1 and f.message.strip() for f in findings)
    if run.exit_code == 2:
        assert any(f.code.startswith("YML") for f in findings)
    # both reporters, as `check` calls them
    render_text(run, Console(file=StringIO(), highlight=False, width=100), show_hints=True)
    parsed = json.loads(render_json(run))
    assert parsed["format"] == "forloeb-check"
    return run


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("egenskaber")


@SETTINGS
@given(text=yaml_like_text)
def test_random_yaml_never_crashes_check(text: str, folder: Path) -> None:
    _check_in_process(text.encode("utf-8", "surrogatepass"), folder)


@SETTINGS
@given(raw=mutated_example())
def test_mutated_examples_never_crash_check(raw: bytes, folder: Path) -> None:
    _check_in_process(raw, folder)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=mutated_example())
def test_mutated_examples_never_crash_render(raw: bytes, folder: Path) -> None:
    """render writes both formats for anything readable and refuses the rest with exit code 2."""
    path = folder / "udgiv.yaml"
    path.write_bytes(raw)
    out = folder / "udgivet"
    shutil.rmtree(out, ignore_errors=True)
    shown = StringIO()
    with contextlib.redirect_stdout(shown):
        try:
            code = run_render([path], "alle", out, None, None, False)
        except RenderRefused:
            code = 2
    written = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    assert (code, written) in ((0, ["udgiv.html", "udgiv.md"]), (2, []))
    for name in written:
        text = (out / name).read_text(encoding="utf-8")
        assert "<script" not in text.lower() or name.endswith(".md")


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=mutated_example())
def test_mutated_examples_through_the_real_cli(raw: bytes, folder: Path) -> None:
    path = folder / "cli.yaml"
    path.write_bytes(raw)
    for output in ("text", "json"):
        result = run_cli("check", "--format", output, str(path))
        assert result.returncode in (0, 1, 2)
        assert "Traceback" not in result.stdout + result.stderr
        assert "Intern fejl" not in result.stderr


_runner = CliRunner()


@settings(max_examples=150, deadline=None)
@given(
    code=st.one_of(
        st.text(max_size=20),
        st.from_regex(r"\A(YML|SKM|TJK|yml|tjk)[0-9]{0,4}\Z"),
        st.sampled_from(["stratificering", "ugyldig-yaml", "TJK204", "tjk204", "", "--alle"]),
    )
)
def test_explain_answers_any_code(code: str) -> None:
    result = _runner.invoke(app, ["explain", "--", code] if code else ["explain"])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 2:
        assert "Ukendt regel" in result.output


# --- round trip ---------------------------------------------------------------------------------

_COMMENT = re.compile(r"(?:^|\s)#\s?(.*)$")


def _round_trip(text: str) -> str:
    yaml = YAML()  # the round-trip loader an editor or script would use
    yaml.width = 4096
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = StringIO()
    yaml.dump(yaml.load(text), out)
    return out.getvalue()


def _comments(text: str) -> list[str]:
    found = (_COMMENT.search(line) for line in text.splitlines())
    return [m.group(1).strip() for m in found if m and m.group(1).strip()]


@pytest.mark.parametrize("name", sorted(EXAMPLE_TEXTS))
def test_round_trip_keeps_comments_and_content(name: str) -> None:
    text = EXAMPLE_TEXTS[name]
    saved = _round_trip(text)
    assert _comments(saved) == _comments(text)
    before, after = read_program_text(text, name), read_program_text(saved, name)
    assert before.document is not None and after.document is not None
    assert after.document.data == before.document.data


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(sorted(EXAMPLE_TEXTS)),
    title=st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=80),
)
def test_round_trip_of_an_edited_title_keeps_the_rest(name: str, title: str) -> None:
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(EXAMPLE_TEXTS[name])
    data["program"]["titel"] = title
    out = StringIO()
    yaml.dump(data, out)
    saved = out.getvalue()
    assert _comments(saved) == _comments(EXAMPLE_TEXTS[name])
    read = read_program_text(saved, name)
    assert read.document is not None, read.findings
    assert read.document.data["program"]["titel"] == unicodedata.normalize("NFC", title)
