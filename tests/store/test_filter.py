"""Filter: its SQL and its meaning on the two sample articles."""

from __future__ import annotations

from datetime import date

import pytest

from analyst.store import Filter, Store, deadlines, interactions, leaders, tariffs

PUTIN, TRUMP = "Vladimir Putin", "Donald Trump"


def ids(store: Store, f: Filter) -> dict[str, set[str]]:
    return {
        "interactions": set(interactions(store, f)["id"]),
        "tariffs": set(tariffs(store, f)["id"]),
        "deadlines": set(deadlines(store, f)["id"]),
    }


ALL = {
    "interactions": {"i-call", "i-meet", "i-visit"},
    "tariffs": {"t-ind", "t-chn", "s-eu-rus"},
    "deadlines": {"d-ultimatum", "d-visit-ind"},
}


# --- the value ---------------------------------------------------------------------------


def test_empty_filter() -> None:
    f = Filter()
    assert f.is_empty()
    assert f.describe() == "all facts"
    assert f.interactions_where() == ("TRUE", [])
    assert f.tariffs_where() == ("TRUE", [])
    assert f.deadlines_where() == ("TRUE", [])


def test_filter_normalises_its_fields() -> None:
    f = Filter(
        leaders=[PUTIN, PUTIN],  # type: ignore[arg-type]
        countries=["rus", "CHN"],  # type: ignore[arg-type]
        kinds={"call"},  # type: ignore[arg-type]
    )
    assert f.leaders == (PUTIN,)
    assert f.countries == ("RUS", "CHN")
    assert f.kinds == frozenset({"call"})
    assert not f.is_empty()
    assert f == Filter(leaders=(PUTIN,), countries=("RUS", "CHN"), kinds=frozenset({"call"}))
    assert hash(f) == hash(Filter(leaders=(PUTIN,), countries=("RUS", "CHN"), kinds={"call"}))  # type: ignore[arg-type]


def test_since_after_until_is_an_error() -> None:
    with pytest.raises(ValueError, match="after"):
        Filter(since=date(2025, 9, 1), until=date(2025, 8, 1))


def test_describe() -> None:
    f = Filter(
        leaders=(PUTIN,),
        countries=("RUS", "CHN"),
        since=date(2025, 8, 1),
        until=date(2025, 8, 31),
    )
    assert f.describe() == "leaders: Vladimir Putin · countries: CHN, RUS · 2025-08-01 – 2025-08-31"
    assert Filter(since=date(2025, 8, 1)).describe() == "since 2025-08-01"
    assert Filter(until=date(2025, 8, 1)).describe() == "until 2025-08-01"
    assert (
        Filter(kinds=frozenset({"visit", "call"}), statuses=frozenset({"occurred"})).describe()
        == "kinds: call, visit · statuses: occurred"
    )


def test_values_are_parameters_never_sql_text() -> None:
    evil = "x'; DROP TABLE articles; --"
    f = Filter(
        leaders=(evil,),
        countries=(evil,),
        since=date(2025, 1, 1),
        until=date(2025, 12, 31),
        kinds=frozenset({evil}),
        statuses=frozenset({evil}),
    )
    for sql, params in (f.interactions_where(), f.tariffs_where(), f.deadlines_where()):
        assert "DROP" not in sql and "2025" not in sql
        assert sql.count("?") == len(params)
        assert evil in params or evil.upper() in params


def test_injection_looking_names_are_harmless(store: Store) -> None:
    evil = "x'; DROP TABLE articles; --"
    f = Filter(leaders=(evil,), countries=(evil,))
    assert ids(store, f) == {"interactions": set(), "tariffs": set(), "deadlines": set()}
    assert leaders(store, f)["facts"].sum() == 0
    assert store.counts()["articles"] == 2
    assert not store.has_article(evil)


# --- its meaning ---------------------------------------------------------------------------


def test_no_filter_returns_everything(store: Store) -> None:
    assert ids(store, Filter()) == ALL


def test_leader_filter(store: Store) -> None:
    assert ids(store, Filter(leaders=(PUTIN,))) == {
        "interactions": {"i-call", "i-meet", "i-visit"},
        "tariffs": set(),
        "deadlines": {"d-visit-ind"},
    }
    assert ids(store, Filter(leaders=(TRUMP,))) == {
        "interactions": {"i-meet"},
        "tariffs": {"t-ind", "t-chn"},
        "deadlines": {"d-ultimatum"},
    }
    # several leaders: any of them
    assert ids(store, Filter(leaders=("Xi Jinping", "Narendra Modi"))) == {
        "interactions": {"i-call"},
        "tariffs": set(),
        "deadlines": {"d-visit-ind"},
    }


def test_country_filter(store: Store) -> None:
    assert ids(store, Filter(countries=("CHN",))) == {
        "interactions": {"i-call", "i-visit"},
        "tariffs": {"t-chn"},  # as target
        "deadlines": set(),
    }
    assert ids(store, Filter(countries=("RUS",))) == {
        "interactions": {"i-call", "i-meet", "i-visit"},
        "tariffs": {"s-eu-rus"},
        "deadlines": {"d-ultimatum"},  # as subject
    }
    assert ids(store, Filter(countries=("USA",))) == {
        "interactions": {"i-meet"},
        "tariffs": {"t-ind", "t-chn"},  # as imposer
        "deadlines": {"d-ultimatum"},  # as setter
    }


