"""The desktop bundle (PyInstaller) as a user runs it: built from this checkout by
packaging/build.sh, then run with a bare environment (no virtual environment, no
PYTHONPATH, a fresh home) and compared with the source checkout.

Slow (a fresh virtual environment and a PyInstaller build: minutes), so skipped unless
``ANALYST_TEST_BUNDLE=1``. ``ANALYST_REUSE_VENV=1`` keeps build/venv between runs;
``ANALYST_BUNDLE_PREBUILT=1`` tests the bundle already in dist/analyst without building.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("ANALYST_TEST_BUNDLE") != "1",
        reason="builds the desktop bundle (minutes); set ANALYST_TEST_BUNDLE=1",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the recipe is for Linux"),
]

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_b90cb94dffcaf319.txt"
PROGRAM = REPO / "dist" / "analyst" / "analyst"

HTML_ARTICLE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Leaders talk trade</title>
<meta property="article:published_time" content="2025-08-08T10:00:00Z"></head>
<body><nav>Home | World | Business | Subscribe</nav>
<article><h1>Leaders talk trade</h1>
<p>Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on
Friday, the Kremlin said, as the two leaders discussed trade and the war in Ukraine.</p>
<p>The United States imposed a 25% tariff on India over its purchases of Russian oil, and
President Donald Trump threatened further measures if Moscow did not agree to a ceasefire
by August 8.</p></article>
<footer>Copyright 2025. All rights reserved.</footer></body></html>
"""


@pytest.fixture(scope="module")
def program() -> Path:
    if os.environ.get("ANALYST_BUNDLE_PREBUILT") != "1":
        build = subprocess.run(
            ["bash", str(REPO / "packaging" / "build.sh")],
            capture_output=True, text=True, check=False, timeout=3600,
        )  # fmt: skip
        assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
        assert "== bundle:" in build.stdout
    assert PROGRAM.is_file(), f"no bundle at {PROGRAM}"
    return PROGRAM


@pytest.fixture()
def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a desktop session gives a program that was copied to a machine: no Python."""
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}  # fmt: skip


def run_bundle(program: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, env=env,
                          cwd=env["HOME"], check=False, timeout=300)  # fmt: skip


def test_the_bundle_carries_resources_and_seeds(program):
    package = program.parent / "_internal" / "analyst"
    assert (package / "_resources" / "leaders.json").is_file()
    assert (package / "_resources" / "icons" / "analyst.svg").is_file()
    assert sorted(p.name for p in (package / "_seeds").iterdir()) == sorted(
        p.name for p in (REPO / "seeds").iterdir()
    )


def test_extract_gives_the_same_facts_as_the_source_checkout(program, bare_env):
    bundled = run_bundle(program, bare_env, "extract", str(SEED), "--format", "json")
    assert bundled.returncode == 0, bundled.stderr
    source = subprocess.run([sys.executable, "-m", "analyst", "extract", str(SEED), "--format",
                             "json"], capture_output=True, text=True, check=True, cwd=REPO)  # fmt: skip
    doc = json.loads(bundled.stdout)
    assert doc == json.loads(source.stdout)
    assert doc["interactions"] and doc["tariffs"] and doc["deadlines"]


def test_extract_reads_html_through_the_bundled_libraries(program, bare_env, tmp_path):
    article = tmp_path / "article.html"
    article.write_text(HTML_ARTICLE, encoding="utf-8")
    out = run_bundle(program, bare_env, "extract", str(article), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["articles"][0]["published"] == "2025-08-08"
    assert {p["country"] for i in doc["interactions"] for p in i["participants"]} >= {"CHN", "RUS"}


def test_snapshot_of_an_ingested_database_is_a_real_picture(program, bare_env, tmp_path):
    db, png = tmp_path / "bundle.duckdb", tmp_path / "bundle.png"
    ingest = run_bundle(program, bare_env, "ingest", str(REPO / "seeds"), "--db", str(db))
    assert ingest.returncode == 0, ingest.stderr
    assert "1 added" in ingest.stdout

    snap = run_bundle(program, bare_env, "snapshot", "--out", str(png), "--db", str(db))
    assert snap.returncode == 0, snap.stderr
    # A view that cannot be imported leaves a placeholder and logs why: none may.
    assert "cannot build" not in snap.stderr, snap.stderr
    assert "Traceback" not in snap.stderr, snap.stderr

    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixel(x, y) for x in range(0, 1600, 8) for y in range(0, 1000, 8)}
    assert len(colours) > 50, "the snapshot is (nearly) blank"
