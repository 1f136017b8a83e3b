"""Countries, their stand-ins, and the people who speak for them.

Countries come from the ``countryinfo`` data set (names, alternative spellings, capitals with
coordinates, demonyms, regions), completed by ``resources/countries_extra.json`` where that
data is thin or stale ("U.S.", "the Kremlin", Astana). People come from
``resources/leaders.json``: heads of state and government and key officials, each with
aliases and terms of office, so "the US president" resolves by the article's date.

The gazetteer is plain data plus compiled patterns; it pickles, so a process pool can share it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from analyst.extract.trie import SurfacePattern, trie_pattern
from analyst.resources import resource

# Forms a surface string can take; only some may stand for a party to an interaction. A city
# is only a place visited ("Takaichi arrived in Busan"), never a state's voice.
NAME, DEMONYM, CAPITAL, SEAT, CITY = "name", "demonym", "capital", "seat", "city"
_HEAD_TITLES = (
    "president",
    "prime minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "supreme leader",
    "premier",
    "sultan",
    "crown prince",
)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None
    region: str | None
    subregion: str | None


@dataclass(frozen=True, slots=True)
class Term:
    title: str
    start: date
    end: date | None
    # The state the office is of, when not the person's own ("Foreign Minister" of France for
    # Séjourné, since an EU commissioner; Prime Minister of Portugal for Costa)
    country: str | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    country: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    def title_on(self, day: date | None) -> str | None:
        """The title held on ``day`` (or the latest one when the day is unknown)."""
        if day is not None:
            for term in self.terms:
                if term.covers(day):
                    return term.title
        latest = max(self.terms, key=lambda t: t.start, default=None)
        return latest.title if latest else None

    def country_on(self, day: date | None) -> str:
        """The state the person served on ``day``: the term's own, else their country."""
        if day is not None:
            for term in self.terms:
                if term.country and term.covers(day):
                    return term.country
        return self.country

    def in_office(self, day: date | None) -> bool:
        if day is None:
            return any(t.end is None for t in self.terms)
        return any(t.covers(day) for t in self.terms)

    @property
    def is_head(self) -> bool:
        return any(t.title.lower() in _HEAD_TITLES for t in self.terms)


@dataclass
class Gazetteer:
    countries: dict[str, Country]
    country_forms: dict[str, tuple[str, str]]  # surface text -> (iso3, form)
    people: dict[str, Person]
    person_aliases: dict[str, tuple[Person, ...]]
    head_titles: tuple[str, ...]
    official_titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    # Provinces and states by name ("Ontario", "British Columbia"), for officials titled by one.
    regions: dict[str, str] = field(default_factory=dict)
    # Cities other than capitals, by name ("Busan": "KOR"), from resources/cities.json.
    cities: dict[str, str] = field(default_factory=dict)
    country_pattern: SurfacePattern = field(init=False)
    city_pattern: SurfacePattern = field(init=False)
    person_pattern: SurfacePattern = field(init=False)
    demonym_pattern: str = field(init=False)
    people_by_country: dict[str, tuple[Person, ...]] = field(init=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[Person]] = defaultdict(list)
        for person in self.people.values():
            for iso3 in dict.fromkeys(
                [person.country, *(t.country for t in person.terms if t.country)]
            ):
                grouped[iso3].append(person)
        self.people_by_country = {k: tuple(v) for k, v in grouped.items()}
        # A surface must stand alone: no letter or digit glued to either side ("US" not in "USB").
        self.country_pattern = SurfacePattern(self.country_forms)
        self.person_pattern = SurfacePattern(self.person_aliases)
        self.cities = {k: v for k, v in self.cities.items() if k not in self.country_forms}
        self.city_pattern = SurfacePattern(self.cities)
        demonyms = [s for s, (_, form) in self.country_forms.items() if form in (DEMONYM, NAME)]
        self.demonym_pattern = trie_pattern(demonyms)

    def office_holder(self, iso3: str, title: str | None, on: date | None) -> Person | None:
        """Who held ``title`` (a head-of-state title when None) for ``iso3`` on ``on``."""
        wanted = title.lower() if title else None
        best: Person | None = None
        for person in self.people_by_country.get(iso3, ()):
            for term in person.terms:
                if (term.country or person.country) != iso3:
                    continue  # ("Foreign Minister" of France, not the EU post held since)
                term_title = term.title.lower()
                if wanted is not None and term_title != wanted:
                    continue
                if wanted is None and term_title not in _HEAD_TITLES:
                    continue
                if on is not None and not term.covers(on):
                    continue
                if on is None and term.end is not None:
                    continue
                if best is None or _rank(term_title) < _rank((best.title_on(on) or "").lower()):
                    best = person
        return best

    def region_members(self, adjective: str) -> set[str]:
        """Countries a regional adjective ("European", "Gulf", "African") covers."""
        key = " ".join(adjective.lower().split())
        if key in ("central asian", "southeast asian"):
            wanted = {"central asian": "Central Asia", "southeast asian": "South-Eastern Asia"}[key]
            return {c.iso3 for c in self.countries.values() if c.subregion == wanted}
        aliases = {
            "european": "Europe",
            "african": "Africa",
            "asian": "Asia",
            "latin american": "Americas",
            "american": "Americas",
        }
        region = aliases.get(key)
        members = {c.iso3 for c in self.countries.values() if region and c.region == region}
        if key == "european":
            members.add("EU")
        if key in ("gulf", "arab"):
            members |= {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}
        return members


def _rank(title: str) -> int:
    return _HEAD_TITLES.index(title) if title in _HEAD_TITLES else len(_HEAD_TITLES)


