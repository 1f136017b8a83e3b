"""A regular expression that matches any of many literal strings, built as a trie.

Python's ``re`` tries the branches of ``a|b|c|…`` one after another at every position, so a
plain alternation of thousands of names is slow. Factoring common prefixes ("Kaz" → "akh",
"akhstan") lets the engine discard most branches after a character or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
_Node = dict[str, "_Node"]


def trie_pattern(strings: Iterable[str]) -> str:
    """A non-capturing pattern matching any of ``strings``, preferring the longest."""
    root: _Node = {}
    for s in strings:
        if not s:
            continue
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(root) or "(?!)"


def _emit(node: _Node) -> str:
    ends_here = _END in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy optional: the longer name wins, the shorter one is still a match.
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body
