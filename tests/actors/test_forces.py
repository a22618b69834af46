"""Armed and security forces: bare troops, soldiers, police and officers; armies, militias,
rebels, armed groups, hackers and unidentified attackers."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    _codes_of,
    _typed_2025_04_08,
    coded_2023_03_15,
    found_2019_02_20,
    found_2021_06_09,
    found_2021_09_14,
    found_2023_04_11,
    found_2024_05_15,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_06_12,
    found_2026_11_23,
    found_2026_11_26,
    found_2026_11_30,
    found_2026_12_09,
    mention_codes,
    mentions,
    one,
    starts,
)
from tests.helpers import _typed_2025_03_12 as _typed
from tests.helpers import coded_2021_05_12 as coded

BORDER_RAID = (
    "COTONOU (Reuters) - Gunmen attacked an army post in Benin's northern Alibori department "
    "on Tuesday, killing six soldiers, the army said. Troops pursued the attackers and killed "
    "nine of them near the border with Burkina Faso. Soldiers also detained 12 suspects in the "
    "town of Karimama. The government condemned the attack."
)
PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)
JUNTA_STORY = (
    "Mali's junta on Monday expelled the head of a European aid mission.\n\n"
    "The order came after a week of protests in Bamako. Officials said the mission had ignored "
    "warnings.\n\nThe African Union urged calm. Several diplomats said talks were possible.\n\n"
    "Fighting continued in the north. Gunmen attacked a market near Gao on Sunday.\n\n"
    "Prices of food have risen sharply. Many families have left the region.\n\n"
    "Sweden withdrew its last troops from Mali in 2022, months after the junta ordered them to "
    "leave."
)
PUB = "2021-05-12"


def test_a_home_force_named_without_nationality_is_the_story_country_s(coder):
    # "National Guard troops", like "the army", are a state's forces at home: of the country
    # the story is about (bare "soldiers" often are not)
    text = ("LA PAZ (Reuters) - Thousands of miners marched on the congress building on "
            "Monday, and National Guard troops fired tear gas to push them back.")  # fmt: skip
    got = found(coder, text, "ASSAULT", "2026-10-06")
    assert got and codes(got[0]["source"]) == ["BOLMIL"], got


def test_bare_troops_are_the_army_told_before(coder):
    e = found_2026_06_12(coder, BORDER_RAID, "COERCE")
    assert [codes(x["source"]) for x in e] == [["BENMIL"]], e
    kills = [x for x in found_2026_06_12(coder, BORDER_RAID, "ASSAULT") if x["trigger"] == "killed"]
    assert kills and codes(kills[0]["source"]) == ["BENMIL"], kills


def test_a_government_does_not_condemn_its_own_troops_answer(coder):
    e = found_2026_06_12(coder, BORDER_RAID, "ACCUSE")
    assert e and "BENMIL" not in codes(e[0]["target"]), e


def test_bare_troops_after_two_armies_are_no_one(coder):
    from dotterel.actors import default_kb
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    text = (
        "Indian troops fired on Pakistani positions on Monday, and Pakistani soldiers returned "
        "fire. Troops were put on alert."
    )
    doc = next(iter(parse([text])))
    sa = SentenceActors(default_kb(), doc, None, Memory())
    for sent in doc.sents:
        sa.sentence_mentions(sent)
    troops = next(t for t in doc if t.text == "Troops")
    assert [a.country for a in sa.actors_for(troops)] == [None]


def test_a_little_known_place_a_foreign_force_reports_is_in_the_host_country(coder):
    text = (
        "PEMBA, Mozambique (Reuters) - Rwandan troops, who have fought the insurgents alongside "
        "Mozambican forces since 2021, said they had retaken the village of Nkulo on Monday."
    )
    e = [x for x in events_of(coder, text, "2026-06-12") if x["location"]]
    assert e and all(x["location"]["country"] == "MOZ" for x in e), e


def test_syrian_kurdish_forces_and_administration_are_not_the_syrian_state(coder):
    evs = found(coder, "Syrian Kurdish forces attacked Islamic State fighters near the town "
                       "of Hasakah on Monday, the monitor said.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBSDF"], evs
    evs = found(coder, "Syria's Kurdish administration on Tuesday condemned the Turkish "
                       "shelling of its villages.", "ACCUSE")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBAAN"], evs


def test_country_adjective_with_a_stateless_people_makes_forces_rebels(coder):
    evs = found(coder, "Iranian Kurdish forces attacked a border post near the town of "
                       "Mariwan on Monday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRNREB"], evs
    evs = found(coder, "Iraqi Kurdish forces attacked Islamic State positions near Mosul "
                       "on Monday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMILPSH"], evs


def test_kurdish_troops_named_with_their_country_are_its_kurdish_force(coder):
    evs = found(coder, "Iraqi Kurdish troops shelled Islamic State positions near Kirkuk "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMILPSH"], evs
    evs = found(coder, "Syrian Kurdish soldiers shelled Islamic State positions near Raqqa "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBSDF"], evs


def test_a_people_in_a_country_not_its_home_keeps_the_state_army(coder):
    # Yazidis serve in Armenia's army: a country that is none of the people's homes
    evs = found(coder, "Armenian Yazidi soldiers shelled Azerbaijani positions near the border "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["ARMMIL"], evs


def test_coordinated_country_and_people_adjectives_keep_the_state_army(coder):
    evs = found(coder, "After Iraqi and Kurdish forces stormed the town of Sinjar on Friday, "
                       "the gunmen retreated.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMIL"], evs


def test_minister_reporting_on_a_state_and_its_troops(coder):
    text = (
        "Laotian jets bombed villages near the border on Monday. Vietnam would shelter the "
        "refugees for now, the interior minister told reporters in Hanoi, adding that troops "
        "had been sent to reinforce the border."
    )
    evs = found(coder, text, "MOBILIZE")
    assert evs and codes(evs[0]["source"]) == ["VNMMIL"], evs


def test_an_agentless_arrest_told_with_a_protest_or_the_police_is_the_polices(coder):
    for text in (
        "TBILISI (Reuters) - Supporters of the jailed leader scuffled with police outside the "
        "court on Monday, and at least six people were detained.",
        "KATHMANDU (Reuters) - More than 40 students were detained during two days of protests "
        "over exam fees, officials said on Monday.",
    ):
        arrests = _typed(coder, text, "COERCE")
        assert arrests and arrests[0]["source"][0]["sector"] == ["COP"], (text, arrests)
    # told with no protest and no police: the state's (its government)
    text = "MINSK (Reuters) - Two opposition journalists were arrested at the airport on Sunday."
    arrests = _typed(coder, text, "COERCE")
    assert arrests and codes(arrests[0]["source"]) == ["BLRGOV"], arrests
    # "in March" is no march
    text = "TASHKENT (Reuters) - Six farmers were detained in March near the border."
    arrests = _typed(coder, text, "COERCE")
    assert arrests and arrests[0]["source"][0]["sector"] == ["GOV"], arrests


def test_the_attackers_are_the_one_armed_group_the_story_has_named(coder):
    text = (
        "BAMAKO (Reuters) - Fighters of the al Qaeda-linked group JNIM attacked a military camp "
        "in central Mali on Sunday. The attackers killed nine soldiers, the army said."
    )
    kills = [e for e in _typed(coder, text, "ASSAULT") if e["trigger"] == "killed"]
    assert kills and kills[0]["source"][0]["org"] == "JNIM", kills
    text = (
        "ABUJA (Reuters) - Boko Haram has stepped up raids in Borno state this year. On Sunday "
        "the gunmen stormed a village near Maiduguri. The militants also burned houses."
    )
    got = _typed(coder, text, "ASSAULT")
    assert got and all(e["source"][0]["org"] == "BOKOHARAM" for e in got), got


def test_an_army_post_in_a_countrys_region_is_that_countrys(coder):
    text = (
        "Gunmen kill five Beninese soldiers near Burkina Faso border\n\n"
        "COTONOU (Reuters) - Armed men raided an army post in Benin's northern Atacora "
        "department on Friday, the army said."
    )
    raids = [e for e in events_of(coder, text, "2025-04-08") if e["trigger"] == "raided"]
    assert raids and codes(raids[0]["target"]) == ["BENMIL"], raids


def test_the_militants_are_no_group_their_own_sentence_names_apart(coder):
    text = (
        "The Kurdish-led SDF has fought Islamic State in eastern Syria for years. On Sunday "
        "the militants attacked an SDF checkpoint east of the river."
    )
    attacks = [e for e in _typed_2025_04_08(coder, text, "ASSAULT") if e["trigger"] == "attacked"]
    assert attacks, attacks
    assert attacks[0]["source"][0]["org"] != "SDF", attacks
    assert [a["org"] for a in attacks[0]["target"]] == ["SDF"], attacks


def test_a_cartel_name_with_its_kind_word_in_lower_case_is_the_cartel(coder):
    text = "Gunmen of the Gulf cartel attacked a police patrol in Tamaulipas state on Friday."
    text2 = "The Gulf cartel attacked a police patrol in Tamaulipas state on Friday."
    for t in (text, text2):
        attacks = _typed_2025_04_08(coder, t, "ASSAULT")
        assert attacks and [a["org"] for a in attacks[0]["source"]] == ["GULFCARTEL"], attacks


def test_hackers_working_for_an_intelligence_service_are_that_services(coder):
    text = "Estonia accused hackers working for Russian military intelligence of the attack."
    evs = [e for e in events_of(coder, text) if e["type"] == "ACCUSE"]
    assert evs and evs[0]["target"] and evs[0]["target"][0]["country"] == "RUS", evs
    # no body named: the hackers keep no country of their own
    evs = [
        e
        for e in events_of(coder, "Estonia accused hackers of the attack.")
        if e["type"] == "ACCUSE"
    ]
    assert evs and all(a["country"] != "RUS" for a in evs[0]["target"]), evs


def test_spellings_of_armed_groups_names_are_those_groups(kb):
    for text, org in (
        ("Hayat Tahrir al Sham fighters entered the town.", "HTS"),
        ("The Popular Mobilisation Units said they repelled the attack.", "PMF"),
        ("The Kurdish Workers' Party said it would lay down its arms.", "PKK"),
        ("Islamic State in West Africa Province claimed the attack.", "ISWAP"),
    ):
        got = mentions(kb, text)
        assert kb.orgs[org].code in [c for _, c, _, _ in got], (text, got)


def test_the_insurgents_are_the_one_armed_group_the_story_named(kb):
    text = ("Islamic State-linked insurgents ambushed an aid convoy in Cabo Delgado on Tuesday.\n\n"
            "The WFP suspended deliveries. Thousands of people fled.\n\n"
            "Aid agencies appealed for funds on Wednesday.\n\n"
            "The defence minister accused the insurgents of using civilians as shields, and said "
            "insurgents had burned two villages.")  # fmt: skip
    got = mentions(kb, text, dateline="MOZ")
    # "the insurgents" and the bare "insurgents" after it
    assert mention_codes(got, "insurgents") == ["IMGISIMOZ", "IMGISIMOZ"], got
    # two groups named long ago: which one, the story does not say
    text = ("Boko Haram and Islamic State West Africa Province fighters clashed on Monday.\n\n"
            "Aid agencies appealed for funds. Thousands fled.\n\nThe UN sent food.\n\n"
            "The army said it had killed the insurgents.")  # fmt: skip
    got = mentions(kb, text, dateline="NGA")
    assert not [c for c in mention_codes(got, "insurgents") if c in ("NGAREBBKH", "IMGISIWAP")], got


def test_those_detained_after_a_scuffle_with_police_told_before_are_the_polices(coder):
    text = ("TBILISI - Opposition supporters gathered outside the court on Monday, and police "
            "fired tear gas at them. Nine people were arrested.")  # fmt: skip
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["GEOCOP"], evs


def test_a_longer_name_ending_in_an_armed_groups_alias_is_not_that_group(kb):
    got = mentions(kb, "The Popular Resistance Front claimed the bombing of the depot.")
    assert not any(c and c.endswith("TRF") for _, c, _, _ in got), got
    # the group's own name still is the group
    got = mentions(kb, "The Resistance Front claimed the bombing of the depot.")
    assert any(c and c.endswith("TRF") for _, c, _, _ in got), got


def test_the_junta_is_the_one_named_long_before_not_a_foreign_army(kb):
    got = mentions(kb, JUNTA_STORY, "2024-05-02")
    assert mention_codes(got, "junta") == ["MLIMIL"], got
    # "them", ordered by the junta, may be the foreign troops: not the families
    assert mention_codes(got, "them") and mention_codes(got, "them")[0].startswith("SWE"), got


def test_junta_chief_is_a_military_title(kb):
    got = mentions(kb, "ASEAN agreed a peace plan with junta chief Min Aung Hlaing.", "2024-05-02")
    assert mention_codes(got, "junta chief Min Aung Hlaing") == ["MMRMIL"], got


# or the country across the border
def test_soldiers_ambushed_near_an_unknown_village_are_the_storys_army(coder):
    from tests.conftest import events_of

    for text in (
        "Security in western Niger has worsened. Fighters from the Islamic State Sahel Province "
        "killed nine soldiers in an ambush near Tondikiwindi on Sunday, the army said.",
        "Security in western Niger has worsened. Militants killed nine soldiers in an ambush "
        "near Tondikiwindi, close to the border with Mali, on Sunday, the army said.",
    ):
        got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ASSAULT"]
        assert got and [a["code"] for a in got[0]["target"]] == ["NERMIL"], got
        assert got[0]["location"]["country"] == "NER", got


def test_an_army_spokesman_denying_the_accusation_is_the_accused_army(coder):
    text = (
        "KAMPALA (Reuters) - Ugandan troops will leave eastern Congo by the end of the month, "
        "the Ugandan army said on Friday. Congolese rebels accused Kenyan soldiers of looting a "
        "village near Bunia last week. An army spokesman denied the accusation."
    )
    evs = found(coder, text, "REJECT")
    assert evs and codes(evs[0]["source"]) == ["KENMIL"], evs
    assert codes(evs[0]["target"]) == ["CODREB"], evs
    # a denier the accusation does not name keeps its own country
    text = (
        "KAMPALA (Reuters) - Ugandan troops will leave eastern Congo, the Ugandan army said. "
        "Congolese rebels accused Kenyan diplomats of lying. An army spokesman denied the "
        "accusation."
    )
    evs = found(coder, text, "REJECT")
    assert evs and codes(evs[0]["source"]) == ["UGAMIL"], evs


def test_police_placed_in_a_city_of_another_country_are_that_countrys(coder):
    for text in (
        "ISLAMABAD - Pakistan's prime minister spoke on Monday. Police in Lyon arrested four men.",
        "ISLAMABAD - Pakistan's prime minister spoke on Monday. In Lyon, police arrested four men.",
    ):
        evs = found(coder, text, "COERCE")
        assert evs and codes(evs[0]["source"]) == ["FRACOP"], evs
    # in a city of the story's own country they stay its own
    text = "ISLAMABAD - Pakistan's prime minister spoke on Monday. Police in Karachi arrested four men."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["PAKCOP"], evs


def test_the_army_is_the_army_named_before(kb):
    got = mentions(kb, "Bangladesh hosts the refugees. Myanmar's army denied the charges. Bangladesh said "
                       "the army had burned villages.")  # fmt: skip
    assert mention_codes(got, "army") == ["MMRMIL"]


@pytest.mark.parametrize("text,mention,code", [
    # described armed groups with no name are irregulars (UAF); a word of the role noun itself
    # ("defence" in "self-defence", "tribal") imposes no sector of its own
    ("A self-defence force in the village vowed to fight.", "self-defence force", "UAF"),
    ("A tribal militia took the pass.", "tribal militia", "UAF"),
    ("Nigeria's newly formed paramilitary group warned its critics.", "Nigeria's newly formed paramilitary group", "NGAUAF"),
    ("Armed volunteers guarded the bridge.", "Armed volunteers", "UAF"),
    ("The militia group seized the depot.", "militia group", "UAF"),
    # unions by other names
    ("The Writers Guild called a strike.", "Writers Guild", "LAB"),
    ("The players' association rejected the offer.", "players' association", "LAB"),
    # a modifier outside the role noun still counts
    ("Former army officers met in Lagos.", "Former army officers", "ELI"),
])  # fmt: skip
def test_described_armed_groups_are_irregulars(kb, text, mention, code):
    assert mention_codes(mentions(kb, text, "2019-03-14"), mention)[-1:] == [code]


def test_bare_soldiers_with_another_country_named_nearby_are_no_one(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched on Friday after Mozambique closed the border. "
        "Soldiers fired on the protesters near the crossing."
    )
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert not any("MWIMIL" in codes(x["source"]) for x in e), e


def test_bare_officers_are_the_police_told_of_before(coder):
    text = ("LUSAKA (Reuters) - Zambian police fired tear gas at protesters in Lusaka on Tuesday. "
            "Police spokesman Daniel Mwale said officers arrested 14 people in Zambia.")  # fmt: skip
    got = _codes_of(coder, text, "COERCE")
    assert got and all(c == ["ZMBCOP"] for c in got), got


def test_soldiers_firing_in_the_story_s_capital_are_its_army(coder):
    text = ("HARARE (Reuters) - Zimbabwe's opposition accused Zimbabwe's government of rigging the "
            "vote. On August 1, 2018, soldiers opened fire on opposition supporters in Harare.")  # fmt: skip
    e = found_2025_06_18(coder, text, "ASSAULT")
    assert e and codes(e[0]["source"]) == ["ZWEMIL"], e


def test_the_forces_withdrawn_are_the_withdrawal_s_source(coder):
    # "the withdrawal of the Ethiopian forces from Kismayo": with no doer of its own the noun's
    # "of" phrase withdraws; a doer the text names still comes first
    e = one(coder, "The withdrawal of the Ethiopian forces from Kismayo left a vacuum.", "RETREAT")
    assert starts(e["source"]) == {"ETH"} and starts(e["target"]) == {"SOM"}
    e = one(
        coder, "The United States announced the withdrawal of 9,500 troops from Germany.", "RETREAT"
    )
    assert codes(e["source"]) == ["USA"] and codes(e["target"]) == ["DEU"]


def test_a_states_armed_acts_are_its_militarys(coder):
    e = one(
        coder, "Three Afghan farmers were killed by Pakistani shelling near the border.", "ASSAULT"
    )
    assert codes(e["source"]) == ["PAKMIL"] and starts(e["target"]) == {"AFG"}
    e = one(coder, "China and Pakistan began joint naval exercises on Monday.", "COOPERATE")
    assert sorted(codes(e["source"]) + codes(e["target"])) == ["CHNMIL", "PAKMIL"]
    e = one(coder, "Peru condemned Chile on Monday.", "ACCUSE")  # not an armed act: the state
    assert codes(e["source"]) == ["PER"]


def test_an_unnamed_jet_is_the_military_told_before(coder):
    text = ("A Myanmar military air strike on a village in Sagaing killed 50 people on Tuesday. "
            "A fighter jet dropped bombs on the crowd in Pazigyi village, residents said.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "ASSAULT"]
    assert len(got) == 1 and codes(got[0]["source"]) == ["MMRMIL"] and len(got[0]["mentions"]) >= 2


def test_the_jets_scrambled_are_the_mobilizers_own_not_a_target(coder):
    assert coded(coder, "China scrambled fighter jets on Tuesday.", "2019-08-21") == [
        ("MOBILIZE", ["CHNMIL"], [], "asserted")
    ]


def test_a_described_militia_is_of_the_country_the_story_is_about(coder):
    # "a newly formed militia", "a self-defence force" with no country named: the story's
    # country, like rebels or police (irregulars raised where they fight)
    text = (
        "Kenya's government extended a curfew in the north on Monday. "
        "A newly formed militia threatened to attack police stations in the region."
    )
    e = one(coder, text, "THREATEN")
    assert codes(e["source"]) == ["KENUAF"]


def test_regional_and_armed_leaders_carry_their_organisation(coder):
    e = found_2026_11_26(
        coder,
        "Khalifa Haftar met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.",
        "CONSULT",
    )
    assert e and e[0]["source"][0]["org"] == "LNA", e
    e = found_2026_11_26(coder, "Masrour Barzani will travel to Ankara next week.", "CONSULT")
    assert e and e[0]["source"][0]["org"] == "KRG" and e[0]["source"][0]["country"] == "IRQ", e


def test_a_farc_dissident_faction_is_the_dissidents(coder):
    text = "ELN fighters attacked a rival FARC dissident faction near the border in January."
    evs = found_2026_11_23(coder, text, "ASSAULT")
    assert evs and all(keys(e["target"]) == {"COL"} for e in evs), evs
    assert all("REBEMC" in a["code"] for e in evs for a in e["target"]), evs


def test_fighters_from_a_group_are_that_group(coder):
    for text, key in (
        (
            "Fighters from al-Shabaab killed six soldiers near Baidoa on Sunday.",
            "ALSHABAAB",
        ),
        ("Troops from Chad attacked a rebel base on Monday.", "TCD"),
    ):
        evs = found_2026_11_23(coder, text, "ASSAULT")
        assert evs and all(key in {a["org"] or a["country"] for a in e["source"]} for e in evs), (
            text,
            evs,
        )


def test_the_junta_is_the_military_government_named_before(coder):
    text = ("Guinea's military government on Monday ordered Senegal's ambassador to leave. Senegal's "
            "army said on Tuesday it had repelled an attack on a border post in Kedougou. Senegal's "
            "president called the expulsion a mistake. The African Union urged the junta to "
            "reverse the expulsion.")  # fmt: skip
    evs = [
        e
        for e in found_2026_11_30(coder, text, "REQUEST", "2026-11-26")
        if e["source"][0]["org"] == "AU"
    ]
    assert evs and keys(evs[0]["target"]) == {"GIN"}, evs


def test_the_dissidents_are_the_group_named_so(coder):
    text = ("BOGOTA - The government blamed the ambush on the Estado Mayor Central (EMC) on Friday. "
            "Talks between the government and the dissidents began in Cali in 2024. The army would "
            "resume bombing the dissidents' camps, the defence minister said.")  # fmt: skip
    evs = events_of(coder, text, "2026-11-30")
    talks = [e for e in evs if e["type"] == "CONSULT"]
    assert talks and {a["org"] for a in talks[0]["source"] + talks[0]["target"]} >= {"EMC"}, talks
    threat = [e for e in evs if e["type"] == "THREATEN"]
    assert threat and threat[0]["target"][0]["org"] == "EMC", threat
    # a state's own word is not the group's: "the forces" after the Rapid Support Forces
    text = ("KHARTOUM - The Rapid Support Forces shelled El Fasher on Monday. The forces also "
            "attacked a market in the city, residents said.")  # fmt: skip
    evs = found_2026_11_30(coder, text, "ASSAULT")
    assert len(evs) == 2 and not evs[1]["source"][0]["org"], evs


def test_the_force_refers_back_to_a_force_named_so(coder):
    text = (
        "NAQOURA, Lebanon - UNIFIL said two of its peacekeepers were hurt by stones on Monday. "
        "A UNIFIL spokesman said the force had no plans to bring in reinforcements."
    )
    evs = found_2026_12_09(coder, text, "MOBILIZE", published="2026-12-01")
    assert evs and evs[0]["source"][0]["org"] == "UNIFIL", evs
    assert evs[0]["modality"] == "negated", evs


def test_a_capitalised_force_refers_back_but_physical_force_does_not(coder):
    # "the Force" (NNP) is how peacekeeping copy writes it
    text = (
        "PRISTINA - KFOR said three of its soldiers were hurt by stones on Tuesday. "
        "A KFOR officer said the Force had no plans to send more troops."
    )
    evs = found_2026_12_09(coder, text, "MOBILIZE")
    assert evs and evs[0]["source"][0]["org"] == "KFOR", evs
    # "the force of the blast" is physical force, never the Kosovo Force named before it
    text = (
        "The force of the explosion wrecked the Kosovo Force depot near the border. "
        "The force of the blast killed two guards."
    )
    assert not [
        e for e in found_2026_12_09(coder, text, "ASSAULT") if codes(e["source"]) == ["IGONATKFR"]
    ]


def test_a_movement_is_its_affiliate_where_that_one_fights(coder):
    text = "PEMBA, Mozambique (Reuters) - Islamic State militants attacked a police post on Sunday."
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISMOZ", e
    text = "JALALABAD, Afghanistan (Reuters) - Islamic State gunmen attacked a Taliban checkpoint."
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISKP", e
    # where the core fights, or two affiliates do, it stays the movement
    text = "RAQQA, Syria (Reuters) - Islamic State fighters attacked a Kurdish checkpoint."
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISIS", e
    text = "NIAMEY (Reuters) - Islamic State fighters attacked an army post near Tillaberi."
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISIS", e


@pytest.mark.parametrize(
    "text",
    [
        "Fighting flared in eastern Congo. Rebels attacked the town of Rutshuru on Sunday.",
        "Rebels attacked the town of Rutshuru in eastern Congo on Sunday.",
        "Heavy rain hit northern Mozambique. Insurgents burned a village near Mocimboa da Praia.",
    ],
)  # fmt: skip
def test_rebels_of_no_named_country_are_the_storys(coder, text):
    got = [(t, s) for t, _, s, _, _ in coded_2023_03_15(coder, text)]
    assert got and got[0][0] == "ASSAULT" and got[0][1][0].endswith("REB"), got
    assert got[0][1][0][:3] in ("COD", "MOZ")


def test_the_backers_name_is_not_the_forces_nationality(coder):
    got = events_of(coder, "US-backed Kurdish forces besieged the last Isis enclave on Monday.")
    assert not [e for e in got if e["type"] == "SUPPORT" and keys(e["target"]) == {"USA"}], got


def test_bare_police_after_a_foreign_police_force_are_the_countrys_own(coder):
    text = (
        "SUVA (Reuters) - Fiji said on Tuesday that Australian police have helped keep order in the "
        "country since 2021. Hundreds of people rioted in Suva on Friday. Police used tear gas to "
        "scatter the crowds and arrested 60 people."
    )
    for typ in ("ASSAULT", "COERCE"):
        e = found_2019_02_20(coder, text, typ)
        assert e and e[0]["source"][0]["code"] == "FJICOP", typ


@pytest.mark.parametrize(("text", "typ"), [
    ("BAKU (Reuters) - Azerbaijani police detained more than 30 people on Tuesday as opposition "
     "supporters blocked roads in central Baku.", "COERCE"),
    ("SUVA (Reuters) - Hundreds of opposition supporters rioted in Suva on Friday. Police used tear "
     "gas to scatter the crowds and arrested 60 people.", "ASSAULT"),
])  # fmt: skip
def test_crowd_policed_during_a_protest_is_the_protesting_group(coder, text, typ):
    e = found_2019_02_20(coder, text, typ)
    assert e and e[0]["target"][0]["code"].endswith("OPP"), text


def test_crowd_policed_after_two_protesting_groups_stays_the_public(coder):
    text = (
        "SANTIAGO (Reuters) - Tens of thousands of Chileans marched through central Santiago on Wednesday and unions staged "
        "a general strike. Police fired tear gas at the crowds."
    )
    e = found_2019_02_20(coder, text, "ASSAULT")
    assert e and e[0]["target"][0]["code"] == "CHLCVL"


def test_government_forces_of_the_place_the_sentence_names(coder):
    text = (
        "Russia said it would veto the resolution. Russia warned the West. Russia's envoy spoke. "
        "Inspectors were heading to look into an alleged chemical attack by government forces on "
        "Hama that killed many civilians."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ASSAULT"]
    assert evs and all("RUS" not in "".join(codes(e["source"])) for e in evs), evs


def test_a_states_aircraft_are_its_forces_not_its_people(coder):
    text = "Air strikes by Saudi planes killed 40 people at a market in Saada on Tuesday."
    evs = [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "ASSAULT"]
    assert evs and all(codes(e["source"]) == ["SAUMIL"] for e in evs), evs


def test_a_stateless_peoples_forces_are_no_state_army_and_keep_their_place(coder):
    evs = [e for e in events_of(coder, "Kurdish forces withdrew from Kobani on Tuesday.", "2018-03-20")
           if e["type"] == "RETREAT"]  # fmt: skip
    assert evs and all("MIL" not in codes(e["source"])[0] for e in evs), evs
    # a capital in a clause told of the group is not where it is from
    text = "The Malian units that had fought with Paris against the jihadists captured the town of Kidal."
    evs = [e for e in events_of(coder, text, "2018-03-20") if e["source"]]
    assert evs and all("FRA" not in keys(e["source"]) for e in evs), evs


def test_who_begins_to_be_pushed_back_by_an_army_is_its_target(coder):
    rows = event_rows(coder, "The rebels began to be pushed back by the Malian army.", "2019-03-20")
    assert [r for r in rows if r[0] == "ASSAULT" and r[2] == ["MLIMIL"] and r[3]], rows


def test_a_militia_formed_by_a_governor_is_the_governors(coder):
    e = found_2021_09_14(
        coder, "The Kenyan governor formed a militia to guard the border.", "MOBILIZE"
    )
    assert e and e[0]["source"][0]["code"].startswith("KENGOV"), e


def test_cyber_attack_after_its_attribution_is_the_named_hackers(coder):
    text = (
        "Moldova said Russian military hackers had attacked the servers of its customs office. "
        "The cyberattack on the customs office stopped trucks at the border for a day."
    )
    e = found_2021_06_09(coder, text, "COERCE")
    assert len(e) >= 1 and all("RUS" in keys(x["source"]) for x in e), e


def test_cyber_attack_accused_of_is_the_accused_hackers(coder):
    text = (
        "Latvia's security service on Tuesday accused hackers working for Russian military "
        "intelligence of a cyber attack that knocked the website of the electoral commission "
        "offline for a day."
    )
    e = found_2021_06_09(coder, text, "COERCE")
    assert e and all("RUS" in keys(x["source"]) for x in e), e


@pytest.mark.parametrize("text", [
    "Armed masked men pulled out of the town of Gao on Tuesday.",
    "Masked men pulled out of the town of Gao on Tuesday.",
])  # fmt: skip
def test_masked_men_are_unidentified_armed_actors(coder, text):
    evs = found_2023_04_11(coder, text, "RETREAT")
    assert [codes(e["source"]) for e in evs] == [["MLIUAF"]], evs


@pytest.mark.parametrize("text, code", [
    ("Al-Shabaab fighters attacked a Somali army base in the Middle Shabelle region on Tuesday.", "SOMMIL"),
    ("Tajik forces shelled a Kyrgyz border post on Friday.", "KGZMIL"),
    ("Gunmen ambushed a Nigerian police convoy in Zamfara.", "NGACOP"),
    # "barracks" is read as its lemma, "barrack" (word class armed_facility_nouns)
    ("Gunmen attacked a Somali army barracks near Baidoa on Monday.", "SOMMIL"),
])  # fmt: skip
def test_a_countrys_military_or_police_facility_is_that_arm(coder, text, code):
    e = found_2024_05_15(coder, text, "ASSAULT")
    assert e and code in {a["code"] for a in e[0]["target"]}, e


def test_a_regional_force_is_no_one_countrys_army(coder):
    e = found_2024_05_15(
        coder,
        "Insurgents in Guinea-Bissau said they opposed any deployment of a regional stabilisation force.",
        "REJECT",
    )
    assert e and all(a["country"] != "GNB" for a in e[0]["target"]), e


def test_government_forces_named_by_rebels_are_their_own_government(coder):
    text = ("DAKAR (Reuters) - Senegal sent 500 soldiers to Guinea-Bissau last year. Senegal's "
            "army said on Monday its troops would stay until June. The CMA rebels in Mali accused "
            "government forces of shelling their positions near Kidal.")  # fmt: skip
    e = [x for x in found_2025_03_12(coder, text, "ACCUSE") if "accused" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["MLIMIL"], e


def test_the_army_a_ministry_speaks_of_after_its_accusation_is_its_own(coder):
    # the ministry of one state accused another, named more often; "the army" in the
    # ministry's own words is its state's army, not the accused neighbour's
    text = ("NAIROBI - Malawi's foreign ministry accused Zambia on Monday of violating its "
            "sovereignty. Zambia has denied the charge. Zambia's troops remain near the border. "
            "The army would respond to any incursion, the ministry said.")  # fmt: skip
    e = [x for x in events_of(coder, text, "2024-03-05") if x["type"] == "THREATEN"]
    assert e and codes(e[0]["source"]) == ["MWIMIL"], e


def test_fighters_from_neighbouring_countries_are_each_countrys(coder):
    # "from neighbouring Chad and Sudan" names both countries, not the story's own
    text = ("BANGUI - The army said it had pushed back an assault on Birao, a town in the "
            "north-east, on Sunday.\n\n"
            "Fighters from neighbouring Chad and Sudan attacked the camp on Monday.")  # fmt: skip
    hits = [e for e in events_of(coder, text, "2026-10-01") if e["trigger"] == "attacked"]
    assert hits and keys(hits[0]["source"]) == {"TCD", "SDN"}, hits


def test_the_military_government_is_the_junta_named_before_not_a_speakers_state(kb):
    # "the military government" and "the junta" name one ruler: Burkina Faso's, not France's
    # whose ministry reports the pull-out
    text = (
        "Burkina Faso's junta on Friday suspended two French radio stations. About 400 soldiers "
        "flew out of Ouagadougou on Friday, France's defence ministry said, ending a mission the "
        "military government had cancelled after it seized power in 2022."
    )
    got = mentions(kb, text, "2026-05-04")
    assert mention_codes(got, "military government") == ["BFAMIL"], got
    assert mention_codes(got, "it") == ["BFAMIL"], got


def test_troops_loyal_to_or_under_a_commander_are_of_his_country(coder):
    text = (
        "BANGUI, March 3 (Reuters) - Fighting spread to a third province of the Central African "
        "Republic on Tuesday. Soldiers loyal to President Marc Dologuele surrounded the home of "
        "the former prime minister and placed him under house arrest."
    )
    got = found_2026_11_30(coder, text, "COERCE")
    assert got and all(codes(e["source"]) == ["CAFMIL"] for e in got), got
    # the commander is another country's (the files know him): his troops are his country's
    text = (
        "GOMA, May 4 (Reuters) - Fighting resumed in eastern Congo on Sunday. Soldiers loyal to "
        "President Paul Kagame shelled a village near Goma."
    )
    got = found_2026_11_30(coder, text, "ASSAULT")
    assert got and keys(got[0]["source"]) == {"RWA"}, got


def test_soldiers_a_country_s_rebels_act_on_are_its_state_s(coder):
    # talks held abroad place the story's scene there, not the soldiers the rebels free
    text = (
        "CARACAS, May 4 (Reuters) - Peru's government and the Shining Path rebels resumed "
        "talks in Caracas on Monday. On Sunday, the rebels freed three soldiers they had held "
        "since June."
    )
    got = found_2026_11_30(coder, text, "RETREAT")
    assert got and keys(got[0]["target"]) == {"PER"}, got


def test_commanders_a_foreign_state_acts_on_are_of_the_story_s_country(coder):
    text = (
        "JUBA, May 4 (Reuters) - Fighting between the army and the SPLM-IO spread to Jonglei on "
        "Monday. The British envoy said London could impose sanctions on commanders who block "
        "aid convoys."
    )
    got = found_2026_11_30(coder, text, "THREATEN")
    assert got and keys(got[0]["target"]) == {"SSD"}, got


def test_troops_named_only_by_their_kind_are_the_story_s_army(coder):
    text = (
        "MANILA, May 4 (Reuters) - The Philippine president declared martial law late on "
        "Wednesday. Hours after the declaration, hundreds of special forces troops, some "
        "carrying rifles, smashed windows to enter the Senate building."
    )
    got = [e for e in events_of(coder, text, "2024-05-02") if e["sentence_index"] == 1]
    assert got and codes(got[0]["source"]) == ["PHLMIL"], got


def test_a_coast_guard_is_not_the_storys_army(coder):
    # "National Guard troops" are the story's country's forces, a coast guard is not: its
    # vessels firing at the story's country's boats are no attack of that country on itself
    evs = events_of(coder, "HANOI - Coast guard ships fired water cannon at three Vietnamese "
                           "fishing boats near the atoll.")  # fmt: skip
    assert not [e for e in evs if codes(e["source"])[:1] == ["VNMMIL"]], evs


@pytest.mark.parametrize(
    "text, want",
    [
        # the story's country is the neighbour the order is about, not the army's own
        ("PRISTINA (Reuters) - Kosovo police raided a village near the border on Sunday. Serbian "
         "President Ivan Radulovic ordered the army to raise its combat readiness along the "
         "boundary with Kosovo on Monday.", "SRBMIL"),
        ("KAMPALA (Reuters) - Ugandan troops clashed with rebels near the border on Sunday. "
         "Kenyan President Samuel Otieno ordered the police to step up patrols along the border "
         "with Uganda on Monday.", "KENCOP"),
    ],
)  # fmt: skip
def test_a_force_ordered_by_a_state_s_leader_is_that_state_s(coder, text, want):
    got = [a["code"] for e in events_of(coder, text, "2026-03-04") if e["type"] == "MOBILIZE"
           for a in e["source"]]  # fmt: skip
    assert got == [want], got


def test_the_rebels_are_the_group_the_story_calls_rebels(kb):
    text = ("Zamba rebels of the Lord's Resistance Army overran an army base in Obo on Friday.\n\n"
            "The government accused Kampala of arming the Allied Democratic Forces, a militia "
            "active further south.\n\n"
            "The rebels later seized the airstrip and took two officers hostage.")  # fmt: skip
    got = mentions(kb, text, dateline="CAF")
    # not the armed group named last in passing, but the one the story called rebels
    lra = mention_codes(got, "Lord's Resistance Army")[:1]
    assert lra and mention_codes(got, "rebels")[-1:] == lra, got
    # a group named once as what another one split from is not the story's rebels
    text = ("The Allied Democratic Forces, a faction of former Lord's Resistance Army rebels, "
            "overran an army base in Obo on Friday. The ADF also burned a school.\n\n"
            "The army said the ADF had lost 20 fighters.\n\n"
            "The rebels later seized the airstrip.")  # fmt: skip
    got = mentions(kb, text, dateline="CAF")
    adf = mention_codes(got, "ADF")[:1]
    assert adf and mention_codes(got, "rebels")[-1:] == adf, got


def test_men_led_by_a_person_are_of_the_persons_side_not_the_person(kb):
    # "fighters led by" a named commander: the group takes his country, body and sector,
    # never his name (nor his knowledge-base entry, which would make it him)
    for text, group, person in (
        ("Fighters led by Abubakar Shekau stormed a school near Maiduguri.", "Fighters",
         "Abubakar Shekau"),
        ("Soldiers led by Colonel Mamadi Doumbouya seized the palace in Conakry.", "Soldiers",
         "Colonel Mamadi Doumbouya"),
    ):  # fmt: skip
        got = mentions(kb, text)
        mine = [m for m in got if m[0] == group]
        assert mine and mine[0][1] == mention_codes(got, person)[0], got
        assert mine[0][2] == group and mine[0][2] != [m for m in got if m[0] == person][0][2], got


def test_military_instructors_are_their_states_forces(coder):
    text = (
        "Turkey, whose military instructors train the Somali army, opened a new base in Mogadishu."
    )
    evs = [e for e in events_of(coder, text, "2026-06-18") if e["type"] == "AID"]
    assert evs and codes(evs[0]["source"]) == ["TURMIL"], evs


def test_the_armed_opposition_are_rebels_of_the_state_coordinated_with_them(coder):
    """ "Kenya offered to host talks between the government and the armed opposition": the
    armed opposition are rebels (gold/CODING.md: country + REB), of the state whose
    government they are named with, not of the host or of the venue."""
    text = (
        "South Sudan's army clashed with rebels in Upper Nile on Monday. The African Union "
        "said it would send envoys to Juba, and Kenya offered to host talks between the "
        "government and the armed opposition in Nairobi."
    )
    got = [g for g in event_rows(coder, text, "2027-05-28") if g[0] == "AGREE" and g[2] == ["KEN"]]
    assert got and set(got[0][3]) == {"SSDGOV", "SSDREB"}, got


def test_a_bare_navy_after_a_foreign_navy_boat_is_the_story_country_s(coder):
    # a foreign force's boat is no mention of that force: the bare navy of a story datelined
    # in its own country is that country's; "Ghana's navy ... the navy" still links back
    text = ("ACCRA - Gunmen attacked a Togolese navy patrol boat off Keta on Monday, officials "
            "said.\n\nThe navy later arrested four suspects near the port of Tema.")  # fmt: skip
    arrest = [e for e in events_of(coder, text, "2024-05-06") if e["type"] == "COERCE"]
    assert arrest and codes(arrest[0]["source"]) == ["GHAMIL"], arrest
    text = ("ACCRA - Togo's navy seized a fishing boat off Keta on Monday.\n\nThe navy later "
            "arrested four fishermen.")  # fmt: skip
    arrest = [e for e in events_of(coder, text, "2024-05-06") if e["cameo"] == "173"]
    assert arrest and codes(arrest[0]["source"]) == ["TGOMIL"], arrest
