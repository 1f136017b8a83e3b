"""Finding articles among files and folders, and refusing what is not one."""

from __future__ import annotations

from pathlib import Path

from analyst.ingest import ARTICLE_SUFFIXES, discover


def touch(path: Path, text: str = "An article sentence that is long enough.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_searched_recursively_and_skip_what_is_not_an_article(tmp_path: Path) -> None:
    a = touch(tmp_path / "b.txt")
    b = touch(tmp_path / "sub" / "a.md")
    c = touch(tmp_path / "sub" / "deeper" / "page.HTML")
    d = touch(tmp_path / "x.htm")
    for skipped in (
        "b.meta.json",
        "b.gold.json",
        ".hidden.txt",
        ".git/notes.txt",
        "notes.csv",
        "README.md",
        "sub/LICENSE.txt",
    ):
        touch(tmp_path / skipped)
    found = discover([tmp_path])
    assert found.files == sorted([a, b, c, d])
    assert found.refused == []


def test_files_are_sorted_and_deduplicated(tmp_path: Path) -> None:
    a = touch(tmp_path / "z.txt")
    b = touch(tmp_path / "a.txt")
    found = discover([a, tmp_path, b, tmp_path / "." / "z.txt"])
    assert found.files == [b, a]


def test_refusals(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    touch(empty / "data.csv")
    other = touch(tmp_path / "table.csv")
    sidecar = touch(tmp_path / "a.meta.json", "{}")
    missing = tmp_path / "missing.txt"
    found = discover([empty, other, sidecar, missing])
    assert found.files == []
    assert [(e.path, e.reason) for e in found.refused] == [
        (str(empty), "no articles (.txt, .md, .html) found"),
        (str(other), "unsupported file type"),
        (str(sidecar), "unsupported file type"),
        (str(missing), "no such file or directory"),
    ]


def test_a_hidden_file_named_explicitly_is_taken(tmp_path: Path) -> None:
    hidden = touch(tmp_path / ".draft.txt")
    assert discover([hidden]).files == [hidden]


def test_suffixes() -> None:
    assert ARTICLE_SUFFIXES == (".txt", ".md", ".html", ".htm")
