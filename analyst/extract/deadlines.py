"""Deadlines and scheduled dates: ultimatums, pauses that end, tariffs that start, planned events.

Rules:
- An ultimatum opens a deadline (setter: who issued it; subject: who must act). Its due
  date is the one a later sentence gives ("the Aug. 8 deadline", "the deadline expired on
  Friday"), else the one it implies ("within 10 days" of the day it was issued).
- A pause, suspension or truce ends on the date after "until"/"to", or after its length
  ("a 30-day pause" agreed on Monday ends 30 days after Monday).
- A tariff that starts on a date ("starting Aug. 1", "scheduled to start at midnight
  Tuesday") is a deadline of its imposer.
- A planned or expected interaction with a date is a deadline too, so it can be counted down.
- Within an article, deadlines of one kind whose dates agree (overlap, or within three days)
  are one deadline; the most precise date wins, and a stated date wins over a derived one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from analyst.extract import clauses
from analyst.extract.context import (
    BLOCS,
    COUNTRY_FORMS,
    ArticleContext,
    SentenceInfo,
    countries_listed_from,
)
from analyst.extract.dates import MONTHS, DateMention, find_durations
from analyst.extract.gazetteer import CITY, DEMONYM, NAME
from analyst.extract.mentions import GROUP, PERSON, ROLE
from analyst.extract.quick import UnionGate, gated, word_start_first
from analyst.extract.tariffs import WILL_ACT, TariffCandidate, treasury_state
from analyst.model import Evidence, FuzzyDate

_ULTIMATUM = gated(re.compile(r"\bultimatum\b", re.IGNORECASE))
# A trade remedy's determination told due ("with preliminary determinations due by Aug. 4")
_DETERMINATION_DUE = (
    r"\b(?P<what2>(?:preliminary\s+|final\s+)?determination)s?\s+(?:is\s+|are\s+)?due"
)
_DEADLINE = gated(
    re.compile(
        r"\bdeadline\b"
        # "pushing the date for a final determination from Sept. 9 to March 9"
        r"|\bdate\s+for\s+(?:a\s+|the\s+)?(?:final\s+)?(?:determination|ruling|decision)\b"
        # "with preliminary determinations due by Aug. 4", "A final determination is due around"
        r"|" + _DETERMINATION_DUE + r"\s+(?:by|on|around|in)\b"
        # "the pulling back of troops would be completed by Oct. 29"
        r"|\b(?:be\s+completed|be\s+concluded|be\s+finali[sz]ed)\s+by\b"
        # "is taking public comments until August 18": a comment period's end
        r"|(?<!stopped\s)(?<!stop\s)\b(?:taking|accepting|inviting|seeking|receiving)\s+"
        r"(?:public\s+|written\s+)?comments\s+(?:until|through|by)"
        r"(?=\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+end\s+of|mid-?))",
        re.IGNORECASE,
    )
)
_EXPIRED = gated(re.compile(r"\b(?:expired|passed|lapsed|missed|ended|ran\s+out)\b", re.IGNORECASE))
_PAUSE = gated(
    re.compile(
        r"\b(?:pause|paused|pausing|suspen(?:sion|ded|ding|d)|truce|postpone[sd]?|delay(?:ed)?|"
        r"extend(?:s|ed|ing)?|extension|reprieve|moratorium|ceasefire|on\s+hold|hold(?:ing)?\s+off|"
        # ("lowered the tariffs on most countries to a 10% baseline for 90 days": a cut that ends)
        r"(?:lowered|cut|reduced)\s+(?:[^.;]|(?<=[A-Z])\.){3,80}?\s+for\s+\S+\s+(?:days|weeks|months))\b",
        re.IGNORECASE,
    )
)
# "the trade truce", "the tariff truce" (a "30-day truce in the air" is a ceasefire)
_TRADE_TRUCE = gated(re.compile(r"\b(?:trade|tariff|commercial)\s+truce\b", re.IGNORECASE))
_UNTIL = re.compile(
    r"\b(?:until|till|to|through|expires?\s+on|ends?\s+on|closes?\s+on|runs?\s+out\s+on|lapses?\s+on)\s+$",
    re.IGNORECASE,
)
_SUPERSEDED = gated(
    re.compile(
        r"\b(?:was|were|had\s+been)\s+(?:due|set|scheduled|expected)\s+to\s+(?:expire|end|lapse|"
        r"run\s+out)\s+(?:on\s+|at\s+midnight\s+on\s+)?$",
        re.IGNORECASE,
    )
)
# Extended to a new day: "was extended to Nov. 10" (not "would likely be extended")
_EXTENDED_AFTER = gated(
    re.compile(
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:extended|renewed|prolonged|pushed\s+back|"
        r"rolled\s+over)\s+(?:[\w.]+\s+){0,3}?(?:to|until|till|through)\b",
        re.IGNORECASE,
    )
)
# The first three letters of every month's name.
_MONTH_START = "|".join(sorted({name[:3] for name in MONTHS}))
_START = gated(
    re.compile(
        # ("will start charging 25 percent tariffs on ... on Friday", "begin collecting")
        r"\b(?:starting|start(?:s|ed)?\s+(?:on|at)|(?<=will\s)(?:start|begin)\s+(?:charging|collecting|"
        r"imposing|applying|levying)|take(?:s)?\s+effect|taking\s+effect|effective|"
        r"due\s+to\s+(?:hit|start|begin|apply|kick\s+in)|"
        # "The new rate applies to cars entering the country from Oct. 1" (a day, not an origin)
        r"appl(?:y|ies)\s+(?:to\s+[^,;.]{0,60}?\s+)?from"
        rf"(?=\s+(?:\d|(?:{_MONTH_START})[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|tomorrow))|"
        r"go(?:es)?\s+into\s+effect|(?:come|comes|enter|enters)\s+into\s+force|kick(?:s)?\s+in|"
        r"implementation\s+of)\b",
        re.IGNORECASE,
    )
)
# The measure itself due, or back: "a matching duty on engines and other key parts is due to
# follow no later than 3 May", "a further levy on car parts is due by 3 May", "The suspended
# 25% duties on bourbon will automatically return on April 1" (not "Canada's response to the
# tariffs is due by Friday", "Trump will return to Washington after the tariffs rose")
_MEASURE_DUE = gated(
    re.compile(
        r"\b(?:tariffs?|duty|duties|levy|levies|surcharges?|countermeasures)\s+(?:on|against|for)\s+"
        r"(?:[^.;]|" + clauses.ABBREVIATION_STOP + r"){1,80}?\s+"
        r"(?:(?:is|are)\s+due\s+(?:by|on|to\s+follow)\b|"
        r"(?P<again>will\s+(?:automatically\s+)?(?:return|snap\s+back)(?!\s+to\b)|"
        r"will\s+be\s+(?:reinstated|reimposed)))",
        re.IGNORECASE,
    )
)
# "The tariffs are set to rise to 50% on Aug. 27", "The 25% duty will double to 50 percent":
# the measure itself rises ("Car prices are set to rise as tariffs bite" is no start).
_RATE_RISES = gated(
    re.compile(
        r"\b(?:tariffs?|duty|duties|levies|levy|rates?)\b(?:\s+[\w%.,-]+){0,6}?\s+"
        r"(?:(?:(?:is|are)\s+)?(?:set|due|scheduled)\s+to\s+(?:rise|increase|climb|jump|double|go\s+up)"
        r"|(?:will|would)\s+(?:rise|increase|climb|jump|double|fall|drop|decrease|come\s+down)\s+to"
        # ("The tariff on Japanese cars falls to 15% on Sept. 16": a step told as timetabled)
        r"|(?:rises|increases|climbs|jumps|doubles|falls|drops|decreases|comes\s+down)\s+to"
        r"(?=\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:on|from)\s+"
        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+[A-Z]|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
        # "the duty will be set at 0% on Jan. 1, then rise to 10% on Jan. 1, 2027"
        r"|(?:will|would)\s+(?:be\s+set|start|begin)\s+at(?=\s+\d))\b",
        re.IGNORECASE,
    )
)
# "had been set to take effect", "was originally due to start": a day given up
# "The summit had originally been planned for April 9 but was pushed back by a week": a day
# given up for another
_ONCE_PLANNED = gated(
    re.compile(
        r"\b(?:had\s+(?:originally\s+|initially\s+)?been|(?:was|were)\s+(?:originally|initially))\s+"
        r"(?:planned|scheduled|set|due|expected)\s+(?:for|on)\s+$",
        re.IGNORECASE,
    )
)
_MOVED_OFF = re.compile(
    r"[^.;]{0,30}?\b(?:but|and)\s+(?:was|were|has\s+been|had\s+been)\s+(?:pushed\s+back|postponed|"
    r"delayed|moved|brought\s+forward|rescheduled)\b",
    re.IGNORECASE,
)
# "the tariffs it imposed on U.S. farm goods in March": the day of a past act, told after it
_PAST_ACT_TOLD = re.compile(
    # (the day's "in" may be read with it: "in March"; not "imposed ... from Sept. 1", nor
    # "The tariffs imposed on Canada will take effect on Aug. 15", whose day is another verb's)
    r"\b(?:imposed|introduced|levied|slapped|placed|adopted)\s+"
    r"(?:(?!\b(?:will|would|shall|is|are|was|were|takes?|took|comes?|came|enters?|entered|kicks?|"
    r"goes|go|to)\b)(?:[^,;.]|" + clauses.ABBREVIATION_STOP + r")){0,40}?\s+"
    r"(?:(?:in|on|last)\s+)?(?<!from\s)(?<!starting\s)(?<!effective\s)$"
)
# A measure given up before it began: "averting a 30% rate ...", "backed off his threat to"
# (a measure or a threat of one, in the same clause as the day: not "After the two sides
# averted a trade war last year, Trump said the new tariffs will take effect on Aug. 15")
_AVERTED_BEFORE = gated(
    re.compile(
        r"\b(?:avert(?:s|ed|ing)?|head(?:s|ed|ing)?\s+off|stave(?:s|d)?\s+off|staving\s+off|"
        r"back(?:s|ed|ing)?\s+(?:off|away\s+from|down\s+(?:on|from))|"
        r"(?:dropp|abandon|shelv|scrapp)(?:ed|ing))\s+(?:his|her|its|their|the|a|an)?\s*"
        r"(?:[\w%.’'-]+\s+){0,4}?(?:threats?|plans?|tariffs?|duties|levy|levies|rates?|increases?|hikes?)\b"
        r"(?:[^,.;]|" + clauses.ABBREVIATION_STOP + r"){0,120}$",
        re.IGNORECASE,
    )
)
_COMPARED_THREAT_DAY = re.compile(
    clauses.COMPARED_WITH_THE
    + r"(?:[^,.;]|"
    + clauses.ABBREVIATION_STOP
    + r"){0,60}?\bthreatened\s+to\s+impose\s+"
    r"(?:from|on|starting|as\s+of)?\s*$",
    re.IGNORECASE,
)
# ("had failed to head off a 39% tariff", "in a last-ditch bid to avert", "refused to back
# down on": not averted)
_ONLY_TRIED = re.compile(
    r"\b(?:fail(?:ed|s|ing)?\s+to|unable\s+to|refus(?:e|es|ed|ing)\s+to|"
    r"bids?\s+to|attempts?\s+to|tr(?:y|ies|ied|ying)\s+to|hop(?:e|es|ed|ing)\s+to|"
    r"seek(?:s|ing)?\s+to|sought\s+to|aim(?:s|ed|ing)?\s+to|efforts?\s+to)\s+$",
    re.IGNORECASE,
)


def _averted_before(text: str, at: int) -> bool:
    """Whether a measure told before ``at`` was given up before it began (not if the giving up
    is only tried or denied: "won't back down on the 25% tariffs")."""
    averted = _AVERTED_BEFORE.search(text, 0, at)
    if averted is None:
        return False
    before = max(0, averted.start() - 30)
    return not (
        _ONLY_TRIED.search(text, before, averted.start())
        or _NOT_SO.search(text, before, averted.start())
    )


_ONCE_DUE = re.compile(
    r"\b(?:had\s+been|(?:was|were)\s+originally)\s+(?:due|set|scheduled|expected)\s+(?:to\s+"
    r"(?:take\s+effect|start|begin|apply|kick\s+in)\s+(?:on\s+|from\s+)?"
    # ("an increase ..., which had been scheduled for March 1")
    r"|for\s+)$",
    re.IGNORECASE,
)
# "then rise to 10% on": a rate's later step, named just before its day
_STEP = (
    r"\b(?:(?:rises?|rising|increases?|climbs?|goes\s+up|jumps?|falls?|falling|drops?|dropping|"
    r"decreases?|comes\s+down)\s+to\s+[\d.]+\s*(?:%|per\s*cent|percent)"
    # "with a second batch due on May 16 and a third on Dec. 1"
    r"|(?:second|third|fourth|fifth|final|last|next)(?:\s+(?:batch|tranche|set|round|phase|stage|wave|step))?"
    r"(?:\s+(?:is\s+)?due)?)\s+(?:on|from)\s+"
)
_STEP_BEFORE = re.compile(_STEP + "$", re.IGNORECASE)
_STEP_AFTER = gated(re.compile(r"[^.;]*?" + _STEP, re.IGNORECASE))
# "Washington eased sanctions on Venezuela's oil sector for six months": a pause that ends
_SANCTIONS_EASED_FOR = gated(
    re.compile(
        r"\b(?:eased|suspended|paused|waived|relaxed|lifted)\s+(?:[\w'’-]+\s+){0,3}?sanctions\b"
        r"[^.;]*?\bfor\s+(?:another\s+|a\s+further\s+)?\w+\s+(?:days|weeks|months)\b",
        re.IGNORECASE,
    )
)
# (gated: read in the fold, and only where "sanctions" and one of its verbs' words stand)
_SANCTIONS_START = gated(
    re.compile(
        # (not "Sanctions relief for Syria kicks in": their end, told elsewhere)
        r"(?<!lifting\sof\s)(?<!easing\sof\s)\bsanctions\b(?!\s+(?:relief|waivers?|exemptions?)\b)"
        r"[^.;]{0,80}?\b(?:takes?\s+effect|(?:come|comes|enter|enters)\s+into\s+(?:force|"
        r"effect)|go(?:es)?\s+into\s+effect|kicks?\s+in|(?:will|would)\s+apply|"
        # ("The sanctions will return on Sept. 27 unless the Security Council votes ...")
        r"(?:will|would)\s+(?:automatically\s+)?(?:return|snap\s+back)(?!\s+to\b)|"
        r"(?:will|would)\s+be\s+(?:reinstated|reimposed))\b",
        re.IGNORECASE,
    )
)
_TARIFF_WORD = gated(
    re.compile(
        # ("an anti-dumping deposit of 75.8 per cent from Thursday": a duty paid in advance)
        r"\b(?:tariffs?|duty|duties|levy|levies|taxes|surtax(?:es)?|surcharges?|countermeasures|"
        r"(?:anti-dumping|countervailing)\s+deposits?|(?:country|specific|individual|tariff|new|higher|lower|reciprocal|baseline|car|steel)\s+rates?|"
        # "The 39% rate takes effect on Thursday"
        r"(?<=%\s)rates?|(?<=cent\s)rates?)\b",
        re.IGNORECASE,
    )
)
_MEASURE_SUBJECT = re.compile(
    # ("The cuts take effect by May 14", "The first tranche will take effect on April 1", "the
    # rate would take effect on Aug. 1": the measure the sentence before told, by another name)
    r"(?:The|This|That|Its|His|Their|the)\s+(?:executive\s+|first\s+|new\s+|lower\s+|higher\s+)?"
    r"(?P<noun>order|measures?|proclamation|decree|increase|decision|move|cuts?|reductions?|"
    r"rates?|tranche|curbs|penalt(?:y|ies))\b"
)
# ("the rate cut", "the rate decision": another rate's)
_RATE_OF_ANOTHER = re.compile(r"\s+(?:cut|hike|rise|increase|decision|change)s?\b")
_CUTTING = re.compile(
    r"\b(?:cut|cuts|cutting|slash\w*|lower\w*|reduc\w*|halv\w*|fall|falls|drop|drops|eas(?:e|es|ing))\b"
)
# ("Hartarto said the rate would take effect on Aug. 1": the clause told)
_SAID_THAT = re.compile(r"\b(?:said|says)\s+(?:that\s+)?")
_GRACE = gated(
    re.compile(
        r"\b(?:giving|gives|given|allowing|with)\s+(?:\w+\s+){0,2}?\w+\s+(?:days?|weeks?)\s+"
        r"(?:before|until)\s+(?:it|they|the\s+\w+)\s+(?:applies|apply|takes?\s+effect|kicks?\s+in|starts?)"
        # ("The additional levy will take effect 21 days from the order")
        r"|\b(?:takes?|taking)\s+effect\s+\w+\s+(?:days?|weeks?)\s+(?:from|after)\s+(?:the|its|his)\s+"
        r"(?:executive\s+)?(?:order|signing|announcement|decision|proclamation)\b",
        re.IGNORECASE,
    )
)
_FROM_DATE = gated(
    re.compile(
        # ("As of Aug. 20, the tariff will be 50%", "Beginning next month, the rate rises")
        # ("from 1 February": the day before its month)
        r"\b(?:from|as\s+of|beginning)\s+(?=(?:next\s+|\d{1,2}(?:st|nd|rd|th)?\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"january|february|march|april|may|june|july|august|september|october|november|december|"
        r"jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|week|month)\b)",
        re.IGNORECASE,
    )
)
# "Trump wrote on Monday that ...": the day the threat was told, not the day it comes due
# ("said on Monday", and "said Monday" with the preposition left out, as wire copy does)
# (not "On Jan. 1, as agreed in July, Seoul will cut ...": an aside with its own day)
_DEAL_MADE_AFTER = re.compile(
    r"(?<!\bas\s)\b(?:finali[sz]ed|agreed|signed|reached|struck|sealed|clinched|announced|unveiled)\b"
)
_TOLD_ON = re.compile(
    r"\b(?:said|says|wrote|writes|told|announced|posted|warned)\s+(?:[\w.]+\s+){0,5}?(?:(?:on|in)\s+)?$"
)
_NOT_SO = re.compile(r"\b(?:not|no|never)\b|n['’]t\b", re.IGNORECASE)
_A_WEEKDAY = re.compile(r"(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass
class DeadlineCandidate:
    kind: str
    due: FuzzyDate
    sentence: SentenceInfo
    setter: str | None = None
    subject: str | None = None
    label: str = ""
    derived: bool = False
    from_event: bool = False  # dates a planned interaction, already merged with its kin
    actors: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    measures: str = "tariffs"  # what starts or ends on a measure's day ("sanctions")


def find_deadlines(ctx: ArticleContext, tariffs: list[TariffCandidate]) -> list[DeadlineCandidate]:
    found: list[DeadlineCandidate] = []
    ultimatum: DeadlineCandidate | None = None
    ultimatum_open: tuple[str | None, str | None, list[str]] | None = None
    tariffs_by_sentence: dict[int, list[TariffCandidate]] = {}
    for t in tariffs:
        tariffs_by_sentence.setdefault(t.sentence.index, []).append(t)
    for info in ctx.sentences:
        text = info.text
        sentence_tariffs = tariffs_by_sentence.get(info.index, [])
        if not sentence_tariffs and not _ANY_CUE.may_match(text):
            continue  # no cue below can match (a promised day needs a measure): nothing to read
        evidence = [info.evidence(ctx.article.id)]
        # Each cue word is looked for once per sentence.
        names_ultimatum = _ULTIMATUM.search(text) is not None
        names_deadline = _DEADLINE.search(text) is not None
        names_tariff = _TARIFF_WORD.search(text) is not None
        demand = (
            _DEMAND.search(text)
            if _DEMAND_WORD.search(text) and (_DEMAND_VERB.search(text) or _GOAL_VERB.search(text))
            else None
        )
        if demand and not names_ultimatum:
            found.extend(_demand_deadline(ctx, info, demand, evidence))
        elif " must " in text and (and_must := _AND_MUST.search(text)) is not None:
            found.extend(_subject_must(ctx, info, and_must, evidence))
        unless = _UNLESS_WITHIN.search(text) if demand is None and "unless" in text else None
        if unless and not names_ultimatum:
            found.extend(_unless_within(ctx, info, unless, evidence))
        no_deal = _IF_NO_DEAL_WITHIN.search(text) if demand is None and "within" in text else None
        if no_deal and not names_ultimatum:
            found.extend(_no_deal_within(ctx, info, no_deal, evidence))
        by_unless = _BY_UNLESS.search(text) if demand is None and "unless" in text else None
        if by_unless and not unless and not names_ultimatum:
            found.extend(_by_unless(ctx, info, by_unless, evidence))
        # An expiry needs a date ahead to end on (see _expiry).
        expiry = (
            _EXPIRES.search(text)
            or _EXTENDED_UNTIL.search(text)
            or _KEPT_IN_PLACE_UNTIL.search(text)
            or _EXTENDED_UNTIL_THEN.search(text)
            or _IT_EXTENDED_UNTIL.search(text)
            or _WHEN_THEY_EXPIRE.search(text)
            if _EXPIRES_WORD.search(text) and info.future_dates
            else None
        )
        if expiry:
            found.extend(_expiry(ctx, info, expiry, evidence))
        elif (
            info.index
            and text.startswith(("It ", "They "))
            and (it_expires := _IT_EXPIRES.match(text))
            and info.future_dates
        ):
            found.extend(_pronoun_expiry(ctx, info, it_expires, evidence))
        if "when" in text and (day_when := _A_DAY_WHEN_IT_EXPIRES.search(text)) is not None:
            found.extend(_day_when_it_expires(info, day_when, evidence))
        ended = _ENDED.search(text) if _ENDED_WORD.search(text) else None
        if ended:
            found.extend(_ended(ctx, info, ended, evidence))
        in_force = _COMES_INTO_FORCE.search(text) if _IN_FORCE_WORD.search(text) else None
        in_force = in_force or (
            (_BAN_FROM.search(text) or _WILL_BAN.search(text)) if "ban" in text else None
        )
        in_force = in_force or (_RULE_APPLIES.search(text) if _APPLIES_WORD.search(text) else None)
        in_force = in_force or (
            _ENTRY_EXPECTED.search(text) if "entry into force" in text else None
        )
        if in_force:
            found.extend(_entry_into_force(ctx, info, in_force, evidence))
        if names_deadline and ultimatum_open is None and not names_ultimatum:
            found.extend(_stated_deadline(ctx, info, evidence))
        if names_ultimatum:
            setter, subject, actors = _ultimatum_parties(ctx, info, sentence_tariffs)
            ultimatum_open = (setter, subject, actors)
            anchor = next(
                (d.value for d in info.past_dates if d.value and d.value.precision == "day"), None
            )
            for duration in find_durations(text):
                if re.search(r"\bwithin\s", text[max(0, duration.start - 8) : duration.end]):
                    base = anchor.start if anchor else ctx.published
                    if base is not None:
                        due = FuzzyDate.day(duration.after(base))
                        ultimatum = DeadlineCandidate(
                            "ultimatum",
                            due,
                            info,
                            setter,
                            subject,
                            derived=True,
                            actors=actors,
                            evidence=evidence,
                        )
                        found.append(ultimatum)
        if names_deadline and ultimatum_open is not None:
            future = not _EXPIRED.search(text)
            pool = info.future_dates if future else info.past_dates
            dated = [d.value for d in pool if d.value and not re.search(r"\bago\b", d.text)]
            if dated:
                setter, subject, actors = ultimatum_open
                found.append(
                    DeadlineCandidate(
                        "ultimatum",
                        dated[0],
                        info,
                        setter,
                        subject,
                        actors=actors,
                        evidence=evidence,
                    )
                )
        if "wind" in text and (wind_down := _WIND_DOWN_UNTIL.search(text)) is not None:
            found.extend(_wind_down_ends(info, wind_down, evidence))
        if "-" in text and (truce := _SPAN_TRUCE_BEGAN.search(text)) is not None:
            found.extend(_truce_ends(ctx, info, truce, evidence))
        # (only an event ahead counts down)
        if (_EVENT_WORD.search(text) or _HOSTS_LEADERS.search(text)) and _date_ahead(ctx, info):
            found.extend(_scheduled_events(ctx, info, evidence))
        bloc_meets = (
            _BLOC_MEETS.search(text)
            if "meet" in text or "conven" in text or "gather" in text
            else None
        )
        if bloc_meets:
            found.extend(_bloc_meeting(ctx, info, bloc_meets, evidence))
        sides_meet = _SIDES_MEET_AGAIN.search(text) if "again" in text or "conven" in text else None
        if sides_meet:
            found.extend(_next_round(ctx, info, sides_meet, evidence))
        if (deal := _DEAL_TARGET.search(text)) is not None:
            found.extend(_deal_target(ctx, info, deal, evidence))
        if ("vote" in text or "decide" in text or "rule" in text) and (
            vote := _BODY_VOTES.search(text)
        ) is not None:
            found.extend(_body_vote(ctx, info, vote, evidence))
        if "within" in text and (decide := _WILL_DECIDE_WITHIN.search(text)) is not None:
            found.extend(_decision_within(ctx, info, decide, evidence))
        if "within" in text and (ordered := _ORDERED_WITHIN.search(text)) is not None:
            found.extend(_ordered_within(ctx, info, ordered, evidence))
        if (moved := _MOVED_TO.search(text)) is not None:
            found.extend(_moved_to(ctx, info, moved, sentence_tariffs or tariffs, evidence))
        # (the measure first: the sentence's tariff word is known, a truce is one word)
        if ((names_tariff or _TRADE_TRUCE.search(text)) and _PAUSE.search(text)) or (
            "sanction" in text and _SANCTIONS_EASED_FOR.search(text)
        ):
            found.extend(_pause_end(ctx, info, tariffs, evidence))
        grace = _GRACE.search(text)
        if (
            grace
            # (not "takes effect 21 days after the order, on August 27": that day is read)
            and not ((then := _THEN_ON.match(text, grace.end())) and _day_told_at(info, then.end()))
            and _TARIFF_WORD.search(
                " ".join(x.text for x in ctx.sentences[max(0, info.index - 2) : info.index + 1])
            )
        ):
            # "signed the order on Wednesday, giving 21 days before it applies"
            steps = [d for d in find_durations(grace.group(0)) if d.unit in ("day", "week")]
            base = _recent_day(ctx, info, before=grace.start())
            if steps and base is not None:
                found.append(
                    DeadlineCandidate(
                        "tariff_start",
                        FuzzyDate.day(steps[0].after(base)),
                        info,
                        _last_imposer(tariffs, info.index),
                        _targets_label(tariffs, info.index),
                        derived=True,
                        evidence=evidence,
                    )
                )
        runs_for = _RUNS_FOR.search(text) if " for " in text else None
        if runs_for:
            found.extend(_end_of_span(ctx, info, runs_for, "expiry", tariffs, evidence))
        valid_for = None
        if not runs_for:
            valid_for = (
                (_VALID_FOR.search(text) or _GRANTED_FOR.search(text)) if " for " in text else None
            ) or (
                _SPAN_GRANT.search(text) if "-" in text and not _its_end_told(ctx, info) else None
            )
        if valid_for:
            found.extend(
                _end_of_span(ctx, info, valid_for, "expiry", tariffs, evidence, from_the_act=True)
            )
        # "The order, signed late on Thursday, takes effect on Aug. 7.": the measure the
        # sentence before named
        measure_subject = _measure_subject(text) if info.index else None
        measure_told_before = measure_subject is not None and _names_the_measure_before(
            measure_subject,
            ctx.sentences[info.index - 1].text,
            tariffs_by_sentence.get(info.index - 1, []),
        )
        term = _MEASURE_TERM.search(text) if names_tariff or measure_told_before else None
        if term:
            found.extend(_end_of_span(ctx, info, term, "tariff_end", tariffs, evidence))
        # A tariff's start is read in a sentence naming the tariff, or in one whose subject is
        # the measure the sentence before named; the cues only there.
        # "The sanctions on Rosneft take effect on Nov. 21": sanctions the sentence names start
        sanctions_start = (
            not names_tariff and "anction" in text and _SANCTIONS_START.search(text) is not None
        )
        about_tariff = (
            names_tariff
            or (
                # "The rate would rise to 25% on June 1": a rate the tariffs read there raise
                bool(sentence_tariffs) and _RATE_RISES.search(text) is not None
            )
            or measure_told_before
            or sanctions_start
        )
        # ("Economists expect the effective tariff rate to climb to 17% by the end of the year":
        # a forecast, no measure's start)
        start_cue = (
            about_tariff
            and not _FORECAST.search(text)
            and (
                _START.search(text)
                or _measure_due(text)
                or _RATE_RISES.search(text)
                # ("The sanctions will return on Sept. 27"; not "... if the government fails")
                or (
                    _SANCTIONS_START.search(text)
                    if sanctions_start and not _IF_CLAUSE.search(text)
                    else None
                )
                # "will pay a 15% tariff ... from next Thursday", "face a 36% tariff from Aug. 1"
                or _from_a_day_ahead(ctx, info)
            )
        )
        promised_day = None
        if not start_cue and any(
            t.status in ("threatened", "announced", "lifted") for t in sentence_tariffs
        ):
            # "he would 'substantially increase' the tariff on cars on April 2", "on Jan. 20,
            # his first day in office, he would sign an order charging Canada 25%", "Ottawa
            # will lift its surtax on March 1"
            promised = WILL_ACT.search(text)
            promised_day = promised and next(
                (
                    d
                    for d in info.future_dates
                    if d.value
                    and ctx.published is not None
                    and d.value.start > ctx.published
                    and not _TOLD_ON.search(text, max(0, d.start - 60), d.start)
                    # ("On Wednesday, Trump and Lee finalised a deal under which tariffs will be
                    # cut": the day of the deal, told before it)
                    and not _DEAL_MADE_AFTER.search(text, d.end, promised.start())
                    # ("down from the 35% rate he had threatened in July": that rate's past)
                    and not _DONE_IN.search(text, max(0, d.start - 30), d.start)
                    # ("Earlier on Wednesday in Riyadh, Trump met ...": a day just gone; "a day
                    # after announcing ...": counted from another day)
                    and not _EARLIER_ON.search(text, max(0, d.start - 16), d.start)
                    and d.kind != "anchored"
                ),
                None,
            )
        if start_cue or promised_day:
            setter = _last_imposer(tariffs, info.index)
            # "will drop its retaliatory tariffs from September 1": the day they end (but
            # suspended duties that "will automatically return on April 1" start again then)
            back_again = _measure_due(text)
            ending = (
                bool(sentence_tariffs)
                and all(t.status == "lifted" for t in sentence_tariffs)
                and not (back_again is not None and back_again.group("again"))
            )
            for d in [_counted_on_from(info, told) for told in info.future_dates]:
                if d.text.lower().startswith("since") or _SINCE_BEFORE.search(
                    text, max(0, d.start - 8), d.start
                ):
                    continue  # "have paid a 25% tariff since Tuesday": the day just gone
                if _ONCE_DUE.search(text, max(0, d.start - 50), d.start):
                    continue  # "a 50 percent tariff that had been set to take effect April 1"
                if _averted_before(text, d.start) or _COMPARED_THREAT_DAY.search(
                    text, max(0, d.start - 120), d.start
                ):
                    # "averting a 30% rate Trump had threatened to impose from Aug. 1", "will face
                    # 15%, half the 30 percent rate Trump had threatened to impose from August 1"
                    continue
                if _PAST_ACT_TOLD.search(text, max(0, d.start - 60), d.start):
                    continue  # "will lift the tariffs it imposed on U.S. farm goods in March"
                if (
                    d.kind == "weekday"
                    and d.value is not None
                    and ctx.published is not None
                    and _EFFECTIVE_BEFORE.search(text, max(0, d.start - 14), d.start)
                    and _RAISED_DONE.search(text, 0, d.start)
                    and not clauses.FUTURE.search(text, 0, d.start)
                    # (the nearer of the weekday gone and the one ahead: "retaliated with an 84%
                    # tariff, effective Thursday" on a Wednesday is the next day)
                    and (d.value.start - ctx.published).days
                    > 7 - (d.value.start - ctx.published).days
                ):
                    continue  # "China retaliated by raising its tariffs ..., effective Saturday": gone
                if d.value and (
                    d is promised_day
                    # "..., then rise to 10% on Jan. 1, 2027": each later step its own day
                    or (
                        found
                        and found[-1].sentence is info
                        and _STEP_BEFORE.search(text, 0, d.start)
                    )
                    or (
                        start_cue
                        and (
                            d.start > start_cue.start() - 5
                            # "ahead of Aug. 1, when a 25% tariff ... is due to take effect"
                            or _WHEN_IT_STARTS.fullmatch(text, d.end, start_cue.end())
                        )
                        and (ctx.published is None or d.value.end >= ctx.published)
                        # ("Taiwan saw its own 20% tariff take effect on Thursday": done)
                        and not (
                            ctx.published is not None
                            and d.value.end <= ctx.published
                            and _SAW_IT_START.search(text)
                        )
                    )
                ):
                    found.append(
                        DeadlineCandidate(
                            "tariff_end" if ending else "tariff_start",
                            _counted_from_the_act(ctx, info, d),
                            info,
                            setter,
                            _targets_label(tariffs, info.index),
                            evidence=evidence,
                            measures="sanctions"
                            if sanctions_start
                            else _measures_word(
                                sentence_tariffs or tariffs_by_sentence.get(info.index - 1, [])
                            ),
                        )
                    )
                    # ("takes effect in 21 days, while the first tariff kicks in on Thursday":
                    # another start told after)
                    if not (
                        _STEP_AFTER.search(text, d.end)
                        or _START.search(text, d.end)
                        or _measure_due(text, d.end)
                    ):
                        break
        # (after a measure's own start, which names the day better when both are told)
        unveiled = _MEASURES_UNVEILED.search(text) if _UNVEILING.search(text) else None
        if unveiled is not None:
            found.extend(_measures_unveiled(ctx, info, unveiled, tariffs, evidence))
    return found


_IF_CLAUSE = re.compile(r"\bif\b", re.IGNORECASE)
_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:on\s+)?$", re.IGNORECASE)
# A measure's change told as done ("raised", "retaliated by raising")
_RAISED_DONE = re.compile(
    r"\b(?:raised|imposed|retaliated|doubled|tripled|hiked|increased|cut|lowered|slashed|reduced)\b"
)


# Those a state gives time to wind down its dealings with someone it has sanctioned.
_THOSE_GIVEN_WORDS = (
    r"persons|companies|firms|banks|businesses|traders|buyers|importers|exporters|shippers"
)
_STATES_OWN = r"(?:U\.S\.|US|American|foreign)\s+"  # "U.S. persons"
# "Other countries have until Aug. 1 to ...": states, none named
_MANY_STATES_WORDS = (
    r"(?:[Oo]ther\s+|[Mm]ost\s+|[Mm]any\s+)?"
    r"(?:[Cc]ountries|[Nn]ations|[Gg]overnments|(?:[Tt]rading\s+)?[Pp]artners)"
)
# ("Chinese exporters and EU importers have until June 21 to comment", "Interested parties")
_TRADERS_OF_TWO = (
    rf"(?:(?-i:[A-Z])[\w.]*\s+)?(?:{_THOSE_GIVEN_WORDS})\s+and\s+"
    rf"(?:(?-i:[A-Z])[\w.]*\s+)?(?:{_THOSE_GIVEN_WORDS})|[Ii]nterested\s+parties"
)
_THOSE_GIVEN = re.compile(
    rf"(?:{_STATES_OWN})?(?:{_THOSE_GIVEN_WORDS})|{_TRADERS_OF_TWO}", re.IGNORECASE
)
# "agreed at a meeting in Cairo on Thursday to ...": where a goal was agreed, before it
_AT_AN_EVENT_TO = r"(?:at|during|in)\s+(?:a|an|the|their)\s+[^,;.]{3,50}?\s+to"
_DEMAND_PATTERN = re.compile(
    r"\b(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|[Tt]he\s+(?:(?:two|three|four|five)\s+)?(?:sides|parties|countries|"
    r"governments|neighbou?rs|company|companies|firm|regime|government|administration)"
    # "the mission's 13,000 personnel must complete their withdrawal by Dec. 31"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w.,’'-]+\s+){0,3}?(?:mission|forces?|troops|peacekeepers|"
    r"personnel|contingent)"
    # ("Israeli forces are to withdraw from southern Lebanon within 60 days")
    r"|(?-i:[A-Z])[a-z]+\s+(?:forces|troops|soldiers))\s+"
    # ("is required by law to ask for a delay by Oct. 19")
    r"(?:must|needs?\s+to|has\s+to|have\s+to|are\s+to|is\s+to|(?:is|are)\s+due\s+to|"
    r"(?:is|are)\s+(?:legally\s+)?(?:required|obliged)(?:\s+by\s+law)?\s+to)\b"
    r"(?P<what>(?:[^.;]|(?<=[A-Z])\.)*?)"
    # ("must present a review no later than 30 April 2026")
    r"\b(?P<by>within\s+\S+\s+(?:days?|weeks?|months?|hours?)|(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of|[A-Z0-9])|until\s+)"
    # "Mexico was given until the end of the month to ...", "Trump gave Russia until Aug. 8
    # to ...", "Canada has 30 days to respond": the time allowed comes before the demand.
    # ("Mexico, which sends 80% of its exports north, has until Nov. 1 to ...")
    r"|\b(?P<who2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|"
    + _MANY_STATES_WORDS
    + r"|"
    # ("U.S. persons have until Feb. 6 to wind down any transactions with the companies")
    + _STATES_OWN
    + r"(?:"
    + _THOSE_GIVEN_WORDS
    + r")|"
    + _TRADERS_OF_TWO
    + r"|"
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|sides|governments|parties|neighbou?rs)|"
    # ("the Russian owners had until Friday to present a plan to exit the company")
    r"[Tt]he\s+(?-i:[A-Z])[\w.]*\s+(?:owners|shareholders|operators)"
    r"(?=\s+(?:has|have|had)\s+until\s+[^,;.]{1,40}?\s+to\s)|"
    # "French forces would have one month to leave": a state's people abroad
    r"(?-i:[A-Z])[a-z]+\s+(?:forces|troops|diplomats|nationals|citizens|soldiers)|"
    # ("Companies doing business with state oil firm PDVSA will have 45 days to wind down")
    r"[Cc]ompanies|[Ff]irms|[Bb]anks|[Bb]usinesses)"
    r"(?:\s+(?:doing|dealing|trading)\s+(?:business\s+)?with\s+[^,;.]{3,60}?)?"
    r"(?:,\s+(?:which|who)\s+[^,;]{3,100},)?\s+"
    r"(?:has|have|had|(?:would|will)\s+have|was\s+given|were\s+given|"
    r"(?:has\s+been|have\s+been)\s+given|is\s+given)\s+(?P<by2>until\s+|(?:only\s+)?(?:\S+\s+(?:to|or)\s+)?\S+\s+(?:days?|weeks?|months?|hours?)\s+to\b)"
    # ("... unless Mexico City releases the water, giving it until December 31 to deliver")
    # ("gave US persons until April 21 to wind down transactions")
    r"|\b(?:gave|gives|give|giving|(?:has|have|had)\s+given)\s+(?P<who3>"
    # ("gave France's ambassador 48 hours to leave")
    # ("gave the soldiers who seized power in Niger one week to reinstate President Bazoum")
    r"the\s+(?:soldiers|junta|coup\s+leaders|military\s+rulers|rebels|militants)"
    r"(?:\s+who\s+[^,;.]{3,60}?)?(?=\s+(?:until\s|(?:only\s+)?\S+\s+(?:days?|weeks?|months?|hours?)\s))|"
    # ("gave undocumented migrants, most of them Afghans, until Nov. 1 to leave")
    r"(?:undocumented\s+|illegal\s+|foreign\s+)?(?:migrants|refugees|foreigners)"
    r"(?:,\s+[^,;.]{3,40},)?(?=\s+(?:until\s|(?:only\s+)?\S+\s+(?:days?|weeks?|months?|hours?)\s))|"
    # ("gave Niger's junta 15 days to restore constitutional order")
    # ("gave Niger's military junta one week")
    r"[A-Z][\w.’'-]*['’]s\s+(?:military\s+)?(?:ambassador|envoy|diplomats?|embassy|troops|forces|junta|"
    r"government|regime|(?:military\s+)?rulers|military|authorities|leaders|leadership)|"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s+(?:"
    + _THOSE_GIVEN_WORDS
    # ("gave Ukrainian forces defending Mariupol until 5 a.m. Moscow time on Monday")
    + r"|citizens|nationals|diplomats|(?:forces|troops|soldiers)(?:\s+(?:defending|holding|in)\s+[A-Z][\w.’'-]*)?))?|"
    r"it|them|"
    # ("has given the Russian owners of Serbian oil company NIS until Feb. 13 to agree a sale")
    r"the\s+(?-i:[A-Z])[\w.]*\s+(?:owners|shareholders|operators|parent)\s+of\s+"
    r"(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+(?=\s+until\s)|"
    # ("giving companies until May 31 to wind down their business")
    r"(?:" + _STATES_OWN + r")?(?:" + _THOSE_GIVEN_WORDS + r")|"
    r"(?:both|the\s+(?:two|three|four|five))\s+(?:countries|sides|governments|parties|neighbou?rs))\s+"
    # ("gave Moscow 50 days, from July 14, to agree a peace deal")
    # ("would give Mexico another 90 days to negotiate")
    r"(?P<by3>until\s+|(?:only\s+|another\s+|a\s+further\s+|an\s+(?:additional|extra)\s+)?"
    r"(?:\S+\s+(?:to|or)\s+)?\S+\s+(?:days?|weeks?|months?|hours?)"
    # ("gives U.S. persons 30 days, until Sept. 13, to wind down")
    r"(?:,\s+(?:from|starting|until)\s+[^,;]{3,25},)?\s+to\b)"
    # A goal set for a date: "Both governments want the agreement in force by the end of the
    # year", "The EU aims to conclude the deal by December".
    # "The leaders directed officials to conclude the first tranche by November 2025".
    r"|\b(?P<who4>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|[Bb]oth\s+(?:governments|sides|countries)|"
    r"[Tt]he\s+(?:two\s+)?(?:sides|leaders|governments|countries|parties)|[Tt]he\s+two|"
    # ("India's commerce ministry said negotiators hoped to conclude ... before July 9")
    r"(?<=said\s)(?:its\s+|the\s+)?(?:negotiators|officials|diplomats))\s+"
    r"(?:had\s+|have\s+|has\s+|will\s+)?(?:aims?|aimed|hopes?|hoped|wants?|wanted|seeks?|sought|intends?|intended|targets?|"
    r"(?:(?:is|are)\s+)?aiming|(?:(?:is|are)\s+)?hoping|directed|instructed|tasked|agreed|agree|pledged|"
    r"promised|vowed|"
    # "Trump demanded a response by Friday", "expects a reply from Tehran by Sunday"
    r"(?P<asks4>demand(?:s|ed)?|expect(?:s|ed)?(?=\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:answer|response|reply|decision)\b)))\s+"
    # ("instructed their joint border commission to finish ...")
    # ("agreed that direct flights would resume by the end of October")
    # ("Washington wants a deal by Sept. 1")
    # ("agreed at a meeting in Cairo on Thursday to finalise a deal within four months")
    r"(?P<what4>(?:(?:[a-z]+\s+){0,4}?to\s+|"
    + _AT_AN_EVENT_TO
    + r"\s+|the\s+|that\s+|an?\s+(?=(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|ceasefire|truce|answer|response|reply|decision)\b))(?:[^.;]|(?<=[A-Z])\.|(?<=\d)\.(?=\d)){3,80}?)\s+"
    # "agreed to conclude negotiations within 30 days", "over the next 30 days"
    # ("agreed to exchange prisoners within a week")
    # ("aim to reach a tariff agreement before the G7 summit in June": by the event's month)
    r"(?P<by4>(?:by|before)\s+(?:the\s+end\s+of|mid-?[A-Z]|[A-Z0-9]|the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|conference)\s+(?:in|on)\s+[A-Z0-9])|"
    r"(?:within|over\s+the\s+next)\s+\S+\s+(?:days?|weeks?|months?)\b)",
)
_DEMAND = gated(_DEMAND_PATTERN)
# Any character but a clause stop; an abbreviation's full stop ("U.S.", "Aug. 8") is no stop.
# (Its capitals are told from small letters even inside a case-insensitive pattern.)
_NO_STOP = (
    r"(?:[^,;.]|"
    + clauses.ABBREVIATION_STOP
    # "6 p.m. on Sunday"
    + r"|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.)"
)
_AND_WITHIN = re.compile(
    r"\band\s+(?P<what>[a-z][^,;.]{3,80}?)\s+(?P<by>within\s+\S+\s+(?:days?|weeks?|months?|hours?))"
)
_TOLD_TO = re.compile(r"^(?:(?:[a-z]+\s+){0,4}?to|that|" + _AT_AN_EVENT_TO + r")\s+")
_AND_BY = re.compile(
    r"\band\s+(?:to|that)\s+(?P<what>[a-z][^,;.]{3,80}?)\s+"
    r"(?P<by>(?:by|before)\s+(?:the\s+end\s+of|[A-Z0-9]))"
)
_DEMAND_WORD = gated(
    re.compile(
        r"\b(?:must|until|needs\s+to|has\s+to|have\s+to|days?\s+to|weeks?\s+to|months?\s+to|hours\s+to|by|within|later\s+than|"
        r"before|over\s+the\s+next|(?:days|weeks|months),\s+(?:from|starting))\b"
    )
)
# What _DEMAND needs besides its date: a verb of obligation or of time given, or of a goal.
_DEMAND_VERB = gated(
    re.compile(
        r"\b(?:must|until|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|due\s+to|"
        r"(?:required|obliged)(?:\s+by\s+law)?\s+to|"
        r"(?:days?|weeks?|months?|hours?)(?:\s+to|,\s+(?:from|starting)))\b"
    )
)
_GOAL_VERB = gated(
    re.compile(
        r"\b(?:aim|hope|want|seek|sought|intend|target|direct|instruct|task|agree|pledg|promis|vow|"
        r"demand|expect)"
    )
)
_EXPIRES_WORD = gated(
    re.compile(
        r"\b(?:expire|expires|runs?\s+out|lapses?|ends?\s+(?:on|in|at|next|this|tomorrow)|closes?\s+on|runs?\s+(?:until|to|for)|valid\s+until|"
        r"in\s+(?:force|place|effect)\s+until|(?:authori[sz]ed|permitted|allowed|licensed)\s+until|renewed|extended|"
        r"prolonged|rolled\s+over|ratified\s+by|extends?|renews?|prolongs?|rolls?\s+over|"
        r"(?:due|up)\s+for\s+(?:renewal|review))\b",
        re.IGNORECASE,
    )
)
# (gated for the scan of the fold that finds where it may match: see quick.Gated)
_EXPIRES = gated(
    re.compile(
        # ("the U.S. trade preference law": an initial's stop ends nothing)
        # ("EU economic sanctions on Russia, which were rolled over in July, now run until Jan. 31")
        # ("Putin's unilateral three-day ceasefire ..., is due to end at midnight on Saturday")
        # ("Dealings with Lukoil's Bulgarian units, including ..., are authorised until": a
        # sentence's opening noun)
        # ("the waiver that allows Iraq to pay Iran ... expires": a relative "that" names nothing)
        r"\b(?P<what>(?:a|an|the|its|their|this|(?<![a-z]\s)that|whose|(?-i:EU|U\.S\.|US|UK|UN)|(?<![\w\s,])(?-i:[A-Z][a-z]+s)|"
        r"(?-i:[A-Z])[\w.-]*['’]s(?=\s+(?:[\w-]+\s+){0,3}(?:ceasefire|truce|pause|suspension|"
        r"moratorium|waiver|exemption|licen[cs]e|deal|agreement|sanctions|tariffs?|safeguard|quotas?|"
        r"framework|arrangement|regime|pact|treaty|accord|mandate)\b))\s+"
        + _NO_STOP
        + r"{3,90}?),?\s+"
        # "The African Growth and Opportunity Act, which gives duty-free access ..., expires on"
        # "Its gas supply contract with Gazprom, extended last week, now expires on Dec. 31"
        # ("The sanctions, which had been due to lapse on Friday, Jan. 31, now run until July 31")
        r"(?:(?:(?:which|that)\s+(?:[^,.;]|(?<=\b(?-i:[A-Z][a-z]{2}))\.|,(?=\s+(?:"
        + _MONTH_START
        + r")[a-z]*\.?\s+\d)){3,100}|(?:[a-z]+ed|including)\b[^,.;]{0,40}),\s+)?(?:that\s+|which\s+)?"
        # ("..., which were extended for two years last April, next expire in April 2027")
        r"(?:now\s+|next\s+)?"
        r"(?:(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+|will\s+(?:now\s+)?)?"
        # ("expires at 12:01 a.m. on Aug. 12", "at 12:01am Washington time on 21 November")
        # ("at midnight Istanbul time on Monday")
        r"(?:(?:expires?|runs?\s+out|lapses?|ends?|closes?)\s+(?:at\s+(?:midnight|\d{1,2}(?:[:.]\d\d)?\s*"
        r"(?:a\.m\.|p\.m\.|am|pm))(?:\s+(?-i:[A-Z])\w+){0,2}(?:\s+time)?\s+)?(?:on|in|at\s+the\s+end\s+of|"
        # "expires next Tuesday", "runs out Aug. 12": the date without a preposition
        rf"(?=(?:next|this|tomorrow|tonight|later|within)\b|\d|(?:{_MONTH_START})[a-z]*\.?\s+\d))|"
        # ("The measures will run for three years, until Nov. 19, 2028")
        # ("Dealings with Lukoil's Bulgarian units ... are authorised until 29 April 2026")
        # ("The measures will remain in place until Jan. 31", "stay in effect until")
        r"(?:runs?(?:\s+for\s+[\w\s-]{3,30}?,?)?|(?:is|are)\s+valid|(?:remains?|stays?|is|are)\s+in\s+(?:force|place|effect)|"
        r"(?:is|are)\s+(?:authori[sz]ed|permitted|allowed|licensed))\s+until|"
        # "the present renewal runs to March 15, 2026"
        rf"runs?\s+to\s+(?=\d|(?:{_MONTH_START})[a-z]*\.?\s+\d)|"
        # "That suspension was extended on Monday until August 6"
        # ("The sanctions were extended for another six months, until July 31")
        r"(?:was|were|has\s+been|have\s+been|is|are|will\s+be)\s+extended\s+"
        r"(?:(?:for|by)\s+[^,.;]{3,40}?,?\s+|(?:[\w.]+\s+){0,3}?)(?:until|till|through)|"
        # ("must be renewed unanimously by 31 July")
        r"(?P<renewal>(?:(?:has|have|needs?)\s+to|must)\s+be\s+(?:\w+ly\s+)?(?:renewed|extended|rolled\s+over|"
        r"ratified)(?:\s+\w+ly)?\s+by|"
        # ("Those EU measures remain in force and are due for renewal in December", "next come
        # up for renewal on Jan. 31")
        r"(?:(?:is|are)\s+(?:due|up)|comes?\s+up)\s+for\s+(?:renewal|review)\s+(?:in|on|by)))\b",
        re.IGNORECASE,
    )
)

# "The EU extended its sanctions on Russia for another six months, until Jan. 31": what was
# extended, told after the verb.
_THE_MEASURES = (
    # ("extended economic sanctions on Russia for another six months until July 31")
    r"(?P<what>(?:(?:its|their|the)\s+(?!deadline\b)|(?=(?:[\w-]+\s+){0,2}(?:sanctions|tariffs|duties|"
    r"measures|restrictions)\b))" + _NO_STOP + r"{3,60}?)"
)
# a day, not "to 120 more individuals"
_A_DAY_AHEAD = (
    rf"(?=\d{{1,2}}\s+(?:{_MONTH_START})|(?:{_MONTH_START})[a-z]*\.?\s+\d|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_EXTENDED_UNTIL = gated(
    re.compile(
        # ("agreed to extend the truce by two days, to Thursday morning")
        r"\b(?:extended|extends?|renewed|renews?|prolonged|prolongs?|rolled\s+over|rolls?\s+over)\s+"
        + _THE_MEASURES
        + r"(?:\s+(?:for|by)\s+[^,.;]{3,40}?)?(?:\s+(?:on|in|last|this)\s+\w+)?"
        # ("renewed its own Myanmar sanctions in April, extending them until April 30, 2026")
        r"(?:,\s+extending\s+(?:them|it))?,?\s+(?:until|till|through|to)\s+" + _A_DAY_AHEAD,
        re.IGNORECASE,
    )
)
# "the rollover, which keeps the measures in place until July 31"
_KEPT_IN_PLACE_UNTIL = gated(
    re.compile(
        r"\b(?:keeps?|kept|keeping)\s+"
        + _THE_MEASURES
        + r"\s+in\s+(?:place|force|effect)\s+(?:until|till|through)\s+"
        + _A_DAY_AHEAD,
        re.IGNORECASE,
    )
)

# "extended until November next year the framework that allows sanctions": what was extended,
# told after the day (the match ends where the day begins, as _expiry reads it)
_EXTENDED_UNTIL_THEN = gated(
    re.compile(
        # ("has also extended to Dec. 16 an anti-dumping investigation into European pork")
        r"\b(?:extended|renewed|prolonged|rolled\s+over)\s+(?:until|till|through|to)\s+"
        r"(?=(?:[\w.]+\s+){1,3}?(?P<what>(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
        r"(?:\s+(?:that|which|on|for|over)\b|\s*[,.;]|$))",
        re.IGNORECASE,
    )
)
# "a measure it has extended until June 2024": what was extended, told before who did it
_IT_EXTENDED_UNTIL = gated(
    re.compile(
        r"\b(?P<what>(?:a|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:measure|suspension|waiver|"
        r"exemption|pause|arrangement|regime|framework|truce|deal|agreement))\s+(?:that\s+|which\s+)?"
        r"(?:it|they|[A-Z][\w.]*)\s+(?:has|have|had)\s+(?:since\s+|now\s+)?"
        r"(?:extended|renewed|prolonged)\s+(?:until|till|through|to)\s+"
    )
)
# What an expiry names runs on into a clause of its own ("... whether to roll over the bloc's
# sanctions"): what expires is the last thing named, after its last article
_CLAUSE_IN_WHAT = re.compile(r"\bwhether\b|\b(?:will|would|could|should)\s+(?-i:[a-z])")
_DETERMINER_IN_WHAT = re.compile(r"\b(?:the|its|their)\s+(?=\S)")
_WHEN_THEY = re.compile(r",?\s+when\s+(?:they|it)$")
# "will not renew waivers that allowed eight economies to buy Iranian oil when they expire on
# May 2": what expires, named before the pronoun
_WHEN_THEY_EXPIRE = gated(
    re.compile(
        r"\b(?P<what>(?:(?:the|its|their)\s+)?(?:waivers?|licen[cs]es?|exemptions?|"
        r"sanctions|tariffs|truce|ceasefire|pause|suspension|deal|agreement|mandate))\b"
        r"(?:[^.;]|(?<=[A-Z])\.){0,100}?,?\s+when\s+(?:they|it)\s+(?:expires?|lapses?|runs?\s+out)\s+"
        r"(?=on\b|in\b|at\b)",
        re.IGNORECASE,
    )
)
# "The African Growth and Opportunity Act expired on Tuesday", "The truce took effect at
# midnight on Monday": a date just gone that an analyst still counts from ("expired 3 days ago").
_ENDED_WORD = gated(
    re.compile(
        r"\b(?:expired|lapsed|ran\s+out|ended|took\s+effect|came\s+into\s+force|went\s+into\s+effect|"
        r"kicked\s+in)\b",
        re.IGNORECASE,
    )
)
_AGREED_THINGS = (
    r"act|agreement|accord|deal|truce|ceasefire|pause|suspension|notice|exemption|waiver|"
    r"licen[cs]es?|programme|program|treaty|moratorium|ultimatum|tariffs?|"
    r"duties|sanctions|ban|embargo|arrangement|extension|quota|quotas|safeguard"
)
_ENDED = re.compile(
    # ("A week of talks over tariffs ended": no "of", "over" or "about" before the noun)
    rf"\b(?P<what>(?:a|an|the|its|their|this|that)\s+(?:(?:(?!\b(?:of|over|about)\b){_NO_STOP}){{0,50}}?\s)?"
    rf"(?:{_AGREED_THINGS})"
    # ("A U.N.-brokered truce in Yemen expired on Sunday": its end, not when one began)
    r"(?:\s+(?:in|on|with|between|for)\s+(?-i:[A-Z])[^,.;]{1,40}?"
    r"(?=\s+(?:expired|lapsed|ran\s+out|ended)\b))?)"
    r"(?:\s+(?:that|which)\s+[^.;]{3,100}?)?\s+(?:(?:finally|formally|officially|quietly)\s+)?"
    r"(?P<verb>expired|lapsed|ran\s+out|ended|took\s+effect|came\s+into\s+force|went\s+into\s+effect|"
    r"kicked\s+in)\b"
    # "The deal ended a two-year trade war": the verb must end its clause, not take an object
    r"(?=\s+(?:on|at|in|last|this|yesterday|early|late|overnight)\b|\s*[,.;]|\s+\d)",
    re.IGNORECASE,
)
_TRUCE = re.compile(r"\b(?:truce|ceasefire)\b", re.IGNORECASE)


# "The agreement will come into force on Jan. 1, 2026": an agreement's (or a ban's) first day.
_IN_FORCE_WORD = gated(
    re.compile(
        r"\b(?:into\s+force|into\s+effect|take\s+effect|takes\s+effect|enter\s+into|enters\s+into)\b",
        re.I,
    )
)
_COMES_INTO_FORCE = re.compile(
    # ("India's first comprehensive trade agreement in more than a decade enters into force on
    # Sunday": a state's own, and the present for a day ahead)
    r"\b(?P<what>(?:a|an|the|its|their|this|that|(?-i:[A-Z])[\w.-]*['’]s)\s+(?:"
    + _NO_STOP
    + r"{0,50}?\s)?"
    r"(?:agreement|accord|deal|treaty|pact|ban|embargo|regulation|law|package|partnership|arrangement|"
    r"ceasefire|truce|(?:visa\s+)?waiver|"
    # "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS takes effect on Wednesday"
    r"(?P<step>withdrawal|exit|designation))"
    r"(?:\s+(?:on|of|with|between|for|in|from)\s+(?:[^,.;]|,\s(?-i:(?=[A-Z])))(?:[^,.;]|,\s(?-i:(?=[A-Z]))){0,49}?){0,2})"
    r"(?:\s+(?:that|which)\s+[^.;]{3,100}?|,\s+(?:that|which)\s+[^,.;]{3,100},)?(?:\s+|,\s+)"
    # ("The ceasefire, due to take effect on Sunday, will last 42 days")
    r"(?:(?:will|would|shall|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected)\s+to|"
    r"(?<=,\s)(?:due|set|expected|scheduled)\s+to)\s+"
    r"(?:enter\s+into\s+force|come\s+into\s+force|go\s+into\s+effect|take\s+effect)|"
    r"enters\s+into\s+force|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|takes\s+effect)\b",
    re.IGNORECASE,
)


# "including a ban on Russian liquefied natural gas imports from 2027"
_BAN_FROM = re.compile(
    r"\b(?P<what>(?:a|an|the|its)\s+(?:[\w-]+\s+)?ban\s+on\s+[^,.;]{3,60}?)\s+"
    r"(?:from|starting(?:\s+in)?|as\s+of|beginning(?:\s+in)?)\s+(?=\S)"
)


# "the EU will ban imports of refined products made from Russian crude from Jan. 21"
_WILL_BAN = word_start_first(
    re.compile(
        r"\b(?:will|would|is\s+to|plans?\s+to)\s+(?P<what>ban\s+(?:imports|exports|purchases|sales)\s+of\s+"
        r"[^,.;]{3,60}?)(?:\s+(?:from|starting|as\s+of)\s+(?=\S)|[,.;]|$)"
    )
)
# "a rule that takes effect on Dec. 1", "The new cap applies from Sept. 3"
_RULE_APPLIES = re.compile(
    r"\b(?P<what>(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:rule|cap|restrictions?|"
    r"controls?|regulation|measure|ban|embargo))(?:,)?\s+(?:that\s+|which\s+)?"
    r"(?:takes\s+effect|applies|will\s+apply|will\s+take\s+effect)\s+(?:from|on|as\s+of)\s+(?=\S)",
    re.IGNORECASE,
)
# "the entry into force of the Agreement, which is expected on 1 January 2026"
_ENTRY_EXPECTED = re.compile(
    r"\bentry\s+into\s+force\s+of\s+(?P<what>(?:the|its|their|this)\s+[^,.;]{2,60}?),?\s+"
    r"(?:which\s+is\s+|is\s+)?(?:expected|due|scheduled|set)\s+(?:on|for|in|by)\s+(?=\S)",
    re.IGNORECASE,
)
_FROM_OPENING = re.compile(r"\s*(?:From|Starting|As\s+of)\s+")
_APPLIES_WORD = gated(re.compile(r"\b(?:takes\s+effect|take\s+effect|applies|apply)\b"))


_OPENING_NOUN = re.compile(r"(?!(?:This|That|These|Those|Its|Their|The)\b)[A-Z][a-z]+s")


_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "this", "that", "these", "those", "whose"}
)


_REPORTED_THAT = re.compile(r"\b(?:said|says|announced|confirmed)\b[^,.;]{0,30}?\bthat\s+")


def _named_without_article(m: re.Match[str]) -> str:
    """ "the 90-day pause" -> "90-day pause": what a label names, after its first word."""
    return _without_article(m.group("what"))


def _without_article(what: str) -> str:
    """_named_without_article of the words ``what``."""
    # ("The reason is the calendar: the UN resolution ... expires on 18 October": what follows
    # the colon)
    # ("ECOWAS said on Sunday that the withdrawal of Mali ... would take effect": what the
    # report tells of)
    words = _REPORTED_THAT.split(what.rsplit(": ", 1)[-1])[-1].split()
    if _OPENING_NOUN.fullmatch(words[0]):
        return " ".join([words[0].lower(), *words[1:]])  # "Dealings with Lukoil's units"
    if words[0].islower() and words[0] not in _DETERMINERS:
        return " ".join(words)  # "economic sanctions on Russia": no article to drop
    words = words[1:]
    return " ".join(words[1:] if words[:1] == ["own"] else words)  # "its own sanctions"


# Whose withdrawal or exit: a state's, after "of" or as its owner ("the withdrawal of Mali, Burkina
# Faso and Niger", "Britain's exit"), told by its capital
_A_STATES_STEP = re.compile(
    r"(?:\b(?:withdrawal|exit|designation)\s+of\s+(?:the\s+)?|(?-i:[A-Z])[\w.-]*['’]s\s+(?:[\w-]+\s+)?"
    r"(?=(?:withdrawal|exit|designation)\b))(?-i:[A-Z])",
    re.IGNORECASE,
)


# "The Agreement will enter into force on 1 April 2026" in a story about two states' deal
# ("The new price cap takes effect on Sept. 3": a measure only states set)
_BETWEEN_STATES = re.compile(
    r"\b(?:agreement|accord|deal|treaty|pact|partnership|ceasefire|truce|price\s+cap|embargo)\b",
    re.IGNORECASE,
)


# "A 60-day truce began on Wednesday": a truce of a span, from the day it began
_SPAN_TRUCE_BEGAN = gated(
    re.compile(
        r"\b(?P<what>(?:a|an|the)\s+(?P<span>\S+-(?:hour|day|week|month))\s+(?:truce|ceasefire|pause))"
        # ("between Israel and Hezbollah")
        r"(?:\s+(?:between|with|in|on)\s+[^,;.]{2,60}?)?\s+"
        r"(?:that\s+|which\s+)?(?:began|started|took\s+effect|came\s+into\s+force|went\s+into\s+effect|"
        r"kicked\s+in)\b"
        # "Russia and Ukraine agreed on Tuesday to a 30-day halt to strikes": from the day agreed
        # ("agreed over dinner in Buenos Aires on Saturday to a 90-day truce")
        r"|\bagreed\s+(?:[^,;.]{0,60}?\s)?to\s+(?P<what2>(?:a|an)\s+(?P<span2>\S+-(?:hour|day|week|month))\s+"
        r"(?:truce|ceasefire|pause|halt|moratorium))\b",
        re.IGNORECASE,
    )
)


def _truce_ends(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day a truce of a span ends, counted from the day it began (that day, or the day of
    the report): derived, and only while it is still ahead."""
    steps = find_durations(m.group("span") or m.group("span2"))
    # (the day it began is told after it, the day it was agreed inside the match)
    told = [d.value for d in info.past_dates if d.start >= m.start() and d.value]
    when = _WHEN_IT_WAS.search(info.text, 0, m.start()) if not told else None
    if when is not None:
        # "The two last spoke on March 18, when Putin agreed to a 30-day halt": that day's
        told = [d.value for d in info.past_dates if d.end <= when.start() and d.value][-1:]
    if told and told[0].precision != "day":
        return []  # "a 60-day ceasefire that began in January": no day to count from
    began = told[0].start if told else ctx.published
    if not steps or began is None:
        return []
    due = steps[0].after(began)
    if ctx.published is not None and due <= ctx.published:
        return []
    named = m.group("what") or m.group("what2")
    label = "End of the " + named.split(maxsplit=1)[1]  # ("a 30-day halt" -> "the 30-day halt")
    return [
        DeadlineCandidate("expiry", FuzzyDate.day(due), info, label=label, derived=True,
                          evidence=evidence)
    ]  # fmt: skip


