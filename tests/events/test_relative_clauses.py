"""Relative clauses: events told in relative, reduced relative and free relative clauses, and
whose the relative pronoun is."""

from __future__ import annotations

import pytest

from dotterel.nlp import parse
from tests.conftest import codes, event_rows, events_of, finder, keys, parties
from tests.helpers import (
    _country,
    _events_2025_06_26,
    _keys,
    _of_type,
    found_2026_06_18,
    found_2026_10_01,
    found_2026_11_10,
    found_2026_11_23,
    found_2026_12_10,
)
from tests.helpers import _events_2025_05_05_2 as _events
from tests.helpers import coded_2021_05_12_2 as coded

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)
PUB = "2021-05-12"


def test_a_noun_a_relative_clause_hangs_on_is_no_object_of_a_filled_preposition(coder):
    # the parser hangs the main clause on "the agreement" as a relative clause: it is not
    # what the troops withdraw from (no SANCTION for leaving a treaty); the withdrawal agreed
    text = ("Under the agreement, which the cabinet approved on Tuesday, Ethiopian troops will "
            "withdraw from western Eritrea within 90 days.")  # fmt: skip
    evs = events_of(coder, text, "2026-10-07")
    assert not [e for e in evs if e["type"] == "SANCTION"], evs
    assert any(e["type"] in ("CONCEDE", "RETREAT") for e in evs), evs
    kept = "The United States rejoined the treaty it withdrew from in 2019."
    assert any(e["type"] == "SANCTION" for e in events_of(coder, kept, "2026-10-07"))


def test_a_relative_clause_of_the_reports_is_no_act_denied(coder):
    got = coded(coder, "Kampala denied the reports that appeared in the press on Monday.")
    assert [g[0] for g in got] == ["REJECT"], got


def test_a_place_in_a_relative_clause_does_not_place_the_event(coder):
    text = "MADRID - Spanish police on Tuesday arrested a man who had fought in Syria."
    arrest = found_2026_10_01(coder, text, "COERCE")
    assert arrest and _country(arrest[0]) == "ESP", arrest


def test_rejecting_a_report_answers_whoever_said_it(coder):
    evs = events_of(
        coder,
        "Gunmen attacked a village in Mali. Human Rights Watch said on Monday that Malian "
        "soldiers had executed 12 villagers. The army rejected the report as false.",
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and codes(rej[0]["target"]) == ["NGOHRW"], rej


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


def test_main_verb_after_a_relative_clause_set_off_by_commas(coder):
    for text in (
        "Qatar, which has tried to mediate between the two rivals, called for restraint.",
        "Turkey, which has tried to mediate between its two neighbours, called for restraint.",
    ):
        evs = found(coder, text, "REQUEST")
        assert evs and keys(evs[0]["source"]) in ({"QAT"}, {"TUR"}), (text, evs)


@pytest.mark.parametrize("text", [
    "The militia announced a reward of $10,000 to whomever kills the army commander.",
    "The militia announced a reward of $10,000 to whoever kills the army commander.",
    "The militia offered a bounty to whomever captures the police chief.",
    "A rebel commander offered a bounty to anyone who kills a government soldier.",
])  # fmt: skip
def test_a_bounty_s_killing_is_no_event(coder, text):
    got = [e for e in events_of(coder, text, PUB) if e["type"] in ("ASSAULT", "COERCE")]
    assert not got, got


def test_a_threat_against_anyone_who_acts_stays_a_threat(coder):
    text = "The rebels said they will attack anyone who enters the town."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "THREATEN"]
    assert got, events_of(coder, text, PUB)


def test_a_warning_to_anyone_who_acts_is_one_threat_by_the_warner(coder):
    """ "warned anyone who joins the banned protest that they will be arrested": the parser
    hangs the "that" clause on "protest" as a relative clause (nlp.py repairs it); the warning
    is one THREATEN by the warner, its content no second event."""
    text = "The Kenyan police chief warned anyone who joins the banned protest that they will be arrested."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "THREATEN"]
    assert len(got) == 1 and [a["code"] for a in got[0]["source"]] == ["KENCOP"], got
    assert not [e for e in events_of(coder, text, PUB) if e["type"] in ("COERCE", "PROTEST")]


def test_a_relative_clause_of_the_addressee_stays_one():
    """The repair moves only a clause whose "that" is its conjunction: a relative "that"
    ("the villages that the militia controls") keeps its clause on its noun."""
    from dotterel.nlp import parse

    for text, verb in (("The army warned the villages that lie near the border.", "lie"),
                       ("The army warned residents of the villages that the militia controls.", "controls")):  # fmt: skip
        doc = next(parse([text]))
        v = next(t for t in doc if t.text == verb)
        assert v.dep_ == "relcl" and v.head.text == "villages", text


def test_a_warning_to_whoever_is_aimed_at_the_protest_told(coder):
    text = ("The Bolivian opposition has called a march for Saturday. The interior minister said: "
            '"Whoever goes out to block the roads on Saturday will be arrested."')  # fmt: skip
    e = found_2026_10_01(coder, text, "THREATEN")
    assert e and codes(e[0]["target"]) == ["BOLOPP"], e


