"""Reading exported files back in tests: Excel without openpyxl, PDF pages without a PDF
library, and a check that a picture is not blank."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters is not None
    n = 0
    for ch in letters.group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path: Path) -> list[list[str]]:
    """The first sheet as rows of cell text ("" for an empty cell): strings as written,
    numbers (and dates, as Excel serials) as their XML text."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{_NS}t")) for si in root]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows: list[list[str]] = []
    for row in sheet.iter(f"{_NS}row"):
        cells: dict[int, str] = {}
        for c in row.iter(f"{_NS}c"):
            kind = c.get("t")
            v = c.find(f"{_NS}v")
            if kind == "s" and v is not None:
                text = shared[int(v.text or 0)]
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in c.iter(f"{_NS}t"))
            else:
                text = v.text or "" if v is not None else ""
            cells[_column(c.get("r", "A1"))] = text
        width = max(cells) + 1 if cells else 0
        rows.append([cells.get(i, "") for i in range(width)])
    return rows


def xlsx_sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def xlsx_styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/styles.xml").decode("utf-8")


def pdf_pages(path: Path) -> int:
    """Pages of a PDF, counted as its ``/Type /Page`` objects (not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def pdf_text(path: Path) -> str | None:
    """The PDF's text by ``pdftotext`` (poppler), or ``None`` when it is not installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    out = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", out.stdout)  # the "ﬁ" ligature is "fi"


def colours(image, grid: int = 120) -> int:  # type: ignore[no-untyped-def]
    """Distinct colours on a ``grid``×``grid`` sample of a QImage."""
    small = image.scaled(grid, grid)
    return len({small.pixel(x, y) for x in range(grid) for y in range(grid)})
