"""The world map, driven as a user would: filter, click, hover, reset, grab."""

from __future__ import annotations

from datetime import date

import numpy as np
import polars as pl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from analyst.geo import X_MAX, Y_MAX, equal_earth
from analyst.ui import map_view as map_view_module
from analyst.ui.map_view import LAND, MAX_ARCS, NO_FACTS, NO_MATCH, SAMPLES, MapView

SEED_COUNTS = {
    "RUS": 9,
    "CHN": 2,
    "IND": 2,
    "USA": 2,
    "BLR": 1,
    "KAZ": 1,
    "POL": 1,
    "UKR": 1,
    "UZB": 1,
}


@pytest.fixture
def view(qtbot, store, state):
    widget = MapView(store, state)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _viewport_pos(view: MapView, x: float, y: float) -> QPoint:
    plot = view.plot_widget()
    return plot.mapFromScene(view.scene_pos_of(x, y))


def _click_map(qtbot, view: MapView, x: float, y: float) -> None:
    qtbot.mouseClick(
        view.plot_widget().viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, x, y)
    )


def _frames(rows: list[tuple[str, str, str, str, int]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """contact_counts- and contact_pairs-shaped frames for synthetic contacts."""
    pairs = pl.DataFrame(
        rows, schema=["a", "b", "kind", "status_class", "n"], orient="row"
    ).with_columns(
        first_date=pl.lit(date(2025, 8, 1)),
        last_date=pl.lit(date(2025, 8, 9)),
        ids=pl.lit(["x"]),
    )
    counts = (
        pl.concat([pairs.select(iso3="a", n="n"), pairs.select(iso3="b", n="n")])
        .group_by("iso3")
        .agg(pl.col("n").sum())
        .sort("n", descending=True)
    )
    return counts, pairs


def test_title(view):
    assert MapView.title == "World map"


def test_shades_the_countries_with_contacts(view):
    assert view.country_counts == SEED_COUNTS
    assert view.empty_message == ""
    land = QColor(LAND)
    for code in SEED_COUNTS:
        assert view.fill_of(code) != land, code
    assert view.fill_of("FRA") == land
    # More contacts, darker blue.
    assert view.fill_of("RUS").lightness() < view.fill_of("CHN").lightness()
    assert view.fill_of("CHN").lightness() < view.fill_of("BLR").lightness()


def test_draws_one_arc_per_pair_kind_and_status(view):
    assert view.arc_counts == {"call": 6, "visit": 2, "meeting": 1, "talks": 1}
    assert view.total_arcs == 10


def test_filter_change_redraws_only_the_matching_contacts(view, state):
    state.update_filter(countries=("BLR",))
    assert view.country_counts == {"BLR": 1, "RUS": 1}
    assert view.arc_counts == {"call": 1}
    assert view.fill_of("CHN") == QColor(LAND)
    state.clear_filter()
    assert view.country_counts == SEED_COUNTS


#: A point in Russia (Yakutia) away from the seed's arcs, which cross western Russia.
YAKUTIA = tuple(float(v) for v in equal_earth(135.0, 64.0))


def test_clicking_a_country_selects_it(qtbot, view, state):
    assert view.world.country_at(*YAKUTIA) == "RUS"
    x, y = YAKUTIA
    with qtbot.waitSignal(state.selection_changed, timeout=2000):
        _click_map(qtbot, view, x, y)
    assert state.selection.countries == ("RUS",)
    assert view.is_highlighted("RUS")
    assert not view.is_highlighted("CHN")


def test_clicking_an_arc_selects_its_two_countries(qtbot, view, state):
    state.update_filter(countries=("POL",))  # one arc: Poland – Ukraine, a call
    arc = view._arcs
    assert len(arc.rows) == 1
    mid = SAMPLES // 2
    with qtbot.waitSignal(state.selection_changed, timeout=2000):
        _click_map(qtbot, view, float(arc.x[0, mid]), float(arc.y[0, mid]))
    assert state.selection.countries == ("POL", "UKR")


def test_clicking_the_sea_clears_the_selection(qtbot, view, state):
    state.select_countries(("CHN",))
    x, y = equal_earth(-20.0, -35.0)  # South Atlantic
    with qtbot.waitSignal(state.selection_changed, timeout=2000):
        _click_map(qtbot, view, float(x), float(y))
    assert state.selection.is_empty()


def test_selection_restyles_without_querying(view, state, monkeypatch):
    def boom(*_args, **_kwargs):
        raise AssertionError("a selection change must not re-query")

    monkeypatch.setattr(map_view_module, "contact_counts", boom)
    monkeypatch.setattr(map_view_module, "contact_counts_and_pairs", boom)
    state.select_countries(("CHN", "RUS"))
    assert view.is_highlighted("CHN") and view.is_highlighted("RUS")
    state.clear_selection()
    assert not view.is_highlighted("CHN")


def test_hover_names_the_country_and_its_contacts(qtbot, view):
    x, y = YAKUTIA
    qtbot.mouseMove(view.plot_widget().viewport(), _viewport_pos(view, x, y))
    qtbot.waitUntil(lambda: "Russia" in view.hover_text, timeout=2000)
    assert "9 contacts" in view.hover_text
    assert "China" in view.hover_text


def test_hovering_an_arc_describes_it(qtbot, view, state):
    state.update_filter(countries=("POL",))
    mid = SAMPLES // 2
    x, y = float(view._arcs.x[0, mid]), float(view._arcs.y[0, mid])
    qtbot.mouseMove(view.plot_widget().viewport(), _viewport_pos(view, x, y))
    qtbot.waitUntil(lambda: "Poland – Ukraine" in view.hover_text, timeout=2000)
    # The devset's Nawrocki–Zelensky call is dated by the day its report last named.
    assert "call" in view.hover_text and "2025-08-08" in view.hover_text


def test_arc_tooltip_names_parties_kind_dates_and_count(view):
    row = next(
        i
        for i, r in enumerate(view._pairs.iter_rows(named=True))
        if (r["a"], r["b"], r["kind"]) == ("CHN", "RUS", "visit")
    )
    text = view.describe(("arc", row))
    assert "China – Russia" in text
    assert "visit" in text and "planned" in text
    assert "2025-09-01" in text
    assert "1 contact" in text


def test_empty_database_shows_how_to_add_facts(qtbot, empty_store, state):
    widget = MapView(empty_store, state)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty_message == NO_FACTS
    assert widget.country_counts == {} and widget.arc_counts == {}
    assert widget._message.isVisible()


def test_filter_matching_nothing_says_so(view, state):
    state.update_filter(countries=("FRA",))
    assert view.empty_message == NO_MATCH
    assert view._message.isVisible()
    state.clear_filter()
    assert view.empty_message == ""
    assert not view._message.isVisible()


def test_small_countries_get_a_marker_that_can_be_clicked(view, state):
    counts, pairs = _frames(
        [("BHR", "SGP", "meeting", "occurred", 2), ("EU", "USA", "talks", "future", 1)]
    )
    view.draw(counts, pairs)
    assert set(view.marker_countries) == {"BHR", "SGP", "EU"}
    assert view.target_at(*view.world.capital("SGP")) == ("country", "SGP")
    assert view.target_at(*view.world.capital("EU")) == ("country", "EU")


def test_unknown_codes_and_same_capital_pairs_draw_no_arc(view):
    counts, pairs = _frames(
        [("BEL", "EU", "talks", "occurred", 1), ("FRA", "ZZZ", "call", "occurred", 1)]
    )
    view.draw(counts, pairs)
    assert view.arc_counts == {"talks": 1} or view.arc_counts == {}
    assert view.total_arcs <= 1


def test_many_arcs_are_capped_to_the_strongest(view):
    world = view.world
    codes = [c for c in world.iso3 if world.capital(c) is not None and len(c) == 3]
    rng = np.random.default_rng(0)
    rows = set()
    while len(rows) < MAX_ARCS + 500:
        a, b = sorted(rng.choice(codes, 2, replace=False))
        rows.add((a, b, str(rng.choice(["call", "meeting", "talks", "visit"])), "occurred"))
    counts, pairs = _frames([(*r, int(rng.integers(1, 20))) for r in rows])
    view.draw(counts, pairs.sort("n", descending=True))
    assert sum(view.arc_counts.values()) == MAX_ARCS
    assert view.total_arcs == MAX_ARCS + 500
    assert "strongest" in view._summary.text()
    drawn_n = pairs.sort("n", descending=True)["n"].to_numpy()[view._arcs.rows]
    assert drawn_n.min() >= pairs["n"].to_numpy()[np.argsort(-pairs["n"].to_numpy())][MAX_ARCS - 1]


def test_reset_view_shows_the_whole_world(qtbot, view):
    vb = view.view_box()
    vb.scaleBy((0.2, 0.2))
    (x0, x1), _ = vb.viewRange()
    assert x1 - x0 < X_MAX
    qtbot.mouseClick(view._reset_button, Qt.MouseButton.LeftButton)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 <= -X_MAX and x1 >= X_MAX and y0 <= -Y_MAX * 0.99 and y1 >= Y_MAX * 0.99


def _distinct_colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = np.frombuffer(image.constBits(), np.uint32, count=image.width() * image.height())
    return len(np.unique(bits))


def test_grab_is_a_real_picture(view, tmp_path):
    image = view.grab().toImage()
    assert not image.isNull()
    assert _distinct_colours(image) > 100
    chart = view.chart_widget().grab()
    assert chart.width() > 500 and chart.height() > 300
    assert chart.save(str(tmp_path / "map.png"))


def test_clicking_the_legend_neither_selects_nor_hides(qtbot, view, state):
    state.select_countries(("CHN",))
    legend = view._legend
    sample, _label = legend.items[0]
    centre = sample.sceneBoundingRect().center()
    qtbot.mouseClick(
        view.plot_widget().viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.plot_widget().mapFromScene(centre),
    )
    assert state.selection.countries == ("CHN",)
    assert sample.item.isVisible()


def _distance_to_polyline(px: np.ndarray, py: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Each point's distance to the nearest of ``segments`` (M, 4)."""
    x0, y0, x1, y1 = (segments[:, i][None, :] for i in range(4))
    dx, dy = x1 - x0, y1 - y0
    t = np.clip(((px[:, None] - x0) * dx + (py[:, None] - y0) * dy) / (dx * dx + dy * dy), 0, 1)
    return np.hypot(x0 + t * dx - px[:, None], y0 + t * dy - py[:, None]).min(axis=1)


def test_arcs_are_drawn_through_fewer_samples_only_where_it_cannot_be_seen():
    from analyst.geo import great_circle_arcs

    ends = np.array([[37.6, 55.8], [116.4, 39.9], [-77.0, 38.9], [77.2, 28.6], [2.35, 48.9]])
    a, b = np.repeat(ends, len(ends), axis=0), np.tile(ends, (len(ends), 1))
    keep = np.abs(a - b).sum(axis=1) > 0
    x, y, _ = great_circle_arcs(a[keep], b[keep], SAMPLES, 0.12)
    for scale, coarse in ((160.0, True), (20_000.0, False)):  # the map's usual scale; zoomed in
        parts = map_view_module.arc_segments(x, y, (scale, 0.0, 0.0, -scale))
        takes = np.zeros(len(x), int)
        for mask, segments in parts:
            takes += mask
            for arc in np.flatnonzero(mask):
                drawn = segments[arc]
                # the same ends, and never further than a fraction of a pixel from the arc
                assert tuple(drawn[0, :2]) == (x[arc, 0], y[arc, 0])
                assert tuple(drawn[-1, 2:]) == (x[arc, -1], y[arc, -1])
                off = _distance_to_polyline(x[arc], y[arc], drawn) * scale
                assert off.max() <= 2 * map_view_module.ARC_TOLERANCE_PX
        assert (takes == 1).all()  # each arc drawn once
        all_samples = next(m for m, s in parts if s.shape[1] == SAMPLES - 1)
        assert (not all_samples.all()) == coarse
