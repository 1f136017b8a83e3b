"""The one error ingest raises: an input that cannot become an article.

Rules:
- Every refusal names the file it is about (``path``) and says why in a few words
  (``reason``); ``str(error)`` is the one line ``analyst ingest`` prints on stderr.
- A problem with a sidecar names the sidecar, not the article beside it.
- The error pickles, so a process pool can send it back from a worker.
"""

from __future__ import annotations

import os


class IngestError(Exception):
    """A file (or folder) that was refused, and why: ``str(e) == f"{path}: {reason}"``."""

    path: str
    reason: str

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        # Passing both to Exception keeps ``args`` complete, which is what pickling replays.
        super().__init__(os.fspath(path), reason)
        self.path = os.fspath(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
