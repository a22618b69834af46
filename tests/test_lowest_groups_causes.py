"""Causes found on the lowest-scoring gold dev groups (gold12-gold14): general errors that
recur in new articles. Each test sentence is invented."""

from .conftest import codes, events_of, finder

PUBLISHED = "2025-05-05"

found = finder(PUBLISHED)


def test_a_place_captured_or_overrun_is_territory_occupied(coder):
    # a town's name, a place noun and a name with a place noun in apposition: COERCE 192
    for text in (
        "The Arakan Army captured Paletwa, a river town, in January.",
        "Al-Shabaab militants overran the town of Jalalaqsi on Sunday.",
        "The RSF captured Wad Madani in December.",
        "Kachin rebels captured Bhamo, the army's last stronghold in the north, last month.",
    ):
        evs = [
            e for e in events_of(coder, text, PUBLISHED) if e["trigger"] in ("captured", "overran")
        ]
        assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "192")], (text, evs)
        if "Wad Madani" in text:
            assert codes(evs[0]["target"]) == ["SDN"], evs
    # a base overrun is a place taken as much as a town (gold/CODING.md; people captured:
    # test_precision_guardian_i)
    evs = events_of(coder, "Kachin rebels overran an army base near Laiza in March.", PUBLISHED)
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "192")], evs


def test_a_habit_told_in_a_quote_is_no_event(coder):
    # a material act in the simple present inside a quote is what the actor does again and
    # again; the same quote in the past, in the progressive, or a speech act stays an event
    text = (
        '"They shell our villages in the morning and invite us to talks in the afternoon,"'
        " the rebel spokeswoman said."
    )
    assert not found(coder, text, "ASSAULT")
    text = '"Kenya sends soldiers, the soldiers stay for a month, and then the raids start again," a trader said.'
    assert not found(coder, text, "MOBILIZE")
    text = '"Russian troops shelled Kharkiv last night," the Ukrainian governor said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ASSAULT"]
    text = '"Russian troops are shelling Kharkiv now," the Ukrainian governor said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ASSAULT"]
    text = '"We condemn this attack on our embassy," the Kenyan foreign minister said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ACCUSE"]


def test_the_attack_condemned_far_back_is_the_one_doers_attack(coder):
    # "condemned the attack" many sentences after the attack: the attackers, when one doer
    # did every attack the article tells
    filler = " ".join(
        f"Officials met for the {n} time in Quito to discuss the budget."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    text = (
        "Fighters of the ELN guerrilla group killed seven Colombian soldiers in an attack on an"
        f" army outpost on Tuesday. {filler} The United Nations condemned the attack on Friday."
    )
    evs = found(coder, text, "ACCUSE")
    assert [codes(e["target"]) for e in evs] == [["COLREBELN"]], evs
