"""``analyst export`` and ``analyst report`` as a user runs them: without a screen, for a
filter, reading files back."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import polars as pl
import pytest
from export_files import colours, pdf_pages, pdf_text, read_xlsx

from analyst.export.tables import TABLE_KINDS, table_frame
from analyst.store import Filter, Store, facts_document

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
AS_OF = datetime(2025, 8, 10, 12, 0)
RUSSIA = Filter(countries=("RUS",))
CHARTS = ("map.png", "map.svg", "timeline.png", "timeline.svg")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY",)}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen on its own
    return subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True,
                          text=True, check=False, cwd=REPO, env=env)  # fmt: skip


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "a.duckdb"
    first = run("ingest", str(SEEDS), "--db", str(db))
    assert first.returncode == 0, first.stderr
    return db


def test_export_writes_every_chart_and_table_for_the_filter(qtbot, seeded, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "out"  # made by the command
    done = run("export", "--db", str(seeded), "--out", str(out), "--country", "RUS",
               "--as-of", "2025-08-10T12:00", "--scale", "2")  # fmt: skip
    assert done.returncode == 0, done.stderr

    expected = {f"{k}{x}" for k in TABLE_KINDS for x in (".csv", ".xlsx", ".parquet")}
    expected |= {"facts.json", *CHARTS}
    assert {p.name for p in out.iterdir()} == expected
    assert "17 files for: countries: RUS" in done.stdout

    with Store.open(seeded, read_only=True) as store:
        for kind in TABLE_KINDS:
            shown = table_frame(kind, store, RUSSIA, AS_OF)
            key = "name" if kind == "leaders" else "id"
            ids = [str(v) for v in shown[key].to_list()]
            assert pl.read_parquet(out / f"{kind}.parquet").equals(shown)
            assert pl.read_csv(out / f"{kind}.csv", infer_schema=False)[key].to_list() == ids
            rows = read_xlsx(out / f"{kind}.xlsx")
            assert rows[0] == shown.columns
            assert [r[shown.columns.index(key)] for r in rows[1:]] == ids
        document = json.loads(json.dumps(facts_document(store, RUSSIA), default=str))
    assert json.loads((out / "facts.json").read_text()) == document

    for name in ("map.png", "timeline.png"):
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (3840, 2160)
        assert colours(image) > 30
    for name in ("map.svg", "timeline.svg"):
        root = ElementTree.parse(out / name).getroot()
        assert root.tag.endswith("svg") and len(list(root.iter())) > 30
        assert "Filter: countries: RUS" in (out / name).read_text(encoding="utf-8")


def test_report_writes_one_paged_pdf_briefing(seeded, tmp_path):
    pdf = tmp_path / "brief.pdf"
    done = run("report", "--db", str(seeded), "--out", str(pdf), "--leader", "Vladimir Putin",
               "--as-of", "2025-08-10T12:00")  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(pdf)
    assert pages >= 4 and f"({pages} pages)" in done.stdout
    text = pdf_text(pdf)
    if text is not None:
        first = text.split("\f")[0]
        assert "Briefing: diplomacy and trade" in first
        assert "Leaders: Vladimir Putin" in first
        assert "deadlines as of 2025-08-10 12:00" in first
        assert "World map of contacts" in text and "Timeline of facts" in text
        assert "Tariffs & sanctions" in text and "Evidence" in text
        assert f"Page {pages} of {pages}" in text


def test_export_and_report_explain_themselves():
    for command, words in (("export", ("--out DIR", "--as-of", "--scale")),
                           ("report", ("--out FILE.pdf", "--leader", "--as-of"))):  # fmt: skip
        helped = run(command, "--help")
        assert helped.returncode == 0
        for word in words:
            assert word in helped.stdout


def test_wrong_usage_and_failures_exit_with_one_line(seeded, tmp_path):
    assert (
        run("export", "--db", str(seeded), "--out", str(tmp_path), "--image-size", "big").returncode
        == 2
    )
    assert run("report", "--db", str(seeded)).returncode == 2  # --out is required
    missing = run("report", "--db", str(seeded), "--out", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "no such folder" in missing.stderr


_HOLD = """
import sys, time
from analyst.store import Store
store = Store.open(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def test_export_reads_a_database_another_program_is_writing(seeded, tmp_path):
    import shutil

    db = tmp_path / "busy.duckdb"
    shutil.copy(seeded, db)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        out = tmp_path / "out"
        done = run("export", "--db", str(db), "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert pl.read_csv(out / "tariffs.csv").height > 0
    finally:
        holder.kill()
        holder.wait()
