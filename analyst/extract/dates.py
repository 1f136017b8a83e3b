"""Date expressions in a sentence, resolved against the article's publication date.

Rules:
- A date keeps the precision the text gives: "in September" is a month, "next week" a week,
  "later this year" a year. Nothing is made more precise than the words allow.
- Relative expressions ("on Friday", "next week", "four months ago", "this year") need the
  publication date. In an undated article they stay unresolved (``None``), never guessed.
- A weekday or a bare month points back (the latest one on or before publication) when the
  sentence reports the past, and forward when it speaks of plans; ``future`` says which.
- A month and day without a year takes the year that puts it nearest to publication.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from analyst.extract.quick import Gated, gated, word_start_first
from analyst.extract.trie import by_first_letter
from analyst.model import FuzzyDate, quick_frozen_init

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# The months' and weekdays' full names, capitalised, as one alternation ("January|...|Sunday"),
# for patterns that must tell a name from a day ("sanctions on Rosneft", not "on Monday").
FULL_MONTHS = [m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)]
CALENDAR_WORDS = "|".join(w.capitalize() for w in [*WEEKDAYS, *FULL_MONTHS])
# A month's short name as a date writes it: "Aug. 20", "Sept 3"
SHORT_MONTH_DAY = (
    r"(?:"
    + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) <= 4), key=len, reverse=True))
    + r")\.?\s+\d"
)
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "a couple of": 2,
    "several": 3,
    "a few": 3,
}


def _or_capitalised(words: str) -> str:
    """ "in|since" as "(?:[Ii]n|[Ss]ince)": a sentence's first word is capitalised ("In May,",
    "Last week,"), and a letter class keeps the pattern's fast case-sensitive scan."""
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words.split("|")) + ")"


def _opening_word(words: str, *others: str) -> str:
    r"""``\b`` and :func:`_or_capitalised` ("in|since" as "\b(?:[Ii]n|[Ss]ince)"), for a pattern
    that opens with one of the words, written as ``re`` can skip through: each word, small or
    capitalised, stands with its first letter first and the test on the character before it
    ("\b") just after the word (where the word stands whole: a look back costs more than the
    letters that tell most places apart), grouped by that letter (see trie.by_first_letter).
    ``re`` then skips to where one of the words can start instead of trying every place.

    ``others`` are further alternatives of that place, each opening on a small letter and
    telling for itself what may stand before it. No word may open another (nor another word's
    alternative): at each place one alternative at most can then match, whatever their order.
    """
    listed = words.split("|")
    spelled = [*listed, *(w[0].upper() + w[1:] for w in listed)]
    if any(a != b and b.startswith(a) for a in [*spelled, *others] for b in [*spelled, *others]):
        raise ValueError(f"_opening_word: an alternative opens another in {words!r}")
    return by_first_letter([*(f"{w}(?<!\\w{w})" for w in spelled), *others])


_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "16-17 June": a stretch of days is dated by its first.
_TO_DAY = r"(?:\s*(?:[-–]|to|and)\s*(?P<to_day>[0-3]?\d)(?:st|nd|rd|th)?)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = (
    r"(?P<num>\d{1,3}|"
    + _or_capitalised(
        "a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
        "eleven|twelve|fifteen|twenty|thirty|forty-five|sixty|ninety"
    )
    + ")"
)
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"

# "for" after a word that schedules: "planned for", "set for", "due for"
_SET_FOR = (
    "for(?:"
    + "|".join(
        rf"(?<={w}\sfor)"
        for w in ("planned", "scheduled", "set", "slated", "due", "pencilled", "penciled")
    )
    + ")"
)

