"""Interactions counted by group (analyst.store.contacts): kept right by every write, and
every query that reads them answers as counting the interactions themselves does."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
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
    contact_counts,
    contact_counts_and_pairs,
    contact_pairs,
    fact_counts,
    fact_counts_by_day,
    interaction_count,
    involved_leaders,
    leaders,
    schema,
)
from analyst.store import contacts as contacts_module

PEOPLE = {
    "USA": ("Donald Trump", "Marco Rubio"),
    "RUS": ("Vladimir Putin", "Sergey Lavrov"),
    "CHN": ("Xi Jinping",),
    "IND": ("Narendra Modi",),
    "FRA": ("Emmanuel Macron",),
    "UKR": (),
}
COUNTRIES = tuple(PEOPLE)
KINDS = ("call", "meeting", "talks", "visit")
STATUSES = ("occurred", "planned", "expected", "cancelled")
TEXT = "One sentence here. Another one there. A third one too."


def _date(rng: random.Random) -> FuzzyDate | None:
    day = date(2025, 8, 1) + timedelta(days=rng.randrange(40))
    return rng.choice(
        [None, FuzzyDate.day(day), FuzzyDate.month(day.year, day.month), FuzzyDate.year(2025)]
    )


def random_articles(seed: int, n: int) -> list[tuple[Article, Facts]]:
    """``n`` articles whose facts often repeat one another's (a pool of a dozen interaction
    ids): later ones name unnamed participants, date undated facts, add people, cite
    articles stored before or after them, and repeat a fact within one article."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        aid = f"r{k}"
        published = None if rng.random() < 0.15 else date(2025, 8, 1) + timedelta(days=k)
        article = Article(id=aid, text=TEXT, sentences=(), published=published)

        def evidence(rng: random.Random = rng, aid: str = aid) -> tuple[Evidence, ...]:
            own = Evidence(aid, 0, 18, "One sentence here.")
            if rng.random() < 0.15:  # also cites another article (stored or not yet)
                other = f"r{rng.randrange(n)}"
                return (own, Evidence(other, 19, 37, "Another one there."))
            return (own,)

        interactions = []
        for _ in range(rng.randrange(1, 5)):
            number = rng.randrange(12)
            pick = random.Random(number)  # an id's countries, kind and status stay put
            countries = pick.sample(COUNTRIES, 2 + (number % 5 == 0))
            participants = tuple(
                Participant(c, rng.choice(PEOPLE[c]) if PEOPLE[c] and rng.random() < 0.6 else None)
                for c in countries
            )
            interactions.append(
                Interaction(
                    id=f"i{number}",
                    kind=pick.choice(KINDS),
                    status=pick.choice(STATUSES),
                    participants=participants,
                    evidence=evidence(),
                    date=_date(rng),
                )
            )
        if rng.random() < 0.2 and interactions:  # the same fact twice in one article
            interactions.append(replace(interactions[0], evidence=evidence()))
        tariffs = tuple(
            Tariff(
                id=f"t{rng.randrange(4)}",
                measure=rng.choice(("tariff", "sanction")),
                imposer="USA",
                target=rng.choice(("CHN", "IND", "RUS")),
                status="threatened",
                evidence=evidence(),
                date=_date(rng),
                actors=tuple(rng.sample(PEOPLE["USA"], rng.randrange(3))),
            )
            for _ in range(rng.randrange(2))
        )
        deadlines = tuple(
            Deadline(
                id=f"d{rng.randrange(3)}",
                label="A deadline",
                kind=rng.choice(("ultimatum", "meeting")),
                due=_date(rng),
                evidence=evidence(),
                setter="USA",
                subject=rng.choice(("RUS", "UKR")),
                actors=tuple(rng.sample(PEOPLE["RUS"], rng.randrange(2))),
            )
            for _ in range(rng.randrange(2))
        )
        facts = Facts(
            articles=(article,),
            interactions=tuple(interactions),
            tariffs=tariffs,
            deadlines=deadlines,
        )
        out.append((article, facts))
    return out


