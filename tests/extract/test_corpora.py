"""Scores on whole articles with gold facts: the development set and our own articles.

The floors guard against regressions; the goal for unseen articles is F1 0.85 per kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import scoring
from conftest import REPO, SHARED

from extract.helpers import facts_of_file

OWN = REPO / "tests" / "data" / "articles"
HOLDOUT = REPO / "tests" / "data" / "holdout"
HOLDOUT2 = REPO / "tests" / "data" / "holdout2"
HOLDOUT3 = REPO / "tests" / "data" / "holdout3"
HOLDOUT4 = REPO / "tests" / "data" / "holdout4"
HOLDOUT5 = REPO / "tests" / "data" / "holdout5"
HOLDOUT6 = REPO / "tests" / "data" / "holdout6"
HOLDOUT7 = REPO / "tests" / "data" / "holdout7"
HOLDOUT8 = REPO / "tests" / "data" / "holdout8"
HOLDOUT9 = REPO / "tests" / "data" / "holdout9"
HOLDOUT10 = REPO / "tests" / "data" / "holdout10"
HOLDOUT11 = REPO / "tests" / "data" / "holdout11"
HOLDOUT12 = REPO / "tests" / "data" / "holdout12"
HOLDOUT13 = REPO / "tests" / "data" / "holdout13"
HOLDOUT14 = REPO / "tests" / "data" / "holdout14"
HOLDOUT15 = REPO / "tests" / "data" / "holdout15"
HOLDOUT16 = REPO / "tests" / "data" / "holdout16"
HOLDOUT17 = REPO / "tests" / "data" / "holdout17"
HOLDOUT18 = REPO / "tests" / "data" / "holdout18"
HOLDOUT19 = REPO / "tests" / "data" / "holdout19"
HOLDOUT20 = REPO / "tests" / "data" / "holdout20"
HOLDOUT21 = REPO / "tests" / "data" / "holdout21"
HOLDOUT22 = REPO / "tests" / "data" / "holdout22"
HOLDOUT23 = REPO / "tests" / "data" / "holdout23"
HOLDOUT24 = REPO / "tests" / "data" / "holdout24"
HOLDOUT25 = REPO / "tests" / "data" / "holdout25"
HOLDOUT26 = REPO / "tests" / "data" / "holdout26"
HOLDOUT27 = REPO / "tests" / "data" / "holdout27"
HOLDOUT28 = REPO / "tests" / "data" / "holdout28"
HOLDOUT29 = REPO / "tests" / "data" / "holdout29"
HOLDOUT30 = REPO / "tests" / "data" / "holdout30"
HOLDOUT31 = REPO / "tests" / "data" / "holdout31"


def _score(folder: Path) -> scoring.Score:
    total = scoring.Score()
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.html")]):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        facts, text = facts_of_file(path)
        result = scoring.score(facts.to_json(), scoring.load_gold(gold_path), text, label=path.name)
        for kind in scoring.KINDS:
            total[kind].__iadd__(result[kind])
    return total


@pytest.mark.devset
def test_devset_scores():
    folder = SHARED / "devset"
    if not folder.exists():
        pytest.skip("no ../shared/devset here")
    total = _score(folder)
    assert total["interactions"].f1 >= 0.85, total.report()
    assert total["tariffs"].f1 >= 0.85, total.report()
    assert total["deadlines"].f1 >= 0.90, total.report()
    assert total["interactions"].date_accuracy >= 0.85


def test_own_articles_do_not_regress():
    total = _score(OWN)
    assert total["interactions"].f1 >= 0.89, total.report()
    assert total["tariffs"].f1 >= 0.90, total.report()
    assert total["deadlines"].f1 >= 0.94, total.report()
    assert total["interactions"].precision >= 0.90


def test_holdout_articles_do_not_regress():
    """Articles written without sight of the code (half of them since studied for errors)."""
    total = _score(HOLDOUT)
    assert total["interactions"].f1 >= 0.88, total.report()
    assert total["tariffs"].f1 >= 0.83, total.report()
    assert total["deadlines"].f1 >= 0.92, total.report()
    assert total["interactions"].date_accuracy >= 0.82


def test_second_holdout_does_not_regress():
    """A second annotator's hard set; its last seven articles have never been studied."""
    total = _score(HOLDOUT2)
    assert total["interactions"].f1 >= 0.74, total.report()
    assert total["tariffs"].f1 >= 0.64, total.report()
    assert total["deadlines"].f1 >= 0.74, total.report()


