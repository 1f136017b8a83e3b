"""Calls, meetings, talks and visits between two or more countries' people.

Rules:
- A trigger word ("spoke by phone", "met", "held talks", "will travel to") opens a clause
  window. The agent is the nearest party before the trigger (or the main clause's subject
  when the trigger sits in "after speaking to ..."); the other parties follow it ("with",
  "to", "between"). A noun trigger ("a phone call") needs its parties attached to it:
  "between A and B", "A's meeting with B", "his meeting", "talks he held with B".
- A list of counterparts is one event each ("spoke with Xi and Lukashenko" → two calls),
  unless the text makes it one event ("together", "joint", a group such as "European
  leaders", a summit, or a meeting with three or more others).
- Negated, hypothetical, urged or merely suggested events produce nothing. A mention with
  no tense cue only adds evidence to an event the article already reports.
- An interaction needs two different countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from analyst.extract import clauses
from analyst.extract.context import BLOC_SUMMIT, BLOCS, COUNTRY_FORMS, ArticleContext, SentenceInfo
from analyst.extract.dates import CALENDAR_WORDS, FULL_MONTHS, MONTHS, WEEKDAYS, DateMention
from analyst.extract.gazetteer import CAPITAL, CITY, SEAT
from analyst.extract.mentions import DEMONYM, GROUP, PERSON, PRONOUN, REGION, ROLE, Mention
from analyst.extract.quick import gated, match_starts, word_start_first
from analyst.extract.trie import by_first_letter
from analyst.model import Evidence, FuzzyDate, Participant

# A weekday or a month ("called on Tuesday", "a call on March 3"), not a name ("Marcos").
_DAY_OR_MONTH = (
    "(?:"
    + "|".join(w.capitalize() for w in sorted([*WEEKDAYS, *MONTHS], key=len, reverse=True))
    + r")\b\.?"
)
# "will call on President Murmu" is a visit in person: no phone call then.
# (Read right after "call": not after "will", "to", ... or not followed by "on" and a name.)
_NOT_CALL_ON_SOMEONE = (
    r"(?:(?<!\bwill\scall)(?<!\bto\scall)(?<!\bwould\scall)(?<!\bshall\scall)"
    r"|(?!\s+on\s+(?!" + _DAY_OR_MONTH + r")(?:[A-Z]|the\s+[A-Z])))"
)

_TRIGGERS: list[tuple[str, str, str]] = [
    # (kind, part of speech, pattern)
    # "Pezeshkian and Erdogan discussed the situation in Gaza by telephone" (with whom not
    # told: "discussed the sanctions by phone with Scholz" is read as talks with him, by phone)
    (
        "call",
        "verb",
        r"discuss(?:ed|es)(?=\s[^.;]{3,80}?\bby\s+(?:tele)?phone\b)(?![^.;]*\bwith\s)",
    ),
    # "Carney and Trump discussed the review on Monday on the sidelines of the G7 summit": in
    # person, where they both were
    (
        "meeting",
        "verb",
        r"(?<!business\sleaders\s)(?<!industry\sleaders\s)(?<!executives\s)"
        r"discussed(?=\s[^.;,]{3,80}?\bon\s+the\s+(?:sidelines|margins)\s+of\b)(?![^.;]*\bwith\s)",
    ),
    # "Albanese told Xi in Beijing on Monday that ...": said to someone in a place, in person
    (
        "meeting",
        "verb",
        r"(?:told|assured|warned|urged)(?=\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:in|at)\s+"
        r"(?!(?:A|An|The)\b)[A-Z])",
    ),
    (
        "call",
        "verb",
        r"(?:spoke|speak|speaks|speaking|spoken|talked|talks|talking)\s+(?:\w+\s+){0,2}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone"
        # "Xi and Putin spoke via video on Monday"
        r"|(?:spoke|speak|speaks|speaking|spoken|talked)\s+(?:by|via|over)\s+(?:a\s+)?video(?:\s*(?:link|conference|call))?",
    ),
    (
        "call",
        "verb",
        r"(?:held|hold|holds|holding|had|has|have)\s+(?:an?\s+)?(?:\w+\s+)?(?:tele)?phone\s+(?:call|calls|conversation|talks|talk)",
    ),
    (
        "call",
        "noun",
        r"(?:tele)?phone\s+(?:call|calls|conversation|conversations|talks|talk)|video\s+(?:call|conference|link)|"
        # "held a virtual summit": over a link, not in person
        r"(?:virtual|online)\s+(?:summit|meeting|talks)",
    ),
    ("call", "verb", r"(?:phoned|telephoned|dialed|dialled|rang)"),
    # "he would phone Modi", "plans to telephone fellow BRICS leaders"
    (
        "call",
        "verb",
        r"(?<!\bby\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)"
        r"(?:phone|phones|phoning|telephone|telephones|telephoning)"
        r"(?=\s+(?:his|her|their|fellow|the\s+[A-Z]|[A-Z]))"
        rf"(?!\s+(?:{CALENDAR_WORDS})\b)",
    ),
    # "took a call from his Pakistani counterpart"
    (
        "call",
        "verb",
        r"(?:took|takes|received|receives|got|returned)\s+(?:a|an|the)\s+(?:(?!courtesy\b)\w+\s+)?call\s+from",
    ),
    (
        "call",
        "verb",
        r"(?:discussed|discusses|discussing|discuss|briefed|briefs|updated|consulted|conferred|"
        r"exchanged\s+(?:views|greetings|messages))\s+(?:[\w-]+\s+){0,8}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone",
    ),
    # "prepared the ground by phone with Merz": the medium names the call.
    (
        "call",
        "verb",
        r"by\s+(?:tele)?phone\s+with(?=\s+(?:[A-Z]|his|her|the))",
    ),
    (
        "call",
        "verb",
        r"(?:called|calls|call|calling)(?!\s+(?:for|on|off|it|them|(?:him|her)(?!\s+"
        # "Lutnick called her late on Thursday to confirm ...", not "called him a liar"
        r"(?:on|late|early|last|this|from|again|after|before|shortly|to\s+(?:congratulate|discuss|"
        r"confirm|offer|express|ask|say|tell|thank|brief))\b)|the\s+\w+\s+a|out|upon))"
        r"(?=\s+(?:his|her|him|their|[A-Z]|the\s+(?:[A-Z]|\w+\s+(?:president|leader|prime)|leaders)))"
        # "called Petro an \"illegal drug leader\"": a name, not a phone call.
        r"(?!\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:an?\s+|the\s+)?[\"“])",
    ),
    # "Trump called again on April 29 to congratulate Carney": the one congratulated
    (
        "call",
        "verb",
        r"(?:called|phoned|rang)\s+(?:again\s+|back\s+)?(?:on\s+(?:[\w.,]+\s+){1,3}?)?"
        r"to\s+(?:congratulate|thank|console)(?=\s+(?:his|her|[A-Z]))",
    ),
    # (not "will call on President Murmu": a visit in person, below)
    ("call", "noun", r"(?:calls|call)" + _NOT_CALL_ON_SOMEONE),
    (
        "call",
        "verb",
        r"(?:spoke|speak|speaks|speaking|spoken|talked)(?:\s+(?:twice|privately|briefly|separately|"
        r"again|directly|personally|also|at\s+length|today|yesterday|earlier|later|"
        # "spoke three times over the weekend with Zelensky"
        r"(?:two|three|four|five|several|many|multiple)\s+times|over\s+the\s+weekend|"
        r"last\s+(?:week|night|month)|"
        # "had spoken over the past 48 hours with Jaishankar"
        r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:hours|days|week|weeks)|"
        # "had spoken by video call with": the call is the verb's, not a second event
        r"by\s+video\s+(?:call|link|conference)|"
        r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,2}\s+(?:with|to)",
    ),
    # "Putin and Trump spoke for 90 minutes on Tuesday": two who spoke, the call theirs
    (
        "call",
        "verb",
        r"(?:spoke|spoken|talked|speak|talk)(?=\s+(?:for\s+the\s+(?:first|second|third|\w+th)\s+time\s+)?"
        r"(?:(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b|for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
        # "for two and a half hours", "for an hour and a half"
        r"(?:an?\s+|\w+\s+){0,2}(?:and\s+a\s+half\s+)?(?:minutes|hours?)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
        r"again|last\s+(?:week|night|month)|yesterday|by\s+video|"
        # "The two had spoken only once before, in a phone call on Nov. 7"
        r"only\s+once|once\s+before)\b)",
    ),
    ("call", "noun", r"conversations?"),
    (
        "talks",
        "verb",
        # (not "had proposed the talks", "have ruled out talks": a verb of its own, not "had")
        r"(?:held|hold|holds|holding|had|have|has)\s+(?!(?:proposed|suggested|offered|requested|"
        r"sought|rejected|refused|ruled|wanted|planned|scheduled|called|cancell?ed|postponed)\b)"
        r"(?:\w+\s+){0,2}?(?:talks|negotiations|discussions)",
    ),
    # "agreed to launch talks on nuclear arms control", "Macron and Xi begin bilateral talks"
    # (see _leaders_launch; not "launched the negotiations", "resume their talks": those told
    # before; not "resume trade talks": a process between states)
    (
        "talks",
        "verb",
        r"(?:launch(?:ed|es|ing)?|resum(?:e|ed|es|ing)|(?:re)?start(?:ed|s|ing)?|begin(?:s|ning)?|"
        r"began|(?:re)?open(?:ed|s|ing)?)\s+(?!(?:the|their|its|his|her|to)\b)"
        r"(?:(?!(?:trade|free-trade|investment)\b)\w+\s+){0,2}?(?:talks|negotiations)",
    ),
    # "will open the second round of talks in London on September 8", "concluded a round of
    # negotiations on Friday": a round is a sitting, held
    (
        "talks",
        "verb",
        r"(?:open(?:ed|s|ing)?|conclud(?:e|ed|es|ing)|complet(?:e|ed|es|ing)|"
        r"wrap(?:ped|s|ping)?\s+up|end(?:ed|s|ing)?|began|begin(?:s|ning)?|start(?:ed|s|ing)?|"
        r"launch(?:ed|es|ing)?|resum(?:e|ed|es|ing))\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
        r"round\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations)",
    ),
    # "raised the issue with Landau", "discussed trade with Takaichi": talks with a person
    # (see _TOPIC_WITH: "discussed cooperation with China" names a topic).
    (
        "talks",
        "verb",
        r"(?:(?:discussed|discusses|discussing|(?<=\bwill\s)discuss|(?<=\bwill\salso\s)discuss|raised|raises|raising)\s+"
        # "discussed Ukraine in a phone call with": the call is the event
        # ("will discuss whether to extend the truce with China": a question, not a partner)
        r"(?:(?!(?:phone|telephone|call|calls|video|meeting|meetings|summit|visit|talks|whether|how)\b)[\w'’-]+\s+){1,10}?"
        # "negotiated the deal with Chinese Vice Premier He Lifeng"
        r"|(?:negotiated|negotiates|negotiating)\s+(?:(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,2}?)?)with"
        r"(?=\s+(?:[A-Z]|his|her|their|the\s+[A-Z]|the\s+\w+\s+(?:president|leader|prime|foreign)))",
    ),
    # "a director-general-level trade dialogue", "the UAE-US Strategic Dialogue"
    (
        "talks",
        "noun",
        r"talks|negotiations|discussions|consultations|"
        # "after a final session with U.S. Trade Representative Jamieson Greer"
        r"(?:negotiating\s+)?sessions?(?=\s+with\b)|"
        r"(?:(?<=[Ss]trategic\s)|(?<=[Tt]rade\s)|(?<=[Ee]conomic\s)|(?<=[Ss]ecurity\s)|"
        r"(?<=[Mm]inisterial\s)|(?<=-level\s))[Dd]ialogue",
    ),
    (
        "meeting",
        "verb",
        r"(?:met|meet|meets|meeting)(?!\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?:\w+\s+)?(?:deadline|demand|target|expectation|criteria|requirement|standard|threshold|goal|need|condition|obligation|commitment|challenge|press|reporters|journalists)s?\b)"
        # ("met a Russian delegation in Abu Dhabi")
        r"(?=\s+(?:with|[A-Z]|an?\s+[A-Z]|al-|el-|his|her|him|them|their|the|in|on|at|for|twice|briefly|privately|again|face|separately|behind|later|earlier|last|next|this|today|yesterday|tomorrow"
        # "will meet early next year", "by the end of the year", "during the G20", "soon"
        r"|early|late|soon|by|within|during|(?:before|after)\s+(?:the|a|an|next|this|\d)"
        # "met near Paris", "met outside Moscow", "met virtually"
        r"|near|outside|inside|amid|alongside|virtually|online))"
        r"|(?:sat|sit|sits|sitting)\s+down\s+(?:with|together)|shook\s+hands(?:\s+with)?"
        # "is expected to see Putin again in October", "to see Chinese President Xi": in person
        # (not a trip's purpose, "flew to Paris to see Macron", which the trip tells)
        r"|(?:(?<=\bexpected\sto\s)see|(?<=\bexpects\sto\s)see|(?<=\bexpect\sto\s)see|"
        r"(?<=\bhopes\sto\s)see|(?<=\bwill\s)see|(?<=\bwould\s)see|saw|"
        # "Trump would greet Syrian President Ahmed al-Sharaa in Riyadh on Wednesday"
        r"(?<=\bwill\s)greet|(?<=\bwould\s)greet|(?<=\bto\s)greet)(?=\s+(?:(?:[A-Z][a-z]+\s+)?(?:President|Prime\s+Minister|Premier|"
        r"Chancellor|King|Crown\s+Prince|Emir)\b|[A-Z][\w-]+\s+(?:again|in|on|at|before|during)\b))"
        # "Anwar and Wong witnessed the signing of the agreement": together, in one room
        r"|(?:witnessed|witness|witnesses|witnessing)\s+the\s+signing"
        # "Biden and Zelensky are due to sign a ten-year security agreement" (two leaders
        # named: see _leaders_sign)
        r"|(?:sign|signs|signed|signing)(?=\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,4}?"
        # ("signed the Washington Accords": a name's capital)
        r"(?i:agreements?|accords?|treaty|treaties|pacts?|declarations?|partnerships?|deals?)\b)"
        # "are expected to brief Umerov in Miami on Thursday": in person, somewhere
        r"|(?:brief|briefs|briefed)(?=\s+(?:[A-Z][\w’'.-]*\s+){1,4}in\s+(?:the\s+)?[A-Z])"
        # "they dined at the Elysee", "lunched with Macron", "had lunch with Trump"
        r"|(?:dined|dines|dine|dining|lunched|lunches)(?=\s+(?:with|together|at|in|on)\b)"
        # "Stubb played golf with Trump in Florida on Saturday"
        r"|(?:played|plays|play|playing)\s+(?:a\s+round\s+of\s+)?golf(?=\s+(?:with|together)\b)"
        r"|(?:had|has|have|having)\s+(?:a\s+)?(?:private\s+|working\s+|long\s+)?(?:lunch|dinner|breakfast)"
        r"(?=\s+with\b)"
        # "Macron hosted a dinner for Lula at the Elysee Palace"
        r"|(?:hosted|hosts|host|hosting)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|banquet|"
        r"breakfast)\s+for(?=\s+(?:[A-Z]|his|her|the\s+(?:visiting\s+)?[A-Z]))"
        # "Abiy called on Ramaphosa at the leaders' lounge" (a courtesy call), not "called on
        # Russia to stop".
        # ("a call on TikTok" is a phone call: the base form only after "will", "to", ...)
        r"|(?:called|calls|calling|(?<=\bwill\s)call|(?<=\bto\s)call|(?<=\bwould\s)call|(?<=\bshall\s)call)"
        r"\s+on(?!\s+"
        + _DAY_OR_MONTH
        # ("called on him at his hotel")
        + r")(?=\s+(?:[A-Z]|the\s+[A-Z]|the\s+\w+\s+(?:president|prime|leader)|(?:him|her)\s+(?:at|in)\b))"
        r"(?![^,.;]{0,60}?\bto\s+(?!the\b|a\b|an\b)[a-z]+)",
    ),
    # ("held a bilateral with Modi")
    ("meeting", "noun", r"meetings?|summit|face-to-face|(?<=\ba\s)bilateral(?=\s+with\b)"),
    # "received a courtesy call from the ambassador", "paid a courtesy call on Marcos": a
    # visit paid in person, no phone call
    (
        "meeting",
        "verb",
        r"courtesy\s+calls?\s+(?:from|on)(?=\s+(?:[A-Z]|the\s+))",
    ),
    # "Erdogan brought Abiy and Hassan Sheikh together in Ankara": a meeting he hosted
    ("talks", "verb", r"(?:brought|brings|bring|bringing)(?=\s+[A-Z][^.;]{0,80}?\s+together\b)"),
    (
        "visit",
        "verb",
        r"(?:visits|visited|(?<!\bwith\s)(?<!\bthe\s)(?<!\ba\s)visiting|(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!-day\s)visit)(?=\s+(?:both\s+)?(?:[A-Z]|the\s+[A-Z]))"
        # "Xi toured Vietnam, Malaysia and Cambodia"
        r"|(?:toured|tours|touring|(?<=\bwill\s)tour|(?<=\bto\s)tour)(?=\s+(?:the\s+)?[A-Z])"
        # "Ishiba came to Busan", "Goyal will lead a delegation to the United States"
        r"|(?:came|comes|coming)(?=\s+to\s+(?:the\s+)?[A-Z])"
        # "Modi went to Moscow for talks with Putin", "Szijjarto will return to Washington" (a
        # trip ahead: "since he returned to the White House" is an inauguration)
        # ("Albanese went on to Port Vila")
        r"|(?:went|goes|go|going|(?<=\bwill\s)return)(?:\s+on)?(?=\s+to\s+(?:the\s+)?[A-Z])"
        # "accepted an invitation to return to Egypt next year"
        r"|(?<=\binvitation\sto\s)return(?=\s+to\s+(?:the\s+)?[A-Z])"
        # ("will lead a delegation of winemakers to China")
        r"|(?:lead|leads|led|leading)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?delegation"
        r"(?:\s+of\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2})?(?=\s+to\s+(?:the\s+)?[A-Z])"
        # "Trump dispatched envoy Steve Witkoff to Moscow": the sender's country visits
        r"|(?:sent|sends|send|dispatched|dispatches|dispatch)\s+(?:his\s+|her\s+|its\s+|their\s+|an?\s+|the\s+)?"
        r"(?:special\s+|top\s+|chief\s+)?(?:envoy|negotiator|emissary|delegation|"
        r"(?:negotiating|trade|government|official)\s+team)(?:\s+[A-Z][\w.’'-]*){0,3}"
        r"(?=\s+to\s+(?:the\s+)?[A-Z])"
        # "Trump departs Kuala Lumpur for Tokyo on Oct. 27", "left for Hanoi", "headed to Riyadh"
        # ("would leave for Tokyo on Monday")
        r"|(?:leave|leaves|left|leaving|depart|departs|departed|departing|sets\s+off|set\s+off|heads|headed|"
        r"heading)"
        r"\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}?)?(?:for|to)(?=\s+(?:the\s+)?[A-Z])"
        # ("is flying to Washington on Monday"; "before flying to Doha", the next leg, as
        # "before heading to")
        r"|(?:travel|travels|travell?ed|travell?ing|fly|flies|flew|flown|"
        r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bbefore\s))flying|"
        # "Milei jetted to Israel on Tuesday"
        r"jetted(?:\s+off)?)"
        r"(?:\s+(?:together|again|briefly|"
        r"secretly|separately|first|later|on))?(?=\s+(?:to\s+)?(?:[A-Z]|the\s+[A-Z]))",
    ),
    (
        "visit",
        "verb",
        r"(?:(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:due|expected)\s+(?:at|in)|had\s+been\s+due\s+in)(?=\s+(?:the\s+)?[A-Z])|(?:arrive|arrives|arrived|arriving|land|lands|landed|landing|stop|stops|stopped|stopping)\s+(?:over\s+)?in(?=\s+[A-Z])"
        # "Zelensky arrived at the White House"
        r"|(?:arrive|arrives|arrived|arriving)\s+at(?=\s+(?:the\s+)?[A-Z])"
        # "Ishiba touched down in Manila on Monday"
        r"|(?:touched|touches|touching)\s+down\s+in(?=\s+[A-Z])"
        # "Abiy stepped off his plane in Mogadishu"
        r"|(?:stepped|steps|stepping)\s+(?:off|out\s+of|down\s+from)\s+(?:his|her|the|their)\s+(?:plane|aircraft|jet)\s+(?:in|at)(?=\s+(?:the\s+)?[A-Z])"
        # "Netanyahu was at the White House a week ago", "was last in China on a state visit"
        r"|(?:was|were)\s+(?:(?:last|previously|first)\s+)?(?:at|in)(?=\s+(?:the\s+)?[A-Z])"
        # "Biden spent Monday in Kyiv"
        r"|(?:spent|spends|spending)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:day|weekend|night)|"
        r"(?:two|three|four|several|a\s+few)\s+(?:days|hours))\s+in(?=\s+(?:the\s+)?[A-Z])"
        # "Modi will be in Rome next week", "made a stopover in Rome"
        r"|(?<=\bwill\s)be\s+in(?=\s+(?:the\s+)?[A-Z])"
        r"|(?:(?<=\ba\s)|(?<=\bhis\s)|(?<=\bher\s))stopover\s+in(?=\s+[A-Z])"
        # "Mohammed bin Salman was welcomed at the White House"
        r"|(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:welcomed|received|hosted)\s+(?:at|in)(?=\s+(?:the\s+)?[A-Z])",
    ),
    ("visit", "noun", r"(?:state\s+|official\s+|working\s+)?visit|trip|tour"),
    (
        "visit",
        "host",
        # "received visiting Spanish Prime Minister Pedro Sanchez": one hosting, not a visit too
        # ("talks with host President Putin": a title, not a hosting)
        r"(?<!with\s)(?<!the\s)(?<!its\s)(?:host|hosts|hosted|hosting|welcomed|welcomes|welcome|welcoming|receive[sd]?|receiving|greeted|greets)(?:\s+visiting)?(?=\s+(?:[A-Z]|him|her|his|the\s+[A-Z]|the\s+\w+\s+(?:president|leader|prime)|"
        r"the\s+(?:leaders?|heads|presidents|prime\s+ministers|foreign\s+ministers|delegations?)\s+of\b))"
        # "The Emir received in audience the Turkish Foreign Minister"
        r"|(?:received|receives|receiving)\s+in\s+(?:an\s+)?audience(?=\s+(?:[A-Z]|the\s+))"
        # "Lourenço, whom Biden received at the White House": the guest told before
        r"|(?:received|hosted|welcomed)(?=\s+(?:at|in)\s+(?:the\s+)?[A-Z])"
        # "Sharif and Munir were received by President Trump at the White House"
        r"|(?:(?:was|were|is|are|being)\s+(?:\w+ly\s+)?(?:received|hosted|welcomed)|"
        r"(?:has|had|have)\s+been\s+(?:\w+ly\s+)?(?:received|hosted))"
        # ("was received today, Monday 29 July, by the President of ...")
        r"(?:\s+(?:today|yesterday))?(?:,\s+[\w\s]{3,30},)?\s+by(?=\s+(?:[A-Z]|the\s+))"
        # "Muizzu will be received by President Murmu on Tuesday"
        r"|(?<=\bbe\s)(?:received|hosted|welcomed)\s+by(?=\s+(?:[A-Z]|the\s+))",
    ),
]
_TRIGGER_RE = re.compile(
    "|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (_, _, p) in enumerate(_TRIGGERS))
)
# Every trigger starts with one of these words, at a word's start; the triggers are tried only
# where one stands (a scan with ~20 alternatives at every character is the extractor's
# costliest step) ...
_LEAD_WORDS = (
    r"spok|speak|talk|held|hold|had|has|have|tele|phone|video|virtual|online|exchang|dial|rang|call|conversation|discuss|"
    r"negotiat|discussion|consultation|session|dialogue|Dialogue|met\b|meet|summit|face-to-face|courtesy|sat\b|sit|shook\b|rais|visit|travel|fly|"
    r"took\b|takes\b|got\b|return|step|bring|brought|din|lunch|see\b|saw\b|sign|"
    r"flies|flew|flown|witness|leav|left\b|depart|sets\s+off|set\s+off|heads\b|headed\b|heading\b|is\b|are\b|was\b|were\b|arriv|land|stop|came\b|comes\b|coming\b|went\b|goes\b|go\b|going\b|lead|led\b|brief|updat|consult|by\b|tour|state\b|official\b|working\b|trip|host|welcom|receiv|sen[dt]|dispatch|"
    r"confer|bilateral\b|greet|be\b(?<=will\sbe)|spen[dt]|launch|resum|start|begin|began\b|open|"
    r"restart|reopen|told\b|assured\b|warned\b|urged\b|jetted\b|touch|play|conclud|complet|wrap|"
    r"end\b|ends\b|ended\b|ending\b"
)
_LEAD = by_first_letter(_LEAD_WORDS.split("|"))
_LEAD_AT_START = re.compile(_LEAD)
# ... and where one stands after another character: a scan for the few characters that are no
# ASCII word character costs far less than a look for a word's start at every letter. (After a
# letter that is not ASCII, a lead is no word's start: the triggers' own "\b" tells.)
_LEAD_AFTER = re.compile("[^0-9A-Z_a-z]" + _LEAD)


def _triggers_opening_with(letter: str) -> re.Pattern[str]:
    """``_TRIGGER_RE`` less the triggers whose matches cannot open with ``letter``: where that
    letter stands, the same match (the same trigger's group names it)."""
    return re.compile(
        "|".join(
            f"(?P<t{i}>{trigger})"
            for i, (_, _, p) in enumerate(_TRIGGERS)
            if (starts := match_starts(re.compile(trigger := f"\\b(?:{p})\\b"))) is None
            or any(start.startswith(letter) for start in starts)
        )
    )


# A lead word's first letter → the triggers to try there (_TRIGGER_RE tries all 25 in turn).
_TRIGGERS_AT = {word[0]: _triggers_opening_with(word[0]) for word in _LEAD_WORDS.split("|")}
_OPENING_WORD = re.compile(r"(?:\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[—–-]\s)?\s*([A-Z][a-z]+)\b")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")
_DELEGATION = re.compile(
    r"\s+(?:trade\s+|negotiating\s+|government\s+|official\s+)?(?:team|delegation|negotiators|envoys?|mission)\b"
)
_PLANNED_FOR = gated(re.compile(r"\b(?:expected|planned|scheduled|set|due)\b[^,;]*$"))
# (gated: it nearly never matches; read only where its words stand)
_NOUN_DENIED = gated(
    re.compile(
        # "... is not on the agenda", "A fifth round of U.S.-Iran talks has not been scheduled"
        r"[^.;]{0,80}?\b(?:is|was|are|were|has|have|had)\s+(?:been\s+)?(?:not|never|no\s+longer)\b"
        r"|[^.;]{0,80}?\b(?:isn|wasn|aren|weren|hasn|haven|hadn)['’]t\b"
    )
)
# "reports of a planned meeting between ... on the margins of the summit are not true"
_SAID_UNTRUE = gated(
    re.compile(
        r"\b(?:is|are|was|were)\s+(?:not\s+true|untrue|false|unfounded|baseless|groundless)\b"
    )
)
_BY_VISITOR = re.compile(r"\s+by\s+")
_SIDELINES = gated(
    re.compile(
        r"\bon\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+|a\s+)?(?P<summit>[^,;.]{3,60})"
    )
)
_AGAINST = gated(re.compile(r"\bagainst\s*$"))
_PARTICIPLE_TRIP = re.compile(
    r"(?:heading|travell?ing|flying|going|stopping|visiting|arriving|touring|continuing)\b"
)
_ON_ITS_SIDELINES = word_start_first(
    re.compile(
        r"\bon\s+the\s+(?:sidelines|margins|fringes)\s+of\s+(?:the|a|an|this|last)\s+(?:[\w–-]+\s+){0,5}$"
    )
)
_TO_SAVE_IT = gated(
    re.compile(
        r"\bto\s+(?:try\s+to\s+|help\s+)?(?:keep|save|salvage|rescue|revive)\s+(?:the|their|his|her)\s+"
        r"(?:[\w-]+\s+){0,2}$"
    )
)
_DID_BEFORE = word_start_first(re.compile(r"\bdid\s+(?:\w+ly\s+|also\s+|still\s+)?$"))
_ACCEPTED_EVENT = gated(re.compile(r"\baccept(?:ed|s|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"))
_IN_PRINCIPLE = re.compile(r"\bin\s+principle\b|\bbut\s+only\s+if\b|\bon\s+condition\b")
_ACCEPTED_INVITATION = gated(
    re.compile(
        r"\baccept(?:ed|s|ing)?\s+(?:an\s+|the\s+|their\s+|his\s+|her\s+|[\w.-]+(?:\s+[\w.-]+)?['’]s\s+)?"
        r"invitation\b"
    )
)
# "Yoon invited Fiala to visit Seoul ..., and officials said the prime minister had accepted"
_INVITED_TO = gated(
    re.compile(
        r"\b(?:invit(?:ed|es)|invitation\s+to)\s+(?:[\w.’'-]+\s+){1,5}?to\s+"
        # "extended an invitation to President Thuong to pay a state visit"
        r"(?:(?:pay|make)\s+(?:a|an)\s+)?$"
    )
)
_INVITATION_TAKEN_UP = re.compile(
    r"[^.;]*?\b(?:(?:has|had)\s+been\s+accepted|accepted(?:\s+(?:the|an|his|her|their)\s+"
    r"invitation|\s+it\b|\s*(?:[.,;]|$)))",
    re.IGNORECASE,
)
_TAKEN_UP_DOUBTED = re.compile(r"\b(?:not|whether|yet|if)\b|n[’']t\b")
_NO = word_start_first(re.compile(r"\bno\b"))  # "have held no direct negotiations"
_AT_PLACE = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")
_PLACE_AFTER_VISIT = re.compile(
    r"(?:.*\b(?:to|in))?\s*(?:the\s+|both\s+)?", re.DOTALL
)  # ("visited both Delhi and ...")
# "a five-day tour of Vietnam, Malaysia and Cambodia": "of" just after the word, before a list
# (not "the centrepiece of a six-day tour of China", told as the frame of talks)
_OF_AFTER_VISIT = re.compile(r"\s*of\s+(?:the\s+)?")
# "met in the Albanian capital, Tirana": the place the capital is, named after it
_CAPITAL_NAMED = re.compile(r"\b(?:capital|city|port|resort)\s*,\s*$")
# "Jordan's King Abdullah", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani"
_OWNS_PERSON = re.compile(r"['’]s\s+(?:(?:[a-z-]+\s+){0,3}?[a-z-]+,\s+)?")
_BY_PHONE_AFTER = gated(
    # ("held talks via video link", "by videoconference")
    re.compile(
        r"(?:\s+[\w.'’-]+){0,8}?\s+(?:by|over\s+the|via)\s+(?:tele)?phone\b"
        r"|\s+(?:by|via|over)\s+(?:a\s+)?video(?:\s*(?:link|conference|call))?\b"
    )
)
_IN_A_CALL = re.compile(
    r"(?:\s+[\w.,'’-]+){0,16}?\s+(?:in|during)\s+an?\s+(?:video|phone|telephone|conference)\s+call\b"
)
_MEDIUM_BEFORE = re.compile(r"\b(?:by|via|over)\s+(?:a\s+|the\s+)?\Z", re.IGNORECASE)
_HOSTED_FOR = gated(
    re.compile(
        r"\b(?:hosted|hosts|hosting|welcomed|received)\s[^.;]{0,120}?\bfor\s+(?:(?:a|an|the|their)\s+)?"
        r"(?:[\w-]+\s+){0,2}$"
    )
)
_FOR_EVENT = re.compile(
    r"\bfor\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:talks|meetings?|summit|discussions|consultations|dinner|lunch)\b"
)
_APPOSITION_EVENT = re.compile(
    r",\s+(?:their|his|her|its|the)\s+(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+)?$"
)
# (not "travels to Brussels on March 3 for talks with EU leaders": whom the talks are with)
_AMONG_LEADERS = gated(
    re.compile(
        r"[^.;]{0,60}?\b(?<!talks\s)(?<!meeting\s)(?<!meetings\s)(?:with|among|alongside)\s+"
        r"(?:the\s+)?(?:other|fellow|[A-Z][\w-]*)\s+"
        r"(?:leaders|heads\s+of\s+(?:state|government))\b"
    )
)
# (one group: the patterns built on it put words before it)
_CANCELLED_VERB = (
    r"(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:postponed|cancell?ed|called\s+off|scrapped|shelved|put\s+off|delayed|pushed\s+back)\b"
    # "Lula's trip to China is off"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?off\b(?!\s+(?:to|for|the)\b))"
)
_WAS_CANCELLED = re.compile(_CANCELLED_VERB)
# A gathering told of in its own relative clause ("the G20 summit that South Africa will host").
_GATHERING_THAT = r"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Aa]ssembly)\s+(?:that|which)\b"
_GATHERING_NOUN = gated(re.compile(_GATHERING_THAT))
_GATHERING_TOLD = re.compile(_GATHERING_THAT + r"[^,;]*$")
# Leaving for somewhere, told in the present ("Lula leaves for Hanoi on Thursday").
_LEAVES = r"(?:leaves|departs|sets\s+off|heads)"
_DEPARTURE = re.compile(r"(?:leav|left|depart|sets?\s+off|head)")
_LEAVES_NOW = re.compile(_LEAVES + r"\b")
_LEAVES_FOR = re.compile(r"\b" + _LEAVES + r"\s+(?:for|to)\b[^.;]*$")
_PREPARATIONS_FOR = gated(
    re.compile(
        r"\b(?:preparations?|prepare|preparing|prepared|arrangements?)\s+for\s+(?:the|his|her|their|its)\s+"
        r"(?:[\w-]+\s+){0,2}$"
    )
)
_PROPOSED_THE = word_start_first(
    re.compile(
        r"\b(?:proposed|suggested|floated|requested|sought)\s+(?:the|such\s+an?)\s+(?:[\w-]+\s+){0,2}$"
    )
)
_WHO_WHICH_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")
# "Zelensky's trip to Washington, his third this year, begins on Monday": the aside counts
# trips, its year is no day of this one
_ORDINAL_ASIDE = re.compile(
    r",\s+(?:his|her|their|its|the)\s+(?:first|second|third|fourth|fifth|sixth|latest|"
    r"\d+(?:st|nd|rd|th))\b[^,;]*,"
)
_AFTER_THE_EVENT = re.compile(r"\s*,?\s*after\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}")
_THEN_TO = re.compile(r"\s*(?:and\s+)?(?:then\s+|also\s+)?to\s*")
# "Xi's visit to Vietnam, his first in six years, starts on Monday": a day ahead
_STARTS_AHEAD = gated(
    re.compile(
        r"[^.;]{0,60}?\b(?:starts|begins|opens|gets\s+under\s+way)\s+(?:on|next|this|tomorrow|in)\b"
    )
)
# "After his call with Xi, ...": an event the opening phrase tells as done
_AFTER_ITS_EVENT = re.compile(
    r"\s*(?:After|Following)\s+(?:his|her|their|the|a|an|its)\s+(?:[\w-]+\s+){0,3}"
)
# "... before heading to Budapest", "..., then flying on to Hanoi"
_BEFORE_DOING = re.compile(r"\b(?:before|then)\s+$")
# "... before ending the tour in Abu Dhabi": the trip's last leg, told after its first
_BEFORE_ENDING = word_start_first(
    re.compile(r"\b(?:before|then)\s+(?-i:[a-z]+ing)\s+(?:the|his|her|their)\s+$")
)
# A trip told as to come: "will fly", "is due to travel", a timetable's "flies", "visits"
_TRIP_AHEAD = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|"
    + clauses.TIMETABLE_TRIP
    # ("then joins Gulf leaders for a summit on Wednesday before flying to Doha")
    + r"|visits|arrives|goes|joins|attends)\b"
)


