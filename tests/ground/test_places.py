"""Places of events: the place phrase of the event's clause, the story's country, carried
places, places that are no actors (invented sentences)."""

from __future__ import annotations

from dotterel import ground
from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _country,
    event,
    found_2024_05_02,
    found_2026_03_06,
    found_2026_11_10,
    found_2026_11_19,
    found_2026_11_25,
    found_2026_11_30,
    found_2026_12_10,
    one,
)

DAY = "2026-10-01"
found = finder(DAY)


def where(parse, text, word, type_="ASSAULT", mode=None, countries=(), dateline=None, nth=0):
    doc, sa = parse(text, dateline)
    cand = event(doc, word, type_, mode=mode, nth=nth)
    return ground.find_location(cand, sa, set(countries))


def test_a_place_in_the_clause_the_event_governs_places_it(coder):
    text = ("LA PAZ (Reuters) - Bolivia and Chile agreed on Monday to share border data.\n\n"
            "Bolivia has sent 80 firefighters to help Chile contain forest fires in the "
            "Valparaiso region, the ministry said.")  # fmt: skip
    aid = found(coder, text, "AID")
    assert aid and _country(aid[0]) == "CHL", aid


def test_a_township_of_a_region_places_a_strike_and_its_victims(coder):
    text = ("BANGKOK - Thai officials said on Tuesday they were ready to host talks.\n\n"
            "On Monday a military jet bombed a school in Magway region's Pauk township, killing "
            "12 people.")  # fmt: skip
    hit = found(coder, text, "ASSAULT")
    assert hit and _country(hit[0]) == "MMR", hit
    assert all(a["country"] != "THA" for a in hit[0]["target"]), hit


def test_a_brokered_talks_participle_takes_the_talks_time_and_place(coder):
    e = one(
        coder,
        "Qatar-brokered talks in Doha last March ended without a deal.",
        "CONSULT",
        "2019-08-21",
    )
    assert (e["cameo"], e["date"]["start"], e["date"]["end"], e["location"]["country"]) == (
        "045",
        "2019-03-01",
        "2019-03-31",
        "QAT",
    )


def test_an_agreement_at_talks_is_placed_at_the_talks_not_where_the_truce_applies(coder):
    text = (
        "At Norwegian-mediated talks in Oslo last November, Colombia and the FARC agreed to a truce in the "
        "province of Cauca."
    )
    for typ in ("CONSULT", "CONCEDE"):
        e = one(coder, text, typ, "2019-08-21")
        assert (e["date"]["start"], e["location"]["name"]) == ("2018-11-01", "Oslo"), (
            typ,
            e["location"],
        )


def test_a_later_mention_names_the_place_of_a_visit_more_closely(coder):
    e = one(
        coder,
        "Prime Minister Narendra Modi will travel to Nepal next week. In Kathmandu he will meet "
        "Nepali leaders.",
        "CONSULT",
        "2019-03-14",
    )
    assert (e["location"]["name"], len(e["mentions"])) == ("Kathmandu", 2)


def test_a_fronted_capital_gives_an_unqualified_ministry_its_country(coder):
    text = (
        "NAIROBI, March 6 - Kenyan police fired tear gas at opposition marchers on Wednesday. "
        "In Washington, the Treasury Department on Thursday imposed sanctions on two Kenyan "
        "police commanders."
    )
    evs = found_2026_03_06(coder, text, "SANCTION")
    assert evs and codes(evs[0]["source"])[0].startswith("USA"), evs
    text = (
        "BAMAKO, March 6 - Mali's junta expelled a French journalist on Tuesday. "
        "In Paris, the foreign ministry condemned the expulsion."
    )
    evs = found_2026_03_06(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"])[0].startswith("FRA"), evs


def test_a_capital_named_later_in_the_sentence_moves_nothing(coder):
    # the capital is where the act is aimed, not a scene opened before the clause
    text = (
        "NAIROBI, March 6 - Kenyan police fired tear gas at opposition marchers on Wednesday. "
        "The interior ministry said on Thursday it would send a delegation to Washington."
    )
    evs = [
        e for e in found_2026_03_06(coder, text, "CONSULT") + found_2026_03_06(coder, text, "AGREE")
    ]
    assert evs and all(codes(e["source"])[0].startswith("KEN") for e in evs), evs


def test_a_place_someone_left_for_is_not_where_others_acted(coder):
    text = ("Bolivia's president said in La Paz on Monday the campaign would go on. Security forces "
            "detained hundreds of people after the vote, and the opposition leader left for exile "
            "in Brazil days after a court issued a warrant for his arrest.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-01") if e["type"] == "COERCE"]
    assert evs, evs
    assert all(a["country"] != "BRA" for e in evs for a in e["source"]), evs


def test_wanted_abroad_is_not_the_place_of_the_arrests(coder):
    text = ("Mexico's security minister flew to Culiacan on Tuesday. He said 32 suspects had been "
            "arrested in the state since the beginning of September, and that eight of them were "
            "wanted in the United States.")  # fmt: skip
    e = found(coder, text, "COERCE", "2026-09-24")
    assert e and keys(e[0]["source"]) == {"MEX"}, e


def test_a_small_foreign_town_met_through_another_spelling_is_no_place(coder):
    # the gazetteer knows a small Jordanian town spelt otherwise, not the Somali one
    text = (
        "MOGADISHU - Somali troops recaptured the village of Mahas in Hiiraan region on "
        "Sunday, the army said."
    )
    evs = found_2026_11_10(coder, text, "ASSAULT")
    assert evs and all((e["location"] or {}).get("country") in (None, "SOM") for e in evs), evs


