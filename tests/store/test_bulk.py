"""Bulk import of GDELT fact rows: whole frames in one transaction, each event stored once,
rows shaped as the article writer shapes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest
from contacts_check import contact_mismatches

from analyst.store import (
    Filter,
    Store,
    StoreError,
    bulk,
    contact_counts,
    evidence_for,
    facts_document,
    interactions,
    tariffs,
)
from analyst.store.bulk import GDELT_COLUMNS, add_gdelt_events

DAY = date(2025, 8, 8)


def fact(
    id: str,
    fact: str,
    kind: str,
    status: str,
    a: str,
    b: str,
    *,
    names: tuple[str | None, str | None] = (None, None),
    location: str | None = None,
    url: str = "https://example.com/1",
) -> dict[str, object]:
    return {
        "id": id,
        "fact": fact,
        "kind": kind,
        "status": status,
        "country_a": a,
        "country_b": b,
        "name_a": names[0],
        "name_b": names[1],
        "location": location,
        "day": DAY,
        "article_id": "url-" + url.rsplit("/", 1)[-1],
        "url": url,
        "source": "example.com",
        "published": DAY,
    }


def frame(*rows: dict[str, object]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=GDELT_COLUMNS)


CALL = fact("gdelt:1", "interaction", "call", "occurred", "RUS", "CHN",
            names=("Vladimir Putin", "Xi Jinping"))  # fmt: skip
VISIT = fact("gdelt:2", "interaction", "visit", "occurred", "USA", "IND", location="IND",
             url="https://example.com/2")  # fmt: skip
SANCTION = fact("gdelt:3", "tariff", "sanction", "threatened", "USA", "VEN",
                names=("Donald Trump", None))  # fmt: skip


@pytest.fixture
def empty():
    with Store.memory() as s:
        yield s


def test_rows_and_derived_columns(empty):
    counts = add_gdelt_events(empty, frame(CALL, VISIT, SANCTION), path="/data/x.export.CSV")
    assert counts == {"interactions": 2, "sanctions": 1, "already_stored": 0, "articles": 2,
                      "people": 3}  # fmt: skip
    assert contact_mismatches(empty) == []
    rows = {r["id"]: r for r in interactions(empty, Filter()).iter_rows(named=True)}
    call = rows["gdelt:1"]
    assert call["countries"] == ["RUS", "CHN"]
    assert call["people"] == ["Vladimir Putin", "Xi Jinping"]
    assert (call["date_start"], call["date_end"], call["date_precision"]) == (DAY, DAY, "day")
    assert call["n_evidence"] == 1 and call["article_id"] == "url-1"
    assert rows["gdelt:2"]["location"] == "IND" and rows["gdelt:2"]["people"] == []
    (sanction,) = tariffs(empty, Filter()).iter_rows(named=True)
    assert (sanction["imposer"], sanction["target"], sanction["status"]) == (
        "USA",
        "VEN",
        "threatened",
    )
    assert sanction["people"] == ["Donald Trump"] and sanction["rate_pct"] is None
    participants = empty.con.execute(
        "SELECT interaction_id, position, country, actor_name FROM interaction_participants"
        " ORDER BY 1, 2"
    ).fetchall()
    assert participants == [
        ("gdelt:1", 0, "RUS", "Vladimir Putin"),
        ("gdelt:1", 1, "CHN", "Xi Jinping"),
        ("gdelt:2", 0, "USA", None),
        ("gdelt:2", 1, "IND", None),
    ]
    article = empty.article("url-1")
    assert article is not None
    assert article["text"] == article["url"] == "https://example.com/1"
    assert article["path"] == "/data/x.export.CSV" and article["published"] == DAY


def test_the_same_event_is_never_stored_twice(empty):
    add_gdelt_events(empty, frame(CALL, VISIT))
    counts = empty.counts()
    again = add_gdelt_events(empty, frame(CALL, VISIT, CALL))
    assert again["interactions"] == 0 and again["already_stored"] == 2
    assert empty.counts() == counts
    assert contact_mismatches(empty) == []


def test_a_repeated_id_within_a_frame_is_written_once(empty):
    counts = add_gdelt_events(empty, frame(CALL, CALL, VISIT))
    assert counts["interactions"] == 2
    assert empty.counts()["evidence"] == 2
    assert contact_mismatches(empty) == []


def test_an_article_already_stored_is_not_written_again(empty):
    add_gdelt_events(empty, frame(CALL))
    later = fact("gdelt:9", "interaction", "talks", "occurred", "FRA", "DEU")  # same URL
    counts = add_gdelt_events(empty, frame(later))
    assert counts["articles"] == 0 and counts["interactions"] == 1
    assert list(evidence_for(empty, "gdelt:9")["article_id"]) == ["url-1"]


def test_gdelt_facts_sit_beside_article_facts(store):
    before = len(interactions(store, Filter()))
    add_gdelt_events(store, frame(CALL, SANCTION))
    assert len(interactions(store, Filter())) == before + 1
    doc = facts_document(store, Filter(countries=("VEN",)))
    assert [t["id"] for t in doc["tariffs"]] == ["gdelt:3"]
    assert doc["tariffs"][0]["evidence"] == [
        {"article_id": "url-1", "start": 0, "end": 0, "sentence": "https://example.com/1"}
    ]
    counts = dict(contact_counts(store, Filter()).iter_rows())
    assert counts["CHN"] >= 2  # the article's call and GDELT's
    # GDELT's call falls in the group of the article's (same day, kind, countries, people)
    assert contact_mismatches(store) == []
    assert store.con.execute("SELECT max(n) FROM contact_days").fetchall() == [(2,)]


def test_an_empty_frame_changes_nothing(empty):
    counts = empty.counts()
    assert add_gdelt_events(empty, frame())["interactions"] == 0
    assert empty.counts() == counts


def test_a_frame_without_the_columns_is_refused(empty):
    with pytest.raises(ValueError, match="lacks columns: url"):
        add_gdelt_events(empty, frame(CALL).drop("url"))


def test_a_failing_import_writes_nothing(empty, monkeypatch):
    add_gdelt_events(empty, frame(CALL))
    counts = empty.counts()
    broken = list(bulk._STATEMENTS)
    broken[-1] = "INSERT INTO no_such_table VALUES (1)"
    monkeypatch.setattr(bulk, "_STATEMENTS", tuple(broken))
    with pytest.raises(duckdb.Error):
        add_gdelt_events(empty, frame(VISIT, SANCTION))
    assert empty.counts() == counts
    assert contact_mismatches(empty) == []
    monkeypatch.undo()
    assert add_gdelt_events(empty, frame(VISIT, SANCTION))["interactions"] == 1


def test_a_read_only_store_is_refused(tmp_path: Path):
    path = tmp_path / "a.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        add_gdelt_events(s, frame(CALL))


def test_duckdb_keeps_its_progress_bar_setting(empty):
    empty.con.execute("SET enable_progress_bar = true")
    add_gdelt_events(empty, frame(CALL))
    setting = empty.con.execute("SELECT current_setting('enable_progress_bar')").fetchall()
    assert setting == [(True,)]