def _trip_ahead_before(text: str, at: int) -> bool:
    """Whether the clause a "before heading to" leg hangs from tells its trip as to come: its
    last verb is one ("Trump then joins Gulf leaders ... on Wednesday before flying to Doha"),
    not "Zelenskiy, who regularly attends EU summits, met Macron ... before heading to London"."""
    ahead = max(_TRIP_AHEAD.finditer(text, 0, at), key=re.Match.end, default=None)
    return ahead is not None and not clauses.PAST.search(text, ahead.end(), at)


_TIMETABLE_VERB = re.compile(r"(?:" + clauses.TIMETABLE_TRIP + r"|goes)\b")
# "Macron is meeting ...": the present progressive, an arrangement when a day ahead follows
_IS_DOING = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$")
# "Mattarella, whose state visit to China is expected in November"
_IS_EXPECTED_AFTER = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:expected|due)\b(?!\s+to\s+(?:be\s+)?(?:cancel|postpon|delay|scrap))"
)
# "is due in Copenhagen on Thursday for the European Political Community summit", "will fly to
# Rome to attend the inauguration Mass": a trip to a gathering of many, whatever its name
_FOR_A_GATHERING = gated(
    re.compile(
        # (a gathering named: not "for a summit with President Xi", "for the annual summit", "for
        # a summit" with the country travelled to, which are the two states' own)
        # ("for an extraordinary Nato summit")
        r"\b(?:for|to\s+attend)\s+(?:the|an?)\s+(?!(?:[\w'’.-]+\s+){0,6}?(?:annual|bilateral)\b)"
        r"(?=(?:[\w'’.-]+\s+){0,6}?(?-i:[A-Z]))"
        r"(?:[\w'’.-]+\s+){1,6}?(?:summit|conference|forum|(?-i:Mass))\b(?!\s+with\b)"
        # "is due in Rio de Janeiro next week for a meeting of BRICS foreign ministers"
        r"|\bfor\s+(?:a|the)\s+meeting\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+[\w-]+){0,3}?\s+"
        r"(?:ministers|leaders|heads\s+of\s+state)\b",
        re.IGNORECASE,
    )
)
# "went on to Washington on Monday and will travel to Lima for the APEC summit": the next verb
# joined by "and" starts another trip, whose gathering is not this one's
_AND_NEXT_VERB = re.compile(
    r"\s+and\s+(?:then\s+)?(?:(?:will|would|is\s+due\s+to|later)\s+)?"
    r"(?:travel|fly|go|head|leave|visit|travelled|traveled|flew|went|headed|left|visited)\b"
)


def _own_trip_end(text: str, start: int, end: int) -> int:
    """Where the words telling the trip at ``start``..``end`` stop: its clause, up to a verb
    joined to it by "and"."""
    right = clauses.window_for(text, start, end, None).right
    joined = _AND_NEXT_VERB.search(text, end, right)
    return joined.start() if joined else right


