"""The map step of a distributed run, on one machine: articles → facts → Parquet.

What a Spark or Ray job does on a cluster (``packaging/DISTRIBUTED.md``), done here with a
``concurrent.futures.ProcessPoolExecutor`` so that the whole path — map, ``analyst
attach``, dashboard — can be shown and timed without a cluster:

1. **ids** (in the pool): read and clean every file (:func:`analyst.ingest.load_article`)
   and keep its article id. This process keeps the first file of each id and drops the ids
   already written to ``--out`` by an earlier run, so that every article is in the folder
   once (the layout's one rule a writer must keep; Spark: ``dropDuplicates(["id"])``).
2. **map** (in the pool): batches of ``--batch`` files (by default the articles split
   evenly between the processes, at most 5,000 a batch: few, big files are what makes
   queries through the attached views fast), each read again, run through
   :func:`analyst.extract.extract_facts` and :func:`analyst.store.rows.fact_rows`, and
   written with :func:`analyst.store.rows.write_parquet_partition` as the part
   ``part-<run>-<batch number>``: one file per table and month of the facts' dates.
   Each article's ``ingested_at`` is the run's start plus its place in the input in
   microseconds: the order the files were given, as ``analyst ingest`` of the same folder
   would record it (which article of a day counts as first evidence, and where two
   articles disagree which one a merged fact follows), however the pool schedules them.

Then ``analyst attach OUT`` makes the folder explorable in place.

    .venv/bin/python -m benchmarks.corpus --n 2000 --out /tmp/corpus
    .venv/bin/python -m benchmarks.parquet_map /tmp/corpus --out /tmp/facts --jobs 2
    .venv/bin/python -m benchmarks.parquet_map /tmp/corpus --out /tmp/facts --jobs 2 \\
        --compare-db /tmp/facts.duckdb      # also: ingest into a database, time the queries

With ``--compare-db FILE`` it then times a filtered query (``interactions``, ``tariffs``
and ``deadlines`` of one country and one quarter, and ``facts_document`` of the same
filter) through the attached views and on a normal database holding the same articles
(``analyst ingest`` of the same folder into ``FILE``, made unless it exists), and checks
that both give the same rows. Prints the figures and writes them as JSON (``--json``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from analyst.extract import extract_facts, load_gazetteer
from analyst.ingest import IngestError, discover, load_article
from analyst.store.rows import concat_rows, fact_rows, write_parquet_partition

MAX_BATCH = 5000  # articles a batch by default, at most


@dataclass
class BatchResult:
    part: str
    articles: int = 0
    interactions: int = 0
    tariffs: int = 0
    deadlines: int = 0
    files: int = 0
    refused: list[str] = field(default_factory=list)


def article_id_of(path: Path, published: date | None, source: str | None) -> str | IngestError:
    """Step 1 for one file: its article id, or why it was refused."""
    try:
        return load_article(path, published=published, source=source).id
    except IngestError as e:
        return e


def map_batch(
    paths: Sequence[Path],
    out: Path,
    part: str,
    stamps: Sequence[datetime],
    published: date | None = None,
    source: str | None = None,
) -> BatchResult:
    """Step 2 for one batch: the facts of ``paths`` as one Parquet part under ``out``,
    each article ingested at its stamp."""
    gazetteer = load_gazetteer()
    result = BatchResult(part)
    parts = []
    for path, stamp in zip(paths, stamps, strict=True):
        try:
            article = load_article(path, published=published, source=source)
        except IngestError as e:
            result.refused.append(str(e))
            continue
        rows = fact_rows(article, extract_facts(article, gazetteer), ingested_at=stamp)
        result.articles += 1
        result.interactions += len(rows["interactions"])
        result.tariffs += len(rows["tariffs"])
        result.deadlines += len(rows["deadlines"])
        parts.append(rows)
    result.files = len(write_parquet_partition(concat_rows(parts), out, part))
    return result


def existing_article_ids(out: Path) -> set[str]:
    """The ids of the articles an earlier run wrote to ``out`` (read from the Parquet
    footers and the ``id`` column only)."""
    import pyarrow.parquet as pq

    ids: set[str] = set()
    folder = out / "articles"
    if folder.is_dir():
        for file in sorted(folder.rglob("*.parquet")):
            ids.update(pq.read_table(file, columns=["id"]).column("id").to_pylist())
    return ids


@dataclass
class MapReport:
    files: int
    unique_articles: int
    already_written: int
    duplicates: int
    refused: list[str]
    batches: list[BatchResult]
    ids_s: float
    map_s: float

    @property
    def articles(self) -> int:
        return sum(b.articles for b in self.batches)


def run_map(
    paths: Sequence[Path],
    out: Path,
    *,
    jobs: int = 1,
    batch: int | None = None,
    published: date | None = None,
    source: str | None = None,
    run: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> MapReport:
    """Steps 1 and 2 over the article files under ``paths`` (files or folders)."""
    found = discover(paths)
    refused = [str(e) for e in found.refused]
    began = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    stamp = run or began.strftime("%Y%m%dT%H%M%S")
    out.mkdir(parents=True, exist_ok=True)
    with _pool(jobs) as pool:
        started = time.perf_counter()
        written = existing_article_ids(out)
        chunk = max(1, min(256, len(found.files) // (4 * max(1, jobs)) or 1))
        ids = list(
            _map(
                pool,
                article_id_of,
                found.files,
                [published] * len(found.files),
                [source] * len(found.files),
                chunksize=chunk,
            )
        )
        keep: list[Path] = []
        seen: set[str] = set()
        duplicates = already = 0
        for path, got in zip(found.files, ids, strict=True):
            if isinstance(got, IngestError):
                refused.append(str(got))
            elif got in written:
                already += 1
            elif got in seen:
                duplicates += 1
            else:
                seen.add(got)
                keep.append(path)
        ids_s = time.perf_counter() - started
        if progress:
            progress(f"ids: {len(keep)} articles to map ({ids_s:.1f} s)")

        started = time.perf_counter()
        size = batch or max(1, min(MAX_BATCH, -(-len(keep) // max(1, jobs))))
        starts = range(0, len(keep), size)
        batches = [keep[i : i + size] for i in starts]
        names = [f"part-{stamp}-{n:05d}" for n in range(len(batches))]
        stamps = [
            [began + timedelta(microseconds=i + k) for k in range(len(b))]
            for i, b in zip(starts, batches, strict=True)
        ]
        results: list[BatchResult] = []
        for result in _map(
            pool,
            map_batch,
            batches,
            [out] * len(batches),
            names,
            stamps,
            [published] * len(batches),
            [source] * len(batches),
        ):
            results.append(result)
            refused += result.refused
            if progress:
                done = sum(r.articles for r in results)
                progress(
                    f"map: {done}/{len(keep)} articles ({time.perf_counter() - started:.1f} s)"
                )
        map_s = time.perf_counter() - started
    return MapReport(
        files=len(found.files),
        unique_articles=len(keep),
        already_written=already,
        duplicates=duplicates,
        refused=refused,
        batches=results,
        ids_s=ids_s,
        map_s=map_s,
    )


class _pool:
    """A spawn-context process pool of ``jobs`` workers (each loads the gazetteer once), or
    none for ``jobs == 1``."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ProcessPoolExecutor | None:
        if self.jobs > 1:
            self.executor = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=load_gazetteer,
            )
        return self.executor

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _map(
    pool: ProcessPoolExecutor | None,
    fn: Callable[..., Any],
    *args: Iterable[Any],
    chunksize: int = 1,
) -> Iterable[Any]:
    if pool is None:
        return map(fn, *args)
    return pool.map(fn, *args, chunksize=chunksize)


