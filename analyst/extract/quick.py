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
  none of them. :func:`required_keys` reads those words off the pattern itself, and
  :func:`gated` wraps a pattern so that it is only read where they occur.

Both only spare work: what the patterns find is unchanged.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from analyst.extract.trie import trie_pattern

# re's case-insensitive matching takes "İ" and dotless "ı" for "i" and long "ſ" for "s", which
# str.lower() keeps apart ("İ" even becomes two characters, "i" and a combining dot).
_LIKE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


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


class _Folds(dict[str, str]):
    """Texts' folds, each made when first asked for; emptied when it holds ``kept`` texts."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self._kept = kept

    def __missing__(self, text: str) -> str:
        if len(self) >= self._kept:
            self.clear()
        folded = self[text] = fold(text)
        return folded


# For text that several patterns read in turn (a sentence, a clause): folded once. (A dict's
# own __getitem__ costs about half the machine instructions of an lru_cache's call.)
fold_shared = _Folds(kept=512).__getitem__


_parser = importlib.import_module("re._parser")  # re's own parser (Python 3.11+)
_c = importlib.import_module("re._constants")
_compiler = importlib.import_module("re._compiler")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_Keys = frozenset[str] | None


def required_keys(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read from the pattern.

    For a case-insensitive pattern the keys are lowercase, to look for in the text's
    :func:`fold`; otherwise they are spelled as in the pattern, to look for in the text.
    ``None`` when the pattern has no such strings (a match may be any word) or is not
    understood. Characters written literally make keys: "no\\s+longer" yields "no" and
    "longer", either of which does; "n[’']t" yields "n’t" and "n't".
    """
    sets = required_key_sets(pattern)
    return sets[0] if sets else None


def required_key_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every set of keys (see :func:`required_keys`) a match needs one of, the most telling
    first: "the same day" needs "same" or "that", and "day", "evening", "morning" or
    "afternoon". Keys that contain another key of their set are left out (the other will do).
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        sets = _sequence_key_sets(_parser.parse(pattern.pattern, pattern.flags), ignore_case)
    except Exception:  # an unforeseen construct: no keys, the pattern is always searched
        return ()
    minimal = {
        tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys))) for keys in sets
    }
    return tuple(sorted(minimal, key=lambda keys: (_telling(keys), keys), reverse=True))


def _telling(keys: Iterable[str]) -> tuple[int, int]:
    """How much text a set of keys rules out: the longer its shortest key, and the fewer."""
    listed = list(keys)
    return min(map(len, listed)), -len(listed)


def _sequence_keys(items: Any, ignore_case: bool) -> _Keys:
    """Keys for a sequence of pattern items: the most telling of what its items require."""
    candidates = _sequence_key_sets(items, ignore_case)
    return max(candidates, key=_telling) if candidates else None


def _sequence_key_sets(items: Any, ignore_case: bool) -> list[frozenset[str]]:
    """What each item of a sequence requires: a run of literal characters is a key; a small
    set of characters inside a run ("n[’']t") makes one key for each."""
    candidates: list[frozenset[str]] = []
    run = {""}

    def end_run() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        chars = _literal_chars(op, av, ignore_case)
        if chars is not None and len(run) * len(chars) <= _MAX_VARIANTS:
            run = {r + ch for r in run for ch in chars}
            continue
        end_run()
        keys = _item_keys(op, av, ignore_case)
        if keys:
            candidates.append(keys)
    end_run()
    return candidates


_MAX_VARIANTS = 8


def _literal_chars(op: Any, av: Any, ignore_case: bool) -> set[str] | None:
    """The characters a literal, or a small set of literals, matches; None for anything else.

    Read case-insensitively, only characters :func:`fold` keeps as the pattern spells them
    count: ASCII ones (letters lowercased), and others that are no letter ("’", "“").
    """
    if op is _c.LITERAL:
        members = [av]
    elif op is _c.IN and 0 < len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
        members = [a for _, a in av]
    else:
        return None
    chars = {chr(a) for a in members}
    if ignore_case:
        if not all(ch.isascii() or (not ch.isalpha() and ch.lower() == ch) for ch in chars):
            return None
        chars = {ch.lower() for ch in chars}
    return chars


