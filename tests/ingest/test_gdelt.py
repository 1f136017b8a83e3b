"""GDELT 2.0 event exports: recognised by name and shape, mapped to contacts and sanctions,
imported once, malformed lines counted and skipped.

The exports here are written by hand, line by line, from one realistic GDELT 2.0 event row
(:data:`TEMPLATE`, all 61 fields in codebook order) with a few fields changed per line.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from analyst.cli import main
from analyst.ingest import IngestError
from analyst.ingest.gdelt import COLUMNS, is_export_name, people_keys, read_export
from analyst.pipeline import gdelt_context, ingest_gdelt, ingest_paths
from analyst.store import Filter, Store, evidence_for, interactions, leaders, tariffs

# A GDELT 2.0 event export line: Xi Jinping and Vladimir Putin discuss by telephone.
TEMPLATE: tuple[str, ...] = (
    # GlobalEventID, Day, MonthYear, Year, FractionDate
    "1217480785", "20250808", "202508", "2025", "2025.5973",
    # Actor1: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
    # Religion2Code, Type1Code, Type2Code, Type3Code
    "RUSGOV", "VLADIMIR PUTIN", "RUS", "", "", "", "", "GOV", "", "",
    # Actor2: the same ten fields
    "CHNGOV", "XI JINPING", "CHN", "", "", "", "", "GOV", "", "",
    # IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale,
    # NumMentions, NumSources, NumArticles, AvgTone
    "1", "041", "041", "04", "1", "1.0", "10", "1", "10", "1.86046511627907",
    # Actor1Geo_: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
    "4", "Moscow, Moskva, Russia", "RS", "RS48", "", "55.7522", "37.6156", "-2960561",
    # Actor2Geo_: the same eight fields
    "4", "Beijing, Beijing, China", "CH", "CH22", "", "39.9289", "116.388", "-1898541",
    # ActionGeo_: the same eight fields
    "4", "Moscow, Moskva, Russia", "RS", "RS48", "", "55.7522", "37.6156", "-2960561",
    # DATEADDED, SOURCEURL
    "20250808151500", "https://www.example.com/world/xi-putin-call",
)  # fmt: skip
ID, DAY, CODE, ADDED, URL = 0, 1, 26, 59, 60
A1_NAME, A1_COUNTRY, A1_GROUP, A2_NAME, A2_COUNTRY, A2_GROUP = 6, 7, 8, 16, 17, 18


def line(
    event_id: int | str,
    code: str,
    a1: str,
    a2: str,
    *,
    day: str = "20250808",
    name1: str = "",
    name2: str = "",
    group1: str = "",
    group2: str = "",
    url: str = "https://www.example.com/world/story",
) -> str:
    fields = list(TEMPLATE)
    fields[ID], fields[DAY], fields[CODE], fields[URL] = str(event_id), day, code, url
    fields[27], fields[28] = code[:3], code[:2]
    fields[A1_COUNTRY], fields[A2_COUNTRY] = a1, a2
    fields[A1_NAME], fields[A2_NAME] = name1 or a1, name2 or a2
    fields[A1_GROUP], fields[A2_GROUP] = group1, group2
    return "\t".join(fields)


PUTIN_XI = "\t".join(TEMPLATE)
LINES = [
    PUTIN_XI,  # 041 call, both leaders named
    line(2, "042", "USA", "IND", url="https://news.example.org/rubio-delhi"),  # USA visits IND
    line(3, "043", "FRA", "DEU"),  # France hosts Germany: DEU visits FRA
    line(4, "044", "JPN", "KOR"),
    line(5, "045", "QAT", "ISR"),
    line(6, "046", "USA", "CHN", day="20250810"),
    line(7, "040", "GBR", "IRL"),
    line(8, "163", "USA", "IRN"),
    line(9, "172", "GBR", "RUS"),
    line(10, "1312", "USA", "VEN", name1="DONALD TRUMP"),
    line(11, "085", "USA", "SYR"),
    line(12, "132", "", "BLR", group1="EEC"),  # the EU (known group EEC) threatens Belarus
    line(13, "046", "ROM", "MDA"),  # CAMEO's ROM is Romania, ISO ROU
    line(20, "081", "GBR", "BLR"),  # eases administrative sanctions
    line(14, "042", "USA", ""),  # one country
    line(15, "041", "USA", "USA"),  # the same country twice
    line(16, "046", "EUR", "AFR"),  # regions, not countries
    line(17, "190", "USA", "RUS"),  # fighting: not mapped
    line(18, "1721", "USA", "CUB"),  # restrictions on political freedoms: not a sanction
    "\t".join(TEMPLATE[:12]),  # cut short: 12 fields
    line(19, "041", "USA", "MEX", day="20251340"),  # no 40th of the 13th month
    line("E20", "041", "USA", "MEX"),  # an event id that is not a number
    line(1217480785, "190", "RUS", "CHN"),  # event 1 again: the first line wins
    "",
]
N_LINES = len(LINES) - 1  # the blank line is not counted

EXPECTED_INTERACTIONS = {
    # id: (kind, countries in order, location, date, people)
    "gdelt:1217480785": ("call", ["RUS", "CHN"], None, "2025-08-08",
                         ["Vladimir Putin", "Xi Jinping"]),
    "gdelt:2": ("visit", ["USA", "IND"], "IND", "2025-08-08", []),
    "gdelt:3": ("visit", ["DEU", "FRA"], "FRA", "2025-08-08", []),
    "gdelt:4": ("meeting", ["JPN", "KOR"], None, "2025-08-08", []),
    "gdelt:5": ("talks", ["QAT", "ISR"], None, "2025-08-08", []),
    "gdelt:6": ("talks", ["USA", "CHN"], None, "2025-08-10", []),
    "gdelt:7": ("talks", ["GBR", "IRL"], None, "2025-08-08", []),
    "gdelt:13": ("talks", ["ROU", "MDA"], None, "2025-08-08", []),
}  # fmt: skip
EXPECTED_SANCTIONS = {
    # id: (imposer, target, status, people)
    "gdelt:8": ("USA", "IRN", "imposed", []),
    "gdelt:9": ("GBR", "RUS", "imposed", []),
    "gdelt:10": ("USA", "VEN", "threatened", ["Donald Trump"]),
    "gdelt:11": ("USA", "SYR", "lifted", []),
    "gdelt:12": ("EU", "BLR", "threatened", []),
    "gdelt:20": ("GBR", "BLR", "lifted", []),
}
N_FACTS = len(EXPECTED_INTERACTIONS) + len(EXPECTED_SANCTIONS)


def write_export(folder: Path, name: str = "20250808151500.export.CSV") -> Path:
    path = folder / name
    path.write_text("\n".join(LINES), encoding="utf-8")
    return path


def write_zip(folder: Path, name: str = "20250808151500.export.CSV.zip") -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(name.removesuffix(".zip"), "\n".join(LINES))
    return path


@pytest.fixture
def store():
    with Store.memory() as s:
        yield s


def _interactions(store: Store) -> dict[str, tuple[object, ...]]:
    df = interactions(store, Filter())
    return {
        r["id"]: (r["kind"], r["countries"], r["location"], r["date"], r["people"])
        for r in df.iter_rows(named=True)
    }


def _sanctions(store: Store) -> dict[str, tuple[object, ...]]:
    df = tariffs(store, Filter())
    assert set(df["measure"]) <= {"sanction"}
    return {
        r["id"]: (r["imposer"], r["target"], r["status"], r["people"])
        for r in df.iter_rows(named=True)
    }


def test_the_template_is_a_gdelt_2_row_in_codebook_order():
    assert len(TEMPLATE) == len(COLUMNS) == 61
    named = dict(zip(COLUMNS, TEMPLATE, strict=True))
    assert named["GlobalEventID"] == "1217480785" and named["Day"] == "20250808"
    assert named["Actor1CountryCode"] == "RUS" and named["Actor2Name"] == "XI JINPING"
    assert named["EventCode"] == "041" and named["EventRootCode"] == "04"
    assert named["Actor2Geo_FullName"].startswith("Beijing")
    assert named["ActionGeo_FeatureID"] == "-2960561"
    assert named["DATEADDED"] == "20250808151500" and named["SOURCEURL"].startswith("https://")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("20250808151500.export.CSV", True),
        ("20250808151500.export.CSV.zip", True),
        ("20250808151500.EXPORT.csv", True),
        ("x.export.csv.ZIP", True),
        ("20250808151500.mentions.CSV.zip", False),
        ("20250808151500.gkg.csv.zip", False),
        ("export.csv", False),
        ("notes.csv", False),
    ],
)
def test_exports_are_recognised_by_name(name, expected):
    assert is_export_name(Path(name)) is expected


def test_contacts_and_sanctions_are_imported(tmp_path, store):
    steps: list[tuple[int, int]] = []
    report = ingest_gdelt(
        store, write_export(tmp_path), progress=lambda n, total, _: steps.append((n, total))
    )
    assert steps == [(1, 2), (2, 2)]
    assert _interactions(store) == EXPECTED_INTERACTIONS
    assert _sanctions(store) == EXPECTED_SANCTIONS
    assert report.interactions == len(EXPECTED_INTERACTIONS)
    assert report.sanctions == len(EXPECTED_SANCTIONS)
    assert report.already_stored == 0


def test_every_line_is_counted_once(tmp_path, store):
    r = ingest_gdelt(store, write_export(tmp_path))
    assert r.lines == N_LINES
    assert r.malformed == 3  # cut short, bad day, bad event id
    assert r.duplicates == 1
    assert r.unmapped == 2  # 190, 1721
    assert r.one_country == 3  # one country, the same country twice, regions
    assert (
        r.malformed + r.duplicates + r.unmapped + r.one_country + r.added + r.already_stored
        == r.lines
    )


def test_importing_again_adds_nothing(tmp_path, store):
    path = write_export(tmp_path)
    first = ingest_gdelt(store, path)
    counts = store.counts()
    again = ingest_gdelt(store, path)
    assert again.added == 0
    assert again.already_stored == first.added == N_FACTS
    assert store.counts() == counts


def test_a_zipped_export_gives_the_same_facts(tmp_path, store):
    report = ingest_gdelt(store, write_zip(tmp_path))
    assert _interactions(store) == EXPECTED_INTERACTIONS
    assert _sanctions(store) == EXPECTED_SANCTIONS
    assert report.malformed == 3
    plain = ingest_gdelt(store, write_export(tmp_path))  # the same events, unzipped
    assert plain.added == 0 and plain.already_stored == N_FACTS


def test_the_evidence_is_the_source_url(tmp_path, store):
    ingest_gdelt(store, write_export(tmp_path))
    ev = evidence_for(store, "gdelt:2").to_dicts()
    assert len(ev) == 1
    assert ev[0]["sentence"] == "https://news.example.org/rubio-delhi"
    assert (ev[0]["start"], ev[0]["end"]) == (0, 0)
    assert ev[0]["source"] == "news.example.org"
    assert ev[0]["published"] == date(2025, 8, 8)  # DATEADDED
    # One cited article per URL, however many events cite it.
    urls = {a["url"] for a in store.articles().to_dicts()}
    assert urls == {
        "https://www.example.com/world/xi-putin-call",
        "https://news.example.org/rubio-delhi",
        "https://www.example.com/world/story",
    }


def test_named_leaders_can_be_filtered_on(tmp_path, store):
    ingest_gdelt(store, write_export(tmp_path))
    putin = interactions(store, Filter(leaders=("Vladimir Putin",)))
    assert list(putin["id"]) == ["gdelt:1217480785"]
    trump = tariffs(store, Filter(leaders=("Donald Trump",)))
    assert list(trump["id"]) == ["gdelt:10"]
    names = set(leaders(store, Filter())["name"])
    assert names == {"Vladimir Putin", "Xi Jinping", "Donald Trump"}


def test_country_filter_sees_gdelt_facts(tmp_path, store):
    ingest_gdelt(store, write_export(tmp_path))
    assert set(interactions(store, Filter(countries=("FRA",)))["id"]) == {"gdelt:3"}
    assert set(tariffs(store, Filter(countries=("EU",)))["id"]) == {"gdelt:12"}
    assert interactions(store, Filter(since=date(2025, 8, 9)))["id"].to_list() == ["gdelt:6"]


def test_a_person_is_named_only_for_their_own_country(tmp_path):
    path = tmp_path / "1.export.CSV"
    rows = [
        line(1, "041", "USA", "CHN", name1="VLADIMIR PUTIN"),  # not an American
        line(2, "041", "BRA", "USA", name1="LUIZ INÁCIO LULA-DA SILVA"),  # folded as GDELT does
    ]
    path.write_text("\n".join(rows) + "\n")
    countries, people = gdelt_context()
    events = read_export(path, countries, people)
    assert events.facts["name_a"].to_list() == [None, "Luiz Inácio Lula da Silva"]


def test_people_keys_fold_accents_and_drop_clashes():
    keys = people_keys(
        [
            ("Luiz Inácio Lula da Silva", "BRA", ["Lula"]),
            ("Jean-Noël Barrot", "FRA", []),
            ("Kim Jong Un", "PRK", ["Kim"]),
            ("Kim Jong Un", "KOR", []),  # an invented clash: neither is guessed
        ]
    )
    assert keys["LUIZ INACIO LULA DA SILVA"] == ("Luiz Inácio Lula da Silva", "BRA")
    assert keys["JEAN NOEL BARROT"] == ("Jean-Noël Barrot", "FRA")
    assert "LULA" not in keys  # one-word aliases are too loose
    assert "KIM JONG UN" not in keys


# --- refusals ----------------------------------------------------------------------------------


def _refusal(path: Path) -> str:
    countries, people = gdelt_context()
    with pytest.raises(IngestError) as caught:
        read_export(path, countries, people)
    assert caught.value.path == str(path)
    return caught.value.reason


def test_a_gdelt_1_file_is_refused(tmp_path):
    path = tmp_path / "20130401.export.CSV"
    path.write_text("\n".join("\t".join(TEMPLATE[:58]) for _ in range(3)) + "\n")
    assert "GDELT 1.0" in _refusal(path)


def test_a_file_of_another_shape_is_refused(tmp_path):
    path = tmp_path / "report.export.csv"
    path.write_text("country,calls\nRUS,3\nCHN,4\n")
    assert "not a GDELT 2.0 event export" in _refusal(path)
    empty = tmp_path / "empty.export.CSV"
    empty.write_bytes(b"")
    assert "empty" in _refusal(empty)


def test_a_zip_of_several_files_is_refused(tmp_path):
    path = tmp_path / "two.export.CSV.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.export.CSV", PUTIN_XI)
        z.writestr("b.export.CSV", PUTIN_XI)
    assert "holds 2" in _refusal(path)
    broken = tmp_path / "broken.export.CSV.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert "zip" in _refusal(broken)


def test_a_few_malformed_first_lines_do_not_refuse_the_file(tmp_path, store):
    path = tmp_path / "1.export.CSV"
    path.write_text("\n".join(["garbage", *LINES]))
    report = ingest_gdelt(store, path)
    assert report.malformed == 4 and report.added == N_FACTS


# --- through ingest_paths and the command line -------------------------------------------------


def test_a_folder_of_exports_and_articles(tmp_path, store):
    folder = tmp_path / "news"
    folder.mkdir()
    write_zip(folder)
    (folder / "call.txt").write_text(
        "Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping "
        "on Friday, the Kremlin said.\n"
    )
    steps: list[tuple[int, int]] = []
    report = ingest_paths(store, [folder], published=date(2025, 8, 8),
                          progress=lambda done, total, _: steps.append((done, total)))  # fmt: skip
    assert not report.refused
    assert len(report.added) == 1 and len(report.gdelt) == 1
    assert report.gdelt[0].added == N_FACTS
    assert steps == [(1, 2), (2, 2)]


def test_a_folder_holding_only_exports_is_not_refused(tmp_path, store):
    folder = tmp_path / "gdelt"
    folder.mkdir()
    write_export(folder)
    report = ingest_paths(store, [folder])
    assert not report.refused and report.gdelt[0].added == N_FACTS


def test_the_command_prints_what_it_added_skipped_and_found_malformed(tmp_path, capsys):
    path = write_zip(tmp_path)
    db = tmp_path / "a.duckdb"
    assert main(["ingest", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"gdelt    {path}" in out
    assert f"{N_FACTS} added (8 interactions, 6 sanctions), 0 already stored" in out
    assert "1 repeated, 3 malformed" in out
    assert f"GDELT: {N_FACTS} events added, 0 already stored, 3 malformed lines skipped" in out

    assert main(["ingest", str(path), "--db", str(db)]) == 0
    assert f"GDELT: 0 events added, {N_FACTS} already stored" in capsys.readouterr().out


def test_the_command_refuses_a_misshapen_export(tmp_path, capsys):
    path = tmp_path / "20130401.export.CSV"
    path.write_text("\t".join(TEMPLATE[:57]) + "\n")
    assert main(["ingest", str(path), "--db", str(tmp_path / "a.duckdb")]) == 1
    err = capsys.readouterr().err
    assert f"analyst: refused {path}: a GDELT 1.0 event file" in err


def test_invalid_utf8_and_windows_line_ends(tmp_path, store):
    raw = "\r\n".join(LINES).encode("utf-8")
    path = tmp_path / "1.export.CSV"
    path.write_bytes(raw.replace(b"rubio-delhi", b"rubio-\xff\xfedelhi"))  # damages event 2
    report = ingest_gdelt(store, path)
    assert report.malformed == 4 and report.added == N_FACTS - 1
    assert interactions(store, Filter())["location"].to_list().count("FRA") == 1
    assert "https://www.example.com/world/story" in set(store.articles()["url"])
    assert not any(url.endswith("\r") for url in store.articles()["url"])
