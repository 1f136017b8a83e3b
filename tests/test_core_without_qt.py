"""The core (ingest, extract, store) never imports Qt: prove it with Qt blocked."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_and_runs_with_qt_blocked():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import analyst.ingest, analyst.extract, analyst.store, analyst.pipeline\n"
        "from analyst.ingest import article_from_text\n"
        "from analyst.extract import extract_facts\n"
        "f = extract_facts(article_from_text('Putin spoke by phone with Xi Jinping on Friday.'))\n"
        "assert f.interactions, f\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_table_exporters_write_every_format_with_qt_blocked(tmp_path):
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from pathlib import Path\n"
        "from analyst.export import exporters\n"
        "from analyst.export.tables import write_tables\n"
        "from analyst.pipeline import seed\n"
        "from analyst.store import Filter, Store\n"
        "store = Store.memory()\n"
        "seed(store)\n"
        f"written = write_tables(Path({str(tmp_path)!r}), store, Filter())\n"
        "assert len(written) == 13, written\n"
        "print(' '.join(e.name for e in exporters('table')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "CSV Excel workbook Parquet Facts as JSON"
    assert {p.suffix for p in tmp_path.iterdir()} == {".csv", ".xlsx", ".parquet", ".json"}
