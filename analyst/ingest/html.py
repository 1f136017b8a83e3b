"""HTML pages: the article's text and the metadata the page declares.

Rules:
- Nothing in a page runs and nothing is fetched: the page is parsed, never rendered, and
  scripts, styles and embedded objects are dropped with their content.
- The text is what trafilatura takes for the article body (precision over recall, no
  comments, no tables); when it finds nothing, the text of ``<article>``, else ``<main>``,
  else ``<body>``, without navigation, header, footer, aside and form elements. Block
  elements become paragraphs separated by a blank line.
- Metadata: ``published`` from ``<meta property="article:published_time">``, then
  ``itemprop="datePublished"``, then JSON-LD ``datePublished``, then other common date meta
  tags; ``title`` from ``og:title``, JSON-LD ``headline``, then ``<title>`` (without a
  " | Site name" tail); ``source`` from ``og:site_name`` or the JSON-LD publisher; ``url``
  from the canonical link or ``og:url``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from analyst.ingest.metadata import Metadata, parse_published

_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
)
_BLOCKS = frozenset(
    {
        *("address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre"),
        *("section", "table", "td", "th", "tr", "ul"),
    }
)
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
)
_OTHER_DATE_META = (
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("property", "og:published_time"),
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def html_to_text(markup: str) -> tuple[str, Metadata]:
    """The article text of an HTML page (paragraphs separated by blank lines) and the
    metadata the page declares. A page with no text gives ``""``."""
    # lxml refuses a str that still carries an XML encoding declaration; the text is decoded.
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return "", Metadata()
    meta = _metadata(tree)
    text = _trafilatura_text(markup) or _fallback_text(tree)
    return text, meta


def _trafilatura_text(markup: str) -> str:
    # Imported here: trafilatura takes a third of a second to import, and most articles are text.
    import trafilatura

    extracted = trafilatura.extract(
        markup,
        output_format="txt",
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    if not extracted:
        return ""
    # trafilatura puts one paragraph on each line; articles keep a blank line between them.
    return "\n\n".join(line.strip() for line in extracted.splitlines() if line.strip())


def _fallback_text(tree: lxml.html.HtmlElement) -> str:
    for element in list(tree.iter(*_DROPPED)):
        element.drop_tree()
    root = next(iter(tree.iter("article", "main")), None)
    if root is None:
        root = tree.find("body")
    if root is None:
        root = tree
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            if event == "end" and element.tail:
                parts.append(element.tail)
            continue
        block = element.tag in _BLOCKS
        if event == "start":
            if block:
                parts.append("\n\n")
            if element.text:
                parts.append(element.text)
        else:
            if block:
                parts.append("\n\n")
            if element is not root and element.tail:
                parts.append(element.tail)
    # Inside a paragraph HTML whitespace is insignificant: one space.
    paragraphs = (" ".join(chunk.split()) for chunk in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _metadata(tree: lxml.html.HtmlElement) -> Metadata:
    linked = list(_json_ld_objects(tree))
    published = None
    for value in (
        *_meta_values(tree, _PUBLISHED_META),
        *(v for v in tree.xpath("//time[@itemprop='datePublished']/@datetime")),
        *(o.get("datePublished") for o in linked),
        *_meta_values(tree, _OTHER_DATE_META),
    ):
        if isinstance(value, str) and (published := parse_published(value)):
            break
    source = _first(
        *_meta_values(tree, (("property", "og:site_name"),)),
        *(_name(o.get("publisher")) for o in linked),
    )
    title = _first(
        *_meta_values(tree, (("property", "og:title"), ("name", "twitter:title"))),
        *(o.get("headline") for o in linked),
        _strip_site(tree.findtext(".//title"), source),
    )
    url = _first(
        *tree.xpath("//link[@rel='canonical']/@href"),
        *_meta_values(tree, (("property", "og:url"),)),
    )
    return Metadata(title=title, source=source, url=url, published=published)


def _meta_values(tree: lxml.html.HtmlElement, keys: tuple[tuple[str, str], ...]) -> list[str]:
    values: list[str] = []
    for attribute, name in keys:
        for meta in tree.iter("meta"):
            if (meta.get(attribute) or "").strip().lower() == name.lower():
                content = meta.get("content")
                if content:
                    values.append(content)
    return values


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD blocks (``@graph`` and lists included)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            document = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue  # a broken block on someone's page is not our article's fault
        stack: list[Any] = [document]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _first(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _strip_site(title: str | None, site: str | None) -> str | None:
    """``<title>`` without a trailing " | Site" or " - Site" naming the site."""
    if not title:
        return None
    title = " ".join(title.split())
    if site:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            tail = separator + site
            if title.lower().endswith(tail.lower()) and len(title) > len(tail):
                return title[: -len(tail)]
    return title
