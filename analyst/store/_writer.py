"""Writing one article and its facts: the only code that changes fact rows.

Rules of the concept:
- One transaction per article (opened and closed by :meth:`Store.add_article`): the article,
  its text, and every fact, participant, actor and evidence row, or nothing.
- Facts merge across articles by their content-derived ``id``. When a fact is already
  stored, the new article adds its evidence rows and its people; a field the stored fact
  lacks (NULL) is filled from the new one — for a date, start, end and precision are taken
  together; known values are never overwritten. Participants are kept as first stored,
  except that an unnamed participant gets the name the new article gives for the same
  country.
- The derived columns of a fact row (its countries, people, evidence count and first
  article; see :mod:`analyst.store.schema`) are written with it and kept right in the same
  transaction, and so are the interaction counts by group (:mod:`analyst.store.contacts`).
- Evidence normally cites the article being added; evidence citing another article is kept
  too (duplicates skipped), and when that article is stored later the facts citing it are
  refreshed.

Why it is written this way: DuckDB spends a millisecond or more on any statement, and far
more on ``INSERT … ON CONFLICT`` and on joins that scan big tables. So two lookups find what
is stored (fact ids always as constant ``IN`` lists, which DuckDB answers from the indexes),
the derived columns are computed here, new rows go in by plain INSERTs, and the stored facts
an article adds to are rewritten by one UPDATE per table. Only rare cases (evidence citing
other articles) fall back to recomputing in SQL.

What a row is (its columns, its derived values for a fact first stored from this article)
is said once, in :mod:`analyst.store.rows`, which the Parquet map step uses too; this module
adds what only a database has: the facts already stored.

Functions are module-level so that a test can replace one and prove the rollback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from analyst.model import Article, Facts
from analyst.store import rows as build
from analyst.store._sql import FIRST_EVIDENCE_ORDER, placeholders, update_by_key
from analyst.store.contacts import ContactChange, month_key_of, values_row
from analyst.store.rows import DEADLINES as _DEADLINES
from analyst.store.rows import FACT_TABLES as _TABLES
from analyst.store.rows import INTERACTIONS as _INTERACTIONS
from analyst.store.rows import TARIFFS as _TARIFFS
from analyst.store.rows import Fact as _Fact
from analyst.store.rows import FactTable as _Table

Row = tuple[object, ...]
_CHUNK = 256  # rows per statement


_TABLE_OF_KIND = {t.kind: t.name for t in _TABLES.values()}

OrderKey = tuple[bool, date, datetime, str]


def _order_key(published: date | None, ingested_at: datetime | None, article_id: str) -> OrderKey:
    """Python's twin of ``FIRST_EVIDENCE_ORDER`` (without the offset, which only breaks ties
    within one article): publication date, undated last; then the first stored; an article
    that is not stored (evidence citing it) sorts last."""
    return (published is None, published or date.min, ingested_at or datetime.max, article_id)


@dataclass(slots=True)
class _Stored:
    """A stored fact that the article about to be added mentions again."""

    table: str
    nulls: set[str]  # its NULL fillable columns (a date by its start column)
    n_evidence: int
    first_article_id: str | None
    first_key: OrderKey
    people: list[str]
    actors: set[str] = field(default_factory=set)  # its fact_actors names
    participants: list[list[Any]] = field(default_factory=list)  # [position, country, name]


@dataclass(slots=True)
class _Known:
    """What the database already holds of an article about to be added."""

    article: bool = False
    cited: dict[str, str] = field(default_factory=dict)  # facts citing it: id -> fact_kind
    facts: dict[str, _Stored] = field(default_factory=dict)
    actors: dict[str, tuple[object, object, object]] = field(default_factory=dict)
    # what is stored of the groups the article's interactions would be counted in if new:
    # key -> (id, n, first_date, last_date), and day groups: key -> n
    contact_groups: dict[str, tuple[int, int, date | None, date | None]] = field(
        default_factory=dict
    )
    contact_days: dict[str, int] = field(default_factory=dict)
    # and month groups: key -> (n, first_date, last_date)
    contact_months: dict[str, tuple[int, date | None, date | None]] = field(default_factory=dict)


@dataclass(slots=True)
class _Pending:
    """What the article's facts add besides their own rows (gathered across tables by
    :func:`analyst.store.rows.gather`), and the facts to recompute in SQL."""

    article: Article
    ingested_at: datetime
    known: _Known
    gathered: build.Gathered
    refresh: dict[str, set[str]] = field(default_factory=dict)  # table -> ids, recomputed in SQL

    def in_sql(self, table: str, fact_id: str) -> bool:
        """Whether this fact's derived columns must be recomputed in SQL (rare: it cites
        another article, or evidence citing this article was stored before)."""
        if fact_id in self.gathered.foreign or fact_id in self.known.cited:
            self.refresh.setdefault(table, set()).add(fact_id)
            return True
        return False

    def evidence_of_stored(self, table: str, stored: _Stored, fact_id: str) -> tuple[int, object]:
        if self.in_sql(table, fact_id):
            return stored.n_evidence, stored.first_article_id
        own = self.gathered.n_own.get(fact_id, 0)
        first = stored.first_article_id
        mine = _order_key(self.article.published, self.ingested_at, self.article.id)
        if own and (first is None or mine < stored.first_key):
            first = self.article.id
        return stored.n_evidence + own, first


# --- the steps of add_article ------------------------------------------------------------


def add_article(con: duckdb.DuckDBPyConnection, article: Article, facts: Facts) -> bool:
    """Writes ``article`` and ``facts`` inside the caller's open transaction; ``False``
    (having written nothing) when the article is already stored."""
    by_table = build.facts_by_table(facts)
    gathered = build.gather(article.id, by_table)
    # The groups each interaction is counted in if it is new here (see _contact_change):
    # the first query also says which of them are stored.
    candidates = {
        f.id: values_row(
            f.dates[0],  # type: ignore[arg-type]
            f.dates[1],  # type: ignore[arg-type]
            str(f.fixed[0]),
            str(f.fixed[1]),
            dict.fromkeys(p.country for p in f.participants),
            gathered.actors.get(f.id, {}),
        )
        for f in gathered.firsts["interactions"].values()
    }
    known = _lookup(con, article.id, facts, candidates.values())
    if known.article:
        return False
    pending = _Pending(article, datetime.now(UTC).replace(tzinfo=None), known, gathered)
    for fact_id, kind in known.cited.items():  # their first evidence may now change
        if kind in _TABLE_OF_KIND:
            pending.refresh.setdefault(_TABLE_OF_KIND[kind], set()).add(fact_id)
    contacts = _contact_change(con, pending, candidates)
    _insert_article(con, article, pending.ingested_at)
    _insert_actors(con, article.id, facts, known)
    _insert_interactions(con, by_table["interactions"], pending)
    _insert_tariffs(con, pending)
    _insert_deadlines(con, pending)
    _insert_evidence_and_fact_actors(con, pending)
    _refresh_derived(con, pending)
    contacts.apply(con)
    return True


def _contact_change(
    con: duckdb.DuckDBPyConnection, pending: _Pending, candidates: dict[str, tuple[object, ...]]
) -> ContactChange:
    """How the article moves interactions between the groups they are counted in (see
    :mod:`analyst.store.contacts`). An interaction first stored here, whose derived
    columns are computed here, is counted from the values written (``candidates``: its
    countries, the names of its fact_actors rows); the others it touches (merged into a
    stored one, or recomputed in SQL) are read from the database before the writes and
    after them."""
    stored = {i for i, s in pending.known.facts.items() if s.table == "interactions"}
    cited = set(pending.known.cited) | pending.gathered.foreign
    new = [i for i in candidates if i not in stored and i not in cited]
    reread = (set(candidates) - set(new)) | pending.refresh.get("interactions", set())
    contacts = ContactChange(reread)
    for i in new:
        contacts.add(candidates[i])
    contacts.stored_groups = pending.known.contact_groups
    contacts.stored_days = pending.known.contact_days
    contacts.stored_months = pending.known.contact_months
    contacts.looked_up = {str(k) for row in candidates.values() for k in row[:2]} | {
        month_key_of(row) for row in candidates.values()
    }
    contacts.before(con, stored | cited)
    return contacts


def _lookup(
    con: duckdb.DuckDBPyConnection,
    article_id: str,
    facts: Facts,
    contact_rows: Iterable[tuple[object, ...]] = (),
) -> _Known:
    """Two queries (the second only when facts are already stored) for all the writer must
    know first; also what is stored of the groups of ``contact_rows`` (as
    :func:`analyst.store.contacts.values_row` makes them)."""
    ids = sorted(
        {
            *(i.id for i in facts.interactions),
            *(t.id for t in facts.tariffs),
            *(d.id for d in facts.deadlines),
        }
    )
    names = [str(p[0]) for p in build.people_rows(facts)]
    nothing = "NULL, NULL, NULL, NULL, NULL"
    parts = [
        "SELECT 'article' AS what, id AS key, NULL::VARCHAR AS tbl, NULL::VARCHAR[] AS nulls,"
        " NULL::INTEGER AS n, NULL::VARCHAR AS first_id, NULL::VARCHAR[] AS people,"
        " NULL::VARCHAR AS a, NULL::VARCHAR AS b, NULL::VARCHAR AS c"
        " FROM articles WHERE id = ?",
        f"SELECT 'cited', fact_id, {nothing}, fact_kind, NULL, NULL"
        " FROM evidence WHERE article_id = ?",
    ]
    params: list[object] = [article_id, article_id]
    if ids:
        for table in _TABLES.values():
            cases = ", ".join(
                f"CASE WHEN t.{c} IS NULL THEN '{c}' END"
                for c in (*(c for c, _ in table.fill), table.dates[0])
            )
            parts.append(
                f"SELECT 'fact', t.id, '{table.name}',"
                f" list_filter([{cases}], lambda x: x IS NOT NULL),"
                " t.n_evidence, t.first_article_id, t.people, NULL, NULL, NULL"
                f" FROM {table.name} t WHERE t.id IN ({placeholders(len(ids))})"
            )
            params += ids
    if names:
        parts.append(
            f"SELECT 'actor', name, {nothing}, country, title, caveat"
            f" FROM actors WHERE name IN ({placeholders(len(names))})"
        )
        params += names
    rows = list(contact_rows)
    day_keys = sorted({str(r[0]) for r in rows})
    group_keys = sorted({str(r[1]) for r in rows})
    month_keys = sorted({month_key_of(r) for r in rows})
    if group_keys:
        parts.append(
            "SELECT 'group', key, NULL, NULL, n, NULL, NULL, id::VARCHAR,"
            " CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR)"
            f" FROM contact_groups WHERE key IN ({placeholders(len(group_keys))})"
        )
        parts.append(
            "SELECT 'day', key, NULL, NULL, n, NULL, NULL, NULL, NULL, NULL"
            f" FROM contact_days WHERE key IN ({placeholders(len(day_keys))})"
        )
        parts.append(
            "SELECT 'month', key, NULL, NULL, n, NULL, NULL, NULL,"
            " CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR)"
            f" FROM contact_months WHERE key IN ({placeholders(len(month_keys))})"
        )
        params += [*group_keys, *day_keys, *month_keys]
    known = _Known()
    for row in con.execute(" UNION ALL ".join(parts), params).fetchall():
        what, key, table, nulls, n, first, people, a, b, c = row
        if what == "article":
            known.article = True
        elif what == "cited":
            known.cited[key] = a
        elif what == "fact":
            known.facts[key] = _Stored(
                table=table,
                nulls=set(nulls),
                n_evidence=n,
                first_article_id=first,
                first_key=_order_key(None, None, first or ""),  # see _lookup_details
                people=list(people),
            )
        elif what == "group":
            known.contact_groups[key] = (int(a), int(n), _day(b), _day(c))
        elif what == "day":
            known.contact_days[key] = int(n)
        elif what == "month":
            known.contact_months[key] = (int(n), _day(b), _day(c))
        else:
            known.actors[key] = (a, b, c)
    if known.facts and not known.article:
        _lookup_details(con, known)
    return known


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text is not None else None


def _lookup_details(con: duckdb.DuckDBPyConnection, known: _Known) -> None:
    """The people, participants and first article of the stored facts."""
    ids = sorted(known.facts)
    interaction_ids = [i for i in ids if known.facts[i].table == "interactions"]
    firsts = sorted({s.first_article_id for s in known.facts.values() if s.first_article_id})
    parts = [
        "SELECT 'actor' AS what, fact_id AS key, actor_name AS name, NULL::INTEGER AS position,"
        " NULL::VARCHAR AS country, NULL::DATE AS published, NULL::TIMESTAMP AS ingested_at"
        f" FROM fact_actors WHERE fact_id IN ({placeholders(len(ids))})"
    ]
    params: list[object] = list(ids)
    if interaction_ids:
        parts.append(
            "SELECT 'participant', interaction_id, actor_name, position, country, NULL, NULL"
            " FROM interaction_participants"
            f" WHERE interaction_id IN ({placeholders(len(interaction_ids))})"
        )
        params += interaction_ids
    if firsts:
        parts.append(
            "SELECT 'first', id, NULL, NULL, NULL, published, ingested_at"
            f" FROM articles WHERE id IN ({placeholders(len(firsts))})"
        )
        params += firsts
    first_keys: dict[str, OrderKey] = {}
    for what, key, name, position, country, published, ingested_at in con.execute(
        " UNION ALL ".join(parts), params
    ).fetchall():
        if what == "actor":
            known.facts[key].actors.add(name)
        elif what == "participant":
            known.facts[key].participants.append([position, country, name])
        else:
            first_keys[key] = _order_key(published, ingested_at, key)
    for stored in known.facts.values():
        stored.participants.sort(key=lambda p: int(p[0]))
        if stored.first_article_id in first_keys:
            stored.first_key = first_keys[stored.first_article_id]


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Row],
    conflict: str = "",
) -> None:
    """``INSERT INTO table`` a few hundred rows per statement, every value a parameter."""
    if not rows:
        return
    names = ", ".join(columns)
    one = f"({placeholders(len(columns))})"
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        con.execute(
            f"INSERT INTO {table} ({names}) VALUES {', '.join([one] * len(chunk))} {conflict}",
            [v for row in chunk for v in row],
        )


def _insert_article(con: duckdb.DuckDBPyConnection, a: Article, ingested_at: datetime) -> None:
    insert_rows(con, "articles", build.ARTICLE_COLUMNS, [build.article_row(a, ingested_at)])


def _insert_actors(
    con: duckdb.DuckDBPyConnection, article_id: str, facts: Facts, known: _Known
) -> None:
    new: list[Row] = []
    fill: list[Row] = []
    for row in build.people_rows(facts):
        stored = known.actors.get(str(row[0]))
        if stored is None:
            new.append(row)
        elif any(s is None and v is not None for s, v in zip(stored, row[1:], strict=True)):
            fill.append(row)
    insert_rows(con, "actors", build.ACTOR_COLUMNS, new)
    columns = (("country", "VARCHAR"), ("title", "VARCHAR"), ("caveat", "VARCHAR"))
    update_by_key(
        con,
        "actors",
        columns,
        fill,
        [f"{c} = coalesce(actors.{c}, v.{c})" for c, _ in columns],
        key="name",
    )
    insert_rows(
        con,
        "article_actors",
        build.ARTICLE_ACTOR_COLUMNS,
        build.article_actor_rows(article_id, facts),
    )


Derived = Callable[[_Fact], dict[str, object]]
_DERIVED_TYPES = {
    "countries": "VARCHAR[]",
    "people": "VARCHAR[]",
    "n_evidence": "INTEGER",
    "first_article_id": "VARCHAR",
}


def _write_facts(
    con: duckdb.DuckDBPyConnection, table: _Table, pending: _Pending, derived_stored: Derived
) -> list[_Fact]:
    """Inserts the new facts (rows as :func:`analyst.store.rows.fact_row` builds them) and
    rewrites the stored ones (fills and derived columns) with one statement each; returns
    the new facts."""
    first = pending.gathered.firsts[table.name]
    stored = pending.known.facts
    new = [f for f in first.values() if f.id not in stored]
    old = [f for f in first.values() if f.id in stored]

    fill_names = [c for c, _ in table.fill]
    rows: list[Row] = []
    for f in new:
        pending.in_sql(table.name, f.id)  # derived columns then recomputed from all evidence
        rows.append(build.fact_row(f, build.derived_columns(table, f, pending.gathered)))
    insert_rows(con, table.name, table.columns, rows)
    if old:
        extra = list(derived_stored(old[0]))
        columns = (
            *table.fill,
            (table.dates[0], "DATE"),
            (table.dates[1], "DATE"),
            (table.dates[2], "VARCHAR"),
            *((c, _DERIVED_TYPES[c]) for c in extra),
        )
        t, start = table.name, table.dates[0]
        assignments = [f"{c} = coalesce({t}.{c}, v.{c})" for c in fill_names]
        assignments += [
            f"{c} = CASE WHEN {t}.{start} IS NULL THEN v.{c} ELSE {t}.{c} END" for c in table.dates
        ]
        assignments += [f"{c} = v.{c}" for c in extra]
        updates = []
        for f in old:
            s = stored[f.id]
            values = derived_stored(f)
            fills = any(
                v is not None and c in s.nulls
                for c, v in zip((*fill_names, start), (*f.fill, f.dates[0]), strict=True)
            )
            if fills or values != {c: _current(s, c) for c in values}:
                updates.append((f.id, *f.fill, *f.dates, *values.values()))
        update_by_key(con, t, columns, updates, assignments)
    return new


def _current(stored: _Stored, column: str) -> object:
    """A stored fact's derived column as the lookup read it."""
    if column == "n_evidence":
        return stored.n_evidence
    if column == "first_article_id":
        return stored.first_article_id
    return stored.people


