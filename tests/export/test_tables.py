"""Table exporters without Qt: the registry, the Facts-as-JSON narrowing, the countdown
order, and files that are written whole or not at all."""

from __future__ import annotations

import json
from datetime import datetime

import polars as pl
import pytest

from analyst.export import exporter_for, exporters, file_filter
from analyst.export.tables import (
    CsvExporter,
    Table,
    XlsxExporter,
    countdown_frame,
    flat,
    table_document,
    table_frame,
)
from analyst.pipeline import seed
from analyst.store import Filter, Store, deadlines, facts_document


@pytest.fixture(scope="module")
def store():
    s = Store.memory()
    seed(s)
    yield s
    s.close()


def test_the_registry_finds_exporters_by_extension():
    assert [e.name for e in exporters("table")] == [
        "CSV",
        "Excel workbook",
        "Parquet",
        "Facts as JSON",
    ]
    assert isinstance(exporter_for("a/b/Tariffs.XLSX", "table"), XlsxExporter)
    assert exporter_for("notes.txt", "table") is None
    assert file_filter("table").startswith("CSV (*.csv);;Excel workbook (*.xlsx)")


def test_json_of_a_table_is_the_facts_document_narrowed_to_its_rows(store):
    f = Filter(countries=("RUS",))
    rows = table_frame("interactions", store, f)[1:3]
    doc = table_document(Table("interactions", rows, store, f))
    assert set(doc) == {"articles", "leaders", "interactions"}
    assert [x["id"] for x in doc["interactions"]] == rows["id"].to_list()
    full = {x["id"]: x for x in facts_document(store, f)["interactions"]}
    assert doc["interactions"] == [full[i] for i in rows["id"].to_list()]
    people = {p["name"] for x in doc["interactions"] for p in x["participants"] if p["name"]}
    assert {p["name"] for p in doc["leaders"]} == people
    assert {a["id"] for a in doc["articles"]} == {
        e["article_id"] for x in doc["interactions"] for e in x["evidence"]
    }


def test_deadlines_come_in_countdown_order_with_the_time_left(store):
    as_of = datetime(2025, 8, 10, 12, 0)
    shown = countdown_frame(deadlines(store, Filter()), as_of)
    assert shown.columns[-1] == "time_left"
    texts = dict(zip(shown["label"], shown["time_left"], strict=True))
    assert texts["United States ultimatum to Russia"] == "expired 2 days ago"
    assert shown["time_left"][0].startswith("in ")  # what is due next comes first


def test_lists_are_joined_for_csv_and_kept_in_parquet(store, tmp_path):
    df = table_frame("interactions", store, Filter())
    assert isinstance(df.schema["countries"], pl.List)
    assert flat(df)["countries"].dtype == pl.String
    exporter_for("x.parquet", "table").export(Table("interactions", df), tmp_path / "x.parquet")
    assert pl.read_parquet(tmp_path / "x.parquet").equals(df)


def test_a_failed_export_leaves_no_half_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("the old file\n")

    class Broken:
        kind = "tariffs"

        def frame(self):
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        CsvExporter().export(Broken(), target)
    assert target.read_text() == "the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OSError, match="no such folder"):
        CsvExporter().export(
            Table("tariffs", pl.DataFrame({"id": ["a"]})), tmp_path / "no" / "t.csv"
        )


def test_json_without_a_store_holds_plain_records(tmp_path):
    path = tmp_path / "t.json"
    exporter_for(path, "table").export(
        Table("leaders", pl.DataFrame({"name": ["A"], "facts": [1]})), path
    )
    assert json.loads(path.read_text()) == {"leaders": [{"name": "A", "facts": 1}]}
