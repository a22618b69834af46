"""Organisations and bodies: international bodies, agencies, ministries, courts, companies:
which body a phrase names."""

from __future__ import annotations

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    found_2019_02_20,
    found_2024_05_02,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_07_16,
    found_2026_11_30,
    mention_codes,
    mentions,
)

found = finder("2026-03-18")


def test_organisation_posts_take_the_organisation_code(kb):
    got = mentions(kb, "Kofi Annan urged restraint.", "2003-01-01")
    assert mention_codes(got, "Kofi Annan") == ["IGOUNO"]


def test_organisation_anaphora(kb):
    got = mentions(kb, "NATO met in Brussels. The alliance agreed to send more troops.")
    assert mention_codes(got, "alliance") == ["IGONAT"]


def test_a_coalition_of_several_is_its_first_known_member(coder):
    ev = events_of(
        coder, "A coalition of Laotian monarchists and rebel fighters vowed to attack the army."
    )
    assert any(e["type"] == "THREATEN" and "REB" in e["source"][0]["code"] for e in ev), ev


def test_the_court_is_the_national_court_not_the_last_international_body(coder):
    text = ("Cambodia's Supreme Court dissolved the opposition Candlelight Party on Monday. The "
            "European Union criticised the ruling. It is the second time that the court has "
            "dissolved a Cambodian opposition party.")  # fmt: skip
    bans = found_2025_06_18(coder, text, "COERCE")
    assert bans and all(codes(e["source"]) == ["KHMJUD"] for e in bans), bans


def test_a_court_named_by_the_seat_of_international_courts_is_an_international_court(coder):
    # "the arbitration court in The Hague" is the Permanent Court of Arbitration, "the court in
    # The Hague" the ICJ, and "which" after it the court, not the Netherlands; a court with a
    # nationality stays the state's
    text = ("Quito said it was considering taking the dispute back to the arbitration court in "
            "The Hague, which ruled against Lima in 2016.")  # fmt: skip
    rulings = found(coder, text, "SANCTION")
    assert rulings and codes(rulings[0]["source"]) == ["IGOPCA"], rulings
    text = "The court in The Hague ruled against Chile in 2014."
    rulings = found(coder, text, "SANCTION")
    assert rulings and codes(rulings[0]["source"]) == ["IGOUNOICJ"], rulings
    text = "A Dutch court in The Hague sentenced a Russian spy to prison on Monday."
    jailed = found(coder, text, "SANCTION")
    assert jailed and codes(jailed[0]["source"]) == ["NLDJUD"], jailed


def test_the_tribunal_is_the_international_court_told_before(coder):
    # "the tribunal" after the Permanent Court of Arbitration or the ICJ is that court, not the
    # judiciary of the state it rules against; with no court told before it stays a judiciary
    text = ("Ghana took its dispute with Togo to the Permanent Court of Arbitration in 2021. "
            "On Tuesday the tribunal found Togo liable for the losses.")  # fmt: skip
    rulings = found(coder, text, "SANCTION")
    assert rulings and codes(rulings[0]["source"]) == ["IGOPCA"], rulings
    assert keys(rulings[0]["target"]) == {"TGO"}, rulings
    text = ("The International Court of Justice opened hearings on the case in March. In "
            "its ruling the tribunal found Togo liable for the damage.")  # fmt: skip
    rulings = found(coder, text, "SANCTION")
    assert rulings and codes(rulings[0]["source"]) == ["IGOUNOICJ"], rulings
    text = "A Togolese tribunal convicted the former mayor of fraud on Tuesday."
    jailed = found(coder, text, "SANCTION")
    assert jailed and codes(jailed[0]["source"]) == ["TGOJUD"], jailed


