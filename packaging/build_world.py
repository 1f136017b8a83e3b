"""Build ``resources/world.npz``: every country's outline, simplified and projected with
Equal Earth, plus each country's capital point. Run by hand when the outline data changes:

    .venv/bin/python packaging/build_world.py [--tolerance 0.1] [--out resources/world.npz]

Sources: the GeoJSON outlines and capitals shipped by the ``countryinfo`` package (MIT), and
the project's own ``resources/countries_extra.json`` for codes that are not countries (EU,
UN, NATO) or that countryinfo lacks (Kosovo). Nothing is downloaded.

countryinfo 1.0 has no outline for Hungary, Serbia, Montenegro, Myanmar (nor Kosovo): the
map shows those at their capital only. ``--extra-geojson FILE`` fills such gaps from any
admin-0 GeoJSON on disk (Natural Earth's is public domain) without touching the rest.

The file holds, for all countries at once (so the map loads it with a handful of reads):

- ``iso3``            (C,) str   country codes, sorted
- ``names``           (C,) str   display names
- ``vertices``        (P, 2) float32  projected x, y of every ring, rings back to back
- ``ring_start``      (R + 1,) int32  ring r is ``vertices[ring_start[r]:ring_start[r + 1]]``
- ``ring_country``    (R,) int16  index into ``iso3`` of each ring's country
- ``capitals``        (C, 2) float32  projected capital point (NaN when unknown)
- ``capitals_lonlat`` (C, 2) float32  the same in degrees (lon, lat), for great circles
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyst.geo import equal_earth  # noqa: E402

# Codes countryinfo carries that are not current countries, or are duplicates of one.
SKIP = {"", "ANT", "SCG"}
# Where a code is not a country with a capital in countryinfo (the EU's seat is Brussels).
FALLBACK_CAPITALS = {"EU": (50.85, 4.35)}


def douglas_peucker(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Indices of the points of an open polyline kept by Douglas–Peucker (iterative)."""
    n = len(points)
    if n <= 2:
        return np.arange(n)
    keep = np.zeros(n, bool)
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = points[i], points[j]
        seg = points[i + 1 : j]
        ab = b - a
        norm = np.hypot(*ab)
        if norm == 0.0:
            d = np.hypot(*(seg - a).T)
        else:
            d = np.abs(ab[0] * (seg[:, 1] - a[1]) - ab[1] * (seg[:, 0] - a[0])) / norm
        k = int(np.argmax(d))
        if d[k] > tolerance:
            m = i + 1 + k
            keep[m] = True
            stack.append((i, m))
            stack.append((m, j))
    return np.flatnonzero(keep)


def simplify_ring(ring: np.ndarray, tolerance: float) -> np.ndarray:
    """A closed ring simplified: split at the vertex farthest from the first so both halves
    keep their shape, then Douglas–Peucker on each half. Returned closed."""
    if np.array_equal(ring[0], ring[-1]):
        ring = ring[:-1]
    if len(ring) < 4:
        return np.vstack([ring, ring[:1]])
    far = int(np.argmax(np.hypot(*(ring - ring[0]).T)))
    first = ring[: far + 1]
    second = np.vstack([ring[far:], ring[:1]])
    kept = np.vstack(
        [first[douglas_peucker(first, tolerance)][:-1], second[douglas_peucker(second, tolerance)]]
    )
    return kept


def ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float(0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def feature_rings(geojson: dict) -> list[np.ndarray]:
    rings: list[np.ndarray] = []
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        polygons = [coords] if geometry.get("type") == "Polygon" else coords
        for polygon in polygons:
            for ring in polygon:
                arr = np.asarray(ring, dtype=np.float64)
                if arr.ndim == 2 and len(arr) >= 3:
                    rings.append(arr[:, :2])
    return rings


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = np.radians(a), np.radians(b)
    c = np.sin(lat1) * np.sin(lat2) + np.cos(lat1) * np.cos(lat2) * np.cos(lon1 - lon2)
    return float(6371.0 * np.arccos(np.clip(c, -1.0, 1.0)))


def inside_any(lat: float, lon: float, rings: list[np.ndarray]) -> bool:
    from analyst.geo import points_in_ring

    return any(points_in_ring(np.array([lon]), np.array([lat]), r[:, 0], r[:, 1])[0] for r in rings)


def fix_misplaced_capitals(
    capitals: dict[str, tuple[float, float]],
    centres: dict[str, tuple[float, float]],
    outlines: dict[str, list[np.ndarray]],
) -> None:
    """countryinfo geocoded a few capitals to a namesake elsewhere (Dili in Delhi, The Valley
    in Kansas, Jamestown in Virginia…). A capital far outside its country's outline, or
    thousands of km from the centre of a country without one, is replaced by that centre."""
    for code, (lat, lon) in sorted(capitals.items()):
        centre = centres.get(code)
        if centre is None:
            continue
        rings = outlines.get(code)
        if rings:
            near = min(float(np.hypot(r[:, 0] - lon, r[:, 1] - lat).min()) for r in rings)
            wrong = near > 5.0 and not inside_any(lat, lon, rings)
        else:
            wrong = distance_km((lat, lon), centre) > 2000.0
        if wrong:
            print(f"  {code}: capital {lat:.2f}, {lon:.2f} is misplaced; using {centre}")
            capitals[code] = centre


def extra_outlines(path: Path) -> dict[str, list[np.ndarray]]:
    """Outlines from another GeoJSON FeatureCollection (e.g. Natural Earth admin-0), keyed
    by the feature's ``ISO_A3``/``ADM0_A3``/``iso_a3`` property."""
    data = json.loads(path.read_text("utf-8"))
    found: dict[str, list[np.ndarray]] = {}
    for feature in data.get("features") or []:
        props = feature.get("properties") or {}
        code = next(
            (
                str(props[k]).upper()
                for k in ("ISO_A3", "ADM0_A3", "iso_a3", "adm0_a3")
                if props.get(k)
            ),
            "",
        )
        if len(code) == 3 and code != "-99":
            found.setdefault(code, []).extend(feature_rings({"features": [feature]}))
    return found


def collect(
    min_area: float, tolerance: float, extra_geojson: Path | None = None
) -> tuple[dict, dict, dict]:
    """ISO3 → rings (lon/lat), ISO3 → (lat, lon) capital, ISO3 → name."""
    from countryinfo._cache import load_countries  # the package's own cached loader

    countries = load_countries()["countries"]
    outlines: dict[str, list[np.ndarray]] = {}
    capitals: dict[str, tuple[float, float]] = {}
    centres: dict[str, tuple[float, float]] = {}
    names: dict[str, str] = {}
    # Entries with an outline first, so a duplicate without one (e.g. "burma") never wins.
    entries = sorted(
        countries.values(),
        key=lambda e: (not (e.get("geoJSON") or {}).get("features"), e.get("name", "")),
    )
    for info in entries:
        iso3 = str((info.get("ISO") or {}).get("alpha3") or "").upper()
        if iso3 in SKIP:
            continue
        names.setdefault(iso3, info.get("name") or iso3)
        latlng = info.get("capital_latlng")
        if iso3 not in capitals and isinstance(latlng, list) and len(latlng) == 2:
            capitals[iso3] = (float(latlng[0]), float(latlng[1]))
        centre = info.get("latlng")
        if iso3 not in centres and isinstance(centre, list) and len(centre) == 2:
            centres[iso3] = (float(centre[0]), float(centre[1]))
        if iso3 in outlines:
            continue
        rings = feature_rings(info.get("geoJSON") or {})
        if not rings:
            continue
        simplified = [simplify_ring(r, tolerance) for r in rings]
        simplified = [r for r in simplified if len(r) >= 4]
        largest = max(ring_area(r) for r in simplified) if simplified else 0.0
        # Keep small islands; drop only specks (and never a country's only shape).
        outlines[iso3] = [
            r for r in simplified if ring_area(r) >= min_area or ring_area(r) == largest
        ]

    if extra_geojson is not None:
        # Only for countries countryinfo has no outline for (Hungary, Serbia, Myanmar…).
        for code, rings in extra_outlines(extra_geojson).items():
            if code not in outlines and rings:
                simplified = [simplify_ring(r, tolerance) for r in rings]
                outlines[code] = [r for r in simplified if len(r) >= 4 and ring_area(r) >= min_area]
                print(f"  {code}: outline from {extra_geojson.name}")
    fix_misplaced_capitals(capitals, centres, outlines)

    extra = json.loads((ROOT / "resources" / "countries_extra.json").read_text("utf-8"))
    for code, entry in extra.get("countries", {}).items():
        if entry.get("display_name"):
            names[code] = entry["display_name"]
        elif code not in names:
            names[code] = code
        if code not in capitals and entry.get("lat") is not None and entry.get("lon") is not None:
            capitals[code] = (float(entry["lat"]), float(entry["lon"]))
    for code, latlon in FALLBACK_CAPITALS.items():
        capitals.setdefault(code, latlon)
        names.setdefault(code, code)
    return outlines, capitals, names


def build(
    out: Path, tolerance: float, min_area: float, extra_geojson: Path | None = None
) -> dict[str, int]:
    outlines, capitals, names = collect(min_area, tolerance, extra_geojson)
    codes = sorted(set(outlines) | set(capitals))
    index = {code: i for i, code in enumerate(codes)}

    vertices: list[np.ndarray] = []
    ring_start = [0]
    ring_country: list[int] = []
    for code in codes:
        for ring in outlines.get(code, []):
            x, y = equal_earth(ring[:, 0], ring[:, 1])
            vertices.append(np.column_stack([x, y]).astype(np.float32))
            ring_start.append(ring_start[-1] + len(ring))
            ring_country.append(index[code])

    cap_lonlat = np.full((len(codes), 2), np.nan, np.float64)
    for code, (lat, lon) in capitals.items():
        cap_lonlat[index[code]] = (lon, lat)
    cx, cy = equal_earth(cap_lonlat[:, 0], cap_lonlat[:, 1])

    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        iso3=np.array(codes, dtype="<U8"),
        names=np.array([names.get(c, c) for c in codes]),
        vertices=np.concatenate(vertices),
        ring_start=np.array(ring_start, np.int32),
        ring_country=np.array(ring_country, np.int16),
        capitals=np.column_stack([cx, cy]).astype(np.float32),
        capitals_lonlat=cap_lonlat.astype(np.float32),
    )
    return {
        "countries": len(codes),
        "with_outline": len(outlines),
        "rings": len(ring_country),
        "vertices": ring_start[-1],
        "bytes": out.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "world.npz")
    parser.add_argument("--tolerance", type=float, default=0.1, help="Douglas–Peucker, degrees")
    parser.add_argument("--min-area", type=float, default=0.02, help="drop rings below, deg²")
    parser.add_argument(
        "--extra-geojson",
        type=Path,
        help="a GeoJSON FeatureCollection with ISO_A3 properties, for outlines countryinfo lacks",
    )
    args = parser.parse_args(argv)
    stats = build(args.out, args.tolerance, args.min_area, args.extra_geojson)
    print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
