"""Tariffs, secondary tariffs and sanctions: who imposes what on whom, at what rate.

Rules:
- Each stated rate is one fact, split by target and scope ("25% tariffs on imports from
  Mexico and Canada" is two facts). A trigger with no rate is one fact without a rate.
- The imposer is the country named before the measure ("U.S. tariffs", "Chinese tariffs"),
  the country that goods go "into", or the clause's subject (a person stands for their
  country). The target follows "on", "against", "targeting", "imports from", or is the
  country of goods ("Chinese imports"); a group ("countries that buy Russian oil") is a
  target group, and tariffs on a third country's buyers are secondary tariffs.
- Status comes from the words nearest the rate, then from the clause: "currently in place"
  is imposed, "threatened"/"could"/"or face" threatened, "ordered"/"would face" announced,
  "proposed" proposed, "paused"/"lifted" lifted. Averted rates ("prevented ... from
  jumping to") and calls for sanctions are not facts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise

from analyst.extract import clauses
from analyst.extract.context import (
    COUNTRY_FORMS,
    ArticleContext,
    SentenceInfo,
    countries_listed_from,
)
from analyst.extract.dates import CALENDAR_WORDS, SHORT_MONTH_DAY, DateMention
from analyst.extract.gazetteer import CAPITAL, CITY, DEMONYM
from analyst.extract.mentions import GROUP, PERSON, PRONOUN, ROLE, Mention
from analyst.extract.quick import Gated, gated, word_start_first
from analyst.extract.sanction_targets import (
    listed_group,
    only_counted,
    sanctioned_antecedent,
    sanctioned_group,
    sanctioned_subject,
    under_sanctions_at,
)
from analyst.model import Evidence, FuzzyDate

# A rate as written: "25", "41.56", "3,521"
RATE_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
# The verbs that tell a measure starts: "takes effect", "kicks in", "comes into force", ...
_STARTS_VERB = (
    r"takes?\s+effect|kicks?\s+in|appl(?:y|ies)|comes?\s+into\s+(?:force|effect)|"
    r"enters?\s+into\s+force|go(?:es)?\s+into\s+effect"
)
# What the measures a sentence tells are called, said without a rate
_MEASURE_NOUNS = r"(?:measures|tariffs|duties|levies|surtax(?:es)?|sanctions|curbs)"

# Those a designation lists ("designated two Hong Kong firms"; not "designated successor")
_LISTED_ONES = (
    r"\s+(?:[\w,.’'-]+\s+){0,8}?(?:individuals?|entit(?:y|ies)|people|persons|companies|firms|"
    r"vessels|tankers|ships|banks|officials|networks?|refiner(?:y|ies)|traders)\b"
)
_TRIGGER = gated(
    re.compile(
        r"\b(?P<secondary>secondary\s+)?(?P<word>tariffs?(?!-free)|duties|import\s+duty|customs\s+duty|(?<=%\s)duty|(?<=cent\s)duty|(?<=EU\s)duty|(?<=U\.S\.\s)duty|(?<=US\s)duty|(?<=baseline\s)duty|(?<=reciprocal\s)duty|(?<=reciprocal[\"”’]\s)duty|duty(?=\s+on\b)|duty(?=\s+of\s+(?:up\s+to\s+|about\s+)?\d)|"
        r"(?<=%\s)rates?(?=\s+(?:on|for)\b)|(?<=cent\s)rates?(?=\s+(?:on|for)\b)|"
        # "The 39% rate, one of the highest, takes effect on Thursday": the rate a start is told of
        r"(?:(?<=%\s)|(?<=cent\s))rate(?=(?:,\s[^,.;]{1,40},)?\s+(?:(?:will|would)\s+)?(?:takes?\s+effect|apply|applies|"
        r"kicks?\s+in|comes?\s+into|goes\s+into|go\s+into|enters?\s+into|"
        # "Malaysia's 24 per cent rate and Cambodia's 49 per cent are frozen": a state's rate,
        # told with what befalls it
        r"(?:and\s+[^,.;]{1,40}?\s+)?(?:is|are|was|were)\s+(?:now\s+)?(?:frozen|paused|suspended|"
        r"lifted|scrapped|cut|halved|raised|doubled))\b)|"
        # "a rate of 24 per cent on Malaysia" (an economy's rate, "its interest rate of 5 per
        # cent on loans", is left out with its rate: see _ECONOMY_RATE)
        r"rates?(?=\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)"
        r"\s+(?:on|for)\s)|"
        # ("a 20 per cent "reciprocal" rate on the EU")
        r"(?<=reciprocal\s)rates?(?=\s+(?:on|for)\b)|(?<=reciprocal[\"”’]\s)rates?(?=\s+(?:on|for)\b)|"
        # "leaving a 10% baseline in place"
        # ("now pay the 10 per cent US baseline": its imposer between)
        r"(?:(?<=%\s)|(?<=cent\s)|(?<=%\sUS\s)|(?<=cent\sUS\s)|(?<=%\sU\.S\.\s)|(?<=cent\sU\.S\.\s))"
        r"baseline(?!\s+(?:tariffs?|duty|duties|levy|levies|rates?)\b)|"
        # "levies a 25% tariff": the verb, whose object is the measure
        r"(?:levies|levy)(?!\s+(?:a|an|the|new|additional|extra|higher|tariffs|duties|\d))|"
        # "The United States already charges 25% on Chinese-made electric vehicles",
        # "Washington slapped an extra 10% on Chinese goods"
        r"(?:charg(?:es|ed|ing|e)|slap(?:s|ped)|impos(?:es|ed)|levie[sd])(?=\s+(?:an?\s+)?"
        r"(?:extra\s+|additional\s+|further\s+)?"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)\s+on\s)|"
        # a surcharge on goods, not on power or fuel
        r"surcharges?(?=\s+(?:on|to)\s+(?:[\w$.-]+\s+){0,6}?(?:goods|imports|products|exports)\b)|import\s+surcharges?|"
        r"surtax(?:es)?|import\s+tax(?:es)?|"
        # "a preliminary anti-dumping deposit of 75.8%": a duty paid in advance
        # (security or cash deposits once their rate follows: "require importers of brandy to
        # pay security deposits of between 30.6% and 39%")
        r"(?:(?<=anti-dumping\s)|(?<=countervailing\s))deposits?|"
        # "retaliated with provisional anti-dumping measures on European brandy"
        r"(?:(?<=anti-dumping\s)|(?<=anti-subsidy\s)|(?<=countervailing\s)|(?<=safeguard\s))measures?|"
        r"(?:(?<=security\s)|(?<=cash\s))deposits?(?=\s+of\s+(?:up\s+to\s+|between\s+|about\s+)?\d)|"
        # "suspended its countermeasures against US tariffs": retaliatory duties (not those
        # "against Russian sabotage")
        # ("countermeasures on up to €26bn of American goods")
        r"countermeasures(?=\s+(?:against|on|targeting)\s+(?:[\w.’'€$£-]+\s+){0,5}?(?:tariffs?|duties|goods|"
        r"imports|exports|products|steel|alumini?um|cars|autos)\b)|tax(?:es)?(?=\s+on\s+(?:\w+\s+)?(?:imports|goods|products))|"
        # "granted sanctions relief to Syria": a lifting (not "Iran wants sanctions relief")
        r"(?:(?<=granted\s)|(?<=grants\s)|(?<=announced\s)|(?<=approved\s)|(?<=gave\s)|"
        r"(?<=provided\s)|(?<=extended\s)|(?<=broad\s)|(?<=new\s))sanctions(?=\s+relief\s+(?:to|for)\b)|"
        r"sanctions?(?!\s+relief\b)|sanctioned|"
        # "Today, OFAC is sanctioning a refinery", "is also designating 19 entities" (a press
        # release's present; not "is designating Moldova a safe country")
        r"(?:sanctioning|designating(?=" + _LISTED_ONES + r"))"
        r"(?:(?<=\bis\s.{11})|(?<=\bare\s.{11})|(?<=\balso\s.{11}))|"
        # (not "subsidiaries of blacklisted companies": those listed before, named by it)
        r"(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bfor\s)(?<!\bthe\s)blacklisted|"
        r"embargo(?:es)?|asset\s+freezes?|"
        # "removed Sudan from its list of state sponsors of terrorism": a listing with sanctions
        r"state\s+sponsors?\s+of\s+terrorism|"
        # "The Treasury designated two Hong Kong firms": a listing (not "designated successor")
        # (not "of the designated persons": those listed before; nor the "Specially Designated
        # Nationals" list's name)
        # (the lookbehinds after the word, so that the pattern still opens on letters)
        r"designated(?=" + _LISTED_ONES + r")"
        r"(?<!\bthe\sdesignated)(?<!\bthose\sdesignated)(?<!\bthese\sdesignated)"
        r"(?<!\bSpecially\sdesignated)|"
        # "The EU froze the assets of five Russian banks"
        r"(?:froze|frozen|freezes|freezing|freeze)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?assets\s+of|"
        # "a 25% penalty on India for buying Russian oil": a rate's penalty is a tariff
        r"(?:(?<=%\s)|(?<=cent\s)|(?<=percent\s))(?:tariff\s+)?penalt(?:y|ies)|"
        # "Washington imposed penalties on Turkey's defence procurement agency"
        r"(?:(?<=imposed\s)|(?<=impose\s)|(?<=imposes\s)|(?<=imposing\s)|(?<=slapped\s))penalties(?=\s+on\b))\b(?!\s+(?:truce|negotiations|talks|deal|war|policy|policies|"
        # ("tariff relief for farmers": no measure; "granted sanctions relief to Syria" is read)
        r"dispute|regime|suspension|pause|letters?|revenue|negotiator|agreement|exemptions?|"
        r"relief(?<!sanctions\srelief)|"
        # "outside its sanctions rulebook", "sanctions evasion": the field, not a measure
        r"rulebook|framework|laws?|legislation|rules|architecture|evasion|busting|experts?|waivers?|"
        r"committee|panel|compliance|lawyers?|specialists?|enforcement|"
        r"threats?|fight|battle|front|team|on\s+(?:him|her|them)\b|"
        # "Sanctions Desk morning brief": a newsroom's column, no measure
        r"desk|tracker|newsletter|briefing|brief|bulletin|podcast|blog|watch))",
        re.IGNORECASE,
    )
)


_RATE_JUST_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+(?:tariff\s+)?$", re.IGNORECASE)


_STATE_FORMS = (PERSON, ROLE, *COUNTRY_FORMS)


def _state_named_before(
    mentions: list[Mention],
    at: int,
    other_than: str | None = None,
    forms: tuple[str, ...] = _STATE_FORMS,
) -> str | None:
    """The state of the last person or state named before ``at`` (other than ``other_than``),
    by a mention of one of ``forms``."""
    return next(
        (
            c
            for m in reversed(mentions)
            if m.end <= at and m.form in forms
            for c in m.countries[:1]
            if c != other_than
        ),
        None,
    )


_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|could|might|may|shall)\s+$")


def _takes_object(word: str) -> bool:
    """Whether the trigger is a verb whose object is the target ("sanctioned two banks",
    "froze the assets of five banks"), not a noun followed by "on" or "against"."""
    return word in (
        "sanctioned",
        "blacklisted",
        "designated",
        "sanctioning",
        "designating",
    ) or word.startswith(("froze", "freez"))


# The number words a rate may be spelled out in ("thirty-five per cent")
_ONES = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {word: n for n, word in enumerate(_ONES, 1)} | {
    word: 10 * n for n, word in enumerate(_TENS, 2)
}
# Every match holds "%", "cent" ("per cent", "percent", "percentage points"), "pct", "half" or
# "quarter": those its words spell out, or those the look ahead of "duties of 25 and 10 per cent"
# needs after the number. (The look ahead hides them from quick.required_keys, so they are
# named here: the pattern is then read only in text holding one, and in the text's fold.)
_RATE_KEYS = ("%", "cent", "pct", "half", "quarter")
_RATE = Gated(
    re.compile(
        # (RATE_NUMBER, with the look at the character before it made after its first digit:
        # re then tries the look only where a digit stands, not at every character)
        r"(?P<num>\d(?<![$€£.,\d]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?)"
        r"(?:\.?\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\s+points?\b)"
        # "duties of 25 and 10 per cent", "of 5 or 10 per cent": the unit told once for all
        r"|(?=(?:,\s*\d{1,3}(?:\.\d+)?)*,?\s+(?:and|or)\s+\d{1,3}(?:\.\d+)?\s*"
        r"(?:%|per\s*cent\b|percent\b)))"
        r"|\b(?P<word>a\s+quarter|one\s+quarter|half)\b(?=\s+(?:tariff|dut|lev|tax)|\s+of\s+(?:their|its|the)\s+value\b)"
        # "a tariff of thirty-five per cent", "one hundred percent"
        # (not the last part of "one hundred and fifty percent": no rate read; the first
        # letters looked at first, as the words are costly to try at every word)
        r"|\b(?=[aefnost])(?<!hundred\s)(?<!hundred\sand\s)(?<!hundred-)(?P<spelled>(?:one|a)\s+hundred|"
        rf"(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_ONES[:9])}))?|{'|'.join(_ONES)})"
        r"[\s-](?:per\s*cent|percent)\b",
        re.IGNORECASE,
    ),
    [_RATE_KEYS],
)


def _spelled_number(words: str) -> float:
    """ "thirty-five" -> 35, "one hundred" -> 100 (the rates _RATE reads spelled out)."""
    parts = words.lower().replace("-", " ").split()
    if parts[-1] == "hundred":
        return 100.0
    return float(sum(_NUMBER_WORDS[p] for p in parts))


# "... to 20% by announcing additional levies": another act between a rate and the next measure
_ACT_BETWEEN = re.compile(r"\b(?:by|with|and|while)\b|\b\w+ing\b")
# The rest of "25 and 10 per cent" after its first number: the unit both are told with
_SHARED_UNIT = re.compile(
    r"(?:,\s*\d{1,3}(?:\.\d+)?)*,?\s+(?:and|or)\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)"
)


def _percent(number: str) -> float:
    """A rate as told ("25", "41.56", "3,521")."""
    return float(number.replace(",", ""))


# A rate as told, "25%", "25 per cent", "25 percent", its number named "rate"
_RATE_TOLD = r"(?P<rate>" + RATE_NUMBER + r")\s*(?:%|per\s*cent\b|percent\b)"
# ("answered with a matching levy on Ecuadorean goods": the rate it answers)
_SAME_RATE = gated(
    re.compile(
        r"\bthe\s+same\s+(?:level|rate)\b|\ba\s+(?:matching|mirror|reciprocal\s+matching)\s+"
        r"(?:levy|tariff|duty|rate)\b",
        re.IGNORECASE,
    )
)
_GROUP = gated(
    re.compile(
        # ("a 25% tariff on all goods from any country that buys Venezuelan oil")
        r"\b(?:on|against|targeting|for|at)\s+(?:(?:all\s+)?(?:goods|imports|products)\s+from\s+)?"
        r"(?:any\s+)?(?:countries|nations|buyers|importers|purchasers|those|"
        r"companies|firms|anyone|any\s+country|any\s+nation|states)\s+(?:that|which|who)?\s*"
        r"(?P<verb>buy|buys|buying|purchase|purchases|import|imports|trade\s+with|trades\s+with|"
        r"do\s+business\s+with|doing\s+business\s+with|align(?:s|ing)?\s+(?:itself\s+|themselves\s+)?with|"
        # "on buyers of Russian oil"
        r"side(?:s)?\s+with|(?<=buyers\s)of|(?<=importers\s)of|(?<=purchasers\s)of)\s+"
        r"(?P<obj>[^,.;]+?)(?=,|\.|;|\s+if\b|\s+unless\b|\s+and\s+has\b|"
        # ("on buyers of Russian oil remains stalled": the verb of the bill that would)
        r"\s+(?:has|have|had|is|are|was|were|would|will|that|which|who|remains|remained|stays|"
        r"stalled)\b|$)",
        re.IGNORECASE,
    )
)
# "eight European countries", "14 Asian nations", "a dozen trading partners": a counted group
_COUNTED_STATES = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+"
    r"(?:other\s+)?(?:(?-i:[A-Z])[a-z]+\s+(?:(?-i:[A-Z])[a-z]+\s+)?)?"
    r"(?:countries|nations|trading\s+partners|economies)"
)
# "to a 10% baseline", "to a 10 percent": a level a measure is brought to
_TO_A_LEVEL = re.compile(
    r"\bto\s+(?:a|an)\s+" + RATE_NUMBER + r"\s*(?:%|per\s*cent|percent)\s+$", re.IGNORECASE
)
_MANY_COUNTRIES = gated(
    re.compile(
        r"\b(?:on|for|against|to)\s+(?:(?:goods|imports|products)\s+from\s+)?"
        r"(?P<who>(?:(?:most|all|nearly\s+all|almost\s+all|dozens\s+of|scores\s+of)\s+(?:other\s+)?"
        rf"(?:countries|nations|trading\s+partners|economies)|{_COUNTED_STATES}|(?:almost\s+|nearly\s+)?every\s+"
        r"(?:other\s+)?(?:country|nation|trading\s+partner|economy)"
        # ("'reciprocal' tariffs on U.S. trading partners")
        r"|(?:U\.S\.|US|America['’]s|its|their|all\s+its|all\s+their)\s+trading\s+partners))\b",
        re.IGNORECASE,
    )
)
# "tariffs of about 100% on Russia's trading partners": a group, not Russia
# Those a measure falls on for lacking a trade deal with the state imposing it
_WITHOUT_A_DEAL = gated(
    re.compile(
        r"\b(?:from|on|for)\s+(?P<who>(?:all\s+)?(?:countries|nations|economies)\s+"
        r"(?:with\s+which\s+it\s+(?:has\s+no|does\s+not\s+have\s+(?:a\s+)?)|"
        r"that\s+(?:have\s+no|do\s+not\s+have\s+(?:a\s+)?)|"
        r"without\s+(?:a\s+)?|lacking\s+(?:a\s+)?)\s*(?:free[\s-]+)?trade\s+(?:agreements?|deals?|pacts?))",
        re.IGNORECASE,
    )
)
_PARTNERS_OF = gated(
    re.compile(
        r"\b(?:on|against|targeting|for)\s+(?P<obj>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])\w*)?)['’]s?\s+"
        r"(?:main\s+|biggest\s+|largest\s+|other\s+)?(?:trading|trade|business)\s+partners\b",
        re.IGNORECASE,
    )
)
# "goods from eight European countries would face a 10 per cent tariff": a counted group,
# named before.
_COUNTED_STATES_PAY = gated(
    re.compile(
        rf"\b(?:(?:goods|imports|products|exports)\s+from\s+)?(?P<who>{_COUNTED_STATES})"
        # ("eight European countries, including Britain, France and Germany, would face")
        r"(?P<aside>,[^;]{1,80}?,(?=\s+(?:would|will|could|must|(?-i:may)|to|pay|face|be)\b))?\s+(?:would|will|could|must|(?-i:may)|to)?\s*(?:pay|face|be\s+subject\s+to|"
        r"be\s+hit\s+with|be\s+charged)\b",
        re.IGNORECASE,
    )
)
_MEMBERS_NAMED = re.compile(r"\b(?:among\s+them|including|such\s+as|among\s+which)\b")
# "countries buying Venezuelan oil would pay a 25% tariff": the group is named before.
_GROUP_PAYS = gated(
    re.compile(
        r"\b(?:any\s+)?(?:countries|nations|buyers|importers|those|companies|firms|anyone|any\s+country)"
        r"\s+(?:that\s+|which\s+|who\s+)?(?P<verb>buy|buys|buying|purchase|purchases|purchasing|import|"
        r"imports|importing|trade\s+with|trading\s+with|do\s+business\s+with|doing\s+business\s+with|"
        r"align(?:s|ing)?\s+(?:itself\s+|themselves\s+)?with|sid(?:es|ing)\s+with)"
        r"\s+(?P<obj>[^,.;]+?)\s+(?:would|will|could|must|may|to)?\s*(?:pay|face|be\s+subject\s+to|be\s+hit\s+with|"
        r"be\s+charged)\b",
        re.IGNORECASE,
    )
)
_TELLER = re.compile(
    r"\b(?:told|warned|informed|notified|wrote\s+to|said|announced)\b(?:(?!\bthat\b).){0,60}?\bthat\s+"
    r"(?:(?!\bthat\b)[^;])*\b(?:face|faces|would\s+face|will\s+face|pay|would\s+pay|will\s+pay)\b"
    # "Trump has said goods from the EU will face ...": the reported clause without "that"
    r"|\b(?:said|says|warned|announced|told)\s+(?![^;,]*\bthat\b)[^;,]{3,80}?\b(?:would|will)\s+(?:face|pay)\b"
)
# ("Trump on Monday told ...": the day he spoke between)
_AUXILIARY_GAP = re.compile(
    r"\s*(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:(?:has|had|have|also|again|then)\s+)*"
)
_BY_WHOM = re.compile(
    r"(?:\s+[\w%,.-]+){0,6}?\s+(?:announced\s+|imposed\s+|ordered\s+)?by\s+(?:the\s+)?"
)
_INTO = re.compile(r"\bimports?\s+into\s+(?:the\s+)?$", re.IGNORECASE)
# (gated: read only where "by" and one of its verbs stand)
_DONE_BY = gated(
    re.compile(
        r"(?:\s+[\w%,.-]+){0,6}?\s+(?:announced|imposed|ordered|introduced|levied|threatened|"
        r"proposed|applied|unveiled)\s+by\b"
    )
)

# Each read only in text holding a word it needs (see quick.gated).
_CUES: list[tuple[str, Gated | re.Pattern[str]]] = [
    (
        "averted",
        gated(
            re.compile(
                r"\b(?:prevent(?:ed|s|ing)?|avert(?:ed|s|ing)?|avoid(?:ed|s|ing)?|would\s+have)\b",
                re.I,
            )
        ),
    ),
    (
        "call",
        gated(
            re.compile(
                # (not "should trade talks with Washington fail": a condition, told inverted)
                r"\b(?:whether|must|(?<!,\s)(?<!^)should|should(?!\s+(?:[\w'’.-]+\s+){1,6}?(?:fail|"
                r"collapse|falter|stall|break\s+down)\b)|ought|offer(?:ed|s|ing)?\s+to|urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+for|"
                # "Kyiv called on Mongolia's partners to consider sanctions"
                r"call(?:ed|s|ing)?\s+on\s+(?:[\w'’.-]+\s+){1,5}?to\s+(?:consider|impose|adopt|introduce|slap)|push(?:ed|es|ing)?\s+for|need(?:s|ed)?|stronger|appeal(?:ed|s)?|demand(?:ed|s)?\s+(?:new|more|tougher))\b",
                re.I,
            )
        ),
    ),
    (
        "in_force",
        gated(
            re.compile(
                r"\b(?:took\s+effect|(?<!would\s)(?<!will\s)(?<!to\s)take\s+effect\s+on|came\s+into\s+force|in\s+force|"
                # ("The EU's definitive duties ... entered into force on Wednesday")
                r"entered\s+into\s+force|(?:came|went)\s+into\s+effect|"
                # "Cambodian goods will continue to face a 19 per cent tariff": the rate stays
                r"continu(?:e|es|ing)\s+to\s+(?:face|pay|apply)|(?:keeps?|kept)\s+(?:paying|facing)|"
                # "Steel will remain subject to a 50 percent tariff", "will stay at 25% for now"
                # (not "remains subject to approval": subject to a rate or a measure)
                r"(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+subject\s+to(?=\s+(?:an?\s+|the\s+|its\s+)?"
                r"(?:\d|(?:[\w.-]+\s+){0,2}(?:tariffs?|duty|duties|levy|levies|rates?)\b))|"
                r"stay(?:s|ed)?\s+at(?=\s+\d)|(?<!will\s)runs?\s+until|in\s+effect|remains?\s+in\s+place|(?<!\bbe\s)adopted|adopts|"
                # "The EU agreed to extend its sanctions on Russia": they stay in force
                r"agreed\s+to\s+(?:extend|renew|prolong|roll\s+over))\b",
                re.I,
            )
        ),
    ),
    (
        # ("the 15 per cent tariff ... that enters into force today"; its own gate, "today")
        "in_force",
        gated(
            re.compile(
                r"(?<!would\s)(?<!could\s)(?<!might\s)(?<!will\s)(?<!to\s)(?<!not\s)"
                rf"\b(?:{_STARTS_VERB})\s+(?:from\s+)?today\b",
                re.I,
            )
        ),
    ),
    (
        "lifted",
        gated(
            re.compile(
                r"\b(?:sanctions\s+relief|off\s+(?:the\s+|its\s+)?(?:[A-Z][\w.]*\s+){0,2}sanctions\s+list|delist(?:ed|s|ing)?|lift(?:ed|s|ing)?(?!(?<=,\slifting)\s+(?:the\s+|its\s+|their\s+)?(?:total|overall|combined|cumulative)\s)|remov(?:e|ed|es|ing|al)|scrap(?:ped|s|ping)?|(?:let|allowed)\s+(?:[\w%.'’-]+\s+){1,8}?(?:lapse|expire)|eas(?:e|ed|es|ing)|paus(?:e|ed|es|ing)|(?:its|their|the)\s+pause|suspend(?:ed|s|ing)?|postpon(?:e|ed|es|ing)|delay(?:ed|s|ing)?|waiv(?:e|ed|es|ing)|roll(?:ed)?\s+back|drop(?:ped)?(?!(?:[^,;.]|(?<=[A-Z])\.){0,60}?\bto\s+zero\b)|exempt(?:ed|s)?|revok(?:e|ed|es|ing)|(?:put|placed|kept|keeps|keep|keeping)\s+on\s+hold|"
                r"withdr(?:ew|awn?|awing|aws)|rescind(?:ed|s|ing)?|repeal(?:ed|s|ing)?|abolish(?:ed|es|ing)?|"
                r"dismantl(?:e|ed|es|ing)|"
                # "will end sanctions on Syria", "ended its 15% tariff", "put an end to the tariffs"
                r"end(?:ed|s|ing)?\s+(?:all\s+|the\s+|its\s+|[\w.%'’-]+\s+){0,2}(?:sanctions|tariffs?|duty|duties|levy|levies|surtax|embargo)|an\s+end\s+to)\b",
                re.I,
            )
        ),
    ),
    (
        "threatened",
        gated(
            re.compile(
                # "promised China an additional 10% tariff" (not "promised to cut")
                r"\b(?:threat(?:en(?:ed|s|ing)?|s)?|warn(?:ed|s|ing)?|"
                # "said he was prepared to impose major sanctions on Russia"
                r"(?:prepared|ready|willing|poised)\s+to\s+(?:impose|slap|levy|hit|introduce|sanction)|promis(?:ed|es|ing)(?!\s+to\b)|promises?\s+of\s+(?:new\s+|higher\s+|more\s+|further\s+|steep\s+|sweeping\s+)?(?:tariffs?|duties|levies|sanctions)|(?:could|might|(?-i:may))(?!\s+(?:still\s+)?(?:hold|own|possess|control)\b|\s+have\s*(?:[,.;]|$|\s+(?:in|abroad|there|under)\b))|ultimatum|or\s+(?:else\s+)?face|unless|vow(?:ed|s)|if\s+no)\b",
                re.I,
            )
        ),
    ),
    (
        "proposed",
        gated(
            re.compile(
                # ("the trade commission recommended provisional anti-dumping duties")
                r"\b(?:propos(?:ed|es|ing|al)|prepar(?:ing|es)|consider(?:ed|s|ing)|mull(?:ed|s|ing)|weigh(?:ed|s|ing)|float(?:ed|s)|draft|"
                r"recommend(?:ed|s|ing)?)\b",
                re.I,
            )
        ),
    ),
    (
        "announced",
        gated(
            re.compile(
                # ("gave final approval to 50% tariffs", "gave the green light to")
                r"\b(?:(?:gave|gives|give|giving)\s+(?:its\s+|their\s+)?(?:final\s+)?(?:approval|green\s+light|go-ahead)|"
                r"announc(?:ed|es|ing)|approv(?:ed|es|ing)|order(?:ed|ing)|"
                # (not "prompting refiners to scale back orders", "executive orders": the noun)
                r"(?<!\bback\s)(?<!\bcut\s)(?<!\bnew\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
                r"(?<!\bexport\s)(?<!\bpurchase\s)(?<!\bexecutive\s)(?<!\bfewer\s)orders|direct(?:ed|s|ing)|sign(?:ed|s)|unveil(?:ed|s)|declar(?:ed|es)|will|would|set\s+to|plan(?:s|ned)?\s+to|scheduled|starting|take\s+effect|takes\s+effect\s+(?:on|next|from)|(?:enters?|comes?)\s+into\s+(?:force|effect)\s+(?:on|next|from)|reduc(?:es|tion)|(?<!\ba\s)(?<!\bthe\s)lower(?:s|ing)?|cuts|cutting|halv(?:es|ing)|under\s+the\s+deal|agree[ds]|"
                r"(?:promis|pledg)(?:ed|es|ing)\s+to|"
                # "received a letter setting a 30 percent rate": a rate still to come
                r"letters?\s+(?:setting|imposing|fixing|announcing)|"
                # "Washington set rates of 19% for Indonesia": rates named, not yet charged
                r"(?:set|sets|fixed|fixes)\s+(?:(?:new|higher|lower|tariff)\s+)?(?:rates?|tariffs?|duties)\s+of|"
                # "The deal sets a 15% tariff on most Swiss goods": its terms, to come
                r"(?:sets|fixes)\s+(?:a|an)\s+(?:[\w%.-]+\s+){0,2}?(?:rate|tariff|duty|levy)\b|"
                # "The EU levy on Chinese cars rises to 45% next month": a step to come
                # ("The tariff on Japanese cars falls to 15% on Sept. 16")
                r"(?:rises|climbs|jumps|goes\s+up|increases|falls|drops|comes\s+down|decreases)\s+to|"
                # "Its exports to the United States are to face a 30% tariff": to come
                r"(?:is|are)\s+to\s+(?:face|pay)|"
                # "EU governments cleared the way for definitive duties", "voted for duties"
                r"(?:cleared|paved|clears|paves)\s+the\s+way\s+for|green[- ]?lit|voted\s+(?:for|to)|endorsed)\b",
                re.I,
            )
        ),
    ),
    (
        "imposed",
        gated(
            re.compile(
                # "The Commerce Department set preliminary anti-dumping duties of 21.5%"
                r"\bset\s+(?!to\b|for\b|out\b|up\b|aside\b)(?:[\w-]+\s+){0,3}?"
                r"(?:duties|tariffs?|levies|rates?)\b|"
                # "responding to Trump's decision to double a tariff on Chinese goods": made
                # (not "reversed his decision to", "blocked Trump's decision to", "has yet to
                # make a decision to": a decision undone or none)
                r"(?:\b(?:to|against|with|by|over|after|of)\s+|^|,\s+)(?:[A-Z][\w.’'-]*['’]s|his|her|its|their)\s+"
                r"decision\s+to\s+(?:impose|raise|double|triple|hike|slap|levy|extend)\b|"
                # "has since been given a 15% rate" (not "were given $10 billion in aid")
                r"\b(?:been|was|were|is|are)\s+(?:given|assigned)\s+(?:a|an)\s+[\d.]+\s*(?:%|per\s*cent|percent)|"
                # "The order also caps tariffs on most Japanese goods at 15%": the rate charged
                r"\bcap(?:s|ped|ping)\s+(?:[\w'’\".-]+\s+){0,3}?(?:tariffs?|duties|levies|rates?)\b|"
                # "Tokyo is seeking an exemption from the 25% U.S. tariff on cars": it stands
                r"\b(?:seek(?:s|ing)?|sought|want(?:s|ed)?|asked\s+for|asking\s+for)\s+(?:an?\s+)?"
                r"(?:relief|exemptions?|reprieve|waivers?)\s+from\b|"
                # "lowered the tariff to 30%": done ("will lower" is announced, read first)
                # ("finalised anti-dumping duties on solar panels": made definitive)
                r"\b(?:reduced|lowered|cut|slashed|finali[sz](?:ed|es)|(?:(?:extend|renew|prolong)(?:ed|s)|roll(?:ed|s)\s+over)\s+(?:its\s+|the\s+|their\s+)?(?:bloc['’]s\s+)?(?:(?!(?:of|from|for|on|to|suspension|pause|exclusions?|exemptions?|reprieve|remission|deadline|review|truce|investigation|probe)\b)[\w-]+\s+){0,3}?(?:sanctions|tariffs?|duties|levies)|roll(?:ed|s)\s+over|(?:added|adds|put|placed)\s+[^.;]{0,160}?\s+(?:to|on)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}sanctions\s+list|impos(?:ed|es|ing)|sanctioned|under\s+(?:[\w.]+\s+){0,2}sanctions|re-?impos(?:ed|es|ing)|snap(?:ped|s)?\s+back|(?:reinstat(?:ed|es)|restor(?:ed|es))\s+(?:[\w%.-]+\s+){0,3}?(?:sanctions|tariffs?|duties|levies)|blacklisted|designated|(?:is|are)\s+(?:also\s+)?(?:sanctioning|designating)|froze|frozen|freez(?:es|ing)|slap(?:ped|s)?|levied|lev(?:ies|ying)|retaliated|retaliating|retaliates|introduc(?:ed|es)|add(?:ed|s|ing)\s+(?:an?\s+)?(?:extra|additional|further|new|another|\d+)|tack(?:ed|s)\s+on|pil(?:ed|es)\s+(?:on\s+)?(?:an?\s+)?(?:extra|additional|further|new|another)|put(?:s|ting)?|plac(?:ed|es|ing)|charg(?:es|ed|ing)|"
                r"(?:responded|answered|followed|hit\s+back|countered)\s+(?:\w+\s+){0,3}?with|hit|hits\s+(?:[A-Z][\w.’'-]*\s+){1,3}with|targeted\s+(?:[\w.’'-]+\s+){1,5}?with|"
                # "Britain tightened sanctions on Russia", "stepped up sanctions against Iran"
                r"(?:tighten|toughen|expand|broaden|widen)(?:ed|s)|(?:stepped|steps|ramped|ramps)\s+up|rais(?:ed|es|ing)|hik(?:ed|es)|(?:doubl|tripl|trebl|quadrupl)(?:ed|es|ing)|halved|increas(?:ed|es)|install(?:ed|s)|in\s+place|in\s+force|in\s+effect|remain(?:s|ed)?|current(?:ly)?|existing|took\s+effect|with\s+effect\s+from|targeting|apply|applies|applied|kept|keeps?|maintain(?:s|ed)?|already|fac(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|subject\s+to|(?:stood|stands?)\s+at|(?:is|are|was|were|been)\s+set\s+at|(?:fell|dropped|rose|climbed|jumped|soared|surged|went\s+up)\s+to|stays?|"
                # "The US tariff on Swiss goods is 39%", "now total 50%": the rate in force
                # (but "is 39% higher than Japan's" is a difference)
                r"(?:(?:is|are)\s+(?:now\s+)?|total(?:s|led|ed)?\s+)"
                r"(?=[\d.,]+\s*(?:%|per\s*cent|percent)(?!\s+(?:higher|lower|more|less|above|below)\b))|"
                # "25% U.S. tariff on Japanese cars cost it $1.2 billion": a measure felt
                r"cost|costs|hurt|hurts|weigh(?:ed|s)\s+on|wiped\s+out|dented|squeezed|"
                # "Swiss watches now enter the U.S. at a 15% tariff"
                r"enters?\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}at|"
                # "British carmakers began shipping vehicles to the United States at a 10% tariff"
                r"(?:ship(?:s|ped|ping)?|sell(?:s|ing)?|sold|export(?:s|ed|ing)?|send(?:s|ing)?|sent)\s+"
                r"(?:[a-z-]+\s+){0,3}?to\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}at)\b",
                re.I,
            )
        ),
    ),
]
_STILL_IN_FORCE = re.compile(
    r"\s+(?:(?:rate|tariff|duty)\s+)?(?:(?:currently|now|still)\s+)?in\s+(?:force|place)\b"
    r"|\s+(?:(?:rate|tariff|duty)\s+)?(?:currently|now|still)\s+(?:applies|applied|charged)\b"
)
_BASELINE_IN_FORCE = re.compile(
    r"\s+baseline\s+(?:(?:currently|now|still)\s+)?in\s+(?:force|place)\b"
)
_LAYER_ADDED = re.compile(r"\b(?:additional|extra|on\s+top|total|combined)\b", re.IGNORECASE)
_DOWN_FROM = re.compile(r"(?:down|fall|falls|drop|drops|decline|declines|come\s+down)\s+from", re.I)
_RATE_CUES = gated(
    re.compile(
        # ("to 50%, from the current 20%": the rate that stands)
        r"(?P<imposed>currently\s+(?:in\s+place|set\s+at|at)|\bcurrent\s+$|in\s+place|in\s+force|remain(?:s|ed)?\s+at|"
        # ("will drop from 125% to 10%": the rate that stands; not "on top of existing duties")
        r"down\s+from|(?:fall|falls|drop|drops|decline|declines|come\s+down)\s+from\s*$|"
        r"(?<!top\sof\s)existing|(?:baseline\s+)?(?:that|which)\s+(?:has|had)\s+(?:applied|been\s+in\s+(?:place|force))|"
        # ("threatened with a 50% tariff in April, has since been given a 15% rate")
        r"(?:been|was|were|is|are)\s+(?:given|assigned)\s+(?:a\s+|an\s+)?$)"
        r"|(?P<announced>\bto\s*$)",
        re.IGNORECASE,
    )
)


@dataclass
class TariffCandidate:
    measure: str
    imposer: str | None
    target: str | None
    target_group: str | None
    rate_pct: float | None
    status: str
    sentence: SentenceInfo
    reason: str | None = None
    scope: str | None = None
    date: FuzzyDate | None = None
    actors: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # Read for what the story's other sentences lean on (whose measures, which the start of
    # "the lower rate" is), but no fact of its own: a cut told without its rate.
    told_only: bool = False


_UNDER_AN_ORDER_SIGNED = re.compile(
    r"\bunder\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:order|decree|law)\s+signed\b",
    re.IGNORECASE,
)


def _status(text: str) -> str | None:
    if "concession" in text or "preference" in text:
        # ("suspending trade concessions": duties raised, not a measure lifted)
        text = _CONCESSIONS_SUSPENDED.sub(" ", text)
    if "signed" in text:
        # ("sanctioned the prosecutor in February under an executive order signed by Trump":
        # what it was taken under, not a measure still to come)
        text = _UNDER_AN_ORDER_SIGNED.sub(" ", text)
    if "revers" in text:
        # ("tightens Cuba sanctions, reversing Biden-era easing": the easing undone)
        text = _EASING_REVERSED.sub(" ", text)
    if "threatened" in text:
        # ("secured a 19 percent tariff, down from a threatened 32 percent": that rate's state,
        # read with it, not the measure's)
        text = _THREATENED_RATE_NAMED.sub(" ", text)
    if "avert" in text or "avoid" in text or "prevent" in text:
        # ("Brussels averted a transatlantic trade war ... that EU exports will face a 15
        # percent tariff": what was averted is the war, not the measure)
        text = _CONFLICT_AVERTED.sub(" ", text)
    found = None
    for status, pattern in _CUES:
        if cue := pattern.search(text):
            found = status
            if (
                status == "lifted"
                and _NOT_JUST_BEFORE.search(text, max(0, cue.start() - 16), cue.start())
                # (not "if the chip curbs were not withdrawn": a condition)
                and not _IF_BEFORE.search(text, max(0, cue.start() - 50), cue.start())
            ):
                found = "imposed"  # "The U.S. trade embargo on Cuba was never lifted": it stands
            break
    if (
        found == "announced"
        and _UNDER_A_DEAL.search(text)
        and _PAID_NOW.search(text)
        and not re.search(r"\bwill\b|\bwould\b", text)
    ):
        found = "imposed"  # "Pakistani goods face a 19% US tariff under the deal reached in July"
    if found == "announced" and _WILL_KEEP.search(text):
        found = "imposed"  # "Brazil will keep a 25 percent import tariff on steel": it stands
    return found


# A clause set against the one before: its own verb tells its own measure.
_CONTRAST_OPENS = re.compile(r",\s+(?:while|whereas)\s+|;\s+")
_EASING_REVERSED = re.compile(
    r"\brevers(?:e|es|ed|ing|al\s+of)\s+(?:[\w.’'-]+\s+){0,3}?(?:easing|lifting|removal|relief|thaw)\b"
    r"(?:\s+(?:ordered|announced|granted|approved|signed)\s+(?:by|under)\s+[\w.’'-]+)?",
    re.IGNORECASE,
)
_CONCESSIONS_SUSPENDED = re.compile(
    r"\b(?:suspend(?:s|ed|ing)?|withdraw(?:s|n|ing)?|withdrew|scrap(?:s|ped|ping)?|end(?:s|ed|ing)?)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:concessions|preferences)\b",
    re.IGNORECASE,
)
# A measure that starts, told in the present with no day ahead
_TAKES_EFFECT_NOW = re.compile(
    rf"(?<!\bwill\s)(?<!\bto\s)\b(?:{_STARTS_VERB})\b"
    r"(?!\s+(?:on|from|next|in|at|as\s+of|within|by|tomorrow|today|this|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)",
    re.IGNORECASE,
)
# ("Before US tariffs on Canada take effect, ...": a clause told of another)
_SUBORDINATE_OPENING = re.compile(
    r"\b(?:before|when|once|until|after|if|whether|what|how|as)\b", re.IGNORECASE
)
_CONFLICT_AVERTED = re.compile(
    r"\b(?:prevent(?:ed|s|ing)?|avert(?:ed|s|ing)?|avoid(?:ed|s|ing)?)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:war|escalation|showdown|crisis|confrontation|stand-?off|clash)\b"
    # (not "averted a trade war and the 30 percent tariff Trump had threatened": both averted)
    r"(?!\s+and\s+(?:the|a|an)\s+(?:[\w%.-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b)",
    re.IGNORECASE,
)
_STANDING_LONG = re.compile(
    r"\b(?:[\w-]+-decade|decades?-old|decades-long|long-?standing|[\w-]+-year-old)\s+"
    r"(?:[\w.’'-]+\s+){0,3}$"
)
_RATES_A_STATE_SET = re.compile(
    r"\b(?:rates?|tariffs?|levies|duties)\s+(?:that\s+)?(?P<who>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,3})\s+"
    r"(?:has\s+|had\s+)?(?:imposed|set|levied|charges|applied|announced|threatened|proposed)\b",
    re.IGNORECASE,
)
_ANSWERING_JUST_BEFORE = re.compile(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|to\s+counter|in\s+answer\s+to)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$"
)
_TO_ZERO = gated(
    re.compile(
        r"\b(?:cut|cuts|cutting|reduc\w+|lower\w*|slash\w*|bring\w*|brought|drop|drops|dropped|dropping)\b[^,;]{0,80}?\s"
        r"to\s+(?:zero|0\s*(?:%|per\s*cent|percent))\b",
        re.IGNORECASE,
    )
)
_PLANNED_BEFORE = re.compile(
    r"\b(?:planned|proposed|promised|intended)\s+(?:[\w%.\"“”-]+\s+){0,3}$", re.IGNORECASE
)
_IF_BEFORE = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_NOT_JUST_BEFORE = re.compile(r"(?:\b(?:never|not|no\s+longer)|n[’']t)\s+(?:been\s+|be\s+)?$")
_THREATENED_RATE_NAMED = re.compile(
    # (a rate a measure is compared with; not "a threatened 50% tariff": the measure's own)
    r"\bfrom\s+(?:a|the|its|his|her)\s+threatened\s+(?="
    + RATE_NUMBER
    + r"\s*(?:%|per\s*cent|percent)"
    r"(?!\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies|rates?|surcharges?)\b))",
    re.IGNORECASE,
)


def _without_the_threat(m: re.Match[str]) -> str:
    return m.group(0)[: m.start("threat") - m.start()]


# (not "down from the 46% rate he had threatened": that rate is the one lifted)
_COMPARED_BEFORE = re.compile(
    r"\b(?:half|double|twice|instead\s+of|rather\s+than)\s+the\s+", re.IGNORECASE
)
_COMPARED_THREAT = re.compile(
    # ("lowers the tariff to 15% from the 25% rate Trump had threatened to impose")
    r"(?:"
    + clauses.COMPARED_WITH_THE
    + r"|\bfrom\s+the\s+)(?P<rate>"
    + RATE_NUMBER
    + r")\s*(?:%|per\s*cent|percent)\s+(?:(?:rate|tariff|levy|duty)\s+)?"
    r"(?:that\s+)?(?:[\w.]+\s+){0,3}?(?:had\s+|has\s+)?(?P<threat>threatened)\b",
    re.IGNORECASE,
)
_WILL_KEEP = word_start_first(re.compile(r"\bwill\s+(?:keep|maintain|retain)\b"))
_THE_RATE_BEFORE = re.compile(r"\bthe\s+(?:\S+\s+){1,2}$", re.IGNORECASE)


def _names_a_known_baseline(text: str, trigger: re.Match[str]) -> bool:
    """ "Kenya stays at the 10% baseline", "above the 10% baseline that has applied": the
    baseline told before, whose rate is read as the rates told without a measure's word are
    (a new one is "a 10% baseline")."""
    return trigger.group("word").lower() == "baseline" and bool(
        _THE_RATE_BEFORE.search(text, max(0, trigger.start() - 20), trigger.start())
    )


_END_SOUGHT = gated(
    re.compile(
        r"\b(?:ask(?:ed|s|ing)?|call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?|lobb(?:ied|ies|ying))"
        r"\s+(?:\w+\s+){0,2}?for\s+(?:the\s+)?(?:withdrawal|removal|lifting|scrapping|repeal|end)\s+of\s+"
        r"(?:(?:[^,;.]|" + clauses.ABBREVIATION_STOP + r"){0,40}\s)?$"
        # "Tokyo is seeking the removal of the 25% tariff on Japanese cars"
        r"|\b(?:seek(?:s|ing)?|sought|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+"
        r"(?:the\s+)?(?:withdrawal|removal|lifting|scrapping|repeal|end)\s+of\s+"
        r"(?:(?:[^,;.]|" + clauses.ABBREVIATION_STOP + r"){0,40}\s)?$"
        # "hoping to persuade Beijing to drop its 100% tariff", "nothing Carney could say would
        # persuade him to lift the 25% tariffs": sought, so standing
        r"|\b(?:persuad(?:e|ed|es|ing)|convinc(?:e|ed|es|ing)|urg(?:e|ed|es|ing)|press(?:ed|es|ing)?|"
        r"ask(?:ed|s|ing)?|lobb(?:ied|ies|ying|y)|get|getting)\s+(?:[\w.’'-]+\s+){1,3}?to\s+"
        r"(?:drop|lift|remove|scrap|ease|withdraw|end|rescind|repeal|roll\s+back)\s+"
        r"(?:(?:its|their|the|his|her)\s+)?(?:[\w%.’'-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
# "Hungary threatens to block EU Russia sanctions extension": another's measure, blocked
_TO_BLOCK_BEFORE = re.compile(
    r"\b(?:threat\w*|vow\w*|mov\w+|tr(?:y|ies|ied)|seek\w*|sought)\s+to\s+(?:block|veto|stall|hold\s+up)\s+"
    r"(?:[\w.’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "asked for the chicken duties to be lifted"
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:ask|call|press|push|lobb|urg|want|demand)\w*\s+(?:\w+\s+){0,2}?for\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TO_BE_LIFTED = re.compile(
    r"\s+(?:[\w.’'-]+\s+){0,4}?to\s+be\s+(?:lifted|removed|scrapped|dropped|eased|withdrawn|"
    r"suspended|cut|reduced)\b"
)
_EXEMPTION_BEFORE = gated(
    re.compile(
        r"\bexempt(?:ed|s|ing)?\b(?:[^;.]|(?<=[A-Z])\.){0,100}?\bfrom\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:[^\s,;.]+\s+){0,4}(?:[\w]+-)?$",
        re.IGNORECASE,
    )
)
_IMPORTERS_OF = re.compile(r"\bimporters\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_GOODS_AFTER = re.compile(r"\s+(?:goods|imports|products|exports|steel|cars|vehicles)\b")
_EXEMPTED_FROM = re.compile(
    r"\bexempt(?:ed|s|ing)?\s+[^,;.]{0,60}?\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[^\s,;.]+\s+){0,4}$",
    re.IGNORECASE,
)
_WILL_STEP = gated(
    re.compile(
        r"\b(?:will|would|(?:is|are)\s+(?:set|due|scheduled|expected)\s+to)\s+(?:then\s+)?"
        r"(?:climb|rise|increase|go\s+up|jump|fall|drop|decline|be\s+raised|be\s+cut|be\s+lowered)\s+"
        r"(?:further\s+)?to\s+$",
        re.IGNORECASE,
    )
)
_GOODS_IMPORTED_INTO = re.compile(
    r"(?:^|[,;]\s+)(?P<goods>[A-Z]?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+imported\s+into\s+(?:the\s+)?\S+"
)
# the goods' own way in ("enter", "shipping vehicles to"), not "India's exports to Oman"
_SENT_IN = re.compile(r"(?:to\s+)?enter|ship(?!ments)|sell|export(?!s?\s+to\b)|send", re.IGNORECASE)
_MEASURE_MODIFIERS = re.compile(
    # (a modifier may stand in quotes: 'U.S. "reciprocal" tariffs')
    r"\s+(?:[\"“‘']?(?:anti-dumping|countervailing|anti-subsidy|safeguard|retaliatory|punitive|reciprocal|"
    r"baseline|additional|extra|import|customs|sectoral|secondary|trade|arms|economic|financial|oil)"
    r"[\"”’']?\s+){1,2}",
    re.IGNORECASE,
)
_UNDER_A_DEAL = gated(
    re.compile(r"\bunder\s+(?:the|a|its|their)\s+(?:\w+\s+)?deal\b", re.IGNORECASE)
)
# "fell to 30% from 145% on Wednesday under the deal": a change already made
_PAID_NOW = re.compile(
    r"\b(?:face|faces|pay|pays|paid|stays?|remains?|fell|dropped|rose|climbed|jumped|soared|surged)\b",
    re.IGNORECASE,
)


def _rate_value(m: re.Match[str]) -> float:
    if m.group("num"):
        return _percent(m.group("num"))
    if m.group("spelled"):
        return _spelled_number(m.group("spelled"))
    return 50.0 if m.group("word").lower() == "half" else 25.0


def find_tariffs(ctx: ArticleContext) -> list[TariffCandidate]:
    found: list[TariffCandidate] = []
    last_target: dict[str | None, str] = {}
    last_rate: dict[tuple[str | None, str | None], float] = {}
    last_imposer: str | None = None
    recent_target: str | None = None
    wordless: list[SentenceInfo] = []
    fruitless: list[SentenceInfo] = []  # a measure's word, but no measure read
    pending = _rates_pending(ctx)
    passing: list[TariffCandidate] = []  # rates named in passing, the story's imposer's
    for info in ctx.sentences:
        # "Is the government considering sanctions?": a question states no measure.
        if info.text.rstrip(" \"”’'").endswith("?"):
            continue
        set_for = (
            _rates_set_for(ctx, info) + _rates_from_states(ctx, info)
            if "%" in info.text or "cent" in info.text
            else []
        )
        passing.extend(candidate for candidate, _ in set_for)
        triggers = [
            t
            for t in _TRIGGER.finditer(info.text)
            if not _names_a_known_baseline(info.text, t)
            # ("Syria will face 41% from Aug. 7 under Trump's order on reciprocal tariffs": the
            # order the rate comes under, no measure of its own)
            and not _UNDER_AN_ORDER_ON.search(info.text, max(0, t.start() - 80), t.start())
        ]
        its_rate = _THE_MEASURES_RATE.search(info.text) if len(triggers) == 1 else None
        just_told = _rateless_just_before(found, info) if its_rate is not None else None
        # (a tariff's rate: not a sanction's, nor one lifted)
        if (
            its_rate
            and just_told
            and just_told.measure != "sanction"
            and just_told.status != "lifted"
        ):
            # "... threatened "very severe" tariffs on buyers of Russian exports. Trump said the
            # secondary tariffs would be about 100%": the rate of the one just told
            _give_rate(ctx, info, just_told, _percent(its_rate.group("rate")))
            continue
        if triggers and ", " in info.text:
            triggers = _with_joined_clause_rates(info, triggers)
        if not triggers:
            listed = _listing_goes_on(ctx, info, found)
            if listed:
                found.extend(listed)
            else:
                wordless.append(info)
            continue
        sentence_facts: list[TariffCandidate] = []
        owners = [
            (r, owner)
            for r, owner in _rate_owners(info.text, triggers)
            if not any(told.start() <= r.start() < told.end() for _, told in set_for)
        ]
        # "Malaysian exporters pay 10% to enter the Australian market": an aside on another
        # market, not the story's running imposer.
        aside = _MARKET_ENTRY.search(info.text)
        joined_to: TariffCandidate | None = None
        for i, trig in enumerate(triggers):
            seg_start = triggers[i - 1].end() if i else 0
            seg_end = triggers[i + 1].start() if i + 1 < len(triggers) else len(info.text)
            rates = [r for r, owner in owners if owner == i]
            if joined_to is not None:
                # "... duties of up to 218.4 per cent on Australian bottled wine, together with
                # anti-subsidy duties of up to 6.4 per cent, would be removed": the measure
                # joined to the one before shares its parties and its fate
                facts = [
                    replace(joined_to, rate_pct=_rate_value(r), evidence=list(joined_to.evidence))
                    for r in rates
                ]
                joined_to = None
            else:
                joined = i + 1 < len(triggers) and _joined_in_an_aside(
                    info.text, trig, triggers[i + 1]
                )
                if joined:
                    seg_end = triggers[i + 2].start() if i + 2 < len(triggers) else len(info.text)
                facts = _from_trigger(
                    ctx,
                    info,
                    trig,
                    seg_start,
                    seg_end,
                    rates,
                    last_target,
                    last_rate,
                    last_imposer,
                    pending=pending,
                    recent_target=recent_target,
                )
                if (
                    not rates
                    and _CUT_BEFORE.search(
                        info.text, max(seg_start, trig.start() - 30), trig.start()
                    )
                    # (a cut "to zero" or "for 90 days" says how far or how long)
                    and not _CUT_HOW_FAR.search(info.text, trig.end(), seg_end)
                ):
                    # "Dhaka will also lower its own duties on some U.S. farm goods, though
                    # officials gave no figure": a cut with no rate is no fact (one "to 10%
                    # from 125%" is)
                    for f in facts:
                        f.told_only = True
                if joined and len(facts) == 1:
                    joined_to = facts[0]
            sentence_facts.extend(facts)
            # "... on India on Aug. 7 and an additional 25% tariff on Aug. 27": the next
            # measure in the sentence can lean on this one.
            for f in facts if not aside else ():
                if f.imposer:
                    last_imposer = f.imposer
                    if f.target:
                        last_target[f.imposer] = recent_target = f.target
                    if f.rate_pct is not None:
                        last_rate[(f.imposer, f.target)] = f.rate_pct
        found.extend(_with_replaced_rates_lifted(info, sentence_facts))
        if not sentence_facts:
            fruitless.append(info)
    # The story's main imposer: who imposes most of what it names, else the subject of its
    # first sentence about tariffs ("Trump unveils 'reciprocal' tariffs").
    # (not one read as imposing a measure on itself: "Canada faces a 35% tariff")
    imposers = Counter(f.imposer for f in found if f.imposer and f.imposer != f.target)
    main = imposers.most_common(1)[0][0] if imposers else _story_imposer(ctx)
    # Rates told without a measure's word are tariffs: the story's main tariff imposer's
    # ("China sanctions a senator ... Vietnam secured a 20 per cent rate": Washington's).
    tariff_imposers = Counter(
        f.imposer for f in found if f.imposer and f.imposer != f.target and f.measure != "sanction"
    )
    main_tariffs = tariff_imposers.most_common(1)[0][0] if tariff_imposers else main
    if main is None and len(wordless) < len(ctx.sentences):
        # A tariff story with no measure yet told in full: "Trump says Pakistan will pay 19%"
        # is the speaker's.
        for info in wordless:
            speaker = ctx.finder.speaker_of(info.text, info.mentions)
            owner = _country_of(ctx, info, speaker) if speaker is not None else None
            if owner is not None:
                found.extend(_bare_rates(ctx, info, owner, pending))
    if main_tariffs is not None:
        for f in passing:
            if f.target != main_tariffs:
                f.imposer = main_tariffs
                found.append(f)
    if main is not None:
        # Rates given without the word ("Cambodia faces 49%", "India for 26%") are the story's.
        for info in wordless:
            # ("EU member states approved the plan for safeguard measures. ... ferroalloys above
            # their quotas will pay a 25 per cent safeguard duty": the state acting just before)
            imposer = _order_issuer(info) or _acting_just_before(ctx, info) or main_tariffs
            for_states = _rates_listed_for_states(ctx, info, imposer)
            # (the rates told "for" their states are theirs: not read again for a state
            # before them, "26% for India, 31% for Switzerland")
            their_rates = {f.rate_pct for f in for_states}
            bare = [
                f for f in _bare_rates(ctx, info, imposer, pending) if f.rate_pct not in their_rates
            ]
            found.extend(for_states + bare or _producer_rates(info, found))
        for info in fruitless:
            # "The countervailing duties, which come on top of the bloc's 10% car tariff, will
            # be 7.8% for Tesla, 17% for BYD": no measure read from its word, the producers'
            found.extend(_producer_rates(info, found))
        found.sort(key=lambda f: f.sentence.index)
        for f in found:
            # A measure whose imposer the text leaves out ("Norwegian exports now face a 15%
            # tariff"), or that the last one named would impose on itself, is the main one's.
            story_imposer = main if f.measure == "sanction" else main_tariffs
            if (f.imposer is None or f.imposer == f.target) and f.target != story_imposer:
                f.imposer = story_imposer
    # A measure is a state's (or the EU's): the UN's and NATO's are told, not kept.
    kept = [
        f
        for f in found
        if (f.imposer is None or f.imposer != f.target)
        and f.target not in _BODIES
        and f.imposer not in _BODIES
    ]
    _date_by_the_last_dated(kept)
    _rate_told_after(ctx, kept, wordless)
    by_sentence: dict[int, list[TariffCandidate]] = {}
    for f in kept:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    for told in by_sentence.values():
        kept.extend(_rates_for_the_states_named(told[0].sentence, told))
        kept.extend(_rates_faced_in_a_joined_clause(told[0].sentence, told))
    return kept


# "Among those targeted were three Indian companies", "The package also targets Chinese
# refineries": a listing told just before goes on, naming who else it hits.
_LISTING_GOES_ON = gated(
    re.compile(
        r"^(?:among\s+those\s+(?:targeted|hit|listed|named|designated)\b"
        r"|those\s+(?:targeted|hit|listed|named|designated)\s+(?:also\s+)?(?:include|were|are)\b"
        r"|also\s+(?:targeted|hit|listed|named|designated)\s+(?:were|was|are|is)\b"
        r"|(?:the|its|their)\s+(?:new\s+|latest\s+)?(?:measures|package|list|designations|listings)"
        r"\s+(?:also\s+)?(?:targets?|includes?|hits?|covers?|names?)\b)",
        re.IGNORECASE,
    )
)


_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who|accused|for)\s")


def _listing_goes_on(
    ctx: ArticleContext, info: SentenceInfo, found: list[TariffCandidate]
) -> list[TariffCandidate]:
    """The sanctions a sentence adds to the listing told just before it, one for each further
    state whose people or firms it names ("Those targeted include two Chinese refineries")."""
    if not found or found[-1].sentence.index != info.index - 1:
        return []
    told = found[-1]
    if told.measure != "sanction" or not _LISTING_GOES_ON.match(info.text.lstrip('"“ ')):
        return []
    # (not "three Indian companies that shipped Russian oil": what they did)
    what_they_did = _RELATIVE_CLAUSE.search(info.text)
    told_until = what_they_did.start() if what_they_did else len(info.text)
    states = dict.fromkeys(
        m.countries[0]
        for m in info.mentions
        if m.form in (*COUNTRY_FORMS, DEMONYM)
        and m.start < told_until
        and len(m.countries) == 1
        and m.countries[0] != told.imposer
    )
    return [
        replace(
            told,
            target=state,
            target_group=None,
            rate_pct=None,
            reason=None,
            sentence=info,
            evidence=[info.evidence(ctx.article.id)],
        )
        for state in states
    ]


# "The new rate of 50% takes effect on August 27", "The rate, 50%, is the highest": the rate
# of the measure the sentence before told without one.
_THE_RATE = gated(
    re.compile(r"\b[Tt]he\s+(?:new\s+|higher\s+|additional\s+)?rate(?:\s+of|,)\s+" + _RATE_TOLD)
)


# "Trump said the secondary tariffs would be about 100%" (and nothing said of whose goods: not
# "The new tariffs will be 25% on Indian goods", a measure of its own)
_THE_MEASURES_RATE = gated(
    re.compile(
        r"\b[Tt]he\s+(?:secondary\s+|new\s+|additional\s+|higher\s+)?(?:tariffs?|duties|levy|levies)\s+"
        r"(?:would|will|could|might)\s+be\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
        + _RATE_TOLD
        + r"(?!\s+(?:on|for|against)\b)"
    )
)
# ", together with anti-subsidy duties": a second measure joined to the first in an aside
_TOGETHER_WITH = re.compile(r"[^;]*?" + clauses.TOGETHER_WITH + r"(?:[\w-]+\s+){0,3}")


def _joined_in_an_aside(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether ``second`` is told in an aside joined to ``first`` ("duties ... on Australian
    wine, together with anti-subsidy duties of up to 6.4 per cent, would be removed"), which
    a comma closes before the verb both share."""
    return (
        _TOGETHER_WITH.fullmatch(text, first.end(), second.start()) is not None
        and text.find(",", second.end()) >= 0
    )