_WHEN_IT_WAS = re.compile(r",\s+when\s+[^,;.]{0,60}$")
_WILL_LAST = re.compile(
    r"\b(?:will|would|is\s+to|is\s+due\s+to)\s+last\s+(?:for\s+)?(?P<span>\S+\s+(?:days|weeks|months|years))\b"
)


def _entry_into_force(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day an agreement or a ban between states takes effect ("The city's smoking ban will
    take effect on Jan. 1" names no state: nothing)."""
    between_states = _BETWEEN_STATES.search(m.group("what")) and ctx.main_country is not None
    # ("EU governments adopted sanctions on Russia ... The maritime services ban will take effect
    # on May 1": the measure just told)
    states_measure_before = (
        not _NO_STATES.match(m.group("what"))
        and _state_of_the_measure_before(ctx, info) is not None
    )
    if not (between_states or states_measure_before or any(x.countries for x in info.mentions)):
        return []
    if m.groupdict().get("step") and not _A_STATES_STEP.search(m.group("what")):
        return []  # "Shell's exit from Nigeria's onshore fields takes effect": no state's
    published = ctx.published
    dated = [
        d.value
        for d in info.future_dates
        if d.value
        # ("From Jan. 21, 2026, the EU will ban imports of ...": the day may open the sentence)
        and (d.end > m.end() or _FROM_OPENING.fullmatch(info.text, 0, d.start))
        and (published is None or d.value.start > published)
    ]
    if not dated:
        return []
    what = _named_without_article(m)
    banned = m.re is _WILL_BAN
    label = f"Ban on {what}" if banned else f"Entry into force of the {what}"
    if not banned and (_TRUCE.search(what) or m.groupdict().get("step")):
        label = f"{what[0].upper()}{what[1:]} takes effect"  # as a truce just gone is told
    found = [DeadlineCandidate("event", dated[0], info, label=label, evidence=evidence)]
    lasts = _WILL_LAST.search(info.text, m.end())
    steps = find_durations(lasts.group("span")) if lasts else []
    if steps:
        # "..., due to take effect on Sunday, will last 42 days": it ends that long after
        end = FuzzyDate.day(steps[0].after(dated[0].start))
        found.append(
            DeadlineCandidate(
                "expiry", end, info, label=f"End of the {what}", derived=True, evidence=evidence
            )
        )
    return found


# "A bigger test looms on September 30, when the African Growth and Opportunity Act, which
# gives duty-free access ..., expires unless Congress renews it": the day before "when"
_A_DAY_WHEN_IT_EXPIRES = gated(
    re.compile(
        # (not "..., when the two sides will decide whether the tariff truce ends")
        rf",\s+when\s+(?P<what>(?:the|a|an|its|their)\s+"
        r"(?:(?!(?:will|would|could|may|might|whether|if|to|decide|discuss)\b)[\w'’-]+\s+){0,5}?"
        rf"(?:{_AGREED_THINGS})"
        r"(?:\s+(?:with|on|between|for|of)\s+[^,;.]{1,40}?)?)"
        r"(?:,\s+(?:which|that)\s+[^;.]{3,120}?,)?\s+(?:expires|lapses|runs\s+out|ends)\b",
        re.IGNORECASE,
    )
)


def _day_when_it_expires(
    info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    day = next((d.value for d in info.future_dates if d.end == m.start() and d.value), None)
    if day is None:
        return []
    label = f"Expiry of the {_named_without_article(m)}"
    return [DeadlineCandidate("expiry", day, info, label=label, evidence=evidence)]


def _ended(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """An expiry or a start the report tells as just gone, on the day it gives."""
    published = ctx.published
    dated = [
        d.value
        for d in info.past_dates
        if d.value
        and d.value.precision == "day"
        and (published is None or d.value.start <= published)
        and (d.start >= m.end() or d.end <= m.start("what"))
    ]
    if not dated:
        return []
    what = _named_without_article(m)
    verb = m.group("verb").lower()
    if verb.startswith(("expired", "lapsed", "ran", "ended")):
        return [
            DeadlineCandidate(
                "expiry", dated[0], info, label=f"Expiry of the {what}", evidence=evidence
            )
        ]
    if _TRUCE.search(what):
        label = f"{what[0].upper()}{what[1:]} takes effect"
        return [DeadlineCandidate("event", dated[0], info, label=label, evidence=evidence)]
    return []  # a measure's start is read with the tariffs (see find_deadlines)


def _from_a_day_ahead(ctx: ArticleContext, info: SentenceInfo) -> re.Match[str] | None:
    """ "from Aug. 1": in a sentence in the future tense, or naming a day of the calendar
    after the report (a weekday alone may be the one just gone: "paused for 90 days from
    Wednesday")."""
    found = _FROM_DATE.search(info.text)
    if found is not None and _GOODS_MOVED.search(
        info.text, max(0, found.start() - 14), found.start()
    ):
        return None  # "every consignment shipped from 1 May": when goods left, not a start
    if found is None or clauses.FUTURE.search(info.text):
        return found
    if _A_WEEKDAY.match(info.text, found.end()):
        return None
    published = ctx.published
    ahead = published is not None and any(
        d.start == found.end() and d.value and d.value.start > published for d in info.future_dates
    )
    return found if ahead else None


_GOODS_MOVED = re.compile(r"\b(?:shipped|loaded|dispatched|exported|produced|made)\s+$")
_SAW_IT_START = re.compile(r"\b(?:saw|watched)\b(?:[^.;]|(?<=[A-Z])\.){0,80}\btake\s+effect\b")
# "had threatened in", "announced in": a day a past verb tells
_DONE_IN = re.compile(r"\b(?:(?:had|was|were)\s+\w+|\w+ed)\s+(?:(?:on|in)\s+)?$")


def _date_ahead(ctx: ArticleContext, info: SentenceInfo) -> bool:
    """Whether the sentence names a date after the article's (see _scheduled_events); in an
    undated article, a date the sentence tells of as to come."""
    published = ctx.published
    if published is None:
        return bool(clauses.FUTURE.search(info.text)) and any(
            d.value is not None for d in info.future_dates
        )
    return any(d.value is not None and _counts_down_to(ctx, info, d) for d in info.future_dates)


_DUE_TODAY = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected))\b(?:[^.;]|(?<=[A-Z])\.)*$"
)


def _counts_down_to(ctx: ArticleContext, info: SentenceInfo, d: DateMention) -> bool:
    """Whether ``d`` is still ahead of the report, or is the report's own day on which an
    event opens ("The FOCAC summit opens in Beijing today")."""
    if d.value is None or ctx.published is None:
        return d.value is not None
    if not _not_ahead(d.value, ctx.published):
        return True
    if d.rest_still_ahead(ctx.published):
        return True  # "will hold a summit of the grouping later this year": the year's rest
    return (
        d.value.precision == "day"
        and d.value.start == ctx.published
        and (
            _OPENS_NOW.search(info.text, max(0, d.start - 90), d.start) is not None
            # "Mitsotakis is due in Copenhagen on Thursday for the ... summit", told that day
            or _DUE_TODAY.search(info.text, max(0, d.start - 60), d.start) is not None
        )
    )


# "threatened secondary tariffs ... unless Moscow agrees to a peace deal within 50 days"
_UNLESS_WHO = re.compile(r"\bunless\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")
_UNLESS_WITHIN = re.compile(
    _UNLESS_WHO.pattern
    + r"\s+(?P<what>[a-z][^.;]{3,80}?)\s+(?P<within>within\s+\S+\s+(?:days?|weeks?|months?|hours?))\b"
)


# "threatened ... tariffs ... if there is no deal to end the war within 50 days": a threat
# that runs out that long after it was made
_IF_NO_DEAL_WITHIN = re.compile(
    r"\bif\s+there\s+(?:is|was)\s+no\s+(?P<what>(?:peace\s+)?(?:deal|agreement|ceasefire|truce)"
    r"(?:\s+to\s+[^,;.]{3,60}?)?)\s+(?P<within>within\s+\S+\s+(?:days?|weeks?|months?))\b"
)


def _no_deal_within(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day a threat "if there is no deal within 50 days" runs out, set by the threatener."""
    setter = _setter(ctx, info, None, lead_until=m.start())
    if setter is None:
        return []
    label = f"Ultimatum: {' '.join(m.group('what').split()[:8])}"
    return _ultimatum_within(ctx, info, m.group("within"), setter, None, label, evidence)


# "will trigger the return of U.N. sanctions by the end of August unless Iran restores
# cooperation": a threat with its day, the condition after it
_BY_UNLESS = re.compile(
    r"\b(?:will|would|shall)\s+[a-z]"
    + _NO_STOP
    + r"{3,80}?\s+(?P<by>by\s+(?:the\s+end\s+of|early|mid-?|late|[A-Z0-9]))"
    + _NO_STOP
    + r"{0,40}?\s+"
    + _UNLESS_WHO.pattern
    + r"\s+(?P<what>[a-z]"
    + _NO_STOP
    + r"{3,80}?)(?=[,;]|\.\s*$|\s+and\s|$)"
)


def _by_unless(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """A threat to act by a day unless the one named does something: an ultimatum then."""
    subject = ctx.country_in(m.group("who"))
    if subject is None:
        return []
    setter = _setter(ctx, info, subject, lead_until=m.start())
    label = _condition(ctx.country_name(subject), m.group("what"))
    told = _dated_demand(info, m, "by", setter, subject, label, evidence)
    return [replace(d, kind="ultimatum") for d in told]


def _setter(
    ctx: ArticleContext, info: SentenceInfo, subject: str | None, lead_until: int | None
) -> str | None:
    """Who sets a demand on ``subject``: the sentence's subject, else (when ``lead_until`` is
    given) the state named, or "the Treasury", before that point; never ``subject`` itself."""
    speaker = ctx.subject_of(info)
    if speaker and speaker.country != subject:
        return speaker.country
    if lead_until is None:
        return None
    before = info.text[:lead_until]
    lead = ctx.country_in(before) or treasury_state(before)
    return lead if lead != subject else None


_CLAUSE_AFTER = re.compile(r"\s+(?:after|before|following|while|when|because)\s")


def _condition(name: str, what: str) -> str:
    """ "unless Moscow agrees to ..." as "Russia must agree to ..."."""
    verb, *rest = what.split()[:8]
    return f"{name} must {' '.join([_base_form(verb), *rest])}"


_IRREGULAR = {"does": "do", "goes": "go", "has": "have", "is": "be"}


def _base_form(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def _unless_within(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """A condition with a time allowed: an ultimatum that runs out that long after it was set."""
    subject = ctx.country_in(m.group("who"))
    setter = _setter(ctx, info, subject, lead_until=None)
    name = ctx.country_name(subject) if subject else m.group("who")
    label = _condition(name, m.group("what"))
    return _ultimatum_within(ctx, info, m.group("within"), setter, subject, label, evidence)


def _ultimatum_within(
    ctx: ArticleContext,
    info: SentenceInfo,
    within: str,
    setter: str | None,
    subject: str | None,
    label: str,
    evidence: list[Evidence],
) -> list[DeadlineCandidate]:
    """An ultimatum that runs out the time ``within`` ("within 30 days") after the sentence's
    day; none when no day is known."""
    due = _due_after(ctx, info, within)
    if due is None:
        return []
    return [
        DeadlineCandidate(
            "ultimatum", due, info, setter, subject, label=label, derived=True, evidence=evidence
        )
    ]


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_IN_A_SPAN = re.compile(r"in\s+(?:another\s+)?\S+\s+(?:days?|weeks?)$", re.IGNORECASE)


def _counted_from_the_act(ctx: ArticleContext, info: SentenceInfo, told: DateMention) -> FuzzyDate:
    """The day ``told`` names. "Trump ordered the tariff on Wednesday ...; it takes effect in
    21 days": a span counts from the day of the act told in this sentence or the one before,
    not from the day of the report."""
    assert told.value is not None
    steps = find_durations(told.text) if _IN_A_SPAN.match(told.text) else []
    if steps and (named := _DAY_NAMED_FOR_THE_SPAN.match(info.text, told.end)):
        # ("kicks in 21 days after the order, on August 27": the day it names)
        day = _day_told_at(info, named.end())
        if day is not None:
            return day
    # (a start told after the span is another clause's: "..., while the first tariff kicks in
    # on Thursday"; "..., Trump said on Sunday" is the act's)
    act = _recent_day(ctx, info, reach=2, or_published=False, before=told.start) if steps else None
    return FuzzyDate.day(steps[0].after(act)) if steps and act else told.value


# ", on August 27": a day told just after what it is the day of
_THEN_ON = re.compile(r",\s+(?:on\s+)?")
_DAY_NAMED_FOR_THE_SPAN = re.compile(
    r"\s+(?:after|from)\s+(?:the|its|his|her|this|that|[\w.]+['’]s)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    + _THEN_ON.pattern,
    re.IGNORECASE,
)


def _day_told_at(info: SentenceInfo, at: int) -> FuzzyDate | None:
    """The day a date told at ``at`` in the sentence names, if it names a day."""
    day = next((d.value for d in info.future_dates if d.start == at and d.value), None)
    return day if day is not None and day.precision == "day" else None


_STARTS_ON_BEFORE = re.compile(
    r"\b(?:kicks?\s+in|takes?\s+effect|into\s+(?:force|effect)|starts?|begins?|applies|effective|from)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# ("the Russian owners of Serbian oil company NIS": a firm's owners, no state)
_OWNERS_OF = re.compile(
    r"the\s+\S+\s+(?:owners|shareholders|operators|parent)\s+of\s", re.IGNORECASE
)


def _counted_on_from(info: SentenceInfo, d: DateMention) -> DateMention:
    """ "takes effect 21 days after Wednesday's order": the day that long after the day named
    (read as the one gone, which the count starts from), not the day named."""
    after = _SPAN_AFTER.search(info.text, max(0, d.start - 24), d.start)
    if after is None:
        return d
    # ("two weeks after Friday's deadline": counted from the day ahead)
    gone = (
        d.value
        if _DAY_AHEAD_NAMED.match(info.text, d.end)
        else next((p.value for p in info.past_dates if p.start == d.start and p.value), None)
    )
    if gone is None or gone.precision != "day":
        return d
    spans = find_durations(after.group(0))
    if not spans or spans[0].unit not in ("day", "week"):
        return d
    return replace(d, value=FuzzyDate.day(spans[0].after(gone.start)))


_DAY_AHEAD_NAMED = re.compile(r"['’]s\s+(?:deadline|expiry|summit|meeting|vote|talks)\b")
_SPAN_AFTER = re.compile(r"\b\w+\s+(?:days?|weeks?)\s+after\s+$", re.IGNORECASE)


def _recent_day(
    ctx: ArticleContext,
    info: SentenceInfo,
    *,
    reach: int = 6,
    or_published: bool = True,
    before: int | None = None,
) -> date | None:
    """The latest day stated in this sentence (before ``before``, when given) or the
    ``reach - 1`` before: what "within 30 days" counts from (the day an agreement was signed or
    an ultimatum given, not the day of the report), else the day of the report when
    ``or_published``."""
    for back in range(info.index, max(-1, info.index - reach), -1):
        days = [
            d.value.start
            for d in ctx.sentences[back].past_dates
            if d.value
            and d.value.precision == "day"
            # (not a plan told before: "are to meet next Tuesday. The panel gave them 15 days")
            and not (
                back < info.index and ctx.published is not None and d.value.start > ctx.published
            )
            and (
                before is None
                or back < info.index
                or d.start < before
                or not _STARTS_ON_BEFORE.search(
                    ctx.sentences[back].text, max(0, d.start - 24), d.start
                )
            )
        ]
        if days:
            return days[-1]
    return ctx.published if or_published else None


def _decision_within(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day by which a state's leader said a decision would come, counted from when it
    was said; none when no state's leader or state is the one deciding."""
    decider = _state_giving(info, m.start())
    steps = find_durations(m.group("span"))
    said = _day_said(ctx, info)
    if decider is None or not steps or said is None:
        return []
    return [
        DeadlineCandidate(
            "deadline",
            FuzzyDate.day(steps[0].after(said)),
            info,
            decider,
            label="Decision due",
            derived=True,
            evidence=evidence,
        )
    ]


def _ordered_within(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day the time a state's order allows runs out, counted from when it was given."""
    steps = find_durations(m.group("span"))
    base = _recent_day(ctx, info)
    giver = _state_giving(info, m.start())
    if not steps or base is None or giver is None:
        return []  # (only a state's order: not "the company told staff to leave within a day")
    who = " ".join(m.group("who").split())
    what = " ".join(m.group("what").split())
    return [
        DeadlineCandidate(
            "ultimatum",
            FuzzyDate.day(steps[0].after(base)),
            info,
            giver,
            label=f"{who[0].upper()}{who[1:]} to {what}",
            derived=True,
            evidence=evidence,
        )
    ]


def _demand_deadline(
    ctx: ArticleContext, info: SentenceInfo, demand: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """ "Tehran must halt the transfers within 30 days", "Iran must ... by the end of the year"."""
    text = info.text
    which = next(g for g in ("", "2", "3", "4") if demand.group("who" + g))
    if not which and clauses.OBJECT_OF_PREPOSITION.search(
        text, max(0, demand.start("who") - 12), demand.start("who")
    ):
        return []  # "The EU's sanctions on Russia must be renewed by 31 July": Russia's nothing
    who, by_group = demand.group("who" + which), "by" + which
    listed: list[str] = []
    if who in ("it", "them"):
        # the one the condition is set for, named before
        condition = _UNLESS_WHO.search(text, 0, demand.start())
        listed = _listed_countries(info, demand.start()) if who == "them" else []
        if condition is None and not listed:
            return []
        who = condition.group("who") if condition else who
    elif which == "4" and who == "They":
        # "... met in Beijing on Thursday. They agreed to reopen embassies within two months":
        # the two states the sentence before told of
        listed = _pair_told_before(ctx, info)
    elif which in ("2", "4"):
        # "Indonesia and the EU have until", "Ukraine and Russia agreed to ... within a week"
        listed = _listed_countries(info, demand.end("who" + which))
    subject = ctx.country_in(who) if not listed and not _OWNERS_OF.match(who) else None
    if which == "4" and subject is None and _ITS_PEOPLE.fullmatch(who):
        # "India's commerce ministry said negotiators hoped to ...": the teller's state's
        subject = ctx.country_in(text[: demand.start("who4")])
    those_given = which == "2" and _THOSE_GIVEN.fullmatch(who) is not None
    if those_given:
        # "U.S. persons have until Feb. 6 to wind down ...": the state's own people, whose
        # state sets the time
        subject = None
    if subject is None:
        # "Putin has until Friday to agree": a leader stands for the state
        named = demand.span("who" + which)
        subject = next(
            (
                m.countries[0]
                for m in info.mentions
                if m.form in (PERSON, ROLE) and m.countries and named[0] <= m.start < named[1]
            ),
            None,
        )
    setter = _setter(ctx, info, subject, lead_until=demand.start())
    if those_given:
        setter = (
            setter
            or ctx.country_in(who)
            or treasury_state(
                " ".join(x.text for x in ctx.sentences[max(0, info.index - 1) : info.index + 1])
            )
            or (
                _state_of_the_measure_before(ctx, info)
                if _ABOUT_THE_MEASURE.search(text, demand.end())
                else None
            )
        )
        if setter is None:
            return []  # "Companies have until Friday to file their results": no state's order
    if setter in listed:
        setter = None  # (one of those given the time sets none)
    if which == "3" and subject is None and (giver := _state_giving(info, demand.start())):
        setter = giver  # "Trump gave Hamas until Sunday to accept the plan": a state's demand
    elif which in ("2", "3") and subject is None and not (listed or _THE_PARTIES.match(who)):
        # States, or a state's people: "Countries have until Aug. 1 to reach agreements",
        # "The Treasury ... giving companies until May 31 to wind down"
        states_or_their_people = (
            those_given or _MANY_STATES.fullmatch(who) is not None
            if which == "2"
            else setter is not None and _THOSE_GIVEN.fullmatch(who) is not None
        )
        # "Hamas has until Sunday evening to accept the plan, Trump said": a named party a
        # state's leader, speaking, gives the time
        speaker = ctx.subject_of(info)
        given_by_a_leader = (
            which == "2"
            and speaker is not None
            and setter is not None
            and speaker.country == setter
        )
        if not (states_or_their_people or given_by_a_leader):
            return []  # "The company has 30 days to ...", "Toyota gave Denso until May 31"
    if which == "4" and subject is None and not (listed or _THE_PARTIES.match(who)):
        return []  # "Apple promised to hire 20,000 workers ...": no state's goal
    if which == "4":
        # "instructed their border commission to finish ...": what is to be done
        what = " ".join(_TOLD_TO.sub("", demand.group("what4"), count=1).split()[:8])
        name = (
            _names_listed(ctx, listed)
            if listed
            else ctx.country_name(subject)
            if subject
            else who.lower()
        )
        label = f"{name} wants {what}" if demand.group("asks4") else f"Goal: {what} ({name})"
        if not demand.group(by_group).lower().startswith(("by", "before")):
            due = _due_after(ctx, info, demand.group(by_group))
            if due is None:
                return []
            return [
                DeadlineCandidate(
                    "deadline", due, info, setter or subject, None, label=label, derived=True,
                    evidence=evidence,
                )
            ]  # fmt: skip
        goals = _dated_demand(info, demand, by_group, setter or subject, None, label, evidence)
        # "agreed to raise trade by 2028 and to reopen the border market by 30 June": each
        # step its own goal
        for more in _AND_BY.finditer(text, demand.end()):
            step = " ".join(more.group("what").split()[:8])
            goals += _dated_demand(
                info, more, "by", setter or subject, None, f"Goal: {step} ({name})", evidence
            )
        return goals
    if which:
        lead = "" if demand.group(by_group).endswith("to") else rf"{_NO_STOP}*?\bto"
        asked = re.match(rf"{lead}\s+(?P<what>{_NO_STOP}+)", text[demand.end(by_group) :])
        # ("to negotiate a trade deal after a phone call with Sheinbaum": what is asked, not when)
        what = (
            " ".join(_CLAUSE_AFTER.split(asked.group("what"), maxsplit=1)[0].split()[:8])
            if asked
            else ""
        )
    else:
        what = " ".join(demand.group("what").split()[:8])
    if listed:
        name = _names_listed(ctx, listed)
    else:
        name = ctx.country_name(subject) if subject else who[0].upper() + who[1:]
    label = f"{name} must{(' ' + what) if what else ''}"
    by = demand.group(by_group).lower()
    if not by.startswith(("until", "by", "no later")) and ", until " not in by:
        durations = [
            d
            for d in find_durations(text[demand.start(by_group) :])
            if d.unit in ("day", "week", "month")
        ]
        base = _recent_day(ctx, info)
        if not durations or base is None:
            return []
        due = FuzzyDate.day(durations[0].after(base))
        kind = "ultimatum" if re.search(r"\bor\s+(?:face|risk)\b", text) else "deadline"
        out = [
            DeadlineCandidate(
                kind, due, info, setter, subject, label=label, derived=True, evidence=evidence
            )
        ]
        # "... within 30 days and launch a framework within 90 days": each step its own.
        for more in _AND_WITHIN.finditer(text, demand.end()):
            steps = [
                d for d in find_durations(more.group("by")) if d.unit in ("day", "week", "month")
            ]
            if steps:
                step = " ".join(more.group("what").split()[:8])
                out.append(
                    DeadlineCandidate(
                        kind,
                        FuzzyDate.day(steps[0].after(base)),
                        info,
                        setter,
                        subject,
                        label=f"{label.split(' must ')[0]} must {step}",
                        derived=True,
                        evidence=list(evidence),
                    )
                )
        return out
    return _dated_demand(info, demand, by_group, setter, subject, label, evidence)


def _state_of_the_measure_before(ctx: ArticleContext, info: SentenceInfo) -> str | None:
    """The state named in the last of the two sentences before that tells of a measure:
    "Indonesia will raise its safeguard duty ... Importers have until the end of the month to
    register shipments" is Indonesia's time allowed."""
    for before in reversed(ctx.sentences[max(0, info.index - 2) : info.index]):
        if _A_MEASURE_TOLD.search(before.text):
            # its imposer: the first state named, not one the measure is "on" or "against"
            # (nor a place it is told "in")
            return next(
                (
                    m.countries[0]
                    for m in before.mentions
                    if m.countries
                    # ("European Union governments adopted ...": a state's people too)
                    and (
                        m.form in (*COUNTRY_FORMS, PERSON, ROLE)
                        or (m.form == GROUP and len(m.countries) == 1)
                    )
                    and not clauses.OBJECT_OF_PREPOSITION.search(
                        before.text, max(0, m.start - 14), m.start
                    )
                ),
                None,
            )
    return None


# What time is given to do about a measure: "to register shipments already in transit"
_ABOUT_THE_MEASURE = re.compile(
    r"\b(?:shipments?|goods|cargo|transit|wind\s+down|exemptions?|licen[cs]es?|contracts?|"
    r"comply|register|imports?|exports?|bring\s+in|products|rate|comment|findings)\b",
    re.IGNORECASE,
)


_A_MEASURE_TOLD = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|sanctions?|ban|licen[cs]e|quotas?|export\s+controls)\b",
    re.IGNORECASE,
)
# "ahead of Aug. 1, when a 25% tariff on South Korean goods is due to take effect" (not "on
# July 28, when they will discuss whether a tariff due to take effect ...": another subject)
_WHEN_IT_STARTS = re.compile(
    r",\s+when\s+(?:(?:an?|the|its|their)\s+)?(?:[\w%.$-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|rate|"
    r"sanctions?|ban|surcharge)\b[^,;.]{0,100}"
)
# A ban "by the city" or "the company's" is no state's (see _entry_into_force)
_NO_STATES = re.compile(r"(?:the\s+)?(?:city|state|company|firm|club|league|school)['’]s\s", re.I)
_ITS_PEOPLE = re.compile(r"(?:its\s+|the\s+)?(?:negotiators|officials|diplomats)")
_THE_PARTIES = re.compile(r"(?i)(?:both|the)\s")
_MANY_STATES = re.compile(_MANY_STATES_WORDS)
_GIVER_GAP = re.compile(r"[^,;:]{0,40}")


def _state_giving(info: SentenceInfo, at: int) -> str | None:
    """The state whose leader, or itself, is named as the one giving the time allowed at
    ``at`` ("Trump on Friday gave Hamas until Sunday", "Israel has given Hezbollah ..."), if
    nothing but a few words in the same clause stand between."""
    before = [m for m in info.mentions if m.end <= at]
    if not before or not before[-1].countries or before[-1].form == CITY:
        return None  # (a town, "Toyota gave Denso ...", is no state)
    giver = before[-1]
    if _GIVER_GAP.fullmatch(info.text, giver.end, at) is None:
        return None
    return giver.countries[0]


# "The EU began collecting provisional duties on Friday, and must decide on definitive duties
# by early November": the clause's subject owes it
_AND_MUST = re.compile(
    r",?\s+and\s+(?:now\s+|still\s+)?must\s+(?P<what>[a-z][^.;]{3,80}?)\s+"
    r"(?P<by>by\s+(?:the\s+end\s+of|early|mid-?|late|[A-Z0-9]))"
)


def _subject_must(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """What the sentence's subject "must" do by a day, told after "and"."""
    opening = clauses.clause_start(info.text)
    subject = next(
        (
            x
            for x in info.mentions
            if x.countries and opening <= x.start <= opening + 20 and x.end <= m.start()
        ),
        None,
    )
    what = " ".join(m.group("what").split()[:8])
    if subject is None:
        # "The Commission opened an investigation ... and must decide on duties by July"
        named = _BODY_OPENS.match(info.text, opening)
        if named is None:
            return []
        return _dated_demand(info, m, "by", None, None, f"{named.group(1)} must {what}", evidence)
    state = subject.countries[0]
    label = f"{ctx.country_name(state)} must {what}"
    return _dated_demand(info, m, "by", state, None, label, evidence)


# A body that opens a sentence: "The Commission", "The European Central Bank"
_BODY_OPENS = re.compile(
    r"((?:The\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:Commission|Council|Parliament|"
    r"Court|Tribunal|Agency|Authority|Bank|Office|Ministry|Department|Board))\b"
)


def _names_listed(ctx: ArticleContext, listed: list[str]) -> str:
    """ "Indonesia and European Union", "Mali, Burkina Faso and Niger"."""
    names = [ctx.country_name(c) for c in listed]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _pair_told_before(ctx: ArticleContext, info: SentenceInfo) -> list[str]:
    """The two states whose people the sentence before names, in order, when there are two
    (not the place they met in)."""
    if not info.index:
        return []
    named: list[str] = []
    for m in ctx.sentences[info.index - 1].mentions:
        if m.form in (PERSON, ROLE, DEMONYM, NAME):
            named += [c for c in m.countries if c not in named]
    return named if len(named) == 2 else []


def _listed_countries(info: SentenceInfo, before: int) -> list[str]:
    """The states a sentence lists before ``before`` when it opens on them ("Mali, Burkina
    Faso and Niger left the bloc, but it has given them until July 29 ..."), else none."""
    opening = clauses.clause_start(info.text)  # after a dateline ("ABUJA, Jan 30 (...) - ")
    first = next((m for m in info.mentions if m.start >= opening and m.form in COUNTRY_FORMS), None)
    if first is None or first.start > opening or first.end > before:
        return []
    listed = countries_listed_from(info, first, until=before)
    return [m.countries[0] for m in listed] if len(listed) > 1 else []


def _due_after(ctx: ArticleContext, info: SentenceInfo, span: str) -> FuzzyDate | None:
    """The day a time allowed ("within 30 days") runs out, counted from the sentence's day."""
    steps = [d for d in find_durations(span) if d.unit in ("day", "week", "month")]
    base = _recent_day(ctx, info)
    if not steps or base is None:
        return None
    return FuzzyDate.day(steps[0].after(base))


def _dated_demand(
    info: SentenceInfo,
    demand: re.Match[str],
    by_group: str,
    setter: str | None,
    subject: str | None,
    label: str,
    evidence: list[Evidence],
) -> list[DeadlineCandidate]:
    """The deadline a demand or a goal names by date: "until Aug. 8", "by the end of the year"."""
    text = info.text
    dated = [d for d in info.future_dates if d.value and d.start >= demand.start(by_group) - 1]
    if not dated or dated[0].value is None:
        return []
    due = dated[0].value
    by = demand.group(by_group).lower()
    if due.precision == "year":
        due = FuzzyDate.month(due.end.year, 12)  # "by the end of 2025": its last month
    elif _names_a_months_end(dated[0]):
        # "until the end of August", "by the end of June 2026": the last day it allows
        due = FuzzyDate.day(due.end)
    elif due.precision == "week" and (by.startswith("by") or "end of" in text[demand.end() :][:20]):
        due = FuzzyDate.day(due.end)  # "by the end of next week": the last day it allows
    kind = "ultimatum" if re.search(r"\bor\s+(?:face|risk)\b", text) else "deadline"
    return [DeadlineCandidate(kind, due, info, setter, subject, label=label, evidence=evidence)]


# "A general licence will allow UK businesses to wind down existing transactions with
# Rosneft and Lukoil until 14 November 2025"
_WIND_DOWN_UNTIL = re.compile(
    r"\bto\s+wind\s+down\s+(?:[\w-]+\s+){0,3}?(?:transactions|dealings|business(?:es)?|"
    r"operations|contracts|positions|activities|ties)\b[^.;]{0,100}?\b(?:until|by|before)\b"
)


def _wind_down_ends(
    info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day those dealing with a sanctioned party must have wound their dealings down."""
    due = next(
        (
            d.value
            for d in info.future_dates
            if d.value and d.start >= m.start() and d.end > m.end()
        ),
        None,
    )
    if due is None:
        return []
    allowed = next((x for x in info.mentions if x.end <= m.start() and x.countries), None)
    setter = allowed.countries[0] if allowed is not None else None
    return [
        DeadlineCandidate(
            "deadline", due, info, setter, label="End of the wind-down period", evidence=evidence
        )
    ]


def _names_a_months_end(d: DateMention) -> bool:
    """Whether ``d`` is "the end of August" or "the end of June 2026" (a month's last days)."""
    return d.kind in ("part_month", "month_year") and "end" in d.text.lower()


def _head_noun_phrase(what: str) -> str:
    """What a phrase names, past its owner and its complements ("the Security Council's
    authorisation for the mission" names an authorisation, not a council)."""
    owned = re.split(r"['’]s\s+", what)[-1]
    return re.split(r"\s+(?:for|of|on|with|over|to)\s+", owned)[0]


# "It expires on 30 September.": the measure the sentence before named
_IT_EXPIRES = re.compile(
    r"(?P<what>It|They)\s+(?:(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+|will\s+)?"
    r"(?:expires?|runs?\s+out|lapses?|ends?)\s+"
    r"(?:(?:on|in|at\s+the\s+end\s+of)\b|(?=(?:next|this)\b|\d))"
)
_MEASURE_NAMED = re.compile(
    rf"\b(?P<what>(?:[Tt]he|[Ii]ts|[Tt]heir|an?)\s+(?:(?!(?:the|its|their|an?)\b)[\w'’.-]+\s+){{0,5}}?"
    rf"(?i:{_AGREED_THINGS}|law|measures?))\b"
)


def _pronoun_expiry(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """ "It expires on 30 September.", of the measure the sentence before named."""
    named = _MEASURE_NAMED.search(ctx.sentences[info.index - 1].text)
    if named is None:
        return []
    return _expiry(ctx, info, m, evidence, what=_named_without_article(named))


_LATER_TODAY = re.compile(
    r"\s*(?:(?:in\s+)?the\s+evening|tonight|this\s+evening|(?:at\s+)?midnight|later\s+(?:on\s+)?today)\b"
)


def _expiry(
    ctx: ArticleContext,
    info: SentenceInfo,
    m: re.Match[str],
    evidence: list[Evidence],
    what: str | None = None,
) -> list[DeadlineCandidate]:
    """ "a bilateral agreement that expires on 31 December 2026" (``what`` expires, when the
    match names it by a pronoun)."""
    # ("expires at the end of June 2024": the date's own words begin inside the match)
    dated = [
        FuzzyDate.day(d.value.end) if _names_a_months_end(d) else d.value
        for d in info.future_dates
        if d.value is not None and d.end > m.end()
    ]
    if not dated and _LATER_TODAY.match(info.text, m.end()) and (said := _day_said(ctx, info)):
        # "a truce that was due to expire in the evening": on the day the report tells of
        dated = [FuzzyDate.day(said)]
    if not dated:
        return []
    # ("its gas from Russia under a contract that runs until 2034": the contract expires)
    if what is None and m.re is _WHEN_THEY_EXPIRE.pattern:
        what = re.sub(r"^(?:the|its|their)\s+", "", m.group("what"), flags=re.IGNORECASE)
    what = re.split(r"\s+under\s+(?:a|an|the)\s+", what or _named_without_article(m))[-1]
    what = _WHEN_THEY.sub("", what)  # "the waivers when they expire on May 2"
    if _CLAUSE_IN_WHAT.search(what):
        # "at their summit in Brussels on 26 June whether to roll over the bloc's sanctions on
        # Russia, which expire on 31 July": what expires is the last thing named
        named_last = list(_DETERMINER_IN_WHAT.finditer(what))
        if named_last:
            what = what[named_last[-1].end() :]
    if _MAY_BE.search(what):
        return []  # "removing the risk that the measures would expire": what did not happen
    # ("renewed a supply deal last year that runs until 2048": the deal, not when it was made)
    what = _WHEN_MADE.sub("", what)
    if re.search(r"\bdeadline\b", info.text[: m.start("what")], re.IGNORECASE):
        return []  # "Trump's deadline for Moscow to agree a ceasefire ... expires": a stated deadline
    if _GATHERING.search(_head_noun_phrase(what)):
        return []  # "the two-day summit, which closes on Monday": an event's end, no deadline
    if _TERM_OF_OFFICE.search(what) and not _MISSION.search(what):
        # (but "the mandate of its peacekeeping mission in South Sudan" runs out)
        return []  # "the last of President Joe Biden's term, which ends on Monday": no measure's
    due = dated[0]
    was_due = _WAS_DUE.search(m.group(0))
    if was_due and _NOW_UNTIL.search(m.group(0), was_due.end()):
        was_due = (
            None  # "which had been due to lapse on Jan. 31, now run until July 31": the new day
        )
    if was_due and _FORMER_DEADLINE.search(what):
        return []  # "The previous deadline had been due to expire on Wednesday": given up
    if was_due:
        # "extended by another 90 days the truce that was due to expire on Aug. 1": the old
        # day moves on by the extension, or is gone when the text gives none
        what = _WAS_DUE.split(what, maxsplit=1)[0].strip(" ,") or what
        # ("The Commerce Department extended by 90 days a reprieve .... The licence had been
        # due to expire on Monday.": the extension told just before)
        extension = _EXTENDED_BY.search(info.text) or (
            _EXTENDED_BY.search(ctx.sentences[info.index - 1].text) if info.index else None
        )
        steps = find_durations(extension.group("span")) if extension else []
        moved = _MOVED_TO.search(info.text) or (
            _MOVED_TO.search(ctx.sentences[info.index - 1].text) if info.index else None
        )
        # ("extended exclusions ... until Nov. 10, 2026. The exclusions had been due to expire
        # on Saturday.": a new day told just before)
        extended_until = _EXTENDED_TO_A_DAY.search(info.text) or (
            _EXTENDED_TO_A_DAY.search(ctx.sentences[info.index - 1].text) if info.index else None
        )
        if steps:
            due = FuzzyDate.day(steps[0].after(due.start))
        elif moved or extended_until or "had" not in was_due.group(0).lower().split():
            return []  # (or "pushed back to Aug. 1 the start ...": the day moved elsewhere)
        # ("The licence had been due to expire on Monday", no extension told: the day stands)
    label = f"Renewal of the {what}" if m.groupdict().get("renewal") else f"Expiry of the {what}"
    return [DeadlineCandidate("expiry", due, info, label=label, evidence=evidence)]


_EXTENDED_TO_A_DAY = re.compile(
    r"\b(?:extended|extends|prolonged|renewed)\b[^.;]{0,120}?\b(?:until|till|through)\s",
    re.IGNORECASE,
)
_MISSION = re.compile(
    r"\b(?:mission|peacekeep\w*|force|operation|monitors?|observers?|panel)\b", re.IGNORECASE
)
_NOW_UNTIL = re.compile(r"\b(?:now|until|till|through)\b", re.IGNORECASE)
_MAY_BE = re.compile(r"\b(?:would|could|might|may)$")
_WHEN_MADE = re.compile(r"\s+(?:(?:last|this)\s+(?:year|month|week)|in\s+\d{4})$")
_TERM_OF_OFFICE = re.compile(r"\b(?:term|tenure|mandate|presidency|premiership)\b", re.IGNORECASE)
_WAS_DUE = re.compile(
    r"\b(?:(?:that|which)\s+)?(?:was|were|had\s+been)\s+(?:due|set|scheduled)\s+to\b", re.IGNORECASE
)
_WAS_EXTENDED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:extended|renewed|prolonged)\b", re.IGNORECASE
)
_EXTENDED_BY = re.compile(
    # ("agreed to extend by 72 hours a truce ... that was due to expire in the evening")
    r"\b(?:extend(?:ed|s)?|prolong(?:ed|s)?|renew(?:ed|s)?)\s+(?:[\w.’'-]+\s+){0,8}?by\s+"
    r"(?P<span>(?:another|a\s+further|an\s+additional)?\s*\S+\s+(?:days?|weeks?|months?|years?|hours))",
    re.IGNORECASE,
)


# Dated events that are not meetings between states (those are interactions, and a planned
# interaction is a deadline already): "Tuesday's inauguration of the dam", "the election
# scheduled for Dec. 2".
# Events that end rather than expire ("the two-day summit, which closes on Monday").
_OCCASIONS = (
    r"inauguration|swearing-in|election|elections|referendum|vote|ceremony|signing|hearing|"
    r"ruling|verdict|launch|opening|parade|coronation|funeral|handover|ratification|"
    r"summit|session|council|conference|forum|congress|assembly|retreat|"
    # two states' standing body: "the Joint Economic Commission", "the EEA Joint Committee"
    r"joint\s+(?:[\w-]+\s+){0,2}?(?:commission|committee)|"
    # the UN climate conference by its number: "COP31"
    r"COP\d{1,2}"
)
# Talks and meetings are interactions, whose planned dates are deadlines already; named here
# for those whose parties the sentence leaves out ("The talks are scheduled for Aug. 20").
_EVENT_NOUNS = (
    # ("a final decision on that rate is due in August": a ruling by another name)
    _OCCASIONS + r"|review|decision|ceasefire|truce|talks|negotiations|"
    # not "the shareholder meeting", "the next round of layoffs"
    r"(?<!shareholder\s)(?<!shareholders'\s)(?<!board\s)meeting|round(?!\s+of\s+(?!talks|negotiations))"
)
_GATHERING = re.compile(rf"\b(?:{_OCCASIONS}|talks|visit|trip|meeting)\b", re.IGNORECASE)
_EVENT_WORD = gated(re.compile(rf"\b(?:{_EVENT_NOUNS})\b", re.IGNORECASE))
# "will host the Group of 20 leaders at his Doral resort": their summit, unnamed
_BLOC_LEADERS = rf"(?:Group\s+of\s+\w+|{BLOCS})\s+leaders\b(?!['’])"
_HOSTS_LEADERS = gated(re.compile(rf"\bhost\s+the\s+{_BLOC_LEADERS}"))
# "EU foreign ministers will discuss ... when they meet in Brussels on Nov. 20"
# The bloc's people meet as the subject ("will meet", "... when they meet"), not "expect
# Russia to meet its commitments".
_BLOC_MEETS = gated(
    re.compile(
        # ("The EU's foreign ministers meet", "Leaders of the G7 will meet")
        rf"\b(?P<who>(?:{BLOCS})(?:['’]s)?\s+(?i:(?:(?:foreign|finance|trade|defen[cs]e|economy|energy|agriculture)\s+)?"
        r"(?:ministers|leaders|heads\s+of\s+state|envoys|ambassadors))"
        rf"|(?:Leaders|Heads\s+of\s+state|(?:Foreign|Finance|Trade)\s+ministers)\s+of\s+the\s+(?:{BLOCS})"
        # ("Leaders of the BRICS group of emerging economies will gather")
        r"(?:\s+(?:group|bloc|grouping)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:economies|nations|countries|states))?)?)\b"
        r"(?:\s+(?:will|would|are\s+(?:due|set|scheduled|expected)\s+to|plan\s+to)|[^.;]{0,80}?\bwhen\s+they)?"
        r"\s+(?:meet|convene|gather)\b(?!\s+(?:its|their|the|a|an|this|that|these|those)\s)"
    )
)
# "Negotiators will reconvene in Geneva on Aug. 20", "The two sides will meet again": the next
# round of talks whose parties the story told before
_SIDES_MEET_AGAIN = gated(
    re.compile(
        r"\b(?:[Nn]egotiators|[Dd]elegations|(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:sides|teams|delegations))\s+"
        r"(?:will|are\s+(?:due|set|expected|scheduled)\s+to|plan\s+to)\s+"
        r"(?:meet\s+again|reconvene|resume\s+(?:talks|negotiations))\b"
    )
)


_EARLIER_ON = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?$")
_FORECAST = gated(
    re.compile(
        r"\b(?:economists?|analysts?|strategists?|forecasters?|investors|traders|markets|the\s+bank)\b"
        r"[^.;]{0,60}?\b(?:expects?|expected|forecasts?|predicts?|predicted|estimates?|estimated|"
        r"projects?|projected|sees?)\b",
        re.IGNORECASE,
    )
)
# "The summit has been postponed to March 3", "pushed back to Aug. 1 the start of higher
# tariffs": an event or a start moved to a new day, named before the verb or after the day
_MOVED_TO = gated(
    re.compile(
        r"\b(?:pushed\s+back|postponed|delayed|moved|rescheduled|brought\s+forward|put\s+off|deferred)"
        r"\s+(?:to|until|till)\s+",
        re.IGNORECASE,
    )
)
_MOVED_BEFORE = re.compile(
    r"(?P<what>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|(?-i:[A-Z])[\w.’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|is|are)\s+$"
)
_MOVED_AFTER = re.compile(
    r"[^,;]{0,25}?\s+(?P<what>the\s+(?:start|launch|implementation|introduction|opening|"
    r"entry\s+into\s+force)\s+of\s+(?:[\w’'%\"“”-]+\s+)*?[\w’'%\"“”-]+)"
    r"(?=\s+(?:on|for|to|from|in|by|against|with|after|before|until|and|which|that)\b|[,;.]|$)"
    # ("pushed back to July 9 a threatened 50% tariff on goods from the European Union")
    r"|[^,;]{0,25}?\s+(?P<thing>(?:a|an|the|its|their)\s+(?:[\w’'%-]+\s+){0,3}?"
    r"(?:tariffs?|levy|levies|duties|summit|meeting|visit|vote|talks|deadline))\b"
)


# A grant's term told with no day to count from, which is the day of the act: "The oil and gas
# license is valid for six months", "granted temporary waivers to eight buyers of Iranian oil
# ... for 180 days"
_GRANTS = r"(?:waivers?|licen[cs]es?|exemptions?|permits?|carve-outs?|reprieve|exceptions?)"
_VALID_FOR = gated(
    re.compile(
        r"\b(?P<what>(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}?" + _GRANTS + r")\s+"
        r"(?:is|are|will\s+be|remains?)\s+valid\s+"
        r"(?P<span>for\s+\S+\s+(?:days?|weeks?|months?|years?))\b(?!\s+from\b)",
        re.IGNORECASE,
    )
)
_GRANTED_FOR = gated(
    re.compile(
        r"\b(?:granted|grants|granting|issued|gave)\s+(?P<what>(?:\w+\s+){0,2}?" + _GRANTS + r")\b"
        r"[^.;]{0,120}?\s(?P<span>for\s+\S+\s+(?:days?|weeks?|months?|years?))\b(?!\s+from\b)",
        re.IGNORECASE,
    )
)

# "eased sanctions on Oct. 18 ... with a six-month licence": the instrument of the act
_SPAN_GRANT = gated(
    re.compile(
        # ("issued a 180-day waiver of the Caesar Act sanctions")
        r"\b(?:with|(?:issued|issues|granted|grants|gave|gives)(?=\s+(?:a|an)\s+\S+-(?:day|week|month|year)\s+(?:[\w-]+\s+)?"
        + _GRANTS
        + r"\s+(?:of|from|on|for)\b))\s+(?P<what>(?:a|an)\s+(?P<span>\S+-(?:day|week|month|year))\s+(?:[\w-]+\s+)?"
        + _GRANTS
        + r")\b",
        re.IGNORECASE,
    )
)


# "ordered diplomats from Argentina, Chile and Peru to leave the country within 72 hours": a
# state's order with the time it allows
_ORDERED_WITHIN = gated(
    re.compile(
        r"\b(?:ordered|orders|told|tells|instructed|instructs)\s+(?P<who>[^.;]{3,140}?)\s+to\s+"
        r"(?P<what>(?:leave|withdraw|quit|depart|close|vacate|pull\s+out)\b[^.;]{0,60}?)\s+"
        r"within\s+(?P<span>\S+\s+(?:hours?|days?|weeks?))\b",
        re.IGNORECASE,
    )
)
# "The U.N. Security Council will vote on Friday on a resolution": a vote of states, which an
# analyst counts down to (a parliament's own vote is domestic business)
_BODY_VOTES = gated(
    re.compile(
        r"\b(?P<body>(?:U\.N\.|UN|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly|"
        r"Human\s+Rights\s+Council)|(?<=the\s)(?:Security\s+Council|General\s+Assembly)|European\s+Parliament|"
        r"(?:EU|European\s+Union)\s+(?:ambassadors|member\s+states|governments|"
        r"(?:(?:foreign|trade|finance|energy|defen[cs]e|interior|agriculture)\s+)?ministers|leaders|"
        r"countries|capitals)|(?:the\s+)?European\s+Commission|"
        r"(?:U\.S\.\s+|US\s+)?International\s+Trade\s+Commission|IAEA(?:['’]s)?\s+(?:board|Board(?:\s+of\s+Governors)?))"
        r"\s+(?:will|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|scheduled)\s+to|"
        # ("EU member states must then vote by early November")
        # ("EU foreign ministers are due to decide on Jan. 27 whether to ...": a decision due)
        r"plans?\s+to|must\s+(?:then\s+|now\s+|still\s+)?)\s*(?:hold\s+a\s+)?(?P<verb>vote|decide|rule)\b"
    )
)
# 'Trump will decide "within the next two weeks" whether ...': a decision a state's leader
# gives himself a time for
_WILL_DECIDE_WITHIN = gated(
    re.compile(
        r"\bwill\s+(?:decide|make\s+(?:a|its|his|her)\s+decision)\b[^.;]{0,20}?\bwithin\s+"
        r"(?:the\s+next\s+)?(?P<span>\w+\s+(?:days?|weeks?|months?))",
        re.IGNORECASE,
    )
)
# Every cue find_deadlines acts on (the tariff's start needs _START or _FROM_DATE).
_TOLD_ITS_END = gated(
    re.compile(r"\b(?:until|till|ends?\s+(?:in|on)|expires?|lapses?|runs?\s+out)\b", re.IGNORECASE)
)


def _its_end_told(ctx: ArticleContext, info: SentenceInfo) -> bool:
    """Whether this sentence or the next tells when a grant ends ("... a one-month exemption
    .... The reprieve runs until April 2"): that day, not one counted from the act."""
    told = ctx.sentences[info.index : info.index + 2]
    return any(_TOLD_ITS_END.search(s.text) for s in told)


# "Further reciprocal tariffs are due to be unveiled on 2 April", "a further round of sanctions
# against Russia would be announced on Saturday", "The Commission will present a 16th package
# of sanctions this week": the day new measures are to be made known.
_MEASURES_UNVEILED = gated(
    re.compile(
        # (a trade measure, told in the clause: not "the aid package for farmers", nor "the
        # measures were working, and details will be announced")
        r"\b(?P<what>(?:tariffs?|duties|levies|sanctions(?:\s+package)?|countermeasures|"
        r"(?:retaliatory|counter|trade|new|further)\s+measures|"
        r"(?:package|round|set)\s+of\s+(?:sanctions|countermeasures|tariffs|measures))\b"
        r"(?:[^,;.]|" + clauses.ABBREVIATION_STOP + r"){0,60}?)"
        # ("a 16th package of sanctions to be adopted by Feb. 24")
        r"\s+(?:(?:is|are)\s+(?:due|set|expected|scheduled|slated)\s+to\s+be|(?:will|would)\s+be|to\s+be)\s+"
        r"(?:unveiled|announced|published|presented|outlined|detailed|adopted)\b"
        r"|\b(?:will|would|(?:is|are)\s+(?:due|set|expected|scheduled|slated)\s+to)\s+"
        r"(?:unveil|announce|present|publish|outline|adopt)\s+"
        r"(?P<what2>(?:a|an|the|its|their|further|new)\s+(?:[^,;.]|"
        + clauses.ABBREVIATION_STOP
        + r"){0,50}?"
        r"\b(?:tariffs?|duties|levies|sanctions(?:\s+package)?|countermeasures|package\s+of\s+sanctions|"
        # (not "the final list of affected tariff lines": a customs schedule)
        r"package\s+of\s+countermeasures))\b(?!\s+(?:lines?|codes?|schedules?))",
        re.IGNORECASE,
    )
)


def _measure_due(text: str, at: int = 0) -> re.Match[str] | None:
    """_MEASURE_DUE's match from ``at``, looked for only where its rarer words stand."""
    return _MEASURE_DUE.search(text, at) if _DUE_OR_BACK.search(text, at) else None


# (the words _MEASURE_DUE needs besides its measure's, for the sentence gate)
_DUE_OR_BACK = gated(
    re.compile(r"\b(?:due\s+(?:by|on|to\s+follow)|return|snap\s+back|reinstated|reimposed)\b", re.I)
)
# (the verbs _MEASURES_UNVEILED needs, for the sentence gate: its measure words are common)
_UNVEILING = gated(
    re.compile(r"\b(?:unveil|announc|present|publish|outlin|detail|adopt)", re.IGNORECASE)
)
# "The two sides hope to conclude their trade agreement by the end of June", "aim to sign the
# pact by Dec. 20", "New Zealand and India will sign their free trade agreement in New Delhi on
# November 18": the day an agreement between states is to be concluded or signed.
_AGREEMENT_NAMED = (
    r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,5}?(?:agreement|deal|pact|treaty|FTA|CEPA|"
    r"partnership(?:\s+agreement)?)"
)
_DEAL_TARGET = gated(
    re.compile(
        r"\b(?:(?:hopes?|aims?|wants?|plans?|expects?|seeks?|intends?|targets?|agreed|are\s+working|"
        # ("agreed to aim to conclude the first tranche")
        r"set\s+a\s+target)\s+(?:to\s+aim\s+)?to|(?:will|would|are\s+(?:due|set)\s+to|is\s+(?:due|set)\s+to))\s+"
        r"(?P<verb>conclude|sign|finali[sz]e|complete|seal|strike|wrap\s+up|close|ink)\s+"
        r"(?P<what>" + _AGREEMENT_NAMED + r"|"
        # "initialled a draft peace agreement on Wednesday and will sign it in Washington on
        # June 27": the agreement told before
        r"(?P<it>it)(?=\s+(?:in|on|by|before|at)\s))\b"
        # "The EU deal with Indonesia is expected to be signed before the end of September"
        r"|\b(?P<what_told>" + _AGREEMENT_NAMED + r"(?:\s+(?:with|between)\s+[^,.;]{1,40}?)?)\s+"
        r"(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to\s+be\s+"
        r"(?P<verb_told>concluded|signed|finali[sz]ed|completed|sealed|inked)\b",
        re.IGNORECASE,
    )
)
# The words a deal's day follows: a target's "by" or "before", an event's "on" or "in".
_DEAL_DAY_WORD = re.compile(r"\s(?P<when>by|before|on|in)\s", re.IGNORECASE)
# States' deals only (not "Microsoft expects to complete the deal by June 30"): a country named
# before the verb, "the two sides", or an agreement only states make, whoever the sentence
# names ("the bloc hopes to conclude a free trade agreement with EFTA by June")
_STATES_AGREEMENT = re.compile(
    r"\b(?:trade|FTA|CEPA|economic|partnership|treaty|accession|peace|ceasefire|security|defen[cs]e)\b",
    re.IGNORECASE,
)
_TWO_SIDES = re.compile(r"\b(?:two|both)\s+(?:sides|countries|governments|nations)\b", re.I)
# ("will sign it": the agreement the sentence told before)
_AGREEMENT_BEFORE = re.compile(r".*\b(?P<what>" + _AGREEMENT_NAMED + r")\b", re.IGNORECASE)
_DEAL_CLAUSE_END = re.compile(r"[.;]\s|\s(?:that|which|where|who|when|while|after)\s")
_ANY_CUE = UnionGate(
    [
        _UNVEILING,
        _ULTIMATUM,
        _DEADLINE,
        _DEMAND_WORD,
        _EXPIRES_WORD,
        _EVENT_WORD,
        _PAUSE,
        _GRACE,
        _START,
        _DUE_OR_BACK,
        _FROM_DATE,
        _RATE_RISES,
        _ENDED_WORD,
        _IN_FORCE_WORD,
        _BLOC_MEETS,
        _SIDES_MEET_AGAIN,
        _MOVED_TO,
        _ORDERED_WITHIN,
        _BODY_VOTES,
        _WILL_DECIDE_WITHIN,
        _DEAL_TARGET,
    ]
)
_SAID_AFTER = re.compile(
    r"\b(?:said|says|spoke|told\s+[\w ]{1,30}?)\s+after\s+(?:the\s+|their\s+|his\s+|her\s+)?$"
)
# "will meet in Brussels on Oct. 23 for a summit"
_FOR_AN_EVENT = re.compile(
    # ("for the U.N. General Assembly": initials' stops are no sentence's)
    # ("on Nov. 22-23 for the G20 summit": the day's range told before)
    rf"(?:\s*[-–]\s*\d{{1,2}})?\s+for\s+(?:a|an|the|their)\s+(?:[\w.-]+\s+){{0,3}}?(?P<event>(?:{_OCCASIONS})\b"
    # "is due in Rio de Janeiro next week for a meeting of BRICS foreign ministers"
    r"|(?<=\s)meeting\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+[\w-]+){0,3}?\s+"
    r"(?:ministers|leaders)\b"
    # ("will host European leaders at Blenheim Palace on July 18 for a meeting of the European
    # Political Community")
    r"|(?<=\s)meeting\s+of\s+the\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){1,3}\b)",
    re.IGNORECASE,
)
_PAST_ACT_BEFORE = re.compile(
    r"\b(?:won|lost|swept|boycotted|contested|since|attended|skipped)\s+(?:the\s+)?$", re.IGNORECASE
)
_EVENT_AFTER_DATE = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<event>(?:{_EVENT_NOUNS})\b[^,;:.()]{{0,60}})",
    re.IGNORECASE,
)
_EVENT_BEFORE_DATE_PATTERN = re.compile(
    # ("A meeting of the commission, requested by Bogota, is scheduled for": an aside allowed)
    # ("the Joint Economic Commission, which has not met since 2005, would convene in ...")
    rf"\b(?P<event>(?:{_EVENT_NOUNS})\b[^,;:.()]{{0,50}}?)"
    r"(?P<aside>,\s+(?:[a-z-]+ed\s+by|which\s+has|which\s+had)\s+[^,;:.()]{1,40},)?"
    # ("the ASEAN summit in Kuala Lumpur, which opens on Oct. 26"; "a conference ...,
    # co-chaired by France and Saudi Arabia, which opens in New York next week")
    # ("the joint review of the USMCA, scheduled for July 2026")
    r"(?:,?\s+(?:which|that))?(?:,\s+(?=to\s+be\s+held|(?:scheduled|slated|planned)\s+for)|\s+)(?:"
    # ("An extraordinary summit ... has been called for Thursday")
    r"(?:is\s+|are\s+|was\s+|has\s+been\s+)?(?:scheduled|set|due|planned|expected|slated|pencil+ed\s+in|"
    r"(?<=been\s)called(?=\s+for\b))\s+"
    r"(?:to\s+(?:take\s+place|begin|start|open|take\s+effect|resume|reconvene|continue|be\s+held)\s+)?"
    # "is scheduled to be held in Riyadh in February 2026", "set to resume in Taipei next week"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*)?"
    # ("the joint review of the USMCA, which must take place by July 1, 2026", "must be
    # completed by")
    r"|(?:must|should|has\s+to|is\s+to)\s+(?:take\s+place|be\s+(?:held|completed|concluded|finished))\s+"
    r"|(?:(?:will|would)\s+be\s+(?:held|hosted|staged)(?:\s+by\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?|"
    r"(?:is\s+)?to\s+be\s+held|(?:will|would)\s+take\s+place|takes\s+place|"
    # "the BRICS summit India will host next year", "... that South Africa will host in ..."
    r"(?:(?:that|which)\s+)?(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}"
    # ("the APEC leaders' meeting that the city hosts on Oct. 31")
    r"|(?:that|which)\s+the\s+(?:city|country|capital|kingdom|island))\s+"
    # ("the BRICS summit Brazil hosts in Rio de Janeiro on July 6")
    r"(?:(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+host|hosts|is\s+hosting)"
    r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2})?|"
    # ("The G7 summit in Kananaskis runs from June 15 to 17")
    r"(?:will|would)\s+(?:open|close|convene|begin|start|take\s+effect|run|resume)|opens|begins|starts|"
    r"takes\s+effect|runs"
    # (a date read with its leading space: "... hosted by India| next year")
    r"|is|are)\s*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    # ("to be held in Samarkand, Uzbekistan, in April": the place with its country)
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,)?\s*)?"
    r")(?:at\s+midnight\s+)?(?:(?:for|on|in|by|from|at)(?:\s+|$))?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE,
)
_EVENT_BEFORE_DATE = gated(_EVENT_BEFORE_DATE_PATTERN)
# "are due at the NATO summit in The Hague on June 24-25", "will attend the G20 Foreign
# Ministers' Meeting in Johannesburg on February 20": an event, its place, then its day (read
# only in a sentence that tells of the future).
_EVENT_IN_PLACE_PATTERN = re.compile(
    rf"\b(?P<event>(?:{_EVENT_NOUNS})\b[^,;:.()]{{0,50}}?)\s+in\s+(?:the\s+|The\s+)?"
    # ("in Rio de Janeiro": a place's particles)
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:de|do|da|del|la|el|al)\s+)?(?-i:[A-Z])[\w’'-]*){0,2}(?:,\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?,?)?"
    # (a month is read with its "in": "... in Kuala Lumpur| in October")
    # ("in Gyeongju at the end of October": a part of a month read with its "at")
    # ("in Hiroshima, Japan, starting on Friday": its first day)
    r"(?:,?\s+(?:starting|beginning|opening))?"
    r"(?:\s+(?:on|from|in|at)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|\s*)$",
    re.IGNORECASE,
)
_EVENT_IN_PLACE = gated(_EVENT_IN_PLACE_PATTERN)
# A gathering of states (not a press conference).
_STATE_GATHERING = (
    r"(?:summit|(?<!press\s)(?<!news\s)conference|forum|joint\s+(?:[\w-]+\s+){0,2}?(?:commission|committee)|"
    # ("the Asia-Pacific Economic Cooperation leaders' meeting on Friday": a summit)
    r"(?:(?<=leaders['’]\s)|(?<=Leaders['’]\s))meeting|"
    # ("the pact's first joint review on July 1": the parties' review of their agreement, not
    # "the agency's joint review")
    r"(?:(?<=pact['’]s\s)|(?<=deal['’]s\s)|(?<=treaty['’]s\s)|(?<=agreement['’]s\s))"
    r"(?:(?:first|next|annual)\s+)?joint\s+review|"
    r"joint\s+review(?=\s+of\s+(?:the\s+)?(?:pact|agreement|trade\s+(?:pact|deal)|USMCA|CUSMA)\b))"
)
# (a gathering of states: not "ahead of the Nov. 5 election", a date at home)
_EVENT_RIGHT_AFTER = re.compile(
    rf"\s+(?P<event>(?:{_STATE_GATHERING}|talks|negotiations|(?<!board\s)meeting)\b[^,;:.()]{{0,60}})",
    re.IGNORECASE,
)
# What an event is prepared for: "ahead of", "preparing for", "in the run-up to"
_PREPARED_FOR = r"(?:ahead\s+of|run-up\s+to|prepar(?:e|es|ed|ing|ations?)\s+for)"
_THE_BEFORE = re.compile(rf"\b(?:{_PREPARED_FOR}|before|in\s+time\s+for)\s+the\s+$", re.IGNORECASE)
# "will gather in Johannesburg for the G20 summit on November 22-23": a gathering of states,
# named just before its day (not an election, a hearing, a parliament's sitting or a press
# conference, which are no diplomacy).
_GATHERING_ON_PATTERN = re.compile(
    # ("will review Britain's progress at a summit in June": a month read with its "in")
    rf"\b(?P<event>{_STATE_GATHERING}\b)(?:\s+(?:on|from)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|(?P<bare>\s+))$",
    re.IGNORECASE,
)
_GATHERING_ON = gated(_GATHERING_ON_PATTERN)
# What, just before such an event, says it is to come: "are due at", "will attend".
_TO_ATTEND = re.compile(
    r"\b(?:will|would|shall|due|expected|invit(?:e|ed|es|ing|ation)|(?:set|scheduled)\s+to|"
    r"look(?:s|ed|ing)?\s+forward\s+to|work(?:s|ing)?\s+towards?|to\s+(?:attend|chair|host|"
    # (a dot inside a name, "U.S.-Mexico-Canada", ends nothing)
    r"brief|hold|present|address|join|travel|fly))\b(?:[^;:.()]|\.(?=[\w-])){0,120}$",
    re.IGNORECASE,
)


