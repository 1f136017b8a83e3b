"""The dates of an article's sentences, each sentence's read on first use.

Most sentences state no fact, and no fact finder asks for their dates: reading them only when
asked spares the cost of the date patterns there. The result is what reading every sentence in
turn gives. What a sentence takes from those before it is read the same way, from the nearest
back: the day that "the same day" refers to (the last day named before it), and, in an undated
report, the year of a bare "Feb. 5" (that of the last full date named).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from analyst.extract.clauses import TIME_LIMIT_BEFORE, story_start
from analyst.extract.dates import DateMention, anchored_dates, find_dates_both_ways
from analyst.extract.quick import gated
from analyst.model import FuzzyDate

# A live blog's entry stamp ("19:05 – The talks have ended", "Update 17:50 IST: ...", "Sun
# 10:05 MYT: ..."): the entry is from the day the page was published, or from the weekday its
# stamp names, the last one up to that day.
_ENTRY_TIME = re.compile(
    r"\s*(?:Updated?\s+(?:at\s+)?|(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*(?:[—–-]|:(?!\d))\s"
)
# (a time near the start: where a stamp may stand, after a dateline at most)
_TIME_NEAR_START = re.compile(r"\d[:.][0-5]\d")
_STAMP_ONLY = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|CET|CEST|BST|EST|EDT|ET|[AP]M))?\s*$"
)


_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _days_back_to(published: date, weekday: str | None) -> int:
    """How many days before ``published`` its stamp's weekday fell (none named: 0)."""
    if weekday is None:
        return 0
    return (published.weekday() - _WEEKDAY_ABBREVIATIONS.index(weekday)) % 7


def _may_open_on_a_time(text: str) -> bool:
    """Whether ``text`` may open on a time of day (see _ENTRY_TIME and _STAMP_ONLY): on a digit
    or a space, or with a time in its first words. A short look spares nearly every sentence
    the patterns."""
    first = text[:1]
    if first.isdigit() or first.isspace():
        return True
    # (a time's colon or stop stands after its first digit, within the look: most sentences
    # hold neither there, which two substring tests tell for less than the pattern's scan)
    near = text[1:58]
    return (":" in near or "." in near) and _TIME_NEAR_START.search(text, 0, 60) is not None


_SAME_DAY = gated(
    re.compile(
        r"\b(?:(?:later|earlier)\s+)?(?:the\s+same|that)\s+(?:day|evening|morning|afternoon)\b"
        r"|\b(?:later|earlier)\s+in\s+the\s+day\b"
        # "Sheikh Mohamed then met separately with Harris": the next step of the day told
        r"|\bthen\s+(?=(?:\w+ly\s+)?(?:met|held|spoke|talked|visited|hosted|received|joined|"
        r"travell?ed|flew|went|called)\b)",
        re.IGNORECASE,
    )
)
# "The next day", "a day earlier": the day after or before the one the text last named (not
# "the day after the summit" or "the day after Trump's inauguration", which are theirs).
_NEXT_DAY = gated(
    re.compile(
        r"\b(?:(?P<after>the\s+(?:next|following)\s+day|a\s+day\s+later|"
        r"the\s+day\s+after(?!\s+(?:(?:the|his|her|their|its|a|an|tomorrow)\b|(?-i:[A-Z]))))"
        r"|(?P<before>the\s+previous\s+day|a\s+day\s+earlier|"
        r"the\s+day\s+before(?!\s+(?:(?:the|his|her|their|its|a|an|yesterday)\b|(?-i:[A-Z])))))\b",
        re.IGNORECASE,
    )
)

_DAYS_AFTER = gated(re.compile(r"\b(?:days?|weeks?)\s+(?:after|earlier|later)\b", re.IGNORECASE))

_MONTH_DAY = frozenset({"month_day", "day_month"})
_FULL_DAY = frozenset({"month_day_year", "day_month_year", "month_day_of_year", "iso"})


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


DatePair = tuple[list[DateMention], list[DateMention]]  # read as the past, read as a plan


def _last_named_day(dates: list[DateMention]) -> FuzzyDate | None:
    days = [
        d.value
        for d in dates
        if d.value and d.value.precision == "day" and d.kind not in ("entry_time", "same_day")
    ]
    return days[-1] if days else None


