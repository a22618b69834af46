"""Who an attack that names no attacker is given to, and the country of a role noun the
text places: an attack is not its victims' own side's, an attack named for its doer ("a
Hezbollah attack") is that doer's, "police in Lyon" are France's in a story set elsewhere, and
"Congress" in a story about Germany is the US Congress."""

from __future__ import annotations

from tests.conftest import codes, finder

found = finder("2024-05-02")


# -- an attack with no attacker named -----------------------------------------------------------
def test_the_victims_own_side_is_not_the_attacker_told_before(coder):
    text = ("KYIV - Russian forces shelled the town of Kupiansk on Monday, killing three "
            "civilians. Two Russian soldiers were killed in a drone strike near the town on "
            "Tuesday.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    # the shelling is told, and no attack on the Russian soldiers is given to Russia
    assert any(codes(e["source"]) == ["RUSMIL"] and codes(e["target"]) == ["UKRCVL"] for e in evs)
    for e in evs:
        if any(a["country"] == "RUS" for a in e["target"]):
            assert not any(a["country"] == "RUS" for a in e["source"]), e
    text = ("BEIRUT - Israeli jets struck southern Lebanon on Monday. Three Israeli soldiers "
            "were killed in a missile attack on Tuesday.")  # fmt: skip
    for e in found(coder, text, "ASSAULT"):
        if any(a["country"] == "ISR" for a in e["target"]):
            assert not any(a["country"] == "ISR" for a in e["source"]), e


def test_an_attack_named_for_its_doer_is_that_doers(coder):
    text = ("LONDON - Britain's defence minister spoke on Monday. Three Israeli soldiers were "
            "killed in a Hezbollah attack.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["source"][0]["code"].endswith("HEZ"), evs


# -- a role noun the sentence places --------------------------------------------------------------
def test_police_placed_in_a_city_of_another_country_are_that_countrys(coder):
    for text in (
        "ISLAMABAD - Pakistan's prime minister spoke on Monday. Police in Lyon arrested four men.",
        "ISLAMABAD - Pakistan's prime minister spoke on Monday. In Lyon, police arrested four men.",
    ):
        evs = found(coder, text, "COERCE")
        assert evs and codes(evs[0]["source"]) == ["FRACOP"], evs
    # in a city of the story's own country they stay its own
    text = "ISLAMABAD - Pakistan's prime minister spoke on Monday. Police in Karachi arrested four men."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["PAKCOP"], evs


# -- a legislature's proper name the story's country does not use ----------------------------------
def test_congress_in_a_story_about_a_country_with_a_parliament_of_its_own_is_the_us_congress(coder):
    text = ("BERLIN - German diplomats watched the crisis closely. The German chancellor met "
            "Taiwanese officials. Members of Congress criticised China.")  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["USALEG"], evs
    # where the files list no other name for the country's legislature, it is the country's
    text = ("LIMA - Peru's president faced a new impeachment bid. Congress voted to remove the "
            "president on Monday.")  # fmt: skip
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["PERLEG"], evs
