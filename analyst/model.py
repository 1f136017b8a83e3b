"""The plain values that flow from ingest through extract to the store and the views.

Rules of the concept:
- Every value here is immutable; a stage returns new values, it never edits old ones.
- Offsets (``start``/``end``) index the article's *cleaned* text, so the evidence pane can
  highlight exactly the sentence a fact came from.
- Dates carry their precision: a fact said to happen "in September" is a month, never a
  made-up day. :class:`FuzzyDate` keeps the first and last day the text allows.
- Countries are ISO 3166-1 alpha-3 codes; the European Union is ``"EU"``.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal, TypeVar

_Record = TypeVar("_Record", bound=type)


def quick_frozen_init(cls: _Record) -> _Record:
    """A frozen, slotted dataclass given an ``__init__`` that sets each slot directly.

    The ``__init__`` dataclasses writes for a frozen class stores each field with
    ``object.__setattr__`` (on CPython 3.11 about 0.3 µs a field: a Mention took 2 µs to
    make); the slot's own descriptor stores it for half that. The extractor makes a few
    hundred such values an article. Everything else (equality, hashing, repr, pickling, the
    refusal to be changed) stays the dataclass's own. Only plain fields are supported: each one
    an argument of ``__init__``, with at most a plain default, and no ``__post_init__``.
    """
    fields = dataclasses.fields(cls)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if (
        not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
        or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
        )
    ):
        raise TypeError(
            f"quick_frozen_init: {cls.__name__} is not a plain frozen, slotted dataclass"
        )
    namespace: dict[str, Any] = {}
    arguments = []
    for f in fields:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's descriptor
        if f.default is dataclasses.MISSING:
            arguments.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            arguments.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in fields) or "    pass\n"
    exec(f"def __init__(self, {', '.join(arguments)}):\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__dict__["__init__"].__annotations__)
    cls.__init__ = init  # type: ignore[misc]  # the class's own, not an instance's
    return cls


Precision = Literal["day", "week", "month", "year"]
InteractionKind = Literal["call", "meeting", "talks", "visit"]
InteractionStatus = Literal["occurred", "planned", "expected", "cancelled"]
Measure = Literal["tariff", "secondary_tariff", "sanction"]
MeasureStatus = Literal["imposed", "threatened", "announced", "proposed", "lifted"]

INTERACTION_KINDS: tuple[str, ...] = ("call", "meeting", "talks", "visit")
INTERACTION_STATUSES: tuple[str, ...] = ("occurred", "planned", "expected", "cancelled")
MEASURES: tuple[str, ...] = ("tariff", "secondary_tariff", "sanction")
MEASURE_STATUSES: tuple[str, ...] = ("imposed", "threatened", "announced", "proposed", "lifted")
FACT_KINDS: tuple[str, ...] = ("interactions", "tariffs", "deadlines")


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known to a precision: the span ``start``..``end`` (inclusive) it may fall in."""

    start: date
    end: date
    precision: Precision

    @classmethod
    def day(cls, d: date) -> FuzzyDate:
        return cls(d, d, "day")

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def week_of(cls, d: date) -> FuzzyDate:
        """The Monday-to-Sunday week that holds ``d``."""
        monday = d - timedelta(days=d.weekday())
        return cls(monday, monday + timedelta(days=6), "week")

    def iso(self) -> str:
        """The date at the precision the text gives: ``2025-08-15``, ``2025-09`` or ``2025``.

        A week has no ISO calendar form an analyst reads easily, so it is written as the
        month that holds its Monday (the span keeps the exact week).
        """
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision in ("month", "week"):
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Reads ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raises ``ValueError`` otherwise."""
        parts = text.strip().split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            raise ValueError(f"not a date: {text!r}") from None
        if len(numbers) == 1:
            return cls.year(numbers[0])
        if len(numbers) == 2:
            return cls.month(numbers[0], numbers[1])
        if len(numbers) == 3:
            return cls.day(date(numbers[0], numbers[1], numbers[2]))
        raise ValueError(f"not a date: {text!r}")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: its text without page chrome, split into sentences."""

    id: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "path": self.path,
        }


def article_id_for(cleaned_text: str) -> str:
    """An article's identity: the same cleaned text is the same article, wherever it came from."""
    return hashlib.sha256(cleaned_text.encode("utf-8")).hexdigest()[:16]


def stable_id(*parts: object) -> str:
    """A short id that is the same for the same parts in every run and on every machine."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=8).hexdigest()


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    start: int
    end: int
    sentence: str

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
        }


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Participant:
    """One party to an interaction: a named person, or a country whose person is unnamed."""

    country: str
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Leader:
    """A person the articles mention, with how often."""

    name: str
    country: str | None
    title: str | None
    mentions: int = 0
    caveat: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "country": self.country,
            "title": self.title,
            "mentions": self.mentions,
        }
        if self.caveat:
            out["caveat"] = self.caveat
        return out


def _date_json(d: FuzzyDate | None) -> str | None:
    return d.iso() if d else None


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Interaction:
    id: str
    kind: str
    status: str
    participants: tuple[Participant, ...]
    evidence: tuple[Evidence, ...]
    initiator: str | None = None
    date: FuzzyDate | None = None
    location: str | None = None

    @property
    def countries(self) -> tuple[str, ...]:
        """Participant countries, each once, in order of appearance."""
        return tuple(dict.fromkeys(p.country for p in self.participants))

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.participants if p.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "participants": [p.to_json() for p in self.participants],
            "initiator": self.initiator,
            "date": _date_json(self.date),
            "location": self.location,
            "evidence": [e.to_json() for e in self.evidence],
        }


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Tariff:
    id: str
    measure: str
    imposer: str | None
    target: str | None
    status: str
    evidence: tuple[Evidence, ...]
    target_group: str | None = None
    rate_pct: float | None = None
    reason: str | None = None
    scope: str | None = None
    date: FuzzyDate | None = None
    actors: tuple[str, ...] = ()  # people who impose, threaten or announce it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "measure": self.measure,
            "imposer": self.imposer,
            "target": self.target,
            "target_group": self.target_group,
            "rate_pct": self.rate_pct,
            "status": self.status,
            "reason": self.reason,
            "scope": self.scope,
            "date": _date_json(self.date),
            "actors": list(self.actors),
            "evidence": [e.to_json() for e in self.evidence],
        }


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Deadline:
    id: str
    label: str
    kind: str
    due: FuzzyDate | None
    evidence: tuple[Evidence, ...]
    setter: str | None = None
    subject: str | None = None
    actors: tuple[str, ...] = ()  # people who set it or whose event it dates

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "due": _date_json(self.due),
            "setter": self.setter,
            "subject": self.subject,
            "actors": list(self.actors),
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything taken from one or more articles: the document of ``--format json``."""

    articles: tuple[Article, ...] = ()
    leaders: tuple[Leader, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    tariffs: tuple[Tariff, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": [a.to_json() for a in self.articles],
            "leaders": [p.to_json() for p in self.leaders],
            "interactions": [i.to_json() for i in self.interactions],
            "tariffs": [t.to_json() for t in self.tariffs],
            "deadlines": [d.to_json() for d in self.deadlines],
        }