# "approved the European Commission's plan for definitive safeguard measures": a state acting
_MEASURES_ADOPTED = re.compile(
    r"\b(?:approved|adopted|endorsed|agreed|introduced|unveiled)\b[^.;]{0,80}?\b"
    r"(?:safeguards?|(?:safeguard|trade-defen[cs]e|anti-dumping)\s+measures?)\b"
)


def _acting_just_before(ctx: ArticleContext, info: SentenceInfo) -> str | None:
    """The state whose adopting of measures the sentence before ``info`` tells, if any."""
    if info.index == 0:
        return None
    before = ctx.sentences[info.index - 1]
    if "afeguard" not in before.text and "measure" not in before.text:
        return None  # (most sentences: decided without the pattern)
    adopted = _MEASURES_ADOPTED.search(before.text)
    if adopted is None:
        return None
    subject = _subject(ctx, before, [m for m in before.mentions if m.end <= adopted.start()])
    return _country_of(ctx, before, subject) if subject is not None else None


# "The duty will be set at 0% on Jan. 1, then rise to 10% ...": steps of the measure told before
_THE_RATE_STEPS = gated(
    re.compile(
        # ("Under the plan announced by the Office of the U.S. Trade Representative, the duty ...")
        r"^(?:(?:[^.;]|(?<=[A-Z])\.){0,100}?,\s+)?[Tt]he\s+(?:rate|levy|tariffs?|duty|duties)\s+will\s+"
        r"(?:be\s+set\s+at|start\s+at|begin\s+at)\s+" + _RATE_TOLD
    )
)
# "The rate would rise to 25% on June 1": the measures the sentence before told, raised
_THE_RATE_RISES = gated(
    re.compile(
        r"^(?:[^.;]{0,40}?,\s+)?[Tt]he\s+(?:rate|levy|tariffs?|duty|duties)\s+(?:would|will|could|is\s+(?:set|due)\s+to)\s+"
        r"(?:then\s+|later\s+)?(?:rise|increase|climb|jump|go\s+up)\s+to\s+" + _RATE_TOLD
    )
)


def _rate_told_after(
    ctx: ArticleContext, found: list[TariffCandidate], wordless: list[SentenceInfo]
) -> None:
    for info in wordless:
        rises = _THE_RATE_RISES.search(info.text)
        if rises is not None:
            found.extend(_the_same_raised(ctx, info, found, _percent(rises.group("rate"))))
            continue
        steps = _THE_RATE_STEPS.search(info.text)
        if steps is not None:
            found.extend(_the_steps_of(ctx, info, found, steps.start()))
            continue
        told = _THE_RATE.search(info.text)
        just_told = _rateless_just_before(found, info) if told is not None else None
        if told is not None and just_told is not None:
            _give_rate(ctx, info, just_told, _percent(told.group("rate")))


def _rateless_just_before(
    found: list[TariffCandidate], info: SentenceInfo
) -> TariffCandidate | None:
    """The one measure the sentence before ``info`` told, if it was told without a rate."""
    before = [f for f in found if f.sentence.index == info.index - 1]
    return before[0] if len(before) == 1 and before[0].rate_pct is None else None


def _give_rate(
    ctx: ArticleContext, info: SentenceInfo, measure: TariffCandidate, rate: float
) -> None:
    """``measure`` takes the rate ``info`` tells of it, and that sentence as its evidence too."""
    measure.rate_pct = rate
    measure.evidence.append(info.evidence(ctx.article.id))


def _the_steps_of(
    ctx: ArticleContext, info: SentenceInfo, found: list[TariffCandidate], start: int
) -> list[TariffCandidate]:
    """The rates a measure told without one in the sentence before is to step through ("...
    will put tariffs on Nicaraguan goods. The duty will be set at 0% on Jan. 1, then rise to
    10% on Jan. 1, 2027, and to 15% a year after that"): each a measure still to come (a rate
    of nothing is none)."""
    before = [f for f in found if f.sentence.index == info.index - 1 and f.rate_pct is None]
    if len(before) != 1:
        return []
    rates = sorted({rate for r in _RATE.finditer(info.text, start) if (rate := _rate_value(r))})
    return [_told_at(ctx, info, before[0], rate, "announced") for rate in rates]


def _the_same_raised(
    ctx: ArticleContext, info: SentenceInfo, found: list[TariffCandidate], rate: float
) -> list[TariffCandidate]:
    """The rated measures of the sentence before, each at the higher ``rate`` a step still to
    come ("... would face a 10% tariff from Feb. 1. The rate would rise to 25% on June 1")."""
    before = [
        f
        for f in found
        if f.sentence.index == info.index - 1 and f.rate_pct is not None and f.rate_pct < rate
    ]
    return [
        _told_at(
            ctx,
            info,
            f,
            rate,
            f.status if f.status in ("threatened", "announced", "proposed") else "announced",
        )
        for f in before
    ]


