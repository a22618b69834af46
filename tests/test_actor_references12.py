"""Actor references found in the session-12 error analysis of the gold dev articles (plural
groups, "both sides", denials by the accused), each tested on invented sentences."""

from __future__ import annotations

from tests.test_actors import codes as mention_codes
from tests.test_actors import mentions

from .conftest import codes, finder

found = finder("2024-05-02")


# -- a subject list of three: the parser hangs the third on the second ---------------------------
def test_the_three_capitals_are_the_three_states_named_as_one_subject(kb):
    text = (
        "Spain, Italy and Portugal urged Morocco to reopen the border. Morocco's interior "
        "minister accused the three capitals of meddling."
    )
    got = mentions(kb, text, "2024-05-02")
    assert sorted(mention_codes(got, "three capitals")) == ["ESP", "ITA", "PRT"], got


# -- "the three allies" named together in another role, sentences before ----------------------
def test_the_three_allies_are_the_three_named_together_not_the_last_three_actors(kb):
    text = (
        "Iran test-fired a cruise missile over the Gulf on Monday. At the urging of Britain, "
        "France and the Netherlands, the Security Council will meet on Friday. Oman said it "
        "would send an envoy. Tehran did not comment. The three allies will also hold naval "
        "drills near Bahrain."
    )
    got = mentions(kb, text, "2024-05-02")
    assert sorted(mention_codes(got, "three allies")) == ["FRA", "GBR", "NLD"], got


def test_the_allies_navies_are_one_navy_each(coder):
    text = (
        "Iran test-fired a cruise missile over the Gulf on Monday. At the urging of Britain, "
        "France and the Netherlands, the Security Council will meet on Friday. The three "
        "allies' navies will hold a joint exercise in the Gulf on Sunday."
    )
    evs = found(coder, text, "COOPERATE")
    both = codes(evs[0]["source"]) + codes(evs[0]["target"]) if evs else []
    assert sorted(both) == ["FRAMIL", "GBRMIL", "NLDMIL"], evs


# -- a denial by a role noun alone comes from the accused of that role -------------------------
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


# -- "both sides" are the parties of the talks, not a bomb no one claimed ----------------------
def test_both_sides_are_the_parties_of_the_suspended_talks(coder):
    text = (
        "LIMA (AP) - Peru's government suspended peace talks with the Shining Path on Sunday "
        "after a bomb killed four soldiers. The United Nations urged both sides on Monday to "
        "return to talks."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and sorted(codes(evs[0]["target"])) == ["PERGOV", "PERREBSHP"], evs


def test_a_state_and_its_own_police_are_not_two_sides(coder):
    text = (
        "Kenyan police arrested dozens of opposition supporters in Nairobi on Monday. The "
        "interior ministry praised the police on Tuesday. President Ruto also thanked the "
        "police. The United Nations urged both sides to avoid violence."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and sorted(codes(evs[0]["target"])) == ["KENCOP", "KENOPP"], evs


# -- "the opposition" after the story named one opposition party: that party -------------------
OPPOSITION_STORY = (
    "HARARE (AFP) - Zimbabwean police arrested several senior leaders of the opposition "
    "Citizens Coalition for Change overnight, as thousands of its supporters marched on the "
    "capital on Saturday. The home affairs minister warned that anyone who joined the march "
    "would be arrested. President Mnangagwa offered to hold talks with the opposition. The "
    "opposition called a national strike for Monday."
)


def test_the_opposition_is_the_opposition_party_the_story_named(coder):
    evs = found(coder, OPPOSITION_STORY, "PROTEST")
    strike = [e for e in evs if "strike" in e["trigger"]]
    assert strike and [(a["code"], a["org"]) for a in strike[0]["source"]] == [
        ("ZWEOPP", "CCC_ZWE")
    ], evs
    evs = found(coder, OPPOSITION_STORY, "AGREE")
    assert evs and [a["org"] for a in evs[0]["target"]] == ["CCC_ZWE"], evs


def test_the_opposition_at_large_when_the_story_named_no_party(coder):
    text = (
        "HARARE (AFP) - Zimbabwean police arrested several opposition activists overnight. "
        "The opposition called a national strike for Monday."
    )
    evs = [e for e in found(coder, text, "PROTEST") if "strike" in e["trigger"]]
    assert evs and [(a["code"], a["org"]) for a in evs[0]["source"]] == [("ZWEOPP", None)], evs


# -- a lower-case noun the parser took for a name is no town ("the march" is not March, UK) -----
def test_anyone_who_joined_the_march_is_not_a_town_in_england(coder):
    evs = found(coder, OPPOSITION_STORY, "THREATEN")
    assert evs and all(a["country"] == "ZWE" for a in evs[0]["target"]), evs
    assert evs[0]["target"], evs


# -- a speaker of guessed country does not accuse its own state ---------------------------------
def test_a_spokeswoman_of_no_named_country_is_of_the_other_state_not_the_accused(coder):
    text = (
        "KINSHASA (Reuters) - Congolese troops retook the town of Walikale on Monday, the army "
        "said. Government spokeswoman Marie Uwera said Kigali had no soldiers in Congo and "
        "accused Kinshasa of arming the FDLR militia."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["RWAGOV"], evs
    # her country is the story's when the sentence names no other state
    text = (
        "KINSHASA (Reuters) - Congolese troops retook the town of Walikale on Monday. "
        "Government spokeswoman Marie Uwera accused the rebels of looting the town."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["CODGOV"], evs
    # armed groups of guessed country keep it: only a state's voice is moved
    text = (
        "BAGHDAD (Reuters) - Iraqi troops moved north on Monday. On Sunday the Iranian "
        "government said its campaign was aimed at militant groups that threaten the unity of "
        "Iraq."
    )
    evs = found(coder, text, "THREATEN")
    assert all(codes(e["source"]) != ["IRNREB"] for e in evs), evs
