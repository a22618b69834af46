"""Actor causes of wrong events, second set, each fixed by a general rule and tested on
invented sentences: an autonomous region's own government, the authority behind an
agentless arrest, the armed group behind "the gunmen", and whose supporters protesters are."""

from __future__ import annotations

from tests.conftest import codes, events_of


def _typed(coder, text: str, typ: str, published: str = "2025-03-12") -> list[dict]:
    return [e for e in events_of(coder, text, published) if e["type"] == typ]


# -- an autonomous region's own government --------------------------------------------------
def test_the_regions_officials_in_a_story_naming_its_government_are_that_government(coder):
    text = (
        "The Kurdistan Regional Government will not accept the new oil law, the region's "
        "finance minister, Dilan Hawrami, said on Tuesday. Hawrami accused the federal "
        "government of theft. The region's president will travel to Ankara next week. The "
        "regional government condemned the drone strike on the gas field."
    )
    acc = _typed(coder, text, "ACCUSE")
    assert acc and all(codes(e["source"]) == ["IRQGOVKRG"] for e in acc), acc
    assert any(codes(e["target"]) == ["IRQGOV"] for e in acc), acc  # Baghdad's government
    visit = _typed(coder, text, "CONSULT")
    assert visit and codes(visit[0]["source"]) == ["IRQGOVKRG"], visit


def test_the_regions_officials_with_no_regional_government_named_stay_the_states(coder):
    # no autonomous region's government in the story: "the region's governor" is the state's
    text = "Russian officials said the region's governor condemned the drone attack on Sunday."
    acc = _typed(coder, text, "ACCUSE", "2025-03-10")
    assert acc and not any(a["org"] == "KRG" for e in acc for a in e["source"]), acc