# "The NATO summit in The Hague on June 24-25 is expected to agree ...", "preparing for the
# NATO summit in The Hague on June 24": an event on a day, told to come after it or before.
_TO_COME_AFTER = re.compile(
    # ("in Kananaskis from June 15 to 17 will discuss ...": its last day first)
    r"(?:\s*(?:[-–]|to|and)\s*\d{1,2})?,?\s+(?:(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to|will|would)\b",
    re.IGNORECASE,
)
# ("preparations for the Eurasian Economic Union summit in Minsk on June 26": the event's name)
_PREPARING_FOR = re.compile(rf"\b{_PREPARED_FOR}\s+[^;:.()]{{0,50}}$", re.IGNORECASE)
_HOPED = re.compile(r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?)\b", re.IGNORECASE)


def _event_in_place(text: str, before: str, day: DateMention) -> re.Match[str] | None:
    """An event in a place just before a date (``before`` is the text just before it in
    ``text``), told to come: after a cue before it, or, on a day, one just before or after."""
    event = _EVENT_IN_PLACE.search(before) or _GATHERING_ON.search(before)
    if event is None:
        return None
    if event.groupdict().get("bare") and not day.text.lower().startswith("in "):
        return None  # "a summit in June", not "the ASEAN summit at the weekend"
    event_at = day.start - len(before) + event.start()
    if _TO_ATTEND.search(text, max(0, event_at - 130), event_at):
        return event
    on_a_day = day.value is not None and day.value.precision == "day"
    if (
        on_a_day
        and not _HOPED.search(text, 0, event_at)
        and (
            _TO_COME_AFTER.match(text, day.end)
            or _PREPARING_FOR.search(text, max(0, event_at - 80), event_at)
        )
    ):
        return event
    return None


