"""Free-text fields are CommonMark: safe HTML for the HTML output, tamed text for Markdown output.

Raw HTML in a program is never passed through: markdown-it runs with ``html``
off, so ``<script>`` becomes visible text, and links whose scheme can run code
(``javascript:``, ``vbscript:``, ``data:`` other than images) are dropped.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markupsafe import Markup

_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|file|data):", re.IGNORECASE)
_SAFE_DATA_IMAGE = re.compile(r"^\s*data:image/(gif|png|jpeg|webp);", re.IGNORECASE)


def is_safe_url(url: str) -> bool:
    """False for URLs that could run code when followed."""
    # markdown-it hands over the URL percent-encoded ("java%09script:"); browsers ignore
    # control characters and whitespace inside a scheme ("java\tscript:").
    squeezed = re.sub(r"[\x00-\x20]+", "", unquote(url))
    if _SAFE_DATA_IMAGE.match(squeezed):
        return True
    return _BAD_SCHEME.match(squeezed) is None


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    return md


#: Characters that may start Markdown syntax anywhere in a line; text without them (and
#: starting with a letter) is plain, and its HTML is known without parsing.
_SYNTAX = re.compile(r"[\\`*_\[\]<>&!~#|]|^\S*[.)]|\s{2,}$")


def _plain(line: str) -> bool:
    return line[:1].isalpha() and _SYNTAX.search(line) is None


def to_html(text: str) -> Markup:
    """Block-level HTML for *text* (paragraphs, lists, emphasis, links)."""
    stripped = text.strip()
    if "\n" not in stripped and _plain(stripped):
        return Markup(f"<p>{escapeHtml(stripped)}</p>")  # most fields: one plain paragraph
    return Markup(_parser().render(text).strip())


def to_inline_html(text: str) -> Markup:
    """Inline HTML for *text*, for table cells and short values (no ``<p>``)."""
    line = " ".join(text.split())
    if _plain(line):
        return Markup(escapeHtml(line))
    return Markup(_parser().renderInline(line))


def to_markdown(text: str) -> str:
    """*text* for a Markdown document: raw HTML shown as text, unsafe links defused.

    A text with any unsafe link keeps none of its links: every ``[`` is escaped,
    so the link syntax shows as plain text (as in the HTML output).
    """
    text = text.replace("<", "&lt;")
    if _has_unsafe_link(text):
        text = text.replace("[", "\\[")
    return text.strip()


def _has_unsafe_link(text: str) -> bool:
    """True when markdown-it would turn part of *text* into a link we do not allow."""
    if "](" not in text and "]:" not in text:
        return False  # no inline link and no reference definition: nothing to check
    md, seen = _link_collector()
    seen.clear()
    md.parse(text)
    return not all(is_safe_url(url) for url in seen)


@cache
def _link_collector() -> tuple[MarkdownIt, list[str]]:
    """A parser that accepts every link and records its URL in the returned list."""
    seen: list[str] = []

    def record(url: str) -> bool:
        seen.append(url)
        return True

    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = record  # type: ignore[method-assign]
    return md, seen


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
