"""A regular expression that matches any of many literal strings, built as a trie.

Python's ``re`` tries the branches of ``a|b|c|…`` one after another at every position, so a
plain alternation of thousands of names is slow. Factoring common prefixes ("Kaz" → "akh",
"akhstan") lets the engine discard most branches after a character or two.

A pattern that starts with plain characters is faster still: ``re`` then skips ahead to the
next character that can start a match instead of trying the pattern at every position. A test
on the character before the match (``(?<![\\w@])``, ``\\b``) would hide that first character, so
``not_after`` places it after each string's last character instead (or, when a space may stand
for several, after the first), where it asks the same question of the same character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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
    plain character (the lookbehind follows each string's last character, as
    ``(?<!not_after(?s:.{n}))`` after ``n`` of them; with ``space``, whose width varies, it
    follows the first, as ``(?<!not_after.)``). None of ``strings`` may start with a line
    break, which ``.`` does not match.
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
    if space is None:
        return _emit_guarded(root, not_after, 0) or "(?!)"
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


def by_first_letter(alternatives: Iterable[str]) -> str:
    """``(?:alternative|alternative|…)`` for alternatives (patterns) that each open with a
    plain letter, matching what that alternation matches, where it matches, for less.

    The alternatives are grouped by their first letter, which then leads its group: where a
    letter stands, only the group it opens is tried (the others cannot match there), its
    alternatives in their given order.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:1]
        if not (first.isalpha() and first.isascii()):
            raise ValueError(f"by_first_letter: {alternative!r} opens with no plain letter")
        groups.setdefault(first, []).append(alternative[1:])
    branches = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


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


def _emit_guarded(node: _Node, not_after: str, depth: int) -> str:
    """:func:`_emit` with the test on the character before the match (``not_after``) where a
    string ends, ``depth`` characters on: most places where a string's first characters stand
    hold none of the strings, and the trie tells them after a character or two, so the test
    (a look back, costlier than a character's) is made where a string stands whole."""
    branches = [
        re.escape(ch) + _emit_guarded(child, not_after, depth + 1)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if _END in node:
        # Last: the longer strings are tried first (the test is the same for each).
        branches.append(f"(?<!{not_after}(?s:.{{{depth}}}))")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class SurfacePattern:
    r"""Finds any of many surface strings standing alone, as one trie pattern would.

    That pattern is ``(?<![\w@])(?:surfaces…)(?![\w]|-[a-z]|\.\w)`` (a hyphen may join two
    names, "US-China", but not a name and a word, "Russia-backed"): leftmost matches first, the
    longest surface at each place. Read as one pattern, the few surfaces that start with a
    lowercase letter ("the Kremlin", "al-Sisi") make ``re`` stop at every "t" or "a" of the
    text. So the surfaces are split by how they start: those with a capital in one pattern,
    whose scan skips to the next capital; the others by their first word, each group a
    pattern that starts with what its surfaces have in common ("the ", "al-"), a literal that
    ``re`` searches for quickly, and that runs only over text holding it. Surfaces in different
    groups cannot both match at one place (the shorter would end inside a word), so the
    groups' matches merge back into exactly the single pattern's.
    """

    __slots__ = ("_capitalised", "_others")

    # ... except where the word says where goods come from ("Chinese-made electric vehicles").
    _AFTER = r"(?![\w]|-(?!(?:made|built|produced|manufactured|origin)\b)[a-z]|\.\w)"

    def __init__(self, surfaces: Iterable[str]) -> None:
        capitalised: list[str] = []
        by_first_word: dict[str, list[str]] = {}
        for s in surfaces:
            if not s:
                continue
            if s[0].isupper():
                capitalised.append(s)
            else:
                by_first_word.setdefault(re.split(r"[\s-]", s, maxsplit=1)[0], []).append(s)
        self._capitalised = re.compile(trie_pattern(capitalised, not_after=r"[\w@]") + self._AFTER)
        self._others: list[tuple[str, re.Pattern[str]]] = []
        for group in by_first_word.values():
            lead = _common_start(group)  # the first word at least
            self._others.append((lead, re.compile(_lead_first(lead, group) + self._AFTER)))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, left to right, as ``re.finditer`` gives them."""
        others = [p for lead, p in self._others if lead in text and p.search(text)]
        if not others:  # mostly: "the " is everywhere, "the Kremlin" is not
            return self._capitalised.finditer(text)
        return _merged([self._capitalised, *others], text)


def _common_start(strings: list[str]) -> str:
    common = strings[0]
    for s in strings[1:]:
        while not s.startswith(common):
            common = common[:-1]
    return common


def _lead_first(lead: str, surfaces: list[str]) -> str:
    r"""``(?<![\w@])(?:surfaces…)`` for surfaces that all start with ``lead``, written with the
    lead first (a literal prefix) and the test on the character before it right after it."""
    rests = [s[len(lead) :] for s in surfaces]
    rest = trie_pattern(r for r in rests if r)
    if "" in rests:  # the lead is a surface itself
        rest = "" if rest == "(?!)" else f"(?:{rest})?"
    return re.escape(lead) + f"(?<![\\w@].{{{len(lead)}}})" + rest


def _merged(patterns: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """Leftmost non-overlapping matches of patterns that never match at the same place."""
    found = [p.search(text) for p in patterns]
    while True:
        live = [m for m in found if m is not None]
        if not live:
            return
        first = min(live, key=lambda m: m.start())
        yield first
        end = first.end()
        # A pattern's next match is still its leftmost one from ``end`` unless it starts before.
        found = [
            p.search(text, end) if m is not None and m.start() < end else m
            for p, m in zip(patterns, found, strict=True)
        ]
