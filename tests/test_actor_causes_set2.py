"""Actor causes of wrong events, second set, each fixed by a general rule and tested on
invented sentences: the authority behind an agentless arrest, the armed group behind "the
gunmen", and whose supporters protesters are (an autonomous region's own government:
test_story_actors.py)."""

from __future__ import annotations

from tests.conftest import codes, events_of


def _typed(coder, text: str, typ: str, published: str = "2025-03-12") -> list[dict]:
    return [e for e in events_of(coder, text, published) if e["type"] == typ]


# -- the authority behind an agentless arrest -------------------------------------------------
def test_people_a_state_releases_told_detained_with_no_agent_were_detained_by_it(coder):
    text = (
        "DUSHANBE (Reuters) - Tajikistan will release 12 Kyrgyz shepherds who were detained "
        "in May after straying across the frontier, the foreign ministry said on Tuesday."
    )
    arrests = _typed(coder, text, "COERCE")
    assert arrests and arrests[0]["source"][0]["country"] == "TJK", arrests


def test_an_agentless_arrest_told_with_a_protest_or_the_police_is_the_polices(coder):
    for text in (
        "TBILISI (Reuters) - Supporters of the jailed leader scuffled with police outside the "
        "court on Monday, and at least six people were detained.",
        "KATHMANDU (Reuters) - More than 40 students were detained during two days of protests "
        "over exam fees, officials said on Monday.",
    ):
        arrests = _typed(coder, text, "COERCE")
        assert arrests and arrests[0]["source"][0]["sector"] == ["COP"], (text, arrests)
    # told with no protest and no police: the state's (its government)
    text = "MINSK (Reuters) - Two opposition journalists were arrested at the airport on Sunday."
    arrests = _typed(coder, text, "COERCE")
    assert arrests and codes(arrests[0]["source"]) == ["BLRGOV"], arrests
    # "in March" is no march
    text = "TASHKENT (Reuters) - Six farmers were detained in March near the border."
    arrests = _typed(coder, text, "COERCE")
    assert arrests and arrests[0]["source"][0]["sector"] == ["GOV"], arrests


# -- "the attackers", "the gunmen", "the militants" --------------------------------------------
def test_the_attackers_are_the_one_armed_group_the_story_has_named(coder):
    text = (
        "BAMAKO (Reuters) - Fighters of the al Qaeda-linked group JNIM attacked a military camp "
        "in central Mali on Sunday. The attackers killed nine soldiers, the army said."
    )
    kills = [e for e in _typed(coder, text, "ASSAULT") if e["trigger"] == "killed"]
    assert kills and kills[0]["source"][0]["org"] == "JNIM", kills
    text = (
        "ABUJA (Reuters) - Boko Haram has stepped up raids in Borno state this year. On Sunday "
        "the gunmen stormed a village near Maiduguri. The militants also burned houses."
    )
    got = _typed(coder, text, "ASSAULT")
    assert got and all(e["source"][0]["org"] == "BOKOHARAM" for e in got), got


def test_the_attackers_with_two_armed_groups_named_are_neither(coder):
    text = (
        "BAMAKO (Reuters) - JNIM and the Islamic State in the Sahel have fought each other in "
        "central Mali. The attackers killed nine soldiers at a camp on Sunday, the army said."
    )
    kills = [e for e in _typed(coder, text, "ASSAULT") if e["trigger"] == "killed"]
    assert kills and not kills[0]["source"][0]["org"], kills


def test_people_a_state_frees_told_convicted_with_no_agent_were_convicted_by_its_courts(coder):
    text = "Moscow freed three American reporters who were convicted of espionage last year."
    convictions = _typed(coder, text, "SANCTION")
    assert convictions and codes(convictions[0]["source"]) == ["RUSJUD"], convictions


# -- staff coordinated with an international body's units --------------------------------------
def test_staff_coordinated_with_an_international_bodys_units_are_its_staff(coder):
    acc = _typed(coder, "Israel accused UN agencies and workers of helping Hamas.", "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["IGOUNO"], acc
    # a group that is no international body lends its name to no one
    text = "Police said Hamas fighters and workers were killed in the strike."
    kills = _typed(coder, text, "ASSAULT")
    assert not any(
        a["org"] == "HAMAS" and a["text"] == "workers" for e in kills for a in e["target"]
    ), kills


# -- whose protesters ------------------------------------------------------------------------
def test_protesters_after_an_opposition_crowd_are_the_opposition(coder):
    text = (
        "LIMA (Reuters) - Police fired tear gas on Monday at thousands of opposition supporters "
        "who marched on the electoral board in Lima. The losing candidate, Rosa Quispe, refused "
        "to concede. Protesters also blocked the main highway south of the capital."
    )
    protests = _typed(coder, text, "PROTEST", "2026-04-07")
    assert protests and all(codes(e["source"]) == ["PEROPP"] for e in protests), protests
    rejects = _typed(coder, text, "REJECT", "2026-04-07")
    assert rejects and codes(rejects[0]["source"]) == ["PEROPP"], rejects  # the losing candidate
    # a crowd of no named side stays the public
    text = (
        "LIMA (Reuters) - Thousands of people marched through Lima on Monday against the fuel "
        "tax. Protesters also blocked the main highway south of the capital."
    )
    protests = _typed(coder, text, "PROTEST", "2026-04-07")
    assert protests and codes(protests[-1]["source"]) == ["PERCVL"], protests