def test_a_village_named_like_a_large_foreign_city_is_no_place_of_that_country(coder):
    # "Okalenda" is also a spelling of Auckland in the gazetteer: a village is none of its
    # cities, and the soldiers and villagers are not New Zealand's
    text = (
        "BANGUI, Nov 10 (Reuters) - Central African soldiers fired on farmers in the village "
        "of Okalenda on Sunday, the farmers' union said. Villagers said the soldiers later "
        "burned houses in the settlement of Okalenda."
    )
    evs = [e for e in events_of(coder, text, "2026-11-10") if e["type"] == "ASSAULT"]
    assert evs, evs
    for e in evs:
        assert (e["location"] or {}).get("country") in (None, "CAF"), e
        assert not any(c.startswith("NZL") for c in codes(e["source"]) + codes(e["target"])), e


def test_a_verdict_with_no_place_is_given_in_the_story_country(coder):
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian court on Tuesday convicted a former state "
        "minister of fraud and sentenced him to nine years in prison."
    )
    evs = found_2026_11_10(coder, text, "SANCTION")
    assert evs and evs[0]["location"]["country"] == "NGA", evs
    # a foreign court's verdict told in the story is not placed there
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian minister condemned the verdict. A Dutch court "
        "on Monday convicted two Nigerian traders of smuggling."
    )
    evs = [
        e
        for e in found_2026_11_10(coder, text, "SANCTION")
        if codes(e["source"])[0].startswith("NLD")
    ]
    assert evs and (evs[0]["location"] or {}).get("country") != "NGA", evs


