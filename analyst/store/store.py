"""The DuckDB database of articles and the facts taken from them.

Rules of the concept:
- One file, one schema, versioned (:mod:`analyst.store.schema`). Opening a file never
  changes a file that is not ours: a text file, an empty file or another program's DuckDB
  database is refused with :class:`StoreError` and left byte for byte as it was (it is first
  inspected through a read-only connection).
- One transaction per article: :meth:`Store.add_article` writes the article, its text and
  every fact, participant, actor and evidence row, or nothing at all.
- An article is identified by its id (a hash of its cleaned text); adding it again changes
  nothing and returns ``False``.
- How facts merge across articles, and how derived columns are kept: :mod:`._writer`.
- A DuckDB connection must not be used by two threads at once: a worker thread queries
  through its own :meth:`Store.cursor`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import polars as pl

from analyst.model import Article, Facts
from analyst.store import _writer, schema
from analyst.store._sql import frame
from analyst.store.errors import StoreError

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class Store:
    """An open analyst database. Make one with :meth:`open` or :meth:`memory`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None, read_only: bool) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._path = path
        self._read_only = read_only

    # --- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Opens (creating and migrating as needed) the database at ``path``.

        Raises :class:`StoreError` for a file that is not an analyst database, a database
        made by a newer analyst, a file another program holds (``in_use``), or — with
        ``read_only`` — a file that does not exist or still needs migrating.
        """
        p = Path(path).expanduser()
        if p.is_dir():
            raise StoreError.not_analyst(p, "it is a folder")
        exists = p.exists()
        if exists:
            _check_header(p)
            version = _probe(p)
        elif read_only:
            raise StoreError.cannot_open(p, "no such file")
        elif not p.parent.is_dir():
            raise StoreError.cannot_open(p, f"no such folder: {p.parent}")
        else:
            version = None

        known = schema.current_version()
        if version is not None and version > known:
            raise StoreError.not_analyst(
                p, f"made by a newer analyst: schema version {version}, this one knows {known}"
            )
        if read_only:
            if version is None or version < known:
                raise StoreError.cannot_open(
                    p,
                    f"schema version {version or 0} needs upgrading to {known}; "
                    "open it once for writing",
                )
            return cls(_connect(p, read_only=True), p, read_only=True)

        con = _connect(p, read_only=False)
        try:
            _refuse_foreign(con, p)  # again: the file may have changed since the probe
            schema.migrate(con)
        except StoreError as e:
            con.close()
            if e.path is None:
                raise StoreError.not_analyst(p, str(e)) from None
            raise
        except BaseException:
            con.close()
            raise
        return cls(con, p, read_only=False)

    @classmethod
    def memory(cls) -> Store:
        """A new, empty database in memory (for tests and ``analyst extract``)."""
        con = duckdb.connect(":memory:")
        schema.migrate(con)
        return cls(con, None, read_only=False)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- properties ---------------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, for the query modules of this package and the GUI thread."""
        if self._con is None:
            raise StoreError(f"{self._name}: the database is closed")
        return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new connection to the same database for another thread (close it when done)."""
        return self.con.cursor()

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def _name(self) -> str:
        return str(self._path) if self._path else ":memory:"

    def schema_version(self) -> int:
        return schema.stored_version(self.con) or 0

    def counts(self) -> dict[str, int]:
        """Rows per table, e.g. ``{"articles": 2, "interactions": 5, …}``."""
        query = " UNION ALL ".join(
            f"SELECT '{t}' AS name, count(*) AS n FROM {t}" for t in schema.TABLES
        )
        return {str(name): int(n) for name, n in self.con.execute(query).fetchall()}

    # --- articles -----------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        # fetchall, not fetchone: DuckDB 2.x keeps a half-read result open on the connection
        found = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchall()
        return bool(found)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article with its text, or ``None``."""
        rows = frame(
            self,
            "SELECT id, title, source, url, published, path, text, ingested_at"
            " FROM articles WHERE id = ?",
            [article_id],
        ).to_dicts()
        return rows[0] if rows else None

    def articles(self) -> pl.DataFrame:
        """One row per article (without its text): id, title, source, url, published, path,
        ingested_at, chars, n_evidence — oldest publication first, undated last."""
        return frame(
            self,
            """
            SELECT a.id, a.title, a.source, a.url, a.published, a.path, a.ingested_at,
                   length(a.text) AS chars, coalesce(e.n, 0) AS n_evidence
            FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM evidence GROUP BY 1) e
                   ON e.article_id = a.id
            ORDER BY a.published NULLS LAST, a.ingested_at, a.id
            """,
        )

    def add_article(self, article: Article, facts: Facts) -> bool:
        """Stores ``article`` (with its text) and ``facts`` in one transaction.

        Returns ``False`` and changes nothing when the article is already stored. On any
        error the transaction is rolled back and the error re-raised.
        """
        self._require_writable("add articles")
        con = self.con
        con.begin()
        try:
            added = _writer.add_article(con, article, facts)
            if added:
                con.commit()
            else:
                con.rollback()
        except BaseException:
            con.rollback()
            raise
        return added

    # --- countries ----------------------------------------------------------------------

    def ensure_countries(self, rows: Iterable[Sequence[object]]) -> int:
        """Stores ``(iso3, name, lat, lon)`` rows (from the caller's gazetteer), replacing
        what was stored for those codes; returns how many rows were given."""
        self._require_writable("store countries")
        data = [(r[0], r[1], r[2], r[3]) for r in rows]
        con = self.con
        con.begin()
        try:
            _writer._insert(
                con,
                "countries",
                ("iso3", "name", "lat", "lon"),
                list({r[0]: r for r in data}.values()),
                "ON CONFLICT (iso3) DO UPDATE SET"
                " name = excluded.name, lat = excluded.lat, lon = excluded.lon",
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return len(data)

    def _require_writable(self, what: str) -> None:
        if self._read_only:
            raise StoreError(
                f"{self._name}: opened read-only, cannot {what}",
                path=self._path,
                reason="opened read-only",
            )


# --- opening: checks that never write ----------------------------------------------------


def _check_header(p: Path) -> None:
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise StoreError.cannot_open(p, e.strerror or str(e)) from None
    if not head:
        raise StoreError.not_analyst(p, "empty file")
    if head[8:12] != _DUCKDB_MAGIC:
        raise StoreError.not_analyst(p, "not a DuckDB file")


def _probe(p: Path) -> int | None:
    """The schema version of an existing DuckDB file (``None``: an empty DuckDB database),
    read through a read-only connection so that a file we refuse is never written."""
    try:
        con = _connect(p, read_only=True)
    except StoreError as e:
        if e.reason != "already open in this program":
            raise
        # This process holds it read-write: that connection already accepted it as ours
        # (or will refuse it before writing, see Store.open).
        return _probe_shared(p)
    try:
        _refuse_foreign(con, p)
        return schema.stored_version(con)
    finally:
        con.close()


def _probe_shared(p: Path) -> int | None:
    con = _connect(p, read_only=False)
    try:
        _refuse_foreign(con, p)
        return schema.stored_version(con)
    finally:
        con.close()


def _refuse_foreign(con: duckdb.DuckDBPyConnection, p: Path) -> None:
    tables = schema.user_tables(con)
    if tables and "schema_version" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError.not_analyst(p, f"a DuckDB database of another program: {shown}")


def _connect(p: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as e:
        message = str(e)
        if "lock" in message.lower():
            raise StoreError.cannot_open(
                p,
                "in use by another program",
                in_use=True,
                read_only_possible="read-only mode" in message,
            ) from None
        if "not a valid DuckDB database" in message:
            raise StoreError.not_analyst(p, "not a DuckDB file") from None
        raise StoreError.cannot_open(p, message.splitlines()[0]) from None
    except duckdb.ConnectionException:
        # DuckDB allows one configuration per file per process.
        raise StoreError.cannot_open(p, "already open in this program") from None
    except duckdb.Error as e:
        raise StoreError.cannot_open(p, str(e).splitlines()[0]) from None
