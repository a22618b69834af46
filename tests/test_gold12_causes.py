"""General causes found by the blind gold12 articles (gold/articles.jsonl, gold12-*), each
tested on invented sentences."""

from __future__ import annotations

from dotterel.clean import paragraph_dateline
from dotterel.nlp import parse

from .conftest import codes, events_of, finder, keys

found = finder("2026-10-01")


# -- a round-up of wire items: each dateline opens a story of its own ------------------------
ROUNDUP = """Africa and Asia in brief

Guinea shuts radio station

CONAKRY - Guinea's junta on Monday suspended a private radio station for a month, accusing it of
spreading false reports about the army. The station's owners said they would appeal.

Malaysian police detain student marchers

KUALA LUMPUR - Malaysian police detained 30 students who marched on parliament on Tuesday. The
group said it rejected the charges.
"""


def test_a_dateline_inside_the_text_opens_a_new_item():
    assert paragraph_dateline("KUALA LUMPUR - Malaysian police detained 30 students.") == (
        "Kuala Lumpur"
    )
    assert paragraph_dateline("Lima, May 3 (Reuters) - Peru's congress voted.") == "Lima"
    assert paragraph_dateline("Police detained 30 students on Tuesday.") is None


def test_round_up_items_do_not_share_their_countries(coder):
    evs = events_of(coder, ROUNDUP, "2026-10-01")
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests and all(a["country"] == "MYS" for e in arrests for a in e["target"]), arrests
    assert not [a for e in evs if "Malaysian" in e["text"] or "group" in e["text"]
                for a in e["source"] + e["target"] if a["country"] == "GIN"], evs  # fmt: skip


# -- the media taken off the air ---------------------------------------------------------------
def test_suspending_radio_stations_is_censorship(coder):
    e = found(
        coder, "Mali's junta suspended two private radio stations for three months.", "COERCE"
    )
    assert e and e[0]["cameo"] == "1721" and keys(e[0]["source"]) == {"MLI"}, e


# -- where someone else fled to is not the place of an act -------------------------------------
def test_a_place_someone_left_for_is_not_where_others_acted(coder):
    text = ("Bolivia's president said in La Paz on Monday the campaign would go on. Security forces "
            "detained hundreds of people after the vote, and the opposition leader left for exile "
            "in Brazil days after a court issued a warrant for his arrest.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-01") if e["type"] == "COERCE"]
    assert evs, evs
    assert all(a["country"] != "BRA" for e in evs for a in e["source"]), evs


# -- "the government and the opposition" addressed by foreigners ----------------------------
def test_foreign_appeal_to_the_government_and_the_opposition(coder):
    text = ("Peruvian troops patrolled Lima. Peru's opposition rejected the curfew. Chile and "
            "Brazil were cautious: their foreign ministries called on the government and the "
            "opposition to return to dialogue.")  # fmt: skip
    e = found(coder, text, "REQUEST")
    assert e, e
    assert {"CHL", "BRA"} <= keys(e[-1]["source"]), e
    assert "PERGOV" in codes(e[-1]["target"]), e
    assert not {"CHLGOV", "BRAGOV"} & set(codes(e[-1]["target"])), e


# -- a warning to "whoever" does something --------------------------------------------------
def test_a_warning_to_whoever_is_aimed_at_the_protest_told(coder):
    text = ("The Bolivian opposition has called a march for Saturday. The interior minister said: "
            '"Whoever goes out to block the roads on Saturday will be arrested."')  # fmt: skip
    e = found(coder, text, "THREATEN")
    assert e and codes(e[0]["target"]) == ["BOLOPP"], e


# -- "a march the opposition has called": a reduced relative clause ---------------------------
def test_a_march_called_in_a_reduced_relative_is_a_planned_protest(coder):
    text = ("Bolivian police detained 12 activists on Tuesday, ahead of a march the opposition "
            "has called for Saturday to demand the release of political prisoners.")  # fmt: skip
    evs = events_of(coder, text, "2026-10-01")
    assert "REQUEST" not in {e["type"] for e in evs}, evs
    p = [e for e in evs if e["type"] == "PROTEST"]
    assert p and p[0]["modality"] == "planned", evs
    doc = next(parse([text]))
    called = [t for t in doc if t.lower_ == "called"][0]
    assert called.dep_ == "relcl" and called.head.lower_ == "march"


