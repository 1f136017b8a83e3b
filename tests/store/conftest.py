"""Two small hand-made articles and their facts, sharing one event (the Alaska meeting).

Article 1 (published 2025-08-08): a Xi–Putin call, the planned Trump–Putin meeting (undated
here), US tariffs on India (undated), the US ultimatum to Russia due 2025-08-08.
Article 2 (published 2025-08-10): the same meeting, now dated 2025-08-15 in the USA; Putin's
visit to China in September 2025; US tariffs threatened on China; EU sanctions on Russia in
the week of 2025-08-11; a visit to India due some time in 2025.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from analyst.model import (
    Article,
    Deadline,
    Evidence,
    Facts,
    FuzzyDate,
    Interaction,
    Leader,
    Participant,
    Sentence,
    Tariff,
)
from analyst.store import Store

PUTIN, XI, TRUMP, MODI = "Vladimir Putin", "Xi Jinping", "Donald Trump", "Narendra Modi"

TEXT1 = (
    "Xi Jinping and Vladimir Putin spoke by phone on Friday. "
    "Donald Trump said he would meet Vladimir Putin soon. "
    "The US has imposed 25 percent tariffs on India. "
    "The US deadline for Russia expired on Friday."
)
TEXT2 = (
    "Donald Trump will meet Vladimir Putin on August 15 in Alaska. "
    "Putin is expected to visit China in September. "
    "Trump threatened 25 percent tariffs on China. "
    "The EU announced new sanctions on Russia next week. "
    "Narendra Modi looks forward to hosting Putin later this year."
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for part in text.split(". "):
        body = part if part.endswith(".") else part + "."
        begin = text.index(body, start)
        out.append(Sentence(begin, begin + len(body), body))
        start = begin + len(body)
    return tuple(out)


def ev(article: Article, k: int) -> Evidence:
    s = article.sentences[k]
    return Evidence(article.id, s.start, s.end, s.text)


def article1() -> tuple[Article, Facts]:
    a = Article(
        id="a1",
        text=TEXT1,
        sentences=_sentences(TEXT1),
        title="Xi and Putin speak by phone",
        source="Wire One",
        url="https://example.org/1",
        published=date(2025, 8, 8),
        path="/news/1.txt",
    )
    facts = Facts(
        articles=(a,),
        leaders=(
            Leader(XI, "CHN", "President", 1),
            Leader(PUTIN, "RUS", "President", 2),
            Leader(TRUMP, "USA", "President", 1),
        ),
        interactions=(
            Interaction(
                id="i-call",
                kind="call",
                status="occurred",
                participants=(Participant("CHN", XI), Participant("RUS", PUTIN)),
                evidence=(ev(a, 0),),
                initiator="RUS",
                date=FuzzyDate.day(date(2025, 8, 8)),
            ),
            Interaction(
                id="i-meet",
                kind="meeting",
                status="planned",
                participants=(Participant("USA", TRUMP), Participant("RUS")),
                evidence=(ev(a, 1),),
            ),
        ),
        tariffs=(
            Tariff(
                id="t-ind",
                measure="tariff",
                imposer="USA",
                target="IND",
                status="imposed",
                evidence=(ev(a, 2),),
                rate_pct=25.0,
                reason="purchases of Russian oil",
                actors=(TRUMP,),
            ),
        ),
        deadlines=(
            Deadline(
                id="d-ultimatum",
                label="US ultimatum to Russia",
                kind="ultimatum",
                due=FuzzyDate.day(date(2025, 8, 8)),
                evidence=(ev(a, 3),),
                setter="USA",
                subject="RUS",
                actors=(TRUMP,),
            ),
        ),
    )
    return a, facts


def article2() -> tuple[Article, Facts]:
    a = Article(
        id="a2",
        text=TEXT2,
        sentences=_sentences(TEXT2),
        title="Trump and Putin to meet in Alaska",
        source="Wire Two",
        published=date(2025, 8, 10),
    )
    facts = Facts(
        articles=(a,),
        leaders=(
            Leader(PUTIN, "RUS", "President", 3),
            Leader(TRUMP, "USA", "President", 2),
            Leader(MODI, "IND", "Prime Minister", 1, caveat="title from gazetteer"),
        ),
        interactions=(
            Interaction(  # the same event as article 1's "i-meet", now dated and placed
                id="i-meet",
                kind="meeting",
                status="planned",
                participants=(Participant("USA", TRUMP), Participant("RUS", PUTIN)),
                evidence=(ev(a, 0),),
                date=FuzzyDate.day(date(2025, 8, 15)),
                location="USA",
            ),
            Interaction(
                id="i-visit",
                kind="visit",
                status="expected",
                participants=(Participant("RUS", PUTIN), Participant("CHN")),
                evidence=(ev(a, 1),),
                initiator="RUS",
                date=FuzzyDate.month(2025, 9),
                location="CHN",
            ),
        ),
        tariffs=(
            Tariff(
                id="t-chn",
                measure="tariff",
                imposer="USA",
                target="CHN",
                status="threatened",
                evidence=(ev(a, 2),),
                rate_pct=25.0,
                actors=(TRUMP,),
            ),
            Tariff(
                id="s-eu-rus",
                measure="sanction",
                imposer="EU",
                target="RUS",
                status="announced",
                evidence=(ev(a, 3),),
                date=FuzzyDate.week_of(date(2025, 8, 13)),
            ),
        ),
        deadlines=(
            Deadline(
                id="d-visit-ind",
                label="Putin's visit to India",
                kind="visit",
                due=FuzzyDate.year(2025),
                evidence=(ev(a, 4),),
                actors=(PUTIN, MODI),
            ),
        ),
    )
    return a, facts


@pytest.fixture
def empty() -> Iterator[Store]:
    with Store.memory() as store:
        yield store


@pytest.fixture
def store() -> Iterator[Store]:
    """A database in memory holding both articles."""
    with Store.memory() as s:
        assert s.add_article(*article1())
        assert s.add_article(*article2())
        yield s


@pytest.fixture
def a1() -> tuple[Article, Facts]:
    return article1()


@pytest.fixture
def a2() -> tuple[Article, Facts]:
    return article2()
