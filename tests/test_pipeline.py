"""ingest_paths with a pool of worker processes: the same result as one job, in input order,
refusals reported and cancellation honoured."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analyst.pipeline import ingest_paths, load_and_extract
from analyst.store import Filter, Store, deadlines, interactions

TEXTS = [
    "Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping.",
    "French President Emmanuel Macron held a phone call with Prime Minister Narendra Modi.",
    "Turkish President Recep Tayyip Erdogan spoke by phone with Egypt's Abdel Fattah al-Sisi.",
    "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung.",
]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(text + "\n")
    (folder / "1_empty.txt").write_text("")  # refused, between the others
    return folder


def test_a_pool_gives_what_one_process_gives(tmp_path):
    folder = _folder(tmp_path)
    results = []
    for jobs in (1, 2):
        with Store.memory() as store:
            report = ingest_paths(store, [folder], published=date(2025, 8, 8), jobs=jobs)
            rows = interactions(store, Filter()).select("id", "countries", "people").to_dicts()
        results.append(
            ([a.split()[0] for a in report.added], [str(e) for e in report.refused], rows)
        )
    assert results[0] == results[1]
    added, refused, rows = results[0]
    assert [Path(p).name for p in added] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert len(refused) == 1 and "1_empty.txt" in refused[0]
    assert len(rows) == 4


def test_a_pool_stops_when_cancelled(tmp_path):
    folder = _folder(tmp_path)
    done: list[int] = []
    with Store.memory() as store:
        report = ingest_paths(
            store,
            [folder],
            jobs=2,
            progress=lambda n, total, path: done.append(n),
            cancelled=lambda: len(done) >= 2,
        )
        assert report.cancelled
        assert done == [1, 2]
        assert store.counts()["articles"] == 2 - len(report.refused)


def test_the_worker_returns_the_refusal_instead_of_raising(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = load_and_extract(empty)
    assert not isinstance(result, tuple) and "empty" in str(result)


def test_two_articles_keep_two_visits_of_one_year_apart_and_one_meeting_together(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "uk.txt").write_text(
        "Britain will host US President Donald Trump for a state visit later this year, "
        "and King Charles III looks forward to welcoming him.\n"
    )
    (folder / "india.txt").write_text(
        "Indian Prime Minister Narendra Modi said he looked forward to hosting Russian "
        "President Vladimir Putin in India later this year.\n"
        "Putin will meet Trump on August 15 in Alaska.\n"
    )
    (folder / "alaska.txt").write_text(
        "US President Donald Trump will meet Russian President Vladimir Putin in Alaska "
        "on August 15.\n"
    )
    with Store.memory() as store:
        ingest_paths(store, [folder], published=date(2025, 8, 8))
        rows = deadlines(store, Filter()).sort("label").select("label", "due", "n_evidence")
    assert rows.rows() == [
        ("Putin's visit to India", "2025", 1),
        ("Trump's visit to United Kingdom", "2025", 1),
        ("Trump–Putin meeting", "2025-08-15", 2),
    ]
