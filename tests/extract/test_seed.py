"""The seed article: every gold fact found, fact by fact, and none of its negatives."""

from __future__ import annotations

import pytest
import scoring
from conftest import REPO, shared_path

from extract.helpers import facts_of_file

SEED = REPO / "seeds" / "000_b90cb94dffcaf319.txt"


@pytest.fixture(scope="module")
def seed():
    gold = scoring.load_gold(shared_path("seeds", "000_b90cb94dffcaf319.gold.json"))
    facts, text = facts_of_file(SEED)
    return facts, text, gold


@pytest.mark.parametrize("index", range(10))
def test_every_gold_interaction_is_found(seed, index):
    facts, _, gold = seed
    wanted = gold["interactions"][index]
    found = [
        i for i in facts.interactions
        if set(i.countries) == set(wanted["participants"])
        and scoring.INTERACTION_STATUS_CLASS[i.status] == scoring.INTERACTION_STATUS_CLASS[wanted["status"]]
    ]  # fmt: skip
    assert found, f"missing {wanted['kind']} {wanted['participants']}: {wanted['evidence']}"
    assert found[0].kind == wanted["kind"]


@pytest.mark.parametrize("kind", ["interactions", "tariffs", "deadlines"])
def test_no_false_facts_and_no_misses(seed, kind):
    facts, text, gold = seed
    result = scoring.score(facts.to_json(), gold, text)[kind]
    assert result.fp == 0, result.false_positives
    assert result.fn == 0, result.misses


def test_dates_resolved_against_publication(seed):
    facts, _, _ = seed
    dated = {
        (frozenset(i.countries), i.kind): i.date.iso() if i.date else None
        for i in facts.interactions
    }
    assert dated[(frozenset({"CHN", "RUS"}), "call")] == "2025-08-08"
    assert dated[(frozenset({"RUS", "USA"}), "meeting")] == "2025-08-15"
    assert dated[(frozenset({"RUS", "CHN"}), "visit")] == "2025-09"
    assert dated[(frozenset({"RUS", "IND"}), "visit")] == "2025"
    assert dated[(frozenset({"RUS", "USA"}), "talks")] == "2025-08-06"


def test_leaders_with_gazetteer_titles_and_caveat(seed):
    facts, _, gold = seed
    leaders = {p.name: p for p in facts.leaders}
    for wanted in gold["leaders"]:
        assert wanted["name"] in leaders, wanted["name"]
        assert leaders[wanted["name"]].country == wanted["country"]
    assert leaders["Narendra Modi"].title == "Prime Minister"
    assert leaders["Narendra Modi"].caveat and "President" in leaders["Narendra Modi"].caveat
    assert "Donald Tusk" in leaders and leaders["Donald Tusk"].country == "POL"


def test_every_fact_carries_its_sentence_span(seed):
    facts, text, _ = seed
    for fact in (*facts.interactions, *facts.tariffs, *facts.deadlines):
        assert fact.evidence
        for e in fact.evidence:
            assert text[e.start : e.end] == e.sentence


def test_page_chrome_yields_nothing(seed):
    facts, _, _ = seed
    sentences = {
        e.sentence
        for f in (*facts.interactions, *facts.tariffs, *facts.deadlines)
        for e in f.evidence
    }
    assert not any("Get all your news" in s for s in sentences)
