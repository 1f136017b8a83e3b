"""Who and which countries a sentence speaks of.

Rules:
- A person is recognised three ways: a gazetteer name or alias ("Xi Jinping", "Putin"); a
  name the text introduces with a title ("Polish Prime Minister Donald Tusk", "US envoy
  Steve Witkoff", "Japan's chief cabinet secretary, Yoshimasa Hayashi"); or, once
  introduced, the surname alone ("Tusk"). People the article introduces win over the
  gazetteer for the same surname, so two Donalds stay apart.
- A role ("the US president", "his Russian counterpart", "the head of Russia") resolves to a
  person of that country the article has already named, else to whoever held the office on
  the publication date, else to the country alone.
- When the text's title contradicts the gazetteer ("Indian President Narendra Modi") the
  gazetteer's title is kept and the contradiction recorded as a caveat.
- Countries are found by name, alternative spelling, capital, seat of power and demonym.
  Which of those may act as a party is decided later, by position (see ``clauses``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter

from analyst.extract.dates import CALENDAR_WORDS, NUMBER_WORDS
from analyst.extract.gazetteer import CAPITAL, CITY, DEMONYM, NAME, SEAT, Gazetteer, Person
from analyst.extract.quick import fold, fold_shared, gated, holds_any, word_start_first
from analyst.extract.trie import trie_pattern, word_pattern
from analyst.model import quick_frozen_init

PERSON, ROLE, PRONOUN, GROUP, REGION = "person", "role", "pronoun", "group", "region"
_START_OF = attrgetter("start")
_END_OF = attrgetter("end")

# Capitals beyond Latin-1 that open names ("Željko", "Đedović", "İbrahim", "Łukasz", "Şimşek")
_EXTENDED_CAPITALS = "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_WORD = rf"[A-ZÀ-Þ{_EXTENDED_CAPITALS}][\w'’À-ÿ]*(?:-[\w'’À-ÿ]+)*\.?"
# Lower-case words inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
_PARTICLES = (
    "bin",
    "bint",
    "ibn",
    "von",
    "der",
    "den",
    "van",
    "de",
    "da",
    "al",
    "el",
    "du",
    "le",
    "la",
    "dos",
    "del",
)
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})"
_NAME_RE = re.compile(rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*")
# The last letter of initials a name's match starts on ("S. Energy Secretary ..." of "U.S.")
_INITIALS_TAIL = re.compile(r"[A-Z]\.\s+")
_INITIAL = re.compile(r"[A-Z]\.")
_PRONOUNS = ("he", "she", "him", "his", "her", "we", "my", "our", "they", "their", "them")
_PRONOUN_RE = re.compile(word_pattern([*_PRONOUNS, *(w.capitalize() for w in _PRONOUNS), "I"]))
_FROM_LIST_PATTERN = re.compile(
    r"\b(?:[Oo]fficials|[Aa]dvisers|[Aa]dvisors|[Mm]inisters|[Dd]elegations?|[Dd]iplomats|[Nn]egotiators|"
    r"[Rr]epresentatives|[Ee]nvoys|[Ll]eaders|[Tt]eams)\s+(?:from|of)\s+(?P<list>(?:the\s+)?[A-Z][^;:.]*?(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))"
)
_FROM_LIST = gated(_FROM_LIST_PATTERN)
_GROUP_NOUNS = (
    "leaders",
    "ministers",
    "officials",
    "negotiators",
    "delegation",
    "delegations",
    "presidents",
    "counterparts",
    "diplomats",
    "advisers",
    "advisors",
    "envoys",
    "heads",
    "governments",
    "commanders",
    "generals",
    "team",
    "teams",
)
# "Leaders of Kazakhstan, ..." opening a sentence: the capitalised nouns too
_GROUP_NOUNS_ANY_CASE = (*_GROUP_NOUNS, *(w.capitalize() for w in _GROUP_NOUNS), "Representatives")
_GROUP_NOUN = re.compile(word_pattern(_GROUP_NOUNS_ANY_CASE))
# What each of those words holds past its first letter ("eaders" for "leaders" and "Leaders"),
# none held in another: a quick look that half as many substring tests make.
_GROUP_NOUN_TAILS = tuple(
    tail
    for tail in dict.fromkeys(w[1:] for w in _GROUP_NOUNS_ANY_CASE)
    if not any(other != tail and other in tail for other in (w[1:] for w in _GROUP_NOUNS_ANY_CASE))
)
_FIRST_PERSON = {"i", "we", "my", "our"}
# Where an event takes place: "visited Riyadh", "arrived in Riyadh", "talks in Beijing".
_GONE_TO = re.compile(r"\b(?:in|to|at|visited|visiting|visits)\s+(?:the\s+)?$")
# "Xi'an", "Trump-era" (but "the Trump-Putin summit" names both)
_NEXT_NAME_WORD = re.compile(r" [A-Z][\w-]*")
_INSIDE_A_WORD = re.compile(r"['’](?![sS]\b)\w|-[a-z]")
# Case-insensitive: read in the sentence's quick.fold (same offsets), which holds one of
# _TWO_WORDS wherever it can match.
_TWO_RE = re.compile(
    # ("the two sides": the two states, as named last, whoever spoke in between)
    r"\b(?:(?:the\s+two|both)\s+(?P<states>countries|nations|governments|sides)|"
    r"the\s+two\s+(?:leaders|heads\s+of\s+state|presidents|men|women|counterparts|ministers)|"
    r"both\s+(?:leaders|men|presidents)|the\s+pair|the\s+two)\b"
)
_TWO_WORDS = ("two", "both", "pair")
# "the five leaders", "the three countries": as many parties as were last named together.
COUNTED = {w: n for w, n in NUMBER_WORDS.items() if 3 <= n <= 10 and w.isalpha() and w != "several"}
_COUNTED_WORDS = tuple(f" {w} " for w in COUNTED)
_COUNTED_RE = word_start_first(
    re.compile(
        rf"\bthe\s+(?P<n>{'|'.join(COUNTED)})\s+(?:leaders|heads\s+of\s+state|presidents|"
        r"prime\s+ministers|countries|nations|governments|sides|ministers|foreign\s+ministers)\b"
    )
)
_THE_LEADERS = re.compile(
    r"\s*(the\s+(?:leaders|heads\s+of\s+state|presidents|prime\s+ministers))\b(?!\s+of\b)"
)
_REGIONS = trie_pattern(
    [
        "Central Asian",
        "Southeast Asian",
        "European",
        "EU",
        "Western",
        "Gulf",
        "Arab",
        "African",
        "Asian",
        "Nordic",
        "Baltic",
        "Latin American",
    ],
    not_after=r"\w",
    space=r"\s+",
)  # \b(?:Central\s+Asian|…|Latin\s+American), kept fast
_REGION_RE = gated(
    re.compile(
        rf"(?P<region>{_REGIONS})\s+(?:leaders|heads\s+of\s+state|counterparts|partners|allies)\b"
    )
)
_DETERMINER = trie_pattern(
    ["The", "the", "His", "his", "Her", "her", "Their", "their", "Its", "its"], not_after=r"\w"
)  # \b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts), kept fast
_HEAD_WORDS = frozenset(
    {"president", "prime minister", "chancellor", "king", "queen", "premier", "emir"}
)
_HANDLE_RE = re.compile(r"@?\b(POTUS|FLOTUS)\b")
_HANDLES = {"POTUS": ("USA", "president"), "FLOTUS": ("USA", None)}


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class Mention:
    """Something in a sentence that may take part in a fact, at ``start``..``end``."""

    start: int
    end: int
    form: str
    countries: tuple[str, ...]
    person: str | None = None
    joint: bool = False
    count: int | None = None  # "the five leaders": how many parties the group stands for

    @property
    def country(self) -> str | None:
        return self.countries[0] if len(self.countries) == 1 else None

    @property
    def is_party(self) -> bool:
        """A person, role, group or a country named as an actor (not an adjective)."""
        return self.form != DEMONYM


@dataclass
class KnownPerson:
    name: str
    country: str | None
    title: str | None
    mentions: int = 0
    caveat: str | None = None
    first_seen: int = 0
    former: bool = False  # out of the gazetteer's office on the day: "the president" is not them


@dataclass
class People:
    """The people of one article, in the order it introduces them."""

    known: dict[str, KnownPerson] = field(default_factory=dict)
    by_surface: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    # "His Highness Sheikh Tamim ...": the last person named after each style, whom the style
    # alone stands for later ("received His Highness")
    by_style: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, country: str | None, title: str | None, position: int) -> KnownPerson:
        person = self.known.get(name)
        if person is None:
            person = KnownPerson(name, country, title, first_seen=position)
            self.known[name] = person
            self.order.append(name)
        elif person.country is None and country:
            person.country = country
        if title and not person.title:
            person.title = title
        for surface in _surfaces_of(name, person.country):
            self.by_surface.setdefault(surface, name)
        return person

    def of_country(self, iso3: str, title: str | None = None) -> KnownPerson | None:
        candidates = [self.known[n] for n in self.order if self.known[n].country == iso3]
        if title:
            titled = [p for p in candidates if p.title and title in p.title.lower()]
            candidates = titled or candidates
        return candidates[0] if candidates else None

    def sole_titled(
        self, title: str, before: int, besides: frozenset[str] = frozenset()
    ) -> KnownPerson | None:
        """The one person in office introduced before ``before`` whose title is ``title``
        ("the minister" after "Egyptian Foreign Minister Badr Abdelatty"); of several, the one
        not ``besides`` (named in the same sentence: "The Prime Minister met Prime Minister
        Narendra Modi"); None when there are none or still several (not a vice president for
        "the president", nor a prime minister for "the minister")."""
        pattern = _bare_title(title)
        titled = [
            self.known[n]
            for n in self.order
            if self.known[n].first_seen < before
            and self.known[n].country
            and not self.known[n].former
            and pattern.search((self.known[n].title or "").lower())
        ]
        if len(titled) > 1:
            titled = [p for p in titled if p.name not in besides]
        return titled[0] if len(titled) == 1 else None


_STYLE = r"(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))"
# ("His Majesty King Abdullah II": a rank may stand between the style and the name)
_STYLE_BEFORE = re.compile(
    _STYLE + r"\s+(?:(?:Sheikh|Sheikha|King|Queen|Prince|Princess|Emir|Amir|Sultan)\s+)?$"
)
# The style alone, not before a name or rank ("received His Highness at the airport")
_STYLE_ALONE = re.compile(r"\b" + _STYLE + r"(?!\s+[A-Z])")


def _style_key(style: str) -> str:
    return " ".join(style.lower().split())


@lru_cache(maxsize=64)
def _bare_title(title: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!vice\s)(?<!vice-)(?<!prime\s)\b{re.escape(title)}\b")


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


# Where a person goes by the first of their names: the given name in Thailand ("Phumtham" for
# Phumtham Wechayachai), the family name in China ("Wang" for Wang Yi).
_FIRST_NAME_ALONE = frozenset({"THA", "CHN"})
# ... unless that name is also a common word at the start of a sentence ("He Lifeng").
_NOT_ALONE = frozenset({"He", "Ma", "Yi"})


def _first_name_alone(words: list[str], country: str | None) -> bool:
    return country in _FIRST_NAME_ALONE and len(words) >= 2 and words[0] not in _NOT_ALONE


# Where a three-word name puts the family name first ("Gan Kim Yong", "Lee Hsien Loong", "Kim
# Jong Un")
_FAMILY_NAME_FIRST = frozenset({"SGP", "CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def surname(name: str, country: str | None = None) -> str:
    """The name a person goes by alone: "Lee" for Lee Jae-myung (the family name comes first
    in Korean), "Li" for Li Qiang, "von der Leyen", "bin Salman", else the last word."""
    words = name.split()
    if _first_name_alone(words, country):
        return words[0]
    if (len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1])) or (
        len(words) == 3 and country in _FAMILY_NAME_FIRST
    ):
        return words[0]
    for i, word in enumerate(words[1:-1], start=1):
        if word in _PARTICLES:
            return " ".join(words[i:])
    return words[-1]


def _surfaces_of(name: str, country: str | None = None) -> list[str]:
    parts = name.split()
    out = [name]
    if _first_name_alone(parts, country):
        out.append(parts[0])
    if len(parts) == 2 and _KOREAN_GIVEN.fullmatch(parts[1]):
        out.append(parts[0])  # "Lee Jae-myung" is President Lee: the family name comes first
    elif len(parts) == 3 and country in _FAMILY_NAME_FIRST:
        out.append(parts[0])  # "Gan Kim Yong" is DPM Gan
    elif len(parts) >= 2 and parts[-1][0].isupper() and parts[-1] not in ("II", "III", "IV"):
        out.append(parts[-1])
    if len(parts) >= 3 and parts[-2].lower() in ("von", "van", "de", "bin", "al"):
        out.append(" ".join(parts[-3:]) if parts[-3][0].islower() else " ".join(parts[-2:]))
    return out


# ", who serves as trade minister for Ghana": the country an official serves
_WHO_SERVES = re.compile(r",\s+who\b[^,.;]{0,80}?\b(?:for|of)\s+(?P<c>[^,.;]+)")


class MentionFinder:
    """Finds mentions sentence by sentence; knows the article's people and date."""

    def __init__(self, gazetteer: Gazetteer, published: date | None) -> None:
        self.g = gazetteer
        self.published = published
        self.people = People()
        self.country_counts: Counter[str] = Counter()
        patterns = _patterns_for(gazetteer)
        self._title_before = patterns.title_before
        self._title_end = patterns.title_end
        self._title_after = patterns.title_after
        self._role = patterns.role
        self._owned_role = patterns.owned_role
        self._leaders_of = patterns.leaders_of
        self._title_words = patterns.title_words
        self._demonym_group = patterns.demonym_group
        self._honorifics = patterns.honorifics
        self._spans = patterns.spans

    # -- people ---------------------------------------------------------------

    def _gazetteer_person(self, surface: str) -> Person | None:
        candidates = self.g.person_aliases.get(surface, ())
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        for person in candidates:  # prefer one the article already named, then one in office
            if person.name in self.people.known:
                return person
        in_office = [p for p in candidates if p.in_office(self.published)]
        return (in_office or list(candidates))[0]

    def _register_gazetteer(self, person: Person, pos: int, before: str | None = None) -> str:
        """The gazetteer person as one of the article's people; their name.

        ``before`` is the sentence up to the mention: a head-of-state title there that is not
        the one the gazetteer gives ("Indian President Narendra Modi") becomes the caveat.
        """
        known = self.people.known.get(person.name)
        if known is None:
            country = person.country_on(self.published)
            known = self.people.add(person.name, country, person.title_on(self.published), pos)
            known.former = self.published is not None and not person.in_office(self.published)
            for alias in person.aliases:
                # ("Jonas Gahr Store" named, "Store" alone later: the alias's surname too)
                for surface in _surfaces_of(alias, country):
                    self.people.by_surface.setdefault(surface, person.name)
        title = known.title
        if before and title and known.caveat is None and title.lower() in _HEAD_WORDS:
            found = self._title_match(before)
            text_title = found[1] if found else None
            said = text_title.lower() if text_title else None
            if said and said in _HEAD_WORDS and said not in title.lower():
                known.caveat = (
                    f"the article calls {person.name} '{text_title}'; {title} per the gazetteer"
                )
        return person.name

    def _country_near(self, text: str) -> str | None:
        """The country a title's prefix names ("Polish", "Japan's", "U.S.", "the Kremlin")."""
        found = None
        for m in self.g.country_pattern.finditer(text):
            if not _COMPANY_AFTER.match(text, m.end()):  # (not "Nippon Steel")
                found = self.g.country_forms[m.group(0)][0]
        return found

    def _region_before(self, text: str) -> str | None:
        """The country of a province or state that ends ``text`` ("Ontario" before "Premier")."""
        words = text.split()[-3:]
        for i in range(len(words)):
            found = self.g.regions.get(" ".join(words[i:]))
            if found:
                return found
        return None

    def find(self, sentence: str, offset: int = 0, *, people_only: bool = False) -> list[Mention]:
        """All mentions in ``sentence``, left to right, without overlaps.

        ``offset`` is the sentence's position in the article; it orders first mentions.
        ``people_only`` does just enough to meet the article's people (a first pass).
        """
        taken: list[tuple[int, int]] = []
        out: list[Mention] = []

        def free(a: int, b: int) -> bool:
            # A plain loop (called for every candidate; a generator in all() costs more).
            for s, e in taken:  # noqa: SIM110
                if b > s and a < e:
                    return False
            return True

        def take(m: Mention) -> None:
            taken.append((m.start, m.end))
            out.append(m)

        if people_only:
            self._find_people(sentence, offset, free, take)
            return out
        # Handles and groups first: they contain words that would otherwise read as countries.
        for m in _HANDLE_RE.finditer(sentence) if "OTUS" in sentence else ():
            iso3, title = _HANDLES[m.group(1)]
            holder = self.g.office_holder(iso3, title, self.published) if title else None
            name = self._register_gazetteer(holder, offset) if holder else None
            take(Mention(m.start(), m.end(), ROLE, (iso3,), name))
        # A look for the words' tails as substrings first: cheaper than the pattern's scan.
        group_nouns = (
            holds_any(sentence, _GROUP_NOUN_TAILS) and _GROUP_NOUN.search(sentence) is not None
        )
        for m in self._leaders_of.finditer(sentence) if group_nouns else ():
            listed = [
                self.g.country_forms[c.group(0)][0]
                for c in self.g.country_pattern.finditer(m.group("list"))
            ]
            if listed and free(m.start(), m.end()):
                take(Mention(m.start(), m.end(), GROUP, tuple(dict.fromkeys(listed))))
        for m in self._demonym_group.finditer(sentence) if group_nouns else ():
            start, names = m.start(), m.group("list")
            if "," in names and " and " not in names:
                # (a list's last joined by "and": not "visit the Maldives, British officials")
                cut = names.rfind(",") + 1
                cut += len(names[cut:]) - len(names[cut:].lstrip())
                start, names = m.start("list") + cut, names[cut:]
            listed = [
                self.g.country_forms[c.group(0)][0] for c in self.g.country_pattern.finditer(names)
            ]
            if listed and free(start, m.end()):
                # "Italian and Egyptian ministers" meet as one group; "Chinese officials" is one party
                take(
                    Mention(
                        start,
                        m.end(),
                        GROUP,
                        tuple(dict.fromkeys(listed)),
                        joint=len(listed) > 1,
                    )
                )
        for m in _FROM_LIST.finditer(sentence) if group_nouns or "from" in sentence else ():
            listed = [
                self.g.country_forms[c.group(0)][0]
                for c in self.g.country_pattern.finditer(m.group("list"))
                if self.g.country_forms[c.group(0)][1] != DEMONYM
            ]
            if len(listed) >= 2 and free(m.start(), m.end()):
                take(Mention(m.start(), m.end(), GROUP, tuple(dict.fromkeys(listed)), joint=True))
        for m in _REGION_RE.finditer(sentence):
            if free(m.start(), m.end()):
                take(Mention(m.start(), m.end(), REGION, (), joint=True, person=m.group("region")))
        folded = fold_shared(sentence)
        pairs = holds_any(folded, _TWO_WORDS)
        for m in _TWO_RE.finditer(folded) if pairs else ():
            if free(m.start(), m.end()):
                # "both countries" are two states named together; "the two" may be people
                take(Mention(m.start(), m.end(), GROUP, (), count=2 if m.group("states") else None))
        for m in _COUNTED_RE.finditer(folded) if holds_any(folded, _COUNTED_WORDS) else ():
            if free(m.start(), m.end()):
                take(Mention(m.start(), m.end(), GROUP, (), count=COUNTED[m.group("n")]))
        # A readout's "The leaders agreed to meet ..." (first a look at the first character).
        readout = folded[:1] == "t" or folded[:1].isspace()
        opening = _THE_LEADERS.match(folded) if readout else None
        if opening and free(opening.start(1), opening.end(1)):
            take(Mention(opening.start(1), opening.end(1), GROUP, ()))

        self._find_people(sentence, offset, free, take)

        # (read once, for the owned roles and for the countries themselves)
        countries = list(self.g.country_pattern.finditer(sentence))
        owned = "'s " in sentence or "’s " in sentence
        for c in countries if owned else ():
            titled = self._owned_role.match(sentence, c.end())
            if titled is None or not free(c.start(), titled.end()):
                continue
            iso3 = self.g.country_forms[c.group(0)][0]
            office = self._holder_name(iso3, titled.group("title").lower(), offset)
            take(Mention(c.start(), titled.end(), ROLE, (iso3,), office))
        for m in self._role.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            prefix = m.group("pre") or m.group("of")
            role_country = self.g.country_forms[prefix][0] if prefix else None
            if any(
                p.form == PERSON
                and p.countries[:1] in ((), (role_country,))
                and _APPOSED.fullmatch(sentence, m.end(), p.start)
                for p in out
            ):
                continue  # ("his Polish counterpart Radoslaw Sikorski": the name says who)
            title = m.group("title").lower()
            if role_country is None and title != "counterpart":
                # "the minister": the one minister named before, if there is only one
                person = (
                    self.people.sole_titled(
                        title,
                        offset + m.start(),
                        frozenset(p.person for p in out if p.form == PERSON and p.person),
                    )
                    if m.group(0)[:3].lower() == "the"
                    else None
                )
                if (
                    person is not None
                    and person.country
                    and not self.names_another_capital(sentence[: m.start()], person.country)
                ):
                    person.mentions += 1
                    take(Mention(m.start(), m.end(), ROLE, (person.country,), person.name))
                continue
            if role_country is None:
                take(Mention(m.start(), m.end(), ROLE, ()))
                continue
            peer = (
                self._peer_of(out, m.start(), role_country, offset)
                if title == "counterpart"
                else None
            )
            take(
                Mention(
                    m.start(),
                    m.end(),
                    ROLE,
                    (role_country,),
                    peer or self._holder_name(role_country, title, offset),
                )
            )

        for m in countries:
            if not free(m.start(), m.end()):
                continue
            iso3, form = self.g.country_forms[m.group(0)]
            if form == CAPITAL and _after_a_compass_point(sentence, m.start()):
                continue  # "East London" in South Africa, not London
            if form == NAME and _COMPANY_AFTER.match(sentence, m.end()):
                continue  # "Nippon Steel", "China Mobile": a firm named after its country
            if form == DEMONYM and sentence[m.end() : m.end() + 1] in ("-", "–", "—", "/"):
                form = NAME  # "US-Russia talks": a compound of parties, not an adjective
            capital = (
                _CAPITAL_AFTER.match(sentence, m.end())
                if form == DEMONYM
                and _THE_BEFORE.search(sentence, max(0, m.start() - 4), m.start())
                else None
            )
            if capital is not None:
                # "is due in the Chinese capital next week": the city, standing for its state
                take(Mention(m.start(), capital.end(), CAPITAL, (iso3,)))
                self.country_counts[iso3] += 1
                continue
            take(Mention(m.start(), m.end(), form, (iso3,)))
            if form != DEMONYM:
                self.country_counts[iso3] += 1

        for m in self.g.city_pattern.finditer(sentence):
            if _after_a_compass_point(sentence, m.start()):
                continue
            if free(m.start(), m.end()) and not _LANDMARK_AFTER.match(sentence, m.end()):
                take(Mention(m.start(), m.end(), CITY, (self.g.cities[m.group(0)],)))

        for m in _STYLE_ALONE.finditer(sentence) if self.people.by_style else ():
            name = self.people.by_style.get(_style_key(m.group("style")))
            if name is not None and free(m.start(), m.end()):
                known = self.people.known[name]
                known.mentions += 1
                take(
                    Mention(
                        m.start(), m.end(), ROLE, (known.country,) if known.country else (), name
                    )
                )

        for m in _PRONOUN_RE.finditer(sentence):
            if free(m.start(), m.end()):
                word = m.group(0) if m.group(0) == "I" else m.group(0).lower()
                take(Mention(m.start(), m.end(), PRONOUN, (), person=word))
        out.sort(key=_START_OF)
        return out

    def is_title_word(self, word: str) -> bool:
        """Whether ``word`` is part of a title in the lexicon ("crown", "prince", "minister")."""
        return word.lower() in self._title_words

    def names_another_capital(self, before: str, iso3: str) -> bool:
        """Whether ``before`` takes the story to another country's capital or seat ("Trump
        visited Riyadh, met the crown prince": Riyadh's, not the crown prince named earlier;
        but not "flew in from New Delhi" or "as Washington watched")."""
        for c in self.g.country_pattern.finditer(before):
            country, form = self.g.country_forms[c.group(0)]
            if (
                country != iso3
                and form in (CAPITAL, SEAT)
                and _GONE_TO.search(before, max(0, c.start() - 20), c.start())
            ):
                return True
        return False

    def _peer_of(self, found: list[Mention], at: int, iso3: str, offset: int) -> str | None:
        """Who holds, in ``iso3``, the office of the person named last before ``at`` ("Lavrov
        met his Chinese counterpart": China's foreign minister, not its president), when that
        office is a minister's the gazetteer lists."""
        # (``found`` is in the order mentions were read, not as they stand: the nearest)
        person = max(
            (m for m in found if m.form == PERSON and m.end <= at and m.person),
            key=_END_OF,
            default=None,
        )
        gazetteer_person = self.g.people.get(person.person) if person and person.person else None
        offices = [
            _PEER_OFFICES[term.title]
            for term in (gazetteer_person.terms if gazetteer_person else ())
            if term.title in _PEER_OFFICES
            and (self.published is None or term.covers(self.published))
        ]
        holder = self.g.office_holder(iso3, offices[0], self.published) if offices else None
        return self._register_gazetteer(holder, offset) if holder is not None else None

    def _holder_name(self, iso3: str, title: str, offset: int) -> str | None:
        wanted = None if title in ("counterpart", "leader", "head", "head of state") else title
        known = self.people.of_country(iso3, wanted)
        if known:
            known.mentions += 1
            return known.name
        holder = self.g.office_holder(iso3, _office_title(wanted), self.published)
        if holder is None and wanted is not None:
            holder = self.g.office_holder(iso3, None, self.published)
        if holder is None:
            return None
        return self._register_gazetteer(holder, offset)

    def _find_people(self, sentence: str, offset: int, free, take) -> None:  # type: ignore[no-untyped-def]
        for m in self.g.person_pattern.finditer(sentence):
            surface = m.group(0)
            if not free(m.start(), m.end()) or surface in self.g.country_forms:
                continue
            glued = sentence[m.end() : m.end() + 1] in ("'", "’", "-")  # (else no pattern to try)
            if glued and _INSIDE_A_WORD.match(sentence, m.end()):
                continue  # "Xi'an" is a city, not Xi
            longer = _NEXT_NAME_WORD.match(sentence, m.end())
            if longer and surface + longer.group(0) in self.g.country_forms:
                continue  # "Costa Rica" is a country, not António Costa
            introduced = self.people.by_surface.get(surface)
            if introduced and introduced not in self.g.people:
                name = introduced  # the article's own person wins over a gazetteer namesake
            else:
                person = self._gazetteer_person(surface)
                if (
                    person is None
                    or self._inside_another_name(sentence, m.start(), surface, person)
                    or self._opens_another_name(sentence, m.end(), surface, person)
                ):
                    continue
                name = self._register_gazetteer(person, offset, sentence[: m.start()])
            known = self.people.known[name]
            known.mentions += 1
            self._note_style(sentence, m.start(), name)
            take(
                Mention(m.start(), m.end(), PERSON, (known.country,) if known.country else (), name)
            )

        for m in _NAME_RE.finditer(sentence):
            surface, at = m.group(0), m.start()
            # (an initial's stop second: "S. Energy ...")
            tail = _INITIALS_TAIL.match(surface) if at >= 2 and surface[1:2] == "." else None
            if tail is not None and _INITIAL.fullmatch(sentence, at - 2, at):
                if sentence[at - 2 : at + 2] in self.g.country_forms:
                    # "U.S. Energy Secretary Chris Wright": the "S." of the initials is no name
                    surface, at = surface[tail.end() :], at + tail.end()
                else:
                    # "Minister P.K. Singh": a person's initials, the first read with the title
                    surface, at = sentence[at - 2 : m.end()], at - 2
            span = self._name_span(surface)
            if span is None or not (span.may_be_new or span.name in self.people.by_surface):
                continue  # neither a person met before nor a new name
            start, end = at + span.skip, at + span.length
            if not free(start, end):
                continue
            name = span.name
            if name in self.people.by_surface:
                known = self.people.known[self.people.by_surface[name]]
                known.mentions += 1
                take(
                    Mention(
                        start, end, PERSON, (known.country,) if known.country else (), known.name
                    )
                )
                continue
            if not span.may_be_new:
                continue
            before, after = sentence[:start], sentence[end:]
            # "Kuwait's crown prince, Sheikh Sabah ...": the title stands before the honorific
            title_m = self._title_match(self._before_honorific(before))
            country = None
            title = None
            if title_m:
                title_at, title = title_m
                # A region first: "British Columbia Premier" is Canadian, not British.
                country = self._region_before(
                    before[max(0, title_at - 40) : title_at]
                ) or self._country_near(before[max(0, title_at - 40) : title_at + 1])
            else:
                after_m = self._title_after.search(after)
                if after_m:
                    title = after_m.group("title")
                    pre = after_m.group("pre")
                    country = self.g.country_forms.get(pre, (None, ""))[0] if pre else None
                elif (owner := self._possessive_country(before)) and _looks_like_a_name(name):
                    country = owner  # "Ghana's John Mahama", "Senegal’s Bassirou Diomaye Faye"
                else:
                    who = _WHO_SERVES.match(after)
                    if not who:
                        continue
                    country = self._country_near(who.group("c"))
                    title = "official"
            if country is None:
                country = self._country_near(before[-60:]) if title_m else country
            if name.split()[-1].lower() in _NO_NAME_ENDS_IN and (
                title_m is None or _THE_BEFORE.search(before)
            ):
                # "the Oval Office", "travelling to Windsor Castle" (not "Trade Minister Jenny
                # Hall": a title names a person)
                continue
            known = self.people.add(name, country, _clean_title(title), offset)
            known.mentions += 1
            self._note_style(sentence, start, name)
            take(Mention(start, end, PERSON, (country,) if country else (), name))

    def _inside_another_name(self, sentence: str, start: int, surface: str, person: Person) -> bool:
        """Whether a one-word alias ("Ghani", "Bashir") ends a longer name the gazetteer does
        not hold ("Plantation Minister Johari Abdul Ghani", "Sk Bashir Uddin"): the capitalised
        word just before it is no title, honorific, calendar word, opener, country or part of
        the gazetteer person's own name. (Not read in a headline's title case.)"""
        if " " in surface:
            return False
        before = _NAME_WORDS_BEFORE.search(sentence, max(0, start - 40), start)
        if before is None:
            return False
        own = {w.lower() for n in (person.name, *person.aliases) for w in n.split()}
        word = before.group(1).split()[-1]  # the one just before decides
        if (
            word.lower() in own
            or self.is_title_word(word)
            or self.is_title_word(word.removesuffix("s"))  # "Presidents Tokayev and Xi"
            or word.lower() in self._honorifics
            or word.lower() in _OPENERS
            or word in self.g.country_forms
            or _CALENDAR_WORD.fullmatch(word)
        ):
            return False
        # (a headline, in title case, has no full stop)
        return sentence.rstrip(" \"”’'").endswith((".", "!", "?"))

    def _opens_another_name(self, sentence: str, end: int, surface: str, person: Person) -> bool:
        """Whether a one-word alias ("Michel") opens a longer name the gazetteer does not hold
        ("former Haitian president Michel Martelly"): the capitalised word just after it is
        none of the person's own names, no title, calendar word, country or institution."""
        if " " in surface:
            return False
        after = _NAME_WORD_AFTER.match(sentence, end)
        if after is None:
            return False
        word = after.group(1)
        own = {w.lower() for n in (person.name, *person.aliases) for w in n.split()}
        return not (
            word.lower() in own
            or self.is_title_word(word)
            or word in self.g.country_forms
            or _CALENDAR_WORD.fullmatch(word)
            or word.lower() in _INSTITUTION_WORDS
            # (a headline, in title case, capitalises every word)
            or not sentence.rstrip(" \"”’'").endswith((".", "!", "?"))
        )

    def _note_style(self, sentence: str, start: int, name: str) -> None:
        """Remembers whom a style just before ``start`` introduces ("His Highness Sheikh
        Tamim", "His Majesty King Abdullah II"), for the style standing alone later."""
        if "His " not in sentence and "Her " not in sentence:
            return
        styled = _STYLE_BEFORE.search(sentence, max(0, start - 40), start)
        if styled is not None:
            self.people.by_style[_style_key(styled.group("style"))] = name

    def _name_span(self, text: str) -> _NameSpan | None:
        """A capitalised span with title words, demonyms and country names peeled off its front.

        ``None`` when nothing is left. The same spans recur in article after article, so each is
        read once per gazetteer.
        """
        if text in self._spans:
            return self._spans[text]
        stripped = text.rstrip(".")
        words = stripped.split()
        skip = 0
        while words:
            peel = (
                self._region_words(words)
                or self._country_words(words)
                or self._honorific_words(words)
                or int(
                    words[0].lower().rstrip(",") in self._title_words
                    or words[0] in self.g.country_forms
                    or _POSSESSIVE.sub("", words[0]) in self.g.country_forms
                    or words[0].lower() in ("the", "a", "an", "mr", "mr.", "mrs.", "ms.", "dr.")
                    or words[0].lower() in _OPENERS
                    or words[0].lower().rstrip(".") in self._honorifics
                    or _names_a_portfolio(words)
                )
            )
            if not peel:
                break
            skip += sum(len(w) + 1 for w in words[:peel])
            words = words[peel:]
            while skip < len(stripped) and stripped[skip] == " ":
                skip += 1
        span = None
        if words:
            may_be_new = len(words) >= 2 and not any(w in self.g.country_forms for w in words)
            span = _NameSpan(skip, len(stripped), " ".join(words), may_be_new)
        if len(self._spans) >= _SPANS_KEPT:
            self._spans.clear()
        self._spans[text] = span
        return span

    def _possessive_country(self, before: str) -> str | None:
        """The country whose possessive ends ``before``: "Ghana's ", "Senegal’s "."""
        m = _POSSESSIVE_END.search(before)
        if m is None:
            return None
        words = m.group(1).split()
        for i in range(len(words)):  # "When Senegal's": the longest tail that names a country
            found = self.g.country_forms.get(" ".join(words[i:]))
            if found:
                return found[0]
        return None

    def _country_words(self, words: list[str]) -> int:
        """How many of ``words`` (two or three) name a country, possessive or not ("South
        Korea's", "New Zealand"), or 0: one word is told by the caller."""
        for n in (3, 2):
            if len(words) > n and (
                " ".join([*words[: n - 1], _POSSESSIVE.sub("", words[n - 1])])
                in self.g.country_forms
            ):
                return n
        return 0

    def forget(self, mentions: list[Mention]) -> None:
        """Takes back what reading ``mentions`` counted (a person's mentions, a country's
        naming), so a sentence read again counts once."""
        for m in mentions:
            if m.form == PERSON and m.person in self.people.known:
                self.people.known[m.person].mentions -= 1
            elif m.form in (NAME, CAPITAL, SEAT) and m.countries:
                self.country_counts[m.countries[0]] -= 1

    def _honorific_words(self, words: list[str]) -> int:
        """How many of ``words`` (two or three) make an honorific ("His Highness", "Maj.
        Gen."), or 0: one word is told by the caller."""
        for n in (3, 2):
            if len(words) > n and " ".join(words[:n]).lower().rstrip(".") in self._honorifics:
                return n
        return 0

    def _region_words(self, words: list[str]) -> int:
        """How many of ``words`` name a province or state followed by a title ("Ontario
        Premier"), or 0; a region alone may be part of a name ("Victoria")."""
        for n in (1, 2, 3):
            if (
                len(words) > n
                and words[n].lower() in self._title_words
                and " ".join(words[:n]) in self.g.regions
            ):
                return n
        return 0

    def _before_honorific(self, before: str) -> str:
        """``before`` without the honorific that ends it ("crown prince, Sheikh ", "chief of
        staff Major General ")."""
        for n in (3, 2, 1):
            words = before.rstrip().rsplit(None, n)
            if len(words) >= n and " ".join(words[-n:]).lower().rstrip(".") in self._honorifics:
                return words[0] + " " if len(words) > n else ""
        return before

    def _title_match(self, before: str) -> tuple[int, str] | None:
        """A title (or "title nominee") ending ``before``, give or take a comma and spaces:
        where its match starts, and the title as written."""
        # The pattern ends in \s*,?\s*$, so a title can only end where those end; most text
        # before a name ends in some other word, which a look at its last letters rules out.
        end = before.rstrip()
        if end.endswith(","):
            end = end[:-1].rstrip()
        if self._title_end.search(end, max(0, len(end) - 3)) is None:
            return None
        m = self._title_before.search(fold(before), max(0, len(before) - 80))
        return (m.start(), before[m.start("title") : m.end("title")]) if m else None

    # -- resolution -----------------------------------------------------------

    def speaker_of(self, sentence: str, mentions: list[Mention]) -> Mention | None:
        """Who a sentence reports as speaking ("X said", "X also told", "said X")."""
        for m in mentions:
            if m.form not in (PERSON, ROLE) or not m.person:
                continue
            if _SPEECH_AFTER.match(sentence, m.end) or _SPEECH_BEFORE.search(sentence[: m.start]):
                return m
        return None


