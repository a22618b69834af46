"""Targets an event leaves implied: whom a denial answers when the accuser is named only as
the one who said what is denied. Sentences written for these tests."""

from __future__ import annotations

from .conftest import event_rows

PUB = "2024-05-02"


def rejects(coder, text: str) -> list[tuple]:
    return [g for g in event_rows(coder, text, PUB) if g[0] == "REJECT"]


def test_a_denial_answers_whoever_said_the_act_it_denies(coder):
    text = ("Kenyan police arrested dozens of supporters of the opposition Orange party in Nairobi "
            "on Saturday. The party said three of its members had been shot dead by police; the "
            "police denied opening fire.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == ["KENOPP"], got
    text = ("Cambodia said Thai troops shelled two of its border villages on Monday. Thailand "
            "denied that its soldiers had fired first.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][2] == ["THA"] and got[0][3] == ["KHM"], got


def test_speakers_of_no_country_are_the_people_the_act_hit(coder):
    text = ("Thousands of people rallied in Tbilisi on Sunday. Protesters said riot police had "
            "beaten several marchers with batons, which the interior ministry denied.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == ["GEOCVL"], got


def test_another_office_of_the_denier_s_state_is_no_accuser(coder):
    text = ("The Kenyan interior ministry said police had shot dead two robbers in Nairobi on "
            "Saturday. The police denied opening fire.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == [], got


def test_a_claim_two_sentences_back_is_not_answered(coder):
    text = ("Cambodia said Thai troops shelled two of its border villages on Monday. Heavy rain "
            "fell across the region on Tuesday. Markets stayed closed in the capital. Thailand "
            "denied that its soldiers had fired first.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == [], got


# -- "killed 20 of the attackers": the attackers the story told of ---------------------------
def test_a_part_of_the_attackers_is_of_the_group_that_attacked(coder):
    text = ("Fighters of the al Qaeda-linked group JNIM attacked an army post in northern Benin "
            "on Monday. Benin's army said on Tuesday it had killed 15 of the attackers as they "
            "fled towards the border.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "ASSAULT" and g[2] == ["BENMIL"]]
    assert got and got[0][3] == ["IMGALQJNM"], got


# -- co-doers: "together with", "along with" -------------------------------------------------
def test_partners_of_the_doer_are_doers_too(coder):
    text = "Niger quit ECOWAS in January together with Mali and Burkina Faso."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "SANCTION"]
    assert got and got[0][2] == ["NER", "MLI", "BFA"] and got[0][3] == ["IGOWAF"], got
    text = "France, together with Germany, urged Iran to resume talks on its nuclear programme."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and got[0][2] == ["FRA", "DEU"] and got[0][3] == ["IRN"], got
    text = "Kenyan troops, along with Ugandan soldiers, attacked al Shabaab positions near Kismayo."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "ASSAULT"]
    assert got and set(got[0][2]) == {"KENMIL", "UGAMIL"}, got


# -- a call for calm or restraint with no addressee ------------------------------------------
def test_a_call_for_restraint_is_made_to_both_sides_of_the_clash(coder):
    text = ("Pakistani and Afghan troops exchanged fire at the Torkham crossing on Sunday. China "
            "called for restraint.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and got[0][3] == ["PAKMIL", "AFGMIL"], got
    text = (
        "Police fired tear gas at protesters in Nairobi on Tuesday. The United States urged calm."
    )
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and got[0][3] == ["KEN"], got


def test_a_call_for_restraint_long_after_the_clash_is_to_the_story_s_pair(coder):
    text = ("Pakistani and Afghan troops exchanged fire at the Torkham crossing on Sunday. Trade "
            "resumed on Monday. Lorries queued for miles. Prices of flour rose in Peshawar. "
            "China called for restraint.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and set(got[0][3]) == {"PAKMIL", "AFGMIL"}, got
    # no clash and no pair told: no one
    text = "Heavy rain flooded Nairobi on Tuesday. The United States urged calm."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert all(g[3] == [] for g in got), got


def test_all_sides_are_the_parties_told_before(coder):
    text = ("Armenian and Azerbaijani troops exchanged fire near Kalbajar on Monday. The United "
            "States urged all sides to respect the ceasefire.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and got[0][3] == ["ARMMIL", "AZEMIL"], got


# -- "delegations from X and Y": each conjunct sent one --------------------------------------
def test_delegations_from_two_parties_are_both(coder):
    text = ("Delegations from the Sudanese army and the Rapid Support Forces arrived in Jeddah on "
            "Monday. The two delegations agreed on a week-long truce.")  # fmt: skip
    got = event_rows(coder, text, PUB)
    arrived = [g for g in got if g[0] == "CONSULT"]
    assert arrived and arrived[0][2] == ["SDNMIL", "SDNREBRSF"], got
    truce = [g for g in got if g[0] == "CONCEDE"]
    assert truce and {*truce[0][2], *truce[0][3]} == {"SDNMIL", "SDNREBRSF"}, got
