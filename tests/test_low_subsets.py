"""Causes found on the lowest-scoring gold dev subsets (domestic politics, courts, strikes;
explainers, live blogs, interviews): each test sentence is invented."""

import datetime as dt

from dotterel.model import Article

PUBLISHED = dt.date(2025, 5, 5)


def _events(coder, text: str) -> list[dict]:
    arts = [Article(id="t", text=text, published=PUBLISHED)]
    return [e.to_dict(explain=True) for c in coder.code_articles(arts) for e in c.events]


def _keys(actors: list[dict]) -> set[str]:
    return {a["code"] for a in actors}


def test_stepping_aside_is_a_resignation_and_a_call_for_it_a_demand_for_one(coder):
    evs = _events(coder, "LIMA - The opposition leader called on the president to step aside.")
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and req[0]["cameo"] == "0241", evs  # an appeal for a resignation
    assert _keys(req[0]["target"]) == {"PERGOV"}


def test_leading_a_demonstration_is_the_demonstration(coder):
    evs = _events(coder, "ACCRA - The union official led a sit-in at the port on Monday.")
    assert [(e["type"], _keys(e["source"])) for e in evs] == [("PROTEST", {"GHALAB"})], evs
    evs = _events(coder, "ACCRA - Opposition leader Ama Boateng led a rally against the tax plan.")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


def test_an_army_led_on_the_march_is_no_demonstration(coder):
    evs = _events(coder, "The general led a march of troops into the city on Sunday.")
    assert not [e for e in evs if e["type"] == "PROTEST"], evs


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


def test_a_raid_by_an_armed_group_is_an_attack_and_by_police_a_search(coder):
    evs = _events(coder, "KAMPALA - Rebels raided an army base near the border on Sunday.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ASSAULT", "190")], evs
    evs = _events(coder, "KAMPALA - Police raided the opposition party's offices on Sunday.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "1711")], evs


def test_handing_out_relief_is_aid_not_a_concession(coder):
    evs = _events(coder, "Chad gives food and medicine to the Sudanese refugees at Adre.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AID", "073")], evs


def test_suspending_the_legislature_coerces_it(coder):
    evs = _events(coder, "TUNIS - The president suspended parliament on Sunday.")
    assert [(e["type"], e["cameo"], _keys(e["target"])) for e in evs] == [
        ("COERCE", "172", {"TUNLEG"})
    ], evs


def test_a_chambers_members_meeting_or_backing_a_motion_is_its_own_session(coder):
    for text in (
        "BANJA LUKA - Lawmakers in the Serb-dominated entity are meeting in Banja Luka to vote.",
        "ULAANBAATAR - Sixty-four lawmakers backed the motion on Thursday.",
        "ULAANBAATAR - Seventy members of the State Great Khural backed the bill on Thursday.",
    ):
        assert not _events(coder, text), text
    # a meeting of states' members, and backing a person, are still events
    assert _events(coder, "BRUSSELS - NATO members met in Brussels on Tuesday.")
    assert _events(coder, "Republican senators backed the president's nominee.")


def test_foreign_criticism_of_a_ruling_is_aimed_at_the_court_of_arrests_at_the_state(coder):
    text = (
        "Thailand's Constitutional Court on Thursday dissolved the opposition Forward Party. "
        "The European Union criticised the ruling."
    )
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert acc and _keys(acc[0]["target"]) == {"THAJUD"}, acc
    text = (
        "Cambodian police arrested 20 opposition activists in Phnom Penh on Monday. "
        "The U.S. State Department criticised the arrests."
    )
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert acc and _keys(acc[0]["target"]) == {"KHMGOV"}, acc
