"""How quick the dashboard is: linked update, cold start and memory.

    python -m benchmarks.dashboard_speed linked --interactions 1000000
    python -m benchmarks.dashboard_speed coldstart
    python -m benchmarks.dashboard_speed memory --interactions 1000000

linked      a filter change → every view re-queried and repainted, median over a mix of
            changes (a country, a leader, a month, a kind picked), against the bare store
            queries the dashboard runs for the same filter (the floor), in the same run.
coldstart   process start → first painted window (menus, docks, "Loading…") and → every
            view painted, on the seed database, against ``python -c "import
            PySide6.QtWidgets"`` (the floor).
memory      peak resident set size of a process that opens the dashboard on the database.

The database is built once per size (cached under ``--cache``) by importing a generated
GDELT 2.0 export through the real import path; only its consult events become
interactions, so the export is sized to give the asked number of interactions. A cached
database made by an older analyst is left as it is (older checkouts share the cache) and
upgraded in a copy beside it, ``dashboard_<n>.v<schema version>.duckdb``, made once.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).resolve().parent / "results"
COUNTRIES = ("RUS", "CHN", "USA", "IND", "TUR", "FRA", "BRA", "JPN", "DEU", "GBR")
#: Leaders the generated export names (see benchmarks.gdelt_speed.LEADERS).
LEADERS = ("Donald Trump", "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Emmanuel Macron")
#: Months inside the generated export's dates (January to June 2025).
MONTHS = ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30))
KINDS = (("call",), ("meeting",), ("talks", "visit"), ("visit",))


def filter_changes() -> list[tuple[str, Any]]:
    """The mix of filter changes timed by ``linked``, one pass: ``(what, Filter)``."""
    from analyst.store import Filter

    return [
        *(("country", Filter(countries=(c,))) for c in COUNTRIES),
        *(("leader", Filter(leaders=(name,))) for name in LEADERS),
        *(
            ("dates", Filter(since=date(2025, m, 1), until=date(2025, m, last)))
            for m, last in MONTHS
        ),
        *(("kinds", Filter(kinds=frozenset(k))) for k in KINDS),
    ]


def build_database(interactions: int, cache: Path) -> Path:
    """A database holding about ``interactions`` interactions (built once, then reused)."""
    from analyst.pipeline import ingest_gdelt, seed
    from analyst.store import Store
    from benchmarks.gdelt_speed import generate_export

    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"dashboard_{interactions}.duckdb"
    if db.exists():
        return _current(db)
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "20250101000000.export.CSV"
        # A stream of consult events (calls, visits, meetings, talks) between countries: the
        # realistic GDELT mix turns only about one row in ten into an interaction.
        import benchmarks.gdelt_speed as gdelt

        gdelt.CODES = (("041", 3.0), ("042", 2.0), ("043", 2.0), ("044", 1.0), ("046", 2.0))
        gdelt.COUNTRIES = tuple((c, w) for c, w in gdelt.COUNTRIES if len(c) == 3 and c not in
                                ("EUR", "AFR", "MEA", "ASA", "WST"))  # fmt: skip
        generate_export(export, int(interactions * 1.25), seed=0)
        with Store.open(db) as store:
            seed(store)
            ingest_gdelt(store, export)
            print(f"  database: {store.counts()['interactions']:,} interactions", flush=True)
    return db


def _current(db: Path) -> Path:
    """``db``, or when an older analyst made it, an upgraded copy beside it (made once)."""
    from analyst.store import Store, schema

    with Store.open(db, read_only=True) as store:
        version = store.schema_version()
    if version == schema.current_version():
        return db
    upgraded = db.with_name(f"{db.stem}.v{schema.current_version()}.duckdb")
    if not upgraded.exists():
        partial = upgraded.with_name(upgraded.name + ".partial")
        print(f"  upgrading a copy of {db.name} (schema {version})…", flush=True)
        shutil.copyfile(db, partial)
        t = time.perf_counter()
        with Store.open(partial) as store:
            store.con.execute("CHECKPOINT")
        print(f"  upgraded in {time.perf_counter() - t:.1f} s", flush=True)
        partial.replace(upgraded)
    return upgraded


def bare_queries(store: Any, f: Any, previous: Any) -> None:
    """The store queries the dashboard runs when the filter goes from ``previous`` to ``f``:
    the map's (its counts and pairs, one statement), the tariffs, the deadlines, the
    leaders, the status bar's count of interactions (its tariffs and deadlines are the rows
    of theirs), and the timeline's (which ignores the dates: none when only they changed)."""
    from analyst import store as q

    for query in (q.contact_counts_and_pairs, q.tariffs, q.deadlines,
                  q.involved_leaders, q.interaction_count):  # fmt: skip
        query(store, f)
    undated = dataclasses.replace(f, since=None, until=None)
    if undated != dataclasses.replace(previous, since=None, until=None):
        q.fact_counts_by_day(store, undated)


