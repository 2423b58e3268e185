"""FastEnvironment's shortcuts give exactly what plain Jinja gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup, escape
from ruamel.yaml import YAML

from forloebkit.checking import check_paths
from forloebkit.rendering import fast_jinja
from forloebkit.rendering.data_view import Node
from forloebkit.rendering.environment import Format, build_environment, render_template
from forloebkit.rendering.fast_jinja import FastEnvironment, escape_output, safe_html
from forloebkit.rendering.party_view import build_party_view
from forloebkit.rendering.writer import program_views
from render_helpers import PROGRAMS

#: Appended to every text of a program: HTML, entities, quotes, Markdown, an unsafe link.
NASTY = [
    " <b>&\"'</b> *em* [l](javascript:x) `c` a|b",
    '\n\n- punkt <i>\n- to & "tre"',
    " 'x' > y &amp; &lt;",
]


class _Html:
    def __html__(self) -> str:
        return "<i>sikker</i>"

    def __str__(self) -> str:
        return "<i>usikker</i>"


@given(st.text())
def test_escape_output_is_markupsafes_escape(text: str) -> None:
    assert escape_output(text) == str(escape(text))
    assert type(escape_output(text)) is str


@pytest.mark.parametrize(
    "value", [Markup("<b>x</b>"), _Html(), 3, 2.5, None, True, date(2025, 1, 2), ["<a>"]]
)
def test_escape_output_of_other_values(value: object) -> None:
    assert escape_output(value) == str(escape(value))


def test_safe_html_is_markup_without_escaping() -> None:
    html = safe_html("<p>a &amp; b</p>")
    assert type(html) is Markup
    assert html == Markup("<p>a &amp; b</p>") == "<p>a &amp; b</p>"


TEMPLATES = {
    "outputs": "{{ s }}|{{ m }}|{{ n }}|{{ h }}|{{ s ~ m }}|{{ (s ~ m)|upper }}",
    "joins": "{{ l|join(', ') }}|{{ ml|join(s) }}|{{ l|join(m) }}|{{ t|join('-') }}"
    "|{{ ds|join(', ', attribute='x') }}|{{ l|join }}",
    "maps": "{{ l|map('label')|join(', ') }}|{{ l|map('upper')|join }}|{{ t|map('label')|list }}"
    "|{{ ds|map(attribute='x')|join(m) }}|{{ 'a<c'|join('-') }}|{{ ml|map('label')|join }}"
    "|{{ gone|join }}|{{ gone|map('label')|join }}|{{ n|string|join(',') }}",
    "macros": "{% macro b(x) %}<{{ x }}>{{ caller() if caller else '' }}{% endmacro %}"
    "{{ b(s) }}{% call b(m) %}{{ s }}{% endcall %}{% set v %}{{ s }}{% endset %}{{ v }}"
    "{% filter upper %}{{ s }}{% endfilter %}{% autoescape false %}{{ s }}{% endautoescape %}",
    "macro arguments": "{% macro d(a, b='<d>') %}{{ a }}{{ b }}{% endmacro %}{{ d(s) }}"
    "{{ d(s, m) }}{{ d(b=s, a=n) }}{% for x in l %}{{ d(x, loop.index) }}{% endfor %}"
    "{% set v %}{{ d(h, s) }}{% endset %}{{ v }}{{ d(s)|length }}",
    "calls": "{{ node.text('a') }}|{{ node['a'] }}|{{ node.texts('l')|join(',') }}"
    "{% for x in node.nodes('n') %}{{ x['b'] }}{{ loop.index }}{% endfor %}|{{ f(s) }}"
    "|{{ range(3)|join }}|{{ stop() }}",
}


def _context() -> dict[str, Any]:
    return {
        "s": '<a href="x">&\'',
        "m": Markup("<b>fed</b>"),
        "n": 42,
        "h": _Html(),
        "l": ["<1>", "&2"],
        "ml": [Markup("<i>"), "<u>"],
        "t": ("a", "<b>"),
        "ds": [{"x": "<x>"}, {"x": 1}],
        "node": Node({"a": "<tekst>", "l": ["a", "TODO", "<b>"], "n": [{"b": "&"}, {"b": 2}]}),
        "f": jinja2.pass_context(lambda context, value: f"{context['n']}{value}"),
        "stop": lambda: next(iter([])),
    }


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("name", list(TEMPLATES))
def test_the_same_output_as_plain_jinja(name: str, autoescape: bool) -> None:
    plain = jinja2.Environment(autoescape=autoescape)
    fast = FastEnvironment(autoescape=autoescape)
    for env in (plain, fast):
        env.filters["label"] = lambda value: f"[{value}]"
    source = TEMPLATES[name]
    expected = plain.from_string(source).render(_context())
    assert fast.from_string(source).render(_context()) == expected


def _nasty_copy(path: Path, folder: Path) -> Path:
    yaml = YAML()
    data = yaml.load(path)
    count = 0

    def spoil(value: Any) -> Any:
        nonlocal count
        if isinstance(value, str):
            count += 1
            return value + NASTY[count % len(NASTY)]
        if isinstance(value, dict):
            for key in value:
                if key not in ("id", "skemaversion"):
                    value[key] = spoil(value[key])
        elif isinstance(value, list):
            value[:] = [spoil(item) for item in value]
        return value

    spoil(data)
    out = folder / path.name
    yaml.dump(data, out)
    return out


def _documents(fmt: Format, paths: list[Path], own: Path) -> list[str]:
    env = build_environment(fmt, own)  # a folder of one's own: no compiled code from the cache
    views = program_views(check_paths(paths).programs)
    context = {"version": "test", "timestamp": None}
    docs = [
        render_template(
            env, f"{fmt.value}/program.{fmt.value}.j2", {**context, "p": p, "part": None}
        )
        for p in views
    ]
    for view in views:
        for party in view.parties[:2]:
            part = build_party_view(view, party.id)
            docs.append(
                render_template(
                    env, f"{fmt.value}/part.{fmt.value}.j2", {**context, "p": view, "part": part}
                )
            )
    return docs


@pytest.mark.parametrize("fmt", list(Format), ids=str)
def test_shipped_templates_give_what_plain_jinja_gives(
    fmt: Format, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "egne").mkdir()
    paths = [_nasty_copy(path, tmp_path) for path in PROGRAMS]
    fast = _documents(fmt, paths, tmp_path / "egne")
    assert any("&lt;b&gt;" in doc for doc in fast) == (fmt is Format.html)
    assert type(build_environment(fmt, tmp_path / "egne")) is FastEnvironment
    # Another Jinja version than the one fast_jinja was written against: plain Jinja.
    monkeypatch.setattr(fast_jinja, "SUPPORTED", False)
    assert type(build_environment(fmt, tmp_path / "egne")) is jinja2.Environment
    assert _documents(fmt, paths, tmp_path / "egne") == fast


def test_node_lookups_are_cached_in_the_node_and_nodes_compare_as_objects() -> None:
    data = {"a": "tekst", "b": "TODO", "c": 3}
    node = Node(data)
    assert (node["a"], node["b"], node["c"], node["x"]) == ("tekst", None, "3", None)
    data["a"] = "ændret"
    assert node["a"] == node.text("a") == "tekst"  # looked up once
    assert node != Node(data) and node == node
    assert len({node, Node(data)}) == 2
    assert not Node({"a": "TODO"}) and Node({"a": "x"})