def _filled() -> Iterator[Store]:
    with Store.memory() as store:
        for article, facts in random_articles(7, 30):
            assert store.add_article(article, facts)
        yield store


#: For tests that write (function scope) and tests that only read (one per module).
filled = pytest.fixture(_filled)
shared = pytest.fixture(scope="module")(_filled)


@pytest.mark.parametrize("seed", [1, 2])
def test_counts_stay_right_after_every_article(seed: int) -> None:
    with Store.memory() as store:
        for k, (article, facts) in enumerate(random_articles(seed, 30)):
            assert store.add_article(article, facts)
            assert contact_mismatches(store) == [], f"after article {k}"
        for table in ("contact_days", "contact_months"):
            n = store.con.execute(f"SELECT sum(n) FROM {table}").fetchall()[0][0]
            assert n == store.counts()["interactions"] <= 12


def test_an_article_added_again_changes_no_count(filled: Store) -> None:
    before = filled.con.execute("SELECT * FROM contact_days ORDER BY key").fetchall()
    article, facts = random_articles(7, 30)[3]
    assert not filled.add_article(article, facts)
    assert filled.con.execute("SELECT * FROM contact_days ORDER BY key").fetchall() == before


def test_a_failing_write_leaves_the_counts_as_they_were(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = ("contact_days", "contact_groups", "contact_months")
    before = {t: filled.con.execute(f"SELECT * FROM {t} ORDER BY key").fetchall() for t in tables}
    real = contacts_module._apply_days

    def half(*args: Any) -> None:
        real(*args)
        raise RuntimeError("power cut")

    monkeypatch.setattr(contacts_module, "_apply_days", half)
    article, facts = random_articles(8, 1)[0]
    new = replace(facts, interactions=tuple(replace(i, id="new") for i in facts.interactions))
    with pytest.raises(RuntimeError, match="power cut"):
        filled.add_article(replace(article, id="new"), new)
    after = {t: filled.con.execute(f"SELECT * FROM {t} ORDER BY key").fetchall() for t in tables}
    assert after == before
    assert contact_mismatches(filled) == []


def test_the_checker_sees_a_stale_count(filled: Store) -> None:
    """Writing an interaction behind the writers' back leaves the counts stale: the check
    every other test relies on notices."""
    filled.con.execute(
        "INSERT INTO interactions (id, kind, status, countries) VALUES ('x', 'call', 'occurred',"
        " ['FRA', 'USA'])"
    )
    found = {(side, t) for side, t, *_ in contact_mismatches(filled)}
    assert ("missing", "day") in found
    assert ("missing", "group") in found


# --- every query answers as counting the interactions does -------------------------------

FILTERS = [
    Filter(),
    Filter(countries=("RUS",)),
    Filter(countries=("CHN", "FRA")),
    Filter(leaders=("Vladimir Putin",)),
    Filter(leaders=("Donald Trump", "Xi Jinping")),
    Filter(leaders=("Nobody",)),
    Filter(since=date(2025, 8, 10)),
    Filter(until=date(2025, 8, 15)),
    Filter(since=date(2025, 8, 5), until=date(2025, 8, 20)),
    Filter(kinds=frozenset({"call"})),
    Filter(kinds=frozenset({"meeting"})),  # also a deadline kind
    Filter(kinds=frozenset({"tariffs"})),  # no interactions at all
    Filter(kinds=frozenset({"interactions", "sanction"})),
    Filter(statuses=frozenset({"planned", "expected"})),
    Filter(countries=("USA",), leaders=("Donald Trump",), since=date(2025, 8, 1)),
    Filter(countries=("RUS", "UKR"), kinds=frozenset({"talks", "visit"}), until=date(2025, 9, 1)),
    # whole months, summed from the month groups (and the days either side of a boundary)
    Filter(since=date(2025, 8, 1), until=date(2025, 8, 31)),
    Filter(since=date(2025, 9, 1), until=date(2025, 9, 30)),
    Filter(since=date(2025, 8, 1), until=date(2025, 9, 30)),
    Filter(since=date(2025, 9, 1)),
    Filter(until=date(2025, 8, 31)),
    Filter(since=date(2025, 1, 1), until=date(2025, 12, 31)),
    Filter(since=date(2025, 8, 31), until=date(2025, 9, 1)),
    Filter(since=date(2025, 8, 2), until=date(2025, 8, 31)),
    Filter(since=date(2025, 9, 1), until=date(2025, 9, 29)),
    Filter(countries=("RUS",), leaders=("Vladimir Putin",), since=date(2025, 9, 1)),
    Filter(kinds=frozenset({"call", "visit"}), since=date(2025, 8, 1), until=date(2025, 8, 31)),
]

QUERIES: dict[str, Callable[[Store, Filter], Any]] = {
    "contact_counts": contact_counts,
    "contact_pairs": contact_pairs,
    "fact_counts_by_day": fact_counts_by_day,
    "leaders": leaders,
    "involved_leaders": involved_leaders,
    "fact_counts": fact_counts,
    "interaction_count": interaction_count,
}


def _without_counts(store: Store, query: Callable[[Store, Filter], Any], f: Filter) -> Any:
    store.keeps_contacts = False
    try:
        return query(store, f)
    finally:
        store.keeps_contacts = True


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.describe())
@pytest.mark.parametrize("name", list(QUERIES))
def test_queries_answer_as_counting_interactions_does(shared: Store, name: str, f: Filter) -> None:
    query = QUERIES[name]
    assert contacts_module.kept(shared)
    got, expected = query(shared, f), _without_counts(shared, query, f)
    if isinstance(got, pl.DataFrame):
        assert got.schema == expected.schema
        assert got.to_dicts() == expected.to_dicts()
    else:
        assert got == expected


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.describe())
def test_the_maps_one_statement_gives_its_two_aggregates(shared: Store, f: Filter) -> None:
    """contact_counts_and_pairs (one statement over the counts by group) gives exactly the
    frames of contact_counts and contact_pairs, and of counting the interactions."""
    counts, pairs = contact_counts_and_pairs(shared, f)
    recounted = _without_counts(shared, contact_counts_and_pairs, f)
    for got, alone, expected in zip(
        (counts, pairs),
        (contact_counts(shared, f), contact_pairs(shared, f)),
        recounted,
        strict=True,
    ):
        assert got.schema == alone.schema == expected.schema
        assert got.to_dicts() == alone.to_dicts() == expected.to_dicts()


