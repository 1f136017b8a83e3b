"""One article's facts as the rows of the store's tables, without DuckDB; and those rows as
a folder of Parquet files (the layout :mod:`analyst.store.attach` reads in place).

Rules of the concept:
- :func:`fact_rows` gives the rows :meth:`Store.add_article` would write for an article
  into a database that holds nothing yet, derived columns included (``countries``,
  ``people``, ``n_evidence``, ``first_article_id``; see :mod:`analyst.store.schema`). The
  store's writer builds its rows with the same functions, so there is one place that says
  what a row is.
- Facts that repeat an id within the article give one row (the first) and all their
  evidence and people, as the writer does. Merging the same fact across articles is not
  done here: that is the writer's job in a database and the attached views' job over
  Parquet (:mod:`analyst.store.attach`).
- Evidence citing another article is kept and counted in ``n_evidence``; such a fact's
  ``first_article_id`` is its own article when it has evidence there, else the cited
  article with the earliest id and offset (nothing is known of when the cited one was
  published).
- The Parquet layout (:data:`LAYOUT` in words, :func:`write_parquet_partition` in code):
  one folder per table under the output folder, named as the table, holding files with
  exactly the table's columns and types (:data:`COLUMNS`). Tables with a date are
  partitioned Hive-style by the year and month of that date (:data:`PARTITIONED_BY`):
  ``interactions/year=2025/month=08/part-00000.parquet``; a row without a date goes under
  ``year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__``, the name Spark
  gives a NULL partition value. The other tables are one level deep:
  ``evidence/part-00000.parquet``. ``countries`` is not part of the layout: it comes from
  the gazetteer when the folder is attached.
- Each file is written under a temporary name and renamed when complete, so a reader that
  lists ``**/*.parquet`` never sees half a file. Writing a part name again replaces it (a
  map task that is retried writes the same files).

Imports neither DuckDB nor Qt; pyarrow only when writing files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyst.model import Article, Evidence, Facts, FuzzyDate
from analyst.model import Participant as ParticipantValue

if TYPE_CHECKING:
    import pyarrow as pa

Row = tuple[object, ...]

#: Every table's columns and DuckDB types, in the order of :mod:`analyst.store.schema`
#: (a test checks the two agree).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR"),
        ("title", "VARCHAR"),
        ("source", "VARCHAR"),
        ("url", "VARCHAR"),
        ("published", "DATE"),
        ("path", "VARCHAR"),
        ("text", "VARCHAR"),
        ("ingested_at", "TIMESTAMP"),
    ),
    "countries": (("iso3", "VARCHAR"), ("name", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE")),
    "actors": (
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("title", "VARCHAR"),
        ("caveat", "VARCHAR"),
    ),
    "article_actors": (("article_id", "VARCHAR"), ("name", "VARCHAR"), ("mentions", "INTEGER")),
    "interactions": (
        ("id", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("status", "VARCHAR"),
        ("initiator", "VARCHAR"),
        ("location", "VARCHAR"),
        ("date_start", "DATE"),
        ("date_end", "DATE"),
        ("date_precision", "VARCHAR"),
        ("countries", "VARCHAR[]"),
        ("people", "VARCHAR[]"),
        ("n_evidence", "INTEGER"),
        ("first_article_id", "VARCHAR"),
    ),
    "interaction_participants": (
        ("interaction_id", "VARCHAR"),
        ("position", "INTEGER"),
        ("country", "VARCHAR"),
        ("actor_name", "VARCHAR"),
    ),
    "tariffs": (
        ("id", "VARCHAR"),
        ("measure", "VARCHAR"),
        ("imposer", "VARCHAR"),
        ("target", "VARCHAR"),
        ("target_group", "VARCHAR"),
        ("rate_pct", "DOUBLE"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("scope", "VARCHAR"),
        ("date_start", "DATE"),
        ("date_end", "DATE"),
        ("date_precision", "VARCHAR"),
        ("people", "VARCHAR[]"),
        ("n_evidence", "INTEGER"),
        ("first_article_id", "VARCHAR"),
    ),
    "deadlines": (
        ("id", "VARCHAR"),
        ("label", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("due_start", "DATE"),
        ("due_end", "DATE"),
        ("due_precision", "VARCHAR"),
        ("setter", "VARCHAR"),
        ("subject", "VARCHAR"),
        ("people", "VARCHAR[]"),
        ("n_evidence", "INTEGER"),
        ("first_article_id", "VARCHAR"),
    ),
    "fact_actors": (("fact_id", "VARCHAR"), ("actor_name", "VARCHAR")),
    "evidence": (
        ("fact_id", "VARCHAR"),
        ("fact_kind", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("sentence", "VARCHAR"),
    ),
}

#: The tables of the Parquet layout: every table but ``countries``.
LAYOUT_TABLES: tuple[str, ...] = tuple(t for t in COLUMNS if t != "countries")

#: The date column whose year and month partition a table's files.
PARTITIONED_BY: dict[str, str] = {
    "articles": "published",
    "interactions": "date_start",
    "tariffs": "date_start",
    "deadlines": "due_start",
}

#: The partition value of a row without a date (Spark's name for a NULL partition value).
UNDATED = "__HIVE_DEFAULT_PARTITION__"


# --- the facts of one article, in the shape every table is written from -----------------


@dataclass(frozen=True, slots=True)
class FactTable:
    """How one fact table is written."""

    name: str
    kind: str  # evidence.fact_kind
    fill: tuple[tuple[str, str], ...]  # (column, SQL type) a later article may fill
    dates: tuple[str, str, str]  # start, end, precision
    fixed: tuple[str, ...]  # written once, with the row
    derived: tuple[str, ...]  # the derived columns, in the order derived_columns gives

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of :func:`fact_row`'s tuple, in order."""
        return ("id", *(c for c, _ in self.fill), *self.dates, *self.fixed, *self.derived)


