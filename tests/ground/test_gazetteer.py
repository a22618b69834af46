"""The offline gazetteer: cities, first-level divisions, country centres, the cache."""

from __future__ import annotations

import pickle

import pytest

from dotterel import where
from dotterel.where import division_variants, gazetteer


@pytest.fixture(scope="module")
def g():
    return gazetteer()


@pytest.mark.parametrize(
    "name,prefer,country,city",
    [
        ("Nairobi", set(), "KEN", "Nairobi"),
        ("Kiev", set(), "UKR", "Kyiv"),  # alternate spelling
        ("Kyiv", set(), "UKR", "Kyiv"),
        ("Paris", set(), "FRA", "Paris"),  # the most populous Paris
        ("Paris", {"USA"}, "USA", "Paris"),  # the article is about the United States
        ("Rome", set(), "ITA", "Rome"),  # not Lomé, whose alternate names include Rome
        ("São Paulo", set(), "BRA", "São Paulo"),
        ("Sao Paulo", set(), "BRA", "São Paulo"),  # accents folded
        ("Tehran", set(), "IRN", "Tehran"),
    ],
)
def test_cities(g, name, prefer, country, city):
    c = g.city(name, prefer)
    assert c is not None and (c.country, c.name) == (country, city)
    assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180


def test_unknown_city(g):
    assert g.city("Lobonok") is None


@pytest.mark.parametrize(
    "name,prefer,explicit,country,code",
    [
        ("Saada", set(), False, "YEM", "YE-SD"),
        ("Saada Governorate", set(), False, "YEM", "YE-SD"),
        ("Al Jazirah", set(), False, "SDN", "SD-GZ"),
        ("Gezira", set(), False, "SDN", "SD-GZ"),  # pycountry's spelling, same ISO code
        ("Crimea", set(), False, "UKR", "UA-43"),
        ("Tigray", set(), False, "ETH", "ET-TI"),
        ("Rakhine", set(), False, "MMR", "MM-16"),
        ("Texas", set(), False, "USA", "US-TX"),
        ("Niger", set(), True, "NGA", "NG-NI"),  # "Niger State"
    ],
)
def test_divisions(g, name, prefer, explicit, country, code):
    d = g.division(name, prefer, explicit=explicit)
    assert d is not None and (d.country, d.code) == (country, code)


def test_division_names_that_are_countries_or_common_words_need_a_division_word(g):
    assert g.division("Niger") is None  # the country
    assert g.division("Delta") is None  # an everyday word
    assert g.division("Delta", {"NGA"}).country == "NGA"  # in a story about Nigeria


def test_everyday_geographic_words_are_no_division_outside_their_country(g):
    # "Gulf", "North East", "West Coast": common nouns first, divisions only in their story
    # or with the kind word in the name itself ("Gulf Province"), not merely near it
    assert g.division("Gulf") is None
    assert g.division("Gulf", explicit=True) is None  # "the Gulf region"
    assert g.division("Gulf", explicit=True, kind_named=True).country == "PNG"
    assert g.division("Gulf", {"PNG"}).country == "PNG"
    assert g.division("North East") is None and g.division("Upper West") is None
    assert g.division("Delta", explicit=True, kind_named=True).country == "NGA"  # "Delta State"
    assert g.division("Saada").country == "YEM"  # a proper name is unaffected


def test_division_variants():
    assert "saada" in division_variants("Saada Governorate")
    assert "jazirah" in division_variants("Al Jazirah")
    assert "crimea" in division_variants("Autonomous Republic of Crimea")
    assert "kharkiv" in division_variants("Kharkivs'ka oblast")


def test_country_centres(g):
    lat, lon = g.country_centre("YEM")
    assert 12 < lat < 19 and 42 < lon < 54
    assert g.country_centre("XKX") is not None and g.country_centre("PSE") is not None
    assert g.country_of_name("Kenya") == "KEN"


def test_places(g):
    p = where.city_place(g.city("Nairobi"), "Nairobi")
    assert (p.feature, p.geonameid, p.country) == ("city", 184745, "KEN")
    p = where.country_place("Yemen", "YEM")
    assert (p.feature, p.geonameid) == ("country", None) and p.lat is not None
    p = where.division_place(g.division("Saada"), "Saada")
    assert (p.feature, p.country) == ("admin1", "YEM")


def test_index_is_cached_and_loaded_from_the_cache(tmp_path, monkeypatch):
    """The first process builds the index and writes it to the cache; later ones load it
    without building it again (how fast that is belongs to bench/, not to a test)."""
    monkeypatch.setenv("DOTTEREL_CACHE", str(tmp_path))
    data = where._load_index()
    files = list(tmp_path.glob("gazetteer_*.pickle"))
    assert len(files) == 1

    def no_rebuild():
        raise AssertionError("the cached index was built again")

    monkeypatch.setattr(where, "build_index", no_rebuild)
    again = where._load_index()
    assert again["countries"] == data["countries"]
    with open(files[0], "rb") as fh:
        assert pickle.load(fh)["city_names"]["nairobi"]


def test_unreadable_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DOTTEREL_CACHE", str(tmp_path))
    path = tmp_path / f"gazetteer_{where._sources_key()}.pickle"
    path.write_bytes(b"not a pickle")
    data = where._load_index()
    assert "nairobi" in data["city_names"]
