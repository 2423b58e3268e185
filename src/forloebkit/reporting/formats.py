"""Pick the renderer for ``forloeb check --format``; each format lives in its own module."""

from __future__ import annotations

from ..checking import CheckRun

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")


def render(run: CheckRun, fmt: str, *, show_hints: bool = True) -> str:
    """The whole report in *fmt* as text (``text`` without colours)."""
    if fmt == "json":
        from .json_output import render_json

        return render_json(run)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(run)
    if fmt == "github":
        from .github import render_github

        return render_github(run)
    if fmt == "gitlab":
        from .gitlab import render_gitlab

        return render_gitlab(run)
    if fmt == "junit":
        from .junit import render_junit

        return render_junit(run)
    from .text import text_report

    return text_report(run, show_hints=show_hints)
