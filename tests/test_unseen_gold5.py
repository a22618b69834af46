"""General causes found on the gold5 articles (written blind, coded by hand before the coder
ran): "the two governments", unqualified "the authorities", a quoted verdict the parser
hangs on a noun, "X is to release", government forces named by rebels, the opposition a
government acts on, opposition office holders. The sentences are written for these tests
(none is taken from an article)."""

from __future__ import annotations

from .conftest import codes, finder, keys, parties

PUB = "2025-03-12"

found = finder(PUB)


def test_the_two_governments_are_the_two_states_not_the_most_told_pair(coder):
    text = ("MALE (Reuters) - The Maldivian coast guard seized three Sri Lankan fishing boats and "
            "arrested 15 fishermen on Monday. Sri Lanka freed two Maldivian sailors last year after "
            "a visit to Colombo by the Maldivian foreign minister. The two governments agreed in "
            "January to set up a joint committee on fishing.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if "agreed" in x["trigger"]]
    assert e and parties(e[0]) == {"MDV", "LKA"}, e
    assert all(c.endswith("GOV") for c in codes(e[0]["source"] + e[0]["target"])), e


def test_the_authorities_are_the_country_of_the_story_not_a_foreign_embassy(coder):
    text = ("TASHKENT (Reuters) - Uzbek police detained four bloggers on Monday. The British embassy "
            "said it was following the case. The European Union called on the authorities to free "
            "the bloggers.")  # fmt: skip
    e = [x for x in found(coder, text, "REQUEST") if x["source"] and keys(x["source"]) == {"EU"}]
    assert e and keys(e[0]["target"]) == {"UZB"}, e


def test_a_quoted_verdict_after_a_noun_phrase_is_a_disapproval_of_the_act_told(coder):
    text = ("ALMATY (Reuters) - Kazakhstan closed its border with Kyrgyzstan on Friday. Kyrgyzstan's "
            'foreign ministry called the closure of the border "unacceptable".')  # fmt: skip
    acc = found(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["source"]) == {"KGZ"} and keys(acc[0]["target"]) == {"KAZ"}, acc
    # the closure named is Kazakhstan's, told before: not a second closure by Kyrgyzstan
    assert not [x for x in found(coder, text, "COERCE") if keys(x["source"]) == {"KGZ"}]


def test_an_arranged_release_is_a_concession(coder):
    e = found(coder, "Under the accord, the Malian government is to release 30 detained rebels.",
              "CONCEDE")  # fmt: skip
    assert e and keys(e[0]["source"]) == {"MLI"}, e


def test_government_forces_named_by_rebels_are_their_own_government(coder):
    text = ("DAKAR (Reuters) - Senegal sent 500 soldiers to Guinea-Bissau last year. Senegal's "
            "army said on Monday its troops would stay until June. The CMA rebels in Mali accused "
            "government forces of shelling their positions near Kidal.")  # fmt: skip
    e = [x for x in found(coder, text, "ACCUSE") if "accused" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["MLIMIL"], e


def test_the_opposition_a_government_frees_is_its_own(coder):
    text = ("NAIROBI (Reuters) - Kenya hosted talks between Ethiopia's government and its "
            "opponents. The government freed 25 opposition officials on Monday.")  # fmt: skip
    e = [x for x in found(coder, text, "RETREAT") if "freed" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["ETHOPP"], e


def test_an_opposition_office_holder_is_opposition(coder):
    text = ("QUITO (Reuters) - Ecuador's government raised fuel prices on Monday. Opposition "
            "senator Luis Paredes accused the government of corruption.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["ECUOPP"], e


def test_standing_ready_to_help_is_an_offer_not_a_show_of_force(coder):
    text = "Japan said its navy stood ready to help Tonga if asked."
    assert not found(coder, text, "MOBILIZE")
    e = found(coder, text, "AGREE")
    assert e and keys(e[0]["source"]) == {"JPN"}, e
    assert found(coder, "Greek troops stood ready to defend the islands.", "MOBILIZE")


def test_a_round_of_talks_is_talks(coder):
    e = found(coder, "Armenia said it would pull out of the next round of talks with Azerbaijan.",
              "SANCTION")  # fmt: skip
    assert e and e[0]["cameo"] == "164" and parties(e[0]) == {"ARM", "AZE"}, e


def test_the_leader_of_a_body_the_files_do_not_know_is_not_the_state(coder):
    text = ("QUITO (Reuters) - Ecuador's government cut fuel subsidies on Monday. The leader of the "
            "National Federation of Banana Farmers, Jorge Pico, rejected the measure. He also turned "
            "down an invitation to talks.")  # fmt: skip
    rej = found(coder, text, "REJECT")
    assert rej and all(codes(x["source"]) == ["ECUAGR"] for x in rej), rej


def test_protesters_arrested_later_are_the_group_told_protesting(coder):
    text = ("LIMA (Reuters) - Thousands of miners blocked roads in southern Peru on Tuesday to "
            "protest against a new mining tax. The government said it would review the tax. "
            "The finance minister defended the measure in Congress. Police arrested 12 protesters "
            "near Arequipa.")  # fmt: skip
    e = found(coder, text, "COERCE")
    assert e and codes(e[0]["target"]) == ["PERLAB"], e


def test_soldiers_a_ministry_reports_on_are_its_own(coder):
    text = ("ASUNCION (Reuters) - Paraguay's defence ministry said soldiers had been deployed to "
            "guard the dam.")  # fmt: skip
    e = found(coder, text, "MOBILIZE")
    assert e and codes(e[0]["source"]) == ["PRYMIL"], e
    # forces the speaker warns are not its own
    text = "Iran tested a missile, which it said was a warning to hostile forces."
    assert all("IRNMIL" not in codes(x["source"]) or "forces" not in x["source"][0]["text"]
               for x in found(coder, text, "MOBILIZE"))  # fmt: skip


def test_rejecting_the_gesture_answers_the_one_who_made_it(coder):
    text = ("SOFIA (Reuters) - Bulgaria's government said on Monday it would freeze the tax rise. "
            "Union leaders rejected the gesture as too little.")  # fmt: skip
    e = found(coder, text, "REJECT")
    assert e and "BGR" in keys(e[0]["target"]), e


def test_aid_that_names_no_recipient_goes_to_the_country_of_the_story(coder):
    text = ("NUKU'ALOFA (Reuters) - A tsunami hit Tonga on Friday. Tonga's king appealed for help. "
            "Japan said on Sunday it would provide $3 million in emergency assistance.")  # fmt: skip
    e = found(coder, text, "AGREE")
    assert e and keys(e[0]["source"]) == {"JPN"} and keys(e[0]["target"]) == {"TON"}, e


def test_a_body_named_after_its_parent_is_itself(coder):
    text = "NATO's KFOR peacekeeping force called on Serbia and Kosovo to show restraint."
    e = found(coder, text, "REQUEST")
    assert e and keys(e[0]["source"]) == {"KFOR"}, e
    # the force that speaks is a speaker, not a peacekeeping event
    assert not found(
        coder, "The U.N. peacekeeping mission said it had sent patrols to Kidal.", "AID"
    )


def test_crews_seized_with_foreign_boats_are_of_the_boats_country(coder):
    text = ("MALE (Reuters) - The Maldivian coast guard seized two Sri Lankan fishing boats and "
            "detained 14 fishermen off Addu atoll on Monday, accusing them of poaching.")  # fmt: skip
    e = found(coder, text, "COERCE")
    arrest = [x for x in e if x["cameo"] == "173"]
    assert arrest and codes(arrest[0]["target"]) == ["LKAAGR"], e
    acc = found(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["target"]) == {"LKA"}, acc


def test_a_quoted_concern_read_as_a_passive_is_still_a_disapproval(coder):
    text = ("TBILISI (Reuters) - Georgian police detained three journalists on Monday. The "
            'French embassy said it was "deeply troubled" by the detentions.')  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"FRA"} and keys(e[0]["target"]) == {"GEO"}, e


def test_supporters_are_the_side_of_whom_they_support(coder):
    text = ("LUSAKA (Reuters) - Zambian opposition leader Mwila Banda said on Monday his supporters "
            "would march on parliament on Friday.")  # fmt: skip
    e = found(coder, text, "PROTEST")
    assert e and codes(e[0]["source"]) == ["ZMBOPP"], e
    text = ("BISHKEK (Reuters) - Kyrgyz police detained the editor of a radio station on Tuesday. "
            "Several hundred supporters of the station gathered outside the court.")  # fmt: skip
    e = found(coder, text, "PROTEST")
    assert e and keys(e[0]["source"]) == {"KGZ"}, e


def test_a_state_frees_its_own_opposition_not_the_datelines(coder):
    text = ("KAMPALA (Reuters) - Uganda's president said Uganda would host new talks. Uganda has "
            "mediated before. Under the deal, South Sudan's government is to release 40 detained "
            "opposition officials.")  # fmt: skip
    e = found(coder, text, "CONCEDE")
    assert e and codes(e[0]["target"]) == ["SSDOPP"], e


def test_troops_withdrawn_from_a_country_target_that_country(coder):
    text = "Rwanda on Monday began withdrawing the troops it sent to Mozambique in 2021."
    e = found(coder, text, "RETREAT")
    assert e and keys(e[0]["source"]) == {"RWA"} and keys(e[0]["target"]) == {"MOZ"}, e


def test_a_deal_brokered_by_a_third_state_is_between_its_signatories(coder):
    text = ("Kampala said on Monday its troops would leave Juba. Sudan's army and the RSF signed "
            "a truce brokered by Saudi Arabia.")  # fmt: skip
    e = [x for x in found(coder, text, "CONSULT") if keys(x["source"]) == {"SAU"}]
    assert e and codes(e[0]["target"]) == ["SDNMIL", "SDNREBRSF"], e


def test_the_venue_of_talks_pulled_out_of_is_no_target(coder):
    e = found(coder, "Armenia said it would pull out of the next round of talks, scheduled for "
                     "May 4 in Brussels.", "SANCTION")  # fmt: skip
    assert e and "BEL" not in keys(e[0]["target"]), e


def test_a_denial_of_reports_answers_no_accuser(coder):
    text = ("SUVA (Reuters) - Fiji's opposition leader accused the government of corruption on "
            "Monday. Fiji's government denied reports that it had rejected an offer of aid.")  # fmt: skip
    e = [x for x in found(coder, text, "REJECT") if "denied" in x["trigger"]]
    assert e and not e[0]["target"], e
