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
  transaction.
- Evidence normally cites the article being added; evidence citing another article is kept
  too (duplicates skipped), and when that article is stored later the facts citing it are
  refreshed.

Why it is written this way: DuckDB spends a millisecond or more on any statement, and far
more on ``INSERT … ON CONFLICT`` and on joins that scan big tables. So two lookups find what
is stored (fact ids always as constant ``IN`` lists, which DuckDB answers from the indexes),
the derived columns are computed here, new rows go in by plain INSERTs, and the stored facts
an article adds to are rewritten by one UPDATE per table. Only rare cases (evidence citing
other articles) fall back to recomputing in SQL.

Functions are module-level so that a test can replace one and prove the rollback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from analyst.model import Article, Deadline, Evidence, Facts, FuzzyDate, Interaction, Tariff
from analyst.model import Participant as ParticipantValue
from analyst.store._sql import FIRST_EVIDENCE_ORDER, placeholders

Row = tuple[object, ...]
_CHUNK = 256  # rows per statement


@dataclass(frozen=True, slots=True)
class _Table:
    """How one fact table is written."""

    name: str
    kind: str  # evidence.fact_kind
    fill: tuple[tuple[str, str], ...]  # (column, SQL type) a later article may fill
    dates: tuple[str, str, str]  # start, end, precision
    fixed: tuple[str, ...]  # written once, with the row


_INTERACTIONS = _Table(
    "interactions",
    "interaction",
    (("initiator", "VARCHAR"), ("location", "VARCHAR")),
    ("date_start", "date_end", "date_precision"),
    ("kind", "status"),
)
_TARIFFS = _Table(
    "tariffs",
    "tariff",
    (
        ("imposer", "VARCHAR"),
        ("target", "VARCHAR"),
        ("target_group", "VARCHAR"),
        ("rate_pct", "DOUBLE"),
        ("reason", "VARCHAR"),
        ("scope", "VARCHAR"),
    ),
    ("date_start", "date_end", "date_precision"),
    ("measure", "status"),
)
_DEADLINES = _Table(
    "deadlines",
    "deadline",
    (("setter", "VARCHAR"), ("subject", "VARCHAR")),
    ("due_start", "due_end", "due_precision"),
    ("label", "kind"),
)
_TABLES = {t.name: t for t in (_INTERACTIONS, _TARIFFS, _DEADLINES)}
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


@dataclass(slots=True)
class _Fact:
    """One fact of the article, in the shape every table is written from."""

    id: str
    fill: tuple[object, ...]
    dates: tuple[object, object, object]
    fixed: tuple[object, ...]
    evidence: tuple[Evidence, ...]
    people: tuple[str, ...]  # its fact_actors names
    participants: tuple[ParticipantValue, ...] = ()


@dataclass(slots=True)
class _Pending:
    """What the article's facts add besides their own rows, gathered across tables."""

    article: Article
    ingested_at: datetime
    known: _Known
    evidence: dict[tuple[object, ...], Row] = field(default_factory=dict)
    n_own: dict[str, int] = field(default_factory=dict)  # new evidence rows citing the article
    foreign: set[str] = field(default_factory=set)  # facts citing another article
    actors: dict[str, dict[str, None]] = field(default_factory=dict)
    refresh: dict[str, set[str]] = field(default_factory=dict)  # table -> ids, recomputed in SQL

    def gather(self, fact: _Fact, kind: str) -> None:
        for e in fact.evidence:
            key = (fact.id, e.article_id, e.start)
            if key not in self.evidence:
                self.evidence[key] = (fact.id, kind, e.article_id, e.start, e.end, e.sentence)
                if e.article_id == self.article.id:
                    self.n_own[fact.id] = self.n_own.get(fact.id, 0) + 1
            if e.article_id != self.article.id:
                self.foreign.add(fact.id)
        names = self.actors.setdefault(fact.id, {})
        for name in fact.people:
            names.setdefault(name, None)

    def in_sql(self, table: str, fact_id: str) -> bool:
        """Whether this fact's derived columns must be recomputed in SQL (rare: it cites
        another article, or evidence citing this article was stored before)."""
        if fact_id in self.foreign or fact_id in self.known.cited:
            self.refresh.setdefault(table, set()).add(fact_id)
            return True
        return False

    def evidence_of_new(self, table: str, fact_id: str) -> tuple[int, str | None]:
        if self.in_sql(table, fact_id):
            return 0, None
        n = self.n_own.get(fact_id, 0)
        return n, (self.article.id if n else None)

    def evidence_of_stored(self, table: str, stored: _Stored, fact_id: str) -> tuple[int, object]:
        if self.in_sql(table, fact_id):
            return stored.n_evidence, stored.first_article_id
        own = self.n_own.get(fact_id, 0)
        first = stored.first_article_id
        mine = _order_key(self.article.published, self.ingested_at, self.article.id)
        if own and (first is None or mine < stored.first_key):
            first = self.article.id
        return stored.n_evidence + own, first


