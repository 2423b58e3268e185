"""Free-text fields are CommonMark: safe HTML for the HTML output, tamed text for Markdown output.

Raw HTML in a program is never passed through: markdown-it runs with ``html``
off, so ``<script>`` becomes visible text, and links whose scheme can run code
(``javascript:``, ``vbscript:``, ``data:`` other than images) are dropped.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markupsafe import Markup

_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|file|data):", re.IGNORECASE)
_SAFE_DATA_IMAGE = re.compile(r"^\s*data:image/(gif|png|jpeg|webp);", re.IGNORECASE)
#: ``](javascript:...)`` and ``[ref]: javascript:...`` in Markdown source.
_MD_BAD_LINK = re.compile(
    r"(\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?)\s*(javascript|vbscript|file|data)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def is_safe_url(url: str) -> bool:
    """False for URLs that could run code when followed."""
    if _SAFE_DATA_IMAGE.match(url):
        return True
    # Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    squeezed = re.sub(r"[\x00-\x20]+", "", url)
    return _BAD_SCHEME.match(squeezed) is None


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    return md


def to_html(text: str) -> Markup:
    """Block-level HTML for *text* (paragraphs, lists, emphasis, links)."""
    return Markup(_parser().render(text).strip())


def to_inline_html(text: str) -> Markup:
    """Inline HTML for *text*, for table cells and short values (no ``<p>``)."""
    return Markup(_parser().renderInline(" ".join(text.split())))


def to_markdown(text: str) -> str:
    """*text* for a Markdown document: raw HTML shown as text, unsafe links defused."""
    text = text.replace("<", "&lt;")
    return _MD_BAD_LINK.sub(lambda m: f"{m.group(1)}#", text).strip()


def to_markdown_cell(text: str) -> str:
    """*text* on one line for a Markdown table cell, with pipes escaped."""
    return " ".join(to_markdown(text).split()).replace("|", "\\|")


def heading_anchor(heading: str) -> str:
    """The anchor GitHub and GitLab give a heading: lower case, punctuation dropped, '-' for spaces."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def tidy_markdown(text: str) -> str:
    """At most one blank line in a row, and exactly one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
