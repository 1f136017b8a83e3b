"""Cheap, exact stand-ins for costly case-insensitive patterns.

Python's ``re`` matches case-insensitively by lowercasing each character it compares, and it
cannot then use its fast scans (for a literal prefix or a set of first characters): an
alternation of words with ``re.IGNORECASE`` costs a few hundred machine instructions for each
character of text it scans, the same pattern without it a third of that, a plain substring
test (``in``) a few.

:func:`fold` lowercases text one character for one character, so that:

- a case-insensitive pattern whose letters are ASCII matches the text exactly where the same
  pattern, written in lowercase (``[a-z]`` for ``[A-Z]``) and read case-sensitively, matches
  the folded text, at the same offsets;
- a pattern that cannot match without one of a few words can skip text whose folding holds
  none of them (:class:`Gated`).

Both only spare work: what the patterns find is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# re's case-insensitive matching takes "İ" and dotless "ı" for "i" and long "ſ" for "s", which
# str.lower() keeps apart ("İ" even becomes two characters, "i" and a combining dot).
_LIKE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """``text`` lowercased, one character for one, as ``re.IGNORECASE`` compares letters.

    Each character a case-insensitive pattern matches with an ASCII letter (or with ``[A-Z]``)
    becomes that lowercase letter; no other character becomes an ASCII letter; word
    characters, spaces, digits and punctuation stay what they are. (Checked against ``re``
    for every code point; the Kelvin sign, "K" to ``re``, already lowercases to "k".)
    """
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()  # lower() is one for one but for "İ"
    return text.translate(_LIKE_ASCII).lower()


class Gated:
    """A case-insensitive pattern, searched only where it can match.

    ``source`` is written in lowercase (escapes such as ``\\b`` and ``\\s`` aside) and read
    case-insensitively: ``pattern`` is it compiled with ``re.IGNORECASE``. Each of its matches
    must contain one of ``keys`` (lowercase, spelled out literally by the pattern). ``search``
    looks for a key in the text's :func:`fold`, then reads the folded text with the pattern
    compiled case-sensitively (same matches, less work), and only when that finds something
    searches the text itself, so that it answers exactly as ``pattern.search`` does.
    """

    __slots__ = ("_folded", "keys", "pattern")

    def __init__(self, source: str, keys: Iterable[str]) -> None:
        if re.search(r"(?<!\\)[A-Z]", source):
            raise ValueError("Gated: the pattern must be written in lowercase")
        self.keys = tuple(keys)
        if not self.keys or any(not k or k != k.lower() for k in self.keys):
            raise ValueError("Gated: keys must be non-empty lowercase strings")
        self.pattern = re.compile(source, re.IGNORECASE)
        self._folded = re.compile(source)

    def search(self, text: str) -> re.Match[str] | None:
        folded = fold(text)
        # any(map(str.__contains__)): the substring tests run in C, one after another.
        if not any(map(folded.__contains__, self.keys)) or not self._folded.search(folded):
            return None
        return self.pattern.search(text)