def _without_months(store: Store, query: Callable[[Store, Filter], Any], f: Filter) -> Any:
    store.keeps_contact_months = False
    try:
        return query(store, f)
    finally:
        store.keeps_contact_months = True


@pytest.mark.parametrize(
    "f", [f for f in FILTERS if f.since or f.until], ids=lambda f: f.describe()
)
@pytest.mark.parametrize("name", [*QUERIES, "contact_counts_and_pairs"])
def test_whole_months_answer_as_the_day_groups_do(shared: Store, name: str, f: Filter) -> None:
    """A filter of whole months sums the month groups; any other dates, the day groups: both
    give what summing the day groups gives, the way the queries did before the months."""
    query = QUERIES.get(name, contact_counts_and_pairs)
    assert contacts_module.months_kept(shared)
    got, expected = query(shared, f), _without_months(shared, query, f)
    for g, e in zip(got, expected, strict=True) if isinstance(got, tuple) else [(got, expected)]:
        if isinstance(g, pl.DataFrame):
            assert g.schema == e.schema
            assert g.to_dicts() == e.to_dicts()
        else:
            assert g == e


@pytest.mark.parametrize(
    ("f", "months"),
    [
        (Filter(since=date(2025, 8, 1), until=date(2025, 8, 31)), True),
        (Filter(since=date(2024, 2, 1), until=date(2024, 2, 29)), True),  # a leap February
        (Filter(since=date(2025, 2, 1), until=date(2025, 2, 28)), True),
        (Filter(since=date(2025, 12, 1), until=date(2025, 12, 31)), True),
        (Filter(since=date(2025, 9, 1)), True),
        (Filter(until=date(2025, 9, 30)), True),
        (Filter(since=date(2025, 8, 1), until=date(2025, 8, 30)), False),
        (Filter(since=date(2025, 8, 2), until=date(2025, 8, 31)), False),
        (Filter(since=date(2025, 2, 1), until=date(2025, 2, 27)), False),
        (Filter(until=date(2025, 9, 29)), False),
        (Filter(countries=("RUS",)), False),  # no dates at all: the groups alone
    ],
    ids=lambda v: v.describe() if isinstance(v, Filter) else str(v),
)
def test_which_dates_are_whole_months(f: Filter, months: bool) -> None:
    assert (contacts_module.whole_months(f) is not None) is months
    with Store.memory() as store:
        assert ("contact_months" in contacts_module.counted(store, f).source) is months


