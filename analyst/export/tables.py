"""Table exporters: CSV, Excel, Parquet and Facts-as-JSON. No Qt.

Rules of the concept:
- What is written is a :class:`Table`: the rows a view shows (its ``frame()``, in its order),
  or for a table without a view, or without a window, :func:`table_frame`: the same store
  query the view runs, under the same filter, in the same order.
- CSV and Excel cannot hold lists: a list cell (countries, people) is written as "a; b".
  Parquet keeps lists and dates as they are. Excel gets a bold, frozen header row, a filter
  on it, dates as dates and columns wide enough to read (at most ``MAX_XLSX_WIDTH``).
- JSON is the "Facts as JSON" document of DESIGN.md (:func:`~analyst.store.facts_document`)
  narrowed to the table's rows: its facts (or leaders) in the order shown, and the articles
  that give their evidence. Like ``analyst facts --kind``, the other fact lists are left out.
- A file is written beside its final name and moved into place, so a failed export never
  leaves half a file where the analyst expects a whole one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl

from analyst.countdown import phases_and_order, time_left
from analyst.export import Kind, register
from analyst.store import (
    Filter,
    deadlines,
    facts_document,
    interactions,
    involved_leaders,
    tariffs,
)
from analyst.store._sql import Source

#: The tables of the dashboard, in menu order.
TABLE_KINDS: tuple[str, ...] = ("interactions", "tariffs", "deadlines", "leaders")
FACT_KINDS = ("interactions", "tariffs", "deadlines")
TABLE_TITLES = {
    "interactions": "Interactions",
    "tariffs": "Tariffs & sanctions",
    "deadlines": "Deadlines",
    "leaders": "Leaders",
}
MAX_XLSX_WIDTH = 60
_XLSX_MAX_CELL = 32767  # characters Excel keeps in one cell


@dataclass(frozen=True)
class Table:
    """What a table exporter writes. ``rows``: exactly the rows shown, in order. ``source``
    and ``filter``: where they came from, for the JSON document (``None``: JSON holds the
    rows as plain records)."""

    kind: str
    rows: pl.DataFrame
    source: Source | None = None
    filter: Filter = field(default_factory=Filter)

    def frame(self) -> pl.DataFrame:
        return self.rows


def table_frame(kind: str, source: Source, f: Filter, now: datetime | None = None) -> pl.DataFrame:
    """All the rows the dashboard's ``kind`` table shows under ``f``, in its order, with the
    columns its ``frame()`` has (deadlines: in countdown order at ``now``, with the
    ``time_left`` text at that moment)."""
    if kind == "interactions":
        return interactions(source, f)
    if kind == "tariffs":
        return tariffs(source, f)
    if kind == "leaders":
        return involved_leaders(source, f)
    if kind == "deadlines":
        return countdown_frame(deadlines(source, f), now or datetime.now())
    raise ValueError(f"no such table: {kind!r} (one of {', '.join(TABLE_KINDS)})")


def countdown_frame(df: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Deadlines (as :func:`~analyst.store.deadlines` returns them) in countdown order at
    ``now``, with a ``time_left`` column: what the deadline list shows at that moment."""
    if df.is_empty():
        return df.with_columns(pl.lit(None, pl.String).alias("time_left"))
    starts = df.get_column("due_start").to_numpy().astype("datetime64[D]")
    ends = df.get_column("due_end").to_numpy().astype("datetime64[D]")
    _, order = phases_and_order(starts, ends, now)
    df = df[order]
    left = [
        time_left(now, s, e, p)[0]
        for s, e, p in zip(
            df.get_column("due_start").to_list(),
            df.get_column("due_end").to_list(),
            df.get_column("due_precision").to_list(),
            strict=True,
        )
    ]
    return df.with_columns(pl.Series("time_left", left, dtype=pl.String))


def flat(df: pl.DataFrame) -> pl.DataFrame:
    """Lists become "a; b" text, so a CSV or a spreadsheet shows them in one cell."""
    lists = [c for c, t in df.schema.items() if isinstance(t, pl.List)]
    if not lists:
        return df
    return df.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join("; ") for c in lists)


# --- the exporters -----------------------------------------------------------------------


@dataclass(frozen=True)
class CsvExporter:
    name: str = "CSV"
    extensions: tuple[str, ...] = (".csv",)
    kind: Kind = "table"

    def export(self, view: Any, path: Path) -> None:
        df = flat(view.frame())
        with replacing_file(path) as tmp:
            df.write_csv(tmp)


@dataclass(frozen=True)
class XlsxExporter:
    name: str = "Excel workbook"
    extensions: tuple[str, ...] = (".xlsx",)
    kind: Kind = "table"

    def export(self, view: Any, path: Path) -> None:
        sheet = TABLE_TITLES.get(getattr(view, "kind", ""), "Table").replace("&", "and")
        with replacing_file(path) as tmp:
            write_xlsx(flat(view.frame()), tmp, sheet=sheet)


@dataclass(frozen=True)
class ParquetExporter:
    name: str = "Parquet"
    extensions: tuple[str, ...] = (".parquet",)
    kind: Kind = "table"

    def export(self, view: Any, path: Path) -> None:
        df = view.frame()
        with replacing_file(path) as tmp:
            df.write_parquet(tmp)


@dataclass(frozen=True)
class JsonExporter:
    name: str = "Facts as JSON"
    extensions: tuple[str, ...] = (".json",)
    kind: Kind = "table"

    def export(self, view: Any, path: Path) -> None:
        document = table_document(view) if isinstance(view, Table) else view.frame().to_dicts()
        write_json(document, path)


for _exporter in (CsvExporter(), XlsxExporter(), ParquetExporter(), JsonExporter()):
    register(_exporter)


