"""The Equal Earth projection, the bundled world and great-circle arcs (no Qt)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from analyst.geo import (
    X_MAX,
    Y_MAX,
    equal_earth,
    great_circle_arc,
    great_circle_arcs,
    load_world,
    ring_area,
    sphere_outline,
)
from analyst.resources import resource

MOSCOW = (37.62, 55.75)
BEIJING = (116.40, 39.90)
WASHINGTON = (-77.04, 38.91)
TOKYO = (139.69, 35.69)


def test_origin_projects_to_origin():
    x, y = equal_earth(0.0, 0.0)
    assert x == pytest.approx(0.0) and y == pytest.approx(0.0)


def test_projection_is_symmetric():
    lon = np.array([10.0, 45.0, 120.0, 179.0])
    lat = np.array([5.0, 30.0, 60.0, 85.0])
    x, y = equal_earth(lon, lat)
    xw, yw = equal_earth(-lon, lat)
    xs, ys = equal_earth(lon, -lat)
    np.testing.assert_allclose(xw, -x)
    np.testing.assert_allclose(yw, y)
    np.testing.assert_allclose(xs, x)
    np.testing.assert_allclose(ys, -y)


def test_extent_matches_the_paper_constants():
    # x at the equator for λ = ±180°: 2√3·π / (3·A1) with A1 = 1.340264 → ≈ 2.7066.
    x, _ = equal_earth(np.array([-180.0, 180.0]), np.array([0.0, 0.0]))
    np.testing.assert_allclose(x, [-2.70663, 2.70663], atol=1e-4)
    assert pytest.approx(2.70663, abs=1e-4) == X_MAX
    # The poles are lines at y ≈ ±1.3174.
    _, y = equal_earth(np.array([0.0, 0.0]), np.array([90.0, -90.0]))
    np.testing.assert_allclose(y, [1.31736, -1.31736], atol=1e-4)
    assert pytest.approx(1.31736, abs=1e-4) == Y_MAX


def test_projection_is_vectorised_and_keeps_nan():
    x, y = equal_earth(
        np.array([[0.0, np.nan], [30.0, 60.0]]), np.array([[0.0, 0.0], [10.0, 20.0]])
    )
    assert x.shape == (2, 2) and np.isnan(x[0, 1]) and np.isfinite(y[1]).all()


def _cell_area(lon0: float, lat0: float, d: float, n: int = 200) -> float:
    """Projected area of a lon/lat cell, its edges densely sampled."""
    t = np.linspace(0.0, 1.0, n)
    lon = np.concatenate([lon0 + d * t, np.full(n, lon0 + d), lon0 + d * t[::-1], np.full(n, lon0)])
    lat = np.concatenate([np.full(n, lat0), lat0 + d * t, np.full(n, lat0 + d), lat0 + d * t[::-1]])
    x, y = equal_earth(lon, lat)
    return abs(ring_area(x, y))


@pytest.mark.parametrize("lat0", [0.0, 30.0, 60.0, -80.0])
def test_projection_is_equal_area(lat0):
    d = 10.0
    sphere = np.radians(d) * (np.sin(np.radians(lat0 + d)) - np.sin(np.radians(lat0)))
    assert _cell_area(20.0, lat0, d) == pytest.approx(sphere, rel=2e-3)


def test_whole_world_has_the_area_of_the_unit_sphere():
    x, y = sphere_outline(721)
    assert abs(ring_area(x, y)) == pytest.approx(4 * np.pi, rel=1e-3)


# -- the bundled world ---------------------------------------------------------


def test_world_file_is_small():
    assert resource("world.npz").stat().st_size < 1_500_000


def test_world_has_big_countries_with_outlines_and_capitals():
    world = load_world()
    for code in ("CHN", "RUS", "USA", "IND", "BRA", "AUS", "FRA", "DEU"):
        assert code in world
        assert world.has_outline(code), code
        assert world.capital(code) is not None, code
        # The capital lies in (or, for a coastal one, right by) its own country.
        cap = world.capital(code)
        found = world.country_at(*cap)
        assert found in (code, None), (code, found)
    assert world.name("RUS") == "Russia"
    assert world.area("RUS") > world.area("CHN") > world.area("IND") > world.area("FRA")


def test_capitals_are_where_the_capitals_are():
    world = load_world()
    x, y = equal_earth(*MOSCOW)
    assert world.capital("RUS") == pytest.approx((float(x), float(y)), abs=1e-3)
    assert world.country_at(*world.capital("RUS")) == "RUS"
    assert world.country_at(*world.capital("CHN")) == "CHN"


def test_eu_and_countries_without_outline_still_have_a_capital():
    world = load_world()
    bx, by = equal_earth(4.35, 50.85)
    assert world.capital("EU") == pytest.approx((float(bx), float(by)), abs=1e-4)
    assert not world.has_outline("EU")
    for code in ("SGP", "BHR", "HUN", "XKX"):  # too small for the data, or missing from it
        assert world.capital(code) is not None, code


def test_misplaced_capitals_were_corrected():
    # countryinfo puts Dili in Delhi and Jamestown (Saint Helena) in Virginia.
    world = load_world()
    lon, lat = world.capitals_lonlat[world.index("TLS")]
    assert 120 < lon < 130 and -12 < lat < -5
    lon, lat = world.capitals_lonlat[world.index("SHN")]
    assert -10 < lon < 0 and -20 < lat < -10


def test_every_ring_is_projected_inside_the_world():
    world = load_world()
    v = world.vertices
    assert np.isfinite(v).all()
    assert np.abs(v[:, 0]).max() <= X_MAX + 1e-4
    assert np.abs(v[:, 1]).max() <= Y_MAX + 1e-4
    assert world.ring_start[0] == 0 and world.ring_start[-1] == len(v)
    assert np.all(np.diff(world.ring_start) >= 4)


def test_country_at_finds_countries_and_sea():
    world = load_world()
    for code in ("RUS", "USA", "BRA", "AUS", "IND", "ZAF"):
        assert world.country_at(*world.representative_point(code)) == code
    assert world.country_at(*equal_earth(-30.0, 0.0)) is None  # mid-Atlantic
    assert world.country_at(*equal_earth(0.0, -30.0)) is None  # South Atlantic
    # Lesotho is a hole in South Africa's outline, and itself a country.
    lesotho = world.representative_point("LSO")
    assert world.country_at(*lesotho) == "LSO"


def test_outline_arrays_break_between_rings():
    world = load_world()
    x, _y, connect = world.outline_arrays("JPN")  # several islands
    rings = world.rings("JPN")
    assert len(rings) > 1
    assert len(x) == sum(len(r) for r in rings)
    assert (connect == 0).sum() == len(rings)


# -- arcs ----------------------------------------------------------------------


def test_arc_runs_from_capital_to_capital():
    x, y, connect = great_circle_arc(*MOSCOW, *BEIJING, n=32)
    assert len(x) == 32
    a = equal_earth(*MOSCOW)
    b = equal_earth(*BEIJING)
    assert (x[0], y[0]) == pytest.approx((float(a[0]), float(a[1])))
    assert (x[-1], y[-1]) == pytest.approx((float(b[0]), float(b[1])))
    assert connect[:-1].all() and connect[-1] == 0


def test_arc_follows_the_great_circle_poleward():
    _x, y, _ = great_circle_arc(*MOSCOW, *BEIJING, n=33)
    _, y_straight = equal_earth((MOSCOW[0] + BEIJING[0]) / 2, (MOSCOW[1] + BEIJING[1]) / 2)
    assert y[16] > y_straight  # the great circle bows north of the straight lon/lat line


def test_bend_pushes_the_middle_sideways_gently():
    x0, y0, _ = great_circle_arc(*MOSCOW, *BEIJING, n=33)
    x1, y1, _ = great_circle_arc(*MOSCOW, *BEIJING, n=33, bend=0.15)
    x2, y2, _ = great_circle_arc(*MOSCOW, *BEIJING, n=33, bend=-0.15)
    assert (x1[0], y1[0]) == pytest.approx((x0[0], y0[0]))
    shift1 = np.hypot(x1[16] - x0[16], y1[16] - y0[16])
    shift2 = np.hypot(x2[16] - x0[16], y2[16] - y0[16])
    assert shift1 == pytest.approx(shift2) and 0.0 < shift1 < 0.2
    assert np.hypot(x1[16] - x2[16], y1[16] - y2[16]) == pytest.approx(2 * shift1)


def test_pacific_arc_stays_on_the_map_as_one_piece():
    x, _y, connect = great_circle_arc(*TOKYO, *WASHINGTON, n=32)
    assert connect[:-1].all()
    assert np.abs(x).max() <= X_MAX
    assert np.abs(np.diff(x)).max() < 0.5  # no jump across the whole map


def test_pacific_arc_can_be_broken_at_the_antimeridian():
    x, _y, connect = great_circle_arc(*TOKYO, *WASHINGTON, n=64, stay_on_map=False)
    assert (connect[:-1] == 0).sum() == 1  # one break where it crosses ±180°
    k = int(np.flatnonzero(connect[:-1] == 0)[0])
    assert np.sign(x[k]) != np.sign(x[k + 1])


def test_many_arcs_at_once():
    rng = np.random.default_rng(0)
    a = np.column_stack([rng.uniform(-180, 180, 500), rng.uniform(-60, 70, 500)])
    b = np.column_stack([rng.uniform(-180, 180, 500), rng.uniform(-60, 70, 500)])
    x, y, connect = great_circle_arcs(a, b, 16, bend=0.1)
    assert x.shape == y.shape == connect.shape == (500, 16)
    assert np.isfinite(x).all() and np.isfinite(y).all()
    assert great_circle_arcs(np.empty((0, 2)), np.empty((0, 2)))[0].shape == (0, 32)


def test_identical_ends_give_a_point_not_nan():
    x, _y, _ = great_circle_arc(4.35, 50.85, 4.35, 50.85, bend=0.2)
    assert np.isfinite(x).all() and np.ptp(x) < 1e-12


def test_geo_imports_no_qt():
    code = "import sys, analyst.geo; analyst.geo.load_world(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
