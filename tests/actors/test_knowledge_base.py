"""The built-in actor knowledge base: size, speed, coverage, validation, matching rules."""

from __future__ import annotations

import pytest

from dotterel.actors.kb import KnowledgeBase, KnowledgeError, load_builtin


def terms(kb, phrase):
    return [(t.entity.kind, t.entity.country or t.entity.org or t.entity.code, t.function)
            for t in kb.lookup(phrase)]  # fmt: skip


def code_of(kb, nlp, text, day=None):
    import datetime as dt

    from dotterel.actors.resolve import Memory, SentenceActors

    doc = nlp(text)
    sa = SentenceActors(kb, doc, dt.date.fromisoformat(day) if day else None, Memory())
    return [(a.text, a.code) for s in doc.sents for a in sa.sentence_mentions(s)]


# -- validation: every bad entry names its file and line ------------------------------------
COUNTRIES = """\
- iso3: AAA
  name: Alphaland
  adjectives: [Alphan]
- iso3: BBB
  name: Betaland
"""


def _root(tmp_path, countries=COUNTRIES, orgs="[]\n", people=None, sectors="GOV: [government]\n"):
    (tmp_path / "countries.yaml").write_text(countries)
    (tmp_path / "organisations.yaml").write_text(orgs)
    (tmp_path / "sectors.yaml").write_text(sectors)
    if people is not None:
        (tmp_path / "people").mkdir()
        (tmp_path / "people" / "p.tsv").write_text(people)
    return tmp_path


HEADER = "name\taliases\tcountry\torg\tsector\trole\tstart\tend\n"


def test_knowledge_base_size(kb):
    # load time is measured by bench/kb_load.py (timing never decides a test)
    size = load_builtin().size
    assert size["countries"] >= 250 and size["organisations"] >= 800
    assert size["person_roles"] >= 1500 and size["people"] >= 1000
    assert size["regions"] >= 20 and size["sector_terms"] >= 900 and size["titles"] >= 200


def test_every_iso_country_and_the_disputed_ones(kb):
    import pycountry

    missing = {c.alpha_3 for c in pycountry.countries} - set(kb.countries)
    assert not missing
    for iso3, name in (("PSE", "Palestine"), ("XKX", "Kosovo"), ("TWN", "Taiwan"),
                       ("ESH", "Western Sahara")):  # fmt: skip
        assert ("country", iso3, "name") in terms(kb, name)


@pytest.mark.parametrize("phrase,expected", [
    ("Britain", ("country", "GBR", "name")), ("the UK", ("country", "GBR", "name")),
    ("U.K.", ("country", "GBR", "name")), ("U.S.", ("country", "USA", "name")),
    ("Russian", ("country", "RUS", "adjective")), ("Russians", ("country", "RUS", "people")),
    ("Kremlin", ("country", "RUS", "seat")), ("White House", ("country", "USA", "seat")),
    ("Pentagon", ("country", "USA", "military")), ("Downing Street", ("country", "GBR", "seat")),
    ("Tehran", ("country", "IRN", "capital")), ("Beijing", ("country", "CHN", "capital")),
    ("Latin America", ("region", "LAM", "name")), ("South American", ("region", "SAM", "adjective")),
    ("NATO", ("org", "NATO", "name")), ("al-Qaeda", ("org", "ALQAEDA", "name")),
])  # fmt: skip
def test_names_short_forms_adjectives_seats(kb, phrase, expected):
    got = terms(kb, phrase)
    if expected[0] == "org" and expected[1] == "ALQAEDA":
        assert any(k == "org" and f == "name" for k, _, f in got), got
    else:
        assert expected in got, got


def test_organisations_have_keys_and_cameo_codes(kb):
    for key, code in (("UN", "IGOUNO"), ("EU", "IGOEEU"), ("NATO", "IGONAT"), ("ISIS", "IMGISI")):
        assert kb.orgs[key].code == code
    for name in ("G7", "G20", "African Union", "ASEAN", "Arab League", "OPEC", "IAEA", "ICC",
                 "WHO", "IMF", "World Bank", "OSCE", "Amnesty International", "Human Rights Watch",
                 "Taliban", "Hezbollah", "Hamas", "al-Shabaab", "Boko Haram", "PKK", "Houthis"):  # fmt: skip
        assert any(k == "org" for k, _, _ in terms(kb, name)), name