def _told_at(
    ctx: ArticleContext, info: SentenceInfo, f: TariffCandidate, rate: float, status: str
) -> TariffCandidate:
    """The measure ``f`` told again in ``info`` at another ``rate``."""
    return replace(
        f, rate_pct=rate, status=status, sentence=info, evidence=[info.evidence(ctx.article.id)]
    )


def _date_by_the_last_dated(found: list[TariffCandidate]) -> None:
    """A measure its sentence leaves undated takes the date of the last dated one its imposer
    took in the same way ("On Wednesday Trump sent letters ... The Philippines gets 20%")."""
    last: dict[tuple[str | None, str], FuzzyDate] = {}
    for f in found:
        key = (f.imposer, f.status)
        if f.date is not None:
            last[key] = f.date
        elif f.rate_pct is not None and key in last:
            f.date = last[key]


# "on C$30 billion of U.S. goods", "on about €93 billion worth of American goods"
# "on all", "on 545 U.S. products", "on certain U.S. goods", "on hundreds of Russian products"
_SOME_OF = (
    r"(?:(?:all|most|many|some|certain|several|selected|various|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|(?:more\s+than\s+|about\s+|"
    r"nearly\s+|over\s+)?\d[\d,]*|(?:hundreds|dozens|thousands)\s+of|a\s+(?:range|list|host)\s+of)\s+)?"
)
_WORTH_OF = (
    # ("on a further 95 billion euros of U.S. imports")
    r"(?:(?:a\s+further|another|an\s+additional|an\s+extra)\s+)?"
    r"(?:(?:about|some|around|nearly|almost|roughly|approximately|more\s+than|over|less\s+than|"
    r"up\s+to)\s+)?(?:(?:[A-Z]{0,2}\$|€|£)?[\d.,]+\s*"
    r"(?:billion|million|bn|m)?\s+(?:euros?\s+|dollars?\s+)?(?:\([^()]{1,30}\)\s+)?(?:worth\s+)?of\s+"
    # "drop tariffs on 99% of US goods": a share of them
    r"|\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+)?"
)
# "sanctions on NATO ally Turkey": the state after what it is to the others
_ALLY_OF = (
    r"(?:(?:fellow\s+|close\s+|key\s+|longtime\s+)?(?:NATO|EU|Western|U\.S\.|US|American|Gulf|treaty)\s+"
    r"(?:ally|member|partner)\s+)?"
)
_APPOSED_ASIDE = re.compile(r",[^,;]{3,120},\s*(?:(?:now|also|still|already)\s+)?$")
# "The Philippines was hit at 20%": words before "hit", tried lazily at every place of a sentence
# (half the cost of _BARE_RATE), which a sentence without "hit" is read without (see below).
# ("which have hit Brazil with a 50pc rate": read only after "hit" and its state, below)
_HIT_AT = r"(?:\w+\s+){0,3}?hit\s+at|with|"
_BARE_RATE = re.compile(
    # ("Chinese goods already carry an extra 20 per cent")
    r"(?P<verb>(?:now\s+|also\s+|still\s+|already\s+)?(?:faces?|gets?|pays?|paying|paid|ha(?:s|ve)\s+paid|"
    r"will\s+(?:pay|face|get)|carr(?:y|ies)|(?:will\s+be|is|are|was|were)\s+charged|"
    r"(?:is|are|was|were)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?at|lands?\s+at|comes?\s+in\s+at|"
    r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+hit\s+with|(?:is|are)\s+down\s+for|for|"
    r"(?:was|were|is|are)\s+told(?:\s+to\s+expect)?|keeps?|" + _HIT_AT +
    # "Kenya stays at the 10% baseline", "sets Nigeria's rate at 15% and Lesotho's at 15%"
    r"(?:stays?|remains?|stood|stands?)\s+at|['’]s(?:\s+(?:rate|tariff))?\s+at|"
    # "Exports from Guatemala remain subject to a 10% rate"
    r"(?:remains?|(?:is|are|will\s+be)\s+(?:still\s+)?)\s*subject\s+to|"
    # "Indonesia secured a 19% rate"
    r"(?:secured|won|negotiated|obtained|clinched|landed|got|ends?\s+up\s+with|ended\s+up\s+with)|"
    # "Vietnam's rate was cut to 20%", "Vietnam's new rate is 20%", "The rate for Vietnam is
    # 20%", "Vietnam's goods will be taxed at 20%", "will see its rate fall to 20%"
    r"['’]s\s+(?:new\s+)?(?:tariff\s+)?rate\s+(?:is|was|will\s+be|(?:was\s+|is\s+)?(?:cut|lowered|raised|reduced)\s+to|"
    r"(?:drops|falls|rises|climbs)\s+to)|(?:taxed|charged)\s+at|see\s+its\s+rate\s+(?:fall|drop|rise|climb)\s+to|"
    # "Bosnia received a letter setting a 30 percent rate", "South Africa was handed 30%"
    r"received\s+(?:a|the)\s+letter\s+(?:setting|threatening|imposing|announcing)|"
    r"(?:was|were|is|are)\s+(?:handed|assigned|given)|"
    r",?\s*(?=\d|a\s+quarter\b|half\b))"
    # ("will face the highest rate, 41%, from Aug. 7")
    r")\s*(?:only\s+|just\s+)?(?:an?\s+|the\s+)?(?:(?:extra|additional|lower|higher|reduced|highest|lowest|steepest)\s+)?(?:rate\s+of\s+|rate,\s+)?(?:(?P<rate>"
    + RATE_NUMBER
    + r")\s*(?:%|per\s*cent\b|percent\b)"
    # (not "got 20% more orders", "a 20% stake", "20% of the market")
    r"(?!\s+(?:more|less|fewer|higher|lower|of|increase|rise|drop|fall|growth|stake|share)\b)"
    r"|(?P<share>a\s+quarter|half)(?=\s+(?:on|of)\s+(?:their|its)\s+(?:exports|goods|value)))"
)
# The same pattern for a sentence without "hit": that alternative, which cannot match there, left
# out (the others are tried in the same order, so what matches is the same).
_BARE_RATE_WITHOUT_HIT = re.compile(_BARE_RATE.pattern.replace(_HIT_AT, "", 1))
_PAYS = re.compile(r"\bpa(?:y|ys|ying|id)\b")
_HAVE_HIT_BEFORE = re.compile(r"\b(?:have|has|had)\s+hit\s+$")
_THREAT_TO_HIT_BEFORE = re.compile(
    r"\b(?:(?:threaten(?:ed|s)?|vow(?:ed|s)?|warn(?:ed|s)?|promis(?:ed|es))\s+to|could|might|would)\s+"
    r"hit\s+$"
)
# "the 29% it was threatened with", "the 32% Trump had threatened"
_THREATENED_WITH = re.compile(
    _RATE_TOLD + r"\s+(?:that\s+)?(?:(?:it|they)\s+"
    r"(?:was|were|had\s+been)\s+threatened\s+with|(?:[A-Z][\w.]*\s+){1,2}(?:had\s+)?threatened\b)"
)


# International bodies impose sanctions ("UN sanctions") but are not their targets here.
_BODIES = frozenset({"UN", "NATO"})


def _is_order_date(ctx: ArticleContext, d: DateMention) -> bool:
    """Whether ``d`` can date a measure: when it was ordered or announced, which is never
    after the article ("takes effect on Aug. 1" is its start, a deadline, not its date)."""
    if d.value is None:
        return False
    return ctx.published is None or d.value.start <= ctx.published


_TARIFF_WORDS = gated(
    re.compile(r"\b(?:tariffs?|duties|levies|levy|surtax(?:es)?)\b", re.IGNORECASE)
)


def _story_imposer(ctx: ArticleContext) -> str | None:
    """Who imposes the tariffs a story is about: the subject of its first sentence that
    names a tariff ("Trump unveils 'reciprocal' tariffs")."""
    for info in ctx.sentences:
        # "Trump sent tariff letters to a dozen countries": any tariff words tell the story's
        trig = _TARIFF_WORDS.search(info.text)
        if trig is None:
            continue
        # "Trudeau flies to Mar-a-Lago after Trump's 25% tariff threat": the owner's tariff
        owner = next(
            (
                m
                for m in reversed(info.mentions)
                if m.end <= trig.start()
                and _OWNER_BEFORE.fullmatch(info.text, m.end, trig.start())
                and m.form in (PERSON, ROLE, *COUNTRY_FORMS)
            ),
            None,
        )
        if owner is not None:
            return _country_of(ctx, info, owner)
        before = [m for m in info.mentions if m.end <= trig.start()]
        subject = _subject(ctx, info, before)
        country = _country_of(ctx, info, subject) if subject is not None else None
        targeted = _targeted_after(info, trig.end())
        if country is not None and country == targeted:
            country = _possessor_before(ctx, info, trig.start(), other_than=country)
        if country is not None:
            return country
    return None


_POSSESSIVE_NEXT = re.compile(r"['’]s\b")


def _possessor_before(
    ctx: ArticleContext, info: SentenceInfo, at: int, other_than: str
) -> str | None:
    """The last leader or state named in a possessive before ``at`` that is not
    ``other_than``: "When Kazakh officials read Donald Trump's letter, they found ...: a 25%
    tariff on Kazakh goods" is not imposed by those it falls on, but by the letter's writer."""
    return next(
        (
            country
            for m in reversed(info.mentions)
            if m.end <= at
            and m.form in (PERSON, ROLE, *COUNTRY_FORMS)
            and _POSSESSIVE_NEXT.match(info.text, m.end)
            and (country := _country_of(ctx, info, m)) not in (None, other_than)
        ),
        None,
    )


_ON_WHOM_NEXT = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?(?:all\s+)?")


def _targeted_after(info: SentenceInfo, end: int) -> str | None:
    """The country a measure word ending at ``end`` is put on ("tariff on Kazakh goods")."""
    on = _ON_WHOM_NEXT.match(info.text, end)
    if on is None:
        return None
    return next(
        (m.countries[0] for m in info.mentions if m.start == on.end() and m.countries), None
    )


def _rates_pending(ctx: ArticleContext) -> bool:
    """Whether the story's new rates are still to take effect ("the higher country rates
    kick in on April 9"): then a rate a country "faces" is announced, not yet imposed."""
    if ctx.published is None:
        return False
    return any(
        _TAKES_EFFECT.search(info.text)
        and any(d.value and d.value.start > ctx.published for d in info.future_dates)
        for info in ctx.sentences
    )


_TAKES_EFFECT = gated(
    re.compile(
        r"\b(?:take|takes|taking)\s+effect|kicks?\s+in|comes?\s+into\s+force|go(?:es)?\s+into\s+effect",
        re.IGNORECASE,
    )
)


def _order_issuer(info: SentenceInfo) -> str | None:
    """The state whose order a sentence's rates are set under ("Vietnam will pay 20% and
    Malaysia 19% under the same US order")."""
    return next(
        (
            m.countries[0]
            for m in info.mentions
            if m.form in COUNTRY_FORMS and m.countries and _ITS_ORDER.match(info.text, m.end)
        ),
        None,
    )


_ITS_ORDER = re.compile(
    r"(?:['’]s)?\s+(?:executive\s+|presidential\s+)?(?:order|letter|decree|proclamation)s?\b"
)


def _bare_rates(
    ctx: ArticleContext, info: SentenceInfo, imposer: str | None, pending: bool = False
) -> list[TariffCandidate]:
    """Rates a tariff story gives without the word "tariff": "Pakistan gets 19%, well below
    the 29% it was threatened with", "Lesotho's goods have paid 15% since Aug. 7"."""
    text = info.text
    out: list[TariffCandidate] = []
    if not ("%" in text or "cent" in text or "quarter" in text or "half" in text):
        return out  # no rate to read: the common case, decided without a pattern
    countries: list[Mention] | None = None  # listed once a rate is found ("cent" is common)
    for rate in (_BARE_RATE if "hit" in text else _BARE_RATE_WITHOUT_HIT).finditer(text):
        if countries is None:
            # (not the states an agreement is named after: "Canadian goods that do not qualify
            # under the Canada-U.S.-Mexico Agreement already pay 35 per cent")
            countries = [
                m
                for m in info.mentions
                if (m.form in COUNTRY_FORMS or m.form == "demonym")
                and not _IN_AN_AGREEMENTS_NAME.match(text, m.end)
            ]
            # "European steelmakers face the 50% rate": the bloc's, which has no demonym.
            countries += [
                Mention(e.start(), e.end(), "demonym", ("EU",))
                for e in _EUROPEAN_MAKERS.finditer(text)
            ]
            countries.sort(key=lambda m: m.start)
        owner = [m for m in countries if m.end <= rate.start()]
        if not owner:
            continue
        gap = text[owner[-1].end : rate.start()]
        aside = _APPOSED_ASIDE.search(text, 0, rate.start())
        apposed = [m for m in owner if aside is not None and m.end == aside.start()]
        if aside is not None and apposed and aside.start() < owner[-1].start:
            # "South Africa, Madagascar's largest partner in the bloc, now faces 30%": the
            # country the aside is set beside, not one named in it
            owner = owner[: owner.index(apposed[0]) + 1]
            gap = text[owner[-1].end : aside.start()] + " " + text[aside.end() : rate.start()]
        elif aside is not None and apposed and apposed[0] is owner[-1]:
            # "Indonesia, whose President Prabowo spoke with Trump last week, also landed a
            # 19% rate": the aside, however long, is no gap
            gap = text[aside.end() : rate.start()]
        # "Laos and Myanmar, with little to offer, were told 40%": an aside does not count;
        # "Mexican goods outside the USMCA trade pact pay 25%": the goods may take words
        reach = 9 if "," not in gap and _PAYS.search(rate.group("verb")) else 6
        if len(_COMMA_ASIDE.sub(" ", gap).split()) > reach:
            continue
        # "Brunei and Moldova a quarter on their exports": every country listed gets it.
        first = len(owner) - 1
        while (
            first and _LIST_COMMA.fullmatch(text[owner[first - 1].end : owner[first].start])
        ) or (
            first and re.fullmatch(r"\s+and\s+", text[owner[first - 1].end : owner[first].start])
        ):
            first -= 1
        targets = [m.countries[0] for m in owner[first:] if m.countries[0] != imposer]
        if imposer is None or not targets:
            continue
        verb = rate.group("verb").lower()
        rate_imposer = imposer
        threat_to_hit = None
        if verb == "with":
            # "(which) have hit Brazil with a 50pc rate", or a threat to ("threatened to hit
            # Brazil with 50%", "could hit ..."; not "has not hit ..."): whose measures they
            # are, when the text says
            before_owner = max(0, owner[-1].start - 30)
            threat_to_hit = _THREAT_TO_HIT_BEFORE.search(text, before_owner, owner[-1].start)
            if threat_to_hit and clauses.NEGATION.search(
                text, max(0, threat_to_hit.start() - 20), threat_to_hit.start()
            ):
                continue  # "did not threaten to hit Brazil with 50%"
            if threat_to_hit is None and not _HAVE_HIT_BEFORE.search(
                text, before_owner, owner[-1].start
            ):
                continue
            at = rate.start("rate") if rate.group("rate") else rate.start("share")
            hit_by = _MEASURES_WHICH_HIT.search(text, max(0, owner[-1].start - 120), at)
            rate_imposer = next(
                (
                    m.countries[0]
                    for m in info.mentions
                    if hit_by and m.end == hit_by.start() and m.countries
                ),
                imposer,
            )
        number_at = rate.start("rate") if rate.group("rate") else rate.start("share")
        if not verb.strip(" ,") and text[owner[-1].end : number_at].strip(" ,"):
            continue  # a bare list item is "Sri Lanka 30 per cent", nothing between
        # ("Brazil has been hit with 50%", "which have hit Brazil with a 50pc rate": in force;
        # but "The EU is hit with a 20 per cent rate" on the day it is announced)
        # (a "with" read this far follows "have hit" or a threat to hit, above)
        paid = (verb == "with" and threat_to_hit is None) or re.search(
            r"\b(?:paid|keeps?|stays?|remains?|stood|stands?|been\s+hit)\b", verb
        )
        # ("Britain will stay at 25% for now": the rate it pays stands)
        announced = not paid and bool(
            re.search(r"\b(?:gets?|will|told|letter|handed|assigned|given)\b", verb) or pending
        )
        status = "threatened" if threat_to_hit else "announced" if announced else "imposed"
        if (
            status == "imposed"
            and not paid
            and not re.search(r"\bkeep", text[owner[-1].end : rate.start()])
            and clauses.FUTURE.search(text, clauses.clause_start(text), rate.start())
        ):
            status = "announced"  # "he would sign an order charging Canada and Mexico 25%"
        if not verb.strip(" ,") and out:
            status = out[-1].status  # "the Philippines was told to expect 20%, Sri Lanka 30%"
        # The rate's own clause dates it ("..., and von der Leyen will speak on Thursday" does not).
        clause_end = clauses.window_for(text, rate.start(), rate.end(), None).right
        dated = [
            d.value
            for d in info.past_dates
            if _is_order_date(ctx, d)
            and (
                d.kind == "entry_time"
                # "gets 19%, well below the 29% it was threatened with in April": a date after
                # a later rate is that rate's.
                or (
                    owner[-1].start <= d.start < clause_end
                    and not _RATE.search(text, rate.end(), d.start)
                    # (not "..., whose President spoke with Trump last week, ...": the aside's)
                    and not (aside is not None and aside.start() <= d.start < aside.end())
                )
            )
        ]
        evidence = [info.evidence(ctx.article.id)]
        share = (rate.group("share") or "").lower()
        value = (
            _percent(rate.group("rate"))
            if rate.group("rate")
            else (50.0 if share == "half" else 25.0)
        )
        if not dated:
            # "It was one of several sent on Wednesday: the Philippines was told to expect 20%".
            dated = [
                d.value
                for d in info.past_dates
                if _is_order_date(ctx, d)
                and clauses.clause_start(text) <= d.start < owner[first].start
            ]
        when = dated[0] if dated else None
        for target in targets:
            out.append(
                TariffCandidate("tariff", rate_imposer, target, None, value, status, info, date=when,
                                evidence=list(evidence))
            )  # fmt: skip
            for threat in _THREATENED_WITH.finditer(text, rate.end()):
                threatened = _percent(threat.group("rate"))
                threatened_on = next(
                    (
                        d.value
                        for d in info.past_dates
                        if 0 <= d.start - threat.end() <= 4 and _is_order_date(ctx, d)
                    ),
                    None,
                )  # "the 29% it was threatened with in April"
                out.append(
                    TariffCandidate("tariff", rate_imposer, target, None, threatened, "threatened",
                                    info, date=threatened_on, evidence=list(evidence))
                )  # fmt: skip
            for replaced in _REPLACED_RATES.finditer(text, rate.end()):
                # "received a letter setting a 30 percent rate, down from the 35 percent it
                # was assigned in April": the rate announced before gives way
                replaced_on = next(
                    (d.value for d in info.past_dates if replaced.end() <= d.start and d.value),
                    None,
                )
                out.extend(
                    TariffCandidate("tariff", imposer, target, None, _percent(gone.group(0)),
                                    "lifted", info, date=replaced_on, evidence=list(evidence))
                    for gone in _RATE_IN.finditer(replaced.group("rates"))
                )  # fmt: skip
    return out


# What says rates listed for states are to come ("Letters ... set rates of up to 40%,
# including ...", "start on April 9") or stand ("Since Aug. 7, rates ... stand at 19% for ...")
_RATES_TO_COME = re.compile(r"\b(?:sets|setting|set\s+(?:new\s+)?rates|letters?|would|will|new)\b")
_STANDING = re.compile(r"\b(?:since|stand|stands|remain|remains|in\s+force|in\s+place)\b")
_RATES_WORD = word_start_first(
    re.compile(r"\b(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|letters?)\b")
)


def _rates_listed_for_states(
    ctx: ArticleContext, info: SentenceInfo, imposer: str | None
) -> list[TariffCandidate]:
    """A tariff story's rates listed each "for" its state, without a measure's word: at least
    two, each the state's own ("rates of up to 40%, including 32% for Indonesia, 36% for
    Thailand and 25% for Malaysia")."""
    text = info.text
    # (a rate's word or a letter says they are tariffs: not "exports make up 17% for Vietnam")
    if imposer is None or " for " not in text or not _RATES_WORD.search(text):
        return []
    listed = [(rate, state) for rate, state in _rates_told_for_states(info) if state != imposer]
    if len(listed) < 2:
        return []
    in_force = _STANDING.search(text)
    to_come = not in_force and (
        _RATES_TO_COME.search(text) or any(d.value for d in info.future_dates)
    )
    status = "announced" if to_come else "imposed"
    return [
        TariffCandidate("tariff", imposer, state, None, rate, status, info,
                        evidence=[info.evidence(ctx.article.id)])
        for rate, state in listed
    ]  # fmt: skip


# "US goods face 145%, while China charges 125% on American goods": a joined clause whose own
# subject charges a rate is its own measure, its verb standing for the measure's word.
_JOINED_CLAUSE_RATE = gated(
    re.compile(
        r",\s+(?:while|whereas|but|and)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,3})"
        r"(?:(?:has|have|now|still|already|itself)\s+)*"
        r"(?P<verb>charges|charged|levies|levied|applies|applied|imposes|imposed|collects)\s+"
        r"(?:an?\s+)?(?:average\s+of\s+|extra\s+|additional\s+)?"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)"
    )
)
# A trigger's groups, read off the verb ("secondary" never matches: no secondary tariff)
_VERB_AS_MEASURE = re.compile(r"(?P<secondary>(?!))?(?P<word>\w+)")


# "The EcoCeres group will pay 10%, Zhejiang Jiaao Enprotech 35.6% and all remaining
# exporters 35.6%": producers named with their own rate of the story's measure.
_PRODUCER_RATE = re.compile(
    r"(?P<who>(?:all\s+)?(?:other|remaining)\s+(?:[\w-]+\s+){0,2}?(?:producers|exporters|companies|"
    r"firms|makers|manufacturers)|(?:[Tt]he\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4}"
    r"(?:\s+(?:group|Group))?)"
    r"\s+(?:(?:will\s+)?(?:pay|pays|face|faces|get|gets)\s+)?" + _RATE_TOLD
)
# "will be 7.8% for Tesla, 17% for BYD and 35.3% for SAIC", "charged at 17.4 per cent on BYD"
_RATE_FOR_PRODUCER = re.compile(
    _RATE_TOLD + r"\s+(?:for|on)\s+"
    r"(?P<who>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})"
)
_PRODUCER_LIST_GAP = re.compile(r"(?:,|,?\s+and|;)\s+")
_LEADING_THE = re.compile(r"^[Tt]he\s+")


def _producer_rates(info: SentenceInfo, found: list[TariffCandidate]) -> list[TariffCandidate]:
    """Rates the story's last measure on a state's goods sets for named producers, one each."""
    text = info.text
    if text.count("%") + text.count("cent") < 2:
        return []  # a list of producers' rates holds two at least
    items: list[re.Match[str]] = []
    for pattern in (_PRODUCER_RATE, _RATE_FOR_PRODUCER):
        items = []
        for m in pattern.finditer(text):
            if items and not _PRODUCER_LIST_GAP.fullmatch(text, items[-1].end(), m.start()):
                break
            items.append(m)
        if len(items) >= 2:
            break
    if len(items) < 2 or any(
        (x.start < items[0].start("rate") and x.form in COUNTRY_FORMS)
        # ("10% on Chinese steel and 25% on Japanese cars": states' goods, no producers)
        or any(m.start("who") == x.start for m in items)
        for x in info.mentions
        if x.form in (*COUNTRY_FORMS, DEMONYM)
    ):
        return []
    story = next(
        (f for f in reversed(found) if f.sentence.index < info.index and f.target and f.imposer),
        None,
    )
    if story is None:
        return []
    return [
        TariffCandidate(
            story.measure,
            story.imposer,
            story.target,
            None,
            _percent(m.group("rate")),
            story.status,
            info,
            scope=_LEADING_THE.sub("", m.group("who")).rstrip("."),
            date=story.date,
            evidence=[info.evidence(story.evidence[0].article_id)],
        )
        for m in items
    ]


# "set rates of 36% for Thailand, 25% for Malaysia and 20% for the Philippines"
_RATE_FOR_STATE = re.compile(_RATE_TOLD + r"\s+for\s+(?:the\s+)?$")


def _rates_told_for_states(info: SentenceInfo) -> list[tuple[float, str]]:
    """Each rate told "for" a state ("36% for Thailand"), with that state, in order."""
    out = []
    for m in info.mentions:
        if m.form in COUNTRY_FORMS and m.countries:
            told = _RATE_FOR_STATE.search(info.text, max(0, m.start - 24), m.start)
            if told is not None:
                out.append((_percent(told.group("rate")), m.countries[0]))
    return out


# "Polish exporters paid 96.96 per cent, Irish ones 31.3 per cent": each people's own rate
_PEOPLE_PAID_RATE = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,2}?(?:paid|pay|pays|faced|face|faces|were\s+charged|drew)\s+"
    r"(?:(?:duties|rates?|tariffs?)\s+of\s+)?|ones\s+)(?:up\s+to\s+)?" + _RATE_TOLD
)
# "265.1 per cent on Brazilian birds", "3.9 per cent on some Danish suppliers"
_RATE_ON_PEOPLE = re.compile(_RATE_TOLD + r"\s+on\s+(?:some\s+|the\s+)?$")


def _rates_told_with_peoples(info: SentenceInfo) -> list[tuple[float, str]]:
    """Each rate told with a people's word right by it, as its payer, with that state."""
    out = []
    for m in info.mentions:
        if m.form != DEMONYM or not m.countries:
            continue
        paid = _PEOPLE_PAID_RATE.match(info.text, m.end)
        noun_end = info.text.find(" ", m.end + 1) if info.text.startswith(" ", m.end) else -1
        if paid is None and noun_end > 0:
            # ("Polish exporters paid"): the people's word qualifies a noun that pays
            paid = _PEOPLE_PAID_RATE.match(info.text, noun_end)
        told = paid or _RATE_ON_PEOPLE.search(info.text, max(0, m.start - 32), m.start)
        if told is not None:
            out.append((_percent(told.group("rate")), m.countries[0]))
    return out


def _rates_for_the_states_named(
    info: SentenceInfo, facts: list[TariffCandidate]
) -> list[TariffCandidate]:
    """Each rate told "for" a state, or paid by its people, is that state's: the target of the
    sentence's fact with that rate (not the one the measure's words led to), and no reason; the
    facts for other states told with the same rate."""
    paired: dict[float, list[str]] = {}
    told = _rates_told_for_states(info) if " for " in info.text else []
    for rate, state in told or _rates_told_with_peoples(info):
        paired.setdefault(rate, []).append(state)
    if sum(map(len, paired.values())) < 2:
        return []  # a list of states with rates of their own holds two at least
    more: list[TariffCandidate] = []
    for rate, states in paired.items():
        rated = [f for f in facts if f.rate_pct == rate and f.imposer not in states]
        for f, state in zip(rated, states, strict=False):  # in the order told
            f.target, f.target_group = state, None
            if f.reason and f.reason in info.text and not f.reason[:1].islower():
                f.reason = None  # ("for Thailand" read as why)
        if rated:
            more.extend(
                replace(rated[-1], target=state, evidence=list(rated[-1].evidence))
                for state in states[len(rated) :]
            )
    return more


# "Indian goods face a 50 per cent U.S. tariff, while Canadian goods face 35 per cent"
_JOINED_FACING = gated(
    re.compile(
        r"(?:,\s+(?:while|whereas|but|and)|;)\s+(?P<who>[^,;]{2,80}?)\s+(?:also\s+|still\s+|now\s+)?"
        r"(?:face|faces|pay|pays|will\s+(?:face|pay))\s+(?:a\s+|an\s+|the\s+)?" + _RATE_TOLD
    )
)
# ", with Canadian energy facing a lower 10% rate": the same, told as an absolute clause
_WITH_FACING = re.compile(
    r",\s+with\s+(?P<who>[^,;]{2,80}?)\s+(?:facing|paying)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:lower\s+|higher\s+|reduced\s+)?" + _RATE_TOLD
)


def _rates_faced_in_a_joined_clause(
    info: SentenceInfo, facts: list[TariffCandidate]
) -> list[TariffCandidate]:
    """A rate the subject of a joined clause faces is that subject's (the states it names),
    not the first clause's target; the facts for its other states."""
    more_facts: list[TariffCandidate] = []
    joined = [*_JOINED_FACING.finditer(info.text), *_WITH_FACING.finditer(info.text)]
    for m in joined:
        states = [
            x.countries[0]
            for x in info.mentions
            if x.countries
            and (x.form in COUNTRY_FORMS or x.form == DEMONYM)
            and m.start("who") <= x.start < m.end("who")
            and not _SOLD_TO.search(info.text, max(0, x.start - 24), x.start)
        ]
        rate = _percent(m.group("rate"))
        if any(
            _percent(r.group("num")) == rate
            for r in _RATE.finditer(info.text, 0, m.start())
            if r.group("num")
        ):
            continue  # the same rate in the clause before: whose fact is whose is not told
        told = [f for f in facts if f.rate_pct == rate and f.target not in states]
        if not states or not told:
            continue
        first, *more = dict.fromkeys(states)
        for f in told:
            if f.imposer in states:
                continue
            f.target, f.target_group = first, None
            more_facts.extend(replace(f, target=state, evidence=list(f.evidence)) for state in more)
    return more_facts


_SOLD_TO = re.compile(r"\b(?:exports?|shipments?|sales|sold|shipped)\s+to\s+(?:the\s+)?$")


def _with_joined_clause_rates(
    info: SentenceInfo, triggers: list[re.Match[str]]
) -> list[re.Match[str]]:
    text = info.text
    joined = [
        _VERB_AS_MEASURE.match(text, m.start("verb"))
        for m in _JOINED_CLAUSE_RATE.finditer(text, triggers[0].end())
        # a state, or its leader, as the clause's subject
        if any(
            o.form in (*COUNTRY_FORMS, PERSON, ROLE) and m.start("who") <= o.start < m.end("who")
            for o in info.mentions
        )
    ]
    if not joined:
        return triggers
    return sorted([*triggers, *(j for j in joined if j is not None)], key=re.Match.start)


# "matches the 20% set for Vietnam", "the 19% imposed on the Philippines": a rate named in
# passing with the country it is set for
_RATE_SET_FOR_PATTERN = re.compile(
    r"\bthe\s+" + _RATE_TOLD + r"\s+"
    r"(?:(?:rate|tariff|duty|levy)\s+)?(?P<verb>set\s+for|imposed\s+on|levied\s+on|applied\s+to|"
    r"charged\s+on|slapped\s+on|given\s+to|assigned\s+to|offered\s+to)\s+"
)
_RATE_SET_FOR = gated(_RATE_SET_FOR_PATTERN)
_THE_OR_NOTHING = re.compile(r"(?:the\s+)?")


def _rates_set_for(
    ctx: ArticleContext, info: SentenceInfo
) -> list[tuple[TariffCandidate, re.Match[str]]]:
    """Rates named in passing with the country they are set for, each with its match; the
    imposer is left to the story."""
    out = []
    for m in _RATE_SET_FOR.finditer(info.text):
        named = next(
            (
                x
                for x in info.mentions
                if x.start >= m.end()
                and _THE_OR_NOTHING.fullmatch(info.text, m.end(), x.start)
                and x.countries
                and x.form in COUNTRY_FORMS
            ),
            None,
        )
        if named is None:
            continue
        verb = m.group("verb")
        status = (
            "imposed"
            if verb.startswith(("imposed", "levied", "applied", "charged", "slapped"))
            else "announced"
        )
        out.append((_passing_rate(ctx, info, named, m, status), m))
    return out


# "..., while imports from Bangladesh would be charged 35% and those from Indonesia 32%": each
# state's own rate, told after its goods (a bare rate: not "Goods from Vietnam will face a 20%
# EU tariff", whose rate is its measure's; nor "30% of all goods", a share)
_RATE_FROM_STATE = gated(
    re.compile(
        r"\b(?:imports|goods|products|exports|those)\s+from\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2})\s+"
        r"(?:(?P<modal>would|will)\s+(?:be\s+charged|face|pay|be\s+hit\s+with)\s+(?:a\s+|an\s+)?)?"
        + _RATE_TOLD
        + r"(?!\s+of\b|\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|tax(?:es)?)\b)",
        re.IGNORECASE,
    )
)


def _rates_from_states(
    ctx: ArticleContext, info: SentenceInfo
) -> list[tuple[TariffCandidate, re.Match[str]]]:
    """Rates each told after the goods of the state they fall on ("imports from Bangladesh
    would be charged 35% and those from Indonesia 32%"); the imposer is left to the story. An
    elliptical "those from X N%" takes the state of the one told before it in the sentence."""
    out: list[tuple[TariffCandidate, re.Match[str]]] = []
    for m in _RATE_FROM_STATE.finditer(info.text):
        named = next(
            (
                x
                for x in info.mentions
                if m.start("who") <= x.start < m.end("who")
                and x.countries
                and x.form in COUNTRY_FORMS
            ),
            None,
        )
        if named is None:
            continue
        if m.group("modal"):
            status = "announced"
        elif m.group(0).lower().startswith("those") and out:
            status = out[-1][0].status
        else:
            continue  # ("imports from China 20%": no verb, and no rate before to lean on)
        out.append((_passing_rate(ctx, info, named, m, status), m))
    return out


