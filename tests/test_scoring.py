"""Unit tests of the fact scorer (tests/scoring.py) and checks of the test articles.

The articles in tests/data/articles are original, invented wire-style stories written for
this test set (fictional events with real office-holders); their gold files follow the
devset schema and conventions (../shared/devset/README.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scoring
from scoring import Score, load_gold, score

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "data" / "articles"
SHARED = HERE.parent.parent / "shared"


# --------------------------------------------------------------------------- builders


def ev(sentence: str, start: int = 0) -> list[dict]:
    return [{"article_id": "a", "start": start, "end": start + len(sentence), "sentence": sentence}]


def x_call(countries, status="occurred", date=None, kind="call", sentence="x"):
    return {
        "kind": kind,
        "status": status,
        "date": date,
        "participants": [{"name": None, "country": c} for c in countries],
        "evidence": ev(sentence),
    }


def g_call(countries, status="occurred", date=None, kind="call", evidence="x", **kw):
    return {
        "kind": kind,
        "participants": list(countries),
        "leaders": [],
        "date": date,
        "status": status,
        "evidence": evidence,
        **kw,
    }


def x_tariff(
    imposer, target, rate=None, status="imposed", measure="tariff", group=None, sentence="x", **kw
):
    return {
        "measure": measure,
        "imposer": imposer,
        "target": target,
        "target_group": group,
        "rate_pct": rate,
        "status": status,
        "evidence": ev(sentence),
        **kw,
    }


def g_tariff(imposer, target, rate=None, status="imposed", measure="tariff", evidence="x", **kw):
    return {
        "measure": measure,
        "imposer": imposer,
        "target": target,
        "rate_pct": rate,
        "status": status,
        "reason": None,
        "evidence": evidence,
        **kw,
    }


def gold(interactions=(), tariffs=(), deadlines=(), negatives=()):
    return {
        "interactions": list(interactions),
        "tariffs": list(tariffs),
        "deadlines": list(deadlines),
        "negatives": list(negatives),
    }


def extracted(interactions=(), tariffs=(), deadlines=()):
    return {
        "articles": [],
        "leaders": [],
        "interactions": list(interactions),
        "tariffs": list(tariffs),
        "deadlines": list(deadlines),
    }


# --------------------------------------------------------------------------- scorer


def test_perfect_match_gives_f1_one():
    g = gold(
        [
            g_call(["RUS", "CHN"], date="2025-08-08"),
            g_call(["USA", "RUS"], status="planned", date="2025-08-15", kind="meeting"),
        ],
        [g_tariff("USA", "IND", 25), g_tariff("USA", "CHN", 25, status="threatened")],
        [{"label": "ultimatum", "due": "2025-08-08", "setter": "USA", "evidence": "x"}],
    )
    x = extracted(
        [
            x_call(["CHN", "RUS"], date="2025-08-08"),
            x_call(["RUS", "USA"], status="planned", date="2025-08-15", kind="meeting"),
        ],
        [x_tariff("USA", "IND", 25.0), x_tariff("USA", "CHN", 25.0, status="threatened")],
        [{"label": "ultimatum", "due": "2025-08-08", "evidence": ev("x")}],
    )
    s = score(x, g, "x")
    for k in s.kinds():
        assert (k.tp, k.fp, k.fn) == (len(g[k.name]), 0, 0), k.name
        assert k.precision == k.recall == k.f1 == 1.0
        assert k.date_correct == k.date_checked
    assert s.interactions.kind_correct == 2 and s.interactions.date_correct == 2
    assert s.tariffs.rate_correct == 2 and s.tariffs.date_checked == 0  # gold gives no dates
    assert s.total.f1 == 1.0


def test_empty_against_empty_is_perfect_and_empty_against_gold_is_zero():
    assert score(extracted(), gold(), "").total.f1 == 1.0
    s = score(extracted(), gold([g_call(["FRA", "IND"])]), "")
    assert (s.interactions.tp, s.interactions.fn) == (0, 1)
    assert s.interactions.precision == 0.0 and s.interactions.f1 == 0.0


def test_wrong_status_class_is_fp_and_fn():
    g = gold([g_call(["USA", "RUS"], status="occurred", date="2025-08-08")])
    s = score(extracted([x_call(["USA", "RUS"], status="planned", date="2025-08-08")]), g, "")
    assert (s.interactions.tp, s.interactions.fp, s.interactions.fn) == (0, 1, 1)
    assert s.interactions.f1 == 0.0


def test_status_within_class_matches_and_cancelled_is_its_own_class():
    g = gold([g_call(["SAU", "PAK"], status="planned", kind="visit")])
    s = score(extracted([x_call(["SAU", "PAK"], status="expected", kind="visit")]), g, "")
    assert s.interactions.tp == 1
    g = gold([g_call(["SAU", "PAK"], status="cancelled", kind="visit")])
    s = score(extracted([x_call(["SAU", "PAK"], status="planned", kind="visit")]), g, "")
    assert (s.interactions.tp, s.interactions.fp, s.interactions.fn) == (0, 1, 1)
    s = score(extracted([x_call(["PAK", "SAU"], status="cancelled", kind="visit")]), g, "")
    assert s.interactions.tp == 1


def test_participant_sets_must_be_equal():
    g = gold([g_call(["UKR", "USA", "FRA", "DEU"])])
    s = score(extracted([x_call(["UKR", "USA"]), x_call(["UKR", "FRA"])]), g, "")
    assert (s.interactions.tp, s.interactions.fp, s.interactions.fn) == (0, 2, 1)


def test_kind_alt_and_wrong_kind_still_match():
    g = gold([g_call(["RUS", "UZB"], kind="talks", kind_alt=["call"], date="2025-08-08")])
    s = score(extracted([x_call(["RUS", "UZB"], kind="call", date="2025-08-08")]), g, "")
    assert s.interactions.tp == 1 and s.interactions.kind_correct == 1
    s = score(extracted([x_call(["RUS", "UZB"], kind="visit", date="2025-08-08")]), g, "")
    assert s.interactions.tp == 1 and s.interactions.kind_correct == 0
    assert "PARTIAL" in s.report()


def test_tariff_status_class_and_status_alt():
    g = gold(tariffs=[g_tariff("USA", "JPN", 15, status="announced")])
    s = score(extracted(tariffs=[x_tariff("USA", "JPN", 15, status="proposed")]), g, "")
    assert s.tariffs.tp == 1
    s = score(extracted(tariffs=[x_tariff("USA", "JPN", 15, status="imposed")]), g, "")
    assert (s.tariffs.tp, s.tariffs.fp, s.tariffs.fn) == (0, 1, 1)
    # status_alt widens the accepted classes
    g = gold(tariffs=[g_tariff("USA", "JPN", 24, status="lifted", status_alt=["announced"])])
    s = score(extracted(tariffs=[x_tariff("USA", "JPN", 24, status="threatened")]), g, "")
    assert s.tariffs.tp == 1


def test_tariff_imposer_and_target_must_agree_and_rate_is_checked_after():
    g = gold(tariffs=[g_tariff("USA", "IND", 25)])
    assert score(extracted(tariffs=[x_tariff("IND", "USA", 25)]), g, "").tariffs.tp == 0
    s = score(extracted(tariffs=[x_tariff("USA", "IND", 50)]), g, "")
    assert s.tariffs.tp == 1 and s.tariffs.rate_correct == 0
    s = score(extracted(tariffs=[x_tariff("USA", "IND", "25")]), g, "")
    assert s.tariffs.rate_correct == 1


def test_group_target_matches_by_content_words():
    g = gold(
        tariffs=[
            g_tariff(
                "USA",
                "buyers of Russian oil",
                None,
                status="threatened",
                measure="secondary_tariff",
            )
        ]
    )
    for group in ("countries that buy Russian oil", "buyers of Russian crude oil", "Russian oil"):
        x = extracted(
            tariffs=[
                x_tariff("USA", None, status="threatened", group=group, measure="secondary_tariff")
            ]
        )
        assert score(x, g, "").tariffs.tp == 1, group
    for group in ("Russian banks", None):
        x = extracted(tariffs=[x_tariff("USA", None, status="threatened", group=group)])
        s = score(x, g, "")
        assert (s.tariffs.tp, s.tariffs.fp, s.tariffs.fn) == (0, 1, 1), group
    # a country code is no match for a group target without target_alt ...
    x = extracted(tariffs=[x_tariff("USA", "RUS", status="threatened")])
    assert score(x, g, "").tariffs.tp == 0
    # ... but target_alt adds accepted targets
    g["tariffs"][0]["target_alt"] = "RUS"
    assert score(x, g, "").tariffs.tp == 1


def test_group_target_in_target_field_and_group_target_alt():
    g = gold(
        tariffs=[
            g_tariff(
                "USA", "International Criminal Court", None, measure="sanction", target_alt=["ICC"]
            )
        ]
    )
    x = extracted(tariffs=[x_tariff("USA", "International Criminal Court", measure="sanction")])
    assert score(x, g, "").tariffs.tp == 1
    x = extracted(tariffs=[x_tariff("USA", None, group="ICC officials", measure="sanction")])
    assert score(x, g, "").tariffs.tp == 1
    assert scoring.group_matches("countries aligning with BRICS", "countries aligning with BRICS")
    assert scoring.group_matches("BRICS", "countries aligning with BRICS")
    assert not scoring.group_matches("", "countries aligning with BRICS")


def test_date_range_and_date_approx_acceptance():
    g = gold(
        [
            g_call(
                ["USA", "RUS"],
                status="planned",
                kind="meeting",
                date="2025-08",
                date_range=["2025-08-11", "2025-08-17"],
            )
        ]
    )
    for d, right in [
        ("2025-08", True),
        ("2025-08-13", True),
        ("2025-08-11", True),
        ("2025-08-17", True),
        ("2025-08-20", False),
        ("2025", False),
        (None, False),
    ]:
        s = score(
            extracted([x_call(["USA", "RUS"], status="planned", kind="meeting", date=d)]), g, ""
        )
        assert s.interactions.tp == 1, d
        assert s.interactions.date_correct == int(right), d
    g = gold(
        [g_call(["USA", "GBR"], status="planned", kind="visit", date="2025", date_approx="2025-09")]
    )
    for d, right in [("2025", True), ("2025-09", True), ("2025-09-17", False), ("2025-10", False)]:
        s = score(
            extracted([x_call(["USA", "GBR"], status="planned", kind="visit", date=d)]), g, ""
        )
        assert s.interactions.date_correct == int(right), d
    assert scoring.date_accepted("2025-08-08T10:00:00Z", "2025-08-08")
    assert scoring.date_accepted("2025-12", None, ["2025-12-01", "2025-12-31"])
    assert not scoring.date_accepted("2025-12", None, ["2025-12-01", "2025-12-30"])


def test_null_gold_date_only_accepts_null():
    g = gold([g_call(["RUS", "USA"], kind="meeting", date=None)])
    s = score(extracted([x_call(["RUS", "USA"], kind="meeting", date=None)]), g, "")
    assert s.interactions.date_correct == 1
    s = score(extracted([x_call(["RUS", "USA"], kind="meeting", date="2025-08-06")]), g, "")
    assert s.interactions.tp == 1 and s.interactions.date_correct == 0


def test_deadline_matches_on_due_range_and_due_approx():
    g = gold(
        deadlines=[
            {
                "label": "pause ends",
                "due": "2025-03-05",
                "due_range": ["2025-03-03", "2025-03-05"],
                "setter": "USA",
                "evidence": "x",
            }
        ]
    )
    for due, tp in [
        ("2025-03-05", 1),
        ("2025-03-04", 1),
        ("2025-03-03", 1),
        ("2025-03-06", 0),
        ("2025-03", 0),
        (None, 0),
    ]:
        s = score(extracted(deadlines=[{"due": due, "evidence": ev("x")}]), g, "")
        assert s.deadlines.tp == tp, due
        assert s.deadlines.fp == 1 - tp and s.deadlines.fn == 1 - tp
    g = gold(
        deadlines=[
            {"label": "state visit", "due": "2025", "due_approx": "2025-09", "evidence": "x"}
        ]
    )
    assert score(extracted(deadlines=[{"due": "2025-09"}]), g, "").deadlines.tp == 1
    assert score(extracted(deadlines=[{"due": "2025-10"}]), g, "").deadlines.tp == 0


def test_duplicates_count_as_false_positives():
    g = gold(
        [g_call(["RUS", "BLR"], date="2025-08-08")],
        [g_tariff("USA", "IND", 25)],
        [{"label": "d", "due": "2025-08-08", "evidence": "x"}],
    )
    x = extracted(
        [x_call(["RUS", "BLR"], date="2025-08-08")] * 3,
        [x_tariff("USA", "IND", 25)] * 2,
        [{"due": "2025-08-08", "evidence": ev("x")}] * 2,
    )
    s = score(x, g, "")
    assert (s.interactions.tp, s.interactions.fp, s.interactions.fn) == (1, 2, 0)
    assert (s.tariffs.tp, s.tariffs.fp) == (1, 1)
    assert (s.deadlines.tp, s.deadlines.fp) == (1, 1)
    assert s.interactions.precision == pytest.approx(1 / 3)
    assert s.interactions.f1 == pytest.approx(0.5)


def test_greedy_matching_takes_the_best_pair_first():
    # two gold calls between the same countries on different days: each extracted call
    # must go to the gold call with its date, whatever the order
    g = gold([g_call(["MEX", "USA"], date="2025-03-03"), g_call(["MEX", "USA"], date="2025-10-27")])
    x = extracted(
        [x_call(["USA", "MEX"], date="2025-10-27"), x_call(["USA", "MEX"], date="2025-03-03")]
    )
    s = score(x, g, "")
    assert s.interactions.tp == 2 and s.interactions.date_correct == 2
    # a single extracted tariff goes to the gold fact with the same rate
    g = gold(tariffs=[g_tariff("USA", "JPN", 25, scope="cars"), g_tariff("USA", "JPN", 50)])
    s = score(extracted(tariffs=[x_tariff("USA", "JPN", 50)]), g, "")
    assert s.tariffs.tp == 1 and s.tariffs.rate_correct == 1
    assert s.tariffs.misses[0].fact["rate_pct"] == 25


def test_evidence_breaks_ties_between_equal_candidates():
    text = "Trudeau spoke twice with Trump. Sheinbaum spoke with Trump on Monday."
    g = gold(
        [
            g_call(["CAN", "USA"], evidence="Trudeau spoke twice with Trump."),
            g_call(["CAN", "USA"], evidence="Sheinbaum spoke with Trump on Monday."),
        ]
    )
    x = extracted([x_call(["CAN", "USA"], sentence="Sheinbaum spoke with Trump on Monday.")])
    s = score(x, g, text)
    assert s.interactions.matches[0].gold_index == 1


def test_trap_flagging_collapses_whitespace():
    negative = (
        "The two leaders have not met in person since Trump returned to the White House in January."
    )
    g = gold(
        [g_call(["CHN", "RUS"], date="2025-08-08")],
        negatives=[
            {"text": negative, "reason": "negated meeting"},
            {"text": "Guo Jiakun said in a statement", "reason": "statement"},
        ],
    )
    spaced = (
        "Analysts noted that The two  leaders have not met\n"
        "in person since Trump returned to the White House in January."
    )
    x = extracted(
        [
            x_call(["USA", "RUS"], kind="meeting", sentence=spaced),
            x_call(["CHN", "USA"], sentence="Xi spoke to Biden last year."),
        ]
    )
    s = score(x, g, "")
    fps = s.interactions.false_positives
    assert len(fps) == 2 and s.interactions.fn == 1
    assert (
        fps[0].trap and fps[0].negative == negative and fps[0].negative_reason == "negated meeting"
    )
    assert not fps[1].trap
    assert s.interactions.traps == 1
    report = s.report()
    assert "FP TRAP" in report and "MISS" in report and "negated meeting" in report


def test_trap_flagging_uses_text_span_when_sentence_missing():
    text = "Intro. Lula ruled out calling Trump for now. Outro."
    start = text.index("Lula")
    g = gold(negatives=[{"text": "Lula ruled out calling Trump for now.", "reason": "ruled out"}])
    x = extracted(
        [
            {
                "kind": "call",
                "status": "planned",
                "date": None,
                "participants": [
                    {"name": "Lula", "country": "BRA"},
                    {"name": "Trump", "country": "USA"},
                ],
                "evidence": [{"start": start, "end": text.index(" Outro")}],
            }
        ]
    )
    s = score(x, g, text)
    assert s.interactions.fp == 1 and s.interactions.false_positives[0].trap


def test_seed_style_negatives_and_optional_interactions(tmp_path):
    seed = {
        "interactions": [g_call(["CHN", "RUS"], date="2025-08-08")],
        "tariffs": [],
        "deadlines": [],
        "negatives": [{"evidence": "Get all your news in one place.", "why": "page chrome"}],
        "optional_interactions": [
            {
                "why": "undated",
                "evidence": "The call between Xi and Putin was their second in two months.",
            }
        ],
    }
    p = tmp_path / "seed.gold.json"
    p.write_text(json.dumps(seed), encoding="utf-8")
    g = load_gold(p)
    assert g["negatives"] == [{"text": "Get all your news in one place.", "reason": "page chrome"}]
    x = extracted(
        [
            x_call(["CHN", "RUS"], date="2025-08-08"),
            x_call(
                ["CHN", "RUS"],
                date="2025-06",
                sentence="The call between Xi and Putin was their second in two months.",
            ),
            x_call(["USA", "RUS"], sentence="Get all your news in one place."),
        ]
    )
    s = score(x, g, "")
    assert (s.interactions.tp, s.interactions.fp, s.interactions.ignored) == (1, 1, 1)
    assert s.interactions.false_positives[0].trap


def test_score_combine_report_and_dict():
    g = gold([g_call(["FRA", "IND"], date="2025-09-10")])
    a = score(extracted([x_call(["FRA", "IND"], date="2025-09-10")]), g, "", label="a")
    b = score(
        extracted([x_call(["FRA", "IND"], date="2025-09-11"), x_call(["FRA", "DEU"])]),
        g,
        "",
        label="b",
    )
    c = Score.combine([a, b])
    assert (c.interactions.tp, c.interactions.fp, c.interactions.fn) == (2, 1, 0)
    assert c.interactions.date_correct == 1 and c.interactions.date_accuracy == 0.5
    assert c.as_dict()["interactions"]["tp"] == 2
    text = b.report()
    assert text.startswith("== b") and "interactions" in text and "PARTIAL" in text
    assert "2025-09-11" in text


# --------------------------------------------------------------------------- test articles

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE = re.compile(r"^(?:[A-Z]{3}|EU)$")
INTERACTION_KINDS = {"call", "meeting", "talks", "visit"}
INTERACTION_STATUSES = {"occurred", "planned", "expected", "cancelled"}
MEASURES = {"tariff", "secondary_tariff", "sanction"}
TARIFF_STATUSES = {"imposed", "threatened", "announced", "proposed", "lifted"}


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _article_paths() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))


def _gold_path(article: Path) -> Path:
    return article.with_name(article.stem + ".gold.json")


def _published(article: Path) -> str | None:
    if article.suffix == ".html":
        m = re.search(
            r'<meta property="article:published_time" content="([^"]+)"',
            article.read_text(encoding="utf-8"),
        )
        return m.group(1)[:10] if m else None
    meta = json.loads(article.with_name(article.stem + ".meta.json").read_text(encoding="utf-8"))
    return meta["published"]


def test_article_set_shape():
    articles = _article_paths()
    assert len(articles) == 16
    html = [a for a in articles if a.suffix == ".html"]
    assert len(html) == 1
    assert not html[0].with_name(html[0].stem + ".meta.json").exists()
    raw = html[0].read_text(encoding="utf-8")
    for tag in ("<script", "<nav", "<footer", "<article>", 'property="article:published_time"'):
        assert tag in raw
    for a in articles:
        assert _gold_path(a).exists(), a.name
        if a.suffix == ".txt":
            meta = json.loads(a.with_name(a.stem + ".meta.json").read_text(encoding="utf-8"))
            assert set(meta) == {"title", "source", "url", "published"}, a.name
            text = a.read_text(encoding="utf-8")
            assert text.split("\n")[0] == meta["title"]
            assert text.split("\n")[1] == "", "headline, then a blank line"
            assert 150 <= len(text.split()) <= 450, a.name
    published = [_published(a) for a in articles]
    assert sum(p is None for p in published) == 2
    for p in filter(None, published):
        assert ISO.match(p) and len(p) == 10 and "2024" <= p[:4] <= "2026"


@pytest.mark.parametrize("article", _article_paths(), ids=lambda p: p.name)
def test_gold_evidence_is_verbatim_in_article(article):
    haystack = _collapse(article.read_text(encoding="utf-8"))
    g = load_gold(_gold_path(article))
    for kind in scoring.KINDS:
        for fact in g[kind]:
            assert _collapse(fact["evidence"]) in haystack, (kind, fact["evidence"])
    assert g["negatives"], "every article has traps"
    for neg in g["negatives"]:
        assert _collapse(neg["text"]) in haystack, neg["text"]
        assert neg["reason"]


@pytest.mark.parametrize("article", _article_paths(), ids=lambda p: p.name)
def test_gold_follows_the_schema(article):
    raw = json.loads(_gold_path(article).read_text(encoding="utf-8"))
    assert set(raw) == {"interactions", "tariffs", "deadlines", "negatives"}
    published = _published(article)

    def check_date(value, rng=None, approx=None):
        assert value is None or ISO.match(value), value
        if rng is not None:
            assert len(rng) == 2 and all(ISO.match(r) for r in rng) and rng[0] <= rng[1]
        if approx is not None:
            assert ISO.match(approx)

    for f in raw["interactions"]:
        assert f["kind"] in INTERACTION_KINDS
        assert f["status"] in INTERACTION_STATUSES
        assert set(f.get("status_alt", [])) <= INTERACTION_STATUSES
        assert set(f.get("kind_alt", [])) <= INTERACTION_KINDS
        assert len(f["participants"]) >= 2 and len(set(f["participants"])) == len(f["participants"])
        assert all(CODE.match(c) for c in f["participants"])
        assert isinstance(f["leaders"], list)
        check_date(f["date"], f.get("date_range"), f.get("date_approx"))
    for f in raw["tariffs"]:
        assert f["measure"] in MEASURES
        assert f["status"] in TARIFF_STATUSES
        assert set(f.get("status_alt", [])) <= TARIFF_STATUSES
        assert CODE.match(f["imposer"])
        assert f["target"]
        assert f["rate_pct"] is None or isinstance(f["rate_pct"], (int, float))
        check_date(f.get("date"))
    for f in raw["deadlines"]:
        assert f["label"]
        assert f["due"] is not None, "a deadline without a date is not a fact"
        check_date(f["due"], f.get("due_range"), f.get("due_approx"))
        assert f["setter"] is None or CODE.match(f["setter"])
    if published is None:
        # undated: no date resolved from a relative expression; explicit dates carry a year
        text = article.read_text(encoding="utf-8")
        for f in raw["interactions"]:
            if f["date"]:
                assert f["date"][:4] in text, f
        for f in raw["deadlines"]:
            assert f["due"][:4] in text, f


@pytest.mark.parametrize("article", _article_paths(), ids=lambda p: p.name)
def test_gold_scores_perfectly_against_itself(article):
    text = article.read_text(encoding="utf-8")
    g = load_gold(_gold_path(article))
    s = score(scoring.gold_as_extracted(g, text), g, text)
    for k in s.kinds():
        assert (k.fp, k.fn) == (0, 0), (k.name, s.report())
        assert k.date_correct == k.date_checked
    assert s.interactions.kind_correct == len(g["interactions"])
    assert s.tariffs.rate_correct == len(g["tariffs"])


def _shared_golds() -> list[Path]:
    return sorted(
        [*(SHARED / "devset").glob("*.gold.json"), *(SHARED / "seeds").glob("*.gold.json")]
    )


@pytest.mark.devset
@pytest.mark.skipif(not _shared_golds(), reason="../shared/devset and ../shared/seeds are absent")
@pytest.mark.parametrize("path", _shared_golds(), ids=lambda p: p.name)
def test_shared_gold_loads_and_scores_perfectly_against_itself(path):
    text_path = path.with_name(path.name.replace(".gold.json", ".txt"))
    text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
    g = load_gold(path)
    assert all(set(n) == {"text", "reason"} for n in g["negatives"])
    s = score(scoring.gold_as_extracted(g, text), g, text)
    assert s.total.f1 == 1.0, s.report()


def test_evidence_spans_break_ties_when_no_sentence_is_given():
    text = "Trudeau spoke twice with Trump. Sheinbaum spoke with Trump on Monday."
    second = text.index("Sheinbaum")
    g = gold(
        [
            g_call(["MEX", "USA"], evidence="Trudeau spoke twice with Trump."),
            g_call(["MEX", "USA"], evidence="Sheinbaum  spoke with Trump on Monday."),
        ]
    )
    x = extracted(
        [
            {
                "kind": "call",
                "status": "occurred",
                "date": None,
                "participants": [{"country": "USA"}, {"country": "MEX"}],
                "evidence": [{"start": second, "end": len(text)}],
            }
        ]
    )
    s = score(x, g, text)
    assert s.interactions.matches[0].gold_index == 1