_SPEECH_AFTER = re.compile(
    r"\s*,?\s*(?:\w+ly\s+|also\s+|has\s+|had\s+)?(?:said|says|stated|told|wrote|posted|added|"
    r"announced|noted|confirmed|tweeted)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|according\s+to|told)\s+(?:the\s+)?$")


# The words that end a minister's title whatever portfolio comes before them ("Plantation
# Minister Johari Abdul Ghani", "Digital Economy Minister ...").
_PORTFOLIO_HEADS = frozenset(["minister", "secretary", "commissioner"])


def _names_a_portfolio(words: list[str]) -> bool:
    """Whether the span opens on a portfolio's words, capitalised, then its head ("Plantation
    Minister"), with a name after it."""
    for at, word in enumerate(words[1:4], 1):
        if word.lower() in _PORTFOLIO_HEADS:
            return len(words) > at + 1
        if not (word[:1].isupper() and word.isalpha()):
            return False
    return False


@dataclass(frozen=True, slots=True)
class _NameSpan:
    """What is left of a capitalised span once its leading title words are peeled off."""

    skip: int  # characters peeled off the front
    length: int  # of the span without trailing full stops
    name: str
    may_be_new: bool  # two words or more and none a country: may introduce a person


_SPANS_KEPT = 50_000  # name spans remembered per gazetteer (a few MB at most)


