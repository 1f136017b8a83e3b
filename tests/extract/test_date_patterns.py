"""dates._opening_word: the opening words of a date pattern, written as re can skip through,
match where "\\b" and the words written with a letter class (dates._or_capitalised) match."""

from __future__ import annotations

import re

import pytest

from analyst.extract.dates import _opening_word, _or_capitalised

TEXTS = [
    "In May, in  June and since July; Inn May, aIn May, _in May, éin May, within a week.",
    "Through late 2021, through mid-2020, of 2025, xof 2024, OF 2023.",
    "Last night, lastnight, this morning, This evening, today and TONIGHT.",
    "planned for May, set  for June, xset for July, offset for August, for September.",
]
_SET_FOR = "for(?:(?<=planned\\sfor)|(?<=set\\sfor))"


@pytest.mark.parametrize(
    ("words", "others", "plain_others"),
    [
        ("in|since|during|until|through|of", (), ""),
        ("last night|this morning|this evening|today|tonight", (), ""),
        ("in|within|from", (_SET_FOR,), "|(?<=planned\\s)for|(?<=set\\s)for"),
    ],
)
def test_opening_words_match_where_a_word_boundary_and_the_words_do(
    words: str, others: tuple[str, ...], plain_others: str
) -> None:
    fast = re.compile(rf"(?P<w>{_opening_word(words, *others)})\s+\w+")
    plain = re.compile(rf"\b(?P<w>{_or_capitalised(words)}{plain_others})\s+\w+")
    for text in TEXTS:
        for pos in (0, 4):
            assert [m.span("w") for m in fast.finditer(text, pos)] == [
                m.span("w") for m in plain.finditer(text, pos)
            ]


def test_opening_words_of_which_one_opens_another_are_refused() -> None:
    with pytest.raises(ValueError):
        _opening_word("in|in the")
