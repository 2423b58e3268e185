"""`forloeb render` through the real command line: output files, refusals and exit codes."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import DATA, EXAMPLES, ROOT, run_cli
from render_helpers import SNAPSHOTS


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_single_file_writes_one_html_file_into_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "ny" / "mappe"
    result = run_cli("render", "examples/skizofreni.yaml", "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Skrev {out / 'skizofreni.html'}\n"
    assert _files(out) == ["skizofreni.html"]
    assert (out / "skizofreni.html").read_bytes() == (SNAPSHOTS / "skizofreni.html").read_bytes()


def test_folder_writes_every_program_and_an_index_in_both_formats(tmp_path: Path) -> None:
    result = run_cli("render", "examples/", "-f", "alle", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    stems = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
    expected = sorted([*(f"{s}.html" for s in stems), *(f"{s}.md" for s in stems),
                       "index.html", "index.md"])  # fmt: skip
    assert _files(tmp_path) == expected
    # The command builds its index from the workers' index entries, not from views: the same bytes.
    for name in ("index.html", "index.md", "depression.md"):
        assert (tmp_path / name).read_bytes() == (SNAPSHOTS / name).read_bytes(), name
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert (
        "| [Forløbsprogram for voksne med skizofreni](skizofreni.md) | godkendt | 1.0 "
        "| 2024-01-01 – 2030-12-31 | 22/22 |"
    ) in index
    assert '<a href="depression.html">' in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_rendering_twice_gives_byte_identical_files(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        result = run_cli("render", "examples/", "-f", "alle", "-o", str(tmp_path / folder))
        assert result.returncode == 0, result.stderr
    for name in _files(tmp_path / "a"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_rendering_again_reports_the_unchanged_documents(tmp_path: Path) -> None:
    first = run_cli("render", "examples/", "-o", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "uændre" not in first.stdout
    (tmp_path / "depression.html").write_text("gammel", encoding="utf-8")
    again = run_cli("render", "examples/", "-o", str(tmp_path))
    assert again.returncode == 0, again.stderr
    assert again.stdout == (
        f"Skrev {tmp_path / 'depression.html'}\n"
        f"3 dokumenter i '{tmp_path}' var uændrede og er ikke skrevet igen.\n"
    )
    for name in ("skizofreni.html", "depression.html", "index.html"):
        (tmp_path / name).unlink()
    once = run_cli("render", "examples/", "-o", str(tmp_path))
    assert once.stdout.endswith(f"1 dokument i '{tmp_path}' var uændret og er ikke skrevet igen.\n")


def test_timestamp_only_when_asked_for(tmp_path: Path) -> None:
    plain = run_cli("render", "examples/depression.yaml", "-f", "md", "-o", "-")
    stamped = run_cli("render", "examples/depression.yaml", "-f", "md", "-o", "-", "--tidsstempel")
    assert "Dannet 20" not in plain.stdout
    assert "UTC.*" in stamped.stdout and " Dannet 20" in stamped.stdout


def test_dash_writes_the_document_to_stdout() -> None:
    result = run_cli("render", "examples/skizofreni.yaml", "-f", "md", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (SNAPSHOTS / "skizofreni.md").read_text(encoding="utf-8")


def test_dash_refuses_more_than_one_document() -> None:
    result = run_cli("render", "examples/", "-o", "-")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Fejl: '-o -' skriver kun ét dokument til skærmen: angiv én programfil og ét format.\n"
    )


def test_draft_renders_with_not_filled_in_sections(tmp_path: Path) -> None:
    result = run_cli("render", "tests/data/udkast-angst.yaml", "-f", "md", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "udkast-angst.md").read_text(encoding="utf-8")
    assert "> **Ikke udfyldt endnu.** Mangler: etablering, vedligeholdelse, anvendelse." in text
    assert "| 2.3 | Det er fastlagt" in text and "| mangler |" in text


def test_unreadable_yaml_prints_findings_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "ødelagt.yaml"
    bad.write_text("skemaversion: 1\nprogram: [\n", encoding="utf-8")
    out = tmp_path / "ud"
    result = run_cli("render", str(bad), str(EXAMPLES / "depression.yaml"), "-o", str(out))
    assert result.returncode == 2
    assert f"{bad}:3:1 YML001" in result.stdout
    assert result.stdout.endswith(
        "Intet er skrevet: ret filerne, der ikke kan læses, og prøv igen.\n"
    )
    assert not out.exists()


def test_missing_path_is_refused(tmp_path: Path) -> None:
    result = run_cli("render", "findes-ikke.yaml", "-o", str(tmp_path / "ud"))
    assert result.returncode == 2
    assert "findes-ikke.yaml" in result.stdout
    assert not (tmp_path / "ud").exists()


def test_folder_without_programs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tom").mkdir()
    result = run_cli("render", str(tmp_path / "tom"), "-o", str(tmp_path / "ud"))
    assert result.returncode == 2
    assert result.stderr == "Fejl: Ingen programmer fundet; intet er skrevet.\n"


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "fil.txt"
    target.write_text("behold mig", encoding="utf-8")
    result = run_cli("render", "examples/depression.yaml", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr == f"Fejl: '{target}' er en fil, ikke en mappe.\n"
    assert target.read_text(encoding="utf-8") == "behold mig"


def test_existing_output_is_replaced_whole_and_other_files_are_left(tmp_path: Path) -> None:
    (tmp_path / "depression.html").write_text("gammel", encoding="utf-8")
    (tmp_path / "noter.txt").write_text("mine noter", encoding="utf-8")
    result = run_cli("render", "examples/depression.yaml", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "depression.html").read_bytes() == (
        SNAPSHOTS / "depression.html"
    ).read_bytes()
    assert (tmp_path / "noter.txt").read_text(encoding="utf-8") == "mine noter"
    assert _files(tmp_path) == ["depression.html", "noter.txt"]  # no temporary files left


def test_part_view_file_name(tmp_path: Path) -> None:
    result = run_cli(
        "render", "examples/skizofreni.yaml", "--part", "roskilde", "-o", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert _files(tmp_path) == ["skizofreni-roskilde.html"]


def test_unknown_part_lists_the_known_ids(tmp_path: Path) -> None:
    result = run_cli("render", "examples/skizofreni.yaml", "--part", "odense", "-o", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (
        "Fejl: Ukendt part 'odense'. Kendte parter: almen-praksis, holbæk, køge, næstved, "
        "region-sj, roskilde, sind.\n"
    )
    assert _files(tmp_path) == []


def test_part_in_a_folder_renders_the_programs_that_have_the_party(tmp_path: Path) -> None:
    result = run_cli("render", "examples/", "--part", "roskilde", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    having = sorted(
        p.stem for p in EXAMPLES.glob("*.yaml") if "id: roskilde" in p.read_text("utf-8")
    )
    assert _files(tmp_path) == [f"{s}-roskilde.html" for s in having]


def test_schema_invalid_program_renders(tmp_path: Path) -> None:
    program = tmp_path / "skævt.yaml"
    program.write_text(
        "skemaversion: 1\n"
        "program: {titel: Skævt program, parter: [{id: a, navn: A}], godkendelser: nej}\n"
        "målgruppe: [en, liste]\n"
        "indsatser: {katalog: {ikke: en liste}, forløbsdele: {vurdering: 7}}\n"
        "organisering: {overgange: [{type: 3, fra: [a], til: {x: 1}}]}\n"
        "opfølgning: {indikatorer: [nej, {navn: [1, 2]}]}\n",
        encoding="utf-8",
    )
    for fmt in ("html", "md"):
        result = run_cli("render", str(program), "-f", fmt, "-o", "-")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert "Skævt program" in result.stdout
        assert "Ikke udfyldt endnu" in result.stdout
        assert "følger ikke skemaet" in result.stdout


def test_help_is_danish() -> None:
    result = run_cli("render", "--help")
    assert result.returncode == 0
    for text in ("--format", "--part", "--skabeloner", "--tidsstempel", "Udgiv programmer"):
        assert text in result.stdout


def test_check_does_not_import_the_renderer() -> None:
    """(The package itself, with only DocumentFormat in it, is imported by the command line.)"""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv = ['forloeb', 'check', 'examples/depression.yaml']\n"
        "from forloebkit.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('jinja2', 'markdown_it') or m.startswith('forloebkit.rendering.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_draft_data_exists() -> None:
    assert (DATA / "udkast-angst.yaml").is_file()


def test_unwritable_output_is_a_danish_error(tmp_path: Path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("", encoding="utf-8")
    result = run_cli("render", "examples/depression.yaml", "-o", str(blocker / "ud"))
    assert result.returncode == 2
    assert result.stderr == f"Fejl: Kunne ikke skrive i '{blocker / 'ud'}': Not a directory.\n"


def test_render_removes_the_staging_folder_a_killed_run_left(tmp_path: Path) -> None:
    left = tmp_path / ".forloeb-4242-0123abcd"
    left.mkdir()
    (left / "skizofreni.html").write_text("<p>halv</p>", encoding="utf-8")
    os.utime(left, (0, 0))
    result = run_cli("render", "examples/skizofreni.yaml", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"Fjernede den skjulte mappe '{left}', som en afbrudt kørsel efterlod.\n"
        f"Skrev {tmp_path / 'skizofreni.html'}\n"
    )
    assert _files(tmp_path) == ["skizofreni.html"]
