"""The command line, run as a real subprocess: exit codes, output, Danish text."""

import json
from pathlib import Path

import pytest

from helpers import DATA, EXAMPLES, run_cli

DRAFT = DATA / "udkast-angst.yaml"


def test_examples_exit_0() -> None:
    result = run_cli("check", "examples/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 fejl, 0 advarsler" in result.stdout
    assert result.stdout.count("I alt                            22/22") == len(
        list(EXAMPLES.glob("*.yaml"))
    )


def test_draft_exits_1_and_lists_findings_as_file_line_column_code() -> None:
    result = run_cli("check", "--dato", "2026-11-23", str(DRAFT.relative_to(DATA.parent.parent)))
    assert result.returncode == 1
    assert "tests/data/udkast-angst.yaml:14:12 SKM003 'version' skal være tekst" in result.stdout
    assert "tests/data/udkast-angst.yaml:52:3 SKM001 Ukendt nøgle 'stratifisering'" in result.stdout
    assert "    tip: Mente du 'stratificering'?" in result.stdout
    assert "  2 Målgruppe                        0/4  ◐ 2.1  ◐ 2.2  ✗ 2.3  ✗ 2.4" in result.stdout
    assert "  I alt                             4/22" in result.stdout
    assert result.stdout.rstrip().endswith("1 program tjekket: 26 fejl, 10 advarsler.")


def test_without_hints() -> None:
    result = run_cli("check", "--uden-tip", str(DRAFT))
    assert result.returncode == 1
    assert "tip:" not in result.stdout


def test_invalid_yaml_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "ødelagt.yaml"
    bad.write_text("skemaversion: 1\nprogram:\n  titel: Forløb: voksne\n", encoding="utf-8")
    result = run_cli("check", str(bad))
    assert result.returncode == 2
    assert f"{bad.as_posix()}:3:16 YML001 Ugyldig YAML" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_windows_1252_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "word.yaml"
    bad.write_bytes("skemaversion: 1\nprogram:\n  titel: Målgruppe\n".encode("cp1252"))
    result = run_cli("check", str(bad))
    assert result.returncode == 2
    assert ":3:11 YML004 Filen er ikke gemt som UTF-8" in result.stdout


def test_unreadable_input_wins_over_findings(tmp_path: Path) -> None:
    (tmp_path / "tom.yaml").write_text("", encoding="utf-8")
    result = run_cli("check", str(DRAFT), str(tmp_path / "tom.yaml"))
    assert result.returncode == 2


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "findes-ikke.yaml"))
    assert result.returncode == 2
    assert "YML005 Stien" in result.stdout