def test_districts_news_names_are_places_of_their_country(coder):
    for district in ("Kalbajar", "Aghdam", "Zangilan"):
        text = (
            f"Armenian troops fired on Azerbaijani army posts in the {district} district overnight."
        )
        evs = [e for e in events_of(coder, text, "2026-11-19") if e["location"]]
        assert evs and all(e["location"]["country"] == "AZE" for e in evs), (district, evs)
    # Nairobi's informal settlements are Kenyan places
    text = "At least one man was shot dead by police in the Mathare area of the capital on Tuesday."
    evs = found_2026_11_19(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "KEN", evs


def test_a_claimed_shoal_is_placed_at_sea_with_no_country(coder):
    text = "Chinese coast guard ships rammed a Philippine patrol boat near Scarborough Shoal on Monday."
    evs = found_2026_11_25(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["name"] == "Scarborough Shoal", evs
    assert evs[0]["location"]["country"] is None, evs


def test_the_end_of_a_longer_place_name_is_not_a_town_abroad(coder):
    text = "Honduras sent 300 soldiers to the Playa del Colorado area on Tuesday."
    evs = found_2026_11_30(coder, text, "MOBILIZE", "2026-11-26")
    assert evs, evs
    loc = evs[0]["location"]
    assert loc is None or loc["country"] in (None, "HND"), loc


def test_the_place_a_deal_was_signed_is_not_carried_to_fighting(coder):
    text = (
        "PORT SUDAN, June 3 - Sudan's army and the RSF signed a truce agreement in Jeddah on "
        "Saturday. By Sunday the two sides were fighting again."
    )
    evs = found_2026_12_10(coder, text, "ASSAULT")
    assert evs, evs
    # not fought in Jeddah, nor against Saudi Arabia, the place's country
    assert all((e["location"] or {}).get("name") != "Jeddah" for e in evs), evs
    assert all("SAU" not in codes(e["target"]) for e in evs), evs


def test_city_in_the_clause(parse):
    p = where(parse, "Police fired tear gas at protesters in Nairobi on Wednesday.", "fired")
    assert (p.name, p.country, p.feature) == ("Nairobi", "KEN", "city")
    assert p.lat is not None and p.geonameid == 184745


def test_region_of_a_country_is_the_country_at_country_precision(parse):
    p = where(parse, "An air strike hit a crowded market in northern Yemen on Tuesday.", "hit")
    assert (p.country, p.feature, p.geonameid) == ("YEM", "country", None)
    assert p.lat is not None  # the country's centre point


def test_visit_destination(parse):
    p = where(parse, "Pompeo will travel to Seoul next week.", "travel", "CONSULT", mode="visit")
    assert (p.name, p.country) == ("Seoul", "KOR")


def test_destination_is_no_place_for_a_statement(parse):
    assert where(parse, "The minister wrote to Seoul on Monday.", "wrote", "REQUEST") is None


def test_a_place_that_stands_for_a_government_is_not_a_location(parse):
    assert where(parse, "Moscow said it would respond.", "respond", "THREATEN") is None


def test_paris_texas_only_when_the_text_says_so(parse):
    assert (
        where(parse, "Police arrested a man in Paris on Monday.", "arrested", "COERCE").country
        == "FRA"
    )
    assert (
        where(
            parse, "Police arrested a man in Paris, Texas, on Monday.", "arrested", "COERCE"
        ).country
        == "USA"
    )


def test_a_capitals_namesake_in_a_named_province_is_that_provinces_town(coder):
    """A town named like a foreign capital is placed by the province the text puts it in,
    and the unnamed police who act there are that country's."""
    text = ("LIMA, June 3 (Reuters) - Peru's government declared a state of emergency.\n\n"
            "Police fired tear gas on Tuesday to clear a road near the town of Santiago in "
            "Veraguas province.")  # fmt: skip
    e = one(coder, text, "ASSAULT")
    assert e["location"]["country"] == "PAN" and keys(e["source"]) == {"PAN"}, e


def test_the_gulf_is_no_province_of_a_country_the_story_never_names(parse):
    text = "Naval boats seized the crew of an oil tanker in the Gulf on Sunday."
    p = where(parse, text, "seized", "COERCE")
    assert p is None or p.country != "PNG"
    p = where(parse, "Flooding cut off villages in Gulf Province on Sunday.", "cut", "COERCE")
    assert p is not None and (p.country, p.feature) == ("PNG", "admin1")


def test_article_countries_disambiguate(parse):
    p = where(
        parse, "Police arrested a man in Paris on Monday.", "arrested", "COERCE", countries={"USA"}
    )
    assert p.country == "USA"


def test_first_level_division(parse):
    p = where(
        parse,
        "Security forces arrested two activists in the western state of Barinas.",
        "arrested",
        "COERCE",
    )
    assert (p.name, p.country, p.feature) == ("Barinas", "VEN", "admin1")
    p = where(
        parse,
        "A military air strike on a village in the central Sagaing region killed scores.",
        "strike",
    )
    assert (p.country, p.feature) == ("MMR", "admin1")


def test_village_the_gazetteer_does_not_know(parse):
    text = "South Sudan's army denied that its forces had shelled the village of Lobonok."
    p = where(parse, text, "shelled", countries={"SSD"})
    assert (p.name, p.country, p.lat) == ("Lobonok", "SSD", None)


def test_where_clause_takes_its_place(parse):
    text = "Trump and Kim met at a summit in Singapore, where they signed a statement."
    assert where(parse, text, "signed", "SUPPORT").country == "SGP"


def test_coordinated_clause_shares_the_place(parse):
    text = "Police fired tear gas in Nairobi and arrested dozens."
    assert where(parse, text, "arrested", "COERCE").name == "Nairobi"


def test_attack_on_a_place(parse):
    text = "Hamas fighters seized hostages in their attack on southern Israel on Oct. 7."
    assert where(parse, text, "attack").country == "ISR"


def test_a_state_acting_at_home(parse):
    p = where(
        parse, "Estonia ordered two Russian diplomats to leave the country.", "ordered", "SANCTION"
    )
    assert (p.country, p.feature) == ("EST", "country")
    p = where(parse, "Cambodian police arrested eight opposition supporters.", "arrested", "COERCE")
    assert p.country == "KHM"


def test_a_statement_gets_no_place_from_context(parse):
    assert (
        where(
            parse, "Estonia accused Moscow of stoking unrest.", "accused", "ACCUSE", dateline="EST"
        )
        is None
    )


def test_story_country_from_the_dateline(parse):
    p = where(parse, "Police used water cannon and tear gas.", "used", dateline="DEU")
    assert (p.country, p.feature) == ("DEU", "country")


def test_residents_of_a_town_said(parse):
    text = "Residents of Adwa said troops were looting homes."
    p = where(parse, text, "looting", "COERCE", dateline="ETH")
    assert (p.name, p.country) == ("Adwa", "ETH")


def test_sea_has_no_country(parse):
    text = "A destroyer sailed near reefs in the South China Sea on Monday."
    p = where(parse, text, "sailed", "MOBILIZE")
    assert p is not None and p.country is None


def test_a_place_is_carried_from_the_sentence_before(parse):
    text = "Gunmen stormed a church in Kisumu on Sunday. They killed three worshippers."
    assert where(parse, text, "killed").name == "Kisumu"


def test_a_place_is_not_carried_from_far_back(parse):
    # text scraped without paragraph breaks: the place four sentences back is another scene
    text = (
        "Her sister lives in Leeds. She left school early. She married young. She moved "
        "abroad with her husband. Her husband was later arrested by guards."
    )
    p = where(parse, text, "arrested", "COERCE")
    assert p is None or p.name != "Leeds"


def test_a_country_that_does_the_event_is_not_its_place(parse):
    doc, sa = parse("Her brother was killed in a US air strike.")
    cand = event(doc, "strike")
    cand.source_heads = [[t for t in doc if t.text == "US"]]
    p = ground.find_location(cand, sa, set())
    assert p is None or p.text != "US"
    text = "The president will withdraw the US troops stationed in Syria's north-east."
    assert where(parse, text, "stationed", "MOBILIZE").country == "SYR"


def test_a_city_that_names_the_event_is_its_place(parse):
    assert where(parse, "He welcomed the Paris attacks.", "attacks").country == "FRA"


def test_a_seat_of_power_is_in_the_capital(parse):
    p = where(parse, "The prime minister hosted the envoys at Downing Street.", "hosted", "CONSULT")
    assert (p.name, p.country) == ("London", "GBR")


def test_an_organisation_is_not_an_unknown_place(parse):
    p = where(
        parse,
        "Kurdish forces launched attacks on the last Isis enclave.",
        "attacks",
        dateline="SYR",
    )
    assert p is None or p.name != "Isis"


def test_the_capital_of_the_country_named_before(parse):
    text = (
        "Sudan's army and the rebels signed a truce in Jeddah on Saturday, but residents of "
        "the capital reported air strikes on Sunday."
    )
    p = where(parse, text, "strikes")
    assert (p.name, p.country) == ("Khartoum", "SDN")


def test_the_capital_an_adjective_names(parse):
    p = where(parse, "Rebels fired mortars into the Syrian capital overnight.", "fired")
    assert (p.name, p.country) == ("Damascus", "SYR")


def test_the_city_named_before(parse):
    text = "Thousands marched in Mombasa on Monday. Police later detained dozens of people across the city."
    assert where(parse, text, "detained", "COERCE").name == "Mombasa"


def test_the_country_named_before(parse):
    text = (
        "The talks were held in Barbados. In the Caribbean island nation last year, the two sides "
        "signed an agreement on elections."
    )
    assert where(parse, text, "signed", "SUPPORT").country == "BRB"


def test_the_town_without_an_antecedent_has_no_place_of_its_own(parse):
    p = where(parse, "Gunmen attacked the town on Monday.", "attacked")
    assert p is None


def test_witnesses_in_a_town_place_what_they_report(parse):
    text = "Witnesses in Gubio said the gunmen threatened traders before leaving."
    p = where(parse, text, "threatened", "THREATEN", dateline="NGA")
    assert (p.name, p.country) == ("Gubio", "NGA")
    text = "Aleppo residents said jets conducted several strikes on markets."
    assert where(parse, text, "conducted").name == "Aleppo"


def test_a_foreign_force_acts_where_the_story_is_set(parse):
    text = (
        "Kurdish fighters advanced on Baghuz in eastern Syria. Rebels shelled positions in "
        "Deir ez-Zor in Syria. Aid agencies warned of shortages. Officials said more talks "
        "were needed. US jets attacked overnight."
    )
    assert where(parse, text, "attacked").country == "SYR"
    # under its own country's dateline, the force's action is not placed from the story
    p = where(parse, text, "attacked", dateline="USA")
    assert p is None or p.country != "SYR"


def test_driven_out_of_a_place(parse):
    p = where(parse, "The army drove the militants out of Mosul in 2017.", "drove")
    assert p.name == "Mosul"
    p = where(parse, "Washington will withdraw its troops from Syria.", "withdraw", "CONCEDE")
    assert p.country == "SYR"
    p = where(parse, "The foreign troops will leave northern Mali by June.", "leave", "CONCEDE")
    assert p.country == "MLI"


def test_a_city_names_the_gathering_the_event_is_at(parse):
    text = "The trade minister met her counterpart on the sidelines of the Vienna summit."
    assert where(parse, text, "met", "CONSULT").name == "Vienna"


def test_a_place_that_opens_the_sentence_sets_its_scene(parse):
    text = "In Tripoli, the militia has refused to hand over its weapons to the government."
    assert where(parse, text, "hand", "CONCEDE").name == "Tripoli"


def test_the_country_is_not_a_nationality_word_just_before(parse):
    text = (
        "The Tuareg militia that fought in Mali condemned the plan to withdraw French troops "
        "from the country."
    )
    assert where(parse, text, "withdraw", "RETREAT").country == "MLI"


def test_a_state_frees_prisoners_at_home(parse):
    text = "Rebels shelled Afrin in Syria. Rebels attacked Idlib in Syria. In May, Turkey released a jailed pastor."
    assert where(parse, text, "released", "RETREAT").country == "TUR"


def test_a_resignation_is_not_placed_from_the_story(parse):
    assert (
        where(
            parse,
            "The governor handed in her resignation on Monday.",
            "resignation",
            "RETREAT",
            dateline="USA",
        )
        is None
    )


def test_a_meeting_venue_is_not_carried_to_other_events(parse):
    text = "Leaders met in Tehran on Friday. Militants attacked a checkpoint on Saturday."
    p = where(parse, text, "attacked")
    assert p is None or p.name != "Tehran"
    text = "The two leaders are due to meet in Nairobi on Friday. Uganda has accepted one million refugees."
    p = where(parse, text, "accepted", "AID")
    assert p is None or p.name != "Nairobi"


def test_where_a_person_is_from_is_not_a_place(parse):
    text = "Tom Hale, 31, of Wigan, Lancashire, was jailed for belonging to a group banned by the government."
    p = where(parse, text, "banned", "COERCE")
    assert p is None or p.country != "GBR"


def test_a_common_noun_tagged_as_a_place_is_not_one(parse):
    from spacy.tokens import Span

    doc, sa = parse("Companies may not take part in boycotts organised abroad.")
    i = next(t.i for t in doc if t.text == "boycotts")
    doc.ents = [Span(doc, i, i + 1, label="GPE")]
    cand = event(doc, "boycotts", "PROTEST")
    p = ground.find_location(cand, sa, set())
    assert p is None or p.name != "boycotts"


def test_a_named_village_the_tagger_heads_with_its_noun(parse):
    text = "A fighter jet dropped bombs on the crowd in Tazin village in Kanbalu township."
    p = where(parse, text, "dropped", dateline="MMR")
    assert p is not None and p.name.startswith("Tazin")


def test_a_distance_and_direction_from_a_place(parse):
    p = where(
        parse, "Russian forces shelled a village 50 km north of Kharkiv on Monday.", "shelled"
    )
    assert p.country == "UKR"


def test_a_nationality_adjective_locates_a_place_noun(parse):
    p = where(parse, "Turkish jets struck a Syrian border town on Monday.", "struck")
    assert (p.country, p.feature) == ("SYR", "country")
    p = where(parse, "Two rockets landed on Israeli territory overnight.", "landed")
    assert p.country == "ISR"
    p = where(parse, "The Syrian regime attacked the rebels.", "attacked")
    assert p is None or p.text != "regime"


def test_an_opening_phrase_only_sets_the_scene_when_it_is_a_place(parse):
    text = "In a sign of tension with Washington, the president rejected the statement."
    p = where(parse, text, "rejected", "REJECT")
    assert p is None or p.name != "Washington"


def test_released_statements_are_not_prisoners_freed_at_home(parse):
    p = where(
        parse,
        "Turkey has released its account of the phone call.",
        "released",
        "RETREAT",
        dateline="SYR",
    )
    assert p is None or p.country != "TUR"


def test_the_battle_for_a_city(parse):
    assert where(parse, "They were told to fight for Mosul until the end.", "fight").name == "Mosul"


def test_a_city_that_owns_the_gathering(parse):
    assert (
        where(
            parse, "Officials arrived for London's family planning summit.", "summit", "CONSULT"
        ).name
        == "London"
    )


def test_the_country_of_the_city_named_before(parse):
    text = (
        "Gunmen opened fire on a church in Cairo on Friday. It was one of several attacks on "
        "churches in the country this year."
    )
    assert where(parse, text, "attacks").country == "EGY"


def test_a_statement_is_where_it_was_said(parse):
    text = "The two sides have agreed a new arrangement, the agency chief said on returning from Tehran."
    assert where(parse, text, "agreed", "AGREE").name == "Tehran"
    text = "Speaking during a visit to Nairobi, the minister promised more aid."
    assert where(parse, text, "promised", "AGREE").name == "Nairobi"
    # a saying with no place of its own leaves the statement unplaced
    assert (
        where(
            parse, "The minister promised more aid, he said in an interview.", "promised", "AGREE"
        )
        is None
    )


def test_an_unknown_town_before_a_known_country(parse):
    p = where(
        parse, "Gunmen attacked an army post in Tessit, northern Mali, on Sunday.", "attacked"
    )
    assert (p.name, p.country, p.lat) == ("Tessit", "MLI", None)


def test_where_a_group_is_based_is_not_where_it_reports_events(parse):
    text = "The London-based monitoring group said air strikes killed 12 civilians."
    p = where(parse, text, "killed", dateline="SYR")
    assert p is None or p.country != "GBR"


def test_a_site_a_nationality_adjective_names_is_in_that_country(coder):
    text = "KYIV - Ukrainian drones hit a Russian oil refinery overnight, officials said on Friday."
    evs = found_2024_05_02(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "RUS", evs


def test_a_named_feature_at_sea_in_the_clause_places_the_clash_at_sea(coder):
    text = ("MANILA - Chinese coast guard ships fired water cannon at two Philippine boats "
            "bringing supplies to Iroquois Reef on Friday.")  # fmt: skip
    evs = found_2024_05_02(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["name"] == "Iroquois Reef", evs
    assert evs[0]["location"]["country"] is None
    # a sea named in another clause does not place an event on land
    text = ("ADDIS ABABA - Ethiopia accused Eritrea on Monday of massing troops near the border "
            "town of Zalambessa, weeks after it demanded access to a port on the Red Sea.")  # fmt: skip
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs
    for e in evs:
        assert (e["location"] or {}).get("name") != "Red Sea", e
    # a signing about a shoal is not placed at it
    text = ("MANILA - The Philippines and China signed an agreement on Thursday on resupply "
            "missions to Iroquois Reef.")  # fmt: skip
    for e in found_2024_05_02(coder, text, "SUPPORT") + found_2024_05_02(coder, text, "AGREE"):
        assert (e["location"] or {}).get("name") != "Iroquois Reef", e


def test_a_date_word_is_no_place(coder):
    # "in mid-January": "mid" is no city (a gazetteer has one called that)
    for text in (
        "The two suspects were detained by rebels in mid-January, officials said.",
        "Two journalists were arrested by police in mid-March.",
    ):
        evs = events_of(coder, text, "2018-02-09")
        assert evs and all((e["location"] or {}).get("country") != "MEX" for e in evs), evs
        assert all(not a["code"].startswith("MEX") for e in evs for a in e["target"]), evs


def test_a_meeting_venue_abroad_gives_no_nationality(coder):
    # opposition groups boycotting a summit held in Russia, in a story about Syria, are
    # Syria's, not Russia's; a meeting at home still takes the place's country
    evs = events_of(
        coder,
        "The war in Syria entered its eighth year. Opposition groups boycotted the summit in Sochi.",
    )
    assert evs and all(a["country"] != "RUS" for e in evs for a in e["source"]), evs
    evs = events_of(
        coder, "Protests continued across Kenya. Opposition leaders met in Nairobi on Sunday."
    )
    assert any(e["type"] == "CONSULT" and e["source"][0]["country"] == "KEN" for e in evs), evs


def test_a_stateless_people_is_where_the_story_placed_it(coder):
    # the story placed the Kurds in Syria; a Turkish town shelled across the border, and
    # Turkey being the country most named, do not make Kurdish militias Turkish
    text = (
        "Turkey began an offensive on the Kurdish enclave in Syria on Saturday. Turkish jets "
        "struck the town. Kurdish militias shelled Kilis, a Turkish town across the border, "
        "on Sunday. The Turkish president threatened Kurdish forces on Sunday."
    )
    evs = events_of(coder, text, "2018-01-20")
    shelled = [e for e in evs if e["trigger"].startswith("shelled")]
    assert shelled and shelled[0]["source"][0]["country"] == "SYR", evs
    threat = [e for e in evs if e["type"] == "THREATEN"]
    assert threat and threat[0]["target"][0]["country"] == "SYR", evs


def test_a_lower_case_common_noun_is_no_place(coder):
    # the tagger may call "canton" a place (an old name of Guangzhou): a place name has a
    # capital; "al-Bab" still names a town
    text = "Ankara has been pounding the canton's border towns with artillery fire."
    for e in events_of(coder, text, "2024-05-02"):
        assert "CHN" not in keys(e["target"]), e["target"]
        assert not e["location"] or e["location"]["country"] != "CHN", e["location"]


def test_a_region_of_several_countries_is_not_the_province_of_that_name(coder):
    # "the Sahel" is also a province of Burkina Faso in the gazetteer: an article datelined in
    # Niger that names the region must not count a Burkinabe place, nor give its army
    text = ("NIAMEY, March 3 (Reuters) - A group loyal to Islamic State's branch in the Sahel claimed the attack. "
            "Gunmen ambushed an army patrol on Monday.")  # fmt: skip
    e = [x for x in events_of(coder, text, "2026-03-03") if x["type"] == "ASSAULT"]
    assert e and "BFA" not in {a["country"] for a in e[0]["target"]}, e


def test_an_unknown_district_under_a_dateline_is_the_datelines_not_a_donors(coder):
    # a donor state named more often than the dateline's country does not claim a district
    # the gazetteer does not know, nor the unnamed gangs and police of the attack there
    text = ("US boosts support for Haiti police\n\n"
            "PORT-AU-PRINCE - The United States on Monday pledged $30 million to Haiti's "
            "police, the State Department said. Washington also shipped armoured trucks.\n\n"
            "Gangs attacked a police post in the Carrefour-Feuilles district on Tuesday, "
            "wounding three officers.")  # fmt: skip
    hit = found(coder, text, "ASSAULT")
    assert hit and hit[0]["location"]["country"] == "HTI", hit
    assert keys(hit[0]["source"]) == {"HTI"}, hit


def test_courts_parliaments_and_police_act_in_their_own_country(parse):
    cases = [
        ("A Kenyan court on Thursday charged the former governor with fraud.", "charged",
         "ACCUSE", None, "KEN"),
        ("Norway's parliament on Tuesday rejected the draft budget.", "rejected", "REJECT",
         None, "NOR"),
        ("Oslo police opened an investigation into the sabotage.", "opened", "ACCUSE", None,
         "NOR"),
        ("Lawmakers voted to impeach the president.", "voted", "ACCUSE", "PER", "PER"),
        ("Chile summoned Peru's ambassador to protest the remarks.", "summoned", "ACCUSE",
         None, "CHL"),
        ("Ghana's parliament on Friday rejected the president's budget.", "rejected", "REJECT",
         None, "GHA"),
    ]  # fmt: skip
    for text, word, typ, dateline, country in cases:
        p = where(parse, text, word, typ, dateline=dateline)
        assert p is not None and p.country == country, (text, p)


def test_an_international_court_or_police_abroad_is_not_placed_at_home(parse):
    text = "The International Criminal Court charged the former militia leader."
    assert where(parse, text, "charged", "ACCUSE", dateline="NLD") is None
    text = "Kenyan police in Haiti fired tear gas at the crowd."
    p = where(parse, text, "fired", "ASSAULT")
    assert p is not None and p.country == "HTI", p


def test_police_acting_in_a_story_set_abroad_are_not_placed_at_home(parse):
    # a physical act of a body under another country's dateline, or one whose own phrase
    # tells where it serves, is not placed in the body's country; a charge still is
    for text, word, typ, dateline in (
        ("Rwandan police used batons on looters near the port.", "used", "ASSAULT", "MOZ"),
        ("Rwandan police, who guard a gas project in Mozambique, used batons on looters.",
         "used", "ASSAULT", None),
    ):  # fmt: skip
        p = where(parse, text, word, typ, dateline=dateline)
        assert p is None, (text, p)
    # the same act told with nothing abroad is placed at home: the cases above test the move
    p = where(parse, "Rwandan police used batons on looters near the port.", "used", "ASSAULT")
    assert p is not None and p.country == "RWA", p
    p = where(parse, "A Rwandan court indicted the businessman.", "indicted", "ACCUSE",
              dateline="MOZ")  # fmt: skip
    assert p is not None and p.country == "RWA", p


def test_a_body_of_no_country_does_not_hide_the_next_one(parse):
    # both subjects are doers: bare "lawmakers" (no country, no story) leaves the senate's
    doc, sa = parse("Lawmakers and Chile's senate rejected the mining bill.", None)
    cand = event(doc, "rejected", "REJECT")
    cand.source_heads = [[h, *h.conjuncts] for h in cand.source_heads[0]]
    p = ground.find_location(cand, sa, set())
    assert p is not None and p.country == "CHL", p


def test_what_parties_also_agree_is_agreed_at_the_venue_of_their_talks(coder):
    text = ("ACCRA - Ghana's president and Togo's president signed a trade accord during talks "
            "in Lome on Monday.\n\n"
            "The two presidents also agreed to set up a joint commission on trade.")  # fmt: skip
    agreed = [e for e in events_of(coder, text, DAY) if e["trigger"].startswith("agreed")]
    assert agreed and all(e["location"]["country"] == "TGO" for e in agreed), agreed


def test_a_shoal_the_gazetteer_lacks_is_at_sea_whatever_nationality_is_near(parse):
    text = "A Chinese coast guard ship fired water cannon at a Vietnamese boat near Pearl Shoal."
    p = where(parse, text, "fired")
    assert p is not None and (p.name, p.country) == ("Pearl Shoal", None), p


def test_a_sea_named_like_a_division_is_the_water(coder):
    text = (
        "CAIRO - Egypt said on Monday that its canal revenue had fallen. "
        "Houthi rebels fired a missile at a tanker in the Red Sea on Sunday."
    )
    got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ASSAULT"]
    assert got and got[0]["location"] is not None, got
    assert got[0]["location"]["country"] is None, got


def test_a_province_whose_last_word_is_a_country_is_the_province_not_the_country(coder):
    # "New Ireland" is a province of Papua New Guinea, "West Bengal" a state of India: the
    # whole name is the place, not the country its last word names (or none at all)
    for text, country in (
        ("Gunmen attacked a police post in New Ireland on Monday, killing two officers.", "PNG"),
        (
            "Gunmen attacked a police post in East New Britain on Monday, killing two officers.",
            "PNG",
        ),
        ("Gunmen attacked a police post in West Bengal on Monday, killing two officers.", "IND"),
        (
            "Gunmen attacked a police post in Northern Ireland on Monday, killing two officers.",
            "GBR",
        ),
        ("Gunmen attacked a police post in New Caledonia on Monday, killing two officers.", "NCL"),
    ):
        hit = found(coder, text, "ASSAULT")
        assert hit and _country(hit[0]) == country, (text, hit)


def test_an_island_known_only_inside_longer_names_is_not_the_country_its_last_word_names(coder):
    # "New Britain" is no province (East and West New Britain are), "New Guinea" the island of
    # Papua New Guinea: neither is Britain nor Guinea
    for text, country in (
        ("Gunmen attacked a police post on New Britain on Monday, killing two officers.", "PNG"),
        ("Gunmen attacked a police post on New Guinea on Monday, killing two officers.", "PNG"),
        # a country named with a word before it is still the country
        ("Gunmen attacked a police post in Nazi Germany in 1939, killing two officers.", "DEU"),
    ):
        hit = found(coder, text, "ASSAULT")
        assert hit and _country(hit[0]) == country, (text, hit)


def test_the_story_country_does_not_carry_past_a_paragraph_about_another_country(coder):
    # the story is set in Mali; its second paragraph moves to Nigeria's actors and names
    # nothing of Mali: an attack there with no place of its own is Nigeria's, not Mali's
    text = ("Soldiers in Bamako fired on protesters on Monday, killing three.\n\n"
            "Nigeria closed its border on Tuesday after gunmen attacked an army post. The "
            "gunmen also kidnapped 20 women.")  # fmt: skip
    hit = [e for e in found(coder, text, "ASSAULT") if "kidnap" in e["trigger"]]
    assert hit and _country(hit[0]) == "NGA" and keys(hit[0]["target"]) == {"NGA"}, hit
    assert any(_country(e) == "MLI" for e in found(coder, text, "ASSAULT")), "Bamako's"


def test_the_capital_is_not_that_of_a_country_only_heard_from(coder):
    # a country named as the voice of an appeal in an earlier sentence is not the scene:
    # "the capital" stays the story's country's
    text = (
        "Sudan's paramilitary forces shelled a market in Omdurman on Monday.\n\n"
        "The United States called for a ceasefire. Fighters also looted homes in the "
        "capital, residents said."
    )
    e = [x for x in events_of(coder, text, DAY) if x["location"] and x["type"] == "COERCE"]
    assert e and (e[0]["location"]["name"], e[0]["location"]["country"]) == ("Khartoum", "SDN"), e


def test_the_capital_of_a_country_named_as_a_place_before(coder):
    text = (
        "Sudan's paramilitary forces shelled a market on Monday.\n\n"
        "Ethiopian troops crossed into Ethiopia's border region. Soldiers also detained "
        "dozens of protesters in the capital, residents said."
    )
    e = found(coder, text, "COERCE")
    assert e and e[0]["location"]["country"] == "ETH", e


def test_protesters_students_and_workers_act_in_their_own_country(parse):
    # domestic_nouns are compared with lemmas: "protesters" is read as "protester"
    # and in a story datelined in another country they still act at home
    for text, word in (
        ("Cambodian protesters blocked the road to the airport.", "blocked"),
        ("Cambodian students marched to the ministry on Monday.", "marched"),
    ):
        p = where(parse, text, word, "PROTEST", dateline="THA")
        assert p is not None and p.country == "KHM", (text, p)


def test_a_national_force_acting_at_home_under_a_foreign_dateline(coder):
    # the force's own country, not the dateline's, when the dateline's country takes no part
    text = ("ABUJA (Reuters) - Nigeria's army said on Tuesday it had detained 12 suspected "
            "militants. Cameroon's army said it had arrested 30 suspected separatist fighters.")  # fmt: skip
    got = [_country(e) for e in found(coder, text, "COERCE")]
    assert got == ["NGA", "CMR"], got


def test_a_national_force_is_not_taken_home_when_the_dateline_country_takes_part(coder):
    text = "ABUJA (Reuters) - Cameroon's army said it had arrested 30 Nigerian fishermen."
    got = [_country(e) for e in found(coder, text, "COERCE")]
    assert got == ["NGA"], got
    # troops serve abroad: their arrests are not taken home
    text = "KYIV (Reuters) - Russian troops detained three people on Monday, the governor said."
    assert all(_country(e) != "RUS" for e in found(coder, text, "COERCE"))


def test_open_waters_and_waters_beside_a_land_are_at_sea_with_no_country(parse):
    # gold/CODING.md 'Locations': a sea is a location with no country
    for text, word, name in (
        ("Iranian forces seized a tanker in international waters on Monday.", "seized",
         "international waters"),
        ("The navies will hold an exercise in waters south of Jeju Island on Sunday.", "hold",
         "waters south of Jeju Island"),
        ("Chinese warships held drills in the waters around Taiwan on Monday.", "held",
         "waters around Taiwan"),
        ("The coast guard detained 11 fishermen in the Khor Abdullah waterway on Wednesday.",
         "detained", "Khor Abdullah waterway"),
    ):  # fmt: skip
        p = where(parse, text, word, "COERCE")
        assert p is not None and (p.name, p.country) == (name, None), (text, p)
    # a country's waters are not open waters; water cannon is no place at sea
    p = where(parse, "Chinese ships fired water cannon at a boat in Philippine waters.", "fired")
    assert p is None or p.country is not None, p


def test_the_shoal_or_the_lake_named_before_is_where_the_patrol_is(parse):
    text = ("Chinese ships fired water cannon at a Philippine boat near Scarborough Shoal on "
            "Monday. China's navy said it would conduct patrols around the shoal on Friday.")  # fmt: skip
    p = where(parse, text, "conduct", "MOBILIZE")
    assert p is not None and (p.name, p.country) == ("Scarborough Shoal", None), p
    text = ("Soldiers attacked an island camp near Lake Chad on Monday. The navy will patrol "
            "around the lake.")  # fmt: skip
    p = where(parse, text, "patrol", "MOBILIZE")
    assert p is not None and (p.name, p.country) == ("Lake Chad", None), p
    # no feature of that kind named before: no place
    assert where(parse, "The navy will patrol around the reef.", "patrol", "MOBILIZE") is None


def test_a_speech_act_is_where_its_speaker_told_it(coder):
    # a second act of the teller, hung by the parser on what was told
    text = ("The defence minister told reporters in Cucuta that the rebels had slipped back "
            "into Venezuela and accused the Venezuelan authorities of sheltering them.")  # fmt: skip
    got = found(coder, text, "ACCUSE")
    assert got and _country(got[0]) == "COL", got
    # the next sentence's "he" speaks where the sentence before had him speak
    text = ('"Croatia is using the sanctions as an excuse," Vucic told reporters in Belgrade. '
            "He said Serbia would restrict Croatian lorries at border crossings.")  # fmt: skip
    got = found(coder, text, "THREATEN")
    assert got and _country(got[0]) == "SRB", got
    # told to the press by any of its names (word class speech_audience_nouns)
    text = ('"Croatia is using the sanctions as an excuse," Vucic told the media in Belgrade. '
            "He said Serbia would restrict Croatian lorries at border crossings.")  # fmt: skip
    got = found(coder, text, "THREATEN")
    assert got and _country(got[0]) == "SRB", got
    # a speaker visiting a capital as they speak
    text = ("Hungarian Foreign Minister Peter Szijjarto, visiting Belgrade on Thursday, said "
            "Budapest was ready to send crude to Serbia.")  # fmt: skip
    got = found(coder, text, "AGREE")
    assert got and (got[0]["location"] or {}).get("name") == "Belgrade", got


def test_a_place_someone_flew_to_is_not_where_the_next_sentence_is_said(coder):
    text = "Kenya's president flew to Kampala on Monday. He said Kenya would reopen the border."
    assert all(_country(e) != "UGA" for e in found(coder, text, "CONCEDE"))


def test_a_paragraph_analysis_has_everything_grounding_reads(parse):
    """Grounding reads the actor analysis's fields directly (ground/places.py Paragraph and
    StoryMemory say which): a paragraph's analysis and its memory have each of them."""
    from dotterel.ground.places import Paragraph, StoryMemory

    _, sa = parse("Police used water cannon and tear gas in Hamburg.", "DEU")
    assert isinstance(sa, Paragraph)
    assert isinstance(sa.memory, StoryMemory)
    assert sa.memory.paragraphs == [sa]


def test_an_interview_in_a_city_that_opens_the_sentence_places_what_is_said(parse):
    text = ("In an interview with Reuters in Algiers, the minister also denied that Algeria "
            "arms the rebels.")  # fmt: skip
    p = where(parse, text, "denied", "REJECT")
    assert p is not None and p.name == "Algiers", p
    # not a physical event the speaker tells of
    text = ("In an interview with Reuters in Algiers, the minister said rebels had attacked "
            "a convoy.")  # fmt: skip
    p = where(parse, text, "attacked", "ASSAULT")
    assert p is None or p.name != "Algiers", p


def test_a_speaker_telling_of_its_own_strike_on_a_foreign_foe_places_it_on_the_foes_side(coder):
    # a town the gazetteer does not know: a military telling of its own jets' strike on
    # another country's armed group speaks of the group's side, not its own; one telling of
    # its troops' fight with its own country's insurgents stays at home
    for text, country in (
        (
            "Israel's military says its jets have struck Hezbollah positions around the village of Qalbun.",
            "LBN",
        ),
        (
            "Nigeria's army said its troops killed Boko Haram fighters near the village of Qalbun.",
            "NGA",
        ),
    ):
        hit = found(coder, text, "ASSAULT")
        assert hit and _country(hit[0]) == country, (text, hit)


def test_a_ships_flag_of_registry_is_no_place_of_what_happens_to_it(coder):
    # the paragraph names only the flag state: the boarding stays in the story's country
    for ship in (
        "the tanker Aster Moon, sailing under the flag of Gabon,",
        "the Gabon-flagged tanker Aster Moon",
    ):
        text = (
            "HELSINKI - Finland said on Monday it was holding a tanker after a power cable to "
            f"Estonia was cut.\n\nCoast guard officers boarded {ship} on Sunday."
        )
        hit = found(coder, text, "COERCE")
        assert hit and _country(hit[0]) == "FIN", (text, hit)


def test_a_city_that_hosts_the_talks_is_their_place(coder):
    # the story is set in Pakistan; the talks are where the city that hosts them is
    text = (
        "ISLAMABAD - Pakistan and Afghanistan traded fire across the border on Monday.\n\n"
        "A spokesman for Qatar's foreign ministry said Doha would host delegations from both "
        "governments on Thursday."
    )
    hit = found(coder, text, "CONSULT")
    assert hit and _country(hit[0]) == "QAT", hit


def test_a_place_that_protests_shook_is_their_place(coder):
    # "the capital" is the object of the protests' own verb: the dateline country's capital,
    # not the city named in the sentence before
    text = (
        "MALE (AFP) - Mohamed Shiham, a veteran opposition lawmaker in the Maldives, has died "
        "aged 67.\n\nShiham trained as a lawyer in Colombo. He led the pro-democracy protests "
        "that shook the capital in August 2004."
    )
    hit = found(coder, text, "PROTEST")
    assert hit and hit[0]["location"]["name"] == "Male", hit


def test_the_capital_a_paragraph_after_another_country_is_the_storys_capital(coder):
    # the story is datelined in the Maldives; a paragraph that sent someone to Sri Lanka does not
    # make a later paragraph's "the capital" Colombo
    text = (
        "MALE (AFP) - Mohamed Shiham, a veteran opposition lawmaker, died on Sunday in a "
        "hospital in Colombo.\n\nHis family said he was flown to Sri Lanka last week.\n\n"
        "Shiham led the pro-democracy protests that shook the capital in August 2004."
    )
    hit = found(coder, text, "PROTEST")
    assert hit and hit[0]["location"]["name"] == "Male", hit
