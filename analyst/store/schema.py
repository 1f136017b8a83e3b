"""The database schema and how a database gets from any older version to the current one.

Rules of the concept:
- The schema's version is the number of migrations applied to it. ``schema_version`` keeps
  one row per applied migration (its version and when it ran); the highest row wins.
- ``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``. Migrations are only
  ever appended, never edited: a database made by an older program must reach the same
  schema as a new one.
- All pending migrations run in ONE transaction: a database is at its old version or at the
  new one, never in between. A migration that fails leaves the file as it was.
- A database newer than this program is refused, not "migrated" backwards.
- Facts are keyed by their content-derived ``id``; evidence rows say which article and which
  characters of its cleaned text each fact came from. Dates are kept as a first day, a last
  day and a precision (``day``/``week``/``month``/``year``), as :class:`FuzzyDate` does.
- Derived columns: each fact row also keeps ``people``, ``n_evidence`` and
  ``first_article_id`` (and an interaction its ``countries``), so the views read one table
  instead of joining millions of participant and evidence rows on every filter change.
  They are a cache of ``interaction_participants``/``fact_actors``/``evidence`` (the
  truth), rewritten by the writer in the same transaction whenever those change:
  ``countries`` are the participants' countries, each once, in order; ``people`` the named
  participants in order (an interaction) or the sorted ``fact_actors`` names (a tariff or
  deadline); ``first_article_id`` the article of the first evidence — earliest published,
  then first stored, then earliest in the text.
- Derived tables: ``contact_days``, ``contact_months`` and ``contact_groups`` count the
  interactions by group (see :mod:`analyst.store.contacts`), a cache of ``interactions``
  and ``fact_actors`` kept by every writer in the same transaction, like the derived
  columns.
- There are no foreign keys: DuckDB checks them row by row and forbids the upserts the
  merge relies on. Integrity is kept by :meth:`Store.add_article`, the only writer of facts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import duckdb

from analyst.store.errors import StoreError

#: A migration: SQL statements (run as one script) or a function of the connection.
Migration = str | Callable[[duckdb.DuckDBPyConnection], None]

_V1 = """
CREATE TABLE articles (
    id          VARCHAR PRIMARY KEY,
    title       VARCHAR,
    source      VARCHAR,
    url         VARCHAR,
    published   DATE,
    path        VARCHAR,
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL DEFAULT (current_timestamp AT TIME ZONE 'UTC') -- UTC
);

CREATE TABLE countries (
    iso3 VARCHAR PRIMARY KEY,
    name VARCHAR,
    lat  DOUBLE,
    lon  DOUBLE
);

CREATE TABLE actors (
    name    VARCHAR PRIMARY KEY,
    country VARCHAR,
    title   VARCHAR,
    caveat  VARCHAR
);

CREATE TABLE article_actors (
    article_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    mentions   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, name)
);

CREATE TABLE interactions (
    id             VARCHAR PRIMARY KEY,
    kind           VARCHAR NOT NULL,
    status         VARCHAR NOT NULL,
    initiator      VARCHAR,
    location       VARCHAR,
    date_start     DATE,
    date_end       DATE,
    date_precision VARCHAR,
    -- kept by the writer from the tables below (see "Derived columns" above)
    countries        VARCHAR[] NOT NULL DEFAULT []::VARCHAR[],
    people           VARCHAR[] NOT NULL DEFAULT []::VARCHAR[],
    n_evidence       INTEGER NOT NULL DEFAULT 0,
    first_article_id VARCHAR
);

CREATE TABLE interaction_participants (
    interaction_id VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    country        VARCHAR NOT NULL,
    actor_name     VARCHAR,
    PRIMARY KEY (interaction_id, position)
);

CREATE TABLE tariffs (
    id             VARCHAR PRIMARY KEY,
    measure        VARCHAR NOT NULL,
    imposer        VARCHAR,
    target         VARCHAR,
    target_group   VARCHAR,
    rate_pct       DOUBLE,
    status         VARCHAR NOT NULL,
    reason         VARCHAR,
    scope          VARCHAR,
    date_start     DATE,
    date_end       DATE,
    date_precision VARCHAR,
    people           VARCHAR[] NOT NULL DEFAULT []::VARCHAR[],
    n_evidence       INTEGER NOT NULL DEFAULT 0,
    first_article_id VARCHAR
);

