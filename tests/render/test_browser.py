"""Open every rendered HTML file in headless Chromium: screenshot, axe-core (WCAG 2.1 AA), CSP.

Needs Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it in CI) and the
``playwright`` and ``axe-playwright-python`` wheels from the dev group; nothing is
downloaded at test time. Without the browser the tests skip locally and fail when CI=true.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from forloebkit.checking import check_paths
from forloebkit.rendering.environment import Format
from forloebkit.rendering.writer import RenderOptions, program_views, render_documents
from helpers import EXAMPLES
from render_helpers import PROGRAMS, render_file

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _missing_browser() -> str | None:
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        return f"{CHROMIUM} mangler (apt-get install -y chromium)"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as exc:
        return f"pakken mangler: {exc.name} (uv sync)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing_browser()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Browsertestene skal køre i CI: {reason}")
        pytest.skip(f"Ingen browser: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _documents() -> list[tuple[str, str]]:
    """(name, html) for every program, the index and one party's view."""
    docs = [render_file(path, Format.html) for path in PROGRAMS]
    docs.append(render_file(EXAMPLES / "skizofreni.yaml", Format.html, part="roskilde"))
    run = check_paths([EXAMPLES])
    options = RenderOptions((Format.html,), with_index=True)
    docs.extend(d for d in render_documents(program_views(run.programs), options)
                if d.name == "index.html")  # fmt: skip
    return [(d.name, d.text) for d in docs]


DOCUMENTS = _documents()


@pytest.mark.parametrize(("name", "html"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
def test_document_in_browser(browser: Any, tmp_path: Path, name: str, html: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page_file = tmp_path / name
    page_file.write_text(html, encoding="utf-8")
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())

    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(PNG_SIGNATURE)
    assert shot.stat().st_size > 10_000

    assert requests == [page_file.as_uri()], "the document must not load anything else"
    assert page.evaluate("document.documentElement.lang") == "da"
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('h1').length") == 1

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    page.close()


def test_content_security_policy_stops_scripts(browser: Any, tmp_path: Path) -> None:
    """Even a script smuggled into the file (e.g. by a custom template) does not run."""
    html = render_file(EXAMPLES / "depression.yaml", Format.html).text
    smuggled = html.replace(
        "</main>",
        '<script>document.title = "ran";</script>'
        '<img src="x" onerror="document.title = \'ran\'"></main>',
    )
    page_file = tmp_path / "smuggled.html"
    page_file.write_text(smuggled, encoding="utf-8")
    page = browser.new_page()
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    assert page.title() != "ran"
    assert any("Content Security Policy" in text for text in violations), violations
    page.close()


def test_missing_browser_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(f"{__name__}.CHROMIUM", tmp_path / "chromium")
    assert _missing_browser() == f"{tmp_path / 'chromium'} mangler (apt-get install -y chromium)"