INTERACTIONS = FactTable(
    "interactions",
    "interaction",
    (("initiator", "VARCHAR"), ("location", "VARCHAR")),
    ("date_start", "date_end", "date_precision"),
    ("kind", "status"),
    ("countries", "people", "n_evidence", "first_article_id"),
)
TARIFFS = FactTable(
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
    ("people", "n_evidence", "first_article_id"),
)
DEADLINES = FactTable(
    "deadlines",
    "deadline",
    (("setter", "VARCHAR"), ("subject", "VARCHAR")),
    ("due_start", "due_end", "due_precision"),
    ("label", "kind"),
    ("people", "n_evidence", "first_article_id"),
)
FACT_TABLES: dict[str, FactTable] = {t.name: t for t in (INTERACTIONS, TARIFFS, DEADLINES)}

EVIDENCE_COLUMNS = ("fact_id", "fact_kind", "article_id", "start", "end", "sentence")
ARTICLE_COLUMNS = ("id", "title", "source", "url", "published", "path", "text", "ingested_at")
ACTOR_COLUMNS = ("name", "country", "title", "caveat")
ARTICLE_ACTOR_COLUMNS = ("article_id", "name", "mentions")
PARTICIPANT_COLUMNS = ("interaction_id", "position", "country", "actor_name")
FACT_ACTOR_COLUMNS = ("fact_id", "actor_name")


@dataclass(slots=True)
class Fact:
    """One fact of the article, in the shape every fact table is written from."""

    id: str
    fill: tuple[object, ...]
    dates: tuple[object, object, object]
    fixed: tuple[object, ...]
    evidence: tuple[Evidence, ...]
    people: tuple[str, ...]  # its fact_actors names
    participants: tuple[ParticipantValue, ...] = ()


def _date(d: FuzzyDate | None) -> tuple[object, object, object]:
    return (d.start, d.end, d.precision) if d else (None, None, None)


def facts_by_table(facts: Facts) -> dict[str, list[Fact]]:
    """The article's interactions, tariffs and deadlines as :class:`Fact` values, in the
    order given (repeated ids included)."""
    return {
        "interactions": [
            Fact(
                i.id,
                (i.initiator, i.location),
                _date(i.date),
                (i.kind, i.status),
                i.evidence,
                i.people,
                i.participants,
            )
            for i in facts.interactions
        ],
        "tariffs": [
            Fact(
                t.id,
                (t.imposer, t.target, t.target_group, t.rate_pct, t.reason, t.scope),
                _date(t.date),
                (t.measure, t.status),
                t.evidence,
                t.actors,
            )
            for t in facts.tariffs
        ],
        "deadlines": [
            Fact(
                d.id,
                (d.setter, d.subject),
                _date(d.due),
                (d.label, d.kind),
                d.evidence,
                d.actors,
            )
            for d in facts.deadlines
        ],
    }


@dataclass(slots=True)
class Gathered:
    """What an article's facts add besides their own rows, gathered across the tables in
    the order interactions, tariffs, deadlines."""

    article_id: str
    firsts: dict[str, dict[str, Fact]] = field(default_factory=dict)  # table -> id -> 1st fact
    evidence: dict[tuple[object, ...], Row] = field(default_factory=dict)  # key -> row
    n_evidence: dict[str, int] = field(default_factory=dict)  # evidence rows per fact
    n_own: dict[str, int] = field(default_factory=dict)  # of them citing the article
    first_cited: dict[str, tuple[str, int]] = field(default_factory=dict)  # other article
    foreign: set[str] = field(default_factory=set)  # facts citing another article
    actors: dict[str, dict[str, None]] = field(default_factory=dict)  # fact -> names