CREATE TABLE deadlines (
    id            VARCHAR PRIMARY KEY,
    label         VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    due_start     DATE,
    due_end       DATE,
    due_precision VARCHAR,
    setter        VARCHAR,
    subject       VARCHAR,
    people           VARCHAR[] NOT NULL DEFAULT []::VARCHAR[],
    n_evidence       INTEGER NOT NULL DEFAULT 0,
    first_article_id VARCHAR
);

CREATE TABLE fact_actors (
    fact_id    VARCHAR NOT NULL,
    actor_name VARCHAR NOT NULL,
    PRIMARY KEY (fact_id, actor_name)
);

CREATE TABLE evidence (
    fact_id    VARCHAR NOT NULL,
    fact_kind  VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    sentence   VARCHAR NOT NULL,
    UNIQUE (fact_id, article_id, start)
);

-- Filtering by date and by country, lookups of a fact's evidence and an article's facts.
-- (DuckDB prunes scans mostly by its per-block min/max; these serve selective lookups, such
-- as the writer's by fact id: DuckDB does not look up a prefix of a composite key.)
CREATE INDEX interactions_date ON interactions (date_start, date_end);
CREATE INDEX participants_country ON interaction_participants (country);
CREATE INDEX participants_interaction ON interaction_participants (interaction_id);
CREATE INDEX tariffs_imposer ON tariffs (imposer);
CREATE INDEX tariffs_target ON tariffs (target);
CREATE INDEX tariffs_date ON tariffs (date_start, date_end);
CREATE INDEX deadlines_setter ON deadlines (setter);
CREATE INDEX deadlines_subject ON deadlines (subject);
CREATE INDEX deadlines_due ON deadlines (due_start, due_end);
CREATE INDEX fact_actors_name ON fact_actors (actor_name);
CREATE INDEX fact_actors_fact ON fact_actors (fact_id);
CREATE INDEX evidence_fact ON evidence (fact_id);
CREATE INDEX evidence_article ON evidence (article_id);
"""

# Version 2: interactions counted by group (see :mod:`analyst.store.contacts`), filled from
# the facts already stored. An interaction's group: its kind, status, countries (sorted)
# and the names of its ``fact_actors`` rows (sorted); its day group adds its date span.
# ``key`` is the md5 of those values written as text, to find a row by index; ``id`` is a
# group's number, by which its day groups refer to it.
_GROUP_TEXT = "kind, status, array_to_string(countries, chr(30)), array_to_string(actors, chr(30))"
#: SQL of a contact_groups key over columns kind, status, countries, actors.
GROUP_KEY_SQL = f"md5(concat_ws(chr(31), {_GROUP_TEXT}))"
#: SQL of a contact_days key over columns group_key (its group's key), date_start, date_end.
DAY_KEY_SQL = (
    "md5(concat_ws(chr(31), group_key, coalesce(CAST(date_start AS VARCHAR), ''),"
    " coalesce(CAST(date_end AS VARCHAR), '')))"
)
#: SQL of the group values of the interactions meeting ``{where}`` (over ``i``; the actor
#: lists of ``fact_actors`` rows meeting ``{actors_where}``, which must keep those of the
#: interactions selected): columns date_start, date_end, kind, status, countries, actors.
CONTACT_ROWS_SQL = """
    SELECT i.date_start, i.date_end, i.kind, i.status, list_sort(i.countries) AS countries,
           coalesce(a.actors, []::VARCHAR[]) AS actors
    FROM interactions i
    LEFT JOIN (
        SELECT fact_id, list(actor_name ORDER BY actor_name) AS actors
        FROM fact_actors WHERE {actors_where} GROUP BY fact_id
    ) a ON a.fact_id = i.id
    WHERE {where}
"""
#: SQL of the day groups (with their group's key) of the interactions meeting ``{where}``
#: (as :data:`CONTACT_ROWS_SQL`): columns group_key, date_start, date_end, kind, status,
#: countries, actors, n.
CONTACT_DAYS_SQL = f"""
    SELECT {GROUP_KEY_SQL} AS group_key, *
    FROM (
        SELECT date_start, date_end, kind, status, countries, actors, count(*) AS n
        FROM ({CONTACT_ROWS_SQL}) GROUP BY ALL
    )
"""

_V2 = f"""
CREATE SEQUENCE contact_group_ids;

CREATE TABLE contact_groups (
    key        VARCHAR PRIMARY KEY,
    id         BIGINT NOT NULL DEFAULT nextval('contact_group_ids'),
    kind       VARCHAR NOT NULL,
    status     VARCHAR NOT NULL,
    countries  VARCHAR[] NOT NULL,
    actors     VARCHAR[] NOT NULL,
    n          BIGINT NOT NULL,
    first_date DATE,
    last_date  DATE
);

CREATE TABLE contact_days (
    key        VARCHAR PRIMARY KEY,
    group_id   BIGINT NOT NULL,
    date_start DATE,
    date_end   DATE,
    n          BIGINT NOT NULL
);

CREATE TEMP TABLE contact_fill AS
{CONTACT_DAYS_SQL.format(where="TRUE", actors_where="TRUE")};

INSERT INTO contact_groups (key, kind, status, countries, actors, n, first_date, last_date)
SELECT group_key, kind, status, countries, actors, sum(n), min(date_start), max(date_start)
FROM contact_fill
GROUP BY ALL
ORDER BY kind, status, countries, actors;

-- In date order: a date filter then skips whole blocks of rows by their min/max.
INSERT INTO contact_days (key, group_id, date_start, date_end, n)
SELECT {DAY_KEY_SQL}, g.id, f.date_start, f.date_end, f.n
FROM contact_fill f JOIN contact_groups g ON g.key = f.group_key
ORDER BY f.date_start NULLS LAST, f.date_end NULLS LAST, g.id;

DROP TABLE contact_fill;
"""

# Version 3: the day groups summed by month (see :mod:`analyst.store.contacts`), filled from
# the day groups already counted. A month group: a group and the months of its day groups'
# start and end (each as its first day); ``n`` the sum of their counts, ``first_date`` and
# ``last_date`` the earliest and latest start date among them. ``key`` is made as a day
# group's, from its group's key and the two months.
#: SQL of the first day of the month of the date column ``{column}`` (NULL stays NULL).
MONTH_OF_SQL = "CAST(date_trunc('month', {column}) AS DATE)"
#: SQL of a contact_months key over columns group_key, start_month, end_month.
MONTH_KEY_SQL = (
    "md5(concat_ws(chr(31), group_key, coalesce(CAST(start_month AS VARCHAR), ''),"
    " coalesce(CAST(end_month AS VARCHAR), '')))"
)
#: SQL of the month groups of the day groups ``{days}`` (columns group_key, date_start,
#: date_end, n): columns key, group_key, start_month, end_month, n, first_date, last_date.
CONTACT_MONTHS_SQL = f"""
    SELECT {MONTH_KEY_SQL} AS key, group_key, start_month, end_month, sum(n)::BIGINT AS n,
           min(date_start) AS first_date, max(date_start) AS last_date
    FROM (
        SELECT group_key, {MONTH_OF_SQL.format(column="date_start")} AS start_month,
               {MONTH_OF_SQL.format(column="date_end")} AS end_month, n, date_start
        FROM ({{days}})
    )
    GROUP BY group_key, start_month, end_month
"""

_V3 = f"""
CREATE TABLE contact_months (
    key         VARCHAR PRIMARY KEY,
    group_id    BIGINT NOT NULL,
    start_month DATE,
    end_month   DATE,
    n           BIGINT NOT NULL,
    first_date  DATE,
    last_date   DATE
);

-- In month order, as contact_days is in date order.
INSERT INTO contact_months (key, group_id, start_month, end_month, n, first_date, last_date)
SELECT m.key, g.id, m.start_month, m.end_month, m.n, m.first_date, m.last_date
FROM ({
    CONTACT_MONTHS_SQL.format(
        days="SELECT g.key AS group_key, d.date_start, d.date_end, d.n"
        " FROM contact_days d JOIN contact_groups g ON g.id = d.group_id"
    )
}) m JOIN contact_groups g ON g.key = m.group_key
ORDER BY m.start_month NULLS LAST, m.end_month NULLS LAST, g.id;
"""

#: Every migration ever shipped, oldest first. Append; never edit or reorder.
MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3)

#: The migrations (by the version they make) that only add derived tables, which the
#: queries do without (more slowly) when they are absent: a database lacking only these
#: can be read as it is, without being upgraded.
DERIVED_ONLY: frozenset[int] = frozenset({2, 3})


def readable_as_is(version: int | None) -> bool:
    """Whether a database at ``version`` can be read without upgrading it."""
    if version is None:
        return False
    return version >= 1 and all(
        v in DERIVED_ONLY for v in range(version + 1, current_version() + 1)
    )


#: The tables a current database has (besides ``schema_version``).
TABLES: tuple[str, ...] = (
    "articles",
    "countries",
    "actors",
    "article_actors",
    "interactions",
    "interaction_participants",
    "tariffs",
    "deadlines",
    "fact_actors",
    "evidence",
)


#: Tables derived from the ones above, kept by the writers (:mod:`analyst.store.contacts`).
DERIVED_TABLES: tuple[str, ...] = ("contact_days", "contact_groups", "contact_months")


#: The table that marks a database of views over Parquet files (:mod:`analyst.store.attach`):
#: it has this schema's tables as views, and is never migrated or written (attach again).
ATTACHED_MARKER = "parquet_attachment"


def current_version() -> int:
    """The version this program writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def user_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the tables and views in the connection's own database, sorted."""
    rows = con.execute(
        """
        SELECT table_name FROM duckdb_tables()
        WHERE database_name = current_database() AND NOT internal
        UNION
        SELECT view_name FROM duckdb_views()
        WHERE database_name = current_database() AND NOT internal
        ORDER BY 1
        """
    ).fetchall()
    return [str(r[0]) for r in rows]


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version recorded in the database, ``None`` if it has no ``schema_version``.

    An existing but empty ``schema_version`` is version 0: created, nothing applied yet.
    """
    if "schema_version" not in user_tables(con):
        return None
    # fetchall, not fetchone: DuckDB 2.x keeps a half-read result open on the connection
    rows = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return int(rows[0][0])


def migrate(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] | None = None) -> int:
    """Brings the database up to ``len(migrations)``; returns the version it is at now.

    ``migrations`` defaults to :data:`MIGRATIONS` (looked up at call time, so a test can
    substitute its own list). Raises :class:`StoreError` for a database newer than the
    list; re-raises whatever a migration raises after rolling every pending one back.
    """
    steps = MIGRATIONS if migrations is None else tuple(migrations)
    # DuckDB draws a progress bar on stdout for long statements (filling a derived table of
    # a big database): not in the output of whatever opened the database.
    bar = con.execute("SELECT current_setting('enable_progress_bar')").fetchall()[0][0]
    con.execute("SET enable_progress_bar = false")
    try:
        return _migrate(con, steps)
    finally:
        con.execute(f"SET enable_progress_bar = {'true' if bar else 'false'}")


def _migrate(con: duckdb.DuckDBPyConnection, steps: Sequence[Migration]) -> int:
    con.begin()
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        version = stored_version(con) or 0
        if version > len(steps):
            raise StoreError(
                f"made by a newer analyst (schema version {version}; "
                f"this one knows up to {len(steps)})"
            )
        for number, step in enumerate(steps[version:], start=version + 1):
            if isinstance(step, str):
                con.execute(step)
            else:
                step(con)
            con.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, current_timestamp)",
                [number],
            )
            version = number
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return version
