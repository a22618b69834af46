"""Headlines: a headline's event joins the body's, a verbless headline gives none."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder
from tests.helpers import found_2024_05_01, found_2025_03_05, found_2026_07_16

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


def test_a_bare_country_headline_joins_a_state_organs_act_only(coder):
    rebels = (
        "Colombia demands release of kidnapped engineers\n\n"
        "BOGOTA (Reuters) - The ELN guerrilla group on Tuesday demanded the release of its "
        "jailed commanders in exchange for two engineers it abducted in Arauca."
    )
    assert len(found_2025_03_05(coder, rebels, "REQUEST", published="2024-05-02")) == 2
    state = (
        "Colombia demands release of kidnapped engineers\n\n"
        "BOGOTA (Reuters) - Colombia's defence ministry on Tuesday demanded the release of two "
        "engineers the ELN guerrilla group abducted in Arauca."
    )
    assert len(found_2025_03_05(coder, state, "REQUEST", published="2024-05-02")) == 1


def test_headline_joins_the_body_event(coder):
    text = ("Peru expels Bolivian diplomats\n\n"
            "LIMA, May 11 - Peru on Tuesday expelled two Bolivian diplomats, the foreign ministry said.")  # fmt: skip
    got = [e for e in events_of(coder, text) if e["type"] == "SANCTION"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 2
    assert got[0]["sentence_index"] == 1


def test_one_party_told_in_headline_and_body_is_one_protest_group(coder):
    import datetime as dt

    from dotterel.model import Article

    title = "Jamaat to boycott by-election after police break up Sylhet rally"
    body = (
        "SYLHET, Nov 24 (Reuters) - Bangladesh's main opposition party, Jamaat-e-Islami, said "
        "on Tuesday it would boycott next month's by-election, hours after police fired tear "
        "gas to break up a rally by its supporters in the city."
    )
    art = Article(id="t", text=f"{title}\n\n{body}", published=dt.date(2026, 11, 24), title=title)
    evs = [e.to_dict() for c in coder.code_articles([art]) for e in c.events]
    gas = [e for e in evs if e["type"] == "ASSAULT"]
    assert gas and [a["org"] for a in gas[0]["target"]] == ["JAMAAT_BGD"], evs


def test_a_headline_naming_the_eu_joins_the_commissions_act(coder):
    text = (
        "EU threatens tariffs on Norwegian salmon in fisheries row\n\n"
        "BRUSSELS (Reuters) - The European Commission on Tuesday threatened to impose tariffs "
        "on Norwegian salmon unless Oslo reopened its waters to EU trawlers within 30 days."
    )
    assert len(found_2026_07_16(coder, text, "THREATEN", published="2026-09-23")) == 1


def test_a_verbless_headline_gives_no_event(coder):
    """ "EU sanctions on Iran over drone sales": a headline with no verb names a topic; the
    events are the body's. A headline with a verb, and a body sentence, still report."""
    body = "\n\nEuropean Union foreign ministers met in Brussels on Monday to discuss the war in Ukraine."
    assert not found_2024_05_01(coder, "EU sanctions on Iran over drone sales" + body, "SANCTION")
    assert not found_2024_05_01(coder, "Israeli air strikes on Gaza" + body, "ASSAULT")
    reported = "\n\nEuropean Union foreign ministers agreed on Monday to impose sanctions on Iran over drones."
    assert found_2024_05_01(coder, "EU sanctions on Iran over drone sales" + reported, "SANCTION")
    assert found_2024_05_01(coder, "China warns Taiwan against independence" + body, "THREATEN")


def test_headline_with_an_unnamed_doer_joins_the_bodys_event(coder):
    text = (
        "Drone attack on Odesa kills five\n\n"
        "Russian drones struck apartment buildings in Odesa overnight, killing five people, "
        "Ukrainian officials said."
    )
    evs = found(coder, text, "ASSAULT")
    assert len(evs) == 1 and codes(evs[0]["source"]) == ["RUSMIL"], evs


def test_headline_with_an_unnamed_doer_joins_an_old_event_of_the_body(coder):
    text = (
        "Rebel leader jailed by military court dies at 70\n\n"
        "Omar Said, who led a rebellion against Sudan's army in the 1990s, was jailed in 2004 "
        "by a military court in Khartoum."
    )
    evs = found(coder, text, "SANCTION")
    assert len(evs) == 1 and codes(evs[0]["source"]) == ["SDNJUD"], evs


def test_a_headline_naming_a_country_joins_the_body_event_of_its_organ(coder):
    text = (
        "US threatens Cuba with tough measures over migrant boats\n\n"
        "WASHINGTON (Reuters) - The Department of Homeland Security on Monday warned that it "
        "would take tough measures if Havana did not stop the boats."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "THREATEN"]
    assert len(evs) == 1, evs


@pytest.mark.parametrize(
    "text, doer",
    [
        # the "-s" word read as the subject or a modifier of "protest", the name before it as
        # a place's crowd: a capital that files or lodges a protest is its state complaining,
        # also with a subordinate clause of its own ("after ... rams ...")
        ("Tokyo files protest over Chinese drilling", "JPNGOV"),
        (
            "Hanoi files protest after Chinese coast guard rams fishing boat; talks with Beijing next",
            "VNMGOV",
        ),
        ("Manila files protest after Chinese vessels block supply mission", "PHLGOV"),
    ],
)
def test_a_capital_filing_a_protest_in_a_headline_is_the_state_complaining(coder, text, doer):
    evs = [e for e in events_of(coder, text, "2024-03-14") if e["type"] in ("ACCUSE", "PROTEST")]
    assert [(e["type"], e["cameo"], codes(e["source"])) for e in evs] == [
        ("ACCUSE", "114", [doer])
    ], evs