# --- writing -------------------------------------------------------------------------------


def write_json(document: Any, path: Path) -> None:
    text = json.dumps(document, indent=1, ensure_ascii=False, default=_json_default)
    with replacing_file(path) as tmp:
        Path(tmp).write_text(text + "\n", encoding="utf-8")


def table_document(table: Table) -> dict[str, Any]:
    """The Facts-as-JSON document narrowed to ``table``'s rows (see the module rules)."""
    rows = table.rows
    if table.source is None:
        return {table.kind: rows.to_dicts()}
    doc = facts_document(table.source, table.filter)
    if table.kind == "leaders":
        return {"articles": doc["articles"], "leaders": _leader_items(rows)}
    if table.kind not in FACT_KINDS:
        raise ValueError(f"no such table: {table.kind!r}")
    position = {fact_id: i for i, fact_id in enumerate(rows.get_column("id").to_list())}
    facts = sorted(
        (x for x in doc[table.kind] if x["id"] in position), key=lambda x: position[x["id"]]
    )
    cited = {e["article_id"] for x in facts for e in x["evidence"]}
    involved = {a["name"] for x in facts for a in _people(x)}
    return {
        "articles": [a for a in doc["articles"] if a["id"] in cited],
        "leaders": [p for p in doc["leaders"] if p["name"] in involved],
        table.kind: facts,
    }


def _people(fact: dict[str, Any]) -> list[dict[str, Any]]:
    if "participants" in fact:
        return [p for p in fact["participants"] if p.get("name")]
    return [{"name": n} for n in fact.get("actors") or []]


def _leader_items(rows: pl.DataFrame) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in rows.to_dicts():
        item = {k: r.get(k) for k in ("name", "country", "title", "mentions")}
        if r.get("caveat"):
            item["caveat"] = r["caveat"]
        out.append(item)
    return out


def write_xlsx(df: pl.DataFrame, path: str | Path, *, sheet: str = "Table") -> None:
    """One sheet: a bold, frozen header row with a filter; dates as dates; readable widths."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path), {"remove_timezone": True, "nan_inf_to_errors": True, "strings_to_urls": False}
    )
    try:
        ws = workbook.add_worksheet(_sheet_name(sheet))
        header = workbook.add_format(
            {"bold": True, "bg_color": "#e8eef5", "bottom": 1, "text_wrap": False}
        )
        day = workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
        moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "left"})
        columns = df.columns
        ws.write_row(0, 0, columns, header)
        writers: list[Callable[[int, int, Any], Any]] = []
        for name in columns:
            dtype = df.schema[name]
            if dtype == pl.Date:
                writers.append(lambda r, c, v: ws.write_datetime(r, c, v, day))
            elif isinstance(dtype, pl.Datetime):
                writers.append(lambda r, c, v: ws.write_datetime(r, c, v, moment))
            elif dtype.is_numeric() or dtype == pl.Boolean:
                writers.append(ws.write)
            else:
                writers.append(lambda r, c, v: ws.write_string(r, c, str(v)[:_XLSX_MAX_CELL]))
        for r, row in enumerate(df.iter_rows(), start=1):
            for c, value in enumerate(row):
                if value is not None:
                    writers[c](r, c, value)
        ws.freeze_panes(1, 0)
        if columns:
            ws.autofilter(0, 0, max(df.height, 1), len(columns) - 1)
        for c, width in enumerate(_widths(df)):
            ws.set_column(c, c, width)
    finally:
        workbook.close()


def _sheet_name(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31] or "Table"


def _widths(df: pl.DataFrame, sample: int = 2000) -> list[float]:
    """Characters per column: the longest of the header and the first ``sample`` values,
    plus room for the filter button, kept between 8 and ``MAX_XLSX_WIDTH``."""
    head = df.head(sample)
    out: list[float] = []
    for name in df.columns:
        dtype = df.schema[name]
        if dtype == pl.Date:
            longest = 10
        elif isinstance(dtype, pl.Datetime):
            longest = 16
        else:
            lengths = head.get_column(name).cast(pl.String).str.len_chars()
            top = lengths.max() if len(lengths) else None
            longest = int(top) if isinstance(top, int) else 0
        out.append(float(min(max(longest, len(name) + 3, 8) + 2, MAX_XLSX_WIDTH)))
    return out


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


@contextmanager
def replacing_file(path: str | Path) -> Iterator[str]:
    """A temporary file beside ``path``, moved onto it when the block succeeds (and
    deleted when it fails), so ``path`` is never half-written."""
    target = Path(path)
    if not target.parent.is_dir():
        raise OSError(f"{target}: no such folder: {target.parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- everything at once (``analyst export``) -------------------------------------------------

TABLE_FORMATS: tuple[str, ...] = (".csv", ".xlsx", ".parquet")


def write_tables(
    out: Path, source: Source, f: Filter, now: datetime | None = None
) -> list[tuple[Path, float]]:
    """Writes every table as CSV, Excel and Parquet (``tariffs.csv``, …) and the whole
    Facts-as-JSON document (``facts.json``) for ``f`` into the folder ``out``. Returns each
    file written with the seconds it took."""
    import time

    from analyst.export import exporter_for

    written: list[tuple[Path, float]] = []
    for kind in TABLE_KINDS:
        table = Table(kind, table_frame(kind, source, f, now), source, f)
        for ext in TABLE_FORMATS:
            path = out / f"{kind}{ext}"
            exporter = exporter_for(path, "table")
            assert exporter is not None
            t0 = time.perf_counter()
            exporter.export(table, path)
            written.append((path, time.perf_counter() - t0))
    t0 = time.perf_counter()
    write_json(facts_document(source, f), out / "facts.json")
    written.append((out / "facts.json", time.perf_counter() - t0))
    return written