# The capitalised words that name an event before its noun: "the Second Central Asia – China",
# "the Group of Seven".
_EVENT_NAME = re.compile(
    # "Group of Seven", "Asia-Pacific Economic Cooperation leaders' "
    r"(?:(?:[A-Z][\w’'.-]*|[–-])\s+(?:of\s+(?=[A-Z]))?){1,6}(?:[a-z][\w-]*['’]?\s+)?$"
)
# "There will be a special European Council on Thursday".
_THERE_WILL_BE = gated(
    re.compile(
        rf"\bthere\s+will\s+be\s+(?:a|an|the)\s+(?P<event>[^,;:.()]{{0,40}}?\b(?:{_EVENT_NOUNS}))"
        r"\s+(?:on|in)\s+$",
        re.IGNORECASE,
    )
)

# "will attend a peace conference hosted by Switzerland at the weekend": the event, its host,
# then its day
_HOSTED_BY_PATTERN = re.compile(
    rf"\b(?P<event>(?:{_EVENT_NOUNS})\b[^,;:.()]{{0,50}}?)\s+hosted\s+by\s+"
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s*(?:(?:on|in|at)\s+)?$",
    re.IGNORECASE,
)
_HOSTED_BY = gated(_HOSTED_BY_PATTERN)
# "a summit", "the Group of 20 leaders' summit": a gathering of states, its name up to four
# words before the noun
_A_GATHERING = (
    rf"(?:a|an|the)\s+(?P<event>(?:[\w'’-]+\s+){{0,4}}?{_STATE_GATHERING}\b"
    # ("will host the Group of 20 leaders at his Doral resort on Dec. 14 and 15")
    rf"|(?-i:{_BLOC_LEADERS}))"
)
# "Jordan will host an international conference on refugees next month" (not "will hold a news
# conference on Friday")
_WILL_HOST_PATTERN = re.compile(
    r"\b(?:(?:will|would|(?:is|are)\s+(?:set|due|scheduled)\s+to|plans?\s+to)\s+(?:also\s+)?"
    # "South Africa hosts the Group of 20 leaders' summit in Johannesburg on Nov. 22": the
    # present for a day ahead
    r"(?:host|convene|hold)|hosts|convenes)\s+"
    + _A_GATHERING
    + r"[^,;:.()]{0,60}?(?:\s+(?:on|in))?\s*$",
    re.IGNORECASE,
)
_WILL_HOST = gated(_WILL_HOST_PATTERN)

