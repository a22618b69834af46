"""Event-coding causes found in earlier error analysis (reactions to deals and votes, offers of
cooperation, ultimatums, curfews coming into force, reduced relative clauses, cases at
international courts, descriptions, warnings to "anyone who"), each tested on invented
sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys, parties

found = finder("2026-06-18")


# -- a reaction to a deal or vote is aimed at its parties --------------------------------------
def test_a_reaction_to_a_deal_is_aimed_at_its_parties(coder):
    for text, typ, sides in (
        ("Georgia and Armenia signed a trade agreement on Monday. Azerbaijan criticised the deal.", "ACCUSE", {"GEO", "ARM"}),
        ("Kenya and Uganda signed a defence pact on Friday. Tanzania condemned the pact.", "ACCUSE", {"KEN", "UGA"}),
        ("Georgia and Armenia signed a trade agreement on Monday. Russia praised the agreement.", "SUPPORT", {"GEO", "ARM"}),
        ("Georgia and Armenia signed a trade agreement on Monday. Azerbaijan rejected the agreement.", "REJECT", {"GEO", "ARM"}),
    ):  # fmt: skip
        e = found(coder, text, typ)
        assert e and keys(e[-1]["target"]) == sides, (text, e)
    # the last event told is not the deal: the release is no party to it
    text = ("Georgia and Armenia signed a trade agreement on Monday. Georgia said it would free "
            "ten Armenian farmers. Azerbaijan criticised the deal.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[-1]["target"]) == {"GEO", "ARM"}, e
    # a truce is the parties' who agreed to it
    e = found(
        coder,
        "Israel and Hamas agreed to a ceasefire on Sunday. Egypt welcomed the truce.",
        "SUPPORT",
    )
    assert e and keys(e[0]["target"]) == {"ISR", "PSE"}, e
    # no deal told: no target
    e = found(coder, "China criticised the deal.", "ACCUSE")
    assert e and not e[0]["target"], e


def test_a_reaction_to_a_vote_is_aimed_at_the_voters(coder):
    text = "The Security Council voted on Monday to extend the peacekeeping mission in Mali. Mali welcomed the vote."
    e = found(coder, text, "SUPPORT")
    assert e and keys(e[0]["target"]) == {"UNSC"}, e


# -- a reduced relative clause tells an earlier act of its own ---------------------------------
def test_an_agreement_told_in_a_relative_clause_is_dated_by_it(coder):
    for text in (
        "The ceasefire Armenia and Azerbaijan agreed in March collapsed on Tuesday.",
        "The truce that Armenia and Azerbaijan agreed in March broke down on Tuesday.",
    ):
        evs = events_of(coder, text, "2026-06-18")
        assert [e["type"] for e in evs] == ["CONCEDE"], (text, evs)
        e = evs[0]
        assert parties(e) == {"ARM", "AZE"} and e["date"]["start"] == "2026-03-01", (text, e)
    # the clause describing the subject takes no date from what the subject does now
    e = found(
        coder,
        "The deal that Russia and Ukraine signed in Istanbul collapsed on Tuesday.",
        "SUPPORT",
    )
    assert e and e[0]["date"]["start"] != "2026-06-16", e


# -- asking a court for a ruling against another is a lawsuit ------------------------------------
def test_a_petition_for_a_ruling_against_another_is_a_lawsuit(coder):
    for text, accused in (
        ("Ukraine asked the court to rule that Russia had violated the convention.", {"RUS"}),
        ("Gambia asked the International Court of Justice to order Myanmar to stop the killings.", {"MMR"}),
        ("Peru asked the court in The Hague to rule on the islands along its border with Chile.", {"CHL"}),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert [e["type"] for e in evs] == ["ACCUSE"], (text, evs)
        assert evs[0]["cameo"] == "115" and keys(evs[0]["target"]) == accused, (text, evs)
    # a request of another body stays a request
    assert found(coder, "Kenya asked the United Nations to send more peacekeepers.", "REQUEST")


# -- proposing cooperation, or being ready for it, expresses the intent (AGREE 03x) -------------
def test_proposing_or_readiness_to_cooperate_is_an_intent(coder):
    for text, cameo, target in (
        ("Nepal proposed joint patrols with India along the border.", "0312", {"IND"}),
        ("Chile suggested a joint investigation with Peru.", "031", {"PER"}),
        ("Kazakhstan said it was ready to send crude to China.", "0311", {"CHN"}),
        ("Norway proposed to mediate between Serbia and Kosovo.", "039", set()),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("AGREE", cameo)], (text, evs)
        assert not target or keys(evs[0]["target"]) == target, (text, evs)
    # proposing a coercive act holds it over the target; it does not do it
    evs = events_of(coder, "The EU proposed new sanctions on Belarus.", "2026-06-18")
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "1312")], evs
    # a joint body named alone is no event
    assert not events_of(coder, "The joint commission met in Vilnius on Tuesday.", "2026-06-18")


# -- ultimatums: a deadline set for another's act (CODING.md) -----------------------------------
def test_a_deadline_is_an_ultimatum_or_to_leave_the_country_an_expulsion(coder):
    for text in (
        "The army gave the rebels 48 hours to leave the town.",
        "The government gave the militants a week to lay down their arms.",
    ):
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "139")], (text, evs)
    for text in (
        "The junta gave the French ambassador 72 hours to leave the country.",
        "Russia gave the Estonian diplomats a week to leave.",
    ):
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("SANCTION", "166")], (text, evs)


# -- a curfew that takes effect is the state's; one described or in place is no new act ------------
def test_a_curfew_taking_effect_is_imposed_by_the_state_of_the_place(coder):
    for text, modality in (
        ("A night curfew took effect in Blantyre on Friday.", "asserted"),
        ("Malawi said a curfew would come into force in Blantyre from Friday.", "planned"),
        ("A curfew was imposed in Blantyre on Friday.", "asserted"),
    ):
        e = found(coder, text, "COERCE")
        assert e and e[0]["mode"] == "curfew" and keys(e[0]["source"]) == {"MWI"}, (text, e)
        assert e[0]["modality"] == modality, (text, e)
    for text in (
        "Residents said the curfew had made life hard in Blantyre.",
        "Under the curfew, which runs from 7 p.m. to 6 a.m., residents in Blantyre must stay indoors.",
        "Mutharika on Thursday shortened the curfew imposed in Malawi after the riots.",
        "The new law came into force in Malawi on Monday.",
    ):
        assert not found(coder, text, "COERCE"), text


# -- a relative clause or participle that says who a party is describes it -----------------------
def test_roles_and_long_campaigns_in_descriptions_are_no_acts(coder):
    for text, kept in (
        ("Lawmakers from the party backing the bill walked out of parliament in Lima.", {"PROTEST"}),
        ("Hezbollah, which is backed by Iran, fired rockets at northern Israel.", {"ASSAULT"}),
        ("The PKK, a movement that has waged a years-long revolt against Ankara, announced a ceasefire.",
         {"CONCEDE"}),
        ("Al-Shabaab, which has waged an insurgency in Somalia for years, claimed the attack.", set()),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert {e["type"] for e in evs} == kept, (text, evs)
    # the campaign told as background does not date the act the sentence tells
    e = found(
        coder,
        "The RSF, which has been fighting the army since 2023, shelled El Fasher on Monday.",
        "ASSAULT",
    )
    assert len(e) == 1 and e[0]["date"]["start"] == "2026-06-15", e
    # a past act in a relative clause is still told as one
    e = found(
        coder, "The rebels, who seized Kidal on Monday, said they would hold the town.", "COERCE"
    )
    assert e and e[0]["date"]["start"] == "2026-06-15", e


# -- a warning to "anyone who" is aimed at the group told doing it (CODING.md) -----------------------
def test_a_warning_to_anyone_who_is_aimed_at_the_protesters_told(coder):
    text = ("Opposition parties called a march in Lome on Saturday. The security minister warned "
            "that anyone who blocked roads would be arrested.")  # fmt: skip
    e = found(coder, text, "THREATEN")
    assert e and {(a["country"], tuple(a["sector"])) for a in e[0]["target"]} == {
        ("TGO", ("OPP",))
    }, e
    # no group told: no target (not the population of the place)
    e = found(coder, "The security service warned that anyone sharing the videos online in Togo would be arrested.",
              "THREATEN")  # fmt: skip
    assert e and not e[0]["target"], e
