"""The ``analyst`` command line: one entry point, one sub-command per job.

Exit status: 0 success; 1 a refused input or a failed operation, with one line on stderr
naming the file and the reason; 2 wrong usage (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from analyst import __version__
from analyst.model import FACT_KINDS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {text!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="analyst",
        description="Turn diplomacy and trade news into facts with evidence, kept in DuckDB.",
    )
    p.add_argument("--version", action="version", version=f"analyst {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser(
        "gui",
        help="open the dashboard (the default command)",
        description="Open the dashboard. Without --db: the last database, or the one in the "
        "user data folder, filled from the bundled seed articles on first use.",
    )
    _db_option(gui)

    snapshot = sub.add_parser(
        "snapshot",
        help="render the whole dashboard to a PNG without a screen",
        description="Render the dashboard window (1600×1000 unless --size) for a filter to a PNG.",
    )
    _db_option(snapshot)
    snapshot.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    snapshot.add_argument("--size", default="1600x1000", metavar="WxH")
    snapshot.add_argument(
        "--as-of",
        type=_iso_moment,
        metavar="YYYY-MM-DD[THH:MM]",
        help="count deadlines down from this moment instead of now",
    )
    _filter_options(snapshot)

    ingest = sub.add_parser(
        "ingest",
        help="add articles (files or folders) to a database",
        description="Read .txt, .md and .html articles, extract their facts and store them. "
        "Prints what was added, skipped (already stored) or refused (and why). GDELT 2.0 "
        "event exports (*.export.CSV, *.export.CSV.zip) are imported too: their contacts "
        "and sanctions between countries.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _db_option(ingest)
    ingest.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                        help="publication date for every article (overrides sidecars and HTML meta)")  # fmt: skip
    ingest.add_argument("--source", metavar="NAME", help="source name for every article")
    ingest.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                        help="read and extract articles in N processes (default 1)")  # fmt: skip

    extract = sub.add_parser(
        "extract",
        help="print the facts of articles without touching any database",
        description="Extract interactions, tariffs and deadlines from articles and print them.",
    )
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD")
    extract.add_argument("--format", choices=("json", "table"), default="table")

    facts = sub.add_parser(
        "facts",
        help="query stored facts with the filter the dashboard uses",
        description="Print stored facts. Filters combine with AND; repeat --leader and "
        "--country to allow several.",
    )
    _db_option(facts)
    facts.add_argument("--kind", choices=FACT_KINDS, help="only this table")
    _filter_options(facts)
    facts.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table")
    facts.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here, not stdout")

    export = sub.add_parser(
        "export",
        help="write every chart and table of the dashboard for a filter into a folder",
        description="Write what the dashboard shows for a filter, without a screen: the map "
        "and the timeline as PNG and SVG (with their legends and a caption naming the "
        "filter), the interactions, tariffs, deadlines and leaders tables as CSV, Excel and "
        "Parquet, and every fact with its evidence as facts.json. Only reads the database.",
    )
    _db_option(export)
    export.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder to write into (made if missing; files there are replaced)")  # fmt: skip
    _filter_options(export)
    export.add_argument("--as-of", type=_iso_moment, metavar="YYYY-MM-DD[THH:MM]",
                        help="the moment deadline countdowns count against (default: now)")  # fmt: skip
    export.add_argument("--image-size", default="1920x1080", metavar="WxH",
                        help="PNG canvas, or 'screen' for the charts' on-screen size "
                             "(default 1920x1080, a 16:9 slide)")  # fmt: skip
    export.add_argument("--scale", type=float, default=1.0, metavar="N",
                        help="PNG pixel scale, e.g. 2 for a high-density slide (default 1)")  # fmt: skip

    report = sub.add_parser(
        "report",
        help="write a PDF briefing for a filter",
        description="Write one A4 PDF briefing for a filter, without a screen: a title page "
        "with the filter and date range, the map, the timeline, the tariff table, the "
        "deadlines as of a moment, and every fact with its evidence sentence and source. "
        "Only reads the database.",
    )
    _db_option(report)
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _filter_options(report)
    report.add_argument("--as-of", type=_iso_moment, metavar="YYYY-MM-DD[THH:MM]",
                        help="the moment deadline countdowns count against (default: now)")  # fmt: skip
    from analyst.attach_command import add_attach_parser  # analyst attach PATH [--db FILE]

    add_attach_parser(sub)
    return p


def _iso_moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date or moment (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {text!r}"
        ) from None


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, metavar="FILE",
                   help="database file (default: analyst.duckdb in the user data folder, "
                        "filled from the bundled seed articles on first use)")  # fmt: skip


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--leader", action="append", default=[], metavar="NAME")
    p.add_argument("--country", action="append", default=[], metavar="ISO3")
    p.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD")


def _fail(message: str) -> int:
    print(f"analyst: {message}", file=sys.stderr)
    return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args = _parser().parse_args(["gui", *(argv or [])])
    try:
        if args.command == "gui":
            from analyst.ui.app import run_gui

            return run_gui(args.db)
        if args.command == "snapshot":
            return _snapshot(args)
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "facts":
            return _facts(args)
        if args.command == "export":
            return _export(args)
        if args.command == "report":
            return _report(args)
        if args.command == "attach":
            from analyst.attach_command import run_attach

            return run_attach(args)
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:  # "analyst facts | head" closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK
    return EXIT_USAGE


# -- commands -------------------------------------------------------------------


def _filter_from(args: argparse.Namespace) -> Any:
    from analyst.store import Filter

    return Filter(leaders=tuple(args.leader), countries=tuple(args.country),
                  since=args.since, until=args.until)  # fmt: skip


def _snapshot(args: argparse.Namespace) -> int:
    import os

    from analyst.store import StoreError

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        f = _filter_from(args)
    except ValueError as e:
        print(f"analyst snapshot: {e}", file=sys.stderr)
        return EXIT_USAGE
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from analyst.ui.app import render_snapshot

    try:
        render_snapshot(args.db, args.out, f, (width, height), as_of=args.as_of)
    except (StoreError, OSError) as e:
        return _fail(str(e))
    print(f"wrote {args.out} ({width}×{height})")
    return EXIT_OK


def _headless_qt() -> None:
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _export(args: argparse.Namespace) -> int:
    from analyst.store import StoreError

    try:
        f = _filter_from(args)
        canvas = None
        if args.image_size.lower() != "screen":
            w, h = (int(v) for v in args.image_size.lower().split("x"))
            if w <= 0 or h <= 0:
                raise ValueError(f"not a size: {args.image_size!r}")
            canvas = (w, h)
        if not 0 < args.scale <= 8:
            raise ValueError(f"--scale must be between 0 and 8, not {args.scale:g}")
    except ValueError as e:
        print(f"analyst export: {e}", file=sys.stderr)
        return EXIT_USAGE
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return _fail(f"{args.out}: cannot make the folder ({e.strerror or e})")
    _headless_qt()
    from analyst.export.charts import ImageSize
    from analyst.ui.app import export_all

    try:
        written = export_all(args.db, args.out, f, as_of=args.as_of,
                             image=ImageSize(canvas=canvas, scale=args.scale))  # fmt: skip
    except (StoreError, OSError) as e:
        return _fail(str(e))
    for path, seconds in written:
        print(f"wrote    {path}  ({seconds * 1000:.0f} ms)")
    print(f"{len(written)} files for: {f.describe()}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from analyst.store import StoreError

    try:
        f = _filter_from(args)
    except ValueError as e:
        print(f"analyst report: {e}", file=sys.stderr)
        return EXIT_USAGE
    _headless_qt()
    from analyst.ui.app import render_report

    try:
        pages = render_report(args.db, args.out, f, as_of=args.as_of)
    except (StoreError, OSError) as e:
        return _fail(str(e))
    print(f"wrote {args.out} ({pages} pages) for: {f.describe()}")
    return EXIT_OK


def _ingest(args: argparse.Namespace) -> int:
    from analyst.pipeline import ingest_paths
    from analyst.store import StoreError

    try:
        store = _open_store(args.db)
    except StoreError as e:
        return _fail(str(e))
    with store:
        report = ingest_paths(store, args.paths, published=args.published, source=args.source,
                              jobs=args.jobs)  # fmt: skip
    for line in report.added:
        print(f"added    {line}")
    for line in report.skipped:
        print(f"skipped  {line} (already stored)")
    for g in report.gdelt:
        print(f"gdelt    {g.summary()}")
    for refusal in report.refused:
        print(f"analyst: refused {refusal}", file=sys.stderr)
    if report.gdelt:
        print(f"GDELT: {sum(g.added for g in report.gdelt):,} events added, "
              f"{sum(g.already_stored for g in report.gdelt):,} already stored, "
              f"{sum(g.malformed for g in report.gdelt):,} malformed lines skipped")  # fmt: skip
    if not report.gdelt or report.added or report.skipped or report.refused:
        print(f"{len(report.added)} added, {len(report.skipped)} already stored, "
              f"{len(report.refused)} refused")  # fmt: skip
    return EXIT_FAILED if report.refused else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from analyst.extract import combine, extract_facts
    from analyst.ingest import IngestError, discover, load_article

    found = discover(args.paths)
    results = []
    for path in found.files:
        try:
            article = load_article(path, published=args.published)
        except IngestError as e:
            found.refused.append(e)
            continue
        results.append(extract_facts(article))
    for refusal in found.refused:
        print(f"analyst: refused {refusal}", file=sys.stderr)
    if not results:
        return EXIT_FAILED
    document = combine(results).to_json()
    if args.format == "json":
        json.dump(document, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print_document(document)
    return EXIT_FAILED if found.refused else EXIT_OK


def _facts(args: argparse.Namespace) -> int:
    from analyst.store import StoreError, deadlines, facts_document, interactions, tariffs

    try:
        f = _filter_from(args)
    except ValueError as e:
        print(f"analyst facts: {e}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = _open_store(args.db, read_only=args.db is not None)
    except StoreError as e:
        return _fail(str(e))
    with store:
        if args.format == "json":
            document = facts_document(store, f)
            if args.kind:
                document = {
                    k: v for k, v in document.items() if k in ("articles", "leaders", args.kind)
                }
            return _write_text(
                json.dumps(document, indent=1, ensure_ascii=False, default=str), args.output
            )
        queries = {"interactions": interactions, "tariffs": tariffs, "deadlines": deadlines}
        kinds = [args.kind] if args.kind else list(FACT_KINDS)
        frames = {k: _flat(queries[k](store, f)) for k in kinds}
    if args.format == "table":
        text = "\n\n".join(
            f"{k} ({len(df)})\n{_table(df.select([c for c in _TABLE_COLUMNS[k] if c in df.columns]))}"
            for k, df in frames.items()
        )
        return _write_text(text, args.output)
    if len(frames) > 1 and args.output is None and args.format == "parquet":
        return _fail("--format parquet needs --kind and -o FILE")
    if len(frames) > 1:
        print("analyst facts: --format csv/parquet writes one table; add --kind", file=sys.stderr)
        return EXIT_USAGE
    (df,) = frames.values()
    if args.format == "csv":
        if args.output:
            df.write_csv(args.output)
            return EXIT_OK
        sys.stdout.write(df.write_csv())
        return EXIT_OK
    if args.output is None:
        return _fail("--format parquet needs -o FILE")
    df.write_parquet(args.output)
    return EXIT_OK


# -- helpers --------------------------------------------------------------------


def _open_store(db: Path | None, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    from analyst.pipeline import open_default_store
    from analyst.store import Store

    if db is None:
        return open_default_store()
    return Store.open(db, read_only=read_only and db.exists())


_TABLE_COLUMNS = {
    "interactions": ["date", "kind", "status", "countries", "people"],
    "tariffs": [
        "date",
        "measure",
        "status",
        "imposer",
        "target",
        "target_group",
        "rate_pct",
        "scope",
    ],
    "deadlines": ["due", "kind", "label", "setter", "subject"],
}


def _flat(df: Any) -> Any:
    """Lists become "a; b" text so a table prints and a CSV opens in a spreadsheet."""
    import polars as pl

    return df.with_columns(
        [pl.col(c).list.join("; ") for c, t in df.schema.items() if isinstance(t, pl.List)]
    )


def _table(df: Any) -> str:
    import polars as pl

    with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=60, tbl_width_chars=200,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):  # fmt: skip
        return str(df)


def _write_text(text: str, output: Path | None) -> int:
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
    return EXIT_OK


def _print_document(document: dict[str, Any]) -> None:
    for a in document["articles"]:
        print(f"article  {a['title'] or a['path']}  ({a['published'] or 'undated'})")
    print()
    for i in document["interactions"]:
        people = ", ".join(p["name"] or p["country"] for p in i["participants"])
        print(f"{i['kind']:<8} {i['status']:<9} {i['date'] or '—':<10}  {people}")
    for t in document["tariffs"]:
        target = t["target"] or t["target_group"]
        rate = f"{t['rate_pct']:g}%" if t["rate_pct"] is not None else "—"
        print(f"{t['measure']:<16} {t['status']:<10} {t['imposer']} → {target}  {rate}"
              + (f"  [{t['scope']}]" if t.get("scope") else ""))  # fmt: skip
    for d in document["deadlines"]:
        print(f"deadline {d['due'] or '—':<10}  {d['label']}")
