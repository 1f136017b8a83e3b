"""The query modules: what each returns for the two sample articles, and for an empty store."""

from __future__ import annotations

import json
from datetime import date

import polars as pl
import pytest

from analyst.model import (
    Article,
    Deadline,
    Evidence,
    Facts,
    FuzzyDate,
    Interaction,
    Leader,
    Participant,
    Tariff,
)
from analyst.store import (
    Filter,
    Store,
    article_text,
    contact_counts,
    contact_pair_ids,
    contact_pairs,
    deadlines,
    evidence_for,
    fact_counts_by_day,
    facts_document,
    interactions,
    leaders,
    tariffs,
)
from analyst.store._sql import iso_date


def test_interactions(store: Store) -> None:
    df = interactions(store, Filter())
    assert df.columns[:11] == [
        "id",
        "kind",
        "status",
        "date_start",
        "date_end",
        "date_precision",
        "date",
        "countries",
        "people",
        "initiator",
        "location",
    ]
    assert {"n_evidence", "title", "source"} <= set(df.columns)
    assert df["id"].to_list() == ["i-call", "i-meet", "i-visit"]  # by date
    visit = df.filter(id="i-visit").row(0, named=True)
    assert visit["date"] == "2025-09"
    assert (visit["date_start"], visit["date_end"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert visit["countries"] == ["RUS", "CHN"]
    assert visit["people"] == ["Vladimir Putin"]  # China's side unnamed
    assert visit["title"] == "Trump and Putin to meet in Alaska"
    assert visit["source"] == "Wire Two"
    call = df.filter(id="i-call").row(0, named=True)
    assert call["people"] == ["Xi Jinping", "Vladimir Putin"]
    assert call["initiator"] == "RUS"


def test_contact_counts_and_pairs(store: Store) -> None:
    counts = contact_counts(store, Filter())
    assert counts.rows() == [("RUS", 3), ("CHN", 2), ("USA", 1)]
    # with a country filter its partners are counted too
    assert dict(contact_counts(store, Filter(countries=("USA",))).rows()) == {"USA": 1, "RUS": 1}

    pairs = contact_pairs(store, Filter())
    assert {"a", "b", "kind", "status_class", "n", "first_date", "last_date"} <= set(pairs.columns)
    rows = {(r["a"], r["b"], r["kind"], r["status_class"]): r for r in pairs.to_dicts()}
    assert set(rows) == {
        ("CHN", "RUS", "call", "occurred"),
        ("CHN", "RUS", "visit", "future"),
        ("RUS", "USA", "meeting", "future"),
    }
    assert rows[("RUS", "USA", "meeting", "future")]["first_date"] == date(2025, 8, 15)
    assert contact_pair_ids(store, Filter(), "RUS", "CHN") == ["i-call", "i-visit"]
    assert contact_pair_ids(store, Filter(), "CHN", "RUS", kind="visit") == ["i-visit"]
    assert contact_pair_ids(store, Filter(statuses=frozenset({"occurred"})), "RUS", "CHN") == [
        "i-call"
    ]
    assert contact_pairs(store, Filter(statuses=frozenset({"occurred"}))).height == 1


def test_tariffs(store: Store) -> None:
    df = tariffs(store, Filter())
    for column in (
        "id",
        "measure",
        "imposer",
        "target",
        "target_group",
        "rate_pct",
        "status",
        "reason",
        "scope",
        "date",
        "source",
    ):
        assert column in df.columns
    assert df["id"].to_list()[0] == "s-eu-rus"  # the only dated one first
    sanction = df.row(0, named=True)
    assert sanction["date"] == "2025-08"  # the week of Monday 2025-08-11, as its month
    ind = df.filter(id="t-ind").row(0, named=True)
    assert ind["rate_pct"] == 25.0
    assert ind["reason"] == "purchases of Russian oil"
    assert ind["source"] == "Wire One"
    assert ind["people"] == ["Donald Trump"]


def test_deadlines_sorted_by_due(store: Store) -> None:
    df = deadlines(store, Filter())
    assert df.columns[:9] == [
        "id",
        "label",
        "kind",
        "due_start",
        "due_end",
        "due_precision",
        "due",
        "setter",
        "subject",
    ]
    assert df["id"].to_list() == ["d-visit-ind", "d-ultimatum"]  # 2025-01-01 before 08-08
    assert df["due"].to_list() == ["2025", "2025-08-08"]
    assert df.filter(id="d-visit-ind")["due_end"].item() == date(2025, 12, 31)


def test_leaders(store: Store) -> None:
    df = leaders(store, Filter())
    assert df.columns == ["name", "country", "title", "caveat", "mentions", "facts"]
    rows = {r["name"]: r for r in df.to_dicts()}
    assert rows["Vladimir Putin"]["mentions"] == 5  # 2 + 3 over both articles
    assert rows["Vladimir Putin"]["facts"] == 4  # call, meeting, visit, visit to India
    assert rows["Donald Trump"]["facts"] == 4  # meeting, two tariffs, ultimatum
    assert rows["Narendra Modi"]["caveat"] == "title from gazetteer"
    # under a filter: who else takes part in facts with China
    chn = {r["name"]: r["facts"] for r in leaders(store, Filter(countries=("CHN",))).to_dicts()}
    assert chn == {
        "Vladimir Putin": 2,
        "Xi Jinping": 1,
        "Donald Trump": 1,
        "Narendra Modi": 0,
    }
    assert df["name"].to_list()[:2] == ["Vladimir Putin", "Donald Trump"]  # most facts


def test_evidence_and_article_text(store: Store) -> None:
    df = evidence_for(store, "i-meet")
    assert df.columns[:4] == ["article_id", "start", "end", "sentence"]
    assert {"title", "source", "published"} <= set(df.columns)
    assert df["article_id"].to_list() == ["a1", "a2"]
    for row in df.to_dicts():
        text = article_text(store, row["article_id"])
        assert text is not None
        assert text[row["start"] : row["end"]] == row["sentence"]
    assert evidence_for(store, "no-such-fact").height == 0
    assert article_text(store, "no-such-article") is None


def test_fact_counts_by_day(store: Store) -> None:
    df = fact_counts_by_day(store, Filter())
    assert {"day", "kind", "n"} <= set(df.columns)
    assert df["n"].sum() == 6  # undated tariffs are not counted
    aug8 = df.filter(pl.col("day") == date(2025, 8, 8))
    assert sorted(aug8["kind"].to_list()) == ["call", "ultimatum"]
    only_calls = fact_counts_by_day(store, Filter(kinds=frozenset({"call"})))
    assert only_calls.rows() == [(date(2025, 8, 8), "interaction", "call", 1)]


@pytest.mark.parametrize(
    "fuzzy",
    [
        FuzzyDate.day(date(2025, 8, 15)),
        FuzzyDate.month(2025, 9),
        FuzzyDate.year(2025),
        FuzzyDate.week_of(date(2025, 10, 1)),  # Monday 2025-09-29: written as 2025-09
        FuzzyDate.week_of(date(2025, 8, 13)),
    ],
)
def test_sql_dates_agree_with_fuzzy_date_iso(empty: Store, fuzzy: FuzzyDate) -> None:
    sql = iso_date("s", "p")
    got = empty.con.sql(
        f"SELECT {sql} FROM (SELECT ?::DATE AS s, ? AS p)", params=[fuzzy.start, fuzzy.precision]
    )
    assert got.fetchall() == [(fuzzy.iso(),)]


# --- the JSON document ------------------------------------------------------------------


def _model_keys() -> dict[str, set[str]]:
    """The keys ``Facts.to_json()`` writes: the document of DESIGN.md."""
    e = (Evidence("a", 0, 1, "x"),)
    return {
        "articles": set(Article("a", "x", ()).to_json()),
        "leaders": set(Leader("n", "RUS", "President", 1).to_json()),
        "interactions": set(
            Interaction("i", "call", "occurred", (Participant("RUS"),), e).to_json()
        ),
        "tariffs": set(Tariff("t", "tariff", "USA", "IND", "imposed", e).to_json()),
        "deadlines": set(Deadline("d", "l", "ultimatum", None, e).to_json()),
        "evidence": set(e[0].to_json()),
        "participants": set(Participant("RUS").to_json()),
    }


def test_facts_document_has_the_design_shape(store: Store) -> None:
    doc = facts_document(store, Filter())
    keys = _model_keys()
    assert list(doc) == ["articles", "leaders", "interactions", "tariffs", "deadlines"]
    assert list(doc) == list(Facts().to_json())
    for section in ("articles", "leaders", "interactions", "tariffs", "deadlines"):
        assert doc[section], section
        for item in doc[section]:
            extra = {"caveat"} if section == "leaders" else set()
            assert set(item) - extra == keys[section], section
    for section in ("interactions", "tariffs", "deadlines"):
        for item in doc[section]:
            assert item["evidence"]
            for e in item["evidence"]:
                assert set(e) == keys["evidence"]
    for item in doc["interactions"]:
        for p in item["participants"]:
            assert set(p) == keys["participants"]
    json.dumps(doc)  # plain JSON values only

    assert [a["id"] for a in doc["articles"]] == ["a1", "a2"]
    assert doc["articles"][0]["published"] == "2025-08-08"
    meet = next(i for i in doc["interactions"] if i["id"] == "i-meet")
    assert meet["date"] == "2025-08-15"
    assert meet["participants"] == [
        {"name": "Donald Trump", "country": "USA"},
        {"name": "Vladimir Putin", "country": "RUS"},
    ]
    assert [e["article_id"] for e in meet["evidence"]] == ["a1", "a2"]
    visit = next(i for i in doc["interactions"] if i["id"] == "i-visit")
    assert visit["date"] == "2025-09"
    assert visit["participants"][1] == {"name": None, "country": "CHN"}
    sanction = next(t for t in doc["tariffs"] if t["id"] == "s-eu-rus")
    assert sanction["date"] == "2025-08"
    ind = next(t for t in doc["tariffs"] if t["id"] == "t-ind")
    assert ind["date"] is None and ind["rate_pct"] == 25.0 and ind["target_group"] is None
    assert [d["due"] for d in doc["deadlines"]] == ["2025", "2025-08-08"]
    modi = next(p for p in doc["leaders"] if p["name"] == "Narendra Modi")
    assert modi["caveat"] == "title from gazetteer"
    putin = next(p for p in doc["leaders"] if p["name"] == "Vladimir Putin")
    assert putin == {
        "name": "Vladimir Putin",
        "country": "RUS",
        "title": "President",
        "mentions": 5,
    }


def test_facts_document_matches_extract_output_for_one_article(
    empty: Store, a1: tuple[Article, Facts]
) -> None:
    article, facts = a1
    empty.add_article(article, facts)
    doc = facts_document(empty, Filter())
    expected = facts.to_json()

    def by_id(items: list[dict[str, object]]) -> dict[object, dict[str, object]]:
        return {i["id"]: i for i in items}

    assert doc["articles"] == expected["articles"]
    assert by_id(doc["interactions"]) == by_id(expected["interactions"])
    assert by_id(doc["tariffs"]) == by_id(expected["tariffs"])
    assert by_id(doc["deadlines"]) == by_id(expected["deadlines"])
    assert sorted(doc["leaders"], key=lambda p: p["name"]) == sorted(
        expected["leaders"], key=lambda p: p["name"]
    )


def test_facts_document_under_a_filter(store: Store) -> None:
    doc = facts_document(store, Filter(countries=("IND",)))
    assert [t["id"] for t in doc["tariffs"]] == ["t-ind"]
    assert doc["interactions"] == [] and doc["deadlines"] == []
    assert [a["id"] for a in doc["articles"]] == ["a1"]  # only the articles cited
    assert [p["name"] for p in doc["leaders"]] == ["Donald Trump"]  # only those involved


def test_empty_store_gives_empty_frames_with_columns(empty: Store) -> None:
    f = Filter(countries=("RUS",))
    for df in (
        interactions(empty, f),
        contact_counts(empty, f),
        contact_pairs(empty, f),
        tariffs(empty, f),
        deadlines(empty, f),
        leaders(empty, f),
        fact_counts_by_day(empty, f),
        evidence_for(empty, "x"),
        empty.articles(),
    ):
        assert df.height == 0
        assert df.width > 1
    assert interactions(empty, f).schema["countries"] == pl.List(pl.String)
    assert facts_document(empty, Filter()) == {
        "articles": [],
        "leaders": [],
        "interactions": [],
        "tariffs": [],
        "deadlines": [],
    }


def test_contact_pairs_of_a_multilateral_interaction(empty: Store) -> None:
    a = Article(id="m", text="A summit of three.", sentences=(), published=date(2025, 6, 1))
    summit = Interaction(
        "i-summit",
        "talks",
        "occurred",
        (Participant("USA"), Participant("RUS"), Participant("UKR"), Participant("RUS")),
        (Evidence("m", 0, 18, "A summit of three."),),
        date=FuzzyDate.day(date(2025, 6, 1)),
    )
    empty.add_article(a, Facts(interactions=(summit,)))
    assert interactions(empty, Filter())["countries"].to_list() == [["USA", "RUS", "UKR"]]
    pairs = contact_pairs(empty, Filter())
    assert sorted(pairs.select("a", "b").rows()) == [("RUS", "UKR"), ("RUS", "USA"), ("UKR", "USA")]
    assert set(pairs["n"]) == {1}
    assert dict(contact_counts(empty, Filter()).rows()) == {"USA": 1, "RUS": 1, "UKR": 1}


def test_queries_accept_a_cursor(store: Store) -> None:
    cursor = store.cursor()
    try:
        assert interactions(cursor, Filter()).height == 3
    finally:
        cursor.close()


@pytest.mark.parametrize(
    "f",
    [
        Filter(),
        Filter(countries=("RUS",)),
        Filter(leaders=("Vladimir Putin",)),
        Filter(since=date(2025, 8, 1), until=date(2025, 8, 31)),
        Filter(kinds=frozenset({"call", "tariff"})),
    ],
)
def test_frames_straight_from_the_engine_equal_the_relation_ones(
    store: Store, monkeypatch: pytest.MonkeyPatch, f: Filter
) -> None:
    """``frame`` hands a statement straight to the engine when DuckDB lets it: every query
    module then returns exactly what it returns through ``con.sql`` (same columns, types,
    rows)."""
    from analyst.store import _sql, fact_counts, involved_leaders

    queries = (contact_counts, contact_pairs, tariffs, deadlines, involved_leaders, leaders,
               fact_counts_by_day, interactions)  # fmt: skip
    assert _sql._submit is not None, "this DuckDB has no seam to submit through"
    direct = [q(store, f) for q in queries]
    direct_counts = fact_counts(store, f)
    monkeypatch.setattr(_sql, "_submit", None)
    for q, got in zip(queries, direct, strict=True):
        want = q(store, f)
        assert got.schema == want.schema, q.__name__
        assert got.equals(want), q.__name__
    assert direct_counts == fact_counts(store, f)
