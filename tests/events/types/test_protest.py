"""Event type PROTEST: demonstrations, strikes, boycotts and riots: patterns, their doers and
targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _events_2024_05_01,
    _events_2025_05_05,
    _events_2025_06_26,
    _keys,
    found_2019_02_20,
    found_2024_05_15,
    found_2026_06_12,
    found_2026_11_25,
    one,
    types,
)
from tests.helpers import _events_2025_05_05_2 as _events
from tests.helpers import coded_2021_05_12 as coded


def _types(coder, text):
    return [e.type for e in coder.code(text, published="2024-05-02")]


PUB = "2021-03-09"
found = finder(PUB)


def test_a_march_through_a_place_to_protest_against_a_foreign_act_addresses_its_doer(coder):
    """ "marched through Qamishli to protest against the Turkish strike": the purpose clause
    says whom the march addresses (the strike's doer), not the government of the town marched
    through (the domestic convention); a march against a bill is still the government's."""
    for text, want in (
        ("Thousands of Syrian Kurds marched through Qamishli on Wednesday to protest against "
         "the Turkish strike.", {"TUR"}),
        ("Hundreds of Greeks rallied in Athens on Sunday to protest over Turkey's incursion.",
         {"TUR"}),
        ("Thousands of Kenyans marched through Nairobi on Tuesday to protest against the "
         "finance bill.", {"KEN"}),
    ):  # fmt: skip
        evs = found(coder, text, "PROTEST")
        assert evs and keys(evs[0]["target"]) == want, (text, evs)


def test_strike_noun_under_consider_is_a_possible_strike(coder):
    evs = _events_2024_05_01(coder, "The workers are considering a strike.")
    got = [e for e in evs if e["type"] == "PROTEST" and e["cameo"] == "143"]
    assert got and got[0]["modality"] == "possible"


def test_supporters_storming_congress_riot_against_the_institutions(coder):
    e = found_2026_06_12(
        coder,
        "Thousands of supporters of the former president stormed Congress, the Supreme Court"
        " and the presidential palace in Brasilia.",
        "PROTEST",
    )
    assert e and e[0]["cameo"] == "145", e
    assert "BRAGOV" in codes(e[0]["target"]), e


def test_violence_by_demonstrators_is_a_riot(coder):
    e = one(
        coder, "Masked protesters set cars on fire and looted shops in Lyon on Saturday.", "PROTEST"
    )
    assert (
        e["cameo"] == "145"
        and codes(e["source"]) == ["FRACVL"]
        and codes(e["target"]) == ["FRAGOV"]
    )
    assert not [
        x
        for x in coded(coder, "Masked protesters set cars on fire in Lyon on Saturday.")
        if x[0] == "ASSAULT"
    ]
    e = one(coder, "Protesters and police fought running battles across Lyon.", "PROTEST")
    assert codes(e["source"]) == ["FRACVL"]
    e = one(
        coder, "Protesters attacked police officers in Lyon.", "ASSAULT"
    )  # a named target: an assault
    assert codes(e["target"]) == ["FRACOP"]


def test_a_marchs_second_participle_demand_is_no_request_of_its_own(coder):
    text = (
        "Several hundred Sri Lankan opposition supporters marched towards the Indian High "
        "Commission on Wednesday, accusing the government of selling the country and demanding "
        "that the defence agreement be published."
    )
    evs = events_of(coder, text, "2026-10-08")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_a_rally_s_demand_after_another_participle_is_no_request_of_its_own(coder):
    # "demanding" is the conjunct of "waving", the participle that hangs on "rallied"
    text = ("Several thousand Croats rallied in the centre of Mostar on Saturday, waving flags "
            "and demanding that the federal police leave the town.")  # fmt: skip
    evs = events_of(coder, text, "2026-03-04")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_bus_and_tram_drivers_on_strike_are_labour(coder):
    text = (
        "RIGA (Reuters) - Bus, tram and train drivers in Riga went on a one-day strike on Monday."
    )
    evs = found_2026_11_25(coder, text, "PROTEST")
    assert evs and evs[0]["source"][0]["code"] == "LVALAB", evs


def test_leading_a_demonstration_is_the_demonstration(coder):
    evs = _events(coder, "ACCRA - The union official led a sit-in at the port on Monday.")
    assert [(e["type"], _keys(e["source"])) for e in evs] == [("PROTEST", {"GHALAB"})], evs
    evs = _events(coder, "ACCRA - Opposition leader Ama Boateng led a rally against the tax plan.")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_an_army_led_on_the_march_is_no_demonstration(coder):
    evs = _events(coder, "The general led a march of troops into the city on Sunday.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_a_protest_broken_up_by_police_took_place(coder):
    evs = _events_2025_05_05(
        coder, "Police broke up a protest by opposition supporters in Harare on Sunday."
    )
    assert sorted(e["type"] for e in evs) == ["ASSAULT", "PROTEST"], evs
    prot = [e for e in evs if e["type"] == "PROTEST"][0]
    assert set(codes(prot["source"])) == {"ZWEOPP"}
    # a march banned is no march held
    evs = _events_2025_05_05(
        coder, "Police banned a march by opposition supporters planned for Sunday."
    )
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_a_while_clause_with_its_own_subject_is_no_purpose_of_the_act(coder):
    # "called a strike, while the embassy urged ...": the embassy's appeal is its own act,
    # not the strike's demand folded into it
    evs = _events_2025_06_26(
        coder,
        "Zambia's teachers' union called a strike on Monday, while the British embassy in "
        "Lusaka urged the Zambian government to free the detained teachers.",
    )
    assert {e["type"] for e in evs} == {"PROTEST", "REQUEST"}, evs
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert codes(req["source"])[0].startswith("GBR"), req
    # a purpose with no subject of its own still belongs to the act
    evs = _events_2025_06_26(
        coder, "Zambian teachers marched to parliament in Lusaka on Monday to demand higher pay."
    )
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_a_demand_after_protests_named_in_a_phrase_is_not_their_purpose(coder):
    # the protests are only named ("any role in the protests"): the appeal the clause goes
    # on to make is the State Department's own, not the protesters' demand folded in
    evs = _events_2025_06_26(
        coder,
        "The U.S. State Department denied any role in the protests and called on Havana to "
        "free those detained.",
    )
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and codes(req[0]["source"])[0].startswith("USA"), evs
    assert codes(req[0]["target"])[0].startswith("CUB"), evs
    # protests the clause's doer staged do take in the demand coordinated with them
    evs = _events_2025_06_26(coder, "Zambian teachers staged protests and demanded higher pay.")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_workers_launching_a_wildcat_strike_protest(coder):
    assert "PROTEST" in _types(coder, "Bus drivers in Ostrava launched a wildcat strike.")


def test_soldiers_launching_a_strike_is_no_labour_strike(coder):
    assert "PROTEST" not in _types(coder, "Soldiers launched a wildcat strike.")


@pytest.mark.parametrize("text, typ", [
    ("Thousands of opposition supporters rallied in the capital against the election result.", "PROTEST"),
    ("Russia has recognised the independence of Abkhazia.", "SUPPORT"),
    ("Iran declared war on Iraq in 1980.", "THREATEN"),
    ("The Chinese dissident sought refuge in the US embassy in Beijing.", "REQUEST"),
    ("The United States helped Ukraine with weapons and money.", "AID"),
])  # fmt: skip
def test_the_political_uses_stay(coder, text, typ):
    assert typ in types(coder, text), (text, types(coder, text))


@pytest.mark.parametrize("text", [
    "Protests erupted in Lusaka on Monday.",
    "Police in Zambia fired tear gas in Lusaka on Wednesday as demonstrations against new fuel taxes spread to six provinces.",
])  # fmt: skip
def test_protests_spreading_are_the_publics(coder, text):
    e = found_2019_02_20(coder, text, "PROTEST")
    assert e and e[0]["source"][0]["code"] == "ZMBCVL", text


def test_protests_named_without_spreading_give_no_sourceless_protest(coder):
    assert not found_2019_02_20(
        coder, "The minister discussed the protests with reporters in Lusaka.", "PROTEST"
    )


@pytest.mark.parametrize("text", [
    "Ghana protests after Togolese police detain fishermen.",
    "The Ghanaian government protested against the arrest of its nationals in Togo.",
])  # fmt: skip
def test_a_state_protesting_is_an_official_complaint(coder, text):
    assert "PROTEST" not in types(coder, text), text
    acc = found_2019_02_20(coder, text, "ACCUSE")
    assert acc and acc[0]["cameo"] == "114", text
    assert not any(t["code"].startswith("GHA") for t in acc[0]["target"]), text


def test_people_of_a_state_protesting_still_demonstrate(coder):
    e = found_2019_02_20(
        coder, "Ghanaians protested in Accra on Monday against the new tax.", "PROTEST"
    )
    assert e and e[0]["source"][0]["code"] == "GHACVL"


@pytest.mark.parametrize("text,src", [
    ("About 200 Peruvian prisoners on hunger strike refused medical care on Friday.", "PERCVL"),
    ("A Peruvian dissident jailed on hunger strike asked his lawyer to appeal.", "PEROPP"),
    ("Peruvian activist Rosa Quispe was arrested while on hunger strike.", "PEROPP"),
    ("A former Peruvian congressman, kept in custody while on hunger strike over his conviction, "
     "was sent home on Monday.", "PERELI"),
])  # fmt: skip
def test_being_on_hunger_strike_is_a_hunger_strike(coder, text, src):
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], codes(e["source"])) for e in evs] == [("hunger", [src])], evs