_PATTERNS: list[tuple[str, str]] = [
    ("month_day_year", rf"\b{_MONTH}\s+{_DAY}{_TO_DAY},?\s+{_YEAR}\b"),
    # "by the end of the first quarter of 2026": the quarter's last day
    (
        "quarter_end",
        rf"{_opening_word('the end of|end of')}\s+the\s+"
        rf"(?P<quarter>first|second|third|fourth|final|last)\s+quarter\s+(?:of\s+)?{_YEAR}\b",
    ),
    ("day_month_year", rf"\b{_DAY2}{_TO_DAY}\s+(?:of\s+)?{_MONTH2},?\s+{_YEAR}\b"),
    ("iso", r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    # "until March 9 next year"
    (
        "month_day_of_year",
        rf"\b{_MONTH}\s+{_DAY},?\s+(?:of\s+)?(?P<which>last|next|this)\s+year\b",
    ),
    ("month_day", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|per cent|billion|million))"),
    # "22-23 November", "the 4th of July"
    ("day_month", rf"\b{_DAY2}{_TO_DAY}\s+(?:of\s+)?{_MONTH2}\b"),
    (
        "month_year",
        rf"\b(?:(?P<part>{_or_capitalised('early|mid|late|the end of|end of|the beginning of')})-?\s*)?{_MONTH}\s+(?:of\s+)?{_YEAR}\b",
    ),
    (
        "week_of_month",
        rf"\b(?:{_or_capitalised('in')}\s+)?{_or_capitalised('the')}\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+{_MONTH}\b",
    ),
    (
        "part_month",
        # ("an end-August deadline")
        rf"\b(?P<part>{_or_capitalised('early|mid|late|the end of|end of|the beginning of')}|end(?=-))[\s-]+{_MONTH}\b",
    ),
    (
        "named_month",
        rf"(?P<which>{_opening_word('last|next|this|coming')})\s+{_MONTH}\b(?!\.?\s+\d)",
    ),
    # "in June last year", "March of next year"
    (
        "month_of_year",
        rf"\b(?:{_or_capitalised('in|since|during|until|by|from|before|after|through')}\s+)?{_MONTH}\s+(?:of\s+)?"
        r"(?P<which>last|next|this)\s+year\b",
    ),
    (
        "in_month",
        # ("planned for February": the month an event is set for; not "support for May")
        rf"(?P<prep>{_opening_word('in|since|during|until|by|from|before|after|through', _SET_FOR)})"
        rf"\s+{_MONTH}\b(?!\.?\s+\d)",
    ),
    # "his February visit", "Starmer's March trip": a month before the event it dates (not
    # "Xi may visit": a determiner or an owner comes first)
    (
        "month_of_event",
        r"(?:(?<=['’]s\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bits\s)|(?<=\bthe\s)|(?<=\ba\s))"
        + _MONTH
        + r"(?=\s+(?:state\s+|official\s+)?(?:visit|trip|tour|summit|meeting|talks|call|phone\s+call)\b)",
    ),
    (
        "in_year",
        # "in 2024", "in late 2024"
        rf"(?P<prep>{_opening_word('in|since|during|until|by|from|before|after|of|through')})\s+"
        rf"(?:(?:early|mid|late)[\s-]+)?{_YEAR}\b",
    ),
    # "this summer", "in the autumn", "next spring" (not "the spring of 2026": the year's)
    (
        "season",
        rf"\b(?P<which>{_or_capitalised('this|next|last|in the|during the|over the|by the|in')})\s+"
        # not "the fall in oil prices", "a fall of 3%": the noun
        r"(?P<season>spring|summer|autumn|fall(?!\s+(?:in|to|from|by|on)\b))\b(?!\s+of\b)",
    ),
    (
        "ago",
        rf"\b(?:(?P<approx>(?i:almost|nearly|about|around|some|more than|over|just))\s+)?{_NUM}\s+{_UNIT}\s+ago\b",
    ),
    # "The standoff comes a week after Washington's tariff took effect": that long before the
    # report, the day of what follows.
    (
        "comes_after",
        rf"\b(?:comes?|came|arrives?|arrived)\s+(?:just\s+)?{_NUM}\s+{_UNIT}\s+after\b",
    ),
    # "talks in two weeks", "a decision within 30 days": that long after the report
    (
        "in_time",
        rf"{_opening_word('in|within')}\s+(?:the\s+next\s+)?{_NUM}\s+{_UNIT}\b(?!\s+(?:of|ago)\b)",
    ),
    (
        "this_period",
        # (the span starts at its first word: not " next year" with the space before it)
        rf"\b(?:(?P<rel>{_or_capitalised('later|earlier|early|late')})\s*)?(?P<which>{_or_capitalised('this|next|last|past|coming')})\s+(?P<period>week|month|year|weekend)\b",
    ),
    # "a state visit to the United States later in the year": this year, as "later this year"
    (
        "later_in_the",
        # (not "earlier in the month", often the month the story last told of)
        rf"(?P<rel>{_opening_word('later|earlier')})\s+in\s+the\s+(?P<period>year)\b",
    ),
    # "expected to visit China in the second half of the year": this year's
    ("half_of_the_year", r"\b(?:first|second|latter)\s+half\s+of\s+the\s+year\b"),
    ("the_weekend", rf"{_opening_word('over|at|during')}\s+the\s+weekend\b"),
    (
        "end_of_period",
        rf"\b(?:(?P<by>{_or_capitalised('by|until|before')})\s+)?{_or_capitalised('the')}\s+end\s+of\s+(?P<which>this|next|the)\s+(?P<period>week|month|year)\b",
    ),
    (
        "coming_days",
        rf"{_opening_word('in')}\s+the\s+(?:coming|next)\s+(?:few\s+)?(?P<period>days|weeks|months)\b",
    ),
    ("next_weekday", rf"(?P<which>{_opening_word('next|last|this|coming')})\s+{_WEEKDAY}\b"),
    # "on Thursday of next week", "on Monday last week": that week's day
    ("weekday_of_week", rf"\b{_WEEKDAY},?\s+(?:of\s+)?(?P<which>next|last|this)\s+week\b(?!['’]s)"),
    ("weekday", rf"\b{_WEEKDAY}\b"),
    (
        "day_of_month",
        # (not "the 11th Leaders' Retreat", "the 19th package": an ordinal before a noun)
        r"\b(?:on\s+)?the\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?!\s+(?!(?:and|or|but|to|through|until|till|at|when|in|from|for|with|by|after|before|"
        r"during|amid|ahead|while|this|next|last|as|if|so|then)\b)[A-Za-z])"
        # "the 4th of July" is a month's day (day_month)
        r"(?!\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    ),
    (
        "deictic",
        rf"(?P<deictic>{_opening_word('the day after tomorrow|the day before yesterday|today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening')})\b",
    ),
    # "by year-end", "before the year's end": the year's last month, as "the end of the year"
    (
        "year_end",
        r"\b(?:(?:by|until|before|at|around)\s+)?(?:the\s+)?(?:year[- ]end|end[- ]year|year['’]s\s+end)\b",
    ),
    # The days of the calendar named for a feast ("on Christmas Day", "before Christmas")
    (
        "holiday",
        r"\b(?P<holiday>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|"
        r"(?:(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\bover\s)|"
        r"(?<=\bsince\s)|(?<=\bat\s)|(?<=\bon\s))Christmas(?!\s+(?:Island|market|tree|card)))\b",
    ),
]
# The month and day of each feast "holiday" names
_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
}
# (those that open on "\b" and a word rewritten to skip to where that word may start)
_COMPILED = [(name, word_start_first(re.compile(pattern))) for name, pattern in _PATTERNS]