# --- the steps of add_article ------------------------------------------------------------


def add_article(con: duckdb.DuckDBPyConnection, article: Article, facts: Facts) -> bool:
    """Writes ``article`` and ``facts`` inside the caller's open transaction; ``False``
    (having written nothing) when the article is already stored."""
    known = _lookup(con, article.id, facts)
    if known.article:
        return False
    pending = _Pending(article, datetime.now(UTC).replace(tzinfo=None), known)
    for fact_id, kind in known.cited.items():  # their first evidence may now change
        pending.refresh.setdefault(_TABLE_OF_KIND[kind], set()).add(fact_id)
    _insert_article(con, article, pending.ingested_at)
    _insert_actors(con, article.id, facts, known)
    _insert_interactions(con, facts.interactions, pending)
    _insert_tariffs(con, facts.tariffs, pending)
    _insert_deadlines(con, facts.deadlines, pending)
    _insert_evidence_and_fact_actors(con, pending)
    _refresh_derived(con, pending)
    return True


def _people(facts: Facts) -> list[Row]:
    """``(name, country, title, caveat)`` of everyone the facts name: the article's leaders
    first, then people named in a fact, so every name a fact refers to gets an actor."""
    people: list[Row] = [(p.name, p.country, p.title, p.caveat) for p in facts.leaders]
    for i in facts.interactions:
        people += [(p.name, p.country, None, None) for p in i.participants if p.name]
    for t in facts.tariffs:
        people += [(name, None, None, None) for name in t.actors]
    for d in facts.deadlines:
        people += [(name, None, None, None) for name in d.actors]
    merged: dict[object, list[object]] = {}
    for row in people:  # first non-NULL value of each field, per name
        known = merged.setdefault(row[0], list(row))
        for k, value in enumerate(row):
            if known[k] is None:
                known[k] = value
    return [tuple(r) for r in merged.values()]


def _lookup(con: duckdb.DuckDBPyConnection, article_id: str, facts: Facts) -> _Known:
    """Two queries (the second only when facts are already stored) for all the writer must
    know first."""
    ids = sorted(
        {
            *(i.id for i in facts.interactions),
            *(t.id for t in facts.tariffs),
            *(d.id for d in facts.deadlines),
        }
    )
    names = [str(p[0]) for p in _people(facts)]
    nothing = "NULL, NULL, NULL, NULL, NULL, NULL, NULL"
    parts = [
        "SELECT 'article' AS what, id AS key, NULL::VARCHAR AS tbl, NULL::VARCHAR[] AS nulls,"
        " NULL::INTEGER AS n, NULL::VARCHAR AS first_id, NULL::DATE AS first_published,"
        " NULL::TIMESTAMP AS first_ingested, NULL::VARCHAR[] AS people,"
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
                " t.n_evidence, t.first_article_id, a.published, a.ingested_at, t.people,"
                " NULL, NULL, NULL"
                f" FROM {table.name} t LEFT JOIN articles a ON a.id = t.first_article_id"
                f" WHERE t.id IN ({placeholders(len(ids))})"
            )
            params += ids
    if names:
        parts.append(
            f"SELECT 'actor', name, {nothing}, country, title, caveat"
            f" FROM actors WHERE name IN ({placeholders(len(names))})"
        )
        params += names
    known = _Known()
    for row in con.execute(" UNION ALL ".join(parts), params).fetchall():
        what, key, table, nulls, n, first, published, ingested, people, a, b, c = row
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
                first_key=_order_key(published, ingested, first or ""),
                people=list(people),
            )
        else:
            known.actors[key] = (a, b, c)
    if known.facts and not known.article:
        _lookup_details(con, known)
    return known