_OPENS_NOW = re.compile(
    rf"\b(?:{_EVENT_NOUNS})\b[^,;:.()]{{0,50}}?\s+(?:opens|begins|starts|convenes)\b[^,;:.()]{{0,40}}$",
    re.IGNORECASE,
)
_HOSTS_AFTER = re.compile(
    r",?\s+(?:[\w’'.-]+\s+){1,4}?(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:also\s+)?"
    r"(?:host|hold|convene|attend|chair)\s+" + _A_GATHERING,
    re.IGNORECASE,
)
_FOR_THE_EVENT_THEN = gated(
    re.compile(
        # (a timetable's present tense, "flies to Tianjin for ...", "joins ... for a summit")
        r"\b(?:" + clauses.TIMETABLE_TRIP + r"|joins)\b[^,;.]{0,80}?"
        rf"\bfor\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<event>(?:{_EVENT_NOUNS})\b)"
        r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?\s+(?:on\s+|in\s+)?$",
        re.IGNORECASE,
    )
)
_AHEAD_PATTERN = re.compile(
    r"\b(?:ahead\s+of|before|upcoming|forthcoming|preparations?\s+for|in\s+time\s+for|"
    r"scheduled|set\s+for|due|(?:is|are)\s+expected|"
    # a timetable's present: "Modi flies to Tianjin for the SCO summit on Sunday"
    r"(?:" + clauses.TIMETABLE_TRIP + r")\s+(?:on\s+)?(?:to|for)\s+(?=[A-Z]))\b",
    re.IGNORECASE,
)
_AHEAD = gated(_AHEAD_PATTERN)