# Kinds that name their date outright ("15 August 2025", "2025-08"), whatever the tense.
_ABSOLUTE = frozenset({"month_day_year", "day_month_year", "iso", "month_year", "in_year"})


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``start``..``end`` of the sentence, and what it resolves to."""

    start: int
    end: int
    text: str
    kind: str
    value: FuzzyDate | None

    @property
    def relative(self) -> bool:
        return self.kind not in _ABSOLUTE

    def rest_still_ahead(self, published: date) -> bool:
        """Whether this is "later this month/year" and some of that period is still to come
        after ``published`` (the period's start may be gone; its rest is ahead)."""
        return (
            self.kind == "this_period"
            and self.text[:5].lower() == "later"
            and self.value is not None
            and self.value.end > published
        )


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _count(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def _nearest_year(published: date, month: int, day: int, future: bool) -> date | None:
    """The year that puts "March 3" nearest to publication, on the side the tense points to
    (a report looks back up to a year; a plan looks ahead up to a year)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    side = [d for d in candidates if (d >= published if future else d <= published)]
    side = [d for d in side if abs((d - published).days) <= 330] or candidates
    if not side:
        return None
    return min(side, key=lambda d: abs((d - published).days))


def _weekday(published: date, weekday: int, future: bool) -> date:
    delta = (weekday - published.weekday()) % 7
    if future:
        return published + timedelta(days=delta)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_only(published: date, month: int, future: bool) -> FuzzyDate:
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return FuzzyDate.month(year, month)


def _days(first: date, last_day: str | None) -> FuzzyDate:
    """The day ``first``, or the days from it to ``last_day`` of its month ("17-18 February":
    a visit's two days, dated by the first)."""
    if (
        last_day is None
        or not first.day < int(last_day) <= calendar.monthrange(first.year, first.month)[1]
    ):
        return FuzzyDate.day(first)
    return FuzzyDate(first, first.replace(day=int(last_day)), "day")


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _part_of_month(year: int, month: int, part: str | None) -> FuzzyDate:
    whole = FuzzyDate.month(year, month)
    part = part.lower() if part else None
    if part in ("early", "the beginning of"):
        return FuzzyDate(whole.start, whole.start + timedelta(days=9), "month")
    if part == "mid":
        return FuzzyDate(whole.start + timedelta(days=9), whole.start + timedelta(days=19), "month")
    if part in ("late", "the end of", "end of", "end"):
        return FuzzyDate(whole.start + timedelta(days=19), whole.end, "month")
    return whole


def _amount(g: dict[str, str]) -> tuple[int, str]:
    """How many of which unit a "two weeks"-like span names ("a fortnight" is two weeks)."""
    n, unit = _count(g["num"]), g["unit"].lower()
    return (2 * n, "week") if unit == "fortnight" else (n, unit)


def _shift(published: date, unit: str, n: int) -> date:
    if unit == "day":
        return published + timedelta(days=n)
    if unit == "week":
        return published + timedelta(weeks=n)
    if unit == "month":
        return published + relativedelta(months=n)
    return published + relativedelta(years=n)


def _period(published: date, period: str, offset: int) -> FuzzyDate:
    if period in ("week", "weekend"):
        week = FuzzyDate.week_of(published + timedelta(weeks=offset))
        if period == "weekend":
            return FuzzyDate(week.end - timedelta(days=1), week.end, "week")
        return week
    if period == "month":
        shifted = published + relativedelta(months=offset)
        return FuzzyDate.month(shifted.year, shifted.month)
    return FuzzyDate.year(published.year + offset)


# The months of each season (the northern hemisphere's, as news from it means); winter,
# which spans two years, is left out.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(which: str, season: str, published: date, future: bool) -> FuzzyDate:
    """The year of "this summer", "next spring", "in the autumn": a season is no month, so
    the year is as precise as the words allow."""
    first, last = _SEASONS[season]
    year, month = published.year, published.month
    if which == "this":
        return FuzzyDate.year(year)
    if which == "next":  # in January "next summer" is this year's, in June the next one
        return FuzzyDate.year(year + 1 if month >= first else year)
    if which == "last":  # in June "last summer" is the year before's, in October this one
        return FuzzyDate.year(year - 1 if month <= last else year)
    if future:  # "will meet in the autumn": this year's, unless it is over
        return FuzzyDate.year(year if month <= last else year + 1)
    return FuzzyDate.year(year if month >= first else year - 1)


def _resolve(m: re.Match[str], kind: str, published: date | None, future: bool) -> FuzzyDate | None:
    g = m.groupdict()
    if kind == "iso":
        return FuzzyDate.day(date(int(g["iy"]), int(g["im"]), int(g["id"])))
    if kind == "month_day_year":
        return _days(date(int(g["year"]), _month_number(g["month"]), int(g["day"])), g["to_day"])
    if kind == "day_month_year":
        return _days(date(int(g["year"]), _month_number(g["month2"]), int(g["day2"])), g["to_day"])
    if kind == "month_year":
        return _part_of_month(int(g["year"]), _month_number(g["month"]), g["part"])
    if kind == "quarter_end":
        last_month = 3 * _QUARTERS[g["quarter"].lower()]
        return FuzzyDate.day(FuzzyDate.month(int(g["year"]), last_month).end)
    if kind == "in_year":
        return FuzzyDate.year(int(g["year"]))
    if published is None:
        return None
    if kind == "month_day":
        d = _nearest_year(published, _month_number(g["month"]), int(g["day"]), future)
        return FuzzyDate.day(d) if d else None
    if kind == "day_month":
        d = _nearest_year(published, _month_number(g["month2"]), int(g["day2"]), future)
        return _days(d, g["to_day"]) if d else None
    if kind == "part_month":
        month = _month_number(g["month"])
        anchor = _month_only(published, month, future)
        return _part_of_month(anchor.start.year, month, g["part"])
    if kind == "week_of_month":
        month = _month_number(g["month"])
        anchor = _month_only(published, month, future)
        nth = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(g["nth"].lower())
        if nth is None:  # the last week
            return FuzzyDate.week_of(anchor.end)
        return FuzzyDate.week_of(anchor.start + timedelta(weeks=nth))
    if kind == "named_month":
        month, which = _month_number(g["month"]), g["which"].lower()
        if which == "last":
            return FuzzyDate.month(published.year - (month >= published.month), month)
        if which in ("next", "coming"):
            return FuzzyDate.month(published.year + (month <= published.month), month)
        return _month_only(published, month, future)
    if kind == "month_day_of_year":
        offset = {"last": -1, "this": 0, "next": 1}[g["which"]]
        return FuzzyDate.day(
            date(published.year + offset, _month_number(g["month"]), int(g["day"]))
        )
    if kind == "month_of_year":
        offset = {"last": -1, "this": 0, "next": 1}[g["which"]]
        return FuzzyDate.month(published.year + offset, _month_number(g["month"]))
    if kind == "month_of_event":
        return _month_only(published, _month_number(g["month"]), future)
    if kind == "in_month":
        prep = g["prep"].lower()
        points_forward = future or prep in ("until", "by")
        return _month_only(published, _month_number(g["month"]), points_forward)
    if kind == "in_time":
        if not future:
            return None  # "in two weeks of talks" read back from the report means nothing
        n, unit = _amount(g)
        then = _shift(published, unit, n)
        if unit in ("day", "week"):
            return FuzzyDate.day(then)
        return (
            FuzzyDate.month(then.year, then.month) if unit == "month" else FuzzyDate.year(then.year)
        )
    if kind == "comes_after":
        n, unit = _amount(g)
        then = _shift(published, unit, -n)
        if unit in ("day", "week"):
            return FuzzyDate.day(then)
        return FuzzyDate.month(then.year, then.month) if unit == "month" else None
    if kind == "ago":
        n, unit = _amount(g)
        then = _shift(published, unit, -n)
        if unit == "day":
            return FuzzyDate.day(then)
        if unit == "week":
            # "a week ago" (or "a fortnight ago") is the same weekday back; "almost two weeks
            # ago" and "three weeks ago" are vaguer.
            return FuzzyDate.week_of(then) if g["approx"] or n > 2 else FuzzyDate.day(then)
        if unit == "month":
            return FuzzyDate.month(then.year, then.month)
        return FuzzyDate.year(then.year)
    if kind == "this_period":
        which = g["which"].lower()
        period = g["period"].lower()
        offset = {"this": 0, "coming": 1, "next": 1, "last": -1, "past": -1}[which]
        if period == "year" and which == "coming":
            offset = 0 if g["rel"] else 1
        return _period(published, period, offset)
    if kind == "later_in_the":
        return _period(published, g["period"].lower(), 0)
    if kind == "half_of_the_year":
        return _period(published, "year", 0)
    if kind == "season":
        return _season(g["which"].lower(), g["season"].lower(), published, future)
    if kind == "the_weekend":  # "spoke over the weekend": the one just gone, or the one ahead
        return _period(published, "weekend", 0 if future else -1)
    if kind == "end_of_period":
        which = g["which"].lower()
        whole = _period(published, g["period"].lower(), 1 if which == "next" else 0)
        period = g["period"].lower()
        if period == "year":
            return FuzzyDate.month(whole.end.year, 12)  # "by the end of the year": its last month
        if period == "month" and not g.get("by"):
            # "expected to meet Xi at the end of the month": that month, not a made-up day (but
            # "given until the end of the month" is due on its last day)
            return FuzzyDate.month(whole.end.year, whole.end.month)
        return FuzzyDate(whole.end, whole.end, "day")
    if kind == "coming_days":
        span = {"days": 10, "weeks": 30, "months": 120}[g["period"].lower()]
        return FuzzyDate(published, published + timedelta(days=span), "week")
    if kind == "next_weekday":
        which = g["which"].lower()
        weekday = WEEKDAYS[g["weekday"].lower()]
        if which == "last":
            return FuzzyDate.day(_weekday(published - timedelta(days=1), weekday, future=False))
        if which == "next":
            base = _weekday(published + timedelta(days=1), weekday, future=True)
            if base - published < timedelta(days=2):
                base += timedelta(days=7)
            return FuzzyDate.day(base)
        return FuzzyDate.day(_weekday(published, weekday, future=True))
    if kind == "weekday":
        return FuzzyDate.day(_weekday(published, WEEKDAYS[g["weekday"].lower()], future))
    if kind == "weekday_of_week":
        week = _period(published, "week", {"this": 0, "next": 1, "last": -1}[g["which"]])
        return FuzzyDate.day(week.start + timedelta(days=WEEKDAYS[g["weekday"].lower()]))
    if kind == "day_of_month":
        day = int(g["dom"])
        candidates = []
        for shift in (-1, 0, 1):
            month = published + relativedelta(months=shift)
            try:
                candidates.append(date(month.year, month.month, day))
            except ValueError:
                continue
        if future:
            after = [c for c in candidates if c >= published]
            return FuzzyDate.day(min(after)) if after else None
        before = [c for c in candidates if c <= published]
        return FuzzyDate.day(max(before)) if before else None
    if kind == "deictic":
        word = g["deictic"].lower()
        offset = {
            "yesterday": -1,
            "last night": -1,
            "tomorrow": 1,
            "the day after tomorrow": 2,
            "the day before yesterday": -2,
        }.get(word, 0)
        return FuzzyDate.day(published + timedelta(days=offset))
    if kind == "year_end":
        return FuzzyDate.month(published.year, 12)
    if kind == "holiday":
        month, day = _HOLIDAYS[" ".join(g["holiday"].lower().replace("’", "'").split())]
        feast = _nearest_year(published, month, day, future)
        return FuzzyDate.day(feast) if feast else None
    return None


# A pattern runs over a sentence only when its gate finds something there: a month's name for the
# patterns built on months, a year, a weekday, a relative word, an ordinal day. Most patterns
# cannot match without their gate matching too ("in March" holds the month's name at a word
# boundary): for those the gate's own scan (with \b and alternatives, the costlier kind) is not
# needed, only cheaper tests the pattern cannot pass without (a scan without \b, a digit, a word
# spelled as the pattern spells it), which spare scans that would find nothing. The two patterns
# that can match without their gate ("midMarch 2025", "laterthis week") have it checked once
# they find something. Which patterns run and what they find is what the gates alone decide.
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_RELATIVE_WORD = re.compile(
    r"(?i)\b(?:ago|this|next|last|past|coming|end\s+of|today|yesterday|tomorrow|tonight)\b"
)
_SPAN_BACK = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"last|only|highest|lowest|biggest|largest|longest|worst|best|most|least|"
    r"time|since|ever|record)\b[^,;.]*$",
    re.IGNORECASE,
)
_UNIT_WORD = gated(re.compile(r"\b(?:day|week|fortnight|month|year)s?\b"))
_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b")
_DIGIT = re.compile(r"\d")
_GATE_TO_CONFIRM = {"month_year": _MONTH_WORD, "this_period": _RELATIVE_WORD}
# A month named after an owner ("its June summit") opens with a test on the words before it:
# re then tries it at every character, the gate only where a month's name stands.
_PATTERN: dict[str, re.Pattern[str] | Gated] = {
    kind: gated(pattern) if kind == "month_of_event" else pattern for kind, pattern in _COMPILED
}
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_COMPILED)}


