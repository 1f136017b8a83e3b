"""World geometry for the map: the Equal Earth projection, the bundled country outlines and
great-circle arcs between capitals. Imports no Qt.

Rules of the concept:
- Everything the map draws lives in one projected plane: Equal Earth (Šavrič, Patterson &
  Jenny 2018) on a unit sphere, x east, y north, so the equator spans about ±2.707 and the
  poles sit at y ≈ ±1.317. It is equal-area, so shading by count is not skewed by latitude.
- Outlines come from ``resources/world.npz``, built once by ``packaging/build_world.py``
  from the ``countryinfo`` package; nothing is projected at run time except arcs.
- A country is known by its ISO3 code (or one of the project's few extra codes such as
  ``EU``). It may have no outline (too small, or missing from the data) but still have a
  capital point, which is where arcs end.
- Arcs follow the great circle between two capitals, sampled and then projected. On the flat
  map an arc must stay one piece: where the great circle would leave over the antimeridian
  or skim the poles, the arc goes across the map instead (or, if asked, is broken at ±180°,
  never drawn as a line across the whole map).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np

# Equal Earth polynomial coefficients (Šavrič, Patterson & Jenny 2018, eq. 2).
A1 = 1.340264
A2 = -0.081106
A3 = 0.000893
A4 = 0.003796
M = np.sqrt(3.0) / 2.0

#: Projected half-width of the map at the equator (λ = ±180°) on a unit sphere.
X_MAX = float(2.0 * np.sqrt(3.0) * np.pi / (3.0 * A1))
#: Projected y of the poles on a unit sphere.
#: Bending an arc sideways counts its chord as at most this long (projected units).
BEND_CHORD_MAX = 0.8
Y_MAX = float((lambda t: A4 * t**9 + A3 * t**7 + A2 * t**3 + A1 * t)(np.arcsin(M * 1.0)))


def equal_earth(lon: np.ndarray | float, lat: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Project longitude/latitude in degrees to Equal Earth x, y on a unit sphere.

    Vectorised: ``lon`` and ``lat`` broadcast against each other; NaN stays NaN.
    """
    lam = np.radians(np.asarray(lon, dtype=np.float64))
    phi = np.radians(np.asarray(lat, dtype=np.float64))
    theta = np.arcsin(M * np.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2.0
        * np.sqrt(3.0)
        * lam
        * np.cos(theta)
        / (3.0 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    )
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def sphere_outline(n: int = 181) -> tuple[np.ndarray, np.ndarray]:
    """The edge of the projected world (the ±180° meridians), as one closed ring."""
    lat = np.linspace(-90.0, 90.0, n)
    lon = np.concatenate([np.full(n, 180.0), np.full(n, -180.0), [180.0]])
    lats = np.concatenate([lat, lat[::-1], [-90.0]])
    return equal_earth(lon, lats)


def graticule(step: float = 30.0, n: int = 91) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Meridians and parallels every ``step`` degrees: x, y and a connect array (1 = join
    this point to the next), ready for one path."""
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    cs: list[np.ndarray] = []
    for lon in np.arange(-180.0 + step, 180.0, step):
        x, y = equal_earth(np.full(n, lon), np.linspace(-90.0, 90.0, n))
        xs.append(x)
        ys.append(y)
        cs.append(np.r_[np.ones(n - 1, np.int32), 0])
    for lat in np.arange(-90.0 + step, 90.0, step):
        x, y = equal_earth(np.linspace(-180.0, 180.0, n), np.full(n, lat))
        xs.append(x)
        ys.append(y)
        cs.append(np.r_[np.ones(n - 1, np.int32), 0])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(cs)


# -- arcs ---------------------------------------------------------------------


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lam, phi = np.radians(lon), np.radians(lat)
    return np.stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)], axis=-1)


def great_circle_arcs(
    a_lonlat: np.ndarray,
    b_lonlat: np.ndarray,
    n: int = 32,
    bend: np.ndarray | float = 0.0,
    stay_on_map: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arcs from each point of ``a_lonlat`` to the matching point of ``b_lonlat`` (both
    ``(N, 2)`` lon/lat degrees): ``n`` samples along the great circle, projected.

    With ``stay_on_map`` (the default, for a flat map), an arc whose great circle would
    cross the antimeridian or run along the top or bottom edge (beyond ±75°) instead
    goes straight across the map in longitude/latitude, so every arc is one visible piece
    between its two ends. Without it such arcs are kept and broken at ±180°.

    ``bend`` (per arc, a fraction of the projected chord, which counts for at most
    ``BEND_CHORD_MAX``) pushes the middle of the arc sideways by ``bend × chord × sin(πt)``:
    a gentle curve that also keeps several arcs between the same two capitals apart.

    Returns ``x, y`` of shape ``(N, n)`` and ``connect`` of the same shape: 1 where a point
    joins the next one, 0 at each arc's last point (and where an arc is broken).
    """
    a = np.atleast_2d(np.asarray(a_lonlat, dtype=np.float64))
    b = np.atleast_2d(np.asarray(b_lonlat, dtype=np.float64))
    count = a.shape[0]
    if count == 0:
        empty = np.empty((0, n))
        return empty, empty.copy(), np.empty((0, n), np.int32)
    va = _unit_vectors(a[:, 0], a[:, 1])
    vb = _unit_vectors(b[:, 0], b[:, 1])
    dot = np.clip(np.einsum("ij,ij->i", va, vb), -1.0, 1.0)
    omega = np.arccos(dot)[:, None]
    t = np.linspace(0.0, 1.0, n)[None, :]
    sin_omega = np.sin(omega)
    small = sin_omega[:, 0] < 1e-9
    safe = np.where(small[:, None], 1.0, sin_omega)
    wa = np.where(small[:, None], 1.0 - t, np.sin((1.0 - t) * omega) / safe)
    wb = np.where(small[:, None], t, np.sin(t * omega) / safe)
    p = wa[..., None] * va[:, None, :] + wb[..., None] * vb[:, None, :]
    p /= np.linalg.norm(p, axis=-1, keepdims=True)
    lon = np.degrees(np.arctan2(p[..., 1], p[..., 0]))
    lat = np.degrees(np.arcsin(np.clip(p[..., 2], -1.0, 1.0)))

    jumps = np.abs(np.diff(lon, axis=1)) > 180.0
    if stay_on_map:
        awkward = jumps.any(axis=1) | (np.abs(lat).max(axis=1) > 75.0)
        if awkward.any():
            lon[awkward] = a[awkward, :1] + t * (b[awkward, :1] - a[awkward, :1])
            lat[awkward] = a[awkward, 1:] + t * (b[awkward, 1:] - a[awkward, 1:])
        jumps[:] = False
    x, y = equal_earth(lon, lat)
    connect = np.ones((count, n), np.int32)
    connect[:, :-1][jumps] = 0
    connect[:, -1] = 0

    bend_arr = np.broadcast_to(np.asarray(bend, dtype=np.float64), (count,))
    if np.any(bend_arr):
        dx = x[:, -1] - x[:, 0]
        dy = y[:, -1] - y[:, 0]
        chord = np.hypot(dx, dy)
        # A unit normal scaled by the (capped) chord: long arcs bend no further than
        # short ones would, so none leaves the map.
        length = np.minimum(chord, BEND_CHORD_MAX) / np.where(chord > 0, chord, 1.0)
        broken = jumps.any(axis=1)
        scale = np.where(broken, 0.0, bend_arr * length)[:, None] * np.sin(np.pi * t)
        x = x + scale * -dy[:, None]
        y = y + scale * dx[:, None]
    return x, y, connect


def great_circle_arc(
    lon1: float,
    lat1: float,
    lon2: float,
    lat2: float,
    n: int = 32,
    bend: float = 0.0,
    stay_on_map: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One arc: x, y, connect of length ``n`` (see :func:`great_circle_arcs`)."""
    x, y, c = great_circle_arcs(
        np.array([[lon1, lat1]]), np.array([[lon2, lat2]]), n, bend, stay_on_map
    )
    return x[0], y[0], c[0]


# -- polygons -----------------------------------------------------------------


def ring_area(x: np.ndarray, y: np.ndarray) -> float:
    """Signed shoelace area of a ring (closed or not)."""
    return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def points_in_ring(px: np.ndarray, py: np.ndarray, rx: np.ndarray, ry: np.ndarray) -> np.ndarray:
    """Even-odd test of many points against one ring (vertices ``rx, ry``)."""
    px = np.asarray(px, dtype=np.float64)[:, None]
    py = np.asarray(py, dtype=np.float64)[:, None]
    x1, y1 = rx[None, :], ry[None, :]
    x2, y2 = np.roll(rx, -1)[None, :], np.roll(ry, -1)[None, :]
    straddles = (y1 > py) != (y2 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
    hits = straddles & (px < x_cross)
    return (hits.sum(axis=1) % 2) == 1


# -- the world ----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class World:
    """The projected world: rings of every country's outline and a capital per country.

    ``vertices`` is ``(P, 2)`` float32 projected x, y; ring ``r`` is
    ``vertices[ring_start[r]:ring_start[r + 1]]`` and belongs to country
    ``ring_country[r]`` (an index into ``iso3``). ``capitals`` is ``(C, 2)`` projected and
    ``capitals_lonlat`` the same in degrees; NaN where a country has no capital point.
    """

    iso3: tuple[str, ...]
    names: tuple[str, ...]
    vertices: np.ndarray
    ring_start: np.ndarray
    ring_country: np.ndarray
    capitals: np.ndarray
    capitals_lonlat: np.ndarray
    _index: dict[str, int] = field(init=False, repr=False)
    _ring_bbox: np.ndarray = field(init=False, repr=False)
    _areas: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {code: i for i, code in enumerate(self.iso3)})
        starts, ends = self.ring_start[:-1], self.ring_start[1:]
        bbox = np.empty((len(starts), 4), np.float64)
        areas = np.zeros(len(self.iso3), np.float64)
        for r, (s, e) in enumerate(zip(starts, ends, strict=True)):
            ring = self.vertices[s:e].astype(np.float64)
            bbox[r] = (ring[:, 0].min(), ring[:, 1].min(), ring[:, 0].max(), ring[:, 1].max())
            areas[self.ring_country[r]] += ring_area(ring[:, 0], ring[:, 1])
        object.__setattr__(self, "_ring_bbox", bbox)
        object.__setattr__(self, "_areas", np.abs(areas))

    # -- lookup ---------------------------------------------------------------

    def index(self, iso3: str) -> int | None:
        return self._index.get(iso3)

    def __contains__(self, iso3: object) -> bool:
        return iso3 in self._index

    def name(self, iso3: str) -> str:
        i = self._index.get(iso3)
        return self.names[i] if i is not None else iso3

    def rings(self, iso3: str) -> list[np.ndarray]:
        """The country's outline rings, each ``(k, 2)`` projected (empty if none)."""
        i = self._index.get(iso3)
        if i is None:
            return []
        return [
            self.vertices[self.ring_start[r] : self.ring_start[r + 1]]
            for r in np.flatnonzero(self.ring_country == i)
        ]

    def has_outline(self, iso3: str) -> bool:
        i = self._index.get(iso3)
        return i is not None and bool(np.any(self.ring_country == i))

    def area(self, iso3: str) -> float:
        """Projected area (unit sphere: the whole world is 4π); 0 without an outline."""
        i = self._index.get(iso3)
        return float(self._areas[i]) if i is not None else 0.0

    def capital(self, iso3: str) -> tuple[float, float] | None:
        """The projected capital point, or None."""
        i = self._index.get(iso3)
        if i is None or not np.all(np.isfinite(self.capitals[i])):
            return None
        return float(self.capitals[i, 0]), float(self.capitals[i, 1])

    def outline_arrays(self, iso3: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The country's rings joined for one path: x, y, connect (0 ends each ring)."""
        rings = self.rings(iso3)
        if not rings:
            empty = np.empty(0)
            return empty, empty.copy(), np.empty(0, np.int32)
        xy = np.concatenate(rings).astype(np.float64)
        connect = np.ones(len(xy), np.int32)
        connect[np.cumsum([len(r) for r in rings]) - 1] = 0
        return xy[:, 0], xy[:, 1], connect

    # -- geometry -------------------------------------------------------------

    def country_at(self, x: float, y: float) -> str | None:
        """The country whose outline holds the projected point (even-odd over its rings,
        so lakes and enclaves are holes), or None for the sea."""
        bb = self._ring_bbox
        cand = np.flatnonzero((bb[:, 0] <= x) & (x <= bb[:, 2]) & (bb[:, 1] <= y) & (y <= bb[:, 3]))
        inside: dict[int, int] = {}
        for r in cand:
            ring = self.vertices[self.ring_start[r] : self.ring_start[r + 1]].astype(np.float64)
            if points_in_ring(np.array([x]), np.array([y]), ring[:, 0], ring[:, 1])[0]:
                c = int(self.ring_country[r])
                inside[c] = inside.get(c, 0) + 1
        hits = [c for c, k in inside.items() if k % 2 == 1]
        if not hits:
            return None
        # Nested outlines of different countries (an enclave): the smallest one wins.
        return self.iso3[min(hits, key=lambda c: self._areas[c])]

    def representative_point(self, iso3: str) -> tuple[float, float] | None:
        """A projected point surely inside the country's largest ring: the middle of the
        widest inside stretch of the horizontal line through that ring's centroid."""
        rings = self.rings(iso3)
        if not rings:
            return None
        ring = max(
            rings, key=lambda r: abs(ring_area(r[:, 0].astype(float), r[:, 1].astype(float)))
        )
        rx, ry = ring[:, 0].astype(np.float64), ring[:, 1].astype(np.float64)
        cy = float(_centroid(rx, ry)[1])
        x1, y1, x2, y2 = rx, ry, np.roll(rx, -1), np.roll(ry, -1)
        straddles = (y1 > cy) != (y2 > cy)
        with np.errstate(divide="ignore", invalid="ignore"):
            xs = np.sort((x1 + (cy - y1) * (x2 - x1) / (y2 - y1))[straddles])
        if len(xs) < 2:
            return float(rx.mean()), float(ry.mean())
        starts, ends = xs[0::2], xs[1::2]
        k = int(np.argmax(ends - starts[: len(ends)]))
        return float((starts[k] + ends[k]) / 2.0), cy

    def bounds(self) -> tuple[float, float, float, float]:
        """x_min, y_min, x_max, y_max of all outlines."""
        v = self.vertices
        return (
            float(v[:, 0].min()),
            float(v[:, 1].min()),
            float(v[:, 0].max()),
            float(v[:, 1].max()),
        )


def _centroid(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    a = cross.sum() / 2.0
    if abs(a) < 1e-15:
        return float(x.mean()), float(y.mean())
    cx = ((x + np.roll(x, -1)) * cross).sum() / (6.0 * a)
    cy = ((y + np.roll(y, -1)) * cross).sum() / (6.0 * a)
    return float(cx), float(cy)


@cache
def load_world() -> World:
    """The bundled world (``resources/world.npz``), read once per process."""
    from analyst.resources import resource

    with np.load(resource("world.npz"), allow_pickle=False) as data:
        return World(
            iso3=tuple(str(s) for s in data["iso3"]),
            names=tuple(str(s) for s in data["names"]),
            vertices=data["vertices"].astype(np.float32),
            ring_start=data["ring_start"].astype(np.int64),
            ring_country=data["ring_country"].astype(np.int64),
            capitals=data["capitals"].astype(np.float64),
            capitals_lonlat=data["capitals_lonlat"].astype(np.float64),
        )
