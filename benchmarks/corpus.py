"""A deterministic generator of synthetic news articles about diplomacy and trade.

The articles read like wire copy: real leaders and countries, calls, meetings, talks and
visits (past, planned, cancelled, denied), tariffs at varied rates and in varied spellings
("25 percent", "25%", "25 per cent"), secondary tariffs, sanctions, deadlines, relative and
absolute dates, quotes, bylines, datelines and filler sentences that carry no fact.

Rules of the generator:
- Article ``i`` of seed ``s`` depends only on ``(s, i)``: ``generate_articles(100)`` is the
  first hundred of ``generate_articles(1000)``, in every run and on every machine.
- Every article has 250-700 words (``str.split``) in 6-14 paragraphs separated by a blank
  line; relative dates ("on Tuesday", "next week") are consistent with ``published``.
- Standard library only (no Qt, no numpy): the benchmarks of ingest and of the GUI import
  reuse it, and 10,000 articles take a few seconds.

``python -m benchmarks.corpus --n 1000 --out DIR`` writes ``NAME.txt`` and
``NAME.meta.json`` (``{"title", "source", "url", "published"}``) per article.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Literal

MIN_WORDS = 250
MAX_WORDS = 700
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 14


@dataclass(frozen=True, slots=True)
class Leader:
    """A real leader and the ways an article names them and their country."""

    name: str
    short: str  # the name alone on a later mention: "Xi", "Lula"
    title: str  # "President"; lower-case titles ("leader") never stand before a bare name
    country: str  # as written mid-sentence: "the United States"
    demonym: str
    capital: str
    iso3: str
    pronoun: Literal["he", "she"] = "he"
    titled_short: bool = True  # whether "Title Short" reads naturally ("President Xi")
    role: str = ""  # after "the {demonym}": "president"; defaults to the title in lower case


LEADERS: tuple[Leader, ...] = (
    Leader("Donald Trump", "Trump", "President", "the United States", "US", "Washington", "USA"),
    Leader("Xi Jinping", "Xi", "President", "China", "Chinese", "Beijing", "CHN"),
    Leader("Vladimir Putin", "Putin", "President", "Russia", "Russian", "Moscow", "RUS"),
    Leader("Volodymyr Zelensky", "Zelensky", "President", "Ukraine", "Ukrainian", "Kyiv", "UKR"),
    Leader("Narendra Modi", "Modi", "Prime Minister", "India", "Indian", "New Delhi", "IND"),
    Leader("Keir Starmer", "Starmer", "Prime Minister", "Britain", "British", "London", "GBR"),
    Leader("Emmanuel Macron", "Macron", "President", "France", "French", "Paris", "FRA"),
    Leader("Friedrich Merz", "Merz", "Chancellor", "Germany", "German", "Berlin", "DEU"),
    Leader("Giorgia Meloni", "Meloni", "Prime Minister", "Italy", "Italian", "Rome", "ITA", "she"),
    Leader("Pedro Sánchez", "Sánchez", "Prime Minister", "Spain", "Spanish", "Madrid", "ESP"),
    Leader("Mark Carney", "Carney", "Prime Minister", "Canada", "Canadian", "Ottawa", "CAN"),
    Leader(
        "Claudia Sheinbaum",
        "Sheinbaum",
        "President",
        "Mexico",
        "Mexican",
        "Mexico City",
        "MEX",
        "she",
    ),
    Leader(
        "Luiz Inácio Lula da Silva",
        "Lula",
        "President",
        "Brazil",
        "Brazilian",
        "Brasília",
        "BRA",
        titled_short=False,
    ),
    Leader("Javier Milei", "Milei", "President", "Argentina", "Argentine", "Buenos Aires", "ARG"),
    Leader("Shigeru Ishiba", "Ishiba", "Prime Minister", "Japan", "Japanese", "Tokyo", "JPN"),
    Leader("Lee Jae-myung", "Lee", "President", "South Korea", "South Korean", "Seoul", "KOR"),
    Leader(
        "Anthony Albanese",
        "Albanese",
        "Prime Minister",
        "Australia",
        "Australian",
        "Canberra",
        "AUS",
    ),
    Leader("Recep Tayyip Erdoğan", "Erdoğan", "President", "Turkey", "Turkish", "Ankara", "TUR"),
    Leader(
        "Mohammed bin Salman",
        "Prince Mohammed",
        "Crown Prince",
        "Saudi Arabia",
        "Saudi",
        "Riyadh",
        "SAU",
        titled_short=False,
    ),
    Leader("Masoud Pezeshkian", "Pezeshkian", "President", "Iran", "Iranian", "Tehran", "IRN"),
    Leader(
        "Benjamin Netanyahu", "Netanyahu", "Prime Minister", "Israel", "Israeli", "Jerusalem", "ISR"
    ),
    Leader("Abdel Fattah el-Sisi", "Sisi", "President", "Egypt", "Egyptian", "Cairo", "EGY"),
    Leader(
        "Cyril Ramaphosa",
        "Ramaphosa",
        "President",
        "South Africa",
        "South African",
        "Pretoria",
        "ZAF",
    ),
    Leader("Bola Tinubu", "Tinubu", "President", "Nigeria", "Nigerian", "Abuja", "NGA"),
    Leader("Prabowo Subianto", "Prabowo", "President", "Indonesia", "Indonesian", "Jakarta", "IDN"),
    Leader(
        "Anwar Ibrahim",
        "Anwar",
        "Prime Minister",
        "Malaysia",
        "Malaysian",
        "Kuala Lumpur",
        "MYS",
    ),
    Leader(
        "Ferdinand Marcos Jr.",
        "Marcos",
        "President",
        "the Philippines",
        "Philippine",
        "Manila",
        "PHL",
    ),
    Leader(
        "Lawrence Wong", "Wong", "Prime Minister", "Singapore", "Singaporean", "Singapore", "SGP"
    ),
    Leader(
        "Shehbaz Sharif", "Sharif", "Prime Minister", "Pakistan", "Pakistani", "Islamabad", "PAK"
    ),
    Leader(
        "Mohamed bin Zayed",
        "Sheikh Mohamed",
        "President",
        "the United Arab Emirates",
        "Emirati",
        "Abu Dhabi",
        "ARE",
        titled_short=False,
    ),
    Leader(
        "Sheikh Tamim bin Hamad Al Thani",
        "Sheikh Tamim",
        "Emir",
        "Qatar",
        "Qatari",
        "Doha",
        "QAT",
        titled_short=False,
    ),
    Leader("Viktor Orbán", "Orbán", "Prime Minister", "Hungary", "Hungarian", "Budapest", "HUN"),
    Leader("Donald Tusk", "Tusk", "Prime Minister", "Poland", "Polish", "Warsaw", "POL"),
    Leader(
        "Ulf Kristersson",
        "Kristersson",
        "Prime Minister",
        "Sweden",
        "Swedish",
        "Stockholm",
        "SWE",
    ),
    Leader("Jonas Gahr Støre", "Støre", "Prime Minister", "Norway", "Norwegian", "Oslo", "NOR"),
    Leader("Alexander Stubb", "Stubb", "President", "Finland", "Finnish", "Helsinki", "FIN"),
    Leader(
        "Christopher Luxon",
        "Luxon",
        "Prime Minister",
        "New Zealand",
        "New Zealand",
        "Wellington",
        "NZL",
    ),
    Leader("Gustavo Petro", "Petro", "President", "Colombia", "Colombian", "Bogotá", "COL"),
    Leader(
        "Ursula von der Leyen",
        "von der Leyen",
        "Commission President",
        "the European Union",
        "European",
        "Brussels",
        "EU",
        "she",
        role="Commission president",
    ),
    Leader("Kim Jong Un", "Kim", "leader", "North Korea", "North Korean", "Pyongyang", "PRK"),
    Leader(
        "Alexander Lukashenko",
        "Lukashenko",
        "President",
        "Belarus",
        "Belarusian",
        "Minsk",
        "BLR",
    ),
    Leader("Pham Minh Chinh", "Chinh", "Prime Minister", "Vietnam", "Vietnamese", "Hanoi", "VNM"),
    Leader(
        "Dick Schoof", "Schoof", "Prime Minister", "the Netherlands", "Dutch", "The Hague", "NLD"
    ),
)

OUTLETS: tuple[tuple[str, str], ...] = (
    ("Meridian Wire", "meridianwire.example.com"),
    ("The Harbour Ledger", "harbourledger.example.com"),
    ("Continental Times", "continentaltimes.example.net"),
    ("Global Affairs Daily", "globalaffairsdaily.example.org"),
    ("The Northern Post", "northernpost.example.com"),
    ("Pacific Dispatch", "pacificdispatch.example.com"),
    ("Capital Review", "capitalreview.example.net"),
    ("Eastbridge News", "eastbridge.example.com"),
    ("The Trade Desk", "tradedesk.example.org"),
    ("Atlas Newswire", "atlasnewswire.example.com"),
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# No rate that needs "an" ("an 8 percent tariff") so the templates can say "a {rate} tariff".
_RATES = (5, 10, 10, 12.5, 15, 15, 17.5, 20, 25, 25, 25, 30, 34, 35, 40, 50, 50, 60, 100, 125, 145)
_RATE_VALUES = tuple(sorted(set(_RATES)))
_SMALL_PCT = ("0.2", "0.3", "0.4", "0.5", "0.7", "0.9", "1.1", "1.4", "2.1", "2.6", "3.2")
_GOODS = (
    "steel",
    "aluminium",
    "semiconductors",
    "electric vehicles",
    "soybeans",
    "pharmaceuticals",
    "lumber",
    "solar panels",
    "rare earth magnets",
    "wine",
    "dairy products",
    "auto parts",
    "copper",
    "textiles",
    "machinery",
    "seafood",
    "furniture",
    "smartphones",
    "beef",
    "fertiliser",
)
_TOPICS = (
    "trade",
    "the war in Ukraine",
    "regional security",
    "energy cooperation",
    "a possible ceasefire",
    "tariffs",
    "investment",
    "migration",
    "critical minerals",
    "supply chains",
    "climate finance",
    "maritime security",
    "the nuclear programme",
    "market access for farm goods",
    "export controls on chips",
    "debt relief",
)
_SECTORS = (
    "banks",
    "energy companies",
    "oil exports",
    "defence industry",
    "shipping firms",
    "senior officials",
    "central bank",
    "technology companies",
    "mining sector",
    "arms suppliers",
)
_DEMANDS = (
    "open its markets",
    "curb exports of cheap steel",
    "stop buying Russian oil",
    "agree to a ceasefire",
    "lift its export restrictions",
    "cut its trade surplus",
    "end its support for the blockade",
    "crack down on fentanyl trafficking",
)
_CONDITIONS = (
    "withdraws its troops",
    "lifts its export curbs",
    "returns to the negotiating table",
    "releases the detained journalists",
    "accepts international inspections",
    "halts the military exercises",
)
_VENUES = (
    ("the G20 summit", "Johannesburg"),
    ("the G7 summit", "Kananaskis"),
    ("the APEC summit", "Gyeongju"),
    ("the UN General Assembly", "New York"),
    ("the NATO summit", "The Hague"),
    ("the BRICS summit", "Rio de Janeiro"),
    ("the ASEAN summit", "Kuala Lumpur"),
    ("the World Economic Forum", "Davos"),
    ("the Shanghai Cooperation Organisation summit", "Tianjin"),
    ("the Munich Security Conference", "Munich"),
)
_NEUTRAL_CITIES = ("Geneva", "Istanbul", "Riyadh", "Doha", "Vienna", "Oslo", "Singapore", "Rome")
_PEOPLE = (
    "Anna Keller",
    "Tomás Ribeiro",
    "Li Wen",
    "Priya Raman",
    "Jonas Berg",
    "Fatima Haddad",
    "Kenji Mori",
    "Olga Petrenko",
    "Samuel Okafor",
    "Claire Dubois",
    "Mehmet Yilmaz",
    "Sofia Marquez",
    "Hannah Lindqvist",
    "Arjun Mehta",
    "Nadia Rahman",
    "Daniel Novak",
)
_EXPERT_ROLES = (
    "an economist",
    "a senior fellow",
    "a trade lawyer",
    "chief strategist",
    "a former trade negotiator",
    "head of research",
)
_EXPERT_ORGS = (
    "the Centre for Strategic Trade Studies",
    "Northbridge Analytics",
    "the Atlantic Policy Forum",
    "Hanseatic Research",
    "the Institute for Global Commerce",
    "a Geneva-based consultancy",
    "the Asia Markets Institute",
)
_MARKET_INDEXES = (
    "the S&P 500",
    "the Stoxx 600",
    "the Nikkei 225",
    "the Hang Seng",
    "the FTSE 100",
    "the DAX",
    "the Kospi",
)
_OFFICIALS = (
    "foreign minister",
    "trade minister",
    "finance minister",
    "commerce secretary",
    "national security adviser",
    "chief trade negotiator",
    "ambassador to the United Nations",
)
_SAID = (
    "said",
    "told reporters",
    "said in a statement",
    "told a news conference",
    "wrote on social media",
    "said in a televised address",
)
_REACTIONS = (
    "unacceptable",
    "economic blackmail",
    "a serious mistake",
    "deeply regrettable",
    "unjustified and unlawful",
    "a violation of international trade rules",
)
_ORDINALS = ("second", "third", "fourth", "fifth", "largest")
_NTH = ("16th", "17th", "18th", "19th", "20th")
_OIL_SELLERS = ("Russian", "Iranian", "Venezuelan")
_COMMODITIES = ("oil", "crude", "gas", "oil and gas")
_YEARS_WORD = ("two", "three", "five", "seven", "ten", "15")
_DAYS = ("30", "60", "90", "10", "45")
_DAYS_WORD = ("two weeks", "50 days", "ten days", "a month", "30 days")
_SANCTION_KINDS = (
    "sweeping new sanctions",
    "secondary tariffs on its oil buyers",
    "tougher sanctions",
    "further economic penalties",
)
_APPROVERS = ("all 27 member states", "parliament", "Congress", "the cabinet")

# ---------------------------------------------------------------------------------------------
# Sentence templates. Slots are the methods of _Slots without their underscore: {A} and {B}
# are the two leaders of the sentence (first mention in full, later short), {a_country},
# {b_dem}, {a_cap} ... their countries; {c_*} a third party; dates are relative to the day
# the article was published.
# ---------------------------------------------------------------------------------------------

CALL = (
    "{A} spoke with {B} by phone {past_when}, discussing {topic} and {topic2}.",
    "{A} and {B} held a phone call {past_when}, according to a readout released by {a_dem} "
    "officials.",
    "In a call {past_when}, {A} told {B} that {a_country} remained committed to {topic}.",
    "{A} said {past_when} that {A_he} had spoken with {B} and that the conversation had been "
    '"very productive."',
    "{B} received a call from {A} {past_when}, the {b_dem} government said in a statement.",
    "{A} phoned {B} {past_when} to discuss {topic}, a spokesperson for the {a_dem} government "
    "said.",
    "{A} spoke with {A_his} {b_dem} counterpart by telephone {past_when}, the two sides said.",
    "The two leaders last spoke by telephone {past_when}, when {A} raised concerns over {topic}.",
)
MEETING = (
    "{A} met {B} in {b_cap} {past_when} for talks that lasted more than two hours.",
    "{A} and {B} met on the sidelines of {venue} {past_when}.",
    "{A} hosted {B} in {a_cap} {past_when}, the first visit by a {b_dem} leader in {years_word} "
    "years.",
    "During a meeting with {B} {past_when}, {A} pressed for progress on {topic}.",
    "{A} held talks with {B} {past_when} on {topic}, officials from both sides said.",
    "{B} travelled to {a_cap} {past_when} for a two-day visit that included talks with {A}.",
    "Negotiators from {a_country} and {b_country} held a fresh round of talks in {city} "
    "{past_when}.",
    "{A} and {B} sat down for talks {past_when}, their first meeting in more than a year.",
    "{a_official} met {b_official} in {city} {past_when} to prepare for a possible summit.",
    "{A} arrived in {b_cap} {past_when} on a state visit, {A_his} first to {b_country} since "
    "{year_prev}.",
)
FUTURE = (
    "{A} is expected to meet {B} {future_when}, according to two people familiar with the plans.",
    "{A} will travel to {b_cap} {future_when} for talks with {B}, {a_poss} foreign ministry said.",
    "{A} and {B} are scheduled to hold talks {future_when} on the sidelines of {venue}.",
    "{B} plans to visit {a_country} {future_when}, officials said, although no date has been "
    "fixed.",
    "A phone call between {A} and {B} could take place as early as {weekday_future}, a senior "
    "official said.",
    "The two leaders are due to meet in {city} {future_when}.",
    "{A} said {A_he} would speak with {B} {future_when} about {topic}.",
    "Officials are preparing for a visit by {A} to {b_cap} {future_when}.",
    "Trade negotiators from {a_country} and {b_country} will resume talks {future_when} in {city}.",
    "{A} invited {B} to {a_cap} for talks {future_when}, and {B_he} accepted, according to a "
    "statement.",
)
NEGATED = (
    "{A} has no plans to speak with {B}, a spokesperson said {past_when}.",
    "{A} denied that {A_he} had spoken with {B} {past_when}, calling the reports false.",
    "A planned meeting between {A} and {B} {future_when} was cancelled after the talks stalled.",
    "{A} called off a visit to {b_cap} that had been scheduled for {future_date}.",
    "{B} will not attend {venue}, where {B_he} had been expected to meet {A}.",
    "There has been no direct contact between {A} and {B} since {past_month}, officials said.",
    "{A} ruled out a meeting with {B} until {b_country} {condition}.",
    "The {a_dem} side postponed talks with {b_country} that were due to begin {future_when}.",
    "{A} did not meet {B} during {venue}, despite earlier reports of a planned encounter.",
)
TARIFF = (
    "{A} announced a {rate} tariff on imports of {goods} from {b_country} {past_when}.",
    "{a_country} will impose tariffs of {rate} on {b_dem} {goods} starting {future_date}, {A} "
    "said.",
    "{A} threatened to raise tariffs on {b_dem} goods to {rate_high} if no deal is reached by "
    "{future_date}.",
    "The {a_dem} government imposed a {rate} levy on {goods} from {b_country}, effective "
    "immediately.",
    "{A} said {A_he} would slap {rate} duties on {b_dem} {goods}, on top of existing tariffs of "
    "{rate_low}.",
    "{b_country} retaliated with {rate} tariffs on {a_dem} {goods} {past_when}.",
    "Under the new measures, {b_dem} {goods} face a tariff of {rate}, up from {rate_low}.",
    "{a_country} proposed a tariff of {rate} on {goods} from {b_country}, subject to a "
    "consultation that closes {future_when}.",
    "{A} lifted the {rate} tariff on {b_dem} {goods} {past_when}, citing progress in talks.",
    "The tariff on {b_dem} {goods} will rise to {rate_high} from {rate_low} on {future_date}.",
    "{a_country} cut its tariffs on {b_dem} {goods} to {rate_low} as part of the agreement.",
    "{A} warned that tariffs of as much as {rate_high} could follow if {b_country} did not "
    "{demand}.",
    "A {rate} tariff on {goods} from {b_country} took effect {past_when}.",
    "{b_dem} exporters of {goods} now pay duties of {rate} to enter the {a_dem} market.",
    "{A} suspended planned tariffs of {rate} on {b_dem} {goods} for {days} days to allow time "
    "for negotiations.",
    "{a_country} has not imposed any new tariffs on {b_dem} {goods}, officials said, denying "
    "earlier reports.",
)
SECONDARY = (
    "{A} threatened secondary tariffs of {rate} on countries that buy {seller_dem} {commodity}.",
    "{a_country} imposed an additional {rate} tariff on {b_dem} goods as a penalty for {b_poss} "
    "purchases of {seller_dem} {commodity}.",
    "{A} said secondary tariffs would hit any country importing {seller_dem} {commodity} if a "
    "ceasefire is not agreed by {future_date}.",
    "The secondary tariffs, which target buyers of {seller_dem} {commodity}, could reach "
    "{rate_high}, officials said.",
)
SANCTION = (
    "{a_country} imposed sanctions on {b_poss} {sector} {past_when}.",
    "{A} announced new sanctions against {b_dem} {sector}, the toughest measures since "
    "{year_prev}.",
    "{a_country} and its allies are preparing a new package of sanctions targeting {b_dem} "
    "{sector}.",
    "{A} threatened further sanctions on {b_country} if it failed to {demand} by {future_date}.",
    "The {a_dem} government lifted sanctions on several {b_dem} {sector} {past_when}.",
    "{A} said sanctions on {b_country} would stay in place until {b_country} {condition}.",
    "{a_country} proposed sanctions on {b_dem} {sector}, a move that requires approval from "
    "{approver}.",
    "{a_country} adopted its {nth} package of sanctions against {b_country} {past_when}.",
    "{A} said {A_he} was not considering sanctions against {b_country} at this stage.",
)
DEADLINE = (
    "{A} gave {b_country} until {future_date} to reach a trade deal or face higher tariffs.",
    "{A} set a deadline of {future_date} for {b_country} to {demand}.",
    "The {days}-day pause on tariffs expires on {future_date}.",
    "Negotiators are racing to meet a {future_date} deadline to conclude the agreement.",
    "{b_country} has until {future_date} to respond to the {a_dem} proposal, officials said.",
    "{A} said {A_he} would decide on further measures by {future_date}.",
    "If no agreement is reached by {future_date}, tariffs of {rate_high} will take effect "
    "automatically.",
    "The deadline for {b_country} to {demand} was extended to {future_date}.",
    "Talks must conclude before the end of {future_month}, when the current arrangement lapses.",
    "{A} has given {B} {days_word} to agree to a ceasefire or face {sanction_kind}.",
)
QUOTE = (
    '"We had a very good conversation," {A} {said}. "We will see what happens."',
    '"{b_country_cap} has been taking advantage of us for many years," {A} said.',
    '"This is not the way partners treat each other," {B} said in a televised address.',
    '"We are ready to talk, but we will not negotiate under pressure," {b_official} said.',
    '"The tariffs are unjustified and we will respond," {B} wrote on social media.',
    '"Our door remains open," {A} {said}. "But time is running out."',
    '"There is a real chance of a deal," {expert}, {expert_role} at {expert_org}, said.',
    '"Nobody wins a trade war," {C} said {past_when}.',
    '"We expect concrete results, not just statements," a senior {a_dem} official said, '
    "speaking on condition of anonymity.",
    '"I think we are very close," {A} said of the negotiations with {b_country}.',
    '{B} called the measures "{reaction}" and said {b_country} would defend its interests.',
    '"We will protect our workers and our industries," {spokesperson}, a spokesperson for the '
    "{b_dem} trade ministry, {said}.",
)
FILLER = (
    "Trade between the two countries totalled {money} last year, according to official figures.",
    "{a_country_cap} is {b_poss} {ordinal} trading partner.",
    "Economists have warned that a prolonged dispute could shave {pct_small} off global growth.",
    "Shares in {goods} producers fell sharply after the announcement, while {market_index} "
    "closed {pct_small} lower.",
    "The {b_dem} currency weakened {pct_small} against the dollar in early trading.",
    "Relations between {a_cap} and {b_cap} have been strained for much of the past decade.",
    "Analysts said the move was aimed as much at a domestic audience as at {b_country}.",
    "{expert}, {expert_role} at {expert_org}, said the outcome would depend on {topic}.",
    "Business groups on both sides have urged the governments to avoid an escalation.",
    "The dispute has unsettled markets and prompted companies to rethink their supply chains.",
    "{b_country_cap} exports large volumes of {goods} and {goods2} to {a_country}.",
    "Inflation in {a_country} rose to {pct_small} in {past_month}, the highest level in "
    "{years_word} years.",
    "The {a_dem} economy grew at an annual rate of {pct_small} in the last quarter.",
    "Diplomats say the relationship has improved since {past_month}, although deep differences "
    "remain.",
    "The World Trade Organization has repeatedly called for disputes to be settled through "
    "dialogue.",
    "Manufacturers in {b_country} depend heavily on imported {goods}.",
    "Officials declined to comment on the details of the discussions.",
    "Ports in {b_country} have reported a sharp drop in container traffic in recent weeks.",
    "Farmers, who rely on exports of {goods}, have been among the hardest hit.",
    "The government in {b_cap} has so far avoided direct criticism of {A}.",
    "Opposition lawmakers in {a_country} criticised the approach as reckless.",
    "{market_index_cap} rose {pct_small} as investors bet on a negotiated settlement.",
    "The talks come amid growing concern about {topic}.",
    "Both governments face pressure at home to show results before the end of the year.",
    "Industry estimates suggest that more than {jobs} jobs depend on exports of {goods}.",
)
CLOSING = (
    "Neither side has said when the next round of negotiations will take place.",
    "The {b_dem} embassy in {a_cap} did not immediately respond to a request for comment.",
    "A spokesperson for {A} did not respond to a request for comment.",
    "The {a_dem} foreign ministry is expected to release further details in the coming days.",
    "{outlet} could not independently verify the reports.",
)
HEADLINES: dict[str, tuple[str, ...]] = {
    "trade": (
        "{a_country_cap} slaps {rate} tariffs on {b_dem} {goods}",
        "{A_short} threatens {b_country} with new tariffs ahead of deadline",
        "{b_country_cap} vows to retaliate after {a_dem} tariff move",
        "{a_dem} tariffs on {goods} to rise to {rate_high}",
        "{A_short} sets deadline for {b_dem} trade deal",
    ),
    "diplomacy": (
        "{A_short} and {B_short} discuss {topic} in phone call",
        "{A_short}, {B_short} meet as trade tensions simmer",
        "Talks between {a_country} and {b_country} stall over {topic}",
        "{A_short} to visit {b_cap} for talks with {B_short}",
    ),
    "sanctions": (
        "{a_country_cap} unveils new sanctions on {b_dem} {sector}",
        "{A_short} warns of secondary tariffs on buyers of {seller_dem} {commodity}",
        "{a_country_cap} weighs fresh sanctions as {b_country} deadline nears",
    ),
    "summit": (
        "{A_short} and {B_short} expected to meet at {venue}",
        "{a_country_cap} and {b_country} prepare for high-stakes summit",
        "{A_short} heads to {b_cap} for talks on {topic}",
    ),
}

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "call": CALL,
    "meeting": MEETING,
    "future": FUTURE,
    "negated": NEGATED,
    "tariff": TARIFF,
    "secondary": SECONDARY,
    "sanction": SANCTION,
    "deadline": DEADLINE,
    "quote": QUOTE,
    "filler": FILLER,
    "closing": CLOSING,
}
TEMPLATE_COUNT = sum(len(t) for t in _CATEGORIES.values())

# How often each kind of sentence appears in the body of an article of each focus.
_FOCUS_WEIGHTS: dict[str, dict[str, float]] = {
    "trade": {
        "tariff": 5,
        "deadline": 2,
        "call": 1,
        "meeting": 1,
        "future": 1,
        "negated": 0.5,
        "secondary": 0.5,
        "sanction": 0.3,
        "quote": 2,
        "filler": 4.5,
    },
    "diplomacy": {
        "call": 3,
        "meeting": 3,
        "future": 2.5,
        "negated": 1,
        "tariff": 1,
        "deadline": 0.7,
        "sanction": 0.5,
        "quote": 2,
        "filler": 4.5,
    },
    "sanctions": {
        "sanction": 4,
        "secondary": 1.5,
        "deadline": 1.5,
        "call": 1,
        "meeting": 1,
        "future": 1,
        "negated": 0.5,
        "tariff": 1,
        "quote": 2,
        "filler": 4.5,
    },
    "summit": {
        "meeting": 3,
        "future": 3,
        "negated": 1,
        "call": 1.5,
        "deadline": 1,
        "tariff": 1,
        "quote": 2,
        "filler": 4.5,
    },
}
_FOCUS_LEAD: dict[str, tuple[str, ...]] = {
    "trade": ("tariff", "tariff", "deadline"),
    "diplomacy": ("call", "meeting"),
    "sanctions": ("sanction", "secondary"),
    "summit": ("future", "meeting"),
}
_FOCUSES = tuple(_FOCUS_WEIGHTS)
_FOCUS_TABLES: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    focus: (tuple(weights), tuple(accumulate(weights.values())))
    for focus, weights in _FOCUS_WEIGHTS.items()
}


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """One synthetic article: its body text and the metadata a news page would carry."""

    name: str
    text: str
    published: date
    title: str = ""
    source: str = ""
    url: str = ""

    def meta(self) -> dict[str, str]:
        """The ``NAME.meta.json`` document."""
        return {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat(),
        }

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def paragraphs(self) -> int:
        return self.text.count("\n\n") + 1


def _cap(text: str) -> str:
    """``text`` with its first letter upper-cased, past any opening quote."""
    if not text:
        return text
    if text[0] in "\"“'":
        return text[0] + _cap(text[1:])
    return text[0].upper() + text[1:]


def _curly(text: str) -> str:
    """Straight quotes to typographic ones, as many news sites print them.

    Every template closes the quotes it opens, so they alternate through the article.
    """
    parts = text.replace("'", "’").split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        out.append("”" if i % 2 else "“")
        out.append(part)
    return "".join(out)


class _Writer:
    """The state of one article being written: its cast, its date and its house style."""

    def __init__(self, rng: random.Random, published: date, outlet: str) -> None:
        self.rng = rng
        self.published = published
        self.outlet = outlet
        self.uk_style = rng.random() < 0.4  # "3 March", "per cent"
        self.pct_symbol = rng.random() < 0.3  # "25%" preferred over words
        self.with_year = rng.random() < 0.25  # "March 3, 2025"
        a, b, c = rng.sample(LEADERS, 3)
        self.cast: tuple[Leader, Leader, Leader] = (a, b, c)
        self.mentioned: set[str] = set()

    # -- how things are written ----------------------------------------------------------

    def fmt_date(self, d: date, year: bool | None = None) -> str:
        with_year = (self.with_year or d.year != self.published.year) if year is None else year
        month = _MONTHS[d.month - 1]
        if self.uk_style:
            return f"{d.day} {month} {d.year}" if with_year else f"{d.day} {month}"
        return f"{month} {d.day}, {d.year}" if with_year else f"{month} {d.day}"

    def fmt_rate(self, value: float) -> str:
        number = f"{value:g}"
        r = self.rng.random()
        if r < (0.75 if self.pct_symbol else 0.15):
            return f"{number}%"
        return f"{number} per cent" if self.uk_style else f"{number} percent"

    def ref(self, leader: Leader) -> str:
        """How the article names ``leader``: in full at first, shorter afterwards."""
        rng = self.rng
        lower_title = leader.title[0].islower()
        if leader.name not in self.mentioned:
            self.mentioned.add(leader.name)
            if lower_title or rng.random() < 0.5:
                return f"{leader.demonym} {leader.title} {leader.name}"
            return f"{leader.title} {leader.name}"
        r = rng.random()
        if r < 0.45:
            return leader.short
        if r < 0.7 and leader.titled_short and not lower_title:
            return f"{leader.title} {leader.short}"
        if r < 0.85:
            return f"the {leader.demonym} {leader.role or leader.title.lower()}"
        return leader.name

    def past_when(self) -> str:
        rng, pub = self.rng, self.published
        r = rng.random()
        if r < 0.35:
            d = pub - timedelta(days=rng.randint(1, 6))
            part = rng.choice(("", "", "", " evening", " morning", " night"))
            return f"on {_WEEKDAYS[d.weekday()]}{part}"
        if r < 0.45:
            return "yesterday"
        if r < 0.55:
            return rng.choice(("last week", "over the weekend", "earlier this week"))
        if r < 0.62 and pub.day > 10:
            return "earlier this month"
        if r < 0.9:
            return "on " + self.fmt_date(pub - timedelta(days=rng.randint(1, 40)))
        return "in " + self.past_month()

    def past_month(self) -> str:
        back = self.rng.randint(1, 5)
        month = (self.published.month - 1 - back) % 12
        return _MONTHS[month]

    def future_day(self) -> date:
        return self.published + timedelta(days=self.rng.randint(3, 120))

    def future_when(self) -> str:
        rng, pub = self.rng, self.published
        r = rng.random()
        if r < 0.2:
            d = pub + timedelta(days=rng.randint(1, 6))
            return f"on {_WEEKDAYS[d.weekday()]}"
        if r < 0.3:
            d = pub + timedelta(days=rng.randint(7, 13))
            return f"next {_WEEKDAYS[d.weekday()]}"
        if r < 0.45:
            return rng.choice(("next week", "next month", "in the coming weeks"))
        if r < 0.52 and pub.day < 20:
            return "later this month"
        if r < 0.75:
            return "on " + self.fmt_date(self.future_day())
        if r < 0.9:
            return rng.choice(("in ", "in early ", "in late ", "by the end of ")) + (
                self.future_month()
            )
        return "by the end of the year" if pub.month < 11 else "early next year"

    def future_month(self) -> str:
        return _MONTHS[(self.published.month - 1 + self.rng.randint(1, 4)) % 12]

    def future_date(self) -> str:
        r = self.rng.random()
        if r < 0.1:
            d = self.published + timedelta(days=self.rng.randint(2, 6))
            return _WEEKDAYS[d.weekday()]
        if r < 0.15:
            return "the end of the month"
        return self.fmt_date(self.future_day())

    # -- sentences -----------------------------------------------------------------------

    def roles(self) -> tuple[Leader, Leader, Leader]:
        a, b, c = self.cast
        r = self.rng.random()
        if r < 0.65:
            return a, b, c
        if r < 0.8:
            return b, a, c
        if r < 0.9:
            return a, c, b
        return c, b, a

    def fill(self, template: str, roles: tuple[Leader, Leader, Leader]) -> str:
        return _cap(template.format_map(_Slots(self, *roles)))


class _Slots(dict[str, str]):
    """The values of one sentence's slots, each made when the template first asks for it."""

    def __init__(self, w: _Writer, a: Leader, b: Leader, c: Leader) -> None:
        super().__init__()
        self.w = w
        self.a = a
        self.b = b
        self.c = c

    def __missing__(self, key: str) -> str:
        value = _SLOT_MAKERS[key](self)
        self[key] = value
        return value

    def _pick(self, options: Sequence[str]) -> str:
        return self.w.rng.choice(options)

    # People.
    def _A(self) -> str:
        return self.w.ref(self.a)

    def _B(self) -> str:
        return self.w.ref(self.b)

    def _C(self) -> str:
        return self.w.ref(self.c)

    def _A_short(self) -> str:
        return self.a.short

    def _B_short(self) -> str:
        return self.b.short

    def _A_he(self) -> str:
        return self.a.pronoun

    def _B_he(self) -> str:
        return self.b.pronoun

    def _A_his(self) -> str:
        return "his" if self.a.pronoun == "he" else "her"

    def _a_official(self) -> str:
        return self._official(self.a)

    def _b_official(self) -> str:
        return self._official(self.b)

    def _official(self, leader: Leader) -> str:
        role = self._pick(_OFFICIALS)
        if self.w.rng.random() < 0.5:
            return f"the {leader.demonym} {role}"
        return f"{_possessive(leader.country)} {role}"

    def _spokesperson(self) -> str:
        return self._pick(_PEOPLE)

    def _expert(self) -> str:
        return self._pick(_PEOPLE)

    def _expert_role(self) -> str:
        return self._pick(_EXPERT_ROLES)

    def _expert_org(self) -> str:
        return self._pick(_EXPERT_ORGS)

    # Countries.
    def _a_country(self) -> str:
        return self.a.country

    def _b_country(self) -> str:
        return self.b.country

    def _a_country_cap(self) -> str:
        return _cap(self.a.country)

    def _b_country_cap(self) -> str:
        return _cap(self.b.country)

    def _a_dem(self) -> str:
        return self.a.demonym

    def _b_dem(self) -> str:
        return self.b.demonym

    def _a_cap(self) -> str:
        return self.a.capital

    def _b_cap(self) -> str:
        return self.b.capital

    def _a_poss(self) -> str:
        return _possessive(self.a.country)

    def _b_poss(self) -> str:
        return _possessive(self.b.country)

    def _seller_dem(self) -> str:
        return self._pick(_OIL_SELLERS)

    def _commodity(self) -> str:
        return self._pick(_COMMODITIES)

    # Places.
    def _venue(self) -> str:
        return self.w.rng.choice(_VENUES)[0]

    def _city(self) -> str:
        r = self.w.rng.random()
        if r < 0.5:
            return self._pick(_NEUTRAL_CITIES)
        return self.a.capital if r < 0.75 else self.b.capital

    # Dates.
    def _past_when(self) -> str:
        return self.w.past_when()

    def _past_month(self) -> str:
        return self.w.past_month()

    def _future_when(self) -> str:
        return self.w.future_when()

    def _future_date(self) -> str:
        return self.w.future_date()

    def _future_month(self) -> str:
        return self.w.future_month()

    def _weekday_future(self) -> str:
        d = self.w.published + timedelta(days=self.w.rng.randint(1, 6))
        return _WEEKDAYS[d.weekday()]

    def _year_prev(self) -> str:
        return str(self.w.published.year - self.w.rng.randint(1, 6))

    def _days(self) -> str:
        return self._pick(_DAYS)

    def _days_word(self) -> str:
        return self._pick(_DAYS_WORD)

    def _years_word(self) -> str:
        return self._pick(_YEARS_WORD)

    # Measures and numbers.
    def _rate(self) -> str:
        return self._rates()[1]

    def _rate_low(self) -> str:
        return self._rates()[0]

    def _rate_high(self) -> str:
        return self._rates()[2]

    def _rates(self) -> tuple[str, str, str]:
        low, mid, high = sorted(self.w.rng.sample(_RATE_VALUES, 3))
        values = (self.w.fmt_rate(low), self.w.fmt_rate(mid), self.w.fmt_rate(high))
        self["rate_low"], self["rate"], self["rate_high"] = values
        return values

    def _pct_small(self) -> str:
        return self.w.fmt_rate(float(self._pick(_SMALL_PCT)))

    def _money(self) -> str:
        amount = self.w.rng.randint(12, 690)
        return self._pick(("$", "$", "€")) + f"{amount} billion"

    def _jobs(self) -> str:
        return f"{self.w.rng.randint(2, 90) * 5000:,}"

    def _goods(self) -> str:
        return self._pick(_GOODS)

    def _goods2(self) -> str:
        while (goods := self._pick(_GOODS)) == self.get("goods"):
            pass
        return goods

    def _topic(self) -> str:
        return self._pick(_TOPICS)

    def _topic2(self) -> str:
        while (topic := self._pick(_TOPICS)) == self.get("topic"):
            pass
        return topic

    def _sector(self) -> str:
        return self._pick(_SECTORS)

    def _demand(self) -> str:
        return self._pick(_DEMANDS)

    def _condition(self) -> str:
        return self._pick(_CONDITIONS)

    def _approver(self) -> str:
        return self._pick(_APPROVERS)

    def _nth(self) -> str:
        return self._pick(_NTH)

    def _sanction_kind(self) -> str:
        return self._pick(_SANCTION_KINDS)

    def _ordinal(self) -> str:
        ordinal = self._pick(_ORDINALS)
        return ordinal if ordinal == "largest" else f"{ordinal}-largest"

    def _reaction(self) -> str:
        return self._pick(_REACTIONS)

    def _said(self) -> str:
        return self._pick(_SAID)

    def _market_index(self) -> str:
        return self._pick(_MARKET_INDEXES)

    def _market_index_cap(self) -> str:
        return _cap(self._pick(_MARKET_INDEXES))

    def _outlet(self) -> str:
        return self.w.outlet