def _passing_rate(
    ctx: ArticleContext, info: SentenceInfo, named: Mention, rate: re.Match[str], status: str
) -> TariffCandidate:
    """A rate told in passing for the state ``named``, its imposer left to the story."""
    return TariffCandidate(
        "tariff", None, named.countries[0], None, _percent(rate.group("rate")), status, info,
        evidence=[info.evidence(ctx.article.id)],
    )  # fmt: skip


_GAP_BREAK = re.compile(r"[,;]|\b(?:on|from|to|and)\b")


def _rate_owners(text: str, triggers: list[re.Match[str]]) -> list[tuple[re.Match[str], int]]:
    """Each rate with the trigger it qualifies: "10% tariff" the one it precedes, "remain at
    30 per cent" the one before it."""
    owners = []
    change_ends = -1  # where the last rate told as a change ends
    for r in _RATE.finditer(text):
        # ("covering 60 or 70 per cent of American exports": the unit told once, after both)
        shared_unit = _SHARED_UNIT.match(text, r.end()) if r.group("num") == r.group(0) else None
        if _SHARE_OF.match(text, shared_unit.end() if shared_unit else r.end()):
            continue  # "remove tariffs on 99 per cent of Indian exports": a share, not a rate
        if _SPARED_RATE.search(text, max(0, r.start() - 40), r.start()):
            continue  # "sparing Jakarta the 32% rate it had been threatened with": averted
        if _CHANGED_BY.search(text, max(0, r.start() - 40), r.start()) or (
            # ("whose shares jumped 14% and 11%": the next of the changes listed)
            change_ends >= 0 and _SUBJECT_LIST.fullmatch(text, change_ends, r.start())
        ):
            change_ends = r.end()
            continue  # "exports to the US grew 28% last year": a change, not a rate
        if (
            _ECONOMY_RATE.search(text, max(0, r.start() - 60), r.start())
            or _OFF_GROWTH.match(text, r.end())
            or _GROWTH_BY.search(text, max(0, r.start() - 60), r.start())
        ):
            # "Canada's unemployment rate rose to 6.9%", "could shave more than 1 percentage
            # point off Mexico's growth": the economy's, no measure's
            continue
        before = [i for i, t in enumerate(triggers) if t.end() <= r.start()]
        # "a doubling of U.S. duties on Chinese goods to 20% by announcing additional levies":
        # the rate a change is "to" is the measure's before it, not the next one's
        changed_to = bool(before) and _TO_BEFORE.search(text, max(0, r.start() - 24), r.start())
        if changed_to:
            # (but "move to 20% retaliatory tariffs": a modifier between, the next one's rate)
            nxt = next((t for t in triggers if t.start() >= r.end()), None)
            changed_to = nxt is not None and _ACT_BETWEEN.search(text, r.end(), nxt.start())
        owner = None
        for i, t in enumerate(triggers):
            gap = text[r.end() : t.start()]
            if (
                t.start() >= r.end()
                and len(gap.split()) <= 3
                and not (changed_to and gap.strip())
                and not _GAP_BREAK.search(gap)
            ):
                owner = i
                break
        if owner is None and not before and _REPLACED_RATE_AFTER.match(text, r.end()):
            continue  # "The 40% rate replaced a 44% duty ...": not the replaced one's rate
        if (
            owner is None
            and before
            and _CLAUSE_AFTER_COMMA.search(text, triggers[before[-1]].end(), r.start())
            and _OF_A_RATE_BEFORE.search(text, max(0, r.start() - 12), r.start())
        ):
            # "..., days after Carney returned with an agreement that lets EVs in at the
            # most-favoured-nation rate of 6.1 per cent": a rate of another clause's
            continue
        if owner is None:
            owner = before[-1] if before else 0
        elif before and re.search(
            r"\b(?:similar\s+to|like|matching|same\s+as)\s+(?:the\s+)?$", text[: r.start()]
        ):
            owners.append((r, before[-1]))  # "tariffs on China similar to the 25 percent duties"
        owners.append((r, owner))
    return owners


