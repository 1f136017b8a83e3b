"""Score extracted facts against analyst gold facts.

Pure Python (no Qt, no DuckDB), so it runs anywhere the tests run.

``extracted`` is the extractor's JSON document (DESIGN.md, "Facts as JSON"): ``interactions``
with ``participants`` ``[{name, country}]``, ``status``, ``kind``, ``date``; ``tariffs`` with
``imposer``/``target``/``target_group``/``rate_pct``/``status``/``measure``; ``deadlines``
with ``due``; each fact with ``evidence`` ``[{start, end, sentence}]``.

``gold`` is a gold dict in the devset schema (``../shared/devset/README.md``): interactions,
tariffs, deadlines and negatives ``{text, reason}``. The seed gold (negatives
``{evidence, why}``, ``optional_interactions``) is accepted too; :func:`load_gold`
normalises both.

Matching follows the devset README, "How facts are compared":

* interaction: participant country sets equal and the status class agrees (``occurred`` is
  past; ``planned``/``expected`` are future; ``cancelled`` is its own class; ``status_alt``
  widens the accepted classes). Kind is then checked against ``kind``/``kind_alt`` and the
  date against ``date``/``date_range``/``date_approx``.
* tariff: imposer equal, target equal (a group target matches the extracted
  ``target_group`` by content words; ``target_alt`` gives further accepted targets, codes or
  groups) and the status class agrees (in force: ``imposed``/``lifted``; not yet:
  ``threatened``/``announced``/``proposed``; ``status_alt`` honoured). The rate is then
  checked, and the date where the gold gives one.
* deadline: the due date equals ``due``, lies inside ``due_range``, or equals ``due_approx``.

Pairs are assigned one to one, greedily, best pair first (more secondary checks right, then
evidence overlapping the gold evidence, then the exact status). An extracted fact that
matches nothing is a false positive; it is flagged as a *trap* when its evidence sentence
contains the text of a gold negative (compared after collapsing whitespace; a sentence lying
wholly inside a multi-sentence negative counts too). An unmatched extracted interaction whose
evidence holds one of the seed's ``optional_interactions`` is ignored, neither right nor
wrong. A gold fact that nothing matches is a miss.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

KINDS = ("interactions", "tariffs", "deadlines")

INTERACTION_STATUS_CLASS = {
    "occurred": "past",
    "planned": "future",
    "expected": "future",
    "cancelled": "cancelled",
}
TARIFF_STATUS_CLASS = {
    "imposed": "in force",
    "lifted": "in force",
    "threatened": "not yet",
    "announced": "not yet",
    "proposed": "not yet",
}

_WS = re.compile(r"\s+")
_CODE = re.compile(r"^(?:[A-Z]{3}|EU)$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WORD = re.compile(r"[A-Za-z0-9]+")

# Words that carry no content when a group target is compared ("countries that buy Russian
# oil" and "buyers of Russian oil" should meet on "buy", "russian", "oil").
# fmt: off
_STOPWORDS = frozenset((
    "a", "an", "the", "of", "and", "or", "with", "on", "in", "to", "from", "for", "by", "at",
    "as", "that", "which", "who", "whose", "its", "their", "his", "her", "any", "all", "some",
    "other", "others", "such", "than", "this", "these", "those", "is", "are", "be", "been",
    "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
    "might", "into", "over", "under", "against", "about", "per",
    "country", "countries", "nation", "nations", "state", "states", "government", "governments",
))
# fmt: on


# --------------------------------------------------------------------------- helpers


def collapse(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text or "").strip()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


def _norm_date(value: Any) -> str | None:
    """An ISO date string at its own precision ('2025', '2025-08', '2025-08-08'), or None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    s = str(value).strip()
    if not s or s.lower() in {"null", "none"}:
        return None
    m = re.match(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)", s)
    return m.group(1) if m else s


