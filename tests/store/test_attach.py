"""Facts as Parquet files (analyst.store.rows) and a database of views over them
(analyst.store.attach): the same answers as a database holding the same articles."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest

from analyst.extract import extract_facts
from analyst.ingest import article_from_text
from analyst.model import (
    Article,
    Deadline,
    Evidence,
    Facts,
    FuzzyDate,
    Interaction,
    Participant,
    Tariff,
)
from analyst.store import (
    Filter,
    Store,
    StoreError,
    article_text,
    contact_counts,
    contact_pairs,
    countries,
    deadlines,
    evidence_for,
    fact_counts_by_day,
    facts_document,
    interactions,
    leaders,
    tariffs,
)
from analyst.store.attach import DEFAULT_NAME, attach_parquet, attachment, glob_literal
from analyst.store.rows import (
    COLUMNS,
    LAYOUT_TABLES,
    UNDATED,
    concat_rows,
    fact_rows,
    write_parquet_partition,
)

Pair = tuple[Article, Facts]
COUNTRIES = [
    ("CHN", "China", 39.9, 116.4),
    ("RUS", "Russia", 55.75, 37.6),
    ("USA", "United States", 38.9, -77.0),
    ("IND", "India", 28.6, 77.2),
]
T0 = datetime(2025, 9, 1, 12, 0, 0)


# --- articles: hand-made (conftest), real extraction, and merges of every kind -----------


def extracted() -> list[Pair]:
    """Three small articles run through the real extractor. They share the Xi–Putin call
    (participants in the other order), the Trump–Putin meeting (named in two, unnamed in
    the third) and its deadline."""
    texts = [
        (
            "Russia and the United States will meet in Alaska on August 15. Indian Prime "
            "Minister Narendra Modi will visit China in September.",
            date(2025, 8, 10),
        ),
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin spoke by phone "
            "on Friday. US President Donald Trump imposed 25 percent tariffs on India. Trump "
            "said he would meet Putin in Alaska on August 15.",
            date(2025, 8, 8),
        ),
        (
            "Russian President Vladimir Putin and Chinese President Xi Jinping held a phone "
            "call on Friday, the Kremlin said. Trump will meet Putin in Alaska on August 15. "
            "The EU announced new sanctions on Russia.",
            date(2025, 8, 9),
        ),
    ]
    out = []
    for n, (text, published) in enumerate(texts):
        a = article_from_text(text, title=f"Article {n}", source="Wire", published=published)
        out.append((a, extract_facts(a)))
    return out


def hand_merges() -> list[Pair]:
    """The writer's harder merges: participants named by country in another order, fields
    and a date filled by a later article, evidence from an earlier-published article."""

    def article(aid: str, published: date) -> Article:
        return Article(id=aid, text="Some text here.", sentences=(), published=published)

    def e(aid: str) -> tuple[Evidence, ...]:
        return (Evidence(aid, 0, 15, "Some text here."),)

    tariff = Tariff("t", "tariff", "USA", None, "threatened", e("x1"), actors=("Donald Trump",))
    deadline = Deadline("d", "Deadline", "ultimatum", None, e("x1"), setter="USA")
    talks = Interaction(
        "i",
        "talks",
        "planned",
        (Participant("USA", "Donald Trump"), Participant("RUS"), Participant("RUS")),
        e("x1"),
    )
    first = Facts(interactions=(talks,), tariffs=(tariff,), deadlines=(deadline,))
    later = Facts(
        interactions=(
            replace(
                talks,
                evidence=e("x2"),
                participants=(
                    Participant("RUS", "Vladimir Putin"),
                    Participant("USA"),
                    Participant("RUS", "Sergei Lavrov"),
                ),
            ),
        ),
        tariffs=(
            replace(
                tariff,
                evidence=e("x2"),
                target="IND",
                rate_pct=50.0,
                date=FuzzyDate.month(2025, 8),
                actors=("Scott Bessent", "Donald Trump"),
            ),
        ),
        deadlines=(replace(deadline, evidence=e("x2"), due=FuzzyDate.day(date(2025, 8, 8))),),
    )
    return [(article("x1", date(2025, 8, 9)), first), (article("x2", date(2025, 8, 7)), later)]


SETS: dict[str, Callable[[Pair, Pair], list[Pair]]] = {
    "hand-made": lambda a1, a2: [a1, a2],
    "hand-made, later first": lambda a1, a2: [a2, a1],
    "extracted": lambda a1, a2: extracted(),
    "merges": lambda a1, a2: hand_merges(),
}


def normal_store(pairs: Sequence[Pair]) -> Store:
    store = Store.memory()
    store.ensure_countries(COUNTRIES)
    for pair in pairs:
        assert store.add_article(*pair)
    return store


def write_parts(pairs: Sequence[Pair], out: Path, *, per_article: bool = True) -> None:
    """The articles' rows as Parquet, one part per article or all in one, in order (each
    stamped a minute after the one before, as a map step stamps them in turn)."""
    rows = [
        fact_rows(a, f, ingested_at=T0 + timedelta(minutes=n)) for n, (a, f) in enumerate(pairs)
    ]
    if per_article:
        for n, r in enumerate(rows):
            write_parquet_partition(r, out, f"part-{n:05d}")
    else:
        write_parquet_partition(concat_rows(rows), out, "part-00000")


def attached_store(pairs: Sequence[Pair], tmp_path: Path, **kwargs: Any) -> Store:
    out = tmp_path / "facts"
    write_parts(pairs, out, **kwargs)
    return Store.open(attach_parquet(out, countries=COUNTRIES))


FILTERS = [
    Filter(),
    Filter(countries=("RUS",)),
    Filter(countries=("CHN",), since=date(2025, 8, 1), until=date(2025, 8, 31)),
    Filter(leaders=("Vladimir Putin",)),
    Filter(kinds=frozenset({"meeting"}), statuses=frozenset({"planned"})),
]

QUERIES: dict[str, Callable[[Store, Filter], Any]] = {
    "interactions": interactions,
    "tariffs": tariffs,
    "deadlines": deadlines,
    "facts_document": facts_document,
    "leaders": leaders,
    "contact_counts": contact_counts,
    "contact_pairs": contact_pairs,
    "fact_counts_by_day": fact_counts_by_day,
}


def same(a: Any, b: Any) -> None:
    if isinstance(a, pl.DataFrame):
        assert a.columns == b.columns
        assert a.dtypes == b.dtypes
        assert a.to_dicts() == b.to_dicts()
    else:
        assert json.dumps(a, default=str, indent=1) == json.dumps(b, default=str, indent=1)


# --- fact_rows: what the store writes ----------------------------------------------------


def stored_rows(store: Store, table: str) -> list[dict[str, Any]]:
    columns = ", ".join(f'"{c}"' for c, _ in COLUMNS[table])
    return store.con.sql(f"SELECT {columns} FROM {table}").pl().to_dicts()


def key(row: dict[str, Any]) -> str:
    return json.dumps(row, default=str, sort_keys=True)


@pytest.mark.parametrize("which", ["a1", "a2", "extracted"])
def test_fact_rows_are_the_rows_the_store_writes(which: str, a1: Pair, a2: Pair) -> None:
    article, facts = {"a1": a1, "a2": a2}.get(which) or extracted()[1]
    with Store.memory() as store:
        store.add_article(article, facts)
        rows = fact_rows(article, facts)
        assert set(rows) == set(LAYOUT_TABLES)
        for table in LAYOUT_TABLES:
            want = stored_rows(store, table)
            got = [{c: r[c] for c, _ in COLUMNS[table]} for r in rows[table]]
            if table == "articles":
                for r in (*want, *got):
                    r.pop("ingested_at")
            assert sorted(map(key, got)) == sorted(map(key, want)), table


def test_columns_are_the_schema() -> None:
    with Store.memory() as store:
        for table, columns in COLUMNS.items():
            described = store.con.execute(f"DESCRIBE {table}").fetchall()
            assert [(str(r[0]), str(r[1])) for r in described] == list(columns), table


def test_repeated_ids_in_one_article_give_one_row(a1: Pair) -> None:
    article, facts = a1
    doubled = replace(facts, interactions=facts.interactions * 2, tariffs=facts.tariffs * 2)
    rows = fact_rows(article, doubled)
    assert len(rows["interactions"]) == 2 and len(rows["tariffs"]) == 1
    assert len(rows["evidence"]) == 4
    assert [r["n_evidence"] for r in rows["interactions"]] == [1, 1]


# --- the Parquet layout ------------------------------------------------------------------


def test_layout_is_partitioned_by_date(tmp_path: Path, a1: Pair, a2: Pair) -> None:
    rows = concat_rows(fact_rows(a, f) for a, f in (a1, a2))
    written = write_parquet_partition(rows, tmp_path, "part-7")
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert "interactions/year=2025/month=08/part-7.parquet" in names
    assert "interactions/year=2025/month=09/part-7.parquet" in names
    assert f"interactions/year={UNDATED}/month={UNDATED}/part-7.parquet" in names
    assert "deadlines/year=2025/month=01/part-7.parquet" in names  # "2025": Jan 1st .. Dec 31st
    assert "articles/year=2025/month=08/part-7.parquet" in names
    assert "evidence/part-7.parquet" in names
    assert "interaction_participants/part-7.parquet" in names
    assert not any("countries" in n for n in names)
    assert not list(tmp_path.rglob("*.tmp"))
    # actors: one row per name across the batch
    assert len(rows["actors"]) == len({r["name"] for r in rows["actors"]})
    i = duckdb.sql(
        f"SELECT * FROM read_parquet('{tmp_path}/interactions/**/*.parquet',"
        " hive_partitioning = true) ORDER BY id"
    ).pl()
    assert i.schema["countries"] == pl.List(pl.String)
    assert i.schema["date_start"] == pl.Date
    assert i.schema["n_evidence"] == pl.Int32


@pytest.mark.parametrize("name", ["", "a/b", "../x", ".hidden", "a b"])
def test_part_name_must_be_a_plain_name(tmp_path: Path, name: str, a1: Pair) -> None:
    with pytest.raises(ValueError):
        write_parquet_partition(fact_rows(*a1), tmp_path, name)


def test_unknown_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="countries"):
        write_parquet_partition({"countries": []}, tmp_path, "p")


# --- attached views: the same answers as an ordinary database ---------------------------


@pytest.mark.parametrize(
    ("name", "per_article"),
    [
        ("hand-made", True),
        ("hand-made, later first", False),
        ("extracted", True),
        ("extracted", False),
        ("merges", True),
        ("merges", False),
    ],
)
def test_attached_folder_answers_like_a_database(
    tmp_path: Path, name: str, per_article: bool, a1: Pair, a2: Pair
) -> None:
    pairs = SETS[name](a1, a2)
    with (
        normal_store(pairs) as want,
        attached_store(pairs, tmp_path, per_article=per_article) as got,
    ):
        assert got.attached and got.read_only
        assert got.counts() == want.counts()
        for f in FILTERS:
            for query_name, query in QUERIES.items():
                try:
                    same(query(got, f), query(want, f))
                except AssertionError as e:
                    raise AssertionError(f"{query_name} {f.describe()}: {e}") from None
        same(countries(got), countries(want))
        same(got.articles().drop("ingested_at"), want.articles().drop("ingested_at"))
        for fact_id in interactions(want, Filter())["id"]:
            same(evidence_for(got, fact_id), evidence_for(want, fact_id))
        for article, _ in pairs:
            assert article_text(got, article.id) == article_text(want, article.id)


def test_merged_facts_are_merged_as_the_writer_merges_them(tmp_path: Path) -> None:
    with attached_store(hand_merges(), tmp_path) as store:
        i = interactions(store, Filter()).row(0, named=True)
        assert i["people"] == ["Donald Trump", "Vladimir Putin", "Sergei Lavrov"]
        assert i["countries"] == ["USA", "RUS"]
        t = tariffs(store, Filter()).row(0, named=True)
        assert (t["target"], t["rate_pct"], t["date"]) == ("IND", 50.0, "2025-08")
        assert (t["n_evidence"], t["article_id"]) == (2, "x2")
        info = attachment(store)
        assert info is not None
        merged = {t.table: t.merged for t in info.tables}
        assert merged["interactions"] == merged["tariffs"] == merged["deadlines"] == 1


def test_attached_store_is_read_only(tmp_path: Path, a1: Pair, a2: Pair) -> None:
    with attached_store([a1], tmp_path) as store:
        assert store.read_only and store.attached
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(*a2)
        with pytest.raises(StoreError, match="read-only"):
            store.ensure_countries(COUNTRIES)
    with Store.open(tmp_path / "facts" / DEFAULT_NAME, read_only=True) as again:
        assert again.attached and len(interactions(again, Filter())) == 2


def test_missing_table_folders_are_empty_views(tmp_path: Path, a1: Pair, a2: Pair) -> None:
    out = tmp_path / "facts"
    write_parts([a1, a2], out)
    for gone in ("deadlines", "fact_actors", "article_actors"):
        for f in sorted((out / gone).rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
        (out / gone).rmdir()
    (out / "evidence").rename(out / "evidence-elsewhere")
    (out / "evidence").mkdir()  # a folder without files is missing too
    with Store.open(attach_parquet(out)) as store:
        counts = store.counts()
        assert counts["deadlines"] == counts["fact_actors"] == counts["evidence"] == 0
        assert counts["interactions"] == 3 and counts["countries"] == 0
        assert deadlines(store, Filter(countries=("RUS",))).is_empty()
        assert len(interactions(store, Filter(countries=("RUS",)))) == 3
        assert leaders(store, Filter())["mentions"].sum() == 0
        assert interactions(store, Filter(leaders=("Vladimir Putin",))).is_empty()
        assert store.con.execute("DESCRIBE deadlines").fetchall()[3][1] == "DATE"
        doc = facts_document(store, Filter())
        assert doc["deadlines"] == [] and len(doc["tariffs"]) == 3


def test_a_column_no_file_has_reads_as_null(tmp_path: Path, a1: Pair) -> None:
    out = tmp_path / "facts"
    write_parquet_partition(fact_rows(*a1), out, "p")
    tariffs_file = next((out / "tariffs").rglob("*.parquet"))
    table = pq.read_table(tariffs_file)
    pq.write_table(table.drop_columns(["scope"]), tariffs_file)  # an older writer
    with Store.open(attach_parquet(out)) as store:
        assert tariffs(store, Filter())["scope"].to_list() == [None]


@pytest.mark.parametrize("folder", ["team's facts", "[x] *a?b {c} ü"])
def test_folder_names_with_quotes_and_glob_characters(
    tmp_path: Path, folder: str, a1: Pair, a2: Pair
) -> None:
    out = tmp_path / folder / "facts"
    write_parts([a1, a2], out)
    write_parts([a1], tmp_path / "x" / "facts")  # what "[x]" would match as a glob
    db = attach_parquet(out, tmp_path / f"{folder}.duckdb")
    russia = Filter(countries=("RUS",))
    with Store.open(db) as store, normal_store([a1, a2]) as want:
        same(interactions(store, russia), interactions(want, russia))
        assert store.counts()["articles"] == 2
    assert "''" in glob_literal(tmp_path / "it's", "evidence")


def test_not_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    file = tmp_path / "facts.parquet"
    file.write_bytes(b"PAR1")
    with pytest.raises(StoreError, match=r"facts\.parquet: cannot attach \(not a folder\)"):
        attach_parquet(file)
    with pytest.raises(StoreError, match=r"missing: cannot attach \(no such folder\)"):
        attach_parquet(tmp_path / "missing")
    with pytest.raises(StoreError, match="no such folder"):
        attach_parquet(tmp_path, tmp_path / "nowhere" / "x.duckdb")


def test_an_ordinary_database_is_never_replaced(tmp_path: Path, a1: Pair, a2: Pair) -> None:
    out = tmp_path / "facts"
    write_parts([a1], out)
    db = tmp_path / "mine.duckdb"
    with Store.open(db) as store:
        store.add_article(*a2)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="facts of its own"):
        attach_parquet(out, db)
    text = tmp_path / "notes.txt"
    text.write_text("notes")
    with pytest.raises(StoreError, match="not a database of attached Parquet files"):
        attach_parquet(out, text)
    assert db.read_bytes() == before and text.read_text() == "notes"


_READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
sys.stdin.readline()
print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
"""


def test_attaching_again_sees_new_files_and_merges(tmp_path: Path, a1: Pair, a2: Pair) -> None:
    out = tmp_path / "facts"
    write_parquet_partition(fact_rows(*a1, ingested_at=T0), out, "part-a")
    db = attach_parquet(out, countries=COUNTRIES)
    # a dashboard in another process keeps reading the database meanwhile
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "1"
        later = T0 + timedelta(minutes=1)
        write_parquet_partition(fact_rows(*a2, ingested_at=later), out, "part-b")
        assert attach_parquet(out, countries=COUNTRIES) == db
        with Store.open(db) as store, normal_store([a1, a2]) as want:
            assert store.counts() == want.counts()
            same(interactions(store, Filter()), interactions(want, Filter()))
        # the reader still has the database it opened, whole (new files, old merges)
        assert reader.communicate("\n", timeout=60)[0].strip() == "2"
    finally:
        if reader.poll() is None:
            reader.kill()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".tmp", ".tmp.wal"))]
