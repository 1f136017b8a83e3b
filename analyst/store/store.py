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
  through its own :meth:`Store.cursor`, or reads and writes through :meth:`Store.for_thread`.
- A database made by an older analyst is upgraded when opened for writing. Opened
  read-only, it is read as it is when the migrations it lacks only add derived tables
  (:func:`~analyst.store.schema.readable_as_is`); else it is refused.
- A database of views over Parquet files (``analyst attach``, :mod:`.attach`) opens
  read-only whatever the caller asks: there is nothing to write facts into, and it is never
  migrated (attaching again remakes it). :attr:`Store.attached` says so.
- DuckDB lets one process write a file and then no other process open it at all (not even
  to read). :meth:`Store.open_or_snapshot` is the caller's explicit fallback for that case:
  a read-only private copy of the file as last written (:meth:`Store.open_snapshot`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from analyst.model import Article, Facts
from analyst.store import _writer, contacts, schema
from analyst.store._sql import frame
from analyst.store.errors import StoreError

if TYPE_CHECKING:
    import polars as pl

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class Store:
    """An open analyst database. Make one with :meth:`open` or :meth:`memory`."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        path: Path | None,
        read_only: bool,
        *,
        attached: bool = False,
    ) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._path = path
        self._read_only = read_only or attached
        self._attached = attached
        self._snapshot_dir: Path | None = None  # the private copy's folder (open_snapshot)
        self._snapshot_taken: datetime | None = None
        self._in_use_elsewhere = False  # opened read-only because another process holds it
        # whether the interaction counts by group are there to read (analyst.store.contacts)
        self.keeps_contacts = not attached and contacts.tables_exist(con)
        # and the month groups (a database opened read-only before version 3 lacks them)
        self.keeps_contact_months = self.keeps_contacts and contacts.month_table_exists(con)

    # --- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Opens (creating and migrating as needed) the database at ``path``.

        Raises :class:`StoreError` for a file that is not an analyst database, a database
        made by a newer analyst, a file another program holds (``in_use``), or — with
        ``read_only`` — a file that does not exist or still needs migrating. A database of
        attached Parquet files opens read-only (:attr:`attached`).
        """
        p = Path(path).expanduser()
        if p.is_dir():
            raise StoreError.not_analyst(p, "it is a folder")
        exists = p.exists()
        attached = False
        if exists:
            _check_header(p)
            version, attached = _probe(p)
        elif read_only:
            raise StoreError.cannot_open(p, "no such file")
        elif not p.parent.is_dir():
            raise StoreError.cannot_open(p, f"no such folder: {p.parent}")
        else:
            version = None

        known = schema.current_version()
        if attached:
            # the views of an older attachment answer as well, when all it lacks are
            # derived tables (the queries do without them)
            if version != known and not schema.readable_as_is(version):
                raise StoreError.cannot_open(
                    p,
                    f"Parquet files attached by another analyst (schema version {version}, "
                    f"this one knows {known}); run `analyst attach` again",
                )
            con = _connect(p, read_only=True)
            # every query reads the files' footers: keep them between queries (DuckDB
            # checks that a file is unchanged before it uses the footer it cached)
            con.execute("SET parquet_metadata_cache = true")
            return cls(con, p, read_only=True, attached=True)
        if version is not None and version > known:
            raise StoreError.not_analyst(
                p, f"made by a newer analyst: schema version {version}, this one knows {known}"
            )
        if read_only:
            if not schema.readable_as_is(version):
                raise StoreError.cannot_open(
                    p,
                    f"schema version {version or 0} needs upgrading to {known}; "
                    "open it once for writing",
                )
            # An older version whose missing migrations only add derived tables is read
            # as it is: the queries do without them (see analyst.store.contacts).
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
    def open_snapshot(cls, path: str | Path) -> Store:
        """A read-only private copy of ``path`` (and its write-ahead log) as last written.

        For a file another process holds for writing, which DuckDB lets no one else open.
        ``store.path`` is still ``path``; :attr:`snapshot_taken` says when the copy was made;
        the copy is deleted on :meth:`close`. Raises :class:`StoreError` like :meth:`open`
        with ``read_only`` (naming ``path``, not the copy).
        """
        p = Path(path).expanduser()
        if not p.is_file():
            raise StoreError.cannot_open(p, "no such file")
        folder = Path(tempfile.mkdtemp(prefix="analyst-snapshot-"))
        try:
            copy = folder / p.name
            taken = datetime.now()
            shutil.copyfile(p, copy)
            wal = p.with_name(p.name + ".wal")
            if wal.is_file():  # committed work not yet checkpointed into the file
                shutil.copyfile(wal, folder / wal.name)
            try:
                opened = cls.open(copy, read_only=True)
            except StoreError as e:
                raise StoreError(
                    str(e).replace(str(copy), str(p)),
                    path=p,
                    reason=e.reason,
                ) from None
        except OSError as e:
            shutil.rmtree(folder, ignore_errors=True)
            raise StoreError.cannot_open(p, f"cannot copy it: {e.strerror or e}") from None
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        store = cls(opened.con, p, read_only=True, attached=opened.attached)
        opened._con = None
        store._snapshot_dir = folder
        store._snapshot_taken = taken
        return store

    @classmethod
    def open_or_snapshot(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """:meth:`open`; when another process holds the file, read-only instead: a plain
        read-only connection if that process only reads, else :meth:`open_snapshot`.

        Whoever calls this accepts a read-only store; check :attr:`read_only` and
        :attr:`snapshot_taken` to tell the analyst.
        """
        try:
            return cls.open(path, read_only=read_only)
        except StoreError as e:
            if not e.in_use:
                raise
            if e.read_only_possible:
                try:
                    store = cls.open(path, read_only=True)
                    store._in_use_elsewhere = True
                    return store
                except StoreError as again:
                    if not again.in_use:
                        raise
            return cls.open_snapshot(path)

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
        if self._snapshot_dir is not None:
            shutil.rmtree(self._snapshot_dir, ignore_errors=True)
            self._snapshot_dir = None

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

    def for_thread(self) -> Store:
        """A Store over a new :meth:`cursor`, for one worker thread: it reads and writes the
        same database (one transaction per article, like this one); closing it closes only
        its cursor. Make it on the thread that owns this store, use it on the worker."""
        return Store(self.cursor(), self._path, self._read_only, attached=self._attached)

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def attached(self) -> bool:
        """Whether this is a database of views over a folder of Parquet files (``analyst
        attach``): read-only; :func:`analyst.store.attach.attachment` tells which folder."""
        return self._attached

    @property
    def in_use_elsewhere(self) -> bool:
        """Whether this store is read-only because another program holds the file."""
        return self._in_use_elsewhere or self._snapshot_taken is not None

    @property
    def snapshot_taken(self) -> datetime | None:
        """When the private copy was made, for a store from :meth:`open_snapshot`."""
        return self._snapshot_taken

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
            _writer.insert_rows(
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


def _probe(p: Path) -> tuple[int | None, bool]:
    """The schema version of an existing DuckDB file (``None``: an empty DuckDB database)
    and whether it is attached Parquet files, read through a read-only connection so that a
    file we refuse is never written."""
    try:
        con = _connect(p, read_only=True)
    except StoreError as e:
        if e.reason != "already open in this program":
            raise
        # This process holds it read-write: that connection already accepted it as ours
        # (or will refuse it before writing, see Store.open).
        return _probe_shared(p)
    try:
        return _version_and_kind(con, p)
    finally:
        con.close()


def _probe_shared(p: Path) -> tuple[int | None, bool]:
    con = _connect(p, read_only=False)
    try:
        return _version_and_kind(con, p)
    finally:
        con.close()


def _version_and_kind(con: duckdb.DuckDBPyConnection, p: Path) -> tuple[int | None, bool]:
    _refuse_foreign(con, p)
    return schema.stored_version(con), schema.ATTACHED_MARKER in schema.user_tables(con)


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
