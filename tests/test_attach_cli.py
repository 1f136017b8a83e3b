"""``analyst attach`` as a user runs it: a folder of Parquet facts, then ``analyst facts``
on the attached database gives what a database filled from the same articles gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from analyst.extract import extract_facts
from analyst.ingest import discover, load_article
from analyst.store.rows import fact_rows, write_parquet_partition

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True,
                          text=True, check=False, cwd=REPO)  # fmt: skip


def test_attach_then_facts(tmp_path: Path) -> None:
    out = tmp_path / "facts"
    for n, path in enumerate(discover([SEEDS]).files):
        article = load_article(path)
        write_parquet_partition(fact_rows(article, extract_facts(article)), out, f"part-{n}")
    db = tmp_path / "attached.duckdb"

    attached = run("attach", str(out), "--db", str(db))
    assert attached.returncode == 0, attached.stderr
    assert f"attached {out}: 1 article, " in attached.stdout
    assert f"database: {db}" in attached.stdout

    ingested = tmp_path / "normal.duckdb"
    assert run("ingest", str(SEEDS), "--db", str(ingested)).returncode == 0
    for extra in ([], ["--country", "RUS"], ["--leader", "Donald Trump", "--kind", "tariffs"]):
        got = run("facts", "--db", str(db), "--format", "json", *extra)
        assert got.returncode == 0, got.stderr
        want = run("facts", "--db", str(ingested), "--format", "json", *extra)
        assert json.loads(got.stdout) == json.loads(want.stdout), extra
    doc = json.loads(run("facts", "--db", str(db), "--format", "json").stdout)
    assert doc["articles"][0]["published"] == "2025-08-08"
    assert {"CHN", "RUS"} in [
        {p["country"] for p in i["participants"]} for i in doc["interactions"]
    ]

    csv = run("facts", "--db", str(db), "--kind", "tariffs", "--format", "csv", "--country", "IND")
    assert csv.returncode == 0 and "IND" in csv.stdout

    again = run("attach", str(out), "--db", str(db))  # attaching again remakes it
    assert again.returncode == 0, again.stderr


def test_attach_refusals(tmp_path: Path) -> None:
    file = tmp_path / "facts.parquet"
    file.write_bytes(b"PAR1")
    refused = run("attach", str(file))
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"analyst: {file}: cannot attach (not a folder)"

    ingested = tmp_path / "normal.duckdb"
    assert run("ingest", str(SEEDS), "--db", str(ingested)).returncode == 0
    before = ingested.read_bytes()
    (tmp_path / "facts").mkdir()
    clobber = run("attach", str(tmp_path / "facts"), "--db", str(ingested))
    assert clobber.returncode == 1 and "not replaced" in clobber.stderr
    assert ingested.read_bytes() == before

    assert run("attach").returncode == 2
