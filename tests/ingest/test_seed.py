"""The bundled seed: an Al Jazeera article as the inkl app shows it, chrome and all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analyst.ingest import load_article
from analyst.model import article_id_for

HEADLINE = "China welcomes new US-Russia contact as Trump seeks end to Ukraine war"
CHROME = (
    "Get all your news in one place",
    "premium titles",
    "One app",
    "Start reading",
    "Al Jazeera",
    "Sign up to read this article",
    "Already a member",
    "Related Stories",
    "inkl",
    "Our Picks",
    "Fourteen days free",
    "Download the app",
    "trusted global sources",
)


def test_chrome_is_gone_and_the_article_is_kept(seed_path: Path) -> None:
    article = load_article(seed_path)
    for phrase in CHROME:
        assert phrase not in article.text, phrase
    assert not article.text.startswith("World")
    assert article.text.split("\n")[0] == HEADLINE
    assert article.text.endswith(
        "It was unclear what steps Trump intended to take as a consequence."
    )


def test_headline_caption_and_first_sentence_are_sentences(seed_path: Path) -> None:
    article = load_article(seed_path)
    texts = [s.text for s in article.sentences]
    assert texts[0] == HEADLINE
    assert texts[1].startswith("Russian President Vladimir Putin, right,")  # the photo caption
    assert texts[2] == (
        "China’s President Xi Jinping has told Russia’s Vladimir Putin he is pleased to see "
        "Moscow maintain contact with the United States to advance a political resolution of "
        "the Ukraine crisis."
    )
    assert "Calls with other allies" in texts  # a subheading is a sentence of its own


def test_offsets_point_into_the_cleaned_text(seed_path: Path) -> None:
    article = load_article(seed_path)
    previous_end = 0
    for sentence in article.sentences:
        assert sentence.text == article.text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_identity_metadata_and_no_guessed_date(seed_path: Path, tmp_path: Path) -> None:
    article = load_article(seed_path)
    assert article.id == article_id_for(article.text)
    assert article.title == HEADLINE
    assert article.path == str(seed_path)
    assert article.published == date(2025, 8, 8)  # from the bundled sidecar
    assert "\n\n\n" not in article.text and "\u00a0" not in article.text
    bare = tmp_path / seed_path.name
    bare.write_bytes(seed_path.read_bytes())  # no sidecar: the file's time is never a date
    undated = load_article(bare)
    assert undated.published is None
    assert undated.id == article.id