def gather(article_id: str, by_table: Mapping[str, Sequence[Fact]]) -> Gathered:
    """The evidence rows, people and first occurrence of every fact of one article."""
    g = Gathered(article_id)
    for table in FACT_TABLES.values():
        firsts = g.firsts.setdefault(table.name, {})
        for fact in by_table.get(table.name, ()):
            firsts.setdefault(fact.id, fact)
            for e in fact.evidence:
                key = (fact.id, e.article_id, e.start)
                if key not in g.evidence:
                    g.evidence[key] = (
                        fact.id,
                        table.kind,
                        e.article_id,
                        e.start,
                        e.end,
                        e.sentence,
                    )
                    g.n_evidence[fact.id] = g.n_evidence.get(fact.id, 0) + 1
                    if e.article_id == article_id:
                        g.n_own[fact.id] = g.n_own.get(fact.id, 0) + 1
                if e.article_id != article_id:
                    g.foreign.add(fact.id)
                    cited = (e.article_id, e.start)
                    if fact.id not in g.first_cited or cited < g.first_cited[fact.id]:
                        g.first_cited[fact.id] = cited
            names = g.actors.setdefault(fact.id, {})
            for name in fact.people:
                names.setdefault(name, None)
    return g


def derived_columns(table: FactTable, fact: Fact, g: Gathered) -> dict[str, object]:
    """The derived columns of a fact first stored from this article (``table.derived``)."""
    n = g.n_evidence.get(fact.id, 0)
    if g.n_own.get(fact.id):
        first: str | None = g.article_id
    else:
        cited = g.first_cited.get(fact.id)
        first = cited[0] if cited else None
    if table is INTERACTIONS:
        return {
            "countries": list(dict.fromkeys(p.country for p in fact.participants)),
            "people": [p.name for p in fact.participants if p.name],
            "n_evidence": n,
            "first_article_id": first,
        }
    return {"people": sorted(g.actors.get(fact.id, {})), "n_evidence": n, "first_article_id": first}


def fact_row(fact: Fact, derived: Mapping[str, object]) -> Row:
    """The row of a new fact, columns as :attr:`FactTable.columns`."""
    return (fact.id, *fact.fill, *fact.dates, *fact.fixed, *derived.values())


def participant_rows(fact: Fact) -> list[Row]:
    return [(fact.id, n, p.country, p.name) for n, p in enumerate(fact.participants)]


def article_row(a: Article, ingested_at: datetime) -> Row:
    return (a.id, a.title, a.source, a.url, a.published, a.path, a.text, ingested_at)


def people_rows(facts: Facts) -> list[Row]:
    """``(name, country, title, caveat)`` of everyone the facts name: the article's leaders
    first, then people named in a fact, so every name a fact refers to gets an actor."""
    people: list[Row] = [(p.name, p.country, p.title, p.caveat) for p in facts.leaders]
    for i in facts.interactions:
        people += [(p.name, p.country, None, None) for p in i.participants if p.name]
    for t in facts.tariffs:
        people += [(name, None, None, None) for name in t.actors]
    for d in facts.deadlines:
        people += [(name, None, None, None) for name in d.actors]
    return merge_people(people)


def merge_people(rows: Iterable[Row]) -> list[Row]:
    """One row per name: the first non-NULL value of each field, in order."""
    merged: dict[object, list[object]] = {}
    for row in rows:
        known = merged.setdefault(row[0], list(row))
        for k, value in enumerate(row):
            if known[k] is None:
                known[k] = value
    return [tuple(r) for r in merged.values()]


def article_actor_rows(article_id: str, facts: Facts) -> list[Row]:
    """``(article_id, name, mentions)`` of the article's leaders, the first row per name."""
    leaders: dict[str, Row] = {}
    for p in facts.leaders:
        leaders.setdefault(p.name, (article_id, p.name, p.mentions))
    return list(leaders.values())


def fact_actor_rows(g: Gathered) -> list[Row]:
    return [(fact_id, name) for fact_id, names in g.actors.items() for name in names]


# --- the whole article ----------------------------------------------------------------------

RowsByTable = dict[str, list[dict[str, Any]]]


