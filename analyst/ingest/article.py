"""From a file, or from text, to an :class:`~analyst.model.Article`.

The steps, in order: read and decode the bytes → HTML or Markdown to plain text → normalise
whitespace → strip page chrome → split sentences → identify.

Rules:
- The article's ``text`` is the cleaned text; every offset in the application points into it,
  and its SHA-256 gives the article's ``id``, so the same text read from two files (or two
  encodings) is the same article.
- Text that is shorter than :data:`MIN_TEXT_CHARS` once cleaned, or has no sentence, is
  refused as ``no article text``.
- Metadata precedence is explicit argument > sidecar > metadata in the file; a title nobody
  gives is the first line when it looks like a headline, else the file's stem (see
  :mod:`analyst.ingest.metadata`). The date is never guessed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analyst.ingest.chrome import strip_chrome
from analyst.ingest.discovery import ARTICLE_SUFFIXES
from analyst.ingest.errors import IngestError
from analyst.ingest.html import html_to_text
from analyst.ingest.markdown import markdown_to_text
from analyst.ingest.metadata import Metadata, read_sidecar, title_from_text
from analyst.ingest.reading import read_text
from analyst.ingest.sentences import split_sentences
from analyst.ingest.whitespace import normalize_whitespace
from analyst.model import Article, article_id_for

MIN_TEXT_CHARS = 20
_HTML_SUFFIXES = (".html", ".htm")


def load_article(
    path: Path, *, published: date | None = None, source: str | None = None
) -> Article:
    """The article in the file at ``path``, with its sidecar's metadata.

    ``published`` and ``source`` (from the command line) override the sidecar and the file.
    Raises :class:`IngestError` naming the file (or its sidecar) when it cannot be used.
    """
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise IngestError(path, "unsupported file type")
    is_html = suffix in _HTML_SUFFIXES
    raw = read_text(path, html=is_html)
    sidecar = read_sidecar(path)
    given = Metadata(source=source, published=published).over(sidecar)
    return article_from_text(
        raw,
        title=given.title,
        source=given.source,
        url=given.url,
        published=given.published,
        path=str(path),
        is_html=is_html,
        is_markdown=suffix == ".md",
    )


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: date | None = None,
    path: str | None = None,
    is_html: bool = False,
    is_markdown: bool = False,
) -> Article:
    """The article in ``text`` (an HTML page when ``is_html``, Markdown when ``is_markdown``).

    The keyword values win over what the text itself declares; ``path`` is recorded, gives
    the title of last resort (its stem) and names the input in an :class:`IngestError`.
    """
    embedded = Metadata()
    if is_html:
        text, embedded = html_to_text(text)
    elif is_markdown:
        text, embedded = markdown_to_text(text)
    meta = Metadata(title=title, source=source, url=url, published=published).over(embedded)
    cleaned = normalize_whitespace(text)
    # The source's own name, standing alone on a line at an edge, is chrome.
    names = [name for name in (meta.source, embedded.source) if name]
    cleaned = normalize_whitespace(strip_chrome(cleaned, extra_phrases=names))
    sentences = split_sentences(cleaned)
    if len(cleaned) < MIN_TEXT_CHARS or not sentences:
        raise IngestError(path or "<text>", "no article text")
    return Article(
        id=article_id_for(cleaned),
        text=cleaned,
        sentences=sentences,
        title=meta.title or title_from_text(cleaned) or (Path(path).stem if path else None),
        source=meta.source,
        url=meta.url,
        published=meta.published,
        path=path,
    )
