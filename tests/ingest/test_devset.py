"""The development articles have no chrome: they must come through word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyst.ingest import load_article

pytestmark = pytest.mark.devset

_ENDINGS = (".", "!", "?", "”", '"', ".)", "…")
_BAD_ENDING = re.compile(r"(?:\b(?:Mr|Mrs|Dr|Gen|Sen|Rep|St|Aug|Jan|Sept|No)|(?:^|\s)[A-Z])\.$")


def test_devset_text_is_unchanged_but_for_whitespace(devset_articles: list[Path]) -> None:
    for path in devset_articles:
        original = path.read_text(encoding="utf-8")
        article = load_article(path)
        assert article.text.split() == original.split(), path.name


def test_devset_sentences_are_plausible(devset_articles: list[Path]) -> None:
    for path in devset_articles:
        article = load_article(path)
        text = article.text
        assert len(article.sentences) >= 5, path.name
        for sentence in article.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            if not sentence.text.endswith(_ENDINGS):
                # a headline, a standfirst or the truncated last line: always a paragraph's end
                assert text[sentence.end : sentence.end + 1] in ("\n", ""), sentence.text
            assert not _BAD_ENDING.search(sentence.text), sentence.text
            first = sentence.text.lstrip("“\"‘'(")[:1]
            assert first.isupper() or first.isdigit(), sentence.text


def test_devset_metadata_comes_from_sidecars(devset_articles: list[Path]) -> None:
    for path in devset_articles:
        article = load_article(path)
        assert article.published is not None, path.name
        assert article.title and article.source and article.url, path.name
