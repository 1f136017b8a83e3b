"""Page chrome: the lines an aggregator or a site puts around an article, removed.

Chrome sits at the edges. At the top: app promotions ("Get all your news in one place.",
"Start reading"), the source's name (often twice) and a section label ("World"). At the
bottom: paywall teasers ("Sign up to read this article"), "Related Stories", app links.

Rules:
- Only the edges are looked at: the lines before the first line of article text and the
  lines after the last one. Article text is a line that ends as a sentence does (``. ! ?``,
  maybe followed by a closing quote) and has at least 8 words; such a line is never removed
  unless it is, word for word, a known boilerplate phrase.
- An edge is cut only when it holds evidence of chrome: a line that is a known phrase
  (``resources/chrome_phrases.txt``, plus the article's source name), a short line (at most
  4 words) that appears twice, or a menu (3 or more consecutive short labels: at most 3 words
  and no sentence punctuation). An edge without evidence is left alone, so a headline, a
  standfirst or a final truncated line is never taken for chrome.
- Top: everything up to the last evidence line goes, and so do short labels right after it in
  the same block (the "World" after "Al Jazeera"). A headline-like line in that stretch
  (4 or more words, not known chrome, followed by a blank line) is kept.
- Bottom: everything from the first evidence line goes, and so do short labels right before
  it in the same block.
- A text with no line of article text at all (a brief of short sentences) only loses the
  evidence lines and labels at its very start and end, never what lies between them.
The text is expected with normalised whitespace (one line per paragraph or line of chrome).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from analyst.resources import resource

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]»"
_QUOTES = {"’": "'", "‘": "'", "“": '"', "”": '"'}
_QUOTES_RE = re.compile("[’‘“”]")
_FRAGMENT_BREAK = re.compile(r"(?<=[.!?|•·])\s+|\s+[|•·]\s+")
_MIN_ARTICLE_WORDS = 8
_MAX_LABEL_WORDS = 3
_MAX_REPEATED_WORDS = 4
_MIN_MENU_LINES = 3
_MIN_HEADLINE_WORDS = 4


@lru_cache(maxsize=8192)  # chrome lines repeat from article to article
def normalize_phrase(line: str) -> str:
    """A line as the lexicon spells it: lower-case, straight quotes, single spaces, no final
    punctuation."""
    line = _QUOTES_RE.sub(lambda m: _QUOTES[m.group()], line)
    return " ".join(line.lower().split()).rstrip(" .!?:;,|•·-–—")


@cache
def known_phrases() -> frozenset[str]:
    """The boilerplate lexicon, read once."""
    lines = resource("chrome_phrases.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        normalize_phrase(line) for line in lines if line.strip() and not line.startswith("#")
    )


def strip_chrome(text: str, *, extra_phrases: Iterable[str] = ()) -> str:
    """``text`` without the chrome at its start and end (see the module rules).

    ``extra_phrases`` are more lines to take as chrome, such as the article's source name.
    """
    phrases = known_phrases()
    extra = {normalize_phrase(p) for p in extra_phrases if p and p.strip()}
    if extra:
        phrases = phrases | extra
    lines = text.split("\n")
    kept = _cut_top(lines, phrases)
    return "\n".join(_cut_bottom(kept, phrases))


def is_article_text(line: str) -> bool:
    """A line that ends as a sentence does and has at least 8 words."""
    return line.rstrip(_CLOSERS)[-1:] in _TERMINAL and len(line.split()) >= _MIN_ARTICLE_WORDS


@lru_cache(maxsize=8192)
def _is_known(line: str, phrases: frozenset[str]) -> bool:
    normal = normalize_phrase(line)
    if not normal:
        return False
    if normal in phrases:
        return True
    fragments = [normalize_phrase(f) for f in _FRAGMENT_BREAK.split(line)]
    fragments = [f for f in fragments if f]
    return len(fragments) > 1 and all(f in phrases for f in fragments)


def _is_label(line: str) -> bool:
    """A short line with no sentence punctuation: a section name, a menu item, a site name."""
    return bool(line) and len(line.split()) <= _MAX_LABEL_WORDS and line[-1] not in _TERMINAL


def _edge_end(lines: list[str], phrases: frozenset[str]) -> int:
    """How many lines at the start of ``lines`` come before the first line of article text."""
    for index, line in enumerate(lines):
        if is_article_text(line) and not _is_known(line, phrases):
            return index
    return len(lines)


def _evidence(edge: list[str], phrases: frozenset[str]) -> list[int]:
    """Indexes of the lines in ``edge`` that show it is chrome."""
    counts = Counter(normalize_phrase(line) for line in edge if line)
    found: set[int] = set()
    menu: list[int] = []
    for index, line in enumerate(edge):
        if not line:
            menu = []
            continue
        known = _is_known(line, phrases)
        repeated = counts[normalize_phrase(line)] > 1 and len(line.split()) <= _MAX_REPEATED_WORDS
        if known or repeated:
            found.add(index)
        if known or _is_label(line):
            menu.append(index)
            if len(menu) >= _MIN_MENU_LINES:
                found.update(menu)
        else:
            menu = []
    return sorted(found)


def _cut_top(lines: list[str], phrases: frozenset[str]) -> list[str]:
    end = _edge_end(lines, phrases)
    evidence = _evidence(lines[:end], phrases)
    if not evidence:
        return lines
    if end == len(lines):
        # No line reads as article text (a brief of short sentences): only peel off the
        # chrome itself, never what lies between chrome lines.
        return lines[_peel(lines, set(evidence)) :]
    cut = evidence[-1] + 1
    while cut < end and _is_label(lines[cut]):
        cut += 1
    evident = set(evidence)
    kept: list[str] = []
    for index, line in enumerate(lines[:cut]):
        if index not in evident and _is_headline(lines, index, phrases):
            kept += [line, ""]
    return kept + lines[cut:]


def _is_headline(lines: list[str], index: int, phrases: frozenset[str]) -> bool:
    line = lines[index]
    followed_by_blank = index + 1 < len(lines) and not lines[index + 1]
    return (
        followed_by_blank
        and len(line.split()) >= _MIN_HEADLINE_WORDS
        and not _is_known(line, phrases)
    )


def _cut_bottom(lines: list[str], phrases: frozenset[str]) -> list[str]:
    start = len(lines) - _edge_end(lines[::-1], phrases)
    evidence = _evidence(lines[start:], phrases)
    if not evidence:
        return lines
    if start == 0:  # no article text at all: as at the top, peel off the chrome only
        backwards = {len(lines) - 1 - index for index in evidence}
        return lines[: len(lines) - _peel(lines[::-1], backwards)]
    cut = start + evidence[0]
    while cut > start and _is_label(lines[cut - 1]):
        cut -= 1
    return lines[:cut]


def _peel(lines: list[str], evidence: set[int]) -> int:
    """How many lines at the start of ``lines`` are blank, evidence, or short labels in the
    same block as evidence."""
    after_evidence = False
    for index, line in enumerate(lines):
        if not line:
            after_evidence = False
        elif index in evidence:
            after_evidence = True
        elif not (after_evidence and _is_label(line)):
            return index
    return len(lines)
