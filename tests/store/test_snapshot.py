"""Opening a database another process holds, and a store for a worker thread."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from analyst.store import Filter, Store, StoreError, tariffs

HOLD = """
import sys, time
import duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("held", flush=True)
time.sleep(60)
"""


def _hold(path, mode: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), mode], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def _seeded(tmp_path):
    from analyst.pipeline import seed

    path = tmp_path / "seeded.duckdb"
    with Store.open(path) as s:
        seed(s)
    return path


def test_a_file_another_process_writes_opens_as_a_read_only_snapshot(tmp_path):
    path = _seeded(tmp_path)
    holder = _hold(path, "rw")
    try:
        with pytest.raises(StoreError) as refused:
            Store.open(path)
        assert refused.value.in_use and not refused.value.read_only_possible

        store = Store.open_or_snapshot(path)
        assert store.read_only and store.path == path and store.snapshot_taken is not None
        assert tariffs(store, Filter()).height > 0
        copy_folder = store._snapshot_dir
        assert copy_folder is not None and copy_folder.is_dir()
        with pytest.raises(StoreError, match="read-only"):
            store.ensure_countries([("XXX", "Nowhere", 0.0, 0.0)])
        store.close()
        assert not copy_folder.exists()  # the copy goes with the store
    finally:
        holder.kill()
        holder.wait()


def test_a_file_another_process_only_reads_opens_read_only_in_place(tmp_path):
    path = _seeded(tmp_path)
    holder = _hold(path, "ro")
    try:
        store = Store.open_or_snapshot(path)
        assert store.read_only and store.snapshot_taken is None
        store.close()
    finally:
        holder.kill()
        holder.wait()


def test_a_snapshot_of_something_else_is_refused_with_its_own_name(tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    bad = tmp_path / "notes.duckdb"
    bad.write_text("notes")
    with pytest.raises(StoreError, match=r"notes\.duckdb: not an analyst database"):
        Store.open_snapshot(bad)
    assert list(scratch.iterdir()) == []  # its copy is gone


def test_a_thread_store_writes_through_its_own_cursor(tmp_path):
    from analyst.extract import extract_facts
    from analyst.ingest import article_from_text

    path = _seeded(tmp_path)
    with Store.open(path) as store:
        before = store.counts()["articles"]
        worker = store.for_thread()
        article = article_from_text("Xi Jinping spoke by phone with Vladimir Putin on Friday.")
        added: list[bool] = []
        thread = threading.Thread(
            target=lambda: added.append(worker.add_article(article, extract_facts(article)))
        )
        thread.start()
        thread.join()
        worker.close()
        assert added == [True]
        assert store.counts()["articles"] == before + 1  # seen by the owner's connection
        assert store.counts()["interactions"] > 0