_INTO_PAIR = gated(
    re.compile(
        r"(?P<rate>"
        + RATE_NUMBER
        + r")\.?\s*(?:%|per\s*cent|percent)\s+on\s+(?:the\s+)?(?P<src>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
        r"(?:imports|goods|products)\s+(?:into|to|entering)\s+(?:the\s+)?(?P<dst>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    )
)


_MARKET_NAMED = gated(
    re.compile(
        # ("pay duties of up to 45.3% in the EU": the market they are paid in)
        r"(?:\b(?:into|(?:sold|shipped|exported|sent)\s+to|(?:exports?|shipments?|sales)\s+to|entering|to\s+enter|enters?|entered|"
        # "began shipping vehicles to the United States at a 10% tariff"
        r"(?:ship(?:s|ping)?|sell(?:s|ing)?|export(?:s|ing)?|send(?:s|ing)?)\s+(?:[a-z-]+\s+){0,3}?to)|(?<=%)\s+in|(?<=\scent)\s+in)\s+(?:the\s+)?"
        r"(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)",
    )
)


_ON_A_BODY = re.compile(
    r"\s+(?:on|against)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'-]+\s+){1,5}?(?:Court|Organi[sz]ation|Bank|Agency|Council|Committee|Corps|Guard|Group|Fund|Company|Corporation|Union|Movement|Party|Tribunal)"
    # "on BRICS countries": a bloc's members, named by its acronym
    r"|[A-Z]{3,6}\+?\s+(?:countries|nations|members|economies|states))\b"
    # "on Supreme Court Justice Alexandre de Moraes": a person, titled by the body
    r"(?!\s+(?:Justice|Judge|Chief|President|Chairman|Chair|Director|Governor|Commander|Head)\b)"
)
_ON_THE_COUNTRY = re.compile(r"\s+on\s+the\s+country\b")
_BOTH_COUNTRIES_WORDS = r"\b(?:both|the\s+two)\s+countries\b"
_BOTH_OR_THE_TWO = word_start_first(re.compile(_BOTH_COUNTRIES_WORDS))
_DEFINITE_END = word_start_first(re.compile(r"\b(?:the|these|those|such)\s+(?:\w+\s+)?$"))


def _from_trigger(
    ctx: ArticleContext,
    info: SentenceInfo,
    trig: re.Match[str],
    seg_start: int,
    seg_end: int,
    rates: list[re.Match[str]],
    last_target: dict[str | None, str],
    last_rate: dict[tuple[str | None, str | None], float],
    last_imposer: str | None,
    *,
    pending: bool = False,
    recent_target: str | None = None,
) -> list[TariffCandidate]:
    text = info.text
    word = trig.group("word").lower()
    measure = (
        "sanction"
        if word.startswith(
            ("sanction", "embargo", "blacklist", "designat", "asset", "froze", "freez", "state")
        )
        # ("imposed penalties on Turkey's procurement agency", but "a 25% penalty" is a rate's)
        or (
            word.startswith("penalt")
            and not _RATE_JUST_BEFORE.search(text, max(0, trig.start() - 20), trig.start())
        )
        else "tariff"
    )
    if trig.group("secondary") and measure == "tariff":
        measure = "secondary_tariff"
    if _AVERAGE_AFTER.match(text, trig.end()) or _AVERAGE_BEFORE.search(
        text, max(0, trig.start() - 30), trig.start()
    ):
        return []  # "Indian tariffs that average about 17 per cent": a schedule, no measure
    if _COULD_BEFORE.search(
        text, max(seg_start, trig.start() - 40), trig.start()
    ) and _IF_AFTER.search(text, trig.end()):
        return []  # "Washington could impose tariffs of up to 40% ... if talks stall": a maybe
    if _BILL_WOULD.search(text, max(0, trig.start() - 60), trig.start()):
        return []  # "his bill that would impose tariffs of up to 500%": a law only proposed
    if _IF_A_MEASURE.search(text, max(0, trig.start() - 60), trig.start()):
        return []  # "If a 200 percent duty on French wine went ahead, ...": a supposition
    if _ANY_BEFORE.search(text, max(seg_start, trig.start() - 40), trig.start()) and (
        _WOULD_AFTER.match(text, trig.end())
    ):
        return []  # "any rise in Kazakh duties would be added on top": a maybe, no measure
    if _WOULD_DO_HARM.match(text, trig.end()) and not any(
        0 <= trig.start() - r.end() < 20 for r in rates
    ):
        # "warned that new sanctions would only push more migrants": a comment (but "the 50%
        # tariffs would hurt consumers" names a measure)
        return []
    clause = text[seg_start:seg_end]
    # Cue words are read in the trigger's own clause first ("slapped a 50% levy ..., and Lula
    # said Brazil would ..."): the nearest verb decides, not one in the next clause.
    w = clauses.window_for(text, trig.start(), trig.end(), seg_end if seg_end < len(text) else None)
    # "Britain, which agreed a deal in May, keeps a 10% rate": an aside says nothing of it.
    left = max(w.left, seg_start, clauses.clause_start(text))
    aside: tuple[int, int] | None = None
    if _RELATIVE_BEFORE.search(text, max(0, left - 8), left):
        comma = text.rfind(",", left, trig.start())
        closing = text.find(",", trig.end(), w.right)
        if comma >= 0:
            # "Trump, who spoke with Putin on May 19, has threatened sanctions": the main
            # clause resumes after the aside, whose people and dates are not the measure's.
            aside = (left, comma + 1)
            w = clauses.Window(comma + 1, w.right, w.after_participle)
        elif closing >= 0 and _ASIDE_OPENS.search(text, max(0, left - 10), left):
            # "India, which charges tariffs of up to 110 percent on imported vehicles, will
            # lower ...": the measure is the aside's, and so are its cue words.
            w = clauses.Window(w.left, closing, w.after_participle)
        left = max(left, comma + 1)
    elif (
        _ASIDE_AFTER.match(text, w.right)
        and (closing := text.find(",", w.right + 1, seg_end)) > 0
        and _STACKED_ON.match(text, closing + 1)
    ):
        # "The U.S. levy, which takes effect on April 9, comes on top of the 20% ...": the
        # measure's clause goes on after the aside, to the one it is stacked on
        w = clauses.Window(w.left, seg_end, w.after_participle)
    if word.startswith("charg"):
        # "already charges 25% on Chinese EVs and is weighing an increase": the verb decides
        # ("has proposed halving the quota and charging 50 percent above it": proposed)
        # ("agreed to drop tariffs on US goods, while Washington will charge 19%": from "while")
        start = clauses.clause_start(text)
        for contrast in _CONTRAST_OPENS.finditer(text, start, trig.start()):
            start = contrast.end()
        status = _status(_without_asides(text[start : trig.end()]))
    else:
        # (", sparing Jakarta the 32% rate it had been threatened with": another rate's clause)
        spared = _SPARING.search(text, trig.end(), w.right)
        # ("imposed sanctions ... in retaliation for arms sales announced last week": the
        # answered act's verb is not the measure's)
        spared = spared or _ANSWERING.search(text, trig.end(), w.right)
        # ("will face a 15 percent tariff, half the 30 percent rate Trump had threatened": the
        # threat is the compared rate's, not this measure's)
        its_clause = _without_asides(text[left : spared.start() if spared else w.right])
        if "threatened" in its_clause.lower():  # (else the compared threat cannot stand there)
            its_clause = _COMPARED_THREAT.sub(_without_the_threat, its_clause)
        status = _status(its_clause)
    # ("..., well below the 32% rate he had threatened": that rate's state is the aside's own)
    compared = _COMPARED_ASIDE.search(text, left, w.right)
    if status == "lifted" and (condition := _CONDITION_AFTER.search(text, trig.end(), w.right)):
        # "would face 100% tariffs if they dropped the dollar": not the measure dropped
        status = _status(_without_asides(text[left : condition.start()]))
    if (
        status in (None, "announced", "imposed")
        and _UNLESS_AFTER.match(text, w.right)
        # (not "a truce capping tariffs at 30% expires unless it is extended": its end is)
        and not _ITS_END_BEFORE.search(text, max(0, w.right - 30), w.right)
    ):
        status = "threatened"  # "would increase the tariff on cars ... unless Ottawa dropped"
    if (
        status == "announced"
        and _WOULD_DO_BEFORE.search(text, max(seg_start, trig.start() - 50), trig.start())
        and _IF_NOT_AFTER.match(text, trig.end())
    ):
        status = "threatened"  # "said he would impose a 50% tariff on Brazil if it did not ..."
    if status == "lifted" and (then := _AND_IMPOSE.search(text, left, trig.start())):
        # "would scrap its free trade agreement with Turkey and impose a 100% tariff": the
        # measure is the one imposed, and the lifting is of something else
        to_come = clauses.FUTURE.search(text, left, then.start()) is not None
        status = "announced" if to_come else "imposed"
    if _DEADLINE_FOR.search(text, max(seg_start, trig.start() - 50), trig.start()):
        status = "threatened"  # "extended the deadline for imposing 50% tariffs on EU goods"
    if status != "imposed" and _ANSWERED_MEASURE.search(
        text, max(seg_start, trig.start() - 50), trig.start()
    ):
        status = "imposed"  # "in retaliation for U.S. duties on Mexican steel": standing
    # (a promise to cut them to zero stays announced, as the gold sets read it)
    if status == "imposed" and _TO_ZERO.search(text, max(seg_start, w.left), w.right):
        status = "lifted"  # "cut tariffs on American LNG and ethanol to zero": none left
    if status in (None, "announced", "imposed") and _UNDONE_AFTER.match(text, w.right):
        status = "lifted"  # "announced a 20% tariff on the EU in April but paused it a week later"
    owned = _OWNER_RATE.search(text, max(0, trig.start() - 40), trig.start())
    if status is None and _SECURED.search(text, max(seg_start, trig.start() - 60), trig.start()):
        status = "announced"  # "Indonesia had secured a 19 percent tariff on its exports"
    if status is None and _STANDING_LONG.search(text, max(0, trig.start() - 40), trig.start()):
        status = "imposed"  # "The six-decade U.S. trade embargo on Cuba was never affected"
    if status is None and _WHICH_TOOK_EFFECT.match(text, trig.end()):
        status = "imposed"  # "Trump's 25 percent tariffs on steel, which took effect on March 12"
    if status is None and owned:
        # "hurt by Washington's 40% surcharge on Brazilian goods": standing, unless it (or the
        # story's rates) is still to come ("..., due to start next month"); what another
        # clause will do is not its state ("Australia will not retaliate, ..., calling
        # Washington's 10% levy unwarranted").
        to_come = pending or clauses.FUTURE.search(text, trig.end(), seg_end) is not None
        status = "announced" if to_come else "imposed"
    if status is None:
        status = _status(text[max(seg_start, trig.start() - 120) : seg_end])
    if status is None and seg_start:
        status = _status(text[: trig.start()])
    if status is None and (dashes := _dash_aside_around(text, trig.start())) is not None:
        # "Those measures — a 100 per cent surtax on Chinese-made electric vehicles and a 25
        # per cent surtax on Chinese steel — have been in place since last October": the
        # verb after the aside tells each measure listed in it
        status = _status(text[dashes : dashes + 120])
    if (
        status == "announced"
        and info.is_headline
        and _TAKES_EFFECT_NOW.search(text, trig.end(), seg_end)
        and not _SUBORDINATE_OPENING.search(text, 0, trig.start())
    ):
        status = "imposed"  # "US sanctions on Serbia's NIS take effect": a headline's present
    if status == "in_force" or (
        status == "lifted" and _ON_CONDITION_BEFORE.search(text, 0, w.left)
    ):
        # "... unless the EU removed its 50% tariff on American whiskey": the EU's tariff
        # stands; its removal is the condition (and one still planned is still to come).
        planned = _PLANNED_BEFORE.search(text, max(0, trig.start() - 40), trig.start())
        status = "announced" if planned else "imposed"
    if status is None and rates and _starts_later(ctx, info, trig.end(), w.right):
        status = "announced"  # "...: a 25% tariff on Kazakh goods from Aug. 1": still to come
    if status is None and trig.group("word").lower().startswith("rate") and rates:
        # "the 10% rate on Australian goods": the story's rate, in force unless still to come.
        status = "announced" if pending else "imposed"
    if (
        status == "announced"
        and measure == "sanction"
        and _ADOPTED.search(text, max(0, trig.start() - 80), trig.start())
    ):
        status = "imposed"  # "EU governments approved a 19th package of sanctions"
    # "Tokyo and Seoul each face a 25% U.S. tariff": the subject is the measure's target
    subject_faces_it = _facing_before(text, trig)
    if status == "imposed" and subject_faces_it and _starts_later(ctx, info, trig.end(), w.right):
        status = "announced"  # "Both countries face a 36% U.S. tariff from Aug. 1": still to come
    # (as far back as a listing of the measures paid reaches: "already face a 20 percent U.S.
    # levy linked to fentanyl trafficking and a 10 percent reciprocal duty")
    paying = _ALREADY_PAYING.search(text, max(0, trig.start() - 120), trig.start())
    if (
        status in ("announced", "threatened")
        and paying is not None
        # (not "... already faces a 25% tariff and Trump said he would impose a 50% tariff":
        # another clause's verb between)
        and not _ANOTHER_VERB_BETWEEN.search(text, paying.start(), trig.start())
    ):
        status = "imposed"  # "Chinese goods already face a 20 percent U.S. levy ..., which ..."
    if status == "lifted" and _IT_EXEMPTS.match(text, trig.end()):
        status = "imposed"  # "The levy, which ..., exempts several hundred products": it stands
    sought = status in ("call", "lifted") and (
        _END_SOUGHT.search(text, max(0, trig.start() - 80), trig.start()) is not None
        or (
            _ASKED_FOR_BEFORE.search(text, max(0, trig.start() - 60), trig.start()) is not None
            and _TO_BE_LIFTED.match(text, trig.end()) is not None
        )
    )
    if sought and not rates:
        # "Brazil had asked for the chicken duties to be lifted", "expected to press Trump to
        # lift US sanctions on Syria": a wish, and no measure told
        return []
    if sought or (
        status in ("call", "lifted")
        and _EXEMPTED_FROM.search(text, max(0, trig.start() - 100), trig.start())
    ):
        # "Lula called for the removal of the 40% tariff", "exempted smartphones from the 125%
        # tariff": it stands
        status = "imposed"
    kept_from = _FROM_THE_RATE.search(text, max(0, trig.start() - 40), trig.start())
    if status == "averted" and kept_from and _STILL_IN_PLACE.match(text, trig.end()):
        # "averted an increase to 30% from the 25% tariff now charged on Mexican goods": the
        # rate the increase would have replaced stands
        status = "imposed"
        rates = [r for r in rates if kept_from.start() <= r.start() < trig.start()]
    if status == "call" and _CALLED_FOR_MORE.search(text, max(0, trig.start() - 60), trig.start()):
        status = "proposed"  # "Biden called for tripling tariffs on Chinese steel": his own plan
    if status in (None, "averted", "call") or (
        _NEGATED_BEFORE.search(text, seg_start, trig.start())
        # ("has not joined the sanctions that the EU has imposed": the denial is the joining's)
        and not _IMPOSED_BY.match(text, trig.end())
    ):
        return []
    if _DENIED_REPORTS.search(text, 0, trig.start()):
        return []  # "denied reports that it was preparing sanctions": no measure
    if _TO_BLOCK_BEFORE.search(text, max(0, trig.start() - 60), trig.start()):
        return []  # "Hungary threatens to block EU Russia sanctions extension": no measure of its own
    if _OFFER_BEFORE.search(text, max(0, trig.start() - 60), trig.start()):
        return []  # "would be ready to lift sanctions on Iran if Tehran wanted a deal": an offer
    if _EVADED_BEFORE.search(text, max(0, trig.start() - 40), trig.start()):
        return []  # "would not help Moscow get round Western sanctions": their evasion
    if _ORDINARY_BEFORE.search(text, max(0, trig.start() - 40), trig.start()) and not any(
        r.end() <= trig.start() for r in rates
    ):
        # "ordinary U.S. import duties of up to 32 percent": the standing schedule, no measure
        # taken (but "a 10 percent surcharge on top of ordinary duties" is one).
        return []

    mentions = info.mentions
    in_segment = [m for m in mentions if seg_start <= m.start and m.end <= min(seg_end, w.right)]
    # "sanctions in response to Moscow's attacks on Ukraine's grid": the reason's places are
    # no targets (its culprit, named first, may be: see the fallback below)
    why = _REASON_RIGHT_AFTER.match(text, trig.end())
    if measure == "sanction" and why:
        in_segment = [m for m in in_segment if m.start <= why.end()]

    # The imposer.
    imposer = None
    # ("the 17% U.S. anti-dumping duty": the modifiers of a measure stand between)
    adjacent = [
        m
        for m in mentions
        if m.end <= trig.start()
        and (trig.start() - m.end <= 3 or _MEASURE_MODIFIERS.fullmatch(text, m.end, trig.start()))
    ]
    adjunct_target = None
    if owned and not adjacent:
        # "in retaliation for Ottawa's 100% surtax ... and its 25% surtax": the owner's own.
        owner_at = owned.start()
        if owned.group(0)[:3].lower() == "its":
            possessed = [
                m.end for m in mentions if m.end < owner_at and text.startswith("'s", m.end)
            ]
            owner_at = possessed[-1] if possessed else -1
        adjacent = [m for m in mentions if m.end == owner_at and m.countries]
    if not adjacent and (
        plan := _OWNERS_PLAN.search(text, max(0, trig.start() - 60), trig.start())
    ):
        # "Jakarta is watching Trump's promise of tariffs of 60% on Chinese goods": his
        adjacent = [m for m in mentions if m.end == plan.start() and m.countries]
    if adjacent and adjacent[-1].countries:
        imposer = adjacent[-1].countries[0]
        earlier_subject = _subject(ctx, info, [m for m in mentions if m.end <= adjacent[-1].start])
        owner = _country_of(ctx, info, earlier_subject) if earlier_subject else None
        referred = _PREPOSITION_BEFORE.search(
            text, max(0, adjacent[-1].start - 12), adjacent[-1].start
        )
        if (
            owner
            and owner != imposer
            and measure == "sanction"
            and imposer not in _BODIES
            and not under_sanctions_at(text, adjacent[-1].start, trig.end())
            # the subject acts on them ("EU adopts new Russia sanctions"), not "Serbia's debt
            # ... while the US sanctions were in force"
            and earlier_subject is not None  # (set with the owner; said again for mypy)
            # ("Russia faces new US sanctions": the subject is their target)
            and not subject_faces_it
            # ("Iran remains on the U.S. sanctions list": the list is the state's)
            and not _ON_THE_LIST.search(text, max(0, adjacent[-1].start - 12), adjacent[-1].start)
            and (
                _status(text[earlier_subject.end : adjacent[-1].start]) is not None
                # "The European Union renewed its own Myanmar sanctions"
                or _RENEWED_ITS.search(text, earlier_subject.end, adjacent[-1].start) is not None
            )
        ):
            if referred:
                return []  # "retaliated against EU sanctions": the EU's own, only referred to
            # "EU adopts new Russia sanctions": the subject imposes, the adjunct is targeted.
            adjunct_target, imposer = imposer, owner
    if (
        imposer is None
        and _THE_BLOCS.search(text, max(0, trig.start() - 60), trig.start())
        and not subject_faces_it
    ):
        # "the bloc's own duties of up to 35.3% on Chinese EVs", "The bloc imposed duties":
        # the Union named before (but "the bloc faces 30% tariffs")
        imposer = "EU" if ctx.country_named_lately(info, "EU") else None
    whose = _WHOSE_BEFORE.search(text, max(0, trig.start() - 60), trig.start())
    if imposer is None and whose:
        # "... with the United States, whose 26% tariff on Indian goods": the antecedent's own
        imposer = next(
            (m.countries[0] for m in mentions if m.end == whose.start() and m.countries), None
        )
    hit_by = (
        _MEASURES_WHICH_HIT.search(text, max(0, trig.start() - 120), trig.start())
        if imposer is None and "which" in text
        else None
    )
    if hit_by:
        # "the US measures, which have hit Brazil with a 50 per cent tariff": whose measures
        imposer = next(
            (m.countries[0] for m in mentions if m.end == hit_by.start() and m.countries), None
        )
    into = _MARKET_NAMED.search(clause)
    if into and (
        _CLAUSE_AFTER_COMMA.search(text, trig.end(), seg_start + into.start())
        # ("will impose a 35 per cent tariff on imports from Russia and Belarus, ... and banned
        # the export of luxury goods to Russia": another verb's)
        or _AND_ANOTHER_VERB.search(text, trig.end(), seg_start + into.end())
    ):
        # ("would face a 100% tariff ..., days after Carney returned with an agreement that
        # lets Chinese vehicles into Canada": another clause's market)
        into = None
    if into and (_REASON_LEAD.search(clause, max(0, into.start() - 100), into.start())):
        # "sanctions on US firms over arms sales to Taiwan": why, not where to
        into = None
    actors: list[str] = []
    # The subject of the trigger's own clause ("..., and Beijing raised duties on ..."), else
    # of the sentence.
    subject = _subject(
        ctx,
        info,
        [m for m in mentions if w.left <= m.start and m.end <= trig.start()],
        w.left,
        trig.start(),
    )
    if subject is not None:
        # "Korea will invest $350 billion in the United States and the U.S. will cut its tariff
        # on Korean goods": a clause joined without a comma has its own subject
        subject = _joined_subject(info, mentions, subject.end, trig.start()) or subject
    if subject is None:
        # "To Lam dialled Trump, and within hours the US president announced a deal: a 20%
        # tariff ...": the subject of the joined clause the measure is told in.
        joined = max(_JOINED_CLAUSE.finditer(text, 0, w.left), key=re.Match.start, default=None)
        if joined is not None:
            subject = _subject(
                ctx,
                info,
                [m for m in mentions if joined.end() <= m.start and m.end <= trig.start()],
                joined.end(),
                trig.start(),
            )
    if subject is None:
        subject = _subject(
            ctx, info, [m for m in mentions if m.end <= trig.start()], until=trig.start()
        )
    which_did = (_WHICH_DID if _takes_object(word) else _WHICH_SET_THE_MEASURE).search(
        text, max(0, trig.start() - 80), trig.start()
    )
    antecedent_actor = next(
        (
            x
            for x in mentions
            if which_did
            and x.end == which_did.start()
            and x.countries
            # (not "the bloc's package against Russia, which blacklisted 200 tankers": the
            # measure's target, whose package it is not; but "depends on Washington, which ...")
            and not _MEASURE_AGAINST_BEFORE.search(text, max(0, x.start - 40), x.start)
        ),
        None,
    )
    if antecedent_actor is not None:
        subject = antecedent_actor  # "follows Canada, which froze the assets of Martelly"
    told = _TOLD_WHOM.search(text, 0, trig.start()) if subject is not None else None
    if told is not None and subject is not None and told.start("whom") <= subject.start:
        # "Trump told Japan and South Korea that ...": the teller, not those told
        subject = _subject(
            ctx, info, [m for m in mentions if m.end <= told.start()], until=told.start()
        )
    if subject is not None:
        # The person behind the measure ("he" resolved to whom it stands for).
        actors.extend(p.name for p in ctx.expand(info, subject) if p.name)
    relative = _IMPOSED_BY.match(text, trig.end())
    co_imposers: list[str] = []
    if imposer is None and relative:
        who_at, who_end = relative.span("who")
        # ("President Donald Trump": the name may follow a title; "the European Union and the
        # United States have imposed": each imposes its own)
        doers = list(
            dict.fromkeys(
                m.countries[0] for m in mentions if who_at <= m.start < who_end and m.countries
            )
        )
        if doers:
            imposer, co_imposers = doers[0], doers[1:]
    if imposer is None and subject_faces_it:
        # "Trump told him in a letter that Brazilian goods would face a 50 percent levy".
        teller = _TELLER.search(text, 0, trig.start())
        doer = next(
            (
                m
                for m in reversed(mentions)
                if teller
                and m.end <= teller.start()
                and _AUXILIARY_GAP.fullmatch(text, m.end, teller.start())
            ),
            None,
        )
        if doer is not None and doer.form in (PERSON, ROLE, *COUNTRY_FORMS):
            imposer = _country_of(ctx, info, doer)
    if imposer is None and (subject_faces_it or _DONE_BY.match(text, trig.end())):
        # "Imports from Vietnam will be subject to a 20% duty announced by Trump"; "the
        # additional duty of 20 per cent announced by the United States on 2 April".
        by = _BY_WHOM.match(text, trig.end())
        doer = next(
            (
                m
                for m in mentions
                if by
                and by.end() <= m.start
                and _TITLE_BEFORE_NAME.fullmatch(text, by.end(), m.start)
            ),
            None,
        )  # "... imposed by President Donald Trump": after his title
        imposer = _country_of(ctx, info, doer) if doer is not None else None
    if imposer is None and subject_faces_it:
        # "Vietnam was hit with a 46 per cent duty on 2 April, only for Donald Trump to suspend
        # it": a leader of another state the sentence names acts on it
        faced_by = _country_of(ctx, info, subject) if subject is not None else None
        acted = _ACTS_ON_IT.search(text, trig.end())
        imposer = next(
            (
                c
                for m in mentions
                if acted is not None
                and acted.start("who") <= m.start < acted.end("who")
                and m.form in (PERSON, ROLE, *COUNTRY_FORMS)
                for c in m.countries[:1]
                if c != faced_by
            ),
            None,
        )
    told_deal = _DEAL_TOLD_AFTER.search(text, trig.end()) if imposer is None else None
    if told_deal is not None and subject_faces_it:
        # "Vietnamese goods will be hit with a 20% tariff under a trade agreement reached after
        # To Lam spoke with Trump": the deal's other party
        # (the goods' own state told before the measure: "Vietnamese goods")
        goods_states = {c for m in mentions if m.start < trig.start() for c in m.countries[:1]}
        imposer = next(
            (
                c
                for m in mentions
                if told_deal.start() <= m.start < told_deal.end()
                # (a leader who struck it, not "signed in Kuala Lumpur, Malaysia")
                and m.form in (PERSON, ROLE)
                for c in m.countries[:1]
                if c not in goods_states
            ),
            None,
        )
    if imposer is None and subject_faces_it:
        imposer = last_imposer  # "Saudi Arabia ... face the 10% tariff": the subject is the target
    if imposer is None and subject is not None and not subject_faces_it:
        imposer = _country_of(ctx, info, subject)
        if imposer is not None and imposer == _targeted_after(info, trig.end()):
            # "Keller-Sutter had spoken with Trump but failed to head off a 39% tariff on Swiss
            # goods": a measure on the subject's own goods is another state's, named before
            imposer = (
                _possessor_before(ctx, info, trig.start(), other_than=imposer)
                or _state_named_before(mentions, trig.start(), other_than=imposer)
                or imposer
            )
    if imposer is None and (by_order := _UNDER_ITS_ORDER.search(text, trig.end())):
        # "Pakistani goods will be charged a 19% tariff under the new U.S. executive order",
        # "under the executive order Donald Trump signed"
        named_at = by_order.start("who") if by_order.group("who") else by_order.start("signer")
        imposer = next(
            (m.countries[0] for m in mentions if m.start == named_at and m.countries), None
        )
    if imposer is None and not _MEASURE_REPORTED.search(text, 0, trig.start()):
        speaker = ctx.finder.speaker_of(text, mentions)
        if speaker is not None:
            imposer = _country_of(ctx, info, speaker)
            if speaker.person:
                actors.append(speaker.person)
    if (
        imposer is None
        and info.index
        and (
            _ITS_BODY.search(text[: trig.start()])
            or _IT_OPENS.match(text, clauses.clause_start(text))
        )
    ):
        # "its commerce ministry imposed ...", "It lifted ...": the country the previous
        # sentence was about.
        earlier = [m for m in ctx.sentences[info.index - 1].mentions if m.form in COUNTRY_FORMS]
        imposer = earlier[0].countries[0] if earlier else None
    if imposer is None and _THE_BODY.search(text[max(w.left, seg_start) : trig.start()]):
        # "the government proposed a 10 percent tariff": the country the article is about.
        imposer = ctx.main_country
    border = _AT_BORDER.search(text, trig.end(), w.right)
    if imposer is None and border:
        # "Australian steel still faces a 50 per cent tariff at the US border"
        imposer = ctx.country_in(border.group("c"))
    market = _IN_MARKET.match(text, trig.end()) if subject_faces_it else None
    if imposer is None and market:
        # "Indonesian goods will face a 19% tariff in the United States"
        imposer = ctx.country_in(market.group("c"))
    hit = _ANTECEDENT_HIT.search(text, 0, trig.start())
    antecedent = next((m for m in mentions if hit and m.end == hit.start() and m.countries), None)
    if hit and antecedent is not None:
        doer = next((m for m in mentions if m.start == hit.start("who")), None)
        imposer = (_country_of(ctx, info, doer) if doer is not None else None) or imposer
    deal = _DEAL_WITH.search(text, trig.end()) if subject is not None else None
    partner = next((x for x in mentions if deal and x.start == deal.end() and x.countries), None)
    if (
        partner is not None
        and subject is not None
        and (subject_faces_it or _SECURED.search(text, 0, trig.start()))
        and not _ITS_OWN_MEASURE.search(text, max(0, trig.start() - 30), trig.start())
        # (not "would face a 100% tariff if it makes a deal with China": a deal supposed)
        and deal is not None
        and not _SUPPOSED.search(text, trig.end(), deal.start())
    ):
        # "Tokyo secured a 15% rate on its cars under the deal with Washington": the other
        # party to the deal imposes it on the subject.
        secured_by = _country_of(ctx, info, subject)
        if secured_by and secured_by != partner.countries[0]:
            imposer, adjunct_target = partner.countries[0], secured_by
    if imposer is None and measure == "sanction":
        imposer = treasury_state(text)
    if imposer is None and (told := _RATES_A_STATE_SET.search(text, trig.end())):
        # "Switzerland was hit with a 39% tariff, one of the highest rates Washington imposed",
        # "is among the rates President Donald Trump has threatened"
        imposer = next(
            (
                m.countries[0]
                for m in mentions
                if told.start("who") <= m.start < told.end("who") and m.countries
            ),
            None,
        ) or ctx.country_in(told.group("who"))
    if imposer is None and (place := _PLACE_OF_AN_UNNAMED_BODY.match(text)):
        # "In Hanoi, the trade ministry extended anti-dumping duties ...": the capital's state
        # (not "In Hanoi, the government said the 46% tariff on Vietnamese goods ...": the
        # state named again, the target's)
        place_state = next(
            (m.countries[0] for m in mentions if m.start == place.start("place") and m.countries),
            None,
        )
        if not any(m.start > place.end() and place_state in m.countries for m in mentions):
            imposer = place_state
    if imposer is None and info.index and _THOSE_MEASURES.match(text):
        # "... in retaliation for Ottawa's own measures against Chinese goods. Those measures
        # — a 100 per cent surtax on Chinese-made electric vehicles ...": whose they are
        imposer = _owner_of_measures_told(ctx.sentences[info.index - 1])
    if imposer is None:
        imposer = last_imposer

    # Targets: a group, countries after "on/against/from", or the country of the goods.
    group = _GROUP.search(text, trig.start())
    if group is None or group.start() >= seg_end:
        group = _GROUP_PAYS.search(text, max(seg_start, trig.start() - 120), trig.start())
    target_group = None
    trading_partners = _PARTNERS_OF.search(text, trig.start(), seg_end)
    if trading_partners is not None and (group is None or trading_partners.start() < group.start()):
        group = None
        target_group = f"countries that trade with {trading_partners.group('obj')}"
        if measure == "tariff":
            measure = "secondary_tariff"
    no_deal = (
        _WITHOUT_A_DEAL.search(text, trig.start(), seg_end)
        if group is None and target_group is None and "trade" in text
        else None
    )
    if no_deal is not None:
        # "tariffs of up to 50% on cars from countries with which it has no trade agreement"
        target_group = " ".join(no_deal.group("who").split())
    if group and group.start() < seg_end:
        obj = group.group("obj").strip()
        verb = group.group("verb").lower()
        if verb.startswith(("buy", "purchas", "import")) or verb == "of":
            target_group = f"buyers of {obj}"
        elif verb.startswith(("align", "side")):
            target_group = f"countries aligning with {obj}"
        elif "business" in verb:
            target_group = f"countries doing business with {obj}"
        else:
            target_group = f"countries that trade with {obj}"
        if measure == "tariff":
            measure = "secondary_tariff"
        if imposer is None and subject is not None:
            # "Trump warned that countries buying X would pay ...": the group faces it, the
            # main clause's subject imposes it.
            imposer = _country_of(ctx, info, subject)
    if target_group is None:
        org = _ON_A_BODY.match(text[trig.end() :])
        if org and ctx.country_in(org.group("org")) is None:
            target_group = org.group("org")  # (but "on European Union goods" are the bloc's)
        elif addressed := _BLOC_MEMBERS_ADDRESSED.search(text, 0, trig.start()):
            target_group = addressed.group("org")  # "warned the BRICS countries that ..."
    targets: list[tuple[str, str | None]]
    named = None
    # (not "..., while New Zealand listed 52 people": another's act set against it)
    set_against = _CONTRAST_OPENS.search(text, trig.end(), seg_end)
    own_end = set_against.start() if set_against else seg_end
    if measure == "sanction" and target_group is None:
        named = (
            sanctioned_group(text, trig.end(), _takes_object(word), mentions, imposer)
            or listed_group(text, trig.start(), trig.end(), mentions, imposer)
            or sanctioned_subject(text, trig.start(), trig.end(), mentions, imposer)
            or sanctioned_antecedent(text, trig.start(), trig.end(), mentions)
        )
    if named is not None and named.country is None and _PUNISHING.search(text, trig.end()):
        named = None  # "sanctioned more than 100 targets ... to punish Iran": the state punished
    if (
        named is not None
        and named.country is None
        and only_counted(named.group)
        # (a state the sentence names in its reason may not be the one: "on more than 500
        # targets in response to the death of Russian opposition leader Alexei Navalny")
        and not any(
            m.countries and imposer not in m.countries for m in mentions if m.start < own_end
        )
    ):
        # "Canada separately sanctioned 76 individuals and entities": the state the story's
        # measures fall on, counted
        named = replace(named, country=recent_target) if recent_target != imposer else named
    if named is not None:
        target_group = named.group or None
        targets = [(named.country, None)] if named.country else []
        imposer = named.imposer or imposer  # "Canada added Russia to its sanctions list"
    elif target_group:
        targets = []
    else:
        targets = _targets(ctx, info, in_segment, trig, seg_end, imposer)
    partners = _listed_with(ctx, info, subject, imposer) if not targets and not target_group else []
    if len(partners) == 1:
        # "South Korea and the United States agreed on a 15% tariff on Korean cars": the
        # goods are one party's, the other imposes.
        goods_of = _targets(ctx, info, in_segment, trig, seg_end, partners[0])
        if [c for c, _ in goods_of] == [imposer]:
            imposer, targets = partners[0], goods_of
    firms = _A_STATES_FIRMS_NAMED.match(text, trig.end()) if measure == "sanction" else None
    if firms is not None and not any(
        # (not "..., Britain's foreign ministry said", "..., Treasury Secretary Scott Bessent
        # said": a state, or a person, after the comma is no firm)
        firms.start("who") <= m.start < firms.end("who")
        and (m.countries or m.form in (PERSON, ROLE))
        for m in mentions
    ):
        # "sanctions on Russia's two largest oil companies, Rosneft and Lukoil": the firms the
        # apposition names, not their state
        targets, target_group = [], re.sub(r"\.$", "", firms.group("who"))
    if not targets and not target_group and measure == "sanction":
        # "sanctions on Supreme Court Justice Alexandre de Moraes": the people named.
        on_people = _ON_WHOM.match(text, trig.end())
        people = [
            m.person
            for m in mentions
            if on_people
            and m.form in (PERSON, ROLE)
            and m.person
            and on_people.end() <= m.start < on_people.end() + 60
            and "," not in text[on_people.end() : m.start]
        ]
        if people:
            target_group = " and ".join(dict.fromkeys(people))
    if not targets and not target_group and measure == "sanction":
        # "sanctions on Rosneft and Lukoil": named companies or people, not a country.
        # ("the Treasury sanctioned Ivan Maslov": the verb's object, named)
        names = (_NAMED_OBJECT if _takes_object(word) else _NAMED_TARGETS).match(text, trig.end())
        if names and not any(
            m.countries and names.start("who") <= m.start < names.end("who") for m in mentions
        ):
            # (the sentence's full stop is not the last name's)
            target_group = (
                re.sub(r"\.$", "", names.group("who"))
                if not text[names.end() :].strip()
                else names.group("who")
            )
    if not targets and not target_group and adjunct_target:
        targets = [(adjunct_target, None)]
    if not targets and not target_group and antecedent is not None:
        targets = [(c, None) for c in antecedent.countries[:1] if c != imposer]
    if not targets and not target_group and _ON_THE_COUNTRY.match(text[trig.end() :]):
        targets = [(c, None) for c in _named_before(ctx, info, imposer)[:1]]
    if (
        not targets
        and not target_group
        and imposer != "EU"
        and _ON_THE_BLOC.match(text, trig.end())
        and ctx.country_named_lately(info, "EU")
    ):
        targets = [("EU", None)]  # "30% tariffs on the bloc": the Union named before
    if (
        not targets
        and not target_group
        and (
            _BOTH_OR_THE_TWO.search(text[trig.end() : seg_end])
            # "Both countries face a 36% U.S. tariff on their exports"
            or (
                subject_faces_it
                and _BOTH_COUNTRIES.search(text, clauses.clause_start(text), trig.start())
            )
            # "had threatened both countries with 36%"
            or (
                (both := _BOTH_COUNTRIES.search(text, clauses.clause_start(text), trig.start()))
                is not None
                and _HIT_WITH.search(text, 0, both.start()) is not None
                and _GOODS_THEN_WITH.match(text, both.end()) is not None
            )
        )
    ):
        targets = [(c, None) for c in _pair_named_before(ctx, info, trig.start(), imposer)]
    counted = (
        _COUNTED_STATES_PAY.search(text, max(seg_start, trig.start() - 120), trig.start())
        if not targets and not target_group
        else None
    )
    if counted is not None:
        # "goods from eight European countries, Britain among them, would face": those named
        members = (
            [
                c
                for m in mentions
                if m.form in COUNTRY_FORMS
                and counted.start("aside") <= m.start < counted.end("aside")
                for c in m.countries
            ]
            if counted.group("aside") and _MEMBERS_NAMED.search(counted.group("aside"))
            else []
        )
        if members:
            targets = [(c, None) for c in dict.fromkeys(members)]
        else:
            # ("goods from eight European countries would face")
            target_group = _group_as_told(counted.group("who"))
    if not targets and not target_group:
        facing = _facing(ctx, info, trig)
        if facing:
            targets = [(c, None) for c in facing]
    scope = _scope(clause)
    definite = _DEFINITE_END.search(text[max(0, trig.start() - 20) : trig.start()])
    if not targets and not target_group and definite and not rates:
        return []  # "the sanctions would hamper ...": a re-mention, not a new measure
    if not targets and not target_group and measure == "tariff":
        # "its tariff on steel and aluminum imports", "a 25% tariff on imported cars": goods
        # from everywhere, whatever exporter the sentence or the story names
        # ("the 25% tariff Washington has charged on imported cars": after who imposed it)
        imports = _ON_IMPORTS.match(text, relative.end() if relative else trig.end())
        on_goods = (
            _goods_named(imports.group("imported") or imports.group("goods")) if imports else ""
        )
        if on_goods:
            # ("on almost all imports": how many, not what)
            target_group = (
                f"{on_goods} imports" if _HOW_MANY.fullmatch(on_goods) else "imports of " + on_goods
            )
    whoever = (
        _ON_WHOEVER.match(text, trig.end())
        if measure == "sanction" and not targets and not target_group
        else None
    )
    if whoever is not None:
        # "threatens sanctions on anyone who assists ICC investigations": those it describes
        target_group = whoever.group("who")
    told_targets = bool(targets or target_group)
    if not targets and not target_group:
        if measure == "secondary_tariff" or measure == "sanction":
            listed = {imposer, *_listed_with(ctx, info, subject, imposer)}
            # "sanctions over Russia's war in Ukraine": the state whose deed the reason names
            # is the target; the places the reason goes on to name are not.
            looked_until = why.end() + 1 if why else own_end
            others = [
                c
                for m in mentions
                if m.form in COUNTRY_FORMS
                and m.start < looked_until
                and (not why or m.start < trig.start() or _OWNER_AFTER.match(text, m.end))
                for c in m.countries
                if c not in listed
            ]
            if not others:
                previous = ctx.sentences[info.index - 1] if info.index else None
                others = [
                    c
                    for m in (previous.mentions if previous else [])
                    if m.form not in (PRONOUN,)
                    for c in m.countries
                    if c != imposer
                ]
            if (
                recent_target
                and recent_target != imposer
                and _SAME_ONES.search(text, trig.end(), seg_end)
            ):
                others = [recent_target]  # "Britain sanctioned the same two companies"
            if others:
                targets = [(others[-1], None)]
        elif (
            imposer in last_target
            and not (
                measure == "tariff"
                and (everywhere := _goods_of_all(text, trig, rates))
                and (
                    _ALL_OF_THEM.search(everywhere.group(0))
                    or _IMPORTED_UNNAMED.search(everywhere.group(0))
                    # ("the 25% tariffs on steel, aluminium and cars": goods listed, no state's;
                    # but "The duties of 15% on chicken, wheat and corn" after China's 15% on
                    # U.S. farm goods are the same measure's, at its rate)
                    or (
                        _GOODS_ONLY_LISTED.search(everywhere.group("goods"))
                        and last_rate.get((imposer, last_target[imposer]))
                        not in {_rate_value(r) for r in rates}
                    )
                    or _MADE_ELSEWHERE.match(text, everywhere.end())
                )
            )
            # ("A 10% baseline tariff on most countries remains in force": many, none named)
            and not _MANY_COUNTRIES.search(text, trig.start(), seg_end)
        ):
            # (not "He also announced a 25% tariff on all heavy trucks": goods from everywhere)
            targets = [(last_target[imposer], None)]
    if into:
        # "pay duties of 30 per cent to enter the European market": the single market's.
        where = into.group("c")
        where = "European Union" if where.split()[0] == "European" else where
        into_country = ctx.country_in(where)
        if into_country:
            imposer = into_country
            targets = [t for t in targets if t[0] != imposer]
            exporter = _country_of(ctx, info, subject) if subject is not None else None
            if (
                not targets
                and exporter not in (None, imposer)
                and (_OWN_EXPORTS.search(clause) or subject_faces_it)
            ):
                # "Japan agreed to a 15% tariff on its exports to the US", "Madagascar's
                # exporters have paid a 15 per cent tariff on shipments to the United States"
                targets = [(exporter, None)]
            if not targets and not target_group and _SENT_IN.match(into.group(0)):
                # "Swiss watches now enter the U.S. at 15%": the goods' country
                senders: list[tuple[str, str | None]] = [
                    (m.countries[0], None)
                    for m in mentions
                    if seg_start <= m.start < seg_start + into.start()
                    and m.form in (*COUNTRY_FORMS, DEMONYM)
                    and m.countries
                    and m.countries[0] != imposer
                ]
                targets = senders[:1]
            imported = _GOODS_IMPORTED_INTO.search(clause, 0, into.end())
            if not targets and not target_group and imported is not None:
                # "Kitchen cabinets imported into the United States have paid a 25% tariff"
                target_group = "imports of " + imported.group("goods").lower()
    pairs = list(_INTO_PAIR.finditer(text, seg_start))
    if pairs:
        out_pairs = []
        for p in pairs:
            src, dst = (
                ctx.country_in(p.group("src")),
                ctx.country_in(p.group("dst")),
            )
            if src and dst and status:
                out_pairs.append(
                    TariffCandidate(
                        measure,
                        dst,
                        src,
                        None,
                        _percent(p.group("rate")),
                        status,
                        info,
                        None,
                        None,
                        None,
                        list(actors),
                        [info.evidence(ctx.article.id)],
                    )
                )
        if out_pairs:
            return out_pairs
    if (
        not targets
        and not target_group
        and rates
        and measure == "tariff"
        # No other country in the measure's clause: it is on goods from everywhere ("..., which
        # would hit Australian drug makers" is an aside on who feels it).
        and not any(
            m.countries and m.countries[0] != imposer for m in mentions if m.start < w.right
        )
    ):
        # "25% tariffs on all imported trucks", "import duties on edible oils to 20%": goods
        # from everywhere, a group target.
        goods = _goods_of_all(text, trig, rates)
        words = goods.group("goods").split() if goods else []
        # "on semi-finished copper products", not "on goods" or "on the ..."
        specific = [w for w in words if w not in _GENERIC_GOODS]
        source = _FROM_AFTER.match(text, goods.end()) if goods else None
        origin = next(
            (m for m in mentions if source and m.start == source.end() and m.countries), None
        )
        if origin is not None and origin.countries[0] != imposer:
            # "to as much as 50% on cars from China": the goods of one country after all
            targets = [(origin.countries[0], " ".join(words))]
        elif specific and not any(w in _NOT_GOODS for w in specific):
            target_group = "imports of " + " ".join(words)
    if (
        not targets
        and not target_group
        and measure == "tariff"
        and not any(
            m.countries and m.countries[0] != imposer for m in mentions if m.start < w.right
        )
        # (a headline's goods are most likely those of the state the story goes on to name)
        and not info.is_headline
        and (goods_before := _GOODS_BEFORE.search(text, max(0, trig.start() - 60), trig.start()))
    ):
        # "Washington doubled its steel and aluminum tariffs": the goods named before, from
        # everywhere
        target_group = " ".join(goods_before.group("goods").split()) + " imports"
    answered = (
        _ANSWERED_BY.search(text, max(0, trig.start() - 60), trig.start())
        if not targets and not target_group and imposer is not None
        else None
    )
    if answered is not None:
        # "Canada would answer the 25% US tariffs that took effect on Tuesday with ...": the
        # measure falls on the one who answers it
        answerer = _state_named_before(mentions, answered.start())
        if answerer is not None and answerer != imposer:
            targets = [(answerer, None)]
    rate_owned_by: dict[float | None, str] = {}
    if (
        not targets
        and not target_group
        and word.startswith("rate")
        and owned is not None
        and imposer is not None
        and last_imposer is not None
        and last_imposer != imposer
    ):
        # "Malaysia's 24 per cent rate and Cambodia's 49 per cent are frozen": the rate a
        # state is charged, by the story's imposer, each state its own
        rate_owned_by = _possessors_of_rates(text, mentions, rates)
        imposer, targets = last_imposer, [(imposer, None)]
        targets += [
            (c, None) for c in dict.fromkeys(rate_owned_by.values()) if (c, None) not in targets
        ]
    covered = (
        _COVERS_GOODS.search(text, trig.end(), seg_end)
        if not targets and not target_group
        else None
    )
    if covered is not None and (covered_state := ctx.country_in(covered.group("state"))):
        # "Section 301 duties ... cover about $370 billion of Chinese imports": those goods' state
        targets = [(covered_state, None)] if covered_state != imposer else []
    if not targets and not target_group and _ON_ITS_GOODS.match(text, trig.end()):
        # "Japan secured a cut in the U.S. tariff on its cars to 15%": the subject's goods
        owner = _country_of(ctx, info, subject) if subject is not None else None
        if owner is not None and owner != imposer:
            targets = [(owner, None)]
    fronted = (
        _FOR_A_STATE_FIRST.match(text)
        if not targets and not target_group and _OWN_EXPORTS.search(text, trig.end(), seg_end)
        else None
    )
    if fronted is not None:
        # "For South Africa, the lapse compounds the 30% tariff that Trump imposed on most of
        # its exports": the state the sentence is told for (not "In Geneva, ...": a place)
        owners = [
            m.countries[0]
            for m in mentions
            if m.countries and m.end <= fronted.end() and m.form not in (CAPITAL, CITY)
        ]
        targets = [(c, None) for c in owners[:1] if c != imposer]
    if not targets and not target_group:
        # ("lowered the tariffs on most countries to a 10% baseline": told before the rate's
        # word)
        many = _MANY_COUNTRIES.search(text, trig.start(), seg_end) or (
            _MANY_COUNTRIES.search(text, seg_start, trig.start())
            if _TO_A_LEVEL.search(text, max(seg_start, trig.start() - 30), trig.start())
            else None
        )
        if many is None:
            return []
        # "a 10% baseline in place for most countries" ("U.S. trading partners" keeps its
        # initials)
        target_group = _group_as_told(many.group("who"))

    if (
        not adjacent
        and imposer is not None
        and subject is not None
        and imposer == _country_of(ctx, info, subject)
        and _ANSWERING_JUST_BEFORE.search(text, max(seg_start, trig.start() - 40), trig.start())
    ):
        # "proposed retaliatory duties on U.S. goods in response to steel tariffs": the measure
        # answered is the other state's, on the one answering ("countermeasures on American
        # goods": named by its people's word too)
        other = _state_named_before(
            mentions, trig.start(), other_than=imposer, forms=(DEMONYM, *_STATE_FORMS)
        )
        if other is not None:
            imposer, targets, target_group = other, [(imposer, None)], None
    in_passing = _sanctioned_in_passing(text, mentions, trig) if _takes_object(word) else None
    if in_passing is not None:
        # "Chinese officials sanctioned over Hong Kong", "Russian banks sanctioned by the EU":
        # a participle told of those it falls on; who imposed it follows "by", else the story's
        sanctioned_state, by_whom = in_passing
        imposer = by_whom or (last_imposer if last_imposer != sanctioned_state else None)
        if imposer is None:
            return []
        targets, target_group = [(sanctioned_state, None)], None
    reason = _reason(text, trig.end(), seg_end)
    # "Ottawa will lift its surtax on March 1": a day after a verb still to come is when the
    # measure is to change (a deadline), not a day it was taken.
    will_act = WILL_ACT.search(text, max(seg_start, trig.start() - 60), trig.start())
    if will_act and not _SAME_CLAUSE.fullmatch(text, will_act.end(), trig.start()):
        will_act = None  # the verb of another clause
    # A dateline's date is when the story was filed, not when the measure was taken.
    asides_before = (
        [a.span() for a in _ASIDE.finditer(text, 0, trig.start())]
        if any(d.start < trig.start() for d in info.past_dates) and "," in text
        else []
    )
    dated = [
        d
        for d in info.past_dates
        if _is_order_date(ctx, d)
        and d.start >= clauses.clause_start(text)
        and not (aside and aside[0] <= d.start < aside[1])
        # "Canada, whose talks with Washington stalled last week, faces ...": the aside's day
        and not any(a_start <= d.start < a_end for a_start, a_end in asides_before)
        # "which diplomats expect to be adopted in December": a date still to come
        and not _TO_COME_BEFORE.search(text, max(0, d.start - 30), d.start)
        # "The 39% rate takes effect on Thursday": its start, however the weekday was read
        and not _STARTS_THEN_BEFORE.search(text, max(0, d.start - 30), d.start)
        and not _told_of_another_rate(text, d, rates)
        and not (
            will_act
            and d.start > will_act.end()
            and _SAME_CLAUSE.fullmatch(text, trig.end(), d.start)
            # (but "double the 25% tariff that took effect on Monday": the day it took effect)
            and not _ITS_OWN_VERB.search(text, trig.end(), d.start)
        )
        # "renewed its sanctions until July 31": when they end ("threatened sanctions if Russia
        # did not agree to a ceasefire by May 12": the time limit's day)
        and not clauses.UNTIL_BEFORE.search(text, max(0, d.start - 8), d.start)
        and not clauses.TIME_LIMIT_BEFORE.search(text, max(0, d.start - 20), d.start)
        # "will impose a 100% surtax ... from Oct. 1": its start, not when it was announced
        and not (
            status in ("announced", "threatened", "proposed")
            and clauses.STARTING_BEFORE.search(text, max(0, d.start - 14), d.start)
        )
    ]
    # "lifted its duties on barley in August 2023 and removed tariffs on wine in March 2024":
    # the second verb's measure starts at its verb.
    verb_left = seg_start
    for joined in _AND_VERB.finditer(text, seg_start, trig.start()):
        verb_left = joined.start()
    dated_here = [d for d in dated if verb_left <= d.start < seg_end]
    own_clause = [d for d in dated_here if w.left <= d.start < w.right]
    # "Carney dialed Macron on Thursday after Trump doubled tariffs": a date before the
    # clause that opens with "after" is the main clause's event, not the measure's.
    after = _AFTER_CLAUSE.search(text[max(0, w.left - 12) : w.left])
    # (But "The vote came two days after ministers adopted ...": that date is the clause's.)
    usable = [d for d in dated_here if not after or d.start >= w.left or d.kind == "comes_after"]
    # "... faces a 15 percent tariff after the 50 percent rate announced in April was dropped":
    # a date in a later "after" clause is that clause's event.
    later = _LATER_AFTER.search(text, trig.end(), seg_end) or _CONTRAST_OPENS.search(
        text, trig.end(), seg_end
    )
    if later:
        # (and "..., while Beijing agreed to pause the controls it announced on Oct. 9": the
        # date of a clause set against this one)
        usable = [d for d in usable if d.start < later.start()]
    # "... on India on Aug. 7 and an additional 25% tariff on Aug. 27": after an earlier
    # measure in the sentence, a date before this one is the earlier one's.
    layered = seg_start and _ANOTHER_LAYER.search(text, max(0, trig.start() - 40), trig.start())
    own_after = [d for d in dated_here if d.start > trig.end()] if layered else []
    if own_after:
        date = own_after[0].value
    elif own_clause:
        date = own_clause[0].value
    elif usable:
        date = usable[0].value
    elif after:
        date = None
    elif verb_left > seg_start:
        date = None  # "... on Sept. 1 but kept its 25% counter-tariffs": that date is not its
    else:
        date = next((d.value for d in dated if d.start < trig.start()), None)
    # "On July 2, To Lam dialled Trump, and within hours the US president announced a 20%
    # tariff": a date opening the sentence dates all it tells.
    opening_date = next((d.value for d in dated if clauses.opens_sentence(text, d.start)), None)
    if date is None:
        date = opening_date
    evidence = [info.evidence(ctx.article.id)]
    out: list[TariffCandidate] = []
    rate_values: list[tuple[float | None, str, re.Match[str] | None, FuzzyDate | None]] = []
    # "the 10 percent rate that has applied since April": a "since" date is the state of the
    # rate told just before it.
    # So is a date told of the rate itself: "up from the 17% rate he announced in April".
    since_owner: dict[int, re.Match[str] | None] = {}
    for d in dated:
        told_of = max(
            (r for r in rates if r.end() <= d.start), key=lambda r: r.start(), default=None
        )
        if d.text.lower().startswith("since") or (
            told_of is not None and _RATE_TOLD_WHEN.fullmatch(text, told_of.end(), d.start)
        ):
            since_owner[id(d)] = told_of
    prev_rate_end = 0
    joined_threat = _JOINED_THREAT.search(text, trig.end(), w.right) if len(rates) > 1 else None
    for r in rates:
        summed = _SUM_BEFORE.search(text, max(0, r.start() - 60), r.start())
        # "a 20 percent levy ... and a 10 percent duty, a combined 30 percent"; "which had
        # faced a combined 50% duty": the layers' sum, told before
        sum_before = summed is not None and bool(
            len(rates) > 1
            # (but "combined duties of up to 3,521%" are one measure's, anti-dumping and
            # countervailing together)
            or (summed.group(0).startswith("combined") and not _OF_UP_TO.search(summed.group(0)))
            or _BRINGING.search(text, max(0, summed.start() - 16), summed.start())
        )
        # "an 80.5 per cent tariff, made up of a 73.6 per cent anti-dumping duty and ...": the
        # sum of the layers told after
        sum_of_parts_after = len(rates) > 1 and bool(_MADE_UP_OF.match(text, r.end()))
        if sum_before or sum_of_parts_after or _opens_a_range(text, r, rates):
            continue
        if _UP_DOWN_FROM.search(text, max(0, r.start() - 16), r.start()) and _TOLD_NO_MORE.match(
            text, r.end()
        ):
            # "The higher U.S. duties, up from 25%, took effect": the old rate, told no more of
            # (but "down from the 25% rate currently in place" is the rate in force)
            continue
        cue = _RATE_CUES.search(text[max(seg_start, r.start() - 30) : r.start()])
        if cue is None:
            after = _RATE_CUES.search(text[r.end() : r.end() + 40])
            # (not "a 19% tariff under the deal, down from the 32% rate": the next rate's cue)
            cue = None if after is not None and _DOWN_FROM.match(after.group(0)) else after
        rate_status = status
        if joined_threat is not None and r.end() <= joined_threat.start():
            # "raised its tariff ... to 30% last year and has threatened an additional 10%":
            # the rate told before the threat is the first verb's
            rate_status = _status(_without_asides(text[left : joined_threat.start()])) or status
        if compared is not None and r.start() > compared.start():
            rate_status = _status(compared.group(0)) or status
        dropped = _RATE_DROPPED.match(text, r.end())
        if (cue and cue.group("imposed")) or _KEEPING.search(
            text, max(0, r.start() - 20), r.start()
        ):
            rate_status = "imposed"  # "..., keeping a 10% rate": the rate that stays
        if _THREATENED_RATE.search(
            text, max(seg_start, r.start() - 40), r.start()
        ) or _THREATENED_AFTER_RATE.match(text, r.end()):
            # "down from a threatened 32 percent", "from the 25% rate Trump had threatened"
            rate_status = "threatened"
        # "would delay an increase in tariffs ... to 25 percent from 10 percent": the change is
        # what is put off, the rate in force stays
        delayed = status == "lifted" and bool(
            _CHANGE_PUT_OFF.search(text, max(seg_start, w.left), r.start())
        )
        if (
            status == "lifted"
            and not delayed
            and re.search(
                r"(?<!\bup\s)\bto\s+(?:as\s+much\s+as\s+)?$",
                text[max(0, r.start() - 16) : r.start()],
            )
        ):
            # "lifts tariffs on U.S. goods to 125%": a rise; "will drop to 10 per cent": to come
            will = clauses.FUTURE.search(text, max(seg_start, w.left), r.start())
            rate_status = "announced" if will else "imposed"
        # "halve its 150% tariff ... to 75%", "from 10% to 25%": the first rate is the one in
        # force now, the rate after "to" is the change.
        changed_to = (
            # "will be halved to 75 per cent ... and fall to 40 per cent": a step is no rate
            # in force
            (
                not _TO_BEFORE.search(text, max(0, r.start() - 20), r.start())
                and any(
                    later.start() > r.end()
                    # "a 10% tariff from 1 February, rising to 25% on 1 June": a schedule, both
                    # to come.
                    and not _RISING.search(text, r.end(), later.start())
                    and _TO_BEFORE.search(text, max(0, later.start() - 20), later.start())
                    for later in rates
                )
            )
            or (
                # "cut its tariffs to 30% from 50%": the rate after "from" is the old one.
                bool(_FROM_BEFORE.search(text[max(0, r.start() - 12) : r.start()]))
                and any(
                    earlier.end() < r.start()
                    and re.search(r"\bto\s+$", text[max(0, earlier.start() - 6) : earlier.start()])
                    for earlier in rates
                )
            )
        )
        if (
            changed_to
            and (status in ("announced", "proposed", "threatened") or delayed)
            # (not "to 15% from the 25% rate Trump had threatened": the old rate was a threat)
            and not _THREATENED_AFTER_RATE.match(text, r.end())
        ):
            rate_status = "imposed"
        elif (
            changed_to
            and status == "imposed"
            and _FROM_BEFORE.search(text[max(0, r.start() - 12) : r.start()])
            # (but "cutting tariffs to 15% from the 27.5% currently in force": it stands yet;
            # "an additional 40% ..., lifting the total levy to 50% from the 10% baseline in
            # force since April": a layer on top of it)
            and not _STILL_IN_FORCE.match(text, r.end())
            and not (_BASELINE_IN_FORCE.match(text, r.end()) and _LAYER_ADDED.search(text))
            and not _THREATENED_AFTER_RATE.match(text, r.end())
        ):
            if (
                r is rates[0]
                # ("refused to cut its tariff ... to 10% from 110%", "pressed Beijing to cut":
                # no change made; "cut U.S. tariffs to 15% from 27.5%, effective Aug. 1": not yet)
                or _CHANGE_AS_INFINITIVE.search(text, w.left, trig.start())
                # (the day read as a report's: "effective Saturday" after "retaliated" is gone)
                or _starts_later(ctx, info, trig.end(), len(text), info.past_dates)
            ):
                continue  # "raised tariffs from 10% to 50%": the old rate is no longer in force
            # "cut its tariff on U.S. goods to 10% from 125% on May 14": the rate it replaced
            # is lifted, on the change's day
            rate_status = "lifted"
        rate_date = date
        if (
            rate_status == "imposed"
            and status != "imposed"
            and ((cue and cue.group("imposed")) or changed_to)
        ):
            # "said on Friday it would raise its tariff to 125 per cent from 84 per cent": the
            # rate in force was set before the day the change is dated by; only its own
            # clause dates it ("the 10% baseline that has applied since April").
            own = clauses.window_for(text, r.start(), r.end(), None)
            rate_date = next(
                (
                    d.value
                    for d in dated
                    if own.left <= d.start < own.right or since_owner.get(id(d)) is r
                ),
                None,
            )
        elif any(rate_date is d.value and since_owner.get(id(d)) not in (None, r) for d in dated):
            # "30% from August 1, up from the 10% that has applied since April"
            rate_date = opening_date
        own_told = next((d.value for d in dated if since_owner.get(id(d)) is r), None)
        if own_told is not None:
            rate_date = (
                own_told  # "a 25 per cent tariff since Aug. 7 and a further 25 ... since Aug. 27"
            )
        if r is not rates[0] and _ANOTHER_LAYER.search(text, max(0, r.start() - 24), r.start()):
            # "imposed 25% on Aug. 7 and added another 25% on Aug. 27": a later layer's own date.
            until = next((x.start() for x in rates if x.start() > r.end()), seg_end)
            rate_date = next((d.value for d in dated if r.end() <= d.start < until), rate_date)
        if threat_told := _THREATENED_ON_A_DAY.match(text, r.end()):
            # "rather than rising to 30% as he had threatened in a July 12 letter": a threat,
            # dated by its own words
            rate_status = "threatened"
            rate_date = next(
                (
                    d.value
                    for d in info.past_dates
                    if d.value and r.end() <= d.start < threat_told.end()
                ),
                rate_date,
            )
        if _REPLACED_BEFORE.search(text, max(0, r.start() - 24), r.start()) and (
            _ANNOUNCED_ONLY.match(text, r.end())
        ):
            # "a 30% tariff from Aug. 1, down from the 39% announced in April": the rate once
            # announced gives way to the new one
            rate_status = "lifted"
        if dropped:
            # "faces 15% after the 50 percent rate announced for it in April was dropped": the
            # dropped rate is lifted, dated by its own words
            rate_status = "lifted"
            rate_date = next((d.value for d in dated if r.end() <= d.start < dropped.end()), None)
        joined = _THEN_CLAUSE.search(text, prev_rate_end, r.start()) if r is not rates[0] else None
        if joined is not None:
            # "announced a 20% rate in April and paused it, then wrote in July threatening
            # 30%": a later clause's rate has its own state and day.
            rate_status = _status(text[joined.end() : r.start()]) or rate_status
            until = next((x.start() for x in rates if x.start() > r.end()), seg_end)
            rate_date = next((d.value for d in dated if joined.end() <= d.start < until), rate_date)
        prev_rate_end = r.end()
        step = _WILL_STEP.search(text, max(seg_start, r.start() - 60), r.start())
        if step and any(x.end() <= step.start() for x in rates):
            # "rose to 25% on July 1, 2025, and will climb to 35% in July 2026": the next step
            # is still to come (dated, like the rest, by when it was told)
            rate_status = "announced"
        rate_values.append((_rate_value(r), rate_status, r, rate_date))
    no_target: list[tuple[str | None, str | None]] = [(None, None)]
    if _SAME_RATE.search(clause):
        for same_target, _ in targets or no_target:
            # (a matching levy answers the other state's: its rate, the other way round)
            earlier_rate = last_rate.get((imposer, same_target)) or last_rate.get(
                (same_target, imposer)
            )
            if earlier_rate is not None and all(v != earlier_rate for v, *_ in rate_values):
                rate_values.append((earlier_rate, status, None, date))
    if not rate_values:
        rate_values.append((None, status, None, date))

    imposers = [imposer, *_listed_with(ctx, info, subject, imposer)]
    # "the U.S. and China agreed in Geneva to slash tariffs": two parties and no target named
    # are each other's.
    each_other = (
        not told_targets
        and len(imposers) == 2
        and None not in imposers
        and measure == "tariff"
        and _AGREED.search(text, 0, trig.start()) is not None
    )
    # "quadruple tariffs on Chinese electric vehicles to 100% and double those on Chinese
    # semiconductors to 50%": as many rates as goods of one state, each the rate of its goods
    paired_in_order = (
        len(targets) == len(rate_values) > 1
        and len({c for c, _ in targets}) == 1
        and len({scope for _, scope in targets}) == len(targets)
    )
    for index, (target, target_scope) in enumerate(targets or no_target):
        for value, rate_status, _, rate_date in (
            rate_values[index : index + 1] if paired_in_order else rate_values
        ):
            for each_imposer in imposers:
                out.append(
                    TariffCandidate(
                        measure,
                        each_imposer,
                        next(i for i in imposers if i != each_imposer) if each_other else target,
                        target_group,
                        value,
                        rate_status,
                        info,
                        reason,
                        target_scope or scope,
                        rate_date,
                        list(dict.fromkeys(actors)),
                        list(evidence),
                    )
                )
    if target_group and target_group.startswith("imports of ") and len(rate_values) > 1:
        out = _each_rate_its_goods(text, rate_values, out)
    # Several "rate on X" pairs in one segment ("30% on Chinese imports and 10% on US
    # imports into China") pair each rate with the target that follows it.
    if (
        len(rates) > 1
        and len(targets) > 1
        and len(rates) == len(targets)
        and all(_RATE_ON.match(text, r.end()) for r in rates)
    ):
        out = [c for c in out if _paired(c, rates, targets)]
    elif len(rates) > 1 and len(targets) > len(rates):
        # "25% tariffs on all goods from Canada and Mexico and an additional 10% on China":
        # each target takes the rate told last before it, when each rate has targets.
        rate_of = _rates_before_targets(rates, targets, in_segment)
        if rate_of is not None:
            out = [c for c in out if c.rate_pct == rate_of.get(c.target, c.rate_pct)]
    if rate_owned_by:
        out = [c for c in out if rate_owned_by.get(c.rate_pct, c.target) == c.target]
    out += [replace(c, imposer=other) for other in co_imposers for c in out if c.target != other]
    return [_based_in_its_state(ctx, c) for c in out]


def _based_in_its_state(ctx: ArticleContext, found: TariffCandidate) -> TariffCandidate:
    """ "sanctioning a China-based refinery": the measure falls on the state it is based in."""
    based = (
        _STATE_BASED.search(found.target_group)
        if found.target is None and found.target_group
        else None
    )
    state = ctx.country_in(based.group("state")) if based else None
    if state is None or state == found.imposer:
        return found
    return replace(found, target=state, target_group=None)


_ON_WHOEVER = re.compile(
    r"\s+(?:on|against)\s+(?P<who>(?:anyone|anybody|whoever|those|any\s+(?:person|people|"
    r"company|companies|entity|entities|country|countries))\s+(?:who|that|which)\s+(?:[^,;.]|(?<=[A-Z])\.){3,100}?)"
    # (the description ends where another clause or measure is joined on)
    r"(?=[,;]|(?<![A-Z])\.|$|\s+(?:and|but|after|before|while|because|if|unless|when|until)\s)"
)
_STATE_BASED = re.compile(
    r"^(?:[a-z\d]+\s+){0,2}(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-based\b"
)


def _each_rate_its_goods(
    text: str,
    rate_values: list[tuple[float | None, str, re.Match[str] | None, FuzzyDate | None]],
    found: list[TariffCandidate],
) -> list[TariffCandidate]:
    """ "a 25% tariff on heavy trucks, 50% on kitchen cabinets and 30% on upholstered
    furniture": each rate on the goods told after it, when every rate names its own."""
    goods_of: dict[float | None, str] = {}
    for value, _, rate, _ in rate_values:
        on = _RATE_ON_ITS_GOODS.match(text, rate.end()) if rate is not None else None
        if on is None or value in goods_of:
            return found
        goods_of[value] = "imports of " + " ".join(on.group("goods").split())
    if len(set(goods_of.values())) < len(goods_of):
        return found
    return [replace(c, target_group=goods_of.get(c.rate_pct, c.target_group)) for c in found]


_RATE_ON_ITS_GOODS = re.compile(
    # ("a 100% tariff on imports of branded or patented pharmaceutical products, 50% on ...")
    r"\s+(?:(?:tariffs?|duty|duties|levy|levies)\s+)?on\s+(?:all\s+|imported\s+|imports\s+of\s+)?"
    r"(?P<goods>[a-z][a-z-]+(?:\s+(?:and\s+|or\s+)?[a-z][a-z-]+){0,5}?)"
    r"(?=\s*[,.;]|\s+and\s+(?:an?\s+)?\d|$)"
)


def _rates_before_targets(
    rates: list[re.Match[str]], targets: list[tuple[str, str | None]], mentions: list[Mention]
) -> dict[str | None, float | None] | None:
    """Each target's rate, the last told before it is named; None unless every target is
    named after the first rate and every rate is some target's."""
    rate_of: dict[str | None, float | None] = {}
    for target, _ in targets:
        at = next(
            (
                m.start
                for m in mentions
                if m.countries[:1] == (target,) and m.start > rates[0].end()
            ),
            None,
        )
        if at is None:
            return None
        rate_of[target] = _rate_value(
            max((r for r in rates if r.end() <= at), key=lambda r: r.end())
        )
    if {_rate_value(r) for r in rates} != set(rate_of.values()):
        return None
    return rate_of


_AGREED = re.compile(r"\b(?:agreed|agree|agrees|deal|truce)\b")


def _listed_with(
    ctx: ArticleContext, info: SentenceInfo, subject: Mention | None, imposer: str | None
) -> list[str]:
    """Further imposers listed with the subject: "Britain, France and Germany announced ...",
    "The United Kingdom, together with Australia and Canada, has sanctioned ..."."""
    if subject is None or subject.form not in COUNTRY_FORMS or subject.country != imposer:
        return []
    extra: list[str] = []
    for m in countries_listed_from(info, subject)[1:]:
        extra.extend(c for c in m.countries if c != imposer and c not in extra)
    return extra


def _named_before(ctx: ArticleContext, info: SentenceInfo, imposer: str | None) -> list[str]:
    """Countries named in this sentence or the two before, by name or by their leaders, most
    recent first: what "the country" or "both countries" refer to."""
    named: list[str] = []
    for back in range(info.index, max(-1, info.index - 3), -1):
        for m in reversed(ctx.sentences[back].mentions):
            if m.form in COUNTRY_FORMS or m.form in (PERSON, ROLE):
                named.extend(c for c in m.countries if c != imposer and c not in named)
    return named


def _pair_named_before(
    ctx: ArticleContext, info: SentenceInfo, until: int, imposer: str | None
) -> list[str]:
    """What "both countries" refer to: the last two states named together ("Thai and
    Cambodian officials opened talks in Kuala Lumpur, as both countries ..."), in this sentence
    before ``until`` or in the two before, else the last two named at all."""
    for back in range(info.index, max(-1, info.index - 3), -1):
        sentence = ctx.sentences[back]
        named = [
            m
            for m in sentence.mentions
            if (m.form in COUNTRY_FORMS or m.form in (DEMONYM, GROUP))
            and m.countries
            and (back < info.index or m.end <= until)
        ]
        pairs = [
            [m.countries[0], m.countries[1]]
            for m in named
            if m.form == GROUP and len(m.countries) == 2
        ] + [
            [first.countries[0], second.countries[0]]
            for first, second in pairwise(named)
            if first.form != GROUP
            and second.form != GROUP
            and _JOINED_BY_AND.fullmatch(sentence.text, first.end, second.start)
        ]
        for pair in reversed(pairs):
            if imposer not in pair and pair[0] != pair[1]:
                return pair
        told = list(
            dict.fromkeys(
                m.countries[0]
                for m in named
                if m.form in COUNTRY_FORMS and m.countries[0] != imposer
            )
        )
        if back == info.index and len(told) == 2:
            # "Brazil was hit over the trial, India over its Russian oil purchases, and both
            # countries now face 50%": the two states this sentence names, however told (the
            # last first, as below)
            return told[::-1]
    return _named_before(ctx, info, imposer)[:2]


_JOINED_BY_AND = re.compile(r"\s+and\s+")


# "would not lift tariffs", "did not want to impose new sanctions", "hasn't raised duties":
# a negation a few words before the measure, with no comma between, asserts nothing.
_NEGATED_BEFORE_PATTERN = re.compile(
    # ("is not under U.S. sanctions": initials' stops are no sentence's)
    r"(?:\b(?:not|never|cannot|no\s+longer)\s+(?!only\b|just\b|least\b)|n[’']t\s+)(?:[\w.-]+\s+){0,4}$"
    # "No tariff changes were announced"
    r"|\b[Nn]o\s+(?:new\s+|further\s+|fresh\s+|additional\s+|other\s+)?$"
    # "Seoul has no plans to impose retaliatory tariffs"
    r"|\bno\s+(?:plans?|intention|desire)\s+(?:yet\s+)?to\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_NEGATED_BEFORE = gated(_NEGATED_BEFORE_PATTERN)
_DENIED_REPORTS = gated(
    re.compile(
        r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted)\s+(?:media\s+|press\s+)?"
        r"(?:reports|claims|suggestions|speculation|rumou?rs)\s+(?:that\s+)?[^.;]{0,60}$",
        re.IGNORECASE,
    )
)
_EVADED_BEFORE = gated(
    re.compile(
        r"\b(?:(?:get|gets|got|getting)\s+(?:round|around)|evad(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|"
        r"skirt(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|bypass(?:es|ed|ing)?|sidestep(?:s|ped|ping)?|"
        r"violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
_OFFER_BEFORE = gated(
    re.compile(
        r"\b(?:ready|willing|prepared|open|happy)\s+to\s+(?:consider\s+)?(?:lift|lifting|ease|easing|"
        r"remove|removing|drop|dropping|end|ending|suspend|cut|lower|reduce|scrap)\s+"
        r"(?:all\s+|the\s+|its\s+|some\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
# A clause opened by one of these tells an earlier event than its sentence's main clause.
_AFTER_CLAUSE = re.compile(r"\b(?:after|following|because)\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|the\s+)?$", re.IGNORECASE)
# A capitalised name that is not a day or a month ("sanctions on Rosneft", not "on Monday").
_NAME_WORDS = (
    rf"(?!(?:{CALENDAR_WORDS})\b|{SHORT_MONTH_DAY})[A-Z][\w’'&.-]+(?:\s+[A-Z][\w’'&.-]+){{0,3}}"
)
# ("sanctions on the Hudson Institute and the Ronald Reagan Presidential Library")
_NAMED_TARGETS = re.compile(
    rf"\s+(?:(?:imposed|slapped|placed|levied)\s+)?(?:on|against)\s+(?:the\s+)?(?P<who>{_NAME_WORDS}"
    rf"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{_NAME_WORDS})*)(?=[\s,.;]|$)"
)
_A_STATES_FIRMS_NAMED = re.compile(
    r"\s+(?:on|against)\s+(?:[A-Z][\w.]*\s+){0,2}?[A-Z][\w.]*['’]s\s+(?:[\w-]+\s+){0,4}?"
    r"(?:companies|firms|banks|lenders|producers|majors|exporters|refiners|refineries|groups)"
    rf",\s+(?P<who>{_NAME_WORDS}(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS})*)"
    # (the apposition ends there: not "..., Treasury officials said")
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|last|this|for|over)\b)"
)
_NAMED_OBJECT = re.compile(
    rf"\s+(?P<who>{_NAME_WORDS}(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS})*)(?=[\s,.;]|$)"
)
_ANOTHER_LAYER = gated(
    re.compile(
        r"\b(?:another|an\s+additional|additional|a\s+further|further|an\s+extra|a\s+second)\s+"
        r"(?:" + RATE_NUMBER + r"\s*(?:%|per\s*cent|percent)\s*)?$"
    )
)
# ("..., keeping the rate at 30% for now")
_KEEPING = word_start_first(
    re.compile(
        r"\bkeep(?:s|ing)?\s+(?:a|an|the|its|their)\s+(?:(?:rate|tariff|duty|levy)\s+(?:at\s+)?)?$"
    )
)
_IMPORTED_GOODS = r"[a-z][a-z-]+(?:,?\s+(?:and\s+)?[a-z][a-z-]+){0,7}"
_PUNISHING = re.compile(r"\bto\s+(?:punish|penali[sz]e|pressure|squeeze)\b")
_TO_PUNISH = word_start_first(
    re.compile(r"\bto\s+(?:punish|penali[sz]e|pressure|squeeze)\s+(?:the\s+)?$")
)
_HOW_MANY = re.compile(r"(?:(?:almost|nearly|virtually)\s+)?(?:all|most)")
_ON_IMPORTS = re.compile(
    rf"\s+on\s+(?:(?:all|some|certain)\s+)?(?:imported\s+(?P<imported>{_IMPORTED_GOODS})"
    # ("on beef, coffee, bananas and other food imports")
    r"|(?P<goods>[a-z][a-z-]+(?:(?:,\s+|\s+(?:and\s+)?)[a-z][a-z-]+){0,6}?)\s+imports\b"
    # (not "steel imports from China"; but "... imports from all countries": from everywhere)
    r"(?!\s+(?:from|of)\b(?!\s+all\s+(?:countries|nations|trading\s+partners)\b)))"
)
# Words that end a goods phrase ("on imported cars has hit ...", "... cars from Japan").
# Verbs a measure's goods come before ("on imported cars took effect", "on both metals remains",
# "on Chinese steel rose to 20%"): one list for every reading of goods.
_VERBS_AFTER_GOODS = (
    r"took|takes|take|came|comes|went|goes|kicked|kicks|hit|hits|rose|rise|rises|fell|falls|"
    r"climbed|dropped|jumped|soared|surged|remains?|stays?|stands?|applies|apply|continues?"
)
_AFTER_GOODS = re.compile(
    r"has|have|had|is|are|was|were|be|been|also|will|would|could|may|"
    r"that|which|who|at|to|from|of|in|on|by|for|since|with|"
    rf"into|over|under|until|starting|effective|{_VERBS_AFTER_GOODS}"
)


def _goods_named(phrase: str) -> str:
    """The goods a phrase read after "imported" names, up to the first word that is not one
    ("cars" of "cars has hit"); "" when a country's goods follow ("cars from Japan")."""
    words: list[str] = []
    for word in phrase.split():
        if _AFTER_GOODS.fullmatch(word.strip(",")):
            if word in ("from", "of"):
                return ""
            break
        words.append(word)
    return " ".join(words).rstrip(",")


_ON_GOODS_OF_ALL = re.compile(
    # ("a 10% customs duty already applied to all imported cars")
    r"\s+(?:of\s+(?:up\s+to\s+)?" + RATE_NUMBER + r"\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:on|(?:(?:already|currently)\s+)?applied\s+to)\s+"
    r"(?:all\s+|most\s+|some\s+|certain\s+|foreign\s+|imported\s+|any\s+)*(?:imports\s+of\s+)?"
    # ("on iPhones": a name may go on in capitals)
    # ("on steel, aluminium and cars": a list)
    r"(?P<goods>[a-z][a-zA-Z-]+(?:(?:,\s+|\s+(?:(?:and|or)\s+)?)[a-z][a-zA-Z-]+){0,4}?)(?:\s+imports)?"
    # ("on branded drugs and a 25% tariff on heavy trucks": another rate's goods follow)
    # (a comma ends the goods unless their list goes on: "on steel, aluminium and cars")
    r"(?=\s*[.;]|\s*,(?!\s+[a-z][a-zA-Z-]+(?:\s+[a-z][a-zA-Z-]+)?(?:,|\s+(?:and|or)\s))"
    r"|\s+and\s+(?:an?\s+)?\d|\s+(?:from|to|into|above|below|by|starting|effective|for|until|at|in|on|over|that|which|"
    # ("on semi-finished copper products such as pipes": examples of the goods follow)
    r"made|produced|built|manufactured|imported|shipped|sold|unless|except|if|such\s+as|including|"
    rf"{_VERBS_AFTER_GOODS})\b)"
)


# Goods a tariff is named by ("its steel and aluminum tariffs", "the U.S. auto tariffs"): the
# common ones only, so that "new tariffs" or "reciprocal tariffs" name none.
_GOODS_NOUN = (
    r"(?:steel|alumini?um|metals?|copper|lumber|timber|autos?|cars?|automobiles?|vehicles?|"
    r"trucks?|auto\s+parts|car\s+parts|pharmaceuticals?|drugs?|chips?|semiconductors?|solar|"
    r"furniture|films?|movies?|wine|dairy|soybeans?|beef|pork|seafood|textiles?|apparel|"
    r"footwear|electronics|smartphones?|aircraft|ships?|critical\s+minerals)"
)
_GOODS_BEFORE = re.compile(
    rf"(?<![\w-])(?P<goods>{_GOODS_NOUN}(?:(?:,\s+|,?\s+and\s+){_GOODS_NOUN}){{0,3}})\s+$",
    re.IGNORECASE,
)


_ALL_OF_THEM = re.compile(r"\b(?:all|any|every)\s")
# ("tariffs of 10% on imported softwood lumber", "on steel imports"): imports whose country
# goes untold come from everywhere, not from the state the story named last
_IMPORTED_UNNAMED = re.compile(r"\b(?:imported|foreign)\s|\simports$")
# ("on steel, aluminium and cars"): goods listed, and nothing else
_GOODS_ONLY_LISTED = re.compile(r"^[a-z][\w-]*,\s+[a-z][\w-]*,?\s+and\s+[a-z][\w-]*$")
# ("a 25% tariff on iPhones made outside the United States": from everywhere but home)
_MADE_ELSEWHERE = re.compile(
    r"\s+(?:made|produced|built|manufactured|assembled)\s+(?:outside|abroad|overseas|elsewhere)\b"
)


def _goods_of_all(
    text: str, trig: re.Match[str], rates: list[re.Match[str]]
) -> re.Match[str] | None:
    """The goods a measure names right after it or its last rate ("on all imported trucks")."""
    return _ON_GOODS_OF_ALL.match(text, trig.end()) or (
        _ON_GOODS_OF_ALL.match(text, rates[-1].end()) if rates else None
    )


# Words that end a goods phrase's reading: it named something other than goods.
_NOT_GOODS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "has",
        "have",
        "had",
        "be",
        "been",
        "which",
        "that",
        "who",
        "goods",
        "products",
        "imports",
        "exports",
        "countries",
        "nations",
        "partners",
    ]
)
# A goods phrase may end in one of these ("semi-finished copper products"), but not be one.
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
_GENERIC_GOODS = frozenset(["goods", "products", "imports", "exports"])
_RATE_ON = re.compile(r"\s*(?:\w+\s+){0,2}?(?:on|for)\b")
_FOR_A_STATE_FIRST = re.compile(r"(?:For|As\s+for)\s+[^,;]{2,40},")
_ON_ITS_GOODS = re.compile(r"\s+on\s+(?:its|their)\s+(?!own\b)")
_OWN_EXPORTS = re.compile(
    # ("Marcos secured a 19% tariff rate on his country's exports to the U.S.")
    r"\bon\s+(?:(?:most|all|much|some)\s+of\s+)?(?:its|their|(?:his|her)\s+country['’]s)\s+(?:\w+\s+)?"
    r"(?:exports|goods|products|shipments)\b"
)
# The measure as the subject of "exempts" (an aside between): what it spares, not its lifting
_IT_EXEMPTS = re.compile(
    r"(?:\s+on\s+[^,;]{1,60}?)?(?:,[^,;]{0,120},)?\s+(?:also\s+)?(?:exempts|spares|excludes)\b"
)
# Another clause's verb: what "already face" no longer reaches past
_ANOTHER_VERB_BETWEEN = re.compile(r"\b(?:that|said|says|would|will|could|plans?|threatened)\b")
# "Chinese goods already face a 20 percent levy", "Polish exporters pay the 15 per cent US
# tariff agreed in July": paid now, whatever was agreed or announced to set it.
_ALREADY_PAYING = gated(
    re.compile(
        r"(?:\b(?:already|currently|now|still)\s+(?:face|faces|pay|pays|paying|facing)"
        r"|(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bto\s)\b(?:pay|pays))\b[^,;]*$"
    )
)
# "up from 10%": the rate before the change
_UP_DOWN_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|a\s+|an\s+)?$")
# "down from the 39%", "slightly higher than the 24%", "instead of the 20 per cent rate"
_IN_PLACE_OF = r"(?:up|down)\s+from|(?:lower|higher)\s+than|instead\s+of"
_REPLACED_BEFORE = re.compile(
    r"\b(?:" + _IN_PLACE_OF + r"|replac(?:es|ing|ed))\s+(?:the\s+|a\s+|an\s+|its\s+)?$"
)
# "... the 39% (rate) (that) (Trump|he) (had) announced", "the 35 percent it was assigned"
_ANNOUNCED_ONLY = re.compile(
    r"\s+(?:(?:rate|tariff|duty|levy)\s+)?(?:that\s+)?(?:(?:he|she|it|they|Trump|Washington|"
    # ("the 35% rate President Donald Trump had threatened")
    r"the\s+White\s+House|[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})\s+)?(?:had\s+|was\s+|were\s+)?"
    r"(?:announced|unveiled|assigned|proposed|floated)\b"
)
# "down from the 35 percent it was assigned in April", "down from the 36% and 49% rates Trump
# announced": rates announced, then given up
_REPLACED_RATES = gated(
    re.compile(
        r"\b(?:"
        + _IN_PLACE_OF
        + r")\s+(?:the\s+|a\s+)?(?P<rates>"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)(?:(?:,\s*|,?\s+and\s+)"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent))*)"
        + r"(?=(?:\s+(?:rates|tariffs|duties|levies))?"
        + _ANNOUNCED_ONLY.pattern
        + r")"
    )
)
_RATE_IN = re.compile(RATE_NUMBER + r"(?=\s*(?:%|per\s*cent|percent))")


