"""Who a sanction names when it names companies, ships or people rather than a country.

"sanctioned Gustavo Petro, his wife and Interior Minister Armando Benedetti", "sanctions on
Russia's two largest oil companies, Rosneft and Lukoil", "imposed sanctions on a Chinese
refinery and a network of tankers accused of moving Iranian crude": the target is the group
the text names, and the country it belongs to when the words say so ("Chinese", "Russia's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyst.extract.dates import CALENDAR_WORDS, SHORT_MONTH_DAY
from analyst.extract.gazetteer import CAPITAL, NAME
from analyst.extract.mentions import PERSON, PRONOUN, ROLE, Mention
from analyst.extract.trie import trie_pattern

# Head nouns that make the object of a sanction a set of companies, ships or people.
_ENTITY_WORDS = """
    companies company firms firm banks bank lenders lender refinery refineries tankers tanker
    vessels vessel ships ship entities entity individuals individual persons officials official
    ministers minister leader oligarchs oligarch businessmen businessman network networks
    traders trader insurers insurer operators operator family members associates judges judge
    generals general commanders commander executives executive subsidiaries subsidiary
    affiliates fleet militia militias producer producers exporters exporter airline airlines
    units unit officers officer agency agencies plant plants makers maker manufacturers
    manufacturer suppliers supplier managers manager brokers broker shipowners factory factories
    mill mills smelter smelters terminal terminals settlers settler outposts extremists
    militants groups organisations organizations lawmakers legislators targets people
    chairs chair chairmen chairman deputies deputy members member diplomats diplomat envoys
    envoy governors governor mayors mayor senators senator prosecutors prosecutor
