"""``forloeb render``: programs as self-contained HTML and as Markdown, from Jinja templates.

Imported only by the render command, so ``forloeb check`` never loads Jinja or markdown-it.
"""
