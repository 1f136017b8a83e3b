"""Articles from disk into the store: ingest → extract → store, one article at a time.

Each article is read, extracted and stored in its own transaction, so a refused or failing
file never leaves anything half-written and never stops the files after it. Long runs
report progress through a callback and stop between articles when asked to.

With ``jobs > 1`` the reading and extraction (a pure function of the file) run in a pool
of worker processes; this process still stores every article itself, in input order, one
transaction each, so the database ends up the same as with one job.

GDELT 2.0 event exports (``*.export.CSV[.zip]``, see :mod:`analyst.ingest.gdelt`) among
the paths, or in the folders given, are imported whole by :func:`ingest_gdelt`: one
transaction per file.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from analyst.extract import extract_facts, load_gazetteer
from analyst.ingest import IngestError, discover, gdelt, load_article
from analyst.model import Article, Facts
from analyst.resources import seeds_dir
from analyst.store import Store

Progress = Callable[[int, int, Path], None]


@dataclass
class GdeltReport:
    """What importing one GDELT export did. Every line is counted once:
    ``lines == malformed + duplicates + unmapped + one_country + added + already_stored``."""

    path: Path
    lines: int = 0
    malformed: int = 0  # skipped: wrong number of fields, bad event id or day
    duplicates: int = 0  # skipped: an event id seen on an earlier line
    unmapped: int = 0  # a CAMEO code that is not a contact or a sanction
    one_country: int = 0  # a contact or sanction without two different known countries
    interactions: int = 0  # added
    sanctions: int = 0  # added
    already_stored: int = 0  # skipped: imported before
    articles: int = 0  # cited URLs stored for the first time
    seconds: float = 0.0

    @property
    def added(self) -> int:
        return self.interactions + self.sanctions

    def summary(self) -> str:
        return (
            f"{self.path}  ({self.lines:,} lines: {self.added:,} added ({self.interactions:,} "
            f"interactions, {self.sanctions:,} sanctions), {self.already_stored:,} already "
            f"stored, {self.duplicates:,} repeated, {self.malformed:,} malformed, "
            f"{self.unmapped + self.one_country:,} not a contact or sanction between two "
            "countries)"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "lines": self.lines,
            "malformed": self.malformed,
            "duplicates": self.duplicates,
            "unmapped": self.unmapped,
            "one_country": self.one_country,
            "interactions": self.interactions,
            "sanctions": self.sanctions,
            "already_stored": self.already_stored,
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[IngestError] = field(default_factory=list)
    cancelled: bool = False
    gdelt: list[GdeltReport] = field(default_factory=list)


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    published: date | None = None,
    source: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    jobs: int = 1,
) -> IngestReport:
    """Adds every article under ``paths``; ``progress(done, total, path)`` after each file.

    ``jobs > 1`` reads and extracts articles in that many worker processes; they are still
    stored here, in order. GDELT exports are imported after the articles.
    """
    exports, article_paths, export_folders = _split_exports(paths)
    found = discover(article_paths)
    report = IngestReport(
        refused=[e for e in found.refused if not _only_exports(e, export_folders)]
    )
    total = len(found.files) + len(exports)
    done = 0
    with _extracted(found.files, published, source, jobs) as results:
        for path in found.files:
            if cancelled():
                report.cancelled = True
                return report
            result = next(results)
            if isinstance(result, IngestError):
                report.refused.append(result)
            else:
                article, facts = result
                summary = (f"{path}  ({len(facts.interactions)} interactions, {len(facts.tariffs)} "
                           f"tariffs, {len(facts.deadlines)} deadlines)")  # fmt: skip
                if store.add_article(article, facts):
                    report.added.append(summary)
                else:
                    report.skipped.append(str(path))
            done += 1
            if progress is not None:
                progress(done, total, path)
    for path in exports:
        if cancelled():
            report.cancelled = True
            break
        try:
            report.gdelt.append(ingest_gdelt(store, path))
        except IngestError as e:
            report.refused.append(e)
        done += 1
        if progress is not None:
            progress(done, total, path)
    return report


# --- articles, in this process or in a pool ------------------------------------------------

Extracted = tuple[Article, Facts] | IngestError


def load_and_extract(
    path: Path, published: date | None = None, source: str | None = None
) -> Extracted:
    """The article in ``path`` and its facts, or why it was refused: a pure function of the
    file, run by the worker processes of ``--jobs`` (its result pickles)."""
    try:
        article = load_article(path, published=published, source=source)
    except IngestError as e:
        return e
    return article, extract_facts(article, load_gazetteer())


@contextmanager
def _extracted(
    files: Sequence[Path], published: date | None, source: str | None, jobs: int
) -> Iterator[Iterator[Extracted]]:
    """The :func:`load_and_extract` result of each file, in order: computed lazily in this
    process, or by a pool of ``jobs`` processes. Leaving the block early (cancelled, or an
    error) cancels the work the pool has not begun."""
    work = partial(load_and_extract, published=published, source=source)
    workers = max(1, min(jobs, len(files)))
    if workers == 1:
        yield map(work, files)
        return
    # "spawn", not "fork": the parent may hold DuckDB's and Qt's threads, which a forked
    # child would inherit in an undefined state. Each worker loads the gazetteer once.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=load_gazetteer,
    )
    try:
        yield _in_order(pool, work, files, ahead=_AHEAD * workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# Files a worker may be ahead of the storing (this process). A bound, not all at once:
# workers that ran far ahead would only take CPU from the storing, which is the slower half
# on a small machine, and keep every result in memory.
_AHEAD = 4


def _in_order(
    pool: ProcessPoolExecutor,
    work: Callable[[Path], Extracted],
    files: Iterable[Path],
    *,
    ahead: int,
) -> Iterator[Extracted]:
    """``work(path)`` for each file, in order, with at most ``ahead`` files submitted to
    the pool and not yet taken from here."""
    remaining = iter(files)
    pending: deque[Future[Extracted]] = deque(
        pool.submit(work, path) for path in islice(remaining, ahead)
    )
    while pending:
        result = pending.popleft().result()
        following = next(remaining, None)
        if following is not None:  # keep the workers busy while this result is stored
            pending.append(pool.submit(work, following))
        yield result


# --- GDELT event exports --------------------------------------------------------------------


def _split_exports(paths: Iterable[Path]) -> tuple[list[Path], list[Path], set[str]]:
    """The GDELT exports named or inside the folders named (each once, in order), the paths
    to search for articles, and the folders holding exports."""
    exports: dict[Path, Path] = {}
    others: list[Path] = []
    folders: set[str] = set()
    for path in paths:
        if path.is_dir():
            others.append(path)
            inside = gdelt.find_exports(path)
            if inside:
                folders.add(os.fspath(path))
            for export in inside:
                exports.setdefault(export.resolve(), export)
        elif gdelt.is_export_name(path) and path.exists():
            exports.setdefault(path.resolve(), path)
        else:
            others.append(path)
    return list(exports.values()), others, folders


def _only_exports(refusal: IngestError, export_folders: set[str]) -> bool:
    """Whether ``refusal`` is a folder's "no articles" though it holds GDELT exports."""
    return refusal.path in export_folders and refusal.reason.startswith("no articles")


