"""``analyst attach PATH [--db FILE]``: make a folder of Parquet fact files explorable in
place (:mod:`analyst.store.attach`), and say what it holds.

Exit status as every command's: 0 attached; 1 the folder or the database refused, with one
line on stderr naming it and the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def add_attach_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Registers the ``attach`` command on the ``analyst`` sub-command parsers."""
    attach = sub.add_parser(
        "attach",
        help="make a folder of Parquet fact files explorable in place",
        description="Make a small database whose tables are views over a folder of Parquet "
        "fact files (the layout of packaging/DISTRIBUTED.md, as a Spark, Ray or "
        "benchmarks/parquet_map.py map step writes it), so that `analyst facts`, `export`, "
        "`report` and the dashboard (`analyst gui --db FILE`) read the facts where they lie. "
        "Facts told by several articles are merged now; attach again after files are added.",
    )
    attach.add_argument("path", type=Path, metavar="PATH", help="the folder of Parquet files")
    attach.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="the database to make or remake (default: PATH/analyst-attached.duckdb); "
        "an ordinary analyst database is never replaced",
    )


def run_attach(args: argparse.Namespace) -> int:
    from analyst.pipeline import country_rows
    from analyst.store import Store, StoreError
    from analyst.store.attach import attach_parquet, attachment

    try:
        db = attach_parquet(args.path, args.db, countries=country_rows())
        with Store.open(db, read_only=True) as store:
            counts = store.counts()
            info = attachment(store)
    except StoreError as e:
        print(f"analyst: {e}", file=sys.stderr)
        return EXIT_FAILED
    assert info is not None
    files = sum(t.files for t in info.tables)
    merged = sum(
        t.merged for t in info.tables if t.table in ("interactions", "tariffs", "deadlines")
    )
    missing = [t.table for t in info.tables if t.files == 0]
    print(
        f"attached {info.folder}: {_n(counts['articles'], 'article')}, "
        f"{_n(counts['interactions'], 'interaction')}, {_n(counts['tariffs'], 'tariff')}, "
        f"{_n(counts['deadlines'], 'deadline')} from {_n(files, 'Parquet file')} "
        f"({_n(merged, 'fact')} told by several articles merged)"
    )
    if missing:
        print(f"no files for: {', '.join(missing)} (empty)")
    print(f"database: {db}")
    print(f"explore it: analyst gui --db {_shell(db)}")
    return EXIT_OK


def _n(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _shell(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))