def test_a_cursor_reads_the_counts_too(shared: Store) -> None:
    cursor = shared.cursor()
    try:
        assert contacts_module.kept(cursor)
        f = Filter(countries=("RUS",))
        assert contact_pairs(cursor, f).equals(contact_pairs(shared, f))
    finally:
        cursor.close()


def test_groups_take_no_dates() -> None:
    with pytest.raises(ValueError, match="no dates"):
        Filter(since=date(2025, 1, 1)).contacts_where("g")


# --- databases made before the counts ----------------------------------------------------


def _as_version_1(path: Path) -> None:
    """Makes ``path`` what the release before the counts wrote: no counts, version 1."""
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE contact_months")
    con.execute("DROP TABLE contact_days")
    con.execute("DROP TABLE contact_groups")
    con.execute("DROP SEQUENCE contact_group_ids")
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.close()


def _answers(store: Store) -> dict[tuple[str, str], Any]:
    out = {}
    for f in FILTERS:
        for name, query in QUERIES.items():
            got = query(store, f)
            out[(name, f.describe())] = got.to_dicts() if isinstance(got, pl.DataFrame) else got
    return out


def test_an_older_database_is_read_as_it_is_and_counted_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store.open(path) as store:
        for article, facts in random_articles(11, 20):
            store.add_article(article, facts)
        expected = _answers(store)
    _as_version_1(path)

    with Store.open(path, read_only=True) as store:  # e.g. `analyst facts --db old.duckdb`
        assert store.schema_version() == 1 and not store.keeps_contacts
        assert _answers(store) == expected

    with Store.open(path) as store:
        assert store.schema_version() == schema.current_version() == 3
        assert store.keeps_contacts and store.keeps_contact_months
        assert contact_mismatches(store) == []
        assert store.con.execute("SELECT count(*) FROM contact_days").fetchall()[0][0] > 0
        assert _answers(store) == expected
        article, facts = random_articles(12, 1)[0]
        assert store.add_article(replace(article, id="after-upgrade"), facts)
        assert contact_mismatches(store) == []


def test_a_database_counted_before_the_months_is_read_as_it_is_and_upgraded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v2.duckdb"
    with Store.open(path) as store:
        for article, facts in random_articles(13, 20):
            store.add_article(article, facts)
        expected = _answers(store)
    con = duckdb.connect(str(path))  # what version 2 wrote: the groups and days, no months
    con.execute("DROP TABLE contact_months")
    con.execute("DELETE FROM schema_version WHERE version > 2")
    con.close()

    with Store.open(path, read_only=True) as store:
        assert store.schema_version() == 2
        assert store.keeps_contacts and not store.keeps_contact_months
        assert not contacts_module.months_kept(store.cursor())
        assert _answers(store) == expected

    with Store.open(path) as store:
        assert store.schema_version() == 3 and store.keeps_contact_months
        assert contact_mismatches(store) == []
        assert _answers(store) == expected
        article, facts = random_articles(14, 1)[0]
        assert store.add_article(replace(article, id="after-upgrade"), facts)
        assert contact_mismatches(store) == []


