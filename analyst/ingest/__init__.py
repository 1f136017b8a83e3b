"""Ingest: article files in, :class:`~analyst.model.Article` values out.

Reads ``.txt``, ``.md`` and ``.html`` articles (files or folders), decodes them, takes the
article text out of HTML and Markdown, strips aggregator page chrome, reads metadata
(``X.meta.json`` sidecar, HTML meta tags, ``--published``), splits sentences with offsets
into the cleaned text and identifies each article by a hash of that text.

Pure Python: no Qt, no DuckDB, no network. Every refusal is an :class:`IngestError` whose
``str`` is ``"<path>: <reason>"``.

GDELT 2.0 event exports are read by :mod:`analyst.ingest.gdelt` (imported on its own, not
from here): the one module that uses DuckDB, an in-memory connection of its own that parses
the export in bulk; it never touches the store.
"""

from analyst.ingest.article import article_from_text, load_article
from analyst.ingest.discovery import ARTICLE_SUFFIXES, Discovery, discover
from analyst.ingest.errors import IngestError
from analyst.ingest.sentences import split_sentences

__all__ = [
    "ARTICLE_SUFFIXES",
    "Discovery",
    "IngestError",
    "article_from_text",
    "discover",
    "load_article",
    "split_sentences",
]
