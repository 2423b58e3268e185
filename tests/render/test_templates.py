"""A region's own templates (--skabeloner): override one file, fall back to the rest, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from forloebkit.resources import templates_dir
from helpers import run_cli
from render_helpers import SNAPSHOTS


def _custom(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "skabeloner"
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return folder


def test_shipped_templates_have_one_per_part_and_both_formats() -> None:
    shipped = templates_dir()
    for fmt in ("html", "md"):
        for name in ("program", "part", "index"):
            assert (shipped / fmt / f"{name}.{fmt}.j2").is_file()
        sections = sorted(p.name for p in (shipped / fmt / "afsnit").glob("[1-6]-*"))
        assert len(sections) == 6, sections
    assert (shipped / "html" / "style.css").is_file()
    assert not (shipped / "rapport").exists() or not any(
        p.suffix == ".j2" and p.parent.name in ("html", "md")
        for p in (shipped / "rapport").iterdir()
    )


def test_a_region_can_replace_just_the_stylesheet(tmp_path: Path) -> None:
    folder = _custom(tmp_path, "html/style.css", "body { color: #000; } /* Region Sjælland */\n")
    result = run_cli("render", "examples/depression.yaml", "-o", "-", "--skabeloner", str(folder))
    assert result.returncode == 0, result.stderr
    assert "<style>\nbody { color: #000; } /* Region Sjælland */\n</style>" in result.stdout
    assert "--accent" not in result.stdout  # the shipped stylesheet is not used
    assert '<main id="indhold" tabindex="-1">' in result.stdout  # everything else is shipped


def test_a_region_can_replace_one_partial(tmp_path: Path) -> None:
    folder = _custom(tmp_path, "md/afsnit/om.md.j2", "## Om programmet\n\nRegionens egen tekst.\n")
    result = run_cli(
        "render", "examples/depression.yaml", "-f", "md", "-o", "-", "--skabeloner", str(folder)
    )
    assert result.returncode == 0, result.stderr
    shipped = (SNAPSHOTS / "depression.md").read_text(encoding="utf-8")
    start, end = shipped.index("## Om programmet"), shipped.index("## Indhold")
    expected = shipped[:start] + "## Om programmet\n\nRegionens egen tekst.\n\n" + shipped[end:]
    assert result.stdout == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Linje et\n{% if %}\n",
         "linje 2, kan ikke læses: Expected an expression, got 'end of statement block'"),
        ("Linje et\n\n{{ ukendt }}\n", "linje 3: ukendt navn ('ukendt' is undefined)"),
        ('{% include "md/findes-ikke.md.j2" %}\n',
         "linje 1: skabelonen 'md/findes-ikke.md.j2' findes ikke "
         "(hverken i --skabeloner eller de leverede)."),
    ],
)  # fmt: skip
def test_broken_custom_template_names_file_and_line(
    tmp_path: Path, text: str, message: str
) -> None:
    folder = _custom(tmp_path, "md/afsnit/om.md.j2", text)
    out = tmp_path / "ud"
    result = run_cli(
        "render",
        "examples/depression.yaml",
        "-f",
        "md",
        "-o",
        str(out),
        "--skabeloner",
        str(folder),
    )
    assert result.returncode == 2
    assert result.stderr == f"Fejl: Skabelonen {folder / 'md/afsnit/om.md.j2'}, {message}\n"
    assert not out.exists()


def test_missing_template_folder_is_refused(tmp_path: Path) -> None:
    result = run_cli(
        "render", "examples/depression.yaml", "-o", "-", "--skabeloner", str(tmp_path / "nej")
    )
    assert result.returncode == 2
    assert result.stderr == f"Fejl: Skabelonmappen '{tmp_path / 'nej'}' findes ikke.\n"
