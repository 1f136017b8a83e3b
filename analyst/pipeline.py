"""Articles from disk into the store: ingest → extract → store, one article at a time.

Each article is read, extracted and stored in its own transaction, so a refused or failing
file never leaves anything half-written and never stops the files after it. Long runs
report progress through a callback and stop between articles when asked to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analyst.extract import extract_facts, load_gazetteer
from analyst.ingest import IngestError, discover, load_article
from analyst.resources import seeds_dir
from analyst.store import Store

Progress = Callable[[int, int, Path], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: list[IngestError] = field(default_factory=list)
    cancelled: bool = False


def ingest_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    published: date | None = None,
    source: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> IngestReport:
    """Adds every article under ``paths``; ``progress(done, total, path)`` after each file."""
    found = discover(paths)
    report = IngestReport(refused=list(found.refused))
    gazetteer = load_gazetteer()
    total = len(found.files)
    for done, path in enumerate(found.files, start=1):
        if cancelled():
            report.cancelled = True
            break
        try:
            article = load_article(path, published=published, source=source)
        except IngestError as e:
            report.refused.append(e)
        else:
            facts = extract_facts(article, gazetteer)
            summary = (f"{path}  ({len(facts.interactions)} interactions, {len(facts.tariffs)} "
                       f"tariffs, {len(facts.deadlines)} deadlines)")  # fmt: skip
            if store.add_article(article, facts):
                report.added.append(summary)
            else:
                report.skipped.append(str(path))
        if progress is not None:
            progress(done, total, path)
    return report


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