_EXPECTS_THEM_TO = re.compile(
    r"\bexpect(?:s|ed)\s+(?:[\w.’'-]+\s+){1,8}?to\s+(?:[\w.’'-]+\s+){0,6}$"
)
_HELD_BEFORE = gated(
    re.compile(
        rf"\b{clauses.HELD}\s+(?:a|an|the|their|his|her)\s+"
        r"(?:[\w'’-]+\s+){0,3}$"
        # ("discussed North Korea in a phone call on Monday and agreed to meet in May": the call
        # is the one the talk was held in)
        r"|\bdiscussed\s+(?:[\w'’-]+\s+){1,8}?(?:in|during)\s+(?:a|an|their|the)\s+(?:[\w'’-]+\s+){0,2}$"
    )
)
_TO_TAKE_PLACE = word_start_first(
    re.compile(
        r"\b(?:will|would)\s+(?:be|take\s+place|begin|start|open|resume)\b"
        r"|\bbeing\s+(?:coordinated|arranged|planned|prepared|organi[sz]ed)\b"
    )
)
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\b")
_IN_THOSE_TALKS_GAP = re.compile(
    r"(?:(?!\b(?:and|after|before|since|when|while)\b)[^,;.]){0,60}?\s(?:in|during)\s+"
)
# "A meeting the two leaders had planned ...": the noun, which a verb may stand for
# ("Milei's planned meeting with Trump ... was called off": a possessive, a noun)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he|their|its|his|her|[Nn]o)|['’]s)\s+"
    r"(?:(?:planned|proposed|scheduled|expected)\s+)?$"
)
# "a meeting planned on the sidelines of the G7 summit last month was called off"
_LATER_CANCELLED = re.compile(
    # (past "Sept. 24" and "the U.N. General Assembly"; past a closed aside, "King Charles's
    # state visit to France, which was due to begin on Sunday, has been postponed")
    r"(?:,\s+(?:which|who)\s+[^,;.]{1,80},|(?!,\s+(?:and|but|while|which|who)\b)(?:[^.;:]|"
    + clauses.ABBREVIATION_STOP
    + r"))"
    r"{0,140}?" + _CANCELLED_VERB
)
# "a meeting with Zelensky planned for Tuesday ... did not take place"
_TO_BE_HELD_LATER = re.compile(r"\s*,?\s+(?:and|but)\s+will\b")
_LATER_NOT_HELD_PATTERN = re.compile(
    r"(?:(?!,\s+(?:and|but|while|which|who)\b)(?:[^.;:]|(?<=[A-Z])\.)){0,120}?"
    + clauses.NOT_HELD_WORDS
)
_LATER_NOT_HELD = gated(_LATER_NOT_HELD_PATTERN)
# "were due to hold their first meeting ... in June, but the meeting was scrapped"
_BUT_THE_SAME_CANCELLED = re.compile(
    r"(?:[^.;:]|(?<=[A-Z])\.){0,160}?,\s+but\s+the\s+(?:meeting|talks|visit|trip|call|summit)\s+"
    + _CANCELLED_VERB
)
_MOVED = re.compile(r"\b(?:postponed|delayed|pushed\s+back|rescheduled|moved)\b")
_UNTIL_OR_TO = re.compile(r"\b(?:until|till|to)\s*$")
# "five rounds of talks ... in 2021 and 2022" (rounds on days of their own are each an event)
_ROUNDS_OF = gated(
    re.compile(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+rounds\s+of\s+$"
        # ("several rounds of trade talks"; a numbered one, "five rounds of nuclear talks", is what
        # "a sixth round" is counted from)
        r"|\b(?:several|many|numerous|multiple|repeated)\s+rounds\s+of\s+(?:[\w-]+\s+)?$"
    )
)
# A body's own sitting, whoever is in the room.
_A_BODY_SITS = gated(
    re.compile(
        r"\b(?:Security\s+Council|General\s+Assembly|[Cc]abinet|[Bb]oard|[Ss]hareholders?['’]?|"
        r"[Pp]arliamentary|[Pp]lenary|[Cc]ommittee)\s+$"
    )
)
_SPOKEN_IN_A_CALL = re.compile(
    r"(?:\s+before)?,?\s+(?:in|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone|video)"
    r"(?:\s+(?:call|conversation))?"
)
# "President Joe Biden and Ukrainian President Volodymyr Zelensky are due to sign"
_TWO_LEADERS_SIGN = re.compile(
    r"^(?:[^,;]*?\b(?:President|Prime\s+Minister|Chancellor|King|Premier)\s+[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)*\s+and\s+(?:[A-Z][\w-]*\s+)*(?:President|Prime\s+Minister|Chancellor|"
    r"King|Premier)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|(?:the|The)\s+two\s+leaders)\s+"
    r"(?:are\s+due\s+to|will|would|are\s+to|are\s+set\s+to|)\s*$"
)
# Talks broken off by one side: "abruptly ended trade talks with Ottawa", "terminated all
# negotiations" (not "Putin and Trump ended their talks in Anchorage": held, and over)
_TALKS_ENDED = re.compile(
    r"\b(?:terminat(?:ed|es|ing)|(?:abruptly|unilaterally|formally)\s+end(?:ed|s|ing)|"
    r"end(?:ed|s|ing)\s+(?=all\b|(?:[\w-]+\s+)?talks\s+with\b))\s+(?:all\s+)?(?:[\w-]+\s+)?$"
)
_BROKEN_OFF = gated(
    re.compile(
        r"\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|freez(?:es|ing)|broke\s+off|"
        r"break(?:s|ing)?\s+off)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?$"
    )
)
_WAS_TO = word_start_first(
    re.compile(
        r"\b(?:(?:was|were)\s+(?:then\s+|also\s+|later\s+)?(?:to|due\s+to|scheduled\s+to|set\s+to)|"
        r"had\s+been\s+(?:due|scheduled|set|expected|planning|planned)\s+to)\b"
    )
)
_AND_TO_END = word_start_first(re.compile(r"\band\s+to\s*$"))
_AND_END = word_start_first(re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$"))
_PAST_VERB = re.compile(
    r"(?:held|met|spoke|talked|called|visited|hosted|flew|travell?ed|went|had)\b"
)
_MAY_HAPPEN = gated(
    re.compile(
        r"^[^.;]{0,100}?\b(?:could|might|may)\s+(?:still\s+|yet\s+|soon\s+|only\s+)?"
        r"(?:take\s+place|happen|be\s+held|go\s+ahead|materiali[sz]e|be\s+arranged|be\s+organi[sz]ed|be\s+scheduled)\b"
        # "A meeting between Macron and Merz is possible next month"
        r"|^[^.;,]{0,80}?\b(?:is|are|was|were|seems|looks)\s+(?:still\s+|now\s+|also\s+)?"
        r"(?:possible|likely|unlikely|conceivable|on\s+the\s+cards)\b"
    )
)
# ('she would meet Trump "if there is something to talk about"', "he would sit down with
# Lula when he apologises")
_ON_CONDITION = re.compile(
    r"[^.;]{0,80}?[\"“]?\b(?:if|unless|provided|when|once|as\s+soon\s+as|only\s+after)\b"
)
_AND_THEN = re.compile(
    r"\band\s+(?:also\s+|then\s+|later\s+)?(?:(?:will|would|is\s+to|plans\s+to|intends\s+to|hopes\s+to|"
    r"is\s+(?:due|scheduled|expected|set)\s+to)\s+)?\Z"
)
# Between two people listed as one subject: "and", and the next one's title ("and German
# Chancellor", "and Greenland's foreign minister, ").
_SUBJECT_LIST_GAP = re.compile(
    # ("Hun Manet and Thailand's acting Prime Minister Phumtham": a title's adjective too)
    r",?\s+(?:and\s+)?(?:[A-Z][\w.’'-]*\s+|(?:acting|interim|caretaker|outgoing|incoming)\s+){0,5}|,\s+"
    r"|,?\s+and\s+(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:[a-z][\w-]*,\s+)"
)
_MEDIATOR = gated(
    re.compile(
        r"\b(?:with\s+(?P<who>(?:[\w.’'-]+\s+){1,8}?)(?:again\s+|once\s+more\s+|also\s+)?"
        r"(?:as\s+(?:a\s+|the\s+)?mediator|mediating|chairing|"
        r"shuttling\s+between|carrying\s+messages|passing\s+messages|joining|"
        r"acting\s+as\s+(?:a\s+|the\s+)?(?:mediator|go-between))"
        # "..., hosted by UAE President Mohamed bin Zayed": the host of talks takes part
        # ("signed a peace agreement in the presence of Secretary of State Marco Rubio")
        r"|(?:(?:mediated|brokered|hosted|chaired|witnessed)\s+by|under\s+the\s+auspices\s+of|"
        r"in\s+the\s+presence\s+of)\s+"
        r"(?P<who2>(?:[\w.’'-]+\s*){1,5}))"
    )
)
_BROKERED_BY = gated(
    re.compile(
        r"(?<![\w.’'-])(?P<who>[A-Z][\w.’']*)-(?:brokered|mediated|hosted|sponsored)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meeting|summit)\b"
    )
)
_MEDIATING_BETWEEN = gated(
    re.compile(
        r"\b(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
        r"(?:mediating|acting\s+as\s+(?:a\s+|the\s+)?mediator)\s+between\b"
    )
)
# "met in Vilnius in July and again in New York in September"
_AND_AGAIN = gated(re.compile(r"\band\s+again\b"))
_PAIR_OPENS = gated(re.compile(r"\s*(?:[A-Z][^,]*?)\s+and\s+"))
_JUST_AND = re.compile(r"\s+and\s+")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,5}")
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|During|At|After|Following)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,3}\Z"
)
_PRESENT_MOVE = re.compile(
    r"(?:flies|travels|heads|visits|meets|holds|arrives|lands|goes|hosts|receives|"
    # "When von der Leyen and Costa land in Beijing on Thursday"
    r"fly|travel|head|visit|meet|hold|arrive|land|go|host|receive)\b"
)
_KIND_RANK = {"call": 0, "visit": 1, "meeting": 2, "talks": 3}
_JOINT = gated(
    # ("a joint call", "jointly", not "to agree a joint position")
    re.compile(
        r"\b(?:together|joint(?=\s+(?:[\w-]+\s+)?(?:call|calls|meeting|talks|summit|visit|session|"
        r"conference|video|phone|news|press|appearance))|jointly|trilateral|three-way|multilateral|conference)\b"
    )
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|regarding|concerning|in|of|discuss(?:ed|es|ing)?|against|invasion\s+of|"
    r"war\s+(?:in|on)|situation\s+in|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OBJECT_LINK = re.compile(
    r"(?:with|to|between|and|,|by|&|including|as\s+well\s+as|plus|"
    # "met their counterparts from Britain, France and Germany"
    r"(?:counterparts?|delegations?|officials|ministers|negotiators|diplomats|envoys)\s+(?:from|of))"
    # ("held talks with visiting Vietnamese President To Lam")
    r"\s*(?:the\s+)?(?:visiting\s+)?$"
)
# "agreed to meet in Budapest during a call": the agreeing verb and what was agreed, up to "during"
_AGREED_IN = r"(?:agreed|decided|pledged|vowed)\s+(?:[\w$%’'-]+\s+){0,8}?"
# "agreed to a ceasefire at talks in Putrajaya": what was agreed in the event that follows
# (not "agreed to meet at the G20", an event to come)
_AGREED_AT = (
    r"(?:agreed|decided)\s+(?:(?!(?:meet|hold|visit|travel|resume|talk|have)\b)[\w$%’'-]+\s+){0,8}?"
    r"(?:at|in)"
)
# The light verbs that open talks: a process unless a day is told ("begin", "began",
# "beginning", "start", "started", ...), read at the light verb's start
_BEGUN = re.compile(r"(?:begin|began|start)", re.IGNORECASE)
_LIGHT_VERB = gated(
    re.compile(
        r"\b(?:held|hold|holds|holding|had|have|has|having|conducted|joined|made|making|make|makes|"
        r"resumed|resumes|resume|resuming|"
        # "the United States and Iran would begin direct talks on Saturday"
        r"begin|begins|began|beginning|start|starts|started|starting|"
        # "The two leaders discussed the agenda in a phone call on Sunday"
        r"discuss(?:ed|es)?(?=\s+(?:[\w-]+\s+){0,3}?(?:in|during)\s+(?:a|an|their)\s)|"
        # "is on a six-day trip to China", "paid a state visit"
        r"(?:is|are|was|were)\s+on|paid|pays|pay|took\s+part\s+in|"
        r"received|receives|receiving|got|placed|exchanged\s+views\s+(?:\w+\s+){0,4}?during|"
        # "co-chaired the Canada-European Union Summit in Brussels with ...", "agreed to meet
        # in Budapest during a telephone call on Oct. 16" (what they agreed in it)
        r"(?:co-)?chaired|(?:co-)?chairs|(?:co-)?chairing|"
        + _AGREED_IN
        + r"(?<=\s)during|"
        + _AGREED_AT
        + "|"
        # "China postponed a summit with Japan": who calls it off had it planned
        r"postponed|cancell?ed|called\s+off|scrapped|delayed)"
        r"\s+(?:[\w-]+\s+){0,4}$",  # "held a full day of talks", "held a 30-minute call"
        re.IGNORECASE,
    )
)
_AGREED_DURING = gated(
    re.compile(
        r"\b" + _AGREED_IN + r"during\s+(?:[\w-]+\s+){0,4}$"
        # "agreed to a ceasefire at talks in Putrajaya" (not "agreed to meet at the G20")
        r"|\b" + _AGREED_AT + r"\s+(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
_POSSESSIVE = re.compile(r"(?:'s|’s)\s+(?:\w+\s+){0,2}$")
_RELATIVE_AGENT = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<who>he|she|they|[A-Z][\w-]+)\s+(?:had\s+)?(?:held|had|hosted|conducted|made|paid)\b"
)
_UNDER_WAY = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$"
)
_AFTER_EVENT = word_start_first(
    re.compile(
        r"\b(?:after|following)\s+"
        # "after what Trump described on social media as a “very friendly conversation”"
        r"(?:what\s+(?:[\w.]+\s+){1,6}?(?:described|called|termed)\s+(?:[\w.]+\s+){0,4}?as\s+)?"
        r"(?:(?:a|an|the|his|her|their)\s+[“\"]?(?:[‘'“\"]?[\w-]+[’'”\"]?\s+){0,2}"
        # ("after weekend talks in Geneva", "after talks on Sunday": no determiner, and no act
        # told of them, "after ruling out talks")
        r"|(?:(?![\w-]*ing\b)[\w-]+\s+){0,2})$"
    )
)
# "postponed the vote until after talks ... next week": what comes after them is still ahead
_UNTIL_AFTER = re.compile(r"\b(?:until|till|pending|before)\s+after\s+(?:\S+\s+){0,2}$")
_A_DAY_OF_ANOTHER = re.compile(r"\b(?:to|until|till|from|by|through|before|since)\s+$")
_IN_AN_ASIDE = re.compile(r",\s+(?:who|which|whose|where|when)\b[^,;]*$")
_NO_DATE_FOR = re.compile(
    r"\b[Nn]o\s+(?:date|time|venue)\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|scheduled)\s+"
    r"for\s+(?:a|an|the|any)?\s*(?:[\w–-]+\s+){0,3}$"
)
_AT_GATHERING = word_start_first(
    re.compile(
        r"\b(?:at|during|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)\s+(?:the|a|an|this|last|their)\s+(?:[\w–-]+\s+){0,5}$"
    )
)
_SUBJECT_GAP = re.compile(r",\s+|,?\s+and\s+")
_LISTED_FORMS = (PERSON, ROLE, GROUP, REGION, *COUNTRY_FORMS)
_ANOTHER_OCCASION = re.compile(
    r"\b(?:attend\w*|dinner|gala|banquet|reception|ceremony|summit|conference|forum|after|before|"
    r"since|ago|later|earlier)\b"
)
_TO_BEFORE = word_start_first(re.compile(r"\bto\s+$"))
_SENDS = re.compile(r"(?:sent|sends|send|dispatched|dispatches|dispatch)\b")
_SPOKE_ALONE = re.compile(r"(?:spoke|spoken|talked|speak|talk)", re.IGNORECASE)
_SINCE_BEFORE = word_start_first(re.compile(r"\bfirst\b[^.;,]*\bsince\b[^.;,]*$"))
_WHO_AFTER = re.compile(r",\s+who\b")
_EXPECT_HIM = re.compile(r"\bexpect(?:s|ed)?\s+$")
_SEPARATE = gated(re.compile(r"\bseparate(?:ly)?\b"))
# "received X and Y separately" (not "separately from the other leaders": apart from others)
_APART = re.compile(r"\bseparately\b(?!\s+from\b)|\bin\s+separate\s+(?:meetings|talks)\b")
_OFFICIALS_TOGETHER = re.compile(
    r"\b(?:counterparts|delegations|negotiators|diplomats|envoys|together)\b"
)
_PARTICIPLE_BEFORE = re.compile(r",\s+(?:having|after|before|while)\s+$")
# An aside's words, a short list's commas included ("who is also minister of development,
# industry and trade")
_ASIDE_WORDS = r"(?:[^,;]|,(?=\s+[\w-]+(?:\s+and\s+[\w-]+)?,))*"
_WHO_ASIDE_BEFORE = re.compile(
    # ("Marcos, the first Southeast Asian leader to visit the White House in Trump's second
    # term, met Hegseth": an apposition too)
    r",\s+(?:who|which|whose|the|a|an)\b"
    + _ASIDE_WORDS
    + r",\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?"
    # ("..., is also due to visit Japan in May")
    r"(?:(?:also|then|later)\s+)?(?:(?:due|set|expected|scheduled|planning|going|about)\s+to\s+)?$"
)
_WHO_ASIDE_LIGHT = re.compile(
    r",\s+(?:who|which)\b" + _ASIDE_WORDS + r",\s+(?:also\s+|then\s+|later\s+)?"
    # ("..., is due to make a state visit to Germany next month")
    r"(?:(?:is|are|was|were|will|would)\s+)?(?:(?:due|set|expected|scheduled)\s+to\s+)?"
    r"(?:held|had|has\s+held|made|make|conducted|joined|paid|pay)\s+(?:[\w-]+\s+){0,4}$"
)
# Where the words after a noun event stop telling of it: a reported clause, the next clause
# ("..., and he said he looked forward to the upcoming talks"), a quote's close.
_REPORTED_CLAUSE = re.compile(r"\b(?:that|which|who)\b|,\s*(?:and|but|while)\b|[”\"],|,[”\"]")
_TOLD_IN = gated(
    re.compile(
        # ("briefed Rubio on the final text in a phone call", "congratulated Carney in a call")
        r"\b(?:told|assured|informed|warned|urged|asked|promised|thanked|briefed|updated|"
        r"congratulated|reassured|"
        # "apologised to Aliyev in a phone call", "expressed condolences to Erdogan in a call"
        r"(?:apologi[sz]ed|complained|protested|(?:explained|expressed|offered|presented|outlined)(?:\s+[\w-]+){0,3}?)"
        r"\s+to)\s+"
        # ("warned Chinese leader Xi Jinping during talks": a title's words may be lower case)
        r"(?P<who>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|leader|president|prime|minister|premier|"
        r"chancellor|counterpart|foreign|envoy|top|chief|diplomat|(?<=Secretary\s)of|"
        # ("EU foreign policy chief Kaja Kallas", "trade and economy minister")
        r"policy|affairs|trade|economy|defen[cs]e|security|and)){0,7}|"
        # "presented an outline to leaders of Saudi Arabia, Qatar and Egypt at a meeting"
        r"(?:the\s+)?leaders\s+of\s+[^;:.]{3,150}?)"
        # ("on the final text", "of the decision", "of strong economic measures": what was told)
        r"(?:\s+(?:on|of|about)\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\w\s-]{1,40}?)?"
        r"\s+(?:in|during|on|at)\s+"
        # ("warned Xi during talks in Beijing": talks need no article)
        r"(?:(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2})?$"
    )
)
_BRIEFED = re.compile(r"(?:briefed|updated|congratulated|reassured)\b")
_TOPIC_WITH = re.compile(
    r"(?:discuss(?:ed|es|ing)|rais(?:ed|es|ing)|negotiat(?:ed|es|ing))\b", re.IGNORECASE
)
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_LIST_GAP = re.compile(
    # ("led by Bessent and by Vice Premier He Lifeng")
    # (not "meet Biden and then to Peru": a next stop; but "met Tchiani and then Bazoum")
    r"[\s,]*(?:(?:and|or|as\s+well\s+as|&|plus|along\s+with|including)\s+(?:by\s+)?)?(?:the\s+)?"
    r"(?:(?!then\s+(?:on\s+)?to\b)[\w.’'-]+\s+){0,3}?",
    re.IGNORECASE,
)
_DENIAL = gated(
    re.compile(
        r"\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:\w+\s+){0,4}(?:reports?|claims?|speculation|rumou?rs?)\b"
        # "Officials denied that Witkoff had met Putin"
        r"|\b(?:denied|denies|deny)\s+(?:that\s+|reports\s+that\s+)?[^,;.]{0,60}$"
    )
)
# "a \"very good call\" with Trump": a closing quote may stand between.
_NOUN_LINK = re.compile(r"[\"”’']?\s*(?:[\w.'’-]+\s+){0,4}?(?:with|to|between|by|involving|from)\s")
_SUBORDINATOR_JUST_BEFORE = re.compile(r"\b(?:after|before|when|while|as|once)\s+$")
_HELD_BEFORE_THE_EVENT = re.compile(
    r"\s+(?:(?:have\s+|had\s+|has\s+)?(?:held|ended|concluded|began|opened|wrapped\s+up|completed|"
    r"started|finished)\s+(?:[\w.’'-]+\s+){0,5})?"
)
_BEFORE_THE_END_OF = re.compile(
    r"(?:before|by)\s+the\s+end\s+of\s+(?:the|this)\s+(?P<period>year|month)", re.IGNORECASE
)
_SOME_TIME_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:at\s+some\s+(?:later\s+)?(?:point|stage|date)|at\s+a\s+later\s+date)\b"
)
_OF_THE_LEADERS_OF = re.compile(r"\s+of\s+(?:the\s+)?leaders\s+of\s")
_NOT_PARTIES = frozenset({"NATO", "UN"})
# Between two stops of a trip: "Saudi Arabia, Qatar and the UAE", "Hanoi, moving on to Kuala
# Lumpur on Tuesday and Phnom Penh on Thursday".
_PLACE_GAP = re.compile(
    # ("Berlin on March 9 and 10, Paris on March 11 and 12": a stop's days)
    r"(?:\s+(?:on|from)\s+[\w.]+(?:\s+\d{1,2}(?:\s*(?:and|to|-|–)\s*\d{1,2})?)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    # ("Belgrade on Tuesday evening for talks with President Vucic, then on to Budapest")
    r"(?:\s+for\s+(?:talks|a\s+meeting|meetings)\s+with\s+[^,;]{3,60})?"
    r"\s*(?:,|,?\s+and|,?\s+or|"
    r",?\s+(?:moving|going|continuing|travell?ing|flying)\s+on\s+to|,?\s+(?:and\s+)?then(?:\s+on)?(?:\s+to)?|"
    r",?\s+followed\s+by|,?\s+before\s+(?:ending|finishing|wrapping\s+up)\s+(?:the|his|her|their)\s+"
    r"(?:tour|trip|visit)\s+in)\s+(?:the\s+)?"
)
_PRESENT_FORM = re.compile(
    r"(?:have|has|hold|holds|meet|meets|speak|speaks|talk|talks|visit|visits|call|calls)\b",
    re.IGNORECASE,
)
_HEADED_BY = gated(re.compile(r"\b(?:headed|led|attended|joined)\s+by\b"))
# Plus the sentence's index: an event no other mention is folded into ("a separate meeting"),
# and the earlier event a "first ... since" dates when the event it tells has no day of its own.
_SEPARATE_ORDINAL = 10_000
_EARLIER_ORDINAL = 20_000
_TWICE = gated(
    re.compile(r"^\s*(?:\w+\s+)?twice\b|^[^.]{0,30}\btwo\s+(?:calls|conversations|meetings)\b")
)


@dataclass
class Candidate:
    """One interaction read from one sentence, before merging."""

    kind: str
    status: str | None  # None: no tense cue, evidence for an event told elsewhere
    participants: list[Participant]
    sentence: SentenceInfo
    date: FuzzyDate | None = None
    initiator: str | None = None
    location: str | None = None
    ordinal: int = 1
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(p.country for p in self.participants)


def _kind_at(text: str, pos: int) -> str | None:
    m = _TRIGGER_RE.match(text, pos)
    return _kind_of(m)[0] if m else None


def _kind_of(m: re.Match[str]) -> tuple[str, str]:
    name = m.lastgroup or "t0"
    kind, pos, _ = _TRIGGERS[int(name[1:])]
    return kind, pos


_TITLED_EVENT = re.compile(
    r"\b(?:(?:State|Official|Working|Bilateral)\s+(?:Visit|Talks|Meeting)|(?<=\ba\s)Visit|"
    r"(?<=\bthe\s)(?:Visit|Talks|Meeting)|"
    # "the Canada-European Union Summit": a summit of the two the compound names
    r"(?<=[A-Z]\w\s)Summit(?=\s+(?:in|on|will|was|is|at|with|,)\b|[,.])|(?<=[A-Z]\s)Summit)\b"
)


def trigger_matches(text: str) -> list[re.Match[str]]:
    """What ``_TRIGGER_RE.finditer(text)`` finds, trying the pattern only where a lead word stands."""
    # "Talks between ... resume on Monday": the patterns are lower-case, so the sentence's
    # opening word (after any dateline or entry time) is read in lower case too.
    opening = _OPENING_WORD.match(text, clauses.clause_start(text))
    if opening and opening.group(1)[0].isupper():
        at = opening.start(1)
        text = text[:at] + text[at].lower() + text[at + 1 :]
    if "Visit" in text or "Talks" in text or "Meeting" in text or "Summit" in text:
        # Protocol prose capitalises the event ("will pay a State Visit", "the Canada-EU
        # Summit"); same length, so offsets stay those of the sentence.
        text = _TITLED_EVENT.sub(lambda m: m.group(0).lower(), text)
    found: list[re.Match[str]] = []
    resume = 0
    leads = [lead.start() + 1 for lead in _LEAD_AFTER.finditer(text)]
    if _LEAD_AT_START.match(text):
        leads.insert(0, 0)
    for at in leads:
        if at < resume:
            continue
        m = _TRIGGERS_AT[text[at]].match(text, at)
        if m:
            found.append(m)
            resume = m.end()
    return found


def find_interactions(ctx: ArticleContext) -> list[Candidate]:
    found: list[Candidate] = []
    for info in ctx.sentences:
        matches = trigger_matches(info.text)
        # "held talks with X by video call": the medium of the event before, not another one.
        matches = [
            m
            for i, m in enumerate(matches)
            if not (
                i
                and _kind_of(m)[0] == "call"
                and m.start() - matches[i - 1].end() < 120
                and _MEDIUM_BEFORE.search(info.text, 0, m.start())
            )
            # "Orban, who paid a surprise visit to Beijing on July 8 for talks with Xi",
            # "travels to Vientiane on Friday for talks with ...": the visit's purpose, not
            # another event (nor one of whoever the aside leaves as agent)
            and not (
                i
                and _kind_of(matches[i - 1])[0] == "visit"
                # ("for a meeting with Trump": a verb's form, used as a noun)
                and (
                    _kind_of(m)[1] == "noun"
                    or _DETERMINER_BEFORE.search(info.text, max(0, m.start() - 8), m.start())
                )
                and (
                    _PURPOSE_GAP.fullmatch(info.text, matches[i - 1].end(), m.start())
                    # "lands in Shanghai on Wednesday at the start of a state visit to China"
                    # (not "at the start of a Gulf tour that will also take him to Qatar")
                    or (
                        m.group(0).lower().endswith("visit")
                        and _SAME_TRIP_GAP.fullmatch(info.text, matches[i - 1].end(), m.start())
                    )
                )
            )
            # "they met in Abu Dhabi in July in talks attended by ...": the meeting's own talks
            and not (
                i
                and _kind_of(m)[1] == "noun"
                and _kind_of(matches[i - 1])[0] in ("meeting", "talks")
                and _IN_THOSE_TALKS_GAP.fullmatch(info.text, matches[i - 1].end(), m.start())
            )
            # "held talks with Putin in Moscow on Friday, a visit that drew criticism from EU
            # leaders": the event told before, named again
            and not (
                i
                and _kind_of(m)[1] == "noun"
                and _APPOSITION_BEFORE.search(info.text, max(0, m.start() - 40), m.start())
                and _RELATIVE_AFTER.match(info.text, m.end())
            )
        ]
        before = len(found)
        reads: list[tuple[re.Match[str], list[Candidate]]] = []
        for i, m in enumerate(matches):
            following = matches[i + 1].start() if i + 1 < len(matches) else None
            read = _from_trigger(ctx, info, m, following, matches[i - 1] if i else None)
            if not read and len(found) > before:
                read = _the_latest_of_them(info, m, found[-1]) or _their_call_before(
                    info, m, found[-1]
                )
            if not read and found:
                _call_off_the_one_told(info, m, found)
            read = [_with_host_named_after(ctx, info, m, c) for c in read]
            read = [_joined_along(info, m, _stop_ahead(info, c)) for c in read]
            found.extend(read)
            reads.append((m, read))
        for trip in _trips_to_a_venue(info, reads):
            found.remove(trip)
        for meeting in _meetings_between_the_stops(info, reads):
            found.remove(meeting)
        if len(found) == before:
            found.extend(_another_round(ctx, info, found))
        else:
            found.extend(_gapped_repeats(ctx, info, found[before:]))
        told_here = len(found)
        found.extend(_the_visit_before_the_first(ctx, info, found, before))
        found.extend(_the_event_before_the_first(ctx, info, found[:told_here], before))
    return found


# "opening a Gulf tour that will also take him to Qatar and the United Arab Emirates"
_STOPS_AHEAD = gated(
    re.compile(
        r"\b(?:that|which)\s+will\s+(?:also\s+|then\s+|later\s+)?(?:take|bring)\s+"
        r"(?:him|her|them)\s+(?:on\s+)?to\b",
        re.IGNORECASE,
    )
)


_PLACES_LISTED = re.compile(
    r"(?:\s*(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,|,?\s+and))*\s*(?:the\s+)?"
)


def _stop_ahead(info: SentenceInfo, told: Candidate) -> Candidate:
    """A visit to a stop the trip "will also take him to" is planned, whatever day the trip
    began on (only the stops named after those words, not the first one)."""
    if told.kind != "visit" or told.status != "occurred" or "will" not in info.text:
        return told
    ahead = _STOPS_AHEAD.search(info.text)
    if ahead is None:
        return told
    hosts = told.countries - {told.participants[0].country}
    named = [m for m in info.mentions if m.countries and m.countries[0] in hosts]
    # (each of them in the list those words open: not "On a tour that will also take him to
    # Qatar, Trump visited Saudi Arabia")
    if not named or not all(
        m.start >= ahead.end() and _PLACES_LISTED.fullmatch(info.text, ahead.end(), m.start)
        for m in named
    ):
        return told
    return replace(told, status="planned", date=None, evidence=list(told.evidence))


# "will meet Araghchi in Geneva on Friday, together with EU foreign policy chief Kaja Kallas"
_ALONG_WITH = gated(re.compile(clauses.TOGETHER_WITH + r"(?:the\s+)?", re.IGNORECASE))
_ANOTHER_CLAUSE = re.compile(
    r"[;]|\b(?:after|before|when|while|which|who|whose|because|since|as|days|weeks|hours|said|"
    r"threatened|imposed|tariffs?|sanctions|hit)\b"
)
# "Zelensky, joined by Macron and Merz, met Trump", "joined by Macron, Merz and Starmer, ..."
_JOINED_BY_ASIDE = gated(
    re.compile(
        r",\s+(?:joined|accompanied|flanked)\s+by\s+(?:[A-Z][^,;]{0,50},\s+){0,4}"
        r"(?:and\s+)?[^,;]{1,80},",
        re.IGNORECASE,
    )
)


def _joined_along(info: SentenceInfo, trigger: re.Match[str], told: Candidate) -> Candidate:
    """The event with the parties the sentence adds to it: "together with" or "along with" the
    others at its end (the first one named there), or "joined by" them in an aside before it."""
    added: list[Mention] = []
    along = _ALONG_WITH.search(info.text, trigger.end()) if "with" in info.text else None
    # (the event's own clause: not "..., days after he threatened tariffs on ..., along with
    # China", whose list is another clause's)
    if along is not None and not _ANOTHER_CLAUSE.search(info.text, trigger.end(), along.start()):
        near = [
            m
            for m in info.mentions
            if m.start >= along.end()
            and m.countries
            and m.form in (PERSON, ROLE, *COUNTRY_FORMS)
            and len(info.text[along.end() : m.start].split()) <= 5
        ]
        # ("EU foreign policy chief Kaja Kallas": the person the state's title leads to)
        added.extend([next((m for m in near if m.form == PERSON), near[0])] if near else [])
    if "by" in info.text:
        for aside in _JOINED_BY_ASIDE.finditer(info.text, 0, trigger.start()):
            inside = [
                m
                for m in info.mentions
                if aside.start() < m.start < aside.end()
                and m.countries
                and m.form in (PERSON, ROLE, *COUNTRY_FORMS)
            ]
            people = {m.countries[0] for m in inside if m.form in (PERSON, ROLE)}
            added.extend(
                m for m in inside if m.form in (PERSON, ROLE) or m.countries[0] not in people
            )
    if told.kind == "visit" and " with " in info.text:
        added.extend(_companions(info, trigger))
    parties = list(told.participants)
    for m in added:
        if m.countries[0] not in {p.country for p in parties}:
            parties.append(Participant(m.countries[0], m.person if m.form == PERSON else None))
    if len(parties) == len(told.participants):
        return told
    return replace(told, participants=parties, evidence=list(told.evidence))


def _companions(info: SentenceInfo, trigger: re.Match[str]) -> list[Mention]:
    """The leaders a trip is made with, listed right after the place: "visited Kyiv with
    Emmanuel Macron, Keir Starmer and Polish Prime Minister Donald Tusk"."""
    text = info.text
    place = next(
        (
            m
            for m in info.mentions
            if m.start >= trigger.end()
            and m.form in (*COUNTRY_FORMS, CITY)
            and not text[trigger.end() : m.start].strip(" ")
        ),
        None,
    )
    joined = _TRAVELLING_WITH.match(text, place.end) if place is not None else None
    if joined is None:
        return []
    first = next((m for m in info.mentions if m.start >= joined.end() and m.form == PERSON), None)
    if first is None or not _TITLES.fullmatch(text, joined.end(), first.start):
        return []
    # (NATO's chief travels along, for no state)
    return [
        m for m in _people_listed(info, first) if m.countries and m.countries[0] not in _NOT_PARTIES
    ]


def _people_listed(info: SentenceInfo, first: Mention) -> list[Mention]:
    """``first`` and the people listed after it, each with its titles ("Trump and Malaysian
    Prime Minister Anwar Ibrahim"), up to one who owns what follows ("with Trump's
    blessing")."""
    text = info.text
    listed: list[Mention] = []
    for m in info.mentions:
        if m.form != PERSON or m.start < first.start:
            continue  # (a title's demonym: "Polish Prime Minister Donald Tusk")
        if listed and not _NEXT_IN_LIST.fullmatch(text, listed[-1].end, m.start):
            break
        if _OWNERS_S.match(text, m.end):
            break  # ("visited Moscow with Trump's blessing": an owner, no companion)
        listed.append(m)
    return listed


_TRAVELLING_WITH = re.compile(r"\s+(?:together\s+)?with\s+")
_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}")
# The next of a list of people, with its titles ("Polish Prime Minister"): after a comma or
# "and" (not ", and": "in the presence of Trump, and Putin later criticised the deal", a clause)
_NEXT_IN_LIST = re.compile(r"(?:,\s+(?!and\b)|\s+and\s+)(?:[A-Z][\w.’'-]*\s+){0,4}")