def test_an_older_database_with_a_later_migration_missing_is_still_refused_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    _as_version_1(path)

    def language(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("ALTER TABLE articles ADD COLUMN language VARCHAR")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, language))
    from analyst.store import StoreError

    with pytest.raises(StoreError, match="needs upgrading"):
        Store.open(path, read_only=True)


@pytest.mark.parametrize(
    "values",
    [
        (date(2025, 8, 15), date(2025, 8, 15), "call", "occurred", ["CHN", "RUS"], ["Xi Jinping"]),
        (None, None, "visit", "expected", ["RUS"], []),
        (date(999, 1, 2), None, "talks", "planned", ["EU", "UKR", "USA"], ["Volodymyr Zelenskyy"]),
        (None, date(2025, 9, 30), "meeting", "cancelled", [], ["Émile Café", "Łukasz", "李强"]),
    ],
)
def test_keys_made_in_python_are_the_keys_made_in_sql(values: tuple[Any, ...]) -> None:
    """The writer keys the groups of new interactions in Python, the upgrade and the bulk
    import in SQL: both must name the same group the same way."""
    start, end, kind, status, countries, actors = values
    with Store.memory() as store:
        row = store.con.execute(
            f"SELECT {schema.DAY_KEY_SQL}, group_key FROM ("
            f" SELECT {schema.GROUP_KEY_SQL} AS group_key, * FROM ("
            "  SELECT ?::DATE AS date_start, ?::DATE AS date_end, ?::VARCHAR AS kind,"
            "  ?::VARCHAR AS status, ?::VARCHAR[] AS countries, ?::VARCHAR[] AS actors))",
            [start, end, kind, status, countries, actors],
        ).fetchall()[0]
    group = contacts_module.group_key(kind, status, countries, actors)
    assert (contacts_module.day_key(group, start, end), group) == row
    with Store.memory() as store:
        month = store.con.execute(
            f"SELECT {schema.MONTH_KEY_SQL}, start_month, end_month FROM ("
            f" SELECT ?::VARCHAR AS group_key,"
            f" {schema.MONTH_OF_SQL.format(column='?::DATE')} AS start_month,"
            f" {schema.MONTH_OF_SQL.format(column='?::DATE')} AS end_month)",
            [group, start, end],
        ).fetchall()[0]
    start_month, end_month = contacts_module.month_of(start), contacts_module.month_of(end)
    assert (contacts_module.month_key(group, start_month, end_month), start_month, end_month) == (
        month
    )


def test_a_folder_attached_before_the_counts_is_read_as_it_is(tmp_path: Path) -> None:
    """An attached folder never has the counts: it is answered from its views, whichever
    version attached it (version 2 only added derived tables)."""
    from analyst.store.attach import attach_parquet
    from analyst.store.rows import fact_rows, write_parquet_partition

    pairs = random_articles(5, 8)
    out = tmp_path / "facts"
    for n, (article, facts) in enumerate(pairs):
        write_parquet_partition(fact_rows(article, facts), out, f"part-{n:05d}")
    db = attach_parquet(out)
    with Store.memory() as expected_store:
        for article, facts in pairs:
            expected_store.add_article(article, facts)
        expected = _answers(expected_store)
    con = duckdb.connect(str(db))
    con.execute("UPDATE schema_version SET version = 1")
    con.close()
    with Store.open(db) as store:
        assert store.attached and not store.keeps_contacts and store.schema_version() == 1
        assert _answers(store) == expected