@dataclass(frozen=True)
class _Patterns:
    title_before: re.Pattern[str]
    title_end: re.Pattern[str]
    title_after: re.Pattern[str]
    role: re.Pattern[str]
    owned_role: re.Pattern[str]
    leaders_of: re.Pattern[str]
    demonym_group: re.Pattern[str]
    title_words: frozenset[str]
    honorifics: frozenset[str]
    spans: dict[str, _NameSpan | None] = field(default_factory=dict)  # see _name_span


_PATTERNS: dict[int, _Patterns] = {}


def _patterns_for(gazetteer: Gazetteer) -> _Patterns:
    """The gazetteer's compiled patterns, built once per gazetteer (compiling costs ~50 ms)."""
    found = _PATTERNS.get(id(gazetteer))
    if found is None:
        found = _PATTERNS[id(gazetteer)] = _build_patterns(gazetteer)
    return found


def _build_patterns(gazetteer: Gazetteer) -> _Patterns:
    titles = (
        set(gazetteer.head_titles)
        | set(gazetteer.official_titles)
        | {"counterpart", "head", "leader", "envoy"}
    )
    title_alt = trie_pattern(titles)
    demonyms = gazetteer.demonym_pattern
    people_nouns = (
        r"(?:leaders|[Mm]inisters|officials|negotiators|delegations?|presidents|"
        r"counterparts|diplomats|advis[eo]rs|envoys|heads\s+of\s+state|governments|[Rr]epresentatives|"
        r"commanders|generals|teams?)"
    )
    return _Patterns(
        # Case-insensitive, read in the text's quick.fold: the titles are lowercase.
        title_before=re.compile(rf"\b(?P<title>{title_alt})(?:\s+nominee)?\s*,?\s*$"),
        # The last three letters (or fewer) of every title, and of "nominee": see _title_match.
        title_end=re.compile(rf"(?i)(?:{trie_pattern({t[-3:] for t in [*titles, 'nominee']})})$"),
        title_after=re.compile(
            # (not "In Addis Ababa, he met Prime Minister Abiy": a clause, no apposition)
            rf"(?i)^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:he|she|they|we|i|it|who|and|but|then)\s)"
            rf"(?P<pre>[\w.’']+)(?:\s+[\w.’'-]+){{0,2}}?\s+)?(?P<title>{title_alt})\b"
            # (not "the United States, under an order President Donald Trump signed": the
            # title is someone else's)
            r"(?!\s+(?-i:[A-Z][a-z]))"
        ),
        role=re.compile(
            rf"{_DETERMINER}\s+"
            rf"(?:(?P<pre>{demonyms})(?:'s|’s)?\s+)?"
            # "the President of the Russian Federation"
            rf"(?P<title>(?i:{title_alt}))\b(?:\s+of\s+(?:the\s+)?(?P<of>{demonyms}))?"
        ),
        # "Denmark's prime minister" (no name after it: "Japan's prime minister Ishiba" and
        # "Greenland's foreign minister, Vivian Motzfeldt" are the person's)
        owned_role=re.compile(rf"['’]s\s+(?P<title>(?i:{title_alt}))\b(?!,?\s+[A-Z])"),
        leaders_of=re.compile(
            rf"\b(?:[Tt]he\s+)?(?:[Ll]eaders|[Pp]residents|[Hh]eads\s+of\s+state|[Pp]rime\s+ministers|"
            rf"counterparts|[Ff]oreign\s+ministers)\s+of\s+(?P<list>(?:(?:the\s+)?"
            rf"(?:{demonyms})(?:,\s*|,?\s+and\s+)?)+)"
        ),
        demonym_group=re.compile(
            rf"\b(?P<list>(?:(?:{demonyms})(?:,\s*|,?\s+and\s+))*(?:{demonyms}))"
            # "Indian and Chinese Special Representatives", "... foreign ministers"
            rf"\s+(?:(?:[a-z][\w-]*|Special|Foreign|Defen[cs]e|Trade|Finance|Deputy)\s+){{0,2}}?{people_nouns}\b"
        ),
        title_words=frozenset(" ".join(titles).lower().split()),
        honorifics=frozenset(h.lower().rstrip(".") for h in gazetteer.honorifics),
    )