# How far before its month's name a match may start, besides the spaces just before the name:
# "15th " (day_month), "through " (in_month), "the beginning of-" (month_year). A pattern built
# on months can then skip the text before the sentence's first month's name, less that much.
_MONTH_LEAD = {
    "month_day_year": 0,
    "month_day": 0,
    "month_day_of_year": 0,
    "day_month_year": 12,
    "day_month": 12,
    "named_month": 7,
    "month_of_year": 7,
    "in_month": 7,
    "month_of_event": 0,
    "month_year": 17,
}


def _kinds_to_try(s: str) -> tuple[list[str], int]:
    """The kinds of date expression whose patterns are worth running over sentence ``s``, and
    where its first month's name starts, with the spaces before it (0 when there is none)."""
    kinds: list[str] = []
    low = s.lower()  # "In March", "Last week": a sentence's first word is capitalised
    year = "19" in s or "20" in s
    month = _MONTH_HINT.search(s)
    month_at = 0
    if month:
        month_at = len(s[: month.start()].rstrip())
        if _DIGIT.search(s):
            if year:
                kinds += ("month_day_year", "day_month_year", "month_year")
            kinds += ("month_day", "day_month")
        kinds.append("in_month")
        kinds.append("month_of_event")
        if "last" in low or "next" in low or "this" in low or "coming" in low:
            kinds.append("named_month")
            if "year" in low:
                kinds.append("month_of_year")
                if _DIGIT.search(s):
                    kinds.append("month_day_of_year")
        if "week" in low:
            kinds.append("week_of_month")
        if (
            "early" in low
            or "mid" in low
            or "late" in low
            or "end of" in low
            or "end-" in low
            or "beginning of" in low
        ):
            kinds.append("part_month")
    if year:
        if "quarter" in low:
            kinds.append("quarter_end")
        kinds.append("in_year")
        if "-" in s:
            kinds.append("iso")
    if "spring" in low or "summer" in low or "autumn" in low or " fall" in low:
        kinds.append("season")
    if "ago" in low:
        kinds.append("ago")
    if " after" in low and _UNIT_WORD.search(low):
        kinds.append("comes_after")
    if ("in " in low or "within" in low) and _UNIT_WORD.search(low):
        kinds.append("in_time")
    if "week" in low or "month" in low or "year" in low:
        if "this" in low or "next" in low or "last" in low or "past" in low or "coming" in low:
            kinds.append("this_period")
        if "end" in low:
            kinds.append("end_of_period")
        if " in the year" in low and ("later" in low or "earlier" in low):
            kinds.append("later_in_the")
        if "half of the year" in low:
            kinds.append("half_of_the_year")
    if "coming" in low or "next" in low:
        kinds.append("coming_days")
    if "weekend" in low:
        kinds.append("the_weekend")
    if (
        "today" in low
        or "tonight" in low
        or "tomorrow" in low
        or "yesterday" in low
        or "this " in low
        or "last night" in low
    ):
        kinds.append("deictic")
    if "day" in low and _WEEKDAY_WORD.search(s):
        kinds.append("weekday")
        if "next" in low or "last" in low or "this" in low or "coming" in low:
            kinds.append("next_weekday")
            if " week" in low:
                kinds.append("weekday_of_week")
    if _ORDINAL_DAY.search(s):
        kinds.append("day_of_month")
    if (
        "year-end" in low
        or "year end" in low
        or "end-year" in low
        or "year's end" in low
        or "year’s end" in low
    ):
        kinds.append("year_end")
    if "Christmas" in s or "New Year" in s or "Boxing Day" in s:
        kinds.append("holiday")
    return kinds, month_at