"""
_ENTITY_NOUNS = frozenset(_ENTITY_WORDS.split())

# Where the object of "sanctions on ..." ends: a clause, a date, a reason, a relative aside.
_OBJECT_END = re.compile(
    # ("froze the assets of 14 officials, tightening sanctions ...": a participle's clause, but
    # not the ones "including" names)
    r"[.;:()]|\s[-–—]\s|,\s+(?:[a-z]+ed|(?!including\b)[a-z]{2,}ing|who|which|that|whom|saying|citing|accusing|a|an|the|in|on|for|"
    r"over|after|as|while|but|and\s+(?:said|is|was|has|had|will|would|the|[a-z]+ed|gave|made|took|"
    r"sent|set|put|told|held|met|won))\b"
    r"|\s+(?:on|in|for|over|after|because|under|since|until|amid|while|as|at|by|from|to|with|"
    r"citing|saying|last|this|earlier|later)\b"
    # ("The sanctions on Lukoil's foreign units take effect on Dec. 13": the verb after them)
    # (but not "entities that will help Russia": the verb of a clause telling which ones)
    r"|(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:take|takes|took|come|comes|came|go|goes|went|kick|"
    r"kicks|kicked|enter|enters|entered|will|would)\s"
    # ("lift sanctions on Syria, Trump announced": the one who told it)
    # ("..., Foreign Secretary David Lammy said": a title's words too)
    r"|,\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:said|says|announced|told|added|wrote|noted)\b"
)
# A relative clause or a participle telling which ones ("banks that deal with Russia's
# military industry", "tankers accused of moving Iranian crude"): part of the group's name.
_WHICH_ONES = re.compile(r"\s+(?:that|which|who)\s|\s+(?:accused|suspected|alleged|linked)\s")
# ("companies run by Salim Ahmed Said", "146 people and entities tied to the group"; not
# "linked people and companies")
_RUN_BY = re.compile(
    r"\s+(?:tied|run|owned|controlled|operated|connected|affiliated|linked|belonging)\s"
)
_BY_WHOM = re.compile(r"(?:to|by|with)\b")
# ("the sanctions slapped on Rosneft and Lukoil last month")
_ON_OBJECT = re.compile(r"\s+(?:(?:imposed|slapped|placed|levied)\s+)?(?:on|against|targeting)\s+")
# "the same two companies", "those banks": ones named before, whose country the text told.
_ANAPHORIC = re.compile(r"(?:the\s+same|those|these|both|such)\b", re.IGNORECASE)
_ITS = re.compile(r"(?:its|their)\s", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MAX_WORDS = 16


@dataclass(frozen=True)
class NamedTarget:
    """The group a sanction names, and the one country its own words tie it to, if any."""

    group: str
    country: str | None
    imposer: str | None = None  # when the words name who imposes it ("Canada added ...")


def sanctioned_group(
    text: str,
    trigger_end: int,
    verb_form: bool,
    mentions: list[Mention],
    imposer: str | None,
) -> NamedTarget | None:
    """The companies, ships or people the sanction ending at ``trigger_end`` names, or None
    when its object is a country or a sector ("sanctions on Russia", "on Russian oil").

    ``verb_form`` says the trigger is the verb ("sanctioned X"), whose object follows it
    directly; the noun ("sanctions") takes its object after "on" or "against".
    """
    start = trigger_end
    if not verb_form:
        on = _ON_OBJECT.match(text, trigger_end)
        if on is None:
            return None
        start = on.end()
    else:
        while start < len(text) and text[start] == " ":
            start += 1
    end = _object_end(text, start)
    end = _past_place_and_apposition(text, end, mentions)
    head_end = end
    which = _WHICH_ONES.search(text, start, end)
    # (the preposition after "run" stops the object: its space is read past the stop)
    run_by = _RUN_BY.search(text, start, end + 1) if which is None else None
    if run_by is not None and _BY_WHOM.match(text, run_by.end()):
        which = run_by
    if which is not None:
        head_end = which.start()
        end = _object_end(text, which.end())
    words = _WORD.findall(text[start:head_end])  # (what tells which ones may run longer)
    if not words or len(words) > _MAX_WORDS or _ANAPHORIC.match(text, start):
        return None
    if _A_DAY.match(text, start):
        return None  # "sanctions on Friday, adding 106 individuals": when, not on whom
    if _ITS.match(text, start):
        return None  # "hit Russia with sanctions on its banks": the country's own sectors
    inside = [m for m in mentions if start <= m.start < head_end and m.form != PRONOUN]
    if inside and inside[0].start == start and inside[0].form in (NAME, CAPITAL):
        if not _OWNED.match(text, inside[0].end):
            return None  # "the first sanctions on Moscow of Trump's second term": the state
    has_entity = any(w.lower() in _ENTITY_NOUNS for w in _WORD.findall(text[start:head_end]))
    has_person = any(m.form in (PERSON, ROLE) and m.person for m in inside)
    if not (has_entity or has_person):
        return None
    group = _LEADING_ARTICLE.sub("", text[start:end].strip(" ,"))
    # "Bosnian Serb leader Milorad Dodik" is of the country the person serves.
    people = [m for m in inside if m.form in (PERSON, ROLE) and m.person]
    if len(people) == 1 and end == head_end and _titles_only(text, start, end, people[0]):
        group = people[0].person or group  # "Supreme Court Justice Alexandre de Moraes"
    country = _sole_country(people or inside, imposer)
    if country is None and which is not None:
        # "100 oil tankers that it says belong to Russia's shadow fleet": the head names no
        # country, the clause telling which ones does
        told = _object_end(text, _past_to(text, which.end()))
        country = _sole_country(
            [m for m in mentions if which.start() <= m.start < told and m.form != PRONOUN],
            imposer,
        )
    return NamedTarget(group, country)


# Words that count a group ("five individuals", "dozens of companies") or join its head nouns
# ("more than 70 individuals and entities").
_COUNT_WORDS = "two three four five six seven eight nine ten eleven twelve dozens hundreds scores"
_JOINING_WORDS = (
    "and other more than about some nearly almost over another additional further of new a an"
)
_SPELLED_COUNTS = frozenset(_COUNT_WORDS.split())
_COUNTING_WORDS = _SPELLED_COUNTS | frozenset(_JOINING_WORDS.split())
_NUMBER = re.compile(r"\d")


def only_counted(group: str) -> bool:
    """Whether ``group`` names no one, only how many of what ("76 individuals and entities
    and 76 vessels", "five individuals and two entities"): a sanction on the story's state,
    told by its count."""
    words = [w.lower() for w in _WORD.findall(group)]
    counted = _NUMBER.search(group) is not None or any(w in _SPELLED_COUNTS for w in words)
    return counted and all(w in _ENTITY_NOUNS or w in _COUNTING_WORDS for w in words)


# (a month's short name too: "sanctions on Aug. 20")
_A_DAY = re.compile(rf"(?:{CALENDAR_WORDS})\b|{SHORT_MONTH_DAY}")
_OWNED = re.compile(r"['’]s?\b")
# "Lavrov is under EU sanctions", "Iran, which has been under U.N. sanctions since 2006"
_UNDER = re.compile(
    r"(?:\b(?:is|are|was|were|been|remains?|remained|stays?|stayed)\s+(?:already\s+|still\s+)?|,\s+)"
    r"under\s+(?:[A-Z][\w.]*\s+){0,2}(?:(?:new|tough|heavy|western|Western|international)\s+)?$"
)
# "Dodik off the US sanctions list"
_OFF_THE = re.compile(r"\boff\s+(?:the\s+|its\s+)?(?:[A-Z][\w.]*\s+){0,2}$")
# "added two Russian vessels and three entities to its unilateral sanctions list"
_ADDED_TO = re.compile(
    r"\b(?:added|adds|adding|put|puts|placed|places|included|includes)\s+(?P<who>[^;:]{3,160}?)\s+"
    r"(?:to|on)\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}$"
)
_LIST_AFTER = re.compile(r"\s+(?:list|blacklist|register)\b")


def under_sanctions_at(text: str, start: int, trigger_end: int) -> bool:
    """Whether the sanctions told from ``start`` ("EU sanctions") to ``trigger_end`` are ones
    someone "is under" (or is taken "off the list" of)."""
    if _UNDER.search(text, max(0, start - 60), start) is not None:
        return True
    return bool(
        _OFF_THE.search(text, max(0, start - 30), start) and _LIST_AFTER.match(text, trigger_end)
    )


def sanctioned_subject(
    text: str, trigger_start: int, trigger_end: int, mentions: list[Mention], imposer: str | None
) -> NamedTarget | None:
    """Who is "under sanctions": the subject before "is under EU sanctions", or the one a
    "who is under ..." aside is told of."""
    if not under_sanctions_at(text, trigger_start, trigger_end):
        return None
    before = [
        m
        for m in mentions
        if m.end <= trigger_start and m.form != PRONOUN and m.countries[:1] != (imposer,)
    ]
    if not before:
        return None
    who = before[-1]
    if who.form in (PERSON, ROLE) and who.person:
        return NamedTarget(who.person, who.countries[0] if who.countries else None)
    if who.countries:
        return NamedTarget("", who.countries[0])
    return None


# "Hezbollah, which the United States has long designated a terrorist organization and placed
# under sanctions", "Rosneft, which Washington sanctioned in October": the one the aside is of
_WHICH_THEY_SANCTIONED = re.compile(
    r"(?P<who>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}),\s+(?:which|whom|who)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}\s+"
    # the aside's own verb ("has long ... sanctioned", "... and placed under sanctions"), not
    # "which the EU exempted from sanctions", "has refused to sanction"
    r"(?:(?:has|have|had|also|already|long|previously|recently|since)\s+){0,3}"
    r"(?:(?:threatened|vowed|promised|moved)\s+to\s+)?"
    r"(?:(?:[^,;.]{0,60}?\s+and\s+)?(?:placed|put|kept)\s+under\s+)?$"
)
# Nothing after the trigger names another object: a pause, a day, a reason
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,;.]|$|\s(?:in|on|last|since|over|for|after|years?)\b)")


def sanctioned_antecedent(
    text: str, trigger_start: int, trigger_end: int, mentions: list[Mention]
) -> NamedTarget | None:
    """The one a "which X sanctioned" aside is told of ("Rosneft, which the United States
    sanctioned in October"): the sanction's object, told before it."""
    if "," not in text[:trigger_start] or not _NO_OBJECT_AFTER.match(text, trigger_end):
        return None
    aside = _WHICH_THEY_SANCTIONED.search(text, max(0, trigger_start - 160), trigger_start)
    if aside is None:
        return None
    start, end = aside.span("who")
    who = next((m for m in mentions if m.start >= start and m.end == end), None)
    if who is not None and who.form in (PERSON, ROLE) and who.person:
        return NamedTarget(who.person, who.countries[0] if who.countries else None)
    if who is not None and who.countries:
        return NamedTarget("", who.countries[0])
    return NamedTarget(aside.group("who"), None)


def listed_group(
    text: str, trigger_start: int, trigger_end: int, mentions: list[Mention], imposer: str | None
) -> NamedTarget | None:
    """Those "added to its sanctions list"."""
    if _LIST_AFTER.match(text, trigger_end) is None:
        return None
    added = _ADDED_TO.search(text, max(0, trigger_start - 200), trigger_start)
    if added is None:
        return None
    start, end = added.span("who")
    adder = next((m for m in reversed(mentions) if m.end <= added.start() and m.countries), None)
    by = adder.countries[0] if adder is not None else imposer
    inside = [m for m in mentions if start <= m.start < end and m.form != PRONOUN]
    group = _LEADING_ARTICLE.sub("", added.group("who").strip(" ,"))
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
        group = ""  # "added Russia to its sanctions list": the country itself
    return NamedTarget(group, _sole_country(inside, by), by)


def _sole_country(mentions: list[Mention], other_than: str | None) -> str | None:
    """The one country ``mentions`` name besides ``other_than`` (None for none or several)."""
    owners = list(dict.fromkeys(c for m in mentions for c in m.countries[:1] if c != other_than))
    return owners[0] if len(owners) == 1 else None


def _titles_only(text: str, start: int, end: int, person: Mention) -> bool:
    """Whether all ``start``..``end`` holds besides ``person`` is their title."""
    rest = text[start : person.start] + " " + text[person.end : end]
    return all(w[0].isupper() for w in _WORD.findall(rest))


# "a refinery in India", "African Initiative, a news agency it says ...": where the entity
# stands and what it is are part of the group's name.
_IN_PLACE = re.compile(r"\s+in\s+")
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + trie_pattern(_ENTITY_NOUNS) + r"\b"
    # what follows the noun tells that the phrase is an aside, not a speaker ("the company said")
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:it|that|which|who|run|owned|based|linked)\b)"
)


def _past_place_and_apposition(text: str, end: int, mentions: list[Mention]) -> int:
    """``end`` moved past an "in <country>" and then an appositive whose head is an entity."""
    place = _IN_PLACE.match(text, end)
    if place is not None:
        country = next((m for m in mentions if m.start == place.end() and m.countries), None)
        if country is not None and _object_end(text, country.end) == country.end:
            end = country.end
    aside = _APPOSITION.match(text, end)
    if aside is not None:
        end = aside.end()
    return end


def _past_to(text: str, start: int) -> int:
    """Where the words after "belong to", "linked to" go on (past the "to" that would end them)."""
    found = _TO_AFTER_VERB.search(text, start, start + 40)
    return found.end() if found else start


_TO_AFTER_VERB = re.compile(r"\b(?:belong|belongs|belonging|linked|tied|close)\s+to\s+")


def _object_end(text: str, start: int) -> int:
    found = _OBJECT_END.search(text, start)
    return found.start() if found else len(text)