# Words that open a sentence in capitals but never start a name ("When Senegal's ...").
_OPENERS = frozenset(
    [
        "when",
        "after",
        "as",
        "while",
        "but",
        "and",
        "if",
        "since",
        "before",
        "although",
        "though",
        "meanwhile",
        "then",
        "so",
        "yet",
        "because",
        "once",
        "until",
        "whereas",
        "also",
        "now",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tomorrow",
        "here",
        "there",
        # "On Thursday, Chinese President Xi Jinping": a day's preposition opens no name
        "on",
        "in",
        "at",
        "by",
        "during",
        "from",
        "until",
        "last",
        "next",
        "this",
    ]
)
_POSSESSIVE = re.compile(r"['’]s$")
# A capitalised word just before a name ("Abdul " in "Johari Abdul Ghani", "Sk "), at the
# text's start or after a space, bracket or quote (the look back made after its capital: re
# then skips to the capitals)
_NAME_WORDS_BEFORE = re.compile(r"([A-Z](?<![^\s(“\"][A-Z])[a-z-]+\s+)$")
_CALENDAR_WORD = re.compile(rf"(?i:{CALENDAR_WORDS})")
# Ministers' offices whose counterpart is the same office abroad (a foreign secretary's is a
# foreign minister)
_PEER_OFFICES = {
    "Foreign Minister": "Foreign Minister",
    "Foreign Secretary": "Foreign Minister",
    "Secretary of State": "Foreign Minister",
    "Defence Minister": "Defence Minister",
    "Finance Minister": "Finance Minister",
    "Trade Minister": "Trade Minister",
    "Economy Minister": "Economy Minister",
}
# "East London" in South Africa, "South Sudan": a compass point makes another place
_COMPASS_BEFORE = re.compile(r"\b(?:East|West|North|South|Upper|Lower)\s$")
# "the Chinese capital" (not "Chinese capital flowing into Laos", nor "the Chinese capital
# markets")
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:markets?|goods|spending|flows?|controls?))")


