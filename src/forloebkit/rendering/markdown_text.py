"""Free-text fields are CommonMark: safe HTML for the HTML output, tamed text for Markdown output.

Raw HTML in a program is never passed through: markdown-it runs with ``html``
off, so ``<script>`` becomes visible text, and links whose scheme can run code
(``javascript:``, ``vbscript:``, ``data:`` other than images) are dropped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markupsafe import Markup

from .fast_jinja import safe_html

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


#: Characters that may start inline Markdown syntax or that markdown-it escapes (``&<>``),
#: plus line breaks, control characters and the Unicode blanks that Python's ``strip``
#: treats differently from CommonMark. A line without any of them is plain: its HTML is
#: known without parsing (tests/render/test_markdown_text.py compares with markdown-it).
_NOT_PLAIN = re.compile(
    r"[\\`*_\[\]<>&!~#|\x00-\x08\x0a-\x1f\x7f-\xa0"
    r"\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
#: How many parsed texts each cache keeps: a field repeated across programs
#: (boilerplate a region shares) is parsed once per process.
_CACHED = 4096


def _plain(line: str) -> bool:
    """True when *line* holds no inline Markdown syntax."""
    return _NOT_PLAIN.search(line) is None


def _plain_paragraph(text: str) -> str | None:
    """The line of *text* when markdown-it would make it one plain paragraph, else None.

    Blank lines around it are ignored; it must start with a letter, indented by at
    most three spaces (more, or a tab, make a code block), so that it cannot open a
    list, heading, quote or code block.
    """
    line = text.strip(" \t\n")
    indent = text[: len(text) - len(text.lstrip(" \t\n"))].rpartition("\n")[2]
    if len(indent) < 4 and "\t" not in indent and line[:1].isalpha() and _plain(line):
        return line
    return None


def to_html(text: str) -> Markup:
    """Block-level HTML for *text* (paragraphs, lists, emphasis, links)."""
    line = _plain_paragraph(text)
    if line is not None:  # most fields: one plain paragraph
        # markdown-it's escaping for a plain line, which has no "&", "<" or ">": quotes only.
        return safe_html("<p>" + line.replace('"', "&quot;") + "</p>")
    return safe_html(_render_block(text))


def to_inline_html(text: str) -> Markup:
    """Inline HTML for *text*, for table cells and short values (no ``<p>``)."""
    line = " ".join(text.split())
    if _NOT_PLAIN.search(line) is None:  # _plain(line), without the call
        return safe_html(line.replace('"', "&quot;"))  # markdown-it's escaping (see to_html)
    return safe_html(_render_inline(line))


@lru_cache(maxsize=_CACHED)
def _render_block(text: str) -> str:
    return str(_parser().render(text)).strip()


@lru_cache(maxsize=_CACHED)
def _render_inline(line: str) -> str:
    return str(_parser().renderInline(line))


def to_markdown(text: str) -> str:
    """*text* for a Markdown document: raw HTML shown as text, unsafe links defused.

    A text with any unsafe link keeps none of its links: every ``[`` is escaped,
    so the link syntax shows as plain text (as in the HTML output).
    """
    text = text.replace("<", "&lt;")
    if ("](" in text or "]:" in text) and _has_unsafe_link(text):  # (its first test, inline)
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


#: Three or more line breaks in a row. Written with a literal start (not ``\n{3,}``),
#: so that the regex engine looks for it as a string: ten times faster on a document.
_BLANK_LINES = re.compile("\n\n\n+")


def tidy_markdown(text: str) -> str:
    """At most one blank line in a row, and exactly one newline at the end."""
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n"
