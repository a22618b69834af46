"""False events seen on a sixth fresh sample of long real news articles (reports, a live blog
and comment on a troop withdrawal, a Briton held abroad, a peace committee), with invented
sentences: pleas in court, majorities won in a vote, withdrawals decided, the authorities of
the place told, a domestic act aimed at the doer's own country, the forces sent."""

from __future__ import annotations

from .conftest import events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_a_plea_in_court_is_no_request(coder):
    evs = events_of(
        coder,
        "The Kenyan captain pleaded not guilty to that charge last week, for reasons his "
        "lawyer did not give.",
        "2024-05-02",
    )
    assert not _of_type(evs, "REQUEST"), evs
    evs = events_of(coder, "Kenyan mediators pleaded for calm in Juba.", "2024-05-02")
    assert _of_type(evs, "REQUEST"), evs


def test_a_majority_won_in_a_vote_is_no_seizure(coder):
    for text in (
        "The opposition is set to take control of the lower house next month.",
        "Democrats will take control of the Senate in January.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "COERCE") and not _of_type(evs, "THREATEN"), (text, evs)
    evs = events_of(coder, "Rebels took control of the town of Kutum on Sunday.", "2024-05-02")
    assert _of_type(evs, "COERCE"), evs


def test_a_move_to_withdraw_troops_is_a_decided_withdrawal(coder):
    # CODING.md: a promised or decided future withdrawal is CONCEDE, not yet a RETREAT
    evs = events_of(
        coder,
        "The Belgian prime minister's move to withdraw troops from Mali angered Bamako.",
        "2024-05-02",
    )
    assert _of_type(evs, "CONCEDE") and not _of_type(evs, "RETREAT"), evs
    # the troops withdrawn are the withdrawing state's own, no target
    evs = events_of(
        coder,
        "But the Belgian cabinet's move to pull troops out of the region was called a "
        "betrayal by the rebels.",
        "2024-05-02",
    )
    concessions = _of_type(evs, "CONCEDE")
    assert concessions and not concessions[0]["target"], evs


def test_the_authorities_of_the_place_the_sentence_tells(coder):
    # a story about a foreign national: the unqualified authorities or police of the one
    # country the sentence places the scene in, not of the country the story is mostly about
    text = (
        "A British aid worker has come home to Leeds after a year on bail. He and his wife "
        "were on holiday at a resort in western Turkey when the authorities arrested him. "
        "British officials said they had raised the case."
    )
    arrests = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
    assert arrests and arrests[0]["source"][0]["country"] == "TUR", arrests
    text = (
        "A Canadian teacher has returned to Toronto after two years in custody. She was "
        "travelling near Aswan in southern Egypt when the police detained her."
    )
    arrests = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
    assert arrests and arrests[0]["source"][0]["country"] == "EGY", arrests


def test_a_domestic_act_no_phrase_places_is_aimed_at_home(coder):
    # the domestic convention's target is the doer's own country when only the story's
    # country (Syria here) would place the act and the story has moved on from it
    text = (
        "The president plans to withdraw all American troops from Syria. About 2,000 troops "
        "are based in Syria, training local forces in Raqqa. Turkish troops shelled Kurdish "
        "positions near Kobani in Syria. In other news, the Senate will vote on a spending "
        "bill on Friday. Republican leaders expect the bill to pass. The speaker of the House "
        "gave a farewell speech on Wednesday. The White House signalled it might back down on "
        "its demands for wall funding."
    )
    evs = [
        e
        for e in _of_type(events_of(coder, text, "2024-05-02"), "CONCEDE")
        if e["sentence_index"] == 6
    ]
    assert evs and [t["country"] for t in evs[0]["target"]] == ["USA"], evs
    # a foreign force acting where the story is set still acts on the people there
    text = (
        "Fighting continued in northern Syria on Monday near Idlib. Syrian police arrested "
        "dozens of people in Aleppo. Turkish troops imposed a curfew on Tuesday."
    )
    curfews = [
        e for e in _of_type(events_of(coder, text, "2024-05-02"), "COERCE") if e["cameo"] == "1723"
    ]
    assert curfews and curfews[0]["target"][0]["country"] == "SYR", curfews


def test_the_forces_sent_or_joined_are_no_target(coder):
    evs = events_of(
        coder,
        "The Ugandan president has repeatedly threatened to send his troops to confront the "
        "rebels' backers.",
        "2024-05-02",
    )
    threats = _of_type(evs, "THREATEN")
    assert threats and not threats[0]["target"], threats
    evs = events_of(
        coder,
        "The Sudanese general courted Cairo and Riyadh and joined forces with both to isolate "
        "the rebels.",
        "2024-05-02",
    )
    joint = _of_type(evs, "COOPERATE")
    assert joint and not joint[0]["target"], joint
    evs = events_of(coder, "Kenya sent troops to Somalia in 2011.", "2024-05-02")
    sent = _of_type(evs, "MOBILIZE")
    assert sent and sent[0]["target"][0]["country"] == "SOM", sent


def test_a_with_clause_participle_names_no_doer(coder):
    # "with X ousted": X was ousted, by no one the clause names
    evs = events_of(
        coder,
        "With the rebels ousted from most of the north, the government turned to the economy.",
        "2024-05-02",
    )
    assert not [e for e in _of_type(evs, "ASSAULT") if e["source"]], evs
    evs = events_of(coder, "The army ousted the rebels from the town on Sunday.", "2024-05-02")
    assert _of_type(evs, "ASSAULT"), evs
    # a force deployed is still the one who deploys
    evs = events_of(
        coder, "With its troops deployed along the border, Kenya warned the rebels.", "2024-05-02"
    )
    assert _of_type(evs, "MOBILIZE"), evs


def test_what_an_appeal_asks_is_no_refusal_by_the_caller(coder):
    evs = events_of(
        coder,
        "The Kenyan president called on Uganda not to allow the border dispute to harm trade "
        "between the two countries.",
        "2024-05-02",
    )
    assert _of_type(evs, "REQUEST") and not _of_type(evs, "REJECT"), evs
    # a state's own refusal still is one
    evs = events_of(
        coder, "Ethiopia said it would not allow foreign troops on its soil.", "2024-05-02"
    )
    assert _of_type(evs, "REJECT"), evs
