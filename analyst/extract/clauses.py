"""Clause windows and the cue words that decide status, negation and modality.

A sentence can hold several events ("X called Y on Friday, days before his expected meeting
with Z"). Each trigger word gets its own window: from the clause boundary before it to the
boundary (or next trigger) after it. Cues are read inside that window only, so "could" in
one clause does not make another clause hypothetical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analyst.extract.quick import fold_shared, gated
from analyst.extract.trie import trie_pattern
from analyst.model import quick_frozen_init

# Words that open a new clause after a space or a comma: "but", "while", "ahead of", ...
_CONJUNCTION = trie_pattern(
    [
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "which",
        "who",
        "whose",
        "where",
        "as",
        "after",
        "before",
        "since",
        "amid",
        "ahead of",
        "following",
        "when",
        "because",
        "unless",
        "until",
        "so that",
        "days before",
        "weeks before",
        "during which",
        "in what",
    ],
    space=r"\s+",
)
# "duties of as much as 35.3%", "as well as": an "as" that opens no clause.
# ("as early as Saturday", "as soon as next week": a comparison, no clause)
_NOT_A_CLAUSE_AS = (
    r"(?!(?<=\bas)\s+(?:much|many|high|low|little|well|far|part|of|long|soon|early|late|recently)\b)"
    + "".join(
        rf"(?<!{w}\sas)"
        for w in (
            "much",
            "many",
            "high",
            r"\slow",
            "little",
            "well",
            r"\sfar",
            "long",
            "soon",
            "early",
            r"\slate",
            "recently",
        )
    )
)
# Where a clause ends: a semicolon, a spaced dash, a colon, a bracket, a quotation mark, a
# conjunction after a space or a comma, ", and" before a new subject, ", according to", ", the
# ministry said". Grouped by first character (the conjunctions as a trie), so that re tries a
# handful of branches at each character instead of every alternative. Case-insensitive: it
# reads the sentence's quick.fold, case-sensitively ([a-z] stands for any letter there), which
# finds the same boundaries at the same offsets as re.IGNORECASE on the sentence, for less.
# Each kind of break opens with its own character, read first (re then skips to the next of
# them) and told apart by a look back at it: ";", "(", ")", "“", "”", '"' are breaks alone.
_BOUNDARY = re.compile(
    r"[;\s:()“”\",](?:(?<=\s)"
    # (not a conjunction ending the sentence or a clause: "met Xi the day before.")
    # ("TOKYO (Kyodo) -- ": a dash typed as two hyphens)
    rf"(?:[—–]\s|--?\s|\s*{_CONJUNCTION}\b{_NOT_A_CLAUSE_AS}(?![.,;:!?]|$))|(?<=:)\s"
    rf"|(?<=,)\s+(?:{_CONJUNCTION}\b{_NOT_A_CLAUSE_AS}|and\s+(?=(?:the\s+)?[a-z]|he\b|she\b|it\b|they\b)"
    r"|(?:according\s+to|accusing|citing|saying|arguing|claiming|adding|noting|"
    r"the\s+[\w\s'’.-]{0,60}?(?:reported|said|added|says))\b)"
    r"|(?<=[;()“”\"]))"
)
# A preposition just before a point: what follows is its object, no clause's subject ("sanctions
# on Russia must be renewed", "invest in the United States and the U.S. will cut")
OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:in|into|to|from|with|on|at|for|of|by|against|over|than)\s+(?:the\s+)?$", re.IGNORECASE
)
# What opens a measure's or a pause's first day: "from Aug. 1", "starting Wednesday"
STARTING_BEFORE = re.compile(
    r"\b(?:from|starting|beginning|as\s+of|effective)\s+(?:on\s+)?$", re.IGNORECASE
)
# The verbs that tell an event was held ("held talks", "hosted a summit"): done, whatever the
# plans told after it
HELD = r"(?:held|had|hosted|attended|concluded|wrapped\s+up)"
# A trip told in a timetable's present tense ("Modi flies to Tianjin on Sunday"): one to come
TIMETABLE_TRIP = r"flies|travels|heads|leaves|departs"
# Words that start a clause whose subject is the main clause's ("after speaking to ...").
PARTICIPIAL = re.compile(r"\b(?:after|following|before|while|during|when)\s*$", re.IGNORECASE)

# "a tour that also took him to Berlin": the one a trip takes is its traveller
TRIP_TOOK = re.compile(
    r"\b(?:that|which)\s+(?:\w+\s+){0,2}(?:took|takes|take|taking|brought|brings|bring)\s+$"
)

# Cue words, read case-insensitively; each only in text that holds one of the words its matches
# spell out (see quick.gated).
NEGATION = gated(
    re.compile(
        r"\b(?:not|never|no\s+longer|neither|nor|without|refused\s+to|declined\s+to|ruled\s+out|"
        r"rejected|prevent(?:ed|ing|s)?|avoid(?:ed|ing|s)?|instead\s+of|no\s+plans?|unable\s+to|"
        r"(?:held|had|hold|have|has)\s+no|(?:has|have|had|is|are)\s+yet\s+to)\b"
        r"|n[’']t\b",
        re.IGNORECASE,
    )
)
HYPOTHETICAL = gated(
    re.compile(
        r"\b(?:could|might|(?-i:may)|if|unless|would\s+[\"“]?(?:like|love|welcome)|suggest(?:ed|s|ing)?|propos(?:ed|es|ing|al)|"
        r"urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+for|need\s+for|push(?:ed|es|ing)?\s+for|"
        r"invit(?:ed|es|ing|ation)|offer(?:ed|s)?\s+to|hopes?\s+(?:to|for|(?:\w+\s+){1,3}?(?:can|could|will|would))|hoped|want(?:s|ed)?\s+to|"
        # "would seek technical talks with the USTR": asked for, not agreed
        r"seek(?:s|ing)?|sought|request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|ready\s+(?:to|for)|willing\s+to|(?:is|was|are|were|remains?|remained)\s+open\s+to|possible|potential|possibility|unlikely|"
        r"whether|tr(?:y|ies|ying)\s+to|attempt(?:s|ing)?\s+to|"
        r"consider(?:s|ed|ing)?|demand(?:ed|s|ing)?|insist(?:ed|s)?\s+on|emphasi[sz]ing\s+the\s+need|"
        # "Tehran must resume nuclear talks": a demand, no event
        r"(?:must|should)\s+(?:resume|restart|return\s+to|hold|begin|start|open))\b",
        re.IGNORECASE,
    )
)
# What a rate is set against: "half the 30 percent rate Trump had threatened", "down from the
# 32% rate" (read in tariffs for the rate's state and in deadlines for the threat's day)
COMPARED_WITH_THE = (
    r"\b(?:half|double|twice|down\s+from|up\s+from|instead\s+of|rather\s+than|below|lower\s+than)\s+"
    r"the\s+"
)
# ", together with ...", ", along with ...": another party or measure joined to the one told
TOGETHER_WITH = r",\s+(?:together|along)\s+with\s+"
# What a day names when "deadline" follows it: "a July 9 deadline", "Friday's deadline", "the
# Aug. 1 tariff deadline"
NAMES_A_DEADLINE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?deadline\b")
LOOK_FORWARD = gated(re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\b", re.IGNORECASE))
CANCELLED = gated(
    re.compile(
        r"\b(?:cancel(?:l?ed|s|ling)?|called\s+off|call\s+off|calling\s+off|scrapp(?:ed|ing)|"
        r"postponed|pulled\s+out\s+of|"
        # "delayed his visit to China by two weeks", "put off his trip"
        r"(?:delayed|put\s+off)(?=\s+(?:his|her|their|the|a|its)\b)|"
        # "A signing ceremony pencilled in for Tuesday was put off"
        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))put\s+off(?!\s+(?:until|till|to)\b))\b",
        re.IGNORECASE,
    )
)
# A full stop that ends an abbreviation, not a clause: "U.S.", "Aug. 8", "Sept. 24" (its
# capitals told from small letters inside a case-insensitive pattern too)
ABBREVIATION_STOP = r"(?<=(?-i:[A-Z]))\.|(?<=\b(?-i:[A-Z][a-z]{2}))\.|(?<=\bSept)\."
# "After his call with Xi, Trump said ...", "While in Beijing, ...": an opening adverbial
# phrase, whose subject is the main clause's
_LEADING_WORDS = (
    r"\s*(?:After|Before|When|While|As|Since|Following|During|Despite|Ahead\s+of)\b[^,]*"
)
LEADING_PHRASE = re.compile(_LEADING_WORDS + r"$")  # text read up to a point inside one
LEADING_PHRASE_END = re.compile(_LEADING_WORDS + r",\s*")  # one, with the comma closing it
# "through Thursday", "until March 10": the day an event or measure runs to, not its day
UNTIL_BEFORE = gated(re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE))
# A day told as a time limit: "due by July 31", "no later than Friday"
TIME_LIMIT_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than)\s+$", re.IGNORECASE)
# Adverbs set off by commas that end no clause ("Takaichi will, however, hold a meeting",
# "Brazil, by contrast, has faced a 40% tariff").
ADVERB_ASIDE_WORDS = (
    r"(?:however|though|meanwhile|too|also|instead|nonetheless|likewise|similarly|in\s+turn|"
    r"by\s+contrast|in\s+contrast|for\s+(?:his|her|its|their)\s+part)"
)
ADVERB_ASIDE = re.compile(r",\s*" + ADVERB_ASIDE_WORDS + r"\s*,")
# "a meeting ... did not take place", "never went ahead", "fell through"
NOT_HELD_WORDS = (
    r"\b(?:(?:did\s+not|didn't|failed\s+to)\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e)"
    r"|never\s+(?:took\s+place|happened|went\s+ahead|materiali[sz]ed)|fell\s+through)\b"
)
NOT_HELD = gated(re.compile(NOT_HELD_WORDS))
EXPECTED = gated(
    # ("Diplomats expect him to visit France next month")
    re.compile(
        r"\b(?:expected|likely|poised|reportedly\s+(?:set|planning)|expects?\s+(?:\w+\s+){0,3}?to)\b",
        re.IGNORECASE,
    )
)
FUTURE = gated(
    re.compile(
        r"\b(?:will|would|shall|to\s+be\s+held|is\s+to|are\s+to|set\s+to|slated\s+to|due\s+to|(?:is|are)\s+due\s+(?:in|at|back)|scheduled|"
        r"plan(?:s|ned)?\s+to|planning\s+to|prepar(?:es|ed|ing)\s+to|going\s+to|intend(?:s|ed)?\s+to|"
        # "the next day" tells a story, not a plan
        r"agreed\s+to|upcoming|forthcoming|next(?!\s+day\b)|later\s+this|being\s+(?:coordinated|arranged|planned|"
        r"prepared|organi[sz]ed|discussed)|to\s+(?:meet|visit|travel|hold|host))\b|['’]ll\b",
        re.IGNORECASE,
    )
)
PAST = gated(
    re.compile(
        r"\b(?:had|has|have|was|were|did|said|held|spoke|spoken|met|called|phoned|visited|hosted|"
        r"travell?ed|talked|discussed|briefed|told|agreed|reached|previously|earlier|last|ago|"
        r"recent(?:ly)?|most\s+recently|took|made|gave|began|went|came|sought|paid|undertook|sat|"
        r"\w{3,}ed)\b",
        re.IGNORECASE,
    )
)

# The event noun as the subject of a finished verb: "talks between the two delegations in
# Geneva have ended", "the meeting, which lasted two hours, took place".
NOUN_OCCURRED = re.compile(
    r"[^;:]{0,80}?\b(?:ha(?:s|ve|d)\s+(?:now\s+)?(?:ended|concluded|finished|wrapped\s+up|"
    r"taken\s+place|been\s+held)|(?:ended|concluded|finished|wrapped\s+up|took\s+place|"
    # ("The talks on Saturday were led by Bessent and by He Lifeng")
    r"lasted|(?:was|were)\s+(?:held|led|chaired|co-chaired|headed)))\b",
    re.IGNORECASE,
)

# "BRASILIA, Aug 7 (Reuters) - ", "London (CNN) — ": a dateline, not part of any clause.
DATELINE = re.compile(
    # ("PUTRAJAYA, Malaysia, July 29 (Reuters) - ": the place's country after it)
    r"^(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ ./'-]{1,40}(?:,\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]{1,30}?)?"
    r"(?:,\s+[A-Z][a-z]{2,5}\.?\s+\d{1,2})?\s+\([^)]{2,40}\)"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ ./'-]{1,40}(?:,\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]{1,30}?)?(?:,\s+[A-Z][a-z]{2,5}\.?\s+\d{1,2})?"
    # "(Bloomberg) -- ": the agency alone
    r"|\([A-Z][^)]{1,40}\))\s+(?:--|[-—–])\s+"
)


# Every dateline ends in a dash between spaces: a sentence without one is not read further
# (DATELINE backtracks through the first forty characters of every capitalised sentence).
_SPACED_DASH = re.compile(r"\s(?:--|[-—–])\s")


_OPENING_LEAD = re.compile(r"\s*(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Oo]n|[Ii]n|[Ll]ast)?\s*")


def opens_sentence(sentence: str, start: int) -> bool:
    """Whether what starts at ``start`` opens the sentence ("On July 2, ...", "Last week
    ..."): a date there dates every clause."""
    return _OPENING_LEAD.fullmatch(sentence, clause_start(sentence), start) is not None


# "New Delhi, Jun 17 (PTI) India's ...": a place, a day and an agency, with no dash after
_UNDASHED_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]{1,40},\s+[A-Z][a-z]{2,5}\.?\s+\d{1,2}\s+\([A-Z][^)]{1,20}\)\s+"
    r"(?=[A-Z\"“])"
)