# Kinds whose reading does not depend on the tense of the sentence (see ``_resolve``).
_TENSELESS = _ABSOLUTE | frozenset(
    {
        "month_day_of_year",
        "month_of_year",
        "ago",
        "comes_after",
        "this_period",
        "later_in_the",
        "half_of_the_year",
        "end_of_period",
        "coming_days",
        "next_weekday",
        "weekday_of_week",
        "deictic",
        "year_end",
    }
)


def _spans(sentence: str) -> list[tuple[str, re.Match[str]]]:
    hits = []
    kinds, month_at = _kinds_to_try(sentence)
    for kind in kinds:
        lead = _MONTH_LEAD.get(kind)
        start = max(0, month_at - lead) if lead is not None else 0
        found = list(_PATTERN[kind].finditer(sentence, start))
        if kind == "in_time":
            # "the first visit by a Chinese premier in seven years": a span back, not ahead
            found = [
                m
                for m in found
                if not _SPAN_BACK.search(sentence, max(0, m.start() - 60), m.start())
            ]
        gate = _GATE_TO_CONFIRM.get(kind)
        if found and gate is not None and gate.search(sentence) is None:
            continue
        hits += [(m.start(), -(m.end() - m.start()), _PRIORITY[kind], kind, m) for m in found]
    hits.sort()  # by start, longest first, then priority: no two hits tie on all three
    out: list[tuple[str, re.Match[str]]] = []
    taken_until = -1
    for start, _, _, kind, m in hits:
        if start < taken_until:
            continue  # inside a longer expression already read ("August 15, 2025")
        taken_until = m.end()
        if (
            out
            and out[-1][0] == "weekday"
            and kind in _DAY_NAMED
            and _WEEKDAY_BEFORE.fullmatch(sentence, out[-1][1].end(), start)
        ):
            out.pop()  # "Monday, 16 June": one day, named twice
        out.append((kind, m))
    return out


