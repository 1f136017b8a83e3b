"""Whitespace normalisation: the last step before text becomes an article's cleaned text.

Rules:
- Line endings become ``\\n`` (also ``\\r\\n``, ``\\r``, U+2028; U+2029 is a paragraph break).
- Every other kind of space (tab, no-break space, thin space, ideographic space, ...) becomes
  a plain space; runs of spaces become one; lines lose leading and trailing spaces.
- Invisible characters that carry no text (zero-width space, stray byte-order marks, other
  control characters) are removed. Zero-width joiners stay: they are part of some scripts.
- A run of blank lines becomes one blank line, so paragraphs stay apart; the text has no
  blank lines at its start or end and no final newline.
Nothing else changes: words, punctuation and quotes are kept exactly.
"""

from __future__ import annotations

import re

_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u0085": "\n", "\u2029": "\n\n"}
_LINE_BREAK_RE = re.compile("|".join(re.escape(k) for k in _LINE_BREAKS))


# Invisible characters that carry no text: control characters other than line breaks, tab,
# vertical tab and form feed (which are spaces), zero-width space, word joiner, byte-order mark
# and soft hyphen.
_INVISIBLE_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad]")


def normalize_whitespace(text: str) -> str:
    """``text`` with line endings, spaces and blank lines normalised (see the module rules)."""
    text = _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group()], text)
    text = _INVISIBLE_RE.sub("", text)
    lines: list[str] = []
    after_blank = True  # so that blank lines at the start are dropped
    for line in text.split("\n"):
        # str.split() splits on every Unicode space (no-break, thin, ideographic, tab, ...).
        line = " ".join(line.split())
        if line:
            lines.append(line)
            after_blank = False
        elif not after_blank:
            lines.append("")
            after_blank = True
    if lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)