# "Live: EU adopts ...", "Analysis: ...", "Balkan Brief: ...": a headline's kicker, no clause
_KICKER = re.compile(
    r"^(?:live(?:\s+updates|\s+blog)?|(?:news\s+)?analysis|explainer|explained|exclusive|factbox|"
    r"fact\s+check|breaking(?:\s+news)?|update(?:\s+\d+)?|watch|opinion|comment|editorial|insight|"
    r"timeline|interview|q\s*&\s*a|preview|recap|briefing|[A-Z][a-z]+\s+brief)\s*:\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def clause_start(sentence: str) -> int:
    """Where the first clause starts: after a dateline or a headline's kicker, if there is one."""
    dashed = "-" in sentence or "—" in sentence or "–" in sentence
    m = DATELINE.match(sentence) if dashed and _SPACED_DASH.search(sentence) else None
    if m is None and "(" in sentence[:70]:
        m = _UNDASHED_DATELINE.match(sentence)
    if m is None and ":" in sentence[:24]:
        m = _KICKER.match(sentence)
    return m.end() if m else 0


# A release's place and full date before a dash ("Washington, D.C., Thursday, 10 July 2025 - ")
_DATED_LEAD = re.compile(r"^(?:[^.!?]|(?<=[A-Z])\.){0,80}?\b\d{4}\s+(?:--|[-—–])\s+")


def story_start(sentence: str) -> int:
    """Where the story's own words start: after a dateline or after a release's place and
    date, whose day is the release's and no day of the story."""
    stamp = _DATED_LEAD.match(sentence) if _SPACED_DASH.search(sentence, 0, 100) else None
    return stamp.end() if stamp else clause_start(sentence)


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Window:
    """The clause around a trigger: ``left``..``right`` in sentence offsets."""

    left: int
    right: int
    after_participle: bool


def window_for(sentence: str, start: int, end: int, next_trigger: int | None) -> Window:
    left, after_participle = _clause_opening(sentence, start)
    right = _clause_close(sentence, end)
    if next_trigger is not None and end < next_trigger < right:
        right = next_trigger
    return Window(left, right, after_participle)


# The finders ask for the same trigger's clause more than once (its status, its date, what
# follows it): each boundary scan is done once per sentence and position.
# A short phrase quoted inside a clause ("had a \"very good call\" with Trump") does not end
# it: its marks follow a word, not a comma or colon, and hold a few words without a stop.
_QUOTED_PHRASE = re.compile(r"(?<=[\w,%] )([\"“])[^\"“”.!?;:]{1,60}?([\"”])(?= \w|[.,!?]?$)")


# Nor does a short aside in brackets ("93 billion euros ($108 billion) of American goods"), or
# "since" as an adverb ("Beijing has since put duties on ...").
_BRACKETED = re.compile(r"(?<=\w )\([^(),;]{1,30}\)(?= \w)")
_SINCE_ADVERB = re.compile(
    r"\b(?:has|have|had|ever)(\s)since\b"
    # nor "since" before a name or a year and the verb of the clause it sits in ("The first
    # summit ... since Brexit will take place in London")
    r"|\w(\s)since\s+(?:(?-i:[A-Z])[\w-]*|\d{4})\s+(?:will|would|is|was|are|were|has|had)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _phrase_marks(sentence: str) -> frozenset[int]:
    """Offsets of boundary-like marks that end no clause: around short quoted phrases and
    bracketed asides, and the space before an adverb "since"."""
    if (
        '"' not in sentence
        and "“" not in sentence
        and "(" not in sentence
        and "since" not in sentence
    ):
        return frozenset()
    # (each pattern read only where the marks or the word it needs stand)
    marks: set[int] = {
        m.start(1) if m.group(1) is not None else m.start(2)
        for m in (_SINCE_ADVERB.finditer(sentence) if "since" in fold_shared(sentence) else ())
    }
    quoted = '"' in sentence or "“" in sentence
    for m in _QUOTED_PHRASE.finditer(sentence) if quoted else ():
        if len(m.group(0).split()) <= 6 and sentence[m.start() - 2] != ",":
            marks.update((m.start(1), m.start(2)))
    for m in _BRACKETED.finditer(sentence) if "(" in sentence else ():
        if len(m.group(0).split()) <= 4:
            marks.update((m.start(), m.end() - 1))
    return frozenset(marks)


@lru_cache(maxsize=1024)
def _clause_opening(sentence: str, start: int) -> tuple[int, bool]:
    """Where the clause holding ``start`` opens, and whether it opens on a participle."""
    left = 0
    skip = _phrase_marks(sentence)
    for m in _BOUNDARY.finditer(fold_shared(sentence), 0, start):
        if m.end() <= start and m.start() not in skip:
            left = m.end()
    # (a clause opening the sentence has no word before it: nothing to read)
    return left, left > 0 and PARTICIPIAL.search(sentence[max(0, left - 12) : left]) is not None


@lru_cache(maxsize=1024)
def _clause_close(sentence: str, end: int) -> int:
    """Where the clause running on from ``end`` closes (the sentence's end at the latest)."""
    skip = _phrase_marks(sentence)
    for m in _BOUNDARY.finditer(fold_shared(sentence), end):
        if m.start() not in skip and not (
            _LAST_NAME_LISTED.match(sentence, m.start())
            and _NAME_LISTED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        ):
            return m.start()
    return len(sentence)


# "between Macron, Merz, and Starmer": a list's last name, no clause (the boundaries are read
# in folded text, where every word is in small letters; "..., and President Lula said" opens one)
_LAST_NAME_LISTED = re.compile(r",\s+and\s+(?!(?:The|He|She|It|They|We|I)\b)[A-Z]")
_NAME_LISTED_BEFORE = re.compile(r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")


def in_quote_fragment(sentence: str, start: int) -> bool:
    """Whether ``start`` sits inside a short quoted phrase (not a quoted sentence)."""
    opened = max(sentence.rfind("“", 0, start), sentence.rfind('"', 0, start))
    if opened < 0:
        return False
    closed = sentence.find("”", start)
    if closed < 0:
        closed = sentence.find('"', start)
    return closed >= 0 and len(sentence[opened:closed].split()) <= 6


# "On Friday the EU announced ...", "From Wednesday the U.S. will cut ...", "In Brussels, the
# EU adopted ...": a time or a place phrase before the subject.
TIME_OR_PLACE_LEAD = re.compile(
    r"(?i:(?:on|last|this|earlier|later|in|late|early|from|starting|by)\s+(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year|"
    r"morning|evening|night|january|february|march|april|may|june|july|august|september|"
    # "On Monday Washington imposed ...", "In December 2020 Washington ...": or no "the"
    r"october|november|december|\d{1,4})(?:\s+\d{1,4})?(?:,?\s+the|,)?)"
    r"|(?:In|At)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,\s+the",
)
