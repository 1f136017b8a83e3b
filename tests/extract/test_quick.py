"""quick.gated: a gated pattern answers exactly as the pattern itself does, only faster."""

from __future__ import annotations

import re

import pytest

from analyst.extract.quick import (
    Gated,
    UnionGate,
    fold,
    fold_shared,
    folded_pattern,
    gated,
    loose_folded_pattern,
    match_starts,
    required_key_sets,
    word_start_first,
)
from analyst.extract.trie import by_first_letter

_SAME_DAY = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:the\s+same|that)\s+(?:day|evening|morning|afternoon)\b",
    re.IGNORECASE,
)
PATTERNS = [
    _SAME_DAY,
    # A part with its own case rules: the fold cannot tell "may" from "May".
    re.compile(r"\b(?:could|(?-i:may)|warn(?:ed|s)?)\s+(?:rain|again)\b", re.IGNORECASE),
    re.compile(r"\b(?:held|hold)\s+(?:\w+\s+){0,2}?talks\b", re.IGNORECASE),
    re.compile(r"\bmet\s+(?P<who>[A-Z]\w+)"),
    # Every match starts with a word ("secondary", "tariff", "duties", "duty"): tried only there.
    re.compile(r"\b(?P<secondary>secondary\s+)?(?P<word>tariffs?|duties|(?<=%\s)duty)\b", re.I),
    # ... also when the pattern names a capital (read in the fold as the small letter).
    re.compile(r"\b(?:tariffs?|duties|duty(?=\s+on\s+[A-Z]))\b", re.I),
]
TEXTS = [
    "Later that day the two leaders met Xi in Beijing.",
    "They met Modi the same EVENING, and LATER THE SAME MORNING again.",
    "May rain is warm; it may rain, Trump WARNED, and could warn again. MAY AGAIN, may Again.",
    "Both sides HELD two rounds of TALKS and hold further talks.",
    "SECONDARY TARIFFS, a 25% Duty, no duty, Tariff-free and secondary duties; subtariffs.",
    "A duty on Steel, a DUTY ON steel, a duty on 5 cars.",
    "Nothing of the kind here.",
    "",
]


def _spans(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return (m.start(), m.end(), m.group(0)) if m else None


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    fast = gated(pattern)
    assert isinstance(fast, Gated)
    for text in TEXTS:
        for pos in (0, 5):
            assert _spans(fast.search(text, pos)) == _spans(pattern.search(text, pos))
            assert _spans(fast.match(text, pos)) == _spans(pattern.match(text, pos))
            assert [_spans(m) for m in fast.finditer(text, pos)] == [
                _spans(m) for m in pattern.finditer(text, pos)
            ]
            assert fast.findall(text, pos) == pattern.findall(text, pos)


def test_a_case_insensitive_pattern_naming_capitals_is_read_in_the_fold() -> None:
    pattern = re.compile(r"\b(?:COP\d{1,2}|off\s+(?:[A-Z][\w.]*\s+){0,2}list|[^A-Z\s]+ed)\b", re.I)
    folded = folded_pattern(pattern)
    assert folded is not None
    for text in [*TEXTS, "COP29, cop30, Cop 31; taken off The U.S. LIST, off list; 2-ed"]:
        in_fold = [m.span() for m in folded.finditer(fold(text))]
        assert in_fold == [m.span() for m in pattern.finditer(text)]
    # Not read in the fold: a part with its own case rules, a backreference, a character outside
    # ASCII that has a case, a range holding capitals and other characters.
    for source in (r"(?-i:May)", r"(\w)\1", r"caf[é]", "Ⓐ", r"[0-Z]"):
        assert folded_pattern(re.compile(source, re.I)) is None


def test_a_pattern_with_case_sensitive_parts_is_looked_for_loosely_in_the_fold() -> None:
    # A part a match must hold (lowercased: it matches no less), one it must not (inside a
    # negative lookaround, a lookbehind too: it then matches nothing, which lets more through).
    pattern = re.compile(
        r"\b(?:could|(?-i:may)|the\s+day\s+after(?!\s+(?-i:[A-Z]))|on\s+(?-i:[A-Z])\w+"
        r"|(?<!(?-i:U)\.)S\.\s+aid)\b",
        re.I,
    )
    loose = loose_folded_pattern(pattern)
    assert loose is not None
    texts = [
        *TEXTS,
        "May may MAY; the day after Monday, THE DAY AFTER tomorrow; on Friday, ON friday",
        "U.S. aid, u.S. aid, US. AID, the Day after",
    ]
    for text in texts:
        places = {m.start() for m in loose.finditer(fold(text))} | {
            m.start() for m in loose.finditer(fold(text), 1)
        }
        assert {m.start() for m in pattern.finditer(text)} <= places
        fast = gated(pattern)
        assert [_spans(m) for m in fast.finditer(text)] == [
            _spans(m) for m in pattern.finditer(text)
        ]
        assert _spans(fast.search(text)) == _spans(pattern.search(text))
    # Not loosened: a negated character or set in such a part, case rules set the other way,
    # a pattern that may match nothing, one folded_pattern reads whole.
    for source in (r"a(?-i:[^A-Z])", r"a(?-i:[^x]b)", r"(?-i:b(?i:a))", r"(?-i:A)?", r"may"):
        assert loose_folded_pattern(re.compile(source, re.I)) is None


def test_a_pattern_is_tried_only_where_its_first_words_stand() -> None:
    for pattern in PATTERNS[-2:]:
        fast = gated(pattern)
        assert isinstance(fast, Gated) and fast._starts_re is not None


def test_alternatives_grouped_by_first_letter_match_what_their_alternation_does() -> None:
    alternatives = [r"met\b", r"meet", r"Talk", r"talk", r"be\b(?<=will\sbe)", r"sets?\s+off"]
    fast = re.compile(r"\b" + by_first_letter(alternatives))
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    text = (
        "Met, met, metal, meets; Talks, talked, will be, maybe be, sets  off, set off, unmet, été"
    )
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(fast.finditer(text))) == 7