@pytest.mark.parametrize("text,modality", [
    ("More than 2,000 Chilean dockers have been on strike since April over pay.", "asserted"),
    ("At least 30,000 Chilean nurses would be on strike on Monday, their union said.", "planned"),
    ("With hundreds of Chilean teachers on strike, the schools in Valparaiso stayed shut.", "asserted"),
])  # fmt: skip
def test_workers_on_strike_strike(coder, text, modality):
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], e["modality"]) for e in evs] == [("strike", modality)], evs


@pytest.mark.parametrize("text", [
    "Chilean copper miners voted in favour of a strike on Tuesday.",
    "Chilean copper miners voted for a strike on Tuesday.",
    "The Bolivian teachers' union has called a two-day stoppage in all state schools.",
])  # fmt: skip
def test_voting_for_or_calling_a_stoppage_is_a_strike(coder, text):
    evs = found(coder, text, "PROTEST")
    assert [e["mode"] for e in evs] == ["strike"], evs
    assert not found(coder, text, "SUPPORT") and not found(coder, text, "REQUEST")


def test_rioters_looting_local_stores_riot(coder):
    text = "A group of rioters in Valparaiso began looting local stores on Sunday night."
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], codes(e["target"])) for e in evs] == [("riot", ["CHLGOV"])], evs
    assert not found(coder, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Bolivian police put down the riot in Sucre on Friday.",
    "Bolivian soldiers crushed the riots in the mining towns.",
])  # fmt: skip
def test_putting_down_a_riot_is_repression_not_a_riot_by_the_police(coder, text):
    assert not found(coder, text, "PROTEST")
    evs = found(coder, text, "ASSAULT")
    assert [e["cameo"] for e in evs] == ["175"], evs