def _span(value: str) -> tuple[date, date] | None:
    """The first and last day a date at any precision covers."""
    m = _DATE.match(value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            day = date(int(y), int(mo), int(d))
            return day, day
        if mo:
            first = date(int(y), int(mo), 1)
            nxt = date(int(y) + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return first, date.fromordinal(nxt.toordinal() - 1)
        return date(int(y), 1, 1), date(int(y), 12, 31)
    except ValueError:
        return None


def date_accepted(value: Any, exact: Any, range_: Any = None, approx: Any = None) -> bool:
    """True when ``value`` equals ``exact``, lies inside ``range_`` or equals ``approx``.

    "Inside" means the whole span ``value`` covers (a day, a month or a year) lies within
    the range, whose ends are taken at their own precision.
    """
    v = _norm_date(value)
    if v == _norm_date(exact):
        return True
    if v is None:
        return False
    if v in {_norm_date(a) for a in _as_list(approx)}:
        return True
    rng = _as_list(range_)
    if len(rng) == 2 and rng[0] is not None and rng[1] is not None:
        vs, lo, hi = _span(v), _span(_norm_date(rng[0]) or ""), _span(_norm_date(rng[1]) or "")
        if vs and lo and hi:
            return lo[0] <= vs[0] and vs[1] <= hi[1]
    return False


def _stem(word: str) -> str:
    w = word.lower()
    for suffix, repl in (
        ("ies", "y"),
        ("ings", ""),
        ("ing", ""),
        ("ers", ""),
        ("er", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + repl
    return w


def content_words(text: str | None) -> set[str]:
    """Lower-cased, crudely stemmed words of ``text`` without function words."""
    return {_stem(w) for w in _WORD.findall(text or "") if w.lower() not in _STOPWORDS}


def _words_meet(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short)


def group_matches(extracted_group: str | None, gold_group: str | None) -> bool:
    """A group target matches when it holds at least half of the gold group's content words."""
    gold_words = content_words(gold_group)
    ext_words = content_words(extracted_group)
    if not gold_words or not ext_words:
        return False
    hits = sum(1 for g in gold_words if any(_words_meet(g, e) for e in ext_words))
    return hits >= max(1, math.ceil(len(gold_words) / 2))


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and bool(_CODE.match(value.strip()))


def _code(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s.upper() if s else None


def _rate(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- gold


def _norm_negatives(items: Iterable[Any]) -> list[dict[str, str]]:
    out = []
    for item in items or []:
        if isinstance(item, str):
            out.append({"text": item, "reason": ""})
            continue
        text = item.get("text", item.get("evidence"))
        if not text:
            continue
        out.append({"text": text, "reason": item.get("reason", item.get("why", "")) or ""})
    return out


def normalize_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``gold`` with the four lists present and negatives as ``{text, reason}``."""
    out = dict(gold)
    for kind in KINDS:
        out[kind] = list(gold.get(kind) or [])
    out["negatives"] = _norm_negatives(gold.get("negatives") or [])
    out["optional_interactions"] = _norm_negatives(gold.get("optional_interactions") or [])
    return out


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file (devset or seed schema) and normalise it (see :func:`normalize_gold`)."""
    with open(path, encoding="utf-8") as fh:
        return normalize_gold(json.load(fh))


# --------------------------------------------------------------------------- evidence


def _evidence_sentences(fact: dict[str, Any], text: str) -> list[str]:
    """The evidence sentences of an extracted fact (from ``sentence``, else the text span)."""
    out = []
    for ev in _as_list(fact.get("evidence")):
        if isinstance(ev, str):
            out.append(ev)
            continue
        if not isinstance(ev, dict):
            continue
        sentence = ev.get("sentence")
        if (
            not sentence
            and text
            and isinstance(ev.get("start"), int)
            and isinstance(ev.get("end"), int)
        ):
            sentence = text[ev["start"] : ev["end"]]
        if sentence:
            out.append(sentence)
    return out


def _locate(needle: str, text: str) -> tuple[int, int] | None:
    """Where ``needle`` occurs in ``text``, ignoring differences in whitespace runs."""
    if not needle or not text:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    parts = [re.escape(p) for p in needle.split()]
    if not parts:
        return None
    m = re.search(r"\s+".join(parts), text)
    return (m.start(), m.end()) if m else None


def _evidence_overlap(ext: dict[str, Any], gold_fact: dict[str, Any], text: str) -> bool:
    """Does the extracted evidence hold the gold evidence (or lie inside it)?

    An evidence item with a ``sentence`` is compared by text; one without is compared by
    its character span against where the gold evidence sits in ``text``.
    """
    gold_ev = collapse(gold_fact.get("evidence"))
    if not gold_ev:
        return False
    where: tuple[int, int] | None = None
    looked_up = False
    for item in _as_list(ext.get("evidence")):
        sentence = item if isinstance(item, str) else (item or {}).get("sentence")
        if sentence:
            s = collapse(sentence)
            if s and (gold_ev in s or s in gold_ev):
                return True
            continue
        if not isinstance(item, dict):
            continue
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if not looked_up:
            where, looked_up = _locate(gold_fact.get("evidence") or "", text), True
        if where is not None and start < where[1] and where[0] < end:
            return True
    return False


def _trap_for(
    sentences: Sequence[str], negatives: Sequence[dict[str, str]]
) -> dict[str, str] | None:
    for sentence in sentences:
        s = collapse(sentence)
        if not s:
            continue
        for neg in negatives:
            n = collapse(neg["text"])
            if not n:
                continue
            if n in s or (len(s) >= 20 and s in n):
                return neg
    return None


# --------------------------------------------------------------------------- results


@dataclass
class Match:
    gold_index: int
    extracted_index: int
    gold: dict[str, Any]
    extracted: dict[str, Any]
    kind_ok: bool | None = None  # interactions only
    date_ok: bool | None = None  # None: the gold gives no date to check (tariffs)
    rate_ok: bool | None = None  # tariffs only


@dataclass
class FalsePositive:
    index: int
    fact: dict[str, Any]
    sentence: str
    trap: bool = False
    negative: str | None = None
    negative_reason: str | None = None


@dataclass
class Miss:
    index: int
    fact: dict[str, Any]

    @property
    def evidence(self) -> str:
        return self.fact.get("evidence") or ""


@dataclass
class KindScore:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_correct: int = 0
    date_checked: int = 0
    kind_correct: int = 0
    rate_correct: int = 0
    ignored: int = 0
    matches: list[Match] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return self.tp

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def date_accuracy(self) -> float:
        """date_correct / date_checked (1.0 when nothing was checked).

        For interactions and deadlines every match is checked, so this is date_correct /
        matched; a tariff's date is checked only where its gold fact gives one.
        """
        return self.date_correct / self.date_checked if self.date_checked else 1.0

    @property
    def traps(self) -> int:
        return sum(1 for f in self.false_positives if f.trap)

    def __iadd__(self, other: KindScore) -> KindScore:
        for attr in (
            "tp",
            "fp",
            "fn",
            "date_correct",
            "date_checked",
            "kind_correct",
            "rate_correct",
            "ignored",
        ):
            setattr(self, attr, getattr(self, attr) + getattr(other, attr))
        self.matches += other.matches
        self.false_positives += other.false_positives
        self.misses += other.misses
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "matched": self.matched,
            "date_correct": self.date_correct,
            "date_checked": self.date_checked,
            "kind_correct": self.kind_correct,
            "rate_correct": self.rate_correct,
            "traps": self.traps,
            "ignored": self.ignored,
        }


@dataclass
class Score:
    interactions: KindScore = field(default_factory=lambda: KindScore("interactions"))
    tariffs: KindScore = field(default_factory=lambda: KindScore("tariffs"))
    deadlines: KindScore = field(default_factory=lambda: KindScore("deadlines"))
    label: str = ""

    def kinds(self) -> list[KindScore]:
        return [self.interactions, self.tariffs, self.deadlines]

    def __getitem__(self, kind: str) -> KindScore:
        if kind not in KINDS:
            raise KeyError(kind)
        return getattr(self, kind)

    def __setitem__(self, kind: str, value: KindScore) -> None:
        if kind not in KINDS:
            raise KeyError(kind)
        setattr(self, kind, value)

    @property
    def total(self) -> KindScore:
        """Micro-averaged totals over the three kinds (lists not copied)."""
        t = KindScore("total")
        for k in self.kinds():
            for attr in (
                "tp",
                "fp",
                "fn",
                "date_correct",
                "date_checked",
                "kind_correct",
                "rate_correct",
                "ignored",
            ):
                setattr(t, attr, getattr(t, attr) + getattr(k, attr))
        return t

    @classmethod
    def combine(cls, scores: Iterable[Score], label: str = "combined") -> Score:
        """Sum several per-article scores into one (micro-averaged)."""
        out = cls(label=label)
        for s in scores:
            for kind in KINDS:
                out[kind] += s[kind]
        return out

    def as_dict(self) -> dict[str, Any]:
        d = {k.name: k.as_dict() for k in self.kinds()}
        d["total"] = self.total.as_dict()
        return d

    def report(self, details: bool = True) -> str:
        lines = []
        if self.label:
            lines.append(f"== {self.label}")
        head = (
            f"{'kind':<13}{'tp':>4}{'fp':>4}{'fn':>4}{'prec':>7}{'rec':>7}{'f1':>7}"
            f"  {'date':>7}  other"
        )
        lines.append(head)
        for k in [*self.kinds(), self.total]:
            other = []
            if k.name == "interactions":
                other.append(f"kind {k.kind_correct}/{k.matched}")
            if k.name == "tariffs":
                other.append(f"rate {k.rate_correct}/{k.matched}")
            if k.traps:
                other.append(f"traps {k.traps}")
            if k.ignored:
                other.append(f"ignored {k.ignored}")
            lines.append(
                f"{k.name:<13}{k.tp:>4}{k.fp:>4}{k.fn:>4}{k.precision:>7.2f}{k.recall:>7.2f}"
                f"{k.f1:>7.2f}  {k.date_correct:>3}/{k.date_checked:<3}  "
                f"{', '.join(other)}".rstrip()
            )
        if not details:
            return "\n".join(lines)
        for k in self.kinds():
            for fp in k.false_positives:
                tag = "FP TRAP" if fp.trap else "FP"
                lines.append(f"  {tag:<8}{k.name}: {describe(k.name, fp.fact)}")
                lines.append(f"          evidence: {_clip(fp.sentence)}")
                if fp.trap:
                    lines.append(f"          negative: {_clip(fp.negative)} ({fp.negative_reason})")
            for miss in k.misses:
                lines.append(f"  {'MISS':<8}{k.name}: {describe(k.name, miss.fact)}")
                lines.append(f"          evidence: {_clip(miss.evidence)}")
            for m in k.matches:
                wrong = []
                if m.kind_ok is False:
                    wrong.append(f"kind {m.extracted.get('kind')!r}, gold {m.gold.get('kind')!r}")
                if m.date_ok is False:
                    key = "due" if k.name == "deadlines" else "date"
                    wrong.append(f"date {m.extracted.get(key)!r}, gold {m.gold.get(key)!r}")
                if m.rate_ok is False:
                    wrong.append(
                        f"rate {m.extracted.get('rate_pct')!r}, gold {m.gold.get('rate_pct')!r}"
                    )
                if wrong:
                    lines.append(
                        f"  {'PARTIAL':<8}{k.name}: {describe(k.name, m.gold)}: " + "; ".join(wrong)
                    )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.report()


def _clip(s: str | None, n: int = 150) -> str:
    s = collapse(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def _participants(fact: dict[str, Any]) -> list[str]:
    out = []
    for p in _as_list(fact.get("participants")):
        code = p.get("country") if isinstance(p, dict) else p
        code = _code(code)
        if code:
            out.append(code)
    return out


def describe(kind: str, fact: dict[str, Any]) -> str:
    """A one-line summary of a fact (gold or extracted)."""
    if kind == "interactions":
        return (
            f"{fact.get('kind')} {'-'.join(_participants(fact))} {fact.get('status')} "
            f"{fact.get('date')}"
        )
    if kind == "tariffs":
        target = fact.get("target") or fact.get("target_group")
        rate = fact.get("rate_pct")
        rate_s = "?" if rate is None else f"{rate:g}%" if isinstance(rate, (int, float)) else rate
        scope = f" [{fact['scope']}]" if fact.get("scope") else ""
        return (
            f"{fact.get('measure')} {fact.get('imposer')}->{target} {rate_s} "
            f"{fact.get('status')}{scope}"
        )
    return f"{fact.get('due')} {fact.get('label') or ''}".strip()


# --------------------------------------------------------------------------- matching


def _status_ok(ext_status: Any, gold_fact: dict[str, Any], classes: dict[str, str]) -> bool:
    def cls(s: Any) -> str:
        s = str(s).strip().lower() if s is not None else ""
        return classes.get(s, s)

    accepted = {cls(gold_fact.get("status"))} | {
        cls(s) for s in _as_list(gold_fact.get("status_alt"))
    }
    return cls(ext_status) in accepted


def _target_ok(ext: dict[str, Any], gold_fact: dict[str, Any]) -> bool:
    ext_target = ext.get("target")
    ext_group = ext.get("target_group")
    if ext_target is not None and not _is_code(str(ext_target).strip().upper()):
        # a group given in the target field
        ext_group, ext_target = ext_group or ext_target, None
    ext_code = _code(ext_target)
    accepted = [gold_fact.get("target"), *_as_list(gold_fact.get("target_alt"))]
    for t in accepted:
        if t is None:
            if ext_code is None and gold_fact.get("target") is None:
                return True
            continue
        if _is_code(str(t).strip()) and ext_code == _code(t):
            return True
        # a group, or an acronym that looks like a code ("ICC"), against the extracted group
        if group_matches(ext_group, str(t)):
            return True
    return False


def _interaction_pair(ext: dict[str, Any], g: dict[str, Any], text: str) -> tuple | None:
    if set(_participants(ext)) != set(_participants(g)):
        return None
    if not _status_ok(ext.get("status"), g, INTERACTION_STATUS_CLASS):
        return None
    kinds = {str(k).lower() for k in [g.get("kind"), *_as_list(g.get("kind_alt"))] if k}
    kind_ok = str(ext.get("kind") or "").lower() in kinds
    date_ok = date_accepted(
        ext.get("date"), g.get("date"), g.get("date_range"), g.get("date_approx")
    )
    exact = str(ext.get("status") or "").lower() == str(g.get("status") or "").lower()
    quality = (int(kind_ok) + int(date_ok), int(_evidence_overlap(ext, g, text)), int(exact))
    return quality, {"kind_ok": kind_ok, "date_ok": date_ok}


def _tariff_pair(ext: dict[str, Any], g: dict[str, Any], text: str) -> tuple | None:
    if _code(ext.get("imposer")) != _code(g.get("imposer")):
        return None
    if not _target_ok(ext, g):
        return None
    if not _status_ok(ext.get("status"), g, TARIFF_STATUS_CLASS):
        return None
    er, gr = _rate(ext.get("rate_pct")), _rate(g.get("rate_pct"))
    rate_ok = (er is None and gr is None) or (
        er is not None and gr is not None and abs(er - gr) < 0.01
    )
    date_ok: bool | None = None
    if g.get("date") is not None or g.get("date_range") or g.get("date_approx"):
        date_ok = date_accepted(
            ext.get("date"), g.get("date"), g.get("date_range"), g.get("date_approx")
        )
    measure_ok = str(ext.get("measure") or "") == str(g.get("measure") or "")
    scope_ok = bool(g.get("scope")) and group_matches(ext.get("scope"), g.get("scope"))
    exact = str(ext.get("status") or "").lower() == str(g.get("status") or "").lower()
    quality = (
        int(rate_ok) + int(measure_ok) + int(bool(date_ok)) + int(scope_ok),
        int(_evidence_overlap(ext, g, text)),
        int(exact),
    )
    return quality, {"rate_ok": rate_ok, "date_ok": date_ok}


def _deadline_pair(ext: dict[str, Any], g: dict[str, Any], text: str) -> tuple | None:
    if not date_accepted(ext.get("due"), g.get("due"), g.get("due_range"), g.get("due_approx")):
        return None
    exact = _norm_date(ext.get("due")) == _norm_date(g.get("due"))
    quality = (int(_evidence_overlap(ext, g, text)), int(exact))
    return quality, {"date_ok": True}


_PAIRERS = {"interactions": _interaction_pair, "tariffs": _tariff_pair, "deadlines": _deadline_pair}


def _score_kind(
    kind: str,
    extracted: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    negatives: list[dict[str, str]],
    optional: list[dict[str, str]],
    text: str,
) -> KindScore:
    ks = KindScore(kind)
    pairer = _PAIRERS[kind]
    candidates = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(extracted):
            found = pairer(e, g, text)
            if found is not None:
                quality, checks = found
                candidates.append((quality, gi, ei, checks))
    # best pair first; ties go to the earlier gold fact, then the earlier extracted fact
    candidates.sort(key=lambda c: (tuple(-q for q in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_e: set[int] = set()
    for _quality, gi, ei, checks in candidates:
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        m = Match(gi, ei, gold[gi], extracted[ei], **checks)
        ks.matches.append(m)
    ks.matches.sort(key=lambda m: m.gold_index)
    ks.tp = len(ks.matches)
    for m in ks.matches:
        if m.kind_ok:
            ks.kind_correct += 1
        if m.rate_ok:
            ks.rate_correct += 1
        if m.date_ok is not None:
            ks.date_checked += 1
        if m.date_ok:
            ks.date_correct += 1
    for ei, e in enumerate(extracted):
        if ei in used_e:
            continue
        sentences = _evidence_sentences(e, text)
        if optional and _trap_for(sentences, optional) is not None:
            ks.ignored += 1
            continue
        neg = _trap_for(sentences, negatives)
        ks.false_positives.append(
            FalsePositive(
                index=ei,
                fact=e,
                sentence=" | ".join(collapse(s) for s in sentences),
                trap=neg is not None,
                negative=neg["text"] if neg else None,
                negative_reason=neg["reason"] if neg else None,
            )
        )
    ks.fp = len(ks.false_positives)
    ks.misses = [Miss(gi, g) for gi, g in enumerate(gold) if gi not in used_g]
    ks.fn = len(ks.misses)
    return ks


def score(extracted: dict[str, Any], gold: dict[str, Any], text: str, label: str = "") -> Score:
    """Compare one article's extracted facts with its gold facts (see the module docstring)."""
    g = normalize_gold(gold)
    text = text or ""
    result = Score(label=label)
    for kind in KINDS:
        ext_facts = [f for f in _as_list((extracted or {}).get(kind)) if isinstance(f, dict)]
        optional = g["optional_interactions"] if kind == "interactions" else []
        result[kind] += _score_kind(kind, ext_facts, g[kind], g["negatives"], optional, text)
    return result


# --------------------------------------------------------------------------- gold as extraction


def gold_as_extracted(gold: dict[str, Any], text: str = "") -> dict[str, Any]:
    """Turn gold facts into an extractor-shaped document (a perfect extraction, for tests)."""
    g = normalize_gold(gold)

    def evidence(fact: dict[str, Any]) -> list[dict[str, Any]]:
        ev = fact.get("evidence") or ""
        where = _locate(ev, text) or (-1, -1)
        return [{"start": where[0], "end": where[1], "sentence": ev}]

    out: dict[str, Any] = {"interactions": [], "tariffs": [], "deadlines": []}
    for f in g["interactions"]:
        leaders = list(f.get("leaders") or [])
        out["interactions"].append(
            {
                "kind": f.get("kind"),
                "status": f.get("status"),
                "date": f.get("date"),
                "participants": [
                    {"name": leaders[i] if i < len(leaders) else None, "country": c}
                    for i, c in enumerate(f.get("participants") or [])
                ],
                "evidence": evidence(f),
            }
        )
    for f in g["tariffs"]:
        target = f.get("target")
        is_code = target is None or _is_code(str(target))
        out["tariffs"].append(
            {
                "measure": f.get("measure"),
                "imposer": f.get("imposer"),
                "target": target if is_code else None,
                "target_group": None if is_code else target,
                "rate_pct": f.get("rate_pct"),
                "status": f.get("status"),
                "date": f.get("date"),
                "scope": f.get("scope"),
                "evidence": evidence(f),
            }
        )
    for f in g["deadlines"]:
        out["deadlines"].append(
            {
                "label": f.get("label"),
                "due": f.get("due"),
                "setter": f.get("setter"),
                "evidence": evidence(f),
            }
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python tests/scoring.py EXTRACTED.json GOLD.json ARTICLE.txt``: print the report."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3:
        print(main.__doc__, file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as fh:
        extracted = json.load(fh)
    gold = load_gold(args[1])
    text = Path(args[2]).read_text(encoding="utf-8")
    print(score(extracted, gold, text, label=Path(args[2]).name).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
