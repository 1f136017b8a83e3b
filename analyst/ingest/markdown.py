"""Markdown articles: plain text without the markup, and the metadata of a front matter.

Rules:
- Markup goes, its text stays: headings (``#`` and underlined), emphasis (``**``, ``__``,
  ``*``, ``_``, ``~~``), inline code, block quotes, list markers and rules. A link keeps its
  text (``[text](url)`` → ``text``); an image, a link definition and an HTML comment go.
- A YAML-style front matter (``---`` lines around ``key: value`` lines) at the top is not
  text; its ``title``, ``source``, ``url`` and ``date``/``published`` are read as metadata
  inside the file (below a sidecar and the command line).
- Underscores inside words (``snake_case``) are not emphasis and stay.
"""

from __future__ import annotations

import re

from analyst.ingest.metadata import Metadata, parse_published

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")

_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M), ""),  # rules
    (re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.M), ""),  # setext heading underlines
    (re.compile(r"^ {0,3}```.*$|^ {0,3}~~~.*$", re.M), ""),  # code fences (the code stays)
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^ {0,3}(?:>[ \t]?)+", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
)


def markdown_to_text(markdown: str) -> tuple[str, Metadata]:
    """``markdown`` as plain text (line structure kept) and its front matter's metadata."""
    meta = Metadata()
    front = _FRONT_MATTER.match(markdown)
    if front:
        meta = _front_matter(front.group(1))
        markdown = markdown[front.end() :]
    for pattern, replacement in _SUBSTITUTIONS:
        markdown = pattern.sub(replacement, markdown)
    return markdown, meta


def _front_matter(block: str) -> Metadata:
    values: dict[str, str] = {}
    for line in block.splitlines():
        match = _FRONT_KEY.match(line)
        if match and match.group(2):
            values[match.group(1).lower()] = match.group(2).strip("\"'")
    published_text = values.get("published") or values.get("date")
    return Metadata(
        title=values.get("title"),
        source=values.get("source"),
        url=values.get("url"),
        published=parse_published(published_text) if published_text else None,
    )