def fact_rows(
    article: Article, facts: Facts, *, ingested_at: datetime | None = None
) -> RowsByTable:
    """The rows of every table (but ``countries``) for ``article`` and ``facts``, as the
    store writes them into a database that holds nothing yet: ``{table: [{column:
    value}]}`` with every table of :data:`LAYOUT_TABLES` present (maybe with no rows).

    ``ingested_at`` (naive UTC, as the store keeps it) defaults to now.
    """
    when = ingested_at if ingested_at is not None else datetime.now(UTC).replace(tzinfo=None)
    by_table = facts_by_table(facts)
    g = gather(article.id, by_table)
    out: dict[str, list[Row]] = {t: [] for t in LAYOUT_TABLES}
    out["articles"].append(article_row(article, when))
    out["actors"] = people_rows(facts)
    out["article_actors"] = article_actor_rows(article.id, facts)
    columns: dict[str, Sequence[str]] = {
        "articles": ARTICLE_COLUMNS,
        "actors": ACTOR_COLUMNS,
        "article_actors": ARTICLE_ACTOR_COLUMNS,
        "interaction_participants": PARTICIPANT_COLUMNS,
        "fact_actors": FACT_ACTOR_COLUMNS,
        "evidence": EVIDENCE_COLUMNS,
    }
    for table in FACT_TABLES.values():
        columns[table.name] = table.columns
        for fact in g.firsts[table.name].values():
            out[table.name].append(fact_row(fact, derived_columns(table, fact, g)))
            if table is INTERACTIONS:
                out["interaction_participants"] += participant_rows(fact)
    out["evidence"] = list(g.evidence.values())
    out["fact_actors"] = fact_actor_rows(g)
    return {t: [dict(zip(columns[t], row, strict=True)) for row in rows] for t, rows in out.items()}


def concat_rows(parts: Iterable[RowsByTable]) -> RowsByTable:
    """Several articles' :func:`fact_rows` as one batch (for one Parquet part). ``actors``
    keep one row per name, the first non-NULL value of each field, as the store keeps them;
    every other table keeps every row, in order."""
    out: RowsByTable = {t: [] for t in LAYOUT_TABLES}
    people: list[Row] = []
    for part in parts:
        for table, rows in part.items():
            if table == "actors":
                people += [tuple(r[c] for c in ACTOR_COLUMNS) for r in rows]
            else:
                out.setdefault(table, []).extend(rows)
    out["actors"] = [dict(zip(ACTOR_COLUMNS, r, strict=True)) for r in merge_people(people)]
    return out


# --- Parquet ---------------------------------------------------------------------------------


def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of a table's Parquet files (:data:`COLUMNS`)."""
    import pyarrow as pa

    types: dict[str, pa.DataType] = {
        "VARCHAR": pa.string(),
        "DATE": pa.date32(),
        "TIMESTAMP": pa.timestamp("us"),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "VARCHAR[]": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS[table]])


def partition_of(value: object) -> tuple[str, str]:
    """``(year, month)`` partition values of a date (``"2025"``, ``"08"``); :data:`UNDATED`
    twice for ``None``."""
    if value is None:
        return UNDATED, UNDATED
    if not isinstance(value, date):
        raise TypeError(f"not a date: {value!r}")
    return f"{value.year:04d}", f"{value.month:02d}"


_PART_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._=-]*")


def write_parquet_partition(
    rows_by_table: Mapping[str, Sequence[Mapping[str, Any]] | pa.Table],
    out_dir: str | Path,
    part_name: str,
) -> list[Path]:
    """Writes each table's rows under ``out_dir`` in the layout of this module's rules, in
    files named ``part_name`` (``.parquet`` added unless given); returns the files written.

    Rows are :func:`fact_rows`/:func:`concat_rows` dicts or pyarrow tables with (at least)
    the table's columns. A table without rows writes no file. Raises ``ValueError`` for an
    unknown table or a part name that is not a plain file name, ``OSError`` when a file
    cannot be written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not _PART_NAME.fullmatch(part_name) or part_name in (".", ".."):
        raise ValueError(f"not a plain file name for a part: {part_name!r}")
    file_name = part_name if part_name.endswith(".parquet") else f"{part_name}.parquet"
    root = Path(out_dir)
    written: list[Path] = []
    for table, rows in rows_by_table.items():
        if table not in LAYOUT_TABLES:
            raise ValueError(f"not a table of the Parquet layout: {table!r}")
        schema = arrow_schema(table)
        if isinstance(rows, pa.Table):
            data = rows.select(schema.names).cast(schema)
        else:
            data = pa.Table.from_pylist(list(rows), schema=schema)
        if data.num_rows == 0:
            continue
        for folder, chunk in _partitions(table, data):
            target = root / table / folder / file_name
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{file_name}.{os.getpid()}.tmp")
            try:
                pq.write_table(chunk, temporary, compression="zstd")
                os.replace(temporary, target)
            finally:
                temporary.unlink(missing_ok=True)
            written.append(target)
    return written


def _partitions(table: str, data: pa.Table) -> list[tuple[str, pa.Table]]:
    """``(relative folder, rows)`` of each partition of ``data``, in order of first row."""
    column = PARTITIONED_BY.get(table)
    if column is None:
        return [(".", data)]
    groups: dict[tuple[str, str], list[int]] = {}
    for n, value in enumerate(data.column(column).to_pylist()):
        groups.setdefault(partition_of(value), []).append(n)
    return [
        (f"year={year}/month={month}", data.take(indices))
        for (year, month), indices in groups.items()
    ]