def test_a_diplomatic_protest_is_no_demonstration(coder):
    text = "Zambia summoned Malawi's ambassador on Friday to protest against the arrest of two Zambian traders."
    assert found_2024_05_15(coder, text, "ACCUSE") and not found_2024_05_15(coder, text, "PROTEST")


def test_people_gathering_to_protest_still_protest(coder):
    assert found_2024_05_15(
        coder, "Thousands of farmers gathered in Delhi to protest against the new laws.", "PROTEST"
    )


@pytest.mark.parametrize("text, country", [
    ("Georgia passed a law on foreign agents in May, prompting weeks of protests.", "GEO"),
    ("The fuel price rise in Lagos sparked protests.", "NGA"),
])  # fmt: skip
def test_protests_set_off_are_the_publics(coder, text, country):
    e = found_2024_05_15(coder, text, "PROTEST")
    assert e and keys(e[0]["source"]) == {country}, e


def test_people_protested_after_a_comma_is_a_protest_of_those_people(coder):
    text = ("A Kyrgyz opposition lawmaker criticised the talks, and several hundred people protested outside "
            "the government building in Bishkek on Sunday evening demanding the resignation of the interior minister.")  # fmt: skip
    e = found_2024_05_15(coder, text, "PROTEST")
    assert e and keys(e[0]["source"]) == {"KGZ"} and "GOV" in e[0]["target"][0]["sector"], e
    assert not found_2024_05_15(coder, text, "REQUEST"), (
        "the protesters' demand is no separate request"
    )


