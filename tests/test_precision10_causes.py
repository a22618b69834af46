"""General causes of false events on gold dev (precision), each tested on invented
sentences."""

from __future__ import annotations

from .conftest import events_of


# -- "will not hand over", "would not negotiate": a refusal (REJECT), not a negated act -------
def test_a_refusal_to_cooperate_or_negotiate_is_a_rejection(coder):
    for text, cameo in (
        ("Lisbon will not hand the fugitive banker over to Angola, the justice minister said.",
         "1213"),
        ("Oslo will not share intelligence with Minsk, a government spokesman said.", "1214"),
        ("The rebel commander said his movement would not negotiate with the junta while its "
         "jets kept bombing villages.", "125"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-11-23")
        assert not [e for e in evs if e["type"] in ("COOPERATE", "CONSULT")], (text, evs)
        rej = [e for e in evs if e["type"] == "REJECT"]
        assert [(e["cameo"], e["modality"]) for e in rej] == [(cameo, "asserted")], (text, evs)
    # a meeting that will not take place, and a handing over that did not, stay negated acts
    for text, kind in (
        ("The Czech foreign minister would not meet his Serbian counterpart during the trip, "
         "officials said.", "CONSULT"),
        ("The interior ministry did not hand the documents over to the court.", "COOPERATE"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-11-23")
        assert [e["modality"] for e in evs if e["type"] == kind] == ["negated"], (text, evs)
        assert not [e for e in evs if e["type"] == "REJECT"], (text, evs)


# -- a yes/no question the parser reads with its auxiliary as the main verb tells no event ----
def test_a_question_opening_with_its_auxiliary_is_no_event(coder):
    for text in (
        "Q: Are the Americans helping the Kurdish forces?",
        "Are Turkish drones helping the rebels in Idlib?",
    ):
        assert not events_of(coder, text, "2026-11-23"), text
    # the same act told, and a "why" question that takes the act as given, stay events
    text = "Officials in Kyiv said on Monday that American soldiers are helping the Ukrainian army."
    assert [e["type"] for e in events_of(coder, text, "2026-11-23")] == ["AID"]
    text = "Why did the Syrian army attack the town?"
    assert [e["type"] for e in events_of(coder, text, "2026-11-23")] == ["ASSAULT"]