# --- the comparison: attached views vs a normal database ----------------------------------------


def ingest_database(db: Path, corpus: Sequence[Path]) -> dict[str, Any]:
    """``analyst ingest`` of ``corpus`` into a new database ``db`` (with the countries)."""
    from analyst.pipeline import country_rows, ingest_paths
    from analyst.store import Store

    started = time.perf_counter()
    with Store.open(db) as store:
        store.ensure_countries(country_rows())
        report = ingest_paths(store, list(corpus))
    return {"ingest_s": round(time.perf_counter() - started, 3), "ingested": len(report.added)}


def time_attach(out: Path) -> tuple[Path, float]:
    """``analyst attach out``: the database made and the seconds it took."""
    from analyst.pipeline import country_rows
    from analyst.store.attach import attach_parquet

    started = time.perf_counter()
    attached = attach_parquet(out, countries=country_rows())
    return attached, time.perf_counter() - started


def time_queries(
    attached: Path,
    db: Path,
    *,
    country: str,
    since: date,
    until: date,
    repeat: int,
    memory_limit: str | None = None,
) -> dict[str, Any]:
    """The median time of the same queries through the attached views and on an ordinary
    database (each store opened once, one warm-up run first), and whether they agree;
    with DuckDB's ``memory_limit`` when given."""
    from analyst.store import Filter, Store, deadlines, facts_document, interactions, tariffs

    f = Filter(countries=(country,), since=since, until=until)
    queries: dict[str, Callable[[Any], Any]] = {
        "interactions": lambda s: interactions(s, f),
        "tariffs": lambda s: tariffs(s, f),
        "deadlines": lambda s: deadlines(s, f),
        "facts_document": lambda s: facts_document(s, f),
        "interactions (no filter)": lambda s: interactions(s, Filter()),
    }
    figures: dict[str, Any] = {
        "filter": f.describe(),
        "repeat": repeat,
        "memory_limit": memory_limit,
        "queries": {},
    }
    results: dict[str, dict[str, Any]] = {name: {} for name in queries}
    times: dict[str, dict[str, float]] = {name: {} for name in queries}
    for label, path in (("attached", attached), ("database", db)):
        with Store.open(path, read_only=True) as store:
            if memory_limit:
                store.con.execute("SET memory_limit = ?", [memory_limit])
            for name, query in queries.items():
                query(store)  # warm-up: file footers, caches
                runs = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    results[name][label] = query(store)
                    runs.append(time.perf_counter() - started)
                times[name][label] = statistics.median(runs)
    for name in queries:
        a, b = results[name]["attached"], results[name]["database"]
        figures["queries"][name] = {
            "attached_ms": round(times[name]["attached"] * 1000, 1),
            "database_ms": round(times[name]["database"] * 1000, 1),
            "rows": len(a["interactions"]) if isinstance(a, dict) else len(a),
            "same_rows": _same(a, b),
        }
    return figures