def _lookup_details(con: duckdb.DuckDBPyConnection, known: _Known) -> None:
    """The people and participants of the stored facts."""
    ids = sorted(known.facts)
    interaction_ids = [i for i in ids if known.facts[i].table == "interactions"]
    query = (
        "SELECT 'actor' AS what, fact_id, actor_name AS name, NULL::INTEGER AS position,"
        " NULL::VARCHAR AS country"
        f" FROM fact_actors WHERE fact_id IN ({placeholders(len(ids))})"
    )
    params: list[object] = list(ids)
    if interaction_ids:
        query += (
            " UNION ALL SELECT 'participant', interaction_id, actor_name, position, country"
            " FROM interaction_participants"
            f" WHERE interaction_id IN ({placeholders(len(interaction_ids))})"
        )
        params += interaction_ids
    for what, fact_id, name, position, country in con.execute(query, params).fetchall():
        stored = known.facts[fact_id]
        if what == "actor":
            stored.actors.add(name)
        else:
            stored.participants.append([position, country, name])
    for stored in known.facts.values():
        stored.participants.sort(key=lambda p: int(p[0]))


def _insert(
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


def _update(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Row],
    assignments: Sequence[str],
    key: str = "id",
) -> None:
    """``UPDATE table SET assignments`` from ``rows`` (key, then ``columns``), seen as ``v``.

    The constant ``IN`` list of keys lets DuckDB find the rows by index, not by a scan."""
    if not rows:
        return
    names = [key] + [c for c, _ in columns]
    casts = ", ".join(f"{c}::{t} AS {c}" for c, t in columns)
    one = f"({placeholders(len(names))})"
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i : i + _CHUNK]
        con.execute(
            f"UPDATE {table} SET {', '.join(assignments)}"
            f" FROM (SELECT {key}, {casts} FROM (VALUES {', '.join([one] * len(chunk))})"
            f" v0({', '.join(names)})) v"
            f" WHERE {table}.{key} = v.{key} AND {table}.{key} IN ({placeholders(len(chunk))})",
            [v for row in chunk for v in row] + [row[0] for row in chunk],
        )


def _insert_article(con: duckdb.DuckDBPyConnection, a: Article, ingested_at: datetime) -> None:
    _insert(
        con,
        "articles",
        ("id", "title", "source", "url", "published", "path", "text", "ingested_at"),
        [(a.id, a.title, a.source, a.url, a.published, a.path, a.text, ingested_at)],
    )


def _insert_actors(
    con: duckdb.DuckDBPyConnection, article_id: str, facts: Facts, known: _Known
) -> None:
    new: list[Row] = []
    fill: list[Row] = []
    for row in _people(facts):
        stored = known.actors.get(str(row[0]))
        if stored is None:
            new.append(row)
        elif any(s is None and v is not None for s, v in zip(stored, row[1:], strict=True)):
            fill.append(row)
    _insert(con, "actors", ("name", "country", "title", "caveat"), new)
    columns = (("country", "VARCHAR"), ("title", "VARCHAR"), ("caveat", "VARCHAR"))
    _update(
        con,
        "actors",
        columns,
        fill,
        [f"{c} = coalesce(actors.{c}, v.{c})" for c, _ in columns],
        key="name",
    )
    leaders: dict[str, Row] = {}
    for p in facts.leaders:
        leaders.setdefault(p.name, (article_id, p.name, p.mentions))
    _insert(con, "article_actors", ("article_id", "name", "mentions"), list(leaders.values()))


def _date(d: FuzzyDate | None) -> tuple[object, object, object]:
    return (d.start, d.end, d.precision) if d else (None, None, None)


Derived = Callable[[_Fact], dict[str, object]]
_DERIVED_TYPES = {
    "countries": "VARCHAR[]",
    "people": "VARCHAR[]",
    "n_evidence": "INTEGER",
    "first_article_id": "VARCHAR",
}


def _write_facts(
    con: duckdb.DuckDBPyConnection,
    table: _Table,
    facts: Iterable[_Fact],
    pending: _Pending,
    derived_new: Derived,
    derived_stored: Derived,
) -> list[_Fact]:
    """Inserts the new facts and rewrites the stored ones (fills and derived columns) with
    one statement each; returns the new facts."""
    first: dict[str, _Fact] = {}
    for fact in facts:
        pending.gather(fact, table.kind)
        first.setdefault(fact.id, fact)
    stored = pending.known.facts
    new = [f for f in first.values() if f.id not in stored]
    old = [f for f in first.values() if f.id in stored]

    fill_names = [c for c, _ in table.fill]
    if new:
        extra = list(derived_new(new[0]))
        _insert(
            con,
            table.name,
            ("id", *fill_names, *table.dates, *table.fixed, *extra),
            [(f.id, *f.fill, *f.dates, *f.fixed, *derived_new(f).values()) for f in new],
        )
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
        rows = []
        for f in old:
            s = stored[f.id]
            values = derived_stored(f)
            fills = any(
                v is not None and c in s.nulls
                for c, v in zip((*fill_names, start), (*f.fill, f.dates[0]), strict=True)
            )
            if fills or values != {c: _current(s, c) for c in values}:
                rows.append((f.id, *f.fill, *f.dates, *values.values()))
        _update(con, t, columns, rows, assignments)
    return new