def _first_day_ahead_after(ctx: ArticleContext, info: SentenceInfo, at: int) -> FuzzyDate | None:
    """The first date after ``at`` in the sentence that is still ahead of the report."""
    return next(
        (
            d.value
            for d in info.future_dates
            if d.start > at and d.value and (ctx.published is None or d.value.start > ctx.published)
        ),
        None,
    )


def _next_round(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day the next round of talks is due, when the sentence names one ahead."""
    due = _first_day_ahead_after(ctx, info, m.end())
    if due is None:
        return []
    return [DeadlineCandidate("event", due, info, label="Next round of talks", evidence=evidence)]


def _body_vote(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day a body of states is to vote or decide, when the sentence names one ahead."""
    due = _first_day_ahead_after(ctx, info, m.end())
    if due is None:
        return []
    what = {"vote": "vote", "decide": "decision", "rule": "ruling"}[m.group("verb").lower()]
    label = " ".join(m.group("body").split()) + " " + what
    return [DeadlineCandidate("event", due, info, label=label, evidence=evidence)]


def _measures_unveiled(
    ctx: ArticleContext,
    info: SentenceInfo,
    m: re.Match[str],
    tariffs: list[TariffCandidate],
    evidence: list[Evidence],
) -> list[DeadlineCandidate]:
    """The day new measures are to be unveiled, when the sentence names one ahead."""
    if _NOT_SO.search(info.text, 0, m.start()) or clauses.HYPOTHETICAL.search(info.text):
        return []
    # ("will present a 16th package of sanctions this week": a span still running counts)
    due = next(
        (
            d.value
            for d in info.future_dates
            if d.start > m.start()
            and d.value
            and (ctx.published is None or d.value.end > ctx.published)
        ),
        None,
    )
    if due is None:
        return []
    what = " ".join((m.group("what") or m.group("what2")).split())
    what = re.sub(r"^(?:a|an|the|its|their)\s+", "", what, flags=re.IGNORECASE)
    return [
        DeadlineCandidate(
            "event",
            due,
            info,
            _last_imposer(tariffs, info.index),
            label=f"Announcement of {what}",
            evidence=evidence,
        )
    ]


def _deal_target(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """The day ahead an agreement between states is to be concluded or signed by (a target) or
    on (an event): the first date told right after a "by", "before", "on" or "in" in the
    agreement's clause."""
    text = info.text
    if _NOT_SO.search(text, max(0, m.start() - 20), m.start()):
        return []  # "does not hope to sign the deal by December"
    told_verb = "verb" if m.group("verb") else "verb_told"
    verb = m.group(told_verb)
    # the agreement: named after the verb, told before it ("will sign it"), or its subject
    # ("The EU deal ... is expected to be signed")
    agreement: str | None = m.group("what")
    if m.group("it"):
        before = _AGREEMENT_BEFORE.match(text, 0, m.start())
        agreement = before.group("what") if before else None
    elif m.group("what_told"):
        agreement = m.group("what_told")
    if agreement is None:
        return []
    if not (
        any(x.countries for x in info.mentions if x.start < m.start(told_verb))
        or _TWO_SIDES.search(text, 0, m.start(told_verb))
        or _STATES_AGREEMENT.search(agreement)
    ):
        return []
    # (not "conclude the deal in talks that resume on Monday": another clause's day)
    other_clause = _DEAL_CLAUSE_END.search(text, m.end())
    clause_end = other_clause.start() if other_clause else len(text)
    for word in _DEAL_DAY_WORD.finditer(text, m.end(), min(clause_end, m.end() + 90)):
        told = next(
            (
                d
                for d in info.future_dates
                if word.start("when") <= d.start <= word.end()
                and d.value
                and (ctx.published is None or d.value.end > ctx.published)
            ),
            None,
        )
        if told is None or told.value is None:
            continue
        what = _without_article(agreement)
        action = "Signing" if verb.lower().startswith(("sign", "ink")) else "Conclusion"
        due = told.value
        if word.group("when").lower() not in ("by", "before"):
            label = f"{action} of the {what}"  # "will sign ... on November 18": the event
            return [DeadlineCandidate("event", due, info, label=label, evidence=evidence)]
        if told.kind == "part_month" and "end" in told.text.lower():
            due = FuzzyDate.day(due.end)  # "by the end of June": its last day, as a goal's
        label = f"Target for {action.lower()} of the {what}"
        return [DeadlineCandidate("deadline", due, info, label=label, evidence=evidence)]
    return []


def _bloc_meeting(
    ctx: ArticleContext, info: SentenceInfo, m: re.Match[str], evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """ "EU foreign ministers ... when they meet in Brussels on Nov. 20": one bloc's meeting,
    no meeting between states, but a date ahead all the same."""
    due = _first_day_ahead_after(ctx, info, m.end())
    if due is None:
        return []
    who = re.sub(r"['’]s\b", "", " ".join(m.group("who").split()))
    if of_the := re.fullmatch(
        r"(?P<people>.+?)\s+of\s+the\s+(?P<bloc>\S+)(?:\s+(?:group|bloc).*)?", who
    ):
        who = f"{of_the.group('bloc')} {of_the.group('people').lower()}"  # "G7 leaders"
    return [DeadlineCandidate("event", due, info, label=f"Meeting of {who}", evidence=evidence)]


_HELD_BEFORE = re.compile(rf"\b{clauses.HELD}\s+(?:a\s+|an\s+|their\s+)?$", re.IGNORECASE)


def _scheduled_events(
    ctx: ArticleContext, info: SentenceInfo, evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    text = info.text
    out: list[DeadlineCandidate] = []
    past_reading = {(d.start, d.value) for d in info.past_dates}
    ahead = bool(clauses.FUTURE.search(text) or _AHEAD.search(text))
    told_last: tuple[str, int] | None = None  # the label and end of the last day told
    for d in info.future_dates:
        if d.value is None or not _counts_down_to(ctx, info, d):
            continue  # only what is still ahead of the article counts down
        before = text[max(0, d.start - 140) : d.start]
        # "is scheduled for", "will be held on", "is on": the verb says the event is to come.
        scheduled = (
            _EVENT_BEFORE_DATE.search(before)
            or _THERE_WILL_BE.search(before)
            or _event_in_place(text, before, d)
            or _WILL_HOST.search(before)
            # ("will attend a peace conference hosted by Switzerland at the weekend")
            or (_HOSTED_BY.search(before) if ahead else None)
            # ("flies to Tianjin for the Shanghai Cooperation Organisation summit on Sunday")
            or _FOR_THE_EVENT_THEN.search(before)
        )
        if scheduled and _NOT_SO.search(_without_aside(scheduled)):
            continue  # "A meeting between the two leaders is not expected before December"
        if not (ahead or scheduled) and (d.start, d.value) not in past_reading:
            continue  # "Monday's inauguration drew crowds": the Monday just gone
        if _PAST_ACT_BEFORE.search(text, max(0, d.start - 24), d.start):
            continue  # "since his Liberals won Monday's federal election": the Monday gone
        if clauses.NOT_HELD.search(text, d.end) or clauses.CANCELLED.search(text, d.end):
            continue  # "a meeting planned for Tuesday ... did not take place"
        if _ONCE_PLANNED.search(before) and _MOVED_OFF.search(text, d.end):
            continue  # "had originally been planned for April 9 but was pushed back": gone
        event = (
            _EVENT_AFTER_DATE.match(text, d.end)
            # "before the June 2 meeting in Istanbul": the day names the event
            or (_EVENT_RIGHT_AFTER.match(text, d.end) if _THE_BEFORE.search(before) else None)
            or _FOR_AN_EVENT.match(text, d.end)
            or scheduled
            # "In October he will host the BRICS summit in Kazan": the opening date's event
            or (_HOSTS_AFTER.match(text, d.end) if clauses.opens_sentence(text, d.start) else None)
        )
        if event is None:
            continue
        # (``scheduled`` is read in ``before``, the others in the whole sentence)
        event_at = event.start("event") + (d.start - len(before) if event is scheduled else 0)
        if event is scheduled and (
            _SAID_AFTER.search(text, max(0, event_at - 30), event_at)
            # ("Modi, who held talks with Ishiba in Tokyo on Friday, is due to meet Xi ...")
            or _HELD_BEFORE.search(text, max(0, event_at - 20), event_at)
        ):
            continue  # "..., Vieira said after talks with Tuggar in Abuja on Monday": held
        due = d.value
        for inner in info.future_dates:
            # "next year's summit in Miami in December 2026": the event's own, finer date.
            if (
                event.re is _EVENT_AFTER_DATE
                and event.start("event") <= inner.start < event.end("event")
                and inner.value
                and due.start <= inner.value.start <= due.end
            ):
                due = inner.value
        if (opened := _FROM_DAY_TO.search(before)) is not None:
            # "will gather in Kananaskis from Sunday to Tuesday for a summit": its first day
            due = next(
                (
                    x.value
                    for x in info.future_dates
                    if x.value and x.start == d.start - len(before) + opened.start("day")
                ),
                due,
            )
        what = " ".join(event.group("event").split())
        # ("Thursday's summit would not stray into ...": what the event is, not what it does)
        what = re.split(
            r"\s+(?:on|in|at|which|that|when|where|after|before|would|will|could|is|was|has|had)\s",
            what,
        )[0]
        name = _EVENT_NAME.search(text, 0, event_at)
        if name and name.group(0).strip() not in ("The", "A", "An"):
            # "the Second Central Asia – China" + "Summit", "NATO" + "summit"
            what = re.sub(r"^(?:The|A|An)\s+", "", name.group(0)) + what
        label = what[0].upper() + what[1:]
        if _LEGISLATURE.search(label):
            continue  # "the National People's Congress, which opens on Wednesday": no diplomacy
        if (
            told_last
            and told_last[0] == label
            and _AND_NEXT_DAY.fullmatch(text, told_last[1], d.start)
        ):
            continue  # "a summit in Johannesburg on Saturday and Sunday": it opens on the first
        told_last = (label, d.end)
        out.append(DeadlineCandidate("event", due, info, label=label, evidence=evidence))
    return out


_AND_NEXT_DAY = re.compile(r"\s+and\s+(?:on\s+)?")
_FROM_DAY_TO = re.compile(r"\bfrom\s+(?P<day>\S+(?:\s+\d{1,2})?\.?)\s+(?:to|until|through|-|–)\s+$")


def _without_aside(scheduled: re.Match[str]) -> str:
    """What says an event is to come, past an aside about it ("the commission, which has not
    met since 2005, would convene ...": the aside's "not" is no denial)."""
    if "aside" not in scheduled.re.groupindex or scheduled.start("aside") < 0:
        return scheduled.group(0)
    whole = scheduled.group(0)
    offset = scheduled.start()
    return whole[: scheduled.start("aside") - offset] + whole[scheduled.end("aside") - offset :]


def _not_ahead(value: FuzzyDate, published: date) -> bool:
    """Whether a day or year begins no later than the report, or a month or week is over
    by then ("later this month", told on the 5th, is still ahead; "this year's review" is
    too vague to count down to)."""
    return (value.end if value.precision in ("month", "week") else value.start) <= published


# A state's own legislature or party sitting, whatever it is called.
_LEGISLATURE = re.compile(
    r"\b(?:(?:National|People['’]s|Party)\s+(?:People['’]s\s+)?(?:Congress|Assembly)|Parliament|"
    r"Senate|Plenum)\b"
)


_DATE_FOR = re.compile(
    r"\bdate\s+for\s+(?:a\s+|the\s+)?(?P<what>(?:final\s+)?(?:determination|ruling|decision))\b|"
    + _DETERMINATION_DUE
    + r"\b",
    re.IGNORECASE,
)
_NAMES_A_DEADLINE_WORD = re.compile(
    r"\b(?:deadline|date\s+for)\b|" + _DETERMINATION_DUE + r"\b", re.IGNORECASE
)
_COMPLETED_BY = re.compile(
    r"\s+(?:would|will|must|should|is\s+to)\s+be\s+(?:completed|concluded|finali[sz]ed)\s+by\b",
    re.IGNORECASE,
)
# Where the clause of what is to be completed opens: "officials said | the pulling back ..."
_CLAUSE_OPENS = re.compile(r".*(?:,\s+|\bsaid\s+|\bthat\s+|^)", re.IGNORECASE | re.DOTALL)


# "The deadline for a trade agreement was extended to Nov. 30": what the deadline is for, up
# to its verb or to the day it is moved to
_DEADLINE_ABOUT = re.compile(
    # (not "pushed back the deadline to August 1": the day it moved to)
    # ("set a deadline of Friday for Russia to agree to a ceasefire": the day, then for what)
    rf"\bdeadline\s+(?:of\s+[^,;]{{2,25}}?\s+)?(?P<for>for|to|on)\s+"
    rf"(?!(?:{_MONTH_START})|\d|the\s+end\b|next\b|this\b)"
    r"(?P<what>[^,;]{3,60}?)(?=\s+(?:was|is|has|had|will|would|or\s+face|"
    # ("Trump's deadline for Moscow expires on Friday")
    r"expired|passed|expires|passes|lapses|ends|runs\s+out)\b|\s+(?:to|until|from|by)\s+(?:[A-Z0-9]|the\s+end\b)|[,;]|\.\s|\.$)",
    re.IGNORECASE,
)


_NO_DEADLINE = re.compile(r"\b(?:no|without\s+a(?:ny)?)\s+(?:[\w-]+\s+)?deadline\b", re.IGNORECASE)


_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|wrote)\s+(?:on\s+)?$")
# '"10 or 12 days from today"': the first span counts
_DAYS_FROM_NOW = re.compile(
    r"\b(?P<count>\w+)\s+(?:or\s+\w+\s+)?(?P<unit>days?|weeks?)\s+from\s+(?:today|now)\b",
    re.IGNORECASE,
)


def _day_said(ctx: ArticleContext, info: SentenceInfo) -> date | None:
    """The day the sentence says its words were said ("said on Monday"), else the report's."""
    return next(
        (
            d.value.start
            for d in info.past_dates
            if d.value
            and d.value.precision == "day"
            and _SAID_ON_BEFORE.search(info.text, max(0, d.start - 14), d.start)
        ),
        ctx.published,
    )


def _days_from_now(ctx: ArticleContext, info: SentenceInfo) -> FuzzyDate | None:
    """'to "10 or 12 days from today"': the day that many days after the day it was said (the
    sentence's "said on Monday", else the report's)."""
    from_now = _DAYS_FROM_NOW.search(info.text)
    if from_now is None:
        return None
    said = _day_said(ctx, info)
    steps = find_durations(f"{from_now.group('count')} {from_now.group('unit')}")
    return FuzzyDate.day(steps[0].after(said)) if said is not None and steps else None


_DEADLINE_GIVEN_UP = re.compile(
    r"\b(?:pushed|pushing|pushes|push|moved|moving|scrapped|dropped|replaced|replacing)\s+"
    r"(?:back\s+)?(?:a|the|an|its|his|her)\s+(?:[\w.,'’-]+\s+){0,3}?deadline\b",
    re.IGNORECASE,
)
_FORMER_DEADLINE = re.compile(
    r"\b(?:original|previous|old|initial|earlier|former)\s+(?:[\w-]+\s+)?deadline\b"
    r"|\bdeadline\b[^.;]{0,40}\bwould\s+have\s+(?:expired|run\s+out|ended|lapsed)\b",
    re.IGNORECASE,
)
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:extended|moved|pushed|brought|postponed|delayed|shifted|changed|cut|shortened)\b"
    + _NO_STOP
    + r"{0,60}$",
    re.IGNORECASE,
)
_TO_OR_UNTIL_BEFORE = re.compile(r"\b(?:to|until)\s+$")
_NEW_BEFORE = re.compile(r"\b(?:new|revised|later|fresh|extended)\s+$", re.IGNORECASE)


def _stated_deadline(
    ctx: ArticleContext, info: SentenceInfo, evidence: list[Evidence]
) -> list[DeadlineCandidate]:
    """ "The deadline for a trade agreement was extended to Nov. 30"."""
    text = info.text
    if not _NAMES_A_DEADLINE_WORD.search(text) and not any(x.countries for x in info.mentions):
        return []  # "Microsoft's deal is expected to be completed by June 30": no state's
    future = not _EXPIRED.search(text)
    pool = info.future_dates if future else info.past_dates
    dated = [
        d
        for d in pool
        if d.value
        and not re.search(r"\bago\b", d.text)
        # ("Trump said on Monday he was cutting the deadline ...": the day he spoke)
        and not _SAID_ON_BEFORE.search(text, max(0, d.start - 14), d.start)
    ]
    # "The letters pushed back a July 9 deadline": a day given up
    given_up = [m.span() for m in _DEADLINE_GIVEN_UP.finditer(text)]
    dated = [d for d in dated if not any(s <= d.start < e for s, e in given_up)]
    due_from_now = _days_from_now(ctx, info) if future else None
    # "set a Nov 1 deadline", "ahead of Friday's deadline": the day that names the deadline
    naming = [d for d in dated if clauses.NAMES_A_DEADLINE.match(text, d.end)]
    after_to = [
        d
        for d in dated
        if re.search(r"\b(?:to|until|for|of)\s+$", text[max(0, d.start - 12) : d.start])
    ]
    if _FORMER_DEADLINE.search(text):
        # "The original deadline would have expired in early September": only a day it was
        # moved to counts ("extended the original deadline of Aug. 1 to Aug. 20"), or a new
        # one named ("set a new Aug. 20 deadline after the original deadline passed")
        naming = [d for d in naming if _NEW_BEFORE.search(text, max(0, d.start - 12), d.start)]
        after_to = [
            d
            for d in after_to
            if _MOVED_TO_BEFORE.search(text, 0, d.start)
            and _TO_OR_UNTIL_BEFORE.search(text, max(0, d.start - 8), d.start)
        ]
        dated = naming + after_to
    due = due_from_now or next((d.value for d in naming or after_to or dated if d.value), None)
    if due is None or _NO_DEADLINE.search(text):
        return []  # (nor "There is no deadline for the negotiations")
    about = _DEADLINE_ABOUT.search(text)
    label = f"Deadline {about.group('for').lower()} {about.group('what')}" if about else "Deadline"
    dated_decision = _DATE_FOR.search(text)
    completed = _COMPLETED_BY.search(text)
    if not about and dated_decision:
        what = dated_decision.group("what") or dated_decision.group("what2")
        label = "Date for a " + " ".join(what.lower().split())
        if dated_decision.group("what2"):
            # ("launched the probe on May 12, with preliminary determinations due by Aug. 4":
            # the day told after "due")
            due = next((d.value for d in dated if d.start >= dated_decision.end()), None)
            if due is None:
                return []
    elif not about and completed:
        before = text[: completed.start()]
        opens = _CLAUSE_OPENS.match(before)
        what = " ".join(before[opens.end() if opens else 0 :].split())
        if re.match(r"(?:which|that)\b", what, re.IGNORECASE) and _EVENT_WORD.search(before):
            return []  # "the joint review ..., which must be completed by July 1": the event's day
        label = "Completion of " + re.sub(r"^(?:the|that)\s+", "", what, flags=re.I)[:80]
    subject_countries = [
        m.countries[0] for m in info.mentions if m.countries and m.form != "pronoun"
    ]
    setter = subject_countries[0] if subject_countries else None
    return [DeadlineCandidate("deadline", due, info, setter, label=label, evidence=evidence)]


def _ultimatum_parties(
    ctx: ArticleContext, info: SentenceInfo, sentence_tariffs: list[TariffCandidate]
) -> tuple[str | None, str | None, list[str]]:
    setter = next((t.imposer for t in sentence_tariffs if t.imposer), None)
    subject = next(
        (t.target for t in sentence_tariffs if t.target and t.measure == "sanction"), None
    )
    subject = subject or next((t.target for t in sentence_tariffs if t.target), None)
    actors = [a for t in sentence_tariffs for a in t.actors]
    if setter is None:
        subj = ctx.subject_of(info)
        setter = subj.country if subj else None
        if subj and subj.name:
            actors.append(subj.name)
    if subject is None:
        to = re.search(r"\bultimatum\s+to\s+(?P<who>[^,.;]+)", info.text)
        if to:
            subject = ctx.country_in(to.group("who"))
    return setter, subject, list(dict.fromkeys(actors))


def _moved_to(
    ctx: ArticleContext,
    info: SentenceInfo,
    m: re.Match[str],
    tariffs: list[TariffCandidate],
    evidence: list[Evidence],
) -> list[DeadlineCandidate]:
    """The new day of what ``m`` tells was moved, when it names what and the day is ahead."""
    day = next((d for d in info.future_dates if abs(d.start - m.end()) <= 1 and d.value), None)
    if day is None or day.value is None:
        return []
    if ctx.published is not None and day.value.end < ctx.published:
        return []
    text = info.text
    told = _MOVED_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _MOVED_AFTER.match(
        text, day.end
    )
    if told is None:
        return []
    what = " ".join((told.group("what") or told.group("thing")).split())
    if _TARIFF_WORD.search(what):
        setter = _last_imposer(tariffs, info.index)
        return [
            DeadlineCandidate(
                "tariff_start",
                day.value,
                info,
                setter,
                label=f"{what[0].upper()}{what[1:]}",
                evidence=evidence,
            )
        ]
    if re.search(r"\bdeadline\b", what, re.IGNORECASE):
        return []  # (the deadline's own rules read it)
    return [
        DeadlineCandidate(
            "event", day.value, info, label=f"{what[0].upper()}{what[1:]}", evidence=evidence
        )
    ]


def _last_imposer(tariffs: list[TariffCandidate], index: int) -> str | None:
    earlier = [t.imposer for t in tariffs if t.sentence.index <= index and t.imposer]
    return earlier[-1] if earlier else None


def _targets_label(tariffs: list[TariffCandidate], index: int) -> str | None:
    """The one country the tariffs of sentence ``index`` target; when it names none, those
    of the sentence before ("raised tariffs on Indian goods. The new rate takes effect …")."""
    for at in (index, index - 1):
        near = [t.target for t in tariffs if t.sentence.index == at and t.target]
        if near:
            return near[0] if len(set(near)) == 1 else None
    return None


_OF_TALKS_AFTER = re.compile(
    r"\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|meetings|discussions|consultations)\b"
)


def _measure_subject(text: str) -> re.Match[str] | None:
    """A measure named by a word of its own ("the order", "the cuts") as the subject of the
    sentence's main clause, or of the clause a "said" reports."""
    opens_at = clauses.clause_start(text)
    if text[opens_at : opens_at + 1] in ("T", "I", "H") and (
        named := _MEASURE_SUBJECT.match(text, opens_at)
    ):
        return named
    told = _SAID_THAT.search(text) if "said " in text or "says " in text else None
    return _MEASURE_SUBJECT.match(text, told.end()) if told else None


def _names_the_measure_before(
    subject: re.Match[str], before: str, told_before: list[TariffCandidate]
) -> bool:
    """Whether the sentence before told the measure ``subject`` names: "The cuts take effect"
    after tariffs cut (not jobs), "the rate would take effect" after a rate (not "the rate cut")."""
    noun = subject.group("noun").lower()
    if noun.startswith(("cut", "reduction")):
        return any(t.status == "lifted" for t in told_before) or bool(
            _TARIFF_WORD.search(before) and _CUTTING.search(before)
        )
    if noun.startswith("rate") and _RATE_OF_ANOTHER.match(subject.string, subject.end()):
        return False
    return bool(_TARIFF_WORD.search(before) or told_before)


def _measures_word(told: list[TariffCandidate]) -> str:
    """What a start, end or pause of the measures ``told`` is of: "sanctions" or "tariffs"."""
    return "sanctions" if told and all(t.measure == "sanction" for t in told) else "tariffs"


def _pause_end(
    ctx: ArticleContext,
    info: SentenceInfo,
    tariffs: list[TariffCandidate],
    evidence: list[Evidence],
) -> list[DeadlineCandidate]:
    text = info.text
    setter = _last_imposer(tariffs, info.index) or next(
        (t.imposer for t in tariffs if t.imposer), None
    )
    # ("eased sanctions on Venezuela for six months": a pause of sanctions)
    measures = _measures_word([t for t in tariffs if t.sentence.index == info.index])
    out: list[DeadlineCandidate] = []
    superseded = False
    for d in info.future_dates:
        gone = _SUPERSEDED.search(text, max(0, d.start - 50), d.start)
        if gone and (
            # ("A 90-day pause on the levies had been due to end on Wednesday": given up)
            gone.group(0).lower().startswith("had")
            or _EXTENDED_AFTER.search(text, d.end)
            or _EXTENDED_BY.search(text)
            or _WAS_EXTENDED.search(text, d.end)
        ):
            superseded = True  # "which was due to expire on Tuesday, was extended to Nov. 10"
            continue
        # (a month is read with its "until": "paused until July")
        if d.value and (
            _UNTIL.search(text[max(0, d.start - 20) : d.start])
            or d.text.lower().startswith(("until ", "till ", "through "))
        ):
            out.append(
                DeadlineCandidate(
                    "expiry", d.value, info, setter, evidence=evidence, measures=measures
                )
            )
    if out or superseded:
        return out
    days = [d for d in info.past_dates if d.value and d.value.precision == "day"]
    # "will pause the tariffs for 90 days starting Wednesday": from the day ahead it starts
    starting = [
        d
        for d in info.future_dates
        if d.value
        and d.value.precision == "day"
        and clauses.STARTING_BEFORE.search(text, max(0, d.start - 16), d.start)
    ]
    if starting and clauses.FUTURE.search(text):
        days = starting
    for duration in find_durations(text):
        # "hit on 2 April with a tariff, which Trump suspended on 9 April for 90 days": the
        # pause runs from the day told last before its length
        anchor = next((d for d in reversed(days) if d.start < duration.start), None) or next(
            iter(days), None
        )
        if anchor is None and any(d.value and d.start < duration.start for d in info.past_dates):
            return out  # "agreeing in July to extend the rate for 90 days": no day to count from
        base = anchor.value.start if anchor and anchor.value else ctx.published
        if base is None:
            return out
        if (
            duration.unit not in ("day", "week", "month")
            or _WITHIN.match(text, duration.start)
            or _LATER_AFTER.match(text, duration.end)
            # ("wrapped up two days of talks without extending the truce": how long they
            # talked)
            or _OF_TALKS_AFTER.match(text, duration.end)
        ):
            continue  # "paused it within a week", "suspended it a week later": no pause's length
        due = duration.after(base)
        if ctx.published and due < ctx.published:
            continue
        out.append(
            DeadlineCandidate(
                "expiry",
                FuzzyDate.day(due),
                info,
                setter,
                derived=True,
                evidence=evidence,
                measures=measures,
            )
        )
        break
    return out


_WITHIN = re.compile(r"within\b", re.IGNORECASE)
_LATER_AFTER = re.compile(r"\s+(?:later|earlier|ago)\b", re.IGNORECASE)


# "the waiver runs for one year from Friday": it expires that long after the day
_RUNS_FOR = gated(
    re.compile(
        r"\b(?P<what>(?:the|its|their|this|that|a|an)\s+" + _NO_STOP + r"{2,40}?)\s+"
        r"(?:runs|lasts|is\s+valid|applies|will\s+run|will\s+last|will\s+apply)\s+"
        r"(?P<span>for\s+\S+\s+(?:days?|weeks?|months?|years?))\s+from\s+",
        re.IGNORECASE,
    )
)


# "The definitive duties take effect on Wednesday and will stay in place for five years"
_MEASURE_TERM = gated(
    re.compile(
        r"(?<!\bbeen\s)\b(?:stay|remain|be|apply|last|lasting|run|imposed|levied|set|"
        # "will impose anti-dumping duties of up to 38% on steel plate from China for five years"
        r"(?<=will\s)(?:impose|charge|levy))\s+"
        # ("effective from Tuesday and lasting five years")
        r"(?:(?:[^,;.]|(?<=\d)\.){0,90}?\s)?(?P<span>(?:for\s+|(?<=lasting\s))(?:a\s+(?:further\s+|period\s+of\s+)?|"
        r"another\s+|the\s+next\s+)?\w+\s+years?"
        # "imposed a 12% safeguard duty on flat steel for 200 days from Monday", "took effect
        # immediately and will remain in place for 200 days"
        # ("for 200 days to curb a surge of cheap shipments": its purpose after it)
        r"|for\s+\w+\s+(?:days|weeks|months)(?=\s+from\s|\s+unless\b|\s+to\s+(?-i:[a-z])|\s*[,.;]|$))\b",
        re.IGNORECASE,
    )
)


_IN_A_PAST_ASIDE = re.compile(r",\s+[a-z]+ed\b[^,;]*$")
_TOOK_EFFECT = re.compile(r"\b(?:took\s+effect|came\s+into\s+force)\b", re.IGNORECASE)
_TO_COME_TERM = re.compile(r"^(?:impose|charge|levy)\b|\bthe\s+next\s", re.IGNORECASE)


def _end_of_span(
    ctx: ArticleContext,
    info: SentenceInfo,
    told: re.Match[str],
    kind: str,
    tariffs: list[TariffCandidate],
    evidence: list[Evidence],
    *,
    from_the_act: bool = False,
) -> list[DeadlineCandidate]:
    """The day a waiver or a measure told with a span of time ends: that long after the day it
    starts, told in the same sentence ("runs for one year from Friday" after the span; "take
    effect on Wednesday and will stay in place for five years" before it), or ``from_the_act``
    that granted it ("lifted sanctions on Wednesday. The license is valid for six months")."""
    steps = find_durations(told.group("span"))
    if from_the_act:
        start = _recent_day(ctx, info, reach=2, or_published=False, before=told.start())
    elif kind == "tariff_end":
        done = (
            told.group(0).lower().startswith(("imposed", "levied", "set"))
            # ("took effect immediately and will remain in place for 200 days": from a day gone)
            or bool(_TOOK_EFFECT.search(info.text, 0, told.start("span")))
            # ("The duty, notified late on Monday, ... will apply for 200 days": the aside's day)
            or any(
                _IN_A_PAST_ASIDE.search(info.text, 0, d.start)
                for d in info.past_dates
                if d.start < told.start("span")
            )
        )
        pool = (
            (*info.past_dates, *info.future_dates)
            if done  # "imposed ... for 200 days from Monday": the Monday gone
            else (*info.future_dates, *info.past_dates)
        )
        # ("... for 200 days from Monday": the day after the span; else the nearest before it:
        # "published on Friday, took effect on Saturday and will run for five years")
        starts = [d for d in pool if told.end("span") < d.start <= told.end("span") + 6] or sorted(
            (d for d in pool if d.start < told.start("span")), key=lambda d: -d.start
        )
    else:
        pool = (*info.past_dates, *info.future_dates)
        starts = [d for d in pool if d.start >= told.end()]
    if not from_the_act:
        start = next(
            (d.value.start for d in starts if d.value and d.value.precision == "day"), None
        )
    if start is None and kind == "tariff_end" and info.index:
        # "... duties on barley from Tuesday. The duties will remain in place for five years.":
        # from the start the sentence before told
        before = ctx.sentences[info.index - 1]
        start = next(
            (
                d.value.start
                for d in before.future_dates
                if d.value
                and d.value.precision == "day"
                and clauses.STARTING_BEFORE.search(before.text, max(0, d.start - 14), d.start)
            ),
            None,
        )
    if start is None and kind == "tariff_end" and done and info.last_reported_day is not None:
        # "India has imposed a 12% safeguard duty ... for 200 days ..., the ministry said on
        # Monday": from the day the act is reported
        start = info.last_reported_day.start
    if start is None and kind == "tariff_end" and _TO_COME_TERM.search(told.group(0)):
        # "will charge duties ... for the next five years": from the day of the report
        start = ctx.published
    if not steps or start is None:
        return []
    due = steps[0].after(start)
    if ctx.published is not None and due < ctx.published:
        return []
    expiry = kind == "expiry"
    return [
        DeadlineCandidate(
            kind,
            FuzzyDate.day(due),
            info,
            _last_imposer(tariffs, info.index),
            None if expiry else _targets_label(tariffs, info.index),
            label=f"Expiry of the {_named_without_article(told)}" if expiry else "",
            derived=True,
            evidence=evidence,
        )
    ]


def merge_deadlines(found: list[DeadlineCandidate]) -> list[DeadlineCandidate]:
    merged: list[DeadlineCandidate] = []
    # A dated event that is a meeting between states is the interaction's deadline already.
    # (Told in any of the sentences the interaction was merged from.)
    # So is a goal told with it: "Both sides hope to hold the signing before the end of the
    # year, and Modi has accepted an invitation to travel to Brussels for the occasion".
    meetings = {(e.start, d.due.iso()) for d in found if d.from_event for e in d.evidence}
    found = [
        d
        for d in found
        if d.kind not in ("event", "deadline")
        or not any((e.start, d.due.iso()) in meetings for e in d.evidence)
    ]
    for d in found:
        twin = None
        if not d.from_event:
            twin = next(
                (
                    m
                    for m in merged
                    if not m.from_event
                    and _agree(m.due, d.due)
                    # one sentence's deadline and expiry on one day are one deadline
                    and (m.kind == d.kind or (m.sentence is d.sentence and m.due == d.due))
                    # two events on two days told to the day are two ("will attend the G20
                    # meeting on February 20 ... will chair a meeting on February 18")
                    and not (d.kind == "event" and _two_days(m.due, d.due))
                    # (the EU's duties from July 4 and Turkey's tariff from July 7 are two)
                    and not (
                        d.kind in ("tariff_start", "tariff_end")
                        and m.setter
                        and d.setter
                        and m.setter != d.setter
                    )
                ),
                None,
            )
        if twin is None:
            merged.append(d)
            continue
        better = _better(twin, d)
        twin.due, twin.derived = better.due, better.derived
        twin.setter = twin.setter or d.setter
        twin.subject = twin.subject or d.subject
        twin.actors = list(dict.fromkeys(twin.actors + d.actors))
        twin.evidence = _union(twin.evidence, d.evidence)
    return merged


def _two_days(a: FuzzyDate, b: FuzzyDate) -> bool:
    return a.precision == b.precision == "day" and a.start != b.start


def _agree(a: FuzzyDate, b: FuzzyDate) -> bool:
    overlap = a.start <= b.end and b.start <= a.end
    return (
        overlap
        or abs((a.start - b.start).days) <= 3
        or (abs((a.end - b.end).days) <= 3 and (a.end - a.start < timedelta(days=3)))
    )


def _better(a: DeadlineCandidate, b: DeadlineCandidate) -> DeadlineCandidate:
    rank_a = (_PRECISION_RANK[a.due.precision], a.derived)
    rank_b = (_PRECISION_RANK[b.due.precision], b.derived)
    return b if rank_b < rank_a else a


def _union(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    return list(dict.fromkeys(a + b))