def _insert_interactions(
    con: duckdb.DuckDBPyConnection, facts: Sequence[_Fact], pending: _Pending
) -> None:
    _name_stored_participants(con, facts, pending)

    def derived_stored(f: _Fact) -> dict[str, object]:
        # A stored interaction keeps its participants' countries; names may have been added.
        s = pending.known.facts[f.id]
        n, first = pending.evidence_of_stored("interactions", s, f.id)
        return {
            "people": [p[2] for p in s.participants if p[2]],
            "n_evidence": n,
            "first_article_id": first,
        }

    new = _write_facts(con, _INTERACTIONS, pending, derived_stored)
    insert_rows(
        con,
        "interaction_participants",
        build.PARTICIPANT_COLUMNS,
        [row for f in new for row in build.participant_rows(f)],
    )


def _name_stored_participants(
    con: duckdb.DuckDBPyConnection, facts: Sequence[_Fact], pending: _Pending
) -> None:
    """Gives stored participants without a name the name this article gives for the same
    country (the first unnamed one of that country)."""
    changes: list[Row] = []
    for f in facts:
        stored = pending.known.facts.get(f.id)
        if stored is None:
            continue
        have = {p[2] for p in stored.participants if p[2]}
        for p in f.participants:
            if not p.name or p.name in have:
                continue
            for slot in stored.participants:
                if slot[2] is None and slot[1] == p.country:
                    slot[2] = p.name
                    have.add(p.name)
                    changes.append((f.id, slot[0], p.name))
                    break
    if changes:
        ids = sorted({str(c[0]) for c in changes})
        con.execute(
            "UPDATE interaction_participants p SET actor_name = v.name"
            f" FROM (VALUES {', '.join(['(?, ?, ?)'] * len(changes))})"
            " v(interaction_id, position, name)"
            " WHERE p.interaction_id = v.interaction_id AND p.position = v.position"
            f" AND p.interaction_id IN ({placeholders(len(ids))})",
            [v for row in changes for v in row] + ids,
        )