# What may stand between a trip and the host it is for: "to Beijing next week for talks with
# President", "to meet" (not "..., after President Donald Trump ordered": another clause's)
_TO_THE_HOST_GAP = re.compile(
    r"(?:(?!\b(?:after|before|when|while|since|because|as)\b)[^,;.]){0,80}?"
    # ("to meet Abu Dhabi's Crown Prince Mohamed bin Zayed and Saudi Crown Prince ...": a list)
    r"\b(?:with|meet|see|by)\s+(?:[^,;.]{0,60}?(?:,\s+|\s+and\s+))?(?:[A-Z][\w.’'-]*\s+){0,4}"
)


def _with_host_named_after(
    ctx: ArticleContext, info: SentenceInfo, trip_at: re.Match[str], trip: Candidate
) -> Candidate:
    """A visit whose host the text names only after it ("will travel to Beijing next week for
    talks with Xi"), with that host."""
    if trip.kind != "visit" or len(trip.participants) != 2 or trip.participants[1].name:
        return trip
    place = trip.participants[1].country
    host = next(
        (
            p
            for x in info.mentions
            if x.form in (PERSON, ROLE)
            and x.person
            and x.start >= trip_at.end()
            and _TO_THE_HOST_GAP.fullmatch(info.text, trip_at.end(), x.start)
            and (p := ctx.participant(x.person)) is not None
            and p.country == place
        ),
        None,
    )
    return trip if host is None else replace(trip, participants=[trip.participants[0], host])


# A call a group holds together: "in a video call", "a conference call", "had a call with"
_ONE_SHARED_CALL = re.compile(
    r"\b(?:video|virtual|online|conference)\b|\ban?\s+(?:[\w-]+\s+)?(?:call|conversation)\b"
)
_JOINT_CALL = word_start_first(
    re.compile(
        r"\b(?:in|on|during)\s+(?:an?|the|their)\s+(?:joint|group|collective|conference|"
        r"four-way|three-way|five-way)\s+(?:(?:video|phone|telephone)\s+)?call\b"
    )
)
# Who asked for the event: "received a call from Putin", "at Washington's request", "at the
# request of the Russian side", "at Kyiv's initiative", "initiated by Moscow"
_ASKED_BY = gated(
    re.compile(
        r"\b(?:(?:received|got|took|had|answered)\s+(?:a\s+)?(?:(?:tele)?phone\s+)?call\s+from|"
        r"at\s+the\s+(?:request|initiative|invitation)\s+of|(?:initiated|requested|sought)\s+by)\s+(?:the\s+)?"
        r"|\bat\s+(?P<owner>(?:the\s+)?[\w.\s’'-]{2,40}?)['’]s?\s+(?:side['’]s\s+)?(?:request|initiative)\b"
    )
)


def _initiator_named(
    info: SentenceInfo, mentions: list[Mention], participants: list[Participant]
) -> str | None:
    """The state of the party the sentence says asked for the event, if it is one of them."""
    parties = {p.country for p in participants}
    for asked in _ASKED_BY.finditer(info.text):
        at, until = asked.span("owner") if asked.group("owner") else (asked.end(), asked.end() + 40)
        for x in mentions:
            if at <= x.start < until and x.countries and x.countries[0] in parties:
                return x.countries[0]
    return None


# "had flown to Scotland two days earlier to meet Commerce Secretary Howard Lutnick"
_TO_MEET_GAP = re.compile(r"[^,;.]{0,80}?\bto\s+$")


def _trips_to_a_venue(
    info: SentenceInfo, reads: list[tuple[re.Match[str], list[Candidate]]]
) -> list[Candidate]:
    """The visits whose purpose, told right after them, is a meeting with someone of another
    country than the place ("had flown to Scotland two days earlier to meet Lutnick"): the
    place is a venue, the meeting the event; it takes the trip's day when it has none."""
    venues: list[Candidate] = []
    for (trip_at, trips), (meet_at, meetings) in pairwise(reads):
        if not _TO_MEET_GAP.fullmatch(info.text, trip_at.end(), meet_at.start()):
            continue
        for trip in trips:
            if trip.kind != "visit" or len(trip.participants) != 2:
                continue
            visitor, place = trip.participants[0].country, trip.participants[1].country
            for meeting in meetings:
                met = {p.country for p in meeting.participants}
                if (
                    trip.status in ("planned", "expected")
                    and meeting.status == "occurred"
                    and met == {visitor, place}
                ):
                    # "Costa travels on to Podgorica on Friday to meet Spajic": the trip's
                    # purpose, to come with it (the timetable's present told no past)
                    meeting.status, meeting.date = trip.status, trip.date
                if visitor in met and place not in met and meeting.status == trip.status:
                    meeting.date = meeting.date or trip.date
                    venues.append(trip)
                    break
    return venues


def _meetings_between_the_stops(
    info: SentenceInfo, reads: list[tuple[re.Match[str], list[Candidate]]]
) -> list[Candidate]:
    """The meetings that a trip to several places names as its purpose, misread as meetings of
    its places ("will travel to the UAE and Saudi Arabia on Wednesday to meet Mohamed bin Zayed
    and Mohammed bin Salman": no meeting of the two hosts; the visits tell it)."""
    misread: list[Candidate] = []
    for (trip_at, trips), (meet_at, meetings) in pairwise(reads):
        visits = [t for t in trips if t.kind == "visit" and len(t.participants) == 2]
        if len(visits) < 2 or not _TO_MEET_GAP.fullmatch(info.text, trip_at.end(), meet_at.start()):
            continue
        visitors = {t.participants[0].country for t in visits}
        places = {t.participants[1].country for t in visits}
        misread.extend(
            meeting
            for meeting in meetings
            if meeting.kind == "meeting"
            and (met := {p.country for p in meeting.participants}) <= places
            and not met & visitors
        )
    return misread


# "their first conversation since a call on July 19", "the first talks since a meeting in Doha
# in March"
# (and "has not spoken with Trump since a phone call on June 17", "had not spoken to Putin
# since they met in Beijing on Sept. 2")
_SINCE_AN_EVENT = gated(
    re.compile(
        r"\b(?:first|not|never)\b[^.;]{0,60}?\bsince\s+(?:(?:a|an|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<kind>call|conversation|meeting|summit|talks|visit|trip|stop|stopover)|(?:they|the\s+two|he|she)\s+"
        r"(?P<verb>met|spoke|talked)"
        # "have not met since Lee's visit to the White House on Aug. 25"
        r"|[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+)?(?P<trip>visit|trip))\s+"
        # ("since a phone call shortly after the U.S. election in November")
        r"(?:(?:[^.;,]|(?<=[A-Z])\.){0,40}?\s)?(?:(?:on|in)(?:\s+|$))?$"
    )
)
_SINCE_A = re.compile(r"\b(?:first|not|never)\b[^.;]{0,60}?\bsince\s+(?:a|an|their|the)\s*$")
_DAYS_EVENT = re.compile(
    r"\s+(?:(?:tele)?phone\s+|video\s+)?(?P<kind>call|conversation|meeting|summit|talks)\b"
)
# "has not been to Washington since July 2015": the day of the last visit there.
_NOT_BEEN_SINCE = gated(
    re.compile(
        r"\b(?:not|never)\s+(?:been\s+(?:back\s+)?to|visited|travell?ed\s+to|set\s+foot\s+in|"
        r"returned\s+to)\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2})"
        r"\s+since(?:\s+(?:in|on))?\s*$",
        re.IGNORECASE,
    )
)
# "have not met since July 2023, when they agreed in Cairo to ...": the day they last met.
_NOT_MET_SINCE = gated(re.compile(r"\b(?:not|never)\s+(?:met|been\s+together)\s+since\s*$"))
_WHEN_THEY = re.compile(r",\s+when\s+(?:they|the\s+two)\b")
_SINCE_KINDS = {
    "conversation": "call",
    "summit": "meeting",
    "met": "meeting",
    "spoke": "call",
    "trip": "visit",
    "stop": "visit",
    "stopover": "visit",
}


def _the_event_before_the_first(
    ctx: ArticleContext, info: SentenceInfo, found: list[Candidate], before: int
) -> list[Candidate]:
    """The earlier event a "first ... since a call on July 19" dates: the same parties as the
    event the sentence tells, on the day it names."""
    told = found[before:]
    if "since" not in info.text:
        return []
    for d in info.past_dates:
        kind = _earlier_event_kind(info, d, told)
        if kind is None or d.value is None:
            continue
        if told:
            last = told[-1]
            if last.date is not None and not d.value.end < last.date.start:
                return []  # ("since" a day that is not before the event told)
            parties = list(last.participants)
        else:
            # "Modi has not spoken with Trump since a phone call on June 17": the people the
            # denial names, one a country
            named = [m for m in info.mentions if m.end <= d.start]
            parties = _one_each(ctx, info, named)
            if _SINCE_KINDS.get(kind, kind) == "visit" and len(parties) == 1:
                # "Modi has not been to Sri Lanka since a one-day stop in June 2019": the
                # visitor and the place
                place = next(
                    (
                        m.countries[0]
                        for m in named
                        if m.countries and m.countries[0] != parties[0].country
                    ),
                    None,
                )
                parties = [*parties, Participant(place, None)] if place else parties
            if len(parties) < 2:
                parties = _the_group(ctx, info, named)
            if len(parties) < 2:
                return []
        # ("have not spoken since a summit between them in Luanda was called off in December")
        called_off = clauses.CANCELLED.search(info.text, max(0, d.start - 60), d.start)
        return [
            Candidate(
                _SINCE_KINDS.get(kind, kind),
                "cancelled" if called_off else "occurred",
                parties,
                info,
                d.value,
                ordinal=_earlier_ordinal(info, told[-1]) if told else 1,
                evidence=[info.evidence(ctx.article.id)],
            )
        ]
    return []


def _earlier_event_kind(info: SentenceInfo, d: DateMention, told: list[Candidate]) -> str | None:
    """The kind of the earlier event ``d`` dates in a "since" denial or first, if it dates
    one: "first call since their meeting on June 4", "not spoken since a Jan. 17 phone call",
    "have not met since July 2023, when they ..."."""
    text = info.text
    since = _SINCE_AN_EVENT.search(text, max(0, d.start - 120), d.start)
    if since is not None:
        return since.group("kind") or since.group("verb") or since.group("trip")
    if _SINCE_A.search(text, max(0, d.start - 80), d.start):
        dated_event = _DAYS_EVENT.match(text, d.end)  # the day before the event's noun
        if dated_event is not None:
            return dated_event.group("kind")
    # ("since 2016" is read whole as the date)
    since_in_date = " since" if d.text.lstrip().lower().startswith("since") else ""
    if _NOT_BEEN_SINCE.search(text[max(0, d.start - 80) : d.start] + since_in_date):
        return "visit"
    if (
        _NOT_MET_SINCE.search(text, max(0, d.start - 40), d.start) is not None
        and _WHEN_THEY.match(text, d.end) is not None
        and not any(c.date == d.value for c in told)  # the "when" clause tells it itself
    ):
        return "meeting"
    return None


_TITLE_ADJECTIVES = frozenset({"acting", "interim", "caretaker", "new", "outgoing", "incoming"})


def _titled_gap(ctx: ArticleContext, gap: str) -> bool:
    """Whether ``gap`` holds nothing but a title ("acting Prime Minister ") or nothing."""
    return (
        all(w in _TITLE_ADJECTIVES or ctx.finder.is_title_word(w) for w in gap.split())
        and len(gap.split()) <= 4
    )


def _earlier_ordinal(info: SentenceInfo, told: Candidate) -> int:
    """The ordinal of the earlier event a "first ... since" dates: its own when the event the
    sentence tells has no day (an undated event would fold into any dated one), else the usual
    one, so the same event told elsewhere is one with it."""
    return _EARLIER_ORDINAL + info.index if told.date is None else 1


def _the_group(
    ctx: ArticleContext, info: SentenceInfo, mentions: list[Mention]
) -> list[Participant]:
    """The parties of the first group among ``mentions`` that stands for two or more
    ("The two leaders had not met since Sept. 23, when ...")."""
    for m in mentions:
        if m.form == GROUP and len(parties := ctx.expand(info, m)) >= 2:
            return parties
    return []


def _one_each(
    ctx: ArticleContext, info: SentenceInfo, mentions: list[Mention]
) -> list[Participant]:
    """The first person or role of each country among ``mentions``."""
    out: dict[str, Participant] = {}
    for m in mentions:
        if m.form in (PERSON, ROLE) and m.countries and m.countries[0] not in out:
            out[m.countries[0]] = ctx.expand(info, m)[0]
    return list(out.values())


_MONTH_NAMES = "|".join(m.capitalize() for m in FULL_MONTHS)
# "the first state visit by a Japanese prime minister since Shinzo Abe in 2015", "the first
# such trip since 2017", "the first by a Chilean head of state since that of President
# Michelle Bachelet in March 2009" (not "since Ukraine won independence in 1991")
_FIRST_SINCE = gated(
    re.compile(
        r"\bfirst\b[^.;]{0,100}?\bsince\s+(?:that\s+of\s+)?"
        r"(?:(?:[A-Z][\w'’.-]*|al-[\w-]+|bin)\s+){0,5}?"
        r"(?:(?:own|visit|trip)\s+|(?:visited|stopped\s+in|went\s+to|travell?ed\s+to)\s+"
        r"(?:[A-Z][\w.-]*\s+){1,3})?(?:in\s+)?"
        rf"(?P<date>(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d\d))\b"
    )
)
_FIRST_VISIT_WORD = re.compile(r"\b(?:visit(?:ed|s)?|trip)\b")
_EITHER = re.compile(r"\b(?:either|both)\s+(?:country|countries|capital|capitals|nation|nations)\b")
_IT_WAS = re.compile(r"\b(?:It|This|The\s+(?:visit|trip))\s+(?:was|is|will\s+be)\b")


def _the_visit_before_the_first(
    ctx: ArticleContext, info: SentenceInfo, found: list[Candidate], before: int
) -> list[Candidate]:
    """The earlier visit a "first ... since" dates: the same countries, in its own month or
    year ("Kishida arrived ... for a five-day visit, the first state visit by a Japanese prime
    minister since Shinzo Abe in 2015"; "It was Putin's first visit to either country since
    October 2019")."""
    text = info.text
    first = _FIRST_SINCE.search(text)
    if first is None or not _FIRST_VISIT_WORD.search(text, max(0, first.start() - 30), first.end()):
        return []  # ("The visit is Trump's first to Japan since May 2019")
    both = _EITHER.search(text, 0, first.end()) is not None
    visits = [c for c in found[before:] if c.kind == "visit"]
    if not visits and _IT_WAS.search(text, 0, first.start()):
        # the trip told last, a sentence or a few before ("... It was Putin's first visit")
        told = [
            c for c in found[:before] if c.kind == "visit" and c.sentence.index >= info.index - 4
        ]
        visits = [c for c in told if c.sentence.index == told[-1].sentence.index] if told else []
    host = next(
        (
            m.countries[0]
            for m in info.mentions
            if first.start() <= m.start < first.start("date")
            and m.countries
            and m.form in COUNTRY_FORMS
            and _AT_PLACE.search(text, max(0, m.start - 8), m.start)
        ),
        None,
    )
    if host is not None:
        # "The visit is Trump's first to Japan since May 2019": the trip to the country named,
        # by the one whose first it is
        visitor = next(
            (
                m.countries[0]
                for m in reversed(info.mentions)
                if m.end <= first.start() and m.countries and m.countries[0] != host
            ),
            None,
        )
        visits = [v for v in visits if host in v.countries][-1:] or (
            [
                Candidate(
                    "visit",
                    "occurred",
                    [Participant(visitor), Participant(host)],
                    info,
                    None,
                    location=host,
                )
            ]
            if visitor is not None
            else []
        )
    year = int(first.group("year"))
    month = first.group("month")
    when = FuzzyDate.month(year, MONTHS[month.lower()]) if month else FuzzyDate.year(year)
    return [
        Candidate(
            "visit",
            "occurred",
            [Participant(p.country) for p in v.participants],
            info,
            when,
            location=v.location,
            ordinal=_earlier_ordinal(info, v),
            evidence=[info.evidence(ctx.article.id)],
        )
        for v in (visits if both else visits[-1:])
        if v.date is None or when.end < v.date.start
    ]


# "has spoken with Trump twice since the election, most recently in a call on Nov. 27"
_MOST_RECENTLY = word_start_first(
    re.compile(r"\b(?:most\s+recently|the\s+latest|last)\s+(?:in|at|during)\s+an?\s+$")
)


# "The meeting, planned for 12 March, has been called off": the event just told, whose
# parties the sentence leaves out
_THE_EVENT_OPENS = re.compile(r"\s*(?:The|That|This)\s+(?:planned\s+|proposed\s+|expected\s+)?$")
_KIND_FAMILY = {"meeting": "meeting", "talks": "meeting", "visit": "visit", "call": "call"}


def _call_off_the_one_told(info: SentenceInfo, m: re.Match[str], found: list[Candidate]) -> None:
    """Mark the event told just before as cancelled when this sentence, opening with it by
    its kind alone, says it was called off (and add this sentence to its evidence)."""
    told = found[-1]
    if (
        told.status not in ("planned", "expected")
        or told.sentence.index < info.index - 2
        or _KIND_FAMILY.get(_kind_of(m)[0]) != _KIND_FAMILY.get(told.kind)
        or not _THE_EVENT_OPENS.fullmatch(info.text, 0, m.start())
        or any(x.countries for x in info.mentions)
        or not (clauses.CANCELLED.search(info.text, m.end()) or clauses.NOT_HELD.search(info.text))
    ):
        return
    told.status = "cancelled"
    told.evidence.append(info.evidence(told.evidence[0].article_id))


def _the_latest_of_them(info: SentenceInfo, m: re.Match[str], told: Candidate) -> list[Candidate]:
    """The last of the events just told, dated on its own ("..., most recently in a call on
    Nov. 27"): the same parties, the day after it."""
    if _kind_of(m)[0] != told.kind or not _MOST_RECENTLY.search(info.text, 0, m.start()):
        return []
    day = next(
        (d.value for d in info.past_dates if d.value and m.end() <= d.start <= m.end() + 12), None
    )
    if day is None:
        return []
    return [replace(told, sentence=info, date=day, evidence=list(told.evidence))]


def _their_call_before(info: SentenceInfo, m: re.Match[str], told: Candidate) -> list[Candidate]:
    """A call told by a participle after the event just told ("Lula and Trump met on Oct. 26
    in Kuala Lumpur, after speaking by video call on Oct. 6"): theirs, on its own day."""
    if (
        _kind_of(m)[0] != "call"
        or told.status != "occurred"
        or not _PARTICIPLE_BEFORE.search(info.text, max(0, m.start() - 12), m.start())
        or not m.group(0).lower().startswith(("speaking", "talking"))
        or not _BY_A_LINE.search(m.group(0))  # (not "after speaking to reporters")
    ):
        return []
    day = next(
        (d.value for d in info.past_dates if d.value and m.end() <= d.start <= m.end() + 30), None
    )
    return [replace(told, kind="call", date=day, location=None, evidence=list(told.evidence))]


_BY_A_LINE = re.compile(r"phone|video|call", re.IGNORECASE)


