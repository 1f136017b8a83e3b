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