def test_third_holdout_does_not_regress():
    """Ordinary wire and newspaper copy by a third annotator, studied for error types."""
    total = _score(HOLDOUT3)
    assert total["interactions"].f1 >= 0.92, total.report()
    assert total["tariffs"].f1 >= 0.82, total.report()
    assert total["deadlines"].f1 >= 0.86, total.report()
    assert total["interactions"].date_accuracy >= 0.85


def test_fourth_holdout_does_not_regress():
    """Twenty articles in unusual formats by a fourth annotator; the second, fourth, ...
    twentieth in name order have never been studied (see its README). A blind first score of
    the whole set: 0.60 / 0.27 / 0.42."""
    total = _score(HOLDOUT4)
    assert total["interactions"].f1 >= 0.81, total.report()
    assert total["tariffs"].f1 >= 0.63, total.report()
    assert total["deadlines"].f1 >= 0.73, total.report()


def test_fifth_holdout_does_not_regress():
    """Twenty mainstream news articles by a fifth annotator; the second, fourth, ... twentieth
    in name order have never been studied (see its README). A blind first score of the whole
    set: 0.70 / 0.53 / 0.59."""
    total = _score(HOLDOUT5)
    assert total["interactions"].f1 >= 0.80, total.report()
    assert total["tariffs"].f1 >= 0.71, total.report()
    assert total["deadlines"].f1 >= 0.77, total.report()


def test_sixth_holdout_does_not_regress():
    """Twenty more mainstream news articles by a sixth annotator, the second, fourth, ...
    twentieth in name order never studied (see its README). A blind first score of the whole
    set: 0.72 / 0.65 / 0.64."""
    total = _score(HOLDOUT6)
    assert total["interactions"].f1 >= 0.76, total.report()
    assert total["tariffs"].f1 >= 0.71, total.report()
    assert total["deadlines"].f1 >= 0.72, total.report()


def test_seventh_holdout_does_not_regress():
    """Sixteen mainstream news articles by a seventh annotator; the second, fourth, ...
    sixteenth in name order have never been studied (see its README). A blind first score of
    the whole set: 0.72 / 0.44 / 0.70."""
    total = _score(HOLDOUT7)
    assert total["interactions"].f1 >= 0.73, total.report()
    assert total["tariffs"].f1 >= 0.59, total.report()
    assert total["deadlines"].f1 >= 0.71, total.report()


def test_eighth_holdout_does_not_regress():
    """Sixteen mainstream news articles by an eighth annotator; the second, fourth, ...
    sixteenth in name order have never been studied (see its README). A blind first score of
    the whole set: 0.74 / 0.63 / 0.65."""
    total = _score(HOLDOUT8)
    assert total["interactions"].f1 >= 0.72, total.report()
    assert total["tariffs"].f1 >= 0.61, total.report()
    assert total["deadlines"].f1 >= 0.63, total.report()


def test_ninth_holdout_does_not_regress():
    """Twelve mainstream news articles by a ninth annotator; the second, fourth, ... twelfth
    in name order have never been studied (see its README). A blind first score of the whole
    set: 0.74 / 0.56 / 0.56."""
    total = _score(HOLDOUT9)
    assert total["interactions"].f1 >= 0.78, total.report()
    assert total["tariffs"].f1 >= 0.54, total.report()
    assert total["deadlines"].f1 >= 0.69, total.report()