def _with_replaced_rates_lifted(
    info: SentenceInfo, facts: list[TariffCandidate]
) -> list[TariffCandidate]:
    """The sentence's facts, those at rates it tells were announced and then replaced ("down
    from the 36% and 49% rates Trump announced in April") lifted; rates listed for states
    listed ("Thailand and Cambodia ... the 36% and 49% rates") paired in order. A rate set
    against the threatened one ("a 15 percent tariff, half the 30 percent rate Trump had
    threatened") leaves that one threatened."""
    if len(facts) > 1 and "threatened" in info.text:
        # each with the day it was threatened ("the 46% he had threatened in April"), if told
        # (a rate told twice in the sentence may be another measure's: left as it is)
        told = [_rate_value(r) for r in _RATE.finditer(info.text)]
        threats = {
            _percent(m.group("rate")): next(
                (d.value for d in info.past_dates if m.end() <= d.start <= m.end() + 20), None
            )
            for m in _COMPARED_THREAT.finditer(info.text)
            if _COMPARED_BEFORE.fullmatch(m.group(0), 0, m.start("rate") - m.start())
            and told.count(_percent(m.group("rate"))) == 1
        }
        facts = [
            replace(f, status="threatened", date=threats[f.rate_pct])
            if f.rate_pct in threats
            else f
            for f in facts
        ]
    replaced = (
        _REPLACED_RATES.search(info.text) if "from" in info.text or "than" in info.text else None
    )
    if replaced is None or len(facts) < 2:
        return facts
    listed = [_percent(r.group(0)) for r in _RATE_IN.finditer(replaced.group("rates"))]
    gone = [f for f in facts if f.rate_pct in listed]
    if not gone:
        return facts
    targets = list(dict.fromkeys(f.target for f in gone))
    paired = len(listed) > 1 and len(targets) == len(listed)
    # (the day they were announced is theirs, not the rate that replaced them)
    their_days = {d.value for d in info.past_dates if d.start >= replaced.start() and d.value}
    out = []
    for f in facts:
        if f.rate_pct not in listed:
            out.append(replace(f, date=None) if f.date in their_days else f)
        elif not paired or targets.index(f.target) == listed.index(f.rate_pct):
            out.append(replace(f, status="lifted"))
    return out


_MADE_UP_OF = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|duty|duties|levy|levies|rates?)(?:\s+on\s+[^,;.]{1,60}?)?,?\s+"
    r"(?:made\s+up\s+of|comprising|consisting\s+of|split\s+between|combining)\b"
)
_CHANGE_PUT_OFF = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|put(?:s|ting)?\s+off)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:planned\s+|scheduled\s+)?(?:increase|rise|hike|raise)\b",
    re.IGNORECASE,
)
_TOLD_NO_MORE = re.compile(r"\s*(?:[,;.)]|$)")
# "..., taking total duties to 50%": the sum of the layers the sentence told
_BRINGING = re.compile(r"\b(?:taking|bringing|lifting|raising|pushing)\s+(?:the\s+)?$")
_CALLED_FOR_MORE = re.compile(
    r"\bcall(?:ed|s|ing)?\s+for\s+(?:(?:tripling|doubling|quadrupling|raising|increasing|hiking|"
    r"imposing)\s+(?:the\s+|its\s+)?|(?:new|higher|steeper)\s+)(?:[\w-]+\s+){0,2}$"
)
_OF_UP_TO = re.compile(r"\bof\s+(?:up\s+to\s+)?$")
# "a combined 30 percent", "a total of 50%", "taking the total levy on many Indian exports to
# 50%": a sum of rates told one by one, no measure itself
_SUM_BEFORE = gated(
    re.compile(
        r"\b(?:combined|total|totall?ing|cumulative|overall)\s+"
        # ("bringing the total U.S. levy on India to 50%")
        r"(?:(?:[A-Z][\w.]*\s+)?(?:duty|duties|tariffs?|levy|levies|rates?|tariff\s+rates?|charges?)\s+)?"
        r"(?:on\s+(?:[\w’'.-]+\s+){1,5}?)?(?:of\s+|to\s+)?(?:up\s+to\s+)?$"
    )
)


def _told_of_another_rate(text: str, d: DateMention, rates: list[re.Match[str]]) -> bool:
    """Whether ``d`` is told of a rate that is not among ``rates`` ("Norwegian exports face a
    15% tariff, and Washington raised duties to 15% from the 10% that had applied since
    April": April is the 10%'s, not the Norwegian tariff's)."""
    told_of = None
    for r in _RATE.finditer(text, 0, d.start):
        told_of = r
    if told_of is None or any(r.start() == told_of.start() for r in rates):
        return False
    return d.text.lower().startswith("since") or bool(
        _RATE_TOLD_WHEN.fullmatch(text, told_of.end(), d.start)
    )