def _insert_tariffs(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    _write_facts(con, _TARIFFS, pending, _people_and_evidence("tariffs", pending))


def _insert_deadlines(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    _write_facts(con, _DEADLINES, pending, _people_and_evidence("deadlines", pending))


def _people_and_evidence(table: str, pending: _Pending) -> Derived:
    """Derived columns of a stored tariff or deadline: its people are its fact_actors,
    sorted."""

    def stored(f: _Fact) -> dict[str, object]:
        s = pending.known.facts[f.id]
        n, first = pending.evidence_of_stored(table, s, f.id)
        people = sorted(s.actors.union(pending.gathered.actors.get(f.id, {})))
        return {"people": people, "n_evidence": n, "first_article_id": first}

    return stored


def _insert_evidence_and_fact_actors(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    # Rows of facts recomputed in SQL may already be stored (they cite other articles, or
    # were cited by this one before): skip duplicates. All others are new for certain.
    columns = tuple(f'"{c}"' if c == "end" else c for c in build.EVIDENCE_COLUMNS)
    in_sql = set().union(*pending.refresh.values()) if pending.refresh else set()
    rows = list(pending.gathered.evidence.values())
    insert_rows(con, "evidence", columns, [r for r in rows if r[0] not in in_sql])
    insert_rows(
        con, "evidence", columns, [r for r in rows if r[0] in in_sql], "ON CONFLICT DO NOTHING"
    )
    stored = pending.known.facts
    insert_rows(
        con,
        "fact_actors",
        build.FACT_ACTOR_COLUMNS,
        [
            (fact_id, name)
            for fact_id, name in build.fact_actor_rows(pending.gathered)
            if fact_id not in stored or name not in stored[fact_id].actors
        ],
    )


_EVIDENCE_STATS = f"""
    SELECT e.fact_id, count(*) AS n_evidence,
           first(e.article_id ORDER BY {FIRST_EVIDENCE_ORDER}) AS first_article_id
    FROM evidence e LEFT JOIN articles a ON a.id = e.article_id
    WHERE e.fact_id IN ({{ids}})
    GROUP BY e.fact_id
"""

_PEOPLE_FROM_FACT_ACTORS = """
    SELECT fact_id AS id, list(actor_name ORDER BY actor_name) AS people
    FROM fact_actors WHERE fact_id IN ({ids}) GROUP BY fact_id
"""

_PEOPLE_FROM_PARTICIPANTS = """
    SELECT interaction_id AS id,
           list(country ORDER BY position) AS countries,
           list(actor_name ORDER BY position) FILTER (WHERE actor_name IS NOT NULL) AS people
    FROM interaction_participants WHERE interaction_id IN ({ids})
    GROUP BY interaction_id
"""


def _refresh_derived(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    """Recomputes in SQL, from the rows that are the truth, the derived columns of the few
    facts :meth:`_Pending.in_sql` sent here."""
    for table, id_set in sorted(pending.refresh.items()):
        ids = sorted(id_set)
        marks = placeholders(len(ids))
        interactions = table == "interactions"
        people_sql = _PEOPLE_FROM_PARTICIPANTS if interactions else _PEOPLE_FROM_FACT_ACTORS
        countries = (
            ", coalesce(list_filter(p.countries,"
            " lambda c, n: list_position(p.countries, c) = n), []::VARCHAR[]) AS countries"
            if interactions
            else ""
        )
        con.execute(
            f"""
            UPDATE {table} SET
                people = s.people, n_evidence = s.n_evidence,
                first_article_id = s.first_article_id
                {", countries = s.countries" if interactions else ""}
            FROM (
                SELECT k.id, coalesce(p.people, []::VARCHAR[]) AS people,
                       coalesce(ev.n_evidence, 0) AS n_evidence, ev.first_article_id
                       {countries}
                FROM (SELECT id FROM {table} WHERE id IN ({marks})) k
                LEFT JOIN ({people_sql.format(ids=marks)}) p ON p.id = k.id
                LEFT JOIN ({_EVIDENCE_STATS.format(ids=marks)}) ev ON ev.fact_id = k.id
            ) s
            WHERE {table}.id = s.id AND {table}.id IN ({marks})
            """,
            ids * 4,
        )
