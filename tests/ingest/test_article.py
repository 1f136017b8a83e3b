"""The whole pipeline: identity, whitespace, Markdown, refusals, and a core free of Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analyst.ingest import IngestError, article_from_text, load_article
from analyst.model import article_id_for

TEXT = (
    "Putin holds calls with key allies\n\n"
    "Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping on "
    "Aug. 8, Russian state media reported.\n\n"
    "Both Xi and Lukashenko are among Putin's closest allies."
)


def test_identical_text_from_two_files_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TEXT.replace("\n", "\r\n") + "\r\n\r\n\r\n", encoding="utf-8")
    one, two = load_article(tmp_path / "one.txt"), load_article(tmp_path / "two.txt")
    assert one.id == two.id == article_id_for(TEXT)
    assert one.path != two.path


def test_whitespace_is_normalised_and_paragraphs_kept() -> None:
    messy = "  Headline of the story  \r\n\r\n\r\n\r\nFirst\u00a0 sentence  is\there.\t \n\n\n"
    article = article_from_text(messy + "Second paragraph ends here.")
    assert article.text == (
        "Headline of the story\n\nFirst sentence is here.\n\nSecond paragraph ends here."
    )
    assert [s.text for s in article.sentences] == [
        "Headline of the story",
        "First sentence is here.",
        "Second paragraph ends here.",
    ]


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Front matter title\ndate: 2025-08-08\n---\n"
        "# Putin holds calls with **key allies**\n\n"
        "Putin spoke with [Xi Jinping](https://example.com/xi) and _Alexander Lukashenko_ "
        "on Aug. 8, according to the `Kremlin`.\n\n"
        "![a photo](photo.jpg)\n\n"
        "> The calls come as the U.S. president prepares to meet Putin.\n\n"
        "- The snake_case_name stays.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.text == (
        "Putin holds calls with key allies\n\n"
        "Putin spoke with Xi Jinping and Alexander Lukashenko on Aug. 8, according to the "
        "Kremlin.\n\n"
        "The calls come as the U.S. president prepares to meet Putin.\n\n"
        "The snake_case_name stays."
    )
    assert article.title == "Front matter title"
    assert str(article.published) == "2025-08-08"


@pytest.mark.parametrize("text", ["Too short.", "   \n\n  ", "Start reading\nDownload the app"])
def test_no_article_text(text: str) -> None:
    with pytest.raises(IngestError) as caught:
        article_from_text(text, path="x.txt")
    assert str(caught.value) in ("x.txt: no article text", "x.txt: empty file")


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(IngestError, match="unsupported file type"):
        load_article(path)


def test_ingest_error_pickles() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(IngestError("a.txt", "empty file")))
    assert (error.path, error.reason, str(error)) == ("a.txt", "empty file", "a.txt: empty file")


def test_ingest_needs_no_qt_and_no_duckdb(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code = (
        "import sys\n"
        "for name in ('PySide6', 'duckdb', 'polars', 'pyqtgraph'):\n"
        "    sys.modules[name] = None\n"
        "from pathlib import Path\n"
        "from analyst.ingest import load_article\n"
        f"print(len(load_article(Path({str(path)!r})).sentences))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"