def test_a_march_called_in_a_reduced_relative_is_a_planned_protest(coder):
    text = ("Bolivian police detained 12 activists on Tuesday, ahead of a march the opposition "
            "has called for Saturday to demand the release of political prisoners.")  # fmt: skip
    evs = events_of(coder, text, "2026-10-01")
    assert "REQUEST" not in {e["type"] for e in evs}, evs
    p = [e for e in evs if e["type"] == "PROTEST"]
    assert p and p[0]["modality"] == "planned", evs
    doc = next(parse([text]))
    called = [t for t in doc if t.lower_ == "called"][0]
    assert called.dep_ == "relcl" and called.head.lower_ == "march"


def test_a_call_to_free_a_crew_is_made_to_whoever_seized_the_ship(coder):
    text = (
        "Iranian commandos seized a Greek-owned tanker in the Gulf of Oman on Monday. The "
        "ship's Greek owners demanded the immediate release of the crew."
    )
    evs = found_2026_11_10(coder, text, "REQUEST", "2026-11-24")
    assert evs and all(c.startswith("IRN") for c in codes(evs[0]["target"])), evs


def test_returned_fire_is_aimed_at_whoever_fired(coder):
    text = (
        "Pakistani troops shelled an Indian border post in Kupwara on Monday. The Indian army "
        "said its soldiers had returned fire."
    )
    evs = [
        e
        for e in found_2026_11_10(coder, text, "ASSAULT")
        if codes(e["source"])[0].startswith("IND")
    ]
    assert evs and all(c.startswith("PAK") for c in codes(evs[0]["target"])), evs


def test_a_relative_clause_without_that_keeps_its_event(coder):
    text = (
        "Chad and Niger held talks in N'Djamena on Monday. Their troops will patrol the border "
        "under a defence pact the two governments signed in March."
    )
    evs = [e for e in found_2026_11_23(coder, text, "SUPPORT") if e["cameo"] == "057"]
    assert evs and {k for e in evs for k in parties(e)} == {
        "TCD",
        "NER",
    }, evs
    assert evs[0]["date"]["start"] == "2026-03-01", evs


def test_a_hedged_free_relative_is_the_object(coder):
    for text in (
        "North Korea fired what appeared to be a ballistic missile into the sea on Tuesday.",
        "North Korea launched what it called a new hypersonic missile on Tuesday.",
        "North Korea fired what appeared to be a cruise missile into the sea on Tuesday, the "
        "Japanese army said, the North's third launch this year.",
    ):
        evs = events_of(coder, text, "2026-11-26")
        assert [(e["type"], e["cameo"]) for e in evs] == [("MOBILIZE", "150")], (
            text,
            evs,
        )
        assert evs[0]["date"]["start"] == "2026-11-24", evs
    evs = found_2026_11_23(
        coder,
        "Iran seized what it described as a smuggling tanker on Friday.",
        "COERCE",
    )
    assert evs and all(e["cameo"] == "1711" for e in evs), evs


def test_whose_is_the_noun_the_relative_clause_hangs_on(coder):
    text = (
        "Turkey, whose warplanes bombed Kurdish positions in northern Iraq in May, said it was "
        "watching closely."
    )
    evs = found_2026_12_10(coder, text, "ASSAULT")
    assert evs and codes(evs[0]["source"]) == ["TURMIL"], evs


