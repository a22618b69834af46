"""General causes found by the blind gold16-05..08 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

found = finder("2026-11-19")


# -- districts returned to Azerbaijan in 2020, Nairobi's settlements: their country's places ----
def test_districts_news_names_are_places_of_their_country(coder):
    for district in ("Kalbajar", "Aghdam", "Zangilan"):
        text = (
            f"Armenian troops fired on Azerbaijani army posts in the {district} district overnight."
        )
        evs = [e for e in events_of(coder, text, "2026-11-19") if e["location"]]
        assert evs and all(e["location"]["country"] == "AZE" for e in evs), (district, evs)
    # Nairobi's informal settlements are Kenyan places
    text = "At least one man was shot dead by police in the Mathare area of the capital on Tuesday."
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "KEN", evs


# -- "the AU's special envoy, former Kenyan president X": the body he speaks for now -----------
def test_envoy_of_a_body_is_the_body_not_his_former_office(coder):
    text = (
        "The African Union's special envoy for the Sahel, former Nigerian president Olusegun "
        "Obasanjo, met junta leaders in Niamey on Monday."
    )
    evs = found(coder, text, "CONSULT")
    assert evs and keys(evs[0]["source"]) == {"AU"}, evs
    text = "The U.N. envoy, former Nigerian president Olusegun Obasanjo, met Abiy on Monday."
    evs = found(coder, text, "CONSULT")
    assert evs and keys(evs[0]["source"]) == {"UN"}, evs
    # a former envoy, or only the former office: still the former office holder
    for text in (
        "The former U.N. envoy, Olusegun Obasanjo, met Abiy on Monday.",
        "Former Nigerian president Olusegun Obasanjo met Abiy on Monday.",
    ):
        evs = found(coder, text, "CONSULT")
        assert evs and codes(evs[0]["source"]) == ["NGAELI"], (text, evs)


# -- "Myanmar's military seized power": a past verb misread as a modifier of the noun after it --
def test_possessed_subject_before_a_verb_read_as_modifier(coder):
    text = (
        "Bolivia's military seized power in a coup in March 2019, detaining the elected president."
    )
    rows = {(e["type"], e["cameo"]) for e in events_of(coder, text, "2026-11-12")}
    assert ("COERCE", "192") in rows and ("COERCE", "173") in rows, rows
    evs = found(coder, text, "COERCE", "2026-11-12")
    assert all(keys(e["source"]) == {"BOL"} for e in evs), evs


# -- "froze its participation in the CSTO": standing aside from an organisation ----------------
def test_freezing_participation_in_an_organisation_is_a_sanction(coder):
    text = (
        "Kyrgyzstan froze its participation in the Collective Security Treaty Organization in 2023."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and keys(evs[0]["source"]) == {"KGZ"} and keys(evs[0]["target"]) == {"CSTO"}, evs


# -- "Turkey, Azerbaijan's closest ally, called on ...": the verb after an apposition ----------
def test_past_verb_after_an_apposition_is_the_main_verb(coder):
    text = 'Russia, Serbia\'s closest ally, called on Kosovo on Friday to "stop provocations".'
    evs = found(coder, text, "REQUEST")
    assert evs and keys(evs[0]["source"]) == {"RUS"} and keys(evs[0]["target"]) == {"XKX"}, evs
    # the parser may hang the verb on the apposition itself
    text = (
        'Turkey, Azerbaijan\'s closest ally, called on Armenia on Friday to "stop provocations". '
        "China's foreign ministry offered to help."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and keys(evs[0]["source"]) == {"TUR"} and keys(evs[0]["target"]) == {"ARM"}, evs


# -- "met X on Tuesday and flew to Y on Wednesday for talks with Z": two meetings --------------
def test_two_meetings_on_two_days_with_two_hosts_are_not_merged(coder):
    text = (
        "The U.N. envoy met Sudan's army chief in Port Sudan on Monday and flew to Nairobi on "
        "Tuesday for talks with Kenyan President William Ruto."
    )
    evs = found(coder, text, "CONSULT")
    assert {k for e in evs for k in keys(e["target"])} >= {"SDN", "KEN"}, evs


# -- "called the expulsions hysterical": a disapproving verdict -------------------------------
def test_calling_a_step_hysterical_is_criticism(coder):
    text = (
        "Estonia expelled two Russian diplomats on Monday. Russia's foreign ministry called the "
        'expulsions "hysterical".'
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["source"]) == {"RUS"} and keys(evs[0]["target"]) == {"EST"}, evs