def test_joining_demonstrators_in_a_demand_is_no_separate_request(coder):
    """Joining the demonstrators in demanding something is taking part in their protest; the
    protesters' demand is no separate request, a state joining another in one is."""
    text = (
        "Bolivian inmates joined thousands of demonstrators in demanding the release of the "
        "opposition leader."
    )
    assert not found_2024_05_15(coder, text, "REQUEST")
    e = found_2024_05_15(
        coder, "Kenya joined Uganda in demanding the release of the hostages.", "REQUEST"
    )
    assert e and keys(e[0]["source"]) == {"KEN"}, e


def test_people_gathered_at_a_seat_of_power_demonstrate_at_it(coder):
    # a crowd of people with no word of their trade, gathered outside the government office
    # (not the party offices told before: "government" says whose office it is)
    text = ("Czech police searched the offices of the opposition Civic Union party in Brno on "
            "Wednesday. Thousands of people gathered outside the government office in Prague on "
            "Wednesday evening.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2027-02-04") if e["type"] == "PROTEST"]
    assert [(e["cameo"], codes(e["target"])) for e in evs] == [("141", ["CZEGOV"])], evs
    # people waiting at a hospital are no demonstration
    text = "Hundreds of people gathered at the hospital in Gaza to wait for news."
    assert not [e for e in events_of(coder, text, "2027-02-04") if e["type"] == "PROTEST"]


def test_leading_a_march_through_or_to_a_place_is_a_protest(coder):
    # the leader's side marches, as "marched through the capital" is a protest
    for text in (
        "Opposition leader Raila Odinga led a march through Nairobi on Tuesday.",
        "The cleric led a march through the capital on Friday.",
    ):
        pr = found_2024_05_15(coder, text, "PROTEST")
        assert pr and pr[0]["cameo"] == "141", text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered outside the court in Nairobi on Monday to hear the verdict.",
        "Thousands of people gathered outside the royal palace in Bangkok to celebrate the king's birthday.",
        "Dozens of Kenyan activists gathered outside the parliament to welcome the freed lawmakers.",
    ],
)
def test_a_crowd_gathered_for_another_end_is_no_demonstration(coder, text):
    # onlookers, well-wishers: the purpose clause says why they came (not "to demand ...")
    assert not [e for e in events_of(coder, text, "2027-02-04") if e["type"] == "PROTEST"]


def test_a_protest_movement_named_as_a_group_is_no_protest(coder):
    # a movement is those who protest, not a protest held (invented sentence)
    text = (
        "In March 2019 Spain's foreign minister met leaders of Portugal's teachers' protest "
        "movement in Lisbon."
    )
    assert not [e for e in events_of(coder, text, "2026-11-28") if e["type"] == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "src"),
    [
        ("Police fired tear gas on Tuesday to break up a rally by about 400 students demanding "
         "lower fees in Dhaka.", "BGDEDU"),
        ("Riot police used water cannon in Tbilisi on Sunday to disperse thousands of people who "
         "had gathered outside parliament.", "GEOCVL"),
        ("Togolese police fired tear gas in Lome on Monday to disperse hundreds of demonstrators "
         "outside the electoral commission.", "TGOCVL"),
    ],
)  # fmt: skip
def test_a_gathering_the_police_dispersed_is_a_demonstration(coder, text, src):
    # gold/CODING.md: a demonstration is PROTEST; the rally or crowd the police broke up was
    # one, by those dispersed, at their government
    evs = found(coder, text, "PROTEST")
    assert [(codes(e["source"]), codes(e["target"]), e["modality"]) for e in evs] == [
        ([src], [src[:3] + "GOV"], "asserted")
    ], evs


