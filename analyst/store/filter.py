"""The filter every view, export and ``analyst facts`` applies, and the one place it becomes SQL.

Rules of the concept:
- A Filter is a plain immutable value; an empty field means "no restriction".
- ``leaders``: the fact involves one of these people (a ``fact_actors`` row: an interaction
  participant, a tariff's or a deadline's actor).
- ``countries`` (ISO3): an interaction has a participant from one of them; a tariff's imposer
  or target is one of them; a deadline's setter or subject is one of them.
- ``since``/``until``: the fact's span of possible dates ``[start, end]`` overlaps
  ``[since, until]``, so "in August" matches a filter on 2025-08-20 .. 2025-09-10. Once a
  bound is set, undated facts are left out: nothing says they belong in the range.
- ``kinds``: interaction kinds (call, meeting, talks, visit), measures (tariff,
  secondary_tariff, sanction) and deadline kinds (ultimatum, meeting, …). Each table keeps
  the rows whose own kind is named, so a set naming only measures leaves no interactions and
  no deadlines. A deadline kind may share a name with an interaction kind ("meeting"):
  naming it keeps both, which is what "show me meetings" means. The category names
  ``interactions``, ``tariffs``, ``deadlines`` keep every row of that table.
- ``statuses``: interaction statuses (occurred, planned, …) and measure statuses (imposed,
  threatened, …) restrict interactions and tariffs the same way. Deadlines have no status
  and are not restricted by it.
- Conditions combine with AND. Every value is a ``?`` parameter, never text in the query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from analyst.store._sql import placeholders

_CATEGORIES = {"interactions", "tariffs", "deadlines"}


@dataclass(frozen=True, slots=True)
class Filter:
    leaders: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    kinds: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Accept any iterable (a list from argparse, a set from a widget) and store the
        # canonical immutable form, so equal filters compare and hash equal.
        object.__setattr__(self, "leaders", tuple(dict.fromkeys(self.leaders)))
        object.__setattr__(
            self, "countries", tuple(dict.fromkeys(c.upper() for c in self.countries))
        )
        object.__setattr__(self, "kinds", frozenset(self.kinds))
        object.__setattr__(self, "statuses", frozenset(self.statuses))
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")

    def is_empty(self) -> bool:
        return not (
            self.leaders
            or self.countries
            or self.since
            or self.until
            or self.kinds
            or self.statuses
        )

    def describe(self) -> str:
        """A short readable summary, e.g.
        ``leaders: Vladimir Putin · countries: CHN, RUS · 2025-08-01 – 2025-08-31``."""
        parts: list[str] = []
        if self.leaders:
            parts.append("leaders: " + ", ".join(self.leaders))
        if self.countries:
            parts.append("countries: " + ", ".join(sorted(self.countries)))
        if self.since and self.until:
            parts.append(f"{self.since.isoformat()} – {self.until.isoformat()}")
        elif self.since:
            parts.append(f"since {self.since.isoformat()}")
        elif self.until:
            parts.append(f"until {self.until.isoformat()}")
        if self.kinds:
            parts.append("kinds: " + ", ".join(sorted(self.kinds)))
        if self.statuses:
            parts.append("statuses: " + ", ".join(sorted(self.statuses)))
        return " · ".join(parts) if parts else "all facts"

    # --- SQL: one WHERE fragment per fact table -------------------------------------------
    #
    # Each returns a boolean SQL expression (without the WHERE keyword; "TRUE" when nothing
    # restricts) over the table under ``alias``, and the parameters for its ``?``s in order.

    def interactions_where(self, alias: str = "i") -> tuple[str, list[object]]:
        w = _Where()
        self._leaders(w, alias)
        self._interaction_fields(w, alias, alias)
        return w.sql()

    def contacts_where(self, group: str, *, days: str | None = None) -> tuple[str, list[object]]:
        """The same conditions as :meth:`interactions_where`, over interactions counted by
        group (:mod:`analyst.store.contacts`): a ``contact_groups`` row as ``group`` and, for
        the dates, a ``contact_days`` row as ``days`` (a filter with dates needs one). A
        group's ``actors`` are the ``fact_actors`` names of each of its interactions, so "one
        of these people is involved" is a test of that list."""
        if days is None and (self.since or self.until):
            raise ValueError("contact_groups has no dates: filter contact_days too")
        w = _Where()
        if self.leaders:
            w.add(_any_of(f"{group}.actors", len(self.leaders)), self.leaders)
        self._interaction_fields(w, group, days)
        return w.sql()

    def span_where(self, alias: str) -> tuple[str, list[object]]:
        """The date conditions alone (``since``/``until``), over ``alias.date_start`` and
        ``alias.date_end``, as :meth:`interactions_where` tests them."""
        w = _Where()
        self._dates(w, f"{alias}.date_start", f"{alias}.date_end")
        return w.sql()

    def _interaction_fields(self, w: _Where, alias: str, dates: str | None) -> None:
        if self.countries:
            # ``countries`` is the participants' countries, kept on the row by the writer
            w.add(_any_of(f"{alias}.countries", len(self.countries)), self.countries)
        if dates is not None:
            self._dates(w, f"{dates}.date_start", f"{dates}.date_end")
        self._kinds(w, "interactions", f"{alias}.kind")
        if self.statuses:
            w.add_in(f"{alias}.status", self.statuses)

    def tariffs_where(self, alias: str = "t") -> tuple[str, list[object]]:
        w = _Where()
        self._people(w, alias)
        if self.countries:
            marks = placeholders(len(self.countries))
            w.add(
                f"({alias}.imposer IN ({marks}) OR {alias}.target IN ({marks}))",
                [*self.countries, *self.countries],
            )
        self._dates(w, f"{alias}.date_start", f"{alias}.date_end")
        self._kinds(w, "tariffs", f"{alias}.measure")
        if self.statuses:
            w.add_in(f"{alias}.status", self.statuses)
        return w.sql()

    def deadlines_where(self, alias: str = "d") -> tuple[str, list[object]]:
        w = _Where()
        self._people(w, alias)
        if self.countries:
            marks = placeholders(len(self.countries))
            w.add(
                f"({alias}.setter IN ({marks}) OR {alias}.subject IN ({marks}))",
                [*self.countries, *self.countries],
            )
        self._dates(w, f"{alias}.due_start", f"{alias}.due_end")
        self._kinds(w, "deadlines", f"{alias}.kind")
        return w.sql()

    def _leaders(self, w: _Where, alias: str) -> None:
        if self.leaders:
            w.add(
                f"{alias}.id IN (SELECT fact_id FROM fact_actors"
                f" WHERE actor_name IN ({placeholders(len(self.leaders))}))",
                self.leaders,
            )

    def _people(self, w: _Where, alias: str) -> None:
        # A tariff's or a deadline's ``people`` are its fact_actors names (a derived column
        # the writers keep equal, see analyst.store.schema): testing that short list finds
        # the same rows as the fact_actors subquery without reading every actor row.
        if self.leaders:
            w.add(_any_of(f"{alias}.people", len(self.leaders)), self.leaders)

    def _dates(self, w: _Where, start: str, end: str) -> None:
        # Overlap of [start, end] with [since, until]; a NULL date compares as unknown and
        # so drops undated facts, as the rules say.
        if self.since:
            w.add(f"{end} >= ?", [self.since])
        if self.until:
            w.add(f"{start} <= ?", [self.until])

    def _kinds(self, w: _Where, category: str, column: str) -> None:
        if not self.kinds or category in self.kinds:
            return
        named = sorted(self.kinds - _CATEGORIES)
        if named:
            w.add_in(column, named)
        else:
            w.add("FALSE", [])


def _any_of(column: str, n: int) -> str:
    """SQL: the list ``column`` holds one of ``n`` ``?`` values (list_contains, OR-ed, runs
    several times faster here than list_has_any)."""
    return "(" + " OR ".join([f"list_contains({column}, ?)"] * n) + ")"


class _Where:
    """Collects ``AND``-ed conditions and their parameters in order."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._params: list[object] = []

    def add(self, condition: str, params: Iterable[object]) -> None:
        self._parts.append(condition)
        self._params.extend(params)

    def add_in(self, column: str, values: Iterable[str]) -> None:
        ordered = sorted(values)
        self.add(f"{column} IN ({placeholders(len(ordered))})", ordered)

    def sql(self) -> tuple[str, list[object]]:
        if not self._parts:
            return "TRUE", []
        return " AND ".join(self._parts), list(self._params)
