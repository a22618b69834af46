"""Event type REQUEST: appeals, demands and calls: patterns, their doers and targets, and what
is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    DAY_2026_10_01,
    _events_2025_05_05_2,
    _keys,
    _of_type,
    coded_2023_03_15,
    found_2017_09_01,
    found_2019_02_20,
    found_2026_07_16,
    found_2026_10_01,
    found_2026_10_14,
    found_2026_11_23,
    found_2026_11_24,
    one,
    starts,
    types,
)
from tests.helpers import _events_2025_05_05 as _events
from tests.helpers import coded_2021_05_12 as coded

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)
DAY = "2025-03-12"


def test_a_call_to_the_opposition_stays_an_appeal(coder):
    text = "The Serbian president issued a call to the opposition to return to parliament."
    assert found_2017_09_01(coder, text, "REQUEST") and not found_2017_09_01(
        coder, text, "MOBILIZE"
    )


def test_the_writers_advice_is_no_event(coder):
    for text in ("The West must arm Ukraine now.",
                 "In my view, Britain should expel the Russian ambassador.",
                 "The West must arm Ukraine now, the columnist argued."):  # fmt: skip
        assert not events_of(coder, text, DAY_2026_10_01), text
    # a speaker's demand, and an obligation under a condition, stay
    e = found_2026_10_01(
        coder, "The West must arm Ukraine now, the German chancellor said.", "REQUEST"
    )
    assert e and codes(e[0]["source"]) == ["DEUGOV"], e
    text = "If no further appeal is allowed, Britain must extradite him within 28 days."
    assert events_of(coder, text, DAY_2026_10_01)


def test_applying_for_membership_is_a_request_to_the_body(coder):
    req = found_2026_10_01(coder, "Albania applied for EU membership in April.", "REQUEST")
    assert req and codes(req[0]["target"]) == ["IGOEEU"] and req[0]["cameo"] == "020", req


def test_what_must_be_done_is_the_demand_not_an_event(coder):
    got = coded(
        coder,
        "Tuareg rebels announced that the Malian government must agree to reforms before they disarm.",
    )
    assert [g[0] for g in got] == ["REQUEST"]
    # the circumstances of the saying are events of their own
    got = coded(
        coder,
        "A British minister said Libya must hand over the suspects as he began a visit to Egypt.",
    )
    assert {g[0] for g in got} >= {"REQUEST", "CONSULT"}


def test_pushing_for_an_act_is_a_request_for_it_not_the_act(coder):
    evs = events_of(
        coder, "Japan is pushing hard for Canada to support its plan on ocean plastics."
    )
    assert [e["type"] for e in evs] == ["REQUEST"] and codes(evs[0]["target"]) == ["CAN"]


def test_calling_on_a_person_with_nothing_asked_is_a_visit(coder):
    e = one(
        coder,
        "The Spanish foreign minister will call on King Mohammed VI in Rabat on Monday.",
        "CONSULT",
        "2019-03-14",
    )
    assert (starts(e["source"]), starts(e["target"]), e["cameo"], e["modality"]) == (
        {"ESP"},
        {"MAR"},
        "042",
        "planned",
    )
    e = one(
        coder,
        "Chancellor Angela Merkel called on President Vladimir Putin to free the activists.",
        "REQUEST",
        "2019-03-14",
    )
    assert starts(e["target"]) == {"RUS"}


def test_chanted_slogan_is_no_demand(coder):
    for text in (
        "The mob demands his resignation, the crowd chanted outside the palace in Lome.",
        "Protesters chanted that the army must leave the capital.",
    ):
        assert not found(coder, text, "REQUEST"), (text, events_of(coder, text, PUBLISHED))
    assert found(coder, "The minister said the mob demands his resignation.", "REQUEST")


def test_court_order_to_another_is_a_demand(coder):
    text = "A Nairobi court ordered the army to withdraw from the village."
    assert not found(coder, text, "RETREAT"), events_of(coder, text, PUBLISHED)
    evs = found(coder, text, "REQUEST")
    assert evs and [a["code"] for a in evs[0]["source"]] == ["KENJUD"], evs
    assert [a["code"] for a in evs[0]["target"]] == ["KENMIL"], evs
    # a commander's order to his own troops is the withdrawal itself
    assert found(coder, "The president ordered troops to withdraw from the border.", "RETREAT")


def test_a_request_sent_for_aid_is_no_aid_sent(coder):
    got = event_rows(coder, "Ghana sent a request to Togo for military aid.", DAY)
    assert [r[0] for r in got] == ["REQUEST"], got


def test_aid_sent_is_still_aid(coder):
    got = event_rows(coder, "Ghana sent military aid to Togo.", DAY)
    assert [(r[0], r[2], r[3]) for r in got] == [("AID", ["GHA"], ["TGO"])], got


def test_foreign_appeal_to_the_government_and_the_opposition(coder):
    text = ("Peruvian troops patrolled Lima. Peru's opposition rejected the curfew. Chile and "
            "Brazil were cautious: their foreign ministries called on the government and the "
            "opposition to return to dialogue.")  # fmt: skip
    e = found_2026_10_01(coder, text, "REQUEST")
    assert e, e
    assert {"CHL", "BRA"} <= keys(e[-1]["source"]), e
    assert "PERGOV" in codes(e[-1]["target"]), e
    assert not {"CHLGOV", "BRAGOV"} & set(codes(e[-1]["target"])), e


def test_asked_about_is_no_request(coder):
    text = ("Asked about the opposition's remarks, the Chinese foreign ministry spokesman said "
            "Beijing supported the talks.")  # fmt: skip
    assert not found_2026_10_01(coder, text, "REQUEST")
    assert found_2026_10_01(coder, "Chile asked Peru to extradite the former minister.", "REQUEST")


def test_calling_something_a_pretext_for_is_no_appeal(coder):
    for text in (
        "The opposition called the vote a pretext for a power grab.",
        "Beijing fenced off the reef last year, a move Manila called a pretext for occupation.",
        "The Serbian president called the ruling a blow for the rule of law.",
    ):
        assert not found_2026_10_14(coder, text, "REQUEST"), text
    assert found_2026_10_14(
        coder, "The Kenyan opposition called for a vote on the budget.", "REQUEST"
    )


def test_a_name_given_for_something_is_no_appeal(coder):
    text = (
        'Chinese warships sailed close to the island in what Beijing called "punishment" for '
        "President Lai's stopover in the United States."
    )
    assert not found_2026_11_23(coder, text, "REQUEST", "2026-12-08"), text
    assert found_2026_11_23(
        coder, "The Kenyan opposition called for a vote on the budget.", "REQUEST"
    )


def test_a_first_act_the_lexicon_does_not_code_is_still_a_request(coder):
    text = "Canada urged the authorities to respect press freedom and to free the jailed reporters."
    evs = found_2026_11_24(coder, text, "REQUEST")
    cameos = sorted(e["cameo"] for e in evs)
    assert cameos == ["020", "0253"], evs
    # one act asked for: one request
    text = "Canada urged the authorities to free the jailed reporters."
    assert len(found_2026_11_24(coder, text, "REQUEST")) == 1


def test_lawmakers_demand_of_their_own_government(coder):
    text = (
        "Chile summoned the Peruvian ambassador on Monday. Several Chilean lawmakers demanded "
        "that the government expel the ambassador."
    )
    e = found_2026_07_16(coder, text, "REQUEST")
    assert e and keys(e[0]["target"]) == {"CHL"}, e


@pytest.mark.parametrize(
    "text",
    ["The United Nations said the prisoners should be released.",
     "The United Nations said the prisoners must be released."],
)  # fmt: skip
def test_what_should_be_done_is_a_demand(coder, text):
    assert [(t, s) for t, _, s, _, _ in coded_2023_03_15(coder, text)] == [("REQUEST", ["IGOUNO"])]


def test_stepping_aside_is_a_resignation_and_a_call_for_it_a_demand_for_one(coder):
    evs = _events_2025_05_05_2(
        coder, "LIMA - The opposition leader called on the president to step aside."
    )
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and req[0]["cameo"] == "0241", evs  # an appeal for a resignation
    assert _keys(req[0]["target"]) == {"PERGOV"}


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


def test_a_call_on_ones_own_members_is_no_demand(coder):
    text = "Malawi's main opposition party said it backed the teachers' strike and urged its members to join."
    evs = _events(coder, text)
    assert not [e for e in evs if e["type"] == "REQUEST"], evs
    evs = _events(coder, "Malawi's opposition party urged the president to resign.")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


@pytest.mark.parametrize("text", [
    '"We must protect the public," the British security minister said.',
    "The Saudi foreign minister said we have to stand together against terrorism.",
    "The Gulf states believe they will have to pay for the reconstruction of Syria.",
    "Germany must be able to prosecute its citizens, the German defence minister said.",
])  # fmt: skip
def test_the_speakers_own_resolve_is_no_demand(coder, text):
    assert "REQUEST" not in types(coder, text), text


def test_a_demand_on_another_state_is_still_a_request(coder):
    e = found_2019_02_20(
        coder,
        "The Kenyan president said Ethiopia must withdraw its troops from the border.",
        "REQUEST",
    )
    assert e and keys(e[0]["source"]) == {"KEN"} and keys(e[0]["target"]) == {"ETH"}


@pytest.mark.parametrize("text", [
    "The Kenyan president said Ethiopia should withdraw its troops from the border.",
    "Kenyan opposition leaders say Uganda should end its blockade of the border crossing.",
])  # fmt: skip
def test_what_another_state_should_do_is_a_demand(coder, text):
    # as "said Ethiopia must withdraw": the speaker asks it of Ethiopia (or Uganda), not a
    # hypothetical act of theirs
    e = found_2019_02_20(coder, text, "REQUEST")
    assert (
        e and keys(e[0]["source"]) <= {"KEN", "KENOPP"} and keys(e[0]["target"]) & {"ETH", "UGA"}
    ), e
    assert not found_2019_02_20(coder, text, "RETREAT"), text


@pytest.mark.parametrize("text", [
    "Kenyan teachers say Kenya should raise their pay before the new school year.",
    "German business leaders said Germany must scrap the new levy on foreign firms.",
])  # fmt: skip
def test_what_a_group_says_its_own_country_should_do_is_a_demand_on_it(coder, text):
    # not the speaker's own resolve: teachers or businesses are no organ of the state they
    # ask to act
    e = found_2019_02_20(coder, text, "REQUEST")
    assert e and keys(e[0]["target"]) & {"KEN", "DEU"}, e


@pytest.mark.parametrize("text", [
    "The Kenyan minister said that should the talks fail, Kenya would close the border.",
    "The Lithuanian minister said the bloc should be ready to go further.",
])  # fmt: skip
def test_a_conditional_should_or_a_state_commended_is_no_demand(coder, text):
    assert "REQUEST" not in types(coder, text), text


@pytest.mark.parametrize("text, typ", [
    ("In its heyday the movement regularly rallied followers in the capital.", "PROTEST"),
    ("The proposal has met a cool reception in Asia.", "CONSULT"),
    ("The Greek minister offers no hint about what Athens will decide.", "AGREE"),
    ("A trader from Kassala, who asked not to be named, described gunfire that lasted until dawn.", "REQUEST"),
    ("A Malian officer, who refused to be identified, said the camp was calm.", "REJECT"),
    ("Thousands of Syrian families have sought refuge in the camp.", "REQUEST"),
    ("The Iraqi minister has recognised the error of his ways.", "SUPPORT"),
    ("Colombia's president declared an official end to the conflict with the FARC in 2016.", "THREATEN"),
    ("The Kenyan police appeared to ignore the fact that the road was closed.", "REJECT"),
    ("French commandos are getting ready to help in retaking the port.", "AID"),
])  # fmt: skip
def test_everyday_uses_give_no_event(coder, text, typ):
    assert typ not in types(coder, text), (text, types(coder, text))


def test_insisting_that_another_act_is_still_a_demand(coder):
    e = found_2019_02_20(
        coder, "Egypt insisted that Israel withdraw its troops from the border.", "REQUEST"
    )
    assert e and keys(e[0]["source"]) == {"EGY"} and keys(e[0]["target"]) == {"ISR"}


def test_an_obligation_is_still_a_demand(coder):
    rows = event_rows(
        coder, "The rebels have to withdraw from the city, the UN envoy said.", "2019-03-20"
    )
    assert any(r[0] == "REQUEST" for r in rows), rows


def test_the_one_lobbied_is_asked_to_act(coder):
    # "lobbying Ankara to help": Ankara is asked to help; Moscow gives no aid
    rows = event_rows(
        coder,
        "Moscow had been quietly lobbying Ankara to help end the dispute over the dam.",
        "2019-03-20",
    )
    assert not [r for r in rows if r[0] == "AID"], rows
    assert [r for r in rows if r[0] == "REQUEST" and r[2] == ["RUSGOV"] and r[3] == ["TURGOV"]], (
        rows
    )


@pytest.mark.parametrize("text", [
    "Thousands of fighters pushed out of the valley have returned to their villages.",
    "The generals will press ahead with the offensive, the minister said.",
    "The colonel said his units were trying to force the gunmen to surrender.",
    "Mediators sought to persuade the kidnappers to release the hostages.",
    "\u201cWe will hand those orphans over to them and any other children they request,\u201d the official said.",
])  # fmt: skip
def test_movements_attempts_and_free_choices_are_no_events(coder, text):
    evs = events_of(coder, text, "2019-03-20")
    assert not [e for e in evs if e["type"] in ("REQUEST", "RETREAT")], evs


def test_pressing_someone_to_act_is_still_a_demand_and_forcing_it_an_act(coder):
    rows = event_rows(coder, "Iran pressed the rebels to release the hostages.", "2019-03-20")
    assert [r for r in rows if r[0] == "REQUEST"], rows
    rows = event_rows(coder, "The army forced the rebels to withdraw from the town.", "2019-03-20")
    assert [r for r in rows if r[0] == "RETREAT"], rows


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


def test_officials_lobbied_for_something_are_asked_for_it(coder):
    text = "Kenya has lobbied Ugandan ministers for landing rights at Entebbe."
    assert not found(coder, text, "SUPPORT"), text
    req = found(coder, text, "REQUEST")
    assert req and codes(req[0]["target"]) == ["UGAGOV"], req
    # lobbying on someone's behalf is still support for them
    evs = found(coder, "Ghana lobbied for Nigeria at the summit.", "SUPPORT")
    assert evs and codes(evs[0]["target"]) == ["NGA"], evs


def test_a_proposal_that_another_act_is_an_appeal_to_it(coder):
    text = "A Danish charity suggested Norway could take in more Afghan refugees."
    assert not found(coder, text, "AGREE"), text
    req = found(coder, text, "REQUEST")
    assert req and codes(req[0]["target"]) == ["NOR"], req
    text = "Egypt proposed that Sudan and Ethiopia hold talks in Cairo."
    assert not found(coder, text, "AGREE") and found(coder, text, "REQUEST"), text
    # a proposal of one's own act stays the proposer's offer
    for text in (
        "Norway suggested it could take in more Afghan refugees.",
        "Egypt proposed to host talks between Sudan and Ethiopia.",
    ):
        assert found(coder, text, "AGREE") and not found(coder, text, "REQUEST"), text


def test_how_a_source_is_to_be_named_is_no_request(coder):
    text = (
        "A Ugandan official, who asked to be known simply as Joseph, said the police had "
        "arrested 12 people."
    )
    assert not found(coder, text, "REQUEST") and found(coder, text, "COERCE"), text


def test_what_one_puts_pressure_on_another_to_do_is_a_demand(coder):
    # "put pressure on X to V": X is asked to do V (a demand of the one who presses), not V
    # done by the one who presses
    text = "France put strong pressure on Mali to release the soldiers."
    asked = found(coder, text, "REQUEST")
    assert asked and keys(asked[0]["source"]) == {"FRA"} and "MLI" in keys(asked[0]["target"])
    assert not found(coder, text, "RETREAT"), text
    for text in (
        "Moscow has not put pressure on Minsk to negotiate with the opposition.",
        "The EU must still do much more to persuade China to put pressure on Myanmar to negotiate.",
    ):
        assert not found(coder, text, "CONSULT"), text


def test_a_grievance_raised_at_an_international_body_is_an_appeal_to_it(coder):
    evs = events_of(
        coder,
        "Pakistan raised the killings at the U.N. Human Rights Council on Monday.",
        "2026-06-18",
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("REQUEST", "022")], evs