def test_tenth_holdout_does_not_regress():
    """Twelve more mainstream articles by a tenth annotator; the second, fourth, ... twelfth
    in name order have never been studied (see its README). A blind first score of the whole
    set: 0.76 / 0.53 / 0.44."""
    total = _score(HOLDOUT10)
    assert total["interactions"].f1 >= 0.75, total.report()
    assert total["tariffs"].f1 >= 0.53, total.report()
    assert total["deadlines"].f1 >= 0.56, total.report()


def test_eleventh_holdout_does_not_regress():
    """Twelve mainstream articles by an eleventh annotator, mostly outside the US; the
    second, fourth, ... twelfth in name order have never been studied (see its README). A
    blind first score of the whole set: 0.76 / 0.71 / 0.71."""
    total = _score(HOLDOUT11)
    assert total["interactions"].f1 >= 0.83, total.report()
    assert total["tariffs"].f1 >= 0.75, total.report()
    assert total["deadlines"].f1 >= 0.85, total.report()


def test_twelfth_holdout_does_not_regress():
    """Twelve mainstream articles by a twelfth annotator, two thirds of them on tariffs and
    sanctions; the second, fourth, ... twelfth in name order have never been studied (see its
    README). A blind first score of the whole set: 0.72 / 0.49 / 0.55."""
    total = _score(HOLDOUT12)
    assert total["interactions"].f1 >= 0.74, total.report()
    assert total["tariffs"].f1 >= 0.57, total.report()
    assert total["deadlines"].f1 >= 0.67, total.report()


# Sets of twelve written blind (see each README for its first score); their floors sit a little
# under the score once their errors were studied.
@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        (HOLDOUT13, (0.88, 0.79, 0.81)),
        (HOLDOUT14, (0.82, 0.86, 0.80)),
        (HOLDOUT15, (0.78, 0.58, 0.65)),
        (HOLDOUT16, (0.83, 0.64, 0.55)),
        (HOLDOUT17, (0.75, 0.74, 0.80)),
        # studied one round later (see their READMEs)
        (HOLDOUT18, (0.79, 0.86, 0.86)),
        (HOLDOUT20, (0.87, 0.89, 0.81)),
        (HOLDOUT22, (0.85, 0.68, 0.82)),
        (HOLDOUT25, (0.74, 0.63, 0.62)),
        (HOLDOUT27, (0.79, 0.62, 0.66)),
    ],
    ids=["13", "14", "15", "16", "17", "18", "20", "22", "25", "27"],
)
def test_the_studied_blind_sets_do_not_regress(folder, floors):
    total = _score(folder)
    for kind, floor in zip(scoring.KINDS, floors, strict=True):
        assert total[kind].f1 >= floor, total.report()


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        (HOLDOUT19, (0.89, 0.68, 0.70)),
        (HOLDOUT21, (0.75, 0.64, 0.72)),
        (HOLDOUT23, (0.84, 0.60, 0.55)),
        (HOLDOUT24, (0.75, 0.62, 0.71)),
        (HOLDOUT26, (0.76, 0.43, 0.60)),
        (HOLDOUT28, (0.76, 0.47, 0.40)),
        (HOLDOUT29, (0.68, 0.72, 0.63)),
        # first scored with the code at the start of the round it was written in: 0.79 / 0.67 / 0.73
        (HOLDOUT30, (0.75, 0.62, 0.68)),
        # first scored with the code at the start of the round it was written in: 0.77 / 0.65 / 0.74
        (HOLDOUT31, (0.72, 0.60, 0.69)),
    ],
    ids=["19", "21", "23", "24", "26", "28", "29", "30", "31"],
)
def test_the_never_read_sets_do_not_regress(folder, floors):
    """Scored only, never read (see each README): a floor, not a target to tune to."""
    total = _score(folder)
    for kind, floor in zip(scoring.KINDS, floors, strict=True):
        assert total[kind].f1 >= floor, total.report()
