"""Known event causes left by the last session (note of 2026-11-29), each tested on invented
sentences: places of another country in the event's own clause, forces sent abroad to help,
and the other causes of the session's brief."""

from __future__ import annotations

from .conftest import events_of

DAY = "2026-10-01"


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _country(e):
    return (e.get("location") or {}).get("country")


# -- a place of another country in the event's own clause beats the story's country ----------
def test_a_place_in_the_clause_the_event_governs_places_it(coder):
    text = ("LA PAZ (Reuters) - Bolivia and Chile agreed on Monday to share border data.\n\n"
            "Bolivia has sent 80 firefighters to help Chile contain forest fires in the "
            "Valparaiso region, the ministry said.")  # fmt: skip
    aid = _of(events_of(coder, text, DAY), "AID")
    assert aid and _country(aid[0]) == "CHL", aid


def test_a_township_of_a_region_places_a_strike_and_its_victims(coder):
    text = ("BANGKOK - Thai officials said on Tuesday they were ready to host talks.\n\n"
            "On Monday a military jet bombed a school in Magway region's Pauk township, killing "
            "12 people.")  # fmt: skip
    hit = _of(events_of(coder, text, DAY), "ASSAULT")
    assert hit and _country(hit[0]) == "MMR", hit
    assert all(a["country"] != "THA" for a in hit[0]["target"]), hit


def test_a_place_in_a_relative_clause_does_not_place_the_event(coder):
    text = "MADRID - Spanish police on Tuesday arrested a man who had fought in Syria."
    arrest = _of(events_of(coder, text, DAY), "COERCE")
    assert arrest and _country(arrest[0]) == "ESP", arrest