def gdelt_context() -> tuple[frozenset[str], dict[str, tuple[str, str]]]:
    """The countries and the people (by GDELT name) the gazetteer knows, for
    :func:`analyst.ingest.gdelt.read_export`."""
    g = load_gazetteer()
    people = gdelt.people_keys((p.name, p.country, p.aliases) for p in g.people.values())
    return frozenset(g.countries), people


def ingest_gdelt(store: Store, path: Path, progress: Progress | None = None) -> GdeltReport:
    """Imports the GDELT 2.0 event export at ``path`` in one transaction.

    ``progress(step, 2, path)``: step 1 once the file is read and mapped, step 2 once it is
    stored. Raises :class:`IngestError` when ``path`` is not a GDELT 2.0 export.
    """
    from analyst.store.bulk import add_gdelt_events

    started = time.perf_counter()
    countries, people = gdelt_context()
    events = gdelt.read_export(path, countries, people)
    if progress is not None:
        progress(1, 2, path)
    added = add_gdelt_events(store, events.facts, path=str(path))
    if progress is not None:
        progress(2, 2, path)
    return GdeltReport(
        path=path,
        lines=events.lines,
        malformed=events.malformed,
        duplicates=events.duplicates,
        unmapped=events.unmapped,
        one_country=events.one_country,
        interactions=added["interactions"],
        sanctions=added["sanctions"],
        already_stored=added["already_stored"],
        articles=added["articles"],
        seconds=time.perf_counter() - started,
    )


def country_rows() -> list[tuple[str, str, float | None, float | None]]:
    """``(iso3, name, lat, lon)`` of every country the gazetteer knows, for the store."""
    g = load_gazetteer()
    return [(c.iso3, c.name, c.lat, c.lon) for c in g.countries.values()]


def default_database() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("analyst", appauthor=False)) / "analyst.duckdb"


def open_default_store() -> Store:
    """The user's database; created and filled from the bundled seed articles on first use."""
    path = default_database()
    fresh = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    if fresh:
        seed(store)
    return store


def seed(store: Store) -> IngestReport:
    store.ensure_countries(country_rows())
    return ingest_paths(store, [seeds_dir()])