def test_date_filter_overlaps_spans(store: Store) -> None:
    # 2025-08-08 .. 2025-08-14: the call, the ultimatum, the sanction in the week of 08-11
    # and the visit to India "in 2025"; undated tariffs are left out.
    assert ids(store, Filter(since=date(2025, 8, 8), until=date(2025, 8, 14))) == {
        "interactions": {"i-call"},
        "tariffs": {"s-eu-rus"},
        "deadlines": {"d-ultimatum", "d-visit-ind"},
    }
    # A span that only touches late September still meets the visit "in September".
    late_sept = Filter(since=date(2025, 9, 25), until=date(2025, 10, 5))
    assert ids(store, late_sept)["interactions"] == {"i-visit"}
    # ... and one that ends before September does not.
    assert "i-visit" not in ids(store, Filter(until=date(2025, 8, 31)))["interactions"]
    # An open-ended bound
    assert ids(store, Filter(since=date(2025, 8, 15)))["interactions"] == {"i-meet", "i-visit"}
    assert ids(store, Filter(until=date(2025, 8, 8)))["deadlines"] == {
        "d-ultimatum",
        "d-visit-ind",
    }
    # Exactly on the boundary days counts
    assert ids(store, Filter(since=date(2025, 8, 15), until=date(2025, 8, 15)))["interactions"] == {
        "i-meet"
    }
    # Outside every span
    assert ids(store, Filter(since=date(2026, 1, 1))) == {
        "interactions": set(),
        "tariffs": set(),
        "deadlines": set(),
    }


def test_kinds_filter(store: Store) -> None:
    assert ids(store, Filter(kinds=frozenset({"tariff"}))) == {
        "interactions": set(),
        "tariffs": {"t-ind", "t-chn"},
        "deadlines": set(),
    }
    assert ids(store, Filter(kinds=frozenset({"call", "sanction"}))) == {
        "interactions": {"i-call"},
        "tariffs": {"s-eu-rus"},
        "deadlines": set(),
    }
    # a kind shared by interactions and deadlines keeps both
    assert ids(store, Filter(kinds=frozenset({"visit"}))) == {
        "interactions": {"i-visit"},
        "tariffs": set(),
        "deadlines": {"d-visit-ind"},
    }
    # whole categories by name
    assert ids(store, Filter(kinds=frozenset({"deadlines"}))) == {
        "interactions": set(),
        "tariffs": set(),
        "deadlines": ALL["deadlines"],
    }
    assert ids(store, Filter(kinds=frozenset({"interactions", "ultimatum"}))) == {
        "interactions": ALL["interactions"],
        "tariffs": set(),
        "deadlines": {"d-ultimatum"},
    }


def test_status_filter(store: Store) -> None:
    assert ids(store, Filter(statuses=frozenset({"planned", "expected"}))) == {
        "interactions": {"i-meet", "i-visit"},
        "tariffs": set(),
        "deadlines": ALL["deadlines"],  # deadlines have no status
    }
    assert ids(store, Filter(statuses=frozenset({"imposed", "occurred"}))) == {
        "interactions": {"i-call"},
        "tariffs": {"t-ind"},
        "deadlines": ALL["deadlines"],
    }


def test_combined_filter(store: Store) -> None:
    f = Filter(
        leaders=(PUTIN,),
        countries=("CHN",),
        since=date(2025, 8, 1),
        until=date(2025, 8, 31),
        kinds=frozenset({"call", "visit", "meeting"}),
        statuses=frozenset({"occurred", "planned", "expected"}),
    )
    assert ids(store, f) == {"interactions": {"i-call"}, "tariffs": set(), "deadlines": set()}
    # widen the dates: the September visit comes in
    wider = Filter(
        leaders=f.leaders,
        countries=f.countries,
        since=f.since,
        until=date(2025, 9, 30),
        kinds=f.kinds,
        statuses=f.statuses,
    )
    assert ids(store, wider)["interactions"] == {"i-call", "i-visit"}


@pytest.mark.parametrize(
    "names",
    [(PUTIN,), (TRUMP,), ("Xi Jinping",), ("Narendra Modi",), (PUTIN, TRUMP), ("Nobody",)],
)
def test_leaders_of_tariffs_and_deadlines_are_their_fact_actors(
    store: Store, names: tuple[str, ...]
) -> None:
    """A tariff's or a deadline's leader condition reads its ``people`` list: the same rows
    as asking ``fact_actors``, which is what it did before."""
    for table in ("tariffs", "deadlines"):
        by_actors = {
            row[0]
            for row in store.con.execute(
                f"SELECT id FROM {table} WHERE id IN (SELECT fact_id FROM fact_actors"
                f" WHERE actor_name IN ({', '.join('?' * len(names))}))",
                list(names),
            ).fetchall()
        }
        f = Filter(leaders=names)
        got = set((tariffs if table == "tariffs" else deadlines)(store, f)["id"])
        assert got == by_actors, (table, names)
    assert (
        ids(store, Filter(leaders=(PUTIN,)))["tariffs"]
        or ids(store, Filter(leaders=(TRUMP,)))["tariffs"]
    )
