"""False events seen on an eleventh fresh sample of long real news articles (reports,
analysis and comment on a troop withdrawal and the resignations that followed), with invented
sentences: a withdrawal decided coded as done, a deal "destroyed" in a relative clause coded as
an attack, a country's neighbours coded as that country, a foreseen consequence coded as an
event, and words in another sense ("meet a commitment", "snubbed a plan")."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2024-05-02")


def test_a_withdrawal_decided_is_a_concession(coder):
    # gold/CODING.md: a promised or decided future withdrawal is CONCEDE, the implemented one
    # RETREAT; "decided to withdraw" tells the decision, as "the decision to withdraw" does
    for text in (
        "The Danish prime minister decided on Friday to withdraw the troops from Chad.",
        "The Danish prime minister decided to scrap the mission and pull the troops out of Chad.",
        "The Danish government has decided to pull its soldiers out of Chad.",
    ):
        assert found(coder, text, "CONCEDE") and not found(coder, text, "RETREAT"), text


def test_a_withdrawal_done_or_ordered_of_another_stays_a_retreat(coder):
    for text in (
        "The Canadian army completed its withdrawal from Gao on Monday.",
        "Canadian troops withdrew from Gao on Monday.",
    ):
        assert found(coder, text, "RETREAT") and not found(coder, text, "CONCEDE"), text
    # a court's order to another is no promise of the ordered party's
    text = "The court ordered the Danish army to withdraw its troops from Chad."
    assert not found(coder, text, "CONCEDE"), text


def test_a_deal_or_an_attempt_fought_or_destroyed_is_no_attack(coder):
    # the noun a relative clause describes is its infinitive's object ("the deal that he wants
    # to destroy": destroy the deal), so the stop patterns for abstract objects apply; an
    # attempt or effort fought is resisted, not attacked
    for text in (
        "Fishermen in Tromso still defend the 2019 quota accord with Iceland that the Danish"
        " opposition leader hopes to destroy.",
        "For years the Nigerian army has fought every effort by parliament to limit its budget.",
    ):
        assert not found(coder, text, "ASSAULT"), text


def test_people_or_places_a_relative_clause_wants_destroyed_stay_attacked(coder):
    text = "The villages that the Bolivian army tried to destroy were rebuilt."
    assert found(coder, text, "ASSAULT"), text
    text = "The militia that wants to destroy the Bolivian army attacked a base."
    assert found(coder, text, "ASSAULT"), text


def test_a_countrys_neighbours_friends_or_enemies_are_not_that_country(coder):
    # a party named by its relation to a country is someone else; the coder leaves the
    # target unresolved rather than give the owner's code
    for text, owner in (
        (
            "Japan issued a sharp warning to Laos's neighbours over illegal logging on Monday.",
            "LAO",
        ),
        ("The Bolivian president criticised Peru's friends and allies on Monday.", "PER"),
        ("The Chilean government condemned the Peruvian government's enemies.", "PER"),
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert evs, text
        assert all(a["country"] != owner for e in evs for a in e["target"]), (text, evs)
    evs = events_of(coder, "Chile condemned its British partners on Monday.", "2024-05-02")
    assert [a["country"] for a in evs[0]["target"]] == ["GBR"], evs


def test_an_event_foreseen_as_a_consequence_is_a_prediction(coder):
    # CODING.md: speculation is no event; what something "could lead to" or "would spark"
    # is foreseen, not done
    for text, typ in (
        (
            "Arming the rebels might well lead to fresh clashes between the rebels and the"
            " Chilean army.",
            "ASSAULT",
        ),
        ("Analysts warned that the verdict would spark protests by Chilean students.", "PROTEST"),
        ("The Bolivian decision to close the border may result in sanctions by Peru.", "SANCTION"),
    ):
        assert not found(coder, text, typ), text


def test_an_event_told_as_a_consequence_is_still_an_event(coder):
    text = (
        "The Peruvian raid on the camp led to clashes between the rebels and the Peruvian army"
        " on Monday."
    )
    assert found(coder, text, "ASSAULT"), text


def test_word_senses_that_are_not_the_event(coder):
    # "meet its commitment" is no meeting, "stop them in their tracks" no stopover, a plan
    # snubbed is rejected (not a cut in relations), a scorched-earth campaign is violence
    # (not a campaign of criticism)
    text = "Chile failed to meet its commitment to the Peruvian government."
    assert not found(coder, text, "CONSULT"), text
    text = "The Chilean government aims to stop the Bolivian rebels in their tracks."
    assert not found(coder, text, "CONSULT"), text
    text = (
        "Oman drafted a ceasefire proposal in March, and the proposal was snubbed by the"
        " Egyptian government."
    )
    assert found(coder, text, "REJECT") and not found(coder, text, "SANCTION"), text
    text = "Heavy rains slowed the Chilean army's scorched-earth campaign against rebel villages."
    assert found(coder, text, "ASSAULT") and not found(coder, text, "ACCUSE"), text


def test_the_same_words_in_their_event_sense(coder):
    assert found(coder, "The Chilean president stopped in Lima on Monday.", "CONSULT")
    assert found(coder, "The Chilean president met his Peruvian counterpart on Monday.", "CONSULT")
    assert found(coder, "Chilean students campaigned against the reform.", "ACCUSE")


def test_a_relative_clause_through_at_which_names_no_object(nlp):
    # "the base from which the army intends to strike" strikes from the base, not the base;
    # the relative clause's other checks already read "at which" so
    from dotterel.events.match import _relative_infinitive_object

    for text, verb in (
        ("The envoys arrived for the summit at which the two leaders hope to sign.", "sign"),
        ("Officials described the forum in which the parties plan to negotiate.", "negotiate"),
        ("They toured the base from which the army intends to strike.", "strike"),
    ):
        v = next(t for t in nlp(text) if t.lower_ == verb)
        assert _relative_infinitive_object(v) is None, text
    v = next(t for t in nlp("Protesters denounced the treaty that the premier wants to scrap.")
             if t.lower_ == "scrap")  # fmt: skip
    assert _relative_infinitive_object(v).lower_ == "treaty"