_DAY_NAMED = frozenset(
    {"month_day_year", "day_month_year", "month_day", "month_day_of_year", "day_month"}
)
_WEEKDAY_BEFORE = re.compile(r",?\s*(?:the\s+)?")


def _mention(kind: str, m: re.Match[str], published: date | None, future: bool) -> DateMention:
    try:
        value = _resolve(m, kind, published, future)
    except (ValueError, KeyError, OverflowError):
        value = None
    return DateMention(m.start(), m.end(), m.group(0), kind, value)


def find_dates(sentence: str, published: date | None, *, future: bool = False) -> list[DateMention]:
    """Every date expression in ``sentence``, left to right, each resolved (or ``None``)."""
    return _end_of_the_month_named(
        sentence, [_mention(kind, m, published, future) for kind, m in _spans(sentence)], published
    )


# Mentions that name their month ("in late October", "on Oct. 31", "June 2026")
_NAMING_A_MONTH = frozenset(
    {
        "month_day_of_year",
        "month_day_year",
        "day_month_year",
        "iso",
        "month_day",
        "day_month",
        "month_year",
        "part_month",
        "named_month",
        "month_of_year",
        "in_month",
    }
)


def _end_of_the_month_named(
    sentence: str, mentions: list[DateMention], published: date | None
) -> list[DateMention]:
    """ "in late October, before a summit at the end of the month": "the month" is the one the
    sentence named before it in the same clause, when that month is still ahead of the report
    (not "The tariffs were imposed on June 3 and the EU must respond by the end of the month")."""
    if published is None:
        return mentions
    named: DateMention | None = None
    for i, d in enumerate(mentions):
        if d.kind in _NAMING_A_MONTH and d.value is not None:
            named = d
        elif (
            named is not None
            and named.value is not None
            and d.kind == "end_of_period"
            and d.value is not None
            and d.text.lower().endswith("the month")
            and published <= named.value.start <= published + timedelta(days=183)
            and (named.value.start.year, named.value.start.month)
            != (d.value.end.year, d.value.end.month)
            and not _CLAUSE_TURNS.search(sentence, named.end, d.start)
        ):
            last_day = named.value.start + relativedelta(day=31)
            value = (
                FuzzyDate.day(last_day)
                if d.value.precision == "day"
                else FuzzyDate.month(last_day.year, last_day.month)
            )
            mentions[i] = DateMention(d.start, d.end, d.text, d.kind, value)
    return mentions