def test_folder_skips_yaml_that_is_not_a_program(tmp_path: Path) -> None:
    (tmp_path / "workflow.yml").write_text("name: CI\non: push\n", encoding="utf-8")
    (tmp_path / "liste.yaml").write_text("- a\n- b\n", encoding="utf-8")
    (tmp_path / "program.yaml").write_text(
        (EXAMPLES / "depression.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0, result.stdout
    assert f"Sprunget over: {(tmp_path / 'workflow.yml').as_posix()}" in result.stdout
    assert "1 program tjekket: 0 fejl, 0 advarsler, 2 sprunget over." in result.stdout


def test_empty_folder_says_no_programs(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0
    assert "Ingen programmer fundet" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "Fejl: Mangler argumentet 'STI'."),
        (["check", "--nope", "x"], "Fejl: Ukendt tilvalg: --nope"),
        (
            ["check", "--format", "xml", "x"],
            "'xml' er ikke en af 'text', 'json', 'sarif', 'github', 'gitlab', 'junit'.",
        ),
        (["tjek"], "Fejl: Ukendt kommando 'tjek'."),
    ],
)
def test_usage_errors_exit_2_in_danish(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_danish() -> None:
    result = run_cli("check", "--help")
    assert result.returncode == 0
    for words in ("Brug: forloeb check [TILVALG] {STI}...", "Argumenter", "Tilvalg", "Exitkoder",
                  "Vis denne hjælp og afslut."):  # fmt: skip
        assert words in result.stdout
    for english in ("Usage:", "Options", "Arguments", "Show this message"):
        assert english not in result.stdout


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("forloeb 0.")


def test_json_lists_every_item_and_finding() -> None:
    result = run_cli("check", "--format", "json", "--dato", "2026-11-23", str(DRAFT))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["format"] == "forloeb-check"
    assert report["formatversion"] == 1
    (program,) = report["programmer"]
    assert program["titel"] == "Forløbsprogram for voksne med angstlidelser"
    statuses = {item["punkt"]: item["status"] for item in program["tjekliste"]}
    assert len(statuses) == 22
    assert statuses["1.1"] == "delvist"
    assert statuses["1.2"] == "mangler"
    assert statuses["5.1"] == "opfyldt"
    assert statuses["6.3"] == "ikke_relevant"
    assert set(statuses.values()) == {"opfyldt", "delvist", "mangler", "ikke_relevant"}
    assert program["overblik"] == {
        "opfyldt": 3, "delvist": 6, "mangler": 12, "ikke_relevant": 1, "i_alt": 22, "daekket": 4,
    }  # fmt: skip
    item_32 = next(i for i in program["tjekliste"] if i["punkt"] == "3.2")
    assert [d["punkt"] for d in item_32["delpunkter"]] == ["3.2a", "3.2b", "3.2c"]
    first = program["fund"][0]
    assert set(first) == {
        "kode", "navn", "alvor", "fil", "linje", "kolonne", "sti", "besked", "tip", "tjeklistepunkt",
    }  # fmt: skip
    assert report["opsummering"] == {
        "programmer": 1, "fejl": 26, "advarsler": 10, "info": 0, "exitkode": 1,
    }  # fmt: skip


def test_explain_prints_the_models_wording_and_an_example() -> None:
    result = run_cli("explain", "TJK204")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("TJK204  stratificering")
    assert "Modellens afsnit 4.2.4" in out
    assert "Der er aftalt en metode for stratificering af målgruppen" in out
    assert "Eksempel, der består" in out
    assert "målgruppe.stratificering.niveauer[*].navn" in out


@pytest.mark.parametrize("query", ["yml002", "dobbelt-nøgle"])
def test_explain_by_code_or_name(query: str) -> None:
    result = run_cli("explain", query)
    assert result.returncode == 0
    assert result.stdout.startswith("YML002  dobbelt-nøgle")


def test_explain_unknown_code_exits_2() -> None:
    result = run_cli("explain", "XYZ999")
    assert result.returncode == 2
    assert "Ukendt regel 'XYZ999'" in result.stderr


def test_explain_lists_all_rules() -> None:
    result = run_cli("explain", "--alle")
    assert result.returncode == 0
    for code in ("YML001", "SKM001", "TJK001", "TJK101", "TJK302", "TJK604"):
        assert code in result.stdout


def test_schema_to_stdout_and_file(tmp_path: Path) -> None:
    printed = run_cli("schema", "--output", "-")
    assert printed.returncode == 0
    assert json.loads(printed.stdout)["title"] == "Forløbsprogram"
    target = tmp_path / "s.json"
    written = run_cli("schema", "-o", str(target))
    assert written.returncode == 0
    assert written.stdout == f"Skrev {target}\n"
    assert target.read_text(encoding="utf-8") == printed.stdout


def test_schema_into_missing_folder_exits_2(tmp_path: Path) -> None:
    result = run_cli("schema", "-o", str(tmp_path / "nej" / "s.json"))
    assert result.returncode == 2
    assert "findes ikke" in result.stderr


@pytest.mark.parametrize("command", ["check", "render", "init", "rapport", "explain", "schema"])
def test_help_shows_no_python_types(command: str) -> None:
    done = run_cli(command, "--help")
    assert done.returncode == 0
    for python_type in ("<bool>", "<list[", "<path>", "<Path>", "<str>", "<int>"):
        assert python_type not in done.stdout, (command, python_type)
    assert "Vis denne hjælp og afslut." in done.stdout
