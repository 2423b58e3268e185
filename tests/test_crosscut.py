"""The cross-cutting rules as a whole: silence on scaffolds, robustness, --dato, explain."""

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from forloebkit.checking import CheckOptions, check_paths
from forloebkit.checking.crosscut import check_crosscutting
from forloebkit.loading import LoadedDocument
from forloebkit.rules import GROUPS, all_rules
from helpers import EXAMPLES, check_text, complete_program, dump, run_cli

CROSSCUT = ("REF", "DEL", "BRN", "UDS", "IND", "STR", "VID", "TID", "KOD", "CPR")


def _crosscut(findings: list[Any]) -> list[str]:
    return [f.code for f in findings if f.code.startswith(CROSSCUT)]


#: Keys a scaffold may fill in ahead of time: ids, references and fixed choices.
KINDS = frozenset({
    "id", "type", "form", "samarbejdsform", "aspekt", "niveau", "dimension", "status", "område",
    "system", "aldersgrupper", "forløbsdele", "børn_og_unge", "beslutning", "part", "ansvarlig",
    "fra", "til", "niveauer", "indikatorer", "indsatser", "parter", "skemaversion",
})  # fmt: skip


def _placeholders(node: Any, keep: frozenset[str] = frozenset(), key: str = "") -> Any:
    """Every text replaced by a scaffold placeholder, except under the keys in *keep*;
    numbers, dates and structure kept."""
    if key in keep:
        return node
    if isinstance(node, dict):
        return {k: _placeholders(v, keep, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_placeholders(v, keep, key) for v in node]
    return "UDFYLD: skriv her" if isinstance(node, str) else node


def test_complete_program_is_clean() -> None:
    assert check_text(dump(complete_program())).findings == []


@pytest.mark.parametrize("keep", [frozenset(), KINDS], ids=["alt", "id-og-valg-udfyldt"])
def test_a_scaffold_full_of_placeholders_gives_no_cross_cutting_findings(
    keep: frozenset[str],
) -> None:
    program = _placeholders(complete_program(), keep)
    program["skemaversion"] = 1
    program["program"]["titel"] = "Forløbsprogram for voksne med skizofreni"
    assert _crosscut(check_text(dump(program)).findings) == []


@pytest.mark.parametrize(
    "section", ["program", "fælles_mål_og_forståelse", "målgruppe", "indsatser",
                "organisering", "implementering", "opfølgning"],
)  # fmt: skip
@pytest.mark.parametrize("odd", ["en tekst", 42, ["a", 1, None], [{"x": [1]}], None])
def test_odd_shapes_never_raise(section: str, odd: object) -> None:
    program = complete_program()
    program[section] = odd
    check_text(dump(program))  # must not raise


def test_rules_run_when_the_schema_fails() -> None:
    program = complete_program()
    program["målgruppe"]["stratifisering"] = {}  # a typo: the schema fails
    program["indsatser"]["katalog"][0]["ansvarlig"] = ["ukendt"]
    result = check_text(dump(program))
    assert result.program is None
    assert _crosscut(result.findings) == ["REF101"]


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2029, 2, 28)])
def test_examples_stay_clean_for_years(today: date) -> None:
    run = check_paths([EXAMPLES], CheckOptions(today=today))
    assert run.findings == []


def test_every_group_is_registered_and_explained() -> None:
    codes = all_rules()
    for prefix in CROSSCUT:
        assert prefix in GROUPS
        assert any(code.startswith(prefix) for code in codes), prefix
    result = run_cli("explain", "--alle")
    assert "Børn og unge" in result.stdout
    assert "  CPR101  cpr-nummer" in result.stdout


def test_explain_one_cross_cutting_rule() -> None:
    result = run_cli("explain", "DEL101")
    assert result.returncode == 0
    assert result.stdout.startswith("DEL101  lokal-plan-mangler (fejl)\n")
    assert "Gruppe: Alle parter deltager · Modellens afsnit 4.5" in result.stdout


def test_dato_option(tmp_path: Path) -> None:
    program = tmp_path / "p.yaml"
    program.write_text(
        "skemaversion: 1\nprogram:\n  titel: T\n"
        "  revision: {senest: 2025-03-12, hyppighed_måneder: 24, næste: 2027-03-01}\n",
        encoding="utf-8",
    )
    before = run_cli("check", "--dato", "2027-03-01", "--uden-tip", str(program))
    after = run_cli("check", "--dato", "2027-03-02", "--uden-tip", str(program))
    assert "TID102" not in before.stdout
    assert (
        f"{program.as_posix()}:4:57 TID102 Programmet skulle have været revideret" in after.stdout
    )


@pytest.mark.parametrize("bad", ["23-11-2026", "2026-02-30", "i dag", "20261123"])
def test_invalid_dato_is_a_usage_error(bad: str) -> None:
    result = run_cli("check", "--dato", bad, "examples/")
    assert result.returncode == 2
    assert result.stderr == (
        f"Fejl: Ugyldig dato '{bad}' til --dato: skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.\n"
    )
    assert result.stdout == ""


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value in *node*."""
    out: list[tuple[Any, ...]] = []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        out.append((*path, key))
        out.extend(_paths(value, (*path, key)))
    return out


def _replaced(program: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    out = copy.deepcopy(program)
    node: Any = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return out


@pytest.mark.parametrize("odd", [[[1], {"a": None}], {"x": [[]]}])
def test_any_value_of_an_odd_shape_never_raises(odd: object) -> None:
    """Unhashable lists and mappings where a text, an id or a date belongs, one place at a time."""
    program = complete_program()
    for path in _paths(program):  # the rules alone: reading and the schema have their own tests
        check_crosscutting(
            LoadedDocument("t.yaml", _replaced(program, path, odd)), date(2026, 1, 1)
        )
