"""The one shared filter/selection state every view reads and writes.

Rules of the concept (glue, napari):
- Views never hold a reference to each other. A view that brushes or clicks calls a method
  here; every view listens to the signals and re-queries (filter) or restyles (selection).
- Values are plain and immutable: a :class:`~analyst.store.Filter` for what is shown, a
  :class:`Selection` for what is picked, and the "as of" moment for countdowns.
- A setter that does not change the value emits nothing, so views never loop.
- With :class:`~analyst.ui.answers.Answers` (the window gives it some), a filter change
  opens a round of them around the emission: the views' store queries for the new filter
  all start at once on worker threads, and each view's ``ask`` gets its answer from there.

All signals are emitted on the GUI thread, synchronously, from the setter that changed them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from analyst.store import Filter

if TYPE_CHECKING:
    from analyst.ui.answers import Answers


@dataclass(frozen=True, slots=True)
class Selection:
    """What the analyst picked: facts (by id) and/or countries (ISO3)."""

    fact_ids: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    fact_kind: str | None = None  # "interactions", "tariffs" or "deadlines" when facts are picked

    def is_empty(self) -> bool:
        return not (self.fact_ids or self.countries)


class FilterState(QObject):
    """Emits ``filter_changed(Filter)``, ``selection_changed(Selection)`` and
    ``as_of_changed(object)`` (a ``datetime``, or ``None`` for "now, ticking")."""

    filter_changed = Signal(object)
    selection_changed = Signal(object)
    as_of_changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, answers: Answers | None = None) -> None:
        super().__init__(parent)
        #: The views' store queries, shared and run ahead per filter change (or None).
        self.answers = answers
        self._filter = Filter()
        self._selection = Selection()
        self._as_of: datetime | None = None

    # -- filter ---------------------------------------------------------------

    @property
    def filter(self) -> Filter:
        return self._filter

    def set_filter(self, new: Filter) -> None:
        if new == self._filter:
            return
        self._filter = new
        if self.answers is None:
            self.filter_changed.emit(new)
            return
        with self.answers.round(new):
            self.filter_changed.emit(new)

    def update_filter(self, **changes: object) -> None:
        """``update_filter(leaders=("Vladimir Putin",))``: change some fields, keep the rest."""
        self.set_filter(dataclasses.replace(self._filter, **changes))  # type: ignore[arg-type]

    def clear_filter(self) -> None:
        self.set_filter(Filter())

    # -- selection ------------------------------------------------------------

    @property
    def selection(self) -> Selection:
        return self._selection

    def select(self, selection: Selection) -> None:
        if selection == self._selection:
            return
        self._selection = selection
        self.selection_changed.emit(selection)

    def select_facts(
        self, kind: str, fact_ids: tuple[str, ...], countries: tuple[str, ...] = ()
    ) -> None:
        self.select(Selection(fact_ids=fact_ids, countries=countries, fact_kind=kind))

    def select_countries(self, countries: tuple[str, ...]) -> None:
        self.select(Selection(countries=countries))

    def clear_selection(self) -> None:
        self.select(Selection())

    # -- as of ----------------------------------------------------------------

    @property
    def as_of(self) -> datetime | None:
        return self._as_of

    def set_as_of(self, moment: datetime | None) -> None:
        if moment == self._as_of:
            return
        self._as_of = moment
        self.as_of_changed.emit(moment)

    def now(self) -> datetime:
        """The moment countdowns count against: the chosen one, or the wall clock."""
        return self._as_of or datetime.now()
