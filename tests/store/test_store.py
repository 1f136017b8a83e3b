"""Store: adding articles in one transaction, merging facts, and opening files safely."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest
from contacts_check import contact_mismatches

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
    countries,
    deadlines,
    interactions,
    schema,
    tariffs,
)
from analyst.store import _writer as writer


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


# --- adding articles ---------------------------------------------------------------------


def test_add_article_stores_everything(
    empty: Store, a1: tuple[Article, Facts], a2: tuple[Article, Facts]
) -> None:
    assert empty.add_article(*a1) is True
    assert empty.counts() == {
        "articles": 1,
        "countries": 0,
        "actors": 3,
        "article_actors": 3,
        "interactions": 2,
        "interaction_participants": 4,
        "tariffs": 1,
        "deadlines": 1,
        "fact_actors": 5,
        "evidence": 4,
    }
    assert empty.has_article("a1")
    assert not empty.has_article("a2")
    stored = empty.article("a1")
    assert stored is not None
    assert stored["text"] == a1[0].text
    assert stored["published"] == date(2025, 8, 8)
    assert stored["title"] == "Xi and Putin speak by phone"
    assert empty.article("nope") is None


def test_adding_the_same_article_twice_changes_nothing(
    empty: Store, a1: tuple[Article, Facts]
) -> None:
    assert empty.add_article(*a1)
    before = empty.counts()
    assert empty.add_article(*a1) is False
    assert empty.counts() == before


def test_articles_frame(store: Store) -> None:
    df = store.articles()
    assert df["id"].to_list() == ["a1", "a2"]
    assert {"id", "title", "source", "url", "published", "path", "ingested_at"} <= set(df.columns)
    assert "text" not in df.columns
    assert df["n_evidence"].to_list() == [4, 5]


def test_shared_fact_merges_evidence_and_fills_missing_fields(store: Store) -> None:
    counts = store.counts()
    assert counts["interactions"] == 3  # call, meeting (shared), visit
    meet = interactions(store, Filter()).filter(id="i-meet").row(0, named=True)
    assert meet["n_evidence"] == 2
    # article 1 gave no date, place or name for Russia's side; article 2 filled them
    assert meet["date"] == "2025-08-15"
    assert meet["location"] == "USA"
    assert meet["people"] == ["Donald Trump", "Vladimir Putin"]
    assert meet["countries"] == ["USA", "RUS"]
    # the first evidence is from the earlier article
    assert meet["article_id"] == "a1"


def test_merge_never_overwrites_known_fields(empty: Store, a1: tuple[Article, Facts]) -> None:
    empty.add_article(*a1)
    facts = a1[1]
    call = facts.interactions[0]
    changed = Article(id="a3", text="Another text.", sentences=(), published=date(2025, 8, 9))
    other = type(call)(
        id=call.id,
        kind=call.kind,
        status=call.status,
        participants=call.participants,
        evidence=(),
        initiator="CHN",
        date=None,
        location="Beijing",
    )
    assert empty.add_article(changed, Facts(interactions=(other,)))
    row = interactions(empty, Filter()).filter(id=call.id).row(0, named=True)
    assert row["initiator"] == "RUS"  # kept
    assert row["date"] == "2025-08-08"  # kept, not cleared by the undated report
    assert row["location"] == "Beijing"  # was NULL: filled


def _derived_mismatches(store: Store) -> list[tuple[object, ...]]:
    """Fact rows whose derived columns differ from a recomputation from the truth tables,
    and interaction counts by group that differ from a recount."""
    first = (
        "first(e.article_id ORDER BY a.published NULLS LAST, a.ingested_at, e.article_id, e.start)"
    )
    ev = f"""(SELECT e.fact_id, count(*) AS n, {first} AS first_id
              FROM evidence e LEFT JOIN articles a ON a.id = e.article_id GROUP BY 1)"""
    fa = """(SELECT fact_id, list(actor_name ORDER BY actor_name) AS people
             FROM fact_actors GROUP BY 1)"""
    pp = """(SELECT interaction_id,
                    list_distinct_ordered(list(country ORDER BY position)) AS countries,
                    coalesce(list(actor_name ORDER BY position)
                        FILTER (WHERE actor_name IS NOT NULL), []) AS people
             FROM interaction_participants GROUP BY 1)"""
    store.con.execute(
        "CREATE OR REPLACE TEMP MACRO list_distinct_ordered(l) AS"
        " list_filter(l, lambda x, k: list_position(l, x) = k)"
    )
    return store.con.execute(
        f"""
        SELECT 'i', i.id FROM interactions i
        LEFT JOIN {ev} ev ON ev.fact_id = i.id LEFT JOIN {pp} p ON p.interaction_id = i.id
        WHERE i.n_evidence IS DISTINCT FROM coalesce(ev.n, 0)
           OR i.first_article_id IS DISTINCT FROM ev.first_id
           OR i.countries IS DISTINCT FROM coalesce(p.countries, [])
           OR i.people IS DISTINCT FROM coalesce(p.people, [])
        UNION ALL
        SELECT 't', t.id FROM tariffs t
        LEFT JOIN {ev} ev ON ev.fact_id = t.id LEFT JOIN {fa} f ON f.fact_id = t.id
        WHERE t.n_evidence IS DISTINCT FROM coalesce(ev.n, 0)
           OR t.first_article_id IS DISTINCT FROM ev.first_id
           OR t.people IS DISTINCT FROM coalesce(f.people, [])
        UNION ALL
        SELECT 'd', d.id FROM deadlines d
        LEFT JOIN {ev} ev ON ev.fact_id = d.id LEFT JOIN {fa} f ON f.fact_id = d.id
        WHERE d.n_evidence IS DISTINCT FROM coalesce(ev.n, 0)
           OR d.first_article_id IS DISTINCT FROM ev.first_id
           OR d.people IS DISTINCT FROM coalesce(f.people, [])
        """
    ).fetchall() + contact_mismatches(store)


@pytest.mark.parametrize("order", ["a1 first", "a2 first"])
def test_derived_columns_follow_merges(
    empty: Store, a1: tuple[Article, Facts], a2: tuple[Article, Facts], order: str
) -> None:
    pairs = [a1, a2] if order == "a1 first" else [a2, a1]
    for pair in pairs:
        assert empty.add_article(*pair)
        assert _derived_mismatches(empty) == []
    meet = interactions(empty, Filter()).filter(id="i-meet").row(0, named=True)
    # whichever came first, the earlier-published article is the first evidence
    assert meet["article_id"] == "a1"
    assert meet["n_evidence"] == 2
    assert meet["people"] == ["Donald Trump", "Vladimir Putin"]


def _add_citing(empty: Store, a1: tuple[Article, Facts]) -> Facts:
    """Adds article 1 with its call also citing a sentence of "a0", an article not stored."""
    article, facts = a1
    call = facts.interactions[0]
    quoted = Evidence("a0", 5, 20, "An earlier report.")
    cited = Facts(interactions=(replace(call, evidence=(*call.evidence, quoted)),))
    assert empty.add_article(article, cited)
    assert _derived_mismatches(empty) == []
    row = interactions(empty, Filter()).row(0, named=True)
    assert row["n_evidence"] == 2
    # a0 is not stored (no publication date known): the stored article comes first
    assert row["article_id"] == "a1"
    return cited


def test_evidence_citing_another_article(empty: Store, a1: tuple[Article, Facts]) -> None:
    _add_citing(empty, a1)


@pytest.mark.parametrize("repeats_the_fact", [True, False])
def test_cited_article_stored_later(
    empty: Store, a1: tuple[Article, Facts], repeats_the_fact: bool
) -> None:
    cited = _add_citing(empty, a1)
    call = cited.interactions[0]
    a0 = Article(id="a0", text="x" * 30, sentences=(), published=date(2025, 8, 1))
    facts = Facts(interactions=(replace(call, evidence=call.evidence[1:]),))
    assert empty.add_article(a0, facts if repeats_the_fact else Facts())
    assert _derived_mismatches(empty) == []
    row = interactions(empty, Filter()).row(0, named=True)
    assert row["n_evidence"] == 2  # the same sentence is not counted twice
    assert row["article_id"] == "a0"  # now known to be the earliest


def test_merging_tariffs_deadlines_and_participants(empty: Store) -> None:
    def article(aid: str, published: date) -> Article:
        return Article(id=aid, text="Some text here.", sentences=(), published=published)

    def e(aid: str) -> tuple[Evidence, ...]:
        return (Evidence(aid, 0, 15, "Some text here."),)

    tariff = Tariff("t", "tariff", "USA", None, "threatened", e("x1"), actors=("Donald Trump",))
    deadline = Deadline("d", "Deadline", "ultimatum", None, e("x1"), setter="USA")
    talks = Interaction(
        "i", "talks", "planned", (Participant("USA", "Donald Trump"), Participant("RUS")), e("x1")
    )
    assert empty.add_article(
        article("x1", date(2025, 8, 9)),
        Facts(interactions=(talks,), tariffs=(tariff,), deadlines=(deadline,)),
    )
    later = Facts(
        interactions=(
            replace(
                talks,
                evidence=e("x2"),
                # the other order: Russia's side is named by country, not position
                participants=(Participant("RUS", "Vladimir Putin"), Participant("USA")),
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
    assert empty.add_article(article("x2", date(2025, 8, 7)), later)  # published earlier
    assert _derived_mismatches(empty) == []

    t = tariffs(empty, Filter()).row(0, named=True)
    assert (t["target"], t["rate_pct"], t["date"]) == ("IND", 50.0, "2025-08")
    assert t["people"] == ["Donald Trump", "Scott Bessent"]
    assert (t["n_evidence"], t["article_id"]) == (2, "x2")
    d = deadlines(empty, Filter()).row(0, named=True)
    assert (d["due"], d["n_evidence"], d["article_id"]) == ("2025-08-08", 2, "x2")
    i = interactions(empty, Filter()).row(0, named=True)
    assert i["people"] == ["Donald Trump", "Vladimir Putin"]
    assert i["countries"] == ["USA", "RUS"]
    assert tariffs(empty, Filter(leaders=("Scott Bessent",)))["id"].to_list() == ["t"]
    assert empty.counts()["fact_actors"] == 4


def test_duplicate_ids_within_one_article_are_merged(
    empty: Store, a1: tuple[Article, Facts]
) -> None:
    article, facts = a1
    doubled = Facts(
        leaders=facts.leaders + facts.leaders,
        interactions=facts.interactions + facts.interactions,
        tariffs=facts.tariffs + facts.tariffs,
        deadlines=facts.deadlines + facts.deadlines,
    )
    assert empty.add_article(article, doubled)
    assert empty.counts()["interactions"] == 2
    assert empty.counts()["evidence"] == 4


def test_failure_midway_rolls_everything_back(
    empty: Store,
    a1: tuple[Article, Facts],
    a2: tuple[Article, Facts],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert empty.add_article(*a1)
    before = empty.counts()

    def boom(*args: object) -> None:
        raise RuntimeError("disk on fire")

    # Fails after the article, its actors and its interactions (incl. the shared meeting's
    # new evidence and filled date) have been written.
    monkeypatch.setattr(writer, "_insert_tariffs", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        empty.add_article(*a2)
    assert empty.counts() == before
    assert not empty.has_article("a2")
    meet = interactions(empty, Filter()).filter(id="i-meet").row(0, named=True)
    assert meet["date"] is None and meet["n_evidence"] == 1

    monkeypatch.undo()
    assert empty.add_article(*a2)  # the connection is usable again afterwards
    assert empty.counts()["articles"] == 2


def test_failure_right_after_the_article_row(
    empty: Store, a1: tuple[Article, Facts], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise ValueError("bad actor")

    monkeypatch.setattr(writer, "_insert_actors", boom)
    with pytest.raises(ValueError):
        empty.add_article(*a1)
    assert not empty.has_article("a1")
    assert set(empty.counts().values()) == {0}


def test_ensure_countries(empty: Store) -> None:
    assert empty.ensure_countries([("RUS", "Russia", 55.75, 37.62), ("CHN", "China", 39.9, 116.4)])
    empty.ensure_countries([("RUS", "Russian Federation", 55.75, 37.62)])
    df = countries(empty)
    assert df["iso3"].to_list() == ["CHN", "RUS"]
    assert df.filter(iso3="RUS")["name"].item() == "Russian Federation"


def test_closed_store_says_so(a1: tuple[Article, Facts]) -> None:
    s = Store.memory()
    s.close()
    s.close()  # twice is harmless
    with pytest.raises(StoreError, match="closed"):
        s.has_article("a1")


# --- opening files -----------------------------------------------------------------------


def test_new_file_gets_schema_version_and_reopening_does_not_migrate_again(
    tmp_path: Path, a1: tuple[Article, Facts]
) -> None:
    path = tmp_path / "facts.duckdb"
    with Store.open(path) as s:
        assert s.schema_version() == schema.current_version() == 3
        s.add_article(*a1)
    with Store.open(str(path)) as s:
        rows = s.con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        assert rows == [(1,), (2,), (3,)]
        assert s.has_article("a1")


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    path.write_text("these are my notes, not a database\n" * 50)
    digest = _digest(path)
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert str(err.value) == f"{path}: not an analyst database (not a DuckDB file)"
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.duckdb"]


def test_empty_file_and_folder_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    path.touch()
    with pytest.raises(StoreError, match="empty file"):
        Store.open(path)
    assert path.read_bytes() == b""
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_duckdb_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (day DATE, amount DOUBLE)")
    con.execute("INSERT INTO sales VALUES ('2025-01-01', 3.5)")
    con.close()
    digest, mtime = _digest(path), path.stat().st_mtime_ns
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert str(err.value).startswith(f"{path}: not an analyst database (")
    assert "another program" in str(err.value) and "sales" in str(err.value)
    with pytest.raises(StoreError, match="another program"):
        Store.open(path, read_only=True)
    assert _digest(path) == digest
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.duckdb"]


def test_empty_duckdb_file_becomes_an_analyst_database(tmp_path: Path) -> None:
    path = tmp_path / "blank.duckdb"
    duckdb.connect(str(path)).close()
    with Store.open(path) as s:
        assert s.schema_version() == schema.current_version()


def test_missing_file_or_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()
    with pytest.raises(StoreError, match="no such folder"):
        Store.open(tmp_path / "nowhere" / "facts.duckdb")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (7, current_timestamp)")
    con.close()
    digest = _digest(path)
    with pytest.raises(StoreError, match="newer analyst"):
        Store.open(path)
    assert _digest(path) == digest


def _next(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("ALTER TABLE articles ADD COLUMN language VARCHAR")
    con.execute("UPDATE articles SET language = 'en'")


def test_older_schema_is_migrated(
    tmp_path: Path, a1: tuple[Article, Facts], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    with Store.open(path) as s:  # written by "the previous release"
        s.add_article(*a1)
    old = schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, _next))
    with pytest.raises(StoreError, match="needs upgrading"):
        Store.open(path, read_only=True)
    with Store.open(path) as s:
        assert s.schema_version() == old + 1
        versions = s.con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        assert versions == [(v,) for v in range(1, old + 2)]
        language = s.con.execute("SELECT language FROM articles").fetchall()
        assert language == [("en",)]
    with Store.open(path, read_only=True) as s:
        assert s.schema_version() == old + 1


def test_version_zero_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v0.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    con.close()
    with Store.open(path) as s:
        assert s.schema_version() == schema.current_version()
        assert s.counts()["articles"] == 0


def test_failing_migration_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    Store.open(path).close()

    def broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, _next, broken))
    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path) as s:
        assert s.schema_version() == schema.current_version()
        assert "half_done" not in schema.user_tables(s.con)
        assert "language" not in s.articles().columns


def test_read_only_reads_and_refuses_writes(
    tmp_path: Path, a1: tuple[Article, Facts], a2: tuple[Article, Facts]
) -> None:
    path = tmp_path / "facts.duckdb"
    with Store.open(path) as s:
        s.add_article(*a1)
    digest = _digest(path)
    with Store.open(path, read_only=True) as s:
        assert s.read_only
        assert s.has_article("a1")
        assert interactions(s, Filter()).height == 2
        with pytest.raises(StoreError, match="read-only, cannot add articles"):
            s.add_article(*a2)
        with pytest.raises(StoreError, match="read-only"):
            s.ensure_countries([("RUS", "Russia", 0.0, 0.0)])
    assert _digest(path) == digest


def test_same_file_opened_twice_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "facts.duckdb"
    with Store.open(path) as first, Store.open(path) as second:
        assert second.schema_version() == first.schema_version() == schema.current_version()
    with (
        Store.open(path, read_only=True),
        pytest.raises(StoreError, match="already open in this program"),
    ):
        Store.open(path)


_HOLDER = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


Holder = tuple[Path, Callable[[str], None]]


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    """A database and a function that makes another process hold it open."""
    path = tmp_path / "busy.duckdb"
    Store.open(path).close()
    procs: list[subprocess.Popen[str]] = []

    def hold(mode: str) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"

    yield path, hold
    for proc in procs:
        proc.communicate("\n", timeout=30)


def test_file_held_by_another_program(holder: Holder) -> None:
    path, hold = holder
    hold("rw")
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.in_use
    assert not err.value.read_only_possible
    assert "in use by another program" in str(err.value)
    assert str(err.value).startswith(str(path))


def test_file_read_by_another_program_can_be_opened_read_only(
    holder: Holder,
) -> None:
    path, hold = holder
    hold("ro")
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert err.value.in_use and err.value.read_only_possible
    with Store.open(path, read_only=True) as s:  # the caller's choice of fallback
        assert s.schema_version() == schema.current_version()
