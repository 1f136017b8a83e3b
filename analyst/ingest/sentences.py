"""Sentences of a cleaned article, with their character offsets.

Rules:
- ``Sentence.text == text[start:end]`` always, and a sentence never starts or ends with
  whitespace. Sentences are in order and do not overlap.
- A paragraph break (a blank line) always ends a sentence. So does a line that does not end
  with sentence punctuation (a headline, a subheading, a caption, a list item), unless the next
  line plainly continues it (it starts in lower case, or the line ends with ``, ; : ( - /``).
- Otherwise a sentence ends at ``.``, ``!``, ``?`` or an ellipsis, with any closing quotes or
  brackets after it (``… he said.”``), when the next word starts like a sentence: a capital, a
  digit or an opening quote. A lower-case next word never starts a sentence, so ``the U.S.
  government`` and ``5 p.m. on Friday`` stay whole; numbers (``2.5%``) and ``U.S.-made``
  have no space after the dot and are never split.
- A period after an abbreviation does not end a sentence:
  - titles and the like (Mr., Dr., St., Gen., Sen., Rep., vs., e.g., i.e., ...) never;
  - a month (Aug., Sept., ...) or No. before a number never (``Aug. 8``, ``No. 10``);
  - dotted acronyms (U.S., D.C., a.m.), single initials (``George W. Bush``, ``S. Jaishankar``)
    and words that may end a sentence (Inc., Corp., Jr., etc.) only when the next word is one
    that commonly opens a sentence (The, He, But, In, ...): ``in the U.S. The president`` is
    two sentences, ``U.S. President Donald Trump`` is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyst.model import Sentence

# A run of end marks, the closing quotes after it, and a space (a lookahead would be slower).
_CANDIDATE = re.compile(r"([.!?…]+)([”\"’')\]»]*)\s")
_NEXT = re.compile(r"\s+([“\"‘'(\[«¿¡]*)(\S*)")
_OPENERS = "“\"‘'([«¿¡"
_TERMINAL = ".!?…"
_CLOSERS = "”\"’')]»"
_CONTINUES_AFTER = ",;:(-–—/&"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_INITIAL = re.compile(r"[A-Z]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NEVER_FINAL = _words(
    """mr mrs ms messrs dr prof gen gens sen sens rep reps gov govs lt col capt cpt sgt maj
    adm cmdr cdr brig rev hon pres supt insp det st mt ft vs v e.g i.e cf approx"""
)
_MONTHS = _words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
_NUMBER_WORDS = _words("No Nos Nr no nos nr")
_MAYBE_FINAL = _words("inc corp co ltd llc plc jr sr bros etc al govt dept")
_STARTERS = _words(
    """A An The This That These Those There Their They He She It Its His Her We Our I You
    Your But And Or So Yet Nor For In On At By To From With Without Within After Before
    During Since Until While When Whenever Where Whereas If Although Though Because As Once
    Unless However Meanwhile Moreover Furthermore Still Also Then Now Today Yesterday
    Tomorrow Earlier Later Last Next Both Many Most Some Several Such Each Every All Any No
    None Neither Either Other Another One What Who Which Why How Here Instead Indeed Despite
    Asked Speaking According"""
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` by the module rules."""
    sentences: list[Sentence] = []
    for seg_start, seg_end in _segments(text):
        start = seg_start
        for match in _CANDIDATE.finditer(text, seg_start, seg_end):
            if match.start() < start or not _ends_sentence(text, match, seg_start, seg_end):
                continue
            end = match.end(2)
            sentences.append(Sentence(start, end, text[start:end]))
            start = end
            while text[start].isspace():  # segments are trimmed: a non-space follows
                start += 1
        sentences.append(Sentence(start, seg_end, text[start:seg_end]))
    return tuple(sentences)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` that are never split across: paragraphs, cut after lines that
    end without sentence punctuation. Each is trimmed of whitespace."""
    seg_start = seg_end = -1
    position = 0
    for line in text.split("\n"):
        line_start, position = position, position + len(line) + 1
        start = line_start + len(line) - len(line.lstrip())
        end = line_start + len(line.rstrip())
        if start >= end:  # a blank line: a paragraph break
            if seg_start >= 0:
                yield seg_start, seg_end
            seg_start = -1
            continue
        if seg_start >= 0 and _breaks_after(text[seg_end - 1], text[start]):
            yield seg_start, seg_end
            seg_start = -1
        if seg_start < 0:
            seg_start = start
        seg_end = end
    if seg_start >= 0:
        yield seg_start, seg_end


def _breaks_after(last: str, next_first: str) -> bool:
    """Whether a line ending in ``last`` is cut from the next line, which starts with
    ``next_first``. A line ending in punctuation is left to the sentence rules."""
    if last in _TERMINAL or last in _CLOSERS:
        return False
    return not (next_first.islower() or last in _CONTINUES_AFTER)


def _ends_sentence(text: str, match: re.Match[str], seg_start: int, seg_end: int) -> bool:
    following = _NEXT.match(text, match.end(2), seg_end)
    if following is None:
        return False
    openers, word = following.group(1), following.group(2)
    first = (openers or word)[:1]
    if not (first in _OPENERS or first.isdigit() or first in "$€£¥" or first.isupper()):
        return False
    if match.group(1) != "." or match.group(2):
        return True  # ! ? … or a quote closing after the period: no abbreviation is in play
    token = _word_before(text, match.start(), seg_start)
    bare_next = word.strip("".join(_CLOSERS) + ",;:.!?")
    if (
        token.isdigit()
        and len(token) <= 2
        and not text[seg_start : match.start() - len(token)].strip()
    ):
        return False  # "2. Prime Minister Ishiba expressed ...": a numbered item's marker
    token = token.rsplit("-", 1)[-1]  # "Japan-U.S. Summit": the acronym after the hyphen
    if token.lower() in _NEVER_FINAL:
        return False
    if token in _MONTHS or token in _NUMBER_WORDS:
        if word[:1].isdigit():
            return False
        return token in _NUMBER_WORDS or bare_next in _STARTERS or bool(openers)
    if _ACRONYM.fullmatch(token) or _INITIAL.fullmatch(token) or token.lower() in _MAYBE_FINAL:
        return bare_next in _STARTERS
    return True


def _word_before(text: str, end: int, seg_start: int) -> str:
    """The word that ends at ``end`` (just before a period), without opening punctuation."""
    chunk = text[max(seg_start, end - 40) : end]
    if not chunk or chunk[-1].isspace():
        return ""
    return chunk.split()[-1].lstrip(_OPENERS)