def test_an_anti_corruption_commission_is_a_state_body(coder):
    text = ("Bangladesh's Anti-Corruption Commission filed charges against opposition leader "
            "Kamal Uddin on Monday.")  # fmt: skip
    e = found_2025_06_18(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["BGDGOV"], e


def test_court_order_to_arrest_is_the_courts(coder):
    text = "A court in Mombasa ordered police to arrest the former mayor on Tuesday."
    co = found_2024_05_02(coder, text, "COERCE")
    assert co and co[0]["cameo"] == "173", events_of(coder, text, "2024-05-02")
    assert "JUD" in codes(co[0]["source"])[0] and co[0]["modality"] == "asserted", co
    # a government's order to its police stays the police's arrest
    text = "The government ordered police to arrest the opposition leader."
    co = found_2024_05_02(coder, text, "COERCE")
    assert co and "COP" in codes(co[0]["source"])[0], co


def test_distributors_and_financial_institutions_are_companies(coder):
    e = found(
        coder,
        "The United States imposed sanctions on two Colombian chemical distributors.",
        "SANCTION",
    )
    assert e and codes(e[0]["target"]) == ["COLBUS"], e
    e = found(
        coder, "Washington imposed sanctions on three Mexican financial institutions.", "SANCTION"
    )
    assert e and codes(e[0]["target"]) == ["MEXBUS"], e


def test_a_unit_of_an_organisation_is_the_organisation(coder):
    evs = found_2026_11_30(coder, "Peru's defence ministry blamed the ambush on the Shining Path's Central Front.",
                "ACCUSE")  # fmt: skip
    assert evs and evs[0]["target"][0]["org"] == "SHININGPATH", evs
    text = ("His government blamed the bombing on the Carlos Patiño front of the Estado Mayor "
            "Central (EMC), which operates in Cauca.")  # fmt: skip
    evs = found_2026_11_30(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["target"]) == {"COL"} and evs[0]["target"][0]["org"] == "EMC", evs
    evs = found_2026_11_30(coder, "The Eastern War Front of the ELN ambushed a patrol near Arauca on Monday.",
                "ASSAULT")  # fmt: skip
    assert evs and evs[0]["source"][0]["org"] == "ELN", evs
    # a body of its own named with the same word is still a new body
    evs = found_2026_11_30(
        coder, "Police arrested members of the National Liberation Front on Monday.", "COERCE"
    )
    assert evs and not any(a["org"] for a in evs[0]["target"]), evs


def test_a_dotted_un_mission_is_the_un(coder):
    text = "The U.N. Verification Mission in Colombia urged the rebels to return to talks."
    e = found_2026_07_16(coder, text, "REQUEST", published="2026-02-19")
    assert e and keys(e[0]["source"]) == {"UNVMC"}, e


def test_a_bodys_backers_or_enemies_are_not_the_body(coder):
    got = found_2019_02_20(
        coder, "President Assad's main backers met in Sochi last week to discuss Idlib.", "CONSULT"
    )
    assert not [e for e in got if "SYR" in keys(e["source"])], got
    got = found_2019_02_20(
        coder, "The town was retaken from Islamic State by its enemies last year.", "ASSAULT"
    )
    assert not [e for e in got if "ISIS" in keys(e["source"])], got


def test_speakers_of_a_language_are_no_legislature(coder):
    evs = events_of(
        coder,
        "Kadyrov has lobbied hard for the release of Russian-speakers from the camps.",
        "2024-05-02",
    )
    assert evs and all(not any(a["code"].endswith("LEG") for a in e["target"]) for e in evs), evs
    evs = events_of(
        coder, "The Russian speaker Vyacheslav Volodin criticised the United States.", "2024-05-02"
    )
    assert evs and codes(evs[0]["source"]) == ["RUSLEG"], evs


def test_security_service_takes_the_story_country(coder):
    text = (
        "YEREVAN (AP) - Armenian police detained 20 protesters on Monday. "
        "The National Security Service accused the opposition of plotting a coup."
    )
    rows = event_rows(coder, text, "2026-03-03")
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2] == ["ARMSPY"], rows


def test_intelligence_agency_of_the_dateline_country(coder):
    text = (
        "VILNIUS (Reuters) - Lithuania expelled two Belarusian diplomats on Tuesday. "
        "The intelligence agency accused Minsk of recruiting agents among truck drivers."
    )
    rows = event_rows(coder, text, "2026-04-08")
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2][0].startswith("LTU"), rows


def test_unknown_companies_are_companies_of_the_story(coder):
    e = found(coder, "Indian police raided the offices of Sunrise Pharma on Tuesday.", "COERCE")
    assert e and codes(e[0]["target"]) == ["INDBUS"], e
    text = ("A Kenyan court on Monday convicted the owner of Tana Chemicals Ltd of bribery. "
            "Prosecutors accused the company of dumping waste.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["target"]) == ["KENBUS"], e
    e = found(coder, "Police in Dhaka raided the headquarters of Meghna Group on Sunday.", "COERCE")
    assert e and codes(e[0]["target"]) == ["BGDBUS"], e


def test_the_aid_group_is_the_aid_agency_not_the_jihadists(coder):
    text = ("OUAGADOUGOU (Reuters) - Jihadist fighters of JNIM attacked a convoy near the capital "
            "on Sunday. Burkina Faso ordered the expulsion of the country director of the "
            "Norwegian Refugee Council, accusing it of spreading false information. The aid group "
            "said it firmly rejected the accusation.")  # fmt: skip
    e = found(coder, text, "REJECT")
    assert e and "NGO" in codes(e[0]["source"])[0], e
    text = ("Boko Haram fighters attacked a village in Borno state on Sunday, the International "
            "Committee of the Red Cross said. The militant group also abducted 20 women.")  # fmt: skip
    e = [x for x in found(coder, text, "ASSAULT") if "abducted" in x["text"]]
    assert e and codes(e[0]["source"]) == ["NGAREBBKH"], e


def test_a_body_named_after_its_parent_is_itself(coder):
    text = "NATO's KFOR peacekeeping force called on Serbia and Kosovo to show restraint."
    e = found_2025_03_12(coder, text, "REQUEST")
    assert e and keys(e[0]["source"]) == {"KFOR"}, e
    # the force that speaks is a speaker, not a peacekeeping event
    assert not found_2025_03_12(
        coder, "The U.N. peacekeeping mission said it had sent patrols to Kidal.", "AID"
    )


def test_the_world_body_is_the_international_body_not_the_rebels(coder):
    # "the world body" after a rebel group was named, and the UN before it: the UN
    text = (
        "Al-Shabaab militants detained nine employees of United Nations agencies in Kismayo on"
        " Monday. Al-Shabaab has accused the detained staff of spying, a charge the world body"
        " has rejected."
    )
    e = found(coder, text, "REJECT")
    assert e and codes(e[0]["source"]) == ["IGOUNO"], e


def test_the_controller_of_a_body_is_not_its_sector(coder):
    # "the opposition-controlled parliament" is the legislature, controlled by the opposition
    text = (
        "Kyrgyz President Almaz Tokoev accused the opposition-controlled parliament of"
        " blocking the budget on Monday."
    )
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["target"]) == ["KGZLEG"], e