class SentenceDates:
    """The dates of each of an article's sentences (by index), read once, when first asked."""

    def __init__(self, texts: Sequence[str], published: date | None) -> None:
        self._texts = texts
        self._published = published
        # After a live blog's bare time stamp ("23:10 BST") every sentence is an entry's.
        self._in_entry: list[bool] = []
        # (each sentence's look for a time near its start, kept for its entry stamp)
        self._may_open_on_a_time = [_may_open_on_a_time(text) for text in texts]
        stamped = False
        for text, may_open_on_a_time in zip(texts, self._may_open_on_a_time, strict=True):
            self._in_entry.append(stamped)
            stamped = stamped or (may_open_on_a_time and _STAMP_ONLY.match(text) is not None)
        self._found: dict[int, DatePair] = {}  # the sentence's own date expressions
        self._read: dict[int, DatePair] = {}  # with the entry's day and "the same day"

    def of(self, index: int) -> DatePair:
        """The dates of sentence ``index``: as a report of the past, and as a plan."""
        read = self._read.get(index)
        if read is None:
            read = self._read[index] = self._read_sentence(index)
        return read

    def _own(self, index: int) -> DatePair:
        found = self._found.get(index)
        if found is None:
            found = find_dates_both_ways(self._texts[index], self._published)
            if self._published is None and any(
                d.kind in _MONTH_DAY and d.value is None for d in found[0]
            ):
                found = self._in_the_named_year(index, found)
            self._found[index] = found
        return found

    def _in_the_named_year(self, index: int, found: DatePair) -> DatePair:
        """An undated report's "on Feb. 5" is in the year of the last full date it named
        ("arrived in Costa Rica on Feb. 4, 2025 ... is to visit Guatemala on Feb. 5")."""
        year = None
        for back in range(index, -1, -1):
            dates = found[0] if back == index else self._own(back)[0]
            # a full day ("Feb. 4, 2025"), not a year alone ("by 2028", "its 2017 agreement")
            years = [d.value.start.year for d in dates if d.value and d.kind in _FULL_DAY]
            if years:
                year = years[-1]
                break
        if year is None:
            return found
        # Read as a report of that year, then set in that year ("Feb. 29" of a year without
        # one stays unread).
        in_year = {
            (d.start, d.end): replace(d, value=FuzzyDate.day(day))
            for d in find_dates_both_ways(self._texts[index], date(year, 6, 30))[0]
            if d.kind in _MONTH_DAY
            and d.value is not None
            and (day := _in_year(d.value.start, year)) is not None
        }
        past, future = (
            [
                in_year.get((d.start, d.end), d) if d.kind in _MONTH_DAY and d.value is None else d
                for d in dates
            ]
            for dates in found
        )
        return past, future

    def _read_sentence(self, index: int) -> DatePair:
        text = self._texts[index]
        own_past, own_future = self._own(index)
        past, future = list(own_past), list(own_future)
        stamp = (
            _ENTRY_TIME.match(text, story_start(text)) if self._may_open_on_a_time[index] else None
        )
        if stamp and self._published:
            # "19:15 – Pakistan gets 19%, well below the 29% it was threatened with in April":
            # the entry is today's news, whatever else it dates.
            # ("Sun 10:05 MYT:" on a page of Monday: the Sunday's)
            stamped_day = self._published - timedelta(
                days=_days_back_to(self._published, stamp["weekday"])
            )
            past.insert(0, DateMention(stamp.start(), stamp.end(), stamp.group(0), "entry_time",
                                       FuzzyDate.day(stamped_day)))  # fmt: skip
        elif self._in_entry[index] and self._published and not past:
            past = [DateMention(0, 0, "", "entry_time", FuzzyDate.day(self._published))]
        if _DAYS_AFTER.search(text):
            for dates in (past, future):
                dates.extend(anchored_dates(text, dates))
                dates.sort(key=lambda d: d.start)
        same = _SAME_DAY.search(text)
        told = same or _NEXT_DAY.search(text)
        if told is not None:
            # "Later the same day": the day the text last named, read the same way ("who
            # arrived on Saturday, met Putin the same day" names it in the sentence itself);
            # "the next day" the one after it.
            step = 0 if same else (1 if told.group("after") else -1)
            for dates, ahead in ((past, False), (future, True)):
                last = _last_named_day(
                    [d for d in dates if d.end <= told.start()]
                ) or self._last_day_before(index, ahead)
                if last is not None:
                    day = FuzzyDate.day(last.start + timedelta(days=step)) if step else last
                    # A shifted day is a day named in its own right: the next shift counts on.
                    kind = "shifted_day" if step else "same_day"
                    dates.append(DateMention(told.start(), told.end(), told.group(0), kind, day))
                    dates.sort(key=lambda d: d.start)
        return past, future

    def undated(self, index: int) -> bool:
        """Whether sentence ``index`` names no date at all, not even one it cannot read."""
        past, future = self.of(index)
        return not past and not future

    def last_reported_day(self, index: int) -> FuzzyDate | None:
        """The latest day sentence ``index`` names that is not after the report: the news,
        not the background ("Trump wrote on Monday that on Jan. 20 he would ...")."""
        # (not a dateline's: "Washington, D.C., Thursday, 10 July 2025 - ... on Wednesday")
        told_from = story_start(self._texts[index])
        days = [
            d.value
            for d in self._own(index)[0]
            if d.value
            and d.value.precision == "day"
            and d.start >= told_from
            and (self._published is None or d.value.start <= self._published)
            # (not "must be renewed ..., with the next decision due by July 31": a time limit)
            and not TIME_LIMIT_BEFORE.search(self._texts[index], max(0, d.start - 20), d.start)
        ]
        return max(days, key=lambda day: day.start) if days else None

    def _last_day_before(self, index: int, ahead: bool) -> FuzzyDate | None:
        """The last day the sentences before ``index`` name (read as plans when ``ahead``)."""
        for back in range(index - 1, -1, -1):
            # as read (with "the next day" and the like), not only the sentence's own words
            day = _last_named_day(self.of(back)[ahead])
            if day is not None:
                return day
        return None