def test_america_is_not_matched_inside_longer_names(kb, nlp):
    got = code_of(
        kb, nlp, "Leaders from Latin America and South America met Latin American diplomats."
    )
    assert ("Latin America", "LAM") in got and ("South America", "SAM") in got
    assert not any(c.startswith("USA") for _, c in got), got
    got = code_of(kb, nlp, "America warned Iran and American troops left.")
    assert ("America", "USA") in got and ("American troops", "USAMIL") in got


@pytest.mark.parametrize("text,absent", [
    ("Let us hope they tell us the truth.", "USA"),
    ("Who is it and what is it?", "IGOUNOWHO"),
    ("The pa said it was fine.", "PSEGOVPAU"),
    ("THE MARKET IS UP AND US STOCKS RALLIED TODAY", "IMGISI"),
])  # fmt: skip
def test_short_acronyms_need_capitals(kb, nlp, text, absent):
    assert not any(c.startswith(absent) for _, c in code_of(kb, nlp, text))


def test_short_acronyms_in_capitals_match(kb, nlp):
    got = dict(code_of(kb, nlp, "The US and the WHO criticised the PA."))
    assert (
        got.get("US") == "USA"
        and got.get("WHO") == "IGOUNOWHO"
        and got.get("PA", "").startswith("PSE")
    )


@pytest.mark.parametrize("kw,where,why", [
    ({"countries": COUNTRIES + "- iso3: AAA\n  name: Again\n"}, "countries.yaml:6", "listed twice"),
    ({"countries": COUNTRIES + "- iso3: CCC\n  name: Gammaland\n  adjectives: [Alphan]\n"},
     "countries.yaml:6", "already names Alphaland"),
    ({"countries": COUNTRIES + "- iso3: CCC\n  name: Gammaland\n  capitol: [X]\n"},
     "countries.yaml:6", "unknown key"),
    ({"countries": "- iso3: AAA\n  name: [unclosed\n"}, "countries.yaml:", "not valid YAML"),
    ({"countries": COUNTRIES + "- iso3: CCC\n  name: Gammaland\n  island: yes please\n"},
     "countries.yaml:6", "'island' must be true or false"),
    ({"countries": COUNTRIES + "- iso3: CCC\n  name: Gammaland\n  part_of: AAA\n"},
     "countries.yaml:6", "'part_of' must be a mapping"),
    ({"countries": COUNTRIES + "- iso3: CCC\n  name: Gammaland\n  part_of: {country: ZZZ, until: 2011}\n"},
     "countries.yaml:6", "unknown (or later-listed) country 'ZZZ'"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: igo1\n  sector: [IGO]\n  country: null\n"
              "  kind: igo\n  parent: null\n"}, "organisations.yaml:1", "upper-case"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: IGOX\n  sector: [ZZZ]\n  country: null\n"
              "  kind: igo\n  parent: null\n"}, "organisations.yaml:1", "unknown sector"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: IGOX\n  sector: [IGO]\n  country: null\n"
              "  kind: igo\n  parent: NOPE\n"}, "organisations.yaml:1", "parent"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: IGOX\n  sector: [IGO]\n  country: null\n"
              "  kind: igo\n  parent: null\n  local_names: [Xorg]\n"}, "organisations.yaml:1",
     "body of one country"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: AAAPTYX\n  sector: [PTY]\n  country: AAA\n"
              "  kind: party\n  parent: null\n  local_names: [Other]\n"}, "organisations.yaml:1",
     "among the name and names"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: IMGX\n  sector: [IMG]\n  country: null\n"
              "  kind: armed\n  parent: null\n  operates_in: [AAA]\n"}, "organisations.yaml:1",
     "for an affiliate"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: IMGX\n  sector: [IMG]\n  country: null\n"
              "  kind: armed\n  parent: null\n"
              "- key: XA\n  name: Xorg Alphaland\n  code: IMGXA\n  sector: [IMG]\n  country: null\n"
              "  kind: armed\n  parent: X\n  operates_in: [AAA, ZZZ]\n"}, "organisations.yaml:8",
     "'operates_in' of 'XA' lists ['ZZZ'], not in countries.yaml"),
    ({"orgs": "- key: X\n  name: Xorg\n  code: AAAREBX\n  sector: [REB]\n  country: AAA\n"
              "  kind: armed\n  parent: null\n  governs_since: August 2021\n"}, "organisations.yaml:1",
     "'governs_since' must be a date"),
    ({"people": HEADER + "Ann Example\t\tAAA\t\tGOV\tpresident\t2010-13-01\t\n"}, "p.tsv:2", "bad date"),
    ({"people": HEADER + "Ann Example\t\tAAA\t\tGOV\tpresident\t2012\t2010\n"}, "p.tsv:2", "before it starts"),
    ({"people": HEADER + "# comment\nAnn Example\t\tZZZ\t\tGOV\tpresident\t2012\t\n"}, "p.tsv:3",
     "not in countries.yaml"),
    ({"people": HEADER + "Ann Example\t\t\t\tGOV\tpresident\t2012\t\n"}, "p.tsv:2", "needs a country or an org"),
    ({"people": "name\tcountry\n"}, "p.tsv:1", "header"),
])  # fmt: skip
def test_bad_entries_are_reported_with_file_and_line(tmp_path, kw, where, why):
    root = _root(tmp_path, **kw)
    with pytest.raises(KnowledgeError) as e:
        load_builtin(KnowledgeBase(), root)
    msg = str(e.value)
    assert where in msg and why in msg, msg


