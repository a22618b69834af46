"""Actor errors counted on the gold dev set (round 10): the commonest causes, each test
sentence invented."""

from tests.conftest import codes, finder
from tests.test_actors import mentions

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


# -- an object "them" is never the subject of its own clause (binding) ----------------------
def test_accusing_them_after_plural_doers_is_not_the_doers(coder):
    text = (
        "Canada and Japan on Monday imposed sanctions on a senior Sudanese army general, "
        "accusing them of attacking civilians in Darfur."
    )
    acc = found(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["SDNMIL"], acc
    # the attack is not the sanctioning states'
    assert not [e for e in found(coder, text, "ASSAULT")
                if {"CAN", "JPN"} & {a["country"] for a in e["source"]}]  # fmt: skip


# -- "accusing him of" when "him" is a person the text does not name --------------------------
def test_accusing_him_after_expelling_an_unnamed_head_of_a_body(coder):
    text = "Mali on Friday expelled the head of the UN mission, accusing him of spreading lies."
    acc = found(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["IGOUNO"], acc


# -- "the two delegations" after hosted talks are the sides, not the hosts --------------------
def test_two_delegations_after_hosted_talks_are_the_sides(coder):
    text = (
        "Norway and Qatar hosted a meeting between Colombia's government and the FARC rebels "
        "in Oslo on Monday. The two delegations agreed to resume talks next month."
    )
    evs = [e for e in found(coder, text, "AGREE") if e["sentence_index"] == 1]
    assert evs, evs
    parties = set(codes(evs[0]["source"]) + codes(evs[0]["target"]))
    assert parties == {"COLGOV", "COLREBFRC"}, evs


# -- a stateless people's forces or self-rule body are not the state's army or government ----
def test_syrian_kurdish_forces_and_administration_are_not_the_syrian_state(coder):
    evs = found(coder, "Syrian Kurdish forces attacked Islamic State fighters near the town "
                       "of Hasakah on Monday, the monitor said.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBSDF"], evs
    evs = found(coder, "Syria's Kurdish administration on Tuesday condemned the Turkish "
                       "shelling of its villages.", "ACCUSE")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBAAN"], evs


def test_country_adjective_with_a_stateless_people_makes_forces_rebels(coder):
    evs = found(coder, "Iranian Kurdish forces attacked a border post near the town of "
                       "Mariwan on Monday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRNREB"], evs
    evs = found(coder, "Iraqi Kurdish forces attacked Islamic State positions near Mosul "
                       "on Monday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMILPSH"], evs


def test_kurdish_troops_named_with_their_country_are_its_kurdish_force(coder):
    evs = found(coder, "Iraqi Kurdish troops shelled Islamic State positions near Kirkuk "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMILPSH"], evs
    evs = found(coder, "Syrian Kurdish soldiers shelled Islamic State positions near Raqqa "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["SYRREBSDF"], evs


def test_a_people_in_a_country_not_its_home_keeps_the_state_army(coder):
    # Yazidis serve in Armenia's army: a country that is none of the people's homes
    evs = found(coder, "Armenian Yazidi soldiers shelled Azerbaijani positions near the border "
                       "on Friday.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["ARMMIL"], evs


def test_bare_kurdish_administration_in_an_iraqi_story_is_not_syrias(kb):
    text = "The Kurdish administration in Dohuk criticised Ankara's air strikes on Tuesday."
    got = mentions(kb, text, "2024-05-02", dateline="IRQ")
    assert [c for t, c, _, _ in got if t == "Kurdish administration"] == ["IRQGOV"], got
    got = mentions(kb, text.replace("Dohuk", "Qamishli"), "2024-05-02", dateline="SYR")
    assert [c for t, c, _, _ in got if t == "Kurdish administration"] == ["SYRREBAAN"], got


# -- an expletive "it" ("it emerged that", "it was confirmed that") is no one ----------------
def test_expletive_it_of_emerging_and_confirming_is_no_actor(kb):
    text = (
        "Kenya's president met Somali envoys in Nairobi on Friday. It emerged on Saturday "
        "that the envoys had left. It was confirmed on Sunday that talks would resume."
    )
    got = mentions(kb, text, "2024-05-02")
    assert not [m for m in got if m[0] == "It"], got


def test_coordinated_country_and_people_adjectives_keep_the_state_army(coder):
    evs = found(coder, "After Iraqi and Kurdish forces stormed the town of Sinjar on Friday, "
                       "the gunmen retreated.", "ASSAULT")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["IRQMIL"], evs


# -- a state's office speaks for the state its report is about; bare troops it reports on are
# -- that state's, not the army told of last -----------------------------------------------
def test_minister_reporting_on_a_state_and_its_troops(coder):
    text = (
        "Laotian jets bombed villages near the border on Monday. Vietnam would shelter the "
        "refugees for now, the interior minister told reporters in Hanoi, adding that troops "
        "had been sent to reinforce the border."
    )
    evs = found(coder, text, "MOBILIZE")
    assert evs and codes(evs[0]["source"]) == ["VNMMIL"], evs