def test_a_body_the_files_do_not_know_is_named_by_its_members(coder):
    # as "the leader of the Confederation of Cocoa Farmers" is a farmers' leader (AGR), the
    # body itself acts for its members; a country in its name says whose it is
    e = found(
        coder, "The National Confederation of Cocoa Farmers condemned the new export tax.", "ACCUSE"
    )
    assert e and codes(e[0]["source"]) == ["AGR"], e
    e = found(coder, "The Nurses Federation of Ghana condemned the new pay rules.", "ACCUSE")
    assert e and codes(e[0]["source"]) == ["GHAHLH"], e


def test_a_named_committee_of_no_known_members_is_no_actor(coder):
    assert not found(coder, "The Cup Final Organizing Committee praised the fans.", "SUPPORT")
    # a party's name is no word about its members: "Citizens" does not make it the public
    assert not found(coder, "The Citizens' Alliance for Progress praised the verdict.", "SUPPORT")


def test_city_and_regional_police_forces_are_their_country_s_police(coder):
    text = (
        "The LAPD arrested eleven students outside a campus building on Friday.\n\n"
        "The Paris police prefecture banned a march by taxi drivers on Saturday.\n\n"
        "Police Scotland detained three climate activists in Dundee."
    )
    got = [(e["type"], e["source"][0]["code"]) for e in events_of(coder, text)]
    assert ("COERCE", "USACOPLAP") in got, got
    assert ("COERCE", "FRACOPPAR") in got, got
    assert ("COERCE", "GBRCOPSCO") in got, got


def test_the_council_is_the_last_council_named_not_one_a_pronoun_stood_for(coder):
    """ "The AU's Peace and Security Council asked the Security Council to end the embargo,
    saying it ...; Russia criticised the council": the Security Council, the council named
    last; the "it" that stood for the AU's council after it names no council."""
    text = (
        "The U.N. Security Council on Thursday extended its arms embargo on Ruritania. "
        "The African Union's Peace and Security Council had asked the Security Council "
        "earlier this month to end the embargo, saying it kept Ruritania's army from getting "
        "the weapons it needed to protect civilians. Russia's deputy ambassador criticised "
        "the council for ignoring the African position."
    )
    got = [g for g in event_rows(coder, text, "2027-05-28") if g[0] == "ACCUSE"]
    assert got and got[0][3] == ["IGOUNOSEC"], got


def test_the_council_is_the_last_council_named_however_far_back(coder, kb):
    """ "The council" four sentences and two other bodies after the Security Council is
    still the council named last, not the bloc or mission named since; a state's own
    council ("the National Electoral Council") is that state's body the same way."""
    text = (
        "The U.N. Security Council on Thursday renewed its arms embargo on Chad. "
        "Russia's envoy criticised the council for ignoring the region's position. "
        "The army denied bombing a market in the north. "
        "The U.N. mission said two of its staff had been detained in the capital. "
        "The African Union said it would send a panel of elders to the capital next month. "
        "The council first imposed the embargo in July 2018."
    )
    got = [g for g in event_rows(coder, text, "2027-05-28") if g[0] == "SANCTION"]
    assert got and all(g[2] == ["IGOUNOSEC"] for g in got), got
    text = (
        "Police fired tear gas at opposition supporters who marched on the headquarters of "
        "Bolivia's National Electoral Council on Monday. "
        "Interior Minister Tomas Vell said 40 people were detained. "
        "Protesters blocked the main highway with burning tyres. "
        "The Organization of American States said the vote had been orderly. "
        "Its observer mission urged the council to publish every tally sheet online."
    )
    got = mentions(kb, text, "2026-04-07")
    assert mention_codes(got, "council") == ["BOLGOV"], got


def test_an_armed_group_that_became_the_government_acts_as_it_from_that_day(coder):
    """The Taliban have been Afghanistan's government since 2021-08-15 (organisations.yaml
    governs_since): their authorities' acts after it are AFG GOV (gold/CODING.md), still the
    Taliban's; what they did before it stays the group's (REB)."""
    rows = event_rows(
        coder, "Taliban authorities banned women from universities on Monday.", "2024-05-15"
    )
    assert rows and rows[0][2] == ["AFGGOVTAL"], rows
    rows = event_rows(
        coder, "Taliban fighters attacked a police post in Kunduz in 2019.", "2024-05-15"
    )
    assert rows and rows[0][2] == ["AFGREBTAL"], rows
