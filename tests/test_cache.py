"""The result cache: an unchanged file is not checked again, and nothing stale is ever reported."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from forloebkit.checking import CheckOptions, CheckRun, check_paths
from forloebkit.checking import run as run_module
from forloebkit.checking.cache import _result_from_json, _result_to_json
from forloebkit.checking.run import ProgramResult, Skipped
from forloebkit.reporting.json_output import render_json
from helpers import ROOT, run_cli

DRAFT = ROOT / "tests" / "data" / "udkast-angst.yaml"
OPTIONS = CheckOptions(today=date(2026, 11, 23))


def _check(paths: list[Path], cache: Path, options: CheckOptions = OPTIONS) -> CheckRun:
    return check_paths(paths, options, keep_documents=False, cache_dir=cache)


def _forbid_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a remembered file was checked again")

    monkeypatch.setattr(run_module, "check_file", refuse)


@pytest.fixture
def programs(tmp_path: Path) -> Path:
    folder = tmp_path / "programmer"
    folder.mkdir()
    for source in [*sorted((ROOT / "examples").glob("*.yaml")), DRAFT]:
        shutil.copy(source, folder / source.name)
    (folder / "noter.yaml").write_text("a: 1\n", encoding="utf-8")  # skipped: not a program
    return folder


def test_the_second_run_reuses_every_result(
    programs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = _check([programs], cache)
    assert (cache / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    _forbid_checking(monkeypatch)
    second = _check([programs], cache)
    assert render_json(second) == render_json(first)
    assert second.skipped == first.skipped
    assert second.exit_code == first.exit_code == 1


def test_a_changed_file_is_checked_again(programs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    draft = programs / DRAFT.name
    before = _check([draft], cache)
    draft.write_text(draft.read_text(encoding="utf-8") + "ukendt_nøgle: 1\n", encoding="utf-8")
    after = _check([draft], cache)
    new = {(f.code, f.line) for f in after.findings} - {(f.code, f.line) for f in before.findings}
    assert new == {("SKM001", 96)}  # the draft has 95 lines


@pytest.mark.parametrize(
    "other",
    [
        replace(OPTIONS, today=date(2029, 6, 1)),
        replace(OPTIONS, ignore=("TJK",)),
        replace(OPTIONS, strict=True, min_coverage=90),
    ],
    ids=["date", "ignore", "strict"],
)
def test_other_settings_do_not_meet_old_results(
    other: CheckOptions, programs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _check([programs], cache)
    uncached = check_paths([programs], other, keep_documents=False)
    assert render_json(_check([programs], cache, other)) == render_json(uncached)
    _forbid_checking(monkeypatch)  # and both settings are now remembered side by side
    _check([programs], cache)
    _check([programs], cache, other)


def test_the_same_file_under_another_name_is_its_own_entry(programs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _check([programs / DRAFT.name], cache)
    shutil.copy(programs / DRAFT.name, programs / "kopi.yaml")
    run = _check([programs / "kopi.yaml"], cache)
    assert {f.file for f in run.findings} == {str(programs / "kopi.yaml")}


@pytest.mark.parametrize("content", ["{ikke json", "[]", '{"1:x": 5}', ""])
def test_a_broken_cache_is_ignored_and_replaced(
    content: str, programs: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    expected = render_json(_check([programs], cache))
    for file in cache.glob("check-*.json"):
        file.write_text(content, encoding="utf-8")
    assert render_json(_check([programs], cache)) == expected
    assert all(json.loads(f.read_text(encoding="utf-8")) for f in cache.glob("check-*.json"))


def test_a_damaged_entry_is_checked_again(programs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = render_json(_check([programs], cache))
    (file,) = cache.glob("check-*.json")
    entries = json.loads(file.read_text(encoding="utf-8"))
    for entry in entries.values():
        entry["result"] = {"file": "x", "title": None, "items": [["9.9", "?", [], None, []]]}
    file.write_text(json.dumps(entries), encoding="utf-8")
    assert render_json(_check([programs], cache)) == expected


def test_a_cache_that_cannot_be_written_changes_nothing(programs: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "fil"
    blocked.write_text("ikke en mappe", encoding="utf-8")
    run = _check([programs], blocked / "cache")
    assert render_json(run) == render_json(check_paths([programs], OPTIONS, keep_documents=False))


def test_old_cache_files_are_removed(programs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for day in range(1, 8):
        _check([programs / DRAFT.name], cache, replace(OPTIONS, today=date(2027, 1, day)))
    assert len(list(cache.glob("check-*.json"))) == 4


@pytest.mark.parametrize("source", ["examples", "tests/data", "tests/corpus"])
def test_every_result_survives_the_round_trip(source: str) -> None:
    run = check_paths([ROOT / source], OPTIONS, keep_documents=False)
    outcomes: list[ProgramResult | Skipped] = [*run.programs, *run.skipped]
    for outcome in outcomes:
        assert _result_from_json(json.loads(json.dumps(_result_to_json(outcome)))) == outcome


def test_check_remembers_in_dot_forloeb_cache(tmp_path: Path) -> None:
    shutil.copy(DRAFT, tmp_path / "p.yaml")
    args = ("check", "p.yaml", "--dato", "2026-11-23")
    first = run_cli(*args, cwd=tmp_path, env={"FORLOEB_CACHE_DIR": ""})
    assert [p.name for p in (tmp_path / ".forloeb_cache").glob("check-*.json")] != []
    second = run_cli(*args, cwd=tmp_path, env={"FORLOEB_CACHE_DIR": ""})
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)


def test_the_cache_sits_beside_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "forloeb.toml").write_text("strict = true\n", encoding="utf-8")
    (tmp_path / "programmer").mkdir()
    shutil.copy(DRAFT, tmp_path / "programmer" / "p.yaml")
    run_cli("check", "p.yaml", cwd=tmp_path / "programmer", env={"FORLOEB_CACHE_DIR": ""})
    assert (tmp_path / ".forloeb_cache").is_dir()
    assert not (tmp_path / "programmer" / ".forloeb_cache").exists()


@pytest.mark.parametrize(
    ("flag", "env"), [("--ingen-cache", {}), (None, {"FORLOEB_INGEN_CACHE": "1"})]
)
def test_without_the_cache_nothing_is_written(
    flag: str | None, env: dict[str, str], tmp_path: Path
) -> None:
    shutil.copy(DRAFT, tmp_path / "p.yaml")
    args = ["check", "p.yaml", *([flag] if flag else [])]
    done = run_cli(*args, cwd=tmp_path, env={"FORLOEB_CACHE_DIR": "", **env})
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.yaml"]


def test_a_run_served_by_the_cache_imports_no_validator_or_fast_reader(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv = ['forloeb', 'check', 'examples/']\n"
        "from forloebkit.entry import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\n"
        "print(code, 'pydantic_core' in sys.modules, 'yaml_rs' in sys.modules, file=sys.stderr)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "FORLOEB_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                       text=True, check=False).stderr.splitlines()[-1]
        for _ in range(2)
    ]  # fmt: skip
    # The first run reads and validates; the second only remembers (no reader, no validator).
    assert runs == ["0 True True", "0 False False"]


def test_an_upgraded_reader_does_not_meet_old_results(
    programs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new ruamel.yaml, yaml-rs or pydantic-core could read a file otherwise."""
    from forloebkit.checking import cache as cache_module

    installed = cache_module._reader_versions()
    assert any(name.startswith("ruamel_yaml-") for name in installed)
    assert any(name.startswith("pydantic_core-") for name in installed)
    cache = tmp_path / "cache"
    _check([programs], cache)
    upgraded = [name.replace("ruamel_yaml-", "ruamel_yaml-99.") for name in installed]
    monkeypatch.setattr(cache_module, "_reader_versions", lambda: upgraded)
    _forbid_checking(monkeypatch)
    with pytest.raises(AssertionError, match="checked again"):
        _check([programs], cache)
