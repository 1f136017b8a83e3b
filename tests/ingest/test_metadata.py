"""Sidecars, their precedence, and dates that are never guessed."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from analyst.ingest import IngestError, load_article

TEXT = (
    "Trump extends China tariff suspension to November\n\n"
    "The United States and China have agreed to extend their tariff truce for another 90 days."
)
PAGE = (
    '<html><head><meta property="article:published_time" content="2025-08-01">'
    '<meta property="og:title" content="Page title"></head><body><article>'
    "<p>The United States and China have agreed to extend their tariff truce for another "
    "90 days, officials said on Monday in Washington.</p></article></body></html>"
)


def article_file(tmp_path: Path, sidecar: Any = None, *, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_text(PAGE if name.endswith(".html") else TEXT, encoding="utf-8")
    if sidecar is not None:
        text = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
        (tmp_path / (path.stem + ".meta.json")).write_text(text, encoding="utf-8")
    return path


def test_sidecar_gives_the_metadata(tmp_path: Path) -> None:
    path = article_file(
        tmp_path,
        {
            "title": "Sidecar title",
            "source": "Hensard Times",
            "url": "https://example.com/a",
            "published": "2025-08-12",
            "published_note": "extra keys are fine",
        },
    )
    article = load_article(path)
    assert (article.title, article.source, article.url) == (
        "Sidecar title",
        "Hensard Times",
        "https://example.com/a",
    )
    assert article.published == date(2025, 8, 12)


def test_published_argument_beats_sidecar_beats_html(tmp_path: Path) -> None:
    path = article_file(tmp_path, {"published": "2025-08-12"}, name="p.html")
    assert load_article(path).published == date(2025, 8, 12)
    assert load_article(path, published=date(2025, 8, 20)).published == date(2025, 8, 20)
    (tmp_path / "p.meta.json").unlink()
    assert load_article(path).published == date(2025, 8, 1)  # the page's own meta
    assert load_article(path).title == "Page title"


def test_a_null_sidecar_date_falls_back_to_the_page(tmp_path: Path) -> None:
    path = article_file(tmp_path, {"title": None, "published": None}, name="p.html")
    article = load_article(path)
    assert article.published == date(2025, 8, 1)
    assert article.title == "Page title"


def test_source_argument_beats_sidecar(tmp_path: Path) -> None:
    path = article_file(tmp_path, {"source": "Sidecar source"})
    assert load_article(path).source == "Sidecar source"
    assert load_article(path, source="Given").source == "Given"


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ('{"title": "unterminated', "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ({"title": 5}, "title must be a string or null"),
        ({"published": "08/12/2025"}, "published must be YYYY-MM-DD"),
        ({"published": "2025-08"}, "published must be YYYY-MM-DD"),
        ({"published": "2025-02-30"}, "published must be YYYY-MM-DD"),
    ],
)
def test_malformed_sidecar_names_the_sidecar(tmp_path: Path, sidecar: Any, reason: str) -> None:
    path = article_file(tmp_path, sidecar)
    with pytest.raises(IngestError) as caught:
        load_article(path)
    assert caught.value.path == str(tmp_path / "a.meta.json")
    assert caught.value.reason.startswith("malformed sidecar")
    assert reason in caught.value.reason


def test_the_file_time_is_never_a_date(tmp_path: Path) -> None:
    path = article_file(tmp_path)
    stamp = 1754611200  # 2025-08-08
    os.utime(path, (stamp, stamp))
    assert load_article(path).published is None


def test_title_falls_back_to_headline_then_stem(tmp_path: Path) -> None:
    assert load_article(article_file(tmp_path)).title == (
        "Trump extends China tariff suspension to November"
    )
    plain = tmp_path / "truce_story.txt"
    plain.write_text(TEXT.split("\n\n")[1], encoding="utf-8")
    assert load_article(plain).title == "truce_story"


def test_sidecar_with_bom_is_read(tmp_path: Path) -> None:
    path = article_file(tmp_path)
    (tmp_path / "a.meta.json").write_bytes(b"\xef\xbb\xbf" + b'{"published": "2025-08-12"}')
    assert load_article(path).published == date(2025, 8, 12)
