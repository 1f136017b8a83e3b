"""GDELT 2.0 event exports: recognising them and turning their rows into fact rows.

A GDELT 2.0 event export (``YYYYMMDDHHMMSS.export.CSV``, usually zipped as
``….export.CSV.zip``) is a tab-separated file without a header and without quoting, one
event per line in the 61 columns of the GDELT 2.0 event codebook (:data:`COLUMNS`). Each
event is coded in CAMEO: an actor, a verb (``EventCode``) and a second actor.

Rules of the concept:
- A file is read as an export only when its NAME says so (``*.export.CSV`` or
  ``*.export.CSV.zip``, any case) AND its first lines have the SHAPE of one (61
  tab-separated fields, a numeric event id, a ``YYYYMMDD`` day). A file named like an export
  that is not shaped like one is refused with :class:`IngestError` (GDELT 1.0 daily files
  share the name but have 57 or 58 columns). A zip must hold exactly one file.
- Rows are parsed in bulk by DuckDB (an in-memory connection of this module's own, never the
  store's) — there is no Python loop over rows.
- A malformed line (wrong number of fields, invalid text, an event id that is not a number,
  a day that is not a real ``YYYYMMDD`` date) is skipped and counted, never fatal.
- An event id seen on an earlier line of the same file is a duplicate: the first line wins.
- Only the CAMEO codes below become facts, and only between two DIFFERENT known countries
  (sanctions too: an imposer and a target). Everything else is counted and left out.
- Each fact's id is ``gdelt:<GlobalEventID>``, so importing the same event again (the same
  file twice, or overlapping files) never stores it twice.
- The evidence of an event is its ``SOURCEURL``: the cited "article" has a stable id derived
  from the URL (``sha256("gdelt-url " + url)``, first 16 hex digits), its text and the
  evidence sentence are the URL itself, and the evidence span is ``0..0``.
- The date of a fact is the event's ``Day`` at day precision. The cited article's
  publication date is the day GDELT added the event (``DATEADDED``).

CAMEO code → fact (``EventCode``; a base code such as ``172`` means exactly that code, not
its sub-codes):

======  ============================================  ===========  ===================
code    CAMEO name                                    fact         participants
======  ============================================  ===========  ===================
040     Consult, not specified below                  talks        Actor1, Actor2
041     Discuss by telephone                          call         Actor1, Actor2
042     Make a visit                                  visit        Actor1 visits Actor2
043     Host a visit                                  visit        Actor2 visits Actor1
044     Meet at a "third" location                    meeting      Actor1, Actor2
045     Mediate                                       talks        Actor1, Actor2
046     Engage in negotiation                         talks        Actor1, Actor2
163     Impose embargo, boycott, or sanctions         sanction     imposed
172     Impose administrative sanctions               sanction     imposed
1312    Threaten with sanctions, boycott, or embargo  sanction     threatened
132     Threaten with administrative sanctions        sanction     threatened
085     Ease economic sanctions, boycott, embargo     sanction     lifted
081     Ease administrative sanctions                 sanction     lifted
======  ============================================  ===========  ===================

Interactions are ``occurred``; a visit's ``location`` is the host's country (as the article
extractor records it) and the visitor comes first. A sanction's imposer is Actor1 and its
target Actor2. Deliberately NOT mapped: the sub-codes 1721–1724 / 1321–1324 / 0811–0814
(curfews, martial law, bans on parties: domestic measures, not sanctions between states);
1313 "Threaten to reduce or break relations" (not a sanction); the appeals 0251/0254 and
intentions 0351/0354 to ease sanctions, and demands 1051/1054 (nothing is lifted); 036
"Express intent to meet or negotiate" (too vague to be a planned meeting).

Countries: ``Actor1CountryCode``/``Actor2CountryCode`` are CAMEO country codes, which are
ISO 3166-1 alpha-3 except for the few in :data:`CAMEO_TO_ISO3`; regional codes (``EUR``,
``AFR``, ``MEA``, …) are no country and are dropped. The European Union (known group
``EEC``) is ``"EU"``, as everywhere in the application. A code counts only when it is in the
caller's set of known countries (the gazetteer's).

People: ``Actor1Name``/``Actor2Name`` hold a leader's formal name in capitals ("VLADIMIR
PUTIN") when GDELT recognised one. The caller may pass the people it knows (see
:func:`people_keys`): a name that matches one of them, for the same country, becomes the
participant's name (and a sanction's actor).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from analyst.ingest.errors import IngestError

#: The 61 columns of a GDELT 2.0 event export, in file order (GDELT 2.0 event codebook).
COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
N_COLUMNS = len(COLUMNS)
assert N_COLUMNS == 61

#: CAMEO event code → (interaction kind, whether Actor2 comes first).
INTERACTION_CODES: Mapping[str, tuple[str, bool]] = {
    "040": ("talks", False),
    "041": ("call", False),
    "042": ("visit", False),
    "043": ("visit", True),
    "044": ("meeting", False),
    "045": ("talks", False),
    "046": ("talks", False),
}
#: CAMEO event code → status of a ``sanction`` imposed by Actor1 on Actor2.
SANCTION_CODES: Mapping[str, str] = {
    "163": "imposed",
    "172": "imposed",
    "1312": "threatened",
    "132": "threatened",
    "085": "lifted",
    "081": "lifted",
}
#: CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the same country.
CAMEO_TO_ISO3: Mapping[str, str] = {
    "ROM": "ROU",  # Romania
    "TMP": "TLS",  # East Timor
    "ZAR": "COD",  # Zaire, now the Democratic Republic of the Congo
    "KOS": "XKX",  # Kosovo (no ISO code; XKX by common use)
    "GZS": "PSE",  # Gaza Strip
    "WSB": "PSE",  # West Bank
}
#: CAMEO known-group codes that stand for a party of their own.
KNOWN_GROUPS: Mapping[str, str] = {"EEC": "EU"}

_NAME_SUFFIXES = (".export.csv", ".export.csv.zip")
_SNIFF_BYTES = 1 << 16
_SNIFF_LINES = 20
_DAY = re.compile(rb"\d{8}")
_EVENT_ID = re.compile(rb"\d{1,18}")


def is_export_name(path: Path) -> bool:
    """Whether ``path`` is named like a GDELT event export (the shape is checked on reading)."""
    return path.name.lower().endswith(_NAME_SUFFIXES)


def find_exports(folder: Path) -> list[Path]:
    """The files named like GDELT event exports under ``folder`` (recursively, hidden files
    and folders skipped, symbolic links to folders not followed), sorted."""
    found: list[Path] = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") for p in parts) or not is_export_name(path):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GdeltEvents:
    """What one export holds: the fact rows (see :data:`FACT_SCHEMA`) and how every line
    was counted. ``lines == malformed + duplicates + unmapped + one_country + len(facts)``
    (blank lines are not counted at all)."""

    path: Path
    facts: pl.DataFrame = field(repr=False)
    lines: int
    malformed: int
    duplicates: int
    unmapped: int  # a CAMEO code this module does not map
    one_country: int  # a mapped code, but not two different known countries

    @property
    def events(self) -> int:
        """Well-formed lines with an event id not seen before in the file."""
        return self.lines - self.malformed - self.duplicates


#: One row per event that becomes a fact.
FACT_SCHEMA = pl.Schema(
    {
        "id": pl.String,  # gdelt:<GlobalEventID>
        "event_id": pl.Int64,
        "fact": pl.String,  # "interaction" or "tariff"
        "kind": pl.String,  # interaction kind, or the measure "sanction"
        "status": pl.String,
        "country_a": pl.String,  # first participant / imposer
        "country_b": pl.String,  # second participant / target
        "name_a": pl.String,  # a known person's name, or null
        "name_b": pl.String,
        "location": pl.String,  # a visit's host country
        "day": pl.Date,
        "article_id": pl.String,  # stable id of the URL
        "url": pl.String,
        "source": pl.String,  # the URL's host, without "www."
        "published": pl.Date,  # DATEADDED's day
    }
)


def read_export(
    path: Path,
    countries: Collection[str],
    people: Mapping[str, tuple[str, str]] | None = None,
) -> GdeltEvents:
    """The facts of the GDELT 2.0 event export at ``path`` (plain or zipped).

    ``countries``: the ISO3 codes (and ``"EU"``) a participant may have. ``people``: known
    people by :func:`fold_name` key → ``(name, iso3)``. Raises :class:`IngestError` when
    the file is not an export or cannot be read; malformed lines are only counted.
    """
    if not is_export_name(path):
        raise IngestError(path, "not named like a GDELT 2.0 event export (*.export.CSV[.zip])")
    with _csv_file(path) as csv:
        con = duckdb.connect(":memory:")
        try:
            con.execute("SET enable_progress_bar = false")  # it would write to stdout
            return _read(con, path, csv, countries, people or {})
        except duckdb.Error as e:
            raise IngestError(path, f"cannot read: {str(e).splitlines()[0]}") from None
        finally:
            con.close()


@contextmanager
def _csv_file(path: Path) -> Iterator[Path]:
    """The path of the export's CSV once its first lines passed :func:`check_shape`: the
    file itself, or the one member of a zip, streamed into a temporary folder that is
    removed afterwards."""
    if not path.name.lower().endswith(".zip"):
        try:
            with path.open("rb") as fh:
                head = fh.read(_SNIFF_BYTES)
                complete = not fh.read(1)
        except OSError as e:
            raise IngestError(path, f"cannot read: {e.strerror or e}") from None
        check_shape(head, complete=complete, name=path)
        yield path
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        raise IngestError(path, f"not a readable zip file ({e})") from None
    with archive, tempfile.TemporaryDirectory(prefix="analyst-gdelt-") as tmp:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise IngestError(
                path, f"a GDELT zip holds one CSV file; this one holds {len(members)}"
            )
        target = Path(tmp) / "export.csv"
        try:
            with archive.open(members[0]) as src:
                head = src.read(_SNIFF_BYTES)
                more = src.read(1)
                check_shape(head, complete=not more, name=path)
                with target.open("wb") as out:
                    out.write(head + more)
                    shutil.copyfileobj(src, out, 1 << 20)
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise IngestError(path, f"cannot unzip: {e}") from None
        yield target


def check_shape(head: bytes, *, complete: bool, name: Path) -> None:
    """Raises :class:`IngestError` (naming ``name``) unless ``head``, the first bytes of a
    file (all of it when ``complete``), looks like a GDELT 2.0 event export: most of its
    first lines have 61 tab-separated fields, a numeric event id and a YYYYMMDD day."""
    lines = head.split(b"\n")
    if not complete:
        lines = lines[:-1]  # the last one may be cut short
    lines = [line.rstrip(b"\r") for line in lines if line.strip()][:_SNIFF_LINES]
    if not lines:
        raise IngestError(name, "empty file: no GDELT events")
    widths = [line.count(b"\t") + 1 for line in lines]
    good = sum(
        1
        for line, width in zip(lines, widths, strict=True)
        if width == N_COLUMNS and _looks_like_event(line)
    )
    if good and good * 2 >= len(lines):
        return
    common = max(sorted(set(widths)), key=widths.count)
    if common in (57, 58):
        raise IngestError(
            name,
            f"a GDELT 1.0 event file ({common} columns); only GDELT 2.0 exports "
            f"({N_COLUMNS} columns) are read",
        )
    raise IngestError(
        name,
        f"not a GDELT 2.0 event export: expected {N_COLUMNS} tab-separated columns, "
        f"the first lines have {common}",
    )


def _looks_like_event(line: bytes) -> bool:
    fields = line.split(b"\t", 2)
    return bool(_EVENT_ID.fullmatch(fields[0]) and _DAY.fullmatch(fields[1]))


def fold_name(name: str) -> str:
    """A person's name as GDELT writes it: capitals, no accents, no hyphens, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.replace("-", " "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.upper().split())


