"""The filter bar: every control that narrows what the dashboard shows, bound to FilterState.

Rules of the concept:
- The bar holds no filter of its own. A user's change calls ``state.update_filter`` (or
  ``state.set_as_of``); a change made elsewhere (a timeline drag, a leader click) arrives as
  ``filter_changed`` and only updates the controls, with their signals blocked, so nothing
  is emitted back and views never loop.
- A short readable summary of the active filter is always visible (``Filter.describe()``).
- Lists of leaders and countries come from the store (``leaders(store, Filter())`` with
  their fact counts, ``countries(store)``) and are re-read by :meth:`FilterBar.refresh`.
- Typing is rate-limited at the edge: date edits commit when editing finishes, not on every
  keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from analyst.store import Filter, Store, countries, evidence_for, fact_counts_by_day, leaders
from analyst.ui.state import FilterState, Selection

KINDS: tuple[tuple[str, str], ...] = (
    ("call", "call"),
    ("meeting", "meeting"),
    ("talks", "talks"),
    ("visit", "visit"),
    ("tariff", "tariff"),
    ("secondary_tariff", "secondary tariff"),
    ("sanction", "sanction"),
    ("deadlines", "every deadline"),
)
STATUSES: tuple[tuple[str, str], ...] = (
    ("occurred", "occurred"),
    ("planned", "planned"),
    ("expected", "expected"),
    ("cancelled", "cancelled"),
    ("imposed", "imposed"),
    ("threatened", "threatened"),
    ("announced", "announced"),
    ("proposed", "proposed"),
    ("lifted", "lifted"),
)

_SHORT_ROLE = Qt.ItemDataRole.UserRole + 1

AS_OF_NOW, AS_OF_CHOSEN, AS_OF_ARTICLE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class PickItem:
    """One choice of a :class:`MultiPicker`: the value it stands for and how it reads."""

    key: str
    label: str
    short: str | None = None  # on the button when it is the only one checked; else the key


# --- a searchable multi-select ------------------------------------------------------------


class _ToggleAnywhere(QStyledItemDelegate):
    """Lets a click anywhere on a row toggle its check box, not only on the box itself."""

    def editorEvent(self, event, model, option, index):
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # swallow: the release toggles
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if not option.rect.contains(event.position().toPoint()):
                return False
            checked = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
            new = (
                Qt.CheckState.Unchecked
                if checked == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
        return super().editorEvent(event, model, option, index)


class PickerPopup(QFrame):
    """The popup of a :class:`MultiPicker`: a search field over a checkable list."""

    def __init__(self, parent: QWidget, searchable: bool) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("pickerPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Type to filter…")
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(searchable)
        self.list = QListWidget(self)
        self.list.setItemDelegate(_ToggleAnywhere(self.list))
        self.list.setUniformItemSizes(True)
        self.none_button = QPushButton("Clear choice", self)
        self.none_button.setFlat(True)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none_button, 0, Qt.AlignmentFlag.AlignRight)
        self.search.textChanged.connect(self._on_search_changed)

    def _on_search_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            shown = not needle or needle in item.text().casefold() or needle in key.casefold()
            item.setHidden(not shown)


class MultiPicker(QToolButton):
    """A button that opens a searchable checkable list.

    Emits ``picked(tuple[str, ...])`` — the checked keys, in list order — on the GUI
    thread, only when the user changes a check; :meth:`set_checked` and :meth:`set_items`
    emit nothing.
    """

    picked = Signal(object)

    def __init__(
        self, name: str, *, searchable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._items: list[PickItem] = []
        # The keys checked when the list was last set from outside (None: a click has
        # changed it since), so setting the same keys again touches nothing.
        self._set_to: frozenset[str] | None = None
        self.setObjectName(f"{name.lower()}Picker")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(f"Show only facts with these {name.lower()}")
        self.popup = PickerPopup(self, searchable)
        self.popup.list.itemChanged.connect(self._on_item_changed)
        self.popup.none_button.clicked.connect(self._on_none_clicked)
        self.clicked.connect(self.show_popup)
        self._update_text()

    # -- data -----------------------------------------------------------------------------

    def set_items(self, items: Sequence[PickItem]) -> None:
        """Replaces the choices, keeping the checked ones (even if no longer listed)."""
        checked = self.checked()
        self._items = list(items)
        self._rebuild(checked)

    def set_checked(self, keys: Iterable[str]) -> None:
        """Checks exactly ``keys`` (adding an entry for a key not listed), emitting nothing."""
        wanted = tuple(keys)
        if self._set_to is not None and self._set_to == frozenset(wanted):
            return  # what every filter change of another field asks: nothing to do
        lst = self.popup.list
        rows = {str(lst.item(r).data(Qt.ItemDataRole.UserRole)): r for r in range(lst.count())}
        chosen = set(wanted)
        known = {i.key for i in self._items}
        if any(k not in rows for k in wanted) or any(
            k not in known and k not in chosen for k in rows
        ):
            self._rebuild(wanted)  # a key without a row gets one; an unlisted one unchecked goes
            return
        lst.blockSignals(True)
        try:
            for key, r in rows.items():
                state = Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                item = lst.item(r)
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            lst.blockSignals(False)
        self._set_to = frozenset(chosen)
        self._update_text()

    def checked(self) -> tuple[str, ...]:
        lst = self.popup.list
        return tuple(
            str(lst.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(lst.count())
            if lst.item(r).checkState() == Qt.CheckState.Checked
        )

    def item_for(self, key: str) -> QListWidgetItem | None:
        lst = self.popup.list
        for r in range(lst.count()):
            if lst.item(r).data(Qt.ItemDataRole.UserRole) == key:
                return lst.item(r)
        return None

    def _rebuild(self, checked: Sequence[str]) -> None:
        lst = self.popup.list
        wanted = set(checked)
        known = {i.key for i in self._items}
        # A key set from outside that the list does not hold still gets a row, so the
        # analyst can see it and uncheck it.
        extra = [PickItem(k, k) for k in checked if k not in known]
        lst.blockSignals(True)
        try:
            lst.clear()
            for it in [*extra, *self._items]:
                row = QListWidgetItem(it.label, lst)
                row.setData(Qt.ItemDataRole.UserRole, it.key)
                row.setData(_SHORT_ROLE, it.short or it.key)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if it.key in wanted else Qt.CheckState.Unchecked
                )
        finally:
            lst.blockSignals(False)
        self._set_to = frozenset(wanted)
        self.popup._on_search_changed(self.popup.search.text())
        self._update_text()

    # -- user -----------------------------------------------------------------------------

    def show_popup(self) -> None:
        lst = self.popup.list
        rows = max(3, min(lst.count(), 14))
        height = rows * max(lst.sizeHintForRow(0), 18) + 8
        width = max(self.width(), min(max(lst.sizeHintForColumn(0) + 40, 220), 420))
        self.popup.resize(width, height + (70 if self.popup.search.isVisible() else 40))
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        if self.popup.search.isVisible():
            self.popup.search.setFocus()

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._set_to = None
        self._update_text()
        self.picked.emit(self.checked())

    def _on_none_clicked(self) -> None:
        if self.checked():
            self.set_checked(())
            self.picked.emit(())

    def _update_text(self) -> None:
        keys = self.checked()
        if not keys:
            text = f"{self._name}: any"
        elif len(keys) == 1:
            item = self.item_for(keys[0])
            label = keys[0] if item is None else str(item.data(_SHORT_ROLE))
            text = f"{self._name}: {label}"
        else:
            text = f"{self._name}: {len(keys)} chosen"
        if self.text() == text + "  ▾" and self.property("active") == bool(keys):
            return
        self.setText(text + "  ▾")
        self.setProperty("active", bool(keys))
        self.style().unpolish(self)
        self.style().polish(self)


# --- the bar ------------------------------------------------------------------------------


class FilterBar(QWidget):
    """Leaders, countries, date range, kinds, statuses, the "as of" moment and Clear.

    Writes to ``state`` through ``update_filter``/``set_as_of`` on the GUI thread; listens to
    ``filter_changed``, ``as_of_changed`` and ``selection_changed`` to mirror changes made
    elsewhere without emitting anything back.
    """

    def __init__(self, store: Store, state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._store = store
        self._state = state
        self._syncing = False  # True while controls are set from the state

        self.leaders = MultiPicker("Leaders", parent=self)
        self.countries = MultiPicker("Countries", parent=self)
        self.kinds = MultiPicker("Kinds", searchable=False, parent=self)
        self.statuses = MultiPicker("Statuses", searchable=False, parent=self)
        self.kinds.set_items([PickItem(k, label, label) for k, label in KINDS])
        self.statuses.set_items([PickItem(k, label, label) for k, label in STATUSES])

        self.since_check = QCheckBox("From", self)
        self.since_edit = _date_edit(self, "sinceEdit")
        self.until_check = QCheckBox("to", self)
        self.until_edit = _date_edit(self, "untilEdit")
        self.since_check.setToolTip("Only facts that may fall on or after this day")
        self.until_check.setToolTip("Only facts that may fall on or before this day")

        self.as_of_combo = QComboBox(self)
        self.as_of_combo.setObjectName("asOfCombo")
        self.as_of_combo.addItems(["Now (ticking)", "Chosen…", "Article publication"])
        self.as_of_combo.setToolTip("The moment deadline countdowns count against")
        self.as_of_edit = QDateTimeEdit(self)
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setKeyboardTracking(False)
        self.as_of_edit.setDateTime(QDateTime.currentDateTime())

        self.clear_button = QPushButton("Clear", self)
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.setToolTip("Clear every filter, the selection and the “as of” moment")

        self.summary = QLabel(self)
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        # The controls sit in a toolbar so that a narrow window tucks the last ones into
        # the toolbar's » menu instead of refusing to shrink.
        self.controls = QToolBar("Filter controls", self)
        self.controls.setObjectName("filterControls")
        self.controls.setMovable(False)
        self.controls.setFloatable(False)
        self.controls.layout().setSpacing(6)
        for w in (self.leaders, self.countries, self.kinds, self.statuses):
            self.controls.addWidget(w)
            w.setAutoRaise(False)  # a toolbar flattens its tool buttons; a picker looks one
        self.controls.addSeparator()
        for w in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            self.controls.addWidget(w)
        self.controls.addSeparator()
        self.controls.addWidget(QLabel(" As of ", self))
        self.controls.addWidget(self.as_of_combo)
        self.as_of_edit_action = self.controls.addWidget(self.as_of_edit)
        self.as_of_edit_action.setVisible(False)
        # The summary and Clear share a row that never overflows: both always show.
        summary_row = QHBoxLayout()
        summary_row.setContentsMargins(4, 0, 4, 0)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.clear_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 4)
        outer.setSpacing(2)
        outer.addWidget(self.controls)
        outer.addLayout(summary_row)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.leaders.picked.connect(self._on_leaders_picked)
        self.countries.picked.connect(self._on_countries_picked)
        self.kinds.picked.connect(self._on_kinds_picked)
        self.statuses.picked.connect(self._on_statuses_picked)
        self.since_check.toggled.connect(self._on_dates_edited)
        self.until_check.toggled.connect(self._on_dates_edited)
        self.since_edit.dateChanged.connect(self._on_dates_edited)
        self.until_edit.dateChanged.connect(self._on_dates_edited)
        self.as_of_combo.currentIndexChanged.connect(self._on_as_of_mode_changed)
        self.as_of_edit.dateTimeChanged.connect(self._on_as_of_edited)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        state.filter_changed.connect(self._on_filter_changed)
        state.as_of_changed.connect(self._on_as_of_changed)
        state.selection_changed.connect(self._on_selection_changed)

        self.refresh()

    # -- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-reads the leaders, countries and date span from the store."""
        table = leaders(self._store, Filter())
        self.leaders.set_items(
            [
                PickItem(r["name"], _leader_label(r["name"], r["country"], r["facts"]))
                for r in table.iter_rows(named=True)
            ]
        )
        self.countries.set_items(
            [
                PickItem(r["iso3"], f"{r['name']} ({r['iso3']})")
                for r in countries(self._store).sort("name").iter_rows(named=True)
            ]
        )
        days = fact_counts_by_day(self._store, Filter())["day"]
        self._first_day = days.min() if len(days) else None
        self._last_day = days.max() if len(days) else None
        self._sync_from_state()

    def set_store(self, store: Store) -> None:
        self._store = store
        self.refresh()

    def summary_text(self) -> str:
        return self.summary.text()

    # -- state → controls -----------------------------------------------------------------

    def _on_filter_changed(self, _f: Filter) -> None:
        self._sync_from_state()

    def _on_as_of_changed(self, _moment: datetime | None) -> None:
        self._sync_as_of()
        self._update_summary()

    def _on_selection_changed(self, _sel: Selection) -> None:
        if self.as_of_combo.currentIndex() == AS_OF_ARTICLE:
            self._state.set_as_of(self._article_moment())

    def _sync_from_state(self) -> None:
        f = self._state.filter
        self._syncing = True
        try:
            self.leaders.set_checked(f.leaders)
            self.countries.set_checked(f.countries)
            self.kinds.set_checked(_ordered(f.kinds, KINDS))
            self.statuses.set_checked(_ordered(f.statuses, STATUSES))
            for check, edit, value, fallback in (
                (self.since_check, self.since_edit, f.since, self._first_day),
                (self.until_check, self.until_edit, f.until, self._last_day),
            ):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                shown = value or fallback
                if shown is not None:
                    edit.setDate(_qdate(shown))
        finally:
            self._syncing = False
        self._sync_as_of()
        self._update_summary()

    def _sync_as_of(self) -> None:
        moment = self._state.as_of
        self._syncing = True
        try:
            mode = self.as_of_combo.currentIndex()
            if moment is None:
                mode = AS_OF_NOW
            elif mode == AS_OF_NOW:
                mode = AS_OF_CHOSEN
            self.as_of_combo.setCurrentIndex(mode)
            if moment is not None:
                self.as_of_edit.setDateTime(_qdatetime(moment))
            self.as_of_edit_action.setVisible(mode != AS_OF_NOW)
            self.as_of_edit.setEnabled(mode == AS_OF_CHOSEN)
        finally:
            self._syncing = False

    def _update_summary(self) -> None:
        f = self._state.filter
        text = "All facts" if f.is_empty() else _capitalised(f.describe())
        if self._state.as_of is not None:
            text += f" · as of {self._state.as_of:%Y-%m-%d %H:%M}"
        self.summary.setText(text)
        self.summary.setToolTip(text)
        self.clear_button.setEnabled(
            not f.is_empty()
            or self._state.as_of is not None
            or not self._state.selection.is_empty()
        )

    # -- controls → state -----------------------------------------------------------------

    def _on_leaders_picked(self, keys: tuple[str, ...]) -> None:
        if not self._syncing:
            self._state.update_filter(leaders=keys)

    def _on_countries_picked(self, keys: tuple[str, ...]) -> None:
        if not self._syncing:
            self._state.update_filter(countries=keys)

    def _on_kinds_picked(self, keys: tuple[str, ...]) -> None:
        if not self._syncing:
            self._state.update_filter(kinds=frozenset(keys))

    def _on_statuses_picked(self, keys: tuple[str, ...]) -> None:
        if not self._syncing:
            self._state.update_filter(statuses=frozenset(keys))

    def _on_dates_edited(self, *_args: object) -> None:
        if self._syncing:
            return
        self.since_edit.setEnabled(self.since_check.isChecked())
        self.until_edit.setEnabled(self.until_check.isChecked())
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        if since is not None and until is not None and since > until:
            # Keep the range valid: the bound the analyst just moved wins.
            if self.sender() in (self.until_edit, self.until_check):
                since = until
            else:
                until = since
        self._state.update_filter(since=since, until=until)
        self._sync_from_state()  # shows a bound moved to keep the range valid

    def _on_as_of_mode_changed(self, mode: int) -> None:
        if self._syncing:
            return
        self.as_of_edit_action.setVisible(mode != AS_OF_NOW)
        self.as_of_edit.setEnabled(mode == AS_OF_CHOSEN)
        if mode == AS_OF_NOW:
            self._state.set_as_of(None)
        elif mode == AS_OF_CHOSEN:
            self._state.set_as_of(self.as_of_edit.dateTime().toPython().replace(microsecond=0))
        else:
            self._state.set_as_of(self._article_moment())
        self._sync_as_of()
        self._update_summary()

    def _on_as_of_edited(self, value: QDateTime) -> None:
        if not self._syncing and self.as_of_combo.currentIndex() == AS_OF_CHOSEN:
            self._state.set_as_of(value.toPython().replace(second=0, microsecond=0))

    def _on_clear_clicked(self) -> None:
        self._state.clear_filter()
        self._state.clear_selection()
        self._state.set_as_of(None)

    def _article_moment(self) -> datetime | None:
        """The start of the publication day of the selected fact's first article, or of the
        latest article when nothing is selected; ``None`` (now) when nothing is dated."""
        published: date | None = None
        for fact_id in self._state.selection.fact_ids:
            ev = evidence_for(self._store, fact_id).drop_nulls("published")
            if ev.height:
                published = ev["published"][0]
                break
        if published is None:
            dated = self._store.articles()["published"].drop_nulls()
            published = dated.max() if len(dated) else None  # type: ignore[assignment]
        return None if published is None else datetime.combine(published, time())


# --- helpers ------------------------------------------------------------------------------


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setKeyboardTracking(False)  # commit when typing is finished, not per keystroke
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


def _leader_label(name: str, country: str | None, facts: int) -> str:
    who = f"{name} ({country})" if country else name
    return f"{who} · {facts} fact{'s' if facts != 1 else ''}"


def _ordered(keys: Iterable[str], order: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    wanted = set(keys)
    listed = [k for k, _ in order if k in wanted]
    return (*listed, *sorted(wanted - set(listed)))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
