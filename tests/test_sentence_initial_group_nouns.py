"""A group noun that opens a sentence, which the tagger takes for a singular name because a
place follows ("Rebels in Goma ...", "Guerrillas in Cauca ..."), is still the group: its
singular is looked up as it is for a plural name. A real name of that form stays a name."""

from __future__ import annotations

from .conftest import event_rows

DAY = "2025-03-12"


def test_a_sentence_initial_group_noun_before_a_place_is_the_group(coder):
    for text in (
        "Rebels in Kenya rejected calls for a ceasefire on Monday.",
        "Guerrillas in Kenya rejected calls for a ceasefire on Monday.",
        "Rebels in Mombasa rejected calls for a ceasefire on Monday.",
    ):
        got = event_rows(coder, text, DAY)
        assert [(r[0], r[2]) for r in got] == [("REJECT", ["KENREB"])], (text, got)


def test_a_name_ending_in_s_is_not_read_as_a_plural(coder):
    got = event_rows(coder, "Hamas rejected calls for a ceasefire on Monday.", DAY)
    assert got and got[0][0] == "REJECT" and got[0][2] != ["REB"], got
    assert "SYR" not in str(got[0][2]), got
