"""One article prepared for the fact finders: sentences with their mentions and dates.

The context also answers the questions that need the whole article: who "he" or "the two
leaders" are, which country is the article's main subject, who speaks in a quote.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from analyst.extract import clauses
from analyst.extract.dates import DateMention
from analyst.extract.gazetteer import CAPITAL, CITY, DEMONYM, NAME, SEAT, Gazetteer
from analyst.extract.mentions import (
    _FIRST_PERSON,
    GROUP,
    PERSON,
    PRONOUN,
    REGION,
    ROLE,
    Mention,
    MentionFinder,
)
from analyst.extract.quick import gated, word_start_first
from analyst.extract.sentence_dates import SentenceDates
from analyst.model import Article, Evidence, FuzzyDate, Participant

COUNTRY_FORMS = (NAME, CAPITAL, SEAT)
# Kingdoms, emirates and sultanates news calls "the kingdom" once named.
_MONARCHY_CODES = (
    "SAU GBR JOR MAR THA ESP NLD BEL NOR SWE DNK BHR OMN QAT ARE KWT BRN LSO SWZ BTN KHM TON MYS"
)
MONARCHIES = frozenset(_MONARCHY_CODES.split())
_TITLE_WORDS = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "emir",
    "king",
    "crown prince",
    "foreign minister",
    "secretary of state",
)
_TOLD_TITLE = word_start_first(re.compile(rf"\b(?:{'|'.join(_TITLE_WORDS)})\b"))
# "the president", "the Chinese premier" is found elsewhere; "Prince Mohammed", "Sheikh Tamim".
# A transcript's speaker label: "Guo Jiakun: ...", "Q: ...", "MR. PRICE: ...".
_SPEAKER_LABEL = re.compile(r"(?P<who>[^:.!?\n]{0,60}?[A-Z][\w.'’-]*):\s")
_HEAD_WORDS = ("president", "king", "emir")
_BARE_TITLE = gated(
    re.compile(
        r"\b(?:[Tt]he\s+(?P<title>president|prime\s+minister|premier|chancellor|emir|king|crown\s+prince|"
        r"foreign\s+minister|secretary\s+of\s+state|[Hh]ead\s+of\s+[Ss]tate)\b(?!\s+(?:of|and)\b)"
        r"|(?:Prince|Sheikh|Emir|King|Crown\s+Prince)\s+(?P<given>[A-Z][a-z]+)\b(?!\s+(?:bin|bint|al|Al)\b))"
    )
)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_MEASURE_WORDS = re.compile(
    r"\b(?:tariffs?|sanction(?:s|ed)?|dut(?:y|ies)|levy|levies|embargo|surcharges?)\b",
    re.IGNORECASE,
)
_EVENT_WORDS = re.compile(
    r"\b(?:talks|met|meet|meeting|summit|visit(?:ed)?|call(?:ed)?|phoned|spoke|hosted|received)\b"
)
_LEADER_TITLE = re.compile(
    r"\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|crown\s+prince|"
    r"leader|head\s+of\s+state)\b",
    re.IGNORECASE,
)
# "A sixth round, which had been scheduled to begin on Aug. 25, was called off": a day on
# which nothing took place is not the story's.
_NOT_HAPPENED = gated(
    re.compile(
        r"\b(?:scheduled|planned|postponed|called\s+off|cancell?ed|(?:was|were)\s+(?:due|set)\s+to)\b",
        re.IGNORECASE,
    )
)


# "her phone call", "her first visit" (not "met her on Friday", "called her again")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|for|by|with|that|as|from|of|about|after|before|during|"
    r"when|while|again|twice|later|earlier|today|yesterday|last|this|next|back|since|over|"
    r"into|is|was|were|had|has|would|will|late|early|soon|too|up|off|down|out|how|what|why)\b)"
    r"(?![a-z]+ly\b)[a-z][\w-]*"
)


# "the collapse of Assad's government": a person after "of" is not the sentence's subject
_OF_BEFORE = re.compile(r"\bof (?:the )?$")


@dataclass
class SentenceInfo:
    index: int
    start: int
    end: int
    text: str
    mentions: list[Mention]
    is_headline: bool
    _dates: SentenceDates = field(repr=False, compare=False)
    # The sentence as the article gives it, when ``text`` reads it otherwise (see _as_read)
    told: str | None = field(default=None, repr=False, compare=False)
    _evidence: Evidence | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def past_dates(self) -> list[DateMention]:
        """The sentence's dates read as a report of the past (read when first asked)."""
        return self._dates.of(self.index)[0]

    @property
    def future_dates(self) -> list[DateMention]:
        """The sentence's dates read as plans (read when first asked)."""
        return self._dates.of(self.index)[1]

    @property
    def undated(self) -> bool:
        """Whether the sentence names no date at all, not even one it cannot read."""
        return self._dates.undated(self.index)

    @property
    def last_reported_day(self) -> FuzzyDate | None:
        """The latest day the sentence names that is not after the report."""
        return self._dates.last_reported_day(self.index)

    def evidence(self, article_id: str) -> Evidence:
        # Made once: every fact the sentence states cites it (an Evidence is immutable).
        made = self._evidence
        if made is None or made.article_id != article_id:
            said = self.told if self.told is not None else self.text
            made = self._evidence = Evidence(article_id, self.start, self.end, said)
        return made


