"""Program text is data: scripts, event handlers and code-running links render inert."""

from __future__ import annotations

import re

import pytest

from forloebkit.rendering.environment import Format
from forloebkit.rendering.markdown_text import is_safe_url, to_markdown
from forloebkit.rendering.writer import RenderOptions, program_views, render_documents
from helpers import check_text

HOSTILE = """\
skemaversion: 1
program:
  titel: "Ondt <script>alert('titel')</script>"
  resumé: |
    Før <script>alert(1)</script> efter.

    <img src=x onerror="alert(2)">

    [klik](javascript:alert(3)) [vb](vbscript:msgbox(4)) [data](data:text/html;base64,PHNjcmlwdD4=)
    [skjult](  JaVa&#x09;Script:alert(5)) ![billede](data:image/png;base64,iVBORw0KGgo=)
    [godt](https://sundhed.dk/) <javascript:alert(6)>

    [ref]: javascript:alert(7)
  parter:
    - {id: a, navn: "<b onmouseover=alert(8)>A</b>", type: region}
fælles_mål_og_forståelse:
  fælles_viden_og_respekt:
    - {tiltag: "<iframe src=javascript:alert(9)></iframe>", ansvarlig: [a]}
"""


def _render(fmt: Format) -> str:
    result = check_text(HOSTILE)
    docs = render_documents(program_views([result]), RenderOptions((fmt,)))
    return docs[0].text


def test_html_has_no_live_markup_from_the_program() -> None:
    html = _render(Format.html)
    assert "<script" not in html.lower()
    assert "<iframe" not in html.lower()
    assert "<img src=x" not in html.lower()
    assert re.search(r"<[^>]*\son\w+\s*=", html) is None, "no element carries an event handler"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html
    assert "&lt;b onmouseover=alert(8)&gt;A&lt;/b&gt;" in html


def test_html_drops_code_running_links_and_keeps_safe_ones() -> None:
    html = _render(Format.html)
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert not [h for h in hrefs if re.search(r"script|data:text", h, re.I)], hrefs
    assert "https://sundhed.dk/" in hrefs
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in html
    assert "[klik](javascript:alert(3))" in html  # shown as text, not as a link


def test_markdown_shows_raw_html_as_text_and_defuses_links() -> None:
    text = _render(Format.md)
    assert "<script" not in text and "<img" not in text and "<iframe" not in text
    assert "&lt;script>alert(1)&lt;/script>" in text
    assert re.search(r"(?<!\\)\[[^\]]*\]\((javascript|vbscript|data)", text, re.I) is None
    assert "\\[ref]: javascript:alert(7)" in text  # the whole text loses its links
    assert "\\[godt](https://sundhed.dk/)" in text
    assert "\\[skjult](" in text


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://sundhed.dk", True),
        ("mailto:sekretariat@regionsjaelland.dk", True),
        ("#punkt-1.1", True),
        ("data:image/png;base64,AAAA", True),
        ("javascript:alert(1)", False),
        (" JAVASCRIPT:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("vbscript:msgbox", False),
        ("data:text/html;base64,AAAA", False),
        ("data:image/svg+xml;base64,AAAA", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe


def test_to_markdown_keeps_ordinary_markdown() -> None:
    assert to_markdown("Mindst **80 %** af [borgerne](https://x.dk) < 65 år") == (
        "Mindst **80 %** af [borgerne](https://x.dk) &lt; 65 år"
    )


def test_markdown_keeps_links_when_all_are_safe() -> None:
    assert to_markdown("Se [retningslinjen](https://sst.dk/nkr).") == (
        "Se [retningslinjen](https://sst.dk/nkr)."
    )


def test_markdown_escapes_dates_and_numbers_too() -> None:
    """A program that fails the schema renders from plain data: a 'date' can be any text."""
    text = HOSTILE.replace(
        "  parter:",
        "  sundhedsaftale: {gyldig_fra: 'x|y', gyldig_til: '<b>z</b>'}\n"
        "  revision: {næste: '<i>snart</i>'}\n  parter:",
    )
    docs = render_documents(program_views([check_text(text)]), RenderOptions((Format.md,)))
    markdown = docs[0].text
    assert "<b>" not in markdown and "<i>" not in markdown
    assert "x\\|y" in markdown