def people_keys(people: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, tuple[str, str]]:
    """``{fold_name(form): (name, iso3)}`` for ``(name, iso3, aliases)`` of known people.

    Only the full name and aliases of two words or more are used (GDELT writes formal full
    names); a form shared by two people is dropped rather than guessed.
    """
    keys: dict[str, tuple[str, str]] = {}
    clashes: set[str] = set()
    for name, iso3, aliases in people:
        for form in {name, *(a for a in aliases if len(a.split()) >= 2)}:
            key = fold_name(form)
            if key in keys and keys[key] != (name, iso3):
                clashes.add(key)
            keys.setdefault(key, (name, iso3))
    for key in clashes:
        del keys[key]
    return keys


def _fold_sql(column: str) -> str:
    """SQL for :func:`fold_name` of a column (a name chosen here, never user text)."""
    return (
        f"trim(regexp_replace(upper(strip_accents(replace({column}, '-', ' '))), '\\s+', ' ', 'g'))"
    )


def _sql_list(values: Iterable[str]) -> str:
    """A SQL list of fixed codes from this module's tables (never user text)."""
    return ", ".join(f"'{v}'" for v in sorted(values))


def _read(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    csv: Path,
    countries: Collection[str],
    people: Mapping[str, tuple[str, str]],
) -> GdeltEvents:
    known = set(countries)
    cameo = {c: c for c in known if len(c) == 3} | {
        k: v for k, v in CAMEO_TO_ISO3.items() if v in known
    }
    con.execute("CREATE TEMP TABLE cameo (code VARCHAR PRIMARY KEY, iso3 VARCHAR)")
    con.register("cameo_rows", pl.DataFrame({"code": list(cameo), "iso3": list(cameo.values())}))
    con.execute("INSERT INTO cameo SELECT code, iso3 FROM cameo_rows")
    con.execute("CREATE TEMP TABLE people (key VARCHAR, name VARCHAR, country VARCHAR)")
    con.register(
        "people_rows",
        pl.DataFrame(
            {
                "key": list(people),
                "name": [p[0] for p in people.values()],
                "country": [p[1] for p in people.values()],
            },
            schema={"key": pl.String, "name": pl.String, "country": pl.String},
        ),
    )
    con.execute("INSERT INTO people SELECT key, name, country FROM people_rows")
    whens = " ".join(f"WHEN '{g}' THEN '{iso}'" for g, iso in KNOWN_GROUPS.items() if iso in known)
    # an actor with no country, or the region "Europe", may be a known group (the EU)
    group1 = f"CASE f.g1 {whens} END" if whens else "NULL"
    group2 = f"CASE f.g2 {whens} END" if whens else "NULL"
    mapped = {**{c: None for c in INTERACTION_CODES}, **{c: None for c in SANCTION_CODES}}
    columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in COLUMNS) + "}"
    # All text: every check is ours, so a bad value is a counted malformed line, not a
    # failed import. No quoting: GDELT never quotes, and names and URLs may hold '"'.
    con.execute(
        f"""
        CREATE TEMP TABLE raw AS
        SELECT ordinality AS line,
               CASE WHEN regexp_full_match(GlobalEventID, '[0-9]{{1,18}}')
                    THEN GlobalEventID::BIGINT END AS event_id,
               CASE WHEN regexp_full_match(Day, '[0-9]{{8}}')
                    THEN try_strptime(Day, '%Y%m%d')::DATE END AS day,
               EventCode AS code,
               -- the rest only for events that may become facts: less to keep in memory
               CASE WHEN mapped THEN Actor1CountryCode END AS c1,
               CASE WHEN mapped THEN Actor2CountryCode END AS c2,
               CASE WHEN mapped THEN Actor1KnownGroupCode END AS g1,
               CASE WHEN mapped THEN Actor2KnownGroupCode END AS g2,
               CASE WHEN mapped THEN Actor1Name END AS n1,
               CASE WHEN mapped THEN Actor2Name END AS n2,
               CASE WHEN mapped THEN DATEADDED END AS added,
               CASE WHEN mapped THEN SOURCEURL END AS url
        FROM (
            SELECT *, EventCode IN ({_sql_list(mapped)}) AS mapped
            FROM read_csv(?, delim = '\t', header = false, quote = '', escape = '',
                          columns = {columns}, auto_detect = false, ignore_errors = true,
                          store_rejects = true, rejects_table = 'gdelt_rejects',
                          rejects_scan = 'gdelt_scans')
            WITH ORDINALITY
        )
        """,
        [str(csv)],
    )
    rejected = _scalar(con, "SELECT count(DISTINCT line) FROM gdelt_rejects")
    rows, bad, distinct = (
        int(v)
        for v in con.execute(
            f"""
            SELECT count(*), count(*) FILTER (WHERE NOT ({_VALID})),
                   count(DISTINCT event_id) FILTER (WHERE {_VALID})
            FROM raw
            """
        ).fetchall()[0]
    )
    valid = rows - bad
    # The first line of each repeated event id; GDELT ids are unique, so this is tiny.
    con.execute(
        f"""
        CREATE TEMP TABLE repeated AS
        SELECT event_id, min(line) AS first_line FROM raw
        WHERE {_VALID} AND {"TRUE" if distinct < valid else "FALSE"}
        GROUP BY event_id HAVING count(*) > 1
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE firsts AS
        SELECT r.* FROM raw r LEFT JOIN repeated d ON d.event_id = r.event_id
        WHERE r.event_id IS NOT NULL AND r.day IS NOT NULL AND r.code IN ({_sql_list(mapped)})
          AND (d.first_line IS NULL OR d.first_line = r.line)
        """
    )
    n_mapped = _scalar(con, "SELECT count(*) FROM firsts")
    interaction_cases = " ".join(
        f"WHEN '{c}' THEN '{kind}'" for c, (kind, _) in INTERACTION_CODES.items()
    )
    reversed_codes = _sql_list(c for c, (_, rev) in INTERACTION_CODES.items() if rev)
    visit_codes = _sql_list(c for c, (kind, _) in INTERACTION_CODES.items() if kind == "visit")
    sanction_cases = " ".join(f"WHEN '{c}' THEN '{s}'" for c, s in SANCTION_CODES.items())
    facts = con.sql(
        f"""
        WITH actors AS (
            SELECT f.*,
                   coalesce(m1.iso3, CASE WHEN coalesce(f.c1, 'EUR') = 'EUR' THEN {group1} END)
                       AS a1,
                   coalesce(m2.iso3, CASE WHEN coalesce(f.c2, 'EUR') = 'EUR' THEN {group2} END)
                       AS a2
            FROM firsts f
            LEFT JOIN cameo m1 ON m1.code = f.c1
            LEFT JOIN cameo m2 ON m2.code = f.c2
        ),
        named AS (
            SELECT a.*, p1.name AS p1, p2.name AS p2
            FROM actors a
            LEFT JOIN people p1
                   ON p1.key = {_fold_sql("a.n1")} AND p1.country = a.a1
            LEFT JOIN people p2
                   ON p2.key = {_fold_sql("a.n2")} AND p2.country = a.a2
            WHERE a.a1 IS NOT NULL AND a.a2 IS NOT NULL AND a.a1 <> a.a2
        ),
        ordered AS (
            SELECT *, code IN ({reversed_codes}) AS rev FROM named
        )
        SELECT 'gdelt:' || event_id AS id,
               event_id,
               CASE WHEN code IN ({_sql_list(INTERACTION_CODES)}) THEN 'interaction'
                    ELSE 'tariff' END AS fact,
               coalesce(CASE code {interaction_cases} END, 'sanction') AS kind,
               coalesce(CASE code {sanction_cases} END, 'occurred') AS status,
               CASE WHEN rev THEN a2 ELSE a1 END AS country_a,
               CASE WHEN rev THEN a1 ELSE a2 END AS country_b,
               CASE WHEN rev THEN p2 ELSE p1 END AS name_a,
               CASE WHEN rev THEN p1 ELSE p2 END AS name_b,
               -- a visit's place is its host's country: the second participant
               CASE WHEN code IN ({visit_codes}) THEN (CASE WHEN rev THEN a1 ELSE a2 END) END
                   AS location,
               day,
               substr(sha256('gdelt-url ' || coalesce(url, '')), 1, 16) AS article_id,
               coalesce(url, '') AS url,
               nullif(regexp_extract(lower(url), '^[a-z][a-z0-9+.-]*://(?:www\\.)?([^/:?#]+)', 1), '')
                   AS source,
               CASE WHEN regexp_full_match(substr(added, 1, 8), '[0-9]{{8}}')
                    THEN try_strptime(substr(added, 1, 8), '%Y%m%d')::DATE END AS published
        FROM ordered
        ORDER BY line
        """
    ).pl()
    facts = facts.cast(FACT_SCHEMA).select(list(FACT_SCHEMA))
    return GdeltEvents(
        path=path,
        facts=facts,
        lines=rows + rejected,
        malformed=bad + rejected,
        duplicates=valid - distinct,
        unmapped=distinct - n_mapped,
        one_country=n_mapped - len(facts),
    )


_VALID = "event_id IS NOT NULL AND day IS NOT NULL"


def _scalar(con: duckdb.DuckDBPyConnection, query: str) -> int:
    # fetchall, not fetchone: DuckDB 2.x keeps a half-read result open on the connection
    return int(con.execute(query).fetchall()[0][0])