# "Macron visited the White House on Monday and Starmer on Thursday": the same event again,
# for another party, on another day.
# (a title may stand between: "... and Russian President Vladimir Putin in Moscow on Friday")
_GAP_AND = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+)?(?:[A-Z][\w-]*\s+){0,3}$")
# "had spoken by phone with Trump on Saturday evening ..., and with Zelensky after the clash"
# (", and then with U.S. President Joe Biden")
_AND_WITH = re.compile(
    r",?\s*and\s+(?:also\s+|then\s+|later\s+|afterwards\s+)?with\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)
# ("met Zelensky in Kyiv on Tuesday and Putin in Moscow on Friday": a place of its own first)
_GAP_DATE = re.compile(r"\s+(?:in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:on\s+|in\s+)?$")
_GAP_END = re.compile(r"\s*(?:[,;.:]|$)")


def _gapped_repeats(
    ctx: ArticleContext, info: SentenceInfo, told: list[Candidate]
) -> list[Candidate]:
    """The sentence's last event again for a person named after "and": with only a day of
    their own, a visit with the visitor changed or another event with its counterpart
    changed; after ", and with", another counterpart of the same event."""
    text = info.text
    last = told[-1]
    if len(last.participants) != 2:
        return []
    names = {p.name for c in told for p in c.participants if p.name}
    pool = info.past_dates if last.status == "occurred" else info.future_dates
    out: list[Candidate] = []
    for m in info.mentions:
        if m.form != PERSON or not m.person or m.person in names or not m.countries:
            continue
        person = ctx.expand(info, m)[0]
        parties = list(last.participants)
        and_with = last.kind != "visit" and _AND_WITH.search(text, max(0, m.start - 40), m.start)
        # on the day its own words give, if any
        own = [d for d in pool if d.value and m.end <= d.start <= m.end + 40] if and_with else []
        if person.country in last.countries and not (
            # "held talks with President Xi on Saturday and with Premier Li on Sunday"
            own and person.country == parties[1].country and own[0].value != last.date
        ):
            continue
        location = last.location
        if and_with:
            # ("spoke with Putin on Sunday and then with Biden": the same day, none of its own)
            day = own[0].value if own else last.date
            parties[1] = person
        elif _GAP_AND.search(text, max(0, m.start - 40), m.start):
            gapped = next(
                (
                    d
                    for d in pool
                    if d.value
                    and m.end <= d.start <= m.end + 32
                    and _GAP_DATE.fullmatch(text, m.end, d.start)
                    and _GAP_END.match(text, d.end)
                ),
                None,
            )
            if gapped is None:
                continue
            day = gapped.value
            parties[0 if last.kind == "visit" else 1] = person
            place = next(
                (x for x in info.mentions if m.end < x.start < gapped.start and x.countries), None
            )  # "... and Putin in Moscow on Friday"
            location = place.countries[0] if place is not None else last.location
        else:
            continue
        evidence = [info.evidence(ctx.article.id)]
        out.append(
            Candidate(
                last.kind,
                last.status,
                parties,
                info,
                day,
                location=location,
                evidence=evidence,
            )
        )
    return out


# "A second round is set for this Saturday", "An earlier round was held in Istanbul on July 25"
# "round" or "rounds" alone, or "of talks", "of the Special Representatives talks" (not "a
# round of layoffs")
_OF_TALKS = r"(?!\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|discussions)\b))"
_ROUND = gated(
    re.compile(
        r"\b(?:a|an|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|"
        r"final|last|next|new|another|earlier|previous|"
        r"fresh|further|latest)\s+(?:and\s+(?:final|last)\s+)?(?:(?:formal|official|technical|full|negotiating)\s+)?round\b"
        + _OF_TALKS
        +
        # "The first two rounds, also mediated by Fidan, were held on May 16 and June 2"
        r"|\b(?:the|two|three)\s+(?:(?:first|previous|earlier|last)\s+)?(?:two|three|four)?\s*"
        r"(?:previous\s+|earlier\s+)?rounds\b" + _OF_TALKS,
        re.IGNORECASE,
    )
)
_ROUND_HELD = re.compile(
    # "The first round, held in Istanbul on May 16, produced ..."
    r"\b(?:was|were|had\s+been|has\s+been)\s+held|\b(?:had\s+)?(?:took|taken)\s+place|\bended|\bconcluded|^,\s+held\b",
    re.IGNORECASE,
)


# "The leaders agreed that the third summit will be held in China in 2027", "agreed to hold
# their next consultative meeting in Tashkent in August 2026": the next meeting of those the
# article last told meeting, planned.
_NEXT_MEETING = gated(
    re.compile(
        r"\b(?:the|their|its|a)\s+(?:next|second|third|fourth|fifth|sixth|following)\s+"
        r"(?:(?:annual|regular|consultative|leaders'?|bilateral|joint|trilateral)\s+){0,2}"
        r"(?:summit|meeting)\b",
        re.IGNORECASE,
    )
)
_AGREED_TO_MEET_AGAIN = gated(
    re.compile(
        r"\b(?:[Bb]oth\s+sides|[Tt]he\s+two\s+sides|[Tt]he\s+two|[Tt]hey)\b[^.;]{0,80}?"
        r"\b(?:agreed|decided|will|plan|(?:are|were)\s+(?:due|set|expected))\s+(?:to\s+)?meet\s+again\b"
    )
)
# "Talks are expected to resume next week in Geneva": the talks the article last told
_TALKS_RESUME = gated(
    re.compile(
        r"\b(?:[Tt]he\s+|[Tt]heir\s+)?(?:[Tt]alks|[Nn]egotiations)\s+(?:(?:are|were)\s+(?:expected|due|set|"
        # (not "talks could resume if Iran allowed inspectors back": a maybe)
        r"scheduled|likely)\s+to|will)\s+resume\b(?![^,;.]*\b(?:if|unless)\b)"
    )
)
_NEXT_MEETING_SET = re.compile(
    r"\b(?:agreed|decided)\s+(?:to\s+(?:hold|convene)|that)\s+(?:\S+\s+){0,6}$",
    re.IGNORECASE,
)
_NEXT_MEETING_HELD = re.compile(
    r"^\s+(?:[^,;.]{0,40}?\s)?(?:will|would|is\s+(?:set|due|scheduled)\s+to)\s+"
    r"(?:be\s+held|take\s+place|convene)\b",
    re.IGNORECASE,
)


def _next_meeting(
    ctx: ArticleContext, info: SentenceInfo, found: list[Candidate]
) -> list[Candidate]:
    """The next meeting of the parties of the meeting the article last told, when the
    sentence says it is agreed or will be held (planned, on the sentence's coming date)."""
    text = info.text
    again = _AGREED_TO_MEET_AGAIN.search(text) or _TALKS_RESUME.search(text)
    m = again or _NEXT_MEETING.search(text)
    if m is None or clauses.NEGATION.search(text):
        return []
    if not (
        again
        or _NEXT_MEETING_SET.search(text, 0, m.start())
        or _NEXT_MEETING_HELD.match(text[m.end() :])
    ):
        return []
    # ("Both sides ... agreed to meet again next Saturday": the talks told last)
    kinds = ("meeting", "talks") if again else ("meeting",)
    last = next((c for c in reversed(found) if c.kind in kinds and len(c.countries) >= 2), None)
    if last is None or last.sentence is info:
        return []
    # "Tokayev met Mirziyoyev, Japarov and Rahmon": the meetings of that one sentence, together
    parties = _dedupe(
        [
            p
            for c in found
            if c.sentence is last.sentence and c.kind == last.kind
            for p in c.participants
        ]
    )
    published = ctx.published
    dates = [
        d.value
        for d in info.future_dates
        if d.start > m.start() and d.value and (published is None or d.value.start >= published)
    ]
    return [
        Candidate(
            last.kind,
            "planned",
            parties,
            info,
            dates[0] if dates else None,
            evidence=[info.evidence(ctx.article.id)],
        )
    ]


# (not "The sixth round is expected to be the hardest": expected of a day or a place)
_SET_OR_DUE = re.compile(
    r"\b(?:is|are)\s+(?:set|due|scheduled|planned|slated|expected(?=\s+(?:to\s+(?:take\s+place|be\s+held|"
    r"open|begin|start)|in|on|at|next|later)\b))\b"
)


def _another_round(
    ctx: ArticleContext, info: SentenceInfo, found: list[Candidate]
) -> list[Candidate]:
    """A round of the talks the article last told, with the same parties."""
    text = info.text
    m = _ROUND.search(text)
    if m is None:
        return _next_meeting(ctx, info, found)
    told = [c for c in reversed(found) if c.kind in ("talks", "meeting") and len(c.countries) >= 2]
    # The talks themselves rather than another round of them, unless only a round was told.
    last = next((c for c in told if not _ROUND.search(c.sentence.text)), told[0] if told else None)
    if last is None or last.sentence is info:
        return []
    after = text[m.end() :]
    if clauses.CANCELLED.search(after):
        # "A sixth round, planned for June 15, was cancelled": on the day it was planned for.
        status, pool = "cancelled", info.future_dates + info.past_dates
    elif _ROUND_HELD.search(after):
        status, pool = "occurred", info.past_dates
    elif clauses.FUTURE.search(after) or _SET_OR_DUE.search(after):
        status, pool = "planned", info.future_dates
    else:
        return []
    dates = [d.value for d in pool if d.start > m.start() and d.value]
    if status == "cancelled" and ctx.published:
        # The day it was planned for, read either way: the reading nearer the report.
        published = ctx.published
        dates.sort(key=lambda v: _days_from(published, v))
    if status == "planned" and ctx.published and dates and dates[0].start < ctx.published:
        return []
    parties = list(last.participants)
    named = [
        p
        for x in info.mentions
        if x.end <= m.start() and x.form in (PERSON, ROLE) and x.person
        for p in ctx.expand(info, x)
    ]
    if len({p.country for p in named}) == 2 and len(named) == 2:
        # "Araghchi has not met Witkoff since June, when a sixth round of talks was called
        # off": the round of the two the sentence names, not of the talks told last
        parties = named
    mediator = _MEDIATOR.search(text, m.end())  # "again with Oman as mediator"
    if mediator:
        side = "who" if mediator.group("who") else "who2"
        for x in info.mentions:
            if mediator.start(side) <= x.start < mediator.end(side):
                parties += [p for p in ctx.expand(info, x) if p.country not in last.countries]
    # Several rounds held on several days are one event each.
    days: list[FuzzyDate | None] = list(
        dates if m.group(0).endswith("rounds") and status == "occurred" else dates[:1]
    )
    return [
        Candidate("talks", status, parties, info, day, evidence=[info.evidence(ctx.article.id)])
        for day in days or [None]
    ]


_MANY_TIMES = gated(
    re.compile(
        # the verb's own frequency: not "met in June and have spoken several times since"
        r"(?:(?!\band\b)[^,;.]){0,50}?\b(?:(?:at\s+least|more\s+than|over|some|about|nearly|dozens\s+of)\s+)?"
        r"(?:three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+|several|many|multiple|numerous|"
        r"countless)\s+times\b|(?:(?!\band\b)[^,;.]){0,40}?\b(?:repeatedly|regularly|frequently|more\s+often\s+than|"
        r"over\s+the\s+years|on\s+(?:several|many|numerous)\s+occasions)\b"
    )
)
_PREPARING_BEFORE = re.compile(
    r"\b(?:is|are|been)\s+(?:now\s+|also\s+)?(?:preparing|arranging|organi[sz]ing|"
    r"planning|setting\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
    # "Trump said he planned a summit with Xi"
    r"|\b(?:plans|planned)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$"
)
_PLANNED_AFTER = re.compile(
    r"\s+(?:planned|scheduled|expected|proposed|(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?"
    r"(?:set|slated|planned|pencil+ed\s+in)\s+for)\b"
)
_PARTIES_THEN_PLANNED = gated(
    re.compile(
        r"\s+(?:between|with|among|involving)\s(?:[^,;.]|(?<=[A-Z])\.){0,120}?\b(?P<be>is|are)\s+"
        r"(?:(?:now|also|still|tentatively)\s+)?(?P<how>scheduled|planned|set|due|slated|expected)\b"
    )
)


def _invitation_taken_up(ctx: ArticleContext, info: SentenceInfo, after: str) -> bool:
    """Whether an invitation is told as accepted in the rest of its sentence ("..., which the
    Prime Minister accepted") or at the start of the next ("Modi accepted the invitation")."""
    told = [after]
    if info.index + 1 < len(ctx.sentences):
        told.append(ctx.sentences[info.index + 1].text)
    for text in told:
        taken = _INVITATION_TAKEN_UP.match(text)
        if taken and not _TAKEN_UP_DOUBTED.search(taken.group()):
            return True
    return False


_IF_OPENS = re.compile(r"\s*(?:If|Unless|Should)\b")
_AT_A_CEREMONY = re.compile(r"\b(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?ceremony\b")
_WITH_SOMEONE = re.compile(r"\s+(?:with|between)\b")
_IN_AN_EVENT = re.compile(r"\b(?:in|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?$")
_JOINED_PLAN = word_start_first(
    re.compile(
        r"\band\s+(?=(?:is|are|will|was|were)\s+(?:also\s+)?(?:expected|due|set|scheduled|slated)\s+to\b)"
    )
)


_CLAUSE_COMMA = re.compile(r"[,;]\s")
_ANY_OR_NO_BEFORE = gated(
    re.compile(r"\b(?:any|an?\s+eventual|no)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
)
# ("is still expected in New Delhi": the adverbs the visit trigger allows)
_IS_EXPECTED = re.compile(r"(?:is|are)\s+(?:still\s+|now\s+|also\s+)?expected\b")
_IS_DUE = re.compile(r"(?:is|are)\s+(?:still\s+|now\s+|also\s+)?due\b")
_TO_AT_END = word_start_first(re.compile(r"\bto\s*$"))
_HOLDS_BEFORE = gated(
    re.compile(
        r"\b(?:hold|holds|host|hosts|have|has|begins?|starts?|embarks?\s+on|makes?|pays?)"
        r"\s+(?:[\w–-]+\s+){0,3}$"
    )
)


def _status(
    ctx: ArticleContext,
    info: SentenceInfo,
    text: str,
    pre: str,
    post: str,
    date: DateMention | None,
    pos: str,
    trigger_text: str = "",
    trigger_at: int | None = None,
) -> str | None:
    # Cues count in the trigger's own comma-delimited stretch: "military action is possible if
    # diplomacy fails, is scheduled to travel" is a plan, not a hypothesis.
    if text.rstrip(" ”\"’'").endswith("?"):
        return "negated"  # "Will Xi meet Trump at APEC?": a question asserts nothing
    if _MANY_TIMES.match(post):
        return "negated"  # "met Putin at least eight times while ...": no one event
    if pos == "verb" and _DID_BEFORE.search(pre) and not clauses.NEGATION.search(pre[-30:]):
        return "occurred"  # "Werthein did meet Rubio in Washington on Tuesday": done
    whole_end = (trigger_at or 0) + len(trigger_text)
    if trigger_at is not None:
        before_trigger = text[:trigger_at]
        whole_before = text[:whole_end]
    else:
        before_trigger, whole_before = pre, pre + trigger_text
    leg = _BEFORE_DOING.search(before_trigger, max(0, len(before_trigger) - 10))
    if leg is not None and clauses.HYPOTHETICAL.search(
        before_trigger, max(0, before_trigger.rfind(". ", 0, leg.start())), leg.start()
    ):
        return "negated"  # "Trump could meet Putin in Budapest before flying to Kyiv": a maybe
    segments = _CLAUSE_COMMA.split(
        clauses.ADVERB_ASIDE.sub(" ", pre) if pre.count(",") > 1 else pre
    )
    pre = segments[-1]
    if (
        not pre.strip()
        and _PARTICIPLE_TRIP.match(trigger_text)
        and clauses.FUTURE.search(re.split(r"[;.]\s", before_trigger)[-1])
        and not clauses.NEGATION.search(before_trigger)
    ):
        # "will make his first trip to the Pacific in March, heading to Fiji": the participle
        # shares the tense of the clause it hangs from
        return "planned"
    if _PAST_VERB.match(trigger_text) and (joined := _AND_END.search(pre)):
        # "said her country "will not be blackmailed" and held calls with ...": what comes
        # before "and" is the other verb's
        pre = pre[joined.start() :]
    if pos == "verb" and trigger_text == "meeting" and _DETERMINER_BEFORE.search(pre):
        pos = "noun"  # "A meeting the two leaders had planned ...", "no meeting ... was planned"
    near = " ".join(pre.split()[-7:])
    # ("agreed to avoid any escalation and to meet again": the denial is the other verb's)
    own_near = "" if _AND_TO_END.search(pre) else near
    if (
        clauses.NEGATION.search(own_near)
        or _DENIAL.search(whole_before)
        or _AGAINST.search(pre)
        or _NO.search(trigger_text)
    ):
        return "negated"  # also "advised its citizens against travelling to Japan"
    if _NO_DATE_FOR.search(pre):
        return "negated"  # "no date had been set for a trilateral summit": none planned yet
    if pos == "noun" and (
        _BROKEN_OFF.search(pre)
        or (("talks" in trigger_text or "negotiat" in trigger_text) and _TALKS_ENDED.search(pre))
    ):
        # "Last month it suspended talks with Israel", "abruptly ended trade talks with
        # Ottawa": no event told
        return "negated"
    if (pos == "noun" and _PREPARATIONS_FOR.search(pre)) or _PROPOSED_THE.search(pre):
        # "discussed preparations for the visit", "had proposed the talks in a letter to Modi":
        # one told elsewhere, if at all
        return "negated"
    if (pos == "noun" or trigger_text == "meeting") and _ON_ITS_SIDELINES.search(
        before_trigger[-80:]
    ):
        return "negated"  # "on the sidelines of the Group of 20 meeting in Osaka": the venue
    if pos == "noun" and _TO_SAVE_IT.search(pre):
        return "negated"  # "to try to keep the summit on track": one told elsewhere, if at all
    where = before_trigger.rfind(", where ")
    if (
        clauses.CANCELLED.search(near)
        or clauses.CANCELLED.search(post[:40])
        or (pos == "noun" and _WAS_CANCELLED.search(post))
        # "a meeting planned on the sidelines of the G7 summit last month was called off"
        or (
            pos == "noun"
            and trigger_at is not None
            and clauses.CANCELLED.search(text, whole_end) is not None
            and (later := _LATER_CANCELLED.match(text, whole_end)) is not None
            # ("which had been set for Wednesday, was postponed and will be rescheduled")
            and not _TO_BE_HELD_LATER.match(text, later.end())
        )
        or (
            (pos == "noun" or trigger_text == "meeting")  # ("A meeting ...": read as either)
            and trigger_at is not None
            and (
                _LATER_NOT_HELD.match(text, whole_end)
                or _BUT_THE_SAME_CANCELLED.match(text, whole_end)
            )
        )
        # "called off his trip to Washington, where he had been due to meet Bessent"
        or (where >= 0 and clauses.CANCELLED.search(before_trigger, 0, where))
        # "Modi had been due in Dubai in January, but the trip was called off" (or "was due in")
        or (
            trigger_text.startswith(("had been due", "was due", "were due", "was expected"))
            and trigger_at is not None
            and clauses.CANCELLED.search(text, trigger_at) is not None
        )
    ):
        return "cancelled"  # "The meeting ..., originally scheduled for Tuesday, was postponed"
    if trigger_text.startswith("had been due"):
        return None  # "had been due in Dubai": a plan told from the past, whose fate is not told
    if pos == "noun" and _AGREED_DURING.search(pre):
        return "occurred"  # "agreed to meet in Budapest during a telephone call on Oct. 16"
    if _WAS_TO.search(pre) and any(
        clauses.CANCELLED.search(t)
        for t in (text, *(ctx.sentences[i].text for i in range(max(0, info.index - 2), info.index)))
    ):
        # "He was then to visit Uzbekistan on Sunday", "had been due to leave for Astana": a
        # plan told from the past, which the story (or its sentence before) says was dropped
        return "cancelled"
    if clauses.LOOK_FORWARD.search(pre):
        # (the event's own day, told after it: not "said in a post on Sunday that he looked
        # forward to discussing ...")
        if date and date.value and (trigger_at is None or date.start > trigger_at):
            return "expected"
        return (
            "planned"
            if re.search(r"\b(?:upcoming|forthcoming|planned|scheduled)\b", pre + text[:0])
            else "negated"
        )
    if pos == "noun" and _ACCEPTED_EVENT.search(pre):
        # "Biden had accepted a meeting with Putin "in principle", but only if ...": agreed to,
        # not held (and not even that when only "in principle")
        conditional = _IN_PRINCIPLE.search(text, whole_end, whole_end + 80) is not None
        return "negated" if conditional else "expected"
    if _ACCEPTED_INVITATION.search(pre) or (
        _INVITED_TO.search(pre) and _invitation_taken_up(ctx, info, text[whole_end:])
    ):
        return "expected"  # "Trump accepted an invitation to visit Australia"
    # ("has been invited and is expected to meet Trump": the joined verb phrase's own mood)
    joined = (
        max(_JOINED_PLAN.finditer(pre), key=re.Match.end, default=None) if " and " in pre else None
    )
    # ("sought regional support in a call with Lula on Saturday": what was sought, the call
    # its medium; but "hoped to resolve it in a meeting with Trump" stays a hope)
    medium = _IN_AN_EVENT.search(pre) if pos == "noun" else None
    hoped_from = joined.end() if joined else 0
    if medium is not None and all(
        h.group(0).lower() in ("sought", "seeking", "seeks")
        for h in clauses.HYPOTHETICAL.finditer(pre, hoped_from, medium.start())
    ):
        hoped_from = max(hoped_from, medium.start())  # (not "might mention it in a call with")
    # (but a leading "If talks fail, ..." governs both)
    if clauses.HYPOTHETICAL.search(pre, hoped_from) or (
        joined is not None and _IF_OPENS.match(text)
    ):
        return "negated"
    if pos == "noun" and (
        _NOUN_DENIED.match(post)
        or (trigger_at is not None and _SAID_UNTRUE.search(text, trigger_at))
    ):
        return "negated"  # "a reciprocal visit to Brussels by Xi ... is not on the agenda"
    if pos == "noun" and _MAY_HAPPEN.search(post[:160]):
        return "negated"  # "a meeting between Ramaphosa and Trump could take place next year"
    if pos == "noun" and _ANY_OR_NO_BEFORE.search(pre):
        return "negated"  # "any meeting would have to be prepared", "no trade talks until"
    if pos == "noun" and _PREPARING_BEFORE.search(pre):
        return "planned"  # "Officials are preparing a summit between Trump and Putin"
    if pos == "noun" and _PLANNED_AFTER.match(post):
        # "Russia-Ukraine talks planned in Istanbul", "The EU-China summit is set for July 24"
        return "planned"
    if pos == "noun" and trigger_at is not None and _IS_EXPECTED_AFTER.match(text, whole_end):
        return "expected"  # "Mattarella, whose state visit to China is expected in November"
    if pos == "noun" and trigger_at is not None and _AFTER_ITS_EVENT.fullmatch(before_trigger):
        return "occurred"  # "After his call with Xi, Trump said he would visit China": done
    if (
        pos == "noun"
        and _AFTER_EVENT.search(before_trigger)
        and not _UNTIL_AFTER.search(before_trigger)
        and clauses.PAST.search(clause := before_trigger.rsplit(";", 1)[-1])
        and not clauses.FUTURE.search(clause)
    ):
        # "said they had made progress after talks in Geneva on Sunday over the plan to end
        # the war": done, whatever the words after it plan
        return "occurred"
    planned_later = (
        _PARTIES_THEN_PLANNED.match(post) if pos == "noun" and trigger_at is not None else None
    )
    if planned_later and trigger_at is not None:
        # ... whose verb follows the last party named ("talks between A and B are"), not a
        # verb of a clause after them ("talks between A and B ended, and more are expected")
        be_at = trigger_at + len(trigger_text) + planned_later.start("be")
        last = max((x.end for x in info.mentions if x.end <= be_at), default=-1)
        if info.text[last:be_at].strip():
            planned_later = None
    if planned_later:
        # "The talks between Araghchi and Witkoff are scheduled for Saturday"
        return "expected" if planned_later.group("how") == "expected" else "planned"
    if clauses.EXPECTED.search(near) or _IS_EXPECTED.match(trigger_text):
        return "expected"
    if pos == "verb" and _EXPECTS_THEM_TO.search(before_trigger[-140:]):
        # "Trump said he expected Tshisekedi and Kagame to come to Washington to sign a deal"
        return "expected"
    if _IS_DUE.match(trigger_text):
        return "planned"
    if info.is_headline and pos != "noun" and _TO_AT_END.search(pre):
        return "planned"  # "Saudi crown prince to visit Washington"
    if (
        clauses.FUTURE.search(near)
        # "would travel to Washington on Thursday with X to meet Y": the trip's purpose
        or (pos != "noun" and _TO_AT_END.search(pre) and clauses.FUTURE.search(pre))
        # "Lula leaves for Hanoi on Thursday for a state visit": a timetable's present
        # ("Lula leaves for Hanoi on Thursday", "Trump departs Kuala Lumpur for Tokyo")
        # (a headline's "Ruto heads to Washington", "Trudeau flies to Mar-a-Lago": the trip
        # starts; the body, if it tells the trip done, decides when the two merge)
        or _LEAVES_NOW.match(trigger_text) is not None
        or (info.is_headline and trigger_text.startswith("flies"))
        or (
            not info.is_headline
            and (
                "leaves" in before_trigger
                or "departs" in before_trigger
                or "heads" in before_trigger
                or "sets off" in before_trigger
            )
            and _LEAVES_FOR.search(before_trigger) is not None
        )
        # "is due to meet Lee in Gyeongju, and then to hold talks with Xi": the same plan
        or (
            pos != "noun"
            and _THEN_TO.fullmatch(pre)
            and clauses.FUTURE.search(before_trigger) is not None
        )
        or (pos == "noun" and clauses.FUTURE.search(pre))
        # "... in a phone call on Monday that Canada would retaliate": the report's future
        # (not "held a summit in Tokyo on Thursday and agreed to resume talks": held, and what
        # was agreed at it)
        or (
            pos == "noun"
            and not _HELD_BEFORE.search(before_trigger)
            and (
                clauses.FUTURE.search(_REPORTED_CLAUSE.split(post[:60])[0])
                or _TO_TAKE_PLACE.search(post[:160])
            )
        )
    ):
        return "planned"
    if (
        pos == "verb"
        and trigger_text.endswith("ing")
        and before_trigger.rstrip().endswith(",")
        and clauses.FUTURE.search(before_trigger)
    ):
        return "planned"  # "will leave on Sunday for a tour of the region, visiting Egypt"
    if pos == "noun" and clauses.NOUN_OCCURRED.match(post):
        return "occurred"
    if (
        pos == "noun"
        and ctx.published
        and _HOLDS_BEFORE.search(pre)
        and any(d.value and d.value.start > ctx.published for d in info.future_dates)
    ):
        return "planned"  # "Thursday, when Macron and Starmer hold a UK-France summit"
    if (
        pos == "noun"
        and trigger_at is not None
        and _STARTS_AHEAD.match(text, whole_end)
        and ctx.published is not None
        and any(d.value and d.value.start > ctx.published for d in info.future_dates)
    ):
        return "planned"  # "Xi's visit to Vietnam, his first in six years, starts on Monday"
    if (
        trigger_at is not None
        and ctx.published is not None
        and pos == "noun"
        and _BEFORE_ENDING.search(before_trigger)
        and _TRIP_AHEAD.search(info.text, 0, trigger_at)
    ):
        return "planned"  # "Trump flies to Doha on Wednesday before ending the tour in Abu Dhabi"
    if (
        pos in ("verb", "host")
        and trigger_at is not None
        and ctx.published is not None
        # ("is meeting", "is hosting", "is heading to", "before heading to")
        and trigger_text.split(maxsplit=1)[0].endswith("ing")
        and (
            # "Macron is meeting Merz in Berlin on Tuesday": an arrangement ahead
            (
                _IS_DOING.search(before_trigger)
                and any(
                    d.value and d.value.start > ctx.published and d.start > trigger_at
                    for d in info.future_dates
                )
            )
            # "Xi travels to Belgrade on Tuesday before heading to Budapest": the next leg of
            # a trip ahead
            or (leg is not None and _trip_ahead_before(info.text, trigger_at))
        )
    ):
        return "planned"
    if date and date.value and ctx.published and date.kind not in ("entry_time", "same_day"):
        if date.value.start > ctx.published:
            return "planned"
        if date.rest_still_ahead(ctx.published):
            return "planned"  # "when he meets Trump ... later this month": the month's rest
        return "occurred"
    if (
        pos == "verb"
        and trigger_at is not None
        and ctx.published is not None
        and _TIMETABLE_VERB.match(trigger_text)
        and any(
            d.value
            and d.value.start > ctx.published
            and d.start > trigger_at
            # (not "travels to Windhoek every year, and Namibia's tariffs take effect on
            # Thursday": another clause's day)
            and ", and " not in info.text[trigger_at : d.start]
            for d in info.future_dates
        )
    ):
        # "Anwar travels on to Bandar Seri Begawan, where he is due to hold talks with the
        # Sultan on Thursday": a timetable's present, its day told in the clause after
        return "planned"
    if pos == "noun" and _UNDER_WAY.search(pre):
        return "occurred"  # "Albanese is on a six-day trip to China": under way
    if (
        pos == "noun"
        and _AFTER_EVENT.search(before_trigger)
        and clauses.PAST.search(before_trigger)
    ):
        return "occurred"  # "Mexico had avoided higher tariffs after a phone call with Trump"
    if pos != "noun" or clauses.PAST.search(pre) or info.is_headline:
        if (
            pos == "noun"
            and not clauses.PAST.search(whole_before + " " + post[:120])
            and not info.is_headline
        ):
            return None
        return "occurred"
    return None


# "Harris, the Democratic candidate in November's election": the day of something else
_AGREED_ON = re.compile(
    r"\b(?:agreed|decided|announced|pledged|promised|vowed|resolved)\s+(?:on\s+)?$"
)
_DAYS_OTHER_THING = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:elections?|votes?|vote|ballot|referendum|polls?|inauguration|"
    r"budget|holiday|anniversary|parade|final|match|deadline|hearing|verdict|trial)\b"
)


# "talks between", "talks in Geneva over the weekend between": the parties follow
# (gated: most sentences hold no "between")
_BETWEEN_AFTER = gated(re.compile(r"\s+(?:(?P<gap>[\w.'’-]+\s+){0,5}?)between\b"))


def _between(text: str, end: int, objects: list[Mention]) -> re.Match[str] | None:
    """ "between" after a trigger: right after it, or a few words on when the parties read
    after it are two states' (not "talks in Washington between a team led by ...", whose
    parties the list does not give whole)."""
    found = _BETWEEN_AFTER.match(text, end)
    if found is None or not found.group("gap"):
        return found
    return found if len({c for o in objects for c in o.countries[:1]}) >= 2 else None


_OPENING_STRETCH = re.compile(r"^[^,:]{0,40}[,:]")


def _pick_date(
    ctx: ArticleContext,
    info: SentenceInfo,
    w: clauses.Window,
    start: int,
    future: bool,
    clause_end: int,
    shared_from: int | None = None,
) -> DateMention | None:
    pool = info.future_dates if future else info.past_dates
    if pool and ("'s " in info.text or "’s " in info.text):
        pool = [d for d in pool if not _DAYS_OTHER_THING.match(info.text, d.end)]
    if pool and "deadline" in info.text:
        # "agreeing to restore a July 9 deadline ... after a call with X": the deadline's day
        pool = [d for d in pool if not clauses.NAMES_A_DEADLINE.match(info.text, d.end)]
    if future and pool:
        # "agreed on Wednesday to hold an annual strategic dialogue": the day of the agreeing
        pool = [
            d
            for d in pool
            if not (d.end <= start and _AGREED_ON.search(info.text, max(0, d.start - 30), d.start))
        ]
    # "invite Trump to the G20 summit that South Africa will host on Nov. 22": the day of
    # another gathering, told in its own relative clause
    if pool and (", who" in info.text or ", which" in info.text):
        # "Goyal, who was not at Monday's dinner, is due in Washington later this week": the
        # aside's day is not the event's
        asides = [a.span() for a in _WHO_WHICH_ASIDE.finditer(info.text, 0, start)]
        pool = [d for d in pool if not any(a <= d.start < b for a, b in asides)]
    if pool and (", his " in info.text or ", her " in info.text or ", the " in info.text):
        counted = [a.span() for a in _ORDINAL_ASIDE.finditer(info.text)]
        pool = [d for d in pool if not any(a <= d.start < b for a, b in counted)]
    if pool and " since " in info.text:
        # "the first state visit ... since that of President Bachelet in March 2009": the day
        # of the one before
        pool = [
            d
            for d in pool
            if not _SINCE_BEFORE.search(info.text, max(start, d.start - 80), d.start)
        ]
    relative = " that " in info.text or " which " in info.text
    if pool and relative and _GATHERING_NOUN.search(info.text, start):
        pool = [
            d
            for d in pool
            if not (start < d.start and _GATHERING_TOLD.search(info.text, start, d.start))
        ]
    candidates = [
        d
        for d in pool
        if (
            w.left <= d.start
            # "The moves came a day after Starmer spoke with ...": it dates the clause it opens
            or (d.kind == "comes_after" and not info.text[d.end : w.left].strip())
        )
        and d.end <= w.right
        and not _is_report_date(info.text, d)
    ]
    if len(candidates) > 1 and any(d.kind == "comes_after" for d in candidates):
        # ("comes eight days after Wong hosted Wang in Canberra on 20 March": the day told)
        candidates = [d for d in candidates if d.kind != "comes_after"]
    if shared_from is not None:
        # "a call on Oct. 6 and a meeting ... on Oct. 26": with another event earlier in the
        # clause, a date before this trigger is that event's.
        after = [
            d
            for d in pool
            if start < d.start
            and d.end <= max(w.right, clause_end)
            and not _is_report_date(info.text, d)
        ]
        if after:
            candidates = after
        elif future and _AGREED_THAT.search(info.text, shared_from, start):
            # "spoke by telephone on Wednesday and agreed that Petro would visit the White
            # House": the day is the call's, the visit has none yet
            candidates = [d for d in candidates if not shared_from <= d.start < start]
    if not candidates:
        # "will visit China before the end of the year": the time limit the clause ends on
        candidates = [
            d
            for d in pool
            if d.kind == "end_of_period" and w.left <= d.start and d.start - w.right <= 1
        ]
    if not candidates and clause_end > w.right:
        candidates = [
            d
            for d in pool
            if w.left <= d.start and d.end <= clause_end and not _is_report_date(info.text, d)
        ]
    if not candidates:
        # "Trump said on Wednesday after a phone call with To Lam": the report's day is the call's
        candidates = [
            d
            for d in pool
            if d.end < start
            and _AFTER_THE_EVENT.fullmatch(info.text, d.end, start)
            and _is_report_date(info.text, d)
        ]
    if not candidates and _AFTER_EVENT.search(info.text, max(0, start - 40), start):
        # "Fico lifted his veto late on Wednesday after a call with Costa", "Sheinbaum said on
        # Thursday that Mexico had avoided higher tariffs after a phone call with Trump": the
        # day of what followed the call is the call's (not a day in an aside about someone)
        candidates = [
            d
            for d in pool
            if clauses.clause_start(info.text) <= d.start
            and d.end < start
            and not _IN_AN_ASIDE.search(info.text, 0, d.start)
            # (not "agreeing to extend the deadline to July 9": a day of something else)
            and not _A_DAY_OF_ANOTHER.search(info.text, max(0, d.start - 12), d.start)
            and d.value is not None
            and d.value.precision == "day"
        ][-1:]
    if not candidates and _WHERE_BEFORE.search(info.text, max(0, w.left - 10), w.left):
        # "tomorrow he will travel to Indonesia, where he is scheduled to meet Prabowo": the
        # travel's day
        candidates = [d for d in pool if d.end <= w.left and not _is_report_date(info.text, d)][-1:]
    if not candidates:
        # "Later on Monday, X, after speaking twice with Y, said ...": a date that opens the
        # sentence dates everything in it.
        opening = _OPENING_STRETCH.match(info.text)
        head = len(opening.group(0)) if opening else 0
        candidates = [
            d
            for d in pool
            # "On Monday he held talks with Li, while Farrell and Wang held separate talks"
            if (
                d.end <= head
                or d.kind == "entry_time"
                or clauses.opens_sentence(info.text, d.start)
            )
            and not _is_report_date(info.text, d)
        ]
    if not candidates:
        # "not met since February, when Modi visited the White House": the date the clause
        # opening on "when" describes.
        candidates = [d for d in pool if _WHEN_AFTER.fullmatch(info.text, d.end, w.left)]
    if not candidates:
        return None
    # "He is in Berlin today and will meet Merz tomorrow", "flew to Rome on Monday and went on
    # to Madrid the next day": a date before "and will" or "and went" is the first verb's,
    # when the second has its own (else they share it).
    joined = _AND_WILL if future else _AND_DID
    own = [
        d
        for d in candidates
        # the second verb may be the trigger itself ("and flew"): read a little past its start
        if not ((j := joined.search(info.text, d.end, start + _VERB_REACH)) and j.start() < start)
    ]
    if not own:
        own = [
            d
            for d in pool
            if start <= d.start
            and not _CLAUSE_STOP.search(info.text, start, d.start)
            and not _is_report_date(info.text, d)
        ]
    candidates = own or candidates
    return min(candidates, key=lambda d: abs(d.start - start))


_AGREED_THAT = re.compile(
    r"\b(?:agreed|agree|agrees|said|announced|decided)\s+(?:that\s+|to\s+)", re.IGNORECASE
)
# "met Wang Yi, Lavrov and Jaishankar separately": each on their own
_ONE_BY_ONE = gated(
    re.compile(
        r"\b(?:separately|individually|respectively|one\s+by\s+one|in\s+turn|bilateral(?:ly)?)\b"
    )
)
_RECEIVED_AT = re.compile(r"\s+(?:at|in)\s")
_WHOM_BEFORE = gated(re.compile(r",\s*whom\s+$"))
# An object of "with", titles and all: "with U.S. Deputy Secretary of State Christopher Landau"
_WITH_BEFORE = gated(re.compile(r"\bwith\s+(?:[\w.’'-]+\s+){0,6}$"))
# "... and will travel", "... on Tuesday and then flew": the verb joined to the one before
_AND_THEN_VERB = re.compile(r"(?:(?!\bwho\b)[^,;.])*?,?\s*\band\s+(?:\w+\s+){0,3}$")
_BECOMING_THE_FIRST = word_start_first(
    re.compile(
        r"\bbecoming\s+(?:the|only\s+the)\s+(?:first|second|third|most\s+senior|highest[\s-]ranking|"
        r"\w+est)\b[^,;.]{0,60}?\bto\s+$"
    )
)
# (gated: read only where one of its words stands)
_NEXT_EVENT_GAP = gated(
    re.compile(
        # (not "..., Misri told reporters after the talks": another clause, an event told before;
        # not "before Lee flew on to Washington": a subject of its own)
        r"(?:(?!\b(?:and|but|while|who|whom|which|when|where|as)\b)[^,;.])*?(?:,\s*)?"
        r"\b(?:before|after|ahead\s+of|following)\s+(?:an?\s+)?"
        r"(?:(?!(?:his|her|their|its)\b)[a-z][\w-]*\s+){0,5}"
    )
)
_AND_TO_VERB = word_start_first(re.compile(r"\band\s+to\s+\w+\s+(?:the|his|her|its|their)\s+$"))
_BLOC_OWNS = re.compile(
    # (a full stop only after an abbreviation: "in Manama on Dec. 3 for their annual summit")
    rf"\s*(?:[Tt]he\s+)?(?:{BLOCS})\b(?!\s+and\b)(?:[^.;]|\.(?=\s+\d))*?\b(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# ("is expected in Ankara on Thursday for his first visit to Turkey")
_PURPOSE_GAP = re.compile(
    # (not "The trip comes six weeks after Modi went to Moscow for talks": another clause's)
    r"(?:(?:(?!\b(?:after|before|since|when|while)\b)[^,;.]){0,60}?"
    # ("visited Kyiv with Macron, Starmer and Tusk on May 10 for talks with Zelenskyy": the
    # companions listed between)
    # (not "flew to Tokyo with a large delegation and then went on to Tianjin for talks")
    r"|[^,;.]{0,30}?\bwith\s+(?-i:[A-Z])(?:(?!\bthen\b)(?:[^,;.]|,(?=\s+[A-Z]))){0,160}?)"
    # ("an official visit to Iraq on Monday, his first in 12 years, for talks with ...")
    r"(?:,\s+(?:his|her|their|the)\s+first\b[^,;.]{0,50},\s+)?"
    # ("for two days of talks", "for a three-day state visit")
    r"\bfor\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}"
)
_SAME_TRIP_GAP = re.compile(
    r"(?:(?!\b(?:after|before|since|when|while|and|but)\b)[^,;.]){0,60}?"
    r"\b(?:at\s+the\s+(?:start|beginning|end)\s+of|as\s+part\s+of|on\s+the\s+(?:first|last)\s+leg\s+of)\s+"
    r"(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}"
)
_WHERE_BEFORE = re.compile(r",\s+where\s*$")
# ("said he would leave for Tokyo on Monday and meet Xi in South Korea on Thursday": a bare
# verb joined to the plan's first)
_AND_WILL = re.compile(
    r"\band\s+(?:(?:\w+\s+){0,2}(?:will|would|is\s+due\s+to|plans?\s+to)|(?:then\s+|later\s+)?"
    r"(?:meet|hold|visit|travel|fly|attend|host|speak|sign))\b"
)
# Where the second verb's own words end: a stop, or a clause of another event.
_CLAUSE_STOP = re.compile(r"[,;:]|\b(?:before|after|while|until|then|when)\b")
_VERB_REACH = 16  # the longest joined verb, "and travelled", and a little more
_AND_DID = re.compile(
    r"\band\s+(?:then\s+|later\s+)?(?:flew|travell?ed|went|headed|moved|continued|drove|"
    r"met|held|spoke|called|visited|arrived)\b"
)
_WHEN_AFTER = re.compile(r",?\s+when\s*")


def _days_from(published: date, value: FuzzyDate | None) -> int:
    """How far a reading of a date lies from the report (unread dates lie farthest)."""
    return abs((value.start - published).days) if value is not None else 10**6


_REPORTED_ON = gated(
    re.compile(
        # "told a news conference on Monday" (but "held a video conference on Tuesday" is the call)
        # (a date may be read with its "on": "..., Hanoi announced| on Tuesday")
        r"\b(?:said|says|told|announced|reported|wrote|added|posted|stated|speaking|briefing|(?:news|press)\s+conference)\s*(?:on\s+|in\s+)?$"
    )
)
# "told reporters aboard Air Force One on Friday": the press told, then where
_TOLD_THE_PRESS_ON = gated(
    re.compile(
        r"\btold\s+(?:reporters|journalists|the\s+press)(?:\s+(?:aboard|at|in|outside)\s+[^,;.]{2,30}?)?"
        r"\s+(?:on\s+|in\s+)?$"
    )
)
# "X met Y on 2 September, said ..." closes a relative clause: the date is the event's.
_REPORT_AFTER = re.compile(r"\s*(?:said|says|told|announced|press|news|briefing)\b")


def _is_report_date(text: str, d: DateMention) -> bool:
    """A date of the report, or one that only qualifies a role ("this year's ASEAN chair"):
    no event's."""
    return _is_report_span(text, d.start, d.end) or _ROLE_OF_THE_YEAR.match(text, d.end) is not None


_ROLE_OF_THE_YEAR = gated(
    re.compile(
        r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:chair|chairman|chairwoman|host|hosts|president|presidency|"
        r"champion|winner)\b"
    )
)


# Each trigger weighs the sentence's dates more than once (as past and as plan, in the window
# and beyond): each date is looked at once.
@lru_cache(maxsize=1024)
def _is_report_span(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 12]
    return bool(
        _REPORTED_ON.search(before)
        or _REPORT_AFTER.match(after)
        or _TOLD_THE_PRESS_ON.search(text, max(0, start - 60), start)
    )


def _qualifies_a_guest(
    ctx: ArticleContext, text: str, place: Mention, objects: list[Mention]
) -> bool:
    """Whether ``place`` is the country word of the titled guest named next ("Saudi Crown
    Prince Mohammed bin Salman"): between them only title words, capitalised or in the
    title lexicon."""
    guest = next((o for o in objects if o.start >= place.end), None)
    if guest is None or guest.form not in (PERSON, ROLE):
        return False
    gap = text[place.end : guest.start]
    words = gap.split()
    return (
        gap[:1].isspace()
        and gap[-1:].isspace()
        and len(words) <= 4
        and all(w[0].isupper() or ctx.finder.is_title_word(w) for w in words)
    )


def _names_a_list_of_places(info: SentenceInfo, mentions: list[Mention], first: Mention) -> bool:
    """Whether another country or city follows ``first`` as the next item of a list."""
    after = next((m for m in mentions if m.start >= first.end), None)
    return (
        after is not None
        and (after.form in COUNTRY_FORMS or after.form == CITY)
        and _PLACE_GAP.fullmatch(info.text, first.end, after.start) is not None
    )


_OWNERS_S = re.compile(r"['’]s\b")


def _parties_right(
    ctx: ArticleContext,
    info: SentenceInfo,
    mentions: list[Mention],
    end: int,
    right: int,
    kind: str,
) -> tuple[list[Mention], list[Mention]]:
    """Counterparts after the trigger, and (for visits) the places visited, in order."""
    objects: list[Mention] = []
    places: list[Mention] = []
    told_until = end  # the end of the last object and of what was told of it
    owned_at: tuple[int, int] | None = None  # where "Thailand's acting prime minister, " stands
    for m in mentions:
        if m.start < end or m.end > right:
            continue
        # ("Hun Manet and Thailand's acting prime minister, Phumtham": the list goes on)
        gap_end = owned_at[0] if owned_at is not None and owned_at[1] == m.start else m.start
        gap = info.text[told_until:gap_end]
        if objects and m.form in COUNTRY_FORMS and _OF_COUNTRY.fullmatch(gap):
            told_until = m.end  # "Gustavo Petro of Colombia": the person's country
            continue
        if (
            m.form == "demonym"
            and not objects
            and _DELEGATION.match(info.text, m.end)
            and re.fullmatch(r"\s*(?:with\s+)?(?:the\s+|a\s+)?", gap)
        ):
            objects.append(m)  # "met the Ukrainian team": the country's delegation
            told_until = m.end
            continue
        owner = _OWNS_PERSON.match(info.text, m.end) if m.form in COUNTRY_FORMS else None
        owned = (
            owner
            and next(
                (
                    o
                    for o in mentions
                    if o.form in (PERSON, ROLE)
                    and o.start >= owner.end()
                    # "Thailand's acting Prime Minister Phumtham": a title may stand between
                    and _titled_gap(ctx, info.text[owner.end() : o.start])
                ),
                None,
            )
        )
        if owner and owned is not None:
            owned_at = (m.start, owned.start)
            continue  # "received Jordan's King Abdullah": the king is the party
        if m.form in COUNTRY_FORMS or m.form == CITY:
            before = info.text[max(end, m.start - 30) : m.start]
            if (
                kind == "visit"
                and places
                and _PLACE_GAP.fullmatch(info.text[places[-1].end : m.start])
            ):
                places.append(m)  # "travel to Saudi Arabia, Qatar and the UAE"
                continue
            if kind == "visit" and not places and _PLACE_AFTER_VISIT.fullmatch(before):
                places.append(
                    m
                )  # "visited Tokyo", "visit the Republic of Korea", "arrived in Busan"
                continue
            if (
                kind == "visit"
                and not places
                and _OF_AFTER_VISIT.fullmatch(info.text, end, m.start)
                and _names_a_list_of_places(info, mentions, m)
            ):
                places.append(m)  # "a tour of Vietnam, Malaysia and Cambodia"
                continue
            if m.form == CITY:
                continue  # a city is only ever a place visited
            if _TOPIC_BEFORE.search(before) or not _OBJECT_LINK.search(before):
                continue
            if _CAPITAL_NAMED.search(before):
                continue  # "met in the Albanian capital, Tirana": the place, no party
            if _IN_PLACE_COMMA.search(before):
                continue  # "met in Argyle, St Vincent and the Grenadines": where, no party
        elif (
            m.form == PRONOUN and m.person and m.person.lower() not in ("him", "her")
        ) or m.form not in (PERSON, ROLE, GROUP, REGION, PRONOUN):
            continue
        elif _OWNERS_S.match(info.text[m.end : m.end + 2]) and not _OBJECT_LINK.search(
            info.text[max(end, m.start - 30) : m.start]
        ):
            continue  # "negotiations of Donald Trump's second term": an owner, not a party
        if objects and not _LIST_GAP.fullmatch(gap):
            break
        if not objects and len(info.text[end : m.start].split()) > 7:
            if kind == "visit" and places:
                # ("to Belgrade on Tuesday for talks with President Vucic, then on to
                # Budapest": the trip's next stop may follow the host)
                continue
            break
        objects.append(m)
        told_until = m.end
    return objects, places


_IN_PLACE_COMMA = re.compile(
    r"\bin\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+(?:the\s+)?$"
)
_INVITATION_FROM = re.compile(r"\binvitation\s+from\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+$")
_OWN_INVITATION = re.compile(r"['’]s\s+invitation\b")


_OWNER_PRONOUN_BEFORE = gated(re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+){0,3}$"))


_LAUNCHED = re.compile(r"(?:launch|resum|start|beg[ia]n|open|restart|reopen)")
_LEADERS_GROUP = re.compile(
    r"\b(?:leaders|presidents|ministers|premiers|chancellors|heads\s+of\s+state)\b", re.IGNORECASE
)
_TRADE_TALKS = re.compile(
    r"\s+(?:on|toward|towards|for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:trade|free-trade|investment|accession|partnership)\b"
)


_VENUE_BEFORE = re.compile(r"\b(?:in|at|to|from|near)\s+(?:the\s+)?$")


def _leaders_launch(
    text: str, mentions: list[Mention], agent: Mention | None, start: int, end: int
) -> bool:
    """Whether talks launched or resumed are an event between leaders ("Macron and Xi begin
    bilateral talks", "The two leaders agreed to launch talks on arms control"), not a process
    between states or sides ("both sides agreed to restart talks on minimum prices", "opened
    negotiations on a free trade agreement", "told Wang Yi that Beijing must resume military
    talks"), which the gold sets never count."""
    if agent is None or _TRADE_TALKS.match(text, end):
        return False
    if any(
        agent.end <= x.start
        and x.end <= start
        and x.form in (*COUNTRY_FORMS, PERSON, ROLE, GROUP)
        and not _VENUE_BEFORE.search(text, max(0, x.start - 8), x.start)
        for x in mentions
    ):
        return False  # a state named between (not a venue): its talks, not the leader's
    if agent.form in (PERSON, ROLE):
        return True
    return agent.form == GROUP and bool(_LEADERS_GROUP.search(text, agent.start, agent.end))


def _status_by_tense(clause: str) -> str | None:
    """An event's status read off the tense of the clause that tells it."""
    if clauses.FUTURE.search(clause):
        return "planned"
    return "occurred" if clauses.PAST.search(clause) else None


def _agent_left(
    ctx: ArticleContext,
    info: SentenceInfo,
    mentions: list[Mention],
    left: int,
    start: int,
    pos: str,
) -> Mention | None:
    before = [m for m in mentions if left <= m.start and m.end <= start]
    if "by" in info.text:
        # ("Zelensky, joined by Macron and Merz, met Trump": the subject, not its companions)
        asides = [a.span() for a in _JOINED_BY_ASIDE.finditer(info.text, left, start)]
        before = [m for m in before if not any(a <= m.start < b for a, b in asides)]
    if pos == "noun":
        text_before = info.text[left:start]
        light = _LIGHT_VERB.search(text_before)
        poss = _POSSESSIVE.search(text_before)
        if poss:
            owner = [m for m in before if m.end == poss.start() + left]
            if owner:
                return owner[-1]
        his = _OWNER_PRONOUN_BEFORE.search(text_before)
        if his:
            pron = [m for m in before if m.start == his.start() + left]
            if pron:
                return pron[-1]
        if not light:
            return None
        if _BEGUN.match(light.group(0)) and not any(
            # (a day of the talks' own clause: not "..., Trump said on Monday")
            start < d.start <= start + 80
            and d.value is not None
            and "," not in info.text[start : d.start]
            and not _is_report_date(info.text, d)
            for d in (*info.future_dates, *info.past_dates)
        ):
            # "would begin direct talks on Saturday" is an event; "would start negotiations
            # toward a ceasefire", with no day, a process
            return None
        before = [m for m in before if m.end <= left + light.start()]
    for i, m in enumerate(reversed(before)):
        if m.form in (PERSON, ROLE, GROUP, REGION):
            if _is_speaker(info.text, m) and any(
                o.form in (PERSON, ROLE) for o in before if o is not m
            ):
                continue
            if i + 1 < len(before) and (
                _INVITATION_FROM.search(info.text, max(left, m.start - 40), m.end)
                or _OWN_INVITATION.match(info.text, m.end)
            ):
                continue  # "accepted an invitation from Starmer to visit": the one invited goes
            if (
                i + 1 < len(before)
                and " and " in info.text[m.end : start]
                and _WITH_BEFORE.search(info.text, max(left, m.start - 80), m.start)
                and _AND_THEN_VERB.fullmatch(info.text, m.end, start)
            ):
                continue  # "He spoke with Landau and will travel to Washington": his trip
            return m
        word = (m.person or "").lower()
        if m.form == PRONOUN and word in ("he", "she", "i", "we", "they"):
            return m
        if (
            m.form == PRONOUN
            and word in ("him", "her")
            and (
                clauses.TRIP_TOOK.search(info.text, max(left, m.start - 40), m.start)
                or _EXPECT_HIM.search(info.text, max(left, m.start - 12), m.start)
            )
        ):
            # "a trip that took him on to Washington for a meeting with Trump", "Diplomats
            # expect him to visit France"
            return m
        if (
            m.form == PRONOUN
            and word in ("his", "her", "their", "my", "our")
            and len(info.text[m.end : start].split()) <= 2
        ):
            return m
        if m.form in COUNTRY_FORMS:
            lead = info.text[left : m.start].strip().lower()
            if _DELEGATION.match(info.text, m.end):
                return m  # "a US team is due in New Delhi"
            if (
                lead in ("", "the", "and")
                or lead.endswith((" and", ","))
                or re.fullmatch(r"[\w\s,]*(?:and|the)", lead)
                or clauses.TIME_OR_PLACE_LEAD.fullmatch(lead)  # "On Monday Moscow hosted ..."
            ):
                if not re.match(r"\s*(?:said|says|reported)\b", info.text[m.end : m.end + 12]):
                    return m
    return None


def _compound_before(
    text: str, mentions: list[Mention], start: int
) -> tuple[Mention, Mention] | None:
    near = [m for m in mentions if m.end <= start and start - m.end <= 25 and m.countries]
    if len(near) < 2:
        return None
    a, b = near[-2], near[-1]
    joined = re.fullmatch(r"\s*[-–—/]\s*", text[a.end : b.start])
    gap_ok = re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", text[b.end : start])
    return (a, b) if joined and gap_ok and a.countries != b.countries else None


_AND_THEN_AGENT = gated(re.compile(r",?\s+and\s+(?:[\w.’'-]+\s+){0,4}?(?:[\w.’'-]+,\s+)?"))


def _coordinated_partner(
    text: str, mentions: list[Mention], agent: Mention, headline: bool = False
) -> Mention | None:
    """ "A and B met", "he and President Xi would meet": the party joined to the agent by
    "and" right before it (or, opening a headline, by a comma: "Trump, Xi agree to meet")."""
    for m in mentions:
        if m.end <= agent.start and (
            m.form in (PERSON, ROLE, *COUNTRY_FORMS)
            or (m.form == PRONOUN and (m.person or "").lower() in ("he", "she"))
        ):
            # "A and Greenland's foreign minister, B, met": a title set off by commas
            if _AND_THEN_AGENT.fullmatch(text[m.end : agent.start]):
                return m
            if headline and m.start == 0 and re.fullmatch(r",\s+", text[m.end : agent.start]):
                return m
    return None


_LIST_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|[:—–]\s+")


def _listed_before(
    text: str, mentions: list[Mention], agent: Mention, forms: tuple[str, ...], gap: re.Pattern[str]
) -> list[Mention]:
    """The mentions of ``forms`` listed up to ``agent`` (each ``gap`` apart), in order, within
    the agent's clause; just the agent when there is no list."""
    opening = clauses.window_for(text, agent.start, agent.end, None).left
    # A list's commas are not clause breaks ("Egypt's Sisi, Eritrea's Afwerki and Somalia's
    # Hassan Sheikh held a summit"): the list may reach back to the clause's own start.
    joined = max(
        (j.end() for j in _LIST_CLAUSE_BREAK.finditer(text, 0, agent.start)),
        default=clauses.clause_start(text),
    )
    opening = min(opening, max(joined, clauses.clause_start(text)))
    before = [
        m for m in mentions if opening <= m.start and m.end <= agent.start and m.form in forms
    ]
    listed = [agent]
    for m in reversed(before):
        if not gap.fullmatch(text, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed


def _listed_subjects(text: str, mentions: list[Mention], agent: Mention) -> list[Mention]:
    """ "Trump, Zelensky and European leaders": the parties listed up to the agent, the last
    joined by "and" (not "After Japan, Trump and Xi met": an opening phrase); countries only in
    a list of countries."""
    forms = (PERSON, ROLE, GROUP, REGION) if agent.form in (PERSON, ROLE) else _LISTED_FORMS
    listed = _listed_before(text, mentions, agent, forms, _SUBJECT_GAP)
    if len(listed) > 1 and " and " not in text[listed[-2].end : agent.start]:
        return [agent]
    return listed


def _coordinated_list(text: str, mentions: list[Mention], agent: Mention) -> list[Mention]:
    """ "Macron, Merz, Britain's Keir Starmer and Poland's Donald Tusk travelled": the people
    listed with the agent as one subject, in order (just the agent when there is no list)."""
    return _listed_before(text, mentions, agent, (PERSON, ROLE), _SUBJECT_LIST_GAP)


_SPEAKS = re.compile(r"\s*(?:has\s+|had\s+)?(?:said|says|told|stated|added|wrote)\b")


def _is_speaker(text: str, m: Mention) -> bool:
    return bool(_SPEAKS.match(text[m.end : m.end + 20]))


_PARTY_INSIDE = re.compile(r"\b(?:with|to)\s|^(?:briefed|briefs|updated|consulted)\s")
_WOULD = word_start_first(re.compile(r"\bwould\b"))
_CALLED = re.compile(r"(?:called|phoned|telephoned|dialed|dialled|rang)\b")


def _from_trigger(
    ctx: ArticleContext,
    info: SentenceInfo,
    m: re.Match[str],
    following: int | None,
    previous: re.Match[str] | None = None,
) -> list[Candidate]:
    kind, pos = _kind_of(m)
    preceding = previous.end() if previous is not None else None
    text = info.text
    start, end = m.start(), m.end()
    if pos == "noun" and clauses.in_quote_fragment(text, start) and kind != "call":
        return []
    if kind == "visit" and _AMONG_LEADERS.match(text, end) and not m.group(0).startswith("visit"):
        return []  # "Tusk was in London yesterday with the other leaders": a gathering
    if (
        m.group(0).split()[0] in ("stop", "stops")
        and _A_STOP_NOUN.search(text, max(0, start - 8), start)
        and _stops_in_states_named(info, end)
    ):
        # "will visit Saudi Arabia and Qatar, with stops in Riyadh and Doha": the trip's
        # stops, whose days the visits take (see _days_of_the_stops), not arrivals of their own
        return []
    if kind == "visit" and _BECOMING_THE_FIRST.search(text, max(0, start - 100), start):
        # "flies to Adelaide on Saturday, becoming the most senior Chinese official to visit
        # Australia in seven years": the trip just told, ranked
        return []
    if (
        kind == "talks"
        and _ROUNDS_OF.search(text, max(0, start - 40), start)
        and not any(d.value and d.value.precision == "day" for d in info.past_dates)
    ):
        return []  # "have held several rounds of talks on a trade deal": no one event told
    if kind == "meeting" and _A_BODY_SITS.search(text, max(0, start - 40), start):
        return []  # "addressed a Security Council meeting on Ukraine": a body's, no one's with another
    if (
        kind == "meeting"
        and pos == "noun"
        and _BLOC_OWNS.match(text, clauses.clause_start(text), start)
        and not _NOUN_LINK.match(text, end)  # "its summit with China" is the EU's with China
    ):
        # "The BRICS group, which expanded to include Iran, Egypt, Ethiopia and the UAE, is
        # holding its first summit": the bloc's gathering, not a meeting of those it names
        return []
    if (pos == "noun" or m.group(0) == "meeting") and (
        _HOSTED_FOR.search(text, 0, start) or _APPOSITION_EVENT.search(text, 0, start)
    ):
        # "hosted X and Y for a surprise meeting on March 18, their first face-to-face
        # encounter since ...": the hosting is the event; the rest describes it.
        return []
    w = clauses.window_for(text, start, end, following)
    pre, post = text[w.left : start], text[end : w.right]
    mentions = info.mentions
    if kind in ("talks", "meeting") and _BY_PHONE_AFTER.match(post):
        kind = "call"  # "held talks with Putin by phone last week"
    # "discussed the measures with Wong and Anand in a video call": one call of them all
    one_call = (
        pos != "noun"
        and kind in ("talks", "meeting")
        and " call" in text
        and bool(_IN_A_CALL.match(text, end))
    )
    if one_call:
        kind = "call"

    # Parties on the right: "between A and B", "with B", "to B", "visit B".
    # "spoke with Trump by phone": the counterpart can sit inside the trigger's own words.
    inner = _PARTY_INSIDE.search(m.group(0))
    objects, places = _parties_right(
        ctx, info, mentions, start + inner.end() if inner else end, w.right, kind
    )
    if (
        kind == "visit"
        and places
        and _DEPARTURE.match(m.group(0))
        and any(
            x.end <= start and x.form in (CAPITAL, CITY) and x.countries == places[0].countries
            for x in mentions
        )
    ):
        return []  # "met Xi in Beijing ... before leaving for Shanghai": a move within the visit
    # "..., Sheinbaum said on Tuesday": who reports the event is not a party to it.
    objects = [o for o in objects if not (_is_speaker(text, o) and text[end : o.start].count(","))]
    if pos == "host":
        # "hosted Saudi Crown Prince Mohammed bin Salman": the guest's country, not a place
        places = [p for p in places if not _qualifies_a_guest(ctx, text, p, objects)]
    if (
        _TOPIC_WITH.match(m.group(0))
        and kind != "call"  # ("discussed the situation in Gaza by telephone": the call's)
        # ("discussed the review on the sidelines of the summit": the two who met there)
        and not (kind == "meeting" and _SIDELINES.search(text, end))
        and not any(o.form in (PERSON, ROLE) for o in objects)
    ):
        return []  # "discussed cooperation with China": a topic, not a counterpart
    if _SPOKE_ALONE.fullmatch(m.group(0)):
        # "Putin and Trump spoke for 90 minutes": the two who spoke, none named after ("Lula
        # spoke again of Trump"); "spoke on Tuesday at separate events" is no call.
        if _SEPARATE.search(text, end, w.right):
            return []
        objects = []
    if (
        pos == "noun"
        and objects
        and not _NOUN_LINK.match(text[end : objects[0].start])
        # ("two days of talks in Geneva over the weekend between A and B")
        and _between(text, end, objects) is None
        # ("a summit of the leaders of Japan, China and South Korea")
        and not _OF_THE_LEADERS_OF.match(text, end)
    ):
        objects = []  # a noun event takes only parties attached to it: "a call with X"
    headed = _HEADED_BY.search(text, end)
    if headed and not objects:
        objects, _ = _parties_right(ctx, info, mentions, headed.end(), len(text), kind)
        objects += [x for x in mentions if x.start > headed.end() and x.form in COUNTRY_FORMS]
        if headed.group(0).startswith("joined"):
            # "with Xi joined by Mirziyoyev, Japarov and Rahmon": Xi takes part too.
            objects = [
                x
                for x in mentions
                if end < x.start and 0 <= headed.start() - x.end <= 2 and x.form in (PERSON, ROLE)
            ] + objects

    # "US-China talks", "the first UK–EU summit": the parties are the compound before the noun.
    compound = _compound_before(text, mentions, start) if pos == "noun" and not objects else None
    if compound is not None:
        objects = [compound[1]]

    told = (
        _TOLD_IN.search(text, max(0, start - 220), start)
        # ("in a meeting": the word read as either)
        if (pos == "noun" or m.group(0) == "meeting") and not objects and compound is None
        else None
    )
    if told and kind != "call" and _BRIEFED.match(told.group(0)):
        told = None  # "had briefed Trump on the visit": the visit is what he was told of
    if told:
        # "Carney told Trump in a phone call on Monday that ...": the one told takes part.
        # ("told Chinese Foreign Minister Wang Yi in a video call": the person after the title)
        told_whom = [x for x in mentions if told.start("who") <= x.start < told.end("who")]
        people = [x for x in told_whom if x.form in (PERSON, ROLE)]
        objects = people[:1] or [
            x
            for x in told_whom
            if x.start == told.start("who") and (x.form in COUNTRY_FORMS or x.form == GROUP)
        ]

    # The agent: possessive, relative clause, subject before, or main-clause subject.
    agent: Mention | None = compound[0] if compound is not None else None
    if told and objects:
        agent = next(
            (
                x
                for x in reversed(mentions)
                if x.end <= told.start() and x.form in (PERSON, ROLE, GROUP, *COUNTRY_FORMS)
            ),
            None,
        )
    relative = _RELATIVE_AGENT.match(text, end)
    if pos == "noun" and relative:
        agent = next((x for x in mentions if x.start == relative.start("who")), None)
    between = _between(text, end, objects)
    if (
        agent is None
        and not between
        and preceding is not None
        and (
            (pos == "verb" and _AND_THEN.search(text, 0, start))
            # "is to visit Guatemala on Feb. 5 and to end the tour in the Dominican Republic"
            or (pos == "noun" and _AND_TO_VERB.search(text, max(0, start - 40), start))
        )
    ):
        # "Macron met Modi in Paris and spoke to Lula by phone": the first verb's subject.
        opening = clauses.clause_start(text)
        agent = next(
            (x for x in mentions if opening <= x.start < preceding and x.form in (PERSON, ROLE)),
            None,
        )
    next_event = previous is not None and bool(
        _NEXT_EVENT_GAP.fullmatch(text, previous.end(), start)
    )
    # (a counterpart named: not "are meeting on Tuesday, after a summit that was postponed")
    if agent is None and not between and next_event and objects and previous is not None:
        # "he met Moon on Sunday before an unscheduled meeting with Kim", "... after talking
        # to Macron": the same person's next event, whoever else the sentence named first
        agent = next(
            (
                x
                for x in reversed(mentions)
                if x.end <= previous.start()
                and (x.form in (PERSON, ROLE) or (x.person or "").lower() in ("he", "she"))
            ),
            None,
        )
    if (
        agent is None
        and not between
        and pos != "noun"
        and _PARTICIPLE_BEFORE.search(text, 0, start)
    ):
        # "Trump did not meet Takaichi in Gyeongju, having held talks with her in Tokyo": the
        # participle's subject is the main clause's.
        agent = next((x for x in mentions if x.end <= start and x.form in (PERSON, ROLE)), None)
    if agent is None and not between:
        # "Erdogan, who flies to The Hague for the NATO summit, is due to sit down with
        # Trump": the one the aside is told of, not a name inside it (so too "Farrell, who
        # is new to the job, held a video call with Lutnick").
        aside = (_WHO_ASIDE_LIGHT if pos == "noun" else _WHO_ASIDE_BEFORE).search(text, 0, start)
        if aside:
            agent = next(
                (
                    x
                    for x in reversed(mentions)
                    if x.end == aside.start() and x.form in (PERSON, ROLE, *COUNTRY_FORMS)
                ),
                None,
            )
    if agent is None and not between:
        agent = _agent_left(ctx, info, mentions, w.left, start, pos)
    leading = clauses.LEADING_PHRASE_END.match(text) if agent is None and not between else None
    if leading is not None and end <= leading.end():
        # "After meeting Xi in Beijing on Monday, Lula flew home": the main clause's subject,
        # named after the leading phrase
        agent = next(
            (x for x in mentions if x.start >= leading.end() and x.form in (PERSON, ROLE)), None
        )
    if (
        _LAUNCHED.match(m.group(0))
        # ("will open the second round of talks": a round is a sitting, whoever holds it)
        and " round of " not in m.group(0)
        and not _leaders_launch(text, mentions, agent, start, end)
    ):
        # read as the bare noun, as any talks ("Officials from the two countries are due to
        # resume talks in Brussels")
        noun = _TRIGGER_RE.match(text, end - len(m.group(0).rsplit(None, 1)[-1]))
        return _from_trigger(ctx, info, noun, following, previous) if noun else []
    whom = (
        _WHOM_BEFORE.search(text, max(0, agent.start - 12), agent.start)
        if agent is not None and not objects and pos != "noun"
        else None
    )
    if whom:
        # "Lourenço, whom Biden received at the White House": the one "whom" stands for
        objects = [x for x in mentions[::-1] if x.end <= whom.start() and x.form in (PERSON, ROLE)][
            :1
        ]
    elif pos == "host" and _RECEIVED_AT.match(text, end):
        return []  # "Modi received in New Delhi a letter from Trump": a guest only after "whom"
    if agent is None and not between:
        # "..., a day after Russian and Ukrainian negotiators ended a round of talks in Abu
        # Dhabi": the two sides opening the clause that tells the event
        agent = next(
            (
                x
                for x in mentions
                if x.form == GROUP
                and len(x.countries) >= 2
                and x.end <= start
                and _SUBORDINATOR_JUST_BEFORE.search(text, max(0, x.start - 12), x.start)
                and _HELD_BEFORE_THE_EVENT.fullmatch(text, x.end, start)
            ),
            None,
        )
    if agent is None and not between and (w.after_participle or pos != "noun"):
        # "Xi and Putin, who last met in Samarkand": the one "who" stands for (and the one
        # joined to them), else the sentence's first person
        agent = next(
            (
                x
                for x in reversed(mentions)
                if x.end <= w.left and x.form in (PERSON, ROLE) and _WHO_AFTER.match(text, x.end)
            ),
            None,
        ) or next((x for x in mentions if x.start < w.left and x.form in (PERSON, ROLE)), None)
    if agent is None and kind == "visit" and places:
        # "a European tour that also took him to Berlin": the one the trip took; else "Li
        # Qiang will arrive ... for a four-day visit to Australia": the visitor named before.
        agent = next(
            (
                x
                for x in mentions
                if end < x.start < places[0].start
                and x.form == PRONOUN
                and clauses.TRIP_TOOK.search(text, end, x.start)
            ),
            None,
        ) or next(
            (x for x in reversed(mentions) if x.end <= start and x.form in (PERSON, ROLE)), None
        )
    if agent is None and pos == "noun" and kind == "visit" and places:
        # "a visit to Brussels by Foreign Minister Wang Yi", "a visit by Wang Yi to New Delhi":
        # the visitor follows "by"
        by = _BY_VISITOR.search(text, places[-1].end, w.right) or _BY_VISITOR.match(text, end)
        agent = next(
            (x for x in objects if by and x.start >= by.end() and x.form in (PERSON, ROLE)), None
        )
        objects = [x for x in objects if x is not agent]
    if agent is None and pos == "noun" and objects and not between:
        # "Putin also discussed Ukraine in a phone call with X": the clause's subject.
        agent = next(
            (
                x
                for x in mentions
                if w.left <= x.start < start
                and x.form in (PERSON, ROLE)
                and not _is_speaker(text, x)
            ),
            None,
        )
    opening_end = -1
    if agent is None and pos == "noun" and objects and _OPENING_PHRASE.match(text[:start]):
        # "In a phone call with his Finnish counterpart, Zelensky discussed ...": the subject
        # after the opening phrase takes part, and the main clause gives the tense.
        opening_end = text.find(",", objects[0].end)
        if opening_end >= 0:
            objects = [o for o in objects if o.start < opening_end]
            agent = next(
                (x for x in mentions if x.start > opening_end and x.form in (PERSON, ROLE)), None
            )
    if agent is None and pos == "noun" and objects and not between:
        speaker = ctx.finder.speaker_of(text, mentions)
        if speaker is not None and speaker not in objects:
            agent = speaker
    if agent is None and pos == "noun" and objects and not between:
        # "Monday: a phone call with Kenyan President William Ruto": the article's current subject.
        # In a list ("- Tuesday: a video conference with ..."), that is who the sentence
        # before the list is about, not the previous item's counterpart.
        back_from = info.index - 1
        if _LIST_ITEM.match(text):
            while back_from >= 0 and _LIST_ITEM.match(ctx.sentences[back_from].text):
                back_from -= 1
        for back in range(back_from, max(-1, back_from - 3), -1):
            subject = next(
                (x for x in ctx.sentences[back].mentions if x.form in (PERSON, ROLE) and x.person),
                None,
            )
            if subject is not None:
                agent_from_context = ctx.expand(ctx.sentences[back], subject)
                break
        else:
            agent_from_context = []
    else:
        agent_from_context = []
    if (
        agent is not None
        # (the sentence's first event: "are meeting on Tuesday, after a summit that was
        # postponed" tells of another)
        and previous is None
        and (pos == "noun" or m.group(0) == "meeting")
        and kind in ("talks", "meeting")
        and not objects
        and not between
        and not _AT_GATHERING.search(text, max(0, start - 40), start)
    ):
        # "Trump and Starmer announced the deal after talks at Chequers", "sealed the
        # agreement after meeting for about an hour": the two the sentence opens with (the
        # two names themselves, the second after its title: "Trump and European Commission
        # President Ursula von der Leyen")
        pair_of = _opening_pair(text, mentions, clauses.clause_start(text), start)
        and_then = _JUST_AND.match(text, pair_of[0].end) if len(pair_of) == 2 else None
        if (
            and_then is not None
            and agent in pair_of
            and _TITLE_WORDS.fullmatch(text, and_then.end(), pair_of[1].start)
        ):
            objects = [x for x in pair_of if x is not agent]
    if (
        agent is None
        and pos == "noun"
        and not objects
        and not between
        # "A and B exchanged a few words at the EPC summit": a gathering they attended, not
        # one they held
        and not _AT_GATHERING.search(text, max(0, start - 40), start)
    ):
        # "A and B ...", or after an opening phrase: "In a call late on Sunday, A and B ..."
        # ("JEDDAH, Saudi Arabia (Reuters) - A and B ...": after the dateline)
        lead = (
            text.find(",", end) + 1
            if _OPENING_PHRASE.match(text[:start])
            else clauses.clause_start(text)
        )
        subjects = _opening_pair(text, mentions, lead, len(text))
        if len(subjects) == 2:
            agent, objects = subjects[0], [subjects[1]]
        else:
            # "Russian and Ukrainian delegations agreed ... after a third round of talks": the
            # two sides that open the sentence held them.
            opening = clauses.clause_start(text)
            agent = next(
                (
                    x
                    for x in mentions
                    if x.form == GROUP
                    and len(x.countries) >= 2
                    and not text[opening : x.start].strip()
                ),
                None,
            )

    if (
        agent is None
        and not agent_from_context
        and not objects
        and not places
        and (kind not in ("talks", "meeting") or _MEDIATOR.search(text, end) is None)
    ):
        # Nobody takes part (only a mediator could still join talks): no event, whatever the
        # trigger's tense and date, which are costly to read.
        return []

    clause_end = clauses.window_for(text, start, end, None).right
    same_kind_next = following is not None and _kind_at(text, following) == kind
    # ("will travel to Brazil to sign the agreement on Dec. 20": the trip's purpose, its day)
    purpose_next = (
        kind == "visit"
        and following is not None
        and _TO_BEFORE.search(text, max(0, following - 4), following) is not None
    )
    date_end = clause_end if same_kind_next or purpose_next else w.right
    subjects_together = False
    apposed = _apposed_people(text, mentions, agent, start) if agent is not None else []
    if len(apposed) >= 2:
        # "The leaders, President Faye of Senegal, ... and President Boakai, met President
        # Trump": those the apposition names, together with the ones they met
        agent, objects, subjects_together = apposed[0], apposed[1:] + objects, True
    if agent is not None and not objects and not between and kind != "visit":
        partner = _coordinated_partner(text, mentions, agent, info.is_headline)
        listed = _listed_subjects(text, mentions, agent)
        if len(listed) <= 2 and agent.form in (PERSON, ROLE):
            # "Egypt's President Sisi, Eritrea's President Afwerki and Somali President Hassan
            # Sheikh held a summit": titled people listed
            titled = _coordinated_list(text, mentions, agent)
            if len(titled) > 2 and " and " in text[titled[-2].end : agent.start]:
                listed = titled
        if len(listed) > 2:
            # "Trump, Zelensky and European leaders met at the White House": one meeting
            agent, objects, subjects_together = listed[0], listed[1:], True
        elif partner is not None:
            agent, objects = partner, [agent]
    elif (
        agent is not None
        and objects
        and not between
        and kind in ("call", "meeting", "talks")
        and pos == "noun"
    ):
        # "Starmer and Merz held a video call with Zelenskyy", "Marcos and Kishida held a
        # trilateral summit with Biden": both took part
        partner = _coordinated_partner(text, mentions, agent)
        if partner is not None and partner not in objects:
            agent, objects, subjects_together = partner, [agent, *objects], True

    shared_from = preceding if preceding is not None and preceding > w.left else None
    date_future = _pick_date(ctx, info, w, start, True, date_end, shared_from)
    date_past = _pick_date(ctx, info, w, start, False, date_end, shared_from)
    told_as = (
        _SPOKEN_IN_A_CALL.match(text, w.right) if kind == "call" and date_past is None else None
    )
    if told_as is not None:
        # "had spoken only once before, in a five-minute phone call on Nov. 7"
        date_past = next(
            (d for d in info.past_dates if told_as.end() <= d.start <= told_as.end() + 12), None
        )
    status = _status(ctx, info, text, pre, post, date_past, pos, m.group(0), start)
    if status in ("planned", "expected") and _WOULD.search(pre[-40:]):
        if _ON_CONDITION.match(text, end):
            status = "negated"  # 'she would meet Trump "if there is something to talk about"'
    if status is None and agent is not None and opening_end >= 0:
        status = _status_by_tense(text[opening_end:])
    if status is None and next_event and preceding is not None:
        # "met Biden on Friday after two days of talks with Blinken": told in the tense of the
        # event it comes before or after
        status = _status_by_tense(text[:preceding])
    if (
        status == "occurred"
        and pos == "verb"
        and _PRESENT_FORM.match(m.group(0))
        and not date_past
        and not clauses.PAST.search(pre)
        and not info.is_headline
    ):
        status = None  # "continues to have discussions": habitual, not an event
    if (
        status == "occurred"
        and pos in ("verb", "host")
        and _PRESENT_MOVE.match(m.group(0))
        and not _TO_BEFORE.search(text, max(0, start - 12), start)  # "visited ... to meet"
        and not _DID_BEFORE.search(text, max(0, start - 16), start)  # "did meet": done
        and ctx.published is not None
        and any(
            d.value is not None and d.value.start >= ctx.published
            # ("hosts Trump for a summit in Gyeongju on Oct. 29": a day past the window, but a
            # headline's present is the news just past)
            for d in (
                [date_future]
                if date_future is not None
                else []
                if info.is_headline
                else [d for d in info.future_dates if end < d.start < clause_end]
            )
        )
    ):
        status = "planned"  # "Later the same day the president flies to Doha": an itinerary
    if status in ("negated",):
        return []
    if m.group(0).startswith("sign") and not _leaders_sign(text, start, agent, objects):
        return []  # "Japan signed a trade deal": not a meeting unless two leaders sign in person
    if status in ("planned", "expected") and date_future is None:
        # "a call with X, whose country faces ..., later this week": skip the relative clause.
        aside = re.match(r",\s+(?:who|whose|which)\b[^,]*,", text[w.right :])
        if aside:
            after = w.right + aside.end()
            rest = clauses.window_for(text, after, after, None).right
            later = [
                d
                for d in info.future_dates
                if after <= d.start < rest and d.value and not _is_report_date(text, d)
            ]
            date_future = later[0] if later else None
    if status in ("planned", "expected") and date_future is None and ctx.published:
        ahead = [d for d in info.future_dates if d.value and d.value.start > ctx.published]
        if len(ahead) == 1 and ahead[0].end <= start:
            date_future = ahead[0]  # "comes on Thursday, when they hold a summit"
    # (a plan told from the past, "was to visit Uzbekistan on Sunday", is dated as a plan, when
    # its day is days away, not a month gone: "had been due to meet in May")
    as_plan = status in ("planned", "expected") or (
        status == "cancelled"
        and _WAS_TO.search(pre) is not None
        and date_future is not None
        and date_future.value is not None
        and ctx.published is not None
        and (date_future.value.start - ctx.published).days <= 14
    )
    chosen = date_future if as_plan else date_past
    new_day = _moved_to(info, start) if status == "cancelled" else None
    if new_day is not None:
        status, chosen = "planned", new_day  # "postponed a trip ... until March 10": a new day
    if (
        status == "expected"
        and chosen is not None
        and chosen.start < start
        and _INVITED_TO.search(text, max(0, start - 80), start)
    ):
        chosen = None  # "telephoned Albanese on Wednesday ... and invited him to make a visit"
    if (
        chosen is not None
        and new_day is None
        and clauses.UNTIL_BEFORE.search(text, max(0, chosen.start - 9), chosen.start)
    ):
        # "will leave on Sunday ..., visiting Egypt and Israel through Thursday": the start
        pool = _dates_for(info, status)
        chosen = next((d for d in pool if d.end <= chosen.start and d.value), chosen)
    if (
        status == "cancelled"
        and date_future
        and date_past
        and ctx.published
        and _PLANNED_FOR.search(text, max(0, date_future.start - 80), date_future.start)
    ):
        # "postponed a summit that had been expected in December": the reading nearer the report
        published = ctx.published
        chosen = min((date_past, date_future), key=lambda d: _days_from(published, d.value))
    if (
        status == "occurred"
        and chosen is not None
        and chosen.kind == "weekday"
        and chosen.value is not None
        and _TO_BEFORE.search(text, max(0, start - 12), start)
        and (arrived := _day_told_before(info, start)) is not None
        and chosen.value.start < arrived
    ):
        # "arrived in Washington on Monday to sign the deal with Trump on Wednesday": the
        # Wednesday after the Monday, still ahead of a Tuesday report
        day = arrived + timedelta(days=(chosen.value.start.weekday() - arrived.weekday()) % 7 or 7)
        chosen = replace(chosen, value=FuzzyDate.day(day))
        if ctx.published is not None and day > ctx.published:
            status = "planned"
    # ("expected to speak with Trump in the coming days": no day, week or month is told)
    when = chosen.value if chosen and chosen.kind != "coming_days" else None
    if when and chosen is not None and (limit := _BEFORE_THE_END_OF.fullmatch(chosen.text)):
        # "will visit China before the end of the year": some time within it
        year, month = when.start.year, when.start.month
        when = (
            FuzzyDate.year(year)
            if limit.group("period") == "year"
            else FuzzyDate.month(year, month)
        )
    if status in ("planned", "expected") and when and ctx.published and when.end < ctx.published:
        when = None  # "met last month and agreed to start negotiations": the meeting's date
    if (
        when
        and chosen is not None
        and chosen.end < start
        and ", and " in text[chosen.end : start]
        and _SOME_TIME_AFTER.match(text, end)
    ):
        # "would travel to China in April, and Xi would make a reciprocal visit at some point
        # after that": later than the day told, not on it
        when = None
    # (a day another clause told: "spoke with Li on Wednesday, and the two will hold talks")
    told_before = chosen is not None and chosen.end < start and ", and " in text[chosen.end : start]
    sidelines = _SIDELINES.search(text, end) if (when is None or told_before) and status else None
    if sidelines:
        # "on the sidelines of the Johannesburg summit": the day the article gives the summit
        summit = ctx.summit_day(sidelines.group("summit"), status in ("planned", "expected"))
        if summit is not None and not (
            # ("arrives on Sunday, and he will meet Lula on the sidelines of the summit" that
            # opened on Saturday: a day of the summit's own, kept)
            told_before
            and when is not None
            and chosen is not None
            and _within_days(when, summit, 3)
            # (not "spoke with Modi on Tuesday, and the two will hold talks": a day gone)
            and not clauses.PAST.search(text, max(0, chosen.start - 80), chosen.start)
        ):
            when = summit
    stop_dates: list[FuzzyDate | None] = []  # a trip's own date for each stop, where given

    host = pos == "host"
    agent_parties = ctx.expand(info, agent) if agent else agent_from_context
    if _SENDS.match(m.group(0)):
        # "Trump dispatched envoy Steve Witkoff to Moscow": the envoy travels for the country
        envoy = next((x for x in mentions if start <= x.start < end and x.form == PERSON), None)
        agent_parties = (
            ctx.expand(info, envoy)
            if envoy is not None
            else [Participant(p.country) for p in agent_parties]
        )
    # A demonym among the objects is a country's delegation ("met the Ukrainian team").
    object_groups = [
        [Participant(o.countries[0])] if o.form == DEMONYM and o.countries else ctx.expand(info, o)
        for o in objects
    ]
    object_groups = [g for g in object_groups if g]
    if (
        kind == "visit"
        and places
        and not objects
        and (
            any(info.text[p.start : p.end] in ctx.summit_venues for p in places)
            or BLOC_SUMMIT.search(text, end, (trip_end := _own_trip_end(text, start, end)))
            or _FOR_A_GATHERING.search(text, end, trip_end)
        )
    ):
        # "arrived in Tianjin" for the SCO summit there, "will fly to Kuala Lumpur for the
        # ASEAN summit": attending a gathering of many states, not visiting its host.
        return []
    place_parties = [ctx.expand(info, p) for p in places]
    place_party = place_parties[0] if place_parties else []

    events: list[list[Participant]] = []
    # "held separate talks with ...", "visited Kyiv separately": each on their own
    held_apart = _SEPARATE.search(text, max(0, start - 12), min(len(text), end + 40)) is not None
    joint = (
        bool(_JOINT.search(text[max(w.left, start - 40) : w.right]))
        # ("spoke by phone with his Latvian and Estonian counterparts": a call each, as the
        # states' officials meet together but call one by one; but "held a video call with his
        # British, French and German counterparts": one)
        or any(
            o.joint
            for o in objects
            if kind != "call"
            or o.form != GROUP
            or _ONE_SHARED_CALL.search(text, max(0, start - 12), end)
        )
    ) and not held_apart
    if kind == "meeting" and m.group(0).lower() == "summit":
        # A summit of three or more states is one meeting of them all, not pairs of its host.
        attending = {p.country for g in [agent_parties, *object_groups] for p in g}
        joint = joint or len(attending) >= 3
    elif (
        kind == "meeting"
        and len({p.country for g in object_groups for p in g}) >= 3
        and not _ONE_BY_ONE.search(text, w.left, w.right)
    ):
        # "will meet Lourenço, Tshisekedi, Hichilema and Mpango": a gathering of them all
        # (calls, and a meeting with one or two others, stay one event each)
        joint = True
    if kind == "visit":
        if host and m.group(0).endswith("by"):
            visitors = agent_parties
            if agent is not None:
                listed = _coordinated_list(text, mentions, agent)
                if len(listed) > 1:
                    visitors = [p for x in listed for p in ctx.expand(info, x)]
            # "received by Goïta and Traoré": a visit to each host's country.
            for hosts in object_groups:
                if visitors and hosts:
                    events.append(visitors + hosts)
        elif host:
            visitors = [p for g in object_groups for p in g]
            named_host = agent_parties and (
                not place_party or place_party[0].country == agent_parties[0].country
            )
            hosts = agent_parties if named_host else place_party or agent_parties
            guests = {p.country for p in visitors} - {p.country for p in hosts}
            if hosts and len(guests) >= 2 and _APART.search(text, end, end + 90):
                # "received the leaders of Armenia and Azerbaijan separately": a meeting with each
                kind = "meeting"
                each = object_groups if len(object_groups) >= 2 else [[p] for p in visitors]
                events.extend(guest + hosts for guest in each if guest)
            elif visitors and hosts:
                events.append(visitors + hosts)
                if len(guests) >= 2:
                    kind = "meeting"  # "hosted Tshisekedi and Kagame": a meeting of all three
                if when is None and _FOR_EVENT.search(text, end):
                    # "hosted X for talks in Istanbul on Monday": the purpose phrase's date
                    pool = info.past_dates if status == "occurred" else info.future_dates
                    when = next((d.value for d in pool if d.start > end and d.value), None)
        elif agent_parties and place_parties:
            travellers = [agent_parties]
            if agent is not None and pos == "verb":
                listed = _coordinated_list(text, mentions, agent)
                if len(listed) > 1:
                    travellers = [ctx.expand(info, x) for x in listed]
                    # "Macron and Merz travelled (together) to Kyiv": one visit of them all
                    # (not "visited Kyiv separately")
                    if not held_apart:
                        travellers = [[p for each in travellers for p in each]]
            for stop, destination in zip(places, place_parties, strict=True):
                for traveller in travellers:  # one visit per country on the trip
                    events.append(traveller + destination)
                    stop_dates.append(_stop_date(info, places, stop, status))
        elif agent_parties and object_groups:
            events.append(agent_parties + [p for g in object_groups for p in g])
    elif (
        kind != "visit"
        and pos == "verb"
        and agent is not None
        and object_groups
        and len(listed := _coordinated_list(text, mentions, agent)) > 1
        and " and " in text[listed[-2].end : agent.start]
    ):
        counterparts = [p for g in object_groups for p in g]
        if held_apart:
            # "Merz and Starmer met separately with Zelenskyy": each their own
            events.extend(ctx.expand(info, x) + counterparts for x in listed)
        else:
            # "Macron and Merz jointly called Trump": one event of all of them
            everyone = [p for x in listed for p in ctx.expand(info, x)]
            events.append(everyone + counterparts)
    elif between or joint or subjects_together:
        everyone = agent_parties + [p for g in object_groups for p in g]
        events.append(everyone)
    elif any(o.form == GROUP and not o.countries for o in objects) and not agent_parties:
        events.append([p for g in object_groups for p in g])
    elif (
        headed is not None
        and not agent_parties
        and len({p.country for g in object_groups for p in g}) >= 2
    ):
        # "The talks were led by Bessent and by Vice Premier He Lifeng": those who led them
        events.append([p for g in object_groups for p in g])
    elif agent_parties and object_groups:
        # "met their counterparts from Britain, France and Germany": one round of talks with
        # them all (but "called the leaders of Kazakhstan and Uzbekistan": a call each).
        together = (
            one_call
            or (
                kind in ("meeting", "talks")
                and _OFFICIALS_TOGETHER.search(text, end, objects[0].end) is not None
                # (not "held separate talks with Ukrainian and Russian delegations")
                and not held_apart
            )
            # "held a call with Macron, Scholz and Sunak": one call of them all (but "had a
            # call with the leaders of Kazakhstan and Uzbekistan": a call each)
            or (
                kind == "call"
                and _ONE_SHARED_CALL.search(text, max(0, start - 12), end) is not None
                and not any(o.form == GROUP for o in objects)
            )
            # "had spoken with the leaders of France, Germany, Italy and Britain on a joint
            # call": one call, whoever is listed
            or (kind == "call" and _JOINT_CALL.search(text, end) is not None)
        )
        if together:
            expanded = [[p for g in object_groups for p in g]]
        elif (
            len(object_groups) > 1
            or any(o.form == GROUP and o.countries for o in objects)
            # "held separate talks with Ukrainian and Russian delegations": one with each
            or held_apart
        ):
            expanded = [[p] for g in object_groups for p in g]
        else:
            expanded = object_groups
        # (calls are two-way: "The leaders of Kazakhstan and Uzbekistan spoke with Putin by
        # phone" is a call each, as their being called is)
        group_calls = (
            kind == "call"
            and agent is not None
            and agent.form == GROUP
            and len(agent.countries) >= 2
            # (not "told Wang Yi in a video call": one call of them all)
            and not _ONE_SHARED_CALL.search(text)
        )
        if group_calls or held_apart:
            # "Both leaders held separate talks with host Putin": one event for each of them
            for one in agent_parties:
                for group in expanded:
                    events.append([one, *group])
        else:
            for group in expanded:
                events.append(agent_parties + group)
    elif not agent_parties and len(object_groups) == 1 and len(object_groups[0]) >= 2:
        events.append(object_groups[0])
    elif (
        agent is not None
        and (
            agent.joint or agent.form == GROUP or (agent.person or "").lower() in ("they", "their")
        )
        and not object_groups
        and len(agent_parties) >= 2
    ):
        events.append(agent_parties)  # "Turkish and Israeli officials held talks"

    if (
        kind == "call"
        and not events
        and agent is not None
        and agent.end <= start
        and not objects
        # ("agreed during a phone call with executives of General Motors": its own party)
        and not _WITH_SOMEONE.match(text, end)
    ):
        # "Sheinbaum said Trump had agreed during a phone call to hold off": the one telling
        # of the call is its other party
        speaker = ctx.finder.speaker_of(text, [x for x in mentions if x.end <= start])
        told_by = ctx.expand(info, speaker) if speaker is not None and speaker is not agent else []
        if told_by and {p.country for p in told_by}.isdisjoint(p.country for p in agent_parties):
            events.append(told_by + agent_parties)
    mediating = _MEDIATING_BETWEEN.search(text, 0, start) if kind == "talks" and events else None
    if mediating is not None:
        # "Turkey is mediating between Ethiopia and Somalia, and a round of their talks"
        party = _first_party_in(ctx, info, mentions, *mediating.span("who"))
        events = [e + party for e in events]
    if kind in ("talks", "meeting") and events:
        # "with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations",
        # "mediated by Qatar": a mediator takes part in the talks.
        signing = pos == "verb" and text.startswith(("sign", "ink", "initial"), start)
        for mediator in _MEDIATOR.finditer(text, end):
            if ";" in text[end : mediator.start()]:
                break  # "...; a ceremony hosted by Putin had been cancelled": another clause
            other = _ANOTHER_OCCASION.search(text, end, mediator.start())
            # "... before attending a gala dinner hosted by King Charles": its host (but
            # "signed the accords at a ceremony hosted by Trump": the signing's)
            at_its_ceremony = (
                signing
                and other is not None
                and other.group(0) == "ceremony"
                and _AT_A_CEREMONY.search(text, end, other.end()) is not None
            )
            if other and not at_its_ceremony:
                break
            side = "who" if mediator.group("who") else "who2"
            party = _first_party_in(ctx, info, mentions, *mediator.span(side))
            # ("in the presence of Trump and Malaysian Prime Minister Anwar Ibrahim": each of
            # those listed)
            party += _listed_after(ctx, info, mentions, *mediator.span(side))
            events = [e + party for e in events]
        brokered = _BROKERED_BY.search(text, max(0, start - 40), end)
        if brokered is not None:
            # "U.S.-brokered talks", "Turkish-mediated talks": the broker takes part
            # (a name joined to its hyphen is no mention of its own: read from the word)
            broker = _first_party_in(ctx, info, mentions, *brokered.span("who"))
            if not broker and (country := ctx.country_in(brokered.group("who"))):
                broker = [Participant(country)]
            # (to talks between states: not "Qatari-mediated talks between Kinshasa and the
            # rebels", which the broker does not make an event between states)
            events = [e + broker if len({p.country for p in e}) >= 2 else e for e in events]

    out: list[Candidate] = []
    evidence = [info.evidence(ctx.article.id)]
    # ("spoke twice with Trump", "has spoken with Trump twice")
    twice = kind == "call" and bool(
        _TWICE.search(text[start : w.right]) or _TWICE.search(text[end : w.right])
    )
    # "He also held a separate meeting that day with President Duda", "met separately": not
    # the one told before
    separate = _SEPARATE.search(text, max(w.left, start - 30), end + 12) is not None
    if kind == "visit" and "stop" in text and (stops := _WITH_STOPS.search(text, end)) is not None:
        stop_dates = _days_of_the_stops(info, mentions, stops.end(), events, stop_dates, status)
    for index, participants in enumerate(events):
        own_date = stop_dates[index] if index < len(stop_dates) else None
        # Alliances and the UN are not parties in this schema (the EU is).
        participants = _dedupe([p for p in participants if p.country not in _NOT_PARTIES])
        if len({p.country for p in participants}) < 2:
            continue
        initiator = None
        if kind == "call" and pos == "verb" and _CALLED.match(m.group(0)) and agent_parties:
            initiator = agent_parties[0].country
        if initiator is None:
            initiator = _initiator_named(info, mentions, participants)
        location = None
        if kind == "visit" and place_party:
            location = participants[-1].country
        elif kind in ("meeting", "talks"):
            location = _held_in(info, mentions, m.end(), w.right)
        ordinals = (1, 2) if twice else (_SEPARATE_ORDINAL + info.index,) if separate else (1,)
        for ordinal in ordinals:
            out.append(
                Candidate(
                    kind,
                    status if status != "negated" else None,
                    participants,
                    info,
                    own_date or when,
                    initiator,
                    location,
                    ordinal,
                    list(evidence),
                )
            )
    if out and status == "occurred":
        out += _met_again(info, mentions, end, out)
    return out


def _within_days(day: FuzzyDate, start: FuzzyDate, days: int) -> bool:
    """Whether ``day`` falls in the ``days`` days from ``start`` on (a summit's span)."""
    return start.start <= day.start <= start.start + timedelta(days=days)


def _day_told_before(info: SentenceInfo, at: int) -> date | None:
    """The last single day the sentence names before ``at`` (as a report of the past)."""
    return next(
        (
            d.value.start
            for d in reversed(info.past_dates)
            if d.end <= at and d.value is not None and d.value.precision == "day"
        ),
        None,
    )


def _dates_for(info: SentenceInfo, status: str | None) -> list[DateMention]:
    """The sentence's dates read as plans for an event to come, else as reports."""
    return info.future_dates if status in ("planned", "expected") else info.past_dates


def _opening_pair(text: str, mentions: list[Mention], lead: int, before: int) -> list[Mention]:
    """The first two people of "A and B ..." opening the sentence at ``lead`` (named before
    ``before``), or fewer when it does not open so."""
    pair = _PAIR_OPENS.match(text, lead)
    if pair is None:
        return []
    return [
        x
        for x in mentions
        if x.form in (PERSON, ROLE) and lead <= x.start <= pair.end() + 60 and x.end <= before
    ][:2]


def _apposed_people(
    text: str, mentions: list[Mention], agent: Mention, start: int
) -> list[Mention]:
    """The people an apposition after a group subject names, when it closes right before the
    verb ("The leaders, President Faye of Senegal, ... and President Boakai, met")."""
    group = agent if agent.form == GROUP else None
    if group is None:
        group = next((x for x in mentions if x.form == GROUP and x.end < agent.start), None)
    if group is None or not text.startswith(", ", group.end):
        return []
    apposed = [
        x for x in mentions if group.end < x.start and x.end <= start and x.form in (PERSON, ROLE)
    ]
    if not apposed or not re.fullmatch(r"\s*,\s*", text[apposed[-1].end : start]):
        return []
    return apposed


def _leaders_sign(text: str, start: int, agent: Mention | None, objects: list[Mention]) -> bool:
    """Whether the signing at ``start`` is by two leaders named as people ("Biden and
    Zelensky are due to sign", "President X and Prime Minister Y will sign")."""
    people = agent is not None and agent.form == PERSON and any(x.form == PERSON for x in objects)
    return people or _TWO_LEADERS_SIGN.search(text, 0, start) is not None


def _met_again(
    info: SentenceInfo, mentions: list[Mention], end: int, told: list[Candidate]
) -> list[Candidate]:
    """The same parties' next meeting, told after "and again" with a day of its own ("met in
    Vilnius in July and again in New York in September")."""
    again = _AND_AGAIN.search(info.text, end, end + 120)
    if again is None:
        return []
    day = next((d.value for d in info.past_dates if again.end() <= d.start and d.value), None)
    if day is None or any(c.date == day for c in told):
        return []
    where = _held_in(info, mentions, again.end(), min(len(info.text), again.end() + 60))
    return [
        replace(c, date=day, location=where, evidence=list(c.evidence))
        for c in told
        if c.kind != "visit"
    ]


def _listed_after(
    ctx: ArticleContext, info: SentenceInfo, mentions: list[Mention], start: int, end: int
) -> list[Participant]:
    """The people listed after the first person named within ``start``..``end``: "in the
    presence of Trump and Malaysian Prime Minister Anwar Ibrahim"."""
    first = next((x for x in mentions if start <= x.start < end and x.form == PERSON), None)
    if first is None:
        return []
    return [p for x in _people_listed(info, first)[1:] for p in ctx.expand(info, x)]


def _first_party_in(
    ctx: ArticleContext, info: SentenceInfo, mentions: list[Mention], start: int, end: int
) -> list[Participant]:
    """The participants the first mention within ``start``..``end`` stands for, if any."""
    for x in mentions:
        if start <= x.start < end and (parties := ctx.expand(info, x)):
            return parties
    return []


def _moved_to(info: SentenceInfo, start: int) -> DateMention | None:
    """The new day an event told as postponed is moved to ("He postponed a trip to Saudi
    Arabia that had been planned for Wednesday until March 10"), if the sentence gives one."""
    if _MOVED.search(info.text) is None or _UNTIL_OR_TO.search(info.text, max(0, start - 7), start):
        return None  # (no move told, or the event itself is what it is moved "to")
    return next(
        (
            d
            for d in info.future_dates
            if d.value is not None and _UNTIL_OR_TO.search(info.text, max(0, d.start - 7), d.start)
        ),
        None,
    )


def _held_in(info: SentenceInfo, mentions: list[Mention], after: int, right: int) -> str | None:
    """The country of the city a meeting is held in ("held talks in New Delhi", "met at the
    Kremlin")."""
    for x in mentions:
        if (
            after <= x.start < right
            and x.form in (CITY, CAPITAL, SEAT)
            and x.countries
            and _IN_PLACE.search(info.text, max(0, x.start - 8), x.start)
            # not the reporters' place: "..., officials in Suva said on Wednesday"
            and not _REPORT_AFTER.match(info.text, x.end)
        ):
            return x.countries[0]
    return None


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


# "will visit Saudi Arabia, Qatar and the UAE next week, with stops in Riyadh on May 13, Doha
# on May 14 and Abu Dhabi on May 15": each stop's day, told after the trip
_WITH_STOPS = re.compile(r"\bwith\s+(?:a\s+|two\s+|three\s+)?(?:stops?|stopovers?)\s+in\b")
_A_STOP_NOUN = re.compile(r"\b(?:with|a|two|three|its|his|her|their)\s+$")


def _stops_in_states_named(info: SentenceInfo, at: int) -> bool:
    """Whether every city named after ``at`` lies in a state the sentence named before it."""
    before = {c for x in info.mentions if x.end <= at for c in x.countries}
    cities = [x for x in info.mentions if x.start >= at and x.form in (CAPITAL, CITY)]
    return bool(cities) and all(set(x.countries) <= before for x in cities)


def _days_of_the_stops(
    info: SentenceInfo,
    mentions: list[Mention],
    at: int,
    events: list[list[Participant]],
    stop_dates: list[FuzzyDate | None],
    status: str | None,
) -> list[FuzzyDate | None]:
    """Each visit's day from a list of stops told after it, the stop in the visited country."""
    pool = _dates_for(info, status)
    day_in: dict[str, FuzzyDate] = {}
    for place in mentions:
        if place.start < at or place.form not in (CAPITAL, CITY) or not place.countries:
            continue
        day = next(
            (
                d.value
                for d in pool
                if d.value and _ON_THE_DAY.fullmatch(info.text, place.end, d.start)
            ),
            None,
        )
        if day is not None:
            day_in.setdefault(place.countries[0], day)
    dated = list(stop_dates) + [None] * (len(events) - len(stop_dates))
    for index, participants in enumerate(events):
        # (the stop's own day, finer than the trip's "next week")
        dated[index] = next(
            (day_in[p.country] for p in participants[1:] if p.country in day_in), dated[index]
        )
    return dated


_ON_THE_DAY = re.compile(r"\s+(?:on\s+)?")


def _stop_date(
    info: SentenceInfo, places: list[Mention], stop: Mention, status: str | None
) -> FuzzyDate | None:
    """The date a trip gives one of its stops, when it gives each its own: "on Monday in
    Hanoi, moving on to Kuala Lumpur on Tuesday and Phnom Penh on Thursday"."""
    if len(places) < 2:
        return None
    pool = _dates_for(info, status)
    at = places.index(stop)
    after_end = places[at + 1].start if at + 1 < len(places) else stop.end + 40
    for d in pool:
        if (
            d.value
            and stop.end <= d.start < after_end
            # ("visiting Qatar and Israel through Thursday": the tour's end, not Israel's day)
            and not clauses.UNTIL_BEFORE.search(info.text, max(0, d.start - 9), d.start)
        ):
            return d.value
    before_start = places[at - 1].end if at else stop.start - 30
    for d in pool:
        if (
            d.value
            and before_start <= d.start
            and re.fullmatch(r"\s+(?:in|at)\s+", info.text[d.end : stop.start])
        ):
            return d.value
    return None


def _dedupe(participants: list[Participant]) -> list[Participant]:
    out: list[Participant] = []
    for p in participants:
        same = [
            q
            for q in out
            if q.country == p.country and (q.name == p.name or not q.name or not p.name)
        ]
        if same:
            if p.name and not same[0].name:
                out[out.index(same[0])] = p
            continue
        out.append(p)
    return out