def test_a_dispersed_crowd_told_protesting_before_is_no_second_protest(coder):
    text = ("Thousands of students marched on parliament in Dhaka on Monday.\n\n"
            "Police fired tear gas to break up the march.")  # fmt: skip
    assert len(found(coder, text, "PROTEST")) == 1
    # people dispersed who are not told as a gathering of protest give none
    text = "Police fired tear gas in Dhaka on Monday to disperse several hundred people."
    assert found(coder, text, "PROTEST") == []


def test_protesters_after_a_groups_march_are_that_group(coder):
    # gold/CODING.md codes the crowd of a group's march as that group throughout: "some
    # protesters" who riot after the opposition's supporters marched are the opposition
    text = ("Ugandan police fired tear gas at several hundred opposition supporters who tried to "
            "march towards parliament in Kampala on Tuesday. Some protesters threw stones at "
            "officers.")  # fmt: skip
    riots = [e for e in found(coder, text, "PROTEST") if e["cameo"] == "145"]
    assert [codes(e["source"]) for e in riots] == [["UGAOPP"]], riots
    # after a labour strike (no crowd of a group told), protesters are anyone
    text = ("Bulgarian bus drivers went on a 24-hour strike in Sofia on Tuesday. Later a group of "
            "protesters threw stones at the finance ministry.")  # fmt: skip
    riots = [e for e in found(coder, text, "PROTEST") if e["cameo"] == "145"]
    assert [codes(e["source"]) for e in riots] == [["BGRCVL"]], riots
    # marchers told in another city are that city's, not the group's of the first
    text = ("Hundreds of Peruvian farmers blocked roads in Cusco on Monday. The farmers demand "
            "lower fertilizer prices. Separately, in Lima, marchers threw stones at the "
            "congress building on Tuesday.")  # fmt: skip
    riots = [e for e in found(coder, text, "PROTEST") if e["cameo"] == "145"]
    assert [codes(e["source"]) for e in riots] == [["PERCVL"]], riots


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police fired tear gas to disperse football fans who had gathered outside the "
        "stadium in Nairobi.",
        "Afghan police broke up a wedding gathering in Kabul on Monday.",
        "Pakistani police dispersed mourners who had gathered for the funeral in Karachi.",
        "Indian police dispersed pilgrims who had massed at the temple gate.",
    ],
)
def test_a_crowd_gathered_for_sport_worship_or_a_feast_dispersed_is_no_demonstration(coder, text):
    # fans, mourners, pilgrims or wedding guests the police broke up were not demonstrating
    # unless they are named as protesters
    assert found(coder, text, "PROTEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Srinagar fired tear gas on Friday to break up a protest rally after the "
        "funeral of a militant commander.",
        "Riot police in Nairobi dispersed a rally against the ban on a music festival on Saturday.",
    ],
)
def test_a_rally_dispersed_is_a_demonstration_though_its_sentence_tells_a_feast(coder, text):
    # a protest noun names a demonstration by itself: the funeral or festival it follows or
    # opposes does not make it a crowd of mourners or revellers
    assert [e["cameo"] for e in found(coder, text, "PROTEST")] == ["141"]


def test_people_marching_in_a_named_place_are_demonstrating(coder):
    # `march in|along|... T!` with subject [people, hundreds, ...]: no goal, a place
    for text, who in (
        ("Thousands of people marched in Minsk on Sunday.", "BLR"),
        ("Hundreds marched in Havana on Sunday.", "CUB"),
    ):
        pr = [e for e in events_of(coder, text) if e["type"] == "PROTEST"]
        assert pr and pr[0]["cameo"] == "141" and keys(pr[0]["source"]) == {who}, events_of(
            coder, text
        )
    text = "Hundreds of people marched in the parade on Sunday."
    assert not [e for e in events_of(coder, text) if e["type"] == "PROTEST"], text
