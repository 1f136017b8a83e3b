"""Finding the article files among the paths a user gives.

Rules:
- A file with an article suffix (:data:`ARTICLE_SUFFIXES`, any case) is an article, even a
  hidden one: the user named it. A file with another suffix is refused (``unsupported file
  type``), and so is a path that does not exist (``no such file or directory``).
- A folder is searched recursively, without following symbolic links to folders (which could
  loop). Inside it, hidden files and folders (``.name``), sidecars (``*.meta.json``), gold
  files (``*.gold.json``), project files (README, LICENSE, CHANGELOG, CONTRIBUTING) and other
  suffixes are skipped silently. A folder with no article is refused
  (``no articles (.txt, .md, .html) found``).
- The result is sorted and each file appears once, however often it was named.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analyst.ingest.errors import IngestError

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
_PROJECT_FILES = frozenset({"readme", "license", "licence", "changelog", "contributing"})


@dataclass
class Discovery:
    """The article files found (sorted, each once) and the paths refused, in the order given."""

    files: list[Path] = field(default_factory=list)
    refused: list[IngestError] = field(default_factory=list)


def is_article_file(path: Path) -> bool:
    """Whether ``path``'s name has an article suffix (``X.meta.json`` has not: it is ``.json``)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES


def discover(paths: Sequence[Path]) -> Discovery:
    """The article files named by ``paths`` (files and folders) and the paths refused."""
    found: dict[Path, Path] = {}  # resolved path → the path as the user will see it
    refused: list[IngestError] = []
    for path in paths:
        if path.is_dir():
            files, errors = _walk(path)
            refused.extend(errors)
            if not files and not errors:
                refused.append(IngestError(path, "no articles (.txt, .md, .html) found"))
        elif path.is_file():
            if not is_article_file(path):
                refused.append(IngestError(path, "unsupported file type"))
                continue
            files = [path]
        elif path.exists() or path.is_symlink():
            refused.append(IngestError(path, "not a regular file or folder"))
            continue
        else:
            refused.append(IngestError(path, "no such file or directory"))
            continue
        for file in files:
            found.setdefault(file.resolve(), file)
    return Discovery(files=sorted(found.values()), refused=refused)


def _walk(folder: Path) -> tuple[list[Path], list[IngestError]]:
    files: list[Path] = []
    errors: list[IngestError] = []

    def on_error(error: OSError) -> None:
        errors.append(IngestError(error.filename or folder, f"cannot read: {error.strerror}"))

    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            candidate = Path(root, name)
            if _wanted(candidate):
                files.append(candidate)
    return files, errors


def _wanted(path: Path) -> bool:
    name = path.name
    return (
        not name.startswith(".")
        and is_article_file(path)
        and path.stem.lower() not in _PROJECT_FILES
        and path.is_file()
    )
