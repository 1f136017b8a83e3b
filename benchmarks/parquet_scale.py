"""Attached Parquet at scale: the folder ``benchmarks.parquet_map`` wrote, copied ``--copies``
times under new ids, queried in place and from an ordinary database holding the same rows.

Extracting a million articles takes hours on a laptop; copying the facts of a few thousand
takes seconds. Copy ``k`` (``k > 0``) of every article and fact gets the id ``<id>~k``, so the
copies are distinct articles and facts with the same dates, countries and people, and the
facts told by several articles are told again in each copy. The copies are written as a
cluster job writes a compacted layout: one file per table and month (DuckDB ``COPY …
PARTITION_BY (year, month)``), the participants in ``fact_rows`` order.

Then it attaches the copies (``analyst attach``), loads the same rows into an ordinary
analyst database (``INSERT … SELECT`` from the attached views) and times the filtered
queries of :func:`benchmarks.parquet_map.time_queries` on both, optionally with DuckDB's
``memory_limit`` set well below the size of the data (``--memory-limit``), which shows the
attached views stream from the files rather than load them.

    .venv/bin/python -m benchmarks.parquet_map /tmp/corpus --out /tmp/facts --jobs 2
    .venv/bin/python -m benchmarks.parquet_scale /tmp/facts --copies 50 --out /tmp/facts-x50 \\
        --memory-limit 256MB
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from analyst.store.attach import glob_literal
from analyst.store.rows import COLUMNS, LAYOUT_TABLES, PARTITIONED_BY, UNDATED
from benchmarks.parquet_map import print_comparison, time_attach, time_queries

#: The columns holding an article id or a fact id, per table: suffixed in each copy.
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "actors": (),
    "article_actors": ("article_id",),
    "interactions": ("id", "first_article_id"),
    "interaction_participants": ("interaction_id",),
    "tariffs": ("id", "first_article_id"),
    "deadlines": ("id", "first_article_id"),
    "fact_actors": ("fact_id",),
    "evidence": ("fact_id", "article_id"),
}


def copy_layout(source: Path, dest: Path, copies: int) -> dict[str, int]:
    """Writes ``copies`` copies of the layout in ``source`` to ``dest``; rows per table."""
    if dest.exists():
        shutil.rmtree(dest)
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")
    rows: dict[str, int] = {}
    for table in LAYOUT_TABLES:
        if not (source / table).is_dir():
            continue
        (dest / table).mkdir(parents=True)
        names = [c for c, _ in COLUMNS[table]]
        select = ", ".join(
            f"CASE WHEN k = 0 THEN {_q(c)} ELSE {_q(c)} || '~' || k END AS {_q(c)}"
            if c in ID_COLUMNS[table]
            else _q(c)
            for c in names
        )
        n = 1 if table == "actors" else copies
        rows_of = (
            f"SELECT {select} FROM ("
            f" SELECT * FROM read_parquet({glob_literal(source, table)}, hive_partitioning = true,"
            "  union_by_name = true, filename = true, file_row_number = true)"
            f") r, range({n}) c(k) ORDER BY k, parse_filename(r.filename), r.file_row_number"
        )
        date_column = PARTITIONED_BY.get(table)
        if date_column is None:
            target = str(dest / table / "part-0.parquet").replace("'", "''")
            con.execute(f"COPY ({rows_of}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
        else:
            parts = (
                f"SELECT *, coalesce(strftime({_q(date_column)}, '%Y'), '{UNDATED}') AS year,"
                f" coalesce(strftime({_q(date_column)}, '%m'), '{UNDATED}') AS month"
                f" FROM ({rows_of})"
            )
            target = str(dest / table).replace("'", "''")
            con.execute(
                f"COPY ({parts}) TO '{target}' (FORMAT parquet, COMPRESSION zstd,"
                " PARTITION_BY (year, month), OVERWRITE_OR_IGNORE, FILENAME_PATTERN 'part-{i}')"
            )
        rows[table] = int(
            con.execute(
                f"SELECT count(*) FROM read_parquet({glob_literal(dest, table)})"
            ).fetchall()[0][0]
        )
    con.close()
    return rows


def _q(name: str) -> str:
    return '"' + name + '"'


def load_database(attached: Path, db: Path) -> float:
    """An ordinary analyst database at ``db`` holding every row the attached views give."""
    from analyst.store import Store

    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(db) as store:
        con = store.con
        con.execute("SET enable_progress_bar = false")
        con.execute(f"ATTACH '{str(attached).replace(chr(39), chr(39) * 2)}' AS src (READ_ONLY)")
        try:
            for table in (*LAYOUT_TABLES, "countries"):
                columns = ", ".join(_q(c) for c, _ in COLUMNS[table])
                con.execute(
                    f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table}"
                )
        finally:
            con.execute("DETACH src")
        con.execute("CHECKPOINT")
    return time.perf_counter() - started


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.parquet_scale", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("source", type=Path, help="a folder benchmarks.parquet_map wrote")
    p.add_argument("--copies", type=int, default=50)
    p.add_argument("--out", type=Path, required=True, help="the folder of copies (replaced)")
    p.add_argument("--db", type=Path, help="the ordinary database (default: OUT.duckdb)")
    p.add_argument("--memory-limit", metavar="SIZE", help="DuckDB memory_limit, e.g. 256MB")
    p.add_argument("--country", default="CHN", metavar="ISO3")
    p.add_argument("--since", type=date.fromisoformat, default=date(2025, 1, 1))
    p.add_argument("--until", type=date.fromisoformat, default=date(2025, 3, 31))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", type=Path, metavar="FILE", help="write the figures here too")
    args = p.parse_args(argv)
    db = args.db or args.out.with_name(args.out.name + ".duckdb")

    started = time.perf_counter()
    rows = copy_layout(args.source, args.out, args.copies)
    copy_s = time.perf_counter() - started
    files = sum(1 for _ in args.out.rglob("*.parquet"))
    print(f"copied {args.copies}×: {rows.get('articles', 0):,} articles, "
          f"{rows.get('interactions', 0):,} interaction rows, {rows.get('evidence', 0):,} evidence "
          f"rows in {files} files, {_size(args.out) / 1e6:,.0f} MB ({copy_s:.1f} s)")  # fmt: skip
    attached, attach_s = time_attach(args.out)
    load_s = load_database(attached, db)
    print(f"ordinary database loaded from the views: {_size(db) / 1e6:,.0f} MB ({load_s:.1f} s)")
    compare: dict[str, Any] = {"attach_s": round(attach_s, 3)}
    compare.update(
        time_queries(
            attached,
            db,
            country=args.country,
            since=args.since,
            until=args.until,
            repeat=args.repeat,
            memory_limit=args.memory_limit,
        )
    )
    print_comparison(compare)
    figures = {
        "benchmark": "parquet_scale",
        "command": " ".join(["python -m benchmarks.parquet_scale", *(argv or sys.argv[1:])]),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "copies": args.copies,
        "rows": rows,
        "parquet_files": files,
        "parquet_mb": round(_size(args.out) / 1e6, 1),
        "database_mb": round(_size(db) / 1e6, 1),
        "copy_s": round(copy_s, 3),
        "load_s": round(load_s, 3),
        "memory_limit": args.memory_limit,
        "compare": compare,
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
