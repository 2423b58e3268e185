"""`forloeb init` as a user runs it: safety, errors in Danish, exit codes."""

from __future__ import annotations

from pathlib import Path

from forloebkit.schema_export import SCHEMA_ID
from helpers import run_cli

FLAGS = ["--titel", "Forløbsprogram for unge med ADHD", "--aldersgruppe", "unge",
         "--region", "Region Sjælland", "--kommune", "Roskilde Kommune"]  # fmt: skip


def _no_traceback(result: object) -> None:
    assert "Traceback" not in getattr(result, "stdout", "") + getattr(result, "stderr", "")


def test_writes_the_file_and_says_what_to_do_next(tmp_path: Path) -> None:
    target = tmp_path / "adhd-unge.yaml"
    result = run_cli("init", str(target), *FLAGS)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == f"Skrev {target}. Kør 'forloeb check {target}' for at se, hvad der mangler.\n"
    )
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_ID}"
    assert '  titel: "Forløbsprogram for unge med ADHD"' in text
    assert '    - id: "region-sjælland"' in text
    assert '    - id: "roskilde-kommune"' in text
    assert '    - id: "almen-praksis"' in text  # general practice takes part unless told otherwise


def test_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "program.yaml"
    target.write_text("mit arbejde\n", encoding="utf-8")
    result = run_cli("init", str(target), *FLAGS)
    assert result.returncode == 2
    assert result.stderr == (
        f"Fejl: '{target}' findes allerede og bliver ikke overskrevet. Vælg et andet filnavn, "
        "eller brug --force for at erstatte filen.\n"
    )
    assert target.read_text(encoding="utf-8") == "mit arbejde\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["program.yaml"]  # no temporary file left


def test_refuses_before_asking_when_the_file_exists(tmp_path: Path) -> None:
    target = tmp_path / "program.yaml"
    target.write_text("x\n", encoding="utf-8")
    result = run_cli("init", str(target))  # no flags, no terminal: the file is still the reason
    assert result.returncode == 2
    assert "findes allerede" in result.stderr


def test_force_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "program.yaml"
    target.write_text("gammel\n", encoding="utf-8")
    target.chmod(0o640)
    result = run_cli("init", str(target), *FLAGS, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server:")
    assert target.stat().st_mode & 0o777 == 0o640


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "programmer" / "psykiatri" / "adhd.yaml"
    result = run_cli("init", str(target), *FLAGS)
    assert result.returncode == 2
    assert result.stderr == (
        f"Fejl: Mappen '{target.parent}' findes ikke. Opret den, eller brug --opret-mapper.\n"
    )
    assert not (tmp_path / "programmer").exists()
    result = run_cli("init", str(target), *FLAGS, "--opret-mapper")
    assert result.returncode == 0, result.stderr
    assert target.is_file()


def test_refuses_a_folder_as_target(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), *FLAGS)
    assert result.returncode == 2
    assert result.stderr.startswith(f"Fejl: '{tmp_path}' er en mappe. Angiv en fil")
    assert list(tmp_path.iterdir()) == []


def test_refuses_a_file_name_check_would_not_find(tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path / "program.txt"), *FLAGS)
    assert result.returncode == 2
    assert "skal ende på .yaml eller .yml" in result.stderr


def test_without_a_terminal_missing_answers_are_named_not_asked(tmp_path: Path) -> None:
    target = tmp_path / "program.yaml"
    result = run_cli("init", str(target), "--titel", "Forløbsprogram for unge med ADHD")
    assert result.returncode == 2
    assert result.stderr == (
        "Fejl: Der mangler svar, og forloeb kan ikke spørge, fordi standard-input ikke er en "
        "terminal. Angiv: --aldersgruppe, --region, --kommune.\n"
    )
    assert not target.exists()
    _no_traceback(result)


def test_bad_answers_get_danish_messages(tmp_path: Path) -> None:
    target = str(tmp_path / "program.yaml")
    cases = {
        ("--titel", "  "): "Fejl: Titlen (--titel) må ikke være tom.\n",
        (
            "--titel",
            "TODO",
        ): "Fejl: Titlen 'TODO' ligner en pladsholder. Skriv programmets rigtige titel.\n",
        ("--region", ""): "Fejl: Regionen (--region) må ikke være tom.\n",
        ("--kommune", " , "): "Fejl: Skriv mindst én kommune (--kommune), fx 'Roskilde Kommune'.\n",
        ("--aldersgruppe", "ældre"): (
            "Fejl: Ukendt aldersgruppe 'ældre' (--aldersgruppe). Vælg blandt: børn, unge, voksne.\n"
        ),
    }
    for (flag, value), message in cases.items():
        args = list(FLAGS)
        args[args.index(flag) + 1] = value
        result = run_cli("init", target, *args)
        assert (result.returncode, result.stderr) == (2, message), flag
    assert not Path(target).exists()


def test_title_with_colon_quotes_and_danish_letters_round_trips(tmp_path: Path) -> None:
    from forloebkit.checking import check_paths

    title = 'Forløb: "Unge" med ADHD # 2 \\ Æblehøj'
    target = tmp_path / "program.yaml"
    args = list(FLAGS)
    args[args.index("--titel") + 1] = title
    assert run_cli("init", str(target), *args).returncode == 0
    (program,) = check_paths([target]).programs
    assert program.title == title


def test_schema_line_is_relative_inside_a_repository_with_the_schema(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "schemas").mkdir(parents=True)
    (repo / "schemas" / "program.schema.json").write_text("{}", encoding="utf-8")
    (repo / ".git").mkdir()
    target = repo / "programmer" / "voksne" / "depression.yaml"
    assert run_cli("init", str(target), *FLAGS, "--opret-mapper").returncode == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schemas/program.schema.json"


def test_schema_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "program.schema.json").write_text("{}", encoding="utf-8")
    repo = tmp_path / "andet-repo"
    (repo / ".git").mkdir(parents=True)
    target = repo / "program.yaml"
    assert run_cli("init", str(target), *FLAGS).returncode == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_ID}"


def test_help_is_danish() -> None:
    result = run_cli("init", "--help")
    assert result.returncode == 0
    for text in ("--titel", "--aldersgruppe", "--region", "--kommune",
                 "--almen-praksis", "--uden-almen-praksis", "--force", "--opret-mapper"):  # fmt: skip
        assert text in result.stdout
    assert "Kan gentages" in result.stdout
