from __future__ import annotations

from datetime import date
from pathlib import Path

from analyst.extract import extract_facts
from analyst.ingest import article_from_text, load_article
from analyst.model import Facts


def facts_of(text: str, published: date | None = date(2025, 8, 8)) -> Facts:
    return extract_facts(article_from_text(text, published=published))


def facts_of_file(path: Path) -> tuple[Facts, str]:
    article = load_article(path)
    return extract_facts(article), article.text


def pairs(facts: Facts) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(i.countries), i.kind, i.status) for i in facts.interactions}


def measures(facts: Facts) -> set[tuple[str | None, str | None, float | None, str]]:
    """The tariffs and sanctions in ``facts`` as (imposer, target, rate, status)."""
    return {(t.imposer, t.target, t.rate_pct, t.status) for t in facts.tariffs}


def measure_list(facts: Facts) -> list[tuple[str | None, str | None, float | None, str]]:
    """The tariffs and sanctions in ``facts`` as (imposer, target, rate, status), in order and
    with any repeats (what ``measures`` gives as a set)."""
    return [(t.imposer, t.target, t.rate_pct, t.status) for t in facts.tariffs]


def dues(text: str) -> set[tuple[str, str]]:
    """The deadlines ``text`` gives, as (kind, due date) pairs."""
    return {(d.kind, d.due.iso()) for d in facts_of(text).deadlines}


def assert_pairs(cases: dict[str, set[tuple[frozenset[str], str, str]]]) -> None:
    """Each sentence gives exactly the (countries, kind, status) interactions it maps to."""
    for sentence, expected in cases.items():
        assert pairs(facts_of(sentence)) == expected, sentence
