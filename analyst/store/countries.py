"""The countries the caller's gazetteer stored (see ``Store.ensure_countries``)."""

from __future__ import annotations

import polars as pl

from analyst.store._sql import Source, frame


def countries(source: Source) -> pl.DataFrame:
    """Columns: iso3, name, lat, lon (of the capital, as the gazetteer gives), by iso3."""
    return frame(source, "SELECT iso3, name, lat, lon FROM countries ORDER BY iso3")
