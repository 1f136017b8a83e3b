"""Days for acts a report tells without naming one: the day the report last named.

News copy names a day once ("On Saturday the G20 leaders gathered in Johannesburg") and then
tells what followed without repeating it ("Earlier, Modi met Albanese"). An event told as past,
or a measure announced, threatened or lifted, in a sentence that names no date at all takes
that day (see ``ArticleContext.story_day`` for which sentences may give it). Applied after
merging, so that a twin's own date always wins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analyst.extract.context import ArticleContext
from analyst.extract.quick import word_start_first
from analyst.model import Interaction, Tariff

# A measure put in place by the act the sentence tells ("Petro hit back, instructing his trade
# minister to raise duties by 25%"), not one that is merely in force.
_IMPOSED_NOW = re.compile(
    r"\b(?:raised|imposed|slapped|levied|hit\s+back|ordered|introduced|adopted|placed|"
    r"instruct(?:ed|ing)|doubled|tripled|hiked|increased|added|blacklisted|retaliated|"
    # (not "a U.S.-designated terrorist group": a word of a name, no act)
    r"(?<!-)sanctioned|(?<!-)designated|froze)\b"
)
_IN_FORCE = re.compile(r"\b(?:remains?|still|currently|in\s+place|in\s+force|since)\b")
# Told in the present perfect ("Trump has also threatened secondary tariffs on ..."), an act is
# background, not the day's news.
_BACKGROUND = word_start_first(
    re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+|repeatedly\s+)?\w+ed\b")
)


def measure_dated_by_the_story(ctx: ArticleContext, t: Tariff) -> Tariff:
    """A measure announced, threatened, proposed or lifted in a sentence that names no day
    was so on the day the report last named ("On Sunday Trump ordered 25% tariffs ... He also
    ordered a travel ban"); one in force is a state, not an act, and keeps no date."""
    if t.date is not None:
        return t
    if t.status == "imposed" and not any(
        _IMPOSED_NOW.search(e.sentence) and not _IN_FORCE.search(e.sentence) for e in t.evidence
    ):
        return t  # "Canada remains subject to a 25% tariff": a state, not an act
    if any(_BACKGROUND.search(e.sentence) for e in t.evidence):
        return t
    day = ctx.story_day(t.evidence, of_measures=True)
    return t if day is None else replace(t, date=day)


def event_dated_by_the_story(ctx: ArticleContext, item: Interaction) -> Interaction:
    """An event the report tells as past without naming any day took place on the day it last
    named (merged first, so that a twin's own date wins)."""
    if item.date is not None or item.status != "occurred":
        return item
    day = ctx.story_day(item.evidence)
    if day is None:
        return item
    return replace(item, date=day)