_SLOT_MAKERS: dict[str, Callable[[_Slots], str]] = {
    name[1:]: maker
    for name, maker in vars(_Slots).items()
    if name.startswith("_")
    and not name.startswith("__")
    and name not in ("_pick", "_official", "_rates")
}


def _possessive(country: str) -> str:
    return f"{country}'" if country.endswith("s") else f"{country}'s"


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    kept = "".join(ch.lower() if ch.isalnum() else "-" for ch in ascii_title)
    return "-".join(part for part in kept.split("-") if part)[:80]


def _words(text: str) -> int:
    """Words in a generated line (single spaces, no edge spaces): ``len(text.split())``."""
    return text.count(" ") + 1 if text else 0


_START = date(2024, 1, 1)
_SPAN_DAYS = (date(2025, 12, 31) - _START).days


def generate_article(index: int, seed: int = 0) -> GeneratedArticle:
    """Article ``index`` of the corpus of ``seed``: the same in every run."""
    rng = random.Random(f"analyst-benchmark-corpus:{seed}:{index}")
    published = _START + timedelta(days=rng.randrange(_SPAN_DAYS + 1))
    outlet, domain = rng.choice(OUTLETS)
    w = _Writer(rng, published, outlet)
    focus = rng.choice(_FOCUSES)
    kinds, cumulative = _FOCUS_TABLES[focus]
    used: set[tuple[str, int]] = set()

    def sentence(kind: str, roles: tuple[Leader, Leader, Leader] | None = None) -> str:
        templates = _CATEGORIES[kind]
        for _ in range(4):
            i = rng.randrange(len(templates))
            if (kind, i) not in used:
                break
        used.add((kind, i))
        return w.fill(templates[i], roles or w.roles())

    def body_sentence() -> str:
        return sentence(rng.choices(kinds, cum_weights=cumulative)[0])

    title = w.fill(rng.choice(HEADLINES[focus]), w.cast)
    w.mentioned.clear()  # the headline does not count as the first mention in the body

    n_paragraphs = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    has_byline = rng.random() < 0.3
    has_credit = rng.random() < 0.2
    has_closing = rng.random() < 0.5
    n_body = n_paragraphs - has_byline - has_credit - has_closing
    target = rng.randint(
        max(MIN_WORDS + 10, 30 * n_paragraphs), min(MAX_WORDS - 20, 85 * n_paragraphs)
    )
    per_paragraph = target / n_body

    body: list[list[str]] = []
    lead = [sentence(rng.choice(_FOCUS_LEAD[focus]), w.cast)]
    if rng.random() < 0.6:
        lead.append(body_sentence())
    body.append(lead)
    while len(body) < n_body:
        if rng.random() < 0.15:
            paragraph = [sentence("quote")]
        else:
            budget = per_paragraph * rng.uniform(0.7, 1.3)
            paragraph = [body_sentence()]
            words = _words(paragraph[0])
            while words < budget - 5 and len(paragraph) < 6:
                paragraph.append(body_sentence())
                words += _words(paragraph[-1])
        body.append(paragraph)

    byline = f"By {rng.choice(_PEOPLE)}" if has_byline else ""
    credit = (
        f"(Reporting by {rng.choice(_PEOPLE)}; editing by {rng.choice(_PEOPLE)})"
        if has_credit
        else ""
    )
    closing = sentence("closing") if has_closing else ""
    dateline = ""
    if rng.random() < 0.4:
        place = rng.choice((w.cast[0].capital, w.cast[1].capital)).upper()
        dash = rng.choice(("—", "-", "–"))
        dateline = f"{place}, {w.fmt_date(published, False)} ({outlet}) {dash} "

    total = sum(_words(s) for s in (byline, credit, closing)) + len(dateline.split())
    total += sum(_words(s) for p in body for s in p)
    while total > MAX_WORDS:
        longest = max(range(len(body)), key=lambda j: len(body[j]))
        if len(body[longest]) == 1:
            break
        total -= _words(body[longest].pop())
    while total < MIN_WORDS:
        extra = body_sentence()
        body[rng.randrange(1, len(body))].append(extra)
        total += _words(extra)

    paragraphs = [" ".join(p) for p in body]
    paragraphs[0] = dateline + paragraphs[0]
    paragraphs = [p for p in (byline, *paragraphs, closing, credit) if p]
    text = "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.5:
        text = _curly(text)
        title = _curly(title)

    name = f"article-{seed}-{index:05d}"
    url = f"https://{domain}/world/{published:%Y/%m/%d}/{_slug(title)}"
    return GeneratedArticle(name, text, published, title, outlet, url)


def generate_articles(n: int, seed: int = 0) -> list[GeneratedArticle]:
    """``n`` synthetic articles; article ``i`` depends only on ``seed`` and ``i``."""
    return [generate_article(i, seed) for i in range(n)]


def write_corpus(articles: Sequence[GeneratedArticle], out_dir: Path) -> None:
    """Writes ``NAME.txt`` and ``NAME.meta.json`` for each article into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (out_dir / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
        (out_dir / f"{article.name}.meta.json").write_text(
            json.dumps(article.meta(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus",
        description="Write synthetic diplomacy and trade articles as NAME.txt + NAME.meta.json.",
    )
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    articles = generate_articles(args.n, args.seed)
    generated = time.perf_counter() - started
    write_corpus(articles, args.out)
    words = sum(a.words for a in articles)
    print(
        f"wrote {len(articles)} articles ({words:,} words) to {args.out} "
        f"(generated in {generated:.2f} s, {time.perf_counter() - started:.2f} s in all)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
