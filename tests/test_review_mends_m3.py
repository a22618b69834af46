"""Review mends: one abduction mechanism, bans are administrative sanctions, the vessel
check looks at the object only."""

import pytest

import dotterel


def _events(text):
    return dotterel.code(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized two journalists in Mogadishu.",
        "Kidnappers seized three girls in Nigeria.",
        "Pirates seized five boys off Somalia.",
        "Bandits seized twenty civilians in Zamfara.",
        "Militants seized three aid workers.",
    ],
)
def test_people_seized_by_armed_men_or_criminals_are_abducted(text):
    assert [(e.type, e.cameo) for e in _events(text)] == [("ASSAULT", "181")]


def test_people_seized_by_the_navy_are_not_abducted():
    evs = _events("A navy ship seized five fishermen.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "1711")]
    assert [a.text for a in evs[0].target] == ["five fishermen"]


def test_a_seized_trawler_implies_no_population():
    evs = _events("The Indonesian coast guard seized a trawler.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "1711")]
    assert not any("implied" in a.name for a in evs[0].target)


@pytest.mark.parametrize(
    "text",
    [
        "The government repealed the ban.",
        "Kenya dropped the ban.",
        "The ministry withdrew the ban.",
    ],
)
def test_a_ban_lifted_is_an_eased_sanction(text):
    assert [(e.type, e.cameo) for e in _events(text)] == [("CONCEDE", "081")]
