"""A quoted verdict noun after the thing it names ('called the detention "piracy"') is a
disapproval of whoever did that thing, though the parser makes the verdict the object and the
thing named its modifier; the thing named is no new event of the speaker's."""

from tests.conftest import event_rows

LEAD = "Norwegian coast guard officers boarded and detained a cargo ship on Sunday. "


def test_quoted_verdict_after_the_object(coder):
    rows = event_rows(
        coder, LEAD + 'A Kremlin spokesman called the detention "piracy".', "2026-02-03"
    )
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2][0].startswith("RUS"), rows
    assert accuse[0][3] and accuse[0][3][0].startswith("NOR"), rows


def test_quoted_verdict_after_an_of_phrase(coder):
    text = LEAD + (
        'Moscow called the seizure of the vessel "banditry" and demanded the release of its crew.'
    )
    rows = event_rows(coder, text, "2026-02-03")
    assert [r for r in rows if r[0] == "ACCUSE" and r[2][0].startswith("RUS")], rows
    # the detention named in the verdict is Norway's, told before, not a new act by Moscow
    assert not [r for r in rows if r[0] == "COERCE" and r[2][0].startswith("RUS")], rows
    demand = [r for r in rows if r[0] == "REQUEST"]
    assert demand and demand[0][3] and demand[0][3][0].startswith("NOR"), rows


def test_unquoted_compound_is_not_a_verdict(coder):
    rows = event_rows(coder, "Serbia called the border closure a provocation.", "2026-02-03")
    assert [r for r in rows if r[0] == "ACCUSE"], rows
