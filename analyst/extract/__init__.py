"""Articles → facts: a pure function of (cleaned article, gazetteer).

Nothing here knows Qt or DuckDB, so it runs in tests, on the command line and in a process
pool alike. ``extract_facts`` reads one article; ``combine`` folds several articles' facts
into one document, merging the same event told by several articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from analyst.extract.context import ArticleContext, SentenceInfo
from analyst.extract.deadlines import DeadlineCandidate, find_deadlines, merge_deadlines
from analyst.extract.gazetteer import Gazetteer, load_gazetteer
from analyst.extract.interactions import Candidate, find_interactions
from analyst.extract.mentions import surname
from analyst.extract.merge import (
    deadline_id,
    merge_deadlines_across,
    merge_interactions,
    merge_tariffs,
    status_class,
)
from analyst.extract.story_days import event_dated_by_the_story, measure_dated_by_the_story
from analyst.extract.tariffs import find_tariffs
from analyst.model import (
    Article,
    Deadline,
    Facts,
    FuzzyDate,
    Interaction,
    Leader,
    Tariff,
    stable_id,
)

__all__ = ["Gazetteer", "combine", "extract_facts", "load_gazetteer"]

# The ids facts carry until merging gives them their own: the i-th of every article's
# candidates has the same one, hashed once.
_draft_id = lru_cache(maxsize=1024)(stable_id)


def extract_facts(article: Article, gazetteer: Gazetteer | None = None) -> Facts:
    """Every interaction, tariff and deadline the article states, each with its evidence."""
    g = gazetteer or load_gazetteer()
    ctx = ArticleContext(article, g)
    interactions = _interactions(ctx, find_interactions(ctx))
    tariff_candidates = find_tariffs(ctx)
    merged_tariffs = merge_tariffs(
        [
            Tariff(
                id=_draft_id("t", i),
                measure=t.measure,
                imposer=t.imposer,
                target=t.target,
                status=t.status,
                evidence=tuple(t.evidence),
                target_group=t.target_group,
                rate_pct=t.rate_pct,
                reason=t.reason,
                scope=t.scope,
                date=t.date,
                actors=tuple(t.actors),
            )
            for i, t in enumerate(tariff_candidates)
            if t.imposer is not None and not t.told_only
        ]
    )
    tariffs = [measure_dated_by_the_story(ctx, t) for t in merged_tariffs]
    deadline_candidates = find_deadlines(ctx, tariff_candidates)
    deadline_candidates += _scheduled_interactions(ctx, interactions)
    deadlines = [_deadline(ctx, d) for d in merge_deadlines(deadline_candidates)]
    leaders = tuple(
        Leader(p.name, p.country, p.title, p.mentions, p.caveat)
        for p in ctx.finder.people.known.values()
        if p.mentions > 0
    )
    return Facts(
        articles=(article,),
        leaders=leaders,
        interactions=tuple(interactions),
        tariffs=tuple(tariffs),
        deadlines=tuple(deadlines),
    )


def _headline_as_told_below(candidates: list[Candidate]) -> None:
    """A headline's event takes the status the body tells it with ("Trudeau flies to
    Mar-a-Lago" over "Trudeau sat down with Trump at Mar-a-Lago on Friday"): a headline's
    present is no guide to whether it has happened. Only when the body tells the pair's
    events with one status, and not the headline's."""
    for c in candidates:
        if not c.sentence.is_headline or c.status is None:
            continue
        below = [
            b.status
            for b in candidates
            if b.status is not None
            and not b.sentence.is_headline
            and b.countries == c.countries
            and {b.kind, c.kind} != {"visit", "call"}
        ]
        classes = {status_class(status) for status in below}
        if len(classes) == 1 and status_class(c.status) not in classes:
            c.status = below[0]


def _interactions(ctx: ArticleContext, candidates: list[Candidate]) -> list[Interaction]:
    _headline_as_told_below(candidates)
    told = [c for c in candidates if c.status is not None]
    rementions = [c for c in candidates if c.status is None]
    ordinals: dict[str, int] = {}
    items: list[Interaction] = []
    for i, c in enumerate(told):
        item = Interaction(
            id=_draft_id("candidate", i),
            kind=c.kind,
            status=c.status or "occurred",
            participants=tuple(c.participants),
            evidence=tuple(c.evidence),
            initiator=c.initiator,
            date=c.date,
            location=c.location,
        )
        ordinals[item.id] = c.ordinal
        items.append(item)
    merged = merge_interactions(items, ordinals)
    # A mention without a tense cue only adds evidence to an event told elsewhere.
    told_countries = [frozenset(item.countries) for item in merged]  # evidence leaves them be
    for c in rementions:
        countries = c.countries
        for i, item in enumerate(merged):
            if told_countries[i] == countries:
                merged[i] = Interaction(
                    item.id,
                    item.kind,
                    item.status,
                    item.participants,
                    tuple(dict.fromkeys(item.evidence + tuple(c.evidence))),
                    item.initiator,
                    item.date,
                    item.location,
                )
                break
    return [event_dated_by_the_story(ctx, item) for item in merged]


