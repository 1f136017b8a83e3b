"""The command line as a user runs it: exit codes, messages, and a database left intact."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True,
                          text=True, check=False, cwd=REPO)  # fmt: skip


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "a.duckdb"
    first = run("ingest", str(SEEDS), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    return db


def test_ingesting_twice_adds_nothing(seeded):
    again = run("ingest", str(SEEDS), "--db", str(seeded))
    assert again.returncode == 0
    assert "0 added, 1 already stored" in again.stdout


def test_facts_json_is_the_documented_document(seeded):
    out = run("facts", "--db", str(seeded), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) >= {"articles", "leaders", "interactions", "tariffs", "deadlines"}
    assert doc["articles"][0]["published"] == "2025-08-08"
    call = next(
        i
        for i in doc["interactions"]
        if {p["country"] for p in i["participants"]} == {"CHN", "RUS"}
    )
    assert call["kind"] == "call" and call["date"] == "2025-08-08"
    assert call["evidence"][0]["sentence"].startswith("The remarks during a phone call")


def test_facts_filters_by_leader_and_country(seeded):
    out = run("facts", "--db", str(seeded), "--format", "json", "--leader", "Donald Tusk")
    doc = json.loads(out.stdout)
    assert [{p["country"] for p in i["participants"]} for i in doc["interactions"]] == [
        {"POL", "UKR"}
    ]
    csv = run(
        "facts", "--db", str(seeded), "--kind", "tariffs", "--format", "csv", "--country", "IND"
    )
    assert csv.returncode == 0
    assert csv.stdout.count("\n") == 2  # header and the one tariff on India


def test_extract_prints_json_without_a_database(tmp_path):
    out = run("extract", str(SEEDS / "000_b90cb94dffcaf319.txt"), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["interactions"]) >= 10


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    garbage = tmp / "garbage.txt"
    text = "Le président russe Vladimir Poutine s’est entretenu avec Xi Jinping. " * 20
    raw = text.encode("utf-8")
    garbage.write_bytes(raw[:300] + b"\xc3\x28\xff" + raw[300:])  # UTF-8 damaged mid-file
    nothing = tmp / "nothing"
    nothing.mkdir()
    (nothing / "notes.csv").write_text("a,b\n")
    return {
        "empty": (empty, "empty"),
        "binary": (binary, "binary"),
        "invalid utf-8": (garbage, "not valid text"),
        "missing": (tmp / "missing.txt", "no such file"),
        "empty folder": (nothing, "no articles"),
    }


@pytest.mark.parametrize("case", ["empty", "binary", "invalid utf-8", "missing", "empty folder"])
def test_bad_input_is_refused_and_the_database_kept(seeded, tmp_path, case):
    db = tmp_path / "copy.duckdb"
    shutil.copy(seeded, db)
    before = run("facts", "--db", str(db), "--format", "json").stdout
    path, reason = _bad_inputs(tmp_path)[case]
    out = run("ingest", str(path), "--db", str(db))
    assert out.returncode == 1
    refusals = [line for line in out.stderr.splitlines() if line.startswith("analyst: refused")]
    assert len(refusals) == 1 and str(path) in refusals[0] and reason in refusals[0]
    assert run("facts", "--db", str(db), "--format", "json").stdout == before


def test_html_scripts_are_never_run_and_never_stored(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='article:published_time' content='2025-08-08'>"
        "<script>document.write('Putin met Trump')</script></head><body><article>"
        "<h1>Calls</h1><p>Russian President Vladimir Putin spoke by phone with Chinese "
        "President Xi Jinping on Friday, the Kremlin said.</p></article></body></html>"
    )
    out = run("extract", str(page), "--format", "json")
    doc = json.loads(out.stdout)
    assert doc["articles"][0]["published"] == "2025-08-08"
    assert [{p["country"] for p in i["participants"]} for i in doc["interactions"]] == [
        {"CHN", "RUS"}
    ]
    assert "document.write" not in json.dumps(doc)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    fake = tmp_path / "notes.duckdb"
    fake.write_text("these are my notes\n")
    out = run("ingest", str(SEEDS), "--db", str(fake))
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0 and "not an analyst database" in out.stderr
    assert fake.read_text() == "these are my notes\n"


def test_wrong_usage_exits_2():
    assert run("facts", "--since", "yesterday").returncode == 2
    assert run("frobnicate").returncode == 2


_ARTICLES = {
    "a_call": ("2025-08-08", "Russian President Vladimir Putin spoke by phone with Chinese "
               "President Xi Jinping on Friday, the Kremlin said."),
    "b_tariff": ("2025-08-06", "President Donald Trump imposed an additional 25 percent tariff "
                 "on India over its purchases of Russian oil, the White House said on Wednesday."),
    "c_visit": ("2025-07-14", "Chinese Premier Li Qiang will visit Australia next week, "
                "the foreign ministry in Beijing said on Monday."),
    "d_meeting": ("2025-08-10", "Donald Trump will meet Vladimir Putin in Alaska on August 15, "
                  "the White House said on Sunday."),
    "e_sanction": ("2025-07-18", "The European Union adopted new sanctions against Russia on "
                   "Friday, its 18th package since the invasion of Ukraine."),
    "f_call": ("2025-09-11", "French President Emmanuel Macron held a phone call with Indian "
               "Prime Minister Narendra Modi on Thursday to discuss Ukraine."),
}  # fmt: skip


def test_jobs_2_stores_the_same_facts_as_jobs_1(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, (published, text) in _ARTICLES.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"published": published}))
    documents = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.duckdb"
        out = run("ingest", str(folder), "--db", str(db), "--jobs", jobs)
        assert out.returncode == 0, out.stderr
        assert "6 added, 0 already stored, 0 refused" in out.stdout
        # Printed in input order, however the workers finished.
        added = [line.split()[1] for line in out.stdout.splitlines() if line.startswith("added")]
        assert added == sorted(added) and len(added) == 6
        facts = run("facts", "--db", str(db), "--format", "json")
        assert facts.returncode == 0, facts.stderr
        documents.append(json.loads(facts.stdout))
    one, two = documents
    assert one == two
    assert len(one["articles"]) == 6 and one["interactions"] and one["tariffs"]


def test_jobs_must_be_a_positive_number():
    assert run("ingest", str(SEEDS), "--jobs", "0").returncode == 2
    assert run("ingest", str(SEEDS), "--jobs", "many").returncode == 2
