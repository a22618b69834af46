"""Causes found on the lowest-scoring gold dev groups (gold12-gold14): general errors that
recur in new articles. Each test sentence is invented."""

from tests.conftest import codes, events_of

PUBLISHED = "2025-05-05"


def _events(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED)


def test_a_place_captured_or_overrun_is_territory_occupied(coder):
    # a town's name, a place noun and a name with a place noun in apposition: COERCE 192
    for text in (
        "The Arakan Army captured Paletwa, a river town, in January.",
        "Al-Shabaab militants overran the town of Jalalaqsi on Sunday.",
        "The RSF captured Wad Madani in December.",
        "Kachin rebels captured Bhamo, the army's last stronghold in the north, last month.",
    ):
        evs = [e for e in _events(coder, text) if e["trigger"] in ("captured", "overran")]
        assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "192")], (text, evs)
    evs = _events(coder, "The RSF captured Wad Madani in December.")
    assert codes(evs[0]["target"]) == ["SDN"], evs
    # people captured, and a base overrun in an offensive, are not territory
    evs = _events(coder, "Rebels captured two French aid workers near the border.")
    assert [e["cameo"] for e in evs] == ["181"], evs
    evs = _events(coder, "Kachin rebels overran an army base near Laiza in March.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


def test_a_habit_told_in_a_quote_is_no_event(coder):
    # a material act in the simple present inside a quote is what the actor does again and
    # again; the same quote in the past, in the progressive, or a speech act stays an event
    text = (
        '"They shell our villages in the morning and invite us to talks in the afternoon,"'
        " the rebel spokeswoman said."
    )
    assert not [e for e in _events(coder, text) if e["type"] == "ASSAULT"]
    text = '"Kenya sends soldiers, the soldiers stay for a month, and then the raids start again," a trader said.'
    assert not [e for e in _events(coder, text) if e["type"] == "MOBILIZE"]
    text = '"Russian troops shelled Kharkiv last night," the Ukrainian governor said.'
    assert [e["type"] for e in _events(coder, text)] == ["ASSAULT"]
    text = '"Russian troops are shelling Kharkiv now," the Ukrainian governor said.'
    assert [e["type"] for e in _events(coder, text)] == ["ASSAULT"]
    text = '"We condemn this attack on our embassy," the Kenyan foreign minister said.'
    assert [e["type"] for e in _events(coder, text)] == ["ACCUSE"]


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
    evs = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert [codes(e["target"]) for e in evs] == [["COLREBELN"]], evs
