"""General causes found by the blind gold9 articles (gold/articles.jsonl, gold9-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2026-06-12")


# -- an event noun that names a kind of police or kit is no event -----------------------------------
def test_riot_police_named_with_a_nationality_make_no_riot(coder):
    # the parser hangs "Turkish" on "riot": no Turkish riot against the government
    for text in (
        "Turkish riot police fired tear gas at students outside the university in Ankara.",
        "Hundreds of Kenyan riot police guarded parliament on Tuesday.",
        "Zambian riot squads dispersed the crowd in Lusaka.",
    ):
        assert not found(coder, text, "PROTEST"), text
    e = found(coder, "Turkish riot police fired tear gas at students in Ankara.", "ASSAULT")
    assert e and e[0]["source"][0]["country"] == "TUR", e
    # a riot is still one
    assert found(coder, "Protesters rioted in Ankara on Tuesday.", "PROTEST")


# -- "it" standing for a state can pay a visit --------------------------------------------------
def test_a_state_named_by_it_sends_a_delegation(coder):
    e = found(coder, "Egypt said it would send a delegation to Juba next week.", "CONSULT")
    assert e and e[0]["source"][0]["country"] == "EGY" and e[0]["modality"] == "planned", e
    assert {a["country"] for a in e[0]["target"]} == {"SSD"}, e
    # a person known only by a pronoun is still no visitor
    assert not found(coder, "She said she travelled to Syria in 2015.", "CONSULT")


# -- a hedged appeal keeps what it asks for as its content ------------------------------------
def test_considering_asking_for_an_extradition_is_one_hedged_request(coder):
    text = "Kyrgyzstan was considering asking Kazakhstan to extradite the former minister."
    evs = events_of(coder, text)
    assert [e["type"] for e in evs] == ["REQUEST"], evs
    e = evs[0]
    assert e["modality"] == "possible" and e["cameo"] == "0213", e
    assert {a["country"] for a in e["target"]} == {"KAZ"}, e
    # a plan kept bare is still hedged
    e = found(coder, "Japan is considering imposing sanctions on North Korea.", "SANCTION")
    assert e and e[0]["modality"] == "possible", e


# -- an invitation to visit is the host's offer, not a visit ------------------------------------
def test_an_invitation_to_visit_is_an_offer_not_a_visit(coder):
    evs = events_of(coder, "Oman invited Yemeni officials to visit Muscat for talks.")
    assert [e["type"] for e in evs] == ["AGREE"], evs
    assert evs[0]["cameo"] == "036" and evs[0]["source"][0]["country"] == "OMN", evs
    assert {a["country"] for a in evs[0]["target"]} == {"YEM"}, evs
    e = found(coder, "Norway invited Sudan to take part in joint exercises.", "AGREE")
    assert e and e[0]["cameo"] == "031", e


# -- a multinational force is soldiers or police, not a company --------------------------------
def test_a_multinational_force_is_armed_not_a_business(coder):
    e = found(
        coder,
        "The Kenyan-led multinational force attacked gang positions in Port-au-Prince on Tuesday.",
        "ASSAULT",
    )
    assert e and e[0]["source"][0]["code"].startswith("KENMIL"), e
    e = found(
        coder, "The multinational force attacked gang positions in Port-au-Prince.", "ASSAULT"
    )
    assert e and "BUS" not in e[0]["source"][0]["code"], e


# -- a candidate titled as the opposition's is the opposition ------------------------------------
def test_an_opposition_candidate_named_with_the_title_is_opp(coder):
    text = "LUSAKA (Reuters) - Opposition candidate Mary Banda accused the government of rigging the vote."
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0]["code"].startswith("ZMBOPP"), e


# -- commentators' verdicts are no actor's disapproval -------------------------------------------
def test_unnamed_diplomats_or_analysts_verdict_is_no_accusation(coder):
    for text in (
        "Two Western diplomats, who asked not to be named, said the shooting could have been a "
        "clash between army factions rather than a coup.",
        "Analysts said the referendum was a sham.",
    ):
        assert not found(coder, text, "ACCUSE"), text
    assert found(coder, "Kenyan diplomats said the arrests were a provocation.", "ACCUSE")


# -- "at the request of X": X asked the doer of the clause ----------------------------------------
def test_an_act_at_a_states_request_is_its_request(coder):
    e = found(
        coder,
        "Rwandan troops deployed to Cabo Delgado at the request of the Mozambican government.",
        "REQUEST",
    )
    assert e and e[0]["source"][0]["country"] == "MOZ" and e[0]["target"][0]["country"] == "RWA", e
    e = found(
        coder, "The IMF said it would send a mission to Lusaka, at Zambia's request.", "REQUEST"
    )
    assert e and e[0]["source"][0]["country"] == "ZMB" and e[0]["target"][0]["org"] == "IMF", e
    assert not found(coder, "The minister resigned at the request of his family.", "REQUEST")
    # PRIVATE_ASKERS holds lemmas: plurals and a possessive asker are private too
    for text in (
        "The envoy stayed in Geneva at the request of his lawyers.",
        "The march was moved to the stadium at the organisers' request.",
    ):
        assert not found(coder, text, "REQUEST"), text