# (a new clause between: "imposed on June 3 and the EU must respond by the end of the month")
_CLAUSE_TURNS = re.compile(r"[;:]|\s(?:and|but)\s+(?:the\s+)?(?:[A-Z]\w*|he|she|it|they|we)\b")


def find_dates_both_ways(
    sentence: str, published: date | None
) -> tuple[list[DateMention], list[DateMention]]:
    """The sentence's dates read as a report of the past and as a plan: one scan, two readings."""
    past: list[DateMention] = []
    future: list[DateMention] = []
    for kind, m in _spans(sentence):
        as_past = _mention(kind, m, published, False)
        past.append(as_past)
        future.append(as_past if kind in _TENSELESS else _mention(kind, m, published, True))
    return (
        _end_of_the_month_named(sentence, past, published),
        _end_of_the_month_named(sentence, future, published),
    )


# ("21 days before it applies" is a time allowed, not a day named: no "before")
# (not "put on hold for 30 days after last-minute calls": a span, then what it followed)
_ANCHORED = re.compile(
    rf"(?<!\bfor\s)\b{_NUM}\s+(?P<unit>day|week)s?\s+(?P<way>after|earlier|later)\b"
)


_STARTS_THAT_LONG_AFTER = re.compile(
    r"\b(?:effect|force|kicks?\s+in|appl(?:y|ies)|starts?|begins?|expires?|ends?|lapses?)\s+$",
    re.IGNORECASE,
)


