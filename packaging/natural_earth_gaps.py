"""Writes the Natural Earth (public domain) outlines that ``countryinfo`` lacks as GeoJSON.

countryinfo ships no outline for a few countries (Hungary, Serbia, Montenegro, Myanmar,
Kosovo). Natural Earth's 1:110m admin-0 layer, as shipped inside the geopandas 0.14 wheel,
has them. Run once when rebuilding ``resources/world.npz``:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && pip install pyshp
    python packaging/natural_earth_gaps.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl > /tmp/gaps.geojson
    python packaging/build_world.py --extra-geojson /tmp/gaps.geojson
"""

from __future__ import annotations

import io
import json
import sys
import zipfile

import shapefile  # pyshp, only needed here

WANTED = {"HUN": "HUN", "SRB": "SRB", "MNE": "MNE", "MMR": "MMR", "-99": None}
INNER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as z:
        parts = {ext: io.BytesIO(z.read(f"{INNER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(
        shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1"
    )
    features = []
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = record.as_dict()
        code = row.get("iso_a3")
        if code == "-99" and row.get("name") == "Kosovo":
            code = "XKX"
        elif code not in WANTED:
            continue
        features.append({"type": "Feature", "properties": {"ISO_A3": code, "name": row.get("name")},
                         "geometry": shape.__geo_interface__})  # fmt: skip
    json.dump({"type": "FeatureCollection", "features": features}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