def _after_a_compass_point(sentence: str, start: int) -> bool:
    """Whether the place named at ``start`` is part of a longer name ("East London")."""
    return _COMPASS_BEFORE.search(sentence, max(0, start - 7), start) is not None


# A firm's name after its country's ("Nippon Steel", "China Mobile", "Japan Airlines")
_COMPANY_AFTER = re.compile(
    r"\s+(?:Steel|Airlines|Airways|Motors|Oil|Petroleum|Telecom|Mobile|Unicom|Railways?|Post|"
    r"Holdings|Petrochemical|Shipping|Chemicals?|Electric|Tobacco|Gas|Power|Inc|Corp|Ltd)\b"
)
# A capitalised name word right after another ("Michel Martelly")
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][a-z][\w’'-]*)\b")
# What a leader's name may stand before without being a first name ("the Trump
# administration", "the Modi government")
_INSTITUTION_WORDS = frozenset(
    {"administration", "government", "cabinet", "doctrine", "era", "tower", "foundation",
     "library", "organization", "organisation", "camp", "team", "campaign", "presidency",
     "regime", "visit", "trip", "says", "said", "told", "and", "or", "jr", "sr"}
)  # fmt: skip
_APPOSED = re.compile(r"\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "Windsor Castle", "Lancaster House": a landmark named after a town, perhaps not that one
_LANDMARK_NOUNS = frozenset(["abbey", "castle", "cathedral", "gardens", "hall", "house", "palace"])
_LANDMARK_AFTER = re.compile(
    r"\s+(?:" + "|".join(noun.capitalize() for noun in sorted(_LANDMARK_NOUNS)) + r")\b"
)
_POSSESSIVE_END = gated(re.compile(r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+$"))
# Words that make a capitalised run after "Country's" an organisation, not a person.
_NOT_A_PERSON = frozenset(
    [
        "agency",
        "airlines",
        "army",
        "assembly",
        "association",
        "bank",
        "bureau",
        "cabinet",
        "central",
        "commission",
        "company",
        "congress",
        "corporation",
        "council",
        "court",
        "department",
        "embassy",
        "energy",
        "exchange",
        "force",
        "forces",
        "fund",
        "group",
        "guard",
        "holdings",
        "industries",
        "initiative",
        "institute",
        "league",
        "media",
        "ministry",
        "motors",
        "navy",
        "network",
        "news",
        "office",
        "oil",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "post",
        "press",
        "program",
        "programme",
        "radio",
        "railways",
        "senate",
        "service",
        "society",
        "steel",
        "telecom",
        "television",
        "times",
        "tv",
        "union",
        "university",
    ]
)


# Words that end the name of a place, not of a person.
_PLACE_NOUNS = _LANDMARK_NOUNS | frozenset(
    [
        "airport",
        "avenue",
        "bay",
        "cape",
        "center",
        "centre",
        "coast",
        "east",
        "guards",
        "hotel",
        "island",
        "islands",
        "mansion",
        "museum",
        "north",
        "park",
        "plaza",
        "residence",
        "river",
        "sea",
        "south",
        "square",
        "street",
        "valley",
        "villa",
        "west",
    ]
)
_NO_NAME_ENDS_IN = _NOT_A_PERSON | _PLACE_NOUNS


def _looks_like_a_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w.lower() in _NOT_A_PERSON for w in words)


def _clean_title(title: str | None) -> str | None:
    return title.strip().capitalize() if title else None


def _office_title(title: str | None) -> str | None:
    if title is None:
        return None
    return {
        "president": "President",
        "prime minister": "Prime Minister",
        "chancellor": "Chancellor",
        "king": "King",
        "queen": "Queen",
        "premier": "Premier",
        "emir": "Emir",
        "foreign minister": "Foreign Minister",
        "secretary of state": "Secretary of State",
    }.get(title, title.title())
