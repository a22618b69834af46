"""Modality of events in hypothetical, hedged, hoped-for and denied contexts. Non-asserted
events are kept and labelled, never dropped. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.conftest import events_of
from tests.helpers import one


def _mods(coder, text: str, typ: str) -> list[str]:
    return [e["modality"] for e in events_of(coder, text) if e["type"] == typ]


@pytest.mark.parametrize(
    ("text", "typ", "modality"),
    [
        ("Argentina could impose sanctions on Chile.", "SANCTION", "possible"),
        ("Hungary is considering expelling Serbian diplomats.", "SANCTION", "possible"),
        ("Chile did not expel the Peruvian ambassador.", "SANCTION", "negated"),
        ("Japan's prime minister plans to visit Vietnam in June.", "CONSULT", "planned"),
        (
            "If the truce holds, Sudan and Chad will resume talks in Doha.",
            "CONSULT",
            "hypothetical",
        ),
        ("Ghana imposed sanctions on Togo on Tuesday.", "SANCTION", "asserted"),
        # a threat, warning or offer made on a condition was made: the condition is the
        # threatened (offered) act's; a modal on it or a condition before it keeps it hypothetical
        (
            "Turkey threatened air strikes unless Syria withdrew its forces from the border.",
            "THREATEN",
            "asserted",
        ),
        ("Uganda warned Kenya of sanctions if the border stayed closed.", "THREATEN", "asserted"),
        ("The union threatened a strike if wages were not raised.", "THREATEN", "asserted"),
        (
            "Ethiopia offered talks with Eritrea if the border dispute was settled.",
            "AGREE",
            "asserted",
        ),
        ("If Russia invades, NATO will threaten sanctions.", "THREATEN", "hypothetical"),
        (
            "If the talks fail, Chad could threaten Sudan with sanctions.",
            "THREATEN",
            "hypothetical",
        ),
    ],
)
def test_modality(coder, text, typ, modality):
    assert one(coder, text, typ)["modality"] == modality


@pytest.mark.parametrize(
    ("text", "typ", "modality"),
    [
        # a noun that says "no" governs the event
        (
            "There was no approach by Chile to extradite the three suspects to Peru.",
            "COOPERATE",
            "negated",
        ),
        ("Kenya has given Uganda no promises of military aid.", "AID", "negated"),
        ("There is no sign Egypt is willing to negotiate with Ethiopia.", "AGREE", "negated"),
        (
            "There has been no confirmation from the Libyan coastguard that it has had a request "
            "from Malta to hand over the crew.",
            "REQUEST",
            "negated",
        ),
        # the negotiation is what the pressure asks of Myanmar: the event is the demand
        (
            "The summit closed with no sign China was willing to put pressure on Myanmar to negotiate.",
            "REQUEST",
            "negated",
        ),
        # "failed to": the act did not happen (a bare "failed to agree on" something gives no
        # agreement of its own: nonevents.py)
        (
            "Armenia and Azerbaijan failed to agree on a ceasefire on Thursday.",
            "CONCEDE",
            "negated",
        ),
        ("Police in Ghana failed to stop the attack on the embassy.", "RETREAT", "negated"),
        # "without" + gerund: the act did not happen
        ("Kenya signed the deal in March without consulting Uganda.", "CONSULT", "negated"),
        ("Serbia closed the crossing without warning Hungary.", "THREATEN", "negated"),
        # a subject that says "no", "no longer", a negated copula
        (
            "Not a single request from Chad for access has been granted by Niger.",
            "RETREAT",
            "negated",
        ),
        ("Turkish officials no longer demand that Sudan expel the envoy.", "REQUEST", "negated"),
        (
            "Chile and Peru were never prepared to fight for an independent Bolivia.",
            "THREATEN",
            "negated",
        ),
        # "any X", risk nouns, intentions, hopes, "can", "should"
        (
            "Merkel had warned that any future use of chemical weapons by Sudan would cross a red line.",
            "ASSAULT",
            "hypothetical",
        ),
        (
            "Direct clashes between Peruvian and Chilean troops are now a distinct possibility.",
            "ASSAULT",
            "possible",
        ),
        (
            "Our intention is to arrest anyone who attacks the embassy, the Kenyan minister said.",
            "COERCE",
            "planned",
        ),
        ("The mother hoped that Chad would put the two men on trial.", "ACCUSE", "possible"),
        ("Mali hopes to reopen talks with Niger.", "CONSULT", "possible"),
        (
            "The tribunal, which can prosecute officials for genocide, meets in Arusha.",
            "ACCUSE",
            "possible",
        ),
        (
            "The militants should be arrested by Nigeria, the senator said.",
            "COERCE",
            "hypothetical",
        ),
        # refusals, commitments, obligations, conditions on "will be able to"
        (
            "France's refusal to stop its backing for the militia has angered Chad.",
            "SANCTION",
            "negated",
        ),
        (
            "Peru made an open-ended commitment to increase its military presence in Bolivia.",
            "MOBILIZE",
            "planned",
        ),
        (
            "If Chad joins the alliance, Russia will be able to attack Libya.",
            "ASSAULT",
            "hypothetical",
        ),
        (
            "The statement probably means Turkey can press the Kurds to withdraw from the border.",
            "REQUEST",
            "possible",
        ),
        ("But Darfur is not a war that western governments can ignore.", "REJECT", "negated"),
        (
            "I would expect the prime minister to urge Iran to free the sailors.",
            "REQUEST",
            "possible",
        ),
        ("Kenya said it would plan to send troops to Somalia.", "MOBILIZE", "planned"),
        # "neither X nor Y" as subject; an event that a purpose clause averts or prevents
        ("Neither Egypt nor Jordan has given permission for the flights.", "RETREAT", "negated"),
        (
            "Neither Cairo nor Amman has given permission for these armed incursions.",
            "RETREAT",
            "negated",
        ),
        (
            "To avert a clash between Greek and Turkish troops, the Greek minister called his Turkish counterpart.",
            "ASSAULT",
            "negated",
        ),
        (
            "The army moved north to prevent a clash between Greek and Turkish troops.",
            "ASSAULT",
            "negated",
        ),
        # a gerund kept from happening, as the noun is ("to avoid arrest")
        (
            "The party changed its name to avoid being banned by the Senegalese government.",
            "COERCE",
            "negated",
        ),
        (
            "The Kenyan opposition leader went into hiding to avoid being arrested by the police.",
            "COERCE",
            "negated",
        ),
        # a conjunct with its own subject does not inherit "would"
        (
            "The volunteers would later train in Poland, and on Monday they were all called into action by Warsaw.",
            "MOBILIZE",
            "asserted",
        ),
    ],
)
def test_modality_contexts(coder, text, typ, modality):
    assert modality in _mods(coder, text, typ), events_of(coder, text)


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("There is no doubt that Russia attacked Georgia.", "ASSAULT"),  # emphatic "no"
        ("No civilians were hurt when Iraqi troops attacked the Kuwaiti border post.", "ASSAULT"),
        ("Ghana imposed sanctions on Togo on Tuesday.", "SANCTION"),
        # "no" is on the link, not on the backing the relative clause tells
        ("Chad has no direct link to the rebels that Sudan backed last year.", "SUPPORT"),
        ("The soldiers had to retreat from the town.", "RETREAT"),  # a past obligation was met
    ],
)
def test_still_asserted(coder, text, typ):
    assert _mods(coder, text, typ) == ["asserted"], events_of(coder, text)


def test_due_to_a_noun_is_a_cause_not_a_plan(coder):
    assert "planned" not in _mods(
        coder, "The hold-up is partly due to China's vetoes of the drafts.", "REJECT"
    )


def test_would_in_a_relative_clause_of_reported_speech_is_a_plan(nlp):
    from dotterel.events.modality import modality

    doc = nlp(
        "Peru announced that it would build a new force that would patrol the border with Bolivia."
    )
    patrol = next(t for t in doc if t.lower_ == "patrol")
    assert modality(patrol)[0] == "planned"
    doc = nlp("A new force would patrol the border with Bolivia.")
    assert modality(next(t for t in doc if t.lower_ == "patrol"))[0] == "hypothetical"


def test_would_like_is_a_wish_not_an_act(coder):
    # "would like X to V" wishes another's act: no event, as "wants X to V"; "would like to V"
    # and "would prefer to V" are the wisher's possible act, as "hopes to V"
    assert not events_of(coder, "Peru would like Chile to arrest the smugglers.", "2024-05-02")
    for text in (
        "Peru would like to hold talks with Chile.",
        "Peru would prefer to hold talks with Chile.",
    ):
        evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "CONSULT"]
        assert evs and all(e["modality"] == "possible" for e in evs), text