def _current(stored: _Stored, column: str) -> object:
    """A stored fact's derived column as the lookup read it."""
    if column == "n_evidence":
        return stored.n_evidence
    if column == "first_article_id":
        return stored.first_article_id
    return stored.people


def _insert_interactions(
    con: duckdb.DuckDBPyConnection, interactions: Sequence[Interaction], pending: _Pending
) -> None:
    facts = [
        _Fact(
            i.id,
            (i.initiator, i.location),
            _date(i.date),
            (i.kind, i.status),
            i.evidence,
            i.people,
            i.participants,
        )
        for i in interactions
    ]
    _name_stored_participants(con, facts, pending)

    def derived_new(f: _Fact) -> dict[str, object]:
        n, first = pending.evidence_of_new("interactions", f.id)
        return {
            "countries": list(dict.fromkeys(p.country for p in f.participants)),
            "people": [p.name for p in f.participants if p.name],
            "n_evidence": n,
            "first_article_id": first,
        }

    def derived_stored(f: _Fact) -> dict[str, object]:
        # A stored interaction keeps its participants' countries; names may have been added.
        s = pending.known.facts[f.id]
        n, first = pending.evidence_of_stored("interactions", s, f.id)
        return {
            "people": [p[2] for p in s.participants if p[2]],
            "n_evidence": n,
            "first_article_id": first,
        }

    new = _write_facts(con, _INTERACTIONS, facts, pending, derived_new, derived_stored)
    _insert(
        con,
        "interaction_participants",
        ("interaction_id", "position", "country", "actor_name"),
        [(f.id, n, p.country, p.name) for f in new for n, p in enumerate(f.participants)],
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


def _insert_tariffs(
    con: duckdb.DuckDBPyConnection, tariffs: Sequence[Tariff], pending: _Pending
) -> None:
    facts = [
        _Fact(
            t.id,
            (t.imposer, t.target, t.target_group, t.rate_pct, t.reason, t.scope),
            _date(t.date),
            (t.measure, t.status),
            t.evidence,
            t.actors,
        )
        for t in tariffs
    ]
    _write_facts(con, _TARIFFS, facts, pending, *_people_and_evidence("tariffs", pending))


def _insert_deadlines(
    con: duckdb.DuckDBPyConnection, deadlines: Sequence[Deadline], pending: _Pending
) -> None:
    facts = [
        _Fact(d.id, (d.setter, d.subject), _date(d.due), (d.label, d.kind), d.evidence, d.actors)
        for d in deadlines
    ]
    _write_facts(con, _DEADLINES, facts, pending, *_people_and_evidence("deadlines", pending))


def _people_and_evidence(table: str, pending: _Pending) -> tuple[Derived, Derived]:
    """Derived columns of a tariff or deadline: its people are its fact_actors, sorted."""

    def new(f: _Fact) -> dict[str, object]:
        n, first = pending.evidence_of_new(table, f.id)
        people = sorted(pending.actors.get(f.id, {}))
        return {"people": people, "n_evidence": n, "first_article_id": first}

    def stored(f: _Fact) -> dict[str, object]:
        s = pending.known.facts[f.id]
        n, first = pending.evidence_of_stored(table, s, f.id)
        people = sorted(s.actors.union(pending.actors.get(f.id, {})))
        return {"people": people, "n_evidence": n, "first_article_id": first}

    return new, stored


def _insert_evidence_and_fact_actors(con: duckdb.DuckDBPyConnection, pending: _Pending) -> None:
    # Rows of facts recomputed in SQL may already be stored (they cite other articles, or
    # were cited by this one before): skip duplicates. All others are new for certain.
    columns = ("fact_id", "fact_kind", "article_id", "start", '"end"', "sentence")
    in_sql = set().union(*pending.refresh.values()) if pending.refresh else set()
    rows = list(pending.evidence.values())
    _insert(con, "evidence", columns, [r for r in rows if r[0] not in in_sql])
    _insert(con, "evidence", columns, [r for r in rows if r[0] in in_sql], "ON CONFLICT DO NOTHING")
    stored = pending.known.facts
    _insert(
        con,
        "fact_actors",
        ("fact_id", "actor_name"),
        [
            (fact_id, name)
            for fact_id, names in pending.actors.items()
            for name in names
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