# A gathering of many states: leaders who fly in for it attend it; they do not visit its host.
BLOCS = (
    r"SCO|G20|G-20|G7|G-7|APEC|ASEAN|BRICS|NATO|EU|UN|OPEC|GCC|CELAC|OSCE|CHOGM|COP\d*|"
    r"Commonwealth|Shanghai\s+Cooperation\s+Organi[sz]ation|Asia-Pacific\s+Economic\s+Cooperation|"
    r"Group\s+of\s+(?:20|Seven)|African\s+Union|Arab\s+League|European\s+Council|"
    r"CARICOM|Caribbean\s+Community|Mercosur|ECOWAS|SADC|BIMSTEC|SAARC|EAEU|CSTO|"
    r"Pacific\s+Islands\s+Forum|Gulf\s+Cooperation\s+Council|East\s+African\s+Community|"
    r"Organi[sz]ation\s+of\s+(?:American|Turkic)\s+States"
)
_PLACE = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_BLOC_PEOPLE_OPEN = re.compile(
    rf"(?:The\s+)?(?:{BLOCS})(?:['’]s)?\s+(?:(?:foreign|finance|trade|defen[cs]e)\s+)?"
    r"(?:leaders|ministers|members|heads\s+of\s+(?:state|government)|envoys)\b"
)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` ("a|b(?:c|d)|[|]" gives "a", "b(?:c|d)", "[|]")."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # the escaped character is no bracket or bar
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _word_start_alternation(pattern: str) -> str:
    r"""``\b(?:pattern)`` for alternatives that each open on a letter, written as ``re`` can
    skip through: grouped by that letter, which comes first, with the test on the character
    before it (``(?<!\wS)``: no word character before the "S") just after it. Alternatives with
    different first letters never match at one place, and each group keeps its alternatives'
    order, so the matches are those of ``\b(?:pattern)``."""
    groups: dict[str, list[str]] = {}
    for alternative in _top_level_alternatives(pattern):
        first = alternative[0]
        if not first.isascii() or not first.isalpha():
            raise ValueError(f"an alternative does not open on a letter: {alternative!r}")
        groups.setdefault(first, []).append(alternative[1:])
    return (
        "(?:"
        + "|".join(
            f"{first}(?<!\\w{first})(?:{'|'.join(rests)})" for first, rests in groups.items()
        )
        + ")"
    )


# "the SCO summit in Tianjin": the bloc named first, the place after it, if any.
_BLOC_FIRST_SOURCE = (
    rf"\b(?:{BLOCS})\s+(?:leaders['’]?\s+|heads\s+of\s+state\s+)?(?:summit|meeting|conference|"
    rf"forum|assembly|gathering)\b(?:[^.;]{{0,40}}?\b(?:in|at)\s+(?P<place>{_PLACE}))?"
)
# The same pattern opening on the blocs' first letters, for the scan of a whole article.
_BLOC_FIRST = re.compile(
    _BLOC_FIRST_SOURCE.replace(f"\\b(?:{BLOCS})", _word_start_alternation(BLOCS), 1)
)
# "the Tianjin summit of the SCO"
_PLACE_FIRST = rf"\b(?P<place2>{_PLACE})\s+(?:summit|meeting)\s+of\s+(?:the\s+)?(?:{BLOCS})\b"
_BOTH_ORDERS = re.compile(f"{_BLOC_FIRST_SOURCE}|{_PLACE_FIRST}")
# What the place-first order needs; each opens on a word re finds fast.
_SUMMIT_OF = (re.compile(r"summit\s+of\s"), re.compile(r"meeting\s+of\s"))


class _BlocSummit:
    """``_BOTH_ORDERS``, read as the bloc-first pattern alone in text without "summit of" or
    "meeting of": there the place-first alternative cannot match, so the matches are the same,
    and the bloc-first pattern is spared trying the place-first one at every capital (most of
    the cost of reading a whole article). A match's ``place2`` is then absent: see ``place``."""

    @staticmethod
    def _pattern(text: str) -> re.Pattern[str]:
        summit_of = any(p.search(text) for p in _SUMMIT_OF)
        return _BOTH_ORDERS if summit_of else _BLOC_FIRST

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern(text).search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._pattern(text).finditer(text)

    @staticmethod
    def place(m: re.Match[str]) -> str | None:
        """Where the summit meets, as either order names it."""
        return m.group("place") or m.groupdict().get("place2")


BLOC_SUMMIT = _BlocSummit()


def _summit_venues(text: str) -> frozenset[str]:
    """Places where the article's multilateral summits meet ("the SCO summit in Tianjin")."""
    if "summit" not in text and "Summit" not in text and "meeting" not in text:
        return frozenset()
    return frozenset(place for m in BLOC_SUMMIT.finditer(text) if (place := BLOC_SUMMIT.place(m)))


_NAME_WORD = re.compile(r"\b[A-Z][\w-]+")
# "between Ethiopia and Somalia": two sides a later "their" stands for
_BETWEEN_TWO = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
)
_COUNTERPART_LINK = re.compile(
    r"\b(?:with|met|meets|hosted|hosts|received|receives|called|phoned)\b"
)
# "Agriculture Minister Heath MacDonald is scheduled to travel to Beijing": a visitor to it
_TRAVEL_LINK = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?\s+to|visit(?:s|ed|ing)?|fl(?:y|ies|ew)\s+to|arrived?\s+in)\s+$"
)


def _met_or_visited(info: SentenceInfo, official: Mention, m: Mention) -> bool:
    """Whether ``m``, told after ``official``, is someone they meet or talk with, or a place
    they travel to (and not one another person named between them travels to)."""
    if m.form in (PERSON, ROLE):
        return bool(m.countries) and bool(
            _COUNTERPART_LINK.search(info.text, official.end, m.start)
        )
    return (
        m.form in COUNTRY_FORMS
        and _TRAVEL_LINK.search(info.text, official.end, m.start) is not None
        and not any(
            o.form in (PERSON, ROLE, PRONOUN) and official.end <= o.start < m.start
            for o in info.mentions
        )
    )


# What joins the states of a list: "Mali, Burkina Faso and Niger", "Britain, together with
# Australia and Canada".
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+(?:together|along)\s+with)\s+(?:the\s+)?")


_OTHER_BEFORE = re.compile(r"\b(?:other|several|some|fellow)\s+$", re.IGNORECASE)
_OPENS_WITH = re.compile(r"\s*(?:[Tt]he\s+)?")


# A main clause in the past perfect ("Britain had sanctioned both companies on Oct. 15"): an
# act before the one told just before (not "..., saying it had processed Iranian oil")
_EARLIER_ACT = re.compile(r"[^,;]*?\bhad\s+(?:already\s+|previously\s+|also\s+)?\w+ed\b")
# ("Hartarto said the rate would take effect on Aug. 1": the day it starts, not the day it was
# agreed)
_STARTS_ON = gated(
    re.compile(
        r"\b(?:takes?|took|taking)\s+effect|\bkick(?:s|ed)?\s+in\b|\b(?:comes?|came|enters?|entered|"
        r"go(?:es)?|went)\s+into\s+(?:force|effect)|\beffective\s+(?:on|from|as\s+of|immediately|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        re.IGNORECASE,
    )
)


def countries_listed_from(
    info: SentenceInfo, first: Mention, until: int | None = None
) -> list[Mention]:
    """``first`` and the states named after it that continue its list, in order (up to
    ``until`` when given)."""
    listed = [first]
    for m in info.mentions:
        if m.start < listed[-1].end or m.form not in COUNTRY_FORMS:
            continue
        if (until is not None and m.end > until) or not _COUNTRY_LIST_GAP.fullmatch(
            info.text, listed[-1].end, m.start
        ):
            break
        listed.append(m)
    return listed


def _most_named(named: Counter[tuple[str, str]], title: str, latest: str) -> str:
    """Of the people named with ``title``, the one named most (``latest`` on a tie)."""
    top = max(count for (word, _), count in named.items() if word == title)
    if named[(title, latest)] == top:
        return latest
    return next(name for (word, name), count in named.items() if word == title and count == top)


def _labels(info: SentenceInfo, m: Mention) -> bool:
    """Whether ``m`` is a transcript's speaker label ("Lin Jian: ...")."""
    label = _SPEAKER_LABEL.match(info.text)
    return label is not None and m.end == label.end("who")


def _names_one_of(info: SentenceInfo, surfaces: list[tuple[str, str, int]]) -> bool:
    """Whether the sentence holds, unread, one of the ``surfaces`` (of people the text
    introduces only further on: a live page tells the newest first, "Putin invited Kim to
    visit Moscow" above "Kim Jong Un greeted him on the tarmac")."""
    for surface, name, _ in surfaces:
        if (
            surface in info.text
            and re.search(rf"\b{re.escape(surface)}\b", info.text)
            and not any(m.person == name for m in info.mentions)
        ):
            return True
    return False


# "a 15pc tariff", "35.3 pc": the British papers' percent sign
_PC = re.compile(r"(?<=\d)(\s?)pc\b")


_HYPHENED_PER_CENT = re.compile(r"(\d)-per-cent")


# A timeline's entry: "June 4: The 50% rate on steel takes effect."
_DATED_ENTRY = re.compile(
    r"(?P<day>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+[0-3]?\d"
    r"(?:,\s+(?:19|20)\d\d)?):\s+(?P<entry>[A-Z].*?)(?P<stop>[.!?]?)\s*"
)


# (not "that" or "which": "The rate that Trump announced in May takes effect" is one clause; but
# "Trump is inaugurated and says he will meet Xi ...": the next verb's clause)
_SUBORDINATE = re.compile(
    r",?\s(?:unless|if|once|until|when|while|because|after|before|only)\s|,\s+where\s"
    r"|\s+and\s+(?=(?:says|said|tells|told|warns|warned|vows|vowed|adds|added)\b)"
)


def _as_read(sentence: str) -> str:
    """``sentence`` as the rules read it: "15pc" reads "15% " (a percent however it is
    written, character for character as long), a timeline's "June 4: The rate takes effect."
    reads "The rate takes effect on June 4." (its day where a sentence tells it). Facts cite
    the sentence as the article gives it."""
    if sentence[:1] in "ADFJMNOS" and (entry := _DATED_ENTRY.fullmatch(sentence)):
        told = entry.group("entry")
        # (the day goes with the main clause: "A truce ... expires on Aug. 12 unless it is
        # extended")
        cut = _SUBORDINATE.search(told)
        at = cut.start() if cut else len(told)
        sentence = f"{told[:at]} on {entry.group('day')}{told[at:]}{entry.group('stop')}"
    if "-per-cent" in sentence:
        # "100-per-cent tariffs" (Canadian style) reads "100 per cent tariffs"
        sentence = _HYPHENED_PER_CENT.sub(r"\1 per cent", sentence)
    if "pc" not in sentence:
        return sentence
    return _PC.sub(r"\1% ", sentence)


# Between the two people of a subject: "and", and the second one's titles
_JOINED_PAIR = re.compile(r"\s+and\s+(?:[\w’'.-]+\s+){0,5}")


class ArticleContext:
    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.g = gazetteer
        self.published: date | None = article.published
        self.finder = MentionFinder(gazetteer, article.published)
        self.sentences: list[SentenceInfo] = []
        read = [_as_read(s.text) for s in article.sentences]
        dates = SentenceDates(read, article.published)
        for i, s in enumerate(article.sentences):
            headline = not s.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'")) and (
                len(s.text.split()) <= 20
            )
            text = read[i]
            self.sentences.append(
                SentenceInfo(
                    i,
                    s.start,
                    s.end,
                    text,
                    self.finder.find(text, s.start),
                    headline,
                    dates,
                    told=None if text == s.text else s.text,
                )
            )
        # Headlines name people by surname before the body introduces them ("Putin holds
        # calls with Xi"): read them again now that the article's people are known.
        people = self.finder.people
        # (surface, name, where introduced): the latest introduced last, so a sentence need
        # only look at those introduced after it
        surfaces = sorted(
            ((s, n, people.known[n].first_seen) for s, n in people.by_surface.items()),
            key=lambda told: told[2],
        )
        for info in self.sentences:
            while surfaces and surfaces[0][2] <= info.end:
                surfaces.pop(0)
            if (info.is_headline and info.index < 3) or _names_one_of(info, surfaces):
                self.finder.forget(info.mentions)
                info.mentions = self.finder.find(info.text, info.start)
        # An official the text names without a country ("Trade Minister Omer Bolat") most
        # likely serves the country the article is about.
        counts = self._country_counts()
        main = self.main_country = counts.most_common(1)[0][0] if counts else None
        for known in self.finder.people.known.values():
            if known.country is None and known.title and main:
                known.country = self._home_of_official(known.name, counts)
        self._resolve_titles()
        self._people_timeline = [
            (info.index, m.start, m.person)
            for info in self.sentences
            for m in info.mentions
            if m.form in (PERSON, ROLE) and m.person
        ]
        self._summit_days: dict[tuple[str, bool], FuzzyDate | None] = {}
        self.country_salience = Counter(
            c
            for info in self.sentences
            for m in info.mentions
            if m.form in COUNTRY_FORMS or m.form in (PERSON, ROLE)
            for c in m.countries
        )

    @cached_property
    def _sentence_at(self) -> dict[int, SentenceInfo]:
        return {info.start: info for info in self.sentences}

    @cached_property
    def summit_venues(self) -> frozenset[str]:
        """Where the article's multilateral summits meet; read when first asked (only a visit
        with no one named to meet asks, and the pattern reads the whole article)."""
        return _summit_venues(self.article.text)

    def _resolve_titles(self) -> None:
        """People the text names by office or honorific alone, once it has introduced them:
        "the president flies to Doha" (the last president named), "Prince Mohammed spoke"
        (Mohammed bin Salman, introduced earlier)."""
        known = self.finder.people.known
        # Who "the president" is: the president named most so far (the story's own, not the
        # last visitor's), the latest on a tie.
        named: Counter[tuple[str, str]] = Counter()
        last_with_title: dict[str, str] = {}
        for info in self.sentences:
            taken = [(m.start, m.end) for m in info.mentions]
            added: list[Mention] = []
            for found in _BARE_TITLE.finditer(info.text):
                if any(a < found.end() and found.start() < b for a, b in taken):
                    continue
                word = " ".join((found.group("title") or "").lower().split())
                if word == "head of state":  # protocol prose: the story's own head of state
                    own = [
                        n
                        for n, p in known.items()
                        if p.country == self.main_country
                        and any(t in (p.title or "").lower() for t in _HEAD_WORDS)
                    ]
                    name = own[0] if own else None
                else:
                    name = last_with_title.get(word) if word else None
                if name is None and found.group("given"):
                    given = found.group("given")
                    matches = [n for n in known if n.split()[0] == given]
                    name = matches[0] if len(matches) == 1 else None
                country = known[name].country if name is not None else None
                if country is not None and not self.finder.names_another_capital(
                    info.text[: found.start()], country
                ):
                    added.append(Mention(found.start(), found.end(), ROLE, (country,), name))
            if added:
                info.mentions = sorted(info.mentions + added, key=lambda m: m.start)
            for m in info.mentions:
                person = known.get(m.person or "") if m.form in (PERSON, ROLE) else None
                if person is None:
                    continue
                # the gazetteer's title, and the one the text gives ("Saudi Crown Prince
                # Mohammed bin Salman", whose first office there is prime minister)
                told = _TOLD_TITLE.findall(info.text[max(0, m.start - 16) : m.start + 14].lower())
                title = (person.title or "").lower()
                for word in _TITLE_WORDS:
                    if word in title or word in told:
                        named[(word, person.name)] += 1
                        last_with_title[word] = _most_named(named, word, person.name)

    def _country_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for info in self.sentences:
            for m in info.mentions:
                if m.form in COUNTRY_FORMS or (m.form in (PERSON, ROLE) and m.countries):
                    for c in m.countries:  # (a loop: Counter.update costs a call or two more)
                        if c not in ("EU", "UN", "NATO"):
                            counts[c] += 1
        return counts

    def _home_of_official(self, name: str, counts: Counter[str]) -> str | None:
        """The country an official named without one serves: the article's most named country,
        unless the text has them meet or talk with someone of it ("Trade Cabinet Secretary Lee
        Kinyanjui held talks with U.S. Trade Representative Jamieson Greer"); then the next."""
        counterparts: set[str] = set()
        where_told: str | None = None
        for info in self.sentences:
            at = [m for m in info.mentions if m.person == name]
            if not at:
                continue
            if where_told is None:
                where_told = self._place_opening(info) or self._scene_before(info)
            for m in info.mentions:
                if m.start > at[0].end and _met_or_visited(info, at[0], m):
                    counterparts.update(m.countries)
        if where_told and where_told not in counterparts:
            return where_told  # "In Seoul, the presidential office said ... Trade Minister Yeo"
        ranked = [c for c, _ in counts.most_common() if c not in counterparts]
        if not ranked and counterparts:
            # "duties on Canadian canola ... MacDonald is to travel to Beijing": only the
            # adjective names the other side
            adjectives = Counter(
                c
                for info in self.sentences
                for m in info.mentions
                if m.form == DEMONYM
                for c in m.countries
                if c not in counterparts
            )
            ranked = [c for c, _ in adjectives.most_common(1)]
        return ranked[0] if ranked else self.main_country

    @staticmethod
    def _place_opening(info: SentenceInfo) -> str | None:
        """The country whose capital or name opens ``info`` as its scene ("In Seoul, ...")."""
        if not info.text.startswith("In "):
            return None
        first = next((m for m in info.mentions if m.start == 3), None)
        if first is None or first.form not in COUNTRY_FORMS or len(first.countries) != 1:
            return None
        return first.countries[0] if info.text.startswith(",", first.end) else None

    def _scene_before(self, info: SentenceInfo) -> str | None:
        """The scene the sentence before, in the same paragraph, opens on ("In Seoul, the
        presidential office said ... Trade Minister Yeo Han-koo, who arrived ...")."""
        if not info.index:
            return None
        before = self.sentences[info.index - 1]
        if "\n\n" in self.article.text[before.end : info.start]:
            return None
        return self._place_opening(before)

    # -- parties ----------------------------------------------------------------

    def story_day(
        self, evidence: Iterable[Evidence], of_measures: bool = False
    ) -> FuzzyDate | None:
        """The day an act told with no date at all took place: the day the report last named
        before it ("On Saturday the leaders gathered in Johannesburg. ... Earlier, Modi met
        Albanese"). A diplomatic event skips sentences about trade measures, whose days are
        the measures'; a measure (``of_measures``) reads them."""
        if self.published is None:
            return None  # an undated report's days are mostly unread: the last one read misleads
        told = [self._sentence_at[e.start] for e in evidence if e.article_id == self.article.id]
        if not told or not all(info.undated for info in told):
            return None
        # A headline tells the story's event before any day: the body's telling is dated.
        told = [info for info in told if not info.is_headline] or told
        for info in reversed(self.sentences[: min(i.index for i in told)]):
            day = info.last_reported_day
            if (
                day is not None
                and (
                    of_measures
                    or not _MEASURE_WORDS.search(info.text)
                    or _EVENT_WORDS.search(info.text)
                )
                and not _NOT_HAPPENED.search(info.text)
            ):
                return day
        first = min(i.index for i in told)
        lede = next((info for info in self.sentences if not info.is_headline), None)
        if lede is not None and lede.index == first and first + 1 < len(self.sentences):
            # "The US sanctioned a Chinese refinery for the first time. The Treasury on
            # Thursday designated ...": a lede that names no day is dated by the sentence that
            # tells it again in detail
            after = self.sentences[first + 1]
            if (
                not _NOT_HAPPENED.search(after.text)
                # (not "Britain had sanctioned both companies on Oct. 15": an earlier act)
                and not _EARLIER_ACT.match(after.text, clauses.clause_start(after.text))
                and not _STARTS_ON.search(after.text)
                and (of_measures or not _MEASURE_WORDS.search(after.text))
            ):
                return after.last_reported_day
        return None

    def summit_day(self, words: str, ahead: bool) -> FuzzyDate | None:
        """When the article says a summit meets: "a meeting on the sidelines of the
        Johannesburg summit" is dated by "the G20 summit in Johannesburg this weekend", one on
        the sidelines of "the summit" by the first summit the article dates."""
        key = (words, ahead)
        if key not in self._summit_days:
            names = set(_NAME_WORD.findall(words))
            found = None
            for info in self.sentences:
                summit = BLOC_SUMMIT.search(info.text)
                # "on the sidelines of the summit": the one the story is about, told first
                if summit is None or (
                    names and not names & set(_NAME_WORD.findall(summit.group(0)))
                ):
                    continue
                dates = info.future_dates if ahead else info.past_dates
                found = next((d.value for d in dates if d.value is not None), None)
                if found is not None:
                    break
            self._summit_days[key] = found
        return self._summit_days[key]

    def person_country(self, name: str | None) -> str | None:
        if not name:
            return None
        known = self.finder.people.known.get(name)
        return known.country if known else None

    def participant(self, name: str) -> Participant | None:
        country = self.person_country(name)
        return Participant(country, name) if country else None

    def _pair_opening(self, index: int) -> list[Participant]:
        """The two people of two states sentence ``index`` opens on, joined by "and" ("Ethiopian
        Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met ...")."""
        info = self.sentences[index]
        people = [o for o in info.mentions if o.form == PERSON and o.person]
        if len(people) < 2 or people[0].start > clauses.story_start(info.text) + 40:
            return []
        first, second = people[0], people[1]
        if not _JOINED_PAIR.fullmatch(info.text, first.end, second.start):
            return []
        pair = [p for o in (first, second) if o.person and (p := self.participant(o.person))]
        return pair if len({p.country for p in pair}) == 2 else []

    def people_before(self, sentence: int, pos: int) -> list[str]:
        """Names mentioned before a point in the article, oldest first, each once (newest wins)."""
        names = [n for (s, p, n) in self._people_timeline if (s, p) < (sentence, pos)]
        seen: dict[str, int] = {}
        for i, n in enumerate(names):
            seen[n] = i
        return sorted(seen, key=seen.__getitem__)

    def resolve_pronoun(self, info: SentenceInfo, m: Mention) -> list[Participant]:
        word = (m.person or "").lower()
        if word == "her" and _NOUN_AFTER.match(info.text, m.end):
            word = "his"  # "Sheinbaum said her phone call with Trump ...": her own, as "his" is
        if word in ("they", "their", "them"):
            if _BLOC_PEOPLE_OPEN.match(info.text, clauses.clause_start(info.text), m.start):
                # "Pacific Islands Forum leaders will gather in Suva for their first meeting":
                # the bloc's own gathering, of members the sentence does not name
                return []
            between = _BETWEEN_TWO.search(info.text, 0, m.start)
            sides = [
                o
                for o in info.mentions
                if between
                and between.start("a") <= o.start < between.end()
                and o.form in COUNTRY_FORMS
            ]
            if len(sides) == 2:
                # "mediating between Ethiopia and Somalia, and a third round of their talks"
                return [Participant(o.countries[0]) for o in sides]
            opening = next(
                (
                    o
                    for o in info.mentions
                    if o.form in COUNTRY_FORMS and o.start < m.start and o.countries
                ),
                None,
            )
            listed = countries_listed_from(info, opening, until=m.start) if opening else []
            if len(listed) >= 2 and _OPENS_WITH.fullmatch(info.text, 0, listed[0].start):
                # "The EU and South Africa agreed to hold their next summit": the subjects'
                return [Participant(o.countries[0]) for o in listed]
            for back in range(info.index, max(-1, info.index - 3), -1):
                groups = [
                    g
                    for g in self.sentences[back].mentions
                    if g.form in (GROUP, REGION) and (back < info.index or g.start < m.start)
                ]
                if groups:
                    return self.expand(self.sentences[back], groups[-1])
            pair = self._pair_opening(info.index - 1) if info.index else []
            if pair and not any(o.form == PERSON and o.start < m.start for o in info.mentions):
                # "Abiy and Isaias met Modi in New Delhi on Monday. Before that, they met in
                # Doha": the pair the sentence before opened on, not whoever it named last
                return pair
            # "They spoke by phone", "their meeting": the last two people named.
            return self.expand(info, Mention(m.start, m.end, GROUP, ()))
        if word in _FIRST_PERSON:
            speaker = self.speaker(info.index)
            return [p] if speaker and (p := self.participant(speaker)) else []
        # The subject of the pronoun's clause ("..., and Sisi made his first visit"), else
        # of the sentence ("Putin spoke with Xi and Lukashenko, days before his meeting").
        clause_start = 0
        for boundary in _CLAUSE_JOIN.finditer(info.text, 0, m.start):
            clause_start = boundary.end()
        before = [
            o
            for o in info.mentions
            if o.start < m.start and o.form in (PERSON, ROLE) and o.person and not _labels(info, o)
        ]
        # ("After his call with Xi, Trump said he would visit China": the main clause's
        # subject, past the leading phrase)
        lead = clauses.LEADING_PHRASE_END.match(info.text)
        main = [o for o in before if lead is None or o.start >= lead.end()] or before
        start = max(clause_start, lead.end() if lead else 0)
        subject = next((o for o in before if o.start >= start), main[0] if main else None)
        if word in ("he", "she") and (subject is None or subject.start < clause_start):
            # "This afternoon he will meet Anwar, and tomorrow he will travel to Indonesia":
            # a second "he" is the first one's, not the person the first one met.
            first = next(
                (
                    o
                    for o in info.mentions
                    if o.start < m.start and o.form in (PERSON, ROLE, PRONOUN)
                ),
                None,
            )
            if first is not None and first.form == PRONOUN and (first.person or "").lower() == word:
                return self.resolve_pronoun(info, first)
        if (
            word in ("him", "her")
            and before
            and (carried := clauses.TRIP_TOOK.search(info.text, 0, m.start)) is not None
            and all(o.start < carried.start() for o in before)
        ):
            # "Wang met Barrot in Paris, the last stop of a tour that also took him to Berlin":
            # what a trip does to its traveller, the sentence's subject
            return [p] if (p := self.participant(before[0].person or "")) else []
        if word in ("him", "her") and subject is not None:
            # "Stubb, who has golfed with Trump, spoke with him": an object is someone else
            others = [o for o in before if o.person != subject.person]
            if others and others[-1].person:
                return [p] if (p := self.participant(others[-1].person)) else []
            # "Xi will hold talks with her": the person the sentences before named last
            for back in range(info.index - 1, max(-1, info.index - 4), -1):
                told = self.sentences[back]
                named = [
                    o
                    for o in told.mentions
                    if o.form in (PERSON, ROLE)
                    and o.person
                    and o.person != subject.person
                    and not _labels(told, o)
                ]
                # "Cheng held talks with Lutnick and Greer. Lutnick called her": someone of
                # another country than the subject's before a compatriot of his
                foreign = [o for o in named if o.countries[:1] != subject.countries[:1]]
                if named:
                    chosen = (foreign or named)[-1]
                    return [p] if (p := self.participant(chosen.person or "")) else []
            return []
        if subject is not None and subject.person:
            return [p] if (p := self.participant(subject.person)) else []
        if clauses.LEADING_PHRASE.match(info.text, 0, m.start):
            for other in info.mentions:  # cataphora: "After his call with X, Trump wrote"
                if other.start > m.start and other.form in (PERSON, ROLE) and other.person:
                    preceded = info.text[max(0, other.start - 40) : other.start]
                    if "," in preceded:
                        return [p] if (p := self.participant(other.person)) else []
        # "On Wednesday he met ...": whom the sentences before are about, following their
        # own "he" back to the name ("EAM began the visit in The Hague, where he called on
        # Prime Minister Schoof. On Tuesday he held talks ..." is not Schoof's).
        for back in range(info.index - 1, max(-1, info.index - 4), -1):
            earlier = self._subject_through_pronouns(back)
            if earlier:
                return [earlier]
        return []

    def _subject_through_pronouns(self, index: int, depth: int = 3) -> Participant | None:
        info = self.sentences[index]
        for m in info.mentions:
            if m.form in (PERSON, ROLE) and m.person:
                if _OF_BEFORE.search(info.text, 0, m.start):
                    continue  # "the collapse of Assad's government": no subject
                return self.participant(m.person)
            if m.form == PRONOUN and (m.person or "").lower() in ("he", "she") and depth:
                if m.start > 40:
                    continue  # a pronoun deep in the sentence is no clue to its subject
                for back in range(index - 1, max(-1, index - 4), -1):
                    earlier = self._subject_through_pronouns(back, depth - 1)
                    if earlier:
                        return earlier
                return None
        return None

    def country_in(self, text: str) -> str | None:
        """The country the words name last ("Polish", "Japan's", "U.S.", "the Kremlin")."""
        return self.finder._country_near(text)

    def last_monarchy(self, info: SentenceInfo, before: int) -> str | None:
        """What "the kingdom" stands for: the last monarchy named before ``before``."""
        for back in range(info.index, max(-1, info.index - 6), -1):
            sentence = self.sentences[back]
            for m in reversed(sentence.mentions):
                if back == info.index and m.start >= before:
                    continue
                if m.form in COUNTRY_FORMS and m.countries and m.countries[0] in MONARCHIES:
                    return m.countries[0]
        return None

    def country_named_lately(self, info: SentenceInfo, iso3: str, reach: int = 6) -> bool:
        """Whether ``iso3`` is named in this sentence or one of the ``reach`` before it."""
        return any(
            iso3 in m.countries
            for back in range(info.index, max(-1, info.index - reach - 1), -1)
            for m in self.sentences[back].mentions
        )

    def subject_of(self, info: SentenceInfo) -> Participant | None:
        for m in info.mentions:
            if m.form in (PERSON, ROLE) and m.person:
                return self.participant(m.person)
        return None

    def speaker(self, index: int) -> str | None:
        """Who speaks in sentence ``index``, or most recently before it."""
        for back in range(index, max(-1, index - 6), -1):
            info = self.sentences[back]
            found = self.finder.speaker_of(info.text, info.mentions)
            if found and found.person:
                return found.person
            label = _SPEAKER_LABEL.match(info.text)
            if label:  # a transcript's "Guo Jiakun: We imposed ..."
                named = [
                    m
                    for m in info.mentions
                    if m.form in (PERSON, ROLE) and m.person and m.end == label.end("who")
                ]
                if named:
                    return named[0].person
                if label.group("who").strip() in ("Q", "Question"):
                    return None  # the questioner is nobody the article names
        ranked = sorted(self.finder.people.known.values(), key=lambda p: -p.mentions)
        return ranked[0].name if ranked else None

    def expand(self, info: SentenceInfo, m: Mention) -> list[Participant]:
        """The participants a mention stands for (several for a group)."""
        if m.form in (PERSON, ROLE):
            if m.person and (p := self.participant(m.person)):
                return [p]
            return [Participant(m.countries[0])] if m.countries else []
        if m.form == PRONOUN:
            return self.resolve_pronoun(info, m)
        if m.form == GROUP and m.countries:
            return [Participant(c) for c in m.countries]
        if m.form == GROUP and m.count:
            counted = self._counted(info, m, m.count)
            if counted or m.count != 2:
                return counted
        if m.form == GROUP:
            names = self.people_before(info.index, m.start)
            pair = [p for n in names[::-1] if (p := self.participant(n))]
            distinct: list[Participant] = []
            for p in pair:
                if all(p.country != q.country for q in distinct):
                    distinct.append(p)
                if len(distinct) == 2:
                    return distinct[::-1]
            top = [c for c, _ in self.country_salience.most_common(3)]
            for c in top:
                if all(c != q.country for q in distinct) and len(distinct) < 2:
                    distinct.append(Participant(c))
            return distinct if len(distinct) == 2 else []
        if m.form == REGION and _OTHER_BEFORE.search(info.text, max(0, m.start - 8), m.start):
            return []  # "with Zelenskyy and other European leaders": others left unnamed
        if m.form == REGION:
            # "Central Asian leaders": each member's leader the text names, one per country
            # (its president rather than its deputy foreign minister).
            members = self.g.region_members(m.person or "")
            chosen: dict[str, tuple[bool, int, str]] = {}
            for known in self.finder.people.known.values():
                if known.country in members and known.mentions:
                    rank = (
                        bool(_LEADER_TITLE.search(known.title or "")),
                        known.mentions,
                        known.name,
                    )
                    if known.country not in chosen or rank[:2] > chosen[known.country][:2]:
                        chosen[known.country] = rank
            return [Participant(country, rank[2]) for country, rank in chosen.items()]
        if m.form in COUNTRY_FORMS or m.form == CITY:
            return [Participant(m.countries[0])]
        return []

    def _counted(self, info: SentenceInfo, m: Mention, n: int) -> list[Participant]:
        """ "The five leaders", "both countries": the ``n`` countries of the people this
        sentence names before ``m`` ("Carney is to meet Xi ..., the first talks between the two
        countries' leaders"), else of the states it names there ("tariffs Trump ordered on
        Mexico and Canada ... calls with both countries' leaders"), else the parties of the
        last sentence (this one up to ``m``, or one of the two before) that names exactly
        ``n`` countries taking part; none otherwise."""
        # (a dateline's place, "PUTRAJAYA, Malaysia, July 29 (Reuters) -", is none of them)
        story = clauses.clause_start(info.text)
        for forms in ((PERSON, ROLE), COUNTRY_FORMS):
            told = {
                c: Participant(c)
                for o in info.mentions
                if story <= o.start < m.start and o.form in forms
                for c in o.countries[:1]
            }
            if len(told) == n:
                return list(told.values())
        for back in range(info.index, max(-1, info.index - 3), -1):
            sentence = self.sentences[back]
            named: dict[str, Participant] = {}
            story = clauses.clause_start(sentence.text)
            for o in sentence.mentions:
                if (
                    (back == info.index and o.start >= m.start)
                    or o.start < story
                    or o.form in (CITY, PRONOUN)
                ):
                    continue
                if o.form == GROUP and not o.countries:
                    continue
                for p in self.expand(sentence, o):
                    named.setdefault(p.country, p)
            if len(named) == n:
                return list(named.values())
        return []

    def country_name(self, iso3: str | None) -> str:
        if iso3 is None:
            return "?"
        country = self.g.countries.get(iso3)
        return country.name if country else iso3