# -- a journalist's question is no request ------------------------------------------------
def test_asked_about_is_no_request(coder):
    text = ("Asked about the opposition's remarks, the Chinese foreign ministry spokesman said "
            "Beijing supported the talks.")  # fmt: skip
    assert not found(coder, text, "REQUEST")
    assert found(coder, "Chile asked Peru to extradite the former minister.", "REQUEST")


# -- the critics of a government are not in it ------------------------------------------------
def test_the_governments_critics_are_the_opposition(coder):
    text = "The government's critics accused the Dutch prime minister of lying to parliament."
    e = found(coder, text, "ACCUSE", "2026-10-22")
    assert e and codes(e[0]["source"]) == ["NLDOPP"], e


# -- released after an arrest: by those who held him --------------------------------------------
def test_an_agentless_release_after_an_arrest_is_the_arresters(coder):
    text = ("Sadykov fled Kazakhstan in 2017. British police arrested him at his home in Surrey in "
            "February 2024; he was released on bail two weeks later.")  # fmt: skip
    e = found(coder, text, "RETREAT", "2026-10-29")
    assert e and keys(e[0]["source"]) == {"GBR"}, e


# -- a foreign bureau's dateline ----------------------------------------------------------------
def test_a_bureau_dateline_named_once_is_not_the_story_country(coder):
    text = ("BANGKOK, Oct 8 - Myanmar's junta said on Thursday it would hold talks with rebels. "
            "Myanmar's army bombed a village in Myanmar's Sagaing region on Monday. The Myanmar "
            "military also shelled a town in Myanmar's Magway region. Diplomats in Bangkok said "
            "the junta wanted a deal. The military seized power in February 2021.")  # fmt: skip
    e = [x for x in found(coder, text, "COERCE", "2026-10-08") if "2021" in x["text"]]
    assert e and "THA" not in keys(e[0]["target"]), e


# -- an offer to host a signing is made to the parties, and a ceremony is no one -------------
def test_an_offer_to_host_is_made_to_the_parties_told(coder):
    text = ("Armenia and Azerbaijan held talks in Almaty on Tuesday. Kazakhstan's president "
            "received both ministers on Wednesday and offered to host a signing ceremony for a "
            "final peace treaty.")  # fmt: skip
    e = found(coder, text, "AGREE", "2026-10-15")
    assert e and keys(e[0]["target"]) == {"ARM", "AZE"}, e


# -- where some of those arrested are wanted is not where they were arrested ------------------
def test_wanted_abroad_is_not_the_place_of_the_arrests(coder):
    text = ("Mexico's security minister flew to Culiacan on Tuesday. He said 32 suspects had been "
            "arrested in the state since the beginning of September, and that eight of them were "
            "wanted in the United States.")  # fmt: skip
    e = found(coder, text, "COERCE", "2026-09-24")
    assert e and keys(e[0]["source"]) == {"MEX"}, e


# -- an embassy speaking to no one named speaks to its host ------------------------------------
def test_an_embassys_warning_is_aimed_at_its_host_country(coder):
    text = ("Russia's embassy in Helsinki warned on Wednesday that Moscow would take the vote into "
            "account in its military planning.")  # fmt: skip
    e = found(coder, text, "THREATEN", "2026-10-22")
    assert e and keys(e[0]["source"]) == {"RUS"} and keys(e[0]["target"]) == {"FIN"}, e


# -- an official expecting another actor to act is a demand on that actor -------------------
def test_a_government_expecting_another_to_act_demands_it(coder):
    text = "Azerbaijan expects Armenia to withdraw its troops from the border."
    reqs = found(coder, text, "REQUEST")
    assert reqs and reqs[0]["cameo"] == "1056", reqs
    assert keys(reqs[0]["source"]) == {"AZE"} and keys(reqs[0]["target"]) == {"ARM"}
    assert not found(coder, text, "RETREAT")


def test_being_expected_to_act_or_an_analysts_forecast_is_no_demand(coder):
    assert not found(
        coder, "Armenia is expected to withdraw its troops from the border.", "REQUEST"
    )
    assert not found(coder, "Analysts expect Russia to attack Kharkiv.", "REQUEST")
