"""A regular expression that matches any of many literal strings, built as a trie.

Python's ``re`` tries the branches of ``a|b|c|…`` one after another at every position, so a
plain alternation of thousands of names is slow. Factoring common prefixes ("Kaz" → "akh",
"akhstan") lets the engine discard most branches after a character or two.

A pattern that starts with plain characters is faster still: ``re`` then skips ahead to the
next character that can start a match instead of trying the pattern at every position. A test
on the character before the match (``(?<![\\w@])``, ``\\b``) would hide that first character, so
``not_after`` places it after the first character instead, where it asks the same question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
_Node = dict[str, "_Node"]


def trie_pattern(
    strings: Iterable[str], *, not_after: str | None = None, space: str | None = None
) -> str:
    """A non-capturing pattern matching any of ``strings``, preferring the longest.

    ``space``, when given, is the pattern that stands for each space in ``strings``
    (``\\s+``: "ahead of" then also matches "ahead  of" and "ahead\\nof").

    ``not_after``, a character class such as ``[\\w@]``, names characters that may not stand
    just before a match: the pattern then means ``(?<!not_after)(?:…)`` but still starts with a
    plain character (the lookbehind follows the first character, as ``(?<!not_after.)``). None
    of ``strings`` may start with a line break, which ``.`` does not match.
    """
    root: _Node = {}
    for s in strings:
        if not s:
            continue
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not_after is None:
        return _emit(root, space) or "(?!)"
    if "\n" in root:
        raise ValueError("not_after: a string starts with a line break")
    guard = f"(?<!{not_after}.)"
    branches = [
        _char(ch, space) + guard + _emit(child, space) for ch, child in sorted(root.items())
    ]
    if not branches:
        return "(?!)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def word_pattern(words: Iterable[str]) -> str:
    r"""``\b(?:word|word|…)\b`` for words of letters, digits and underscores, built to scan fast."""
    listed = list(words)
    if not all(re.fullmatch(r"\w+", w) for w in listed):
        raise ValueError("word_pattern: every word must be made of word characters")
    return trie_pattern(listed, not_after=r"\w") + r"(?!\w)"


def _char(ch: str, space: str | None) -> str:
    return space if space is not None and ch == " " else re.escape(ch)


def _emit(node: _Node, space: str | None = None) -> str:
    ends_here = _END in node
    branches = [
        _char(ch, space) + _emit(child, space) for ch, child in sorted(node.items()) if ch != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional: the longer name wins, the shorter one is still a match.
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body
