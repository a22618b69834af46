"""General causes found by the blind gold7 articles (gold/articles.jsonl, gold7-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import finder, keys

found = finder("2026-07-16")


# -- a clause telling when a future act would happen is no event of its own ----------------------
def test_the_condition_of_a_future_act_is_no_event(coder):
    for text in (
        "Chadian troops will leave their camps in the north once the rebels have disarmed.",
        "The army will pull out of the valley once the militia has disarmed.",
        # a reported "would" moves the pluperfect back: still the condition
        "Officials said the police would free the men once the militia had disarmed.",
    ):
        assert not [e for e in found(coder, text, "RETREAT") if "disarm" in e["trigger"]], text
        assert found(coder, text, "CONCEDE"), text  # the promised act is still coded


def test_a_past_clause_under_a_future_act_keeps_its_event(coder):
    text = "Talks will resume in May after the army withdrew its troops from the town last week."
    assert [e for e in found(coder, text, "RETREAT") if e["modality"] == "asserted"]
    text = (
        "The government would compensate the families of two farmers killed on Friday, when "
        "soldiers opened fire on a crowd in the market."
    )
    assert found(coder, text, "ASSAULT")


# -- a pattern's noun belongs to the pattern's own preposition ---------------------------------
def test_a_noun_under_another_preposition_is_not_the_patterns(coder):
    text = "Under the new accord, Ugandan soldiers will withdraw from their posts in the east."
    assert not found(coder, text, "SANCTION")
    assert found(coder, "Uganda will withdraw from the accord next year.", "SANCTION")


# -- a call between two parties needs two parties --------------------------------------------
def test_two_leaders_who_spoke_by_telephone_held_a_call(coder):
    text = "President Ruto and Prime Minister Abiy Ahmed spoke by telephone on Monday evening."
    e = found(coder, text, "CONSULT")
    assert e and e[0]["mode"] == "phone", e


def test_one_speaker_on_the_telephone_gives_an_interview(coder):
    for text in (
        "Speaking by telephone from Kandahar, a Taliban commander said the talks had failed.",
        "The minister of trade and industry spoke by telephone from Nairobi.",
    ):
        assert not found(coder, text, "CONSULT"), text


# -- "U.N." and "UN" are one spelling in organisation names ---------------------------------
def test_un_bodies_in_either_spelling(kb):
    from dotterel.actors.kb import _un_spellings

    assert "U.N. Assistance Mission in Somalia" in _un_spellings(
        ["UN Assistance Mission in Somalia"]
    )
    assert _un_spellings(["UNAMA"]) == []


def test_a_dotted_un_mission_is_the_un(coder):
    text = "The U.N. Verification Mission in Colombia urged the rebels to return to talks."
    e = found(coder, text, "REQUEST", published="2026-02-19")
    assert e and keys(e[0]["source"]) == {"UNVMC"}, e


# -- a claim not made is no attack ------------------------------------------------------------
def test_an_attack_no_one_claimed_is_not_denied(coder):
    for text in (
        "The militia did not claim the bombing of the bridge.",
        "The rebels have not claimed responsibility for the attack on the convoy.",
        "The militia never claimed the bombing of the bridge.",
        "The militia hasn’t claimed the bombing of the bridge.",
    ):
        assert not found(coder, text, "ASSAULT"), text
    assert found(
        coder, "The rebels claimed responsibility for the attack on the convoy.", "ASSAULT"
    )


# -- a body of state in a capital is that country's ------------------------------------------
def test_a_ministry_in_a_capital_is_that_countrys(coder):
    text = "The foreign ministry in Lima summoned Chile's ambassador on Monday."
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"PER"} and keys(e[0]["target"]) == {"CHL"}, e
    # an embassy sits in another country's capital: it stays its own country's
    text = "The Russian embassy in Lima protested against the arrests."
    e = found(coder, text, "ACCUSE") or found(coder, text, "PROTEST")
    assert not e or "PER" not in keys(e[0]["source"]), e


# -- a pattern's word is not the name in its own slot ----------------------------------------
def test_a_name_ending_in_a_pattern_word_is_no_pattern_word(coder):
    text = "Chad said it would join talks with the Front for Change and Concord in Doha."
    assert not found(coder, text, "COOPERATE")
    text = "The army said it would join talks with the paramilitary Rapid Support Forces."
    assert not found(coder, text, "COOPERATE")
    assert found(coder, "Mali joined forces with Niger against the jihadists.", "COOPERATE")


# -- one who acts jointly with the doer is no target -----------------------------------------
def test_a_partner_is_not_the_target(coder):
    text = "Kenya and Tanzania will mediate jointly with the African Union, Kenya said."
    for e in found(coder, text, "CONSULT"):
        assert "AU" not in keys(e["target"]), e


# -- diplomats guessing at others' acts ------------------------------------------------------
def test_diplomats_guessing_what_another_could_do_is_no_event(coder):
    text = "Diplomats said the junta could use the talks to seek recognition."
    assert not found(coder, text, "REQUEST")
    text = "Western diplomats said Russia could send more troops to the border."
    assert not found(coder, text, "MOBILIZE")
    text = "Diplomats said Russia had sent more troops to the border."
    assert found(coder, text, "MOBILIZE")


def test_a_critic_named_by_apposition_guesses_like_critics(coder):
    # nonevents._commentator(critics=True): the apposition counts as it does for analysts
    for text in (
        "Critics said the army could seize the port of Kismayo.",
        "Maria Lindqvist, a longtime critic of the president, said the army could seize the "
        "port of Kismayo.",
    ):
        assert not found(coder, text, "THREATEN"), text
    assert found(
        coder, "Somali officials said the army could seize the port of Kismayo.", "THREATEN"
    )


# -- lawmakers demand of their own government ------------------------------------------------
def test_lawmakers_demand_of_their_own_government(coder):
    text = (
        "Chile summoned the Peruvian ambassador on Monday. Several Chilean lawmakers demanded "
        "that the government expel the ambassador."
    )
    e = found(coder, text, "REQUEST")
    assert e and keys(e[0]["target"]) == {"CHL"}, e


# -- a town hit is not a side of the conflict ------------------------------------------------
def test_the_warring_sides_are_not_the_town_hit(coder):
    text = (
        "Rebels shell Goma as army agrees to talks. The army said on Monday it would join "
        "talks with the M23 rebels in Doha, the first negotiations between the warring sides "
        "in a year. Qatar urged both sides to agree to a ceasefire."
    )
    for e in found(coder, text, "REQUEST"):
        assert "M23" in {a["org"] for a in e["target"]}, e


# -- a headline naming the organisation joins its organ's act ------------------------------
def test_a_headline_naming_the_eu_joins_the_commissions_act(coder):
    text = (
        "EU threatens tariffs on Norwegian salmon in fisheries row\n\n"
        "BRUSSELS (Reuters) - The European Commission on Tuesday threatened to impose tariffs "
        "on Norwegian salmon unless Oslo reopened its waters to EU trawlers within 30 days."
    )
    assert len(found(coder, text, "THREATEN", published="2026-09-23")) == 1


# -- "the country" is the one country the sentence has named -------------------------------
def test_the_country_is_the_one_the_sentence_named(coder):
    text = (
        "Russia responded by expelling two Georgian diplomats. The European Union, which "
        "granted Georgia candidate status in 2023, pledged on Monday 50 million euros to help "
        "the country pay for energy imports."
    )
    e = found(coder, text, "AGREE", published="2026-02-02")
    assert e and keys(e[0]["target"]) == {"GEO"}, e


# -- measures taken are no warning -----------------------------------------------------------
def test_measures_already_taken_are_no_threat(coder):
    text = "The ministry said the navy had taken necessary measures in accordance with the law."
    assert not found(coder, text, "THREATEN")
    assert found(coder, "China said it would take resolute measures against Japan.", "THREATEN")
