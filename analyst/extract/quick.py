"""Cheap, exact tests that spare a costly case-insensitive pattern text it cannot match.

Python's ``re`` matches case-insensitively by lowercasing each character it compares, and it
cannot then use its fast scans (for a literal prefix or a set of first characters): an
alternation of words with ``re.IGNORECASE`` costs a few hundred machine instructions for each
character of text it scans, a plain substring test (``in``) a few. A pattern that cannot
match without one of a few words is worth running only over text that holds one of them.

The substring tests run on :func:`fold`'s lowercasing, which keeps every letter a
case-insensitive pattern can match an ASCII letter with; so a test never rules out text the
pattern would match, and what the pattern finds is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """``text`` lowercased so that each character a case-insensitive pattern matches with an
    ASCII letter is that letter.

    ``str.lower()`` does so except for three characters: ``re`` also matches "İ" (which
    ``lower()`` turns into "i" and a combining dot) and dotless "ı" with "i", and long "ſ"
    with "s". (The Kelvin sign, "K" to ``re``, already lowercases to "k".)
    """
    lowered = text.lower()
    if text.isascii():
        return lowered
    return lowered.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


class Gated:
    """A case-insensitive pattern that is searched only in text holding one of its ``keys``.

    Each match of the pattern must contain one of ``keys`` (ASCII letters and other
    characters the pattern spells out literally, lowercase), checked in :func:`fold`'s
    lowercasing of the text. ``search`` then answers as the pattern itself does.
    """

    __slots__ = ("keys", "pattern")

    def __init__(self, pattern: re.Pattern[str], keys: Iterable[str]) -> None:
        self.pattern = pattern
        self.keys = tuple(keys)
        if not self.keys or any(not k or k != k.lower() for k in self.keys):
            raise ValueError("Gated: keys must be non-empty lowercase strings")

    def search(self, text: str) -> re.Match[str] | None:
        # any(map(str.__contains__)): the substring tests run in C, one after another.
        if any(map(fold(text).__contains__, self.keys)):
            return self.pattern.search(text)
        return None