def test_ignoring_a_summons_defies_whoever_issued_it(coder):
    evs = _events(
        coder, "LAGOS - The former governor ignored a summons from the anti-graft agency."
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and rej[0]["cameo"] == "128", evs


def test_calling_a_charge_politically_motivated_disapproves_of_whoever_brought_it(coder):
    text = ("LAGOS - A Nigerian court on Monday charged opposition leader Musa Bello with treason. "
            "His party called the charge politically motivated.")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE" and e["cameo"] == "111"]
    assert len(acc) == 1, acc
    assert _keys(acc[0]["source"]) == {"NGAOPP"}
    assert _keys(acc[0]["target"]) == {"NGAJUD"}  # the court that brought the charge
    # two words, neither of which disapproves alone, are needed together
    evs = _events(coder, "LAGOS - The opposition called the vote politically important.")
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


def test_criticising_an_extension_aims_at_whoever_extended_the_act(coder):
    evs = _events_2025_06_26(
        coder,
        "SAN JOSE - Honduras's Congress on Tuesday extended the state of emergency for another "
        "month. Human Rights Watch criticised the extension on Wednesday.",
    )
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and any(k.startswith("HND") for k in codes(acc[0]["target"])), evs
    evs = _events_2025_06_26(
        coder,
        "The European Union on Monday extended its sanctions on Belarus for six months. "
        "Minsk condemned the renewal.",
    )
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and codes(acc[0]["target"]) == ["IGOEEU"], evs


def test_whose_after_a_dateline_is_the_noun_the_relative_clause_hangs_on(coder):
    text = ("AMMAN - Egypt, whose warplanes bombed Libyan militia camps last year, said on "
            "Monday it would send observers to the border.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert any(codes(e["source"]) == ["EGYMIL"] for e in evs), evs


def test_whoever_does_it_is_hypothetical(coder):
    got = events_of(
        coder,
        "The cartel has offered a big reward to whomever kills Juan Ortega, a former member.",
    )
    assert not [e for e in got if e["type"] == "ASSAULT" and e["modality"] == "asserted"], got


def test_an_activity_in_a_present_perfect_relative_clause_is_background(coder):
    for text, kept in (
        ("Norway, which has mediated between the rebels and the government, urged calm on Monday.",
         {"REQUEST"}),
        ("Qatar, which has tried to mediate between the two rivals, called for restraint.",
         {"REQUEST"}),
        ("A regional force that has helped the army fight the insurgents will leave in March.",
         set()),
        ("The militia, which has fought the police and rival clans for control of the mines, "
         "denied the charge.", {"REJECT"}),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert {e["type"] for e in evs} == kept, (text, evs)
    # a bounded act, a dated one and the past perfect stay events
    for text, typ in (
        ("The United States, which has funded a radar system along the border, pledged more aid.",
         "AID"),
        ("Egypt, which has hosted talks between the factions since March, invited them to Cairo.",
         "CONSULT"),
        ("The rebels, who had fought the army near the town, withdrew on Friday.", "ASSAULT"),
        ("The talks were boycotted by the Liberation Front, a rebel group that has fought two "
         "wars against the army.", "ASSAULT"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert typ in {e["type"] for e in evs}, (text, evs)


def test_a_relative_clause_inside_a_guess_still_states_a_fact(coder):
    text = (
        "Neither plan is likely to please Norway, which remains opposed to deporting its citizens."
    )
    rows = event_rows(coder, text, "2019-03-20")
    assert [r for r in rows if r[0] == "REJECT" and r[2] == ["NOR"]], rows


def test_a_relative_named_by_a_possessive_is_not_the_possessor(coder):
    text = (
        "The activist Maria Lopez was detained in Venezuela. Her father accused the Spanish"
        " authorities of abandoning her."
    )
    accusations = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert not [e for e in accusations if codes(e["source"]) == ["VENOPP"]], accusations
    # the possessor of a body's arm still acts through it
    evs = _of_type(
        events_of(coder, "Russia's army shelled the village on Monday.", "2024-05-02"), "ASSAULT"
    )
    assert evs and codes(evs[0]["source"])[0].startswith("RUS"), evs


def test_a_relative_who_holds_a_post_for_the_possessor_acts_for_him(coder):
    text = (
        "Ramzan Kadyrov spoke on Monday. His son and aide Adam Kadyrov visited Ankara last month"
        " for talks with Turkish officials."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "CONSULT")
    assert evs and codes(evs[0]["source"])[0].startswith("RUS"), evs
    # a relative and nothing more is not the one the possessive names
    text = (
        "Ramzan Kadyrov spoke on Monday. His son visited Ankara last month for talks with"
        " Turkish officials."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "CONSULT")
    assert not [e for e in evs if codes(e["source"]) == ["RUSGOV"]], evs


def test_an_appeal_in_a_relative_clause_of_place_governs_its_infinitive(coder):
    # "a summit at which X pleaded with Y to halt the offensive": the halt is what is asked,
    # not an act of the one who asks
    text = (
        "At a summit at which the Kenyan president pleaded with Uganda to halt the offensive,"
        " nothing was agreed."
    )
    evs = events_of(coder, text, "2024-05-02")
    assert not _of_type(evs, "RETREAT"), evs
    assert [e["cameo"] for e in _of_type(evs, "REQUEST")] == ["0256"], evs
    # a relative clause whose object is the noun it describes still agrees to it
    evs = events_of(
        coder, "Kenya broke the truce that Uganda and Kenya agreed in May.", "2024-05-02"
    )
    assert _of_type(evs, "CONCEDE"), evs


def test_people_or_places_a_relative_clause_wants_destroyed_stay_attacked(coder):
    text = "The villages that the Bolivian army tried to destroy were rebuilt."
    assert found(coder, text, "ASSAULT"), text
    text = "The militia that wants to destroy the Bolivian army attacked a base."
    assert found(coder, text, "ASSAULT"), text


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
    e = found_2026_06_18(
        coder,
        "The deal that Russia and Ukraine signed in Istanbul collapsed on Tuesday.",
        "SUPPORT",
    )
    assert e and e[0]["date"]["start"] != "2026-06-16", e


def test_a_warning_to_anyone_who_is_aimed_at_the_protesters_told(coder):
    text = ("Opposition parties called a march in Lome on Saturday. The security minister warned "
            "that anyone who blocked roads would be arrested.")  # fmt: skip
    e = found_2026_06_18(coder, text, "THREATEN")
    assert e and {(a["country"], tuple(a["sector"])) for a in e[0]["target"]} == {
        ("TGO", ("OPP",))
    }, e
    # no group told: no target (not the population of the place)
    e = found_2026_06_18(coder, "The security service warned that anyone sharing the videos online in Togo would be arrested.",
              "THREATEN")  # fmt: skip
    assert e and not e[0]["target"], e
