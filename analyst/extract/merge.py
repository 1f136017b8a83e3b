"""One fact per event: re-mentions in an article, and the same event in several articles.

Rules:
- Two interactions are one event when their countries are the same, their status class
  agrees (past; future; cancelled) and their dates do not contradict (one unknown, or the
  spans overlap). "Twice" keeps two events apart by an ordinal.
- Two tariff mentions are one fact when measure, imposer, target, status class and scope
  agree and the rates are equal (or one has none).
- The merged fact keeps the most precise date, the most specific kind (a call over talks),
  every named person, and all the evidence.
- Fact ids come from what a fact *is* (not the wording), so two articles telling the same
  event give the same id, and the store merges them by id.
"""

from __future__ import annotations

import dataclasses
import re

from analyst.model import (
    Deadline,
    Evidence,
    FuzzyDate,
    Interaction,
    Participant,
    Tariff,
    stable_id,
)

_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
_KIND_RANK = {"call": 0, "visit": 1, "meeting": 2, "talks": 3}


def status_class(status: str) -> str:
    if status in ("planned", "expected"):
        return "future"
    if status in ("imposed", "lifted"):
        return "in_force"
    if status in ("threatened", "announced", "proposed"):
        return "not_yet"
    return status


def dates_agree(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def more_precise(a: FuzzyDate | None, b: FuzzyDate | None) -> FuzzyDate | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _PRECISION[b.precision] < _PRECISION[a.precision] else a


def interaction_id(
    countries: frozenset[str], status: str, ordinal: int, when: FuzzyDate | None
) -> str:
    """The kind is left out on purpose: one source's "call" is another's "talks"."""
    return stable_id(
        "interaction",
        ",".join(sorted(countries)),
        status_class(status),
        when.iso() if when else "",
        ordinal,
    )


def _merge_participants(
    a: tuple[Participant, ...], b: tuple[Participant, ...]
) -> tuple[Participant, ...]:
    out = list(a)
    for p in b:
        if any(q == p for q in out):
            continue
        unnamed = next((q for q in out if q.country == p.country and q.name is None), None)
        if unnamed is not None and p.name:
            out[out.index(unnamed)] = p
        elif p.name or all(q.country != p.country for q in out):
            out.append(p)
    return tuple(out)


def _evidence(a: tuple[Evidence, ...], b: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(a + b))


def _other_people(a: Interaction, b: Interaction) -> bool:
    """Whether two interactions name different people on every side ("Milei met Trump" and
    "Quirno spoke with Rubio"), or, told in one sentence, on one side each names someone
    else ("met Xi ..., before holding talks with Premier Li"): two events, whatever their
    dates."""
    named_a = {p.name for p in a.participants if p.name}
    named_b = {p.name for p in b.participants if p.name}
    if _named_on_both_sides(a) and _named_on_both_sides(b) and not named_a & named_b:
        return True
    if (
        # A trip and a meeting told elsewhere with another of the host's people ("held talks
        # with Modi" on the visit, "called on President Murmu" later): two events.
        "visit" in (a.kind, b.kind)
        and a.kind != b.kind
        and _named_on_both_sides(a)
        and _named_on_both_sides(b)
        and _differ_on_a_side(a, b)
        and not _share_a_sentence(a.evidence, b.evidence)
    ):
        return True
    return (
        # One trigger's events with each of a list are one event; so is a trip "to meet" them.
        a.kind != b.kind
        and "visit" not in (a.kind, b.kind)
        and _share_a_sentence(a.evidence, b.evidence)
        and _differ_on_a_side(a, b)
    )


def _differ_on_a_side(a: Interaction, b: Interaction) -> bool:
    return any(
        _names_on(a, side) and _names_on(b, side) and not _names_on(a, side) & _names_on(b, side)
        for side in set(a.countries) & set(b.countries)
    )


def _names_on(event: Interaction, country: str) -> set[str]:
    return {p.name for p in event.participants if p.name and p.country == country}


def _part_of_in_one_sentence(
    key_a: tuple[frozenset[str], str],
    key_b: tuple[frozenset[str], str],
    a: Interaction,
    b: Interaction,
) -> bool:
    """ "Pashinyan and Aliyev met ... at talks hosted by the UAE": the talks read with one of
    them are part of the meeting of all three told in the same sentence."""
    (countries_a, status_a), (countries_b, status_b) = key_a, key_b
    return (
        status_a == status_b
        and "visit" not in (a.kind, b.kind)  # a trip is its own fact beside the talks on it
        and (countries_a < countries_b or countries_b < countries_a)
        and _share_a_sentence(a.evidence, b.evidence)
    )


def _named_on_both_sides(event: Interaction) -> bool:
    return len({p.country for p in event.participants if p.name}) >= 2


def merge_interactions(
    items: list[Interaction], ordinals: dict[str, int] | None = None
) -> list[Interaction]:
    """Folds re-mentions together; ``ordinals`` keeps "twice" events apart (by input id)."""
    ordinals = ordinals or {}
    merged: list[tuple[Interaction, int]] = []
    keys: list[tuple[frozenset[str], str]] = []  # each merged event's countries and status class
    for item in items:
        ordinal = ordinals.get(item.id, 1)
        key = (frozenset(item.countries), status_class(item.status))
        twin_index = next(
            (
                i
                for i, (m, o) in enumerate(merged)
                if (keys[i] == key or _part_of_in_one_sentence(keys[i], key, m, item))
                and o == ordinal
                and dates_agree(m.date, item.date)
                and not _other_people(m, item)
                # a trip and a phone call are never one event
                and {m.kind, item.kind} != {"visit", "call"}
                and not _call_and_talks_in_a_place(m, item)
                # "met Putin in Moscow" and a visit to Anchorage: two places, two events
                and not (m.location and item.location and m.location != item.location)
            ),
            None,
        )
        if twin_index is None:
            merged.append((item, ordinal))
            keys.append(key)
            continue
        twin, o = merged[twin_index]
        kind = min(twin.kind, item.kind, key=lambda k: _KIND_RANK.get(k, 9))
        merged[twin_index] = (
            Interaction(
                id=twin.id,
                kind=kind,
                status=twin.status,
                participants=_merge_participants(twin.participants, item.participants),
                evidence=_evidence(twin.evidence, item.evidence),
                initiator=twin.initiator or item.initiator,
                date=more_precise(twin.date, item.date),
                location=twin.location or item.location,
            ),
            o,
        )
        merged_item = merged[twin_index][0]
        keys[twin_index] = (frozenset(merged_item.countries), status_class(merged_item.status))
    out = []
    for item, ordinal in merged:
        new_id = interaction_id(frozenset(item.countries), item.status, ordinal, item.date)
        out.append(_replace_id(item, new_id))
    return out


def _call_and_talks_in_a_place(a: Interaction, b: Interaction) -> bool:
    """A phone call and talks held somewhere ("held a full day of talks in New Delhi ...
    Hours after the session ended, Trump phoned Modi") are two events."""
    kinds = {a.kind, b.kind}
    return "call" in kinds and len(kinds) == 2 and bool(a.location or b.location)


def _replace_id(item: Interaction, new_id: str) -> Interaction:
    return Interaction(
        new_id,
        item.kind,
        item.status,
        item.participants,
        item.evidence,
        item.initiator,
        item.date,
        item.location,
    )


def tariff_id(t: Tariff) -> str:
    return stable_id(
        "tariff",
        t.measure,
        t.imposer,
        t.target,
        t.target_group,
        status_class(t.status),
        t.rate_pct,
        t.scope,
    )


def _share_a_sentence(a: tuple[Evidence, ...], b: tuple[Evidence, ...]) -> bool:
    return any((x.article_id, x.start) == (y.article_id, y.start) for x in a for y in b)


def _same_sentence(a: Tariff, b: Tariff) -> bool:
    return _share_a_sentence(a.evidence, b.evidence)


def _headlines_as_told_below(items: list[Tariff]) -> list[Tariff]:
    """A headline's rated measure with the status the body tells it with ("China lifts tariffs
    on U.S. goods to 125%" over "China said on Friday it would raise its tariff ... to 125
    per cent"): a headline's tense is no guide to it."""
    out = []
    for item in items:
        if _told_first(item) and item.rate_pct is not None:
            below = next(
                (
                    b
                    for b in items
                    if not _told_first(b)
                    and (b.measure, b.imposer, b.target, b.rate_pct)
                    == (item.measure, item.imposer, item.target, item.rate_pct)
                ),
                None,
            )
            if below is not None and below.status != item.status and not _opposite(below, item):
                item = dataclasses.replace(item, status=below.status)
        out.append(item)
    return out


def _told_first(t: Tariff) -> bool:
    """Whether an article's first sentence (its headline, where it has one) tells it."""
    return any(e.start == 0 for e in t.evidence)


def _opposite(a: Tariff, b: Tariff) -> bool:
    """A measure lifted and one imposed are two facts, in one sentence ("scrapped most of its
    retaliatory tariffs but kept its 25% counter-tariffs") or in two ("imposed a 10% tariff in
    April", "will remove its 10% tariff")."""
    return {a.status, b.status} == {"imposed", "lifted"}


def _same_group(a: str | None, b: str | None) -> bool:
    """Whether two target groups name the same ones: equal, or every word of the shorter in
    the longer ("Milorad Dodik" in a headline, "Bosnian Serb leader Milorad Dodik, members
    of his family ..." in the text)."""
    if a is None or b is None:
        return a == b
    shorter, longer = sorted((a.lower(), b.lower()), key=len)
    return set(re.findall(r"\w+", shorter)) <= set(re.findall(r"\w+", longer))


def _headline_retold(a: Tariff, b: Tariff) -> bool:
    """ "Brazil extends 25 percent tariff on excess steel imports" over "a 25 percent import
    tariff on steel shipments that exceed annual quotas": the headline's rate on goods from
    everywhere, named another way."""
    return (
        a.rate_pct is not None
        and a.rate_pct == b.rate_pct
        and a.target_group is not None
        and b.target_group is not None
        and (_told_first(a) or _told_first(b))
        # (the same goods: not "steel imports" and "aluminium imports" at one rate)
        and bool(_goods_words(a.target_group) & _goods_words(b.target_group))
    )


# Words any goods phrase may hold, which tell no goods apart
_GOODS_FILLER = frozenset(
    {
        "imports", "import", "imported", "goods", "products", "exports", "shipments",
        "of", "on", "the", "a", "an", "all", "and", "from",
    }
)  # fmt: skip


# Goods named by several words ("imported vehicles", "imported cars")
_SAME_GOODS = {"vehicles": "cars", "autos": "cars", "automobiles": "cars", "car": "cars"}


def _goods_words(group: str) -> set[str]:
    """The words of a goods phrase that tell its goods apart, each car word as "cars"."""
    words = set(re.findall(r"[a-z]+", group.lower())) - _GOODS_FILLER
    return {_SAME_GOODS.get(w, w) for w in words}


def _retells(m: Tariff, item: Tariff) -> bool:
    """Whether ``item`` tells again the measure ``m`` (of the same measure, imposer, target and
    kind of status) told."""
    headline = _headline_retold(m, item)
    same_ones = (
        _same_group(m.target_group, item.target_group)
        # "froze the assets of 36 Russian individuals ..., tightening sanctions over Moscow's
        # invasion": the sentence's measure told again without its group
        or (
            item.measure == "sanction"
            and (m.target_group is None or item.target_group is None)
            and _same_sentence(m, item)
        )
        or headline
    )
    return (
        same_ones
        and (m.rate_pct == item.rate_pct or m.rate_pct is None or item.rate_pct is None)
        # "scrapped most of its tariffs but kept its 25% counter-tariffs": two facts.
        and not _opposite(m, item)
        # "25% on Aug. 7 and another 25% on Aug. 27": two layers, one sentence.
        and not (_same_sentence(m, item) and not dates_agree(m.date, item.date))
        and (
            m.scope == item.scope
            or m.rate_pct is None
            or item.rate_pct is None
            or headline
            # One sentence read twice, with and without the goods it names; a headline that
            # leaves the goods out.
            or (
                (m.scope is None or item.scope is None)
                and (_same_sentence(m, item) or _told_first(m) or _told_first(item))
            )
        )
    )


def merge_tariffs(items: list[Tariff]) -> list[Tariff]:
    items = _headlines_as_told_below(items)
    merged: list[Tariff] = []
    # Only facts with the same measure, imposer, target and kind of status may merge (merging
    # keeps all four): each item is held against those alone, in the order they were kept.
    kin: dict[tuple[str, str | None, str | None, str], list[int]] = {}
    for item in items:
        same_kind = kin.setdefault(
            (item.measure, item.imposer, item.target, status_class(item.status)), []
        )
        twin_index = next((i for i in same_kind if _retells(merged[i], item)), None)
        if twin_index is None:
            same_kind.append(len(merged))
            merged.append(item)
            continue
        twin = merged[twin_index]
        merged[twin_index] = Tariff(
            id=twin.id,
            measure=twin.measure,
            imposer=twin.imposer,
            target=twin.target,
            status=twin.status,
            evidence=_evidence(twin.evidence, item.evidence),
            target_group=max(twin.target_group, item.target_group, key=lambda g: len(g or "")),
            rate_pct=twin.rate_pct if twin.rate_pct is not None else item.rate_pct,
            reason=twin.reason or item.reason,
            scope=twin.scope or item.scope,
            # A mention without a rate is a re-mention: it must not re-date the fact, only date
            # an undated one (and a rated one dates a fact first told without its rate).
            date=(twin.date or item.date)
            if item.rate_pct is None
            else (item.date or twin.date)
            if twin.rate_pct is None
            else more_precise(twin.date, item.date),
            actors=tuple(dict.fromkeys(twin.actors + item.actors)),
        )
    # A rate-less mention of a pair that has a rated fact is a re-mention, not a new fact.
    rated = {_pair_of(t) for t in merged if t.rate_pct is not None}
    kept = [
        t
        for t in merged
        if t.rate_pct is not None
        or _pair_of(t) not in rated
        # ("will remove many of its retaliatory tariffs ... will keep its 25% counter-tariffs":
        # the pair's lifting beside the rated measure kept)
        # ("will remove many of its retaliatory tariffs ... will keep its 25% counter-tariffs":
        # the lifting of the imposer's measures beside the rated one it keeps)
        or any(_opposite(t, r) and r.imposer == t.imposer for r in merged if r.rate_pct is not None)
    ]
    return [_with_tariff_id(t) for t in kept]


def _pair_of(t: Tariff) -> tuple[bool, str | None, str | None, str | None]:
    """Who imposes what kind of measure on whom: a sanction is no re-mention of a tariff."""
    return (t.measure == "sanction", t.imposer, t.target, t.target_group)


def _with_tariff_id(t: Tariff) -> Tariff:
    return Tariff(
        tariff_id(t),
        t.measure,
        t.imposer,
        t.target,
        t.status,
        t.evidence,
        t.target_group,
        t.rate_pct,
        t.reason,
        t.scope,
        t.date,
        t.actors,
    )


def deadline_id(d: Deadline) -> str:
    # With neither setter nor subject, the people are what tell one planned visit or meeting
    # from another in the same year ("Trump's state visit" and "Putin's visit to India").
    who = sorted(d.actors) if d.setter is None and d.subject is None else []
    return stable_id("deadline", d.kind, d.setter, d.subject, d.due.iso() if d.due else "", *who)


def merge_deadlines_across(items: list[Deadline]) -> list[Deadline]:
    merged: dict[str, Deadline] = {}
    for d in items:
        twin = merged.get(d.id)
        if twin is None:
            merged[d.id] = d
            continue
        merged[d.id] = Deadline(
            twin.id,
            twin.label,
            twin.kind,
            twin.due,
            _evidence(twin.evidence, d.evidence),
            twin.setter,
            twin.subject,
            tuple(dict.fromkeys(twin.actors + d.actors)),
        )
    return list(merged.values())
