"""Page chrome goes; article text, headlines and truncated endings stay."""

from __future__ import annotations

from analyst.ingest.chrome import known_phrases, strip_chrome

BODY = (
    "China welcomes new US-Russia contact as Trump seeks end to Ukraine war\n\n"
    "China’s President Xi Jinping has told Russia’s Vladimir Putin he is pleased to see "
    "Moscow maintain contact with the United States.\n\n"
    "The deadline expired on Friday. It was unclear what steps Trump intended to take."
)


def test_aggregator_chrome_at_both_ends() -> None:
    text = (
        "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
        "Example Times\nExample Times\nWorld\n\n" + BODY + "\n\nSign up to read this article\n"
        "Read news from 100’s of titles, curated specifically for you.\n"
        "Already a member? Sign in here\nRelated Stories\nOur Picks\nFourteen days free\n"
        "Download the app\nOne app. One membership.\n100+ trusted global sources."
    )
    assert strip_chrome(text).strip() == BODY


def test_text_without_chrome_is_unchanged() -> None:
    truncated = BODY + "\n\nThe U.S. has warned that continued oil"
    assert strip_chrome(truncated) == truncated
    assert strip_chrome(BODY) == BODY


def test_a_long_sentence_line_is_never_chrome() -> None:
    sentence = "Sign up to read this article, the minister told reporters on Friday in Geneva."
    text = "Start reading\n" + sentence + "\n\n" + BODY
    assert strip_chrome(text) == sentence + "\n\n" + BODY


def test_a_menu_of_short_labels_is_chrome() -> None:
    text = "Home\nWorld\nPolitics\nBusiness\n\n" + BODY + "\n\nMore\nAbout us\nContact\nJobs"
    assert strip_chrome(text).strip() == BODY


def test_a_headline_between_chrome_lines_is_kept() -> None:
    text = "Share\nHeadline that stays in place\n\nPrint\nEmail\n\n" + BODY
    assert strip_chrome(text).split("\n\n")[0].strip() == "Headline that stays in place"


def test_the_source_name_can_be_given() -> None:
    assert strip_chrome("The Daily Planet\n\n" + BODY, extra_phrases=["The Daily Planet"]) == (
        "\n" + BODY
    )


def test_lexicon_is_lower_case_and_loaded() -> None:
    phrases = known_phrases()
    assert "sign up to read this article" in phrases
    assert all(p == p.lower() for p in phrases)


def test_a_brief_of_short_sentences_keeps_its_body() -> None:
    brief = "Trade war escalates\n\nTariffs rise.\n\nMarkets fall."
    text = "Start reading\nOne app.\n\n" + brief + "\n\nShare\nDownload the app"
    assert strip_chrome(text).strip() == brief