def _scheduled_interactions(
    ctx: ArticleContext, interactions: list[Interaction]
) -> list[DeadlineCandidate]:
    """Planned events with a date, as deadlines; one trip to several countries is one date."""
    trips: dict[tuple[int, str, str, str], list[Interaction]] = {}
    for item in interactions:
        if status_class(item.status) != "future" or item.date is None:
            continue
        lead = item.participants[0].name or item.participants[0].country
        key = (item.evidence[0].start, item.kind, item.date.iso(), lead)
        trips.setdefault(key, []).append(item)
    out = []
    for items in trips.values():
        first = items[0]
        assert first.date is not None  # grouped above only when dated
        sentence = next(s for s in ctx.sentences if s.start == first.evidence[0].start)
        if _only_in_the_coming_days(sentence, first.date):
            continue  # "is expected in Ouagadougou in the coming days": no day to count down to
        d = DeadlineCandidate(
            first.kind,
            _due_by_the_years_end(sentence, first.date),
            sentence,
            evidence=list(first.evidence),
            actors=list(dict.fromkeys(p for item in items for p in item.people)),
            from_event=True,
        )
        d.label = _interaction_label(ctx, first, [_host_of(i) for i in items])
        out.append(d)
    return out


def _due_by_the_years_end(sentence: SentenceInfo, day: FuzzyDate) -> FuzzyDate:
    """An event due "before the end of the year", dated by its year, counts down to the year's
    last month (as "by the end of the year" is read in ``dates``)."""
    if day.precision == "year" and any(
        d.kind == "end_of_period" and d.value is not None and d.value.end == day.end
        for d in sentence.future_dates
    ):
        return FuzzyDate.month(day.end.year, 12)
    return day


def _only_in_the_coming_days(sentence: SentenceInfo, day: FuzzyDate) -> bool:
    """Whether the sentence dates the event only by "in the coming days" (whatever else it
    dates: "who sat in on Tuesday's talks, is expected to meet Lutnick in the coming days")."""
    return any(d.kind == "coming_days" and d.value == day for d in sentence.future_dates)


def _short(ctx: ArticleContext, name: str) -> str:
    """The name a label uses: the gazetteer's one-word form ("Xi", "Lula"), else the surname."""
    person = ctx.g.people.get(name)
    words = name.split()
    if person is not None:
        for alias in person.aliases:
            if " " not in alias and alias in words:
                return alias
    return surname(name, person.country if person is not None else ctx.person_country(name))


def _host_of(visit: Interaction) -> str:
    """The visited state: the last party's (visitors come first, and several may travel
    together), unless that is the visitor's own (a minister who came along): then the first
    party of another state."""
    visitor = visit.participants[0].country
    last = visit.participants[-1].country
    if last != visitor:
        return last
    return next((p.country for p in visit.participants[1:] if p.country != visitor), visitor)


def _interaction_label(
    ctx: ArticleContext, item: Interaction, hosts: list[str] | None = None
) -> str:
    shown = [
        _short(ctx, p.name) if p.name else ctx.country_name(p.country) for p in item.participants
    ]
    names = list(dict.fromkeys(shown))
    if item.kind == "visit" and len(names) >= 2:
        places = [ctx.country_name(c) for c in (hosts or [_host_of(item)])]
        where = _listed(places)
        host = hosts[0] if hosts else _host_of(item)
        # those named before the host ("Blinken and Lammy's visit to Ukraine")
        visitors: list[str] = []
        for p, name in zip(item.participants, shown, strict=True):
            if p.country == host:
                break
            visitors.append(name)
        who = _listed(list(dict.fromkeys(visitors)) or names[:1])
        owner = who + ("'" if who.endswith("s") else "'s")
        return f"{owner} visit to {where}"
    return f"{'–'.join(names)} {item.kind}"


def _listed(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _deadline(ctx: ArticleContext, d: DeadlineCandidate) -> Deadline:
    label = d.label or _label(ctx, d)
    draft = Deadline(
        "", label, d.kind, d.due, tuple(d.evidence), d.setter, d.subject, tuple(d.actors)
    )
    return Deadline(
        deadline_id(draft),
        label,
        d.kind,
        d.due,
        tuple(d.evidence),
        d.setter,
        d.subject,
        tuple(d.actors),
    )


def _label(ctx: ArticleContext, d: DeadlineCandidate) -> str:
    setter = ctx.country_name(d.setter) if d.setter else None
    subject = ctx.country_name(d.subject) if d.subject else None
    if d.kind == "ultimatum":
        return f"{setter or 'An'} ultimatum" + (f" to {subject}" if subject else "")
    if d.kind in ("tariff_start", "tariff_end"):
        which = "Start" if d.kind == "tariff_start" else "End"
        return f"{which} of {setter + ' ' if setter else ''}{d.measures}" + (
            f" on {subject}" if subject else ""
        )
    if d.kind == "expiry":
        return f"End of pause on {setter + ' ' if setter else ''}{d.measures}"
    return d.kind.replace("_", " ").capitalize()


def combine(facts: Iterable[Facts]) -> Facts:
    """Several articles' facts as one document, the same event merged across articles."""
    parts = list(facts)
    leaders: dict[str, Leader] = {}
    for part in parts:
        for p in part.leaders:
            seen = leaders.get(p.name)
            leaders[p.name] = (
                p
                if seen is None
                else Leader(
                    p.name,
                    seen.country or p.country,
                    seen.title or p.title,
                    seen.mentions + p.mentions,
                    seen.caveat or p.caveat,
                )
            )
    return Facts(
        articles=tuple(a for part in parts for a in part.articles),
        leaders=tuple(leaders.values()),
        interactions=tuple(merge_interactions([i for part in parts for i in part.interactions])),
        tariffs=tuple(merge_tariffs([t for part in parts for t in part.tariffs])),
        deadlines=tuple(merge_deadlines_across([d for part in parts for d in part.deadlines])),
    )
