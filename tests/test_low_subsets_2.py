"""Second round of causes found on the lowest-scoring gold dev subsets (explainers, briefs,
verdict stories): ships boarded and seized, time phrases that look like objects, verdicts
named by a word of scorn, the act a verdict names. Each test sentence is invented."""

from tests.conftest import codes, events_of

PUBLISHED = "2025-05-05"


def _events(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED)


def test_a_time_phrase_is_no_object_of_a_stop_pattern(coder):
    # "seize the day" and "arrest the decline" are no events; "the next day", "the fall of"
    # a year, told as when, leave the seizure and the arrest standing
    evs = _events(coder, "Greek authorities seized the tanker Aegean Dawn the next day.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "1711")], evs
    evs = _events(coder, "Kenyan police arrested the opposition leader in the fall of 2019.")
    assert [e["type"] for e in evs] == ["COERCE"], evs
    evs = _events(coder, "The rebels seized the moment to advance on the town.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs
    assert not _events(coder, "The central bank acted to arrest the decline of the currency.")


def test_a_ship_boarded_by_a_states_forces_is_seized_and_no_target_of_its_people(coder):
    evs = _events(
        coder, "Norwegian coast guard officers boarded the trawler Arctic Tern on Sunday."
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "1711")], evs
    assert set(codes(evs[0]["source"])) == {"NORMIL"}
    assert evs[0]["target"] == []  # the ship, not Norway's civilians
    # passengers and travellers boarding a ship do nothing political
    assert not _events(coder, "Hundreds of migrants boarded a boat bound for Italy.")
    assert not _events(coder, "The minister boarded a ferry to Crete on Friday.")


def test_warning_shots_are_a_show_of_force_not_an_attack(coder):
    evs = _events(
        coder, "Finnish border guards fired warning shots after Russian soldiers crossed the line."
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "138")], evs
    evs = _events(coder, "Somali troops fired shots at the convoy near the border.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


def test_a_word_of_scorn_for_an_act_disapproves_of_its_doer(coder):
    text = ("Latvia shut its border with Russia in March. "
            "The Russian foreign minister called the closure \"a cynical swindle\".")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1 and acc[0]["cameo"] == "111", acc
    assert set(codes(acc[0]["target"])) == {"LVA"}
    evs = _events(coder, "The opposition leader called the budget plan a joke.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ACCUSE", "111")], evs


def test_calling_a_trial_a_farce_disapproves_of_the_court(coder):
    text = ("A Turkish court jailed the mayor of Istanbul in March. "
            "The opposition leader called the trial a farce.")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1, acc
    assert set(codes(acc[0]["target"])) == {"TURJUD"}


def test_calling_a_boarding_piracy_disapproves_of_the_boarders(coder):
    text = ("Swedish coast guard officers boarded a cargo ship on Monday. "
            "The Russian foreign ministry called the boarding of the vessel \"an act of piracy\".")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1, acc
    assert {a["country"] for a in acc[0]["target"]} == {"SWE"}


def test_a_warning_of_ones_own_inability_is_no_threat(coder):
    evs = _events(
        coder, "The Ghanaian finance ministry warned it would be unable to pay pensions next month."
    )
    assert not [e for e in evs if e["type"] == "THREATEN"], evs
    evs = _events(coder, "Russia warned that Estonia would not be able to escape the consequences.")
    thr = [e for e in evs if e["type"] == "THREATEN"]
    assert thr and set(codes(thr[0]["target"])) == {"EST"}, (
        evs
    )  # another's inability: still a threat


def test_a_force_or_trade_that_acts_is_no_event_of_its_own(coder):
    evs = _events(
        coder,
        "The peacekeeping force in Abyei has called on both sides to respect the truce.",
    )
    assert [e["type"] for e in evs] == ["REQUEST"], evs  # no AID from the force's name
    evs = _events(coder, "Trade between Niger and Benin has slowed to a trickle.")
    assert not [e for e in evs if e["type"] == "COOPERATE"], evs
    evs = _events(coder, "The African Union sent a peacekeeping force to Somalia in 2007.")
    assert [e["type"] for e in evs] == ["AID"], evs


def test_a_lawyers_appeal_to_a_court_is_no_demand(coder):
    evs = _events(coder, "Defence lawyers said on Tuesday they would appeal to the supreme court.")
    assert not [e for e in evs if e["type"] == "REQUEST"], evs
    evs = _events(coder, "The Malian opposition appealed to the United Nations to intervene.")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


def test_people_seized_by_an_armed_group_are_abducted(coder):
    evs = _events(coder, "Rebel fighters seized a Norwegian pilot in Papua in March.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ASSAULT", "181")], evs
    evs = _events(coder, "Gunmen seized two aid workers in northern Mali on Sunday.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ASSAULT", "181")], evs
    # a state's soldiers seizing people, and rebels seizing things, stay seizures
    evs = _events(coder, "Malian soldiers seized two suspected jihadists near Gao.")
    assert [e["type"] for e in evs] == ["COERCE"], evs
    evs = _events(coder, "Rebels seized weapons from an army depot near Gao.")
    assert [e["type"] for e in evs] == ["COERCE"], evs


def test_a_town_seized_by_rebels_is_no_abduction(coder):
    # the parser may take a town's name for a person's: the name is a place in the KB
    evs = _events(coder, "M23 rebels seized Goma on Sunday.")
    assert [e["type"] for e in evs] == ["COERCE"], evs


def test_a_call_on_ones_own_members_is_no_demand(coder):
    text = "Malawi's main opposition party said it backed the teachers' strike and urged its members to join."
    evs = _events(coder, text)
    assert not [e for e in evs if e["type"] == "REQUEST"], evs
    evs = _events(coder, "Malawi's opposition party urged the president to resign.")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


def test_a_denied_beating_of_marchers_is_a_negated_assault(coder):
    evs = _events(coder, "The Kenyan police chief denied that officers had beaten the marchers.")
    beat = [e for e in evs if e["type"] == "ASSAULT"]
    assert beat and beat[0]["modality"] == "negated", evs


def test_a_protest_broken_up_by_police_took_place(coder):
    evs = _events(coder, "Police broke up a protest by opposition supporters in Harare on Sunday.")
    assert sorted(e["type"] for e in evs) == ["ASSAULT", "PROTEST"], evs
    prot = [e for e in evs if e["type"] == "PROTEST"][0]
    assert set(codes(prot["source"])) == {"ZWEOPP"}
    # a march banned is no march held
    evs = _events(coder, "Police banned a march by opposition supporters planned for Sunday.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


def test_lifting_sanctions_imposed_on_a_state_is_aimed_at_it(coder):
    evs = _events(
        coder, "The regional bloc lifted the sanctions it had imposed on Mali after the coup."
    )
    ret = [e for e in evs if e["type"] == "RETREAT"]
    assert ret and set(codes(ret[0]["target"])) == {"MLI"}, evs