def linked(db: Path, repeat: int) -> dict[str, object]:
    from analyst.store import Filter, Store
    from analyst.ui.app import dashboard_application
    from analyst.ui.main_window import MainWindow

    app = dashboard_application()  # the style, palette and font a user's window has
    store = Store.open(db, read_only=True)
    window = MainWindow(store, remember=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.repaint()

    load_before = os.getloadavg()[0]
    times: dict[str, list[float]] = {}
    cpu: list[float] = []  # the process's CPU time (all its threads) for the same updates
    floors: dict[str, list[float]] = {}
    for _ in range(max(repeat, 1)):
        for what, f in filter_changes():
            window.state.clear_filter()
            app.processEvents()
            window.repaint()
            c = time.process_time()
            t = time.perf_counter()
            window.state.set_filter(f)
            app.processEvents()
            window.repaint()  # paint every view now, synchronously
            times.setdefault(what, []).append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            t = time.perf_counter()
            bare_queries(store, f, Filter())
            floors.setdefault(what, []).append(time.perf_counter() - t)
    window.close()
    store.close()
    every = [x for v in times.values() for x in v]
    every_floor = [x for v in floors.values() for x in v]
    median_view = statistics.median(every)
    median_floor = statistics.median(every_floor)
    return {
        "interactions": _count(db),
        "database": db.name,
        "filter_changes": len(every),
        "median_update_ms": _ms(median_view),
        "median_bare_queries_ms": _ms(median_floor),
        "ratio": round(median_view / median_floor, 2),
        # On a machine other jobs share, the wall time also counts their turns on the cores;
        # the CPU time of the update is the steadier figure.
        "median_update_cpu_ms": _ms(statistics.median(cpu)),
        "by_change": {
            what: {
                "n": len(times[what]),
                "median_update_ms": _ms(statistics.median(times[what])),
                "max_update_ms": _ms(max(times[what])),
                "median_bare_queries_ms": _ms(statistics.median(floors[what])),
            }
            for what in times
        },
        "load_average_before": round(load_before, 2),
    }


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _count(db: Path) -> int:
    from analyst.store import Store

    with Store.open(db, read_only=True) as store:
        return store.counts()["interactions"]


_FIRST_PAINT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from analyst.store import Store
from analyst.ui.app import dashboard_application
from analyst.ui.main_window import MainWindow
app = dashboard_application()
window = MainWindow(Store.open(sys.argv[1], read_only=True), remember=False, deferred=True)
window.resize(1600, 1000)
window.show()
app.processEvents()
window.repaint()
first = time.time()  # the window painted: menus, docks, "Loading..." in each
while not window.is_populated():
    app.processEvents()
app.processEvents()
window.repaint()
populated = time.time()  # every view built and painted
import resource
print(first, populated, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _run(code: str, *args: str) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return time.perf_counter() - t, out.stdout.strip()


def _start(db: Path) -> tuple[float, float, float]:
    """One fresh process on ``db``: seconds from its launch to the first painted window, to
    every view painted, and to its exit."""
    launched = time.time()
    whole, out = _run(_FIRST_PAINT, str(db))
    first, populated, _ = out.split()
    return float(first) - launched, float(populated) - launched, whole


def coldstart(db: Path, repeat: int) -> dict[str, object]:
    runs = [_start(db) for _ in range(repeat)]
    floor = [_run("import PySide6.QtWidgets")[0] for _ in range(repeat)]
    first = statistics.median(r[0] for r in runs)
    return {
        "runs": repeat,
        # launch -> the window painted with its menus, docks and "Loading..." in each
        "median_first_paint_s": round(first, 3),
        # launch -> every view built and painted (what the first paint was before the views
        # were loaded from the event loop)
        "median_populated_s": round(statistics.median(r[1] for r in runs), 3),
        # launch -> exit, the whole process (as this figure was measured before)
        "median_process_s": round(statistics.median(r[2] for r in runs), 3),
        "median_import_qtwidgets_s": round(statistics.median(floor), 3),
        "ratio": round(first / statistics.median(floor), 2),
    }


def memory(db: Path) -> dict[str, object]:
    _, out = _run(_FIRST_PAINT, str(db))
    kib = out.split()[-1]
    return {"interactions": _count(db), "peak_rss_mib": round(int(kib) / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("linked", "coldstart", "memory"))
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument(
        "--repeat", type=int, default=3, help="linked: passes over the mix of changes"
    )
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "analyst-bench")
    args = parser.parse_args(argv)
    if args.what == "coldstart":
        from analyst.pipeline import seed
        from analyst.store import Store

        db = args.cache / "seed.duckdb"
        if not db.exists():
            args.cache.mkdir(parents=True, exist_ok=True)
            with Store.open(db) as store:
                seed(store)
        result = coldstart(db, max(args.repeat, 3))
    else:
        db = build_database(args.interactions, args.cache)
        result = linked(db, args.repeat) if args.what == "linked" else memory(db)
    result["command"] = "python -m benchmarks.dashboard_speed " + " ".join(argv or sys.argv[1:])
    result["load_average"] = round(os.getloadavg()[0], 2)
    result["cpus"] = os.cpu_count()
    print(json.dumps(result, indent=1))
    RESULTS.mkdir(exist_ok=True)
    suffix = f"_{args.interactions}" if args.what != "coldstart" else ""
    (RESULTS / f"dashboard_{args.what}{suffix}.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