def _item_keys(op: Any, av: Any, ignore_case: bool) -> _Keys:
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            keys = _sequence_keys(alternative, ignore_case)
            if keys is None:
                return None  # one way through needs nothing
            union |= keys
        return frozenset(union)
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if ignore_case and del_flags & re.IGNORECASE and not add_flags & re.IGNORECASE:
            # "(?-i:may)" matches "may" only, which the text's fold holds too: its keys are
            # read as the case-insensitive pattern's are.
            return _sequence_keys(body, ignore_case)
        if (add_flags | del_flags) & re.IGNORECASE:
            return None  # a part read case-insensitively in a pattern that is not
        return _sequence_keys(body, ignore_case)
    if op is _c.ATOMIC_GROUP:
        return _sequence_keys(av, ignore_case)
    if op in _REPEATS and av[0] >= 1:
        return _sequence_keys(av[2], ignore_case)
    return None  # classes, anchors, lookarounds, optional parts: nothing certain


def match_starts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with, read from the pattern
    (spelled as in the pattern); ``None`` when a match may start otherwise or is not understood.

    Zero-width tests before the first character ("\\b", lookbehinds) are passed over: they
    decide whether a match starts there, not what it starts with.
    """
    try:
        starts = _sequence_starts(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unforeseen construct: not used
        return None
    return tuple(sorted(starts)) if starts and "" not in starts else None


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _sequence_starts(items: list[Any]) -> set[str] | None:
    for at, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        rest = items[at + 1 :]
        if _literal_chars(op, av, False) is not None:
            # Literal characters, or small sets of them ("[Tt]he" starts "The" or "the").
            runs = {""}
            taken = 0
            for next_op, next_av in items[at:]:
                chars = _literal_chars(next_op, next_av, False)
                if chars is None or len(runs) * len(chars) > _MAX_VARIANTS:
                    break
                runs = {run + ch for run in runs for ch in chars}
                taken += 1
            # re factors a common start out of alternatives ("the\s+same|that" is "th" then
            # "e\s+same" or "at"): the words go on into the group that follows.
            after = items[at + taken :]
            if after and after[0][0] in (_c.SUBPATTERN, _c.BRANCH):
                more = _sequence_starts(after)
                if more and len(more) * len(runs) <= _STARTS_MAX:
                    return {run + m for run in runs for m in more}
            return runs
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            return None if add_flags or del_flags else _sequence_starts(list(body) + rest)
        if op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                starts = _sequence_starts(list(alternative) + rest)
                if starts is None:
                    return None
                union |= starts
            return union
        if op in _REPEATS:
            low, _, body = av
            with_body = _sequence_starts(list(body) + rest)
            if low >= 1 or with_body is None:
                return with_body
            without = _sequence_starts(rest)
            return None if without is None else with_body | without
        return None  # a class, any character, a backreference: no literal start
    return None  # the pattern may match the empty string


def _folded_starts(starts: tuple[str, ...]) -> tuple[str, ...] | None:
    """What a case-insensitive pattern's match ``starts`` (see :func:`match_starts`) become in
    the text's :func:`fold`: lowercased, when their letters are ASCII (else ``None``)."""
    if not all(ch.isascii() or not ch.isalpha() for start in starts for ch in start):
        return None
    return tuple(sorted({start.lower() for start in starts}))


# How many keys a gate looks for one by one (see Gated); past _KEYS_UNGATED, none at all.
# (Measured with cachegrind on the benchmark's sentences: a loop of "in" tests costs fewer
# machine instructions than one scan of a trie of the keys up to some thirty keys at least.)
_KEYS_BY_IN = 40
_KEYS_UNGATED = 40
# A pattern is tried only where a word its matches start with stands (see Gated) when those
# words are few and long enough to be rare.
_START_MIN = 3
_STARTS_MAX = 40


def folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive ``pattern`` read case-sensitively, to search the text's
    :func:`fold` for the same matches at the same offsets (for a third of the cost): each
    ASCII capital it names ("COP", "[A-Z]") written as the small letter the fold holds there.

    ``None`` when a part of it cannot be read so: one that sets its own case rules
    ("(?-i:may)" matches "may", not "May", which the fold no longer tells apart), a
    backreference (compared as ``re.IGNORECASE`` compares, which the fold need not agree
    with), a character outside ASCII that has a case, or a range of characters that holds
    capitals and others.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unforeseen construct: not folded
        return None
    if not _lowercase_in_place(parsed.data):
        return None
    parsed.state.flags &= ~re.IGNORECASE
    compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
    return compiled


def loose_folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches the text's :func:`fold` at least wherever the
    case-insensitive ``pattern`` matches the text (and maybe elsewhere), for a pattern
    :func:`folded_pattern` refuses because parts of it set their own case rules
    ("(?-i:may)", "(?-i:[A-Z])"): a cheap scan for the places worth trying ``pattern`` at.

    Read as :func:`folded_pattern` reads it, but for those parts: one that a match must
    hold is lowercased like the rest ("(?-i:[A-Z])" becomes "[a-z]", which matches the fold
    of every capital and more); one that a match must not hold (inside a negative
    lookaround, "not before a capital") is made to match nothing, so that the lookaround lets
    more through. Either way the loose pattern matches no less. ``None`` where that is not
    sure: such a part holding a negated character or set ("(?-i:[^A-Z])" lowercased would
    refuse a small letter the text holds), a part setting case rules the other way, an
    atomic group or possessive repeat (which do not try every way through), a backreference,
    a pattern that may match the empty string; and where ``pattern`` has no such part.
    """
    if not pattern.flags & re.IGNORECASE or "(?-i:" not in pattern.pattern:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0 or not _loosen_in_place(parsed.data, negated=False):
            return None
        parsed.state.flags &= ~re.IGNORECASE
        compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
    except Exception:  # an unforeseen construct: no loose pattern
        return None
    return compiled


def _loosen_in_place(items: Any, negated: bool) -> bool:
    """Rewrites the parsed items as :func:`loose_folded_pattern` reads them; False where it
    cannot. ``negated``: the items stand inside an odd number of negative lookarounds."""
    for at, (op, av) in enumerate(items):
        if op is _c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if add_flags & re.IGNORECASE:
                return False
            if del_flags & re.IGNORECASE:
                if negated:
                    # (the part's own width kept: a lookbehind needs it)
                    body.data.insert(0, _parser.parse("(?!)").data[0])
                elif not _lowercase_case_sensitive(body.data):
                    return False
                items[at] = (op, (group, add_flags, del_flags & ~re.IGNORECASE, body))
            elif not _loosen_in_place(body.data, negated):
                return False
        elif op is _c.BRANCH:
            if not all(_loosen_in_place(alternative.data, negated) for alternative in av[1]):
                return False
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            if not _loosen_in_place(av[2].data, negated):
                return False
        elif op is _c.ASSERT:
            if not _loosen_in_place(av[1].data, negated):
                return False
        elif op is _c.ASSERT_NOT:
            if not _loosen_in_place(av[1].data, not negated):
                return False
        else:
            # A single item, read as folded_pattern reads it (the same matches in the fold).
            single = [(op, av)]
            if not _lowercase_in_place(single):
                return False
            items[at] = single[0]
    return True


def _lowercase_case_sensitive(items: Any) -> bool:
    """Lowercases the items of a part read case-sensitively, so that they match the fold of
    whatever they match in the text; False where that is not sure (see loose_folded_pattern)."""
    for at, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            if not _lowercase_literal(items, at, av):
                return False
        elif op is _c.IN:
            if any(member_op is _c.NEGATE for member_op, _ in av) or not _lowercase_set(av):
                return False
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if add_flags or del_flags or not _lowercase_case_sensitive(body.data):
                return False
        elif op is _c.BRANCH:
            if not all(_lowercase_case_sensitive(alternative.data) for alternative in av[1]):
                return False
        elif op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            if not _lowercase_case_sensitive(av[2].data):
                return False
        elif op not in (_c.ANY, _c.AT, _c.CATEGORY):
            return False  # a negated character, a lookaround, a backreference: not loosened
    return True


def word_start_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` rewritten so that ``re`` skips through the text to where a match may start,
    when it opens on ``\b`` and a word ("\band\s+to\s*$", "\b(?:was|were)\s"); else
    ``pattern`` itself.

    A pattern that opens on ``\b`` is tried at every character of the text it searches (``re``
    reads no first character past a zero-width test), which costs most where it finds nothing,
    as a pattern anchored at the end of the text mostly does. Before a word character, ``\b``
    asks whether the character before it is no word character: that same question, asked just
    after the word's first letter and the plain letters that follow it (``(?<!\w(?s:.{3}))``
    after "and"), lets the pattern open on its letters, which ``re`` skips to. The matches,
    their groups and where they stand are the same.

    Rewritten only where every way through opens on a letter, a digit or "_" of ASCII (or a
    set of them), case-sensitively: a case-insensitive pattern has no first letters ``re``
    skips to. (The rewritten pattern keeps no source text, which :func:`gated` reads: gate a
    pattern as it is written.)
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unforeseen construct: not rewritten
        return pattern
    items = parsed.data
    if not items or items[0] != (_c.AT, _c.AT_BOUNDARY):
        return pattern
    rest = _boundary_after_first_character(list(items[1:]), pattern.flags)
    if rest is None:
        return pattern
    parsed.data = rest
    compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags)
    return compiled


def _boundary_after_first_character(items: list[Any], flags: int) -> list[Any] | None:
    """``items`` (what follows a leading ``\b``) with the boundary's test placed after the first
    character, in each alternative; ``None`` where one may open otherwise than on a word's
    character."""
    if not items:
        return None
    op, av = items[0]
    if _word_character_only(op, av):
        # After the letters that follow it too ("and" of "\band\s"): most places where a first
        # letter stands are told apart by the next, for less than the look back costs.
        letters = 1
        while letters < len(items) and items[letters][0] is _c.LITERAL:
            letters += 1
        # (a fresh lookbehind for each place: the parsed items are not shared)
        test = _parser.parse(rf"(?<!\w(?s:.{{{letters}}}))", flags).data[0]
        return [*items[:letters], test, *items[letters:]]
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        inside = _boundary_after_first_character(list(body.data), flags)
        if inside is None:
            return None
        body.data = inside
        return items
    if op is _c.BRANCH:
        for alternative in av[1]:
            inside = _boundary_after_first_character(list(alternative.data), flags)
            if inside is None:
                return None
            alternative.data = inside
        return items
    return None


def _is_ascii_word_character(code: int) -> bool:
    char = chr(code)
    return char.isascii() and (char.isalnum() or char == "_")


def _word_character_only(op: Any, av: Any) -> bool:
    """Whether the item matches one character, and only ASCII word characters."""
    if op is _c.LITERAL:
        return _is_ascii_word_character(av)
    if op is not _c.IN:
        return False
    for member_op, member in av:
        if member_op is _c.LITERAL:
            if not _is_ascii_word_character(member):
                return False
        elif member_op is _c.RANGE:
            low, high = member
            if not all(_is_ascii_word_character(code) for code in range(low, high + 1)):
                return False
        else:
            return False  # a negated set, a category: other characters too
    return True


_CAPITALS = (ord("A"), ord("Z"))
_TO_SMALL = ord("a") - ord("A")


def _lowercase_in_place(items: Any) -> bool:
    """Rewrites the parsed items as :func:`folded_pattern` reads them; False where it cannot."""
    for at, (op, av) in enumerate(items):
        if op is _c.LITERAL or op is _c.NOT_LITERAL:
            small = _small_letter(av)
            if small is None:
                return False
            items[at] = (op, small)
        elif op is _c.IN:
            if not _lowercase_set(av):
                return False
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if (add_flags | del_flags) & re.IGNORECASE or not _lowercase_in_place(body.data):
                return False
        elif op is _c.BRANCH:
            if not all(_lowercase_in_place(alternative.data) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _lowercase_in_place(av[2].data):
                return False
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            if not _lowercase_in_place(av[1].data):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _lowercase_in_place(av.data):
                return False
        elif op not in (_c.ANY, _c.AT, _c.CATEGORY):
            return False  # a backreference, a conditional group: not folded
    return True


def _lowercase_literal(items: list[Any], at: int, code: int) -> bool:
    """Lowers the literal ``code`` at ``at`` of ``items``; False where it has no small letter
    that folds to it (see _small_letter)."""
    small = _small_letter(code)
    if small is None:
        return False
    items[at] = (_c.LITERAL, small)
    return True


def _lowercase_set(members: list[Any]) -> bool:
    for at, (op, av) in enumerate(members):
        if op is _c.LITERAL:
            if not _lowercase_literal(members, at, av):
                return False
        elif op is _c.RANGE:
            low, high = av
            if _CAPITALS[0] <= low and high <= _CAPITALS[1]:
                members[at] = (op, (low + _TO_SMALL, high + _TO_SMALL))
            elif not (high < _CAPITALS[0] or (_CAPITALS[1] < low and high < 128)):
                return False  # capitals among other characters, or letters outside ASCII
        elif op is not _c.NEGATE and op is not _c.CATEGORY:
            return False
    return True


def _small_letter(code: int) -> int | None:
    """``code``'s character as the fold holds it: an ASCII capital lowercased, other ASCII
    characters and those without case ("’", "“") as they are; ``None`` for any other (a letter
    outside ASCII, "Ⓐ"), which re.IGNORECASE and the fold need not read alike (see fold)."""
    if _CAPITALS[0] <= code <= _CAPITALS[1]:
        return code + _TO_SMALL
    char = chr(code)
    caseless = not char.isalpha() and char.lower() == char == char.upper()
    return code if code < 128 or caseless else None


def _shortest_first(keys: Iterable[str]) -> tuple[str, ...]:
    """``keys`` in the order a gate tests them: short words are the commonest, so text holding
    one is mostly told after a few tests (text holding none is told after all, in any order)."""
    return tuple(sorted(keys, key=lambda key: (len(key), key)))


class Gated:
    """A compiled pattern that reads text only when the text holds one of its required keys.

    A stand-in for the pattern wherever ``search``, ``match``, ``fullmatch``, ``finditer`` or
    ``findall`` is called: each answers exactly as the pattern's own does. Build one with :func:`gated`.
    A case-insensitive pattern is then also read case-sensitively in the text's :func:`fold`
    (the same matches, for less; see :func:`folded_pattern`) before ``search`` reads the text.
    """

    __slots__ = (
        "_also",
        "_by_in",
        "_folded",
        "_in_fold",
        "_keys_re",
        "_loose",
        "_starts_re",
        "_ungated",
        "keys",
        "pattern",
        "telling",
    )

    def __init__(self, pattern: re.Pattern[str], key_sets: Sequence[Sequence[str]]) -> None:
        self.pattern = pattern
        # The most telling set, for a look for several patterns' keys at once (UnionGate) ...
        self.telling = tuple(key_sets[0])
        # ... but a gate's own look is first for the set of fewest keys (of as many, the most
        # telling): text that holds none of them, most text, is told after that many tests.
        key_sets = sorted(key_sets, key=len)
        self.keys = _shortest_first(key_sets[0])
        # Further sets a match needs one key of each ("the same day": "same" or "that", and
        # "day", ...), looked for only in text that holds one of ``keys``; a few keys each.
        self._also = tuple(
            _shortest_first(keys) for keys in key_sets[1:] if len(keys) <= _KEYS_BY_IN
        )
        self._in_fold = bool(pattern.flags & re.IGNORECASE)
        self._folded = folded_pattern(pattern) if self._in_fold else None
        # Else, where parts of it read case-sensitively, a scan of the fold for the places it
        # may match (a few more than it does), each then tried with the pattern itself.
        self._loose = (
            loose_folded_pattern(pattern) if self._in_fold and self._folded is None else None
        )
        # Keys are looked for one by one with ``in`` (each a fast substring search in C); very
        # many in one scan of a trie of them. That scan stops at nearly every letter: it then
        # costs what the folded pattern's own scan does, which goes ungated.
        many = len(self.keys) > _KEYS_BY_IN
        self._keys_re = re.compile(trie_pattern(self.keys)) if many else None
        self._ungated = self._folded is not None and len(self.keys) > _KEYS_UNGATED
        # (the common case, nearly every gate: its keys looked for one by one)
        self._by_in = self._keys_re is None and not self._ungated
        # A pattern that opens with "\b" cannot skip ahead to where a match may start: re tries
        # it at every character. When every match starts with one of a few words ("tariff",
        # "duties", "sanction", ...), a scan for those (a trie, which re skips through) finds
        # the places worth trying, in order, and the pattern is tried at each.
        starts = match_starts(pattern)
        if starts and self._in_fold:
            # Looked for in the fold, where a match's first letters stand lowercased (see fold).
            starts = _folded_starts(starts)
        if starts:
            # ("sanction" finds where "sanctioned" and "sanctioning" start too)
            starts = tuple(s for s in starts if not any(o != s and s.startswith(o) for o in starts))
        self._starts_re = (
            re.compile(trie_pattern(starts))
            if starts and min(map(len, starts)) >= _START_MIN and len(starts) <= _STARTS_MAX
            else None
        )

    def _holds_key(self, looked_at: str) -> bool:
        if self._keys_re is not None:
            if self._keys_re.search(looked_at) is None:
                return False
        else:
            # (plain loops of "in", as in search: a call costs as much as a test)
            for key in self.keys:
                if key in looked_at:
                    break
            else:
                return False
        return not self._also or self._holds_also(looked_at)

    def _holds_also(self, looked_at: str) -> bool:
        for keys in self._also:  # one key of each set
            for key in keys:
                if key in looked_at:
                    break
            else:
                return False
        return True

    def _may_match(self, text: str) -> bool:
        looked_at = fold_shared(text) if self._in_fold else text
        if not self._by_in:
            return self._holds_key(looked_at)
        # (_holds_key written out, as in search)
        for key in self.keys:
            if key in looked_at:
                return not self._also or self._holds_also(looked_at)
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        looked_at = fold_shared(text) if self._in_fold else text
        if self._by_in:
            # _holds_key, written out: most calls end here, and a call costs as much as a test
            # (as does each test of a flag on the way: hence the one flag for the common case).
            for key in self.keys:
                if key in looked_at:
                    break
            else:
                return None
            if self._also and not self._holds_also(looked_at):
                return None
        elif not (self._ungated or self._holds_key(looked_at)):
            return None
        if self._starts_re is not None:
            return self._first_from_starts(text, looked_at, pos, endpos)
        folded_pattern = self._folded
        if folded_pattern is None:
            if self._loose is not None:
                return self._first_confirmed(text, looked_at, pos, endpos)
            return self.pattern.search(text, pos, endpos)
        # The folded text holds the same matches at the same offsets: where the (cheaper)
        # case-sensitive scan finds the first, the pattern itself need only be tried there.
        first = folded_pattern.search(looked_at, pos, endpos)
        return None if first is None else self.pattern.match(text, first.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        looked_at = fold_shared(text) if self._in_fold else text
        if self._by_in:
            # (_holds_key written out, as in search)
            for key in self.keys:
                if key in looked_at:
                    break
            else:
                return iter(())
            if self._also and not self._holds_also(looked_at):
                return iter(())
        elif not (self._ungated or self._holds_key(looked_at)):
            return iter(())
        if self._starts_re is not None:
            return self._from_starts(text, looked_at, pos, endpos)
        if self._folded is None:
            if self._loose is not None:
                return self._confirmed(text, looked_at, pos, endpos)
            return self.pattern.finditer(text, pos, endpos)
        # (looked_at is the fold: a folded pattern is had only for a case-insensitive one)
        return self._read_again(text, self._folded.finditer(looked_at, pos, endpos), endpos)

    def _from_starts(
        self, text: str, looked_at: str, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text`` from ``pos``, as ``finditer`` gives them, trying
        the pattern only where one of the words every match starts with stands."""
        assert self._starts_re is not None
        next_start = self._starts_re.search
        try_at, tried = (
            (self.pattern.match, text) if self._folded is None else (self._folded.match, looked_at)
        )
        at = pos
        while (start := next_start(looked_at, at, endpos)) is not None:
            place = start.start()
            found = try_at(tried, place, endpos)
            if found is None:
                at = place + 1
                continue
            # Read in the fold: the pattern's own match at the same place (see fold).
            match = found if self._folded is None else self.pattern.match(text, place, endpos)
            assert match is not None
            yield match
            at = found.end()  # never empty: every match starts with a word

    def _first_from_starts(
        self, text: str, looked_at: str, pos: int, endpos: int
    ) -> re.Match[str] | None:
        """The first of :meth:`_from_starts`'s matches (what ``search`` finds), without
        making a generator for it."""
        assert self._starts_re is not None
        next_start = self._starts_re.search
        try_at, tried = (
            (self.pattern.match, text) if self._folded is None else (self._folded.match, looked_at)
        )
        at = pos
        while (start := next_start(looked_at, at, endpos)) is not None:
            place = start.start()
            found = try_at(tried, place, endpos)
            if found is not None:
                # Read in the fold: the pattern's own match at the same place (see fold).
                return found if self._folded is None else self.pattern.match(text, place, endpos)
            at = place + 1
        return None

    def _first_confirmed(
        self, text: str, folded: str, pos: int, endpos: int
    ) -> re.Match[str] | None:
        """What ``search`` finds: the pattern tried where the loose scan of the fold finds a
        place it may match, the first where it does (it matches nowhere the scan skips)."""
        assert self._loose is not None
        next_place = self._loose.search
        at = pos
        while (place := next_place(folded, at, endpos)) is not None:
            match = self.pattern.match(text, place.start(), endpos)
            if match is not None:
                return match
            at = place.start() + 1
        return None

    def _confirmed(self, text: str, folded: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The pattern's matches as ``finditer`` gives them, each found as in
        :meth:`_first_confirmed` (never empty: the loose pattern is had only then)."""
        at = pos
        while (match := self._first_confirmed(text, folded, at, endpos)) is not None:
            yield match
            at = match.end()

    def _read_again(
        self, text: str, folded: Iterator[re.Match[str]], endpos: int
    ) -> Iterator[re.Match[str]]:
        """The pattern's own matches in ``text``, one at each place it matched the fold."""
        for found in folded:
            match = self.pattern.match(text, found.start(), endpos)
            assert match is not None  # the fold holds the same matches (see fold)
            yield match

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._may_match(text) else []


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (as substrings).

    A plain loop: Python 3.11 runs each ``in`` as one specialised instruction, for about half
    the machine instructions of ``any(map(text.__contains__, words))``, which makes a bound
    method and a map object on every call and calls through a slot wrapper for every word.
    """
    for word in words:  # noqa: SIM110 (any() over a generator costs more still)
        if word in text:
            return True
    return False


def gated(pattern: re.Pattern[str]) -> Gated | re.Pattern[str]:
    """``pattern``, read only in text holding one of its :func:`required_keys` (the pattern
    itself when it has none: it is then always read)."""
    key_sets = required_key_sets(pattern)
    return Gated(pattern, key_sets) if key_sets else pattern


class UnionGate:
    """Whether text may match any of several patterns, told by one look for all their keys.

    A loop that reads each sentence with many gated patterns in turn (each looking for its own
    keys) can first pass over the sentences holding none of their keys, for the cost of one
    look. ``may_match`` is ``False`` only where none of the patterns can match; a pattern
    without keys makes it always ``True``.

    The look is a loop of ``in`` tests (cheaper than one scan of a trie of the keys even for
    some eighty keys, measured), over the keys that hold no other key (text holding a key holds
    those it holds), shortest first: short words are the commonest, so text holding one is
    mostly told after a few tests.
    """

    __slots__ = ("_keys",)

    def __init__(self, patterns: Iterable[Gated | re.Pattern[str]]) -> None:
        keys: set[str] = set()
        always = False
        for pattern in patterns:
            if not isinstance(pattern, Gated):
                always = True
                break
            # Keys to look for in the text itself fold to keys in its fold (one for one).
            keys.update(fold(key) for key in pattern.telling)
        self._keys: tuple[str, ...] | None = (
            None
            if always
            else tuple(
                sorted(
                    (k for k in keys if not any(o != k and o in k for o in keys)),
                    key=lambda k: (len(k), k),
                )
            )
        )

    def may_match(self, text: str) -> bool:
        return self._keys is None or holds_any(fold_shared(text), self._keys)
