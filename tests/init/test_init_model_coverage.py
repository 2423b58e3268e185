"""Every key of the program model is in the scaffold of every variant, so the two cannot drift."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from ruamel.yaml import YAML

from forloebkit.model import Program
from forloebkit.model.base import Section
from forloebkit.scaffold import Answers
from forloebkit.scaffold.builder import _inner, iter_model_paths
from forloebkit.scaffold.guidance import load_guidance

#: Written only for programs for children or young people (4.3.1.3).
CHILDREN_ONLY = {"indsatser.katalog[*].børn_og_unge"}
#: Entries with required keys (or whose placeholder would itself be a finding) are shown as a
#: commented-out example above an empty list or mapping.
EXAMPLE_ONLY = {
    "program.godkendelser",
    "målgruppe.kriterier.inklusion[*].koder",
    "målgruppe.kriterier.eksklusion[*].koder",
    "tjekliste",
}


def _walk(model: type[Section], data: Any, path: str, lines: list[str], seen: set[str],
          children: bool) -> None:  # fmt: skip
    assert isinstance(data, dict), f"{path or 'roden'} er ikke en mapping i skelettet"
    for name, info in model.model_fields.items():
        key = info.alias or name
        where = f"{path}.{key}" if path else key
        if where in CHILDREN_ONLY and not children:
            assert key not in data, where
            continue
        assert key in data, f"'{where}' mangler i skelettet"
        seen.add(where)
        annotation = _inner(info.annotation)
        origin = typing.get_origin(annotation)
        if where in EXAMPLE_ONLY:
            item = _inner(typing.get_args(annotation)[-1])
            for example_key in _example_keys(lines, key):
                assert example_key in item.yaml_keys(), (where, example_key)
            assert set(item.yaml_keys()) <= set(_example_keys(lines, key)), where
            seen.update(f"{where}[*].{k}" for k in item.yaml_keys())
            continue
        if origin is list:
            element = _inner(typing.get_args(annotation)[0])
            if isinstance(element, type) and issubclass(element, Section):
                assert data[key], f"'{where}' er en tom liste"
                for entry in data[key]:
                    _walk(element, entry, f"{where}[*]", lines, seen, children)
        elif isinstance(annotation, type) and issubclass(annotation, Section):
            _walk(annotation, data[key], where, lines, seen, children)


def _example_keys(lines: list[str], key: str) -> list[str]:
    """The keys in the commented-out example above ``key: []`` / ``key: {}``."""
    (at,) = [i for i, line in enumerate(lines) if line.strip() in (f"{key}: []", f"{key}: {{}}")][
        :1
    ]
    block: list[str] = []
    for line in reversed(lines[:at]):
        text = line.strip()
        if text == "# Eksempel:":
            break
        block.insert(0, line.split("#", 1)[1][1:])
    parsed = YAML(typ="safe").load("\n".join(block))
    entries = parsed[key]
    mappings = entries if isinstance(entries, list) else list(entries.values())
    return sorted({k for m in mappings for k in m})


def test_every_model_key_is_in_the_scaffold(scaffold: str, answers: Answers) -> None:
    data = YAML(typ="safe").load(scaffold)
    seen: set[str] = set()
    _walk(Program, data, "", scaffold.splitlines(), seen, answers.for_children)
    every = {
        f"{path}.{info.alias or name}" if path else (info.alias or name)
        for path, model in iter_model_paths()
        for name, info in model.model_fields.items()
    }
    expected = every if answers.for_children else every - CHILDREN_ONLY
    assert seen == expected


@pytest.mark.parametrize("path", sorted(load_guidance().fields))
def test_guidance_paths_exist_in_the_model(path: str) -> None:
    every = {
        f"{where}.{info.alias or name}" if where else (info.alias or name)
        for where, model in iter_model_paths()
        for name, info in model.model_fields.items()
    }
    assert path in every


def test_guidance_sections_are_the_top_level_keys() -> None:
    top = {info.alias or name for name, info in Program.model_fields.items()}
    assert set(load_guidance().sections) <= top