@pytest.mark.parametrize("sector,nouns", [
    ("GOV", ["president", "minister", "spokesman", "ambassador", "envoy", "administration", "cabinet"]),
    ("LEG", ["parliament", "congress", "senators", "lawmakers"]),
    ("JUD", ["court", "judge", "prosecutor", "special counsel"]),
    ("MIL", ["army", "troops", "warplanes", "navy", "coalition forces"]),
    ("COP", ["police", "security forces"]), ("CVL", ["protesters", "civilians", "residents"]),
    ("MED", ["journalist"]), ("BUS", ["company"]), ("LAB", ["union"]), ("REL", ["cleric"]),
    ("EDU", ["students"]), ("REF", ["refugees"]),
])  # fmt: skip
def test_sector_nouns(kb, nlp, sector, nouns):
    from dotterel.actors.resolve import Memory, SentenceActors

    for noun in nouns:
        doc = nlp(f"The Kenyan {noun} said so.")
        sa = SentenceActors(kb, doc, None, Memory())
        got = [a.sector for s in doc.sents for a in sa.sentence_mentions(s)]
        assert got and sector in got[0], (noun, got)


def test_island_flags(kb):
    assert {"TWN", "CYP", "LKA", "CUB"} <= kb.islands and "RUS" not in kb.islands


def test_a_seceded_states_places_were_the_old_states_before_it(kb):
    from tests.helpers import mention_codes as codes
    from tests.helpers import mentions

    assert kb.part_of["SSD"][0] == "SDN"
    text = "Rebels shelled the southern town of Juba, and officials in Juba said twenty died."
    assert set(codes(mentions(kb, text, "1992-06-01"), "Juba")) <= {"SDN"}
    assert set(codes(mentions(kb, text, "2016-06-01"), "Juba")) <= {"SSD", "SSDGOV"}
    assert codes(mentions(kb, "Juba said the talks would resume.", "2016-06-01"), "Juba") == [
        "SSDGOV"
    ]
    assert codes(mentions(kb, "Juba said the talks would resume.", "1992-06-01"), "Juba") == ["SDN"]


def test_organisation_seats_must_be_capitals(tmp_path):
    orgs = ("- key: X\n  name: Xorg\n  code: IGOX\n  sector: [IGO]\n  country: null\n  kind: igo\n"
            "  parent: null\n  seats: [Nowhere]\n")  # fmt: skip
    with pytest.raises(KnowledgeError) as e:
        load_builtin(KnowledgeBase(), _root(tmp_path, orgs=orgs))
    assert "no capital" in str(e.value)


def test_the_eu_has_brussels_as_its_seat(kb):
    assert kb.org_seats[("brussels",)] == "EU"
