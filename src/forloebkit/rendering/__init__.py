"""``forloeb render``: programs as self-contained HTML and as Markdown, from Jinja templates.

Imported only by the render command, so ``forloeb check`` never loads Jinja or markdown-it.
The package itself holds only what ``--format`` takes, which the command lines (typer's and
the fast path's) import without loading Jinja.
"""

from enum import StrEnum


class DocumentFormat(StrEnum):
    html = "html"
    md = "md"
    alle = "alle"
