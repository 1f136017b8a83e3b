"""The one error the store raises for a database it cannot use.

Rules of the concept:
- The message is one line an analyst can act on: ``<path>: <what is wrong>``, so the command
  line prints it as it is and exits 1.
- ``in_use`` says another program holds the file; ``read_only_possible`` says that program
  only reads it, so ``Store.open(path, read_only=True)`` would succeed. The caller decides
  whether to fall back; the store never changes mode on its own.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database that cannot be opened, read or written as asked."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        reason: str | None = None,
        in_use: bool = False,
        read_only_possible: bool = False,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.in_use = in_use
        self.read_only_possible = read_only_possible

    @classmethod
    def not_analyst(cls, path: Path, reason: str) -> StoreError:
        """A file that is not (or not yet) a database of this program."""
        return cls(f"{path}: not an analyst database ({reason})", path=path, reason=reason)

    @classmethod
    def cannot_open(cls, path: Path, reason: str, **flags: bool) -> StoreError:
        return cls(f"{path}: cannot open ({reason})", path=path, reason=reason, **flags)
