"""How fast ``analyst ingest`` stores a folder of articles, with one process and with a pool.

Generates ``--n`` synthetic articles (:mod:`benchmarks.corpus`, default 10,000), writes them
to a temporary folder as ``NAME.txt`` + ``NAME.meta.json``, then times, as the median of
``--repeat`` runs:

- ``floor: read + split``: :func:`analyst.ingest.load_article` on every file (read,
  decode, clean, split sentences, sidecar) — no extraction, no database: what touching the
  files costs;
- ``ingest --jobs N`` for each N of ``--jobs`` (default ``1,2``):
  :func:`analyst.pipeline.ingest_paths` of the folder into a new database file, as
  ``analyst ingest FOLDER --db FILE --jobs N`` runs it (workers read and extract; this
  process stores every article, in order, one transaction each).

Extraction dominates: on the 2-core development machine one process manages about 7–10
articles a second, so ``--n 10000`` with ``--jobs 1`` runs for 15–25 minutes per run. Use
``--n 1000 --repeat 3`` for medians in a few minutes.

    .venv/bin/python -m benchmarks.ingest_speed                        # 10,000 articles, 1 run
    .venv/bin/python -m benchmarks.ingest_speed --n 1000 --repeat 3

Prints a table and writes ``benchmarks/results/ingest_speed.json`` (``--out`` to change).
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate_articles, write_corpus

RESULTS_PATH = Path(__file__).resolve().parent / "results" / "ingest_speed.json"


def _jobs(text: str) -> list[int]:
    values = [int(v) for v in text.split(",") if v.strip()]
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"a list of process counts such as 1,2: {text!r}")
    return values


def _load_average() -> float | None:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def time_runs(label: str, run: Callable[[int], object], repeat: int) -> list[float]:
    """The wall time of ``repeat`` calls of ``run(i)``, each after a garbage collection;
    each run's time goes to stderr as it ends."""
    times: list[float] = []
    for i in range(repeat):
        gc.collect()
        started = time.perf_counter()
        run(i)
        times.append(time.perf_counter() - started)
        print(f"  {label}: run {i + 1}/{repeat}: {times[-1]:.1f} s", file=sys.stderr, flush=True)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingest_speed", description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--jobs", type=_jobs, default=[1, 2], help="process counts (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per stage (median)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS_PATH, help="JSON results file")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for articles and DBs")
    arguments = list(argv if argv is not None else sys.argv[1:])
    args = parser.parse_args(arguments)

    from analyst.ingest import discover, load_article
    from analyst.pipeline import ingest_paths
    from analyst.store import Store

    load_before = _load_average()
    with tempfile.TemporaryDirectory(prefix="ingest-bench-", dir=args.tmp) as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "articles"
        started = time.perf_counter()
        corpus = generate_articles(args.n, args.seed)
        write_corpus(corpus, folder)
        words = sum(a.words for a in corpus)
        print(
            f"wrote {args.n:,} articles ({words:,} words) in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        del corpus
        files = discover([folder]).files

        def floor(i: int) -> None:
            for path in files:
                load_article(path)

        stages: list[tuple[str, list[float]]] = [
            ("floor: read + split (no extraction)", time_runs("floor", floor, max(args.repeat, 3)))
        ]
        stored: dict[str, dict[str, int]] = {}
        for jobs in args.jobs:

            def ingest(i: int, jobs: int = jobs) -> None:
                db = tmp / f"jobs{jobs}-{i}.duckdb"
                with Store.open(db) as store:
                    report = ingest_paths(store, [folder], jobs=jobs)
                    assert len(report.added) == args.n, report.refused[:3]
                    stored[f"jobs_{jobs}"] = store.counts()
                db.unlink()

            stages.append((f"ingest --jobs {jobs}", time_runs(f"jobs {jobs}", ingest, args.repeat)))

    width = max(len(name) for name, _ in stages)
    print(
        f"\n{args.n:,} articles ({words:,} words), median of {args.repeat} run(s) "
        f"({max(args.repeat, 3)} for the floor); {os.cpu_count()} CPUs\n"
    )
    print(f"{'stage':<{width}}  {'median s':>9}  {'articles/s':>10}  {'ms/article':>10}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 10}  {'-' * 10}")
    for name, times in stages:
        median = statistics.median(times)
        print(
            f"{name:<{width}}  {median:>9.1f}  {args.n / median:>10.1f}"
            f"  {median * 1000 / args.n:>10.2f}"
        )
    medians = {name: statistics.median(times) for name, times in stages}
    speedups: dict[str, float] = {}
    if 1 in args.jobs:
        one = medians["ingest --jobs 1"]
        speedups = {f"jobs_{j}": round(one / medians[f"ingest --jobs {j}"], 2) for j in args.jobs}
        print("\nspeed-up over --jobs 1: " + ", ".join(f"{k} {v}x" for k, v in speedups.items()))
    busy = max(x for x in (load_before, _load_average(), 0.0) if x is not None)
    if busy > (os.cpu_count() or 1) * 0.5:
        print(f"note: the machine was busy (1-minute load average up to {busy:.1f})")

    document: dict[str, Any] = {
        "benchmark": "ingest_speed",
        "command": " ".join(["python -m benchmarks.ingest_speed", *arguments]),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "load_average_1m_before": load_before,
            "load_average_1m_after": _load_average(),
        },
        "corpus": {"articles": args.n, "seed": args.seed, "words": words},
        "repeat": args.repeat,
        "stages": {
            name: {
                "runs_s": [round(t, 3) for t in times],
                "median_s": round(statistics.median(times), 3),
                "articles_per_s": round(args.n / statistics.median(times), 2),
            }
            for name, times in stages
        },
        "speedup_over_jobs_1": speedups,
        "stored_rows": stored,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