def print_comparison(c: dict[str, Any]) -> None:
    print(f"attach: {c['attach_s']:.2f} s; filter: {c['filter']}; median of {c['repeat']}")
    print(f"{'query':<26} {'attached ms':>12} {'database ms':>12} {'rows':>6}  same rows")
    for name, row in c["queries"].items():
        print(f"{name:<26} {row['attached_ms']:>12} {row['database_ms']:>12} "
              f"{row['rows']:>6}  {row['same_rows']}")  # fmt: skip


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dict):
        return json.dumps(a, sort_keys=True, default=str) == json.dumps(
            b, sort_keys=True, default=str
        )
    return bool(a.equals(b))


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.parquet_map", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--out", type=Path, required=True, help="the Parquet folder to write to")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--batch", type=int, metavar="N",
                   help="articles per Parquet part (default: split evenly between the "
                        f"processes, at most {MAX_BATCH:,})")  # fmt: skip
    p.add_argument("--published", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--source", metavar="NAME")
    p.add_argument("--compare-db", type=Path, metavar="FILE",
                   help="also time a filtered query on the attached views and on this "
                        "database (filled from the same articles unless it exists)")  # fmt: skip
    p.add_argument("--country", default="CHN", metavar="ISO3")
    p.add_argument("--since", type=date.fromisoformat, default=date(2025, 1, 1))
    p.add_argument("--until", type=date.fromisoformat, default=date(2025, 3, 31))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--json", type=Path, metavar="FILE", help="write the figures here too")
    args = p.parse_args(argv)

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    report = run_map(args.paths, args.out, jobs=args.jobs, batch=args.batch,
                     published=args.published, source=args.source, progress=say)  # fmt: skip
    n = report.articles
    figures: dict[str, Any] = {
        "benchmark": "parquet_map",
        "command": " ".join(["python -m benchmarks.parquet_map", *(argv or sys.argv[1:])]),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "environment": {
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        },
        "jobs": args.jobs,
        "files": report.files,
        "articles_mapped": n,
        "already_written": report.already_written,
        "duplicates_dropped": report.duplicates,
        "refused": len(report.refused),
        "facts": {
            "interactions": sum(b.interactions for b in report.batches),
            "tariffs": sum(b.tariffs for b in report.batches),
            "deadlines": sum(b.deadlines for b in report.batches),
        },
        "parquet_files": sum(b.files for b in report.batches),
        "ids_s": round(report.ids_s, 3),
        "map_s": round(report.map_s, 3),
        "articles_per_s": round(n / (report.ids_s + report.map_s), 2) if n else None,
    }
    print(f"mapped {n:,} articles ({report.duplicates} duplicates dropped, "
          f"{report.already_written} already written, {len(report.refused)} refused) "
          f"into {figures['parquet_files']} Parquet files in {report.ids_s + report.map_s:.1f} s "
          f"with {args.jobs} processes: {figures['articles_per_s']} articles/s")  # fmt: skip
    if args.compare_db:
        compare: dict[str, Any] = {}
        if not args.compare_db.exists():
            compare.update(ingest_database(args.compare_db, args.paths))
        attached, seconds = time_attach(args.out)
        compare["attach_s"] = round(seconds, 3)
        compare.update(
            time_queries(
                attached,
                args.compare_db,
                country=args.country,
                since=args.since,
                until=args.until,
                repeat=args.repeat,
            )
        )
        figures["compare"] = compare
        print_comparison(compare)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    for line in report.refused[:10]:
        print(f"refused: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
