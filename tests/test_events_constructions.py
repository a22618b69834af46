"""Constructions the coder missed or miscoded: relative clauses on an event noun, a relative
clause before the main verb, a vetoed proposal's content, a breach of a truce, a promise kept
or broken, a fate not allowed, a call not answered. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of, finder, keys

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


# -- "an offer the rebels dismissed": the relative clause's subject rejects the noun -------------
def test_relative_clause_on_an_event_noun_codes_its_subject(coder):
    for text in (
        "The Ruritanian government made an offer that the rebels dismissed on Tuesday.",
        "The mayor of Lagos repeated a request the presidency turned down last week.",
    ):
        evs = found(coder, text, "REJECT")
        assert len(evs) == 1, (text, evs)
    evs = found(coder, "Ghana made an offer that the Togolese government dismissed.", "REJECT")
    assert evs and keys(evs[0]["source"]) == {"TGO"}, evs


def test_contact_relative_on_a_plan_noun_is_no_plan(coder):
    # the plan is what was rejected, the rejection is no planned act
    evs = found(coder, "Kenya withdrew a peace plan the opposition had rejected.", "REJECT")
    assert evs and all(e["modality"] == "asserted" for e in evs), evs


# -- "X, which ..., called for restraint": the relative clause must not take the main verb -------
def test_main_verb_after_a_relative_clause_set_off_by_commas(coder):
    for text in (
        "Qatar, which has tried to mediate between the two rivals, called for restraint.",
        "Turkey, which has tried to mediate between its two neighbours, called for restraint.",
    ):
        evs = found(coder, text, "REQUEST")
        assert evs and keys(evs[0]["source"]) in ({"QAT"}, {"TUR"}), (text, evs)


# -- "vetoed a resolution to tighten sanctions": no sanction by those who vetoed it -------------
def test_vetoed_proposal_content_is_no_act_of_the_vetoing_states(coder):
    text = (
        "China and Russia vetoed a U.S.-drafted resolution to tighten sanctions on Asmara in "
        "June 2021."
    )
    evs = events_of(coder, text, PUBLISHED)
    assert [e["type"] for e in evs] == ["REJECT"], evs
    assert keys(evs[0]["source"]) == {"CHN", "RUS"}, evs


# -- "the first reported breach of the truce": the breach, no truce ---------------------------
def test_breach_of_a_truce_is_no_truce(coder):
    text = (
        "Azerbaijan accused Armenian troops of shelling its positions overnight, the first "
        "reported breach of the truce in two years."
    )
    assert not found(coder, text, "RETREAT"), events_of(coder, text, PUBLISHED)
    assert found(coder, text, "ASSAULT")
    # the truce itself is still a truce
    assert found(coder, "Armenia and Azerbaijan agreed a truce on Sunday.", "CONCEDE") or found(
        coder, "Armenia and Azerbaijan agreed a truce on Sunday.", "RETREAT"
    )


# -- "failed to meet its commitment": an earlier promise, kept or broken ------------------------
def test_promise_kept_or_broken_is_no_new_promise(coder):
    for text in (
        "Pakistan failed to meet its commitment to the IMF.",
        "Sudan failed to honour its commitment to withdraw troops.",
        "The government has failed to keep its promise to release the prisoners.",
        "The rebels reneged on their pledge to hand over weapons.",
    ):
        evs = [e for e in events_of(coder, text, PUBLISHED)
               if e["type"] in ("AGREE", "CONCEDE", "RETREAT")]  # fmt: skip
        assert not evs, (text, evs)
    # a promise made is still one
    assert found(coder, "Sudan made a commitment to withdraw troops.", "CONCEDE")


# -- "will not allow the capital to fall into chaos": a vow to prevent, no refusal --------------
def test_not_allowing_a_fate_is_no_refusal(coder):
    for text in (
        "The general said the army will not allow Kampala to slide into violence.",
        "Serbia would not allow the Serbs of the north to be persecuted, the president said.",
        "The rebels said they would not let the region be used as a battlefield.",
    ):
        assert not found(coder, text, "REJECT"), (text, events_of(coder, text, PUBLISHED))
    # not allowing an act someone seeks is still a refusal, and the act is not done
    assert found(coder, "Hungary will not allow Ukraine to join the bloc.", "REJECT")
    text = "The government will not allow the opposition to hold the rally."
    assert found(coder, text, "REJECT") and not found(coder, text, "PROTEST")


# -- "had not answered a call on the hotline": a phone call that did not happen -----------------
def test_unanswered_call_is_a_negated_phone_call(coder):
    text = "Seoul said North Korea had not answered a call on the military hotline on Monday."
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["cameo"] == "041" and evs[0]["modality"] == "negated", evs
    text = "The two army chiefs had not spoken over their hotline since the clash."
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["modality"] == "negated", evs
    # answering calls for something is no phone call
    assert not found(coder, "The minister answered calls for dialogue.", "CONSULT")


# -- "ordered that the houses be forfeited": the order's passive that-clause is the orderer's ---
def test_ordered_that_passive_clause_is_the_orderers_act(coder):
    for text in (
        "A court in Cairo ordered that the houses of the convicted men be forfeited to the state.",
        "The judge in Lagos ordered that the minister's farms be confiscated.",
    ):
        evs = found(coder, text, "COERCE")
        assert evs and evs[0]["cameo"] == "1711", (text, evs)
        assert all(a["sector"] == ["JUD"] for a in evs[0]["source"]), evs
    # losing a match is no seizure
    assert not events_of(coder, "The athlete forfeited the match.", PUBLISHED)


# -- "accused guards of beating inmates": the gerund read as a modifier of the noun after it ----
def test_accused_of_a_gerund_read_as_modifier_is_the_attack(coder):
    text = "The opposition accused soldiers of beating and robbing villagers."
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["cameo"] == "182", evs
    text = (
        "Manila on Friday accused Beijing's coast guard of seizing a Filipino trawler and "
        "beating its crew near the disputed shoal."
    )
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["cameo"] == "182" and keys(evs[0]["source"]) == {"CHN"}, evs


def test_gerund_read_as_modifier_is_repaired_only_after_an_accusation(nlp):
    from dotterel.nlp import parse

    doc = next(parse(["Lawyers accused prison guards of beating inmates."]))
    beating = doc[5]
    assert beating.dep_ == "pcomp" and doc[6].head == beating, [(t.text, t.dep_) for t in doc]
    # a participle before a noun elsewhere stays a modifier
    doc = next(parse(["The union spoke for striking miners."]))
    assert doc[4].dep_ == "amod", [(t.text, t.dep_) for t in doc]


# -- "'the mob demands it', the crowd chanted": a slogan, no demand of the speaker --------------
def test_chanted_slogan_is_no_demand(coder):
    for text in (
        "The mob demands his resignation, the crowd chanted outside the palace in Lome.",
        "Protesters chanted that the army must leave the capital.",
    ):
        assert not found(coder, text, "REQUEST"), (text, events_of(coder, text, PUBLISHED))
    assert found(coder, "The minister said the mob demands his resignation.", "REQUEST")


# -- "a court ordered the army to withdraw": a demand of the army, no withdrawal ---------------
def test_court_order_to_another_is_a_demand(coder):
    text = "A Nairobi court ordered the army to withdraw from the village."
    assert not found(coder, text, "RETREAT"), events_of(coder, text, PUBLISHED)
    evs = found(coder, text, "REQUEST")
    assert evs and [a["code"] for a in evs[0]["source"]] == ["KENJUD"], evs
    assert [a["code"] for a in evs[0]["target"]] == ["KENMIL"], evs
    # a commander's order to his own troops is the withdrawal itself
    assert found(coder, "The president ordered troops to withdraw from the border.", "RETREAT")


# -- "reached a deal to extend their ceasefire": an agreed de-escalation is a concession --------
def test_deal_to_extend_a_ceasefire_is_a_concession(coder):
    text = (
        "Colombia and the rebels reached a deal to extend their ceasefire by another three months."
    )
    assert not found(coder, text, "RETREAT"), events_of(coder, text, PUBLISHED)
    evs = found(coder, text, "CONCEDE")
    assert evs and "COL" in keys(evs[0]["source"]), evs
    # the extension carried out is the ceasefire itself
    text = "Colombia and the rebels extended their ceasefire by another three months."
    assert not found(coder, text, "CONCEDE"), events_of(coder, text, PUBLISHED)


def test_talks_ended_with_a_deal_are_not_broken_off(coder):
    text = (
        "The government and the rebels ended their talks on Saturday with a deal to extend "
        "their ceasefire by six months."
    )
    assert not found(coder, text, "SANCTION"), events_of(coder, text, PUBLISHED)
    assert found(coder, "The government ended talks with the rebels on Saturday.", "SANCTION")
