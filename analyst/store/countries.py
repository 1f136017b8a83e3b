"""The countries the caller's gazetteer stored (see ``Store.ensure_countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyst.store._sql import Source, frame

if TYPE_CHECKING:
    import polars as pl


def countries(source: Source) -> pl.DataFrame:
    """Columns: iso3, name, lat, lon (of the capital, as the gazetteer gives), by iso3."""
    return frame(source, "SELECT iso3, name, lat, lon FROM countries ORDER BY iso3")


def country_names(source: Source) -> dict[str, str]:
    """Each stored country's name by its ISO3 code."""
    table = countries(source)
    return dict(zip(table.get_column("iso3"), table.get_column("name"), strict=True))
