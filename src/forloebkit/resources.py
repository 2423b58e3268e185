"""Where the shipped Jinja templates are, in an installed wheel and in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The folder of shipped templates.

    An installed wheel carries them as ``forloebkit/templates`` (see
    pyproject's force-include); a source checkout or editable install reads the
    repository's top-level ``templates/``.
    """
    installed = _PACKAGE / "templates"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent.parent / "templates"