def test_the_words_matches_start_with_are_read_off_the_pattern() -> None:
    assert match_starts(PATTERNS[-2]) == ("duties", "duty", "secondary", "tariff")
    # a small set of letters spells each of its words ...
    assert match_starts(re.compile(r"\b(?:[Tt]he|a)\s+president")) == ("The", "a", "the")
    assert match_starts(re.compile(r"\b(?:[A-Z]he|a)\s+president")) is None  # ... a class not
    assert match_starts(re.compile(r"(?:ab)?")) is None  # may match nothing


def test_every_set_of_required_words_is_read_off_the_pattern() -> None:
    sets = required_key_sets(_SAME_DAY)
    assert sets[0] == ("afternoon", "day", "evening", "morning")
    assert ("at", "same") in sets  # "the same" or "that", after their common "th"
    # A case-sensitive part of a case-insensitive pattern is in the fold as well: "may".
    assert ("could", "may", "warn") in required_key_sets(PATTERNS[1])
    # A case-insensitive part of a case-sensitive pattern is not in the text as spelled.
    assert required_key_sets(re.compile(r"\b(?:could|(?i:may))\s+rain")) == (("rain",),)


def test_a_union_gate_passes_over_text_only_when_no_pattern_can_match() -> None:
    union = UnionGate([gated(p) for p in PATTERNS])
    for text in TEXTS:
        if any(p.search(text) for p in PATTERNS):
            assert union.may_match(text)
    assert not union.may_match("Nothing of the kind here.")
    # A pattern spelled in capitals is looked for in the fold: "Met" is "met" there.
    assert UnionGate([gated(re.compile(r"\bMet\s+\w+"))]).may_match("They Met Xi")
    # A pattern without keys may match anything.
    assert UnionGate([re.compile(r"\w+")]).may_match("")


@pytest.mark.parametrize(
    "source",
    [
        r"\band\s+to\s*$",
        r"\b(?:was|were)\s+(?:due\s+)?to\b",
        r"\b(?P<day>Monday|Tuesday)\b",
        r"\b[Tt]he\s+(?P<n>\d+)(?:st|nd|rd|th)\b",
    ],
)
def test_a_pattern_opening_on_a_word_finds_the_same_when_it_skips_to_its_letters(
    source: str,
) -> None:
    pattern = re.compile(source)
    rewritten = word_start_first(pattern)
    assert rewritten is not pattern
    texts = [
        "and to",
        "_and to",
        "land and to",
        "éand to",
        "He was due to meet them on Monday and the 3rd, and to",
        "They were to go on Tuesday; xMonday, The 21st",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            assert [(m.span(), m.groups()) for m in rewritten.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in pattern.finditer(text, pos)
            ]
            expected = pattern.match(text, pos)
            found = rewritten.match(text, pos)
            assert (found and found.span()) == (expected and expected.span())


def test_a_pattern_that_may_open_otherwise_is_left_as_it_is() -> None:
    for pattern in (
        re.compile(r"\b(?:and|,)\s"),  # a comma is no word's
        re.compile(r"\band\b", re.IGNORECASE),  # no first letters to skip to
        re.compile(r"(?<!\w)and\b"),
        re.compile(r"\b\w+ly\b"),
    ):
        assert word_start_first(pattern) is pattern


def test_a_shared_fold_is_the_fold_for_more_texts_than_it_keeps() -> None:
    texts = [f"Talks in İSTANBUL, round {n}" for n in range(1_200)]
    for text in texts + texts[::-1]:  # (each asked for again after it was let go)
        assert fold_shared(text) == fold(text)


def test_a_pattern_whose_starts_are_many_words_of_a_few_stems_is_read_where_they_stand() -> None:
    # forty-one words a match may start with, too many to look for; without those that start
    # with another ("sanction" finds "sanctioned"), eighteen
    words = (
        [f"sanction{end}" for end in ("", "s", "ed", "ing")]
        + [f"tariff{n}" for n in range(30)]
        + [f"dut{n}" for n in range(7)]
    )
    pattern = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    fast = gated(pattern)
    assert isinstance(fast, Gated) and fast._starts_re is not None
    text = "They are Sanctioning firms; the sanctioned banks, tariff3 and dut6, not sanctionsx."
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert len(list(fast.finditer(text))) == 4