def _read_json(name: str) -> dict[str, Any]:
    path: Path = resource(name)
    with path.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def _usable_spelling(s: str) -> bool:
    # countryinfo's alternative spellings include two- and three-letter codes ("IN", "TO",
    # "CAN") that are ordinary words in English text; only the curated list may add short ones.
    return len(s) >= 4 and s[0].isupper() and not s.isupper() and s.isascii()


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v]


def _regions(
    provinces: list[tuple[str, list[str]]], forms: dict[str, tuple[str, str]]
) -> dict[str, str]:
    """Province and state names that belong to one country only and name no country.

    countryinfo lists the same generic names ("Central", "Western", "Saint George") under
    several countries, and some regions share a country's or capital's name ("Georgia",
    "Mexico"); those are left out rather than guessed.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for iso3, names in provinces:
        for region in names:
            owners[region.strip()].add(iso3)
    return {
        region: next(iter(isos))
        for region, isos in owners.items()
        if len(isos) == 1
        and len(region) >= 4
        and region[0].isupper()
        and region not in forms
        # "Gulf", "Coast", "National Capital": words news uses for other places
        and not all(word in _GEOGRAPHIC_WORDS for word in region.lower().replace("-", " ").split())
    }


_GEOGRAPHIC = """
    north south east west northern southern eastern western central centre center gulf coast
    coastal delta mountain mountains highlands lowlands lakes lake islands island river rivers
    valley plateau border interior capital national federal atlantic pacific upper lower middle far
"""
_GEOGRAPHIC_WORDS = frozenset(_GEOGRAPHIC.split())


def _load_countries() -> tuple[
    dict[str, Country], dict[str, tuple[str, str]], list[tuple[str, list[str]]]
]:
    from countryinfo import all_countries

    countries: dict[str, Country] = {}
    forms: dict[str, tuple[str, str]] = {}
    provinces: list[tuple[str, list[str]]] = []

    def add(surface: str, iso3: str, form: str) -> None:
        surface = surface.strip()
        if surface and surface not in forms:
            forms[surface] = (iso3, form)

    extra = _read_json("countries_extra.json").get("countries", {})
    # Curated forms first: they win over countryinfo when both claim a surface.
    for iso3, entry in extra.items():
        for s in entry.get("names", []):
            add(s, iso3, NAME)
        for s in entry.get("demonyms", []):
            add(s, iso3, DEMONYM)
        for s in entry.get("capitals", []) + entry.get("stale_capitals", []):
            add(s, iso3, CAPITAL)
        for s in entry.get("seats", []):
            add(s, iso3, SEAT)
            if s.lower().startswith("the "):
                add(s[4:], iso3, SEAT)

    for entry_obj in all_countries():
        info = entry_obj.info()
        iso = info.get("ISO") or {}
        iso3 = iso.get("alpha3") if isinstance(iso, dict) else None
        if not iso3 or not info.get("name"):
            continue
        provinces.append((iso3, _as_list(info.get("provinces"))))
        latlng = info.get("capital_latlng") or info.get("latlng")
        lat, lon = (
            (latlng[0], latlng[1])
            if isinstance(latlng, list) and len(latlng) == 2
            else (None, None)
        )
        countries.setdefault(
            iso3,
            Country(
                iso3,
                info["name"],
                next(iter(_as_list(info.get("capital"))), None),
                lat,
                lon,
                info.get("region") or None,
                info.get("subregion") or None,
            ),
        )
        add(info["name"], iso3, NAME)
        for s in info.get("altSpellings") or []:
            if _usable_spelling(s):
                add(s, iso3, NAME)
        for demonym in _as_list(info.get("demonym")):
            add(demonym, iso3, DEMONYM)
        for capital in _as_list(info.get("capital")):
            add(capital, iso3, CAPITAL)

    for iso3, entry in extra.items():
        if iso3 not in countries:
            names = entry.get("names") or [iso3]
            countries[iso3] = Country(
                iso3,
                entry.get("display_name") or names[0],
                (entry.get("capitals") or [None])[0],
                entry.get("lat"),
                entry.get("lon"),
                entry.get("region"),
                None,
            )
        else:
            base = countries[iso3]
            if entry.get("capitals"):
                countries[iso3] = Country(
                    base.iso3,
                    entry.get("display_name") or base.name,
                    entry["capitals"][0],
                    entry.get("lat", base.lat),
                    entry.get("lon", base.lon),
                    base.region,
                    base.subregion,
                )
    return countries, forms, provinces


def _load_people() -> tuple[dict[str, Person], dict[str, tuple[Person, ...]]]:
    people: dict[str, Person] = {}
    aliases: dict[str, list[Person]] = defaultdict(list)
    for entry in _read_json("leaders.json").get("people", []):
        terms = tuple(
            Term(t["title"], start, _parse_day(t.get("end")), t.get("country"))
            for t in entry.get("terms", [])
            if (start := _parse_day(t.get("start"))) is not None
        )
        person = Person(entry["name"], entry["country"], tuple(entry.get("aliases", [])), terms)
        people[person.name] = person
        for surface in {person.name, *person.aliases}:
            if person not in aliases[surface]:
                aliases[surface].append(person)
    return people, {k: tuple(v) for k, v in aliases.items()}


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from the bundled data; loaded once per process."""
    countries, forms, provinces = _load_countries()
    people, aliases = _load_people()
    titles = _read_json("titles.json")
    return Gazetteer(
        countries=countries,
        country_forms=forms,
        people=people,
        person_aliases=aliases,
        head_titles=tuple(t.lower() for t in titles.get("head_titles", [])),
        official_titles=tuple(t.lower() for t in titles.get("official_titles", [])),
        honorifics=tuple(titles.get("honorifics", [])),
        regions=_regions(provinces, forms),
        cities=_read_json("cities.json").get("cities", {}),
    )
