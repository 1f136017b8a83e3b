"""How quick the dashboard is: linked update, cold start and memory.

    python -m benchmarks.dashboard_speed linked --interactions 1000000
    python -m benchmarks.dashboard_speed coldstart
    python -m benchmarks.dashboard_speed memory --interactions 1000000

linked      a filter change (a country picked) → every view re-queried and repainted, median
            over several countries, against the bare DuckDB queries the views run for the same
            filter (the floor), measured in the same run.
coldstart   process start → first painted window on the seed database, against
            ``python -c "import PySide6.QtWidgets"`` (the floor).
memory      peak resident set size of a process that opens the dashboard on the database.

The database is built once per size (cached under ``--cache``) by importing a generated
GDELT 2.0 export through the real import path; only its consult events become
interactions, so the export is sized to give the asked number of interactions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).resolve().parent / "results"
COUNTRIES = ("RUS", "CHN", "USA", "IND", "TUR", "FRA", "BRA", "JPN", "DEU", "GBR")


def build_database(interactions: int, cache: Path) -> Path:
    """A database holding about ``interactions`` interactions (built once, then reused)."""
    from analyst.pipeline import ingest_gdelt, seed
    from analyst.store import Store
    from benchmarks.gdelt_speed import generate_export

    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"dashboard_{interactions}.duckdb"
    if db.exists():
        return db
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


def linked(db: Path, repeat: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from analyst import store as queries
    from analyst.store import Filter, Store
    from analyst.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = Store.open(db, read_only=True)
    window = MainWindow(store, remember=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()

    def bare(f: Filter) -> None:
        for query in (queries.contact_counts, queries.contact_pairs, queries.tariffs,
                      queries.deadlines, queries.leaders, queries.fact_counts_by_day):  # fmt: skip
            query(store, f)

    view_times: list[float] = []
    floor_times: list[float] = []
    for country in (COUNTRIES * repeat)[: max(repeat, len(COUNTRIES))]:
        f = Filter(countries=(country,))
        window.state.clear_filter()
        app.processEvents()
        window.repaint()
        t = time.perf_counter()
        window.state.set_filter(f)
        app.processEvents()
        window.repaint()  # paint every view now, synchronously
        view_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare(f)
        floor_times.append(time.perf_counter() - t)
    window.close()
    store.close()
    median_view = statistics.median(view_times)
    median_floor = statistics.median(floor_times)
    return {
        "interactions": _count(db),
        "filter_changes": len(view_times),
        "median_update_ms": round(median_view * 1000, 1),
        "median_bare_queries_ms": round(median_floor * 1000, 1),
        "ratio": round(median_view / median_floor, 2),
    }


def _count(db: Path) -> int:
    from analyst.store import Store

    with Store.open(db, read_only=True) as store:
        return store.counts()["interactions"]


_FIRST_PAINT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from analyst.store import Store
from analyst.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(Store.open(sys.argv[1], read_only=True), remember=False)
window.resize(1600, 1000)
window.show()
app.processEvents()
window.repaint()
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _run(code: str, *args: str) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return time.perf_counter() - t, out.stdout.strip()


def coldstart(db: Path, repeat: int) -> dict[str, object]:
    window = [_run(_FIRST_PAINT, str(db))[0] for _ in range(repeat)]
    floor = [_run("import PySide6.QtWidgets")[0] for _ in range(repeat)]
    return {
        "runs": repeat,
        "median_first_paint_s": round(statistics.median(window), 3),
        "median_import_qtwidgets_s": round(statistics.median(floor), 3),
        "ratio": round(statistics.median(window) / statistics.median(floor), 2),
    }


def memory(db: Path) -> dict[str, object]:
    _, kib = _run(_FIRST_PAINT, str(db))
    return {"interactions": _count(db), "peak_rss_mib": round(int(kib) / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("linked", "coldstart", "memory"))
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=10)
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
    result["load_average"] = os.getloadavg()[0]
    print(json.dumps(result, indent=1))
    RESULTS.mkdir(exist_ok=True)
    suffix = f"_{args.interactions}" if args.what != "coldstart" else ""
    (RESULTS / f"dashboard_{args.what}{suffix}.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
