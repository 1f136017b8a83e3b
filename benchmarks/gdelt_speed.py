"""How fast a GDELT 2.0 event export goes into the database.

Generates a GDELT 2.0 export of ``--n`` rows (default 1,000,000) deterministically with
numpy and polars — a realistic mix of CAMEO codes (statements, consultations, visits,
cooperation, threats, sanctions, fights…), actors with and without a country, regional
codes, the EU, leaders' names, a few thousand news sites and about one URL per four events,
plus a few malformed lines and repeated event ids — then times, as the median of
``--repeat`` runs (default 3), each on a new database file:

- ``floor: read_csv into a table``: ``CREATE TABLE … AS SELECT * FROM read_csv(…)`` of the
  same file with the same options (61 text columns, tab, no quoting) into a new database
  file: what reading and keeping the file costs;
- ``floor: read_csv scan only``: ``SELECT count(*) FROM read_csv(…)``, the same options:
  what parsing alone costs (nothing kept);
- ``read_export``: :func:`analyst.ingest.gdelt.read_export` (parse, check, map, dedupe);
- ``add_gdelt_events``: :func:`analyst.store.bulk.add_gdelt_events` into an empty database;
- ``ingest_gdelt`` (total): :func:`analyst.pipeline.ingest_gdelt`, both steps, as
  ``analyst ingest FILE`` runs them;
- ``ingest_gdelt again``: the same file a second time into the filled database (every
  event is skipped as already stored).

Run from the repository root::

    .venv/bin/python -m benchmarks.gdelt_speed                 # 1,000,000 rows, 3 runs
    .venv/bin/python -m benchmarks.gdelt_speed --n 100000 --repeat 1

Prints a table and writes ``benchmarks/results/gdelt_speed.json`` (``--out`` to change).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import polars as pl

from analyst.ingest.gdelt import COLUMNS

if TYPE_CHECKING:
    from analyst.ingest.gdelt import GdeltEvents
    from analyst.pipeline import GdeltReport

T = TypeVar("T")
RESULTS_PATH = Path(__file__).resolve().parent / "results" / "gdelt_speed.json"

# (CAMEO event code, weight): roughly the mix of a day of GDELT 2.0, where public
# statements, consultations and cooperation dominate and sanctions are rare.
CODES: tuple[tuple[str, float], ...] = (
    ("010", 8.0), ("012", 3.0), ("013", 2.0), ("020", 2.5), ("0231", 1.5), ("036", 4.0),
    ("040", 7.0), ("041", 1.0), ("042", 4.0), ("043", 3.5), ("044", 0.8), ("045", 0.5),
    ("046", 2.5), ("051", 5.0), ("057", 1.5), ("061", 1.5), ("071", 1.5), ("081", 0.2),
    ("085", 0.2), ("0254", 0.1), ("0354", 0.1), ("090", 2.0), ("111", 2.5), ("112", 3.0),
    ("1312", 0.3), ("1313", 0.2), ("132", 0.1), ("138", 1.0), ("141", 2.0), ("163", 0.4),
    ("172", 0.5), ("1721", 0.1), ("173", 5.0), ("190", 4.0), ("193", 3.0), ("120", 2.0),
    ("100", 1.5), ("160", 1.0),
)  # fmt: skip
# (CAMEO country code, weight); "" is an actor without a country (a domestic actor,
# police, "protesters"), which GDELT leaves blank for a large share of actors.
COUNTRIES: tuple[tuple[str, float], ...] = (
    ("", 30.0), ("USA", 14.0), ("CHN", 3.0), ("RUS", 3.0), ("GBR", 2.5), ("IND", 2.5),
    ("ISR", 2.0), ("IRN", 1.5), ("UKR", 1.5), ("FRA", 1.5), ("DEU", 1.2), ("PAK", 1.0),
    ("TUR", 1.0), ("JPN", 1.0), ("AUS", 1.0), ("CAN", 1.0), ("KOR", 0.8), ("PRK", 0.5),
    ("SAU", 0.8), ("EGY", 0.7), ("NGA", 0.7), ("BRA", 0.7), ("MEX", 0.7), ("ITA", 0.6),
    ("ESP", 0.5), ("SYR", 0.6), ("AFG", 0.6), ("IRQ", 0.6), ("PSE", 0.6), ("ZAF", 0.5),
    ("PHL", 0.5), ("IDN", 0.4), ("VNM", 0.4), ("POL", 0.4), ("KEN", 0.3), ("ROM", 0.2),
    ("TWN", 0.3), ("QAT", 0.3), ("ARE", 0.3), ("VEN", 0.3), ("BLR", 0.2), ("HUN", 0.2),
    ("EUR", 0.6), ("AFR", 0.4), ("MEA", 0.4), ("ASA", 0.3), ("WST", 0.2),
)  # fmt: skip
# Leaders GDELT names in capitals, by country.
LEADERS: dict[str, tuple[str, ...]] = {
    "USA": ("DONALD TRUMP", "MARCO RUBIO", "JOE BIDEN"),
    "CHN": ("XI JINPING", "WANG YI", "LI QIANG"),
    "RUS": ("VLADIMIR PUTIN", "SERGEI LAVROV"),
    "GBR": ("KEIR STARMER",),
    "IND": ("NARENDRA MODI",),
    "UKR": ("VOLODYMYR ZELENSKY",),
    "FRA": ("EMMANUEL MACRON",),
    "DEU": ("FRIEDRICH MERZ",),
    "TUR": ("RECEP TAYYIP ERDOGAN",),
    "ISR": ("BENJAMIN NETANYAHU",),
}
NAMES: dict[str, str] = {
    "": "POLICE", "USA": "UNITED STATES", "CHN": "CHINA", "RUS": "RUSSIA",
    "GBR": "UNITED KINGDOM", "IND": "INDIA", "EUR": "EUROPE",
}  # fmt: skip
DOMAINS = 3000
MALFORMED_EVERY = 20_000  # one malformed line in so many
DUPLICATE_EVERY = 50_000  # one repeated event id in so many


def _pick(rng: np.random.Generator, table: Sequence[tuple[str, float]], n: int) -> np.ndarray:
    values = np.array([v for v, _ in table], dtype=object)
    weights = np.array([w for _, w in table], dtype=float)
    return rng.choice(values, size=n, p=weights / weights.sum())


def generate_export(path: Path, n: int, seed: int = 0) -> dict[str, int]:
    """Writes ``n`` lines of a GDELT 2.0 event export to ``path``; the same ``(n, seed)``
    always gives the same bytes. Returns how many lines were made malformed and repeated."""
    rng = np.random.default_rng(seed)
    ids = np.arange(1_200_000_000, 1_200_000_000 + n, dtype=np.int64)
    duplicate = np.arange(n) % DUPLICATE_EVERY == DUPLICATE_EVERY - 1
    ids[duplicate] = ids[np.flatnonzero(duplicate) - 7]
    start = date(2025, 1, 1).toordinal()
    days = start + rng.integers(0, 180, n)
    added_days = days + rng.integers(0, 3, n)

    def yyyymmdd(ordinals: np.ndarray) -> pl.Series:
        return (
            pl.Series(ordinals - date(1970, 1, 1).toordinal()).cast(pl.Date).dt.strftime("%Y%m%d")
        )

    day = yyyymmdd(days)
    minutes = rng.integers(0, 96, n) * 15
    codes = _pick(rng, CODES, n)
    c1 = _pick(rng, COUNTRIES, n)
    c2 = _pick(rng, COUNTRIES, n)
    eu = rng.random(n) < 0.01  # the EU as an actor: no country, known group EEC
    c1[eu] = ""
    story = rng.integers(0, max(n // 4, 1), n)
    frame = pl.DataFrame(
        {
            "id": ids,
            "day": day,
            "added": yyyymmdd(added_days),
            "hour": minutes // 60,
            "minute": minutes % 60,
            "code": codes.astype(str),
            "c1": c1.astype(str),
            "c2": c2.astype(str),
            "g1": np.where(eu, "EEC", ""),
            "leader1": rng.random(n) < 0.25,
            "leader2": rng.random(n) < 0.25,
            "k1": rng.integers(0, 3, n),
            "k2": rng.integers(0, 3, n),
            "domain": story % DOMAINS,
            "story": story,
            "tone": np.round(rng.normal(-1.5, 3.0, n), 6),
            "goldstein": np.round(rng.uniform(-10, 10, n), 1),
            "mentions": rng.integers(1, 30, n),
        }
    )
    # A leader's name for a quarter of the actors of countries with leaders listed, else the
    # country's (or the actor class's) name.
    leaders = pl.DataFrame(
        [(c, k, names[k % len(names)]) for c, names in LEADERS.items() for k in range(3)],
        schema={"c": pl.String, "k": pl.Int64, "leader": pl.String},
        orient="row",
    )
    for side in ("1", "2"):
        frame = frame.join(
            leaders.rename({"c": f"c{side}", "k": f"k{side}", "leader": f"l{side}"}),
            on=[f"c{side}", f"k{side}"],
            how="left",
            maintain_order="left",
        ).with_columns(
            pl.when(pl.col(f"leader{side}") & pl.col(f"l{side}").is_not_null())
            .then(pl.col(f"l{side}"))
            .otherwise(pl.col(f"c{side}").replace(NAMES))
            .alias(f"n{side}")
        )
    frame = frame.with_columns(
        added=pl.concat_str(
            pl.col("added"),
            pl.col("hour").cast(pl.String).str.zfill(2),
            pl.col("minute").cast(pl.String).str.zfill(2),
            pl.lit("00"),
        ),
        url=pl.format(
            "https://www.news{}.example.com/world/{}/story-{}.html",
            pl.col("domain"),
            pl.col("day").str.slice(0, 6),
            pl.col("story"),
        ),
        tone=pl.col("tone").cast(pl.String),
        goldstein=pl.col("goldstein").cast(pl.String),
        mentions=pl.col("mentions").cast(pl.String),
    )
    empty = pl.lit("")
    columns: dict[str, pl.Expr] = {name: empty for name in COLUMNS}
    columns.update(
        GlobalEventID=pl.col("id").cast(pl.String),
        Day=pl.col("day"),
        MonthYear=pl.col("day").str.slice(0, 6),
        Year=pl.col("day").str.slice(0, 4),
        FractionDate=pl.lit("2025.2000"),
        Actor1Code=pl.col("c1"),
        Actor1Name=pl.col("n1"),
        Actor1CountryCode=pl.col("c1"),
        Actor1KnownGroupCode=pl.col("g1"),
        Actor2Code=pl.col("c2"),
        Actor2Name=pl.col("n2"),
        Actor2CountryCode=pl.col("c2"),
        IsRootEvent=pl.lit("1"),
        EventCode=pl.col("code"),
        EventBaseCode=pl.col("code").str.slice(0, 3),
        EventRootCode=pl.col("code").str.slice(0, 2),
        QuadClass=pl.lit("1"),
        GoldsteinScale=pl.col("goldstein"),
        NumMentions=pl.col("mentions"),
        NumSources=pl.lit("1"),
        NumArticles=pl.col("mentions"),
        AvgTone=pl.col("tone"),
        Actor1Geo_Type=pl.lit("4"),
        Actor1Geo_FullName=pl.lit("Washington, District of Columbia, United States"),
        Actor1Geo_CountryCode=pl.lit("US"),
        Actor1Geo_ADM1Code=pl.lit("USDC"),
        Actor1Geo_Lat=pl.lit("38.8951"),
        Actor1Geo_Long=pl.lit("-77.0364"),
        Actor1Geo_FeatureID=pl.lit("531871"),
        ActionGeo_Type=pl.lit("1"),
        ActionGeo_FullName=pl.lit("Russia"),
        ActionGeo_CountryCode=pl.lit("RS"),
        ActionGeo_ADM1Code=pl.lit("RS"),
        ActionGeo_Lat=pl.lit("60"),
        ActionGeo_Long=pl.lit("100"),
        ActionGeo_FeatureID=pl.lit("RS"),
        DATEADDED=pl.col("added"),
        SOURCEURL=pl.col("url"),
    )
    malformed = np.arange(n) % MALFORMED_EVERY == MALFORMED_EVERY // 2
    lines = frame.select(
        line=pl.concat_str([columns[c] for c in COLUMNS], separator="\t")
    ).with_columns(
        line=pl.when(pl.Series(malformed))
        .then(pl.col("line").str.slice(0, 120))  # a line cut short: too few columns
        .otherwise(pl.col("line"))
    )
    lines.write_csv(path, include_header=False, quote_style="never")
    return {"malformed": int(malformed.sum()), "duplicates": int(duplicate.sum())}


def _median_run(label: str, run: Callable[[int], T], repeat: int) -> tuple[list[float], list[T]]:
    """The wall times and results of ``repeat`` calls ``run(0)``, ``run(1)``, …, each after a
    garbage collection; each run's time goes to stderr as it ends."""
    times: list[float] = []
    results: list[T] = []
    for i in range(repeat):
        gc.collect()
        started = time.perf_counter()
        results.append(run(i))
        times.append(time.perf_counter() - started)
        print(f"  {label}: run {i + 1}/{repeat}: {times[-1]:.2f} s", file=sys.stderr, flush=True)
    return times, results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gdelt_speed", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="rows in the export")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS_PATH, help="JSON results file")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the export and DBs")
    arguments = list(argv if argv is not None else sys.argv[1:])
    args = parser.parse_args(arguments)

    import duckdb

    from analyst.ingest.gdelt import read_export

    load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    from analyst.pipeline import gdelt_context, ingest_gdelt
    from analyst.store import Store
    from analyst.store.bulk import add_gdelt_events

    with tempfile.TemporaryDirectory(prefix="gdelt-bench-", dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        export = tmp / "20250101000000.export.CSV"
        started = time.perf_counter()
        made = generate_export(export, args.n, args.seed)
        generate_s = time.perf_counter() - started
        size_mb = export.stat().st_size / 1e6
        print(
            f"generated {args.n:,} rows ({size_mb:.0f} MB) in {generate_s:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        countries, people = gdelt_context()

        columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS) + "}"

        def floor(i: int) -> int:
            con = duckdb.connect(str(tmp / f"floor{i}.duckdb"))
            try:
                con.execute(
                    f"CREATE TABLE t AS SELECT * FROM read_csv(?, delim = '\t', header = false,"
                    f" quote = '', escape = '', columns = {columns}, auto_detect = false,"
                    " ignore_errors = true)",
                    [str(export)],
                )
                return int(con.execute("SELECT count(*) FROM t").fetchall()[0][0])
            finally:
                con.close()

        def scan(i: int) -> int:
            con = duckdb.connect()
            try:
                return int(
                    con.execute(
                        f"SELECT count(*) FROM read_csv(?, delim = '\t', header = false,"
                        f" quote = '', escape = '', columns = {columns}, auto_detect = false,"
                        " ignore_errors = true)",
                        [str(export)],
                    ).fetchall()[0][0]
                )
            finally:
                con.close()

        def read(i: int) -> GdeltEvents:
            return read_export(export, countries, people)

        scan_s, _ = _median_run("floor: read_csv scan", scan, args.repeat)
        floor_s, floor_rows = _median_run("floor: DuckDB read_csv", floor, args.repeat)
        read_s, parsed = _median_run("read_export", read, args.repeat)
        events = parsed[0]

        def store(i: int) -> dict[str, int]:
            with Store.open(tmp / f"store{i}.duckdb") as s:
                return add_gdelt_events(s, events.facts, path=str(export))

        store_s, stored = _median_run("add_gdelt_events", store, args.repeat)

        def total(i: int) -> GdeltReport:
            with Store.open(tmp / f"total{i}.duckdb") as s:
                return ingest_gdelt(s, export)

        total_s, reports = _median_run("ingest_gdelt", total, args.repeat)

        def again(i: int) -> GdeltReport:
            with Store.open(tmp / f"total{i}.duckdb") as s:
                return ingest_gdelt(s, export)

        again_s, again_reports = _median_run("ingest_gdelt again", again, args.repeat)
        db_mb = (tmp / "total0.duckdb").stat().st_size / 1e6

    report = reports[0]
    rows = [
        ("floor: read_csv scan only (count(*))", scan_s),
        ("floor: read_csv into a table (61 text columns)", floor_s),
        ("read_export (parse, check, map, dedupe)", read_s),
        ("add_gdelt_events (empty database)", store_s),
        ("ingest_gdelt total (empty database)", total_s),
        ("ingest_gdelt again (all already stored)", again_s),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"\nGDELT export of {args.n:,} rows ({size_mb:.0f} MB), median of {args.repeat}:\n")
    print(f"{'stage':<{width}}  {'median s':>9}  {'rows/s':>12}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 12}")
    for name, times in rows:
        median = statistics.median(times)
        print(f"{name:<{width}}  {median:>9.2f}  {args.n / median:>12,.0f}")
    print(
        f"\n{report.summary()}\nsecond import: {again_reports[0].summary()}\n"
        f"database file after one import: {db_mb:.0f} MB"
    )

    document = {
        "benchmark": "gdelt_speed",
        "command": " ".join(["python -m benchmarks.gdelt_speed", *arguments]),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "duckdb": duckdb.__version__,
            # Other work on the machine slows every stage; these say whether there was any.
            "load_average_1m_before": load_before,
            "load_average_1m_after": round(os.getloadavg()[0], 2)
            if hasattr(os, "getloadavg")
            else None,
            "polars": pl.__version__,
        },
        "export": {
            "rows": args.n,
            "seed": args.seed,
            "megabytes": round(size_mb, 1),
            "generate_s": round(generate_s, 2),
            **made,
        },
        "repeat": args.repeat,
        "stages": {
            name: {
                "runs_s": [round(t, 4) for t in times],
                "median_s": round(statistics.median(times), 4),
                "rows_per_s": round(args.n / statistics.median(times)),
            }
            for name, times in rows
        },
        "floor_rows": floor_rows[0],
        "import": report.to_json(),
        "stored": stored[0],
        "second_import": again_reports[0].to_json(),
        "database_mb": round(db_mb, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