_RATE_TOLD_WHEN = re.compile(
    r"\s*(?:rate|tariff|duty|levy)?\s*(?:(?:that|which)\s+)?(?:\w+\s+)?(?:had\s+|has\s+)?"
    r"(?:announced|set|imposed|threatened|proposed|unveiled|ordered)\s+(?:(?:for\s+\w+\s+)?(?:in|on)\s*)?"
)
_LATER_AFTER = re.compile(r"\s(?:after|following)\s")
_RATE_DROPPED_PATTERN = re.compile(
    r"\s+(?:rate|tariff|duty|levy)?\s*(?:(?!\d)[^,;.]){0,60}?\s(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:dropped|lifted|scrapped|removed|withdrawn|suspended|paused|rescinded)\b"
)
_RATE_DROPPED = gated(_RATE_DROPPED_PATTERN)
# Text within one clause: no comma, semicolon or colon.
_SAME_CLAUSE = re.compile(r"[^,;:]*")
# "Indian tariffs that average about 17 per cent", "the average US tariff": a schedule's
# statistic (but "new tariffs averaging 20%" are a measure)
_AVERAGE_AFTER = gated(re.compile(r"\s+(?:that|which)\s+(?:average|averaged)\b"))
_AVERAGE_BEFORE = gated(re.compile(r"\baverage\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE))
_ITS_OWN_VERB = gated(
    re.compile(
        r"\b(?:took|takes|taken|came|went)\s+(?:into\s+)?(?:effect|force)\b|"
        r"\b(?:imposed|introduced|announced|applied|levied)\b|"
        # "will impose a 15% tariff ... under a framework deal reached on Friday": the deal's day
        r"\b(?:deal|agreement|accord|framework|truce)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:reached|struck|agreed|signed|sealed|clinched)\b",
        re.IGNORECASE,
    )
)
_CHANGED_BY = gated(
    re.compile(
        r"\b(?:grew|grows|rose|rises|fell|falls|jumped|climbed|dropped|declined|slumped|surged|expanded|"
        # ("pushed retail prices up by about 8%", "the lira tumbled as much as 18 percent")
        r"contracted|gained|shrank|slid|up|down|tumbled|tumbles|plunged|plunges|plummeted|sank|"
        r"soared|slipped|lost|shed|weakened|strengthened)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|"
        r"some\s+|roughly\s+|as\s+much\s+as\s+)?$"
    )
)
_UNDER_AN_ORDER_ON = re.compile(
    r"\bunder\s+(?:[\w.’'-]+\s+){0,3}?(?:order|decree|regime|programme|program)\s+on\s+(?:the\s+)?"
    r"(?:[\w\"“”-]+\s+){0,2}$"
)
_THREATENED_ON_A_DAY = re.compile(
    r"\s+(?:(?:as|that|which)\s+(?:[\w.]+\s+){0,3}?"
    # ("down from the 32% President Donald Trump had threatened in July")
    r"|(?:(?:rate|tariff|levy|duty)\s+)?(?:(?:[A-Z][\w.]*|he|she|it)\s+){1,3}?)"
    r"(?:had\s+|has\s+)?threatened\s+"
    r"(?:in\s+(?:a|an|his|her|its)\s+|on\s+|in\s+|last\s+)?[^,;.]{0,20}"
)
# "could cut Swiss economic growth by as much as 0.6 percentage point"
_GROWTH_BY = re.compile(
    r"\b(?:growth|GDP|output|economy|inflation)\s+(?:[\w-]+\s+){0,2}?by\s+(?:about\s+|nearly\s+|"
    r"almost\s+|roughly\s+|as\s+much\s+as\s+|up\s+to\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_ON_THE_LIST = re.compile(r"\b(?:on|off|from|to)\s+the\s+$")
_OFF_GROWTH = re.compile(
    r"\s+(?:off|from)\s+(?:[\w’'.-]+\s+){0,3}?(?:growth|GDP|output|economy)\b", re.IGNORECASE
)
_ECONOMY_RATE = gated(
    re.compile(
        r"\b(?:(?:unemployment|jobless|inflation|interest|growth|mortgage|savings|vacancy|poverty|"
        r"participation|policy|exchange|birth|approval|corporate\s+tax|income\s+tax|VAT)\s+rates?|"
        r"inflation)\s+(?:[\w-]+\s+){0,3}?(?:to|at|of|was|is|stood\s+at|hit)\s+"
        r"(?:about\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?$",
        re.IGNORECASE,
    )
)
_RATE_FOR = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+for\s+(?:the\s+)?$")
_ON_THE_BLOC = re.compile(
    r"(?:\s+(?:of\s+)?[\d.]+\s*(?:%|per\s*cent|percent))?\s+(?:on|against)\s+(?:goods\s+from\s+)?"
    r"the\s+(?:27-(?:nation|member)\s+)?bloc\b"
)
_THE_BLOCS = gated(re.compile(r"\b[Tt]he\s+bloc(?:['’]s)?\s+(?:[\w%.-]+\s+){0,6}$"))
_WHOSE_BEFORE = re.compile(r",\s+whose\s+(?:[^\s,;]+\s+){0,4}$")
_COULD_BEFORE = gated(re.compile(r"\b(?:could|might)\s+(?:[\w-]+\s+){0,3}$"))
_IF_AFTER = gated(re.compile(r"\bif\b"))
_WOULD_DO_BEFORE = re.compile(r"\bwould\s+(?:impose|slap|levy|put|hit|raise|add)\b[^,;]*$")
_IF_NOT_AFTER = re.compile(
    r"[^.;]{0,80}?\bif\s+(?:[\w’'-]+\s+){1,4}?(?:did\s+not|does\s+not|didn['’]t|doesn['’]t|fail(?:ed|s)?\s+to|refuse[sd]?\s+to)\b"
)
_ANY_BEFORE = word_start_first(
    re.compile(r"\b[Aa]ny\s+(?:(?:rise|increase|hike|cut)\s+in\s+)?(?:[\w-]+\s+){0,2}$")
)
_WOULD_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:would|could|might|will)\b")
# What a measure would do, not to whom: "new sanctions would only push more migrants across"
_WOULD_DO_HARM = gated(
    re.compile(
        r"(?:\s+(?:on|against)(?:\s+[\w'’.-]+){1,4}?)?\s+(?:would|could|might|will)\s+(?:only\s+|just\s+|simply\s+|also\s+)?"
        r"(?:push|hurt|harm|damage|backfire|fail|worsen|fuel|drive|deepen|weaken|isolate|cost|"
        r"raise\s+prices|lead\s+to)\b"
    )
)
_UNDER_ITS_ORDER = gated(
    re.compile(
        r"\bunder\s+(?:the|a|an)\s+(?:new\s+|latest\s+)?(?:(?P<who>(?-i:[A-Z])[\w.]*)\s+)?"
        r"(?:executive\s+|presidential\s+)?(?:order|proclamation|decree)\b"
        # ("under the executive order Donald Trump signed")
        r"(?:\s+(?P<signer>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2})\s+(?:signed|issued))?",
        re.IGNORECASE,
    )
)
_CONDITION_AFTER = gated(re.compile(r"\s(?:if|unless)\s"))
# What a measure's reason opens with: "over", "in response to", "in retaliation for"
_REASON_WORDS = r"(?:over|because\s+of|due\s+to|in\s+(?:response|retaliation)\s+(?:to|for))"
_REASON_RIGHT_AFTER = re.compile(
    rf"\s+(?:{_REASON_WORDS}|as\s+punishment\s+for)\s+(?:the\s+)?", re.IGNORECASE
)
_OWNER_AFTER = re.compile(r"[’']s?\s")
_REASON_LEAD = gated(
    re.compile(
        # ("sanctioned a network accused of helping Iran sell oil to China")
        rf"\b(?:{_REASON_WORDS}|to\s+punish|accused\s+of)\s+"
        # ("over Washington's latest arms sales to Taiwan", "in retaliation for a record $11.1
        # billion package of U.S. arms sales to Taiwan")
        # (not "over unfair subsidies on Chinese electric vehicles entering the EU": the goods'
        # market, after the reason)
        r"(?:(?!on\s)[\w’'.$-]+\s+){0,8}$",
        re.IGNORECASE,
    )
)
#: A measure still to be taken or changed: "will lift", "would impose", "plans to 'double'".
WILL_ACT = gated(
    re.compile(
        r"\b(?:will|would|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to)|plans?\s+to|"
        r"intends?\s+to)\s+(?:[\"“]?\w+[\"”]?\s+){0,2}?[\"“]?(?:increase|raise|impose|charge|sign|slap|"
        r"levy|introduce|double|triple|quadruple|halve|hike|lift|remove|scrap|drop|end|suspend|cut|"
        r"lower|reduce|reinstate|"
        r"restore|apply|unveil|announce)\b",
        re.IGNORECASE,
    )
)


def _starts_later(
    ctx: ArticleContext,
    info: SentenceInfo,
    start: int,
    end: int,
    dates: list[DateMention] | None = None,
) -> bool:
    """Whether ``start``..``end`` tells a start after the report ("from Aug. 1", "effective
    Aug. 1"), its dates read as plans unless ``dates`` gives another reading."""
    return ctx.published is not None and any(
        d.value
        and d.value.start > ctx.published
        and (
            clauses.STARTING_BEFORE.search(info.text, max(0, d.start - 14), d.start)
            # ("US tariffs of 19% that take effect on Thursday")
            or _STARTS_THEN_BEFORE.search(info.text, max(0, d.start - 24), d.start)
        )
        for d in (info.future_dates if dates is None else dates)
        if start <= d.start < end
    )


_TO_COME_BEFORE = gated(
    re.compile(
        r"\b(?:to\s+be|will\s+be|would\s+be|will|would|due\s+to|set\s+to|expected\s+to)\s+"
        r"(?:\w+\s+){0,2}(?:(?:in|on|by)\s+)?$"
    )
)
_STARTS_THEN_BEFORE = gated(re.compile(rf"\b(?:{_STARTS_VERB})\s+(?:(?:on|from|as\s+of)\s+)?$"))
_SAME_ONES = gated(
    re.compile(
        r"\b(?:the\s+same|those|these|both)\s+(?:\w+\s+){0,2}?(?:companies|firms|entities|banks|groups|people|individuals|officials)\b"
    )
)
# ("Sunak announced 50 new sanctions designations": designations take effect when announced)
_ADOPTED = gated(
    # (a headline's present, "EU agrees new Russia sanctions", too)
    re.compile(
        r"\b(?:approve[ds]|adopt(?:ed|s)|agree[ds](?!\s+to\b)|(?<!will\s)(?<!to\s)announce[ds]|"
        # ("The EU and the UK unveiled fresh sanctions on Russia on Tuesday")
        r"unveil(?:ed|s))\b"
    )
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:against|over|to|at|for|by|from|of)\s+(?:the\s+)?$")
_ORDINARY_BEFORE = gated(
    re.compile(
        r"\b(?:ordinary|normal|regular|standard|MFN|most[- ]favou?red[- ]nation|common\s+external)\s+"
        r"(?:[\w.-]+\s+){0,2}$"
    )
)
# "South Africa, which Trump hit with a 30 percent tariff": the antecedent is the target.
_ANTECEDENT_HIT = gated(
    re.compile(
        r",\s+(?:which|whom)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){1,3})(?:has\s+|had\s+)?"
        r"(?:hit|slapped|targeted|punished|threatened)\s+with\s+(?:an?\s+|the\s+)?(?:[\w%.-]+\s+){0,3}$"
    )
)
# "Canada, which froze the assets of ...": the measure's subject is the one named before
_WHICH_DID = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|had|also|already|itself|last\s+\w+|in\s+\w+)\s+)*$"
)
# "depends on Washington, which has announced tariffs of 50% on ...": the one named before
_WHICH_SET_THE_MEASURE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|had|have|also|already|itself|last\s+\w+|in\s+\w+)\s+)*"
    r"(?:imposed|announced|slapped|levied|placed|introduced|unveiled|raised|doubled|applied)\s+"
    r"(?:[\w%.-]+\s+){0,4}$"
)
_MEASURES_WHICH_HIT = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?{_MEASURE_NOUNS},\s+which\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:hit|slapped|saddled|targeted)\s+(?:[A-Z][\w.'’-]*\s+){1,3}with\s+(?:an?\s+|the\s+)?"
    r"(?:[\w%.-]+\s+){0,3}$"
)
_DASH = re.compile(r"\s[—–]\s")


def _dash_aside_around(text: str, at: int) -> int | None:
    """Where the words after a dashed aside that holds ``at`` begin, if ``at`` is in one."""
    if "—" not in text and "–" not in text:
        return None
    opening = list(_DASH.finditer(text, 0, at))
    closing = _DASH.search(text, at)
    if len(opening) % 2 == 1 and closing is not None:
        return closing.end()
    return None


# A sentence that opens on measures the one before named
_THOSE_MEASURES = re.compile(rf"(?:Those|These|Such|Both)\s+(?:[\w-]+\s+)?{_MEASURE_NOUNS}\b")
# "Ottawa's own measures", "Canada's retaliatory tariffs"
_OWNED_MEASURES = re.compile(rf"['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_MEASURE_NOUNS}\b")


def _owner_of_measures_told(told: SentenceInfo) -> str | None:
    """The state whose measures ``told`` names by its possessive ("Ottawa's own measures"), if
    it names one state's."""
    owners = {
        m.countries[0]
        for m in told.mentions
        if m.countries and _OWNED_MEASURES.match(told.text, m.end)
    }
    return owners.pop() if len(owners) == 1 else None


_CUT_HOW_FAR = re.compile(
    r"\b(?:to\s+zero|by\s+(?:half|a\s+(?:third|quarter))|for\s+(?:\d+|\w+)\s+(?:days|weeks|months|years))\b"
)
_CUT_BEFORE = gated(
    re.compile(
        r"\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
        r"trim(?:s|med|ming)?)\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?(?:import\s+)?$"
    )
)
_PLACE_OF_AN_UNNAMED_BODY = re.compile(
    r"(?:In|From)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:ministry|government|authorities|officials|regulators|commission|"
    r"cabinet|parliament)\b"
)
_MEASURE_AGAINST_BEFORE = re.compile(
    r"\b(?:package|sanctions?|tariffs?|duties|duty|levy|levies|measures?|penalties|curbs|"
    r"restrictions|ban|embargo)\s+(?:\w+\s+){0,2}?(?:in|into|to|from|with|on|at|for|of|by|"
    r"against|over|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}")  # "President "
# "at the US border", "at US ports": where the duty is paid
_AT_BORDER = gated(
    re.compile(r"\bat\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:border|ports?)\b")
)
_IN_MARKET = re.compile(r"\s+in\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_ON_WHOM = re.compile(r"\s+(?:on|against)\s+")
_BOTH_COUNTRIES = re.compile(
    # ("leaving both facing a 36% U.S. tariff")
    _BOTH_COUNTRIES_WORDS + r"|\bboth(?=\s+(?:now\s+|still\s+)?(?:fac|pay))",
    re.IGNORECASE,
)
_THEN_CLAUSE = re.compile(r"(?:,\s+(?:and\s+)?then|;\s+then)\s+")
_FROM_THE_RATE = word_start_first(
    re.compile(
        r"\bfrom\s+(?:the|its|a)\s+"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)\s+(?:[\w-]+\s+)?$"
    )
)
_STILL_IN_PLACE = re.compile(
    r"\s+(?:(?:now|currently|still)\s+(?:charged|levied|applied|paid|in\s+(?:place|force))|"
    r"(?:that|which)\s+(?:now\s+|still\s+)?(?:applies|stands|remains))\b"
)
_ITS_END_BEFORE = re.compile(
    r"\b(?:expires|expire|lapses|lapse|ends|runs\s+out)(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?)?\s*$"
)
_UNLESS_AFTER = re.compile(r"\s*,?\s*unless\b")
_RENEWED_ITS = re.compile(
    # ("EU extends Russia economic sanctions": the state's name before them is their target)
    r"\b(?:renew|extend|prolong|expand|tighten|widen)(?:ed|s)?\s+(?:(?:its|their)\s+(?:own\s+)?)?$",
    re.IGNORECASE,
)
_COVERS_GOODS = re.compile(
    r"\bcover(?:s|ed|ing)?\s+(?:(?:about|some|roughly|nearly|almost|more\s+than)\s+)?"
    r"(?:[^,;.]|(?<=\d)\.(?=\d)){0,30}?\bof\s+(?P<state>(?-i:[A-Z])[\w.]*)\s+(?:imports|goods|products|exports)\b",
    re.IGNORECASE,
)
# "raised its tariff ... to 30% last year and has threatened an additional 10%": a threat joined
_JOINED_THREAT = re.compile(
    r"\s(?:and|but)\s+(?:has\s+|have\s+|had\s+|also\s+|since\s+)*(?:threatened|warned)\b"
)
# "... will be hit with a 19% tariff under a trade agreement reached after To Lam spoke with
# Trump": the deal a state's goods are charged under
_DEAL_TOLD_AFTER = re.compile(
    r"\bunder\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|framework|pact)\s+"
    # ("... spoke by phone with U.S. President Donald Trump": an initial's stop ends nothing)
    r"(?:reached|struck|agreed|announced|sealed|signed)\b(?:[^.;]|(?<=[A-Z])\.){0,100}"
)
# "..., only for Donald Trump to suspend it": who acts on the measure just told
_ACTS_ON_IT = re.compile(
    r"\bfor\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,3})to\s+(?:suspend|lift|pause|delay|cut|lower|raise|"
    r"double|scrap|remove|halve)\s+(?:it|them)\b"
)
_HIT_APPOSED = re.compile(
    r",\s+(?:already\s+)?(?:hit|slapped|saddled|struck)\s+with\s+(?:[\w%.’'-]+\s+){0,4}"
)
# "Trump's threatened 20 percent tariff", "down from a threatened 32 percent"
# "the 25% rate Trump had threatened", "the 35% rate threatened last month"
_THREATENED_AFTER_RATE = re.compile(
    r"\s+(?:(?:rate|tariff|levy|duty)\s+)?(?:that\s+)?(?:(?:[A-Z][\w.]*|he|she|it)\s+){0,3}?"
    r"(?:had\s+|has\s+)?threatened\b"
)
_THREATENED_RATE = gated(re.compile(r"\b(?:a|an|the|his|its|their|['’]s)\s+threatened\s+$"))
_SPARING = re.compile(r",\s+(?:sparing|saving)\b", re.IGNORECASE)
_SPARED_RATE = gated(
    re.compile(r"\b(?:sparing|saving)\s+(?:[\w.’'-]+\s+){1,3}?(?:the|a|an)\s+$", re.IGNORECASE)
)
_BILL_WOULD = word_start_first(
    re.compile(
        # ("sent Congress a bill on Wednesday that would raise tariffs")
        r"\b(?:bill|legislation|draft\s+law)(?:\s+[\w.,]+){0,5}?\s+(?:that|which)\s+would\s+"
        r"(?:\w+\s+){1,3}?$"
    )
)
# ("If Washington were to slap a 25% levy on Mexican tomatoes, ...")
_IF_A_MEASURE = gated(
    re.compile(
        r"(?:^|[,;:]\s+)[Ii]f\s+(?:(?:a|an|any|new)\s+|[^,;]{1,40}?\b(?:were|was)\s+to\s+)(?:[\w%.-]+\s+){0,4}$"
    )
)
_REPLACED_RATE_AFTER = re.compile(
    r"\s+(?:rate|tariff|duty|levy)\s+(?:has\s+)?(?:replaced|replaces|superseded|supersedes)\b"
)
_UNDONE_AFTER = re.compile(
    r"[^;.]{0,40}?\b(?:(?:but|and|then|before)\s+(?:\w+\s+){0,2}?(?:paused|suspended|lifted|scrapped|"
    r"revoked|withdrew|dropped|rescinded|rolled\s+back)\s+(?:it|them)\b"
    # "..., which President Donald Trump suspended on 9 April"
    r"|,\s+which\s+(?:[\w.]+\s+){0,4}?(?:paused|suspended|lifted|scrapped|revoked|dropped|"
    r"rescinded)\b(?!\s+(?:its|their|his|her|the|a|an)\b))",
)
_ON_CONDITION_BEFORE = re.compile(r"\b(?:unless|until|if)\s*$")
_MARKET_ENTRY = gated(re.compile(r"\bto\s+enter\s+(?:the\s+)?[A-Z][\w.]*\s+market\b"))
# (gated: read only where a rate's mark and an owner's word stand)
_OWNERS_PLAN = gated(
    re.compile(
        r"['’]s\s+(?:threats?|promises?|pledges?|vows?|plans?)\s+(?:of|to\s+(?:impose|levy|slap))\s+"
        r"(?:(?:new|higher|steep|sweeping|blanket)\s+)?$"
    )
)
_OWNER_RATE = gated(
    re.compile(
        r"(?:['’]s|\bits)\s+(?:own\s+)?(?:"
        + RATE_NUMBER
        + r"\s*(?:%|per\s*cent|percent)\s+)(?:[a-z-]+\s+)?$"
    )
)
_AND_VERB = word_start_first(
    re.compile(
        r"\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|kept|left|held|put|set|cut|made)\b"
    )
)
# "Beijing spent three years dismantling the barriers. It lifted its 80.5% duties ...".
_IT_OPENS = re.compile(
    r"It\s+(?:\w+ly\s+)?(?:has\s+|had\s+|also\s+|then\s+)?[a-z]+ed\b"
    # "Washington is further ahead. Its decision in May to quadruple the tariff ..."
    r"|Its\s+(?:\w+\s+)?(?:decision|plan|order|move|proposal|threat|announcement)\b"
)
_ITS_BODY = re.compile(
    r"\b(?:its|their)\s+(?:\w+\s+){0,2}(?:ministry|government|commission|department|regulator|authorities|cabinet)\b",
    re.IGNORECASE,
)
_THE_BODY = re.compile(
    r"^(?:\W*\w+,\s+)?(?:the|this)\s+(?:\w+\s+){0,2}?(?:government|cabinet|administration|"
    r"(?:commerce|trade|finance|economy)\s+ministry)\b",
    re.IGNORECASE,
)
_DEAL_WITH = gated(
    re.compile(
        r"\b(?:deal|agreement|accord|pact|arrangement)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?(?=[A-Z])"
    )
)
# "agreed to a 15% tariff" (but "agreed to lower its tariffs" is its own measure)
_SECURED = gated(
    re.compile(r"\b(?:secured|won|negotiated|obtained|clinched|agreed\s+to\s+(?:a|an|the)\b)")
)
_ITS_OWN_MEASURE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$")
_TREASURY = gated(
    re.compile(
        r"\b(?:(?P<hm>HM|His\s+Majesty's)\s+|[Tt]he\s+(?:U\.S\.\s+|US\s+)?)Treasury\b(?!\s+[Ss]ecretary)"
    )
)


def treasury_state(text: str) -> str | None:
    """The state of "the Treasury" ``text`` names: the body that issues most sanctions is the
    United States', unless the text says it is Britain's ("HM Treasury")."""
    treasury = _TREASURY.search(text)
    if treasury is None:
        return None
    return "GBR" if treasury.group("hm") else "USA"


_IMPOSED_BY = gated(
    re.compile(
        # "the tariffs that Trump imposed", "the tariffs Trump imposed on Canada"
        # ("the tariff that U.S. President Donald Trump has applied": a title before the name)
        # ("the 10% tariff the United States imposed in April")
        r"(?:,?(?:\s+[\w%,.-]+){0,6}?\s+(?:that|which))?\s+(?:the\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?)\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:now\s+|currently\s+|still\s+|also\s+)?"
        r"(?:imposed|levied|applied|slapped|introduced|placed|announced|threatened|ordered|"
        # "a 32 per cent tariff, which President Donald Trump suspended": only its imposer can
        r"suspended|paused|lifted|scrapped|revoked|rescinded|"
        # "the additional 40% tariff that Washington applies to Brazilian products"
        r"imposes|levies|applies|charges|charged|put|"
        # "the 15% tariff that Washington set in August", "the duty Trump doubled in June"
        r"set(?!\s+to\s+[a-z])|raised|doubled)\b"
    )
)


def _keeps_it_on(text: str, trig: re.Match[str], face: re.Match[str]) -> bool:
    """Whether the subject keeps the measure on something ("Washington keeps a 10% tariff on
    most Australian goods", "Brazil will keep a 25 percent tariff on steel"): it imposes it."""
    return face.group(0).lower().startswith("k") and _ON_WHAT.match(text, trig.end()) is not None


def _face_before(text: str, trig: re.Match[str]) -> re.Match[str] | None:
    """The last "face(s)", "pay(s)", "keeps", "is subject to" within six words before the
    trigger ("Tokyo and Seoul each face a 25% U.S. tariff"), if any."""
    faces = list(_FACE.finditer(text, 0, trig.start()))
    if not faces or len(text[faces[-1].end() : trig.start()].split()) > 6:
        return None
    return faces[-1]


def _facing_before(text: str, trig: re.Match[str]) -> bool:
    """Whether the sentence's subject faces the trigger's measure rather than imposes it."""
    face = _face_before(text, trig)
    return (
        face is not None
        and not _keeps_it_on(text, trig, face)
        # ("China will require importers of Canadian canola to pay a 75.8% deposit": the
        # subject makes others pay)
        and not _MADE_TO_PAY.search(text, max(0, face.start() - 80), face.start())
        and not _CLAUSE_BREAK.search(text, face.end(), trig.start())
        # "Ottawa has kept its own counter-tariffs": kept by the one who imposes them (but
        # "Taiwan saw its own 20% U.S. tariff take effect": the one it falls on)
        and not (
            _OWN.search(text, face.end(), trig.start())
            and not face.group(0).lower().endswith(("saw", "sees"))
        )
    )


_MADE_TO_PAY = re.compile(
    r"\b(?:requir|forc|oblig|compel)\w*\s+(?:[^,;.]|(?<=[A-Z])\.){0,60}?\bto\s+$", re.IGNORECASE
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s*$")
_ASIDE_OPENS = re.compile(r",\s*(?:which|who)\s*$")
_ASIDE_AFTER = re.compile(r",\s*which\s")
_STACKED_ON = re.compile(
    r"\s*(?:comes?|came|sits?|sat|(?:is|was)\s+added|adds?|added)\s+(?:on\s+top\s+of|to)\b"
)
# ", which agreed a deal in May,", ", mostly BMW models built for the American market,"
_ASIDE_BEFORE = re.compile(
    r",\s+(?:which|who|whose|mostly|mainly|largely|chiefly|many|most|some|including|such\s+as|"
    # ", the region's largest economy,"
    r"the|one\s+of|home\s+to|a|an|"
    # ", by contrast,"
    + clauses.ADVERB_ASIDE_WORDS
    + r")\b[^,;]*,\s*(?:(?:now|also|still|already|has|have|had|will|would)\s+){0,2}$"
)
# ", which ...,", ", currently as high as 110 per cent,": an aside that says nothing of the
# measure's status
# ", well below the 32% rate he had threatened": a rate compared with, not this one's state
_COMPARED = r"(?:well\s+|far\s+|sharply\s+)?(?:below|above|down\s+from|up\s+from|lower\s+than|higher\s+than)"
# (", down from a threatened 32 percent, following ...": closed, too)
_ASIDE = re.compile(
    rf",\s+(?:which|who|whose|currently|now|once|previously|formerly|{_COMPARED})\b[^,;]*,"
)
_COMMA_ASIDE = re.compile(r",[^,;]{1,40},")
_OPEN_ASIDE = re.compile(rf",\s+(?:currently|once|previously|formerly|{_COMPARED})\b[^,;]*$")


def _without_asides(clause: str) -> str:
    """``clause`` with its asides (", which ...,", ", well below the 32% ...") blanked out."""
    return _OPEN_ASIDE.sub(" ", _ASIDE.sub(" ", clause)) if "," in clause else clause


_COMPARED_ASIDE = re.compile(rf",\s+{_COMPARED}\b[^,;]*$")
# (but "Britain keeps a 10% rate on most goods" is the rate it faces)
_ON_WHAT = re.compile(
    r"\s+on\s+(?!(?:(?:most|all|some|its|their)\s+)?(?:goods|products|exports|imports)\b)"
)
_OWN = re.compile(r"\b(?:its|their|our)\s+own\b", re.IGNORECASE)


_RISING = re.compile(r"\b(?:rising|increasing|climbing|going\s+up)\b", re.IGNORECASE)
_LIST_CLOSE = re.compile(r",\s*(?:(?:would|will|could|may|might|now|also|all|each|both|still)\s+)*")
_GOODS_NOUNS = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
_GOODS_LISTED = re.compile(
    rf"\s+{_GOODS_NOUNS}(?:,\s+{_GOODS_NOUNS})*,?\s+(?:and|or)\s+{_GOODS_NOUNS}"
    r"\s+(?:(?:would|will|could|may|might|now|also|all|each|both|still|have|has|had)\s+)*"
)
_SUBJECT_LIST = re.compile(
    r",?\s+(?:and|or|along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:the\s+)?|,\s+(?:the\s+)?"
)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while)\s|;")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")
_FACE = gated(
    re.compile(
        # ("Taiwan saw its own 20% U.S. tariff take effect": the one it falls on)
        # ("Vietnamese goods will be charged a 20% tariff")
        # ("Tokyo is seeking relief from the 25 percent tariff": the one it falls on)
        r"\b(?:each\s+)?(?:face|faces|faced|facing|pay|pays|paid|paying|keeps?|kept|saw|sees|"
        # ("both countries prepared for US tariffs of 19%")
        r"prepar(?:e|es|ed|ing)\s+(?:(?:itself|themselves)\s+)?for|"
        r"(?:seek(?:s|ing)?|sought|wants?|wanted|asked\s+for|won|wins)\s+(?:an?\s+)?"
        # ("Lesotho, threatened with a 50% tariff in April, has since been given a 15% rate")
        r"(?:relief|exemptions?|reprieve)\s+from|(?:is|are|was|were|been|be|being|remains?|remained)\s+(?:still\s+)?(?:hit|slapped|struck|saddled)\s+(?:[\w,]+\s+){0,4}?(?:with|by)|"
        r"(?:(?:is|are|was|were|been|be|being)\s+|(?<=,\s))threatened\s+with|(?:is|are|was|were|been|be|being)\s+(?:given|assigned)|(?:is|are|was|were|been|be|being)\s+charged|remains?\s+subject\s+to|(?:is|are|was|were|been|(?:would|will)\s+(?:now\s+|still\s+|also\s+)?be)\s+(?:now\s+|still\s+|also\s+)?subject\s+to)\b",
        re.IGNORECASE,
    )
)


_OR_BEFORE = re.compile(r"\bor\s+$")
_WHO_OPENS = re.compile(
    r"\s*(?:who|which)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|still\s+|already\s+|long\s+)?"
)
_NOUN_BEFORE_COMMA = re.compile(r"(?:\s+[a-z][\w-]*){0,3},")
_ITS_NOUN_BEFORE_COMMA = re.compile(r"\b(?:its|their)(?:\s+[a-z][\w-]*){1,3},$")


_IN_AN_AGREEMENTS_NAME = re.compile(
    r"(?:[-–][A-Z][\w.]*)*\s+(?:Free\s+Trade\s+)?(?:Agreement|Accord|Treaty|Pact)\b"
)


