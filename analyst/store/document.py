"""The stored facts as the JSON document of DESIGN.md ("Facts as JSON").

Rules of the concept:
- Same keys, same order and same value forms as ``Facts.to_json()`` (what ``analyst
  extract`` prints), so ``analyst facts --format json`` is comparable with it.
- Dates are ISO at their precision through :meth:`FuzzyDate.iso` (a week is written as the
  month of its Monday); ``null`` when undated.
- With an empty filter every article and every actor is listed; with a filter, only the
  articles that give evidence for a listed fact and the actors involved in one.
- Facts come in date order, undated last; evidence in order of publication.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from analyst.model import FuzzyDate, Precision
from analyst.store._sql import FIRST_EVIDENCE_ORDER, Source, frame
from analyst.store.filter import Filter
from analyst.store.leaders import filtered_fact_ids, leaders

_EVIDENCE_LIST = f"""
    SELECT e.fact_id,
           list({{'article_id': e.article_id, 'start': e.start, 'end': e."end",
                  'sentence': e.sentence}} ORDER BY {FIRST_EVIDENCE_ORDER}) AS evidence
    FROM evidence e LEFT JOIN articles a ON a.id = e.article_id
    WHERE e.fact_id IN (SELECT id FROM sel)
    GROUP BY e.fact_id
"""


def facts_document(source: Source, f: Filter) -> dict[str, Any]:
    """``{"articles", "leaders", "interactions", "tariffs", "deadlines"}`` for filter ``f``."""
    return {
        "articles": _articles(source, f),
        "leaders": _leaders(source, f),
        "interactions": _interactions(source, f),
        "tariffs": _tariffs(source, f),
        "deadlines": _deadlines(source, f),
    }


def _iso(start: date | None, end: date | None, precision: str | None) -> str | None:
    if start is None or end is None or precision is None:
        return None
    return FuzzyDate(start, end, cast(Precision, precision)).iso()


def _articles(source: Source, f: Filter) -> list[dict[str, Any]]:
    where = "TRUE"
    params: list[object] = []
    if not f.is_empty():
        ids, params = filtered_fact_ids(f)
        where = f"a.id IN (SELECT article_id FROM evidence WHERE fact_id IN ({ids}))"
    rows = frame(
        source,
        f"""
        SELECT a.id, a.title, a.source, a.url, a.published, a.path
        FROM articles a WHERE {where}
        ORDER BY a.published NULLS LAST, a.ingested_at, a.id
        """,
        params,
    ).to_dicts()
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
    return rows


def _leaders(source: Source, f: Filter) -> list[dict[str, Any]]:
    table = leaders(source, f)
    if not f.is_empty():
        table = table.filter(table["facts"] > 0)
    out: list[dict[str, Any]] = []
    for r in table.to_dicts():
        item = {k: r[k] for k in ("name", "country", "title", "mentions")}
        if r["caveat"]:
            item["caveat"] = r["caveat"]
        out.append(item)
    return out


def _interactions(source: Source, f: Filter) -> list[dict[str, Any]]:
    where, params = f.interactions_where("i")
    rows = frame(
        source,
        f"""
        WITH sel AS (SELECT * FROM interactions i WHERE {where}),
        parts AS (
            SELECT interaction_id,
                   list({{'name': actor_name, 'country': country}} ORDER BY position)
                       AS participants
            FROM interaction_participants
            WHERE interaction_id IN (SELECT id FROM sel)
            GROUP BY interaction_id
        ),
        ev AS ({_EVIDENCE_LIST})
        SELECT sel.*, parts.participants, ev.evidence
        FROM sel
        LEFT JOIN parts ON parts.interaction_id = sel.id
        LEFT JOIN ev ON ev.fact_id = sel.id
        ORDER BY sel.date_start NULLS LAST, sel.date_end NULLS LAST, sel.id
        """,
        params,
    ).to_dicts()
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "status": r["status"],
            "participants": r["participants"] or [],
            "initiator": r["initiator"],
            "date": _iso(r["date_start"], r["date_end"], r["date_precision"]),
            "location": r["location"],
            "evidence": r["evidence"] or [],
        }
        for r in rows
    ]


def _tariffs(source: Source, f: Filter) -> list[dict[str, Any]]:
    where, params = f.tariffs_where("t")
    rows = frame(
        source,
        f"""
        WITH sel AS (SELECT * FROM tariffs t WHERE {where}),
        ev AS ({_EVIDENCE_LIST})
        SELECT sel.*, ev.evidence
        FROM sel
        LEFT JOIN ev ON ev.fact_id = sel.id
        ORDER BY sel.date_start NULLS LAST, sel.imposer NULLS LAST, sel.target NULLS LAST,
                 sel.id
        """,
        params,
    ).to_dicts()
    return [
        {
            "id": r["id"],
            "measure": r["measure"],
            "imposer": r["imposer"],
            "target": r["target"],
            "target_group": r["target_group"],
            "rate_pct": r["rate_pct"],
            "status": r["status"],
            "reason": r["reason"],
            "scope": r["scope"],
            "date": _iso(r["date_start"], r["date_end"], r["date_precision"]),
            "actors": r["people"],
            "evidence": r["evidence"] or [],
        }
        for r in rows
    ]


def _deadlines(source: Source, f: Filter) -> list[dict[str, Any]]:
    where, params = f.deadlines_where("d")
    rows = frame(
        source,
        f"""
        WITH sel AS (SELECT * FROM deadlines d WHERE {where}),
        ev AS ({_EVIDENCE_LIST})
        SELECT sel.*, ev.evidence
        FROM sel
        LEFT JOIN ev ON ev.fact_id = sel.id
        ORDER BY sel.due_start NULLS LAST, sel.due_end NULLS LAST, sel.id
        """,
        params,
    ).to_dicts()
    return [
        {
            "id": r["id"],
            "label": r["label"],
            "kind": r["kind"],
            "due": _iso(r["due_start"], r["due_end"], r["due_precision"]),
            "setter": r["setter"],
            "subject": r["subject"],
            "actors": r["people"],
            "evidence": r["evidence"] or [],
        }
        for r in rows
    ]
