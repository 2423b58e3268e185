"""The shipped templates' compiled code is reused between runs, and a bad cache never fails a render."""

from __future__ import annotations

import pickle
from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import bc_magic

from forloebkit.checking import check_paths
from forloebkit.rendering import environment
from forloebkit.rendering.environment import Format, build_environment, render_template
from forloebkit.rendering.writer import program_views
from helpers import EXAMPLES


def _render(env: jinja2.Environment) -> str:
    view = program_views(check_paths([EXAMPLES / "skizofreni.yaml"]).programs)[0]
    context = {"p": view, "part": None, "version": "test", "timestamp": None}
    return render_template(env, "html/program.html.j2", context)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setattr(
        environment,
        "_compiled_templates",
        lambda fmt: environment._CompiledTemplates(fmt, str(folder)),
    )
    return folder


def _without_cache(tmp_path: Path) -> str:
    (tmp_path / "egne").mkdir()  # a template folder of one's own turns the cache off
    return _render(build_environment(Format.html, tmp_path / "egne"))


def test_a_second_run_compiles_nothing(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _without_cache(tmp_path)
    assert list(cache_dir.iterdir()) == []
    assert _render(build_environment(Format.html)) == expected
    assert len(list(cache_dir.iterdir())) > 10  # the program template and its partials

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled a template although its code was cached")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    assert _render(build_environment(Format.html)) == expected


def test_damaged_cache_entries_are_compiled_again(cache_dir: Path, tmp_path: Path) -> None:
    expected = _without_cache(tmp_path)
    _render(build_environment(Format.html))
    entries = list(cache_dir.iterdir())
    damage = [b"", b"j2", bc_magic + b"not a pickle", bc_magic + pickle.dumps("x") + b"\x00"]
    for n, entry in enumerate(entries):
        entry.write_bytes(damage[n % len(damage)])
    assert _render(build_environment(Format.html)) == expected
    assert all(entry.read_bytes().startswith(bc_magic) for entry in entries)  # rewritten


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _without_cache(tmp_path)
    missing = tmp_path / "findes-ikke"
    monkeypatch.setattr(
        environment,
        "_compiled_templates",
        lambda fmt: environment._CompiledTemplates(fmt, str(missing)),
    )
    assert _render(build_environment(Format.html)) == expected
    assert not missing.exists()