# A participle with no object after it: "sanctioned over Hong Kong", "sanctioned by the EU"
_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?P<by>by)\s+(?:the\s+)?|(?=(?:over(?!\s+(?:\d|more|about|a\s+hundred|hundreds|dozens))|"
    r"for(?!\s+the\s+first\s+time)|in|last|this|earlier|under|since|after|because)\b))"
)
# Between the sanctioned ones and the participle: a noun of those a state's word names
# ("Russian banks "), or a passive auxiliary ("Russia has been ")
_NOUNS_NAMED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_PASSIVE_AUXILIARY = re.compile(
    r"\s+(?:\w+ly\s+)?(?:is|are|was|were|(?:has|have|had)\s+(?:also\s+)?been|been|being)\s+"
    r"(?:\w+ly\s+)?"
)
# Words that tell a verb of its own, never a noun of the ones named
_NOT_A_NOUN = re.compile(
    r"\b(?:has|have|had|also|already|just|recently|now|then|still|is|are|was|were|be|been|being|"
    r"will|would|could|should|may|might|which|who|that)\b"
)


def _sanctioned_in_passing(
    text: str, mentions: list[Mention], trig: re.Match[str]
) -> tuple[str, str | None] | None:
    """The state whose people a participle says were sanctioned, and the state named after
    "by" if any: "Chinese officials sanctioned over Hong Kong", "Russian banks sanctioned by the
    EU", "Russia has been sanctioned over the war" (but "The United States sanctioned last week
    20 Russian banks" is the active verb of its subject)."""
    passive = _PASSIVE_AFTER.match(text, trig.end())
    if passive is None:
        return None
    told_of = next(
        (
            m
            for m in reversed(mentions)
            if m.end <= trig.start() and len(m.countries) == 1 and _passively_told(text, m, trig)
        ),
        None,
    )
    if told_of is None:
        return None
    by_whom = (
        next(
            (
                m.countries[0]
                for m in mentions
                if m.start >= passive.end()
                and m.countries
                and _TITLE_BEFORE_NAME.fullmatch(text, passive.end(), m.start)
            ),
            None,
        )
        if passive.group("by")
        else None
    )
    return told_of.countries[0], by_whom


def _passively_told(text: str, m: Mention, trig: re.Match[str]) -> bool:
    """Whether ``m`` names those the participle ``trig`` is told of: a people's word and their
    noun ("Chinese officials"), or any state's before a passive auxiliary."""
    if _PASSIVE_AUXILIARY.fullmatch(text, m.end, trig.start()):
        return True
    nouns = _NOUNS_NAMED.fullmatch(text, m.end, trig.start())
    return (
        nouns is not None and m.form in (GROUP, DEMONYM) and not _NOT_A_NOUN.search(nouns.group(0))
    )


_AND_ANOTHER_VERB = re.compile(
    # (a verb with its object: not "beef and processed meat exported to": an adjective)
    r",?\s+and\s+(?:also\s+)?(?-i:[a-z]{3,}ed)\s+"
    r"(?:the|a|an|its|their|his|her|all|new|exports?|imports?|sales|shipments)\s"
)
_CHANGE_AS_INFINITIVE = re.compile(
    r"\bto\s+(?:have\s+)?(?:[\w.’'-]+\s+){0,5}?(?:cut|lower|reduce|raise|double|halve|slash|"
    r"increase|hike|bring)\b|\b(?:expected|set|due|likely)\s+to\b",
    re.IGNORECASE,
)
_CLAUSE_AFTER_COMMA = re.compile(
    r",[\"”’']?\s+(?:\w+\s+){0,2}?(?:after|before|when|while|as|since|which|who|whose|where|but)\b"
)
_OF_A_RATE_BEFORE = re.compile(r"\brate\s+of\s+(?:up\s+to\s+|about\s+)?$")
_SUPPOSED = re.compile(r"\b(?:if|unless|should|were\s+(?:it|they|he|she))\b")


def _possessors_of_rates(
    text: str, mentions: list[Mention], rates: list[re.Match[str]]
) -> dict[float | None, str]:
    """Each rate's state where the rate follows its possessive ("Cambodia's 49 per cent")."""
    owned: dict[float | None, str] = {}
    for r in rates:
        owner = next(
            (
                m.countries[0]
                for m in mentions
                if m.countries and _POSSESSIVE_GAP.fullmatch(text, m.end, r.start())
            ),
            None,
        )
        if owner is not None:
            owned[_rate_value(r)] = owner
    return owned


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


def _group_as_told(who: str) -> str:
    """A group of states as the sentence names it, its first word in lower case unless an
    abbreviation ("most countries", "eight European countries", "U.S. trading partners")."""
    return who if who.split()[0].isupper() else who[0].lower() + who[1:]


def _facing(ctx: ArticleContext, info: SentenceInfo, trig: re.Match[str]) -> list[str]:
    """Targets that are the subject of "face(s)": "Tokyo and Seoul each face a 25% U.S. tariff"."""
    text = info.text
    face = _face_before(text, trig)
    if face is None:
        return []
    if _keeps_it_on(text, trig, face):
        return []  # ("Brazil will keep a 25 percent tariff on steel": it imposes it)
    clause_start = max(text.rfind(",", 0, face.start()), text.rfind(";", 0, face.start())) + 1
    # "Saudi Arabia, Qatar and the UAE face ...": the commas belong to the list of subjects
    # (not the states an agreement is named after: "under the U.S.-Mexico-Canada Agreement").
    listed = [
        m
        for m in info.mentions
        if m.end <= face.start()
        and m.form in COUNTRY_FORMS
        and not _IN_AN_AGREEMENTS_NAME.match(text, m.end)
    ]
    inside = [i for i, m in enumerate(listed) if m.start >= clause_start]
    first = inside[0] if inside else 0
    aside = _ASIDE_BEFORE.search(text, 0, face.start())
    if not inside and aside:
        # "Britain, which agreed a trade deal with Washington in May, keeps a 10% rate"
        listed = [m for m in listed if m.end <= aside.start()]
        if listed and listed[-1].end == aside.start():
            first = len(listed) - 1
            clause_start = listed[first].start
        else:
            # "South African cars, mostly BMW models built for the American market, already
            # pay ...": the goods before the aside
            opening = max(text.rfind(",", 0, aside.start()), text.rfind(";", 0, aside.start()))
            clause_start = opening + 1
    elif (
        (owner := next((m for m in reversed(info.mentions) if m.end < clause_start), None))
        and owner.form in (*COUNTRY_FORMS, DEMONYM)
        and _WHO_OPENS.fullmatch(text, clause_start, face.start())
        and _NOUN_BEFORE_COMMA.fullmatch(text, owner.end, clause_start)
    ):
        # "Turkish exporters, who pay a 15 per cent US tariff, ...": the ones the aside is of
        # (each of a list: "Brazil and India, which face 50% U.S. tariffs")
        return [m.countries[0] for m in _listed_up_to(info, owner, face) if m.countries]
    elif _WHO_OPENS.fullmatch(text, clause_start, face.start()) and (
        its := _ITS_NOUN_BEFORE_COMMA.search(text, 0, clause_start)
    ):
        # "Nairobi would seek a deal to protect its apparel exporters, who already pay a 10%
        # US tariff": those of the state "its" stands for, the sentence's subject ("New Delhi
        # asked the United States to exempt its shrimp exporters, who ...")
        named = [m for m in listed if m.end <= its.start() and m.countries]
        return list(named[0].countries[:1]) if named else []
    elif (
        not inside
        and listed
        and not text[clause_start : face.start()].strip()
        and face.group(0).lower() in ("facing", "paying")
    ):
        # "South Africa was among the countries hit hardest, facing a 30% tariff": the
        # participle's subject is the sentence's
        subject = _subject(ctx, info, listed, 0, clause_start)
        return list(subject.countries[:1]) if subject is not None else []
    elif (
        not inside
        and (maker := next((m for m in reversed(info.mentions) if m.end < clause_start), None))
        and maker.form == DEMONYM
        and _GOODS_LISTED.fullmatch(text, maker.end, face.start())
    ):
        # "Swiss watches, chocolate and precision machinery have been hit with": the commas
        # list the goods of the state named before them
        first, clause_start = 0, maker.start
    elif not inside and listed and _LIST_CLOSE.fullmatch(text, listed[-1].end, face.start()):
        # "goods from Denmark, ..., along with Britain and the Netherlands, would face": the
        # comma closes the list of subjects, not a clause.
        first = len(listed) - 1
        clause_start = listed[first].start
    while 0 < first < len(listed) and _SUBJECT_LIST.fullmatch(
        text[listed[first - 1].end : listed[first].start]
    ):
        first -= 1
        clause_start = listed[first].start
    whose = re.search(r"\bwhose\s+country\s*$", text[clause_start : face.start()])
    out: list[str] = []
    subjects_end = aside.start() if aside and not inside else face.start()
    for mention in info.mentions:
        if (
            clause_start <= mention.start
            and mention.end <= subjects_end
            and mention.countries
            and mention.form != PRONOUN
            and not _IN_AN_AGREEMENTS_NAME.match(text, mention.end)
        ):
            out.append(mention.countries[0])
    if len(out) > 1 and _OR_BEFORE.search(text, max(0, face.start() - 4), face.start()):
        # "Trump said Moscow had 10 days to agree a ceasefire in Ukraine or face sanctions": the
        # state given the choice, not a place named in what it must do
        out = [
            m.countries[0]
            for m in info.mentions
            if clause_start <= m.start and m.end <= subjects_end and m.form in COUNTRY_FORMS
        ][:1] or out
    if not out and _EUROPEAN_MAKERS.search(text, clause_start, subjects_end):
        out.append("EU")  # "European steelmakers also face the 50% rate": the bloc's trade
    if not out:
        # "Queensland beef still faces the 10 per cent baseline tariff": a state's goods
        out.extend(c for c in [_region_in(ctx, text[clause_start:subjects_end])] if c)
    kingdom = _THE_KINGDOM.search(text, 0, face.start())
    if kingdom and len(text[kingdom.end() : face.start()].split()) > 4:
        kingdom = None
    if not out and kingdom:
        # "The kingdom, which pays only the baseline 10 percent U.S. tariff"
        out.extend(c for c in [ctx.last_monarchy(info, kingdom.start())] if c)
    if whose and not out:
        people = [
            m
            for m in info.mentions
            if m.end <= clause_start and m.form in (PERSON, ROLE) and m.countries
        ]
        out = [people[-1].countries[0]] if people else []
    return list(dict.fromkeys(out))


def _listed_up_to(info: SentenceInfo, last: Mention, verb: re.Match[str]) -> list[Mention]:
    """The states listed as one subject, up to ``last``: "Brazil and India, which face ..."
    (one list: not "Unlike Japan and South Korea, Brazil and India, which face"; and one
    state when the verb is singular: "Ecuador and India, which faces")."""
    if _SINGULAR_VERB.match(verb.group(0)):
        return [last]
    text = info.text
    listed = [last]
    joined_by_and = False
    for m in reversed([m for m in info.mentions if m.end <= last.start]):
        gap = text[m.end : listed[-1].start]
        if m.form != last.form or not _SUBJECT_LIST.fullmatch(gap):
            break
        if "," not in gap or " and " in gap:
            if joined_by_and:
                # another list's "and": the commas since were that list's
                while len(listed) > 1 and "," in text[listed[-1].end : listed[-2].start]:
                    listed.pop()
                break
            joined_by_and = True
        elif joined_by_and:
            break  # ("Unlike Japan and South Korea, Brazil and India": a comma before the pair)
        listed.append(m)
    return listed[::-1]


_SINGULAR_VERB = re.compile(r"(?:faces|pays|has|is)\b", re.IGNORECASE)


def _region_in(ctx: ArticleContext, text: str) -> str | None:
    """The country of the first province or state named in ``text``."""
    words = re.findall(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}", text)
    for phrase in words:
        parts = phrase.split()
        for size in range(len(parts), 0, -1):
            for i in range(len(parts) - size + 1):
                found = ctx.g.regions.get(" ".join(parts[i : i + size]))
                if found:
                    return found
    return None


def _paired(
    c: TariffCandidate, rates: list[re.Match[str]], targets: list[tuple[str, str | None]]
) -> bool:
    index = [t for t, _ in targets].index(c.target) if c.target in [t for t, _ in targets] else -1
    return index >= 0 and c.rate_pct == _rate_value(rates[index])


# "Albanese says the 10% rate on Australian goods is ...": the measure is the subject of the
# reported clause, so the speaker is not its imposer.
_MEASURE_REPORTED = gated(
    re.compile(
        r"\b(?:said|says|added|noted|argued|complained)(?:\s+that)?\s+(?:the|a|an)\s+(?:[\w%.-]+\s+){0,3}\Z"
    )
)
_REPORTED = gated(
    re.compile(
        r"\b(?:said|says|added|confirmed|noted|told\s+\w+)(?:\s+that)?\s+"
        # "expressed serious concern that the United States had applied ...": any "that" clause
        # with a named subject of its own.
        r"|\bthat\s+(?=(?:the\s+)?[A-Z])",
        re.IGNORECASE,
    )
)


def _subject(
    ctx: ArticleContext,
    info: SentenceInfo,
    before: list[Mention],
    clause_left: int = 0,
    until: int | None = None,
) -> Mention | None:
    """The clause subject: after "X said (that)", the reported clause's subject wins."""
    start = max(clauses.clause_start(info.text), clause_left)
    day_clause = max(
        _ON_THE_DAY.finditer(info.text, start, until or len(info.text)),
        key=re.Match.end,
        default=None,
    )
    if day_clause is not None and any(m.start >= day_clause.end() for m in before):
        # "Rwanda cut ties on Monday, the same day the European Union imposed sanctions"
        start = day_clause.end()
    before = [m for m in before if m.start >= start]
    reported = [
        r.end() for r in _REPORTED.finditer(info.text) if before and r.end() <= before[-1].end
    ]
    if reported:
        inner = [m for m in before if m.start >= reported[-1]]
        if inner:
            found = _first_subject(info, inner, reported[-1])
            if found is not None:
                return found
    if until is not None and _MEASURE_REPORTED.search(info.text, 0, until):
        return None  # the measure is the reported clause's subject
    lead = _LEADING_CLAUSE.match(info.text, start)
    main_at = lead.end() if lead else None
    if main_at is None and _SUBORDINATOR_BEFORE.search(info.text, max(0, start - 12), start):
        comma = info.text.find(", ", start, before[-1].start if before else start)
        main_at = comma + 2 if comma >= 0 else None
    if main_at is not None and before and before[-1].start >= main_at:
        # "In January, when Petro turned back two flights, Trump threatened ...": the main
        # clause's subject, not the leading clause's.
        found = _first_subject(info, [m for m in before if m.start >= main_at], main_at)
        if found is not None:
            return found
    return _first_subject(info, before, start)


_ON_THE_DAY = re.compile(
    r",\s+(?:on\s+)?the\s+(?:same\s+)?(?:day|week|morning|afternoon|evening)\s+(?:that\s+|when\s+)?"
)
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+|;\s+")
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:when|after|as|while|because|since|before|although|though|once|if)\s*$", re.IGNORECASE
)


_LEADING_CLAUSE = re.compile(
    r"(?:[^,;]{0,40},\s+)?(?:when|after|as|while|because|since|before|although|though|once|if|"
    # a leading phrase: "In a letter to Ishiba, Trump threatened ..."
    r"in\s+(?:a|an|his|her|their|the)\s+(?:letter|call|message|post|statement|speech|interview)|"
    r"during|following|despite)\b"
    r"[^,;]{3,150},\s+"
    # ("If Moscow refuses, Macron said, the EU will hit ...": the speaker set off by commas)
    r"(?:[^,;]{1,40}\s(?:said|says|added|warned),\s+)?",
    re.IGNORECASE,
)


_THE_AT_END = re.compile(r"(?:^|(?<=\s))[Tt]he\s*$")


_AND_BEFORE = re.compile(r"\s(?:and|but|while|whereas)\s+(?:the\s+)?$")
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:will|would|has|have|had|is|are|was|were|could|can|may|might|must|should|also|then|"
    r"plans?\s+to|agreed\s+to|(?-i:[a-z]+ed))\b"
)


def _joined_subject(
    info: SentenceInfo, mentions: list[Mention], after: int, until: int
) -> Mention | None:
    """The subject of a clause joined by "and" without a comma, between ``after`` and
    ``until``: a state, or its leader, named right after "and", then a verb."""
    text = info.text
    for m in reversed(mentions):
        if not (after <= m.start and m.end <= until) or not m.countries:
            continue
        if m.form not in (PERSON, ROLE, *COUNTRY_FORMS):
            continue
        joined = _AND_BEFORE.search(text, max(0, m.start - 12), m.start)
        if (
            joined is not None
            and _VERB_AFTER_SUBJECT.match(text, m.end)
            # ("London, Paris and Ottawa warned ...", "after the U.S. and China agreed": the
            # last of a list of subjects; but "in the United States and the U.S. will cut")
            and not any(
                x.end == joined.start()
                and not clauses.OBJECT_OF_PREPOSITION.search(text, max(0, x.start - 12), x.start)
                for x in mentions
            )
        ):
            return m
    return None


def _first_subject(info: SentenceInfo, before: list[Mention], clause_start: int) -> Mention | None:
    for m in before:
        if m.form in (PERSON, ROLE) and m.person:
            return m
        if m.form == "group" and len(m.countries) == 1:
            return m  # "EU foreign ministers agreed ..."
        if m.form == PRONOUN and (m.person or "").lower() in ("he", "she", "we", "i"):
            return m  # "we" and "I" stand for the speaker
        if m.form in COUNTRY_FORMS:
            # ("For the first time, the EU has sanctioned ...": the article is the name's)
            lead = _THE_AT_END.sub("", info.text[clause_start : m.start]).strip()
            if (
                not lead
                or lead.lower() in ("but", "and")
                # "When Turkey slapped a 40 per cent tariff on ..., the decree ..."
                or _SUBORDINATOR_BEFORE.fullmatch(lead) is not None
                or lead.endswith((",", " and"))
                or clauses.TIME_OR_PLACE_LEAD.fullmatch(lead)
            ):
                return m
    return None


def _country_of(ctx: ArticleContext, info: SentenceInfo, m: Mention) -> str | None:
    parties = ctx.expand(info, m)
    return parties[0].country if parties else None


_ON_THEIR_GOODS = re.compile(
    r"\s+on\s+(?:its|their)\s+(?:\w+\s+)?(?:goods|exports|products|imports)\b", re.IGNORECASE
)
_TOLD_WHOM = gated(
    re.compile(
        # ("told Thailand and Cambodia their goods would face ...": the "that" left out)
        r"\b(?:told|warned|informed|notified|wrote\s+to)\s+(?P<whom>[^;]{2,80}?)\s+(?:that\b|"
        r"(?=(?:its|their)\s+(?:goods|exports|products|imports)\s+(?:would|will)\b))",
        re.IGNORECASE,
    )
)
# "sent Iraq a letter setting a 30% tariff on its goods": the goods of the one written to
_SENT_A_LETTER = re.compile(
    r"\b(?:sent|sends|send|sending|handed|hands|delivered)\s+(?P<whom>[^;,]{2,60}?)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?letter\b"
)
# "warned the BRICS countries that they would face", "threatened BRICS nations with"
_BLOC_MEMBERS_ADDRESSED = gated(
    re.compile(
        # ("demanded a commitment from BRICS members that ..., or else face 100% tariffs")
        r"\b(?:told|warned|threatened|threatening|informed|(?:demanded|asked|sought)\s+[^,;.]{0,40}?"
        r"\bfrom)\s+(?:the\s+)?"
        r"(?P<org>[A-Z]{3,6}\+?\s+(?:countries|nations|members|economies|states))\b"
    )
)
# "X, Y and the Z": a list goes on
_LIST_GAP_BEFORE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?")


_TARGET_BEFORE = word_start_first(
    re.compile(
        rf"\b(?:on|against|targeting|from)\s+{_SOME_OF}{_WORTH_OF}(?:imports\s+from\s+)?(?:the\s+)?$"
    )
)
_IMPORTS_FROM_BEFORE = word_start_first(re.compile(r"\bimports\s+from\s+(?:the\s+)?$"))
_GOODS_NAMED_AFTER = re.compile(
    r"(?:'s|’s|-(?:made|built|produced|manufactured|origin))?\s+(?P<goods>imports|goods|products|exports|EVs?\b|[A-Z]{2,5}s?\b|(?:[a-z][\w-]*)(?:(?:,\s*|\s+and\s+|\s+)(?!(?:to|from|into|at|by|in|when|as|for|of|after|before|which|that|since|until|over|currently|now|already|still|will|would|is|are|was|were|has|have|had|"
    + _VERBS_AFTER_GOODS
    + r")\b)[a-z][\w-]*){0,5})"
)
_MADE_IN_BEFORE = gated(
    re.compile(
        r"\b(?:made|produced|manufactured|originating|originate)\s+(?:in|from)\s+(?:the\s+)?$"
        r"|\b(?:goods|products|imports|exports)\s+of\s+(?:the\s+)?$"
    )
)
_HIT_TARGET_BEFORE = word_start_first(
    re.compile(
        rf"\b(?:on|against|targeting|from|hit|hits|hitting|to)\s+{_SOME_OF}{_WORTH_OF}(?:imports\s+from\s+|goods\s+from\s+|products\s+from\s+)?(?:the\s+)?{_ALLY_OF}$"
    )
)
_IMPORTS_INTO_BEFORE = word_start_first(re.compile(r"\bimports?\s+into\s+(?:the\s+)?$"))
_TO_THE_BEFORE = word_start_first(re.compile(r"\bto\s+(?:the\s+)?$"))
_SENT_TO_BEFORE = re.compile(
    r"\b(?:exports?|shipments?|appl(?:y|ies|ied|ying))\s+to\s+(?:the\s+)?$"
    # ("has applied a 10% baseline tariff to Brazilian goods")
    r"|\bappl(?:y|ies|ied|ying)\s+(?:an?\s+|the\s+|its\s+)(?:[\w%.-]+\s+){0,4}?"
    r"(?:tariffs?|duty|duties|levy|levies|rate)\s+to\s+(?:the\s+)?$"
)


def _targets(
    ctx: ArticleContext,
    info: SentenceInfo,
    mentions: list[Mention],
    trig: re.Match[str],
    seg_end: int,
    imposer: str | None,
) -> list[tuple[str, str | None]]:
    text = info.text
    if _ON_THEIR_GOODS.match(text, trig.end()):
        # "told Japan and South Korea that 25% tariffs on their goods would apply": the goods
        # of those told
        told = _TOLD_WHOM.search(text, 0, trig.start()) or _SENT_A_LETTER.search(
            text, 0, trig.start()
        )
        if told is not None:
            addressees = [
                m.countries[0]
                for m in mentions
                if m.countries
                and told.start("whom") <= m.start < told.end("whom")
                and m.countries[0] != imposer
            ]
            if addressees:
                return [(c, None) for c in dict.fromkeys(addressees)]
    out: list[tuple[str, str | None]] = []
    last_end = 0
    has_after = any(
        m.start > trig.end()
        and m.countries
        and _TARGET_BEFORE.search(text[max(0, m.start - 30) : m.start])
        for m in mentions
    )
    exempted = _EXEMPTION_BEFORE.search(text, max(0, trig.start() - 140), trig.start())
    for m in mentions:
        if not m.countries or m.form in (PRONOUN,):
            continue
        if out and _ASIDE_AFTER_TARGET.search(text, last_end, m.start):
            break  # "against Russia ..., including listings tied to shipments from North Korea"
        if (
            (
                _takes_object(trig.group("word").lower())
                # "it would sanction U.S. defence firms": the base verb after a modal
                or (
                    trig.group("word").lower() == "sanction"
                    and _MODAL_BEFORE.search(text, max(0, trig.start() - 12), trig.start())
                    is not None
                )
            )
            and m.start > trig.end()
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?", text[trig.end() : m.start])
            and not out
            and m.countries[0] != imposer
        ):
            out.append((m.countries[0], None))  # "sanctioned two Israeli ministers"
            last_end = m.end
            continue
        if (
            m.start < trig.start()
            and m.countries[0] != imposer
            and _HIT_WITH.search(text, 0, m.start)
            # "hit Brazil with", "hit Canadian lumber with", "hit Canadian steel and aluminum with"
            # ("threatened both Thailand and Cambodia with": each listed)
            and _GOODS_THEN_WITH.match(text, (listed := _listed_after(text, mentions, m))[-1].end)
        ):
            # "hit Brazil with a 50% tariff"
            out.extend((x.countries[0], None) for x in listed if (x.countries[0], None) not in out)
            last_end = listed[-1].end
            continue
        if (
            m.start < trig.start()
            and _HIT_APPOSED.fullmatch(text, m.end, trig.start())
            and m.countries[0] != imposer
        ):
            out.append((m.countries[0], None))  # "China, hit with US tariffs of 145 percent,"
            last_end = m.end
            continue
        if (
            m.start < trig.start()
            and _PROMISED.search(text, 0, m.start)
            and _A_MEASURE.fullmatch(text, m.end, trig.start())
            and m.countries[0] != imposer
        ):
            out.append((m.countries[0], None))  # "promised China an additional 10% tariff"
            last_end = m.end
            continue
        if (
            m.start < trig.start()
            and m.countries[0] != imposer
            and _IMPORTERS_OF.search(text, max(0, m.start - 20), m.start)
            and _MADE_TO_PAY.search(text, m.end, trig.start()) is None
            and re.search(r"\bto\s+pay\b", text[m.end : trig.start()])
        ):
            out.append((m.countries[0], None))  # "require importers of Canadian canola to pay"
            last_end = m.end
            continue
        if (
            m.start < trig.start()
            and exempted is not None
            and exempted.start() - 80 <= m.start
            and m.countries[0] != imposer
            and (
                _GOODS_AFTER.match(text, m.end)
                or re.search(r"\b(?:imported|made|shipped)\s+from\s+(?:the\s+)?$", text[: m.start])
            )
        ):
            # "exempt U.S. goods used in manufacturing from its 25% counter-tariffs",
            # "electronics imported from China were exempted from the 125% levy"
            out.append((m.countries[0], None))
            last_end = m.end
            continue
        if m.start < trig.start() and (
            has_after
            or not (
                re.search(
                    r"(?i)\bimports\s+from\s+(?:the\s+)?$", text[max(0, m.start - 20) : m.start]
                )
                # "imports from the European Union and Mexico would face ..."
                or (out and _LIST_GAP_BEFORE.fullmatch(text, last_end, m.start))
            )
        ):
            continue  # targets follow the measure, except "imports from X would face ..."
        # ("on C$155 billion ($106.6 billion) worth of U.S. goods": room for an amount told twice)
        before = text[max(0, m.start - 60) : m.start]
        after = text[m.end : m.end + 40]
        country = m.countries[0]
        goods = _GOODS_NAMED_AFTER.match(after)
        continues = (
            bool(out)
            and _LIST_GAP_BEFORE.fullmatch(text, last_end, m.start) is not None
            # (not "on India, Bangladesh's biggest rival": an apposition of the one before)
            and not _POSSESSIVE_NEXT.match(text, m.end)
        )
        if (
            continues
            or _MADE_IN_BEFORE.search(before)
            or _HIT_TARGET_BEFORE.search(before)
            # "rates of 19% for Indonesia": a rate for a state
            or _RATE_FOR.search(before)
            # "sanctioned more than 300 targets last week to punish Russia"
            or _TO_PUNISH.search(before)
            or _IMPORTS_FROM_BEFORE.search(before)
            or (_ON_EVERYTHING.search(before) and _SELLS.match(after))
        ):
            if _IMPORTS_INTO_BEFORE.search(before):
                continue
            if m.form == "demonym" and not goods:
                continue
            scope = None
            if (
                m.form == "demonym"
                and goods
                and goods.group("goods") not in ("imports", "goods", "products", "exports")
            ):
                scope = goods.group("goods").strip()
            # "exports to the US"; "the 10% baseline currently applies to Indian goods"
            if _TO_THE_BEFORE.search(before) and not _SENT_TO_BEFORE.search(before):
                continue
            if country != imposer:
                out.append((country, scope))
                last_end = m.end
        elif (
            m.form == "demonym"
            and m.start > trig.start()
            and re.search(
                r"^\s*(?:\S+\s+){0,3}?(?:on|against)\s+(?:[\w-]+\s+){0,4}$",
                text[trig.end() : m.start],
            )
            and not re.search(r"\b(?:over|for|because|after|by|with)\b", text[trig.end() : m.start])
            and re.match(r"\s+[a-z]", after)
        ):
            if country != imposer:
                out.append((country, None))
    if not out and _FROM_THE_COUNTRY.match(text, trig.end()):
        # "scrap its trade deal with Turkey and impose a 100% tariff on imports from the
        # country": the state named last before
        named = [
            m.countries[0]
            for m in mentions
            if m.end <= trig.start() and m.form in COUNTRY_FORMS and m.countries[0] != imposer
        ]
        out.extend((c, None) for c in named[-1:])
    if not out:
        # "wrote to Lula in July threatening a 50% tariff": the letter's addressee
        addressee = next(
            (
                m
                for m in mentions
                if m.end <= trig.start() <= m.end + 60
                and m.countries
                and m.form != PRONOUN
                and m.countries[0] != imposer
                and _LETTER_TO.search(text, max(0, m.start - 40), m.start)
            ),
            None,
        )
        if addressee is not None:
            out.append((addressee.countries[0], None))
    if not out:
        # "duties on European brandy": the EU has no demonym of its own in the gazetteer
        # ("European leaders" is a region), but European goods are the bloc's.
        european = _EUROPEAN_GOODS.match(text, trig.end(), seg_end)
        if european and imposer != "EU":
            out.append(("EU", european.group("goods")))
    return list(dict.fromkeys(out))


_ASIDE_AFTER_TARGET = re.compile(
    r",\s+(?:including|tied|linked|citing|accusing|accused|which|who|as|after|because|while)\b"
)
# "tariffs on everything Colombia sells"
_ON_EVERYTHING = word_start_first(
    re.compile(
        r"\bon\s+(?:everything|anything|whatever|all\s+(?:the\s+)?(?:goods|products))\s+(?:that\s+)?(?:the\s+)?$"
    )
)
_SELLS = re.compile(r"\s+(?:sells|exports|ships|makes|produces|sends)\b")
_EUROPEAN_MAKERS = gated(
    re.compile(
        r"\bEuropean\s+(?:[a-z-]+\s+)?(?:goods|exports|exporters|products|makers|producers|mills|"
        r"steelmakers|carmakers|automakers|manufacturers|companies|firms|industry|wine|cars)\b"
    )
)
_EUROPEAN_GOODS = gated(
    re.compile(
        r"\s*(?:[\w%.,-]+\s+){0,8}?(?:on|against|targeting)\s+(?:imports\s+of\s+)?"
        # ("on most European goods": how many, not whose)
        r"(?:(?:most|all|many|some|nearly\s+all|almost\s+all)\s+)?European\s+"
        r"(?P<goods>(?!leaders|officials|countries|nations|governments|capitals|allies)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    )
)


_AND_IMPOSE = re.compile(
    r"\band\s+(?:to\s+)?(?:impose|imposed|slap|slapped|levy|levied|introduce|introduced)\s+"
    r"(?:[\w%.-]+\s+){0,5}$"
)
_FROM_THE_COUNTRY = re.compile(
    r"\s+(?:[\w%.-]+\s+){0,3}?on\s+(?:all\s+)?(?:imports|goods|products)\s+from\s+the\s+country\b"
)
_LETTER_TO = re.compile(
    r"\b(?:wrote|writes|writing|letters?)\s+to\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$"
)
_TO_BEFORE = word_start_first(re.compile(r"\bto\s+(?:as\s+much\s+as\s+|about\s+)?$"))
_RANGE_OPENS = word_start_first(
    re.compile(r"\b(?P<opens>of|between|rang(?:e|es|ed|ing)\s+from)\s+$")
)
_RANGE_TO = re.compile(r"\s*(?:to|-|–)\s*")
_RANGE_AND = re.compile(r"\s+and\s+")


def _opens_a_range(text: str, rate: re.Match[str], rates: list[re.Match[str]]) -> bool:
    """Whether ``rate`` opens a range of rates ("tariffs of 25% to 40%", "duties of between
    15.6% and 62.4%", "ranging from 7.8% to 35.3%"): one measure, told by its highest rate (as
    "up to 40%" is), not a rate of its own and no change from one rate to the other."""
    opens = _RANGE_OPENS.search(text, max(0, rate.start() - 16), rate.start())
    if opens is None:
        return False
    joined = _RANGE_AND if opens.group("opens") == "between" else _RANGE_TO
    return any(joined.fullmatch(text, rate.end(), later.start()) for later in rates)


_WHICH_TOOK_EFFECT = re.compile(
    r"[^.;,]{0,80},\s+which\s+(?:took\s+effect|came\s+into\s+force|went\s+into\s+effect|"
    r"(?:has|have)\s+(?:applied|been\s+in\s+(?:force|place))|"
    # ("its 25% surtax on Chinese steel, which is due to expire on October 22": in force now)
    r"(?:is|are)\s+(?:due|set|scheduled)\s+to\s+(?:expire|lapse|run\s+out))\b"
)
_SHARE_OF = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all|[A-Z][\w.]*)\s+)*(?:[\w-]+\s+)?"
    r"(?:exports|imports|goods|products|tariff\s+lines|trade|items|shipments|output|GDP|economy|"
    r"budget|revenues?|debt|market|population|workforce|jobs|sales)\b"
    # "would add about 5pc to the cost of a tin": what a measure does to a price
    r"|\s+to\s+(?:the\s+)?(?:cost|price|prices|bills?)\b"
)
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[\w%.-]+\s+){0,3}")
_THE_KINGDOM = re.compile(r"\b[Tt]he\s+(?:kingdom|emirate|sultanate)\b")
_PROMISED = re.compile(
    r"\b(?:promised|promises|threatened|threatens|handed|hands|gave|gives)\s+(?:the\s+)?\Z"
)
_A_MEASURE = re.compile(r"\s+(?:a|an|the)\s+(?:[\w%.-]+\s+){0,4}")


def _listed_after(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the states listed right after it ("Thailand and Cambodia")."""
    run = [first]
    for m in mentions:
        if m.start >= run[-1].end and m.countries:
            if not _LIST_JOIN.fullmatch(text, run[-1].end, m.start):
                break
            run.append(m)
    return run


_LIST_JOIN = re.compile(r",\s+|,?\s+and\s+")
_GOODS_THEN_WITH = re.compile(
    r"\s+(?:(?!(?:who|which|that|after|when|as|to|in|on|over|for)\b)[a-z][\w-]*,?\s+){0,5}?with\b"
)
_HIT_WITH = re.compile(
    r"\b(?:hit|hits|slapped|slaps|targeted|targets|struck|punished|threatened|threatens)\s+"
    # ("to hit wine, champagne and other alcoholic products from the European Union with")
    r"(?:[a-z][\w-]*,?\s+){0,6}?(?:(?<=[a-z]\s)from\s+)?(?:the\s+)?\Z"
)


_GOODS_FROM = gated(
    re.compile(r"\bon\s+(?P<goods>[a-z][\w\s,-]{0,60}?)\s+(?:from|imported|imports)\b")
)
_NAMED_GOODS = gated(
    re.compile(
        # (not "on Chinese steel rose to 20%": the verb ends the goods)
        r"\bon\s+(?P<goods>(?:steel|aluminum|aluminium|cars|autos|auto\s+parts|semiconductors|chips|lumber|copper|pharmaceuticals|electric\s+vehicles|solar\s+panels|oil|gas)(?:\s*,?\s*(?:and\s+)?(?!(?:"
        + _VERBS_AFTER_GOODS
        + r")\b)[a-z][\w-]*){0,4})",
    )
)


def _scope(clause: str) -> str | None:
    m = _GOODS_FROM.search(clause)
    if m:
        goods = m.group("goods").strip(" ,")
        if goods and goods not in ("imports", "goods", "products"):
            return goods
    m = _NAMED_GOODS.search(clause)
    if not m:
        return None
    goods = re.split(
        r",\s+(?=(?:currently|which|that|set|now|already|were|was)\b)", m.group("goods")
    )[0]
    return goods.strip(" ,")


_SOMEONE_TO_DO = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}to\s+[a-z]")
_ANSWERED_BY = re.compile(
    r"\b(?:answer(?:ed|s|ing)?|respond(?:ed|s|ing)?\s+to|retaliat(?:e|ed|es|ing)\s+against|"
    r"hit(?:s|ting)?\s+back\s+at)\s+(?:the\s+)?(?:[\w%.’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A measure a deadline is set for is still to come.
_DEADLINE_FOR = gated(
    re.compile(
        r"\bdeadline\s+(?:for|to|before)\s+(?:impos\w*|slap\w*|introduc\w*|levy\w*|hik\w*|rais\w*)\s+"
        r"(?:[\w.%$'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
# A measure another answers: "in retaliation for the bloc's duties", "in response to higher
# U.S. duties" (not "in response to Washington's threatened levy")
_ANSWERED_MEASURE = gated(
    re.compile(
        r"\b(?:in\s+)?(?:retaliation|response|reprisal)\s+(?:for|to|against)\s+"
        r"(?:(?!(?:threat\w*|planned|proposed|possible|new|looming|any|future)\b)[\w.%$'’-]+\s+){0,4}$",
        re.IGNORECASE,
    )
)
_ANSWERING = re.compile(r"(?:in\s+response\s+to|as\s+punishment\s+for|in\s+retaliation\s+for)\s")
# (a figure's own point or comma, or an abbreviation's, ends nothing: "a record $11.1 billion
# package of U.S. arms sales")
_IN_A_CLAUSE = r"(?:[^,.;]|(?<=\d)[.,](?=\d)|" + clauses.ABBREVIATION_STOP + ")"
_ANSWERED = re.compile(
    _IN_A_CLAUSE
    + r"{6,80}?(?=\s+(?:and|but|while|after|as)\s|(?!(?<=\d)[.,]\d)(?:[,;]|(?<![A-Z])\.)|$)"
)


_REASON_OR_AIM = gated(
    re.compile(
        r"\b(?:over|for|because\s+of|in\s+response\s+to|as\s+punishment\s+for|in\s+retaliation\s+for)\s+(?:its\s+|their\s+|his\s+)?(?P<why>"
        + _IN_A_CLAUSE
        + r"{6,80})"
        # "to curb fentanyl flows": the aim
        r"|\b(?:to|in\s+a\s+bid\s+to)\s+(?P<aim>(?:curb|stop|halt|stem|counter|punish|pressure|force|"
        r"protect|shield|end|deter)\s[^,.;]{4,80})",
    )
)


def _reason(text: str, start: int, end: int) -> str | None:
    m = _REASON_OR_AIM.search(text[start:end])
    if not m:
        return None
    if m.group("aim"):
        return m.group("aim").strip()
    why = m.group("why").strip()
    if _SOMEONE_TO_DO.match(why):
        return None  # "only for Donald Trump to suspend it": what followed, not why
    if _ANSWERING.match(m.group(0)):
        # "in retaliation for Ottawa's EV duties": what it answers is told whole, even when
        # it names a measure of its own (where the measure's segment ends)
        whole = _ANSWERED.match(text, start + m.start("why"))
        why = whole.group(0).strip() if whole else why
    if re.match(
        # a span of time ("for the next five years"), not a reason
        r"(?:\d|the\s+same|an?\s+(?:\w+\s+)?(?:day|week|month|year)s?\b|another|"
        r"(?:the\s+next\s+|a\s+further\s+)?\w+\s+(?:days|weeks|months|years)\b)",
        why,
    ) or _RATE.search(why):
        return None  # ("12% for Baosteel and 40% for Ansteel": whose rate, not why)
    if _A_DAY.match(why):
        return None  # "which had been scheduled for March 1": when, not why
    return why


# A reason that is only a day: a month and its day, or a weekday
_A_DAY = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
