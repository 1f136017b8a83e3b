"""An article's metadata: title, source, url and publication date, and where each comes from.

Rules:
- For an article ``X.txt`` (or ``.md``, ``.html``), ``X.meta.json`` beside it is its sidecar:
  a JSON object with ``title``, ``source``, ``url`` (strings or null) and ``published``
  (``YYYY-MM-DD`` or null). Other keys are allowed and ignored. Anything else (bad JSON, not
  an object, a wrong type, a date that is not ``YYYY-MM-DD``) is an :class:`IngestError`
  naming the sidecar: a sidecar that says something we cannot read must not be ignored.
- Precedence, field by field: explicit arguments (``--published``, ``--source``) > sidecar >
  metadata inside the file (HTML meta tags, Markdown front matter).
- A title nobody gives is the article's first line when that line looks like a headline,
  else the file's stem.
- The publication date is never guessed: not from the file's time, not from the text. An
  article nobody dates is undated.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from analyst.ingest.errors import IngestError

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What one source of metadata says; ``None`` is "says nothing"."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None

    def over(self, fallback: Metadata) -> Metadata:
        """These values, with ``fallback``'s wherever these say nothing."""
        return Metadata(
            title=self.title if self.title is not None else fallback.title,
            source=self.source if self.source is not None else fallback.source,
            url=self.url if self.url is not None else fallback.url,
            published=self.published if self.published is not None else fallback.published,
        )


def sidecar_path(article: Path) -> Path:
    """``X.meta.json`` for ``X.txt``; only the last suffix is replaced (``a.b.txt`` gives
    ``a.b.meta.json``)."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def read_sidecar(article: Path) -> Metadata:
    """The sidecar beside ``article``, or empty metadata when there is none."""
    path = sidecar_path(article)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Metadata()
    except OSError as error:
        raise IngestError(path, f"cannot read: {error.strerror or error}") from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IngestError(path, "malformed sidecar: not UTF-8") from None
    except json.JSONDecodeError as error:
        raise IngestError(
            path, f"malformed sidecar: invalid JSON at line {error.lineno} column {error.colno}"
        ) from None
    return _metadata_from_json(document, path)


def _metadata_from_json(document: Any, path: Path) -> Metadata:
    if not isinstance(document, dict):
        raise IngestError(path, "malformed sidecar: not a JSON object")
    values: dict[str, Any] = {}
    for field in fields(Metadata):
        value = document.get(field.name)
        if value is not None and not isinstance(value, str):
            raise IngestError(path, f"malformed sidecar: {field.name} must be a string or null")
        value = value.strip() if value else None
        if field.name == "published" and value is not None:
            try:
                value = date.fromisoformat(value) if _ISO_DAY.fullmatch(value) else None
            except ValueError:
                value = None
            if value is None:
                given = document["published"]
                raise IngestError(
                    path, f"malformed sidecar: published must be YYYY-MM-DD, not {given!r}"
                )
        values[field.name] = value or None
    return Metadata(**values)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def parse_published(value: str) -> date | None:
    """The day a metadata value such as ``2025-08-08T10:00:00Z`` or ``Aug 8, 2025`` names.

    The day is taken as written (the publisher's local day); a value without a day, month
    and year is not a date, because filling the gaps would be a guess.
    """
    match = _ISO_PREFIX.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    from dateutil import parser  # imported here: only non-ISO values need it

    try:
        # Parsing against two different defaults shows whether any part was filled in.
        first = parser.parse(value, default=datetime(2000, 1, 1))
        second = parser.parse(value, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


_HEADLINE_END_BAD = ".,;:"


def looks_like_headline(line: str) -> bool:
    """A line that reads as a headline: short, starting with a capital, not ending as a
    sentence does (a question or an exclamation is fine)."""
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or "\n" in line:
        return False
    first = line.lstrip("\"'“‘(")[:1]
    last = line.rstrip("\"'”’)")[-1:]
    return (first.isupper() or first.isdigit()) and last not in _HEADLINE_END_BAD


def title_from_text(text: str) -> str | None:
    """The first line of cleaned ``text`` if it looks like a headline."""
    first = text.split("\n", 1)[0].strip()
    return first if looks_like_headline(first) else None
