"""How much time is left until a deadline, at the precision the text gave: pure functions,
no Qt, shared by the countdown list and by exported tables and briefings.

Rules of the concept:
- Time left counts to the *start* of the due span. A day counts down to the second ("in 6 d
  04:12:09"); a week, month or year only approximately ("in about 3 weeks"). Inside the span
  it is "today" / "this week" / "this month" / "this year"; after it, "expired N days ago"
  (calendar days since the last day of the span).
- Order: what is due next first (upcoming by start; a span already under way by its end),
  then expired ones, most recent first, then undated ones.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

UPCOMING, UNDER_WAY, EXPIRED, UNDATED = 0, 1, 2, 3

_DAY = 86400.0
_SPAN_WORD = {"day": "today", "week": "this week", "month": "this month", "year": "this year"}


def _naive(moment: datetime) -> datetime:
    """Local wall-clock time without a zone, like the day boundaries it is compared to."""
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _about(seconds: float) -> str:
    days = seconds / _DAY
    if days < 1.5:
        return "in about a day"
    if days < 14:
        return f"in about {round(days)} days"
    if days < 60:
        return f"in about {_plural(round(days / 7), 'week')}"
    if days < 730:
        return f"in about {_plural(round(days / 30.44), 'month')}"
    return f"in about {_plural(round(days / 365.25), 'year')}"


def _ago(days: int) -> str:
    if days < 60:
        return f"expired {_plural(days, 'day')} ago"
    if days < 730:
        return f"expired about {_plural(round(days / 30.44), 'month')} ago"
    return f"expired about {_plural(round(days / 365.25), 'year')} ago"


def time_left(
    now: datetime, start: date | None, end: date | None, precision: str | None
) -> tuple[str, int, float | None]:
    """``(text, phase, seconds)`` of a deadline at ``now``: the text shown, its phase
    (UPCOMING, UNDER_WAY, EXPIRED, UNDATED) and the seconds that decide its urgency (to the
    start, or to the end of a span under way; ``None`` when expired or undated)."""
    if start is None:
        return ("no date", UNDATED, None)
    now = _naive(now)
    end = end or start
    begins = datetime.combine(start, datetime.min.time())
    ends = datetime.combine(end + timedelta(days=1), datetime.min.time())
    if now < begins:
        secs = (begins - now).total_seconds()
        if precision in (None, "day"):
            whole = int(secs)
            d, rest = divmod(whole, 86400)
            h, rest = divmod(rest, 3600)
            m, s = divmod(rest, 60)
            clock = f"{h:02d}:{m:02d}:{s:02d}"
            return (f"in {d} d {clock}" if d else f"in {clock}", UPCOMING, secs)
        return (_about(secs), UPCOMING, secs)
    if now < ends:
        return (_SPAN_WORD.get(precision or "day", "now"), UNDER_WAY, (ends - now).total_seconds())
    return (_ago((now.date() - end).days), EXPIRED, None)


def phases_and_order(
    starts: np.ndarray, ends: np.ndarray, now: datetime
) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised phases of every deadline at ``now`` and the row order shown (see the
    module rules). ``starts``/``ends`` are ``datetime64[D]`` arrays (NaT when undated)."""
    n = len(starts)
    if n == 0:
        return np.empty(0, np.int8), np.empty(0, np.int64)
    t = np.datetime64(_naive(now).replace(microsecond=0), "s").astype(np.int64)
    undated = np.isnat(starts)
    begin = np.where(undated, 0, starts.astype("datetime64[s]").astype(np.int64))
    end_day = np.where(np.isnat(ends), starts, ends)
    end = np.where(undated, 0, end_day.astype("datetime64[s]").astype(np.int64) + 86400)
    phase = np.where(t < begin, UPCOMING, np.where(t < end, UNDER_WAY, EXPIRED)).astype(np.int8)
    phase[undated] = UNDATED
    group = np.select([phase <= UNDER_WAY, phase == EXPIRED], [0, 1], 2)
    key = np.select(
        [phase == UPCOMING, phase == UNDER_WAY, phase == EXPIRED], [begin, end, -end], 0
    )
    order = np.lexsort((np.arange(n), key, group))
    return phase, order
