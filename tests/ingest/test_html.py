"""HTML pages: article text without scripts or page furniture, and the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analyst.ingest import article_from_text, load_article
from analyst.ingest.html import html_to_text

BODY = "".join(
    f"<p>{p}</p>\n"
    for p in (
        "Chinese President Xi Jinping has told Russian President Vladimir Putin he is pleased "
        "to see Moscow maintain contact with the United States.",
        "The remarks during a phone call between the two leaders on Friday come after the "
        "Kremlin said Putin would meet US President Donald Trump in the coming days.",
        "During the phone call, Xi said China would maintain its stance on the need for peace "
        "talks and a diplomatic solution, Chinese state broadcaster CCTV reported.",
    )
)
PAGE = f"""<!doctype html>
<html><head>
<title>China welcomes new contact | Example News</title>
<meta property="og:title" content="China welcomes new US-Russia contact">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-08-08T10:15:00+03:00">
<link rel="canonical" href="https://example.com/news/china-welcomes">
<script>alert(1)</script>
<style>p {{ color: red }}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>China welcomes new US-Russia contact</h1>
{BODY}<script>document.write("injected text from a script")</script>
</article>
<aside>Most read: a completely different story about football results this weekend.</aside>
<footer>Copyright 2025 Example News. All rights reserved.</footer>
</body></html>"""


def test_page_text_has_no_script_and_metadata_comes_from_meta(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert "alert" not in article.text and "injected" not in article.text
    assert "color: red" not in article.text
    assert "Xi Jinping has told Russian President Vladimir Putin" in article.text
    assert "football" not in article.text and "Copyright" not in article.text
    assert article.published == date(2025, 8, 8)
    assert article.title == "China welcomes new US-Russia contact"
    assert article.source == "Example News"
    assert article.url == "https://example.com/news/china-welcomes"
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)
    assert "\n\n" in article.text  # paragraphs stay apart


def test_fallback_text_drops_scripts_and_furniture() -> None:
    # A page too small for trafilatura still gives its text through the lxml fallback.
    page = (
        "<html><body><nav>Home World Politics</nav><main><p>Short note.</p>"
        "<script>alert(1)</script><p>Second note here.</p></main>"
        "<footer>Footer text</footer></body></html>"
    )
    from analyst.ingest import html as html_module

    text = html_module._fallback_text(__import__("lxml.html").html.document_fromstring(page))
    assert text == "Short note.\n\nSecond note here."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta itemprop="datePublished" content="2025-02-03">', date(2025, 2, 3)),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
            '[{"@type": "NewsArticle", "datePublished": "2025-07-23T01:00:00Z"}]}</script>',
            date(2025, 7, 23),
        ),
        ('<meta name="pubdate" content="August 12, 2025">', date(2025, 8, 12)),
        ('<meta name="date" content="August 2025">', None),  # no day: not a date
        ("", None),
    ],
)
def test_published_date_sources(head: str, expected: date | None) -> None:
    page = f"<html><head>{head}</head><body><article>{BODY}</article></body></html>"
    _, meta = html_to_text(page)
    assert meta.published == expected


def test_explicit_values_override_the_page() -> None:
    article = article_from_text(
        PAGE, is_html=True, published=date(2025, 1, 1), title="Given", source="Given source"
    )
    assert article.published == date(2025, 1, 1)
    assert article.title == "Given"
    assert article.source == "Given source"


def test_title_tag_without_site_name() -> None:
    page = (
        "<html><head><title>Trump extends truce - Hensard Times</title>"
        '<meta property="og:site_name" content="Hensard Times"></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    _, meta = html_to_text(page)
    assert meta.title == "Trump extends truce"


def test_a_page_without_text_is_refused() -> None:
    from analyst.ingest import IngestError

    with pytest.raises(IngestError, match="no article text"):
        article_from_text("<html><body><script>alert(1)</script></body></html>", is_html=True)
