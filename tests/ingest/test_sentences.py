"""Sentence splitting on the cases news text throws at it."""

from __future__ import annotations

import pytest

from analyst.ingest import split_sentences


def texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for s in sentences:
        assert s.text == text[s.start : s.end]
        assert s.text == s.text.strip()
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. President Donald Trump spoke to Mr. Putin on Aug. 8.",
        "Ryosei Akazawa met Howard Lutnick on Monday evening in Washington, D.C., Hayashi said.",
        "Indian External Affairs Minister S. Jaishankar met George W. Bush in St. Petersburg.",
        "Dr. Smith, Gen. Jones, Sen. Doe and Rep. Roe met Gov. Poe at No. 10 Downing Street.",
        "The order takes effect at 12:01 a.m. EST on Sept. 3, the U.K. government said.",
        "Tariffs rose by 2.5% to 30.per cent, e.g. on steel, i.e. on U.S.-made goods.",
        "Trump met Putin on Jan. 20 vs. a deadline on Nov. 1, Apple Inc. said.",
        "Martin Luther King Jr. Day falls on a Monday.",
        "The minister said it was “just and legitimate”.",
        "“We will continue to take reasonable measures,” Guo Jiakun said in a statement.",
        "“Why now?” he asked.",
        "A freeze in the conflict... is closer than it is further away.",
    ],
)
def test_one_sentence_stays_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin briefed Xi on contacts with the U.S. The Chinese president welcomed it.",
            ["Putin briefed Xi on contacts with the U.S.", "The Chinese president welcomed it."],
        ),
        (
            "He told a news conference on Friday. “There are hopes for this.”",
            ["He told a news conference on Friday.", "“There are hopes for this.”"],
        ),
        (
            "“I thanked him for sharing the latest developments.” Modi said more on X.",
            ["“I thanked him for sharing the latest developments.”", "Modi said more on X."],
        ),
        (
            "The meeting starts at 9 a.m. The leaders will then talk.",
            ["The meeting starts at 9 a.m.", "The leaders will then talk."],
        ),
        (
            "I spoke with @POTUS twice today... This is a defining moment.",
            ["I spoke with @POTUS twice today...", "This is a defining moment."],
        ),
        (
            "Is a deal close? Yes! Officials said 2025 would be decisive.",
            ["Is a deal close?", "Yes!", "Officials said 2025 would be decisive."],
        ),
        (
            "Japan would invest $550 billion. $68 billion is the deficit.",
            ["Japan would invest $550 billion.", "$68 billion is the deficit."],
        ),
    ],
)
def test_sentences_split_where_they_end(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_paragraph_breaks_and_headline_lines_end_sentences() -> None:
    text = (
        "Putin holds calls with key allies\n\n"
        "Calls with other allies\n"
        "Trump said he would meet Putin. They have not met since January\n\n"
        "The truncated last line stops mid"
    )
    assert texts(text) == [
        "Putin holds calls with key allies",
        "Calls with other allies",
        "Trump said he would meet Putin.",
        "They have not met since January",
        "The truncated last line stops mid",
    ]


def test_a_wrapped_line_continues_its_sentence() -> None:
    text = "The U.S. president said\non Friday that tariffs,\nWhich rose in April, would stay."
    assert texts(text) == [text]


def test_offsets_survive_odd_spacing() -> None:
    text = "  First one.   Second one!\n\n\n  Third one?  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First one.", "Second one!", "Third one?"]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n \n") == ()