def anchored_dates(sentence: str, dates: list[DateMention]) -> list[DateMention]:
    """ "on Friday evening, four days after Trump vowed to ...": the day the clause after
    "after" tells, counted back (or on) from the last day the sentence named before it."""
    found = []
    for m in _ANCHORED.finditer(sentence):
        if _STARTS_THAT_LONG_AFTER.search(sentence, max(0, m.start() - 24), m.start()):
            continue  # "will take effect 21 days after the order": a day to come, counted on
        anchor = next(
            (
                d.value
                for d in reversed(dates)
                if d.end <= m.start() and d.value and d.value.precision == "day"
            ),
            None,
        )
        try:
            count = _count(m.group("num"))
        except (KeyError, ValueError):
            continue
        if anchor is None:
            continue
        # "four days after Trump vowed": the vow was four days before the day named; "two
        # days later" is two days on from it.
        sign = -1 if m.group("way").lower() in ("after", "earlier") else 1
        day = _shift(anchor.start, m.group("unit").lower(), sign * count)
        # It dates what the clause after it tells, so it stands where that clause opens.
        found.append(DateMention(m.end(), m.end(), m.group(0), "anchored", FuzzyDate.day(day)))
    return found


_DURATION_PATTERN = re.compile(
    rf"\b(?:(?:for|by|within|of)\s+)?(?:another\s+|a\s+further\s+|an?\s+additional\s+)?"
    rf"(?P<num>\d{{1,3}}|{'|'.join(k for k in NUMBER_WORDS if ' ' not in k)})"
    rf"[\s-](?P<unit>hour|day|week|month|year)s?(?:[\s-]long)?\b"
    r"|\b(?P<long>month|week|year)long\b",
    re.IGNORECASE,
)
_DURATION = gated(_DURATION_PATTERN)


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    unit: str
    count: int

    def after(self, anchor: date) -> date:
        return _shift(anchor, self.unit, self.count)


def find_durations(sentence: str) -> list[Duration]:
    """Spans of time such as "30-day", "for another 90 days", "within 10 days", "monthlong",
    "72 hours" (as three days)."""
    found = []
    for m in _DURATION.finditer(sentence):
        if m.group("long"):
            found.append(Duration(m.start(), m.end(), m.group("long").lower(), 1))
            continue
        try:
            count = _count(m.group("num"))
        except (KeyError, ValueError):
            continue
        unit = m.group("unit").lower()
        if unit == "hour":
            # "72 hours to accept": whole days (a time of day is not kept)
            if count % 24:
                continue
            unit, count = "day", count // 24
        found.append(Duration(m.start(), m.end(), unit, count))
    return found
