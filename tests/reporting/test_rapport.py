"""``forloeb rapport``: Markdown and HTML snapshots, overdue marks, the step summary, no overwrites.

To update the snapshots after a deliberate change:
``uv run forloeb rapport examples tests/data/udkast-formater.yaml --dato 2029-06-01 -o tests/reporting/snapshots``
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

from cli_env import run_forloeb
from helpers import DATA

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
ARGS = ("rapport", "examples", "tests/data/udkast-formater.yaml", "--dato", "2029-06-01")


def test_markdown_and_html_match_the_snapshots(tmp_path: Path) -> None:
    result = run_forloeb(*ARGS, "-o", str(tmp_path / "ud"))
    assert result.returncode == 0, result.stderr
    for name in ("rapport.md", "rapport.html"):
        written = (tmp_path / "ud" / name).read_text(encoding="utf-8")
        assert written == (SNAPSHOTS / name).read_text(encoding="utf-8"), name


def test_markdown_on_stdout_without_a_folder() -> None:
    result = run_forloeb(*ARGS)
    assert result.stdout == (SNAPSHOTS / "rapport.md").read_text(encoding="utf-8")


def test_overdue_dates_are_marked_in_text() -> None:
    lines = (SNAPSHOTS / "rapport.md").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if "`examples/skizofreni.yaml`" in line)
    assert "| 2029-03-01 ⚠ overskredet |  |" in row
    assert "2 frister overskredet" in lines[3]
    totals = next(line for line in lines if line.startswith("| **I alt**"))
    assert totals.split("|")[2:5] == [" 3 ", " 3 ", " 3 "]


def test_not_overdue_on_an_earlier_date() -> None:
    result = run_forloeb("rapport", "examples", "--dato", "2026-01-01")
    assert "overskredet" not in result.stdout.replace("0 frister overskredet", "")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained_danish_and_accessible() -> None:
    html = (SNAPSHOTS / "rapport.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    names = [t for t, _ in parser.tags]
    assert parser.tags[0] == ("html", {"lang": "da"})
    assert "script" not in names and "link" not in names and "img" not in names
    assert "style" in names
    headers = [a for t, a in parser.tags if t == "th"]
    assert headers and all(a.get("scope") in ("col", "row") for a in headers)
    assert names.count("caption") == 2
    assert (
        '<span class="overskredet">2029-03-01<span class="mærke"> ⚠ overskredet</span></span>'
        in html
    )


def test_step_summary_gets_the_markdown_appended(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# Tidligere trin\n", encoding="utf-8")
    result = run_forloeb(
        *ARGS, "-o", str(tmp_path / "ud"), env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert result.returncode == 0
    expected = "# Tidligere trin\n" + (SNAPSHOTS / "rapport.md").read_text(encoding="utf-8")
    assert summary.read_text(encoding="utf-8") == expected


def test_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "rapport.md").write_text("min egen fil\n", encoding="utf-8")
    result = run_forloeb(*ARGS, "-o", str(tmp_path))
    assert result.returncode == 2
    assert "rapport.md findes allerede og er ikke skrevet af forloeb" in result.stderr
    assert (tmp_path / "rapport.md").read_text(encoding="utf-8") == "min egen fil\n"
    assert run_forloeb(*ARGS, "-o", str(tmp_path), "--force").returncode == 0
    assert run_forloeb(*ARGS, "-o", str(tmp_path)).returncode == 0  # its own files: rewritten


def test_bad_date_is_exit_2() -> None:
    result = run_forloeb("rapport", "examples", "--dato", "1. april")
    assert result.returncode == 2
    assert result.stderr == (
        "Fejl: Ugyldig dato '1. april' til --dato: skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.\n"
    )


def test_uses_the_configuration_like_check(tmp_path: Path) -> None:
    shutil.copy(DATA / "udkast-formater.yaml", tmp_path / "angst.yaml")
    (tmp_path / "forloeb.toml").write_text('select = ["SKM"]\n', encoding="utf-8")
    result = run_forloeb("rapport", ".", "--dato", "2027-04-01", cwd=tmp_path)
    row = next(line for line in result.stdout.splitlines() if "`angst.yaml`" in line)
    assert row.endswith("| 2/22 | 2 | 0 |")  # only the two SKM errors count
    (tmp_path / "forloeb.toml").write_text("strikt = true\n", encoding="utf-8")
    result = run_forloeb("rapport", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "forloeb.toml:1: Ukendt nøgle 'strikt'" in result.stderr


def test_hostile_titles_are_inert_in_html_and_markdown(tmp_path: Path) -> None:
    text = (DATA.parent.parent / "examples" / "skizofreni.yaml").read_text(encoding="utf-8")
    title = "<script>alert(1)</script> & co | x"
    hostile = text.replace("titel: ", f"titel: '{title}' #", 1)
    (tmp_path / "p.yaml").write_text(hostile, encoding="utf-8")
    out = tmp_path / "ud"
    result = run_forloeb(
        "rapport", str(tmp_path / "p.yaml"), "-o", str(out), "--dato", "2026-11-23"
    )
    assert result.returncode == 0, result.stderr
    html = (out / "rapport.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co | x" in html
    assert "Content-Security-Policy" in html
    markdown = (out / "rapport.md").read_text(encoding="utf-8")
    assert "& co \\| x" in markdown
    assert "<script>" not in markdown


def test_status_and_placeholders_read_as_in_the_rendered_index(tmp_path: Path) -> None:
    text = (DATA.parent.parent / "examples" / "skizofreni.yaml").read_text(encoding="utf-8")
    text = text.replace("  status: godkendt", "  status: høring", 1)
    text = text.replace('  version: "1.0"', '  version: "UDFYLD: versionsnummer"', 1)
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    result = run_forloeb("rapport", str(tmp_path / "p.yaml"), "--dato", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "| i høring |  |" in result.stdout  # the index's words; a placeholder shows nothing
    assert "UDFYLD" not in result.stdout
